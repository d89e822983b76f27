"""Linking: per-article events become happenings, caravans and day-by-day tracks.

Pure functions over plain frozen records, in pipeline order:

- :mod:`.happenings` -- reports of the same happening across articles -> :class:`Happening`
- :mod:`.caravans` -- happenings -> :class:`Caravan` (path continuation, naming, corrections)
- :mod:`.tracks` -- caravan -> :class:`Track` of observed and interpolated :class:`TrackPoint`
- :mod:`.evaluate` -- a track against a ground-truth CSV -> :class:`TrackScore`
- :mod:`.geo` and :mod:`.roads` -- distances, feasible speeds, the corridor's road network
"""
