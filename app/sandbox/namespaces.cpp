// SPDX-License-Identifier: GPL-3.0-or-later
#include "namespaces.h"

#include "events.h"
#include "wire/sysctls.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sandbox
{

namespace
{

constexpr int kCensusFd = 3;

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

} // namespace

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
    if (!writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1", &e) || !writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1", &e)) {
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
    ifreq request{};
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

bool validSysctlPath(const std::string &path)
{
    if (path.rfind("net/", 0) != 0 || path.size() > 200 || path.find("..") != std::string::npos || path.find("//") != std::string::npos || path.back() == '/')
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

bool writeSysctls(const Sysctls &sysctls, std::string *error)
{
    for (const auto &[path, setting] : sysctls) {
        int e = 0;
        if (!writeFile("/proc/sys/" + path, setting, &e)) {
            *error = "cannot set " + path + " to " + setting + " in the namespace: " + errnoText(e)
                + (e == ENOENT ? " (this kernel has no such setting, or hides it in a namespace)" : "");
            return false;
        }
    }
    return true;
}

wire::Json reportSysctls(const Sysctls &given)
{
    std::vector<std::string> paths(std::begin(wire::kNamespaceSysctls), std::end(wire::kNamespaceSysctls));
    for (const auto &entry : given) {
        if (std::find(paths.begin(), paths.end(), entry.first) == paths.end())
            paths.push_back(entry.first);
    }
    wire::Json report = wire::Json::object();
    for (const std::string &path : paths) {
        std::string text;
        if (readFile("/proc/sys/" + path, &text)) // absent on this kernel otherwise
            report[path] = wire::numberOrString(text);
    }
    return report;
}

bool makeHolder(const Sysctls &sysctls, pid_t *pid, int *ns, std::string *error)
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
        else if (!writeSysctls(sysctls, &why))
            result = 's';
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
        *error = result == 's' ? "cannot write the sysctls of a second namespace" : "cannot create a second network namespace";
        return false;
    }
    *ns = ::open(("/proc/" + std::to_string(holder) + "/ns/net").c_str(), O_RDONLY | O_CLOEXEC);
    if (*ns < 0) {
        *error = "cannot open a second namespace: " + errnoText(errno);
        return false;
    }
    return true;
}

bool passCensusSocket(std::string *error, bool last)
{
    struct stat st {
    };
    if (::fstat(kCensusFd, &st) != 0 || !S_ISSOCK(st.st_mode))
        return false; // run by hand: nobody to pass it to
    const int diag = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (diag < 0) {
        *error = "cannot open a sock_diag netlink socket in the namespace: " + errnoText(errno);
        return false;
    }
    // A netlink socket belongs to the namespace it was created in (sock_net()), so the parent's
    // census then sees our sockets.
    char byte = 'c';
    iovec iov{&byte, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr message{};
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

} // namespace sandbox
