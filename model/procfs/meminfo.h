// SPDX-License-Identifier: GPL-3.0-or-later
// /proc/meminfo: the machine's memory, "Key:  value kB" per line (meminfo_proc_show(),
// fs/proc/meminfo.c). Every key is kept by name; values with a "kB" unit are turned into bytes,
// values without one (HugePages_Total ...) are counts and kept as they are.
#pragma once

#include "parseresult.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tcplab::procfs
{

class MemInfo
{
public:
    // "MemTotal", "MemAvailable", "Slab" ... in bytes (or a count, see isCount); `fallback` when absent.
    quint64 value(const QString &key, quint64 fallback = 0) const
    {
        return m_values.value(key, fallback);
    }
    bool contains(const QString &key) const
    {
        return m_values.contains(key);
    }
    // True for a value printed without a unit: a number of pages or huge pages, not bytes.
    bool isCount(const QString &key) const
    {
        return m_counts.contains(key);
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

    void insert(const QString &key, quint64 value, bool isCount);

private:
    QHash<QString, quint64> m_values;
    QStringList m_keys;
    QStringList m_counts;
};

ParseResult<MemInfo> parseMemInfo(QByteArrayView text);

} // namespace tcplab::procfs
