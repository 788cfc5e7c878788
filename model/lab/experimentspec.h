// SPDX-License-Identifier: GPL-3.0-or-later
// What one backlog experiment does: the server's backlog and accept behaviour, how many clients
// connect and how, the kernel settings of the sandbox, and how long to watch. Presets reproduce the
// runs of the 2014 lab log and the queue lessons.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tcplab::lab
{

// The bounds validate() holds a spec to, one place for every form that edits a spec. They keep a
// run meaningful and within what one machine can do; the kernel itself accepts larger sysctl
// values, but they teach nothing and can exhaust memory.
namespace limits
{
constexpr int kMaxClients = 60000; // one destination, one source address: the local port range
constexpr int kMaxBacklog = 65535;
constexpr int kMaxSynBacklog = 1 << 20;
constexpr int kMaxSynackRetries = 255;
constexpr int kMinSynRetries = 1;
constexpr int kMaxSynRetries = 127;
constexpr int kMaxClientTimeoutS = 600;
constexpr int kMaxObserveS = 3600;
constexpr int kMaxAcceptDelayMs = 60000;
constexpr int kMaxLateHandshakeMs = 600000;
} // namespace limits

enum class AcceptMode {
    Never, // the seed's server: listen() and never accept()
    Delay, // one accept() every acceptDelayMs
    Immediate,
};

// -1 everywhere means "leave the namespace's default".
struct KernelSettings {
    int somaxconn = -1; // net.core.somaxconn
    int maxSynBacklog = -1; // net.ipv4.tcp_max_syn_backlog
    int syncookies = -1; // net.ipv4.tcp_syncookies: 0, 1, 2
    int abortOnOverflow = -1; // net.ipv4.tcp_abort_on_overflow: 0, 1
    int synackRetries = -1; // net.ipv4.tcp_synack_retries
    int synRetries = -1; // net.ipv4.tcp_syn_retries
};

struct ExperimentSpec {
    Q_DECLARE_TR_FUNCTIONS(tcplab::lab::ExperimentSpec)
public:
    QString preset; // name of the preset it came from, or ""
    int backlog = 10;
    int clients = 100;
    KernelSettings kernel;
    AcceptMode accept = AcceptMode::Never;
    int acceptDelayMs = 100;
    int clientTimeoutS = 5; // how long a client waits for its handshake
    int observeS = 5; // how long the run is watched after the clients start
    // Late clients start before the others and do not see the server's SYN-ACKs at first (a
    // socket filter drops them): they sit in the SYN queue as half-open connections. With
    // lateHandshakeMs > 0 they see SYN-ACKs after that many ms and complete their handshakes late,
    // when the accept queue may be full: the overflow at the final ACK. With -1 they never do: a
    // SYN flood.
    int lateClients = 0;
    int lateHandshakeMs = -1;
    bool hostLoopback = false; // no namespace: this host's settings, read only
    // Two hosts in the sandbox: the server in one network namespace, the clients in another,
    // joined by a veth link (as seed 000's two machines); each host's states and counters apart.
    bool twoHosts = false;

    // Translated messages, one per problem; empty when the spec can run.
    QStringList validate() const;

    QJsonObject toJson() const;
    static std::optional<ExperimentSpec> fromJson(const QJsonObject &json, QString *error);

    static QList<ExperimentSpec> presets();
    static std::optional<ExperimentSpec> findPreset(const QString &name);
    // The untranslated title of a preset, for tr() in context "tcplab::lab::Presets"; null when
    // there is no such preset.
    static const char *presetTitleSource(const QString &name);
    int totalClients() const
    {
        return clients + lateClients;
    }
};

QString acceptModeName(AcceptMode mode);
std::optional<AcceptMode> acceptModeFromName(const QString &name);

} // namespace tcplab::lab
