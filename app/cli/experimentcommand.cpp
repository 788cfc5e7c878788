// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentcommand.h"

#include "hosts/remotehosts.h"
#include "i18n/bilingual.h"
#include "kernels/kernelcatalogue.h"
#include "kernels/kernelshelf.h"
#include "lab/kernelcomparisonmodel.h"
#include "lab/kernelseries.h"
#include "notebook/notebook.h"
#include "options.h"
#include "remote/savedhosts.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <climits>

namespace tcplab::cli
{

namespace
{

class Numbers
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    // Reads an integer option into *value when it is set; false (with a message) when it is not a
    // whole number.
    static bool intOption(const QCommandLineParser &parser, const char *name, int *value)
    {
        const QString key = QLatin1String(name);
        if (!parser.isSet(key))
            return true;
        bool ok = false;
        const qlonglong number = parser.value(key).toLongLong(&ok);
        if (!ok || number < INT_MIN || number > INT_MAX) {
            QTextStream(stderr) << tr("tcplab: --%1 takes a whole number, not \"%2\"").arg(key, parser.value(key)) << Qt::endl;
            return false;
        }
        *value = int(number);
        return true;
    }
};

// Appends the result as a run entry, making the notebook when it does not exist; false with a
// message on `err`.
bool appendResult(const QString &file, const lab::ExperimentResult &result, QTextStream &err)
{
    notebook::Notebook nb;
    if (!Options::openOrCreate(nb, file) || !nb.addRun(result)) {
        err << nb.errorString() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

void ExperimentCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Runs a backlog experiment in a private network namespace (or on this host's loopback) and "
           "prints what the server and the clients saw, beside what the kernel model expected."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("experiment"), tr("The experiment command."));
    parser.addOption({QStringLiteral("lang"), tr("Use this language (en or ja) instead of the saved one."), tr("language")});
    addSpecOptions(parser);
    addHostOptions(parser);
}

void ExperimentCommand::addSpecOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("preset"), tr("Start from this preset (see --list-presets)."), tr("name")});
    parser.addOption({QStringLiteral("list-presets"), tr("List the presets and exit.")});
    parser.addOption({QStringLiteral("backlog"), tr("The backlog the server passes to listen()."), tr("count")});
    parser.addOption({QStringLiteral("clients"), tr("Clients that connect at once."), tr("count")});
    parser.addOption({QStringLiteral("late-clients"), tr("Half-open clients started first, which ignore the SYN-ACK for a while."), tr("count")});
    parser.addOption({QStringLiteral("late-handshake-ms"), tr("When the late clients complete their handshakes, or -1 for never."), tr("ms")});
    parser.addOption({QStringLiteral("somaxconn"), tr("net.core.somaxconn in the sandbox."), tr("value")});
    parser.addOption({QStringLiteral("max-syn-backlog"), tr("net.ipv4.tcp_max_syn_backlog in the sandbox."), tr("value")});
    parser.addOption({QStringLiteral("syncookies"), tr("net.ipv4.tcp_syncookies in the sandbox: 0, 1 or 2."), tr("value")});
    parser.addOption({QStringLiteral("abort-on-overflow"), tr("net.ipv4.tcp_abort_on_overflow in the sandbox: 0 or 1."), tr("value")});
    parser.addOption({QStringLiteral("synack-retries"), tr("net.ipv4.tcp_synack_retries in the sandbox."), tr("value")});
    parser.addOption({QStringLiteral("syn-retries"), tr("net.ipv4.tcp_syn_retries in the sandbox."), tr("value")});
    parser.addOption({QStringLiteral("notebook"), tr("Record the run in this notebook file (made when it does not exist)."), tr("file")});
    parser.addOption({QStringLiteral("accept"), tr("How the server accepts: never, delay:MS or immediate."), tr("mode")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds a client waits for its handshake."), tr("s")});
    parser.addOption({QStringLiteral("observe"), tr("Seconds the run is watched after the clients start."), tr("s")});
}

void ExperimentCommand::addHostOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("two-hosts"),
                      tr("Put the server and the clients on two hosts of the sandbox, joined by a link, and "
                         "show each host's states and counters.")});
    parser.addOption({QStringLiteral("host-loopback"),
                      tr("Run on this host's 127.0.0.1 without a sandbox: this host's settings, read only; "
                         "counters are host-wide.")});
    parser.addOption({QStringLiteral("port"), tr("The server's port (default 11000 in the sandbox, any free port on the host)."), tr("port")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of the table.")});
    parser.addOption({QStringLiteral("kernel"),
                      tr("Run on these kernels, one after the other, each in a virtual machine: host (this machine's), "
                         "debian11, debian12, debian13, unstable (fetched for the shelf when missing) or a kernel file."),
                      tr("name,...")});
    parser.addOption({QStringLiteral("server-host"), tr("Run the server on this SSH host (loopback or a host added in the hosts dialog)."), tr("host")});
    parser.addOption({QStringLiteral("client-host"), tr("Run the clients on this SSH host (loopback or a host added in the hosts dialog)."), tr("host")});
    parser.addOption({QStringLiteral("identity"), tr("The private key ssh uses."), tr("file")});
    parser.addOption({QStringLiteral("known-hosts"), tr("The known_hosts file ssh checks the host key against."), tr("file")});
}

int ExperimentCommand::run(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << tr("tcplab: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("list-presets"))) {
        listPresets();
        return 0;
    }
    const auto experiment = spec(parser);
    if (!experiment)
        return 2;
    lab::RunnerOptions options;
    if (!runnerOptions(parser, &options))
        return 2;
    if (parser.isSet(QStringLiteral("kernel"))) {
        const QStringList names = shelfKernels(parser.value(QStringLiteral("kernel")));
        if (names.isEmpty())
            return 2;
        return runOnKernels(*experiment, options, names, parser.isSet(QStringLiteral("json")), parser.value(QStringLiteral("notebook")));
    }
    return runOnce(*experiment, options, parser.isSet(QStringLiteral("json")), nullptr, parser.value(QStringLiteral("notebook")));
}

std::optional<lab::ExperimentSpec> ExperimentCommand::spec(const QCommandLineParser &parser)
{
    using lab::ExperimentSpec;
    QTextStream err(stderr);
    ExperimentSpec spec;
    if (parser.isSet(QStringLiteral("preset"))) {
        const auto preset = ExperimentSpec::findPreset(parser.value(QStringLiteral("preset")));
        if (!preset) {
            err << tr("tcplab: there is no preset \"%1\" (see --list-presets)").arg(parser.value(QStringLiteral("preset"))) << Qt::endl;
            return std::nullopt;
        }
        spec = *preset;
    }
    const auto intOption = &Numbers::intOption;
    if (!intOption(parser, "backlog", &spec.backlog) || !intOption(parser, "clients", &spec.clients) || !intOption(parser, "late-clients", &spec.lateClients)
        || !intOption(parser, "late-handshake-ms", &spec.lateHandshakeMs) || !intOption(parser, "somaxconn", &spec.kernel.somaxconn)
        || !intOption(parser, "max-syn-backlog", &spec.kernel.maxSynBacklog) || !intOption(parser, "syncookies", &spec.kernel.syncookies)
        || !intOption(parser, "abort-on-overflow", &spec.kernel.abortOnOverflow) || !intOption(parser, "synack-retries", &spec.kernel.synackRetries)
        || !intOption(parser, "syn-retries", &spec.kernel.synRetries) || !intOption(parser, "timeout", &spec.clientTimeoutS)
        || !intOption(parser, "observe", &spec.observeS))
        return std::nullopt;
    if (!acceptOption(parser, &spec))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("host-loopback")))
        spec.hostLoopback = true;
    if (parser.isSet(QStringLiteral("two-hosts")))
        spec.twoHosts = true;
    const QStringList problems = spec.validate();
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            err << tr("tcplab: %1").arg(problem) << Qt::endl;
        return std::nullopt;
    }
    return spec;
}

bool ExperimentCommand::acceptOption(const QCommandLineParser &parser, lab::ExperimentSpec *spec)
{
    if (!parser.isSet(QStringLiteral("accept")))
        return true;
    QTextStream err(stderr);
    const QString mode = parser.value(QStringLiteral("accept"));
    if (mode.startsWith(QLatin1String("delay:"))) {
        bool ok = false;
        spec->accept = lab::AcceptMode::Delay;
        spec->acceptDelayMs = mode.mid(6).toInt(&ok);
        if (!ok) {
            err << tr("tcplab: --accept delay:MS takes a whole number of milliseconds") << Qt::endl;
            return false;
        }
    } else if (mode == QLatin1String("never") || mode == QLatin1String("immediate")) {
        spec->accept = *lab::acceptModeFromName(mode);
    } else {
        err << tr("tcplab: --accept takes never, delay:MS or immediate, not \"%1\"").arg(mode) << Qt::endl;
        return false;
    }
    return true;
}

bool ExperimentCommand::runnerOptions(const QCommandLineParser &parser, lab::RunnerOptions *options)
{
    QTextStream err(stderr);
    // Across hosts over SSH: the server here or on --server-host, the clients here or on
    // --client-host; only loopback or hosts added in the hosts dialog.
    for (const char *name : {"server-host", "client-host"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        remote::SshTarget target;
        const QString error = Options::sshTarget(parser, QLatin1String(name), &target);
        if (!error.isEmpty()) {
            err << tr("tcplab: --%1: %2").arg(QLatin1String(name), error) << Qt::endl;
            return false;
        }
        (qstrcmp(name, "server-host") == 0 ? options->serverHost : options->clientHost) = target;
    }
    if (options->isRemote()) {
        options->configuredHosts = remote::SavedHosts::sshDestinations(remote::SavedHosts::load());
        for (const auto *target : {&options->serverHost, &options->clientHost}) {
            const QString why = *target ? lab::RemoteHosts::checkAllowed(**target, options->configuredHosts) : QString();
            if (!why.isEmpty()) {
                err << tr("tcplab: %1").arg(why) << Qt::endl;
                return false;
            }
        }
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        options->port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || options->port < 1 || options->port > 65535) {
            err << tr("tcplab: --port takes a port number from 1 to 65535") << Qt::endl;
            return false;
        }
    }
    return true;
}

void ExperimentCommand::listPresets()
{
    QTextStream out(stdout);
    for (const auto &preset : lab::ExperimentSpec::presets()) {
        const auto title = bilingual("tcplab::lab::Presets", lab::ExperimentSpec::presetTitleSource(preset.preset));
        out << preset.preset << QLatin1String("  ") << title.en << QLatin1String(" / ") << title.ja << Qt::endl;
    }
}

int ExperimentCommand::runToResult(const lab::ExperimentSpec &spec, const lab::RunnerOptions &options, lab::ExperimentResult *result, QString *failure)
{
    QCoreApplication *app = QCoreApplication::instance();
    lab::ExperimentRunner runner;
    int code = 1;
    QObject::connect(&runner, &lab::ExperimentRunner::finished, app, [&](const lab::ExperimentResult &r) {
        *result = r;
        code = 0;
        QCoreApplication::exit(0);
    });
    QObject::connect(&runner, &lab::ExperimentRunner::failed, app, [&](const QString &message) {
        *failure = message;
        code = 1;
        QCoreApplication::exit(1);
    });
    if (!runner.start(spec, options))
        return 2;
    QCoreApplication::exec();
    return code;
}

int ExperimentCommand::runOnce(const lab::ExperimentSpec &spec, const lab::RunnerOptions &options, bool json, QString *failure, const QString &notebookFile)
{
    QTextStream err(stderr);
    const QStringList problems = lab::ExperimentRunner::preflight(spec, options);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            err << tr("tcplab: %1").arg(problem) << Qt::endl;
        return 2;
    }
    if (!json)
        err << tr("tcplab: running the experiment for %n second(s)...", nullptr, spec.observeS) << Qt::endl;
    lab::ExperimentResult result;
    QString message;
    const int code = runToResult(spec, options, &result, &message);
    if (code == 1) {
        if (failure)
            *failure = message;
        else
            err << tr("tcplab: the experiment failed: %1").arg(message) << Qt::endl;
        return 1;
    }
    if (code != 0)
        return code;
    QTextStream out(stdout);
    if (json)
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out << result.toText() << Qt::flush;
    if (!notebookFile.isEmpty() && !appendResult(notebookFile, result, err))
        return 1;
    return 0;
}

// The kernels --kernel names, each on the shelf once this returns: catalogue kernels fetched
// when missing, kernel files put on the shelf; "host" stays as it is. Empty (after a message)
// when one cannot be had.
QStringList ExperimentCommand::shelfKernels(const QString &list)
{
    QTextStream err(stderr);
    kernels::KernelShelf shelf;
    QStringList names;
    for (const QString &word : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = word.trimmed();
        QString error;
        if (name == QLatin1String("host") || shelf.find(name)) {
            names << name;
        } else if (kernels::Catalogue::find(name)) {
            kernels::ShelfKernel kernel;
            err << tr("tcplab: fetching %1 for the shelf...").arg(name) << Qt::endl;
            if (!shelf.fetch(name, {}, nullptr, &kernel, &error)) {
                err << tr("tcplab: cannot fetch %1: %2").arg(name, error) << Qt::endl;
                return {};
            }
            names << name;
        } else if (QFileInfo(name).isFile()) {
            // A kernel file of one's own, on the shelf under its file name.
            QString shelfName = QStringLiteral("file-") + QFileInfo(name).fileName();
            shelfName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
            kernels::ShelfKernel kernel;
            if (!shelf.addFile(shelfName.left(60), name, QString(), &kernel, &error)) {
                err << tr("tcplab: %1").arg(error) << Qt::endl;
                return {};
            }
            names << kernel.name;
        } else {
            err << tr("tcplab: --kernel takes host, %1 or a kernel file, not \"%2\"").arg(QStringLiteral("debian11, debian12, debian13, unstable"), name)
                << Qt::endl;
            return {};
        }
    }
    return names;
}

// The same spec on each kernel in turn (lab::KernelSeries: a calibration run first where the
// kernel's traits are not known yet): per kernel the model's figures beside the measured ones, or
// with --json {"runs": [...]}, each run with its kernel's name and release.
int ExperimentCommand::runOnKernels(const lab::ExperimentSpec &spec,
                                    const lab::RunnerOptions &options,
                                    const QStringList &names,
                                    bool json,
                                    const QString &notebookFile)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList problems = lab::KernelSeries::preflight(spec, options, names);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            err << tr("tcplab: %1").arg(problem) << Qt::endl;
        return 2;
    }
    QCoreApplication *app = QCoreApplication::instance();
    lab::KernelSeries series;
    QJsonArray runs;
    int status = 0;
    QObject::connect(&series, &lab::KernelSeries::kernelStarted, app, [&](int, int, const QString &name, bool calibrating) {
        if (calibrating)
            err << tr("tcplab: %1: measuring what kernel %2 does (a calibration run)...").arg(name, lab::KernelSeries::releaseOf(name)) << Qt::endl;
        err << tr("tcplab: %1: running the experiment for %n second(s)...", nullptr, spec.observeS).arg(name) << Qt::endl;
    });
    QObject::connect(&series, &lab::KernelSeries::runFinished, app, [&](int index, const lab::ExperimentResult &result) {
        const QString name = names.at(index);
        QJsonObject run = result.toJson();
        run.insert(QStringLiteral("kernel_name"), name);
        runs.append(run);
        if (!json)
            out << QStringLiteral("== %1 (%2)\n").arg(name, result.kernelRelease) << result.toText() << Qt::endl;
        if (!notebookFile.isEmpty() && !appendResult(notebookFile, result, err))
            status = 1;
    });
    QObject::connect(&series, &lab::KernelSeries::runFailed, app, [&](int, const QString &name, const QString &message) {
        err << tr("tcplab: %1: the experiment failed: %2").arg(name, message) << Qt::endl;
        runs.append(QJsonObject{{QStringLiteral("kernel_name"), name}, {QStringLiteral("error"), message}});
        status = 1;
    });
    QObject::connect(&series, &lab::KernelSeries::finished, app, [] {
        QCoreApplication::exit(0);
    });
    QObject::connect(&series, &lab::KernelSeries::failed, app, [&](const QString &message) {
        err << tr("tcplab: %1").arg(message) << Qt::endl;
        status = 1;
        QCoreApplication::exit(1);
    });
    if (!series.start(spec, options, names))
        return 2;
    QCoreApplication::exec();
    if (!json && names.size() > 1) {
        // The kernels side by side, with the notes in both languages.
        lab::KernelComparisonModel comparison;
        comparison.setRuns(spec, series.runs(), lab::KernelComparisonModel::defaultModelOnlyVersions());
        out << QStringLiteral("== ") << tr("the kernels side by side") << QLatin1Char('\n') << comparison.toText(QStringLiteral("en"));
        for (const BilingualText &note : comparison.notes())
            out << QLatin1String("- ") << note.ja << QLatin1Char('\n');
        out << Qt::flush;
    }
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs}}).toJson(QJsonDocument::Compact) << Qt::endl;
    return status;
}

} // namespace tcplab::cli
