"""The fixture world: an own municipality with one user per role, and a foreign one full of marked data.

Every foreign object carries a unique marker ("qx" + kind + number) in its title, name or text;
a response that contains one of them (or the foreign municipality's name or slug) shows foreign
data. The search word is in every foreign title too, so searches and choosers find them, but it
is no marker: a view that only echoes the query is not a leak.
"""

import datetime
import hashlib
import io
import itertools
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.apps import apps
from django.db import models
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    TaskState,
    UploadedFile,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail_localize.models import OverridableSegment, StringSegment, StringTranslation, Translation, TranslationSource

from home.models import ContentPage, NewsIndexPage, NewsPage
from integreat_wagtail.feedback.models import Feedback, NoResultQuery
from integreat_wagtail.linkcheck.models import Link
from integreat_wagtail.locations.models import Location, LocationCategory
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.organizations.models import Organization
from integreat_wagtail.plugins.registry import installed_plugins
from integreat_wagtail.sharing.models import Reuse, Share
from plugins.events.models import EventCategory
from tests.factories import add_content_page, make_municipality, make_user, root_page

SEARCH_WORD = "birkenstamm"

# Roles of a municipality, as `Municipality.<role>_group`; roles the model lacks yet are skipped.
ROLES = ("editors", "moderators", "admins", "event_managers", "observers")


def role_groups(municipality):
    """(role, group) for every role this codebase's Municipality has."""
    return [(role, group) for role in ROLES if (group := getattr(municipality, f"{role}_group", None)) is not None]


@dataclass
class World:
    own: Municipality
    foreign: Municipality
    users: dict  # role -> user of the own municipality
    platform_admin: object
    markers: list = field(default_factory=list)
    objects: dict = field(default_factory=dict)  # model -> [foreign instances], for filling URL arguments
    subjects: list = field(default_factory=list)  # foreign pages to try as a URL's page, most telling first
    by_page: dict = field(default_factory=dict)  # page id -> {argument kind: related foreign object}

    def first(self, model):
        """A foreign instance of `model` (or of a subclass), or None."""
        for known, instances in self.objects.items():
            if instances and issubclass(known, model):
                return instances[0]
        return None

    def add(self, instance):
        self.objects.setdefault(type(instance), []).append(instance)
        return instance


class Markers:
    """Hands out unique marker strings and records them in the world."""

    def __init__(self, world):
        self.world = world
        self.counter = itertools.count(1)

    def __call__(self, kind):
        marker = f"qx{kind}{next(self.counter):02d}"
        self.world.markers.append(marker)
        return marker

    def title(self, kind):
        return f"{SEARCH_WORD.capitalize()} {self(kind)}"


def png(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (24, 16), "#0b5fa5").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def build_world():
    """Aachtal (own, with a user per role) and Birkenau (foreign, with every kind of object), all plugins on."""
    plugins = [config.plugin_key for config in installed_plugins()]
    own = make_municipality("Aachtal", "aachtal", ["de", "en", "ar"], plugins=plugins)
    foreign = make_municipality(
        "Birkenau", "birkenau", ["de", "en", "uk"], plugins=plugins, hostname="birkenau.example.org",
        intro="Willkommen qxwelcome00",
    )
    users = {role: make_user(f"aachtal-{role}", municipality=own, role=role) for role, _group in role_groups(own)}
    users["organization members"] = _organization_member(own)
    world = World(own=own, foreign=foreign, users=users, platform_admin=make_user("platform-admin", superuser=True))
    world.markers += ["birkenau", "qxwelcome00"]
    mark = Markers(world)
    foreign_editor = make_user(f"birkenau-editor-{mark('user')}", municipality=foreign, role="editors")
    make_user(f"birkenau-moderator-{mark('user')}", municipality=foreign, role="moderators")
    world.add(foreign_editor)
    for _role, group in role_groups(foreign):
        world.add(group)
    world.add(foreign)
    world.add(foreign.site)
    world.add(Locale.objects.get(language_code="uk"))  # a language only the foreign municipality uses
    # Platform-wide objects (no markers: every municipality may see them), so their URLs get real ids too.
    world.add(EventCategory.objects.create(name="Sprachcafé", locale=Locale.get_default()))
    world.add(LocationCategory.objects.create(name="Beratung", locale=Locale.get_default()))

    _media(world, mark, foreign_editor)
    _snippets(world, mark)
    _pages(world, mark, foreign_editor)
    _translations(world)
    _workflow(world, mark, foreign_editor)
    _traces(world, mark, foreign_editor)
    return world


def _media(world, mark, user):
    foreign = world.foreign
    world.add(foreign.collection)
    child = world.add(foreign.collection.add_child(name=mark.title("collection")))
    image = Image.objects.create(title=mark.title("image"), file=png(f"{mark('imagefile')}.png"), collection=child)
    image.tags.add(f"{SEARCH_WORD}{mark('imagetag')}")
    world.add(image)
    world.add(image.tags.get())
    document = Document.objects.create(
        title=mark.title("document"), file=ContentFile(b"secret", name=f"{mark('docfile')}.txt"), collection=child
    )
    document.tags.add(f"{SEARCH_WORD}{mark('doctag')}")
    world.add(document)
    world.add(UploadedFile.objects.create(
        file=ContentFile(b"upload", name=f"{mark('upload')}.png"), for_content_type=ContentType.objects.get_for_model(Image),
        uploaded_by_user=user,
    ))


def _snippets(world, mark):
    """One foreign object of every model with a municipality: locations, feedback, plugin models…"""
    from integreat_sample.models import SampleNote, SampleSubmission
    from plugins.events.models import EventFeed
    from plugins.housing.models import HousingOffer, HousingPhoto, HousingSettings
    from plugins.labour.models import CounsellingService, JobOffer

    foreign = world.foreign
    locale = root_page(foreign).locale
    now = timezone.now()
    location = world.add(Location.objects.create(
        municipality=foreign, locale=locale, name=mark.title("location"), description=mark("locationtext"),
    ))
    world.add(Feedback.objects.create(municipality=foreign, language="de", rating="down", comment=mark.title("feedback")))
    world.add(NoResultQuery.objects.create(municipality=foreign, language="de", query=f"{SEARCH_WORD} {mark('query')}"))
    world.add(EventFeed.objects.create(municipality=foreign, name=mark.title("feed"), url="https://example.org/qx.ics"))
    world.add(HousingSettings.objects.create(municipality=foreign, currency="CHF"))
    offer = world.add(HousingOffer.objects.create(
        municipality=foreign, language_code="de", title=mark.title("housing"), description=mark("housingtext"),
        rooms=2, living_area=50, cold_rent=500, available_from=now.date(), district=mark("district"), submitter_name=mark("landlord"),
        submitter_email="landlord@example.org", submitted_at=now,
    ))
    photo = HousingPhoto(offer=offer, alt_text=mark("photo"))
    photo.image.save(f"{mark('photofile')}.png", ContentFile(png("p.png").read()), save=False)
    photo.save()
    world.add(photo)
    world.add(JobOffer.objects.create(
        municipality=foreign, language="de", employer=mark("employer"), title=mark.title("job"),
        description=mark("jobtext"), employment_type="full_time", town="Birkenau", contact_email="jobs@example.org",
        submitted_at=now,
    ))
    world.add(CounsellingService.objects.create(
        municipality=foreign, locale=locale, organisation=mark("organisation"), name=mark.title("service"),
        topics=["recognition"], languages_spoken=["de"], location=location,
    ))
    world.add(SampleNote.objects.create(municipality=foreign, text=mark.title("note")))
    world.add(SampleSubmission.objects.create(
        municipality=foreign, title=mark.title("submission"), submitter_name=mark("submitter"), submitted_at=now,
    ))
    organization = world.add(Organization.objects.create(
        municipality=foreign, name=mark.title("organization"), slug=mark("orgslug"), website="https://example.org/qx",
    ))
    world.add(organization.members_group)


def _organization_member(own):
    """A member of an own organization that owns an own page: the narrowest role with admin access."""
    organization = Organization.objects.create(municipality=own, name="Caritas", slug="caritas")
    page = add_content_page(root_page(own), title="Beratung", slug="beratung")
    page.organization = organization
    page.save_revision().publish()
    member = make_user("aachtal-organization-member")
    member.groups.add(organization.members_group)
    return member


def _child(parent, instance):
    instance.locale = parent.locale
    parent.add_child(instance=instance)
    instance.save_revision().publish()
    return instance


def _pages(world, mark, user):
    """A page of every page type in the foreign tree, an unpublished draft first (it has the most to leak)."""
    from integreat_sample.models import SampleNoticePage
    from plugins.events.models import EventIndexPage, EventPage
    from plugins.housing.models import HousingIndexPage
    from plugins.labour.models import LabourIndexPage, RecognitionGuidePage

    root = root_page(world.foreign)
    draft = ContentPage(title=mark.title("draft"), slug=mark("draftslug"), locale=root.locale, live=False,
                        intro=mark("draftintro"))
    root.add_child(instance=draft)
    draft.save_revision(user=user)
    draft.title = mark.title("draftrevision")
    draft.save_revision(user=user)
    published = add_content_page(root, title=mark.title("page"), slug=mark("pageslug"), intro=mark("pageintro"))
    published.organization = world.first(Organization)  # its members' page permissions are foreign data too
    published.save_revision().publish()
    news_index = _child(root, NewsIndexPage(title=mark.title("newsindex"), slug=mark("newsslug")))
    news = _child(news_index, NewsPage(title=mark.title("news"), slug=mark("newsitem"), text=f"<p>{mark('newstext')}</p>"))
    events = _child(root, EventIndexPage(title=mark.title("eventindex"), slug=mark("eventsslug")))
    event = _child(events, EventPage(
        title=mark.title("event"), slug=mark("eventslug"), start_date=datetime.date.today() + datetime.timedelta(days=3), all_day=True,
    ))
    housing = _child(root, HousingIndexPage(title=mark.title("housingindex"), slug=mark("housingslug")))
    labour = _child(root, LabourIndexPage(title=mark.title("labourindex"), slug=mark("labourslug")))
    guide = _child(labour, RecognitionGuidePage(
        title=mark.title("guide"), slug=mark("guideslug"), profession=mark("profession"),
        profession_key=mark("professionkey"), authority_name=mark("authority"),
    ))
    notice = _child(root, SampleNoticePage(title=mark.title("notice"), slug=mark("noticeslug"), text=mark("noticetext")))
    alias = published.create_alias(parent=news_index, update_slug=mark("aliasslug"))
    translated_root = root_page(world.foreign, "en")
    world.subjects = [draft, root, published, event, events, news_index, news, housing, labour, guide, notice,
                      alias, translated_root]
    for page in world.subjects:
        world.add(page)
        world.by_page[page.pk] = {"revision": page.latest_revision}
    # Shared with nobody the own municipality is: its share and a page it took are foreign data too.
    share = world.add(Share.objects.create(municipality=world.foreign, page=published, audience=Share.Audience.CHOSEN))
    world.add(Reuse.objects.create(
        kind=Reuse.Kind.COPY, share=share, source_municipality=world.foreign, source_translation_key=published.translation_key,
        source_title=mark.title("reuse"), target_municipality=world.foreign, target_translation_key=draft.translation_key,
        source_revisions={published.locale.language_code: published.live_revision_id},
    ))


def _translations(world):
    """wagtail-localize sources and translations of foreign pages (string and overridable segments)."""
    english = root_page(world.foreign, "en").locale
    for page in world.subjects[:1] + [page for page in world.subjects if page.specific_class.__name__ == "RecognitionGuidePage"]:
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation = Translation.objects.create(source=source, target_locale=english)
        translation.save_target(publish=False)
        world.add(source)
        world.add(translation)
        world.by_page[page.pk].update(
            translation_source=source,
            translation=translation,
            string_segment=StringSegment.objects.filter(source=source).first(),
            overridable_segment=OverridableSegment.objects.filter(source=source).first(),
        )


def _workflow(world, mark, user):
    """The foreign municipality's own review workflow (made at onboarding), running on the foreign draft."""
    foreign = world.foreign
    workflow = foreign.workflow
    workflow.name = mark.title("workflow")
    workflow.save()
    task = workflow.workflow_tasks.get().task.specific
    task.name = mark.title("task")
    task.save()
    draft = world.subjects[0]
    state = workflow.start(draft, user)
    world.add(task)
    world.add(workflow)
    world.add(state)
    world.by_page[draft.pk].update(workflow_state=state, task_state=state.current_task_state, task=task)


def _traces(world, mark, user):
    """What users leave behind: a redirect, editing sessions, log entries (made by the actions above)."""
    draft = world.subjects[0]
    world.add(Redirect.objects.create(old_path=f"/{mark('redirect')}", redirect_page=draft, site=world.foreign.site))
    session = EditingSession.objects.create(
        user=user, content_type=ContentType.objects.get_for_model(Page), object_id=str(draft.pk),
        last_seen_at=timezone.now(),
    )
    world.add(session)
    world.by_page[draft.pk]["session"] = session
    log_entry = PageLogEntry.objects.filter(page_id=draft.pk).first()
    if log_entry is not None:
        world.add(log_entry)
    link = Link.objects.create(
        municipality=world.foreign, url=f"https://{mark('link')}.example.org/", status=404, broken=True, checked_at=timezone.now(),
    )
    link.pages.add(draft)  # the broken-links report would name the link and the page
    world.add(link)


# ----- fingerprint of the foreign municipality's data -----
IGNORED_FIELDS = {"last_login"}


def _rows(queryset):
    fields = [f.attname for f in queryset.model._meta.concrete_fields if f.attname not in IGNORED_FIELDS]
    return list(queryset.order_by("pk").values_list(*fields))


def fingerprint(world):
    """A digest of everything that belongs to the foreign municipality; equal digests mean nothing changed.

    Pages (every field: titles, live, revisions, locks, tree), revisions, log entries, workflow and
    task states, every model with a municipality (and their children), media and collections,
    groups with their members and permissions, wagtail-localize's sources, translations and
    string translations, redirects, editing sessions, uploads.
    """
    foreign = world.foreign
    pages = Page.objects.none()
    for root in foreign.pages.all():
        pages |= Page.objects.descendant_of(root, inclusive=True)
    pages = Page.objects.filter(pk__in=pages.values("pk"))
    page_ids = list(pages.values_list("pk", flat=True))
    page_type = ContentType.objects.get_for_model(Page)
    groups = Group.objects.filter(pk__in=[group.pk for _role, group in role_groups(foreign)])
    users = get_user_model().objects.filter(groups__in=groups).distinct()
    collections = Collection.objects.descendant_of(foreign.collection, inclusive=True)
    parts = [
        _rows(pages),
        _rows(Revision.objects.filter(base_content_type=page_type, object_id__in=[str(pk) for pk in page_ids])),
        _rows(PageLogEntry.objects.filter(page_id__in=page_ids)),
        _rows(WorkflowState.objects.filter(base_content_type=page_type, object_id__in=[str(pk) for pk in page_ids])),
        _rows(TaskState.objects.filter(workflow_state__object_id__in=[str(pk) for pk in page_ids])),
        _rows(Municipality.objects.filter(pk=foreign.pk)),
        _rows(collections),
        _rows(Image.objects.filter(collection__in=collections)),
        _rows(Document.objects.filter(collection__in=collections)),
        _rows(groups),
        _rows(users),
        sorted(users.values_list("pk", "groups")),
        sorted(groups.values_list("pk", "permissions")),
        _rows(GroupCollectionPermission.objects.filter(group__in=groups)),
        _rows(Redirect.objects.filter(models.Q(redirect_page_id__in=page_ids) | models.Q(site=foreign.site))),
        _rows(EditingSession.objects.filter(user__in=users)),
        _rows(UploadedFile.objects.filter(uploaded_by_user__in=users)),
    ]
    parts += [_rows(model.objects.filter(pk__in=[obj.pk for obj in world.objects.get(model, [])]))
              for model in (Workflow, GroupApprovalTask)]
    for model in apps.get_models():
        for lookup in _municipality_lookups(model):
            parts.append(_rows(model._default_manager.filter(**{lookup: foreign})))
    parts += [_rows(model.objects.filter(page_id__in=page_ids)) for model in (GroupPagePermission, PageViewRestriction, WorkflowPage)]
    keys = [page.translation_key for page in pages.only("translation_key")]
    keys += [obj.translation_key for instances in world.objects.values() for obj in instances
             if hasattr(obj, "translation_key") and not isinstance(obj, Page)]
    sources = TranslationSource.objects.filter(object_id__in=keys)
    parts += [
        _rows(sources),
        _rows(Translation.objects.filter(source__in=sources)),
        _rows(StringTranslation.objects.filter(context__object_id__in=keys)),
        _rows(ModelLogEntry.objects.filter(object_id__in=[str(obj.pk) for instances in world.objects.values()
                                                          for obj in instances if not isinstance(obj, Page)])),
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _municipality_lookups(model):
    """Lookups from `model` to its municipality: a direct foreign key, or one through a parent row."""
    lookups = []
    for field_ in model._meta.concrete_fields:
        target = getattr(field_, "related_model", None)
        if target is Municipality and field_.name != "parent" and model is not Municipality:
            lookups.append(field_.name)
        elif target is not None and target is not Municipality and any(
            getattr(f, "related_model", None) is Municipality and f.name == "municipality"
            for f in target._meta.concrete_fields
        ):
            lookups.append(f"{field_.name}__municipality")
    return lookups

