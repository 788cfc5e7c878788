// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a /proc or /sys file whole. Such files report size 0, so they are read until end of file.
#pragma once

#include <QByteArray>
#include <QString>

namespace tcplab::procfs
{

// Returns false and a message naming the file and the reason when it cannot be read.
bool readProcFile(const QString &path, QByteArray *contents, QString *error);

} // namespace tcplab::procfs
