// SPDX-License-Identifier: GPL-3.0-or-later
// The text `ss -tan` prints (iproute2's misc/ss.c), read into the same records as /proc/net/tcp,
// so that a capture someone pasted from another machine can be compared with a live census.
// For a LISTEN socket Recv-Q is the accept queue's length and Send-Q its limit (the backlog after
// the somaxconn cap); for other sockets they are bytes not read and bytes not acknowledged.
#pragma once

#include "parseresult.h"
#include "tcpstate.h"

#include <QByteArrayView>
#include <QList>

namespace tcplab::procfs
{

// Accepts: the header "State Recv-Q Send-Q Local Address:Port Peer Address:Port Process" or none
// (`-H`); a leading Netid column (`ss -an`, where only "tcp" lines are kept); ss's state names
// (ESTAB, SYN-RECV, TIME-WAIT, UNCONN ...) and the kernel's; IPv6 addresses in brackets
// ("[::1]:80", ss since 2017) or not ("::1:80"); an interface after the address
// ("127.0.0.53%lo:53", "[fe80::1]%eth0:22"), which is dropped; "*" for any address or port; and
// anything after the peer (the Process column). Ports must be numbers (run ss with -n). Lines
// that begin with white space (the extra lines of -i, -m, -e) are skipped. uid and inode stay -1.
ParseResult<QList<TcpSocketRecord>> parseSsTcp(QByteArrayView text);

} // namespace tcplab::procfs
