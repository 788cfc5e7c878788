// SPDX-License-Identifier: GPL-3.0-or-later
#include "procnetdev.h"

#include "text.h"

namespace tcplab::procfs
{

namespace
{

// The kernel prints these sixteen columns in this order (dev_seq_printf_stats(),
// net/core/net-procfs.c); it has not changed since 2.6.
constexpr int kColumns = 16;
quint64 InterfaceCounters::*const kFields[kColumns] = {
    &InterfaceCounters::rxBytes,
    &InterfaceCounters::rxPackets,
    &InterfaceCounters::rxErrors,
    &InterfaceCounters::rxDropped,
    &InterfaceCounters::rxFifo,
    &InterfaceCounters::rxFrame,
    &InterfaceCounters::rxCompressed,
    &InterfaceCounters::rxMulticast,
    &InterfaceCounters::txBytes,
    &InterfaceCounters::txPackets,
    &InterfaceCounters::txErrors,
    &InterfaceCounters::txDropped,
    &InterfaceCounters::txFifo,
    &InterfaceCounters::txCollisions,
    &InterfaceCounters::txCarrier,
    &InterfaceCounters::txCompressed,
};

// The header's names of the sixteen columns, receive then transmit, as kFields lists them.
constexpr const char *kNames[kColumns] = {
    "bytes",
    "packets",
    "errs",
    "drop",
    "fifo",
    "frame",
    "compressed",
    "multicast",
    "bytes",
    "packets",
    "errs",
    "drop",
    "fifo",
    "colls",
    "carrier",
    "compressed",
};

// Maps each column of the header to a field (nullptr for a column this parser does not know).
// Returns false when the header names none of the known columns.
bool mapColumns(QByteArrayView header, QList<quint64 InterfaceCounters::*> *columns, QStringList *warnings)
{
    const qsizetype bar1 = header.indexOf('|');
    const qsizetype bar2 = bar1 < 0 ? -1 : header.indexOf('|', bar1 + 1);
    if (bar2 < 0)
        return false;
    const QList<QByteArrayView> sections[2] = {
        splitWords(header.sliced(bar1 + 1, bar2 - bar1 - 1)),
        splitWords(header.sliced(bar2 + 1)),
    };
    bool seen[kColumns] = {};
    int known = 0;
    for (int section = 0; section < 2; ++section) {
        for (const QByteArrayView name : sections[section]) {
            quint64 InterfaceCounters::*field = nullptr;
            for (int i = section * 8; i < section * 8 + 8; ++i) {
                if (!seen[i] && name == kNames[i]) {
                    seen[i] = true;
                    field = kFields[i];
                    ++known;
                    break;
                }
            }
            if (!field) {
                warnings->append(
                    Messages::tr("/proc/net/dev: unknown column %1 %2 is skipped")
                        .arg(section == 0 ? QStringLiteral("rx") : QStringLiteral("tx"), QString::fromLatin1(name.first(qMin<qsizetype>(name.size(), 40)))));
            }
            columns->append(field);
        }
    }
    if (known == 0)
        return false;
    for (int i = 0; i < kColumns; ++i) {
        if (!seen[i]) {
            warnings->append(
                Messages::tr("/proc/net/dev: column %1 %2 is missing").arg(i < 8 ? QStringLiteral("rx") : QStringLiteral("tx"), QLatin1String(kNames[i])));
        }
    }
    return true;
}

} // namespace

ParseResult<QList<InterfaceCounters>> parseProcNetDev(QByteArrayView text)
{
    ParseResult<QList<InterfaceCounters>> result;
    const QList<QByteArrayView> lines = splitLines(text);
    if (lines.size() < 2 || !lines[0].contains('|') || !lines[1].contains('|')) {
        result.error = Messages::tr("/proc/net/dev: the two header lines are missing");
        return result;
    }
    // Columns are found by the names in the second header line, so a kernel that added, dropped
    // or reordered one would still be read right.
    QList<quint64 InterfaceCounters::*> columns;
    if (!mapColumns(lines[1], &columns, &result.warnings)) {
        result.error = Messages::tr("/proc/net/dev: the header names none of the known columns");
        return result;
    }
    bool extraReported = false;
    for (qsizetype n = 2; n < lines.size(); ++n) {
        const QByteArrayView line = lines[n];
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.lastIndexOf(':');
        if (colon < 0) {
            result.warnings.append(Messages::tr("/proc/net/dev: line %1 has no interface name").arg(n + 1));
            continue;
        }
        QList<QByteArrayView> words = splitWords(line.sliced(colon + 1));
        InterfaceCounters counters;
        counters.name = QString::fromLatin1(line.first(colon).trimmed());
        if (counters.name.isEmpty() || words.size() < columns.size()) {
            result.warnings.append(Messages::tr("/proc/net/dev: line %1 is truncated").arg(n + 1));
            continue;
        }
        if (words.size() > columns.size() && !extraReported) {
            extraReported = true;
            result.warnings.append(Messages::tr("/proc/net/dev: line %1 has more values than the header has columns; the extra ones are skipped").arg(n + 1));
        }
        bool good = true;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const auto value = parseUnsigned(words[i]);
            if (!value) {
                good = false;
                break;
            }
            if (columns[i])
                counters.*columns[i] = *value;
        }
        if (!good) {
            result.warnings.append(Messages::tr("/proc/net/dev: line %1 holds a field that is not a counter").arg(n + 1));
            continue;
        }
        result.value.append(counters);
    }
    return result;
}

} // namespace tcplab::procfs
