// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastedialog.h"

#include "i18n/localization.h"
#include "notebook/pasteanalysis.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcplab
{

PasteDialog::PasteDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_before(new QPlainTextEdit(this))
    , m_after(new QPlainTextEdit(this))
    , m_seconds(new QDoubleSpinBox(this))
    , m_preview(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Paste Counters"));
    m_title->setText(tr("Counters of a host"));
    m_title->setObjectName(QStringLiteral("pasteTitle"));
    m_before->setObjectName(QStringLiteral("pasteBefore"));
    m_after->setObjectName(QStringLiteral("pasteAfter"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {m_before, m_after}) {
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setPlaceholderText(tr("netstat -s, nstat -az or cat /proc/net/netstat"));
    }
    m_seconds->setRange(0.1, 86400);
    m_seconds->setDecimals(1);
    m_seconds->setValue(5);
    m_seconds->setSuffix(tr(" s"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Seconds between the two:"), m_seconds);
    auto *captures = new QGridLayout;
    captures->addWidget(new QLabel(tr("First capture"), this), 0, 0);
    captures->addWidget(new QLabel(tr("Second capture"), this), 0, 1);
    captures->addWidget(m_before, 1, 0);
    captures->addWidget(m_after, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(captures, 2);
    layout->addWidget(new QLabel(tr("What the difference shows:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(900, 640);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QPlainTextEdit *edit : {m_before, m_after})
        connect(edit, &QPlainTextEdit::textChanged, this, &PasteDialog::updatePreview);
    connect(m_seconds, &QDoubleSpinBox::valueChanged, this, &PasteDialog::updatePreview);
    updatePreview();
}

QString PasteDialog::title() const
{
    return m_title->text().trimmed().isEmpty() ? tr("Counters of a host") : m_title->text().trimmed();
}

notebook::PasteRecord PasteDialog::record() const
{
    notebook::PasteRecord r;
    r.before = m_before->toPlainText();
    r.after = m_after->toPlainText();
    r.seconds = m_seconds->value();
    return r;
}

void PasteDialog::setCaptures(const QString &before, const QString &after, double seconds)
{
    m_seconds->setValue(seconds);
    m_before->setPlainText(before);
    m_after->setPlainText(after);
    updatePreview();
}

QString PasteDialog::previewText() const
{
    return m_preview->toPlainText();
}

void PasteDialog::updatePreview()
{
    const notebook::PasteAnalysis a = notebook::analysePaste(m_before->toPlainText(), m_after->toPlainText(), m_seconds->value());
    const QString language = Localization::current();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(a.ok);
    if (!a.ok) {
        m_preview->setPlainText(m_before->toPlainText().isEmpty() || m_after->toPlainText().isEmpty()
                                    ? tr("Paste both captures to see what changed between them.")
                                    : a.error.in(language));
        return;
    }
    QString html = QLatin1String("<p>") + tr("%1 counters changed (%2).").arg(a.deltas.size()).arg(notebook::captureFormatName(a.format).toHtmlEscaped())
        + QLatin1String("</p>");
    for (const BilingualText &text : a.explanation)
        html += QLatin1String("<p>") + text.in(language).toHtmlEscaped() + QLatin1String("</p>");
    m_preview->setHtml(html);
}

} // namespace tcplab
