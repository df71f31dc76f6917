"""The admin API's image and document endpoints list only media the user may see.

Wagtail's admin API (`/admin/api/main/images/`, `…/documents/`, used by the admin's JavaScript)
hides only collections with a view restriction: every municipality's images and documents
would be listed with title, file name and tags. Here both endpoints (listing, detail, search)
serve the media the user may change or choose, by the collection permission policy.
"""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry

MEDIA_VISIBLE_ACTIONS = ["change", "choose"]


def visible_media(model, user):
    """The images or documents `user` may see in the admin: those they may change or choose."""
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, MEDIA_VISIBLE_ACTIONS)


class VisibleMediaMixin:
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=visible_media(self.model, self.request.user).values("pk"))


class VisibleImagesAdminAPIViewSet(VisibleMediaMixin, ImagesAdminAPIViewSet):
    pass


class VisibleDocumentsAdminAPIViewSet(VisibleMediaMixin, DocumentsAdminAPIViewSet):
    pass


def register_visible_media_endpoints(router):
    """`construct_admin_api`, after Wagtail's own hooks: the same names replace their endpoints."""
    router.register_endpoint("images", VisibleImagesAdminAPIViewSet)
    router.register_endpoint("documents", VisibleDocumentsAdminAPIViewSet)
