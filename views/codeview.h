// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only code block: shell commands, C or Ruby snippets. Highlighted by KSyntaxHighlighting
// when the build has it (theme chosen from the palette), plain monospace otherwise. The only place
// in tcplab that touches KSyntaxHighlighting.
#pragma once

#include <QPlainTextEdit>

namespace tcplab
{

class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);
    ~CodeView() override;

    // A KSyntaxHighlighting definition name: "Bash", "C", "Ruby" ...
    void setLanguage(const QString &definitionName);
    QString language() const
    {
        return m_language;
    }
    // True when a definition is applied to the text right now.
    bool isHighlighted() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static bool highlightingAvailable();
    static QString highlightingVersion();
    static int highlightingDefinitionCount();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QString m_language;
    bool m_applyingTheme = false;
    struct Private;
    Private *d;
};

} // namespace tcplab
