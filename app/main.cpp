// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab: the GUI when there is a display, the headless main job when there is none.
#include "cli/clireport.h"
#include "cli/historycommand.h"
#include "cli/samplecommand.h"
#include "headless/livecounterprinter.h"
#include "i18n/localization.h"
#include "lab/experimentrunner.h"
#include "hosts/remotehosts.h"
#include "lab/trafficrunner.h"
#include "mainwindow.h"
#include "notebook/notebookcli.h"
#include "remote/nodeexportersource.h"
#include "remote/savedhosts.h"
#include "remote/sshsource.h"
#include "notebook/notebookdocumentexport.h"
#include "series/monitorsession.h"
#include "system/systeminfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPageSize>
#include <QUrl>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <climits>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    static bool hasDisplay()
    {
        // An explicit platform (offscreen, vnc ...) counts as a display: the user asked for the GUI.
        return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    }

    static void setUp(QCommandLineParser &parser)
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
        parser.addOption({ QStringLiteral("headless"), tr("Run the headless job even when there is a display.") });
        parser.addOption({ QStringLiteral("lang"), tr("Use this language (en or ja) instead of the saved one."),
                           tr("language") });
        parser.addOption({ QStringLiteral("rows"), tr("Rows the headless job prints (default 5)."), tr("count"),
                           QStringLiteral("5") });
        parser.addOption({ QStringLiteral("interval"),
                           tr("Milliseconds between the headless job's rows (default 1000)."), tr("ms"),
                           QStringLiteral("1000") });
    }

    static int runHeadless(QCoreApplication &app, const QCommandLineParser &parser, bool askedFor)
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
        if (!askedFor) {
            err << tr("tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
                      "headless job runs instead: this machine's live counters, %n row(s).",
                      nullptr, rows)
                << Qt::endl;
        }
        tcplab::LiveCounterPrinter printer(&out, rows, interval);
        QObject::connect(&printer, &tcplab::LiveCounterPrinter::finished, &app, &QCoreApplication::exit);
        QTimer::singleShot(0, &printer, &tcplab::LiveCounterPrinter::start);
        return app.exec();
    }

    // Reads --port; false (with a message) when it is not a port number.
    static bool portOption(const QCommandLineParser &parser, std::optional<quint16> *port)
    {
        if (!parser.isSet(QStringLiteral("port")))
            return true;
        bool ok = false;
        const uint value = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            QTextStream(stderr) << tr("tcplab: --port takes a port number from 1 to 65535") << Qt::endl;
            return false;
        }
        *port = quint16(value);
        return true;
    }

    static int runCensus(QCoreApplication &app)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Counts this machine's TCP sockets per state and lists every "
                                            "listener's accept queue (Recv-Q), its limit (Send-Q) and its "
                                            "half-open connections (SYN-RECV)."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("census"), tr("The census command."));
        parser.addOption({ QStringLiteral("port"), tr("Only sockets with this local or remote port."), tr("port") });
        parser.addOption({ QStringLiteral("json"), tr("Print one JSON object instead of tables.") });
        parser.process(app);
        std::optional<quint16> port;
        if (!portOption(parser, &port))
            return 2;
        tcplab::sockets::SocketCensus census;
        tcplab::sockets::CensusOptions options;
        options.port = port;
        const auto result = census.take(options);
        QTextStream out(stdout);
        if (parser.isSet(QStringLiteral("json")))
            out << QJsonDocument(tcplab::cli::censusToJson(result)).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            out << tcplab::cli::censusToText(result);
        if (!result.ok()) {
            QTextStream(stderr) << tr("tcplab: %1").arg(result.error) << Qt::endl;
            return 1;
        }
        return 0;
    }

    static int runSample(QCoreApplication &app)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Samples this machine's counters and sockets and prints one line "
                                            "per sample: rates, CPU split, socket states and listen queues."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("sample"), tr("The sample command."));
        parser.addOption({ QStringLiteral("interval"), tr("Milliseconds between samples, 100 to 60000 (default 1000)."),
                           tr("ms"), QStringLiteral("1000") });
        parser.addOption({ QStringLiteral("count"), tr("Stop after this many samples (default: run until stopped)."),
                           tr("count"), QStringLiteral("0") });
        parser.addOption({ QStringLiteral("port"), tr("Count only sockets with this local or remote port."), tr("port") });
        parser.addOption({ QStringLiteral("json"), tr("Print one JSON object per line.") });
        parser.addOption({ QStringLiteral("ssh"), tr("Sample a remote host over SSH: host, user@host or [host]:port."),
                           tr("host") });
        parser.addOption({ QStringLiteral("mode"),
                           tr("How the remote host is read: agent (tcplab-agent, copied there), sh (a portable "
                              "shell loop) or auto (the agent where it can run; the default)."),
                           tr("mode"), QStringLiteral("auto") });
        parser.addOption({ QStringLiteral("identity"), tr("The private key ssh uses."), tr("file") });
        parser.addOption({ QStringLiteral("known-hosts"), tr("The known_hosts file ssh checks the host key against."),
                           tr("file") });
        parser.addOption({ QStringLiteral("node-exporter"), tr("Sample a Prometheus node_exporter's /metrics."), tr("url") });
        parser.addOption({ QStringLiteral("prometheus"),
                           tr("Print the recorded history of --instance from this Prometheus server instead of sampling."),
                           tr("url") });
        parser.addOption({ QStringLiteral("instance"), tr("The target whose history to print, as Prometheus labels it."),
                           tr("instance") });
        parser.addOption({ QStringLiteral("span"), tr("How far back the history goes: 30s, 15m, 2h or seconds (default 15m)."),
                           tr("span"), QStringLiteral("15m") });
        parser.addOption({ QStringLiteral("step"), tr("Time between points of the history (default: the span / 1000, at least 1 s)."),
                           tr("step") });
        parser.process(app);
        // A recorded history is read once and printed whole; it replaces, not adds to, a live source.
        if (parser.isSet(QStringLiteral("prometheus"))) {
            if (parser.isSet(QStringLiteral("ssh")) || parser.isSet(QStringLiteral("node-exporter"))) {
                QTextStream(stderr) << tr("tcplab: --prometheus reads a recorded history; use it without --ssh "
                                          "and --node-exporter")
                                    << Qt::endl;
                return 2;
            }
            tcplab::cli::HistoryOptions history;
            history.server = QUrl::fromUserInput(parser.value(QStringLiteral("prometheus")));
            history.instance = parser.value(QStringLiteral("instance"));
            history.span = parser.value(QStringLiteral("span"));
            history.step = parser.value(QStringLiteral("step"));
            history.json = parser.isSet(QStringLiteral("json"));
            QTextStream out(stdout);
            QTextStream err(stderr);
            return tcplab::cli::HistoryCommand::run(history, &out, &err);
        }
        if (parser.isSet(QStringLiteral("instance")) || parser.isSet(QStringLiteral("span"))
            || parser.isSet(QStringLiteral("step"))) {
            QTextStream(stderr) << tr("tcplab: --instance, --span and --step go with --prometheus") << Qt::endl;
            return 2;
        }
        tcplab::cli::SampleOptions options;
        bool ok = false;
        options.intervalMs = parser.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || options.intervalMs < 100 || options.intervalMs > 60000) {
            QTextStream(stderr) << tr("tcplab: --interval takes milliseconds from 100 to 60000") << Qt::endl;
            return 2;
        }
        options.count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || options.count < 0) {
            QTextStream(stderr) << tr("tcplab: --count takes a whole number, 0 for no limit") << Qt::endl;
            return 2;
        }
        if (!portOption(parser, &options.port))
            return 2;
        options.json = parser.isSet(QStringLiteral("json"));
        QTextStream out(stdout);
        QTextStream err(stderr);

        // A remote host instead of this machine: over SSH (the portable collector) or from a
        // node_exporter's /metrics.
        std::unique_ptr<tcplab::remote::SshSource> ssh;
        std::unique_ptr<tcplab::remote::NodeExporterSource> exporter;
        tcplab::CounterSource *source = nullptr;
        if (parser.isSet(QStringLiteral("ssh")) && parser.isSet(QStringLiteral("node-exporter"))) {
            err << tr("tcplab: choose --ssh or --node-exporter, not both") << Qt::endl;
            return 2;
        }
        if (parser.isSet(QStringLiteral("ssh"))) {
            tcplab::remote::SshSource::Mode mode = tcplab::remote::SshSource::Mode::Auto;
            if (!tcplab::remote::SshSource::parseMode(parser.value(QStringLiteral("mode")), &mode)) {
                err << tr("tcplab: --mode takes agent, sh or auto") << Qt::endl;
                return 2;
            }
            tcplab::remote::SshTarget target;
            QString error = tcplab::remote::SshCommand::parseDestination(parser.value(QStringLiteral("ssh")), &target);
            target.identityFile = parser.value(QStringLiteral("identity"));
            target.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
            if (error.isEmpty())
                error = tcplab::remote::SshCommand::validate(target);
            if (!error.isEmpty()) {
                err << tr("tcplab: %1").arg(error) << Qt::endl;
                return 2;
            }
            ssh = std::make_unique<tcplab::remote::SshSource>(target);
            ssh->setMode(mode);
            // A fresh frame for every sample.
            ssh->setFrameIntervalMs(qMax(100, options.intervalMs / 2));
            source = ssh.get();
        } else if (parser.isSet(QStringLiteral("node-exporter"))) {
            const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("node-exporter")));
            const QString error = tcplab::remote::NodeExporterSource::validateUrl(url);
            if (!error.isEmpty()) {
                err << tr("tcplab: %1").arg(error) << Qt::endl;
                return 2;
            }
            exporter = std::make_unique<tcplab::remote::NodeExporterSource>(url);
            exporter->setTimeoutMs(qMin(5000, options.intervalMs));
            source = exporter.get();
        }

        tcplab::cli::SampleCommand command(options, &out, source);
        QObject::connect(&command, &tcplab::cli::SampleCommand::finished, &app, &QCoreApplication::exit);
        if (ssh) {
            tcplab::remote::SshSource *remote = ssh.get();
            command.setCensusProvider([remote](tcplab::sockets::Census *census) {
                *census = remote->lastCensus();
                return census->ok();
            });
            QObject::connect(remote, &tcplab::remote::SshSource::stateChanged, &app,
                             [&app, &err](tcplab::remote::SshSource::State state, const QString &message) {
                                 err << message << Qt::endl;
                                 if (state == tcplab::remote::SshSource::State::Failed)
                                     app.exit(1);
                             });
            // Sampling starts with the first frame, so that the first line is not a gap.
            bool started = false;
            QObject::connect(remote, &tcplab::remote::SshSource::frameReceived, &command, [&started, &command] {
                if (!started) {
                    started = true;
                    command.start();
                }
            });
            remote->start();
        } else {
            if (exporter) {
                command.setCensusProvider([](tcplab::sockets::Census *census) {
                    *census = {};
                    census->error = tr("node_exporter reports no socket census");
                    return false;
                });
            }
            QTimer::singleShot(0, &command, &tcplab::cli::SampleCommand::start);
        }
        return app.exec();
    }

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
            QTextStream(stderr) << tr("tcplab: --%1 takes a whole number, not \"%2\"").arg(key, parser.value(key))
                                << Qt::endl;
            return false;
        }
        *value = int(number);
        return true;
    }

    static void addExperimentOptions(QCommandLineParser &parser)
    {
        parser.addOption({ QStringLiteral("preset"), tr("Start from this preset (see --list-presets)."), tr("name") });
        parser.addOption({ QStringLiteral("list-presets"), tr("List the presets and exit.") });
        parser.addOption({ QStringLiteral("backlog"), tr("The backlog the server passes to listen()."), tr("count") });
        parser.addOption({ QStringLiteral("clients"), tr("Clients that connect at once."), tr("count") });
        parser.addOption({ QStringLiteral("late-clients"),
                           tr("Half-open clients started first, which ignore the SYN-ACK for a while."), tr("count") });
        parser.addOption({ QStringLiteral("late-handshake-ms"),
                           tr("When the late clients complete their handshakes, or -1 for never."), tr("ms") });
        parser.addOption({ QStringLiteral("somaxconn"), tr("net.core.somaxconn in the sandbox."), tr("value") });
        parser.addOption({ QStringLiteral("max-syn-backlog"), tr("net.ipv4.tcp_max_syn_backlog in the sandbox."),
                           tr("value") });
        parser.addOption({ QStringLiteral("syncookies"), tr("net.ipv4.tcp_syncookies in the sandbox: 0, 1 or 2."),
                           tr("value") });
        parser.addOption({ QStringLiteral("abort-on-overflow"),
                           tr("net.ipv4.tcp_abort_on_overflow in the sandbox: 0 or 1."), tr("value") });
        parser.addOption({ QStringLiteral("synack-retries"), tr("net.ipv4.tcp_synack_retries in the sandbox."),
                           tr("value") });
        parser.addOption({ QStringLiteral("syn-retries"), tr("net.ipv4.tcp_syn_retries in the sandbox."), tr("value") });
        parser.addOption({ QStringLiteral("notebook"), tr("Record the run in this notebook file (made when it does not exist)."),
                           tr("file") });
        parser.addOption({ QStringLiteral("accept"), tr("How the server accepts: never, delay:MS or immediate."),
                           tr("mode") });
        parser.addOption({ QStringLiteral("timeout"), tr("Seconds a client waits for its handshake."), tr("s") });
        parser.addOption({ QStringLiteral("observe"), tr("Seconds the run is watched after the clients start."),
                           tr("s") });
        parser.addOption({ QStringLiteral("two-hosts"),
                           tr("Put the server and the clients on two hosts of the sandbox, joined by a link, and "
                              "show each host's states and counters.") });
        parser.addOption({ QStringLiteral("host-loopback"),
                           tr("Run on this host's 127.0.0.1 without a sandbox: this host's settings, read only; "
                              "counters are host-wide.") });
        parser.addOption({ QStringLiteral("port"),
                           tr("The server's port (default 11000 in the sandbox, any free port on the host)."),
                           tr("port") });
        parser.addOption({ QStringLiteral("json"), tr("Print one JSON object instead of the table.") });
        parser.addOption({ QStringLiteral("server-host"),
                           tr("Run the server on this SSH host (loopback or a host added in the hosts dialog)."),
                           tr("host") });
        parser.addOption({ QStringLiteral("client-host"),
                           tr("Run the clients on this SSH host (loopback or a host added in the hosts dialog)."),
                           tr("host") });
        parser.addOption({ QStringLiteral("identity"), tr("The private key ssh uses."), tr("file") });
        parser.addOption({ QStringLiteral("known-hosts"), tr("The known_hosts file ssh checks the host key against."),
                           tr("file") });
    }

    // The spec the options describe; nullopt (with a message printed) when they are not valid.
    static std::optional<tcplab::lab::ExperimentSpec> experimentSpec(const QCommandLineParser &parser)
    {
        using tcplab::lab::ExperimentSpec;
        QTextStream err(stderr);
        ExperimentSpec spec;
        if (parser.isSet(QStringLiteral("preset"))) {
            const auto preset = ExperimentSpec::findPreset(parser.value(QStringLiteral("preset")));
            if (!preset) {
                err << tr("tcplab: there is no preset \"%1\" (see --list-presets)")
                           .arg(parser.value(QStringLiteral("preset")))
                    << Qt::endl;
                return std::nullopt;
            }
            spec = *preset;
        }
        if (!intOption(parser, "backlog", &spec.backlog) || !intOption(parser, "clients", &spec.clients)
            || !intOption(parser, "late-clients", &spec.lateClients)
            || !intOption(parser, "late-handshake-ms", &spec.lateHandshakeMs)
            || !intOption(parser, "somaxconn", &spec.kernel.somaxconn)
            || !intOption(parser, "max-syn-backlog", &spec.kernel.maxSynBacklog)
            || !intOption(parser, "syncookies", &spec.kernel.syncookies)
            || !intOption(parser, "abort-on-overflow", &spec.kernel.abortOnOverflow)
            || !intOption(parser, "synack-retries", &spec.kernel.synackRetries)
            || !intOption(parser, "syn-retries", &spec.kernel.synRetries)
            || !intOption(parser, "timeout", &spec.clientTimeoutS) || !intOption(parser, "observe", &spec.observeS))
            return std::nullopt;
        if (parser.isSet(QStringLiteral("accept"))) {
            const QString mode = parser.value(QStringLiteral("accept"));
            if (mode.startsWith(QLatin1String("delay:"))) {
                bool ok = false;
                spec.accept = tcplab::lab::AcceptMode::Delay;
                spec.acceptDelayMs = mode.mid(6).toInt(&ok);
                if (!ok) {
                    err << tr("tcplab: --accept delay:MS takes a whole number of milliseconds") << Qt::endl;
                    return std::nullopt;
                }
            } else if (mode == QLatin1String("never") || mode == QLatin1String("immediate")) {
                spec.accept = *tcplab::lab::acceptModeFromName(mode);
            } else {
                err << tr("tcplab: --accept takes never, delay:MS or immediate, not \"%1\"").arg(mode) << Qt::endl;
                return std::nullopt;
            }
        }
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

    static void listPresets()
    {
        QTextStream out(stdout);
        for (const auto &preset : tcplab::lab::ExperimentSpec::presets()) {
            const auto title = tcplab::bilingual("tcplab::lab::Presets",
                                                 tcplab::lab::ExperimentSpec::presetTitleSource(preset.preset));
            out << preset.preset << QLatin1String("  ") << title.en << QLatin1String(" / ") << title.ja << Qt::endl;
        }
    }

    // Runs one experiment and prints its result. 0: it ran (whatever it measured); 2: bad
    // parameters, nothing started; 1: the run failed.
    static int experiment(QCoreApplication &app, const tcplab::lab::ExperimentSpec &spec,
                          const tcplab::lab::RunnerOptions &options, bool json, QString *failure = nullptr,
                          const QString &notebookFile = QString())
    {
        QTextStream err(stderr);
        const QStringList problems = tcplab::lab::ExperimentRunner::preflight(spec, options);
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                err << tr("tcplab: %1").arg(problem) << Qt::endl;
            return 2;
        }
        if (!json) {
            err << tr("tcplab: running the experiment for %n second(s)...", nullptr, spec.observeS) << Qt::endl;
        }
        tcplab::lab::ExperimentRunner runner;
        int code = 1;
        QObject::connect(&runner, &tcplab::lab::ExperimentRunner::finished, &app,
                         [&](const tcplab::lab::ExperimentResult &result) {
                             QTextStream out(stdout);
                             if (json)
                                 out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
                             else
                                 out << result.toText() << Qt::flush;
                             code = 0;
                             if (!notebookFile.isEmpty()) {
                                 QTextStream notebookErr(stderr);
                                 if (!tcplab::notebook::NotebookCli::appendResult(notebookFile, result, notebookErr))
                                     code = 1;
                             }
                             app.exit(code);
                         });
        QObject::connect(&runner, &tcplab::lab::ExperimentRunner::failed, &app, [&](const QString &message) {
            if (failure)
                *failure = message;
            else
                QTextStream(stderr) << tr("tcplab: the experiment failed: %1").arg(message) << Qt::endl;
            code = 1;
            app.exit(1);
        });
        if (!runner.start(spec, options))
            return 2;
        app.exec();
        return code;
    }

    // `tcplab traffic --pattern NAME ...`: load between the two hosts of a sandbox, measured on each.
    static int runTraffic(QCoreApplication &app, tcplab::Localization &localization)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Runs a load pattern between the two hosts of a sandbox (a server host and a client host joined "
               "by a rate-limited link) and prints, per host and per phase, packets per second, bytes per "
               "packet, Mbps, the CPU split and the TCP counters."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("traffic"), tr("The traffic command."));
        parser.addOption({ QStringLiteral("lang"), tr("Use this language (en or ja) instead of the saved one."),
                           tr("language") });
        parser.addOption({ QStringLiteral("pattern"),
                           tr("put, get, put-then-get, rr, churn or congested (default put)."), tr("name"),
                           QStringLiteral("put") });
        parser.addOption({ QStringLiteral("rate"), tr("The link's rate: 10mbit, 100mbit, 1gbit or unlimited (default "
                                                      "100mbit)."),
                           tr("rate"), QStringLiteral("100mbit") });
        parser.addOption({ QStringLiteral("mtu"), tr("The link's MTU (default 1500)."), tr("bytes"), QStringLiteral("1500") });
        parser.addOption({ QStringLiteral("queue"), tr("The link's queue in bytes (default: 20 ms at the rate)."),
                           tr("bytes") });
        parser.addOption({ QStringLiteral("duration"), tr("Seconds each phase lasts (default 5)."), tr("s"),
                           QStringLiteral("5") });
        parser.addOption({ QStringLiteral("size"), tr("rr: bytes each way per request (default 1000)."), tr("bytes"),
                           QStringLiteral("1000") });
        parser.addOption({ QStringLiteral("concurrency"), tr("rr and churn: connections at once (default 4)."),
                           tr("count"), QStringLiteral("4") });
        parser.addOption({ QStringLiteral("json"), tr("Print one JSON object instead of the table.") });
        if (!parser.parse(app.arguments())) {
            QTextStream(stderr) << tr("tcplab: %1").arg(parser.errorText()) << Qt::endl;
            return 2;
        }
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0);
        if (parser.isSet(QStringLiteral("lang")))
            localization.apply(parser.value(QStringLiteral("lang")));
        tcplab::lab::TrafficSpec spec;
        spec.pattern = parser.value(QStringLiteral("pattern"));
        spec.rate = parser.value(QStringLiteral("rate")).toLower();
        bool ok = true;
        const auto number = [&parser, &ok](const char *name) {
            bool good = false;
            const double value = parser.value(QLatin1String(name)).toDouble(&good);
            if (!good) {
                QTextStream(stderr) << tr("tcplab: --%1 takes a number, not \"%2\"")
                                           .arg(QLatin1String(name), parser.value(QLatin1String(name)))
                                    << Qt::endl;
                ok = false;
            }
            return value;
        };
        spec.mtu = int(number("mtu"));
        spec.durationS = number("duration");
        spec.size = int(number("size"));
        spec.concurrency = int(number("concurrency"));
        if (parser.isSet(QStringLiteral("queue")))
            spec.queueBytes = qint64(number("queue"));
        if (!ok)
            return 2;
        const QStringList problems = spec.validate();
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                QTextStream(stderr) << tr("tcplab: %1").arg(problem) << Qt::endl;
            return 2;
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        if (!json)
            QTextStream(stderr) << tr("tcplab: running %1 for %2 s...").arg(spec.pattern).arg(spec.durationS * spec.phases().size())
                                << Qt::endl;
        tcplab::lab::TrafficRunner runner;
        int code = 1;
        QObject::connect(&runner, &tcplab::lab::TrafficRunner::finished, &app,
                         [&](const tcplab::lab::TrafficResult &result) {
                             QTextStream out(stdout);
                             if (json)
                                 out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
                             else
                                 out << result.toText() << Qt::flush;
                             code = 0;
                             app.exit(0);
                         });
        QObject::connect(&runner, &tcplab::lab::TrafficRunner::failed, &app, [&](const QString &message) {
            QTextStream(stderr) << tr("tcplab: the traffic run failed: %1").arg(message) << Qt::endl;
            code = 1;
            app.exit(1);
        });
        if (!runner.start(spec))
            return 2;
        app.exec();
        return code;
    }

    static int runExperiment(QCoreApplication &app, tcplab::Localization &localization)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Runs a backlog experiment in a private network namespace (or on this host's loopback) and "
               "prints what the server and the clients saw, beside what the kernel model expected."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("experiment"), tr("The experiment command."));
        parser.addOption({ QStringLiteral("lang"), tr("Use this language (en or ja) instead of the saved one."),
                           tr("language") });
        addExperimentOptions(parser);
        if (!parser.parse(app.arguments())) {
            QTextStream(stderr) << tr("tcplab: %1").arg(parser.errorText()) << Qt::endl;
            return 2;
        }
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0);
        if (parser.isSet(QStringLiteral("lang")))
            localization.apply(parser.value(QStringLiteral("lang")));
        if (parser.positionalArguments().size() > 1) {
            QTextStream(stderr) << tr("tcplab: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1))
                                << Qt::endl;
            return 2;
        }
        if (parser.isSet(QStringLiteral("list-presets"))) {
            listPresets();
            return 0;
        }
        const auto spec = experimentSpec(parser);
        if (!spec)
            return 2;
        tcplab::lab::RunnerOptions options;
        // Across hosts over SSH: the server here or on --server-host, the clients here or on
        // --client-host; only loopback or hosts added in the hosts dialog.
        for (const char *name : { "server-host", "client-host" }) {
            if (!parser.isSet(QLatin1String(name)))
                continue;
            tcplab::remote::SshTarget target;
            QString error = tcplab::remote::SshCommand::parseDestination(parser.value(QLatin1String(name)), &target);
            target.identityFile = parser.value(QStringLiteral("identity"));
            target.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
            if (error.isEmpty())
                error = tcplab::remote::SshCommand::validate(target);
            if (!error.isEmpty()) {
                QTextStream(stderr) << tr("tcplab: --%1: %2").arg(QLatin1String(name), error) << Qt::endl;
                return 2;
            }
            (qstrcmp(name, "server-host") == 0 ? options.serverHost : options.clientHost) = target;
        }
        if (options.isRemote()) {
            options.configuredHosts =
                tcplab::remote::SavedHosts::sshDestinations(tcplab::remote::SavedHosts::load());
            for (const auto *target : { &options.serverHost, &options.clientHost }) {
                const QString why = *target ? tcplab::lab::RemoteHosts::checkAllowed(**target, options.configuredHosts)
                                            : QString();
                if (!why.isEmpty()) {
                    QTextStream(stderr) << tr("tcplab: %1").arg(why) << Qt::endl;
                    return 2;
                }
            }
        }
        if (parser.isSet(QStringLiteral("port"))) {
            bool ok = false;
            options.port = parser.value(QStringLiteral("port")).toInt(&ok);
            if (!ok || options.port < 1 || options.port > 65535) {
                QTextStream(stderr) << tr("tcplab: --port takes a port number from 1 to 65535") << Qt::endl;
                return 2;
            }
        }
        return experiment(app, *spec, options, parser.isSet(QStringLiteral("json")), nullptr,
                          parser.value(QStringLiteral("notebook")));
    }

    // `tcplab record --notebook FILE --duration S [--interval MS]`: keeps a monitor span.
    static int runRecord(QCoreApplication &app)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Records this machine's counters into a notebook for a while."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("record"), tr("The record command."));
        parser.addOption({ QStringLiteral("notebook"), tr("The notebook file (made when it does not exist)."),
                           tr("file") });
        parser.addOption({ QStringLiteral("duration"), tr("Seconds to record."), tr("seconds"), QStringLiteral("60") });
        parser.addOption({ QStringLiteral("interval"), tr("Milliseconds between samples, 100 to 60000 (default 1000)."),
                           tr("ms"), QStringLiteral("1000") });
        parser.process(app);
        QTextStream err(stderr);
        bool durationOk = false;
        bool intervalOk = false;
        const int duration = parser.value(QStringLiteral("duration")).toInt(&durationOk);
        const int interval = parser.value(QStringLiteral("interval")).toInt(&intervalOk);
        if (!parser.isSet(QStringLiteral("notebook"))) {
            err << tr("tcplab: record needs --notebook FILE") << Qt::endl;
            return 2;
        }
        if (!durationOk || duration < 1 || duration > 7 * 24 * 3600) {
            err << tr("tcplab: --duration takes seconds from 1 to 604800") << Qt::endl;
            return 2;
        }
        if (!intervalOk || interval < 100 || interval > 60000) {
            err << tr("tcplab: --interval takes milliseconds from 100 to 60000") << Qt::endl;
            return 2;
        }
        return tcplab::notebook::NotebookCli::runRecord(app, parser.value(QStringLiteral("notebook")), duration,
                                                        interval, err);
    }

    // `tcplab export FILE --format html|pdf|md|csv --out DIR`: the write-up without a display.
    static int runExport(QCoreApplication &app)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Writes a notebook's write-up as HTML, PDF, Markdown or CSV."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("export"), tr("The export command."));
        parser.addPositionalArgument(QStringLiteral("file"), tr("The notebook file."));
        parser.addOption({ QStringLiteral("format"), tr("html, pdf, md or csv (default html)."), tr("format"),
                           QStringLiteral("html") });
        parser.addOption({ QStringLiteral("out"), tr("The folder to write into (default: the current one)."),
                           tr("folder"), QStringLiteral(".") });
        parser.addOption({ QStringLiteral("page"), tr("The PDF's page size: a4 or letter (default a4)."), tr("size"),
                           QStringLiteral("a4") });
        parser.process(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (parser.positionalArguments().size() != 2) {
            err << tr("tcplab: export needs the notebook file") << Qt::endl;
            return 2;
        }
        const QString page = parser.value(QStringLiteral("page")).toLower();
        if (page != QLatin1String("a4") && page != QLatin1String("letter")) {
            err << tr("tcplab: --page takes a4 or letter") << Qt::endl;
            return 2;
        }
        const QPageSize::PageSizeId pageSize = page == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
        return tcplab::notebook::NotebookCli::runExport(
            parser.positionalArguments().at(1), parser.value(QStringLiteral("format")), parser.value(QStringLiteral("out")),
            [pageSize](const tcplab::notebook::Notebook &nb, const QString &format, const QString &dir,
                       QStringList *written, QString *error) {
                if (format == QLatin1String("md"))
                    return tcplab::NotebookDocumentExport::writeMarkdown(nb, dir, {}, written, error);
                written->append(QStringLiteral("notebook.pdf"));
                return tcplab::NotebookDocumentExport::writePdf(nb, QDir(dir).filePath(QStringLiteral("notebook.pdf")),
                                                                pageSize, {}, error);
            },
            out, err);
    }

    // The headless main job: the first preset, its table and explanation. When no experiment can
    // run here (no namespaces), the live counters instead.
    static int runHeadlessExperiment(QCoreApplication &app, const QCommandLineParser &parser)
    {
        QTextStream err(stderr);
        const auto spec = tcplab::lab::ExperimentSpec::presets().constFirst();
        err << tr("tcplab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the headless job "
                  "runs instead: the experiment %1 in a private network namespace.")
                   .arg(spec.preset)
            << Qt::endl;
        QString failure;
        const int code = experiment(app, spec, {}, false, &failure);
        if (code == 0)
            return 0;
        if (!failure.isEmpty())
            err << tr("tcplab: the experiment could not run: %1").arg(failure) << Qt::endl;
        err << tr("tcplab: showing this machine's live counters instead.") << Qt::endl;
        return runHeadless(app, parser, true);
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("tcplab"));
    QCoreApplication::setApplicationName(QStringLiteral("tcplab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TCPLAB_VERSION));
}

bool argumentGiven(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    const char *command = argc > 1 ? argv[1] : "";
    // The subcommands that need no display: one set-up for all of them.
    using Subcommand = int (*)(QCoreApplication &, tcplab::Localization &);
    const std::pair<const char *, Subcommand> consoleCommands[] = {
        { "experiment", [](QCoreApplication &a, tcplab::Localization &l) { return Cli::runExperiment(a, l); } },
        { "traffic", [](QCoreApplication &a, tcplab::Localization &l) { return Cli::runTraffic(a, l); } },
        { "record", [](QCoreApplication &a, tcplab::Localization &) { return Cli::runRecord(a); } },
        { "sample", [](QCoreApplication &a, tcplab::Localization &) { return Cli::runSample(a); } },
        { "census", [](QCoreApplication &a, tcplab::Localization &) { return Cli::runCensus(a); } },
    };
    for (const auto &[name, run] : consoleCommands) {
        if (std::strcmp(command, name) == 0) {
            QCoreApplication app(argc, argv);
            setIdentity();
            tcplab::Localization localization;
            localization.apply();
            return run(app, localization);
        }
    }
    if (std::strcmp(command, "export") == 0) {
        // PDF pages and PNG charts need fonts and a paint engine, not a screen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        tcplab::Localization localization;
        localization.apply();
        return Cli::runExport(app);
    }

    const bool askedForHeadless = argumentGiven(argc, argv, "--headless");
    const bool informational = argumentGiven(argc, argv, "--help") || argumentGiven(argc, argv, "-h")
        || argumentGiven(argc, argv, "--version") || argumentGiven(argc, argv, "-v");
    if (askedForHeadless || informational || !Cli::hasDisplay()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        Cli::setUp(parser);
        // Translations first, so that --help speaks the user's language.
        tcplab::Localization localization;
        localization.apply();
        parser.process(app);
        if (parser.isSet(QStringLiteral("lang")))
            localization.apply(parser.value(QStringLiteral("lang")));
        if (askedForHeadless || informational)
            return Cli::runHeadless(app, parser, askedForHeadless);
        return Cli::runHeadlessExperiment(app, parser);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tcplab.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.tcplab.tcplab"));
    tcplab::Localization localization;
    localization.apply();
    QCommandLineParser parser;
    Cli::setUp(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("lang")))
        localization.apply(parser.value(QStringLiteral("lang")));

    tcplab::MonitorSession session;
    tcplab::MainWindow window(&localization, tcplab::SystemInfo::read(), &session);
    window.show();
    session.start();
    return app.exec();
}
