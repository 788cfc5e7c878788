// SPDX-License-Identifier: GPL-3.0-or-later
// The interface counters read from /proc/net/dev equal what `ip -s -s -j link` reports at the same
// moment, in a private network namespace where only this test makes traffic.
#include "../common/netnsmain.h"
#include "procfs/procfile.h"
#include "procfs/procnetdev.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcplab::procfs;

class IpLinkCompareTest : public QObject
{
    Q_OBJECT
private:
    static QList<InterfaceCounters> readDev()
    {
        QByteArray text;
        if (!readProcFile(QStringLiteral("/proc/net/dev"), &text, nullptr))
            qFatal("/proc/net/dev");
        const auto result = parseProcNetDev(text);
        if (!result.ok() || !result.warnings.isEmpty())
            qFatal("%s %s", qPrintable(result.error), qPrintable(result.warnings.join(u' ')));
        return result.value;
    }

    static bool same(const QList<InterfaceCounters> &a, const QList<InterfaceCounters> &b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].name != b[i].name || a[i].rxBytes != b[i].rxBytes || a[i].rxPackets != b[i].rxPackets || a[i].txBytes != b[i].txBytes
                || a[i].txPackets != b[i].txPackets)
                return false;
        }
        return true;
    }

    static void makeTraffic()
    {
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(server, 4), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(server, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const int client = ::socket(AF_INET, SOCK_STREAM, 0);
        QCOMPARE(::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        const int accepted = ::accept(server, nullptr, nullptr);
        static char buffer[100000];
        QCOMPARE(::send(client, buffer, sizeof buffer, 0), ssize_t(sizeof buffer));
        QCOMPARE(::recv(accepted, buffer, sizeof buffer, MSG_WAITALL), ssize_t(sizeof buffer));
        ::close(client);
        ::close(accepted);
        ::close(server);
        QThread::msleep(300);
    }

private Q_SLOTS:
    void countersEqualIpLink()
    {
        makeTraffic();
        QList<InterfaceCounters> dev;
        QByteArray json;
        bool still = false;
        for (int attempt = 0; attempt < 5 && !still; ++attempt) {
            dev = readDev();
            QProcess ip;
            ip.start(QStringLiteral("ip"), {QStringLiteral("-s"), QStringLiteral("-s"), QStringLiteral("-j"), QStringLiteral("link")});
            QVERIFY(ip.waitForFinished(10000));
            QCOMPARE(ip.exitCode(), 0);
            json = ip.readAllStandardOutput();
            still = same(dev, readDev());
        }
        QVERIFY2(still, "the counters kept moving");

        QJsonParseError error;
        const QJsonArray links = QJsonDocument::fromJson(json, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(links.size(), dev.size());
        for (const InterfaceCounters &counters : dev) {
            QJsonObject link;
            for (const QJsonValue &value : links) {
                if (value[QLatin1String("ifname")].toString() == counters.name)
                    link = value.toObject();
            }
            QVERIFY2(!link.isEmpty(), qPrintable(counters.name));
            const QJsonObject rx = link[QLatin1String("stats64")][QLatin1String("rx")].toObject();
            const QJsonObject tx = link[QLatin1String("stats64")][QLatin1String("tx")].toObject();
            auto n = [](const QJsonObject &o, const char *key) {
                const QJsonValue v = o[QLatin1String(key)];
                if (v.isUndefined())
                    qFatal("ip -j has no %s", key);
                return quint64(v.toDouble());
            };
            QCOMPARE(counters.rxBytes, n(rx, "bytes"));
            QCOMPARE(counters.rxPackets, n(rx, "packets"));
            QCOMPARE(counters.rxErrors, n(rx, "errors"));
            // dev_seq_printf_stats() folds missed errors into drop, and four error kinds into frame.
            QCOMPARE(counters.rxDropped, n(rx, "dropped") + n(rx, "missed_errors"));
            QCOMPARE(counters.rxFifo, n(rx, "fifo_errors"));
            QCOMPARE(counters.rxFrame, n(rx, "length_errors") + n(rx, "over_errors") + n(rx, "crc_errors") + n(rx, "frame_errors"));
            QCOMPARE(counters.rxMulticast, n(rx, "multicast"));
            QCOMPARE(counters.txBytes, n(tx, "bytes"));
            QCOMPARE(counters.txPackets, n(tx, "packets"));
            QCOMPARE(counters.txErrors, n(tx, "errors"));
            QCOMPARE(counters.txDropped, n(tx, "dropped"));
            QCOMPARE(counters.txFifo, n(tx, "fifo_errors"));
            QCOMPARE(counters.txCollisions, n(tx, "collisions"));
            QCOMPARE(counters.txCarrier, n(tx, "carrier_errors") + n(tx, "aborted_errors") + n(tx, "window_errors") + n(tx, "heartbeat_errors"));
        }
        // The traffic went over loopback: at least the 100000 bytes sent.
        QCOMPARE(dev.size(), 1);
        QCOMPARE(dev.first().name, QStringLiteral("lo"));
        QVERIFY(dev.first().rxBytes >= 100000);
        QCOMPARE(dev.first().rxBytes, dev.first().txBytes);
    }
};

QTEST_NETNS_MAIN(IpLinkCompareTest)
#include "iplinkcompare_test.moc"
