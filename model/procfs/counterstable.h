// SPDX-License-Identifier: GPL-3.0-or-later
// /proc/net/snmp and /proc/net/netstat: pairs of lines, a header of names and a line of values per
// group (`Tcp:`, `TcpExt:`, `IpExt:`, `MPTcpExt:` ...). Every field is kept by its kernel name, so
// fields that newer kernels add are read without a change here.
#pragma once

#include "parseresult.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tcplab::procfs
{

class CountersTable
{
public:
    // "Group.Name", e.g. "TcpExt.ListenOverflows" or "Tcp.ActiveOpens"; `fallback` when absent.
    qint64 value(const QString &key, qint64 fallback = 0) const
    {
        return m_values.value(key, fallback);
    }
    bool contains(const QString &key) const
    {
        return m_values.contains(key);
    }
    // Keys in the order the kernel printed them.
    const QStringList &keys() const
    {
        return m_keys;
    }
    qsizetype size() const
    {
        return m_keys.size();
    }
    bool isEmpty() const
    {
        return m_keys.isEmpty();
    }

    void insert(const QString &key, qint64 value);
    // Adds every field of `other` (a later value for the same key replaces the earlier one).
    void merge(const CountersTable &other);

private:
    QHash<QString, qint64> m_values;
    QStringList m_keys;
};

// Parses either file. `fileName` only names the file in messages.
ParseResult<CountersTable> parseCountersTable(QByteArrayView text, const QString &fileName);

} // namespace tcplab::procfs
