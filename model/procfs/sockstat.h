// SPDX-License-Identifier: GPL-3.0-or-later
// /proc/net/sockstat and /proc/net/sockstat6: how many sockets of each protocol exist, as `ss -s`
// summarises them. Lines are "Proto: key value key value ..."; every pair is kept by name,
// "TCP.inuse", "TCP.tw", "sockets.used", "TCP6.inuse", so keys that newer kernels add are read too.
#pragma once

#include "counterstable.h"
#include "parseresult.h"

#include <QByteArrayView>
#include <QString>

namespace tcplab::procfs
{

// Parses either file (sockstat_seq_show() and sockstat6_seq_show(), net/ipv4/proc.c and
// net/ipv6/proc.c). "TCP.mem" and "UDP.mem" count pages, "FRAG.memory" bytes; "TCP.alloc"
// includes sockets still allocated but no longer in use, "TCP.tw" the TIME_WAIT sockets, "TCP.orphan"
// sockets closed by their owner whose data is still being sent. `fileName` only names the file
// in messages.
ParseResult<CountersTable> parseSockstat(QByteArrayView text, const QString &fileName);

} // namespace tcplab::procfs
