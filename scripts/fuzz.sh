#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes every /proc parser with libFuzzer (ASan + UBSan): configures build-fuzz with clang++,
# builds the fuzzers only, and runs each for the given seconds starting from the fixtures as seed
# corpus. Fails when a fuzzer finds a crash; the crashing input is left in build-fuzz/crashes/.
#
# Usage: scripts/fuzz.sh [seconds per fuzzer]    (default: 60)
set -eu

seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
build="$src/build-fuzz"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz.sh: clang++ is missing (apt-get install clang)" >&2
    exit 1
fi

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTCPLAB_BUILD_FUZZERS=ON -DTCPLAB_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target tcplab_fuzzers --parallel "$(nproc)"

mkdir -p "$build/corpus" "$build/crashes" "$build/logs"
summary="$build/fuzz-summary.txt"
: >"$summary"
status=0
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer" | sed 's/^fuzz_//')
    corpus="$build/corpus/$name"
    mkdir -p "$corpus" "$build/crashes/$name"
    log="$build/logs/$name.log"
    echo "== $name: $seconds s"
    # The first folder is the growing corpus, the second the read-only seeds.
    if "$fuzzer" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$build/crashes/$name/" \
        "$corpus" "$build/tests/fuzz/seeds/$name" >"$log" 2>&1; then
        result=ok
    else
        result=CRASH
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | sed 's/cov: //')
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | sed 's/ft: //')
    units=$(find "$corpus" -type f | wc -l)
    line="$name: $result, ${seconds} s, ${runs:-?} executions, coverage ${cov:-?} edges, ${ft:-?} features, corpus $units inputs"
    echo "$line" | tee -a "$summary"
    if [ "$result" = CRASH ]; then
        grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -n 5 >&2 || true
    fi
done
echo "Summary in $summary"
exit $status
