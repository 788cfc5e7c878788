// SPDX-License-Identifier: GPL-3.0-or-later
// Live monitoring of one source, as the main window's views see it: a sampler at the chosen
// interval, the socket census taken with every sample, and the time-series store that the charts
// draw from. Socket-state counts and every listener's queues go into the store too
// ("sockets.ESTABLISHED", "listener.<address:port>.recv_q" / ".send_q" / ".syn_recv"), so that
// their history can be drawn like any counter.
#pragma once

#include "series/sampler.h"
#include "series/timeseriesstore.h"
#include "sockets/socketcensus.h"
#include "sources/countersource.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace tcplab
{

class MonitorSession : public QObject
{
    Q_OBJECT
public:
    // Watches this machine until setSource() says otherwise.
    explicit MonitorSession(QObject *parent = nullptr);
    ~MonitorSession() override;

    // Replaces the source; the history of the old one is cleared. `censusSocket` is a sock_diag
    // socket of the source's network namespace (taken over), or -1 for one of this process's own.
    void setSource(std::unique_ptr<CounterSource> source, int censusSocket = -1);
    // Where the socket census comes from when it is not a netlink socket (a remote host's `ss`
    // output); fills the census and returns whether it is complete. Cleared by setSource().
    using CensusProvider = std::function<bool(sockets::Census *)>;
    void setCensusProvider(CensusProvider provider)
    {
        m_censusProvider = std::move(provider);
    }
    CounterSource *source() const
    {
        return m_source.get();
    }

    void setIntervalMs(int intervalMs);
    int intervalMs() const
    {
        return m_sampler->intervalMs();
    }
    // How much history the store keeps.
    void setSpanMs(qint64 spanMs);
    qint64 spanMs() const
    {
        return m_store.spanMs();
    }

    // The census's kernel-side port filter (nullopt: every socket) and how much it collects.
    void setCensusPort(std::optional<quint16> port);
    std::optional<quint16> censusPort() const
    {
        return m_censusOptions.port;
    }
    void setCensusDetail(sockets::CensusDetail detail)
    {
        m_censusOptions.detail = detail;
    }

    void start();
    void setPaused(bool paused);
    bool isPaused() const
    {
        return m_paused;
    }
    bool isRunning() const
    {
        return m_sampler->isRunning();
    }
    // One sample now (also while paused); used by tests and the "refresh" action.
    void sampleNow()
    {
        m_sampler->sampleNow();
    }

    const TimeSeriesStore &store() const
    {
        return m_store;
    }
    TimeSeriesStore &store()
    {
        return m_store;
    }
    const sockets::Census &census() const
    {
        return m_census;
    }
    const CounterSnapshot &lastSnapshot() const
    {
        return m_lastSnapshot;
    }
    const RateSample &lastRates() const
    {
        return m_lastRates;
    }
    // The newest problem reading the source or the sockets; empty when all is well.
    QString lastError() const
    {
        return m_lastError;
    }

    // Series names for a listener's queues.
    static QString listenerSeries(const QString &endpoint, const char *field);

Q_SIGNALS:
    // A sample went into the store (every series has a point at `wallMs`).
    void sampled(qint64 wallMs);
    // A new census is available (with every sample, the first one too).
    void censusUpdated();
    void pausedChanged(bool paused);
    void errorChanged(const QString &message);
    void sourceChanged();

private:
    void onSnapshot(const CounterSnapshot &snapshot);
    void onRates(const RateSample &rates);
    void setError(const QString &message);

    std::unique_ptr<CounterSource> m_source;
    std::unique_ptr<Sampler> m_sampler;
    TimeSeriesStore m_store;
    sockets::SocketCensus m_censusReader;
    CensusProvider m_censusProvider;
    sockets::CensusOptions m_censusOptions;
    sockets::Census m_census;
    CounterSnapshot m_lastSnapshot;
    RateSample m_lastRates;
    QString m_lastError;
    bool m_paused = false;
    int m_intervalMs = 1000;
};

} // namespace tcplab
