from django.utils.translation import gettext_lazy as _

from integreat_wagtail.plugins.registry import PluginConfig


class EventsConfig(PluginConfig):
    default = True  # apps.py also imports PluginConfig; tell Django which config is ours
    name = "plugins.events"
    label = "events"
    plugin_key = "events"
    verbose_name = _("Events")
    description = _(
        "Local events in every language: recurring dates, cancellations, calendar subscriptions, "
        "import of municipal iCal feeds and a teaser of upcoming events on the home page."
    )
    version = "1.0"
    depends_on = ()
    provides = (
        _("Page types: events section, event"),
        _("Snippets: event categories, iCal feeds"),
        _("Feeds: iCal per event and per municipality and language, RSS and Atom"),
        _("Home page teaser of upcoming events"),
        _("Job: import_event_feeds"),
        _("API: events"),
    )
    api_feeds = {"events": "plugins.events.api:events_feed"}
    api_region_flags = ("events",)
    role_index_pages = {"event_managers": ("EventIndexPage",)}  # they create, edit, publish events there
    default_auto_field = "django.db.models.BigAutoField"
