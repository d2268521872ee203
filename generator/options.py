"""How a run is configured: command-line options over a ``sdkgen.toml`` next to the spec.

``sdkgen.toml`` (optional; ``--config`` names another file) holds a ``[generator]`` table with
the same names as the long options::

    [generator]
    profile = "openapi"          # force a profile instead of the spec's own choice
    package = "petstore"         # the Python package name (the distribution follows)
    targets = ["python", "docs"] # only these targets (default: all)
    include-tags = ["pets"]      # only operations with one of these tags
    exclude-tags = ["admin"]     # no operation with one of these tags
    templates = "my-templates"   # templates that override the default ones, file by file
    strict = true                # warnings are errors
    lenient = false              # validator findings are warnings (see README)

Paths in the file are relative to the file. Everything that changes the output is part of the
fingerprint in the MANIFEST, so a changed option never reuses an old result.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from generator.core import model
from generator.core.problems import Location, Problem, SpecError

CONFIG_NAME = "sdkgen.toml"


@dataclass(frozen=True)
class Options:
    profile: str | None = None
    package: str | None = None
    targets: tuple[str, ...] = ()
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    templates: Path | None = None
    strict: bool = False
    lenient: bool = False

    def fingerprint(self) -> str:
        """The options that change the output, as stable text (empty for the defaults)."""
        values = {k: v for k, v in asdict(self).items() if v not in (None, (), False)}
        if "templates" in values:
            values.pop("templates")  # its files are hashed one by one
        return json.dumps(values, sort_keys=True, default=str) if values else ""


_KEYS: dict[str, type[Any]] = {
    "profile": str,
    "package": str,
    "targets": list,
    "include-tags": list,
    "exclude-tags": list,
    "templates": str,
    "strict": bool,
    "lenient": bool,
}


def _config_problem(path: Path, message: str, fix: str) -> SpecError:
    return SpecError([Problem(Location(str(path)), "config", message, fix)])


def read_config(path: Path) -> dict[str, Any]:
    """The ``[generator]`` table of a config file, checked key by key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise _config_problem(path, f"cannot read the config file: {error.strerror}", "") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise _config_problem(path, f"not valid TOML: {error}", "correct the file") from None
    table = data.get("generator", {})
    if not isinstance(table, dict):
        raise _config_problem(path, "`generator` must be a table", "write `[generator]`")
    values: dict[str, Any] = {}
    for key, value in table.items():
        kind = _KEYS.get(key)
        if kind is None:
            raise _config_problem(
                path, f"unknown key `{key}`", f"use one of {', '.join(sorted(_KEYS))}"
            )
        if not isinstance(value, kind) or (
            kind is list and not all(isinstance(v, str) for v in value)
        ):
            raise _config_problem(
                path,
                f"`{key}` must be {'a list of strings' if kind is list else kind.__name__}",
                "",
            )
        name = key.replace("-", "_")
        if name == "templates":
            values[name] = (path.parent / value).resolve()
        elif kind is list:
            values[name] = tuple(value)
        else:
            values[name] = value
    return values


def resolve(spec: Path, config: Path | None, overrides: dict[str, Any]) -> Options:
    """The options of a run: the config file (``config``, else ``sdkgen.toml`` beside the spec
    when it exists), then the command line's ``overrides`` (``None`` means not given)."""
    path = config or spec.resolve().parent / CONFIG_NAME
    values: dict[str, Any] = read_config(path) if config or path.is_file() else {}
    values.update({k: v for k, v in overrides.items() if v not in (None, (), False)})
    return Options(**values)


def apply(api: model.Api, options: Options) -> model.Api:
    """``api`` narrowed to the chosen tags and renamed as asked; ``api`` itself is unchanged."""
    resources = []
    for resource in api.resources:
        kept = [
            op
            for op in resource.operations
            if (not options.include_tags or op.tag in options.include_tags)
            and op.tag not in options.exclude_tags
        ]
        if kept:
            resources.append(replace(resource, operations=kept))
    package = api.package
    if options.package:
        package = replace(
            package, name=options.package, distribution=options.package.replace("_", "-")
        )
    return replace(api, resources=resources, package=package)
