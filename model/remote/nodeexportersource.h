// SPDX-License-Identifier: GPL-3.0-or-later
// Counters of a host that runs Prometheus' node_exporter, read from its /metrics page over HTTP:
// node_netstat_* become the netstat table ("TcpExt.ListenOverflows"), node_network_*_total{device}
// the interfaces, node_cpu_seconds_total{cpu,mode} the CPU times in clock ticks, node_sockstat_*
// the sockstat table. read() waits for the reply (in a local event loop, with a timeout), as the
// local source waits for /proc: one request per sample, nothing kept between samples.
#pragma once

#include "prometheustext.h"
#include "sources/countersource.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrl>

namespace tcplab::remote
{

// The kernel's USER_HZ, which /proc/stat counts in and node_exporter divides by (procfs's
// userHZ): seconds times this gives back the same ticks as a local read.
inline constexpr double kUserHz = 100.0;

// Turns a parsed /metrics page into a snapshot (monotonicNs left at 0). Families it does not
// know are ignored; values that are not whole non-negative numbers are listed in *warnings.
CounterSnapshot snapshotFromMetrics(const PrometheusText &metrics, QStringList *warnings = nullptr);

class NodeExporterSource : public CounterSource
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::remote::NodeExporterSource)
public:
    // `url` is the exporter's address; a URL without a path gets /metrics.
    explicit NodeExporterSource(const QUrl &url);

    // "" when `url` can be read: http or https, a host, no user or password in it.
    static QString validateUrl(const QUrl &url);

    void setTimeoutMs(int timeoutMs)
    {
        m_timeoutMs = qMax(100, timeoutMs);
    }
    QUrl url() const
    {
        return m_url;
    }

    CounterSnapshot read() override;
    QString displayName() const override;

private:
    QUrl m_url;
    int m_timeoutMs = 5000;
    QNetworkAccessManager m_network;
};

} // namespace tcplab::remote
