# Policybook: the two commands are `make run` and `make test`.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo
DEMO_DB ?= $(HOME)/.local/share/policybook/demo.db
POLICYBOOK := target/release/policybook

.PHONY: run test deps deps-test build lint unit bench demo clean-demo

## Installs what is missing, builds, and opens the demo handbook.
run: deps build demo
	@echo
	@$(POLICYBOOK) --db "$(DEMO_DB)" list
	@echo
	@echo "Try:  $(POLICYBOOK) --db \"$(DEMO_DB)\" show refunds --lang bn"

## Runs every test: formatting, lints, unit, integration and end-to-end tests.
test: deps-test lint unit

deps:
	@.ci/deps.sh build

deps-test:
	@.ci/deps.sh test

build:
	$(CARGO) build --release --bin policybook

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

unit:
	$(CARGO) test --workspace --locked --no-fail-fast

bench:
	$(CARGO) bench -p policybook-core

demo:
	@mkdir -p "$(dir $(DEMO_DB))"
	@if [ ! -f "$(DEMO_DB)" ]; then \
		$(POLICYBOOK) --db "$(DEMO_DB)" import --author "Demo import" assets/demo >/dev/null && \
		$(POLICYBOOK) --db "$(DEMO_DB)" set company "Riverbend Retail" --by "Demo import" && \
		echo "Demo handbook created at $(DEMO_DB)"; \
	fi

clean-demo:
	rm -f "$(DEMO_DB)" "$(DEMO_DB)-wal" "$(DEMO_DB)-shm"
	rm -rf "$(DEMO_DB).index"
