"""One exception base with a subclass per stage.

Messages name the bad value and say how to fix it.  A batch run catches
:class:`SkipInput` around each input and records it in the ``skipped`` table
instead of dying.
"""

from __future__ import annotations


class CaravanwatchError(Exception):
    """Base of every error this package raises on purpose."""


class ConfigError(CaravanwatchError):
    """A setting or a command-line option is wrong."""


class IngestError(CaravanwatchError):
    """An input could not be turned into articles."""


class SkipInput(IngestError):
    """One input (a file, a record, a URL) is skipped; the run goes on.

    ``reason`` is a short machine-readable code (``binary``, ``empty``, ``too_large``,
    ``undecodable``, ``no_main_text``, ``truncated``, ``not_a_feed``, ``fetch_failed``,
    ``timeout``, ``unsupported``...) and ``detail`` a human sentence.
    """

    def __init__(self, reason: str, detail: str = "", source: str = "") -> None:
        self.reason = reason
        self.detail = detail
        self.source = source
        super().__init__(f"{source or 'input'}: {reason}" + (f" ({detail})" if detail else ""))


class FetchError(IngestError):
    """A URL could not be fetched (offline, timeout, too large, bad status)."""


class StoreError(CaravanwatchError):
    """The database is missing, locked, or of an unknown schema version."""


class ExtractError(CaravanwatchError):
    """Extraction could not run (model missing, bad component configuration)."""


class EvalError(CaravanwatchError):
    """An evaluation folder does not have the expected layout."""
