"""Which models the daily `moderation_maintenance` job covers (the job itself: the plugins' tests)."""

from integreat_wagtail.moderation.management.commands.moderation_maintenance import moderated_models


def test_every_plugins_moderated_model_and_nothing_else():
    """The plugins installed for the tests, by hand: the core's test model has no plugin and no gate."""
    found = [(key, model._meta.label) for key, model in moderated_models()]
    assert found == [("housing", "housing.HousingOffer"), ("labour", "labour.JobOffer")]


def test_the_job_and_the_admin_ask_the_gate_with_the_same_key():
    for key, model in moderated_models():
        assert model.moderation_plugin_key == key, model
