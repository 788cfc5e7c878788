// SPDX-License-Identifier: GPL-3.0-or-later
// Option readers and helpers more than one subcommand shares; the readers print what is wrong on
// stderr.
#pragma once

#include "remote/sshcommand.h"

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace tcplab::notebook
{
class Notebook;
}

namespace tcplab::cli
{

class Options
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Cli)
public:
    // Reads --port into *port when it is set; false (with a message) when it is not a port number.
    static bool port(const QCommandLineParser &parser, std::optional<quint16> *port);
    // The SSH host the option `name` names, with --identity and --known-hosts; "" when it is a
    // usable destination, else why not.
    static QString sshTarget(const QCommandLineParser &parser, const QString &name, remote::SshTarget *target);
    // Opens the notebook file, or makes it when it does not exist (record and experiment
    // --notebook write into either).
    static bool openOrCreate(notebook::Notebook &nb, const QString &file);
};

} // namespace tcplab::cli
