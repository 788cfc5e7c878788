// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlines.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <utility>

#include <unistd.h>

namespace wire
{

std::string toLine(const Json &value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json numberOrString(const std::string &text)
{
    const bool digits = !text.empty() && text.size() <= 18 && std::all_of(text.begin(), text.end(), [](char c) {
        return c >= '0' && c <= '9';
    });
    if (digits)
        return std::strtoll(text.c_str(), nullptr, 10);
    return text;
}

LineWriter::LineWriter(int fd)
    : m_fd(fd)
{
}

void LineWriter::setFd(int fd)
{
    m_fd = fd;
    m_buffer.clear();
    m_failed = false;
}

void LineWriter::writeLine(const std::string &line)
{
    m_buffer += line;
    m_buffer += '\n';
    if (m_buffer.size() >= 64 * 1024)
        flush();
}

bool LineWriter::flush()
{
    size_t done = 0;
    while (done < m_buffer.size() && !m_failed) {
        size_t end = m_buffer.size();
        if (end - done > PIPE_BUF) {
            // The whole lines that fit in PIPE_BUF; a longer first line alone.
            const size_t cut = m_buffer.rfind('\n', done + PIPE_BUF - 1);
            end = cut != std::string::npos && cut >= done ? cut + 1 : m_buffer.find('\n', done) + 1;
        }
        writeAll(m_buffer.data() + done, end - done);
        done = end;
    }
    m_buffer.clear();
    return !m_failed;
}

void LineWriter::writeAll(const char *data, size_t size)
{
    while (size > 0 && !m_failed) {
        const ssize_t n = ::write(m_fd, data, size);
        if (n > 0) {
            data += n;
            size -= size_t(n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            m_failed = true; // the reader is gone
        }
    }
}

LineReader::LineReader(size_t maxLine)
    : m_maxLine(maxLine)
{
}

void LineReader::append(const char *data, size_t size)
{
    m_buffer.append(data, size);
}

LineReader::Status LineReader::next(std::string *line)
{
    for (;;) {
        const size_t end = m_buffer.find('\n', m_begin);
        if (end == std::string::npos)
            break;
        const size_t begin = m_begin;
        m_begin = end + 1;
        if (m_skipping) {
            m_skipping = false; // the rest of a line already reported
            continue;
        }
        if (end - begin > m_maxLine)
            return Status::TooLong;
        line->assign(m_buffer, begin, end - begin);
        return Status::Line;
    }
    m_buffer.erase(0, m_begin);
    m_begin = 0;
    if (m_skipping)
        m_buffer.clear(); // more of a line already reported
    if (m_buffer.size() <= m_maxLine)
        return Status::NeedMore;
    m_buffer.clear();
    m_skipping = true;
    return Status::TooLong;
}

bool LineReader::finish(std::string *line)
{
    const bool skipping = std::exchange(m_skipping, false);
    std::string rest = m_buffer.substr(std::min(m_begin, m_buffer.size()));
    m_buffer.clear();
    m_begin = 0;
    if (skipping || rest.empty() || rest.size() > m_maxLine)
        return false;
    *line = std::move(rest);
    return true;
}

bool parseObject(const std::string &line, Json *object, std::string *error)
{
    Json parsed = Json::parse(line, nullptr, false);
    if (!parsed.is_object()) {
        *error = "not a JSON object: " + line;
        return false;
    }
    *object = std::move(parsed);
    return true;
}

} // namespace wire
