"""The roles municipal staff hold: one table, the only place that says what each role may do.

Every municipality has one Django group per role (`Municipality.<key>_group`), created at
onboarding. A person may hold roles in several municipalities (county staff helping its towns).
Platform admins (superusers) stand above all roles. Organization members (`ORGANIZATION_MEMBERS`)
hold rights on their organization's pages only. docs/roles.md describes this table for people.

Page permissions are granted on the municipality's root page in every language; collection
permissions on its media collection. Two kinds of page rights depend on more than the role: the
municipality's publishing setting adds `direct_publishing_page_permissions` where it publishes
directly (editors then publish; under review they submit to the municipality's workflow,
workflows.py), and a plugin may open its index pages to a role, which then holds
`plugin_page_permissions` there (event managers on the events index, see
`PluginConfig.role_index_pages`). Scoped models (snippets, plugin models) read `CONTENT_ROLES`,
`PUBLISHING_ROLES` and `ALL_ROLES` through their permission policy (core/scoping.py); a plugin
may widen its own models to more roles (events and locations admit event managers).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

MEDIA_EDIT = ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document")
MEDIA_CHOOSE = ("choose_image", "choose_document")
MEDIA_ADD = ("add_image", "choose_image", "add_document", "choose_document")  # Wagtail: edit own uploads only


@dataclass(frozen=True)
class Role:
    key: str
    label: str
    description: str
    page_permissions: tuple = ()
    direct_publishing_page_permissions: tuple = ()
    plugin_page_permissions: tuple = ()
    collection_permissions: tuple = ()
    # "app_label.codename" of global Django permissions (Wagtail checks these model-wide).
    permissions: tuple = ("wagtailadmin.access_admin",)

    @property
    def group_field(self):
        return f"{self.key}_group"

    @property
    def slug(self):
        """Singular, for names like the demo's user "erlenhausen-event-manager"."""
        return self.key[:-1].replace("_", "-")

    @property
    def group_name(self):
        """Stable English suffix of the group's name ("Event Managers"), whatever the UI language."""
        return self.key.replace("_", " ").title()

    def root_page_permissions(self, publishes_directly):
        """Codenames granted on the municipality's root pages, given its publishing setting."""
        return self.page_permissions + (self.direct_publishing_page_permissions if publishes_directly else ())


EDITORS = Role(
    "editors", _("Editor"), _("Writes and edits pages, uploads media, requests translations; submits for review."),
    page_permissions=("add_page", "change_page"),
    direct_publishing_page_permissions=("publish_page",),
    collection_permissions=MEDIA_EDIT,
    permissions=("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
)
MODERATORS = Role(
    "moderators", _("Moderator"),
    _("Everything an editor does, plus publishing, approving submitted pages and public submissions, managing translations."),
    page_permissions=("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    collection_permissions=MEDIA_EDIT,
    permissions=("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
)
ADMINS = Role(
    "admins", _("Municipality admin"),
    _("Everything a moderator does, plus the municipality's settings, languages, plugins and its own staff."),
    page_permissions=("add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"),
    collection_permissions=MEDIA_EDIT,
    permissions=("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
)
EVENT_MANAGERS = Role(
    "event_managers", _("Event manager"), _("Events and locations only: creates, edits and publishes them."),
    plugin_page_permissions=("add_page", "change_page", "publish_page"),
    collection_permissions=MEDIA_EDIT,
)
OBSERVERS = Role(
    "observers", _("Observer"), _("Read-only access to the municipality's admin: pages, reports, feedback."),
    page_permissions=("view_page",),  # exploring only: see page_policy.py
    collection_permissions=MEDIA_CHOOSE,
)

ROLES = (EDITORS, MODERATORS, ADMINS, EVENT_MANAGERS, OBSERVERS)
BY_KEY = {role.key: role for role in ROLES}

ALL_ROLES = tuple(BY_KEY)
CONTENT_ROLES = ("editors", "moderators", "admins")  # write the municipality's pages and content
PUBLISHING_ROLES = ("moderators", "admins")  # also the reviewers in the municipality's workflow
EVENT_ROLES = (*CONTENT_ROLES, "event_managers")  # write events, their feeds and locations

# Not a municipality group: every organization has its own group with these rights, and its page
# permissions are granted only on the pages that organization owns (organizations/permissions.py).
ORGANIZATION_MEMBERS = Role(
    "members", _("Organization member"),
    _("Edits only the pages of their organization (a counselling service, an NGO) and below; moderators publish."),
    page_permissions=("add_page", "change_page"),
    collection_permissions=MEDIA_ADD,
)


def get(key):
    """The role with that key; KeyError names the known ones."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"Unknown role {key!r}; known: {', '.join(BY_KEY)}") from None
