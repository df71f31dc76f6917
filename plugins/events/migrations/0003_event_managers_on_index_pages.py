from django.db import migrations

# roles.EVENT_MANAGERS.plugin_page_permissions when this migration was written.
CODENAMES = ("add_page", "change_page", "publish_page")


def open_index_pages_to_event_managers(apps, schema_editor):
    """Events index pages created before `role_index_pages` existed: their municipality's event
    managers get what new index pages give them (plugins/role_pages.py)."""
    EventIndexPage = apps.get_model("events", "EventIndexPage")
    MunicipalityPage = apps.get_model("home", "MunicipalityPage")
    Municipality = apps.get_model("municipalities", "Municipality")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=CODENAMES))
    for index in EventIndexPage.objects.all():
        municipality_id = MunicipalityPage.objects.filter(path=index.path[:12]).values_list("municipality_id", flat=True).first()
        group_id = Municipality.objects.filter(pk=municipality_id).values_list("event_managers_group_id", flat=True).first()
        if group_id is None:
            continue
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group_id=group_id, page_id=index.pk, permission=permission)


class Migration(migrations.Migration):

    dependencies = [
        ("events", "0002_last_date_of_moved_multi_day_dates"),
        ("home", "0003_news_pages"),
        ("municipalities", "0002_role_groups"),
    ]

    operations = [
        migrations.RunPython(open_index_pages_to_event_managers, migrations.RunPython.noop),
    ]
