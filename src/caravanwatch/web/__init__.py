"""The web stage: ``caravanwatch serve``, HTML pages and a JSON API over the database.

- :mod:`.app` -- :func:`~.app.create_app`, middleware (body cap, security headers) and
  error handlers
- :mod:`.db` -- the shared connection: a cursor per request, a lock for writes
- :mod:`.caravans`, :mod:`.articles`, :mod:`.outlets`, :mod:`.search`, :mod:`.downloads`
  -- routes with their queries; :mod:`.models` -- the JSON response models
- :mod:`.highlight` -- an article's text with its extracted spans marked

Nothing is imported at package import time; ``from caravanwatch.web.app import create_app``.
"""
