// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "censuscommand.h"
#include "experimentcommand.h"
#include "exportcommand.h"
#include "i18n/localization.h"
#include "kernelscommand.h"
#include "recordcommand.h"
#include "samplecommand.h"
#include "trafficcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace tcplab::cli
{

namespace
{

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    // Parses the arguments the command's way; an exit code when it must stop here.
    static std::optional<int> parse(Command &command, QCommandLineParser &parser, Localization &localization)
    {
        if (command.errors() == Command::Errors::Qt) {
            parser.process(*QCoreApplication::instance());
        } else {
            if (!parser.parse(QCoreApplication::arguments())) {
                QTextStream(stderr) << tr("tcplab: %1").arg(parser.errorText()) << Qt::endl;
                return 2;
            }
            if (parser.isSet(QStringLiteral("help")))
                parser.showHelp(0);
        }
        // Only the commands that declare --lang can have found it.
        if (parser.optionNames().contains(QLatin1String("lang")))
            localization.apply(parser.value(QStringLiteral("lang")));
        return std::nullopt;
    }
};

int parseAndRun(Command &command)
{
    setIdentity();
    Localization localization;
    localization.apply();
    QCommandLineParser parser;
    command.setUp(parser);
    if (const auto code = CommandLine::parse(command, parser, localization))
        return *code;
    return command.run(parser);
}

} // namespace

std::unique_ptr<Command> findCommand(const char *name)
{
    std::unique_ptr<Command> commands[] = {
        std::make_unique<ExperimentCommand>(),
        std::make_unique<TrafficCommand>(),
        std::make_unique<RecordCommand>(),
        std::make_unique<SampleCommand>(),
        std::make_unique<CensusCommand>(),
        std::make_unique<ExportCommand>(),
        std::make_unique<KernelsCommand>(),
    };
    const QString word = QString::fromLocal8Bit(name);
    for (auto &command : commands) {
        if (command->name() == word)
            return std::move(command);
    }
    return nullptr;
}

int runCommand(Command &command, int &argc, char **argv)
{
    if (!command.needsGui()) {
        QCoreApplication app(argc, argv);
        return parseAndRun(command);
    }
    // PDF pages and PNG charts need fonts and a paint engine, not a screen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return parseAndRun(command);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("tcplab"));
    QCoreApplication::setApplicationName(QStringLiteral("tcplab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TCPLAB_VERSION));
}

} // namespace tcplab::cli
