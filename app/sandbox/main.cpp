// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-sandbox: owns the private network namespace of one experiment. It creates the namespace
// (a user + network namespace when unprivileged, a network namespace alone when root, e.g. in a
// chroot where the kernel refuses user namespaces), brings loopback up, writes the namespace's own
// sysctls, hands a sock_diag netlink socket of the namespace to its parent over fd 3 and then runs
// programs inside the namespace on request, relaying their output. Everything it started dies
// with it, and it dies with its parent, so the namespace vanishes with the last of them.
//
// With --two-hosts it makes a second network namespace, the "client host", joined to the first
// (the "server host") by a veth pair with addresses from 198.18.0.0/15 (the range set aside for
// network benchmarks, RFC 2544), a tbf rate limit on both ends and segmentation/receive offloads
// off, so that every packet is a real frame. Spawn commands name the host a program runs in.
//
// Protocol: JSON lines. Out (stdout): {"event":"ready",...}, {"event":"spawned","id":..,"pid":..},
// {"id":..,"line":<the child's line>}, {"event":"exited","id":..,"code":..|"signal":..},
// {"event":"error","code":..,"message":..}, {"event":"exit"}. In (stdin):
// {"cmd":"spawn","id":"server","argv":["/path/prog","arg",...]}, {"cmd":"signal","id":..,
// "signal":15}, {"cmd":"exit"}. EOF on stdin is the same as exit.
//
// No Qt: it is small, starts fast, and must not create threads before unshare(CLONE_NEWUSER),
// which the kernel refuses to a multi-threaded process.
#include "events.h"
#include "link.h"
#include "namespaces.h"
#include "options.h"
#include "supervisor.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <string>
#include <vector>

#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

namespace
{

using namespace sandbox;

// Die with the parent whatever the parent did when starting us; false when it is gone already.
bool followParent(pid_t parent)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    return ::getppid() == parent;
}

// The namespace, its loopback and sysctls, and the link. Returns -1 to go on, or the exit status
// after an error line.
int setUp(const SandboxOptions &options, pid_t parent, Link *link, std::string *kind)
{
    std::string error;
    *kind = enterNamespace(&error);
    if (kind->empty()) {
        emitError("ENAMESPACE", error);
        return kExitUsage;
    }
    // A new user namespace changes our credentials; set the parent-death signal again in case the
    // kernel cleared it (commit_creds() does so when the capabilities are not a subset).
    if (!followParent(parent))
        return 1;
    const char *code = nullptr;
    if (!loopbackUp(&error))
        code = "ELOOPBACK";
    else if (!writeSysctls(options.sysctls, &error))
        code = "ESYSCTL";
    else if (options.link.twoHosts && !link->make(options.sysctls, &error))
        code = "ELINK";
    if (!code)
        return -1;
    emitError(code, error);
    return kExitUsage;
}

// The server host's census socket on fd 3, then the client host's, made inside it. False after
// an error line; *passed: whether there was a parent to pass them to.
bool passCensusSockets(const Link &link, bool twoHosts, bool *passed)
{
    std::string error;
    *passed = passCensusSocket(&error, !twoHosts);
    if (*passed && twoHosts) {
        if (::setns(link.clientNs(), CLONE_NEWNET) != 0 || !passCensusSocket(&error) || ::setns(link.serverNs(), CLONE_NEWNET) != 0) {
            if (error.empty())
                error = "cannot pass the client host's sock_diag socket: " + errnoText(errno);
        }
    }
    if (error.empty())
        return true;
    emitError("ECENSUS", error);
    return false;
}

wire::Json readyLine(const std::string &kind, bool censusFd, const SandboxOptions &options, const Link &link)
{
    utsname name{};
    ::uname(&name);
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files);
    wire::Json ready{{"event", "ready"},
                     {"pid", ::getpid()},
                     {"namespace", kind},
                     {"kernel", name.release},
                     {"census_fd", censusFd},
                     {"nofile", files.rlim_max == RLIM_INFINITY ? LLONG_MAX : (long long)files.rlim_max}};
    if (options.link.twoHosts)
        ready["two_hosts"] = link.description();
    ready["sysctls"] = reportSysctls(options.sysctls);
    return ready;
}

} // namespace

int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN);
    const pid_t parent = ::getppid();
    if (!followParent(parent))
        return 1;
    SandboxOptions options;
    const int status = parseArguments(std::vector<std::string>(argv + 1, argv + argc), &options);
    if (status >= 0)
        return status;
    Link link(options.link);
    std::string kind;
    const int failed = setUp(options, parent, &link, &kind);
    if (failed >= 0)
        return failed;
    bool censusFd = false;
    if (!passCensusSockets(link, options.link.twoHosts, &censusFd))
        return 1;
    // Signals are read from here on, so one that comes after the ready line ends the children too.
    Supervisor supervisor(link.clientNs());
    emitLine(readyLine(kind, censusFd, options, link));
    supervisor.run();
    return 0;
}
