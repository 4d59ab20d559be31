"""A model file: logistic-regression weights over named features, calibrated, with its card.

Plain JSON, no pickle: ``{"card": {...}, "weights": {feature: w}, "calibration": [a, b],
"threshold": t, "rule_threshold": r}`` (r: the bar for a candidate the rules would code too). The probability is ``sigmoid(a * (w . x) + b)``: Platt scaling fitted on
cross-validated scores, so a confidence of 0.8 means about eight in ten such events are right.
"""
from __future__ import annotations

import functools
import itertools
import json
import math
import operator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rasd.errors import RasdError

EVENT_MODEL = "event.json"
TOLL_MODEL = "toll.json"
MERGE_MODEL = "merge.json"


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    calibration: tuple[float, float]
    threshold: float
    card: dict
    rule_threshold: float | None = None  # the event model's bar where the rules agree (choose/decide.py)

    def score(self, features: dict[str, float]) -> float:
        # map over the dict views: twice the speed of a generator on the hot path (sentence models)
        return sum(map(operator.mul, map(self.weights.get, features, itertools.repeat(0.0)), features.values()))

    def probability(self, features: dict[str, float]) -> float:
        a, b = self.calibration
        z = a * self.score(features) + b
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def accepts(self, features: dict[str, float]) -> tuple[bool, float]:
        p = self.probability(features)
        return p >= self.threshold, p

    def as_dict(self) -> dict:
        out = {"card": self.card, "threshold": self.threshold, "calibration": list(self.calibration),
               "weights": dict(sorted(self.weights.items()))}
        if self.rule_threshold is not None:
            out["rule_threshold"] = self.rule_threshold
        return out


def model_from_dict(d: dict, where: str = "model") -> Model:
    try:
        a, b = d["calibration"]
        rule = d.get("rule_threshold")
        return Model({str(k): float(v) for k, v in d["weights"].items()}, (float(a), float(b)),
                     float(d["threshold"]), dict(d.get("card", {})), None if rule is None else float(rule))
    except (KeyError, TypeError, ValueError) as exc:
        raise RasdError(f"{where}: not a rasd model file ({exc!r})") from exc


def model_path(name: str = EVENT_MODEL) -> Path:
    return Path(str(resources.files("rasd").joinpath("data", "models", name)))


@functools.cache
def load_model(name: str = EVENT_MODEL) -> Model | None:
    """The shipped model, or None when the package has none (the rules then decide alone)."""
    path = model_path(name)
    if not path.exists():
        return None
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")), str(path))
