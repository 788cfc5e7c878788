// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheushistory.h"

#include "nodeexportersource.h"
#include "series/timeseriesstore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace tcplab::remote
{

namespace
{

// The families NodeExporterSource maps, each as a selector to which the instance matcher is added.
// The network family names the fields the rates use, so that the answer stays small on hosts with
// many interfaces.
const char *const kFamilySelectors[] = {
    "__name__=~\"node_netstat_.+\"",
    "__name__=~\"node_network_((receive|transmit)_(bytes|packets|errs|drop)|transmit_colls)_total\"",
    "__name__=\"node_cpu_seconds_total\"",
    "__name__=~\"node_sockstat_.+\"",
};
constexpr int kFamilyCount = int(std::size(kFamilySelectors));

// A PromQL string literal: backslash and double quote escaped.
QString promString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString familyQuery(int family, const QString &instance)
{
    return QLatin1Char('{') + QLatin1String(kFamilySelectors[family]) + QLatin1String(",instance=") + promString(instance) + QLatin1Char('}');
}

// The time of the scrape each step reaches, per job. `up` is written at every scrape attempt, so a
// target that was down still has times (and its node_* series, marked stale, have no points
// there); a node_* counter stands in for `up` where the data came without it (remote write).
// (`or`, because timestamp() drops the names and two series with one label set are an error.)
QString scrapeTimeQuery(const QString &instance)
{
    const QString matcher = QLatin1String("{instance=") + promString(instance) + QLatin1Char('}');
    return QLatin1String("max by (job) (timestamp(up") + matcher + QLatin1String(") or timestamp(node_netstat_Tcp_InSegs") + matcher + QLatin1String("))");
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

qint64 pointTimeMs(const QJsonValue &time)
{
    return qint64(std::llround(time.toDouble() * 1000.0));
}

// One series of a family answer, ready to be copied into a PrometheusText per step.
struct MatrixSeries {
    PrometheusSample sample; // name and labels; value set per step
    QJsonArray values; // [[seconds, "value"], ...] in time order
    qsizetype next = 0; // cursor while walking the steps
};

CounterSnapshot gapSnapshot(qint64 timeMs, const QString &why)
{
    CounterSnapshot gap;
    gap.monotonicNs = timeMs * 1000000;
    gap.errors.append(why);
    return gap;
}

} // namespace

PrometheusHistory::PrometheusHistory(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PrometheusHistoryResult>();
}

PrometheusHistory::~PrometheusHistory()
{
    abort();
}

QString PrometheusHistory::validateUrl(const QUrl &url)
{
    if (!url.isValid())
        return tr("\"%1\" is not a valid URL.").arg(url.toString());
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("The Prometheus URL must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("The Prometheus URL has no host.");
    if (!url.userInfo().isEmpty())
        return tr("Put no user name or password in the URL; tcplab does not store passwords.");
    return {};
}

QString PrometheusHistory::validateInstance(const QString &instance)
{
    if (instance.trimmed().isEmpty())
        return tr("Give the instance whose history to read, as Prometheus labels it (for example host:9100).");
    if (instance.size() > 1024)
        return tr("The instance name is longer than 1024 characters.");
    for (const QChar c : instance) {
        if (c.category() == QChar::Other_Control)
            return tr("The instance name contains a control character.");
    }
    return {};
}

QString PrometheusHistory::validate(const PrometheusHistoryRequest &request)
{
    QString error = validateUrl(request.server);
    if (error.isEmpty())
        error = validateInstance(request.instance);
    if (!error.isEmpty())
        return error;
    if (request.spanMs < kMinimumStepMs || request.spanMs > kMaximumSpanMs)
        return tr("The span must be from 1 s to 366 days.");
    const qint64 step = request.stepMs > 0 ? request.stepMs : defaultStepMs(request.spanMs);
    if (step < kMinimumStepMs)
        return tr("The step must be at least 1 s.");
    if (step > request.spanMs)
        return tr("The step (%1 s) must not be longer than the span (%2 s).").arg(step / 1000.0).arg(request.spanMs / 1000.0);
    if (request.spanMs / step + 1 > kMaximumPoints) {
        // The shortest whole-second step that fits.
        const qint64 shortest = ((request.spanMs / (kMaximumPoints - 1)) / 1000 + 1) * 1000;
        return tr("A span of %1 s at a step of %2 s is more than %3 points, the most Prometheus answers: "
                  "choose a step of at least %4 s.")
            .arg(request.spanMs / 1000.0)
            .arg(step / 1000.0)
            .arg(kMaximumPoints)
            .arg(shortest / 1000);
    }
    if (request.endMs < 0)
        return tr("The end of the span must be after 1970.");
    return {};
}

qint64 PrometheusHistory::defaultStepMs(qint64 spanMs)
{
    // Whole seconds, rounded up, so that the span never holds more than about a thousand points.
    const qint64 perPoint = qMax<qint64>(spanMs, 0) / 1000;
    return qMax<qint64>(kMinimumStepMs, (perPoint + 999) / 1000 * 1000);
}

std::optional<qint64> PrometheusHistory::parseDurationMs(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool plain = false;
    const double plainSeconds = trimmed.toDouble(&plain);
    if (plain) {
        if (!std::isfinite(plainSeconds) || plainSeconds < 0 || plainSeconds > 1e12)
            return std::nullopt;
        return qint64(std::llround(plainSeconds * 1000.0));
    }
    // Prometheus' own duration syntax: numbers with units, largest first ("1h30m").
    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|s|m|h|d|w)"));
    qint64 total = 0;
    qsizetype at = 0;
    auto it = part.globalMatch(trimmed);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedStart() != at)
            return std::nullopt;
        at = match.capturedEnd();
        bool ok = false;
        const qint64 number = match.captured(1).toLongLong(&ok);
        if (!ok || number > 1000000000)
            return std::nullopt;
        const QString unit = match.captured(2);
        qint64 factor = 1;
        if (unit == QLatin1String("s"))
            factor = 1000;
        else if (unit == QLatin1String("m"))
            factor = 60 * 1000;
        else if (unit == QLatin1String("h"))
            factor = 3600 * 1000;
        else if (unit == QLatin1String("d"))
            factor = 24 * 3600 * 1000;
        else if (unit == QLatin1String("w"))
            factor = 7 * 24 * 3600 * 1000;
        total += number * factor;
    }
    if (at != trimmed.size())
        return std::nullopt;
    return total;
}

QUrl PrometheusHistory::apiUrl(const QString &endpoint) const
{
    QUrl url = m_request.server;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/api/v1/") + endpoint);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QNetworkReply *PrometheusHistory::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network.get(request);
    // Every request has its own deadline, restarted while data arrives, so that a large answer
    // on a slow link is not cut off but a server that stops answering is.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("tcplabTimedOut", true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, timer, [timer] {
        timer->start();
    });
    timer->start(m_request.timeoutMs);
    return reply;
}

void PrometheusHistory::fetch(const PrometheusHistoryRequest &request)
{
    abort();
    m_request = request;
    m_request.timeoutMs = qMax(100, m_request.timeoutMs);
    m_result = PrometheusHistoryResult();
    if (m_request.stepMs <= 0)
        m_request.stepMs = defaultStepMs(m_request.spanMs);
    m_result.endMs = m_request.endMs > 0 ? m_request.endMs : QDateTime::currentMSecsSinceEpoch();
    m_result.startMs = m_result.endMs - m_request.spanMs;
    m_result.stepMs = m_request.stepMs;

    const QString invalid = validate(m_request);
    if (!invalid.isEmpty()) {
        m_result.error = invalid;
        // finished() always comes after fetch() returns, as for a request that was sent.
        m_invalidPending = true;
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation && m_invalidPending) {
                m_invalidPending = false;
                finish();
            }
        });
        return;
    }

    QStringList queries;
    for (int family = 0; family < kFamilyCount; ++family)
        queries.append(familyQuery(family, m_request.instance));
    queries.append(scrapeTimeQuery(m_request.instance));
    m_queries.resize(queries.size());
    for (int i = 0; i < queries.size(); ++i) {
        QUrl url = apiUrl(QStringLiteral("query_range"));
        // Encoded by hand: a '+' that QUrlQuery leaves alone would reach Prometheus as a space.
        const QByteArray query = "query=" + QUrl::toPercentEncoding(queries[i]) + "&start=" + seconds(m_result.startMs).toLatin1()
            + "&end=" + seconds(m_result.endMs).toLatin1() + "&step=" + seconds(m_result.stepMs).toLatin1();
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        QNetworkReply *reply = get(url);
        m_queries[i].reply = reply;
        m_pending.append(i);
        connect(reply, &QNetworkReply::finished, this, [this, i] {
            onQueryFinished(i);
        });
    }
}

void PrometheusHistory::abort()
{
    ++m_generation;
    m_invalidPending = false;
    const auto queries = std::exchange(m_queries, {});
    m_pending.clear();
    for (const Query &query : queries) {
        if (query.reply) {
            query.reply->disconnect(this);
            query.reply->abort();
            query.reply->deleteLater();
        }
    }
    if (QNetworkReply *reply = m_instancesReply.data()) {
        m_instancesReply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

PrometheusHistoryResult PrometheusHistory::fetchAndWait(const PrometheusHistoryRequest &request)
{
    PrometheusHistoryResult result;
    bool done = false;
    QEventLoop loop;
    const auto connection = connect(this, &PrometheusHistory::finished, &loop, [&](const PrometheusHistoryResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    fetch(request);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(connection);
    return result;
}

QString PrometheusHistory::replyError(QNetworkReply *reply, bool timedOut, const QByteArray &body, QJsonValue *data) const
{
    const QString server = m_request.server.toString();
    if (timedOut)
        return tr("Prometheus at %1 did not answer within %2 s.").arg(server).arg(m_request.timeoutMs / 1000.0);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        // No HTTP answer at all.
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("Prometheus at %1 refused the connection: is it running, and listening on that port "
                      "(9090 by default)?")
                .arg(server);
        case QNetworkReply::HostNotFoundError:
            return tr("The host of %1 was not found.").arg(server);
        default:
            return tr("Reading from Prometheus at %1 failed: %2").arg(server, reply->errorString());
        }
    }
    // Prometheus explains its refusals in JSON, with 4xx and 5xx codes alike.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const QString state = object.value(QLatin1String("status")).toString();
    if (state == QLatin1String("error")) {
        return tr("Prometheus at %1 answered with an error: %2").arg(server, object.value(QLatin1String("error")).toString());
    }
    const int code = status.toInt();
    if (code >= 400 || reply->error() != QNetworkReply::NoError) {
        return tr("Prometheus at %1 answered HTTP %2 %3.").arg(server).arg(code).arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
    if (parseError.error != QJsonParseError::NoError || state != QLatin1String("success")) {
        return tr("%1 did not answer as a Prometheus server does (JSON from /api/v1/): is this the server's "
                  "address rather than an exporter's?")
            .arg(server);
    }
    *data = object.value(QLatin1String("data"));
    return {};
}

void PrometheusHistory::onQueryFinished(int index)
{
    if (index < 0 || index >= m_queries.size())
        return;
    Query &query = m_queries[index];
    QNetworkReply *reply = query.reply.data();
    if (!reply)
        return;
    const bool timedOut = reply->property("tcplabTimedOut").toBool();
    // An aborted reply (the deadline) is closed and has nothing to read.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    QJsonValue data;
    query.error = replyError(reply, timedOut, body, &data);
    if (query.error.isEmpty()) {
        const QJsonObject object = data.toObject();
        if (object.value(QLatin1String("resultType")).toString() != QLatin1String("matrix"))
            query.error = tr("Prometheus at %1 did not answer with a range of values.").arg(m_request.server.toString());
        else
            query.result = object.value(QLatin1String("result")).toArray();
    }
    query.done = true;
    query.reply.clear();
    reply->deleteLater();
    m_pending.removeAll(index);
    if (!m_pending.isEmpty())
        return;

    // The first failure in query order: they usually share one cause (refused, wrong URL).
    for (const Query &q : std::as_const(m_queries)) {
        if (!q.error.isEmpty()) {
            m_result.error = q.error;
            finish();
            return;
        }
    }
    bool anySeries = false;
    QList<QJsonArray> families;
    for (int family = 0; family < kFamilyCount; ++family) {
        families.append(m_queries[family].result);
        anySeries = anySeries || !m_queries[family].result.isEmpty();
    }
    if (!anySeries) {
        if (!m_queries[kFamilyCount].result.isEmpty()) {
            m_result.error = tr("Prometheus at %1 scrapes instance \"%2\" but holds no node_exporter series of it "
                                "(node_netstat_*, node_network_*, node_cpu_seconds_total, node_sockstat_*) in "
                                "this span: is it a node_exporter with those collectors on?")
                                 .arg(m_request.server.toString(), m_request.instance);
            finish();
            return;
        }
        // Say which instances there are: the usual mistake is the name (host vs host:9100).
        QNetworkReply *instances = get(apiUrl(QStringLiteral("label/instance/values")));
        m_instancesReply = instances;
        connect(instances, &QNetworkReply::finished, this, &PrometheusHistory::onInstancesFinished);
        return;
    }
    m_result.snapshots = snapshotsFromMatrices(families, m_queries[kFamilyCount].result, &m_result.warnings);
    finish();
}

void PrometheusHistory::onInstancesFinished()
{
    QNetworkReply *reply = m_instancesReply.data();
    if (!reply)
        return;
    m_instancesReply.clear();
    const bool timedOut = reply->property("tcplabTimedOut").toBool();
    QJsonValue data;
    const QString error = replyError(reply, timedOut, reply->isOpen() ? reply->readAll() : QByteArray(), &data);
    reply->deleteLater();
    const QString server = m_request.server.toString();
    if (!error.isEmpty()) {
        m_result.error = tr("Prometheus at %1 has no series for instance \"%2\" in this span (the instances it "
                            "knows could not be listed: %3)")
                             .arg(server, m_request.instance, error);
        finish();
        return;
    }
    for (const QJsonValue &value : data.toArray())
        m_result.knownInstances.append(value.toString());
    std::sort(m_result.knownInstances.begin(), m_result.knownInstances.end());
    if (m_result.knownInstances.isEmpty()) {
        m_result.error = tr("Prometheus at %1 has no series for instance \"%2\", and knows no instances at all: "
                            "is the exporter in its scrape configuration?")
                             .arg(server, m_request.instance);
    } else {
        // A long list is cut: the message is read, not searched.
        QStringList shown = m_result.knownInstances.mid(0, 20);
        if (m_result.knownInstances.size() > shown.size())
            shown.append(tr("and %n more", nullptr, int(m_result.knownInstances.size() - shown.size())));
        m_result.error = tr("Prometheus at %1 has no series for instance \"%2\" in this span. Instances it knows: %3")
                             .arg(server, m_request.instance, shown.join(QLatin1String(", ")));
    }
    finish();
}

void PrometheusHistory::finish()
{
    m_queries.clear();
    m_pending.clear();
    const PrometheusHistoryResult result = std::exchange(m_result, {});
    Q_EMIT finished(result);
}

namespace
{

// One snapshot per scrape, with where a gap went before it (the target was down).
struct ScrapePoint {
    qint64 scrapeMs;
    CounterSnapshot snapshot;
    bool gapBefore;
    qint64 gapMs; // where that gap goes: the first step that reached nothing
};

// Two jobs scraping one instance would give every counter twice: keep the first job.
QString chooseJob(const QList<QJsonArray> &families, QStringList *warnings)
{
    QSet<QString> jobs;
    for (const QJsonArray &family : families) {
        for (const QJsonValue &series : family)
            jobs.insert(series[QLatin1String("metric")][QLatin1String("job")].toString());
    }
    QStringList jobList(jobs.cbegin(), jobs.cend());
    std::sort(jobList.begin(), jobList.end());
    const QString job = jobList.value(0);
    if (jobList.size() > 1 && warnings) {
        warnings->append(
            PrometheusHistory::tr("Several jobs scrape this instance (%1); the history is that of job \"%2\".").arg(jobList.join(QLatin1String(", ")), job));
    }
    return job;
}

// The job's series, their labels as snapshotFromMetrics() reads them; every step they have goes to *steps.
std::vector<MatrixSeries> jobSeries(const QList<QJsonArray> &families, const QString &job, std::vector<qint64> *steps)
{
    std::vector<MatrixSeries> series;
    for (const QJsonArray &family : families) {
        for (const QJsonValue &entry : family) {
            const QJsonObject metric = entry[QLatin1String("metric")].toObject();
            if (metric.value(QLatin1String("job")).toString() != job)
                continue;
            MatrixSeries s;
            s.sample.name = metric.value(QLatin1String("__name__")).toString();
            // snapshotFromMetrics() reads device, cpu and mode; instance and job are the same for all.
            for (auto it = metric.constBegin(); it != metric.constEnd(); ++it) {
                if (it.key() != QLatin1String("__name__") && it.key() != QLatin1String("job") && it.key() != QLatin1String("instance"))
                    s.sample.labels.append({it.key(), it.value().toString()});
            }
            s.values = entry[QLatin1String("values")].toArray();
            for (const QJsonValue &point : std::as_const(s.values))
                steps->push_back(pointTimeMs(point[0]));
            series.push_back(std::move(s));
        }
    }
    return series;
}

// Step time -> scrape time, for the chosen job (or the only series when it has no job).
QHash<qint64, qint64> scrapeTimesOf(const QJsonArray &scrapeTimes, const QString &job, std::vector<qint64> *steps)
{
    QHash<qint64, qint64> scrapeAt;
    for (const QJsonValue &entry : scrapeTimes) {
        const QString entryJob = entry[QLatin1String("metric")][QLatin1String("job")].toString();
        if (entryJob != job && scrapeTimes.size() > 1)
            continue;
        for (const QJsonValue &point : entry[QLatin1String("values")].toArray()) {
            const qint64 step = pointTimeMs(point[0]);
            bool ok = false;
            const double scrapeSeconds = point[1].toString().toDouble(&ok);
            if (ok && std::isfinite(scrapeSeconds)) {
                scrapeAt.insert(step, qint64(std::llround(scrapeSeconds * 1000.0)));
                steps->push_back(step);
            }
        }
    }
    return scrapeAt;
}

// The series' values at `step`, as one exposition.
PrometheusText textAt(std::vector<MatrixSeries> &series, qint64 step)
{
    PrometheusText text;
    for (MatrixSeries &s : series) {
        while (s.next < s.values.size() && pointTimeMs(s.values[s.next][0]) < step)
            ++s.next;
        if (s.next < s.values.size() && pointTimeMs(s.values[s.next][0]) == step) {
            const QString valueText = s.values[s.next][1].toString();
            s.sample.valueText = valueText.toLatin1();
            bool ok = false;
            s.sample.value = valueText.toDouble(&ok);
            if (!ok)
                s.sample.value = std::nan("");
            text.samples.append(s.sample);
            ++s.next;
        }
    }
    return text;
}

// Twice and a half the median spacing of the scrapes (no limit with fewer than two): a jump between
// scrapes longer than that is a gap too. The margin leaves room for a step grid that skips one
// scrape now and then when steps and scrapes run at the same interval.
qint64 longestUsualSpacing(const std::vector<ScrapePoint> &points)
{
    std::vector<qint64> spacings;
    for (size_t i = 1; i < points.size(); ++i) {
        if (!points[i].gapBefore)
            spacings.push_back(points[i].scrapeMs - points[i - 1].scrapeMs);
    }
    if (spacings.size() < 2)
        return std::numeric_limits<qint64>::max();
    std::nth_element(spacings.begin(), spacings.begin() + qsizetype(spacings.size() / 2), spacings.end());
    return spacings[spacings.size() / 2] * 5 / 2;
}

QString downText()
{
    return PrometheusHistory::tr("Prometheus has no scrape of the target here: it was down or did not answer");
}

} // namespace

QList<CounterSnapshot> PrometheusHistory::snapshotsFromMatrices(const QList<QJsonArray> &families, const QJsonArray &scrapeTimes, QStringList *warnings)
{
    const QString job = chooseJob(families, warnings);
    std::vector<qint64> steps;
    std::vector<MatrixSeries> series = jobSeries(families, job, &steps);
    const QHash<qint64, qint64> scrapeAt = scrapeTimesOf(scrapeTimes, job, &steps);
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());

    // First pass: one snapshot per new scrape that a step reaches; a step that reaches none (the
    // target was down) marks a gap before the next one.
    std::vector<ScrapePoint> points;
    bool pendingGap = false;
    qint64 pendingGapMs = 0;
    for (const qint64 step : steps) {
        const PrometheusText text = textAt(series, step);
        if (text.samples.isEmpty()) {
            if (!points.empty() && !pendingGap) {
                pendingGap = true;
                pendingGapMs = step;
            }
            continue;
        }
        const qint64 scrapeMs = scrapeAt.value(step, step);
        if (!points.empty() && scrapeMs <= points.back().scrapeMs)
            continue; // the same scrape again: the step is shorter than the scrape interval
        CounterSnapshot snapshot = snapshotFromMetrics(text, warnings);
        snapshot.monotonicNs = scrapeMs * 1000000;
        points.push_back({scrapeMs, std::move(snapshot), pendingGap, pendingGapMs});
        pendingGap = false;
    }

    // Second pass: the gaps between the snapshots.
    const qint64 longest = longestUsualSpacing(points);
    QList<CounterSnapshot> snapshots;
    snapshots.reserve(qsizetype(points.size()));
    for (size_t i = 0; i < points.size(); ++i) {
        if (i > 0) {
            const qint64 previous = points[i - 1].scrapeMs;
            if (points[i].gapBefore) {
                snapshots.append(gapSnapshot(points[i].gapMs, downText()));
            } else if (points[i].scrapeMs - previous > longest) {
                snapshots.append(gapSnapshot(previous + (points[i].scrapeMs - previous) / 2,
                                             tr("Prometheus has no scrape of the target here: it did not scrape "
                                                "for %1 s")
                                                 .arg((points[i].scrapeMs - previous) / 1000.0)));
            }
        }
        snapshots.append(std::move(points[i].snapshot));
    }
    // The target stopped answering before the end of the span: the charts end with a gap.
    if (pendingGap)
        snapshots.append(gapSnapshot(pendingGapMs, downText()));
    return snapshots;
}

QList<RateSample> PrometheusHistory::rates(const QList<CounterSnapshot> &snapshots)
{
    QList<RateSample> list;
    for (qsizetype i = 1; i < snapshots.size(); ++i) {
        RateSample sample = computeRates(snapshots[i - 1], snapshots[i]);
        sample.wallMs = wallMs(snapshots[i]);
        list.append(sample);
    }
    return list;
}

void PrometheusHistory::fillStore(const PrometheusHistoryResult &result, TimeSeriesStore *store)
{
    const QList<RateSample> samples = rates(result.snapshots);
    store->clear();
    // Room for every point: the first step may reach back before the span (Prometheus' look-back),
    // and a gap is one point more.
    const qint64 spanMs = result.endMs - result.startMs + result.stepMs;
    const qint64 intervalMs = qBound<qint64>(1, spanMs / qMax<qsizetype>(1, samples.size()), qMax<qint64>(1, result.stepMs));
    store->setRetention(spanMs, int(qMin<qint64>(intervalMs, std::numeric_limits<int>::max())));
    for (const RateSample &sample : samples)
        store->append(sample);
}

} // namespace tcplab::remote
