"""``caravanwatch serve``: options reach the app and uvicorn; a missing db exits 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from caravanwatch import cli


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    calls: dict[str, Any] = {}

    def fake_run(app: Any, **kw: Any) -> None:
        calls.update(kw, app=app)

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    return calls


def test_serve_defaults(web_db: Path, served: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli.app, ["serve", "--db", str(web_db)])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8000)
    assert not served["app"].state.db.writable and served["app"].state.token is None


def test_serve_with_ingest_and_env_token(web_db: Path, tmp_path: Path,
                                         served: dict[str, Any]) -> None:
    path = tmp_path / "rw.duckdb"
    path.write_bytes(web_db.read_bytes())
    result = CliRunner().invoke(
        cli.app, ["serve", "--db", str(path), "--port", "8123", "--allow-ingest",
                  "--allow-private-urls"], env={"CARAVANWATCH_TOKEN": "s3cret"})
    assert result.exit_code == 0, result.output
    state = served["app"].state
    assert served["port"] == 8123 and state.token == "s3cret" and state.allow_private_urls
    assert state.db.writable
    state.db.close()


@pytest.mark.parametrize("args", [["--db", "/nonexistent/x.duckdb"], ["--allow-ingest"]],
                         ids=["missing-db", "ingest-without-token"])
def test_serve_errors_exit_2(web_db: Path, served: dict[str, Any], args: list[str]) -> None:
    argv = ["serve", *args] + ([] if "--db" in args else ["--db", str(web_db)])
    result = CliRunner().invoke(cli.app, argv, env={"CARAVANWATCH_TOKEN": ""})
    assert result.exit_code == 2 and "error:" in result.output
    assert not served
