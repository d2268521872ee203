"""Command line: ``python -m generator {generate,check,validate,diff,release}``.

Exit status: 0 success; 1 ``check`` found stale files, or ``diff`` found breaking changes
(unless ``--allow-breaking``); 2 the spec or templates have problems (each printed as
``file:line:col: error[rule]: ...`` with a fix); 3 an internal error.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from generator import __version__
from generator.core.loader import display_path
from generator.core.problems import Problem, SpecError, sort_problems
from generator.options import Options, resolve
from generator.pipeline import Paths, check, chosen_profile, generate, load_spec
from generator.profiles import for_document

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
        _option_arguments(command, generating=name != "validate")
    _diff_parser(commands)
    _release_parser(commands)
    return parser


def _tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]


def _option_arguments(command: argparse.ArgumentParser, generating: bool) -> None:
    """The options of a run (see generator/options.py); each may also be set in sdkgen.toml."""
    group = command.add_argument_group(
        "options", "also settable in sdkgen.toml beside the spec (the command line wins)"
    )
    group.add_argument(
        "--config", type=Path, help="the config file (default: sdkgen.toml beside the spec)"
    )
    group.add_argument(
        "--profile", help="force a profile (openapi, yunxin) instead of the spec's choice"
    )
    group.add_argument("--strict", action="store_true", default=None, help="warnings are errors")
    group.add_argument(
        "--lenient",
        action="store_true",
        default=None,
        help="the OpenAPI validator's findings are warnings: write what can be generated",
    )
    group.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    group.add_argument(
        "-v", "--verbose", action="store_true", help="also say what was read and chosen"
    )
    if not generating:
        return
    group.add_argument("--package", help="name of the Python package (and of its distribution)")
    group.add_argument(
        "--target", dest="targets", action="append", help="only this target (repeatable)"
    )
    group.add_argument(
        "--include-tags",
        type=_tags,
        help="only operations with one of these tags (comma-separated)",
    )
    group.add_argument(
        "--exclude-tags", type=_tags, help="leave out operations with these tags (comma-separated)"
    )
    group.add_argument(
        "--template-overrides",
        type=Path,
        help="a folder of templates that replace the default ones of the same relative path",
    )


def _options(args: argparse.Namespace) -> Options:
    given = {
        "profile": args.profile,
        "strict": args.strict,
        "lenient": args.lenient,
        "package": getattr(args, "package", None),
        "targets": tuple(getattr(args, "targets", None) or ()),
        "include_tags": tuple(getattr(args, "include_tags", None) or ()),
        "exclude_tags": tuple(getattr(args, "exclude_tags", None) or ()),
        "templates": (
            args.template_overrides.resolve() if getattr(args, "template_overrides", None) else None
        ),
    }
    return resolve(args.spec, args.config, given)


def _warn(warnings: list[Problem], quiet: bool) -> None:
    if quiet or not warnings:
        return
    for problem in sort_problems(warnings):
        print(problem.render(), file=sys.stderr)
    print(f"{len(sort_problems(warnings))} warning(s)", file=sys.stderr)


def _diff_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = "compare two specs and classify every change as breaking, compatible or info"
    command = commands.add_parser(
        "diff",
        help=text,
        description=f"{text}. Give OLD and NEW (spec root files or folders), or --base REV to "
        "compare the spec at a git revision with the working tree (this also compares the "
        "generated Python package's public API with griffe).",
    )
    command.add_argument("old", nargs="?", type=Path, help="the earlier spec (file or folder)")
    command.add_argument("new", nargs="?", type=Path, help="the later spec (file or folder)")
    command.add_argument(
        "--base", metavar="REV", help="compare the spec at this git revision with --spec"
    )
    command.add_argument(
        "--spec",
        type=Path,
        default=DEFAULTS.spec,
        help="root file of the working spec (with --base)",
    )
    command.add_argument(
        "--templates",
        type=Path,
        default=DEFAULTS.templates,
        help="template directory (with --base)",
    )
    command.add_argument(
        "--format", choices=("markdown", "json"), default="markdown", help="output format"
    )
    command.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even when a change is breaking"
    )
    command.add_argument(
        "--no-python-api", action="store_true", help="with --base: skip the griffe comparison"
    )


def _release_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = "bump the SDK version by the diff against the last v* tag and prepend the changelog"
    command = commands.add_parser("release", help=text, description=text)
    command.add_argument("--spec", type=Path, default=DEFAULTS.spec, help="root file of the spec")
    command.add_argument(
        "--templates", type=Path, default=DEFAULTS.templates, help="template directory"
    )
    command.add_argument("--out", type=Path, default=DEFAULTS.out, help="output directory")


def _diff(args: argparse.Namespace) -> int:
    from generator.diff import diff_paths, diff_revision

    if args.base is not None:
        if args.old is not None:
            print("give either OLD NEW or --base REV, not both", file=sys.stderr)
            return EXIT_SPEC
        report, _ = diff_revision(
            args.base, args.spec, args.templates, python_api=not args.no_python_api
        )
        title = f"API changes since {args.base}"
    else:
        if args.old is None or args.new is None:
            print("diff needs OLD and NEW, or --base REV", file=sys.stderr)
            return EXIT_SPEC
        report = diff_paths(args.old, args.new)
        title = f"API changes from {display_path(args.old)} to {display_path(args.new)}"
    sys.stdout.write(report.to_json() if args.format == "json" else report.to_markdown(title))
    if report.breaking and not args.allow_breaking:
        print(
            f"{len(report.breaking)} breaking change(s); pass --allow-breaking once they are reviewed",
            file=sys.stderr,
        )
        return EXIT_STALE
    return EXIT_OK


def _release(args: argparse.Namespace) -> int:
    from generator.release import release

    plan = release(args.spec, args.templates, args.out)
    if not plan.released:
        print(f"nothing to release: no change since {plan.previous_tag} ({plan.previous_version})")
        return EXIT_OK
    since = f" since {plan.previous_tag}" if plan.previous_tag else " (first release)"
    counts = ", ".join(
        f"{sum(1 for c in plan.report.changes if c.severity == s)} {s}"
        for s in ("breaking", "compatible", "info")
    )
    print(f"version {plan.version}{since}: {plan.report.bump} bump ({counts})")
    print(f"changelog: {display_path(plan.changelog.absolute())}")
    print(f"review the changes, commit them and tag v{plan.version}")
    return EXIT_OK


def _report(error: SpecError) -> int:
    problems = sort_problems(error.problems)
    for problem in problems:
        print(problem.render(), file=sys.stderr)
    print(f"{len(problems)} problem(s); nothing was written.", file=sys.stderr)
    return EXIT_SPEC


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "diff":
            return _diff(args)
        if args.command == "release":
            return _release(args)
        spec = display_path(args.spec.absolute())
        options = _options(args)
        if args.verbose:
            print(f"options: {options.fingerprint() or 'defaults'}", file=sys.stderr)
        if args.command == "validate":
            loaded = load_spec(args.spec, options)
            _warn(loaded.warnings, args.quiet)
            if args.verbose:
                profile = chosen_profile(options) or for_document(loaded.document)
                print(f"profile: {profile.name}; {len(loaded.files)} file(s) read", file=sys.stderr)
            if not args.quiet:
                print(f"{spec}: valid")
            return EXIT_OK
        paths = Paths(spec=args.spec, templates=args.templates, out=args.out, options=options)
        out = display_path(paths.out.absolute())
        if args.command == "generate":
            changes = generate(paths)
            _warn(changes.warnings, args.quiet)
            if not args.quiet:
                print(f"{out}: {changes.summary()}")
            return EXIT_OK
        changes = check(paths)
        _warn(changes.warnings, args.quiet)
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
        if not args.quiet:
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
