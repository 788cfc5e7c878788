// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab experiment`: one backlog experiment in a private network namespace (or on this host's
// loopback, or across SSH hosts), printed beside the kernel model's prediction, optionally kept
// in a notebook.
#pragma once

#include "command.h"
#include "lab/experimentrunner.h"

#include <QCoreApplication>

#include <optional>

namespace tcplab::cli
{

class ExperimentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    QString name() const override
    {
        return QStringLiteral("experiment");
    }
    Errors errors() const override
    {
        return Errors::ExitCode2;
    }
    void setUp(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

    // Runs one experiment and prints its result. 0: it ran (whatever it measured); 2: bad
    // parameters, nothing started; 1: the run failed (with `failure` given, its message goes
    // there instead of to stderr). With `notebookFile`, the result is appended to that notebook.
    static int
    runOnce(const lab::ExperimentSpec &spec, const lab::RunnerOptions &options, bool json, QString *failure = nullptr, const QString &notebookFile = QString());

private:
    // Runs one experiment to its result: 0, 1 (*failure says why) or 2 (it could not start).
    static int runToResult(const lab::ExperimentSpec &spec, const lab::RunnerOptions &options, lab::ExperimentResult *result, QString *failure);
    static QStringList shelfKernels(const QString &list);
    static int
    runOnKernels(const lab::ExperimentSpec &spec, const lab::RunnerOptions &options, const QStringList &names, bool json, const QString &notebookFile);
    static void addSpecOptions(QCommandLineParser &parser);
    static void addHostOptions(QCommandLineParser &parser);
    // The spec the options describe; nullopt (with a message printed) when they are not valid.
    static std::optional<lab::ExperimentSpec> spec(const QCommandLineParser &parser);
    static bool acceptOption(const QCommandLineParser &parser, lab::ExperimentSpec *spec);
    // --server-host, --client-host and --port; false (with a message printed) when they are wrong.
    static bool runnerOptions(const QCommandLineParser &parser, lab::RunnerOptions *options);
    static void listPresets();
};

} // namespace tcplab::cli
