"""Validation in a process of its own, while the main process lints, models, renders and
formats the same bundle.

The answer is the one of validating first: when validation finds problems, those are
reported and nothing else (whatever the later stages did or raised meanwhile); only when the
document is valid do lint problems or a later stage's result count.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from generator.core.bundler import Bundle
from generator.core.problems import SpecError

T = TypeVar("T")


def _validate(bundle: Bundle, known: frozenset[str]) -> frozenset[str]:
    # imported where it runs: the validator's import is a large part of its cost, and in the
    # child it overlaps the parent's work instead of delaying it
    from generator.core.validator import validate_openapi

    return validate_openapi(bundle, known)


def _child(bundle: Bundle, known: frozenset[str], connection: Connection) -> None:
    answer: tuple[str, Any]
    try:
        answer = ("valid", _validate(bundle, known))
    except SpecError as error:
        answer = ("problems", list(error.problems))
    except BaseException as error:  # the parent validates again and reports it
        answer = ("failed", repr(error))
    connection.send(answer)
    connection.close()


def validated_while(
    bundle: Bundle, known_valid: Iterable[str], work: Callable[[], T]
) -> tuple[frozenset[str], T]:
    """Validate ``bundle`` (see :func:`validate_openapi`) while ``work`` runs; returns the
    names of the valid parts and what ``work`` returned, or raises the validation's problems
    first. Without ``fork`` (or if the process fails) validation runs here, before ``work``."""
    known = frozenset(known_valid)
    if "fork" not in multiprocessing.get_all_start_methods():
        return _validate(bundle, known), work()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(bundle, known, sender), daemon=True)
    process.start()
    sender.close()

    def answer() -> frozenset[str]:
        try:
            kind, value = receiver.recv()
        except EOFError:
            kind, value = "failed", None
        finally:
            receiver.close()
            process.join()
        if kind == "valid":
            return frozenset(value)
        if kind == "problems":
            raise SpecError(list(value))
        return _validate(bundle, known)

    try:
        result = work()
    except BaseException:
        answer()  # the validation's problems come first
        raise
    return answer(), result
