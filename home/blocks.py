"""StreamField blocks of content pages: what editors of municipal information need."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"
        form_classname = "title"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"), max_length=250,
        help_text=_("Describe the image for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"), choices=[("info", _("Information")), ("warning", _("Warning"))], default="info"
    )
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Info or warning box")
        template = "home/blocks/callout.html"


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name or office"), max_length=200)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=50)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    address = blocks.TextBlock(label=_("Address"), required=False)
    website = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "home/blocks/contact.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter an address."))}
            )
        return value


class LinkListBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(LinkBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Link list")
        template = "home/blocks/link_list.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FaqBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FaqItemBlock(), **kwargs)

    class Meta:
        icon = "help"
        label = _("FAQ (accordion)")
        template = "home/blocks/faq.html"


class OpeningHoursRowBlock(blocks.StructBlock):
    days = blocks.CharBlock(label=_("Days"), max_length=100)
    hours = blocks.CharBlock(label=_("Hours"), max_length=100)


class OpeningHoursBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(OpeningHoursRowBlock(), **kwargs)

    class Meta:
        icon = "time"
        label = _("Opening hours")
        template = "home/blocks/opening_hours.html"


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), icon="pilcrow", features=RICH_TEXT_FEATURES + ["h3"], template="home/blocks/paragraph.html"
    )
    image = ImageBlock()
    callout = CalloutBlock()
    contact = ContactBlock()
    links = LinkListBlock()
    faq = FaqBlock()
    opening_hours = OpeningHoursBlock()
