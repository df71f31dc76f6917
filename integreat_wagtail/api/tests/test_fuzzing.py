"""Property-based fuzzing of /api/schema/ with schemathesis, in-process against the WSGI app.

Bounded: a few examples per operation, no per-example deadline (the CI machine may be busy). Every
answer must have a documented status, match its schema and never be a 500.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from integreat_wagtail.wsgi import application

# Loaded eagerly: serving the schema needs no database. (schemathesis' lazy fixture loader does not
# work with pytest 9.)
schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


# Committed transactions: on PostgreSQL a database error inside a shared test transaction would
# abort it and turn every following example into a 500; here each request stands on its own.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@schema.parametrize()
@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case, site):
    response = case.call(headers={"Accept-Encoding": "identity"})  # the transport does not gunzip
    assert response.status_code < 500, (case.path, case.path_parameters, case.query, response.text[:300])
    case.validate_response(response)
