// SPDX-License-Identifier: GPL-3.0-or-later
// The two-host link: the client host (a second network namespace) joined to the server host (the
// sandbox's own) by a veth pair, or through a router namespace by two, with addresses from
// 198.18.0.0/15 (set aside for network benchmarks, RFC 2544, so it exists only here), a tbf rate
// limit and segmentation/receive offloads off, so that every packet is a real frame.
#pragma once

#include "namespaces.h"
#include "wire/jsonlines.h"

#include <string>
#include <vector>

#include <sys/types.h>

namespace sandbox
{

struct LinkOptions {
    bool twoHosts = false;
    std::string rate = "100mbit"; // tc's rate syntax, or "unlimited"
    int mtu = 1500;
    long long queueBytes = 0; // tbf's limit; 0: 20 ms worth of the rate
    bool router = false; // a router between the hosts, whose queue is the link's
};

// "100mbit" -> bits per second; 0 when not understood.
long long rateBits(const std::string &rate);

class Link
{
public:
    explicit Link(const LinkOptions &options);

    // Makes the client host (and the router) and joins them; the sandbox is in the server host's
    // namespace, which it returns to after configuring the others' ends.
    bool make(const Sysctls &sysctls, std::string *error);

    int serverNs() const
    {
        return m_serverNs;
    }
    int clientNs() const
    {
        return m_clientNs;
    }
    // The ready line's "two_hosts".
    wire::Json description() const;

private:
    bool makeDirect(std::string *error);
    bool makeRouted(const Sysctls &sysctls, std::string *error);
    bool runTool(const std::vector<std::string> &argv, int ns, std::string *error) const;
    bool configureEnd(const char *interface, const std::string &address, int ns, bool shaped, long long queueBytes, std::string *error) const;
    bool shape(const char *interface, int ns, long long queueBytes, std::string *error) const;

    LinkOptions m_options;
    int m_serverNs = -1;
    int m_clientNs = -1;
    pid_t m_clientHolder = 0; // a process that lives in it, so that /proc/<pid>/net reads it
    int m_routerNs = -1;
    pid_t m_routerHolder = 0;
};

} // namespace sandbox
