// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>

namespace agent {

ParsedOptions parseOptions(const std::vector<std::string> &args, const std::vector<std::string> &known,
                           const std::string &subcommand)
{
    ParsedOptions result;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.rfind("--", 0) != 0) {
            result.error = "Unexpected argument \"" + arg + "\" for " + subcommand + "; options start with --.";
            return result;
        }
        std::string name = arg.substr(2);
        std::string value;
        const size_t equals = name.find('=');
        bool hasValue = false;
        if (equals != std::string::npos) {
            value = name.substr(equals + 1);
            name.resize(equals);
            hasValue = true;
        }
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            result.error = "Unknown option --" + name + " for " + subcommand + "; see tcplab-agent --help.";
            return result;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                result.error = "Option --" + name + " needs a value.";
                return result;
            }
            value = args[++i];
        }
        if (result.values.count(name)) {
            result.error = "Option --" + name + " is given twice.";
            return result;
        }
        result.values[name] = value;
    }
    return result;
}

bool parseInteger(const std::string &option, const std::string &text, long long min, long long max,
                  long long *value, std::string *error)
{
    errno = 0;
    char *end = nullptr;
    const long long parsed = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE || parsed < min || parsed > max) {
        *error = "--" + option + " must be a whole number from " + std::to_string(min) + " to "
            + std::to_string(max) + ", not \"" + text + "\".";
        return false;
    }
    *value = parsed;
    return true;
}

bool parseSeconds(const std::string &option, const std::string &text, double min, double max, double *value,
                  std::string *error)
{
    char *end = nullptr;
    const double parsed = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(parsed) || parsed < min || parsed > max) {
        char range[96];
        std::snprintf(range, sizeof range, "%g to %g", min, max);
        *error = "--" + option + " must be a number of seconds from " + range + ", not \"" + text + "\".";
        return false;
    }
    *value = parsed;
    return true;
}

int portOf(const sockaddr_storage &address)
{
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port);
    return -1;
}

std::string numericHost(const sockaddr_storage &address, socklen_t /*length*/)
{
    char host[INET6_ADDRSTRLEN] = {};
    const void *bytes = address.ss_family == AF_INET6
        ? static_cast<const void *>(&reinterpret_cast<const sockaddr_in6 &>(address).sin6_addr)
        : static_cast<const void *>(&reinterpret_cast<const sockaddr_in &>(address).sin_addr);
    if (!::inet_ntop(address.ss_family, bytes, host, sizeof host))
        return std::string();
    return host;
}

bool resolveAddress(const std::string &host, int port, bool passive, ResolvedAddress *result,
                    std::string *error)
{
    // Numbers only: the agent is linked statically so that it runs on any Linux host, and a
    // static C library cannot load the host's name service modules. tcplab resolves names on its
    // own side and passes addresses; "localhost" is the one name taken here.
    (void)passive;
    const std::string text = host == "localhost" ? "127.0.0.1" : host;
    result->address = {};
    if (port < 0 || port > 65535) {
        *error = "The port " + std::to_string(port) + " is out of range.";
        return false;
    }
    auto *v4 = reinterpret_cast<sockaddr_in *>(&result->address);
    auto *v6 = reinterpret_cast<sockaddr_in6 *>(&result->address);
    if (::inet_pton(AF_INET, text.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(uint16_t(port));
        result->length = sizeof(sockaddr_in);
    } else if (::inet_pton(AF_INET6, text.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(uint16_t(port));
        result->length = sizeof(sockaddr_in6);
    } else {
        *error = "The host \"" + host + "\" is not a numeric IPv4 or IPv6 address (the agent takes addresses, "
            "not names).";
        return false;
    }
    result->numeric = numericHost(result->address, result->length);
    return true;
}

} // namespace agent
