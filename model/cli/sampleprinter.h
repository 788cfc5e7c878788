// SPDX-License-Identifier: GPL-3.0-or-later
// What `tcplab sample` prints: samples a counter source (this machine unless told otherwise) and
// its sockets at an interval and prints one line (or JSON object) per sample, with the rates since
// the one before.
#pragma once

#include "series/sampler.h"
#include "sockets/socketcensus.h"
#include "sources/localcountersource.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QTextStream;

namespace tcplab::cli
{

struct SampleOptions {
    int intervalMs = 1000;
    int count = 0; // 0: until interrupted
    bool json = false;
    std::optional<quint16> port; // census of this port only
};

class SamplePrinter : public QObject
{
    Q_OBJECT
public:
    // `source` (not owned) is read instead of this machine when given; it must outlive the command.
    SamplePrinter(const SampleOptions &options, QTextStream *out, CounterSource *source = nullptr, QObject *parent = nullptr);

    // Fills the census printed with each sample; returns false when it could not (the census's
    // error says why). Without one, this machine's sockets are counted through netlink, which is
    // wrong for a remote source: give the remote's census (SshSource::lastCensus()) or one that
    // reports it has none.
    using CensusProvider = std::function<bool(sockets::Census *census)>;
    void setCensusProvider(CensusProvider provider)
    {
        m_censusProvider = std::move(provider);
    }

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onSnapshot(const CounterSnapshot &snapshot);
    void onRates(const RateSample &rates);

    SampleOptions m_options;
    QTextStream *m_out;
    std::unique_ptr<LocalCounterSource> m_localSource; // when no source was given
    CounterSource *m_source;
    Sampler m_sampler;
    CensusProvider m_censusProvider;
    sockets::SocketCensus m_census;
    sockets::Census m_lastCensus;
    CounterSnapshot m_lastSnapshot;
    int m_printed = 0;
};

} // namespace tcplab::cli
