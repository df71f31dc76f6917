"""Which models the daily `moderation_maintenance` job covers (the job itself: the plugins' tests)."""

from integreat_wagtail.moderation.management.commands.moderation_maintenance import moderated_models


def test_every_plugins_moderated_model_with_its_plugins_key():
    """The plugins installed for the tests, by hand: each moderated model under the key of the
    plugin that defines it (the one source of truth, `plugin_for_model`)."""
    found = sorted((key, model._meta.label) for key, model in moderated_models())
    assert found == [
        ("housing", "housing.HousingOffer"),
        ("labour", "labour.JobOffer"),
        ("sample", "integreat_sample.SampleSubmission"),
    ]
