// SPDX-License-Identifier: GPL-3.0-or-later
// Writes monitor samples into a recording entry of a Notebook. Each series is kept as chunks of up
// to kChunkSamples points, every chunk one compressed row; the open chunk of every series is
// rewritten on flush(), so calling flush() once a second loses at most the last second when the
// program is killed.
#pragma once

#include "notebook.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace tcplab::notebook
{

// The compact encoding of one chunk: times and values as zigzag varint deltas when every value is
// a whole number (counters, socket counts), raw doubles otherwise, all through zlib.
QByteArray encodeChunk(const std::vector<qint64> &times, const std::vector<double> &values);
bool decodeChunk(const QByteArray &data, std::vector<qint64> *times, std::vector<double> *values);

class RecordingWriter
{
public:
    static constexpr int kChunkSamples = 600;

    // Writes into `recordingId`, an entry made by Notebook::addRecording().
    RecordingWriter(Notebook *notebook, qint64 recordingId);
    ~RecordingWriter();

    qint64 recordingId() const
    {
        return m_recordingId;
    }
    // Adds one point; a series seen for the first time is added to the recording. Times of one
    // series must increase. Full chunks are written at once, in the caller's transaction if any.
    bool append(const QString &series, qint64 timeMs, double value);
    // Commits every series' open chunk in one transaction.
    bool flush();
    QString errorString() const
    {
        return m_error;
    }

private:
    struct Open {
        qint64 seriesId = 0;
        std::vector<qint64> times;
        std::vector<double> values;
        bool dirty = false;
    };
    bool write(Open &open);

    Notebook *m_notebook;
    qint64 m_recordingId;
    QHash<QString, Open> m_open;
    QString m_error;
};

} // namespace tcplab::notebook
