// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab record --notebook FILE --duration S [--interval MS]`: keeps this machine's counters for a
// while as a recording entry of a notebook, committing once a second.
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace tcplab::cli
{

class RecordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    QString name() const override
    {
        return QStringLiteral("record");
    }
    void setUp(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    // Samples this machine for `durationS` seconds into a new recording entry; runs the event loop.
    static int record(const QString &file, int durationS, int intervalMs);
};

} // namespace tcplab::cli
