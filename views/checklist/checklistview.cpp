// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistview.h"

#include "i18n/localization.h"
#include "series/monitorsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QSysInfo>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTranslator>
#include <QVBoxLayout>

namespace tcplab
{

namespace
{

constexpr const char *kContext = "tcplab::ChecklistView";

BilingualText text(const char *source, const QStringList &arguments = {})
{
    return bilingual(kContext, source, arguments);
}

QString number(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

QString percent(std::optional<double> ratio)
{
    return ratio ? QString::number(*ratio * 100, 'f', 4) + QLatin1String(" %") : QStringLiteral("–");
}

int severity(checklist::Verdict v)
{
    switch (v) {
    case checklist::Verdict::Problem:
        return 3;
    case checklist::Verdict::LookCloser:
        return 2;
    case checklist::Verdict::Ok:
        return 1;
    case checklist::Verdict::Unknown:
        break;
    }
    return 0;
}

checklist::Verdict worst(std::initializer_list<checklist::Verdict> verdicts)
{
    checklist::Verdict result = checklist::Verdict::Unknown;
    for (auto v : verdicts) {
        if (severity(v) > severity(result))
            result = v;
    }
    return result;
}

BilingualText verdictBoth(const ChecklistRow &row)
{
    if (!row.hasRule)
        return text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "no rule"));
    switch (row.verdict) {
    case checklist::Verdict::Ok:
        return bilingual("tcplab::checklist::Texts", "ok");
    case checklist::Verdict::LookCloser:
        return bilingual("tcplab::checklist::Texts", "look closer");
    case checklist::Verdict::Problem:
        return bilingual("tcplab::checklist::Texts", "problem");
    case checklist::Verdict::Unknown:
        break;
    }
    return bilingual("tcplab::checklist::Texts", "unknown");
}

QColor verdictColour(const ChecklistRow &row, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (!row.hasRule)
        return palette.color(QPalette::PlaceholderText);
    switch (row.verdict) {
    case checklist::Verdict::Ok:
        return dark ? QColor(0x6f, 0xdc, 0x8c) : QColor(0x1b, 0x7f, 0x3b);
    case checklist::Verdict::LookCloser:
        return dark ? QColor(0xff, 0xc0, 0x62) : QColor(0xa8, 0x64, 0x00);
    case checklist::Verdict::Problem:
        return dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xc0, 0x27, 0x2d);
    case checklist::Verdict::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

// The guide's names with the Linux counter and note that stand for each today.
QString mappingHtml(const QStringList &solaris, bool japanese)
{
    QString html;
    for (const QString &name : solaris) {
        for (const auto &m : checklist::solarisToLinux()) {
            if (name != QLatin1String(m.solaris))
                continue;
            const BilingualText note = bilingual("tcplab::checklist::Mapping", m.note);
            const QString linuxName = *m.linuxName ? QString::fromUtf8(m.linuxName) : QStringLiteral("–");
            html += QLatin1String("<tr><td><code>") % escaped(name) % QLatin1String("</code></td><td><code>") % escaped(linuxName)
                % QLatin1String("</code></td><td>") % escaped(japanese ? note.ja : note.en) % QLatin1String("</td></tr>");
        }
    }
    return html;
}

} // namespace

QList<ChecklistRow> checkpointRows(const ChecklistInput &input)
{
    const checklist::HostFigures &f = input.figures;
    QList<ChecklistRow> rows;

    ChecklistRow packets;
    packets.id = QStringLiteral("packets");
    packets.title = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "1. Is the packet rate too high?"));
    packets.counters = QStringLiteral("/proc/net/dev rx_packets, tx_packets");
    packets.value =
        text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "in %1/s, out %2/s"), {number(f.total.inPacketsPerSecond, 1), number(f.total.outPacketsPerSecond, 1)})
            .in(Localization::current());
    packets.threshold = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "no fixed limit: compare with this host's usual rate"));
    packets.hasRule = false;
    packets.solaris = {QStringLiteral("Ipkts"), QStringLiteral("Opkts")};
    packets.documentMethod =
        text(QT_TRANSLATE_NOOP("tcplab::ChecklistView",
                               "netstat -i (or -I interface) every 5 seconds; it prints the packets received and sent in each interval, per interface."));
    packets.linuxMethod = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView",
                                                 "The change of rx_packets and tx_packets in /proc/net/dev over the window, divided by its length in seconds; "
                                                 "summed over every interface but loopback."));
    rows << packets;

    ChecklistRow bytes;
    bytes.id = QStringLiteral("bytes");
    bytes.title = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "2. Is the number of bytes per packet reasonable?"));
    bytes.counters = QStringLiteral("IpExt.InOctets / Ip.InReceives, IpExt.OutOctets / Ip.OutRequests; /proc/net/dev bytes / packets");
    bytes.value =
        text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "IP: in %1 B, out %2 B; interface: in %3 B, out %4 B"),
             {number(f.ipInBytesPerPacket, 0), number(f.ipOutBytesPerPacket, 0), number(f.total.inBytesPerPacket, 0), number(f.total.outBytesPerPacket, 0)})
            .in(Localization::current());
    bytes.threshold = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "no fixed limit: small packets mean many packets for little data"));
    bytes.hasRule = false;
    bytes.solaris = {QStringLiteral("tcpInInorderSegs"),
                     QStringLiteral("tcpInInorderBytes"),
                     QStringLiteral("tcpOutDataSegs"),
                     QStringLiteral("tcpOutDataBytes")};
    bytes.documentMethod =
        text(QT_TRANSLATE_NOOP("tcplab::ChecklistView",
                               "Two netstat -s captures some seconds apart: the change of the TCP data bytes divided by the change of the TCP data segments."));
    bytes.linuxMethod =
        text(QT_TRANSLATE_NOOP("tcplab::ChecklistView",
                               "Linux keeps no TCP byte counts, so the IP counters stand in: the change of IpExt.InOctets over the change of Ip.InReceives "
                               "(every protocol, IP header included); the interface's bytes over its packets include the Ethernet header."));
    rows << bytes;

    ChecklistRow connections;
    connections.id = QStringLiteral("connections");
    connections.title = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "3. Is the number of connections appropriate?"));
    connections.counters = QStringLiteral("/proc/net/sockstat TCP.inuse + TCP6.inuse; TcpExt.ListenDrops");
    connections.value = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "%1 TCP sockets; %2 listen drops/s"),
                             {input.connections ? QString::number(*input.connections) : QStringLiteral("–"), number(f.listenDropsPerSecond, 2)})
                            .in(Localization::current());
    connections.threshold = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "any listen drop: look closer"));
    connections.verdict = f.listenDrops;
    connections.solaris = {QStringLiteral("tcpListenDrop")};
    connections.documentMethod =
        text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "netstat -an, counting the states of every local and remote address pair, protocol by protocol."));
    connections.linuxMethod = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView",
                                                     "The TCP sockets in use from /proc/net/sockstat (ss -s shows the same), and the change of "
                                                     "TcpExt.ListenDrops: connections a listener had to turn away."));
    rows << connections;

    ChecklistRow throughput;
    throughput.id = QStringLiteral("throughput");
    throughput.title = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "4. Is the throughput what it should be?"));
    throughput.counters = QStringLiteral("/proc/net/dev rx_bytes, rx_packets, tx_bytes, tx_packets; IpExt.InOctets, IpExt.OutOctets");
    throughput.value = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "in %1 Mbps, out %2 Mbps (guide's method: %3 / %4)"),
                            {number(f.total.inMbpsWire, 3), number(f.total.outMbpsWire, 3), number(f.inMbpsDocument, 3), number(f.outMbpsDocument, 3)})
                           .in(Localization::current());
    const double limit = input.linkMbps * checklist::usableShare(checklist::LinkKind::FullDuplex);
    throughput.threshold =
        text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "problem from %1 Mbps (80 % of a %2 Mbps full-duplex link), look closer from %3 Mbps"),
             {QString::number(limit, 'f', 0), QString::number(input.linkMbps, 'f', 0), QString::number(limit * 0.75, 'f', 0)});
    if (f.total.inMbpsWire || f.total.outMbpsWire)
        throughput.verdict = checklist::throughputVerdict(qMax(f.total.inMbpsWire.value_or(0), f.total.outMbpsWire.value_or(0)),
                                                          input.linkMbps,
                                                          checklist::LinkKind::FullDuplex);
    throughput.solaris = {QStringLiteral("Ipkts"), QStringLiteral("Opkts"), QStringLiteral("tcpInInorderBytes"), QStringLiteral("tcpOutDataBytes")};
    throughput.documentMethod = text(
        QT_TRANSLATE_NOOP("tcplab::ChecklistView",
                          "Average packet length from checkpoint 2 plus 66 bytes of Ethernet framing, times the packets per second of checkpoint 1, times 8."));
    throughput.linuxMethod = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView",
                                                    "The change of the interface's byte count plus 24 bytes per packet that the count leaves out (preamble, "
                                                    "frame check sequence, inter-frame gap), times 8, over the window."));
    rows << throughput;

    ChecklistRow errors;
    errors.id = QStringLiteral("errors");
    errors.title = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "5. Are there errors or retransmissions?"));
    errors.counters = QStringLiteral("/proc/net/dev rx_errors, tx_errors, colls; Tcp.RetransSegs / Tcp.OutSegs");
    errors.value = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Ierrs %1, Oerrs %2, Colls %3, retransmitted %4"),
                        {percent(f.total.inErrorRatio), percent(f.total.outErrorRatio), percent(f.total.collisionRatio), percent(f.retransmissionRatio)})
                       .in(Localization::current());
    errors.threshold = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "the worst of the error rules below"));
    errors.verdict = worst({f.total.inErrors, f.total.outErrors, f.total.collisions, f.total.combinedErrors, f.retransmissions});
    errors.solaris = {QStringLiteral("Ierrs"), QStringLiteral("Oerrs"), QStringLiteral("Collis"), QStringLiteral("tcpRetransSegs")};
    errors.documentMethod = text(QT_TRANSLATE_NOOP(
        "tcplab::ChecklistView",
        "netstat -I interface for errs and colls; netstat -s for every counter named like xxxFail or xxxErr; Send-Q and Recv-Q of netstat -an."));
    errors.linuxMethod = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView",
                                                "The changes of rx_errors, tx_errors and colls in /proc/net/dev against the packets of the same window, and "
                                                "Tcp.RetransSegs against Tcp.OutSegs from /proc/net/snmp."));
    rows << errors;

    if (!input.haveFigures) {
        for (auto &row : rows) {
            row.value = QStringLiteral("–");
            row.verdict = checklist::Verdict::Unknown;
        }
    }
    return rows;
}

QList<ChecklistRow> ruleRows(const ChecklistInput &input)
{
    const checklist::HostFigures &f = input.figures;
    QList<ChecklistRow> rows;
    const auto add = [&](const char *id,
                         const char *title,
                         const QString &counters,
                         const QString &value,
                         const char *threshold,
                         checklist::Verdict verdict,
                         QStringList solaris,
                         const char *document,
                         const char *linuxMethod) {
        ChecklistRow row;
        row.id = QLatin1String(id);
        row.title = text(title);
        row.counters = counters;
        row.value = value;
        row.threshold = text(threshold);
        row.verdict = input.haveFigures ? verdict : checklist::Verdict::Unknown;
        row.solaris = std::move(solaris);
        row.documentMethod = text(document);
        row.linuxMethod = text(linuxMethod);
        rows << row;
    };
    add("rule.ierrs",
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Input errors: Ierrs / Ipkts"),
        QStringLiteral("rx_errors / rx_packets"),
        percent(f.total.inErrorRatio),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "≥ 0.025 %: problem (delayed input buffers, CRC or checksum errors)"),
        f.total.inErrors,
        {QStringLiteral("Ierrs"), QStringLiteral("Ipkts")},
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Ierrs over Ipkts from netstat -I; then netstat -s to find the layer at fault."),
        QT_TRANSLATE_NOOP(
            "tcplab::ChecklistView",
            "The change of rx_errors over the change of rx_packets in /proc/net/dev, compared in whole numbers so that the limit holds exactly."));
    add("rule.oerrs",
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Output errors: Oerrs / Opkts"),
        QStringLiteral("tx_errors / tx_packets"),
        percent(f.total.outErrorRatio),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "> 0: look closer (cables, hub, termination); ≥ 0.025 %: problem (Ethernet hardware)"),
        f.total.outErrors,
        {QStringLiteral("Oerrs"), QStringLiteral("Opkts")},
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Oerrs over Opkts from netstat -I."),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "The change of tx_errors over the change of tx_packets in /proc/net/dev."));
    add("rule.colls",
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Collisions: Colls / Opkts"),
        QStringLiteral("colls / tx_packets"),
        percent(f.total.collisionRatio),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "> 2 %: look closer (a saturated segment); ≥ 5 %: problem; 10 % is the most a segment bears"),
        f.total.collisions,
        {QStringLiteral("Collis"), QStringLiteral("Opkts")},
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Colls over Opkts from netstat -I, on a shared (half-duplex) Ethernet segment."),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView",
                          "The change of colls over the change of tx_packets; full-duplex links and virtual interfaces always count 0."));
    add("rule.combined",
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "All faults: (Colls + Ierrs + Oerrs) / (Ipkts + Opkts)"),
        QStringLiteral("(colls + rx_errors + tx_errors) / (rx_packets + tx_packets)"),
        percent(f.total.combinedErrorRatio),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "> 2 %: problem (check the Ethernet hardware)"),
        f.total.combinedErrors,
        {QStringLiteral("Collis"), QStringLiteral("Ierrs"), QStringLiteral("Oerrs"), QStringLiteral("Ipkts"), QStringLiteral("Opkts")},
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "The sum of collisions and errors over the sum of packets, from netstat -I."),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "The same sums from the changes in /proc/net/dev."));
    add("rule.retrans",
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "TCP retransmissions: RetransSegs / OutSegs"),
        QStringLiteral("Tcp.RetransSegs / Tcp.OutSegs"),
        percent(f.retransmissionRatio),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "> 1 %: look closer; > 5 %: problem (tcplab's rule of thumb, not the guide's)"),
        f.retransmissions,
        {QStringLiteral("tcpRetransSegs")},
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "The guide lists tcpRetransSegs among the counters to watch but gives no limit."),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "The change of Tcp.RetransSegs over the change of Tcp.OutSegs in /proc/net/snmp."));
    add("rule.listen",
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Listen queue drops"),
        QStringLiteral("TcpExt.ListenDrops"),
        number(f.listenDropsPerSecond, 2) + QLatin1String("/s"),
        QT_TRANSLATE_NOOP("tcplab::ChecklistView", "> 0: look closer (a queue too small, a slow server, or a SYN flood)"),
        f.listenDrops,
        {QStringLiteral("tcpListenDrop"), QStringLiteral("tcpListenDropQ0"), QStringLiteral("tcpHalfOpenDrop")},
        QT_TRANSLATE_NOOP(
            "tcplab::ChecklistView",
            "tcpListenDrop, tcpListenDropQ0 and tcpHalfOpenDrop from netstat -s; the fix was a larger tcp_conn_req_max_q or tcp_conn_req_max_q0."),
        QT_TRANSLATE_NOOP(
            "tcplab::ChecklistView",
            "The change of TcpExt.ListenDrops per second; TcpExt.ListenOverflows, TcpExt.TCPReqQFullDrop and TcpExt.TCPReqQFullDoCookies say which queue."));
    if (!input.haveFigures) {
        for (auto &row : rows)
            row.value = QStringLiteral("–");
    }
    return rows;
}

QString verdictText(const ChecklistRow &row)
{
    return verdictBoth(row).in(Localization::current());
}

QString checklistReportHtml(const ChecklistInput &input, const QString &hostName, const QString &takenAt)
{
    const BilingualText heading = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Network bottleneck checklist"));
    const BilingualText about = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Host %1, %2; figures over %3 s; link %4 Mbps."),
                                     {hostName, takenAt, QString::number(input.figures.seconds, 'f', 1), QString::number(input.linkMbps, 'f', 0)});
    QString html = QLatin1String(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>tcplab</title><style>"
        "body{font-family:sans-serif;margin:2em;}table{border-collapse:collapse;margin-bottom:2em;}"
        "td,th{border:1px solid #999;padding:4px 8px;vertical-align:top;text-align:left;}"
        "th{background:#eee;}.ok{color:#1b7f3b;font-weight:bold;}.look{color:#a86400;font-weight:bold;}"
        ".problem{color:#c0272d;font-weight:bold;}.none{color:#777;}code{font-size:90%;}</style></head><body>\n");
    html += QLatin1String("<h1>") % escaped(heading.ja) % QLatin1String(" / ") % escaped(heading.en) % QLatin1String("</h1>\n<p>") % escaped(about.ja)
        % QLatin1String("<br>") % escaped(about.en) % QLatin1String("</p>\n");
    const auto table = [&](const char *titleSource, const QList<ChecklistRow> &rows) {
        const BilingualText title = text(titleSource);
        const BilingualText colItem = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Checkpoint"));
        const BilingualText colCounters = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Linux counters"));
        const BilingualText colValue = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Value"));
        const BilingualText colThreshold = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Threshold"));
        const BilingualText colVerdict = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Verdict"));
        const BilingualText colDocument = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "The guide's method"));
        const BilingualText colLinux = text(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "The Linux method"));
        const auto both = [](const BilingualText &t) -> QString {
            return escaped(t.ja) % QLatin1String("<br>") % escaped(t.en);
        };
        html += QLatin1String("<h2>") % escaped(title.ja) % QLatin1String(" / ") % escaped(title.en) % QLatin1String("</h2>\n<table><tr><th>")
            % escaped(colItem.ja) % QLatin1String("</th><th>") % escaped(colItem.en) % QLatin1String("</th><th>") % both(colCounters)
            % QLatin1String("</th><th>") % both(colValue) % QLatin1String("</th><th>") % both(colThreshold) % QLatin1String("</th><th>") % both(colVerdict)
            % QLatin1String("</th><th>") % both(colDocument) % QLatin1String("</th><th>") % both(colLinux) % QLatin1String("</th></tr>\n");
        for (const ChecklistRow &row : rows) {
            const char *cls = !row.hasRule                      ? "none"
                : row.verdict == checklist::Verdict::Ok         ? "ok"
                : row.verdict == checklist::Verdict::LookCloser ? "look"
                : row.verdict == checklist::Verdict::Problem    ? "problem"
                                                                : "none";
            html += QLatin1String("<tr id=\"") % row.id % QLatin1String("\"><td>") % escaped(row.title.ja) % QLatin1String("</td><td>") % escaped(row.title.en)
                % QLatin1String("</td><td><code>") % escaped(row.counters) % QLatin1String("</code></td><td>") % escaped(row.value) % QLatin1String("</td><td>")
                % both(row.threshold) % QLatin1String("</td><td class=\"") % QLatin1String(cls) % QLatin1String("\">") % both(verdictBoth(row))
                % QLatin1String("</td><td>") % both(row.documentMethod) % QLatin1String("</td><td>") % both(row.linuxMethod) % QLatin1String("</td></tr>\n");
        }
        html += QLatin1String("</table>\n");
    };
    table(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Table 1: the five checkpoints"), checkpointRows(input));
    table(QT_TRANSLATE_NOOP("tcplab::ChecklistView", "Table 5: error rules"), ruleRows(input));
    html += QLatin1String("</body></html>\n");
    return html;
}

ChecklistView::ChecklistView(MonitorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_windowLabel = new QLabel(this);
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("windowSeconds"));
    m_window->setRange(1, 600);
    m_window->setValue(5);
    m_windowLabel->setBuddy(m_window);
    m_linkLabel = new QLabel(this);
    m_link = new QDoubleSpinBox(this);
    m_link->setObjectName(QStringLiteral("linkMbps"));
    m_link->setRange(1, 400000);
    m_link->setDecimals(0);
    m_link->setValue(1000);
    m_linkLabel->setBuddy(m_link);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportReport"));

    const auto makeTable = [this](const char *name) {
        auto *table = new QTableWidget(0, 6, this);
        table->setObjectName(QLatin1String(name));
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setWordWrap(true);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        connect(table, &QTableWidget::itemSelectionChanged, this, [this, table] {
            if (!table->selectedItems().isEmpty()) {
                QTableWidget *other = table == m_checkpoints ? m_rules : m_checkpoints;
                const QSignalBlocker block(other);
                other->clearSelection();
            }
            showDetail();
        });
        return table;
    };
    m_checkpointTitle = new QLabel(this);
    m_checkpoints = makeTable("checkpoints");
    m_ruleTitle = new QLabel(this);
    m_rules = makeTable("rules");
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("detail"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_windowLabel);
    controls->addWidget(m_window);
    controls->addSpacing(12);
    controls->addWidget(m_linkLabel);
    controls->addWidget(m_link);
    controls->addStretch(1);
    controls->addWidget(m_export);

    auto *tables = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_checkpointTitle);
    tablesLayout->addWidget(m_checkpoints, 3);
    tablesLayout->addWidget(m_ruleTitle);
    tablesLayout->addWidget(m_rules, 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tables);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_window, &QSpinBox::valueChanged, this, &ChecklistView::recompute);
    connect(m_link, &QDoubleSpinBox::valueChanged, this, [this] {
        m_input.linkMbps = m_link->value();
        refresh();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportReport();
    });
    if (m_session)
        connect(m_session, &MonitorSession::sampled, this, &ChecklistView::onSampled);
    retranslate();
    refresh();
}

void ChecklistView::setWindowSeconds(int seconds)
{
    m_window->setValue(seconds);
}

int ChecklistView::windowSeconds() const
{
    return m_window->value();
}

void ChecklistView::setLinkMbps(double mbps)
{
    m_link->setValue(mbps);
}

double ChecklistView::linkMbps() const
{
    return m_link->value();
}

void ChecklistView::setSnapshots(const CounterSnapshot &before, const CounterSnapshot &after)
{
    m_fixed = std::make_pair(before, after);
    recompute();
}

void ChecklistView::onSampled()
{
    if (m_fixed || !m_session)
        return;
    m_history.append(m_session->lastSnapshot());
    // Keep just enough to reach back the longest window the spin box allows.
    const qint64 keepNs = qint64(m_window->maximum() + 5) * 1000000000LL;
    while (m_history.size() > 2 && m_history.last().monotonicNs - m_history.first().monotonicNs > keepNs)
        m_history.removeFirst();
    recompute();
}

void ChecklistView::recompute()
{
    m_input.linkMbps = m_link->value();
    const CounterSnapshot *before = nullptr;
    const CounterSnapshot *after = nullptr;
    if (m_fixed) {
        before = &m_fixed->first;
        after = &m_fixed->second;
    } else if (m_history.size() >= 2) {
        after = &m_history.last();
        // The newest snapshot at least N seconds older than the last, else the oldest we have.
        const qint64 wantNs = after->monotonicNs - qint64(m_window->value()) * 1000000000LL;
        before = &m_history.first();
        for (const CounterSnapshot &s : m_history) {
            if (s.monotonicNs > wantNs)
                break;
            before = &s;
        }
    }
    m_input.haveFigures = before && after && before != after;
    if (m_input.haveFigures) {
        m_input.figures = checklist::compute(*before, *after);
        if (after->sockstat.contains(QStringLiteral("TCP.inuse")))
            m_input.connections = after->sockstat.value(QStringLiteral("TCP.inuse")) + after->sockstat.value(QStringLiteral("TCP6.inuse"));
        else
            m_input.connections.reset();
    } else {
        m_input.figures = checklist::HostFigures();
        m_input.connections.reset();
    }
    refresh();
}

void ChecklistView::refresh()
{
    m_checkpointRows = checkpointRows(m_input);
    m_ruleRows = ruleRows(m_input);
    fillTable(m_checkpoints, m_checkpointRows);
    fillTable(m_rules, m_ruleRows);
    if (!m_input.haveFigures)
        m_status->setText(tr("Waiting for two samples of the counters…"));
    else
        m_status->setText(tr("Figures over the last %1 s.").arg(m_input.figures.seconds, 0, 'f', 1));
    showDetail();
    Q_EMIT updated();
}

void ChecklistView::fillTable(QTableWidget *table, const QList<ChecklistRow> &rows)
{
    const QString language = Localization::current();
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ChecklistRow &row = rows.at(r);
        const QStringList cells = {row.title.ja, row.title.en, row.counters, row.value, row.threshold.in(language), verdictText(row)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(r, c, item);
            }
            item->setText(cells.at(c));
            item->setData(Qt::UserRole, row.id);
        }
        auto *verdict = table->item(r, 5);
        verdict->setForeground(verdictColour(row, palette()));
        QFont bold = font();
        bold.setBold(row.hasRule);
        verdict->setFont(bold);
    }
}

void ChecklistView::showDetail()
{
    const QList<ChecklistRow> *rows = &m_checkpointRows;
    QTableWidget *table = m_checkpoints;
    if (!m_rules->selectedItems().isEmpty()) {
        rows = &m_ruleRows;
        table = m_rules;
    }
    const int r = table->currentRow();
    if (table->selectedItems().isEmpty() || r < 0 || r >= rows->size()) {
        m_detail->setHtml(QLatin1String("<p>") % tr("Select a row to see how its figure is computed.").toHtmlEscaped() % QLatin1String("</p>"));
        return;
    }
    const ChecklistRow &row = rows->at(r);
    const bool japanese = Localization::current() == QLatin1String("ja");
    const QString html = QLatin1String("<h3>") % escaped(row.title.ja) % QLatin1String(" / ") % escaped(row.title.en)
        % QLatin1String("</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr><th width=\"50%\">")
        % escaped(tr("The guide (Solaris netstat)")) % QLatin1String("</th><th>") % escaped(tr("Linux today")) % QLatin1String("</th></tr><tr><td>")
        % escaped(row.documentMethod.ja) % QLatin1String("<br><i>") % escaped(row.documentMethod.en) % QLatin1String("</i></td><td>")
        % escaped(row.linuxMethod.ja) % QLatin1String("<br><i>") % escaped(row.linuxMethod.en) % QLatin1String("</i></td></tr></table><p><b>")
        % escaped(tr("Counters, then and now"))
        % QLatin1String("</b></p><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>Solaris</th><th>Linux</th><th>") % escaped(tr("Note"))
        % QLatin1String("</th></tr>") % mappingHtml(row.solaris, japanese) % QLatin1String("</table>");
    m_detail->setHtml(html);
}

QString ChecklistView::reportHtml() const
{
    return checklistReportHtml(m_input, QSysInfo::machineHostName(), QDateTime::currentDateTime().toString(Qt::ISODate));
}

bool ChecklistView::exportReport(const QString &fileName)
{
    QString path = fileName;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export the checklist"), QStringLiteral("checklist.html"), tr("HTML files (*.html)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(reportHtml().toUtf8());
    return true;
}

void ChecklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

void ChecklistView::retranslate()
{
    m_title->setText(tr("The network bottleneck checklist of a 2004 performance guide, read from this host's Linux counters."));
    m_windowLabel->setText(tr("Compare with the sample from"));
    m_window->setSuffix(tr(" s ago"));
    m_linkLabel->setText(tr("Link speed:"));
    m_link->setSuffix(tr(" Mbps"));
    m_export->setText(tr("Export report…"));
    m_checkpointTitle->setText(tr("Table 1: the five checkpoints"));
    m_ruleTitle->setText(tr("Table 5: error rules"));
    const QStringList headers = {tr("Checkpoint (Japanese)"), tr("Checkpoint (English)"), tr("Linux counters"), tr("Value"), tr("Threshold"), tr("Verdict")};
    m_checkpoints->setHorizontalHeaderLabels(headers);
    QStringList ruleHeaders = headers;
    ruleHeaders[0] = tr("Rule (Japanese)");
    ruleHeaders[1] = tr("Rule (English)");
    m_rules->setHorizontalHeaderLabels(ruleHeaders);
    for (QTableWidget *t : {m_checkpoints, m_rules}) {
        t->setColumnWidth(0, 200);
        t->setColumnWidth(1, 220);
        t->setColumnWidth(2, 200);
        t->setColumnWidth(3, 220);
        t->setColumnWidth(4, 240);
    }
}

} // namespace tcplab
