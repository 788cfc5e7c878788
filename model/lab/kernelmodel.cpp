// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelmodel.h"

#include <QJsonArray>

namespace tcplab::lab
{

namespace
{

const char kContext[] = "tcplab::lab::KernelModel";

QString n(qint64 value)
{
    return QString::number(value);
}

QString times(const QList<double> &list)
{
    QStringList parts;
    for (qsizetype i = 1; i < list.size(); ++i)
        parts << QString::number(list[i], 'g', 4);
    return parts.join(QLatin1String(", "));
}

QJsonObject rangeMap(const QMap<QString, Range> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value().toJson());
    return out;
}

} // namespace

EffectiveSettings EffectiveSettings::defaultsFor(const KernelVersion &kernel)
{
    EffectiveSettings s;
    // net.core.somaxconn became 4096 in 5.4 (it was 128); a new namespace starts at the default.
    s.somaxconn = kernel.atLeast(5, 4) ? 4096 : 128;
    s.synLinearTimeouts = kernel.atLeast(6, 5) ? 4 : 0;
    s.synRetries = kernel.atLeast(3, 1) ? 6 : 5;
    return s;
}

EffectiveSettings EffectiveSettings::forSpec(const ExperimentSpec &spec, const EffectiveSettings &base)
{
    EffectiveSettings s = base;
    const KernelSettings &k = spec.kernel;
    if (k.somaxconn != -1)
        s.somaxconn = k.somaxconn;
    if (k.maxSynBacklog != -1)
        s.maxSynBacklog = k.maxSynBacklog;
    if (k.syncookies != -1)
        s.syncookies = k.syncookies;
    if (k.abortOnOverflow != -1)
        s.abortOnOverflow = k.abortOnOverflow;
    if (k.synackRetries != -1)
        s.synackRetries = k.synackRetries;
    if (k.synRetries != -1)
        s.synRetries = k.synRetries;
    return s;
}

QString Range::toString() const
{
    return isExact() ? n(low) : n(low) + QChar(0x2013) + n(high);
}

QJsonValue Range::toJson() const
{
    if (isExact())
        return QJsonValue(low);
    return QJsonObject{{QStringLiteral("min"), low}, {QStringLiteral("max"), high}};
}

QJsonObject Prediction::toJson() const
{
    QJsonArray notes;
    for (const BilingualText &t : explanation)
        notes.append(t.toJson());
    return {
        {QStringLiteral("kernel"), kernel.toString()},
        {QStringLiteral("effective_backlog"), effectiveBacklog},
        {QStringLiteral("accept_queue_capacity"), acceptQueueCapacity},
        {QStringLiteral("syn_queue_capacity"), synQueueCapacity},
        {QStringLiteral("syn_queue_measured"), synQueueMeasured},
        {QStringLiteral("raced"), raced},
        {QStringLiteral("server"), QJsonObject{{QStringLiteral("states"), rangeMap(serverStates)}}},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("states"), rangeMap(clientStates)}, {QStringLiteral("outcomes"), rangeMap(outcomes)}}},
        {QStringLiteral("counters_delta"), rangeMap(countersDelta)},
        {QStringLiteral("explanation"), notes},
    };
}

QList<double> synTransmissionTimes(const KernelVersion &kernel, const EffectiveSettings &settings)
{
    QList<double> list{0};
    // TCP_TIMEOUT_INIT was 3 s until 3.1 (RFC 6298 made it 1 s).
    double rto = kernel.atLeast(3, 1) ? 1 : 3;
    const int linear = kernel.atLeast(6, 5) ? settings.synLinearTimeouts : 0;
    // tcp_write_timeout(): with linear timeouts the retry budget is tcp_syn_retries plus them.
    const int retransmissions = settings.synRetries + linear;
    double at = 0;
    for (int i = 0; i < retransmissions; ++i) {
        at += rto;
        list << at;
        if (i >= linear)
            rto *= 2;
    }
    return list;
}

int synsWithin(const QList<double> &list, double seconds)
{
    int count = 0;
    for (double t : list)
        count += t < seconds ? 1 : 0;
    return count;
}

namespace
{

// When the clients whose SYNs are dropped send them, and how many fall inside the window.
struct SynSchedule {
    QList<double> times;
    int low = 0; // SYNs per dropped client inside the window, at the least and at the most
    int high = 0;
    double gaveUpAt = 0; // when such a client gives up (ETIMEDOUT)
    bool stillTrying = true; // it has not given up by the end of the window
};

SynSchedule synSchedule(const KernelVersion &kernel, const EffectiveSettings &settings, double window)
{
    SynSchedule s;
    s.times = synTransmissionTimes(kernel, settings);
    // A retransmission due right at the window's edge may or may not be counted.
    s.low = synsWithin(s.times, window - 0.3);
    s.high = synsWithin(s.times, window + 0.3);
    // The last retransmission is followed by one more, doubled, timeout before ETIMEDOUT.
    const double lastGap = s.times.size() > 1 ? s.times.last() - s.times[s.times.size() - 2] : 1;
    s.gaveUpAt = s.times.last() + 2 * lastGap;
    s.stillTrying = window < s.gaveUpAt;
    return s;
}

// The two queues' sizes; true when the last-quarter rule (no cookies) caps the SYN queue.
bool queueSizes(const ExperimentSpec &spec, const EffectiveSettings &settings, const KernelVersion &kernel, const KernelTraits &traits, Prediction *p)
{
    // inet_csk_reqsk_queue_is_full(): > since 6.13, and in the stable kernels that took the fix;
    // measured where it could be, the version's rule otherwise.
    const bool reqQueueStrict = traits.synQueueExtra ? *traits.synQueueExtra == 1 : kernel.atLeast(6, 13);
    p->synQueueMeasured = traits.synQueueExtra.has_value();
    // __sys_listen_socket(): if ((unsigned int)backlog > somaxconn) backlog = somaxconn.
    p->effectiveBacklog = quint32(spec.backlog) > quint32(settings.somaxconn) ? settings.somaxconn : spec.backlog;
    // sk_acceptq_is_full(): sk_ack_backlog > sk_max_ack_backlog, so one more than the limit fits.
    p->acceptQueueCapacity = p->effectiveBacklog + 1;
    // The SYN queue is bounded by the same sk_max_ack_backlog; before 6.13 the test was >=.
    p->synQueueCapacity = reqQueueStrict ? p->effectiveBacklog + 1 : qMax(p->effectiveBacklog, 1);
    // tcp_conn_request(): without cookies, unproven peers are dropped once fewer than a quarter
    // of tcp_max_syn_backlog is left. Such a drop counts in TcpExt.ListenDrops only, and it hits
    // every SYN while the requests stay at that mark, whoever sends it.
    if (settings.syncookies != 0)
        return false;
    const int lastQuarter = settings.maxSynBacklog - settings.maxSynBacklog / 4 + 1;
    const bool quarterRule = lastQuarter < p->synQueueCapacity;
    p->synQueueCapacity = qMin(p->synQueueCapacity, lastQuarter);
    return quarterRule;
}

// A server that never accepts: what each group of clients ends up as, added up.
struct NeverAccepting {
    const ExperimentSpec &spec;
    const EffectiveSettings &settings;
    const SynSchedule &syns;
    bool modern = true; // accept-queue check at SYN time (4.10 and later)
    bool quarterRule = false;
    int fastFit = 0;
    int fastDropped = 0;
    int lateRequests = 0;
    int lateCookies = 0;
    bool quarterFull = false;
    int established = 0;
    int synRecv = 0;
    int clientEstablished = 0;
    int connected = 0;
    int reset = 0;
    int timedOut = 0;
    qint64 overflowsLow = 0;
    qint64 overflowsHigh = 0;
    qint64 quarterDropsLow = 0; // drops by the last-quarter rule: ListenDrops without ListenOverflows
    qint64 quarterDropsHigh = 0;
};

// The burst of clients that connect at once: those that fit, and what the dropped ones see.
void explainBurst(NeverAccepting &r, Prediction *p)
{
    const int fast = r.spec.clients;
    if (r.fastDropped > 0 && r.quarterFull) {
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "Without SYN cookies the kernel keeps the last quarter of tcp_max_syn_backlog (%1) "
                                                      "for peers it already knows: the half-open clients hold %2 requests, so every "
                                                      "other SYN is dropped (tcp_conn_request()). None of the %3 other clients "
                                                      "connects; each drop adds one to TcpExt.ListenDrops but not to "
                                                      "TcpExt.ListenOverflows, since the accept queue is empty."),
                                    {n(r.settings.maxSynBacklog), n(r.lateRequests), n(r.fastDropped)});
        p->clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(r.syns.stillTrying ? r.fastDropped : 0);
        return;
    }
    if (r.fastDropped == 0) {
        p->clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(0);
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "All %1 clients fit, so every handshake completes and no counter of "
                                                      "dropped connections moves."),
                                    {n(fast)});
        return;
    }
    if (r.modern) {
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "The other %1 clients' SYNs arrive while the queue is full. Since Linux 4.10 "
                                                      "tcp_conn_request() drops such a SYN at once, so no half-open connection is kept "
                                                      "for them: the server shows no SYN_RECV. The clients stay in SYN_SENT and send "
                                                      "their SYN again at %2 s; in %3 s each sends about %4 SYNs, and every dropped SYN "
                                                      "adds one to TcpExt.ListenOverflows and TcpExt.ListenDrops."),
                                    {n(r.fastDropped), times(r.syns.times), n(r.spec.observeS), n(r.syns.low)});
    } else {
        // 2.6.32: the "young" rule let some SYNs in while the accept queue was full; their final
        // ACKs were then dropped, leaving SYN_RECV on the server and ESTABLISHED on the client (the
        // lab log saw 4).
        r.synRecv = qMin(r.fastDropped, 8);
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "On this old kernel a SYN may still get in while the accept queue is full, as long "
                                                      "as the SYN queue has few young requests (the \"young\" rule in tcp_v4_conn_request()). "
                                                      "Such a client gets its SYN-ACK and reports ESTABLISHED, but its final ACK is dropped "
                                                      "and the server keeps it in SYN_RECV: the lab log saw 4 of them."));
    }
    if (r.syns.stillTrying) {
        p->clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(r.fastDropped);
    } else {
        p->clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(0);
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "After about %1 s the clients give up (tcp_syn_retries): their "
                                                      "sockets close with ETIMEDOUT."),
                                    {QString::number(r.syns.gaveUpAt, 'g', 4)});
    }
}

// Late clients whose handshakes complete after the queue filled, at their final ACK.
void explainLateHandshakes(NeverAccepting &r, int lateFit, int lateOverflow, Prediction *p)
{
    r.established += lateFit;
    r.connected += r.lateRequests;
    r.clientEstablished += r.lateRequests;
    r.overflowsLow += lateOverflow;
    r.overflowsHigh += qint64(lateOverflow) * (r.settings.synackRetries + 2);
    if (r.settings.abortOnOverflow) {
        r.reset += lateOverflow;
        r.clientEstablished -= lateOverflow;
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "%1 late clients complete their handshakes after the queue filled. Their final "
                                                      "ACK finds the accept queue full (tcp_check_req()); with tcp_abort_on_overflow=1 "
                                                      "the server answers with a reset, so these clients first connect and are then "
                                                      "reset (ECONNRESET)."),
                                    {n(lateOverflow)});
    } else {
        r.synRecv += lateOverflow;
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "%1 late clients complete their handshakes after the queue filled. Their final "
                                                      "ACK finds the accept queue full and is ignored (tcp_abort_on_overflow=0): the "
                                                      "client already reports ESTABLISHED, while the server keeps the connection in "
                                                      "SYN_RECV and resends its SYN-ACK. This is the puzzle of the lab log."),
                                    {n(lateOverflow)});
    }
    if (r.lateCookies > 0) {
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "%1 late clients found the SYN queue full and got SYN cookies instead of a "
                                                      "request socket (TcpExt.TCPReqQFullDoCookies)."),
                                    {n(r.lateCookies)});
    }
}

// The half-open clients that started before the burst.
void addLateClients(NeverAccepting &r, Prediction *p)
{
    const int late = r.spec.lateClients;
    const int lateFit = qMax(0, qMin(r.lateRequests, p->acceptQueueCapacity - r.fastFit));
    const int lateOverflow = r.lateRequests - lateFit;
    if (r.spec.lateHandshakeMs < 0) {
        // A SYN flood: the requests wait in the SYN queue for final ACKs that never come.
        r.synRecv += r.lateRequests;
        r.timedOut += late;
        p->clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(p->clientStates.value(QStringLiteral("SYN_SENT")).low + late);
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "%1 half-open clients never see the SYN-ACK, so their requests wait in the SYN queue: "
                                                      "the server shows %2 SYN_RECV sockets and resends its SYN-ACK (tcp_synack_retries)."),
                                    {n(late), n(r.lateRequests)});
    } else {
        explainLateHandshakes(r, lateFit, lateOverflow, p);
    }
    if (r.lateCookies > 0 && r.quarterRule) {
        r.quarterDropsLow += qint64(r.lateCookies) * r.syns.low;
        r.quarterDropsHigh += qint64(r.lateCookies) * r.syns.high;
        p->countersDelta[QStringLiteral("TcpExt.TCPReqQFullDrop")] = Range::exactly(0);
    } else if (r.lateCookies > 0) {
        const QString key = r.settings.syncookies ? QStringLiteral("TcpExt.TCPReqQFullDoCookies") : QStringLiteral("TcpExt.TCPReqQFullDrop");
        // The burst's clients find the same full SYN queue; each of their first SYNs may take a
        // cookie too (seen on 5.10 in a virtual machine: 14 half-open clients' 42 SYNs and one more).
        const qint64 burst = r.settings.syncookies ? r.fastFit : 0;
        p->countersDelta[key] = Range::between(r.lateCookies, qint64(r.lateCookies) * r.syns.high + burst);
    }
}

// The figures of a server that never accepts, from the tally.
void setNeverFigures(const NeverAccepting &r, Prediction *p)
{
    const bool modern = r.modern;
    p->serverStates[QStringLiteral("ESTABLISHED")] = Range::exactly(r.established);
    p->serverStates[QStringLiteral("SYN_RECV")] = modern ? Range::exactly(r.synRecv) : Range::between(0, r.synRecv);
    p->clientStates[QStringLiteral("ESTABLISHED")] =
        modern ? Range::exactly(r.clientEstablished) : Range::between(r.clientEstablished, r.clientEstablished + r.synRecv);
    p->outcomes[QStringLiteral("connected")] = modern ? Range::exactly(r.connected) : Range::between(r.connected, r.connected + r.synRecv);
    if (modern && r.reset > 0) {
        // Tolerance measured on loopback (6.18): the server's RST answers the client's final ACK
        // within the same softirq run (tcp_check_req() -> req->rsk_ops->send_reset()), so the
        // client socket goes SYN_SENT -> ESTABLISHED -> CLOSE before the client process looks; its
        // non-blocking connect() then reports ECONNRESET and the client never counts as connected.
        // Over a real network it does, first.
        p->outcomes[QStringLiteral("connected")] = Range::between(r.connected - r.reset, r.connected);
    }
    p->outcomes[QStringLiteral("timed_out")] = modern ? Range::exactly(r.timedOut) : Range::between(r.timedOut - r.synRecv, r.timedOut);
    p->outcomes[QStringLiteral("reset")] = Range::exactly(r.reset);
    p->outcomes[QStringLiteral("refused")] = Range::exactly(0);
    if (modern) {
        p->countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = Range::between(r.overflowsLow, r.overflowsHigh);
        p->countersDelta[QStringLiteral("TcpExt.ListenDrops")] = Range::between(r.overflowsLow + r.quarterDropsLow, r.overflowsHigh + r.quarterDropsHigh);
    } else {
        // 2.6.32 did not count SYNs dropped for a full accept queue at all.
        p->countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = Range::between(0, r.overflowsHigh);
        p->countersDelta[QStringLiteral("TcpExt.ListenDrops")] = Range::between(0, r.overflowsHigh + r.quarterDropsHigh);
    }
    if (r.spec.lateClients == 0)
        p->countersDelta[QStringLiteral("TcpExt.TCPReqQFullDrop")] = Range::exactly(0);
}

void predictNeverAccepting(NeverAccepting &r, Prediction *p)
{
    const int fast = r.spec.clients;
    const int late = r.spec.lateClients;
    r.lateRequests = qMin(late, p->synQueueCapacity);
    r.lateCookies = late - r.lateRequests;
    // Half-open clients that started first and hold the requests at the last-quarter mark leave no
    // room for anyone: every later SYN is dropped too.
    r.quarterFull = r.quarterRule && late > 0 && r.lateRequests >= p->synQueueCapacity;
    r.fastFit = r.quarterFull ? 0 : qMin(fast, p->acceptQueueCapacity);
    r.fastDropped = fast - r.fastFit;
    p->explanation << bilingual(kContext,
                                QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                  "Nobody calls accept(), so completed connections stay in the accept queue. "
                                                  "The kernel calls it full only when it holds more than the limit "
                                                  "(sk_acceptq_is_full() compares with >), so %1 connections fit: the limit "
                                                  "plus one."),
                                {n(p->acceptQueueCapacity)});
    r.established = r.fastFit;
    r.clientEstablished = r.fastFit;
    r.connected = r.fastFit;
    r.timedOut = r.fastDropped;
    const qint64 dropped = qint64(r.fastDropped);
    r.overflowsLow = r.quarterFull ? 0 : dropped * r.syns.low;
    r.overflowsHigh = r.quarterFull ? 0 : dropped * r.syns.high;
    r.quarterDropsLow = r.quarterFull ? dropped * r.syns.low : 0;
    r.quarterDropsHigh = r.quarterFull ? dropped * r.syns.high : 0;
    explainBurst(r, p);
    if (late > 0)
        addLateClients(r, p);
    setNeverFigures(r, p);
}

// A slow server frees one place every acceptDelayMs. A late final ACK that still finds the queue
// full gets a reset from tcp_check_req() (tcp_abort_on_overflow=1). The late handshakes complete
// by the client's next SYN or the server's next SYN-ACK, within about 2 s after lateHandshakeMs; at
// most that many places free up.
void addSlowServerResets(const ExperimentSpec &spec, Prediction *p)
{
    const qint64 freed = (spec.lateHandshakeMs + 2000) / qMax(1, spec.acceptDelayMs) + 1;
    const qint64 room = qMax(0, p->acceptQueueCapacity - spec.clients);
    const int lateRequests = qMin(spec.lateClients, p->synQueueCapacity);
    p->outcomes[QStringLiteral("reset")] = Range::between(qMax<qint64>(0, lateRequests - freed - room), lateRequests);
    p->outcomes[QStringLiteral("timed_out")].low = 0;
    p->explanation << bilingual(kContext,
                                QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                  "%1 late clients complete their handshakes while the slow server has freed at most %2 "
                                                  "places. A final ACK that finds the accept queue full is answered with a reset "
                                                  "(tcp_abort_on_overflow=1), so up to %1 clients see ECONNRESET."),
                                {n(lateRequests), n(freed)});
}

// One accept() every acceptDelayMs: by the end of the window about observe/delay connections have
// left the queue, and the queue has refilled from the retransmitted SYNs.
void predictSlowAccept(const ExperimentSpec &spec, const EffectiveSettings &settings, const SynSchedule &syns, Prediction *p)
{
    const int total = spec.clients + spec.lateClients;
    const qint64 accepted = qint64(spec.observeS) * 1000 / qMax(1, spec.acceptDelayMs);
    const qint64 lastRetry = syns.low > 1 ? qint64(syns.times[syns.low - 1] * 1000) : 0;
    const qint64 acceptedBeforeLastRetry = lastRetry / qMax(1, spec.acceptDelayMs);
    const qint64 low = qMin<qint64>(total, p->acceptQueueCapacity + acceptedBeforeLastRetry - 2);
    const qint64 high = qMin<qint64>(total, p->acceptQueueCapacity + accepted + 1);
    Range &connected = p->outcomes[QStringLiteral("connected")];
    connected = Range::between(qMax<qint64>(low, qMin<qint64>(total, p->acceptQueueCapacity)), high);
    if (settings.syncookies != 0) {
        // Measured on 6.18 in a namespace: once a place frees, the clients' retransmitted SYNs
        // (sent on the same timer tick) all pass the accept-queue test in tcp_conn_request()
        // before any final ACK; the ACKs after the first overflow, and the requests they leave
        // behind fill the SYN queue, so the next SYNs get SYN cookies
        // (TcpExt.TCPReqQFullDoCookies). A cookie SYN-ACK completes the handshake on the client's
        // side even when cookie_v4_check() then drops the ACK for a full accept queue: the client
        // reports connected while the server has no socket for it. So up to every client may
        // count as connected.
        connected.high = total;
    }
    p->outcomes[QStringLiteral("timed_out")] = Range::between(total - connected.high, total - connected.low);
    p->countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = Range::between(0, qint64(total) * syns.high);
    p->explanation << bilingual(kContext,
                                QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                  "The server accepts one connection every %1 ms, about %2 in %3 s. Each accept() frees one "
                                                  "place in the queue; a client dropped in the burst gets in only when its next SYN arrives "
                                                  "at a moment with a free place, so the clients connect in steps at %4 s."),
                                {n(spec.acceptDelayMs), n(accepted), n(spec.observeS), times(syns.times)});
}

// A server that accepts: the queue drains, so clients dropped in the burst get in when they send
// their SYN again.
void predictAccepting(const ExperimentSpec &spec, const EffectiveSettings &settings, const SynSchedule &syns, Prediction *p)
{
    const int late = spec.lateClients;
    const int total = spec.clients + late;
    if (spec.accept == AcceptMode::Immediate) {
        p->explanation << bilingual(kContext,
                                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                      "The server accepts every connection at once, so the accept queue empties "
                                                      "as fast as it fills. A burst can still overflow it for a moment; the "
                                                      "clients dropped then get in with their next SYN, 1 s later."));
        p->outcomes[QStringLiteral("connected")] = Range::exactly(total - late * (spec.lateHandshakeMs < 0 ? 1 : 0));
        p->outcomes[QStringLiteral("timed_out")] = Range::exactly(spec.lateHandshakeMs < 0 ? late : 0);
        p->serverStates[QStringLiteral("ESTABLISHED")] = p->outcomes[QStringLiteral("connected")];
        p->countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = Range::between(0, qint64(total) * syns.high);
    } else {
        predictSlowAccept(spec, settings, syns, p);
    }
    p->outcomes[QStringLiteral("reset")] = Range::exactly(0);
    if (spec.accept == AcceptMode::Delay && late > 0 && spec.lateHandshakeMs >= 0 && settings.abortOnOverflow)
        addSlowServerResets(spec, p);
    p->outcomes[QStringLiteral("refused")] = Range::exactly(0);
}

} // namespace

std::optional<Prediction> burstRace(const ExperimentSpec &spec, const Prediction &prediction, qint64 syncookiesSent)
{
    const int total = spec.clients;
    const int fit = prediction.acceptQueueCapacity;
    const bool burst = spec.accept == AcceptMode::Never && spec.lateClients == 0 && total > fit && prediction.settings.syncookies != 0;
    const bool cookiesForeseen = prediction.countersDelta.contains(QStringLiteral("TcpExt.TCPReqQFullDoCookies"));
    if (!burst || cookiesForeseen || syncookiesSent <= 0 || prediction.raced)
        return std::nullopt;
    Prediction p = prediction;
    p.raced = true;
    const qint64 others = total - fit;
    // The accept queue still fills to its limit; the requests whose final ACK it dropped may stay
    // in the SYN queue (tcp_check_req() keeps them for the SYN-ACK timer).
    p.serverStates[QStringLiteral("ESTABLISHED")] = Range::exactly(fit);
    p.serverStates[QStringLiteral("SYN_RECV")] = Range::between(0, p.synQueueCapacity);
    // Every client that got a cookie SYN-ACK reports connected; the others still wait or time out.
    p.clientStates[QStringLiteral("ESTABLISHED")] = Range::between(fit, total);
    p.outcomes[QStringLiteral("connected")] = Range::between(fit, total);
    for (const char *waiting : {"SYN_SENT"}) {
        if (p.clientStates.contains(QLatin1String(waiting)))
            p.clientStates[QLatin1String(waiting)] = Range::between(0, p.clientStates.value(QLatin1String(waiting)).high);
    }
    p.outcomes[QStringLiteral("timed_out")] = Range::between(0, p.outcomes.value(QStringLiteral("timed_out")).high);
    // Fewer SYNs are left to be dropped, and at most one cookie per SYN of the others.
    const qint64 dropsHigh = p.countersDelta.value(QStringLiteral("TcpExt.ListenOverflows")).high;
    p.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = Range::between(0, dropsHigh);
    p.countersDelta[QStringLiteral("TcpExt.ListenDrops")] = Range::between(0, p.countersDelta.value(QStringLiteral("TcpExt.ListenDrops")).high);
    p.countersDelta[QStringLiteral("TcpExt.SyncookiesSent")] = Range::between(1, qMax(others, dropsHigh));
    p.explanation << bilingual(kContext,
                               QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                 "This run raced. The burst's SYNs filled the SYN queue before the first handshakes "
                                                 "completed, so the kernel answered %1 SYNs with SYN cookies (TcpExt.SyncookiesSent). A "
                                                 "cookie completes the handshake on the client's side even when cookie_v4_check() then "
                                                 "drops the final ACK for the full accept queue, so up to all %2 clients may report "
                                                 "connected while the server holds %3. Which outcome a run gets is a matter of timing (a "
                                                 "virtual machine without KVM is slow enough), not of the kernel: the figures here are "
                                                 "checked against the race's ranges."),
                               {n(syncookiesSent), n(total), n(fit)});
    return p;
}

Prediction predict(const ExperimentSpec &spec, const EffectiveSettings &settings, const KernelVersion &kernel, const KernelTraits &traits)
{
    Prediction p;
    p.kernel = kernel;
    p.settings = settings;
    const bool quarterRule = queueSizes(spec, settings, kernel, traits, &p);
    const SynSchedule syns = synSchedule(kernel, settings, spec.observeS);
    p.explanation << bilingual(kContext,
                               QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                 "listen() asked for a backlog of %1. The kernel caps it at net.core.somaxconn, "
                                                 "which is %2 here, so the accept queue's limit is %3."),
                               {n(spec.backlog), n(settings.somaxconn), n(p.effectiveBacklog)});
    p.serverStates[QStringLiteral("LISTEN")] = Range::exactly(1);
    if (spec.lateClients > 0) {
        p.explanation << (p.synQueueMeasured ? bilingual(kContext,
                                                         QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                                           "The SYN queue holds %1 requests for this backlog: measured on "
                                                                           "this kernel by a calibration run, not assumed from its version."),
                                                         {n(p.synQueueCapacity)})
                                             : bilingual(kContext,
                                                         QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                                                           "The SYN queue holds %1 requests for this backlog, as kernel %2 "
                                                                           "should by its version (one more since 6.13); it was not "
                                                                           "measured on this kernel."),
                                                         {n(p.synQueueCapacity), kernel.toString()}));
    }
    if (spec.accept == AcceptMode::Never) {
        NeverAccepting tally{spec, settings, syns};
        tally.modern = kernel.atLeast(4, 10);
        tally.quarterRule = quarterRule;
        predictNeverAccepting(tally, &p);
    } else {
        predictAccepting(spec, settings, syns, &p);
    }
    return p;
}

} // namespace tcplab::lab
