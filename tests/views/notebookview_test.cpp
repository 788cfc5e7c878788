// SPDX-License-Identifier: GPL-3.0-or-later
// The notebook view lists entries, filters them by search text and tag, writes note edits to the
// file and undoes them, shows a run with its remarks; the PDF write-up has one page per run after
// the title page on A4 and Letter, and the Markdown export writes the chart PNGs beside it.
#include "codeview.h"
#include "i18n/localization.h"
#include "lab/experimentresult.h"
#include "notebook/notebook.h"
#include "notebook/notebookdocumentexport.h"
#include "notebook/notebookview.h"
#include "notebook/pastedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tcplab;
using namespace tcplab::notebook;

namespace
{

lab::ExperimentResult result(int backlog)
{
    lab::ExperimentResult r;
    r.spec.preset = QStringLiteral("seed-backlog-10");
    r.spec.backlog = backlog;
    r.kernelRelease = QStringLiteral("6.1.0");
    r.serverStates[QStringLiteral("ESTABLISHED")] = backlog + 1;
    r.expected.serverStates[QStringLiteral("ESTABLISHED")] = lab::Range::exactly(backlog + 1);
    r.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = 120;
    r.expected.countersDelta[QStringLiteral("TcpExt.ListenOverflows")] = lab::Range::between(80, 200);
    r.explanation.append(
        {QStringLiteral("Eleven connections completed: the accept queue holds backlog + 1."), QStringLiteral("acceptキューには backlog + 1 個の接続が入る。")});
    return r;
}

int pdfPageCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = f.readAll();
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s") // not /Type /Pages
            ++pages;
    }
    return pages;
}

} // namespace

class NotebookViewTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Localization *m_localization = nullptr;

    void fill(Notebook &nb)
    {
        nb.addNote(QStringLiteral("Listen queue of the seed server"),
                   QStringLiteral("Watch the accept queue while the clients connect:\n```bash\nss -ltn 'sport = :8080'\n"
                                  "nstat -az TcpExtListenOverflows\nsysctl -w net.core.somaxconn=4096\n```\n"
                                  "The server never calls accept():\n```c\nlisten(fd, 10);\nfor (;;) pause();\n```"));
        const qint64 run = nb.addRun(result(10), QStringLiteral("Recv-Q stayed at 11 as predicted."));
        nb.setTags(run, {QStringLiteral("backlog")});
        nb.addOutput({QStringLiteral("ss -ltn"), QStringLiteral("State  Recv-Q Send-Q Local Address:Port\nLISTEN 11     10     0.0.0.0:8080")});
        nb.addRun(result(128));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("notebookview-test"));
        QSettings().clear();
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
    }

    void listsFiltersAndEdits()
    {
        Notebook nb;
        QVERIFY(nb.create(m_dir.filePath(QStringLiteral("view.tcplab"))));
        fill(nb);
        NotebookView view;
        view.setNotebook(&nb);
        auto *list = view.findChild<QListWidget *>(QStringLiteral("notebookEntries"));
        QVERIFY(list);
        QCOMPARE(list->count(), 4);
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("notebookSearch"));
        search->setText(QStringLiteral("somaxconn"));
        QCOMPARE(list->count(), 1);
        search->clear();
        auto *tags = view.findChild<QComboBox *>();
        tags->setCurrentIndex(tags->findText(QStringLiteral("backlog")));
        QCOMPARE(list->count(), 1);
        tags->setCurrentIndex(0);
        QCOMPARE(list->count(), 4);

        list->setCurrentRow(0);
        auto *editor = view.findChild<QPlainTextEdit *>(QStringLiteral("notebookEditor"));
        QVERIFY(editor);
        QCOMPARE(view.findChildren<CodeView *>().size(), 2);
        editor->setPlainText(QStringLiteral("changed"));
        view.commitEdit();
        QCOMPARE(nb.entry(view.currentEntryId())->text, QStringLiteral("changed"));
        QVERIFY(nb.undo());
        QTRY_VERIFY(editor->toPlainText().contains(QStringLiteral("ss -ltn")));

        lab::ExperimentResult r = result(64);
        view.addRun(r);
        QCOMPARE(list->count(), 5);
        auto *details = view.findChild<QTextBrowser *>(QStringLiteral("notebookDetails"));
        QVERIFY(details->isVisibleTo(&view));
        QVERIFY(details->toPlainText().contains(QStringLiteral("65")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QVERIFY(m_localization->setPreference(language));
        Notebook nb;
        QVERIFY(nb.create(m_dir.filePath(QStringLiteral("shot-") + language + QStringLiteral(".tcplab"))));
        fill(nb);
        NotebookView view;
        view.setNotebook(&nb);
        view.resize(1100, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QListWidget *>(QStringLiteral("notebookEntries"))->setCurrentRow(0);
        QCoreApplication::processEvents();
        const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/notebook_") + language + QStringLiteral(".png");
        QVERIFY2(view.grab().save(path), qPrintable(path));
        view.findChild<QListWidget *>(QStringLiteral("notebookEntries"))->setCurrentRow(1);
        QCoreApplication::processEvents();
        const QString runPath = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/notebook_run_") + language + QStringLiteral(".png");
        QVERIFY2(view.grab().save(runPath), qPrintable(runPath));
        m_localization->setPreference(QStringLiteral("en"));
    }

    void pdfPages_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

    void pdfPages()
    {
        QFETCH(int, pageSize);
        Notebook nb;
        QVERIFY(nb.create(m_dir.filePath(QStringLiteral("pdf%1.tcplab").arg(pageSize))));
        for (int backlog : {5, 10, 20})
            nb.addRun(result(backlog));
        nb.addChart({QStringLiteral("Chart"),
                     QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
                                       "<rect width=\"60\" height=\"30\" fill=\"red\"/></svg>"),
                     QString()});
        const QString pdf = m_dir.filePath(QStringLiteral("w%1.pdf").arg(pageSize));
        QString error;
        QVERIFY2(NotebookDocumentExport::writePdf(nb, pdf, QPageSize::PageSizeId(pageSize), {}, &error), qPrintable(error));
        // Each run starts a page of its own: two more runs, two more pages; and there is a title page.
        Notebook one;
        QVERIFY(one.create(m_dir.filePath(QStringLiteral("pdf1-%1.tcplab").arg(pageSize))));
        one.addRun(result(5));
        one.addChart(nb.chart(nb.entries().last().id).value());
        const QString onePdf = m_dir.filePath(QStringLiteral("one%1.pdf").arg(pageSize));
        QVERIFY(NotebookDocumentExport::writePdf(one, onePdf, QPageSize::PageSizeId(pageSize), {}, &error));
        const int pages = pdfPageCount(pdf);
        const int onePages = pdfPageCount(onePdf);
        qInfo() << "pages with three runs" << pages << "with one" << onePages;
        QVERIFY(onePages >= 2); // the title page and the run
        QCOMPARE(pages - onePages, 2);
    }

    void markdownWithPngs()
    {
        Notebook nb;
        QVERIFY(nb.create(m_dir.filePath(QStringLiteral("md.tcplab"))));
        const qint64 chart = nb.addChart({QStringLiteral("Chart"),
                                          QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
                                                            "<rect width=\"60\" height=\"30\" fill=\"red\"/></svg>"),
                                          QString()});
        QTemporaryDir out;
        QStringList written;
        QString error;
        QVERIFY2(NotebookDocumentExport::writeMarkdown(nb, out.path(), {}, &written, &error), qPrintable(error));
        const QImage png(out.filePath(NotebookExport::chartImageName(chart)));
        QCOMPARE(png.width(), 1200);
        QCOMPARE(png.pixelColor(10, 10), QColor(Qt::red));
        QFile md(out.filePath(QStringLiteral("notebook.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains(NotebookExport::chartImageName(chart).toUtf8()));
    }

    void pasteDialogAnalysesTwoCaptures()
    {
        // Two /proc/net/netstat-style captures 10 s apart: 500 SYNs dropped at a full accept queue.
        const QString before = QStringLiteral(
            "TcpExt: ListenOverflows ListenDrops\nTcpExt: 100 100\n"
            "IpExt: InOctets OutOctets\nIpExt: 1000 2000\n");
        const QString after = QStringLiteral(
            "TcpExt: ListenOverflows ListenDrops\nTcpExt: 600 600\n"
            "IpExt: InOctets OutOctets\nIpExt: 51000 102000\n");
        PasteDialog dialog;
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.setCaptures(before, after, 10);
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY2(dialog.previewText().contains(QLatin1String("50")), qPrintable(dialog.previewText()));
        QCOMPARE(dialog.record().seconds, 10.0);
        QCOMPARE(dialog.record().after, after);
    }
};

QTEST_MAIN(NotebookViewTest)
#include "notebookview_test.moc"
