// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: menus, status bar and the dock layout that holds tcplab's views. Layout and
// geometry are saved on close and restored at start.
#pragma once

#include "lab/experimentresult.h"
#include "lab/trafficlab.h"
#include "sources/sourceregistry.h"
#include "system/systeminfo.h"
#include "wizard/lessonwizard.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QTabWidget;
class QToolBar;

namespace tcplab
{

class Localization;
class MonitorSession;
class MonitorView;
class ExperimentPanel;
class ChecklistView;
class TrafficView;
class HistoryWindow;
class KernelShelfDialog;
class NotebookView;
namespace notebook
{
class Notebook;
}
class WelcomeView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `session` is the live monitoring the views draw from; the window does not own it.
    MainWindow(Localization *localization, const SystemInfo &system, MonitorSession *session, QWidget *parent = nullptr);

    // The dock with this object name ("welcomeDock", "socketsDock", "queuesDock", "notebookDock"),
    // or null.
    MonitorView *monitorView() const
    {
        return m_monitor;
    }
    ExperimentPanel *experimentPanel() const
    {
        return m_experiment;
    }
    LessonWizard *lessonWizard() const
    {
        return m_lessonWizard;
    }
    QTabWidget *centralTabs() const
    {
        return m_tabs;
    }
    QDockWidget *dock(const QString &objectName) const;
    QList<QDockWidget *> docks() const
    {
        return m_docks;
    }
    // The Language menu's action for a preference ("" = system language).
    QAction *languageAction(const QString &preference) const;
    // Puts a view into the dock with this object name, replacing what it held.
    void setDockView(const QString &objectName, QWidget *view);

    // The sampling interval and the charts' span offered in the toolbar.
    static QList<int> intervalChoicesMs();
    static QList<qint64> spanChoicesMs();
    QAction *pauseAction() const
    {
        return m_pause;
    }
    QComboBox *intervalBox() const
    {
        return m_intervalBox;
    }
    QComboBox *spanBox() const
    {
        return m_spanBox;
    }
    QComboBox *sourceBox() const
    {
        return m_sourceBox;
    }

    // The notebook runs and lessons are recorded in (it may be closed).
    notebook::Notebook *notebook() const
    {
        return m_notebook;
    }
    NotebookView *notebookView() const
    {
        return m_notebookView;
    }
    // Opens (or, with create, makes) a notebook file and remembers it; false with a message in
    // the status bar when it cannot.
    bool openNotebook(const QString &path, bool create = false);
    // Writes the write-up ("html", "pdf", "md"; "" from the file's suffix): the entries chosen in
    // the notebook when there are several, else all of them.
    bool exportNotebookTo(const QString &path, QString format = QString());
    // Copies the open notebook to `path` and continues in the copy.
    bool saveNotebookAs(QString path);

    // Shows a source from the toolbar; false when the box has no such entry or it cannot be read.
    bool selectSource(const SourceKey &key);
    // The source box's entry for a key, or -1.
    int sourceIndex(const SourceKey &key) const;

public Q_SLOTS:
    void showAbout();
    void editHosts();
    // A new Prometheus history window (it deletes itself when closed), on the first saved
    // Prometheus server.
    HistoryWindow *openHistory();
    void openLessons();
    // The kernel shelf's dialog: one, raised when it is open already.
    KernelShelfDialog *openKernelShelf();
    void recordKernelLesson(const QList<lab::KernelRun> &runs, const QJsonObject &prediction, const QString &command, const QString &text);
    void newNotebook();
    void chooseNotebook();
    void exportNotebook();
    void resetLayout();

Q_SIGNALS:
    // A lesson of the wizard ended with this result and the student's prediction.
    void lessonCompleted(const tcplab::lab::ExperimentResult &result, const QJsonObject &prediction, const QString &lessonId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void updateLanguageChecks();
    void saveLayout() const;
    void restoreLayout();
    void createMonitorControls();
    void followSandboxSources();
    void retranslateMonitorControls();
    void updateSamplingStatus();
    void useSource(const SourceKey &key);
    void addSourceEntry(int index, const SourceKey &key);
    void reloadHostSources();
    void openLastNotebook();
    void updateRecentMenu();
    void recordTraffic(const QString &title, const QString &preface, const tcplab::lab::TrafficResult &result);
    void recordLesson(const tcplab::lab::ExperimentResult &result, const QJsonObject &prediction, const QString &lessonId);

    Localization *m_localization;
    SystemInfo m_system;
    WelcomeView *m_welcome;
    QTabWidget *m_tabs;
    MonitorView *m_monitor;
    ExperimentPanel *m_experiment;
    ChecklistView *m_checklist;
    TrafficView *m_traffic;
    notebook::Notebook *m_notebook;
    NotebookView *m_notebookView;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newNotebook = nullptr;
    QAction *m_openNotebook = nullptr;
    QAction *m_exportNotebook = nullptr;
    QAction *m_saveNotebookAs = nullptr;
    QPointer<LessonWizard> m_lessonWizard;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_experimentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_copyChartData = nullptr;
    QAction *m_openHistory = nullptr;
    QAction *m_resetLayout = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_showExperiment = nullptr;
    QAction *m_showMonitor = nullptr;
    QAction *m_runExperiment = nullptr;
    QAction *m_showChecklist = nullptr;
    QAction *m_showTraffic = nullptr;
    QAction *m_lessons = nullptr;
    QAction *m_kernelShelf = nullptr;
    QPointer<KernelShelfDialog> m_kernelShelfDialog;
    QAction *m_stopExperiment = nullptr;
    QMenu *m_presetsMenu = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_machineLabel = nullptr;
    MonitorSession *m_session;
    QToolBar *m_monitorBar = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_sourceBox = nullptr; // each entry's data is its SourceKey; "Remote hosts…" has none
    SourceRegistry *m_sources = nullptr;
    SourceKey m_sourceKey; // the source being watched
    QLabel *m_intervalLabel = nullptr;
    QComboBox *m_intervalBox = nullptr;
    QLabel *m_spanLabel = nullptr;
    QComboBox *m_spanBox = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_editHosts = nullptr;
    QLabel *m_samplingLabel = nullptr;
};

} // namespace tcplab
