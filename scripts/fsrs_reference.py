#!/usr/bin/env python3
"""Writes tests/fixtures/fsrs_reference.json: memory states and intervals from py-fsrs 6.3.2,
the reference implementation, for a handful of review sequences. Fuzz and learning steps are
off, so every review is a plain FSRS step. Regenerate with:

    pip install fsrs==6.3.2 && python3 scripts/fsrs_reference.py
"""
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
from fsrs import Card, Rating, Scheduler

# Each sequence: (rating 1-4, days since the previous review; the first is the first review).
SEQUENCES = {
    "good_streak": [(3, 0), (3, 3), (3, 8), (3, 21), (3, 60)],
    "again_then_recover": [(1, 0), (3, 1), (3, 2), (1, 5), (3, 1), (4, 4)],
    "hard_and_easy": [(2, 0), (2, 2), (4, 3), (4, 15), (2, 40)],
    "easy_start": [(4, 0), (3, 9), (3, 30)],
    "late_reviews": [(3, 0), (3, 10), (3, 100), (1, 400), (3, 2)],
    "same_day": [(1, 0), (3, 0), (3, 1), (3, 0), (3, 4)],
}


def main() -> None:
    scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    start = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
    out = {"generator": "py-fsrs 6.3.2", "desired_retention": 0.9, "parameters": list(scheduler.parameters), "sequences": {}}
    for name, reviews in SEQUENCES.items():
        card = Card()
        now = start
        steps = []
        for rating, days in reviews:
            now = now + timedelta(days=days)
            card, _ = scheduler.review_card(card, Rating(rating), review_datetime=now)
            steps.append({
                "rating": rating,
                "days": days,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "interval": (card.due - now).days,
            })
        out["sequences"][name] = steps
    path = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "fsrs_reference.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
