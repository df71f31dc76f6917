from wagtail import hooks

from .admin import ModerationSummaryPanel
from .services import EVENTS


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    for event, (label, message) in EVENTS.items():
        actions.register_action(f"moderation.{event}", label, message)


@hooks.register("construct_homepage_panels")
def add_moderation_summary(request, panels):
    panel = ModerationSummaryPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)
