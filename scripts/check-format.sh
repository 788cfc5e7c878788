#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that every C++ file the repository tracks is formatted by .clang-format (KDE's style) and
# starts with an SPDX line. Formatting is checked with clang-format 14, Debian 12's: other versions
# break some lines differently. `scripts/check-format.sh --fix` formats the files in place.
# Usage: check-format.sh [--fix]
set -eu
cd "$(dirname "$0")/.."
fix=false
[ "${1:-}" = "--fix" ] && fix=true

formatter=""
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null 2>&1 \
        && "$candidate" --version | grep -q 'clang-format version 14\.'; then
        formatter=$candidate
        break
    fi
done
if [ -z "$formatter" ]; then
    echo "check-format: clang-format 14 (Debian 12's clang-format package) is needed" >&2
    exit 1
fi

files=$(git ls-files '*.cpp' '*.h' '*.c' '*.bpf.c')
status=0
missing=""
for f in $files; do
    head -n 3 "$f" | grep -q 'SPDX-License-Identifier:' || missing="$missing $f"
done
if [ -n "$missing" ]; then
    echo "check-format: these files have no SPDX-License-Identifier line at the top:$missing" >&2
    status=1
fi
if $fix; then
    # shellcheck disable=SC2086
    "$formatter" -i $files
    exit $status
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
# shellcheck disable=SC2086
if ! "$formatter" --dry-run -Werror $files 2>"$report"; then
    grep 'error:' "$report" | sed 's/:[0-9]*:[0-9]*: error:.*//' | sort -u \
        | sed 's/^/check-format: not formatted: /' >&2
    echo "check-format: run scripts/check-format.sh --fix" >&2
    status=1
fi
exit $status
