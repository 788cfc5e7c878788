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
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <fcntl.h>
#include <linux/ethtool.h>
#include <linux/netlink.h>
#include <linux/sockios.h>
#include <linux/sock_diag.h>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace {

constexpr int kExitUsage = 2;
constexpr int kCensusFd = 3;

// The two-host link. 198.18.0.0/15 is reserved for benchmarking (RFC 2544): it exists only here.
const char kServerInterface[] = "tcplab-s";
const char kClientInterface[] = "tcplab-c";
const char kServerAddress[] = "198.18.0.1";
const char kClientAddress[] = "198.18.0.2";
const char kRoutedClientAddress[] = "198.18.1.2"; // behind the router, on a network of its own

struct LinkOptions {
    bool twoHosts = false;
    std::string rate = "100mbit"; // tc's rate syntax, or "unlimited"
    int mtu = 1500;
    long long queueBytes = 0; // tbf's limit; 0: 20 ms worth of the rate
    bool router = false; // a router between the hosts, whose queue is the link's
};

int g_serverNs = -1; // the sandbox's own (the server host's) network namespace
int g_clientNs = -1; // the client host's network namespace, when there is one
pid_t g_clientHolder = 0; // a process that lives in it, so that /proc/<pid>/net reads it
int g_routerNs = -1; // with --router: the router between them
pid_t g_routerHolder = 0;

// The settings reported in the ready line: what the kernel model needs to know about the
// namespace. /proc/sys shows the reader's own namespace, so only the sandbox can read them.
const char *const kReported[] = {
    "net/core/somaxconn",          "net/ipv4/tcp_max_syn_backlog", "net/ipv4/tcp_syncookies",
    "net/ipv4/tcp_abort_on_overflow", "net/ipv4/tcp_synack_retries", "net/ipv4/tcp_syn_retries",
    "net/ipv4/tcp_syn_linear_timeouts", "net/ipv4/ip_local_port_range",
};

std::string jsonString(const std::string &value)
{
    std::string out = "\"";
    for (const unsigned char c : value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += char(c);
            }
        }
    }
    return out + '"';
}

// Whole lines only, so that the reader never sees half an event.
void writeLine(const std::string &line)
{
    std::string text = line + '\n';
    const char *p = text.data();
    size_t left = text.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // the reader is gone; EOF on stdin will end us
        }
        p += n;
        left -= size_t(n);
    }
}

void emitError(const std::string &code, const std::string &message)
{
    writeLine("{\"event\":\"error\",\"code\":" + jsonString(code) + ",\"message\":" + jsonString(message) + "}");
    std::fprintf(stderr, "tcplab-sandbox: %s\n", message.c_str());
}

std::string errnoText(int error)
{
    return std::strerror(error);
}

bool writeFile(const std::string &path, const std::string &text, int *error)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = errno;
        return false;
    }
    const ssize_t n = ::write(fd, text.data(), text.size());
    *error = n < 0 ? errno : 0;
    ::close(fd);
    return n == ssize_t(text.size());
}

bool readFile(const std::string &path, std::string *text)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buffer[512];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    ::close(fd);
    if (n < 0)
        return false;
    text->assign(buffer, size_t(n));
    while (!text->empty() && std::isspace(static_cast<unsigned char>(text->back())))
        text->pop_back();
    return true;
}

// ---- A small JSON reader, enough for the command lines: an object whose values are strings,
// numbers, booleans, null or arrays of strings.

struct Value {
    std::string text; // string, or a number's digits
    std::vector<std::string> list;
    bool isList = false;
};

class Reader
{
public:
    explicit Reader(const std::string &text) : m_s(text) {}

    bool object(std::map<std::string, Value> *out)
    {
        space();
        if (!eat('{'))
            return false;
        space();
        if (eat('}'))
            return true;
        for (;;) {
            std::string key;
            Value value;
            space();
            if (!string(&key))
                return false;
            space();
            if (!eat(':'))
                return false;
            space();
            if (!value_(&value))
                return false;
            (*out)[key] = value;
            space();
            if (eat('}'))
                return true;
            if (!eat(','))
                return false;
        }
    }

private:
    bool value_(Value *v)
    {
        if (peek() == '"')
            return string(&v->text);
        if (eat('[')) {
            v->isList = true;
            space();
            if (eat(']'))
                return true;
            for (;;) {
                std::string item;
                space();
                if (!string(&item))
                    return false;
                v->list.push_back(item);
                space();
                if (eat(']'))
                    return true;
                if (!eat(','))
                    return false;
            }
        }
        // Numbers, true, false, null: their text.
        while (m_i < m_s.size() && (std::isalnum(static_cast<unsigned char>(m_s[m_i])) || m_s[m_i] == '-'
                                    || m_s[m_i] == '+' || m_s[m_i] == '.'))
            v->text += m_s[m_i++];
        return !v->text.empty();
    }

    bool string(std::string *out)
    {
        if (!eat('"'))
            return false;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i++];
            if (c == '"')
                return true;
            if (c != '\\') {
                *out += c;
                continue;
            }
            if (m_i >= m_s.size())
                return false;
            const char e = m_s[m_i++];
            switch (e) {
            case 'n':
                *out += '\n';
                break;
            case 't':
                *out += '\t';
                break;
            case 'r':
                *out += '\r';
                break;
            case 'b':
                *out += '\b';
                break;
            case 'f':
                *out += '\f';
                break;
            case 'u': {
                if (m_i + 4 > m_s.size())
                    return false;
                const unsigned long code = std::strtoul(m_s.substr(m_i, 4).c_str(), nullptr, 16);
                m_i += 4;
                // Enough for paths and arguments: UTF-8 of the BMP, no surrogate pairs.
                if (code < 0x80) {
                    *out += char(code);
                } else if (code < 0x800) {
                    *out += char(0xC0 | (code >> 6));
                    *out += char(0x80 | (code & 0x3F));
                } else {
                    *out += char(0xE0 | (code >> 12));
                    *out += char(0x80 | ((code >> 6) & 0x3F));
                    *out += char(0x80 | (code & 0x3F));
                }
                break;
            }
            default:
                *out += e;
            }
        }
        return false;
    }

    void space()
    {
        while (m_i < m_s.size() && std::isspace(static_cast<unsigned char>(m_s[m_i])))
            ++m_i;
    }
    char peek() const { return m_i < m_s.size() ? m_s[m_i] : '\0'; }
    bool eat(char c)
    {
        if (peek() != c)
            return false;
        ++m_i;
        return true;
    }

    const std::string &m_s;
    size_t m_i = 0;
};

// ---- The namespace.

// Returns "user+net" or "net", or "" with *error set.
std::string enterNamespace(std::string *error)
{
    if (::geteuid() == 0) {
        // Root (e.g. in a chroot, where user namespaces are refused): a network namespace alone.
        if (::unshare(CLONE_NEWNET) != 0) {
            *error = "cannot create a network namespace: " + errnoText(errno);
            return std::string();
        }
        return "net";
    }
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0) {
        const int e = errno;
        *error = "cannot create a user and network namespace: " + errnoText(e)
            + " (user namespaces may be disabled: see user.max_user_namespaces and "
              "kernel.unprivileged_userns_clone; a chrooted process is refused them; as root only a "
              "network namespace is needed)";
        return std::string();
    }
    int e = 0;
    // Root inside maps to us outside, so that the namespace's sysctls can be written.
    writeFile("/proc/self/setgroups", "deny", &e);
    if (!writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1", &e)
        || !writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1", &e)) {
        *error = "cannot map the user into the new user namespace: " + errnoText(e);
        return std::string();
    }
    return "user+net";
}

bool loopbackUp(std::string *error)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = "cannot open a socket to configure loopback: " + errnoText(errno);
        return false;
    }
    ifreq request {};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = ::ioctl(fd, SIOCGIFFLAGS, &request) == 0;
    if (ok) {
        request.ifr_flags = short(request.ifr_flags | IFF_UP | IFF_RUNNING);
        ok = ::ioctl(fd, SIOCSIFFLAGS, &request) == 0;
    }
    if (!ok)
        *error = "cannot bring loopback up: " + errnoText(errno);
    ::close(fd);
    return ok;
}

// Only the namespace's own network settings: anything outside net/ would be the host's.
bool validSysctlPath(const std::string &path)
{
    if (path.rfind("net/", 0) != 0 || path.size() > 200 || path.find("..") != std::string::npos
        || path.find("//") != std::string::npos || path.back() == '/')
        return false;
    return std::all_of(path.begin(), path.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '/' || c == '-' || c == '.';
    });
}

bool validSysctlValue(const std::string &value)
{
    return !value.empty() && value.size() <= 64 && std::all_of(value.begin(), value.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '\t' || c == '-';
    });
}

std::string sysctlJson(const std::string &text)
{
    if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return text;
    return jsonString(text);
}

// Hands a NETLINK_SOCK_DIAG socket of this namespace to the parent: a netlink socket belongs to
// the namespace it was created in (sock_net()), so the parent's census then sees our sockets.
bool passCensusSocket(std::string *error, bool last = true)
{
    struct stat st {};
    if (::fstat(kCensusFd, &st) != 0 || !S_ISSOCK(st.st_mode))
        return false; // run by hand: nobody to pass it to
    const int diag = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (diag < 0) {
        *error = "cannot open a sock_diag netlink socket in the namespace: " + errnoText(errno);
        return false;
    }
    char byte = 'c';
    iovec iov { &byte, 1 };
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr message {};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(header), &diag, sizeof diag);
    const bool ok = ::sendmsg(kCensusFd, &message, MSG_NOSIGNAL) == 1;
    if (!ok)
        *error = "cannot pass the sock_diag socket to the parent: " + errnoText(errno);
    ::close(diag);
    if (last)
        ::close(kCensusFd);
    return ok;
}

// ---- Children.

struct Child {
    std::string id;
    pid_t pid = 0;
    int out = -1; // read end of its stdout
    std::string partial;
    bool reaped = false;
    int status = 0;
    bool reported = false;
};

std::vector<Child> g_children;
pid_t g_self = 0;

Child *findChild(const std::string &id)
{
    for (Child &c : g_children) {
        if (c.id == id && !c.reported)
            return &c;
    }
    return nullptr;
}

void relayLine(const Child &c, const std::string &line)
{
    // tcplab-agent prints one JSON object per line; anything else is passed on as a string.
    const bool object = !line.empty() && line.front() == '{' && line.back() == '}';
    writeLine("{\"id\":" + jsonString(c.id) + ",\"line\":" + (object ? line : jsonString(line)) + "}");
}

void reportIfDone(Child &c)
{
    if (c.reported || !c.reaped || c.out >= 0)
        return;
    c.reported = true;
    std::string text = "{\"event\":\"exited\",\"id\":" + jsonString(c.id) + ",\"pid\":" + std::to_string(c.pid);
    if (WIFEXITED(c.status))
        text += ",\"code\":" + std::to_string(WEXITSTATUS(c.status));
    else if (WIFSIGNALED(c.status))
        text += ",\"signal\":" + std::to_string(WTERMSIG(c.status));
    writeLine(text + "}");
}

void readChild(Child &c)
{
    char buffer[65536];
    const ssize_t n = ::read(c.out, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        if (!c.partial.empty())
            relayLine(c, c.partial);
        c.partial.clear();
        ::close(c.out);
        c.out = -1;
        reportIfDone(c);
        return;
    }
    c.partial.append(buffer, size_t(n));
    size_t begin = 0;
    for (size_t end; (end = c.partial.find('\n', begin)) != std::string::npos; begin = end + 1)
        relayLine(c, c.partial.substr(begin, end - begin));
    c.partial.erase(0, begin);
}

void reap()
{
    for (;;) {
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, WNOHANG);
        if (pid <= 0)
            return;
        for (Child &c : g_children) {
            if (c.pid == pid && !c.reaped) {
                c.reaped = true;
                c.status = status;
                reportIfDone(c);
            }
        }
    }
}

void spawn(const std::string &id, const std::vector<std::string> &argv, bool inClient = false)
{
    if (inClient && g_clientNs < 0) {
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
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) {
        emitError("EAGAIN", "cannot start \"" + id + "\": " + errnoText(errno));
        ::close(fds[0]);
        ::close(fds[1]);
        return;
    }
    if (pid == 0) {
        // Nothing started here may outlive the sandbox, even one killed with SIGKILL.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != g_self)
            ::_exit(127);
        if (inClient && ::setns(g_clientNs, CLONE_NEWNET) != 0)
            ::_exit(126);
        ::dup2(fds[1], STDOUT_FILENO);
        const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (null >= 0)
            ::dup2(null, STDIN_FILENO);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        ::execv(args[0], args.data());
        const int e = errno;
        const std::string line = "{\"event\":\"error\",\"code\":\"ENOEXEC\",\"message\":"
            + jsonString(std::string("cannot run ") + args[0] + ": " + std::strerror(e)) + "}\n";
        (void)!::write(STDOUT_FILENO, line.data(), line.size());
        ::_exit(127);
    }
    ::close(fds[1]);
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    Child c;
    c.id = id;
    c.pid = pid;
    c.out = fds[0];
    g_children.push_back(c);
    writeLine("{\"event\":\"spawned\",\"id\":" + jsonString(id) + ",\"pid\":" + std::to_string(pid) + "}");
}

int64_t nowMs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool anyRunning()
{
    return std::any_of(g_children.begin(), g_children.end(), [](const Child &c) { return !c.reported; });
}

// Polls the children's output and reaps them until `deadline` or until none is left.
void pump(int signalFd, int64_t deadline)
{
    while (anyRunning()) {
        std::vector<pollfd> fds;
        fds.push_back({ signalFd, POLLIN, 0 });
        std::vector<size_t> which;
        for (size_t i = 0; i < g_children.size(); ++i) {
            if (g_children[i].out >= 0) {
                fds.push_back({ g_children[i].out, POLLIN, 0 });
                which.push_back(i);
            }
        }
        const int64_t left = deadline - nowMs();
        if (left <= 0)
            return;
        const int n = ::poll(fds.data(), fds.size(), int(std::min<int64_t>(left, 100)));
        if (n < 0 && errno != EINTR)
            return;
        if (fds[0].revents) {
            signalfd_siginfo info {};
            while (::read(signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
            }
        }
        for (size_t k = 1; k < fds.size(); ++k) {
            if (fds[k].revents)
                readChild(g_children[which[k - 1]]);
        }
        reap();
    }
}

// Ends every child: SIGTERM, a second for their last events, then SIGKILL.
void shutDown(int signalFd)
{
    for (const Child &c : g_children) {
        if (!c.reaped)
            ::kill(c.pid, SIGTERM);
    }
    pump(signalFd, nowMs() + 1000);
    for (const Child &c : g_children) {
        if (!c.reaped)
            ::kill(c.pid, SIGKILL);
    }
    pump(signalFd, nowMs() + 2000);
    writeLine("{\"event\":\"exit\"}");
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

// Returns false when the sandbox should end.
bool handleCommand(const std::string &line)
{
    std::map<std::string, Value> command;
    if (line.find_first_not_of(" \t\r") == std::string::npos)
        return true;
    if (!Reader(line).object(&command)) {
        emitError("EINVAL", "not a JSON object: " + line);
        return true;
    }
    const std::string cmd = command["cmd"].text;
    if (cmd == "spawn") {
        const std::string host = command.count("host") ? command["host"].text : "server";
        if (host != "server" && host != "client")
            emitError("EINVAL", "unknown host \"" + host + "\"; use server or client");
        else
            spawn(command["id"].text, command["argv"].list, host == "client");
    } else if (cmd == "signal") {
        Child *c = findChild(command["id"].text);
        const int number = signalNumber(command.count("signal") ? command["signal"].text : "TERM");
        if (!c)
            emitError("ESRCH", "no running child with id \"" + command["id"].text + "\"");
        else if (number == 0)
            emitError("EINVAL", "unknown signal \"" + command["signal"].text + "\"");
        else if (!c->reaped)
            ::kill(c->pid, number);
    } else if (cmd == "exit") {
        return false;
    } else {
        emitError("EINVAL", "unknown command \"" + cmd + "\"; use spawn, signal or exit");
    }
    return true;
}

// ---- The two-host link.

// Runs a program (ip, tc) to completion in this namespace or the client's; its output goes to
// stderr. False with *error set when it fails.
bool runTool(const std::vector<std::string> &argv, int ns, std::string *error)
{
    std::string program;
    for (const char *dir : { "/usr/sbin/", "/sbin/", "/usr/bin/", "/bin/" }) {
        if (::access((dir + argv[0]).c_str(), X_OK) == 0) {
            program = dir + argv[0];
            break;
        }
    }
    if (program.empty()) {
        *error = argv[0] + " was not found (it comes with iproute2)";
        return false;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        *error = "cannot start " + argv[0] + ": " + errnoText(errno);
        return false;
    }
    if (pid == 0) {
        if (ns >= 0 && ::setns(ns, CLONE_NEWNET) != 0)
            ::_exit(126);
        ::dup2(STDERR_FILENO, STDOUT_FILENO);
        std::vector<char *> args;
        for (const std::string &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        ::execv(program.c_str(), args.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::string command;
        for (const std::string &a : argv)
            command += (command.empty() ? "" : " ") + a;
        *error = "\"" + command + "\" failed" + (ns == g_clientNs ? " in the client host" : ns >= 0 ? " in the router" : "");
        return false;
    }
    return true;
}

// Segmentation and receive offloads off (the legacy ethtool ioctls), so that the interface counts
// frames of at most the MTU, as on a real Ethernet: with them on, veth counts one "packet" per
// 64 KiB super-segment.
bool offloadsOff(const char *interface, std::string *error)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = "cannot open a socket to configure " + std::string(interface) + ": " + errnoText(errno);
        return false;
    }
    bool ok = true;
    for (const unsigned cmd : { unsigned(ETHTOOL_STSO), unsigned(ETHTOOL_SGSO), unsigned(ETHTOOL_SGRO) }) {
        ethtool_value value {};
        value.cmd = cmd;
        value.data = 0;
        ifreq request {};
        std::strncpy(request.ifr_name, interface, IFNAMSIZ - 1);
        request.ifr_data = reinterpret_cast<char *>(&value);
        if (::ioctl(fd, SIOCETHTOOL, &request) != 0) {
            *error = "cannot turn offloads off on " + std::string(interface) + ": " + errnoText(errno);
            ok = false;
            break;
        }
    }
    ::close(fd);
    return ok;
}

// "100mbit" -> bits per second; 0 when not understood.
long long rateBits(const std::string &rate)
{
    char *end = nullptr;
    const double number = std::strtod(rate.c_str(), &end);
    if (!end || end == rate.c_str() || number <= 0)
        return 0;
    const std::string unit = end;
    if (unit == "kbit")
        return (long long)(number * 1e3);
    if (unit == "mbit")
        return (long long)(number * 1e6);
    if (unit == "gbit")
        return (long long)(number * 1e9);
    if (unit == "bit" || unit.empty())
        return (long long)number;
    return 0;
}

// A network namespace of its own (owned by the same user namespace), held by a child that waits
// for the sandbox to die; its loopback up and the sysctls written. *ns is an open descriptor.
bool makeHolder(const std::vector<std::pair<std::string, std::string>> &sysctls, pid_t *pid, int *ns,
                std::string *error)
{
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0) {
        *error = "cannot create a pipe: " + errnoText(errno);
        return false;
    }
    const pid_t parent = ::getpid();
    const pid_t holder = ::fork();
    if (holder < 0) {
        *error = "cannot start a namespace holder: " + errnoText(errno);
        return false;
    }
    if (holder == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
        ::close(ready[0]);
        std::string why;
        char result = 'y';
        if (::unshare(CLONE_NEWNET) != 0 || !loopbackUp(&why))
            result = 'n';
        for (const auto &[path, setting] : sysctls) {
            int e = 0;
            if (result == 'y' && !writeFile("/proc/sys/" + path, setting, &e))
                result = 's';
        }
        (void)!::write(ready[1], &result, 1);
        ::close(ready[1]);
        for (;;)
            ::pause(); // until the sandbox goes (the parent-death signal)
    }
    ::close(ready[1]);
    char result = 0;
    const bool got = ::read(ready[0], &result, 1) == 1;
    ::close(ready[0]);
    *pid = holder;
    if (!got || result != 'y') {
        *error = result == 's' ? "cannot write the sysctls of a second namespace"
                               : "cannot create a second network namespace";
        return false;
    }
    *ns = ::open(("/proc/" + std::to_string(holder) + "/ns/net").c_str(), O_RDONLY | O_CLOEXEC);
    if (*ns < 0) {
        *error = "cannot open a second namespace: " + errnoText(errno);
        return false;
    }
    return true;
}

// One end of a link: address, MTU, up, offloads off, and, when `shaped`, the tbf rate limit on
// its way out. `ns` is the end's namespace (-1: the sandbox's own).
bool configureEnd(const char *interface, const std::string &address, int ns, const LinkOptions &link, bool shaped,
                  long long queueBytes, std::string *error)
{
    if (!runTool({ "ip", "address", "add", address, "dev", interface }, ns, error)
        || !runTool({ "ip", "link", "set", interface, "mtu", std::to_string(link.mtu), "up" }, ns, error))
        return false;
    // The offload switches act on the current namespace's devices: from inside it.
    if (ns >= 0 && ::setns(ns, CLONE_NEWNET) != 0) {
        *error = "cannot enter a namespace of the sandbox: " + errnoText(errno);
        return false;
    }
    const bool offOk = offloadsOff(interface, error);
    if (ns >= 0 && ::setns(g_serverNs, CLONE_NEWNET) != 0) {
        *error = "cannot return to the server host: " + errnoText(errno);
        return false;
    }
    if (!offOk)
        return false;
    if (!shaped || link.rate == "unlimited")
        return true;
    const long long bits = rateBits(link.rate);
    // A burst of 4 ms at the rate (at least two frames), so that the rate holds over short
    // intervals too; the queue holds 20 ms unless a size is given.
    const long long burst = std::max<long long>(2LL * (link.mtu + 14), bits / 8 / 250);
    std::vector<std::string> tc { "tc", "qdisc", "add", "dev", interface, "root", "tbf", "rate", link.rate,
                                  "burst", std::to_string(burst) };
    if (queueBytes > 0) {
        tc.push_back("limit");
        tc.push_back(std::to_string(queueBytes));
    } else {
        tc.push_back("latency");
        tc.push_back("20ms");
    }
    return runTool(tc, ns, error);
}

// The client host and the link. Without a router: one veth pair, each end shaped. With a router
// (--router): client host - router - server host, two veth pairs, the router forwarding; only
// the router's ends are shaped, and its queue towards the server host is the link's queue, so
// that a small one drops packets after they left the client, as a congested router does, and the
// client's TCP sees real losses (a queue on the sender's own interface only slows its sender).
bool makeClientHost(const LinkOptions &link, const std::vector<std::pair<std::string, std::string>> &sysctls,
                    std::string *error)
{
    if (!makeHolder(sysctls, &g_clientHolder, &g_clientNs, error))
        return false;
    if (!link.router) {
        if (!runTool({ "ip", "link", "add", kServerInterface, "type", "veth", "peer", "name", kClientInterface,
                       "netns", std::to_string(g_clientHolder) },
                     -1, error))
            return false;
        return configureEnd(kServerInterface, std::string(kServerAddress) + "/24", -1, link, true, link.queueBytes, error)
            && configureEnd(kClientInterface, std::string(kClientAddress) + "/24", g_clientNs, link, true,
                            link.queueBytes, error);
    }
    std::vector<std::pair<std::string, std::string>> forwarding = sysctls;
    forwarding.emplace_back("net/ipv4/ip_forward", "1");
    if (!makeHolder(forwarding, &g_routerHolder, &g_routerNs, error))
        return false;
    const std::string router = std::to_string(g_routerHolder);
    const std::string client = std::to_string(g_clientHolder);
    // The server host's pair: tcplab-s here, tcplab-rs in the router.
    if (!runTool({ "ip", "link", "add", kServerInterface, "type", "veth", "peer", "name", "tcplab-rs", "netns", router },
                 -1, error)
        // The client host's pair, made in the router: tcplab-rc there, tcplab-c in the client host.
        || !runTool({ "ip", "link", "add", "tcplab-rc", "type", "veth", "peer", "name", kClientInterface, "netns", client },
                    g_routerNs, error))
        return false;
    return configureEnd(kServerInterface, std::string(kServerAddress) + "/24", -1, link, false, 0, error)
        && configureEnd(kClientInterface, std::string(kRoutedClientAddress) + "/24", g_clientNs, link, false, 0, error)
        && configureEnd("tcplab-rs", "198.18.0.254/24", g_routerNs, link, true, link.queueBytes, error)
        && configureEnd("tcplab-rc", "198.18.1.254/24", g_routerNs, link, true, 0, error)
        && runTool({ "ip", "route", "add", "198.18.1.0/24", "via", "198.18.0.254" }, -1, error)
        && runTool({ "ip", "route", "add", "198.18.0.0/24", "via", "198.18.1.254" }, g_clientNs, error);
}

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

} // namespace

int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN);
    const pid_t parent = ::getppid();
    // Die with the parent whatever the parent did when starting us; it may already be gone.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        return 1;

    std::vector<std::pair<std::string, std::string>> sysctls;
    LinkOptions link;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        std::string value;
        if (arg == "--two-hosts") {
            link.twoHosts = true;
            continue;
        }
        if (arg == "--router") {
            link.router = true;
            continue;
        }
        if ((arg == "--rate" || arg == "--mtu" || arg == "--queue") && i + 1 < argc) {
            const std::string v = argv[++i];
            char *end = nullptr;
            const long long number = std::strtoll(v.c_str(), &end, 10);
            if (arg == "--rate") {
                if (v != "unlimited" && rateBits(v) < 8000) {
                    emitError("EINVAL", "--rate takes a rate like 10mbit, 100mbit or 1gbit, or unlimited");
                    return kExitUsage;
                }
                link.rate = v;
            } else if (arg == "--mtu") {
                if (!end || *end || number < 576 || number > 9000) {
                    emitError("EINVAL", "--mtu takes a number from 576 to 9000");
                    return kExitUsage;
                }
                link.mtu = int(number);
            } else {
                if (!end || *end || number < 1 || number > (1LL << 30)) {
                    emitError("EINVAL", "--queue takes a number of bytes from 1 to 1073741824");
                    return kExitUsage;
                }
                link.queueBytes = number;
            }
            continue;
        }
        if (arg == "--sysctl" && i + 1 < argc) {
            value = argv[++i];
        } else if (arg.rfind("--sysctl=", 0) == 0) {
            value = arg.substr(9);
        } else {
            emitError("EINVAL", "unknown argument \"" + arg + "\" (see --help)");
            return kExitUsage;
        }
        const size_t equals = value.find('=');
        const std::string path = equals == std::string::npos ? value : value.substr(0, equals);
        const std::string setting = equals == std::string::npos ? std::string() : value.substr(equals + 1);
        if (!validSysctlPath(path)) {
            emitError("EINVAL", "refusing sysctl \"" + path + "\": only the namespace's own net/ settings may be written");
            return kExitUsage;
        }
        if (!validSysctlValue(setting)) {
            emitError("EINVAL", "sysctl " + path + " needs a value: --sysctl " + path + "=VALUE");
            return kExitUsage;
        }
        sysctls.emplace_back(path, setting);
    }

    std::string error;
    const std::string kind = enterNamespace(&error);
    if (kind.empty()) {
        emitError("ENAMESPACE", error);
        return kExitUsage;
    }
    // A new user namespace changes our credentials; set the parent-death signal again in case the
    // kernel cleared it (commit_creds() does so when the capabilities are not a subset).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        return 1;
    if (!loopbackUp(&error)) {
        emitError("ELOOPBACK", error);
        return kExitUsage;
    }
    for (const auto &[path, setting] : sysctls) {
        int e = 0;
        if (!writeFile("/proc/sys/" + path, setting, &e)) {
            emitError("ESYSCTL", "cannot set " + path + " to " + setting + " in the namespace: " + errnoText(e)
                          + (e == ENOENT ? " (this kernel has no such setting, or hides it in a namespace)" : ""));
            return kExitUsage;
        }
    }
    g_serverNs = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (link.router && !link.twoHosts) {
        emitError("EINVAL", "--router needs --two-hosts");
        return kExitUsage;
    }
    if (link.twoHosts && !makeClientHost(link, sysctls, &error)) {
        emitError("ELINK", error);
        return kExitUsage;
    }
    bool censusFd = passCensusSocket(&error, !link.twoHosts);
    if (censusFd && link.twoHosts) {
        // The client host's census socket, made inside it, follows the server's.
        if (::setns(g_clientNs, CLONE_NEWNET) != 0 || !passCensusSocket(&error)
            || ::setns(g_serverNs, CLONE_NEWNET) != 0) {
            if (error.empty())
                error = "cannot pass the client host's sock_diag socket: " + errnoText(errno);
        }
    }
    if (!error.empty()) {
        emitError("ECENSUS", error);
        return 1;
    }

    g_self = ::getpid();
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    ::sigprocmask(SIG_BLOCK, &set, nullptr);
    const int signalFd = ::signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);

    utsname name {};
    ::uname(&name);
    rlimit files {};
    ::getrlimit(RLIMIT_NOFILE, &files);
    std::string ready = "{\"event\":\"ready\",\"pid\":" + std::to_string(g_self) + ",\"namespace\":"
        + jsonString(kind) + ",\"kernel\":" + jsonString(name.release) + ",\"census_fd\":"
        + (censusFd ? "true" : "false") + ",\"nofile\":"
        + std::to_string(files.rlim_max == RLIM_INFINITY ? LLONG_MAX : (long long)files.rlim_max);
    if (link.twoHosts) {
        ready += ",\"two_hosts\":{\"client_pid\":" + std::to_string(g_clientHolder) + ",\"server_address\":"
            + jsonString(kServerAddress) + ",\"client_address\":"
            + jsonString(link.router ? kRoutedClientAddress : kClientAddress) + ",\"router\":"
            + (link.router ? "true" : "false")
            + ",\"server_interface\":" + jsonString(kServerInterface) + ",\"client_interface\":"
            + jsonString(kClientInterface) + ",\"rate\":" + jsonString(link.rate)
            + ",\"rate_bits\":" + std::to_string(link.rate == "unlimited" ? 0 : rateBits(link.rate))
            + ",\"mtu\":" + std::to_string(link.mtu) + ",\"queue_bytes\":" + std::to_string(link.queueBytes) + "}";
    }
    ready += ",\"sysctls\":{";
    std::vector<std::string> reported(std::begin(kReported), std::end(kReported));
    for (const auto &entry : sysctls) {
        if (std::find(reported.begin(), reported.end(), entry.first) == reported.end())
            reported.push_back(entry.first);
    }
    bool first = true;
    for (const std::string &path : reported) {
        std::string text;
        if (!readFile("/proc/sys/" + path, &text))
            continue; // absent on this kernel
        ready += (first ? "" : ",") + jsonString(path) + ":" + sysctlJson(text);
        first = false;
    }
    writeLine(ready + "}}");

    std::string input;
    bool running = true;
    while (running) {
        std::vector<pollfd> fds;
        fds.push_back({ STDIN_FILENO, POLLIN, 0 });
        fds.push_back({ signalFd, POLLIN, 0 });
        std::vector<size_t> which;
        for (size_t i = 0; i < g_children.size(); ++i) {
            if (g_children[i].out >= 0) {
                fds.push_back({ g_children[i].out, POLLIN, 0 });
                which.push_back(i);
            }
        }
        const int n = ::poll(fds.data(), fds.size(), -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[1].revents) {
            signalfd_siginfo info {};
            while (::read(signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
                if (info.ssi_signo != SIGCHLD)
                    running = false;
            }
        }
        for (size_t k = 2; k < fds.size(); ++k) {
            if (fds[k].revents)
                readChild(g_children[which[k - 2]]);
        }
        reap();
        if (running && fds[0].revents) {
            char buffer[8192];
            const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (got <= 0 && !(got < 0 && errno == EINTR)) {
                running = false; // the parent closed our stdin or is gone
            } else if (got > 0) {
                input.append(buffer, size_t(got));
                size_t begin = 0;
                for (size_t end; running && (end = input.find('\n', begin)) != std::string::npos; begin = end + 1)
                    running = handleCommand(input.substr(begin, end - begin));
                input.erase(0, std::min(begin, input.size()));
            }
        }
    }
    shutDown(signalFd);
    return 0;
}
