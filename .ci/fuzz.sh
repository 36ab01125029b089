#!/usr/bin/env bash
# Fuzzing the core (issue 9): builds the four cargo-fuzz targets in src-tauri/core/fuzz and runs
# each for FUZZ_SECONDS (default 20) from its committed seeds. Exits 1 if any target crashes,
# panics or times out; the input that did it is left in src-tauri/core/fuzz/artifacts/TARGET/
# (reproduce it with the `cargo fuzz run ... TARGET FILE` line printed below).
#
#   FUZZ_SECONDS=300 .ci/fuzz.sh              every target for five minutes
#   FUZZ_TARGETS="diff search_query" .ci/fuzz.sh
#   FUZZ_OPT_LEVEL=0 .ci/fuzz.sh               a cheaper build, slower runs
#
# Stable Rust: `--sanitizer none` makes cargo-fuzz pass only stable rustc flags (the core has no
# unsafe code, so AddressSanitizer would add nothing but build time). The build is the fuzz
# crate's release profile at opt-level 1, with debug assertions and overflow checks on, and 16
# codegen units instead of cargo-fuzz's 1, which is what keeps it cheap on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

FUZZ_SECONDS=${FUZZ_SECONDS:-20}
FUZZ_TARGETS=${FUZZ_TARGETS:-md_to_docx front_matter search_query diff}
# The longest one input may take, in seconds, before it counts as a hang.
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-30}
FUZZ_DIR=src-tauri/core/fuzz
CARGO_FUZZ_VERSION=0.13.2

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION"
fi

# The fuzz build's opt-level (the fuzz crate's release profile). 1 costs about 1,000 CPU-seconds
# from clean; 0 about 440, but runs the targets 7 to 20 times slower.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=${FUZZ_OPT_LEVEL:-1}
opts=(--fuzz-dir "$FUZZ_DIR" --sanitizer none --codegen-units 16)
start=$(date +%s)
cargo fuzz build "${opts[@]}"
echo "fuzz: built in $(($(date +%s) - start)) s"

# New inputs a run finds go to a scratch corpus (the committed seeds stay as they are) that
# later local runs start from too.
work="$FUZZ_DIR/target/fuzz-work"
failed=()
for t in $FUZZ_TARGETS; do
    mkdir -p "$work/corpus/$t" "$FUZZ_DIR/artifacts/$t"
    log="$work/$t.log"
    extra=()
    if [[ -f "$FUZZ_DIR/$t.dict" ]]; then
        extra+=(-dict="$FUZZ_DIR/$t.dict")
    fi
    echo "fuzz: $t for ${FUZZ_SECONDS} s"
    if cargo fuzz run "${opts[@]}" "$t" "$work/corpus/$t" "$FUZZ_DIR/corpus/$t" -- \
        -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" -print_final_stats=1 \
        "${extra[@]}" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
        echo "fuzz: $t: ${runs:-?} runs in ${secs:-?} s ($((${runs:-0} / (${secs:-1} > 0 ? ${secs:-1} : 1))) a second), no crash"
    else
        tail -n 60 "$log"
        echo "fuzz: $t FAILED (full log: $log)"
        failed+=("$t")
    fi
done
if ((${#failed[@]})); then
    echo "fuzz: ${failed[*]} failed; the inputs are in $FUZZ_DIR/artifacts/"
    exit 1
fi
echo "fuzz: all targets ran without a crash"
