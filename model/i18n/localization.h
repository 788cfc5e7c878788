// SPDX-License-Identifier: GPL-3.0-or-later
// The program's language: follows the system unless the user chose one, can be switched while
// running (installing translators makes Qt send LanguageChange to every widget), and remembers the
// choice in QSettings.
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace tcplab
{

class Localization : public QObject
{
    Q_OBJECT
public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    // The languages tcplab is translated into, as ISO 639 codes.
    static QStringList languages();
    // The language's own name ("English", "日本語"), for menus.
    static QString nativeName(const QString &language);
    // The translated language a preference leads to: "" means the system's language when we have
    // it, else English.
    static QString resolve(const QString &preference);

    // "" for the system's language, or a code from languages().
    QString preference() const
    {
        return m_preference;
    }
    // The language in use.
    QString language() const
    {
        return m_language;
    }
    // The language the program's translators speak now ("en" before any was installed), for
    // code that shows bilingual text in the UI's language first.
    static QString current();

    // Loads the saved preference (or `override` when not empty) and installs its translators.
    void apply(const QString &overridePreference = QString());
    // Switches now and saves the preference. Returns false for an unknown language.
    bool setPreference(const QString &preference);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void install(const QString &language);

    QString m_preference;
    QString m_language;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace tcplab
