// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab` without a subcommand when there is no display (or with --headless): the first
// experiment preset with its table and explanation, or this machine's live counters. Its options
// are those of the GUI too.
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace tcplab::cli
{

class HeadlessJob : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    // `liveCounters`: print the live counters rather than run the experiment; `askedFor`: the user
    // asked for the headless job (--headless), so there is nothing to explain.
    HeadlessJob(bool liveCounters, bool askedFor);

    // Whether the GUI can show: an explicit platform (offscreen, vnc ...) counts as a display.
    static bool hasDisplay();
    // The options of `tcplab` itself, which the GUI shares.
    static void setUpMain(QCommandLineParser &parser);

    QString name() const override
    {
        return QString();
    }
    void setUp(QCommandLineParser &parser) override
    {
        setUpMain(parser);
    }
    int run(const QCommandLineParser &parser) override;

private:
    // `explain`: say first that they stand in for the GUI.
    static int runLiveCounters(const QCommandLineParser &parser, bool explain);
    // The first preset; when no experiment can run here (no namespaces), the live counters instead.
    static int runExperiment(const QCommandLineParser &parser);

    bool m_liveCounters;
    bool m_askedFor;
};

} // namespace tcplab::cli
