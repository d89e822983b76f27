"""Extraction stage: from stored articles to caravan events, figures and quotes.

The stage is a chain of registered components (see :mod:`.components`) run over each
article's spaCy ``Doc`` by :func:`caravanwatch.extract.pipeline.extract_articles`:

- :mod:`.nlp` loads the spaCy pipeline (lazily, once, only the components used);
- :mod:`.triggers` finds words of departing, arriving, crossing, blocking... (lemma and
  dependency rules);
- :mod:`.events` ties each trigger to a migrant group and reads its place, date, size
  and origin;
- :mod:`.modality` tells planned events from actual ones;
- :mod:`.context` carries place and date across sentences and merges restatements;
- helpers over plain strings live in their own modules (:mod:`.dates`, :mod:`.numbers`,
  :mod:`.sizes`, :mod:`.places`), figures and quotes in :mod:`.figures` and :mod:`.quotes`;
- :mod:`.evaluate` scores a folder laid out like ``../shared/devset``.

Nothing is imported or loaded here: import the submodule you need.
"""
