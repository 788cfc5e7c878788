// SPDX-License-Identifier: GPL-3.0-or-later
// Counters of a remote host over SSH, in the portable collector mode: one long-running `ssh`
// whose remote command prints a frame every interval. The connection is kept by this object, not
// by the sampler: frames arrive on their own schedule and read() hands out the newest one, so a
// slow or dead link never blocks the sampler's thread. A stalled or dropped link is reconnected
// with backoff; a refused host key or login is not (the user must act).
#pragma once

#include "shcollector.h"
#include "sshcommand.h"
#include "sources/countersource.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace tcplab::remote {

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

    explicit SshSource(SshTarget target, QObject *parent = nullptr);
    ~SshSource() override;

    // The remote pause between frames. Half the sampler's interval keeps a fresh frame for
    // every sample, so no sample repeats the previous frame.
    void setFrameIntervalMs(int intervalMs);
    int frameIntervalMs() const { return m_frameIntervalMs; }
    // No frame for this long: the link is declared stalled and restarted (default 10 s).
    void setStallTimeoutMs(int timeoutMs);
    // Waits between attempts: `initialMs`, doubled after each failure up to `maximumMs`, back to
    // `initialMs` once a frame arrives.
    void setBackoff(int initialMs, int maximumMs);

    void start();
    void stop();

    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    static QString stateName(State state);

    // The newest complete frame. With no frame, or only one older than the stall timeout, the
    // snapshot is empty and its errors say why: the sampler then records a gap, not a spike.
    // Its monotonicNs is the remote's clock moved onto this machine's, so that rates are
    // measured on the remote's clock and the points still land at the right local time.
    CounterSnapshot read() override;
    QString displayName() const override;
    // The socket census of the newest frame (from `ss -tan`).
    sockets::Census lastCensus() const { return m_latest.census; }
    const SshTarget &target() const { return m_target; }
    quint64 framesReceived() const { return m_framesReceived; }
    // The remote's /proc/uptime stamp of the newest frame, in nanoseconds (0 before the first).
    qint64 lastFrameUptimeNs() const { return m_latestUptimeNs; }
    int connectionAttempts() const { return m_attempts; }
    const ShFrameReader &frameReader() const { return m_reader; }

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
};

} // namespace tcplab::remote
