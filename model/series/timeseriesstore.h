// SPDX-License-Identifier: GPL-3.0-or-later
// Every series of one source, by name (see RateSample for the names), each a bounded ring sized
// for a chosen span at the sampling interval. Charts read decimated views of it and redraw when
// `appended` fires.
#pragma once

#include "ratesample.h"
#include "timeseries.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace tcplab
{

class TimeSeriesStore : public QObject
{
    Q_OBJECT
public:
    explicit TimeSeriesStore(QObject *parent = nullptr);

    // No ring holds more points than this: 24 hours at one point a second. A longer span at a short
    // interval keeps the newest points only, so that memory stays bounded (about 1.4 MB a series).
    static constexpr qsizetype kMaximumPoints = 24 * 3600 + 1;

    // How much history to keep, and at which interval it arrives; sets every ring's capacity.
    void setRetention(qint64 spanMs, int intervalMs);
    qint64 spanMs() const
    {
        return m_spanMs;
    }
    qsizetype capacityPerSeries() const
    {
        return m_capacity;
    }

    // Keeps only series whose names start with one of these prefixes (all when empty), so that a
    // long span at a short interval does not hold hundreds of series nobody draws.
    void setKeptPrefixes(const QStringList &prefixes)
    {
        m_keptPrefixes = prefixes;
    }
    bool keeps(const QString &name) const;

    // Adds one point to every kept series the sample has a value for, and a gap to every known
    // series it has none for.
    void append(const RateSample &sample);
    void clear();

    QStringList names() const;
    bool contains(const QString &name) const
    {
        return m_series.contains(name);
    }
    // Null when there is no such series.
    const TimeSeries *series(const QString &name) const;
    qint64 lastTimeMs() const
    {
        return m_lastTimeMs;
    }

    // Memory the rings hold, in bytes.
    qsizetype memoryBytes() const;

Q_SIGNALS:
    void appended(qint64 timeMs);
    void seriesAdded(const QString &name);

private:
    QHash<QString, TimeSeries> m_series;
    QStringList m_keptPrefixes;
    qint64 m_spanMs = 3600 * 1000;
    qsizetype m_capacity = 3601;
    qint64 m_lastTimeMs = 0;
};

} // namespace tcplab
