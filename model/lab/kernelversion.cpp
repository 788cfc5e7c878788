// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelversion.h"

#include <QRegularExpression>

#include <sys/utsname.h>

namespace tcplab::lab
{

KernelVersion KernelVersion::parse(const QString &release)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    KernelVersion v;
    const auto match = pattern.match(release);
    if (match.hasMatch()) {
        v.major = match.captured(1).toInt();
        v.minor = match.captured(2).toInt();
        v.patch = match.captured(3).toInt();
    }
    return v;
}

KernelVersion KernelVersion::running()
{
    utsname names{};
    if (uname(&names) != 0)
        return {};
    return parse(QString::fromLatin1(names.release));
}

QString KernelVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace tcplab::lab
