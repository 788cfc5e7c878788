// SPDX-License-Identifier: GPL-3.0-or-later
#include "events.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace agent
{

namespace
{
int64_t g_startNs = 0;
} // namespace

int64_t nowNs()
{
    timespec ts{};
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
#define TCPLAB_ERRNO(name)                                                                                                                                     \
    case name:                                                                                                                                                 \
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

wire::LineWriter &output()
{
    static wire::LineWriter instance(STDOUT_FILENO);
    return instance;
}

Event::Event(const char *name)
    : Event(name, nowNs())
{
}

Event::Event(const char *name, int64_t atNs)
{
    m_json["v"] = kProtocolVersion;
    m_json["event"] = name;
    real("t_ms", msSinceStart(atNs));
}

Event &Event::num(const char *key, long long value)
{
    m_json[key] = value;
    return *this;
}

Event &Event::real(const char *key, double value)
{
    m_json[key] = std::round(value * 1000.0) / 1000.0;
    return *this;
}

Event &Event::str(const char *key, const std::string &value)
{
    m_json[key] = value;
    return *this;
}

Event &Event::boolean(const char *key, bool value)
{
    m_json[key] = value;
    return *this;
}

Event &Event::null(const char *key)
{
    m_json[key] = nullptr;
    return *this;
}

void emitError(const std::string &code, const std::string &message)
{
    Event("error").str("code", code).str("message", message).emit();
    output().flush();
    std::fprintf(stderr, "%s: %s\n", kName, message.c_str());
}

} // namespace agent
