// SPDX-License-Identifier: GPL-3.0-or-later
#include "censuscommand.h"

#include "cli/clireport.h"
#include "options.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace tcplab::cli
{

void CensusCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Counts this machine's TCP sockets per state and lists every "
           "listener's accept queue (Recv-Q), its limit (Send-Q) and its "
           "half-open connections (SYN-RECV)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("census"), tr("The census command."));
    parser.addOption({QStringLiteral("port"), tr("Only sockets with this local or remote port."), tr("port")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of tables.")});
}

int CensusCommand::run(const QCommandLineParser &parser)
{
    std::optional<quint16> port;
    if (!Options::port(parser, &port))
        return 2;
    sockets::SocketCensus census;
    sockets::CensusOptions options;
    options.port = port;
    const auto result = census.take(options);
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(censusToJson(result)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out << censusToText(result);
    if (!result.ok()) {
        QTextStream(stderr) << tr("tcplab: %1").arg(result.error) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace tcplab::cli
