// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebookexport.h"

#include "csv.h"
#include "lab/comparisontablemodel.h"
#include "timelinesvg.h"

#include "notebook/pasteanalysis.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace tcplab::notebook
{

namespace
{

QJsonObject at(const QJsonObject &root, const QString &dotted)
{
    QJsonObject o = root;
    const QStringList parts = dotted.split(QLatin1Char('.'));
    for (const QString &p : parts)
        o = o.value(p).toObject();
    return o;
}

// A range as Range::toJson() wrote it: a number, or {"min": .., "max": ..}.
lab::Range rangeOf(const QJsonValue &v)
{
    if (v.isObject())
        return lab::Range::between(v[QStringLiteral("min")].toInteger(), v[QStringLiteral("max")].toInteger());
    return lab::Range::exactly(v.toInteger());
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

// Inline `code` inside already escaped text.
QString inlineCode(const QString &escaped)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QString out = escaped;
    out.replace(code, QStringLiteral("<code>\\1</code>"));
    return out;
}

// The notes' Markdown-ish text: fenced code blocks, headings, bullet lists, paragraphs.
QString noteHtml(const QString &text)
{
    QString out;
    QStringList paragraph;
    bool inList = false;
    auto endParagraph = [&] {
        if (!paragraph.isEmpty())
            out += QLatin1String("<p>") + paragraph.join(QLatin1String("<br/>")) + QLatin1String("</p>\n");
        paragraph.clear();
    };
    auto endList = [&] {
        if (inList)
            out += QLatin1String("</ul>\n");
        inList = false;
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QLatin1String("```"))) {
            endParagraph();
            endList();
            const QString language = line.mid(3).trimmed();
            QStringList code;
            for (++i; i < lines.size() && !lines.at(i).startsWith(QLatin1String("```")); ++i)
                code.append(lines.at(i));
            out += QLatin1String("<pre class=\"code\"") + (language.isEmpty() ? QString() : QLatin1String(" title=\"") + esc(language) + QLatin1String("\""))
                + QLatin1String(">") + esc(code.join(QLatin1Char('\n'))) + QLatin1String("</pre>\n");
        } else if (line.startsWith(QLatin1Char('#'))) {
            endParagraph();
            endList();
            out += QLatin1String("<h4>") + inlineCode(esc(line.section(QLatin1Char(' '), 1))) + QLatin1String("</h4>\n");
        } else if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))) {
            endParagraph();
            if (!inList)
                out += QLatin1String("<ul>\n");
            inList = true;
            out += QLatin1String("<li>") + inlineCode(esc(line.mid(2))) + QLatin1String("</li>\n");
        } else if (line.trimmed().isEmpty()) {
            endParagraph();
            endList();
        } else {
            endList();
            paragraph.append(inlineCode(esc(line)));
        }
    }
    endParagraph();
    endList();
    return out;
}

// QSvgGenerator writes an XML declaration and comments before <svg>; inside XHTML only the element
// itself may stand.
QString inlineSvg(const QByteArray &svg)
{
    const QString text = QString::fromUtf8(svg);
    const qsizetype start = text.indexOf(QLatin1String("<svg"));
    return start < 0 ? QString() : text.mid(start);
}

QString mdCell(QString s)
{
    return s.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString number(double v)
{
    if (std::isnan(v))
        return QString();
    return QString::number(v, 'g', 12);
}

QList<BilingualText> explanationOf(const QJsonObject &result)
{
    QList<BilingualText> list;
    const QJsonArray notes = result[QStringLiteral("explanation")][QStringLiteral("notes")].toArray();
    for (const QJsonValue &n : notes)
        list.append({n[QStringLiteral("en")].toString(), n[QStringLiteral("ja")].toString()});
    return list;
}

} // namespace

QList<RunComparison> runComparisons(const QJsonObject &result)
{
    using lab::ComparisonGroup;
    const QJsonObject expected = result.value(QStringLiteral("expected")).toObject();
    QList<lab::Comparison> comparisons;
    QList<RunComparison> measuredOnly;
    for (const ComparisonGroup g :
         {ComparisonGroup::ServerStates, ComparisonGroup::ClientStates, ComparisonGroup::ClientOutcomes, ComparisonGroup::CountersDelta}) {
        const QString group = lab::comparisonGroupKey(g);
        const bool counters = g == ComparisonGroup::CountersDelta;
        const QJsonObject expectedMap = counters ? expected.value(group).toObject() : at(expected, group);
        const QJsonObject measuredMap = counters ? result.value(group).toObject() : at(result, group);
        for (auto it = expectedMap.begin(); it != expectedMap.end(); ++it) {
            comparisons.append({group, it.key(), measuredMap.value(it.key()).toInteger(), rangeOf(it.value())});
        }
        // Figures measured that the model does not predict, as the CLI's table shows them.
        if (counters) {
            for (auto it = measuredMap.begin(); it != measuredMap.end(); ++it) {
                if (!expectedMap.contains(it.key()))
                    measuredOnly.append({group, it.key(), QStringLiteral("-"), it.value().toInteger(), false});
            }
        }
    }
    // The expected ranges and the differences as the experiment panel's table shows them.
    lab::ComparisonTableModel table;
    table.setComparisons(comparisons);
    QList<RunComparison> list;
    for (int row = 0; row < table.rowCount(); ++row) {
        const lab::Comparison &c = table.comparisons().at(row);
        list.append({c.group,
                     c.key,
                     table.index(row, lab::ComparisonTableModel::ExpectedColumn).data().toString(),
                     c.measured,
                     table.index(row, lab::ComparisonTableModel::MeasuredColumn).data(lab::ComparisonTableModel::DiffersRole).toBool()});
    }
    return list + measuredOnly;
}

QList<std::pair<QString, QString>> specRows(const QJsonObject &spec)
{
    QList<std::pair<QString, QString>> rows;
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                rows.append({it.key() + QLatin1Char('.') + in.key(), in.value().toVariant().toString()});
        } else {
            rows.append({it.key(), it.value().toVariant().toString()});
        }
    }
    return rows;
}

QList<Entry> NotebookExport::selected(const Notebook &notebook, const ExportOptions &options)
{
    QList<Entry> list = notebook.entries();
    if (!options.entryIds.isEmpty())
        list.removeIf([&options](const Entry &e) {
            return !options.entryIds.contains(e.id);
        });
    return list;
}

QString NotebookExport::runChartImageName(qint64 entryId)
{
    return QStringLiteral("run-") + QString::number(entryId) + QStringLiteral(".png");
}

QByteArray NotebookExport::runChartSvg(const Notebook &notebook, qint64 runId)
{
    const std::optional<RunRecord> run = notebook.run(runId);
    return run ? timelineSvg(run->timeline, tr("During the run")) : QByteArray();
}

QString NotebookExport::chartImageName(qint64 entryId)
{
    return QStringLiteral("chart-") + QString::number(entryId) + QStringLiteral(".png");
}

QString NotebookExport::csvName(const Entry &entry)
{
    return kindName(entry.kind) + QLatin1Char('-') + QString::number(entry.id) + QStringLiteral(".csv");
}

// A run's parameters, expected and measured figures, timeline and explanation.
QString NotebookExport::runHtml(const Notebook &notebook, const Entry &e, const ExportOptions &options)
{
    QString out;
    const std::optional<RunRecord> run = notebook.run(e.id);
    if (!run)
        return QString();
    out += QLatin1String("<h3>") + esc(tr("Parameters")) + QLatin1String("</h3>\n<table class=\"parameters\">\n");
    for (const auto &[name, value] : specRows(run->spec))
        out += QLatin1String("<tr><td>") + esc(name) + QLatin1String("</td><td class=\"n\">") + esc(value) + QLatin1String("</td></tr>\n");
    const QString kernel = run->result.value(QStringLiteral("kernel")).toString();
    out += QLatin1String("<tr><td>") + esc(tr("kernel")) + QLatin1String("</td><td class=\"n\">") + esc(kernel) + QLatin1String("</td></tr>\n</table>\n");
    out += QLatin1String("<h3>") + esc(tr("Expected and measured")) + QLatin1String("</h3>\n<table class=\"results\">\n<tr><th>") + esc(tr("Figure"))
        + QLatin1String("</th><th>") + esc(tr("Expected")) + QLatin1String("</th><th>") + esc(tr("Measured")) + QLatin1String("</th></tr>\n");
    for (const RunComparison &c : runComparisons(run->result)) {
        out += QLatin1String(c.differs ? "<tr class=\"differs\">" : "<tr>") + QLatin1String("<td>") + esc(c.group + QLatin1Char(' ') + c.key)
            + QLatin1String("</td><td class=\"n\">") + esc(c.expected) + QLatin1String("</td><td class=\"n\">") + QString::number(c.measured)
            + (c.differs ? QLatin1String(" *") : QLatin1String("")) + QLatin1String("</td></tr>\n");
    }
    out += QLatin1String("</table>\n");
    // The run's timeline, drawn as the experiment panel showed it while it ran.
    const QByteArray timeline = timelineSvg(run->timeline, tr("During the run"));
    if (!timeline.isEmpty() && options.charts == ExportOptions::Charts::InlineSvg)
        out += QLatin1String("<div class=\"chart\">") + inlineSvg(timeline) + QLatin1String("</div>\n");
    else if (!timeline.isEmpty())
        out += QLatin1String("<p><img src=\"") + esc(runChartImageName(e.id)) + QLatin1String("\" alt=\"") + esc(tr("During the run"))
            + QLatin1String("\"/></p>\n");
    const QList<BilingualText> notes = explanationOf(run->result);
    if (!notes.isEmpty()) {
        out += QLatin1String("<h3>") + esc(tr("Explanation")) + QLatin1String("</h3>\n");
        for (const BilingualText &t : notes) {
            out += QLatin1String("<p lang=\"ja\">") + esc(t.ja) + QLatin1String("</p>\n");
            if (t.en != t.ja)
                out += QLatin1String("<p lang=\"en\">") + esc(t.en) + QLatin1String("</p>\n");
        }
    }
    if (!run->remarks.isEmpty())
        out += QLatin1String("<h3>") + esc(tr("Remarks")) + QLatin1String("</h3>\n") + noteHtml(run->remarks);
    return out;
}

// A pasted pair of counter captures: the changes and what they mean.
QString NotebookExport::pasteHtml(const Notebook &notebook, const Entry &e)
{
    QString out;
    const std::optional<PasteRecord> paste = notebook.paste(e.id);
    if (!paste)
        return QString();
    const PasteAnalysis a = analysePaste(paste->before, paste->after, paste->seconds);
    if (!a.ok) {
        out += QLatin1String("<p>") + esc(a.error.ja) + QLatin1String("</p><p>") + esc(a.error.en) + QLatin1String("</p>\n");
        return out;
    }
    out += QLatin1String("<table class=\"deltas\">\n<tr><th>") + esc(tr("Counter")) + QLatin1String("</th><th>") + esc(tr("Change"))
        + QLatin1String("</th><th>") + esc(tr("Per second")) + QLatin1String("</th></tr>\n");
    for (const CounterDelta &d : a.deltas)
        out += QLatin1String("<tr><td>") + esc(d.key) + QLatin1String("</td><td class=\"n\">") + QString::number(d.delta())
            + QLatin1String("</td><td class=\"n\">") + QString::number(double(d.delta()) / a.seconds, 'f', 2) + QLatin1String("</td></tr>\n");
    out += QLatin1String("</table>\n");
    for (const BilingualText &t : a.explanation)
        out += QLatin1String("<p lang=\"ja\">") + esc(t.ja) + QLatin1String("</p>\n<p lang=\"en\">") + esc(t.en) + QLatin1String("</p>\n");
    if (!e.text.isEmpty())
        out += noteHtml(e.text);
    return out;
}

QString NotebookExport::html(const Notebook &notebook, const ExportOptions &options)
{
    const QList<Entry> entries = selected(notebook, options);
    const QString title = notebook.title().isEmpty() ? tr("Lab notebook") : notebook.title();
    int runs = 0;
    for (const Entry &e : entries)
        runs += e.kind == EntryKind::Run ? 1 : 0;

    QString out;
    out += QLatin1String(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
               "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/><title>")
        + esc(title)
        + QLatin1String(
               "</title><style>body{font-family:sans-serif;max-width:60em;margin:auto;}"
               "table{border-collapse:collapse;}td,th{border:1px solid #888;padding:2px 6px;}"
               "td.n{text-align:right;}tr.differs td{font-weight:bold;color:#a00;}"
               "pre{background:#f4f4f4;padding:4px;}.meta{color:#666;}</style></head><body>\n");
    if (options.titlePage)
        out += QLatin1String("<div class=\"titlepage\"><h1>") + esc(title) + QLatin1String("</h1>\n<p>")
            + esc(tr("Written %1 from %2").arg(QDateTime::currentDateTime().toString(Qt::ISODate), QDir::toNativeSeparators(notebook.path())))
            + QLatin1String("</p>\n<p>") + esc(tr("%n entries", nullptr, int(entries.size()))) + QLatin1String(", ")
            + esc(tr("%n experiment runs", nullptr, runs)) + QLatin1String("</p></div>\n");

    bool first = true;
    for (const Entry &e : entries) {
        const bool newPage = options.pageBreaks && (first || e.kind == EntryKind::Run);
        first = false;
        out += QLatin1String("<div class=\"entry ") + kindName(e.kind) + QLatin1String("\" id=\"entry-") + QString::number(e.id) + QLatin1String("\">\n<h2")
            + (newPage ? QLatin1String(" style=\"page-break-before: always\"") : QLatin1String("")) + QLatin1String(">") + esc(e.title)
            + QLatin1String("</h2>\n<p class=\"meta\">") + esc(dateText(e.createdMs))
            + (e.tags.isEmpty() ? QString() : (QStringLiteral(" ") + QChar(0x2014) + QLatin1Char(' ')) + esc(e.tags.join(QLatin1String(", "))))
            + QLatin1String("</p>\n");
        switch (e.kind) {
        case EntryKind::Note:
            out += noteHtml(e.text);
            break;
        case EntryKind::Run:
            out += runHtml(notebook, e, options);
            break;
        case EntryKind::Chart: {
            const std::optional<ChartSnapshot> chart = notebook.chart(e.id);
            if (!chart)
                break;
            out += QLatin1String("<div class=\"chart\">");
            if (options.charts == ExportOptions::Charts::InlineSvg)
                out += inlineSvg(chart->svg);
            else
                out +=
                    QLatin1String("<img src=\"") + chartImageName(e.id) + QLatin1String("\" alt=\"") + esc(chart->title) + QLatin1String("\" width=\"600\"/>");
            out += QLatin1String("</div>\n");
            if (!e.text.isEmpty())
                out += noteHtml(e.text);
            break;
        }
        case EntryKind::Output:
            out += QLatin1String("<pre class=\"output\">$ ") + esc(e.title) + QLatin1Char('\n') + esc(e.text) + QLatin1String("</pre>\n");
            break;
        case EntryKind::Recording: {
            const QStringList series = notebook.recordingSeries(e.id);
            const auto span = notebook.recordingSpan(e.id);
            out += QLatin1String("<p>")
                + esc(tr("%n series", nullptr, int(series.size())) + QLatin1String(", ")
                      + (span ? tr("%1 to %2").arg(dateText(span->first), dateText(span->second)) : tr("no samples")))
                + QLatin1String("</p>\n");
            if (!e.text.isEmpty())
                out += noteHtml(e.text);
            break;
        }
        case EntryKind::Paste:
            out += pasteHtml(notebook, e);
            break;
        }
        out += QLatin1String("</div>\n");
    }
    out += QLatin1String("</body></html>\n");
    return out;
}

QString NotebookExport::markdown(const Notebook &notebook, const ExportOptions &options)
{
    const QList<Entry> entries = selected(notebook, options);
    const QString title = notebook.title().isEmpty() ? tr("Lab notebook") : notebook.title();
    QString out = QLatin1String("# ") + title + QLatin1String("\n\n")
        + tr("Written %1 from %2").arg(QDateTime::currentDateTime().toString(Qt::ISODate), QDir::toNativeSeparators(notebook.path())) + QLatin1String("\n\n");
    for (const Entry &e : entries) {
        out += QLatin1String("## ") + e.title + QLatin1String("\n\n*") + dateText(e.createdMs)
            + (e.tags.isEmpty() ? QString() : (QStringLiteral(" ") + QChar(0x2014) + QLatin1Char(' ')) + e.tags.join(QLatin1String(", ")))
            + QLatin1String("*\n\n");
        switch (e.kind) {
        case EntryKind::Note:
            out += e.text + QLatin1String("\n\n");
            break;
        case EntryKind::Run: {
            const std::optional<RunRecord> run = notebook.run(e.id);
            if (!run)
                break;
            out += QLatin1String("### ") + tr("Parameters") + QLatin1String("\n\n| | |\n| --- | ---: |\n");
            for (const auto &[name, value] : specRows(run->spec))
                out += QLatin1String("| ") + mdCell(name) + QLatin1String(" | ") + mdCell(value) + QLatin1String(" |\n");
            out += QLatin1String("| ") + tr("kernel") + QLatin1String(" | ") + mdCell(run->result.value(QStringLiteral("kernel")).toString())
                + QLatin1String(" |\n\n");
            out += QLatin1String("### ") + tr("Expected and measured") + QLatin1String("\n\n| ") + tr("Figure") + QLatin1String(" | ") + tr("Expected")
                + QLatin1String(" | ") + tr("Measured") + QLatin1String(" |\n| --- | ---: | ---: |\n");
            for (const RunComparison &c : runComparisons(run->result))
                out += QLatin1String("| ") + mdCell(c.group + QLatin1Char(' ') + c.key) + QLatin1String(" | ") + mdCell(c.expected) + QLatin1String(" | ")
                    + QString::number(c.measured) + (c.differs ? QLatin1String(" \\*") : QLatin1String("")) + QLatin1String(" |\n");
            out += QLatin1Char('\n');
            if (!run->timeline.isEmpty())
                out += QLatin1String("![") + tr("During the run") + QLatin1String("](") + runChartImageName(e.id) + QLatin1String(")\n\n");
            const QList<BilingualText> notes = explanationOf(run->result);
            if (!notes.isEmpty()) {
                out += QLatin1String("### ") + tr("Explanation") + QLatin1String("\n\n");
                for (const BilingualText &t : notes)
                    out += QLatin1String("- ") + t.ja + (t.en != t.ja ? QLatin1String("\n  ") + t.en : QString()) + QLatin1Char('\n');
                out += QLatin1Char('\n');
            }
            if (!run->remarks.isEmpty())
                out += QLatin1String("### ") + tr("Remarks") + QLatin1String("\n\n") + run->remarks + QLatin1String("\n\n");
            break;
        }
        case EntryKind::Chart:
            out += QLatin1String("![") + e.title + QLatin1String("](") + chartImageName(e.id) + QLatin1String(")\n\n");
            if (!e.text.isEmpty())
                out += e.text + QLatin1String("\n\n");
            break;
        case EntryKind::Output:
            out += QLatin1String("```console\n$ ") + e.title + QLatin1Char('\n') + e.text
                + (e.text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + QLatin1String("```\n\n");
            break;
        case EntryKind::Recording: {
            const auto span = notebook.recordingSpan(e.id);
            out += tr("%n series", nullptr, int(notebook.recordingSeries(e.id).size())) + QLatin1String(", ")
                + (span ? tr("%1 to %2").arg(dateText(span->first), dateText(span->second)) : tr("no samples")) + QLatin1String(" (") + csvName(e)
                + QLatin1String(")\n\n");
            if (!e.text.isEmpty())
                out += e.text + QLatin1String("\n\n");
            break;
        }
        case EntryKind::Paste: {
            const std::optional<PasteRecord> paste = notebook.paste(e.id);
            if (!paste)
                break;
            const PasteAnalysis a = analysePaste(paste->before, paste->after, paste->seconds);
            if (a.ok) {
                out += QLatin1String("| ") + tr("Counter") + QLatin1String(" | ") + tr("Change") + QLatin1String(" | ") + tr("Per second")
                    + QLatin1String(" |\n| --- | ---: | ---: |\n");
                for (const CounterDelta &d : a.deltas)
                    out += QLatin1String("| ") + d.key + QLatin1String(" | ") + QString::number(d.delta()) + QLatin1String(" | ")
                        + QString::number(double(d.delta()) / a.seconds, 'f', 2) + QLatin1String(" |\n");
                out += QLatin1Char('\n');
            }
            for (const BilingualText &t : a.ok ? a.explanation : QList<BilingualText>{a.error})
                out += QLatin1String("- ") + t.ja + QLatin1String("\n  ") + t.en + QLatin1Char('\n');
            out += QLatin1Char('\n');
            if (!e.text.isEmpty())
                out += e.text + QLatin1String("\n\n");
            break;
        }
        }
    }
    return out;
}

QString NotebookExport::recordingCsv(const Notebook &notebook, qint64 recordingId)
{
    const QStringList names = notebook.recordingSeries(recordingId);
    QMap<qint64, QList<double>> rows;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QList<SeriesPoint> points = notebook.samples(recordingId, names.at(i));
        for (const SeriesPoint &p : points) {
            QList<double> &row = rows[p.timeMs];
            if (row.isEmpty())
                row.fill(std::nan(""), names.size());
            row[i] = p.value;
        }
    }
    QString out = QStringLiteral("time");
    for (const QString &n : names)
        out += QLatin1Char(',') + csvField(n);
    out += QLatin1Char('\n');
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        out += QDateTime::fromMSecsSinceEpoch(it.key()).toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODateWithMs);
        for (double v : it.value())
            out += QLatin1Char(',') + number(v);
        out += QLatin1Char('\n');
    }
    return out;
}

static bool writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = NotebookExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool NotebookExport::writeHtml(const Notebook &notebook, const QString &path, const ExportOptions &options, QString *error)
{
    return writeText(path, html(notebook, options), error);
}

bool NotebookExport::writeCsv(const Notebook &notebook, const QString &dir, const ExportOptions &options, QStringList *written, QString *error)
{
    for (const Entry &e : selected(notebook, options)) {
        QString csv;
        if (e.kind == EntryKind::Chart) {
            if (const auto chart = notebook.chart(e.id))
                csv = chart->csv;
        } else if (e.kind == EntryKind::Recording) {
            csv = recordingCsv(notebook, e.id);
        } else {
            continue;
        }
        const QString path = QDir(dir).filePath(csvName(e));
        if (!writeText(path, csv, error))
            return false;
        if (written)
            written->append(csvName(e));
    }
    return true;
}

} // namespace tcplab::notebook
