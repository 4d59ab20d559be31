"""Train the event model on hand-coded gold, judged by 5-fold cross-validation.

    rasd train ../shared/eval/dev.jsonl --negatives ../shared/eval/nonconflict_dev.jsonl

The rule stages propose candidate events (pipeline stage ``candidates``); each is labelled by
the gold the way ``score.py`` matches (same article, dates a day apart, places 50 km apart):
1 when it tells a firm gold event, 0 when it tells none, left out when it tells only an optional
one. Articles of the negatives file (sport, culture, economy pages) have no
event: every candidate there is a 0.

Folds are fixed: an article's fold is a hash of its cluster (or id), so the reports of one event
by several outlets stay in one fold. For each fold a logistic regression is trained on the other
four, its threshold chosen by an inner cross-validation on those four alone, and the held-out
fold is scored: the figures printed are those of unseen articles, for the rules' own decision
and for the model. The model written at the end is fitted on everything, calibrated (Platt) on
the cross-validated scores, with a card recording the data, features and CV figures.

Training needs scikit-learn (``pip install -e ".[train]"``); extraction only reads the JSON.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import math
from dataclasses import dataclass
from pathlib import Path

from rasd.choose.decide import decide, with_retellings, without_summed_tolls
from rasd.choose.tolls import choose_toll
from rasd.choose.features import rule_accepts
from rasd.choose.model import Model
from rasd.choose.reports import LABEL_OF_TYPE
from rasd.jsonl import article_from_dict
from rasd.pipeline import Resources, load_resources, run
from rasd.records import Candidate

FOLDS = 5
C = 0.1  # inverse L2 strength: a few hundred articles, a few hundred features
THRESHOLDS = [round(0.05 * k, 2) for k in range(4, 17)]  # 0.20 .. 0.80
RULE_GAPS = [round(0.05 * k, 2) for k in range(0, 9)]  # how much lower the bar where the rules agree


@dataclass
class Item:
    article_id: str
    fold: int
    candidate: Candidate
    label: int | None  # None: matches an optional gold event, neither rewarded nor punished
    gold_toll: int | None = None  # the fatalities of the firm gold event it tells, if one


def fold_of(doc: dict) -> int:
    key = str(doc.get("cluster") or doc["id"])
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % FOLDS


def fold_of_document(d: dict) -> int:
    """A labelled sentence's fold: a hash of its source document, so that one document's
    sentences stay in one fold."""
    return int(hashlib.sha1(str(d.get("doc") or d["id"]).encode("utf-8")).hexdigest(), 16) % FOLDS


def load_scorer(gold_path: Path, name: str = "score.py"):
    """The scorer from beside the gold file (score.py; score_gsr.py for sentences): the same
    matching and figures the graders use, imported from where the gold lies."""
    script = gold_path.parent / name
    spec = importlib.util.spec_from_file_location(f"rasd_{script.stem}", script)
    if spec is None or not script.exists():
        raise SystemExit(f"{script}: the scorer must lie beside the gold file")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module




def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def event_dict(c: Candidate) -> dict:
    return event_fields(c.event)


def event_fields(e) -> dict:
    return {"event_date": e.event_date, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
            "latitude": e.latitude, "longitude": e.longitude, "admin1": e.admin1, "geo_precision": e.geo_precision,
            "fatalities": e.fatalities, "actor1": e.actor1, "actor2": e.actor2}


def candidates_of(docs: list[dict], res: Resources) -> dict[str, list[Candidate]]:
    out = {}
    for d in docs:
        article = article_from_dict({k: d.get(k) for k in ("id", "text", "published", "title", "url", "source")},
                                    str(d["id"]))
        out[article.id] = list(run(article, res).candidates)
    return out


def label(gold_events: list[dict], cands: list[Candidate], scorer) -> list[tuple[int | None, int | None]]:
    """(label, gold toll) per candidate. Label 1: the candidate tells a firm gold event (a day
    apart at most, within 50 km, as score.py matches); None: only an optional one; 0: none. A
    second telling of one event is a 1 too: telling it is right, and choose/decide.py drops the
    retelling, not the model. The toll is that gold event's (the one of its type if several)."""
    out: list[tuple[int | None, int | None]] = []
    for c in cands:
        e = event_dict(c)
        near = [g for g in gold_events if scorer.dates_close(g, e) and scorer.place_ok(g, e, scorer.MATCH_KM)]
        firm = sorted((g for g in near if not g.get("optional")),
                      key=lambda g: (not scorer.type_ok(g, e), scorer.km(g, e) or 0))
        if firm:
            out.append((1, scorer.fatalities(firm[0])))
        else:
            out.append((None if near else 0, None))
    return out


ADDED = "~added"  # suffix of an article's id read with an extended gazetteer


def build_items(gold: list[dict], negatives: list[dict], res: Resources, scorer, setting: str = "") -> list[Item]:
    items = []
    cands = candidates_of(gold, res)
    for d in gold:
        for c, (y, toll) in zip(cands[str(d["id"])], label(d.get("events", []), cands[str(d["id"])], scorer)):
            items.append(Item(str(d["id"]) + setting, fold_of(d), c, y, toll))
    neg = candidates_of(negatives, res)
    for d in negatives:
        items.extend(Item(str(d["id"]) + setting, fold_of(d), c, 0) for c in neg[str(d["id"])])
    return items


def judge_elsewhere(items: list[Item], other: list[Item], thresholds: dict, scorer, gold_by_id: dict,
                    negatives: list[dict], log) -> dict:
    """Cross-validated figures of the model trained on ``items`` (fold by fold, calibrated as in
    cross_validate) applied to ``other``: the same articles read another way."""
    probs: dict[int, float] = {}
    for k in range(FOLDS):
        training = [it for it in items if it.fold != k]
        weights, b = fit(training)
        inner = out_of_fold(training, [f for f in range(FOLDS) if f != k])
        labelled = [(s, training[n].label) for n, s in inner.items() if training[n].label is not None]
        a, c = platt([s for s, _ in labelled], [y for _, y in labelled])
        for n, it in enumerate(other):
            if it.fold == k:
                probs[n] = sigmoid(a * raw_score(weights, b, it.candidate.features) + c)
    gold_here = {k + ADDED: v for k, v in gold_by_id.items()}
    chosen = [n for n, it in enumerate(other) if it.article_id in gold_here]
    pred = predictions([other[n] for n in chosen], lambda m: probs[chosen[m]],
                       lambda m: thresholds[other[chosen[m]].fold])
    result = figures(scorer.score(gold_here, pred))
    neg_ids = {str(d["id"]) + ADDED for d in negatives}
    neg = [n for n, it in enumerate(other) if it.article_id in neg_ids]
    neg_pred = predictions([other[n] for n in neg], lambda m: probs[neg[m]], lambda m: thresholds[other[neg[m]].fold])
    result["nonconflict_events_per_1000"] = round(
        1000 * sum(len(p["events"]) for p in neg_pred.values()) / max(1, len(negatives)), 1)
    log(f"model with the added gazetteer CV: event P {result['precision']:.3f} R {result['recall']:.3f} "
        f"F1 {result['f1']:.3f}  strict F1 {result['strict_f1']:.3f}  wrong type/place "
        f"{result['wrong_type_or_place']}  place within 10 km {result['fields']['location_10km']}  "
        f"non-conflict {result['nonconflict_events_per_1000']}/1000")
    return result


def extended_resources(table: Path, workdir: Path, log) -> Resources:
    """Resources whose gazetteer adds the places of ``table`` (built into ``workdir``)."""
    from rasd.gazetteer_index import add
    add([table], "training", home=workdir, log=lambda m: None)
    res = load_resources(workdir)
    log(f"extended gazetteer from {table.name}: {len(res.gazetteer)} names in all")
    return Resources(lex=res.lex, gazetteer=res.gazetteer, matcher=res.matcher, event_model=None)


def sentence_items(sentences: list[dict], res: Resources) -> list[Item]:
    """Candidates of sentences labelled violence / protest (the GSR shape): 1 when the sentence
    reports an event of the candidate's kind, 0 when it was judged not to, left out otherwise
    (a strategic development, or a kind the sentence was not judged for). Fold by document."""
    items = []
    cands = candidates_of(sentences, res)
    for d in sentences:
        fold = fold_of_document(d)
        for c in cands[str(d["id"])]:
            kind = LABEL_OF_TYPE.get(c.event.event_type)
            y = None if kind is None or kind not in d.get("judged", ()) else int(kind in d.get("labels", ()))
            items.append(Item(str(d["id"]), fold, c, y))
    return items


# --- the learner ------------------------------------------------------------------------------

def fit(items: list[Item]) -> tuple[dict[str, float], float]:
    """Logistic regression on the labelled items: (weights by feature name, intercept)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    train = [it for it in items if it.label is not None]
    vec = DictVectorizer()
    x = vec.fit_transform([it.candidate.features for it in train])
    y = [it.label for it in train]
    lr = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    lr.fit(x, y)
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if w != 0}
    return weights, float(lr.intercept_[0])


TOLL_C = 1.0


def fit_tolls(items: list[Item]) -> Model | None:
    """The toll model: which of a candidate's toll options (choose/tolls.py) is the gold toll,
    learned over the options of candidates that tell a firm gold event."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    rows, ys = [], []
    for it in items:
        if it.gold_toll is None:
            continue
        for option in it.candidate.tolls:
            rows.append(option.features)
            ys.append(int(option.value == it.gold_toll))
    if len(set(ys)) < 2:
        return None
    vec = DictVectorizer()
    lr = LogisticRegression(C=TOLL_C, max_iter=2000)
    lr.fit(vec.fit_transform(rows), ys)
    weights = {name: round(float(w), 6) for name, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if w != 0}
    weights["bias"] = round(weights.get("bias", 0.0) + float(lr.intercept_[0]), 6)
    return Model(weights, (1.0, 0.0), 0.5, {})


def raw_score(weights: dict[str, float], intercept: float, features: dict[str, float]) -> float:
    return intercept + sum(weights.get(k, 0.0) * v for k, v in features.items())


def platt(scores: list[float], labels: list[int]) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression
    lr = LogisticRegression(C=1e6, max_iter=1000)
    lr.fit([[s] for s in scores], labels)
    return float(lr.coef_[0][0]), float(lr.intercept_[0])


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def out_of_fold(items: list[Item], folds: list[int]) -> dict[int, float]:
    """Raw scores of each item (by index) from a model trained without its fold."""
    scores = {}
    for k in folds:
        weights, b = fit([it for it in items if it.fold != k and it.fold in folds])
        for n, it in enumerate(items):
            if it.fold == k:
                scores[n] = raw_score(weights, b, it.candidate.features)
    return scores


@dataclass
class Gold:
    """What candidates are judged against: articles (score.py) and sentences (score_gsr.py)."""

    articles: dict[str, dict]
    scorer: object
    sentences: dict[str, dict]
    sentence_scorer: object | None

    def objective(self, items: list[Item], pred: dict[str, dict]) -> float:
        """Event F1 plus strict F1 on the items' articles, plus macro F1 on their sentences when there are any."""
        ids = {it.article_id for it in items}
        # event F1 alone is flat over the bars (a candidate more or less moves it): strict F1
        # (type, date, place and toll all right) tells apart the bars that keep right events
        result = self.scorer.score({i: g for i, g in self.articles.items() if i in ids}, pred)
        value = result["f1"] + result["strict_f1"]
        sentences = {i: g for i, g in self.sentences.items() if i in ids}
        if sentences and self.sentence_scorer is not None:
            value += self.sentence_scorer.score(sentences, pred)["macro_f1"]
        return value


def best_threshold(items: list[Item], probs: dict[int, float], gold: Gold) -> tuple[float, float]:
    """(threshold, rule_threshold): the model's bar, and its bar for candidates the rules would
    code too (choose/decide.py). The objective (Gold.objective) of each pair on these items is
    flat near its top and noisy (a candidate more or less moves it by half a point), so each pair
    is judged by the mean over it and its neighbours on the grid of bars and gaps, and the best
    of those means wins: a broad high ridge, not a lucky spike nor a plateau's far edge."""
    grid = {(i, j): (t, round(max(0.05, t - gap), 2))
            for i, t in enumerate(THRESHOLDS) for j, gap in enumerate(RULE_GAPS)}
    values = {cell: gold.objective(items, predictions(items, lambda n: probs.get(n, 0.0), lambda n: pair))
              for cell, pair in grid.items()}

    def neighbourhood_mean(i: int, j: int) -> float:
        near = [values[(i + a, j + b)] for a in (-1, 0, 1) for b in (-1, 0, 1) if (i + a, j + b) in values]
        return sum(near) / len(near)
    # ties (to six places) go to the higher bars: as good, and fewer events to check
    best = max(grid, key=lambda cell: (round(neighbourhood_mean(*cell), 6), grid[cell]))
    return grid[best]


def predictions(items: list[Item], prob, threshold, toll=lambda n: None) -> dict[str, dict]:
    """score.py-shaped predictions: each article's candidates through choose/decide.py, with
    ``prob(n)`` and ``threshold(n)`` (a pair: the bar, and the bar where the rules agree) for
    item n standing in for the model's own, and ``toll(n)`` the toll model to apply
    (choose/tolls.py), if any."""
    by_article: dict[str, list[int]] = {}
    for n, it in enumerate(items):
        by_article.setdefault(it.article_id, []).append(n)
    pred = {}
    for article_id, ns in by_article.items():
        bar, rule_bar = threshold(ns[0])
        kept = decide([items[n].candidate for n in ns], None, threshold=bar, rule_threshold=rule_bar,
                      probabilities=[prob(n) for n in ns])
        events = []
        for i, _, retold in kept:
            event = with_retellings(items[ns[i]].candidate.event, [items[ns[k]].candidate.event for k in retold])
            model = toll(ns[i])
            events.append(choose_toll(event, items[ns[i]].candidate, model) if model else event)
        pred[article_id] = {"id": article_id, "events": [event_fields(e) for e in without_summed_tolls(events)]}
    return pred


def cross_validate(items: list[Item], gold: Gold) -> tuple[dict, dict[int, float], dict, dict]:
    """(per-item calibrated probabilities, raw scores, thresholds per fold, toll models per fold),
    all out of fold."""
    folds = list(range(FOLDS))
    outer = out_of_fold(items, folds)
    probs: dict[int, float] = {}
    thresholds = {}
    tolls = {k: fit_tolls([it for it in items if it.fold != k]) for k in folds}
    for k in folds:
        inner_folds = [f for f in folds if f != k]
        inner_items = [it for it in items if it.fold != k]
        inner = out_of_fold(inner_items, inner_folds)
        labelled = [(s, inner_items[n].label) for n, s in inner.items() if inner_items[n].label is not None]
        a, b = platt([s for s, _ in labelled], [y for _, y in labelled])
        inner_probs = {n: sigmoid(a * s + b) for n, s in inner.items()}
        thresholds[k] = best_threshold(inner_items, inner_probs, gold)
        for n, it in enumerate(items):
            if it.fold == k:
                probs[n] = sigmoid(a * outer[n] + b)
    return probs, outer, thresholds, tolls


def reliability(items: list[Item], probs: dict[int, float]) -> list[dict]:
    rows = []
    for lo in [0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]:
        hi = {0.0: 0.2, 0.2: 0.4, 0.9: 1.01}.get(lo, round(lo + 0.1, 1))
        sel = [items[n].label for n, p in probs.items() if lo <= p < hi and items[n].label is not None]
        rows.append({"range": f"{lo:.1f}-{min(hi, 1.0):.1f}", "candidates": len(sel),
                     "right": round(sum(sel) / len(sel), 3) if sel else None})
    return rows


def figures(result: dict) -> dict:
    keys = ("precision", "recall", "f1", "strict_f1", "wrong_type_or_place", "predicted_events", "gold_events")
    out = {k: result[k] for k in keys}
    out["fields"] = result["field_accuracy"]
    return out


def train(gold_path: Path, negatives_path: Path | None, out_path: Path | None, *,
          sentences_path: Path | None = None, extended_path: Path | None = None, log=print) -> dict:
    scorer = load_scorer(gold_path)
    gold = read_jsonl(gold_path)
    negatives = read_jsonl(negatives_path) if negatives_path else []
    sentences = read_jsonl(sentences_path) if sentences_path else []
    res = load_resources()
    res = Resources(lex=res.lex, gazetteer=res.gazetteer, matcher=res.matcher, event_model=None)
    items = build_items(gold, negatives, res, scorer) + sentence_items(sentences, res)
    gold_by_id = {str(d["id"]): d for d in gold}
    added_items: list[Item] = []
    if extended_path is not None:
        # the same articles read again with an added gazetteer (villages), to judge the model a
        # user of one gets: trained on the built-in readings, applied to these (same folds)
        import tempfile
        with tempfile.TemporaryDirectory(prefix="rasd-train-") as work:
            added = extended_resources(extended_path, Path(work), log)
            added_items = build_items(gold, negatives, added, scorer, ADDED)
    judged = Gold(gold_by_id, scorer, {str(d["id"]): d for d in sentences},
                  load_scorer(sentences_path, "score_gsr.py") if sentences_path else None)
    log(f"{len(gold)} gold articles, {len(negatives)} negative articles, {len(sentences)} sentences, "
        f"{len(items)} candidates ({sum(it.label == 1 for it in items)} right, "
        f"{sum(it.label == 0 for it in items)} wrong)")

    probs, raw, thresholds, fold_tolls = cross_validate(items, judged)
    neg_ids = {str(d["id"]) for d in negatives}

    def report(name: str, prob, threshold, toll=lambda n: None) -> dict:
        gold_items = [n for n, it in enumerate(items) if it.article_id in gold_by_id]
        chosen = [items[n] for n in gold_items]
        pred = predictions(chosen, lambda m: prob(gold_items[m]), lambda m: threshold(gold_items[m]),
                           lambda m: toll(gold_items[m]))
        result = figures(scorer.score(gold_by_id, pred))
        neg_items = [n for n, it in enumerate(items) if it.article_id in neg_ids]
        neg_pred = predictions([items[n] for n in neg_items], lambda m: prob(neg_items[m]),
                               lambda m: threshold(neg_items[m]))
        neg_events = sum(len(p["events"]) for p in neg_pred.values())
        result["nonconflict_events_per_1000"] = round(1000 * neg_events / max(1, len(negatives)), 1)
        line = (f"{name:6s} CV: event P {result['precision']:.3f} R {result['recall']:.3f} F1 {result['f1']:.3f}  "
                f"strict F1 {result['strict_f1']:.3f}  wrong type/place {result['wrong_type_or_place']}  "
                f"non-conflict {result['nonconflict_events_per_1000']}/1000")
        if sentences:
            sent_items = [n for n, it in enumerate(items) if it.article_id in judged.sentences]
            sent_pred = predictions([items[n] for n in sent_items], lambda m: prob(sent_items[m]),
                                    lambda m: threshold(sent_items[m]))
            gsr = judged.sentence_scorer.score(judged.sentences, sent_pred)
            result["sentences"] = {"macro_f1": gsr["macro_f1"],
                                   **{k: v["f1"] for k, v in gsr["labels"].items()}}
            line += f"  sentences macro F1 {gsr['macro_f1']:.3f}"
        log(line)
        return result

    rules = report("rules", lambda n: float(rule_accepts(items[n].candidate.features)), lambda n: (0.5, 0.5))
    # shipped: the model decides (choose/decide.py), the rules keep their veto where every telling
    # of a candidate is flagged, and retellings of a kept event are dropped
    model = report("model", lambda n: probs[n], lambda n: thresholds[items[n].fold])
    # the toll model (choose/tolls.py) ships only where it beats the rules' tolls under CV
    with_tolls = report("+tolls", lambda n: probs[n], lambda n: thresholds[items[n].fold],
                        lambda n: fold_tolls[items[n].fold])
    with_added = None
    if added_items:
        with_added = judge_elsewhere(items, added_items, thresholds, scorer, gold_by_id, negatives, log)
    tolls_win = (with_tolls["fields"]["fatalities"] > model["fields"]["fatalities"]
                 and with_tolls["strict_f1"] >= model["strict_f1"])
    table = reliability(items, probs)
    for row in table:
        log(f"  confidence {row['range']}: {row['candidates']} candidates, share right {row['right']}")

    # the shipped model: fitted on everything, calibrated on the cross-validated scores
    weights, intercept = fit(items)
    labelled = [(raw[n], it.label) for n, it in enumerate(items) if it.label is not None]
    a, b = platt([s for s, _ in labelled], [y for _, y in labelled])
    all_probs = {n: sigmoid(a * raw[n] + b) for n in range(len(items))}
    threshold = best_threshold(items, all_probs, judged)
    # Platt maps the fitted model's raw score; its intercept goes in as the "bias" feature
    weights["bias"] = weights.get("bias", 0.0) + intercept
    card = {
        "what": "is this candidate a reported event (matches a firm gold event within a day and 50 km)?",
        "trained": dt.date.today().isoformat(),
        "data": {"gold": gold_path.name, "gold_sha256": file_sha256(gold_path),
                 "negatives": negatives_path.name if negatives_path else None,
                 "negatives_sha256": file_sha256(negatives_path) if negatives_path else None,
                 "sentences": sentences_path.name if sentences_path else None,
                 "sentences_sha256": file_sha256(sentences_path) if sentences_path else None,
                 "candidates": len(items), "right": sum(it.label == 1 for it in items),
                 "wrong": sum(it.label == 0 for it in items)},
        "learner": f"logistic regression, L2, C={C}, balanced classes; Platt calibration on 5-fold scores",
        "features": "rasd/choose/features.py candidate_features",
        "feature_count": len(weights),
        "folds": f"{FOLDS}, by sha1 of cluster or article id",
        "cv": {"rules": rules, "model": model, "reliability": table,
               "fold_thresholds": thresholds},
        "decision": "rasd/choose/decide.py: the model at its threshold, or at its rule_threshold where the "
                    "rules would code the candidate too (both chosen by inner CV), with the rules' veto on "
                    "candidates every telling of which the rules flag (background, forecast, trial, comment, "
                    "bare noun, accident, drill), and retellings of a kept event dropped",
    }
    card["cv"]["with_toll_model"] = with_tolls
    if with_added is not None:
        card["cv"]["with_added_gazetteer"] = with_added
        card["data"]["added_gazetteer"] = extended_path.name
        card["data"]["added_gazetteer_sha256"] = file_sha256(extended_path)
    card["tolls"] = ("the toll model (toll.json beside this file)" if tolls_win else
                     "the rules' tolls: the toll model (choose/tolls.py) did not beat them under CV "
                     f"(fatalities {with_tolls['fields']['fatalities']} against {model['fields']['fatalities']}, "
                     f"strict F1 {with_tolls['strict_f1']} against {model['strict_f1']}), so none ships")
    threshold, rule_threshold = threshold
    shipped = Model({k: round(v, 6) for k, v in weights.items()}, (round(a, 6), round(b, 6)), threshold, card,
                    rule_threshold)
    if out_path is not None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(shipped.as_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        log(f"wrote {out_path} (threshold {threshold}, {rule_threshold} where the rules agree, "
            f"{len(weights)} weights)")
        toll_path = out_path.with_name("toll.json")
        toll_model = fit_tolls(items) if tolls_win else None
        if toll_model is not None:
            toll_model = Model(toll_model.weights, toll_model.calibration, toll_model.threshold,
                               {"what": "which toll option is the event's (choose/tolls.py)",
                                "data": card["data"], "cv": with_tolls})
            toll_path.write_text(json.dumps(toll_model.as_dict(), ensure_ascii=False, indent=1) + "\n",
                                 encoding="utf-8")
            log(f"wrote {toll_path}")
        elif toll_path.exists():
            toll_path.unlink()
            log(f"removed {toll_path}: the rules' tolls do better")
    return shipped.as_dict()


def file_sha256(path: Path) -> str:
    """The data file's digest, for a model card."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
