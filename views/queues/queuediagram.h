// SPDX-License-Identifier: GPL-3.0-or-later
// A picture of one listening socket's two queues, top to bottom as a connection travels: SYNs
// arrive, wait half-open in the SYN queue, move on with the final ACK into the accept queue, and
// leave it when the program calls accept(). Each queue is a row of cells that fill, with the
// limit marked and the one extra slot the kernel's strict "greater than" test lets in; a full
// queue turns red. Beyond a few dozen cells (a backlog of 4096) a queue is a bar with a scale.
#pragma once

#include "lab/experimentresult.h"
#include "lab/kernelversion.h"
#include "sockets/socketcensus.h"

#include <QRectF>
#include <QWidget>

namespace tcplab
{

// What the diagram draws for one listener.
struct QueueFigures {
    QString endpoint;
    quint32 synRecv = 0; // half-open connections: request sockets in SYN_RECV
    quint32 acceptQueue = 0; // Recv-Q: completed, not yet accept()ed
    quint32 limit = 0; // Send-Q: sk_max_ack_backlog, the backlog after the somaxconn cap
    quint32 synCapacity = 0; // requests that fit before the SYN queue counts as full
    quint32 acceptCapacity = 0; // connections that fit: limit + 1

    bool synFull() const
    {
        return synRecv >= synCapacity;
    }
    bool acceptFull() const
    {
        return acceptQueue >= acceptCapacity;
    }

    // The SYN queue's size follows the accept queue's limit since Linux 4.4; the full test in
    // inet_csk_reqsk_queue_is_full() is ">" since 6.13 (limit + 1 fit) and ">=" before (limit).
    // sk_acceptq_is_full() has always been ">", so limit + 1 connections complete.
    static QueueFigures from(const sockets::ListenerQueue &listener, const lab::KernelVersion &kernel);
    // The same from an experiment's timeline sample (the listener of the run's server).
    static QueueFigures from(const QString &endpoint, const lab::TimelineSample &sample, const lab::KernelVersion &kernel);
};

class QueueDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit QueueDiagram(QWidget *parent = nullptr);

    void setFigures(const QueueFigures &figures);
    // Nothing to draw: no listening socket.
    void clear();
    bool hasFigures() const
    {
        return m_hasFigures;
    }
    const QueueFigures &figures() const
    {
        return m_figures;
    }

    // Whether a queue of this many cells is drawn as one bar at the current width.
    bool drawsAsBar(quint32 slotCount) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Block {
        QRectF frame;
        QRectF title;
        QRectF cells;
        QRectF scale;
    };
    struct Geometry {
        QRectF synArrow;
        Block syn;
        QRectF ackArrow;
        Block accept;
        QRectF acceptArrow;
        QRectF application;
    };
    Geometry layoutIn(const QRectF &area) const;
    qreal lineHeight() const;
    void paintArrow(QPainter &painter, const QRectF &row, const QString &label, const QString &dropNote) const;
    void paintBlock(QPainter &painter, const Block &block, const QString &title, quint32 value, quint32 limit, quint32 capacity, const QColor &fill, bool full)
        const;
    QString tipAt(const QPointF &position) const;

    QueueFigures m_figures;
    bool m_hasFigures = false;
};

} // namespace tcplab
