// SPDX-License-Identifier: GPL-3.0-or-later
// The wire library of the programs without Qt: JSON lines as QJsonDocument reads them, lines
// split across reads and bounded, and the option parser's errors.
#include "wire/jsonlines.h"
#include "wire/options.h"
#include "wire/sysctls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <climits>
#include <csignal>
#include <string>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_METATYPE(std::string)
Q_DECLARE_METATYPE(wire::OptionError::Kind)

namespace
{

// Every line the reader hands out for `stream` fed in pieces of `piece` bytes.
std::vector<std::string> linesOf(const std::string &stream, size_t piece, size_t maxLine, int *tooLong)
{
    wire::LineReader reader(maxLine);
    std::vector<std::string> lines;
    *tooLong = 0;
    std::string line;
    for (size_t at = 0; at < stream.size(); at += piece) {
        reader.append(stream.data() + at, std::min(piece, stream.size() - at));
        for (wire::LineReader::Status status; (status = reader.next(&line)) != wire::LineReader::Status::NeedMore;) {
            if (status == wire::LineReader::Status::Line)
                lines.push_back(line);
            else
                ++*tooLong;
        }
    }
    if (reader.finish(&line))
        lines.push_back(line);
    return lines;
}

} // namespace

class WireTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        std::signal(SIGPIPE, SIG_IGN);
    }

    void stringsRoundTrip_data()
    {
        QTest::addColumn<std::string>("text");
        QTest::newRow("plain") << std::string("tcplab-agent");
        QTest::newRow("quotes") << std::string("say \"hello\"");
        QTest::newRow("backslashes") << std::string("C:\\path\\ and \\\" and \\n");
        QTest::newRow("newline and tab") << std::string("one\ntwo\tthree\r");
        QTest::newRow("control characters") << std::string("\x01\x02\x1f\x7f end");
        QTest::newRow("NUL") << std::string("a\0b", 3);
        QTest::newRow("UTF-8") << std::string("接続キュー \xc3\xa9 \xf0\x9f\x93\x88");
        QTest::newRow("empty") << std::string();
    }
    void stringsRoundTrip()
    {
        QFETCH(std::string, text);
        const std::string line = wire::toLine({{"event", "error"}, {"message", text}});
        QVERIFY(line.find('\n') == std::string::npos); // one line, whatever the text
        // As the Qt side reads it.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(line), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(QStringLiteral("message")).toString().toStdString(), text);
        // And as the programs without Qt read it.
        wire::Json object;
        std::string why;
        QVERIFY(wire::parseObject(line, &object, &why));
        QCOMPARE(object.at("message").get<std::string>(), text);
    }

    void notUtf8BecomesReplacement()
    {
        const std::string line = wire::toLine({{"line",
                                                std::string("a\xff"
                                                            "b")}});
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(line));
        QCOMPARE(document.object().value(QStringLiteral("line")).toString(), QStringLiteral("a\uFFFDb"));
    }

    void keysInOrderAndNumbersStayNumbers()
    {
        const wire::Json
            event{{"v", 1}, {"event", "listener"}, {"t_ms", 12.5}, {"queue", -3}, {"big", LLONG_MAX}, {"ok", true}, {"none", nullptr}, {"port", "8080"}};
        QCOMPARE(wire::toLine(event),
                 std::string("{\"v\":1,\"event\":\"listener\",\"t_ms\":12.5,\"queue\":-3,\"big\":9223372036854775807,"
                             "\"ok\":true,\"none\":null,\"port\":\"8080\"}"));
    }

    void sysctlText()
    {
        QCOMPARE(wire::toLine(wire::numberOrString("4096")), std::string("4096"));
        QCOMPARE(wire::toLine(wire::numberOrString("32768\t60999")), std::string("\"32768\\t60999\""));
        QCOMPARE(wire::toLine(wire::numberOrString("-1")), std::string("\"-1\""));
        QCOMPARE(wire::toLine(wire::numberOrString("")), std::string("\"\""));
    }

    void linesSplitAcrossReads_data()
    {
        QTest::addColumn<int>("piece");
        for (int piece : {1, 2, 3, 7, 16, 1000})
            QTest::addRow("%d bytes a read", piece) << piece;
    }
    void linesSplitAcrossReads()
    {
        QFETCH(int, piece);
        const std::string stream = "{\"event\":\"hello\"}\n\n{\"id\":\"server\",\"line\":{\"v\":1}}\nlast without newline";
        int tooLong = 0;
        const std::vector<std::string> lines = linesOf(stream, size_t(piece), 1024, &tooLong);
        const std::vector<std::string> expected{"{\"event\":\"hello\"}", "", "{\"id\":\"server\",\"line\":{\"v\":1}}", "last without newline"};
        QCOMPARE(lines, expected);
        QCOMPARE(tooLong, 0);
    }

    void overLongLineRefused_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("in one read") << 1000;
        QTest::newRow("over many reads") << 5;
        QTest::newRow("a byte at a time") << 1;
    }
    void overLongLineRefused()
    {
        QFETCH(int, piece);
        const std::string stream =
            "short\n" + std::string(100, 'x') + "\nafter\n" + std::string(17, 'y') + "\n" + std::string(16, 'z') + "\n" + std::string(50, 'w');
        int tooLong = 0;
        const std::vector<std::string> lines = linesOf(stream, size_t(piece), 16, &tooLong);
        const std::vector<std::string> expected{"short", "after", std::string(16, 'z')};
        QCOMPARE(lines, expected);
        QCOMPARE(tooLong, 3); // each long line once, the unfinished last one too
    }

    void badLineReported_data()
    {
        QTest::addColumn<std::string>("line");
        QTest::newRow("cut short") << std::string("{\"cmd\":\"spawn\",\"id\":");
        QTest::newRow("an array") << std::string("[\"cmd\"]");
        QTest::newRow("a string") << std::string("\"exit\"");
        QTest::newRow("trailing text") << std::string("{\"cmd\":\"exit\"} and more");
        QTest::newRow("not UTF-8") << std::string("{\"id\":\"\xff\"}");
        QTest::newRow("empty") << std::string();
    }
    void badLineReported()
    {
        QFETCH(std::string, line);
        wire::Json object{{"kept", true}};
        std::string error;
        QVERIFY(!wire::parseObject(line, &object, &error));
        QCOMPARE(error, "not a JSON object: " + line);
        QVERIFY(object == (wire::Json{{"kept", true}})); // left as it was
    }

    void writerWritesWholeLinesInPipeSizedPieces()
    {
        // A datagram socket keeps each write() apart, so that the pieces can be seen.
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds), 0);
        wire::LineWriter writer(fds[0]);
        std::string expected;
        for (int i = 0; i < 200; ++i) {
            const wire::Json event{{"event", "outcome"}, {"client", i}, {"pad", std::string(size_t(i % 97), 'p')}};
            writer.write(event);
            expected += wire::toLine(event) + '\n';
        }
        const std::string huge = wire::toLine({{"huge", std::string(3 * PIPE_BUF, 'h')}});
        writer.writeLine(huge);
        expected += huge + '\n';
        QVERIFY(writer.flush());
        ::close(fds[0]);
        std::string received;
        std::vector<char> buffer(16 * PIPE_BUF);
        int pieces = 0;
        for (ssize_t n; (n = ::read(fds[1], buffer.data(), buffer.size())) > 0; ++pieces) {
            const std::string piece(buffer.data(), size_t(n));
            QCOMPARE(piece.back(), '\n');
            QVERIFY(piece.size() <= size_t(PIPE_BUF) || piece == huge + '\n');
            received += piece;
        }
        ::close(fds[1]);
        QCOMPARE(received, expected);
        QVERIFY(pieces > 2);
    }

    void writerFailsWhenTheReaderIsGone()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        ::close(fds[0]);
        wire::LineWriter writer(fds[1]);
        writer.write({{"event", "exit"}});
        QVERIFY(!writer.flush());
        QVERIFY(writer.failed());
        ::close(fds[1]);
    }

    void options_data()
    {
        QTest::addColumn<std::vector<std::string>>("args");
        QTest::addColumn<wire::OptionError::Kind>("kind");
        QTest::addColumn<std::string>("name");
        QTest::addColumn<std::string>("port");
        using Kind = wire::OptionError::Kind;
        QTest::newRow("value after") << std::vector<std::string>{"--port", "80", "--verbose"} << Kind::None << std::string() << std::string("80");
        QTest::newRow("value with =") << std::vector<std::string>{"--port=81", "--tag=a=b"} << Kind::None << std::string() << std::string("81");
        QTest::newRow("repeated where allowed") << std::vector<std::string>{"--tag", "a", "--tag", "b"} << Kind::None << std::string() << std::string();
        QTest::newRow("missing value") << std::vector<std::string>{"--verbose", "--port"} << Kind::MissingValue << std::string("port") << std::string();
        QTest::newRow("unknown option") << std::vector<std::string>{"--port", "1", "--prot", "2"} << Kind::Unknown << std::string("prot") << std::string();
        QTest::newRow("not an option") << std::vector<std::string>{"port"} << Kind::NotAnOption << std::string() << std::string();
        QTest::newRow("single dash") << std::vector<std::string>{"-p", "1"} << Kind::NotAnOption << std::string() << std::string();
        QTest::newRow("given twice") << std::vector<std::string>{"--port", "1", "--port=2"} << Kind::GivenTwice << std::string("port") << std::string();
        QTest::newRow("flag with a value") << std::vector<std::string>{"--verbose=yes"} << Kind::UnexpectedValue << std::string("verbose") << std::string();
    }
    void options()
    {
        QFETCH(std::vector<std::string>, args);
        QFETCH(wire::OptionError::Kind, kind);
        QFETCH(std::string, name);
        QFETCH(std::string, port);
        const std::vector<wire::OptionSpec> specs{{"port"}, {"verbose", false}, {"tag", true, true}};
        const wire::Options options = wire::parseOptions(args, specs);
        QCOMPARE(options.error.kind, kind);
        QCOMPARE(options.error.name, name);
        QCOMPARE(options.ok(), kind == wire::OptionError::Kind::None);
        if (options.ok())
            QCOMPARE(options.value("port"), port);
    }

    void optionsInOrder()
    {
        const wire::Options options = wire::parseOptions({"--tag", "a", "--verbose", "--tag=b"}, {{"tag", true, true}, {"verbose", false}});
        QVERIFY(options.ok());
        const std::vector<std::pair<std::string, std::string>> expected{{"tag", "a"}, {"verbose", ""}, {"tag", "b"}};
        QCOMPARE(options.given, expected);
        QVERIFY(options.has("verbose"));
        QVERIFY(!options.has("port"));
        QCOMPARE(options.value("tag"), std::string("b"));
    }

    void integers_data()
    {
        QTest::addColumn<std::string>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<long long>("value");
        QTest::newRow("lowest") << std::string("1") << true << 1LL;
        QTest::newRow("highest") << std::string("65535") << true << 65535LL;
        QTest::newRow("below") << std::string("0") << false << 0LL;
        QTest::newRow("above") << std::string("65536") << false << 0LL;
        QTest::newRow("overflow") << std::string("99999999999999999999") << false << 0LL;
        QTest::newRow("trailing text") << std::string("80x") << false << 0LL;
        QTest::newRow("fraction") << std::string("80.5") << false << 0LL;
        QTest::newRow("empty") << std::string() << false << 0LL;
    }
    void integers()
    {
        QFETCH(std::string, text);
        QFETCH(bool, ok);
        QFETCH(long long, value);
        long long parsed = -7;
        std::string error;
        QCOMPARE(wire::parseInteger("port", text, 1, 65535, &parsed, &error), ok);
        if (ok) {
            QCOMPARE(parsed, value);
            QVERIFY(error.empty());
        } else {
            QCOMPARE(parsed, -7LL);
            QCOMPARE(error, "--port must be a whole number from 1 to 65535, not \"" + text + "\".");
        }
    }

    void seconds()
    {
        double value = 0;
        std::string error;
        QVERIFY(wire::parseSeconds("timeout", "0.5", 0.001, 86400, &value, &error));
        QCOMPARE(value, 0.5);
        for (const char *bad : {"0", "86401", "nan", "inf", "1s", ""}) {
            QVERIFY2(!wire::parseSeconds("timeout", bad, 0.001, 86400, &value, &error), bad);
            QCOMPARE(error, "--timeout must be a number of seconds from 0.001 to 86400, not \"" + std::string(bad) + "\".");
        }
        QCOMPARE(value, 0.5);
    }

    void sysctlsAreTheNamespacesOwn()
    {
        std::vector<std::string> seen;
        for (const char *path : wire::kNamespaceSysctls) {
            const std::string text = path;
            // The sandbox writes and reads only the namespace's own net/ settings.
            QVERIFY2(text.rfind("net/", 0) == 0, path);
            QVERIFY2(std::find(seen.begin(), seen.end(), text) == seen.end(), path);
            seen.push_back(text);
        }
        QVERIFY(std::find(seen.begin(), seen.end(), "net/core/somaxconn") != seen.end());
        QVERIFY(std::find(seen.begin(), seen.end(), "net/ipv4/tcp_max_syn_backlog") != seen.end());
    }
};

QTEST_GUILESS_MAIN(WireTest)
#include "wire_test.moc"
