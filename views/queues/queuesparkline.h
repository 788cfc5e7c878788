// SPDX-License-Identifier: GPL-3.0-or-later
// A small chart of one listener's recent past: its accept queue (Recv-Q) and its SYN_RECV count
// over the last minute, with the limit as a dashed line, read from the session's store.
#pragma once

#include <QWidget>

namespace tcplab
{

class TimeSeriesStore;

class QueueSparkline : public QWidget
{
    Q_OBJECT
public:
    explicit QueueSparkline(QWidget *parent = nullptr);

    // Draws the series "listener.<endpoint>.recv_q", ".syn_recv" and ".send_q" of `store`.
    void setListener(const TimeSeriesStore *store, const QString &endpoint);
    QString endpoint() const
    {
        return m_endpoint;
    }
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const
    {
        return m_windowMs;
    }
    // Points in the window of the accept queue series; for tests.
    int acceptPointCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const TimeSeriesStore *m_store = nullptr;
    QString m_endpoint;
    qint64 m_windowMs = 60 * 1000;
};

} // namespace tcplab
