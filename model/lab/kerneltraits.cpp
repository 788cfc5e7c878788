// SPDX-License-Identifier: GPL-3.0-or-later
#include "kerneltraits.h"

#include "experimentresult.h"
#include "kernels/kernelshelf.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace tcplab::lab
{

QJsonObject KernelTraits::toJson() const
{
    QJsonObject json{{QStringLiteral("release"), release}};
    if (synQueueExtra)
        json.insert(QStringLiteral("syn_queue_extra"), *synQueueExtra);
    return json;
}

KernelTraits KernelTraits::fromJson(const QJsonObject &json)
{
    KernelTraits traits;
    traits.release = json.value(QStringLiteral("release")).toString();
    const QJsonValue extra = json.value(QStringLiteral("syn_queue_extra"));
    if (extra.isDouble() && (extra.toInt() == 0 || extra.toInt() == 1))
        traits.synQueueExtra = extra.toInt();
    return traits;
}

KernelTraitsStore::KernelTraitsStore(const QString &path)
    : m_path(path)
{
}

QString KernelTraitsStore::defaultPath()
{
    return QDir(kernels::KernelShelf::defaultRoot()).filePath(QStringLiteral("traits.json"));
}

QMap<QString, KernelTraits> KernelTraitsStore::load() const
{
    QMap<QString, KernelTraits> all;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return all;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = json.begin(); it != json.end(); ++it) {
        KernelTraits traits = KernelTraits::fromJson(it.value().toObject());
        if (traits.release == it.key() && !traits.isEmpty())
            all.insert(it.key(), traits);
    }
    return all;
}

std::optional<KernelTraits> KernelTraitsStore::find(const QString &release) const
{
    const QMap<QString, KernelTraits> all = load();
    const auto it = all.constFind(release);
    return it == all.cend() ? std::nullopt : std::optional<KernelTraits>(*it);
}

bool KernelTraitsStore::save(const KernelTraits &traits, QString *error) const
{
    QMap<QString, KernelTraits> all = load();
    all.insert(traits.release, traits);
    QJsonObject json;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        json.insert(it.key(), it.value().toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        *error = tr("cannot write %1").arg(m_path);
        return false;
    }
    return true;
}

ExperimentSpec KernelTraitsStore::calibrationSpec()
{
    ExperimentSpec spec;
    spec.backlog = kCalibrationBacklog;
    spec.clients = 1;
    spec.lateClients = 3 * kCalibrationBacklog;
    spec.lateHandshakeMs = -1; // they never complete: their requests stay in the SYN queue
    spec.accept = AcceptMode::Never;
    spec.observeS = 2;
    spec.kernel.syncookies = 1;
    return spec;
}

KernelTraits KernelTraitsStore::fromCalibration(const ExperimentResult &result)
{
    KernelTraits traits;
    traits.release = result.kernelRelease;
    const qint64 requests = result.serverStates.value(QStringLiteral("SYN_RECV"));
    if (requests == kCalibrationBacklog || requests == kCalibrationBacklog + 1)
        traits.synQueueExtra = int(requests - kCalibrationBacklog);
    return traits;
}

} // namespace tcplab::lab
