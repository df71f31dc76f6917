from django.db import models
from django.utils.translation import gettext_lazy as _


class MachineTranslationUsage(models.Model):
    """Characters a municipality sent to machine translation in one month (budget.py)."""

    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.CASCADE, related_name="machine_translation_usage"
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    characters = models.PositiveIntegerField(_("characters"), default=0)

    class Meta:
        verbose_name = _("machine translation usage")
        constraints = [models.UniqueConstraint(fields=["municipality", "month"], name="one_usage_per_municipality_month")]
