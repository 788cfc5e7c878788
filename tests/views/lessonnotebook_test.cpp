// SPDX-License-Identifier: GPL-3.0-or-later
// Completed lessons reach the notebook the way the main window records them: a run lesson as a run
// entry whose stored result carries the measured numbers and whose remarks carry the prediction,
// the checklist lesson as a note with the prediction and the verdicts it read.
#include "checklist/checklistview.h"
#include "i18n/localization.h"
#include "lab/lessons.h"
#include "notebook/notebook.h"
#include "wizard/lessonwizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab;

class LessonNotebookTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("lessonnotebook-test"));
        QSettings().clear();
        auto *localization = new Localization(this);
        localization->apply(QStringLiteral("en"));
    }

    void lessonsAreRecorded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        notebook::Notebook book;
        QVERIFY2(book.create(dir.filePath(QStringLiteral("lessons.tcplab")), QStringLiteral("Lessons")), qPrintable(book.errorString()));
        const qsizetype entriesBefore = book.entryCount();

        LessonWizard wizard;
        wizard.setBinDirectory(QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath());
        wizard.resize(1000, 760);
        wizard.show();
        // As MainWindow::recordLesson: a lesson that ran is a run, the checklist lesson a note.
        QList<qint64> ids;
        connect(&wizard,
                &LessonWizard::lessonCompleted,
                this,
                [&](const lab::ExperimentResult &result, const QJsonObject &prediction, const QString &lessonId) {
                    const QString predictionText = QString::fromUtf8(QJsonDocument(prediction).toJson(QJsonDocument::Indented));
                    if (result.timeline.isEmpty() && result.serverStates.isEmpty())
                        ids << book.addNote(QStringLiteral("Lesson ") + lessonId, predictionText);
                    else
                        ids << book.addRun(result, QStringLiteral("Lesson ") + lessonId + QStringLiteral(". My prediction:\n") + predictionText);
                });

        // A run lesson with a short observation.
        QVERIFY(wizard.selectLesson(QStringLiteral("abort-on")));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::SettingsPage));
        wizard.findChild<QSpinBox *>(QStringLiteral("observeS"))->setValue(3);
        wizard.next();
        wizard.findChild<QSpinBox *>(QStringLiteral("predictServer"))->setValue(6);
        auto *sees = wizard.findChild<QComboBox *>(QStringLiteral("predictSees"));
        sees->setCurrentIndex(sees->findData(QStringLiteral("reset")));
        QSignalSpy finished(&wizard, &LessonWizard::runFinished);
        QSignalSpy failed(&wizard, &LessonWizard::runFailed);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::RunPage));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const lab::ExperimentResult result = *wizard.result();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::ComparisonPage));
        QCOMPARE(ids.size(), 1);
        QVERIFY2(ids.first() > 0, qPrintable(book.errorString()));

        // The checklist lesson.
        wizard.restart();
        QVERIFY(wizard.selectLesson(QStringLiteral("host-checklist")));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::HostPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.checklistView()->input().haveFigures, 15000);
        wizard.accept();
        QCOMPARE(ids.size(), 2);
        QVERIFY2(ids.last() > 0, qPrintable(book.errorString()));

        QCOMPARE(book.entryCount(), entriesBefore + 2);
        // The run entry: its stored result is the measurement, number for number.
        const std::optional<notebook::Entry> runEntry = book.entry(ids.first());
        QVERIFY(runEntry);
        QCOMPARE(runEntry->kind, notebook::EntryKind::Run);
        const std::optional<notebook::RunRecord> run = book.run(ids.first());
        QVERIFY(run);
        const QJsonObject stored = run->result;
        const QJsonObject server = stored.value(QStringLiteral("server")).toObject().value(QStringLiteral("states")).toObject();
        QCOMPARE(server.value(QStringLiteral("ESTABLISHED")).toInteger(), result.serverStates.value(QStringLiteral("ESTABLISHED")));
        const QJsonObject outcomes = stored.value(QStringLiteral("client")).toObject().value(QStringLiteral("outcomes")).toObject();
        QCOMPARE(outcomes.value(QStringLiteral("connected")).toInteger(), result.outcomes.value(QStringLiteral("connected")));
        QCOMPARE(outcomes.value(QStringLiteral("reset")).toInteger(), result.outcomes.value(QStringLiteral("reset")));
        QVERIFY(result.outcomes.value(QStringLiteral("reset")) > 0);
        const QJsonObject counters = stored.value(QStringLiteral("counters_delta")).toObject();
        const qint64 overflows = result.countersDelta.value(QStringLiteral("TcpExt.ListenOverflows"));
        QVERIFY(overflows > 0);
        QCOMPARE(counters.value(QStringLiteral("TcpExt.ListenOverflows")).toInteger(), overflows);
        QCOMPARE(stored.value(QStringLiteral("spec")).toObject().value(QStringLiteral("observe_s")).toInt(), 3);
        QCOMPARE(run->timeline.size(), result.timeline.size());
        QVERIFY(run->remarks.contains(QLatin1String("Lesson abort-on")));
        QVERIFY(run->remarks.contains(QLatin1String("\"clients_see\": \"reset\"")));

        // The checklist note: the prediction and the verdicts read from this machine.
        const std::optional<notebook::Entry> note = book.entry(ids.last());
        QVERIFY(note);
        QCOMPARE(note->kind, notebook::EntryKind::Note);
        QCOMPARE(note->title, QStringLiteral("Lesson host-checklist"));
        QVERIFY(note->text.contains(QLatin1String("\"errors_verdict\"")));
        QVERIFY(note->text.contains(QLatin1String("\"observed_verdicts\"")));
    }
};

QTEST_MAIN(LessonNotebookTest)
#include "lessonnotebook_test.moc"
