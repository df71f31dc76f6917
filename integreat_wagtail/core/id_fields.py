"""Form fields that choose rows by id and refuse ids no database key can have before querying:
Django's own pass them to the database, where SQLite raises OverflowError (a 500) for "2⁶⁴"."""

from django import forms
from django.core.exceptions import ValidationError

from .params import parse_id


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for pk in value:
            if parse_id(str(pk)) is None:
                raise ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk})
        return super()._check_values(value)
