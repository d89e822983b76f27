"""Render everything the pipeline knows into one self-contained, offline HTML report.

:func:`render_report` is a pure function of a :class:`ReportData`: no network, no clock
(``generated_at`` is part of the input), sorted everywhere, so the same input gives the
same bytes.  The page has inline CSS and inline SVG only: no script, font, style sheet or
image is fetched; the only external URLs are the articles' own links in ``<a href>``.
Text is escaped by Jinja2's autoescape (page) and :func:`~caravanwatch.report.svg.esc`
(drawings), so an article whose title holds ``<script>`` renders inert.

:func:`build_report_data` runs the linking stage over plain records when the caller has
no stored happenings, caravans and tracks.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from caravanwatch.link.caravans import TYPE_ORDER, Caravan, Corrections
from caravanwatch.link.happenings import Happening
from caravanwatch.link.tracks import Track
from caravanwatch.records import Article, Event, Figure, Quote
from caravanwatch.report.charts import caravan_claims, conflicts, size_chart, timeline
from caravanwatch.report.maps import track_map
from caravanwatch.report.svg import (
    TYPE_COLOURS,
    TYPE_LABELS,
    fmt_date,
    fmt_figure,
    fmt_int,
    fmt_num,
)

logger = logging.getLogger(__name__)

TITLE_CHARS = 90
"""Article titles in link texts are cut to 90 characters (one line of the events table)."""

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything the report shows (all tuples, so the record is hashable and frozen)."""

    articles: tuple[Article, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    happenings: tuple[Happening, ...] = ()
    caravans: tuple[Caravan, ...] = ()
    tracks: tuple[Track, ...] = ()
    generated_at: dt.datetime = field(
        default_factory=lambda: dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    title: str = "Caravanwatch report"


def build_report_data(
    articles: Iterable[Article],
    events: Iterable[Event],
    figures: Iterable[Figure] = (),
    quotes: Iterable[Quote] = (),
    *,
    happenings: Iterable[Happening] | None = None,
    caravans: Iterable[Caravan] | None = None,
    tracks: Iterable[Track] | None = None,
    corrections: Corrections | None = None,
    generated_at: dt.datetime | None = None,
    title: str = "Caravanwatch report",
) -> ReportData:
    """Assemble a :class:`ReportData`, linking the events when the linked records are
    not given (reports -> happenings -> caravans (+ corrections) -> tracks)."""
    from caravanwatch.link.caravans import apply_corrections, link_caravans
    from caravanwatch.link.happenings import group_reports, reports_from_events
    from caravanwatch.link.tracks import build_tracks

    arts = tuple(sorted(articles, key=lambda a: a.id))
    evs = tuple(events)
    if happenings is None:
        meta = {a.id: (a.outlet, a.url, a.published) for a in arts}
        hs = tuple(group_reports(reports_from_events(evs, meta)))
    else:
        hs = tuple(happenings)
    if caravans is None:
        cs = link_caravans(hs)
        if corrections is not None and corrections.operations:
            cs = apply_corrections(cs, corrections, hs)
        cvs = tuple(cs)
    else:
        cvs = tuple(caravans)
    trs = tuple(tracks) if tracks is not None else tuple(build_tracks(cvs, hs))
    return ReportData(
        articles=arts, events=evs, figures=tuple(figures), quotes=tuple(quotes),
        happenings=hs, caravans=cvs, tracks=trs,
        generated_at=generated_at or dt.datetime.now(dt.UTC), title=title,
    )


# --- view models: plain dicts of display strings for the template -----------------


def _anchor(caravan_id: str) -> str:
    return "caravan-" + re.sub(r"[^A-Za-z0-9_-]", "-", caravan_id)


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) URL, else ``None`` (never ``javascript:``)."""
    return url if url and _SAFE_URL.match(url.strip()) else None


class _Articles:
    """Article look-ups: outlet, link text and href by article id."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.by_id = {a.id: a for a in articles}

    def outlet(self, article_id: str) -> str:
        a = self.by_id.get(article_id)
        return (a.outlet if a and a.outlet else None) or "unknown outlet"

    def link(self, article_id: str) -> dict[str, Any]:
        a = self.by_id.get(article_id)
        text, titled = article_id, False
        if a and a.title:
            titled = True
            t = " ".join(a.title.split())
            text = t if len(t) <= TITLE_CHARS else t[: TITLE_CHARS - 1] + "…"
        return {"href": safe_url(a.url) if a else None, "text": text, "id": article_id,
                "titled": titled,
                "date": fmt_date(a.published) if a and a.published else ""}


def _size_text(low: int | None, high: int | None) -> str:
    if low is None or high is None:
        return "–"
    return fmt_int(low) if low == high else f"{fmt_int(low)}–{fmt_int(high)}"


_QUALIFIER_WORDS = {"about": "about ", "more_than": "more than ", "at_least": "at least ",
                    "up_to": "up to ", "almost": "almost "}


def _qualified(n: float | None, qualifier: str | None) -> str:
    if n is None:
        return ""
    return _QUALIFIER_WORDS.get(qualifier or "", "") + fmt_num(n)


def _qualified_figure(f: Figure) -> str:
    """``about 61%``, ``more than 7,000 people``, ``US$4 per day``."""
    return _QUALIFIER_WORDS.get(f.qualifier or "", "") + fmt_figure(f.value, f.unit)


def _summary(data: ReportData) -> dict[str, Any]:
    originals = [a for a in data.articles if not a.duplicate_of]
    outlets = {a.outlet for a in originals if a.outlet}
    days = [e.date for e in data.events if e.date] or [
        a.published for a in data.articles if a.published]
    return {
        "articles": len(originals),
        "duplicates": len(data.articles) - len(originals),
        "outlets": len(outlets),
        "caravans": len(data.caravans),
        "events": len(data.events),
        "happenings": len(data.happenings),
        "figures": len(data.figures),
        "quotes": len(data.quotes),
        "date_range": (f"{fmt_date(min(days))} – {fmt_date(max(days))}" if days else "no dates"),
    }


def _event_rows(hs: Sequence[Happening], arts: _Articles) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for h in hs:
        reports = sorted(h.reports, key=lambda r: (r.source, r.event.article_id,
                                                   r.event.span.start))
        for i, r in enumerate(reports):
            e = r.event
            place = e.place or h.place or (e.country or h.country or "")
            if (e.place or h.place) and (e.country or h.country):
                place += f" ({e.country or h.country})"
            rows.append({
                "first": i == 0, "rowspan": len(reports),
                "date": fmt_date(h.date), "type": h.type,
                "type_label": TYPE_LABELS.get(h.type, h.type),
                "colour": TYPE_COLOURS.get(h.type, "#555"),
                "planned": h.modality != "actual",
                "place": place, "size": _qualified(e.size, e.size_qualifier),
                "outlet": r.source, "evidence": " ".join(e.evidence.split()),
                "link": arts.link(e.article_id),
            })
    return rows


def _caravan_views(data: ReportData, arts: _Articles) -> list[dict[str, Any]]:
    by_id = {h.id: h for h in data.happenings}
    tracks = {t.caravan_id: t for t in data.tracks}
    out: list[dict[str, Any]] = []
    for c in data.caravans:
        hs = sorted((by_id[i] for i in c.happening_ids if i in by_id),
                    key=lambda h: (h.date or dt.date.max, TYPE_ORDER.get(h.type, 99), h.id))
        claims = caravan_claims(hs)
        sources = {aid for h in hs for aid in h.article_ids}
        outlets = {o for h in hs for o in h.outlets}
        track = tracks.get(c.id) or Track(c.id, c.name, ())
        days = ((c.end_date - c.start_date).days + 1) if c.start_date and c.end_date else None
        observed = sum(1 for p in track.points if p.kind == "observed")
        out.append({
            "id": c.id, "anchor": _anchor(c.id), "name": c.name,
            "start": fmt_date(c.start_date), "end": fmt_date(c.end_date), "days": days,
            "happenings": len(hs), "sources": len(sources), "outlets": len(outlets),
            "size": _size_text(min((x.size for x in claims), default=None),
                               max((x.size for x in claims), default=None)),
            "origin": c.origin_place or c.origin_country or "",
            "nationalities": ", ".join(c.nationalities),
            "observed_days": observed,
            "interpolated_days": len(track.points) - observed,
            "map": track_map(track), "timeline": timeline(hs), "sizes": size_chart(hs),
            "conflicts": [{"date": fmt_date(d), "detail": t} for d, t in conflicts(claims)],
            "events": _event_rows(hs, arts),
        })
    return out


def _figure_rows(data: ReportData, arts: _Articles) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for f in sorted(data.figures, key=lambda f: (f.article_id, f.span.start, f.span.end)):
        rows.append({
            "value": _qualified_figure(f), "unit": f.unit,
            "measure": f.measure or "", "subject": f.subject or "", "period": f.period or "",
            "source": f.source or "", "evidence": " ".join(f.evidence.split()),
            "outlet": arts.outlet(f.article_id), "link": arts.link(f.article_id),
        })
    return rows


def _speaker_groups(data: ReportData, arts: _Articles) -> list[dict[str, Any]]:
    groups: dict[str, list[Quote]] = defaultdict(list)
    for q in data.quotes:
        groups[" ".join(q.speaker.split()) if q.speaker else ""].append(q)
    out: list[dict[str, Any]] = []
    for speaker, qs in groups.items():
        qs.sort(key=lambda q: (q.article_id, q.span.start))
        roles = sorted({q.role for q in qs if q.role})
        out.append({
            "speaker": speaker or "Unattributed", "unattributed": not speaker,
            "roles": ", ".join(roles), "count": len(qs),
            "quotes": [{"text": " ".join(q.text.split()), "outlet": arts.outlet(q.article_id),
                        "link": arts.link(q.article_id)} for q in qs],
        })
    out.sort(key=lambda g: (bool(g["unattributed"]), -int(g["count"]), str(g["speaker"]).lower()))
    return out


def _coverage(
    data: ReportData, caravans: list[dict[str, Any]], arts_index: _Articles,
) -> list[dict[str, Any]]:
    originals = [a for a in data.articles if not a.duplicate_of]
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for a in originals:
        by_outlet[arts_index.outlet(a.id)].append(a)
    events = Counter(e.article_id for e in data.events)
    by_id = {h.id: h for h in data.happenings}
    covered: dict[str, set[str]] = defaultdict(set)
    for c, view in zip(data.caravans, caravans, strict=True):
        for hid in c.happening_ids:
            h = by_id.get(hid)
            for r in h.reports if h else ():
                covered[arts_index.outlet(r.event.article_id)].add(view["id"])
    names = {v["id"]: v for v in caravans}
    most = max((len(v) for v in by_outlet.values()), default=1)
    out: list[dict[str, Any]] = []
    order = [v["id"] for v in caravans]
    for outlet, arts in by_outlet.items():
        dates = [a.published for a in arts if a.published]
        out.append({
            "outlet": outlet, "articles": len(arts), "bar": round(100 * len(arts) / most),
            "events": sum(events[a.id] for a in arts),
            "first": fmt_date(min(dates)) if dates else "", "last": fmt_date(max(dates)) if dates else "",
            "caravans": [{"name": names[cid]["name"], "anchor": names[cid]["anchor"]}
                         for cid in sorted(covered.get(outlet, ()), key=order.index)],
        })
    out.sort(key=lambda r: (-int(r["articles"]), str(r["outlet"]).lower()))
    return out


def _unlinked(data: ReportData) -> list[dict[str, Any]]:
    linked = {hid for c in data.caravans for hid in c.happening_ids}
    rows: list[dict[str, Any]] = []
    for h in data.happenings:
        if h.id in linked:
            continue
        rows.append({
            "date": fmt_date(h.date), "type": h.type,
            "type_label": TYPE_LABELS.get(h.type, h.type),
            "colour": TYPE_COLOURS.get(h.type, "#555"), "modality": h.modality,
            "place": h.place or h.country or "", "size": _size_text(h.size_low, h.size_high),
            "reports": len(h.reports), "outlets": ", ".join(h.outlets),
        })
    return rows


@lru_cache(maxsize=1)
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("caravanwatch.report", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )


def render_report(data: ReportData) -> str:
    """The report as one self-contained HTML document (see the module docstring)."""
    arts = _Articles(data.articles)
    caravans = _caravan_views(data, arts)
    context = {
        "title": data.title,
        "generated_at": data.generated_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "summary": _summary(data),
        "caravans": caravans,
        "figures": _figure_rows(data, arts),
        "speakers": _speaker_groups(data, arts),
        "coverage": _coverage(data, caravans, arts),
        "unlinked": _unlinked(data),
    }
    html: str = _environment().get_template("report.html.j2").render(**context)
    logger.info("report: %d caravans, %d bytes", len(caravans), len(html))
    return html
