"""Rules for a spec on top of OpenAPI validity, in layers.

Each rule is a function that yields :class:`Problem`s for a :class:`~generator.core.bundler.Bundle`,
registered with :func:`rule` under a *layer*:

* ``openapi``: hygiene any OpenAPI document should follow (:mod:`.hygiene`);
* ``generator``: what this generator cannot express, so that nothing is dropped silently
  (:mod:`.capability`);
* a profile's name (``yunxin``): the house rules of that API family
  (:mod:`generator.profiles.yunxin.lint`).

The profile of the spec says which layers run and how severe their findings are
(``Profile.lint_layers``, ``Profile.severity``). Every rule id is documented in
docs/lint-rules.md (a test checks that the table and the rules agree).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from generator.core.bundler import Bundle
from generator.core.loader import join_pointer, split_pointer
from generator.core.problems import Problem, SpecError
from generator.core.schemas import iter_operations, json_media, operation_parameters, walk_schemas

if TYPE_CHECKING:
    from generator.profiles.base import Profile

RuleFunction = Callable[[Bundle], Iterator[Problem]]


@dataclass(frozen=True)
class Rule:
    layer: str
    check: RuleFunction


RULES: list[Rule] = []


def rule(layer: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under ``layer``."""

    def register(function: RuleFunction) -> RuleFunction:
        RULES.append(Rule(layer, function))
        return function

    return register


def lint(bundle: Bundle, profile: Profile | None = None, strict: bool = False) -> list[Problem]:
    """Run the rules of the profile's layers. Raise :class:`SpecError` with every problem when
    one of them is an error (with ``strict``, warnings count as errors); otherwise return the
    warnings."""
    from generator.profiles import for_document

    profile = profile or for_document(bundle.document)
    found = [
        replace(problem, severity=profile.severity(problem.rule))
        for entry in RULES
        if entry.layer in profile.lint_layers
        for problem in entry.check(bundle)
    ]
    if strict:
        found = [replace(problem, severity="error") for problem in found]
    if any(problem.severity == "error" for problem in found):
        raise SpecError(found)
    return found


# -- helpers shared by the rules --------------------------------------------------------------
def problem_at(bundle: Bundle, pointer: str, rule_id: str, message: str, fix: str) -> Problem:
    return Problem(bundle.locate(pointer), rule_id, message, fix)


def tags_of(bundle: Bundle) -> dict[str, tuple[str, dict[str, Any]]]:
    tags = bundle.document.get("tags") or []
    return {
        tag["name"]: (join_pointer("/tags", index), tag)
        for index, tag in enumerate(tags)
        if isinstance(tag, dict) and isinstance(tag.get("name"), str)
    }


def all_schemas(bundle: Bundle) -> Iterator[tuple[str, dict[str, Any]]]:
    document = bundle.document
    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        yield from walk_schemas(schema, join_pointer("/components/schemas", name))
    for pointer, _, _, operation, item in iter_operations(document):
        for param_pointer, parameter in operation_parameters(document, pointer, operation, item):
            if param_pointer.startswith("/components"):
                continue
            media = json_media(parameter.get("content"))
            if "schema" in parameter:
                yield from walk_schemas(parameter["schema"], join_pointer(param_pointer, "schema"))
            elif media and "schema" in media:
                yield from walk_schemas(
                    media["schema"], param_pointer + "/content/application~1json/schema"
                )
        for key, sub in (("requestBody", operation.get("requestBody")),):
            media = json_media(sub.get("content")) if isinstance(sub, dict) else None
            if media and "schema" in media:
                yield from walk_schemas(
                    media["schema"],
                    join_pointer(pointer, key) + "/content/application~1json/schema",
                )
        for code, response in (operation.get("responses") or {}).items():
            media = json_media(response.get("content")) if isinstance(response, dict) else None
            if media and "schema" in media:
                base = (
                    join_pointer(join_pointer(pointer, "responses"), code)
                    + "/content/application~1json/schema"
                )
                yield from walk_schemas(media["schema"], base)
    for name, parameter in (document.get("components", {}).get("parameters") or {}).items():
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            yield from walk_schemas(parameter["schema"], f"/components/parameters/{name}/schema")


def may_hold_properties(pointer: str) -> bool:
    tokens = split_pointer(pointer)
    if tokens[:2] == ["components", "schemas"]:
        rest = tokens[3:]
        return rest == [] or (len(rest) == 2 and rest[0] == "allOf")
    # the envelope wrapper of a response: .../responses/<code>/content/application~1json/schema/allOf/1
    return len(tokens) >= 3 and tokens[-3:-1] == ["schema", "allOf"] and "responses" in tokens


from generator.core.lint import capability, hygiene  # noqa: E402  (registers their rules)

__all__ = [
    "RULES",
    "Rule",
    "all_schemas",
    "capability",
    "hygiene",
    "lint",
    "may_hold_properties",
    "problem_at",
    "rule",
    "tags_of",
]
