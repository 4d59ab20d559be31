import datetime as dt
import os
import tempfile

# The tests read the built-in gazetteer only: a user's own extended gazetteers (rasd gazetteer add,
# under $RASD_HOME) must not change what they see. Set before anything loads the gazetteer.
os.environ["RASD_HOME"] = tempfile.mkdtemp(prefix="rasd-test-home-")

import pytest

from rasd.pipeline import load_resources, run
from rasd.records import Article


@pytest.fixture(scope="session")
def res():
    return load_resources()


@pytest.fixture(scope="session")
def read(res):
    """Run the whole pipeline on a text of our own, with a pinned publication date."""
    def _read(text: str, published: str | None = "2019-05-16", id: str = "t"):
        pub = dt.date.fromisoformat(published) if published else None
        return run(Article(id=id, text=text, published=pub), res)
    return _read
