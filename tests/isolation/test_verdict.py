"""The judge of the isolation table: what counts as refused, clean and leaking."""

from django.http import HttpResponse, HttpResponseRedirect, StreamingHttpResponse

from tests.isolation.verdict import judge

MARKERS = ["birkenau", "qxdraft01"]
URL = "/admin/pages/7/edit/"


def test_refusals_are_not_leaks():
    for response in (HttpResponse("Birkenau", status=403), HttpResponse(status=404), HttpResponse(status=405),
                     HttpResponseRedirect("/admin/"), HttpResponseRedirect("/admin/login/?next=/admin/pages/7/"),
                     HttpResponseRedirect("/de/admin/pages/7/edit/")):
        verdict = judge(response, URL, MARKERS, changed=False)
        assert not verdict.leak, verdict.label


def test_foreign_markers_in_a_successful_answer_leak():
    verdict = judge(HttpResponse("<h1>Birkenstamm QXDRAFT01</h1>"), URL, MARKERS, changed=False)
    assert verdict.leak and "qxdraft01" in verdict.label
    assert judge(StreamingHttpResponse([b"... birkenau ..."]), URL, MARKERS, changed=False).leak
    assert judge(HttpResponseRedirect("/admin/pages/9/?title=qxdraft01"), URL, MARKERS, changed=False).leak


def test_answers_without_foreign_markers_are_clean():
    """The own municipality's name or the echoed search word are no markers."""
    verdict = judge(HttpResponse("Aachtal: nothing found for birkenstamm"), URL, MARKERS, changed=False)
    assert not verdict.leak and verdict.label == "200 clean"
    assert not judge(HttpResponseRedirect("/admin/pages/3/"), URL, MARKERS, changed=False).leak


def test_any_change_of_foreign_data_leaks_whatever_the_answer():
    for response in (HttpResponseRedirect("/admin/"), HttpResponse(status=403), HttpResponse("ok")):
        assert judge(response, URL, MARKERS, changed=True).leak
