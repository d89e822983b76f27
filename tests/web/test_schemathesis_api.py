"""schemathesis against the app's own OpenAPI schema, in process: no input gives a 500.

The app serves a small store built by the real pipeline (tests/web/browser.py), with
ingest on and the token sent, so the ingest routes are fuzzed past authentication too.
Their jobs never run (``run_job`` is replaced by one that only removes the upload
folder): a generated URL must not make the test resolve or fetch anything.

Bounded: a few examples per operation and no deadline, so the whole module runs in well
under two minutes on a shared 2-core machine.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from browser import build_store, write_articles
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from caravanwatch.web import ingest_jobs

TOKEN = "schemathesis-token"
# Examples per operation: ~25 operations x 12 examples is ~300 requests, ~30-60 s here;
# enough to hit every parameter's bounds and a few malformed values of each.
MAX_EXAMPLES = 12


@pytest.fixture(scope="module")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from caravanwatch.web.app import create_app

    root = tmp_path_factory.mktemp("schemathesis")
    db = build_store(root / "web.duckdb", write_articles(root / "articles"))
    patch = pytest.MonkeyPatch()

    def no_run(job: ingest_jobs.Job, db: Any, allow_private_urls: bool) -> None:
        if job.folder is not None:
            shutil.rmtree(job.folder, ignore_errors=True)
        job.state = "done"

    patch.setattr(ingest_jobs, "run_job", no_run)
    app = create_app(str(db), allow_ingest=True, token=TOKEN)
    yield app
    runner = getattr(app.state, "ingest_jobs", None)
    if runner is not None:
        runner.wait(30)
    app.state.db.close()
    patch.undo()


@pytest.fixture(scope="module")
def web_schema(web_app: Any) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", web_app)


def test_no_server_error(web_schema: Any) -> None:
    """Every operation, fuzzed from its schema, answers without a 5xx.

    One test walks the operations itself: ``schemathesis.pytest.from_fixture`` (one test
    per operation) does not work with pytest 9 in schemathesis 4.32 (it sets the node's
    private ``_nodeid``).  A failing operation does not hide the others: all are run and
    the failures listed together.
    """
    headers = {"Authorization": f"Bearer {TOKEN}"}
    failures: dict[str, str] = {}
    ran = 0
    for result in web_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def fuzz(case: Any) -> None:
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        try:
            fuzz()
        except Exception as exc:  # noqa: BLE001 (collect, then report every failing operation)
            failures[operation.label] = f"{type(exc).__name__}: {str(exc)[:2000]}"
        ran += 1
    assert ran >= 10, f"only {ran} operations in the schema"
    assert not failures, "\n\n".join(f"{k}\n{v}" for k, v in failures.items())


def test_schema_lists_the_ingest_routes(web_schema: Any) -> None:
    paths = set(web_schema.raw_schema["paths"])
    assert {"/ingest/files", "/ingest/urls", "/jobs.json", "/jobs/{job_id}.json"} <= paths
    security = web_schema.raw_schema["components"]["securitySchemes"]
    assert any(s.get("scheme") == "bearer" for s in security.values())


def test_upload_folders_are_cleaned(web_app: Any, tmp_path: Path) -> None:
    """The fuzzed uploads left no folder behind (the stub removes each job's)."""
    runner = getattr(web_app.state, "ingest_jobs", None)
    if runner is not None:
        runner.wait(30)
        assert all(j.folder is None or not j.folder.exists() for j in runner.jobs.values())
