// SPDX-License-Identifier: GPL-3.0-or-later
// What one kernel does, measured on it rather than assumed from its version: a version number
// does not say which fixes a stable kernel carries (Debian's take many backports). Each trait is
// either measured on a kernel release by a short calibration run and kept per release, or absent,
// and then the kernel model falls back to its version rule and says so.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace tcplab::lab
{

struct ExperimentResult;
struct ExperimentSpec;

struct KernelTraits {
    QString release; // `uname -r` of the kernel they were measured on
    // inet_csk_reqsk_queue_is_full(): how many request sockets past the backlog the SYN queue holds
    // before it counts as full: 0 with ">=" (4.4 to 6.12 as released), 1 with ">" (6.13, and
    // stable kernels that took the fix).
    std::optional<int> synQueueExtra;

    bool isEmpty() const
    {
        return !synQueueExtra.has_value();
    }
    QJsonObject toJson() const;
    static KernelTraits fromJson(const QJsonObject &json);
};

class KernelTraitsStore
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::lab::KernelTraitsStore)
public:
    // Kept in one JSON file beside the kernel shelf (the XDG cache folder).
    explicit KernelTraitsStore(const QString &path = defaultPath());
    static QString defaultPath();

    std::optional<KernelTraits> find(const QString &release) const;
    bool save(const KernelTraits &traits, QString *error) const;

    // The calibration run: a SYN flood of half-open clients against a small backlog, with cookies
    // on so that the flood past the SYN queue is answered, not dropped. Its SYN_RECV count is the
    // SYN queue's capacity.
    static ExperimentSpec calibrationSpec();
    static constexpr int kCalibrationBacklog = 8;
    // The traits a calibration run measured; empty when its figures do not fit either rule.
    static KernelTraits fromCalibration(const ExperimentResult &result);

private:
    QMap<QString, KernelTraits> load() const;
    QString m_path;
};

} // namespace tcplab::lab
