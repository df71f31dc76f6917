from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('municipalities', '0005_municipality_machine_translation_budget'),
    ]

    operations = [
        migrations.AddField(
            model_name='municipality',
            name='is_template',
            field=models.BooleanField(default=False, help_text='A tree the platform maintains for new municipalities to start from: hidden from readers, the API, the sitemap and search.', verbose_name='platform template'),
        ),
    ]
