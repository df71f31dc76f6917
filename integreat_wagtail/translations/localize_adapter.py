"""The one place that changes wagtail-localize beyond its settings and hooks, for one version.

wagtail-localize's translation editor asks `views.edit_translation.user_can_edit_instance(user,
instance)` before every change; for snippets it means model-wide Django permissions, which
municipal groups do not have (their rights come from permission policies), so it would refuse a
municipality's own editors. wagtail-localize has no setting or hook for this decision, so
`install()` puts `permissions.user_can_edit_instance` in its place. That only ever narrows
access: guards.py has already checked the municipality before any of these views runs.

Checked against SUPPORTED_VERSION, whose function has the source digest UPSTREAM_SOURCE_SHA256.
tests/test_localize_adapter.py fails when another version is installed or the replaced function
changes: re-read it, re-check that ours still decides the same question, then update both.
(Its templates are extended, not replaced: `templates/wagtail_localize/admin/` overrides blocks
and renders `block.super`, Django's documented way.)
"""

import ast
import hashlib
import inspect
from importlib.metadata import version

from django.core import checks

from .permissions import user_can_edit_instance

SUPPORTED_VERSION = "1.14"  # major.minor, as pinned in pyproject.toml
UPSTREAM_SOURCE_SHA256 = "1d551c471156b9098f9d36c200367152fd8a2c41744588960324bafcb5ff4dcc"


def install():
    """Called once from TranslationsConfig.ready()."""
    from wagtail_localize.views import edit_translation

    edit_translation.user_can_edit_instance = user_can_edit_instance


def installed_version():
    return version("wagtail-localize")


def upstream_source_digest():
    """SHA-256 of the replaced function's source as shipped (read from the module file, since the
    module attribute is ours once installed)."""
    from wagtail_localize.views import edit_translation

    source = inspect.getsource(edit_translation)
    function = next(
        node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef) and node.name == "user_can_edit_instance"
    )
    return hashlib.sha256(ast.get_source_segment(source, function).encode()).hexdigest()


@checks.register()
def check_supported_version(app_configs, **kwargs):
    """A deployment with another wagtail-localize says so at start (`manage.py check`)."""
    installed = installed_version()
    if installed.split(".")[:2] == SUPPORTED_VERSION.split("."):
        return []
    return [checks.Warning(
        f"wagtail-localize {installed} is installed; integreat_wagtail.translations.localize_adapter was "
        f"checked against {SUPPORTED_VERSION}.",
        hint="Re-check the replaced function (see the module's docstring) and update SUPPORTED_VERSION.",
        id="integreat_translations.W001",
    )]
