"""Watch feeds: poll with conditional GET, read only new items, append their events.

State (ETag / Last-Modified per feed, URLs and content hashes already seen)
lives in a small JSON file beside the output, so a restarted watcher picks
up where it stopped and never codes an article twice.
"""
from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from rasd.errors import InputError
from rasd.ingest import TIMEOUT, USER_AGENT, fetch
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


def conditional_get(url: str, validators: dict[str, str]) -> tuple[bytes | None, dict[str, str]]:
    """(body, new validators); body None when the server says 304 Not Modified."""
    headers = {"User-Agent": USER_AGENT}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("modified"):
        headers["If-Modified-Since"] = validators["modified"]
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            body = resp.read()
            new = {k: v for k, v in (("etag", resp.headers.get("ETag")),
                                     ("modified", resp.headers.get("Last-Modified"))) if v}
            return body, new
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None, validators
        raise InputError(f"{url}: HTTP {exc.code}") from exc
    except OSError as exc:
        raise InputError(f"{url}: could not fetch ({exc})") from exc


def poll(feeds: list[str], state: WatchState, errors: list[str], *,
         follow_links: bool = True) -> Iterator[Article]:
    """New articles across the feeds, once; ``state`` is updated as they are yielded."""
    for url in feeds:
        try:
            body, validators = conditional_get(url, state.validators.get(url, {}))
        except InputError as exc:
            errors.append(str(exc))
            continue
        state.validators[url] = validators
        if body is None:
            log.info("%s: not modified", url)
            continue
        seen_here = set()
        try:
            for article in articles_from_feed(body, where=url, errors=errors,
                                              fetch=fetch if follow_links else None):
                key = article.url or article.id
                if key in state.seen_urls or key in seen_here or article.content_hash in state.seen_hashes:
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


def watch(feeds: list[str], state_path: Path, on_articles: Callable[[list[Article]], None], *,
          every: float, polls: int | None = None, sleep=time.sleep, errors: list[str]) -> int:
    """Poll until ``polls`` is reached (forever when None); returns the number of new articles."""
    state = WatchState.load(state_path)
    total, n = 0, 0
    while polls is None or n < polls:
        new = list(poll(feeds, state, errors))
        if new:
            on_articles(new)  # events are written before the state says "seen"
        state.save(state_path)
        total += len(new)
        n += 1
        log.warning("poll %d: %d new articles", n, len(new))
        if polls is None or n < polls:
            sleep(every)
    return total
