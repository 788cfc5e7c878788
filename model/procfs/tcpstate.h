// SPDX-License-Identifier: GPL-3.0-or-later
// TCP socket states with the kernel's numbers (include/net/tcp_states.h), their names as the
// kernel, netstat and ss print them, per-state counts, and one socket as /proc/net/tcp, `ss -tan`
// and the netlink census report it.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace tcplab::procfs
{

// The numbers are the kernel's TCP_ESTABLISHED ... TCP_NEW_SYN_RECV; they appear as the `st`
// column of /proc/net/tcp and as idiag_state in inet_diag messages.
enum class TcpState : quint8 {
    Established = 1,
    SynSent,
    SynRecv,
    FinWait1,
    FinWait2,
    TimeWait,
    Close,
    CloseWait,
    LastAck,
    Listen,
    Closing,
    NewSynRecv,
};

// The highest state number; TcpStateCounts has one slot per number from 0 to this.
inline constexpr int TcpStateMax = 12;

// The kernel's name ("ESTABLISHED", "SYN_RECV", "TIME_WAIT" ...), as netstat prints it.
// NewSynRecv is a request socket waiting for the final ACK, which the kernel reports as SYN_RECV
// (tcp4_seq_show prints TCP_SYN_RECV for it), so it is named "SYN_RECV" too.
QString tcpStateName(TcpState state);
// The name ss prints ("ESTAB", "SYN-RECV", "TIME-WAIT", "UNCONN" for Close ...).
QString tcpStateSsName(TcpState state);
// Accepts the kernel/netstat names and ss's names, in any letter case, and "NEW_SYN_RECV".
std::optional<TcpState> tcpStateFromName(QStringView name);
// The state with kernel number `number`, if there is one.
std::optional<TcpState> tcpStateFromNumber(int number);

struct TcpStateCounts {
    // Indexed by the kernel's state number; slot 0 is unused.
    std::array<quint32, TcpStateMax + 1> counts{};

    quint32 &operator[](TcpState state)
    {
        return counts[static_cast<quint8>(state)];
    }
    quint32 operator[](TcpState state) const
    {
        return counts[static_cast<quint8>(state)];
    }
    quint32 total() const
    {
        quint32 sum = 0;
        for (quint32 c : counts)
            sum += c;
        return sum;
    }
    bool operator==(const TcpStateCounts &other) const
    {
        return counts == other.counts;
    }
    bool operator!=(const TcpStateCounts &other) const
    {
        return counts != other.counts;
    }
};

// One TCP socket. Fields a source does not report stay at their defaults (uid and inode are -1
// when unknown, e.g. from `ss -tan`).
struct TcpSocketRecord {
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;
    TcpState state = TcpState::Close;
    // Bytes not yet acknowledged by the peer (Send-Q). For a listener: its backlog limit in ss,
    // 0 in /proc/net/tcp.
    quint64 txQueue = 0;
    // Bytes received and not yet read (Recv-Q). For a listener: the accept queue length, i.e.
    // connections completed and not yet accept()ed (sk_ack_backlog).
    quint64 rxQueue = 0;
    qint64 uid = -1;
    qint64 inode = -1;
};

} // namespace tcplab::procfs
