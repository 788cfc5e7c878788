// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel command line carries what the guest needs before it says ready:
//   tcplab.module=NAME        load /lib/modules/NAME.ko (in the order given)
//   tcplab.sysctl=PATH=VALUE  write /proc/sys/PATH, a ',' in VALUE standing for a space
// Parameters with a dot are not passed to init as arguments, so init reads /proc/cmdline.
// The channel's protocol is tcplab-sandbox's (see app/sandbox/main.cpp); the ready line says
// "namespace":"vm".
#include "init.h"

#include "../sandbox/events.h"
#include "namespaces.h"
#include "supervisor.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>

namespace agent
{

namespace
{

constexpr const char *kChannel = "/dev/ttyS1";
constexpr const char *kConsole = "/dev/ttyS0";

struct BootOptions {
    std::vector<std::string> modules;
    sandbox::Sysctls sysctls;
};

BootOptions bootOptions()
{
    BootOptions options;
    std::ifstream file("/proc/cmdline");
    std::string word;
    while (file >> word) {
        if (word.rfind("tcplab.module=", 0) == 0) {
            options.modules.push_back(word.substr(std::strlen("tcplab.module=")));
        } else if (word.rfind("tcplab.sysctl=", 0) == 0) {
            const std::string setting = word.substr(std::strlen("tcplab.sysctl="));
            const size_t equals = setting.find('=');
            if (equals == std::string::npos)
                continue;
            std::string value = setting.substr(equals + 1);
            for (char &c : value)
                c = c == ',' ? ' ' : c;
            options.sysctls.emplace_back(setting.substr(0, equals), value);
        }
    }
    return options;
}

void mountFileSystems()
{
    ::mkdir("/proc", 0555);
    ::mkdir("/sys", 0555);
    ::mkdir("/dev", 0755);
    ::mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr);
    ::mount("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr);
    ::mount("devtmpfs", "/dev", "devtmpfs", MS_NOSUID, nullptr);
}

// The channel on stdin and stdout, the console on stderr; raw, so that no byte is changed.
bool openChannel()
{
    const int console = ::open(kConsole, O_WRONLY | O_NOCTTY);
    if (console >= 0)
        ::dup2(console, STDERR_FILENO);
    const int fd = ::open(kChannel, O_RDWR | O_NOCTTY);
    if (fd < 0)
        return false;
    termios tio{};
    if (::tcgetattr(fd, &tio) == 0) {
        ::cfmakeraw(&tio);
        ::cfsetspeed(&tio, B115200);
        ::tcsetattr(fd, TCSANOW, &tio);
    }
    ::dup2(fd, STDIN_FILENO);
    ::dup2(fd, STDOUT_FILENO);
    if (fd > STDERR_FILENO)
        ::close(fd);
    return true;
}

// finit_module() of each named module; the names of those that loaded.
std::vector<std::string> loadModules(const std::vector<std::string> &names)
{
    std::vector<std::string> loaded;
    for (const std::string &name : names) {
        if (name.find('/') != std::string::npos)
            continue;
        const std::string path = "/lib/modules/" + name + ".ko";
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            sandbox::emitError("EMODULE", "no module " + path + " in the initramfs");
            continue;
        }
        if (::syscall(SYS_finit_module, fd, "", 0) == 0 || errno == EEXIST)
            loaded.push_back(name);
        else
            sandbox::emitError("EMODULE", "cannot load " + name + ": " + sandbox::errnoText(errno));
        ::close(fd);
    }
    return loaded;
}

[[noreturn]] void powerOff()
{
    ::sync();
    ::reboot(RB_POWER_OFF);
    for (;;)
        ::pause();
}

} // namespace

void runInit()
{
    mountFileSystems();
    if (!openChannel())
        powerOff();
    const BootOptions options = bootOptions();
    const std::vector<std::string> modules = loadModules(options.modules);
    std::string error;
    if (!sandbox::loopbackUp(&error) || !sandbox::writeSysctls(options.sysctls, &error)) {
        sandbox::emitError("ESETUP", error);
        powerOff();
    }
    // Clients of a big run need many descriptors; as process 1 we may raise the limit.
    rlimit files{1 << 20, 1 << 20};
    ::setrlimit(RLIMIT_NOFILE, &files);
    sandbox::Supervisor supervisor(-1);
    utsname name{};
    ::uname(&name);
    ::getrlimit(RLIMIT_NOFILE, &files);
    sandbox::emitLine({{"event", "ready"},
                       {"pid", ::getpid()},
                       {"namespace", "vm"},
                       {"kernel", name.release},
                       {"modules", modules},
                       {"nofile", files.rlim_max == RLIM_INFINITY ? LLONG_MAX : (long long)files.rlim_max},
                       {"sysctls", sandbox::reportSysctls(options.sysctls)}});
    supervisor.run();
    powerOff();
}

} // namespace agent
