#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs tcplab with no display: it must say so on stderr, run the first experiment preset
# (seed-backlog-10) in a private network namespace and print its table, expected beside measured,
# and its explanation in Japanese and English, and exit 0. With --headless it prints the live
# counters instead: a header and one row per interval. Usage: headless_test.sh path/to/tcplab
set -eu
tcplab=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

set +e
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LANGUAGE= LC_ALL=C.UTF-8 \
    "$tcplab" --lang en >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
cat "$tmp/out"
cat "$tmp/err" >&2
[ "$rc" -eq 0 ] || fail "exit code $rc"
grep -q 'no display found' "$tmp/err" || fail "no notice about the missing display on stderr"
grep -q 'could not run' "$tmp/err" && fail "the experiment did not run"
grep -q '^seed-backlog-10: ' "$tmp/out" || fail "the table does not name the preset seed-backlog-10"
grep -q 'expected' "$tmp/out" || fail "the table has no expected column"
grep -q 'measured' "$tmp/out" || fail "the table has no measured column"
# The figures of the lab log's first run: the listener, the accept queue's connections, the
# clients that got in, and the dropped SYNs' counter. Each row: name, expected, measured.
for figure in LISTEN ESTABLISHED SYN_SENT connected timed_out TcpExt.ListenOverflows; do
    grep -Eq "^  $figure +[0-9–]+ +[0-9]+" "$tmp/out" || fail "no row for $figure with expected and measured"
done
grep -q 'sk_acceptq_is_full' "$tmp/out" || fail "no English explanation"
grep -q 'カーネル' "$tmp/out" || fail "no Japanese explanation"

# --headless keeps the live counters: a header and one row per interval.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LANGUAGE= LC_ALL=C.UTF-8 \
    "$tcplab" --headless --rows 3 --interval 200 --lang en >"$tmp/out" 2>"$tmp/err"
[ "$(wc -l <"$tmp/out")" -eq 4 ] || fail "expected a header and 3 rows, got $(wc -l <"$tmp/out") lines"
head -n 1 "$tmp/out" | grep -q 'rx pkt/s' || fail "header lacks 'rx pkt/s'"
# Every row: a time, then numbers (or '-' for a gap) in every column.
tail -n 3 "$tmp/out" | awk 'NF != 11 || $1 !~ /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]$/ { bad = 1 } END { exit bad }' \
    || fail "a row is not a time followed by ten figures"

# A bad argument is a clear error and exit code 2, not a crash.
set +e
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$tcplab" --headless --rows zero --lang en >/dev/null 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "--rows zero gave exit code $rc, expected 2"
grep -q -- '--rows' "$tmp/err" || fail "--rows zero gave no message naming --rows"

# In Japanese the header is Japanese.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$tcplab" --headless --rows 1 --interval 100 --lang ja >"$tmp/out" 2>"$tmp/err"
grep -q '受信' "$tmp/out" || fail "the Japanese header has no 受信"
echo "headless job: ok"
