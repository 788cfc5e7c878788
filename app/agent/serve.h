// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace agent
{

// `tcplab-agent serve ...`; returns the process exit code.
int runServe(const std::vector<std::string> &args);

} // namespace agent
