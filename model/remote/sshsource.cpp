// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshsource.h"

#include "sources/localcountersource.h"

#include <utility>

namespace tcplab::remote {

namespace {
constexpr qsizetype kMaxStderrBytes = 64 * 1024;
}

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
    m_running = false;
    discardProcess();
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
    process->start(SshCommand::program(),
                   SshCommand::arguments(m_target, ShCollector::remoteCommand(m_frameIntervalMs)));
    process->closeWriteChannel();
}

void SshSource::onReadyRead()
{
    if (!m_process)
        return;
    m_reader.feed(m_process->readAllStandardOutput());
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
    setState(State::Streaming, tr("Streaming from %1").arg(m_target.destination()));
    Q_EMIT frameReceived(frame.sequence);
}

void SshSource::onStall()
{
    if (!m_running)
        return;
    m_stalled = true;
    setState(State::Stalled,
             tr("No counters from %1 for %2 s").arg(m_target.destination()).arg(m_stallTimeoutMs / 1000.0, 0, 'f', 1));
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
        empty.errors.append(m_stateMessage.isEmpty() ? tr("No counters from %1 yet").arg(m_target.destination())
                                                     : m_stateMessage);
    else
        empty.errors.append(tr("No counters from %1 for %2 s (%3)")
                                .arg(m_target.destination())
                                .arg((now - m_latestLocalNs) / 1000000000)
                                .arg(stateName(m_state)));
    return empty;
}

} // namespace tcplab::remote
