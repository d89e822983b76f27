"""Happenings are assigned, one by one and in date order, to caravans.

A happening joins the caravan it explicitly names ("the second caravan", "the Salvadoran
group"), else the caravan whose path it continues: reachable from the caravan's last
position at a feasible speed (:data:`~caravanwatch.link.geo.MAX_KM_PER_DAY`), not
backwards along the corridor (unless it is a deportation), with a compatible size.  Among
several such caravans the one needing the least unusual speed, the most recently seen
and the closest in size wins; with none, a located happening starts a new caravan.

Ids are deterministic (a hash of the caravan's first happening id).  Users correct the
machine with :class:`Corrections` (merge, split) keyed by happening ids, which are stable
across re-linking, and :func:`apply_corrections` replays them after automatic linking.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from caravanwatch.link.geo import (
    BACKWARD_TOLERANCE_KM,
    WALK_KM_PER_DAY,
    haversine_km,
    is_feasible,
    km_to_us_border,
)
from caravanwatch.link.happenings import Happening
from caravanwatch.link.naming import NamingHint, naming_hint
from caravanwatch.link.roads import along_road_km

logger = logging.getLogger(__name__)

STALE_DAYS = 21
"""A caravan not reported for three weeks has dispersed; the 2018 truth track has gaps of
at most 7 days between reports."""

SIZE_WINDOW_DAYS = 4
"""A caravan's current size is the range reported over its last four days of reports."""

SIZE_DOWN_FACTOR = 3.0
"""A group reported at under a third of a caravan's recent size is another group (a
splinter, a second caravan): sources disagree by up to 3x (tracks/README.md)."""

SIZE_UP_FACTOR = 4.0
"""Caravans grow fast as people join (2018: 2,000 to 5,000 between two days), so growth
is allowed up to 4x of the recent high..."""

SMALL_GROUP = 500
"""...and is not checked at all while the caravan is small: the 2018 caravan went from
about 150 at the bus terminal to 1,000-1,500 the next day."""

WHOLE_GROUP_TYPES = frozenset({"depart", "arrive", "cross_border", "block", "clash"})
"""Types whose size is the size of the whole group; for join, detain, deport, asylum,
offer, aid and dissolve the size counts only the members concerned."""

MEMBER_TYPES = frozenset({"join", "detain", "asylum", "offer", "aid", "dissolve"})
"""Types that may concern members left behind: people who stayed in Tapachula to claim
asylum, detentions at a checkpoint the caravan passed, aid to stragglers.  Such a
happening behind the caravan still belongs to it (like a deportation) but does not move
it back (:meth:`_Builder.add`)."""

ACTIVE_NAMING_DAYS = 60
"""Ordinal names ("the second caravan") count caravans started in the last 60 days."""

VEHICLE_COST_KM = 240.0
"""Choosing between caravans, each km a day beyond walking pace costs 1/240: a 300 km bus
day costs 1, as much as four days without news (:data:`STALE_COST_PER_DAY`) or a size
ratio of e^1 = 2.7 (the size penalty is |log ratio|).  Chosen so that a caravan seen
yesterday 200 km back (the 2018 caravan rode trucks most days in Mexico) beats a small
group last seen a week ago."""

STALE_COST_PER_DAY = 0.25

MAX_JOIN_COST = 4.0
"""Above this cost a happening starts a new caravan instead: a 700 km bus day (2.7) or
ten days without news (2.5) still join, but not a bus day plus foreign nationalities
(:data:`ORIGIN_MISMATCH_COST`) or plus a size 3x off."""

MONTH_NAMING_DAYS = 120
"""A month name ("the October caravan") names a caravan that started in that month within
the last four months: remnants of the 2018 caravan were still called "the October
caravan" in Tijuana in late November and in January."""

DEPARTURE_DAYS = 3
"""A caravan is named after its departure when one is reported within three days of its
first happening (people gather at the bus terminal the day before they leave)."""

NEXT_COUNTRY: dict[str, frozenset[str]] = {
    # Where a caravan goes next along the corridor, for happenings placed by country only.
    "NI": frozenset({"HN"}), "HN": frozenset({"GT"}), "SV": frozenset({"GT"}),
    "GT": frozenset({"MX"}), "MX": frozenset({"US"}), "US": frozenset(),
}

TYPE_ORDER = {
    t: i for i, t in enumerate((
        "depart", "join", "block", "clash", "detain", "cross_border", "arrive", "aid",
        "asylum", "offer", "dissolve", "deport",
    ))
}
"""Order of same-day happenings: a group leaves, is blocked, crosses, then arrives."""


@dataclass(frozen=True, slots=True)
class Caravan:
    """A group travelling together, with the happenings that make up its story."""

    id: str
    name: str
    origin_place: str | None
    origin_country: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    nationalities: tuple[str, ...]
    happening_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Merge:
    """Merge the caravan holding happening ``happening`` into the one holding ``into``."""

    happening: str
    into: str


@dataclass(frozen=True, slots=True)
class Split:
    """Move ``happenings`` out of their caravans into a new caravan (optionally named)."""

    happenings: tuple[str, ...]
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Corrections:
    """A user's manual corrections, replayed in order after every automatic linking."""

    operations: tuple[Merge | Split, ...] = ()


@dataclass(slots=True)
class _Builder:
    happenings: list[Happening] = field(default_factory=list)
    path: list[Happening] = field(default_factory=list)  # located, non-deport, by date

    @property
    def start(self) -> dt.date:
        return min(h.date for h in self.happenings if h.date)

    @property
    def last_date(self) -> dt.date:
        return max(h.date for h in self.happenings if h.date)

    def nationalities(self) -> Counter[str]:
        return Counter(o for h in self.happenings for o in h.origin)

    def recent_size(self, day: dt.date) -> tuple[int, int] | None:
        sized = [
            h for h in self.happenings
            if h.type in WHOLE_GROUP_TYPES and h.size_low and h.size_high and h.date
            and 0 <= (day - h.date).days <= SIZE_WINDOW_DAYS
        ]
        if not sized:
            return None
        return min(h.size_low or 0 for h in sized), max(h.size_high or 0 for h in sized)

    def add(self, h: Happening) -> None:
        self.happenings.append(h)
        if h.locatable and h.type != "deport" and not self.behind(h):
            self.path.append(h)

    def behind(self, h: Happening) -> bool:
        """Whether ``h`` lies back along the corridor from where the caravan last was."""
        if not self.path or not h.locatable:
            return False
        last = self.path[-1]
        assert h.lat is not None and h.lon is not None
        assert last.lat is not None and last.lon is not None
        return progress_km((last.lat, last.lon), (h.lat, h.lon)) < -BACKWARD_TOLERANCE_KM


def _hint(h: Happening) -> NamingHint | None:
    hints = Counter(x for r in h.reports if (x := naming_hint(r.event.evidence)))
    return min(hints, key=lambda x: (-hints[x], x.kind, x.value)) if hints else None


def _size_compatible(h: Happening, b: _Builder) -> bool:
    if h.type not in WHOLE_GROUP_TYPES or not h.size_low or not h.size_high or not h.date:
        return True
    recent = b.recent_size(h.date)
    if recent is None:
        return True
    lo, hi = recent
    if h.size_high * SIZE_DOWN_FACTOR < lo:
        return False
    return hi < SMALL_GROUP or h.size_low <= hi * SIZE_UP_FACTOR


def _size_penalty(h: Happening, b: _Builder) -> float:
    """How far apart in size, as |log ratio|, ``h`` and ``b``'s latest reported size."""
    if not h.size_low or not h.size_high or h.type not in WHOLE_GROUP_TYPES:
        return 0.0
    sized = [x for x in b.happenings if x.type in WHOLE_GROUP_TYPES and x.size_low
             and x.size_high and x.date]
    if not sized:
        return 0.0
    latest = max(sized, key=lambda x: (x.date, x.id))
    mid_h = (h.size_low + h.size_high) / 2
    mid_b = ((latest.size_low or 0) + (latest.size_high or 0)) / 2
    return abs(math.log(mid_h / mid_b))


@lru_cache(maxsize=65536)
def progress_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far ``b`` is ahead of ``a``: along the road, else by straight-line distance to
    the US border."""
    road = along_road_km(a, b)
    if road is not None:
        return road
    return km_to_us_border(*a) - km_to_us_border(*b)


def _continuation_cost(h: Happening, b: _Builder) -> float | None:
    """Cost of ``h`` continuing ``b``'s path, or None when it cannot."""
    assert h.date is not None and h.lat is not None and h.lon is not None
    if not b.path:  # a caravan known only by country so far ("left El Salvador")
        return _unplaced_cost(h, b)
    if (h.date - b.last_date).days > STALE_DAYS:
        return None
    # Compare with where the caravan was before this day: same-day reports of its front
    # and of its rear (or of two border crossings) must not exclude each other.
    last = next((p for p in reversed(b.path) if p.date and p.date < h.date), b.path[0])
    assert last.date is not None and last.lat is not None and last.lon is not None
    days = (h.date - last.date).days
    km = haversine_km(last.lat, last.lon, h.lat, h.lon)
    backwards = False
    if h.type != "deport":
        if not is_feasible(km, days):
            return None
        backwards = progress_km((last.lat, last.lon), (h.lat, h.lon)) < -BACKWARD_TOLERANCE_KM
        if backwards and h.type not in MEMBER_TYPES:
            return None
        if not _size_compatible(h, b):
            return None
    speed = km / max(days, 1)
    cost = max(0.0, speed - WALK_KM_PER_DAY[1]) / VEHICLE_COST_KM  # 0 at walking pace
    cost += STALE_COST_PER_DAY * (h.date - b.last_date).days
    cost += _size_penalty(h, b) + (BEHIND_COST if backwards else 0.0)
    return cost + _origin_penalty(h, b)


BEHIND_COST = 1.0
"""Cost of members left behind: a caravan that is itself where the happening is (a
second caravan a few days behind the first) explains it better."""


ORIGIN_MISMATCH_COST = 3.0
"""Cost of a happening whose stated nationalities are all foreign to a caravan: as much
as travelling 240 km a day instead of walking.  Soft, since caravans are mixed and
articles name only the nationalities they noticed."""


def _origin_penalty(h: Happening, b: _Builder) -> float:
    hint = _hint(h)
    origin = set(h.origin) | ({hint.value} if hint and hint.kind == "nationality" else set())
    nationalities = set(b.nationalities())
    if origin and nationalities and not origin & nationalities:
        return ORIGIN_MISMATCH_COST
    return 0.0


def _countries_fit(here: str | None, there: str | None) -> bool:
    """Whether a group in country ``here`` can next be reported in ``there``."""
    return not here or not there or there == here or there in NEXT_COUNTRY.get(here, ())


def _unplaced_cost(h: Happening, b: _Builder) -> float | None:
    """Cost of a located happening continuing a caravan with no located happening yet."""
    assert h.date is not None
    days = (h.date - b.last_date).days
    if not 0 <= days <= 3 or not _countries_fit(b.happenings[-1].country, h.country):
        return None
    if not _size_compatible(h, b):
        return None
    return 1.0 + STALE_COST_PER_DAY * days + _size_penalty(h, b) + _origin_penalty(h, b)


def _country_cost(h: Happening, b: _Builder) -> float | None:
    """Cost of a happening placed only by country (or not at all) joining ``b``."""
    assert h.date is not None
    if not b.path or not 0 <= (h.date - b.last_date).days <= 3:
        return None
    if not _countries_fit(b.path[-1].country, h.country):
        return None
    if not _size_compatible(h, b):
        return None
    return (STALE_COST_PER_DAY * (h.date - b.last_date).days + _size_penalty(h, b)
            + _origin_penalty(h, b))


def _named(h: Happening, hint: NamingHint, builders: list[_Builder]) -> _Builder | None:
    assert h.date is not None
    day = h.date
    recent = [b for b in builders if 0 <= (day - b.start).days <= ACTIVE_NAMING_DAYS]
    if hint.kind == "ordinal":
        ordered = sorted(recent, key=lambda b: (b.start, b.happenings[0].id))
        k = int(hint.value)
        return ordered[k - 1] if k <= len(ordered) else None
    if hint.kind == "nationality":
        fits = [
            b for b in recent
            if (day - b.last_date).days <= STALE_DAYS
            and (hint.value in b.nationalities()
                 or b.happenings[0].country == hint.value)
        ]
        return max(fits, key=lambda b: (b.last_date, b.start)) if fits else None
    if hint.kind == "month":
        fits = [
            b for b in builders
            if 0 <= (day - b.start).days <= MONTH_NAMING_DAYS
            and hint.value in (f"{b.start:%m}", f"{b.start:%Y-%m}")
        ]
        return max(fits, key=lambda b: (b.last_date, b.start)) if fits else None
    return None


def _choose(h: Happening, builders: list[_Builder]) -> _Builder | None | Literal[False]:
    """The caravan for ``h``; None to start a new one; False to leave it unassigned."""
    hint = _hint(h)
    if hint is not None:
        if hint.kind == "new" and h.type == "depart":
            return None
        named = _named(h, hint, builders)
        if named is not None:
            return named
        if hint.kind == "ordinal" and h.locatable:
            return None  # "the second caravan" when fewer are known: one not seen before
    scorer = _continuation_cost if h.locatable else _country_cost
    costs = [
        (c, i) for i, b in enumerate(builders)
        if (c := scorer(h, b)) is not None and c <= MAX_JOIN_COST
    ]
    if costs:
        return builders[min(costs)[1]]
    # a departure known only by country ("left El Salvador on Sunday") still starts one
    starts = h.locatable or (h.type == "depart" and h.country is not None)
    return None if starts else False


def _name_date(d: dt.date | None) -> str:
    return f"{d.day} {d:%b} {d.year}" if d else "undated"


@lru_cache(maxsize=256)
def country_name(code: str) -> str:
    """English short name of an ISO alpha-2 code ("HN" -> "Honduras")."""
    import pycountry  # imported lazily: nothing heavy at import time

    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


def make_caravan(
    caravan_id: str, happenings: Sequence[Happening], name: str | None = None
) -> Caravan:
    """Derive a caravan's origin, dates, nationalities and name from its happenings."""
    ordered = sorted(happenings, key=_order_key)
    dated = [h for h in ordered if h.date]
    placed = [h for h in dated if h.place or h.country]
    first = placed[0] if placed else (dated or ordered)[0]
    departure = next(
        (h for h in placed if h.type == "depart" and first.date and h.date
         and (h.date - first.date).days <= DEPARTURE_DAYS),
        None,
    )
    origin = departure or first
    counts = Counter(o for h in ordered for o in h.origin)
    where = origin.place or (
        country_name(origin.country) if origin.country else "unknown place")
    verb = "from" if departure else "first seen in"
    return Caravan(
        id=caravan_id,
        name=name or f"{verb} {where}, {_name_date(origin.date)}",
        origin_place=origin.place,
        origin_country=origin.country,
        start_date=dated[0].date if dated else None,
        end_date=dated[-1].date if dated else None,
        nationalities=tuple(sorted(counts, key=lambda o: (-counts[o], o))),
        happening_ids=tuple(h.id for h in ordered),
    )


def _order_key(h: Happening) -> tuple[object, ...]:
    return (h.date is None, h.date or dt.date.min, TYPE_ORDER.get(h.type, 99), h.id)


def _caravan_id(first_happening_id: str, salt: str = "") -> str:
    return "c-" + hashlib.sha1(f"{salt}{first_happening_id}".encode()).hexdigest()[:10]


def _unique_names(caravans: list[Caravan]) -> list[Caravan]:
    seen: Counter[str] = Counter()
    out = []
    for c in sorted(caravans, key=lambda c: (c.start_date or dt.date.max, c.id)):
        seen[c.name] += 1
        if seen[c.name] > 1:
            c = dataclasses.replace(c, name=f"{c.name} ({seen[c.name]})")
        out.append(c)
    return out


def link_caravans(happenings: Iterable[Happening]) -> list[Caravan]:
    """Assign actual, dated happenings to caravans (see the module docstring).

    Planned and undated happenings are left out, as are happenings placed only by country
    that no recently seen caravan can explain.  Caravans come sorted by start date.
    """
    pool = sorted(
        (h for h in happenings if h.modality == "actual" and h.date is not None),
        key=_order_key,
    )
    builders: list[_Builder] = []
    unassigned = 0
    for h in pool:
        target = _choose(h, builders)
        if target is False:
            unassigned += 1
            continue
        if target is None:
            target = _Builder()
            builders.append(target)
        target.add(h)
    logger.info("%d happenings -> %d caravans (%d unassigned)", len(pool), len(builders),
                unassigned)
    caravans = [make_caravan(_caravan_id(b.happenings[0].id), b.happenings) for b in builders]
    return _unique_names(caravans)


def apply_corrections(
    caravans: Sequence[Caravan], corrections: Corrections, happenings: Iterable[Happening]
) -> list[Caravan]:
    """Replay manual merges and splits over automatically linked caravans.

    Operations name happenings, not caravans, so they survive re-linking (caravan ids and
    membership may change when new articles arrive; happening ids do not).  An operation
    naming happenings that no longer exist is skipped with a warning.  ``happenings`` must
    hold every happening the caravans and the corrections refer to.
    """
    by_id = {h.id: h for h in happenings}
    members: dict[str, list[str]] = {c.id: list(c.happening_ids) for c in caravans}
    names: dict[str, str | None] = {c.id: None for c in caravans}
    owner = {hid: cid for cid, hids in members.items() for hid in hids}
    for op in corrections.operations:
        if isinstance(op, Merge):
            source, target = owner.get(op.happening), owner.get(op.into)
            if target is None or op.happening not in by_id:
                logger.warning("merge %s into %s skipped: unknown happening", op.happening,
                               op.into)
                continue
            if source == target:
                continue
            if source is None:  # an unassigned happening joins the target
                moving = [op.happening]
            else:
                moving = members.pop(source)
                names.pop(source, None)
            members[target].extend(moving)
            owner.update({hid: target for hid in moving})
        else:
            moving = [hid for hid in op.happenings if hid in by_id]
            if not moving:
                logger.warning("split of %s skipped: unknown happenings", op.happenings)
                continue
            for hid in moving:
                old = owner.get(hid)
                if old is not None:
                    members[old].remove(hid)
                    if not members[old]:
                        del members[old]
                        names.pop(old, None)
            first = min((by_id[hid] for hid in moving), key=_order_key)
            new_id = _caravan_id(first.id, salt="split|")
            members[new_id] = moving
            names[new_id] = op.name
            owner.update({hid: new_id for hid in moving})
    out = [
        make_caravan(cid, [by_id[h] for h in hids if h in by_id], names.get(cid))
        for cid, hids in members.items() if hids
    ]
    return _unique_names(out)
