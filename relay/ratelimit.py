"""A per-client attempt limit (pairing): at most N attempts per address in any sliding minute, per process."""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque


class AttemptLimiter:
    """``attempt(address)`` returns 0 when allowed (and counts it), else the seconds until one would be.

    Memory stays bounded: at most ``max_addresses`` addresses are tracked; the least recently seen one is
    forgotten first (an attacker with that many addresses gains at most a fresh window on the oldest).
    """

    def __init__(self, limit: int, window_seconds: float = 60.0, *, max_addresses: int = 65536,
                 clock=time.monotonic) -> None:
        self.limit = limit
        self.window = window_seconds
        self.max_addresses = max_addresses
        self._clock = clock
        self._seen: OrderedDict[str, deque[float]] = OrderedDict()

    def attempt(self, address: str) -> int:
        if self.limit <= 0:
            return 0
        now = self._clock()
        times = self._seen.get(address)
        if times is None:
            times = self._seen[address] = deque()
            while len(self._seen) > self.max_addresses:
                self._seen.popitem(last=False)
        else:
            self._seen.move_to_end(address)
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) >= self.limit:
            return max(1, math.ceil(times[0] + self.window - now))
        times.append(now)
        return 0
