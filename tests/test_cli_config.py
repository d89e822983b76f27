"""Settings from the environment (read by the CLI only)."""

from __future__ import annotations

import pytest

from caravanwatch.config import DEFAULT_DB, INGEST_BATCH, settings_from_env
from caravanwatch.errors import ConfigError


def test_defaults() -> None:
    s = settings_from_env({})
    assert (s.db, s.ingest_batch) == (DEFAULT_DB, INGEST_BATCH)


def test_overrides() -> None:
    s = settings_from_env({
        "CARAVANWATCH_DB": "x.duckdb", "CARAVANWATCH_INGEST_BATCH": "7",
        "CARAVANWATCH_TIMEOUT": "2.5", "CARAVANWATCH_MAX_BYTES": "1000",
    })
    assert (s.db, s.ingest_batch, s.timeout, s.max_bytes) == ("x.duckdb", 7, 2.5, 1000)


@pytest.mark.parametrize(
    "env",
    [{"CARAVANWATCH_INGEST_BATCH": "ten"}, {"CARAVANWATCH_INGEST_BATCH": "0"},
     {"CARAVANWATCH_TIMEOUT": "soon"}],
    ids=["not-a-number", "zero", "bad-timeout"],
)
def test_bad_values_name_the_variable(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match="CARAVANWATCH_"):
        settings_from_env(env)
