// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel shelf in the window: one row per catalogue kernel (fetched or not) and per kernel file
// of the user's, with its release, package, size, origin, date and whether its traits were
// measured. Fetches a catalogue kernel (with progress, cancellable), adds a kernel file (a bzImage
// and optionally its modules folder) and removes a kernel, saying what went wrong in the dialog.
#pragma once

#include "kernels/kernelshelf.h"

#include <QDialog>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tcplab
{

namespace kernels
{
class ShelfFetch;
}

class KernelShelfDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, ReleaseColumn, VersionColumn, SizeColumn, OriginColumn, AddedColumn, TraitsColumn, ColumnCount };
    // Each row's kernel name, in its NameColumn.
    static constexpr int NameRole = Qt::UserRole;

    // The user's shelf (KernelShelf::defaultRoot()), or the one under `root`.
    explicit KernelShelfDialog(QWidget *parent = nullptr);
    explicit KernelShelfDialog(const QString &root, QWidget *parent = nullptr);
    ~KernelShelfDialog() override;

    QString root() const
    {
        return m_root;
    }
    // Shows another shelf; a fetch under way is cancelled first.
    void setRoot(const QString &root);
    // The traits measured per kernel release: the default store for the default shelf, else the
    // traits.json beside the shelf's kernels (where the default store keeps it too).
    QString traitsPath() const;
    // Whether Remove asks first (it does by default).
    void setConfirmRemovals(bool confirm)
    {
        m_confirmRemovals = confirm;
    }

    QTreeWidget *table() const
    {
        return m_table;
    }
    kernels::ShelfFetch *fetcher() const
    {
        return m_fetch;
    }
    bool isFetching() const;
    // The row of the kernel with this name, or null.
    QTreeWidgetItem *row(const QString &name) const;
    // The chosen row's kernel name, or "".
    QString selectedKernel() const;
    bool selectKernel(const QString &name);
    // The line under the table: a fetch's progress, or what was last done.
    QString statusText() const;
    // The problem shown in red, or "" when there is none.
    QString errorText() const;

public Q_SLOTS:
    // Rereads the shelf and the traits.
    void refresh();
    // Starts fetching a catalogue kernel (again, when it is on the shelf); false when it cannot start.
    bool fetchKernel(const QString &name);
    void cancelFetch();
    // Asks for a bzImage, its modules folder and a name, then adds it.
    void chooseKernelFile();
    // Puts a kernel file on the shelf under `name` (`modulesDirectory` may be empty); false with
    // the reason shown in the dialog.
    bool addKernelFile(const QString &bzImage, const QString &modulesDirectory, const QString &name);
    // Removes a kernel from the shelf, after asking when confirmations are on; false when it is not
    // on the shelf, the user said no, or it could not be removed (the reason is shown).
    bool removeKernel(const QString &name);
    void removeSelected();
    // Esc: cancels a fetch under way, else closes.
    void reject() override;

Q_SIGNALS:
    // A kernel came onto the shelf or left it.
    void shelfChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void showError(const QString &message);
    void showStatus(const QString &message);
    // Why a kernel file cannot have this name, or "" when it can.
    static QString nameProblem(const QString &name);
    // A name for a kernel file of this release that is valid and not yet on the shelf.
    QString suggestedName(const QString &release) const;
    QString describeOrigin(const kernels::ShelfKernel &kernel) const;

    void connectFetch();

    QString m_root;
    bool m_confirmRemovals = true;
    QLabel *m_intro;
    QTreeWidget *m_table;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_fetchButton;
    QPushButton *m_cancelButton;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_closeButton;
    kernels::ShelfFetch *m_fetch;
    // The status line's text is remade on LanguageChange from what it said.
    enum class Status { Idle, Fetching, Cancelling, Fetched, Cancelled, Added, Removed } m_statusKind = Status::Idle;
    QString m_statusSubject;
    QString m_progressText;
};

} // namespace tcplab
