// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseriesstore.h"

#include <algorithm>

namespace tcplab
{

TimeSeriesStore::TimeSeriesStore(QObject *parent)
    : QObject(parent)
{
}

void TimeSeriesStore::setRetention(qint64 spanMs, int intervalMs)
{
    m_spanMs = qMax<qint64>(spanMs, 1000);
    m_capacity = qMin(qsizetype(m_spanMs / qMax(1, intervalMs)) + 1, kMaximumPoints);
    for (auto it = m_series.begin(); it != m_series.end(); ++it)
        it->setCapacity(m_capacity);
}

bool TimeSeriesStore::keeps(const QString &name) const
{
    if (m_keptPrefixes.isEmpty())
        return true;
    for (const QString &prefix : m_keptPrefixes) {
        if (name.startsWith(prefix))
            return true;
    }
    return false;
}

void TimeSeriesStore::append(const RateSample &sample)
{
    const qint64 t = sample.wallMs;
    for (auto it = sample.values.cbegin(); it != sample.values.cend(); ++it) {
        auto series = m_series.find(it.key());
        if (series == m_series.end()) {
            if (!keeps(it.key()))
                continue;
            series = m_series.insert(it.key(), TimeSeries(m_capacity));
            Q_EMIT seriesAdded(it.key());
        }
        series->append(t, it.value());
    }
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        if (!sample.values.contains(it.key()))
            it->appendGap(t);
    }
    m_lastTimeMs = t;
    Q_EMIT appended(t);
}

void TimeSeriesStore::clear()
{
    m_series.clear();
    m_lastTimeMs = 0;
}

QStringList TimeSeriesStore::names() const
{
    QStringList list = m_series.keys();
    std::sort(list.begin(), list.end());
    return list;
}

const TimeSeries *TimeSeriesStore::series(const QString &name) const
{
    auto it = m_series.constFind(name);
    return it == m_series.cend() ? nullptr : &it.value();
}

qsizetype TimeSeriesStore::memoryBytes() const
{
    qsizetype bytes = 0;
    for (const auto &s : m_series)
        bytes += s.capacity() * qsizetype(sizeof(qint64) + sizeof(double));
    return bytes;
}

} // namespace tcplab
