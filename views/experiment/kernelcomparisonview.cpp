// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelcomparisonview.h"

#include "comparisontableview.h"
#include "i18n/localization.h"
#include "lab/kernelcomparisonmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcplab
{

namespace
{

using Model = lab::KernelComparisonModel;

class KernelComparisonDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool light = option->palette.color(QPalette::Base).lightnessF() > 0.5;
        const int kernel = index.data(Model::KernelIndexRole).toInt();
        if (kernel >= 0 && kernel % 2 == 1)
            option->backgroundBrush = option->palette.color(QPalette::AlternateBase);
        if (index.data(Model::DiffersBetweenKernelsRole).toBool())
            option->backgroundBrush = light ? QColor(0xff, 0xec, 0xb3) : QColor(0x6d, 0x4c, 0x00);
        if (index.data(Model::ModelOnlyRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
        if (index.data(Model::DiffersFromModelRole).toBool()) {
            option->backgroundBrush = differenceColor(option->palette);
            option->font.setBold(true);
        }
    }
};

} // namespace

KernelComparisonView::KernelComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_model(new lab::KernelComparisonModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_notes(new QTextBrowser(this))
{
    m_table->setObjectName(QStringLiteral("kernelComparisonTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new KernelComparisonDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_summary->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("kernelComparisonNotes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes, 2);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KernelComparisonView::refresh);
    refresh();
}

void KernelComparisonView::refresh()
{
    if (m_model->kernels().isEmpty()) {
        m_summary->clear();
        m_notes->clear();
        return;
    }
    int measured = 0;
    for (const auto &k : m_model->kernels())
        measured += k.modelOnly ? 0 : 1;
    m_summary->setText(tr("%n kernel(s) measured", nullptr, measured) + QStringLiteral(" · ")
                       + tr("%n figure(s) differ between kernels (amber)", nullptr, m_model->rowsDifferingBetweenKernels()) + QStringLiteral(" · ")
                       + tr("%n measurement(s) outside the model (red)", nullptr, m_model->figuresOutsideModel()));
    const QString language = Localization::current();
    QString html;
    for (const BilingualText &note : m_model->notes())
        html += QLatin1String("<p>") + note.in(language).toHtmlEscaped() + QLatin1String("</p>");
    m_notes->setHtml(html);
}

void KernelComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace tcplab
