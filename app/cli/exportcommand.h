// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab export FILE --format html|pdf|md|csv --out DIR [--page a4|letter]`: a notebook's
// write-up without a display (PDF and Markdown's pictures are painted offscreen).
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QPageSize>

namespace tcplab::notebook
{
class Notebook;
}

namespace tcplab::cli
{

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    QString name() const override
    {
        return QStringLiteral("export");
    }
    bool needsGui() const override
    {
        return true;
    }
    void setUp(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    // Writes the format into `outDir` and lists the files it wrote on stdout. 0 on success,
    // 1 on failure, 2 for an unknown format.
    static int write(const QString &file, const QString &format, const QString &outDir, QPageSize::PageSizeId page);
};

} // namespace tcplab::cli
