"""Which models the daily `moderation_maintenance` job covers (the job itself: the plugins' tests)."""

from django.apps import apps

from integreat_sample.models import SampleSubmission
from integreat_wagtail.moderation.management.commands.moderation_maintenance import moderated_models
from integreat_wagtail.moderation.models import ModeratedSubmission


def test_every_moderated_model_with_the_key_of_the_plugin_that_defines_it():
    expected = {
        (getattr(apps.get_containing_app_config(model.__module__), "plugin_key", None), model)
        for model in apps.get_models()
        if issubclass(model, ModeratedSubmission)
    }
    assert set(moderated_models()) == expected
    assert ("sample", SampleSubmission) in moderated_models()
