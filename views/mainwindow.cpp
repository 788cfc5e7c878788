// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "checklist/checklistview.h"
#include "experiment/experimentpanel.h"
#include "history/historywindow.h"
#include "hosts/hostsdialog.h"
#include "i18n/localization.h"
#include "kernels/kernelshelfdialog.h"
#include "monitor/monitorview.h"
#include "notebook/notebook.h"
#include "notebook/notebookdocumentexport.h"
#include "notebook/notebookexport.h"
#include "notebook/notebookview.h"
#include "plannedview.h"
#include "queues/listenqueuesview.h"
#include "series/monitorsession.h"
#include "sockets/socketstatesview.h"
#include "traffic/trafficview.h"
#include "welcomeview.h"
#include "wizard/lessonwizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace tcplab
{

namespace
{

struct DockSpec {
    const char *objectName;
    const char *title;
    const char *description;
    Qt::DockWidgetArea area;
    QKeySequence shortcut;
};

// What the source box calls a source.
QString sourceName(const SourceKey &key)
{
    return key.isRemote() ? HostsDialog::displayName(key.savedHost()) : SourceRegistry::localName(key.kind);
}

// The source box's "Remote hosts…" entry: the one without a key; it opens the hosts dialog.
int hostsEntry(const QComboBox *box)
{
    for (int i = 0; i < box->count(); ++i) {
        if (!box->itemData(i).isValid())
            return i;
    }
    return box->count();
}

// The views that later versions fill in. Titles and descriptions are translated at display time.
const DockSpec kDocks[] = {
    {"queuesDock",
     QT_TRANSLATE_NOOP("tcplab::MainWindow", "Listen queues"),
     QT_TRANSLATE_NOOP("tcplab::MainWindow",
                       "For each listening socket: the SYN queue and the accept queue against their limits, "
                       "with the overflow and drop counters beside them."),
     Qt::RightDockWidgetArea,
     QKeySequence(Qt::CTRL | Qt::Key_3)},
    {"socketsDock",
     QT_TRANSLATE_NOOP("tcplab::MainWindow", "Socket states"),
     QT_TRANSLATE_NOOP("tcplab::MainWindow",
                       "How many TCP sockets are in each state, what each state means, and the sockets in "
                       "the state you select."),
     Qt::RightDockWidgetArea,
     QKeySequence(Qt::CTRL | Qt::Key_4)},
    {"welcomeDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Getting Started"), "", Qt::RightDockWidgetArea, QKeySequence(Qt::CTRL | Qt::Key_5)},
    {"notebookDock",
     QT_TRANSLATE_NOOP("tcplab::MainWindow", "Notebook"),
     QT_TRANSLATE_NOOP("tcplab::MainWindow", "Your recorded runs, notes and chart snapshots, ready to export as a write-up."),
     Qt::RightDockWidgetArea,
     QKeySequence(Qt::CTRL | Qt::Key_6)},
};

const char kGeometryKey[] = "window/geometry";
const char kIntervalKey[] = "monitor/intervalMs";
const char kSpanKey[] = "monitor/spanMs";
const char kTabKey[] = "window/tab";
const char kStateKey[] = "window/state";
constexpr int kStateVersion = 3; // 3: monitor and experiment are tabs in the middle

} // namespace

MainWindow::MainWindow(Localization *localization, const SystemInfo &system, MonitorSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_localization(localization)
    , m_system(system)
    , m_welcome(new WelcomeView(system, this))
    , m_tabs(new QTabWidget(this))
    , m_monitor(new MonitorView(session, this))
    , m_experiment(new ExperimentPanel(this))
    , m_checklist(new ChecklistView(session, this))
    , m_traffic(new TrafficView(this))
    , m_notebook(new notebook::Notebook(this))
    , m_notebookView(new NotebookView(this))
    , m_session(session)
{
    setObjectName(QStringLiteral("tcplabMainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tcplab.svg")));
    // The charts and the experiment are what a student works in most: they share the middle.
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_monitor, QString());
    m_tabs->addTab(m_experiment, QString());
    m_tabs->addTab(m_checklist, QString());
    m_tabs->addTab(m_traffic, QString());
    setCentralWidget(m_tabs);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    createActions();
    createDocks();
    setDockView(QStringLiteral("welcomeDock"), m_welcome);
    setDockView(QStringLiteral("queuesDock"), new ListenQueuesView(m_session, this));
    setDockView(QStringLiteral("socketsDock"), new SocketStatesView(m_session, this));
    setDockView(QStringLiteral("notebookDock"), m_notebookView);
    createMonitorControls();
    createMenus();
    m_samplingLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_samplingLabel);
    m_machineLabel = new QLabel(this);
    for (QLabel *label : {m_samplingLabel, m_machineLabel}) {
        label->setFrameShape(QFrame::StyledPanel);
        label->setContentsMargins(6, 0, 6, 0);
    }
    statusBar()->addPermanentWidget(m_machineLabel);

    retranslate();
    resize(1200, 800);
    m_defaultState = saveState(kStateVersion);
    restoreLayout();

    connect(m_localization, &Localization::languageChanged, this, &MainWindow::updateLanguageChecks);
    // Every finished run and lesson becomes a notebook entry.
    connect(m_experiment, &ExperimentPanel::runFinished, this, [this](const lab::ExperimentResult &result) {
        if (m_notebook->isOpen())
            m_notebookView->addRun(result);
    });
    connect(this, &MainWindow::lessonCompleted, this, &MainWindow::recordLesson);
    // A comparison across kernels: each kernel's run, then the comparison as the command that
    // repeats it and the table it showed.
    connect(m_experiment, &ExperimentPanel::seriesRunFinished, this, [this](const lab::ExperimentResult &result) {
        if (m_notebook->isOpen())
            m_notebookView->addRun(result);
    });
    connect(m_experiment, &ExperimentPanel::comparisonFinished, this, [this](const QString &command, const QString &text) {
        if (!m_notebook->isOpen())
            return;
        m_notebook->addOutput({command, text});
        m_notebookView->setNotebook(m_notebook);
    });
    connect(m_experiment, &ExperimentPanel::shelfRequested, this, &MainWindow::openKernelShelf);
    // Traffic runs have no experiment record of their own: their table goes in as a note.
    connect(m_traffic, &TrafficView::runFinished, this, [this](const lab::TrafficResult &result) {
        recordTraffic(tr("Traffic lab: %1").arg(result.spec.pattern), QString(), result);
    });
    openLastNotebook();

    connect(m_session, &MonitorSession::pausedChanged, this, &MainWindow::updateSamplingStatus);
    connect(m_session, &MonitorSession::errorChanged, this, &MainWindow::updateSamplingStatus);
    updateSamplingStatus();
}

QList<int> MainWindow::intervalChoicesMs()
{
    return {100, 250, 500, 1000, 2000, 5000, 10000, 30000, 60000};
}

QList<qint64> MainWindow::spanChoicesMs()
{
    constexpr qint64 minute = 60 * 1000;
    return {minute, 5 * minute, 15 * minute, 60 * minute, 6 * 60 * minute, 24 * 60 * minute};
}

void MainWindow::createMonitorControls()
{
    m_monitorBar = addToolBar(QString());
    m_monitorBar->setObjectName(QStringLiteral("monitorToolBar"));
    m_monitorBar->setMovable(false);

    m_sources = new SourceRegistry(this);
    connect(m_sources, &SourceRegistry::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    m_sourceLabel = new QLabel(this);
    m_sourceBox = new QComboBox(this);
    m_sourceBox->setObjectName(QStringLiteral("sourceBox"));
    addSourceEntry(0, SourceKey());
    // A saved Prometheus server is not offered: its recorded history opens in the history window.
    for (const QString &remote : HostsDialog::savedHosts()) {
        if (const auto key = SourceKey::fromSavedHost(remote))
            addSourceEntry(m_sourceBox->count(), *key);
    }
    m_sourceBox->addItem(QString());
    m_intervalLabel = new QLabel(this);
    m_intervalBox = new QComboBox(this);
    m_intervalBox->setObjectName(QStringLiteral("intervalBox"));
    m_spanLabel = new QLabel(this);
    m_spanBox = new QComboBox(this);
    m_spanBox->setObjectName(QStringLiteral("spanBox"));
    for (QLabel *label : {m_sourceLabel, m_intervalLabel, m_spanLabel})
        label->setContentsMargins(8, 0, 4, 0);

    QSettings settings;
    const int interval = settings.value(QLatin1String(kIntervalKey), 1000).toInt();
    const qint64 span = settings.value(QLatin1String(kSpanKey), 15 * 60 * 1000).toLongLong();
    for (int ms : intervalChoicesMs())
        m_intervalBox->addItem(QString(), ms);
    for (qint64 ms : spanChoicesMs())
        m_spanBox->addItem(QString(), ms);
    m_intervalBox->setCurrentIndex(qMax(0, m_intervalBox->findData(interval)));
    m_spanBox->setCurrentIndex(qMax(0, m_spanBox->findData(span)));
    m_session->setIntervalMs(m_intervalBox->currentData().toInt());
    m_session->setSpanMs(m_spanBox->currentData().toLongLong());
    m_monitor->setSpanMs(m_spanBox->currentData().toLongLong());

    connect(m_intervalBox, &QComboBox::currentIndexChanged, this, [this] {
        const int ms = m_intervalBox->currentData().toInt();
        m_session->setIntervalMs(ms);
        m_session->setSpanMs(m_spanBox->currentData().toLongLong());
        QSettings().setValue(QLatin1String(kIntervalKey), ms);
        updateSamplingStatus();
    });
    connect(m_spanBox, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 ms = m_spanBox->currentData().toLongLong();
        m_session->setSpanMs(ms);
        m_monitor->setSpanMs(ms);
        QSettings().setValue(QLatin1String(kSpanKey), ms);
    });

    followSandboxSources();
    connect(m_sourceBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        const QVariant key = m_sourceBox->itemData(index);
        if (key.isValid()) {
            useSource(key.value<SourceKey>());
            return;
        }
        // Not a source: the entry that opens the hosts dialog; the box goes back to what it showed.
        const QSignalBlocker blocker(m_sourceBox);
        m_sourceBox->setCurrentIndex(qMax(0, sourceIndex(m_sourceKey)));
        QTimer::singleShot(0, this, &MainWindow::editHosts);
    });

    m_editHosts = new QAction(this);
    connect(m_editHosts, &QAction::triggered, this, &MainWindow::editHosts);

    m_pause = new QAction(this);
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setCheckable(true);
    m_pause->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Space), QKeySequence(Qt::Key_Pause)});
    connect(m_pause, &QAction::toggled, m_session, &MonitorSession::setPaused);

    m_monitorBar->addWidget(m_sourceLabel);
    m_monitorBar->addWidget(m_sourceBox);
    m_monitorBar->addWidget(m_intervalLabel);
    m_monitorBar->addWidget(m_intervalBox);
    m_monitorBar->addWidget(m_spanLabel);
    m_monitorBar->addWidget(m_spanBox);
    m_monitorBar->addSeparator();
    m_monitorBar->addAction(m_pause);
}

// While an experiment runs, its sandbox can be watched like this machine: the monitor switches to
// it when it comes up and back when it goes.
void MainWindow::followSandboxSources()
{
    lab::ExperimentRunner *runner = m_experiment->runner();
    m_sources->setSandboxLocator([runner](SourceKey::Kind kind) {
        // The sandbox itself is the server host; with two hosts the client host has a process of
        // its own.
        if (kind == SourceKey::Kind::SandboxClient)
            return SourceRegistry::NamespaceHost{runner->clientHostPid(), [runner] {
                                                     return runner->duplicateClientCensusSocket();
                                                 }};
        return SourceRegistry::NamespaceHost{runner->sandboxPid(), [runner] {
                                                 return runner->duplicateCensusSocket();
                                             }};
    });
    const SourceKey server{SourceKey::Kind::SandboxServer, QString()};
    const SourceKey client{SourceKey::Kind::SandboxClient, QString()};
    connect(runner, &lab::ExperimentRunner::sandboxReady, this, [this, runner, server, client] {
        if (sourceIndex(server) < 0)
            addSourceEntry(1, server);
        if (runner->clientHostPid() > 0 && sourceIndex(client) < 0)
            addSourceEntry(2, client);
        m_sourceBox->setCurrentIndex(sourceIndex(server));
    });
    connect(runner, &lab::ExperimentRunner::sandboxClosing, this, [this, server, client] {
        m_sourceBox->setCurrentIndex(0);
        for (const SourceKey &key : {client, server}) {
            const int index = sourceIndex(key);
            if (index >= 0)
                m_sourceBox->removeItem(index);
        }
    });
}

void MainWindow::retranslateMonitorControls()
{
    m_monitorBar->setWindowTitle(tr("Monitor"));
    m_sourceLabel->setText(tr("Source:"));
    m_intervalLabel->setText(tr("Every:"));
    m_spanLabel->setText(tr("Span:"));
    for (int i = 0; i < m_sourceBox->count(); ++i) {
        const QVariant key = m_sourceBox->itemData(i);
        m_sourceBox->setItemText(i, key.isValid() ? sourceName(key.value<SourceKey>()) : tr("Remote hosts…"));
    }
    m_sourceBox->setToolTip(
        tr("Where the counters come from: this machine, or the running experiment's "
           "private network namespace"));
    for (int i = 0; i < m_intervalBox->count(); ++i) {
        const int ms = m_intervalBox->itemData(i).toInt();
        m_intervalBox->setItemText(i, ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(ms / 1000));
    }
    m_intervalBox->setToolTip(tr("How often the counters are read"));
    for (int i = 0; i < m_spanBox->count(); ++i) {
        const qint64 minutes = m_spanBox->itemData(i).toLongLong() / 60000;
        m_spanBox->setItemText(i, minutes < 60 ? tr("%1 min").arg(minutes) : tr("%1 h").arg(minutes / 60));
    }
    m_spanBox->setToolTip(tr("How much history the charts show and keep"));
    m_pause->setText(tr("&Pause Sampling"));
    m_editHosts->setText(tr("Remote &Hosts…"));
    m_pause->setToolTip(tr("Pause or resume reading the counters (%1)").arg(m_pause->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::updateSamplingStatus()
{
    if (!m_samplingLabel)
        return;
    const QString error = m_session->lastError();
    if (!error.isEmpty()) {
        m_samplingLabel->setText(tr("Problem: %1").arg(error));
        return;
    }
    if (m_session->isPaused()) {
        m_samplingLabel->setText(tr("Paused"));
        return;
    }
    const int ms = m_session->intervalMs();
    m_samplingLabel->setText(tr("%1 · every %2").arg(m_session->source()->displayName(), ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(ms / 1000)));
}

bool MainWindow::openNotebook(const QString &path, bool create)
{
    auto *next = new notebook::Notebook(this);
    const bool ok = create ? next->create(path) : next->open(path);
    if (!ok) {
        const QString message = next->errorString();
        delete next;
        statusBar()->showMessage(message, 15000);
        QMessageBox::warning(this, tr("Notebook"), message);
        return false;
    }
    m_notebookView->setNotebook(next);
    delete m_notebook;
    m_notebook = next;
    QSettings settings;
    settings.setValue(QStringLiteral("notebook/last"), path);
    QStringList recent = settings.value(QStringLiteral("notebook/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("notebook/recent"), recent);
    updateRecentMenu();
    statusBar()->showMessage(tr("Notebook: %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::saveNotebookAs(QString path)
{
    if (!m_notebook->isOpen())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + notebook::Notebook::fileSuffix();
    // Every change is saved as it happens, so "save as" is a copy that becomes the open notebook.
    if (!m_notebook->writeCopy(path)) {
        QMessageBox::warning(this, tr("Save Notebook As"), m_notebook->errorString());
        return false;
    }
    return openNotebook(path);
}

void MainWindow::openLastNotebook()
{
    // The last notebook reopens; the very first start gets one in the data folder, so that runs
    // are kept from the first day.
    QString path = QSettings().value(QStringLiteral("notebook/last")).toString();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        path = folder + QLatin1String("/lab.") + notebook::Notebook::fileSuffix();
        if (!QFileInfo::exists(path)) {
            auto *fresh = new notebook::Notebook(this);
            if (fresh->create(path)) {
                m_notebookView->setNotebook(fresh);
                delete m_notebook;
                m_notebook = fresh;
                QSettings().setValue(QStringLiteral("notebook/last"), path);
                return;
            }
            delete fresh;
            return;
        }
    }
    auto *last = new notebook::Notebook(this);
    if (last->open(path)) {
        m_notebookView->setNotebook(last);
        delete m_notebook;
        m_notebook = last;
    } else {
        // Another window has it, or it is damaged: say so, record nothing, touch nothing.
        statusBar()->showMessage(last->errorString(), 15000);
        delete last;
    }
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("notebook/recent")).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            openNotebook(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newNotebook()
{
    const QString folder = QFileInfo(m_notebook->path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Notebook"), folder, tr("tcplab notebooks (*.%1)").arg(notebook::Notebook::fileSuffix()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + notebook::Notebook::fileSuffix();
    openNotebook(path, true);
}

void MainWindow::chooseNotebook()
{
    const QString folder = QFileInfo(m_notebook->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Notebook"), folder, tr("tcplab notebooks (*.%1)").arg(notebook::Notebook::fileSuffix()));
    if (!path.isEmpty())
        openNotebook(path);
}

void MainWindow::exportNotebook()
{
    if (!m_notebook->isOpen())
        return;
    QString filter;
    const QString html = tr("Web page (*.html)");
    const QString pdf = tr("PDF, A4 (*.pdf)");
    const QString markdown = tr("Markdown with images (*.md)");
    const QString base = QFileInfo(m_notebook->path()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export Write-up"),
                                                      QFileInfo(m_notebook->path()).absolutePath() + QLatin1Char('/') + base,
                                                      html + QLatin1String(";;") + pdf + QLatin1String(";;") + markdown,
                                                      &filter);
    if (path.isEmpty())
        return;
    exportNotebookTo(path, filter == pdf ? QStringLiteral("pdf") : filter == markdown ? QStringLiteral("md") : QString());
}

bool MainWindow::exportNotebookTo(const QString &path, QString format)
{
    if (format.isEmpty())
        format = QFileInfo(path).suffix().toLower() == QLatin1String("pdf") ? QStringLiteral("pdf")
            : QFileInfo(path).suffix().toLower() == QLatin1String("md")     ? QStringLiteral("md")
                                                                            : QStringLiteral("html");
    // With several entries chosen in the notebook, the write-up holds just those.
    notebook::ExportOptions options;
    const QList<qint64> chosen = m_notebookView->selectedEntryIds();
    if (chosen.size() > 1)
        options.entryIds = chosen;
    QString error;
    bool ok = false;
    if (format == QLatin1String("pdf")) {
        ok = NotebookDocumentExport::writePdf(*m_notebook, path, QPageSize::A4, options, &error);
    } else if (format == QLatin1String("md")) {
        QStringList written;
        ok = NotebookDocumentExport::writeMarkdown(*m_notebook, QFileInfo(path).absolutePath(), options, &written, &error);
    } else {
        ok = notebook::NotebookExport::writeHtml(*m_notebook, path, options, &error);
    }
    if (ok)
        statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
    else
        QMessageBox::warning(this, tr("Export Write-up"), error);
    return ok;
}

void MainWindow::recordLesson(const lab::ExperimentResult &result, const QJsonObject &prediction, const QString &lessonId)
{
    if (!m_notebook->isOpen())
        return;
    const QString predictionText = QString::fromUtf8(QJsonDocument(prediction).toJson(QJsonDocument::Indented));
    if (result.timeline.isEmpty() && result.serverStates.isEmpty()) {
        // The checklist lesson reads this machine and runs nothing: its prediction is the record.
        m_notebook->addNote(tr("Lesson %1").arg(lessonId), tr("My prediction and what the checklist showed:\n\n```\n%1```").arg(predictionText));
    } else {
        m_notebook->addRun(result, tr("Lesson %1. My prediction:\n%2").arg(lessonId, predictionText));
    }
    m_notebookView->setNotebook(m_notebook);
}

void MainWindow::recordTraffic(const QString &title, const QString &preface, const lab::TrafficResult &result)
{
    if (!m_notebook->isOpen())
        return;
    m_notebook->addNote(title, preface + QLatin1String("```\n") + result.toText() + QLatin1String("```\n"));
    m_notebookView->setNotebook(m_notebook);
}

// The kernels lesson: each kernel's run with the prediction, then the comparison as the command
// that repeats it and what it showed.
void MainWindow::recordKernelLesson(const QList<lab::KernelRun> &runs, const QJsonObject &prediction, const QString &command, const QString &text)
{
    if (!m_notebook->isOpen())
        return;
    const QString lessonId = m_lessonWizard ? m_lessonWizard->lessonId() : QString();
    const QString predictionText = QString::fromUtf8(QJsonDocument(prediction).toJson(QJsonDocument::Indented));
    for (const lab::KernelRun &run : runs) {
        if (run.result)
            m_notebook->addRun(*run.result, tr("Lesson %1 on %2. My prediction:\n%3").arg(lessonId, run.name, predictionText));
    }
    m_notebook->addOutput({command, text});
    m_notebookView->setNotebook(m_notebook);
}

void MainWindow::openLessons()
{
    // One wizard at a time; it stays open beside the window while lessons run.
    if (!m_lessonWizard) {
        m_lessonWizard = new LessonWizard(m_session, this);
        m_lessonWizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_lessonWizard, &LessonWizard::lessonCompleted, this, &MainWindow::lessonCompleted);
        connect(m_lessonWizard,
                &LessonWizard::kernelLessonCompleted,
                this,
                [this](const QList<lab::KernelRun> &runs, const QJsonObject &prediction, const QString &command, const QString &text) {
                    recordKernelLesson(runs, prediction, command, text);
                });
        connect(m_lessonWizard, &LessonWizard::trafficLessonCompleted, this, [this](const lab::TrafficResult &result, const QJsonObject &prediction) {
            const QString predictionText = QString::fromUtf8(QJsonDocument(prediction).toJson(QJsonDocument::Indented));
            recordTraffic(tr("Lesson %1").arg(m_lessonWizard ? m_lessonWizard->lessonId() : QString()),
                          tr("My prediction:\n\n```\n%1```\n\nWhat the two hosts measured:\n\n").arg(predictionText),
                          result);
        });
    }
    m_lessonWizard->show();
    m_lessonWizard->raise();
    m_lessonWizard->activateWindow();
}

KernelShelfDialog *MainWindow::openKernelShelf()
{
    // Kept when closed (a fetch it cancelled may still be winding down); reread when shown again.
    if (!m_kernelShelfDialog) {
        m_kernelShelfDialog = new KernelShelfDialog(this);
        // The experiment panel's kernel choice follows the shelf.
        connect(m_kernelShelfDialog, &KernelShelfDialog::shelfChanged, m_experiment, &ExperimentPanel::refreshKernels);
    } else if (!m_kernelShelfDialog->isVisible())
        m_kernelShelfDialog->refresh();
    m_kernelShelfDialog->show();
    m_kernelShelfDialog->raise();
    m_kernelShelfDialog->activateWindow();
    return m_kernelShelfDialog;
}

void MainWindow::editHosts()
{
    HostsDialog dialog(this);
    dialog.exec();
    reloadHostSources();
}

void MainWindow::reloadHostSources()
{
    const QSignalBlocker blocker(m_sourceBox);
    for (int i = m_sourceBox->count() - 1; i >= 0; --i) {
        const QVariant key = m_sourceBox->itemData(i);
        if (key.isValid() && key.value<SourceKey>().isRemote())
            m_sourceBox->removeItem(i);
    }
    for (const QString &remote : HostsDialog::savedHosts()) {
        if (const auto key = SourceKey::fromSavedHost(remote))
            addSourceEntry(hostsEntry(m_sourceBox), *key);
    }
    const int current = sourceIndex(m_sourceKey);
    if (current >= 0) {
        m_sourceBox->setCurrentIndex(current);
    } else {
        // The host being watched was removed: back to this machine.
        m_sourceBox->setCurrentIndex(0);
        useSource(SourceKey());
    }
}

void MainWindow::addSourceEntry(int index, const SourceKey &key)
{
    m_sourceBox->insertItem(index, sourceName(key), QVariant::fromValue(key));
}

int MainWindow::sourceIndex(const SourceKey &key) const
{
    for (int i = 0; i < m_sourceBox->count(); ++i) {
        const QVariant entry = m_sourceBox->itemData(i);
        if (entry.isValid() && entry.value<SourceKey>() == key)
            return i;
    }
    return -1;
}

bool MainWindow::selectSource(const SourceKey &key)
{
    const int index = sourceIndex(key);
    if (index < 0)
        return false;
    m_sourceBox->setCurrentIndex(index);
    return m_sourceKey == key;
}

void MainWindow::useSource(const SourceKey &key)
{
    if (key == m_sourceKey)
        return;
    const QString error = m_sources->use(key, m_session);
    if (!error.isEmpty()) {
        // The session keeps what it read; so does the box.
        statusBar()->showMessage(error, 10000);
        const QSignalBlocker blocker(m_sourceBox);
        m_sourceBox->setCurrentIndex(qMax(0, sourceIndex(m_sourceKey)));
        return;
    }
    m_sourceKey = key;
    updateSamplingStatus();
}

void MainWindow::setDockView(const QString &objectName, QWidget *view)
{
    QDockWidget *d = dock(objectName);
    if (!d)
        return;
    QWidget *old = d->widget();
    d->setWidget(view);
    if (old && old != view)
        old->deleteLater();
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks) {
        if (d->objectName() == objectName)
            return d;
    }
    return nullptr;
}

QAction *MainWindow::languageAction(const QString &preference) const
{
    const auto actions = m_languageGroup->actions();
    for (QAction *a : actions) {
        if (a->data().toString() == preference)
            return a;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_exportChart = m_monitor->exportAction();
    m_newNotebook = new QAction(this);
    m_newNotebook->setShortcut(QKeySequence::New);
    connect(m_newNotebook, &QAction::triggered, this, &MainWindow::newNotebook);
    m_openNotebook = new QAction(this);
    m_openNotebook->setShortcut(QKeySequence::Open);
    connect(m_openNotebook, &QAction::triggered, this, &MainWindow::chooseNotebook);
    m_saveNotebookAs = new QAction(this);
    m_saveNotebookAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveNotebookAs, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Save Notebook As"),
                                                          QFileInfo(m_notebook->path()).absolutePath(),
                                                          tr("tcplab notebooks (*.%1)").arg(notebook::Notebook::fileSuffix()));
        if (!path.isEmpty())
            saveNotebookAs(path);
    });
    m_exportNotebook = new QAction(this);
    m_exportNotebook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_exportNotebook, &QAction::triggered, this, &MainWindow::exportNotebook);
    m_copyChartData = new QAction(this);
    connect(m_copyChartData, &QAction::triggered, this, [this] {
        m_monitor->copyChartData();
    });
    m_openHistory = new QAction(this);
    m_openHistory->setObjectName(QStringLiteral("openHistory"));
    m_openHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_openHistory, &QAction::triggered, this, &MainWindow::openHistory);

    m_resetLayout = new QAction(this);
    connect(m_resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);

    m_fullScreen = new QAction(this);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    m_showMonitor = new QAction(this);
    m_showMonitor->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showMonitor, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_monitor);
    });
    m_showExperiment = new QAction(this);
    m_showExperiment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showExperiment, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_experiment);
    });
    m_showChecklist = new QAction(this);
    m_showChecklist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(m_showChecklist, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_checklist);
    });
    m_showTraffic = new QAction(this);
    m_showTraffic->setObjectName(QStringLiteral("showTrafficLab"));
    m_showTraffic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    connect(m_showTraffic, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_traffic);
    });
    m_lessons = new QAction(this);
    m_lessons->setObjectName(QStringLiteral("lessonsAction"));
    m_lessons->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lessons, &QAction::triggered, this, &MainWindow::openLessons);
    m_kernelShelf = new QAction(this);
    m_kernelShelf->setObjectName(QStringLiteral("kernelShelfAction"));
    m_kernelShelf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_kernelShelf, &QAction::triggered, this, &MainWindow::openKernelShelf);
    m_runExperiment = new QAction(this);
    m_runExperiment->setObjectName(QStringLiteral("runExperiment"));
    m_runExperiment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runExperiment, &QAction::triggered, this, [this] {
        // On the traffic lab's tab the same keys run the traffic.
        if (m_tabs->currentWidget() == m_traffic) {
            m_traffic->run();
            return;
        }
        m_tabs->setCurrentWidget(m_experiment);
        m_experiment->run();
    });
    m_stopExperiment = new QAction(this);
    m_stopExperiment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stopExperiment->setEnabled(false);
    connect(m_stopExperiment, &QAction::triggered, m_experiment, &ExperimentPanel::stop);
    connect(m_experiment, &ExperimentPanel::runStarted, this, [this] {
        m_runExperiment->setEnabled(false);
        m_stopExperiment->setEnabled(true);
    });
    auto runEnded = [this] {
        m_runExperiment->setEnabled(true);
        m_stopExperiment->setEnabled(false);
    };
    connect(m_experiment, &ExperimentPanel::runFinished, this, runEnded);
    connect(m_experiment, &ExperimentPanel::comparisonFinished, this, runEnded);
    connect(m_experiment, &ExperimentPanel::runFailed, this, runEnded);

    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    QStringList preferences{QString()};
    preferences += Localization::languages();
    for (const QString &preference : preferences) {
        auto *action = new QAction(m_languageGroup);
        action->setCheckable(true);
        action->setData(preference);
        connect(action, &QAction::triggered, this, [this, preference] {
            m_localization->setPreference(preference);
        });
    }
    updateLanguageChecks();
}

void MainWindow::createDocks()
{
    for (const DockSpec &spec : kDocks) {
        auto *d = new QDockWidget(this);
        d->setObjectName(QLatin1String(spec.objectName));
        d->setWidget(new PlannedView(spec.title, spec.description, d));
        d->setAllowedAreas(Qt::AllDockWidgetAreas);
        d->toggleViewAction()->setShortcut(spec.shortcut);
        addDockWidget(spec.area, d);
        m_docks.append(d);
    }
    // One column of tabs on the right, so that the charts keep the window's whole height.
    tabifyDockWidget(dock(QStringLiteral("welcomeDock")), dock(QStringLiteral("queuesDock")));
    tabifyDockWidget(dock(QStringLiteral("queuesDock")), dock(QStringLiteral("socketsDock")));
    tabifyDockWidget(dock(QStringLiteral("socketsDock")), dock(QStringLiteral("notebookDock")));
    dock(QStringLiteral("welcomeDock"))->raise();
    resizeDocks({dock(QStringLiteral("welcomeDock"))}, {440}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newNotebook);
    m_fileMenu->addAction(m_openNotebook);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveNotebookAs);
    m_fileMenu->addAction(m_exportNotebook);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportChart);
    m_fileMenu->addAction(m_copyChartData);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openHistory);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QDockWidget *d : std::as_const(m_docks))
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayout);
    m_viewMenu->addAction(m_fullScreen);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_pause);
    m_viewMenu->addAction(m_editHosts);

    m_experimentMenu = menuBar()->addMenu(QString());
    m_experimentMenu->addAction(m_lessons);
    m_experimentMenu->addSeparator();
    m_experimentMenu->addAction(m_runExperiment);
    m_experimentMenu->addAction(m_stopExperiment);
    m_experimentMenu->addSeparator();
    m_presetsMenu = m_experimentMenu->addMenu(QString());
    for (const lab::ExperimentSpec &preset : lab::ExperimentSpec::presets()) {
        auto *action = m_presetsMenu->addAction(QString());
        action->setData(preset.preset);
        connect(action, &QAction::triggered, this, [this, name = preset.preset] {
            m_experiment->selectPreset(name);
            m_tabs->setCurrentWidget(m_experiment);
        });
    }
    m_experimentMenu->addAction(m_kernelShelf);
    m_experimentMenu->addSeparator();
    m_experimentMenu->addAction(m_showMonitor);
    m_experimentMenu->addAction(m_showExperiment);
    m_experimentMenu->addAction(m_showChecklist);
    m_experimentMenu->addAction(m_showTraffic);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("tcplab"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_experimentMenu->setTitle(tr("E&xperiment"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_quit->setText(tr("&Quit"));
    m_newNotebook->setText(tr("&New Notebook…"));
    m_openNotebook->setText(tr("&Open Notebook…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveNotebookAs->setText(tr("Save Notebook &As…"));
    m_exportNotebook->setText(tr("Export &Write-up…"));
    updateRecentMenu();
    m_exportChart->setText(tr("&Export Chart…"));
    m_copyChartData->setText(tr("&Copy Chart Data as CSV"));
    m_openHistory->setText(tr("Open Prometheus &History…"));
    m_resetLayout->setText(tr("&Reset Layout"));
    m_fullScreen->setText(tr("&Full Screen"));
    m_showExperiment->setText(tr("Show &Experiment Panel"));
    m_showMonitor->setText(tr("Show &Monitor"));
    m_runExperiment->setText(tr("&Run Experiment"));
    m_stopExperiment->setText(tr("&Stop Experiment"));
    m_presetsMenu->setTitle(tr("&Presets"));
    for (QAction *action : m_presetsMenu->actions()) {
        if (const char *title = lab::ExperimentSpec::presetTitleSource(action->data().toString()))
            action->setText(QCoreApplication::translate("tcplab::lab::Presets", title));
    }
    m_tabs->setTabText(m_tabs->indexOf(m_monitor), tr("Monitor"));
    m_tabs->setTabText(m_tabs->indexOf(m_experiment), tr("Experiment"));
    m_tabs->setTabText(m_tabs->indexOf(m_checklist), tr("Checklist"));
    m_tabs->setTabText(m_tabs->indexOf(m_traffic), tr("Traffic Lab"));
    m_showChecklist->setText(tr("Show the &Checklist"));
    m_showTraffic->setText(tr("Show &Traffic Lab"));
    m_lessons->setText(tr("&Lessons…"));
    m_kernelShelf->setText(tr("&Kernel Shelf…"));
    m_about->setText(tr("&About tcplab"));
    m_aboutQt->setText(tr("About &Qt"));

    for (const DockSpec &spec : kDocks)
        dock(QLatin1String(spec.objectName))->setWindowTitle(tr(spec.title));

    for (QAction *action : m_languageGroup->actions()) {
        const QString preference = action->data().toString();
        // Language names stay in their own language, so that anyone can find theirs.
        action->setText(preference.isEmpty() ? tr("&System Language (%1)").arg(Localization::nativeName(Localization::resolve(QString())))
                                             : Localization::nativeName(preference));
    }

    retranslateMonitorControls();
    updateSamplingStatus();

    QString somaxconn = m_system.somaxconn < 0 ? tr("unknown") : QLocale().toString(m_system.somaxconn);
    m_machineLabel->setText(tr("%1 · Linux %2 · somaxconn %3").arg(m_system.hostName, m_system.kernelRelease, somaxconn));
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::updateLanguageChecks()
{
    if (QAction *a = languageAction(m_localization->preference()))
        a->setChecked(true);
}

HistoryWindow *MainWindow::openHistory()
{
    auto *window = new HistoryWindow(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString &host : HostsDialog::savedHosts()) {
        if (host.startsWith(QLatin1String("prom:"))) {
            window->setServer(host.mid(5));
            break;
        }
    }
    window->show();
    return window;
}

void MainWindow::showAbout()
{
    AboutDialog about(m_system, this);
    about.exec();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kStateVersion);
    for (QDockWidget *d : std::as_const(m_docks))
        d->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::WindowStateChange)
        m_fullScreen->setChecked(windowState() & Qt::WindowFullScreen);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState(kStateVersion));
    settings.setValue(QLatin1String(kTabKey), m_tabs->currentIndex());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray(), kStateVersion);
    m_tabs->setCurrentIndex(qBound(0, settings.value(QLatin1String(kTabKey), 0).toInt(), m_tabs->count() - 1));
}

} // namespace tcplab
