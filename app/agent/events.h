// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's output: one JSON object per line on stdout (or, in a child process, on the pipe to
// the parent), each stamped with the protocol version and the time since the agent started.
// See PROTOCOL.md.
#pragma once

#include "wire/jsonlines.h"

#include <cstdint>
#include <string>

namespace agent
{

constexpr const char *kName = "tcplab-agent";
constexpr const char *kVersion = TCPLAB_AGENT_VERSION;
constexpr int kProtocolVersion = 1;

// Exit codes: 2 = bad arguments or a limit that cannot be met (nothing was started),
// 1 = a failure while running.
constexpr int kExitUsage = 2;
constexpr int kExitRuntime = 1;

// CLOCK_MONOTONIC in nanoseconds; system-wide, so forked children share the parent's origin.
int64_t nowNs();
void markStart();
double msSinceStart(int64_t ns);
double msBetween(int64_t fromNs, int64_t toNs);

// The symbolic name of an errno value ("ECONNREFUSED"), kept in the program rather than taken
// from glibc's strerrorname_np(), which older C libraries on remote hosts lack.
std::string errnoName(int error);
std::string errnoText(int error);

// The line writer for this process's events: stdout, or in a worker the pipe to its parent.
// Flushed before the program blocks, so that events arrive promptly without a write() per line.
wire::LineWriter &output();

// One event line: {"v":1,"event":NAME,"t_ms":...} and the fields added in order.
class Event
{
public:
    explicit Event(const char *name);
    Event(const char *name, int64_t atNs);
    Event &num(const char *key, long long value);
    Event &real(const char *key, double value); // three decimals, as t_ms
    Event &str(const char *key, const std::string &value);
    Event &boolean(const char *key, bool value);
    Event &null(const char *key);
    const wire::Json &json() const
    {
        return m_json;
    }
    void emit()
    {
        output().write(m_json);
    }

private:
    wire::Json m_json;
};

// {"event":"error",...} on stdout and the same sentence on stderr for a person at a terminal.
void emitError(const std::string &code, const std::string &message);

} // namespace agent
