"""Near-duplicate detection: MinHash LSH over word 5-grams, persisted across runs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pytest

from caravanwatch.ingest.dedupe import THRESHOLD, Deduper, minhash, shingles
from caravanwatch.ingest.pipeline import content_hash, ingest
from caravanwatch.records import Draft, Skip
from caravanwatch.store import Store

# A wire story written for these tests (fictional people and events).
WIRE = (
    "TAPACHULA, Mexico (Wire) - Several hundred migrants set out on foot from the southern "
    "Mexican city of Tapachula early on Monday, hoping to reach the United States border "
    "before the end of the year. The group, made up mostly of families from Honduras, "
    "Venezuela and Haiti, walked along the coastal highway toward Huixtla under a hot sun. "
    "Marta Quintero, a 34-year-old mother of three from San Pedro Sula, said she had waited "
    "four months for papers that never came. Mexican immigration agents watched from the "
    "roadside but did not try to stop the marchers, who carried banners asking for safe "
    "passage. Church groups handed out water and oranges at the edge of town. Officials at "
    "the National Migration Institute did not respond to requests for comment. Similar "
    "groups have left Tapachula several times this year, and most broke up within days "
    "after the authorities offered temporary permits to those who registered in nearby "
    "towns. Organisers said they would rest overnight in Alvaro Obregon before continuing "
    "north at dawn, and that more people were expected to join along the way."
)
HEADER = "Regional Daily Courier | World News | Subscribe now for unlimited access\nBy Staff\n"
FOOTER = (
    "\nCopyright The Wire. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed. Related: Weather for the weekend; Local "
    "football results; Letters to the editor."
)
OTHER = (
    "TIJUANA, Mexico - A group of about 80 asylum seekers gathered at the El Chaparral "
    "crossing on Thursday to ask United States officials for appointments, after waiting "
    "weeks in crowded shelters on the Mexican side of the border. Shelter director Jose "
    "Ramirez said beds had run out and volunteers were cooking for twice as many people as "
    "last month. The city government opened a sports hall as a temporary dormitory and "
    "asked residents to donate blankets. Several of the migrants said they had travelled "
    "with the caravan that left southern Mexico in October but split off in Mexico City "
    "to take buses north. A spokeswoman for the federal government said officials would "
    "review the situation next week."
)


def test_shingles_are_word_five_grams() -> None:
    assert shingles("One two three four five six") == {
        "one two three four five", "two three four five six"
    }
    assert shingles("Too short") == {"too short"}
    assert shingles("  ...  ") == set()


def test_republished_wire_story_is_near_duplicate() -> None:
    a, b = minhash(WIRE), minhash(HEADER + WIRE + FOOTER)
    assert a is not None and b is not None
    assert a.jaccard(b) >= THRESHOLD


def test_deduper_finds_near_and_exact_but_not_other() -> None:
    d = Deduper()
    sig = d.signature(WIRE)
    d.add("wire", content_hash(WIRE), sig)
    assert d.find(content_hash(WIRE), sig) == "wire"
    assert d.find("x" * 64, d.signature(HEADER + WIRE + FOOTER)) == "wire"
    assert d.find(content_hash(OTHER), d.signature(OTHER)) is None


def test_empty_text_has_no_signature() -> None:
    assert minhash("") is None
    d = Deduper()
    assert d.find("h", None) is None


def _reader(drafts: Sequence[Draft | Skip]) -> Callable[[Sequence[str], object], Iterable[Draft | Skip]]:
    def read(sources: Sequence[str], options: object) -> Iterable[Draft | Skip]:
        return [d for d in drafts if d.source.startswith(sources[0])]

    return read


@pytest.mark.parametrize(
    ("second", "is_duplicate"),
    [
        (HEADER + WIRE + FOOTER, True),
        (WIRE.replace("  ", " ") + "\n\n", True),  # exact after normalisation
        (WIRE.upper(), True),  # shingles are case-folded
        (OTHER, False),
        (WIRE[: len(WIRE) // 3], False),  # a short excerpt is a different article
    ],
    ids=["header-footer", "exact", "case", "different-story", "excerpt"],
)
def test_ingest_flags_duplicates(
    store: Store, make_draft: Callable[..., Draft], second: str, is_duplicate: bool
) -> None:
    drafts = [
        make_draft(WIRE, source="s/1", url="https://wire.example/story"),
        make_draft(second, source="s/2", url="https://courier.example/world/story"),
    ]
    summary = ingest(["s/"], store, None, progress=False, reader=_reader(drafts))  # type: ignore[arg-type]
    assert summary.stored == 2
    assert summary.duplicates == int(is_duplicate)
    rows = dict(store.execute("SELECT source, duplicate_of FROM articles"))
    first_id = store.execute("SELECT id FROM articles WHERE source = 's/1'")[0][0]
    assert rows["s/1"] is None
    assert rows["s/2"] == (first_id if is_duplicate else None)


def test_duplicates_are_never_extracted(store: Store, make_draft: Callable[..., Draft]) -> None:
    drafts = [make_draft(WIRE, source="s/1"), make_draft(HEADER + WIRE + FOOTER, source="s/2")]
    ingest(["s/"], store, None, progress=False, reader=_reader(drafts))  # type: ignore[arg-type]
    assert [a.source for a in store.iter_articles(not_extracted=True)] == ["s/1"]


def test_duplicates_found_across_runs(db_path: Path, make_draft: Callable[..., Draft]) -> None:
    first = [make_draft(WIRE, source="run1/a", url="https://wire.example/a")]
    second = [
        make_draft(HEADER + WIRE + FOOTER, source="run2/a", url="https://courier.example/a"),
        make_draft(OTHER, source="run2/b", url="https://courier.example/b"),
    ]
    with Store.open(db_path) as s:
        ingest(["run1/"], s, None, progress=False, reader=_reader(first))  # type: ignore[arg-type]
        assert s.counts()["minhash"] == 1
    with Store.open(db_path) as s:
        summary = ingest(["run2/"], s, None, progress=False, reader=_reader(second))  # type: ignore[arg-type]
        assert (summary.stored, summary.duplicates) == (2, 1)
        dup = s.execute("SELECT duplicate_of FROM articles WHERE source = 'run2/a'")[0][0]
        orig = s.execute("SELECT id FROM articles WHERE source = 'run1/a'")[0][0]
        assert dup == orig
        # duplicates keep no signature: only originals can be named by duplicate_of
        assert s.counts()["minhash"] == 2
