// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinereader.h"

#include <QJsonDocument>

namespace tcplab::hosts
{

JsonLineReader::JsonLineReader(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{
}

void JsonLineReader::clear()
{
    m_partial.clear();
    m_discarding = false;
}

void JsonLineReader::feed(const QByteArray &bytes, const std::function<bool(const QJsonObject &)> &onObject)
{
    m_partial += bytes;
    qsizetype begin = 0;
    for (qsizetype end; (end = m_partial.indexOf('\n', begin)) >= 0; begin = end + 1) {
        if (m_discarding || end - begin > m_maxLineBytes) {
            m_discarding = false;
            ++m_overlong;
            ++m_skipped;
            continue;
        }
        const QJsonDocument document = QJsonDocument::fromJson(m_partial.mid(begin, end - begin));
        if (!document.isObject()) {
            ++m_skipped;
            continue;
        }
        if (!onObject(document.object())) {
            m_partial.remove(0, end + 1);
            return;
        }
    }
    m_partial.remove(0, begin);
    if (m_partial.size() > m_maxLineBytes) {
        // The rest of this line is thrown away as it comes; its end is counted once.
        m_partial.clear();
        m_discarding = true;
    }
}

} // namespace tcplab::hosts
