// SPDX-License-Identifier: GPL-3.0-or-later
// The notebook from the command line: a run recorded with `tcplab experiment --notebook`, a span
// with `tcplab record`, and the write-up with `tcplab export`, all without a display.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class NotebookCliTest : public QObject
{
    Q_OBJECT
private:
    static int run(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TCPLAB_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (output)
            *output = process.readAllStandardOutput();
        return process.exitCode();
    }

private Q_SLOTS:
    void recordThenExport()
    {
        QTemporaryDir dir;
        const QString notebook = dir.filePath(QStringLiteral("lab.tcplab"));
        QCOMPARE(run({QStringLiteral("experiment"),
                      QStringLiteral("--preset"),
                      QStringLiteral("seed-backlog-10"),
                      QStringLiteral("--observe"),
                      QStringLiteral("2"),
                      QStringLiteral("--timeout"),
                      QStringLiteral("2"),
                      QStringLiteral("--notebook"),
                      notebook,
                      QStringLiteral("--json")}),
                 0);
        QVERIFY(QFile::exists(notebook));
        QCOMPARE(run({QStringLiteral("record"),
                      QStringLiteral("--notebook"),
                      notebook,
                      QStringLiteral("--duration"),
                      QStringLiteral("1"),
                      QStringLiteral("--interval"),
                      QStringLiteral("200")}),
                 0);

        const QString html = dir.filePath(QStringLiteral("html"));
        QCOMPARE(run({QStringLiteral("export"), notebook, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), html}), 0);
        QFile page(html + QLatin1String("/notebook.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        // The run's parameters and its figures: backlog 10, 11 connected, 89 timed out.
        QVERIFY(text.contains(QLatin1String("seed-backlog-10")));
        QVERIFY(text.contains(QLatin1String(">11<")));
        QVERIFY(text.contains(QLatin1String(">89<")));
        // The run's timeline is drawn in the page.
        QVERIFY(text.contains(QLatin1String("<polyline")));

        const QString md = dir.filePath(QStringLiteral("md"));
        QCOMPARE(run({QStringLiteral("export"), notebook, QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), md}), 0);
        const QStringList pictures = QDir(md).entryList({QStringLiteral("run-*.png")});
        QCOMPARE(pictures.size(), 1);
        QFile markdown(md + QLatin1String("/notebook.md"));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QVERIFY(markdown.readAll().contains(pictures.first().toUtf8()));

        const QString pdf = dir.filePath(QStringLiteral("pdf"));
        QCOMPARE(run({QStringLiteral("export"),
                      notebook,
                      QStringLiteral("--format"),
                      QStringLiteral("pdf"),
                      QStringLiteral("--out"),
                      pdf,
                      QStringLiteral("--page"),
                      QStringLiteral("letter")}),
                 0);
        QFile document(pdf + QLatin1String("/notebook.pdf"));
        QVERIFY(document.open(QIODevice::ReadOnly));
        QVERIFY(document.read(5) == "%PDF-");

        const QString csv = dir.filePath(QStringLiteral("csv"));
        QCOMPARE(run({QStringLiteral("export"), notebook, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv}), 0);
        QVERIFY(!QDir(csv).entryList({QStringLiteral("recording-*.csv")}).isEmpty());
    }

    void badArguments()
    {
        QCOMPARE(run({QStringLiteral("record"), QStringLiteral("--duration"), QStringLiteral("1")}), 2);
        QCOMPARE(run({QStringLiteral("export")}), 2);
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.tcplab"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("junk");
        file.close();
        QVERIFY(run({QStringLiteral("export"), junk, QStringLiteral("--out"), dir.path()}) != 0);
    }
};

QTEST_GUILESS_MAIN(NotebookCliTest)
#include "notebookcli_test.moc"
