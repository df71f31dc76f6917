from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "integreat_wagtail.core"
    label = "integreat_core"
    verbose_name = _("Integreat core")

    def ready(self):
        from django.conf import locale
        from django.db.models.signals import post_migrate
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from integreat_wagtail import languages
        from integreat_wagtail.core import page_cache_invalidation

        page_cache_invalidation.connect()

        from . import search_index

        # Django's LANG_INFO lacks several of our languages (prs, ti, so, de-si…).
        for code, info in languages.lang_info().items():
            locale.LANG_INFO.setdefault(code, info)

        # The forgiving search's words follow what readers can see.
        page_published.connect(lambda sender, instance, **kwargs: search_index.index_page(instance), weak=False)
        page_unpublished.connect(lambda sender, instance, **kwargs: search_index.forget_page(instance), weak=False)
        post_page_move.connect(lambda sender, instance, **kwargs: search_index.forget_vocabularies(instance), weak=False)
        post_migrate.connect(search_index.index_unindexed_pages, sender=self)

        from django_tasks.signals import task_finished

        from .task_failures import log_failed_task

        task_finished.connect(log_failed_task)
