// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line parsing shared by the subcommands: "--name value" or "--name=value" (wire's
// parser, in the agent's sentences), every value checked before anything is started; and the
// addresses the subcommands take.
#pragma once

#include "wire/options.h"

#include <map>
#include <string>
#include <vector>

#include <sys/socket.h>

namespace agent
{

struct ParsedOptions {
    std::map<std::string, std::string> values;
    std::string error; // a sentence; empty when parsing succeeded
};

// Splits the arguments after the subcommand; `known` lists the option names without "--".
ParsedOptions parseOptions(const std::vector<std::string> &args, const std::vector<std::string> &known, const std::string &subcommand);

// Each returns false and fills *error with a sentence naming the option when the text is not a
// number within [min, max].
using wire::parseInteger;
using wire::parseSeconds;

struct ResolvedAddress {
    sockaddr_storage address{};
    socklen_t length = 0;
    std::string numeric; // the address as text, e.g. "127.0.0.1"
};

// Reads host (a numeric IPv4 or IPv6 address, or "localhost") and port; `passive` for bind().
bool resolveAddress(const std::string &host, int port, bool passive, ResolvedAddress *result, std::string *error);

// The port number stored in a socket address.
int portOf(const sockaddr_storage &address);
std::string numericHost(const sockaddr_storage &address, socklen_t length);

} // namespace agent
