// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketstatesmodel.h"

#include "series/monitorsession.h"

#include <QCoreApplication>
#include <QLocale>

namespace tcplab
{

using procfs::TcpState;

namespace
{

const char kContext[] = "tcplab::SocketStatesModel";

struct StateSpec {
    TcpState state;
    const char *name;
    const char *meaning;
};

// The order of the checklist's state table. Its Solaris-only IDLE and BOUND have no Linux state
// and are left out; the view says so under the table.
const StateSpec kStates[] = {
    {TcpState::Close,
     "CLOSED",
     QT_TRANSLATE_NOOP("tcplab::SocketStatesModel",
                       "No connection. A socket that is only created or bound, neither connecting nor "
                       "listening, is in this state on Linux.")},
    {TcpState::Listen,
     "LISTEN",
     QT_TRANSLATE_NOOP("tcplab::SocketStatesModel",
                       "Waiting for connection requests. Completed connections wait in its accept queue "
                       "until the program calls accept().")},
    {TcpState::SynSent, "SYN_SENT", QT_TRANSLATE_NOOP("tcplab::SocketStatesModel", "connect() sent a SYN and is waiting for the SYN-ACK.")},
    {TcpState::SynRecv,
     "SYN_RECV",
     QT_TRANSLATE_NOOP("tcplab::SocketStatesModel",
                       "A SYN arrived and a SYN-ACK went back; waiting for the final ACK. On Linux these are "
                       "the half-open connections in a listener's SYN queue.")},
    {TcpState::Established, "ESTABLISHED", QT_TRANSLATE_NOOP("tcplab::SocketStatesModel", "The handshake is complete; data flows both ways.")},
    {TcpState::CloseWait,
     "CLOSE_WAIT",
     QT_TRANSLATE_NOOP("tcplab::SocketStatesModel", "The peer sent its FIN; waiting for the local program to call close().")},
    {TcpState::FinWait1,
     "FIN_WAIT_1",
     QT_TRANSLATE_NOOP("tcplab::SocketStatesModel", "The local program closed first and a FIN went out; waiting for its ACK.")},
    {TcpState::Closing, "CLOSING", QT_TRANSLATE_NOOP("tcplab::SocketStatesModel", "Both ends sent a FIN at the same time; waiting for the ACK of ours.")},
    {TcpState::LastAck,
     "LAST_ACK",
     QT_TRANSLATE_NOOP("tcplab::SocketStatesModel", "Closed after the peer's FIN; waiting for the last ACK, the one for our FIN.")},
    {TcpState::FinWait2, "FIN_WAIT_2", QT_TRANSLATE_NOOP("tcplab::SocketStatesModel", "Our FIN was acknowledged; waiting for the peer to send its FIN.")},
    {TcpState::TimeWait,
     "TIME_WAIT",
     QT_TRANSLATE_NOOP("tcplab::SocketStatesModel",
                       "Both FINs are acknowledged. The end that closed first waits (60 s on Linux) so that "
                       "late segments die out before the same address pair is used again.")},
};

} // namespace

SocketStatesModel::SocketStatesModel(MonitorSession *session, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_rows.reserve(int(std::size(kStates)));
    for (const StateSpec &spec : kStates)
        m_rows.append({spec.state, spec.name, bilingual(kContext, spec.meaning), 0});
    if (session) {
        connect(session, &MonitorSession::censusUpdated, this, [this, session] {
            // A failed census says nothing about the states; keep the last good counts.
            if (session->census().ok())
                setCounts(session->census().counts);
        });
        if (session->census().ok())
            setCounts(session->census().counts);
    }
}

int SocketStatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SocketStatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SocketStatesModel::rowOf(TcpState state) const
{
    if (state == TcpState::NewSynRecv)
        state = TcpState::SynRecv;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == state)
            return row;
    }
    return -1;
}

QString SocketStatesModel::nameAt(int row) const
{
    return QString::fromLatin1(m_rows.at(row).name);
}

QVariant SocketStatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return nameAt(index.row());
        case JapaneseColumn:
            return row.meaning.ja;
        case EnglishColumn:
            return row.meaning.en;
        case CountColumn:
            return QLocale().toString(row.count);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn) {
            QString tip = tr("Linux and netstat: %1; ss: %2").arg(procfs::tcpStateName(row.state), procfs::tcpStateSsName(row.state));
            if (row.state == TcpState::SynRecv)
                tip += QLatin1Char('\n') + tr("The 2004 checklist (Solaris) writes SYN_RCVD.");
            return tip;
        }
        if (index.column() == CountColumn)
            return tr("Sockets in this state in the newest census");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case StateRole:
        return int(row.state);
    case CountRole:
        return row.count;
    }
    return {};
}

QVariant SocketStatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StateColumn:
            return tr("State");
        case JapaneseColumn:
            return tr("Meaning (Japanese)");
        case EnglishColumn:
            return tr("Meaning (English)");
        case CountColumn:
            return tr("Sockets");
        }
    }
    if (role == Qt::ToolTipRole && (section == JapaneseColumn || section == EnglishColumn))
        return tr("Both languages are shown whatever the interface language is.");
    return {};
}

void SocketStatesModel::setCounts(const procfs::TcpStateCounts &counts)
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        quint32 count = counts[r.state];
        // Request sockets (TCP_NEW_SYN_RECV) are the SYN queue too.
        if (r.state == TcpState::SynRecv)
            count += counts[TcpState::NewSynRecv];
        if (count == r.count)
            continue;
        r.count = count;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, CountColumn), index(last, CountColumn), {Qt::DisplayRole, CountRole});
}

void SocketStatesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateColumn), {Qt::ToolTipRole});
}

} // namespace tcplab
