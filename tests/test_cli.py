"""The command line, through typer's CliRunner: data on stdout, summaries on stderr."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from caravanwatch.cli import app

pytest.importorskip("caravanwatch.ingest.sources", reason="readers not built yet")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three short articles (written for these tests) and one empty file."""
    folder = tmp_path / "news"
    folder.mkdir()
    for i, town in enumerate(["Tapachula", "Huixtla", "Escuintla"]):
        (folder / f"{town.lower()}.txt").write_text(
            f"Migrants reach {town}\n\nA group of several hundred migrants walked into {town} "
            f"on Sunday after {i + 2} days on the road, local officials said, and volunteers "
            "set up tents and kitchens in the main square for the night.",
            encoding="utf-8",
        )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _ingest(runner: CliRunner, corpus: Path, db: Path, *extra: str) -> object:
    return runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--no-fetch", *extra])


def test_ingest_prints_summary_to_stderr(runner: CliRunner, corpus: Path, db_path: Path) -> None:
    result = _ingest(runner, corpus, db_path)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "stored" in result.stderr and "3 (0 near-duplicates)" in result.stderr
    assert "empty 1" in result.stderr


def test_ingest_twice_adds_nothing(runner: CliRunner, corpus: Path, db_path: Path) -> None:
    assert _ingest(runner, corpus, db_path).exit_code == 0
    counts = lambda: duckdb.connect(str(db_path)).execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM skipped), "
        "(SELECT count(*) FROM minhash)"
    ).fetchone()
    before = counts()
    result = _ingest(runner, corpus, db_path)
    assert result.exit_code == 0
    assert "already present  3" in result.stderr
    assert counts() == before == (3, 1, 3)


@pytest.mark.parametrize(("strict", "code"), [(True, 1), (False, 0)], ids=["strict", "lenient"])
def test_strict_exits_1_on_skips(
    runner: CliRunner, corpus: Path, db_path: Path, strict: bool, code: int
) -> None:
    result = _ingest(runner, corpus, db_path, *(["--strict"] if strict else []))
    assert result.exit_code == code


def test_strict_without_skips_exits_0(runner: CliRunner, corpus: Path, db_path: Path) -> None:
    (corpus / "empty.txt").unlink()
    assert _ingest(runner, corpus, db_path, "--strict").exit_code == 0


def test_flags_fill_metadata(runner: CliRunner, corpus: Path, db_path: Path) -> None:
    result = _ingest(
        runner, corpus, db_path, "--published", "2018-10-21", "--outlet", "Test Gazette"
    )
    assert result.exit_code == 0
    rows = duckdb.connect(str(db_path)).execute(
        "SELECT DISTINCT published, outlet, published_basis FROM articles"
    ).fetchall()
    assert [(str(p), o, b) for p, o, b in rows] == [("2018-10-21", "Test Gazette", "flag")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "x", "--published", "21/10/2018"], "is not a date"),
        (["export", "articles", "--db", "/nonexistent/x.duckdb"], "no database at"),
        (["export", "nosuch", "--db", ":memory:"], "unknown table"),
        (["export", "articles", "--db", ":memory:", "--format", "xml"], "--format 'xml'"),
        (["link", "--db", "/nonexistent/x.duckdb"], "no database at"),
        (["report", "--db", "/nonexistent/x.duckdb", "--out", "r.html"], "no database at"),
    ],
    ids=["bad-date", "missing-db", "bad-table", "bad-format", "link", "report"],
)
def test_errors_are_one_line_exit_2(
    runner: CliRunner, args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_verbose_logs_to_stderr(runner: CliRunner, corpus: Path, db_path: Path) -> None:
    result = runner.invoke(app, ["-v", "ingest", str(corpus), "--db", str(db_path), "--no-fetch"])
    assert result.exit_code == 0
    assert "committed 3 articles" in result.stderr


# -- export -------------------------------------------------------------------------------


@pytest.fixture
def filled_db(runner: CliRunner, corpus: Path, db_path: Path) -> Path:
    assert _ingest(runner, corpus, db_path).exit_code == 0
    return db_path


def test_export_csv_to_stdout(runner: CliRunner, filled_db: Path) -> None:
    result = runner.invoke(app, ["export", "articles", "--db", str(filled_db)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 and {"id", "text", "published", "language"} <= set(rows[0])


def test_export_jsonl_to_stdout(runner: CliRunner, filled_db: Path) -> None:
    result = runner.invoke(app, ["export", "skipped", "--db", str(filled_db), "--format", "jsonl"])
    assert result.exit_code == 0
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["reason"] == "empty" and row["source"].endswith("empty.txt")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"], ids=["csv", "jsonl", "parquet"])
def test_export_to_file_reads_back(
    runner: CliRunner, filled_db: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"articles.{fmt}"
    result = runner.invoke(
        app, ["export", "articles", "--db", str(filled_db), "--format", fmt, "--out", str(out)]
    )
    assert result.exit_code == 0 and result.stdout == ""
    reader = {"csv": "read_csv", "jsonl": "read_json", "parquet": "read_parquet"}[fmt]
    n = duckdb.sql(f"SELECT count(*) FROM {reader}(?)", params=[str(out)]).fetchone()
    assert n == (3,)


def test_export_parquet_defaults_to_table_file(
    runner: CliRunner, filled_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "articles", "--format", "parquet", "--db", str(filled_db)])
    assert result.exit_code == 0
    got = duckdb.sql("SELECT count(*) FROM read_parquet('articles.parquet')").fetchone()
    assert got == (3,)


def test_export_empty_table(runner: CliRunner, filled_db: Path) -> None:
    result = runner.invoke(app, ["export", "events", "--db", str(filled_db)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("id,article_id,type")


def test_devset_ingest_twice(runner: CliRunner, devset: Path, db_path: Path) -> None:
    """The acceptance check of issue 2: 20 articles, none skipped; a rerun leaves 20."""
    for run in range(2):
        result = runner.invoke(app, ["ingest", str(devset / "articles"), "--db", str(db_path)])
        assert result.exit_code == 0, result.stderr
        assert f"stored           {20 if run == 0 else 0} " in result.stderr
        assert "skipped          0 (-)" in result.stderr
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (20, 20)
    assert con.execute("SELECT count(*) FROM skipped").fetchone() == (0,)
    con.close()


@pytest.mark.slow
def test_extract_twice_never_duplicates_rows(
    runner: CliRunner, filled_db: Path, corpus: Path
) -> None:
    pytest.importorskip("caravanwatch.extract.pipeline", reason="extractor not built yet")

    def rows() -> tuple[int, ...]:
        con = duckdb.connect(str(filled_db), read_only=True)
        try:
            got = con.execute(
                "SELECT (SELECT count(*) FROM extractions), (SELECT count(*) FROM events), "
                "(SELECT count(*) FROM figures), (SELECT count(*) FROM quotes)"
            ).fetchone()
        finally:
            con.close()
        assert got is not None
        return tuple(got)

    first = runner.invoke(app, ["extract", "--db", str(filled_db)])
    assert first.exit_code == 0, first.stderr
    assert "extracted 3" in first.stderr
    after_first = rows()
    assert after_first[0] == 3
    again = runner.invoke(app, ["extract", "--db", str(filled_db)])
    assert again.exit_code == 0 and "nothing to extract" in again.stderr
    forced = runner.invoke(app, ["extract", "--db", str(filled_db), "--force"])
    assert forced.exit_code == 0
    assert rows() == after_first
