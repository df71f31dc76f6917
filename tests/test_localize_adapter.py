"""The wagtail-localize adapter holds only for the version it was checked against."""

import inspect
from pathlib import Path

from django.core import checks
from django.template import Context
from django.template.loader_tags import BlockNode, ExtendsNode
from wagtail_localize.views import edit_translation

from integreat_wagtail.translations import localize_adapter, permissions

TEMPLATES = Path(permissions.__file__).resolve().parent / "templates"


def test_the_installed_wagtail_localize_is_the_checked_version():
    assert localize_adapter.installed_version().split(".")[:2] == localize_adapter.SUPPORTED_VERSION.split(".")
    assert not [m for m in checks.run_checks() if m.id == "integreat_translations.W001"]


def test_the_replaced_function_is_unchanged_upstream():
    """A changed signature or body fails here: re-check it (localize_adapter's docstring) first."""
    assert localize_adapter.upstream_source_digest() == localize_adapter.UPSTREAM_SOURCE_SHA256


def test_ours_takes_its_place_with_the_same_signature():
    assert edit_translation.user_can_edit_instance is permissions.user_can_edit_instance
    assert list(inspect.signature(permissions.user_can_edit_instance).parameters) == ["user", "instance"]


def test_another_version_is_reported_by_the_system_check(monkeypatch):
    monkeypatch.setattr(localize_adapter, "installed_version", lambda: "1.15.0")
    [warning] = localize_adapter.check_supported_version(None)
    assert warning.id == "integreat_translations.W001" and "1.15.0" in warning.msg


def _block_names(engine, template):
    """Block names a template and the templates it extends define."""
    names = {node.name for node in template.nodelist.get_nodes_by_type(BlockNode)}
    for extends in template.nodelist.get_nodes_by_type(ExtendsNode):
        parent, _ = engine.find_template(extends.parent_name.resolve(Context()), skip=[template.origin])
        names |= _block_names(engine, parent)
    return names


def test_template_overrides_fill_blocks_that_wagtail_localize_still_has():
    """Our wagtail_localize/admin/ templates extend its own: a block renamed upstream fails here
    instead of silently dropping what we add."""
    from django.template import engines

    engine = engines["django"].engine
    overrides = sorted((TEMPLATES / "wagtail_localize" / "admin").glob("*.html"))
    assert overrides
    for path in overrides:
        name = f"wagtail_localize/admin/{path.name}"
        ours, origin = engine.find_template(name)
        assert origin.name == str(path), name
        upstream, _ = engine.find_template(name, skip=[origin])
        added = {node.name for node in ours.nodelist.get_nodes_by_type(BlockNode)}
        upstream_blocks = _block_names(engine, upstream)
        assert added and added <= upstream_blocks, (name, added - upstream_blocks)
