"""Ingest: turn files, folders, feeds, WARCs, JSON lines and URLs into :class:`Draft` records.

Readers live in one module per input kind (``text``, ``html``, ``feeds``, ``warc``,
``jsonl``); :func:`caravanwatch.ingest.sources.iter_drafts` walks sources and dispatches
to them.  Nothing is imported here so that ``import caravanwatch.ingest`` stays cheap.
"""
