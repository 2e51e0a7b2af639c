"""A small OpenAI-compatible HTTP server on 127.0.0.1 for backend failure tests.

It answers /v1/chat/completions (streamed as server-sent events, or as one JSON body) with a
section written from the prompt's facts, after a scripted run of error statuses.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .llm_helpers import good_answer


class FakeOpenAI:
    def __init__(
        self,
        statuses: list[int] | None = None,
        error_body: str = "",
        always: int | None = None,
        garbage: bool = False,
        delay: float = 0.0,
        answer: Callable[[str], str] | None = None,
    ) -> None:
        self.answer = answer or good_answer  # the text of a 200 answer, from the last prompt
        self.garbage = garbage  # answer 200 with a body that is not an OpenAI response
        self.delay = delay  # seconds to wait before answering
        self.statuses = list(statuses or [])  # returned first, one per request
        self.always = always  # returned for every request once the list is used up
        self.error_body = error_body
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.lock = threading.Lock()

    def next_status(self) -> int:
        with self.lock:
            if self.statuses:
                return self.statuses.pop(0)
            return self.always or 200


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            self._json(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            fake.requests.append(body)
            fake.headers.append(dict(self.headers))
            if fake.delay:
                time.sleep(fake.delay)
            if fake.garbage:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream" if body.get("stream") else "application/json")
                self.end_headers()
                self.wfile.write(b"data: {this is not json\n\n" if body.get("stream") else b"<html>oops</html>")
                return
            status = fake.next_status()
            if status != 200:
                payload = {"error": {"message": fake.error_body or f"status {status}", "type": "test"}}
                extra = {"retry-after": "0"} if status == 429 else {}
                self._json(status, payload, extra)
                return
            prompt = body["messages"][-1]["content"]
            if len(body["messages"]) > 2:  # a retry: answer the original request
                prompt = body["messages"][1]["content"]
            text = fake.answer(prompt)
            if body.get("stream"):
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()
                for i in range(0, len(text), 8):
                    chunk = {
                        "id": "c1",
                        "object": "chat.completion.chunk",
                        "created": 0,
                        "model": body.get("model", "fake"),
                        "choices": [{"index": 0, "delta": {"content": text[i : i + 8]}, "finish_reason": None}],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                self.wfile.write(b"data: [DONE]\n\n")
                return
            self._json(
                200,
                {
                    "id": "c1",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body.get("model", "fake"),
                    "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
                    ],
                },
            )

        def _json(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A request thread that outlives its test (a client gone on a timeout, a broken pipe) must not
    print its traceback into the next test's captured stderr, where it reads as that test's own."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@contextmanager
def serve(fake: FakeOpenAI) -> Iterator[str]:
    server = _QuietServer(("127.0.0.1", 0), _handler(fake))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
