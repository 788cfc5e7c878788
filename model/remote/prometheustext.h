// SPDX-License-Identifier: GPL-3.0-or-later
// The Prometheus text exposition format (version 0.0.4), as node_exporter serves it on /metrics:
// "# HELP" and "# TYPE" lines, samples `name{label="value",...} value [timestamp]` with escaped
// label values, NaN and +Inf/-Inf, and integers too large for a double kept exactly. A pure
// function of the text, so that it can be fuzzed.
#pragma once

#include "procfs/parseresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace tcplab::remote
{

struct PrometheusSample {
    QString name;
    QList<std::pair<QString, QString>> labels; // in the order written, values unescaped
    double value = 0;
    QByteArray valueText; // as written, for exactUnsigned()
    std::optional<qint64> timestampMs;

    // The value of label `name`, or "" (Prometheus treats an absent label as empty).
    QString label(const QString &name) const;
    // The value as an exact unsigned integer when it is written as one ("18446744073709551615"),
    // or when it is a finite, non-negative double (rounded); otherwise nullopt.
    std::optional<quint64> toUnsigned() const;
};

struct PrometheusText {
    QList<PrometheusSample> samples;
    QHash<QString, QString> help; // metric family -> help text, unescaped
    QHash<QString, QString> types; // metric family -> "counter", "gauge", "untyped" ...
};

class PrometheusMessages
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::remote::PrometheusMessages)
};

// Lines that cannot be read are skipped with a warning naming the line; the result is an error
// only when there was text and not one line of it could be read.
ParseResult<PrometheusText> parsePrometheusText(QByteArrayView text);

} // namespace tcplab::remote
