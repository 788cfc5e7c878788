// SPDX-License-Identifier: GPL-3.0-or-later
// Process set-up shared by both subcommands.
#pragma once

#include <string>

#include <sys/resource.h>

namespace agent
{

// Blocks SIGTERM and SIGINT and returns a signalfd that reports them, so that the event loop
// sees a signal as one more readable descriptor and ends the run with its final event.
int openSignalFd();
// The name of a signal number read from the signalfd.
std::string signalName(int signal);

// Raises RLIMIT_NOFILE's soft limit to the hard limit; returns the resulting soft limit.
rlim_t raiseFileLimit();

// Reads a whole small /proc file; false when it cannot be read.
bool readSmallFile(const char *path, std::string *text);

} // namespace agent
