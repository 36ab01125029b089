# Policybook: the two commands are `make run` and `make test`.
SHELL := /bin/bash
TOOLS ?= $(HOME)/.local/share/policybook/tools
export PATH := $(TOOLS)/node/bin:$(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo
DESKTOP := target/release/policybook-desktop
POLICYBOOK := target/release/policybook

.PHONY: run test deps deps-test deps-package ui ui-test build build-cli lint unit e2e package package-test bench bench-desktop demo-cli

## Installs what is missing, builds the interface and the app, and starts it on the demo handbook
## (installed into the handbook at ~/.local/share/policybook, or $$POLICYBOOK_DB, when that is
## empty; a handbook with anything in it is left as it is).
run: deps build
	$(POLICYBOOK) demo --if-empty
	$(DESKTOP)

## Runs every test: formatting and lints, the interface's tests, Rust unit, integration and
## end-to-end tests (the CLI on temporary handbooks, and the real app window through WebDriver).
test: deps-test lint ui-test unit e2e package-test fuzz-smoke

deps:
	@.ci/deps.sh build

deps-test:
	@.ci/deps.sh test

deps-package:
	@.ci/deps.sh package

ui/node_modules/.package-lock.json: ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund

ui: ui/node_modules/.package-lock.json
	cd ui && npm run build

ui-test: ui
	cd ui && npm test && npm run check

build: ui
	$(CARGO) build --release --bin policybook-desktop --bin policybook

build-cli:
	$(CARGO) build --release --bin policybook

lint: ui
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

unit: ui
	$(CARGO) test --workspace --locked --no-fail-fast

# The window tests drive the debug build (its dependencies are those the unit tests built).
e2e: ui
	$(CARGO) build --locked --bin policybook-desktop
	POLICYBOOK_APP=target/debug/policybook-desktop $(TOOLS)/py/bin/pytest -q -o faulthandler_timeout=300 tests/desktop

## The Debian package of the release build: target/debian/policybook_<version>_amd64.deb
## (install it with `sudo apt-get install ./target/debian/policybook_*_amd64.deb`).
package: deps-package build
	@.ci/package.sh release

# The package made from the debug build that `make e2e` left, installed, started and removed (root).
package-test:
	$(CARGO) build --locked --bin policybook --bin policybook-desktop
	$(TOOLS)/py/bin/pytest -q tests/package

## The core benchmarks (import, index, search, diff, export against pandoc, search against ripgrep).
bench: build-cli
	$(CARGO) bench -p policybook-core

## The desktop app's start-up time and memory on a 1,000-policy handbook (under Xvfb when there is
## no display).
bench-desktop: build
	python3 tests/desktop/startup_bench.py

## The command line on the demo handbook, without the desktop app.
demo-cli: deps build-cli
	@mkdir -p $(HOME)/.local/share/policybook
	@test -f $(HOME)/.local/share/policybook/demo.db || $(POLICYBOOK) --db $(HOME)/.local/share/policybook/demo.db import assets/demo
	$(POLICYBOOK) --db $(HOME)/.local/share/policybook/demo.db list

## Fuzzes the core (cargo-fuzz on stable): each target for FUZZ_SECONDS (default 20) from its seeds.
.PHONY: fuzz fuzz-smoke
fuzz:
	@.ci/fuzz.sh

## The short run of `make test`: an unoptimised fuzz build (about 440 CPU-seconds instead of 1,000),
## each target for 20 s.
fuzz-smoke:
	@FUZZ_OPT_LEVEL=0 FUZZ_SECONDS=20 .ci/fuzz.sh
