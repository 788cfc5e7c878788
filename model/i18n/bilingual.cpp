// SPDX-License-Identifier: GPL-3.0-or-later
#include "bilingual.h"

#include <QCoreApplication>
#include <QTranslator>

namespace tcplab
{

namespace
{

// The Japanese catalogue, loaded once, used beside whatever the UI has installed.
const QTranslator &japanese()
{
    static QTranslator *translator = [] {
        auto *t = new QTranslator;
        const QString installed = QCoreApplication::applicationDirPath() + QLatin1String("/../share/tcplab/translations");
        if (!t->load(QStringLiteral("tcplab_ja"), installed))
            (void)t->load(QStringLiteral("tcplab_ja"), QStringLiteral(":/i18n"));
        return t;
    }();
    return *translator;
}

QString fill(QString text, const QStringList &arguments, int n)
{
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    for (const QString &argument : arguments)
        text = text.arg(argument);
    return text;
}

} // namespace

BilingualText bilingual(const char *context, const char *source, const QStringList &arguments, int n)
{
    BilingualText text;
    QString en = QString::fromUtf8(source);
    QString ja = japanese().translate(context, source, nullptr, n);
    if (ja.isEmpty())
        ja = en;
    text.en = fill(en, arguments, n);
    text.ja = fill(ja, arguments, n);
    return text;
}

} // namespace tcplab
