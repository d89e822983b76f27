"""Helpers of the link commands (``link``, ``caravans``, ``merge``, ``split``,
``eval-track``, ``export tracks``, ``report``): the linking run, tables on stdout, the
report file.  Kept apart from :mod:`caravanwatch.cli`, which defines the commands.

Data (caravan tables, exports) go to stdout; summaries and warnings to stderr.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from caravanwatch.errors import ConfigError

if TYPE_CHECKING:
    from rich.console import Console

    from caravanwatch.link.caravans import Caravan, Merge, Split
    from caravanwatch.link.evaluate import TrackScore
    from caravanwatch.link.stage import LinkSummary
    from caravanwatch.store import CaravanRow, Store

logger = logging.getLogger(__name__)


def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def stdout_console() -> Console:
    """Rich output for data on stdout: wide when piped, so names are never cut."""
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=200)
    return console


def _caravans(n: int) -> str:
    return f"{n} caravan" if n == 1 else f"{n} caravans"


def print_caravans(rows: Sequence[CaravanRow], title: str = "caravans") -> None:
    from rich.table import Table

    if not rows:
        _stderr().print(f"[bold]{title}[/bold]: none (no located, dated actual events)")
        return
    table = Table(title=title, title_justify="left")
    for column in ("id", "name", "start", "end", "happenings", "sources", "outlets",
                   "track days"):
        justify: Any = "left" if column in ("id", "name", "start", "end") else "right"
        table.add_column(column, justify=justify)
    for r in rows:
        table.add_row(
            r.id, r.name, str(r.start_date or "-"), str(r.end_date or "-"), str(r.happenings),
            str(r.sources), str(r.outlets), str(r.track_days),
        )
    stdout_console().print(table)


def print_happenings(store: Store) -> None:
    from rich.table import Table

    happenings = {h.id: h for h in store.load_happenings()}
    for c in store.load_caravans():
        table = Table(title=f"{c.name} ({c.id})", title_justify="left")
        for column in ("happening", "date", "type", "place", "size", "reports"):
            table.add_column(column)
        for hid in c.happening_ids:
            h = happenings.get(hid)
            if h is None:
                continue
            size = "" if h.size_low is None else (
                f"{h.size_low:,}" if h.size_low == h.size_high else f"{h.size_low:,}-{h.size_high:,}")
            table.add_row(h.id, str(h.date or "-"), h.type, h.place or h.country or "-", size,
                          str(len(h.reports)))
        stdout_console().print(table)


def link(store: Store) -> LinkSummary:
    from caravanwatch.link.stage import link_store

    run_id = store.start_run("link")
    summary = link_store(store)
    store.finish_run(run_id, summary.as_dict())
    for outcome in summary.stale_corrections:
        typer.echo(f"warning: {outcome.describe()}", err=True)
    _stderr().print(
        f"[bold]link[/bold]: {summary.events} events -> {summary.happenings} happenings "
        f"({summary.unassigned} unassigned) -> {_caravans(len(summary.caravans))}, "
        f"{summary.track_points} track days"
        + (f"; {len(summary.corrections)} corrections replayed, "
           f"{len(summary.stale_corrections)} no longer apply" if summary.corrections else "")
    )
    return summary


def find_caravan(store: Store, caravan_id: str) -> Caravan:
    found = next((c for c in store.load_caravans() if c.id == caravan_id), None)
    if found is None:
        raise ConfigError(
            f"no caravan {caravan_id!r}; list them with `caravanwatch caravans --db {store.path}`"
        )
    if not found.happening_ids:
        raise ConfigError(f"caravan {caravan_id!r} has no happenings to correct")
    return found


def anchor_happening(store: Store, caravan: Caravan) -> str:
    """The caravan's most reported happening (earliest on ties): the member a merge is keyed
    by, as the one most likely to keep its id when articles are added."""
    reports = {h.id: len(h.reports) for h in store.load_happenings()}
    order = {hid: n for n, hid in enumerate(caravan.happening_ids)}
    return min(caravan.happening_ids, key=lambda h: (-reports.get(h, 0), order[h]))


def correct(store: Store, operation: Merge | Split) -> None:
    seq = store.add_correction(operation)
    summary = link(store)
    mine = next((o for o in summary.corrections if o.seq == seq), None)
    if mine is not None:
        typer.echo(f"{'applied' if mine.applied else 'not applied'}: {mine.describe()}", err=True)
    print_caravans(summary.caravans)


def write_report(store: Store, out: Path) -> Path:
    from caravanwatch.report.render import ReportData, render_report

    if not store.has_links() and store.counts()["events"]:
        typer.echo("report: nothing linked yet; linking first", err=True)
        link(store)
    data = ReportData(
        articles=tuple(store.iter_articles(include_duplicates=True)),
        events=tuple(e for _, e in store.load_events()),
        figures=tuple(store.load_figures()), quotes=tuple(store.load_quotes()),
        happenings=tuple(store.load_happenings()), caravans=tuple(store.load_caravans()),
        tracks=tuple(store.load_tracks()), generated_at=dt.datetime.now(dt.UTC),
    )
    out = out.expanduser()
    if not out.parent.exists():
        raise ConfigError(f"cannot write {str(out)!r}: folder {str(out.parent)!r} does not exist")
    out.write_text(render_report(data), encoding="utf-8")
    _stderr().print(f"[bold]report[/bold]: wrote {out} ({_caravans(len(data.caravans))})")
    return out


def export_tracks(store: Store, fmt: str, out: Path | None) -> None:
    from caravanwatch.link.export import TRACK_FORMATS, render_tracks

    if fmt not in TRACK_FORMATS:
        raise ConfigError(f"--format {fmt!r} for tracks: choose one of {', '.join(TRACK_FORMATS)}")
    text = render_tracks(store.load_tracks(), store.load_caravans(), fmt)
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {str(out)!r}: {exc}") from exc
    typer.echo(f"wrote {out}", err=True)


def default_report(db: str) -> Path:
    """``NAME.report.html`` beside database ``NAME.duckdb``, so two databases in one
    folder keep their own reports (``report.html`` in the current folder for ``:memory:``)."""
    if db == ":memory:":
        return Path("report.html")
    path = Path(db).expanduser()
    return path.with_name(f"{path.stem}.report.html")


def print_score(score: TrackScore, truth: Path, days: bool) -> None:
    """``eval-track``'s figures on stdout (and each day's error with ``days``)."""
    if score.caravan_id is None:
        typer.echo(f"no caravan track overlaps the {score.truth_days} days of {truth}")
        return
    assert score.median_km is not None and score.share_within_50km is not None
    typer.echo(f"caravan: {score.caravan_name} ({score.caravan_id})")
    typer.echo(f"truth days inside its span: {score.overlap_days} of {score.truth_days}")
    typer.echo(f"median distance: {score.median_km:.1f} km")
    typer.echo(f"within 50 km: {score.share_within_50km:.0%} "
               f"({round(score.share_within_50km * score.overlap_days)} of "
               f"{score.overlap_days} days)")
    if days:
        for e in score.errors:
            typer.echo(f"  {e.date}  {e.km:8.1f} km  {e.kind:<12}  truth {e.truth_place}; "
                       f"track {e.track_place or '-'}")
