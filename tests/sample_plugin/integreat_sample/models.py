from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Page
from wagtail.search import index

from home.models import TrustedPage
from integreat_wagtail.moderation.models import ModeratedSubmission, ModerationSettings, SubmissionTranslation
from integreat_wagtail.plugins.pages import PluginPageMixin, index_page


class SampleNoticePage(PluginPageMixin, TrustedPage):
    """A notice page; only creatable and served where the plugin is on."""

    text = models.TextField(blank=True)

    parent_page_types = ["home.MunicipalityPage"]
    search_fields = Page.search_fields + [index.SearchField("text")]
    template = "integreat_sample/sample_notice_page.html"


class SampleNote(models.Model):
    """A municipality-owned snippet (scoped in the admin)."""

    municipality = models.ForeignKey("municipalities.Municipality", on_delete=models.CASCADE)
    text = models.CharField(max_length=200)

    def __str__(self):
        return self.text


class SampleSubmission(ClusterableModel, ModeratedSubmission):
    """A notice the public submits and the municipality's moderators publish."""

    personal_data_fields = ModeratedSubmission.personal_data_fields + ("street",)

    title = models.CharField(max_length=100)
    street = models.CharField(max_length=100, blank=True)
    purged_extra = models.BooleanField(default=False)

    def __str__(self):
        return self.title

    def _url(self, *parts):
        """Absolute URL under the municipality's notice page; None while it has none."""
        page = index_page(SampleNoticePage, self.municipality, self.submitter_language, self.municipality.default_language)
        base = page.get_full_url() if page else None
        return base and base + "/".join(str(part) for part in parts) + "/"

    def get_manage_url(self, token):
        return self._url("manage", self.pk, token)

    def get_public_url(self):
        return self._url("submissions", self.pk)

    def get_moderation_settings(self):
        return ModerationSettings(expiry_days=30, reminder_days=5, retention_days=10)

    def purge_extra_personal_data(self):
        self.purged_extra = True
        self.translations.all().delete()


class SampleSubmissionTranslation(SubmissionTranslation):
    submission = ParentalKey(SampleSubmission, on_delete=models.CASCADE, related_name="translations")
