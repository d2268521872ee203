"""Command line: ``python -m generator {generate,check,validate}``.

Exit status: 0 success; 1 ``check`` found stale files; 2 the spec or templates have problems
(each printed as ``file:line:col: error[rule]: ...`` with a fix); 3 an internal error.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from generator import __version__
from generator.loader import display_path
from generator.pipeline import Paths, check, generate, load_spec
from generator.problems import SpecError, sort_problems

EXIT_OK, EXIT_STALE, EXIT_SPEC, EXIT_INTERNAL = 0, 1, 2, 3
#: Defaults: the spec, templates and output directory of the generator's own repository.
DEFAULTS = Paths()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate the Yunxin IM Python SDK, its docs and the bundled spec.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "validate the spec and write the output directory"),
        ("check", "exit 1 and list the stale files when the output directory is out of date"),
        ("validate", "only validate and lint the spec"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument(
            "--spec", type=Path, default=DEFAULTS.spec, help="root file of the spec"
        )
        if name != "validate":
            command.add_argument(
                "--templates", type=Path, default=DEFAULTS.templates, help="template directory"
            )
            command.add_argument("--out", type=Path, default=DEFAULTS.out, help="output directory")
    return parser


def _report(error: SpecError) -> int:
    problems = sort_problems(error.problems)
    for problem in problems:
        print(problem.render(), file=sys.stderr)
    print(f"{len(problems)} problem(s); nothing was written.", file=sys.stderr)
    return EXIT_SPEC


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        spec = display_path(args.spec.absolute())
        if args.command == "validate":
            load_spec(args.spec)
            print(f"{spec}: valid")
            return EXIT_OK
        paths = Paths(spec=args.spec, templates=args.templates, out=args.out)
        out = display_path(paths.out.absolute())
        if args.command == "generate":
            changes = generate(paths)
            print(f"{out}: {changes.summary()}")
            return EXIT_OK
        changes = check(paths)
        if changes.stale:
            templates = display_path(args.templates.absolute())
            print(f"{out} is out of date with {spec} and {templates}:", file=sys.stderr)
            for path in changes.added:
                print(f"  missing:   {path}", file=sys.stderr)
            for path in changes.changed:
                print(f"  differs:   {path}", file=sys.stderr)
            for path in changes.removed:
                print(f"  obsolete:  {path}", file=sys.stderr)
            print("run `make generate` and commit the result", file=sys.stderr)
            return EXIT_STALE
        print(f"{out} is up to date ({len(changes.unchanged)} files)")
        return EXIT_OK
    except SpecError as error:
        return _report(error)
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as error:  # a bug in the generator, not in the spec
        if args.debug:
            traceback.print_exc()
        print(
            f"internal error: {type(error).__name__}: {error}\n"
            "the output directory was not changed; rerun with --debug for the traceback and report it",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def main() -> int:
    return run(sys.argv[1:])
