"""Locations (points of interest): a core model shared by every plugin (events, labour, housing…)."""
