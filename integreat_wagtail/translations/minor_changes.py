"""Minor source changes (typo fixes) that leave translations up to date.

Whoever publishes a source page may tick "Minor change" next to the publish button. The publish
is then recorded in the page's history with one more log entry, `MINOR_CHANGE_ACTION`, pointing at
the published revision; `states.py` skips publishes of such revisions when it decides whether a
translation is outdated. The flag lives in Wagtail's audit log, so it is visible in the history
and nothing is stored twice.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.log_actions import log

MINOR_CHANGE_ACTION = "integreat_translations.minor_change"
MINOR_CHANGE_FIELD = "minor_change"


class MinorChangeMenuItem(ActionMenuItem):
    """A checkbox in the publish drop-up: the form posts it along with "Publish"."""

    name = MINOR_CHANGE_FIELD
    label = _("Minor change (typo fix) — translations stay up to date")
    template_name = "translations/minor_change_menu_item.html"
    order = 25  # just above "Publish" (30) in the drop-up, so it is ticked on the way to the button

    def is_shown(self, context):
        if context["view"] != "edit" or context["locked_for_user"]:
            return False
        page = context["page"]
        return self.get_user_page_permissions_tester(context).can_publish() and page.get_translations().exists()


def register_log_action(actions):
    actions.register_action(
        MINOR_CHANGE_ACTION, _("Mark as minor change"), _("Published as a minor change: translations stay up to date")
    )


def record_minor_change(request, page):
    """`after_publish_page`: note in the history that this publish was a minor change, if ticked."""
    if request.POST.get(MINOR_CHANGE_FIELD) and page.live_revision_id:
        log(instance=page, action=MINOR_CHANGE_ACTION, user=request.user, revision=page.live_revision)
