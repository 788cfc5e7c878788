// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-bench-census: how long the netlink socket census takes next to the tools people use for
// the same question (ss, netstat, /proc/net/tcp), on many loopback connections in a private
// network namespace. Exits non-zero when the census's counts disagree with `ss -tan`'s.
//
//   tcplab-bench-census [--connections N] [--runs N] [--agreement-only]
//
// One process may hold only so many files (20,000 on the machines this was measured on), so the
// connections are spread over forked children, each holding both ends of its share.

#include "procfs/procnettcp.h"
#include "procfs/sstcp.h"
#include "sandbox/netns.h"
#include "sockets/socketcensus.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tcplab;
using procfs::TcpState;
using procfs::TcpStateCounts;

namespace
{

constexpr int kConnectionsPerChild = 4000; // 8,001 files per child
constexpr int kFirstListenPort = 200; // below ip_local_port_range, so never an ephemeral port

// Children, for the signal handler and atexit: every exit path ends them.
pid_t g_children[512];
int g_holdFds[512];
volatile sig_atomic_t g_childCount = 0;

void endChildren()
{
    for (int i = 0; i < g_childCount; ++i) {
        if (g_holdFds[i] >= 0)
            ::close(g_holdFds[i]); // the child's read() returns 0 and it exits
        g_holdFds[i] = -1;
    }
    for (int i = 0; i < g_childCount; ++i) {
        if (g_children[i] > 0) {
            ::kill(g_children[i], SIGKILL);
            ::waitpid(g_children[i], nullptr, 0);
            g_children[i] = 0;
        }
    }
    g_childCount = 0;
}

void onSignal(int signal)
{
    for (int i = 0; i < g_childCount; ++i) {
        if (g_children[i] > 0)
            ::kill(g_children[i], SIGKILL);
    }
    // Leave only when they are gone, so that whoever stopped us sees no stragglers.
    for (int i = 0; i < g_childCount; ++i) {
        if (g_children[i] > 0)
            ::waitpid(g_children[i], nullptr, 0);
    }
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

struct ChildReport {
    int status = 0;
    char message[240] = {};
};

void reportAndExit(int readyFd, int status, const char *what)
{
    ChildReport report;
    report.status = status;
    if (what)
        std::snprintf(report.message, sizeof report.message, "%s: %s", what, std::strerror(errno));
    (void)!::write(readyFd, &report, sizeof report);
    ::_exit(status);
}

// A child: one listener on 127.0.0.1:port and `count` connections to it, both ends kept open until
// the parent closes the hold pipe (or dies).
[[noreturn]] void runChild(quint16 port, int count, int readyFd, int holdFd)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int on = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(listener, 4096) != 0)
        reportAndExit(readyFd, 1, "listener");
    for (int i = 0; i < count; ++i) {
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (client < 0)
            reportAndExit(readyFd, 1, "socket");
        if (::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            reportAndExit(readyFd, 1, "connect");
        if (::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC) < 0)
            reportAndExit(readyFd, 1, "accept");
    }
    ChildReport report;
    (void)!::write(readyFd, &report, sizeof report);
    char byte;
    while (::read(holdFd, &byte, 1) != 0 && errno == EINTR) { }
    ::_exit(0);
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Runs a command to completion, its output to /dev/null or into `output`. Returns the wall time
// in seconds, or a negative value when it could not run or failed.
double runCommand(const std::vector<std::string> &command, QByteArray *output = nullptr)
{
    int pipeFds[2] = {-1, -1};
    if (output && ::pipe2(pipeFds, O_CLOEXEC) != 0)
        return -1;
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        const int devNull = ::open("/dev/null", O_WRONLY);
        ::dup2(output ? pipeFds[1] : devNull, STDOUT_FILENO);
        ::dup2(devNull, STDERR_FILENO);
        std::vector<char *> argv;
        for (const std::string &word : command)
            argv.push_back(const_cast<char *>(word.c_str()));
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    if (output) {
        ::close(pipeFds[1]);
        char chunk[65536];
        ssize_t n;
        while ((n = ::read(pipeFds[0], chunk, sizeof chunk)) != 0) {
            if (n > 0)
                output->append(chunk, n);
            else if (errno != EINTR)
                break;
        }
        ::close(pipeFds[0]);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    const double seconds = secondsSince(start);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? seconds : -1;
}

bool haveProgram(const char *name)
{
    return runCommand({"sh", "-c", std::string("command -v ") + name}) >= 0;
}

struct Timing {
    std::string name;
    std::vector<double> seconds;
    bool failed = false;

    double median() const
    {
        std::vector<double> s = seconds;
        std::sort(s.begin(), s.end());
        const size_t n = s.size();
        return n == 0 ? 0 : (n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2);
    }
};

QString countsText(const TcpStateCounts &counts)
{
    QStringList parts;
    for (int n = 1; n <= procfs::TcpStateMax; ++n) {
        if (counts.counts[size_t(n)] != 0)
            parts.append(procfs::tcpStateSsName(TcpState(n)) + QLatin1Char('=') + QString::number(counts.counts[size_t(n)]));
    }
    return parts.join(QLatin1Char(' '));
}

// --census-once: one census in this process's namespace, counts printed, for the whole-process
// timing (start-up and Qt loading included, as for ss).
int censusOnce()
{
    sockets::SocketCensus census;
    const auto result = census.take({sockets::CensusDetail::Counts, {}, true, true});
    if (!result.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 1;
    }
    std::printf("%s\n", qPrintable(countsText(result.counts)));
    return 0;
}

int usage()
{
    std::fprintf(stderr, "usage: tcplab-bench-census [--connections N] [--runs N] [--agreement-only]\n");
    return 2;
}

struct Options {
    int connections = 45000;
    int runs = 5;
    bool agreementOnly = false;
    bool censusOnce = false;
};

bool parseOptions(int argc, char *argv[], Options *options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--census-once") {
            options->censusOnce = true;
        } else if ((arg == "--connections" || arg == "--runs") && i + 1 < argc) {
            char *end = nullptr;
            const long value = std::strtol(argv[++i], &end, 10);
            if (!end || *end || value < 1 || value > 10'000'000)
                return false;
            (arg == "--runs" ? options->runs : options->connections) = int(value);
        } else if (arg == "--agreement-only") {
            options->agreementOnly = true;
        } else {
            return false;
        }
    }
    return true;
}

// A private network namespace with room for the connections; false with a message.
bool prepareNamespace()
{
    // Before any thread exists (a user namespace requires one thread).
    const auto ns = sandbox::enterPrivateNetworkNamespace();
    if (!ns.ok()) {
        std::fprintf(stderr, "no private network namespace: %s\n", qPrintable(ns.error));
        return false;
    }
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &files);
    for (const auto &[path, value] : {std::pair<const char *, QByteArray>("net/ipv4/ip_local_port_range", "1024 65535"),
                                      std::pair<const char *, QByteArray>("net/core/somaxconn", "65535")}) {
        const QString error = sandbox::writeSysctl(QString::fromLatin1(path), value);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    std::atexit(endChildren);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
    return true;
}

// The children that each hold kConnectionsPerChild loopback connections; false once one fails.
bool makeConnections(int connections, int childCount)
{
    std::vector<int> readyFds;
    for (int i = 0; i < childCount; ++i) {
        int ready[2], hold[2];
        if (::pipe2(ready, O_CLOEXEC) != 0 || ::pipe2(hold, O_CLOEXEC) != 0) {
            std::perror("pipe");
            return false;
        }
        const int share = std::min(kConnectionsPerChild, connections - i * kConnectionsPerChild);
        const pid_t pid = ::fork();
        if (pid < 0) {
            std::perror("fork");
            return false;
        }
        if (pid == 0) {
            ::close(ready[0]);
            ::close(hold[1]);
            for (int fd : readyFds)
                ::close(fd);
            for (int j = 0; j < i; ++j)
                ::close(g_holdFds[j]); // else an earlier child would not see its hold pipe close
            runChild(quint16(kFirstListenPort + i), share, ready[1], hold[0]);
        }
        ::close(ready[1]);
        ::close(hold[0]);
        g_children[i] = pid;
        g_holdFds[i] = hold[1];
        g_childCount = i + 1;
        readyFds.push_back(ready[0]);
    }
    for (int i = 0; i < childCount; ++i) {
        ChildReport report;
        report.status = -1;
        pollfd p{readyFds[size_t(i)], POLLIN, 0};
        if (::poll(&p, 1, 600'000) != 1 || ::read(readyFds[size_t(i)], &report, sizeof report) != sizeof report || report.status != 0) {
            std::fprintf(stderr, "child %d failed: %s\n", i, report.message[0] ? report.message : "no report");
            return false;
        }
        ::close(readyFds[size_t(i)]);
    }
    return true;
}

// Census, ss -tan, census at the same moment; the sockets do not change meanwhile.
bool agrees(sockets::SocketCensus &census, const TcpStateCounts &expected)
{
    const auto before = census.take({sockets::CensusDetail::Counts, {}, true, true});
    QByteArray ssText;
    const bool ssRan = runCommand({"ss", "-tan"}, &ssText) >= 0;
    const auto after = census.take({sockets::CensusDetail::Counts, {}, true, true});
    const auto full = census.take({sockets::CensusDetail::Sockets, {}, true, true});
    if (!before.ok() || !after.ok() || !full.ok()) {
        std::fprintf(stderr, "census failed: %s\n", qPrintable(before.error + after.error + full.error));
        return false;
    }
    if (!ssRan) {
        std::fprintf(stderr, "ss -tan could not be run\n");
        return false;
    }
    const auto parsed = procfs::parseSsTcp(ssText);
    const TcpStateCounts ssCounts = procfs::countTcpStates(parsed.value);
    std::printf("census:  %s\nss -tan: %s\nexpected: %s\n",
                qPrintable(countsText(before.counts)),
                qPrintable(countsText(ssCounts)),
                qPrintable(countsText(expected)));
    if (!parsed.ok() || before.counts != ssCounts || after.counts != ssCounts || full.counts != ssCounts || quint32(full.sockets.size()) != ssCounts.total()
        || before.counts != expected) {
        std::fprintf(stderr, "DISAGREEMENT between the census, ss -tan and the sockets made\n");
        return false;
    }
    std::printf("agreement: census == ss -tan == %u sockets made\n", expected.total());
    return true;
}

std::vector<Timing> timeEverything(sockets::SocketCensus &census, const TcpStateCounts &expected, int runs)
{
    std::vector<Timing> timings;
    const auto timeInProcess = [&](const char *name, sockets::CensusDetail detail) {
        Timing t{name, {}, false};
        sockets::Census result;
        census.takeInto({detail, {}, true, true}, &result); // warm-up
        for (int r = 0; r < runs; ++r) {
            const auto start = std::chrono::steady_clock::now();
            const bool ok = census.takeInto({detail, {}, true, true}, &result);
            t.seconds.push_back(secondsSince(start));
            t.failed = t.failed || !ok || result.counts != expected;
        }
        timings.push_back(t);
    };
    const auto timeCommand = [&](const char *name, const std::vector<std::string> &command) {
        Timing t{name, {}, false};
        if (!haveProgram(command[0].c_str())) {
            std::printf("%s: %s not installed, skipped\n", name, command[0].c_str());
            return;
        }
        runCommand(command); // warm-up: the binary into the page cache
        for (int r = 0; r < runs; ++r) {
            const double s = runCommand(command);
            t.failed = t.failed || s < 0;
            t.seconds.push_back(s < 0 ? 0 : s);
        }
        timings.push_back(t);
    };
    char self[4096] = {};
    const ssize_t selfLength = ::readlink("/proc/self/exe", self, sizeof self - 1);
    timeInProcess("census counts-only", sockets::CensusDetail::Counts);
    timeInProcess("census full list", sockets::CensusDetail::Sockets);
    if (selfLength > 0)
        timeCommand("census whole process", {self, "--census-once"});
    timeCommand("ss -tan", {"ss", "-tan"});
    timeCommand("netstat -tan", {"netstat", "-tan"});
    timeCommand("ss -s", {"ss", "-s"});
    timeCommand("cat /proc/net/tcp*", {"cat", "/proc/net/tcp", "/proc/net/tcp6"});
    return timings;
}

// The table of timings and the ratios; false when a run failed.
bool printTimings(const std::vector<Timing> &timings, int runs)
{
    std::printf("\n%d runs each, wall seconds (commands: whole process, output to /dev/null)\n", runs);
    std::printf("%-24s %10s %10s %10s\n", "", "min", "median", "max");
    bool failed = false;
    for (const Timing &t : timings) {
        const auto [lo, hi] = std::minmax_element(t.seconds.begin(), t.seconds.end());
        std::printf("%-24s %10.4f %10.4f %10.4f%s\n", t.name.c_str(), *lo, t.median(), *hi, t.failed ? "  FAILED" : "");
        failed = failed || t.failed;
    }
    const auto median = [&](const char *name) {
        for (const Timing &t : timings) {
            if (t.name == name)
                return t.median();
        }
        return 0.0;
    };
    std::printf("\nratios of medians\n");
    for (const char *tool : {"ss -tan", "netstat -tan", "cat /proc/net/tcp*"}) {
        for (const char *own : {"census counts-only", "census full list", "census whole process"}) {
            if (median(tool) > 0 && median(own) > 0)
                std::printf("  %-20s / %-22s %6.1f\n", tool, own, median(tool) / median(own));
        }
    }
    std::fflush(stdout);
    return !failed;
}

} // namespace

int main(int argc, char *argv[])
{
    Options options;
    if (!parseOptions(argc, argv, &options))
        return usage();
    if (options.censusOnce)
        return censusOnce();
    const int connections = options.connections;
    const int childCount = (connections + kConnectionsPerChild - 1) / kConnectionsPerChild;
    if (childCount > int(sizeof g_children / sizeof g_children[0]) || kFirstListenPort + childCount >= 1024) {
        std::fprintf(stderr, "too many connections\n");
        return 2;
    }
    if (!prepareNamespace())
        return 2;

    std::printf("creating %d loopback connections (%d sockets) in %d processes...\n", connections, 2 * connections, childCount);
    std::fflush(stdout);
    const auto setupStart = std::chrono::steady_clock::now();
    if (!makeConnections(connections, childCount))
        return 2;
    std::printf("set up in %.1f s\n", secondsSince(setupStart));

    TcpStateCounts expected;
    expected[TcpState::Established] = quint32(2 * connections);
    expected[TcpState::Listen] = quint32(childCount);
    sockets::SocketCensus census;
    if (!agrees(census, expected))
        return 1;
    if (options.agreementOnly)
        return 0;
    return printTimings(timeEverything(census, expected, options.runs), options.runs) ? 0 : 1;
}
