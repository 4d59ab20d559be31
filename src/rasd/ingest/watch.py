"""Watch feeds: poll with conditional GET, read only new items, append their events.

State (ETag / Last-Modified per feed, URLs and content hashes already seen)
lives in a small JSON file beside the output, so a restarted watcher picks
up where it stopped and never codes an article twice.
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from rasd.errors import InputError
from rasd.ingest import fetch, web
from rasd.ingest.feeds import articles_from_feed
from rasd.records import Article

log = logging.getLogger(__name__)


@dataclass
class WatchState:
    validators: dict[str, dict[str, str]] = field(default_factory=dict)  # feed -> etag / modified
    seen_urls: set[str] = field(default_factory=set)
    seen_hashes: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path) -> "WatchState":
        if not path.exists():
            return cls()
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: watch state unreadable ({exc}); move it aside to start afresh") from exc
        return cls(d.get("validators", {}), set(d.get("seen_urls", [])), set(d.get("seen_hashes", [])))

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps({"validators": self.validators, "seen_urls": sorted(self.seen_urls),
                                   "seen_hashes": sorted(self.seen_hashes)}), encoding="utf-8")
        tmp.replace(path)  # atomic: a killed watcher leaves the old state, never half a file


def conditional_get(url: str, validators: dict[str, str], *,
                    allow_private: bool = False) -> tuple[bytes | None, dict[str, str]]:
    """(body, new validators); body None when the server says 304 Not Modified. Bounded in size
    and time like every fetch (ingest/web.py)."""
    headers = {}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("modified"):
        headers["If-Modified-Since"] = validators["modified"]
    resp = web.get(url, headers=headers, limits=web.Limits(allow_private=allow_private))
    if resp.status == 304:
        return None, validators
    new = {k: v for k, v in (("etag", resp.headers.get("ETag")),
                             ("modified", resp.headers.get("Last-Modified"))) if v}
    return resp.body, new


def poll(feeds: list[str], state: WatchState, errors: list[str], *,
         follow_links: bool = True, allow_private: bool = False) -> Iterator[Article]:
    """New articles across the feeds, once; ``state`` is updated as they are yielded."""
    follow = (lambda link: fetch(link, allow_private=allow_private)) if follow_links else None
    for url in feeds:
        try:
            body, validators = conditional_get(url, state.validators.get(url, {}),
                                               allow_private=allow_private)
        except InputError as exc:
            errors.append(str(exc))
            continue
        state.validators[url] = validators
        if body is None:
            log.info("%s: not modified", url)
            continue
        seen_here = set()
        try:
            for article in articles_from_feed(body, where=url, errors=errors, fetch=follow):
                key = article.url or article.id
                if (key in state.seen_urls or key in seen_here or article.id in state.seen_urls
                        or article.content_hash in state.seen_hashes):
                    continue
                seen_here.add(key)
                state.seen_urls.add(key)
                if article.content_hash:
                    state.seen_hashes.add(article.content_hash)
                yield article
        except InputError as exc:
            errors.append(str(exc))


def parse_every(text: str) -> float:
    """"10m", "30s", "2h" -> seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        if text[-1] in units:
            return float(text[:-1]) * units[text[-1]]
        return float(text)
    except (ValueError, IndexError) as exc:
        raise InputError(f"--every {text!r}: write a number with s, m or h, e.g. 10m") from exc


def watch(feeds: list[str], state_path: Path, on_article: Callable[[Article], None], *,
          every: float, polls: int | None = None, sleep=time.sleep, errors: list[str],
          written: set[str] = frozenset(), follow_links: bool = True, allow_private: bool = False) -> int:
    """Poll until ``polls`` is reached (forever when None); returns the number of new articles.

    ``on_article`` writes each new article's events as it comes; ``written`` holds the ids
    already in the output, so a watcher killed between writing and saving its state does not
    write them again when restarted."""
    state = WatchState.load(state_path)
    state.seen_urls |= set(written)
    total, n = 0, 0
    while polls is None or n < polls:
        new = 0
        for article in poll(feeds, state, errors, follow_links=follow_links, allow_private=allow_private):
            on_article(article)
            new += 1
        state.save(state_path)
        total += new
        n += 1
        log.info("poll %d: %d new articles", n, new)
        if polls is None or n < polls:
            sleep(every)
    return total


def ids_in_output(path: Path) -> set[str]:
    """The article ids an events file already holds (one result line per article)."""
    ids: set[str] = set()
    if not path.exists():
        return ids
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a kill: its article is read again
    return ids
