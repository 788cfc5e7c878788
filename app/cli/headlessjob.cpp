// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessjob.h"

#include "experimentcommand.h"
#include "headless/livecounterprinter.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

namespace tcplab::cli
{

HeadlessJob::HeadlessJob(bool liveCounters, bool askedFor)
    : m_liveCounters(liveCounters)
    , m_askedFor(askedFor)
{
}

bool HeadlessJob::hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void HeadlessJob::setUpMain(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("A lab notebook for learning how Linux handles TCP connections. Without a display it "
           "runs the first experiment preset (seed-backlog-10) and prints its result instead; --headless "
           "prints this machine's live counters.\n\nCommands:\n"
           "  tcplab sample   counters, rates, socket states and listen queues, one line per sample\n"
           "  tcplab census   TCP socket counts per state and the listener table\n"
           "  tcplab experiment   a backlog experiment in a private network namespace, measured beside "
           "the kernel model's prediction\n"
           "  tcplab record   keep this machine's counters in a notebook for a while\n"
           "  tcplab export   write a notebook's write-up as HTML, PDF, Markdown or CSV"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("headless"), tr("Run the headless job even when there is a display.")});
    parser.addOption({QStringLiteral("lang"), tr("Use this language (en or ja) instead of the saved one."), tr("language")});
    parser.addOption({QStringLiteral("rows"), tr("Rows the headless job prints (default 5)."), tr("count"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("interval"), tr("Milliseconds between the headless job's rows (default 1000)."), tr("ms"), QStringLiteral("1000")});
}

int HeadlessJob::run(const QCommandLineParser &parser)
{
    return m_liveCounters ? runLiveCounters(parser, !m_askedFor) : runExperiment(parser);
}

int HeadlessJob::runLiveCounters(const QCommandLineParser &parser, bool explain)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool rowsOk = false;
    bool intervalOk = false;
    const int rows = parser.value(QStringLiteral("rows")).toInt(&rowsOk);
    const int interval = parser.value(QStringLiteral("interval")).toInt(&intervalOk);
    if (!rowsOk || rows < 1 || rows > 1000000) {
        err << tr("tcplab: --rows takes a whole number from 1 up") << Qt::endl;
        return 2;
    }
    if (!intervalOk || interval < 100 || interval > 60000) {
        err << tr("tcplab: --interval takes milliseconds from 100 to 60000") << Qt::endl;
        return 2;
    }
    if (explain) {
        err << tr(
            "tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
            "headless job runs instead: this machine's live counters, %n row(s).",
            nullptr,
            rows)
            << Qt::endl;
    }
    LiveCounterPrinter printer(&out, rows, interval);
    QObject::connect(&printer, &LiveCounterPrinter::finished, QCoreApplication::instance(), &QCoreApplication::exit);
    QTimer::singleShot(0, &printer, &LiveCounterPrinter::start);
    return QCoreApplication::exec();
}

int HeadlessJob::runExperiment(const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    const auto spec = lab::ExperimentSpec::presets().constFirst();
    err << tr("tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the headless job "
              "runs instead: the experiment %1 in a private network namespace.")
               .arg(spec.preset)
        << Qt::endl;
    QString failure;
    const int code = ExperimentCommand::runOnce(spec, {}, false, &failure);
    if (code == 0)
        return 0;
    if (!failure.isEmpty())
        err << tr("tcplab: the experiment could not run: %1").arg(failure) << Qt::endl;
    err << tr("tcplab: showing this machine's live counters instead.") << Qt::endl;
    return runLiveCounters(parser, false);
}

} // namespace tcplab::cli
