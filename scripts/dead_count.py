"""How many dead rasd counts over a gold set, against the gold's own count, under CV.

    python scripts/dead_count.py ../shared/eval/dev.jsonl

ACLED's totals are what analysts compare: a reader that sums campaign totals or the displaced
into tolls counts far more dead than happened. This sums the fatalities of every event the
held-out predictions emit (the folds and the decision of ``rasd train``), the firm gold events'
fatalities, and the dead in emitted events that match no gold event. Needs score.py beside the
gold file and scikit-learn (``pip install -e ".[train]"``).
"""
from __future__ import annotations

import sys
from pathlib import Path

from rasd import train
from rasd.pipeline import Resources, load_resources


def main(path: str) -> None:
    gold_path = Path(path)
    scorer = train.load_scorer(gold_path)
    gold = train.read_jsonl(gold_path)
    res = load_resources()
    res = Resources(res.lex, res.gazetteer, res.matcher)  # the rules propose, CV models choose
    items = train.build_items(gold, [], res, scorer)
    by_id = {str(d["id"]): d for d in gold}
    probs, _raw, bars, _tolls = train.cross_validate(items, train.Gold(by_id, scorer, {}, None))
    pred = train.predictions(items, lambda n: probs[n], lambda n: bars[items[n].fold])
    gold_dead = emitted_dead = unmatched_dead = 0
    for article_id, doc in by_id.items():
        gold_events = doc.get("events", [])
        emitted = pred.get(article_id, {"events": []})["events"]
        gold_dead += sum(scorer.fatalities(g) or 0 for g in gold_events if not g.get("optional"))
        emitted_dead += sum(scorer.fatalities(e) or 0 for e in emitted)
        matched = {j for _, j in scorer.match(gold_events, emitted)}
        unmatched_dead += sum(scorer.fatalities(e) or 0 for j, e in enumerate(emitted) if j not in matched)
    print(f"gold dead {gold_dead}  emitted dead {emitted_dead}  "
          f"in emitted events no gold event matches {unmatched_dead}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
