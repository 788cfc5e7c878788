// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelruns.h"

#include "kernels/kernelcatalogue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace tcplab::bench
{

QStringList shelfKernelNames()
{
    QStringList names;
    for (const kernels::CatalogueEntry &entry : kernels::Catalogue::entries())
        names << entry.name;
    return names;
}

bool useShelf(const QString &directory, QString *error)
{
    const QString shelf = QDir::cleanPath(QDir(directory).absolutePath());
    const QString tail = QStringLiteral("/tcplab/kernels");
    if (!shelf.endsWith(tail) || shelf.size() == tail.size()) {
        *error = QStringLiteral("--shelf takes a folder CACHE/tcplab/kernels (tcplab finds its shelf through XDG_CACHE_HOME=CACHE), not %1").arg(shelf);
        return false;
    }
    qputenv("XDG_CACHE_HOME", QFile::encodeName(shelf.left(shelf.size() - tail.size())));
    if (QDir::cleanPath(kernels::KernelShelf::defaultRoot()) != shelf) {
        *error = QStringLiteral("XDG_CACHE_HOME does not lead to %1").arg(shelf);
        return false;
    }
    return true;
}

bool ensureOnShelf(const QStringList &names, QList<kernels::ShelfKernel> *found, QString *error)
{
    kernels::KernelShelf shelf;
    for (const QString &name : names) {
        std::optional<kernels::ShelfKernel> kernel = shelf.find(name);
        if (!kernel && kernels::Catalogue::find(name)) {
            std::printf("fetching %s for the shelf %s...\n", qPrintable(name), qPrintable(shelf.root()));
            std::fflush(stdout);
            kernels::ShelfKernel fetched;
            QString why;
            if (!shelf.fetch(name, {}, nullptr, &fetched, &why)) {
                *error = QStringLiteral("cannot fetch %1: %2").arg(name, why);
                return false;
            }
            kernel = fetched;
        }
        if (!kernel) {
            *error = QStringLiteral("%1 is neither on the shelf nor in the catalogue").arg(name);
            return false;
        }
        found->append(*kernel);
    }
    return true;
}

QList<lab::Comparison> KernelRun::outOfRange() const
{
    QList<lab::Comparison> list;
    for (const lab::Comparison &c : comparisons) {
        if (!c.matches())
            list << c;
    }
    return list;
}

lab::Range readRange(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject range = value.toObject();
        return lab::Range::between(range.value(QLatin1String("min")).toInteger(), range.value(QLatin1String("max")).toInteger());
    }
    return lab::Range::exactly(value.toInteger());
}

QString rangeText(const lab::Range &range)
{
    return range.isExact() ? QString::number(range.low) : QStringLiteral("%1..%2").arg(range.low).arg(range.high);
}

namespace
{

QJsonObject objectAt(const QJsonObject &object, const char *first, const char *second = nullptr)
{
    const QJsonObject inner = object.value(QLatin1String(first)).toObject();
    return second ? inner.value(QLatin1String(second)).toObject() : inner;
}

} // namespace

QList<KernelRun> readRuns(const QJsonObject &document, QString *problem)
{
    QList<KernelRun> runs;
    const QJsonValue list = document.value(QLatin1String("runs"));
    if (!list.isArray()) {
        *problem = QStringLiteral("the output has no \"runs\" array");
        return runs;
    }
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject json = value.toObject();
        KernelRun run;
        run.kernelName = json.value(QLatin1String("kernel_name")).toString();
        if (json.contains(QLatin1String("error"))) {
            run.error = json.value(QLatin1String("error")).toString();
            runs << run;
            continue;
        }
        run.release = json.value(QLatin1String("kernel")).toString();
        run.accelerator = objectAt(json, "vm").value(QLatin1String("accelerator")).toString();
        run.acceleratorNote = objectAt(json, "vm").value(QLatin1String("note")).toString();
        // The groups in the order ExperimentResult::comparisons() lists them; a figure the model
        // predicts and the run did not report counts as 0, as there.
        const QJsonObject expected = json.value(QLatin1String("expected")).toObject();
        const struct {
            const char *group;
            QJsonObject expected;
            QJsonObject measured;
        } groups[] = {
            {"server.states", objectAt(expected, "server", "states"), objectAt(json, "server", "states")},
            {"client.states", objectAt(expected, "client", "states"), objectAt(json, "client", "states")},
            {"client.outcomes", objectAt(expected, "client", "outcomes"), objectAt(json, "client", "outcomes")},
            {"counters_delta", objectAt(expected, "counters_delta"), objectAt(json, "counters_delta")},
        };
        for (const auto &g : groups) {
            for (auto it = g.expected.begin(); it != g.expected.end(); ++it)
                run.comparisons.append({QLatin1String(g.group), it.key(), g.measured.value(it.key()).toInteger(), readRange(it.value())});
        }
        const QJsonObject counters = objectAt(json, "counters_delta");
        for (auto it = counters.begin(); it != counters.end(); ++it)
            run.countersDelta.insert(it.key(), it.value().toInteger());
        run.reportedDifferences = int(json.value(QLatin1String("differences")).toArray().size());
        for (const QJsonValue &warning : json.value(QLatin1String("warnings")).toArray())
            run.warnings << warning.toString();
        if (run.comparisons.isEmpty() && problem->isEmpty())
            *problem = QStringLiteral("the run on %1 has no comparisons").arg(run.kernelName);
        else if (run.outOfRange().size() != run.reportedDifferences && problem->isEmpty())
            *problem = QStringLiteral("the run on %1 reports %2 differences, but %3 figures read back outside their ranges")
                           .arg(run.kernelName)
                           .arg(run.reportedDifferences)
                           .arg(run.outOfRange().size());
        runs << run;
    }
    return runs;
}

ExperimentCall runExperiment(const QString &tcplab, const QStringList &arguments, int timeoutMs)
{
    ExperimentCall call;
    QProcess process;
    QElapsedTimer wall;
    wall.start();
    process.start(tcplab, QStringList{QStringLiteral("experiment")} + arguments);
    call.finished = process.waitForFinished(timeoutMs);
    call.wallMs = double(wall.nsecsElapsed()) / 1e6;
    if (!call.finished) {
        // The guests die with it (QEMU's parent-death signal).
        process.kill();
        process.waitForFinished(10000);
        call.problem = process.error() == QProcess::FailedToStart ? QStringLiteral("cannot start %1: %2").arg(tcplab, process.errorString())
                                                                  : QStringLiteral("tcplab did not finish within %1 s").arg(timeoutMs / 1000);
    }
    call.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    call.standardError = process.readAllStandardError();
    const QByteArray output = process.readAllStandardOutput().trimmed();
    if (!call.finished)
        return call;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output.mid(output.lastIndexOf('\n') + 1), &parseError);
    if (!document.isObject()) {
        call.problem = QStringLiteral("tcplab (exit code %1) printed no JSON object: %2").arg(call.exitCode).arg(parseError.errorString());
        return call;
    }
    call.runs = readRuns(document.object(), &call.problem);
    if (call.problem.isEmpty() && call.exitCode != 0)
        call.problem = QStringLiteral("tcplab ended with exit code %1").arg(call.exitCode);
    return call;
}

Spread spreadOf(std::vector<double> values)
{
    Spread spread;
    if (values.empty())
        return spread;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    spread.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    spread.min = values.front();
    spread.max = values.back();
    return spread;
}

} // namespace tcplab::bench
