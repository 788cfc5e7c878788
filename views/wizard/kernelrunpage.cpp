// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelrunpage.h"

#include "kernels/kernelshelf.h"
#include "kernels/shelffetch.h"
#include "lessonwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tcplab
{

namespace
{

// The fetches take this share of the progress bar when there are any, the runs the rest.
constexpr double kFetchShare = 0.4;

} // namespace

KernelRunPage::KernelRunPage(LessonState *state)
    : LessonPage(state)
    , m_fetch(new kernels::ShelfFetch(kernels::KernelShelf::defaultRoot(), this))
    , m_kernels(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_phase(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    m_kernels->setObjectName(QStringLiteral("kernelRunList"));
    m_kernels->setSelectionMode(QAbstractItemView::NoSelection);
    m_progress->setObjectName(QStringLiteral("kernelRunProgress"));
    m_progress->setRange(0, 1000);
    m_phase->setWordWrap(true);
    m_retry->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kernels, 1);
    layout->addWidget(m_progress);
    auto *row = new QHBoxLayout;
    row->addWidget(m_phase, 1);
    row->addWidget(m_retry);
    layout->addLayout(row);
    connect(m_retry, &QPushButton::clicked, this, &KernelRunPage::start);

    connect(m_fetch, &kernels::ShelfFetch::progress, this, [this](double fraction, const QString &what) {
        const int done = m_fetchCount - int(m_missing.size()) - 1;
        m_progress->setValue(int(1000 * kFetchShare * (done + fraction) / qMax(1, m_fetchCount)));
        m_phase->setText(LessonWizard::tr("Fetching %1: %2").arg(m_fetch->kernelName(), what));
    });
    connect(m_fetch, &kernels::ShelfFetch::finished, this, [this](const kernels::ShelfKernel &kernel) {
        setLine(int(m_state->lesson()->kernels.indexOf(kernel.name)), LessonWizard::tr("on the shelf: Linux %1, verified").arg(kernel.release));
        fetchNext();
    });
    connect(m_fetch, &kernels::ShelfFetch::failed, this, [this](const QString &error) {
        fail(LessonWizard::tr("%1 could not be fetched: %2").arg(m_fetch->kernelName(), error));
    });
    connect(m_fetch, &kernels::ShelfFetch::cancelled, this, [this] {
        fail(LessonWizard::tr("The download was cancelled."));
    });

    lab::KernelSeries *series = m_state->series;
    connect(series, &lab::KernelSeries::progress, this, [this](double fraction, const QString &phase) {
        const double base = m_fetchCount > 0 ? kFetchShare : 0;
        m_progress->setValue(int(1000 * (base + (1 - base) * fraction)));
        m_phase->setText(phase);
    });
    connect(series, &lab::KernelSeries::kernelStarted, this, [this](int index, int, const QString &, bool calibrating) {
        setLine(index, calibrating ? LessonWizard::tr("measuring the kernel's traits, then running…") : LessonWizard::tr("running…"));
    });
    connect(series, &lab::KernelSeries::runFinished, this, [this](int index, const lab::ExperimentResult &result) {
        setLine(index, LessonWizard::tr("done: Linux %1, %2").arg(result.kernelRelease, result.accelerator.toUpper()));
        Q_EMIT m_state->wizard->runFinished(result);
    });
    connect(series, &lab::KernelSeries::runFailed, this, [this](int index, const QString &, const QString &message) {
        setLine(index, LessonWizard::tr("did not finish: %1").arg(message));
    });
    connect(series, &lab::KernelSeries::finished, this, [this](const QList<lab::KernelRun> &runs) {
        m_state->kernelRuns = runs;
        m_done = true;
        m_progress->setValue(1000);
        const bool any = std::any_of(runs.cbegin(), runs.cend(), [](const lab::KernelRun &r) {
            return r.result.has_value();
        });
        m_phase->setText(any ? LessonWizard::tr("Finished. Go on to compare.") : LessonWizard::tr("No run finished."));
        m_retry->setVisible(!any);
        Q_EMIT completeChanged();
    });
    connect(series, &lab::KernelSeries::failed, this, [this](const QString &message) {
        fail(message);
    });
}

void KernelRunPage::initializePage()
{
    retranslate();
    start();
}

void KernelRunPage::cleanupPage()
{
    // Going back stops everything: the download, the calibration, the virtual machine.
    if (m_fetch->isRunning())
        m_fetch->cancel();
    if (m_state->series->isRunning())
        m_state->series->stop();
}

void KernelRunPage::retranslate()
{
    setTitle(LessonWizard::tr("The runs, one kernel after another"));
    setSubTitle(
        LessonWizard::tr("Missing kernels are fetched from the Debian archive and verified first; each run then boots its "
                         "kernel in a small virtual machine."));
    m_retry->setText(LessonWizard::tr("Try again"));
}

bool KernelRunPage::isComplete() const
{
    return m_done && std::any_of(m_state->kernelRuns.cbegin(), m_state->kernelRuns.cend(), [](const lab::KernelRun &r) {
               return r.result.has_value();
           });
}

int KernelRunPage::nextId() const
{
    return LessonWizard::KernelComparisonPage;
}

void KernelRunPage::setLine(int index, const QString &text)
{
    if (index < 0 || index >= m_kernels->count())
        return;
    const QString kernel = m_state->lesson()->kernels.at(index);
    m_kernels->item(index)->setText(kernel + QLatin1String(": ") + text);
}

void KernelRunPage::start()
{
    m_done = false;
    m_state->kernelRuns.clear();
    m_retry->hide();
    m_progress->setValue(0);
    Q_EMIT completeChanged();
    const lab::Lesson *lesson = m_state->lesson();
    m_kernels->clear();
    m_missing.clear();
    const kernels::KernelShelf shelf;
    for (const QString &kernel : lesson->kernels) {
        const auto onShelf = shelf.find(kernel);
        m_kernels->addItem(QString());
        if (onShelf) {
            setLine(int(m_kernels->count()) - 1, LessonWizard::tr("on the shelf: Linux %1").arg(onShelf->release));
        } else {
            m_missing << kernel;
            setLine(int(m_kernels->count()) - 1, LessonWizard::tr("to be fetched"));
        }
    }
    m_fetchCount = int(m_missing.size());
    fetchNext();
}

void KernelRunPage::fetchNext()
{
    if (m_missing.isEmpty()) {
        runSeries();
        return;
    }
    const QString kernel = m_missing.takeFirst();
    setLine(int(m_state->lesson()->kernels.indexOf(kernel)), LessonWizard::tr("fetching…"));
    m_fetch->start(kernel);
}

void KernelRunPage::runSeries()
{
    m_phase->setText(LessonWizard::tr("Starting…"));
    m_state->series->start(m_state->wizard->spec(), m_state->options, m_state->lesson()->kernels);
}

void KernelRunPage::fail(const QString &message)
{
    m_phase->setText(LessonWizard::tr("The runs did not finish: %1").arg(message));
    m_retry->show();
    Q_EMIT completeChanged();
    Q_EMIT m_state->wizard->runFailed(message);
}

} // namespace tcplab
