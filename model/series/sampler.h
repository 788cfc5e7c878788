// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a counter source at a fixed interval (100 ms to 60 s) on the monotonic clock and hands out
// each snapshot and the rates since the previous one. Ticks are scheduled against the start time,
// so the interval does not drift; a tick missed because the process was stopped is skipped, and
// the next rate covers the longer span.
#pragma once

#include "ratesample.h"
#include "sources/countersource.h"

#include <QObject>
#include <QTimer>

namespace tcplab
{

class Sampler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinimumIntervalMs = 100;
    static constexpr int kMaximumIntervalMs = 60000;

    explicit Sampler(CounterSource *source, QObject *parent = nullptr);

    // Clamped to [100 ms, 60 s]; returns the interval in use.
    int setIntervalMs(int intervalMs);
    int intervalMs() const
    {
        return m_intervalMs;
    }

    void start();
    void stop();
    bool isRunning() const
    {
        return m_running;
    }
    // Takes one sample now, outside the schedule (also used by tests and the CLI's --count).
    void sampleNow();

    // Wall-clock milliseconds for a monotonic time, anchored when the sampler started, so that
    // a clock change (NTP, the user) never folds a chart back on itself.
    qint64 wallMsFor(qint64 monotonicNs) const;

Q_SIGNALS:
    void snapshotTaken(const tcplab::CounterSnapshot &snapshot);
    void ratesComputed(const tcplab::RateSample &rates);
    // A source error that was not there in the previous snapshot (files missing, unreadable).
    void sourceError(const QString &message);

private:
    void tick();
    void scheduleNext();

    CounterSource *m_source;
    QTimer m_timer;
    int m_intervalMs = 1000;
    bool m_running = false;
    bool m_havePrevious = false;
    CounterSnapshot m_previous;
    qint64 m_startMonotonicNs = 0;
    qint64 m_startWallMs = 0;
    qint64 m_ticks = 0;
};

} // namespace tcplab
