// SPDX-License-Identifier: GPL-3.0-or-later
// The colours of the queue pictures, derived from the widget's palette so that they read on light
// and dark themes alike: the accept queue in the palette's own highlight, the SYN queue in amber,
// a full queue in red, each adjusted to the background's lightness.
#pragma once

#include <QColor>
#include <QPalette>

namespace tcplab
{

struct QueueColors {
    QColor text;
    QColor dim;
    QColor frame;
    QColor empty;
    QColor accept;
    QColor syn;
    QColor danger;
    QColor onDanger; // text on a `danger` background

    static QueueColors forPalette(const QPalette &palette)
    {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        QueueColors c;
        c.text = palette.color(QPalette::WindowText);
        c.dim = palette.color(QPalette::PlaceholderText);
        c.frame = palette.color(dark ? QPalette::Midlight : QPalette::Mid);
        c.empty = palette.color(QPalette::Base);
        c.accept = palette.color(QPalette::Highlight);
        c.syn = dark ? QColor(0xf2, 0xb6, 0x4d) : QColor(0xc2, 0x74, 0x00);
        c.danger = dark ? QColor(0xff, 0x6e, 0x62) : QColor(0xc6, 0x28, 0x28);
        c.onDanger = dark ? QColor(Qt::black) : QColor(Qt::white);
        return c;
    }
};

} // namespace tcplab
