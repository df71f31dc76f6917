from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "integreat_wagtail.feedback"
    label = "feedback"
    verbose_name = _("Reader feedback")
