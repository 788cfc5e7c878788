// SPDX-License-Identifier: GPL-3.0-or-later
// The listen queues view in a private network namespace, on listeners the test makes: backlog 5
// with three connections nobody accepts, backlog 2 with three (full: the kernel lets backlog + 1
// in) and a fourth client whose SYNs are dropped, and backlog 4096, too many slots for boxes.
#include "../common/netnsguimain.h"
#include "../common/widgettest.h"

#include "i18n/localization.h"
#include "queues/listenqueuesview.h"
#include "queues/queuediagram.h"
#include "queues/queuesparkline.h"
#include "series/monitorsession.h"

#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcplab;

class ListenQueuesViewTest : public QObject
{
    Q_OBJECT
private:
    std::vector<int> m_fds;
    Localization *m_localization = nullptr;
    quint16 m_portA = 0; // backlog 5, three connections
    quint16 m_portB = 0; // backlog 2, three connections and one dropped
    quint16 m_portC = 0; // backlog 4096, nothing

    static quint16 localPort(int fd)
    {
        sockaddr_in address{};
        socklen_t length = sizeof address;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
        return ntohs(address.sin_port);
    }

    static QString loopback(quint16 port)
    {
        return QStringLiteral("127.0.0.1:%1").arg(port);
    }

    quint16 listener(int backlog)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        m_fds.push_back(fd);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(fd, backlog) != 0)
            qFatal("listener: %s", strerror(errno));
        return localPort(fd);
    }

    // Non-blocking, so that a client whose SYN is dropped does not stop the test.
    void client(quint16 port)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        m_fds.push_back(fd);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(port);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 && errno != EINPROGRESS)
            qFatal("connect: %s", strerror(errno));
    }

    static const sockets::ListenerQueue *censusListener(const MonitorSession &session, quint16 port)
    {
        for (const sockets::ListenerQueue &listener : session.census().listeners) {
            if (listener.local.port == port)
                return &listener;
        }
        return nullptr;
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

    void startWithAllListeners(MonitorSession &session, ListenQueuesView &view)
    {
        session.setIntervalMs(100);
        view.resize(1000, 620);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(view.listeners().size(), 3, 5000);
        QTRY_VERIFY(censusListener(session, m_portB) && censusListener(session, m_portB)->acceptQueue == 3);
    }

private Q_SLOTS:
    void initTestCase()
    {
        tcplab::test::useFreshSettings("listenqueuesview-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));

        m_portA = listener(5);
        m_portB = listener(2);
        m_portC = listener(4096);
        for (int i = 0; i < 3; ++i) {
            client(m_portA);
            client(m_portB);
        }
    }

    void showsAcceptQueueAgainstItsLimit()
    {
        MonitorSession session;
        ListenQueuesView view(&session);
        startWithAllListeners(session, view);
        QVERIFY(!view.picker()->isHidden()); // several listeners: a picker
        QCOMPARE(view.picker()->count(), 3);

        view.picker()->setCurrentIndex(view.picker()->findData(loopback(m_portA)));
        QCOMPARE(view.currentListener(), loopback(m_portA));
        QTRY_COMPARE(view.diagram()->figures().acceptQueue, 3u);
        const QueueFigures &f = view.diagram()->figures();
        QCOMPARE(f.endpoint, loopback(m_portA));
        QCOMPARE(f.limit, 5u);
        QCOMPARE(f.acceptCapacity, 6u); // sk_acceptq_is_full() is ">": limit + 1 fit
        QCOMPARE(f.synRecv, 0u);
        QVERIFY(!f.acceptFull());
        QVERIFY(!f.synFull());
        QVERIFY(!view.diagram()->drawsAsBar(f.acceptCapacity));
        // The same numbers the census has.
        const sockets::ListenerQueue *a = censusListener(session, m_portA);
        QVERIFY(a);
        QCOMPARE(f.acceptQueue, a->acceptQueue);
        QCOMPARE(f.limit, a->acceptQueueLimit);
    }

    void fullQueueIsMarked()
    {
        MonitorSession session;
        ListenQueuesView view(&session);
        startWithAllListeners(session, view);
        view.setListener(loopback(m_portB));
        QCOMPARE(view.picker()->currentData().toString(), loopback(m_portB));
        QTRY_COMPARE(view.diagram()->figures().acceptQueue, 3u);
        QCOMPARE(view.diagram()->figures().limit, 2u);
        QVERIFY(view.diagram()->figures().acceptFull());

        // One more client: its SYN meets the full queue and is dropped, and the counters move.
        const qint64 before = view.shownTotal(QStringLiteral("TcpExt.ListenOverflows"));
        client(m_portB);
        QTRY_VERIFY_WITH_TIMEOUT(view.shownTotal(QStringLiteral("TcpExt.ListenOverflows")) > before, 5000);
        QVERIFY(view.shownTotal(QStringLiteral("TcpExt.ListenDrops")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(view.shownRate(QStringLiteral("TcpExt.ListenDrops")) > 0, 5000);
        QCOMPARE(view.diagram()->figures().acceptQueue, 3u);
    }

    void manySlotsDrawAsABar()
    {
        MonitorSession session;
        ListenQueuesView view(&session);
        startWithAllListeners(session, view);
        view.setListener(loopback(m_portC));
        const sockets::ListenerQueue *c = censusListener(session, m_portC);
        QVERIFY(c);
        QTRY_COMPARE(view.diagram()->figures().limit, c->acceptQueueLimit);
        QVERIFY(c->acceptQueueLimit >= 128); // capped by the namespace's somaxconn
        QVERIFY(view.diagram()->drawsAsBar(view.diagram()->figures().acceptCapacity));
        QVERIFY(!view.diagram()->figures().acceptFull());
        QVERIFY(!view.diagram()->grab().isNull());
    }

    void historyAndOneChosenPort()
    {
        MonitorSession session;
        ListenQueuesView view(&session);
        startWithAllListeners(session, view);
        view.setListener(loopback(m_portA));
        QTRY_VERIFY_WITH_TIMEOUT(view.sparkline()->acceptPointCount() >= 3, 5000);
        QCOMPARE(view.sparkline()->endpoint(), loopback(m_portA));

        // With the census narrowed to one port there is nothing to pick.
        session.setCensusPort(m_portB);
        QTRY_COMPARE(view.listeners(), QStringList{loopback(m_portB)});
        QVERIFY(view.picker()->isHidden());
        QCOMPARE(view.currentListener(), loopback(m_portB));
        QTRY_COMPARE(view.diagram()->figures().acceptQueue, 3u);
    }

    void screenshots()
    {
        MonitorSession session;
        ListenQueuesView view(&session);
        startWithAllListeners(session, view);
        view.setListener(loopback(m_portB));
        QTRY_VERIFY_WITH_TIMEOUT(view.sparkline()->acceptPointCount() >= 10, 5000);
        saveScreenshot(&view, QStringLiteral("queues_en.png"));
        view.setListener(loopback(m_portC));
        saveScreenshot(&view, QStringLiteral("queues_bar_en.png"));
        view.setListener(loopback(m_portA));
        saveScreenshot(&view, QStringLiteral("queues_partial_en.png"));

        view.setListener(loopback(m_portB));
        QVERIFY(m_localization->setPreference(QStringLiteral("ja")));
        saveScreenshot(&view, QStringLiteral("queues_ja.png"));
        QVERIFY(m_localization->setPreference(QStringLiteral("en")));
    }

    void cleanupTestCase()
    {
        for (int fd : m_fds)
            ::close(fd);
        m_localization->setPreference(QStringLiteral("en"));
    }
};

QTEST_NETNS_GUI_MAIN(ListenQueuesViewTest)
#include "listenqueuesview_test.moc"
