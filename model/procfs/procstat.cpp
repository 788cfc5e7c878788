// SPDX-License-Identifier: GPL-3.0-or-later
#include "procstat.h"

#include "text.h"

namespace tcplab::procfs
{

ParseResult<CpuStat> parseProcStat(QByteArrayView text)
{
    ParseResult<CpuStat> result;
    bool haveTotal = false;
    const QList<QByteArrayView> lines = splitLines(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (!lines[n].startsWith("cpu"))
            continue;
        const QList<QByteArrayView> words = splitWords(lines[n]);
        // Kernels before 2.6.11 printed four fields; iowait, irq, softirq and steal came later.
        if (words.size() < 5) {
            result.warnings.append(Messages::tr("/proc/stat: line %1 is truncated").arg(n + 1));
            continue;
        }
        CpuTimes times;
        times.name = QString::fromLatin1(words[0]);
        quint64 *const fields[] = {&times.user, &times.nice, &times.system, &times.idle, &times.iowait, &times.irq, &times.softirq, &times.steal};
        bool good = true;
        for (qsizetype i = 0; i < qsizetype(std::size(fields)) && i + 1 < words.size(); ++i) {
            const auto value = parseUnsigned(words[i + 1]);
            if (!value) {
                good = false;
                break;
            }
            *fields[i] = *value;
        }
        if (!good) {
            result.warnings.append(Messages::tr("/proc/stat: line %1 holds a field that is not a number").arg(n + 1));
            continue;
        }
        if (times.name == QLatin1String("cpu")) {
            result.value.total = times;
            haveTotal = true;
        } else {
            result.value.perCpu.append(times);
        }
    }
    if (!haveTotal)
        result.error = Messages::tr("/proc/stat: the line with the total CPU time is missing");
    return result;
}

} // namespace tcplab::procfs
