// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "monitorchart.h"
#include "notebook/csv.h"
#include "series/timeseriesstore.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <limits>

namespace tcplab
{

namespace
{

// The resolution the chart is laid out at: device-independent pixels.
constexpr double kLayoutDpi = 96.0;

QSizeF layoutSize(const QSize &pixelSize, int dpi)
{
    return QSizeF(pixelSize) * (kLayoutDpi / double(qMax(1, dpi)));
}

QString isoTime(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    // With the offset written out, so that the file means the same moment anywhere.
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

void paintBackground(QPainter *painter, const QRectF &rect, const MonitorChart *chart)
{
    painter->fillRect(rect, chart->palette().color(QPalette::Base));
}

} // namespace

QString ChartExporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return QString();
}

std::optional<ExportFormat> ChartExporter::formatForSuffix(const QString &suffixText)
{
    const QString lower = suffixText.toLower();
    for (ExportFormat format : formats()) {
        if (suffix(format) == lower)
            return format;
    }
    return std::nullopt;
}

QString ChartExporter::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return tr("PNG image");
    case ExportFormat::Svg:
        return tr("SVG drawing");
    case ExportFormat::Pdf:
        return tr("PDF document");
    case ExportFormat::Csv:
        return tr("CSV data");
    }
    return QString();
}

QString ChartExporter::fileFilter(ExportFormat format)
{
    return formatName(format) + QLatin1String(" (*.") + suffix(format) + QLatin1Char(')');
}

QString ChartExporter::csv(const MonitorChart &chart)
{
    const TimeSeriesStore *store = chart.store();
    const int columns = chart.seriesCount();
    QString out;
    out += csvField(tr("Time"));
    QList<const TimeSeries *> data;
    QList<qsizetype> next;
    QList<qsizetype> end;
    for (int c = 0; c < columns; ++c) {
        QString header = chart.seriesLabel(c);
        if (!chart.unit().isEmpty())
            header += QLatin1String(" (") + chart.unit() + QLatin1Char(')');
        out += QLatin1Char(',') + csvField(header);
        const TimeSeries *series = store ? store->series(chart.seriesStoreName(c)) : nullptr;
        data.append(series);
        next.append(series ? series->lowerBound(chart.fromMs()) : 0);
        end.append(series ? series->lowerBound(chart.toMs() + 1) : 0);
    }
    out += QLatin1Char('\n');

    // The series are merged by time: usually they share every sample time, but a series that
    // appeared later starts later.
    for (;;) {
        qint64 t = std::numeric_limits<qint64>::max();
        for (int c = 0; c < columns; ++c) {
            if (data.at(c) && next.at(c) < end.at(c))
                t = qMin(t, data.at(c)->timeAt(next.at(c)));
        }
        if (t == std::numeric_limits<qint64>::max())
            break;
        out += isoTime(t);
        for (int c = 0; c < columns; ++c) {
            out += QLatin1Char(',');
            if (!data.at(c) || next.at(c) >= end.at(c) || data.at(c)->timeAt(next.at(c)) != t)
                continue;
            const double v = data.at(c)->valueAt(next.at(c));
            ++next[c];
            if (!std::isnan(v))
                out += QString::number(v * chart.seriesFactor(c), 'g', QLocale::FloatingPointShortest);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

void ChartExporter::copyCsv(const MonitorChart &chart)
{
    const QString text = csv(chart);
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(QStringLiteral("text/csv"), text.toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime);
}

QImage ChartExporter::image(MonitorChart *chart, const QSize &pixelSize, int dpi)
{
    QImage result(pixelSize, QImage::Format_ARGB32_Premultiplied);
    // The painter works in device-independent pixels and the ratio maps them onto the image, so
    // fonts keep the size the layout measured them at.
    result.setDevicePixelRatio(double(qMax(1, dpi)) / kLayoutDpi);
    const QSizeF logical = layoutSize(pixelSize, dpi);
    {
        QPainter painter(&result);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        paintBackground(&painter, QRectF(QPointF(), logical), chart);
        chart->renderAt(&painter, QRectF(QPointF(), logical), logical);
    }
    // Only now: the resolution is metadata for the PNG, and changing it earlier would change how
    // the painter sizes fonts.
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    result.setDotsPerMeterX(dotsPerMeter);
    result.setDotsPerMeterY(dotsPerMeter);
    return result;
}

bool ChartExporter::save(MonitorChart *chart, ExportFormat format, const QString &path, const QSize &pixelSize, int dpi, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, reason);
        return false;
    };
    if (format != ExportFormat::Csv && (pixelSize.width() < 16 || pixelSize.height() < 16))
        return fail(tr("the size is too small"));
    dpi = qBound(24, dpi, 2400);
    const QSizeF logical = layoutSize(pixelSize, dpi);

    switch (format) {
    case ExportFormat::Png: {
        QImageWriter writer(path, "png");
        if (!writer.write(image(chart, pixelSize, dpi)))
            return fail(writer.errorString());
        return true;
    }
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setFileName(path);
        // Laid out and written in device-independent pixels; at 96 per inch the drawing has the
        // physical size the pixels have at the chosen DPI.
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(), logical));
        generator.setResolution(int(kLayoutDpi));
        generator.setTitle(chart->title());
        generator.setDescription(chart->valueTitle());
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("the file cannot be opened"));
        paintBackground(&painter, QRectF(QPointF(), logical), chart);
        chart->renderAt(&painter, QRectF(QPointF(), logical), logical);
        if (!painter.end())
            return fail(tr("the file cannot be written"));
        return true;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(path);
        writer.setCreator(QStringLiteral("tcplab"));
        writer.setTitle(chart->title());
        // One page of exactly the chosen physical size, without margins.
        const QSizeF points(pixelSize.width() * 72.0 / dpi, pixelSize.height() * 72.0 / dpi);
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        // The layout's own resolution, so that fonts come out as measured; text and lines stay
        // vectors.
        writer.setResolution(int(kLayoutDpi));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("the file cannot be opened"));
        const QRectF page(0, 0, writer.width(), writer.height());
        paintBackground(&painter, page, chart);
        chart->renderAt(&painter, page, logical);
        if (!painter.end())
            return fail(tr("the file cannot be written"));
        return true;
    }
    case ExportFormat::Csv: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return fail(file.errorString());
        file.write(csv(*chart).toUtf8());
        if (!file.commit())
            return fail(file.errorString());
        return true;
    }
    }
    return fail(tr("unknown format"));
}

} // namespace tcplab
