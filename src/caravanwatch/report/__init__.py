"""The offline HTML report: one self-contained page with maps, timelines and sources.

- :mod:`.render` -- :class:`~.render.ReportData`, :func:`~.render.build_report_data` and
  :func:`~.render.render_report` (a pure function: records in, HTML string out)
- :mod:`.maps` -- a caravan's track over country outlines, as inline SVG
- :mod:`.charts` -- the timeline of happenings and the size-over-time chart
- :mod:`.basemap` -- the shipped Natural Earth outlines and the map projection
- :mod:`.svg` -- escaping, number formats, colours and markers shared by the drawings
"""
