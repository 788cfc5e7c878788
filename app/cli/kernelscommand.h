// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab kernels [list | fetch NAME... | add NAME FILE [--modules DIR] | remove NAME...] [--json]`:
// the kernel shelf without a window: what is on it, Debian's cloud kernels fetched and checked,
// kernel files of one's own, removal.
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace tcplab::kernels
{
class KernelShelf;
}

namespace tcplab::cli
{

class KernelsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    QString name() const override
    {
        return QStringLiteral("kernels");
    }
    Errors errors() const override
    {
        return Errors::ExitCode2;
    }
    void setUp(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    int list(kernels::KernelShelf &shelf, bool json);
    int fetch(kernels::KernelShelf &shelf, const QStringList &names);
    int add(kernels::KernelShelf &shelf, const QStringList &arguments, const QString &modules);
    int remove(kernels::KernelShelf &shelf, const QStringList &names);
};

} // namespace tcplab::cli
