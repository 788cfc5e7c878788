// SPDX-License-Identifier: GPL-3.0-or-later
// What every widget test does first: settings of its own that start empty, so that no test sees
// another's saved layout or language.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace tcplab::test
{

inline void useFreshSettings(const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcplab-test"));
    QCoreApplication::setApplicationName(QLatin1String(testName));
    QSettings().clear();
}

} // namespace tcplab::test
