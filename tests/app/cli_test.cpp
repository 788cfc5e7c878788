// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab census` and `tcplab sample` in a private network namespace holding a known set of
// sockets: the figures they print are the kernel's.
#include "../common/netnsmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

class CliTest : public QObject
{
    Q_OBJECT
private:
    int m_listener = -1;
    quint16 m_port = 0;
    QList<int> m_fds;

    static QByteArray run(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(TCPLAB_EXECUTABLE), arguments);
        if (!process.waitForFinished(20000))
            qFatal("tcplab did not finish");
        if (exitCode)
            *exitCode = process.exitCode();
        return process.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A listener with backlog 5 and two connections nobody accepts.
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(m_listener, 5), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
        m_port = ntohs(address.sin_port);
        for (int i = 0; i < 2; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
            m_fds.append(fd);
        }
    }

    void censusJson()
    {
        int exitCode = -1;
        const QByteArray out = run({QStringLiteral("census"), QStringLiteral("--json"), QStringLiteral("--port"), QString::number(m_port)}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonObject census = QJsonDocument::fromJson(out).object();
        QVERIFY2(!census.isEmpty(), out.constData());
        const QJsonObject states = census.value(QStringLiteral("states")).toObject();
        QCOMPARE(states.value(QStringLiteral("LISTEN")).toInt(), 1);
        QCOMPARE(states.value(QStringLiteral("ESTABLISHED")).toInt(), 4); // both ends of two connections
        const QJsonArray listeners = census.value(QStringLiteral("listeners")).toArray();
        QCOMPARE(listeners.size(), 1);
        const QJsonObject listener = listeners.first().toObject();
        QCOMPARE(listener.value(QStringLiteral("local")).toString(), QStringLiteral("127.0.0.1:%1").arg(m_port));
        QCOMPARE(listener.value(QStringLiteral("recv_q")).toInt(), 2);
        QCOMPARE(listener.value(QStringLiteral("send_q")).toInt(), 5);
    }

    void censusText()
    {
        const QString out = QString::fromUtf8(run({QStringLiteral("census")}));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("LISTEN +1\\n"))));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:%1 +2 +5 +0").arg(m_port))));
    }

    void sampleJson()
    {
        int exitCode = -1;
        const QByteArray out = run({QStringLiteral("sample"),
                                    QStringLiteral("--json"),
                                    QStringLiteral("--count"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--interval"),
                                    QStringLiteral("100")},
                                   &exitCode);
        QCOMPARE(exitCode, 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &line : lines) {
            const QJsonObject sample = QJsonDocument::fromJson(line).object();
            QVERIFY2(!sample.isEmpty(), line.constData());
            const QJsonObject counters = sample.value(QStringLiteral("counters")).toObject();
            QVERIFY(counters.contains(QStringLiteral("TcpExt.ListenOverflows")));
            QVERIFY(counters.contains(QStringLiteral("Tcp.ActiveOpens")));
            // Two connections were opened actively in this namespace before the run.
            QCOMPARE(counters.value(QStringLiteral("Tcp.ActiveOpens")).toInt(), 2);
            QVERIFY(sample.value(QStringLiteral("rates")).isObject());
            QVERIFY(sample.value(QStringLiteral("cpu")).toObject().contains(QStringLiteral("softirq")));
            QVERIFY(sample.value(QStringLiteral("interfaces")).toObject().contains(QStringLiteral("lo")));
            QCOMPARE(sample.value(QStringLiteral("states")).toObject().value(QStringLiteral("LISTEN")).toInt(), 1);
            QCOMPARE(sample.value(QStringLiteral("listeners")).toArray().size(), 1);
        }
    }

    void sampleFromNodeExporter()
    {
        const QString exporter = QStandardPaths::findExecutable(QStringLiteral("prometheus-node-exporter"));
        if (exporter.isEmpty())
            QSKIP("prometheus-node-exporter is not installed (scripts/packages.sh lists it for the tests)");
        QProcess node;
        node.start(exporter,
                   {QStringLiteral("--web.listen-address=127.0.0.1:19101"),
                    QStringLiteral("--collector.disable-defaults"),
                    QStringLiteral("--collector.netstat"),
                    QStringLiteral("--collector.netdev"),
                    QStringLiteral("--collector.cpu"),
                    QStringLiteral("--collector.sockstat")});
        QVERIFY(node.waitForStarted());
        // Ready when it serves /metrics: the first sample command that succeeds.
        QByteArray out;
        int exitCode = -1;
        QTRY_VERIFY_WITH_TIMEOUT((out = run({QStringLiteral("sample"),
                                             QStringLiteral("--node-exporter"),
                                             QStringLiteral("http://127.0.0.1:19101/metrics"),
                                             QStringLiteral("--count"),
                                             QStringLiteral("1"),
                                             QStringLiteral("--interval"),
                                             QStringLiteral("300"),
                                             QStringLiteral("--json")},
                                            &exitCode),
                                  exitCode == 0 && out.contains("TcpExt.ListenOverflows")),
                                 15000);
        // The namespace's own counter, as node_exporter read it, lies between two reads of
        // /proc/net/snmp taken around the command (every HTTP fetch is itself an active open).
        const auto activeOpens = [] {
            QFile snmp(QStringLiteral("/proc/net/snmp"));
            if (!snmp.open(QIODevice::ReadOnly))
                return -1;
            const QList<QByteArray> lines = snmp.readAll().split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                if (!lines[i].startsWith("Tcp:"))
                    continue;
                const QList<QByteArray> names = lines[i].simplified().split(' ');
                const QList<QByteArray> values = lines[i + 1].simplified().split(' ');
                const qsizetype at = names.indexOf("ActiveOpens");
                return at > 0 && at < values.size() ? values[at].toInt() : -1;
            }
            return -1;
        };
        const int before = activeOpens();
        out = run({QStringLiteral("sample"),
                   QStringLiteral("--node-exporter"),
                   QStringLiteral("http://127.0.0.1:19101/metrics"),
                   QStringLiteral("--count"),
                   QStringLiteral("1"),
                   QStringLiteral("--interval"),
                   QStringLiteral("300"),
                   QStringLiteral("--json")},
                  &exitCode);
        const int after = activeOpens();
        QCOMPARE(exitCode, 0);
        const QJsonObject sample = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        const int remote = sample[QStringLiteral("counters")][QStringLiteral("Tcp.ActiveOpens")].toInt();
        QVERIFY2(before >= 2 && remote >= before && remote <= after, qPrintable(QStringLiteral("%1 <= %2 <= %3").arg(before).arg(remote).arg(after)));
        node.terminate();
        QVERIFY(node.waitForFinished(5000));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port 0") << QStringList{QStringLiteral("census"), QStringLiteral("--port"), QStringLiteral("0")};
        QTest::newRow("port text") << QStringList{QStringLiteral("census"), QStringLiteral("--port"), QStringLiteral("x")};
        QTest::newRow("interval 10") << QStringList{QStringLiteral("sample"), QStringLiteral("--interval"), QStringLiteral("10")};
        QTest::newRow("ssh option injection") << QStringList{QStringLiteral("sample"), QStringLiteral("--ssh"), QStringLiteral("-oProxyCommand=touch /tmp/x")};
        QTest::newRow("ssh shell metacharacters") << QStringList{QStringLiteral("sample"), QStringLiteral("--ssh"), QStringLiteral("host;reboot")};
        QTest::newRow("node exporter not http") << QStringList{QStringLiteral("sample"),
                                                               QStringLiteral("--node-exporter"),
                                                               QStringLiteral("file:///etc/passwd")};
        QTest::newRow("count -1") << QStringList{QStringLiteral("sample"), QStringLiteral("--count"), QStringLiteral("-1")};
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        int exitCode = -1;
        run(arguments, &exitCode);
        QCOMPARE(exitCode, 2);
    }

    void cleanupTestCase()
    {
        for (int fd : std::as_const(m_fds))
            ::close(fd);
        ::close(m_listener);
    }
};

QTEST_NETNS_MAIN(CliTest)
#include "cli_test.moc"
