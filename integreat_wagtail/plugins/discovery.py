"""Find installed plugins through the `integreat_wagtail.plugins` entry-point group.

Called from settings, so `pip install integreat-wagtail-foo` and a restart make "foo" available
without editing settings.py. Imports nothing from Django.
"""

import os
from importlib.metadata import entry_points

ENTRY_POINT_GROUP = "integreat_wagtail.plugins"


def discover_plugin_apps():
    """Dotted app paths of installed plugins, ordered by key; INTEGREAT_SKIP_PLUGINS (keys) leaves some out."""
    skipped = {name.strip() for name in os.environ.get("INTEGREAT_SKIP_PLUGINS", "").split(",") if name}
    found = {}
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        if entry_point.name not in skipped:
            found.setdefault(entry_point.name, entry_point.value)
    return [found[name] for name in sorted(found)]
