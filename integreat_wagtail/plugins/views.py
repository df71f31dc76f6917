"""Platform admin page: which plugin runs where (municipality × plugin)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from integreat_wagtail.municipalities.models import Municipality

from .gate import is_enabled
from .registry import installed_plugins


class PluginMatrixView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "integreat_plugins/matrix.html"
    page_title = _("Plugins per municipality")
    header_icon = "cogs"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plugins = installed_plugins()
        context["plugins"] = plugins
        context["rows"] = [
            (municipality, [is_enabled(municipality, config.plugin_key) for config in plugins])
            for municipality in Municipality.objects.order_by("name")
        ]
        return context
