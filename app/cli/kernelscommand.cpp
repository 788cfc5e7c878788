// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelscommand.h"

#include "kernels/kernelcatalogue.h"
#include "kernels/kernelshelf.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <csignal>

namespace tcplab::cli
{

namespace
{

std::atomic_bool g_cancel{false};

void onInterrupt(int)
{
    g_cancel = true;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', 1) + QLatin1String(" MB");
}

} // namespace

void KernelsCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("The shelf of kernels tcplab boots in virtual machines: Debian's cloud kernels (%1), fetched from the "
                                        "Debian archive and checked against its signed index, and kernel files of your own.")
                                         .arg(QStringLiteral("debian11, debian12, debian13, unstable")));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kernels"), tr("The kernels command."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list (the default), fetch NAME..., add NAME FILE, or remove NAME..."),
                                 QStringLiteral("[list|fetch|add|remove]"));
    parser.addOption({QStringLiteral("modules"), tr("With add: the kernel's modules folder (/lib/modules/RELEASE)."), tr("folder")});
    parser.addOption({QStringLiteral("json"), tr("With list: one JSON object instead of a table.")});
}

int KernelsCommand::run(const QCommandLineParser &parser)
{
    QStringList arguments = parser.positionalArguments().mid(1);
    const QString action = arguments.isEmpty() ? QStringLiteral("list") : arguments.takeFirst();
    kernels::KernelShelf shelf;
    if (action == QLatin1String("list") && arguments.isEmpty())
        return list(shelf, parser.isSet(QStringLiteral("json")));
    if (action == QLatin1String("fetch") && !arguments.isEmpty())
        return fetch(shelf, arguments);
    if (action == QLatin1String("add") && arguments.size() == 2)
        return add(shelf, arguments, parser.value(QStringLiteral("modules")));
    if (action == QLatin1String("remove") && !arguments.isEmpty())
        return remove(shelf, arguments);
    QTextStream(stderr) << tr("tcplab: kernels takes list, fetch NAME..., add NAME FILE [--modules DIR] or remove NAME...") << Qt::endl;
    return 2;
}

int KernelsCommand::list(kernels::KernelShelf &shelf, bool json)
{
    const QList<kernels::ShelfKernel> onShelf = shelf.kernels();
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const kernels::ShelfKernel &k : onShelf)
            array.append(k.toJson());
        QJsonArray catalogue;
        for (const kernels::CatalogueEntry &entry : kernels::Catalogue::entries())
            catalogue.append(QJsonObject{{QStringLiteral("name"), entry.name}, {QStringLiteral("suite"), entry.suite}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("shelf"), shelf.root()}, {QStringLiteral("kernels"), array}, {QStringLiteral("catalogue"), catalogue}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }
    out << tr("Kernel shelf: %1").arg(shelf.root()) << Qt::endl;
    for (const kernels::CatalogueEntry &entry : kernels::Catalogue::entries()) {
        const auto k = shelf.find(entry.name);
        out << QStringLiteral("  %1  %2  ").arg(entry.name, -10).arg(kernels::Catalogue::title(entry), -34)
            << (k ? tr("%1, %2").arg(k->release, megabytes(k->bytes)) : tr("not fetched")) << Qt::endl;
    }
    for (const kernels::ShelfKernel &k : onShelf) {
        if (k.source != QLatin1String(kernels::KernelShelf::kArchiveOrigin))
            out << QStringLiteral("  %1  ").arg(k.name, -10) << tr("%1, %2, from %3").arg(k.release, megabytes(k.bytes), k.origin) << Qt::endl;
    }
    return 0;
}

int KernelsCommand::fetch(kernels::KernelShelf &shelf, const QStringList &names)
{
    // Ctrl+C stops the download and leaves the shelf as it was.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTextStream err(stderr);
    for (const QString &name : names) {
        int lastPercent = -10;
        kernels::ShelfKernel kernel;
        QString error;
        const bool ok = shelf.fetch(
            name,
            [&](double fraction, const QString &text) {
                const int percent = int(fraction * 100);
                if (percent / 10 != lastPercent / 10 || fraction >= 1) {
                    err << QStringLiteral("%1: %2 %3 %").arg(name, text).arg(percent) << Qt::endl;
                    lastPercent = percent;
                }
            },
            &g_cancel,
            &kernel,
            &error);
        if (!ok) {
            err << tr("tcplab: cannot fetch %1: %2").arg(name, error) << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << tr("%1: %2 (%3, package %4 %5)").arg(name, kernel.release, megabytes(kernel.bytes), kernel.package, kernel.version) << Qt::endl;
    }
    return 0;
}

int KernelsCommand::add(kernels::KernelShelf &shelf, const QStringList &arguments, const QString &modules)
{
    kernels::ShelfKernel kernel;
    QString error;
    if (!shelf.addFile(arguments.at(0), arguments.at(1), modules, &kernel, &error)) {
        QTextStream(stderr) << tr("tcplab: %1").arg(error) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << tr("%1: %2 (%3)").arg(kernel.name, kernel.release, megabytes(kernel.bytes)) << Qt::endl;
    return 0;
}

int KernelsCommand::remove(kernels::KernelShelf &shelf, const QStringList &names)
{
    for (const QString &name : names) {
        QString error;
        if (!shelf.remove(name, &error)) {
            QTextStream(stderr) << tr("tcplab: %1").arg(error) << Qt::endl;
            return 1;
        }
    }
    return 0;
}

} // namespace tcplab::cli
