"""API content of the sample plugin: /api/v3/{r}/{l}/sample/notes/ where the plugin is on."""

from .models import SampleNote


def notes(municipality, language_code, request):
    return [{"id": note.pk, "text": note.text} for note in SampleNote.objects.filter(municipality=municipality)]
