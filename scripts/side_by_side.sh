#!/usr/bin/env bash
# Side by side: two release builds of factdrill, alternating, five runs each (start to
# first question; check of a 100,000-fact deck). Usage: scripts/side_by_side.sh OLD_BIN NEW_BIN
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export FACTDRILL_HOME="$tmp/home" # never the user's own progress
awk 'BEGIN { print "title: Large synthetic deck"; print "facts:";
  for (n = 0; n < 100000; n++)
    printf "  - fact: In the synthetic record %d, exactly %d delegates met on April %d, %d, to sign the accord.\n    id: f%d\n", n, n % 90 + 2, n % 28 + 1, 1900 + n % 120, n }' > "$tmp/large.yaml"
# Wall time of one run, in milliseconds.
ms() { local s e; s=$(date +%s%N); "$@" </dev/null >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
declare -A a
for r in 1 2 3 4 5; do
  for b in "$1" "$2"; do
    a["$b play"]+="$(ms $b play --json -n 1) "
    a["$b check"]+="$(ms $b check "$tmp/large.yaml") "
  done
done
for k in "${!a[@]}"; do echo "$k: ${a[$k]}"; done | sort
