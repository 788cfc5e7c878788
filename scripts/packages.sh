# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages tcplab needs, shared by the host set-up and the Debian 13 root.
# Sourced by setup-deps.sh and debian13.sh.

# Qt 6 Widgets, Charts, Sql, Svg, Network and the Linguist tools. Qt6Charts' CMake config needs
# libqt6opengl6-dev on Debian 12.
TCPLAB_BUILD_PACKAGES="g++ make cmake ninja-build pkg-config nlohmann-json3-dev qt6-base-dev qt6-charts-dev libqt6opengl6-dev \
qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libarchive-dev"
# What the program reads and starts at run time, the fonts its Japanese screens need, Qt's own
# Japanese strings (standard buttons, dialogs), QEMU for the kernel shelf's virtual machines, and
# apt's keyring of the Debian archive the shelf's kernels are checked against.
TCPLAB_RUNTIME_PACKAGES="iproute2 fonts-noto-cjk qt6-translations-l10n qemu-system-x86 debian-archive-keyring"
# What the tests start: the reference tools they compare against, the Debian 13 root builder, and
# the formatter CI checks the sources with (scripts/check-format.sh).
TCPLAB_TEST_PACKAGES="debootstrap net-tools desktop-file-utils appstream openssh-server openssh-client prometheus-node-exporter \
prometheus clang-format"
