// SPDX-License-Identifier: GPL-3.0-or-later
// Paste two captures of the kernel's counters (`netstat -s`, `nstat -az` or /proc/net/netstat)
// taken some seconds apart; the dialog shows the checklist's figures from their difference before
// they go into the notebook.
#pragma once

#include "notebook/notebook.h"

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;
class QDialogButtonBox;

namespace tcplab
{

class PasteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasteDialog(QWidget *parent = nullptr);

    QString title() const;
    notebook::PasteRecord record() const;
    // Fills the fields (tests, or a capture taken by tcplab itself).
    void setCaptures(const QString &before, const QString &after, double seconds);
    // The preview as shown, for tests.
    QString previewText() const;

private:
    void updatePreview();

    QLineEdit *m_title;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
    QDoubleSpinBox *m_seconds;
    QTextBrowser *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace tcplab
