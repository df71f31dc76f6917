"""Values from query strings and bodies, checked before use.

`str.isdigit()` is true for "²" and "٣", which int() refuses, and int() refuses more than 4,300
digits: ids are ASCII digits of a size a database key can have, anything else is "no id".
"""

MAX_ID = 2**63 - 1


def parse_id(value):
    """The database id `value` spells (1 … 2⁶³−1), or None."""
    if not isinstance(value, str) or not (value.isascii() and value.isdigit()) or len(value) > 19:
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


def contains_nul(value):
    """True if a string anywhere in `value` (parsed JSON) has a NUL, which PostgreSQL cannot store."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(contains_nul(key) or contains_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(contains_nul(item) for item in value)
    return False
