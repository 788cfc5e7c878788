// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include <arpa/inet.h>
#include <netinet/in.h>

namespace agent
{

ParsedOptions parseOptions(const std::vector<std::string> &args, const std::vector<std::string> &known, const std::string &subcommand)
{
    std::vector<wire::OptionSpec> specs;
    for (const std::string &name : known)
        specs.push_back({name});
    const wire::Options options = wire::parseOptions(args, specs);
    ParsedOptions result;
    const std::string &name = options.error.name;
    switch (options.error.kind) {
    case wire::OptionError::Kind::None:
        for (const auto &[key, value] : options.given)
            result.values[key] = value;
        break;
    case wire::OptionError::Kind::NotAnOption:
        result.error = "Unexpected argument \"" + options.error.argument + "\" for " + subcommand + "; options start with --.";
        break;
    case wire::OptionError::Kind::Unknown:
    case wire::OptionError::Kind::UnexpectedValue: // the agent has no flags
        result.error = "Unknown option --" + name + " for " + subcommand + "; see tcplab-agent --help.";
        break;
    case wire::OptionError::Kind::MissingValue:
        result.error = "Option --" + name + " needs a value.";
        break;
    case wire::OptionError::Kind::GivenTwice:
        result.error = "Option --" + name + " is given twice.";
        break;
    }
    return result;
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
    const void *bytes = address.ss_family == AF_INET6 ? static_cast<const void *>(&reinterpret_cast<const sockaddr_in6 &>(address).sin6_addr)
                                                      : static_cast<const void *>(&reinterpret_cast<const sockaddr_in &>(address).sin_addr);
    if (!::inet_ntop(address.ss_family, bytes, host, sizeof host))
        return std::string();
    return host;
}

bool resolveAddress(const std::string &host, int port, bool passive, ResolvedAddress *result, std::string *error)
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
