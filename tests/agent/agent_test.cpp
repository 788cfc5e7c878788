// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-agent as the experiments run it: servers and clients in this test's private network
// namespace (the agents inherit it), their JSON lines checked against each other and against the
// kernel's own view in /proc/net/tcp.
#include "../common/netnsmain.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <utility>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace
{

const QString kAgent = QStringLiteral(TCPLAB_AGENT_EXECUTABLE);

// One agent process and the events it has printed so far.
class Agent
{
public:
    Agent()
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            read();
        });
    }
    ~Agent()
    {
        // Every path out of a test, failures included, ends the agent it started.
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    Agent(const Agent &) = delete;
    Agent &operator=(const Agent &) = delete;

    void start(const QStringList &arguments)
    {
        m_process.start(kAgent, arguments);
        m_process.waitForStarted(10000);
        m_pid = m_process.processId();
    }
    // Kept after the process has ended, when QProcess forgets it.
    qint64 pid() const
    {
        return m_pid;
    }
    bool running() const
    {
        return m_process.state() == QProcess::Running;
    }
    bool finish(int ms = 20000)
    {
        const bool done = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms);
        read();
        return done;
    }
    int exitCode() const
    {
        return m_process.exitCode();
    }
    QProcess::ExitStatus exitStatus() const
    {
        return m_process.exitStatus();
    }
    void signal(int number)
    {
        if (m_process.state() == QProcess::Running)
            ::kill(pid_t(m_process.processId()), number);
    }

    const QList<QJsonObject> &events() const
    {
        return m_events;
    }
    QList<QJsonObject> all(const QString &event) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &e : m_events) {
            if (e.value(QLatin1String("event")).toString() == event)
                found.append(e);
        }
        return found;
    }
    bool has(const QString &event) const
    {
        return !all(event).isEmpty();
    }
    QJsonObject last(const QString &event) const
    {
        const QList<QJsonObject> found = all(event);
        return found.isEmpty() ? QJsonObject() : found.last();
    }
    // Outcome events with this result; `firstOnly` leaves out a client's second outcome.
    int outcomes(const QString &result, bool firstOnly = true) const
    {
        int n = 0;
        for (const QJsonObject &e : all(QStringLiteral("outcome"))) {
            if (e.value(QLatin1String("result")).toString() == result && (!firstOnly || !e.value(QLatin1String("late")).toBool()))
                ++n;
        }
        return n;
    }
    int firstOutcomes() const
    {
        int n = 0;
        for (const QJsonObject &e : all(QStringLiteral("outcome")))
            n += e.value(QLatin1String("late")).toBool() ? 0 : 1;
        return n;
    }
    QByteArray badLines() const
    {
        return m_badLines;
    }

private:
    void read()
    {
        m_partial += m_process.readAllStandardOutput();
        int newline;
        while ((newline = m_partial.indexOf('\n')) >= 0) {
            const QByteArray line = m_partial.left(newline);
            m_partial.remove(0, newline + 1);
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                m_badLines += line + '\n';
            else
                m_events.append(document.object());
        }
    }

    QProcess m_process;
    qint64 m_pid = 0;
    QByteArray m_partial;
    QList<QJsonObject> m_events;
    QByteArray m_badLines;
};

// Sockets of the test's namespace by TCP state (the kernel's numbers: 1 ESTABLISHED, 2 SYN_SENT,
// 3 SYN_RECV, 10 LISTEN), counted by local or remote port. Request sockets
// (TCP_NEW_SYN_RECV) are listed as SYN_RECV too.
int countSockets(int state, int localPort, int remotePort)
{
    QFile file(QStringLiteral("/proc/net/tcp"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (fields.size() < 4)
            continue;
        const int local = fields[1].mid(fields[1].indexOf(':') + 1).toInt(nullptr, 16);
        const int remote = fields[2].mid(fields[2].indexOf(':') + 1).toInt(nullptr, 16);
        if (fields[3].toInt(nullptr, 16) == state && (localPort < 0 || local == localPort) && (remotePort < 0 || remote == remotePort))
            ++n;
    }
    return n;
}

// A process is gone when /proc has no entry or only a zombie waiting for its new parent.
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const int close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z";
}

QSet<qint64> childrenOf(qint64 parent)
{
    QSet<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == parent)
            children.insert(pid);
    }
    return children;
}

int openFiles(qint64 pid)
{
    return QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
}

int field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toInt(-1);
}

} // namespace

class AgentTest : public QObject
{
    Q_OBJECT
private:
    // Starts a server and waits for its `listening` event; returns the port, or 0.
    static int startServer(Agent &server, const QStringList &extra)
    {
        server.start(QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} + extra);
        if (!server.running())
            return 0;
        QDeadlineTimer deadline(10000);
        while (!server.has(QStringLiteral("listening")) && server.running() && !deadline.hasExpired())
            QTest::qWait(10);
        return field(server.last(QStringLiteral("listening")), "port") > 0 ? field(server.last(QStringLiteral("listening")), "port") : 0;
    }

    static QStringList connectArgs(int port, int clients, const QString &timeout)
    {
        return {QStringLiteral("connect"),
                QStringLiteral("--host"),
                QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"),
                QString::number(port),
                QStringLiteral("--clients"),
                QString::number(clients),
                QStringLiteral("--timeout"),
                timeout};
    }

private Q_SLOTS:
    void versionAndHello()
    {
        QProcess version;
        version.start(kAgent, {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(10000));
        QCOMPARE(version.exitCode(), 0);
        const QString versionText = QString::fromUtf8(version.readAllStandardOutput()).trimmed();
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^tcplab-agent (\\d+\\.\\d+\\.\\d+) \\(protocol 1\\)$")).match(versionText);
        QVERIFY2(match.hasMatch(), qPrintable(versionText));

        QProcess help;
        help.start(kAgent, {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10000));
        QCOMPARE(help.exitCode(), 0);
        const QByteArray usage = help.readAllStandardOutput();
        QVERIFY(usage.contains("serve --port") && usage.contains("connect --host"));

        Agent server;
        QVERIFY(startServer(server,
                            {QStringLiteral("--backlog"),
                             QStringLiteral("7"),
                             QStringLiteral("--accept"),
                             QStringLiteral("never"),
                             QStringLiteral("--duration"),
                             QStringLiteral("0.3")}));
        QVERIFY(server.finish());
        QCOMPARE(server.exitCode(), 0);
        QVERIFY2(server.badLines().isEmpty(), server.badLines().constData());
        const QJsonObject hello = server.events().value(0);
        QCOMPARE(hello.value(QLatin1String("event")).toString(), QStringLiteral("hello"));
        QCOMPARE(hello.value(QLatin1String("agent")).toString(), QStringLiteral("tcplab-agent"));
        QCOMPARE(hello.value(QLatin1String("version")).toString(), match.captured(1));
        QCOMPARE(hello.value(QLatin1String("mode")).toString(), QStringLiteral("serve"));
        QCOMPARE(qint64(field(hello, "pid")), server.pid());
        QFile release(QStringLiteral("/proc/sys/kernel/osrelease"));
        QVERIFY(release.open(QIODevice::ReadOnly));
        QCOMPARE(hello.value(QLatin1String("kernel")).toString(), QString::fromLatin1(release.readAll().trimmed()));
        double previous = 0;
        for (const QJsonObject &event : server.events()) {
            QCOMPARE(field(event, "v"), 1);
            QVERIFY(event.value(QLatin1String("t_ms")).isDouble());
            QVERIFY(event.value(QLatin1String("t_ms")).toDouble() >= previous);
            previous = event.value(QLatin1String("t_ms")).toDouble();
        }
        const QJsonObject listening = server.last(QStringLiteral("listening"));
        QCOMPARE(field(listening, "backlog"), 7);
        QCOMPARE(field(listening, "limit"), 7);
        const QJsonObject exit = server.last(QStringLiteral("exit"));
        QCOMPARE(exit.value(QLatin1String("reason")).toString(), QStringLiteral("duration"));
        QVERIFY(previous >= 300);
    }

    void immediateAcceptConnectsAll()
    {
        Agent server;
        const int port = startServer(server, {QStringLiteral("--backlog"), QStringLiteral("4096"), QStringLiteral("--accept"), QStringLiteral("immediate")});
        QVERIFY(port > 0);
        Agent client;
        client.start(connectArgs(port, 200, QStringLiteral("5")) + QStringList{QStringLiteral("--hold"), QStringLiteral("0")});
        QVERIFY(client.finish());
        QCOMPARE(client.exitCode(), 0);
        QVERIFY2(client.badLines().isEmpty(), client.badLines().constData());
        QCOMPARE(client.outcomes(QStringLiteral("connected")), 200);
        QSet<int> indexes;
        for (const QJsonObject &o : client.all(QStringLiteral("outcome")))
            indexes.insert(field(o, "client"));
        QCOMPARE(indexes.size(), 200);
        QCOMPARE(*std::min_element(indexes.cbegin(), indexes.cend()), 0);
        QCOMPARE(*std::max_element(indexes.cbegin(), indexes.cend()), 199);
        const QJsonObject summary = client.last(QStringLiteral("summary"));
        QCOMPARE(field(summary, "connected"), 200);
        QCOMPARE(field(summary, "timed_out") + field(summary, "refused") + field(summary, "reset") + field(summary, "errors") + field(summary, "pending"), 0);
        QCOMPARE(field(summary, "processes"), 1);
        QVERIFY(summary.value(QLatin1String("connect_phase_ms")).toDouble(-1) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(field(server.last(QStringLiteral("listener")), "accepted"), 200, 10000);
        server.signal(SIGTERM);
        QVERIFY(server.finish());
        QCOMPARE(server.exitCode(), 0);
        QCOMPARE(field(server.last(QStringLiteral("exit")), "accepted"), 200);
    }

    // Nobody accepts: sk_acceptq_is_full() tests sk_ack_backlog > sk_max_ack_backlog, so backlog + 1
    // handshakes complete; the rest have their SYNs dropped in tcp_conn_request() and stay in
    // SYN_SENT. On 6.x the drop happens at SYN time, so the server holds no SYN_RECV for them.
    void backlogPlusOneWhenNobodyAccepts()
    {
        Agent server;
        const int port = startServer(server, {QStringLiteral("--backlog"), QStringLiteral("10"), QStringLiteral("--accept"), QStringLiteral("never")});
        QVERIFY(port > 0);
        Agent client;
        client.start(connectArgs(port, 30, QStringLiteral("3")));
        QVERIFY(client.running());
        QTRY_COMPARE_WITH_TIMEOUT(client.firstOutcomes(), 30, 15000);
        QCOMPARE(client.outcomes(QStringLiteral("connected")), 11);
        QCOMPARE(client.outcomes(QStringLiteral("timed_out")), 19);
        // The kernel agrees: 11 established on the server side, 19 clients still sending SYNs.
        QCOMPARE(countSockets(1, port, -1), 11);
        QCOMPARE(countSockets(2, -1, port), 19);
        QCOMPARE(countSockets(3, port, -1), 0);
        QTRY_COMPARE_WITH_TIMEOUT(field(server.last(QStringLiteral("listener")), "queue"), 11, 5000);
        for (const QJsonObject &l : server.all(QStringLiteral("listener"))) {
            QCOMPARE(field(l, "limit"), 10);
            QVERIFY(field(l, "queue") <= 11);
            QCOMPARE(field(l, "accepted"), 0);
        }
        client.signal(SIGTERM);
        QVERIFY(client.finish());
        const QJsonObject summary = client.last(QStringLiteral("summary"));
        QCOMPARE(field(summary, "connected"), 11);
        QCOMPARE(field(summary, "timed_out"), 19);
        QCOMPARE(field(summary, "pending"), 0);
    }

    void splitOverProcesses()
    {
        Agent server;
        const int port = startServer(server, {QStringLiteral("--backlog"), QStringLiteral("4096"), QStringLiteral("--accept"), QStringLiteral("immediate")});
        QVERIFY(port > 0);
        Agent client;
        client.start(connectArgs(port, 1000, QStringLiteral("10")) + QStringList{QStringLiteral("--max-fds-per-process"), QStringLiteral("300")});
        QTRY_COMPARE_WITH_TIMEOUT(client.firstOutcomes(), 1000, 30000);
        const int processes = field(client.last(QStringLiteral("connecting")), "processes");
        QVERIFY2(processes >= 4, "1000 clients at fewer than 300 files each need at least 4 processes");
        const QList<QJsonObject> workers = client.all(QStringLiteral("worker"));
        QCOMPARE(workers.size(), processes);
        // The workers are the agent's children, and each keeps within its open-file budget.
        QSet<qint64> workerPids;
        for (const QJsonObject &w : workers)
            workerPids.insert(w.value(QLatin1String("pid")).toInteger());
        QCOMPARE(childrenOf(client.pid()), workerPids);
        for (const qint64 pid : std::as_const(workerPids))
            QVERIFY2(openFiles(pid) <= 300, qPrintable(QString::number(openFiles(pid))));
        QCOMPARE(client.outcomes(QStringLiteral("connected")), 1000);
        QSet<int> indexes;
        for (const QJsonObject &o : client.all(QStringLiteral("outcome")))
            indexes.insert(field(o, "client"));
        QCOMPARE(indexes.size(), 1000);
        QCOMPARE(*std::max_element(indexes.cbegin(), indexes.cend()), 999);
        QCOMPARE(countSockets(2, -1, port), 0);
        client.signal(SIGTERM);
        QVERIFY(client.finish());
        QCOMPARE(client.exitCode(), 0);
        const QJsonObject summary = client.last(QStringLiteral("summary"));
        QCOMPARE(field(summary, "connected"), 1000);
        QCOMPARE(field(summary, "processes"), processes);
        QCOMPARE(summary.value(QLatin1String("reason")).toString(), QStringLiteral("signal"));
        for (const qint64 pid : std::as_const(workerPids))
            QVERIFY(processGone(pid));
        QTRY_COMPARE_WITH_TIMEOUT(field(server.last(QStringLiteral("listener")), "accepted"), 1000, 10000);
    }

    // A client that drops every packet never sees the SYN-ACK: the server keeps a request socket
    // in SYN_RECV (inet_csk_reqsk_queue_is_full() counts it), the client stays in SYN_SENT.
    void dropSynAckLeavesHalfOpen()
    {
        Agent server;
        const int port = startServer(server, {QStringLiteral("--backlog"), QStringLiteral("128"), QStringLiteral("--accept"), QStringLiteral("immediate")});
        QVERIFY(port > 0);
        Agent client;
        client.start(connectArgs(port, 5, QStringLiteral("1")) + QStringList{QStringLiteral("--drop-synack"), QStringLiteral("forever")});
        QTRY_COMPARE_WITH_TIMEOUT(client.firstOutcomes(), 5, 10000);
        QCOMPARE(client.outcomes(QStringLiteral("timed_out")), 5);
        QCOMPARE(countSockets(3, port, -1), 5);
        QCOMPARE(countSockets(2, -1, port), 5);
        QCOMPARE(countSockets(1, port, -1), 0);
        client.signal(SIGTERM);
        QVERIFY(client.finish());
        QCOMPARE(field(client.last(QStringLiteral("summary")), "timed_out"), 5);
        QCOMPARE(field(client.last(QStringLiteral("summary")), "connected"), 0);
        QCOMPARE(field(server.last(QStringLiteral("listener")), "accepted"), 0);
    }

    // With the filter removed after 1.5 s, the next SYN retransmission draws a fresh SYN-ACK
    // and the handshake completes after the client's --timeout: late_connected.
    void dropSynAckForAWhileConnectsLate()
    {
        Agent server;
        const int port = startServer(server, {QStringLiteral("--backlog"), QStringLiteral("128"), QStringLiteral("--accept"), QStringLiteral("immediate")});
        QVERIFY(port > 0);
        Agent client;
        client.start(connectArgs(port, 3, QStringLiteral("1")) + QStringList{QStringLiteral("--drop-synack"), QStringLiteral("1500")});
        QTRY_COMPARE_WITH_TIMEOUT(client.outcomes(QStringLiteral("late_connected"), false), 3, 15000);
        QCOMPARE(client.outcomes(QStringLiteral("timed_out")), 3);
        for (const QJsonObject &o : client.all(QStringLiteral("outcome"))) {
            if (o.value(QLatin1String("result")).toString() == QLatin1String("late_connected"))
                QVERIFY(o.value(QLatin1String("latency_ms")).toDouble() >= 1500);
        }
        QTRY_COMPARE_WITH_TIMEOUT(field(server.last(QStringLiteral("listener")), "accepted"), 3, 5000);
        client.signal(SIGTERM);
        QVERIFY(client.finish());
        const QJsonObject summary = client.last(QStringLiteral("summary"));
        QCOMPARE(field(summary, "timed_out"), 3);
        QCOMPARE(field(summary, "late_connected"), 3);
        QVERIFY(summary.value(QLatin1String("connect_phase_ms")).isNull());
    }

    // Connections waiting in the accept queue are reset when the listener closes
    // (inet_csk_listen_stop()): each client gets a second outcome, reset.
    void resetAfterConnect()
    {
        Agent server;
        const int port = startServer(server, {QStringLiteral("--backlog"), QStringLiteral("10"), QStringLiteral("--accept"), QStringLiteral("never")});
        QVERIFY(port > 0);
        Agent client;
        client.start(connectArgs(port, 4, QStringLiteral("5")));
        QTRY_COMPARE_WITH_TIMEOUT(client.outcomes(QStringLiteral("connected")), 4, 10000);
        server.signal(SIGTERM);
        QVERIFY(server.finish());
        QTRY_COMPARE_WITH_TIMEOUT(client.outcomes(QStringLiteral("reset"), false), 4, 10000);
        QCOMPARE(client.outcomes(QStringLiteral("reset")), 0); // all of them second outcomes
        for (const QJsonObject &o : client.all(QStringLiteral("outcome"))) {
            if (o.value(QLatin1String("result")).toString() == QLatin1String("reset"))
                QCOMPARE(o.value(QLatin1String("errno")).toString(), QStringLiteral("ECONNRESET"));
        }
        client.signal(SIGINT);
        QVERIFY(client.finish());
        const QJsonObject summary = client.last(QStringLiteral("summary"));
        QCOMPARE(field(summary, "connected"), 4);
        QCOMPARE(field(summary, "reset"), 4);
        QCOMPARE(summary.value(QLatin1String("signal")).toString(), QStringLiteral("SIGINT"));
    }

    void delayedAccept()
    {
        Agent server;
        const int port = startServer(server, {QStringLiteral("--backlog"), QStringLiteral("10"), QStringLiteral("--accept"), QStringLiteral("delay:100")});
        QVERIFY(port > 0);
        Agent client;
        client.start(connectArgs(port, 5, QStringLiteral("5")));
        QTRY_COMPARE_WITH_TIMEOUT(field(server.last(QStringLiteral("listener")), "accepted"), 5, 10000);
        double firstAccept = -1;
        int previous = 0;
        for (const QJsonObject &l : server.all(QStringLiteral("listener"))) {
            QVERIFY(field(l, "accepted") >= previous);
            previous = field(l, "accepted");
            if (firstAccept < 0 && previous >= 1)
                firstAccept = l.value(QLatin1String("t_ms")).toDouble();
        }
        // Four more accepts, 100 ms apart, seen through 100 ms reports.
        QVERIFY(server.last(QStringLiteral("listener")).value(QLatin1String("t_ms")).toDouble() - firstAccept >= 300);
        QCOMPARE(field(server.last(QStringLiteral("listener")), "queue"), 0);
    }

    void refusedWhenNobodyListens()
    {
        // A bound socket that does not listen holds the port, so nobody else listens on it.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        socklen_t length = sizeof address;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
        const int port = ntohs(address.sin_port);
        Agent client;
        client.start(connectArgs(port, 3, QStringLiteral("2")) + QStringList{QStringLiteral("--hold"), QStringLiteral("0")});
        const bool finished = client.finish();
        ::close(fd);
        QVERIFY(finished);
        QCOMPARE(client.exitCode(), 0);
        QCOMPARE(client.outcomes(QStringLiteral("refused")), 3);
        for (const QJsonObject &o : client.all(QStringLiteral("outcome")))
            QCOMPARE(o.value(QLatin1String("errno")).toString(), QStringLiteral("ECONNREFUSED"));
        QCOMPARE(field(client.last(QStringLiteral("summary")), "refused"), 3);
        QCOMPARE(field(client.last(QStringLiteral("summary")), "connected"), 0);
    }

    void portInUse()
    {
        Agent first;
        const int port = startServer(first, {QStringLiteral("--backlog"), QStringLiteral("5"), QStringLiteral("--accept"), QStringLiteral("never")});
        QVERIFY(port > 0);
        Agent second;
        second.start({QStringLiteral("serve"),
                      QStringLiteral("--port"),
                      QString::number(port),
                      QStringLiteral("--backlog"),
                      QStringLiteral("5"),
                      QStringLiteral("--accept"),
                      QStringLiteral("never")});
        QVERIFY(second.finish());
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 2);
        const QJsonObject error = second.last(QStringLiteral("error"));
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("EADDRINUSE"));
        QVERIFY(error.value(QLatin1String("message")).toString().contains(QString::number(port)));
        QVERIFY(!second.has(QStringLiteral("listening")));
        QVERIFY(processGone(second.pid()) || !second.running());
        QCOMPARE(countSockets(10, port, -1), 1); // only the first server's listener
        QVERIFY(first.running());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
        QVERIFY(range.open(QIODevice::ReadOnly));
        const QList<QByteArray> bounds = range.readAll().simplified().split(' ');
        const int ports = bounds.value(1).toInt() - bounds.value(0).toInt() + 1;
        QVERIFY(ports > 1);
        const QStringList host{QStringLiteral("connect"),
                               QStringLiteral("--host"),
                               QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"),
                               QStringLiteral("9"),
                               QStringLiteral("--timeout"),
                               QStringLiteral("1")};
        QTest::newRow("negative clients") << (host + QStringList{QStringLiteral("--clients"), QStringLiteral("-5")}) << QStringLiteral("EINVAL")
                                          << QStringLiteral("--clients");
        QTest::newRow("too many clients") << (host + QStringList{QStringLiteral("--clients"), QStringLiteral("2000000")}) << QStringLiteral("EINVAL")
                                          << QStringLiteral("--clients");
        QTest::newRow("beyond the port range") << (host + QStringList{QStringLiteral("--clients"), QString::number(ports + 1)})
                                               << QStringLiteral("EADDRNOTAVAIL") << QStringLiteral("ip_local_port_range");
        QTest::newRow("too many processes")
            << (host + QStringList{QStringLiteral("--clients"), QString::number(ports - 1), QStringLiteral("--max-fds-per-process"), QStringLiteral("40")})
            << QStringLiteral("EMFILE") << QStringLiteral("processes");
        QTest::newRow("zero timeout") << QStringList{QStringLiteral("connect"),
                                                     QStringLiteral("--host"),
                                                     QStringLiteral("127.0.0.1"),
                                                     QStringLiteral("--port"),
                                                     QStringLiteral("9"),
                                                     QStringLiteral("--clients"),
                                                     QStringLiteral("1"),
                                                     QStringLiteral("--timeout"),
                                                     QStringLiteral("0")}
                                      << QStringLiteral("EINVAL") << QStringLiteral("--timeout");
        QTest::newRow("unknown accept mode") << QStringList{QStringLiteral("serve"),
                                                            QStringLiteral("--port"),
                                                            QStringLiteral("0"),
                                                            QStringLiteral("--backlog"),
                                                            QStringLiteral("5"),
                                                            QStringLiteral("--accept"),
                                                            QStringLiteral("sometimes")}
                                             << QStringLiteral("EINVAL") << QStringLiteral("--accept");
        QTest::newRow("missing backlog")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--accept"), QStringLiteral("never")}
            << QStringLiteral("EINVAL") << QStringLiteral("--backlog");
        QTest::newRow("unknown option") << (host
                                            + QStringList{QStringLiteral("--clients"), QStringLiteral("1"), QStringLiteral("--colour"), QStringLiteral("red")})
                                        << QStringLiteral("EINVAL") << QStringLiteral("--colour");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("listen")} << QStringLiteral("EINVAL") << QStringLiteral("listen");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        Agent agent;
        agent.start(arguments);
        QVERIFY(agent.finish());
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 2);
        QVERIFY2(agent.badLines().isEmpty(), agent.badLines().constData());
        const QJsonObject error = agent.last(QStringLiteral("error"));
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
        const QString message = error.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(mentions) && message.endsWith(QLatin1Char('.')), qPrintable(message));
        // Nothing was started.
        QVERIFY(!agent.has(QStringLiteral("connecting")) && !agent.has(QStringLiteral("listening")));
        QCOMPARE(agent.events().last(), error);
    }

    void sigtermGivesSummary()
    {
        Agent server;
        const int port = startServer(server, {QStringLiteral("--backlog"), QStringLiteral("64"), QStringLiteral("--accept"), QStringLiteral("immediate")});
        QVERIFY(port > 0);
        Agent client;
        client.start(connectArgs(port, 5, QStringLiteral("5")));
        QTRY_COMPARE_WITH_TIMEOUT(client.outcomes(QStringLiteral("connected")), 5, 10000);
        QVERIFY(!client.has(QStringLiteral("summary"))); // no --hold: held until a signal
        client.signal(SIGTERM);
        QVERIFY(client.finish());
        QCOMPARE(client.exitStatus(), QProcess::NormalExit);
        QCOMPARE(client.exitCode(), 0);
        const QJsonObject summary = client.last(QStringLiteral("summary"));
        QCOMPARE(summary.value(QLatin1String("reason")).toString(), QStringLiteral("signal"));
        QCOMPARE(summary.value(QLatin1String("signal")).toString(), QStringLiteral("SIGTERM"));
        QCOMPARE(field(summary, "connected"), 5);
        QCOMPARE(client.events().last(), summary);

        server.signal(SIGINT);
        QVERIFY(server.finish());
        QCOMPARE(server.exitCode(), 0);
        const QJsonObject exit = server.last(QStringLiteral("exit"));
        QCOMPARE(exit.value(QLatin1String("signal")).toString(), QStringLiteral("SIGINT"));
        QCOMPARE(field(exit, "accepted"), 5);
    }

    void sigkillLeavesNoWorkers()
    {
        ::prctl(PR_SET_CHILD_SUBREAPER, 1);
        const auto notReaper = qScopeGuard([] {
            ::prctl(PR_SET_CHILD_SUBREAPER, 0);
        });
        Agent server;
        const int port = startServer(server, {QStringLiteral("--backlog"), QStringLiteral("4096"), QStringLiteral("--accept"), QStringLiteral("immediate")});
        QVERIFY(port > 0);
        Agent client;
        client.start(connectArgs(port, 1000, QStringLiteral("10")) + QStringList{QStringLiteral("--max-fds-per-process"), QStringLiteral("300")});
        QTRY_COMPARE_WITH_TIMEOUT(client.firstOutcomes(), 1000, 30000);
        const QSet<qint64> children = childrenOf(client.pid());
        QVERIFY(children.size() >= 4);
        QCOMPARE(children.size(), client.all(QStringLiteral("worker")).size());
        // Orphaned workers are handed to this process (a subreaper), which reaps them; should
        // the check fail, they are still ended before the next test.
        const auto cleanup = qScopeGuard([&children] {
            for (const qint64 pid : children) {
                if (!processGone(pid))
                    ::kill(pid_t(pid), SIGKILL);
                ::waitpid(pid_t(pid), nullptr, 0); // ECHILD at once if another process adopted it
            }
        });
        client.signal(SIGKILL);
        QVERIFY(client.finish());
        QCOMPARE(client.exitStatus(), QProcess::CrashExit);
        for (const qint64 pid : children)
            QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 10000);
        // With the workers gone, their sockets are closed: the server sees FINs, not open clients.
        QTRY_COMPARE_WITH_TIMEOUT(countSockets(1, -1, port), 0, 10000);
    }
};

QTEST_NETNS_MAIN(AgentTest)
#include "agent_test.moc"
