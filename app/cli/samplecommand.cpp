// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecommand.h"

#include "cli/sampleprinter.h"
#include "historycommand.h"
#include "options.h"
#include "remote/nodeexportersource.h"
#include "remote/sshsource.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace tcplab::cli
{

namespace
{

// The remote host the options name instead of this machine, and how it is read.
struct RemoteSource {
    std::unique_ptr<remote::SshSource> ssh;
    std::unique_ptr<remote::NodeExporterSource> exporter;
    CounterSource *source = nullptr;
};

class Sample
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    // The options' remote source (none for this machine); false with a message when they are wrong.
    static bool remoteSource(const QCommandLineParser &parser, int intervalMs, RemoteSource *remote)
    {
        QTextStream err(stderr);
        if (parser.isSet(QStringLiteral("ssh")) && parser.isSet(QStringLiteral("node-exporter"))) {
            err << tr("tcplab: choose --ssh or --node-exporter, not both") << Qt::endl;
            return false;
        }
        if (parser.isSet(QStringLiteral("ssh"))) {
            remote::SshSource::Mode mode = remote::SshSource::Mode::Auto;
            if (!remote::SshSource::parseMode(parser.value(QStringLiteral("mode")), &mode)) {
                err << tr("tcplab: --mode takes agent, sh or auto") << Qt::endl;
                return false;
            }
            remote::SshTarget target;
            const QString error = Options::sshTarget(parser, QStringLiteral("ssh"), &target);
            if (!error.isEmpty()) {
                err << tr("tcplab: %1").arg(error) << Qt::endl;
                return false;
            }
            remote->ssh = std::make_unique<remote::SshSource>(target);
            remote->ssh->setMode(mode);
            // A fresh frame for every sample.
            remote->ssh->setFrameIntervalMs(qMax(100, intervalMs / 2));
            remote->source = remote->ssh.get();
        } else if (parser.isSet(QStringLiteral("node-exporter"))) {
            const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("node-exporter")));
            const QString error = remote::NodeExporterSource::validateUrl(url);
            if (!error.isEmpty()) {
                err << tr("tcplab: %1").arg(error) << Qt::endl;
                return false;
            }
            remote->exporter = std::make_unique<remote::NodeExporterSource>(url);
            remote->exporter->setTimeoutMs(qMin(5000, intervalMs));
            remote->source = remote->exporter.get();
        }
        return true;
    }

    // Starts the printer once the source can be read: an SSH host with its first frame, so that
    // the first line is not a gap; the census comes from where the counters do.
    static void start(SamplePrinter &printer, remote::SshSource *ssh, bool exporter, QTextStream &err)
    {
        QCoreApplication *app = QCoreApplication::instance();
        if (!ssh) {
            if (exporter) {
                printer.setCensusProvider([](sockets::Census *census) {
                    *census = {};
                    census->error = tr("node_exporter reports no socket census");
                    return false;
                });
            }
            QTimer::singleShot(0, &printer, &SamplePrinter::start);
            return;
        }
        printer.setCensusProvider([ssh](sockets::Census *census) {
            *census = ssh->lastCensus();
            return census->ok();
        });
        QObject::connect(ssh, &remote::SshSource::stateChanged, app, [&err](remote::SshSource::State state, const QString &message) {
            err << message << Qt::endl;
            if (state == remote::SshSource::State::Failed)
                QCoreApplication::exit(1);
        });
        auto started = std::make_shared<bool>(false);
        QObject::connect(ssh, &remote::SshSource::frameReceived, &printer, [started, &printer] {
            if (!*started) {
                *started = true;
                printer.start();
            }
        });
        ssh->start();
    }
};

} // namespace

void SampleCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Samples this machine's counters and sockets and prints one line "
           "per sample: rates, CPU split, socket states and listen queues."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sample"), tr("The sample command."));
    parser.addOption({QStringLiteral("interval"), tr("Milliseconds between samples, 100 to 60000 (default 1000)."), tr("ms"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("count"), tr("Stop after this many samples (default: run until stopped)."), tr("count"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("port"), tr("Count only sockets with this local or remote port."), tr("port")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per line.")});
    parser.addOption({QStringLiteral("ssh"), tr("Sample a remote host over SSH: host, user@host or [host]:port."), tr("host")});
    parser.addOption({QStringLiteral("mode"),
                      tr("How the remote host is read: agent (tcplab-agent, copied there), sh (a portable "
                         "shell loop) or auto (the agent where it can run; the default)."),
                      tr("mode"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("identity"), tr("The private key ssh uses."), tr("file")});
    parser.addOption({QStringLiteral("known-hosts"), tr("The known_hosts file ssh checks the host key against."), tr("file")});
    parser.addOption({QStringLiteral("node-exporter"), tr("Sample a Prometheus node_exporter's /metrics."), tr("url")});
    parser.addOption(
        {QStringLiteral("prometheus"), tr("Print the recorded history of --instance from this Prometheus server instead of sampling."), tr("url")});
    parser.addOption({QStringLiteral("instance"), tr("The target whose history to print, as Prometheus labels it."), tr("instance")});
    parser.addOption({QStringLiteral("span"), tr("How far back the history goes: 30s, 15m, 2h or seconds (default 15m)."), tr("span"), QStringLiteral("15m")});
    parser.addOption({QStringLiteral("step"), tr("Time between points of the history (default: the span / 1000, at least 1 s)."), tr("step")});
}

int SampleCommand::run(const QCommandLineParser &parser)
{
    // A recorded history is read once and printed whole; it replaces, not adds to, a live source.
    if (parser.isSet(QStringLiteral("prometheus")))
        return runHistory(parser);
    if (parser.isSet(QStringLiteral("instance")) || parser.isSet(QStringLiteral("span")) || parser.isSet(QStringLiteral("step"))) {
        QTextStream(stderr) << tr("tcplab: --instance, --span and --step go with --prometheus") << Qt::endl;
        return 2;
    }
    return runLive(parser);
}

int SampleCommand::runHistory(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("ssh")) || parser.isSet(QStringLiteral("node-exporter"))) {
        QTextStream(stderr) << tr(
            "tcplab: --prometheus reads a recorded history; use it without --ssh "
            "and --node-exporter")
                            << Qt::endl;
        return 2;
    }
    HistoryOptions history;
    history.server = QUrl::fromUserInput(parser.value(QStringLiteral("prometheus")));
    history.instance = parser.value(QStringLiteral("instance"));
    history.span = parser.value(QStringLiteral("span"));
    history.step = parser.value(QStringLiteral("step"));
    history.json = parser.isSet(QStringLiteral("json"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return HistoryCommand::run(history, &out, &err);
}

int SampleCommand::runLive(const QCommandLineParser &parser)
{
    SampleOptions options;
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
    if (!Options::port(parser, &options.port))
        return 2;
    options.json = parser.isSet(QStringLiteral("json"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // A remote host instead of this machine: over SSH (the portable collector) or from a
    // node_exporter's /metrics.
    RemoteSource remote;
    if (!Sample::remoteSource(parser, options.intervalMs, &remote))
        return 2;
    SamplePrinter printer(options, &out, remote.source);
    QObject::connect(&printer, &SamplePrinter::finished, QCoreApplication::instance(), &QCoreApplication::exit);
    Sample::start(printer, remote.ssh.get(), bool(remote.exporter), err);
    return QCoreApplication::exec();
}

} // namespace tcplab::cli
