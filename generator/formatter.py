"""Format rendered files: black for Python modules and for ```python blocks in Markdown,
prettier for TypeScript and JSON, and the same whitespace rules for every other text file (no
trailing spaces, one final newline).

Prettier is the repository's pinned one (``node_modules``, see package.json), run once per
generation over every ``.ts`` and ``.json`` file together (``prettier.mjs``: one Node process
for the batch), with the TypeScript runtime's ``.prettierrc.json``; it runs while black does.

Black is the slow part of a run. The Python target lays its code out as black would
(:mod:`generator.targets.python.layout`), so that black's first pass changes nothing and its
second pass, which black runs only after a first pass that changed something, never runs;
``tests/generator/test_layout.py`` holds every rendered file to that. Black's results are also
kept in a content-addressed cache
(``.cache/black`` in the repository, keyed by black's version, its mode and the input); set
YUNXIN_SDKGEN_NO_CACHE=1 to bypass it. The cache never changes what is produced: the same
input gives the same output with or without it.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from pathlib import Path

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.core.problems import Location, Problem, SpecError

LINE_LENGTH = 100
MODE = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY39})
#: A worker process is started only for at least this many files to format.
_FILES_PER_WORKER = 4
_PYTHON_BLOCK = re.compile(r"(```python\n)(.*?)(```)", re.DOTALL)
_TS_BLOCK = re.compile(r"(```ts\n)(.*?)(```)", re.DOTALL)


CACHE = Path(__file__).resolve().parent.parent / ".cache" / "black"
REPOSITORY = Path(__file__).resolve().parent.parent
#: The batch script, the pinned prettier it loads and the settings it applies.
PRETTIER_SCRIPT = Path(__file__).resolve().parent / "prettier.mjs"
PRETTIER_PACKAGE = REPOSITORY / "node_modules" / "prettier" / "package.json"
PRETTIER_CONFIG = (
    Path(__file__).resolve().parent / "targets" / "typescript" / "runtime" / ".prettierrc.json"
)
#: Extensions prettier formats.
PRETTIER_EXTENSIONS = (".ts", ".json")
_CACHE_SALT = f"{metadata.version('black')}|{MODE!r}|".encode()


def _cache_path(source: str) -> Path | None:
    if os.environ.get("YUNXIN_SDKGEN_NO_CACHE") == "1":
        return None
    digest = hashlib.sha256(_CACHE_SALT + source.encode("utf-8")).hexdigest()
    return CACHE / digest[:2] / f"{digest}.py"


def format_python(source: str) -> str:
    """Format Python source with black (as a library call, no subprocess), through the cache."""
    cached = _cache_path(source)
    if cached is not None:
        try:
            return cached.read_text(encoding="utf-8")
        except OSError:
            pass
    result = black.format_str(source, mode=MODE)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=cached.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                    stream.write(result)
                os.replace(temporary, cached)
            finally:
                if os.path.exists(temporary):
                    os.unlink(temporary)
        except OSError:
            pass  # a read-only checkout just formats every time
    return result


def _normalise(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    collapsed: list[str] = []
    for line in lines:
        if line == "" and collapsed and collapsed[-1] == "" and not _inside_code_block(collapsed):
            continue
        collapsed.append(line)
    return "\n".join(collapsed).strip("\n") + "\n" if any(lines) else ""


def _tidy_python(text: str) -> str:
    """Rendered Python with trailing spaces and blank lines past black's two removed, so that
    what the templates lay out as black would (two blank lines before a top-level class)
    reaches black unchanged (see :mod:`generator.targets.python.layout`)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line == "" and len(kept) >= 2 and kept[-1] == "" and kept[-2] == "":
            continue
        kept.append(line)
    return "\n".join(kept).strip("\n") + "\n"


def _inside_code_block(lines: list[str]) -> bool:
    return sum(1 for line in lines if line.startswith("```")) % 2 == 1


def format_markdown(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        return match.group(1) + format_python(match.group(2)) + match.group(3)

    return _normalise(_PYTHON_BLOCK.sub(block, text))


def prettier_version() -> str:
    """The installed prettier's version (``missing`` when it is not installed)."""
    try:
        return str(json.loads(PRETTIER_PACKAGE.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return "missing"


class _PrettierBatch:
    """One ``node prettier.mjs`` process formatting a batch, started now, read by ``result``."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files
        self.process: subprocess.Popen[bytes] | None = None
        self.failure: str | None = None
        node = shutil.which("node")
        if not files:
            return
        if node is None or prettier_version() == "missing":
            self.failure = "node or the pinned prettier is not installed (run `make node`)"
            return
        request = json.dumps({"config": str(PRETTIER_CONFIG), "files": files}).encode("utf-8")
        self.process = subprocess.Popen(
            [node, str(PRETTIER_SCRIPT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPOSITORY,
        )
        self.request = request

    def result(self) -> tuple[dict[str, str], dict[str, str]]:
        """Formatted text by path, and the error message of each file prettier refused."""
        if not self.files:
            return {}, {}
        if self.process is None:
            return {}, {path: self.failure or "prettier did not run" for path in self.files}
        out, err = self.process.communicate(self.request, timeout=600)
        if self.process.returncode != 0:
            message = err.decode("utf-8", "replace").strip() or "prettier failed"
            return {}, {path: message for path in self.files}
        answer = json.loads(out.decode("utf-8"))
        return dict(answer["files"]), dict(answer["errors"])


def _with_ts_blocks(text: str, path: str, pretty: dict[str, str]) -> str:
    """``text`` with its n-th ```ts block replaced by prettier's ``<path>#<n>.ts``."""
    numbers = iter(range(len(pretty) + 1))

    def block(match: re.Match[str]) -> str:
        code = pretty.get(f"{path}#{next(numbers)}.ts")
        return match.group(0) if code is None else match.group(1) + code + match.group(3)

    return _TS_BLOCK.sub(block, text)


def format_file(path: str, text: str) -> str:
    """One rendered file formatted; raises black's ``InvalidInput`` for invalid Python."""
    if path.endswith(PRETTIER_EXTENSIONS):
        formatted, errors = _PrettierBatch({path: text}).result()
        if path in errors:
            raise InvalidInput(errors[path])
        return formatted[path]
    if path.endswith(".py"):
        return format_python(_tidy_python(text)) if text.strip() else ""
    if path.endswith(".md"):
        return format_markdown(text)
    if path.endswith((".yaml", ".yml")):
        # data: blank lines and spaces inside a scalar are content, so only the end is tidied
        return text.rstrip("\n") + "\n" if text.strip() else ""
    return _normalise(text)


def _format_job(job: tuple[str, str]) -> tuple[str, str | None, str | None]:
    path, text = job
    try:
        return path, format_file(path, text), None
    except InvalidInput as error:
        return path, None, str(error)


def jobs() -> int:
    """How many worker processes run black: one per core (YUNXIN_SDKGEN_JOBS overrides)."""
    configured = os.environ.get("YUNXIN_SDKGEN_JOBS", "")
    return int(configured) if configured.isdigit() and int(configured) > 0 else os.cpu_count() or 1


def _run(work: list[tuple[str, str]]) -> list[tuple[str, str | None, str | None]]:
    workers = min(jobs(), len(work) // _FILES_PER_WORKER)
    if workers < 2:
        return [_format_job(job) for job in work]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    # the largest files first, so that no worker is left with a long one at the end
    ordered = sorted(work, key=lambda job: -len(job[1]))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_format_job, ordered, chunksize=1))


def format_files(files: dict[str, str], reuse: dict[str, str] | None = None) -> dict[str, str]:
    """Format every file; a template that produced invalid Python is reported as a problem.

    ``reuse`` holds already formatted text of files whose render is known to be unchanged;
    the rest is formatted in worker processes (one per core) when there are enough of them.
    """
    reuse = reuse or {}
    formatted = {path: reuse[path] for path in files if path in reuse}
    errors: dict[str, str] = {}
    todo = {p: t for p, t in files.items() if p not in reuse}
    # prettier's batch runs in its own process while black works here; it also takes the
    # ```ts blocks of Markdown files (as <path>#<n>.ts)
    pending = {p: t for p, t in todo.items() if p.endswith(PRETTIER_EXTENSIONS)}
    for path, source in todo.items():
        if path.endswith(".md"):
            for number, match in enumerate(_TS_BLOCK.finditer(source)):
                pending[f"{path}#{number}.ts"] = match.group(2)
    batch = _PrettierBatch(pending)
    rest = [(p, t) for p, t in todo.items() if not p.endswith(PRETTIER_EXTENSIONS)]
    for path, text, error in _run(rest):
        if text is not None:
            formatted[path] = text
        else:
            errors[path] = error or "invalid input"
    pretty, refused = batch.result()
    for path, code in pretty.items():
        if path in files:
            formatted[path] = code
    for name, error in refused.items():
        errors[name.split("#", 1)[0]] = error
    for path in todo:
        if path.endswith(".md") and path in formatted and f"{path}#0.ts" in pretty:
            formatted[path] = _with_ts_blocks(formatted[path], path, pretty)
    problems: list[Problem] = []
    for path in (p for p in files if p in errors):
        error = errors[path]
        language = "TypeScript or JSON" if path.endswith(PRETTIER_EXTENSIONS) else "Python"
        problems.append(
            Problem(
                Location(f"generated/{path}"),
                "generated-syntax",
                f"the rendered file is not valid {language}: {error}",
                "fix the template that renders this file (see generator/render.py for which one)",
            )
        )
    if problems:
        raise SpecError(problems)
    return {path: formatted[path] for path in files}
