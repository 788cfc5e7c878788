// SPDX-License-Identifier: GPL-3.0-or-later
// The write-up made from a notebook, as text: self-contained XHTML (charts as inline SVG, or as
// references to image files for the PDF and Markdown writers in views/), Markdown, and CSV of the
// series behind every chart and recording. A title page, then every entry in notebook order: a
// run's parameters, its expected-against-measured table and explanation, charts, notes.
#pragma once

#include "notebook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tcplab::notebook
{

// One row of a run's table, read back from the result JSON.
struct RunComparison {
    QString group; // "server.states", "client.states", "client.outcomes", "counters_delta"
    QString key;
    QString expected; // "11" or "10–12"; "-" when the model predicts nothing for it
    qint64 measured = 0;
    bool differs = false;
};
QList<RunComparison> runComparisons(const QJsonObject &result);
// The spec as (name, value) rows: "backlog" "10", "kernel.somaxconn" "4096" ...
QList<std::pair<QString, QString>> specRows(const QJsonObject &spec);

struct ExportOptions {
    enum class Charts {
        InlineSvg, // <svg> inside the page
        ImageFiles, // <img src="chart-<id>.png">, written beside by the caller
    };
    QList<qint64> entryIds; // empty: every entry
    Charts charts = Charts::InlineSvg;
    // Each run starts on a new page when the document is paginated (PDF).
    bool pageBreaks = true;
    bool titlePage = true;
};

class NotebookExport
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::notebook::NotebookExport)
public:
    static QString html(const Notebook &notebook, const ExportOptions &options = {});
    static QString markdown(const Notebook &notebook, const ExportOptions &options = {});
    // "chart-12.png", the name charts have beside an exported document.
    static QString chartImageName(qint64 entryId);
    // "run-12.png": the timeline chart of run entry 12 beside an exported document.
    static QString runChartImageName(qint64 entryId);
    // The timeline chart of a run entry as SVG, or empty when it has no timeline.
    static QByteArray runChartSvg(const Notebook &notebook, qint64 runId);
    // "chart-12.csv" / "recording-7.csv".
    static QString csvName(const Entry &entry);
    // The series of a recording, one column per series, one row per sample time.
    static QString recordingCsv(const Notebook &notebook, qint64 recordingId);

    // Writes `<dir>/notebook.html`. False with a message when it could not.
    static bool writeHtml(const Notebook &notebook, const QString &path, const ExportOptions &options, QString *error);
    // One CSV per chart and recording in `dir`; the names written go to `written`.
    static bool writeCsv(const Notebook &notebook, const QString &dir, const ExportOptions &options, QStringList *written, QString *error);

    // The entries an export covers.
    static QList<Entry> selected(const Notebook &notebook, const ExportOptions &options);

private:
    static QString runHtml(const Notebook &notebook, const Entry &entry, const ExportOptions &options);
    static QString pasteHtml(const Notebook &notebook, const Entry &entry);
};

} // namespace tcplab::notebook
