"""Login rate limiting: failed attempts counted per user name and per client address.

A name or an address with ``limit`` failures inside the last ``window`` seconds is refused (429,
``Retry-After``) until its oldest failure leaves the window — without the password being checked,
so a locked name cannot be probed. A successful login clears its name's failures, not its
address's. Counts live in this process's memory (they survive as long as the server runs and
are shared by its threads); a restart forgets them. Memory is bounded: at most ``max_keys`` names
and addresses are tracked, the stalest dropped first.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable


class LoginLimiter:
    def __init__(
        self,
        *,
        per_user: int = 5,
        per_ip: int = 20,
        window: float = 900.0,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = {"user": per_user, "ip": per_ip}
        self.window = window
        self.max_keys = max_keys
        self.clock = clock
        self._failures: OrderedDict[tuple[str, str], deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def retry_after(self, user: str, ip: str) -> float | None:
        """Seconds until a login for ``user`` from ``ip`` may be tried again; None: go ahead."""
        now = self.clock()
        waits = []
        with self._lock:
            for kind, value in (("user", user), ("ip", ip)):
                times = self._recent((kind, value), now)
                if len(times) >= self.limits[kind]:
                    waits.append(times[-self.limits[kind]] + self.window - now)
        return max(waits) if waits else None

    def failed(self, user: str, ip: str) -> None:
        now = self.clock()
        with self._lock:
            for key in (("user", user), ("ip", ip)):
                times = self._failures.setdefault(key, deque())
                times.append(now)
                while len(times) > max(self.limits.values()):
                    times.popleft()
                self._failures.move_to_end(key)
            while len(self._failures) > self.max_keys:
                self._failures.popitem(last=False)

    def succeeded(self, user: str) -> None:
        with self._lock:
            self._failures.pop(("user", user), None)
