// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "notebook/notebook.h"
#include "notebook/notebookdocumentexport.h"
#include "notebook/notebookexport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace tcplab::cli
{

void ExportCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Writes a notebook's write-up as HTML, PDF, Markdown or CSV."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), tr("The export command."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The notebook file."));
    parser.addOption({QStringLiteral("format"), tr("html, pdf, md or csv (default html)."), tr("format"), QStringLiteral("html")});
    parser.addOption({QStringLiteral("out"), tr("The folder to write into (default: the current one)."), tr("folder"), QStringLiteral(".")});
    parser.addOption({QStringLiteral("page"), tr("The PDF's page size: a4 or letter (default a4)."), tr("size"), QStringLiteral("a4")});
}

int ExportCommand::run(const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << tr("tcplab: export needs the notebook file") << Qt::endl;
        return 2;
    }
    const QString page = parser.value(QStringLiteral("page")).toLower();
    if (page != QLatin1String("a4") && page != QLatin1String("letter")) {
        err << tr("tcplab: --page takes a4 or letter") << Qt::endl;
        return 2;
    }
    return write(parser.positionalArguments().at(1),
                 parser.value(QStringLiteral("format")),
                 parser.value(QStringLiteral("out")),
                 page == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4);
}

int ExportCommand::write(const QString &file, const QString &format, const QString &outDir, QPageSize::PageSizeId page)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    notebook::Notebook nb;
    if (!nb.open(file)) {
        err << nb.errorString() << Qt::endl;
        return 1;
    }
    if (!QDir().mkpath(outDir)) {
        err << tr("tcplab: cannot make the folder %1").arg(QDir::toNativeSeparators(outDir)) << Qt::endl;
        return 1;
    }
    QStringList written;
    QString error;
    bool ok = false;
    if (format == QLatin1String("html")) {
        ok = notebook::NotebookExport::writeHtml(nb, QDir(outDir).filePath(QStringLiteral("notebook.html")), {}, &error);
        written.append(QStringLiteral("notebook.html"));
    } else if (format == QLatin1String("csv")) {
        ok = notebook::NotebookExport::writeCsv(nb, outDir, {}, &written, &error);
    } else if (format == QLatin1String("md")) {
        ok = NotebookDocumentExport::writeMarkdown(nb, outDir, {}, &written, &error);
    } else if (format == QLatin1String("pdf")) {
        written.append(QStringLiteral("notebook.pdf"));
        ok = NotebookDocumentExport::writePdf(nb, QDir(outDir).filePath(QStringLiteral("notebook.pdf")), page, {}, &error);
    } else {
        err << tr("tcplab: --format takes html, pdf, md or csv") << Qt::endl;
        return 2;
    }
    if (!ok) {
        err << error << Qt::endl;
        return 1;
    }
    for (const QString &name : written)
        out << QDir::toNativeSeparators(QDir(outDir).filePath(name)) << Qt::endl;
    return 0;
}

} // namespace tcplab::cli
