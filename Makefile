# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README, and a few more. Each target installs what it needs first
# (scripts/setup-deps.sh: Debian packages through apt, as root or through sudo), then configures
# and builds with CMake; running them again only rebuilds what changed.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
# CI treats warnings as errors; a local build only shows them.
WERROR ?= $(if $(CI),ON,OFF)
CMAKE_ARGS ?=

.PHONY: run test test-debian13 deps configure build install clean help

help:
	@echo "make run            set up, build and start tcplab (the headless job when there is no display)"
	@echo "make test           set up, build and run the whole test suite"
	@echo "make test-debian13  the same inside a Debian 13 root (Qt 6.8, KSyntaxHighlighting)"

deps:
	@sh scripts/setup-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
		-DWARNINGS_AS_ERRORS=$(WERROR) $(CMAKE_ARGS) >$(BUILD_DIR).configure.log 2>&1 \
		|| { cat $(BUILD_DIR).configure.log; exit 1; }
	@sed -n 's/^-- tcplab: /configure: /p' $(BUILD_DIR).configure.log

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	@$(BUILD_DIR)/bin/tcplab

test: build
	@ctest --test-dir $(BUILD_DIR) --output-on-failure --parallel $(JOBS) --timeout 600

test-debian13:
	@sh scripts/debian13.sh test

install: build
	@cmake --install $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR).configure.log build-debian13 build-debian13.configure.log
