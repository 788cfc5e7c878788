// SPDX-License-Identifier: GPL-3.0-or-later
// Every lesson of the wizard, one row each, completed with given predictions: each run's comparison
// page shows the measured numbers of the run's result and the prediction, the kernel model holds for
// every figure the lesson does not declare as a known difference (whose reason the page shows), and
// lessonCompleted reports each lesson once with its id. Screenshots of the pages in English and
// Japanese.
#include "checklist/checklistview.h"
#include "i18n/localization.h"
#include "lab/comparisontablemodel.h"
#include "lab/lessons.h"
#include "wizard/lessonwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <memory>

using namespace tcplab;

class LessonWizardTest : public QObject
{
    Q_OBJECT
private:
    Localization *m_localization = nullptr;
    std::unique_ptr<LessonWizard> m_wizard;

    static void shoot(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name));
    }
    void setJapanese(bool on)
    {
        if (on) {
            m_localization->setPreference(QStringLiteral("ja"));
        } else {
            m_localization->setPreference(QStringLiteral("en"));
        }
        QCoreApplication::processEvents();
    }
    static QString cell(QTableWidget *t, int row, int column)
    {
        return t->item(row, column) ? t->item(row, column)->text() : QString();
    }

    void hostLesson(LessonWizard &wizard, const lab::Lesson &lesson, const QString &prefix)
    {
        QSignalSpy completed(&wizard, &LessonWizard::lessonCompleted);
        QCOMPARE(wizard.currentId(), int(LessonWizard::HostPage));
        wizard.findChild<QComboBox *>(QStringLiteral("predictVerdict"))->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.checklistView()->input().haveFigures, 15000);
        shoot(&wizard, prefix + QStringLiteral("host_en.png"));
        setJapanese(true);
        shoot(&wizard, prefix + QStringLiteral("host_ja.png"));
        wizard.back();
        shoot(&wizard, prefix + QStringLiteral("intro_ja.png"));
        wizard.back();
        shoot(&wizard, prefix + QStringLiteral("choose_ja.png"));
        setJapanese(false);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::HostPage));
        wizard.accept();
        QCOMPARE(int(completed.size()), 1);
        QCOMPARE(completed.last().at(2).toString(), lesson.id);
        QCOMPARE(completed.last().at(1).toJsonObject().value(QStringLiteral("errors_verdict")).toString(), QStringLiteral("ok"));
    }

    // Settings, prediction and run of an experiment lesson; the comparison is checked apart.
    void experimentLesson(LessonWizard &wizard, const lab::Lesson &lesson, const QString &prefix)
    {
        QCOMPARE(wizard.currentId(), int(LessonWizard::SettingsPage));
        // The lesson's own settings, shortened to keep the test quick.
        QCOMPARE(wizard.findChild<QSpinBox *>(QStringLiteral("backlog"))->value(), lesson.spec.backlog);
        wizard.findChild<QSpinBox *>(QStringLiteral("observeS"))->setValue(3);
        shoot(&wizard, prefix + QStringLiteral("settings_en.png"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::PredictionPage));
        // A prediction that is plausible but not copied from anything: backlog + 1 established.
        const int predictedServer = lesson.spec.backlog + 1;
        const bool halfOpen = lesson.spec.lateClients > 0 && lesson.spec.lateHandshakeMs < 0;
        auto *synAcks = wizard.findChild<QSpinBox *>(QStringLiteral("predictSynAcks"));
        QCOMPARE(synAcks->isVisible(), halfOpen);
        wizard.findChild<QSpinBox *>(QStringLiteral("predictServer"))->setValue(predictedServer);
        wizard.findChild<QSpinBox *>(QStringLiteral("predictSynRecv"))->setValue(3);
        wizard.findChild<QSpinBox *>(QStringLiteral("predictConnected"))->setValue(lesson.spec.clients);
        wizard.findChild<QComboBox *>(QStringLiteral("predictSees"))->setCurrentIndex(1);
        auto *counter = wizard.findChild<QComboBox *>(QStringLiteral("predictCounter"));
        counter->setCurrentIndex(counter->findData(lesson.counter));
        wizard.findChild<QSpinBox *>(QStringLiteral("predictCounterValue"))->setValue(7);
        // In a 3 s window the timer's resends at 1 and 3 s: only the first fits.
        synAcks->setValue(2);
        shoot(&wizard, prefix + QStringLiteral("prediction_en.png"));
        QSignalSpy completed(&wizard, &LessonWizard::lessonCompleted);
        QSignalSpy finished(&wizard, &LessonWizard::runFinished);
        QSignalSpy failed(&wizard, &LessonWizard::runFailed);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::RunPage));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(wizard.currentPage()->isComplete());
        shoot(&wizard, prefix + QStringLiteral("run_en.png"));
        QCOMPARE(wizard.result()->spec.observeS, 3);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::ComparisonPage));
        QCOMPARE(int(completed.size()), 1);
        QCOMPARE(completed.last().at(1).toJsonObject().value(QStringLiteral("server_established")).toInt(), predictedServer);
        checkComparison(wizard, lesson, predictedServer);
        if (QTest::currentTestFailed())
            return;
        shoot(&wizard, prefix + QStringLiteral("comparison_en.png"));
        // The same pages in Japanese, walking back from the comparison.
        setJapanese(true);
        shoot(&wizard, prefix + QStringLiteral("comparison_ja.png"));
        checkDeclaredDifferences(wizard, lesson);
        wizard.back();
        shoot(&wizard, prefix + QStringLiteral("run_ja.png"));
        wizard.back();
        shoot(&wizard, prefix + QStringLiteral("prediction_ja.png"));
        wizard.back();
        shoot(&wizard, prefix + QStringLiteral("settings_ja.png"));
        QCOMPARE(wizard.findChild<QSpinBox *>(QStringLiteral("observeS"))->value(), 3);
        wizard.back();
        shoot(&wizard, prefix + QStringLiteral("intro_ja.png"));
        wizard.back();
        shoot(&wizard, prefix + QStringLiteral("choose_ja.png"));
        setJapanese(false);
    }

    // The comparison page shows the run's numbers beside the prediction, and the kernel model holds
    // for every figure the lesson does not declare as a known difference.
    static void checkComparison(LessonWizard &wizard, const lab::Lesson &lesson, int predictedServer)
    {
        const lab::ExperimentResult result = *wizard.result();
        const bool halfOpen = lesson.spec.lateClients > 0 && lesson.spec.lateHandshakeMs < 0;
        QTableWidget *table = wizard.comparisonTable();
        QCOMPARE(cell(table, 0, 1), QString::number(predictedServer));
        QCOMPARE(cell(table, 0, 3), QString::number(result.serverStates.value(QStringLiteral("ESTABLISHED"))));
        QCOMPARE(cell(table, 1, 1), QStringLiteral("3"));
        QCOMPARE(cell(table, 1, 3), QString::number(result.serverStates.value(QStringLiteral("SYN_RECV"))));
        QCOMPARE(cell(table, 2, 1), QString::number(lesson.spec.clients));
        QCOMPARE(cell(table, 2, 3), QString::number(result.outcomes.value(QStringLiteral("connected"))));
        // The clients' outcomes in words, never the result's keys.
        QCOMPARE(cell(table, 3, 1), QStringLiteral("timed out"));
        QVERIFY2(!cell(table, 3, 2).contains(QLatin1Char('_')) && !cell(table, 3, 3).contains(QLatin1Char('_')),
                 qPrintable(cell(table, 3, 2) + QLatin1String(" / ") + cell(table, 3, 3)));
        QCOMPARE(cell(table, 4, 0), lesson.counter);
        QCOMPARE(cell(table, 4, 1), QStringLiteral("7"));
        QCOMPARE(cell(table, 4, 3), QString::number(result.countersDelta.value(lesson.counter)));
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY2(!cell(table, row, 4).contains(QLatin1String("Off by")), qPrintable(cell(table, row, 4)));
        const auto comparisons = result.comparisons();
        using Model = lab::ComparisonTableModel;
        const QAbstractItemModel *model = wizard.modelTable()->model();
        QCOMPARE(model->rowCount(), int(comparisons.size()));
        for (int i = 0; i < comparisons.size(); ++i) {
            const lab::Comparison &c = comparisons.at(i);
            QCOMPARE(model->index(i, Model::MeasuredColumn).data().toString(), QString::number(c.measured));
            QVERIFY(!model->index(i, Model::FigureColumn).data().toString().contains(QLatin1String("timed_out")));
            if (lesson.declaredDifference(c))
                continue;
            QVERIFY2(c.matches(),
                     qPrintable(lesson.id + QLatin1String(": ") + c.group + QLatin1Char(' ') + c.key + QLatin1String(" measured ") + QString::number(c.measured)
                                + QLatin1String(", expected ") + c.expected.toString()));
        }
        if (lesson.id == QLatin1String("abort-on") || lesson.id == QLatin1String("abort-off")) {
            // The slow server's queue is still full when the late final ACKs come.
            QVERIFY(result.countersDelta.value(QStringLiteral("TcpExt.ListenOverflows")) > 0);
            if (lesson.id == QLatin1String("abort-on"))
                QVERIFY(result.outcomes.value(QStringLiteral("reset")) > 0);
            else
                QCOMPARE(result.outcomes.value(QStringLiteral("reset")), 0);
        }
        if (halfOpen) {
            QCOMPARE(table->rowCount(), 6);
            QCOMPARE(cell(table, 5, 1), QStringLiteral("2"));
            QCOMPARE(cell(table, 5, 2), QStringLiteral("1 (1, 3, 7, 15, 31 s)"));
            const qint64 retrans = result.countersDelta.value(QStringLiteral("TcpExt.TCPSynRetrans"));
            QVERIFY(retrans > 0);
            QCOMPARE(cell(table, 5, 3), QStringLiteral("TcpExt.TCPSynRetrans +") + QString::number(retrans));
            const QString text = wizard.explanation()->toPlainText();
            QVERIFY2(text.contains(QStringLiteral("grew by %1 (").arg(retrans)) && text.contains(QLatin1String("as expected")), qPrintable(text));
        }
        // A wrong prediction is explained.
        if (predictedServer != result.serverStates.value(QStringLiteral("ESTABLISHED")))
            QVERIFY(wizard.explanation()->toPlainText().contains(QLatin1String("Server: ESTABLISHED")));
        checkDeclaredDifferences(wizard, lesson);
    }

    // Every difference the lesson declares is told to the student with its reason, in the language
    // of the user interface.
    static void checkDeclaredDifferences(LessonWizard &wizard, const lab::Lesson &lesson)
    {
        const QString text = wizard.explanation()->toPlainText();
        for (const lab::ModelDifference &d : lesson.modelDifferences) {
            const QString reason = QCoreApplication::translate("tcplab::Lessons", d.reason);
            QVERIFY2(!reason.isEmpty() && text.contains(reason), qPrintable(lesson.id + QLatin1String(": ") + reason));
            QVERIFY2(text.contains(d.key), qPrintable(d.key));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("lessonwizard-test"));
        QSettings().clear();
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
        m_wizard = std::make_unique<LessonWizard>();
        m_wizard->setBinDirectory(QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath());
        m_wizard->resize(1000, 760);
        m_wizard->show();
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
    }

    // One row per lesson (the traffic and kernels lessons have their own pages and signals:
    // trafficlesson_test.cpp, kernellesson_test.cpp).
    void everyLesson_data()
    {
        QTest::addColumn<QString>("id");
        for (const lab::Lesson &lesson : lab::lessons()) {
            if (lesson.kind != lab::LessonKind::Traffic && lesson.kind != lab::LessonKind::Kernels)
                QTest::newRow(qPrintable(lesson.id)) << lesson.id;
        }
    }

    void everyLesson()
    {
        QFETCH(QString, id);
        const lab::Lesson *lesson = lab::findLesson(id);
        QVERIFY(lesson);
        // One wizard for every row, started again each time, as a student goes from lesson to lesson.
        LessonWizard &wizard = *m_wizard;
        QSignalSpy completed(&wizard, &LessonWizard::lessonCompleted);
        wizard.restart();
        QVERIFY(wizard.selectLesson(lesson->id));
        const QString prefix = QStringLiteral("wizard_") + lesson->id + QLatin1Char('_');
        shoot(&wizard, prefix + QStringLiteral("choose_en.png"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::IntroPage));
        shoot(&wizard, prefix + QStringLiteral("intro_en.png"));
        wizard.next();
        if (lesson->kind == lab::LessonKind::HostChecklist)
            hostLesson(wizard, *lesson, prefix);
        else
            experimentLesson(wizard, *lesson, prefix);
        if (QTest::currentTestFailed())
            return;
        // lessonCompleted reports the lesson once, with its id.
        QCOMPARE(int(completed.size()), 1);
        QCOMPARE(completed.first().at(2).toString(), lesson->id);
    }

    void rerunKeepsOwnNumbers()
    {
        LessonWizard wizard;
        QVERIFY(wizard.selectLesson(QStringLiteral("backlog-10")));
        wizard.next();
        wizard.next();
        wizard.findChild<QSpinBox *>(QStringLiteral("backlog"))->setValue(20);
        QCOMPARE(wizard.spec().backlog, 20);
        QVERIFY(wizard.spec().preset.isEmpty());
        wizard.back();
        wizard.next();
        QCOMPARE(wizard.findChild<QSpinBox *>(QStringLiteral("backlog"))->value(), 20);
    }
};

QTEST_MAIN(LessonWizardTest)
#include "lessonwizard_test.moc"
