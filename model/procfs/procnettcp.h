// SPDX-License-Identifier: GPL-3.0-or-later
// /proc/net/tcp and /proc/net/tcp6: one line per TCP socket of the network namespace, the way
// netstat reads them. For a LISTEN socket rx_queue is the accept queue's length (connections
// completed and not yet accept()ed); the queue's limit is not shown here (ss shows it as Send-Q).
#pragma once

#include "parseresult.h"
#include "tcpstate.h"

#include <QByteArrayView>
#include <QList>

namespace tcplab::procfs
{

// Parses either file; IPv4 and IPv6 lines are told apart by the width of the address. Lines come
// from tcp4_seq_show()/tcp6_seq_show() (net/ipv4/tcp_ipv4.c, net/ipv6/tcp_ipv6.c) in three shapes,
// get_tcp4_sock(), get_openreq4() and get_timewait4_sock(), whose first ten columns agree: sl,
// local address:port, remote address:port, st, tx_queue:rx_queue, tr:tm->when, retrnsmt, uid,
// timeout, inode. Addresses are the raw 32-bit words of the network-order address printed as
// numbers, so they are decoded in this machine's byte order (the machine the file came from, when
// it is read live). Request sockets (TCP_NEW_SYN_RECV) are printed as SYN_RECV by the kernel.
ParseResult<QList<TcpSocketRecord>> parseProcNetTcp(QByteArrayView text);

// Counts the sockets per state; NewSynRecv is counted as SynRecv, the way the kernel reports it.
TcpStateCounts countTcpStates(const QList<TcpSocketRecord> &sockets);

} // namespace tcplab::procfs
