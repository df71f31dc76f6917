"""Demo data of the sample plugin: `manage.py load_demo` calls `load_demo` where the plugin is on."""

from integreat_wagtail.moderation import services

from .models import SampleNote, SampleSubmission


def load_demo(municipality):
    """A note and a pending submission; idempotent."""
    SampleNote.objects.get_or_create(municipality=municipality, text="Town hall closed on Friday")
    if not SampleSubmission.objects.filter(municipality=municipality).exists():
        services.submit(SampleSubmission(municipality=municipality, title="Bicycle repair café"), language_code="de")
