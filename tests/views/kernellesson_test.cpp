// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels in the window, on real kernels in virtual machines (TCG here): the lesson "One run,
// four kernels" fetches the Debian kernels the shelf lacks (verified as apt verifies them), runs
// the SYN flood on each, and compares the student's prediction with each kernel's model and
// measurement; the experiment panel's "compare kernels" runs a preset on this machine and every
// shelf kernel and fills the comparison view, whose CSV and write-up text follow.
#include "../common/widgettest.h"
#include "experiment/experimentpanel.h"
#include "experiment/kernelcomparisonview.h"
#include "i18n/localization.h"
#include "kernels/kernelshelf.h"
#include "lab/kernelcomparisonmodel.h"
#include "lab/lessons.h"
#include "mainwindow.h"
#include "notebook/notebook.h"
#include "notebook/notebookexport.h"
#include "series/monitorsession.h"
#include "wizard/lessonwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tcplab;

namespace
{

constexpr int kLessonTimeoutMs = 12 * 60 * 1000;

QString binDirectory()
{
    return QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath();
}

void shoot(QWidget *w, const QString &name)
{
    tcplab::test::saveScreenshot(w, name);
}

} // namespace

class KernelLessonTest : public QObject
{
    Q_OBJECT
private:
    Localization *m_localization = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        tcplab::test::useFreshSettings("kernellesson-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
    }

    void fourKernels()
    {
        const lab::Lesson *lesson = lab::findLesson(QStringLiteral("four-kernels"));
        QVERIFY(lesson);
        LessonWizard wizard;
        wizard.setBinDirectory(binDirectory());
        wizard.resize(1000, 760);
        wizard.show();
        QSignalSpy completed(&wizard, &LessonWizard::kernelLessonCompleted);
        QSignalSpy runs(&wizard, &LessonWizard::runFinished);
        QVERIFY(wizard.selectLesson(lesson->id));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::IntroPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::KernelPredictionPage));
        // The student expects the lab log's backlog to hold 10 everywhere, and no retransmissions.
        for (const QString &kernel : lesson->kernels) {
            auto *synRecv = wizard.findChild<QSpinBox *>(QStringLiteral("predictSynRecv_") + kernel);
            QVERIFY2(synRecv, qPrintable(kernel));
            synRecv->setValue(10);
        }
        shoot(&wizard, QStringLiteral("wizard_four-kernels_prediction_en.png"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::KernelRunPage));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QSignalSpy failed(&wizard, &LessonWizard::runFailed);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() || !failed.isEmpty(), kLessonTimeoutMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QCOMPARE(int(runs.size()), int(lesson->kernels.size()));
        shoot(&wizard, QStringLiteral("wizard_four-kernels_run_en.png"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::KernelComparisonPage));
        QCOMPARE(int(completed.size()), 1);
        const QList<lab::KernelRun> done = completed.first().at(0).value<QList<lab::KernelRun>>();
        QCOMPARE(int(done.size()), int(lesson->kernels.size()));

        // Every kernel ran, on the release its shelf record names, and kept as many half-open
        // requests as its own model (with its measured SYN queue) says.
        const kernels::KernelShelf shelf;
        for (const lab::KernelRun &run : done) {
            QVERIFY2(run.result, qPrintable(run.name + QLatin1String(": ") + run.error));
            QCOMPARE(run.result->kernelRelease, shelf.find(run.name)->release);
            QVERIFY(run.result->expected.synQueueMeasured);
            const qint64 synRecv = run.result->serverStates.value(QStringLiteral("SYN_RECV"));
            QVERIFY2(run.result->expected.serverStates.value(QStringLiteral("SYN_RECV")).contains(synRecv), qPrintable(run.name));
        }
        // The prediction table: a row per kernel; a prediction of 10 is off exactly where the
        // kernel's SYN queue holds 11 (the 6.13 rule), and 0 retransmissions is off everywhere.
        QTableWidget *table = wizard.kernelPredictionTable();
        QCOMPARE(table->rowCount(), int(lesson->kernels.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const lab::KernelRun &run = done.at(row);
            const bool holdsMore = run.result->expected.synQueueCapacity == 11;
            QCOMPARE(table->item(row, 1)->data(LessonWizard::OffRole).toBool(), holdsMore);
            QCOMPARE(table->item(row, 4)->data(LessonWizard::OffRole).toBool(), true);
        }
        // The comparison marks what differs between kernels and names the change behind it.
        lab::KernelComparisonModel *model = wizard.kernelComparison()->comparisonModel();
        QCOMPARE(int(model->kernels().size()), int(lesson->kernels.size()));
        const QString notes = wizard.findChild<QTextBrowser *>(QStringLiteral("kernelNotes"))->toPlainText();
        bool capacitiesDiffer = false;
        for (const lab::KernelRun &run : done)
            capacitiesDiffer = capacitiesDiffer || run.result->expected.synQueueCapacity != done.first().result->expected.synQueueCapacity;
        if (capacitiesDiffer) {
            QVERIFY(model->rowsDifferingBetweenKernels() >= 1);
            QVERIFY2(notes.contains(QLatin1String("inet_csk_reqsk_queue_is_full()")), qPrintable(notes));
        }
        QVERIFY2(notes.contains(QLatin1String("tcp_syn_linear_timeouts")), qPrintable(notes));
        QVERIFY(completed.first().at(2).toString().startsWith(QLatin1String("tcplab experiment --preset syn-flood-10 --kernel debian11,")));
        shoot(&wizard, QStringLiteral("wizard_four-kernels_compare_en.png"));
        m_localization->apply(QStringLiteral("ja"));
        shoot(&wizard, QStringLiteral("wizard_four-kernels_compare_ja.png"));
        m_localization->apply(QStringLiteral("en"));
    }

    // After the lesson the shelf holds the four kernels: the panel offers each, and "compare".
    void panelComparesKernels()
    {
        ExperimentPanel panel;
        panel.setBinDirectory(binDirectory());
        panel.resize(1300, 720);
        panel.show();
        panel.refreshKernels();
        const QList<kernels::ShelfKernel> shelf = kernels::KernelShelf().kernels();
        QVERIFY(shelf.size() >= 4);
        auto *box = panel.findChild<QComboBox *>(QStringLiteral("kernelBox"));
        QVERIFY(box);
        QCOMPARE(box->itemData(0).toString(), QStringLiteral("host"));
        for (const kernels::ShelfKernel &k : shelf)
            QVERIFY2(box->findData(k.name) > 0, qPrintable(k.name));
        QVERIFY(panel.setKernelChoice(QLatin1String(ExperimentPanel::kCompareKernels)));
        QCOMPARE(panel.comparisonKernels().size(), shelf.size() + 1);
        QVERIFY(panel.selectPreset(QStringLiteral("seed-backlog-10")));
        QSignalSpy perKernel(&panel, &ExperimentPanel::seriesRunFinished);
        QSignalSpy finished(&panel, &ExperimentPanel::comparisonFinished);
        QSignalSpy failed(&panel, &ExperimentPanel::runFailed);
        panel.run();
        QVERIFY(panel.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), kLessonTimeoutMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QCOMPARE(int(perKernel.size()), int(shelf.size()) + 1);
        lab::KernelComparisonModel *model = panel.comparisonView()->comparisonModel();
        // This machine, the shelf, and the two model-only kernels.
        QCOMPARE(int(model->kernels().size()), int(shelf.size()) + 1 + 2);
        QCOMPARE(model->kernels().first().name, QStringLiteral("host"));
        QVERIFY(model->kernels().last().modelOnly);
        const QString csv = panel.resultCsv();
        QVERIFY2(csv.startsWith(QLatin1String("# kernel host ")), qPrintable(csv.left(200)));
        QVERIFY(csv.contains(QLatin1String("server.states,ESTABLISHED,11,11,11,yes")));
        // What came out, for whoever reads the log (figures outside the model are marked *).
        qInfo().noquote() << finished.first().at(1).toString();
        const QString command = finished.first().at(0).toString();
        QVERIFY2(command.startsWith(QLatin1String("tcplab experiment --preset seed-backlog-10 --kernel host,")), qPrintable(command));
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("Server sockets: ESTABLISHED")));
        shoot(&panel, QStringLiteral("kernels_compare_en.png"));
        auto *phase = panel.findChild<QLabel *>(QStringLiteral("phase"));
        QVERIFY(phase);
        QCOMPARE(phase->text(), QStringLiteral("Finished on %1 kernels.").arg(shelf.size() + 1));
        m_localization->apply(QStringLiteral("ja"));
        shoot(&panel, QStringLiteral("kernels_compare_ja.png"));
        // The line under the buttons follows the language too.
        QCOMPARE(phase->text(), QStringLiteral("%1 個のカーネルで完了しました。").arg(shelf.size() + 1));
        m_localization->apply(QStringLiteral("en"));

        // In the window, these runs go into the notebook one by one, then the comparison as the
        // command that repeats it with its table, and the write-up carries both.
        QTemporaryDir dir;
        MonitorSession session;
        MainWindow window(m_localization, SystemInfo(), &session);
        QVERIFY(window.openNotebook(dir.filePath(QStringLiteral("kernels.tcplab")), true));
        for (const lab::KernelRun &run : panel.series()->runs())
            Q_EMIT window.experimentPanel()->seriesRunFinished(*run.result);
        Q_EMIT window.experimentPanel()->comparisonFinished(command, finished.first().at(1).toString());
        const QList<notebook::Entry> entries = window.notebook()->entries();
        QCOMPARE(int(entries.size()), int(shelf.size()) + 2);
        QCOMPARE(entries.first().kind, notebook::EntryKind::Run);
        QCOMPARE(entries.last().kind, notebook::EntryKind::Output);
        QCOMPARE(entries.last().title, command);
        const QString markdown = notebook::NotebookExport::markdown(*window.notebook());
        QVERIFY(markdown.contains(command));
        QVERIFY(markdown.contains(QLatin1String("Counter growth: TcpExt.ListenOverflows")));
    }
};

QTEST_MAIN(KernelLessonTest)
#include "kernellesson_test.moc"
