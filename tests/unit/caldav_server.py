"""A real Radicale on the loopback interface, started for the CalDAV tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from mail_server import free_port

Headers = dict[str, str] | None


class Radicale:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Radicale:
        storage = self.folder / "collections"
        self.log = (self.folder / "radicale.log").open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", f"--storage-filesystem-folder={storage}",
             f"--server-hosts=127.0.0.1:{self.port}", "--auth-type=none",
             "--logging-level=warning"],
            stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Radicale did not start") from None
                time.sleep(0.1)
        self.request("MKCOL", "/desk/")
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None
        self.log.close()

    def request(
        self, method: str, path: str, data: bytes | None = None, headers: Headers = None
    ) -> tuple[int, dict[str, str], bytes]:
        url = path if path.startswith("http") else self.base + path
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read()
            exc.close()
            return exc.code, dict(exc.headers), body

    def names(self, calendar: str) -> list[str]:
        """The resource names in a calendar (as in URLs), from the storage folder itself."""
        folder = self.folder / "collections" / "collection-root" / calendar.strip("/")
        return sorted(
            quote(p.name, safe="") for p in folder.iterdir() if not p.name.startswith(".")
        )
