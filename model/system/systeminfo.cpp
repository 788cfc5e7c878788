// SPDX-License-Identifier: GPL-3.0-or-later
#include "systeminfo.h"

#include "procfs/procfile.h"
#include "procfs/text.h"

#include <sys/utsname.h>

namespace tcplab
{

SystemInfo SystemInfo::read()
{
    SystemInfo info;
    utsname names{};
    if (uname(&names) == 0) {
        info.kernelRelease = QString::fromLocal8Bit(names.release);
        info.hostName = QString::fromLocal8Bit(names.nodename);
    }
    QByteArray text;
    if (procfs::readProcFile(QStringLiteral("/proc/sys/net/core/somaxconn"), &text, nullptr)) {
        if (const auto value = procfs::parseSigned(text.trimmed()))
            info.somaxconn = int(*value);
    }
    return info;
}

} // namespace tcplab
