// SPDX-License-Identifier: GPL-3.0-or-later
// One `tcplab` subcommand: it declares its options on a parser and runs with what was parsed.
// Each subcommand is one file in app/cli/; commandline.h picks one by the word after `tcplab`.
#pragma once

#include <QString>

class QCommandLineParser;

namespace tcplab::cli
{

class Command
{
public:
    // How a bad argument is reported: Qt's way (its message, exit code 1), or "tcplab: ..." with
    // exit code 2 for the commands whose callers tell bad parameters from failed runs.
    enum class Errors { Qt, ExitCode2 };

    virtual ~Command() = default;
    // The word after `tcplab`: "sample", "census", "experiment" ...
    virtual QString name() const = 0;
    // True when the command paints (PDF pages, PNG charts): it gets a QApplication, offscreen when
    // there is no display.
    virtual bool needsGui() const
    {
        return false;
    }
    virtual Errors errors() const
    {
        return Errors::Qt;
    }
    // Declares the description, the options and the positional arguments.
    virtual void setUp(QCommandLineParser &parser) = 0;
    // Runs with the parsed arguments (the application exists) and returns the exit code.
    virtual int run(const QCommandLineParser &parser) = 0;
};

} // namespace tcplab::cli
