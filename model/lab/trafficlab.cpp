// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlab.h"

#include "procfs/tcpstate.h"
#include "sandbox/sandboxprocess.h"
#include "sockets/socketcensus.h"
#include "sources/localcountersource.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>

#include <cmath>
#include <csignal>

namespace tcplab::lab {

namespace {

constexpr quint16 kTrafficPort = 5001;
constexpr int kTickMs = 250;
constexpr int kStartTimeoutMs = 15000;
constexpr int kPhaseGraceMs = 15000;
constexpr int kStopTimeoutMs = 5000;

QString defaultBinDirectory()
{
    return QCoreApplication::applicationDirPath();
}

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
    return { QStringLiteral("put"), QStringLiteral("get"), QStringLiteral("put-then-get"), QStringLiteral("rr"),
             QStringLiteral("churn"), QStringLiteral("congested") };
}

const char *TrafficSpec::patternDescription(const QString &pattern)
{
    if (pattern == QLatin1String("put"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec", "bulk transfer from the client host to the server host "
                                                             "(an ftp put)");
    if (pattern == QLatin1String("get"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec", "bulk transfer from the server host to the client host "
                                                             "(an ftp get)");
    if (pattern == QLatin1String("put-then-get"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec", "a put, then a get: the two phases of the 2004 "
                                                             "checklist's scenario 3");
    if (pattern == QLatin1String("rr"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec", "request and response: the same number of bytes each "
                                                             "way, over several connections at once");
    if (pattern == QLatin1String("churn"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec", "many short connections; the client closes first, so "
                                                             "TIME_WAIT builds up on the client host");
    if (pattern == QLatin1String("congested"))
        return QT_TRANSLATE_NOOP("tcplab::lab::TrafficSpec", "a put over a link whose queue holds only a few frames: "
                                                             "drops and retransmissions");
    return nullptr;
}

QStringList TrafficSpec::rates()
{
    return { QStringLiteral("10mbit"), QStringLiteral("100mbit"), QStringLiteral("1gbit"), QStringLiteral("unlimited") };
}

QStringList TrafficSpec::phases() const
{
    if (pattern == QLatin1String("put-then-get"))
        return { QStringLiteral("put"), QStringLiteral("get") };
    if (pattern == QLatin1String("congested"))
        return { QStringLiteral("put") };
    return { pattern };
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
    QStringList args { QStringLiteral("--two-hosts"), QStringLiteral("--rate"), rate, QStringLiteral("--mtu"),
                       QString::number(mtu) };
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
    return { { QStringLiteral("pattern"), pattern },       { QStringLiteral("rate"), rate },
             { QStringLiteral("rate_bits"), rateBits() },  { QStringLiteral("mtu"), mtu },
             { QStringLiteral("queue_bytes"), effectiveQueueBytes() },
             { QStringLiteral("duration_s"), durationS }, { QStringLiteral("size"), size },
             { QStringLiteral("concurrency"), concurrency } };
}

// ---- TrafficResult

QStringList TrafficResult::tcpCounters()
{
    return { QStringLiteral("Tcp.InSegs"),          QStringLiteral("Tcp.OutSegs"),
             QStringLiteral("Tcp.RetransSegs"),     QStringLiteral("Tcp.ActiveOpens"),
             QStringLiteral("Tcp.PassiveOpens"),    QStringLiteral("TcpExt.TCPTimeouts"),
             QStringLiteral("TcpExt.TCPLossProbes"), QStringLiteral("TcpExt.TCPFastRetrans"),
             QStringLiteral("TcpExt.DelayedACKs"),  QStringLiteral("TcpExt.TCPSlowStartRetrans"),
             QStringLiteral("TcpExt.TW"),           QStringLiteral("TcpExt.TCPBacklogDrop") };
}

QJsonObject TrafficHost::toJson() const
{
    const auto &t = figures.total;
    QJsonObject cpuShares;
    for (auto it = cpu.cbegin(); it != cpu.cend(); ++it)
        cpuShares.insert(it.key(), std::round(it.value() * 10000) / 10000);
    return {
        { QStringLiteral("interface"), interfaceName },
        { QStringLiteral("seconds"), std::round(figures.seconds * 1000) / 1000 },
        { QStringLiteral("packets_in"), qint64(link.rxPackets) },
        { QStringLiteral("packets_out"), qint64(link.txPackets) },
        { QStringLiteral("bytes_in"), qint64(link.rxBytes) },
        { QStringLiteral("bytes_out"), qint64(link.txBytes) },
        { QStringLiteral("packets_per_s_in"), optionalNumber(t.inPacketsPerSecond) },
        { QStringLiteral("packets_per_s_out"), optionalNumber(t.outPacketsPerSecond) },
        { QStringLiteral("bytes_per_packet_in"), optionalNumber(t.inBytesPerPacket) },
        { QStringLiteral("bytes_per_packet_out"), optionalNumber(t.outBytesPerPacket) },
        // The interface's own byte counts (Ethernet header included) in Mbps, then the figure on
        // the wire (+24 bytes a frame) and the 2004 guide's method (+66 bytes a packet).
        { QStringLiteral("mbps_in"),
          figures.seconds > 0 ? QJsonValue(std::round(double(link.rxBytes) * 8 / figures.seconds / 1e3) / 1e3)
                              : QJsonValue() },
        { QStringLiteral("mbps_out"),
          figures.seconds > 0 ? QJsonValue(std::round(double(link.txBytes) * 8 / figures.seconds / 1e3) / 1e3)
                              : QJsonValue() },
        { QStringLiteral("mbps_wire_in"), optionalNumber(t.inMbpsWire) },
        { QStringLiteral("mbps_wire_out"), optionalNumber(t.outMbpsWire) },
        { QStringLiteral("mbps_document_in"), optionalNumber(figures.inMbpsDocument) },
        { QStringLiteral("mbps_document_out"), optionalNumber(figures.outMbpsDocument) },
        { QStringLiteral("throughput_in_verdict"), checklist::verdictName(inThroughput) },
        { QStringLiteral("throughput_out_verdict"), checklist::verdictName(outThroughput) },
        { QStringLiteral("retransmission_ratio"), optionalNumber(figures.retransmissionRatio) },
        { QStringLiteral("retransmission_verdict"), checklist::verdictName(figures.retransmissions) },
        { QStringLiteral("in_error_ratio"), optionalNumber(t.inErrorRatio) },
        { QStringLiteral("out_error_ratio"), optionalNumber(t.outErrorRatio) },
        { QStringLiteral("in_errors_verdict"), checklist::verdictName(t.inErrors) },
        { QStringLiteral("out_errors_verdict"), checklist::verdictName(t.outErrors) },
        { QStringLiteral("cpu"), cpuShares },
        { QStringLiteral("counters_delta"), numberMap(tcp) },
        { QStringLiteral("states"), numberMap(states) },
    };
}

QJsonObject TrafficResult::toJson() const
{
    QJsonArray phaseList;
    for (const TrafficPhase &p : phases) {
        phaseList.append(QJsonObject {
            { QStringLiteral("phase"), p.name },
            { QStringLiteral("seconds"), std::round(p.seconds * 1000) / 1000 },
            { QStringLiteral("load"), p.load },
            { QStringLiteral("hosts"), QJsonObject { { QStringLiteral("server"), p.server.toJson() },
                                                     { QStringLiteral("client"), p.client.toJson() } } },
        });
    }
    return {
        { QStringLiteral("spec"), spec.toJson() },
        { QStringLiteral("kernel"), kernelRelease },
        { QStringLiteral("server_address"), serverAddress },
        { QStringLiteral("client_address"), clientAddress },
        // Both hosts share this machine's CPUs: the CPU split is the machine's.
        { QStringLiteral("cpu_scope"), QStringLiteral("machine") },
        { QStringLiteral("phases"), phaseList },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
    };
}

QString TrafficResult::toText() const
{
    QString out;
    out += tr("Traffic lab: %1 over a %2 link, MTU %3, %4 s a phase (kernel %5)")
               .arg(spec.pattern, spec.rate)
               .arg(spec.mtu)
               .arg(spec.durationS)
               .arg(kernelRelease)
        + QLatin1Char('\n');
    if (const char *description = TrafficSpec::patternDescription(spec.pattern))
        out += QCoreApplication::translate("tcplab::lab::TrafficSpec", description) + QLatin1Char('\n');
    out += tr("server host %1, client host %2; the CPU split is this machine's (both hosts share it)")
               .arg(serverAddress, clientAddress)
        + QLatin1String("\n");
    const auto mbps = [](const TrafficHost &h, bool in) {
        if (h.figures.seconds <= 0)
            return QStringLiteral("-");
        return QString::number(double(in ? h.link.rxBytes : h.link.txBytes) * 8 / h.figures.seconds / 1e6, 'f', 1);
    };
    for (const TrafficPhase &p : phases) {
        out += QLatin1Char('\n') + tr("phase %1 (%2 s)").arg(p.name).arg(p.seconds, 0, 'f', 1) + QLatin1Char('\n');
        out += QStringLiteral("%1 %2 %3\n")
                   .arg(QString(), -34)
                   .arg(tr("server host"), 16)
                   .arg(tr("client host"), 16);
        const auto row = [&out](const QString &name, const QString &server, const QString &client) {
            out += QStringLiteral("  %1 %2 %3\n").arg(name, -32).arg(server, 16).arg(client, 16);
        };
        const auto &s = p.server;
        const auto &c = p.client;
        row(tr("packets/s in"), number(s.figures.total.inPacketsPerSecond, 0), number(c.figures.total.inPacketsPerSecond, 0));
        row(tr("packets/s out"), number(s.figures.total.outPacketsPerSecond, 0),
            number(c.figures.total.outPacketsPerSecond, 0));
        row(tr("bytes/packet in"), number(s.figures.total.inBytesPerPacket, 0), number(c.figures.total.inBytesPerPacket, 0));
        row(tr("bytes/packet out"), number(s.figures.total.outBytesPerPacket, 0),
            number(c.figures.total.outBytesPerPacket, 0));
        row(tr("Mbps in"), mbps(s, true), mbps(c, true));
        row(tr("Mbps out"), mbps(s, false), mbps(c, false));
        row(tr("Mbps in on the wire"), number(s.figures.total.inMbpsWire, 1), number(c.figures.total.inMbpsWire, 1));
        row(tr("Mbps out on the wire"), number(s.figures.total.outMbpsWire, 1), number(c.figures.total.outMbpsWire, 1));
        row(tr("throughput in, verdict"), checklist::verdictName(s.inThroughput), checklist::verdictName(c.inThroughput));
        row(tr("throughput out, verdict"), checklist::verdictName(s.outThroughput),
            checklist::verdictName(c.outThroughput));
        const auto percent = [](const std::optional<double> &v) {
            return v ? QString::number(*v * 100, 'f', 2) + QLatin1Char('%') : QStringLiteral("-");
        };
        row(tr("retransmitted"), percent(s.figures.retransmissionRatio), percent(c.figures.retransmissionRatio));
        row(tr("retransmissions, verdict"), checklist::verdictName(s.figures.retransmissions),
            checklist::verdictName(c.figures.retransmissions));
        // The guide's error rules (Table 5): input errors against packets in, output errors out.
        row(tr("input errors, verdict"),
            percent(s.figures.total.inErrorRatio) + QLatin1Char(' ') + checklist::verdictName(s.figures.total.inErrors),
            percent(c.figures.total.inErrorRatio) + QLatin1Char(' ') + checklist::verdictName(c.figures.total.inErrors));
        row(tr("output errors, verdict"),
            percent(s.figures.total.outErrorRatio) + QLatin1Char(' ') + checklist::verdictName(s.figures.total.outErrors),
            percent(c.figures.total.outErrorRatio) + QLatin1Char(' ') + checklist::verdictName(c.figures.total.outErrors));
        for (const char *share : { "user", "system", "softirq", "idle" }) {
            const QString key = QLatin1String(share);
            row(tr("CPU %1").arg(key), QString::number(s.cpu.value(key) * 100, 'f', 1) + QLatin1Char('%'),
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

// ---- TrafficRunner

TrafficRunner::TrafficRunner(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_stopping)
            finish();
        else
            fail(tr("the traffic run did not finish in time"));
    });
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_phase < 0 || m_phase >= m_phases.size())
            return;
        const double inPhase = double(monotonicNowNs() - m_phaseStartNs) / 1e9;
        const double total = m_spec.durationS * m_phases.size();
        Q_EMIT progress(qMin(total, m_phase * m_spec.durationS + inPhase), total,
                        tr("%1: %2 of %3 s").arg(m_phases.at(m_phase)).arg(qMin(inPhase, m_spec.durationS), 0, 'f', 0).arg(m_spec.durationS));
    });
}

TrafficRunner::~TrafficRunner()
{
    cleanUp();
}

qint64 TrafficRunner::serverPid() const
{
    return m_sandbox ? m_sandbox->pid() : 0;
}

qint64 TrafficRunner::clientPid() const
{
    return m_sandbox ? m_sandbox->clientPid() : 0;
}

bool TrafficRunner::start(const TrafficSpec &spec)
{
    if (m_running) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(tr("a traffic run is already going")); });
        return false;
    }
    QStringList problems = spec.validate();
    const QDir bin(m_binDirectory.isEmpty() ? defaultBinDirectory() : m_binDirectory);
    for (const char *program : { "tcplab-agent", "tcplab-sandbox" }) {
        if (!QFileInfo(bin.filePath(QLatin1String(program))).isExecutable())
            problems << tr("%1 was not found next to tcplab (in %2)").arg(QLatin1String(program), bin.absolutePath());
    }
    if (!problems.isEmpty()) {
        const QString message = problems.join(QLatin1String("; "));
        QTimer::singleShot(0, this, [this, message] { Q_EMIT failed(message); });
        return false;
    }
    m_spec = spec;
    m_phases = spec.phases();
    m_phase = -1;
    m_result = TrafficResult();
    m_result.spec = spec;
    m_running = true;
    m_stopping = false;
    m_sandbox = new sandbox::SandboxProcess(this);
    connect(m_sandbox, &sandbox::SandboxProcess::ready, this, &TrafficRunner::onReady);
    connect(m_sandbox, &sandbox::SandboxProcess::programLine, this, &TrafficRunner::onLine);
    connect(m_sandbox, &sandbox::SandboxProcess::programExited, this, &TrafficRunner::onExited);
    connect(m_sandbox, &sandbox::SandboxProcess::failed, this, [this](const QString &message) {
        if (!m_stopping)
            fail(tr("the two-host sandbox failed: %1").arg(message));
    });
    connect(m_sandbox, &sandbox::SandboxProcess::finished, this, [this] {
        if (m_stopping)
            finish();
        else
            fail(tr("the two-host sandbox ended unexpectedly"));
    });
    m_deadline.start(kStartTimeoutMs);
    Q_EMIT progress(0, m_spec.durationS * m_phases.size(), tr("Creating the two hosts and the link"));
    if (!m_sandbox->start(bin.filePath(QStringLiteral("tcplab-sandbox")), spec.sandboxArguments()))
        return true; // failed() follows
    return true;
}

void TrafficRunner::stop()
{
    if (m_running)
        fail(tr("the traffic run was stopped"));
}

void TrafficRunner::onReady(const QJsonObject &line)
{
    const QJsonObject hosts = line.value(QStringLiteral("two_hosts")).toObject();
    m_result.kernelRelease = line.value(QStringLiteral("kernel")).toString();
    m_result.serverAddress = hosts.value(QStringLiteral("server_address")).toString();
    m_result.clientAddress = hosts.value(QStringLiteral("client_address")).toString();
    m_serverInterface = hosts.value(QStringLiteral("server_interface")).toString();
    m_clientInterface = hosts.value(QStringLiteral("client_interface")).toString();
    const QList<int> sockets = m_sandbox->takeCensusSockets();
    if (sockets.size() != 2 || m_sandbox->clientPid() <= 0) {
        for (int fd : sockets)
            ::close(fd);
        fail(tr("tcplab-sandbox did not make the client host"));
        return;
    }
    m_serverCensus = std::make_unique<sockets::SocketCensus>();
    m_clientCensus = std::make_unique<sockets::SocketCensus>();
    QString error = m_serverCensus->adopt(sockets[0]);
    if (error.isEmpty())
        error = m_clientCensus->adopt(sockets[1]);
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_serverCounters = std::make_unique<LocalCounterSource>(QStringLiteral("/proc/%1/net").arg(m_sandbox->pid()));
    m_clientCounters = std::make_unique<LocalCounterSource>(QStringLiteral("/proc/%1/net").arg(m_sandbox->clientPid()));
    Q_EMIT hostsReady(m_sandbox->pid(), m_sandbox->clientPid());
    const QString agent = QDir(m_binDirectory.isEmpty() ? defaultBinDirectory() : m_binDirectory)
                              .filePath(QStringLiteral("tcplab-agent"));
    m_sandbox->spawn(QStringLiteral("server"), { agent, QStringLiteral("traffic-serve"), QStringLiteral("--host"),
                                                 m_result.serverAddress, QStringLiteral("--port"),
                                                 QString::number(kTrafficPort) });
}

void TrafficRunner::onLine(const QString &id, const QJsonObject &line)
{
    const QString event = line.value(QStringLiteral("event")).toString();
    if (id == QLatin1String("server") && event == QLatin1String("listening")) {
        m_port = quint16(line.value(QStringLiteral("port")).toInt());
        startPhase();
    } else if (event == QLatin1String("summary")) {
        m_clientSummary = line;
    } else if (event == QLatin1String("error")) {
        fail(tr("%1 failed: %2").arg(id, line.value(QStringLiteral("message")).toString()));
    }
}

void TrafficRunner::onExited(const QString &id, const QString &how)
{
    if (!m_running || m_stopping)
        return;
    if (id == QLatin1String("server")) {
        fail(tr("the traffic server ended unexpectedly (%1)").arg(how));
        return;
    }
    if (m_phase >= 0 && id == QStringLiteral("load-%1").arg(m_phase))
        endPhase();
}

void TrafficRunner::startPhase()
{
    ++m_phase;
    if (m_phase >= m_phases.size()) {
        // All phases measured: the sandbox ends its programs and exits.
        m_stopping = true;
        m_tick.stop();
        Q_EMIT hostsClosing();
        m_deadline.start(kStopTimeoutMs);
        m_sandbox->exitGracefully();
        return;
    }
    const QString phase = m_phases.at(m_phase);
    Q_EMIT phaseStarted(phase, m_phase, int(m_phases.size()));
    m_clientSummary = QJsonObject();
    m_serverBefore = m_serverCounters->read();
    m_clientBefore = m_clientCounters->read();
    m_phaseStartNs = monotonicNowNs();
    const QString agent = QDir(m_binDirectory.isEmpty() ? defaultBinDirectory() : m_binDirectory)
                              .filePath(QStringLiteral("tcplab-agent"));
    m_sandbox->spawn(QStringLiteral("load-%1").arg(m_phase),
                     { agent, QStringLiteral("traffic"), QStringLiteral("--host"), m_result.serverAddress,
                       QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--pattern"), phase,
                       QStringLiteral("--duration"), QString::number(m_spec.durationS), QStringLiteral("--size"),
                       QString::number(m_spec.size), QStringLiteral("--concurrency"), QString::number(m_spec.concurrency) },
                     true);
    m_deadline.start(int(m_spec.durationS * 1000) + kPhaseGraceMs);
    m_tick.start(kTickMs);
}

TrafficHost TrafficRunner::measure(const QString &host, const CounterSnapshot &before, const CounterSnapshot &after,
                                   sockets::SocketCensus *census, const QString &interfaceName) const
{
    TrafficHost h;
    h.host = host;
    h.interfaceName = interfaceName;
    // Only the link's interface: loopback traffic inside a host (none here) is not the link's.
    CounterSnapshot b = before;
    CounterSnapshot a = after;
    const auto keepLink = [&interfaceName](QList<procfs::InterfaceCounters> *list) {
        list->removeIf([&interfaceName](const procfs::InterfaceCounters &i) { return i.name != interfaceName; });
    };
    keepLink(&b.interfaces);
    keepLink(&a.interfaces);
    h.figures = checklist::compute(b, a);
    if (!a.interfaces.isEmpty() && !b.interfaces.isEmpty()) {
        const auto &x = b.interfaces.first();
        const auto &y = a.interfaces.first();
        h.link.name = interfaceName;
        h.link.rxPackets = y.rxPackets - x.rxPackets;
        h.link.txPackets = y.txPackets - x.txPackets;
        h.link.rxBytes = y.rxBytes - x.rxBytes;
        h.link.txBytes = y.txBytes - x.txBytes;
        h.link.rxErrors = y.rxErrors - x.rxErrors;
        h.link.txErrors = y.txErrors - x.txErrors;
        h.link.rxDropped = y.rxDropped - x.rxDropped;
        h.link.txDropped = y.txDropped - x.txDropped;
    }
    const double linkMbps = double(m_spec.rateBits()) / 1e6;
    if (linkMbps > 0 && h.figures.seconds > 0) {
        h.inThroughput = checklist::throughputVerdict(double(h.link.rxBytes) * 8 / h.figures.seconds / 1e6, linkMbps,
                                                      checklist::LinkKind::FullDuplex);
        h.outThroughput = checklist::throughputVerdict(double(h.link.txBytes) * 8 / h.figures.seconds / 1e6, linkMbps,
                                                       checklist::LinkKind::FullDuplex);
    }
    const auto &c0 = before.cpu.total;
    const auto &c1 = after.cpu.total;
    const double total = double(c1.total()) - double(c0.total());
    if (total > 0) {
        h.cpu.insert(QStringLiteral("user"), (double(c1.user + c1.nice) - double(c0.user + c0.nice)) / total);
        h.cpu.insert(QStringLiteral("system"), (double(c1.system) - double(c0.system)) / total);
        h.cpu.insert(QStringLiteral("softirq"), (double(c1.softirq) - double(c0.softirq)) / total);
        h.cpu.insert(QStringLiteral("irq"), (double(c1.irq) - double(c0.irq)) / total);
        h.cpu.insert(QStringLiteral("iowait"), (double(c1.iowait) - double(c0.iowait)) / total);
        h.cpu.insert(QStringLiteral("idle"), (double(c1.idle) - double(c0.idle)) / total);
    }
    for (const QString &counter : TrafficResult::tcpCounters()) {
        if (after.netstat.contains(counter))
            h.tcp.insert(counter, after.netstat.value(counter) - before.netstat.value(counter));
    }
    sockets::Census now;
    if (census->takeInto({ sockets::CensusDetail::Counts, {}, true, true }, &now)) {
        for (int n = 1; n <= procfs::TcpStateMax; ++n) {
            if (now.counts.counts[size_t(n)] != 0)
                h.states.insert(procfs::tcpStateName(procfs::TcpState(n)), now.counts.counts[size_t(n)]);
        }
    }
    return h;
}

void TrafficRunner::endPhase()
{
    m_tick.stop();
    const CounterSnapshot serverAfter = m_serverCounters->read();
    const CounterSnapshot clientAfter = m_clientCounters->read();
    TrafficPhase phase;
    phase.name = m_phases.at(m_phase);
    phase.seconds = double(serverAfter.monotonicNs - m_serverBefore.monotonicNs) / 1e9;
    phase.load = m_clientSummary;
    phase.server = measure(QStringLiteral("server"), m_serverBefore, serverAfter, m_serverCensus.get(), m_serverInterface);
    phase.client = measure(QStringLiteral("client"), m_clientBefore, clientAfter, m_clientCensus.get(), m_clientInterface);
    m_result.phases.append(phase);
    if (m_clientSummary.isEmpty())
        m_result.warnings << tr("the load of phase %1 reported no summary").arg(phase.name);
    else if (m_clientSummary.value(QStringLiteral("connections")).toInt() == 0)
        m_result.warnings << tr("the load of phase %1 made no connection").arg(phase.name);
    startPhase();
}

void TrafficRunner::finish()
{
    if (!m_running)
        return;
    TrafficResult result = m_result;
    cleanUp();
    Q_EMIT finished(result);
}

void TrafficRunner::fail(const QString &message)
{
    if (!m_running)
        return;
    if (m_sandbox && m_sandbox->clientPid() > 0)
        Q_EMIT hostsClosing();
    cleanUp();
    Q_EMIT failed(message);
}

void TrafficRunner::cleanUp()
{
    m_running = false;
    m_deadline.stop();
    m_tick.stop();
    if (m_sandbox) {
        m_sandbox->disconnect(this);
        m_sandbox->kill();
        m_sandbox->deleteLater();
        m_sandbox = nullptr;
    }
    m_serverCensus.reset();
    m_clientCensus.reset();
    m_serverCounters.reset();
    m_clientCounters.reset();
}

} // namespace tcplab::lab
