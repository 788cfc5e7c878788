// SPDX-License-Identifier: GPL-3.0-or-later
// The TCP sockets of one network namespace, read through netlink sock_diag (the interface `ss`
// uses, not /proc/net/tcp text): counts per state, every listener's accept queue with its limit
// and its half-open connections (SYN_RECV request sockets), and, when asked, every socket. One
// netlink socket stays open between calls, so a sampler pays for one kernel dump per census.
// Links Qt Core only.
#pragma once

#include "procfs/tcpstate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace tcplab::sockets
{

using procfs::TcpState;
using procfs::TcpStateCounts;

// One end of a socket, as inet_diag_msg_common_fill() reports it: raw network-order bytes, so
// that counting and listing cost no string and no QHostAddress per socket.
struct SocketEndpoint {
    quint8 family = 0; // AF_INET or AF_INET6
    quint16 port = 0; // host order; 0 for "any" (a listener's peer)
    std::array<quint8, 16> address{}; // network order; IPv4 uses the first 4 bytes

    bool isIpv6() const;
    // 0.0.0.0 or ::
    bool isAnyAddress() const;
    // "127.0.0.1", "::1", "::ffff:127.0.0.1"
    QString addressText() const;
    // As `ss -tan` prints it: "127.0.0.1:80", "[::1]:80", "0.0.0.0:*".
    QString toString() const;

    bool operator==(const SocketEndpoint &other) const
    {
        return family == other.family && port == other.port && address == other.address;
    }
    bool operator!=(const SocketEndpoint &other) const
    {
        return !(*this == other);
    }
};

// A listening socket and its queues. Values come from tcp_diag_get_info(): for a LISTEN socket
// idiag_rqueue is sk_ack_backlog and idiag_wqueue is sk_max_ack_backlog (`ss -ltn`'s Recv-Q and
// Send-Q).
struct ListenerQueue {
    SocketEndpoint local;
    quint32 acceptQueue = 0; // connections completed and not yet accept()ed
    quint32 acceptQueueLimit = 0; // the backlog after the somaxconn cap
    quint32 synRecv = 0; // SYN_RECV sockets (request sockets) on this listener's address and port
    quint64 inode = 0;
};

// One socket of the full list (the socket-states view).
struct SocketEntry {
    SocketEndpoint local;
    SocketEndpoint remote;
    TcpState state = TcpState::Close;
    // Listener: accept queue and its limit; otherwise bytes not read and bytes not acknowledged.
    quint32 receiveQueue = 0;
    quint32 sendQueue = 0;
    quint32 uid = 0;
    quint64 inode = 0; // 0 for request and TIME_WAIT sockets, which have no file
};

enum class CensusDetail {
    Counts, // counts per state only; nothing is allocated per socket
    Listeners, // counts and every listener's queues
    Sockets, // counts, listeners and every socket
};

struct CensusOptions {
    CensusDetail detail = CensusDetail::Listeners;
    // Kernel-side filter (INET_DIAG_REQ_BYTECODE): only sockets whose local or remote port is this
    // one, so that watching one listener among many sockets costs little.
    std::optional<quint16> port;
    bool ipv4 = true;
    bool ipv6 = true;
};

struct Census {
    TcpStateCounts counts; // request sockets are counted as SynRecv, as the kernel reports them
    QList<ListenerQueue> listeners;
    QList<SocketEntry> sockets; // filled for CensusDetail::Sockets only
    QString error; // empty when the census is complete

    bool ok() const
    {
        return error.isEmpty();
    }
};

class SocketCensus
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::sockets::SocketCensus)

public:
    SocketCensus();
    ~SocketCensus();
    SocketCensus(const SocketCensus &) = delete;
    SocketCensus &operator=(const SocketCensus &) = delete;

    // Opens the netlink socket now (take() opens it when needed). The socket, and so every census,
    // belongs to the network namespace the calling thread is in at that moment. Returns an error
    // message or "".
    QString open();
    // Uses `fd`, an open NETLINK_SOCK_DIAG socket, from now on and takes ownership of it (any
    // socket already open is closed). A socket made inside another network namespace and passed
    // over a Unix socket (tcplab-sandbox does this) makes every census that namespace's, read from
    // outside it. Returns an error message, or "" when the socket is usable.
    QString adopt(int fd);
    bool isOpen() const
    {
        return m_fd >= 0;
    }
    // A second descriptor of the same netlink socket (close-on-exec), for another census of the
    // same namespace, or -1.
    int duplicateSocket() const;
    void close();

    Census take(const CensusOptions &options = {});
    // Like take(), but reuses the lists of `census` so that repeated calls allocate nothing once
    // they have grown. Returns census->ok().
    bool takeInto(const CensusOptions &options, Census *census);

private:
    bool dumpFamily(int family, const CensusOptions &options, Census *census);
    bool sendDumpRequest(int family, const CensusOptions &options, quint32 sequence, Census *census);
    bool readDumpReplies(int family, const CensusOptions &options, quint32 sequence, Census *census);
    bool dumpRefused(int family, int code, Census *census);
    void handleMessage(const void *message, CensusDetail detail, Census *census);
    void matchRequestsToListeners(Census *census);
    void drainStaleReplies();

    int m_fd = -1;
    bool m_combinedDump = true; // one TCPDIAG_GETSOCK dump for both families
    bool m_combinedDumpRefused = false;
    quint32 m_sequence = 0;
    std::unique_ptr<std::byte[]> m_buffer;
    std::vector<SocketEndpoint> m_requests; // local ends of SYN_RECV sockets, for Listeners mode
};

} // namespace tcplab::sockets
