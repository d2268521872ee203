"""A loopback API server for the benchmarks: stdlib, HTTP/1.1 keep-alive, Nagle off.

Run as ``python -m bench.server PORT``; it answers every call with a fixed envelope, so the
clients measured do the same I/O.
"""

from __future__ import annotations

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ACCOUNT = {"account_id": "user1", "configuration": {"enabled": True, "p2p_chat_banned": False}}
SENT = {
    "message_server_id": 8123456789012,
    "message_client_id": "c7b1f0f2-2f9e-4a55-9f3e-4b1a6f3d2c11",
    "sender_id": "user1",
    "conversation_type": 1,
    "receiver_id": "user2",
    "create_time": 1732252800000,
    "message_type": 0,
    "text": "hello",
}
BODIES = {
    "GET": json.dumps({"code": 200, "msg": "success", "data": ACCOUNT}).encode(),
    "POST": json.dumps({"code": 200, "msg": "success", "data": SENT}).encode(),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # without it every response waits 40 ms for delayed ACKs

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = BODIES[self.command]
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.daemon_threads = True
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
