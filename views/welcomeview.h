// SPDX-License-Identifier: GPL-3.0-or-later
// The central page of the main window: what tcplab teaches in a few lines, this machine's limits,
// and the standard commands that show the same queues and counters.
#pragma once

#include "system/systeminfo.h"

#include <QWidget>

class QLabel;

namespace tcplab
{

class CodeView;

class WelcomeView : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeView(const SystemInfo &system, QWidget *parent = nullptr);

    CodeView *commands() const
    {
        return m_commands;
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SystemInfo m_system;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_machine;
    QLabel *m_commandsTitle;
    CodeView *m_commands;
};

} // namespace tcplab
