// SPDX-License-Identifier: GPL-3.0-or-later
// Splits what tcplab-agent and tcplab-sandbox write into lines and parses each as one JSON
// object. Every place that reads their output uses it, so a line is read the same way whether it
// came from a pipe, an ssh link or the sandbox. A line longer than the bound is skipped up to its
// end and counted, so that a peer that never ends a line cannot make us keep it all.
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace tcplab::hosts
{

class JsonLineReader
{
public:
    static constexpr qsizetype kDefaultMaxLineBytes = 1 << 20;

    explicit JsonLineReader(qsizetype maxLineBytes = kDefaultMaxLineBytes);

    // Appends `bytes` and calls `onObject` for each complete line that is a JSON object, in order.
    // Lines that are not JSON objects are counted and skipped. When `onObject` returns false the
    // rest of the lines stay unread (the reader's owner is going away).
    void feed(const QByteArray &bytes, const std::function<bool(const QJsonObject &)> &onObject);

    // Lines skipped so far: not a JSON object, or over the bound.
    int skippedLines() const
    {
        return m_skipped;
    }
    int overlongLines() const
    {
        return m_overlong;
    }
    void clear();

private:
    qsizetype m_maxLineBytes;
    QByteArray m_partial;
    bool m_discarding = false; // inside a line that went over the bound
    int m_skipped = 0;
    int m_overlong = 0;
};

} // namespace tcplab::hosts
