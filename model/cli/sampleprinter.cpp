// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleprinter.h"

#include "clireport.h"

#include <QJsonDocument>
#include <QTextStream>

namespace tcplab::cli
{

SamplePrinter::SamplePrinter(const SampleOptions &options, QTextStream *out, CounterSource *source, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_localSource(source ? nullptr : std::make_unique<LocalCounterSource>())
    , m_source(source ? source : m_localSource.get())
    , m_sampler(m_source)
{
    m_sampler.setIntervalMs(options.intervalMs);
    connect(&m_sampler, &Sampler::snapshotTaken, this, &SamplePrinter::onSnapshot);
    connect(&m_sampler, &Sampler::ratesComputed, this, &SamplePrinter::onRates);
}

void SamplePrinter::start()
{
    m_sampler.start();
}

void SamplePrinter::onSnapshot(const CounterSnapshot &snapshot)
{
    m_lastSnapshot = snapshot;
    if (m_censusProvider) {
        m_censusProvider(&m_lastCensus);
        return;
    }
    sockets::CensusOptions options;
    options.detail = sockets::CensusDetail::Listeners;
    options.port = m_options.port;
    m_census.takeInto(options, &m_lastCensus);
}

void SamplePrinter::onRates(const RateSample &rates)
{
    if (m_options.json) {
        *m_out << QJsonDocument(sampleToJson(rates.wallMs, m_lastSnapshot, &rates, m_lastCensus)).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        *m_out << sampleToText(rates.wallMs, m_lastSnapshot, &rates, m_lastCensus) << Qt::endl;
    }
    if (m_options.count > 0 && ++m_printed >= m_options.count) {
        m_sampler.stop();
        Q_EMIT finished(0);
    }
}

} // namespace tcplab::cli
