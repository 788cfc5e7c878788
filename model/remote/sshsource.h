// SPDX-License-Identifier: GPL-3.0-or-later
// Counters of a remote host over SSH: one long-running `ssh` whose remote command prints a frame
// every interval, either from tcplab-agent (copied to the remote user's cache and checked by its
// SHA-256 before every start; the census through netlink) or from the portable sh collector
// (`ss -tan` for the census). The connection is kept by this object, not
// by the sampler: frames arrive on their own schedule and read() hands out the newest one, so a
// slow or dead link never blocks the sampler's thread. A stalled or dropped link is reconnected
// with backoff; a refused host key or login is not (the user must act).
#pragma once

#include "shcollector.h"
#include "sources/countersource.h"
#include "sshcommand.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace tcplab::remote
{

class SshSource : public QObject, public CounterSource
{
    Q_OBJECT
public:
    enum class State {
        Idle, // not started, or stopped
        Connecting, // ssh started, no frame yet
        Streaming, // frames arrive
        Stalled, // no frame within the stall timeout; the link is about to be restarted
        Reconnecting, // waiting out the backoff before the next attempt
        Failed, // given up: host key refused, login refused, ssh missing, invalid target
    };
    Q_ENUM(State)

    enum class Mode {
        Auto, // the agent where it can run (Linux on this machine's architecture), else sh
        Agent, // tcplab-agent only; a host that cannot run it is a failure
        Sh, // the portable collector only
    };
    Q_ENUM(Mode)

    explicit SshSource(SshTarget target, QObject *parent = nullptr);
    ~SshSource() override;

    // The remote pause between frames. Half the sampler's interval keeps a fresh frame for
    // every sample, so no sample repeats the previous frame.
    void setFrameIntervalMs(int intervalMs);
    int frameIntervalMs() const
    {
        return m_frameIntervalMs;
    }
    // No frame for this long: the link is declared stalled and restarted (default 10 s).
    void setStallTimeoutMs(int timeoutMs);
    // Waits between attempts: `initialMs`, doubled after each failure up to `maximumMs`, back to
    // `initialMs` once a frame arrives.
    void setBackoff(int initialMs, int maximumMs);
    void setMode(Mode mode)
    {
        m_mode = mode;
    }
    Mode mode() const
    {
        return m_mode;
    }
    // The tcplab-agent to copy (default: beside the running program).
    void setAgentPath(const QString &path);
    // What the current link uses: Agent or Sh (Auto until the remote has said).
    Mode activeMode() const
    {
        return m_activeMode;
    }
    // Agent mode: the census also counts the states on each side of this port (lastPortSides()).
    void setWatchPort(quint16 port)
    {
        m_watchPort = port;
    }
    PortSides lastPortSides() const
    {
        return m_latest.sides;
    }
    // Copies of the agent sent to the remote host so far.
    int agentUploads() const
    {
        return m_uploads;
    }
    static QString modeName(Mode mode);
    // "sh", "agent", "auto" -> the mode; false for anything else.
    static bool parseMode(const QString &text, Mode *mode);

    // The remote commands (for tests and for the curious): start the agent whose SHA-256 is
    // `sha256` when it is there and intact, or fall back to the sh collector (`fallback`);
    // receive an agent on standard input into the remote cache.
    static QString agentRemoteCommand(const QByteArray &sha256, const QString &machine, int intervalMs, bool fallback, quint16 port = 0);
    static QString uploadRemoteCommand(const QByteArray &sha256);
    // `uname -s` and `uname -m` of this machine ("Linux x86_64"): what the agent was built for.
    static QString localMachine();

    void start();
    void stop();

    State state() const
    {
        return m_state;
    }
    QString stateMessage() const
    {
        return m_stateMessage;
    }
    static QString stateName(State state);

    // The newest complete frame. With no frame, or only one older than the stall timeout, the
    // snapshot is empty and its errors say why: the sampler then records a gap, not a spike.
    // Its monotonicNs is the remote's clock moved onto this machine's, so that rates are
    // measured on the remote's clock and the points still land at the right local time.
    CounterSnapshot read() override;
    QString displayName() const override;
    // The socket census of the newest frame (from `ss -tan`).
    sockets::Census lastCensus() const
    {
        return m_latest.census;
    }
    const SshTarget &target() const
    {
        return m_target;
    }
    quint64 framesReceived() const
    {
        return m_framesReceived;
    }
    // The remote's /proc/uptime stamp of the newest frame, in nanoseconds (0 before the first).
    qint64 lastFrameUptimeNs() const
    {
        return m_latestUptimeNs;
    }
    int connectionAttempts() const
    {
        return m_attempts;
    }
    const ShFrameReader &frameReader() const
    {
        return m_reader;
    }

Q_SIGNALS:
    void stateChanged(tcplab::remote::SshSource::State state, const QString &message);
    void frameReceived(quint64 sequence);

private:
    void connectNow();
    void onReadyRead();
    void onFinished();
    void onStall();
    void setState(State state, const QString &message);
    void scheduleReconnect(const QString &reason);
    void discardProcess();
    void onNotice(const QString &notice);
    void startUpload();
    bool loadAgent(QString *error);
    void fallBackToSh(const QString &reason);

    SshTarget m_target;
    int m_frameIntervalMs = 500;
    int m_stallTimeoutMs = 10000;
    int m_initialBackoffMs = 500;
    int m_maximumBackoffMs = 30000;
    int m_backoffMs = 500;
    bool m_running = false;
    bool m_stalled = false;
    State m_state = State::Idle;
    QString m_stateMessage;

    QPointer<QProcess> m_process;
    QByteArray m_stderr;
    ShFrameReader m_reader;
    QTimer m_stallTimer;
    QTimer m_reconnectTimer;

    bool m_haveFrame = false;
    ShSnapshot m_latest;
    qint64 m_latestUptimeNs = 0;
    qint64 m_latestLocalNs = 0; // this machine's monotonic time when the newest frame arrived
    qint64 m_clockOffsetNs = 0; // local minus remote, fixed at each connection's first frame
    bool m_haveOffset = false;
    quint64 m_framesReceived = 0;
    int m_attempts = 0;

    Mode m_mode = Mode::Auto;
    Mode m_activeMode = Mode::Auto;
    QString m_agentPath;
    QByteArray m_agentBinary;
    QByteArray m_agentSha256; // hex
    bool m_agentRefused = false; // Auto: this host cannot run it; sh from now on
    bool m_uploadPending = false; // the remote said the agent is missing: copy it, then reconnect
    QPointer<QProcess> m_upload;
    int m_uploads = 0;
    quint16 m_watchPort = 0;
};

} // namespace tcplab::remote
