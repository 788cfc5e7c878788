// SPDX-License-Identifier: GPL-3.0-or-later
// Child supervision: the programs the sandbox runs on request (spawn, signal, exit on stdin), their
// output relayed line by line, their ends reported, and every one of them ended with the sandbox.
#pragma once

#include "wire/jsonlines.h"

#include <cstdint>
#include <string>
#include <vector>

#include <poll.h>
#include <sys/types.h>

namespace sandbox
{

class Supervisor
{
public:
    // Blocks SIGCHLD, SIGTERM, SIGINT and SIGHUP, to be read from a signalfd: from here on a signal
    // ends the command loop instead of the sandbox. `clientNs`: the client host's namespace, or -1.
    explicit Supervisor(int clientNs);

    // Runs the commands read on stdin until exit, the end of stdin or a signal, then ends every
    // child: SIGTERM, a second for their last events, then SIGKILL.
    void run();

private:
    struct Child {
        std::string id;
        pid_t pid = 0;
        int out = -1; // read end of its stdout
        wire::LineReader lines;
        bool reaped = false;
        int status = 0;
        bool reported = false;
    };

    // Returns false when the sandbox should end.
    bool handleCommand(const std::string &line);
    bool readCommands();
    void spawn(const std::string &id, const std::vector<std::string> &argv, bool inClient);
    void signalChild(const std::string &id, const std::string &name);
    Child *findChild(const std::string &id);
    // `fds` followed by the children's open pipes; *which: the child of each pipe.
    std::vector<pollfd> pollSet(std::vector<pollfd> fds, std::vector<size_t> *which) const;
    void readChild(Child &c);
    void relayLine(const Child &c, const std::string &line);
    void reportIfDone(Child &c);
    void reap();
    // Polls the children's output and reaps them until `deadline` or until none is left.
    void pump(int64_t deadline);
    void shutDown();

    std::vector<Child> m_children;
    pid_t m_self = 0;
    int m_signalFd = -1;
    int m_clientNs = -1;
    wire::LineReader m_input;
};

} // namespace sandbox
