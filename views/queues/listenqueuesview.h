// SPDX-License-Identifier: GPL-3.0-or-later
// The listen queues page: one listening socket's SYN queue and accept queue as a picture that
// fills as connections arrive, the namespace's overflow and drop counters moving beside it, and
// the last minute of both queues. A picker chooses the listener when there are several.
#pragma once

#include "lab/kernelversion.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;

namespace tcplab
{

class MonitorSession;
class QueueDiagram;
class QueueSparkline;

class ListenQueuesView : public QWidget
{
    Q_OBJECT
public:
    explicit ListenQueuesView(MonitorSession *session, QWidget *parent = nullptr);

    // The kernel whose rules size the SYN queue; the running one unless told otherwise (a remote
    // source's kernel may differ).
    void setKernelVersion(const lab::KernelVersion &kernel);

    // Shows this listener ("127.0.0.1:8080", as `ss` prints it) when the census has it.
    void setListener(const QString &endpoint);
    QString currentListener() const
    {
        return m_current;
    }
    QStringList listeners() const
    {
        return m_endpoints;
    }

    QueueDiagram *diagram() const
    {
        return m_diagram;
    }
    QueueSparkline *sparkline() const
    {
        return m_sparkline;
    }
    QComboBox *picker() const
    {
        return m_picker;
    }
    // The counters beside the picture, by their kernel names ("TcpExt.ListenOverflows").
    static QStringList counterNames();
    double shownRate(const QString &counter) const;
    qint64 shownTotal(const QString &counter) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct CounterRow {
        QString name;
        QLabel *label = nullptr;
        QLabel *rate = nullptr;
        QLabel *total = nullptr;
        double rateValue = 0;
        qint64 totalValue = 0;
    };

    void retranslate();
    void onCensus();
    void onSampled();
    void updateDiagram();
    void updateCounterColours();

    MonitorSession *m_session;
    lab::KernelVersion m_kernel;
    QStringList m_endpoints;
    QString m_current;
    QLabel *m_pickerLabel;
    QComboBox *m_picker;
    QLabel *m_single;
    QueueDiagram *m_diagram;
    QGroupBox *m_counters;
    QGridLayout *m_counterGrid;
    QLabel *m_rateHeader;
    QLabel *m_totalHeader;
    QList<CounterRow> m_rows;
    QLabel *m_historyTitle;
    QueueSparkline *m_sparkline;
    QLabel *m_caption;
};

} // namespace tcplab
