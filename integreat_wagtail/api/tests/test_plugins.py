"""Plugin content in the APIs obeys the plugin switch: 404 where off, the plugin's data where on."""

import pytest

from integreat_wagtail.plugins.services import set_enabled_plugins
from integreat_wagtail.plugins.registry import get_plugin


def installed(*keys):
    return all(get_plugin(key) is not None for key in keys)


@pytest.mark.skipif(not installed("events", "housing", "labour"), reason="needs the events, housing and labour plugins")
def test_plugin_endpoints_follow_the_switch(client, site):
    aachtal = site["aachtal"]
    urls = [
        "/api/v3/aachtal/de/events/",
        "/api/v3/aachtal/de/events/?combine_recurring=true",
        "/api/v3/aachtal/de/housing/",
        "/api/v3/aachtal/de/labour/jobs/",
        "/api/v3/aachtal/de/labour/guides/",
        "/api/v3/aachtal/de/labour/counselling/",
        "/api/municipalities/aachtal/de/plugins/events/events/",
        "/api/municipalities/aachtal/de/plugins/housing/housing/",
        "/api/municipalities/aachtal/de/plugins/labour/jobs/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]
    assert client.get("/api/v3/aachtal/de/offers/").json() == []
    assert client.get("/api/v3/regions/aachtal/").json()["events"] is False

    set_enabled_plugins(aachtal, ["events", "housing", "labour"])
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
    assert client.get("/api/v3/aachtal/de/events/").json() == []
    region = client.get("/api/v3/regions/aachtal/").json()
    assert region["events"] is True and region["extras"] is True
    offers = client.get("/api/v3/aachtal/offers/").json()
    assert [offer["alias"] for offer in offers] == ["housing", "labour"]
    for offer in offers:
        assert set(offer) == {"name", "alias", "url", "post", "thumbnail"}
        assert offer["url"].startswith("http")
    plugins = client.get("/api/municipalities/aachtal/de/plugins/").json()
    assert {plugin["key"] for plugin in plugins} == {"events", "housing", "labour"}
    # Bad parameters of a plugin: 400, never 500.
    assert client.get("/api/v3/aachtal/de/events/?start=yesterday").status_code == 400
    assert client.get("/api/v3/aachtal/de/events/?start=2026-05-01&end=2025-01-01").status_code == 400
    assert client.get("/api/municipalities/aachtal/de/plugins/events/events/?start=yesterday").status_code == 400
    assert client.get("/api/v3/aachtal/de/labour/jobs/?type=nonsense").status_code == 400
    # The other municipality still has none of it.
    assert client.get("/api/v3/birkenau/de/housing/").status_code == 404
