// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line face of the counter model: `tcplab sample` and `tcplab census` print what the
// charts and tables show, as text for people or JSON lines for scripts, so that every figure can
// be checked against ss, nstat and ip. JSON keys of kernel counters are the kernel's own names
// ("TcpExt.ListenOverflows").
#pragma once

#include "series/ratesample.h"
#include "sockets/socketcensus.h"

#include <QJsonObject>
#include <QString>

namespace tcplab::cli
{

QJsonObject censusToJson(const sockets::Census &census);
// State counts, then the listener table as `ss -ltn` lays it out, plus SYN_RECV.
QString censusToText(const sockets::Census &census);

// One sample: the absolute counters of `snapshot`, the rates since the previous one (null when
// there is none), CPU split, state counts and listeners.
QJsonObject sampleToJson(qint64 wallMs, const CounterSnapshot &snapshot, const RateSample *rates, const sockets::Census &census);
// The same as one line of key=value pairs.
QString sampleToText(qint64 wallMs, const CounterSnapshot &snapshot, const RateSample *rates, const sockets::Census &census);

} // namespace tcplab::cli
