"""generator.core.yamldump: the bundled spec written part by part, byte for byte as PyYAML writes it."""

from __future__ import annotations

from pathlib import Path

from generator.core import yamldump
from generator.core.bundler import bundle


def test_yaml_dump_by_parts_is_the_pure_python_dump() -> None:
    repo = Path(__file__).resolve().parents[2]
    roots = [
        repo / "spec" / "openapi.yaml",
        *(repo / "tests" / "fixtures").glob("specs/*/spec/openapi.yaml"),
    ]
    for root in roots:
        document = bundle(root).document
        assert yamldump.dump_yaml(document) == yamldump._pure(document), root
    shared = {"type": "string", "description": "Line one.\\n\\nLine two, long " + "x " * 60}
    document = {"openapi": "3.1.0", "paths": {"/a": {"x": shared}, "/b": {"x": shared}}}
    assert yamldump.dump_yaml(document) == yamldump._pure(document)
    assert "&id001" in yamldump.dump_yaml(document)
