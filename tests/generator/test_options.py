"""Run options: sdkgen.toml beside the spec, the command line over it, and what each option does
to the output (profile, package, targets, tags, template overrides, strict, quiet)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.core.problems import SpecError
from generator.options import Options, read_config, resolve

REPO = Path(__file__).resolve().parents[2]

#: A plain OpenAPI 3.0 spec (no profile): two tags, one XML body the SDKs do not send.
PLAIN = """\
openapi: 3.0.3
info: {title: Tiny Shop, version: 2.1.0, license: {name: MIT}}
servers: [{url: 'https://shop.example.com/v1'}]
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      responses:
        '200':
          description: The items.
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Item'}}
  /orders:
    post:
      operationId: createOrder
      tags: [orders]
      requestBody:
        content:
          application/xml:
            schema: {type: object, properties: {item: {type: string}}}
      responses:
        '201': {description: Created.}
components:
  schemas:
    Item:
      type: object
      properties:
        id: {type: string}
        price: {type: number}
"""


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "YUNXIN_SDKGEN_JOBS": "1"},
        timeout=300,
    )


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "openapi.yaml").write_text(PLAIN, encoding="utf-8")
    return tmp_path


def generate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli(
        "generate", "--spec", "spec/openapi.yaml", "--out", "out", "--templates",
        str(REPO / "templates"), *args, cwd=root,
    )  # fmt: skip


def test_plain_spec_generates_with_its_warnings(plain: Path) -> None:
    result = generate(plain)
    assert result.returncode == 0, result.stderr
    assert "warning[request-media]: POST /orders takes its body as application/xml" in result.stderr
    # the TypeScript runtime speaks the Yunxin conventions only: said, not silently skipped
    assert (
        "warning[target-unsupported]: the typescript target implements the yunxin" in result.stderr
    )
    assert "2 warning(s)" in result.stderr
    assert not (plain / "out" / "typescript").exists()
    package = plain / "out" / "python" / "tiny_shop_client"
    assert sorted(p.name for p in (package / "resources").glob("*.py")) == [
        "__init__.py",
        "items.py",
        "orders.py",
    ]
    assert "def list_items(" in (package / "resources" / "items.py").read_text(encoding="utf-8")


def test_strict_turns_warnings_into_errors_and_writes_nothing(plain: Path) -> None:
    result = generate(plain, "--strict")
    assert result.returncode == 2
    assert "error[request-media]" in result.stderr and "nothing was written" in result.stderr
    assert not (plain / "out").exists()


def test_quiet_prints_nothing_on_success(plain: Path) -> None:
    result = generate(plain, "--quiet")
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""


def test_command_line_options_shape_the_output(plain: Path) -> None:
    result = generate(
        plain, "--package", "shop", "--target", "python", "--exclude-tags", "orders", "-q"
    )
    assert result.returncode == 0, result.stderr
    out = plain / "out"
    assert sorted(p.name for p in out.iterdir()) == ["MANIFEST", "python"]  # no docs, no bundle
    resources = out / "python" / "shop" / "resources"
    assert sorted(p.name for p in resources.glob("*.py")) == ["__init__.py", "items.py"]
    assert 'name = "shop"' in (out / "python" / "pyproject.toml").read_text(encoding="utf-8")


def test_config_file_beside_the_spec_and_the_command_line_over_it(plain: Path) -> None:
    overrides = plain / "mine"
    (overrides / "python" / "plain").mkdir(parents=True)
    (overrides / "python" / "plain" / "README.md.jinja").write_text(
        "# {{ api.title }}: our own README\n", encoding="utf-8"
    )
    (plain / "spec" / "sdkgen.toml").write_text(
        '[generator]\ninclude-tags = ["orders"]\ntemplates = "../mine"\ntargets = ["python"]\n',
        encoding="utf-8",
    )
    result = generate(plain, "-q")
    assert result.returncode == 0, result.stderr
    package = plain / "out" / "python"
    assert (package / "README.md").read_text(encoding="utf-8") == "# Tiny Shop: our own README\n"
    resources = package / "tiny_shop_client" / "resources"
    assert sorted(p.name for p in resources.glob("*.py")) == ["__init__.py", "orders.py"]
    # the command line wins over the file
    assert generate(plain, "-q", "--include-tags", "items").returncode == 0
    assert sorted(p.name for p in resources.glob("*.py")) == ["__init__.py", "items.py"]


def test_a_changed_option_or_override_is_never_taken_for_up_to_date(plain: Path) -> None:
    assert generate(plain, "-q", "--target", "python").returncode == 0
    check = cli(
        "check", "--spec", "spec/openapi.yaml", "--out", "out", "--templates",
        str(REPO / "templates"), "--target", "python", cwd=plain,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    other = cli(
        "check", "--spec", "spec/openapi.yaml", "--out", "out", "--templates",
        str(REPO / "templates"), "--target", "python", "--package", "other", cwd=plain,
    )  # fmt: skip
    assert other.returncode == 1 and "missing:   python/other/__init__.py" in other.stderr


def test_bad_config_is_a_located_error(tmp_path: Path) -> None:
    config = tmp_path / "sdkgen.toml"
    config.write_text("[generator]\ntarget = ['python']\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        read_config(config)
    (problem,) = caught.value.problems
    assert problem.rule == "config" and "unknown key `target`" in problem.message
    assert "targets" in problem.fix
    config.write_text("[generator]\nstrict = 'yes'\n", encoding="utf-8")
    with pytest.raises(SpecError, match="`strict` must be bool"):
        read_config(config)
    config.write_text("[generator\n", encoding="utf-8")
    with pytest.raises(SpecError, match="not valid TOML"):
        read_config(config)


def test_unknown_profile_or_target_and_contradictions_exit_2(plain: Path) -> None:
    for args, text in (
        (["--profile", "nope"], "unknown profile 'nope'"),
        (["--target", "cobol"], "unknown target(s) cobol"),
        (["--strict", "--lenient"], "strict and lenient contradict each other"),
    ):
        result = generate(plain, *args)
        assert result.returncode == 2 and text in result.stderr, (args, result.stderr)


def test_resolve_reads_only_what_is_given(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    assert resolve(spec, None, {"strict": None, "targets": ()}) == Options()
    assert Options().fingerprint() == ""
    assert Options(targets=("python",)).fingerprint() == '{"targets": ["python"]}'
