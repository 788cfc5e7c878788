// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentspec.h"

namespace tcplab::lab
{

namespace
{

using namespace limits;

struct PresetTitle {
    const char *name;
    const char *title;
};

const PresetTitle kPresetTitles[] = {
    {"seed-backlog-10", QT_TRANSLATE_NOOP("tcplab::lab::Presets", "Backlog 10, 100 clients, nobody accepts")},
    {"seed-backlog-100", QT_TRANSLATE_NOOP("tcplab::lab::Presets", "Backlog 100, 100 clients, nobody accepts")},
    {"seed-somaxconn-cap", QT_TRANSLATE_NOOP("tcplab::lab::Presets", "Backlog 200, 200 clients, somaxconn 128")},
    {"abort-on-overflow", QT_TRANSLATE_NOOP("tcplab::lab::Presets", "Accept queue overflow at the final ACK, abort-on-overflow on")},
    {"slow-accept", QT_TRANSLATE_NOOP("tcplab::lab::Presets", "A slow server under a burst of clients")},
    {"syn-flood-10", QT_TRANSLATE_NOOP("tcplab::lab::Presets", "Backlog 10, 30 half-open clients, then 5 clients, SYN cookies on")},
};

} // namespace

QString acceptModeName(AcceptMode mode)
{
    switch (mode) {
    case AcceptMode::Never:
        return QStringLiteral("never");
    case AcceptMode::Delay:
        return QStringLiteral("delay");
    case AcceptMode::Immediate:
        break;
    }
    return QStringLiteral("immediate");
}

std::optional<AcceptMode> acceptModeFromName(const QString &name)
{
    if (name == QLatin1String("never"))
        return AcceptMode::Never;
    if (name == QLatin1String("delay"))
        return AcceptMode::Delay;
    if (name == QLatin1String("immediate"))
        return AcceptMode::Immediate;
    return std::nullopt;
}

QStringList ExperimentSpec::validate() const
{
    QStringList problems;
    auto range = [&](int value, int low, int high, const QString &what) {
        if (value < low || value > high)
            problems << tr("%1 must be between %2 and %3 (it is %4)").arg(what).arg(low).arg(high).arg(value);
    };
    auto optionalRange = [&](int value, int low, int high, const QString &what) {
        if (value != -1)
            range(value, low, high, what);
    };
    range(backlog, 0, kMaxBacklog, tr("The backlog"));
    range(clients, 1, kMaxClients, tr("The number of clients"));
    range(clientTimeoutS, 1, kMaxClientTimeoutS, tr("The client timeout (seconds)"));
    range(observeS, 1, kMaxObserveS, tr("The observation time (seconds)"));
    if (accept == AcceptMode::Delay)
        range(acceptDelayMs, 1, kMaxAcceptDelayMs, tr("The accept delay (ms)"));
    range(lateClients, 0, kMaxClients, tr("The number of late clients"));
    if (clients + lateClients > kMaxClients)
        problems << tr("At most %1 clients in all").arg(kMaxClients);
    if (lateClients > 0 && lateHandshakeMs != -1)
        range(lateHandshakeMs, 1, kMaxLateHandshakeMs, tr("The late handshake time (ms)"));
    optionalRange(kernel.somaxconn, 1, kMaxBacklog, QStringLiteral("net.core.somaxconn"));
    optionalRange(kernel.maxSynBacklog, 1, kMaxSynBacklog, QStringLiteral("net.ipv4.tcp_max_syn_backlog"));
    optionalRange(kernel.syncookies, 0, 2, QStringLiteral("net.ipv4.tcp_syncookies"));
    optionalRange(kernel.abortOnOverflow, 0, 1, QStringLiteral("net.ipv4.tcp_abort_on_overflow"));
    optionalRange(kernel.synackRetries, 0, kMaxSynackRetries, QStringLiteral("net.ipv4.tcp_synack_retries"));
    optionalRange(kernel.synRetries, kMinSynRetries, kMaxSynRetries, QStringLiteral("net.ipv4.tcp_syn_retries"));
    if (hostLoopback
        && (kernel.somaxconn != -1 || kernel.maxSynBacklog != -1 || kernel.syncookies != -1 || kernel.abortOnOverflow != -1 || kernel.synackRetries != -1
            || kernel.synRetries != -1)) {
        problems << tr(
            "Kernel settings can only be chosen in the sandbox; the host-loopback mode reads this "
            "host's settings and never changes them");
    }
    if (hostLoopback && twoHosts)
        problems << tr("Two hosts exist only in the sandbox, not on this host's loopback");
    return problems;
}

QJsonObject ExperimentSpec::toJson() const
{
    QJsonObject k;
    auto put = [&k](const char *name, int value) {
        if (value != -1)
            k.insert(QLatin1String(name), value);
    };
    put("somaxconn", kernel.somaxconn);
    put("tcp_max_syn_backlog", kernel.maxSynBacklog);
    put("tcp_syncookies", kernel.syncookies);
    put("tcp_abort_on_overflow", kernel.abortOnOverflow);
    put("tcp_synack_retries", kernel.synackRetries);
    put("tcp_syn_retries", kernel.synRetries);
    QJsonObject json{
        {QStringLiteral("backlog"), backlog},
        {QStringLiteral("clients"), clients},
        {QStringLiteral("accept"), acceptModeName(accept)},
        {QStringLiteral("client_timeout_s"), clientTimeoutS},
        {QStringLiteral("observe_s"), observeS},
        {QStringLiteral("late_clients"), lateClients},
        {QStringLiteral("late_handshake_ms"), lateHandshakeMs},
        {QStringLiteral("host_loopback"), hostLoopback},
        {QStringLiteral("two_hosts"), twoHosts},
        {QStringLiteral("kernel"), k},
    };
    if (accept == AcceptMode::Delay)
        json.insert(QStringLiteral("accept_delay_ms"), acceptDelayMs);
    if (!preset.isEmpty())
        json.insert(QStringLiteral("preset"), preset);
    return json;
}

std::optional<ExperimentSpec> ExperimentSpec::fromJson(const QJsonObject &json, QString *error)
{
    ExperimentSpec spec;
    spec.preset = json.value(QStringLiteral("preset")).toString();
    spec.backlog = json.value(QStringLiteral("backlog")).toInt(spec.backlog);
    spec.clients = json.value(QStringLiteral("clients")).toInt(spec.clients);
    const auto mode = acceptModeFromName(json.value(QStringLiteral("accept")).toString(QStringLiteral("never")));
    if (!mode) {
        if (error)
            *error = tr("unknown accept mode \"%1\"").arg(json.value(QStringLiteral("accept")).toString());
        return std::nullopt;
    }
    spec.accept = *mode;
    spec.acceptDelayMs = json.value(QStringLiteral("accept_delay_ms")).toInt(spec.acceptDelayMs);
    spec.clientTimeoutS = json.value(QStringLiteral("client_timeout_s")).toInt(spec.clientTimeoutS);
    spec.observeS = json.value(QStringLiteral("observe_s")).toInt(spec.observeS);
    spec.lateClients = json.value(QStringLiteral("late_clients")).toInt(spec.lateClients);
    spec.lateHandshakeMs = json.value(QStringLiteral("late_handshake_ms")).toInt(spec.lateHandshakeMs);
    spec.hostLoopback = json.value(QStringLiteral("host_loopback")).toBool();
    spec.twoHosts = json.value(QStringLiteral("two_hosts")).toBool();
    const QJsonObject k = json.value(QStringLiteral("kernel")).toObject();
    spec.kernel.somaxconn = k.value(QStringLiteral("somaxconn")).toInt(-1);
    spec.kernel.maxSynBacklog = k.value(QStringLiteral("tcp_max_syn_backlog")).toInt(-1);
    spec.kernel.syncookies = k.value(QStringLiteral("tcp_syncookies")).toInt(-1);
    spec.kernel.abortOnOverflow = k.value(QStringLiteral("tcp_abort_on_overflow")).toInt(-1);
    spec.kernel.synackRetries = k.value(QStringLiteral("tcp_synack_retries")).toInt(-1);
    spec.kernel.synRetries = k.value(QStringLiteral("tcp_syn_retries")).toInt(-1);
    const QStringList problems = spec.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1String("; "));
        return std::nullopt;
    }
    return spec;
}

QList<ExperimentSpec> ExperimentSpec::presets()
{
    QList<ExperimentSpec> list;
    ExperimentSpec s;
    // The lab log's runs 1 to 3: a server that never accepts, all clients at once.
    s.preset = QStringLiteral("seed-backlog-10");
    s.backlog = 10;
    s.clients = 100;
    list << s;
    s.preset = QStringLiteral("seed-backlog-100");
    s.backlog = 100;
    s.clients = 100;
    list << s;
    s.preset = QStringLiteral("seed-somaxconn-cap");
    s.backlog = 200;
    s.clients = 200;
    s.kernel.somaxconn = 128;
    list << s;
    // Handshakes that complete after the queue filled: the overflow happens at the final ACK,
    // where tcp_abort_on_overflow decides between a silent drop and a reset.
    s = ExperimentSpec();
    s.preset = QStringLiteral("abort-on-overflow");
    s.backlog = 5;
    s.lateClients = 5; // half-open first: five request sockets wait in the SYN queue
    s.clients = 6; // then six quick clients fill the accept queue (backlog + 1)
    s.lateHandshakeMs = 1500; // then the five complete their handshakes into a full queue
    s.kernel.abortOnOverflow = 1;
    list << s;
    // A server that accepts one connection every 100 ms while 100 clients arrive at once.
    s = ExperimentSpec();
    s.preset = QStringLiteral("slow-accept");
    s.backlog = 10;
    s.clients = 100;
    s.accept = AcceptMode::Delay;
    s.acceptDelayMs = 100;
    list << s;
    // The SYN queue of the lab log's backlog under a SYN flood: its size (B or B + 1, by kernel)
    // shows in SYN_RECV, the clients' SYN retransmissions (linear since 6.5) in the counters.
    s = ExperimentSpec();
    s.preset = QStringLiteral("syn-flood-10");
    s.backlog = 10;
    s.lateClients = 30;
    s.lateHandshakeMs = -1;
    s.clients = 5;
    s.kernel.syncookies = 1;
    list << s;
    return list;
}

std::optional<ExperimentSpec> ExperimentSpec::findPreset(const QString &name)
{
    for (const ExperimentSpec &s : presets()) {
        if (s.preset == name)
            return s;
    }
    return std::nullopt;
}

const char *ExperimentSpec::presetTitleSource(const QString &name)
{
    for (const auto &p : kPresetTitles) {
        if (name == QLatin1String(p.name))
            return p.title;
    }
    return nullptr;
}

} // namespace tcplab::lab
