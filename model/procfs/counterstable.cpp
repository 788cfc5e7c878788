// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterstable.h"

#include "text.h"

namespace tcplab::procfs
{

void CountersTable::insert(const QString &key, qint64 value)
{
    auto it = m_values.find(key);
    if (it == m_values.end()) {
        m_values.insert(key, value);
        m_keys.append(key);
    } else {
        *it = value;
    }
}

void CountersTable::merge(const CountersTable &other)
{
    for (const QString &key : other.m_keys)
        insert(key, other.m_values.value(key));
}

ParseResult<CountersTable> parseCountersTable(QByteArrayView text, const QString &fileName)
{
    ParseResult<CountersTable> result;
    QList<QByteArrayView> lines = splitLines(text);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        result.error = Messages::tr("%1: the file is empty").arg(fileName);
        return result;
    }
    for (qsizetype n = 0; n < lines.size(); n += 2) {
        if (n + 1 >= lines.size()) {
            result.warnings.append(Messages::tr("%1: line %2 has names but no values").arg(fileName).arg(n + 1));
            break;
        }
        const QList<QByteArrayView> names = splitWords(lines[n]);
        const QList<QByteArrayView> values = splitWords(lines[n + 1]);
        if (names.isEmpty() || values.isEmpty() || !names[0].endsWith(':') || names[0] != values[0]) {
            result.warnings.append(Messages::tr("%1: lines %2 and %3 are not a pair of one group").arg(fileName).arg(n + 1).arg(n + 2));
            continue;
        }
        const QString group = QString::fromLatin1(names[0].chopped(1));
        if (names.size() != values.size()) {
            result.warnings.append(Messages::tr("%1: group %2 has %3 names but %4 values; the extra ones are skipped")
                                       .arg(fileName, group)
                                       .arg(names.size() - 1)
                                       .arg(values.size() - 1));
        }
        const qsizetype count = qMin(names.size(), values.size());
        for (qsizetype i = 1; i < count; ++i) {
            const QString key = group + QLatin1Char('.') + QString::fromLatin1(names[i]);
            const auto value = parseSigned(values[i]);
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
