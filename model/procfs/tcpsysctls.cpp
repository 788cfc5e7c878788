// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpsysctls.h"

#include "procfile.h"
#include "text.h"

#include <QFileInfo>

namespace tcplab::procfs
{

ParseResult<QList<qint64>> parseSysctlValues(QByteArrayView text)
{
    ParseResult<QList<qint64>> result;
    const QList<QByteArrayView> lines = splitLines(text);
    qsizetype used = 0;
    for (const QByteArrayView line : lines) {
        if (!line.trimmed().isEmpty())
            ++used;
    }
    if (used != 1) {
        result.error = used == 0 ? Messages::tr("the sysctl file is empty") : Messages::tr("the sysctl file holds more than one line");
        return result;
    }
    for (const QByteArrayView line : lines) {
        for (const QByteArrayView word : splitWords(line.trimmed())) {
            const auto value = parseSigned(word);
            if (!value) {
                result.value.clear();
                result.error = Messages::tr("the sysctl value %1 is not a number").arg(QString::fromLatin1(word.first(qMin<qsizetype>(word.size(), 40))));
                return result;
            }
            result.value.append(*value);
        }
    }
    return result;
}

ParseResult<qint64> parseSysctlValue(QByteArrayView text)
{
    ParseResult<qint64> result;
    const auto values = parseSysctlValues(text);
    if (!values.ok()) {
        result.error = values.error;
        return result;
    }
    if (values.value.size() != 1) {
        result.error = Messages::tr("the sysctl file holds %1 values, not one").arg(values.value.size());
        return result;
    }
    result.value = values.value.first();
    return result;
}

ParseResult<TcpSysctls> readTcpSysctls(const QString &root)
{
    ParseResult<TcpSysctls> result;
    struct Single {
        const char *path;
        qint64 TcpSysctls::*field;
    };
    static constexpr Single singles[] = {
        {"net/core/somaxconn", &TcpSysctls::somaxconn},
        {"net/ipv4/tcp_max_syn_backlog", &TcpSysctls::tcpMaxSynBacklog},
        {"net/ipv4/tcp_syncookies", &TcpSysctls::tcpSyncookies},
        {"net/ipv4/tcp_synack_retries", &TcpSysctls::tcpSynackRetries},
        {"net/ipv4/tcp_syn_retries", &TcpSysctls::tcpSynRetries},
        {"net/ipv4/tcp_abort_on_overflow", &TcpSysctls::tcpAbortOnOverflow},
        {"net/ipv4/tcp_syn_linear_timeouts", &TcpSysctls::tcpSynLinearTimeouts},
    };
    int read = 0;
    // Returns the file's contents, or nothing when it is missing (silently) or unreadable (warned).
    auto load = [&](const char *relative, QByteArray *contents) {
        const QString path = root + QLatin1Char('/') + QLatin1String(relative);
        if (!QFileInfo::exists(path))
            return false;
        QString error;
        if (!readProcFile(path, contents, &error)) {
            result.warnings.append(error);
            return false;
        }
        ++read;
        return true;
    };
    for (const Single &single : singles) {
        QByteArray contents;
        if (!load(single.path, &contents))
            continue;
        const auto value = parseSysctlValue(contents);
        if (!value.ok()) {
            result.warnings.append(QStringLiteral("%1: %2").arg(QLatin1String(single.path), value.error));
            continue;
        }
        result.value.*single.field = value.value;
    }
    QByteArray contents;
    if (load("net/ipv4/ip_local_port_range", &contents)) {
        const auto values = parseSysctlValues(contents);
        if (!values.ok()) {
            result.warnings.append(QStringLiteral("net/ipv4/ip_local_port_range: %1").arg(values.error));
        } else if (values.value.size() != 2) {
            result.warnings.append(Messages::tr("net/ipv4/ip_local_port_range: %1 values, not two").arg(values.value.size()));
        } else {
            result.value.ipLocalPortRangeLow = values.value[0];
            result.value.ipLocalPortRangeHigh = values.value[1];
        }
    }
    if (read == 0)
        result.error = Messages::tr("%1: none of the TCP queue settings could be read").arg(root);
    return result;
}

} // namespace tcplab::procfs
