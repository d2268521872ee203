"""The corpus of broken specs: each is the minimal valid spec of tests/support/specs.py with
one thing broken (a few break several). Every one must be refused with exit status 2 and the
messages of its snapshot (tests/corpus/snapshots/<name>.txt, refreshed by `make goldens`).

A case maps file names of the spec folder to new contents (text, or bytes for files that are
not text at all); ``None`` deletes the file.
"""

from __future__ import annotations

from tests.support.specs import COMMON, PARAMETERS, PATHS, ROOT, THINGS

Files = dict[str, "str | bytes | None"]

OP = "    operationId: getThing\n"
PARAM = "        in: path\n"


def _paths(old: str, new: str) -> Files:
    assert old in PATHS, old
    return {"paths/things.yaml": PATHS.replace(old, new, 1)}


def _root(old: str, new: str) -> Files:
    assert old in ROOT, old
    return {"openapi.yaml": ROOT.replace(old, new, 1)}


def _thing(extra: str) -> Files:
    """Things.yaml with more properties of Thing (indented as properties)."""
    return {"components/schemas/things.yaml": THINGS + extra}


def _schemas(extra: str) -> Files:
    """Things.yaml with more top-level schema components."""
    return {"components/schemas/things.yaml": THINGS + "\n" + extra}


def _thing_prop(schema: str) -> Files:
    return _thing(f"    broken: {schema}\n")


def _operation(extra: str) -> Files:
    """The operation with more keys (indented as operation keys)."""
    return _paths(OP, OP + extra)


CASES: dict[str, Files] = {}

# -- files and YAML ----------------------------------------------------------------------------
CASES.update(
    {
        "file-empty": {"paths/things.yaml": ""},
        "file-only-comments": {"paths/things.yaml": "# nothing here\n"},
        "file-binary": {"components/schemas/things.yaml": bytes(range(256)) * 4},
        "file-latin1": {
            "components/schemas/things.yaml": THINGS.replace("A thing.", "Ä thing.").encode(
                "latin-1"
            )
        },
        "file-nul-byte": {
            "components/schemas/things.yaml": THINGS.replace("A thing.", "A\x00thing.")
        },
        "root-missing": {"openapi.yaml": None},
        "root-empty": {"openapi.yaml": ""},
        "root-scalar": {"openapi.yaml": "just a string\n"},
        "root-list": {"openapi.yaml": "- openapi: 3.1.0\n"},
        "yaml-unclosed-bracket": _paths(
            "    summary: Get a thing\n", "    summary: [Get a thing\n"
        ),
        "yaml-unclosed-quote": _paths("    summary: Get a thing\n", "    summary: 'Get a thing\n"),
        "yaml-bad-indent": _paths("    summary: Get a thing\n", "   summary: Get a thing\n"),
        "yaml-tab-indent": _paths("    summary: Get a thing\n", "\tsummary: Get a thing\n"),
        "yaml-two-documents": {
            "components/schemas/things.yaml": THINGS + "---\nOther: {type: object}\n"
        },
        "yaml-duplicate-key": _thing("    count: {type: string, description: Again.}\n"),
        "yaml-duplicate-root-key": {"openapi.yaml": ROOT + "tags: []\n"},
        "yaml-merge-key": _schemas(
            "Base: &base {type: object}\nDerived:\n  <<: *base\n  description: D.\n"
        ),
        "yaml-complex-key": _schemas("? [a, b]\n: {type: object}\n"),
        "yaml-undefined-alias": _schemas("Copy: *nowhere\n"),
        "yaml-bad-escape": _paths("    summary: Get a thing\n", '    summary: "Get \\q thing"\n'),
        "yaml-unknown-tag": _paths(
            "    summary: Get a thing\n", "    summary: !!python/object:os.system echo\n"
        ),
        "components-file-not-mapping": {"components/schemas/things.yaml": "- Thing\n"},
        "path-file-not-mapping": {"paths/things.yaml": "- /v1/things\n"},
        "component-wrong-kind-folder": {"components/widgets.yaml": "Widget: {type: object}\n"},
        "component-name-not-ascii": {
            "components/schemas/things.yaml": THINGS
            + "    size: {$ref: '#/Größe'}\n\nGröße:\n  type: string\n"
        },
        "component-declared-twice": {"components/schemas/extra.yaml": "Thing:\n  type: object\n"},
    }
)

# -- $ref --------------------------------------------------------------------------------------
CASES.update(
    {
        "ref-dangling": _paths("things.yaml#/Thing", "things.yaml#/Thingy"),
        "ref-missing-file": _root("paths/things.yaml#", "paths/thing.yaml#"),
        "ref-not-a-string": _thing("    other: {$ref: 42}\n"),
        "ref-no-pointer": _thing("    other: {$ref: '#Thing'}\n"),
        "ref-part-of-component": _thing("    other: {$ref: '#/Thing/properties/count'}\n"),
        "ref-remote-https": _thing("    other: {$ref: 'https://example.com/s.yaml#/Thing'}\n"),
        "ref-remote-file-url": _thing("    other: {$ref: 'file:///etc/passwd#/x'}\n"),
        "ref-absolute": _thing("    other: {$ref: '/etc/hosts#/x'}\n"),
        "ref-outside-folder": _thing("    other: {$ref: '../../../outside.yaml#/Thing'}\n"),
        "ref-cycle": {
            "components/schemas/things.yaml": THINGS
            + "    loop: {$ref: '#/Loop'}\n\nLoop: {$ref: '#/Pool'}\nPool: {$ref: '#/Loop'}\n"
        },
        "path-key-mismatch": _root(
            "/v1/things/{thing_id}:\n    $ref", "/v1/other/{thing_id}:\n    $ref"
        ),
        "path-item-outside-paths": _root(
            "paths/things.yaml#/~1v1~1things~1{thing_id}", "components/schemas/things.yaml#/Thing"
        ),
        "path-item-unreferenced": {"paths/things.yaml": PATHS + "/v1/unused:\n  get: {}\n"},
        "component-unused": _schemas(
            "Orphan:\n  type: object\n  properties:\n    x: {type: string}\n"
        ),
        "parameter-component-unused": {
            "components/parameters.yaml": PARAMETERS
            + "Unused:\n  name: u\n  in: query\n  schema: {type: string}\n"
        },
    }
)

# -- OpenAPI validity --------------------------------------------------------------------------
CASES.update(
    {
        "openapi-version-missing": _root("openapi: 3.1.0\n", ""),
        "openapi-version-2": _root("openapi: 3.1.0\n", "openapi: 2.0.0\n"),
        "openapi-version-garbage": _root("openapi: 3.1.0\n", "openapi: three\n"),
        "info-missing": _root(
            "info:\n  title: Mini API\n  version: 1.0.0\n  description: A minimal valid spec.\n", ""
        ),
        "info-title-missing": _root("  title: Mini API\n", ""),
        "info-version-missing": _root("  version: 1.0.0\n", ""),
        "info-not-mapping": _root(
            "info:\n  title: Mini API\n", "info: [x]\nold_info:\n  title: Mini API\n"
        ),
        "unknown-root-key": {"openapi.yaml": ROOT + "pathz: {}\n"},
        "servers-not-list": _root(
            "servers:\n  - {url: 'https://api.example.com', description: Main., x-region: main, x-role: primary}\n",
            "servers: {url: 'https://api.example.com'}\n",
        ),
        "server-url-missing": _root("{url: 'https://api.example.com', ", "{"),
        "paths-not-mapping": _root(
            "paths:\n  /v1/things/{thing_id}:\n    $ref: 'paths/things.yaml#/~1v1~1things~1{thing_id}'\n",
            "paths: [/v1/things]\n",
        ),
        "path-without-slash": _root("  /v1/things/{thing_id}:\n", "  v1/things/{thing_id}:\n")
        | {"paths/things.yaml": PATHS.replace("/v1/things/{thing_id}:", "v1/things/{thing_id}:")},
        "parameter-in-body": _paths(PARAM, "        in: body\n"),
        "parameter-in-missing": _paths(PARAM, ""),
        "parameter-name-missing": _paths(
            "      - name: thing_id\n        in: path\n", "      - in: path\n"
        ),
        "path-parameter-not-required": _paths(
            "        required: true\n", "        required: false\n"
        ),
        "path-parameter-undeclared": _paths("      - name: thing_id\n", "      - name: thing\n"),
        "parameter-schema-and-content": _paths(
            "        schema: {type: string}\n",
            "        schema: {type: string}\n        content: {application/json: {schema: {type: string}}}\n",
        ),
        "response-description-missing": _paths("        description: The thing.\n", ""),
        "response-code-invalid": _paths("      '200':\n", "      '2000':\n"),
        "responses-empty": _paths(PATHS[PATHS.index("    responses:\n") :], "    responses: {}\n"),
        "operation-unknown-key": _operation("    colour: blue\n"),
        "operation-tags-not-list": _paths("    tags: [Things]\n", "    tags: Things\n"),
        "schema-type-invalid": _thing_prop("{type: strin, description: Typo.}"),
        "schema-type-list-invalid": _thing_prop("{type: [string, numbr], description: Typo.}"),
        "schema-required-not-list": _thing(
            "    extra: {type: object, required: yes, properties: {a: {type: string}}}\n"
        ),
        "schema-properties-not-mapping": _schemas(
            "Broken:\n  type: object\n  properties: [a, b]\n"
        ),
        "schema-maxlength-negative": _thing_prop(
            "{type: string, maxLength: -1, description: Bad.}"
        ),
        "schema-maxlength-string": _thing_prop("{type: string, maxLength: ten, description: Bad.}"),
        "schema-exclusive-minimum-boolean": _thing_prop(
            "{type: integer, minimum: 0, exclusiveMinimum: true, description: Bad.}"
        ),
        "schema-enum-empty": _schemas("Kind:\n  type: string\n  description: K.\n  enum: []\n"),
        "schema-items-not-schema": _thing_prop("{type: array, items: 3, description: Bad.}"),
        "schema-nullable-in-3-1": _thing_prop("{type: string, nullable: true, description: Bad.}"),
        "security-undefined-scheme": {"openapi.yaml": ROOT + "security:\n  - Missing: []\n"},
        "tag-not-mapping": _root(
            "tags:\n  - name: Things\n", "tags:\n  - Things\n  - name: Things\n"
        ),
        "request-body-without-content": _operation("    requestBody: {required: true}\n"),
    }
)

# -- what this generator cannot express ---------------------------------------------------------
CASES.update(
    {
        "unsupported-oneof": _thing(
            "    either:\n      oneOf: [{type: string}, {type: integer}]\n"
        ),
        "unsupported-anyof": _thing(
            "    either:\n      anyOf: [{type: string}, {type: integer}]\n"
        ),
        "unsupported-not": _thing_prop("{not: {type: string}, description: N.}"),
        "unsupported-if": _thing_prop(
            "{type: object, if: {required: [a]}, then: {required: [b]}, description: C.}"
        ),
        "unsupported-const": _thing_prop("{const: 1, description: C.}"),
        "unsupported-prefix-items": _thing_prop(
            "{type: array, prefixItems: [{type: string}], description: T.}"
        ),
        "unsupported-several-types": _thing_prop("{type: [string, integer], description: Two.}"),
        "unsupported-inline-object": _thing(
            "    inner:\n      type: object\n      properties:\n        a: {type: string}\n"
        ),
        "unsupported-allof-form": _schemas(
            "Mixed:\n  allOf:\n    - {type: object, properties: {a: {type: string}}}\n    - {type: object, properties: {b: {type: string}}}\n"
        ),
        "unsupported-format": _thing_prop("{type: string, format: banana, description: Fruit.}"),
        "unsupported-parameter-object": _paths(
            "        schema: {type: string}\n        example: t1\n",
            "        schema: {type: object}\n        example: t1\n",
        ),
        "unsupported-array-path-parameter": _paths(
            "        schema: {type: string}\n        example: t1\n",
            "        schema: {type: array, items: {type: string}}\n        example: [t1]\n",
        ),
        "unsupported-cookie-parameter": _operation(
            "    parameters:\n      - {name: session, in: cookie, schema: {type: string}}\n"
        ),
    }
)

# -- names --------------------------------------------------------------------------------------
CASES.update(
    {
        "component-name-not-class": {
            "components/schemas/things.yaml": THINGS
            + "    two: {$ref: '#/thing_two'}\n\nthing_two:\n  type: object\n  properties:\n    a: {type: string}\n"
        },
        "property-name-clash": _thing(
            "    thingId: {type: string, description: Clash.}\n    thing-id: {type: string, description: Clash.}\n"
        ),
        "property-name-unusable": _thing(
            "    odd: {type: string, description: O., x-sdk-name: 'not valid'}\n"
        ),
        "argument-reserved-name": _operation(
            "    parameters:\n      - {name: timeout, in: query, description: T., schema: {type: integer}}\n"
        ),
        "operation-id-duplicate": {
            "paths/things.yaml": PATHS
            + "\n"
            + PATHS.replace("/v1/things/{thing_id}:", "/v1/copies/{thing_id}:"),
            "openapi.yaml": ROOT
            + "  /v1/copies/{thing_id}:\n    $ref: 'paths/things.yaml#/~1v1~1copies~1{thing_id}'\n",
        },
        "operation-id-style": _paths(OP, "    operationId: Get-Thing\n"),
        "operation-id-missing": _paths(OP, ""),
        "sdk-method-missing": _paths("    x-sdk-method: get\n", ""),
        "sdk-method-style": _paths("    x-sdk-method: get\n", "    x-sdk-method: getIt\n"),
        "sdk-method-reserved": _paths("    x-sdk-method: get\n", "    x-sdk-method: timeout\n"),
        "sdk-method-keyword": _paths("    x-sdk-method: get\n", "    x-sdk-method: class\n"),
        "tag-missing": _paths("    tags: [Things]\n", ""),
        "tag-undeclared": _paths("    tags: [Things]\n", "    tags: [Stuff]\n"),
        "tag-two": _paths("    tags: [Things]\n", "    tags: [Things, Things2]\n"),
        "tag-resource-missing": _root("    x-sdk-resource: things\n", ""),
        "tag-resource-style": _root("    x-sdk-resource: things\n", "    x-sdk-resource: Things\n"),
        "tag-description-missing": _root("    description: Things.\n", ""),
    }
)

# -- house rules of the Yunxin profile and documentation ----------------------------------------
CASES.update(
    {
        "summary-missing": _paths("    summary: Get a thing\n", ""),
        "description-missing": _paths("    description: Reads one thing.\n", ""),
        "external-docs-not-https": _operation("    externalDocs: {url: 'http://example.com'}\n"),
        "trace-header-missing": _paths(
            "  parameters:\n    - $ref: '../components/parameters.yaml#/TraceId'\n", ""
        )
        | {"components/parameters.yaml": None},
        "envelope-missing": _paths(
            "              allOf:\n                - $ref: '../components/schemas/common.yaml#/Envelope'\n                - type: object\n                  properties:\n                    data:\n                      $ref: '../components/schemas/things.yaml#/Thing'\n",
            "              $ref: '../components/schemas/things.yaml#/Thing'\n",
        )
        | {"components/schemas/common.yaml": None},
        "response-200-missing": _paths("      '200':\n", "      '201':\n"),
        "example-missing-required-parameter": _paths("        example: t1\n", ""),
        "example-invalid-response": _paths("count: 2", "count: two"),
        "example-invalid-parameter": _paths("        example: t1\n", "        example: 1\n"),
        "example-not-success": _paths("{code: 200, msg: success", "{code: 414, msg: bad"),
        "example-invalid-schema-example": _thing_prop(
            "{type: integer, description: N., examples: [one]}"
        ),
        "required-not-a-property": {
            "components/schemas/things.yaml": THINGS.replace(
                "  type: object\n", "  type: object\n  required: [nothing]\n", 1
            )
        },
        "enum-integer-without-varnames": {
            "components/schemas/things.yaml": THINGS
            + "    level: {$ref: '#/Level'}\n\nLevel:\n  type: integer\n  description: L.\n  enum: [1, 2]\n"
        },
        "enum-varnames-count": {
            "components/schemas/things.yaml": THINGS
            + "    level: {$ref: '#/Level'}\n\nLevel:\n  type: integer\n  description: L.\n  enum: [1, 2]\n  x-enum-varnames: [ONE]\n"
        },
        "enum-varnames-style": {
            "components/schemas/things.yaml": THINGS
            + "    level: {$ref: '#/Level'}\n\nLevel:\n  type: integer\n  description: L.\n  enum: [1, 2]\n  x-enum-varnames: [one, two]\n"
        },
        "enum-descriptions-count": {
            "components/schemas/things.yaml": THINGS
            + "    level: {$ref: '#/Level'}\n\nLevel:\n  type: integer\n  description: L.\n  enum: [1, 2]\n  x-enum-varnames: [ONE, TWO]\n  x-enum-descriptions: [One.]\n"
        },
        "enum-mixed-values": {
            "components/schemas/things.yaml": THINGS
            + "    level: {$ref: '#/Level'}\n\nLevel:\n  description: L.\n  enum: [1, [2]]\n"
        },
        "pagination-style": _operation(
            "    x-pagination: {style: pages, items: items, request_token: page_token}\n"
        ),
        "pagination-missing-parameter": _operation(
            "    x-pagination: {style: cursor, items: thing_id, request_token: page_token}\n"
        ),
        "pagination-items-not-array": _paths(
            "    operationId: getThing\n",
            "    operationId: getThing\n    x-pagination: {style: cursor, items: thing_id, request_token: thing_id}\n",
        ),
        "partial-failure-unknown-field": {
            "components/schemas/things.yaml": THINGS.replace(
                "  type: object\n", "  type: object\n  x-partial-failure: {failed: failures}\n", 1
            )
        },
        "idempotent-not-boolean": _operation("    x-idempotent: sometimes\n"),
        "deprecated-by-unknown": _operation("    deprecated: true\n    x-deprecated-by: nothing\n"),
        "deprecated-by-not-deprecated": _operation("    x-deprecated-by: getThing\n"),
        "stream-incomplete": _operation("    x-sdk-stream: {method: send_stream}\n"),
        "server-region-missing": _root(", x-region: main, x-role: primary}", "}"),
        "server-two-primaries": _root(
            "x-role: primary}\n",
            "x-role: primary}\n  - {url: 'https://api2.example.com', description: Two., x-region: main, x-role: primary}\n",
        ),
        "error-codes-incomplete": _root(
            "description: Bad parameter., retry: never}", "description: Bad parameter.}"
        ),
        "error-codes-duplicate": _root(
            "retry: never}\n",
            "retry: never}\n    - {code: 414, name: OtherError, description: Again., retry: never}\n",
        ),
        "schema-copy": _schemas(
            "Twin:\n  type: object\n  description: A copy.\n  properties:\n    thing_id: {type: string, description: Id.}\n    count: {type: integer, format: int32, description: How many.}\n"
        )
        | {
            "paths/things.yaml": PATHS.replace(
                "things.yaml#/Thing'\n            example",
                "things.yaml#/Twin'\n            example",
            )
        },
        "schema-file-cycle": {
            "components/schemas/things.yaml": THINGS + "    other: {$ref: './more.yaml#/More'}\n",
            "components/schemas/more.yaml": "More:\n  type: object\n  description: M.\n  properties:\n    back: {$ref: './things.yaml#/Thing'}\n",
        },
        "several-problems": {
            "paths/things.yaml": PATHS.replace("    summary: Get a thing\n", "").replace(
                "count: 2", "count: two"
            ),
            "components/schemas/common.yaml": COMMON
            + "Orphan:\n  type: object\n  properties:\n    x: {type: string}\n",
        },
    }
)


# -- input formats, versions and bounds (JSON files, OpenAPI versions, hostile YAML) ----------
_BOMB = 'lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"lol{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 9)
)
CASES.update(
    {
        "json-syntax": {"components/schemas/extra.json": '{\n  "Extra": {"type": "object",}\n}\n'},
        "json-duplicate-key": {
            "components/schemas/extra.json": '{\n  "Extra": {"type": "object"},\n'
            '  "Extra": {"type": "string"}\n}\n'
        },
        "json-nan": {"components/schemas/extra.json": '{"Extra": {"default": NaN}}\n'},
        "json-empty": {"components/schemas/extra.json": ""},
        "json-too-deep": {
            "components/schemas/extra.json": '{"Extra": ' + "[" * 300 + "]" * 300 + "}\n"
        },
        "yaml-too-deep-flow": _schemas("Deep: " + "[" * 100_000 + "]" * 100_000 + "\n"),
        "yaml-too-deep-block": _schemas("Deep:\n" + "- " * 300 + "x\n"),
        "yaml-alias-bomb": _schemas(_BOMB),
        "yaml-alias-recursive": _schemas("Loop: &loop\n  type: object\n  items: [*loop]\n"),
        "yaml-huge-integer": _thing("    huge: {type: integer, default: " + "9" * 5000 + "}\n"),
        "openapi-version-no-patch": _root("openapi: 3.1.0\n", "openapi: '3.1'\n"),
        "openapi-version-number": _root("openapi: 3.1.0\n", "openapi: 3.1\n"),
        "openapi-version-4": _root("openapi: 3.1.0\n", "openapi: 4.0.0\n"),
        "openapi-version-swagger": _root("openapi: 3.1.0\n", "swagger: '2.0'\n"),
        "openapi-3.0-invalid-type": {
            **_root("openapi: 3.1.0\n", "openapi: 3.0.3\n"),
            **_thing("    broken: {type: strnig}\n"),
        },
        "openapi-3.2-invalid-type": {
            **_root("openapi: 3.1.0\n", "openapi: 3.2.0\n"),
            **_thing("    broken: {type: strnig}\n"),
        },
    }
)
