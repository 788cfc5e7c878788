// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tcplab
{

namespace
{
const char kSettingsKey[] = "ui/language";
QString g_current = QStringLiteral("en");

// Installed .qm files win over the ones built into the program, so that a packager can update a
// translation without a rebuild.
QStringList searchPath()
{
    return {QCoreApplication::applicationDirPath() + QLatin1String("/../share/tcplab/translations"), QStringLiteral(":/i18n")};
}
} // namespace

Localization::Localization(QObject *parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{
}

Localization::~Localization() = default;

QStringList Localization::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString Localization::nativeName(const QString &language)
{
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString Localization::resolve(const QString &preference)
{
    if (languages().contains(preference))
        return preference;
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Localization::current()
{
    return g_current;
}

void Localization::apply(const QString &overridePreference)
{
    QString preference = overridePreference;
    if (preference.isEmpty())
        preference = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (!preference.isEmpty() && !languages().contains(preference))
        preference.clear();
    m_preference = preference;
    install(resolve(preference));
}

bool Localization::setPreference(const QString &preference)
{
    if (!preference.isEmpty() && !languages().contains(preference))
        return false;
    m_preference = preference;
    QSettings().setValue(QLatin1String(kSettingsKey), preference);
    install(resolve(preference));
    return true;
}

void Localization::install(const QString &language)
{
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    {
        for (const QString &dir : searchPath()) {
            if (m_app->load(QLatin1String("tcplab_") + language, dir))
                break;
        }
        // Qt's own strings: standard buttons, context menus.
        (void)m_qt->load(QLatin1String("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QCoreApplication::installTranslator(m_qt);
        QCoreApplication::installTranslator(m_app);
    }
    const bool changed = m_language != language;
    m_language = language;
    g_current = language;
    // Widgets hear of it through QEvent::LanguageChange; the rest through this signal.
    if (changed)
        Q_EMIT languageChanged(language);
}

} // namespace tcplab
