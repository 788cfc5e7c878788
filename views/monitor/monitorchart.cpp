// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorchart.h"

#include "series/timeseriesstore.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>
#include <future>
#include <limits>
#include <vector>

namespace tcplab
{

namespace
{

// Series colours for light and dark backgrounds: the same hue order, lighter on dark so that thin
// lines keep their contrast.
const QRgb kLightColours[] = {0x1f6fc5, 0xc8322c, 0x2e8b3a, 0xc76a12, 0x7b4fbf, 0x11807f};
const QRgb kDarkColours[] = {0x6cb4ff, 0xff7b72, 0x7ee787, 0xffa657, 0xd2a8ff, 0x56d4dd};
constexpr int kColourCount = int(sizeof(kLightColours) / sizeof(kLightColours[0]));

// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10;
    if (fraction <= 1.0)
        nice = 1;
    else if (fraction <= 2.0)
        nice = 2;
    else if (fraction <= 2.5)
        nice = 2.5;
    else if (fraction <= 5.0)
        nice = 5;
    return nice * magnitude;
}

// Enough decimals to write every multiple of `step` exactly.
int decimalsFor(double step)
{
    for (int d = 0; d < 6; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * scaled)
            return d;
    }
    return 6;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

MonitorChart::MonitorChart(const TimeSeriesStore *store, QWidget *parent)
    : QChartView(parent)
    , m_store(store)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignTop);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    setChart(c);

    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    applyPalette();
}

MonitorChart::~MonitorChart() = default;

int MonitorChart::addSeries(const QString &storeName, const QString &label, double factor, int colourIndex)
{
    Series series;
    series.storeName = storeName;
    series.label = label;
    series.factor = factor;
    series.colourIndex = colourIndex;
    m_series.append(series);
    newLine(m_series.last());
    applySeriesPens();
    return int(m_series.size()) - 1;
}

QLineSeries *MonitorChart::newLine(Series &series)
{
    auto *line = new QLineSeries;
    line->setName(series.label);
    chart()->addSeries(line);
    line->attachAxis(m_timeAxis);
    line->attachAxis(m_valueAxis);
    // Only the first line of a series stands in the legend; the others are its pieces after gaps.
    if (!series.lines.isEmpty()) {
        const auto markers = chart()->legend()->markers(line);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
    series.lines.append(line);
    QPen pen(colour(series.colourIndex));
    pen.setWidthF(1.0);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    line->setPen(pen);
    return line;
}

void MonitorChart::setSeriesStoreName(int index, const QString &storeName)
{
    m_series[index].storeName = storeName;
}

void MonitorChart::setSeriesLabel(int index, const QString &label)
{
    m_series[index].label = label;
    for (QLineSeries *line : std::as_const(m_series[index].lines))
        line->setName(label);
}

void MonitorChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

QString MonitorChart::title() const
{
    return chart()->title();
}

void MonitorChart::setValueTitle(const QString &title)
{
    m_valueAxis->setTitleText(title);
}

QString MonitorChart::valueTitle() const
{
    return m_valueAxis->titleText();
}

void MonitorChart::setTimeTitle(const QString &title)
{
    m_timeAxis->setTitleText(title);
}

void MonitorChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = qMax(toMs, fromMs + 1);
}

void MonitorChart::refresh(int buckets)
{
    if (buckets <= 0)
        buckets = qMax(16, int(chart()->plotArea().width()));
    double highest = -std::numeric_limits<double>::infinity();
    double lowest = std::numeric_limits<double>::infinity();
    // Decimation only reads the store, so with a long range (a day at 100 ms is close to a
    // million points per series) the series are decimated side by side.
    QList<const TimeSeries *> sources;
    qsizetype pointsInRange = 0;
    for (const Series &series : std::as_const(m_series)) {
        const TimeSeries *source = m_store ? m_store->series(series.storeName) : nullptr;
        sources.append(source);
        if (source)
            pointsInRange += source->lowerBound(m_toMs + 1) - source->lowerBound(m_fromMs);
    }
    std::vector<TimeSeries::Decimated> decimated(size_t(sources.size()));
    {
        constexpr qsizetype kParallelFrom = 200000;
        std::vector<std::future<void>> pending;
        for (qsizetype i = 0; i < sources.size(); ++i) {
            if (!sources.at(i))
                continue;
            auto job = [&, i] {
                decimated[size_t(i)] = sources.at(i)->decimate(m_fromMs, m_toMs, buckets);
            };
            if (pointsInRange >= kParallelFrom && i > 0)
                pending.push_back(std::async(std::launch::async, job));
            else
                job();
        }
        for (auto &f : pending)
            f.get();
    }
    for (qsizetype index = 0; index < m_series.size(); ++index) {
        Series &series = m_series[index];
        QList<QList<QPointF>> segments;
        if (sources.at(index)) {
            const TimeSeries::Decimated &decimatedSeries = decimated[size_t(index)];
            QList<QPointF> run;
            run.reserve(decimatedSeries.points.size());
            for (const QPointF &p : decimatedSeries.points) {
                if (std::isnan(p.y())) {
                    // A gap ends the line here; the next sample starts a new one.
                    if (!run.isEmpty())
                        segments.append(std::exchange(run, {}));
                    continue;
                }
                const double y = p.y() * series.factor;
                highest = qMax(highest, y);
                lowest = qMin(lowest, y);
                run.append(QPointF(p.x(), y));
            }
            if (!run.isEmpty())
                segments.append(run);
        }
        while (series.lines.size() < segments.size())
            newLine(series);
        for (qsizetype k = 0; k < series.lines.size(); ++k) {
            QLineSeries *line = series.lines.at(k);
            if (k < segments.size()) {
                line->replace(segments.at(k));
                // A lone sample between two gaps has no line to draw; show it as a dot.
                const bool lone = segments.at(k).size() == 1;
                if (line->pointsVisible() != lone)
                    line->setPointsVisible(lone);
            } else if (line->count() > 0) {
                line->clear();
            }
        }
    }

    // Rates are never negative, so the axis starts at zero; the top gets a tenth of headroom and
    // lands on a nice number.
    double top = highest > 0 ? highest * 1.1 : 1.0;
    if (m_ceiling > 0)
        top = qMin(top, m_ceiling);
    const double bottom = lowest < 0 ? lowest * 1.1 : 0.0;
    const QFontMetricsF fm(font());
    const int intervals = qBound(2, int(chart()->plotArea().height() / (fm.height() * 2.2)), 5);
    const double step = niceStep((top - bottom) / intervals);
    const double niceBottom = std::floor(bottom / step) * step;
    const double niceTop = std::ceil(top / step - 1e-9) * step;
    // Only what changed: each setter relays the chart out.
    if (m_valueAxis->min() != niceBottom || m_valueAxis->max() != niceTop)
        m_valueAxis->setRange(niceBottom, niceTop);
    const int ticks = int(std::lround((niceTop - niceBottom) / step)) + 1;
    if (m_valueAxis->tickCount() != ticks)
        m_valueAxis->setTickCount(ticks);
    const QString labelFormat = QLatin1String("%.") + QString::number(decimalsFor(step)) + QLatin1Char('f');
    if (m_valueAxis->labelFormat() != labelFormat)
        m_valueAxis->setLabelFormat(labelFormat);

    m_settingRange = true;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
    m_settingRange = false;
    applyTimeFormat();
}

void MonitorChart::applyTimeFormat()
{
    const qint64 width = m_toMs - m_fromMs;
    QString format;
    if (width < 10 * 1000)
        format = QStringLiteral("HH:mm:ss.zzz");
    else if (width <= 10 * 60 * 1000)
        format = QStringLiteral("HH:mm:ss");
    else if (width <= 24 * 3600 * 1000)
        format = QStringLiteral("HH:mm");
    else
        format = QStringLiteral("MM-dd HH:mm");
    if (m_timeAxis->format() != format)
        m_timeAxis->setFormat(format);
    const QFontMetricsF fm(font());
    const double labelWidth = fm.horizontalAdvance(format) + fm.averageCharWidth() * 4;
    const int ticks = qBound(2, int(chart()->plotArea().width() / labelWidth) + 1, 12);
    if (m_timeAxis->tickCount() != ticks)
        m_timeAxis->setTickCount(ticks);
}

QList<QList<QPointF>> MonitorChart::drawnSegments(int index) const
{
    QList<QList<QPointF>> segments;
    for (const QLineSeries *line : m_series.at(index).lines) {
        if (line->count() > 0)
            segments.append(line->points());
    }
    return segments;
}

QColor MonitorChart::colour(int colourIndex) const
{
    const int i = ((colourIndex % kColourCount) + kColourCount) % kColourCount;
    return QColor(m_dark ? kDarkColours[i] : kLightColours[i]);
}

void MonitorChart::applySeriesPens()
{
    for (const Series &series : std::as_const(m_series)) {
        for (QLineSeries *line : series.lines) {
            QPen pen = line->pen();
            pen.setColor(colour(series.colourIndex));
            pen.setWidthF(1.0);
            line->setPen(pen);
            line->setBrush(colour(series.colourIndex));
        }
    }
}

void MonitorChart::applyPalette()
{
    if (m_applyingPalette)
        return;
    m_applyingPalette = true;
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    m_dark = pal.color(QPalette::Window).lightnessF() < 0.5;

    QChart *c = chart();
    // The theme sets sensible defaults for everything; the palette then wins where it has a say,
    // so the charts sit on the same background as the rest of the window.
    c->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundRoundness(0);
    c->setDropShadowEnabled(false);
    c->setBackgroundBrush(base);
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    setBackgroundBrush(base);

    const QFont labelFont = font();
    QFont titleFont = labelFont;
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setTitleBrush(text);
    c->legend()->setFont(labelFont);
    c->legend()->setLabelColor(text);
    c->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);

    const QColor grid = mix(base, text, 0.15);
    const QColor axisLine = mix(base, text, 0.45);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsFont(labelFont);
        axis->setLabelsColor(text);
        axis->setTitleFont(labelFont);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
        axis->setTruncateLabels(false);
    }
    setLeftPadding(m_leftPadding);
    applySeriesPens();
    m_applyingPalette = false;
}

void MonitorChart::setLeftPadding(qreal padding)
{
    m_leftPadding = qMax<qreal>(0, padding);
    const int gap = QFontMetrics(font()).averageCharWidth();
    const QMargins margins(gap + int(std::lround(m_leftPadding)), gap / 2, gap * 2, gap);
    if (chart()->margins() != margins)
        chart()->setMargins(margins);
}

void MonitorChart::setHoverTime(qint64 timeMs)
{
    if (timeMs == m_hoverMs)
        return;
    m_hoverMs = timeMs;
    viewport()->update();
}

QStringList MonitorChart::readout(qint64 timeMs) const
{
    QStringList lines;
    qint64 shownTime = -1;
    QStringList values;
    for (const Series &series : m_series) {
        const TimeSeries *source = m_store ? m_store->series(series.storeName) : nullptr;
        QString value = QStringLiteral("–");
        if (source && !source->isEmpty()) {
            qsizetype i = source->lowerBound(timeMs);
            if (i >= source->size() || (i > 0 && timeMs - source->timeAt(i - 1) < source->timeAt(i) - timeMs))
                --i;
            if (shownTime < 0)
                shownTime = source->timeAt(i);
            const double v = source->valueAt(i);
            if (!std::isnan(v)) {
                const double scaled = v * series.factor;
                const double magnitude = std::fabs(scaled);
                const int decimals = magnitude >= 100 || scaled == 0 ? 0 : magnitude >= 10 ? 1 : 2;
                value = QLocale().toString(scaled, 'f', decimals);
            }
        }
        values.append(series.label + QLatin1String(": ") + value);
    }
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(shownTime >= 0 ? shownTime : timeMs);
    lines.append(QLocale().toString(when, QStringLiteral("HH:mm:ss")));
    lines += values;
    return lines;
}

void MonitorChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_hoverMs < 0 || m_hoverMs < m_fromMs || m_hoverMs > m_toMs)
        return;
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    if (plot.width() <= 0)
        return;
    const double x = plot.left() + double(m_hoverMs - m_fromMs) / double(m_toMs - m_fromMs) * plot.width();
    const QPalette pal = palette();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen cursorPen(pal.color(QPalette::Text));
    cursorPen.setCosmetic(true);
    cursorPen.setStyle(Qt::DashLine);
    painter->setPen(cursorPen);
    painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));

    const QStringList lines = readout(m_hoverMs);
    const QFontMetricsF fm(font());
    const double pad = fm.averageCharWidth();
    const double swatch = fm.ascent() * 0.7;
    double textWidth = 0;
    for (int i = 0; i < lines.size(); ++i)
        textWidth = qMax(textWidth, fm.horizontalAdvance(lines.at(i)) + (i > 0 ? swatch + pad : 0));
    const QSizeF box(textWidth + 2 * pad, fm.lineSpacing() * lines.size() + pad);
    double left = x + pad;
    if (left + box.width() > plot.right())
        left = x - pad - box.width();
    left = qMax(left, plot.left());
    const QRectF frame(QPointF(left, plot.top() + pad / 2), box);

    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor fill = pal.color(QPalette::ToolTipBase);
    fill.setAlphaF(0.92f);
    painter->setPen(QPen(pal.color(QPalette::Mid), 0));
    painter->setBrush(fill);
    painter->drawRoundedRect(frame, pad / 2, pad / 2);
    painter->setFont(font());
    double y = frame.top() + pad / 2;
    for (int i = 0; i < lines.size(); ++i) {
        double textLeft = frame.left() + pad;
        if (i > 0) {
            const QRectF mark(textLeft, y + (fm.height() - swatch) / 2, swatch, swatch);
            painter->fillRect(mark, colour(m_series.at(i - 1).colourIndex));
            textLeft += swatch + pad;
        }
        painter->setPen(pal.color(QPalette::ToolTipText));
        painter->drawText(QPointF(textLeft, y + fm.ascent()), lines.at(i));
        y += fm.lineSpacing();
    }
    painter->restore();
}

qint64 MonitorChart::timeAtViewportPos(const QPointF &pos) const
{
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    const QPointF scenePos = mapToScene(pos.toPoint());
    if (!plot.contains(scenePos) || plot.width() <= 0)
        return -1;
    return m_fromMs + qint64(std::llround((scenePos.x() - plot.left()) / plot.width() * double(m_toMs - m_fromMs)));
}

void MonitorChart::zoomBy(double factor, qint64 anchorMs)
{
    if (anchorMs < 0)
        anchorMs = m_fromMs + (m_toMs - m_fromMs) / 2;
    const double from = double(anchorMs) - double(anchorMs - m_fromMs) * factor;
    const double to = double(anchorMs) + double(m_toMs - anchorMs) * factor;
    Q_EMIT rangeRequested(qint64(std::llround(from)), qint64(std::llround(to)));
}

void MonitorChart::panBy(double fraction)
{
    const qint64 shift = qint64(std::llround(double(m_toMs - m_fromMs) * fraction));
    Q_EMIT rangeRequested(m_fromMs + shift, m_toMs + shift);
}

void MonitorChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
        m_panning = true;
        m_panStartX = event->position().x();
        m_panStartFrom = m_fromMs;
        m_panStartTo = m_toMs;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        // The context menu, not QChartView's zoom-out.
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void MonitorChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const double width = chart()->plotArea().width();
        if (width > 0) {
            const qint64 shift = qint64(std::llround(-(event->position().x() - m_panStartX) / width * double(m_panStartTo - m_panStartFrom)));
            Q_EMIT rangeRequested(m_panStartFrom + shift, m_panStartTo + shift);
        }
        event->accept();
    }
    Q_EMIT hoverTimeChanged(timeAtViewportPos(event->position()));
    if (!m_panning)
        QChartView::mouseMoveEvent(event);
}

void MonitorChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    // QChartView zooms this chart's axes to the rubber band; pass the new range on so that every
    // chart moves together.
    const qint64 before = m_timeAxis->min().toMSecsSinceEpoch();
    const qint64 beforeTo = m_timeAxis->max().toMSecsSinceEpoch();
    QChartView::mouseReleaseEvent(event);
    const qint64 after = m_timeAxis->min().toMSecsSinceEpoch();
    const qint64 afterTo = m_timeAxis->max().toMSecsSinceEpoch();
    if (after != before || afterTo != beforeTo)
        Q_EMIT rangeRequested(after, afterTo);
}

void MonitorChart::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(0.8, steps), timeAtViewportPos(event->position()));
    event->accept();
}

void MonitorChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8, -1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Minus:
        zoomBy(1.25, -1);
        break;
    case Qt::Key_Home:
        Q_EMIT followRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MonitorChart::leaveEvent(QEvent *event)
{
    Q_EMIT hoverTimeChanged(-1);
    QChartView::leaveEvent(event);
}

void MonitorChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *exportAction = menu.addAction(tr("Export chart…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *copyAction = menu.addAction(tr("Copy data as CSV"));
    menu.addSeparator();
    QAction *followAction = menu.addAction(tr("Follow live"));
    followAction->setShortcut(QKeySequence(Qt::Key_Home));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == exportAction)
        Q_EMIT exportRequested();
    else if (chosen == copyAction)
        Q_EMIT copyDataRequested();
    else if (chosen == followAction)
        Q_EMIT followRequested();
    event->accept();
}

void MonitorChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void MonitorChart::renderAt(QPainter *painter, const QRectF &target, const QSizeF &logicalSize)
{
    QChart *c = chart();
    const QSizeF shownSize = c->size();
    const qreal padding = m_leftPadding;
    const qint64 hover = m_hoverMs;
    m_hoverMs = -1;
    setLeftPadding(0);
    c->resize(logicalSize);
    c->layout()->invalidate();
    c->layout()->activate();
    // Decimate for the picture's own width, then lay out again: the value labels may have changed.
    refresh();
    c->layout()->invalidate();
    c->layout()->activate();
    c->scene()->render(painter, target, QRectF(c->pos(), logicalSize), Qt::IgnoreAspectRatio);

    setLeftPadding(padding);
    c->resize(shownSize);
    c->layout()->invalidate();
    c->layout()->activate();
    refresh();
    m_hoverMs = hover;
}

} // namespace tcplab
