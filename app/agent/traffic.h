// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace agent
{

// `tcplab-agent traffic-serve`: the server of the traffic lab; each connection says what it wants
// in its first byte (see PROTOCOL.md).
int runTrafficServe(const std::vector<std::string> &args);
// `tcplab-agent traffic`: the client: put, get, rr or churn for a while, then a summary.
int runTraffic(const std::vector<std::string> &args);

} // namespace agent
