"""language.py: offline English/Spanish identification."""

from __future__ import annotations

import pytest

from caravanwatch.ingest.language import detect_language, normalize_language, resolve_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The migrants walked north along the highway on Sunday morning.", "en",
                     id="en-sentence"),
        pytest.param("Los migrantes caminaron hacia el norte por la carretera el domingo.", "es",
                     id="es-sentence"),
        pytest.param("Hello", None, id="too-short"),
        pytest.param("Tijuana", None, id="a-name"),
        pytest.param("12,000 - 3,500 / 2018", None, id="numbers"),
        pytest.param("", None, id="empty"),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en-US", "en"), ("es_MX", "es"), ("Spanish", "es"), ("ENG", "en"), ("", None),
     (None, None), ("fr", "fr"), ("not a language!", None)],
)
def test_normalize_language(value: str | None, expected: str | None) -> None:
    assert normalize_language(value) == expected


def test_given_language_wins_over_detection() -> None:
    english = "The migrants walked north along the highway on Sunday morning."
    assert resolve_language("es", english) == "es"
    assert resolve_language(None, english) == "en"
    assert resolve_language(None, english, detect=False) is None
