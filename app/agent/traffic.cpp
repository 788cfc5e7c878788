// SPDX-License-Identifier: GPL-3.0-or-later
// Load for the traffic lab, between the two hosts of the sandbox. Plain blocking sockets and one
// thread per connection: the link (tbf at 10 Mbit to 1 Gbit) is the bottleneck, not this program.
// Only the main thread prints events; the connection threads add to atomic totals.
#include "traffic.h"

#include "common.h"
#include "events.h"
#include "options.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace agent
{

namespace
{

constexpr size_t kChunk = 64 * 1024;

std::atomic<long long> g_sent{0};
std::atomic<long long> g_received{0};
std::atomic<long long> g_connections{0};
std::atomic<long long> g_transactions{0};
std::atomic<long long> g_failures{0};
std::atomic<bool> g_stop{false};
std::atomic<int> g_lastErrno{0};

// Whole buffers; `untilStop` also gives up when the run ends (the client's sockets have a receive
// and send timeout, so a blocked call comes back to look) and takes a timeout as "try again".
bool sendAll(int fd, const char *data, size_t size, bool untilStop = false)
{
    while (size > 0 && !(untilStop && g_stop)) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && (errno == EINTR || (untilStop && errno == EAGAIN)))
            continue;
        if (n <= 0)
            return false;
        g_sent += n;
        data += n;
        size -= size_t(n);
    }
    return size == 0;
}

bool receiveAll(int fd, char *data, size_t size, bool untilStop = false)
{
    while (size > 0 && !(untilStop && g_stop)) {
        const ssize_t n = ::recv(fd, data, size, 0);
        if (n < 0 && (errno == EINTR || (untilStop && errno == EAGAIN)))
            continue;
        if (n <= 0)
            return false;
        g_received += n;
        data += n;
        size -= size_t(n);
    }
    return size == 0;
}

// ---- Server.

void serveConnection(int fd)
{
    char kind = 0;
    if (::recv(fd, &kind, 1, MSG_WAITALL) != 1) {
        ::close(fd);
        return;
    }
    std::vector<char> buffer(kChunk, 'x');
    switch (kind) {
    case 'P': // put: the client sends until it closes
        for (;;) {
            const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            g_received += n;
        }
        break;
    case 'G': // get: we send until the client closes
        while (sendAll(fd, buffer.data(), buffer.size())) { }
        break;
    case 'R': { // request/response: a 4-byte size, then size in, size out, until the client closes
        uint32_t size = 0;
        if (!receiveAll(fd, reinterpret_cast<char *>(&size), sizeof size) || size == 0 || size > (16u << 20))
            break;
        buffer.resize(size, 'x');
        while (receiveAll(fd, buffer.data(), size) && sendAll(fd, buffer.data(), size))
            ++g_transactions;
        break;
    }
    case 'C': { // churn: one byte each way, then wait for the client to close first
        char byte = 0;
        if (receiveAll(fd, &byte, 1) && sendAll(fd, &byte, 1)) {
            ++g_transactions;
            while (::recv(fd, &byte, 1, 0) > 0) { }
        }
        break;
    }
    default:
        break;
    }
    ::close(fd);
}

// ---- Client.

struct Options {
    std::string host;
    int port = 0;
    std::string pattern;
    double durationS = 5;
    long long size = 1000;
    long long concurrency = 1;
};

int connectTo(const ResolvedAddress &address)
{
    const int fd = ::socket(address.address.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address.address), address.length) != 0) {
        g_lastErrno = errno;
        ::close(fd);
        return -1;
    }
    ++g_connections;
    return fd;
}

// A receive timeout, so that a blocked call notices the end of the run.
void setTimeouts(int fd)
{
    timeval tv{0, 200000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

bool sendUntilStop(int fd, const char *data, size_t size)
{
    return sendAll(fd, data, size, true);
}

bool receiveUntilStop(int fd, char *data, size_t size)
{
    return receiveAll(fd, data, size, true);
}

void clientWorker(const Options &o, const ResolvedAddress &address)
{
    std::vector<char> buffer(size_t(std::max<long long>(o.size, 1)), 'x');
    if (o.pattern == "churn") {
        while (!g_stop) {
            const int fd = connectTo(address);
            if (fd < 0) {
                ++g_failures;
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
                continue;
            }
            setTimeouts(fd);
            char message[2] = {'C', 'c'};
            char answer = 0;
            if (sendUntilStop(fd, message, 2) && receiveUntilStop(fd, &answer, 1))
                ++g_transactions;
            else
                ++g_failures;
            ::close(fd); // the client closes first: TIME_WAIT is on this side
        }
        return;
    }
    const int fd = connectTo(address);
    if (fd < 0) {
        ++g_failures;
        return;
    }
    setTimeouts(fd);
    if (o.pattern == "put") {
        const char kind = 'P';
        std::vector<char> chunk(kChunk, 'x');
        if (sendUntilStop(fd, &kind, 1)) {
            while (!g_stop && sendUntilStop(fd, chunk.data(), chunk.size())) { }
        }
        // Everything sent is delivered before the client ends: the server closes once it has
        // read to the end, so the next measurement does not see this one's tail.
        ::shutdown(fd, SHUT_WR);
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        char byte;
        while (std::chrono::steady_clock::now() < until) {
            const ssize_t n = ::recv(fd, &byte, 1, 0);
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
                break;
        }
    } else if (o.pattern == "get") {
        const char kind = 'G';
        std::vector<char> chunk(kChunk);
        if (sendUntilStop(fd, &kind, 1)) {
            while (!g_stop) {
                const ssize_t n = ::recv(fd, chunk.data(), chunk.size(), 0);
                if (n < 0 && (errno == EINTR || errno == EAGAIN))
                    continue;
                if (n <= 0)
                    break;
                g_received += n;
            }
        }
    } else { // rr
        char header[5] = {'R'};
        const uint32_t size = uint32_t(o.size);
        std::memcpy(header + 1, &size, sizeof size);
        if (sendUntilStop(fd, header, sizeof header)) {
            while (!g_stop && sendUntilStop(fd, buffer.data(), buffer.size()) && receiveUntilStop(fd, buffer.data(), buffer.size()))
                ++g_transactions;
        }
    }
    ::close(fd);
}

} // namespace

int runTrafficServe(const std::vector<std::string> &args)
{
    const ParsedOptions parsed = parseOptions(args, {"host", "port"}, "traffic-serve");
    std::string error = parsed.error;
    long long port = 0;
    const std::string host = parsed.values.count("host") ? parsed.values.at("host") : "127.0.0.1";
    if (error.empty() && parsed.values.count("port"))
        parseInteger("port", parsed.values.at("port"), 0, 65535, &port, &error);
    ResolvedAddress address;
    if (error.empty())
        resolveAddress(host, int(port), true, &address, &error);
    if (!error.empty()) {
        emitError("EINVAL", error);
        return kExitUsage;
    }
    const int listener = ::socket(address.address.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address.address), address.length) != 0 || ::listen(listener, 4096) != 0) {
        const int e = errno;
        emitError(errnoName(e), "Cannot listen on " + address.numeric + " port " + std::to_string(port) + ": " + errnoText(e) + ".");
        return kExitUsage;
    }
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&bound), &length);
    Event("listening").str("address", address.numeric).num("port", portOf(bound)).emit();
    output().flush();
    const int signals = openSignalFd();
    for (;;) {
        pollfd fds[2] = {{listener, POLLIN, 0}, {signals, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            break;
        if (fds[1].revents)
            break;
        if (fds[0].revents) {
            const int fd = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0) {
                ++g_connections;
                std::thread(serveConnection, fd).detach();
            }
        }
    }
    Event("exit")
        .str("reason", "signal")
        .num("connections", g_connections)
        .num("bytes_received", g_received)
        .num("bytes_sent", g_sent)
        .num("transactions", g_transactions)
        .emit();
    output().flush();
    // Connection threads may still be blocked in send(): leave without waiting for them.
    ::_exit(0);
}

int runTraffic(const std::vector<std::string> &args)
{
    const ParsedOptions parsed = parseOptions(args, {"host", "port", "pattern", "duration", "size", "concurrency"}, "traffic");
    std::string error = parsed.error;
    Options o;
    const auto has = [&parsed](const char *name) {
        return parsed.values.count(name) != 0;
    };
    const auto value = [&parsed](const char *name) {
        return parsed.values.at(name);
    };
    long long port = 0;
    if (error.empty() && (!has("host") || !has("port") || !has("pattern")))
        error = "traffic needs --host, --port and --pattern.";
    if (error.empty()) {
        o.host = value("host");
        o.pattern = value("pattern");
        if (o.pattern != "put" && o.pattern != "get" && o.pattern != "rr" && o.pattern != "churn")
            error = "--pattern takes put, get, rr or churn, not \"" + o.pattern + "\".";
    }
    if (error.empty())
        parseInteger("port", value("port"), 1, 65535, &port, &error);
    if (error.empty() && has("duration"))
        parseSeconds("duration", value("duration"), 0.1, 3600, &o.durationS, &error);
    if (error.empty() && has("size"))
        parseInteger("size", value("size"), 1, 16 << 20, &o.size, &error);
    if (error.empty() && has("concurrency"))
        parseInteger("concurrency", value("concurrency"), 1, 1000, &o.concurrency, &error);
    ResolvedAddress address;
    if (error.empty())
        resolveAddress(o.host, int(port), false, &address, &error);
    if (!error.empty()) {
        emitError("EINVAL", error);
        return kExitUsage;
    }
    o.port = int(port);
    const bool single = o.pattern == "put" || o.pattern == "get";
    const long long workers = single ? 1 : o.concurrency;
    Event("traffic")
        .str("pattern", o.pattern)
        .str("host", address.numeric)
        .num("port", o.port)
        .real("duration_s", o.durationS)
        .num("size", o.size)
        .num("concurrency", workers)
        .emit();
    output().flush();
    const int signals = openSignalFd();
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (long long i = 0; i < workers; ++i)
        threads.emplace_back(clientWorker, std::cref(o), std::cref(address));
    // A progress line every second: the totals so far.
    std::string reason = "duration";
    for (int second = 1;; ++second) {
        const auto next = start + std::chrono::milliseconds(int64_t(std::min<double>(second, o.durationS) * 1000));
        const auto waitMs = std::chrono::duration_cast<std::chrono::milliseconds>(next - std::chrono::steady_clock::now());
        pollfd wait{signals, POLLIN, 0};
        if (::poll(&wait, 1, int(std::max<int64_t>(0, waitMs.count()))) > 0) {
            reason = "signal";
            break;
        }
        if (second >= o.durationS)
            break;
        Event("progress").num("bytes_sent", g_sent).num("bytes_received", g_received).num("transactions", g_transactions).emit();
        output().flush();
    }
    g_stop = true;
    for (std::thread &t : threads)
        t.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    Event summary("summary");
    summary.str("pattern", o.pattern)
        .real("seconds", seconds)
        .num("bytes_sent", g_sent)
        .num("bytes_received", g_received)
        .num("connections", g_connections)
        .num("transactions", g_transactions)
        .num("failures", g_failures)
        .str("reason", reason);
    if (g_lastErrno != 0)
        summary.str("last_error", errnoName(g_lastErrno));
    summary.emit();
    output().flush();
    return g_connections > 0 ? 0 : kExitRuntime;
}

} // namespace agent
