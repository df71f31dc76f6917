"""The demo's organization: it owns its topic page in every language and has a member who logs in."""

from django.contrib.auth import get_user_model

from home.demo import content
from home.demo.loader import DemoLoader
from integreat_wagtail.organizations.models import Organization
from tests.factories import add_content_page, assert_refused, log_in, root_page

from .conftest import translate


def test_demo_organization_owns_its_page_and_has_a_member(client, municipality):
    (spec,) = next(item for item in content.municipalities() if item["slug"] == "erlenhausen")["organizations"]
    section = add_content_page(root_page(municipality), slug="beratung")
    page = add_content_page(section, slug="migrationsberatung")
    translate(section, "en")
    english = translate(page, "en")
    for _ in range(2):  # idempotent, like the whole demo
        DemoLoader("demo").organizations(municipality, [spec])
    organization = Organization.objects.get(municipality=municipality, slug="caritas")
    member = get_user_model().objects.get(username="aachtal-caritas")
    assert list(organization.members) == [member]
    log_in(client, "aachtal-caritas", "demo")
    for version in (page, english):
        assert client.get(f"/admin/pages/{version.pk}/edit/").status_code == 200
    assert_refused(client.get(f"/admin/pages/{section.pk}/edit/"))
