// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommand.h"

#include "cli/clireport.h"
#include "remote/prometheushistory.h"

#include <QJsonDocument>
#include <QTextStream>

namespace tcplab::cli
{

int HistoryCommand::run(const HistoryOptions &options, QTextStream *out, QTextStream *err)
{
    using remote::PrometheusHistory;
    remote::PrometheusHistoryRequest request;
    request.server = options.server;
    request.instance = options.instance;
    request.timeoutMs = options.timeoutMs;
    const auto span = PrometheusHistory::parseDurationMs(options.span);
    if (!span) {
        *err << tr("tcplab: --span takes a duration such as 30s, 15m, 2h or plain seconds, not \"%1\"").arg(options.span) << Qt::endl;
        return 2;
    }
    request.spanMs = *span;
    if (!options.step.isEmpty()) {
        const auto step = PrometheusHistory::parseDurationMs(options.step);
        if (!step || *step <= 0) {
            *err << tr("tcplab: --step takes a duration such as 1s, 15s, 1m or plain seconds, not \"%1\"").arg(options.step) << Qt::endl;
            return 2;
        }
        request.stepMs = *step;
    }
    const QString invalid = PrometheusHistory::validate(request);
    if (!invalid.isEmpty()) {
        *err << tr("tcplab: %1").arg(invalid) << Qt::endl;
        return 2;
    }

    PrometheusHistory history;
    const remote::PrometheusHistoryResult result = history.fetchAndWait(request);
    for (const QString &warning : result.warnings)
        *err << tr("tcplab: %1").arg(warning) << Qt::endl;
    if (!result.ok()) {
        *err << tr("tcplab: %1").arg(result.error) << Qt::endl;
        return 1;
    }

    // Prometheus keeps counters, not sockets: every line says so, as with --node-exporter.
    sockets::Census census;
    census.error = tr("Prometheus keeps no socket census");
    const QList<RateSample> rates = PrometheusHistory::rates(result.snapshots);
    for (qsizetype i = 0; i < result.snapshots.size(); ++i) {
        const CounterSnapshot &snapshot = result.snapshots[i];
        const RateSample *sample = i > 0 ? &rates[i - 1] : nullptr;
        const qint64 wallMs = PrometheusHistory::wallMs(snapshot);
        if (options.json)
            *out << QJsonDocument(sampleToJson(wallMs, snapshot, sample, census)).toJson(QJsonDocument::Compact);
        else
            *out << sampleToText(wallMs, snapshot, sample, census);
        *out << '\n';
    }
    out->flush();
    return 0;
}

} // namespace tcplab::cli
