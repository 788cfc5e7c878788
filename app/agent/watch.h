// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace agent
{

// `tcplab-agent watch`: the counters of this host, framed as tcplab's portable collector frames
// them, with the socket census read through netlink sock_diag instead of `ss -tan`.
int runWatch(const std::vector<std::string> &args);

} // namespace agent
