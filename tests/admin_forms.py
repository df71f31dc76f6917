"""Use the Wagtail admin as people with browsers would: one browser each, and forms submitted
with the fields the server rendered, plus changes."""

from html.parser import HTMLParser

from django.test import Client
from wagtail.fields import StreamField


def client_for(user):
    """A logged-in browser of its own (one person's messages do not show up for the next)."""
    client = Client()
    client.force_login(user)
    return client


class _FormFields(HTMLParser):
    """Named inputs, selects and textareas of the form whose action ends the admin edit/add URL."""

    def __init__(self):
        super().__init__()
        self.data = {}
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.setdefault(name, attrs.get("value", "on" if attrs.get("type") == "checkbox" else ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            # Browsers drop the newline that Django writes after <textarea>.
            self.data[self._textarea] = self.data[self._textarea].removeprefix("\n")
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def admin_form_data(client, url, model, **changes):
    """The admin form at `url` (GET), with `changes`. The page editor's JavaScript renders StreamFields;
    an empty one (as the factories make them) is sent as the browser would: zero blocks."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    parser = _FormFields()
    parser.feed(response.content.decode())
    data = {key: value for key, value in parser.data.items() if key != "csrfmiddlewaretoken"}
    for field in model._meta.fields:
        if isinstance(field, StreamField):
            data.setdefault(f"{field.name}-count", "0")
    return {**data, **changes}
