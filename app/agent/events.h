// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's output: one JSON object per line on stdout (or, in a child process, on the pipe to
// the parent), each stamped with the protocol version and the time since the agent started.
// See PROTOCOL.md.
#pragma once

#include <cstdint>
#include <string>

namespace agent {

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

// Buffered line writer; flushed before the program blocks, so that events arrive promptly without
// a write() per line.
class Output
{
public:
    void setFd(int fd);
    void line(const std::string &text);
    bool flush();
    bool failed() const { return m_failed; }

private:
    int m_fd = 1;
    std::string m_buffer;
    bool m_failed = false;
};

Output &output();

class Event
{
public:
    explicit Event(const char *name);
    Event(const char *name, int64_t atNs);
    Event &num(const char *key, long long value);
    Event &real(const char *key, double value);
    Event &str(const char *key, const std::string &value);
    Event &boolean(const char *key, bool value);
    Event &null(const char *key);
    std::string text() const { return m_text + '}'; }
    void emit() { output().line(text()); }

private:
    void key(const char *name);
    std::string m_text;
};

std::string jsonString(const std::string &value);

// {"event":"error",...} on stdout and the same sentence on stderr for a person at a terminal.
void emitError(const std::string &code, const std::string &message);

// Reads a numeric field from one of our own event lines (the parent reads its children's
// totals this way); returns false when the key is absent or null.
bool findNumber(const std::string &line, const char *key, double *value);

} // namespace agent
