// SPDX-License-Identifier: GPL-3.0-or-later
#include "listenqueuesview.h"

#include "queuecolors.h"
#include "queuediagram.h"
#include "queuesparkline.h"
#include "series/monitorsession.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tcplab
{

namespace
{

// The counters that say a listener turned connections away, in the order tcp_conn_request()
// checks: SYN queue full (drop or cookie), accept queue full, and every drop.
const char *const kCounters[] = {
    "TcpExt.ListenOverflows",
    "TcpExt.ListenDrops",
    "TcpExt.TCPReqQFullDrop",
    "TcpExt.TCPReqQFullDoCookies",
};

} // namespace

ListenQueuesView::ListenQueuesView(MonitorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kernel(lab::KernelVersion::running())
    , m_pickerLabel(new QLabel(this))
    , m_picker(new QComboBox(this))
    , m_single(new QLabel(this))
    , m_diagram(new QueueDiagram(this))
    , m_counters(new QGroupBox(this))
    , m_counterGrid(new QGridLayout(m_counters))
    , m_rateHeader(new QLabel(m_counters))
    , m_totalHeader(new QLabel(m_counters))
    , m_historyTitle(new QLabel(this))
    , m_sparkline(new QueueSparkline(this))
    , m_caption(new QLabel(this))
{
    m_picker->setObjectName(QStringLiteral("listenerPicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pickerLabel->setBuddy(m_picker);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setListener(m_picker->itemData(index).toString());
    });
    QFont bold = m_single->font();
    bold.setBold(true);
    m_single->setFont(bold);
    m_single->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_counterGrid->addWidget(m_rateHeader, 0, 1, Qt::AlignRight);
    m_counterGrid->addWidget(m_totalHeader, 0, 2, Qt::AlignRight);
    for (const char *name : kCounters) {
        CounterRow row;
        row.name = QString::fromLatin1(name);
        row.label = new QLabel(row.name.section(QLatin1Char('.'), 1), m_counters);
        row.rate = new QLabel(m_counters);
        row.total = new QLabel(m_counters);
        row.rate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const int gridRow = int(m_rows.size()) + 1;
        m_counterGrid->addWidget(row.label, gridRow, 0);
        m_counterGrid->addWidget(row.rate, gridRow, 1);
        m_counterGrid->addWidget(row.total, gridRow, 2);
        m_rows.append(row);
    }
    m_counterGrid->setColumnStretch(0, 1);
    m_historyTitle->setFont(bold);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    // CJK fonts draw '_' below their descent; keep SYN_RECV's underscore inside the label.
    m_caption->setContentsMargins(0, 0, 0, m_caption->fontMetrics().descent() / 2 + 1);

    auto *pickerRow = new QHBoxLayout;
    pickerRow->addWidget(m_pickerLabel);
    pickerRow->addWidget(m_picker);
    pickerRow->addWidget(m_single);
    pickerRow->addStretch(1);

    auto *side = new QVBoxLayout;
    side->addWidget(m_counters);
    side->addSpacing(fontMetrics().height() / 2);
    side->addWidget(m_historyTitle);
    side->addWidget(m_sparkline, 1);

    auto *body = new QHBoxLayout;
    body->addWidget(m_diagram, 3);
    body->addLayout(side, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickerRow);
    layout->addLayout(body, 1);
    layout->addWidget(m_caption);

    connect(session, &MonitorSession::censusUpdated, this, &ListenQueuesView::onCensus);
    connect(session, &MonitorSession::sampled, this, &ListenQueuesView::onSampled);
    retranslate();
    onCensus();
    onSampled();
}

QStringList ListenQueuesView::counterNames()
{
    QStringList names;
    for (const char *name : kCounters)
        names.append(QString::fromLatin1(name));
    return names;
}

double ListenQueuesView::shownRate(const QString &counter) const
{
    for (const CounterRow &row : m_rows) {
        if (row.name == counter)
            return row.rateValue;
    }
    return 0;
}

qint64 ListenQueuesView::shownTotal(const QString &counter) const
{
    for (const CounterRow &row : m_rows) {
        if (row.name == counter)
            return row.totalValue;
    }
    return 0;
}

void ListenQueuesView::setKernelVersion(const lab::KernelVersion &kernel)
{
    m_kernel = kernel;
    retranslate();
    updateDiagram();
}

void ListenQueuesView::setListener(const QString &endpoint)
{
    if (endpoint == m_current)
        return;
    m_current = endpoint;
    const int index = m_picker->findData(endpoint);
    if (index >= 0 && index != m_picker->currentIndex()) {
        const QSignalBlocker blocker(m_picker);
        m_picker->setCurrentIndex(index);
    }
    m_single->setText(endpoint);
    m_sparkline->setListener(&m_session->store(), endpoint);
    updateDiagram();
}

void ListenQueuesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateCounterColours();
}

void ListenQueuesView::retranslate()
{
    m_pickerLabel->setText(tr("&Listening socket:"));
    m_picker->setToolTip(tr("The listening socket to draw; its accept queue and limit are ss -ltn's Recv-Q and Send-Q."));
    m_counters->setTitle(tr("Turned away (whole network namespace)"));
    m_counters->setToolTip(tr("The kernel counts these for all listeners together, not per socket."));
    m_rateHeader->setText(tr("per second"));
    m_totalHeader->setText(tr("total"));
    m_historyTitle->setText(tr("Queue history"));
    for (CounterRow &row : m_rows) {
        QString tip;
        if (row.name.endsWith(QLatin1String("ListenOverflows")))
            tip = tr("A SYN or a final ACK arrived while the accept queue was full.");
        else if (row.name.endsWith(QLatin1String("ListenDrops")))
            tip = tr("Every SYN or final ACK a listener dropped, for any reason: overflows included.");
        else if (row.name.endsWith(QLatin1String("TCPReqQFullDrop")))
            tip = tr("A SYN dropped because the SYN queue was full and SYN cookies were off.");
        else
            tip = tr("A SYN answered with a SYN cookie because the SYN queue was full.");
        row.label->setToolTip(row.name + QLatin1Char('\n') + tip);
    }
    if (!m_kernel.isValid() || m_kernel.atLeast(6, 13))
        m_caption->setText(
            tr("Since Linux 4.4 the SYN queue has no size of its own: it shares the accept queue's "
               "limit (sk_max_ack_backlog, the listen() backlog after the net.core.somaxconn cap). "
               "From Linux 6.13 both queues count as full only above the limit, so limit + 1 "
               "fit in each."));
    else
        m_caption->setText(tr("Since Linux 4.4 the SYN queue has no size of its own: it shares the accept queue's "
                              "limit (sk_max_ack_backlog, the listen() backlog after the net.core.somaxconn cap). "
                              "Before Linux 6.13 the SYN queue counts as full at the limit, the accept queue only "
                              "above it: this kernel (%1) lets limit requests and limit + 1 connections in.")
                               .arg(m_kernel.toString()));
    onSampled();
}

void ListenQueuesView::onCensus()
{
    const sockets::Census &census = m_session->census();
    if (!census.ok())
        return;
    QStringList endpoints;
    for (const sockets::ListenerQueue &listener : census.listeners)
        endpoints.append(listener.local.toString());
    if (endpoints != m_endpoints) {
        m_endpoints = endpoints;
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (const QString &endpoint : std::as_const(endpoints))
            m_picker->addItem(endpoint, endpoint);
        // A picker only when there is something to pick.
        m_picker->setVisible(endpoints.size() > 1);
        m_single->setVisible(endpoints.size() == 1);
        m_pickerLabel->setVisible(!endpoints.isEmpty());
        const QString keep = endpoints.contains(m_current) ? m_current : endpoints.value(0);
        m_current.clear();
        if (!keep.isEmpty())
            setListener(keep);
        else
            m_sparkline->setListener(&m_session->store(), QString());
    }
    updateDiagram();
}

void ListenQueuesView::updateDiagram()
{
    const sockets::Census &census = m_session->census();
    for (const sockets::ListenerQueue &listener : census.listeners) {
        if (listener.local.toString() == m_current) {
            m_diagram->setFigures(QueueFigures::from(listener, m_kernel));
            return;
        }
    }
    m_diagram->clear();
}

void ListenQueuesView::onSampled()
{
    const RateSample &rates = m_session->lastRates();
    const CounterSnapshot &snapshot = m_session->lastSnapshot();
    const QLocale locale;
    for (CounterRow &row : m_rows) {
        row.rateValue = rates.value(row.name);
        row.totalValue = snapshot.netstat.value(row.name);
        const bool known = rates.has(row.name);
        row.rate->setText(known ? tr("%1/s").arg(locale.toString(row.rateValue, 'f', row.rateValue < 10 ? 1 : 0)) : QStringLiteral("–"));
        row.total->setText(snapshot.netstat.contains(row.name) ? locale.toString(row.totalValue) : QStringLiteral("–"));
    }
    updateCounterColours();
    m_sparkline->update();
}

void ListenQueuesView::updateCounterColours()
{
    // A counter that moved in the last sample stands out in the palette's warning red.
    const QueueColors colors = QueueColors::forPalette(palette());
    for (CounterRow &row : m_rows) {
        QPalette p = palette();
        if (row.rateValue > 0)
            p.setColor(QPalette::WindowText, colors.danger);
        for (QLabel *label : {row.label, row.rate}) {
            label->setPalette(p);
            QFont f = font();
            f.setBold(row.rateValue > 0);
            label->setFont(f);
        }
    }
}

} // namespace tcplab
