// SPDX-License-Identifier: GPL-3.0-or-later
// The netlink census against a known set of sockets in a private network namespace, and against
// `ss` run in the same namespace at the same moment.
#include "../common/netnsmain.h"
#include "procfs/procfile.h"
#include "procfs/procnettcp.h"
#include "procfs/sstcp.h"
#include "sandbox/netns.h"
#include "sockets/socketcensus.h"
#include "sockets/socketrecords.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <linux/filter.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tcplab;
using procfs::TcpState;
using procfs::TcpStateCounts;
using sockets::CensusDetail;
using sockets::CensusOptions;
using sockets::SocketCensus;

namespace
{

struct Listener {
    int fd = -1;
    int family = AF_INET;
    QByteArray address; // text
    quint16 port = 0;
    quint32 backlog = 0;
    quint32 expectedQueue = 0;
    quint32 expectedSynRecv = 0;
};

sockaddr_storage makeAddress(int family, const QByteArray &address, quint16 port, socklen_t *length)
{
    sockaddr_storage storage{};
    if (family == AF_INET6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        ::inet_pton(AF_INET6, address.constData(), &a->sin6_addr);
        *length = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        ::inet_pton(AF_INET, address.constData(), &a->sin_addr);
        *length = sizeof *a;
    }
    return storage;
}

quint64 inodeOf(int fd)
{
    struct stat st {
    };
    return ::fstat(fd, &st) == 0 ? quint64(st.st_ino) : 0;
}

// "state local peer" for one socket, the same text for census entries and ss lines.
QString socketKey(TcpState state, const QHostAddress &local, quint16 localPort, const QHostAddress &remote, quint16 remotePort)
{
    return procfs::tcpStateSsName(state) + QLatin1Char(' ') + local.toString() + QLatin1Char(' ') + QString::number(localPort) + QLatin1Char(' ')
        + remote.toString() + QLatin1Char(' ') + QString::number(remotePort);
}

} // namespace

class SocketCensusTest : public QObject
{
    Q_OBJECT

private:
    QList<int> m_fds;
    QList<Listener> m_listeners;
    TcpStateCounts m_expected;
    QString m_ss;

    int track(int fd)
    {
        if (fd >= 0)
            m_fds.append(fd);
        return fd;
    }

    // Listeners get fixed ports below the ephemeral range (set in initTestCase): a port chosen by
    // bind(0) may equal another family's listener port (127.0.0.1 and ::1 do not conflict), which
    // would make "the listener on port P" ambiguous.
    quint16 m_nextPort = 10001;

    bool addListener(int family, const QByteArray &address, int backlog, quint32 expectedLimit, Listener *out)
    {
        Listener l;
        l.family = family;
        l.address = address;
        l.backlog = expectedLimit;
        l.fd = track(::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0));
        socklen_t length = 0;
        sockaddr_storage a = makeAddress(family, address, m_nextPort++, &length);
        if (l.fd < 0 || ::bind(l.fd, reinterpret_cast<sockaddr *>(&a), length) != 0 || ::listen(l.fd, backlog) != 0)
            return false;
        length = sizeof a;
        if (::getsockname(l.fd, reinterpret_cast<sockaddr *>(&a), &length) != 0)
            return false;
        l.port = ntohs(family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&a)->sin6_port : reinterpret_cast<sockaddr_in *>(&a)->sin_port);
        ++m_expected[TcpState::Listen];
        *out = l;
        return true;
    }

    // A completed connection (blocking connect on loopback returns after the handshake).
    int connectTo(const Listener &l)
    {
        const int fd = track(::socket(l.family, SOCK_STREAM | SOCK_CLOEXEC, 0));
        socklen_t length = 0;
        const QByteArray target = l.address == "0.0.0.0" ? QByteArray("127.0.0.1") : l.address;
        sockaddr_storage a = makeAddress(l.family, target, l.port, &length);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&a), length) != 0)
            return -1;
        m_expected[TcpState::Established] += 2; // both ends
        return fd;
    }

    // A client that never sees the SYN-ACK: a classic-BPF filter that drops every packet, so the
    // server keeps a request socket (SYN_RECV) and the client stays in SYN_SENT.
    int connectHalfOpen(const Listener &l)
    {
        const int fd = track(::socket(l.family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
        sock_filter dropAll[] = {BPF_STMT(BPF_RET | BPF_K, 0)};
        sock_fprog program{1, dropAll};
        if (fd < 0 || ::setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &program, sizeof program) != 0)
            return -1;
        socklen_t length = 0;
        const QByteArray target = l.address == "0.0.0.0" ? QByteArray("127.0.0.1") : l.address;
        sockaddr_storage a = makeAddress(l.family, target, l.port, &length);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&a), length) == 0 || errno != EINPROGRESS)
            return -1;
        ++m_expected[TcpState::SynSent];
        ++m_expected[TcpState::SynRecv];
        return fd;
    }

    int acceptOne(const Listener &l)
    {
        pollfd p{l.fd, POLLIN, 0};
        if (::poll(&p, 1, 5000) != 1)
            return -1;
        return track(::accept4(l.fd, nullptr, nullptr, SOCK_CLOEXEC));
    }

    void closeTracked(int fd)
    {
        m_fds.removeOne(fd);
        ::close(fd);
    }

    QByteArray runSs(const QStringList &arguments)
    {
        QProcess process;
        process.start(m_ss, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QByteArray();
        return process.readAllStandardOutput();
    }

    QList<procfs::TcpSocketRecord> ssSockets(const QStringList &arguments)
    {
        const QByteArray text = runSs(arguments);
        const auto parsed = procfs::parseSsTcp(text);
        if (!parsed.ok() || !parsed.warnings.isEmpty())
            qWarning() << "ss output not understood:" << parsed.error << parsed.warnings << text;
        return parsed.value;
    }

    TcpStateCounts ssCounts(const QStringList &arguments)
    {
        return procfs::countTcpStates(ssSockets(arguments));
    }

    static QString countsText(const TcpStateCounts &counts)
    {
        QStringList parts;
        for (int n = 1; n <= procfs::TcpStateMax; ++n) {
            if (counts.counts[size_t(n)] != 0)
                parts.append(procfs::tcpStateSsName(TcpState(n)) + QLatin1Char('=') + QString::number(counts.counts[size_t(n)]));
        }
        return parts.join(QLatin1Char(' '));
    }

    static TcpStateCounts censusCounts(CensusDetail detail = CensusDetail::Counts)
    {
        SocketCensus census;
        CensusOptions options;
        options.detail = detail;
        const auto result = census.take(options);
        return result.ok() ? result.counts : TcpStateCounts();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ss = QStandardPaths::findExecutable(QStringLiteral("ss"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
        QVERIFY2(!m_ss.isEmpty(), "ss (iproute2) is needed to check the census");

        // The namespace is new: nothing but what this test makes.
        QCOMPARE(censusCounts().total(), 0u);
        const QString range = sandbox::writeSysctl(QStringLiteral("net/ipv4/ip_local_port_range"), "20000 60999");
        QVERIFY2(range.isEmpty(), qPrintable(range));

        Listener a, b, c, d;
        QVERIFY(addListener(AF_INET, "127.0.0.1", 5, 5, &a));
        QVERIFY(addListener(AF_INET, "0.0.0.0", 17, 17, &b));
        QVERIFY(addListener(AF_INET6, "::1", 9, 9, &c));
        QVERIFY(addListener(AF_INET, "127.0.0.1", 4, 4, &d));

        // a: three connections, one accepted, two wait in the accept queue.
        for (int i = 0; i < 3; ++i)
            QVERIFY(connectTo(a) >= 0);
        QVERIFY(acceptOne(a) >= 0);
        a.expectedQueue = 2;

        // b (0.0.0.0): two connections nobody accepts and three half-open clients.
        for (int i = 0; i < 2; ++i)
            QVERIFY(connectTo(b) >= 0);
        b.expectedQueue = 2;
        for (int i = 0; i < 3; ++i)
            QVERIFY(connectHalfOpen(b) >= 0);
        b.expectedSynRecv = 3;

        // c (::1): three connections, all accepted; one half-open client; the peer of one
        // connection closes, so our end is in CLOSE_WAIT and the closed end in FIN_WAIT2.
        int clients[3];
        for (int &client : clients)
            QVERIFY((client = connectTo(c)) >= 0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(acceptOne(c) >= 0);
        QVERIFY(connectHalfOpen(c) >= 0);
        c.expectedSynRecv = 1;
        closeTracked(clients[0]);
        m_expected[TcpState::Established] -= 2;
        ++m_expected[TcpState::CloseWait];
        ++m_expected[TcpState::FinWait2];

        // d: TIME_WAIT: the client closes first (the active close), then the server; the client
        // end waits in TIME_WAIT, the server end is gone after its LAST_ACK.
        const int twClient = connectTo(d);
        QVERIFY(twClient >= 0);
        const int twServer = acceptOne(d);
        QVERIFY(twServer >= 0);
        closeTracked(twClient);
        char byte;
        pollfd p{twServer, POLLIN, 0};
        QCOMPARE(::poll(&p, 1, 5000), 1);
        QCOMPARE(::read(twServer, &byte, 1), ssize_t(0)); // the FIN arrived
        closeTracked(twServer);
        m_expected[TcpState::Established] -= 2;
        ++m_expected[TcpState::TimeWait];

        // d: CLOSE_WAIT on IPv4 too.
        const int cwClient = connectTo(d);
        QVERIFY(cwClient >= 0);
        QVERIFY(acceptOne(d) >= 0);
        closeTracked(cwClient);
        m_expected[TcpState::Established] -= 2;
        ++m_expected[TcpState::CloseWait];
        ++m_expected[TcpState::FinWait2];

        m_listeners = {a, b, c, d};
        // Closing takes a moment on the peer's side; wait until every socket has settled.
        QTRY_COMPARE_WITH_TIMEOUT(countsText(censusCounts()), countsText(m_expected), 10000);
    }

    void cleanupTestCase()
    {
        for (int fd : std::as_const(m_fds))
            ::close(fd);
        m_fds.clear();
    }

    void countsEqualKnownSetAndSs()
    {
        // The same moment: census, ss, census; the sockets are settled, so all three agree.
        SocketCensus census;
        const auto before = census.take({CensusDetail::Counts, {}, true, true});
        QVERIFY2(before.ok(), qPrintable(before.error));
        const TcpStateCounts ss = ssCounts({QStringLiteral("-tan")});
        const auto after = census.take({CensusDetail::Counts, {}, true, true});
        QVERIFY2(after.ok(), qPrintable(after.error));
        QCOMPARE(countsText(before.counts), countsText(ss));
        QCOMPARE(countsText(after.counts), countsText(ss));
        QCOMPARE(countsText(before.counts), countsText(m_expected));
        QVERIFY(before.counts == m_expected);

        // Every mode counts alike.
        QCOMPARE(countsText(censusCounts(CensusDetail::Listeners)), countsText(m_expected));
        QCOMPARE(countsText(censusCounts(CensusDetail::Sockets)), countsText(m_expected));

        // IPv4 and IPv6 separately add up to the whole.
        const auto v4 = census.take({CensusDetail::Counts, {}, true, false});
        const auto v6 = census.take({CensusDetail::Counts, {}, false, true});
        QVERIFY(v4.ok() && v6.ok());
        QCOMPARE(v4.counts.total() + v6.counts.total(), m_expected.total());
        // ::1: a listener, 2 established + CLOSE_WAIT + FIN_WAIT2 pairs, one half-open pair.
        QCOMPARE(v6.counts[TcpState::Listen], 1u);
        QCOMPARE(v6.counts[TcpState::SynRecv], 1u);
        QCOMPARE(v6.counts[TcpState::SynSent], 1u);
        QCOMPARE(v6.counts[TcpState::Established], 4u);
        QCOMPARE(v6.counts[TcpState::CloseWait], 1u);
    }

    void listenerQueuesEqualSs()
    {
        SocketCensus census;
        const auto result = census.take({CensusDetail::Listeners, {}, true, true});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.listeners.size(), m_listeners.size());
        const auto ss = ssSockets({QStringLiteral("-ltn")});
        QCOMPARE(ss.size(), m_listeners.size());

        for (const Listener &l : std::as_const(m_listeners)) {
            const QHostAddress address(QString::fromLatin1(l.address));
            const auto own = std::find_if(result.listeners.begin(), result.listeners.end(), [&](const auto &q) {
                return q.local.port == l.port;
            });
            QVERIFY2(own != result.listeners.end(), qPrintable(QString::number(l.port)));
            QCOMPARE(sockets::toHostAddress(own->local), address);
            QCOMPARE(int(own->local.family), l.family);
            QCOMPARE(own->inode, inodeOf(l.fd));
            // The known set.
            QCOMPARE(own->acceptQueue, l.expectedQueue);
            QCOMPARE(own->acceptQueueLimit, l.backlog);
            QCOMPARE(own->synRecv, l.expectedSynRecv);
            // ss -ltn: Recv-Q and Send-Q.
            const auto line = std::find_if(ss.begin(), ss.end(), [&](const auto &r) {
                return r.localPort == l.port;
            });
            QVERIFY2(line != ss.end(), qPrintable(QString::number(l.port)));
            QCOMPARE(line->localAddress, address);
            QCOMPARE(quint64(own->acceptQueue), line->rxQueue);
            QCOMPARE(quint64(own->acceptQueueLimit), line->txQueue);
        }
    }

    void synRecvPerListenerEqualsSs()
    {
        SocketCensus census;
        const auto result = census.take({CensusDetail::Listeners, {}, true, true});
        QVERIFY2(result.ok(), qPrintable(result.error));
        for (const auto &listener : result.listeners) {
            const QString port = QString::number(listener.local.port);
            // (With "state syn-recv" ss leaves out the State column, so filter by port only.)
            const auto ss = ssCounts({QStringLiteral("-tan"), QStringLiteral("sport"), QStringLiteral("="), QLatin1Char(':') + port});
            QCOMPARE(listener.synRecv, ss[TcpState::SynRecv]);
        }
    }

    void fullListEqualsSs()
    {
        SocketCensus census;
        const auto result = census.take({CensusDetail::Sockets, {}, true, true});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(quint32(result.sockets.size()), m_expected.total());

        QStringList own;
        for (const auto &record : sockets::toTcpSocketRecords(result.sockets))
            own.append(socketKey(record.state, record.localAddress, record.localPort, record.remoteAddress, record.remotePort));
        QStringList ss;
        for (const auto &record : ssSockets({QStringLiteral("-tan")}))
            ss.append(socketKey(record.state, record.localAddress, record.localPort, record.remoteAddress, record.remotePort));
        own.sort();
        ss.sort();
        QCOMPARE(own, ss);

        // Every socket this process holds is listed with its inode, its own address and its peer's.
        for (int fd : std::as_const(m_fds)) {
            const quint64 inode = inodeOf(fd);
            const auto entry = std::find_if(result.sockets.begin(), result.sockets.end(), [&](const auto &e) {
                return e.inode == inode;
            });
            QVERIFY2(entry != result.sockets.end(), "a socket of ours is missing");
            sockaddr_storage local{};
            socklen_t length = sizeof local;
            QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length), 0);
            const quint16 localPort = ntohs(reinterpret_cast<sockaddr_in *>(&local)->sin_port); // same offset in v6
            QCOMPARE(entry->local.port, localPort);
            QCOMPARE(int(entry->local.family), int(local.ss_family));
            sockaddr_storage peer{};
            length = sizeof peer;
            if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) == 0)
                QCOMPARE(entry->remote.port, ntohs(reinterpret_cast<sockaddr_in *>(&peer)->sin_port));
        }
    }

    void portFilterReturnsOnlyThatPort()
    {
        SocketCensus census;
        for (const Listener &l : std::as_const(m_listeners)) {
            const auto filtered = census.take({CensusDetail::Sockets, l.port, true, true});
            QVERIFY2(filtered.ok(), qPrintable(filtered.error));
            QVERIFY(!filtered.sockets.isEmpty());
            for (const auto &entry : filtered.sockets)
                QVERIFY2(entry.local.port == l.port || entry.remote.port == l.port,
                         qPrintable(entry.local.toString() + QLatin1Char(' ') + entry.remote.toString()));
            // As many as ss finds with the same filter, and the same per state.
            const QString port = QLatin1Char(':') + QString::number(l.port);
            const TcpStateCounts ss = ssCounts({QStringLiteral("-tan"),
                                                QStringLiteral("("),
                                                QStringLiteral("sport"),
                                                QStringLiteral("="),
                                                port,
                                                QStringLiteral("or"),
                                                QStringLiteral("dport"),
                                                QStringLiteral("="),
                                                port,
                                                QStringLiteral(")")});
            QCOMPARE(countsText(filtered.counts), countsText(ss));
            QCOMPARE(quint32(filtered.sockets.size()), filtered.counts.total());
            // Counts-only with the filter: the same counts, and only one listener.
            const auto counted = census.take({CensusDetail::Counts, l.port, true, true});
            QVERIFY(counted.ok());
            QCOMPARE(countsText(counted.counts), countsText(filtered.counts));
            QCOMPARE(counted.counts[TcpState::Listen], 1u);
            QVERIFY(counted.counts.total() < m_expected.total());
        }
        // The first listener: itself, three clients and three server ends.
        const auto first = census.take({CensusDetail::Counts, m_listeners[0].port, true, true});
        QCOMPARE(first.counts.total(), 7u);
        QCOMPARE(first.counts[TcpState::Established], 6u);
        // A port nobody uses: nothing.
        const auto none = census.take({CensusDetail::Counts, quint16(1), true, true});
        QVERIFY(none.ok());
        QCOMPARE(none.counts.total(), 0u);
    }

    void somaxconnCapsTheBacklog()
    {
        QByteArray previous;
        QVERIFY(procfs::readProcFile(QStringLiteral("/proc/sys/net/core/somaxconn"), &previous, nullptr));
        const QString written = sandbox::writeSysctl(QStringLiteral("net/core/somaxconn"), "128");
        QVERIFY2(written.isEmpty(), qPrintable(written));
        Listener capped;
        const bool listening = addListener(AF_INET, "127.0.0.1", 1000, 128, &capped);
        sandbox::writeSysctl(QStringLiteral("net/core/somaxconn"), previous.trimmed());
        QVERIFY(listening);

        SocketCensus census;
        const auto result = census.take({CensusDetail::Listeners, capped.port, true, true});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.listeners.size(), 1);
        QCOMPARE(result.listeners[0].acceptQueueLimit, 128u);
        const auto ss = ssSockets({QStringLiteral("-ltn"), QStringLiteral("sport"), QStringLiteral("="), QLatin1Char(':') + QString::number(capped.port)});
        QCOMPARE(ss.size(), 1);
        QCOMPARE(ss[0].txQueue, 128u);
        closeTracked(capped.fd);
        --m_expected[TcpState::Listen];
    }

    void reusedCensusAndAddresses()
    {
        // One object, many censuses: the socket stays open and results do not pile up.
        SocketCensus census;
        sockets::Census result;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(census.takeInto({CensusDetail::Sockets, {}, true, true}, &result));
            QCOMPARE(quint32(result.sockets.size()), m_expected.total());
            QVERIFY(census.isOpen());
        }
        census.close();
        QVERIFY(census.takeInto({CensusDetail::Counts, {}, true, true}, &result));
        QVERIFY(result.sockets.isEmpty());
        QVERIFY(result.listeners.isEmpty());

        // Text as ss prints it.
        sockets::SocketEndpoint v4;
        v4.family = AF_INET;
        v4.port = 80;
        v4.address = {127, 0, 0, 1};
        QCOMPARE(v4.toString(), QStringLiteral("127.0.0.1:80"));
        sockets::SocketEndpoint v6;
        v6.family = AF_INET6;
        v6.address[15] = 1;
        QCOMPARE(v6.toString(), QStringLiteral("[::1]:*"));
        QVERIFY(!v6.isAnyAddress());
        v6.address[15] = 0;
        QVERIFY(v6.isAnyAddress());
    }
};

QTEST_NETNS_MAIN(SocketCensusTest)
#include "socketcensus_test.moc"
