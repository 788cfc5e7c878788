// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-agent: the server and the client of a TCP connection-queue experiment. It speaks JSON
// lines (PROTOCOL.md) and needs nothing but the C library, so that it can be copied to another
// Linux host and run there.
#include "connect.h"
#include "events.h"
#include "init.h"
#include "serve.h"
#include "traffic.h"
#include "watch.h"

#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include <sys/utsname.h>
#include <unistd.h>

namespace
{

const char kUsage[] =
    "Usage:\n"
    "  tcplab-agent serve --port P [--host ADDR] --backlog B --accept never|delay:MS|immediate\n"
    "                     [--defer-accept S] [--report-ms MS] [--duration S]\n"
    "  tcplab-agent connect --host H --port P --clients N --timeout S [--rate R] [--hold S]\n"
    "                     [--drop-synack none|forever|MS] [--max-fds-per-process K]\n"
    "  tcplab-agent watch [--interval-ms MS] [--count N] [--port P]\n"
    "  tcplab-agent traffic-serve [--host ADDR] [--port P]\n"
    "  (as process 1: a virtual machine's init, see init.h)\n"
    "  tcplab-agent traffic --host H --port P --pattern put|get|rr|churn [--duration S] [--size B]\n"
    "                     [--concurrency N]\n"
    "  tcplab-agent --version | --help\n"
    "\n"
    "serve   listens with backlog B (port 0: any free port; host default 127.0.0.1) and accepts\n"
    "        never, one connection every MS ms, or as fast as possible, keeping every accepted\n"
    "        socket open. Reports the accept queue every --report-ms (default 100) when it changes.\n"
    "        Runs until SIGTERM/SIGINT or --duration seconds.\n"
    "connect opens N non-blocking connections (all at once, or R per second) and reports each\n"
    "        one's outcome; a connection still pending after --timeout seconds is reported\n"
    "        timed_out and kept open. Holds them for --hold seconds (default: until\n"
    "        SIGTERM/SIGINT), then prints a summary. --drop-synack makes clients ignore the\n"
    "        SYN-ACK (forever, or for MS ms) so that the server keeps half-open requests.\n"
    "        Large N is split over worker processes by the open-file limit\n"
    "        (--max-fds-per-process lowers it).\n"
    "watch   prints this host's /proc counters and its socket census (netlink) every MS ms\n"
    "        (default 1000), in tcplab's frame format, N times or until SIGTERM/SIGINT;\n"
    "        with --port, also the states of the sockets on each side of port P.\n"
    "traffic-serve and traffic: load for the traffic lab: bulk transfers either way (put, get),\n"
    "        request/response (rr, --size bytes each way, --concurrency connections) or many short\n"
    "        connections (churn); the client prints progress every second and a summary.\n"
    "\n"
    "Output (serve, connect): one JSON object per line on stdout. Exit status: 0 done, 1 failure while running,\n"
    "2 bad arguments or a limit that cannot be met.\n";

std::string kernelRelease()
{
    utsname name{};
    if (::uname(&name) != 0)
        return std::string();
    return name.release;
}

// The first line of every JSON-line command.
void hello(const std::string &mode)
{
    agent::Event("hello")
        .str("agent", agent::kName)
        .str("version", agent::kVersion)
        .num("pid", ::getpid())
        .str("kernel", kernelRelease())
        .str("mode", mode)
        .emit();
}

} // namespace

int main(int argc, char *argv[])
{
    agent::markStart();
    // A reader that goes away must not kill us in the middle of a run: write() reports EPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    // The only program of a virtual machine's initramfs: the kernel starts it as process 1.
    if (::getpid() == 1)
        agent::runInit();
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(kUsage, stderr);
        return agent::kExitUsage;
    }
    const std::string &command = args.front();
    if (command == "--version" || command == "-V") {
        std::printf("%s %s (protocol %d)\n", agent::kName, agent::kVersion, agent::kProtocolVersion);
        return 0;
    }
    if (command == "--help" || command == "-h") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (command == "watch") // frames, not JSON lines: no hello
        return agent::runWatch(std::vector<std::string>(args.begin() + 1, args.end()));
    if (command == "traffic-serve" || command == "traffic") {
        hello(command);
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        const int code = command == "traffic" ? agent::runTraffic(rest) : agent::runTrafficServe(rest);
        agent::output().flush();
        return code;
    }
    if (command != "serve" && command != "connect") {
        agent::emitError("EINVAL", "Unknown command \"" + command + "\"; use serve, connect or watch (see --help).");
        return agent::kExitUsage;
    }
    hello(command);
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    const int code = command == "serve" ? agent::runServe(rest) : agent::runConnect(rest);
    agent::output().flush();
    return code;
}
