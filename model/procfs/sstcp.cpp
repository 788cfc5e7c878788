// SPDX-License-Identifier: GPL-3.0-or-later
#include "sstcp.h"

#include "text.h"

namespace tcplab::procfs
{

namespace
{

// "addr:port" as inet_addr_print() and sock_addr_print() write it.
bool parseSsEndpoint(QByteArrayView text, QHostAddress *address, quint16 *port)
{
    QByteArrayView host;
    QByteArrayView portText;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return false;
        host = text.sliced(1, close - 1);
        const qsizetype colon = text.indexOf(':', close);
        if (colon < 0)
            return false;
        portText = text.sliced(colon + 1);
    } else {
        const qsizetype colon = text.lastIndexOf(':');
        if (colon < 0)
            return false;
        host = text.first(colon);
        portText = text.sliced(colon + 1);
        const qsizetype percent = host.indexOf('%');
        if (percent >= 0)
            host = host.first(percent);
    }
    if (portText == "*") {
        *port = 0;
    } else {
        const auto value = parseUnsigned(portText);
        if (!value || *value > 65535)
            return false;
        *port = quint16(*value);
    }
    if (host == "*") {
        // ss prints "*" for 0.0.0.0 and for a dual-stack "::".
        *address = QHostAddress(QHostAddress::Any);
        return true;
    }
    if (host.isEmpty() || host.size() > 64)
        return false;
    const QHostAddress parsed(QString::fromLatin1(host));
    if (parsed.isNull())
        return false;
    *address = parsed;
    return true;
}

} // namespace

ParseResult<QList<TcpSocketRecord>> parseSsTcp(QByteArrayView text)
{
    ParseResult<QList<TcpSocketRecord>> result;
    const QList<QByteArrayView> lines = splitLines(text);
    bool header = false;
    bool netid = false;
    bool first = true;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArrayView line = lines[n];
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue;
        QList<QByteArrayView> words = splitWords(line);
        if (first) {
            first = false;
            if (words[0] == "State" || words[0] == "Netid") {
                header = true;
                netid = words[0] == "Netid";
                continue;
            }
        }
        if (netid) {
            if (words[0] != "tcp")
                continue;
            words.removeFirst();
        }
        if (words.size() < 5) {
            result.warnings.append(Messages::tr("ss: line %1 is truncated").arg(n + 1));
            continue;
        }
        const auto state = tcpStateFromName(QString::fromLatin1(words[0].first(qMin<qsizetype>(words[0].size(), 20))));
        if (!state) {
            result.warnings.append(
                Messages::tr("ss: line %1 has an unknown state %2").arg(n + 1).arg(QString::fromLatin1(words[0].first(qMin<qsizetype>(words[0].size(), 20)))));
            continue;
        }
        TcpSocketRecord record;
        record.state = *state;
        const auto recvQ = parseUnsigned(words[1]);
        const auto sendQ = parseUnsigned(words[2]);
        if (!recvQ || !sendQ || !parseSsEndpoint(words[3], &record.localAddress, &record.localPort)
            || !parseSsEndpoint(words[4], &record.remoteAddress, &record.remotePort)) {
            result.warnings.append(Messages::tr("ss: line %1 holds a field that cannot be read").arg(n + 1));
            continue;
        }
        record.rxQueue = *recvQ;
        record.txQueue = *sendQ;
        result.value.append(record);
    }
    if (!header && result.value.isEmpty())
        result.error = Messages::tr("ss: neither a header nor a TCP socket found");
    return result;
}

} // namespace tcplab::procfs
