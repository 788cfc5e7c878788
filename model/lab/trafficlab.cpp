// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlab.h"

#include "procfs/tcpstate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>

#include <cmath>
#include <csignal>

namespace tcplab::lab
{

namespace
{

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 1000) / 1000) : QJsonValue();
}

QJsonObject numberMap(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

} // namespace

// ---- TrafficSpec

QStringList TrafficSpec::patterns()
{
    return {QStringLiteral("put"),
            QStringLiteral("get"),
            QStringLiteral("put-then-get"),
            QStringLiteral("rr"),
            QStringLiteral("churn"),
            QStringLiteral("congested")};
}

const char *TrafficSpec::patternDescription(const QString &pattern)
{
    if (pattern == QLatin1String("put"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec",
                                 "bulk transfer from the client host to the server host "
                                 "(an ftp put)");
    if (pattern == QLatin1String("get"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec",
                                 "bulk transfer from the server host to the client host "
                                 "(an ftp get)");
    if (pattern == QLatin1String("put-then-get"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec",
                                 "a put, then a get: the two phases of the 2004 "
                                 "checklist's scenario 3");
    if (pattern == QLatin1String("rr"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec",
                                 "request and response: the same number of bytes each "
                                 "way, over several connections at once");
    if (pattern == QLatin1String("churn"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec",
                                 "many short connections; the client closes first, so "
                                 "TIME_WAIT builds up on the client host");
    if (pattern == QLatin1String("congested"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec",
                                 "a put over a link whose queue holds only a few frames: "
                                 "drops and retransmissions");
    return nullptr;
}

QStringList TrafficSpec::rates()
{
    return {QStringLiteral("10mbit"), QStringLiteral("100mbit"), QStringLiteral("1gbit"), QStringLiteral("unlimited")};
}

QStringList TrafficSpec::phases() const
{
    if (pattern == QLatin1String("put-then-get"))
        return {QStringLiteral("put"), QStringLiteral("get")};
    if (pattern == QLatin1String("congested"))
        return {QStringLiteral("put")};
    return {pattern};
}

qint64 TrafficSpec::effectiveQueueBytes() const
{
    if (queueBytes > 0)
        return queueBytes;
    return pattern == QLatin1String("congested") ? 4LL * (mtu + 14) : 0;
}

qint64 TrafficSpec::rateBits() const
{
    if (rate == QLatin1String("10mbit"))
        return 10000000;
    if (rate == QLatin1String("100mbit"))
        return 100000000;
    if (rate == QLatin1String("1gbit"))
        return 1000000000;
    return 0;
}

QStringList TrafficSpec::validate() const
{
    QStringList problems;
    if (!patterns().contains(pattern))
        problems << tr("Unknown pattern \"%1\"; use %2").arg(pattern, patterns().join(QLatin1String(", ")));
    if (!rates().contains(rate))
        problems << tr("The link rate must be one of %1").arg(rates().join(QLatin1String(", ")));
    if (mtu < 576 || mtu > 9000)
        problems << tr("The MTU must be between 576 and 9000 (it is %1)").arg(mtu);
    if (queueBytes < 0 || queueBytes > (1LL << 30))
        problems << tr("The link's queue must be between 1 byte and 1 GiB");
    if (!(durationS >= 1 && durationS <= 600))
        problems << tr("Each phase lasts 1 to 600 seconds");
    if (size < 1 || size > (16 << 20))
        problems << tr("The message size must be between 1 byte and 16 MiB");
    if (concurrency < 1 || concurrency > 1000)
        problems << tr("The connections at once must be between 1 and 1000");
    if (pattern == QLatin1String("congested") && rate == QLatin1String("unlimited"))
        problems << tr("The congested pattern needs a rate-limited link");
    return problems;
}

QStringList TrafficSpec::sandboxArguments() const
{
    QStringList args{QStringLiteral("--two-hosts"), QStringLiteral("--rate"), rate, QStringLiteral("--mtu"), QString::number(mtu)};
    if (effectiveQueueBytes() > 0)
        args << QStringLiteral("--queue") << QString::number(effectiveQueueBytes());
    // A queue on the sender's own interface never loses a segment (TCP just waits for room), so
    // the congested link gets a router whose small queue drops what the client has already sent.
    if (pattern == QLatin1String("congested"))
        args << QStringLiteral("--router");
    return args;
}

QJsonObject TrafficSpec::toJson() const
{
    return {{QStringLiteral("pattern"), pattern},
            {QStringLiteral("rate"), rate},
            {QStringLiteral("rate_bits"), rateBits()},
            {QStringLiteral("mtu"), mtu},
            {QStringLiteral("queue_bytes"), effectiveQueueBytes()},
            {QStringLiteral("duration_s"), durationS},
            {QStringLiteral("size"), size},
            {QStringLiteral("concurrency"), concurrency}};
}

// ---- TrafficResult

QStringList TrafficResult::tcpCounters()
{
    return {QStringLiteral("Tcp.InSegs"),
            QStringLiteral("Tcp.OutSegs"),
            QStringLiteral("Tcp.RetransSegs"),
            QStringLiteral("Tcp.ActiveOpens"),
            QStringLiteral("Tcp.PassiveOpens"),
            QStringLiteral("TcpExt.TCPTimeouts"),
            QStringLiteral("TcpExt.TCPLossProbes"),
            QStringLiteral("TcpExt.TCPFastRetrans"),
            QStringLiteral("TcpExt.DelayedACKs"),
            QStringLiteral("TcpExt.TCPSlowStartRetrans"),
            QStringLiteral("TcpExt.TW"),
            QStringLiteral("TcpExt.TCPBacklogDrop")};
}

QJsonObject TrafficHost::toJson() const
{
    const auto &t = figures.total;
    QJsonObject cpuShares;
    for (auto it = cpu.cbegin(); it != cpu.cend(); ++it)
        cpuShares.insert(it.key(), std::round(it.value() * 10000) / 10000);
    return {
        {QStringLiteral("interface"), interfaceName},
        {QStringLiteral("seconds"), std::round(figures.seconds * 1000) / 1000},
        {QStringLiteral("packets_in"), qint64(link.rxPackets)},
        {QStringLiteral("packets_out"), qint64(link.txPackets)},
        {QStringLiteral("bytes_in"), qint64(link.rxBytes)},
        {QStringLiteral("bytes_out"), qint64(link.txBytes)},
        {QStringLiteral("packets_per_s_in"), optionalNumber(t.inPacketsPerSecond)},
        {QStringLiteral("packets_per_s_out"), optionalNumber(t.outPacketsPerSecond)},
        {QStringLiteral("bytes_per_packet_in"), optionalNumber(t.inBytesPerPacket)},
        {QStringLiteral("bytes_per_packet_out"), optionalNumber(t.outBytesPerPacket)},
        // The interface's own byte counts (Ethernet header included) in Mbps, then the figure on
        // the wire (+24 bytes a frame) and the 2004 guide's method (+66 bytes a packet).
        {QStringLiteral("mbps_in"), figures.seconds > 0 ? QJsonValue(std::round(double(link.rxBytes) * 8 / figures.seconds / 1e3) / 1e3) : QJsonValue()},
        {QStringLiteral("mbps_out"), figures.seconds > 0 ? QJsonValue(std::round(double(link.txBytes) * 8 / figures.seconds / 1e3) / 1e3) : QJsonValue()},
        {QStringLiteral("mbps_wire_in"), optionalNumber(t.inMbpsWire)},
        {QStringLiteral("mbps_wire_out"), optionalNumber(t.outMbpsWire)},
        {QStringLiteral("mbps_document_in"), optionalNumber(figures.inMbpsDocument)},
        {QStringLiteral("mbps_document_out"), optionalNumber(figures.outMbpsDocument)},
        {QStringLiteral("throughput_in_verdict"), checklist::verdictName(inThroughput)},
        {QStringLiteral("throughput_out_verdict"), checklist::verdictName(outThroughput)},
        {QStringLiteral("retransmission_ratio"), optionalNumber(figures.retransmissionRatio)},
        {QStringLiteral("retransmission_verdict"), checklist::verdictName(figures.retransmissions)},
        {QStringLiteral("in_error_ratio"), optionalNumber(t.inErrorRatio)},
        {QStringLiteral("out_error_ratio"), optionalNumber(t.outErrorRatio)},
        {QStringLiteral("in_errors_verdict"), checklist::verdictName(t.inErrors)},
        {QStringLiteral("out_errors_verdict"), checklist::verdictName(t.outErrors)},
        {QStringLiteral("cpu"), cpuShares},
        {QStringLiteral("counters_delta"), numberMap(tcp)},
        {QStringLiteral("states"), numberMap(states)},
    };
}

QJsonObject TrafficResult::toJson() const
{
    QJsonArray phaseList;
    for (const TrafficPhase &p : phases) {
        phaseList.append(QJsonObject{
            {QStringLiteral("phase"), p.name},
            {QStringLiteral("seconds"), std::round(p.seconds * 1000) / 1000},
            {QStringLiteral("load"), p.load},
            {QStringLiteral("hosts"), QJsonObject{{QStringLiteral("server"), p.server.toJson()}, {QStringLiteral("client"), p.client.toJson()}}},
        });
    }
    return {
        {QStringLiteral("spec"), spec.toJson()},
        {QStringLiteral("kernel"), kernelRelease},
        {QStringLiteral("server_address"), serverAddress},
        {QStringLiteral("client_address"), clientAddress},
        // Both hosts share this machine's CPUs: the CPU split is the machine's.
        {QStringLiteral("cpu_scope"), QStringLiteral("machine")},
        {QStringLiteral("phases"), phaseList},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

QString TrafficResult::toText() const
{
    QString out;
    out +=
        tr("Traffic lab: %1 over a %2 link, MTU %3, %4 s a phase (kernel %5)").arg(spec.pattern, spec.rate).arg(spec.mtu).arg(spec.durationS).arg(kernelRelease)
        + QLatin1Char('\n');
    if (const char *description = TrafficSpec::patternDescription(spec.pattern))
        out += QCoreApplication::translate("tcplab::lab::TrafficSpec", description) + QLatin1Char('\n');
    out += tr("server host %1, client host %2; the CPU split is this machine's (both hosts share it)").arg(serverAddress, clientAddress) + QLatin1String("\n");
    const auto mbps = [](const TrafficHost &h, bool in) {
        if (h.figures.seconds <= 0)
            return QStringLiteral("-");
        return QString::number(double(in ? h.link.rxBytes : h.link.txBytes) * 8 / h.figures.seconds / 1e6, 'f', 1);
    };
    for (const TrafficPhase &p : phases) {
        out += QLatin1Char('\n') + tr("phase %1 (%2 s)").arg(p.name).arg(p.seconds, 0, 'f', 1) + QLatin1Char('\n');
        out += QStringLiteral("%1 %2 %3\n").arg(QString(), -34).arg(tr("server host"), 16).arg(tr("client host"), 16);
        const auto row = [&out](const QString &name, const QString &server, const QString &client) {
            out += QStringLiteral("  %1 %2 %3\n").arg(name, -32).arg(server, 16).arg(client, 16);
        };
        const auto &s = p.server;
        const auto &c = p.client;
        row(tr("packets/s in"), number(s.figures.total.inPacketsPerSecond, 0), number(c.figures.total.inPacketsPerSecond, 0));
        row(tr("packets/s out"), number(s.figures.total.outPacketsPerSecond, 0), number(c.figures.total.outPacketsPerSecond, 0));
        row(tr("bytes/packet in"), number(s.figures.total.inBytesPerPacket, 0), number(c.figures.total.inBytesPerPacket, 0));
        row(tr("bytes/packet out"), number(s.figures.total.outBytesPerPacket, 0), number(c.figures.total.outBytesPerPacket, 0));
        row(tr("Mbps in"), mbps(s, true), mbps(c, true));
        row(tr("Mbps out"), mbps(s, false), mbps(c, false));
        row(tr("Mbps in on the wire"), number(s.figures.total.inMbpsWire, 1), number(c.figures.total.inMbpsWire, 1));
        row(tr("Mbps out on the wire"), number(s.figures.total.outMbpsWire, 1), number(c.figures.total.outMbpsWire, 1));
        row(tr("throughput in, verdict"), checklist::verdictName(s.inThroughput), checklist::verdictName(c.inThroughput));
        row(tr("throughput out, verdict"), checklist::verdictName(s.outThroughput), checklist::verdictName(c.outThroughput));
        const auto percent = [](const std::optional<double> &v) {
            return v ? QString::number(*v * 100, 'f', 2) + QLatin1Char('%') : QStringLiteral("-");
        };
        row(tr("retransmitted"), percent(s.figures.retransmissionRatio), percent(c.figures.retransmissionRatio));
        row(tr("retransmissions, verdict"), checklist::verdictName(s.figures.retransmissions), checklist::verdictName(c.figures.retransmissions));
        // The guide's error rules (Table 5): input errors against packets in, output errors out.
        row(tr("input errors, verdict"),
            percent(s.figures.total.inErrorRatio) + QLatin1Char(' ') + checklist::verdictName(s.figures.total.inErrors),
            percent(c.figures.total.inErrorRatio) + QLatin1Char(' ') + checklist::verdictName(c.figures.total.inErrors));
        row(tr("output errors, verdict"),
            percent(s.figures.total.outErrorRatio) + QLatin1Char(' ') + checklist::verdictName(s.figures.total.outErrors),
            percent(c.figures.total.outErrorRatio) + QLatin1Char(' ') + checklist::verdictName(c.figures.total.outErrors));
        for (const char *share : {"user", "system", "softirq", "idle"}) {
            const QString key = QLatin1String(share);
            row(tr("CPU %1").arg(key),
                QString::number(s.cpu.value(key) * 100, 'f', 1) + QLatin1Char('%'),
                QString::number(c.cpu.value(key) * 100, 'f', 1) + QLatin1Char('%'));
        }
        for (const QString &counter : tcpCounters()) {
            if (s.tcp.value(counter) != 0 || c.tcp.value(counter) != 0)
                row(counter, QString::number(s.tcp.value(counter)), QString::number(c.tcp.value(counter)));
        }
        QStringList stateNames = s.states.keys() + c.states.keys();
        stateNames.removeDuplicates();
        for (const QString &state : std::as_const(stateNames))
            row(state, QString::number(s.states.value(state)), QString::number(c.states.value(state)));
    }
    for (const QString &warning : warnings)
        out += tr("warning: %1").arg(warning) + QLatin1Char('\n');
    return out;
}

} // namespace tcplab::lab
