// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshsource.h"

#include "sources/localcountersource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <utility>

#include <sys/utsname.h>

namespace tcplab::remote
{

namespace
{
constexpr qsizetype kMaxStderrBytes = 64 * 1024;
constexpr qint64 kMaxAgentBytes = 64 * 1024 * 1024;

// Where the agent lives on the remote host: the user's cache, in a directory only they can read.
// No single quote in any of these scripts: they go inside sh -c '...'.
const char kAgentDirectory[] = "d=\"${XDG_CACHE_HOME:-$HOME/.cache}/tcplab\"; ";
} // namespace

SshSource::SshSource(SshTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
{
    m_stallTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &SshSource::onStall);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SshSource::connectNow);
}

SshSource::~SshSource()
{
    stop();
}

QString SshSource::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Auto:
        return QStringLiteral("auto");
    case Mode::Agent:
        return QStringLiteral("agent");
    case Mode::Sh:
        return QStringLiteral("sh");
    }
    return {};
}

bool SshSource::parseMode(const QString &text, Mode *mode)
{
    for (Mode m : {Mode::Auto, Mode::Agent, Mode::Sh}) {
        if (text == modeName(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString SshSource::localMachine()
{
    utsname name{};
    if (::uname(&name) != 0)
        return QStringLiteral("Linux unknown");
    return QString::fromLatin1(name.sysname) + QLatin1Char(' ') + QString::fromLatin1(name.machine);
}

QString SshSource::agentRemoteCommand(const QByteArray &sha256, const QString &machine, int intervalMs, bool fallback, quint16 port)
{
    // The remote says what it found on a line of its own ("=tcplab-agent-..."), outside frames.
    // The hash is checked before every start, so a file changed in the cache is never run.
    const QString file = QLatin1String("f=\"$d/tcplab-agent-") + QLatin1String(sha256) + QLatin1String("\"; ");
    QString interval = QString::number(qBound(100, intervalMs, 60000));
    if (port > 0)
        interval += QLatin1String(" --port ") + QString::number(port);
    const QString otherwise = fallback ? ShCollector::script(intervalMs) : QStringLiteral("exit 0");
    return QLatin1String("sh -c '") + QLatin1String(kAgentDirectory) + file
        + QLatin1String(
               "m=\"$(uname -s) $(uname -m)\"; "
               "if [ \"$m\" != \"")
        + machine + QLatin1String("\" ]; then echo \"=tcplab-agent-unsuitable $m\"; ") + otherwise
        + QLatin1String("; elif [ -x \"$f\" ] && [ \"$(sha256sum < \"$f\" 2>/dev/null | cut -c1-64)\" = \"") + QLatin1String(sha256)
        + QLatin1String("\" ]; then \"$f\" watch --interval-ms ") + interval
        + QLatin1String(" 2>/dev/null; echo \"=tcplab-agent-ended $?\"; else echo =tcplab-agent-missing; fi'");
}

QString SshSource::uploadRemoteCommand(const QByteArray &sha256)
{
    const QString hash = QLatin1String(sha256);
    // umask 077: the directory and the file are the user's alone. The copy is checked before it
    // takes the agent's name, and copies of other versions are removed.
    return QLatin1String("sh -c 'umask 077; ") + QLatin1String(kAgentDirectory)
        + QLatin1String(
               "mkdir -p \"$d\" && chmod 700 \"$d\" || exit 3; t=\"$d/.upload.$$\"; "
               "cat > \"$t\" || { rm -f \"$t\"; exit 3; }; "
               "if [ \"$(sha256sum < \"$t\" 2>/dev/null | cut -c1-64)\" = \"")
        + hash + QLatin1String("\" ]; then chmod 700 \"$t\" && mv -f \"$t\" \"$d/tcplab-agent-") + hash
        + QLatin1String("\" || exit 3; for o in \"$d\"/tcplab-agent-*; do [ \"$o\" = \"$d/tcplab-agent-") + hash
        + QLatin1String(
               "\" ] || rm -f \"$o\"; done; echo =tcplab-agent-installed; exit 0; fi; "
               "rm -f \"$t\"; echo =tcplab-agent-hash-mismatch; exit 4'");
}

void SshSource::setAgentPath(const QString &path)
{
    m_agentPath = path;
    m_agentBinary.clear();
    m_agentSha256.clear();
}

bool SshSource::loadAgent(QString *error)
{
    if (!m_agentSha256.isEmpty())
        return true;
    const QString path = m_agentPath.isEmpty() ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tcplab-agent")) : m_agentPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxAgentBytes) {
        *error = tr("tcplab-agent cannot be read at %1: %2").arg(path, file.errorString());
        return false;
    }
    m_agentBinary = file.readAll();
    m_agentSha256 = QCryptographicHash::hash(m_agentBinary, QCryptographicHash::Sha256).toHex();
    return true;
}

void SshSource::fallBackToSh(const QString &reason)
{
    m_agentRefused = true;
    m_activeMode = Mode::Sh;
    setState(State::Connecting, tr("%1; reading %2 with the portable sh collector instead").arg(reason, m_target.destination()));
}

void SshSource::onNotice(const QString &notice)
{
    if (notice.startsWith(QLatin1String("agent-unsuitable"))) {
        const QString machine = notice.section(QLatin1Char(' '), 1);
        const QString reason = tr("tcplab-agent is built for %1, %2 is %3").arg(localMachine(), m_target.destination(), machine);
        if (m_mode == Mode::Agent) {
            m_running = false;
            discardProcess();
            m_stallTimer.stop();
            setState(State::Failed, reason);
            return;
        }
        // The same link goes on with the sh collector (the remote command falls back itself).
        m_agentRefused = true;
        m_activeMode = Mode::Sh;
        setState(State::Connecting, tr("%1; reading it with the portable sh collector").arg(reason));
    } else if (notice == QLatin1String("agent-missing")) {
        m_uploadPending = true; // when this link ends (at once), the agent is copied
    } else if (notice.startsWith(QLatin1String("agent-ended"))) {
        const QString status = notice.section(QLatin1Char(' '), 1);
        if (status != QLatin1String("0") && m_mode == Mode::Auto && m_activeMode == Mode::Agent && m_framesReceived == 0)
            fallBackToSh(tr("tcplab-agent could not run on %1 (exit status %2)").arg(m_target.destination(), status));
    }
}

QString SshSource::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Connecting:
        return tr("connecting");
    case State::Streaming:
        return tr("streaming");
    case State::Stalled:
        return tr("stalled");
    case State::Reconnecting:
        return tr("reconnecting");
    case State::Failed:
        return tr("failed");
    }
    return {};
}

void SshSource::setFrameIntervalMs(int intervalMs)
{
    m_frameIntervalMs = qBound(100, intervalMs, 60000);
}

void SshSource::setStallTimeoutMs(int timeoutMs)
{
    m_stallTimeoutMs = qMax(500, timeoutMs);
}

void SshSource::setBackoff(int initialMs, int maximumMs)
{
    m_initialBackoffMs = qMax(10, initialMs);
    m_maximumBackoffMs = qMax(m_initialBackoffMs, maximumMs);
    m_backoffMs = m_initialBackoffMs;
}

QString SshSource::displayName() const
{
    return m_target.destination();
}

void SshSource::start()
{
    if (m_running)
        return;
    const QString error = SshCommand::validate(m_target);
    if (!error.isEmpty()) {
        setState(State::Failed, error);
        return;
    }
    m_running = true;
    m_backoffMs = m_initialBackoffMs;
    connectNow();
}

void SshSource::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_stallTimer.stop();
    discardProcess();
    if (m_upload) {
        QProcess *upload = m_upload;
        m_upload = nullptr;
        upload->disconnect(this);
        upload->kill();
        upload->waitForFinished(2000);
        upload->deleteLater();
    }
    setState(State::Idle, {});
}

void SshSource::setState(State state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    Q_EMIT stateChanged(state, message);
}

void SshSource::discardProcess()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    // No late readyRead or finished from a link we are done with.
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(2000);
    }
    process->deleteLater();
}

void SshSource::connectNow()
{
    if (!m_running)
        return;
    discardProcess();
    m_reader.reset();
    m_stderr.clear();
    m_stalled = false;
    m_haveOffset = false;
    m_uploadPending = false;
    ++m_attempts;
    setState(State::Connecting, tr("Connecting to %1 ...").arg(m_target.destination()));

    auto *process = new QProcess(this);
    m_process = process;
    connect(process, &QProcess::readyReadStandardOutput, this, &SshSource::onReadyRead);
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_stderr.append(process->readAllStandardError());
        if (m_stderr.size() > kMaxStderrBytes)
            m_stderr = m_stderr.right(kMaxStderrBytes);
    });
    connect(process, &QProcess::finished, this, &SshSource::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes and exits arrive through finished()
        discardProcess();
        m_running = false;
        m_stallTimer.stop();
        setState(State::Failed, tr("The ssh program could not be started: is OpenSSH's client installed?"));
    });
    // The connection itself gets the stall timeout too: a host that accepts TCP and then says
    // nothing must not hold the source forever.
    m_stallTimer.start(m_stallTimeoutMs);
    QString command;
    if (m_mode == Mode::Sh || m_agentRefused) {
        m_activeMode = Mode::Sh;
        command = ShCollector::remoteCommand(m_frameIntervalMs);
    } else {
        QString error;
        if (!loadAgent(&error)) {
            if (m_mode == Mode::Agent) {
                discardProcess();
                m_running = false;
                m_stallTimer.stop();
                setState(State::Failed, error);
                return;
            }
            m_agentRefused = true;
            m_activeMode = Mode::Sh;
            command = ShCollector::remoteCommand(m_frameIntervalMs);
        } else {
            m_activeMode = Mode::Agent;
            command = agentRemoteCommand(m_agentSha256, localMachine(), m_frameIntervalMs, m_mode == Mode::Auto, m_watchPort);
        }
    }
    process->start(SshCommand::program(), SshCommand::arguments(m_target, command));
    process->closeWriteChannel();
}

void SshSource::onReadyRead()
{
    if (!m_process)
        return;
    m_reader.feed(m_process->readAllStandardOutput());
    for (const QString &notice : m_reader.takeNotices()) {
        onNotice(notice);
        if (!m_process)
            return;
    }
    const QList<ShFrame> frames = m_reader.takeFrames();
    if (frames.isEmpty())
        return;
    const qint64 now = monotonicNowNs();
    const ShFrame &frame = frames.constLast(); // older ones in the same read are superseded
    if (!m_haveOffset) {
        m_clockOffsetNs = now - frame.uptimeNs;
        m_haveOffset = true;
    }
    m_latest = snapshotFromFrame(frame);
    m_latest.snapshot.monotonicNs = frame.uptimeNs + m_clockOffsetNs;
    m_latestLocalNs = now;
    m_latestUptimeNs = frame.uptimeNs;
    m_haveFrame = true;
    m_framesReceived += quint64(frames.size());
    m_backoffMs = m_initialBackoffMs;
    m_stallTimer.start(m_stallTimeoutMs);
    setState(State::Streaming,
             m_activeMode == Mode::Agent ? tr("Streaming from %1 (tcplab-agent)").arg(m_target.destination())
                                         : tr("Streaming from %1 (sh collector)").arg(m_target.destination()));
    Q_EMIT frameReceived(frame.sequence);
}

void SshSource::onStall()
{
    if (!m_running)
        return;
    m_stalled = true;
    setState(State::Stalled, tr("No counters from %1 for %2 s").arg(m_target.destination()).arg(m_stallTimeoutMs / 1000.0, 0, 'f', 1));
    // Killing the link makes finished() arrive, which schedules the reconnection.
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
    else
        scheduleReconnect(m_stateMessage);
}

void SshSource::onFinished()
{
    if (!m_process)
        return;
    m_stderr.append(m_process->readAllStandardError());
    m_reader.feed(m_process->readAllStandardOutput());
    for (const QString &notice : m_reader.takeNotices())
        onNotice(notice);
    if (!m_process)
        return;
    const int exitCode = m_process->exitCode();
    const bool crashed = m_process->exitStatus() == QProcess::CrashExit;
    discardProcess();
    m_stallTimer.stop();
    if (!m_running)
        return;
    const SshCommand::Failure failure = SshCommand::classify(m_stderr);
    if (SshCommand::isPermanent(failure)) {
        m_running = false;
        setState(State::Failed, SshCommand::describe(failure, m_target, m_stderr));
        return;
    }
    if (m_uploadPending && failure == SshCommand::Failure::None) {
        m_uploadPending = false;
        startUpload();
        return;
    }
    QString reason;
    if (m_stalled)
        reason = m_stateMessage;
    else if (failure != SshCommand::Failure::None)
        reason = SshCommand::describe(failure, m_target, m_stderr);
    else if (crashed)
        reason = tr("ssh was killed");
    else
        reason = tr("The connection to %1 closed (exit code %2)").arg(m_target.destination()).arg(exitCode);
    scheduleReconnect(reason);
}

// Sends the agent over its own ssh link (standard input into the remote cache), then connects.
void SshSource::startUpload()
{
    if (!m_running)
        return;
    if (m_uploads >= 3) {
        // Copied three times and still not found intact: something on the host removes or
        // changes it. Do not loop.
        if (m_mode == Mode::Agent) {
            m_running = false;
            setState(State::Failed, tr("tcplab-agent was copied to %1 but is not there intact when started").arg(m_target.destination()));
            return;
        }
        fallBackToSh(tr("tcplab-agent does not stay intact on %1").arg(m_target.destination()));
        connectNow();
        return;
    }
    ++m_uploads;
    setState(State::Connecting, tr("Copying tcplab-agent (%1 KiB) to %2 ...").arg(m_agentBinary.size() / 1024).arg(m_target.destination()));
    auto *upload = new QProcess(this);
    m_upload = upload;
    connect(upload, &QProcess::errorOccurred, this, [this, upload](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_upload == upload) {
            upload->deleteLater();
            scheduleReconnect(tr("The ssh program could not be started"));
        }
    });
    connect(upload, &QProcess::finished, this, [this, upload](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = upload->readAllStandardOutput();
        const QByteArray err = upload->readAllStandardError();
        upload->deleteLater();
        if (m_upload != upload || !m_running)
            return;
        m_upload = nullptr;
        if (status == QProcess::NormalExit && exitCode == 0 && out.contains("=tcplab-agent-installed")) {
            connectNow();
            return;
        }
        const SshCommand::Failure failure = SshCommand::classify(err);
        if (SshCommand::isPermanent(failure)) {
            m_running = false;
            setState(State::Failed, SshCommand::describe(failure, m_target, err));
            return;
        }
        QString reason = out.contains("=tcplab-agent-hash-mismatch")
            ? tr("the copy of tcplab-agent on %1 does not have the right SHA-256 (is sha256sum installed?)").arg(m_target.destination())
            : tr("tcplab-agent could not be copied to %1 (exit status %2)").arg(m_target.destination()).arg(exitCode);
        if (m_mode == Mode::Agent) {
            m_running = false;
            setState(State::Failed, reason);
            return;
        }
        fallBackToSh(reason);
        connectNow();
    });
    upload->start(SshCommand::program(), SshCommand::arguments(m_target, uploadRemoteCommand(m_agentSha256)));
    upload->write(m_agentBinary);
    upload->closeWriteChannel();
}

void SshSource::scheduleReconnect(const QString &reason)
{
    if (!m_running)
        return;
    const int waitMs = m_backoffMs;
    m_backoffMs = qMin(m_maximumBackoffMs, m_backoffMs * 2);
    setState(State::Reconnecting, tr("%1; reconnecting in %2 s").arg(reason).arg(waitMs / 1000.0, 0, 'f', 1));
    m_reconnectTimer.start(waitMs);
}

CounterSnapshot SshSource::read()
{
    const qint64 now = monotonicNowNs();
    if (m_haveFrame && now - m_latestLocalNs <= qint64(m_stallTimeoutMs) * 1000000)
        return m_latest.snapshot;
    CounterSnapshot empty;
    empty.monotonicNs = now;
    if (!m_haveFrame)
        empty.errors.append(m_stateMessage.isEmpty() ? tr("No counters from %1 yet").arg(m_target.destination()) : m_stateMessage);
    else
        empty.errors.append(
            tr("No counters from %1 for %2 s (%3)").arg(m_target.destination()).arg((now - m_latestLocalNs) / 1000000000).arg(stateName(m_state)));
    return empty;
}

} // namespace tcplab::remote
