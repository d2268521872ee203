"""The documentation site: built with Sphinx, served on 127.0.0.1 and read in headless Chromium.

The browser tests need the Debian packages `chromium` and `chromium-driver` (`make test`
installs them with apt-get where it can); without them they are skipped, saying so.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from sitegen.build import NO_CHANGELOG, build, page_order, stage
from tests.conftest import GENERATED, ROOT

DOCS = GENERATED / "docs"
PYPROJECT = GENERATED / "python" / "pyproject.toml"
CHROME_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as `make docs` builds it (in a subprocess, as Sphinx keeps global state), before
    any release wrote a changelog."""
    work = tmp_path_factory.mktemp("site")
    out = work / "html"
    command = [sys.executable, "-m", "sitegen", "--changelog", str(work / "none.md")]
    done = subprocess.run(
        [*command, "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == "", done.stderr  # Sphinx runs with -W: no warnings either
    return out


def test_a_failed_build_leaves_the_previous_site(tmp_path: Path) -> None:
    broken = tmp_path / "docs"
    broken.mkdir()
    (broken / "index.md").write_text("# Index\n\n[gone](missing.md)\n", encoding="utf-8")
    out = tmp_path / "site"
    out.mkdir()
    (out / "old.html").write_text("old", encoding="utf-8")
    assert build(broken, None, PYPROJECT, out) != 0
    assert sorted(p.name for p in out.iterdir()) == ["old.html"]


def test_every_page_is_built_and_in_the_table_of_contents(site: Path) -> None:
    resources = [*sorted(p.stem for p in DOCS.glob("*.md")), "changelog"]
    for page in resources:
        assert (site / f"{page}.html").is_file(), page
    index = (site / "index.html").read_text(encoding="utf-8")
    for page in resources:
        if page != "index":
            assert f'href="{page}.html"' in index, f"{page} is not in the navigation"
    assert (site / "searchindex.js").is_file() and (site / "search.html").is_file()
    conversations = (site / "conversations.html").read_text(encoding="utf-8")
    assert "批量查询会话信息" in conversations and "/im/v2.1/conversations/actions" in conversations
    assert 'href="models.html#' in conversations  # parameter and response types link to models
    changelog = (site / "changelog.html").read_text(encoding="utf-8")
    assert "No release has been recorded yet" in changelog


def test_the_changelog_page_is_the_package_changelog_when_there_is_one(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## 0.2.0\n\n- Added `teams.archive`.\n", "utf-8")
    staged = tmp_path / "src"
    staged.mkdir()
    order = stage(DOCS, changelog, staged)
    assert (staged / "changelog.md").read_text(encoding="utf-8") == changelog.read_text("utf-8")
    assert order[0] == "overview" and order[-2:] == ["models", "changelog"]
    assert "```{toctree}" in (staged / "index.md").read_text(encoding="utf-8")
    missing = tmp_path / "missing"
    missing.mkdir()
    stage(DOCS, tmp_path / "absent.md", missing)
    assert (missing / "changelog.md").read_text(encoding="utf-8") == NO_CHANGELOG


def test_the_table_of_contents_follows_the_index() -> None:
    index = "[a](conversations.md#x) [b](accounts.md) [c](overview.md) [d](conversations.md)"
    pages = ["accounts", "changelog", "conversations", "extra", "index", "models", "overview"]
    assert page_order(index, pages) == [
        "overview",
        "conversations",
        "accounts",
        "extra",
        "models",
        "changelog",
    ]


def test_a_missing_docs_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make generate"):
        stage(tmp_path / "nothing", None, tmp_path)


# -- in the browser ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    chromium = shutil.which("chromium") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        pytest.skip(
            "headless Chromium is not installed (Debian packages chromium and chromium-driver; "
            "`make test` installs them with apt-get where it runs as root)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingOptions", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _console_errors(driver: Any) -> list[str]:
    return [str(e["message"]) for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _open(driver: Any, url: str) -> None:
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(url)
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def test_index_and_a_resource_page_render_without_console_errors(browser: Any, served: str) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, f"{served}/index.html")
    assert "Python SDK reference" in browser.find_element(By.TAG_NAME, "h1").text
    nav = [
        a.get_attribute("href") or ""
        for a in browser.find_elements(By.CSS_SELECTOR, ".sidebar-tree a")
    ]
    assert any(h.endswith("/conversations.html") for h in nav) and any(
        h.endswith("/models.html") for h in nav
    )
    assert _console_errors(browser) == []

    _open(browser, f"{served}/conversations.html")
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "h2")]
    assert any(h.startswith("batch_get") for h in headings), headings
    tables = browser.find_elements(By.CSS_SELECTOR, "article table")
    assert tables and tables[0].is_displayed()
    code = browser.find_elements(By.CSS_SELECTOR, "div.highlight-python pre")
    assert any("client.conversations.batch_get(" in c.text for c in code)
    assert _console_errors(browser) == []


def _search(driver: Any, served: str, query: str) -> list[str]:
    """The result links of the site's search page for ``query``."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _open(driver, f"{served}/search.html?q={urllib.parse.quote(query)}")
    WebDriverWait(driver, 30).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results ul.search li")
        or "did not match" in d.find_element(By.ID, "search-results").text
    )
    links = driver.find_elements(By.CSS_SELECTOR, "#search-results ul.search li a")
    assert _console_errors(driver) == []
    return [a.get_attribute("href") or "" for a in links]


def test_search_finds_an_operation_by_method_name_and_by_chinese_title(
    browser: Any, served: str
) -> None:
    by_name = _search(browser, served, "batch_get")
    assert any("/conversations.html" in h for h in by_name), by_name
    by_title = _search(browser, served, "批量查询会话信息")
    assert any("/conversations.html" in h for h in by_title), by_title
    assert _search(browser, served, "zzzqqqnothing") == []
