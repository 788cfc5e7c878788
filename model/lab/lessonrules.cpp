// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonrules.h"

namespace tcplab::lab
{

bool hasHalfOpenClients(const ExperimentSpec &spec)
{
    return spec.lateClients > 0 && spec.lateHandshakeMs < 0;
}

QList<double> synAckTimerTimes(int synackRetries)
{
    QList<double> times;
    double at = 0;
    double rto = 1;
    for (int i = 0; i < synackRetries; ++i) {
        at += rto;
        times << at;
        rto = qMin(rto * 2, 120.0);
    }
    return times;
}

SynAckFigures synAckFigures(const ExperimentResult &r)
{
    SynAckFigures f;
    bool ok = false;
    const int sysctl = r.sysctls.value(QStringLiteral("net/ipv4/tcp_synack_retries")).toInt(&ok);
    f.retries = ok ? sysctl : r.expected.settings.synackRetries;
    f.window = r.spec.observeS;
    f.timerTimes = synAckTimerTimes(f.retries);
    f.timerResends = synsWithin(f.timerTimes, f.window);
    const QList<double> clientTimes = synTransmissionTimes(r.expected.kernel, r.expected.settings);
    f.clientResends = qMax(0, synsWithin(clientTimes, f.window) - 1);
    // A resend due right at the window's edge may or may not be counted (as in the kernel model).
    const qint64 clientLow = qMax(0, synsWithin(clientTimes, f.window - 0.3) - 1);
    const qint64 clientHigh = qMax(0, synsWithin(clientTimes, f.window + 0.3) - 1);
    const qint64 timerHigh = synsWithin(f.timerTimes, f.window + 0.3);
    // tcp_check_req() answers each resent SYN of a known request with another SYN-ACK (at most
    // one per tcp_invalid_ratelimit) and restarts the request's timer, so the counter grows by
    // the clients' SYNs, the answers to them, and whatever timer resends still fall in between.
    const qint64 late = r.spec.lateClients;
    f.expectedCounter = Range::between(late * clientLow, late * (2 * clientHigh + timerHigh));
    const QString key = QStringLiteral("TcpExt.TCPSynRetrans");
    f.measured = r.countersDelta.value(key);
    for (int second = 1; second <= int(f.window); ++second) {
        qint64 value = 0;
        for (const TimelineSample &s : r.timeline) {
            if (s.elapsedMs <= second * 1000)
                value = s.counters.value(key);
        }
        f.bySecond << value;
    }
    return f;
}

const TrafficPhase *findPhase(const TrafficResult &r, const QString &name)
{
    for (const TrafficPhase &p : r.phases) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

std::optional<double> interfaceMbps(const TrafficHost &h, bool in)
{
    if (h.figures.seconds <= 0)
        return std::nullopt;
    return double(in ? h.link.rxBytes : h.link.txBytes) * 8 / h.figures.seconds / 1e6;
}

ScenarioFigures scenarioFigures(const TrafficResult &r)
{
    ScenarioFigures f;
    f.put = findPhase(r, QStringLiteral("put"));
    f.get = findPhase(r, QStringLiteral("get"));
    if (f.put) {
        const checklist::InterfaceFigures &t = f.put->server.figures.total;
        f.putPacketsIn = t.inPacketsPerSecond;
        f.putMbps = interfaceMbps(f.put->server, true);
        if (t.inPacketsPerSecond && t.outPacketsPerSecond && *t.inPacketsPerSecond > 0)
            f.acksPer100 = *t.outPacketsPerSecond / *t.inPacketsPerSecond * 100;
    }
    if (f.get)
        f.getPacketsOut = f.get->server.figures.total.outPacketsPerSecond;
    return f;
}

bool predictionIsOff(double predicted, double measured)
{
    if (measured <= 0)
        return predicted != 0;
    return qAbs(predicted - measured) > kOffShare * measured;
}

std::optional<qint64> differencePercent(double predicted, double measured)
{
    if (measured <= 0)
        return predicted == 0 ? std::optional<qint64>(0) : std::nullopt;
    return qRound64((predicted - measured) / measured * 100);
}

} // namespace tcplab::lab
