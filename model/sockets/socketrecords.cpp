// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketrecords.h"

#include <QtEndian>

namespace tcplab::sockets
{

QHostAddress toHostAddress(const SocketEndpoint &endpoint)
{
    if (endpoint.isIpv6())
        return QHostAddress(endpoint.address.data());
    return QHostAddress(qFromBigEndian<quint32>(endpoint.address.data()));
}

procfs::TcpSocketRecord toTcpSocketRecord(const SocketEntry &entry)
{
    procfs::TcpSocketRecord record;
    record.localAddress = toHostAddress(entry.local);
    record.localPort = entry.local.port;
    record.remoteAddress = toHostAddress(entry.remote);
    record.remotePort = entry.remote.port;
    record.state = entry.state;
    record.rxQueue = entry.receiveQueue;
    record.txQueue = entry.sendQueue;
    record.uid = entry.uid;
    // Request and TIME_WAIT sockets have no inode; -1 is the records' "unknown".
    record.inode = entry.inode == 0 ? -1 : qint64(entry.inode);
    return record;
}

QList<procfs::TcpSocketRecord> toTcpSocketRecords(const QList<SocketEntry> &entries)
{
    QList<procfs::TcpSocketRecord> records;
    records.reserve(entries.size());
    for (const SocketEntry &entry : entries)
        records.append(toTcpSocketRecord(entry));
    return records;
}

} // namespace tcplab::sockets
