from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def housing_form_groups():
    """Field groups of the landlord form, in reading order (labels translated per request)."""
    return [
        (_("About the flat"), ["title", "description", "rooms", "living_area", "floor", "furnished", "step_free"]),
        (_("Costs"), ["cold_rent", "additional_costs", "deposit"]),
        (_("Dates"), ["available_from", "available_until"]),
        (_("Suitable for"), ["suitable_singles", "suitable_families", "suitable_shared"]),
        (_("Location"), ["district", "street_address", "show_address"]),
        (_("Your contact data"), ["submitter_name", "submitter_email", "submitter_phone", "contact_visibility"]),
    ]


@register.simple_tag(takes_context=True)
def housing_url(context, page, name, *args):
    """URL of a route of a HousingIndexPage (routable_page's tag library is not installed)."""
    return page.get_url(context.get("request")) + page.reverse_subpage(name, args=args)
