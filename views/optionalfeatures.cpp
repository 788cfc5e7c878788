// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionalfeatures.h"

#include "codeview.h"

#include <QCoreApplication>

namespace tcplab
{

namespace
{
class Features
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::Features)
public:
    static QList<OptionalFeature> list()
    {
        OptionalFeature highlighting;
        highlighting.name = tr("Syntax highlighting (KSyntaxHighlighting)");
        highlighting.available = CodeView::highlightingAvailable();
        highlighting.detail = highlighting.available
            ? tr("version %1, %n syntax definitions", nullptr, CodeView::highlightingDefinitionCount()).arg(CodeView::highlightingVersion())
            : tr("not built in: commands and code are shown in plain monospace");
        return {highlighting};
    }
};
} // namespace

QList<OptionalFeature> optionalFeatures()
{
    return Features::list();
}

} // namespace tcplab
