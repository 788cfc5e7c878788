// SPDX-License-Identifier: GPL-3.0-or-later
// A known set of loopback sockets, made in a private network namespace, seen three ways: as the
// test made them, through /proc/net/tcp + tcp6, and through `ss -tan` run in the same namespace.
#include "../common/netnsmain.h"
#include "procfs/procfile.h"
#include "procfs/procnettcp.h"
#include "procfs/sstcp.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcplab::procfs;

class SocketStatesCompareTest : public QObject
{
    Q_OBJECT
private:
    QList<int> m_fds;

    int listener(int family, int backlog, quint16 *port)
    {
        const int fd = ::socket(family, SOCK_STREAM, 0);
        m_fds.append(fd);
        sockaddr_storage storage{};
        socklen_t length;
        if (family == AF_INET) {
            auto *a = reinterpret_cast<sockaddr_in *>(&storage);
            a->sin_family = AF_INET;
            a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            length = sizeof *a;
        } else {
            auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
            a->sin6_family = AF_INET6;
            a->sin6_addr = in6addr_loopback;
            length = sizeof *a;
        }
        if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(fd, backlog) != 0)
            qFatal("listener");
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length);
        *port = family == AF_INET ? ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port) : ntohs(reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port);
        return fd;
    }

    int connectTo(int family, quint16 port)
    {
        const int fd = ::socket(family, SOCK_STREAM, 0);
        m_fds.append(fd);
        int rc;
        if (family == AF_INET) {
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            a.sin_port = htons(port);
            rc = ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        } else {
            sockaddr_in6 a{};
            a.sin6_family = AF_INET6;
            a.sin6_addr = in6addr_loopback;
            a.sin6_port = htons(port);
            rc = ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        }
        if (rc != 0)
            qFatal("connect");
        return fd;
    }

    int acceptFrom(int server)
    {
        const int fd = ::accept(server, nullptr, nullptr);
        m_fds.append(fd);
        return fd;
    }

    void closeFd(int fd)
    {
        m_fds.removeOne(fd);
        ::close(fd);
    }

    static QList<TcpSocketRecord> procSockets()
    {
        QList<TcpSocketRecord> all;
        for (const char *path : {"/proc/net/tcp", "/proc/net/tcp6"}) {
            QByteArray text;
            if (!readProcFile(QLatin1String(path), &text, nullptr))
                qFatal("%s", path);
            const auto result = parseProcNetTcp(text);
            if (!result.ok() || !result.warnings.isEmpty())
                qFatal("%s: %s %s", path, qPrintable(result.error), qPrintable(result.warnings.join(u' ')));
            all.append(result.value);
        }
        return all;
    }

    static tcplab::ParseResult<QList<TcpSocketRecord>> ssSockets()
    {
        QProcess ss;
        ss.start(QStringLiteral("ss"), {QStringLiteral("-tan")});
        if (!ss.waitForFinished(10000) || ss.exitCode() != 0)
            qFatal("ss failed");
        return parseSsTcp(ss.readAllStandardOutput());
    }

    static QStringList keys(const QList<TcpSocketRecord> &sockets)
    {
        QStringList list;
        for (const auto &s : sockets) {
            list.append(QStringLiteral("%1 [%2]:%3 [%4]:%5 rx=%6")
                            .arg(tcpStateName(s.state), s.localAddress.toString())
                            .arg(s.localPort)
                            .arg(s.remoteAddress.toString())
                            .arg(s.remotePort)
                            .arg(s.rxQueue));
        }
        list.sort();
        return list;
    }

private Q_SLOTS:
    void cleanup()
    {
        for (int fd : std::as_const(m_fds))
            ::close(fd);
        m_fds.clear();
    }

    void knownSockets()
    {
        quint16 port4 = 0;
        quint16 port6 = 0;
        const int server4 = listener(AF_INET, 7, &port4);
        const int server6 = listener(AF_INET6, 5, &port6);
        TcpStateCounts expected;
        expected[TcpState::Listen] = 2;

        // An established pair with 10 unread bytes on the server side.
        const int client = connectTo(AF_INET, port4);
        acceptFrom(server4);
        QCOMPARE(::send(client, "0123456789", 10, 0), ssize_t(10));
        // A connection left in the accept queue: both ends are ESTABLISHED.
        connectTo(AF_INET, port4);
        // An IPv6 pair.
        connectTo(AF_INET6, port6);
        acceptFrom(server6);
        expected[TcpState::Established] = 6;
        // The client closes, the server does not: FIN_WAIT2 and CLOSE_WAIT.
        const int halfClient = connectTo(AF_INET, port4);
        QThread::msleep(20);
        // The accept queue is first in, first out: the waiting connection comes first.
        acceptFrom(server4);
        acceptFrom(server4);
        closeFd(halfClient);
        expected[TcpState::FinWait2] = 1;
        expected[TcpState::CloseWait] = 1;
        // The active closer ends in TIME_WAIT; the other side goes through LAST_ACK to closed.
        const int twClient = connectTo(AF_INET, port4);
        const int twServer = acceptFrom(server4);
        closeFd(twClient);
        QThread::msleep(50);
        closeFd(twServer);
        expected[TcpState::TimeWait] = 1;
        // The earlier waiting connection is accepted now; make another to wait in the accept queue.
        connectTo(AF_INET, port4);
        expected[TcpState::Established] += 2;

        // Wait for the FINs and ACKs on loopback to land.
        QElapsedTimer timer;
        timer.start();
        QList<TcpSocketRecord> proc;
        do {
            QThread::msleep(50);
            proc = procSockets();
        } while (countTcpStates(proc) != expected && timer.elapsed() < 3000);

        const TcpStateCounts procCounts = countTcpStates(proc);
        for (int state = 1; state <= TcpStateMax; ++state) {
            QVERIFY2(procCounts.counts[state] == expected.counts[state],
                     qPrintable(QStringLiteral("/proc/net/tcp %1: %2, expected %3")
                                    .arg(tcpStateName(TcpState(state)))
                                    .arg(procCounts.counts[state])
                                    .arg(expected.counts[state])));
        }

        const auto ss = ssSockets();
        QVERIFY2(ss.ok(), qPrintable(ss.error));
        QVERIFY2(ss.warnings.isEmpty(), qPrintable(ss.warnings.join(QLatin1Char('\n'))));
        const TcpStateCounts ssCounts = countTcpStates(ss.value);
        for (int state = 1; state <= TcpStateMax; ++state) {
            QVERIFY2(ssCounts.counts[state] == expected.counts[state],
                     qPrintable(
                         QStringLiteral("ss %1: %2, expected %3").arg(tcpStateName(TcpState(state))).arg(ssCounts.counts[state]).arg(expected.counts[state])));
        }
        // The same sockets, addresses and queues, one by one.
        QCOMPARE(keys(ss.value), keys(proc));

        // The IPv4 listener: one connection waits, the limit is the backlog asked for.
        bool seen = false;
        for (const auto &s : ss.value) {
            if (s.state == TcpState::Listen && s.localPort == port4) {
                seen = true;
                QCOMPARE(s.rxQueue, 1u);
                QCOMPARE(s.txQueue, 7u);
            }
        }
        QVERIFY(seen);
        seen = false;
        for (const auto &s : proc) {
            if (s.state == TcpState::Listen && s.localPort == port4) {
                seen = true;
                QCOMPARE(s.rxQueue, 1u);
                QCOMPARE(s.localAddress, QHostAddress(QHostAddress::LocalHost));
                QVERIFY(s.inode > 0);
                QCOMPARE(s.uid, qint64(::geteuid()));
            }
        }
        QVERIFY(seen);
        int tenBytes = 0;
        for (const auto &s : proc)
            tenBytes += s.state == TcpState::Established && s.localPort == port4 && s.rxQueue == 10;
        QCOMPARE(tenBytes, 1);
        int v6 = 0;
        for (const auto &s : proc)
            v6 += s.localAddress == QHostAddress(QHostAddress::LocalHostIPv6);
        QCOMPARE(v6, 3); // the IPv6 listener and both ends of the IPv6 pair
    }
};

QTEST_NETNS_MAIN(SocketStatesCompareTest)
#include "socketstatescompare_test.moc"
