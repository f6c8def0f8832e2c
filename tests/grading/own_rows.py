# fact | expected | kind | answer | verdict | reason | note   (" | " separated; converted to TSV)
SRC = r'''
## Measures in another unit, as the text gives it (issue 11: "420 mi" was graded correct)
The river is 420 km (261 mi) long. | 420 km | measure
  420 | correct
  420 km | correct
  420 kilometres | correct
  420 kilometers | correct
  420km | correct
  about 420 km | correct
  261 mi | correct
  261 miles | correct
  260 miles | correct
  420,000 m | correct
  420 mi | wrong | too high
  420 miles | wrong | too high
  420 kg | wrong | length
  420 hours | wrong | length
  400 km | close
  430 km | close
  410 km | close
  4200 km | wrong
  42 km | wrong
  261 km | wrong
  500 km | wrong
  300 miles | close
The river is 420 km (261 mi) long. | 261 mi | measure
  261 | correct
  261 miles | correct
  420 km | correct
  420 kilometres | correct
  261 km | wrong
  216 mi | wrong
## Large measured amounts: three significant figures are the figure
Jupiter orbits 778,412,020 km from the Sun. | 778,412,020 km | measure
  778,412,020 | correct
  778412020 km | correct
  778 million km | correct
  778 million kilometres | correct
  778.4 million km | correct
  7.78 x 10^8 km | correct
  7.78e8 km | correct
  7.78·10⁸ km | correct
  7.78 × 10^8 | correct
  7.784 × 10⁸ km | correct
  484 million miles | correct
  780 million km | correct
  800 million km | close
  787 million km | wrong
  778 | close | scale
  778 billion km | wrong
  7.78 x 10^9 km | wrong
  7.78e7 km | wrong
  778 million miles | wrong | too high
  77.8 million km | wrong
  878 million km | wrong
The program cost $194.1 billion. | $194.1 billion | money
  $194.1 billion | correct
  194.1 billion | correct
  $194 billion | correct
  194 billion dollars | correct
  194.1bn | correct
  $194,100,000,000 | correct
  US$194.1 billion | correct
  $190 billion | correct
  $200 billion | close
  $195 billion | close
  194.1 | close | scale
  $194.1 million | wrong
  €194.1 billion | wrong | USD
  194.1 billion euros | wrong | USD
  $149.1 billion | wrong
  $1.941 billion | wrong
Almost 16,000 troops serve. | 16,000 | count
  16000 | correct
  16,000 | correct
  16 thousand | correct
  sixteen thousand | correct
  16k | correct
  about 16,000 troops | correct
  16,500 | close
  15,500 | close
  15,000 | close
  1,600 | wrong
  160,000 | wrong
  61,000 | wrong
The island covers 2,757 km² (1,064 sq mi). | 2,757 km² | measure
  2757 | correct
  2,757 km2 | correct
  2,757 km² | correct
  2,757 square kilometres | correct
  2,757 sq km | correct
  1,064 sq mi | correct
  1064 square miles | correct
  2,760 km² | correct
  2,800 km² | correct
  2,700 km² | close
  2,575 km² | wrong
  2,757 km | wrong | area
  2,757 sq mi | wrong | too high
  27,570 km² | wrong
The island covers 2,757 km² (1,064 sq mi). | 1,064 sq mi | measure
  1,064 | correct
  2,757 km² | correct
  1,064 km² | wrong
The Concorde cruised at 1,212 mph. | 1,212 mph | measure
  1,212 | correct
  1212 mph | correct
  1,950 km/h | correct
  1950 kph | correct
  1,950 kilometres per hour | correct
  542 m/s | correct
  1,200 mph | correct
  1,221 mph | wrong
  1,212 km/h | wrong | too low
  2,121 mph | wrong
  121 mph | wrong
The reservoir holds 540,000 m3 of water. | 540,000 m3 | measure
  540,000 | correct
  540000 m³ | correct
  540,000 cubic metres | correct
  540 million litres | correct
  550,000 m3 | close
  540,000 m2 | wrong | volume
  540,000 litres | wrong
  450,000 m3 | wrong
The reservoir holds {540,000 m3} of water. | 540,000 m3 | measure
  540,000 m³ | correct
  5.4 × 10^5 m3 | correct
  54,000 m3 | wrong
## Scientific notation in the fact
The Earth's mass is 5.97 × 10^24 kg. | 5.97 × 10^24 kg | measure
  5.97 × 10^24 kg | correct
  5.97 x 10^24 kg | correct
  5.97e24 kg | correct
  5.97E24 | correct
  5.97*10^24 kg | correct
  5.97 × 10²⁴ kg | correct
  5.97·10^24 kg | correct
  5,970,000,000,000,000,000,000,000 kg | correct
  6 × 10^24 kg | close
  5.9 × 10^24 kg | close
  5.97 | close | scale
  5.97 × 10^23 kg | wrong
  5.97 × 10^25 kg | wrong
  5.97 × 10^24 g | wrong | too low
  5.97 × 10^24 km | wrong | mass
## Compound amounts and feet and inches
He stands {6 feet 5 inches} tall. | 6 feet 5 inches | measure
  6 feet 5 inches | correct
  6 ft 5 in | correct
  6'5" | correct
  6′5″ | correct
  6' 5" | correct
  6 feet 5 | correct
  6 foot 5 | correct
  6 ft 5 | correct
  77 inches | correct
  77 in | correct
  1.96 m | correct
  196 cm | correct
  1.96 metres | correct
  6 feet 4 inches | close
  6'6" | close
  6.5 feet | close
  2 m | close
  5 feet 6 inches | wrong
  6 m | wrong
  6 feet 5 inches tall | correct
  65 inches | wrong
The project took 15 months. | 15 months | duration
  15 | correct
  15 months | correct
  fifteen months | correct
  15 mo | correct
  a year and three months | correct
  one year and three months | correct
  1 yr 3 mo | correct
  1 year 3 months | correct
  1 year and 3 months | correct
  1.25 years | correct
  a year and a quarter | correct
  one and a quarter years | correct
  14 months | close
  16 months | close
  15 years | wrong
  15 weeks | wrong
  a year | wrong
  1.5 years | wrong
  51 months | wrong
The warranty lasts 6 months. | 6 months | duration
  6 | correct
  six months | correct
  half a year | correct
  half a year. | correct
  0.5 years | correct
  1/2 year | correct
  a half year | correct
  a year | wrong
  6 years | wrong
  6 weeks | wrong
The trip took 2.5 years. | 2.5 years | duration
  2.5 | correct
  2½ | correct
  2 ½ years | correct
  2 1/2 | correct
  2 1/2 years | correct
  two and a half | correct
  two and a half years | correct
  2 years and 6 months | correct
  30 months | correct
  2.4 years | close
  2 years | wrong
  3 years | wrong
  5.2 years | wrong
The marathon record is {2 h 1 min 9 s}. | 2 h 1 min 9 s | text
  2 h 1 min 9 s | correct
  2:01:09 | correct
  2 hours 1 minute 9 seconds | correct
  2h01m09s | correct
  2 h 1 min 9 sec | correct
  121 min 9 s | correct
  2:01:10 | close
  2:01 | close
  2:10:09 | wrong
  2:01:39 | wrong
  1:02:09 | wrong
  2 days 1 min 9 s | wrong
## Fractions and shares for a percentage
About 90 percent of it is water. | 90 percent | percent
  90 | correct
  90% | correct
  90 per cent | correct
  ninety percent | correct
  9/10 | correct
  0.9 | correct
  nine out of ten | correct
  9 in 10 | correct
  nine tenths | correct
  85 | close
  95% | close
  9 | wrong
  0.09 | wrong
  9% | wrong
  19/20 | close
  $90 | wrong
25 percent of the budget went to defence. | 25 percent | percent
  a quarter | correct
  one quarter | correct
  1/4 | correct
  0.25 | correct
  25% | correct
  one in four | correct
  a fourth | correct
  a third | wrong
  1/3 | wrong
  2.5 | wrong
75 percent of members voted yes. | 75 percent | percent
  three quarters | correct
  three-quarters | correct
  3/4 | correct
  0.75 | correct
  75 | correct
  7.5 | wrong
  2/3 | wrong
Spending rose by 4.8 percent. | 4.8 percent | percent
  4.8 | correct
  4.8% | correct
  4,8 % | correct
  4.80% | correct
  5 | close
  4.5 | close
  8.4 | wrong
  48 | wrong
  0.48 | wrong
## Signed values and temperatures
The lowest temperature was −89.2 °C. | −89.2 °C | measure
  −89.2 | correct
  -89.2 | correct
  -89.2 °C | correct
  −89.2°C | correct
  minus 89.2 | correct
  minus 89.2 degrees | correct
  minus 89.2 degrees Celsius | correct
  89.2 below zero | correct
  89.2 degrees below zero | correct
  -89.2 degrees C | correct
  −128.6 °F | correct
  -128.6 degrees Fahrenheit | correct
  -89 °C | close
  -89.5 | wrong
  -90 | close
  89.2 °C | close | sign
  89.2 | close | sign
  -98.2 °C | wrong
  -89.2 °F | wrong
  -89.2 km | wrong | temperature
  -8.92 °C | wrong
Venus's surface is about 464 °C. | 464 °C | measure
  464 | correct
  464 °C | correct
  464°C | correct
  464 degrees | correct
  464 degrees Celsius | correct
  867 °F | correct
  737 K | correct
  460 °C | correct
  470 °C | close
  464 °F | wrong
  646 °C | wrong
  -464 °C | wrong
  46.4 °C | wrong
Prices changed by −0.4 percent in March. | −0.4 percent | percent
  -0.4 | correct
  −0.4% | correct
  minus 0.4 percent | correct
  -0.4 % | correct
  -0.5 | close
  -0.3% | close
  0.4 | close | sign
  -4 | wrong
  -0.04 | wrong
  $0.4 | wrong | not a percent
## Times written to the hundredth: exact, and close only within rounding
The 100 m world record is 9.58 s. | 9.58 s | duration
  9.58 | correct
  9.58 s | correct
  9.58s | correct
  9.58 seconds | correct
  9.58 sec | correct
  nine point five eight | correct
  9.6 | close
  9.57 | close
  9.85 | wrong
  9.68 | wrong
  958 | wrong
  9.58 minutes | wrong
The women's record of 10.49 s still stands. | 10.49 s | duration
  10.49 | correct
  10.49 seconds | correct
  10.5 | close
  10.48 | close
  10.94 | wrong
  10.58 | wrong
  10.4 | wrong
  1049 | wrong
  10.49 minutes | wrong
## Years
It was released in 1993. | 1993 | year
  1993 | correct
  in 1993 | correct
  nineteen ninety-three | correct
  Nineteen ninety three | correct
  1993 AD | correct
  the year 1993 | correct
  '93 | close | in full
  1994 | close
  1992 | close
  1939 | wrong
  1983 | wrong
  2093 | wrong
  €14 billion | wrong | not a year
  14 million | wrong | not a year
  5000 BC | wrong | too early
  14 km | wrong | not a year
  '39 | wrong
The company was founded in 1905. | 1905 | year
  1905 | correct
  nineteen hundred and five | correct
  nineteen oh five | correct
  nineteen-oh-five | correct
  '05 | close | in full
  1906 | close
  1950 | wrong
  1509 | wrong
## Dates
The railroad was completed on May 10, 1869. | May 10, 1869 | date
  May 10, 1869 | correct
  10 May 1869 | correct
  10th of May, 1869 | correct
  the 10th of May 1869 | correct
  May 10th, 1869 | correct
  May the 10th, 1869 | correct
  1869-05-10 | correct
  10/5/1869 | correct
  5/10/1869 | correct
  10.05.1869 | correct
  Mya 10, 1869 | correct | - | known: a slip in a three-letter word is not forgiven (mar, may, man)
  the 10th of May | close | year
  May the 10th | close | year
  May 10 | close | year
  10/05/69 | correct
  10 May 69 | close | in full
  May 1869 | close
  1869 | close
  May 11, 1869 | close
  June 10, 1869 | close
  May 10, 1870 | close
  May 10, 1896 | wrong
  1896 | wrong
  October 5, 1869 | wrong
The record was set on August 21, 1986. | August 21, 1986 | date
  August 21, 1986 | correct
  Agust 21, 1986 | correct
  Augst 21 1986 | correct
  21 Aug 1986 | correct
  21 August 1986 | correct
  Aug. 21st, 1986 | correct
  21/8/1986 | correct
  8/21/1986 | correct
  21 Aug 86 | close | in full
  21/08/86 | correct
  August 12, 1986 | wrong
  August 21, 1968 | wrong
He was born on 30 November 1967. | 30 November 1967 | date
  30 November 1967 | correct
  30/11/1967 | correct
  11/30/1967 | correct
  November 30, 1967 | correct
  30th Nov 1967 | correct
  30 Novmber 1967 | correct
  30/11/67 | correct
  30 November 1976 | wrong
  November 1967 | close
## Ordinals
She finished ninth in the race. | ninth | ordinal
  ninth | correct
  Ninth | correct
  9th | correct
  nine | correct
  9 | correct
  nineth | correct
  the ninth | correct
  9th place | correct
  eighth | wrong
  tenth | wrong
  19th | wrong
  90th | wrong
He was the 42nd president. | 42nd | ordinal
  42nd | correct
  forty-second | correct
  fourty-second | correct
  forty second | correct
  42 | correct
  forty-two | correct
  42th | correct
  24th | wrong
  43rd | wrong
  fourty-third | wrong
## Counts
The treaty had 12 founding members. | 12 | count
  12 | correct
  twelve | correct
  a dozen | correct
  twelve countries | correct
  13 | wrong
  11 | wrong
  21 | wrong
  1.2 | wrong
  €12 | wrong
## Answers held in a text span: braces and imported tables
Q: In what year did World War II end? | 1945 | year
  1945 | correct
  nineteen forty-five | correct
  May 1945 | correct
  1944 | close
  1946 | close
  '45 | close | in full
  1954 | wrong
  €1945 | wrong | not a year
Q: How many moons does Mars have? | 2 | count
  2 | correct
  two | correct
  3 | wrong
  twenty | wrong
Q: How tall is the Burj Khalifa? | 828 m | measure
  828 | correct
  828 metres | correct
  828m | correct
  2,717 ft | correct
  830 m | correct
  882 m | wrong
  828 ft | wrong | too low
  828 km | wrong | too high
Q: How long did the siege of Leningrad last? | 872 days | duration
  872 | correct
  872 days | correct
  2.4 years | correct
  872 weeks | wrong
  782 days | wrong
Q: What is the capital of France? | Paris | text
  Paris | correct
  paris | correct
  the city of Paris | correct | - | known: text answers are unchanged by issue 11; "city" is not a filler word
  Rome | wrong
'''
import sys
out = ['# Answers typed the way students write them (issue 11), each with the verdict a fair',
       '# teacher gives; written beside the code, from the rule, not from its output. Seventeen\n# verdicts were revised after reading the blind table, to follow its teacher on rounding\n# ("780 million" is right), changed digits ("787 million" is wrong) and numeric dates.',
       '# fact\texpected\tkind\tanswer\tverdict\treason\tnote']
head = None
for line in SRC.splitlines():
    if not line.strip():
        continue
    if line.startswith('##'):
        out.append('#' + line[2:])
        continue
    if not line.startswith('  '):
        head = [p.strip() for p in line.split(' | ')]
        continue
    parts = [p.strip() for p in line.strip().split(' | ')]
    answer, verdict = parts[0], parts[1]
    reason = parts[2] if len(parts) > 2 and parts[2] != '-' else ''
    note = parts[3] if len(parts) > 3 else ''
    out.append('\t'.join(head + [answer, verdict, reason, note]))
print('\n'.join(out))
