// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-agent as the only program of a virtual machine's initramfs: its init (process 1).
#pragma once

namespace agent
{

// Mounts /proc, /sys and /dev, opens the channel to tcplab (the second serial port, raw), loads
// the modules the kernel command line names, brings loopback up, writes the sysctls the command
// line gives, says ready, runs programs on request as tcplab-sandbox does, and powers the machine
// off when told to exit or when the channel closes. Never returns.
[[noreturn]] void runInit();

} // namespace agent
