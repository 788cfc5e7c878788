// SPDX-License-Identifier: GPL-3.0-or-later
#include "meminfo.h"

#include "text.h"

#include <limits>

namespace tcplab::procfs
{

void MemInfo::insert(const QString &key, quint64 value, bool isCount)
{
    if (!m_values.contains(key))
        m_keys.append(key);
    m_values.insert(key, value);
    m_counts.removeAll(key);
    if (isCount)
        m_counts.append(key);
}

ParseResult<MemInfo> parseMemInfo(QByteArrayView text)
{
    ParseResult<MemInfo> result;
    const QList<QByteArrayView> lines = splitLines(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArrayView line = lines[n];
        if (line.trimmed().isEmpty())
            continue;
        // Names hold no spaces but may hold parentheses: "Active(anon):".
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon > 0 ? line.first(colon).trimmed() : QByteArrayView();
        if (name.isEmpty() || splitWords(name).size() != 1) {
            result.warnings.append(Messages::tr("/proc/meminfo: line %1 has no name").arg(n + 1));
            continue;
        }
        const QString key = QString::fromLatin1(name);
        const QList<QByteArrayView> words = splitWords(line.sliced(colon + 1));
        if (words.isEmpty() || words.size() > 2 || (words.size() == 2 && words[1] != "kB")) {
            result.warnings.append(Messages::tr("/proc/meminfo: %1 is not a number of kB").arg(key));
            continue;
        }
        const auto value = parseUnsigned(words[0]);
        if (!value) {
            result.warnings.append(Messages::tr("/proc/meminfo: %1 is not a number").arg(key));
            continue;
        }
        const bool kiB = words.size() == 2;
        if (kiB && *value > std::numeric_limits<quint64>::max() / 1024) {
            result.warnings.append(Messages::tr("/proc/meminfo: %1 is too large to count in bytes").arg(key));
            continue;
        }
        result.value.insert(key, kiB ? *value * 1024 : *value, !kiB);
    }
    if (result.value.isEmpty())
        result.error = Messages::tr("/proc/meminfo: no values found");
    return result;
}

} // namespace tcplab::procfs
