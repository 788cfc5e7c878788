// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonpage.h"

#include "i18n/localization.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace tcplab
{

lab::TrafficSpec LessonState::trafficSpec() const
{
    lab::TrafficSpec s = kind() == lab::LessonKind::Traffic ? lesson()->trafficSpec : lab::TrafficSpec();
    if (trafficDurationS > 0)
        s.durationS = trafficDurationS;
    return s;
}

namespace wizard
{

BilingualText lessonText(const char *source)
{
    return bilingual("tcplab::Lessons", source);
}

QString ui(const BilingualText &t)
{
    return t.in(Localization::current());
}

BilingualText wizardText(const char *source, const QStringList &arguments)
{
    return bilingual("tcplab::LessonWizard", source, arguments);
}

QSpinBox *spin(QWidget *parent, int low, int high, const char *name)
{
    auto *s = new QSpinBox(parent);
    s->setRange(low, high);
    s->setObjectName(QLatin1String(name));
    return s;
}

QString bold(const QString &text)
{
    return QLatin1String("<b>") % text.toHtmlEscaped() % QLatin1String("</b>");
}

QString bilingualRows(const QList<BilingualText> &paragraphs)
{
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"3\">");
    for (const BilingualText &t : paragraphs)
        html += QLatin1String("<tr><td width=\"50%\" valign=\"top\">") % t.ja.toHtmlEscaped() % QLatin1String("</td><td valign=\"top\">") % t.en.toHtmlEscaped()
            % QLatin1String("</td></tr>");
    return html % QLatin1String("</table>");
}

void setRowLabels(QFormLayout *form, const QStringList &labels)
{
    for (int i = 0; i < labels.size(); ++i)
        static_cast<QLabel *>(form->itemAt(i, QFormLayout::LabelRole)->widget())->setText(labels.at(i));
}

SideBySide::SideBySide(QWidget *parent)
    : QWidget(parent)
    , m_ja(new QLabel(this))
    , m_en(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLabel *l : {m_ja, m_en}) {
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l, 1);
    }
}

void SideBySide::setText(const BilingualText &t)
{
    m_ja->setText(t.ja);
    m_en->setText(t.en);
}

} // namespace wizard

} // namespace tcplab
