"""Ingest over the web (``serve --allow-ingest``): uploads and URLs become background jobs.

The app includes :data:`router` only when ingest is allowed, so without the flag these
routes do not exist (404).  With it, every route needs ``Authorization: Bearer TOKEN``
(compared in constant time; missing or wrong gives 401):

- ``POST /ingest/files``: multipart upload of one or more files (field ``files``), saved
  under sanitised names in a private temporary folder, each capped in size;
- ``POST /ingest/urls``: a JSON array of at most :data:`MAX_URLS` http(s) URLs, fetched
  through :mod:`caravanwatch.web.urlguard` (no private addresses unless
  ``--allow-private-urls``);
- ``GET /jobs``, ``/jobs.json``, ``/jobs/{id}``, ``/jobs/{id}.json``: state (queued,
  running, done, failed), stage, current item, counts (stored, duplicates, skipped by
  reason) and, once done, what extract and link found.

Jobs run one at a time on a worker thread (DuckDB has one writer): each holds the
database's write lock (:meth:`caravanwatch.web.db.Database.write`) while it ingests,
extracts the new articles and re-links, so the pages show the new data when it ends.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import os
import queue
import re
import secrets
import shutil
import tempfile
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, File, HTTPException, Request, Security, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, StringConstraints

from caravanwatch.records import Draft, Skip
from caravanwatch.web.urlguard import UrlRefused, check_url, guarded_fetcher

logger = logging.getLogger(__name__)

# Limits.  A news article is 5-200 KB of HTML; a WARC segment of a news crawl ~1 GB is
# not something to upload through a browser, so 20 MB per file and 50 files cover a
# day's clippings; 50 URLs a paste of search results.  The request as a whole is also
# capped by the app's max_body.
MAX_FILES = 50
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_URLS = 50
MAX_URL_LENGTH = 2048  # what common browsers and servers accept
FETCH_TIMEOUT = 20.0   # seconds per fetch, as the CLI's default (config.DEFAULT_TIMEOUT)
MAX_QUEUED = 20        # waiting jobs; more is a 429 (one writer, jobs take minutes)
MAX_KEPT = 200         # finished jobs remembered (in memory, lost on restart)
_CHUNK = 256 * 1024

JobState = Literal["queued", "running", "done", "failed"]
JobId = Annotated[str, PathParam(pattern=r"^[0-9a-f]{16}$", description="A job id.")]
Url = Annotated[str, StringConstraints(max_length=MAX_URL_LENGTH,
                                       pattern=r"^[hH][tT][tT][pP][sS]?://[^\s]+$")]

_bearer = HTTPBearer(auto_error=False, description="The token given to `serve --token`.")


# -- authentication -----------------------------------------------------------------


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> None:
    """401 unless the request carries the app's bearer token (constant-time compare)."""
    expected = getattr(request.app.state, "token", None)
    given = credentials.credentials if credentials is not None else ""
    ok = bool(expected) and hmac.compare_digest(
        given.encode("utf-8"), str(expected).encode("utf-8"))
    if not ok:
        raise HTTPException(401, "a valid bearer token is required for ingest",
                            headers={"WWW-Authenticate": "Bearer"})


Auth = Annotated[None, Security(require_token)]


# -- jobs -------------------------------------------------------------------------------


class JobOut(BaseModel):
    """A job as the JSON API shows it."""

    id: str
    kind: Literal["files", "urls"]
    state: JobState
    stage: str | None
    inputs: list[str]
    current: str | None
    read: int
    stored: int
    already_present: int
    duplicates: int
    skipped: dict[str, int]
    extracted: dict[str, int]
    caravans: int | None
    error: str | None
    created: dt.datetime
    started: dt.datetime | None
    finished: dt.datetime | None
    href: str


class JobList(BaseModel):
    jobs: list[JobOut]


@dataclass
class Job:
    """One ingest job; its fields change on the worker thread under :attr:`lock`."""

    id: str
    kind: Literal["files", "urls"]
    inputs: list[str]
    sources: list[str]
    folder: Path | None = None
    state: JobState = "queued"
    stage: str | None = None
    current: str | None = None
    read: int = 0
    stored: int = 0
    already_present: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    extracted: Counter[str] = field(default_factory=Counter)
    caravans: int | None = None
    error: str | None = None
    created: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    started: dt.datetime | None = None
    finished: dt.datetime | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def display(self, source: str) -> str:
        """A source as the user knows it: an uploaded file's name, not its temp path."""
        if self.folder is not None and source.startswith(str(self.folder)):
            return "upload:" + source[len(str(self.folder)):].lstrip("/\\")
        return source

    def note(self, item: Draft | Skip) -> Draft | Skip:
        """Count an item read by ingest; give it a source that hides the temp folder."""
        shown = self.display(item.source)
        with self.lock:
            self.current = shown
            if isinstance(item, Skip):
                self.skipped[item.reason] += 1
            else:
                self.read += 1
        return replace(item, source=shown) if shown != item.source else item

    def out(self) -> JobOut:
        with self.lock:
            return JobOut(
                id=self.id, kind=self.kind, state=self.state, stage=self.stage,
                inputs=list(self.inputs), current=self.current, read=self.read,
                stored=self.stored, already_present=self.already_present,
                duplicates=self.duplicates, skipped=dict(sorted(self.skipped.items())),
                extracted=dict(sorted(self.extracted.items())), caravans=self.caravans,
                error=self.error, created=self.created, started=self.started,
                finished=self.finished, href=f"/jobs/{self.id}",
            )


class JobRunner:
    """A queue of jobs and the one worker thread that runs them (started when needed)."""

    def __init__(self, db: Any, allow_private_urls: bool = False) -> None:
        self.db = db
        self.allow_private_urls = allow_private_urls
        self.jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, job: Job) -> Job:
        with self._lock:
            if self._queue.qsize() >= MAX_QUEUED:
                raise HTTPException(429, f"{MAX_QUEUED} jobs are already waiting; try later")
            self._forget_old()
            self.jobs[job.id] = job
            self._queue.put(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="ingest-jobs",
                                                daemon=True)
                self._thread.start()
        logger.info("job %s queued: %s %s", job.id, job.kind, job.inputs[:3])
        return job

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the queue is empty and the worker idle (tests, shutdown)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def _forget_old(self) -> None:
        finished = [j for j in self.jobs.values() if j.state in ("done", "failed")]
        for job in sorted(finished, key=lambda j: j.created)[:max(0, len(self.jobs) - MAX_KEPT)]:
            del self.jobs[job.id]

    def _work(self) -> None:
        while True:
            try:
                job = self._queue.get(timeout=0.2)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            try:
                run_job(job, self.db, self.allow_private_urls)
            finally:
                self._queue.task_done()


def run_job(job: Job, db: Any, allow_private_urls: bool) -> None:
    """Ingest, extract and link one job's inputs, recording progress on ``job``."""
    with job.lock:
        job.state, job.started = "running", dt.datetime.now(dt.UTC)
    try:
        with db.write() as store:
            _ingest_stage(job, store, allow_private_urls)
            _extract_and_link(job, store)
        state: JobState = "done"
    except Exception as exc:  # a job must end visibly, whatever broke
        logger.exception("job %s failed", job.id)
        with job.lock:
            job.error = f"{type(exc).__name__}: {exc}"
        state = "failed"
    finally:
        if job.folder is not None:
            shutil.rmtree(job.folder, ignore_errors=True)
    with job.lock:
        job.state, job.stage, job.current = state, None, None
        job.finished = dt.datetime.now(dt.UTC)
    logger.info("job %s %s", job.id, state)


def _ingest_stage(job: Job, store: Any, allow_private_urls: bool) -> None:
    from caravanwatch.ingest.pipeline import ingest
    from caravanwatch.ingest.sources import ReadOptions, iter_drafts

    # Files may be feeds whose entries are fetched: those fetches are guarded too.
    options = ReadOptions(timeout=FETCH_TIMEOUT, max_bytes=MAX_FILE_BYTES,
                          fetcher=guarded_fetcher(allow_private_urls))

    def reader(sources: Sequence[str], opts: Any) -> Iterator[Draft | Skip]:
        for item in iter_drafts(sources, opts):
            yield job.note(item)

    with job.lock:
        job.stage = "ingest"
    run_id = store.start_run(f"web ingest job {job.id} ({job.kind})")
    summary = ingest(job.sources, store, options, progress=False, reader=reader)
    store.finish_run(run_id, summary.as_dict())
    with job.lock:
        job.stored, job.already_present = summary.stored, summary.already_present
        job.duplicates, job.skipped = summary.duplicates, Counter(summary.skipped)


def _extract_and_link(job: Job, store: Any) -> None:
    """Extract the articles not extracted yet, then re-link every caravan."""
    from caravanwatch.extract.pipeline import extract_articles
    from caravanwatch.link.stage import link_store

    with job.lock:
        job.stage, job.current = "extract", None
    run_id = store.start_run(f"web extract job {job.id}")
    pending = []
    for extraction in extract_articles(store.iter_articles(not_extracted=True)):
        pending.append(extraction)
        with job.lock:
            job.current = job.display(extraction.article_id)
            job.extracted.update(articles=1, events=len(extraction.events),
                                 figures=len(extraction.figures),
                                 quotes=len(extraction.quotes))
        if len(pending) >= 20:
            store.save_extractions(pending)
            pending = []
    store.save_extractions(pending)
    store.finish_run(run_id, dict(job.extracted))
    with job.lock:
        job.stage, job.current = "link", None
    run_id = store.start_run(f"web link job {job.id}")
    summary = link_store(store)
    store.finish_run(run_id, summary.as_dict())
    with job.lock:
        job.caravans = len(summary.caravans)


_RUNNER_LOCK = threading.Lock()


def runner_for(request: Request) -> JobRunner:
    """The app's job runner, made on first use."""
    state = request.app.state
    with _RUNNER_LOCK:
        runner: JobRunner | None = getattr(state, "ingest_jobs", None)
        if runner is None:
            runner = JobRunner(state.db, bool(getattr(state, "allow_private_urls", False)))
            state.ingest_jobs = runner
    return runner


# -- uploads ------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_EXTENSIONS = re.compile(r"(?:\.[A-Za-z0-9]{1,8}){1,2}$")


def safe_name(raw: str | None, taken: Iterable[str] = ()) -> str:
    """A file name that cannot leave its folder: last path part, ASCII letters, digits,
    ``._-`` only, no leading dot, at most 100 characters, extension kept, unique."""
    base = re.split(r"[/\\]", unicodedata.normalize("NFKC", raw or ""))[-1]
    ascii_ = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    name = _UNSAFE.sub("_", ascii_).lstrip("._-") or "upload"
    if len(name) > 100:  # keep the extensions readers dispatch on (.warc.gz, .jsonl.gz)
        ext = m.group(0) if (m := _EXTENSIONS.search(name)) else ""
        name = name[:100 - len(ext)] + ext
    if name in taken:
        stem, dot, ext = name.partition(".")
        n = 1
        while f"{stem}-{n}{dot}{ext}" in taken:
            n += 1
        name = f"{stem}-{n}{dot}{ext}"
    return name


async def _save_uploads(files: Sequence[UploadFile], folder: Path) -> list[str]:
    names: list[str] = []
    for upload in files:
        name = safe_name(upload.filename, names)
        target = folder / name
        # O_EXCL|O_NOFOLLOW: never write through a link or over a file already there.
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        size = 0
        with os.fdopen(fd, "wb") as out:
            while chunk := await upload.read(_CHUNK):
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    raise HTTPException(413, f"{upload.filename!r} is larger than "
                                        f"{MAX_FILE_BYTES:,} bytes")
                out.write(chunk)
        names.append(name)
    return names


# -- routes -------------------------------------------------------------------------

router = APIRouter(tags=["ingest"])


def _accepted(job: Job) -> JSONResponse:
    return JSONResponse(job.out().model_dump(mode="json"), status_code=202,
                        headers={"Location": f"/jobs/{job.id}"})


@router.post("/ingest/files", status_code=202, response_model=JobOut,
             responses={401: {"description": "Missing or wrong token"},
                        413: {"description": "A file is too large"}})
async def ingest_files(
    request: Request, _: Auth,
    files: Annotated[list[UploadFile], File(description="Articles: text, HTML, feeds, "
                                            "WARC, JSON Lines, index.tsv sidecars.")],
) -> JSONResponse:
    """Upload files to ingest; returns the job (202) whose progress is at its href."""
    if not files:
        raise HTTPException(422, "no files were uploaded")
    if len(files) > MAX_FILES:
        raise HTTPException(422, f"at most {MAX_FILES} files per upload, got {len(files)}")
    runner = runner_for(request)
    folder = Path(tempfile.mkdtemp(prefix="caravanwatch-upload-"))  # mode 0700
    try:
        names = await _save_uploads(files, folder)
        job = Job(id=secrets.token_hex(8), kind="files", inputs=names,
                  sources=[str(folder)], folder=folder)
        return _accepted(runner.submit(job))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


@router.post("/ingest/urls", status_code=202, response_model=JobOut,
             responses={401: {"description": "Missing or wrong token"}})
def ingest_urls(
    request: Request, _: Auth,
    urls: Annotated[list[Url], Body(min_length=1, max_length=MAX_URLS,
                                    description="http(s) URLs of articles or feeds.")],
) -> JSONResponse:
    """Fetch and ingest URLs (through the private-address guard); returns the job (202)."""
    for url in urls:
        try:
            check_url(url, allow_private=True)  # scheme and host only; addresses at fetch
        except UrlRefused as exc:
            raise HTTPException(422, f"{url!r}: {exc.detail}") from None
    unique = list(dict.fromkeys(urls))
    job = Job(id=secrets.token_hex(8), kind="urls", inputs=unique, sources=unique)
    return _accepted(runner_for(request).submit(job))


def _job(request: Request, job_id: str) -> Job:
    job = runner_for(request).jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id}")
    return job


def _all(request: Request) -> list[JobOut]:
    jobs = list(runner_for(request).jobs.values())
    return [j.out() for j in sorted(jobs, key=lambda j: j.created, reverse=True)]


@router.get("/jobs.json", response_model=JobList)
def jobs_json(request: Request, _: Auth) -> JobList:
    """Every job this server remembers, newest first."""
    return JobList(jobs=_all(request))


@router.get("/jobs", response_class=HTMLResponse, include_in_schema=False)
def jobs_page(request: Request, _: Auth) -> HTMLResponse:
    return _page(request, _all(request), None)


@router.get("/jobs/{job_id}.json", response_model=JobOut,
            responses={404: {"description": "No such job"}})
def job_json(request: Request, job_id: JobId, _: Auth) -> JobOut:
    """One job: state, stage, current item and counts."""
    return _job(request, job_id).out()


@router.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False,
            responses={404: {"description": "No such job"}})
def job_page(request: Request, job_id: JobId, _: Auth) -> HTMLResponse:
    return _page(request, [_job(request, job_id).out()], job_id)


_TEMPLATE = """{% extends "base.html.j2" %}
{% block title %}{{ title }}{% endblock %}
{% block content %}
<h1 class="page-title">{{ title }}</h1>
{% if not jobs %}<div class="empty-state"><p>No ingest jobs yet.</p></div>{% endif %}
<table class="data jobs">
<thead><tr><th>job</th><th>state</th><th>stage</th><th>current</th><th>read</th>
<th>stored</th><th>duplicates</th><th>skipped</th><th>extracted</th><th>caravans</th></tr>
</thead><tbody>
{% for j in jobs %}<tr class="state-{{ j.state }}">
<td><a href="{{ j.href }}">{{ j.id }}</a> ({{ j.kind }}, {{ j.inputs|length }})</td>
<td>{{ j.state }}</td><td>{{ j.stage or "" }}</td><td>{{ j.current or "" }}</td>
<td>{{ j.read }}</td><td>{{ j.stored }}</td><td>{{ j.duplicates }}</td>
<td>{% for r, n in j.skipped.items() %}{{ r }} {{ n }}{% if not loop.last %}, {% endif %}
{% endfor %}</td>
<td>{% for k, n in j.extracted.items() %}{{ k }} {{ n }}{% if not loop.last %}, {% endif %}
{% endfor %}</td>
<td>{{ "" if j.caravans is none else j.caravans }}</td></tr>
{% if j.error %}<tr><td colspan="10" class="error">{{ j.error }}</td></tr>{% endif %}
{% endfor %}</tbody></table>
{% if one %}<h2>Inputs</h2><ul>{% for i in jobs[0].inputs %}<li>{{ i }}</li>{% endfor %}
</ul>{% endif %}
{% endblock %}
"""


def _page(request: Request, jobs: list[JobOut], job_id: str | None) -> HTMLResponse:
    """The jobs table in the site's layout; refreshed every 2 s while a job is pending."""
    from caravanwatch.web.common import _environment

    template = _environment().from_string(_TEMPLATE)  # autoescaped, like every page
    title = f"Ingest job {job_id}" if job_id else "Ingest jobs"
    href = f"/jobs/{job_id}.json" if job_id else "/jobs.json"
    page = template.render(jobs=jobs, title=title, one=job_id is not None,
                           request_path=request.url.path, json_href=href)
    pending = any(j.state in ("queued", "running") for j in jobs)
    return HTMLResponse(page, headers={"Refresh": "2"} if pending else None)
