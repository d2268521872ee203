"""Generation speed next to openapi-python-client, measured in one run (medians of 3).

Every case runs ``python -m generator`` in a fresh copy of the repository's spec, templates,
generator and committed output, so that there is no ``.cache`` (what a fresh clone in CI has):

* no-op ``check`` and ``generate`` on the unchanged spec (target at most 0.15x the peer);
* ``generate`` after adding one property to one schema file (at most 0.35x);
* a full ``generate`` into an empty directory (at most 1.0x);
* a scale series of synthetic specs (:mod:`bench.synthetic`) from 100 to 1000 operations:
  time per size, which should grow at most linearly, and peak memory (at most 2x the peer's);
* the large public specs (Stripe, GitHub; npm fixtures of tests/support/public_specs.py): our
  full ``generate`` (python target, empty directory, no cache) next to the peer's, one run each.

The peer is openapi-python-client's full ``generate`` (its ruff hooks included) of the same
bundled spec, ``generated/openapi.yaml``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.synthetic import schema_count, write_synthetic

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("spec", "templates", "generator", "generated")
EDITED_SCHEMA = Path("spec") / "components" / "schemas" / "friends.yaml"
TARGETS = {
    "no-op check": 0.15,
    "no-op generate": 0.15,
    "one-field edit": 0.35,
    "full": 1.0,
    "full, python only": 1.0,
}


def _env(**extra: str) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), **extra}


def measure(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak resident memory in bytes of one command (the largest of
    the process and its children)."""
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=output)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            output.seek(0)
            text = output.read().decode("utf-8", "replace")
            raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{text}")
    return elapsed, usage.ru_maxrss * 1024


def fresh_clone(into: Path) -> Path:
    """A copy of what a clone holds of the generator: no .cache, no byte-compiled files."""
    for part in PARTS:
        shutil.copytree(
            ROOT / part, into / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    # the pinned Node tools (prettier) a clone installs with `make node`
    (into / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    return into


def ours(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator", *args]


def peer_command(spec: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(out),
        "--meta",
        "none",
    ]


def add_one_property(clone: Path) -> None:
    """Add a property to the first schema with properties in one schema file."""
    path = clone / EDITED_SCHEMA
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines):
        if line == "  properties:\n":
            lines.insert(
                number + 1, "    bench_extra: {type: string, description: Added by the bench.}\n"
            )
            break
    else:
        raise SystemExit(f"no schema with properties in {path}")
    path.write_text("".join(lines), encoding="utf-8")


def median_of(rounds: int, once: Callable[[Path], float]) -> float:
    samples = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="bench-gen-") as directory:
            samples.append(once(Path(directory)))
    return statistics.median(samples)


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(rounds: int = 3, sizes: tuple[int, ...] = (100, 250, 500, 1000)) -> None:
    print("== generation (fresh copies without .cache; medians of 3; ratio to the peer) ==")
    bundled = ROOT / "generated" / "openapi.yaml"

    def peer_once(directory: Path) -> float:
        return measure(peer_command(bundled, directory / "peer"), directory, _env())[0]

    def clone_once(prepare: Callable[[Path], list[str]]) -> Callable[[Path], float]:
        def once(directory: Path) -> float:
            clone = fresh_clone(directory / "clone")
            command = prepare(clone)
            return measure(command, clone, _env(PYTHONPATH=str(clone)))[0]

        return once

    def edit(clone: Path) -> list[str]:
        add_one_property(clone)
        return ours("generate")

    cases: dict[str, Callable[[Path], list[str]]] = {
        "no-op check": lambda clone: ours("check"),
        "no-op generate": lambda clone: ours("generate"),
        "one-field edit": edit,
        "full": lambda clone: ours("generate", "--out", str(clone / "empty")),
        # what the peer produces: one Python client (ours also writes TypeScript, docs, spec)
        "full, python only": lambda clone: ours(
            "generate", "--out", str(clone / "empty"), "--target", "python"
        ),
    }
    peer = median_of(rounds, peer_once)
    print(f"  openapi-python-client generate of generated/openapi.yaml: {peer:.2f} s")
    for name, prepare in cases.items():
        seconds = median_of(rounds, clone_once(prepare))
        ratio = seconds / peer
        print(
            f"  {name:<16} {seconds:6.2f} s  {ratio:5.2f}x  (target <= {TARGETS[name]:.2f}x: "
            f"{verdict(ratio <= TARGETS[name])})"
        )
    scale(sizes)
    public()


def scale(sizes: tuple[int, ...]) -> None:
    print("== scale: synthetic specs, full generate into an empty directory, no cache (1 run) ==")
    print(
        "  operations  schemas    ours s   peer s   ratio   ours s/100 ops   ours MB  peer MB  mem"
    )
    rows = []
    for operations in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as name:
            directory = Path(name)
            spec = write_synthetic(directory / "spec", operations)
            command = ours("generate", "--spec", str(spec), "--out", "out")
            env = _env(PYTHONPATH=str(ROOT), YUNXIN_SDKGEN_NO_CACHE="1")
            seconds, memory = measure(command, directory, env)
            peer_seconds, peer_memory = measure(
                peer_command(directory / "out" / "openapi.yaml", directory / "peer"),
                directory,
                _env(),
            )
        rows.append((operations, seconds))
        print(
            f"  {operations:>10} {schema_count(operations):>8} {seconds:9.2f} {peer_seconds:8.2f}"
            f" {seconds / peer_seconds:6.2f}x {seconds / operations * 100:14.2f}"
            f" {memory / 2**20:9.0f} {peer_memory / 2**20:8.0f}"
            f"  {memory / peer_memory:4.2f}x ({verdict(memory <= 2 * peer_memory)})"
        )
    if len(rows) > 1:
        (small, small_s), (large, large_s) = rows[0], rows[-1]
        growth = large_s / small_s
        print(
            f"  {small} -> {large} operations: time x{growth:.1f} for x{large / small:.0f} the size"
            f" ({'at most linear' if growth <= large / small else 'MISSED: worse than linear'})"
        )


#: Large public specs: short name in tests.support.public_specs -> whether they need --lenient.
PUBLIC = {"stripe": False, "github": False}


def attempt(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, str]:
    """Wall time of one command and, when it failed, the last line it printed."""
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        status = subprocess.run(command, cwd=cwd, env=env, stdout=output, stderr=output).returncode
        elapsed = time.perf_counter() - start
        if status == 0:
            return elapsed, ""
        output.seek(0)
        lines = [line for line in output.read().decode("utf-8", "replace").splitlines() if line]
        return elapsed, f"exit {status}: {lines[-1][:160] if lines else 'no output'}"


def public(names: tuple[str, ...] = tuple(PUBLIC)) -> None:
    from tests.support.public_specs import spec_path

    print(
        "== large public specs: full generate, python target, empty directory, no cache (1 run) =="
    )
    print("  spec           ours s   peer s   ratio")
    for name in names:
        spec = spec_path(name)
        with tempfile.TemporaryDirectory(prefix="bench-public-") as directory:
            command = ours("generate", "--spec", str(spec), "--out", "out", "--target", "python")
            if PUBLIC[name]:
                command.append("--lenient")
            env = _env(PYTHONPATH=str(ROOT), YUNXIN_SDKGEN_NO_CACHE="1")
            seconds, failed = attempt(command, Path(directory), env)
            peer_seconds, peer_failed = attempt(
                peer_command(spec, Path(directory) / "peer"), Path(directory), _env()
            )
        ours_text = f"{seconds:8.2f}" if not failed else "  failed"
        peer_text = f"{peer_seconds:8.2f}" if not peer_failed else "  failed"
        ratio = f"{seconds / peer_seconds:6.2f}x" if not (failed or peer_failed) else "     -"
        print(f"  {name:<12} {ours_text} {peer_text} {ratio}")
        if failed:
            print(f"    ours failed after {seconds:.2f} s: {failed}")
        if peer_failed:
            print(f"    openapi-python-client failed after {peer_seconds:.2f} s: {peer_failed}")
