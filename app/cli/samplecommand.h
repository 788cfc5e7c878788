// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab sample`: this machine's counters and sockets (or an SSH host's, or a node_exporter's)
// one line per sample; with --prometheus, a recorded history instead (historycommand.h).
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace tcplab::cli
{

class SampleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    QString name() const override
    {
        return QStringLiteral("sample");
    }
    void setUp(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    static int runHistory(const QCommandLineParser &parser);
    static int runLive(const QCommandLineParser &parser);
};

} // namespace tcplab::cli
