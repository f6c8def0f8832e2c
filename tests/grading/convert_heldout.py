"""Converts the held-out teacher's file (fact with one braced answer, answer, verdict, why)
into the grading table's columns. Written by a second blind teacher from the corpus texts,
after the grading rules were tuned, and never used to tune them: its agreement is the
held-out figure."""
import csv, re, sys
src = sys.argv[1] if len(sys.argv) > 1 else '/work/blind/grading-heldout.tsv'
out = sys.stdout
out.write("# Held out: written blind, from tests/corpus, by a teacher who never saw the code,\n")
out.write("# after the grading rules were tuned; converted by tests/grading/convert_heldout.py.\n")
out.write("# fact\texpected\tkind\tanswer\tverdict\treason\tnote\n")
with open(src, newline='', encoding='utf-8') as f:
    rows = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
    next(rows)
    for fact, answer, verdict, why in rows:
        expected = re.search(r'\{([^}]*)\}', fact).group(1)
        out.write('\t'.join([fact, expected, '', answer, verdict, '', 'teacher: ' + why]) + '\n')
