"""Layers that only point down: core (integreat_wagtail) <- site (home) <- plugins.

The contracts live in pyproject.toml ([tool.importlinter]); docs/architecture.md, "Layers".
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from home.models import ContentPage, MunicipalityPage, NewsPage, PlatformPage
from integreat_wagtail.municipalities import pages

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PACKAGES = ("integreat_wagtail", "home", "plugins")


def run(*command):
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_import_contracts_are_kept():
    result = run(str(Path(sys.executable).parent / "lint-imports"), "--no-cache", "--no-logo")
    assert result.returncode == 0, result.stdout + result.stderr


def deferred_project_imports(package):
    """(path, line) of imports of project modules inside functions, except AppConfig.ready()."""
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        if {"tests", "migrations"} & set(path.relative_to(ROOT).parts):
            continue
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) or function.name == "ready":
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom):
                    own = node.level > 0 or node.module.split(".")[0] in PROJECT_PACKAGES
                elif isinstance(node, ast.Import):
                    own = any(alias.name.split(".")[0] in PROJECT_PACKAGES for alias in node.names)
                else:
                    continue
                if own:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_core_and_site_import_project_modules_at_module_level():
    """Every module says at its top what it depends on: an import inside a function hid cycles."""
    assert deferred_project_imports("integreat_wagtail") + deferred_project_imports("home") == []


def test_the_core_finds_the_sites_page_models_through_settings(settings):
    assert pages.get_platform_page_model() is PlatformPage
    assert pages.get_municipality_page_model() is MunicipalityPage
    assert pages.get_content_page_model() is ContentPage
    assert pages.get_news_page_model() is NewsPage
    settings.INTEGREAT_CONTENT_PAGE_MODEL = "home.NoSuchPage"
    with pytest.raises(ImproperlyConfigured, match="INTEGREAT_CONTENT_PAGE_MODEL"):
        pages.get_content_page_model()


def test_architecture_doc_shows_the_current_dependency_graph():
    result = run(sys.executable, "bin/depgraph")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() in (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8"), (
        "docs/architecture.md is out of date: paste the output of bin/depgraph into its 'Layers' section"
    )
