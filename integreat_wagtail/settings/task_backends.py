"""TASKS from the environment: where the background work of Wagtail and of this project runs.

"database" (django-tasks-db) stores each task in the database; `manage.py db_worker` processes
run them, so a request only writes a row. "immediate" runs a task at once inside the code that
enqueues it: nothing else to start (demo, development, tests), but the request waits for it.
"""

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}


def task_backends(name):
    """The TASKS setting for the backend called `name` (TASKS_BACKEND)."""
    if name not in BACKENDS:
        raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(BACKENDS)}, not “{name}”.")
    return {"default": {"BACKEND": BACKENDS[name]}}
