// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of parsing one /proc file: the value, the reason it could not be parsed at all, and
// notes on parts that were skipped (an unknown column, a field that is not a number).
#pragma once

#include <QString>
#include <QStringList>

namespace tcplab
{

template<typename T>
struct ParseResult {
    T value{};
    QString error; // empty when the text was understood
    QStringList warnings; // parts that were skipped; the value holds the rest

    bool ok() const
    {
        return error.isEmpty();
    }
};

} // namespace tcplab
