// SPDX-License-Identifier: GPL-3.0-or-later
#include "bottleneckchecklist.h"

namespace tcplab::checklist
{

namespace
{

// a / b > num / den without floating point: a * den > num * b, in 128 bits so nothing overflows.
__extension__ using Wide = unsigned __int128;
bool above(quint64 a, quint64 b, quint64 num, quint64 den)
{
    return Wide(a) * den > Wide(num) * b;
}
bool atLeast(quint64 a, quint64 b, quint64 num, quint64 den)
{
    return Wide(a) * den >= Wide(num) * b;
}

std::optional<quint64> delta(quint64 before, quint64 after)
{
    if (after < before)
        return std::nullopt;
    return after - before;
}

std::optional<quint64> counterDelta(const CounterSnapshot &a, const CounterSnapshot &b, const QString &key)
{
    if (!a.netstat.contains(key) || !b.netstat.contains(key))
        return std::nullopt;
    const qint64 x = a.netstat.value(key);
    const qint64 y = b.netstat.value(key);
    if (x < 0 || y < x)
        return std::nullopt;
    return quint64(y - x);
}

std::optional<double> ratio(std::optional<quint64> part, std::optional<quint64> whole)
{
    if (!part || !whole || *whole == 0)
        return std::nullopt;
    return double(*part) / double(*whole);
}

InterfaceFigures interfaceFigures(const procfs::InterfaceCounters &a, const procfs::InterfaceCounters &b, double seconds)
{
    InterfaceFigures f;
    f.name = b.name;
    f.seconds = seconds;
    const auto inPackets = delta(a.rxPackets, b.rxPackets);
    const auto outPackets = delta(a.txPackets, b.txPackets);
    const auto inBytes = delta(a.rxBytes, b.rxBytes);
    const auto outBytes = delta(a.txBytes, b.txBytes);
    const auto inErrors = delta(a.rxErrors, b.rxErrors);
    const auto outErrors = delta(a.txErrors, b.txErrors);
    const auto collisions = delta(a.txCollisions, b.txCollisions);
    if (seconds > 0) {
        if (inPackets)
            f.inPacketsPerSecond = double(*inPackets) / seconds;
        if (outPackets)
            f.outPacketsPerSecond = double(*outPackets) / seconds;
        if (inBytes && inPackets)
            f.inMbpsWire = (double(*inBytes) + kWireOverheadBytes * double(*inPackets)) * 8 / 1e6 / seconds;
        if (outBytes && outPackets)
            f.outMbpsWire = (double(*outBytes) + kWireOverheadBytes * double(*outPackets)) * 8 / 1e6 / seconds;
    }
    f.inBytesPerPacket = ratio(inBytes, inPackets);
    f.outBytesPerPacket = ratio(outBytes, outPackets);
    f.inErrorRatio = ratio(inErrors, inPackets);
    f.outErrorRatio = ratio(outErrors, outPackets);
    f.collisionRatio = ratio(collisions, outPackets);
    if (inErrors && inPackets)
        f.inErrors = inErrorVerdict(*inErrors, *inPackets);
    if (outErrors && outPackets)
        f.outErrors = outErrorVerdict(*outErrors, *outPackets);
    if (collisions && outPackets)
        f.collisions = collisionVerdict(*collisions, *outPackets);
    if (inErrors && outErrors && collisions && inPackets && outPackets) {
        const quint64 bad = *inErrors + *outErrors + *collisions;
        const quint64 all = *inPackets + *outPackets;
        f.combinedErrorRatio = ratio(bad, all);
        f.combinedErrors = combinedErrorVerdict(bad, all);
    }
    return f;
}

} // namespace

double usableShare(LinkKind kind)
{
    return kind == LinkKind::FullDuplex ? 0.8 : 0.4;
}

Verdict inErrorVerdict(quint64 errors, quint64 packets)
{
    if (packets == 0)
        return errors ? Verdict::Problem : Verdict::Ok;
    return atLeast(errors, packets, 25, 100000) ? Verdict::Problem : Verdict::Ok;
}

Verdict outErrorVerdict(quint64 errors, quint64 packets)
{
    if (packets == 0)
        return errors ? Verdict::Problem : Verdict::Ok;
    if (atLeast(errors, packets, 25, 100000))
        return Verdict::Problem;
    return errors > 0 ? Verdict::LookCloser : Verdict::Ok;
}

Verdict collisionVerdict(quint64 collisions, quint64 packets)
{
    if (packets == 0)
        return collisions ? Verdict::Problem : Verdict::Ok;
    if (atLeast(collisions, packets, 5, 100))
        return Verdict::Problem;
    return above(collisions, packets, 2, 100) ? Verdict::LookCloser : Verdict::Ok;
}

Verdict combinedErrorVerdict(quint64 bad, quint64 packets)
{
    if (packets == 0)
        return bad ? Verdict::Problem : Verdict::Ok;
    return above(bad, packets, 2, 100) ? Verdict::Problem : Verdict::Ok;
}

Verdict retransmissionVerdict(quint64 retransmitted, quint64 sent)
{
    if (sent == 0)
        return retransmitted ? Verdict::Problem : Verdict::Ok;
    if (above(retransmitted, sent, 5, 100))
        return Verdict::Problem;
    return above(retransmitted, sent, 1, 100) ? Verdict::LookCloser : Verdict::Ok;
}

Verdict throughputVerdict(double mbps, double linkMbps, LinkKind kind)
{
    if (linkMbps <= 0 || mbps < 0)
        return Verdict::Unknown;
    const double limit = linkMbps * usableShare(kind);
    if (mbps >= limit)
        return Verdict::Problem;
    return mbps >= 0.75 * limit ? Verdict::LookCloser : Verdict::Ok;
}

HostFigures compute(const CounterSnapshot &before, const CounterSnapshot &after)
{
    HostFigures host;
    host.seconds = double(after.monotonicNs - before.monotonicNs) / 1e9;
    const bool onlyLoopback = std::all_of(after.interfaces.cbegin(), after.interfaces.cend(), [](const auto &i) {
        return i.name == QLatin1String("lo");
    });
    procfs::InterfaceCounters sumA;
    procfs::InterfaceCounters sumB;
    bool backwards = false;
    for (const auto &b : after.interfaces) {
        if (b.name == QLatin1String("lo") && !onlyLoopback)
            continue;
        for (const auto &a : before.interfaces) {
            if (a.name != b.name)
                continue;
            host.interfaces.append(interfaceFigures(a, b, host.seconds));
            for (auto field : {&procfs::InterfaceCounters::rxPackets,
                               &procfs::InterfaceCounters::txPackets,
                               &procfs::InterfaceCounters::rxBytes,
                               &procfs::InterfaceCounters::txBytes,
                               &procfs::InterfaceCounters::rxErrors,
                               &procfs::InterfaceCounters::txErrors,
                               &procfs::InterfaceCounters::txCollisions}) {
                backwards = backwards || b.*field < a.*field;
                sumA.*field += a.*field;
                sumB.*field += b.*field;
            }
            break;
        }
    }
    // One interface whose counters went backwards makes the total unknown, not smaller.
    if (backwards)
        sumB = procfs::InterfaceCounters();
    host.total = interfaceFigures(sumA, sumB, host.seconds);
    host.total.name = QStringLiteral("*");

    const auto ipInBytes = counterDelta(before, after, QStringLiteral("IpExt.InOctets"));
    const auto ipOutBytes = counterDelta(before, after, QStringLiteral("IpExt.OutOctets"));
    host.ipInBytesPerPacket = ratio(ipInBytes, counterDelta(before, after, QStringLiteral("Ip.InReceives")));
    host.ipOutBytesPerPacket = ratio(ipOutBytes, counterDelta(before, after, QStringLiteral("Ip.OutRequests")));
    // Table 4.1 with Table 2.2's average: bytes per second from the protocol counters over packets
    // per second from the interfaces, plus 66 bytes of framing.
    if (host.seconds > 0 && ipInBytes && host.total.inPacketsPerSecond && *host.total.inPacketsPerSecond > 0) {
        const double pps = *host.total.inPacketsPerSecond;
        host.inMbpsDocument = (double(*ipInBytes) / host.seconds / pps + kDocumentFrameOverheadBytes) * pps * 8 / 1e6;
    }
    if (host.seconds > 0 && ipOutBytes && host.total.outPacketsPerSecond && *host.total.outPacketsPerSecond > 0) {
        const double pps = *host.total.outPacketsPerSecond;
        host.outMbpsDocument = (double(*ipOutBytes) / host.seconds / pps + kDocumentFrameOverheadBytes) * pps * 8 / 1e6;
    }

    const auto retrans = counterDelta(before, after, QStringLiteral("Tcp.RetransSegs"));
    const auto sent = counterDelta(before, after, QStringLiteral("Tcp.OutSegs"));
    host.retransmissionRatio = ratio(retrans, sent);
    if (retrans && sent)
        host.retransmissions = retransmissionVerdict(*retrans, *sent);

    const auto drops = counterDelta(before, after, QStringLiteral("TcpExt.ListenDrops"));
    if (drops && host.seconds > 0) {
        host.listenDropsPerSecond = double(*drops) / host.seconds;
        host.listenDrops = *drops > 0 ? Verdict::LookCloser : Verdict::Ok;
    }
    return host;
}

const QList<CounterMapping> &solarisToLinux()
{
    static const QList<CounterMapping> table = {
        {"Ipkts", "/proc/net/dev rx_packets", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "packets received by the interface")},
        {"Opkts", "/proc/net/dev tx_packets", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "packets sent by the interface")},
        {"Ierrs", "/proc/net/dev rx_errors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "receive errors: CRC, frame, FIFO overruns")},
        {"Oerrs", "/proc/net/dev tx_errors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "transmit errors")},
        {"Collis", "/proc/net/dev colls", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "collisions; always 0 on full-duplex links and virtual interfaces")},
        {"tcpInInorderSegs",
         "",
         QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "no Linux counter; Tcp.InSegs counts every segment received, pure ACKs included")},
        {"tcpInInorderBytes",
         "",
         QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "no Linux counter for TCP bytes; IpExt.InOctets counts IP bytes of every protocol")},
        {"tcpOutDataSegs", "", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "no Linux counter; Tcp.OutSegs counts every segment sent, pure ACKs included")},
        {"tcpOutDataBytes",
         "",
         QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "no Linux counter for TCP bytes; IpExt.OutOctets counts IP bytes of every protocol")},
        {"tcpRetransSegs", "Tcp.RetransSegs", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "segments sent again")},
        {"tcpAttemptFails", "Tcp.AttemptFails", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "connection attempts that failed")},
        {"tcpInErrs", "Tcp.InErrs", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "segments received with errors, bad checksums included")},
        {"tcpListenDrop",
         "TcpExt.ListenDrops",
         QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "SYNs and final ACKs a listener dropped; TcpExt.ListenOverflows counts the accept queue's share")},
        {"tcpListenDropQ0", "TcpExt.TCPReqQFullDrop", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "SYNs dropped because the SYN queue was full")},
        {"tcpHalfOpenDrop",
         "TcpExt.TCPReqQFullDoCookies",
         QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "SYN queue full and answered with a SYN cookie: a SYN flood, or a backlog too small")},
        {"udpInErrors", "Udp.InErrors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "UDP datagrams that could not be delivered")},
        {"udpOutErrors", "Udp.SndbufErrors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "the nearest Linux counter: sends that found no buffer space")},
        {"udpInCksumErrs", "Udp.InCsumErrors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "UDP checksum errors")},
        {"rawipInErrors", "", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "no Linux counter for raw IP")},
        {"ipInAddrErrors", "Ip.InAddrErrors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "datagrams dropped for a bad destination address")},
        {"ipInHdrErrors", "Ip.InHdrErrors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "datagrams dropped for a bad header")},
        {"ipInCksumErrs", "IpExt.InCsumErrors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "IP header checksum errors")},
        {"ipReasmFails", "Ip.ReasmFails", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "reassembly failures")},
        {"ipFragFails", "Ip.FragFails", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "datagrams that needed fragmenting but could not be")},
        {"ipsecInFailed", "/proc/net/xfrm_stat XfrmInError", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "only when the kernel has IPsec")},
        {"icmpInCksumErrs", "Icmp.InCsumErrors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "ICMP checksum errors")},
        {"icmpInErrors", "Icmp.InErrors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "ICMP messages received with errors")},
        {"icmpOutErrors", "Icmp.OutErrors", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "ICMP messages not sent because of errors")},
        {"IGMP bad checksum", "", QT_TRANSLATE_NOOP("tcplab::checklist::Mapping", "no Linux counter in /proc/net/snmp")},
    };
    return table;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return Texts::tr("ok");
    case Verdict::LookCloser:
        return Texts::tr("look closer");
    case Verdict::Problem:
        return Texts::tr("problem");
    case Verdict::Unknown:
        break;
    }
    return Texts::tr("unknown");
}

} // namespace tcplab::checklist
