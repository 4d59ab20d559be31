"""Pairwise precision / recall of the cross-outlet merge on article groups written here.

    python scripts/merge_quality.py

Each group is one event (type, town, day) told by 2-3 "outlets" in different
styles (wire lead, local-source report, official statement), built from the
templates below. Groups share towns and days on purpose, so a merge that
looks only at place or only at date fails. Every article is extracted and
stored in a fresh SQLite store; two articles "should merge" when they belong
to the same group, and "did merge" when the store linked them to one event.
"""
from __future__ import annotations

import datetime as dt
import itertools
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.pipeline import extract, load_resources  # noqa: E402
from rasd.records import Article  # noqa: E402
from rasd.store import open_store  # noqa: E402

PUB = dt.date(2019, 5, 16)  # a Thursday
DAYS = {"الثلاثاء": "Tuesday", "الأربعاء": "Wednesday"}
TOWNS = ["سراقب", "كفرنبل", "خان شيخون", "معرة النعمان", "جسر الشغور", "الموصل", "تكريت", "الرمادي",
         "صعدة", "حجة", "تعز", "درنة"]

# one event type, three outlets' ways of telling it; {town} {day} {n} filled per group
STYLES = {
    "clash": [
        "اندلعت اشتباكات عنيفة يوم {day} بين القوات الحكومية ومسلحين في مدينة {town}، ما أسفر عن مقتل {n} أشخاص.",
        "قالت مصادر محلية إن معارك دارت {day} في {town} بين الجيش ومسلحين وأدت إلى سقوط {n} قتلى.",
        "أعلن مصدر عسكري مقتل {n} مسلحين خلال مواجهات مسلحة مع الجيش في {town} يوم {day}.",
    ],
    "airstrike": [
        "شنت طائرات حربية غارات جوية يوم {day} على مدينة {town}، ما أدى إلى مقتل {n} مدنيين.",
        "أفاد ناشطون بأن غارة جوية استهدفت سوقا في {town} {day} وقتلت {n} مدنيين.",
        "قالت مصادر طبية إن {n} مدنيين قتلوا في قصف جوي على {town} يوم {day}.",
    ],
    "ied": [
        "قتل {n} أشخاص بانفجار عبوة ناسفة في مدينة {town} يوم {day}، بحسب مصدر أمني.",
        "انفجرت عبوة ناسفة {day} قرب سوق في {town} وأسفرت عن مقتل {n} مدنيين.",
    ],
    "protest": [
        "تظاهر مئات المحتجين يوم {day} في مدينة {town} للمطالبة بتحسين الخدمات.",
        "خرج متظاهرون {day} في {town} احتجاجا على انقطاع الكهرباء.",
    ],
}


def groups() -> list[tuple[str, str, str, int]]:
    """(kind, town, day, toll) for 36 events: every town twice, on different days or kinds."""
    kinds = list(STYLES)
    out = []
    for k, town in enumerate(TOWNS):
        for m in range(3):
            kind = kinds[(k + m) % len(kinds)]
            day = list(DAYS)[(k + m) % 2]
            out.append((kind, town, day, 3 + (k + m) % 5))
    return out


def main() -> None:
    res = load_resources()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'merge.db'}")
        members: dict[str, int] = {}
        for g, (kind, town, day, n) in enumerate(groups()):
            for s, template in enumerate(STYLES[kind]):
                # outlets disagree a little on the toll, as they do
                text = template.format(town=town, day=day, n=n + s)
                article = Article(id=f"g{g}-s{s}", text=text, published=PUB, source=f"outlet-{s}")
                store.add(article, extract(article, res))
                members[article.id] = g
        event_of: dict[str, set[str]] = {}
        for e in store.events():
            for a in store.sources_of(e["event_id"]):
                event_of.setdefault(a, set()).add(e["event_id"])
    ids = sorted(members)
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        should = members[a] == members[b]
        did = bool(event_of.get(a, set()) & event_of.get(b, set()))
        tp += should and did
        fp += did and not should
        fn += should and not did
    unplaced = [a for a in ids if a not in event_of]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"groups {len(groups())}, articles {len(ids)}, articles with no stored event {len(unplaced)}")
    print(f"pairwise merge precision {p:.3f}  recall {r:.3f}  (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
