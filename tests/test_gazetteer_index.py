"""Extended gazetteers (issue 17): files in GeoNames' and Who's On First's formats, written here,
then the shared Who's On First table when it is there."""
import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from rasd import gazetteer_index as gi
from rasd.cli.main import main
from rasd.geo import gazetteer as gz
from rasd.records import Article

SHARED = Path(__file__).resolve().parents[2] / "shared" / "gazetteer" / "wof_places.tsv.gz"

# GeoNames' 19 columns: id, name, ascii, alternates, lat, lon, class, code, country, cc2,
# admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modified
GEONAMES = [
    ["9000001", "Kafr Zayta Saghira", "Kafr Zayta Saghira", "Kafr Zayta Saghira,كفر زيتا الصغرى",
     "35.3", "36.6", "P", "PPL", "SY", "", "12", "", "", "", "800", "", "300", "Asia/Damascus", "2020-01-01"],
    ["9000002", "Wadi Qurun", "Wadi Qurun", "Wadi Qurun,وادي قرون", "15.9", "43.9", "A", "ADM2", "YE", "",
     "15", "", "", "", "0", "", "0", "Asia/Aden", "2020-01-01"],
    ["9000003", "Hilltop", "Hilltop", "Hilltop", "15.0", "44.0", "T", "HLL", "YE", "", "15", "", "", "",
     "0", "", "0", "Asia/Aden", "2020-01-01"],  # a hill: not a place events are coded at
]
ALTERNATES = [["1", "9000001", "ar", "كفرزيتا الصغرى", "", "", "", "", "", ""]]
TABLE_HEADER = ["wof_id", "geonames_id", "wikidata_id", "placetype", "country", "region", "name",
                "latitude", "longitude", "population", "names_ar", "names_other_arabic_script", "names_latin"]
TABLE = [
    ["101", "", "", "locality", "YE", "Sa`dah", "Bani Muadh", "16.95", "43.70", "0", "بني معاذ", "", "Bani Mu'adh"],
    ["102", "", "", "county", "YE", "Hajjah", "Bakil al Mir", "16.40", "43.30", "51000", "مديرية بكيل المير", "", ""],
    ["103", "", "", "locality", "SY", "Idlib", "Al Manzil", "35.90", "36.60", "0", "المنزل", "", ""],  # "the house"
    ["104", "", "", "locality", "AF", "Kabul", "Qalam", "34.5", "69.2", "0", "قلم", "", ""],  # "pen": dropped
    ["105", "", "", "locality", "SY", "Idlib", "No coordinates", "", "", "0", "بلا موقع", "", ""],
]


def write_tsv(path: Path, rows, header=None, gz_=False):
    text = ("\t".join(header) + "\n" if header else "") + "".join("\t".join(r) + "\n" for r in rows)
    path.write_bytes(gzip.compress(text.encode("utf-8")) if gz_ else text.encode("utf-8"))
    return path


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh $RASD_HOME; the gazetteer and resources are reloaded for it."""
    from rasd.geo import resolve
    monkeypatch.setenv("RASD_HOME", str(tmp_path / "home"))
    gz._load_gazetteer.cache_clear()
    yield tmp_path / "home"
    gz._load_gazetteer.cache_clear()
    resolve.place_words.cache_clear()


def read(text: str, published="2019-05-16"):
    from rasd.pipeline import load_resources, run
    return run(Article("t", text, published=dt.date.fromisoformat(published)), load_resources())


def test_geonames_dump_and_alternate_names_become_an_index(tmp_path, home):
    dump = write_tsv(tmp_path / "XX.txt", GEONAMES)
    alternates = write_tsv(tmp_path / "alternateNamesV2.txt", ALTERNATES)
    card = gi.add([dump, alternates], "mine", home=home, log=lambda *_: None)
    assert card["places"] == 2 and card["per_country"] == {"SY": 1, "YE": 1}
    assert any("GeoNames" in c for c in card["credit"])
    gz._load_gazetteer.cache_clear()
    places = gz.load_gazetteer().lookup("كفرزيتا الصغرى")
    assert places and places[0].name == "Kafr Zayta Saghira" and places[0].extended
    assert places[0].admin1 == "Idleb"  # GeoNames' SY.12, in ACLED's spelling (lexicons/admin1.tsv)
    district = gz.load_gazetteer().lookup("وادي قرون")
    assert district and district[0].kind == "region"


def test_a_table_gets_acled_admin1_districts_and_word_marks(tmp_path, home):
    table = write_tsv(tmp_path / "places.tsv.gz", TABLE, TABLE_HEADER, gz_=True)
    card = gi.add([table], "table", home=home, log=lambda *_: None)
    assert card["per_country"] == {"SY": 1, "YE": 2}  # "قلم" (pen) in Afghanistan dropped, no-coordinates skipped
    assert card["skipped_lines"] == 1
    gz._load_gazetteer.cache_clear()
    village = gz.load_gazetteer().lookup("بني معاذ")[0]
    assert (village.admin1, village.kind) == ("Sadah", "city")
    district = gz.load_gazetteer().lookup("بكيل المير")[0]  # "مديرية" dropped from the name
    assert (district.kind, district.admin1) == ("region", "Hajjah")
    assert gz.load_gazetteer().lookup("المنزل")[0].common_word


def test_added_villages_are_read_in_text_and_everyday_words_are_not(tmp_path, home):
    gi.add([write_tsv(tmp_path / "places.tsv", TABLE, TABLE_HEADER)], "table", home=home, log=lambda *_: None)
    gz._load_gazetteer.cache_clear()
    doc = read("قصفت طائرات التحالف منازل في قرية بني معاذ بمحافظة صعدة يوم الثلاثاء وقتلت ثلاثة مدنيين.")
    assert "Bani Muadh" in [c.event.location for c in doc.candidates]
    doc = read("عاد المراسل إلى المنزل بعد ساعة من الانفجار الذي وقع في مدينة إدلب يوم الثلاثاء.")
    assert "Al Manzil" not in [p.place.name for p in doc.places]
    # a Yemeni village's name in a story about Iraq (that names Yemen once) is another place's
    doc = read("قتل ثلاثة أشخاص في شجار بين عائلتين في قرية بني معاذ قرب مدينة الموصل العراقية، "
               "وقالت الشرطة العراقية في الموصل إنها اعتقلت خمسة منهم، بينهم عامل قدم من اليمن.")
    assert "Bani Muadh" not in [p.place.name for p in doc.places]


def test_cli_add_info_remove(tmp_path, home, capsys):
    table = write_tsv(tmp_path / "places.tsv", TABLE, TABLE_HEADER)
    assert main(["gazetteer", "add", str(table), "--name", "villages"]) == 0
    assert main(["gazetteer", "info"]) == 0
    out = capsys.readouterr().out
    assert "villages: 3 places" in out and "YE 2" in out and "Who's On First" in out
    assert main(["gazetteer", "remove", "villages"]) == 0
    assert not list((home / "gazetteers").iterdir())
    assert main(["gazetteer", "remove", "villages"]) == 1
    assert "no extended gazetteer named 'villages'" in capsys.readouterr().err


def test_a_file_that_is_neither_format_is_a_clear_error(tmp_path, home, capsys):
    junk = tmp_path / "notes.tsv"
    junk.write_text("a\tb\n1\t2\n", encoding="utf-8")
    assert main(["gazetteer", "add", str(junk)]) == 1
    assert "not a place table" in capsys.readouterr().err
    assert not (home / "gazetteers").exists() or not list((home / "gazetteers").iterdir())


@pytest.mark.skipif(not SHARED.exists(), reason=f"the shared place table is not at {SHARED}")
@pytest.mark.slow
def test_the_shared_table_places_districts_and_villages(home):
    gi.add([SHARED], "wof", home=home, log=lambda *_: None)
    gz._load_gazetteer.cache_clear()
    cases = [
        ("اندلعت اشتباكات عنيفة يوم الثلاثاء في مديرية رازح بمحافظة صعدة بين القوات الحكومية والحوثيين.",
         "Razih", "Sadah"),
        ("قصفت طائرات حربية يوم الثلاثاء بلدة كفر بطيخ في ريف إدلب الشرقي وقتلت مدنيين.", None, "Idleb"),
        ("تظاهر عشرات السكان يوم الثلاثاء في قرية الخضر جنوب مدينة بيت لحم احتجاجا على الاعتقالات.",
         None, "West Bank"),
    ]
    for text, name, admin1 in cases:
        doc = read(text)
        placed = [(c.event.location, c.event.admin1, c.event.geo_precision) for c in doc.candidates]
        assert placed, text
        location, got_admin1, _ = placed[0]
        assert got_admin1 == admin1, (text, placed)
        if name:
            assert location == name, (text, placed)
    info = json.loads((home / "gazetteers" / "wof.json").read_text(encoding="utf-8"))
    assert info["per_country"]["YE"] > 10_000
