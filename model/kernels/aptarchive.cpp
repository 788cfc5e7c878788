// SPDX-License-Identifier: GPL-3.0-or-later
#include "aptarchive.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace tcplab::kernels
{

namespace
{

constexpr int kUpdateTimeoutMs = 300000;

QString userName()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("root");
}

// The numbers in a package name, in order: "linux-image-5.10.0-32-cloud-amd64" -> 5 10 0 32.
QList<qint64> numbersOf(const QString &name)
{
    QList<qint64> numbers;
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (auto it = digits.globalMatch(name); it.hasNext();)
        numbers << it.next().captured().toLongLong();
    return numbers;
}

} // namespace

AptArchive::AptArchive(const QString &directory, const QString &suite)
    : m_directory(directory)
    , m_suite(suite)
    , m_uri(systemArchiveUri())
{
}

QString AptArchive::systemArchiveUri()
{
    QStringList files{QStringLiteral("/etc/apt/sources.list")};
    const QDir parts(QStringLiteral("/etc/apt/sources.list.d"));
    for (const QString &name : parts.entryList({QStringLiteral("*.sources"), QStringLiteral("*.list")}, QDir::Files))
        files << parts.filePath(name);
    static const QRegularExpression oneLine(QStringLiteral("^\\s*deb\\s+(?:\\[[^\\]]*\\]\\s+)?(\\S+)\\s+\\S+"));
    static const QRegularExpression deb822(QStringLiteral("^URIs:\\s*(\\S+)"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            QRegularExpressionMatch m = oneLine.match(line);
            if (!m.hasMatch())
                m = deb822.match(line);
            // The main archive, not its security or ports siblings.
            if (m.hasMatch() && m.captured(1).endsWith(QLatin1String("/debian")))
                return m.captured(1);
        }
    }
    return QString();
}

QStringList AptArchive::options() const
{
    const QDir dir(m_directory);
    return {QStringLiteral("-o"), QStringLiteral("Dir::State::Lists=") + dir.filePath(QStringLiteral("lists")),
            QStringLiteral("-o"), QStringLiteral("Dir::State::status=/dev/null"),
            QStringLiteral("-o"), QStringLiteral("Dir::Cache=") + dir.filePath(QStringLiteral("cache")),
            QStringLiteral("-o"), QStringLiteral("Dir::Etc::SourceList=") + dir.filePath(QStringLiteral("sources.list")),
            QStringLiteral("-o"), QStringLiteral("Dir::Etc::SourceParts=") + dir.filePath(QStringLiteral("parts")),
            QStringLiteral("-o"), QStringLiteral("Dir::Etc::Preferences=/dev/null"),
            QStringLiteral("-o"), QStringLiteral("Dir::Etc::PreferencesParts=") + dir.filePath(QStringLiteral("parts")),
            QStringLiteral("-o"), QStringLiteral("Debug::NoLocking=1"),
            QStringLiteral("-o"), QStringLiteral("Acquire::Languages=none"),
            QStringLiteral("-o"), QStringLiteral("APT::Sandbox::User=") + userName()};
}

bool AptArchive::run(const QString &program,
                     const QStringList &arguments,
                     const QString &workingDirectory,
                     QByteArray *output,
                     QString *error,
                     const std::function<void(const QByteArray &)> &onLine)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(options() + arguments);
    process.setWorkingDirectory(workingDirectory.isEmpty() ? m_directory : workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start();
    if (!process.waitForStarted(10000)) {
        *error = tr("cannot start %1: %2").arg(program, process.errorString());
        return false;
    }
    QByteArray partial;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        partial += process.readAllStandardOutput();
        for (qsizetype end; (end = partial.indexOf('\n')) >= 0; partial.remove(0, end + 1)) {
            const QByteArray line = partial.left(end);
            if (output)
                *output += line + '\n';
            if (onLine)
                onLine(line);
        }
        if ((m_cancel && m_cancel->load()) || clock.elapsed() > kUpdateTimeoutMs) {
            process.kill();
            process.waitForFinished(3000);
            *error = m_cancel && m_cancel->load() ? tr("cancelled") : tr("%1 did not finish in time").arg(program);
            return false;
        }
    }
    if (output)
        *output += partial;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        *error = tr("%1 failed: %2").arg(program, said.isEmpty() ? tr("exit code %1").arg(process.exitCode()) : said);
        return false;
    }
    return true;
}

bool AptArchive::update(QString *error)
{
    if (m_uri.isEmpty()) {
        *error = tr("this machine's apt names no Debian archive to fetch kernels from");
        return false;
    }
    const QDir dir(m_directory);
    for (const char *sub : {"lists/partial", "cache/archives/partial", "parts"}) {
        if (!dir.mkpath(QLatin1String(sub))) {
            *error = tr("cannot create %1").arg(dir.filePath(QLatin1String(sub)));
            return false;
        }
    }
    QFile sources(dir.filePath(QStringLiteral("sources.list")));
    if (!sources.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("cannot write %1").arg(sources.fileName());
        return false;
    }
    sources.write(QStringLiteral("deb [signed-by=%1] %2 %3 main\n").arg(QLatin1String(kKeyring), m_uri, m_suite).toUtf8());
    sources.close();
    // apt-get update succeeds with a warning when a signature fails; -o APT::Update::Error-Mode=any
    // is not in every apt, so the lists are checked to be there.
    QByteArray out;
    if (!run(QStringLiteral("apt-get"), {QStringLiteral("update")}, QString(), &out, error))
        return false;
    const QStringList lists = QDir(dir.filePath(QStringLiteral("lists"))).entryList({QStringLiteral("*_Packages*")}, QDir::Files);
    const QStringList release = QDir(dir.filePath(QStringLiteral("lists"))).entryList({QStringLiteral("*Release")}, QDir::Files);
    if (lists.isEmpty() || release.isEmpty()) {
        *error = tr("apt could not fetch a verified index of %1 from %2").arg(m_suite, m_uri);
        return false;
    }
    return true;
}

bool AptArchive::newerName(const QString &a, const QString &b)
{
    const QList<qint64> x = numbersOf(a);
    const QList<qint64> y = numbersOf(b);
    return std::lexicographical_compare(y.cbegin(), y.cend(), x.cbegin(), x.cend());
}

QStringList AptArchive::search(const QString &pattern, QString *error)
{
    QByteArray out;
    if (!run(QStringLiteral("apt-cache"), {QStringLiteral("search"), QStringLiteral("--names-only"), pattern}, QString(), &out, error))
        return {};
    QStringList names;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype space = line.indexOf(" - ");
        if (space > 0)
            names << QString::fromLatin1(line.left(space));
    }
    // Unsigned twins carry the same kernel; the signed one is what Debian boots.
    names.removeIf([](const QString &n) {
        return n.contains(QLatin1String("-unsigned"));
    });
    std::sort(names.begin(), names.end(), newerName);
    return names;
}

bool AptArchive::record(const QString &package, PackageRecord *record, QString *error)
{
    QByteArray out;
    if (!run(QStringLiteral("apt-cache"), {QStringLiteral("show"), QStringLiteral("--no-all-versions"), package}, QString(), &out, error))
        return false;
    *record = PackageRecord();
    record->name = package;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon);
        const QByteArray value = line.mid(colon + 2).trimmed();
        if (key == "Version")
            record->version = QString::fromLatin1(value);
        else if (key == "Filename")
            record->filename = QString::fromLatin1(value);
        else if (key == "Size")
            record->size = value.toLongLong();
        else if (key == "SHA256")
            record->sha256 = value.toLower();
    }
    if (record->sha256.size() != 64 || record->size <= 0) {
        *error = tr("the archive's index has no checksum for %1").arg(package);
        return false;
    }
    return true;
}

bool AptArchive::download(const QString &package, const QString &directory, const std::function<void(double)> &progress, QString *path, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("cannot create %1").arg(directory);
        return false;
    }
    const auto onLine = [&progress](const QByteArray &line) {
        // dlstatus:1:37.5:Retrieving file 1 of 1
        if (!line.startsWith("dlstatus:") || !progress)
            return;
        const QList<QByteArray> parts = line.split(':');
        bool ok = false;
        const double percent = parts.value(2).toDouble(&ok);
        if (ok)
            progress(qBound(0.0, percent / 100.0, 1.0));
    };
    if (!run(QStringLiteral("apt-get"),
             {QStringLiteral("-o"), QStringLiteral("APT::Status-Fd=1"), QStringLiteral("download"), package},
             directory,
             nullptr,
             error,
             onLine))
        return false;
    const QStringList files = QDir(directory).entryList({package + QLatin1String("_*.deb")}, QDir::Files);
    if (files.isEmpty()) {
        *error = tr("apt reported no error, but %1 was not downloaded").arg(package);
        return false;
    }
    *path = QDir(directory).filePath(files.first());
    return true;
}

} // namespace tcplab::kernels
