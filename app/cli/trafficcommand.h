// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab traffic --pattern NAME ...`: load between the two hosts of a sandbox, measured on each
// host per phase.
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace tcplab::lab
{
struct TrafficSpec;
}

namespace tcplab::cli
{

class TrafficCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    QString name() const override
    {
        return QStringLiteral("traffic");
    }
    Errors errors() const override
    {
        return Errors::ExitCode2;
    }
    void setUp(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    // The spec the options describe; false (with a message printed) when they are not valid.
    static bool spec(const QCommandLineParser &parser, lab::TrafficSpec *spec);
};

} // namespace tcplab::cli
