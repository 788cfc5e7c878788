// SPDX-License-Identifier: GPL-3.0-or-later
#include "procfile.h"

#include "text.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tcplab::procfs
{

bool readProcFile(const QString &path, QByteArray *contents, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = Messages::tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    contents->resize(0);
    qsizetype used = 0;
    qsizetype capacity = 16 * 1024;
    for (;;) {
        contents->resize(capacity);
        const ssize_t got = ::read(fd, contents->data() + used, size_t(capacity - used));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            if (error)
                *error = Messages::tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            contents->resize(0);
            return false;
        }
        if (got == 0)
            break;
        used += got;
        if (used == capacity)
            capacity *= 2;
    }
    ::close(fd);
    contents->resize(used);
    return true;
}

} // namespace tcplab::procfs
