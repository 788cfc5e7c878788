// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries.h"

#include <cmath>
#include <limits>

namespace tcplab
{

TimeSeries::TimeSeries(qsizetype capacity)
    : m_times(size_t(qMax<qsizetype>(1, capacity)))
    , m_values(size_t(qMax<qsizetype>(1, capacity)))
{
}

void TimeSeries::setCapacity(qsizetype capacity)
{
    capacity = qMax<qsizetype>(1, capacity);
    if (capacity == this->capacity())
        return;
    std::vector<qint64> times(static_cast<size_t>(capacity));
    std::vector<double> values(static_cast<size_t>(capacity));
    const qsizetype keep = qMin(m_size, capacity);
    for (qsizetype i = 0; i < keep; ++i) {
        times[size_t(i)] = timeAt(m_size - keep + i);
        values[size_t(i)] = valueAt(m_size - keep + i);
    }
    m_times.swap(times);
    m_values.swap(values);
    m_head = 0;
    m_size = keep;
}

void TimeSeries::clear()
{
    m_head = 0;
    m_size = 0;
}

void TimeSeries::append(qint64 timeMs, double value)
{
    if (m_size > 0 && timeMs < lastTime())
        return;
    const qsizetype cap = capacity();
    if (m_size < cap) {
        const size_t at = size_t(physical(m_size));
        m_times[at] = timeMs;
        m_values[at] = value;
        ++m_size;
    } else {
        m_times[size_t(m_head)] = timeMs;
        m_values[size_t(m_head)] = value;
        m_head = (m_head + 1) % cap;
    }
}

void TimeSeries::appendGap(qint64 timeMs)
{
    append(timeMs, std::numeric_limits<double>::quiet_NaN());
}

qsizetype TimeSeries::lowerBound(qint64 timeMs) const
{
    qsizetype lo = 0;
    qsizetype hi = m_size;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (timeAt(mid) < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

TimeSeries::Decimated TimeSeries::decimate(qint64 fromMs, qint64 toMs, int buckets) const
{
    Decimated out;
    if (m_size == 0 || toMs < fromMs || buckets < 1)
        return out;
    const qsizetype begin = lowerBound(fromMs);
    const qsizetype end = lowerBound(toMs + 1);
    if (begin >= end)
        return out;
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -std::numeric_limits<double>::infinity();
    auto note = [&](double v) {
        if (!std::isnan(v)) {
            lowest = qMin(lowest, v);
            highest = qMax(highest, v);
        }
    };

    // The walk reads the ring's storage directly and wraps by comparison, not modulo: this loop
    // runs over every point of the span on each redraw.
    const qsizetype cap = capacity();
    const qint64 *times = m_times.data();
    const double *values = m_values.data();
    qsizetype p = physical(begin);
    auto advance = [&p, cap] {
        if (++p == cap)
            p = 0;
    };
    if (end - begin <= qsizetype(buckets) * 2) {
        out.points.reserve(end - begin);
        for (qsizetype i = begin; i < end; ++i, advance()) {
            out.points.append(QPointF(double(times[p]), values[p]));
            note(values[p]);
        }
    } else {
        out.points.reserve(qsizetype(buckets) * 2 + 8);
        const double width = double(toMs - fromMs + 1) / buckets;
        qsizetype i = begin;
        for (int b = 0; b < buckets && i < end; ++b) {
            const qint64 bucketEnd = fromMs + qint64(std::ceil(width * (b + 1)));
            qsizetype minAt = -1;
            qsizetype maxAt = -1;
            qsizetype gapAt = -1;
            double minValue = 0;
            double maxValue = 0;
            for (; i < end && times[p] < bucketEnd; ++i, advance()) {
                const double v = values[p];
                if (std::isnan(v)) {
                    gapAt = p;
                    continue;
                }
                if (minAt < 0 || v < minValue) {
                    minAt = p;
                    minValue = v;
                }
                if (maxAt < 0 || v > maxValue) {
                    maxAt = p;
                    maxValue = v;
                }
            }
            // Minimum and maximum in the order they happened, so the line keeps its shape; a gap
            // inside the bucket breaks the line after them. Physical indexes are compared by time.
            qsizetype first = minAt;
            qsizetype second = maxAt;
            if (first >= 0 && second >= 0 && times[first] > times[second])
                std::swap(first, second);
            if (first >= 0) {
                out.points.append(QPointF(double(times[first]), values[first]));
                note(values[first]);
            }
            if (second >= 0 && second != first) {
                out.points.append(QPointF(double(times[second]), values[second]));
                note(values[second]);
            }
            if (gapAt >= 0)
                out.points.append(QPointF(double(times[gapAt]), std::numeric_limits<double>::quiet_NaN()));
        }
    }
    if (lowest <= highest) {
        out.minimum = lowest;
        out.maximum = highest;
    }
    return out;
}

} // namespace tcplab
