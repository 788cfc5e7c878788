// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab: the GUI when there is a display, the headless main job when there is none.
#include "i18n/localization.h"
#include "headless/livecounterprinter.h"
#include "mainwindow.h"
#include "system/systeminfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>

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
               "prints this machine's live counters instead."));
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

    tcplab::MainWindow window(&localization, tcplab::SystemInfo::read());
    window.show();
    return app.exec();
}
