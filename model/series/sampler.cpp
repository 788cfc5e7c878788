// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampler.h"

#include "sources/localcountersource.h"

#include <QDateTime>

namespace tcplab
{

Sampler::Sampler(CounterSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Sampler::tick);
    m_startMonotonicNs = monotonicNowNs();
    m_startWallMs = QDateTime::currentMSecsSinceEpoch();
}

int Sampler::setIntervalMs(int intervalMs)
{
    m_intervalMs = qBound(kMinimumIntervalMs, intervalMs, kMaximumIntervalMs);
    if (m_running) {
        // Re-anchor the schedule so that the new interval starts now.
        m_startMonotonicNs = monotonicNowNs();
        m_startWallMs = wallMsFor(m_startMonotonicNs);
        m_ticks = 0;
        scheduleNext();
    }
    return m_intervalMs;
}

qint64 Sampler::wallMsFor(qint64 monotonicNs) const
{
    return m_startWallMs + (monotonicNs - m_startMonotonicNs) / 1000000;
}

void Sampler::start()
{
    if (m_running)
        return;
    m_running = true;
    const qint64 now = monotonicNowNs();
    m_startWallMs = wallMsFor(now);
    m_startMonotonicNs = now;
    m_ticks = 0;
    // After a pause the next rate would span the pause: start afresh instead.
    m_havePrevious = false;
    sampleNow();
    scheduleNext();
}

void Sampler::stop()
{
    m_running = false;
    m_timer.stop();
}

void Sampler::sampleNow()
{
    CounterSnapshot snapshot = m_source->read();
    for (const QString &error : std::as_const(snapshot.errors)) {
        if (!m_previous.errors.contains(error))
            Q_EMIT sourceError(error);
    }
    Q_EMIT snapshotTaken(snapshot);
    if (m_havePrevious) {
        RateSample rates = computeRates(m_previous, snapshot);
        rates.wallMs = wallMsFor(snapshot.monotonicNs);
        Q_EMIT ratesComputed(rates);
    }
    m_previous = std::move(snapshot);
    m_havePrevious = true;
}

void Sampler::scheduleNext()
{
    if (!m_running)
        return;
    const qint64 intervalNs = qint64(m_intervalMs) * 1000000;
    const qint64 now = monotonicNowNs();
    // The next tick on the grid start + k * interval that is still ahead of us.
    const qint64 k = qMax(m_ticks + 1, (now - m_startMonotonicNs) / intervalNs + 1);
    m_ticks = k;
    const qint64 dueNs = m_startMonotonicNs + k * intervalNs;
    m_timer.start(int(qMax<qint64>(0, (dueNs - now + 999999) / 1000000)));
}

void Sampler::tick()
{
    sampleNow();
    scheduleNext();
}

} // namespace tcplab
