// SPDX-License-Identifier: GPL-3.0-or-later
// Text helpers shared by the /proc parsers: lines, words and strict numbers (no sign unless
// allowed, no trailing junk, no overflow).
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <cstdint>
#include <optional>

namespace tcplab::procfs
{

// Translation context of the parsers' messages.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::procfs::Messages)
};

// A decimal counter, 0 to 2^64-1.
std::optional<quint64> parseUnsigned(QByteArrayView text);
// A decimal value that may be negative (Tcp MaxConn is -1 on Linux).
std::optional<qint64> parseSigned(QByteArrayView text);

// A hexadecimal number of at most `maxDigits` digits (upper or lower case, no prefix), as the
// kernel prints addresses and queues in /proc/net/tcp.
std::optional<quint64> parseHex(QByteArrayView text, int maxDigits = 16);

// Lines without their '\n'; a last line without one counts too.
QList<QByteArrayView> splitLines(QByteArrayView text);
// Words separated by spaces or tabs.
QList<QByteArrayView> splitWords(QByteArrayView line);

} // namespace tcplab::procfs
