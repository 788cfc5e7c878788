// SPDX-License-Identifier: GPL-3.0-or-later
#include "link.h"

#include "events.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <linux/ethtool.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sandbox
{

namespace
{

const char kServerInterface[] = "tcplab-s";
const char kClientInterface[] = "tcplab-c";
const char kServerAddress[] = "198.18.0.1";
const char kClientAddress[] = "198.18.0.2";
const char kRoutedClientAddress[] = "198.18.1.2"; // behind the router, on a network of its own

// Segmentation and receive offloads off (the legacy ethtool ioctls), so that the interface counts
// frames of at most the MTU, as on a real Ethernet: with them on, veth counts one "packet" per
// 64 KiB super-segment.
bool offloadsOff(const char *interface, std::string *error)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = "cannot open a socket to configure " + std::string(interface) + ": " + errnoText(errno);
        return false;
    }
    bool ok = true;
    for (const unsigned cmd : {unsigned(ETHTOOL_STSO), unsigned(ETHTOOL_SGSO), unsigned(ETHTOOL_SGRO)}) {
        ethtool_value value{};
        value.cmd = cmd;
        value.data = 0;
        ifreq request{};
        std::strncpy(request.ifr_name, interface, IFNAMSIZ - 1);
        request.ifr_data = reinterpret_cast<char *>(&value);
        if (::ioctl(fd, SIOCETHTOOL, &request) != 0) {
            *error = "cannot turn offloads off on " + std::string(interface) + ": " + errnoText(errno);
            ok = false;
            break;
        }
    }
    ::close(fd);
    return ok;
}

std::string findTool(const std::string &name)
{
    for (const char *dir : {"/usr/sbin/", "/sbin/", "/usr/bin/", "/bin/"}) {
        if (::access((dir + name).c_str(), X_OK) == 0)
            return dir + name;
    }
    return std::string();
}

} // namespace

long long rateBits(const std::string &rate)
{
    char *end = nullptr;
    const double number = std::strtod(rate.c_str(), &end);
    if (!end || end == rate.c_str() || number <= 0)
        return 0;
    const std::string unit = end;
    if (unit == "kbit")
        return (long long)(number * 1e3);
    if (unit == "mbit")
        return (long long)(number * 1e6);
    if (unit == "gbit")
        return (long long)(number * 1e9);
    if (unit == "bit" || unit.empty())
        return (long long)number;
    return 0;
}

Link::Link(const LinkOptions &options)
    : m_options(options)
{
}

// Runs a program (ip, tc) to completion in this namespace or another; its output goes to
// stderr. False with *error set when it fails.
bool Link::runTool(const std::vector<std::string> &argv, int ns, std::string *error) const
{
    const std::string program = findTool(argv[0]);
    if (program.empty()) {
        *error = argv[0] + " was not found (it comes with iproute2)";
        return false;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        *error = "cannot start " + argv[0] + ": " + errnoText(errno);
        return false;
    }
    if (pid == 0) {
        if (ns >= 0 && ::setns(ns, CLONE_NEWNET) != 0)
            ::_exit(126);
        ::dup2(STDERR_FILENO, STDOUT_FILENO);
        std::vector<char *> args;
        for (const std::string &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        ::execv(program.c_str(), args.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::string command;
        for (const std::string &a : argv)
            command += (command.empty() ? "" : " ") + a;
        *error = "\"" + command + "\" failed" + (ns == m_clientNs ? " in the client host" : ns >= 0 ? " in the router" : "");
        return false;
    }
    return true;
}

// One end of a link: address, MTU, up, offloads off, and, when `shaped`, the tbf rate limit on
// its way out. `ns` is the end's namespace (-1: the sandbox's own).
bool Link::configureEnd(const char *interface, const std::string &address, int ns, bool shaped, long long queueBytes, std::string *error) const
{
    if (!runTool({"ip", "address", "add", address, "dev", interface}, ns, error)
        || !runTool({"ip", "link", "set", interface, "mtu", std::to_string(m_options.mtu), "up"}, ns, error))
        return false;
    // The offload switches act on the current namespace's devices: from inside it.
    if (ns >= 0 && ::setns(ns, CLONE_NEWNET) != 0) {
        *error = "cannot enter a namespace of the sandbox: " + errnoText(errno);
        return false;
    }
    const bool offOk = offloadsOff(interface, error);
    if (ns >= 0 && ::setns(m_serverNs, CLONE_NEWNET) != 0) {
        *error = "cannot return to the server host: " + errnoText(errno);
        return false;
    }
    if (!offOk)
        return false;
    if (!shaped || m_options.rate == "unlimited")
        return true;
    return shape(interface, ns, queueBytes, error);
}

// The tbf rate limit. A burst of 4 ms at the rate (at least two frames), so that the rate holds
// over short intervals too; the queue holds 20 ms unless a size is given.
bool Link::shape(const char *interface, int ns, long long queueBytes, std::string *error) const
{
    const long long bits = rateBits(m_options.rate);
    const long long burst = std::max<long long>(2LL * (m_options.mtu + 14), bits / 8 / 250);
    std::vector<std::string> tc{"tc", "qdisc", "add", "dev", interface, "root", "tbf", "rate", m_options.rate, "burst", std::to_string(burst)};
    if (queueBytes > 0) {
        tc.push_back("limit");
        tc.push_back(std::to_string(queueBytes));
    } else {
        tc.push_back("latency");
        tc.push_back("20ms");
    }
    return runTool(tc, ns, error);
}

// Without a router: one veth pair, each end shaped. With a router (--router): client host -
// router - server host, two veth pairs, the router forwarding; only the router's ends are shaped,
// and its queue towards the server host is the link's queue, so that a small one drops packets
// after they left the client, as a congested router does, and the client's TCP sees real losses
// (a queue on the sender's own interface only slows its sender).
bool Link::make(const Sysctls &sysctls, std::string *error)
{
    m_serverNs = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (!makeHolder(sysctls, &m_clientHolder, &m_clientNs, error))
        return false;
    return m_options.router ? makeRouted(sysctls, error) : makeDirect(error);
}

bool Link::makeDirect(std::string *error)
{
    const long long queue = m_options.queueBytes;
    if (!runTool({"ip", "link", "add", kServerInterface, "type", "veth", "peer", "name", kClientInterface, "netns", std::to_string(m_clientHolder)}, -1, error))
        return false;
    return configureEnd(kServerInterface, std::string(kServerAddress) + "/24", -1, true, queue, error)
        && configureEnd(kClientInterface, std::string(kClientAddress) + "/24", m_clientNs, true, queue, error);
}

bool Link::makeRouted(const Sysctls &sysctls, std::string *error)
{
    Sysctls forwarding = sysctls;
    forwarding.emplace_back("net/ipv4/ip_forward", "1");
    if (!makeHolder(forwarding, &m_routerHolder, &m_routerNs, error))
        return false;
    const std::string router = std::to_string(m_routerHolder);
    const std::string client = std::to_string(m_clientHolder);
    // The server host's pair: tcplab-s here, tcplab-rs in the router.
    if (!runTool({"ip", "link", "add", kServerInterface, "type", "veth", "peer", "name", "tcplab-rs", "netns", router}, -1, error)
        // The client host's pair, made in the router: tcplab-rc there, tcplab-c in the client host.
        || !runTool({"ip", "link", "add", "tcplab-rc", "type", "veth", "peer", "name", kClientInterface, "netns", client}, m_routerNs, error))
        return false;
    return configureEnd(kServerInterface, std::string(kServerAddress) + "/24", -1, false, 0, error)
        && configureEnd(kClientInterface, std::string(kRoutedClientAddress) + "/24", m_clientNs, false, 0, error)
        && configureEnd("tcplab-rs", "198.18.0.254/24", m_routerNs, true, m_options.queueBytes, error)
        && configureEnd("tcplab-rc", "198.18.1.254/24", m_routerNs, true, 0, error)
        && runTool({"ip", "route", "add", "198.18.1.0/24", "via", "198.18.0.254"}, -1, error)
        && runTool({"ip", "route", "add", "198.18.0.0/24", "via", "198.18.1.254"}, m_clientNs, error);
}

wire::Json Link::description() const
{
    const bool router = m_options.router;
    return {
        {"client_pid", m_clientHolder},
        {"server_address", kServerAddress},
        {"client_address", router ? kRoutedClientAddress : kClientAddress},
        {"router", router},
        {"server_interface", kServerInterface},
        {"client_interface", kClientInterface},
        {"rate", m_options.rate},
        {"rate_bits", m_options.rate == "unlimited" ? 0 : rateBits(m_options.rate)},
        {"mtu", m_options.mtu},
        {"queue_bytes", m_options.queueBytes},
    };
}

} // namespace sandbox
