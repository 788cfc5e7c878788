// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannedview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tcplab
{

PlannedView::PlannedView(const char *title, const char *description, QWidget *parent)
    : QWidget(parent)
    , m_titleSource(title)
    , m_descriptionSource(description)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_status(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_description->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_title, m_description, m_status})
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_status);
    layout->addStretch(2);
    retranslate();
}

QString PlannedView::title() const
{
    return m_title->text();
}

void PlannedView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PlannedView::retranslate()
{
    m_title->setText(QCoreApplication::translate("tcplab::MainWindow", m_titleSource));
    m_description->setText(QCoreApplication::translate("tcplab::MainWindow", m_descriptionSource));
    m_status->setText(QCoreApplication::translate("tcplab::MainWindow", "This view is not part of this version yet."));
}

} // namespace tcplab
