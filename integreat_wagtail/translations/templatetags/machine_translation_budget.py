"""This month's machine-translation usage, for the municipality's admins (translation status page)."""

from django import template

from integreat_wagtail.core.scoping import user_municipality_ids

from ..budget import budget_of

register = template.Library()


@register.inclusion_tag("translations/machine_translation_budget.html", takes_context=True)
def machine_translation_budget(context, municipality):
    """Shown to platform admins and the municipality's own admins; nothing for other roles."""
    user = context["request"].user
    if not (user.is_superuser or municipality.pk in user_municipality_ids(user, ("admins",))):
        return {"budget": None}
    return {"budget": budget_of(municipality)}
