// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketlistmodel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace tcplab
{

using procfs::TcpState;

SocketListModel::SocketListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SocketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SocketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SocketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sockets::SocketEntry &entry = m_rows.at(index.row());
    const bool listener = entry.state == TcpState::Listen;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LocalColumn:
            return entry.local.toString();
        case RemoteColumn:
            return entry.remote.toString();
        case RecvQColumn:
            return QLocale().toString(entry.receiveQueue);
        case SendQColumn:
            return QLocale().toString(entry.sendQueue);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case LocalColumn:
        case RemoteColumn: {
            // Port first, zero-padded, so that ports sort as numbers.
            const sockets::SocketEndpoint &end = index.column() == LocalColumn ? entry.local : entry.remote;
            return QStringLiteral("%1 %2").arg(end.port, 5, 10, QLatin1Char('0')).arg(end.addressText());
        }
        case RecvQColumn:
            return entry.receiveQueue;
        case SendQColumn:
            return entry.sendQueue;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RecvQColumn)
            return listener ? tr("Connections in the accept queue, not yet accept()ed") : tr("Bytes received and not yet read by the program");
        if (index.column() == SendQColumn)
            return listener ? tr("The accept queue's limit: the listen() backlog after the net.core.somaxconn cap")
                            : tr("Bytes sent and not yet acknowledged by the peer");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RecvQColumn || index.column() == SendQColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant SocketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LocalColumn:
            return tr("Local address:port");
        case RemoteColumn:
            return tr("Peer address:port");
        case RecvQColumn:
            return QStringLiteral("Recv-Q");
        case SendQColumn:
            return QStringLiteral("Send-Q");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == RecvQColumn)
            return tr("Bytes not yet read; for a listener, connections waiting in its accept queue");
        if (section == SendQColumn)
            return tr("Bytes not yet acknowledged; for a listener, the accept queue's limit");
    }
    return {};
}

bool SocketListModel::wanted(const sockets::SocketEntry &entry) const
{
    if (!m_state)
        return false;
    if (*m_state == TcpState::SynRecv)
        return entry.state == TcpState::SynRecv || entry.state == TcpState::NewSynRecv;
    return entry.state == *m_state;
}

QByteArray SocketListModel::keyOf(const sockets::SocketEntry &entry)
{
    // The raw bytes of both ends: unique among the sockets of one state, and cheap to hash.
    QByteArray key;
    key.reserve(2 * int(sizeof(sockets::SocketEndpoint)));
    for (const sockets::SocketEndpoint *end : {&entry.local, &entry.remote}) {
        key.append(char(end->family));
        key.append(char(end->port >> 8));
        key.append(char(end->port & 0xff));
        key.append(reinterpret_cast<const char *>(end->address.data()), qsizetype(end->address.size()));
    }
    // Listeners sharing a port (SO_REUSEPORT) differ by their inode only.
    key.append(reinterpret_cast<const char *>(&entry.inode), qsizetype(sizeof entry.inode));
    return key;
}

void SocketListModel::setState(std::optional<TcpState> state)
{
    if (state == m_state)
        return;
    beginResetModel();
    m_state = state;
    m_rows.clear();
    QSet<QByteArray> seen;
    for (const sockets::SocketEntry &entry : std::as_const(m_lastAll)) {
        if (!wanted(entry))
            continue;
        const QByteArray key = keyOf(entry);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        m_rows.append(entry);
    }
    endResetModel();
}

void SocketListModel::setSockets(const QList<sockets::SocketEntry> &all)
{
    m_lastAll = all;
    QHash<QByteArray, qsizetype> fresh; // key -> position in `all`
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!wanted(all.at(i)))
            continue;
        const QByteArray key = keyOf(all.at(i));
        if (!fresh.contains(key))
            fresh.insert(key, i);
    }

    // Sockets that are gone, from the bottom up so that row numbers stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (fresh.contains(keyOf(m_rows.at(row))))
            continue;
        int first = row;
        while (first > 0 && !fresh.contains(keyOf(m_rows.at(first - 1))))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }

    // Sockets that stayed: new queue values in place.
    int changedFirst = -1;
    int changedLast = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QByteArray key = keyOf(m_rows.at(row));
        const sockets::SocketEntry &now = all.at(fresh.take(key));
        sockets::SocketEntry &old = m_rows[row];
        if (now.receiveQueue != old.receiveQueue || now.sendQueue != old.sendQueue || now.state != old.state) {
            old = now;
            if (changedFirst < 0)
                changedFirst = row;
            changedLast = row;
        }
    }
    if (changedFirst >= 0)
        Q_EMIT dataChanged(index(changedFirst, RecvQColumn), index(changedLast, SendQColumn));

    // New sockets at the end, in the census's order.
    if (!fresh.isEmpty()) {
        QList<qsizetype> positions = fresh.values();
        std::sort(positions.begin(), positions.end());
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(positions.size()) - 1);
        for (qsizetype i : std::as_const(positions))
            m_rows.append(all.at(i));
        endInsertRows();
    }
}

void SocketListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace tcplab
