// SPDX-License-Identifier: GPL-3.0-or-later
// Where counters come from: this machine, the sandbox's namespace, a remote host. A source hands
// out whole snapshots; the sampler decides when.
#pragma once

#include "countersnapshot.h"

#include <QString>

namespace tcplab
{

class CounterSource
{
public:
    virtual ~CounterSource() = default;
    // Reads every counter now. Files that could not be read are listed in the snapshot's errors.
    virtual CounterSnapshot read() = 0;
    // For the user: "this machine", "sandbox", a host name.
    virtual QString displayName() const = 0;
};

} // namespace tcplab
