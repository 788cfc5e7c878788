// SPDX-License-Identifier: GPL-3.0-or-later
// Facts about the machine that the window shows and the lessons depend on: the kernel release and
// the listen-queue limit.
#pragma once

#include <QString>

namespace tcplab
{

struct SystemInfo {
    QString kernelRelease; // uname -r
    QString hostName;
    int somaxconn = -1; // net.core.somaxconn of the caller's network namespace; -1 when unknown

    static SystemInfo read();
};

} // namespace tcplab
