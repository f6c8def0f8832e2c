#!/bin/sh
# Counts the questions of a scripts/corpus.sh output that cannot stand alone (issue 10):
# a prompt, statement or timeline event that opens with a pronoun ("It", "Its", "She",
# "Her", "He", "His", "They", "Their"), and in the monthly releases a month with no year,
# "over the month" or a "(See table …)" left in. Also counted, as upper bounds to read
# (many are resolved within the sentence): a lower-case pronoun past the first word, a
# "there" that is not the empty one ("there was"), "the <noun>" of a kind a subject may be
# named by (src/import/kind.rs) and a prompt that opens with "That", "This", "These".
# Usage: scripts/dangling.sh OUT_DIR   (after scripts/corpus.sh OUT_DIR)
set -eu
dir=${1:?usage: scripts/dangling.sh OUT_DIR}
pron='(It|Its|She|Her|He|His|They|Their)'
months='(January|February|March|April|May|June|July|August|September|October|November|December)'
# One line per question: the prompt of typed/choice/truefalse/estimate, the events of a
# timeline (the line after its prompt), each with its deck's name in front.
for p in "$dir"/*.preview; do
    name=$(basename "$p" .preview)
    awk -v n="$name" '
        /^  (typed|choice|truefalse|estimate):/ { sub(/^  [a-z]+: +/, ""); print n "\t" $0; next }
        /^  timeline:/ { t = 1; next }
        t == 1 { t = 0; sub(/^ +/, ""); print n "\t" $0 }
    ' "$p"
done >"$dir/questions.tsv"
total=$(wc -l <"$dir/questions.tsv")
# Opens with a pronoun: the prompt, a quoted statement, or a timeline event "a) It …".
pronoun=$(grep -cE "	(“)?$pron |(^|  |	)[a-e]\) $pron |\. $pron " "$dir/questions.tsv" || true)
# A month without a year or day, or "over the month", in the releases (their titles date them).
unframed=$(grep -E '^[0-9]+-bls-' "$dir/questions.tsv" |
    grep -cE "$months([^ 0-9,]| [^0-9]|$)|[Oo]ver the month|\(See table" || true)
# Past the first word: "…met in it…", "…accept him as king…", "Around 50 of them…".
mid=$(grep -cE "[^	“] (it|its|he|his|him|she|her|they|their|them)([^[:alpha:]'’]|$)" "$dir/questions.tsv" || true)
there=$(grep -E "[^	“] there([^[:alpha:]]|$)" "$dir/questions.tsv" |
    grep -cvE " there (is|are|was|were|has|have|had|will|would|seems?|seemed|appears?|remains?|remained|may|might|can|could|must|be)( |$)" || true)
kinds='(ship|liner|vessel|steamship|aircraft|airliner|airplane|plane|disease|illness|country|nation|planet|lake|mountain|peak|computer|desert|comet|final|battle|siege|war|famine|plague|river|tournament|race|island|treaty|mission|pandemic|epidemic|eruption|earthquake|canal|bridge|tunnel|dam)'
kind=$(grep -cE "(^|[^[:alpha:]])[Tt]he $kinds('s|’s)?([^[:alpha:]-]|$)" "$dir/questions.tsv" || true)
demonstrative=$(grep -cE "	(“)?(That|This|These|Those) |(^|  |	)[a-e]\) (That|This|These|Those) " "$dir/questions.tsv" || true)
printf 'questions\t%s\npronoun-led\t%s\nundated (releases)\t%s\n' "$total" "$pronoun" "$unframed"
printf 'pronoun past the first word\t%s\nthere (not the empty one)\t%s\nthe <kind noun>\t%s\ndemonstrative-led\t%s\n' \
    "$mid" "$there" "$kind" "$demonstrative"
