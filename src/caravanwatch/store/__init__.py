"""The store stage: DuckDB behind :class:`Store`, schema versioned by migrations."""

from caravanwatch.store.duck import EXPORT_FORMATS, Store, row_id
from caravanwatch.store.migrations import LATEST_VERSION, TABLES

__all__ = ["EXPORT_FORMATS", "LATEST_VERSION", "TABLES", "Store", "row_id"]
