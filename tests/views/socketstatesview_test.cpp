// SPDX-License-Identifier: GPL-3.0-or-later
// The socket states view in a private network namespace, on sockets the test makes: a listener
// with backlog 5 and three connections nobody accepts, a listener with backlog 2 and three (its
// accept queue full), a CLOSE_WAIT / FIN_WAIT2 pair and a TIME_WAIT socket.
#include "../common/netnsguimain.h"
#include "../common/widgettest.h"

#include "i18n/localization.h"
#include "series/monitorsession.h"
#include "sockets/socketlistmodel.h"
#include "sockets/socketstatesmodel.h"
#include "sockets/socketstatesview.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcplab;
using procfs::TcpState;

namespace
{

quint16 localPort(int fd)
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    return ntohs(address.sin_port);
}

quint16 peerPort(int fd)
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    ::getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length);
    return ntohs(address.sin_port);
}

QString loopback(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

} // namespace

class SocketStatesViewTest : public QObject
{
    Q_OBJECT
private:
    std::vector<int> m_fds;
    Localization *m_localization = nullptr;
    quint16 m_portA = 0; // backlog 5, three connections
    quint16 m_portB = 0; // backlog 2, three connections: full
    QList<int> m_clients; // the six clients of A and B
    QMap<TcpState, quint32> m_expected;

    int keep(int fd)
    {
        m_fds.push_back(fd);
        return fd;
    }

    int listener(int backlog)
    {
        const int fd = keep(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(fd, backlog) != 0)
            qFatal("listener: %s", strerror(errno));
        return fd;
    }

    int client(quint16 port)
    {
        const int fd = keep(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(port);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            qFatal("connect: %s", strerror(errno));
        return fd;
    }

    static quint32 censusCount(const MonitorSession &session, TcpState state)
    {
        quint32 count = session.census().counts[state];
        if (state == TcpState::SynRecv)
            count += session.census().counts[TcpState::NewSynRecv];
        return count;
    }

    // True when every state's count in the census is the expected one.
    bool censusIsExpected(const MonitorSession &session) const
    {
        if (!session.census().ok())
            return false;
        for (int n = 1; n < procfs::TcpStateMax; ++n) {
            const TcpState state = *procfs::tcpStateFromNumber(n);
            if (censusCount(session, state) != m_expected.value(state, 0))
                return false;
        }
        return true;
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        // A language change arrives as posted events and queues relayouts; let both run.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name;
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    static void selectState(SocketStatesView &view, TcpState state)
    {
        const int row = view.statesModel()->rowOf(state);
        QVERIFY(row >= 0);
        view.statesTable()->selectionModel()->setCurrentIndex(view.statesModel()->index(row, 0),
                                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static QSet<QString> listedPairs(const SocketListModel &model)
    {
        QSet<QString> pairs;
        for (int row = 0; row < model.rowCount(); ++row)
            pairs.insert(model.socketAt(row).local.toString() + QLatin1Char('|') + model.socketAt(row).remote.toString());
        return pairs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        tcplab::test::useFreshSettings("socketstatesview-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));

        const int a = listener(5);
        m_portA = localPort(a);
        const int b = listener(2);
        m_portB = localPort(b);
        for (int i = 0; i < 3; ++i) {
            m_clients.append(client(m_portA));
            m_clients.append(client(m_portB));
        }

        // CLOSE_WAIT: the client shuts its side, the accepted server socket has not closed yet.
        const int c = listener(4);
        const int closeWaitClient = client(localPort(c));
        const int closeWaitServer = keep(::accept(c, nullptr, nullptr));
        QVERIFY(closeWaitServer >= 0);
        QCOMPARE(::shutdown(closeWaitClient, SHUT_WR), 0);

        // TIME_WAIT: the client closes first, then the server; the client's end waits.
        const int timeWaitClient = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(localPort(c));
        QCOMPARE(::connect(timeWaitClient, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        const int timeWaitServer = ::accept(c, nullptr, nullptr);
        QVERIFY(timeWaitServer >= 0);
        ::close(timeWaitClient);
        char byte = 0;
        QCOMPARE(::read(timeWaitServer, &byte, 1), ssize_t(0)); // the client's FIN has arrived
        ::close(timeWaitServer);

        m_expected = {
            {TcpState::Listen, 3},
            {TcpState::Established, 12},
            {TcpState::CloseWait, 1},
            {TcpState::FinWait2, 1},
            {TcpState::TimeWait, 1},
        };
    }

    void countsMatchCensus()
    {
        MonitorSession session;
        session.setIntervalMs(100);
        SocketStatesView view(&session);
        QAbstractItemModelTester statesTester(view.statesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(view.socketsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(censusIsExpected(session), 5000);

        // The checklist's order, with Linux's name for SYN_RCVD.
        const QStringList names{QStringLiteral("CLOSED"),
                                QStringLiteral("LISTEN"),
                                QStringLiteral("SYN_SENT"),
                                QStringLiteral("SYN_RECV"),
                                QStringLiteral("ESTABLISHED"),
                                QStringLiteral("CLOSE_WAIT"),
                                QStringLiteral("FIN_WAIT_1"),
                                QStringLiteral("CLOSING"),
                                QStringLiteral("LAST_ACK"),
                                QStringLiteral("FIN_WAIT_2"),
                                QStringLiteral("TIME_WAIT")};
        SocketStatesModel *model = view.statesModel();
        QCOMPARE(model->rowCount(), int(names.size()));
        QCOMPARE(model->columnCount(), int(SocketStatesModel::ColumnCount));
        // The counts the model shows are the census's, which are the sockets made above.
        QTRY_VERIFY(model->countAt(model->rowOf(TcpState::Established)) == 12);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, SocketStatesModel::StateColumn).data().toString(), names.at(row));
            const TcpState state = model->stateAt(row);
            QCOMPARE(model->index(row, 0).data(SocketStatesModel::StateRole).toInt(), int(state));
            QCOMPARE(model->countAt(row), censusCount(session, state));
            QCOMPARE(model->countAt(row), m_expected.value(state, 0));
            QCOMPARE(model->index(row, SocketStatesModel::CountColumn).data().toString(), QString::number(m_expected.value(state, 0)));
            // Both languages, whatever the UI language.
            QVERIFY(!model->index(row, SocketStatesModel::JapaneseColumn).data().toString().isEmpty());
            QVERIFY(!model->index(row, SocketStatesModel::EnglishColumn).data().toString().isEmpty());
            QCOMPARE(model->index(row, SocketStatesModel::EnglishColumn).data().toString(), model->meaningAt(row).en);
            QCOMPARE(model->index(row, SocketStatesModel::JapaneseColumn).data().toString(), model->meaningAt(row).ja);
        }
        QVERIFY(model->index(model->rowOf(TcpState::SynRecv), 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("SYN_RCVD")));
    }

    void selectingEstablishedListsThoseSockets()
    {
        MonitorSession session;
        session.setIntervalMs(100);
        SocketStatesView view(&session);
        QAbstractItemModelTester listTester(view.socketsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(censusIsExpected(session), 5000);

        QSet<QString> expected;
        for (int fd : std::as_const(m_clients)) {
            const QString clientEnd = loopback(localPort(fd));
            const QString serverEnd = loopback(peerPort(fd));
            expected.insert(clientEnd + QLatin1Char('|') + serverEnd);
            expected.insert(serverEnd + QLatin1Char('|') + clientEnd);
        }
        QCOMPARE(expected.size(), 12);
        selectState(view, TcpState::Established);
        QTRY_COMPARE(listedPairs(*view.socketsModel()), expected);
        QCOMPARE(view.socketsTable()->model()->rowCount(), 12);

        // A listener's Recv-Q and Send-Q are its accept queue and the queue's limit.
        selectState(view, TcpState::Listen);
        QTRY_COMPARE(view.socketsModel()->rowCount(), 3);
        bool sawA = false;
        bool sawB = false;
        for (int row = 0; row < 3; ++row) {
            const sockets::SocketEntry &entry = view.socketsModel()->socketAt(row);
            if (entry.local.port == m_portA) {
                sawA = true;
                QCOMPARE(entry.receiveQueue, 3u);
                QCOMPARE(entry.sendQueue, 5u);
                const QModelIndex recvQ = view.socketsModel()->index(row, SocketListModel::RecvQColumn);
                QCOMPARE(recvQ.data().toString(), QStringLiteral("3"));
            }
            if (entry.local.port == m_portB) {
                sawB = true;
                QCOMPARE(entry.receiveQueue, 3u); // backlog 2: three fit
                QCOMPARE(entry.sendQueue, 2u);
            }
        }
        QVERIFY(sawA && sawB);

        selectState(view, TcpState::TimeWait);
        QTRY_COMPARE(view.socketsModel()->rowCount(), 1);
        selectState(view, TcpState::SynSent);
        QTRY_COMPARE(view.socketsModel()->rowCount(), 0);
    }

    void portFilterNarrowsCounts()
    {
        MonitorSession session;
        session.setIntervalMs(100);
        SocketStatesView view(&session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(censusIsExpected(session), 5000);
        SocketStatesModel *model = view.statesModel();

        // Typed like a user would: the kernel-side filter follows the text.
        view.portFilter()->clear();
        QTest::keyClicks(view.portFilter(), QString::number(m_portA));
        QCOMPARE(session.censusPort(), std::optional<quint16>(m_portA));
        // A's listener, its three accepted-to-be connections and their three clients.
        QTRY_COMPARE(model->countAt(model->rowOf(TcpState::Established)), 6u);
        QCOMPARE(model->countAt(model->rowOf(TcpState::Listen)), 1u);
        QCOMPARE(model->countAt(model->rowOf(TcpState::CloseWait)), 0u);
        QCOMPARE(model->countAt(model->rowOf(TcpState::TimeWait)), 0u);

        selectState(view, TcpState::Established);
        QTRY_COMPARE(view.socketsModel()->rowCount(), 6);
        for (int row = 0; row < 6; ++row) {
            const sockets::SocketEntry &entry = view.socketsModel()->socketAt(row);
            QVERIFY(entry.local.port == m_portA || entry.remote.port == m_portA);
        }

        // Empty: every socket again.
        view.portFilter()->clear();
        QCOMPARE(session.censusPort(), std::nullopt);
        QTRY_COMPARE(model->countAt(model->rowOf(TcpState::Established)), 12u);
        QTRY_COMPARE(view.socketsModel()->rowCount(), 12);
    }

    void countsUpdateInPlace()
    {
        MonitorSession session;
        session.setIntervalMs(100);
        SocketStatesView view(&session);
        view.resize(700, 360); // small, so that the table scrolls
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(censusIsExpected(session), 5000);
        SocketStatesModel *model = view.statesModel();
        selectState(view, TcpState::Listen);
        QScrollBar *scroll = view.statesTable()->verticalScrollBar();
        scroll->setValue(scroll->maximum() / 2);
        const int scrolledTo = scroll->value();

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        QSignalSpy listResets(view.socketsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy listInserts(view.socketsModel(), &QAbstractItemModel::rowsInserted);

        // A fourth connection to A: two more ESTABLISHED sockets and one more LISTEN Recv-Q.
        const int extra = client(m_portA);
        QTRY_COMPARE(model->countAt(model->rowOf(TcpState::Established)), 14u);
        QVERIFY(!changes.isEmpty());
        const auto roles = changes.last().at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QTRY_VERIFY(view.socketsModel()->rowCount() == 3);
        bool grew = false;
        QTRY_VERIFY([&] {
            for (int row = 0; row < view.socketsModel()->rowCount(); ++row) {
                if (view.socketsModel()->socketAt(row).local.port == m_portA)
                    grew = view.socketsModel()->socketAt(row).receiveQueue == 4;
            }
            return grew;
        }());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(listResets.size(), 0);
        QCOMPARE(listInserts.size(), 0); // the listener kept its row
        QCOMPARE(view.statesTable()->selectionModel()->currentIndex().row(), model->rowOf(TcpState::Listen));
        QVERIFY(view.statesTable()->selectionModel()->isRowSelected(model->rowOf(TcpState::Listen), QModelIndex()));
        QCOMPARE(scroll->value(), scrolledTo);
        QVERIFY(extra >= 0);
    }

    void screenshots()
    {
        MonitorSession session;
        session.setIntervalMs(100);
        SocketStatesView view(&session);
        view.resize(1100, 780);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.census().ok() && !session.census().sockets.isEmpty(), 5000);
        selectState(view, TcpState::Listen);
        QTRY_VERIFY(view.socketsModel()->rowCount() >= 3);
        saveScreenshot(&view, QStringLiteral("sockets_en.png"));

        QVERIFY(m_localization->setPreference(QStringLiteral("ja")));
        saveScreenshot(&view, QStringLiteral("sockets_ja.png"));
        QVERIFY(m_localization->setPreference(QStringLiteral("en")));
        QCOMPARE(view.statesModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("State"));
    }

    void cleanupTestCase()
    {
        for (int fd : m_fds)
            ::close(fd);
        m_localization->setPreference(QStringLiteral("en"));
    }
};

QTEST_NETNS_GUI_MAIN(SocketStatesViewTest)
#include "socketstatesview_test.moc"
