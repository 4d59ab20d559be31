"""The sentence models (does a text report violence / a protest?): the shipped files are what
`rasd train-reports` builds, training and extraction see the same features, and their reading
of sentences of our own, placed or not."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.choose.model import Model, load_model, model_from_dict, model_path
from rasd.choose.reports import LABELS, light_stem, model_name, read_reports
from rasd.pipeline import extract, load_resources, report_features, run
from rasd.records import Article

GSR = Path(__file__).resolve().parents[3] / "shared" / "eval" / "gsr"
needs_gsr = pytest.mark.skipif(not (GSR / "dev.jsonl").exists(),
                               reason=f"the labelled sentences are not at {GSR} (../shared/ absent)")
DAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def res():
    return load_resources()


def read(text, res):
    return extract(Article("s", text, published=DAY), res)


@pytest.mark.parametrize("label", LABELS)
def test_each_label_ships_a_plain_json_model_with_a_card(label):
    model = load_model(model_name(label))
    assert model is not None and 0 < model.threshold < 1
    assert {"data", "learner", "features", "cv"} <= set(model.card)
    d = json.loads(model_path(model_name(label)).read_text(encoding="utf-8"))
    assert model_from_dict(d).as_dict() == d


def test_a_bombing_without_a_named_place_is_reported_violence_though_no_event_can_be_coded(res):
    result = read("انفجرت عبوة ناسفة صباح اليوم في سوق مزدحم، ما أدى إلى مقتل أربعة أشخاص وإصابة عشرة آخرين.", res)
    assert result.events == []  # no place: no ACLED row
    violence = result.reports["violence"]
    assert violence.reported and not result.reports["protest"].reported
    assert violence.evidence.text.startswith("انفجرت عبوة ناسفة")


def test_the_most_telling_sentence_speaks_for_the_text(res):
    result = read("ارتفعت أسعار النفط اليوم في الأسواق العالمية. وفي حادث آخر، أطلق مسلحون النار على حافلة "
                  "تقل عمالا فقتلوا ثلاثة منهم.", res)
    assert result.reports["violence"].reported
    assert result.reports["violence"].evidence.text.startswith("وفي حادث آخر")


def test_a_demonstration_is_a_protest_and_a_question_about_one_is_not(res):
    assert read("تظاهر آلاف الأشخاص أمس في وسط المدينة احتجاجا على ارتفاع الأسعار.", res).reports["protest"].reported
    asked = read("هل ستخرج مظاهرات جديدة الأسبوع المقبل؟", res).reports
    assert not asked["protest"].reported and not asked["violence"].reported


def test_a_sentence_naming_no_event_is_not_read(res):
    reports = read("فاز الفريق بثلاثة أهداف مقابل هدف في مباراة الأمس وتصدر الدوري.", res).reports
    assert {label: (r.probability, r.reported, r.evidence) for label, r in reports.items()} == {
        label: (0.0, False, None) for label in LABELS}


def test_words_are_read_in_pairs_without_their_clitics_and_endings(res):
    # "تجمع المحتجون" opens a report of a gathering; "دعا ... إلى التظاهر" a call: the pair of stems says
    # which, whatever conjunction, article or plural ending each word carries
    assert light_stem("والمحتجون") == "محتج" and light_stem("بالمتظاهرين") == "متظاهر"
    assert light_stem("وقد") == "قد" and light_stem("ولم") == "ولم"  # "م" alone: kept whole
    doc = run(Article("s", "وتجمع المحتجون أمام مبنى البلدية. ودعت النقابات إلى التظاهر غدا.", published=DAY), res)
    first, second = (f for _, f in report_features(doc, every_sentence=True))
    assert {"pair=تجمع_محتج", "opens=تجمع", "opens=محتج"} <= set(first)
    assert "pair=الي_تظاهر" in second and "opens=دعت" in second and "pair=تجمع_محتج" not in second


def test_read_reports_takes_each_labels_highest_sentence():
    model = Model({"bias": -1.0, "word=a": 3.0}, (1.0, 0.0), 0.5, {})
    p, k = read_reports([(0, {"bias": 1.0}), (3, {"bias": 1.0, "word=a": 1.0})], {"violence": model})["violence"]
    assert k == 3 and p == pytest.approx(1 / (1 + 2.718281828 ** -2), abs=1e-6)
    assert read_reports([], {"violence": model}) == {"violence": (0.0, -1)}


def test_extract_writes_the_labels_the_gsr_scorer_reads(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "b", "published": "2026-12-01", "text": "انفجرت عبوة ناسفة صباح اليوم في "
                               "سوق مزدحم، ما أدى إلى مقتل أربعة أشخاص."}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "rasd.cli.main", "extract", str(src), "-o", str(out)], check=True,
                   capture_output=True)
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line["labels"] == ["violence"]
    start, end, text = line["reports"]["violence"]["evidence"]
    assert src.read_text(encoding="utf-8").count(text) == 1 and end - start == len(text)


@needs_gsr
def test_features_are_the_same_in_training_and_extraction(res):
    from dataclasses import replace

    from rasd.train_reports import text_features
    text = "قال مسؤول إن مسلحين هاجموا نقطة تفتيش للشرطة ليلة أمس فقتلوا شرطيين اثنين."
    doc = run(Article("s", text, published=None), res)
    (only, features), = report_features(doc)
    assert text_features({"id": "s", "text": text}, replace(res, report_models={})) == features


@needs_gsr
def test_shipped_models_are_what_train_reports_builds():
    from rasd.train_reports import train_reports
    built = json.loads(json.dumps(train_reports(GSR / "dev.jsonl", None, log=lambda *_: None)))
    for label in LABELS:
        shipped = json.loads(model_path(model_name(label)).read_text(encoding="utf-8"))
        for d in (built[label], shipped):
            d["card"].pop("trained")
        assert built[label] == shipped, "stale: run rasd train-reports ../shared/eval/gsr/dev.jsonl -o src/rasd/data/models"
