// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "events.h"
#include "wire/options.h"

#include <algorithm>
#include <cstdio>

namespace sandbox
{

namespace
{

const char kUsage[] =
    "Usage: tcplab-sandbox [--sysctl net/PATH=VALUE]... [--two-hosts [--rate R] [--mtu N] [--queue BYTES] [--router]]\n"
    "Creates a private network namespace (user + network namespace, or network namespace alone as\n"
    "root), brings loopback up, writes the given sysctls of the namespace, passes a sock_diag socket\n"
    "to the parent on fd 3 when one is open there, prints a ready line and runs the JSON-line\n"
    "commands read on stdin (spawn, signal, exit).\n"
    "--two-hosts adds a client host: a second namespace joined by a veth pair (198.18.0.1 here,\n"
    "198.18.0.2 there), rate-limited with tbf (--rate 10mbit, 100mbit, 1gbit or unlimited; default\n"
    "100mbit), --mtu (default 1500), --queue (tbf's limit in bytes; default 20 ms at the rate),\n"
    "offloads off; --router puts a router between them (198.18.1.2 behind it) whose queue towards\n"
    "the server is the link's. Its sock_diag socket follows the server host's on fd 3; spawn takes\n"
    "\"host\":\"client\".\n";

// Each may be given again (the last value counts), as always.
const std::vector<wire::OptionSpec> kSpecs = {
    {"sysctl", true, true},
    {"two-hosts", false, true},
    {"router", false, true},
    {"rate", true, true},
    {"mtu", true, true},
    {"queue", true, true},
};

// --sysctl net/PATH=VALUE; false after an error line.
bool addSysctl(const std::string &value, Sysctls *sysctls)
{
    const size_t equals = value.find('=');
    const std::string path = equals == std::string::npos ? value : value.substr(0, equals);
    const std::string setting = equals == std::string::npos ? std::string() : value.substr(equals + 1);
    if (!validSysctlPath(path)) {
        emitError("EINVAL", "refusing sysctl \"" + path + "\": only the namespace's own net/ settings may be written");
        return false;
    }
    if (!validSysctlValue(setting)) {
        emitError("EINVAL", "sysctl " + path + " needs a value: --sysctl " + path + "=VALUE");
        return false;
    }
    sysctls->emplace_back(path, setting);
    return true;
}

// One option's value into *link; false after an error line.
bool setLinkOption(const std::string &name, const std::string &value, LinkOptions *link)
{
    long long number = 0;
    if (name == "rate") {
        if (value != "unlimited" && rateBits(value) < 8000) {
            emitError("EINVAL", "--rate takes a rate like 10mbit, 100mbit or 1gbit, or unlimited");
            return false;
        }
        link->rate = value;
    } else if (name == "mtu") {
        if (!wire::toInteger(value, 576, 9000, &number)) {
            emitError("EINVAL", "--mtu takes a number from 576 to 9000");
            return false;
        }
        link->mtu = int(number);
    } else if (name == "queue") {
        if (!wire::toInteger(value, 1, 1LL << 30, &number)) {
            emitError("EINVAL", "--queue takes a number of bytes from 1 to 1073741824");
            return false;
        }
        link->queueBytes = number;
    } else {
        link->twoHosts = link->twoHosts || name == "two-hosts";
        link->router = link->router || name == "router";
    }
    return true;
}

} // namespace

int parseArguments(const std::vector<std::string> &args, SandboxOptions *options)
{
    if (std::any_of(args.begin(), args.end(), [](const std::string &arg) {
            return arg == "--help" || arg == "-h";
        })) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const wire::Options parsed = wire::parseOptions(args, kSpecs);
    if (!parsed.ok()) {
        emitError("EINVAL", "unknown argument \"" + parsed.error.argument + "\" (see --help)");
        return kExitUsage;
    }
    for (const auto &[name, value] : parsed.given) {
        const bool ok = name == "sysctl" ? addSysctl(value, &options->sysctls) : setLinkOption(name, value, &options->link);
        if (!ok)
            return kExitUsage;
    }
    if (options->link.router && !options->link.twoHosts) {
        emitError("EINVAL", "--router needs --two-hosts");
        return kExitUsage;
    }
    return -1;
}

} // namespace sandbox
