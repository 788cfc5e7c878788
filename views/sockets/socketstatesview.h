// SPDX-License-Identifier: GPL-3.0-or-later
// The socket states page: every TCP state with its meaning in Japanese and English and its live
// count, a port filter that narrows the census in the kernel, and the sockets of the selected
// state below. While it is visible it asks the session's census for every socket.
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tcplab
{

class MonitorSession;
class SocketListModel;
class SocketStatesModel;

class SocketStatesView : public QWidget
{
    Q_OBJECT
public:
    explicit SocketStatesView(MonitorSession *session, QWidget *parent = nullptr);
    ~SocketStatesView() override;

    SocketStatesModel *statesModel() const
    {
        return m_states;
    }
    SocketListModel *socketsModel() const
    {
        return m_sockets;
    }
    QTableView *statesTable() const
    {
        return m_statesTable;
    }
    QTableView *socketsTable() const
    {
        return m_socketsTable;
    }
    QLineEdit *portFilter() const
    {
        return m_port;
    }

    // Empty text or nullopt: every socket.
    void setPortFilter(std::optional<quint16> port);
    std::optional<quint16> portFilter(bool *valid) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void applyPortFilter();
    void onCensus();
    void onCurrentStateChanged();
    void updateCaptions();
    void fitStatesTable();

    MonitorSession *m_session;
    SocketStatesModel *m_states;
    SocketListModel *m_sockets;
    QSortFilterProxyModel *m_socketsSorted;
    QLabel *m_portLabel;
    QLineEdit *m_port;
    QLabel *m_total;
    QTableView *m_statesTable;
    QLabel *m_footnote;
    QLabel *m_socketsCaption;
    QTableView *m_socketsTable;
    QLabel *m_error;
};

} // namespace tcplab
