// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuesparkline.h"

#include "queuecolors.h"
#include "series/monitorsession.h"
#include "series/timeseriesstore.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tcplab
{

QueueSparkline::QueueSparkline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queueSparkline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QueueSparkline::setListener(const TimeSeriesStore *store, const QString &endpoint)
{
    m_store = store;
    m_endpoint = endpoint;
    update();
}

void QueueSparkline::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(windowMs, 1000);
    update();
}

int QueueSparkline::acceptPointCount() const
{
    if (!m_store || m_endpoint.isEmpty())
        return 0;
    const TimeSeries *series = m_store->series(MonitorSession::listenerSeries(m_endpoint, "recv_q"));
    if (!series || series->isEmpty())
        return 0;
    return int(series->size() - series->lowerBound(series->lastTime() - m_windowMs));
}

QSize QueueSparkline::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 36, fontMetrics().height() * 6);
}

QSize QueueSparkline::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 6);
}

void QueueSparkline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
}

void QueueSparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QueueColors colors = QueueColors::forPalette(palette());
    const QFontMetrics fm = fontMetrics();
    const qreal line = fm.height();

    // Legend: one swatch per line, and the span on the right.
    const QString acceptLabel = tr("accept queue");
    const QString synLabel = QStringLiteral("SYN_RECV");
    // Until a whole window has been sampled, the chart spans what there is.
    const TimeSeries *accept = m_store ? m_store->series(MonitorSession::listenerSeries(m_endpoint, "recv_q")) : nullptr;
    qint64 spanMs = m_windowMs;
    if (accept && !accept->isEmpty())
        spanMs = std::clamp<qint64>(accept->lastTime() - accept->firstTime(), 1000, m_windowMs);
    const QString span = tr("last %n s", nullptr, int((spanMs + 500) / 1000));
    qreal x = 0;
    for (const auto &[label, color] : {std::pair{acceptLabel, colors.accept}, std::pair{synLabel, colors.syn}}) {
        painter.fillRect(QRectF(x, line * 0.35, line * 0.9, line * 0.3), color);
        x += line * 1.2;
        painter.setPen(colors.text);
        painter.drawText(QRectF(x, 0, fm.horizontalAdvance(label) + 1, line), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, label);
        x += fm.horizontalAdvance(label) + line;
    }
    painter.setPen(colors.dim);
    if (x + fm.horizontalAdvance(span) < width())
        painter.drawText(QRectF(0, 0, width(), line), Qt::AlignRight | Qt::AlignVCenter, span);

    const QRectF plot(0.5, line * 1.3 + 0.5, width() - 1.0, height() - line * 1.3 - 1.0);
    painter.setPen(QPen(colors.frame, 1));
    painter.setBrush(colors.empty);
    painter.drawRect(plot);

    const TimeSeries *syn = m_store ? m_store->series(MonitorSession::listenerSeries(m_endpoint, "syn_recv")) : nullptr;
    const TimeSeries *limit = m_store ? m_store->series(MonitorSession::listenerSeries(m_endpoint, "send_q")) : nullptr;
    if (!accept || accept->isEmpty()) {
        painter.setPen(colors.dim);
        painter.drawText(plot, Qt::AlignCenter, tr("no history yet"));
        return;
    }
    const qint64 to = accept->lastTime();
    const qint64 from = to - spanMs;
    const int buckets = std::max(1, int(plot.width() / 2));
    const TimeSeries::Decimated acceptPoints = accept->decimate(from, to, buckets);
    const TimeSeries::Decimated synPoints = syn ? syn->decimate(from, to, buckets) : TimeSeries::Decimated{};
    double limitValue = 0;
    if (limit && !limit->isEmpty() && !std::isnan(limit->valueAt(limit->size() - 1)))
        limitValue = limit->valueAt(limit->size() - 1);
    // Room for the extra connection the strict test lets in, and never a flat zero scale.
    const double top = std::max({limitValue + 1, acceptPoints.maximum, synPoints.maximum, 1.0}) * 1.15;

    const QRectF inner = plot.adjusted(2, 3, -2, -3);
    auto toPoint = [&](const QPointF &p) {
        return QPointF(inner.left() + inner.width() * double(p.x() - from) / double(spanMs), inner.bottom() - inner.height() * p.y() / top);
    };
    if (limitValue > 0) {
        const qreal y = std::round(toPoint(QPointF(from, limitValue)).y()) + 0.5;
        painter.setPen(QPen(colors.text, 1, Qt::DashLine));
        painter.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y));
        const QString text = tr("limit %1").arg(QLocale().toString(qint64(limitValue)));
        painter.setPen(colors.dim);
        const qreal textTop = y - line - 1 < inner.top() ? y + 1 : y - line - 1;
        painter.drawText(QRectF(inner.left() + 2, textTop, inner.width() - 4, line), Qt::AlignRight | Qt::AlignVCenter, text);
    }
    // Steps, since the counts change only at samples; a NaN (gap) lifts the pen.
    for (const auto &[points, color] : {std::pair{&synPoints.points, colors.syn}, std::pair{&acceptPoints.points, colors.accept}}) {
        QPainterPath path;
        bool penDown = false;
        QPointF previous;
        for (const QPointF &p : *points) {
            if (std::isnan(p.y())) {
                penDown = false;
                continue;
            }
            const QPointF here = toPoint(p);
            if (!penDown) {
                path.moveTo(here);
                penDown = true;
            } else {
                path.lineTo(QPointF(here.x(), previous.y()));
                path.lineTo(here);
            }
            previous = here;
        }
        painter.setPen(QPen(color, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
}

} // namespace tcplab
