// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic lesson of the wizard ("scenario-3-put-get"): listed beside the others, its own
// prediction, run and comparison pages; a real put-then-get between the sandbox's two hosts whose
// measured figures the comparison shows beside the prediction and the 2004 document's, with far-off
// predictions marked; Stop and Back end the run, and nothing of a run outlives it. Screenshots of
// the comparison in English and Japanese.
#include "../common/processes.h"
#include "i18n/localization.h"
#include "lab/lessons.h"
#include "wizard/lessonwizard.h"

#include <QAbstractButton>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tcplab;

using tcplab::testing::descendants;

namespace
{

const QString kLesson = QStringLiteral("scenario-3-put-get");

QString grouped(double v)
{
    return QLocale(QLocale::English).toString(qRound64(v));
}

const lab::TrafficPhase &phase(const lab::TrafficResult &r, const char *name)
{
    for (const lab::TrafficPhase &p : r.phases) {
        if (p.name == QLatin1String(name))
            return p;
    }
    static const lab::TrafficPhase none;
    return none;
}

} // namespace

class TrafficLessonTest : public QObject
{
    Q_OBJECT
private:
    Localization *m_localization = nullptr;

    static void shoot(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name));
    }
    static QString cell(QTableWidget *t, int row, int column)
    {
        return t->item(row, column) ? t->item(row, column)->text() : QString();
    }
    static bool off(QTableWidget *t, int row, int column)
    {
        return t->item(row, column) && t->item(row, column)->data(LessonWizard::OffRole).toBool();
    }
    static void prepare(LessonWizard *wizard)
    {
        wizard->setBinDirectory(QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath());
        wizard->setTrafficDuration(3);
        wizard->resize(1000, 760);
        wizard->show();
        QVERIFY(wizard->selectLesson(kLesson));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(LessonWizard::IntroPage));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(LessonWizard::TrafficPredictionPage));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("trafficlesson-test"));
        QSettings().clear();
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    }

    // Nothing of a run outlives it: no sandbox, host or load process (orphans would be ours).
    void cleanup()
    {
        m_localization->setPreference(QStringLiteral("en"));
        QDeadlineTimer deadline(5000);
        while (!descendants().isEmpty() && !deadline.hasExpired()) {
            while (::waitpid(-1, nullptr, WNOHANG) > 0) { }
            QTest::qWait(50);
        }
        QCOMPARE(descendants(), QList<qint64>());
    }

    void listed()
    {
        const lab::Lesson *lesson = lab::findLesson(kLesson);
        QVERIFY(lesson);
        QCOMPARE(lesson->kind, lab::LessonKind::Traffic);
        QCOMPARE(lesson->trafficSpec.pattern, QStringLiteral("put-then-get"));
        QCOMPARE(lesson->trafficSpec.rate, QStringLiteral("100mbit"));
        QCOMPARE(lesson->trafficSpec.mtu, 1500);
        QCOMPARE(lesson->trafficSpec.durationS, 5.0);
        // The checklist lesson stays the last one.
        QCOMPARE(lab::lessons().last().id, QStringLiteral("host-checklist"));

        LessonWizard wizard;
        wizard.show();
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("lessonList"));
        QCOMPARE(list->count(), int(lab::lessons().size()));
        bool found = false;
        for (int i = 0; i < list->count(); ++i)
            found = found || list->item(i)->text().contains(QLatin1String("scenario 3"));
        QVERIFY(found);
        QVERIFY(wizard.selectLesson(kLesson));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::TrafficPredictionPage));
        // The link as the lesson runs it, shown and not editable.
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("linkRate"))->text().contains(QLatin1String("100 Mbit/s")));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("linkMtu"))->text().contains(QLatin1String("1500")));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("linkDuration"))->text().startsWith(QLatin1String("5 s")));
        QCOMPARE(wizard.trafficSpec().durationS, 5.0);
        wizard.setTrafficDuration(2);
        QCOMPARE(wizard.trafficSpec().durationS, 2.0);
        QCOMPARE(wizard.trafficSpec().pattern, QStringLiteral("put-then-get"));

        // The other lessons keep their flow.
        wizard.restart();
        QVERIFY(wizard.selectLesson(QStringLiteral("backlog-10")));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::SettingsPage));
    }

    void runAndCompare()
    {
        LessonWizard wizard;
        prepare(&wizard);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("linkDuration"))->text().startsWith(QLatin1String("3 s")));
        // Close for the put's packets, far off for the get's.
        wizard.findChild<QSpinBox *>(QStringLiteral("predictPutPacketsIn"))->setValue(8000);
        wizard.findChild<QSpinBox *>(QStringLiteral("predictGetPacketsOut"))->setValue(1000);
        wizard.findChild<QSpinBox *>(QStringLiteral("predictPutMbps"))->setValue(95);
        wizard.findChild<QSpinBox *>(QStringLiteral("predictAcksPer100"))->setValue(50);
        QSignalSpy finished(&wizard, &LessonWizard::trafficRunFinished);
        QSignalSpy failed(&wizard, &LessonWizard::runFailed);
        QSignalSpy completed(&wizard, &LessonWizard::trafficLessonCompleted);
        QSignalSpy otherCompleted(&wizard, &LessonWizard::lessonCompleted);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::TrafficRunPage));
        QVERIFY(!wizard.currentPage()->isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        if (!failed.isEmpty() && failed.first().first().toString().contains(QLatin1String("namespace")))
            QSKIP(qPrintable(failed.first().first().toString()));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(wizard.currentPage()->isComplete());
        QCOMPARE(wizard.findChild<QProgressBar *>(QStringLiteral("trafficProgress"))->value(), 1000);
        QVERIFY(wizard.trafficResult().has_value());
        const lab::TrafficResult result = *wizard.trafficResult();
        QCOMPARE(result.spec.durationS, 3.0);
        QCOMPARE(result.spec.pattern, QStringLiteral("put-then-get"));
        QCOMPARE(result.phases.size(), 2);
        const lab::TrafficHost &put = phase(result, "put").server;
        const lab::TrafficHost &get = phase(result, "get").server;
        QVERIFY(put.figures.total.inPacketsPerSecond && put.figures.total.outPacketsPerSecond && get.figures.total.outPacketsPerSecond);
        QVERIFY(put.figures.seconds > 0);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::TrafficComparisonPage));
        QCOMPARE(completed.size(), 1);
        QCOMPARE(otherCompleted.size(), 0);
        const QJsonObject prediction = completed.first().at(1).toJsonObject();
        QCOMPARE(prediction.value(QStringLiteral("put_server_packets_in")).toInt(), 8000);
        QCOMPARE(prediction.value(QStringLiteral("get_server_packets_out")).toInt(), 1000);
        QCOMPARE(prediction.value(QStringLiteral("put_mbps")).toInt(), 95);
        QCOMPARE(prediction.value(QStringLiteral("acks_per_100")).toInt(), 50);

        QTableWidget *table = wizard.trafficComparisonTable();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->columnCount(), 5);
        // Measured: the result's figures as shown.
        const double putIn = *put.figures.total.inPacketsPerSecond;
        const double getOut = *get.figures.total.outPacketsPerSecond;
        const double putMbps = double(put.link.rxBytes) * 8 / put.figures.seconds / 1e6;
        const double acks = *put.figures.total.outPacketsPerSecond / putIn * 100;
        QCOMPARE(cell(table, 0, 3), grouped(putIn));
        QCOMPARE(cell(table, 1, 3), grouped(getOut));
        QCOMPARE(cell(table, 2, 3), QString::number(putMbps, 'f', 1));
        QCOMPARE(cell(table, 3, 3), QString::number(acks, 'f', 1));
        // The predictions and the document's 2004 figures.
        QCOMPARE(cell(table, 0, 1), QStringLiteral("8,000"));
        QCOMPARE(cell(table, 1, 1), QStringLiteral("1,000"));
        QCOMPARE(cell(table, 2, 1), QStringLiteral("95"));
        QCOMPARE(cell(table, 3, 1), QStringLiteral("50"));
        QVERIFY2(cell(table, 0, 2).contains(QLatin1String("6,000")), qPrintable(cell(table, 0, 2)));
        QVERIFY2(cell(table, 1, 2).contains(QLatin1String("7,600")), qPrintable(cell(table, 1, 2)));
        QVERIFY2(cell(table, 2, 2).contains(QLatin1String("80")) && cell(table, 2, 2).contains(QLatin1String("79.8")), qPrintable(cell(table, 2, 2)));
        QVERIFY2(cell(table, 3, 2).contains(QLatin1String("17")) && cell(table, 3, 2).contains(QLatin1String("1,000")), qPrintable(cell(table, 3, 2)));
        // A link of 100 Mbit/s full of 1,514-byte frames: about 8,256 a second; the ACKs a few per 100.
        QVERIFY2(putIn > 7000 && putIn < 9000, qPrintable(QString::number(putIn)));
        QVERIFY2(getOut > 7000 && getOut < 9000, qPrintable(QString::number(getOut)));
        QVERIFY2(acks > 1 && acks < 40, qPrintable(QString::number(acks)));
        // The marks: the get's 1,000 and the 50 ACKs are far off, the put's 8,000 is within 20 %.
        QVERIFY(!off(table, 0, 1) && !off(table, 0, 4));
        QVERIFY(off(table, 1, 1) && off(table, 1, 4));
        QVERIFY(off(table, 3, 1) && off(table, 3, 4));
        QCOMPARE(off(table, 2, 1), qAbs(95 - putMbps) > 0.2 * putMbps);
        QVERIFY(!off(table, 1, 3)); // the measurement itself is never marked
        QVERIFY2(cell(table, 1, 4).startsWith(QStringLiteral("−")), qPrintable(cell(table, 1, 4)));

        const QString text = wizard.trafficExplanation()->toPlainText();
        for (const char *needle : {"8,256", "tbf", "veth", "66 bytes", "ACK", "80 %", "Throughput verdict", "problem"})
            QVERIFY2(text.contains(QLatin1String(needle)), qPrintable(QLatin1String(needle) + QLatin1String(" not in: ") + text));
        QVERIFY2(text.contains(QString::number(*put.figures.inMbpsDocument, 'f', 1)), qPrintable(text));
        shoot(&wizard, QStringLiteral("lesson_scenario3_en.png"));
        // The end of the explanation: the checklist's verdicts.
        QScrollBar *scroll = wizard.trafficExplanation()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        shoot(&wizard, QStringLiteral("lesson_scenario3_verdicts_en.png"));
        scroll->setValue(0);

        m_localization->setPreference(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QCOMPARE(cell(table, 0, 3), grouped(putIn));
        QVERIFY(off(table, 1, 1));
        shoot(&wizard, QStringLiteral("lesson_scenario3_ja.png"));
        wizard.back();
        QCOMPARE(wizard.currentId(), int(LessonWizard::TrafficRunPage));
        shoot(&wizard, QStringLiteral("lesson_scenario3_run_ja.png"));
        wizard.back();
        QCOMPARE(wizard.currentId(), int(LessonWizard::TrafficPredictionPage));
        shoot(&wizard, QStringLiteral("lesson_scenario3_prediction_ja.png"));
        // Going back keeps the prediction.
        QCOMPARE(wizard.findChild<QSpinBox *>(QStringLiteral("predictGetPacketsOut"))->value(), 1000);
        m_localization->setPreference(QStringLiteral("en"));
        QCoreApplication::processEvents();
        shoot(&wizard, QStringLiteral("lesson_scenario3_prediction_en.png"));
    }

    void stopDuringRun()
    {
        LessonWizard wizard;
        prepare(&wizard);
        QSignalSpy finished(&wizard, &LessonWizard::trafficRunFinished);
        QSignalSpy failed(&wizard, &LessonWizard::runFailed);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::TrafficRunPage));
        auto *stop = wizard.findChild<QPushButton *>(QStringLiteral("trafficStop"));
        auto *retry = wizard.findChild<QPushButton *>(QStringLiteral("trafficRetry"));
        QVERIFY(stop->isVisible() && stop->isEnabled());
        QVERIFY(!retry->isVisible());
        // Stop once the put is going and the hosts' processes are there.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QProgressBar *>(QStringLiteral("trafficProgress"))->value() > 0 || !failed.isEmpty(), 30000);
        if (!failed.isEmpty() && failed.first().first().toString().contains(QLatin1String("namespace")))
            QSKIP(qPrintable(failed.first().first().toString()));
        QVERIFY(failed.isEmpty());
        QVERIFY(wizard.trafficRunner()->isRunning());
        QVERIFY(!descendants().isEmpty());
        shoot(&wizard, QStringLiteral("lesson_scenario3_run_en.png"));
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!wizard.trafficRunner()->isRunning());
        QVERIFY(finished.isEmpty());
        QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("trafficStatus"))->text().contains(QLatin1String("stopped")),
                 qPrintable(wizard.findChild<QLabel *>(QStringLiteral("trafficStatus"))->text()));
        QVERIFY(retry->isVisible());
        QVERIFY(!stop->isEnabled());
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LessonWizard::TrafficRunPage));
        shoot(&wizard, QStringLiteral("lesson_scenario3_stopped_en.png"));

        // Try again, then Back in the middle of the run: the run ends too.
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(wizard.trafficRunner()->isRunning());
        QVERIFY(stop->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!descendants().isEmpty(), 10000);
        wizard.back();
        QCOMPARE(wizard.currentId(), int(LessonWizard::TrafficPredictionPage));
        QVERIFY(!wizard.trafficRunner()->isRunning());
        QCOMPARE(failed.size(), 2);
        QVERIFY(finished.isEmpty());
    }
};

QTEST_MAIN(TrafficLessonTest)
#include "trafficlesson_test.moc"
