"""A real rasd server (uvicorn on a free loopback port) over a store filled by `rasd run` with
the bundled sample articles."""
import contextlib
import socket
import threading
import time
from pathlib import Path

import pytest

from rasd.cli.main import main
from rasd.serve.api import create_app
from rasd.store import open_store

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"
TOKEN = "test-token-7f3a"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running(app):
    """Serve ``app`` with uvicorn in a thread; yields its base URL."""
    import uvicorn
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    db = f"sqlite:///{tmp_path_factory.mktemp('serve') / 'rasd.db'}"
    assert main(["run", str(SAMPLE), "--db", db]) == 0
    with running(create_app(open_store(db), token=TOKEN)) as base:
        yield base
