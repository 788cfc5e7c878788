// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficcommand.h"

#include "lab/trafficrunner.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace tcplab::cli
{

void TrafficCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Runs a load pattern between the two hosts of a sandbox (a server host and a client host joined "
           "by a rate-limited link) and prints, per host and per phase, packets per second, bytes per "
           "packet, Mbps, the CPU split and the TCP counters."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("traffic"), tr("The traffic command."));
    parser.addOption({QStringLiteral("lang"), tr("Use this language (en or ja) instead of the saved one."), tr("language")});
    parser.addOption({QStringLiteral("pattern"), tr("put, get, put-then-get, rr, churn or congested (default put)."), tr("name"), QStringLiteral("put")});
    parser.addOption({QStringLiteral("rate"),
                      tr("The link's rate: 10mbit, 100mbit, 1gbit or unlimited (default "
                         "100mbit)."),
                      tr("rate"),
                      QStringLiteral("100mbit")});
    parser.addOption({QStringLiteral("mtu"), tr("The link's MTU (default 1500)."), tr("bytes"), QStringLiteral("1500")});
    parser.addOption({QStringLiteral("queue"), tr("The link's queue in bytes (default: 20 ms at the rate)."), tr("bytes")});
    parser.addOption({QStringLiteral("duration"), tr("Seconds each phase lasts (default 5)."), tr("s"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("size"), tr("rr: bytes each way per request (default 1000)."), tr("bytes"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("concurrency"), tr("rr and churn: connections at once (default 4)."), tr("count"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of the table.")});
}

bool TrafficCommand::spec(const QCommandLineParser &parser, lab::TrafficSpec *spec)
{
    spec->pattern = parser.value(QStringLiteral("pattern"));
    spec->rate = parser.value(QStringLiteral("rate")).toLower();
    bool ok = true;
    const auto number = [&parser, &ok](const char *name) {
        bool good = false;
        const double value = parser.value(QLatin1String(name)).toDouble(&good);
        if (!good) {
            QTextStream(stderr) << tr("tcplab: --%1 takes a number, not \"%2\"").arg(QLatin1String(name), parser.value(QLatin1String(name))) << Qt::endl;
            ok = false;
        }
        return value;
    };
    spec->mtu = int(number("mtu"));
    spec->durationS = number("duration");
    spec->size = int(number("size"));
    spec->concurrency = int(number("concurrency"));
    if (parser.isSet(QStringLiteral("queue")))
        spec->queueBytes = qint64(number("queue"));
    if (!ok)
        return false;
    const QStringList problems = spec->validate();
    for (const QString &problem : problems)
        QTextStream(stderr) << tr("tcplab: %1").arg(problem) << Qt::endl;
    return problems.isEmpty();
}

int TrafficCommand::run(const QCommandLineParser &parser)
{
    lab::TrafficSpec spec;
    if (!TrafficCommand::spec(parser, &spec))
        return 2;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json)
        QTextStream(stderr) << tr("tcplab: running %1 for %2 s...").arg(spec.pattern).arg(spec.durationS * spec.phases().size()) << Qt::endl;
    QCoreApplication *app = QCoreApplication::instance();
    lab::TrafficRunner runner;
    int code = 1;
    QObject::connect(&runner, &lab::TrafficRunner::finished, app, [&](const lab::TrafficResult &result) {
        QTextStream out(stdout);
        if (json)
            out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            out << result.toText() << Qt::flush;
        code = 0;
        QCoreApplication::exit(0);
    });
    QObject::connect(&runner, &lab::TrafficRunner::failed, app, [&](const QString &message) {
        QTextStream(stderr) << tr("tcplab: the traffic run failed: %1").arg(message) << Qt::endl;
        code = 1;
        QCoreApplication::exit(1);
    });
    if (!runner.start(spec))
        return 2;
    QCoreApplication::exec();
    return code;
}

} // namespace tcplab::cli
