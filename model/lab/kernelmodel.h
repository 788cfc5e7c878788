// SPDX-License-Identifier: GPL-3.0-or-later
// What the kernel will do with an experiment, worked out from the spec, the settings in force and
// the kernel's version, before anything runs: the effective backlog, how many connections the
// accept queue holds, what the clients past it see, which counters move and by how much. Each
// figure is a range where the kernel's timing leaves room, and every figure comes with a short
// explanation in Japanese and English. The rules are those of net/ipv4/tcp_input.c
// (tcp_conn_request), net/ipv4/tcp_minisocks.c (tcp_check_req), include/net/sock.h
// (sk_acceptq_is_full), include/net/inet_connection_sock.h (inet_csk_reqsk_queue_is_full) and
// net/socket.c (__sys_listen_socket).
#pragma once

#include "experimentspec.h"
#include "i18n/bilingual.h"
#include "kerneltraits.h"
#include "kernelversion.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tcplab::lab
{

// The sysctls in force for a run: the spec's where it sets them, the namespace's defaults
// otherwise.
struct EffectiveSettings {
    int somaxconn = 4096;
    int maxSynBacklog = 128;
    int syncookies = 1;
    int abortOnOverflow = 0;
    int synackRetries = 5;
    int synRetries = 6;
    int synLinearTimeouts = 4; // 6.5 and later; 0 before

    // The defaults a new network namespace starts with on `kernel`.
    static EffectiveSettings defaultsFor(const KernelVersion &kernel);
    // `base` with every setting the spec chooses applied.
    static EffectiveSettings forSpec(const ExperimentSpec &spec, const EffectiveSettings &base);
};

struct Range {
    qint64 low = 0;
    qint64 high = 0;

    static Range exactly(qint64 value)
    {
        return {value, value};
    }
    static Range between(qint64 low, qint64 high)
    {
        return {qMin(low, high), qMax(low, high)};
    }
    bool contains(qint64 value) const
    {
        return value >= low && value <= high;
    }
    bool isExact() const
    {
        return low == high;
    }
    QString toString() const; // "11" or "10–12"
    QJsonValue toJson() const; // a number, or {"min": .., "max": ..}
};

struct Prediction {
    KernelVersion kernel;
    EffectiveSettings settings;
    int effectiveBacklog = 0; // what listen() leaves after the somaxconn cap
    int acceptQueueCapacity = 0; // connections that complete while nobody accepts: backlog + 1
    int synQueueCapacity = 0; // request sockets the listener keeps before dropping or using cookies
    bool synQueueMeasured = false; // synQueueCapacity from the kernel's measured traits, not its version
    // The figures are those of the burst's other outcome, the race (see burstRace()).
    bool raced = false;
    // Keys: state names ("ESTABLISHED", "SYN_RECV") on the server port at the end; outcomes
    // ("connected", "timed_out", "refused", "reset"); counters by kernel name
    // ("TcpExt.ListenOverflows").
    QMap<QString, Range> serverStates;
    QMap<QString, Range> clientStates;
    QMap<QString, Range> outcomes;
    QMap<QString, Range> countersDelta;
    QList<BilingualText> explanation;

    QJsonObject toJson() const;
};

// Times, in seconds after the first SYN, at which a client sends its SYNs (the first one at 0):
// tcp_syn_retries retransmissions with the initial RTO of the kernel (3 s before 3.1, 1 s since),
// the first tcp_syn_linear_timeouts of them 1 s apart (6.5 and later), then doubling.
QList<double> synTransmissionTimes(const KernelVersion &kernel, const EffectiveSettings &settings);
// How many of those fall inside [0, seconds).
int synsWithin(const QList<double> &times, double seconds);

// A burst of clients against a server that never accepts, with SYN cookies on, has two outcomes.
// Usually the first handshakes complete before the rest of the burst arrives, and every later SYN
// is dropped for the full accept queue (what predict() gives). Now and then, on a slow machine (a
// virtual machine without KVM), the burst's SYNs fill the SYN queue first, and the kernel answers
// the rest with SYN cookies: a cookie completes the handshake on the client's side even when the
// final ACK then finds the accept queue full, so up to every client reports connected. The run
// tells which happened: SYN cookies sent where predict() has none. For such a run this gives the
// race's figures and a note that says so; nullopt when the run is not such a race.
std::optional<Prediction> burstRace(const ExperimentSpec &spec, const Prediction &prediction, qint64 syncookiesSent);

// `traits`: what was measured on this kernel; where a trait is missing, the version rule applies.
Prediction predict(const ExperimentSpec &spec, const EffectiveSettings &settings, const KernelVersion &kernel, const KernelTraits &traits = {});

} // namespace tcplab::lab
