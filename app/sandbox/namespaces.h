// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's namespaces: the user and network namespace it enters itself, further network
// namespaces held by child processes (the client host, the router), the namespace's own sysctls,
// and the sock_diag sockets handed to the parent for its census.
#pragma once

#include "wire/jsonlines.h"

#include <string>
#include <utility>
#include <vector>

#include <sys/types.h>

namespace sandbox
{

// net/... paths and their values, as given with --sysctl.
using Sysctls = std::vector<std::pair<std::string, std::string>>;

// Returns "user+net" or "net", or "" with *error set.
std::string enterNamespace(std::string *error);
bool loopbackUp(std::string *error);

// Only the namespace's own network settings: anything outside net/ would be the host's.
bool validSysctlPath(const std::string &path);
bool validSysctlValue(const std::string &value);
// Writes them in the current namespace; false with *error (naming the setting) otherwise.
bool writeSysctls(const Sysctls &sysctls, std::string *error);
// The ready line's "sysctls": wire::kNamespaceSysctls and the ones given, as this namespace has them.
wire::Json reportSysctls(const Sysctls &given);

// A network namespace of its own (owned by the same user namespace), held by a child that waits
// for the sandbox to die; its loopback up and the sysctls written. *ns is an open descriptor.
bool makeHolder(const Sysctls &sysctls, pid_t *pid, int *ns, std::string *error);

// Hands a NETLINK_SOCK_DIAG socket of the current namespace to the parent on fd 3; `last` closes
// fd 3 after it. False without *error when fd 3 is no socket (run by hand: nobody to pass it to).
bool passCensusSocket(std::string *error, bool last = true);

} // namespace sandbox
