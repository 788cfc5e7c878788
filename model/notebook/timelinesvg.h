// SPDX-License-Identifier: GPL-3.0-or-later
// A run's timeline as a small SVG line chart (accept queue, server SYN_RECV and ESTABLISHED,
// client SYN_SENT and ESTABLISHED over the seconds of the run), written as text so that the model
// can put it in a write-up without any painting code.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace tcplab::notebook
{

// An empty array gives an empty result. `title` is drawn above the plot.
QByteArray timelineSvg(const QJsonArray &timeline, const QString &title, int width = 720, int height = 300);

} // namespace tcplab::notebook
