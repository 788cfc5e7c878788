// SPDX-License-Identifier: GPL-3.0-or-later
// Text in both of tcplab's languages at once, whatever the UI language is: experiment results and
// lessons show Japanese and English side by side, and JSON output carries both.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tcplab
{

struct BilingualText {
    QString en;
    QString ja;

    QString in(const QString &language) const
    {
        return language == QLatin1String("ja") ? ja : en;
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("en"), en}, {QStringLiteral("ja"), ja}};
    }
    bool isEmpty() const
    {
        return en.isEmpty();
    }
};

// Translates a source string (marked with QT_TRANSLATE_NOOP in `context`) into both languages and
// fills %1, %2 ... with `arguments` in each. Plural forms follow `n` when it is not -1.
BilingualText bilingual(const char *context, const char *source, const QStringList &arguments = {}, int n = -1);

} // namespace tcplab
