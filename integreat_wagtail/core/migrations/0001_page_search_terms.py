"""The forgiving search's stored words; pg_trgm on PostgreSQL for its typo tolerance. Pages live
before this migration are indexed after `migrate` (post_migrate, with the models as they are then)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


class TrigramExtensionOnPostgres(TrigramExtension):
    """pg_trgm where the database is PostgreSQL; nothing elsewhere (SQLite)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    initial = True

    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [
        TrigramExtensionOnPostgres(),
        migrations.CreateModel(
            name="PageSearchTerms",
            fields=[
                ("page", models.OneToOneField(on_delete=models.deletion.CASCADE, primary_key=True, related_name="search_terms", serialize=False, to="wagtailcore.page")),
                ("title", models.TextField()),
                ("text", models.TextField()),
            ],
        ),
    ]
