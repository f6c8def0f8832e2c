#!/usr/bin/env python3
"""Lists every multiple-choice question of the given previews for a blind census (issue 10):
per text, the questions numbered in preview order, each its prompt and its options. Usage:
  scripts/census.py OUT.txt PREVIEW...   (previews from scripts/corpus.sh, or `preview` of a
  built-in deck saved as NAME.preview)
The heading of each question is the preview's file name without its extension."""
import os, re, sys

out = sys.argv[1]
with open(out, "w", encoding="utf-8") as f:
    for path in sys.argv[2:]:
        name = os.path.splitext(os.path.basename(path))[0]
        lines = open(path, encoding="utf-8").read().split("\n")
        n = 0
        for k, line in enumerate(lines):
            m = re.match(r"  choice:\s+(.*)", line)
            if not m:
                continue
            n += 1
            options = lines[k + 1].strip() if k + 1 < len(lines) else ""
            f.write(f"{name}\t{n}\n  {m.group(1)}\n  {options}\n\n")
