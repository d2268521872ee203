"""Spec-driven generator of the NetEase Yunxin IM server SDK.

The pipeline runs in stages, one module each:
``loader`` (YAML with positions) -> ``bundler`` (one document, source map) ->
``validator`` (OpenAPI 3.1 schema) -> ``lint`` (our own rules) -> ``modeler`` (typed
intermediate model, ``ir``) -> ``render`` (Jinja2) -> ``formatter`` (black) -> ``writer``.
``pipeline`` joins them and ``cli`` is the command line.
"""

__version__ = "0.1.0"
