import pytest

from tests.public_site.content import build_site


@pytest.fixture
def site(db):
    return build_site()
