from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "integreat_wagtail.api"
    label = "integreat_api"
    verbose_name = _("Content API")

    def ready(self):
        from wagtail.signals import page_published

        from .tasks import queue_pdf_layouts

        page_published.connect(queue_pdf_layouts, dispatch_uid="integreat_api_pdf_layouts")
