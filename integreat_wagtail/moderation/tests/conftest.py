import pytest

from .sample import SampleSubmission  # noqa: F401 - registers the test model (table: root conftest)


@pytest.fixture(autouse=True)
def fresh_content_types():
    """The test model's content type is created inside each test's transaction: forget cached ids."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()
