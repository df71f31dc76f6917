/* Offline reading for one municipality in one language (scope: the folder this file is served from).
   Pages: network first, the copy from the last visit when offline, else the offline page.
   Static files (hashed names): cache first. Top-level pages are saved at install. */
const CACHE = {{ cache_name|safe }} + "-" + {{ version|safe }};
const PRECACHE = {{ precache|safe }};
const OFFLINE_URL = {{ offline_url|safe }};
const PREFIX = {{ cache_name|safe }};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(PRECACHE.map((url) => cache.add(new Request(url, {credentials: "same-origin"})).catch(() => null))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX + "-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  );
});

function cacheable(response) {
  return response && response.ok && response.type === "basic";
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(
      caches.match(request).then((hit) => hit || fetch(request).then((response) => {
        if (cacheable(response)) { const copy = response.clone(); caches.open(CACHE).then((cache) => cache.put(request, copy)); }
        return response;
      }))
    );
    return;
  }
  if (request.mode === "navigate" || (request.headers.get("Accept") || "").includes("text/html")) {
    const plain = url.search === "" || url.searchParams.has("feedback");
    const key = url.origin + url.pathname;
    event.respondWith(
      fetch(request).then((response) => {
        if (cacheable(response) && plain) { const copy = response.clone(); caches.open(CACHE).then((cache) => cache.put(key, copy)); }
        return response;
      }).catch(() => caches.match(key).then((hit) => hit || caches.match(OFFLINE_URL)))
    );
  }
});
