"""Demo content as data: the YAML files that the site's and the plugins' demo loaders read.

Editors and translators change demo texts in these files, not in code; a translatable text is a
mapping language → text, so every language of one text sits together and a change diffs as one line.
"""

from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: the topic trees are long


def read_demo_data(folder, name):
    """The data of `<folder>/<name>.yaml`, or for a folder `<folder>/<name>/` its files' data in file-name order."""
    path = Path(folder) / name
    if path.is_dir():
        return [_read(file) for file in sorted(path.glob("*.yaml"))]
    return _read(path.with_name(f"{name}.yaml"))


def _read(path):
    with open(path, encoding="utf-8") as file:
        return yaml.load(file, Loader=_LOADER)


def localized(texts, language, fallback="de", **values):
    """One language's string of a translatable text (else the fallback's), with `{name}` placeholders filled.

    Placeholders are replaced literally, not with str.format, so braces elsewhere in HTML stay as written.
    """
    text = (texts.get(language) or texts[fallback]) if isinstance(texts, dict) else texts
    for name, value in values.items():
        text = text.replace(f"{{{name}}}", str(value))
    return text
