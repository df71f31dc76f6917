import pytest
from django.db import connection

from .sample import SampleSubmission


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Create the test-only model's table once per test database."""
    with django_db_blocker.unblock():
        with connection.schema_editor() as editor:
            editor.create_model(SampleSubmission)
    yield


@pytest.fixture(autouse=True)
def fresh_content_types():
    """The test model's content type is created inside each test's transaction: forget cached ids."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()
