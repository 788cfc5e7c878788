// SPDX-License-Identifier: GPL-3.0-or-later
// The SSH source against a real sshd that this test starts on 127.0.0.1 with its own host key,
// user key, authorized_keys and known_hosts in a temporary directory: counters that agree with a
// local read of the same machine, twenty restarts of sshd in a row, and host keys that are
// unknown or changed.
#include "../common/sshd.h"
#include "remote/hostprobe.h"
#include "remote/sshsource.h"
#include "series/ratesample.h"
#include "sockets/socketcensus.h"
#include "sources/localcountersource.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

using namespace tcplab;
using namespace tcplab::remote;
using State = SshSource::State;

using namespace tcplab::testing;

class RemoteSshSourceTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Sshd> m_sshd;

    SshTarget target() const
    {
        return m_sshd->target();
    }

    static QString agentPath()
    {
        return QStringLiteral(TCPLAB_BINARY_DIR "/bin/tcplab-agent");
    }

    // Rows for the tests that run in both collection modes.
    static void modeRows()
    {
        QTest::addColumn<SshSource::Mode>("mode");
        QTest::newRow("sh") << SshSource::Mode::Sh;
        QTest::newRow("agent") << SshSource::Mode::Agent;
    }

    // A source in the row's mode, with the agent of this build.
    std::unique_ptr<SshSource> makeSource(SshSource::Mode mode) const
    {
        auto source = std::make_unique<SshSource>(target());
        source->setMode(mode);
        source->setAgentPath(agentPath());
        return source;
    }

    QString agentCacheDirectory() const
    {
        return m_sshd->path("cache") + QStringLiteral("/tcplab");
    }

    static bool waitForState(SshSource *source, State state, int timeoutMs = 20000)
    {
        QSignalSpy spy(source, &SshSource::stateChanged);
        if (source->state() == state)
            return true;
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (!spy.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
            for (const auto &arguments : std::as_const(spy)) {
                if (arguments.at(0).value<State>() == state)
                    return true;
            }
            spy.clear();
        }
        return source->state() == state;
    }

    static bool waitForFrameAfter(SshSource *source, qint64 uptimeNs, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        QSignalSpy spy(source, &SshSource::frameReceived);
        while (!deadline.hasExpired()) {
            if (!spy.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return false;
            const CounterSnapshot snapshot = source->read();
            if (snapshot.errors.isEmpty() && source->lastFrameUptimeNs() >= uptimeNs)
                return true;
        }
        return false;
    }

    static qint64 localUptimeNs()
    {
        const QByteArray text = readFile(QStringLiteral("/proc/uptime"));
        const QByteArray seconds = text.left(text.indexOf(' '));
        const qsizetype dot = seconds.indexOf('.');
        return seconds.left(dot).toLongLong() * 1000000000 + seconds.mid(dot + 1).leftJustified(9, '0').toLongLong();
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

    void init()
    {
        if (m_sshd->process.state() == QProcess::NotRunning) {
            m_sshd->trustCurrentHostKey();
            QVERIFY2(m_sshd->start(), m_sshd->log.constData());
        }
    }

    // Every counter the remote read lies between two local reads taken before and after it,
    // on the same machine: no tolerance is needed, only the order. The order comes from
    // /proc/uptime, the clock the collector stamps frames with: a frame whose stamp is at least
    // one tick (10 ms) after the first local read was read after it. Gauges (Tcp.CurrEstab ...)
    // may go either way and are left out.
    void agreesWithLocalRead_data()
    {
        modeRows();
    }
    void agreesWithLocalRead()
    {
        QFETCH(SshSource::Mode, mode);
        auto owned = makeSource(mode);
        SshSource &source = *owned;
        source.setFrameIntervalMs(200);
        source.start();
        QVERIFY2(waitForState(&source, State::Streaming), qPrintable(source.stateMessage()));
        QCOMPARE(source.activeMode(), mode);

        LocalCounterSource local;
        const CounterSnapshot before = local.read();
        const qint64 uptime = localUptimeNs() + 10000000;
        QVERIFY(waitForFrameAfter(&source, uptime));
        const CounterSnapshot remote = source.read();
        const CounterSnapshot after = local.read();
        QVERIFY2(remote.errors.isEmpty(), qPrintable(remote.errors.join(QLatin1Char('\n'))));

        QCOMPARE(remote.netstat.keys(), before.netstat.keys());
        int compared = 0;
        for (const QString &key : remote.netstat.keys()) {
            if (isGauge(key))
                continue;
            const qint64 value = remote.netstat.value(key);
            QVERIFY2(before.netstat.value(key) <= value && value <= after.netstat.value(key),
                     qPrintable(QStringLiteral("%1: %2 not in [%3, %4]").arg(key).arg(value).arg(before.netstat.value(key)).arg(after.netstat.value(key))));
            ++compared;
        }
        QVERIFY(compared > 50);
        QCOMPARE(remote.interfaces.size(), before.interfaces.size());
        for (qsizetype i = 0; i < remote.interfaces.size(); ++i) {
            QCOMPARE(remote.interfaces[i].name, before.interfaces[i].name);
            QVERIFY(before.interfaces[i].rxBytes <= remote.interfaces[i].rxBytes);
            QVERIFY(remote.interfaces[i].rxBytes <= after.interfaces[i].rxBytes);
        }
        QCOMPARE(remote.cpu.perCpu.size(), before.cpu.perCpu.size());
        QVERIFY(before.cpu.total.total() <= remote.cpu.total.total());
        QVERIFY(remote.cpu.total.total() <= after.cpu.total.total());
        // The census comes from the remote's `ss -tan`: our own ssh connection is in it.
        QVERIFY2(source.lastCensus().ok(), qPrintable(source.lastCensus().error));
        QVERIFY(source.lastCensus().counts[procfs::TcpState::Established] >= 2);
        // Points land on this machine's clock, within the link's delay of the arrival.
        QVERIFY(qAbs(remote.monotonicNs - monotonicNowNs()) < 5000000000LL);
    }

    // A counter made to move by a known amount: N loopback connections raise Tcp.ActiveOpens by at
    // least N between two frames (other programs may open more, never fewer).
    void countsKnownConnections_data()
    {
        modeRows();
    }
    void countsKnownConnections()
    {
        QFETCH(SshSource::Mode, mode);
        auto owned = makeSource(mode);
        SshSource &source = *owned;
        source.setFrameIntervalMs(200);
        source.start();
        QVERIFY(waitForState(&source, State::Streaming));
        QVERIFY(waitForFrameAfter(&source, 0));
        const qint64 opensBefore = source.read().netstat.value(QStringLiteral("Tcp.ActiveOpens"));

        constexpr int kConnections = 25;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        for (int i = 0; i < kConnections; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
            QVERIFY(socket.waitForConnected(5000));
        }
        QVERIFY(waitForFrameAfter(&source, localUptimeNs() + 10000000));
        const qint64 opensAfter = source.read().netstat.value(QStringLiteral("Tcp.ActiveOpens"));
        QVERIFY2(opensAfter - opensBefore >= kConnections, qPrintable(QStringLiteral("%1 -> %2").arg(opensBefore).arg(opensAfter)));
    }

    // sshd and its connection killed mid-stream twenty times in a row; each time the source says
    // it is reconnecting, a gap (an empty snapshot with a reason) rather than old numbers is read
    // once the stall timeout passes, and streaming resumes once sshd is back.
    void recoversFromKilledSshd_data()
    {
        modeRows();
    }
    void recoversFromKilledSshd()
    {
        QFETCH(SshSource::Mode, mode);
        auto owned = makeSource(mode);
        SshSource &source = *owned;
        source.setFrameIntervalMs(100);
        source.setBackoff(50, 400);
        source.start();
        QVERIFY2(waitForState(&source, State::Streaming), qPrintable(source.stateMessage()));
        QSignalSpy states(&source, &SshSource::stateChanged);
        for (int round = 0; round < 20; ++round) {
            const quint64 frames = source.framesReceived();
            m_sshd->kill();
            QVERIFY2(waitForState(&source, State::Reconnecting), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(source.stateMessage())));
            QVERIFY2(m_sshd->start(), m_sshd->log.constData());
            QVERIFY2(waitForState(&source, State::Streaming, 30000), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(source.stateMessage())));
            QVERIFY(source.framesReceived() > frames);
            QVERIFY(source.read().errors.isEmpty());
        }
        for (const auto &arguments : std::as_const(states))
            QVERIFY(arguments.at(0).value<State>() != State::Failed);
        QVERIFY(source.connectionAttempts() >= 21);
    }

    // No known_hosts entry: refused at once, said as such, and not retried.
    void unknownHostKeyIsRefused()
    {
        SshTarget t = target();
        t.knownHostsFile = m_sshd->path("empty_known_hosts");
        writeFile(t.knownHostsFile, QByteArray());
        SshSource source(t);
        source.start();
        QVERIFY(waitForState(&source, State::Failed));
        QVERIFY2(source.stateMessage().contains(QLatin1String("is not known")), qPrintable(source.stateMessage()));
        QCOMPARE(source.connectionAttempts(), 1);
        QVERIFY(!source.read().errors.isEmpty());
    }

    // The host key changes (a reinstalled host, or someone in the middle): refused, clearly.
    void changedHostKeyIsRefused()
    {
        m_sshd->kill();
        QString error;
        QVERIFY2(m_sshd->keygen("host_key", &error), qPrintable(error));
        QVERIFY2(m_sshd->start(), m_sshd->log.constData()); // known_hosts still holds the old key
        SshSource source(target());
        source.start();
        QVERIFY(waitForState(&source, State::Failed));
        QVERIFY2(source.stateMessage().contains(QLatin1String("has changed")), qPrintable(source.stateMessage()));
        QCOMPARE(source.connectionAttempts(), 1);
        QCOMPARE(source.framesReceived(), 0u);
        m_sshd->trustCurrentHostKey(); // the user checked the new key; later tests connect
    }

    // A host that says nothing after connecting (stopped with SIGSTOP) is reported as stalled
    // and then retried.
    void stalledHostIsReported()
    {
        SshSource source(target());
        source.setFrameIntervalMs(100);
        source.setStallTimeoutMs(1000);
        source.setBackoff(50, 200);
        source.start();
        QVERIFY(waitForState(&source, State::Streaming));
        const pid_t pid = pid_t(m_sshd->process.processId());
        const QList<pid_t> children = descendantsOf(pid);
        for (pid_t child : children)
            ::kill(child, SIGSTOP);
        QVERIFY(waitForState(&source, State::Stalled, 10000));
        QVERIFY(!source.read().errors.isEmpty() || source.state() != State::Streaming);
        for (pid_t child : children)
            ::kill(child, SIGCONT);
        QVERIFY(waitForState(&source, State::Streaming, 20000));
    }

    // A listener with a known backlog and connections nobody accepts: the remote census shows
    // its accept queue and limit exactly as the local netlink census does, in both modes.
    void listenerQueuesMatchLocalCensus_data()
    {
        modeRows();
    }
    void listenerQueuesMatchLocalCensus()
    {
        QFETCH(SshSource::Mode, mode);
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(listener >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 7), 0);
        socklen_t length = sizeof address;
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
        const quint16 port = ntohs(address.sin_port);
        std::vector<int> clients;
        for (int i = 0; i < 3; ++i) {
            const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            QCOMPARE(::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
            clients.push_back(client);
        }
        auto owned = makeSource(mode);
        owned->setFrameIntervalMs(200);
        owned->start();
        QVERIFY2(waitForState(owned.get(), State::Streaming), qPrintable(owned->stateMessage()));
        QVERIFY(waitForFrameAfter(owned.get(), localUptimeNs() + 10000000));
        const sockets::Census remote = owned->lastCensus();
        QVERIFY2(remote.ok(), qPrintable(remote.error));
        sockets::SocketCensus localCensus;
        const sockets::Census local = localCensus.take({sockets::CensusDetail::Listeners, {}, true, true});
        QVERIFY2(local.ok(), qPrintable(local.error));
        const auto find = [port](const sockets::Census &census) -> const sockets::ListenerQueue * {
            for (const auto &l : census.listeners) {
                if (l.local.port == port)
                    return &l;
            }
            return nullptr;
        };
        const sockets::ListenerQueue *r = find(remote);
        const sockets::ListenerQueue *l = find(local);
        QVERIFY(r && l);
        QCOMPARE(r->acceptQueue, 3u);
        QCOMPARE(r->acceptQueueLimit, 7u);
        QCOMPARE(r->acceptQueue, l->acceptQueue);
        QCOMPARE(r->acceptQueueLimit, l->acceptQueueLimit);
        QCOMPARE(r->local.toString(), l->local.toString());
        QCOMPARE(remote.listeners.size(), local.listeners.size());
        for (int client : clients)
            ::close(client);
        ::close(listener);
    }

    // The agent is copied once into a directory only the remote user can enter, under its SHA-256;
    // the next connection finds it intact and copies nothing.
    void agentIsCopiedOnceWithPrivateMode()
    {
        QDir(agentCacheDirectory()).removeRecursively();
        auto first = makeSource(SshSource::Mode::Agent);
        first->start();
        QVERIFY2(waitForState(first.get(), State::Streaming), qPrintable(first->stateMessage()));
        QCOMPARE(first->agentUploads(), 1);
        first->stop();
        const QStringList files = QDir(agentCacheDirectory()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 1);
        const QString copy = agentCacheDirectory() + QLatin1Char('/') + files.first();
        QFile local(agentPath());
        QVERIFY(local.open(QIODevice::ReadOnly));
        const QByteArray hash = QCryptographicHash::hash(local.readAll(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(files.first(), QLatin1String("tcplab-agent-") + QLatin1String(hash));
        QCOMPARE(QFile::permissions(agentCacheDirectory()) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(copy) & 0x0077, QFileDevice::Permissions());

        auto second = makeSource(SshSource::Mode::Agent);
        second->start();
        QVERIFY2(waitForState(second.get(), State::Streaming), qPrintable(second->stateMessage()));
        QCOMPARE(second->agentUploads(), 0);
    }

    // A copy changed on the remote host (same name, other bytes) is never run: its hash does not
    // match, so a fresh copy replaces it before the agent starts.
    void changedAgentCopyIsReplaced()
    {
        auto first = makeSource(SshSource::Mode::Agent);
        first->start();
        QVERIFY2(waitForState(first.get(), State::Streaming), qPrintable(first->stateMessage()));
        first->stop();
        const QStringList files = QDir(agentCacheDirectory()).entryList({QStringLiteral("tcplab-agent-*")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString copy = agentCacheDirectory() + QLatin1Char('/') + files.first();
        // Replaced, not written in place: the first agent may still be running from it.
        QVERIFY(QFile::remove(copy));
        QVERIFY(writeFile(copy, "#!/bin/sh\necho =tcplab-frame-begin 1 1.0\n"));
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        auto second = makeSource(SshSource::Mode::Agent);
        second->start();
        QVERIFY2(waitForState(second.get(), State::Streaming), qPrintable(second->stateMessage()));
        QCOMPARE(second->agentUploads(), 1);
        QFile local(agentPath());
        QVERIFY(local.open(QIODevice::ReadOnly));
        QCOMPARE(QFileInfo(copy).size(), local.size());
    }

    // A host the agent was not built for: Auto reads it with the sh collector on the same link,
    // Agent refuses with the reason. The remote's uname is faked through the machine string the
    // command compares against.
    void unsuitableHostFallsBackToSh()
    {
        const QString command = SshSource::agentRemoteCommand("00", QStringLiteral("Linux nosuchmachine"), 200, true);
        QVERIFY(!command.mid(7, command.size() - 8).contains(QLatin1Char('\'')));
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), command.mid(7, command.size() - 8)});
        QVERIFY(sh.waitForStarted());
        ShFrameReader reader;
        QDeadlineTimer deadline(10000);
        QStringList notices;
        QList<ShFrame> frames;
        while (frames.isEmpty() && !deadline.hasExpired()) {
            sh.waitForReadyRead(1000);
            reader.feed(sh.readAllStandardOutput());
            notices += reader.takeNotices();
            frames += reader.takeFrames();
        }
        sh.kill();
        sh.waitForFinished();
        QVERIFY(!frames.isEmpty());
        QVERIFY(!frames.first().hasCensus); // the sh collector: ss -tan
        QCOMPARE(notices.value(0).section(QLatin1Char(' '), 0, 0), QStringLiteral("agent-unsuitable"));
        QCOMPARE(notices.value(0).section(QLatin1Char(' '), 1), SshSource::localMachine());
    }

    // The hosts dialog's Test: one reading, said in a sentence; an unknown host key says so.
    void probeReportsReadingOrFailure()
    {
        HostProbe probe;
        probe.setAgentPath(agentPath());
        QSignalSpy done(&probe, &HostProbe::finished);
        probe.startSsh(target());
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(done.first().at(1).toString().contains(QLatin1String("TCP sockets")));
        done.clear();
        SshTarget unknown = target();
        unknown.knownHostsFile = m_sshd->path("empty_known_hosts");
        writeFile(unknown.knownHostsFile, QByteArray());
        probe.startSsh(unknown);
        QVERIFY(done.wait(30000));
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY2(done.first().at(1).toString().contains(QLatin1String("is not known")), qPrintable(done.first().at(1).toString()));
        done.clear();
        probe.start(QStringLiteral("ssh:-oProxyCommand=x"));
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().at(0).toBool());
    }

    // Auto on a host that can run the agent uses it; with no agent to copy it reads with sh.
    void autoModeChoosesAgentWhereItCan()
    {
        auto withAgent = makeSource(SshSource::Mode::Auto);
        withAgent->start();
        QVERIFY2(waitForState(withAgent.get(), State::Streaming), qPrintable(withAgent->stateMessage()));
        QCOMPARE(withAgent->activeMode(), SshSource::Mode::Agent);
        QVERIFY(withAgent->stateMessage().contains(QLatin1String("tcplab-agent")));

        auto without = makeSource(SshSource::Mode::Auto);
        without->setAgentPath(m_sshd->path("no-such-agent"));
        without->start();
        QVERIFY2(waitForState(without.get(), State::Streaming), qPrintable(without->stateMessage()));
        QCOMPARE(without->activeMode(), SshSource::Mode::Sh);

        auto forced = makeSource(SshSource::Mode::Agent);
        forced->setAgentPath(m_sshd->path("no-such-agent"));
        forced->start();
        QVERIFY(waitForState(forced.get(), State::Failed));
        QVERIFY2(forced->stateMessage().contains(QLatin1String("no-such-agent")), qPrintable(forced->stateMessage()));
    }
};

QTEST_GUILESS_MAIN(RemoteSshSourceTest)
#include "remotesshsource_test.moc"
