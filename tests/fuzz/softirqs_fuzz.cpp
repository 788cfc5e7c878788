// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes into parseSoftIrqs().
#include "procfs/softirqs.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = tcplab::procfs::parseSoftIrqs(text);
    for (const auto &row : result.value.rows) {
        if (row.perCpu.size() != result.value.cpus.size())
            __builtin_trap(); // every kept row has one count per CPU
        (void)row.total();
    }
    return 0;
}
