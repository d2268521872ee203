"""A loopback API server for the benchmarks: stdlib asyncio, HTTP/1.1 keep-alive, Nagle off.

Run as ``python -m bench.server PORT``. It answers every call with a fixed envelope (one for
GET, one for POST), so the clients measured do the same I/O. It parses only what it must
(the header block and Content-Length), so that the server's own time, and its noise, stay
small next to the clients' cost; ``http.server`` spends about 0.5 ms per request here.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys

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
RESPONSES = {
    method: b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
    % (len(body), body)
    for method, body in BODIES.items()
}


class Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:  # without it every response waits 40 ms for a delayed ACK
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method = head.split(" ", 1)[0]
            assert self.transport is not None
            self.transport.write(RESPONSES.get(method, RESPONSES["POST"]))


async def serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Connection, "127.0.0.1", port)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    asyncio.run(serve(int(sys.argv[1])))


if __name__ == "__main__":
    main()
