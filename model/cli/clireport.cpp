// SPDX-License-Identifier: GPL-3.0-or-later
#include "clireport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace tcplab::cli
{

namespace
{

using procfs::TcpState;

QJsonObject stateCounts(const procfs::TcpStateCounts &counts)
{
    QJsonObject states;
    for (int n = 1; n <= procfs::TcpStateMax; ++n) {
        const auto state = procfs::tcpStateFromNumber(n);
        // Request sockets are already counted as SYN_RECV by the census.
        if (!state || *state == TcpState::NewSynRecv)
            continue;
        states.insert(procfs::tcpStateName(*state), qint64(counts[*state]));
    }
    return states;
}

QJsonArray listeners(const sockets::Census &census)
{
    QJsonArray list;
    for (const auto &l : census.listeners) {
        list.append(QJsonObject{
            {QStringLiteral("local"), l.local.toString()},
            {QStringLiteral("recv_q"), qint64(l.acceptQueue)},
            {QStringLiteral("send_q"), qint64(l.acceptQueueLimit)},
            {QStringLiteral("syn_recv"), qint64(l.synRecv)},
        });
    }
    return list;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

QJsonObject censusToJson(const sockets::Census &census)
{
    QJsonObject out{
        {QStringLiteral("states"), stateCounts(census.counts)},
        {QStringLiteral("total"), qint64(census.counts.total())},
        {QStringLiteral("listeners"), listeners(census)},
    };
    if (!census.ok())
        out.insert(QStringLiteral("error"), census.error);
    return out;
}

QString censusToText(const sockets::Census &census)
{
    QString text;
    int width = 12;
    for (int n = 1; n <= procfs::TcpStateMax; ++n) {
        const auto state = procfs::tcpStateFromNumber(n);
        if (!state || *state == TcpState::NewSynRecv)
            continue;
        text +=
            procfs::tcpStateName(*state).leftJustified(width) + QLatin1Char(' ') + QString::number(census.counts[*state]).rightJustified(8) + QLatin1Char('\n');
    }
    text += QStringLiteral("%1 %2\n").arg(QStringLiteral("total").leftJustified(width)).arg(census.counts.total(), 8);
    text += QLatin1Char('\n');
    qsizetype localWidth = 20;
    for (const auto &l : census.listeners)
        localWidth = qMax(localWidth, l.local.toString().size());
    text += QStringLiteral("%1 %2 %3 %4\n")
                .arg(QStringLiteral("Local Address:Port").leftJustified(localWidth),
                     QStringLiteral("Recv-Q").rightJustified(8),
                     QStringLiteral("Send-Q").rightJustified(8),
                     QStringLiteral("SYN-RECV").rightJustified(8));
    for (const auto &l : census.listeners) {
        text += QStringLiteral("%1 %2 %3 %4\n")
                    .arg(l.local.toString().leftJustified(localWidth))
                    .arg(l.acceptQueue, 8)
                    .arg(l.acceptQueueLimit, 8)
                    .arg(l.synRecv, 8);
    }
    return text;
}

QJsonObject sampleToJson(qint64 wallMs, const CounterSnapshot &snapshot, const RateSample *rates, const sockets::Census &census)
{
    QJsonObject counters;
    for (const QString &key : snapshot.netstat.keys())
        counters.insert(key, snapshot.netstat.value(key));
    QJsonObject interfaces;
    for (const auto &i : snapshot.interfaces) {
        interfaces.insert(i.name,
                          QJsonObject{
                              {QStringLiteral("rx_bytes"), qint64(i.rxBytes)},
                              {QStringLiteral("rx_packets"), qint64(i.rxPackets)},
                              {QStringLiteral("rx_errors"), qint64(i.rxErrors)},
                              {QStringLiteral("rx_dropped"), qint64(i.rxDropped)},
                              {QStringLiteral("tx_bytes"), qint64(i.txBytes)},
                              {QStringLiteral("tx_packets"), qint64(i.txPackets)},
                              {QStringLiteral("tx_errors"), qint64(i.txErrors)},
                              {QStringLiteral("tx_dropped"), qint64(i.txDropped)},
                              {QStringLiteral("collisions"), qint64(i.txCollisions)},
                          });
    }
    QJsonObject out{
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(wallMs).toString(Qt::ISODateWithMs)},
        {QStringLiteral("monotonic_ns"), snapshot.monotonicNs},
        {QStringLiteral("counters"), counters},
        {QStringLiteral("interfaces"), interfaces},
        {QStringLiteral("states"), stateCounts(census.counts)},
        {QStringLiteral("listeners"), listeners(census)},
    };
    if (rates) {
        QJsonObject values;
        QJsonObject cpu;
        for (auto it = rates->values.cbegin(); it != rates->values.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("cpu.")))
                cpu.insert(it.key().mid(4), it.value());
            else if (!isGauge(it.key()))
                values.insert(it.key(), it.value());
        }
        out.insert(QStringLiteral("seconds"), rates->seconds);
        out.insert(QStringLiteral("rates"), values);
        out.insert(QStringLiteral("cpu"), cpu);
    } else {
        out.insert(QStringLiteral("rates"), QJsonValue::Null);
        out.insert(QStringLiteral("cpu"), QJsonValue::Null);
    }
    QJsonArray errors;
    for (const QString &e : snapshot.errors)
        errors.append(e);
    if (!census.ok())
        errors.append(census.error);
    if (!errors.isEmpty())
        out.insert(QStringLiteral("errors"), errors);
    return out;
}

QString sampleToText(qint64 wallMs, const CounterSnapshot &snapshot, const RateSample *rates, const sockets::Census &census)
{
    QStringList parts;
    parts << QDateTime::fromMSecsSinceEpoch(wallMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    auto rate = [&](const QString &label, const QString &key, int decimals, double scale = 1) {
        if (rates && rates->has(key))
            parts << label + QLatin1Char('=') + number(rates->value(key) * scale, decimals);
        else
            parts << label + QLatin1String("=-");
    };
    rate(QStringLiteral("rx_pkt/s"), QStringLiteral("if.*.rx_packets"), 0);
    rate(QStringLiteral("tx_pkt/s"), QStringLiteral("if.*.tx_packets"), 0);
    rate(QStringLiteral("rx_Mbit/s"), QStringLiteral("if.*.rx_bytes"), 3, 8e-6);
    rate(QStringLiteral("tx_Mbit/s"), QStringLiteral("if.*.tx_bytes"), 3, 8e-6);
    for (const char *field : {"user", "system", "iowait", "softirq", "idle"})
        rate(QLatin1String("cpu_") + QLatin1String(field) + QLatin1Char('%'), QLatin1String("cpu.") + QLatin1String(field), 1);
    for (const char *key : {"TcpExt.ListenOverflows", "TcpExt.ListenDrops", "Tcp.ActiveOpens", "Tcp.PassiveOpens", "Tcp.RetransSegs"}) {
        const QString name = QLatin1String(key);
        rate(name + QLatin1String("/s"), name, 1);
    }
    for (TcpState state : {TcpState::Listen, TcpState::SynSent, TcpState::SynRecv, TcpState::Established, TcpState::TimeWait, TcpState::CloseWait}) {
        parts << procfs::tcpStateName(state) + QLatin1Char('=') + QString::number(census.counts[state]);
    }
    QStringList queues;
    for (const auto &l : census.listeners) {
        queues << QStringLiteral("%1:%2/%3,syn_recv=%4").arg(l.local.toString()).arg(l.acceptQueue).arg(l.acceptQueueLimit).arg(l.synRecv);
    }
    parts << QLatin1String("listeners=") + (queues.isEmpty() ? QStringLiteral("-") : queues.join(QLatin1Char(';')));
    for (const QString &e : snapshot.errors)
        parts << QLatin1String("error=\"") + e + QLatin1Char('"');
    if (!census.ok())
        parts << QLatin1String("error=\"") + census.error + QLatin1Char('"');
    return parts.join(QLatin1Char(' '));
}

} // namespace tcplab::cli
