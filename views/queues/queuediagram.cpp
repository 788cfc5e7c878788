// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuediagram.h"

#include "queuecolors.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tcplab
{

namespace
{

// More cells than this, or cells narrower than kMinimumSlotWidth line heights, make a bar.
constexpr quint32 kMaximumBoxes = 64;
constexpr qreal kMinimumSlotWidth = 0.5;
constexpr qreal kMaximumSlotWidth = 3.0;

// A round step for a scale from 0 to `maximum` with about `ticks` ticks: 1, 2 or 5 times a power of 10.
double niceStep(double maximum, int ticks)
{
    const double raw = maximum / std::max(ticks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// Pixel-aligned for a 1-pixel pen, so that lines stay crisp at any device pixel ratio.
QRectF crisp(const QRectF &r)
{
    return QRectF(std::round(r.left()) + 0.5, std::round(r.top()) + 0.5, std::round(r.width()) - 1, std::round(r.height()) - 1);
}

} // namespace

QueueFigures QueueFigures::from(const sockets::ListenerQueue &listener, const lab::KernelVersion &kernel)
{
    QueueFigures f;
    f.endpoint = listener.local.toString();
    f.synRecv = listener.synRecv;
    f.acceptQueue = listener.acceptQueue;
    f.limit = listener.acceptQueueLimit;
    f.acceptCapacity = f.limit + 1;
    // An unknown kernel is taken to be a current one.
    f.synCapacity = (!kernel.isValid() || kernel.atLeast(6, 13)) ? f.limit + 1 : f.limit;
    return f;
}

QueueFigures QueueFigures::from(const QString &endpoint, const lab::TimelineSample &sample, const lab::KernelVersion &kernel)
{
    sockets::ListenerQueue listener;
    listener.acceptQueue = quint32(sample.listenQueue);
    listener.acceptQueueLimit = quint32(sample.listenLimit);
    listener.synRecv = quint32(sample.serverStates.value(QStringLiteral("SYN_RECV")));
    QueueFigures f = from(listener, kernel);
    f.endpoint = endpoint;
    return f;
}

QueueDiagram::QueueDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queueDiagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void QueueDiagram::setFigures(const QueueFigures &figures)
{
    m_figures = figures;
    m_hasFigures = true;
    update();
}

void QueueDiagram::clear()
{
    m_hasFigures = false;
    m_figures = {};
    update();
}

qreal QueueDiagram::lineHeight() const
{
    return fontMetrics().height();
}

QSize QueueDiagram::sizeHint() const
{
    const Geometry g = layoutIn(QRectF(0, 0, 100, 100));
    const int width = fontMetrics().averageCharWidth() * 56;
    return QSize(width, int(std::ceil(g.application.bottom() + lineHeight() * 0.5)));
}

QSize QueueDiagram::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 30, sizeHint().height());
}

bool QueueDiagram::drawsAsBar(quint32 slotCount) const
{
    if (slotCount > kMaximumBoxes)
        return true;
    const Geometry g = layoutIn(QRectF(rect()));
    return slotCount > 0 && g.accept.cells.width() / slotCount < lineHeight() * kMinimumSlotWidth;
}

QueueDiagram::Geometry QueueDiagram::layoutIn(const QRectF &area) const
{
    const qreal line = lineHeight();
    const qreal margin = std::round(line * 0.5);
    const qreal padding = std::round(line * 0.4);
    // Two lines per arrow: what happens, and below it what is dropped when the next queue is full.
    const qreal arrowHeight = std::round(line * 2.4);
    const qreal applicationHeight = std::round(line * 1.8);
    const qreal left = area.left() + margin;
    const qreal width = std::max<qreal>(area.width() - 2 * margin, line * 8);
    // Slots grow with the height there is, within reason, so that the picture fills its place.
    const qreal fixed = margin + 3 * arrowHeight + applicationHeight + 2 * (3 * padding + 2 * line);
    const qreal slotHeight = std::round(std::clamp((area.height() - fixed) / 2, line * 1.5, line * 3.5));

    Geometry g;
    qreal y = area.top() + margin * 0.5;
    auto block = [&](Block &b) {
        const qreal top = y;
        b.title = QRectF(left + padding, y + padding, width - 2 * padding, line);
        y = b.title.bottom() + padding * 0.75;
        b.cells = QRectF(left + padding, y, width - 2 * padding, slotHeight);
        y = b.cells.bottom() + padding * 0.5;
        b.scale = QRectF(left + padding, y, width - 2 * padding, line);
        y = b.scale.bottom() + padding;
        b.frame = QRectF(left, top, width, y - top);
    };
    g.synArrow = QRectF(left, y, width, arrowHeight);
    y += arrowHeight;
    block(g.syn);
    g.ackArrow = QRectF(left, y, width, arrowHeight);
    y += arrowHeight;
    block(g.accept);
    g.acceptArrow = QRectF(left, y, width, arrowHeight);
    y += arrowHeight;
    const QString application = tr("the application");
    const qreal appWidth = fontMetrics().horizontalAdvance(application) + 2 * line;
    g.application = QRectF(left, y, std::min(width, appWidth), applicationHeight);
    return g;
}

void QueueDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QueueColors colors = QueueColors::forPalette(palette());
    if (!m_hasFigures) {
        painter.setPen(colors.dim);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No listening socket to show."));
        return;
    }
    const Geometry g = layoutIn(QRectF(rect()));
    const QueueFigures &f = m_figures;

    paintArrow(painter, g.synArrow, tr("SYN arrives, SYN-ACK goes back"), f.synFull() ? tr("full: new SYNs dropped or answered with a cookie") : QString());
    paintBlock(painter, g.syn, tr("SYN queue: half-open (SYN_RECV)"), f.synRecv, f.limit, f.synCapacity, colors.syn, f.synFull());
    paintArrow(painter,
               g.ackArrow,
               tr("final ACK: the handshake is complete"),
               f.acceptFull() ? tr("full: SYNs and final ACKs dropped (ListenOverflows)") : QString());
    paintBlock(painter, g.accept, tr("Accept queue: established (Recv-Q)"), f.acceptQueue, f.limit, f.acceptCapacity, colors.accept, f.acceptFull());
    paintArrow(painter, g.acceptArrow, tr("accept()"), QString());

    painter.setPen(QPen(colors.frame, 1));
    painter.setBrush(palette().color(QPalette::Button));
    painter.drawRoundedRect(crisp(g.application), 4, 4);
    painter.setPen(palette().color(QPalette::ButtonText));
    painter.drawText(g.application, Qt::AlignCenter | Qt::TextDontClip, tr("the application"));
}

void QueueDiagram::paintArrow(QPainter &painter, const QRectF &row, const QString &label, const QString &dropNote) const
{
    const QueueColors colors = QueueColors::forPalette(palette());
    const qreal line = lineHeight();
    const qreal x = std::round(row.left() + line * 1.2) + 0.5;
    const qreal head = std::round(line * 0.35);
    painter.setPen(QPen(colors.text, 1.5));
    painter.drawLine(QPointF(x, row.top() + 2), QPointF(x, row.bottom() - 2));
    QPainterPath arrowHead;
    arrowHead.moveTo(x, row.bottom() - 1);
    arrowHead.lineTo(x - head, row.bottom() - 1 - head * 1.4);
    arrowHead.lineTo(x + head, row.bottom() - 1 - head * 1.4);
    arrowHead.closeSubpath();
    painter.fillPath(arrowHead, colors.text);

    const QRectF text(x + line * 0.8, row.top() + line * 0.1, row.right() - x - line * 0.8, line);
    const QFontMetrics fm = fontMetrics();
    painter.setPen(colors.text);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, fm.elidedText(label, Qt::ElideRight, int(text.width())));
    if (dropNote.isEmpty())
        return;
    // On the line below the label: what the kernel does with what no longer fits.
    QFont bold = font();
    bold.setBold(true);
    const QRectF note = text.translated(0, line);
    painter.setFont(bold);
    painter.setPen(colors.danger);
    painter.drawText(note, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, QFontMetrics(bold).elidedText(dropNote, Qt::ElideRight, int(note.width())));
    painter.setFont(font());
}

void QueueDiagram::paintBlock(QPainter &painter,
                              const Block &block,
                              const QString &title,
                              quint32 value,
                              quint32 limit,
                              quint32 capacity,
                              const QColor &fill,
                              bool full) const
{
    const QueueColors colors = QueueColors::forPalette(palette());
    const QFontMetrics fm = fontMetrics();
    const qreal line = lineHeight();
    const QColor slotFill = full ? colors.danger : fill;

    // Frame: red and thicker when full.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(full ? colors.danger : colors.frame, full ? 2 : 1));
    painter.drawRoundedRect(crisp(block.frame), 5, 5);

    // Title left, "3 of limit 5" right, a "full" badge after it.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString count = tr("%1 of limit %2").arg(QLocale().toString(value), QLocale().toString(limit));
    const QString badge = full ? tr("FULL") : QString();
    const qreal badgeWidth = badge.isEmpty() ? 0 : boldMetrics.horizontalAdvance(badge) + line * 0.8;
    const qreal countWidth = boldMetrics.horizontalAdvance(count);
    QRectF countRect = block.title;
    countRect.setLeft(block.title.right() - badgeWidth - countWidth - (badge.isEmpty() ? 0 : line * 0.4));
    countRect.setWidth(countWidth);
    painter.setFont(bold);
    painter.setPen(colors.text);
    painter.drawText(QRectF(block.title.left(), block.title.top(), countRect.left() - block.title.left() - line * 0.5, block.title.height()),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                     boldMetrics.elidedText(title, Qt::ElideRight, int(countRect.left() - block.title.left() - line * 0.5)));
    painter.setPen(full ? colors.danger : colors.text);
    painter.drawText(countRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, count);
    if (!badge.isEmpty()) {
        const QRectF badgeRect(block.title.right() - badgeWidth, block.title.top(), badgeWidth, block.title.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.danger);
        painter.drawRoundedRect(badgeRect, 3, 3);
        painter.setPen(colors.onDanger);
        painter.drawText(badgeRect, Qt::AlignCenter, badge);
        painter.setBrush(Qt::NoBrush);
    }
    painter.setFont(font());

    const QRectF cells = block.cells;
    qreal limitX = cells.left();
    if (capacity == 0) {
        painter.setPen(colors.dim);
        painter.drawText(cells, Qt::AlignCenter, tr("no room: every request counts as overflow"));
        return;
    }
    if (!drawsAsBar(capacity)) {
        const qreal pitch = std::min(cells.width() / capacity, line * kMaximumSlotWidth);
        const qreal gap = pitch >= line * 0.8 ? 3 : 1;
        for (quint32 i = 0; i < capacity; ++i) {
            const QRectF slot(std::round(cells.left() + i * pitch), cells.top(), std::round(pitch - gap), cells.height());
            const bool extra = i >= limit; // the slot the strict "greater than" test lets in
            painter.setBrush(i < value ? slotFill : colors.empty);
            QPen pen(i < value ? slotFill.darker(130) : colors.frame, 1);
            if (extra)
                pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawRect(crisp(slot));
        }
        limitX = std::round(cells.left() + limit * pitch - gap / 2);
        if (capacity > limit) {
            // Label the extra slot.
            const QRectF extraRect(cells.left() + limit * pitch, block.scale.top(), pitch, block.scale.height());
            painter.setPen(colors.dim);
            painter.drawText(extraRect.adjusted(-line, 0, line, 0), Qt::AlignCenter, QStringLiteral("+1"));
        }
        if (value > capacity) {
            painter.setPen(colors.danger);
            painter.drawText(QRectF(cells.left() + capacity * pitch, cells.top(), cells.right() - cells.left() - capacity * pitch, cells.height()),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                             QStringLiteral(" +%1").arg(value - capacity));
        }
    } else {
        // A bar with a scale: thousands of one-pixel boxes would say nothing.
        painter.setPen(QPen(colors.frame, 1));
        painter.setBrush(colors.empty);
        painter.drawRect(crisp(cells));
        const qreal fraction = std::min(1.0, double(value) / capacity);
        if (value > 0) {
            QRectF filled = cells;
            filled.setWidth(std::max(2.0, cells.width() * fraction));
            painter.setPen(Qt::NoPen);
            painter.setBrush(slotFill);
            painter.drawRect(filled);
        }
        limitX = std::round(cells.left() + cells.width() * double(limit) / capacity);
        // Scale ticks at round numbers that leave room for their labels and the limit's.
        const qreal labelWidth = fm.horizontalAdvance(QLocale().toString(limit)) + line;
        const int ticks = std::max(1, int(cells.width() / (labelWidth * 1.5)));
        const double step = niceStep(capacity, std::min(ticks, 8));
        painter.setPen(colors.dim);
        for (double v = 0; v < limit; v += step) {
            const qreal x = std::round(cells.left() + cells.width() * v / capacity) + 0.5;
            if (limitX - x < labelWidth * 1.2 + fm.horizontalAdvance(tr("limit %1").arg(QLocale().toString(limit))))
                break;
            painter.drawLine(QPointF(x, cells.bottom()), QPointF(x, cells.bottom() + 3));
            const QString text = QLocale().toString(qint64(v));
            painter.drawText(QRectF(x - (v == 0 ? 0 : labelWidth / 2), block.scale.top(), labelWidth, block.scale.height()),
                             (v == 0 ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter,
                             text);
        }
    }

    // The limit: a bold line across the cells and its label below, kept inside the frame.
    painter.setPen(QPen(colors.text, 2));
    painter.drawLine(QPointF(limitX, cells.top() - 3), QPointF(limitX, cells.bottom() + 3));
    const QString limitText = tr("limit %1").arg(QLocale().toString(limit));
    const qreal limitWidth = fm.horizontalAdvance(limitText);
    qreal labelLeft = limitX - limitWidth / 2;
    // Leave the "+1" under the extra slot visible.
    if (!drawsAsBar(capacity) && capacity > limit)
        labelLeft = limitX - limitWidth - line * 0.3;
    labelLeft = std::clamp(labelLeft, block.scale.left(), block.scale.right() - limitWidth);
    painter.setPen(colors.text);
    painter.drawText(QRectF(labelLeft, block.scale.top(), limitWidth, block.scale.height()), Qt::AlignCenter, limitText);
}

QString QueueDiagram::tipAt(const QPointF &position) const
{
    if (!m_hasFigures)
        return {};
    const Geometry g = layoutIn(QRectF(rect()));
    if (g.syn.frame.contains(position))
        return tr(
            "The SYN queue holds connections whose SYN has arrived and whose final ACK has not: the listener's "
            "SYN_RECV request sockets. Since Linux 4.4 it has no size of its own: it counts as full when "
            "their number reaches the accept queue's limit (sk_max_ack_backlog). The test is \"greater "
            "than\" since Linux 6.13, so limit + 1 fit, and \"greater or equal\" before. "
            "tcp_max_syn_backlog does not size it.");
    if (g.accept.frame.contains(position))
        return tr(
            "The accept queue holds connections whose handshake is complete, until the program calls "
            "accept(): Recv-Q of a listener. Its limit is the listen() backlog capped at "
            "net.core.somaxconn (Send-Q). The kernel calls it full only when it holds more than the limit, "
            "so limit + 1 connections fit.");
    return {};
}

bool QueueDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = tipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void QueueDiagram::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
        updateGeometry();
        update();
        break;
    case QEvent::PaletteChange:
        update();
        break;
    default:
        break;
    }
}

} // namespace tcplab
