// SPDX-License-Identifier: GPL-3.0-or-later
// A Linux kernel release ("6.18.44-fc-v595", "2.6.32-220.el6.x86_64") reduced to the numbers the
// kernel model compares: the TCP behaviour tcplab teaches changed at 3.1, 4.4, 4.10, 5.4, 6.5 and
// 6.13.
#pragma once

#include <QString>

namespace tcplab::lab
{

struct KernelVersion {
    int major = 0;
    int minor = 0;
    int patch = 0;

    static KernelVersion parse(const QString &release);
    static KernelVersion running();
    bool isValid() const
    {
        return major > 0;
    }
    bool atLeast(int maj, int min, int pat = 0) const
    {
        if (major != maj)
            return major > maj;
        if (minor != min)
            return minor > min;
        return patch >= pat;
    }
    QString toString() const;
};

} // namespace tcplab::lab
