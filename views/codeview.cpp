// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QScrollBar>
#include <QTextBlock>

#ifdef HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>
#endif

namespace tcplab
{

#ifdef HAVE_KSYNTAXHIGHLIGHTING
namespace
{
// One repository for the whole program: loading the definitions is the expensive part.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}
} // namespace

struct CodeView::Private {
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = nullptr;
};
#else
struct CodeView::Private {
};
#endif

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
    , d(new Private)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, &QWidget::updateGeometry);
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    d->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
#endif
    applyTheme();
}

CodeView::~CodeView()
{
    delete d;
}

void CodeView::setLanguage(const QString &definitionName)
{
    m_language = definitionName;
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    d->highlighter->setDefinition(repository().definitionForName(definitionName));
    d->highlighter->rehighlight();
#endif
}

bool CodeView::isHighlighted() const
{
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    return d->highlighter->definition().isValid();
#else
    return false;
#endif
}

QSize CodeView::sizeHint() const
{
    // Tall enough for every line, and wide enough for the longest, so that a short block never
    // scrolls; the layout may still make it narrower, and then the horizontal scroll bar shows.
    const QFontMetrics metrics(font());
    int widest = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        widest = qMax(widest, metrics.horizontalAdvance(block.text()));
    const int lines = qMax(1, document()->blockCount());
    const int margins = 2 * frameWidth() + 2 * int(document()->documentMargin()) + 4;
    return {widest + margins + verticalScrollBar()->sizeHint().width(), metrics.lineSpacing() * lines + margins + horizontalScrollBar()->sizeHint().height()};
}

QSize CodeView::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), sizeHint().height()};
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme)
        applyTheme();
}

void CodeView::applyTheme()
{
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    // The theme follows the application's palette (light or dark), not our own tinted one.
    const auto theme = repository().themeForPalette(QGuiApplication::palette());
    d->highlighter->setTheme(theme);
    QPalette p = palette();
    p.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_applyingTheme = true; // setPalette() sends PaletteChange back to us
    setPalette(p);
    m_applyingTheme = false;
    d->highlighter->rehighlight();
#endif
}

bool CodeView::highlightingAvailable()
{
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString CodeView::highlightingVersion()
{
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
#else
    return QString();
#endif
}

int CodeView::highlightingDefinitionCount()
{
#ifdef HAVE_KSYNTAXHIGHLIGHTING
    return int(repository().definitions().size());
#else
    return 0;
#endif
}

} // namespace tcplab
