"""Train the merge score on the gold clusters, judged by cross-validation by cluster.

    rasd train-merge ../shared/eval/dev.jsonl -o src/rasd/data/models/merge.json

The gold's clusters are two to four outlets' articles about one day's news; ``same_as`` links
their events that are one real-world event. Every article of a cluster is read (its candidate
events, the rules' proposals, so that rejected ones add pairs too), each reading is aligned with
the article's gold events the way ``score.py`` aligns them, and every pair of readings from two
articles of one cluster that is within merge reach (store/merge.within_reach) is a labelled
pair: 1 when their gold events are linked, 0 when not, left out when either reading tells no
firm gold event.

Folds are the event model's (rasd/train.fold_of: a cluster stays in one fold). For each fold a
logistic regression over store/merge.pair_features is fitted on the other four and judged two
ways: pairwise on the held-out pairs, and end to end: the held-out fold's articles are read by
the shipped extraction into a real store that merges with that fold's score, and
``score_merge.py`` grades the stored ids, for the score and for the hand rule alike. The score
is written only when it beats the rule end to end; otherwise a stale file is removed and the
rule stays the decision (the card says so either way).
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rasd.choose.model import Model
from rasd.jsonl import article_from_dict
from rasd.pipeline import extract, load_resources, run
from rasd.store import merge
from rasd.train import FOLDS, file_sha256, fold_of, load_scorer, platt, read_jsonl, sigmoid

C = 0.3  # a few dozen pairs, a dozen features: strong regularisation
# a near tie keeps the hand rule: it is read and tested case by case, the score only measured
SCORE_MARGIN = 0.01
PRECISION_WANTED = 0.9  # the threshold is the lowest that keeps pairs this precise under CV
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 19)]  # 0.10 .. 0.90


@dataclass
class Pair:
    cluster: str
    fold: int
    stored: dict
    new: dict
    label: int


def reading(event, article_id: str, source: str | None) -> dict:
    """An extracted event as the store sees a report."""
    from rasd.store.db import _report
    report = _report(event)
    report["_article"], report["_outlet"] = article_id, source or article_id
    return report


TRAIN_KM = 50  # pairs this close and this many days apart teach the score (a wider net than
TRAIN_DAYS = 2  # the store's reach, so that it sees the different events next to the same ones)


def near_enough(a: dict, b: dict) -> bool:
    from rasd.geo.distance import km
    gap = abs((dt.date.fromisoformat(a["event_date"]) - dt.date.fromisoformat(b["event_date"])).days)
    return gap <= TRAIN_DAYS and km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) <= TRAIN_KM


def cluster_pairs(gold: list[dict], res, scorer) -> list[Pair]:
    clusters: dict[str, list[dict]] = {}
    for doc in gold:
        if doc.get("cluster") is not None:
            clusters.setdefault(str(doc["cluster"]), []).append(doc)
    pairs = []
    for cluster, docs in clusters.items():
        aligned = []  # per article: (reading, index of the firm gold event it tells or None)
        for doc in docs:
            article = article_from_dict({k: doc.get(k) for k in ("id", "text", "published", "source")}, "gold")
            reads = [reading(c.event, str(doc["id"]), doc.get("source")) for c in run(article, res).candidates]
            reads = [r for r in reads if r["event_date"] and r["latitude"] is not None]
            told = dict((j, i) for i, j in scorer.match(doc.get("events", []), reads))
            aligned.append((doc, [(r, told.get(j)) for j, r in enumerate(reads)]))
        for (da, ra), (db, rb) in itertools.combinations(aligned, 2):
            for (a, ia), (b, ib) in itertools.product(ra, rb):
                if ia is None or ib is None or not near_enough(a, b):
                    continue
                ga, gb = da["events"][ia], db["events"][ib]
                if ga.get("optional") or gb.get("optional"):
                    continue
                linked = f"{db['id']}#{ib}" in ga.get("same_as", []) or f"{da['id']}#{ia}" in gb.get("same_as", [])
                pairs.append(Pair(cluster, fold_of(da), a, b, int(linked)))
    return pairs


def fit(pairs: list[Pair]) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    x = vec.fit_transform([merge.pair_features(p.stored, p.new) for p in pairs])
    lr = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    lr.fit(x, [p.label for p in pairs])
    weights = {n: float(w) for n, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if w != 0}
    weights["bias"] = weights.get("bias", 0.0) + float(lr.intercept_[0])
    return weights, 0.0


def raw(weights: dict[str, float], p: Pair) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in merge.pair_features(p.stored, p.new).items())


def pairwise(pairs: list[Pair], decide) -> dict:
    tp = sum(1 for p in pairs if p.label and decide(p))
    fp = sum(1 for p in pairs if not p.label and decide(p))
    fn = sum(1 for p in pairs if p.label and not decide(p))
    return {"pairs": len(pairs), "same": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / (tp + fn), 4) if tp + fn else None}


def choose_threshold(pairs: list[Pair], probs: dict[int, float]) -> float:
    """The lowest threshold whose pairs are PRECISION_WANTED precise; the most precise else."""
    def at(t):
        return pairwise(pairs, lambda p: probs[id(p)] >= t)
    good = [t for t in THRESHOLDS if (at(t)["precision"] or 0) >= PRECISION_WANTED]
    if good:
        return min(good)
    return max(THRESHOLDS, key=lambda t: ((at(t)["precision"] or 0), -t))


def model_of(pairs: list[Pair], card: dict | None = None) -> Model:
    """Fitted on ``pairs``, calibrated on their inner cross-validated scores."""
    weights, _ = fit(pairs)
    inner = {}
    for k in range(FOLDS):
        train = [p for p in pairs if p.fold != k]
        if not train or len({p.label for p in train}) < 2:
            continue
        w, _ = fit(train)
        inner.update({id(p): raw(w, p) for p in pairs if p.fold == k})
    scored = [p for p in pairs if id(p) in inner]
    a, b = platt([inner[id(p)] for p in scored], [p.label for p in scored])
    probs = {id(p): sigmoid(a * inner[id(p)] + b) for p in scored}
    threshold = choose_threshold(scored, probs)
    return Model({k: round(v, 6) for k, v in weights.items()}, (round(a, 6), round(b, 6)), threshold, card or {})


def end_to_end(gold: list[dict], res, models: dict[int, Model | None], score_merge) -> dict:
    """Each fold's cluster articles read by the shipped extraction into a fresh real store that
    merges with that fold's decision; score_merge.py grades every fold's stored ids together."""
    from rasd.store import open_store
    pred = {}
    with tempfile.TemporaryDirectory(prefix="rasd-merge-") as work:
        for k in range(FOLDS):
            docs = [d for d in gold if d.get("cluster") is not None and fold_of(d) == k]
            store = open_store(f"sqlite:///{Path(work) / f'fold{k}.db'}", merge_model=models.get(k))
            items = []
            for d in sorted(docs, key=lambda d: (str(d.get("published")), str(d["id"]))):
                article = article_from_dict({f: d.get(f) for f in ("id", "text", "published", "source")}, "gold")
                items.append((article, extract(article, res)))
            for item in items:  # one article at a time, as a feed brings them
                store.add_many([item])
            for a in store.readings():
                pred[a["id"]] = {"id": a["id"], "events": [dict(e, stored_id=f"{k}:{e['stored_id']}")
                                                          for e in a["events"]]}
            store.engine.dispose()
    result = score_merge.score({str(d["id"]): d for d in gold}, pred)
    return {key: result[key] for key in ("precision", "recall", "recall_end_to_end", "stored_per_real_event",
                                         "tp", "fp", "fn")}


def train_merge(gold_path: Path, out_path: Path | None, log=print) -> dict:
    scorer = load_scorer(gold_path)
    score_merge = load_scorer(gold_path, "score_merge.py")
    gold = read_jsonl(gold_path)
    res = load_resources()
    pairs = cluster_pairs(gold, res, scorer)
    log(f"{len({p.cluster for p in pairs})} clusters, {len(pairs)} pairs within reach "
        f"({sum(p.label for p in pairs)} same event, {sum(1 - p.label for p in pairs)} different)")

    # cross-validation by cluster: pairwise, then end to end through a real store
    cv_models: dict[int, Model | None] = {}
    probs = {}
    for k in range(FOLDS):
        m = model_of([p for p in pairs if p.fold != k])
        cv_models[k] = m
        probs.update({id(p): m.probability(merge.pair_features(p.stored, p.new)) for p in pairs if p.fold == k})
    rule_pairs = pairwise(pairs, lambda p: merge.same_event(p.stored, p.new, None))
    model_pairs = pairwise(pairs, lambda p: probs[id(p)] >= cv_models[p.fold].threshold)
    log(f"pairs, CV:  rule P {rule_pairs['precision']} R {rule_pairs['recall']}   "
        f"score P {model_pairs['precision']} R {model_pairs['recall']}")
    rule_store = end_to_end(gold, res, {k: None for k in range(FOLDS)}, score_merge)
    model_store = end_to_end(gold, res, cv_models, score_merge)
    for name, r in (("rule", rule_store), ("score", model_store)):
        log(f"stored, CV: {name:5s} P {r['precision']} R {r['recall']} end to end {r['recall_end_to_end']} "
            f"stored per real event {r['stored_per_real_event']}")

    def f1(r):
        p, q = r["precision"] or 0, r["recall"] or 0
        return 2 * p * q / (p + q) if p + q else 0.0
    wins = f1(model_store) >= f1(rule_store) + SCORE_MARGIN and (model_store["precision"] or 0) >= min(
        PRECISION_WANTED, rule_store["precision"] or 0)
    card = {
        "what": "are a stored event and a new report one real-world event? (store/merge.py)",
        "trained": dt.date.today().isoformat(),
        "data": {"gold": gold_path.name, "gold_sha256": file_sha256(gold_path),
                 "clusters": len({p.cluster for p in pairs}), "pairs": len(pairs),
                 "same": sum(p.label for p in pairs)},
        "learner": f"logistic regression, L2, C={C}, balanced classes; Platt calibration on inner "
                   f"5-fold scores; threshold: the lowest with pair precision >= {PRECISION_WANTED}",
        "features": "rasd/store/merge.py pair_features",
        "folds": f"{FOLDS}, by sha1 of cluster (rasd/train.fold_of)",
        "cv": {"pairs": {"rule": rule_pairs, "score": model_pairs},
               "stored": {"rule": rule_store, "score": model_store}},
        "decision": ("the score decides (it beats the hand rule end to end under CV)" if wins else
                     f"the hand rule decides: the score did not beat it end to end under CV by "
                     f"{SCORE_MARGIN} in F1 (stored {f1(model_store):.3f} against {f1(rule_store):.3f})"),
    }
    final = model_of(pairs, card)
    log(f"{card['decision']}; threshold {final.threshold}")
    if out_path is not None:
        if wins:
            out_path.parent.mkdir(parents=True, exist_ok=True)
            out_path.write_text(json.dumps(final.as_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            log(f"wrote {out_path}")
        elif out_path.exists():
            out_path.unlink()
            log(f"removed {out_path}: the hand rule does better")
    return final.as_dict()
