// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-bench-threaded-client: the lab's original client design, one thread per connection each
// doing a blocking connect() and then holding its socket, kept as the yardstick for
// tcplab-agent's event-driven client.
//
//   tcplab-bench-threaded-client --host 127.0.0.1 --port P --clients N [--stack-kb K]
//
// Prints one JSON line: clients, connected, failed, threads, connect_phase_ms (first connect()
// to the last one completed), wall_ms.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace
{

using Clock = std::chrono::steady_clock;

struct Shared {
    sockaddr_in address{};
    std::mutex mutex;
    std::condition_variable changed;
    long done = 0; // threads whose connect() returned
    bool release = false; // all done and reported: close and exit
};

struct Slot {
    Shared *shared = nullptr;
    Clock::time_point start;
    Clock::time_point end;
    bool connected = false;
};

void *connectOne(void *argument)
{
    Slot &slot = *static_cast<Slot *>(argument);
    Shared &shared = *slot.shared;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    slot.start = Clock::now();
    slot.connected = fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr *>(&shared.address), sizeof shared.address) == 0;
    slot.end = Clock::now();
    std::unique_lock<std::mutex> lock(shared.mutex);
    ++shared.done;
    shared.changed.notify_all();
    // Hold the connection like the original client's sleep, until every thread has connected.
    shared.changed.wait(lock, [&] {
        return shared.release;
    });
    lock.unlock();
    if (fd >= 0)
        ::close(fd);
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    std::string host = "127.0.0.1";
    int port = 0;
    long clients = 0;
    long stackKb = 64; // 10,000 default 8 MiB stacks would reserve 80 GiB of address space
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--host")
            host = argv[i + 1];
        else if (option == "--port")
            port = std::atoi(argv[i + 1]);
        else if (option == "--clients")
            clients = std::atol(argv[i + 1]);
        else if (option == "--stack-kb")
            stackKb = std::atol(argv[i + 1]);
        else {
            std::fprintf(stderr, "unknown option %s\n", option.c_str());
            return 2;
        }
    }
    Shared shared;
    shared.address.sin_family = AF_INET;
    shared.address.sin_port = htons(uint16_t(port));
    if (port <= 0 || clients <= 0 || ::inet_pton(AF_INET, host.c_str(), &shared.address.sin_addr) != 1) {
        std::fprintf(stderr, "usage: %s --host IPV4 --port P --clients N [--stack-kb K]\n", argv[0]);
        return 2;
    }
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);

    const Clock::time_point begin = Clock::now();
    std::vector<Slot> slots(static_cast<size_t>(clients));
    std::vector<pthread_t> threads;
    threads.reserve(size_t(clients));
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, size_t(stackKb) * 1024);
    for (long i = 0; i < clients; ++i) {
        slots[size_t(i)].shared = &shared;
        pthread_t thread;
        if (pthread_create(&thread, &attributes, connectOne, &slots[size_t(i)]) != 0)
            break;
        threads.push_back(thread);
    }
    pthread_attr_destroy(&attributes);
    {
        std::unique_lock<std::mutex> lock(shared.mutex);
        shared.changed.wait(lock, [&] {
            return shared.done == long(threads.size());
        });
    }
    long connected = 0;
    Clock::time_point first = Clock::time_point::max();
    Clock::time_point last = Clock::time_point::min();
    for (size_t i = 0; i < threads.size(); ++i) {
        first = std::min(first, slots[i].start);
        if (slots[i].connected) {
            ++connected;
            last = std::max(last, slots[i].end);
        }
    }
    {
        std::lock_guard<std::mutex> lock(shared.mutex);
        shared.release = true;
    }
    shared.changed.notify_all();
    for (const pthread_t thread : threads)
        pthread_join(thread, nullptr);
    const double wallMs = std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
    const double phaseMs = connected ? std::chrono::duration<double, std::milli>(last - first).count() : -1;
    std::printf(
        "{\"clients\":%ld,\"connected\":%ld,\"failed\":%ld,\"threads\":%zu,\"connect_phase_ms\":%.3f,"
        "\"wall_ms\":%.3f}\n",
        clients,
        connected,
        long(threads.size()) - connected,
        threads.size(),
        phaseMs,
        wallMs);
    return connected == clients ? 0 : 1;
}
