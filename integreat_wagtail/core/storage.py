"""The "private" storage (settings.STORAGES): files that have no public URL.

Unmoderated uploads live there; views that check permission stream them. Model fields take the
`private_storage` callable, so migrations record its path instead of the configured backend.
"""

from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

ALIAS = "private"


class PrivateStorage(LazyObject):
    """storages["private"], looked up again when STORAGES changes (tests give it a temporary directory)."""

    def _setup(self):
        self._wrapped = storages[ALIAS]


_private = PrivateStorage()


def private_storage():
    return _private


@receiver(setting_changed)
def _reset_private_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        _private._wrapped = empty
