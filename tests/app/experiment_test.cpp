// SPDX-License-Identifier: GPL-3.0-or-later
// Experiments as the runner and `tcplab experiment` run them: every preset in a private network
// namespace on this machine's kernel, measured against the kernel model's prediction, with
// nothing left behind (no process, no change to the host's sysctls or counters), also when tcplab
// is killed in the middle of a run; and bad parameters refused before anything starts. The test
// process itself stays in the host's namespace: the runner makes the sandbox.
#include "lab/experimentrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcplab::lab;

namespace
{

// Every experiment here is watched for 4 s: long enough for four SYN retransmissions on 6.5+.
constexpr int kObserveS = 4;

QString binDirectory()
{
    return QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath();
}

struct ProcessInfo {
    qint64 pid = 0;
    qint64 parent = 0;
    QString name;
    char state = '?';
    QByteArray startTime; // field 22 of /proc/<pid>/stat: tells a reused pid apart
};

std::optional<ProcessInfo> readProcess(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.readAll();
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return std::nullopt;
    ProcessInfo info;
    info.pid = pid;
    info.name = QString::fromUtf8(text.mid(open + 1, close - open - 1));
    info.state = fields[0].isEmpty() ? '?' : fields[0][0];
    info.parent = fields[1].toLongLong();
    info.startTime = fields[19];
    return info;
}

QList<ProcessInfo> allProcesses()
{
    QList<ProcessInfo> list;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        if (const auto info = readProcess(pid))
            list << *info;
    }
    return list;
}

// Live processes whose chain of parents leads to `root` (zombies are already dead).
QList<ProcessInfo> descendants(qint64 root)
{
    const QList<ProcessInfo> processes = allProcesses();
    QList<ProcessInfo> found;
    QList<qint64> frontier{root};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        for (const ProcessInfo &p : processes) {
            if (p.parent == parent && p.pid != root) {
                if (p.state != 'Z')
                    found << p;
                frontier << p.pid;
            }
        }
    }
    return found;
}

QString describe(const QList<ProcessInfo> &list)
{
    QStringList parts;
    for (const ProcessInfo &p : list)
        parts << QStringLiteral("%1 %2 (%3)").arg(p.pid).arg(p.name).arg(QLatin1Char(p.state));
    return parts.join(QLatin1String(", "));
}

// A process is still there when its pid exists with the same start time and is not a zombie.
bool stillAlive(const ProcessInfo &p)
{
    const auto now = readProcess(p.pid);
    return now && now->startTime == p.startTime && now->state != 'Z';
}

qint64 hostCounter(const char *group, const char *name)
{
    QFile file(QStringLiteral("/proc/net/netstat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); i += 2) {
        const QList<QByteArray> names = lines[i].split(' ');
        const QList<QByteArray> values = lines[i + 1].split(' ');
        if (names.value(0) != QByteArray(group) + ':')
            continue;
        for (qsizetype k = 1; k < names.size() && k < values.size(); ++k) {
            if (names[k] == name)
                return values[k].toLongLong();
        }
    }
    return -1;
}

QByteArray hostSysctl(const char *path)
{
    QFile file(QLatin1String("/proc/sys/") + QLatin1String(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

struct Run {
    bool finished = false;
    ExperimentResult result;
    QString error;
    QList<qint64> pids; // everything the run started, seen while it ran
};

Run runSpec(const ExperimentSpec &spec, bool stopEarly = false)
{
    ExperimentRunner runner;
    Run run;
    bool done = false;
    QObject::connect(&runner, &ExperimentRunner::finished, [&](const ExperimentResult &r) {
        run.result = r;
        run.finished = true;
        done = true;
    });
    QObject::connect(&runner, &ExperimentRunner::failed, [&](const QString &message) {
        run.error = message;
        done = true;
    });
    QObject::connect(&runner, &ExperimentRunner::timelineSample, [&](const TimelineSample &sample) {
        for (const qint64 pid : runner.processIds()) {
            if (!run.pids.contains(pid))
                run.pids << pid;
        }
        if (stopEarly && sample.elapsedMs >= 1000)
            runner.stop();
    });
    RunnerOptions options;
    options.binDirectory = binDirectory();
    runner.start(spec, options);
    if (!QTest::qWaitFor(
            [&] {
                return done;
            },
            60000))
        run.error = QStringLiteral("the run did not end within 60 s");
    return run;
}

QString differences(const ExperimentResult &result)
{
    QStringList lines;
    for (const Comparison &c : result.comparisons()) {
        if (!c.matches())
            lines << QStringLiteral("%1 %2: measured %3, expected %4").arg(c.group, c.key).arg(c.measured).arg(c.expected.toString());
    }
    return lines.join(QLatin1String("; "));
}

} // namespace

class ExperimentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QDir(binDirectory()).filePath(QStringLiteral("tcplab-sandbox"))).isExecutable(), "build tcplab-sandbox next to tcplab");
        QVERIFY2(QFileInfo(QDir(binDirectory()).filePath(QStringLiteral("tcplab-agent"))).isExecutable(), "build tcplab-agent next to tcplab");
    }

    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        for (const ExperimentSpec &spec : ExperimentSpec::presets())
            QTest::newRow(qPrintable(spec.preset)) << spec.preset;
    }

    // Each preset in the sandbox: every figure the model predicts is inside its range, the run
    // left no process, and the host's somaxconn and counters did not move.
    void presets()
    {
        QFETCH(QString, preset);
        ExperimentSpec spec = *ExperimentSpec::findPreset(preset);
        spec.observeS = kObserveS;
        const QByteArray somaxconn = hostSysctl("net/core/somaxconn");
        const qint64 overflows = hostCounter("TcpExt", "ListenOverflows");
        const qint64 drops = hostCounter("TcpExt", "ListenDrops");
        QVERIFY(!somaxconn.isEmpty());
        QVERIFY(overflows >= 0);

        const Run run = runSpec(spec);
        QVERIFY2(run.finished, qPrintable(run.error));
        const ExperimentResult &r = run.result;
        QVERIFY(r.sandbox);
        QVERIFY(!r.namespaceKind.isEmpty());
        QVERIFY(!r.kernelRelease.isEmpty());
        QVERIFY2(!run.pids.isEmpty(), "no process of the run was seen");
        // About one sample per 100 ms of observation.
        QVERIFY2(r.timeline.size() >= kObserveS * 10 - 5, qPrintable(QString::number(r.timeline.size())));
        QCOMPARE(r.listenLimit, qint64(r.expected.effectiveBacklog));
        // The comparisons cover the states, the outcomes and the counters the model predicts.
        QVERIFY(r.comparisons().size() >= 6);
        QVERIFY2(differences(r).isEmpty(), qPrintable(differences(r)));
        qInfo().noquote() << preset << "server" << QJsonDocument(r.toJson().value(QStringLiteral("server")).toObject()).toJson(QJsonDocument::Compact)
                          << "outcomes" << QJsonDocument(r.toJson().value(QStringLiteral("client")).toObject()).toJson(QJsonDocument::Compact) << "counters"
                          << QJsonDocument(r.toJson().value(QStringLiteral("counters_delta")).toObject()).toJson(QJsonDocument::Compact);

        // Nothing left: no process below this one, none of the run's processes alive.
        QTRY_VERIFY2_WITH_TIMEOUT(descendants(::getpid()).isEmpty(), qPrintable(describe(descendants(::getpid()))), 5000);
        for (const qint64 pid : run.pids)
            QVERIFY2(::kill(pid_t(pid), 0) != 0 || readProcess(pid).value_or(ProcessInfo()).state == 'Z',
                     qPrintable(QStringLiteral("pid %1 is still alive").arg(pid)));
        QCOMPARE(hostSysctl("net/core/somaxconn"), somaxconn);
        QCOMPARE(hostCounter("TcpExt", "ListenOverflows"), overflows);
        QCOMPARE(hostCounter("TcpExt", "ListenDrops"), drops);
    }

    // Seed 000 across a link: the server on the server host, the clients on the client host. Each
    // host's census and counters are its own: ListenOverflows only on the server host, SYN
    // retransmissions only on the client host, LISTEN and SYN_RECV only where the server is.
    void twoHostsKeepEachHostApart_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("seed-backlog-10") << QStringLiteral("seed-backlog-10");
        QTest::newRow("slow-accept") << QStringLiteral("slow-accept");
    }

    void twoHostsKeepEachHostApart()
    {
        QFETCH(QString, preset);
        ExperimentSpec spec = *ExperimentSpec::findPreset(preset);
        spec.observeS = kObserveS;
        spec.twoHosts = true;
        const Run run = runSpec(spec);
        QVERIFY2(run.finished, qPrintable(run.error));
        const ExperimentResult &r = run.result;
        QVERIFY(r.twoHosts);
        QCOMPARE(r.serverAddress, QStringLiteral("198.18.0.1"));
        QCOMPARE(r.clientAddress, QStringLiteral("198.18.0.2"));
        QVERIFY2(differences(r).isEmpty(), qPrintable(differences(r)));
        const QJsonObject hosts = r.toJson().value(QStringLiteral("hosts")).toObject();
        const QJsonObject server = hosts.value(QStringLiteral("server")).toObject();
        const QJsonObject client = hosts.value(QStringLiteral("client")).toObject();
        const auto value = [](const QJsonObject &host, const char *group, const char *key) {
            return host.value(QLatin1String(group)).toObject().value(QLatin1String(key)).toInteger();
        };
        QCOMPARE(value(server, "states", "LISTEN"), 1);
        QCOMPARE(value(client, "states", "LISTEN"), 0);
        QCOMPARE(value(client, "states", "SYN_RECV"), 0);
        QCOMPARE(value(server, "states", "SYN_SENT"), 0);
        QCOMPARE(value(client, "counters_delta", "TcpExt.ListenOverflows"), 0);
        QCOMPARE(value(client, "counters_delta", "TcpExt.ListenDrops"), 0);
        if (preset == QLatin1String("seed-backlog-10")) {
            // TCPSynRetrans also counts SYN-ACK retransmissions; with no SYN_RECV the server has none.
            QCOMPARE(value(server, "counters_delta", "TcpExt.TCPSynRetrans"), 0);
            QVERIFY(value(server, "counters_delta", "TcpExt.ListenOverflows") > 0);
            QVERIFY(value(client, "counters_delta", "TcpExt.TCPSynRetrans") > 0);
            QCOMPARE(value(client, "states", "SYN_SENT"), 89);
            QCOMPARE(value(server, "states", "ESTABLISHED"), 11);
        }
        QVERIFY(std::any_of(r.explanation.cbegin(), r.explanation.cend(), [](const tcplab::BilingualText &t) {
            return t.en.startsWith(QLatin1String("Two hosts"));
        }));
        QTRY_VERIFY2_WITH_TIMEOUT(descendants(::getpid()).isEmpty(), qPrintable(describe(descendants(::getpid()))), 5000);
    }

    // stop() in the middle ends the run as a failure that says so, and leaves nothing behind.
    void stopEndsTheRunCleanly()
    {
        ExperimentSpec spec = *ExperimentSpec::findPreset(QStringLiteral("seed-backlog-10"));
        spec.observeS = 30;
        QElapsedTimer clock;
        clock.start();
        const Run run = runSpec(spec, true);
        QVERIFY(!run.finished);
        QVERIFY2(run.error.contains(QLatin1String("stopped")), qPrintable(run.error));
        QVERIFY2(clock.elapsed() < 15000, "stop() did not end the run early");
        QTRY_VERIFY2_WITH_TIMEOUT(descendants(::getpid()).isEmpty(), qPrintable(describe(descendants(::getpid()))), 5000);
    }

    // The JSON of `tcplab experiment` has every key a script relies on, and its figures agree
    // with its own expectation.
    void jsonHasEveryKey()
    {
        QProcess process;
        process.start(QStringLiteral(TCPLAB_EXECUTABLE),
                      {QStringLiteral("experiment"),
                       QStringLiteral("--preset"),
                       QStringLiteral("seed-backlog-10"),
                       QStringLiteral("--observe"),
                       QString::number(kObserveS),
                       QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(out.count('\n'), 1); // one object, nothing else
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        for (const char *key : {"spec", "kernel", "sandbox", "server", "client", "counters_delta", "expected", "explanation", "timeline"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("sandbox")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("spec")).toObject().value(QStringLiteral("preset")).toString(), QStringLiteral("seed-backlog-10"));
        QVERIFY(!json.value(QStringLiteral("kernel")).toString().isEmpty());
        const QJsonObject states = json.value(QStringLiteral("server")).toObject().value(QStringLiteral("states")).toObject();
        const QJsonObject outcomes = json.value(QStringLiteral("client")).toObject().value(QStringLiteral("outcomes")).toObject();
        const QJsonObject counters = json.value(QStringLiteral("counters_delta")).toObject();
        for (const char *key : {"LISTEN", "ESTABLISHED", "SYN_RECV"})
            QVERIFY2(states.contains(QLatin1String(key)), key);
        QVERIFY(json.value(QStringLiteral("client")).toObject().value(QStringLiteral("states")).isObject());
        for (const char *key : {"connected", "timed_out", "refused", "reset"})
            QVERIFY2(outcomes.contains(QLatin1String(key)), key);
        for (const QString &key : reportedCounters())
            QVERIFY2(counters.contains(key), qPrintable(key));
        const QJsonObject expected = json.value(QStringLiteral("expected")).toObject();
        QVERIFY(expected.value(QStringLiteral("server")).toObject().value(QStringLiteral("states")).isObject());
        QVERIFY(expected.value(QStringLiteral("client")).toObject().value(QStringLiteral("outcomes")).isObject());
        QVERIFY(expected.value(QStringLiteral("counters_delta")).isObject());
        const QJsonObject explanation = json.value(QStringLiteral("explanation")).toObject();
        const QString ja = explanation.value(QStringLiteral("ja")).toString();
        const QString en = explanation.value(QStringLiteral("en")).toString();
        QVERIFY(en.contains(QLatin1String("somaxconn")));
        QVERIFY2(std::any_of(ja.cbegin(),
                             ja.cend(),
                             [](QChar c) {
                                 return c.unicode() >= 0x3040 && c.unicode() <= 0x9fff;
                             }),
                 "the Japanese explanation has no Japanese");
        // Measured and expected agree through the JSON too (the same figures the table shows).
        const QJsonObject expectedStates = expected.value(QStringLiteral("server")).toObject().value(QStringLiteral("states")).toObject();
        QCOMPARE(states.value(QStringLiteral("ESTABLISHED")).toInteger(), expectedStates.value(QStringLiteral("ESTABLISHED")).toInteger());
        QVERIFY(json.value(QStringLiteral("differences")).toArray().isEmpty());
        QTRY_VERIFY2_WITH_TIMEOUT(descendants(::getpid()).isEmpty(), qPrintable(describe(descendants(::getpid()))), 5000);
    }

    // SIGKILL to tcplab in the middle of a run: the sandbox and the agents die with it.
    void killedTcplabLeavesNothing()
    {
        QProcess process;
        process.start(QStringLiteral(TCPLAB_EXECUTABLE),
                      {QStringLiteral("experiment"),
                       QStringLiteral("--preset"),
                       QStringLiteral("seed-backlog-10"),
                       QStringLiteral("--observe"),
                       QStringLiteral("30"),
                       QStringLiteral("--json")});
        QVERIFY(process.waitForStarted());
        const qint64 pid = process.processId();
        // Wait until the clients run: the sandbox and both agents (and no more) are below tcplab.
        QList<ProcessInfo> tree;
        auto clientsRunning = [&] {
            tree = descendants(pid);
            int agents = 0;
            bool sandbox = false;
            for (const ProcessInfo &p : std::as_const(tree)) {
                agents += p.name == QLatin1String("tcplab-agent") ? 1 : 0;
                sandbox = sandbox || p.name == QLatin1String("tcplab-sandbox");
            }
            return sandbox && agents >= 2;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(clientsRunning(), qPrintable(describe(tree)), 15000);
        QVERIFY(process.state() == QProcess::Running);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QVERIFY(process.readAllStandardOutput().isEmpty()); // --json printed nothing before the end
        auto anyAlive = [&] {
            return std::any_of(tree.cbegin(), tree.cend(), [](const ProcessInfo &p) {
                return stillAlive(p);
            });
        };
        QTRY_VERIFY2_WITH_TIMEOUT(!anyAlive(), qPrintable(describe(tree)), 5000);
    }

    void badParameters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative clients") << QStringList{QStringLiteral("--clients=-5")} << QStringLiteral("clients");
        QTest::newRow("absurd clients") << QStringList{QStringLiteral("--clients"), QStringLiteral("100000000")} << QStringLiteral("clients");
        QTest::newRow("not a number") << QStringList{QStringLiteral("--backlog"), QStringLiteral("ten")} << QStringLiteral("--backlog");
        QTest::newRow("negative backlog") << QStringList{QStringLiteral("--backlog=-1")} << QStringLiteral("backlog");
        QTest::newRow("unknown preset") << QStringList{QStringLiteral("--preset"), QStringLiteral("no-such-run")} << QStringLiteral("no-such-run");
        QTest::newRow("syncookies 3") << QStringList{QStringLiteral("--syncookies"), QStringLiteral("3")} << QStringLiteral("tcp_syncookies");
        QTest::newRow("bad accept mode") << QStringList{QStringLiteral("--accept"), QStringLiteral("sometimes")} << QStringLiteral("--accept");
        // An accepting server must hold every connection open: beyond one process's file limit.
        QTest::newRow("beyond the file limit") << QStringList{QStringLiteral("--clients"),
                                                              QStringLiteral("60000"),
                                                              QStringLiteral("--accept"),
                                                              QStringLiteral("immediate")}
                                               << QStringLiteral("RLIMIT_NOFILE");
        QTest::newRow("beyond the host's port range") << QStringList{QStringLiteral("--host-loopback"), QStringLiteral("--clients"), QStringLiteral("59000")}
                                                      << QStringLiteral("ip_local_port_range");
        QTest::newRow("settings on the host") << QStringList{QStringLiteral("--host-loopback"), QStringLiteral("--somaxconn"), QStringLiteral("64")}
                                              << QStringLiteral("sandbox");
    }

    void badParameters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        rlimit files{};
        ::getrlimit(RLIMIT_NOFILE, &files);
        if (message == QLatin1String("RLIMIT_NOFILE") && (files.rlim_max == RLIM_INFINITY || files.rlim_max > 60064))
            QSKIP("this machine's file limit holds 60000 accepted connections");
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(TCPLAB_EXECUTABLE), QStringList{QStringLiteral("experiment"), QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        // Nothing started: a run takes seconds, a refusal does not, and nothing is left.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(descendants(::getpid()).isEmpty());
    }

    // On the host a port someone listens on is an error before anything starts.
    void portInUseOnTheHost()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(fd, 1), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const quint16 port = ntohs(address.sin_port);
        QProcess process;
        process.start(QStringLiteral(TCPLAB_EXECUTABLE),
                      {QStringLiteral("experiment"),
                       QStringLiteral("--lang"),
                       QStringLiteral("en"),
                       QStringLiteral("--host-loopback"),
                       QStringLiteral("--port"),
                       QString::number(port),
                       QStringLiteral("--clients"),
                       QStringLiteral("3"),
                       QStringLiteral("--backlog"),
                       QStringLiteral("5")});
        QVERIFY(process.waitForFinished(20000));
        ::close(fd);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Port %1").arg(port)), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ExperimentTest)
#include "experiment_test.moc"
