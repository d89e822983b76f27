"""Defaults shared by the CLI and the library, overridable by environment variables.

Only the CLI reads the environment (:func:`settings_from_env`); library functions take
their settings as arguments.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from caravanwatch import __version__
from caravanwatch.errors import ConfigError

DEFAULT_DB = "caravanwatch.duckdb"
DEMO_DB = "demo.duckdb"

# A single news page is rarely above 2 MB of HTML; WARC files of a news crawl are ~1 GB.
# 50 MB per input refuses the pathological (a 200 MB "article") while letting ordinary
# WARC segments through; raise it with --max-bytes for whole crawl files.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Seconds for one HTTP fetch (connect + read); news sites answer in 1-3 s.
DEFAULT_TIMEOUT = 20.0
USER_AGENT = f"caravanwatch/{__version__} (+https://github.com/caravanwatch/caravanwatch)"
# Articles (and skips) per committed transaction during ingest: a commit (a WAL fsync)
# then costs well under 1% of the reading time, and a kill -9 loses at most 100 inputs
# of work.  Extractions per transaction: extraction is ~100x slower per article, so
# smaller batches lose less work to an interruption at the same commit overhead.
INGEST_BATCH = 100
EXTRACT_BATCH = 50


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = DEFAULT_DB
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    user_agent: str = USER_AGENT
    ingest_batch: int = INGEST_BATCH
    extract_batch: int = EXTRACT_BATCH


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None
    if value <= 0:
        raise ConfigError(f"{name}={raw!r} must be positive")
    return value


def settings_from_env(env: Mapping[str, str] | None = None) -> Settings:
    """Settings from ``CARAVANWATCH_DB``, ``CARAVANWATCH_MAX_BYTES``,
    ``CARAVANWATCH_TIMEOUT``, ``CARAVANWATCH_INGEST_BATCH`` and ``CARAVANWATCH_EXTRACT_BATCH``."""
    env = os.environ if env is None else env
    timeout_raw = env.get("CARAVANWATCH_TIMEOUT")
    try:
        timeout = float(timeout_raw) if timeout_raw else DEFAULT_TIMEOUT
    except ValueError:
        raise ConfigError(f"CARAVANWATCH_TIMEOUT={timeout_raw!r} is not a number") from None
    return Settings(
        db=env.get("CARAVANWATCH_DB") or DEFAULT_DB,
        max_bytes=_int(env, "CARAVANWATCH_MAX_BYTES", DEFAULT_MAX_BYTES),
        timeout=timeout,
        user_agent=env.get("CARAVANWATCH_USER_AGENT") or USER_AGENT,
        ingest_batch=_int(env, "CARAVANWATCH_INGEST_BATCH", INGEST_BATCH),
        extract_batch=_int(env, "CARAVANWATCH_EXTRACT_BATCH", EXTRACT_BATCH),
    )
