// SPDX-License-Identifier: GPL-3.0-or-later
#include "pasteanalysis.h"

#include "sources/countersnapshot.h"

#include <QRegularExpression>

namespace tcplab::notebook
{

namespace
{

const char kContext[] = "tcplab::notebook::PasteAnalysis";

// net-tools prints sentences; these are the ones Table 2 and the queue lessons need, with the
// spellings older net-tools used.
struct Phrase {
    const char *group;
    const char *text; // the line with its number replaced by '#'
    const char *name;
};
const Phrase kPhrases[] = {
    {"Ip", "# total packets received", "InReceives"},
    {"Ip", "# incoming packets delivered", "InDelivers"},
    {"Ip", "# incoming packets discarded", "InDiscards"},
    {"Ip", "# requests sent out", "OutRequests"},
    {"Ip", "# forwarded", "ForwDatagrams"},
    {"Ip", "# outgoing packets dropped", "OutDiscards"},
    {"Tcp", "# active connection openings", "ActiveOpens"},
    {"Tcp", "# active connections openings", "ActiveOpens"},
    {"Tcp", "# passive connection openings", "PassiveOpens"},
    {"Tcp", "# failed connection attempts", "AttemptFails"},
    {"Tcp", "# connection resets received", "EstabResets"},
    {"Tcp", "# connections established", "CurrEstab"},
    {"Tcp", "# segments received", "InSegs"},
    {"Tcp", "# segments sent out", "OutSegs"},
    {"Tcp", "# segments send out", "OutSegs"},
    {"Tcp", "# segments retransmitted", "RetransSegs"},
    {"Tcp", "# segments retransmited", "RetransSegs"},
    {"Tcp", "# bad segments received", "InErrs"},
    {"Tcp", "# bad segments received.", "InErrs"},
    {"Tcp", "# resets sent", "OutRsts"},
    {"TcpExt", "# times the listen queue of a socket overflowed", "ListenOverflows"},
    {"TcpExt", "# SYNs to LISTEN sockets dropped", "ListenDrops"},
    {"TcpExt", "# SYNs to LISTEN sockets ignored", "ListenDrops"},
    {"TcpExt", "# SYN cookies sent", "SyncookiesSent"},
    {"TcpExt", "# SYN cookies received", "SyncookiesRecv"},
    {"TcpExt", "# invalid SYN cookies received", "SyncookiesFailed"},
    {"TcpExt", "# resets received for embryonic SYN_RECV sockets", "EmbryonicRsts"},
    {"TcpExt", "# TCP sockets finished time wait in fast timer", "TW"},
    {"TcpExt", "# delayed acks sent", "DelayedACKs"},
    {"TcpExt", "# connections reset due to unexpected data", "TCPAbortOnData"},
    {"TcpExt", "# connections reset due to early user close", "TCPAbortOnClose"},
    {"TcpExt", "# connections aborted due to timeout", "TCPAbortOnTimeout"},
};

// nstat glues group and name together; the longer group names come first.
const char *const kNstatGroups[] = {"IpExt", "Ip6", "Ip", "TcpExt", "Tcp", "UdpLite6", "UdpLite", "Udp6", "Udp", "IcmpMsg", "Icmp6", "Icmp", "MPTcpExt"};

PastedCounters parseNstat(const QString &text)
{
    PastedCounters p;
    p.format = CaptureFormat::Nstat;
    static const QRegularExpression line(QStringLiteral("^([A-Za-z][A-Za-z0-9_]*)\\s+(\\d+)(\\s|$)"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        const auto m = line.match(l.trimmed());
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(1);
        QString key = name;
        for (const char *group : kNstatGroups) {
            const QLatin1String g(group);
            if (name.startsWith(g) && name.size() > g.size() && (name.at(g.size()).isUpper() || g == QLatin1String("IcmpMsg"))) {
                key = g + QLatin1Char('.') + name.mid(g.size());
                break;
            }
        }
        p.counters.insert(key, m.captured(2).toLongLong());
    }
    return p;
}

PastedCounters parseNetstatS(const QString &text)
{
    PastedCounters p;
    p.format = CaptureFormat::NetstatS;
    static const QRegularExpression section(QStringLiteral("^([A-Za-z][A-Za-z0-9]*):\\s*$"));
    static const QRegularExpression named(QStringLiteral("^\\s+([A-Za-z][A-Za-z0-9_]*):\\s+(\\d+)\\s*$"));
    static const QRegularExpression number(QStringLiteral("\\b(\\d+)\\b"));
    QString group;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString l = raw.trimmed().isEmpty() ? QString() : raw;
        if (l.isEmpty())
            continue;
        if (const auto m = section.match(l); m.hasMatch()) {
            group = m.captured(1);
            continue;
        }
        if (group.isEmpty())
            continue;
        if (const auto m = named.match(l); m.hasMatch()) {
            p.counters.insert(group + QLatin1Char('.') + m.captured(1), m.captured(2).toLongLong());
            continue;
        }
        const auto m = number.match(l);
        if (!m.hasMatch())
            continue;
        QString phrase = l.trimmed();
        const qsizetype at = phrase.indexOf(m.captured(1));
        phrase.replace(at, m.captured(1).size(), QStringLiteral("#"));
        QString key = group + QLatin1Char('.') + phrase;
        for (const Phrase &known : kPhrases) {
            if (group == QLatin1String(known.group) && phrase == QLatin1String(known.text)) {
                key = group + QLatin1Char('.') + QLatin1String(known.name);
                break;
            }
        }
        p.counters.insert(key, m.captured(1).toLongLong());
    }
    return p;
}

} // namespace

QString captureFormatName(CaptureFormat format)
{
    switch (format) {
    case CaptureFormat::NetstatS:
        return QStringLiteral("netstat -s");
    case CaptureFormat::Nstat:
        return QStringLiteral("nstat -az");
    case CaptureFormat::ProcNetstat:
        return QStringLiteral("/proc/net/netstat");
    case CaptureFormat::Unknown:
        break;
    }
    return QString();
}

PastedCounters parsePastedCounters(const QString &text)
{
    // /proc/net/netstat and snmp: a "Group: Name Name ..." header line above "Group: 1 2 ...".
    static const QRegularExpression procHeader(QStringLiteral("^([A-Za-z]+): [A-Za-z]"), QRegularExpression::MultilineOption);
    static const QRegularExpression nstatLine(QStringLiteral("^(#kernel|(Ip|Tcp|Udp|Icmp)[A-Za-z0-9]*\\s+\\d+)"), QRegularExpression::MultilineOption);
    const auto header = procHeader.match(text);
    if (header.hasMatch()
        && text.contains(QRegularExpression(QStringLiteral("^") + header.captured(1) + QStringLiteral(": \\d"), QRegularExpression::MultilineOption))) {
        const QByteArray bytes = text.toUtf8();
        const auto parsed = procfs::parseCountersTable(bytes, QStringLiteral("/proc/net/netstat"));
        if (parsed.ok()) {
            PastedCounters p;
            p.format = CaptureFormat::ProcNetstat;
            p.counters = parsed.value;
            return p;
        }
    }
    if (nstatLine.match(text).hasMatch())
        return parseNstat(text);
    PastedCounters p = parseNetstatS(text);
    if (p.counters.isEmpty())
        p.format = CaptureFormat::Unknown;
    return p;
}

PasteAnalysis analysePaste(const QString &beforeText, const QString &afterText, double seconds)
{
    PasteAnalysis a;
    a.seconds = seconds;
    const PastedCounters before = parsePastedCounters(beforeText);
    const PastedCounters after = parsePastedCounters(afterText);
    a.format = after.format;
    if (before.format == CaptureFormat::Unknown || after.format == CaptureFormat::Unknown) {
        a.error = bilingual(kContext,
                            QT_TRANSLATE_NOOP("tcplab::notebook::PasteAnalysis",
                                              "No counters found. Paste the output of netstat -s, "
                                              "nstat -az or cat /proc/net/netstat."));
        return a;
    }
    if (before.format != after.format) {
        a.error = bilingual(kContext,
                            QT_TRANSLATE_NOOP("tcplab::notebook::PasteAnalysis", "The two captures come from different commands (%1 and %2)."),
                            {captureFormatName(before.format), captureFormatName(after.format)});
        return a;
    }
    if (!(seconds > 0)) {
        a.error = bilingual(kContext, QT_TRANSLATE_NOOP("tcplab::notebook::PasteAnalysis", "Give the seconds between the two captures."));
        return a;
    }
    a.ok = true;
    for (const QString &key : after.counters.keys()) {
        if (!before.counters.contains(key))
            continue;
        const CounterDelta d{key, before.counters.value(key), after.counters.value(key)};
        if (d.delta() != 0)
            a.deltas.append(d);
    }
    CounterSnapshot first;
    CounterSnapshot second;
    first.netstat = before.counters;
    second.netstat = after.counters;
    second.monotonicNs = qint64(seconds * 1e9);
    a.figures = checklist::compute(first, second);

    const auto number = [](double v, int decimals) {
        return QString::number(v, 'f', decimals);
    };
    const auto delta = [&a](const char *key) -> qint64 {
        for (const CounterDelta &d : a.deltas) {
            if (d.key == QLatin1String(key))
                return d.delta();
        }
        return 0;
    };
    a.explanation.append(bilingual(kContext,
                                   QT_TRANSLATE_NOOP("tcplab::notebook::PasteAnalysis", "%1 counters changed in %2 s between the two %3 captures."),
                                   {QString::number(a.deltas.size()), number(seconds, 1), captureFormatName(a.format)}));
    if (a.figures.ipInBytesPerPacket || a.figures.ipOutBytesPerPacket) {
        a.explanation.append(bilingual(kContext,
                                       QT_TRANSLATE_NOOP("tcplab::notebook::PasteAnalysis",
                                                         "Bytes per packet (Table 2, checkpoint 2): %1 in, %2 out (IpExt.InOctets / Ip.InReceives "
                                                         "and IpExt.OutOctets / Ip.OutRequests; IP headers included, all protocols)."),
                                       {a.figures.ipInBytesPerPacket ? number(*a.figures.ipInBytesPerPacket, 1) : QStringLiteral("-"),
                                        a.figures.ipOutBytesPerPacket ? number(*a.figures.ipOutBytesPerPacket, 1) : QStringLiteral("-")}));
    }
    const qint64 inSegs = delta("Tcp.InSegs");
    const qint64 outSegs = delta("Tcp.OutSegs");
    if (inSegs || outSegs) {
        a.explanation.append(bilingual(kContext,
                                       QT_TRANSLATE_NOOP("tcplab::notebook::PasteAnalysis", "TCP segments per second (checkpoint 1): %1 received, %2 sent."),
                                       {number(double(inSegs) / seconds, 1), number(double(outSegs) / seconds, 1)}));
    }
    if (a.figures.retransmissionRatio) {
        a.explanation.append(
            bilingual(kContext,
                      QT_TRANSLATE_NOOP("tcplab::notebook::PasteAnalysis", "Retransmitted segments: %1 % of those sent (Tcp.RetransSegs / Tcp.OutSegs): %2."),
                      {number(*a.figures.retransmissionRatio * 100, 3), checklist::verdictName(a.figures.retransmissions)}));
    }
    if (a.figures.listenDropsPerSecond) {
        a.explanation.append(bilingual(kContext,
                                       QT_TRANSLATE_NOOP("tcplab::notebook::PasteAnalysis",
                                                         "SYNs dropped at listening sockets: %1 per second (TcpExt.ListenDrops); the accept "
                                                         "queue overflowed %2 times (TcpExt.ListenOverflows)."),
                                       {number(*a.figures.listenDropsPerSecond, 2), QString::number(delta("TcpExt.ListenOverflows"))}));
    }
    return a;
}

} // namespace tcplab::notebook
