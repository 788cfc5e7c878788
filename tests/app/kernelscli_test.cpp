// SPDX-License-Identifier: GPL-3.0-or-later
// `tcplab kernels` as a user runs it, with a fresh cache folder: an empty shelf, a Debian 11 kernel
// fetched from the archive, listed as a table and as JSON, and removed; words it does not take.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class KernelsCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;

    int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr, int timeoutMs = 300000)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TCPLAB_EXECUTABLE), QStringList{QStringLiteral("kernels")} + arguments);
        if (!process.waitForFinished(timeoutMs))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        if (err)
            *err = process.readAllStandardError();
        return process.exitCode();
    }

    QJsonArray listed()
    {
        QByteArray out;
        if (run({QStringLiteral("list"), QStringLiteral("--json")}, &out) != 0)
            return {};
        return QJsonDocument::fromJson(out).object().value(QStringLiteral("kernels")).toArray();
    }

private Q_SLOTS:
    void startsEmpty()
    {
        QByteArray out;
        QCOMPARE(run({}, &out), 0);
        QVERIFY(out.contains(m_cache.path().toUtf8()));
        QVERIFY(out.contains("debian11"));
        QVERIFY(out.contains("not fetched"));
        QVERIFY(listed().isEmpty());
    }

    void fetchesListsAndRemoves()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("fetch"), QStringLiteral("debian11")}, &out, &err), 0);
        QVERIFY2(out.contains("5.10."), out.constData());
        // Progress goes to standard error, from the start to the end.
        QVERIFY2(err.contains(" 0 %") && err.contains("100 %"), err.constData());
        const QJsonArray kernels = listed();
        QCOMPARE(kernels.size(), 1);
        QCOMPARE(kernels.first()[QLatin1String("name")].toString(), QStringLiteral("debian11"));
        QVERIFY(kernels.first()[QLatin1String("release")].toString().endsWith(QLatin1String("-cloud-amd64")));
        QCOMPARE(kernels.first()[QLatin1String("sha256")].toString().size(), 64);
        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("debian11")}), 0);
        QVERIFY(listed().isEmpty());
    }

    void refusesWhatItDoesNotTake_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown action") << QStringList{"bogus"} << 2;
        QTest::newRow("fetch without a name") << QStringList{"fetch"} << 2;
        QTest::newRow("add without a file") << QStringList{"add", "mine"} << 2;
        QTest::newRow("a kernel not in the catalogue") << QStringList{"fetch", "debian10"} << 1;
        QTest::newRow("removing what is not there") << QStringList{"remove", "debian12"} << 1;
        QTest::newRow("a file that is no kernel") << QStringList{"add", "mine", "/etc/hostname"} << 1;
    }

    void refusesWhatItDoesNotTake()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QByteArray err;
        QCOMPARE(run(arguments, nullptr, &err, 60000), code);
        QVERIFY(err.startsWith("tcplab: "));
    }
};

QTEST_GUILESS_MAIN(KernelsCliTest)
#include "kernelscli_test.moc"
