"""The public-site browser tests' content (the browser fixtures themselves live in fixtures.py)."""

import pytest

from tests.public_site.content import build_site


@pytest.fixture
def site(live_db):
    return build_site()
