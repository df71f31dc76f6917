"""This month's machine-translation usage, for the municipality's admins (translation status page)."""

from django import template

from integreat_wagtail.municipalities.models import Municipality

from ..budget import budget_of

register = template.Library()


@register.inclusion_tag("translations/machine_translation_budget.html", takes_context=True)
def machine_translation_budget(context, municipality):
    """Shown to platform admins and the municipality's own admins; nothing for other roles."""
    user = context["request"].user
    if not Municipality.objects.for_user(user, ["admins"]).filter(pk=municipality.pk).exists():
        return {"budget": None}
    return {"budget": budget_of(municipality)}
