"""Fixtures for the extractor tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The English spaCy pipeline as the extractors load it, once per test session."""
    from caravanwatch.extract.nlp import load_nlp

    return load_nlp("en")
