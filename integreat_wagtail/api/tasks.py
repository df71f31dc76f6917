"""PDFs laid out in the task worker after a publish, so readers and apps find them ready (api/pdf.py).

A publish changes the published time of a page, so the cached PDFs that contain it are stale: the
whole tree of its language and its own subtree are laid out again here. Queued only where a worker
runs them (TASKS_BACKEND=database); with the immediate backend (demo, tests) every publish would
wait for the layouts, so there the first request lays a PDF out. Several publishes in a row queue
several tasks; a task finds the layouts of the newer state already stored and does nothing.
"""

from django.db import transaction
from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.models import Page

from integreat_wagtail.municipalities.pages import municipality_for

from . import pdf
from .content import MunicipalityContent


@task()
def prerender_pdfs_task(page_id):
    """Lay out and store the stale PDFs that contain page `page_id`; returns how many were laid out."""
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    municipality = municipality_for(page) if page is not None else None
    if municipality is None:
        return 0
    content = MunicipalityContent(municipality)
    code = page.locale.language_code
    if code not in content.roots:
        return 0
    info = content.info(page.pk)
    laid_out = 0
    for target in [None] + ([info] if info is not None else []):
        infos, title, source_url, _name = pdf.document(content, code, target)
        if infos and pdf.cached_pdf(content, code, infos, title) is None:
            pdf.render_and_store(content, code, infos, title, source_url)
            laid_out += 1
    return laid_out


def queue_pdf_layouts(sender, instance, **kwargs):
    """page_published: queue the PDFs of the page for the worker, once the publish is committed."""
    if isinstance(prerender_pdfs_task.get_backend(), ImmediateBackend):
        return
    transaction.on_commit(lambda: prerender_pdfs_task.enqueue(instance.pk))
