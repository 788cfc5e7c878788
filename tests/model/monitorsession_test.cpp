// SPDX-License-Identifier: GPL-3.0-or-later
// The live session in a private network namespace: samples land in the store with the socket
// counts and the listener queues the kernel reports.
#include "../common/netnsmain.h"
#include "series/monitorsession.h"

#include <QSignalSpy>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcplab;

class MonitorSessionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplesReachTheStore()
    {
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(7007);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 3), 0);
        const int client = ::socket(AF_INET, SOCK_STREAM, 0);
        QCOMPARE(::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);

        MonitorSession session;
        session.setIntervalMs(100);
        session.setCensusPort(7007);
        QSignalSpy sampled(&session, &MonitorSession::sampled);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 3, 5000);

        const TimeSeriesStore &store = session.store();
        const auto *established = store.series(QStringLiteral("sockets.ESTABLISHED"));
        QVERIFY(established);
        QCOMPARE(established->valueAt(established->size() - 1), 2.0);
        const auto *queue = store.series(MonitorSession::listenerSeries(QStringLiteral("127.0.0.1:7007"), "recv_q"));
        QVERIFY(queue);
        QCOMPARE(queue->valueAt(queue->size() - 1), 1.0);
        const auto *limit = store.series(MonitorSession::listenerSeries(QStringLiteral("127.0.0.1:7007"), "send_q"));
        QCOMPARE(limit->valueAt(limit->size() - 1), 3.0);
        QVERIFY(store.series(QStringLiteral("cpu.busy")));
        QVERIFY(store.series(QStringLiteral("if.lo.rx_packets")));
        QVERIFY(store.series(QStringLiteral("TcpExt.ListenOverflows")));
        // Counters nobody draws are not kept.
        QVERIFY(!store.series(QStringLiteral("Icmp.InMsgs")));
        QVERIFY(session.lastError().isEmpty());

        // Paused: nothing more arrives until resumed.
        session.setPaused(true);
        const int before = sampled.count();
        QTest::qWait(350);
        QCOMPARE(sampled.count(), before);
        session.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(sampled.count() > before, 5000);
        ::close(client);
        ::close(listener);
    }
};

QTEST_NETNS_MAIN(MonitorSessionTest)
#include "monitorsession_test.moc"
