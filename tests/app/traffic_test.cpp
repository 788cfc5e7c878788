// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic lab as `tcplab traffic` runs it: two hosts in private network namespaces joined by a
// tbf-limited veth link with offloads off, and every pattern measured on each host. Bulk transfers
// fill the link with full-size frames and the reverse direction carries the ACKs; churn leaves
// TIME_WAIT on the side that closes first; a tiny link queue makes retransmissions; each host sees
// only its own sockets; nothing is left behind, also when tcplab is killed.
#include "../common/processes.h"
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using tcplab::testing::descendants;

class TrafficTest : public QObject
{
    Q_OBJECT
private:
    // `tcplab traffic ARGS --json`: exit code and the result.
    static int traffic(const QStringList &arguments, QJsonObject *result, QByteArray *errors = nullptr)
    {
        QProcess tcplab;
        tcplab.start(QStringLiteral(TCPLAB_EXECUTABLE), QStringList{QStringLiteral("traffic")} + arguments + QStringList{QStringLiteral("--json")});
        if (!tcplab.waitForFinished(120000)) {
            tcplab.kill();
            tcplab.waitForFinished();
            return -1;
        }
        const QByteArray err = tcplab.readAllStandardError();
        if (errors)
            *errors = err;
        *result = QJsonDocument::fromJson(tcplab.readAllStandardOutput()).object();
        return tcplab.exitCode();
    }

    static QJsonObject host(const QJsonObject &result, int phase, const char *name)
    {
        return result.value(QStringLiteral("phases"))
            .toArray()
            .at(phase)
            .toObject()
            .value(QStringLiteral("hosts"))
            .toObject()
            .value(QLatin1String(name))
            .toObject();
    }

    static double number(const QJsonObject &o, const char *key)
    {
        return o.value(QLatin1String(key)).toDouble();
    }
    static qint64 counter(const QJsonObject &h, const char *key)
    {
        return h.value(QStringLiteral("counters_delta")).toObject().value(QLatin1String(key)).toInteger();
    }
    static qint64 state(const QJsonObject &h, const char *key)
    {
        return h.value(QStringLiteral("states")).toObject().value(QLatin1String(key)).toInteger();
    }

    // A bulk transfer from `sender` to `receiver` at 100 Mbit with MTU 1500: 85 to 101 Mbps (the
    // rate plus tbf's burst), frames near the MTU, and ACKs, far fewer, the other way.
    static void checkBulk(const QJsonObject &sender, const QJsonObject &receiver)
    {
        const double mbps = number(receiver, "mbps_in");
        QVERIFY2(mbps >= 85 && mbps <= 101, qPrintable(QString::number(mbps)));
        QVERIFY(qAbs(number(sender, "mbps_out") - mbps) < 2);
        const double size = number(receiver, "bytes_per_packet_in");
        QVERIFY2(size >= 1400 && size <= 1514, qPrintable(QString::number(size))); // MTU + 14-byte header
        const double acks = number(receiver, "packets_per_s_out") / number(receiver, "packets_per_s_in");
        QVERIFY2(acks >= 0.02 && acks <= 0.6, qPrintable(QString::number(acks)));
        QVERIFY(number(receiver, "bytes_per_packet_out") < 100); // bare ACKs: 66 bytes with timestamps
        QCOMPARE(receiver.value(QStringLiteral("throughput_in_verdict")).toString(), QStringLiteral("problem"));
        // A clean link: no interface errors, so the guide's error rules say ok on both hosts.
        for (const QJsonObject *host : {&sender, &receiver}) {
            QCOMPARE(host->value(QStringLiteral("in_errors_verdict")).toString(), QStringLiteral("ok"));
            QCOMPARE(host->value(QStringLiteral("out_errors_verdict")).toString(), QStringLiteral("ok"));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
        QJsonObject probe;
        QByteArray errors;
        // A first short run: skips when this machine cannot make network namespaces.
        const int code = traffic({QStringLiteral("--pattern"), QStringLiteral("rr"), QStringLiteral("--duration"), QStringLiteral("1")}, &probe, &errors);
        if (code != 0 && errors.contains("namespace"))
            QSKIP(errors.constData());
        QCOMPARE(code, 0);
    }

    // Nothing of a run outlives it: no sandbox, host or load process (orphans would be ours).
    void cleanup()
    {
        QDeadlineTimer deadline(5000);
        while (!descendants().isEmpty() && !deadline.hasExpired()) {
            while (::waitpid(-1, nullptr, WNOHANG) > 0) { }
            QTest::qWait(50);
        }
        QCOMPARE(descendants(), QList<qint64>());
    }

    void put()
    {
        QJsonObject r;
        QByteArray errors;
        QCOMPARE(traffic({QStringLiteral("--pattern"), QStringLiteral("put"), QStringLiteral("--duration"), QStringLiteral("3")}, &r, &errors), 0);
        QVERIFY2(!r.isEmpty(), errors.constData());
        checkBulk(host(r, 0, "client"), host(r, 0, "server"));
        QCOMPARE(r.value(QStringLiteral("phases")).toArray().size(), 1);
    }

    void get()
    {
        QJsonObject r;
        QCOMPARE(traffic({QStringLiteral("--pattern"), QStringLiteral("get"), QStringLiteral("--duration"), QStringLiteral("3")}, &r), 0);
        checkBulk(host(r, 0, "server"), host(r, 0, "client"));
    }

    // The scenario's two phases: in and out swap roles on each host.
    void putThenGet()
    {
        QJsonObject r;
        QCOMPARE(traffic({QStringLiteral("--pattern"), QStringLiteral("put-then-get"), QStringLiteral("--duration"), QStringLiteral("2")}, &r), 0);
        const QJsonArray phases = r.value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases.at(0).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("put"));
        QCOMPARE(phases.at(1).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("get"));
        const QJsonObject putServer = host(r, 0, "server");
        const QJsonObject getServer = host(r, 1, "server");
        // The ACK rate is the receiver's choice and varies from run to run (a tenth to half of the
        // data rate, more when the machine is busy): the data direction stays well above it.
        QVERIFY(number(putServer, "packets_per_s_in") > 1.6 * number(putServer, "packets_per_s_out"));
        QVERIFY(number(getServer, "packets_per_s_out") > 1.6 * number(getServer, "packets_per_s_in"));
        QVERIFY(number(putServer, "bytes_per_packet_in") > 1400 && number(putServer, "bytes_per_packet_out") < 100);
        QVERIFY(number(getServer, "bytes_per_packet_out") > 1400 && number(getServer, "bytes_per_packet_in") < 100);
    }

    // The link's rate sets the throughput.
    void slowerLink()
    {
        QJsonObject r;
        QCOMPARE(traffic({QStringLiteral("--pattern"),
                          QStringLiteral("put"),
                          QStringLiteral("--rate"),
                          QStringLiteral("10mbit"),
                          QStringLiteral("--duration"),
                          QStringLiteral("3")},
                         &r),
                 0);
        const double mbps = number(host(r, 0, "server"), "mbps_in");
        QVERIFY2(mbps >= 8.5 && mbps <= 10.5, qPrintable(QString::number(mbps)));
    }

    // Many short connections; the client closes first, so TIME_WAIT is on the client host only.
    void churn()
    {
        QJsonObject r;
        QCOMPARE(traffic({QStringLiteral("--pattern"), QStringLiteral("churn"), QStringLiteral("--duration"), QStringLiteral("2")}, &r), 0);
        const QJsonObject client = host(r, 0, "client");
        const QJsonObject server = host(r, 0, "server");
        const qint64 connections = r.value(QStringLiteral("phases"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("load"))
                                       .toObject()
                                       .value(QStringLiteral("connections"))
                                       .toInteger();
        QVERIFY2(connections > 100, qPrintable(QString::number(connections)));
        QVERIFY2(state(client, "TIME_WAIT") > 100, qPrintable(QString::number(state(client, "TIME_WAIT"))));
        QCOMPARE(state(server, "TIME_WAIT"), 0);
        QCOMPARE(counter(client, "Tcp.ActiveOpens"), connections);
        // A SYN answered late may be retransmitted and counted again on the server.
        QVERIFY(counter(server, "Tcp.PassiveOpens") >= connections);
        QVERIFY(counter(server, "Tcp.PassiveOpens") <= connections * 21 / 20);
        QCOMPARE(counter(server, "Tcp.ActiveOpens"), 0);
    }

    // A link queue of four frames: the sender retransmits.
    void congested()
    {
        QJsonObject r;
        QCOMPARE(traffic({QStringLiteral("--pattern"), QStringLiteral("congested"), QStringLiteral("--duration"), QStringLiteral("3")}, &r), 0);
        const QJsonObject client = host(r, 0, "client");
        QVERIFY2(counter(client, "Tcp.RetransSegs") > 0, qPrintable(QString::number(counter(client, "Tcp.RetransSegs"))));
        QVERIFY(number(client, "retransmission_ratio") > 0);
        QCOMPARE(counter(host(r, 0, "server"), "Tcp.RetransSegs"), 0);
    }

    // Request and response over several connections: both ways carry data; each host sees only its
    // own end (the listener is on the server host only).
    void requestResponse()
    {
        QJsonObject r;
        QCOMPARE(traffic({QStringLiteral("--pattern"),
                          QStringLiteral("rr"),
                          QStringLiteral("--duration"),
                          QStringLiteral("2"),
                          QStringLiteral("--size"),
                          QStringLiteral("4000"),
                          QStringLiteral("--concurrency"),
                          QStringLiteral("3")},
                         &r),
                 0);
        const QJsonObject load = r.value(QStringLiteral("phases")).toArray().at(0).toObject().value(QStringLiteral("load")).toObject();
        QVERIFY(load.value(QStringLiteral("transactions")).toInteger() > 100);
        QCOMPARE(load.value(QStringLiteral("connections")).toInteger(), 3);
        const QJsonObject server = host(r, 0, "server");
        const QJsonObject client = host(r, 0, "client");
        QVERIFY(qAbs(number(server, "mbps_in") - number(server, "mbps_out")) < 0.2 * number(server, "mbps_in") + 0.1);
        QCOMPARE(state(server, "LISTEN"), 1);
        QCOMPARE(state(client, "LISTEN"), 0);
        QCOMPARE(counter(server, "Tcp.ActiveOpens"), 0);
        QCOMPARE(counter(client, "Tcp.PassiveOpens"), 0);
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("pattern") << QStringList{QStringLiteral("--pattern"), QStringLiteral("flood")};
        QTest::newRow("rate") << QStringList{QStringLiteral("--rate"), QStringLiteral("5mbit")};
        QTest::newRow("mtu") << QStringList{QStringLiteral("--mtu"), QStringLiteral("100")};
        QTest::newRow("duration") << QStringList{QStringLiteral("--duration"), QStringLiteral("0")};
        QTest::newRow("congested unlimited") << QStringList{QStringLiteral("--pattern"),
                                                            QStringLiteral("congested"),
                                                            QStringLiteral("--rate"),
                                                            QStringLiteral("unlimited")};
    }

    void refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QJsonObject r;
        QByteArray errors;
        QCOMPARE(traffic(arguments, &r, &errors), 2);
        QVERIFY(!errors.trimmed().isEmpty());
        QVERIFY(r.isEmpty());
    }

    // SIGKILL to tcplab in the middle of a run: the sandbox, both hosts and the load go with it.
    void killedTcplabLeavesNothing()
    {
        QProcess tcplab;
        tcplab.start(QStringLiteral(TCPLAB_EXECUTABLE),
                     {QStringLiteral("traffic"), QStringLiteral("--pattern"), QStringLiteral("put"), QStringLiteral("--duration"), QStringLiteral("30")});
        QVERIFY(tcplab.waitForStarted());
        QDeadlineTimer deadline(15000);
        while (descendants().size() < 5 && !deadline.hasExpired())
            QTest::qWait(50); // tcplab, the sandbox, the client host's holder, the server, the load
        QVERIFY2(descendants().size() >= 5, qPrintable(QString::number(descendants().size())));
        QTest::qWait(500);
        QCOMPARE(::kill(pid_t(tcplab.processId()), SIGKILL), 0);
        tcplab.waitForFinished();
        // cleanup() checks that they are gone.
    }
};

QTEST_GUILESS_MAIN(TrafficTest)
#include "traffic_test.moc"
