"""CSV exports defuse spreadsheet formulas in text that came from the open web."""

from __future__ import annotations

import pytest

from caravanwatch.link.export import csv_text


@pytest.mark.parametrize("text", ["=HYPERLINK(\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx"],
                         ids=["equals", "plus", "minus", "at", "tab"])
def test_formula_starts_get_a_quote(text: str) -> None:
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["San Pedro Sula", "", "El Oriente / EFE", "2,000"])
def test_plain_text_is_unchanged(text: str) -> None:
    assert csv_text(text) == text
