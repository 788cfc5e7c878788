// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockstat.h"

#include "text.h"

namespace tcplab::procfs
{

ParseResult<CountersTable> parseSockstat(QByteArrayView text, const QString &fileName)
{
    ParseResult<CountersTable> result;
    const QList<QByteArrayView> lines = splitLines(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QList<QByteArrayView> words = splitWords(lines[n]);
        if (words.isEmpty())
            continue;
        if (!words[0].endsWith(':') || words[0].size() < 2) {
            result.warnings.append(Messages::tr("%1: line %2 does not start with a protocol name").arg(fileName).arg(n + 1));
            continue;
        }
        const QString proto = QString::fromLatin1(words[0].chopped(1));
        // Pairs of name and value; an odd word at the end has no value.
        if (words.size() % 2 == 0) {
            result.warnings.append(Messages::tr("%1: line %2 has a name without a value; it is skipped").arg(fileName).arg(n + 1));
        }
        for (qsizetype i = 1; i + 1 < words.size(); i += 2) {
            const QString key = proto + QLatin1Char('.') + QString::fromLatin1(words[i]);
            const auto value = parseSigned(words[i + 1]);
            if (!value) {
                result.warnings.append(Messages::tr("%1: %2 is not a number").arg(fileName, key));
                continue;
            }
            result.value.insert(key, *value);
        }
    }
    if (result.value.isEmpty())
        result.error = Messages::tr("%1: no counters found").arg(fileName);
    return result;
}

} // namespace tcplab::procfs
