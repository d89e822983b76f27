"""An ingest killed with SIGKILL keeps its committed batches; the rerun finishes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("caravanwatch.ingest.sources", reason="readers not built yet")

N_ARTICLES = 300
BATCH = 5  # small batches: many commits, so the kill lands mid-run


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    rows = ["doc_id\tpublished\toutlet\turl\tlanguage"]
    for i in range(N_ARTICLES):
        (folder / f"r{i:03d}.txt").write_text(
            f"Report {i}\n\nVolunteers counted {i * 3 + 11} people at checkpoint {i} while "
            f"shelter number {i} in district {i % 17} handed out {i * 5 + 2} blankets and "
            f"{i * 2 + 40} bottles of water before the walk resumed toward post {i + 1}.",
            encoding="utf-8",
        )
        rows.append(f"r{i:03d}\t2019-01-{i % 28 + 1:02d}\tTest Wire\t\ten")
    (folder / "index.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "caravanwatch", "-v", "ingest", str(folder), "--db", str(db)]


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_resume_after_kill_9(tmp_path: Path) -> None:
    folder, db = tmp_path / "many", tmp_path / "resume.duckdb"
    _write_corpus(folder)
    env = {**os.environ, "CARAVANWATCH_INGEST_BATCH": str(BATCH)}
    proc = subprocess.Popen(
        _command(folder, db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        env=env,
    )
    assert proc.stderr is not None
    commits = 0
    deadline = time.monotonic() + 120
    for line in proc.stderr:
        if "committed" in line:
            commits += 1
            if commits == 3:
                break
        assert time.monotonic() < deadline, "no commits logged"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    con = duckdb.connect(str(db))
    partial = con.execute("SELECT count(*) FROM articles").fetchone()
    con.close()
    assert partial is not None
    assert 3 * BATCH <= partial[0] < N_ARTICLES

    rerun = subprocess.run(
        _command(folder, db), check=False, capture_output=True, text=True, env=env,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    con = duckdb.connect(str(db))
    total, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
    hashes = con.execute("SELECT count(*) FROM minhash").fetchone()
    con.close()
    assert total == distinct == N_ARTICLES
    assert hashes == (N_ARTICLES,)
    assert f"already present  {partial[0]}" in rerun.stderr
