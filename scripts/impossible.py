#!/usr/bin/env python3
"""Counts options and true/false swaps that the prompt (or the text's frame) rules out, over
the previews `scripts/corpus.sh OUT` writes (issue 10, round 10: most C grades were such
options). Written apart from the Rust rules, so that it checks them rather than repeats them.

Usage: scripts/impossible.py OUT [--list]

Rules, each counted once per option or swap that breaks it:
  frame   a year or date after the year the text is about (its title's year, else an infobox
          `Date` line) when the answer is not after it; or that very year for an earlier
          year answer
  order   a year before a year printed before the blank, or after one printed after it,
          in a prompt whose years run forward
  span    a year outside "from A to B" / "between A and B" around an answer inside it
  mach    a Mach number on the other side of 1 from the answer, or not above 2 beside
          "twice the speed of sound"
  minute  a match minute past the 120th, or on the other side of the 90th from the answer
"""
import re
import sys
from pathlib import Path

YEAR = re.compile(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d,]|\.\d)")
BLANK = re.compile(r"_____|\bwhat (?:date|year|month and year|month)\b|\bwhen\b")


def years(text):
    return [int(m.group(1)) for m in YEAR.finditer(text)]


def frame_year(txt):
    lines = txt.read_text(encoding="utf-8").splitlines()
    title = lines[0] if lines else ""
    ys = years(title)
    if len(ys) == 1:
        return ys[0]
    for line in lines[:15]:
        if line.strip().startswith("Date"):
            ys = years(line)
            return ys[0] if len(ys) == 1 else None
    return None


def blocks(preview):
    """(kind, typed prompt, answer, choice prompt, options, tf statement, tf false?)"""
    text = preview.read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        lines = block.splitlines()
        if not lines or not lines[0].startswith("["):
            continue
        b = {"typed": "", "answer": "", "choice": "", "options": [], "tf": "", "tf_false": False}
        for k, line in enumerate(lines):
            s = line.strip()
            if s.startswith("typed:"):
                prompt, _, ans = s[len("typed:"):].rpartition(" → ")
                b["typed"], b["answer"] = prompt.strip(), ans.strip()
            elif s.startswith("choice:"):
                b["choice"] = s[len("choice:"):].strip()
                if k + 1 < len(lines):
                    opts = re.split(r"(?:^|\s{2,})[a-z]\) ", lines[k + 1].strip())
                    b["options"] = [o.replace(" ✓", "").strip() for o in opts if o.strip()]
            elif s.startswith("truefalse:"):
                st = s[len("truefalse:"):].strip()
                b["tf_false"] = "→ false" in st
                b["tf"] = st.split("”")[0].lstrip("“")
                m = re.search(r"the fact says (.*)$", st)
                if m and not b["answer"]:
                    b["answer"] = m.group(1).strip()
        yield b


def check_value(b, prompt, value, frame):
    """The rules `value` (an option or a swapped figure) breaks in `prompt`."""
    broken = []
    ans_years = years(b["answer"])
    val_years = years(value)
    low = prompt.lower()
    if frame and ans_years and val_years:
        a, v = ans_years[-1], val_years[-1]
        if a <= frame and v > frame:
            broken.append("frame")
        elif re.fullmatch(r"\d{4}", b["answer"]) and a < frame and v == frame:
            broken.append("frame")
    m = BLANK.search(prompt)
    if m and ans_years and val_years:
        before, after = years(prompt[: m.start()]), years(prompt[m.end():])
        seq = before + [ans_years[-1]] + after
        v = val_years[-1]
        if seq == sorted(seq) and len(seq) > 1:
            if (before and v < max(before)) or (after and v > min(after)):
                broken.append("order")
        for r in re.finditer(r"(?:from|between) (\d{4}) (?:to|and|until) (\d{4})", prompt):
            lo, hi = int(r.group(1)), int(r.group(2))
            if lo < ans_years[-1] < hi and not lo <= v <= hi:
                broken.append("span")
    num = lambda s: float(re.sub(r"[^\d.]", "", s) or "nan")
    if "mach _____" in low:
        a, v = num(b["answer"]), num(value)
        if (a > 1) != (v > 1) or ("twice the speed of sound" in low and v <= 2):
            broken.append("mach")
    if re.search(r"_____ minute", low):
        a, v = num(b["answer"]), num(value)
        if v > 120 or (a > 90) != (v > 90):
            broken.append("minute")
    return broken


def main():
    out = Path(sys.argv[1])
    listing = "--list" in sys.argv
    corpus = Path(__file__).resolve().parent.parent / "tests" / "corpus"
    counts, options, swaps = {}, 0, 0
    for preview in sorted(out.glob("*.preview")):
        frame = frame_year(corpus / (preview.stem + ".txt"))
        for b in blocks(preview):
            for opt in b["options"]:
                if opt == b["answer"]:
                    continue
                options += 1
                for rule in check_value(b, b["choice"], opt, frame):
                    counts[rule] = counts.get(rule, 0) + 1
                    if listing:
                        print(f"{preview.stem}\toption\t{rule}\t{opt}\t{b['choice'][:150]}")
            if b["tf_false"] and b["typed"]:
                swaps += 1
                shown = set(years(b["typed"])) | set(years(b["answer"]))
                new = [y for y in years(b["tf"]) if y not in shown]
                if new:
                    for rule in check_value(b, b["typed"], str(new[-1]), frame):
                        counts[rule] = counts.get(rule, 0) + 1
                        if listing:
                            print(f"{preview.stem}\tswap\t{rule}\t{new[-1]}\t{b['tf'][:150]}")
                else:
                    m = re.search(r"Mach ([\d.]+)|(\d+)(?:st|nd|rd|th) minute", b["tf"])
                    if m and ("Mach _____" in b["typed"] or "_____ minute" in b["typed"]):
                        for rule in check_value(b, b["typed"], m.group(0), frame):
                            counts[rule] = counts.get(rule, 0) + 1
                            if listing:
                                print(f"{preview.stem}\tswap\t{rule}\t{m.group(0)}\t{b['tf'][:150]}")
    total = sum(counts.values())
    print(f"wrong options {options}, false swaps {swaps}; ruled out by the prompt or frame: {total}")
    for rule in ["frame", "order", "span", "mach", "minute"]:
        print(f"  {rule}\t{counts.get(rule, 0)}")


if __name__ == "__main__":
    main()
