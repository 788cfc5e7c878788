// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeexportersource.h"

#include "sources/localcountersource.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tcplab::remote
{

namespace
{

struct InterfaceField {
    const char *metric; // after "node_network_"
    quint64 procfs::InterfaceCounters::*member;
};

const InterfaceField kInterfaceFields[] = {
    {"receive_bytes_total", &procfs::InterfaceCounters::rxBytes},
    {"receive_packets_total", &procfs::InterfaceCounters::rxPackets},
    {"receive_errs_total", &procfs::InterfaceCounters::rxErrors},
    {"receive_drop_total", &procfs::InterfaceCounters::rxDropped},
    {"receive_fifo_total", &procfs::InterfaceCounters::rxFifo},
    {"receive_frame_total", &procfs::InterfaceCounters::rxFrame},
    {"receive_compressed_total", &procfs::InterfaceCounters::rxCompressed},
    {"receive_multicast_total", &procfs::InterfaceCounters::rxMulticast},
    {"transmit_bytes_total", &procfs::InterfaceCounters::txBytes},
    {"transmit_packets_total", &procfs::InterfaceCounters::txPackets},
    {"transmit_errs_total", &procfs::InterfaceCounters::txErrors},
    {"transmit_drop_total", &procfs::InterfaceCounters::txDropped},
    {"transmit_fifo_total", &procfs::InterfaceCounters::txFifo},
    {"transmit_colls_total", &procfs::InterfaceCounters::txCollisions},
    {"transmit_carrier_total", &procfs::InterfaceCounters::txCarrier},
    {"transmit_compressed_total", &procfs::InterfaceCounters::txCompressed},
};

struct CpuField {
    const char *mode;
    quint64 procfs::CpuTimes::*member;
};

const CpuField kCpuFields[] = {
    {"user", &procfs::CpuTimes::user},
    {"nice", &procfs::CpuTimes::nice},
    {"system", &procfs::CpuTimes::system},
    {"idle", &procfs::CpuTimes::idle},
    {"iowait", &procfs::CpuTimes::iowait},
    {"irq", &procfs::CpuTimes::irq},
    {"softirq", &procfs::CpuTimes::softirq},
    {"steal", &procfs::CpuTimes::steal},
};

// "TcpExt_ListenOverflows" -> "TcpExt.ListenOverflows": the kernel's group names hold no '_'.
QString dottedKey(QStringView suffix)
{
    const qsizetype underscore = suffix.indexOf(QLatin1Char('_'));
    if (underscore <= 0 || underscore + 1 >= suffix.size())
        return {};
    return suffix.first(underscore) + QLatin1Char('.') + suffix.sliced(underscore + 1);
}

} // namespace

CounterSnapshot snapshotFromMetrics(const PrometheusText &metrics, QStringList *warnings)
{
    CounterSnapshot snapshot;
    const QLatin1String netstatPrefix("node_netstat_");
    const QLatin1String sockstatPrefix("node_sockstat_");
    const QLatin1String networkPrefix("node_network_");
    QList<procfs::InterfaceCounters> interfaces;
    QMap<int, procfs::CpuTimes> cpus; // by CPU number, so that cpu10 follows cpu9
    const auto warn = [warnings](const PrometheusSample &sample) {
        if (warnings)
            warnings->append(NodeExporterSource::tr("%1 is not a whole number: %2").arg(sample.name, QString::fromLatin1(sample.valueText)));
    };

    for (const PrometheusSample &sample : metrics.samples) {
        if (sample.name.startsWith(netstatPrefix)) {
            const QString key = dottedKey(QStringView(sample.name).sliced(netstatPrefix.size()));
            if (key.isEmpty())
                continue;
            // Tcp.MaxConn is -1 on Linux: the only signed value in these files.
            if (std::isfinite(sample.value) && sample.value < 0) {
                snapshot.netstat.insert(key, qint64(std::llround(sample.value)));
                continue;
            }
            const auto value = sample.toUnsigned();
            if (!value) {
                warn(sample);
                continue;
            }
            snapshot.netstat.insert(key, qint64(qMin<quint64>(*value, quint64(std::numeric_limits<qint64>::max()))));
        } else if (sample.name.startsWith(sockstatPrefix)) {
            // TCP_mem_bytes and friends are node_exporter's own products (pages times the page
            // size); the table keeps the kernel's numbers only.
            if (sample.name.endsWith(QLatin1String("_bytes")))
                continue;
            const QString key = dottedKey(QStringView(sample.name).sliced(sockstatPrefix.size()));
            const auto value = sample.toUnsigned();
            if (key.isEmpty())
                continue;
            if (!value) {
                warn(sample);
                continue;
            }
            snapshot.sockstat.insert(key, qint64(qMin<quint64>(*value, quint64(std::numeric_limits<qint64>::max()))));
        } else if (sample.name.startsWith(networkPrefix)) {
            const QStringView field = QStringView(sample.name).sliced(networkPrefix.size());
            const InterfaceField *match = nullptr;
            for (const auto &candidate : kInterfaceFields) {
                if (field == QLatin1String(candidate.metric))
                    match = &candidate;
            }
            const QString device = sample.label(QStringLiteral("device"));
            if (!match || device.isEmpty())
                continue;
            const auto value = sample.toUnsigned();
            if (!value) {
                warn(sample);
                continue;
            }
            auto it = std::find_if(interfaces.begin(), interfaces.end(), [&device](const procfs::InterfaceCounters &i) {
                return i.name == device;
            });
            if (it == interfaces.end()) {
                interfaces.append(procfs::InterfaceCounters());
                interfaces.last().name = device;
                it = interfaces.end() - 1;
            }
            (*it).*(match->member) = *value;
        } else if (sample.name == QLatin1String("node_cpu_seconds_total")) {
            bool ok = false;
            const int cpu = sample.label(QStringLiteral("cpu")).toInt(&ok);
            const QString mode = sample.label(QStringLiteral("mode"));
            if (!ok || cpu < 0 || !std::isfinite(sample.value) || sample.value < 0)
                continue;
            for (const auto &field : kCpuFields) {
                if (mode == QLatin1String(field.mode))
                    cpus[cpu].*(field.member) = quint64(std::llround(sample.value * kUserHz));
            }
        }
    }
    snapshot.interfaces = std::move(interfaces);
    snapshot.cpu.total.name = QStringLiteral("cpu");
    for (auto it = cpus.begin(); it != cpus.end(); ++it) {
        procfs::CpuTimes times = it.value();
        times.name = QLatin1String("cpu") + QString::number(it.key());
        // The kernel's "cpu" line is the sum of the per-CPU lines too.
        for (const auto &field : kCpuFields)
            snapshot.cpu.total.*(field.member) += times.*(field.member);
        snapshot.cpu.perCpu.append(times);
    }
    return snapshot;
}

NodeExporterSource::NodeExporterSource(const QUrl &url)
    : m_url(url)
{
    if (m_url.path().isEmpty() || m_url.path() == QLatin1String("/"))
        m_url.setPath(QStringLiteral("/metrics"));
}

QString NodeExporterSource::validateUrl(const QUrl &url)
{
    if (!url.isValid())
        return tr("\"%1\" is not a valid URL.").arg(url.toString());
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("The node_exporter URL must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("The node_exporter URL has no host.");
    if (!url.userInfo().isEmpty())
        return tr("Put no user name or password in the URL; tcplab does not store passwords.");
    return {};
}

QString NodeExporterSource::displayName() const
{
    return m_url.host() + (m_url.port() > 0 ? QLatin1Char(':') + QString::number(m_url.port()) : QString());
}

CounterSnapshot NodeExporterSource::read()
{
    const qint64 startNs = monotonicNowNs();
    const QString invalid = validateUrl(m_url);
    if (!invalid.isEmpty()) {
        CounterSnapshot failed;
        failed.monotonicNs = startNs;
        failed.errors.append(invalid);
        return failed;
    }
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "text/plain;version=0.0.4");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.get(request);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const qint64 endNs = monotonicNowNs();

    CounterSnapshot snapshot;
    if (!reply->isFinished()) {
        reply->abort();
        snapshot.errors.append(tr("%1 did not answer within %2 s").arg(m_url.toString()).arg(m_timeoutMs / 1000.0));
    } else if (reply->error() != QNetworkReply::NoError) {
        snapshot.errors.append(tr("Reading %1 failed: %2").arg(m_url.toString(), reply->errorString()));
    } else {
        const auto parsed = parsePrometheusText(reply->readAll());
        if (!parsed.ok())
            snapshot.errors.append(parsed.error);
        else
            snapshot = snapshotFromMetrics(parsed.value);
        if (parsed.ok() && snapshot.netstat.isEmpty() && snapshot.interfaces.isEmpty())
            snapshot.errors.append(tr("%1 serves no netstat or network metrics: are those collectors on?").arg(m_url.toString()));
    }
    reply->deleteLater();
    // The exporter reads /proc while it answers: the middle of the request is the best guess.
    snapshot.monotonicNs = startNs + (endNs - startNs) / 2;
    return snapshot;
}

} // namespace tcplab::remote
