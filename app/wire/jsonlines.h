// SPDX-License-Identifier: GPL-3.0-or-later
// JSON lines for the programs without Qt (tcplab-agent, tcplab-sandbox): one JSON object per
// line, written whole, and read back line by line with a bound on a line's length. The Qt side
// reads the same lines with QJsonDocument.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

namespace wire
{

// Keys stay in the order they were set, so that a line reads as it was written ("event" first).
using Json = nlohmann::ordered_json;

// One line of compact JSON, without its newline. Bytes that are not UTF-8 become U+FFFD instead
// of an exception: a program's stray output must not end the one relaying it.
std::string toLine(const Json &value);

// Text from /proc/sys: a plain number stays a number, anything else ("32768 60999") a string.
Json numberOrString(const std::string &text);

// Writes whole lines to a descriptor. Lines wait in a buffer until flush() (or until 64 KiB are
// waiting), so that a burst of events costs few write() calls. flush() writes pieces that end at
// a line's end and fit in PIPE_BUF when the lines do, so that lines of several processes writing
// to one pipe never interleave.
class LineWriter
{
public:
    explicit LineWriter(int fd = 1);

    // Another descriptor (a forked worker's pipe); what was waiting is dropped, not written.
    void setFd(int fd);
    int fd() const
    {
        return m_fd;
    }

    void write(const Json &value)
    {
        writeLine(toLine(value));
    }
    // A line that is JSON already (passed on from another process), without its newline.
    void writeLine(const std::string &line);
    // False once the reader is gone (EPIPE: SIGPIPE is ignored by both programs).
    bool flush();
    bool failed() const
    {
        return m_failed;
    }

private:
    void writeAll(const char *data, size_t size);

    int m_fd;
    std::string m_buffer;
    bool m_failed = false;
};

// Splits a byte stream (a pipe read in pieces) into lines. A line longer than the bound is
// dropped up to its newline and reported once, so that a runaway writer cannot make the reader
// hold its output in memory.
class LineReader
{
public:
    static constexpr size_t kDefaultMaxLine = size_t(1) << 20;

    enum class Status {
        Line, // *line holds the next line, without its newline
        TooLong, // a line longer than maxLine() was dropped
        NeedMore, // no whole line is waiting
    };

    explicit LineReader(size_t maxLine = kDefaultMaxLine);

    void append(const char *data, size_t size);
    Status next(std::string *line);
    // At the end of the stream: the last line when it had no newline; false when there is none.
    bool finish(std::string *line);
    size_t maxLine() const
    {
        return m_maxLine;
    }

private:
    std::string m_buffer;
    size_t m_begin = 0; // where the next line starts in m_buffer
    size_t m_maxLine;
    bool m_skipping = false; // inside a line that was too long, until its newline
};

// Parses one line as a JSON object. False with *error set ("not a JSON object: LINE") when it is
// not one.
bool parseObject(const std::string &line, Json *object, std::string *error);

} // namespace wire
