// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "optionalfeatures.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tcplab
{

AboutDialog::AboutDialog(const SystemInfo &system, QWidget *parent)
    : QDialog(parent)
    , m_system(system)
    , m_icon(new QLabel(this))
    , m_body(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/tcplab.svg")).pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignTop);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setOpenExternalLinks(false);
    m_body->setWordWrap(true);
    m_body->setMinimumWidth(420);

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addWidget(m_body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *copy = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(text());
    });
    retranslate();
}

QString AboutDialog::text() const
{
    QString plain = m_body->text();
    plain.replace(QLatin1String("<br>"), QLatin1String("\n")).replace(QLatin1String("</p>"), QLatin1String("\n"));
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return plain.trimmed();
}

void AboutDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About tcplab"));
    m_buttons->findChild<QPushButton *>(QStringLiteral("copyButton"))->setText(tr("&Copy"));

    QString features;
    for (const OptionalFeature &f : optionalFeatures()) {
        features +=
            QStringLiteral("<li>%1: <b>%2</b> (%3)</li>").arg(f.name.toHtmlEscaped(), f.available ? tr("available") : tr("missing"), f.detail.toHtmlEscaped());
    }
    const QString kernel = m_system.kernelRelease.isEmpty() ? tr("unknown") : m_system.kernelRelease;
    m_body->setText(QStringLiteral("<h2>tcplab %1</h2><p>%2</p><p>%3<br>%4<br>%5</p><p><b>%6</b></p><ul>%7</ul>")
                        .arg(QStringLiteral(TCPLAB_VERSION),
                             tr("A lab notebook for learning how Linux handles TCP connections: the SYN "
                                "queue, the accept queue, the listen() backlog and the counters that "
                                "show a network bottleneck.")
                                 .toHtmlEscaped(),
                             tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                             tr("Linux kernel %1").arg(kernel.toHtmlEscaped()),
                             tr("License: GPL-3.0-or-later"),
                             tr("Optional features"),
                             features));
}

} // namespace tcplab
