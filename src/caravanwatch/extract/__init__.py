"""Extraction stage: turn one article's text into events, figures and quotes.

Helpers over plain strings live in their own modules (``dates``, ``numbers``,
``sizes``); the spaCy-based extractors build on them.
"""
