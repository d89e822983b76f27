"""Small fixtures shared by every test folder: a DuckDB store, article/draft factories,
and the location of ``../shared`` (the development set beside the repository)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from caravanwatch.records import Article, Draft
from caravanwatch.store import Store

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh in-memory store at the latest schema version."""
    with Store.open(":memory:") as s:
        yield s


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a database file that does not exist yet."""
    return tmp_path / "test.duckdb"


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """``make_article(id='x', text='...', **fields)`` with sensible defaults."""
    counter = iter(range(1_000_000))

    def factory(**fields: Any) -> Article:
        n = next(counter)
        text = fields.pop("text", f"Test article number {n} about a caravan leaving town.")
        defaults: dict[str, Any] = {
            "id": f"t{n:04d}",
            "source": f"test://{n}",
            "content_hash": hashlib.sha256(text.encode()).hexdigest(),
            "ingested_at": dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
            "language": "en",
            "published": dt.date(2018, 10, 20),
            "published_basis": "sidecar",
        }
        defaults.update(fields)
        return Article(text=text, **defaults)

    return factory


@pytest.fixture
def make_draft() -> Callable[..., Draft]:
    """``make_draft(text='...', **fields)``; the source is unique per call."""
    counter = iter(range(1_000_000))

    def factory(text: str, **fields: Any) -> Draft:
        fields.setdefault("source", f"test://draft/{next(counter)}")
        fields.setdefault("language", "en")
        return Draft(text=text, **fields)

    return factory


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository (or $CARAVANWATCH_SHARED).

    Tests that need it are skipped when it is absent, except under CI (``CI=true``),
    where it must be there and its absence fails the run.
    """
    path = Path(os.environ.get("CARAVANWATCH_SHARED", REPO_ROOT.parent / "shared"))
    if not path.is_dir():
        message = f"shared folder not found at {path}: put a copy of shared/ beside the repo"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def devset(shared_dir: Path) -> Path:
    path = shared_dir / "devset"
    if not (path / "articles").is_dir() or not (path / "index.tsv").is_file():
        pytest.skip(f"development set not found at {path}")
    return path
