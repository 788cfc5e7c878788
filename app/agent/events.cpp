// SPDX-License-Identifier: GPL-3.0-or-later
#include "events.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace agent {

namespace {
int64_t g_startNs = 0;
} // namespace

int64_t nowNs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void markStart()
{
    g_startNs = nowNs();
}

double msSinceStart(int64_t ns)
{
    return double(ns - g_startNs) / 1e6;
}

double msBetween(int64_t fromNs, int64_t toNs)
{
    return double(toNs - fromNs) / 1e6;
}

std::string errnoName(int error)
{
    switch (error) {
#define TCPLAB_ERRNO(name)                                                                             \
    case name:                                                                                         \
        return #name;
        TCPLAB_ERRNO(EPERM)
        TCPLAB_ERRNO(ENOENT)
        TCPLAB_ERRNO(ESRCH)
        TCPLAB_ERRNO(EINTR)
        TCPLAB_ERRNO(EIO)
        TCPLAB_ERRNO(EBADF)
        TCPLAB_ERRNO(ECHILD)
        TCPLAB_ERRNO(EAGAIN)
        TCPLAB_ERRNO(ENOMEM)
        TCPLAB_ERRNO(EACCES)
        TCPLAB_ERRNO(EFAULT)
        TCPLAB_ERRNO(EINVAL)
        TCPLAB_ERRNO(ENFILE)
        TCPLAB_ERRNO(EMFILE)
        TCPLAB_ERRNO(ENOSPC)
        TCPLAB_ERRNO(EPIPE)
        TCPLAB_ERRNO(ERANGE)
        TCPLAB_ERRNO(ENOTSOCK)
        TCPLAB_ERRNO(EPROTOTYPE)
        TCPLAB_ERRNO(ENOPROTOOPT)
        TCPLAB_ERRNO(EPROTONOSUPPORT)
        TCPLAB_ERRNO(EOPNOTSUPP)
        TCPLAB_ERRNO(EAFNOSUPPORT)
        TCPLAB_ERRNO(EADDRINUSE)
        TCPLAB_ERRNO(EADDRNOTAVAIL)
        TCPLAB_ERRNO(ENETDOWN)
        TCPLAB_ERRNO(ENETUNREACH)
        TCPLAB_ERRNO(ENETRESET)
        TCPLAB_ERRNO(ECONNABORTED)
        TCPLAB_ERRNO(ECONNRESET)
        TCPLAB_ERRNO(ENOBUFS)
        TCPLAB_ERRNO(EISCONN)
        TCPLAB_ERRNO(ENOTCONN)
        TCPLAB_ERRNO(ETIMEDOUT)
        TCPLAB_ERRNO(ECONNREFUSED)
        TCPLAB_ERRNO(EHOSTDOWN)
        TCPLAB_ERRNO(EHOSTUNREACH)
        TCPLAB_ERRNO(EALREADY)
        TCPLAB_ERRNO(EINPROGRESS)
        TCPLAB_ERRNO(EPROTO)
#undef TCPLAB_ERRNO
    default:
        return "E" + std::to_string(error);
    }
}

std::string errnoText(int error)
{
    return std::strerror(error);
}

void Output::setFd(int fd)
{
    m_fd = fd;
    m_buffer.clear();
    m_failed = false;
}

void Output::line(const std::string &text)
{
    m_buffer += text;
    m_buffer += '\n';
    if (m_buffer.size() >= 64 * 1024)
        flush();
}

bool Output::flush()
{
    size_t done = 0;
    while (done < m_buffer.size() && !m_failed) {
        const ssize_t n = ::write(m_fd, m_buffer.data() + done, m_buffer.size() - done);
        if (n > 0)
            done += size_t(n);
        else if (n < 0 && errno == EINTR)
            continue;
        else
            m_failed = true; // the reader is gone (EPIPE; SIGPIPE is ignored)
    }
    m_buffer.clear();
    return !m_failed;
}

Output &output()
{
    static Output instance;
    return instance;
}

std::string jsonString(const std::string &value)
{
    std::string result = "\"";
    for (const char c : value) {
        switch (c) {
        case '"':
            result += "\\\"";
            break;
        case '\\':
            result += "\\\\";
            break;
        case '\n':
            result += "\\n";
            break;
        case '\t':
            result += "\\t";
            break;
        case '\r':
            result += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                result += escaped;
            } else {
                result += c;
            }
        }
    }
    result += '"';
    return result;
}

Event::Event(const char *name)
    : Event(name, nowNs())
{
}

Event::Event(const char *name, int64_t atNs)
{
    m_text = "{\"v\":" + std::to_string(kProtocolVersion) + ",\"event\":" + jsonString(name);
    real("t_ms", msSinceStart(atNs));
}

void Event::key(const char *name)
{
    m_text += ',';
    m_text += jsonString(name);
    m_text += ':';
}

Event &Event::num(const char *name, long long value)
{
    key(name);
    m_text += std::to_string(value);
    return *this;
}

Event &Event::real(const char *name, double value)
{
    key(name);
    char text[64];
    std::snprintf(text, sizeof text, "%.3f", value);
    m_text += text;
    return *this;
}

Event &Event::str(const char *name, const std::string &value)
{
    key(name);
    m_text += jsonString(value);
    return *this;
}

Event &Event::boolean(const char *name, bool value)
{
    key(name);
    m_text += value ? "true" : "false";
    return *this;
}

Event &Event::null(const char *name)
{
    key(name);
    m_text += "null";
    return *this;
}

void emitError(const std::string &code, const std::string &message)
{
    Event("error").str("code", code).str("message", message).emit();
    output().flush();
    std::fprintf(stderr, "%s: %s\n", kName, message.c_str());
}

bool findNumber(const std::string &line, const char *key, double *value)
{
    const std::string needle = jsonString(key) + ':';
    const size_t at = line.find(needle);
    if (at == std::string::npos)
        return false;
    const char *start = line.c_str() + at + needle.size();
    char *end = nullptr;
    const double parsed = std::strtod(start, &end);
    if (end == start)
        return false;
    *value = parsed;
    return true;
}

} // namespace agent
