"""A job on a daemon thread of the server, started and stopped with the app."""

from __future__ import annotations

import threading


class Background:
    """Runs `run` on a daemon thread unless `interval` is 0 (off); `stop` asks it to end
    (the loop watches `stopping`) and waits up to `grace` seconds."""

    name = "background"

    def __init__(self, interval: float, grace: float = 10.0) -> None:
        self.interval, self.grace = interval, grace
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def run(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        if self.interval > 0:
            self._thread = threading.Thread(target=self.run, name=self.name, daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.wake()
        if self._thread is not None:
            self._thread.join(timeout=self.grace)

    def wake(self) -> None:
        """Cut a wait short (a loop waiting on something other than `stopping`)."""
