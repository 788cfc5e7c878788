// SPDX-License-Identifier: GPL-3.0-or-later
// The two sides of a server's port in one netlink census: the hosts that read sockets through
// sock_diag (the sandbox, this machine) share it.
#pragma once

#include "agenthost.h"
#include "sockets/socketcensus.h"

namespace tcplab::hosts
{

// Every socket on `port` of the census's namespace, with the listeners; false (and the census's
// error in sides->errors) when it cannot be read.
bool takePortCensus(sockets::SocketCensus &census, quint16 port, sockets::Census *out, PortSides *sides);
// Adds the census's sockets to `sides`: the server's (local port = `port`, and its listener's
// queue) when `server`, the clients' (peer port = `port`) when `client`.
void addCensusSides(const sockets::Census &census, quint16 port, bool server, bool client, PortSides *sides);
// The whole namespace's counts per state.
bool takeStateCounts(sockets::SocketCensus &census, procfs::TcpStateCounts *counts);

} // namespace tcplab::hosts
