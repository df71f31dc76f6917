"""What the forgiving search reads of each live page (kept by `search_index`)."""

from django.db import models


class PageSearchTerms(models.Model):
    """A page's title and text as normalised words (`search_text.terms`), space-separated: a query
    compares them without loading and parsing the page itself."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="search_terms")
    title = models.TextField()
    text = models.TextField()
