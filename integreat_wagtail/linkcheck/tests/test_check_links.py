"""The checker against a local web server: statuses, HEAD→GET, redirects, timeout, rate, limit, SSRF."""

import time

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase

from integreat_wagtail.linkcheck.collect import links_of
from integreat_wagtail.linkcheck.models import Link, broken_link_count
from integreat_wagtail.linkcheck.probe import Blocked, HostThrottle, public_address
from integreat_wagtail.linkcheck.tasks import check_links_task
from tests.factories import add_content_page, root_page

from .conftest import page_with_links


def links(municipality):
    return {link.url: link for link in Link.objects.filter(municipality=municipality)}


def test_statuses_head_then_get_redirects_and_internal_links(municipality, root, server, private_allowed):
    base, requests = server
    target = add_content_page(root, title="Ziel")
    draft = add_content_page(root, title="Entwurf")
    draft.unpublish()
    urls = [f"{base}/ok", f"{base}/gone", f"{base}/no-head", f"{base}/moved"]
    page = page_with_links(
        root, "Links", urls, page=target,
        paragraph=f'<p><a href="{base}/gone">kaputt</a> <a linktype="page" id="{draft.pk}">Entwurf</a> <a href="mailto:a@b.de">Mail</a></p>',
    )

    call_command("check_links", "--municipality", municipality.slug, "--rate", "100")

    found = links(municipality)
    assert set(found) == {*urls, f"page:{target.pk}", f"page:{draft.pk}"}
    assert (found[f"{base}/ok"].status, found[f"{base}/ok"].broken) == (200, False)
    assert (found[f"{base}/gone"].status, found[f"{base}/gone"].broken) == (404, True)
    assert (found[f"{base}/no-head"].status, found[f"{base}/no-head"].broken) == (200, False)
    assert (found[f"{base}/moved"].status, found[f"{base}/moved"].broken) == (200, False)
    assert found[f"page:{target.pk}"].broken is False and found[f"page:{draft.pk}"].broken is True
    assert list(found[f"{base}/gone"].pages.all()) == [page.page_ptr]
    assert ("GET", "/no-head") in [(method, path) for _at, method, path in requests]
    assert broken_link_count(municipality) == 2


def test_links_in_every_language_and_the_imprint_are_collected(municipality, root, server, private_allowed):
    base, _requests = server
    english = root_page(municipality, "en")
    english.imprint = f'<p><a href="{base}/gone">Impressum</a></p>'
    english.save_revision().publish()

    call_command("check_links", "--municipality", municipality.slug)

    assert list(links(municipality)[f"{base}/gone"].pages.all()) == [english.page_ptr]


def test_a_link_no_page_contains_any_more_is_dropped(municipality, root, server, private_allowed):
    base, _requests = server
    page = page_with_links(root, "Links", [f"{base}/gone"])
    call_command("check_links")
    page.body = "[]"
    page.save_revision().publish()

    call_command("check_links")

    assert links(municipality) == {}


def test_private_addresses_are_refused_without_a_request(municipality, root, server):
    base, requests = server
    page_with_links(root, "Links", [f"{base}/ok", "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/"])

    call_command("check_links")

    assert requests == []
    assert {link.error for link in links(municipality).values()} == {"private network address refused"}
    assert broken_link_count(municipality) == 3


@pytest.mark.parametrize("host", ["127.0.0.1", "10.0.0.1", "192.168.1.1", "169.254.169.254", "::1", "localhost", "0.0.0.0"])
def test_private_hosts_are_blocked(host):
    with pytest.raises(Blocked):
        public_address(host, 80, allow_private=False)
    assert public_address("127.0.0.1", 80, allow_private=True) == "127.0.0.1"


def test_a_redirect_into_the_private_network_is_refused(municipality, root, server, monkeypatch):
    """Only the test server's own host is let through: the redirect's hop is checked on its own."""
    base, requests = server
    original = public_address

    def only_the_test_server(host, port, allow_private):
        return original(host, port, allow_private=host == "127.0.0.1")

    monkeypatch.setattr("integreat_wagtail.linkcheck.probe.public_address", only_the_test_server)
    page_with_links(root, "Links", [f"{base}/to-metadata"])

    call_command("check_links")

    assert links(municipality)[f"{base}/to-metadata"].error == "private network address refused"
    assert [path for _at, _method, path in requests] == ["/to-metadata"]


def test_timeout(municipality, root, server, private_allowed):
    base, _requests = server
    page_with_links(root, "Links", [f"{base}/slow"])
    started = time.monotonic()

    call_command("check_links", "--timeout", "0.3")

    assert time.monotonic() - started < 1.5
    assert links(municipality)[f"{base}/slow"].error == "timed out"


def test_requests_to_one_host_keep_the_rate(municipality, root, server, private_allowed):
    base, requests = server
    page_with_links(root, "Links", [f"{base}/ok", f"{base}/ok?2", f"{base}/ok?3"])

    call_command("check_links", "--rate", "4")

    times = [at for at, _method, _path in requests]
    assert len(times) == 3 and all(later - earlier >= 0.24 for earlier, later in zip(times, times[1:]))


def test_throttle_waits_per_host():
    now, slept = [0.0], []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    throttle = HostThrottle(2, clock=lambda: now[0], sleep=sleep)
    throttle.wait("a.example")
    throttle.wait("b.example")
    throttle.wait("a.example")
    assert slept == [0.5]


def test_limit_per_run_checks_the_oldest_first(municipality, root, server, private_allowed, settings):
    base, requests = server
    settings.INTEGREAT_LINKCHECK_MAX_PER_RUN = 2
    page_with_links(root, "Links", [f"{base}/ok?{n}" for n in range(3)])

    call_command("check_links")
    assert len(requests) == 2
    call_command("check_links", "--limit", "1")

    assert len(requests) == 3
    assert all(link.checked_at for link in links(municipality).values())


def test_the_limit_covers_the_whole_run(municipality, other_municipality, root, server, private_allowed):
    base, requests = server
    page_with_links(root, "Links", [f"{base}/ok?a", f"{base}/ok?b"])
    page_with_links(root_page(other_municipality), "Links", [f"{base}/ok?c", f"{base}/ok?d"])

    call_command("check_links", "--limit", "3", "--rate", "50")

    assert len(requests) == 3
    assert Link.objects.filter(checked_at__isnull=True).count() == 1


def test_only_the_named_municipality(municipality, other_municipality, server, private_allowed):
    base, requests = server
    page_with_links(root_page(other_municipality), "Links", [f"{base}/gone"])

    call_command("check_links", "--municipality", municipality.slug)

    assert requests == [] and broken_link_count(other_municipality) == 0


@pytest.mark.parametrize("arguments, message", [
    (["--municipality", "nowhere"], "No municipality with the slug 'nowhere'"),
    (["--rate", "0"], "--rate must be more than 0"),
    (["--rate", "-3"], "--rate must be more than 0"),
    (["--timeout", "0"], "--timeout must be more than 0"),
    (["--timeout", "999"], "at most 120 seconds"),
    (["--limit", "-1"], "--limit must be 0 or more"),
])
def test_bad_arguments(db, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("check_links", *arguments)


def test_as_a_background_task(municipality, root, server, private_allowed):
    base, _requests = server
    page_with_links(root, "Links", [f"{base}/gone", f"{base}/ok"])

    with TestCase.captureOnCommitCallbacks(execute=True):
        result = check_links_task.enqueue(municipality_slug=municipality.slug, rate=50)

    assert result.status == "SUCCESSFUL"
    assert result.return_value == {municipality.slug: {"links": 2, "checked": 2, "broken": 1}}


def test_links_of_rich_text_stream_and_chooser(root):
    target = add_content_page(root, title="Ziel")
    page = page_with_links(root, "Links", ["https://example.org/a"], page=target,
                           paragraph='<p><a href="https://example.org/b">b</a><a href="#top">top</a><a href="/de/x/">x</a></p>')
    assert sorted(links_of(page)) == [
        ("external", "https://example.org/a"), ("external", "https://example.org/b"), ("page", f"page:{target.pk}"),
    ]
