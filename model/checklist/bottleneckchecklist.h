// SPDX-License-Identifier: GPL-3.0-or-later
// The network bottleneck checklist of the 2004 performance guide, computed from Linux counters:
// packet rates, bytes per packet, throughput in Mbps (the guide's method and the on-the-wire
// figure), error and collision ratios with the guide's thresholds, and the TCP retransmission
// ratio. Everything is computed from two snapshots of one source taken some seconds apart, as the
// guide did with two `netstat -s` captures.
#pragma once

#include "sources/countersnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tcplab::checklist
{

enum class Verdict {
    Unknown, // a counter is missing or went backwards
    Ok,
    LookCloser,
    Problem,
};

// The guide adds 66 bytes to the average packet length for the Ethernet header and trailer
// (Table 4.1). On the wire an Ethernet frame carries 24 bytes that Linux's interface byte counts
// leave out: preamble and start delimiter (8), frame check sequence (4) and the inter-frame gap (12).
constexpr double kDocumentFrameOverheadBytes = 66;
constexpr double kWireOverheadBytes = 24;

// Link limits the guide quotes: CSMA/CD at 10 Mbps tops out near 40 %, full duplex at 80 %.
enum class LinkKind { FullDuplex, SharedHalfDuplex };
double usableShare(LinkKind kind);

struct InterfaceFigures {
    QString name;
    double seconds = 0;
    // Checkpoint 1: packets per second.
    std::optional<double> inPacketsPerSecond;
    std::optional<double> outPacketsPerSecond;
    // Checkpoint 2: bytes per packet as the interface counts them (Ethernet header included).
    std::optional<double> inBytesPerPacket;
    std::optional<double> outBytesPerPacket;
    // Checkpoint 4: throughput on the wire, Mbps (10^6 bit/s).
    std::optional<double> inMbpsWire;
    std::optional<double> outMbpsWire;
    // Checkpoint 5 (Table 5.3): ratios as fractions (0.00025 = 0.025 %).
    std::optional<double> inErrorRatio; // Ierrs / Ipkts
    std::optional<double> outErrorRatio; // Oerrs / Opkts
    std::optional<double> collisionRatio; // Colls / Opkts
    std::optional<double> combinedErrorRatio; // (Colls + Ierrs + Oerrs) / (Ipkts + Opkts)
    Verdict inErrors = Verdict::Unknown;
    Verdict outErrors = Verdict::Unknown;
    Verdict collisions = Verdict::Unknown;
    Verdict combinedErrors = Verdict::Unknown;
};

struct HostFigures {
    double seconds = 0;
    QList<InterfaceFigures> interfaces; // loopback left out unless it is the only one
    InterfaceFigures total; // over those interfaces
    // Checkpoint 2, the guide's TCP-level method: Linux keeps no TCP byte counts, so the IP-level
    // IpExt.InOctets / Ip.InReceives stands in (all protocols, IP header included).
    std::optional<double> ipInBytesPerPacket;
    std::optional<double> ipOutBytesPerPacket;
    // Checkpoint 4, the guide's method (Table 4.1): (IP bytes per second / interface packets per
    // second + 66) * interface packets per second * 8.
    std::optional<double> inMbpsDocument;
    std::optional<double> outMbpsDocument;
    // TCP retransmissions: Tcp.RetransSegs / Tcp.OutSegs.
    std::optional<double> retransmissionRatio;
    Verdict retransmissions = Verdict::Unknown;
    // Listen queue drops per second (the guide's tcpListenDrop): TcpExt.ListenDrops.
    std::optional<double> listenDropsPerSecond;
    Verdict listenDrops = Verdict::Unknown;
};

// The guide's rules (Table 5.3), on whole counts so that the thresholds hold exactly.
Verdict inErrorVerdict(quint64 errors, quint64 packets); // >= 0.025 % is a problem
Verdict outErrorVerdict(quint64 errors, quint64 packets); // > 0 look closer, >= 0.025 % problem
Verdict collisionVerdict(quint64 collisions, quint64 packets); // > 2 % look closer, >= 5 % problem
Verdict combinedErrorVerdict(quint64 bad, quint64 packets); // > 2 % is a problem
// Not in the guide: tcplab's rule of thumb, > 1 % look closer, > 5 % problem.
Verdict retransmissionVerdict(quint64 retransmitted, quint64 sent);
// Utilisation of a link of `linkMbps` against the guide's usable share.
Verdict throughputVerdict(double mbps, double linkMbps, LinkKind kind);

HostFigures compute(const CounterSnapshot &before, const CounterSnapshot &after);

// Which Linux counter carries what the guide read from Solaris `netstat`.
struct CounterMapping {
    const char *solaris; // the guide's name
    const char *linuxName; // "" when Linux has none
    const char *note; // untranslated; context "tcplab::checklist::Mapping"
};
const QList<CounterMapping> &solarisToLinux();

QString verdictName(Verdict verdict);

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::checklist::Texts)
};

} // namespace tcplab::checklist
