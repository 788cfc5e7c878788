// SPDX-License-Identifier: GPL-3.0-or-later
// /proc/net/dev: packets, bytes, errors and drops per network interface, as `ip -s link` and
// `netstat -i` show them.
#pragma once

#include "parseresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace tcplab::procfs
{

struct InterfaceCounters {
    QString name;
    quint64 rxBytes = 0;
    quint64 rxPackets = 0;
    quint64 rxErrors = 0;
    quint64 rxDropped = 0;
    quint64 rxFifo = 0;
    quint64 rxFrame = 0;
    quint64 rxCompressed = 0;
    quint64 rxMulticast = 0;
    quint64 txBytes = 0;
    quint64 txPackets = 0;
    quint64 txErrors = 0;
    quint64 txDropped = 0;
    quint64 txFifo = 0;
    quint64 txCollisions = 0;
    quint64 txCarrier = 0;
    quint64 txCompressed = 0;
};

// Parses the whole file. Columns are found by the names in the second header line; unknown or
// missing columns are reported as warnings. Interface names may hold colons (`ibr10:30`), and the first number may be
// glued to the name (`eth0:68210035552`) when it is wide.
ParseResult<QList<InterfaceCounters>> parseProcNetDev(QByteArrayView text);

} // namespace tcplab::procfs
