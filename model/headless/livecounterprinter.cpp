// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecounterprinter.h"

#include <QDateTime>
#include <QLocale>
#include <QTextStream>

namespace tcplab
{

namespace
{

// Per-second rate of a counter between two readings; empty when the counter went backwards
// (an interface was reset, the namespace was recreated), which is a gap and not a negative rate.
QString rate(quint64 before, quint64 after, double seconds, int decimals = 0)
{
    if (after < before || seconds <= 0)
        return QStringLiteral("-");
    return QLocale().toString(double(after - before) / seconds, 'f', decimals);
}

QString counterRate(const CounterSnapshot &a, const CounterSnapshot &b, const QString &key, double seconds)
{
    if (!a.netstat.contains(key) || !b.netstat.contains(key))
        return QStringLiteral("-");
    return rate(quint64(a.netstat.value(key)), quint64(b.netstat.value(key)), seconds);
}

} // namespace

LiveCounterPrinter::LiveCounterPrinter(QTextStream *out, int rows, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_rows(rows)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LiveCounterPrinter::tick);
}

QStringList LiveCounterPrinter::header()
{
    return {tr("time"),
            tr("rx pkt/s"),
            tr("tx pkt/s"),
            tr("rx Mbit/s"),
            tr("tx Mbit/s"),
            tr("CPU busy %"),
            tr("active opens/s"),
            tr("passive opens/s"),
            tr("retrans seg/s"),
            tr("listen overflows/s"),
            tr("established")};
}

QStringList LiveCounterPrinter::formatRow(const CounterSnapshot &before, const CounterSnapshot &after)
{
    const double seconds = double(after.monotonicNs - before.monotonicNs) / 1e9;
    const auto in = before.interfaceTotals();
    const auto out = after.interfaceTotals();
    QString rxMbit = QStringLiteral("-");
    QString txMbit = QStringLiteral("-");
    if (seconds > 0 && out.rxBytes >= in.rxBytes)
        rxMbit = QLocale().toString(double(out.rxBytes - in.rxBytes) * 8 / 1e6 / seconds, 'f', 3);
    if (seconds > 0 && out.txBytes >= in.txBytes)
        txMbit = QLocale().toString(double(out.txBytes - in.txBytes) * 8 / 1e6 / seconds, 'f', 3);

    QString cpuBusy = QStringLiteral("-");
    const quint64 totalBefore = before.cpu.total.total();
    const quint64 totalAfter = after.cpu.total.total();
    if (totalAfter > totalBefore && after.cpu.total.busy() >= before.cpu.total.busy()) {
        const double share = double(after.cpu.total.busy() - before.cpu.total.busy()) / double(totalAfter - totalBefore);
        cpuBusy = QLocale().toString(100.0 * share, 'f', 1);
    }

    const QString established = after.netstat.contains(QStringLiteral("Tcp.CurrEstab"))
        ? QLocale().toString(after.netstat.value(QStringLiteral("Tcp.CurrEstab")))
        : QStringLiteral("-");

    return {
        QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")),
        rate(in.rxPackets, out.rxPackets, seconds),
        rate(in.txPackets, out.txPackets, seconds),
        rxMbit,
        txMbit,
        cpuBusy,
        counterRate(before, after, QStringLiteral("Tcp.ActiveOpens"), seconds),
        counterRate(before, after, QStringLiteral("Tcp.PassiveOpens"), seconds),
        counterRate(before, after, QStringLiteral("Tcp.RetransSegs"), seconds),
        counterRate(before, after, QStringLiteral("TcpExt.ListenOverflows"), seconds),
        established,
    };
}

void LiveCounterPrinter::start()
{
    m_previous = m_source.read();
    for (const QString &error : std::as_const(m_previous.errors))
        *m_out << tr("warning: %1").arg(error) << Qt::endl;
    printRow(header());
    m_timer.start();
}

void LiveCounterPrinter::printRow(const QStringList &cells)
{
    // Right-aligned columns as wide as their header, so the table reads like `sar` or `nstat`.
    const QStringList titles = header();
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const qsizetype width = qMax<qsizetype>(titles.value(i).size(), 8);
        line += (i ? QStringLiteral("  ") : QString()) + cells[i].rightJustified(width);
    }
    *m_out << line << Qt::endl;
}

void LiveCounterPrinter::tick()
{
    const CounterSnapshot now = m_source.read();
    printRow(formatRow(m_previous, now));
    m_previous = now;
    if (++m_printed >= m_rows) {
        m_timer.stop();
        Q_EMIT finished(0);
    }
}

} // namespace tcplab
