// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "notebook/notebook.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace tcplab::cli
{

bool Options::port(const QCommandLineParser &parser, std::optional<quint16> *port)
{
    if (!parser.isSet(QStringLiteral("port")))
        return true;
    bool ok = false;
    const uint value = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || value == 0 || value > 65535) {
        QTextStream(stderr) << tr("tcplab: --port takes a port number from 1 to 65535") << Qt::endl;
        return false;
    }
    *port = quint16(value);
    return true;
}

QString Options::sshTarget(const QCommandLineParser &parser, const QString &name, remote::SshTarget *target)
{
    QString error = remote::SshCommand::parseDestination(parser.value(name), target);
    target->identityFile = parser.value(QStringLiteral("identity"));
    target->knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    if (error.isEmpty())
        error = remote::SshCommand::validate(*target);
    return error;
}

bool Options::openOrCreate(notebook::Notebook &nb, const QString &file)
{
    return QFileInfo::exists(file) ? nb.open(file) : nb.create(file);
}

} // namespace tcplab::cli
