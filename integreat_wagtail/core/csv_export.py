"""CSV exports that spreadsheets open as data: a cell starting with = + - @, a tab or a carriage
return would run as a formula (`=HYPERLINK(…)` from a reader's feedback), so it gets a leading
quote. Every CSV export goes through `csv_cell`: Wagtail's list exports (FormulaSafeIndexView)
and the project's own views alike."""

from wagtail.admin.views.generic import IndexView

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """The value for a CSV cell; text that would start a formula is quoted, other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class FormulaSafeIndexView(IndexView):
    """A model viewset's index view whose CSV export (`list_export`) is formula-safe."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow({
            field: csv_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        })
