#!/usr/bin/env python3
"""Draws the sample a blind rater reads (issue 10): N random cards of each preview, every
form of each, in preview order. Usage:
  scripts/rating_sample.py SEED N OUT.txt PREVIEW...   (previews from scripts/corpus.sh)
The heading of each block is the preview's file name without its extension."""
import os, random, re, sys

seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
with open(out, "w", encoding="utf-8") as f:
    for path in sys.argv[4:]:
        text = open(path, encoding="utf-8").read()
        blocks = [b for b in re.split(r"\n(?=\[\d+\] )", text) if re.match(r"\[\d+\] ", b)]
        if not blocks:
            continue
        picked = sorted(rng.sample(range(len(blocks)), min(n, len(blocks))))
        name = os.path.splitext(os.path.basename(path))[0]
        f.write(f"=== TEXT {name}\n")
        for k in picked:
            f.write(blocks[k].rstrip() + "\n\n\n")
