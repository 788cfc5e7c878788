// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab sample`: samples this machine's counters and sockets at an interval and prints one line
// (or JSON object) per sample, with the rates since the one before.
#pragma once

#include "series/sampler.h"
#include "sockets/socketcensus.h"
#include "sources/localcountersource.h"

#include <QObject>
#include <optional>

class QTextStream;

namespace tcplab::cli {

struct SampleOptions {
    int intervalMs = 1000;
    int count = 0; // 0: until interrupted
    bool json = false;
    std::optional<quint16> port; // census of this port only
};

class SampleCommand : public QObject
{
    Q_OBJECT
public:
    SampleCommand(const SampleOptions &options, QTextStream *out, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onSnapshot(const CounterSnapshot &snapshot);
    void onRates(const RateSample &rates);

    SampleOptions m_options;
    QTextStream *m_out;
    LocalCounterSource m_source;
    Sampler m_sampler;
    sockets::SocketCensus m_census;
    sockets::Census m_lastCensus;
    CounterSnapshot m_lastSnapshot;
    int m_printed = 0;
};

} // namespace tcplab::cli
