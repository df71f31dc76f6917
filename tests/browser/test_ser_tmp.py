from django.db import connection

def test_x(site, open_page):
    print("SER1", hasattr(connection, "_test_serialized_contents"), id(connection))
    p = open_page(site["home"].url)
    print("SER2", hasattr(connection, "_test_serialized_contents"), id(connection))
