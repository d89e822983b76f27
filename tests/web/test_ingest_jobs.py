"""Ingest over the web: routes absent by default, bearer token, uploads, URLs, jobs."""

from __future__ import annotations

import hmac
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from browser import ARTICLES, HOSTILE, build_store, write_articles
from fastapi.testclient import TestClient

from caravanwatch.store import Store
from caravanwatch.web import ingest_jobs
from caravanwatch.web.ingest_jobs import safe_name

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _create_app(db_path: Path, **kwargs: Any) -> Any:
    from caravanwatch.web.app import create_app

    return create_app(str(db_path), **kwargs)


def _app(client: TestClient) -> Any:
    return client.app


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    path = tmp_path / "web.duckdb"
    with Store.open(path):
        pass
    return path


@pytest.fixture
def client_for(empty_db: Path) -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(**kwargs: Any) -> TestClient:
        app = _create_app(empty_db, **kwargs)
        client = TestClient(app)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        runner = getattr(_app(client).state, "ingest_jobs", None)
        if runner is not None:
            runner.wait(60)
        client.__exit__(None, None, None)


@pytest.fixture
def client(client_for: Callable[..., TestClient]) -> TestClient:
    return client_for(allow_ingest=True, token=TOKEN)


def wait_done(client: TestClient, href: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        job: dict[str, Any] = client.get(href + ".json", headers=AUTH).json()
        if job["state"] in ("done", "failed"):
            return job
        assert time.monotonic() < deadline, f"job still {job['state']}: {job}"
        time.sleep(0.1)


def _files(folder: Path) -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(folder.iterdir())]


# -- off by default, token ------------------------------------------------------------

ROUTES = [("post", "/ingest/files"), ("post", "/ingest/urls"), ("get", "/jobs"),
          ("get", "/jobs.json"), ("get", "/jobs/0123456789abcdef"),
          ("get", "/jobs/0123456789abcdef.json")]


@pytest.mark.parametrize(("method", "path"), ROUTES, ids=[p for _, p in ROUTES])
def test_routes_absent_without_allow_ingest(client_for: Callable[..., TestClient],
                                            method: str, path: str) -> None:
    plain = client_for(token=TOKEN)
    assert getattr(plain, method)(path, headers=AUTH).status_code in (404, 405)
    assert "/ingest/files" not in plain.get("/openapi.json").text


BAD_AUTH = {
    "missing": {},
    "wrong": {"Authorization": "Bearer not-the-token"},
    "prefix": {"Authorization": f"Bearer {TOKEN[:-1]}"},
    "longer": {"Authorization": f"Bearer {TOKEN}x"},
    "basic": {"Authorization": f"Basic {TOKEN}"},
    "empty": {"Authorization": "Bearer "},
    "non-ascii": {"Authorization": "Bearer caf\u00e9"},
}


@pytest.mark.parametrize(("method", "path"), ROUTES, ids=[p for _, p in ROUTES])
@pytest.mark.parametrize("headers", BAD_AUTH.values(), ids=BAD_AUTH.keys())
def test_token_required(client: TestClient, method: str, path: str,
                        headers: dict[str, str]) -> None:
    kwargs: dict[str, Any] = {"headers": {k: v.encode("utf-8") for k, v in headers.items()}}
    if path == "/ingest/urls":
        kwargs["json"] = ["http://example.org/"]
    elif path == "/ingest/files":
        kwargs["files"] = [("files", ("a.txt", b"hello", "text/plain"))]
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == 401
    assert response.headers.get("www-authenticate") == "Bearer"
    runner = getattr(_app(client).state, "ingest_jobs", None)
    assert runner is None or not runner.jobs  # nothing was queued


def test_token_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch,
                                            client: TestClient) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return bool(real(a, b))

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert client.get("/jobs.json", headers=AUTH).status_code == 200
    assert calls == [(TOKEN.encode(), TOKEN.encode())]


# -- uploads ------------------------------------------------------------------------


@pytest.mark.slow
def test_upload_runs_ingest_extract_link(client: TestClient, tmp_path: Path,
                                         empty_db: Path) -> None:
    folder = write_articles(tmp_path / "articles")
    response = client.post("/ingest/files", files=_files(folder), headers=AUTH)
    assert response.status_code == 202, response.text
    job = response.json()
    assert response.headers["location"] == job["href"] == f"/jobs/{job['id']}"
    assert job["kind"] == "files" and job["state"] in ("queued", "running", "done")
    assert sorted(job["inputs"]) == sorted(p.name for p in folder.iterdir())
    job = wait_done(client, job["href"])
    assert job["state"] == "done", job["error"]
    assert (job["stored"], job["duplicates"], job["skipped"]) == (len(ARTICLES), 0, {})
    assert job["extracted"]["articles"] == len(ARTICLES) and job["extracted"]["events"] > 0
    assert job["caravans"] >= 1
    # the pages see the new data, and uploaded articles do not show the temp folder
    caravans = client.get("/caravans.json").json()
    assert caravans["pagination"]["total"] == job["caravans"]
    assert any(c["name"].startswith("from San Pedro Sula") for c in caravans["items"])
    db = _app(client).state.db
    with db.read() as store:
        sources = [r[0] for r in store.execute("SELECT source FROM articles")]
        assert len(sources) == len(ARTICLES)
        assert all(s.startswith("upload:") and "/tmp" not in s for s in sources), sources
        published = dict(store.execute("SELECT id, published FROM articles"))
        assert str(published[ARTICLES[0][0]]) == ARTICLES[0][1]  # the index.tsv was read
    # a second upload of the same files stores nothing new
    again = wait_done(client, client.post("/ingest/files", files=_files(folder),
                                          headers=AUTH).json()["href"])
    assert (again["state"], again["stored"], again["already_present"]) == \
        ("done", 0, len(ARTICLES))
    listing = client.get("/jobs.json", headers=AUTH).json()["jobs"]
    assert [j["id"] for j in listing] == [again["id"], job["id"]]
    page = client.get("/jobs", headers=AUTH)
    assert page.status_code == 200 and job["id"] in page.text and "done" in page.text


NAMES = {
    "plain": ("story.txt", "story.txt"),
    "traversal": ("../../etc/passwd", "passwd"),
    "windows-traversal": ("..\\..\\boot.ini", "boot.ini"),
    "absolute": ("/etc/cron.d/job.html", "job.html"),
    "hidden": (".bashrc", "bashrc"),
    "dots-only": ("..", "upload"),
    "empty": ("", "upload"),
    "none": (None, "upload"),
    "nul-and-spaces": ("a b\x00c.txt", "a_b_c.txt"),
    "unicode": ("caf\u00e9 \u00fcber.html", "cafe_uber.html"),
    "fullwidth-slash": ("x\uff0f..\uff0fy.txt", "y.txt"),
    "sidecar-kept": ("index.tsv", "index.tsv"),
    "long": ("a" * 300 + ".warc.gz", "a" * 92 + ".warc.gz"),
}


@pytest.mark.parametrize(("raw", "expected"), NAMES.values(), ids=NAMES.keys())
def test_safe_name(raw: str | None, expected: str) -> None:
    name = safe_name(raw)
    assert name == expected
    assert "/" not in name and "\\" not in name and not name.startswith(".")


def test_safe_name_unique() -> None:
    assert safe_name("a.txt", ["a.txt"]) == "a-1.txt"
    assert safe_name("a.txt", ["a.txt", "a-1.txt"]) == "a-2.txt"


def test_upload_cannot_escape_its_folder(client: TestClient, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Path] = []
    real = tempfile.mkdtemp

    def mkdtemp(**kwargs: Any) -> str:
        made.append(Path(real(dir=tmp_path, **kwargs)))
        return str(made[-1])

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    hold = threading.Event()
    monkeypatch.setattr(ingest_jobs, "run_job", lambda *a: hold.wait(10))
    files = [("files", ("../../escaped.txt", b"one", "text/plain")),
             ("files", ("../escaped.txt", b"two", "text/plain"))]
    response = client.post("/ingest/files", files=files, headers=AUTH)
    assert response.status_code == 202, response.text
    assert response.json()["inputs"] == ["escaped.txt", "escaped-1.txt"]
    assert sorted(p.name for p in made[0].iterdir()) == ["escaped-1.txt", "escaped.txt"]
    assert oct(made[0].stat().st_mode & 0o777) == "0o700"
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path.parent / "escaped.txt").exists()
    hold.set()


def test_upload_size_cap(client: TestClient, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_jobs, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    files = [("files", ("small.txt", b"x" * 100, "text/plain")),
             ("files", ("big.txt", b"x" * 5000, "text/plain"))]
    response = client.post("/ingest/files", files=files, headers=AUTH)
    assert response.status_code == 413
    assert not list(tmp_path.glob("caravanwatch-upload-*"))  # removed on refusal
    assert client.get("/jobs.json", headers=AUTH).json()["jobs"] == []


def test_upload_file_count_cap(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_jobs, "MAX_FILES", 2)
    files = [("files", (f"{i}.txt", b"x", "text/plain")) for i in range(3)]
    assert client.post("/ingest/files", files=files, headers=AUTH).status_code == 422


def test_upload_without_files(client: TestClient) -> None:
    assert client.post("/ingest/files", headers=AUTH).status_code == 422
    assert client.post("/ingest/files", data={"files": "not a file"},
                       headers=AUTH).status_code == 422


# -- URLs ---------------------------------------------------------------------------

BAD_URL_BODIES = {
    "empty-list": [],
    "not-a-list": {"urls": ["http://example.org/"]},
    "string": "http://example.org/",
    "file-scheme": ["file:///etc/passwd"],
    "ftp": ["ftp://example.org/a"],
    "javascript": ["javascript:alert(1)"],
    "no-host": ["http:///x"],
    "bad-port": ["http://example.org:99999/"],
    "spaces": ["http://example.org/a b"],
    "too-long": ["http://example.org/" + "a" * 3000],
    "too-many": [f"http://example.org/{i}" for i in range(ingest_jobs.MAX_URLS + 1)],
    "number": [42],
}


@pytest.mark.parametrize("body", BAD_URL_BODIES.values(), ids=BAD_URL_BODIES.keys())
def test_bad_url_submissions_are_422(client: TestClient, body: Any) -> None:
    response = client.post("/ingest/urls", json=body, headers=AUTH)
    assert response.status_code == 422, response.text


PAGE = ("<html><head><title>Caravan reaches Tapachula</title></head><body><article><p>"
        + "About 700 migrants in a caravan walked into Tapachula, Mexico, on Saturday "
          "after crossing the Suchiate river, officials said. " * 3
        + "</p></article></body></html>").encode()


@pytest.fixture
def local_site() -> Iterator[str]:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the http.server API
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    server.hits = hits  # type: ignore[attr-defined]
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.network
def test_urls_to_loopback_are_skipped_by_default(client: TestClient, local_site: str) -> None:
    response = client.post("/ingest/urls", json=[local_site + "/a", local_site + "/a"],
                           headers=AUTH)
    assert response.status_code == 202, response.text
    assert response.json()["inputs"] == [local_site + "/a"]  # duplicates dropped
    job = wait_done(client, response.json()["href"])
    assert job["state"] == "done", job["error"]
    assert job["stored"] == 0 and job["skipped"] == {"private_address": 1}


@pytest.mark.network
@pytest.mark.slow
def test_urls_to_loopback_allowed_with_allow_private_urls(
        client_for: Callable[..., TestClient], local_site: str) -> None:
    client = client_for(allow_ingest=True, token=TOKEN, allow_private_urls=True)
    response = client.post("/ingest/urls", json=[local_site + "/story"], headers=AUTH)
    job = wait_done(client, response.json()["href"])
    assert job["state"] == "done", job["error"]
    assert (job["stored"], job["skipped"]) == (1, {})
    assert job["extracted"]["articles"] == 1


def test_job_page_escapes_inputs(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_jobs, "run_job", lambda *a: None)
    url = "http://example.org/" + HOSTILE.replace(" ", "")
    response = client.post("/ingest/urls", json=[url], headers=AUTH)
    assert response.status_code == 202, response.text
    page = client.get(response.json()["href"], headers=AUTH).text
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(("job_id", "status"), [("0123456789abcdef", 404),
                                                 ("nope", 422), ("../../etc", 404),
                                                 ("0123456789ABCDEF", 422)])
def test_unknown_or_bad_job_ids(client: TestClient, job_id: str, status: int) -> None:
    assert client.get(f"/jobs/{job_id}.json", headers=AUTH).status_code == status
    assert client.get(f"/jobs/{job_id}", headers=AUTH).status_code == status


# -- progress and one writer at a time --------------------------------------------


def test_progress_is_visible_and_jobs_run_one_at_a_time(
        client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    running: list[str] = []
    overlap: list[bool] = []

    def slow_extract(job: ingest_jobs.Job, store: Any) -> None:
        running.append(job.id)
        overlap.append(len(running) - len(done) > 1)
        with job.lock:
            job.stage = "extract"
        release.wait(30)
        done.append(job.id)

    done: list[str] = []
    monkeypatch.setattr(ingest_jobs, "_extract_and_link", slow_extract)
    folder = write_articles(tmp_path / "articles")
    files = {name: part for name, part in ((p[1][0], p) for p in _files(folder))}
    first = client.post("/ingest/files", headers=AUTH, files=[
        files["index.tsv"], files["w01_depart.txt"], files["w02_border.txt"]]).json()
    second = client.post("/ingest/files", headers=AUTH, files=[
        files["w03_chiquimula.txt"], files["w04_tecun.txt"]]).json()
    deadline = time.monotonic() + 30
    while True:
        one = client.get(first["href"] + ".json", headers=AUTH).json()
        if one["stage"] == "extract":
            break
        assert time.monotonic() < deadline, one
        time.sleep(0.05)
    two = client.get(second["href"] + ".json", headers=AUTH).json()
    assert (one["state"], one["stored"] + one["already_present"]) == ("running", 2)
    assert one["read"] == 2 and one["current"] and one["current"].startswith("upload:")
    assert two["state"] == "queued"
    page = client.get(first["href"], headers=AUTH)
    assert page.headers["refresh"] == "2" and "running" in page.text
    release.set()
    assert wait_done(client, second["href"])["state"] == "done"
    assert wait_done(client, first["href"])["state"] == "done"
    assert running == [first["id"], second["id"]] and not any(overlap)


def test_failed_job_is_reported(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    def broken(job: ingest_jobs.Job, store: Any) -> None:
        raise RuntimeError("extractor exploded")

    monkeypatch.setattr(ingest_jobs, "_extract_and_link", broken)
    files = [("files", ("a.txt", b"A caravan left Tapachula on Monday.", "text/plain"))]
    job = wait_done(client, client.post("/ingest/files", files=files,
                                        headers=AUTH).json()["href"])
    assert job["state"] == "failed" and "extractor exploded" in job["error"]
    assert "extractor exploded" in client.get(job["href"], headers=AUTH).text
    assert not list(tmp_path.glob("caravanwatch-upload-*"))  # the upload folder is gone


def test_queue_is_bounded(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    hold = threading.Event()
    monkeypatch.setattr(ingest_jobs, "run_job", lambda *a: hold.wait(10))
    monkeypatch.setattr(ingest_jobs, "MAX_QUEUED", 2)
    codes = [client.post("/ingest/urls", json=[f"http://example.org/{i}"],
                         headers=AUTH).status_code for i in range(5)]
    hold.set()
    # the worker may or may not have taken the first job off the queue yet
    assert codes[:2] == [202, 202] and codes[-1] == 429 and set(codes) == {202, 429}


@pytest.mark.slow
def test_consecutive_jobs_over_a_linked_store(tmp_path: Path) -> None:
    """Every job re-links a store that already has caravans; the second must not hit a
    DuckDB write-write conflict from a stale snapshot on the app's main connection."""
    db = build_store(tmp_path / "linked.duckdb", write_articles(tmp_path / "articles"))
    texts = ["About 600 migrants left Tapachula, Mexico, on Monday, walking to Huixtla.",
             "The caravan of some 500 people reached Huixtla, Mexico, on Tuesday."]
    with TestClient(_create_app(db, allow_ingest=True, token=TOKEN)) as client:
        for i, text in enumerate(texts):
            files = [("files", (f"extra{i}.txt", text.encode(), "text/plain"))]
            job = wait_done(client, client.post("/ingest/files", files=files,
                                                headers=AUTH).json()["href"])
            assert (job["state"], job["error"], job["stored"]) == ("done", None, 1)
            assert job["caravans"] >= 1
