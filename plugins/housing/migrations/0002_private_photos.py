"""Photos move to the private storage: until now they were public under /media/ in every state."""

from django.core.files.storage import storages
from django.db import migrations, models

import integreat_wagtail.core.storage
import plugins.housing.models


def _move(apps, source, target):
    """Copy each photo's file, then delete the original (a failed run can simply be repeated)."""
    HousingPhoto = apps.get_model("housing", "HousingPhoto")
    for name in HousingPhoto.objects.exclude(image="").values_list("image", flat=True).iterator():
        if not source.exists(name):
            continue
        if not target.exists(name):
            with source.open(name, "rb") as file:
                target.save(name, file)
        source.delete(name)


def to_private(apps, schema_editor):
    _move(apps, storages["default"], integreat_wagtail.core.storage.private_storage())


def to_public(apps, schema_editor):
    _move(apps, integreat_wagtail.core.storage.private_storage(), storages["default"])


class Migration(migrations.Migration):

    dependencies = [
        ('housing', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='housingphoto',
            name='image',
            field=models.ImageField(height_field='height', storage=integreat_wagtail.core.storage.private_storage, upload_to=plugins.housing.models.photo_path, verbose_name='photo', width_field='width'),
        ),
        migrations.RunPython(to_private, to_public),
    ]
