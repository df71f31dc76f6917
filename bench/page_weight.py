"""Transferred size (gzip, as a browser on a phone would get it) and request count per page type.

Run: .venv/bin/python bench/page_weight.py
Builds a throw-away SQLite database with the test content (tests/public_site/content.py), opens each
page type in headless Chromium at 390 px, and counts every request made before images (documents,
CSS, JS, fonts) and their transferred bytes, compressed like WhiteNoise/gzip would serve them.
Budget (issue 7): HTML+CSS+JS ≤ 50 KB compressed, ≤ 3 requests before images.
"""

import gzip
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integreat_wagtail.settings.test")
os.environ["INTEGREAT_VAR_DIR"] = tempfile.mkdtemp(prefix="page-weight-")
os.environ["DATABASE_URL"] = f"sqlite:///{os.environ['INTEGREAT_VAR_DIR']}/bench.sqlite3"
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

BUDGET_BYTES = 50 * 1024
BUDGET_REQUESTS = 3


def main():
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.testcases import LiveServerThread
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    from tests.public_site.content import build_site

    site = build_site()
    pages = {
        "home (de)": site["home"].url, "topic (de)": site["arrival"].url, "content (de)": site["registration"].url,
        "search (de)": "/de/aachtal/search/?q=anmelden", "home (ar)": site["home_ar"].url,
        "content (ar)": site["registration_ar"].url, "search (ar)": "/ar/aachtal/search/?q=تسجيل",
    }
    from django.contrib.staticfiles.handlers import StaticFilesHandler  # noqa: F401  (LiveServerThread serves static)

    server = LiveServerThread("localhost", static_handler=StaticFilesHandler)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    base = f"http://localhost:{server.port}"

    from playwright.sync_api import sync_playwright

    failed = False
    print(f"{'page type':<14} {'requests':>8} {'bytes (gzip)':>13}  resources")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for name, path in pages.items():
            context = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="block")
            page = context.new_page()
            seen = []
            page.on("requestfinished", lambda request, seen=seen: seen.append(request))
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            total = 0
            kinds = []
            counted = [r for r in seen if r.resource_type in ("document", "stylesheet", "script", "font")]
            for request in counted:
                body = request.response().body()
                total += len(gzip.compress(body, compresslevel=6))
                kinds.append(f"{request.resource_type}:{len(body)}")
            failed |= total > BUDGET_BYTES or len(counted) > BUDGET_REQUESTS
            print(f"{name:<14} {len(counted):>8} {total:>13}  {', '.join(kinds)}")
            context.close()
        browser.close()
    server.terminate()
    print(f"budget: ≤ {BUDGET_REQUESTS} requests and ≤ {BUDGET_BYTES} bytes before images: {'FAILED' if failed else 'ok'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
