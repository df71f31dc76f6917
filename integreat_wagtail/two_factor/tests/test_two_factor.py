"""Optional TOTP two-factor authentication for staff, compulsory for platform admins on request."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


@pytest.fixture(autouse=True)
def no_throttling(settings):
    """django-otp makes a user wait after a wrong code; these tests enter the right one at once."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def code(device, steps_ahead=0):
    """The code the user's app shows (`steps_ahead` 30-second steps later: a code is accepted once)."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + steps_ahead):06d}"


def switch_on(client, user):
    client.force_login(user)
    page = client.get("/admin/two-factor/setup/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert device.config_url.split("secret=")[1].split("&")[0] in page.content.decode()  # the key to type in
    assert 'src="data:image/svg+xml' in page.content.decode()  # the QR code, no third-party service
    assert client.post("/admin/two-factor/setup/", {"code": "000000" if code(device) != "000000" else "111111"}).status_code == 200
    assert not TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.post("/admin/two-factor/setup/", {"code": code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_staff_user_switches_it_on_and_then_needs_the_code_after_the_password(client, editor):
    device = switch_on(client, editor)
    assert client.get("/admin/").status_code == 200  # this session was verified when switching on

    client.logout()
    client.force_login(editor)  # the password step
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response.url.startswith("/admin/two-factor/verify/?next=/admin/pages/")
    assert client.get("/admin/account/").status_code == 302
    assert client.get("/admin/two-factor/setup/").status_code == 302  # no second device without the code

    wrong = client.post("/admin/two-factor/verify/?next=/admin/pages/", {"code": "12345"})
    assert wrong.status_code == 200 and client.get("/admin/").status_code == 302
    right = client.post("/admin/two-factor/verify/", {"code": code(device, 1), "next": "/admin/pages/"})
    assert right.status_code == 302 and right.url == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_platform_setting_forces_superusers_to_set_it_up(client, settings, platform_admin, editor):
    client.force_login(platform_admin)
    assert client.get("/admin/").status_code == 200  # optional by default
    settings.INTEGREAT_REQUIRE_2FA = True
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url.startswith("/admin/two-factor/setup/")
    assert client.get("/admin/two-factor/setup/").status_code == 200
    client.force_login(editor)  # staff who are not platform admins stay free to choose
    assert client.get("/admin/").status_code == 200
