// SPDX-License-Identifier: GPL-3.0-or-later
#include "events.h"

#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace sandbox
{

namespace
{

wire::LineWriter &output()
{
    static wire::LineWriter writer(STDOUT_FILENO);
    return writer;
}

} // namespace

void emitLine(const wire::Json &event)
{
    emitText(wire::toLine(event));
}

void emitText(const std::string &line)
{
    // A reader that is gone is no reason to stop: EOF on stdin will end us.
    output().writeLine(line);
    output().flush();
}

void emitError(const std::string &code, const std::string &message)
{
    emitLine({{"event", "error"}, {"code", code}, {"message", message}});
    std::fprintf(stderr, "tcplab-sandbox: %s\n", message.c_str());
}

std::string errnoText(int error)
{
    return std::strerror(error);
}

} // namespace sandbox
