// SPDX-License-Identifier: GPL-3.0-or-later
// The sysctls that size and govern TCP's SYN and accept queues, read from /proc/sys. Each one is
// per network namespace, so a reader pointed at a namespace's /proc/sys sees that namespace's
// values. A file that does not exist (an older kernel, or a setting hidden in this namespace)
// leaves its value unknown (-1); that is not an error.
#pragma once

#include "parseresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace tcplab::procfs
{

struct TcpSysctls {
    static constexpr qint64 Unknown = -1;

    qint64 somaxconn = Unknown; // net.core.somaxconn: the cap on listen()'s backlog
    qint64 tcpMaxSynBacklog = Unknown; // net.ipv4.tcp_max_syn_backlog
    qint64 tcpSyncookies = Unknown; // net.ipv4.tcp_syncookies: 0 off, 1 when the SYN queue is full, 2 always
    qint64 tcpSynackRetries = Unknown; // net.ipv4.tcp_synack_retries
    qint64 tcpSynRetries = Unknown; // net.ipv4.tcp_syn_retries
    qint64 tcpAbortOnOverflow = Unknown; // net.ipv4.tcp_abort_on_overflow
    qint64 tcpSynLinearTimeouts = Unknown; // net.ipv4.tcp_syn_linear_timeouts (6.5 and later)
    qint64 ipLocalPortRangeLow = Unknown; // net.ipv4.ip_local_port_range, first port
    qint64 ipLocalPortRangeHigh = Unknown; // net.ipv4.ip_local_port_range, last port
};

// A sysctl file's contents: integers separated by spaces or tabs, then a newline
// (proc_dointvec() prints them so). Trailing white space is allowed; anything else is an error.
ParseResult<QList<qint64>> parseSysctlValues(QByteArrayView text);
// A file that holds exactly one integer.
ParseResult<qint64> parseSysctlValue(QByteArrayView text);

// Reads the files under `root` (net/core/somaxconn, net/ipv4/tcp_syncookies ...). Missing files
// stay Unknown; files that cannot be read or parsed stay Unknown with a warning. The error is set
// only when not one of the files could be read.
ParseResult<TcpSysctls> readTcpSysctls(const QString &root = QStringLiteral("/proc/sys"));

} // namespace tcplab::procfs
