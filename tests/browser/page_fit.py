"""What the 320-px crawl checks on every page, and which links it follows (shared with ad-hoc runs)."""

from urllib.parse import urldefrag, urlsplit

NARROW_PHONE = {"width": 320, "height": 640}
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/api/", "/media/", "/documents/", "/static/", "/healthz")
# Feeds, files and the submitters' private links are no pages to read on a phone.
SKIPPED_PARTS = ("/ics/", "/rss/", "/atom/", "/feed", "sw.js", "/manage/", "/photo/", ".xml", ".ics")

# Elements that stick out of the screen on either side (left matters on right-to-left pages, where
# scrollWidth does not grow for content pushed off the right edge), unless deliberately hidden or
# inside a container that scrolls on its own.
OFF_SCREEN = """() => {
  const width = innerWidth, found = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height || (box.left >= -1 && box.right <= width + 1)) continue;
    if (element.closest(".visually-hidden, .skip-link, .honeypot, .hp, [hidden]")) continue;
    let contained = false;
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== "visible") { contained = true; break; }
    }
    if (!contained) found.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}..${Math.round(box.right)}: ${element.textContent.trim().slice(0, 40)}`);
  }
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, offScreen: found.slice(0, 3)};
}"""


def followable(url, origin):
    """The same-origin page behind a link (fragment dropped), or None for links the crawl leaves alone."""
    url = urldefrag(url)[0]
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != origin or not parts.path.startswith("/"):
        return None
    if parts.path.startswith(SKIPPED_PREFIXES) or any(part in url for part in SKIPPED_PARTS):
        return None
    return url


def misfits(page):
    """None when the page fits its screen, else what sticks out."""
    fit = page.evaluate(OFF_SCREEN)
    if fit["scrollWidth"] <= fit["innerWidth"] and not fit["offScreen"]:
        return None
    return fit
