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

namespace agent
{

namespace
{

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
    tcp_info info{};
    socklen_t length = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return false;
    *queue = info.tcpi_unacked;
    *limit = info.tcpi_sacked;
    return true;
}

bool parseServe(const std::vector<std::string> &args, ServeOptions *o, std::string *error)
{
    const ParsedOptions parsed = parseOptions(args, {"port", "host", "backlog", "accept", "defer-accept", "report-ms", "duration"}, "serve");
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

// A listening socket as the options say; -1 after an error event.
int openListener(const ServeOptions &o, const ResolvedAddress &address)
{
    const int listener = ::socket(address.address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (listener < 0) {
        const int e = errno;
        emitError(errnoName(e), "Cannot create the listening socket: " + errnoText(e) + ".");
        return -1;
    }
    const int one = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const std::string where = address.numeric + " port " + std::to_string(o.port);
    if (::bind(listener, reinterpret_cast<const sockaddr *>(&address.address), address.length) != 0) {
        const int e = errno;
        emitError(errnoName(e), "Cannot bind to " + where + ": " + errnoText(e) + ".");
        ::close(listener);
        return -1;
    }
    if (o.deferAcceptS >= 0) {
        const int seconds = int(o.deferAcceptS);
        if (::setsockopt(listener, IPPROTO_TCP, TCP_DEFER_ACCEPT, &seconds, sizeof seconds) != 0) {
            const int e = errno;
            emitError(errnoName(e), "Cannot set TCP_DEFER_ACCEPT: " + errnoText(e) + ".");
            ::close(listener);
            return -1;
        }
    }
    if (::listen(listener, o.backlog) != 0) {
        const int e = errno;
        emitError(errnoName(e), "Cannot listen on " + where + ": " + errnoText(e) + ".");
        ::close(listener);
        return -1;
    }
    return listener;
}

// The listening event and the first listener event; returns the queue as reported.
QueueState emitListening(const ServeOptions &o, int listener)
{
    sockaddr_storage bound{};
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
    return state;
}

// The accept loop: accepts as the mode says, reports the queue when it changed, and ends with the
// duration, a signal or a reader that went away. Every accepted socket stays open until the end.
class Server
{
public:
    Server(const ServeOptions &o, int listener, int signalFd, const QueueState &reported)
        : m_o(o)
        , m_listener(listener)
        , m_signalFd(signalFd)
        , m_state(reported)
    {
    }
    int run();

private:
    int acceptOne();
    void report();
    bool handleEvents(const epoll_event *events, int n);
    void emitExit();

    const ServeOptions &m_o;
    const int m_listener;
    const int m_signalFd;
    int m_epoll = -1;
    QueueState m_state;
    std::vector<int> m_accepted;
    bool m_acceptStopped = false;
    bool m_acceptingInLoop = false;
    std::string m_reason = "duration";
    std::string m_signal;
};

// 1 accepted, 0 nothing to accept, -1 when accept() failed in a way that retrying will not cure
// (out of files).
int Server::acceptOne()
{
    const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0) {
        m_accepted.push_back(fd);
        return 1;
    }
    const int e = errno;
    if (e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM) {
        Event("warning")
            .str("code", errnoName(e))
            .str("message", "accept() failed: " + errnoText(e) + "; no more connections will be accepted.")
            .num("accepted", static_cast<long long>(m_accepted.size()))
            .emit();
        m_acceptStopped = true;
        return -1;
    }
    return 0; // EAGAIN, or a connection that went away before it was accepted
}

void Server::report()
{
    QueueState current;
    readQueue(m_listener, &current.queue, &current.limit);
    current.accepted = static_cast<long long>(m_accepted.size());
    if (current == m_state)
        return;
    m_state = current;
    Event("listener").num("queue", m_state.queue).num("limit", m_state.limit).num("accepted", m_state.accepted).emit();
}

// False when a signal ends the run.
bool Server::handleEvents(const epoll_event *events, int n)
{
    bool stop = false;
    for (int i = 0; i < n; ++i) {
        if (events[i].data.fd == m_signalFd) {
            signalfd_siginfo info{};
            if (::read(m_signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
                m_signal = signalName(int(info.ssi_signo));
                m_reason = "signal";
                stop = true;
            }
        } else if (events[i].data.fd == m_listener && m_acceptingInLoop) {
            while (acceptOne() > 0) { }
            if (m_acceptStopped) {
                ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listener, nullptr);
                m_acceptingInLoop = false;
            }
        }
    }
    return !stop;
}

int Server::run()
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_signalFd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_signalFd, &ev);
    if (m_o.accept == AcceptMode::Immediate) {
        ev.data.fd = m_listener;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listener, &ev);
        m_acceptingInLoop = true;
    }
    const int64_t startNs = nowNs();
    const int64_t reportNs = m_o.reportMs * 1000000;
    const int64_t delayNs = m_o.acceptDelayMs * 1000000;
    int64_t nextReport = startNs + reportNs;
    int64_t nextAccept = startNs + delayNs;
    const int64_t endNs = m_o.durationS > 0 ? startNs + int64_t(m_o.durationS * 1e9) : INT64_MAX;
    int exitCode = 0;
    epoll_event events[64];
    for (;;) {
        const int64_t now = nowNs();
        const bool delayed = m_o.accept == AcceptMode::Delay && !m_acceptStopped;
        if (delayed && now >= nextAccept) {
            acceptOne();
            nextAccept += delayNs;
            if (nextAccept <= now)
                nextAccept = now + delayNs;
        }
        if (now >= nextReport) {
            report();
            nextReport += reportNs;
            if (nextReport <= now)
                nextReport = now + reportNs;
        }
        if (now >= endNs)
            break;
        if (!output().flush()) {
            exitCode = kExitRuntime; // nobody reads our events any more
            m_reason = "output_closed";
            break;
        }
        int64_t wake = std::min(nextReport, endNs);
        if (m_o.accept == AcceptMode::Delay && !m_acceptStopped)
            wake = std::min(wake, nextAccept);
        const int timeoutMs = int(std::min<int64_t>((wake - now + 999999) / 1000000, INT_MAX));
        const int n = ::epoll_wait(m_epoll, events, 64, std::max(0, timeoutMs));
        if (n < 0 && errno != EINTR) {
            const int e = errno;
            emitError(errnoName(e), "epoll_wait failed: " + errnoText(e) + ".");
            exitCode = kExitRuntime;
            m_reason = "error";
            break;
        }
        if (!handleEvents(events, n))
            break;
    }
    emitExit();
    return exitCode;
}

void Server::emitExit()
{
    long long queue = -1;
    long long limit = -1;
    readQueue(m_listener, &queue, &limit);
    Event exitEvent("exit");
    exitEvent.str("reason", m_reason);
    if (!m_signal.empty())
        exitEvent.str("signal", m_signal);
    exitEvent.num("accepted", static_cast<long long>(m_accepted.size())).num("queue", queue).num("limit", limit).emit();
    output().flush();
    for (const int fd : m_accepted)
        ::close(fd);
    ::close(m_epoll);
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
    const int listener = openListener(o, address);
    if (listener < 0)
        return kExitUsage;
    const QueueState reported = emitListening(o, listener);
    const int exitCode = Server(o, listener, signalFd, reported).run();
    ::close(listener);
    ::close(signalFd);
    return exitCode;
}

} // namespace agent
