// SPDX-License-Identifier: GPL-3.0-or-later
// Which host an experiment runs on: the spec and the runner's options name it (the sandbox with one
// host or two, this machine's loopback, or SSH hosts), and this is the one place that turns them
// into an AgentHost. A new kind of host is a new AgentHost class and one branch here.
#pragma once

#include "experimentspec.h"

#include <QObject>
#include <QStringList>

namespace tcplab::hosts
{
class AgentHost;
}

namespace tcplab::lab
{

struct RunnerOptions;

// The spec's sysctls as "path=value", with a wide port range when the clients need it.
QStringList sysctlSettings(const ExperimentSpec &spec);
// tcplab-sandbox's arguments for a spec: the spec's sysctls, a wide port range when the clients
// need it, and the second host.
QStringList sandboxArguments(const ExperimentSpec &spec);
// The host for a run, owned by `parent`.
hosts::AgentHost *makeRunHost(const ExperimentSpec &spec, const RunnerOptions &options, QObject *parent);

} // namespace tcplab::lab
