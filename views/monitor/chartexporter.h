// SPDX-License-Identifier: GPL-3.0-or-later
// Every way a monitor chart leaves tcplab, in one place: PNG at a chosen size and resolution, SVG
// and PDF as vectors of the same layout, and the data behind the chart as CSV (one writer, shared
// by "Save" and "Copy"). Sizes are in pixels at the chosen DPI; the chart is laid out at the
// matching size in device-independent pixels, so text and lines keep their proportions at any
// resolution.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace tcplab
{

class MonitorChart;

enum class ExportFormat { Png, Svg, Pdf, Csv };

class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::ChartExporter)
public:
    static constexpr int kDefaultDpi = 96;

    static QList<ExportFormat> formats()
    {
        return {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv};
    }
    // "png", "svg", "pdf", "csv".
    static QString suffix(ExportFormat format);
    static std::optional<ExportFormat> formatForSuffix(const QString &suffix);
    // For menus and the file dialog's filter ("PNG image").
    static QString formatName(ExportFormat format);
    static QString fileFilter(ExportFormat format);

    // The points of every series in the chart's time range (not decimated), in the chart's units:
    // a header line, then one line per sample time with the time in ISO 8601 (local time with its
    // offset) and one column per series; a gap is an empty cell.
    static QString csv(const MonitorChart &chart);
    // The same text on the clipboard.
    static void copyCsv(const MonitorChart &chart);

    // The chart as an image of `pixelSize` pixels at `dpi`.
    static QImage image(MonitorChart *chart, const QSize &pixelSize, int dpi = kDefaultDpi);

    // Writes the chart to `path`. False with a message in `error` when the file could not be
    // written.
    static bool save(MonitorChart *chart, ExportFormat format, const QString &path, const QSize &pixelSize, int dpi = kDefaultDpi, QString *error = nullptr);
};

} // namespace tcplab
