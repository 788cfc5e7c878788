#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes copies of the .ts files from the current sources and checks that every message has a
# finished translation: a new string without its Japanese (or English) text fails here.
# Usage: translations_test.sh path/to/lupdate source-dir
set -eu
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for lang in ja en; do
    cp "$src/translations/tcplab_$lang.ts" "$tmp/"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h app model views \
        -ts "$tmp/tcplab_$lang.ts") >/dev/null
    total=$(grep -c '<message' "$tmp/tcplab_$lang.ts" || true)
    open=$(grep -c 'type="unfinished"' "$tmp/tcplab_$lang.ts" || true)
    empty=$(grep -c '<translation></translation>' "$tmp/tcplab_$lang.ts" || true)
    echo "tcplab_$lang.ts: $total messages, $open unfinished, $empty empty"
    if [ "$total" -eq 0 ] || [ "$open" -ne 0 ] || [ "$empty" -ne 0 ]; then
        grep -B 3 'type="unfinished"' "$tmp/tcplab_$lang.ts" | grep '<source>' | head -n 20 >&2 || true
        status=1
    fi
done
exit $status
