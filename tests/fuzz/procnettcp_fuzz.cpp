// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes into parseProcNetTcp().
#include "procfs/procnettcp.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = tcplab::procfs::parseProcNetTcp(text);
    const auto counts = tcplab::procfs::countTcpStates(result.value);
    if (counts.total() != quint32(result.value.size()))
        __builtin_trap(); // every socket is counted once
    return 0;
}
