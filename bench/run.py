"""Throughput of this project against a Django hello world and a stock Wagtail site, in one run.

Run: bench/run [--seconds 8] [--connections 8] [--large] [--skip-wagtail]
Every server is gunicorn with 2 sync workers on the loopback, DEBUG off, SQLite. Serves
(a) a Django hello world, (b) the home page of a `wagtail start` project (in a temporary venv under
var/bench/, reused by later runs), (c) this project's demo (var/bench/demo/) — landing,
municipality home, content pages (de, ar), the plugins' listings, search, the API's pages list and
single page — uncached and through the full-page cache; with `--large`, the same on the demo plus
`seed_bench` (100 municipalities × 50 pages × 5 languages, var/bench/large/). Load: wrk (Debian's
package) when installed, else a Python client, 1 thread × `--connections` connections.
Prints req/s, p50/p95/p99, SQL queries per request (counted in-process with Django's test client)
and the ratios to (a) and (b), what counting reads (impact) costs a cache hit in-process, whether
issue 17's targets hold, a worker's RSS over `--rss-requests` uncached requests and a pyinstrument
profile of the slowest uncached page; with `--postgres`, content page and search on the 25,000-page
database in PostgreSQL too. Writes bench/results/latest.json, latest.png and profile.txt.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "var" / "bench"
RESULTS = ROOT / "bench" / "results"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
POSTGRES = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/integreat_bench_large")
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("WRKJSON {\\"requests\\": %d, \\"seconds\\": %f, \\"p50\\": %f, \\"p95\\": %f, \\"p99\\": %f, \\"errors\\": %d, \\"non2xx\\": %d}\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, errors, summary.errors.status))
end
"""

HELLO_WORLD = '''
from django.http import HttpResponse
from django.urls import path

DEBUG = False
SECRET_KEY = "bench"
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = __name__
MIDDLEWARE = []
INSTALLED_APPS = []
DATABASES = {}
urlpatterns = [path("", lambda request: HttpResponse("Hello, world"))]
'''

PROJECT_PATHS = [
    ("landing", "/de/"),
    ("municipality home", "/de/{slug}/"),
    ("content page (de)", "/de/{slug}/{content}/"),
    ("content page (ar)", "/ar/{slug}/{content_ar}/"),
    ("event listing", "{events}"),
    ("housing listing", "{housing}"),
    ("job listing", "{jobs}"),
    ("search", "/de/{slug}/search/?q=Anmeldung"),
    ("API pages list", "/api/v3/{slug}/de/pages/"),
    ("API single page", "/api/v3/{slug}/de/page/?url=/{slug}/de/{content}/"),
]

QUERY_COUNTER = '''
import json, os, sys
import django
django.setup()
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
settings.ALLOWED_HOSTS = ["*"]
client = Client()
counts = {}
for url in json.loads(sys.argv[1]):
    client.get(url)  # warm: per-process caches, and the page cache entry when it is on
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    counts[url] = len(queries) if status < 400 else None
print("COUNTS " + json.dumps(counts))
'''

# What counting reads (impact/middleware.py) costs a cache hit: the same cached page fetched in-process
# with and without the two impact middlewares, in alternating rounds; microseconds per request.
COUNTING_OVERHEAD = '''
import json, statistics, sys, time
import django
django.setup()
from django.conf import settings
from django.test import Client, override_settings
settings.ALLOWED_HOSTS = ["*"]
url = sys.argv[1]
stacks = {"with counting": settings.MIDDLEWARE,
          "without counting": [name for name in settings.MIDDLEWARE if ".impact." not in name]}
def microseconds(middleware, requests=500):
    with override_settings(MIDDLEWARE=middleware):
        client = Client(HTTP_USER_AGENT="Mozilla/5.0 bench")
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT", url
        started = time.perf_counter()
        for _ in range(requests):
            client.get(url)
        return (time.perf_counter() - started) / requests * 1e6
rounds = {name: [] for name in stacks}
for _ in range(5):
    for name, middleware in stacks.items():
        rounds[name].append(microseconds(middleware))
print("OVERHEAD " + json.dumps({name: round(statistics.median(values), 1) for name, values in rounds.items()}))
'''


ROTATE_SCRIPT = """
paths = {%s}
i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""

# The slowest uncached page, profiled in-process (pyinstrument samples every 0.5 ms over 20 renders).
PROFILE = '''
import sys
import django
django.setup()
from django.conf import settings
from django.test import Client
from pyinstrument import Profiler
settings.ALLOWED_HOSTS = ["*"]
client = Client()
url = sys.argv[1]
client.get(url)
profiler = Profiler(interval=0.0005)
profiler.start()
for _ in range(20):
    client.get(url)
profiler.stop()
print(profiler.output_text(unicode=False, color=False))
'''


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env=None, cwd=None, quiet=True):
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=quiet, text=True)
    if result.returncode:
        raise SystemExit(f"failed: {' '.join(map(str, command))}\n{result.stdout}\n{result.stderr}")
    return result.stdout


class Server:
    """gunicorn with 2 sync workers on a free loopback port, for the duration of a `with` block."""

    def __init__(self, gunicorn, app, env, cwd):
        self.port = free_port()
        self.command = [str(gunicorn), app, "--bind", f"127.0.0.1:{self.port}", "--workers", "2",
                        "--worker-class", "sync", "--timeout", "60", "--log-level", "warning"]
        self.env, self.cwd = env, cwd

    def __enter__(self):
        # A file, not a pipe: nobody reads a pipe while the server runs, and request logs filling
        # its buffer would block the workers.
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(self.command, env=self.env, cwd=self.cwd,
                                        stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                if self.process.poll() is not None:
                    self.log.seek(0)
                    raise SystemExit(f"server failed: {self.log.read().decode()}")
                time.sleep(0.2)
        raise SystemExit("server did not start")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"


def warm_up(url):
    """Until both workers answered once (they import the application lazily)."""
    for _ in range(4):
        try:
            urllib.request.urlopen(url, timeout=60).read()
        except urllib.error.HTTPError:
            pass


def load(url, seconds, connections, rotate=()):
    """req/s and latency percentiles (ms) of `connections` concurrent clients for `seconds`; with wrk,
    `rotate` (paths) makes the requests go round those paths."""
    warm_up(url)
    if shutil.which("wrk"):
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(WRK_SCRIPT)
            if rotate:
                script.write(ROTATE_SCRIPT % ", ".join(json.dumps(path) for path in rotate))
        output = run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script.name,
                      "-H", "Accept-Encoding: gzip", url])
        os.unlink(script.name)
        data = json.loads(output.split("WRKJSON ", 1)[1].splitlines()[0])
        data["rps"] = data["requests"] / data["seconds"]
        data["tool"] = "wrk"
        return data
    return python_load(url, seconds, connections)


def python_load(url, seconds, connections):
    latencies, errors = [], [0]
    stop = time.monotonic() + seconds
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})

    def client():
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    response.read()
                latencies.append((time.perf_counter() - started) * 1000)
            except OSError:
                errors[0] += 1

    threads = [threading.Thread(target=client) for _ in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    return {"requests": len(latencies), "seconds": elapsed, "rps": len(latencies) / elapsed, "p50": cuts[49],
            "p95": cuts[94], "p99": cuts[98], "errors": errors[0], "non2xx": 0, "tool": "python"}


def hello_world(args):
    folder = WORK / "hello"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hello.py").write_text(HELLO_WORLD + "\nfrom django.core.wsgi import get_wsgi_application\n"
                                     "application = get_wsgi_application()\n")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hello", "PYTHONPATH": str(folder)}
    with Server(GUNICORN, "hello:application", env, folder) as server:
        return {"target": "Django hello world", "kind": "hello", **load(server.url("/"), args.seconds, args.connections),
                "queries": 0}


def stock_wagtail(args):
    """`wagtail start` in a venv of its own with the Wagtail version this project runs."""
    folder = WORK / "wagtail"
    venv = folder / "venv"
    if not (venv / "bin" / "gunicorn").exists():
        version = run([str(PYTHON), "-c", "import wagtail; print(wagtail.__version__)"]).strip()
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(venv / "bin" / "pip"), "install", "-q", f"wagtail=={version}", "gunicorn"])
    site = folder / "site"
    if not site.exists():
        site.mkdir(parents=True)
        run([str(venv / "bin" / "wagtail"), "start", "benchsite", str(site)])
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "benchsite.settings.production", "PYTHONPATH": str(site)}
    env.pop("DATABASE_URL", None)
    (site / "benchsite" / "settings" / "local.py").write_text('ALLOWED_HOSTS = ["*"]\nSECRET_KEY = "bench"\n')
    run([str(venv / "bin" / "python"), "manage.py", "migrate", "-v", "0"], env=env, cwd=site)
    run([str(venv / "bin" / "python"), "manage.py", "collectstatic", "--no-input", "-v", "0"], env=env, cwd=site)
    queries = count_queries(venv / "bin" / "python", env, site, ["/"])["/"]
    with Server(venv / "bin" / "gunicorn", "benchsite.wsgi:application", env, site) as server:
        return {"target": "stock Wagtail home page", "kind": "wagtail",
                **load(server.url("/"), args.seconds, args.connections), "queries": queries}


def database_url(name):
    return POSTGRES if name == "large-pg" else f"sqlite:///{WORK / name / 'db.sqlite3'}"


def project_env(name, cache_seconds):
    folder = WORK / name
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "integreat_wagtail.settings.demo",
            "INTEGREAT_VAR_DIR": str(folder), "DATABASE_URL": database_url(name),
            "INTEGREAT_SKIP_PLUGINS": "sample", "INTEGREAT_PAGE_CACHE_SECONDS": str(cache_seconds),
            "INTEGREAT_RATE_LIMITS": "site.search_log=1000000/3600"}


def prepare_database(name, seed):
    folder = WORK / name
    folder.mkdir(parents=True, exist_ok=True)
    env = project_env(name, 0)
    if not (ROOT / "static_collected" / "staticfiles.json").exists():
        run([str(ROOT / "bin" / "collectstatic")], cwd=ROOT)  # the demo settings serve hashed names
    if name == "large-pg" and not postgres_database_ready():
        (folder / "ready").unlink(missing_ok=True)
    if not (folder / "ready").exists():
        print(f"preparing the {name} database (once)…", flush=True)
        run([str(PYTHON), "manage.py", "migrate", "--no-input", "-v", "0"], env=env, cwd=ROOT)
        run([str(PYTHON), "manage.py", "load_demo"], env=env, cwd=ROOT)
        if seed:
            run([str(PYTHON), "manage.py", "seed_bench", "--municipalities", "100", "--pages", "50",
                 "--languages", "5"], env=env, cwd=ROOT, quiet=False)
        (folder / "ready").touch()
    return env


def postgres_database_ready():
    """Creates the (empty) benchmark database in PostgreSQL when it is missing; True when it existed."""
    script = (
        "import sys, urllib.parse, psycopg2\n"
        "url = urllib.parse.urlparse(sys.argv[1])\n"
        "connection = psycopg2.connect(dbname='postgres', user=url.username, host=url.hostname, port=url.port or 5432)\n"
        "connection.autocommit = True\n"
        "cursor = connection.cursor()\n"
        "name = url.path.lstrip('/')\n"
        "cursor.execute('SELECT 1 FROM pg_database WHERE datname = %s', [name])\n"
        "existed = bool(cursor.fetchone())\n"
        "if not existed:\n"
        "    cursor.execute('CREATE DATABASE \"%s\"' % name)\n"
        "print('EXISTED' if existed else 'CREATED')\n"
    )
    return "EXISTED" in run([str(PYTHON), "-c", script, POSTGRES])


def project_urls(env):
    """The demo's URLs for each target: Erlenhausen's, the housing listing another municipality's."""
    script = (
        "import django, json; django.setup()\n"
        "from home.models import ContentPage\n"
        "from integreat_wagtail.municipalities.models import Municipality\n"
        "from wagtail.models import Page\n"
        "m = Municipality.objects.get(slug='erlenhausen')\n"
        "root = m.page_for_language('de')\n"
        "page = ContentPage.objects.child_of(root).live().order_by('path').first()\n"
        "ar = page.get_translation_or_none(m.page_for_language('ar').locale)\n"
        "def index(model):\n"
        "    # Erlenhausen's, else another municipality's (Erlenhausen has no housing)\n"
        "    pages = [p for p in Page.objects.live().filter(locale=root.locale, depth=root.depth + 1).order_by('path').specific()\n"
        "             if type(p).__name__ == model]\n"
        "    own = [p for p in pages if p.path.startswith(root.path)]\n"
        "    return (own or pages)[0].url if pages else ''\n"
        "print('URLS ' + json.dumps({'slug': m.slug, 'content': page.slug, 'content_ar': ar.slug,"
        " 'events': index('EventIndexPage'), 'housing': index('HousingIndexPage'), 'jobs': index('LabourIndexPage')}))\n"
    )
    values = json.loads(run([str(PYTHON), "-c", script], env=env, cwd=ROOT).split("URLS ", 1)[1])
    return [(label, path.format(**values)) for label, path in PROJECT_PATHS if path.format(**values)]


def count_queries(python, env, cwd, urls):
    output = run([str(python), "-c", QUERY_COUNTER, json.dumps(urls)], env=env, cwd=cwd)
    return json.loads(output.split("COUNTS ", 1)[1])


def counting_overhead(env, path):
    """Microseconds per cached hit with and without counting reads (COUNTING_OVERHEAD)."""
    output = run([str(PYTHON), "-c", COUNTING_OVERHEAD, path], env=env, cwd=ROOT)
    return json.loads(output.split("OVERHEAD ", 1)[1])


def project(args, name, seed, only=None, cache_states=(False, True)):
    rows = []
    base_env = prepare_database(name, seed)
    urls = [(label, path) for label, path in project_urls(base_env) if only is None or label in only]
    for cached in cache_states:
        env = project_env(name, 300 if cached else 0)
        queries = count_queries(PYTHON, env, ROOT, [path for _label, path in urls])
        with Server(GUNICORN, "integreat_wagtail.wsgi:application", env, ROOT) as server:
            for label, path in urls:
                result = load(server.url(path), args.seconds, args.connections)
                rows.append({"target": label, "path": path, "database": name, "cached": cached,
                             "kind": "project", **result, "queries": queries.get(path)})
                print(f"  {name:5} {'cached' if cached else 'uncached':8} {label:20} {result['rps']:8.1f} req/s", flush=True)
    return rows


def worker_rss_kb(server):
    """Resident memory (kB) of each of gunicorn's workers (the master's children)."""
    pid = server.process.pid
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    sizes = {}
    for child in children:
        for line in Path(f"/proc/{child}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes[child] = int(line.split()[1])
    return sizes


def rss_over_requests(args, urls):
    """Workers' RSS while they serve `args.rss_requests` uncached requests going round the pages."""
    if not shutil.which("wrk"):
        print("  RSS: skipped (needs wrk)", flush=True)
        return None
    env = project_env("demo", 0)
    paths = [path for label, path in urls if label != "search"]
    samples = []
    with Server(GUNICORN, "integreat_wagtail.wsgi:application", env, ROOT) as server:
        for path in paths:  # both workers have rendered every page once
            warm_up(server.url(path))
        served = 0
        while served < args.rss_requests:
            result = load(server.url(paths[0]), 10, args.connections, rotate=paths)
            served += result["requests"]
            samples.append({"requests": served, "rss_kb": worker_rss_kb(server)})
    first, last = samples[0]["rss_kb"], samples[-1]["rss_kb"]
    growth = max((last[pid] - first[pid]) / first[pid] for pid in first if pid in last)
    print(f"  RSS after {samples[0]['requests']:,} requests {sorted(first.values())} kB, "
          f"after {served:,} {sorted(last.values())} kB: {growth:+.1%}", flush=True)
    return {"samples": samples, "growth": growth}


def profile(env, path):
    """pyinstrument's text profile of 20 renders of `path`, written to bench/results/profile.txt."""
    output = run([str(PYTHON), "-c", PROFILE, path], env=env, cwd=ROOT)
    (RESULTS / "profile.txt").write_text(f"{path}\n{output}")
    return output


def find(rows, target, database="demo", cached=False):
    return next((row for row in rows if row["kind"] == "project" and row["target"] == target
                 and row["database"] == database and row["cached"] == cached), None)


def targets(rows, hello, wagtail, rss):
    """Issue 17's targets: (what, measured, holds) for each that this run measured."""
    checks = []
    cached = [row for row in rows if row["kind"] == "project" and row["database"] == "demo" and row["cached"]
              and row["target"] != "search"]
    if cached:
        worst = min(cached, key=lambda row: row["rps"])
        checks.append(("cached anonymous page ≥ 0.70× hello world (slowest cached page)",
                       f"{worst['target']}: {worst['rps'] / hello:.2f}×", worst["rps"] / hello >= 0.70))
    for target, least in (("content page (de)", 1.0), ("content page (ar)", 1.0), ("municipality home", 0.7),
                          ("event listing", 0.7), ("housing listing", 0.7), ("job listing", 0.7)):
        row = find(rows, target)
        if row and wagtail:
            checks.append((f"uncached {target} ≥ {least}× stock Wagtail", f"{row['rps'] / wagtail:.2f}×",
                           row["rps"] / wagtail >= least))
    for row in rows:
        if row["kind"] == "project" and row["database"] == "large":
            small = find(rows, row["target"], "demo", row["cached"])
            if small:
                change = row["rps"] / small["rps"] - 1
                label = f"{row['target']} ({'cached' if row['cached'] else 'uncached'})"
                checks.append((f"25,000 pages within 20% of the demo: {label}", f"{change:+.0%}", abs(change) <= 0.20))
                if row["queries"] is not None and small["queries"] is not None:
                    checks.append((f"same SQL queries at 25,000 pages: {label}", f"{small['queries']} → {row['queries']}",
                                   row["queries"] <= small["queries"]))
    search, content = find(rows, "search", "large-pg"), find(rows, "content page (de)", "large-pg")
    if search and content:
        checks.append(("search p95 ≤ 3× uncached content page p95 (25,000 pages, PostgreSQL)",
                       f"{search['p95']:.0f} ms vs {content['p95']:.0f} ms = {search['p95'] / content['p95']:.1f}×",
                       search["p95"] <= 3 * content["p95"]))
    if rss:
        checks.append((f"a worker's RSS flat (±10%) over {rss['samples'][-1]['requests']:,} requests",
                       f"{rss['growth']:+.1%}", abs(rss["growth"]) <= 0.10))
    return checks


def table(rows, hello, wagtail):
    lines = ["| target | database | cache | req/s | p50 ms | p95 ms | p99 ms | SQL/request | × hello world | × stock Wagtail |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        ratio_hello = f"{row['rps'] / hello:.2f}" if hello else "–"
        ratio_wagtail = f"{row['rps'] / wagtail:.2f}" if wagtail else "–"
        cache = "–" if row["kind"] != "project" else ("cached" if row["cached"] else "uncached")
        queries = "–" if row.get("queries") is None else str(row["queries"])
        lines.append(f"| {row['target']} | {row.get('database', '–')} | {cache} | {row['rps']:,.1f} | {row['p50']:.1f} | "
                     f"{row['p95']:.1f} | {row['p99']:.1f} | {queries} | {ratio_hello} | {ratio_wagtail} |")
    return "\n".join(lines)


def plot(rows, path):
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    labels = [row["target"] + ("" if row["kind"] != "project" else
                               f" ({row['database']}, {'cached' if row['cached'] else 'uncached'})") for row in rows]
    figure, axes = pyplot.subplots(figsize=(10, 0.32 * len(rows) + 1.5))
    colours = ["#555" if row["kind"] != "project" else ("#1f6f8b" if row["cached"] else "#d98c1f") for row in rows]
    axes.barh(labels, [row["rps"] for row in rows], color=colours)
    axes.set_xscale("log")
    axes.set_xlabel("requests per second (log scale), gunicorn 2 sync workers")
    axes.invert_yaxis()
    figure.tight_layout()
    figure.savefig(path, dpi=100)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--large", action="store_true", help="also the 25,000-page database (seeded once, ≤ 10 min)")
    parser.add_argument("--postgres", action="store_true",
                        help="also content page and search on the 25,000-page database in PostgreSQL (BENCH_POSTGRES_URL)")
    parser.add_argument("--rss-requests", type=int, default=20000, help="0 skips the RSS run")
    parser.add_argument("--skip-wagtail", action="store_true")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = [hello_world(args)]
    print(f"  Django hello world {rows[0]['rps']:8.1f} req/s", flush=True)
    if not args.skip_wagtail:
        rows.append(stock_wagtail(args))
        print(f"  stock Wagtail      {rows[1]['rps']:8.1f} req/s", flush=True)
    rows += project(args, "demo", seed=False)
    content_page = next(row["path"] for row in rows if row["target"] == "content page (de)")
    overhead = counting_overhead(project_env("demo", 300), content_page)
    print(f"  counting reads, per cached hit (in-process): {overhead}", flush=True)
    if args.large:
        rows += project(args, "large", seed=True)
    if args.postgres:
        rows += project(args, "large-pg", seed=True, only=("content page (de)", "search"), cache_states=(False,))
    urls = [(row["target"], row["path"]) for row in rows if row["kind"] == "project" and row["database"] == "demo"
            and not row["cached"]]
    rss = rss_over_requests(args, urls) if args.rss_requests else None
    slowest = min((row for row in rows if row["kind"] == "project" and not row["cached"]), key=lambda row: row["rps"])
    profiled = profile(project_env(slowest["database"], 0), slowest["path"])
    hello = rows[0]["rps"]
    wagtail = next((row["rps"] for row in rows if row["kind"] == "wagtail"), None)
    checks = targets(rows, hello, wagtail, rss)
    report = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "seconds": args.seconds,
              "connections": args.connections, "cores": os.cpu_count(), "load_average": os.getloadavg(),
              "rows": rows, "counting_overhead_microseconds": overhead, "rss": rss,
              "targets": [{"target": what, "measured": measured, "holds": holds} for what, measured, holds in checks],
              "profiled": slowest["path"]}
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2))
    plot(rows, RESULTS / "latest.png")
    print(table(rows, hello, wagtail))
    print("\n" + "\n".join(f"{'✓' if holds else '✗'} {what}: {measured}" for what, measured, holds in checks))
    print(f"\nslowest uncached page, {slowest['path']} ({slowest['database']}), profiled:")
    print("\n".join(profiled.splitlines()[:60]))
    print(f"\nwritten: {RESULTS / 'latest.json'}, {RESULTS / 'latest.png'}, {RESULTS / 'profile.txt'}")


if __name__ == "__main__":
    main()
