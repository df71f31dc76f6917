"""docker-compose.yml describes the production stack with the variables the settings read and the
README documents. No Docker engine runs on these machines: the file is checked, not started."""

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

BASE_DIR = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
OURS = sorted(name for name, service in SERVICES.items() if "build" in service)  # run the Dockerfile's image
INTERPOLATION = re.compile(r"\$\{(\w+)(?::?([-?])([^}]*))?\}")

# Loads the settings module with os.environ replaced by a mapping that records every name asked for.
RECORD_READS = """
import json, os, sys

class RecordingEnviron(dict):
    read = set()
    def __getitem__(self, name):
        self.read.add(name)
        return super().__getitem__(name)
    def get(self, name, default=None):
        self.read.add(name)
        return super().get(name, default)
    def __contains__(self, name):
        self.read.add(name)
        return super().__contains__(name)

os.environ = RecordingEnviron(json.loads(sys.argv[1]))
from django.conf import settings
settings.INSTALLED_APPS
print(json.dumps(sorted(os.environ.read)))
"""


def resolved(value):
    """A value as Compose would pass it: `${X:-default}` → default; a required `${X:?…}` → a stand-in."""
    value = str(value).replace("$$", "$")
    return INTERPOLATION.sub(lambda match: match[3] if match[2] == "-" else "s" * 50, value)


def environment(service):
    return {name: resolved(value) for name, value in SERVICES[service].get("environment", {}).items()}


def names_read_by_settings(env):
    result = subprocess.run(
        [sys.executable, "-c", RECORD_READS, json.dumps(env)], cwd=BASE_DIR, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def names_read_by_serve():
    return set(re.findall(r"\$\{(\w+)", (BASE_DIR / "bin" / "serve").read_text()))


def test_the_stack_has_app_worker_database_cache_search_and_storage():
    assert {"app", "worker", "migrate", "postgres", "redis", "opensearch", "minio", "minio-init"} <= set(SERVICES)
    assert OURS == ["app", "migrate", "worker"]
    assert SERVICES["worker"]["command"][-4:-2] == ["manage.py", "db_worker"]
    assert "command" not in SERVICES["app"]  # the image's own: bin/serve (gunicorn)
    for name, service in SERVICES.items():
        assert set(service.get("depends_on", {})) <= set(SERVICES), name


@pytest.mark.parametrize("service", OURS)
def test_every_variable_set_for_the_app_is_read_by_the_production_settings_or_bin_serve(service):
    env = environment(service)
    assert env["DJANGO_SETTINGS_MODULE"] == "integreat_wagtail.settings.production"
    unread = set(env) - names_read_by_settings(env) - names_read_by_serve()
    assert not unread, f"{service} sets variables nothing reads: {sorted(unread)}"


@pytest.mark.parametrize("service", OURS)
def test_every_variable_set_for_the_app_is_documented_in_the_readme(service):
    readme = (BASE_DIR / "README.md").read_text()
    undocumented = {name for name in environment(service) if f"`{name}`" not in readme}
    assert not undocumented, f"{service}: not in the README's configuration: {sorted(undocumented)}"


def test_the_app_finds_each_service_where_compose_runs_it():
    env = environment("app")
    for variable, service in [
        ("DATABASE_URL", "postgres"), ("REDIS_URL", "redis"), ("SEARCH_URL", "opensearch"),
        ("AWS_S3_ENDPOINT_URL", "minio"),
    ]:
        assert urlsplit(env[variable]).hostname == service, variable
    database = urlsplit(env["DATABASE_URL"])
    postgres = environment("postgres")
    assert (database.username, database.password, database.path) == (
        postgres["POSTGRES_USER"], postgres["POSTGRES_PASSWORD"], "/" + postgres["POSTGRES_DB"],
    )
    assert (env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"]) == (
        environment("minio")["MINIO_ROOT_USER"], environment("minio")["MINIO_ROOT_PASSWORD"],
    )
    buckets = resolved(SERVICES["minio-init"]["command"][0])
    assert f"local/{env['AWS_STORAGE_BUCKET_NAME']} local/{env['AWS_PRIVATE_STORAGE_BUCKET_NAME']}" in buckets
    assert f"anonymous set download local/{env['AWS_STORAGE_BUCKET_NAME']}" in buckets  # only the public one


def test_a_variable_nothing_reads_would_be_found():
    env = {**environment("app"), "INTEGREAT_NO_SUCH_SETTING": "1"}
    assert "INTEGREAT_NO_SUCH_SETTING" not in names_read_by_settings(env)
    assert {"SECRET_KEY", "REDIS_URL", "AWS_SECRET_ACCESS_KEY", "TASKS_BACKEND", "LOG_FORMAT"} <= names_read_by_settings(env)
