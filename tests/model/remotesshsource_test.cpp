// SPDX-License-Identifier: GPL-3.0-or-later
// The SSH source against a real sshd that this test starts on 127.0.0.1 with its own host key,
// user key, authorized_keys and known_hosts in a temporary directory: counters that agree with a
// local read of the same machine, twenty restarts of sshd in a row, and host keys that are
// unknown or changed.
#include "remote/sshsource.h"
#include "series/ratesample.h"
#include "sources/localcountersource.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace tcplab;
using namespace tcplab::remote;
using State = SshSource::State;

namespace {

const QString kSshd = QStringLiteral("/usr/sbin/sshd");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Every process whose parent chain leads to `root` (sshd's connection and session children,
// the remote shell, cat, sleep), found through /proc.
QList<pid_t> descendantsOf(pid_t root)
{
    QHash<pid_t, pid_t> parents;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        const QByteArray status = readFile(QLatin1String("/proc/") + entry + QLatin1String("/status"));
        const qsizetype at = status.indexOf("\nPPid:");
        if (at >= 0)
            parents.insert(pid, status.mid(at + 6, status.indexOf('\n', at + 1) - at - 6).trimmed().toInt());
    }
    QList<pid_t> result;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        for (pid_t p = it.value(), hops = 0; p > 1 && hops < 64; p = parents.value(p), ++hops) {
            if (p == root) {
                result.append(it.key());
                break;
            }
        }
    }
    return result;
}

// A private sshd: its files live in a temporary directory and it is stopped by PID.
class Sshd
{
public:
    QTemporaryDir dir;
    quint16 port = 0;
    QProcess process;
    QByteArray log;

    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    bool keygen(const char *name, QString *error)
    {
        QFile::remove(path(name));
        QFile::remove(path(name) + QLatin1String(".pub"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                     QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                                                     path(name) });
        if (!keygen.waitForFinished(20000) || keygen.exitCode() != 0) {
            *error = QString::fromLocal8Bit(keygen.readAllStandardError());
            return false;
        }
        return true;
    }

    // Host and user keys, authorized_keys, known_hosts recording the host key, and the config.
    bool prepare(QString *error)
    {
        port = freePort();
        if (!keygen("host_key", error) || !keygen("user_key", error))
            return false;
        writeFile(path("authorized_keys"), readFile(path("user_key.pub")));
        trustCurrentHostKey();
        const QByteArray config = "Port " + QByteArray::number(port) + "\nListenAddress 127.0.0.1\n" + "HostKey "
            + path("host_key").toLocal8Bit() + "\nAuthorizedKeysFile " + path("authorized_keys").toLocal8Bit()
            + "\nPidFile " + path("sshd.pid").toLocal8Bit()
            + "\nPermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
              "UsePAM no\nStrictModes no\nPrintMotd no\nLogLevel INFO\n";
        return writeFile(path("sshd_config"), config);
    }

    void trustCurrentHostKey()
    {
        const QList<QByteArray> words = readFile(path("host_key.pub")).split(' ');
        writeFile(path("known_hosts"), "[127.0.0.1]:" + QByteArray::number(port) + ' ' + words.value(0) + ' '
                      + words.value(1) + '\n');
    }

    // Starts sshd and waits until it listens (it says so on stderr with -e).
    bool start()
    {
        log.clear();
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.setReadChannel(QProcess::StandardError); // waitForReadyRead() watches this one
        process.start(kSshd, { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), path("sshd_config") });
        if (!process.waitForStarted(10000))
            return false;
        while (!log.contains("Server listening on")) {
            if (!process.waitForReadyRead(10000))
                return false;
            log += process.readAllStandardError();
        }
        return true;
    }

    // SIGKILL to sshd and every process below it: the established connection dies too, as when
    // the host goes away.
    void kill()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        const pid_t pid = pid_t(process.processId());
        ::kill(pid, SIGSTOP); // no new children while we look
        for (pid_t child : descendantsOf(pid))
            ::kill(child, SIGKILL);
        ::kill(pid, SIGKILL);
        process.waitForFinished(10000);
        log += process.readAllStandardError();
    }

    ~Sshd() { kill(); }
};

} // namespace

class RemoteSshSourceTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Sshd> m_sshd;

    SshTarget target() const
    {
        SshTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = m_sshd->port;
        t.user = QString::fromLocal8Bit(qgetenv("USER"));
        if (t.user.isEmpty())
            t.user = QStringLiteral("root");
        t.identityFile = m_sshd->path("user_key");
        t.knownHostsFile = m_sshd->path("known_hosts");
        return t;
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
        if (!QFile::exists(kSshd))
            QSKIP("sshd is not installed (openssh-server, in TCPLAB_TEST_PACKAGES of scripts/packages.sh)");
        if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
            QSKIP("ssh is not installed (openssh-client, in TCPLAB_TEST_PACKAGES of scripts/packages.sh)");
        if (::geteuid() != 0)
            QSKIP("sshd on a private port needs root here (it logs the test user in with its own keys)");
        // sshd's privilege separation directory; the package's service would make it.
        QDir().mkpath(QStringLiteral("/run/sshd"));
        m_sshd = std::make_unique<Sshd>();
        QString error;
        QVERIFY2(m_sshd->prepare(&error), qPrintable(error));
        QVERIFY2(m_sshd->start(), m_sshd->log.constData());
    }

    void cleanupTestCase() { m_sshd.reset(); }

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
    void agreesWithLocalRead()
    {
        SshSource source(target());
        source.setFrameIntervalMs(200);
        source.start();
        QVERIFY2(waitForState(&source, State::Streaming), qPrintable(source.stateMessage()));

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
                     qPrintable(QStringLiteral("%1: %2 not in [%3, %4]")
                                    .arg(key)
                                    .arg(value)
                                    .arg(before.netstat.value(key))
                                    .arg(after.netstat.value(key))));
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
    void countsKnownConnections()
    {
        SshSource source(target());
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
        QVERIFY2(opensAfter - opensBefore >= kConnections,
                 qPrintable(QStringLiteral("%1 -> %2").arg(opensBefore).arg(opensAfter)));
    }

    // sshd and its connection killed mid-stream twenty times in a row; each time the source says
    // it is reconnecting, a gap (an empty snapshot with a reason) rather than old numbers is read
    // once the stall timeout passes, and streaming resumes once sshd is back.
    void recoversFromKilledSshd()
    {
        SshSource source(target());
        source.setFrameIntervalMs(100);
        source.setBackoff(50, 400);
        source.start();
        QVERIFY2(waitForState(&source, State::Streaming), qPrintable(source.stateMessage()));
        QSignalSpy states(&source, &SshSource::stateChanged);
        for (int round = 0; round < 20; ++round) {
            const quint64 frames = source.framesReceived();
            m_sshd->kill();
            QVERIFY2(waitForState(&source, State::Reconnecting),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(source.stateMessage())));
            QVERIFY2(m_sshd->start(), m_sshd->log.constData());
            QVERIFY2(waitForState(&source, State::Streaming, 30000),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(source.stateMessage())));
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
};

QTEST_GUILESS_MAIN(RemoteSshSourceTest)
#include "remotesshsource_test.moc"
