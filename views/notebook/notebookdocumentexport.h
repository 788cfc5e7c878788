// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of a notebook's export that need QtGui: PDF through QTextDocument and QPdfWriter (A4
// or Letter), and Markdown with every chart rendered to a PNG file beside it. The text itself
// comes from notebook::NotebookExport in the model.
#pragma once

#include "notebook/notebookexport.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QStringList>

namespace tcplab
{

class NotebookDocumentExport
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::NotebookDocumentExport)
public:
    static bool
    writePdf(const notebook::Notebook &notebook, const QString &path, QPageSize::PageSizeId pageSize, const notebook::ExportOptions &options, QString *error);
    // Writes `dir/notebook.md` and a chart-<id>.png per chart; `written` gets the file names.
    static bool
    writeMarkdown(const notebook::Notebook &notebook, const QString &dir, const notebook::ExportOptions &options, QStringList *written, QString *error);
    // One chart's SVG as a PNG image of `width` pixels.
    static QImage chartImage(const QByteArray &svg, int width = 1200);
};

} // namespace tcplab
