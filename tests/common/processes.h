// SPDX-License-Identifier: GPL-3.0-or-later
// "Nothing left behind" checks: every process below this one, found through /proc. A test that
// makes itself a child subreaper (prctl(PR_SET_CHILD_SUBREAPER)) also sees what a killed child
// left behind, since orphans are reparented to it.
#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>

#include <unistd.h>

namespace tcplab::testing
{

inline QList<qint64> descendants(qint64 root = ::getpid())
{
    QHash<qint64, qint64> parents;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        QFile status(QLatin1String("/proc/") + entry + QLatin1String("/status"));
        if (!ok || !status.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf("\nPPid:");
        if (at >= 0)
            parents.insert(pid, text.mid(at + 6, text.indexOf('\n', at + 1) - at - 6).trimmed().toLongLong());
    }
    QList<qint64> result;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        for (qint64 p = it.value(), hops = 0; p > 1 && hops < 64; p = parents.value(p), ++hops) {
            if (p == root) {
                result << it.key();
                break;
            }
        }
    }
    return result;
}

} // namespace tcplab::testing
