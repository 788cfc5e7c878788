// SPDX-License-Identifier: GPL-3.0-or-later
// KernelShelfDialog: the shelf's kernels in a table, and fetching, adding and removing them.
#include "kernelshelfdialog.h"

#include "kernels/kernelcatalogue.h"
#include "kernels/shelffetch.h"
#include "lab/kerneltraits.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab
{

namespace
{

constexpr int kOnShelfRole = Qt::UserRole + 1;
// What a cell says when there is nothing to say.
const QString kNothing = QStringLiteral("—");
// The widest a column other than the origin gets from its contents; the rest is elided.
constexpr int kMaxColumnWidth = 240;

QString labelOf(const kernels::ShelfKernel &kernel)
{
    return QStringLiteral("%1 (%2)").arg(kernel.name, kernel.release);
}

} // namespace

KernelShelfDialog::KernelShelfDialog(QWidget *parent)
    : KernelShelfDialog(kernels::KernelShelf::defaultRoot(), parent)
{
}

KernelShelfDialog::KernelShelfDialog(const QString &root, QWidget *parent)
    : QDialog(parent)
    , m_root(root)
    , m_intro(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_fetchButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_fetch(new kernels::ShelfFetch(root, this))
{
    setObjectName(QStringLiteral("kernelShelfDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("kernelTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAllColumnsShowFocus(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionsMovable(false);

    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("shelfStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long line is cut (its tooltip has it all) rather than widening the dialog; the line keeps
    // its height when the progress bar comes and goes.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumHeight(m_progress->sizeHint().height());
    m_error->setObjectName(QStringLiteral("shelfError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_fetchButton->setObjectName(QStringLiteral("fetchButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelFetchButton"));
    m_addButton->setObjectName(QStringLiteral("addKernelFileButton"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // Enter in the table must not fetch, remove or close by itself.
    for (QPushButton *button : {m_fetchButton, m_cancelButton, m_addButton, m_removeButton, m_closeButton})
        button->setAutoDefault(false);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_status, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fetchButton);
    buttons->addWidget(m_cancelButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    // Delete removes the chosen kernel (after asking), wherever the focus is in the dialog.
    auto *removeAction = new QAction(this);
    removeAction->setObjectName(QStringLiteral("removeAction"));
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &KernelShelfDialog::removeSelected);

    connect(m_fetchButton, &QPushButton::clicked, this, [this] {
        fetchKernel(selectedKernel());
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &KernelShelfDialog::cancelFetch);
    connect(m_addButton, &QPushButton::clicked, this, &KernelShelfDialog::chooseKernelFile);
    connect(m_removeButton, &QPushButton::clicked, this, &KernelShelfDialog::removeSelected);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &KernelShelfDialog::updateButtons);
    connectFetch();

    retranslate();
    m_table->setCurrentItem(m_table->topLevelItem(0));
    m_table->setFocus();
    resize(900, 420);
}

KernelShelfDialog::~KernelShelfDialog()
{
    // Stops and waits for a fetch under way before the widgets it reports to go.
    delete m_fetch;
}

void KernelShelfDialog::connectFetch()
{
    connect(m_fetch, &kernels::ShelfFetch::progress, this, [this](double fraction, const QString &what) {
        // Nothing to count yet (apt reads the index): the bar shows that it is busy.
        m_progress->setRange(0, fraction > 0 ? 1000 : 0);
        m_progress->setValue(int(fraction * 1000));
        m_progressText = what;
        if (m_statusKind == Status::Fetching)
            showStatus(what);
    });
    connect(m_fetch, &kernels::ShelfFetch::finished, this, [this](const kernels::ShelfKernel &kernel) {
        m_statusKind = Status::Fetched;
        m_statusSubject = labelOf(kernel);
        refresh();
        selectKernel(kernel.name);
        Q_EMIT shelfChanged();
    });
    connect(m_fetch, &kernels::ShelfFetch::failed, this, [this](const QString &error) {
        m_statusKind = Status::Idle;
        showError(tr("Could not fetch %1: %2.").arg(m_fetch->kernelName(), error));
        refresh();
    });
    connect(m_fetch, &kernels::ShelfFetch::cancelled, this, [this] {
        m_statusKind = Status::Cancelled;
        m_statusSubject = m_fetch->kernelName();
        refresh();
    });
}

void KernelShelfDialog::setRoot(const QString &root)
{
    if (m_fetch->isRunning()) {
        // Destroying it stops the fetch and waits; its outcome is of no interest for the old shelf.
        delete m_fetch;
        m_fetch = new kernels::ShelfFetch(root, this);
        connectFetch();
    } else {
        m_fetch->setRoot(root);
    }
    m_root = root;
    m_statusKind = Status::Idle;
    showError(QString());
    retranslate();
}

QString KernelShelfDialog::traitsPath() const
{
    if (QDir(m_root) == QDir(kernels::KernelShelf::defaultRoot()))
        return lab::KernelTraitsStore::defaultPath();
    return QDir(m_root).filePath(QStringLiteral("traits.json"));
}

bool KernelShelfDialog::isFetching() const
{
    return m_fetch->isRunning();
}

QTreeWidgetItem *KernelShelfDialog::row(const QString &name) const
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (item->data(NameColumn, NameRole).toString() == name)
            return item;
    }
    return nullptr;
}

QString KernelShelfDialog::selectedKernel() const
{
    const QTreeWidgetItem *item = m_table->currentItem();
    return item && item->isSelected() ? item->data(NameColumn, NameRole).toString() : QString();
}

bool KernelShelfDialog::selectKernel(const QString &name)
{
    QTreeWidgetItem *item = row(name);
    if (!item)
        return false;
    m_table->setCurrentItem(item);
    item->setSelected(true);
    return true;
}

QString KernelShelfDialog::statusText() const
{
    return m_status->text();
}

QString KernelShelfDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void KernelShelfDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void KernelShelfDialog::showStatus(const QString &message)
{
    m_status->setText(message);
    m_status->setToolTip(message);
}

void KernelShelfDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void KernelShelfDialog::retranslate()
{
    setWindowTitle(tr("Kernel Shelf"));
    m_intro->setText(tr("The kernels tcplab can boot in a virtual machine. Fetch takes one of Debian's cloud kernels from the Debian "
                        "archive through apt and checks it against the archive's signed index; Add Kernel File puts a kernel of your own "
                        "on the shelf: a bzImage such as /boot/vmlinuz-RELEASE, and optionally its modules folder. Shelf: %1")
                         .arg(QDir::toNativeSeparators(m_root)));
    m_table->setHeaderLabels({tr("Name"), tr("Kernel release"), tr("Version"), tr("Size"), tr("From"), tr("Added"), tr("Traits")});
    m_table->headerItem()->setToolTip(ReleaseColumn, tr("What `uname -r` says on the kernel"));
    m_table->headerItem()->setToolTip(VersionColumn, tr("The Debian package's version"));
    m_table->headerItem()->setToolTip(SizeColumn, tr("What the kernel takes on disk: its image and the modules a run may load"));
    m_table->headerItem()->setToolTip(TraitsColumn, tr("Whether the SYN queue's limit was measured on this release by a calibration run"));
    m_table->headerItem()->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_fetchButton->setToolTip(tr("Download the chosen Debian kernel from the archive, or its newest build again"));
    m_cancelButton->setText(tr("Ca&ncel"));
    m_cancelButton->setToolTip(tr("Stop the fetch under way (Esc); the shelf stays as it was"));
    m_addButton->setText(tr("&Add Kernel File…"));
    m_addButton->setToolTip(tr("Put a kernel image of your own (a bzImage) on the shelf"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Delete the chosen kernel's folder from the shelf (Delete)"));
    m_closeButton->setText(tr("&Close"));
    refresh();
}

void KernelShelfDialog::refresh()
{
    const QString chosen = selectedKernel();
    const kernels::KernelShelf shelf(m_root);
    const lab::KernelTraitsStore traits(traitsPath());
    const QList<kernels::ShelfKernel> onShelf = shelf.kernels();
    const QColor dim = palette().color(QPalette::PlaceholderText);
    const QLocale locale;

    const auto traitsText = [&traits](const QString &release, QString *tip) {
        const std::optional<lab::KernelTraits> t = traits.find(release);
        if (!t || t->isEmpty()) {
            *tip = tr("A calibration run on this kernel has not measured its SYN queue yet; the kernel model uses its version rule");
            return tr("not yet measured");
        }
        *tip = tr("Measured on %1: a SYN queue holds backlog + %2 requests").arg(release).arg(*t->synQueueExtra);
        return tr("measured");
    };
    const auto fill = [&](QTreeWidgetItem *item, const kernels::ShelfKernel &k) {
        item->setText(ReleaseColumn, k.release);
        item->setText(VersionColumn, k.version.isEmpty() ? kNothing : k.version);
        item->setToolTip(VersionColumn, k.package.isEmpty() ? QString() : tr("%1, version %2").arg(k.package, k.version));
        item->setText(SizeColumn, locale.formattedDataSize(k.bytes, 1, QLocale::DataSizeSIFormat));
        item->setToolTip(SizeColumn, tr("%1 bytes").arg(locale.toString(k.bytes)));
        const QString origin = k.source == QLatin1String(kernels::KernelShelf::kArchiveOrigin) ? k.origin : QDir::toNativeSeparators(k.origin);
        item->setText(OriginColumn, origin);
        item->setToolTip(OriginColumn, origin);
        // The day is what tells kernels apart; the minute is in the tooltip.
        item->setText(AddedColumn, k.added.isValid() ? locale.toString(k.added.toLocalTime().date(), QLocale::ShortFormat) : kNothing);
        item->setToolTip(AddedColumn, k.added.isValid() ? locale.toString(k.added.toLocalTime(), QLocale::LongFormat) : QString());
        QString tip;
        item->setText(TraitsColumn, traitsText(k.release, &tip));
        item->setToolTip(TraitsColumn, tip);
        item->setData(NameColumn, kOnShelfRole, true);
    };
    const auto absent = [&](QTreeWidgetItem *item, const QString &state, const QString &from) {
        item->setText(ReleaseColumn, state);
        item->setForeground(ReleaseColumn, dim);
        for (int column : {VersionColumn, SizeColumn, AddedColumn, TraitsColumn}) {
            item->setText(column, kNothing);
            item->setForeground(column, dim);
        }
        item->setText(OriginColumn, from);
        item->setToolTip(OriginColumn, from);
        item->setData(NameColumn, kOnShelfRole, false);
    };

    m_table->clear();
    const QString fetching = isFetching() ? m_fetch->kernelName() : QString();
    for (const kernels::CatalogueEntry &entry : kernels::Catalogue::entries()) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(NameColumn, entry.name);
        item->setToolTip(NameColumn, kernels::Catalogue::title(entry));
        item->setData(NameColumn, NameRole, entry.name);
        const auto it = std::find_if(onShelf.cbegin(), onShelf.cend(), [&entry](const kernels::ShelfKernel &k) {
            return k.name == entry.name;
        });
        if (it != onShelf.cend())
            fill(item, *it);
        else
            absent(item, entry.name == fetching ? tr("fetching…") : tr("not on the shelf"), kernels::Catalogue::title(entry));
        if (entry.name == fetching && it != onShelf.cend())
            item->setText(ReleaseColumn, tr("%1, fetching again…").arg(it->release));
    }
    for (const kernels::ShelfKernel &k : onShelf) {
        if (kernels::Catalogue::find(k.name))
            continue;
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(NameColumn, k.name);
        item->setData(NameColumn, NameRole, k.name);
        fill(item, k);
    }
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        m_table->topLevelItem(i)->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);

    // Each column as wide as its contents and a little air, within reason; the origin takes the rest.
    const int air = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == OriginColumn)
            continue;
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + air, kMaxColumnWidth));
    }
    m_table->header()->setSectionResizeMode(OriginColumn, QHeaderView::Stretch);

    // The chosen kernel stays chosen; when it left the shelf, the first row is.
    if (!chosen.isEmpty() && !selectKernel(chosen))
        selectKernel(kernels::Catalogue::entries().constFirst().name);

    switch (m_statusKind) {
    case Status::Idle:
        showStatus(tr("%n kernel(s) on the shelf.", nullptr, int(onShelf.size())));
        break;
    case Status::Fetching:
        showStatus(m_progressText.isEmpty() ? tr("Fetching %1…").arg(fetching) : m_progressText);
        break;
    case Status::Cancelling:
        showStatus(tr("Cancelling the fetch of %1…").arg(m_fetch->kernelName()));
        break;
    case Status::Fetched:
    case Status::Added:
        showStatus(tr("%1 is on the shelf.").arg(m_statusSubject));
        break;
    case Status::Cancelled:
        showStatus(tr("The fetch of %1 was cancelled; the shelf is as it was.").arg(m_statusSubject));
        break;
    case Status::Removed:
        showStatus(tr("%1 was removed from the shelf.").arg(m_statusSubject));
        break;
    }
    updateButtons();
}

void KernelShelfDialog::updateButtons()
{
    const QString name = selectedKernel();
    const QTreeWidgetItem *item = row(name);
    const bool onShelf = item && item->data(NameColumn, kOnShelfRole).toBool();
    const bool catalogue = kernels::Catalogue::find(name).has_value();
    const bool fetching = isFetching();
    m_fetchButton->setText(catalogue && onShelf ? tr("&Fetch Again") : tr("&Fetch"));
    m_fetchButton->setEnabled(catalogue && !fetching);
    m_cancelButton->setEnabled(fetching && !m_fetch->isCancelling());
    m_removeButton->setEnabled(onShelf && !(fetching && name == m_fetch->kernelName()));
    m_progress->setVisible(fetching);
}

bool KernelShelfDialog::fetchKernel(const QString &name)
{
    if (isFetching())
        return false;
    if (!kernels::Catalogue::find(name)) {
        showError(tr("%1 is not one of the kernels the shelf can fetch.").arg(name));
        return false;
    }
    showError(QString());
    if (!m_fetch->start(name))
        return false;
    m_statusKind = Status::Fetching;
    m_progressText.clear();
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    refresh();
    return true;
}

void KernelShelfDialog::cancelFetch()
{
    if (!isFetching() || m_fetch->isCancelling())
        return;
    m_fetch->cancel();
    m_statusKind = Status::Cancelling;
    refresh();
}

void KernelShelfDialog::reject()
{
    // Esc stops the fetch first; a second Esc closes.
    if (isFetching()) {
        cancelFetch();
        return;
    }
    QDialog::reject();
}

void KernelShelfDialog::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    // Shown again later, it starts from the shelf as it is then, not from what was last done.
    if (!event->spontaneous() && !isFetching()) {
        m_statusKind = Status::Idle;
        showError(QString());
    }
}

void KernelShelfDialog::closeEvent(QCloseEvent *event)
{
    // Closing the window (unlike Esc) closes it at once; a fetch under way is cancelled.
    cancelFetch();
    event->accept();
}

QString KernelShelfDialog::nameProblem(const QString &name)
{
    if (kernels::KernelShelf::validName(name))
        return QString();
    if (name.isEmpty())
        return tr("A kernel on the shelf needs a name.");
    if (kernels::Catalogue::find(name))
        return tr("“%1” cannot name a kernel: it is the name of a kernel of the catalogue.").arg(name);
    if (name == QLatin1String("host"))
        return tr("“%1” cannot name a kernel: it stands for this machine's own kernel.").arg(name);
    return tr("“%1” cannot name a kernel: a name has 1 to 64 letters, digits, dots, dashes and underscores, and starts with a letter or "
              "digit.")
        .arg(name);
}

QString KernelShelfDialog::suggestedName(const QString &release) const
{
    static const QRegularExpression notAllowed(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString base = release;
    base.replace(notAllowed, QStringLiteral("-"));
    while (!base.isEmpty() && !base.at(0).isLetterOrNumber())
        base.remove(0, 1);
    base.truncate(56);
    if (!kernels::KernelShelf::validName(base))
        base = QStringLiteral("mykernel");
    const kernels::KernelShelf shelf(m_root);
    QString name = base;
    for (int i = 2; shelf.find(name); ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    return name;
}

void KernelShelfDialog::chooseKernelFile()
{
    const QString start = QFileInfo(QStringLiteral("/boot")).isDir() ? QStringLiteral("/boot") : QDir::homePath();
    const QString bzImage = QFileDialog::getOpenFileName(this, tr("Add Kernel File"), start, tr("Linux kernel images (vmlinuz* bzImage*);;All files (*)"));
    if (bzImage.isEmpty())
        return;
    QString error;
    const QString release = kernels::KernelShelf::bzImageRelease(bzImage, &error);
    if (release.isEmpty()) {
        showError(tr("Could not add %1: %2.").arg(QFileInfo(bzImage).fileName(), error));
        return;
    }

    // Its modules: the running system's folder for that release when there is one.
    QString modules;
    const QString systemModules = QStringLiteral("/lib/modules/") + release;
    const bool haveSystemModules = QFileInfo(systemModules).isDir();
    QMessageBox ask(QMessageBox::Question,
                    tr("Modules of %1").arg(release),
                    tr("Does the kernel %1 come with a modules folder? A run loads veth, sch_tbf and sch_netem from it when the kernel "
                       "does not have them built in.")
                        .arg(release),
                    QMessageBox::NoButton,
                    this);
    QPushButton *useSystem = haveSystemModules ? ask.addButton(tr("&Use %1").arg(systemModules), QMessageBox::AcceptRole) : nullptr;
    QPushButton *choose = ask.addButton(tr("C&hoose Folder…"), QMessageBox::ActionRole);
    QPushButton *none = ask.addButton(tr("&No Modules"), QMessageBox::NoRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(useSystem ? useSystem : none);
    ask.exec();
    if (useSystem && ask.clickedButton() == useSystem) {
        modules = systemModules;
    } else if (ask.clickedButton() == choose) {
        modules = QFileDialog::getExistingDirectory(this,
                                                    tr("Modules Folder of %1").arg(release),
                                                    QFileInfo(QStringLiteral("/lib/modules")).isDir() ? QStringLiteral("/lib/modules") : start);
        if (modules.isEmpty())
            return;
    } else if (ask.clickedButton() != none) {
        return;
    }

    QString name = suggestedName(release);
    QString problem;
    for (;;) {
        bool ok = false;
        QString label = tr("A name for %1 on the shelf: letters, digits, dots, dashes and underscores.").arg(release);
        if (!problem.isEmpty())
            label = problem + QLatin1Char('\n') + label;
        name = QInputDialog::getText(this, tr("Name the Kernel"), label, QLineEdit::Normal, name, &ok).trimmed();
        if (!ok)
            return;
        problem = nameProblem(name);
        if (!problem.isEmpty())
            continue;
        if (kernels::KernelShelf(m_root).find(name)
            && QMessageBox::question(this,
                                     tr("Replace Kernel"),
                                     tr("%1 is on the shelf already. Replace it?").arg(name),
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
                != QMessageBox::Yes)
            continue;
        break;
    }
    addKernelFile(bzImage, modules, name);
}

bool KernelShelfDialog::addKernelFile(const QString &bzImage, const QString &modulesDirectory, const QString &name)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    showError(QString());
    kernels::ShelfKernel kernel;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = kernels::KernelShelf(m_root).addFile(name, bzImage, modulesDirectory, &kernel, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Could not add %1: %2.").arg(QFileInfo(bzImage).fileName(), error));
        refresh();
        return false;
    }
    m_statusKind = Status::Added;
    m_statusSubject = labelOf(kernel);
    refresh();
    selectKernel(kernel.name);
    Q_EMIT shelfChanged();
    return true;
}

bool KernelShelfDialog::removeKernel(const QString &name)
{
    kernels::KernelShelf shelf(m_root);
    const std::optional<kernels::ShelfKernel> kernel = shelf.find(name);
    if (!kernel) {
        showError(tr("%1 is not on the shelf.").arg(name));
        return false;
    }
    if (isFetching() && m_fetch->kernelName() == name) {
        showError(tr("%1 is being fetched: cancel the fetch first.").arg(name));
        return false;
    }
    if (m_confirmRemovals) {
        const QString again = kernels::Catalogue::find(name)
            ? tr("Fetch brings it back.")
            : tr("The file it was copied from, %1, stays where it is.").arg(QDir::toNativeSeparators(kernel->origin));
        const auto answer = QMessageBox::question(
            this,
            tr("Remove Kernel"),
            tr("Remove %1 from the shelf? Its folder %2 is deleted. %3").arg(labelOf(*kernel), QDir::toNativeSeparators(kernel->directory), again),
            QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    QString error;
    if (!shelf.remove(name, &error)) {
        showError(tr("Could not remove %1: %2.").arg(name, error));
        refresh();
        return false;
    }
    showError(QString());
    m_statusKind = Status::Removed;
    m_statusSubject = labelOf(*kernel);
    refresh();
    Q_EMIT shelfChanged();
    return true;
}

void KernelShelfDialog::removeSelected()
{
    const QString name = selectedKernel();
    const QTreeWidgetItem *item = row(name);
    if (item && item->data(NameColumn, kOnShelfRole).toBool())
        removeKernel(name);
}

} // namespace tcplab
