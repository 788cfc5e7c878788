// SPDX-License-Identifier: GPL-3.0-or-later
// The subcommands of `tcplab` and how one runs: the application it needs, the translations, its
// parser. main() asks here first and falls back to the GUI or the headless job.
#pragma once

#include "command.h"

#include <memory>

namespace tcplab::cli
{

// The command named `name` (the word after `tcplab`), or null when there is none.
std::unique_ptr<Command> findCommand(const char *name);
// Makes the application `command` needs, loads the translations, parses the arguments and runs it.
int runCommand(Command &command, int &argc, char **argv);
// The organisation, application name and version QSettings and --version use.
void setIdentity();

} // namespace tcplab::cli
