// SPDX-License-Identifier: GPL-3.0-or-later
// Experiments across hosts over SSH, against a real sshd on 127.0.0.1 (both "hosts" are this
// machine, reached through sshd): the result matches a sandbox run of the same spec under the same
// settings; hosts that are neither loopback nor added by the user are refused before anything
// starts; and no remote agent outlives the run, also when tcplab is killed in the middle of it.
#include "../common/sshd.h"
#include "hosts/remotehosts.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <memory>

using namespace tcplab;
using namespace tcplab::testing;

namespace
{

constexpr int kObserveS = 4;

// Processes whose executable lies in `directory` (the remote agent's cache).
QList<qint64> processesRunningFrom(const QString &directory)
{
    QList<qint64> pids;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QString exe = QFile::symLinkTarget(QLatin1String("/proc/") + entry + QLatin1String("/exe"));
        if (!exe.isEmpty() && exe.startsWith(directory))
            pids << pid;
    }
    return pids;
}

// Waits up to 10 s for the agents started from `directory` to end (a remote agent ends when
// its link closes: at its next frame, or when its wrapper sees the input close).
QList<qint64> survivorsFrom(const QString &directory)
{
    QDeadlineTimer deadline(10000);
    while (!processesRunningFrom(directory).isEmpty() && !deadline.hasExpired())
        QTest::qWait(50);
    return processesRunningFrom(directory);
}

QString sysctl(const char *name)
{
    return QString::fromLatin1(readFile(QLatin1String("/proc/sys/") + QLatin1String(name))).trimmed();
}

} // namespace

class RemoteExperimentTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Sshd> m_sshd;

    QStringList sshOptions() const
    {
        const remote::SshTarget t = m_sshd->target();
        const QString destination = t.user + QStringLiteral("@[127.0.0.1]:") + QString::number(t.port);
        return {QStringLiteral("--server-host"),
                destination,
                QStringLiteral("--client-host"),
                destination,
                QStringLiteral("--identity"),
                t.identityFile,
                QStringLiteral("--known-hosts"),
                t.knownHostsFile};
    }

    // `tcplab experiment ARGS --json`: exit code and the parsed result.
    static int runExperiment(const QStringList &arguments, QJsonObject *result, QByteArray *errors = nullptr)
    {
        QProcess tcplab;
        tcplab.start(QStringLiteral(TCPLAB_EXECUTABLE), QStringList{QStringLiteral("experiment")} + arguments);
        if (!tcplab.waitForFinished(120000)) {
            tcplab.kill();
            tcplab.waitForFinished();
            return -1;
        }
        if (errors)
            *errors = tcplab.readAllStandardError();
        *result = QJsonDocument::fromJson(tcplab.readAllStandardOutput()).object();
        return tcplab.exitCode();
    }

    QString agentCache() const
    {
        return m_sshd->path("cache") + QStringLiteral("/tcplab");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray missing = Sshd::whyUnavailable();
        if (!missing.isEmpty())
            QSKIP(missing.constData());
        m_sshd = std::make_unique<Sshd>();
        QString error;
        QVERIFY2(m_sshd->prepare(&error), qPrintable(error));
        QVERIFY2(m_sshd->start(), m_sshd->log.constData());
    }

    void cleanupTestCase()
    {
        m_sshd.reset();
    }

    // The same spec twice: across "hosts" through sshd, and in the sandbox with this host's
    // settings. Both must match the kernel model (no differences), and so each other.
    void matchesSandboxRun()
    {
        const QStringList spec{QStringLiteral("--backlog"),
                               QStringLiteral("10"),
                               QStringLiteral("--clients"),
                               QStringLiteral("100"),
                               QStringLiteral("--observe"),
                               QString::number(kObserveS),
                               QStringLiteral("--json")};
        QJsonObject remoteResult;
        QByteArray errors;
        QCOMPARE(runExperiment(spec + sshOptions(), &remoteResult, &errors), 0);
        QVERIFY2(!remoteResult.isEmpty(), errors.constData());
        QElapsedTimer ending;
        ending.start();
        QCOMPARE(survivorsFrom(agentCache()), QList<qint64>());
        qInfo("remote agents ended %lld ms after tcplab", qint64(ending.elapsed()));

        // The sandbox under the settings the remote run found on the host.
        const QJsonObject settings = remoteResult.value(QStringLiteral("settings")).toObject();
        QStringList sandboxSpec = spec;
        const std::pair<const char *, const char *> options[] = {
            {"somaxconn", "net/core/somaxconn"},
            {"max-syn-backlog", "net/ipv4/tcp_max_syn_backlog"},
            {"syncookies", "net/ipv4/tcp_syncookies"},
            {"abort-on-overflow", "net/ipv4/tcp_abort_on_overflow"},
            {"synack-retries", "net/ipv4/tcp_synack_retries"},
            {"syn-retries", "net/ipv4/tcp_syn_retries"},
        };
        for (const auto &[option, name] : options) {
            QCOMPARE(settings.value(QLatin1String(name)).toInteger(), sysctl(name).toLongLong());
            sandboxSpec << QLatin1String("--") + QLatin1String(option) << QString::number(settings.value(QLatin1String(name)).toInteger());
        }
        QJsonObject sandboxResult;
        QCOMPARE(runExperiment(sandboxSpec, &sandboxResult, &errors), 0);
        QVERIFY2(!sandboxResult.isEmpty(), errors.constData());

        QCOMPARE(remoteResult.value(QStringLiteral("sandbox")).toBool(), false);
        const QJsonObject hosts = remoteResult.value(QStringLiteral("hosts")).toObject();
        QVERIFY(hosts.value(QStringLiteral("server")).toObject().value(QStringLiteral("host")).toString().contains(QLatin1String("127.0.0.1")));
        QCOMPARE(remoteResult.value(QStringLiteral("differences")).toArray(), QJsonArray());
        QCOMPARE(sandboxResult.value(QStringLiteral("differences")).toArray(), QJsonArray());
        const auto at = [](const QJsonObject &o, const char *a, const char *b) {
            return o.value(QLatin1String(a)).toObject().value(QLatin1String(b));
        };
        QCOMPARE(at(remoteResult, "server", "listen_limit"), at(sandboxResult, "server", "listen_limit"));
        QCOMPARE(at(remoteResult, "server", "states"), at(sandboxResult, "server", "states"));
        QCOMPARE(at(remoteResult, "client", "outcomes"), at(sandboxResult, "client", "outcomes"));
        QCOMPARE(at(remoteResult, "client", "outcomes").toObject().value(QStringLiteral("connected")).toInt(), 11);
        // The timeline came from the remote watcher: the server's ESTABLISHED count was seen.
        const QJsonArray timeline = remoteResult.value(QStringLiteral("timeline")).toArray();
        QVERIFY(timeline.size() >= kObserveS * 5);
    }

    // `tcplab sample --ssh HOST --mode agent|sh --json`: the same output shape as a local sample,
    // read on the remote side by each collector.
    void sampleOverSsh_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("agent") << QStringLiteral("agent");
        QTest::newRow("sh") << QStringLiteral("sh");
    }

    void sampleOverSsh()
    {
        QFETCH(QString, mode);
        const remote::SshTarget t = m_sshd->target();
        QProcess tcplab;
        tcplab.start(QStringLiteral(TCPLAB_EXECUTABLE),
                     {QStringLiteral("sample"),
                      QStringLiteral("--ssh"),
                      t.user + QStringLiteral("@[127.0.0.1]:") + QString::number(t.port),
                      QStringLiteral("--mode"),
                      mode,
                      QStringLiteral("--identity"),
                      t.identityFile,
                      QStringLiteral("--known-hosts"),
                      t.knownHostsFile,
                      QStringLiteral("--count"),
                      QStringLiteral("3"),
                      QStringLiteral("--interval"),
                      QStringLiteral("300"),
                      QStringLiteral("--json")});
        QVERIFY(tcplab.waitForFinished(60000));
        const QByteArray errors = tcplab.readAllStandardError();
        QCOMPARE(tcplab.exitCode(), 0);
        const QList<QByteArray> lines = tcplab.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray &line : lines) {
            const QJsonObject sample = QJsonDocument::fromJson(line).object();
            QVERIFY2(sample.value(QStringLiteral("counters")).toObject().contains(QStringLiteral("TcpExt.ListenOverflows")), line.constData());
            // Our own ssh connection is in the remote census.
            QVERIFY(sample.value(QStringLiteral("states")).toObject().value(QStringLiteral("ESTABLISHED")).toInt() >= 2);
            QVERIFY(!sample.value(QStringLiteral("listeners")).toArray().isEmpty());
        }
        QVERIFY2(errors.contains(mode == QLatin1String("agent") ? "tcplab-agent" : "sh collector"), errors.constData());
    }

    // Hosts that are not loopback and not added are refused before anything starts; so are
    // strings built to pass options or commands to ssh.
    void refusesUnknownAndInjectedHosts()
    {
        const QStringList spec{QStringLiteral("--backlog"), QStringLiteral("10"), QStringLiteral("--json")};
        const QStringList refused{QStringLiteral("203.0.113.7"),
                                  QStringLiteral("-oProxyCommand=touch"),
                                  QStringLiteral("host;reboot"),
                                  QStringLiteral("a b"),
                                  QStringLiteral("$(id)")};
        for (const QString &host : refused) {
            QJsonObject result;
            QByteArray errors;
            QCOMPARE(runExperiment(spec + QStringList{QStringLiteral("--server-host"), host}, &result, &errors), 2);
            QVERIFY2(!errors.trimmed().isEmpty(), qPrintable(host));
            QVERIFY(result.isEmpty());
        }
        remote::SshTarget unknown;
        unknown.host = QStringLiteral("203.0.113.7");
        QVERIFY(lab::RemoteHosts::checkAllowed(unknown, {}).contains(QLatin1String("hosts dialog")));
        QVERIFY(lab::RemoteHosts::checkAllowed(unknown, {QStringLiteral("203.0.113.7")}).isEmpty());
        QVERIFY(lab::RemoteHosts::checkAllowed(unknown, {QStringLiteral("user@203.0.113.7")}).isEmpty());
        remote::SshTarget loopback;
        loopback.host = QStringLiteral("::1");
        QVERIFY(lab::RemoteHosts::checkAllowed(loopback, {}).isEmpty());
        QVERIFY(lab::RemoteHosts::agentCommand("00", {QStringLiteral("serve"), QStringLiteral("x;y")}).isEmpty());
    }

    // tcplab killed with SIGKILL in the middle of a remote run: ssh dies with it (parent-death
    // signal), the remote wrapper sees its input close and stops the agents.
    void killedTcplabLeavesNoRemoteAgent()
    {
        QProcess tcplab;
        tcplab.start(QStringLiteral(TCPLAB_EXECUTABLE),
                     QStringList{QStringLiteral("experiment"),
                                 QStringLiteral("--backlog"),
                                 QStringLiteral("10"),
                                 QStringLiteral("--clients"),
                                 QStringLiteral("50"),
                                 QStringLiteral("--observe"),
                                 QStringLiteral("20")}
                         + sshOptions());
        QVERIFY(tcplab.waitForStarted());
        QDeadlineTimer deadline(30000);
        while (processesRunningFrom(agentCache()).size() < 3 && !deadline.hasExpired())
            QTest::qWait(100); // the watcher, the server, the clients
        QVERIFY2(processesRunningFrom(agentCache()).size() >= 3, tcplab.readAllStandardError().constData());
        ::kill(pid_t(tcplab.processId()), SIGKILL);
        tcplab.waitForFinished();
        QCOMPARE(survivorsFrom(agentCache()), QList<qint64>());
    }
};

QTEST_GUILESS_MAIN(RemoteExperimentTest)
#include "remoteexperiment_test.moc"
