"""Fixtures of the web tests: the database of :mod:`web_records`, built once per
session, and a read-only app over it (module scope)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_records import build

from caravanwatch.web.app import create_app


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    build(path)
    return path


@pytest.fixture(scope="module")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(web_db))) as c:
        yield c


@pytest.fixture(scope="module")
def caravan_id(client: TestClient) -> str:
    items = client.get("/caravans.json").json()["items"]
    assert items, "the fixture links into at least one caravan"
    return str(items[0]["id"])

