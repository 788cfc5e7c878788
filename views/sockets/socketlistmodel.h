// SPDX-License-Identifier: GPL-3.0-or-later
// The sockets of one TCP state from the newest census, one row each: local and remote end,
// Recv-Q and Send-Q (for a listener: its accept queue and that queue's limit, as `ss -ltn` shows
// them). Rows are matched by their address pair from one census to the next, so that a socket
// keeps its row, and the selection on it, while its queues change.
#pragma once

#include "sockets/socketcensus.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

#include <optional>

namespace tcplab
{

class SocketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LocalColumn, RemoteColumn, RecvQColumn, SendQColumn, ColumnCount };
    // Numbers as numbers and addresses in a sortable form.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SocketListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The state whose sockets are listed; nullopt lists none.
    void setState(std::optional<procfs::TcpState> state);
    std::optional<procfs::TcpState> state() const
    {
        return m_state;
    }
    // Takes the sockets of the chosen state out of a census's full list.
    void setSockets(const QList<sockets::SocketEntry> &all);
    const sockets::SocketEntry &socketAt(int row) const
    {
        return m_rows.at(row);
    }

    void retranslate();

private:
    bool wanted(const sockets::SocketEntry &entry) const;
    static QByteArray keyOf(const sockets::SocketEntry &entry);

    std::optional<procfs::TcpState> m_state;
    QList<sockets::SocketEntry> m_rows;
    QList<sockets::SocketEntry> m_lastAll; // for a state change between two censuses
};

} // namespace tcplab
