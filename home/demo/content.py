"""The demo's content, read from the YAML files in `data/` (see the comments at the top of each)."""

from pathlib import Path

from integreat_wagtail.core.demo_data import read_demo_data

DATA = Path(__file__).with_name("data")


def municipalities():
    """The demo municipalities, a county before its towns."""
    return read_demo_data(DATA, "municipalities")


def topics():
    """The topic trees created below every municipality, as written for Germany."""
    return read_demo_data(DATA, "topics")


def country_overrides(country):
    """The texts that differ in a country, by slug path (`data/countries/<country>.yaml`)."""
    return read_demo_data(DATA / "countries", country)
