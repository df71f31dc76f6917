"""The work section's sub-routes the reader reads (counselling, jobs, each job offer) in the sitemap."""

from .models import JobOffer, LabourIndexPage


def sub_paths(page, municipality):
    """{key: sub-path} below a work section: the same offer id in every language."""
    if not issubclass(page.specific_class, LabourIndexPage):
        return {}
    offers = JobOffer.objects.live().filter(municipality=municipality).values_list("pk", flat=True)
    return {"counselling": "counselling/", "jobs": "jobs/", **{f"job-{pk}": f"jobs/{pk}/" for pk in offers}}
