// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes into parseSockstat().
#include "procfs/sockstat.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = tcplab::procfs::parseSockstat(text, QStringLiteral("fuzz"));
    for (const QString &key : result.value.keys())
        (void)result.value.value(key);
    return 0;
}
