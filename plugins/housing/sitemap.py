"""Each live housing offer's page in the sitemap."""

from .models import HousingIndexPage, HousingOffer


def sub_paths(page, municipality):
    """{key: sub-path} below the housing section: the same offer id in every language."""
    if not issubclass(page.specific_class, HousingIndexPage):
        return {}
    offers = HousingOffer.objects.live().filter(municipality=municipality).values_list("pk", flat=True)
    return {f"offer-{pk}": f"{pk}/" for pk in offers}
