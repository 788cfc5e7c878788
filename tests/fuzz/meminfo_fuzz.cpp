// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes into parseMemInfo().
#include "procfs/meminfo.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = tcplab::procfs::parseMemInfo(text);
    for (const QString &key : result.value.keys())
        (void)result.value.isCount(key);
    return 0;
}
