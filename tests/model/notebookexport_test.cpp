// SPDX-License-Identifier: GPL-3.0-or-later
// The write-up as text: the HTML is well-formed XHTML with every run's numbers in its tables and
// the charts inline; the Markdown has the same numbers and links the chart images; CSV holds the
// recorded series.
#include "lab/experimentresult.h"
#include "notebook/notebook.h"
#include "notebook/notebookexport.h"
#include "notebook/recordingwriter.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tcplab;
using namespace tcplab::notebook;

namespace
{

lab::ExperimentResult result(int backlog, qint64 overflows)
{
    lab::ExperimentResult r;
    r.spec.backlog = backlog;
    r.spec.clients = 100 + backlog;
    r.kernelRelease = QStringLiteral("6.1.0");
    r.serverStates[QStringLiteral("ESTABLISHED")] = backlog + 1;
    r.expected.serverStates[QStringLiteral("ESTABLISHED")] = lab::Range::exactly(backlog + 1);
    r.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = overflows;
    r.expected.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = lab::Range::between(1, 10);
    r.explanation.append({QStringLiteral("Overflow explained"), QStringLiteral("acceptキューがあふれた")});
    return r;
}

} // namespace

class NotebookExportTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Notebook m_nb;
    QList<std::pair<int, qint64>> m_runs{{7, 5}, {13, 9041}, {129, 3}};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_nb.create(m_dir.filePath(QStringLiteral("w.tcplab")), QStringLiteral("Write-up <&>")));
        m_nb.addNote(QStringLiteral("Intro"), QStringLiteral("# Plan\n- run `ss -ltn`\n```bash\nnstat -az | grep Listen\n```"));
        for (const auto &[backlog, overflows] : m_runs)
            m_nb.addRun(result(backlog, overflows), QStringLiteral("remark for %1").arg(backlog));
        m_nb.addChart({QStringLiteral("Queue"),
                       QByteArrayLiteral("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                                         "height=\"10\"><rect width=\"5\" height=\"5\"/></svg>"),
                       QStringLiteral("time,q\n1,2\n")});
        const qint64 rec = m_nb.addRecording(QStringLiteral("Span"));
        RecordingWriter w(&m_nb, rec);
        for (int i = 0; i < 5; ++i) {
            w.append(QStringLiteral("a"), 1000 * i, i);
            w.append(QStringLiteral("b"), 1000 * i, i * 1.5);
        }
        QVERIFY(w.flush());
    }

    void htmlParsesAndHasEveryNumber()
    {
        const QString html = NotebookExport::html(m_nb);
        QXmlStreamReader xml(html);
        QStringList cells;
        int svgs = 0;
        QString title;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && (xml.name() == QLatin1String("td")))
                cells.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            else if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                ++svgs;
            else if (xml.isStartElement() && xml.name() == QLatin1String("h1"))
                title = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber())));
        QCOMPARE(title, QStringLiteral("Write-up <&>"));
        QCOMPARE(svgs, 1);
        for (const auto &[backlog, overflows] : m_runs) {
            QVERIFY2(cells.contains(QString::number(backlog)), qPrintable(QString::number(backlog)));
            QVERIFY(cells.contains(QString::number(backlog + 1)));
            QVERIFY(cells.contains(QString::number(overflows)) || cells.contains(QString::number(overflows) + QStringLiteral(" *")));
        }
        QVERIFY(cells.contains(QStringLiteral("9041 *"))); // outside 1–10: marked
        QVERIFY(html.contains(QStringLiteral("acceptキューがあふれた")));
        QVERIFY(html.contains(QStringLiteral("nstat -az | grep Listen")));
    }

    void markdownHasEveryNumber()
    {
        const QString md = NotebookExport::markdown(m_nb);
        for (const auto &[backlog, overflows] : m_runs) {
            static const QRegularExpression row(QStringLiteral("^\\| backlog \\| (\\d+) \\|$"), QRegularExpression::MultilineOption);
            Q_UNUSED(row);
            QVERIFY(md.contains(QStringLiteral("| backlog | %1 |").arg(backlog)));
            QVERIFY(md.contains(QStringLiteral("| server.states ESTABLISHED | %1 | %1 |").arg(backlog + 1)));
            QVERIFY(QRegularExpression(QStringLiteral("\\| counters_delta TcpExt.ListenOverflows \\| 1\u201310 \\| %1( \\\\\\*)? \\|").arg(overflows))
                        .match(md)
                        .hasMatch());
            QVERIFY(md.contains(QStringLiteral("remark for %1").arg(backlog)));
        }
        QVERIFY(md.contains(QStringLiteral("](chart-")));
    }

    void csvOfRecordingAndChart()
    {
        QStringList written;
        QString error;
        QVERIFY2(NotebookExport::writeCsv(m_nb, m_dir.path(), {}, &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 2);
        QFile f(m_dir.filePath(written.at(1)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first(), QStringLiteral("time,a,b"));
        QVERIFY(lines.at(4).endsWith(QStringLiteral(",3,4.5")));
    }
};

QTEST_GUILESS_MAIN(NotebookExportTest)
#include "notebookexport_test.moc"
