// SPDX-License-Identifier: GPL-3.0-or-later
#include "text.h"

#include <limits>

namespace tcplab::procfs
{

std::optional<quint64> parseUnsigned(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const quint64 digit = quint64(c - '0');
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

std::optional<qint64> parseSigned(QByteArrayView text)
{
    const bool negative = text.startsWith('-');
    const auto magnitude = parseUnsigned(negative ? text.sliced(1) : text);
    if (!magnitude)
        return std::nullopt;
    constexpr quint64 maxPositive = quint64(std::numeric_limits<qint64>::max());
    if (negative) {
        if (*magnitude > maxPositive + 1)
            return std::nullopt;
        return *magnitude == maxPositive + 1 ? std::numeric_limits<qint64>::min() : -qint64(*magnitude);
    }
    if (*magnitude > maxPositive)
        return std::nullopt;
    return qint64(*magnitude);
}

std::optional<quint64> parseHex(QByteArrayView text, int maxDigits)
{
    if (text.isEmpty() || text.size() > qMin(maxDigits, 16))
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else
            return std::nullopt;
        value = (value << 4) | quint64(digit);
    }
    return value;
}

QList<QByteArrayView> splitLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        lines.append(text.sliced(start, end - start));
        start = end + 1;
    }
    return lines;
}

QList<QByteArrayView> splitWords(QByteArrayView line)
{
    QList<QByteArrayView> words;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            words.append(line.sliced(start, i - start));
    }
    return words;
}

} // namespace tcplab::procfs
