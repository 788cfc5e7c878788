// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab: the GUI when there is a display, the headless main job when there is none.
#include "cli/clireport.h"
#include "cli/samplecommand.h"
#include "headless/livecounterprinter.h"
#include "i18n/localization.h"
#include "mainwindow.h"
#include "series/monitorsession.h"
#include "system/systeminfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <optional>

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
               "prints this machine's live counters instead.\n\nCommands:\n"
               "  tcplab sample   counters, rates, socket states and listen queues, one line per sample\n"
               "  tcplab census   TCP socket counts per state and the listener table"));
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
        parser.process(app);
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
        tcplab::cli::SampleCommand command(options, &out);
        QObject::connect(&command, &tcplab::cli::SampleCommand::finished, &app, &QCoreApplication::exit);
        QTimer::singleShot(0, &command, &tcplab::cli::SampleCommand::start);
        return app.exec();
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
    if (std::strcmp(command, "sample") == 0 || std::strcmp(command, "census") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        tcplab::Localization localization;
        localization.apply();
        return std::strcmp(command, "sample") == 0 ? Cli::runSample(app) : Cli::runCensus(app);
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
        return Cli::runHeadless(app, parser, askedForHeadless);
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
