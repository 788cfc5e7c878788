// SPDX-License-Identifier: GPL-3.0-or-later
#include "procnetdev.h"

#include "text.h"

namespace tcplab::procfs {

namespace {

// The kernel prints these sixteen columns in this order (dev_seq_printf_stats(),
// net/core/net-procfs.c); it has not changed since 2.6.
constexpr int kColumns = 16;
quint64 InterfaceCounters::*const kFields[kColumns] = {
    &InterfaceCounters::rxBytes,     &InterfaceCounters::rxPackets,    &InterfaceCounters::rxErrors,
    &InterfaceCounters::rxDropped,   &InterfaceCounters::rxFifo,       &InterfaceCounters::rxFrame,
    &InterfaceCounters::rxCompressed, &InterfaceCounters::rxMulticast, &InterfaceCounters::txBytes,
    &InterfaceCounters::txPackets,   &InterfaceCounters::txErrors,     &InterfaceCounters::txDropped,
    &InterfaceCounters::txFifo,      &InterfaceCounters::txCollisions, &InterfaceCounters::txCarrier,
    &InterfaceCounters::txCompressed,
};

} // namespace

ParseResult<QList<InterfaceCounters>> parseProcNetDev(QByteArrayView text)
{
    ParseResult<QList<InterfaceCounters>> result;
    const QList<QByteArrayView> lines = splitLines(text);
    if (lines.size() < 2 || !lines[0].contains('|') || !lines[1].contains('|')) {
        result.error = Messages::tr("/proc/net/dev: the two header lines are missing");
        return result;
    }
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
        if (counters.name.isEmpty() || words.size() < kColumns) {
            result.warnings.append(Messages::tr("/proc/net/dev: line %1 is truncated").arg(n + 1));
            continue;
        }
        bool good = true;
        for (int i = 0; i < kColumns; ++i) {
            const auto value = parseUnsigned(words[i]);
            if (!value) {
                good = false;
                break;
            }
            counters.*kFields[i] = *value;
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
