// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <netdb.h>
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

std::string numericHost(const sockaddr_storage &address, socklen_t length)
{
    char host[NI_MAXHOST] = {};
    if (::getnameinfo(reinterpret_cast<const sockaddr *>(&address), length, host, sizeof host, nullptr, 0,
                      NI_NUMERICHOST)
        != 0)
        return std::string();
    return host;
}

bool resolveAddress(const std::string &host, int port, bool passive, ResolvedAddress *result,
                    std::string *error)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV | (passive ? AI_PASSIVE : 0);
    addrinfo *found = nullptr;
    const std::string service = std::to_string(port);
    const int status = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &found);
    if (status != 0 || !found) {
        *error = "Cannot resolve the host \"" + host + "\": " + ::gai_strerror(status) + ".";
        return false;
    }
    std::memcpy(&result->address, found->ai_addr, found->ai_addrlen);
    result->length = found->ai_addrlen;
    ::freeaddrinfo(found);
    result->numeric = numericHost(result->address, result->length);
    return true;
}

} // namespace agent
