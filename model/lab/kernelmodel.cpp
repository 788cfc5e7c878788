// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelmodel.h"

#include <QJsonArray>

namespace tcplab::lab {

namespace {

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
    return QJsonObject { { QStringLiteral("min"), low }, { QStringLiteral("max"), high } };
}

QJsonObject Prediction::toJson() const
{
    QJsonArray notes;
    for (const BilingualText &t : explanation)
        notes.append(t.toJson());
    return {
        { QStringLiteral("kernel"), kernel.toString() },
        { QStringLiteral("effective_backlog"), effectiveBacklog },
        { QStringLiteral("accept_queue_capacity"), acceptQueueCapacity },
        { QStringLiteral("syn_queue_capacity"), synQueueCapacity },
        { QStringLiteral("server"), QJsonObject { { QStringLiteral("states"), rangeMap(serverStates) } } },
        { QStringLiteral("client"), QJsonObject { { QStringLiteral("states"), rangeMap(clientStates) },
                                                  { QStringLiteral("outcomes"), rangeMap(outcomes) } } },
        { QStringLiteral("counters_delta"), rangeMap(countersDelta) },
        { QStringLiteral("explanation"), notes },
    };
}

QList<double> synTransmissionTimes(const KernelVersion &kernel, const EffectiveSettings &settings)
{
    QList<double> list { 0 };
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

Prediction predict(const ExperimentSpec &spec, const EffectiveSettings &settings, const KernelVersion &kernel)
{
    Prediction p;
    p.kernel = kernel;
    p.settings = settings;
    const bool modern = kernel.atLeast(4, 10); // accept-queue check at SYN time
    const bool reqQueueStrict = kernel.atLeast(6, 13); // inet_csk_reqsk_queue_is_full(): > since 6.13

    // __sys_listen_socket(): if ((unsigned int)backlog > somaxconn) backlog = somaxconn.
    p.effectiveBacklog = quint32(spec.backlog) > quint32(settings.somaxconn) ? settings.somaxconn : spec.backlog;
    // sk_acceptq_is_full(): sk_ack_backlog > sk_max_ack_backlog, so one more than the limit fits.
    p.acceptQueueCapacity = p.effectiveBacklog + 1;
    // The SYN queue is bounded by the same sk_max_ack_backlog; before 6.13 the test was >=.
    p.synQueueCapacity = reqQueueStrict ? p.effectiveBacklog + 1 : qMax(p.effectiveBacklog, 1);
    // tcp_conn_request(): without cookies, unproven peers are dropped once fewer than a quarter
    // of tcp_max_syn_backlog is left. Such a drop counts in TcpExt.ListenDrops only, and it hits
    // every SYN while the requests stay at that mark, whoever sends it.
    bool quarterRule = false;
    if (settings.syncookies == 0) {
        const int lastQuarter = settings.maxSynBacklog - settings.maxSynBacklog / 4 + 1;
        quarterRule = lastQuarter < p.synQueueCapacity;
        p.synQueueCapacity = qMin(p.synQueueCapacity, lastQuarter);
    }

    const QList<double> synTimes = synTransmissionTimes(kernel, settings);
    const double window = spec.observeS;
    // A retransmission due right at the window's edge may or may not be counted.
    const int synsLow = synsWithin(synTimes, window - 0.3);
    const int synsHigh = synsWithin(synTimes, window + 0.3);
    // The last retransmission is followed by one more, doubled, timeout before ETIMEDOUT.
    const double lastGap = synTimes.size() > 1 ? synTimes.last() - synTimes[synTimes.size() - 2] : 1;
    const double gaveUpAt = synTimes.last() + 2 * lastGap;
    const bool stillTrying = window < gaveUpAt;

    p.explanation << bilingual(kContext,
                               QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "listen() asked for a backlog of %1. The kernel caps it at net.core.somaxconn, "
                                       "which is %2 here, so the accept queue's limit is %3."),
                               { n(spec.backlog), n(settings.somaxconn), n(p.effectiveBacklog) });

    const int fast = spec.clients;
    const int late = spec.lateClients;
    p.serverStates[QStringLiteral("LISTEN")] = Range::exactly(1);

    if (spec.accept == AcceptMode::Never) {
        const int lateRequests = qMin(late, p.synQueueCapacity);
        const int lateCookies = late - lateRequests;
        // Half-open clients that started first and hold the requests at the last-quarter mark
        // leave no room for anyone: every later SYN is dropped too.
        const bool quarterFull = quarterRule && late > 0 && lateRequests >= p.synQueueCapacity;
        const int fastFit = quarterFull ? 0 : qMin(fast, p.acceptQueueCapacity);
        const int fastDropped = fast - fastFit;
        p.explanation << bilingual(kContext,
                                   QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "Nobody calls accept(), so completed connections stay in the accept queue. "
                                           "The kernel calls it full only when it holds more than the limit "
                                           "(sk_acceptq_is_full() compares with >), so %1 connections fit: the limit "
                                           "plus one."),
                                   { n(p.acceptQueueCapacity) });

        int established = fastFit;
        int synRecv = 0;
        int clientEstablished = fastFit;
        int connected = fastFit;
        int reset = 0;
        int timedOut = fastDropped;
        qint64 overflowsLow = quarterFull ? 0 : qint64(fastDropped) * synsLow;
        qint64 overflowsHigh = quarterFull ? 0 : qint64(fastDropped) * synsHigh;
        // Drops by the last-quarter rule: ListenDrops without ListenOverflows.
        qint64 quarterDropsLow = quarterFull ? qint64(fastDropped) * synsLow : 0;
        qint64 quarterDropsHigh = quarterFull ? qint64(fastDropped) * synsHigh : 0;

        if (fastDropped > 0 && quarterFull) {
            p.explanation << bilingual(
                kContext,
                QT_TRANSLATE_NOOP("tcplab::lab::KernelModel",
                                  "Without SYN cookies the kernel keeps the last quarter of tcp_max_syn_backlog (%1) "
                                  "for peers it already knows: the half-open clients hold %2 requests, so every "
                                  "other SYN is dropped (tcp_conn_request()). None of the %3 other clients "
                                  "connects; each drop adds one to TcpExt.ListenDrops but not to "
                                  "TcpExt.ListenOverflows, since the accept queue is empty."),
                { n(settings.maxSynBacklog), n(lateRequests), n(fastDropped) });
            p.clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(stillTrying ? fastDropped : 0);
        } else if (fastDropped > 0) {
            if (modern) {
                p.explanation << bilingual(
                    kContext,
                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "The other %1 clients' SYNs arrive while the queue is full. Since Linux 4.10 "
                            "tcp_conn_request() drops such a SYN at once, so no half-open connection is kept "
                            "for them: the server shows no SYN_RECV. The clients stay in SYN_SENT and send "
                            "their SYN again at %2 s; in %3 s each sends about %4 SYNs, and every dropped SYN "
                            "adds one to TcpExt.ListenOverflows and TcpExt.ListenDrops."),
                    { n(fastDropped), times(synTimes), n(spec.observeS), n(synsLow) });
            } else {
                // 2.6.32: the "young" rule let some SYNs in while the accept queue was full; their
                // final ACKs were then dropped, leaving SYN_RECV on the server and ESTABLISHED on
                // the client (the lab log saw 4).
                synRecv = qMin(fastDropped, 8);
                p.explanation << bilingual(
                    kContext,
                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "On this old kernel a SYN may still get in while the accept queue is full, as long "
                            "as the SYN queue has few young requests (the \"young\" rule in tcp_v4_conn_request()). "
                            "Such a client gets its SYN-ACK and reports ESTABLISHED, but its final ACK is dropped "
                            "and the server keeps it in SYN_RECV: the lab log saw 4 of them."));
            }
            if (stillTrying) {
                p.clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(fastDropped);
            } else {
                p.clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(0);
                p.explanation << bilingual(kContext,
                                           QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "After about %1 s the clients give up (tcp_syn_retries): their "
                                                   "sockets close with ETIMEDOUT."),
                                           { QString::number(gaveUpAt, 'g', 4) });
            }
        } else {
            p.clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(0);
            p.explanation << bilingual(kContext,
                                       QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "All %1 clients fit, so every handshake completes and no counter of "
                                               "dropped connections moves."),
                                       { n(fast) });
        }

        if (late > 0) {
            const int lateFit = qMax(0, qMin(lateRequests, p.acceptQueueCapacity - fastFit));
            const int lateOverflow = lateRequests - lateFit;
            if (spec.lateHandshakeMs < 0) {
                // A SYN flood: the requests wait in the SYN queue for final ACKs that never come.
                synRecv += lateRequests;
                timedOut += late;
                p.clientStates[QStringLiteral("SYN_SENT")] = Range::exactly(p.clientStates.value(QStringLiteral("SYN_SENT")).low + late);
                p.explanation << bilingual(
                    kContext,
                    QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "%1 half-open clients never see the SYN-ACK, so their requests wait in the SYN queue: "
                            "the server shows %2 SYN_RECV sockets and resends its SYN-ACK (tcp_synack_retries)."),
                    { n(late), n(lateRequests) });
            } else {
                established += lateFit;
                connected += lateRequests;
                clientEstablished += lateRequests;
                overflowsLow += lateOverflow;
                overflowsHigh += qint64(lateOverflow) * (settings.synackRetries + 2);
                if (settings.abortOnOverflow) {
                    reset += lateOverflow;
                    clientEstablished -= lateOverflow;
                    p.explanation << bilingual(
                        kContext,
                        QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "%1 late clients complete their handshakes after the queue filled. Their final "
                                "ACK finds the accept queue full (tcp_check_req()); with tcp_abort_on_overflow=1 "
                                "the server answers with a reset, so these clients first connect and are then "
                                "reset (ECONNRESET)."),
                        { n(lateOverflow) });
                } else {
                    synRecv += lateOverflow;
                    p.explanation << bilingual(
                        kContext,
                        QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "%1 late clients complete their handshakes after the queue filled. Their final "
                                "ACK finds the accept queue full and is ignored (tcp_abort_on_overflow=0): the "
                                "client already reports ESTABLISHED, while the server keeps the connection in "
                                "SYN_RECV and resends its SYN-ACK. This is the puzzle of the lab log."),
                        { n(lateOverflow) });
                }
                if (lateCookies > 0) {
                    p.explanation << bilingual(
                        kContext,
                        QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "%1 late clients found the SYN queue full and got SYN cookies instead of a "
                                "request socket (TcpExt.TCPReqQFullDoCookies)."),
                        { n(lateCookies) });
                }
            }
            if (lateCookies > 0 && quarterRule) {
                quarterDropsLow += qint64(lateCookies) * synsLow;
                quarterDropsHigh += qint64(lateCookies) * synsHigh;
                p.countersDelta[QStringLiteral("TcpExt.TCPReqQFullDrop")] = Range::exactly(0);
            } else if (lateCookies > 0) {
                const QString key = settings.syncookies ? QStringLiteral("TcpExt.TCPReqQFullDoCookies")
                                                        : QStringLiteral("TcpExt.TCPReqQFullDrop");
                p.countersDelta[key] = Range::between(lateCookies, qint64(lateCookies) * synsHigh);
            }
        }

        p.serverStates[QStringLiteral("ESTABLISHED")] = Range::exactly(established);
        p.serverStates[QStringLiteral("SYN_RECV")] = modern ? Range::exactly(synRecv) : Range::between(0, synRecv);
        p.clientStates[QStringLiteral("ESTABLISHED")] = modern
            ? Range::exactly(clientEstablished)
            : Range::between(clientEstablished, clientEstablished + synRecv);
        p.outcomes[QStringLiteral("connected")] = modern ? Range::exactly(connected) : Range::between(connected, connected + synRecv);
        if (modern && reset > 0) {
            // Tolerance measured on loopback (6.18): the server's RST answers the client's final
            // ACK within the same softirq run (tcp_check_req() -> req->rsk_ops->send_reset()), so
            // the client socket goes SYN_SENT -> ESTABLISHED -> CLOSE before the client process
            // looks; its non-blocking connect() then reports ECONNRESET and the client never
            // counts as connected. Over a real network it does, first.
            p.outcomes[QStringLiteral("connected")] = Range::between(connected - reset, connected);
        }
        p.outcomes[QStringLiteral("timed_out")] = modern ? Range::exactly(timedOut) : Range::between(timedOut - synRecv, timedOut);
        p.outcomes[QStringLiteral("reset")] = Range::exactly(reset);
        p.outcomes[QStringLiteral("refused")] = Range::exactly(0);
        if (modern) {
            p.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = Range::between(overflowsLow, overflowsHigh);
            p.countersDelta[QStringLiteral("TcpExt.ListenDrops")] =
                Range::between(overflowsLow + quarterDropsLow, overflowsHigh + quarterDropsHigh);
        } else {
            // 2.6.32 did not count SYNs dropped for a full accept queue at all.
            p.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = Range::between(0, overflowsHigh);
            p.countersDelta[QStringLiteral("TcpExt.ListenDrops")] = Range::between(0, overflowsHigh + quarterDropsHigh);
        }
        if (late == 0)
            p.countersDelta[QStringLiteral("TcpExt.TCPReqQFullDrop")] = Range::exactly(0);
        return p;
    }

    // A server that accepts: the queue drains, so clients dropped in the burst get in when they
    // send their SYN again.
    const int total = fast + late;
    if (spec.accept == AcceptMode::Immediate) {
        p.explanation << bilingual(kContext,
                                   QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "The server accepts every connection at once, so the accept queue empties "
                                           "as fast as it fills. A burst can still overflow it for a moment; the "
                                           "clients dropped then get in with their next SYN, 1 s later."));
        p.outcomes[QStringLiteral("connected")] = Range::exactly(total - late * (spec.lateHandshakeMs < 0 ? 1 : 0));
        p.outcomes[QStringLiteral("timed_out")] = Range::exactly(spec.lateHandshakeMs < 0 ? late : 0);
        p.serverStates[QStringLiteral("ESTABLISHED")] = p.outcomes[QStringLiteral("connected")];
        p.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = Range::between(0, qint64(total) * synsHigh);
    } else {
        // One accept() every acceptDelayMs: by the end of the window about observe/delay connections
        // have left the queue, and the queue has refilled from the retransmitted SYNs.
        const qint64 accepted = qint64(spec.observeS) * 1000 / qMax(1, spec.acceptDelayMs);
        const qint64 lastRetry = synsLow > 1 ? qint64(synTimes[synsLow - 1] * 1000) : 0;
        const qint64 acceptedBeforeLastRetry = lastRetry / qMax(1, spec.acceptDelayMs);
        const qint64 low = qMin<qint64>(total, p.acceptQueueCapacity + acceptedBeforeLastRetry - 2);
        const qint64 high = qMin<qint64>(total, p.acceptQueueCapacity + accepted + 1);
        p.outcomes[QStringLiteral("connected")] = Range::between(qMax<qint64>(low, qMin<qint64>(total, p.acceptQueueCapacity)), high);
        if (settings.syncookies != 0) {
            // Measured on 6.18 in a namespace: once a place frees, the clients' retransmitted SYNs
            // (sent on the same timer tick) all pass the accept-queue test in tcp_conn_request()
            // before any final ACK; the ACKs after the first overflow, and the requests they leave
            // behind fill the SYN queue, so the next SYNs get SYN cookies
            // (TcpExt.TCPReqQFullDoCookies). A cookie SYN-ACK completes the handshake on the
            // client's side even when cookie_v4_check() then drops the ACK for a full accept queue:
            // the client reports connected while the server has no socket for it. So up to every
            // client may count as connected.
            p.outcomes[QStringLiteral("connected")].high = total;
        }
        p.outcomes[QStringLiteral("timed_out")] = Range::between(total - p.outcomes[QStringLiteral("connected")].high,
                                                                 total - p.outcomes[QStringLiteral("connected")].low);
        p.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = Range::between(0, qint64(total) * synsHigh);
        p.explanation << bilingual(
            kContext,
            QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "The server accepts one connection every %1 ms, about %2 in %3 s. Each accept() frees one "
                    "place in the queue; a client dropped in the burst gets in only when its next SYN arrives "
                    "at a moment with a free place, so the clients connect in steps at %4 s."),
            { n(spec.acceptDelayMs), n(accepted), n(spec.observeS), times(synTimes) });
    }
    p.outcomes[QStringLiteral("reset")] = Range::exactly(0);
    if (spec.accept == AcceptMode::Delay && late > 0 && spec.lateHandshakeMs >= 0 && settings.abortOnOverflow) {
        // A slow server frees one place every acceptDelayMs. A late final ACK that still finds the
        // queue full gets a reset from tcp_check_req() (tcp_abort_on_overflow=1), which the
        // branch above does not model; without this the model claimed 0 resets for a kernel that
        // sends them. The late handshakes complete by the client's next SYN or the server's next
        // SYN-ACK, within about 2 s after lateHandshakeMs; at most that many places free up.
        const qint64 freed = (spec.lateHandshakeMs + 2000) / qMax(1, spec.acceptDelayMs) + 1;
        const qint64 room = qMax(0, p.acceptQueueCapacity - fast);
        const int lateRequests = qMin(late, p.synQueueCapacity);
        p.outcomes[QStringLiteral("reset")] = Range::between(qMax<qint64>(0, lateRequests - freed - room), lateRequests);
        p.outcomes[QStringLiteral("timed_out")].low = 0;
        p.explanation << bilingual(
            kContext,
            QT_TRANSLATE_NOOP("tcplab::lab::KernelModel", "%1 late clients complete their handshakes while the slow server has freed at most %2 "
                    "places. A final ACK that finds the accept queue full is answered with a reset "
                    "(tcp_abort_on_overflow=1), so up to %1 clients see ECONNRESET."),
            { n(lateRequests), n(freed) });
    }
    p.outcomes[QStringLiteral("refused")] = Range::exactly(0);
    return p;
}

} // namespace tcplab::lab
