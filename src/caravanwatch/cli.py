"""The ``caravanwatch`` command line: one subcommand per stage, ``run`` for all of them.

Data goes to stdout; logs, progress and summaries to stderr.  Errors the package raises on
purpose (:class:`CaravanwatchError`) print one line and exit 2 (with the traceback under
``-v``); ``--strict`` makes any skipped input exit 1.  This is the only module that
configures logging.
"""

from __future__ import annotations

import datetime as dt
import logging
import shlex
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from caravanwatch import cli_link as links
from caravanwatch.config import DEFAULT_DB, DEMO_DB, Settings, settings_from_env
from caravanwatch.errors import CaravanwatchError, ConfigError, StoreError

if TYPE_CHECKING:
    from rich.console import Console

    from caravanwatch.ingest.pipeline import IngestSummary
    from caravanwatch.store import Store

logger = logging.getLogger(__name__)

app = typer.Typer(
    name="caravanwatch",
    help="Track migrant caravans from the news: ingest, extract, link, report.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

# Exit codes: 1 = --strict and something was skipped; 2 = a usage or data error.
EXIT_SKIPPED = 1
EXIT_ERROR = 2

_state: dict[str, int] = {"verbose": 0}
_CHATTY_LIBRARIES = ("trafilatura", "htmldate", "charset_normalizer", "feedparser", "warcio")

Verbose = Annotated[
    int, typer.Option("-v", "--verbose", count=True, help="Log to stderr (-vv for debug).")
]
Db = Annotated[str, typer.Option("--db", help="DuckDB database file.", envvar="CARAVANWATCH_DB")]


def _configure_logging(verbose: int) -> None:
    _state["verbose"] = max(_state["verbose"], verbose)
    level = {0: logging.WARNING, 1: logging.INFO}.get(_state["verbose"], logging.DEBUG)
    logging.basicConfig(
        level=level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    # Libraries' own warnings ("discarding data: None" for every page without a main
    # text) repeat what the skipped table says; show them only under -v.
    for name in _CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.ERROR if _state["verbose"] == 0 else level)


def _console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn our own errors into one line on stderr and exit code 2."""
    try:
        yield
    except CaravanwatchError as exc:
        if _state["verbose"]:
            logger.exception("%s", type(exc).__name__)
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        typer.echo(
            "interrupted: every committed batch is kept; run the same command to resume",
            err=True,
        )
        raise typer.Exit(130) from None


def _settings() -> Settings:
    return settings_from_env()


def _require_links(store: Store, db: str) -> None:
    if not store.has_links():
        raise StoreError(f"nothing linked in {db!r} yet; run `caravanwatch link --db {db}`")


def _existing_db(db: str) -> str:
    if db != ":memory:" and not Path(db).expanduser().exists():
        raise StoreError(f"no database at {db!r}; create it with `caravanwatch ingest ... --db {db}`")
    return db


@app.callback()
def _root(verbose: Verbose = 0) -> None:
    """caravanwatch: sourced, linked events about migrant caravans from the news."""
    _state["verbose"] = 0
    _configure_logging(verbose)


# -- ingest ---------------------------------------------------------------------------


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--published {value!r} is not a date; use YYYY-MM-DD") from None


def _sources(raw: list[str]) -> list[str]:
    """Local paths made absolute (so reruns from elsewhere match), URLs as given."""
    out = []
    for s in raw:
        if "://" not in s and Path(s).expanduser().exists():
            out.append(str(Path(s).expanduser().resolve()))
        else:
            out.append(s)
    return out


def _read_options(
    settings: Settings,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    fetch: bool = True,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> Any:
    from caravanwatch.ingest.sources import ReadOptions

    if max_bytes is not None and max_bytes <= 0:
        raise ConfigError(f"--max-bytes {max_bytes} must be positive")
    return ReadOptions(
        published=_parse_date(published),
        outlet=outlet,
        url=url,
        allow_fetch=fetch,
        timeout=timeout if timeout is not None else settings.timeout,
        max_bytes=max_bytes if max_bytes is not None else settings.max_bytes,
        user_agent=settings.user_agent,
    )


def _ingest(store: Store, sources: list[str], options: Any, settings: Settings) -> IngestSummary:
    from caravanwatch.ingest.pipeline import ingest as run_ingest

    run_id = store.start_run("ingest " + " ".join(shlex.quote(s) for s in sources))
    summary = run_ingest(sources, store, options, progress=True, batch_size=settings.ingest_batch)
    store.finish_run(run_id, summary.as_dict())
    _print_ingest_summary(summary, store)
    return summary


def _print_ingest_summary(summary: IngestSummary, store: Store) -> None:
    from rich.table import Table

    def by(counter: Counter[str]) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(counter.items())) or "-"

    counts = store.counts()
    table = Table(title="ingest summary", show_header=False, title_justify="left", box=None)
    table.add_column(style="bold")
    table.add_column()
    table.add_row("stored", f"{summary.stored} ({summary.duplicates} near-duplicates)")
    table.add_row("already present", str(summary.already_present))
    table.add_row("skipped", f"{summary.skipped_total} ({by(summary.skipped)})")
    table.add_row("languages", by(summary.languages))
    table.add_row("database", store.path)
    table.add_row(
        "in database",
        f"{counts['articles']} articles ({counts['duplicates']} duplicates), "
        f"{counts['skipped']} skipped inputs",
    )
    _console().print(table)


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs or feed URLs.")],
    db: Db = DEFAULT_DB,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs without one.")
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for inputs without one.")] = None,
    url: Annotated[str | None, typer.Option(help="URL for inputs without one.")] = None,
    fetch: Annotated[
        bool, typer.Option("--fetch/--no-fetch", help="Allow network fetches (URLs, feeds).")
    ] = True,
    strict: Annotated[bool, typer.Option(help="Exit 1 if any input is skipped.")] = False,
    max_bytes: Annotated[int | None, typer.Option(help="Largest input accepted.")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds per HTTP fetch.")] = None,
    verbose: Verbose = 0,
) -> None:
    """Read news into the database: text (+ index.tsv), HTML, RSS/Atom, WARC, JSONL, URLs."""
    _configure_logging(verbose)
    with _errors():
        settings = _settings()
        options = _read_options(settings, published, outlet, url, fetch, max_bytes, timeout)
        from caravanwatch.store import Store

        with Store.open(db) as store:
            summary = _ingest(store, _sources(sources), options, settings)
    if strict and summary.skipped_total:
        raise typer.Exit(EXIT_SKIPPED)


# -- extract, eval --------------------------------------------------------------------


def _extract(store: Store, language: str | None, force: bool, settings: Settings) -> None:
    from caravanwatch.extract.pipeline import extract_articles

    run_id = store.start_run("extract" + (f" --language {language}" if language else ""))
    articles = store.iter_articles(language=language, not_extracted=not force)
    status: Counter[str] = Counter()
    rows = Counter[str]()
    pending = []
    for extraction in extract_articles(articles, batch_size=settings.extract_batch):
        key = extraction.status if extraction.status == "extracted" else (
            f"not extracted ({extraction.reason or 'no reason'})"
        )
        status[key] += 1
        rows.update(
            events=len(extraction.events),
            figures=len(extraction.figures),
            quotes=len(extraction.quotes),
        )
        pending.append(extraction)
        if len(pending) >= settings.extract_batch:
            store.save_extractions(pending)
            logger.info("committed %d extractions", len(pending))
            pending = []
    store.save_extractions(pending)
    store.finish_run(run_id, {"status": dict(status), "rows": dict(rows)})
    parts = ", ".join(f"{k} {v}" for k, v in sorted(status.items())) or "nothing to extract"
    _console().print(
        f"[bold]extract[/bold]: {parts}; {rows['events']} events, {rows['figures']} figures, "
        f"{rows['quotes']} quotes"
    )


@app.command()
def extract(
    db: Db = DEFAULT_DB,
    language: Annotated[str | None, typer.Option(help="Only articles in this language.")] = None,
    force: Annotated[bool, typer.Option(help="Re-extract articles already extracted.")] = False,
    verbose: Verbose = 0,
) -> None:
    """Extract events, figures and quotes from the stored articles."""
    _configure_logging(verbose)
    with _errors():
        from caravanwatch.store import Store

        with Store.open(_existing_db(db)) as store:
            _extract(store, language, force, _settings())


@app.command("eval")
def eval_(
    folder: Annotated[Path, typer.Argument(help="A folder laid out like shared/devset.")],
    language: Annotated[str | None, typer.Option(help="Only articles in this language.")] = None,
    out: Annotated[
        Path | None, typer.Option(help="Write one prediction JSON per article here.")
    ] = None,
    scorer: Annotated[
        Path | None,
        typer.Option(envvar="CARAVANWATCH_SCORER",
                     help="The scorer, score.py [default: FOLDER/../annotation/score.py]."),
    ] = None,
    verbose: Verbose = 0,
) -> None:
    """Score the extractor against a gold folder (articles/, index.tsv, gold/)."""
    _configure_logging(verbose)
    with _errors():
        from caravanwatch.extract.evaluate import run_eval

        result = run_eval(folder, language, out, scorer=scorer)
        typer.echo(result.report)


# -- link, caravans, corrections, eval-track, report ----------------------------------


@app.command()
def link(db: Db = DEFAULT_DB, verbose: Verbose = 0) -> None:
    """Link events across articles into happenings, caravans and day-by-day tracks."""
    _configure_logging(verbose)
    with _errors():
        from caravanwatch.store import Store

        with Store.open(_existing_db(db)) as store:
            summary = links.link(store)
        links.print_caravans(summary.caravans)


@app.command()
def caravans(
    db: Db = DEFAULT_DB,
    happenings: Annotated[
        bool, typer.Option("--happenings", help="Also list each caravan's happenings (ids for `split`).")
    ] = False,
    verbose: Verbose = 0,
) -> None:
    """List the linked caravans: name, dates, number of happenings and sources."""
    _configure_logging(verbose)
    with _errors():
        from caravanwatch.store import Store

        with Store.open(_existing_db(db)) as store:
            _require_links(store, db)
            links.print_caravans(store.caravan_rows())
            if happenings:
                links.print_happenings(store)


@app.command()
def merge(
    caravan_id: Annotated[str, typer.Argument(help="The caravan to merge (see `caravans`).")],
    into_caravan_id: Annotated[str, typer.Argument(help="The caravan it joins.")],
    db: Db = DEFAULT_DB,
    verbose: Verbose = 0,
) -> None:
    """Merge one caravan into another; stored as a correction that survives re-linking."""
    _configure_logging(verbose)
    with _errors():
        from caravanwatch.link.caravans import Merge
        from caravanwatch.store import Store

        if caravan_id == into_caravan_id:
            raise ConfigError(f"cannot merge caravan {caravan_id!r} into itself")
        with Store.open(_existing_db(db)) as store:
            source, target = links.find_caravan(store, caravan_id), links.find_caravan(store, into_caravan_id)
            links.correct(store, Merge(links.anchor_happening(store, source), links.anchor_happening(store, target)))


@app.command()
def split(
    caravan_id: Annotated[str, typer.Argument(help="The caravan to split (see `caravans`).")],
    happening_ids: Annotated[
        list[str], typer.Argument(help="Its happenings that form a new caravan (`caravans --happenings`).")
    ],
    name: Annotated[str | None, typer.Option(help="Name of the new caravan.")] = None,
    db: Db = DEFAULT_DB,
    verbose: Verbose = 0,
) -> None:
    """Move some happenings of a caravan into a new caravan; survives re-linking."""
    _configure_logging(verbose)
    with _errors():
        from caravanwatch.link.caravans import Split
        from caravanwatch.store import Store

        with Store.open(_existing_db(db)) as store:
            caravan = links.find_caravan(store, caravan_id)
            foreign = [h for h in happening_ids if h not in caravan.happening_ids]
            if foreign:
                raise ConfigError(
                    f"happening(s) {', '.join(foreign)} not in caravan {caravan_id!r}; list "
                    f"its happenings with `caravanwatch caravans --happenings --db {db}`"
                )
            if set(happening_ids) == set(caravan.happening_ids) and name is None:
                raise ConfigError(
                    f"that is every happening of {caravan_id!r}: nothing to split off "
                    "(use --name to rename it)"
                )
            links.correct(store, Split(tuple(dict.fromkeys(happening_ids)), name))


@app.command("eval-track")
def eval_track(
    truth: Annotated[Path, typer.Argument(help="Truth CSV: date,place,country,lat,lon,...")],
    db: Db = DEFAULT_DB,
    days: Annotated[bool, typer.Option("--days", help="Also print the error of each day.")] = False,
    verbose: Verbose = 0,
) -> None:
    """Score the stored tracks against a day-by-day ground truth of one caravan."""
    _configure_logging(verbose)
    with _errors():
        from caravanwatch.link.evaluate import evaluate_track
        from caravanwatch.store import Store

        with Store.open(_existing_db(db)) as store:
            _require_links(store, db)
            tracks = store.load_tracks()
        links.print_score(evaluate_track(truth, tracks), truth, days)


@app.command()
def report(
    db: Db = DEFAULT_DB,
    out: Annotated[Path, typer.Option(help="Report file.")] = Path("report.html"),
    verbose: Verbose = 0,
) -> None:
    """Write the self-contained offline HTML report (links first if nothing is linked)."""
    _configure_logging(verbose)
    with _errors():
        from caravanwatch.store import Store

        with Store.open(_existing_db(db)) as store:
            links.write_report(store, out)


# -- export ---------------------------------------------------------------------------


@app.command()
def export(
    table: Annotated[
        str, typer.Argument(help="tracks, or a table: articles, events, happenings, caravans...")
    ],
    db: Db = DEFAULT_DB,
    fmt: Annotated[
        str, typer.Option("--format", help="csv, jsonl or parquet; tracks: geojson or csv.")
    ] = "csv",
    out: Annotated[
        Path | None,
        typer.Option(help="Output file; csv/jsonl go to stdout without it, parquet to TABLE.parquet."),
    ] = None,
    verbose: Verbose = 0,
) -> None:
    """Write a table as CSV, JSON Lines or Parquet, or the tracks as GeoJSON or CSV."""
    _configure_logging(verbose)
    with _errors():
        from caravanwatch.store import EXPORT_FORMATS, TABLES, Store

        if table == "tracks":
            with Store.open(_existing_db(db)) as store:
                links.export_tracks(store, fmt, out)
            return
        if fmt not in EXPORT_FORMATS:
            raise ConfigError(f"--format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
        if table not in TABLES:
            raise ConfigError(
                f"unknown table {table!r}: choose tracks or one of {', '.join(TABLES)}")
        with Store.open(_existing_db(db)) as store:
            if out is None and fmt == "parquet":
                out = Path(f"{table}.parquet")
            if out is not None:
                store.export(table, fmt, out)
                typer.echo(f"wrote {out}", err=True)
                return
            with tempfile.TemporaryDirectory(prefix="caravanwatch-export-") as tmp:
                path = store.export(table, fmt, Path(tmp) / f"{table}.{fmt}")
                with path.open("r", encoding="utf-8") as fh:
                    shutil.copyfileobj(fh, sys.stdout)
                sys.stdout.flush()


# -- run, demo ------------------------------------------------------------------------


ReportOption = Annotated[
    Path | None, typer.Option("--report", help="Report file [default: DB_NAME.report.html beside the db].")
]


def _run(
    sources: list[str], db: str, options: Any, settings: Settings, report_path: Path | None
) -> IngestSummary:
    from caravanwatch.store import Store

    with Store.open(db) as store:
        summary = _ingest(store, sources, options, settings)
        _extract(store, None, False, settings)
        link_summary = links.link(store)
        links.write_report(store, report_path or links.default_report(db))
    links.print_caravans(link_summary.caravans)
    return summary


@app.command()
def run(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs or feed URLs.")],
    db: Db = DEFAULT_DB,
    fetch: Annotated[bool, typer.Option("--fetch/--no-fetch", help="Allow network fetches.")] = True,
    strict: Annotated[bool, typer.Option(help="Exit 1 if any input is skipped.")] = False,
    report_path: ReportOption = None,
    verbose: Verbose = 0,
) -> None:
    """Run every stage in order: ingest, extract, link, report."""
    _configure_logging(verbose)
    with _errors():
        settings = _settings()
        summary = _run(
            _sources(sources), db, _read_options(settings, fetch=fetch), settings, report_path)
    if strict and summary.skipped_total:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="DuckDB database file.")] = DEMO_DB,
    report_path: ReportOption = None,
    verbose: Verbose = 0,
) -> None:
    """Run the whole pipeline on the built-in sample corpus (fictional caravan)."""
    _configure_logging(verbose)
    with _errors():
        from importlib.resources import as_file, files

        sample = files("caravanwatch") / "data" / "sample"
        with as_file(sample) as folder:
            if not Path(folder).is_dir() or not any(Path(folder).iterdir()):
                raise CaravanwatchError(f"the sample corpus is missing from {folder}; "
                                        "reinstall caravanwatch")
            settings = _settings()
            # The sample is offline by design: never fetch while running the demo.
            _run([str(folder)], db, _read_options(settings, fetch=False), settings, report_path)


# -- serve ----------------------------------------------------------------------------


@app.command()
def serve(
    db: Db = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Accept uploads and URLs (needs --token).")
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(help="Bearer token for ingest.", envvar="CARAVANWATCH_TOKEN",
                     show_envvar=True),
    ] = None,
    allow_private_urls: Annotated[
        bool, typer.Option("--allow-private-urls", help="Let ingest fetch private addresses.")
    ] = False,
    verbose: Verbose = 0,
) -> None:
    """Serve the database as web pages and a JSON API (read-only unless --allow-ingest)."""
    _configure_logging(verbose)
    with _errors():
        import uvicorn

        from caravanwatch.web.app import create_app

        web = create_app(_existing_db(db), allow_ingest=allow_ingest, token=token,
                         allow_private_urls=allow_private_urls)
        typer.echo(f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(web, host=host, port=port, log_level="info" if verbose else "warning")


def main() -> None:
    """Entry point for ``python -m caravanwatch``."""
    app(prog_name="caravanwatch")
