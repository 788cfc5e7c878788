// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel shelf against the real Debian archive this machine's apt uses: the catalogue, a
// Debian 11 cloud kernel fetched through apt with a private configuration, checked against the
// signed index and unpacked; a damaged package refused; a cancelled fetch leaving the shelf as it
// was; a kernel file of one's own; removal.
#include "kernels/aptarchive.h"
#include "kernels/kernelcatalogue.h"
#include "kernels/kernelshelf.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab::kernels;

class KernelShelfTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    std::optional<ShelfKernel> m_debian11;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
        QVERIFY2(!AptArchive::systemArchiveUri().isEmpty(), "this machine's apt names no Debian archive");
    }

    void catalogueNamesEachSuite_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("suite");
        QTest::addColumn<bool>("splitModules");
        QTest::newRow("debian11") << "debian11"
                                  << "bullseye" << false;
        QTest::newRow("debian12") << "debian12"
                                  << "bookworm" << false;
        QTest::newRow("debian13") << "debian13"
                                  << "trixie" << false;
        QTest::newRow("unstable") << "unstable"
                                  << "sid" << true;
    }

    void catalogueNamesEachSuite()
    {
        QFETCH(QString, name);
        QFETCH(QString, suite);
        QFETCH(bool, splitModules);
        const auto entry = Catalogue::find(name);
        QVERIFY(entry);
        QCOMPARE(entry->suite, suite);
        QCOMPARE(!entry->modulesPackage.isEmpty(), splitModules);
        QVERIFY(!Catalogue::title(*entry).isEmpty());
        QVERIFY(!KernelShelf::validName(name)); // a user's kernel file cannot take a catalogue name
    }

    void newerNamesFirst_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("aNewer");
        QTest::newRow("abi") << "linux-image-5.10.0-32-cloud-amd64"
                             << "linux-image-5.10.0-30-cloud-amd64" << true;
        QTest::newRow("older abi") << "linux-image-5.10.0-9-cloud-amd64"
                                   << "linux-image-5.10.0-30-cloud-amd64" << false;
        QTest::newRow("point release") << "linux-image-6.12.117+deb13-cloud-amd64"
                                       << "linux-image-6.12.41+deb13-cloud-amd64" << true;
        QTest::newRow("same") << "linux-image-6.1.0-50-cloud-amd64"
                              << "linux-image-6.1.0-50-cloud-amd64" << false;
    }

    void newerNamesFirst()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, aNewer);
        QCOMPARE(AptArchive::newerName(a, b), aNewer);
    }

    void keepsTheModulesARunNeeds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kept");
        QTest::newRow("veth") << "./lib/modules/5.10.0-32-cloud-amd64/kernel/drivers/net/veth.ko"
                              << "5.10.0-32-cloud-amd64/kernel/drivers/net/veth.ko";
        QTest::newRow("netem, merged usr") << "./usr/lib/modules/6.12.1/kernel/net/sched/sch_netem.ko.xz"
                                           << "6.12.1/kernel/net/sched/sch_netem.ko.xz";
        QTest::newRow("virtio console") << "./lib/modules/5.10/kernel/drivers/char/virtio_console.ko"
                                        << "5.10/kernel/drivers/char/virtio_console.ko";
        QTest::newRow("module list") << "./lib/modules/5.10/modules.builtin"
                                     << "5.10/modules.builtin";
        QTest::newRow("a disk driver") << "./lib/modules/5.10/kernel/drivers/block/loop.ko"
                                       << "";
        QTest::newRow("sid's kernel is not a module") << "./usr/lib/modules/7.2.13+deb14-cloud-amd64/vmlinuz"
                                                      << "";
        QTest::newRow("not modules") << "./usr/share/doc/linux-image/changelog.gz"
                                     << "";
        QTest::newRow("a path climbing out") << "./lib/modules/../../etc/passwd"
                                             << "";
        QTest::newRow("climbing out below kernel/net") << "./lib/modules/5.10/kernel/net/../../../../../tmp/x"
                                                       << "";
    }

    void keepsTheModulesARunNeeds()
    {
        QFETCH(QString, path);
        QFETCH(QString, kept);
        QCOMPARE(shelfPathOf(path), kept);
    }

    void fetchesDebian11()
    {
        KernelShelf shelf(m_root.filePath(QStringLiteral("shelf")));
        QList<double> fractions;
        ShelfKernel kernel;
        QString error;
        const bool ok = shelf.fetch(
            QStringLiteral("debian11"),
            [&fractions](double f, const QString &) {
                fractions << f;
            },
            nullptr,
            &kernel,
            &error);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(kernel.release.startsWith(QLatin1String("5.10.")));
        QVERIFY(kernel.release.endsWith(QLatin1String("-cloud-amd64")));
        QVERIFY(kernel.package.startsWith(QLatin1String("linux-image-5.10.")));
        QCOMPARE(kernel.sha256.size(), 64);
        QVERIFY(QFileInfo(kernel.vmlinuz()).size() > 4'000'000);
        QCOMPARE(KernelShelf::bzImageRelease(kernel.vmlinuz(), &error), kernel.release);
        for (const char *module : {"kernel/drivers/net/veth.ko", "kernel/net/sched/sch_netem.ko", "kernel/net/sched/sch_tbf.ko"})
            QVERIFY2(QFileInfo::exists(QDir(kernel.modulesDirectory()).filePath(QLatin1String(module))), module);
        // Only what a run needs: far less than the package's 80 MB.
        QVERIFY(kernel.bytes < 40'000'000);
        // Progress went from the start to the end, never backwards.
        QVERIFY(fractions.size() >= 4);
        QCOMPARE(fractions.first(), 0.0);
        QCOMPARE(fractions.last(), 1.0);
        QVERIFY(std::is_sorted(fractions.cbegin(), fractions.cend()));
        // The shelf lists it from its folder, as a new process would.
        const auto listed = KernelShelf(shelf.root()).find(QStringLiteral("debian11"));
        QVERIFY(listed);
        QCOMPARE(listed->release, kernel.release);
        QCOMPARE(listed->sha256, kernel.sha256);
        QCOMPARE(listed->bytes, kernel.bytes);
        m_debian11 = kernel;
    }

    void refusesADamagedPackage()
    {
        // A package fetched as the shelf fetches it, then one byte changed: its checksum no longer
        // matches the signed index.
        AptArchive apt(m_root.filePath(QStringLiteral("apt")), QStringLiteral("bullseye"));
        QString error;
        QVERIFY2(apt.update(&error), qPrintable(error));
        PackageRecord record;
        QVERIFY2(apt.record(QStringLiteral("tcpdump"), &record, &error), qPrintable(error));
        QString path;
        QVERIFY2(apt.download(record.name, m_root.filePath(QStringLiteral("dl")), {}, &path, &error), qPrintable(error));
        QVERIFY2(KernelShelf::verifyPackage(path, record.size, record.sha256, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(record.size / 2);
        char byte = 0;
        file.getChar(&byte);
        file.seek(record.size / 2);
        file.putChar(char(byte ^ 0x40));
        file.close();
        QVERIFY(!KernelShelf::verifyPackage(path, record.size, record.sha256, &error));
        QVERIFY(error.contains(QLatin1String("SHA-256")));
        QVERIFY(!KernelShelf::verifyPackage(path, record.size + 1, record.sha256, &error));
        QVERIFY(error.contains(QLatin1String("bytes")));
    }

    void aCancelledFetchLeavesTheShelfAsItWas()
    {
        KernelShelf shelf(m_root.filePath(QStringLiteral("shelf")));
        const QList<ShelfKernel> before = shelf.kernels();
        std::atomic_bool cancel{true};
        ShelfKernel kernel;
        QString error;
        QVERIFY(!shelf.fetch(QStringLiteral("debian12"), {}, &cancel, &kernel, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(shelf.kernels().size(), before.size());
        QVERIFY(!shelf.find(QStringLiteral("debian12")));
        // No half-made folder is left beside the kernels.
        const QStringList left = QDir(shelf.root()).entryList({QStringLiteral(".fetch-*")}, QDir::Dirs | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void unknownNamesAreRefused()
    {
        KernelShelf shelf(m_root.filePath(QStringLiteral("shelf")));
        ShelfKernel kernel;
        QString error;
        QVERIFY(!shelf.fetch(QStringLiteral("debian10"), {}, nullptr, &kernel, &error));
        QVERIFY(error.contains(QLatin1String("debian10")));
        QVERIFY(!shelf.remove(QStringLiteral("nothing"), &error));
    }

    void takesAKernelFileOfOnesOwn()
    {
        QVERIFY(m_debian11);
        KernelShelf shelf(m_root.filePath(QStringLiteral("shelf")));
        ShelfKernel mine;
        QString error;
        QVERIFY2(shelf.addFile(QStringLiteral("mine"), m_debian11->vmlinuz(), m_debian11->modulesDirectory(), &mine, &error), qPrintable(error));
        QCOMPARE(mine.release, m_debian11->release);
        QCOMPARE(mine.source, QStringLiteral("file"));
        QVERIFY(QFileInfo::exists(QDir(mine.modulesDirectory()).filePath(QStringLiteral("kernel/drivers/net/veth.ko"))));
        QVERIFY(shelf.find(QStringLiteral("mine")));
        // Not a kernel, and names that cannot be used.
        const QString text = m_root.filePath(QStringLiteral("not-a-kernel"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QVERIFY(!shelf.addFile(QStringLiteral("bad"), text, QString(), &mine, &error));
        QVERIFY(error.contains(QLatin1String("bzImage")));
        for (const char *name : {"debian11", "host", "../up", "", "a b"})
            QVERIFY2(!shelf.addFile(QLatin1String(name), m_debian11->vmlinuz(), QString(), &mine, &error), name);
        QVERIFY2(shelf.remove(QStringLiteral("mine"), &error), qPrintable(error));
        QVERIFY(!shelf.find(QStringLiteral("mine")));
        QVERIFY(shelf.find(QStringLiteral("debian11")));
    }
};

QTEST_GUILESS_MAIN(KernelShelfTest)
#include "kernelshelf_test.moc"
