// SPDX-License-Identifier: GPL-3.0-or-later
// The hosts the user added (the hosts dialog writes them): "ssh:<destination>" and
// "node:<url>", in the settings under hosts/list, never with a password. Read by the command line
// too, which lets experiments target only these hosts besides loopback.
#pragma once

#include <QStringList>

namespace tcplab::remote
{

struct SavedHosts {
    static QStringList load();
    static void save(const QStringList &hosts);
    // The SSH destinations among them, without "ssh:".
    static QStringList sshDestinations(const QStringList &hosts);
};

} // namespace tcplab::remote
