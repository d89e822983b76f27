"""caravanwatch: track migrant caravans from the news.

Pipeline stages, each a subpackage of plain functions over plain records
(:mod:`caravanwatch.records`): ``ingest`` -> ``extract`` -> ``link`` -> ``compare`` ->
``report`` / ``web``; ``store`` keeps everything in DuckDB.
"""

__version__ = "0.1.0"
