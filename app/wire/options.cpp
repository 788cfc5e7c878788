// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace wire
{

bool Options::has(const std::string &name) const
{
    return std::any_of(given.begin(), given.end(), [&](const auto &option) {
        return option.first == name;
    });
}

std::string Options::value(const std::string &name) const
{
    for (auto it = given.rbegin(); it != given.rend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return std::string();
}

Options parseOptions(const std::vector<std::string> &args, const std::vector<OptionSpec> &specs)
{
    Options result;
    const auto fail = [&result](OptionError::Kind kind, const std::string &argument, const std::string &name) {
        result.error = {kind, argument, name};
        return result;
    };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.rfind("--", 0) != 0)
            return fail(OptionError::Kind::NotAnOption, arg, std::string());
        std::string name = arg.substr(2);
        std::string value;
        const size_t equals = name.find('=');
        const bool hasValue = equals != std::string::npos;
        if (hasValue) {
            value = name.substr(equals + 1);
            name.resize(equals);
        }
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec &s) {
            return s.name == name;
        });
        if (spec == specs.end())
            return fail(OptionError::Kind::Unknown, arg, name);
        if (!spec->takesValue && hasValue)
            return fail(OptionError::Kind::UnexpectedValue, arg, name);
        if (spec->takesValue && !hasValue) {
            if (i + 1 >= args.size())
                return fail(OptionError::Kind::MissingValue, arg, name);
            value = args[++i];
        }
        if (!spec->repeatable && result.has(name))
            return fail(OptionError::Kind::GivenTwice, arg, name);
        result.given.emplace_back(name, value);
    }
    return result;
}

bool toInteger(const std::string &text, long long min, long long max, long long *value)
{
    errno = 0;
    char *end = nullptr;
    const long long parsed = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE || parsed < min || parsed > max)
        return false;
    *value = parsed;
    return true;
}

bool toNumber(const std::string &text, double min, double max, double *value)
{
    char *end = nullptr;
    const double parsed = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(parsed) || parsed < min || parsed > max)
        return false;
    *value = parsed;
    return true;
}

bool parseInteger(const std::string &option, const std::string &text, long long min, long long max, long long *value, std::string *error)
{
    if (toInteger(text, min, max, value))
        return true;
    *error = "--" + option + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ", not \"" + text + "\".";
    return false;
}

bool parseSeconds(const std::string &option, const std::string &text, double min, double max, double *value, std::string *error)
{
    if (toNumber(text, min, max, value))
        return true;
    char range[96];
    std::snprintf(range, sizeof range, "%g to %g", min, max);
    *error = "--" + option + " must be a number of seconds from " + range + ", not \"" + text + "\".";
    return false;
}

} // namespace wire
