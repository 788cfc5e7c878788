// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels the shelf can fetch: Debian's cloud-amd64 kernels of each suite the archive serves,
// by a short name ("debian11" ... "unstable"). A suite's newest kernel package is found in its
// signed index at fetch time, so the shelf follows the archive's point releases.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tcplab::kernels
{

struct CatalogueEntry {
    QString name; // "debian11"
    QString suite; // "bullseye"
    const char *title; // untranslated, context "tcplab::kernels::Catalogue"
    // The package with the kernel image (its name holds the kernel release), and, where the suite
    // splits the modules off, the package with them; %1 is the release.
    QString imagePattern; // a regular expression for apt-cache search --names-only
    QString modulesPackage; // "" when the image package carries the modules
};

class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::kernels::Catalogue)
public:
    static QList<CatalogueEntry> entries();
    static std::optional<CatalogueEntry> find(const QString &name);
    static QString title(const CatalogueEntry &entry);
};

} // namespace tcplab::kernels
