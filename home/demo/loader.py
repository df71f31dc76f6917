"""Build the demo: municipalities, topic trees in several languages, users per role, plugin data."""

import datetime
import importlib
import importlib.util
import uuid

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from home.models import ContentPage
from integreat_wagtail.core.demo_data import localized
from integreat_wagtail.municipalities import roles
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.services import create_municipality
from integreat_wagtail.organizations.models import Organization
from integreat_wagtail.plugins.gate import enabled_plugin_keys
from integreat_wagtail.plugins.registry import get_plugin
from integreat_wagtail.sharing.models import Share
from integreat_wagtail.sharing.onboarding import copy_tree
from integreat_wagtail.sharing.services import share_page, take
from integreat_wagtail.translations.instances import translate_instance

from . import content
from .images import demo_image
from .impact_figures import load_impact_figures
from .places import load_places
from .translation_states import show_translation_states

def block_id(*parts):
    """Stable StreamField ids, identical in source and translation, so segments line up."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(str(part) for part in parts)))


def body_data(blocks, language, name, page_key, images):
    """StreamField raw data of a topic body in one language."""
    data = []
    for position, block in enumerate(blocks):
        kind = block["type"]
        bid = block_id(page_key, position)
        if kind in ("heading", "paragraph"):
            value = localized(block["value"], language, municipality=name)
        elif kind == "callout":
            value = {"kind": block["kind"], "text": f"<p>{localized(block['value'], language, municipality=name)}</p>"}
        elif kind == "contact":
            value = {
                "name": localized(block["name"], language, municipality=name),
                "phone": block.get("phone", ""),
                "email": block.get("email", ""),
                "address": block.get("address", ""),
                "website": "",
            }
        elif kind == "image":
            value = {"image": images[block["key"]].pk, "alt_text": localized(block["alt"], language, municipality=name), "caption": ""}
        else:
            value = [
                {"type": "item", "id": block_id(page_key, position, index), "value": item_value(kind, item, language, name)}
                for index, item in enumerate(block["value"])
            ]
        data.append({"type": kind, "id": bid, "value": value})
    return data


def item_value(kind, item, language, name):
    if kind == "links":
        return {"title": localized(item["title"], language, municipality=name), "page": None, "url": item["url"]}
    if kind == "faq":
        return {"question": localized(item["question"], language, municipality=name), "answer": f"<p>{localized(item['answer'], language, municipality=name)}</p>"}
    return {"days": localized(item["days"], language, municipality=name), "hours": item["hours"]}


def localize_topics(nodes, country, overrides=None):
    """A copy of the topic tree with the country's overrides applied (the German tree is the default).

    Overrides are keyed by slug path ("behoerden/sozialleistungen") and hold a new "title" or "intro"
    and/or "blocks": {position: {key: new value}}. Only leaves change: every block keeps its type and
    position, so block ids (and with them the translation segments) stay the same in every language.
    """
    overrides = content.country_overrides(country) if overrides is None else overrides
    unused = set(overrides)

    def apply(node, path):
        unused.discard(path)
        patch = overrides.get(path, {})
        unknown = set(patch) - {"title", "intro", "blocks"}
        if unknown:
            raise KeyError(f"{country} override for {path}: unknown keys {sorted(unknown)}")
        node = {**node, **{key: patch[key] for key in ("title", "intro") if key in patch}}
        body = list(node["body"])
        for position, changes in patch.get("blocks", {}).items():
            if "type" in changes or not 0 <= position < len(body):
                raise KeyError(f"{country} override for {path}: bad block {position}")
            body[position] = {**body[position], **changes}
        node["body"] = body
        if "children" in node:
            node["children"] = [apply(child, f"{path}/{child['slug']}") for child in node["children"]]
        return node

    tree = [apply(node, node["slug"]) for node in nodes]
    if unused:
        raise KeyError(f"{country} overrides for unknown pages: {sorted(unused)}")
    return tree


def page_fields(node, language, name, images, page_key):
    return {
        "title": localized(node["title"], language, municipality=name),
        "intro": localized(node["intro"], language, municipality=name),
        "body": body_data(node["body"], language, name, page_key, images),
    }


class DemoLoader:
    def __init__(self, password, stdout=None):
        self.password = password
        self.stdout = stdout
        self.today = timezone.localdate()

    def say(self, message):
        if self.stdout:
            self.stdout.write(message)

    def run(self):
        self.user("admin", ("Platform", "Admin"), superuser=True)
        by_slug = {}
        topics = content.topics()
        for spec in content.municipalities():
            with transaction.atomic():
                municipality = self.municipality(spec, by_slug)
                by_slug[spec["slug"]] = municipality
                for role in roles.ROLES:
                    self.user(f"{municipality.slug}-{role.slug}", (municipality.name, role.group_name[:-1]),
                              group=municipality.group_for(role.key))
                if spec.get("from") and not municipality.pages.filter(depth__gt=0).first().get_children().exists():
                    copy_tree(by_slug[spec["from"]], municipality)  # onboarding from a platform template
                elif not municipality.pages.filter(depth__gt=0).first().get_children().exists():
                    taken = spec.get("takes", {})
                    nodes = [node for node in topics if node["slug"] not in taken]
                    self.topics(municipality, spec.get("country", "DE"), nodes, text_name=spec.get("text_name"))
                    self.take(municipality, by_slug.get(spec["parent"]), taken)
                self.share(municipality, spec.get("shares", ()))
                self.organizations(municipality, spec.get("organizations", ()))
                load_places(municipality, spec.get("country", "DE"))
            load_plugin_demos(municipality)
            with transaction.atomic():
                show_translation_states(municipality)
                load_impact_figures(municipality, self.today)
        return by_slug

    def user(self, username, name, superuser=False, group=None):
        """A demo user with a name: Wagtail's account settings require first and last name to save."""
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@demo.example.org", "is_superuser": superuser, "is_staff": superuser}
        )
        if created:
            user.set_password(self.password)
        if created or not (user.first_name and user.last_name):  # also demos loaded before users had names
            user.first_name, user.last_name = name
            user.save()
        if group is not None:
            user.groups.add(group)
        return user

    def municipality(self, spec, by_slug):
        existing = Municipality.objects.filter(slug=spec["slug"]).first()
        if existing:
            return existing
        languages = spec["languages"]
        municipality = create_municipality(
            name=spec["name"], slug=spec["slug"], kind=spec["kind"], parent=by_slug.get(spec["parent"]),
            language_codes=languages, default_language=languages[0], time_zone=spec["time_zone"],
            latitude=spec["latitude"], longitude=spec["longitude"], postal_codes=" ".join(spec["postal_codes"]),
            contact_name=spec["contact"]["name"], contact_email=spec["contact"]["email"],
            contact_phone=spec["contact"]["phone"], contact_address=spec["contact"]["address"],
            intro=localized(spec["intro"], languages[0], municipality=spec["name"]),
            imprint=localized(spec["imprint"], languages[0], municipality=spec["name"]),
            enabled_plugins=spec.get("plugins", []), is_template=spec.get("template", False),
        )
        municipality.emergency_numbers = [
            {"number": entry["number"], "label": {code: localized(entry["label"], code, municipality=spec["name"]) for code in languages}}
            for entry in spec["emergency_numbers"]
        ]
        municipality.save(update_fields=["emergency_numbers"])
        source = municipality.pages.get(locale__language_code=languages[0]).specific
        for code in languages[1:]:
            copy = type(source).objects.get(pk=source.pk)
            copy.intro = localized(spec["intro"], code, municipality=spec["name"])
            copy.imprint = localized(spec["imprint"], code, municipality=spec["name"])
            translate_instance(source, copy, Locale.objects.get(language_code=code))
        self.say(f"Created {municipality.name} in {', '.join(languages)}")
        return municipality

    def topics(self, municipality, country="DE", topics=None, text_name=None):
        """The topic trees below the municipality's root pages, with the country's texts (naming the
        municipality as `text_name`, by default its name)."""
        topics = content.topics() if topics is None else topics
        name = text_name or municipality.name
        languages = municipality.language_codes
        root = municipality.pages.get(locale__language_code=languages[0]).specific
        images = {key: demo_image(key, municipality.collection) for key in content_image_keys(topics)}
        icons = {}
        locales = {code: Locale.objects.get(language_code=code) for code in languages[1:]}

        def build(node, parent, depth_key):
            page_key = f"{municipality.slug}/{depth_key}"
            icon = node.get("icon", "info")
            if icon not in icons:
                icons[icon] = demo_image(icon, municipality.collection)
            page = ContentPage(
                slug=node["slug"], icon=icon, thumbnail=icons[icon], locale=parent.locale,
                contact_name=municipality.contact_name, contact_role="",
                contact_email=municipality.contact_email, contact_phone=municipality.contact_phone,
                last_reviewed_on=self.today - datetime.timedelta(days=(len(page_key) * 7) % 300),
                show_in_menus=True, **page_fields(node, languages[0], name, images, page_key),
            )
            parent.add_child(instance=page)
            page.save_revision().publish()
            for code, locale in locales.items():  # translations first: children need translated parents
                copy = ContentPage.objects.get(pk=page.pk)
                for field, value in page_fields(node, code, name, images, page_key).items():
                    setattr(copy, field, value)
                translate_instance(page, copy, locale)
            for child in node.get("children", []):
                build(child, page, f"{depth_key}/{child['slug']}")

        for node in localize_topics(topics, country):
            build(node, root, node["slug"])

    def share(self, municipality, slugs):
        """Topics the municipality shares with its county's towns (again after a reload: sharing is idempotent)."""
        root = municipality.page_for_language(municipality.default_language)
        for slug in slugs:
            share_page(root.get_children().get(slug=slug), Share.Audience.REGION)

    def take(self, municipality, county, kinds):
        """Topics a town takes from its county, which shares them, instead of writing its own."""
        if not kinds:
            return
        source_root, root = county.page_for_language(county.default_language), municipality.page_for_language(municipality.default_language)
        for slug, kind in kinds.items():
            take(source_root.get_children().get(slug=slug), root, kind)

    def organizations(self, municipality, specs):
        """Organizations owning topic pages (by slug path below the root), each with a member user."""
        root = municipality.pages.get(locale__language_code=municipality.default_language)
        for spec in specs:
            organization, _created = Organization.objects.get_or_create(
                municipality=municipality, slug=spec["slug"],
                defaults={"name": spec["name"], "website": spec["website"], "contact_email": spec["contact_email"]},
            )
            self.user(f"{municipality.slug}-{spec['slug']}", (spec['name'], municipality.name), group=organization.members_group)
            for path in spec["pages"]:
                page = ContentPage.objects.descendant_of(root).get(url_path=f"{root.url_path}{path}/")
                if page.organization_id != organization.pk:
                    page.organization = organization
                    page.save_revision().publish()  # its translations follow (organizations/permissions.py)


def load_plugin_demos(municipality):
    """Each enabled plugin may ship `demo.load_demo(municipality)`; it must be idempotent."""
    for key in sorted(enabled_plugin_keys(municipality)):
        config = get_plugin(key)
        if config is None or importlib.util.find_spec(f"{config.name}.demo") is None:
            continue
        importlib.import_module(f"{config.name}.demo").load_demo(municipality)


def content_image_keys(topics):
    keys = set()

    def walk(nodes):
        for node in nodes:
            keys.update(block["key"] for block in node["body"] if block["type"] == "image")
            walk(node.get("children", []))

    walk(topics)
    return sorted(keys)
