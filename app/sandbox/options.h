// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-sandbox's command line: the sysctls to write and the two-host link.
#pragma once

#include "link.h"
#include "namespaces.h"

namespace sandbox
{

struct SandboxOptions {
    Sysctls sysctls;
    LinkOptions link;
};

// Reads the arguments after the program's name. Returns -1 to go on, or the exit status to end
// with: 0 after printing the usage (--help), kExitUsage after an error line.
int parseArguments(const std::vector<std::string> &args, SandboxOptions *options);

} // namespace sandbox
