"""``make bench``: speed of the generator and of the generated SDK next to their peers.

* Generation: see :mod:`bench.generation` (no-op, one-field edit, full and scale series
  next to openapi-python-client); ``--only generation`` runs only that part.

* Import time: ``import yunxin_im`` next to importing httpx and pydantic alone (the SDK's own
  dependencies), each in fresh interpreters, median of many runs; and the memory it adds.
* Calls per second of a typical GET (accounts.get) and POST (messages.send) against a loopback
  server (stdlib asyncio) in another process, as a ratio to bare httpx requests doing the same
  I/O, and the same
  for the client that openapi-python-client generates from the same bundled spec.

Targets (from the issue): import costs at most 25 ms more than httpx + pydantic; a call costs
at most 1.2x a bare httpx request; faster than the openapi-python-client client. The numbers
are printed, never asserted in unit tests.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import importlib
import os
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import generation

ROOT = Path(__file__).resolve().parents[1]
SDK = ROOT / "generated" / "python"
WORK = ROOT / ".bench"
PEER = WORK / "opc"
STATIC_HEADERS = {"Accept": "application/json", "AppKey": "bench-key"}
MESSAGE = {"message": {"message_type": 0, "text": "hello"}}


def signing_headers() -> dict[str, str]:
    """What every request to the API must carry, fresh for each call: the peers compute it too,
    so that all three clients put the same request on the wire."""
    nonce = os.urandom(16).hex()
    cur_time = str(int(time.time()))
    return {
        "Nonce": nonce,
        "CurTime": cur_time,
        "CheckSum": hashlib.sha1(("bench-secret" + nonce + cur_time).encode()).hexdigest(),
        "X-custom-traceid": str(uuid.uuid4()),
    }


def sign_request(request: Any) -> None:
    """An httpx request hook: how a user makes a generic generated client sign its calls."""
    request.headers.update(signing_headers())


IMPORT_PROBE = (
    "import resource, time\n"
    "start = time.perf_counter()\n"
    "{statement}\n"
    "elapsed = time.perf_counter() - start\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def install_sdk() -> Path:
    """Copy the generated package next to the benchmark and byte-compile it, as pip would."""
    site = WORK / "site"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(
        SDK / "yunxin_im", site / "yunxin_im", ignore=shutil.ignore_patterns("__pycache__")
    )
    compileall.compile_dir(site, quiet=1)
    return site


def _import_once(statement: str, env: dict[str, str]) -> tuple[float, float]:
    output = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE.format(statement=statement)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(output[0]), float(output[1])


def import_costs(
    statements: dict[str, str], runs: int, site: Path
) -> dict[str, list[tuple[float, float]]]:
    """(seconds, peak RSS in KiB) of each statement in fresh interpreters, ``runs`` times; the
    statements take turns so that a noisy moment of the machine hits them alike."""
    env = {**os.environ, "PYTHONPATH": str(site)}
    for statement in statements.values():  # the first runs warm the disk cache
        _import_once(statement, env)
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label in statements}
    for _ in range(runs):
        for label, statement in statements.items():
            samples[label].append(_import_once(statement, env))
    return samples


def start_server() -> tuple[subprocess.Popen[str], str]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.server", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process, f"http://127.0.0.1:{port}"


def per_call(
    clients: dict[str, Callable[[], Any]], calls: int, rounds: int
) -> dict[str, list[float]]:
    """Seconds per call of each client, one entry per round; the clients take turns within a
    round so that a noisy moment of the machine hits them alike."""
    for function in clients.values():
        for _ in range(max(50, calls // 10)):
            function()
    results: dict[str, list[float]] = {label: [] for label in clients}
    for _ in range(rounds):
        for label, function in clients.items():
            start = time.perf_counter()
            for _ in range(calls):
                function()
            results[label].append((time.perf_counter() - start) / calls)
    return results


def generate_peer() -> bool:
    """Generate the openapi-python-client client of the bundled spec into .bench/opc."""
    if PEER.exists():
        return True
    WORK.mkdir(exist_ok=True)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(ROOT / "generated" / "openapi.yaml"),
            "--output-path",
            str(PEER),
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
    )
    if not PEER.exists():
        print(f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}")
        return False
    return True


TYPESCRIPT = ROOT / "generated" / "typescript"


def typescript(args: argparse.Namespace) -> None:
    """The TypeScript SDK as its package ships it (its own ``npm run build`` with the pinned
    tools: the esbuild bundle of dist/esm), next to bare fetch (see bench/typescript.mjs)."""
    tools = ROOT / "node_modules" / ".bin"
    if not (TYPESCRIPT / "package.json").is_file() or not (tools / "esbuild").exists():
        print(
            "== TypeScript SDK: skipped (no generated/typescript or no node_modules; run make node) =="
        )
        return
    out = WORK / "ts"
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(TYPESCRIPT, out)
    (out / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    path = f"{tools}{os.pathsep}{os.environ.get('PATH', '')}"
    subprocess.run(
        ["npm", "run", "build", "--silent"],
        cwd=out,
        env={**os.environ, "PATH": path},
        check=True,
    )
    entry = out / "dist" / "esm" / "index.js"
    subprocess.run(
        [
            "node",
            str(ROOT / "bench" / "typescript.mjs"),
            str(entry),
            str(args.calls),
            str(min(args.rounds, 7)),
            str(args.import_runs),
        ],
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--import-runs", type=int, default=25)
    parser.add_argument(
        "--only",
        choices=("runtime", "generation", "typescript"),
        help="run one part of the benchmarks",
    )
    parser.add_argument(
        "--scale",
        default="100,250,500,1000",
        help="operations of the synthetic specs of the generation scale series",
    )
    args = parser.parse_args()
    if args.only in (None, "typescript"):
        typescript(args)
        if args.only == "typescript":
            return
    if args.only != "runtime":
        generation.main(sizes=tuple(int(size) for size in args.scale.split(",")))
        if args.only == "generation":
            return
    WORK.mkdir(exist_ok=True)
    site = install_sdk()
    have_peer = generate_peer()
    importlib.invalidate_caches()
    sys.path[:0] = [str(site), str(WORK)]

    print("== import time (fresh interpreters, byte-compiled, taking turns; medians) ==")
    samples = import_costs(
        {
            "httpx + pydantic": "import httpx, pydantic",
            "import yunxin_im": "import yunxin_im",
            "  + client and 1 resource": (
                "import yunxin_im; yunxin_im.YunxinIM(app_key='k', app_secret='s').accounts"
            ),
        },
        args.import_runs,
        site,
    )
    for label, values in samples.items():
        seconds = statistics.median(t for t, _ in values)
        rss = statistics.median(r for _, r in values)
        print(f"{label:26s}{seconds * 1000:7.1f} ms   {rss / 1024:6.1f} MiB peak RSS")
    paired = zip(samples["import yunxin_im"], samples["httpx + pydantic"], strict=True)
    extra = statistics.median(ours - base for (ours, _), (base, _) in paired) * 1000
    print(
        f"yunxin_im costs {extra:+.1f} ms over httpx + pydantic "
        f"(median of paired runs; target <= 25 ms): {verdict(extra <= 25)}"
    )

    import httpx
    from yunxin_im import YunxinIM

    process, url = start_server()
    try:
        bare = httpx.Client(base_url=url, headers=STATIC_HEADERS)
        sdk = YunxinIM(app_key="bench-key", app_secret="bench-secret", base_url=url, max_retries=0)
        body = httpx.Request("POST", url, json=MESSAGE).content
        post_headers = {"Content-Type": "application/json"}
        cases: dict[str, dict[str, Callable[[], Any]]] = {
            "GET accounts.get": {
                "bare httpx": lambda: bare.get(
                    "/im/v2/accounts/user1", headers=signing_headers()
                ).content,
                "yunxin_im": lambda: sdk.accounts.get(account_id="user1"),
            },
            "POST messages.send": {
                "bare httpx": lambda: bare.post(
                    "/im/v2/conversations/user1%7C1%7Cuser2/messages",
                    content=body,
                    headers={**post_headers, **signing_headers()},
                ).content,
                "yunxin_im": lambda: sdk.messages.send(
                    conversation_id="user1|1|user2", message=MESSAGE["message"]
                ),
            },
        }
        if have_peer:
            from opc.api.accounts import get_account  # type: ignore[import-not-found]
            from opc.api.messages import send_message  # type: ignore[import-not-found]
            from opc.client import Client  # type: ignore[import-not-found]
            from opc.models import SendMessageRequest  # type: ignore[import-not-found]

            peer = Client(
                base_url=url,
                headers=STATIC_HEADERS,
                httpx_args={"event_hooks": {"request": [sign_request]}},
            )
            request = SendMessageRequest.from_dict(MESSAGE)
            cases["GET accounts.get"]["openapi-python-client"] = lambda: get_account.sync(
                "user1", client=peer
            )
            cases["POST messages.send"]["openapi-python-client"] = lambda: send_message.sync(
                "user1|1|user2", client=peer, body=request
            )
        print(
            f"\n== calls against a loopback server in another process "
            f"({args.calls} calls x {args.rounds} interleaved rounds; medians) =="
        )
        print(
            "every client sends the same request: path, body, AppKey and fresh Nonce/CurTime/CheckSum/trace id"
        )
        for name, clients in cases.items():
            rounds = per_call(clients, args.calls, args.rounds)
            seconds = {label: statistics.median(values) for label, values in rounds.items()}
            ratios = {
                label: statistics.median(
                    v / b for v, b in zip(values, rounds["bare httpx"], strict=True)
                )
                for label, values in rounds.items()
            }
            print(name)
            for label in clients:
                print(
                    f"  {label:24s} {1 / seconds[label]:8.0f} calls/s  {seconds[label] * 1e6:7.1f} us/call  "
                    f"{ratios[label]:5.2f}x bare httpx"
                )
            print(
                f"  yunxin_im / bare httpx = {ratios['yunxin_im']:.2f} (target <= 1.20): {verdict(ratios['yunxin_im'] <= 1.2)}"
            )
            if "openapi-python-client" in ratios:
                speedup = ratios["openapi-python-client"] / ratios["yunxin_im"]
                print(
                    f"  yunxin_im runs {speedup:.2f}x the calls/s of openapi-python-client: {verdict(speedup > 1)}"
                )
        sdk.close()
        bare.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
    overhead(args, have_peer)


def overhead(args: argparse.Namespace, have_peer: bool) -> None:
    """The clients' own cost per call, with the network replaced by httpx.MockTransport."""
    import json

    import httpx
    from yunxin_im import YunxinIM

    from bench.server import BODIES

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=BODIES[request.method], headers={"Content-Type": "application/json"}
        )

    def transport_client(**kwargs: Any) -> httpx.Client:
        return httpx.Client(
            base_url="http://bench", transport=httpx.MockTransport(answer), **kwargs
        )

    bare = transport_client(headers=STATIC_HEADERS)
    sdk = YunxinIM(app_key="bench-key", app_secret="bench-secret", base_url="http://bench")
    sdk._http._transport = httpx.MockTransport(
        answer
    )  # harness only: keep the SDK's own client, drop the network
    clients: dict[str, Callable[[], Any]] = {
        "bare httpx": lambda: json.loads(
            bare.get("/im/v2/accounts/user1", headers=signing_headers()).content
        ),
        "yunxin_im": lambda: sdk.accounts.get(account_id="user1"),
    }
    if have_peer:
        from opc.api.accounts import get_account  # type: ignore[import-not-found]
        from opc.client import Client  # type: ignore[import-not-found]

        peer = Client(base_url="http://bench").set_httpx_client(
            transport_client(headers=STATIC_HEADERS, event_hooks={"request": [sign_request]})
        )
        clients["openapi-python-client"] = lambda: get_account.sync("user1", client=peer)
    rounds = per_call(clients, args.calls * 2, args.rounds)
    print(
        "\n== client overhead without I/O: GET accounts.get over httpx.MockTransport (medians) =="
    )
    base = statistics.median(rounds["bare httpx"])
    for label, values in rounds.items():
        seconds = statistics.median(values)
        print(
            f"  {label:24s} {seconds * 1e6:7.1f} us/call  {(seconds - base) * 1e6:+6.1f} us over bare httpx + json"
        )


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


if __name__ == "__main__":
    main()
