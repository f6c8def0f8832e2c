"""Splits heldout.tsv by fact into heldout-dev.tsv and heldout-test.tsv.

Rule: a fact is the sentence with its braces removed (so two figures asked of one sentence
stay together); facts are numbered in file order of their first row; rows whose fact is in
the first half (the first ceil(n/2) facts) go to heldout-dev.tsv, the rest to
heldout-test.tsv. Rules are developed against table.tsv, blind.tsv and heldout-dev.tsv only;
heldout-test.tsv is graded once at the end and its figure is the honest one.
Run once from the repository root: python3 tests/grading/split_heldout.py"""
import re

SRC = 'tests/grading/heldout.tsv'
head, rows = [], []
for line in open(SRC, encoding='utf-8').read().splitlines():
    (head if line.startswith('#') or not line.strip() else rows).append(line)


def fact(row):
    return re.sub(r'[{}]', '', row.split('\t')[0])


order = []
for r in rows:
    if fact(r) not in order:
        order.append(fact(r))
dev_facts = set(order[:(len(order) + 1) // 2])
for name, keep in (('dev', True), ('test', False)):
    with open(f'tests/grading/heldout-{name}.tsv', 'w', encoding='utf-8') as out:
        out.write(f'# heldout-{name}.tsv: the {"first" if keep else "second"} half of the facts of heldout.tsv,\n')
        out.write('# split by tests/grading/split_heldout.py (a fact is its sentence without braces, in file\n')
        out.write('# order; the first ceil(n/2) facts are dev). ' +
                  ('Rules may be developed against this half.\n' if keep else
                   'Not looked at while developing: graded once, its figure is the honest one.\n'))
        for h in head:
            out.write(h + '\n')
        for r in rows:
            if (fact(r) in dev_facts) == keep:
                out.write(r + '\n')
