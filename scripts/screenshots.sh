#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes the pictures in docs/ from the widget tests' own screenshots, so that the README never
# shows a view that no longer looks like that. Usage: scripts/screenshots.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
build=${1:-$src/build}
cmake --build "$build" --parallel "$(nproc)"
ctest --test-dir "$build" -L views --output-on-failure
mkdir -p "$src/docs"
for name in mainwindow_en monitor_en queues_en sockets_ja experiment_en experiment_ja about_ja traffic_en traffic_ja \
    history_en lesson_scenario3_en kernelshelf_en kernelshelf_ja kernels_compare_en kernels_compare_ja wizard_four-kernels_compare_en; do
    cp "$build/screenshots/$name.png" "$src/docs/$name.png"
    echo "docs/$name.png"
done
