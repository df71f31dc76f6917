"""The link checker as a background task (django-tasks), for a scheduler or the admin to enqueue.

A run makes up to `INTEGREAT_LINKCHECK_MAX_PER_RUN` requests at a polite rate per host: minutes,
which belong in the task worker (`manage.py db_worker`), not in a web request.
"""

from django_tasks import task

from integreat_wagtail.municipalities.models import Municipality

from .checks import RunOptions, check_all


@task()
def check_links_task(municipality_slug=None, rate=None, timeout=None, limit=None):
    """Check the links of one municipality (all without a slug); {slug: counts} for the task result."""
    municipalities = Municipality.objects.order_by("slug")
    if municipality_slug is not None:
        municipalities = municipalities.filter(slug=municipality_slug)
    options = RunOptions.from_settings(rate=rate, timeout=timeout, limit=limit)
    summaries = check_all(municipalities, options)
    return {slug: vars(summary) for slug, summary in summaries.items()}
