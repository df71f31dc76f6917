"""A database failure in the middle of a submission with photos leaves no file behind (issue 16, 3)."""

from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.test import Client

from plugins.housing.models import HousingOffer, HousingPhoto

from .conftest import form_data, jpeg, make_offer


def fail_on_second_photo():
    """An execute wrapper: the database drops the connection when the second photo row is inserted."""
    inserts = []

    def wrapper(execute, sql, params, many, context):
        if sql.startswith(f'INSERT INTO "{HousingPhoto._meta.db_table}"'):
            inserts.append(sql)
            if len(inserts) == 2:
                raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    return wrapper


def stored_files(settings):
    root = Path(settings.STORAGES["private"]["OPTIONS"]["location"])
    return [path for path in root.rglob("*") if path.is_file()]


def photos(count):
    return {key: value for slot in range(1, count + 1)
            for key, value in ((f"photo_{slot}", jpeg()), (f"photo_{slot}_alt", f"Zimmer {slot}"))}


def test_a_failed_submission_removes_the_photos_it_stored(index_de, settings):
    with connection.execute_wrapper(fail_on_second_photo()):
        response = Client(raise_request_exception=False).post(index_de.url + "submit/", {**form_data(), **photos(3)})
    assert response.status_code == 503
    assert not HousingOffer.objects.exists() and not HousingPhoto.objects.exists()
    assert stored_files(settings) == []


def test_a_failed_edit_removes_the_new_photos(index_de, housing, settings):
    offer = make_offer(housing, status=HousingOffer.Status.PENDING)
    token = offer.set_token()
    offer.save()
    url = index_de.url + index_de.reverse_subpage("manage", kwargs={"offer_id": offer.pk, "token": token})
    with connection.execute_wrapper(fail_on_second_photo()):
        response = Client(raise_request_exception=False).post(url, {**form_data(), **photos(2), "action": "save"})
    assert response.status_code == 503
    assert not HousingPhoto.objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize("count", [1, 3])
def test_a_successful_submission_keeps_its_photos(client, index_de, settings, count):
    response = client.post(index_de.url + "submit/", {**form_data(), **photos(count)})
    assert response.status_code == 302
    assert len(stored_files(settings)) == HousingPhoto.objects.count() == count
