// SPDX-License-Identifier: GPL-3.0-or-later
// The recorded history of a node_exporter target, read from a Prometheus server's HTTP API
// (/api/v1/query_range) instead of being sampled live: one query per metric family that
// NodeExporterSource maps (netstat, network, cpu, sockstat) plus one for the scrape times, for a
// span ending now or at a given time. The answer becomes the same CounterSnapshots a live read of
// the exporter gives (through snapshotFromMetrics()), one per scrape that a step reaches, so that
// rates, the CLI and the charts treat a recorded span like a live one.
//
// Times: a history has no monotonic clock. Each snapshot's monotonicNs holds the time of the
// scrape it comes from, in nanoseconds since the epoch on the Prometheus server's clock; rates
// only use differences, and wallMs(snapshot) gives the time for a chart or a printed line.
// Taking the scrape's own time rather than the step's keeps rates exact: two steps that reach the
// same scrape would otherwise give a rate of zero followed by a double one.
//
// Gaps: a step that reaches no scrape of the target (it was down, so Prometheus marked its series
// stale) or a jump between scrapes much longer than usual (Prometheus itself was not scraping)
// gives one gap snapshot: no counters, one error saying why. Rates across it are gaps, never a
// spike.
#pragma once

#include "series/ratesample.h"
#include "sources/countersnapshot.h"

#include <QJsonArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace tcplab
{
class TimeSeriesStore;
}

namespace tcplab::remote
{

struct PrometheusHistoryRequest {
    QUrl server; // http(s)://host:9090, with the path prefix when Prometheus is served below one
    QString instance; // the target's "instance" label, e.g. "host:9100"
    qint64 spanMs = 15 * 60 * 1000;
    qint64 stepMs = 0; // 0: PrometheusHistory::defaultStepMs(spanMs)
    qint64 endMs = 0; // ms since the epoch; 0: now
    int timeoutMs = 15000; // for each HTTP request
};

struct PrometheusHistoryResult {
    // Oldest first; see the header comment for their times and for gap snapshots.
    QList<CounterSnapshot> snapshots;
    QString error; // empty when the history could be read
    QStringList warnings; // read anyway: values that were not numbers, several jobs for the instance
    QStringList knownInstances; // filled when Prometheus has no series for the instance
    qint64 startMs = 0; // the span asked for
    qint64 endMs = 0;
    qint64 stepMs = 0;

    bool ok() const
    {
        return error.isEmpty();
    }
};

class PrometheusHistory : public QObject
{
    Q_OBJECT
public:
    // Prometheus answers at most this many points per series and query.
    static constexpr qint64 kMaximumPoints = 11000;
    static constexpr qint64 kMinimumStepMs = 1000;
    static constexpr qint64 kMaximumSpanMs = qint64(366) * 24 * 3600 * 1000;

    explicit PrometheusHistory(QObject *parent = nullptr);
    ~PrometheusHistory() override;

    // "" when the request can be sent; otherwise what is wrong with it, for the user.
    static QString validateUrl(const QUrl &url);
    static QString validateInstance(const QString &instance);
    // The URL, the instance, and span and step within range (after defaultStepMs() for step 0).
    static QString validate(const PrometheusHistoryRequest &request);
    // About a thousand points for the span, in whole seconds, and at least one second.
    static qint64 defaultStepMs(qint64 spanMs);
    // "15m", "2h", "30s", "1h30m", "1d", "500ms" or plain seconds ("90"); nullopt when unreadable.
    static std::optional<qint64> parseDurationMs(const QString &text);
    // The scrape's time of a snapshot in this history, in ms since the epoch.
    static qint64 wallMs(const CounterSnapshot &snapshot)
    {
        return snapshot.monotonicNs / 1000000;
    }

    // Starts reading; finished() follows once, also for a request that is not valid. A fetch that
    // is running is aborted first (without its finished()).
    void fetch(const PrometheusHistoryRequest &request);
    // Stops the running fetch without finished().
    void abort();
    bool isRunning() const
    {
        return !m_pending.isEmpty() || m_instancesReply || m_invalidPending;
    }
    // fetch() and wait for it in a local event loop: for the command line and tests.
    PrometheusHistoryResult fetchAndWait(const PrometheusHistoryRequest &request);

    // The rates between consecutive snapshots, wallMs set to the later scrape's time; a gap
    // snapshot makes the rates on both sides of it gaps.
    static QList<RateSample> rates(const QList<CounterSnapshot> &snapshots);
    // Replaces what `store` holds with the history's rates, with a retention of the span at the
    // step, so that the charts draw a recorded span as they draw a live one.
    static void fillStore(const PrometheusHistoryResult &result, TimeSeriesStore *store);

    // The snapshots for query_range answers: `families` the "result" arrays of the family queries,
    // `scrapeTimes` the one of the scrape-time query (one series per job, values in seconds since
    // the epoch). Pure: used by fetch() and by tests with recorded answers.
    static QList<CounterSnapshot> snapshotsFromMatrices(const QList<QJsonArray> &families, const QJsonArray &scrapeTimes, QStringList *warnings);

Q_SIGNALS:
    void finished(const tcplab::remote::PrometheusHistoryResult &result);

private:
    struct Query {
        QPointer<QNetworkReply> reply;
        QByteArray body;
        QString error;
        QJsonArray result;
        bool done = false;
    };

    QNetworkReply *get(const QUrl &url);
    QUrl apiUrl(const QString &endpoint) const;
    void onQueryFinished(int index);
    void onInstancesFinished();
    void finish();
    QString replyError(QNetworkReply *reply, bool timedOut, const QByteArray &body, QJsonValue *data) const;

    QNetworkAccessManager m_network;
    PrometheusHistoryRequest m_request;
    PrometheusHistoryResult m_result;
    QList<Query> m_queries;
    QList<int> m_pending;
    QPointer<QNetworkReply> m_instancesReply;
    bool m_invalidPending = false; // finished() for a request that was not valid is on its way
    quint64 m_generation = 0; // one more with every fetch() and abort()
};

} // namespace tcplab::remote

Q_DECLARE_METATYPE(tcplab::remote::PrometheusHistoryResult)
