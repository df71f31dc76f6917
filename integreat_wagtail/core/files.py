"""Files written inside a transaction that fails are removed again: nothing half-saved.

A storage write cannot be rolled back with the rows that name it, and purges work from rows, so a
file whose row never committed would stay forever (private uploads included). Store files with
`save_file` inside `atomic_with_files`; if the block raises (a database error, a failed commit,
a validation error), every file it stored is deleted before the exception goes on.
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction

logger = logging.getLogger(__name__)

_written = ContextVar("files_written_in_transaction", default=None)


@contextmanager
def atomic_with_files(using=None):
    """transaction.atomic() that deletes the files stored in it (`save_file`) when it fails.

    Nested blocks hand their files to the enclosing one, which may still fail; use it as the
    outermost transaction of code that stores files.
    """
    enclosing = _written.get()
    written = []
    token = _written.set(written)
    try:
        with transaction.atomic(using=using):
            yield
    except BaseException:
        _written.reset(token)
        delete_files(written)
        raise
    _written.reset(token)
    if enclosing is not None:
        enclosing.extend(written)


def save_file(field_file, name, content):
    """field_file.save(…) without saving the instance, removed again if the transaction fails."""
    written = _written.get()
    if written is None:
        raise RuntimeError("save_file() is only safe inside atomic_with_files().")
    field_file.save(name, content, save=False)
    written.append((field_file.storage, field_file.name))


def delete_files(files):
    for storage, name in files:
        try:
            storage.delete(name)
        except OSError:
            logger.warning("Could not remove %s after a failed transaction", name)
