#!/bin/sh
# Imports every text of tests/corpus with the built binary and writes, per text, the deck,
# `check` and `preview --seed 1`, plus a per-text count of cards and questions (issue 10:
# the generated questions are the product, so they are read, not only tested).
# Usage: scripts/corpus.sh [OUT_DIR]   (BIN=target/debug/factdrill for a quicker build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${BIN:-$root/target/release/factdrill}
out=${1:-$(mktemp -d /tmp/corpus.XXXXXX)}
mkdir -p "$out"
export FACTDRILL_HOME="$out/home"
summary="$out/summary.tsv"
printf 'text\tcards\tquestions\n' >"$summary"
for txt in "$root"/tests/corpus/*.txt; do
    name=$(basename "$txt" .txt)
    "$bin" import "$txt" -o "$out/$name.yaml" --force 2>"$out/$name.import" || true
    "$bin" check "$out/$name.yaml" --color never >"$out/$name.check" 2>&1 || true
    "$bin" preview "$out/$name.yaml" --seed 1 --color never >"$out/$name.preview" 2>&1 || true
    cards=$(grep -c '^\[' "$out/$name.preview" || true)
    questions=$(grep -cE '^  (typed|choice|truefalse|estimate|timeline):' "$out/$name.preview" || true)
    printf '%s\t%s\t%s\n' "$name" "$cards" "$questions" >>"$summary"
done
awk -F'\t' 'NR>1 {c+=$2; q+=$3} END {printf "total\t%d\t%d\n", c, q}' "$summary" >>"$summary"
echo "$out"
