// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontableview.h"

#include "lab/comparisontablemodel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace tcplab
{

namespace
{

// A figure outside the model's range: bold on a red background, in light and dark palettes.
class DifferenceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(lab::ComparisonTableModel::DiffersRole).toBool())
            return;
        option->backgroundBrush = differenceColor(option->palette);
        option->font.setBold(true);
    }
};

} // namespace

QColor differenceColor(const QPalette &palette)
{
    const bool light = palette.color(QPalette::Base).lightnessF() > 0.5;
    return light ? QColor(0xff, 0xcd, 0xd2) : QColor(0x7f, 0x1d, 0x1d);
}

ComparisonTableView::ComparisonTableView(Kind kind, QWidget *parent)
    : QTableView(parent)
    , m_model(new lab::ComparisonTableModel(this))
{
    using Model = lab::ComparisonTableModel;
    setModel(m_model);
    setItemDelegate(new DifferenceDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (kind == Kind::Panel) {
        setColumnHidden(Model::GroupColumn, true);
        setColumnHidden(Model::FigureColumn, true);
        header->setSectionResizeMode(Model::LabelColumn, QHeaderView::Stretch);
    } else {
        setColumnHidden(Model::LabelColumn, true);
        header->setSectionResizeMode(Model::FigureColumn, QHeaderView::Stretch);
        verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
}

} // namespace tcplab
