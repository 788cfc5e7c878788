// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as every export of tcplab writes it (RFC 4180): one field quoted when it holds a comma, a
// quote or a line break, its quotes doubled.
#pragma once

#include <QString>

namespace tcplab
{

QString csvField(const QString &text);

} // namespace tcplab
