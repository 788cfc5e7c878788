// SPDX-License-Identifier: GPL-3.0-or-later
// The frames are those of tcplab's portable sh collector (model/remote/shcollector.cpp), so that
// one reader takes both: "=tcplab-frame-begin SEQ UPTIME", then "=tcplab-file NAME" and the file's
// text for each /proc file, then "=tcplab-census" and the census lines, then
// "=tcplab-frame-end SEQ". See PROTOCOL.md.
#include "watch.h"

#include "common.h"
#include "events.h"
#include "options.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace agent
{

namespace
{

const char *const kFiles[] = {"net/dev", "net/snmp", "net/netstat", "stat", "net/sockstat", "net/sockstat6", "softirqs", "meminfo"};

constexpr int kStateMax = 12; // TCP_NEW_SYN_RECV
constexpr int kListen = 10;
constexpr int kSynRecv = 3;

// A /proc file of any size (net/dev on a host with many interfaces passes 4 KiB).
bool readFile(const char *path, std::string *text)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    text->clear();
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return n == 0;
        }
        text->append(buffer, size_t(n));
    }
}

struct Listener {
    int family = AF_INET;
    std::array<unsigned char, 16> address{};
    int port = 0;
    unsigned queue = 0;
    unsigned limit = 0;
    unsigned synRecv = 0;
};

struct Census {
    std::array<unsigned long, kStateMax + 1> counts{};
    std::vector<Listener> listeners;
    std::vector<Listener> requests; // request sockets: family, local address and port
    // With --port P: the sockets whose local port is P (a server's) and those whose remote port
    // is P (its clients'), per state.
    std::array<unsigned long, kStateMax + 1> localSide{};
    std::array<unsigned long, kStateMax + 1> remoteSide{};
    std::string error;
};

// One dump of one family's TCP sockets, every state; IPv6 without a handler (no IPv6) is empty.
bool dump(int fd, int family, unsigned sequence, int port, Census *census)
{
    struct {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message{};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = sequence;
    message.request.sdiag_family = static_cast<unsigned char>(family);
    message.request.sdiag_protocol = IPPROTO_TCP;
    message.request.idiag_states = ((1u << (kStateMax + 1)) - 1) & ~1u;
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(fd, &message, sizeof message, 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel) < 0) {
        census->error = "sock_diag request: " + errnoText(errno);
        return false;
    }
    static std::vector<char> buffer(64 * 1024);
    for (;;) {
        const ssize_t received = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            census->error = "sock_diag reply: " + errnoText(errno);
            return false;
        }
        int remaining = int(received);
        for (auto *header = reinterpret_cast<const nlmsghdr *>(buffer.data()); NLMSG_OK(header, remaining); header = NLMSG_NEXT(header, remaining)) {
            if (header->nlmsg_seq != sequence)
                continue;
            if (header->nlmsg_type == NLMSG_DONE)
                return true;
            if (header->nlmsg_type == NLMSG_ERROR) {
                const auto *error = static_cast<const nlmsgerr *>(NLMSG_DATA(header));
                if (error->error == 0)
                    continue;
                if (family == AF_INET6 && error->error == -ENOENT)
                    return true;
                census->error = "sock_diag: " + errnoText(-error->error);
                return false;
            }
            if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY || header->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg)))
                continue;
            const auto *socket = static_cast<const inet_diag_msg *>(NLMSG_DATA(header));
            const int state = socket->idiag_state;
            if (state > kStateMax)
                continue;
            ++census->counts[size_t(state)];
            if (port > 0 && ntohs(socket->id.idiag_sport) == port)
                ++census->localSide[size_t(state)];
            if (port > 0 && ntohs(socket->id.idiag_dport) == port)
                ++census->remoteSide[size_t(state)];
            if (state != kListen && state != kSynRecv)
                continue;
            Listener entry;
            entry.family = socket->idiag_family;
            std::memcpy(entry.address.data(), socket->id.idiag_src, entry.family == AF_INET6 ? 16 : 4);
            entry.port = ntohs(socket->id.idiag_sport);
            if (state == kListen) {
                // tcp_diag_get_info(): sk_ack_backlog and sk_max_ack_backlog for a listener.
                entry.queue = socket->idiag_rqueue;
                entry.limit = socket->idiag_wqueue;
                census->listeners.push_back(entry);
            } else {
                census->requests.push_back(entry);
            }
        }
    }
}

bool sameAddress(const Listener &a, const Listener &b)
{
    return a.family == b.family && std::memcmp(a.address.data(), b.address.data(), a.family == AF_INET6 ? 16 : 4) == 0;
}

bool isAny(const Listener &l)
{
    for (size_t i = 0; i < (l.family == AF_INET6 ? 16u : 4u); ++i) {
        if (l.address[i] != 0)
            return false;
    }
    return true;
}

Census takeCensus(int fd, unsigned *sequence, int port)
{
    Census census;
    if (fd < 0) {
        census.error = "no sock_diag socket";
        return census;
    }
    if (!dump(fd, AF_INET, ++*sequence, port, &census) || !dump(fd, AF_INET6, ++*sequence, port, &census))
        return census;
    // A request socket belongs to the listener on its address, else to the wildcard listener of
    // its port (as tcplab's own census matches them).
    for (const Listener &request : census.requests) {
        Listener *match = nullptr;
        for (Listener &listener : census.listeners) {
            if (listener.port != request.port)
                continue;
            if (sameAddress(listener, request)) {
                match = &listener;
                break;
            }
            if (!match && isAny(listener))
                match = &listener;
        }
        if (match)
            ++match->synRecv;
    }
    return census;
}

std::string addressText(const Listener &l)
{
    char text[INET6_ADDRSTRLEN] = {};
    ::inet_ntop(l.family, l.address.data(), text, sizeof text);
    return text;
}

void appendCensus(const Census &census, int port, std::string *frame)
{
    if (!census.error.empty()) {
        *frame += "error " + census.error + '\n';
        return;
    }
    for (int state = 1; state <= kStateMax; ++state) {
        if (census.counts[size_t(state)] != 0)
            *frame += "state " + std::to_string(state) + ' ' + std::to_string(census.counts[size_t(state)]) + '\n';
    }
    for (int state = 1; port > 0 && state <= kStateMax; ++state) {
        if (census.localSide[size_t(state)] != 0)
            *frame += "side local " + std::to_string(state) + ' ' + std::to_string(census.localSide[size_t(state)]) + '\n';
        if (census.remoteSide[size_t(state)] != 0)
            *frame += "side remote " + std::to_string(state) + ' ' + std::to_string(census.remoteSide[size_t(state)]) + '\n';
    }
    for (const Listener &l : census.listeners) {
        *frame += "listen " + addressText(l) + ' ' + std::to_string(l.port) + ' ' + std::to_string(l.queue) + ' ' + std::to_string(l.limit) + ' '
            + std::to_string(l.synRecv) + '\n';
    }
}

bool writeAll(const std::string &text)
{
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

} // namespace

int runWatch(const std::vector<std::string> &args)
{
    const ParsedOptions parsed = parseOptions(args, {"interval-ms", "count", "port"}, "watch");
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "%s\n", parsed.error.c_str());
        return kExitUsage;
    }
    long long intervalMs = 1000;
    long long count = 0;
    long long port = 0;
    std::string error;
    const auto value = [&parsed](const char *name) {
        return parsed.values.at(name);
    };
    if ((parsed.values.count("interval-ms") && !parseInteger("interval-ms", value("interval-ms"), 50, 60000, &intervalMs, &error))
        || (parsed.values.count("count") && !parseInteger("count", value("count"), 0, 1LL << 40, &count, &error))
        || (parsed.values.count("port") && !parseInteger("port", value("port"), 1, 65535, &port, &error))) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitUsage;
    }
    const int signals = openSignalFd();
    int diag = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    unsigned sequence = 0;
    std::string frame;
    std::string text;
    for (long long i = 1; count == 0 || i <= count; ++i) {
        // The same stamp as the sh collector: /proc/uptime, the clock the reader maps onto its own.
        std::string uptime = "0";
        if (readSmallFile("/proc/uptime", &text))
            uptime = text.substr(0, text.find(' '));
        frame = "=tcplab-frame-begin " + std::to_string(i) + ' ' + uptime + '\n';
        for (const char *name : kFiles) {
            frame += "=tcplab-file ";
            frame += name;
            frame += '\n';
            if (readFile((std::string("/proc/") + name).c_str(), &text)) {
                frame += text;
                if (!text.empty() && text.back() != '\n')
                    frame += '\n';
            } else {
                frame += "=tcplab-missing ";
                frame += name;
                frame += '\n';
            }
        }
        frame += "=tcplab-census\n";
        Census census = takeCensus(diag, &sequence, int(port));
        if (!census.error.empty() && diag >= 0) {
            // A dump that failed half-way may leave replies behind: start the next on a new socket.
            ::close(diag);
            diag = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
        }
        appendCensus(census, int(port), &frame);
        frame += "=tcplab-frame-end " + std::to_string(i) + '\n';
        if (!writeAll(frame))
            return kExitRuntime; // the reader went away
        if (count != 0 && i == count)
            break;
        pollfd wait{signals, POLLIN, 0};
        if (::poll(&wait, 1, int(intervalMs)) > 0)
            break; // SIGTERM or SIGINT
    }
    return 0;
}

} // namespace agent
