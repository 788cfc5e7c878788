// SPDX-License-Identifier: GPL-3.0-or-later
// The client side of an experiment: N non-blocking connections to one server, each one's outcome
// reported as it happens. When N connections do not fit in one process's open-file limit, the
// clients are split over forked worker processes whose events the parent passes on.
#include "connect.h"

#include "common.h"
#include "events.h"
#include "options.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <fcntl.h>
#include <linux/filter.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace agent
{

namespace
{

constexpr long long kMaxClients = 1000000;
constexpr long long kMaxProcesses = 64;
// Files a worker needs besides its client sockets: stdio, epoll, signalfd, pipe, and slack for
// the C library (getaddrinfo, /proc reads).
constexpr long long kReservedFds = 32;
constexpr int64_t kNsPerMs = 1000000;

enum class Drop { None, Forever, Delay };

struct ConnectOptions {
    std::string host;
    int port = 0;
    long long clients = 0;
    double timeoutS = 0;
    double rate = 0; // connections per second; 0 = all at once
    double holdS = -1; // < 0: until SIGTERM/SIGINT
    Drop drop = Drop::None;
    long long dropMs = 0;
    long long maxFds = -1;
    ResolvedAddress address;
};

// Counts of outcome events by result (a client can add to two: connected then reset, or
// timed_out then late_connected), plus the clients still without any outcome.
struct Totals {
    long long connected = 0;
    long long timedOut = 0;
    long long refused = 0;
    long long reset = 0;
    long long errors = 0;
    long long lateConnected = 0;
    long long lateFailed = 0;
    long long closed = 0;
    long long pending = 0;
    double firstConnectMs = -1; // t_ms of the first connect() call
    double lastConnectedMs = -1; // t_ms of the last connection completed within --timeout
};

struct Field {
    const char *key;
    long long Totals::*member;
};
const Field kFields[] = {
    {"connected", &Totals::connected},
    {"timed_out", &Totals::timedOut},
    {"refused", &Totals::refused},
    {"reset", &Totals::reset},
    {"errors", &Totals::errors},
    {"late_connected", &Totals::lateConnected},
    {"late_failed", &Totals::lateFailed},
    {"closed", &Totals::closed},
    {"pending", &Totals::pending},
};

void addTotals(Totals &into, const Totals &from)
{
    for (const Field &field : kFields)
        into.*field.member += from.*field.member;
    if (from.firstConnectMs >= 0 && (into.firstConnectMs < 0 || from.firstConnectMs < into.firstConnectMs))
        into.firstConnectMs = from.firstConnectMs;
    into.lastConnectedMs = std::max(into.lastConnectedMs, from.lastConnectedMs);
}

void addTotalsTo(Event &event, const Totals &totals)
{
    for (const Field &field : kFields)
        event.num(field.key, totals.*field.member);
}

enum class State : uint8_t { Idle, Pending, Connected, TimedOut, Done };

struct Client {
    int fd = -1;
    int64_t startNs = 0;
    uint16_t localPort = 0;
    State state = State::Idle;
    bool filtered = false;
};

const char *resultFor(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return "refused";
    case ECONNRESET:
        return "reset";
    case ETIMEDOUT: // the kernel gave up retransmitting the SYN (tcp_syn_retries)
        return "timed_out";
    default:
        return "error";
    }
}

// One process's share of the clients: indexes [first, first + count).
class Worker
{
public:
    Worker(const ConnectOptions &options, long long first, long long count, double rate, int signalFd)
        : m_o(options)
        , m_first(first)
        , m_count(count)
        , m_rate(rate)
        , m_signalFd(signalFd)
        , m_clients(size_t(count))
        , m_unresolved(count)
    {
    }

    Totals run(std::string *reason, std::string *signal);

private:
    void start(long long i);
    void handle(long long i, uint32_t events, int64_t now);
    void outcome(long long i, const char *result, int error, int64_t now);
    void stopWatching(Client &client);

    const ConnectOptions &m_o;
    long long m_first;
    long long m_count;
    double m_rate;
    int m_signalFd;
    int m_epoll = -1;
    std::vector<Client> m_clients;
    long long m_unresolved;
    Totals m_totals;
};

void Worker::outcome(long long i, const char *result, int error, int64_t now)
{
    Client &c = m_clients[size_t(i)];
    const std::string r = result;
    const bool late = c.state == State::Connected || c.state == State::TimedOut;
    Event event("outcome", now);
    event.num("client", m_first + i).str("result", r).real("latency_ms", msBetween(c.startNs, now));
    if (c.localPort)
        event.num("local_port", c.localPort);
    if (error)
        event.str("errno", errnoName(error));
    if (late)
        event.boolean("late", true);
    event.emit();
    if (r == "connected") {
        ++m_totals.connected;
        m_totals.lastConnectedMs = std::max(m_totals.lastConnectedMs, msSinceStart(now));
    } else if (r == "timed_out") {
        ++m_totals.timedOut;
    } else if (r == "refused") {
        ++m_totals.refused;
    } else if (r == "reset") {
        ++m_totals.reset;
    } else if (r == "late_connected") {
        ++m_totals.lateConnected;
    } else if (r == "late_failed") {
        ++m_totals.lateFailed;
    } else if (r == "closed") {
        ++m_totals.closed;
    } else {
        ++m_totals.errors;
    }
    if (!late)
        --m_unresolved;
}

void Worker::stopWatching(Client &client)
{
    if (client.fd >= 0)
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, client.fd, nullptr);
}

void Worker::start(long long i)
{
    Client &c = m_clients[size_t(i)];
    c.startNs = nowNs();
    c.fd = ::socket(m_o.address.address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0) {
        outcome(i, "error", errno, nowNs());
        c.state = State::Done;
        return;
    }
    if (m_o.drop != Drop::None) {
        // One classic-BPF instruction, "return 0": every packet for this socket is dropped, so the
        // SYN-ACK never arrives and the server holds a request socket in SYN_RECV (a SYN flood
        // that needs neither root nor raw sockets).
        sock_filter code[] = {BPF_STMT(BPF_RET | BPF_K, 0)};
        sock_fprog program{};
        program.len = 1;
        program.filter = code;
        if (::setsockopt(c.fd, SOL_SOCKET, SO_ATTACH_FILTER, &program, sizeof program) != 0) {
            const int e = errno;
            outcome(i, "error", e, nowNs());
            ::close(c.fd);
            c.fd = -1;
            c.state = State::Done;
            return;
        }
        c.filtered = true;
    }
    c.startNs = nowNs();
    if (m_totals.firstConnectMs < 0)
        m_totals.firstConnectMs = msSinceStart(c.startNs);
    const int status = ::connect(c.fd, reinterpret_cast<const sockaddr *>(&m_o.address.address), m_o.address.length);
    const int e = status == 0 ? 0 : errno;
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    if (::getsockname(c.fd, reinterpret_cast<sockaddr *>(&local), &length) == 0)
        c.localPort = uint16_t(std::max(0, portOf(local)));
    if (status != 0 && e != EINPROGRESS) {
        outcome(i, resultFor(e), e, nowNs());
        c.state = State::Done;
        ::close(c.fd);
        c.fd = -1;
        return;
    }
    epoll_event ev{};
    ev.data.u64 = uint64_t(i);
    ev.events = status == 0 ? EPOLLRDHUP : (EPOLLOUT | EPOLLRDHUP);
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
    if (status == 0) {
        outcome(i, "connected", 0, nowNs());
        c.state = State::Connected;
    } else {
        c.state = State::Pending;
    }
}

void Worker::handle(long long i, uint32_t events, int64_t now)
{
    Client &c = m_clients[size_t(i)];
    int error = 0;
    socklen_t length = sizeof error;
    ::getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
    if (c.state == State::Pending || c.state == State::TimedOut) {
        if (error == 0 && (events & EPOLLOUT) && !(events & (EPOLLERR | EPOLLHUP))) {
            outcome(i, c.state == State::TimedOut ? "late_connected" : "connected", 0, now);
            c.state = State::Connected;
            // From now on only a reset or a close matters.
            epoll_event ev{};
            ev.data.u64 = uint64_t(i);
            ev.events = EPOLLRDHUP;
            ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
        } else if (error != 0 || (events & (EPOLLERR | EPOLLHUP))) {
            if (error == 0)
                error = ECONNRESET;
            outcome(i, c.state == State::TimedOut ? "late_failed" : resultFor(error), error, now);
            stopWatching(c);
            c.state = State::Done;
        }
    } else if (c.state == State::Connected) {
        // An RST after the handshake (tcp_abort_on_overflow=1, or the listener closed with the
        // connection still in its accept queue) leaves ECONNRESET in SO_ERROR; a FIN leaves none.
        if (error != 0)
            outcome(i, resultFor(error), error, now);
        else
            outcome(i, "closed", 0, now);
        stopWatching(c);
        c.state = State::Done;
    }
}

Totals Worker::run(std::string *reason, std::string *signal)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = UINT64_MAX;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_signalFd, &ev);

    const int64_t beginNs = nowNs();
    const int64_t timeoutNs = int64_t(m_o.timeoutS * 1e9);
    const int64_t dropNs = m_o.dropMs * kNsPerMs;
    const bool rated = m_rate > 0;
    auto scheduled = [&](long long i) {
        return beginNs + int64_t(double(i) * 1e9 / m_rate);
    };
    long long nextStart = 0;
    long long nextTimeout = 0;
    long long nextDetach = 0;
    bool phaseOver = false;
    int64_t holdEnd = -1;
    *reason = "hold";
    std::vector<epoll_event> events(1024);
    for (;;) {
        int64_t now = nowNs();
        if (nextStart < m_count) {
            if (!rated) {
                // A batch at a time, so that completions are noticed while the rest start.
                for (int batch = 0; nextStart < m_count && batch < 256; ++batch)
                    start(nextStart++);
            } else {
                while (nextStart < m_count && scheduled(nextStart) <= now)
                    start(nextStart++);
            }
            now = nowNs();
        }
        // Starts are in index order, so deadlines are too: one cursor each.
        if (m_o.drop == Drop::Delay) {
            while (nextDetach < nextStart && m_clients[size_t(nextDetach)].startNs + dropNs <= now) {
                Client &c = m_clients[size_t(nextDetach++)];
                if (c.filtered && c.fd >= 0) {
                    int unused = 0;
                    ::setsockopt(c.fd, SOL_SOCKET, SO_DETACH_FILTER, &unused, sizeof unused);
                    c.filtered = false;
                }
            }
        }
        while (nextTimeout < nextStart && m_clients[size_t(nextTimeout)].startNs + timeoutNs <= now) {
            Client &c = m_clients[size_t(nextTimeout)];
            if (c.state == State::Pending) {
                // Usually a SYN the server dropped in tcp_conn_request() (accept or SYN queue
                // full). Kept open: the kernel keeps retransmitting the SYN, so SYN_SENT stays
                // visible and a later completion is reported as late_connected.
                outcome(nextTimeout, "timed_out", 0, now);
                c.state = State::TimedOut;
            }
            ++nextTimeout;
        }
        if (!phaseOver && nextStart == m_count && m_unresolved == 0) {
            phaseOver = true;
            if (m_o.holdS >= 0)
                holdEnd = now + int64_t(m_o.holdS * 1e9);
        }
        if (phaseOver && holdEnd >= 0 && now >= holdEnd)
            break;
        int64_t wake = INT64_MAX;
        if (nextStart < m_count)
            wake = rated ? scheduled(nextStart) : now;
        if (m_o.drop == Drop::Delay && nextDetach < nextStart)
            wake = std::min(wake, m_clients[size_t(nextDetach)].startNs + dropNs);
        if (nextTimeout < nextStart)
            wake = std::min(wake, m_clients[size_t(nextTimeout)].startNs + timeoutNs);
        if (holdEnd >= 0)
            wake = std::min(wake, holdEnd);
        int timeoutMs = -1;
        if (wake != INT64_MAX)
            timeoutMs = int(std::min<int64_t>(std::max<int64_t>(0, (wake - now + kNsPerMs - 1) / kNsPerMs), INT_MAX));
        if (!output().flush()) {
            *reason = "output_closed";
            break;
        }
        const int n = ::epoll_wait(m_epoll, events.data(), int(events.size()), timeoutMs);
        if (n < 0 && errno != EINTR) {
            const int e = errno;
            emitError(errnoName(e), "epoll_wait failed: " + errnoText(e) + ".");
            *reason = "error";
            break;
        }
        now = nowNs();
        bool stop = false;
        for (int k = 0; k < n; ++k) {
            if (events[size_t(k)].data.u64 == UINT64_MAX) {
                signalfd_siginfo info{};
                if (::read(m_signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
                    *signal = signalName(int(info.ssi_signo));
                    *reason = "signal";
                    stop = true;
                }
            } else {
                handle(static_cast<long long>(events[size_t(k)].data.u64), events[size_t(k)].events, now);
            }
        }
        if (stop)
            break;
    }
    m_totals.pending = m_unresolved;
    return m_totals;
}

void emitSummary(const Totals &totals, long long clients, long long processes, const std::string &reason, const std::string &signal)
{
    Event summary("summary");
    summary.num("clients", clients);
    addTotalsTo(summary, totals);
    if (totals.firstConnectMs >= 0 && totals.lastConnectedMs >= 0)
        summary.real("connect_phase_ms", totals.lastConnectedMs - totals.firstConnectMs);
    else
        summary.null("connect_phase_ms");
    summary.num("processes", processes).str("reason", reason);
    if (!signal.empty())
        summary.str("signal", signal);
    summary.emit();
    output().flush();
}

bool parseConnect(const std::vector<std::string> &args, ConnectOptions *o, std::string *error)
{
    const ParsedOptions parsed = parseOptions(args, {"host", "port", "clients", "timeout", "rate", "hold", "drop-synack", "max-fds-per-process"}, "connect");
    if (!parsed.error.empty()) {
        *error = parsed.error;
        return false;
    }
    const auto &v = parsed.values;
    for (const char *required : {"host", "port", "clients", "timeout"}) {
        if (!v.count(required)) {
            *error = std::string("connect needs --") + required + ".";
            return false;
        }
    }
    o->host = v.at("host");
    long long number = 0;
    if (!parseInteger("port", v.at("port"), 1, 65535, &number, error))
        return false;
    o->port = int(number);
    if (!parseInteger("clients", v.at("clients"), 1, kMaxClients, &o->clients, error))
        return false;
    if (!parseSeconds("timeout", v.at("timeout"), 0.001, 86400, &o->timeoutS, error))
        return false;
    if (v.count("rate") && !parseSeconds("rate", v.at("rate"), 0.001, 1e7, &o->rate, error)) {
        *error = "--rate must be a number of connections per second from 0.001 to 10000000, not \"" + v.at("rate") + "\".";
        return false;
    }
    if (v.count("hold") && !parseSeconds("hold", v.at("hold"), 0, 30 * 86400, &o->holdS, error))
        return false;
    if (v.count("drop-synack")) {
        const std::string &drop = v.at("drop-synack");
        if (drop == "none") {
            o->drop = Drop::None;
        } else if (drop == "forever") {
            o->drop = Drop::Forever;
        } else {
            std::string ignored;
            if (!parseInteger("drop-synack", drop, 1, 3600 * 1000, &o->dropMs, &ignored)) {
                *error = "--drop-synack must be none, forever or a number of milliseconds from 1 to 3600000, not \"" + drop + "\".";
                return false;
            }
            o->drop = Drop::Delay;
        }
    }
    if (v.count("max-fds-per-process") && !parseInteger("max-fds-per-process", v.at("max-fds-per-process"), kReservedFds + 1, 100000000, &o->maxFds, error))
        return false;
    return true;
}

// The local ports one destination can use: connect() picks from ip_local_port_range, and every
// connection to the same address and port needs a different local port.
bool checkPortRange(long long clients, std::string *error)
{
    std::string text;
    if (!readSmallFile("/proc/sys/net/ipv4/ip_local_port_range", &text))
        return true; // cannot tell; connect() will say EADDRNOTAVAIL if they run out
    const long long low = std::strtoll(text.c_str(), nullptr, 10);
    const size_t gap = text.find_first_of(" \t");
    const long long high = gap == std::string::npos ? low : std::strtoll(text.c_str() + gap, nullptr, 10);
    const long long ports = high - low + 1;
    if (clients > ports) {
        *error = std::to_string(clients) + " connections to one server need as many local ports, but "
            "net.ipv4.ip_local_port_range (" + std::to_string(low) + "-" + std::to_string(high) + ") holds only "
            + std::to_string(ports) + "; widen the range or use fewer clients.";
        return false;
    }
    return true;
}

// Worker processes, for the cleanup that every exit path of the parent runs.
std::vector<pid_t> g_workers;

void killAndReapWorkers()
{
    for (pid_t &pid : g_workers) {
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
            pid = 0;
        }
    }
}

struct WorkerPipe {
    pid_t pid = 0;
    int fd = -1;
    long long first = 0;
    long long count = 0;
    wire::LineReader lines;
    bool gotTotals = false;
};

const char kWorkerTotals[] = "worker_summary";

// Forks the workers, each with a pipe for its events; false (and an error event) when one cannot
// be started.
bool startWorkers(const ConnectOptions &o, long long perProcess, rlim_t fdBudget, int signalFd, std::vector<WorkerPipe> &workers)
{
    const long long processes = static_cast<long long>(workers.size());
    const pid_t parent = ::getpid();
    for (long long w = 0; w < processes; ++w) {
        WorkerPipe &worker = workers[size_t(w)];
        worker.first = w * perProcess;
        worker.count = std::min(perProcess, o.clients - worker.first);
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            const int e = errno;
            emitError(errnoName(e), "Cannot create a pipe for a worker process: " + errnoText(e) + ".");
            killAndReapWorkers();
            return false;
        }
        output().flush(); // the child must not inherit unwritten events
        const pid_t pid = ::fork();
        if (pid < 0) {
            const int e = errno;
            emitError(errnoName(e), "Cannot start a worker process: " + errnoText(e) + ".");
            ::close(fds[0]);
            ::close(fds[1]);
            killAndReapWorkers();
            return false;
        }
        if (pid == 0) {
            // No worker may outlive the parent, even one killed with SIGKILL.
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent)
                ::_exit(kExitRuntime);
            ::close(fds[0]);
            for (long long other = 0; other < w; ++other)
                ::close(workers[size_t(other)].fd);
            rlimit limit{};
            ::getrlimit(RLIMIT_NOFILE, &limit);
            limit.rlim_cur = std::min(limit.rlim_cur, fdBudget);
            ::setrlimit(RLIMIT_NOFILE, &limit);
            output().setFd(fds[1]);
            std::string reason;
            std::string signal;
            const double rate = o.rate * double(worker.count) / double(o.clients);
            const Totals totals = Worker(o, worker.first, worker.count, rate, signalFd).run(&reason, &signal);
            Event line(kWorkerTotals);
            addTotalsTo(line, totals);
            line.real("first_connect_ms", totals.firstConnectMs).real("last_connected_ms", totals.lastConnectedMs);
            line.emit();
            output().flush();
            ::_exit(0);
        }
        ::close(fds[1]);
        worker.pid = pid;
        worker.fd = fds[0];
        g_workers.push_back(pid);
        Event("worker").num("worker", w).num("pid", pid).num("first_client", worker.first).num("clients", worker.count).emit();
    }
    return true;
}

double numberIn(const wire::Json &object, const char *key, double fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : fallback;
}

// A worker's totals, the internal line between a worker and its parent; false for any other line.
bool takeTotals(const std::string &line, Totals *totals)
{
    // Only our own lines come this way: a plain search spares parsing every outcome.
    if (line.find(std::string("\"event\":\"") + kWorkerTotals + '"') == std::string::npos)
        return false;
    wire::Json event;
    std::string error;
    if (!wire::parseObject(line, &event, &error))
        return false;
    Totals part;
    for (const Field &field : kFields)
        part.*field.member = static_cast<long long>(numberIn(event, field.key, 0));
    part.firstConnectMs = numberIn(event, "first_connect_ms", part.firstConnectMs);
    part.lastConnectedMs = numberIn(event, "last_connected_ms", part.lastConnectedMs);
    addTotals(*totals, part);
    return true;
}

// Reads what a worker wrote: its events are passed on, its totals added up. False at its end.
bool readWorker(WorkerPipe &worker, std::vector<char> &buffer, Totals *totals)
{
    const ssize_t got = ::read(worker.fd, buffer.data(), buffer.size());
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return true;
    if (got <= 0)
        return false;
    worker.lines.append(buffer.data(), size_t(got));
    std::string line;
    for (wire::LineReader::Status status; (status = worker.lines.next(&line)) != wire::LineReader::Status::NeedMore;) {
        if (status != wire::LineReader::Status::Line)
            continue; // not one of our lines
        if (takeTotals(line, totals))
            worker.gotTotals = true;
        else
            output().writeLine(line);
    }
    return true;
}

int runParent(const ConnectOptions &o, long long processes, long long perProcess, rlim_t fdBudget, int signalFd)
{
    std::vector<WorkerPipe> workers(static_cast<size_t>(processes));
    if (!startWorkers(o, perProcess, fdBudget, signalFd, workers))
        return kExitRuntime;
    const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = UINT64_MAX;
    ::epoll_ctl(epoll, EPOLL_CTL_ADD, signalFd, &ev);
    for (size_t w = 0; w < workers.size(); ++w) {
        ev.data.u64 = w;
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, workers[w].fd, &ev);
    }
    Totals totals;
    std::string reason = "hold";
    std::string signal;
    long long open = processes;
    int64_t killAt = -1;
    std::vector<char> buffer(64 * 1024);
    epoll_event events[64];
    while (open > 0) {
        if (!output().flush()) {
            killAndReapWorkers();
            return kExitRuntime; // nobody reads our events any more
        }
        int timeoutMs = -1;
        if (killAt >= 0)
            timeoutMs = int(std::max<int64_t>(0, (killAt - nowNs()) / kNsPerMs + 1));
        const int n = ::epoll_wait(epoll, events, 64, timeoutMs);
        if (n < 0 && errno != EINTR) {
            const int e = errno;
            emitError(errnoName(e), "epoll_wait failed: " + errnoText(e) + ".");
            killAndReapWorkers();
            return kExitRuntime;
        }
        for (int k = 0; k < n; ++k) {
            if (events[k].data.u64 == UINT64_MAX) {
                signalfd_siginfo info{};
                if (::read(signalFd, &info, sizeof info) == ssize_t(sizeof info) && killAt < 0) {
                    signal = signalName(int(info.ssi_signo));
                    reason = "signal";
                    // Each worker ends with its totals; the ones that do not answer in time are killed.
                    for (const WorkerPipe &worker : workers) {
                        if (worker.fd >= 0)
                            ::kill(worker.pid, SIGTERM);
                    }
                    killAt = nowNs() + 5000 * kNsPerMs;
                }
                continue;
            }
            WorkerPipe &worker = workers[size_t(events[k].data.u64)];
            if (!readWorker(worker, buffer, &totals)) {
                ::epoll_ctl(epoll, EPOLL_CTL_DEL, worker.fd, nullptr);
                ::close(worker.fd);
                worker.fd = -1;
                --open;
            }
        }
        if (killAt >= 0 && nowNs() >= killAt) {
            for (const WorkerPipe &worker : workers) {
                if (worker.fd >= 0)
                    ::kill(worker.pid, SIGKILL);
            }
        }
    }
    ::close(epoll);

    std::string failure;
    for (size_t w = 0; w < workers.size(); ++w) {
        int status = 0;
        ::waitpid(workers[w].pid, &status, 0);
        g_workers[w] = 0;
        if (!workers[w].gotTotals || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            if (failure.empty())
                failure = "Worker process " + std::to_string(w) + " (pid " + std::to_string(workers[w].pid)
                    + ") ended without reporting its totals; the summary lacks its clients.";
            totals.pending += workers[w].gotTotals ? 0 : workers[w].count;
        }
    }
    if (!failure.empty())
        emitError("ECHILD", failure);
    emitSummary(totals, o.clients, processes, reason, signal);
    return failure.empty() ? 0 : kExitRuntime;
}

} // namespace

int runConnect(const std::vector<std::string> &args)
{
    ConnectOptions o;
    std::string error;
    if (!parseConnect(args, &o, &error)) {
        emitError("EINVAL", error);
        return kExitUsage;
    }
    if (!checkPortRange(o.clients, &error)) {
        emitError("EADDRNOTAVAIL", error);
        return kExitUsage;
    }
    const rlim_t limit = raiseFileLimit();
    rlim_t budget = std::min<rlim_t>(limit, rlim_t(100000000));
    if (o.maxFds > 0)
        budget = std::min<rlim_t>(budget, rlim_t(o.maxFds));
    const long long perProcess = static_cast<long long>(budget) - kReservedFds;
    if (perProcess < 1) {
        emitError("EMFILE", "The open-file limit (" + std::to_string(budget) + ") leaves no room for client sockets; "
                  "it must be above " + std::to_string(kReservedFds) + ".");
        return kExitUsage;
    }
    const long long processes = (o.clients + perProcess - 1) / perProcess;
    if (processes > kMaxProcesses) {
        emitError("EMFILE",
                  std::to_string(o.clients) + " clients at " + std::to_string(perProcess) + " per process need " + std::to_string(processes)
                      + " processes; at most " + std::to_string(kMaxProcesses) + " are allowed. Raise the open-file limit or use fewer clients.");
        return kExitUsage;
    }
    if (!resolveAddress(o.host, o.port, false, &o.address, &error)) {
        emitError("EINVAL", error);
        return kExitUsage;
    }
    const int signalFd = openSignalFd();
    Event connecting("connecting");
    connecting.str("host", o.address.numeric)
        .num("port", o.port)
        .num("clients", o.clients)
        .num("processes", processes)
        .num("clients_per_process", std::min(perProcess, o.clients))
        .num("fd_limit", static_cast<long long>(budget))
        .real("timeout_ms", o.timeoutS * 1000);
    if (o.rate > 0)
        connecting.real("rate", o.rate);
    else
        connecting.null("rate");
    if (o.holdS >= 0)
        connecting.real("hold_ms", o.holdS * 1000);
    else
        connecting.null("hold_ms");
    if (o.drop == Drop::Delay)
        connecting.num("drop_synack_ms", o.dropMs);
    else
        connecting.str("drop_synack", o.drop == Drop::Forever ? "forever" : "none");
    connecting.emit();

    if (processes == 1) {
        std::string reason;
        std::string signal;
        const Totals totals = Worker(o, 0, o.clients, o.rate, signalFd).run(&reason, &signal);
        emitSummary(totals, o.clients, 1, reason, signal);
        return reason == "output_closed" || reason == "error" ? kExitRuntime : 0;
    }
    const int code = runParent(o, processes, perProcess, budget, signalFd);
    killAndReapWorkers();
    return code;
}

} // namespace agent
