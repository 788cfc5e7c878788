// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-bench-kernelspread: how far the outcomes of one experiment spread from run to run on one
// kernel under TCG, where the guest CPU is slow and a burst of SYNs races the first handshakes,
// against the range the kernel model gives each figure. The goal is a range that covers the
// spread without being much wider than it.
//
// For each shelf kernel (debian11, debian12, debian13, unstable; fetched and verified when
// missing), `tcplab experiment --preset seed-backlog-10 --kernel NAME --json` runs --runs times,
// and so does the half-open SYN-queue run of the kernel tests (seed-backlog-10 with --backlog 16
// --clients 1 --late-clients 30 --late-handshake-ms -1 --observe 4). Per figure (group and key) it
// prints the lowest and highest measured value, the model's range, the range's width beside the
// observed spread's and the difference, and marks the figures that varied between runs (races)
// and the values outside the range. Exits non-zero when a value is outside its range or a run
// fails.
//
//   ctest --test-dir build -C bench -R bench_kernelspread --output-on-failure
//   tcplab-bench-kernelspread [--runs N] [--shelf DIR] [--kernels NAME,...]
//                             [--experiments seed-backlog-10,half-open,PRESET...] [--tcplab PATH]
#include "kernelruns.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tcplab;

namespace
{

struct Experiment {
    QString name;
    QStringList arguments; // before --kernel NAME --json
};

QList<Experiment> experiments()
{
    const QString preset = QStringLiteral("--preset");
    const QString seed = QStringLiteral("seed-backlog-10");
    return {
        {seed, {preset, seed}},
        // tests/app/kernelexperiment_test.cpp's half-open run: a SYN flood of 30 half-open clients
        // against backlog 16, and one more client that still gets in.
        {QStringLiteral("half-open"),
         {preset,
          seed,
          QStringLiteral("--backlog"),
          QStringLiteral("16"),
          QStringLiteral("--clients"),
          QStringLiteral("1"),
          QStringLiteral("--late-clients"),
          QStringLiteral("30"),
          QStringLiteral("--late-handshake-ms=-1"),
          QStringLiteral("--observe"),
          QStringLiteral("4")}},
    };
}

// One figure over the runs of one experiment on one kernel.
struct FigureSpread {
    std::vector<qint64> values;
    lab::Range expected; // the union of the ranges the runs gave
    bool rangeVaried = false;
    int outside = 0;

    void add(const lab::Comparison &c)
    {
        if (values.empty()) {
            expected = c.expected;
        } else if (c.expected.low != expected.low || c.expected.high != expected.high) {
            rangeVaried = true;
            expected = lab::Range::between(qMin(expected.low, c.expected.low), qMax(expected.high, c.expected.high));
        }
        values.push_back(c.measured);
        outside += c.matches() ? 0 : 1;
    }
    qint64 min() const
    {
        return *std::min_element(values.begin(), values.end());
    }
    qint64 max() const
    {
        return *std::max_element(values.begin(), values.end());
    }
};

// The table of one experiment on one kernel; false when a value is outside its range or a run
// failed.
bool report(const kernels::ShelfKernel &kernel, const Experiment &experiment, const QList<bench::ExperimentCall> &calls)
{
    QStringList keys; // in the order the model lists them
    QMap<QString, FigureSpread> figures;
    QStringList failures;
    QStringList accelerators;
    int cookieRuns = 0;
    int good = 0;
    for (int i = 0; i < calls.size(); ++i) {
        const bench::ExperimentCall &call = calls[i];
        const bench::KernelRun *run = call.runs.size() == 1 ? &call.runs.first() : nullptr;
        if (!call.problem.isEmpty() || !run || !run->error.isEmpty()) {
            const QString why = !call.problem.isEmpty() ? call.problem : !run ? QStringLiteral("%1 runs instead of 1").arg(call.runs.size()) : run->error;
            const QString said = QString::fromLocal8Bit(call.standardError).trimmed().right(600);
            failures << QStringLiteral("run %1: %2%3").arg(i + 1).arg(why, said.isEmpty() ? QString() : QLatin1String("\n    tcplab said: ") + said);
            continue;
        }
        ++good;
        accelerators << run->accelerator;
        for (const lab::Comparison &c : run->comparisons) {
            const QString key = c.group + QLatin1Char(' ') + c.key;
            if (!figures.contains(key))
                keys << key;
            figures[key].add(c);
        }
        const bool cookiesPredicted = std::any_of(run->comparisons.cbegin(), run->comparisons.cend(), [](const lab::Comparison &c) {
            return c.key.contains(QLatin1String("Cookies"));
        });
        if (!cookiesPredicted && run->countersDelta.value(QStringLiteral("TcpExt.SyncookiesSent")) > 0)
            ++cookieRuns;
    }
    accelerators.removeDuplicates();
    std::printf("\n%s (%s), %s: %d of %lld runs on %s\n",
                qPrintable(kernel.name),
                qPrintable(kernel.release),
                qPrintable(experiment.name),
                good,
                qlonglong(calls.size()),
                accelerators.isEmpty() ? "-" : qPrintable(accelerators.join(QLatin1Char('+'))));
    std::printf("  %-42s %6s %6s %-10s %6s %6s %6s  %-24s %s\n", "figure", "min", "max", "expected", "range", "spread", "wider", "values", "marks");
    int varied = 0;
    int outside = 0;
    qint64 rangeTotal = 0;
    qint64 spreadTotal = 0;
    QStringList wider;
    for (const QString &key : std::as_const(keys)) {
        const FigureSpread &f = figures[key];
        const qint64 rangeWidth = f.expected.high - f.expected.low;
        const qint64 spreadWidth = f.max() - f.min();
        rangeTotal += rangeWidth;
        spreadTotal += spreadWidth;
        QStringList values;
        for (const qint64 v : f.values)
            values << QString::number(v);
        QStringList marks;
        if (spreadWidth > 0) {
            marks << QStringLiteral("varied");
            ++varied;
        }
        if (f.outside > 0) {
            marks << QStringLiteral("OUTSIDE %1/%2").arg(f.outside).arg(f.values.size());
            outside += f.outside;
        }
        if (f.rangeVaried)
            marks << QStringLiteral("range differed between runs");
        if (rangeWidth > spreadWidth)
            wider << QStringLiteral("%1 (%2 against %3)").arg(key).arg(rangeWidth).arg(spreadWidth);
        const QString line = QString::asprintf("  %-42s %6lld %6lld %-10s %6lld %6lld %6lld  %-24s %s",
                                               qPrintable(key),
                                               qlonglong(f.min()),
                                               qlonglong(f.max()),
                                               qPrintable(bench::rangeText(f.expected)),
                                               qlonglong(rangeWidth),
                                               qlonglong(spreadWidth),
                                               qlonglong(rangeWidth - spreadWidth),
                                               qPrintable(values.join(QLatin1Char(' '))),
                                               qPrintable(marks.join(QLatin1String(", "))));
        std::printf("%s\n", qPrintable(line.trimmed().prepend(QLatin1String("  "))));
    }
    std::printf("  %lld figures, %d varied between runs (races), %d value(s) outside their ranges; range widths %lld against observed spreads %lld\n",
                qlonglong(keys.size()),
                varied,
                outside,
                qlonglong(rangeTotal),
                qlonglong(spreadTotal));
    std::printf("  ranges wider than the observed spread: %s\n", wider.isEmpty() ? "none" : qPrintable(wider.join(QLatin1String("; "))));
    if (cookieRuns > 0)
        std::printf("  SYN cookies sent (the model predicts none) in %d of %d runs\n", cookieRuns, good);
    for (const QString &failure : std::as_const(failures))
        std::printf("  FAILED %s\n", qPrintable(failure));
    std::fflush(stdout);
    return outside == 0 && failures.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QString shelfDirectory;
    QStringList names = bench::shelfKernelNames();
    QStringList chosen;
    QString tcplab = QStringLiteral(TCPLAB_EXECUTABLE);
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == QLatin1String("--runs"))
            runs = value.toInt();
        else if (args[i] == QLatin1String("--shelf"))
            shelfDirectory = value;
        else if (args[i] == QLatin1String("--kernels"))
            names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (args[i] == QLatin1String("--experiments"))
            chosen = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (args[i] == QLatin1String("--tcplab"))
            tcplab = value;
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(args[i]));
            return 2;
        }
        ++i;
    }
    // Any other name is a preset of `tcplab experiment --list-presets`, run as it is.
    QList<Experiment> selected = experiments();
    if (!chosen.isEmpty()) {
        QList<Experiment> named;
        for (const QString &name : std::as_const(chosen)) {
            const auto known = std::find_if(selected.cbegin(), selected.cend(), [&name](const Experiment &e) {
                return e.name == name;
            });
            named << (known != selected.cend() ? *known : Experiment{name, {QStringLiteral("--preset"), name}});
        }
        selected = named;
    }
    if (runs < 1 || names.isEmpty() || selected.isEmpty()) {
        std::fprintf(stderr, "--runs takes a whole number from 1, --kernels at least one name, --experiments at least one name\n");
        return 2;
    }
    QString error;
    if (!shelfDirectory.isEmpty() && !bench::useShelf(shelfDirectory, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QList<kernels::ShelfKernel> kernels;
    if (!bench::ensureOnShelf(names, &kernels, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("tcplab-bench-kernelspread: shelf %s, %d run(s) per kernel and experiment\n", qPrintable(kernels::KernelShelf::defaultRoot()), runs);
    for (const Experiment &e : std::as_const(selected))
        std::printf("  %-16s tcplab experiment %s --kernel NAME --json\n", qPrintable(e.name), qPrintable(e.arguments.join(QLatin1Char(' '))));
    std::printf("  (a kernel without measured traits is calibrated in its first run)\n");
    std::printf("  columns: range = the model's range's width, spread = max - min over the runs, wider = range - spread\n");
    std::printf("  marks: varied = not the same in every run (a race), OUTSIDE k/n = k of n values outside the range\n");
    std::fflush(stdout);

    bool ok = true;
    for (const kernels::ShelfKernel &kernel : std::as_const(kernels)) {
        for (const Experiment &e : std::as_const(selected)) {
            QList<bench::ExperimentCall> calls;
            for (int run = 0; run < runs; ++run)
                calls << bench::runExperiment(tcplab, e.arguments + QStringList{QStringLiteral("--kernel"), kernel.name, QStringLiteral("--json")}, 600000);
            ok = report(kernel, e, calls) && ok;
        }
    }
    std::printf("\n%s\n", ok ? "result: every measured value inside its range" : "result: FAILED");
    return ok ? 0 : 1;
}
