// SPDX-License-Identifier: GPL-3.0-or-later
// Every Tcp, TcpExt and IpExt counter read from /proc/net/snmp and /proc/net/netstat equals what
// `nstat -az` prints at the same moment, in a private network namespace where only this test makes
// traffic.
#include "../common/netnsmain.h"
#include "procfs/counterstable.h"
#include "procfs/procfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcplab::procfs;

class NstatCompareTest : public QObject
{
    Q_OBJECT
private:
    static CountersTable readCounters()
    {
        CountersTable table;
        for (const char *path : {"/proc/net/snmp", "/proc/net/netstat"}) {
            QByteArray text;
            QString error;
            if (!readProcFile(QLatin1String(path), &text, &error))
                qFatal("%s", qPrintable(error));
            const auto result = parseCountersTable(text, QLatin1String(path));
            if (!result.ok())
                qFatal("%s", qPrintable(result.error));
            table.merge(result.value);
        }
        return table;
    }

    // Loopback connections with data both ways, and one SYN dropped because the accept queue is full.
    static void makeTraffic()
    {
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(server, 0), 0); // backlog 0 lets one connection in (sk_acceptq_is_full is strict)
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(server, reinterpret_cast<sockaddr *>(&address), &length), 0);
        for (int i = 0; i < 5; ++i) {
            const int client = ::socket(AF_INET, SOCK_STREAM, 0);
            QCOMPARE(::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
            const int accepted = ::accept(server, nullptr, nullptr);
            QVERIFY(accepted >= 0);
            char buffer[4096] = {};
            QCOMPARE(::send(client, buffer, sizeof buffer, 0), ssize_t(sizeof buffer));
            QCOMPARE(::recv(accepted, buffer, sizeof buffer, MSG_WAITALL), ssize_t(sizeof buffer));
            QCOMPARE(::send(accepted, buffer, 100, 0), ssize_t(100));
            QCOMPARE(::recv(client, buffer, 100, MSG_WAITALL), ssize_t(100));
            ::close(client);
            ::close(accepted);
        }
        // One connection fills the accept queue; the next SYN is dropped (ListenOverflows).
        const int first = ::socket(AF_INET, SOCK_STREAM, 0);
        QCOMPARE(::connect(first, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QThread::msleep(50);
        const int second = ::socket(AF_INET, SOCK_STREAM, 0);
        ::fcntl(second, F_SETFL, O_NONBLOCK);
        ::connect(second, reinterpret_cast<sockaddr *>(&address), sizeof address);
        QThread::msleep(100);
        ::close(second); // before its SYN is retransmitted
        ::close(first);
        ::close(server);
        // Let FINs, ACKs and delayed ACKs settle.
        QThread::msleep(500);
    }

    static QHash<QString, qint64> runNstat(const QString &history)
    {
        QProcess nstat;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NSTAT_HISTORY"), history);
        nstat.setProcessEnvironment(env);
        nstat.start(QStringLiteral("nstat"), {QStringLiteral("-a"), QStringLiteral("-z"), QStringLiteral("-s")});
        if (!nstat.waitForFinished(10000) || nstat.exitCode() != 0)
            qFatal("nstat failed: %s", nstat.readAllStandardError().constData());
        QHash<QString, qint64> values;
        for (const QByteArray &line : nstat.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() >= 2 && !words[0].startsWith('#'))
                values.insert(QString::fromLatin1(words[0]), words[1].toLongLong());
        }
        return values;
    }

private Q_SLOTS:
    void countersEqualNstat()
    {
        makeTraffic();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString history = dir.filePath(QStringLiteral("nstat.history"));
        // nstat skips the values that are not counters (useless_number() in iproute2's nstat.c).
        const QStringList notCounters = {QStringLiteral("Tcp.RtoAlgorithm"),
                                         QStringLiteral("Tcp.RtoMin"),
                                         QStringLiteral("Tcp.RtoMax"),
                                         QStringLiteral("Tcp.MaxConn"),
                                         QStringLiteral("Tcp.CurrEstab")};
        // Timers may still tick a counter; take a moment when /proc did not move around nstat's run.
        CountersTable before;
        QHash<QString, qint64> nstat;
        bool still = false;
        for (int attempt = 0; attempt < 5 && !still; ++attempt) {
            before = readCounters();
            nstat = runNstat(history);
            const CountersTable after = readCounters();
            still = true;
            for (const QString &key : before.keys())
                still = still && before.value(key) == after.value(key);
            if (!still)
                QThread::msleep(500);
        }
        QVERIFY2(still, "the counters kept moving");
        QVERIFY(!QFile::exists(history)); // -s saved nothing

        int compared = 0;
        int nonZero = 0;
        for (const QString &key : before.keys()) {
            const QString group = key.section(QLatin1Char('.'), 0, 0);
            if (group != QLatin1String("Tcp") && group != QLatin1String("TcpExt") && group != QLatin1String("IpExt"))
                continue;
            if (notCounters.contains(key))
                continue;
            const QString name = group + key.section(QLatin1Char('.'), 1);
            QVERIFY2(nstat.contains(name), qPrintable(name + QLatin1String(" is missing from nstat")));
            QCOMPARE(before.value(key), nstat.value(name));
            ++compared;
            nonZero += before.value(key) != 0;
        }
        // Every nstat counter of those groups was read from /proc too.
        for (auto it = nstat.cbegin(); it != nstat.cend(); ++it) {
            QString key;
            for (const char *group : {"TcpExt", "IpExt", "Tcp"}) {
                if (key.isEmpty() && it.key().startsWith(QLatin1String(group)))
                    key = QLatin1String(group) + QLatin1Char('.') + it.key().mid(int(qstrlen(group)));
            }
            if (!key.isEmpty())
                QVERIFY2(before.contains(key), qPrintable(key));
        }
        QVERIFY(compared > 100);
        QVERIFY(nonZero >= 10);
        QVERIFY(before.value(QStringLiteral("Tcp.ActiveOpens")) >= 6);
        QVERIFY(before.value(QStringLiteral("TcpExt.ListenOverflows")) >= 1);
        QVERIFY(before.value(QStringLiteral("IpExt.InOctets")) > 5 * 4096);
    }
};

QTEST_NETNS_MAIN(NstatCompareTest)
#include "nstatcompare_test.moc"
