// SPDX-License-Identifier: GPL-3.0-or-later
// The one CSV field writer of every export: plain text stays as it is, a comma, a quote or a line
// break quotes the field and doubles its quotes.
#include "notebook/csv.h"

#include <QTest>

class CsvTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("TcpExt.ListenOverflows") << QStringLiteral("TcpExt.ListenOverflows");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
        QTest::newRow("Japanese") << QStringLiteral("受信キュー") << QStringLiteral("受信キュー");
    }
    void field()
    {
        QFETCH(QString, text);
        QTEST(tcplab::csvField(text), "field");
    }
};

QTEST_GUILESS_MAIN(CsvTest)
#include "csv_test.moc"
