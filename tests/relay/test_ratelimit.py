"""The pairing attempt limit: a sliding window per address, bounded memory."""

from __future__ import annotations

from relay.ratelimit import AttemptLimiter


def test_sliding_window_per_address_and_bounded_memory():
    now = [100.0]
    limiter = AttemptLimiter(2, 60, max_addresses=2, clock=lambda: now[0])
    assert [limiter.attempt("a"), limiter.attempt("a")] == [0, 0]
    assert limiter.attempt("a") == 60
    assert limiter.attempt("b") == 0  # another address has its own window
    now[0] += 30.5
    assert limiter.attempt("a") == 30  # until the oldest attempt leaves the window
    now[0] += 30
    assert limiter.attempt("a") == 0
    limiter.attempt("c")  # a third address: the least recently seen one ("b") is forgotten
    assert set(limiter._seen) == {"a", "c"}
    assert AttemptLimiter(0).attempt("x") == 0  # 0: no limit
