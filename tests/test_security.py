"""Security basics: login throttling per username and client address, CSP and Permissions-Policy headers."""

import pytest
from django.test import override_settings

from tests.factories import add_content_page, make_user, root_page


@pytest.fixture(autouse=True)
def few_attempts(settings):
    settings.AXES_FAILURE_LIMIT = 3


def log_in(client, username, password, address="203.0.113.5", **headers):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def test_admin_login_is_locked_after_repeated_failures_for_that_username_and_address(client, db):
    make_user("aachtal-editor", password="right-password", superuser=True)
    for _ in range(2):
        assert log_in(client, "aachtal-editor", "wrong").status_code == 200  # the form again, with its error
    locked = log_in(client, "aachtal-editor", "wrong")
    assert locked.status_code == 429
    # Locked: even the right password is refused from this address …
    assert log_in(client, "aachtal-editor", "right-password").status_code == 429
    assert "_auth_user_id" not in client.session
    # … while the same person from another address still gets in.
    assert log_in(client, "aachtal-editor", "right-password", address="198.51.100.7").status_code == 302


@override_settings(INTEGREAT_TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_forwarded_client_address_is_throttled(client, db):
    make_user("aachtal-editor", password="right-password", superuser=True)
    proxy = "10.0.0.1"
    for _ in range(3):
        log_in(client, "aachtal-editor", "wrong", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert log_in(client, "aachtal-editor", "right-password", address=proxy,
                  HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    # Another client behind the same proxy is not locked out with it.
    assert log_in(client, "aachtal-editor", "right-password", address=proxy,
                  HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 302


def test_public_pages_and_admin_send_csp_and_permissions_policy(client, municipality, editor):
    page = add_content_page(root_page(municipality), slug="info")
    public = client.get(page.url)
    assert public.status_code == 200
    policy = public["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    script_src = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src  # the public site runs no inline script
    permissions = public["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions

    client.force_login(editor)
    admin = client.get("/admin/")
    assert "default-src 'self'" in admin["Content-Security-Policy"]
    assert "geolocation=()" in admin["Permissions-Policy"]
