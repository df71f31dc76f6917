"""Download and upload of translation files in the translation editor, for human translators.

Each view is installed behind `guards.target_editable` (edit rights on the translated page or
snippet), the check wagtail-localize's own PO views get; our PO upload replaces wagtail-localize's,
so that both formats are checked as a whole before anything is stored (`translation_files.py`).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation

from . import translation_files

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def file_name(translation, extension):
    return f"{slugify(translation.source.object_repr)}-{translation.target_locale.language_code}.{extension}"


@require_GET
def download_xliff(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    response = HttpResponse(translation_files.export_xliff(translation), content_type="application/xliff+xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name(translation, "xlf")}"'
    return response


@require_POST
def upload_xliff(request, translation_id):
    return _upload(request, translation_id, translation_files.read_xliff, translation_files.XLIFF_TOOL)


@require_POST
def upload_pofile(request, translation_id):
    return _upload(request, translation_id, translation_files.read_po, translation_files.PO_TOOL)


def _upload(request, translation_id, read, tool_name):
    """All or nothing: a file that does not fit changes nothing and answers 400 with the reason."""
    translation = get_object_or_404(Translation, pk=translation_id)
    editor_url = get_valid_next_url_from_request(request) or AdminURLFinder(request.user).get_edit_url(
        translation.get_target_instance()
    )
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise ValidationError(_("Choose a file to upload."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(_("The file is larger than 5 MB."))
        incoming = read(translation, upload.read())
    except ValidationError as error:
        context = {"errors": error.messages, "editor_url": editor_url, "translation": translation}
        return TemplateResponse(request, "translations/file_upload_error.html", context, status=400)
    changed = translation_files.import_strings(translation, incoming, request.user, tool_name)
    messages.success(
        request,
        ngettext("%(count)s translation was taken from the file.", "%(count)s translations were taken from the file.", changed)
        % {"count": changed},
    )
    return redirect(editor_url)
