// SPDX-License-Identifier: GPL-3.0-or-later
// The one reader of the agents' and the sandbox's JSON lines: lines split across reads, lines that
// are not JSON objects, a line over the bound, and an owner that stops reading in the middle.
#include "hosts/jsonlinereader.h"

#include <QJsonArray>
#include <QTest>

using tcplab::hosts::JsonLineReader;

class JsonLineReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAcrossReads_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<int>("skipped");
        QTest::newRow("one line") << QList<QByteArray>{"{\"event\":\"a\"}\n"} << QStringList{"a"} << 0;
        QTest::newRow("two in one read") << QList<QByteArray>{"{\"event\":\"a\"}\n{\"event\":\"b\"}\n"} << QStringList{"a", "b"} << 0;
        QTest::newRow("byte by byte") << QList<QByteArray>{"{\"ev", "ent\":", "\"a\"", "}", "\n"} << QStringList{"a"} << 0;
        QTest::newRow("no newline yet") << QList<QByteArray>{"{\"event\":\"a\"}"} << QStringList{} << 0;
        QTest::newRow("not json") << QList<QByteArray>{"hello\n{\"event\":\"b\"}\n"} << QStringList{"b"} << 1;
        QTest::newRow("array, not object") << QList<QByteArray>{"[1,2]\n{\"event\":\"b\"}\n"} << QStringList{"b"} << 1;
        QTest::newRow("empty line") << QList<QByteArray>{"\n{\"event\":\"b\"}\n"} << QStringList{"b"} << 1;
        QTest::newRow("truncated object") << QList<QByteArray>{"{\"event\":\n"} << QStringList{} << 1;
    }

    void splitsAcrossReads()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QStringList, events);
        QFETCH(int, skipped);
        JsonLineReader reader;
        QStringList seen;
        for (const QByteArray &chunk : std::as_const(chunks)) {
            reader.feed(chunk, [&seen](const QJsonObject &o) {
                seen << o.value(QStringLiteral("event")).toString();
                return true;
            });
        }
        QCOMPARE(seen, events);
        QCOMPARE(reader.skippedLines(), skipped);
    }

    void skipsAnOverlongLine()
    {
        JsonLineReader reader(64);
        QStringList seen;
        const auto collect = [&seen](const QJsonObject &o) {
            seen << o.value(QStringLiteral("event")).toString();
            return true;
        };
        // A line just over the bound, in pieces that never hold a newline until the end.
        const QByteArray longLine = "{\"event\":\"" + QByteArray(60, 'x') + "\"}";
        reader.feed(longLine.left(40), collect);
        reader.feed(longLine.mid(40), collect);
        reader.feed("\n{\"event\":\"after\"}\n", collect);
        QCOMPARE(seen, QStringList{QStringLiteral("after")});
        QCOMPARE(reader.overlongLines(), 1);
        // One just under it is read.
        const QByteArray fits = "{\"event\":\"" + QByteArray(50, 'y') + "\"}\n";
        QVERIFY(fits.size() - 1 <= 64);
        reader.feed(fits, collect);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(reader.overlongLines(), 1);
    }

    void aStreamThatNeverEndsALineKeepsLittle()
    {
        JsonLineReader reader(1024);
        int objects = 0;
        for (int i = 0; i < 1000; ++i)
            reader.feed(QByteArray(4096, 'z'), [&objects](const QJsonObject &) {
                return ++objects > 0;
            });
        reader.feed("\n{\"event\":\"x\"}\n", [&objects](const QJsonObject &) {
            return ++objects > 0;
        });
        QCOMPARE(objects, 1);
        QCOMPARE(reader.overlongLines(), 1);
    }

    void stopsWhenTheOwnerSaysSo()
    {
        JsonLineReader reader;
        QStringList seen;
        reader.feed("{\"event\":\"a\"}\n{\"event\":\"b\"}\n{\"event\":\"c\"}\n", [&seen](const QJsonObject &o) {
            seen << o.value(QStringLiteral("event")).toString();
            return seen.size() < 2;
        });
        QCOMPARE(seen, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        // What was not read stays for the next feed.
        reader.feed(QByteArray(), [&seen](const QJsonObject &o) {
            seen << o.value(QStringLiteral("event")).toString();
            return true;
        });
        QCOMPARE(seen.last(), QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(JsonLineReaderTest)
#include "jsonlinereader_test.moc"
