from django.db import migrations


def let_observers_explore(apps, schema_editor):
    """Observers' groups made before observers could explore get `view_page` on the root pages
    (roles.OBSERVERS.page_permissions, read by municipalities/page_policy.py). Root pages are found
    as in 0003: where the editors group holds add_page."""
    Municipality = apps.get_model("municipalities", "Municipality")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Permission = apps.get_model("auth", "Permission")
    view_page = Permission.objects.filter(content_type__app_label="wagtailcore", codename="view_page").first()
    if view_page is None:
        return
    for municipality in Municipality.objects.exclude(observers_group=None):
        root_page_ids = GroupPagePermission.objects.filter(
            group_id=municipality.editors_group_id, permission__codename="add_page"
        ).values_list("page_id", flat=True)
        for page_id in set(root_page_ids):
            GroupPagePermission.objects.get_or_create(
                group_id=municipality.observers_group_id, page_id=page_id, permission=view_page
            )


class Migration(migrations.Migration):

    dependencies = [
        ("municipalities", "0003_publishing_workflows"),
    ]

    operations = [
        migrations.RunPython(let_observers_explore, migrations.RunPython.noop),
    ]
