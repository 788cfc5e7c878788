// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketcensus.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcplab::sockets
{

namespace
{

// Big enough for any dump message: the kernel fills at most 32 KiB per round (netlink_dump() with
// max_recvmsg_len capped at 32 KiB), so one read never needs more; MSG_TRUNC still catches it.
constexpr size_t kBufferSize = 1024 * 1024;
constexpr int kReceiveBufferSize = 1024 * 1024;

constexpr quint8 kListen = static_cast<quint8>(TcpState::Listen);
constexpr quint8 kSynRecv = static_cast<quint8>(TcpState::SynRecv);

// Every state, TCP_ESTABLISHED (1) to TCP_NEW_SYN_RECV (12). The dump (inet_diag_dump_icsk(), in
// 6.x kernels tcp_diag_dump()) adds TCP_NEW_SYN_RECV by itself when SYN_RECV is asked for; naming
// it too does no harm. It walks the listening hash first, then the established hash, whose
// request, full and TIME_WAIT sockets all come out.
constexpr quint32 kAllStates = ((1u << (procfs::TcpStateMax + 1)) - 1) & ~1u;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString familyName(int family)
{
    if (family == AF_UNSPEC)
        return QStringLiteral("IPv4+IPv6");
    return family == AF_INET6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

bool ipv6Available()
{
    return ::access("/proc/sys/net/ipv6", F_OK) == 0;
}

// "local port == P or remote port == P" in inet_diag bytecode, the way ss's ssfilter_bytecode()
// builds an "or": [S_EQ][P] [JMP] [D_EQ][P]. inet_diag_bc_run() moves by `yes` when an op holds and
// by `no` when not; landing exactly on the end accepts, jumping past it rejects. Port values sit
// in the `no` field of the op after a comparison, in host order (inet_diag_bc_audit() checks the
// offsets).
struct PortFilter {
    inet_diag_bc_op ops[5];
};

PortFilter portFilter(quint16 port)
{
    PortFilter f{};
    constexpr unsigned short op = sizeof(inet_diag_bc_op);
    f.ops[0] = {INET_DIAG_BC_S_EQ, 2 * op, 3 * op}; // match: to the jump; else: to D_EQ
    f.ops[1] = {0, 0, port};
    f.ops[2] = {INET_DIAG_BC_JMP, op, 3 * op}; // always taken: to the end, accept
    f.ops[3] = {INET_DIAG_BC_D_EQ, 2 * op, 3 * op}; // match: to the end; else: past it, reject
    f.ops[4] = {0, 0, port};
    return f;
}

} // namespace

bool SocketEndpoint::isIpv6() const
{
    return family == AF_INET6;
}

bool SocketEndpoint::isAnyAddress() const
{
    const size_t size = isIpv6() ? 16 : 4;
    return std::all_of(address.begin(), address.begin() + size, [](quint8 b) {
        return b == 0;
    });
}

QString SocketEndpoint::addressText() const
{
    char text[INET6_ADDRSTRLEN] = {};
    if (!::inet_ntop(isIpv6() ? AF_INET6 : AF_INET, address.data(), text, sizeof text))
        return QString();
    return QString::fromLatin1(text);
}

QString SocketEndpoint::toString() const
{
    const QString portText = port == 0 ? QStringLiteral("*") : QString::number(port);
    if (isIpv6())
        return QLatin1Char('[') + addressText() + QLatin1String("]:") + portText;
    return addressText() + QLatin1Char(':') + portText;
}

SocketCensus::SocketCensus() = default;

SocketCensus::~SocketCensus()
{
    close();
}

QString SocketCensus::open()
{
    if (m_fd >= 0)
        return QString();
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0) {
        const int error = errno;
        if (error == EPERM || error == EACCES)
            return tr("not permitted to open a socket diagnostics (netlink sock_diag) socket: %1").arg(errnoText(error));
        return tr("the kernel refused a socket diagnostics (netlink sock_diag) socket: %1").arg(errnoText(error));
    }
    // A larger buffer lets the kernel queue the next dump round while we parse; a smaller limit
    // (net.core.rmem_max) is fine, so the result is not checked.
    int size = kReceiveBufferSize;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    sockaddr_nl local{};
    local.nl_family = AF_NETLINK;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0) {
        const int error = errno;
        ::close(fd);
        return tr("cannot bind the socket diagnostics socket: %1").arg(errnoText(error));
    }
    if (!m_buffer)
        m_buffer = std::make_unique<std::byte[]>(kBufferSize);
    m_fd = fd;
    return QString();
}

QString SocketCensus::adopt(int fd)
{
    if (fd < 0)
        return tr("no socket diagnostics socket was given");
    int protocol = -1;
    socklen_t length = sizeof protocol;
    // Anything but a sock_diag socket would make every dump fail in confusing ways; check now.
    if (::getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &protocol, &length) != 0 || protocol != NETLINK_SOCK_DIAG) {
        ::close(fd);
        return tr("the socket given is not a socket diagnostics (netlink sock_diag) socket");
    }
    close();
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    int size = kReceiveBufferSize;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    if (!m_buffer)
        m_buffer = std::make_unique<std::byte[]>(kBufferSize);
    m_fd = fd;
    // The sender may have used it; replies it never read must not be taken for ours.
    drainStaleReplies();
    return QString();
}

int SocketCensus::duplicateSocket() const
{
    return m_fd >= 0 ? ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0) : -1;
}

void SocketCensus::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Census SocketCensus::take(const CensusOptions &options)
{
    Census census;
    takeInto(options, &census);
    return census;
}

bool SocketCensus::takeInto(const CensusOptions &options, Census *census)
{
    // Empties the census (reusing its lists) and makes sure the socket is open.
    auto start = [this, census] {
        census->counts = TcpStateCounts();
        census->listeners.clear();
        census->sockets.clear();
        m_requests.clear();
        census->error = open();
        return census->ok();
    };
    if (!start())
        return false;
    drainStaleReplies();
    // Both families in one walk of the kernel's socket hash through the older TCPDIAG_GETSOCK
    // request, which inet_diag_dump_compat() runs with AF_UNSPEC: one walk instead of two, which
    // matters with many sockets, where the walk itself is a large share of a census. A kernel
    // that refuses it gets the per-family requests.
    if (options.ipv4 && options.ipv6 && m_combinedDump) {
        if (dumpFamily(AF_UNSPEC, options, census)) {
            if (options.detail != CensusDetail::Counts)
                matchRequestsToListeners(census);
            return true;
        }
        if (!m_combinedDumpRefused)
            return false;
        m_combinedDump = false;
        if (!start())
            return false;
    }
    if (options.ipv4 && !dumpFamily(AF_INET, options, census))
        return false;
    if (options.ipv6 && !dumpFamily(AF_INET6, options, census))
        return false;
    if (options.detail != CensusDetail::Counts)
        matchRequestsToListeners(census);
    return true;
}

// A census that stopped half-way (an error, an exception in a caller) may leave replies queued;
// they carry an older sequence number and would be skipped anyway, but reading them now keeps the
// next dump from waiting behind them.
void SocketCensus::drainStaleReplies()
{
    while (::recv(m_fd, m_buffer.get(), kBufferSize, MSG_DONTWAIT) > 0) { }
}

bool SocketCensus::dumpFamily(int family, const CensusOptions &options, Census *census)
{
    const quint32 sequence = ++m_sequence;
    return sendDumpRequest(family, options, sequence, census) && readDumpReplies(family, options, sequence, census);
}

bool SocketCensus::sendDumpRequest(int family, const CensusOptions &options, quint32 sequence, Census *census)
{
    struct {
        nlmsghdr header;
        inet_diag_req_v2 request;
        nlattr filterAttribute;
        PortFilter filter;
    } message{};
    static_assert(sizeof message == NLMSG_LENGTH(sizeof(inet_diag_req_v2)) + NLA_HDRLEN + sizeof(PortFilter), "no padding in the request");
    // The older request form, for both families at once (see takeInto()).
    struct {
        nlmsghdr header;
        inet_diag_req request;
        nlattr filterAttribute;
        PortFilter filter;
    } combined{};
    static_assert(sizeof combined == NLMSG_LENGTH(sizeof(inet_diag_req)) + NLA_HDRLEN + sizeof(PortFilter), "no padding in the request");

    const bool both = family == AF_UNSPEC;
    size_t length = NLMSG_LENGTH(sizeof(inet_diag_req_v2));
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = sequence;
    message.request.sdiag_family = quint8(family);
    message.request.sdiag_protocol = IPPROTO_TCP;
    message.request.idiag_states = kAllStates;
    // idiag_ext = 0: no tcp_info, memory or congestion attributes; inet_sk_diag_fill() then adds
    // only the few fixed attributes, which keeps each message near 100 bytes.
    message.request.idiag_ext = 0;
    if (options.port) {
        message.filterAttribute.nla_type = INET_DIAG_REQ_BYTECODE;
        message.filterAttribute.nla_len = NLA_HDRLEN + sizeof(PortFilter);
        message.filter = portFilter(*options.port);
        length = sizeof message;
    }
    message.header.nlmsg_len = quint32(length);
    const void *payload = &message;
    if (both) {
        combined.header = message.header;
        combined.header.nlmsg_type = TCPDIAG_GETSOCK;
        combined.request.idiag_family = AF_UNSPEC;
        combined.request.idiag_states = kAllStates;
        combined.request.idiag_ext = 0;
        length = NLMSG_LENGTH(sizeof(inet_diag_req));
        if (options.port) {
            combined.filterAttribute = message.filterAttribute;
            combined.filter = message.filter;
            length = sizeof combined;
        }
        combined.header.nlmsg_len = quint32(length);
        payload = &combined;
    }

    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    ssize_t sent;
    do {
        sent = ::sendto(m_fd, payload, length, 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel);
    } while (sent < 0 && errno == EINTR);
    if (sent < 0) {
        census->error = tr("cannot send the socket diagnostics request for %1: %2").arg(familyName(family), errnoText(errno));
        close(); // a fresh socket next time
        return false;
    }
    return true;
}

bool SocketCensus::readDumpReplies(int family, const CensusOptions &options, quint32 sequence, Census *census)
{
    const quint16 replyType = family == AF_UNSPEC ? quint16(TCPDIAG_GETSOCK) : quint16(SOCK_DIAG_BY_FAMILY);
    std::byte *const buffer = m_buffer.get();
    for (;;) {
        const ssize_t received = ::recv(m_fd, buffer, kBufferSize, MSG_TRUNC);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            census->error = tr("cannot read the socket diagnostics reply for %1: %2").arg(familyName(family), errnoText(errno));
            close();
            return false;
        }
        if (size_t(received) > kBufferSize) {
            census->error = tr("a socket diagnostics message of %1 bytes did not fit into the %2-byte buffer").arg(received).arg(kBufferSize);
            close();
            return false;
        }
        int remaining = int(received);
        for (auto *header = reinterpret_cast<const nlmsghdr *>(buffer); NLMSG_OK(header, remaining); header = NLMSG_NEXT(header, remaining)) {
            if (header->nlmsg_seq != sequence)
                continue; // left over from an earlier census
            if (header->nlmsg_type == NLMSG_DONE) {
                // The dump's status follows NLMSG_DONE (netlink_dump_done()); negative is an error.
                int status = 0;
                if (header->nlmsg_len >= NLMSG_LENGTH(sizeof status))
                    std::memcpy(&status, NLMSG_DATA(header), sizeof status);
                if (status < 0) {
                    census->error = tr("the kernel stopped the socket diagnostics dump for %1: %2").arg(familyName(family), errnoText(-status));
                    return false;
                }
                return true;
            }
            if (header->nlmsg_type == NLMSG_ERROR) {
                const auto *error = static_cast<const nlmsgerr *>(NLMSG_DATA(header));
                if (header->nlmsg_len < NLMSG_LENGTH(sizeof(nlmsgerr)) || error->error == 0)
                    continue;
                return dumpRefused(family, -error->error, census);
            }
            if (header->nlmsg_type != replyType)
                continue;
            if (header->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg))) {
                census->error = tr("the kernel sent a socket diagnostics message too short to read");
                close();
                return false;
            }
            handleMessage(NLMSG_DATA(header), options.detail, census);
        }
    }
}

// An NLMSG_ERROR reply to a dump request: true when it only means that there is nothing to list.
bool SocketCensus::dumpRefused(int family, int code, Census *census)
{
    if (family == AF_UNSPEC) {
        // No compat interface here: the caller falls back to one request per family.
        m_combinedDumpRefused = true;
        census->error = tr("the kernel refused the socket diagnostics request for %1: %2").arg(familyName(family), errnoText(code));
        return false;
    }
    // sock_diag has no handler for AF_INET6 when IPv6 is off: no IPv6 sockets then.
    if (code == ENOENT && family == AF_INET6 && !ipv6Available())
        return true;
    if (code == ENOENT)
        census->error = tr("the kernel has no TCP socket diagnostics for %1 (the inet_diag and "
                           "tcp_diag modules are missing or cannot be loaded)")
                            .arg(familyName(family));
    else if (code == EPERM || code == EACCES)
        census->error = tr("not permitted to list the %1 TCP sockets: %2").arg(familyName(family), errnoText(code));
    else
        census->error = tr("the kernel refused the socket diagnostics request for %1: %2").arg(familyName(family), errnoText(code));
    return false;
}

// One inet_diag_msg, read in place. The kernel fills it in inet_sk_diag_fill() (full sockets;
// inet_csk_diag_fill() in older kernels),
// inet_twsk_diag_fill() (TIME_WAIT, queues 0, no inode) or inet_req_diag_fill() (request sockets:
// idiag_state is TCP_SYN_RECV, queues 0, no inode); all start with inet_diag_msg_common_fill().
void SocketCensus::handleMessage(const void *data, CensusDetail detail, Census *census)
{
    const auto *message = static_cast<const inet_diag_msg *>(data);
    const quint8 state = message->idiag_state;
    if (state <= procfs::TcpStateMax)
        ++census->counts.counts[state];
    if (detail == CensusDetail::Counts)
        return;
    if (detail == CensusDetail::Listeners && state != kListen && state != kSynRecv)
        return;

    const auto endpoint = [message](const __be32 *words, __be16 port) {
        SocketEndpoint end;
        end.family = message->idiag_family;
        end.port = ntohs(port);
        std::memcpy(end.address.data(), words, end.family == AF_INET6 ? 16 : 4);
        return end;
    };
    const SocketEndpoint local = endpoint(message->id.idiag_src, message->id.idiag_sport);
    if (state == kListen) {
        // tcp_diag_get_info(): sk_ack_backlog and sk_max_ack_backlog for a listener.
        ListenerQueue listener;
        listener.local = local;
        listener.acceptQueue = message->idiag_rqueue;
        listener.acceptQueueLimit = message->idiag_wqueue;
        listener.inode = message->idiag_inode;
        census->listeners.append(listener);
    } else if (state == kSynRecv) {
        m_requests.push_back(local);
    }
    if (detail != CensusDetail::Sockets)
        return;
    SocketEntry entry;
    entry.local = local;
    entry.remote = endpoint(message->id.idiag_dst, message->id.idiag_dport);
    entry.state = static_cast<TcpState>(state);
    entry.receiveQueue = message->idiag_rqueue;
    entry.sendQueue = message->idiag_wqueue;
    entry.uid = message->idiag_uid;
    entry.inode = message->idiag_inode;
    census->sockets.append(entry);
}

// A request socket belongs to the listener with its port and its address, or, when none, to the
// wildcard listener of that port (its own family first; a dual-stack "::" listener takes IPv4
// requests, reported with family AF_INET6 because inet_reqsk_alloc() copies the listener's).
void SocketCensus::matchRequestsToListeners(Census *census)
{
    if (m_requests.empty() || census->listeners.isEmpty())
        return;
    std::vector<std::pair<quint16, int>> byPort;
    byPort.reserve(size_t(census->listeners.size()));
    for (int i = 0; i < census->listeners.size(); ++i)
        byPort.emplace_back(census->listeners[i].local.port, i);
    std::sort(byPort.begin(), byPort.end());
    const auto sameAddress = [](const SocketEndpoint &a, const SocketEndpoint &b) {
        return a.family == b.family && std::memcmp(a.address.data(), b.address.data(), a.isIpv6() ? 16 : 4) == 0;
    };
    for (const SocketEndpoint &request : m_requests) {
        auto range = std::equal_range(byPort.begin(), byPort.end(), std::pair<quint16, int>(request.port, -1), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        int best = -1;
        int bestScore = 0;
        for (auto it = range.first; it != range.second; ++it) {
            const SocketEndpoint &listener = census->listeners[it->second].local;
            int score = 0;
            if (sameAddress(listener, request))
                score = 3;
            else if (listener.isAnyAddress())
                score = listener.family == request.family ? 2 : (listener.isIpv6() ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = it->second;
            }
        }
        if (best >= 0)
            ++census->listeners[best].synRecv;
    }
}

} // namespace tcplab::sockets
