"""Train the sentence models (does a text report violence / a protest?), judged by 5-fold CV.

    rasd train-reports ../shared/eval/gsr/dev.jsonl -o src/rasd/data/models

The input is sentences people labelled (the GSR shape: ``labels`` among ``judged``); a label's
model learns only from the sentences judged for it. Every text is read by the pipeline and
described by choose/reports.py ``sentence_features`` (a text of several sentences: each feature's
largest value over them). Folds are by source document (a document's sentences stay in one
fold). For each fold a logistic regression is fitted on the other four, its bar chosen by an
inner CV on those four alone, and the held-out fold is labelled: the figures printed are those
of unseen documents, scored by ``score_gsr.py`` from beside the input. The models written are
fitted on everything and calibrated (Platt) on the cross-validated scores, with a card each.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from rasd.choose.model import Model
from rasd.choose.reports import LABELS, model_name
from rasd.pipeline import load_resources, report_features, run
from rasd.records import Article
from rasd.train import FOLDS, file_sha256, fold_of_document, load_scorer, platt, read_jsonl, sigmoid

CS = (0.1, 0.2, 0.3, 0.5)  # inverse L2 strengths, averaged: CV macro F1 moves by a point from one
# to the next (a sentence more or less among 49 protests), the average of the fits less
THRESHOLDS = [round(0.05 * k, 2) for k in range(4, 19)]  # 0.20 .. 0.90
MIN_WEIGHT = 0.01  # smaller weights are dropped from the file: under 5-fold CV over four fold draws
# macro F1 0.629 at 0.001 and 0.634 at 0.01 (0.02 lost 0.006 on the two draws tried); a quarter of the
# weights stay, and sentences score faster (bench/extract_speed.py)


def text_features(d: dict, res) -> dict[str, float]:
    published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
    doc = run(Article(id=str(d["id"]), text=str(d.get("text") or ""), published=published), res)
    merged: dict[str, float] = {}
    for _, f in report_features(doc, every_sentence=True):
        for k, v in f.items():
            merged[k] = max(merged.get(k, v), v)
    return merged or {"bias": 1.0}


def told(features: dict[str, float]) -> bool:
    """A text none of whose sentences names an event is read as reporting none (its words still
    teach the models what is no report)."""
    return features.get("triggers", 0) > 0


def fit(xs: list[dict[str, float]], ys: list[int]) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    x = vec.fit_transform(xs)
    coef, intercept = 0.0, 0.0
    for c in CS:  # one linear model whose weights are the mean of the fits at each strength
        lr = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        lr.fit(x, ys)
        coef, intercept = coef + lr.coef_[0] / len(CS), intercept + float(lr.intercept_[0]) / len(CS)
    weights = {n: round(float(w), 6) for n, w in zip(vec.get_feature_names_out(), coef) if abs(w) >= MIN_WEIGHT}
    weights["bias"] = round(weights.get("bias", 0.0) + intercept, 6)
    return weights


def score(weights: dict[str, float], f: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in f.items())


def out_of_fold(xs, ys, folds, keep) -> dict[int, float]:
    """Raw scores of the items ``keep`` from models fitted without their fold."""
    raw = {}
    for k in sorted({folds[i] for i in keep}):
        train = [i for i in keep if folds[i] != k]
        weights = fit([xs[i] for i in train], [ys[i] for i in train])
        raw.update({i: score(weights, xs[i]) for i in keep if folds[i] == k})
    return raw


PLATEAU = 0.01  # bars whose F1 is within this of the best are as good: F1 is flat around its top


def best_threshold(probs: dict[int, float], ys: list[int]) -> float:
    """The middle of the bars whose F1 is within PLATEAU of the best: the top of a flat F1 curve
    moves with every small change, its middle less."""
    def f1(t):
        tp = sum(1 for i, p in probs.items() if p >= t and ys[i])
        fp = sum(1 for i, p in probs.items() if p >= t and not ys[i])
        fn = sum(1 for i, p in probs.items() if p < t and ys[i])
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    values = {t: f1(t) for t in THRESHOLDS}
    good = [t for t in THRESHOLDS if values[t] >= max(values.values()) - PLATEAU]
    return good[len(good) // 2]


def calibrated(raw: dict[int, float], ys: list[int]) -> tuple[tuple[float, float], dict[int, float]]:
    a, b = platt([raw[i] for i in raw], [ys[i] for i in raw])
    return (a, b), {i: sigmoid(a * s + b) for i, s in raw.items()}


def train_reports(sentences_path: Path, out_dir: Path | None, log=print) -> dict[str, dict]:
    data = read_jsonl(sentences_path)
    res = replace(load_resources(), report_models={})
    xs = [text_features(d, res) for d in data]
    folds = [fold_of_document(d) for d in data]
    log(f"{len(data)} sentences read, {len(set(folds))} folds by document")
    predicted: dict[str, set[str]] = {str(d["id"]): set() for d in data}
    shipped = {}
    for label in LABELS:
        keep = [i for i, d in enumerate(data) if label in d.get("judged", LABELS)]
        ys = [int(label in d.get("labels", ())) for d in data]
        if not any(ys[i] for i in keep):
            log(f"{label}: no positive sentence: no model")
            continue
        # outer CV: each fold labelled by a model and a bar chosen without it
        thresholds = {}
        for k in sorted({folds[i] for i in keep}):
            inner = [i for i in keep if folds[i] != k]
            (a, b), probs = calibrated(out_of_fold(xs, ys, folds, inner), ys)
            thresholds[k] = best_threshold(probs, ys)
            weights = fit([xs[i] for i in inner], [ys[i] for i in inner])
            for i in keep:
                if folds[i] == k and told(xs[i]) and sigmoid(a * score(weights, xs[i]) + b) >= thresholds[k]:
                    predicted[str(data[i]["id"])].add(label)
        # the shipped model: fitted on everything, calibrated on the cross-validated scores
        (a, b), probs = calibrated(out_of_fold(xs, ys, folds, keep), ys)
        weights = fit([xs[i] for i in keep], [ys[i] for i in keep])
        shipped[label] = (weights, (a, b), best_threshold(probs, ys), thresholds, len(keep),
                          sum(ys[i] for i in keep))
    gsr = load_scorer(sentences_path, "score_gsr.py")
    result = gsr.score({str(d["id"]): d for d in data},
                       {i: {"id": i, "labels": sorted(labs)} for i, labs in predicted.items()})
    for label, r in result["labels"].items():
        log(f"CV {label}: P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} "
            f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})")
    log(f"CV macro F1 {result['macro_f1']:.3f}")
    digest = file_sha256(sentences_path)
    cards = {}
    for label, (weights, calibration, threshold, thresholds, judged, positives) in shipped.items():
        r = result["labels"][label]
        card = {
            "what": f"does this sentence report {label} as happening (not a threat, question, analysis "
                    f"or background)?",
            "trained": dt.date.today().isoformat(),
            "data": {"sentences": sentences_path.name, "sentences_sha256": digest, "judged": judged,
                     "positive": positives},
            "learner": f"logistic regression, L2, mean of the fits at C in {CS}, balanced classes, weights under {MIN_WEIGHT} dropped; "
                       "Platt calibration on 5-fold scores",
            "features": "rasd/choose/reports.py sentence_features (rule-stage findings and the words)",
            "feature_count": len(weights),
            "folds": f"{FOLDS}, by sha1 of the source document",
            "cv": {"precision": r["precision"], "recall": r["recall"], "f1": r["f1"],
                   "macro_f1": result["macro_f1"], "fold_thresholds": thresholds},
        }
        model = Model(weights, (round(calibration[0], 6), round(calibration[1], 6)), threshold, card)
        cards[label] = model.as_dict()
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / model_name(label)
            path.write_text(json.dumps(model.as_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            log(f"wrote {path} (threshold {threshold}, {len(weights)} weights)")
    return cards
