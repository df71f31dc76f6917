"""The core (integreat_wagtail/) reaches plugins only through their PluginConfig declarations: it
never imports a plugin, never names a plugin's module in a string, and never asks the gate about
a plugin key it wrote down itself. Words like "events" stay allowed where they mean something
else (Integreat's JSON fields, news channels)."""

import ast
import re
from pathlib import Path

import pytest

from integreat_wagtail.plugins.registry import installed_plugins

CORE = Path(__file__).resolve().parent.parent / "integreat_wagtail"
# Calls whose string argument would be a plugin key written into the core.
GATE_CALLS = {"is_enabled", "with_plugin", "get_plugin", "enable_plugin", "disable_plugin"}
PLUGIN_MODULE = re.compile(r"(?<![\w.])plugins\.\w+")


def core_modules():
    return sorted(path for path in CORE.rglob("*.py") if "tests" not in path.relative_to(CORE).parts)


def plugin_modules():
    """Import paths of every installed plugin ("plugins.events", "integreat_sample"…)."""
    return {config.name for config in installed_plugins()}


def offences(source, modules):
    """(line, what) for every place in `source` that names a plugin."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            names = []
        found += [(node.lineno, f"import {name}") for name in names if name == "plugins" or names_plugin(name, modules)]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if PLUGIN_MODULE.search(node.value) or names_plugin(node.value, modules):
                found.append((node.lineno, repr(node.value)))
        if isinstance(node, ast.Call):
            function = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if function in GATE_CALLS and any(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args
            ):
                found.append((node.lineno, f"{function}() with a plugin key"))
    return found


def names_plugin(text, modules):
    return any(text == module or text.startswith((f"{module}.", f"{module}:")) for module in modules)


def test_the_core_names_no_plugin():
    modules = plugin_modules()
    found = [
        f"{path.relative_to(CORE.parent)}:{line}: {what}"
        for path in core_modules()
        for line, what in offences(path.read_text(), modules)
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "from plugins.events import api",
        "import plugins",
        "load('plugins.events.api', 'integreat_events')",
        "x = 'integreat_sample.api:notes'",
        "is_enabled(municipality, 'events')",
        "Municipality.objects.with_plugin('housing')",
    ],
)
def test_the_check_catches_each_way_of_naming_a_plugin(source):
    assert offences(source, {"plugins.events", "integreat_sample"})


@pytest.mark.parametrize(
    "source",
    [
        "from integreat_wagtail.plugins.gate import is_enabled",
        "apps = ['django_otp.plugins.otp_totp']",
        "data = {'events': 'events' in flags, 'channel': 'events'}",
        "is_enabled(municipality, config.plugin_key)",
    ],
)
def test_the_check_allows_the_framework_and_unrelated_words(source):
    assert offences(source, {"plugins.events", "integreat_sample"}) == []
