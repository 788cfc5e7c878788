// SPDX-License-Identifier: GPL-3.0-or-later
// The server side of an experiment: a listener with a chosen backlog that accepts never, slowly or
// at once, and reports its accept queue as the kernel sees it.
#include "serve.h"

#include "common.h"
#include "events.h"
#include "options.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <string>
#include <vector>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace agent {

namespace {

enum class AcceptMode { Never, Delay, Immediate };

struct ServeOptions {
    std::string host = "127.0.0.1";
    int port = 0;
    int backlog = 0;
    AcceptMode accept = AcceptMode::Never;
    long long acceptDelayMs = 0;
    std::string acceptText;
    long long deferAcceptS = -1;
    long long reportMs = 100;
    double durationS = -1;
};

struct QueueState {
    long long queue = -1;
    long long limit = -1;
    long long accepted = -1;
    bool operator==(const QueueState &o) const
    {
        return queue == o.queue && limit == o.limit && accepted == o.accepted;
    }
};

// For a listener, tcp_get_info() stores sk_ack_backlog (the accept queue's length) in
// tcpi_unacked and sk_max_ack_backlog (listen()'s backlog after the somaxconn clamp in
// __sys_listen_socket()) in tcpi_sacked.
bool readQueue(int fd, long long *queue, long long *limit)
{
    tcp_info info {};
    socklen_t length = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return false;
    *queue = info.tcpi_unacked;
    *limit = info.tcpi_sacked;
    return true;
}

bool parseServe(const std::vector<std::string> &args, ServeOptions *o, std::string *error)
{
    const ParsedOptions parsed = parseOptions(
        args, {"port", "host", "backlog", "accept", "defer-accept", "report-ms", "duration"}, "serve");
    if (!parsed.error.empty()) {
        *error = parsed.error;
        return false;
    }
    const auto &v = parsed.values;
    for (const char *required : {"port", "backlog", "accept"}) {
        if (!v.count(required)) {
            *error = std::string("serve needs --") + required + ".";
            return false;
        }
    }
    long long number = 0;
    if (!parseInteger("port", v.at("port"), 0, 65535, &number, error))
        return false;
    o->port = int(number);
    // Any int is passed on: listen() clamps it to somaxconn as an unsigned compare, so a
    // negative backlog gets somaxconn, which the lab shows.
    if (!parseInteger("backlog", v.at("backlog"), INT_MIN, INT_MAX, &number, error))
        return false;
    o->backlog = int(number);
    o->acceptText = v.at("accept");
    if (o->acceptText == "never") {
        o->accept = AcceptMode::Never;
    } else if (o->acceptText == "immediate") {
        o->accept = AcceptMode::Immediate;
    } else if (o->acceptText.rfind("delay:", 0) == 0) {
        o->accept = AcceptMode::Delay;
        if (!parseInteger("accept delay", o->acceptText.substr(6), 1, 3600 * 1000, &o->acceptDelayMs, error))
            return false;
    } else {
        *error = "--accept must be never, delay:MS or immediate, not \"" + o->acceptText + "\".";
        return false;
    }
    if (v.count("host"))
        o->host = v.at("host");
    if (v.count("defer-accept") && !parseInteger("defer-accept", v.at("defer-accept"), 0, 3600, &o->deferAcceptS, error))
        return false;
    if (v.count("report-ms") && !parseInteger("report-ms", v.at("report-ms"), 1, 3600 * 1000, &o->reportMs, error))
        return false;
    if (v.count("duration") && !parseSeconds("duration", v.at("duration"), 0.001, 30 * 86400, &o->durationS, error))
        return false;
    return true;
}

} // namespace

int runServe(const std::vector<std::string> &args)
{
    ServeOptions o;
    std::string error;
    if (!parseServe(args, &o, &error)) {
        emitError("EINVAL", error);
        return kExitUsage;
    }
    ResolvedAddress address;
    if (!resolveAddress(o.host, o.port, true, &address, &error)) {
        emitError("EINVAL", error);
        return kExitUsage;
    }
    raiseFileLimit();
    const int signalFd = openSignalFd();

    const int listener = ::socket(address.address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (listener < 0) {
        const int e = errno;
        emitError(errnoName(e), "Cannot create the listening socket: " + errnoText(e) + ".");
        return kExitUsage;
    }
    const int one = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const std::string where = address.numeric + " port " + std::to_string(o.port);
    if (::bind(listener, reinterpret_cast<const sockaddr *>(&address.address), address.length) != 0) {
        const int e = errno;
        emitError(errnoName(e), "Cannot bind to " + where + ": " + errnoText(e) + ".");
        ::close(listener);
        return kExitUsage;
    }
    if (o.deferAcceptS >= 0) {
        const int seconds = int(o.deferAcceptS);
        if (::setsockopt(listener, IPPROTO_TCP, TCP_DEFER_ACCEPT, &seconds, sizeof seconds) != 0) {
            const int e = errno;
            emitError(errnoName(e), "Cannot set TCP_DEFER_ACCEPT: " + errnoText(e) + ".");
            ::close(listener);
            return kExitUsage;
        }
    }
    if (::listen(listener, o.backlog) != 0) {
        const int e = errno;
        emitError(errnoName(e), "Cannot listen on " + where + ": " + errnoText(e) + ".");
        ::close(listener);
        return kExitUsage;
    }
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof bound;
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&bound), &boundLength);

    QueueState state;
    readQueue(listener, &state.queue, &state.limit);
    state.accepted = 0;
    Event listening("listening");
    listening.str("address", numericHost(bound, boundLength))
        .num("port", portOf(bound))
        .num("backlog", o.backlog)
        .num("limit", state.limit)
        .str("accept", o.acceptText);
    std::string somaxconn;
    if (readSmallFile("/proc/sys/net/core/somaxconn", &somaxconn))
        listening.num("somaxconn", std::atoll(somaxconn.c_str()));
    else
        listening.null("somaxconn");
    if (o.deferAcceptS >= 0)
        listening.num("defer_accept", o.deferAcceptS);
    listening.emit();
    Event("listener").num("queue", state.queue).num("limit", state.limit).num("accepted", 0).emit();

    const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
    epoll_event ev {};
    ev.events = EPOLLIN;
    ev.data.fd = signalFd;
    ::epoll_ctl(epoll, EPOLL_CTL_ADD, signalFd, &ev);
    bool acceptingInLoop = false;
    if (o.accept == AcceptMode::Immediate) {
        ev.data.fd = listener;
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, listener, &ev);
        acceptingInLoop = true;
    }

    std::vector<int> accepted;
    bool acceptStopped = false;
    // Returns false when accept() failed in a way that retrying will not cure (out of files).
    auto acceptOne = [&]() -> int {
        const int fd = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            accepted.push_back(fd);
            return 1;
        }
        const int e = errno;
        if (e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM) {
            Event("warning")
                .str("code", errnoName(e))
                .str("message", "accept() failed: " + errnoText(e) + "; no more connections will be accepted.")
                .num("accepted", static_cast<long long>(accepted.size()))
                .emit();
            acceptStopped = true;
            return -1;
        }
        return 0; // EAGAIN, or a connection that went away before it was accepted
    };

    const int64_t startNs = nowNs();
    const int64_t reportNs = o.reportMs * 1000000;
    int64_t nextReport = startNs + reportNs;
    int64_t nextAccept = startNs + o.acceptDelayMs * 1000000;
    const int64_t endNs = o.durationS > 0 ? startNs + int64_t(o.durationS * 1e9) : INT64_MAX;
    std::string reason = "duration";
    std::string signal;
    int exitCode = 0;
    epoll_event events[64];
    for (;;) {
        int64_t now = nowNs();
        if (o.accept == AcceptMode::Delay && !acceptStopped && now >= nextAccept) {
            acceptOne();
            nextAccept += o.acceptDelayMs * 1000000;
            if (nextAccept <= now)
                nextAccept = now + o.acceptDelayMs * 1000000;
        }
        if (now >= nextReport) {
            QueueState current;
            readQueue(listener, &current.queue, &current.limit);
            current.accepted = static_cast<long long>(accepted.size());
            if (!(current == state)) {
                state = current;
                Event("listener")
                    .num("queue", state.queue)
                    .num("limit", state.limit)
                    .num("accepted", state.accepted)
                    .emit();
            }
            nextReport += reportNs;
            if (nextReport <= now)
                nextReport = now + reportNs;
        }
        if (now >= endNs)
            break;
        if (!output().flush()) {
            exitCode = kExitRuntime; // nobody reads our events any more
            reason = "output_closed";
            break;
        }
        int64_t wake = std::min(nextReport, endNs);
        if (o.accept == AcceptMode::Delay && !acceptStopped)
            wake = std::min(wake, nextAccept);
        const int timeoutMs = int(std::min<int64_t>((wake - now + 999999) / 1000000, INT_MAX));
        const int n = ::epoll_wait(epoll, events, 64, std::max(0, timeoutMs));
        if (n < 0 && errno != EINTR) {
            const int e = errno;
            emitError(errnoName(e), "epoll_wait failed: " + errnoText(e) + ".");
            exitCode = kExitRuntime;
            reason = "error";
            break;
        }
        bool stop = false;
        for (int i = 0; i < n; ++i) {
            if (events[i].data.fd == signalFd) {
                signalfd_siginfo info {};
                if (::read(signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
                    signal = signalName(int(info.ssi_signo));
                    reason = "signal";
                    stop = true;
                }
            } else if (events[i].data.fd == listener && acceptingInLoop) {
                while (acceptOne() > 0) {
                }
                if (acceptStopped) {
                    ::epoll_ctl(epoll, EPOLL_CTL_DEL, listener, nullptr);
                    acceptingInLoop = false;
                }
            }
        }
        if (stop)
            break;
    }

    long long queue = -1;
    long long limit = -1;
    readQueue(listener, &queue, &limit);
    Event exitEvent("exit");
    exitEvent.str("reason", reason);
    if (!signal.empty())
        exitEvent.str("signal", signal);
    exitEvent.num("accepted", static_cast<long long>(accepted.size())).num("queue", queue).num("limit", limit).emit();
    output().flush();
    for (const int fd : accepted)
        ::close(fd);
    ::close(listener);
    ::close(epoll);
    ::close(signalFd);
    return exitCode;
}

} // namespace agent
