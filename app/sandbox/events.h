// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's own lines on stdout: each written whole at once, so that its reader never waits
// for an event and never sees half of one.
#pragma once

#include "wire/jsonlines.h"

#include <string>

namespace sandbox
{

constexpr int kExitUsage = 2;

void emitLine(const wire::Json &event);
// A line relayed as it is (it is JSON already).
void emitText(const std::string &line);
// {"event":"error",...} on stdout and the same sentence on stderr for a person at a terminal.
void emitError(const std::string &code, const std::string &message);

std::string errnoText(int error);

} // namespace sandbox
