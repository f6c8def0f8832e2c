#!/usr/bin/env bash
# Measures factdrill on this machine: start to first question, and `check` on a large deck.
# Usage: scripts/bench.sh [RUNS]   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-50}"
cargo build --release --quiet
bin=target/release/factdrill
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export FACTDRILL_HOME="$tmp/home" # never the user's own progress

# Median wall time, in milliseconds, of running "$@" $runs times.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" </dev/null >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

# A deck of 100,000 facts (about 10 MB), each with a count and a date.
awk 'BEGIN {
  print "title: Large synthetic deck"; print "facts:";
  for (n = 0; n < 100000; n++)
    printf "  - fact: In the synthetic record %d, exactly %d delegates met on April %d, %d, to sign the accord.\n    id: f%d\n", n, n % 90 + 2, n % 28 + 1, 1900 + n % 120, n
}' > "$tmp/large.yaml"
size_mb=$(awk -v b="$(wc -c < "$tmp/large.yaml")" 'BEGIN {printf "%.1f", b / 1e6}')

echo "machine: $(nproc) cores, $(uname -m); runs: $runs (median)"
echo "start to first question (built-in deck, --json, then end of input): $(median_ms "$bin" play --json -n 1) ms"
echo "check the built-in decks: $(median_ms "$bin" check nato-2018 space-race) ms"
runs=3
echo "check a ${size_mb} MB deck of 100,000 facts: $(median_ms "$bin" check "$tmp/large.yaml") ms"
