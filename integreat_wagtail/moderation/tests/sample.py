"""A concrete ModeratedSubmission used only by the core's tests (table created by conftest)."""

from django.db import models

from integreat_wagtail.moderation.models import ModeratedSubmission, ModerationSettings


class SampleSubmission(ModeratedSubmission):
    moderation_plugin_key = ""
    personal_data_fields = ModeratedSubmission.personal_data_fields + ("street",)

    title = models.CharField(max_length=100)
    street = models.CharField(max_length=100, blank=True)
    purged_extra = models.BooleanField(default=False)

    class Meta:
        app_label = "moderation"
        managed = False  # no migration and no test-database serialization; root conftest creates it

    def __str__(self):
        return self.title

    def get_manage_url(self, token):
        return f"http://testserver/manage/{self.pk}/{token}/"

    def get_public_url(self):
        return f"http://testserver/offers/{self.pk}/"

    def get_moderation_settings(self):
        return ModerationSettings(expiry_days=30, reminder_days=5, retention_days=10)

    def purge_extra_personal_data(self):
        self.purged_extra = True
