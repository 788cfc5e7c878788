// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the captures under tests/fixtures/ for parser tests.
#pragma once

#include "procfs/procfile.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace tcplab::test
{

// The whole file tests/fixtures/<name>; a missing fixture stops the test run with its path.
inline QByteArray fixture(const char *name)
{
    QByteArray text;
    QString error;
    if (!procfs::readProcFile(QStringLiteral(TCPLAB_FIXTURES_DIR "/") + QLatin1String(name), &text, &error))
        qFatal("%s", qPrintable(error));
    return text;
}

} // namespace tcplab::test
