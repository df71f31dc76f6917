"""Optional plugins shipped with the distribution; each is a Django app found via entry points."""
