// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes into parseSsTcp().
#include "procfs/sstcp.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = tcplab::procfs::parseSsTcp(text);
    for (const auto &s : result.value)
        (void)tcplab::procfs::tcpStateName(s.state);
    return 0;
}
