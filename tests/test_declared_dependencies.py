"""Every installed app comes from a distribution pyproject.toml declares (none only by accident)."""

import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from django.conf import settings

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
OWN_PACKAGES = {"integreat_wagtail", "home", "plugins", "integreat_sample"}


def declared():
    requirements = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    return {re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-") for requirement in requirements}


def test_every_installed_app_is_a_declared_dependency():
    distributions = packages_distributions()
    undeclared = {}
    for app in settings.INSTALLED_APPS:
        package = app.split(".")[0]
        if package in OWN_PACKAGES:
            continue
        names = {name.lower().replace("_", "-") for name in distributions.get(package, [])}
        if not names & declared():
            undeclared[app] = sorted(names)
    assert not undeclared, f"installed but not declared in pyproject.toml: {undeclared}"
