"""WARC / WARC.gz archives -> Articles from their HTML response records, streamed."""
from __future__ import annotations

import io
import os
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


def _http_body(raw: bytes, where: str) -> tuple[str, bytes]:
    """(Content-Type, body) of an HTTP response held whole in memory (so a header line that
    never ends costs what the record costs, no more): de-chunked and decompressed, bounded."""
    from warcio.bufferedreaders import ChunkedDataReader, DecompressingBufferedReader
    from warcio.statusandheaders import StatusAndHeadersParser

    stream = io.BytesIO(raw)
    try:
        headers = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False).parse(stream)
    except Exception as exc:  # noqa: BLE001 - any unreadable header block is the same bad record
        raise InputError(f"{where}: unreadable HTTP headers ({exc})") from exc
    ctype = headers.get_header("Content-Type") or ""
    encoding = (headers.get_header("Content-Encoding") or "").lower() or None
    if (headers.get_header("Transfer-Encoding") or "").lower() == "chunked":
        body = ChunkedDataReader(stream, decomp_type=encoding)
    elif encoding in ("gzip", "deflate", "br"):
        body = DecompressingBufferedReader(stream, decomp_type=encoding)
    else:
        body = stream
    return ctype, _read_bounded(body, MAX_PAGE_BYTES + 1)


RECORD_SLACK = 1 << 20  # HTTP headers and chunk markers around a page of MAX_PAGE_BYTES


def articles_from_warc(path: str, *, errors: list[str]) -> Iterator[Article]:
    """Every HTML response in the archive; a bad record is reported with its offset.

    Records are read without warcio's own HTTP parsing, which reads a header line however long
    it is: a record over the page limit is skipped unread (its bytes streamed past, memory
    bounded), and a smaller one is parsed from memory."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if os.path.getsize(path) == 0:
        raise InputError(f"{path}: empty file, not a WARC archive")
    with open(path, "rb") as stream:
        records = ArchiveIterator(stream, no_record_parse=True)
        try:
            for record in records:
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                length = int(record.rec_headers.get_header("Content-Length") or 0)
                if length > MAX_PAGE_BYTES + RECORD_SLACK:
                    where = f"{path} @ offset {records.get_record_offset()} ({url})"
                    errors.append(f"{where}: {length // 2**20} MiB is too large for a web page "
                                  f"(limit {MAX_PAGE_BYTES // 2**20} MiB); skipped")
                    continue
                # read before asking the offset: asking first empties warcio's stream
                raw = _read_bounded(record.raw_stream, MAX_PAGE_BYTES + RECORD_SLACK + 1)
                where = f"{path} @ offset {records.get_record_offset()} ({url})"
                if getattr(record.raw_stream, "limit", 0) > 0:
                    # the record ends before its declared length: a cut-off file
                    raise InputError(f"{where}: record truncated "
                                     f"({record.raw_stream.limit} bytes missing); archive ends here")
                try:
                    ctype, body = _http_body(raw, where)
                    if "html" not in ctype.lower():
                        continue
                    yield article_from_html(body, where=where, url=url, header=ctype)
                except InputError as exc:
                    errors.append(str(exc))
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
            # a truncated .warc.gz ends here: what was read before stays read
            raise InputError(f"{path}: archive unreadable after offset "
                             f"{records.get_record_offset()}: {exc}") from exc
