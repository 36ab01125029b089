#!/usr/bin/env bash
# Makes the Debian package from binaries that are already built:
#   .ci/package.sh release   target/release/{policybook,policybook-desktop}  (make package)
#   .ci/package.sh debug     target/debug/…, as the package test does (CI builds no release)
# Writes target/debian/policybook_<version>_amd64.deb and prints its path (cargo-deb does).
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-release}"
case "$profile" in
  release) dir=release; cargo_profile=release; fast=() ;;
  # The test package: quicker compression (xz at its default level takes minutes here).
  debug)   dir=debug;   cargo_profile=dev; fast=(--fast) ;;
  *) echo "package: the profile is release or debug, not $profile" >&2; exit 2 ;;
esac
target="${CARGO_TARGET_DIR:-target}"
for bin in policybook policybook-desktop; do
  [ -x "$target/$dir/$bin" ] || { echo "package: build $target/$dir/$bin first" >&2; exit 1; }
done

# The manual pages and the completions, made by the CLI from its own definition.
gen="$target/$dir/package"
rm -rf "$gen"
mkdir -p "$gen/man"
"$target/$dir/policybook" generate man --dir "$gen/man"
gzip -9n "$gen"/man/*.1
"$target/$dir/policybook" generate bash > "$gen/policybook.bash"
"$target/$dir/policybook" generate zsh > "$gen/_policybook"
"$target/$dir/policybook" generate fish > "$gen/policybook.fish"

mkdir -p "$target/debian"
# --deb-revision "": policybook_<version>_amd64.deb, as the README names it. cargo-deb strips the
# binaries it packs (the debug build's too, so the test package stays small).
cargo deb -p policybook-desktop --no-build --profile "$cargo_profile" --deb-revision "" \
  "${fast[@]}" --output "$target/debian/" -q   # prints the package's path
