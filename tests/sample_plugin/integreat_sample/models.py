from django.db import models
from wagtail.models import Page
from wagtail.search import index

from home.models import TrustedPage
from integreat_wagtail.plugins.pages import PluginPageMixin


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
