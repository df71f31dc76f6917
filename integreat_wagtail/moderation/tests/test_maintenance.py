"""Which models the daily `moderation_maintenance` job covers (the job itself: the plugins' tests)."""

from integreat_wagtail.moderation.management.commands.moderation_maintenance import moderated_models
from integreat_wagtail.moderation.models import ModeratedSubmission
from integreat_wagtail.plugins.registry import installed_plugins

from .sample import SampleSubmission


def test_every_plugins_moderated_model_and_nothing_else():
    found = moderated_models()
    expected = {
        (config.plugin_key, model)
        for config in installed_plugins()
        for model in config.get_models()
        if issubclass(model, ModeratedSubmission)
    }
    assert set(found) == expected
    assert SampleSubmission not in [model for _key, model in found]  # core model: no plugin, no gate


def test_the_job_and_the_admin_ask_the_gate_with_the_same_key():
    for key, model in moderated_models():
        assert model.moderation_plugin_key == key, model
