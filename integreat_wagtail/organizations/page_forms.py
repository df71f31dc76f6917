"""The organization field of page forms: only organizations of the page's own municipality."""

from wagtail.admin.forms import WagtailAdminPageForm

from integreat_wagtail.core.scoping import user_municipality_ids
from integreat_wagtail.municipalities.roles import CONTENT_ROLES

from .models import Organization


class OrganizationPageForm(WagtailAdminPageForm):
    """Offers only the organizations of the page's municipality; another id is a form error.

    Only the municipality's content staff choose the organization; members keep what the page
    (or, for a new page, its parent) has, so they can neither give a page away nor claim one.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("organization")
        if field is None:
            return
        if not type(self.instance).organization_may_own:
            del self.fields["organization"]  # its panel hides itself
            return
        # A new page has no tree path yet: its parent tells the municipality.
        page = self.instance if self.instance.pk else self.parent_page
        municipality = getattr(page, "municipality", None)
        field.queryset = Organization.objects.filter(municipality=municipality) if municipality else Organization.objects.none()
        if not self.instance.pk and self.initial.get("organization") is None:  # subpages start with the parent's
            self.initial["organization"] = getattr(self.parent_page, "organization_id", None)
        user = self.for_user
        if municipality is None or (
            user is not None and not user.is_superuser and municipality.pk not in user_municipality_ids(user, CONTENT_ROLES)
        ):
            field.disabled = True
