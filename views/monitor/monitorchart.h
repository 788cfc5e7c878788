// SPDX-License-Identifier: GPL-3.0-or-later
// One chart of the monitor view: a few series of the time-series store drawn against time, each
// through TimeSeries::decimate() so that a day of samples costs no more than a minute of them. A
// series is drawn as one line per run of samples between gaps, so a gap shows as a break. The
// chart never picks its own time range: it asks for one (zoom, pan, follow) and the monitor view
// moves every chart together. The hover read-out is painted over the scene, so exports never
// show it.
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace tcplab
{

class TimeSeriesStore;

class MonitorChart : public QChartView
{
    Q_OBJECT
public:
    explicit MonitorChart(const TimeSeriesStore *store, QWidget *parent = nullptr);
    ~MonitorChart() override;

    const TimeSeriesStore *store() const
    {
        return m_store;
    }

    // Adds a series drawn from the store's `storeName`, its values multiplied by `factor`, in the
    // colour `colourIndex` of the chart palette. Returns its index.
    int addSeries(const QString &storeName, const QString &label, double factor, int colourIndex);
    int seriesCount() const
    {
        return int(m_series.size());
    }
    void setSeriesStoreName(int index, const QString &storeName);
    QString seriesStoreName(int index) const
    {
        return m_series.at(index).storeName;
    }
    void setSeriesLabel(int index, const QString &label);
    QString seriesLabel(int index) const
    {
        return m_series.at(index).label;
    }
    double seriesFactor(int index) const
    {
        return m_series.at(index).factor;
    }

    void setTitle(const QString &title);
    QString title() const;
    // The value axis's title, with the unit in it.
    void setValueTitle(const QString &title);
    QString valueTitle() const;
    // The unit of the values, for the CSV columns ("packets/s").
    void setUnit(const QString &unit)
    {
        m_unit = unit;
    }
    QString unit() const
    {
        return m_unit;
    }
    void setTimeTitle(const QString &title);
    // An upper bound for the value axis (100 for CPU percentages); 0 for none.
    void setValueCeiling(double ceiling)
    {
        m_ceiling = ceiling;
    }

    // The time range shown, in ms since the epoch. Takes effect at the next refresh().
    void setTimeRange(qint64 fromMs, qint64 toMs);
    qint64 fromMs() const
    {
        return m_fromMs;
    }
    qint64 toMs() const
    {
        return m_toMs;
    }

    // Decimates every series for the current range into `buckets` buckets (the plot area's width
    // in pixels when 0 or less), replaces the drawn points and fits the value axis.
    void refresh(int buckets = 0);

    // The lines drawn for series `index`: one list of points per run between gaps, in
    // the chart's units.
    QList<QList<QPointF>> drawnSegments(int index) const;
    // The line series that draw series `index` (the first one carries the legend entry).
    QList<QLineSeries *> lineSeries(int index) const
    {
        return m_series.at(index).lines;
    }
    QValueAxis *valueAxis() const
    {
        return m_valueAxis;
    }
    QDateTimeAxis *timeAxis() const
    {
        return m_timeAxis;
    }

    // The hovered time shown by the read-out in this chart; negative hides it.
    void setHoverTime(qint64 timeMs);
    qint64 hoverTime() const
    {
        return m_hoverMs;
    }
    // The read-out's lines: the time, then "label: value" per series (nearest sample).
    QStringList readout(qint64 timeMs) const;

    // Extra room left of the value axis, so that the plot areas of stacked charts line up.
    void setLeftPadding(qreal padding);
    qreal leftPadding() const
    {
        return m_leftPadding;
    }

    // Paints the chart as it would look at `logicalSize` (device-independent pixels) into
    // `target` of `painter`, then puts the on-screen chart back as it was.
    void renderAt(QPainter *painter, const QRectF &target, const QSizeF &logicalSize);

    // Re-picks the chart theme, colours and fonts from the widget's palette and font.
    void applyPalette();

Q_SIGNALS:
    // The user zoomed or panned in this chart.
    void rangeRequested(qint64 fromMs, qint64 toMs);
    void followRequested();
    // Negative when the pointer left the plot area.
    void hoverTimeChanged(qint64 timeMs);
    void exportRequested();
    void copyDataRequested();

protected:
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Series {
        QString storeName;
        QString label;
        double factor = 1;
        int colourIndex = 0;
        QList<QLineSeries *> lines;
    };

    QLineSeries *newLine(Series &series);
    void applySeriesPens();
    void applyTimeFormat();
    QColor colour(int colourIndex) const;
    // Time at a viewport position, or -1 outside the plot area.
    qint64 timeAtViewportPos(const QPointF &pos) const;
    void zoomBy(double factor, qint64 anchorMs);
    void panBy(double fraction);

    const TimeSeriesStore *m_store;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QList<Series> m_series;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 60000;
    QString m_unit;
    double m_ceiling = 0;
    qint64 m_hoverMs = -1;
    qreal m_leftPadding = 0;
    bool m_dark = false;
    bool m_applyingPalette = false;
    bool m_settingRange = false;
    // Panning with the middle button or Shift and the left button.
    bool m_panning = false;
    qreal m_panStartX = 0;
    qint64 m_panStartFrom = 0;
    qint64 m_panStartTo = 0;
};

} // namespace tcplab
