"""Shared pytest fixtures: municipalities made by the real onboarding service, users per role."""

import pytest
from django.apps import apps
from django.db import connection

from tests.factories import make_municipality, make_user

pytest_plugins = ["tests.browser.fixtures"]

# Test-only models (declared in test modules, imported at collection) get their tables here, for
# every test database: other tests touch all registered models (flush, dashboards, references).
TEST_ONLY_MODELS = [("moderation", "SampleSubmission")]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        existing = set(connection.introspection.table_names())
        created = []
        with connection.schema_editor() as editor:
            for app_label, model_name in TEST_ONLY_MODELS:
                try:
                    model = apps.get_model(app_label, model_name)
                except LookupError:
                    continue
                if model._meta.db_table not in existing:
                    editor.create_model(model)
                    created.append(model._meta.db_table)
        drop_foreign_keys(created)
    yield


def drop_foreign_keys(tables):
    """A transactional test's flush truncates the managed tables only; on PostgreSQL a foreign key
    from an unmanaged test table into them (auth_user…) would make that TRUNCATE fail."""
    if connection.vendor == "sqlite":  # its flush deletes rows; foreign keys are not in the way
        return
    with connection.cursor() as cursor:
        for table in tables:
            for name, constraint in connection.introspection.get_constraints(cursor, table).items():
                if constraint["foreign_key"]:
                    cursor.execute(f"ALTER TABLE {connection.ops.quote_name(table)} DROP CONSTRAINT {connection.ops.quote_name(name)}")


@pytest.fixture
def municipality(db):
    """A town offering de, en, ar (source language German)."""
    return make_municipality("Aachtal", "aachtal", ["de", "en", "ar"])


@pytest.fixture
def other_municipality(db):
    return make_municipality("Birkenau", "birkenau", ["de", "en", "uk"])


@pytest.fixture
def platform_admin(db):
    return make_user("platform-admin", superuser=True)


@pytest.fixture
def editor(municipality):
    return make_user("aachtal-editor", municipality=municipality, role="editors")


@pytest.fixture
def moderator(municipality):
    return make_user("aachtal-moderator", municipality=municipality, role="moderators")


@pytest.fixture
def municipality_admin(municipality):
    return make_user("aachtal-admin", municipality=municipality, role="admins")


@pytest.fixture
def other_editor(other_municipality):
    return make_user("birkenau-editor", municipality=other_municipality, role="editors")
