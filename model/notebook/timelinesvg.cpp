// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinesvg.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace tcplab::notebook
{

namespace
{

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::notebook::TimelineSvg)
};

struct Line {
    const char *group; // "server", "client" or "" for the accept queue
    const char *state;
    const char *label;
    const char *colour;
};

const Line kLines[] = {
    {"", "", QT_TRANSLATE_NOOP("tcplab::notebook::TimelineSvg", "accept queue"), "#1f77b4"},
    {"server", "SYN_RECV", QT_TRANSLATE_NOOP("tcplab::notebook::TimelineSvg", "server SYN_RECV"), "#2ca02c"},
    {"server", "ESTABLISHED", QT_TRANSLATE_NOOP("tcplab::notebook::TimelineSvg", "server ESTABLISHED"), "#ff7f0e"},
    {"client", "SYN_SENT", QT_TRANSLATE_NOOP("tcplab::notebook::TimelineSvg", "client SYN_SENT"), "#9467bd"},
    {"client", "ESTABLISHED", QT_TRANSLATE_NOOP("tcplab::notebook::TimelineSvg", "client ESTABLISHED"), "#d62728"},
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

double valueOf(const QJsonObject &sample, const Line &line)
{
    if (!*line.group)
        return sample.value(QStringLiteral("listen_queue")).toDouble();
    return sample.value(QLatin1String(line.group)).toObject().value(QLatin1String(line.state)).toDouble();
}

// 1, 2 or 5 times a power of ten, so that about five ticks cover `range`.
double niceStep(double range)
{
    const double raw = range / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

} // namespace

QByteArray timelineSvg(const QJsonArray &timeline, const QString &title, int width, int height)
{
    if (timeline.isEmpty())
        return QByteArray();
    double maxT = 0;
    double maxV = 1;
    for (const QJsonValue &v : timeline) {
        const QJsonObject s = v.toObject();
        maxT = std::max(maxT, s.value(QStringLiteral("t_ms")).toDouble() / 1000);
        for (const Line &line : kLines)
            maxV = std::max(maxV, valueOf(s, line));
    }
    maxT = std::max(maxT, 1.0);
    const double stepV = niceStep(maxV);
    maxV = std::ceil(maxV / stepV) * stepV;
    const double left = 48, right = 170, top = 30, bottom = 40;
    const double plotW = width - left - right;
    const double plotH = height - top - bottom;
    auto x = [&](double t) {
        return left + plotW * t / maxT;
    };
    auto y = [&](double v) {
        return top + plotH * (1 - v / maxV);
    };

    QString svg = QStringLiteral(
                      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                      "font-family=\"sans-serif\" font-size=\"12\">\n")
                      .arg(width)
                      .arg(height);
    svg += QStringLiteral("<rect width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n").arg(width).arg(height);
    svg += QStringLiteral("<text x=\"%1\" y=\"18\" font-weight=\"bold\">%2</text>\n").arg(left).arg(escaped(title));
    // Grid and value labels.
    for (double v = 0; v <= maxV + stepV / 2; v += stepV) {
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#dddddd\"/>\n").arg(left).arg(y(v), 0, 'f', 1).arg(left + plotW);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n").arg(left - 6).arg(y(v) + 4, 0, 'f', 1).arg(v, 0, 'g', 6);
    }
    const double stepT = niceStep(maxT);
    for (double t = 0; t <= maxT + stepT / 2; t += stepT) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n").arg(x(t), 0, 'f', 1).arg(top + plotH + 16).arg(t, 0, 'g', 6);
    }
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n")
               .arg(left + plotW / 2)
               .arg(height - 6)
               .arg(escaped(Texts::tr("seconds since the clients started")));
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"none\" stroke=\"#888888\"/>\n").arg(left).arg(top).arg(plotW).arg(plotH);
    int row = 0;
    for (const Line &line : kLines) {
        QString points;
        for (const QJsonValue &v : timeline) {
            const QJsonObject s = v.toObject();
            points += QStringLiteral("%1,%2 ").arg(x(s.value(QStringLiteral("t_ms")).toDouble() / 1000), 0, 'f', 1).arg(y(valueOf(s, line)), 0, 'f', 1);
        }
        svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"2\" points=\"%2\"/>\n").arg(QLatin1String(line.colour), points.trimmed());
        const double ly = top + 8 + row * 18;
        svg +=
            QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%3\"/>\n").arg(left + plotW + 12).arg(ly).arg(QLatin1String(line.colour));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>\n")
                   .arg(left + plotW + 30)
                   .arg(ly + 10)
                   .arg(escaped(QCoreApplication::translate("tcplab::notebook::TimelineSvg", line.label)));
        ++row;
    }
    svg += QLatin1String("</svg>\n");
    return svg.toUtf8();
}

} // namespace tcplab::notebook
