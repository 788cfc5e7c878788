// SPDX-License-Identifier: GPL-3.0-or-later
// One series of (time, value) points in a ring of fixed capacity: the oldest points make room for
// new ones, so memory stays bounded however long tcplab runs. A gap is a point whose value is NaN.
// decimate() returns at most about two points per pixel (each bucket's minimum and maximum, in
// time order) for any span, which is what a chart needs to look the same as the full data.
#pragma once

#include <QList>
#include <QPointF>

#include <vector>

namespace tcplab
{

class TimeSeries
{
public:
    explicit TimeSeries(qsizetype capacity = 3600);

    qsizetype capacity() const
    {
        return qsizetype(m_times.size());
    }
    qsizetype size() const
    {
        return m_size;
    }
    bool isEmpty() const
    {
        return m_size == 0;
    }
    // Keeps the newest points when shrinking.
    void setCapacity(qsizetype capacity);
    void clear();

    // Times must not decrease; a point older than the newest is dropped.
    void append(qint64 timeMs, double value);
    void appendGap(qint64 timeMs);

    // The i-th oldest point.
    qint64 timeAt(qsizetype i) const
    {
        return m_times[physical(i)];
    }
    double valueAt(qsizetype i) const
    {
        return m_values[physical(i)];
    }
    qint64 firstTime() const
    {
        return timeAt(0);
    }
    qint64 lastTime() const
    {
        return timeAt(m_size - 1);
    }

    // Index of the first point at or after timeMs (size() when none).
    qsizetype lowerBound(qint64 timeMs) const;

    struct Decimated {
        QList<QPointF> points; // x = ms since the epoch, y = value; y is NaN where a gap is
        double minimum = 0; // over the points shown (0 when none)
        double maximum = 0;
    };
    // The points in [fromMs, toMs] reduced to `buckets` buckets; fewer than 2 * buckets points are
    // returned as they are.
    Decimated decimate(qint64 fromMs, qint64 toMs, int buckets) const;

private:
    qsizetype physical(qsizetype i) const
    {
        return (m_head + i) % qsizetype(m_times.size());
    }

    std::vector<qint64> m_times;
    std::vector<double> m_values;
    qsizetype m_head = 0; // oldest point
    qsizetype m_size = 0;
};

} // namespace tcplab
