"""The link stage over a store: stored events in, happenings, caravans and tracks out.

:func:`link_store` is what ``caravanwatch link`` runs::

    events + articles (store) -> reports_from_events -> group_reports -> link_caravans
        -> apply_corrections (stored corrections, in order) -> build_tracks -> store

Every link table but ``corrections`` is replaced in one transaction, so a rerun gives the
same rows and never duplicates them.  Corrections name happenings, whose ids are stable
across re-linking; one that no longer applies (its happenings are gone) is reported in
the :class:`LinkSummary`, not raised.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from caravanwatch.link.caravans import (
    Caravan,
    Corrections,
    Merge,
    Split,
    apply_corrections,
    link_caravans,
)
from caravanwatch.link.happenings import Happening, group_reports, reports_from_events
from caravanwatch.link.tracks import Track, build_tracks
from caravanwatch.records import Event

if TYPE_CHECKING:
    from caravanwatch.store import CaravanRow, Store, StoredCorrection

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CorrectionOutcome:
    """What replaying one stored correction did."""

    seq: int
    operation: Merge | Split
    applied: bool
    detail: str  # what it did, or why it no longer applies

    def describe(self) -> str:
        op = self.operation
        if isinstance(op, Merge):
            what = f"merge {op.happening} into {op.into}"
        else:
            what = f"split {', '.join(op.happenings)}" + (f" as {op.name!r}" if op.name else "")
        return f"correction #{self.seq} ({what}): {self.detail}"


@dataclass(frozen=True, slots=True)
class LinkResult:
    """The linked records of one run, before they are stored."""

    happenings: tuple[Happening, ...]
    caravans: tuple[Caravan, ...]
    tracks: tuple[Track, ...]
    corrections: tuple[CorrectionOutcome, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkSummary:
    """What ``link`` stored: counts, the caravan list and the corrections replayed."""

    events: int
    happenings: int
    unassigned: int  # actual, dated happenings in no caravan
    track_points: int
    caravans: tuple[CaravanRow, ...]
    corrections: tuple[CorrectionOutcome, ...] = ()

    @property
    def stale_corrections(self) -> tuple[CorrectionOutcome, ...]:
        """Corrections that no longer apply after re-linking."""
        return tuple(c for c in self.corrections if not c.applied)

    def as_dict(self) -> dict[str, Any]:
        return {
            "events": self.events, "happenings": self.happenings,
            "unassigned": self.unassigned, "caravans": len(self.caravans),
            "track_points": self.track_points, "corrections": len(self.corrections),
            "stale_corrections": len(self.stale_corrections),
        }


def check_corrections(
    caravans: Sequence[Caravan],
    corrections: Sequence[tuple[int, Merge | Split]],
    happenings: Iterable[Happening],
) -> list[CorrectionOutcome]:
    """Which corrections apply, following :func:`apply_corrections`' replay step by step
    (membership only), so each skipped one can be reported with its reason."""
    known = {h.id for h in happenings}
    owner = {hid: c.id for c in caravans for hid in c.happening_ids}
    members = {c.id: set(c.happening_ids) for c in caravans}
    out = []
    for seq, op in corrections:
        if isinstance(op, Merge):
            source, target = owner.get(op.happening), owner.get(op.into)
            if op.happening not in known:
                out.append(CorrectionOutcome(seq, op, False,
                                             f"happening {op.happening} no longer exists"))
            elif target is None:
                reason = "no longer exists" if op.into not in known else "is in no caravan"
                out.append(CorrectionOutcome(seq, op, False, f"happening {op.into} {reason}"))
            elif source == target:
                out.append(CorrectionOutcome(seq, op, True, "already in the same caravan"))
            else:
                moving = members.pop(source) if source is not None else {op.happening}
                members[target] |= moving
                owner.update({hid: target for hid in moving})
                out.append(CorrectionOutcome(seq, op, True, f"moved {len(moving)} happening(s)"))
        else:
            kept = [hid for hid in op.happenings if hid in known]
            gone = [hid for hid in op.happenings if hid not in known]
            if not kept:
                out.append(CorrectionOutcome(
                    seq, op, False, f"happening(s) {', '.join(gone)} no longer exist"))
                continue
            for hid in kept:
                old = owner.get(hid)
                if old is not None:
                    members[old].discard(hid)
            new_id = f"split#{seq}"
            members[new_id] = set(kept)
            owner.update({hid: new_id for hid in kept})
            detail = f"split off {len(kept)} happening(s)"
            if gone:
                detail += f"; {', '.join(gone)} no longer exist"
            out.append(CorrectionOutcome(seq, op, True, detail))
    return out


def link_events(
    events: Iterable[Event],
    articles: Mapping[str, tuple[str | None, str | None, dt.date | None]],
    corrections: Sequence[tuple[int, Merge | Split]] = (),
) -> LinkResult:
    """The pure part of the stage: events and article metadata to linked records."""
    happenings = group_reports(reports_from_events(events, dict(articles)))
    caravans = link_caravans(happenings)
    outcomes = check_corrections(caravans, corrections, happenings)
    if corrections:
        caravans = apply_corrections(
            caravans, Corrections(tuple(op for _, op in corrections)), happenings)
    tracks = build_tracks(caravans, happenings)
    return LinkResult(tuple(happenings), tuple(caravans), tuple(tracks), tuple(outcomes))


def _as_pairs(stored: Sequence[StoredCorrection]) -> list[tuple[int, Merge | Split]]:
    return [(c.seq, c.operation) for c in stored]


def link_store(store: Store) -> LinkSummary:
    """Link the store's events and replace its link tables (see the module docstring)."""
    loaded = store.load_events()
    events = [e for _, e in loaded]
    event_ids: dict[str, str] = {}
    for eid, e in loaded:  # the key a Report gives its event (see Report.key)
        event_ids.setdefault(f"{e.article_id}:{e.span.start}-{e.span.end}:{e.type}", eid)
    result = link_events(events, store.article_meta(), _as_pairs(store.load_corrections()))
    store.save_links(result.happenings, result.caravans, result.tracks, event_ids)
    for outcome in result.corrections:
        if not outcome.applied:
            logger.warning("%s", outcome.describe())
    linked = {hid for c in result.caravans for hid in c.happening_ids}
    unassigned = sum(
        1 for h in result.happenings
        if h.modality == "actual" and h.date is not None and h.id not in linked
    )
    summary = LinkSummary(
        events=len(events), happenings=len(result.happenings), unassigned=unassigned,
        track_points=sum(len(t.points) for t in result.tracks),
        caravans=tuple(store.caravan_rows()), corrections=result.corrections,
    )
    logger.info("link: %s", summary.as_dict())
    return summary
