// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebookdocumentexport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace tcplab
{

using notebook::EntryKind;
using notebook::NotebookExport;

QImage NotebookDocumentExport::chartImage(const QByteArray &svg, int width)
{
    QSvgRenderer renderer(svg);
    QSizeF size = renderer.defaultSize();
    if (size.isEmpty())
        size = QSizeF(800, 450);
    const int height = qMax(1, int(width * size.height() / size.width()));
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

bool NotebookDocumentExport::writePdf(const notebook::Notebook &notebook,
                                      const QString &path,
                                      QPageSize::PageSizeId pageSize,
                                      const notebook::ExportOptions &options,
                                      QString *error)
{
    notebook::ExportOptions o = options;
    // QTextDocument draws no SVG: charts go in as images under their file names.
    o.charts = notebook::ExportOptions::Charts::ImageFiles;
    QTextDocument document;
    for (const notebook::Entry &e : NotebookExport::selected(notebook, o)) {
        if (e.kind == EntryKind::Chart) {
            if (const auto chart = notebook.chart(e.id))
                document.addResource(QTextDocument::ImageResource, QUrl(NotebookExport::chartImageName(e.id)), chartImage(chart->svg));
        } else if (e.kind == EntryKind::Run) {
            const QByteArray svg = NotebookExport::runChartSvg(notebook, e.id);
            if (!svg.isEmpty())
                document.addResource(QTextDocument::ImageResource, QUrl(NotebookExport::runChartImageName(e.id)), chartImage(svg, 900));
        }
    }
    document.setHtml(NotebookExport::html(notebook, o));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setTitle(notebook.title());
    writer.setCreator(QStringLiteral("tcplab"));
    document.print(&writer);
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool NotebookDocumentExport::writeMarkdown(const notebook::Notebook &notebook,
                                           const QString &dir,
                                           const notebook::ExportOptions &options,
                                           QStringList *written,
                                           QString *error)
{
    const QDir out(dir);
    for (const notebook::Entry &e : NotebookExport::selected(notebook, options)) {
        QByteArray svg;
        QString name;
        if (e.kind == EntryKind::Chart) {
            const auto chart = notebook.chart(e.id);
            svg = chart ? chart->svg : QByteArray();
            name = NotebookExport::chartImageName(e.id);
        } else if (e.kind == EntryKind::Run) {
            svg = NotebookExport::runChartSvg(notebook, e.id);
            if (svg.isEmpty())
                continue;
            name = NotebookExport::runChartImageName(e.id);
        } else {
            continue;
        }
        if (svg.isEmpty() || !chartImage(svg).save(out.filePath(name), "PNG")) {
            if (error)
                *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(out.filePath(name)));
            return false;
        }
        if (written)
            written->append(name);
    }
    QSaveFile file(out.filePath(QStringLiteral("notebook.md")));
    if (!file.open(QIODevice::WriteOnly) || file.write(NotebookExport::markdown(notebook, options).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    if (written)
        written->append(QStringLiteral("notebook.md"));
    return true;
}

} // namespace tcplab
