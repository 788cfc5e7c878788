// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor.h"

#include "events.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sandbox
{

namespace
{

int64_t nowMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

int signalNumber(const std::string &text)
{
    if (text == "TERM" || text == "SIGTERM")
        return SIGTERM;
    if (text == "INT" || text == "SIGINT")
        return SIGINT;
    if (text == "KILL" || text == "SIGKILL")
        return SIGKILL;
    char *end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (end && *end == '\0' && value > 0 && value < 65)
        return int(value);
    return 0;
}

// A command's field as text: a string as it is, a number ("signal":15) as its digits.
std::string textOf(const wire::Json &command, const char *key, const std::string &absent = std::string())
{
    const auto it = command.find(key);
    if (it == command.end())
        return absent;
    return it->is_string() ? it->get<std::string>() : it->dump();
}

std::vector<std::string> listOf(const wire::Json &command, const char *key)
{
    std::vector<std::string> list;
    const auto it = command.find(key);
    if (it == command.end() || !it->is_array())
        return list;
    for (const wire::Json &item : *it) {
        if (!item.is_string())
            return {};
        list.push_back(item.get<std::string>());
    }
    return list;
}

// In the forked child: stdout to the pipe, stdin from /dev/null, no blocked signals, then the
// program. Nothing started here may outlive the sandbox, even one killed with SIGKILL.
[[noreturn]] void execChild(const std::vector<std::string> &argv, int out, pid_t sandbox, int clientNs)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != sandbox)
        ::_exit(127);
    if (clientNs >= 0 && ::setns(clientNs, CLONE_NEWNET) != 0)
        ::_exit(126);
    ::dup2(out, STDOUT_FILENO);
    const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null >= 0)
        ::dup2(null, STDIN_FILENO);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::signal(SIGPIPE, SIG_DFL);
    ::execv(args[0], args.data());
    const wire::Json error{{"event", "error"}, {"code", "ENOEXEC"}, {"message", std::string("cannot run ") + args[0] + ": " + std::strerror(errno)}};
    const std::string line = wire::toLine(error) + '\n';
    (void)!::write(STDOUT_FILENO, line.data(), line.size());
    ::_exit(127);
}

} // namespace

Supervisor::Supervisor(int clientNs)
    : m_self(::getpid())
    , m_clientNs(clientNs)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    ::sigprocmask(SIG_BLOCK, &set, nullptr);
    m_signalFd = ::signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

Supervisor::Child *Supervisor::findChild(const std::string &id)
{
    for (Child &c : m_children) {
        if (c.id == id && !c.reported)
            return &c;
    }
    return nullptr;
}

void Supervisor::relayLine(const Child &c, const std::string &line)
{
    // tcplab-agent prints one JSON object per line, passed on as it is; anything else as a string.
    const bool object = !line.empty() && line.front() == '{' && wire::Json::accept(line);
    if (object)
        emitText("{\"id\":" + wire::toLine(c.id) + ",\"line\":" + line + "}");
    else
        emitLine({{"id", c.id}, {"line", line}});
}

void Supervisor::reportIfDone(Child &c)
{
    if (c.reported || !c.reaped || c.out >= 0)
        return;
    c.reported = true;
    wire::Json exited{{"event", "exited"}, {"id", c.id}, {"pid", c.pid}};
    if (WIFEXITED(c.status))
        exited["code"] = WEXITSTATUS(c.status);
    else if (WIFSIGNALED(c.status))
        exited["signal"] = WTERMSIG(c.status);
    emitLine(exited);
}

void Supervisor::readChild(Child &c)
{
    char buffer[65536];
    const ssize_t n = ::read(c.out, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    std::string line;
    if (n <= 0) {
        if (c.lines.finish(&line))
            relayLine(c, line);
        ::close(c.out);
        c.out = -1;
        reportIfDone(c);
        return;
    }
    c.lines.append(buffer, size_t(n));
    for (wire::LineReader::Status status; (status = c.lines.next(&line)) != wire::LineReader::Status::NeedMore;) {
        if (status == wire::LineReader::Status::Line)
            relayLine(c, line);
        else
            emitError("E2BIG", "a line of \"" + c.id + "\" longer than " + std::to_string(c.lines.maxLine()) + " bytes was dropped");
    }
}

void Supervisor::reap()
{
    for (;;) {
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, WNOHANG);
        if (pid <= 0)
            return;
        for (Child &c : m_children) {
            if (c.pid == pid && !c.reaped) {
                c.reaped = true;
                c.status = status;
                reportIfDone(c);
            }
        }
    }
}

void Supervisor::spawn(const std::string &id, const std::vector<std::string> &argv, bool inClient)
{
    if (inClient && m_clientNs < 0) {
        emitError("EINVAL", "there is no client host: the sandbox was started without --two-hosts");
        return;
    }
    if (id.empty() || argv.empty() || argv.front().empty() || argv.front()[0] != '/') {
        emitError("EINVAL", "spawn needs an id and an argv whose first element is an absolute path");
        return;
    }
    if (findChild(id)) {
        emitError("EEXIST", "a child with id \"" + id + "\" is still running");
        return;
    }
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        emitError("EMFILE", "cannot create a pipe for \"" + id + "\": " + errnoText(errno));
        return;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        emitError("EAGAIN", "cannot start \"" + id + "\": " + errnoText(errno));
        ::close(fds[0]);
        ::close(fds[1]);
        return;
    }
    if (pid == 0)
        execChild(argv, fds[1], m_self, inClient ? m_clientNs : -1);
    ::close(fds[1]);
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    Child c;
    c.id = id;
    c.pid = pid;
    c.out = fds[0];
    m_children.push_back(std::move(c));
    emitLine({{"event", "spawned"}, {"id", id}, {"pid", pid}});
}

void Supervisor::signalChild(const std::string &id, const std::string &name)
{
    Child *c = findChild(id);
    const int number = signalNumber(name);
    if (!c)
        emitError("ESRCH", "no running child with id \"" + id + "\"");
    else if (number == 0)
        emitError("EINVAL", "unknown signal \"" + name + "\"");
    else if (!c->reaped)
        ::kill(c->pid, number);
}

bool Supervisor::handleCommand(const std::string &line)
{
    if (line.find_first_not_of(" \t\r") == std::string::npos)
        return true;
    wire::Json command;
    std::string error;
    if (!wire::parseObject(line, &command, &error)) {
        emitError("EINVAL", error);
        return true;
    }
    const std::string cmd = textOf(command, "cmd");
    if (cmd == "spawn") {
        const std::string host = textOf(command, "host", "server");
        if (host != "server" && host != "client")
            emitError("EINVAL", "unknown host \"" + host + "\"; use server or client");
        else
            spawn(textOf(command, "id"), listOf(command, "argv"), host == "client");
    } else if (cmd == "signal") {
        signalChild(textOf(command, "id"), textOf(command, "signal", "TERM"));
    } else if (cmd == "exit") {
        return false;
    } else {
        emitError("EINVAL", "unknown command \"" + cmd + "\"; use spawn, signal or exit");
    }
    return true;
}

// False when the sandbox should end: the parent closed our stdin or is gone, or said exit.
bool Supervisor::readCommands()
{
    char buffer[8192];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR)
        return true;
    if (got <= 0)
        return false;
    m_input.append(buffer, size_t(got));
    std::string line;
    for (wire::LineReader::Status status; (status = m_input.next(&line)) != wire::LineReader::Status::NeedMore;) {
        if (status == wire::LineReader::Status::TooLong)
            emitError("EINVAL", "a command longer than " + std::to_string(m_input.maxLine()) + " bytes was dropped");
        else if (!handleCommand(line))
            return false;
    }
    return true;
}

std::vector<pollfd> Supervisor::pollSet(std::vector<pollfd> fds, std::vector<size_t> *which) const
{
    for (size_t i = 0; i < m_children.size(); ++i) {
        if (m_children[i].out >= 0) {
            fds.push_back({m_children[i].out, POLLIN, 0});
            which->push_back(i);
        }
    }
    return fds;
}

void Supervisor::run()
{
    bool running = true;
    while (running) {
        std::vector<size_t> which;
        std::vector<pollfd> fds = pollSet({{STDIN_FILENO, POLLIN, 0}, {m_signalFd, POLLIN, 0}}, &which);
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[1].revents) {
            signalfd_siginfo info{};
            while (::read(m_signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
                if (info.ssi_signo != SIGCHLD)
                    running = false;
            }
        }
        for (size_t k = 2; k < fds.size(); ++k) {
            if (fds[k].revents)
                readChild(m_children[which[k - 2]]);
        }
        reap();
        if (running && fds[0].revents)
            running = readCommands();
    }
    shutDown();
}

void Supervisor::pump(int64_t deadline)
{
    const auto anyRunning = [this] {
        return std::any_of(m_children.begin(), m_children.end(), [](const Child &c) {
            return !c.reported;
        });
    };
    while (anyRunning()) {
        std::vector<size_t> which;
        std::vector<pollfd> fds = pollSet({{m_signalFd, POLLIN, 0}}, &which);
        const int64_t left = deadline - nowMs();
        if (left <= 0)
            return;
        const int n = ::poll(fds.data(), fds.size(), int(std::min<int64_t>(left, 100)));
        if (n < 0 && errno != EINTR)
            return;
        if (fds[0].revents) {
            signalfd_siginfo info{};
            while (::read(m_signalFd, &info, sizeof info) == ssize_t(sizeof info)) { }
        }
        for (size_t k = 1; k < fds.size(); ++k) {
            if (fds[k].revents)
                readChild(m_children[which[k - 1]]);
        }
        reap();
    }
}

void Supervisor::shutDown()
{
    for (const Child &c : m_children) {
        if (!c.reaped)
            ::kill(c.pid, SIGTERM);
    }
    pump(nowMs() + 1000);
    for (const Child &c : m_children) {
        if (!c.reaped)
            ::kill(c.pid, SIGKILL);
    }
    pump(nowMs() + 2000);
    emitLine({{"event", "exit"}});
}

} // namespace sandbox
