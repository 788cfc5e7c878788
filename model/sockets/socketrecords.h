// SPDX-License-Identifier: GPL-3.0-or-later
// Turns the census's raw socket list into the records that the /proc/net/tcp and `ss -tan`
// parsers produce, so that a live census and a pasted capture can be shown and compared alike.
// Kept apart from the census itself, which needs no QHostAddress.
#pragma once

#include "socketcensus.h"

#include <QHostAddress>

namespace tcplab::sockets
{

QHostAddress toHostAddress(const SocketEndpoint &endpoint);
procfs::TcpSocketRecord toTcpSocketRecord(const SocketEntry &entry);
QList<procfs::TcpSocketRecord> toTcpSocketRecords(const QList<SocketEntry> &entries);

} // namespace tcplab::sockets
