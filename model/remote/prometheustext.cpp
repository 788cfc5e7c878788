// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheustext.h"

#include "procfs/text.h"

#include <cmath>
#include <limits>

namespace tcplab::remote
{

namespace
{

bool isNameStart(char c, bool metric)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (metric && c == ':');
}

bool isNameChar(char c, bool metric)
{
    return isNameStart(c, metric) || (c >= '0' && c <= '9');
}

void skipBlanks(QByteArrayView text, qsizetype *at)
{
    while (*at < text.size() && (text[*at] == ' ' || text[*at] == '\t'))
        ++*at;
}

QByteArrayView takeName(QByteArrayView text, qsizetype *at, bool metric)
{
    const qsizetype start = *at;
    if (*at >= text.size() || !isNameStart(text[*at], metric))
        return {};
    while (*at < text.size() && isNameChar(text[*at], metric))
        ++*at;
    return text.sliced(start, *at - start);
}

// Unescapes \\, \" (label values only) and \n; any other backslash is kept as written.
QString unescape(QByteArrayView text, bool quotes)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            const char next = text[i + 1];
            if (next == '\\' || next == 'n' || (quotes && next == '"')) {
                out.append(next == 'n' ? '\n' : next);
                ++i;
                continue;
            }
        }
        out.append(c);
    }
    return QString::fromUtf8(out);
}

// A float as Go's strconv prints them, and the spellings of NaN and infinity the format allows.
std::optional<double> parseValue(QByteArrayView text)
{
    const QByteArray lower = text.toByteArray().toLower();
    if (lower == "nan")
        return std::numeric_limits<double>::quiet_NaN();
    if (lower == "+inf" || lower == "inf")
        return std::numeric_limits<double>::infinity();
    if (lower == "-inf")
        return -std::numeric_limits<double>::infinity();
    // Strict syntax first: [sign] digits [. digits] [e [sign] digits].
    qsizetype i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        ++i;
    qsizetype digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i, ++digits;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i, ++digits;
    }
    if (digits == 0)
        return std::nullopt;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i, ++exponentDigits;
        if (exponentDigits == 0)
            return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;
    bool ok = false;
    const double value = text.toByteArray().toDouble(&ok);
    if (ok)
        return value;
    // Valid syntax that does not fit a double: 1e999 is infinite, 1e-999 is zero.
    const bool negative = text.startsWith('-');
    const qsizetype e = lower.indexOf('e');
    const bool tiny = e >= 0 && lower.indexOf('-', e) > e;
    if (tiny)
        return negative ? -0.0 : 0.0;
    return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
}

// "Why" in a warning, or "" with *sample filled.
QString parseSampleLine(QByteArrayView line, PrometheusSample *sample)
{
    qsizetype at = 0;
    const QByteArrayView name = takeName(line, &at, true);
    if (name.isEmpty())
        return PrometheusMessages::tr("no metric name");
    sample->name = QString::fromLatin1(name);
    skipBlanks(line, &at);
    if (at < line.size() && line[at] == '{') {
        ++at;
        for (;;) {
            skipBlanks(line, &at);
            if (at < line.size() && line[at] == '}') {
                ++at;
                break;
            }
            const QByteArrayView labelName = takeName(line, &at, false);
            if (labelName.isEmpty())
                return PrometheusMessages::tr("a label without a name");
            skipBlanks(line, &at);
            if (at >= line.size() || line[at] != '=')
                return PrometheusMessages::tr("no '=' after label %1").arg(QString::fromLatin1(labelName));
            ++at;
            skipBlanks(line, &at);
            if (at >= line.size() || line[at] != '"')
                return PrometheusMessages::tr("label %1 has no quoted value").arg(QString::fromLatin1(labelName));
            const qsizetype start = ++at;
            while (at < line.size() && line[at] != '"')
                at += line[at] == '\\' ? 2 : 1;
            if (at >= line.size())
                return PrometheusMessages::tr("label %1's value has no closing quote").arg(QString::fromLatin1(labelName));
            sample->labels.append({QString::fromLatin1(labelName), unescape(line.sliced(start, at - start), true)});
            ++at;
            skipBlanks(line, &at);
            if (at < line.size() && line[at] == ',') {
                ++at;
                continue;
            }
            if (at < line.size() && line[at] == '}') {
                ++at;
                break;
            }
            return PrometheusMessages::tr("expected ',' or '}' after label %1").arg(QString::fromLatin1(labelName));
        }
    }
    const auto words = procfs::splitWords(line.sliced(at));
    if (words.isEmpty() || words.size() > 2)
        return words.isEmpty() ? PrometheusMessages::tr("no value") : PrometheusMessages::tr("text after the timestamp");
    const auto value = parseValue(words[0]);
    if (!value)
        return PrometheusMessages::tr("the value \"%1\" is not a number").arg(QString::fromLatin1(words[0]));
    sample->value = *value;
    sample->valueText = words[0].toByteArray();
    if (words.size() == 2) {
        const auto timestamp = procfs::parseSigned(words[1]);
        if (!timestamp)
            return PrometheusMessages::tr("the timestamp \"%1\" is not a whole number").arg(QString::fromLatin1(words[1]));
        sample->timestampMs = *timestamp;
    }
    return {};
}

} // namespace

QString PrometheusSample::label(const QString &labelName) const
{
    for (const auto &pair : labels) {
        if (pair.first == labelName)
            return pair.second;
    }
    return {};
}

std::optional<quint64> PrometheusSample::toUnsigned() const
{
    if (const auto exact = procfs::parseUnsigned(valueText))
        return exact;
    // 2^64 as a double; anything at or above it does not fit.
    if (!std::isfinite(value) || value < 0 || value >= 18446744073709551616.0)
        return std::nullopt;
    // llround() is for values that fit a qint64; beyond that a double is a whole number anyway.
    return value < 9.0e18 ? quint64(std::llround(value)) : quint64(value);
}

ParseResult<PrometheusText> parsePrometheusText(QByteArrayView text)
{
    ParseResult<PrometheusText> result;
    int understood = 0;
    int lineNumber = 0;
    for (QByteArrayView line : procfs::splitLines(text)) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith('#')) {
            // "# HELP name text" and "# TYPE name type"; any other comment is allowed and ignored.
            qsizetype at = 1;
            skipBlanks(line, &at);
            const bool isHelp = line.sliced(at).startsWith("HELP");
            const bool isType = line.sliced(at).startsWith("TYPE");
            ++understood;
            if (!isHelp && !isType)
                continue;
            at += 4;
            if (at < line.size() && line[at] != ' ' && line[at] != '\t')
                continue; // "# HELPER ..." is an ordinary comment
            skipBlanks(line, &at);
            const QString family = QString::fromLatin1(takeName(line, &at, true));
            if (family.isEmpty()) {
                --understood;
                result.warnings.append(PrometheusMessages::tr("line %1: a HELP or TYPE line without a metric name").arg(lineNumber));
                continue;
            }
            skipBlanks(line, &at);
            const QByteArrayView rest = line.sliced(at);
            if (isHelp)
                result.value.help.insert(family, unescape(rest, false));
            else
                result.value.types.insert(family, QString::fromLatin1(rest.trimmed()));
            continue;
        }
        PrometheusSample sample;
        const QString why = parseSampleLine(line, &sample);
        if (!why.isEmpty()) {
            result.warnings.append(PrometheusMessages::tr("line %1: %2").arg(lineNumber).arg(why));
            continue;
        }
        ++understood;
        result.value.samples.append(std::move(sample));
    }
    if (understood == 0 && !result.warnings.isEmpty())
        result.error = PrometheusMessages::tr("This is not the Prometheus text format: %1").arg(result.warnings.first());
    return result;
}

} // namespace tcplab::remote
