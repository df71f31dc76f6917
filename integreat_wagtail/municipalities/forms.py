"""The one validation path for creating a municipality, used by the admin and by manage.py."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from integreat_wagtail import languages
from integreat_wagtail.plugins.registry import installed_plugins
from integreat_wagtail.plugins.services import set_enabled_plugins, validate_plugin_keys
from integreat_wagtail.sharing.onboarding import check_template, copy_tree

from .models import Municipality
from .services import add_languages, create_municipality, set_publishing
from .validators import validate_hostname, validate_language_codes

RESERVED_SLUGS = {"admin", "api", "static", "media", "documents", "healthz", "readyz", "sitemap.xml", "robots.txt", "django-admin"}


class LanguageCodesField(forms.MultipleChoiceField):
    """Languages as checkboxes in the admin, or a comma-separated string from the shell."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", [(lang.code, f"{lang.native_name} ({lang.english_name})") for lang in languages.LANGUAGES])
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = [code.strip() for code in value.split(",") if code.strip()]
        return super().to_python(value)

    def validate(self, value):
        # Our own message names the unknown codes and lists the known ones.
        validate_language_codes(value)


class PluginChoiceField(forms.MultipleChoiceField):
    """Every installed plugin with its description, as switches."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Plugins"))
        super().__init__(**kwargs)
        self.choices = [
            (config.plugin_key, f"{config.verbose_name} – {config.description}") for config in installed_plugins()
        ]

    def validate(self, value):
        validate_plugin_keys(value)


def template_label(municipality):
    if municipality.is_template:
        return _("Platform template: %(name)s") % {"name": municipality.name}
    return municipality.name


class MunicipalityForm(forms.ModelForm):
    language_codes = LanguageCodesField(label=_("Languages"))
    default_language = forms.ChoiceField(
        label=_("Default language"), choices=[(lang.code, lang.native_name) for lang in languages.LANGUAGES],
        error_messages={"invalid_choice": _("Unknown default language “%(value)s”.")},
    )
    intro = forms.CharField(label=_("Welcome text"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    imprint = forms.CharField(label=_("Imprint"), required=False, widget=forms.Textarea(attrs={"rows": 5}))
    template = forms.ModelChoiceField(
        label=_("Start from the pages of"), queryset=Municipality.objects.all(), required=False, to_field_name="slug",
        help_text=_(
            "Optional: the new municipality gets a copy of this platform template's or municipality's topic pages, "
            "with their translations and translation states, in the languages both have."
        ),
        error_messages={"invalid_choice": _("There is no municipality “%(value)s” to start from.")},
    )
    hostname = forms.CharField(
        label=_("Own domain"), required=False, max_length=255,
        help_text=_("Optional, e.g. integration.example-town.de: the municipality gets its own Wagtail site."),
    )

    class Meta:
        model = Municipality
        fields = [
            "name", "slug", "kind", "parent", "language_codes", "default_language", "contact_name",
            "contact_email", "contact_phone", "contact_address", "time_zone", "latitude", "longitude",
            "postal_codes", "publishing", "machine_translation_budget", "is_template",
        ]
        widgets = {"publishing": forms.RadioSelect}

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if self.fields["slug"].disabled:
            return slug
        if slug in RESERVED_SLUGS or languages.get(slug):
            raise ValidationError(_("“%(slug)s” is reserved; choose another slug.") % {"slug": slug})
        return slug

    def clean_hostname(self):
        hostname = self.cleaned_data.get("hostname", "").strip().lower()
        if hostname and not self.fields["hostname"].disabled:
            validate_hostname(hostname)
            if Site.objects.filter(hostname=hostname).exists():
                raise ValidationError(_("The host name %(host)s is already used by another site.") % {"host": hostname})
        return hostname

    def clean(self):
        cleaned = super().clean()
        codes = cleaned.get("language_codes") or []
        if self.instance.pk:
            removed = [code for code in self.instance.language_codes if code not in codes]
            if removed:
                self.add_error(
                    "language_codes",
                    _("Languages cannot be removed here (%(codes)s): their translations would be orphaned.")
                    % {"codes": ", ".join(removed)},
                )
        default = cleaned.get("default_language")
        if codes and default and default not in codes:
            self.add_error("default_language", _("The default language must be one of the municipality's languages."))
        template = cleaned.get("template")
        if template and default:
            try:
                check_template(template, codes, default)
            except ValidationError as error:
                self.add_error("template", error)
        parent = cleaned.get("parent")
        if parent and cleaned.get("kind") == Municipality.Kind.COUNTY:
            self.add_error("parent", _("A county cannot belong to another county."))
        return cleaned

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["enabled_plugins"] = PluginChoiceField(
            initial=self.instance.enabled_plugins if self.instance.pk else []
        )
        self.fields["publishing"].required = False
        self.fields["parent"].queryset = Municipality.objects.filter(kind=Municipality.Kind.COUNTY, is_template=False).exclude(
            pk=self.instance.pk
        )
        # The budget is what the platform pays for; a municipality's admins see it but do not raise it.
        self.fields["machine_translation_budget"].disabled = not (user and user.is_superuser)
        # Templates are the platform's: only its admins (or the shell) make one.
        self.fields["is_template"].disabled = user is not None and not user.is_superuser
        if "template" in self.fields:
            self.fields["template"].queryset = Municipality.objects.order_by("-is_template", "name")
            self.fields["template"].label_from_instance = template_label
        if self.instance.pk:
            # Renaming the slug would break every URL of the municipality; languages can only be added
            # (removing one hides it from readers but keeps its pages, see add_languages).
            self.fields["slug"].disabled = True
            self.fields["hostname"].disabled = True
            self.fields["hostname"].initial = self.instance.site.hostname if self.instance.site else ""
            for name in ("intro", "imprint", "template"):
                del self.fields[name]

    def clean_publishing(self):
        # Left out (older scripts, the shell): keep the current setting, for a new municipality review.
        return self.cleaned_data.get("publishing") or self.instance.publishing

    def clean_enabled_plugins(self):
        keys = self.cleaned_data.get("enabled_plugins") or []
        validate_plugin_keys(keys)
        return keys

    def save(self, commit=True):
        data = {**self.cleaned_data}
        plugins = data.pop("enabled_plugins", [])
        if not self.instance.pk:
            template = data.pop("template", None)
            with transaction.atomic():  # a template that fails to copy leaves no municipality behind
                municipality = create_municipality(**data, enabled_plugins=plugins, user=self.user, instance=self.instance)
                if template is not None:
                    copy_tree(template, municipality, user=self.user)
            return municipality
        with transaction.atomic():
            set_publishing(self.instance, data["publishing"], user=self.user)
            municipality = super().save(commit=True)
            add_languages(municipality, municipality.language_codes, user=self.user)
            set_enabled_plugins(municipality, plugins, user=self.user)
        return municipality
