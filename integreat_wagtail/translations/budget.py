"""Each municipality's monthly machine-translation budget, in characters sent to the service.

The budget is `Municipality.machine_translation_budget`, or MT_MONTHLY_CHARACTER_BUDGET where it
has none; 0 means unlimited. Characters are reserved before the service is called (so two editors
cannot both spend the last of it) and given back when the call fails.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import MachineTranslationUsage


@dataclass(frozen=True)
class Budget:
    used: int
    limit: int  # 0: unlimited

    @property
    def unlimited(self):
        return self.limit == 0

    @property
    def remaining(self):
        return None if self.unlimited else max(self.limit - self.used, 0)


class BudgetExhausted(Exception):
    def __init__(self, budget, needed):
        super().__init__(budget, needed)
        self.budget = budget
        self.needed = needed


def this_month():
    return timezone.localdate().replace(day=1)


def monthly_limit(municipality):
    if municipality.machine_translation_budget is not None:
        return municipality.machine_translation_budget
    return settings.MT_MONTHLY_CHARACTER_BUDGET


def budget_of(municipality):
    """This month's usage and limit."""
    usage = MachineTranslationUsage.objects.filter(municipality=municipality, month=this_month()).first()
    return Budget(used=usage.characters if usage else 0, limit=monthly_limit(municipality))


@transaction.atomic
def reserve(municipality, characters):
    """Count `characters` against this month's budget, or raise BudgetExhausted and count nothing."""
    usage, _created = MachineTranslationUsage.objects.get_or_create(municipality=municipality, month=this_month())
    usage = MachineTranslationUsage.objects.select_for_update().get(pk=usage.pk)
    budget = Budget(used=usage.characters, limit=monthly_limit(municipality))
    if not budget.unlimited and budget.used + characters > budget.limit:
        raise BudgetExhausted(budget, characters)
    usage.characters = F("characters") + characters
    usage.save(update_fields=["characters"])


def refund(municipality, characters):
    """Give back a reservation whose service call failed."""
    MachineTranslationUsage.objects.filter(municipality=municipality, month=this_month()).update(
        characters=F("characters") - characters
    )


@contextmanager
def charged(municipality, characters):
    """Reserve `characters` for the service call inside the block; refunded if the block raises.
    Every caller of a machine translator in the name of a municipality goes through this."""
    reserve(municipality, characters)
    try:
        yield
    except BaseException:
        refund(municipality, characters)
        raise
