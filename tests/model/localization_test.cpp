// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/localization.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using tcplab::Localization;

class LocalizationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("localization-test"));
    }

    void init()
    {
        QSettings().clear();
    }

    void resolve()
    {
        QCOMPARE(Localization::resolve(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(Localization::resolve(QStringLiteral("en")), QStringLiteral("en"));
        // The tests run with LANG=C.UTF-8: the system language is not one of ours, so English.
        QCOMPARE(Localization::resolve(QString()), QStringLiteral("en"));
        QCOMPARE(Localization::resolve(QStringLiteral("xx")), QStringLiteral("en"));
    }

    void switchesAtRunTime()
    {
        Localization l;
        QSignalSpy spy(&l, &Localization::languageChanged);
        l.apply();
        QCOMPARE(l.language(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("tcplab::MainWindow", "&File"), QStringLiteral("&File"));

        QVERIFY(l.setPreference(QStringLiteral("ja")));
        QCOMPARE(l.language(), QStringLiteral("ja"));
        QCOMPARE(QCoreApplication::translate("tcplab::MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().first().toString(), QStringLiteral("ja"));

        QVERIFY(l.setPreference(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("tcplab::MainWindow", "&File"), QStringLiteral("&File"));
        QVERIFY(!l.setPreference(QStringLiteral("fr")));
        QCOMPARE(l.language(), QStringLiteral("en"));
    }

    void preferencePersists()
    {
        {
            Localization l;
            l.apply();
            QVERIFY(l.setPreference(QStringLiteral("ja")));
        }
        Localization again;
        again.apply();
        QCOMPARE(again.preference(), QStringLiteral("ja"));
        QCOMPARE(again.language(), QStringLiteral("ja"));
        // The command line's choice wins for this run but is not saved.
        Localization overridden;
        overridden.apply(QStringLiteral("en"));
        QCOMPARE(overridden.language(), QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        QVERIFY(overridden.setPreference(QString()));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    }

    void everyLanguageHasItsFile()
    {
        for (const QString &language : Localization::languages()) {
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/tcplab_%1.qm").arg(language)), qPrintable(language));
        }
    }
};

QTEST_GUILESS_MAIN(LocalizationTest)
#include "localization_test.moc"
