"""Translating a whole section runs as a background task (django-tasks), not in the editor's request.

A section of a hundred pages with machine translation makes a hundred calls to the translation
service and takes minutes: in a request it would hold a gunicorn worker and run into its timeout.
The admin action checks the request (`subtree.check_request`) and enqueues this task; the task
worker (`manage.py db_worker`) runs it. With the immediate backend (demo, tests) it runs at once.
"""

import logging

from django.contrib.auth import get_user_model
from django_tasks import task
from wagtail.models import Page

from .subtree import translate_subtree

logger = logging.getLogger(__name__)


@task()
def translate_subtree_task(page_id, language_code, user_id):
    """Run `translate_subtree` in the user's name, if the page still exists and the user may still edit it.

    Returns the counts the admin shows; a refused or failed run raises, so the task result says FAILED.
    """
    page = Page.objects.filter(pk=page_id).specific().first()
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if page is None or user is None or not page.permissions_for_user(user).can_edit():
        raise PermissionError(f"User {user_id} may not translate page {page_id} (any more).")
    result = translate_subtree(page, language_code, user=user)
    logger.info(
        "Translated page %s and its subpages into %s: %d drafts (%d machine-translated), %d already translated",
        page_id, language_code, len(result.created), result.machine_translated, result.already_translated,
    )
    return {
        "created": len(result.created),
        "machine_translated": result.machine_translated,
        "already_translated": result.already_translated,
    }
