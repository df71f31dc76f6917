"""The one reader of demo data files (integreat_wagtail.core.demo_data), used by the site's and the plugins' demos."""

import pytest

from integreat_wagtail.core.demo_data import localized, read_demo_data


def test_a_name_reads_its_file_and_a_folder_reads_its_files_in_name_order(tmp_path):
    (tmp_path / "municipalities.yaml").write_text("- slug: aachtal\n  languages: [de, ar]\n", encoding="utf-8")
    (tmp_path / "topics").mkdir()
    (tmp_path / "topics" / "02-wohnen.yaml").write_text("slug: wohnen\n", encoding="utf-8")
    (tmp_path / "topics" / "01-ankommen.yaml").write_text("slug: ankommen\ntitle: {ar: الوصول}\n", encoding="utf-8")
    assert read_demo_data(tmp_path, "municipalities") == [{"slug": "aachtal", "languages": ["de", "ar"]}]
    assert read_demo_data(tmp_path, "topics") == [{"slug": "ankommen", "title": {"ar": "الوصول"}}, {"slug": "wohnen"}]
    with pytest.raises(FileNotFoundError):
        read_demo_data(tmp_path, "countries")


def test_a_file_cannot_run_code(tmp_path):
    (tmp_path / "evil.yaml").write_text("!!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(Exception, match="python/object"):
        read_demo_data(tmp_path, "evil")


def test_localized_picks_the_language_falls_back_and_fills_placeholders_literally():
    texts = {"de": "Willkommen in {municipality}", "en": "Welcome to {municipality} {x}", "ar": ""}
    assert localized(texts, "en", municipality="Aachtal") == "Welcome to Aachtal {x}"
    assert localized(texts, "ar", municipality="Aachtal") == "Willkommen in Aachtal"  # empty: the fallback
    assert localized(texts, "fa") == "Willkommen in {municipality}"
    assert localized({"en": "Events"}, "uk", "en") == "Events"
    assert localized("+49 661 {a}", "ar", a=5) == "+49 661 5"  # a plain string is the same in every language
