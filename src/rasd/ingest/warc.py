"""WARC / WARC.gz archives -> Articles from their HTML response records, streamed."""
from __future__ import annotations

import zlib
from typing import Iterator

from rasd.errors import InputError
from rasd.ingest.html import MAX_PAGE_BYTES, article_from_html
from rasd.records import Article


def _read_bounded(stream, limit: int, chunk: int = 1 << 16) -> bytes:
    # in chunks: warcio's stream returns nothing for one very large read()
    parts, size = [], 0
    while size < limit:
        data = stream.read(min(chunk, limit - size))
        if not data:
            break
        parts.append(data)
        size += len(data)
    return b"".join(parts)


def articles_from_warc(path: str, *, errors: list[str]) -> Iterator[Article]:
    """Every HTML response in the archive; a bad record is reported with its offset."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with open(path, "rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                # read before asking the offset: asking first empties warcio's stream
                body = _read_bounded(record.content_stream(), MAX_PAGE_BYTES + 1)
                where = f"{path} @ offset {records.get_record_offset()} ({url})"
                if len(body) <= MAX_PAGE_BYTES and getattr(record.raw_stream, "limit", 0) > 0:
                    # the record ends before its declared length: a cut-off file
                    raise InputError(f"{where}: record truncated "
                                     f"({record.raw_stream.limit} bytes missing); archive ends here")
                try:
                    yield article_from_html(body, where=where, url=url, header=ctype)
                except InputError as exc:
                    errors.append(str(exc))
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
            # a truncated .warc.gz ends here: what was read before stays read
            raise InputError(f"{path}: archive unreadable after offset "
                             f"{records.get_record_offset()}: {exc}") from exc
