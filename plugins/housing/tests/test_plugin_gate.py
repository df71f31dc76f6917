"""Housing off → index 404, page type not creatable, teaser gone, admin hidden, command skips it; on again → back."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from integreat_wagtail.plugins.pages import index_page
from integreat_wagtail.plugins.services import disable_plugin, enable_plugin
from plugins.housing.models import HousingIndexPage, HousingOffer, HousingPhoto
from tests.factories import root_page

from .conftest import make_offer, refused


def test_plugin_off_and_on_again(client, housing, index_de, moderator, capsys):
    offer = make_offer(housing, title="Sichtbares Angebot")
    photo = HousingPhoto.objects.create(offer=offer, image="housing/x.jpg", width=1, height=1, alt_text="x")
    due = make_offer(housing, title="Abgelaufen", expires_at=timezone.now() - datetime.timedelta(hours=1))
    home = root_page(housing).url
    assert client.get(index_de.url).status_code == 200
    teaser_on = client.get(home).content.decode()
    assert "housing-teaser" in teaser_on
    assert HousingIndexPage.can_create_at(root_page(housing, "en")) is False  # one per parent already

    disable_plugin(housing, "housing")
    housing.refresh_from_db()
    for url in (index_de.url, f"{index_de.url}{offer.pk}/", f"{index_de.url}submit/",
                f"{index_de.url}photo/{photo.pk}/"):
        assert client.get(url).status_code == 404
    assert client.post(f"{index_de.url}submit/", {}).status_code == 404
    assert "housing-teaser" not in client.get(home).content.decode()
    index_de.delete()
    assert HousingIndexPage.can_create_at(root_page(housing)) is False
    call_command("moderation_maintenance")
    assert "aachtal" not in capsys.readouterr().out
    due.refresh_from_db()
    assert due.status == "approved"  # untouched while off
    client.force_login(moderator)
    assert "Sichtbares Angebot" not in client.get("/admin/housing_offers/").content.decode()
    assert refused(client.get(f"/admin/housing_offers/edit/{offer.pk}/"))
    from plugins.housing.api import housing_offers  # noqa: F401 - the API app asks the gate; data stays

    enable_plugin(housing, "housing")
    housing.refresh_from_db()
    assert HousingIndexPage.can_create_at(root_page(housing)) is True
    from plugins.housing.demo import ensure_index_pages

    ensure_index_pages(housing)
    page = index_page(HousingIndexPage, housing, "de", housing.default_language)
    assert "Sichtbares Angebot" in client.get(page.url).content.decode()
    assert "Sichtbares Angebot" in client.get("/admin/housing_offers/").content.decode()
    offer.refresh_from_db()
    assert offer.status == "approved" and HousingOffer.objects.count() == 2
    call_command("moderation_maintenance")
    assert "aachtal / housing offers: 1 expired" in capsys.readouterr().out
