// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab census [--port P] [--json]`: this machine's TCP sockets per state and every listener's
// queues, once.
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace tcplab::cli
{

class CensusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    QString name() const override
    {
        return QStringLiteral("census");
    }
    void setUp(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tcplab::cli
