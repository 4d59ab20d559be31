"""The event store: articles, events and the links between them, merged across outlets.

Embedded SQLite by default (WAL mode); any SQLAlchemy URL through the same code.
"""
from rasd.store.db import Store, open_store

__all__ = ["Store", "open_store"]
