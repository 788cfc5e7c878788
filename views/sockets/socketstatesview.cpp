// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketstatesview.h"

#include "series/monitorsession.h"
#include "socketlistmodel.h"
#include "socketstatesmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tcplab
{

SocketStatesView::SocketStatesView(MonitorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_states(new SocketStatesModel(session, this))
    , m_sockets(new SocketListModel(this))
    , m_socketsSorted(new QSortFilterProxyModel(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QLineEdit(this))
    , m_total(new QLabel(this))
    , m_statesTable(new QTableView(this))
    , m_footnote(new QLabel(this))
    , m_socketsCaption(new QLabel(this))
    , m_socketsTable(new QTableView(this))
    , m_error(new QLabel(this))
{
    m_port->setObjectName(QStringLiteral("socketsPortFilter"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setClearButtonEnabled(true);
    // Wide enough for five digits and the placeholder, not more.
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16);
    m_portLabel->setBuddy(m_port);
    if (session->censusPort())
        m_port->setText(QString::number(*session->censusPort()));
    connect(m_port, &QLineEdit::textChanged, this, &SocketStatesView::applyPortFilter);

    m_statesTable->setObjectName(QStringLiteral("socketStatesTable"));
    m_statesTable->setModel(m_states);
    m_statesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statesTable->setWordWrap(true);
    m_statesTable->setAlternatingRowColors(true);
    m_statesTable->verticalHeader()->hide();
    m_statesTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_statesTable->horizontalHeader();
    header->setSectionResizeMode(SocketStatesModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SocketStatesModel::JapaneseColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SocketStatesModel::EnglishColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SocketStatesModel::CountColumn, QHeaderView::ResizeToContents);
    connect(m_statesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SocketStatesView::onCurrentStateChanged);

    m_footnote->setWordWrap(true);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    // CJK fonts draw '_' below their descent; keep SYN_RCVD's underscore inside the label.
    for (QLabel *label : {m_footnote, m_socketsCaption})
        label->setContentsMargins(0, 0, 0, label->fontMetrics().descent() / 2 + 1);

    m_socketsSorted->setSourceModel(m_sockets);
    m_socketsSorted->setSortRole(SocketListModel::SortRole);
    m_socketsTable->setObjectName(QStringLiteral("socketListTable"));
    m_socketsTable->setModel(m_socketsSorted);
    m_socketsTable->setSortingEnabled(true);
    m_socketsTable->sortByColumn(SocketListModel::LocalColumn, Qt::AscendingOrder);
    m_socketsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_socketsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_socketsTable->setAlternatingRowColors(true);
    m_socketsTable->verticalHeader()->hide();
    m_socketsTable->verticalHeader()->setDefaultSectionSize(int(m_socketsTable->fontMetrics().height() * 1.5));
    QHeaderView *listHeader = m_socketsTable->horizontalHeader();
    listHeader->setSectionResizeMode(SocketListModel::LocalColumn, QHeaderView::Stretch);
    listHeader->setSectionResizeMode(SocketListModel::RemoteColumn, QHeaderView::Stretch);
    listHeader->setSectionResizeMode(SocketListModel::RecvQColumn, QHeaderView::ResizeToContents);
    listHeader->setSectionResizeMode(SocketListModel::SendQColumn, QHeaderView::ResizeToContents);

    QFont bold = m_socketsCaption->font();
    bold.setBold(true);
    m_socketsCaption->setFont(bold);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setBackgroundRole(QPalette::Dark);
    m_error->setAutoFillBackground(true);
    m_error->hide();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_portLabel);
    filterRow->addWidget(m_port);
    filterRow->addStretch(1);
    filterRow->addWidget(m_total);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_statesTable, 10);
    layout->addWidget(m_footnote);
    layout->addSpacing(m_footnote->fontMetrics().height() / 2);
    layout->addWidget(m_socketsCaption);
    layout->addWidget(m_socketsTable, 1);
    m_socketsTable->setMinimumHeight(m_socketsTable->verticalHeader()->defaultSectionSize() * 5);
    // Row heights follow the wrapped meanings, which follow the width.
    connect(m_statesTable->verticalHeader(), &QHeaderView::sectionResized, this, &SocketStatesView::fitStatesTable);

    connect(session, &MonitorSession::censusUpdated, this, &SocketStatesView::onCensus);
    connect(session, &MonitorSession::errorChanged, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(!message.isEmpty());
    });
    retranslate();
}

SocketStatesView::~SocketStatesView()
{
    if (isVisible())
        m_session->setCensusDetail(sockets::CensusDetail::Listeners);
}

void SocketStatesView::fitStatesTable()
{
    // Never taller than its rows, so that the space left goes to the socket list.
    const int height = m_statesTable->horizontalHeader()->height() + m_statesTable->verticalHeader()->length() + 2 * m_statesTable->frameWidth()
        + (m_statesTable->horizontalScrollBar()->isVisible() ? m_statesTable->horizontalScrollBar()->height() : 0);
    if (height != m_statesTable->maximumHeight())
        m_statesTable->setMaximumHeight(height);
}

void SocketStatesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SocketStatesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The list of sockets costs an allocation per socket in every census: only while shown.
    m_session->setCensusDetail(sockets::CensusDetail::Sockets);
}

void SocketStatesView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setCensusDetail(sockets::CensusDetail::Listeners);
}

void SocketStatesView::retranslate()
{
    m_portLabel->setText(tr("&Port:"));
    m_port->setPlaceholderText(tr("all ports"));
    m_port->setToolTip(
        tr("Only sockets whose local or peer port is this one. The kernel filters them, so "
           "watching one port among many sockets stays cheap. Empty: every socket."));
    m_footnote->setText(
        tr("The 2004 checklist was written for Solaris, whose netstat also shows IDLE (open, not yet bound) and "
           "BOUND (bound, ready to connect or listen). Linux has no such TCP states: such a socket is in "
           "CLOSED. The checklist writes SYN_RCVD for SYN_RECV."));
    m_states->retranslate();
    m_sockets->retranslate();
    updateCaptions();
}

std::optional<quint16> SocketStatesView::portFilter(bool *valid) const
{
    const QString text = m_port->text().trimmed();
    bool ok = true;
    std::optional<quint16> port;
    if (!text.isEmpty()) {
        const uint value = text.toUInt(&ok);
        ok = ok && value >= 1 && value <= 65535;
        if (ok)
            port = quint16(value);
    }
    if (valid)
        *valid = ok;
    return port;
}

void SocketStatesView::setPortFilter(std::optional<quint16> port)
{
    m_port->setText(port ? QString::number(*port) : QString());
}

void SocketStatesView::applyPortFilter()
{
    bool valid = false;
    const std::optional<quint16> port = portFilter(&valid);
    if (!valid)
        return; // still typing
    if (port == m_session->censusPort())
        return;
    m_session->setCensusPort(port);
    // A paused session would otherwise keep showing the old filter's counts.
    if (!m_session->isRunning() || m_session->isPaused())
        m_session->sampleNow();
}

void SocketStatesView::onCensus()
{
    const sockets::Census &census = m_session->census();
    if (isVisible() && census.ok())
        m_sockets->setSockets(census.sockets);
    updateCaptions();
}

void SocketStatesView::onCurrentStateChanged()
{
    const QModelIndex current = m_statesTable->selectionModel()->currentIndex();
    if (current.isValid())
        m_sockets->setState(m_states->stateAt(current.row()));
    else
        m_sockets->setState(std::nullopt);
    if (m_session->census().ok())
        m_sockets->setSockets(m_session->census().sockets);
    updateCaptions();
}

void SocketStatesView::updateCaptions()
{
    quint32 total = 0;
    for (int row = 0; row < m_states->rowCount(); ++row)
        total += m_states->countAt(row);
    const std::optional<quint16> port = m_session->censusPort();
    m_total->setText(port ? tr("%n socket(s) with port %1", nullptr, int(total)).arg(*port) : tr("%n socket(s)", nullptr, int(total)));

    const QModelIndex current = m_statesTable->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_socketsCaption->setText(tr("Select a state to list its sockets."));
        return;
    }
    const QString name = m_states->nameAt(current.row());
    if (m_states->stateAt(current.row()) == procfs::TcpState::Listen)
        m_socketsCaption->setText(tr("Sockets in %1: %2 (Recv-Q is the accept queue, Send-Q its limit)").arg(name, QLocale().toString(m_sockets->rowCount())));
    else
        m_socketsCaption->setText(tr("Sockets in %1: %2").arg(name, QLocale().toString(m_sockets->rowCount())));
}

} // namespace tcplab
