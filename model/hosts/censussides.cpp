// SPDX-License-Identifier: GPL-3.0-or-later
#include "censussides.h"

namespace tcplab::hosts
{

bool takePortCensus(sockets::SocketCensus &census, quint16 port, sockets::Census *out, PortSides *sides)
{
    sockets::CensusOptions options;
    options.detail = sockets::CensusDetail::Sockets;
    options.port = port;
    if (census.takeInto(options, out))
        return true;
    sides->errors << out->error;
    return false;
}

void addCensusSides(const sockets::Census &census, quint16 port, bool server, bool client, PortSides *sides)
{
    // On one host both ends are here: the server's sockets have the port as their local port, the
    // clients' as their peer's.
    for (const sockets::SocketEntry &s : std::as_const(census.sockets)) {
        const QString state = procfs::tcpStateName(s.state);
        if (s.local.port == port && server)
            sides->serverStates[state] += 1;
        else if (s.remote.port == port && client)
            sides->clientStates[state] += 1;
    }
    if (!server)
        return;
    for (const sockets::ListenerQueue &l : std::as_const(census.listeners)) {
        if (l.local.port == port) {
            sides->listenQueue = l.acceptQueue;
            sides->listenLimit = l.acceptQueueLimit;
        }
    }
}

bool takeStateCounts(sockets::SocketCensus &census, procfs::TcpStateCounts *counts)
{
    sockets::Census now;
    if (!census.takeInto({sockets::CensusDetail::Counts, {}, true, true}, &now))
        return false;
    *counts = now.counts;
    return true;
}

} // namespace tcplab::hosts
