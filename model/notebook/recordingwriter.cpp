// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingwriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <cstring>

namespace tcplab::notebook
{

namespace
{

enum : char { kIntegerValues = 'i', kDoubleValues = 'd' };

void putVarint(QByteArray &out, qint64 signedValue)
{
    quint64 v = (quint64(signedValue) << 1) ^ quint64(signedValue >> 63); // zigzag
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

bool getVarint(const QByteArray &in, qsizetype *pos, qint64 *value)
{
    quint64 v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (*pos >= in.size())
            return false;
        const quint8 byte = quint8(in.at((*pos)++));
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = qint64(v >> 1) ^ -qint64(v & 1);
            return true;
        }
    }
    return false;
}

bool isWhole(double v)
{
    return std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15;
}

} // namespace

QByteArray encodeChunk(const std::vector<qint64> &times, const std::vector<double> &values)
{
    bool whole = true;
    for (double v : values)
        whole = whole && isWhole(v);
    QByteArray raw;
    raw.reserve(qsizetype(times.size()) * (whole ? 4 : 10));
    raw.append(whole ? kIntegerValues : kDoubleValues);
    putVarint(raw, qint64(times.size()));
    qint64 previousTime = 0;
    for (qint64 t : times) {
        putVarint(raw, t - previousTime);
        previousTime = t;
    }
    if (whole) {
        qint64 previous = 0;
        for (double v : values) {
            putVarint(raw, qint64(v) - previous);
            previous = qint64(v);
        }
    } else {
        for (double v : values) {
            char bytes[sizeof v];
            std::memcpy(bytes, &v, sizeof v);
            raw.append(bytes, sizeof v);
        }
    }
    return qCompress(raw, 6);
}

bool decodeChunk(const QByteArray &data, std::vector<qint64> *times, std::vector<double> *values)
{
    const QByteArray raw = qUncompress(data);
    if (raw.isEmpty())
        return false;
    qsizetype pos = 1;
    qint64 count = 0;
    if (!getVarint(raw, &pos, &count) || count < 0 || count > raw.size())
        return false;
    qint64 t = 0;
    for (qint64 i = 0; i < count; ++i) {
        qint64 delta = 0;
        if (!getVarint(raw, &pos, &delta))
            return false;
        t += delta;
        times->push_back(t);
    }
    if (raw.at(0) == kIntegerValues) {
        qint64 v = 0;
        for (qint64 i = 0; i < count; ++i) {
            qint64 delta = 0;
            if (!getVarint(raw, &pos, &delta))
                return false;
            v += delta;
            values->push_back(double(v));
        }
    } else {
        if (raw.size() - pos < count * qsizetype(sizeof(double)))
            return false;
        for (qint64 i = 0; i < count; ++i) {
            double v = 0;
            std::memcpy(&v, raw.constData() + pos, sizeof v);
            pos += sizeof v;
            values->push_back(v);
        }
    }
    return true;
}

RecordingWriter::RecordingWriter(Notebook *notebook, qint64 recordingId)
    : m_notebook(notebook)
    , m_recordingId(recordingId)
{
}

RecordingWriter::~RecordingWriter() = default;

bool RecordingWriter::write(Open &open)
{
    if (open.times.empty())
        return true;
    const QByteArray data = encodeChunk(open.times, open.values);
    if (!m_notebook->writeChunk(open.seriesId, open.times.front(), open.times.back(), int(open.times.size()), data)) {
        m_error = m_notebook->errorString();
        return false;
    }
    open.dirty = false;
    return true;
}

bool RecordingWriter::append(const QString &series, qint64 timeMs, double value)
{
    auto it = m_open.find(series);
    if (it == m_open.end()) {
        Open open;
        open.seriesId = m_notebook->seriesId(m_recordingId, series);
        if (!open.seriesId) {
            m_error = m_notebook->errorString();
            return false;
        }
        open.times.reserve(kChunkSamples);
        open.values.reserve(kChunkSamples);
        it = m_open.insert(series, std::move(open));
    }
    Open &open = it.value();
    if (!open.times.empty() && timeMs <= open.times.back())
        return true;
    open.times.push_back(timeMs);
    open.values.push_back(value);
    open.dirty = true;
    if (int(open.times.size()) >= kChunkSamples) {
        if (!write(open))
            return false;
        open.times.clear();
        open.values.clear();
    }
    return true;
}

bool RecordingWriter::flush()
{
    QSqlDatabase db = QSqlDatabase::database(m_notebook->m_connection, false);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    for (Open &open : m_open) {
        if (open.dirty && !write(open)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QList<SeriesPoint> Notebook::samples(qint64 recordingId, const QString &series) const
{
    QList<SeriesPoint> points;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.data FROM chunks c JOIN series s ON s.id = c.series_id"
                       " WHERE s.entry_id = ? AND s.name = ? ORDER BY c.first_ms"));
    q.addBindValue(recordingId);
    q.addBindValue(series);
    if (!q.exec())
        return points;
    std::vector<qint64> times;
    std::vector<double> values;
    while (q.next()) {
        times.clear();
        values.clear();
        if (!decodeChunk(q.value(0).toByteArray(), &times, &values))
            continue;
        for (size_t i = 0; i < times.size(); ++i)
            points.append({times[i], values[i]});
    }
    return points;
}

} // namespace tcplab::notebook
