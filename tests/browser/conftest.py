"""A real server on the demo database and Debian's headless Chromium, driven by Playwright for Python."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from importlib import resources
from pathlib import Path

import pytest

from parley import batch, merge
from parley.store import Store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> Store:
    from parley.nlp.pipeline import Pipeline

    store = Store(tmp_path_factory.mktemp("browser") / "demo.db")
    with resources.as_file(resources.files("parley") / "data" / "demo") as folder:
        for outcome in batch.process([str(folder)], Pipeline()):
            assert outcome.error is None, outcome.error
            store.add(outcome.document)
    merge.update(store)
    return store


@pytest.fixture(scope="session")
def server(demo_store) -> str:
    import uvicorn

    from parley.api import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(demo_store), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the parley server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


# Module scope: Playwright's sync API runs an event loop on this thread until it stops, and a
# later test's asyncio.run() (the Datasette test) cannot start beside a running loop.
@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed; .ci/run installs it with apt")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    opened = context.new_page()
    yield opened
    SCREENSHOTS.mkdir(exist_ok=True)
    opened.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=False)
    context.close()
