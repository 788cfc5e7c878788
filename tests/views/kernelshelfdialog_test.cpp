// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel shelf dialog on shelves in a temporary folder: the catalogue's kernels listed before
// any is fetched; a real fetch of Debian 11's cloud kernel from the archive this machine's apt uses;
// fetches cancelled (by ShelfFetch, by Esc) leaving the shelf as it was; a real kernel image added
// as a kernel file of one's own and removed again (by Delete and by Remove, and kept when the
// question is answered No); names that cannot be used refused in words; the window's menu entry;
// English and Japanese screenshots.
#include "../common/widgettest.h"
#include "i18n/localization.h"
#include "kernels/kernelcatalogue.h"
#include "kernels/kernelshelf.h"
#include "kernels/kernelshelfdialog.h"
#include "kernels/shelffetch.h"
#include "lab/kerneltraits.h"
#include "mainwindow.h"
#include "series/monitorsession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace tcplab;
using kernels::KernelShelf;
using kernels::ShelfFetch;

namespace
{

// A fetch of Debian 11's kernel: apt's index (8 MB) and the package (21 MB).
constexpr int kFetchTimeoutMs = 240'000;
// Cancelling stops apt within a poll or two, or waits for an unpack that has begun.
constexpr int kCancelTimeoutMs = 60'000;

QStringList leftovers(const QString &root)
{
    return QDir(root).entryList({QStringLiteral(".fetch-*")}, QDir::Dirs | QDir::Hidden);
}

} // namespace

class KernelShelfDialogTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Localization *m_localization = nullptr;
    // A real kernel image to add as a kernel file: the host's, or Debian 11's once fetched.
    QString m_bzImage;
    QString m_modules;

    QString shelfRoot(const char *name) const
    {
        return m_dir.filePath(QLatin1String(name));
    }

    static QPushButton *button(const KernelShelfDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }

    // Answers the next message box with the button of this role, once it shows.
    static void answerNextMessageBox(QMessageBox::StandardButton answer, bool *asked)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked = true;
            timer->deleteLater();
            box->button(answer)->click();
        });
        timer->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        tcplab::test::useFreshSettings("kernelshelfdialog-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        // The host's own kernel, when /boot has one this user can read.
        const QFileInfoList images = QDir(QStringLiteral("/boot")).entryInfoList({QStringLiteral("vmlinuz-*")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &image : images) {
            QString error;
            const QString release = KernelShelf::bzImageRelease(image.filePath(), &error);
            if (release.isEmpty())
                continue;
            m_bzImage = image.filePath();
            if (QFileInfo(QStringLiteral("/lib/modules/") + release).isDir())
                m_modules = QStringLiteral("/lib/modules/") + release;
            break;
        }
        if (m_bzImage.isEmpty())
            qInfo("/boot has no kernel image: the kernel file comes from the fetched Debian 11 kernel");
    }

    void listsTheCatalogue()
    {
        KernelShelfDialog dialog(shelfRoot("empty"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Kernel Shelf"));
        QCOMPARE(dialog.table()->topLevelItemCount(), 4);
        for (const char *name : {"debian11", "debian12", "debian13", "unstable"}) {
            const QTreeWidgetItem *row = dialog.row(QLatin1String(name));
            QVERIFY2(row, name);
            QCOMPARE(row->text(KernelShelfDialog::NameColumn), QLatin1String(name));
            QCOMPARE(row->text(KernelShelfDialog::ReleaseColumn), QStringLiteral("not on the shelf"));
            QCOMPARE(row->text(KernelShelfDialog::OriginColumn), kernels::Catalogue::title(*kernels::Catalogue::find(QLatin1String(name))));
        }
        QCOMPARE(dialog.table()->headerItem()->text(KernelShelfDialog::SizeColumn), QStringLiteral("Size"));
        // The first kernel is chosen: it can be fetched, not removed.
        QCOMPARE(dialog.selectedKernel(), QStringLiteral("debian11"));
        QVERIFY(button(dialog, "fetchButton")->isEnabled());
        QCOMPARE(button(dialog, "fetchButton")->text(), QStringLiteral("&Fetch"));
        QVERIFY(!button(dialog, "removeButton")->isEnabled());
        QVERIFY(!button(dialog, "cancelFetchButton")->isEnabled());
        QVERIFY(button(dialog, "addKernelFileButton")->isEnabled());
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("fetchProgress"))->isVisible());
        QCOMPARE(dialog.errorText(), QString());
        // Every button has a mnemonic, and no two share one.
        QSet<QChar> mnemonics;
        for (const QPushButton *b : dialog.findChildren<QPushButton *>()) {
            const qsizetype amp = b->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < b->text().size(), qPrintable(b->text()));
            const QChar key = b->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(b->text()));
            mnemonics.insert(key);
        }
        // Nothing was written for a look.
        QVERIFY(!QFileInfo::exists(shelfRoot("empty")));
    }

    void cancellingAFetchLeavesTheShelfAsItWas()
    {
        const QString root = shelfRoot("cancelled");
        ShelfFetch fetch(root);
        QSignalSpy progress(&fetch, &ShelfFetch::progress);
        QSignalSpy finished(&fetch, &ShelfFetch::finished);
        QSignalSpy failed(&fetch, &ShelfFetch::failed);
        QSignalSpy cancelled(&fetch, &ShelfFetch::cancelled);
        QVERIFY(fetch.start(QStringLiteral("debian11")));
        QVERIFY(fetch.isRunning());
        QCOMPARE(fetch.kernelName(), QStringLiteral("debian11"));
        QVERIFY(!fetch.start(QStringLiteral("debian12"))); // one at a time
        QVERIFY(!fetch.setRoot(shelfRoot("elsewhere")));
        // Cancelled while apt reads the index.
        QVERIFY(progress.wait(30'000));
        QCOMPARE(progress.first().at(0).toDouble(), 0.0);
        QVERIFY(progress.first().at(1).toString().contains(QLatin1String("bullseye")));
        fetch.cancel();
        QVERIFY(fetch.isCancelling());
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, kCancelTimeoutMs);
        QVERIFY(!fetch.isRunning());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(KernelShelf(root).kernels().isEmpty());
        QVERIFY2(leftovers(root).isEmpty(), qPrintable(leftovers(root).join(QLatin1Char(' '))));

        // Cancelled before it could begin.
        QVERIFY(fetch.start(QStringLiteral("debian11")));
        fetch.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 2, kCancelTimeoutMs);
        QCOMPARE(finished.size(), 0);
        QVERIFY(KernelShelf(root).kernels().isEmpty());

        // Destroyed while it runs: it stops and waits, and nothing comes onto the shelf.
        auto *gone = new ShelfFetch(root);
        QSignalSpy goneProgress(gone, &ShelfFetch::progress);
        QVERIFY(gone->start(QStringLiteral("debian11")));
        QVERIFY(goneProgress.wait(30'000));
        delete gone;
        QVERIFY(KernelShelf(root).kernels().isEmpty());
        QVERIFY2(leftovers(root).isEmpty(), qPrintable(leftovers(root).join(QLatin1Char(' '))));
    }

    void escapeCancelsAFetchFirst()
    {
        const QString root = shelfRoot("escape");
        KernelShelfDialog dialog(root);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy cancelled(dialog.fetcher(), &ShelfFetch::cancelled);
        QVERIFY(dialog.fetchKernel(QStringLiteral("debian12")));
        QVERIFY(dialog.isFetching());
        QVERIFY(!dialog.fetchKernel(QStringLiteral("debian13")));
        QCOMPARE(dialog.row(QStringLiteral("debian12"))->text(KernelShelfDialog::ReleaseColumn), QStringLiteral("fetching…"));
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("fetchProgress"))->isVisible());
        QVERIFY(button(dialog, "cancelFetchButton")->isEnabled());
        QVERIFY(!button(dialog, "fetchButton")->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        // The first Esc stops the fetch; the dialog stays.
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusText().contains(QLatin1String("Cancelling")));
        QVERIFY(!button(dialog, "cancelFetchButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, kCancelTimeoutMs);
        QVERIFY(!dialog.isFetching());
        QVERIFY2(dialog.statusText().contains(QLatin1String("cancelled")), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.row(QStringLiteral("debian12"))->text(KernelShelfDialog::ReleaseColumn), QStringLiteral("not on the shelf"));
        QCOMPARE(dialog.errorText(), QString());
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("fetchProgress"))->isVisible());
        QVERIFY(KernelShelf(root).kernels().isEmpty());
        QVERIFY(leftovers(root).isEmpty());
        // The next one closes it.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void fetchesAKernel()
    {
        const QString root = shelfRoot("shelf");
        KernelShelfDialog dialog(root);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(dialog.fetcher(), &ShelfFetch::finished);
        QSignalSpy failed(dialog.fetcher(), &ShelfFetch::failed);
        QSignalSpy changed(&dialog, &KernelShelfDialog::shelfChanged);
        QVERIFY(dialog.selectKernel(QStringLiteral("debian11")));
        QTest::mouseClick(button(dialog, "fetchButton"), Qt::LeftButton);
        QVERIFY(dialog.isFetching());
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("fetchProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 || !finished.isEmpty() || !failed.isEmpty(), kFetchTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), kFetchTimeoutMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(changed.size(), 1);

        const auto kernel = KernelShelf(root).find(QStringLiteral("debian11"));
        QVERIFY(kernel);
        const QTreeWidgetItem *row = dialog.row(QStringLiteral("debian11"));
        QVERIFY(row->text(KernelShelfDialog::ReleaseColumn).startsWith(QLatin1String("5.10.")));
        QCOMPARE(row->text(KernelShelfDialog::ReleaseColumn), kernel->release);
        QCOMPARE(row->text(KernelShelfDialog::VersionColumn), kernel->version);
        QCOMPARE(row->text(KernelShelfDialog::SizeColumn), QLocale().formattedDataSize(kernel->bytes, 1, QLocale::DataSizeSIFormat));
        QVERIFY(row->text(KernelShelfDialog::SizeColumn).endsWith(QLatin1String(" MB")));
        QVERIFY(row->text(KernelShelfDialog::OriginColumn).endsWith(QLatin1String(" bullseye")));
        QCOMPARE(row->text(KernelShelfDialog::TraitsColumn), QStringLiteral("not yet measured"));
        QVERIFY(row->text(KernelShelfDialog::AddedColumn) != QStringLiteral("—"));
        QVERIFY(dialog.statusText().contains(kernel->release));
        QCOMPARE(dialog.selectedKernel(), QStringLiteral("debian11"));
        QCOMPARE(button(dialog, "fetchButton")->text(), QStringLiteral("&Fetch Again"));
        QVERIFY(button(dialog, "removeButton")->isEnabled());
        QVERIFY(!bar->isVisible());
        QVERIFY(leftovers(root).isEmpty());
        if (m_bzImage.isEmpty()) {
            m_bzImage = kernel->vmlinuz();
            m_modules = kernel->modulesDirectory();
        }
    }

    void addsAndRemovesAKernelFile()
    {
        QVERIFY(!m_bzImage.isEmpty());
        const QString root = shelfRoot("files");
        KernelShelfDialog dialog(root);
        dialog.setConfirmRemovals(false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &KernelShelfDialog::shelfChanged);
        QString error;
        const QString release = KernelShelf::bzImageRelease(m_bzImage, &error);
        QVERIFY2(!release.isEmpty(), qPrintable(error));

        QVERIFY2(dialog.addKernelFile(m_bzImage, m_modules, QStringLiteral("mine")), qPrintable(dialog.errorText()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dialog.table()->topLevelItemCount(), 5);
        const QTreeWidgetItem *row = dialog.row(QStringLiteral("mine"));
        QVERIFY(row);
        QCOMPARE(row->text(KernelShelfDialog::ReleaseColumn), release);
        const auto kernel = KernelShelf(root).find(QStringLiteral("mine"));
        QVERIFY(kernel);
        QVERIFY(kernel->bytes > 0);
        const QString size = row->text(KernelShelfDialog::SizeColumn);
        QVERIFY2(size.endsWith(QLatin1String("MB")) || size.endsWith(QLatin1String("kB")), qPrintable(size));
        QVERIFY(!size.startsWith(QLatin1Char('0')));
        QCOMPARE(row->text(KernelShelfDialog::OriginColumn), QDir::toNativeSeparators(QFileInfo(m_bzImage).absoluteFilePath()));
        QCOMPARE(row->text(KernelShelfDialog::VersionColumn), QStringLiteral("—"));
        QCOMPARE(row->text(KernelShelfDialog::TraitsColumn), QStringLiteral("not yet measured"));
        QCOMPARE(dialog.selectedKernel(), QStringLiteral("mine"));
        QVERIFY(!button(dialog, "fetchButton")->isEnabled()); // a file is not fetched
        QVERIFY(button(dialog, "removeButton")->isEnabled());
        QVERIFY(dialog.statusText().contains(release));
        if (!m_modules.isEmpty())
            QVERIFY(QFileInfo::exists(QDir(kernel->modulesDirectory()).filePath(QStringLiteral("kernel/drivers/net"))));

        // Traits measured on that release show as such.
        lab::KernelTraits traits;
        traits.release = release;
        traits.synQueueExtra = 0;
        QVERIFY2(lab::KernelTraitsStore(dialog.traitsPath()).save(traits, &error), qPrintable(error));
        dialog.refresh();
        QCOMPARE(dialog.row(QStringLiteral("mine"))->text(KernelShelfDialog::TraitsColumn), QStringLiteral("measured"));
        QCOMPARE(dialog.selectedKernel(), QStringLiteral("mine"));

        // Delete removes it.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.table()->setFocus();
        QTest::keyClick(dialog.table(), Qt::Key_Delete);
        QVERIFY(!dialog.row(QStringLiteral("mine")));
        QCOMPARE(dialog.table()->topLevelItemCount(), 4);
        QVERIFY(!QFileInfo::exists(kernel->directory));
        QVERIFY(!KernelShelf(root).find(QStringLiteral("mine")));
        QCOMPARE(changed.size(), 2);
        QVERIFY(dialog.statusText().contains(QLatin1String("removed")));
        QCOMPARE(dialog.errorText(), QString());

        // And so does the Remove button.
        QVERIFY(dialog.addKernelFile(m_bzImage, QString(), QStringLiteral("mine.2")));
        const QString directory = KernelShelf(root).find(QStringLiteral("mine.2"))->directory;
        QVERIFY(QFileInfo(directory).isDir());
        QVERIFY(dialog.selectKernel(QStringLiteral("mine.2")));
        QTest::mouseClick(button(dialog, "removeButton"), Qt::LeftButton);
        QVERIFY(!dialog.row(QStringLiteral("mine.2")));
        QVERIFY(!QFileInfo::exists(directory));
        QVERIFY(!button(dialog, "removeButton")->isEnabled());
    }

    void removalAsksFirst()
    {
        QVERIFY(!m_bzImage.isEmpty());
        const QString root = shelfRoot("asks");
        KernelShelfDialog dialog(root);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.addKernelFile(m_bzImage, QString(), QStringLiteral("kept")));
        bool asked = false;
        answerNextMessageBox(QMessageBox::No, &asked);
        QVERIFY(!dialog.removeKernel(QStringLiteral("kept")));
        QVERIFY(asked);
        QVERIFY(dialog.row(QStringLiteral("kept")));
        QVERIFY(KernelShelf(root).find(QStringLiteral("kept")));
        asked = false;
        answerNextMessageBox(QMessageBox::Yes, &asked);
        QVERIFY(dialog.removeKernel(QStringLiteral("kept")));
        QVERIFY(asked);
        QVERIFY(!dialog.row(QStringLiteral("kept")));
        QVERIFY(!KernelShelf(root).find(QStringLiteral("kept")));
    }

    void refusesWhatCannotBeAdded_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("space") << "a b";
        QTest::newRow("catalogue name") << "debian11";
        QTest::newRow("host") << "host";
        QTest::newRow("climbing out") << "../up";
        QTest::newRow("empty") << "";
        QTest::newRow("too long") << QString(65, QLatin1Char('k'));
    }

    void refusesWhatCannotBeAdded()
    {
        QFETCH(QString, name);
        QVERIFY(!m_bzImage.isEmpty());
        const QString root = shelfRoot("refused");
        KernelShelfDialog dialog(root);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.addKernelFile(m_bzImage, QString(), name));
        QVERIFY(!dialog.errorText().isEmpty());
        if (!name.isEmpty())
            QVERIFY2(dialog.errorText().startsWith(QStringLiteral("“") + name + QStringLiteral("” cannot name a kernel: ")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("shelfError"))->isVisible());
        QCOMPARE(dialog.table()->topLevelItemCount(), 4);
        QVERIFY(KernelShelf(root).kernels().isEmpty());
        // A good name clears the message.
        QVERIFY(dialog.addKernelFile(m_bzImage, QString(), QStringLiteral("fine")));
        QCOMPARE(dialog.errorText(), QString());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("shelfError"))->isVisible());
        dialog.setConfirmRemovals(false);
        QVERIFY(dialog.removeKernel(QStringLiteral("fine")));
    }

    void refusesAFileThatIsNotAKernel()
    {
        const QString root = shelfRoot("refused");
        const QString text = m_dir.filePath(QStringLiteral("not-a-kernel"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        KernelShelfDialog dialog(root);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.addKernelFile(text, QString(), QStringLiteral("bad")));
        QVERIFY2(dialog.errorText().contains(QLatin1String("bzImage")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().startsWith(QLatin1String("Could not add not-a-kernel")));
        QVERIFY(!dialog.row(QStringLiteral("bad")));
        QVERIFY(!KernelShelf(root).find(QStringLiteral("bad")));
    }

    void theWindowOpensOneShelf()
    {
        MonitorSession session;
        SystemInfo system;
        system.kernelRelease = QStringLiteral("6.18.0-test");
        system.hostName = QStringLiteral("lab-host");
        MainWindow window(m_localization, system, &session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("kernelShelfAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Kernel Shelf…"));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        action->trigger();
        const auto dialogs = window.findChildren<KernelShelfDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(dialogs.first()->isVisible());
        QCOMPARE(dialogs.first()->root(), KernelShelf::defaultRoot());
        dialogs.first()->close();
        QVERIFY(!dialogs.first()->isVisible());
        action->trigger();
        QCOMPARE(window.findChildren<KernelShelfDialog *>().size(), 1);
        QVERIFY(dialogs.first()->isVisible());
        dialogs.first()->close();
    }

    // The shelf of fetchesAKernel() with a kernel file beside Debian 11's.
    void screenshots()
    {
        QVERIFY(!m_bzImage.isEmpty());
        const QString root = shelfRoot("shelf");
        KernelShelfDialog dialog(root);
        QVERIFY(dialog.addKernelFile(m_bzImage, m_modules, QStringLiteral("my-kernel")));
        QVERIFY(KernelShelf(root).find(QStringLiteral("debian11")));
        dialog.resize(900, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tcplab::test::saveScreenshot(&dialog, QStringLiteral("kernelshelf_en.png"));
        QVERIFY(m_localization->setPreference(QStringLiteral("ja")));
        tcplab::test::saveScreenshot(&dialog, QStringLiteral("kernelshelf_ja.png"));
        QVERIFY(m_localization->setPreference(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Kernel Shelf"));
    }
};

QTEST_MAIN(KernelShelfDialogTest)
#include "kernelshelfdialog_test.moc"
