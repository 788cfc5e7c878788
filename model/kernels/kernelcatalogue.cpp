// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelcatalogue.h"

namespace tcplab::kernels
{

QList<CatalogueEntry> Catalogue::entries()
{
    const QString image = QStringLiteral("^linux-image-[0-9][0-9a-z.+-]*-cloud-amd64$");
    return {
        {QStringLiteral("debian11"),
         QStringLiteral("bullseye"),
         QT_TRANSLATE_NOOP("tcplab::kernels::Catalogue", "Debian 11 (bullseye), Linux 5.10"),
         image,
         QString()},
        {QStringLiteral("debian12"),
         QStringLiteral("bookworm"),
         QT_TRANSLATE_NOOP("tcplab::kernels::Catalogue", "Debian 12 (bookworm), Linux 6.1"),
         image,
         QString()},
        {QStringLiteral("debian13"),
         QStringLiteral("trixie"),
         QT_TRANSLATE_NOOP("tcplab::kernels::Catalogue", "Debian 13 (trixie), Linux 6.12"),
         image,
         QString()},
        // sid splits its kernel: vmlinuz in linux-binary-*, the modules in linux-modules-*.
        {QStringLiteral("unstable"),
         QStringLiteral("sid"),
         QT_TRANSLATE_NOOP("tcplab::kernels::Catalogue", "Debian unstable (sid), Linux 7.x"),
         QStringLiteral("^linux-binary-[0-9][0-9a-z.+-]*-cloud-amd64$"),
         QStringLiteral("linux-modules-%1")},
    };
}

std::optional<CatalogueEntry> Catalogue::find(const QString &name)
{
    for (const CatalogueEntry &entry : entries()) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

QString Catalogue::title(const CatalogueEntry &entry)
{
    return tr(entry.title);
}

} // namespace tcplab::kernels
