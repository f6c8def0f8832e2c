"""Converts the blind teacher's file (question, expected, answer, verdict, why) into the grading
table's columns: each question mapped to the card it came from (built-in decks, by the typed
prompt of `factdrill preview`) or to a one-fact deck written for the invented questions."""
import csv, re, sys
INVENTED = {
 'The marathon world record set in Berlin was how long?': 'The marathon world record set in Berlin was {2 hours 1 minute 9 seconds}.',
 'The river is how long?': 'The river is {420 km} (261 mi) long.',
 'How tall was the player?': 'The player was {6 feet 5 inches} tall.',
 'What was the lowest temperature recorded at Vostok Station?': 'The lowest temperature recorded at Vostok Station was {−89.2 °C}.',
 "Jupiter's average distance from the Sun is how far?": "Jupiter's average distance from the Sun is {778,412,020 km}.",
 'What share of households had internet access?': '{90 percent} of households had internet access.',
 'The mission lasted how long?': 'The mission lasted {15 months}.',
 'How much did the program cost?': 'The program cost {$194.1 billion}.',
 "The men's 100 m record time is how many seconds?": "The men's 100 m record time is {9.58 seconds}.",
 'What is the mass of the Earth?': 'The mass of the Earth is {5.97 × 10^24 kg}.',
 'In what year did the treaty come into force?': 'The treaty came into force in {1993}.',
 'On what date did the railway open?': 'The railway opened on {May 10, 1869}.',
 'The lake covers how much area?': 'The lake covers {2,757 km²}.',
 'Which place did the team finish in?': 'The team finished {ninth}.',
 'By how much did the economy shrink?': 'The economy shrank by {−0.4 percent}.',
 'How many people attended?': '{16,000} people attended.',
 'What is the surface temperature of Venus?': 'The surface temperature of Venus is {464 °C}.',
}
prompts = {}
for f in ['preview-nato-2018.txt', 'preview-space-race.txt']:
    cur = None
    for line in open('/work/blind/' + f):
        m = re.match(r'\[\d+\] (\S+) · (\S+)', line)
        if m:
            cur = m.group(1)
            continue
        m = re.match(r'\s+typed:\s+(.*) → (.*)$', line)
        if m:
            prompts[m.group(1).strip()] = cur
out = ['# Written blind (by a teacher who never saw the code) from `factdrill preview nato-2018`,',
       '# `preview space-race` and invented questions; converted by mapping each question to its card.',
       '# fact\texpected\tkind\tanswer\tverdict\treason\tnote']
for row in csv.reader(open(sys.argv[1]), delimiter='\t', quoting=csv.QUOTE_NONE):
    if row[0] == 'question':
        continue
    q, expected, answer, verdict, why = row
    fact = 'builtin:' + prompts[q] if q in prompts else INVENTED[q]
    out.append('\t'.join([fact, expected, '', answer, verdict, '', 'teacher: ' + why]))
print('\n'.join(out))
