"""The admin isolation table: every admin URL pattern, filled with another municipality's ids.

`patterns` enumerates the admin's URL patterns from the resolver, `world` builds the other
municipality's objects (each carrying a unique marker) and fingerprints its data, `filling`
fills each pattern's arguments with those objects, `verdict` judges a response and renders the
table. `tests/test_admin_isolation_table.py` puts them together.
"""
