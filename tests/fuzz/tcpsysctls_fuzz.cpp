// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes into parseSysctlValues() and parseSysctlValue().
#include "procfs/tcpsysctls.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto values = tcplab::procfs::parseSysctlValues(text);
    const auto value = tcplab::procfs::parseSysctlValue(text);
    if (value.ok() && (values.value.size() != 1 || values.value.first() != value.value))
        __builtin_trap(); // the single-value parser agrees with the list parser
    return 0;
}
