// SPDX-License-Identifier: GPL-3.0-or-later
#include "procnettcp.h"

#include "text.h"

#include <QtEndian>

#include <cstring>

namespace tcplab::procfs
{

namespace
{

// "0100007F:1F90" or a 32-digit IPv6 address and a port.
bool parseEndpoint(QByteArrayView text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return false;
    const QByteArrayView hexAddress = text.first(colon);
    const auto portValue = parseHex(text.sliced(colon + 1), 4);
    if (!portValue)
        return false;
    // Each 8-digit group is one 32-bit word as it lay in memory, printed with %08X.
    if (hexAddress.size() == 8) {
        const auto word = parseHex(hexAddress, 8);
        if (!word)
            return false;
        const quint32 raw = quint32(*word);
        quint8 bytes[4];
        std::memcpy(bytes, &raw, sizeof bytes);
        *address = QHostAddress(qFromBigEndian<quint32>(bytes));
    } else if (hexAddress.size() == 32) {
        Q_IPV6ADDR bytes;
        for (int i = 0; i < 4; ++i) {
            const auto word = parseHex(hexAddress.sliced(i * 8, 8), 8);
            if (!word)
                return false;
            const quint32 raw = quint32(*word);
            std::memcpy(bytes.c + i * 4, &raw, sizeof raw);
        }
        *address = QHostAddress(bytes);
    } else {
        return false;
    }
    *port = quint16(*portValue);
    return true;
}

} // namespace

ParseResult<QList<TcpSocketRecord>> parseProcNetTcp(QByteArrayView text)
{
    ParseResult<QList<TcpSocketRecord>> result;
    const QList<QByteArrayView> lines = splitLines(text);
    qsizetype n = 0;
    while (n < lines.size() && lines[n].trimmed().isEmpty())
        ++n;
    const QList<QByteArrayView> header = n < lines.size() ? splitWords(lines[n]) : QList<QByteArrayView>();
    if (header.size() < 3 || header[0] != "sl" || header[1] != "local_address") {
        result.error = Messages::tr("/proc/net/tcp: the header line is missing");
        return result;
    }
    for (++n; n < lines.size(); ++n) {
        const QList<QByteArrayView> words = splitWords(lines[n]);
        if (words.isEmpty())
            continue;
        if (words.size() < 10) {
            result.warnings.append(Messages::tr("/proc/net/tcp: line %1 is truncated").arg(n + 1));
            continue;
        }
        TcpSocketRecord record;
        const qsizetype queueColon = words[4].indexOf(':');
        const auto stateNumber = parseHex(words[3], 2);
        const auto state = stateNumber ? tcpStateFromNumber(int(*stateNumber)) : std::nullopt;
        const auto txQueue = queueColon > 0 ? parseHex(words[4].first(queueColon), 8) : std::nullopt;
        const auto rxQueue = queueColon > 0 ? parseHex(words[4].sliced(queueColon + 1), 8) : std::nullopt;
        const auto uid = parseSigned(words[7]);
        const auto inode = parseSigned(words[9]);
        if (!words[0].endsWith(':') || !parseEndpoint(words[1], &record.localAddress, &record.localPort)
            || !parseEndpoint(words[2], &record.remoteAddress, &record.remotePort) || !txQueue || !rxQueue || !uid || !inode || *uid < 0 || *inode < 0) {
            result.warnings.append(Messages::tr("/proc/net/tcp: line %1 holds a field that cannot be read").arg(n + 1));
            continue;
        }
        if (!state) {
            result.warnings.append(Messages::tr("/proc/net/tcp: line %1 has an unknown state %2")
                                       .arg(n + 1)
                                       .arg(QString::fromLatin1(words[3].first(qMin<qsizetype>(words[3].size(), 8)))));
            continue;
        }
        record.state = *state;
        record.txQueue = *txQueue;
        record.rxQueue = *rxQueue;
        record.uid = *uid;
        record.inode = *inode;
        result.value.append(record);
    }
    return result;
}

TcpStateCounts countTcpStates(const QList<TcpSocketRecord> &sockets)
{
    TcpStateCounts counts;
    for (const TcpSocketRecord &socket : sockets)
        ++counts[socket.state == TcpState::NewSynRecv ? TcpState::SynRecv : socket.state];
    return counts;
}

} // namespace tcplab::procfs
