"""The project's own API (django-ninja): municipalities, pages, tree, search, news, plugins, schema."""



def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:500])
    return response.json()


def test_municipalities_and_languages(client, site):
    data = get(client, "/api/municipalities/")
    assert data["count"] == 2 and data["limit"] == 100 and data["offset"] == 0
    aachtal = data["results"][0]
    assert aachtal["slug"] == "aachtal" and aachtal["postal_codes"] == ["12345", "12346"]
    assert [language["code"] for language in aachtal["languages"]] == ["de", "en"]
    assert "contact_email" not in aachtal
    assert get(client, "/api/municipalities/?limit=1&offset=1")["results"][0]["slug"] == "birkenau"
    detail = get(client, "/api/municipalities/aachtal/")
    assert detail["languages"][1]["url"].endswith("/en/aachtal/")
    languages = get(client, "/api/municipalities/aachtal/languages/")
    assert [language["direction"] for language in languages] == ["ltr", "ltr"]


def test_pages_pagination_fields_and_detail(client, site):
    data = get(client, "/api/municipalities/aachtal/de/pages/")
    assert data["count"] == 4
    first = data["results"][0]
    assert "content" not in first  # only on request: lists stay light
    assert first["title"] == "Ankommen" and first["depth"] == 1 and first["parent_id"] is None
    assert first["available_languages"] == {"en": site["arrival_en"].id}
    assert first["responsible"] == {"name": "Integration office", "role": ""}
    assert "contact_email" not in first
    chosen = get(client, "/api/municipalities/aachtal/de/pages/?fields=id,title,content&limit=2&offset=1")
    assert chosen["count"] == 4 and chosen["limit"] == 2 and chosen["offset"] == 1
    assert [set(item) for item in chosen["results"]] == [{"id", "title", "content"}] * 2
    assert chosen["results"][0]["title"] == "Anmeldung" and "Bürgerbüro" in chosen["results"][0]["content"]
    children = get(client, f"/api/municipalities/aachtal/de/pages/?parent={site['arrival'].id}&fields=title")
    assert [item["title"] for item in children["results"]] == ["Anmeldung", "Bankkonto"]
    detail = get(client, f"/api/municipalities/aachtal/de/pages/{site['registration'].id}/")
    assert detail["content"].startswith('<p class="intro">') and detail["parent_id"] == site["arrival"].id
    assert detail["path"] == "/aachtal/de/ankommen/anmeldung/"
    for hidden in ("draft", "private", "hidden_child", "other"):
        get(client, f"/api/municipalities/aachtal/de/pages/{site[hidden].id}/", 404)
    get(client, f"/api/municipalities/birkenau/de/pages/{site['arrival'].id}/", 404)


def test_tree_search_imprint_news_plugins(client, site):
    tree = get(client, "/api/municipalities/aachtal/de/tree/")
    assert [node["title"] for node in tree] == ["Ankommen", "Gesundheit"]
    assert [node["title"] for node in tree[0]["children"]] == ["Anmeldung", "Bankkonto"]
    assert get(client, "/api/municipalities/aachtal/de/tree/?depth=1")[0]["children"] == []
    found = get(client, "/api/municipalities/aachtal/de/search/?q=Bürgerbüro")
    assert [item["title"] for item in found["results"]] == ["Anmeldung"]
    assert get(client, "/api/municipalities/birkenau/de/search/?q=Bürgerbüro")["count"] == 0
    assert get(client, "/api/municipalities/aachtal/de/imprint/")["content"] == "<p>Stadt Aachtal, Marktplatz 1</p>"
    get(client, "/api/municipalities/birkenau/de/imprint/", 404)
    news = get(client, "/api/municipalities/aachtal/de/news/?limit=1")
    assert news["count"] == 2 and news["results"][0]["title"] == "Neue Öffnungszeiten"
    assert news["results"][0]["available_languages"] == {"en": site["new_news_en"].id}
    assert get(client, "/api/municipalities/aachtal/de/plugins/") == []


def test_openapi_schema_and_local_docs(client, db):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for expected in (
        "/api/municipalities/", "/api/municipalities/{slug}/", "/api/municipalities/{slug}/{language}/pages/",
        "/api/municipalities/{slug}/{language}/pages/{page_id}/", "/api/municipalities/{slug}/{language}/tree/",
        "/api/municipalities/{slug}/{language}/search/", "/api/municipalities/{slug}/{language}/news/",
        "/api/municipalities/{slug}/{language}/plugins/{plugin}/{segment}/",
    ):
        assert "get" in paths[expected], expected
    # Valid OpenAPI 3: the meta-schema check schemathesis relies on as well.
    from schemathesis.openapi import from_dict

    from_dict(schema).validate()
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "swagger-ui-bundle.js" in html and "/static/ninja/" in html
    assert "cdn." not in html and "https://" not in html
