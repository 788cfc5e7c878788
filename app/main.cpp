// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab: a subcommand (app/cli/), else the GUI when there is a display and the headless job when
// there is none.
#include "cli/commandline.h"
#include "cli/headlessjob.h"
#include "i18n/localization.h"
#include "mainwindow.h"
#include "series/monitorsession.h"
#include "system/systeminfo.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstring>

namespace
{

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
    if (const auto command = tcplab::cli::findCommand(argc > 1 ? argv[1] : ""))
        return tcplab::cli::runCommand(*command, argc, argv);

    using tcplab::cli::HeadlessJob;
    const bool askedForHeadless = argumentGiven(argc, argv, "--headless");
    const bool informational =
        argumentGiven(argc, argv, "--help") || argumentGiven(argc, argv, "-h") || argumentGiven(argc, argv, "--version") || argumentGiven(argc, argv, "-v");
    if (askedForHeadless || informational || !HeadlessJob::hasDisplay()) {
        QCoreApplication app(argc, argv);
        tcplab::cli::setIdentity();
        HeadlessJob job(askedForHeadless || informational, askedForHeadless);
        QCommandLineParser parser;
        job.setUp(parser);
        // Translations first, so that --help speaks the user's language.
        tcplab::Localization localization;
        localization.apply();
        parser.process(app);
        if (parser.isSet(QStringLiteral("lang")))
            localization.apply(parser.value(QStringLiteral("lang")));
        return job.run(parser);
    }

    QApplication app(argc, argv);
    tcplab::cli::setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tcplab.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.tcplab.tcplab"));
    tcplab::Localization localization;
    localization.apply();
    QCommandLineParser parser;
    HeadlessJob::setUpMain(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("lang")))
        localization.apply(parser.value(QStringLiteral("lang")));

    tcplab::MonitorSession session;
    tcplab::MainWindow window(&localization, tcplab::SystemInfo::read(), &session);
    window.show();
    session.start();
    return app.exec();
}
