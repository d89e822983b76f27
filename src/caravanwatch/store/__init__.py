"""The store stage: DuckDB behind :class:`Store`, schema versioned by migrations."""

from caravanwatch.store.duck import EXPORT_FORMATS, Store, row_id
from caravanwatch.store.links import LINK_TABLES, CaravanRow, StoredCorrection
from caravanwatch.store.migrations import LATEST_VERSION, TABLES

__all__ = [
    "EXPORT_FORMATS", "LATEST_VERSION", "LINK_TABLES", "TABLES", "CaravanRow", "Store",
    "StoredCorrection", "row_id",
]
