"""Synthetic articles with one made-up event each, for the store and API benchmarks and tests.

Nothing here is read from news: places are random points inside rough country boxes, actors
are numbered, and every article's text says it is synthetic.
"""
from __future__ import annotations

import datetime as dt
import random

from rasd.lexicons.load import read_tsv
from rasd.records import Article, Event, Result



def _provinces(iso2: str) -> tuple[str, ...]:
    """The country's provinces as ACLED names them (14 in Syria, 19 in Iraq, 22 in Yemen): the
    merge looks among a province's events, so the benchmark must spread them as news does."""
    return tuple(sorted({r["acled_admin1"] for r in read_tsv("admin1.tsv") if r["iso2"] == iso2}))


# iso2, ISO numeric, country, admin1 names, latitude and longitude ranges
COUNTRIES = [
    ("SY", 760, "Syria", _provinces("SY"), 32.5, 37.0, 35.8, 42.0),
    ("IQ", 368, "Iraq", _provinces("IQ"), 30.0, 37.0, 39.0, 48.0),
    ("YE", 887, "Yemen", _provinces("YE"), 12.8, 18.0, 42.6, 52.0),
]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Protests", "Peaceful protest"), ("Violence against civilians", "Attack")]


def synthetic_article(n: int, rng: random.Random, start: dt.date = dt.date(2018, 1, 1),
                      days: int = 365, published: dt.date | None = None) -> tuple[Article, Result]:
    """Article number ``n`` and its one event, at a random place; on a random day of ``days``
    from ``start``, or, for an article ``published`` on a given day, up to six days before it."""
    iso2, iso, country, regions, la0, la1, lo0, lo1 = rng.choice(COUNTRIES)
    etype, sub = rng.choice(TYPES)
    if published is None:
        day = start + dt.timedelta(days=rng.randrange(days))
    else:
        day = published - dt.timedelta(days=rng.randrange(7))
    actor = f"Synthetic Group {rng.randrange(50)}"
    region = rng.choice(regions)
    # one report in ten names only its province (geo_precision 3), as outlets far away do
    place, precision = (region, 3) if n % 10 == 0 else (f"Place {n}", 1)
    deaths = rng.randrange(5)
    ev = Event(event_id=f"{iso2}{n:08d}", event_date=day.isoformat(), time_precision=1,
               disorder_type="Political violence", event_type=etype, sub_event_type=sub,
               actor1=actor, assoc_actor_1=None, inter1=2, actor2=None, assoc_actor_2=None,
               inter2=None, interaction=20, civilian_targeting=None, iso=iso, country=country,
               admin1=region, admin2=None, location=place,
               latitude=round(rng.uniform(la0, la1), 4), longitude=round(rng.uniform(lo0, lo1), 4),
               geo_precision=precision, source="synthetic", fatalities=deaths, confidence=0.5,
               notes=f"On {day:%d %B %Y}, {actor} took part in an event ({sub}) in {place}. "
                     f"{deaths} fatalities.")
    article = Article(id=f"syn{n}", text=f"synthetic article {n}", published=published or day, source="synthetic",
                      content_hash=f"synthetic-{n}", similarity_key=f"synthetic-{n}", language="ar")
    return article, Result(article.id, article.published, [ev], [])
