// SPDX-License-Identifier: GPL-3.0-or-later
// The one list of the per-namespace TCP settings the kernel model needs: the sandbox reports them
// in its ready line (/proc/sys shows the reader's own namespace, so only it can read them there),
// and the experiment runner reads them on this host and on remote hosts. Plain C++, so that both
// the programs without Qt and the Qt model include it.
#pragma once

namespace wire
{

inline constexpr const char *kNamespaceSysctls[] = {
    "net/core/somaxconn",
    "net/ipv4/tcp_max_syn_backlog",
    "net/ipv4/tcp_syncookies",
    "net/ipv4/tcp_abort_on_overflow",
    "net/ipv4/tcp_synack_retries",
    "net/ipv4/tcp_syn_retries",
    "net/ipv4/tcp_syn_linear_timeouts",
    "net/ipv4/ip_local_port_range",
};

} // namespace wire
