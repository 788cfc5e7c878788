// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line options of the programs without Qt: "--name value" or "--name=value", flags, and
// numbers checked against a range before anything is started. The parser says what is wrong;
// each program words it in its own sentences.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace wire
{

struct OptionSpec {
    std::string name; // without "--"
    bool takesValue = true; // false: a flag, which takes none
    bool repeatable = false;
};

struct OptionError {
    enum class Kind {
        None,
        NotAnOption, // an argument that does not start with "--"
        Unknown,
        MissingValue,
        GivenTwice,
        UnexpectedValue, // a flag given "--flag=value"
    };
    Kind kind = Kind::None;
    std::string argument; // the argument as given
    std::string name; // the option's name, without "--"
};

class Options
{
public:
    // Every option given, in order; a flag's value is empty.
    std::vector<std::pair<std::string, std::string>> given;
    OptionError error;

    bool ok() const
    {
        return error.kind == OptionError::Kind::None;
    }
    bool has(const std::string &name) const;
    // The (last) value of an option; empty when it was not given.
    std::string value(const std::string &name) const;
};

Options parseOptions(const std::vector<std::string> &args, const std::vector<OptionSpec> &specs);

// A whole number (base 10) within [min, max], or a finite number within [min, max].
bool toInteger(const std::string &text, long long min, long long max, long long *value);
bool toNumber(const std::string &text, double min, double max, double *value);

// As toInteger() and toNumber(), with *error a sentence naming the option when they fail:
// "--port must be a whole number from 1 to 65535, not "x"."
bool parseInteger(const std::string &option, const std::string &text, long long min, long long max, long long *value, std::string *error);
bool parseSeconds(const std::string &option, const std::string &text, double min, double max, double *value, std::string *error);

} // namespace wire
