// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpstate.h"

namespace tcplab::procfs
{

namespace
{

// Kernel names as netstat prints them (tcp_state_name in net-tools, the TCP_* macros of
// include/net/tcp_states.h without the prefix).
constexpr const char *kKernelNames[TcpStateMax + 1] = {
    nullptr,
    "ESTABLISHED",
    "SYN_SENT",
    "SYN_RECV",
    "FIN_WAIT1",
    "FIN_WAIT2",
    "TIME_WAIT",
    "CLOSE",
    "CLOSE_WAIT",
    "LAST_ACK",
    "LISTEN",
    "CLOSING",
    "SYN_RECV",
};

// ss's names (sstate_name[] in iproute2's misc/ss.c).
constexpr const char *kSsNames[TcpStateMax + 1] = {
    nullptr,
    "ESTAB",
    "SYN-SENT",
    "SYN-RECV",
    "FIN-WAIT-1",
    "FIN-WAIT-2",
    "TIME-WAIT",
    "UNCONN",
    "CLOSE-WAIT",
    "LAST-ACK",
    "LISTEN",
    "CLOSING",
    "SYN-RECV",
};

struct Alias {
    const char *name;
    TcpState state;
};

// Spellings other tools use, after '-' became '_' and letters became capitals.
constexpr Alias kAliases[] = {
    {"ESTAB", TcpState::Established},
    {"FIN_WAIT_1", TcpState::FinWait1},
    {"FIN_WAIT_2", TcpState::FinWait2},
    {"UNCONN", TcpState::Close},
    {"CLOSED", TcpState::Close},
    {"NEW_SYN_RECV", TcpState::NewSynRecv},
};

} // namespace

QString tcpStateName(TcpState state)
{
    const auto n = static_cast<int>(state);
    if (n < 1 || n > TcpStateMax)
        return QStringLiteral("UNKNOWN");
    return QString::fromLatin1(kKernelNames[n]);
}

QString tcpStateSsName(TcpState state)
{
    const auto n = static_cast<int>(state);
    if (n < 1 || n > TcpStateMax)
        return QStringLiteral("UNKNOWN");
    return QString::fromLatin1(kSsNames[n]);
}

std::optional<TcpState> tcpStateFromName(QStringView name)
{
    QString key = name.trimmed().toString().toUpper();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key.startsWith(QLatin1String("TCP_")))
        key.remove(0, 4);
    if (key.isEmpty())
        return std::nullopt;
    for (const Alias &alias : kAliases) {
        if (key == QLatin1String(alias.name))
            return alias.state;
    }
    // 1..11 only: "SYN_RECV" names state 3, never 12.
    for (int n = 1; n < TcpStateMax; ++n) {
        if (key == QLatin1String(kKernelNames[n]))
            return static_cast<TcpState>(n);
    }
    return std::nullopt;
}

std::optional<TcpState> tcpStateFromNumber(int number)
{
    if (number < 1 || number > TcpStateMax)
        return std::nullopt;
    return static_cast<TcpState>(number);
}

} // namespace tcplab::procfs
