"""Create wagtail-localize translations and publish them at once.

wagtail-localize publishes a new translation with transaction.on_commit, using a page object
loaded before the commit. When more pages are added in the same transaction (onboarding, demo
data), that late publish writes back stale tree counters and hides the new children. Publishing
right away, from a fresh copy of the page, avoids it.
"""

from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import Translation, TranslationSource


def translate_and_publish(instance, locale, user=None):
    """Create or update the translation of `instance` into `locale` and publish it now."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    # Pages and other models with drafts are published below; snippets without drafts are saved live.
    translated, _ = source.create_or_update_translation(
        locale, user=user, publish=not isinstance(instance, DraftStateMixin), fallback=True, copy_parent_pages=False
    )
    if isinstance(translated, Page):
        fresh = Page.objects.get(pk=translated.pk).specific
        # Callers are services acting for an authorised user (onboarding, adding a language);
        # the new page has no page permissions yet, so Wagtail's own check would refuse it.
        fresh.get_latest_revision().publish(user=user, skip_permission_checks=True)
        return fresh
    return translated
