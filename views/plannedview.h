// SPDX-License-Identifier: GPL-3.0-or-later
// What a dock shows until its view exists: what the view is for and which data it will draw on, so
// the layout can be arranged and saved now.
#pragma once

#include <QWidget>

class QLabel;

namespace tcplab
{

class PlannedView : public QWidget
{
    Q_OBJECT
public:
    // The texts are untranslated source strings in the "tcplab::MainWindow" context; they are
    // translated on every language change.
    PlannedView(const char *title, const char *description, QWidget *parent = nullptr);

    QString title() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const char *m_titleSource;
    const char *m_descriptionSource;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_status;
};

} // namespace tcplab
