//! The starter deck `factdrill new` writes: every feature of the format, commented.

/// A starter deck with `TITLE` and `ID` to fill in.
pub const STARTER: &str = r#"# A factdrill deck. Check it with `factdrill check FILE`; play it with `factdrill play FILE`,
# or add it to your library with `factdrill add FILE` and play it by its id.
title: TITLE                  # required
id: ID                        # optional; progress is kept under it (default: the file name)
description: What this deck is about, in a sentence.
source: Where the facts come from (a book, a web page, your notes).
tags: [example, history]

facts:                        # required: a list with at least one fact
  # 1. A plain sentence. Every date, year, count, percentage, amount, duration and measure
  #    in it is found and asked, one card each. `factdrill check` shows what was found.
  - The Washington Treaty was signed on April 4, 1949, by 12 founding members.

  # 2. A map, for more control. Give each fact an `id`: when you reword the sentence,
  #    its progress stays with it.
  - fact: NATO had grown to 29 member states by 2018.
    id: member-states
    topic: Membership           # a heading shown with the question
    hint: Montenegro joined in 2017.
    note: North Macedonia became the 30th member in 2020.   # shown after answering
    source: NATO fact sheet, 2018
    tolerance: 1                # answers within 1 count as close; or a percentage: 5%

  # 3. Braces choose the answers: only the marked parts are asked. Words work too.
  - fact: Defence spending among the Allies rose by {4.8 percent} in 2017, led by {Europe}.
    id: spending-2017

  # 4. A question whose answer is not a number, with other answers to accept and wrong
  #    options for multiple choice (optional: without them they come from the deck).
  - question: Who was NATO's Secretary General in 2018?
    answer: Jens Stoltenberg
    accept: [Stoltenberg]
    distractors: [Anders Fogh Rasmussen, Javier Solana, Mark Rutte]
    id: secretary-general
"#;

/// The starter deck with its title and id filled in.
pub fn starter(title: &str, id: &str) -> String {
    STARTER.replacen("TITLE", title, 1).replacen("ID", id, 1)
}
