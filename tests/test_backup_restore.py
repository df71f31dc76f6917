"""Backup and restore (issue 16, docs/deploy.md): a real pg_dump of a PostgreSQL database with content,
restored with pg_restore into a fresh database, holds the same content (compared through the ORM)."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg2
import pytest

pytestmark = pytest.mark.own_database  # its own database: the same whatever DATABASE_URL the run has
ROOT = Path(__file__).resolve().parent.parent
SERVER = {"host": os.environ.get("PGHOST", "127.0.0.1"), "port": os.environ.get("PGPORT", "5432"), "user": os.environ.get("PGUSER", "postgres")}

BUILD = """
import django, json; django.setup()
from tests.isolation.world import build_world
from tests.municipality_content import content
world = build_world()
print(json.dumps({m.slug: content(m) for m in (world.own, world.foreign)}, default=str, sort_keys=True))
"""
READ = """
import django, json; django.setup()
from integreat_wagtail.municipalities.models import Municipality
from tests.municipality_content import content
print(json.dumps({m.slug: content(m) for m in Municipality.objects.order_by("slug")}, default=str, sort_keys=True))
"""


def admin(sql):
    connection = psycopg2.connect(dbname="postgres", **SERVER)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


def in_database(name, *args):
    env = dict(os.environ, DATABASE_URL=f"postgres://{SERVER['user']}@{SERVER['host']}:{SERVER['port']}/{name}",
               DJANGO_SETTINGS_MODULE="integreat_wagtail.settings.test", DATABASE_STATEMENT_TIMEOUT_MS="0")
    result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture
def databases():
    names = [f"backup_{uuid.uuid4().hex[:10]}", f"restored_{uuid.uuid4().hex[:10]}"]
    admin(f'CREATE DATABASE "{names[0]}"')
    yield names
    for name in names:
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_pg_dump_restores_into_a_fresh_database(databases, tmp_path):
    source, restored = databases
    in_database(source, "manage.py", "migrate", "--noinput", "-v", "0")
    built = json.loads(in_database(source, "-c", BUILD).splitlines()[-1])
    dump = tmp_path / "integreat.dump"
    connection = ["-h", SERVER["host"], "-p", SERVER["port"], "-U", SERVER["user"]]
    subprocess.run(["pg_dump", "-Fc", *connection, "-f", str(dump), source], check=True, timeout=300)
    admin(f'CREATE DATABASE "{restored}"')
    subprocess.run(["pg_restore", "--no-owner", "--exit-on-error", *connection, "-d", restored, str(dump)], check=True, timeout=300)

    read_back = json.loads(in_database(restored, "-c", READ).splitlines()[-1])

    assert set(read_back) == {"aachtal", "birkenau"}
    assert read_back == built
    assert len(read_back["birkenau"]["pages"]) > 10 and read_back["birkenau"]["rows"]["housing.HousingOffer"]
