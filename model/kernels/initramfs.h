// SPDX-License-Identifier: GPL-3.0-or-later
// The initramfs of a shelf kernel's virtual machine: the static tcplab-agent as /init (it is the
// guest's process 1, see app/agent/init.h) and the modules a run loads as /lib/modules/NAME.ko,
// decompressed where the kernel package ships them compressed (.ko.xz, .ko.zst), in a gzip-ed
// cpio "newc" archive, the form every kernel of the shelf unpacks.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tcplab::kernels
{

struct ShelfKernel;

class Initramfs
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::kernels::Initramfs)
public:
    // Writes `path`; `modules` are names ("veth", "sch_netem") found under the kernel's modules
    // folder. False with *error (naming what is missing).
    static bool write(const QString &path, const QString &agent, const ShelfKernel &kernel, const QStringList &modules, QString *error);
    // Where the kernel keeps a module: the file under modulesDirectory() named NAME.ko[.xz|.zst|.gz].
    static QString findModule(const ShelfKernel &kernel, const QString &name);
    // A module's bytes, decompressed.
    static QByteArray readModule(const QString &path, QString *error);
};

} // namespace tcplab::kernels
