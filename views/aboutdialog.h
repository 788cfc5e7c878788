// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About: version, Qt at build and run time, the kernel, and the optional parts this build
// has or lacks.
#pragma once

#include "system/systeminfo.h"

#include <QDialog>

class QLabel;
class QDialogButtonBox;

namespace tcplab
{

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const SystemInfo &system, QWidget *parent = nullptr);

    // The text shown, for tests and for copying into a bug report.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SystemInfo m_system;
    QLabel *m_icon;
    QLabel *m_body;
    QDialogButtonBox *m_buttons;
};

} // namespace tcplab
