// SPDX-License-Identifier: GPL-3.0-or-later
#include "softirqs.h"

#include "text.h"

namespace tcplab::procfs
{

ParseResult<SoftIrqs> parseSoftIrqs(QByteArrayView text)
{
    ParseResult<SoftIrqs> result;
    const QList<QByteArrayView> lines = splitLines(text);
    qsizetype n = 0;
    while (n < lines.size() && lines[n].trimmed().isEmpty())
        ++n;
    // The header names one column per possible CPU, "CPU0 CPU1 ...".
    const QList<QByteArrayView> header = n < lines.size() ? splitWords(lines[n]) : QList<QByteArrayView>();
    bool headerOk = !header.isEmpty();
    for (const QByteArrayView word : header) {
        if (!word.startsWith("CPU") || !parseUnsigned(word.sliced(3)))
            headerOk = false;
    }
    if (!headerOk) {
        result.error = Messages::tr("/proc/softirqs: the header line of CPUs is missing");
        return result;
    }
    for (const QByteArrayView word : header)
        result.value.cpus.append(QString::fromLatin1(word));
    const qsizetype cpuCount = header.size();
    for (++n; n < lines.size(); ++n) {
        const QByteArrayView line = lines[n];
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon > 0 ? line.first(colon).trimmed() : QByteArrayView();
        if (name.isEmpty() || splitWords(name).size() != 1) {
            result.warnings.append(Messages::tr("/proc/softirqs: line %1 has no softirq name").arg(n + 1));
            continue;
        }
        SoftIrqRow row;
        row.name = QString::fromLatin1(name);
        const QList<QByteArrayView> words = splitWords(line.sliced(colon + 1));
        if (words.size() < cpuCount) {
            result.warnings.append(Messages::tr("/proc/softirqs: %1 has %2 counts for %3 CPUs; it is skipped").arg(row.name).arg(words.size()).arg(cpuCount));
            continue;
        }
        if (words.size() > cpuCount) {
            result.warnings.append(
                Messages::tr("/proc/softirqs: %1 has %2 counts for %3 CPUs; the extra ones are skipped").arg(row.name).arg(words.size()).arg(cpuCount));
        }
        bool good = true;
        for (qsizetype i = 0; i < cpuCount && good; ++i) {
            const auto value = parseUnsigned(words[i]);
            good = value.has_value();
            if (good)
                row.perCpu.append(*value);
        }
        if (!good) {
            result.warnings.append(Messages::tr("/proc/softirqs: %1 holds a count that is not a number").arg(row.name));
            continue;
        }
        result.value.rows.append(row);
    }
    if (result.value.rows.isEmpty())
        result.error = Messages::tr("/proc/softirqs: no softirq rows found");
    return result;
}

} // namespace tcplab::procfs
