"""Every URL pattern under the Wagtail admin, straight from the resolver (never a hand-written list)."""

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.urls import URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.utils.regex_helper import normalize
from wagtail.admin.viewsets import viewsets

ADMIN_PREFIX = "admin/"


@dataclass(frozen=True)
class AdminPattern:
    route: str  # "admin/pages/<int:page_id>/edit/": the table's row label
    name: str | None  # namespaced URL name, for reading the table
    chain: tuple  # URLResolver… URLPattern, from the root
    arguments: tuple  # names of the URL's arguments, in order

    @property
    def pattern(self):
        return self.chain[-1]

    @property
    def callback(self):
        return self.pattern.callback

    def words_before(self, argument):
        """The route's literal path segments ("admin", "workflows", "usage"…) before `argument`."""
        words = []
        for part in self.route.replace("^", "").replace("$", "").split("/"):
            if f"<{argument}>" in part or f":{argument}>" in part:
                break
            if part and "<" not in part:
                words.append(part)
        return words

    def allows(self, method):
        """False when the view certainly answers `method` with 405: a class-based view without a
        handler for it, or a Django REST framework viewset without an action for it."""
        actions = getattr(self.callback, "actions", None)
        if actions is not None:
            return method.lower() in actions
        view_class = getattr(self.callback, "view_class", None)
        if view_class is None:
            return True
        return method.lower() in view_class.http_method_names and hasattr(view_class, method.lower())

    def write_method(self):
        """POST, or the view's PUT/PATCH/DELETE when it takes no POST (wagtail-localize's string editor)."""
        if self.allows("POST"):
            return "POST"
        return next((method for method in ("PUT", "PATCH", "DELETE") if self.allows(method)
                     and getattr(self.callback, "view_class", None) is not None), "POST")

    def url(self, values):
        """The path for `values` (argument name -> object id or string), built like Django's reverse()."""
        path = ""
        for element in self.chain:
            fmt, params = normalize(element.pattern.regex.pattern)[0]
            converters = getattr(element.pattern, "converters", {})
            path += fmt % {
                name: converters[name].to_url(values[name]) if name in converters else str(values[name])
                for name in params
            }
        return "/" + path

    def shadowed_by(self, url):
        """The route that really answers `url` when an earlier pattern matches it first, else None."""
        try:
            match = resolve(url)
        except Resolver404:
            return "nothing (404)"
        if match.func is self.callback and match.route == self.route:
            return None
        return match.route

    def model(self):
        """The model the view works on, from what the view itself declares."""
        initkwargs = getattr(self.callback, "view_initkwargs", None) or getattr(self.callback, "initkwargs", {}) or {}
        for candidate in (
            initkwargs.get("model"),
            getattr(getattr(self.callback, "cls", None), "model", None),  # Django REST framework viewsets
            viewset_models().get(self.namespace),
            getattr(getattr(self.callback, "view_class", None), "model", None),
        ):
            model = as_model(candidate)
            if model is not None:
                return model
        return None

    @property
    def namespace(self):
        return ":".join(element.namespace for element in self.chain[:-1] if getattr(element, "namespace", None))


def as_model(value):
    if isinstance(value, str) and "." in value:
        try:
            return apps.get_model(value)
        except (LookupError, ValueError):
            return None
    if isinstance(value, type) and issubclass(value, models.Model):
        return value
    return None


def join_route(chain):
    """The route as Django's ResolverMatch.route spells it (a nested regex loses its leading "^")."""
    route = ""
    for index, part in enumerate(chain):
        text = str(part.pattern)
        route += text[1:] if index and text.startswith("^") else text
    return route


@cache
def viewset_models():
    """URL namespace -> model of every registered admin viewset that has both."""
    found = {}
    for viewset in viewsets.viewsets:
        model = as_model(getattr(viewset, "model", None))
        try:
            namespace = viewset.url_namespace
        except ImproperlyConfigured:  # viewsets registered only for their menu, without URLs of their own
            continue
        if model is not None:
            found[namespace] = model
    return found


def admin_patterns():
    """All admin patterns in resolver order."""
    found = []

    def walk(patterns, chain):
        for element in patterns:
            if isinstance(element, URLResolver):
                walk(element.url_patterns, (*chain, element))
                continue
            full = (*chain, element)
            route = join_route(full)
            if not route.startswith(ADMIN_PREFIX):
                continue
            arguments = tuple(name for part in full for name in normalize(part.pattern.regex.pattern)[0][1])
            namespace = ":".join(part.namespace for part in chain if getattr(part, "namespace", None))
            name = f"{namespace}:{element.name}" if namespace and element.name else element.name
            found.append(AdminPattern(route=route, name=name, chain=full, arguments=arguments))

    walk(get_resolver().url_patterns, ())
    return found
