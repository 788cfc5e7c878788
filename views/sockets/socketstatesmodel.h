// SPDX-License-Identifier: GPL-3.0-or-later
// The TCP states as rows, in the order of the 2004 checklist's state table: each state's name, what
// it means in Japanese and in English side by side (whatever the UI language is, so that a reader
// of either language learns the other's terms), and how many sockets the newest census found in
// it. Counts change in place (dataChanged), so a selection or scroll position survives every
// sample.
#pragma once

#include "i18n/bilingual.h"
#include "procfs/tcpstate.h"

#include <QAbstractTableModel>
#include <QList>

namespace tcplab
{

class MonitorSession;

class SocketStatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, JapaneseColumn, EnglishColumn, CountColumn, ColumnCount };
    enum Role {
        // The row's procfs::TcpState as an int.
        StateRole = Qt::UserRole + 1,
        // The count as a number, for sorting and for tests.
        CountRole,
    };

    // Follows `session`'s census when one is given; otherwise setCounts() feeds it.
    explicit SocketStatesModel(MonitorSession *session = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    procfs::TcpState stateAt(int row) const
    {
        return m_rows.at(row).state;
    }
    // -1 when the state has no row (NewSynRecv is counted in the SYN_RECV row).
    int rowOf(procfs::TcpState state) const;
    quint32 countAt(int row) const
    {
        return m_rows.at(row).count;
    }
    // The name the row shows: the checklist's spelling, with Linux's SYN_RECV.
    QString nameAt(int row) const;
    // The meaning in both languages.
    const BilingualText &meaningAt(int row) const
    {
        return m_rows.at(row).meaning;
    }

    void setCounts(const procfs::TcpStateCounts &counts);
    // Headers follow the UI language; the views call this on QEvent::LanguageChange.
    void retranslate();

private:
    struct Row {
        procfs::TcpState state;
        const char *name;
        BilingualText meaning;
        quint32 count = 0;
    };
    QList<Row> m_rows;
};

} // namespace tcplab
