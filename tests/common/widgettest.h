// SPDX-License-Identifier: GPL-3.0-or-later
// What every widget test does first: settings of its own that start empty, so that no test sees
// another's saved layout or language.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace tcplab::test
{

inline void useFreshSettings(const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcplab-test"));
    QCoreApplication::setApplicationName(QLatin1String(testName));
    QSettings().clear();
}

// Saves the widget as it looks once pending layouts are done, under the build's screenshots folder
// (scripts/screenshots.sh copies some of them into docs/); fails the test when it cannot.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

} // namespace tcplab::test
