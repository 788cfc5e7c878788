// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/widgettest.h"
#include "aboutdialog.h"
#include "codeview.h"
#include "experiment/experimentpanel.h"
#include "history/historywindow.h"
#include "hosts/hostsdialog.h"
#include "i18n/localization.h"
#include "mainwindow.h"
#include "notebook/notebook.h"
#include "notebook/notebookview.h"
#include "remote/hostprobe.h"
#include "series/monitorsession.h"
#include "traffic/trafficview.h"
#include "wizard/lessonwizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tcplab;

class MainWindowTest : public QObject
{
    Q_OBJECT
private:
    static QStringList menuTitles(const MainWindow &w)
    {
        QStringList titles;
        const auto actions = w.menuBar()->actions();
        for (QAction *a : actions)
            titles.append(a->text());
        return titles;
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        // A language change arrives as posted events and queues relayouts; let both run so the
        // picture is what a user sees.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name;
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    static SystemInfo fakeSystem()
    {
        SystemInfo info;
        info.kernelRelease = QStringLiteral("6.18.0-test");
        info.hostName = QStringLiteral("lab-host");
        info.somaxconn = 4096;
        return info;
    }

    Localization *m_localization = nullptr;
    MonitorSession *m_session = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        tcplab::test::useFreshSettings("mainwindow-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
        m_session = new MonitorSession(this);
    }

    void menusAndDocks()
    {
        MainWindow w(m_localization, fakeSystem(), m_session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(menuTitles(w),
                 (QStringList{QStringLiteral("&File"),
                              QStringLiteral("&View"),
                              QStringLiteral("E&xperiment"),
                              QStringLiteral("&Language"),
                              QStringLiteral("&Help")}));
        QCOMPARE(w.docks().size(), 4);
        // The views that exist are in their docks.
        QVERIFY(w.dock(QStringLiteral("queuesDock"))->widget()->inherits("tcplab::ListenQueuesView"));
        QVERIFY(w.dock(QStringLiteral("socketsDock"))->widget()->inherits("tcplab::SocketStatesView"));
        QCOMPARE(w.centralTabs()->count(), 4);
        QVERIFY(w.centralTabs()->widget(2)->inherits("tcplab::ChecklistView"));
        QVERIFY(w.centralTabs()->widget(3)->inherits("tcplab::TrafficView"));
        QCOMPARE(w.centralTabs()->tabText(3), QStringLiteral("Traffic Lab"));
        QVERIFY(w.centralTabs()->widget(0)->inherits("tcplab::MonitorView"));
        QVERIFY(w.centralTabs()->widget(1)->inherits("tcplab::ExperimentPanel"));
        QVERIFY(w.dock(QStringLiteral("welcomeDock"))->widget()->inherits("tcplab::WelcomeView"));
        for (QDockWidget *d : w.docks()) {
            QVERIFY2(!d->windowTitle().isEmpty(), qPrintable(d->objectName()));
            QVERIFY(!d->toggleViewAction()->shortcut().isEmpty());
        }
        QVERIFY(w.statusBar()->findChild<QLabel *>() != nullptr);
        bool machineShown = false;
        for (QLabel *label : w.statusBar()->findChildren<QLabel *>())
            machineShown = machineShown || label->text().contains(QLatin1String("6.18.0-test"));
        QVERIFY(machineShown);
        saveScreenshot(&w, QStringLiteral("mainwindow_en.png"));
    }

    void switchesLanguageWithoutRestart()
    {
        MainWindow w(m_localization, fakeSystem(), m_session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *japanese = w.languageAction(QStringLiteral("ja"));
        QVERIFY(japanese);
        QCOMPARE(japanese->text(), QStringLiteral("日本語"));
        japanese->trigger();
        QTRY_COMPARE(menuTitles(w).first(), QStringLiteral("ファイル(&F)"));
        QVERIFY(japanese->isChecked());
        QCOMPARE(w.dock(QStringLiteral("queuesDock"))->windowTitle(), QStringLiteral("リッスンキュー"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        // Nothing English is left in the menus.
        for (const QString &title : menuTitles(w))
            QVERIFY2(title.contains(QLatin1Char('(')), qPrintable(title));
        saveScreenshot(&w, QStringLiteral("mainwindow_ja.png"));

        AboutDialog about(fakeSystem(), &w);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QCOMPARE(about.windowTitle(), QStringLiteral("tcplab について"));
        saveScreenshot(&about, QStringLiteral("about_ja.png"));
        about.close();

        QAction *english = w.languageAction(QStringLiteral("en"));
        english->trigger();
        QTRY_COMPARE(menuTitles(w).first(), QStringLiteral("&File"));
        QCOMPARE(w.dock(QStringLiteral("queuesDock"))->windowTitle(), QStringLiteral("Listen queues"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void layoutPersists()
    {
        {
            MainWindow w(m_localization, fakeSystem(), m_session);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.dock(QStringLiteral("notebookDock"))->close();
            // The last tab is the open one next time too.
            QAction *showTraffic = w.findChild<QAction *>(QStringLiteral("showTrafficLab"));
            QVERIFY(showTraffic);
            showTraffic->trigger();
            QVERIFY(w.centralTabs()->currentWidget()->inherits("tcplab::TrafficView"));
            w.close();
        }
        MainWindow again(m_localization, fakeSystem(), m_session);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.dock(QStringLiteral("notebookDock"))->isHidden());
        QVERIFY(!again.dock(QStringLiteral("welcomeDock"))->isHidden());
        QCOMPARE(again.centralTabs()->currentIndex(), 3);
        again.resetLayout();
        QVERIFY(!again.dock(QStringLiteral("notebookDock"))->isHidden());
        again.centralTabs()->setCurrentIndex(0);
        again.close();
    }

    void aboutListsQtAndFeatures()
    {
        AboutDialog about(fakeSystem());
        const QString text = about.text();
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("6.18.0-test")));
        QVERIFY(text.contains(QLatin1String("KSyntaxHighlighting")));
#ifdef HAVE_KSYNTAXHIGHLIGHTING_EXPECTED
        QVERIFY(CodeView::highlightingAvailable());
#endif
        QVERIFY(text.contains(CodeView::highlightingAvailable() ? QLatin1String("available") : QLatin1String("missing")));
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        saveScreenshot(&about, QStringLiteral("about_en.png"));
    }

    void codeViewHighlightsWhenAvailable()
    {
        CodeView view;
        view.setPlainText(QStringLiteral("ss -ltn  # listeners"));
        view.setLanguage(QStringLiteral("Bash"));
        QCOMPARE(view.isHighlighted(), CodeView::highlightingAvailable());
        if (CodeView::highlightingAvailable())
            QVERIFY(CodeView::highlightingDefinitionCount() > 100);
    }

    void lessonsOpenFromTheMenu()
    {
        MainWindow w(m_localization, fakeSystem(), m_session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.lessonWizard());
        w.findChild<QAction *>(QStringLiteral("lessonsAction"))->trigger();
        QVERIFY(w.lessonWizard());
        QTRY_VERIFY(w.lessonWizard()->isVisible());
        // A second trigger raises the same wizard.
        LessonWizard *first = w.lessonWizard();
        w.findChild<QAction *>(QStringLiteral("lessonsAction"))->trigger();
        QCOMPARE(w.lessonWizard(), first);
        w.lessonWizard()->close();
        QTRY_VERIFY(!w.lessonWizard());
    }

    void notebookFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("write-up.tcplab"));
        MainWindow w(m_localization, fakeSystem(), m_session);
        QVERIFY(w.openNotebook(path, true));
        QCOMPARE(w.notebook()->path(), path);
        QCOMPARE(QSettings().value(QStringLiteral("notebook/last")).toString(), path);
        QVERIFY(w.notebook()->addNote(QStringLiteral("kept"), QStringLiteral("in the copy too")) > 0);
        // A finished traffic run goes into the notebook as a note with its table.
        {
            lab::TrafficResult traffic;
            traffic.spec.pattern = QStringLiteral("churn");
            traffic.kernelRelease = QStringLiteral("6.18");
            auto *view = w.findChild<TrafficView *>();
            QVERIFY(view);
            Q_EMIT view->runFinished(traffic);
            QCOMPARE(w.notebook()->entryCount(), 2);
            const auto last = w.notebook()->entries().constLast();
            QCOMPARE(last.title, QStringLiteral("Traffic lab: churn"));
            QVERIFY(last.text.contains(QLatin1String("kernel 6.18")));
            QVERIFY(w.notebook()->removeEntry(last.id));
        }
        // Save As: the copy has the entries and becomes the open notebook.
        const QString copy = dir.filePath(QStringLiteral("copy.tcplab"));
        QVERIFY(w.saveNotebookAs(copy));
        QCOMPARE(w.notebook()->path(), copy);
        QCOMPARE(w.notebook()->entryCount(), 1);
        QVERIFY(w.openNotebook(path));
        // Export of chosen entries: only those are in the write-up.
        const qint64 second = w.notebook()->addNote(QStringLiteral("second"), QStringLiteral("beta words"));
        const qint64 third = w.notebook()->addNote(QStringLiteral("third"), QStringLiteral("gamma words"));
        QVERIFY(second > 0 && third > 0);
        const QString everything = dir.filePath(QStringLiteral("all.html"));
        QVERIFY(w.exportNotebookTo(everything));
        auto *list = w.notebookView()->findChild<QListWidget *>(QStringLiteral("notebookEntries"));
        QVERIFY(list);
        list->clearSelection();
        for (int i = 0; i < list->count(); ++i) {
            const qint64 id = list->item(i)->data(Qt::UserRole).toLongLong();
            list->item(i)->setSelected(id == second || id == third);
        }
        QCOMPARE(w.notebookView()->selectedEntryIds().size(), 2);
        const QString chosen = dir.filePath(QStringLiteral("chosen.html"));
        QVERIFY(w.exportNotebookTo(chosen));
        auto read = [](const QString &file) {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QVERIFY(read(everything).contains(QLatin1String("kept")));
        QVERIFY(!read(chosen).contains(QLatin1String("in the copy too")));
        QVERIFY(read(chosen).contains(QLatin1String("beta words")));
        QVERIFY(read(chosen).contains(QLatin1String("gamma words")));
        QVERIFY(QSettings().value(QStringLiteral("notebook/recent")).toStringList().contains(path));
        // A second window does not take the same file: the first keeps it.
        MainWindow other(m_localization, fakeSystem(), m_session);
        QVERIFY(!other.notebook()->isOpen() || other.notebook()->path() != path);
        // A file that is not a notebook is refused and left as it was.
        const QString junk = dir.filePath(QStringLiteral("junk.tcplab"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a notebook\n");
        file.close();
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!other.openNotebook(junk));
        QFile check(junk);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("not a notebook\n"));
    }

    void remoteHostsAsSources()
    {
        // Host strings are checked before anything is saved or started.
        QVERIFY(!HostsDialog::validate(QStringLiteral("ssh:-oProxyCommand=touch /tmp/x")).isEmpty());
        QVERIFY(!HostsDialog::validate(QStringLiteral("ssh:host;reboot")).isEmpty());
        QVERIFY(!HostsDialog::validate(QStringLiteral("node:file:///etc/passwd")).isEmpty());
        QVERIFY(HostsDialog::validate(QStringLiteral("ssh:student@lab-host")).isEmpty());
        QVERIFY(HostsDialog::validate(QStringLiteral("prom:http://127.0.0.1:9090")).isEmpty());
        QVERIFY(!HostsDialog::validate(QStringLiteral("prom:file:///x")).isEmpty());
        QCOMPARE(HostsDialog::displayName(QStringLiteral("prom:http://127.0.0.1:9090")), QStringLiteral("http://127.0.0.1:9090 (Prometheus)"));
        {
            HostsDialog dialog;
            QVERIFY(!dialog.addHost(QStringLiteral("ssh:bad host")).isEmpty());
            QVERIFY(dialog.addHost(QStringLiteral("ssh:student@lab-host")).isEmpty());
            QVERIFY(dialog.addHost(QStringLiteral("node:http://127.0.0.1:9100/metrics")).isEmpty());
            QVERIFY(dialog.addHost(QStringLiteral("prom:http://127.0.0.1:9090")).isEmpty());
            QVERIFY(!dialog.addHost(QStringLiteral("prom:file:///x")).isEmpty());
            QVERIFY(HostsDialog::savedHosts().contains(QStringLiteral("ssh:student@lab-host")));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            saveScreenshot(&dialog, QStringLiteral("hosts_en.png"));
            QVERIFY(m_localization->setPreference(QStringLiteral("ja")));
            saveScreenshot(&dialog, QStringLiteral("hosts_ja.png"));
            QVERIFY(m_localization->setPreference(QStringLiteral("en")));
        }

        const QString exporter = QStandardPaths::findExecutable(QStringLiteral("prometheus-node-exporter"));
        if (exporter.isEmpty())
            QSKIP("prometheus-node-exporter is not installed (scripts/packages.sh lists it for the tests)");
        QProcess node;
        node.start(exporter,
                   {QStringLiteral("--web.listen-address=127.0.0.1:19102"),
                    QStringLiteral("--collector.disable-defaults"),
                    QStringLiteral("--collector.netstat"),
                    QStringLiteral("--collector.netdev"),
                    QStringLiteral("--collector.cpu"),
                    QStringLiteral("--collector.sockstat")});
        QVERIFY(node.waitForStarted());
        // Started is not yet listening: the Test below must not race the exporter's start.
        QTRY_VERIFY_WITH_TIMEOUT(
            [] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, 19102);
                return probe.waitForConnected(500);
            }(),
            10000);
        const QString url = QStringLiteral("node:http://127.0.0.1:19102/metrics");
        HostsDialog::saveHosts({QStringLiteral("ssh:student@lab-host"), url, QStringLiteral("node:http://127.0.0.1:1/metrics")});
        {
            // Test: the exporter answers with its counters; a closed port says why it failed.
            HostsDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testHost"));
            QVERIFY(test);
            QVERIFY(!dialog.testHost(7));
            auto *list = dialog.findChild<QListWidget *>(QStringLiteral("hostList"));
            QVERIFY(list);
            list->setCurrentRow(1);
            QVERIFY(test->isEnabled());
            QTest::mouseClick(test, Qt::LeftButton);
            QVERIFY(dialog.probe()->isRunning());
            QVERIFY(!test->isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.probe()->isRunning(), 15000);
            QVERIFY2(dialog.statusText().startsWith(QLatin1String("OK:")), qPrintable(dialog.statusText()));
            QVERIFY(dialog.statusText().contains(QLatin1String("interfaces")));
            saveScreenshot(&dialog, QStringLiteral("hosts_test_en.png"));
            QVERIFY(m_localization->setPreference(QStringLiteral("ja")));
            QVERIFY(dialog.testHost(1));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.probe()->isRunning(), 15000);
            saveScreenshot(&dialog, QStringLiteral("hosts_test_ja.png"));
            QVERIFY(m_localization->setPreference(QStringLiteral("en")));
            QVERIFY(dialog.testHost(2));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.probe()->isRunning(), 15000);
            QVERIFY2(dialog.statusText().startsWith(QLatin1String("Failed:")), qPrintable(dialog.statusText()));
        }
        const QString prometheus = QStringLiteral("prom:http://127.0.0.1:9090");
        HostsDialog::saveHosts({QStringLiteral("ssh:student@lab-host"), prometheus, url});
        {
            // A Prometheus server is saved like a host but cannot be tested once.
            HostsDialog dialog;
            auto *list = dialog.findChild<QListWidget *>(QStringLiteral("hostList"));
            auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testHost"));
            QVERIFY(list && test);
            QCOMPARE(list->item(1)->text(), QStringLiteral("http://127.0.0.1:9090 (Prometheus)"));
            list->setCurrentRow(1);
            QVERIFY(!test->isEnabled());
            QVERIFY(!dialog.testHost(1));
            list->setCurrentRow(2);
            QVERIFY(test->isEnabled());
        }

        MonitorSession session;
        session.setIntervalMs(250);
        MainWindow w(m_localization, fakeSystem(), &session);
        const auto exporterKey = SourceKey::fromSavedHost(url);
        QVERIFY(exporterKey);
        QCOMPARE(exporterKey->kind, SourceKey::Kind::NodeExporter);
        QVERIFY(w.sourceIndex(*exporterKey) > 0);
        // Not a live source: its history opens from the File menu, on the saved server.
        QVERIFY(!SourceKey::fromSavedHost(prometheus));
        const SourceKey server{SourceKey::Kind::NodeExporter, QStringLiteral("http://127.0.0.1:9090")};
        QVERIFY(w.sourceIndex(server) < 0);
        QVERIFY(!w.selectSource(server));
        QCOMPARE(w.sourceBox()->count(), 4); // this machine, the SSH host, the exporter, "Remote hosts…"
        auto *openHistory = w.findChild<QAction *>(QStringLiteral("openHistory"));
        QVERIFY(openHistory);
        QCOMPARE(openHistory->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        openHistory->trigger();
        auto *history = w.findChild<HistoryWindow *>();
        QVERIFY(history);
        QVERIFY(history->isWindow() && history->isVisible());
        QCOMPARE(history->server(), QStringLiteral("http://127.0.0.1:9090"));
        QVERIFY(history->testAttribute(Qt::WA_DeleteOnClose));
        history->close();
        QTRY_VERIFY(!w.findChild<HistoryWindow *>());
        QVERIFY(w.selectSource(*exporterKey));
        QVERIFY(session.source()->displayName().contains(QLatin1String("127.0.0.1:19102")));
        {
            // The choice is not kept: a new window watches this machine, and the hosts list stays
            // as it was saved.
            MonitorSession other;
            MainWindow again(m_localization, fakeSystem(), &other);
            QCOMPARE(again.sourceBox()->currentData().value<SourceKey>(), SourceKey());
            QCOMPARE(other.source()->displayName(), QStringLiteral("This machine"));
            QCOMPARE(HostsDialog::savedHosts(), QStringList({QStringLiteral("ssh:student@lab-host"), prometheus, url}));
        }
        session.start();
        // Counters arrive from the exporter; the socket views are told there are no sockets.
        QTRY_VERIFY_WITH_TIMEOUT(session.store().series(QStringLiteral("cpu.busy")) && session.store().series(QStringLiteral("cpu.busy"))->size() >= 2, 15000);
        QVERIFY(session.lastError().contains(QLatin1String("node_exporter")));
        QVERIFY(w.selectSource(SourceKey()));
        QCOMPARE(session.source()->displayName(), QStringLiteral("This machine"));
        session.setPaused(true);
        node.terminate();
        QVERIFY(node.waitForFinished(5000));
        HostsDialog::saveHosts({});
    }

    void monitorControls()
    {
        MainWindow w(m_localization, fakeSystem(), m_session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The interval chosen in the toolbar reaches the session and is remembered.
        const int index = w.intervalBox()->findData(250);
        QVERIFY(index >= 0);
        w.intervalBox()->setCurrentIndex(index);
        QCOMPARE(m_session->intervalMs(), 250);
        QCOMPARE(QSettings().value(QStringLiteral("monitor/intervalMs")).toInt(), 250);
        QCOMPARE(w.intervalBox()->currentText(), QStringLiteral("250 ms"));
        const int span = w.spanBox()->findData(qint64(60) * 60 * 1000);
        w.spanBox()->setCurrentIndex(span);
        QCOMPARE(m_session->spanMs(), qint64(60) * 60 * 1000);
        QCOMPARE(w.spanBox()->currentText(), QStringLiteral("1 h"));
        // Pause and resume.
        m_session->start();
        w.pauseAction()->trigger();
        QVERIFY(m_session->isPaused());
        w.pauseAction()->trigger();
        QVERIFY(!m_session->isPaused());
        m_session->setPaused(true);
        MainWindow again(m_localization, fakeSystem(), m_session);
        QCOMPARE(again.intervalBox()->currentData().toInt(), 250);
    }

    void watchesTheExperimentSandbox()
    {
        MonitorSession session;
        session.setIntervalMs(100);
        MainWindow w(m_localization, fakeSystem(), &session);
        w.experimentPanel()->setBinDirectory(QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        session.start();
        QCOMPARE(w.sourceBox()->count(), 2); // this machine and "Remote hosts…"
        QVERIFY(w.experimentPanel()->selectPreset(QStringLiteral("seed-backlog-10")));
        w.experimentPanel()->findChild<QSpinBox *>(QStringLiteral("observeS"))->setValue(3);
        QSignalSpy finished(w.experimentPanel(), &ExperimentPanel::runFinished);
        QVERIFY(w.notebook()->isOpen());
        const qsizetype entriesBefore = w.notebook()->entryCount();
        w.experimentPanel()->run();
        // The monitor follows the sandbox while the run goes: the experiment's listener on port
        // 11000 with its full accept queue is in the census there, not on this machine.
        QTRY_COMPARE_WITH_TIMEOUT(w.sourceBox()->currentData().value<SourceKey>().kind, SourceKey::Kind::SandboxServer, 20000);
        QCOMPARE(session.source()->displayName(), QStringLiteral("Experiment sandbox"));
        QTRY_VERIFY_WITH_TIMEOUT(!session.census().listeners.isEmpty() && session.census().listeners.first().acceptQueue == 11, 20000);
        QCOMPARE(session.census().listeners.first().local.port, quint16(11000));
        QVERIFY(session.lastError().isEmpty());
        // Back to this machine when the sandbox goes.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(w.sourceBox()->count(), 2); // this machine and "Remote hosts…"
        QCOMPARE(w.sourceBox()->currentData().value<SourceKey>(), SourceKey());
        QCOMPARE(session.source()->displayName(), QStringLiteral("This machine"));
        // The run is in the notebook.
        QCOMPARE(w.notebook()->entryCount(), entriesBefore + 1);
        session.setPaused(true);
    }

    // Two hosts: the client host is a source of its own while the run goes; there the census
    // shows the clients (SYN_SENT towards port 11000) and no listener.
    void watchesTheClientHost()
    {
        MonitorSession session;
        session.setIntervalMs(100);
        MainWindow w(m_localization, fakeSystem(), &session);
        w.experimentPanel()->setBinDirectory(QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        session.start();
        QVERIFY(w.experimentPanel()->selectPreset(QStringLiteral("seed-backlog-10")));
        w.experimentPanel()->findChild<QCheckBox *>(QStringLiteral("twoHosts"))->setChecked(true);
        w.experimentPanel()->findChild<QSpinBox *>(QStringLiteral("observeS"))->setValue(4);
        QSignalSpy finished(w.experimentPanel(), &ExperimentPanel::runFinished);
        w.experimentPanel()->run();
        const SourceKey clientHost{SourceKey::Kind::SandboxClient, QString()};
        QTRY_VERIFY_WITH_TIMEOUT(w.sourceIndex(clientHost) > 0, 20000);
        QVERIFY(w.selectSource(clientHost));
        QCOMPARE(session.source()->displayName(), QStringLiteral("Experiment sandbox: client host"));
        QTRY_VERIFY_WITH_TIMEOUT(session.census().counts[procfs::TcpState::SynSent] == 89, 20000);
        QVERIFY(session.census().listeners.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(w.sourceIndex(clientHost), -1);
        QCOMPARE(w.sourceBox()->currentData().value<SourceKey>(), SourceKey());
        session.setPaused(true);
    }

    void cleanupTestCase()
    {
        m_localization->setPreference(QStringLiteral("en"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
