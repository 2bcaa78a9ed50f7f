"""How the serving process frames webhooks for its writer process: while the writer is busy, the webhooks that
arrive go to it together, in one frame.

``relay.writer_process.WriterProcess`` writes a frame whenever its flusher finds webhooks pending. Under a
burst many arrive in one turn of the event loop and share a frame; but webhooks paced out evenly (Meta's
steady traffic) arrive one per turn, and each became a frame of its own: a write to the pipe per webhook, a
wake-up of the writer's reader thread, and a reply to read back. While the writer process is committing,
a frame written now only waits in the pipe until that commit ends (it then takes everything queued, in one
transaction), so holding the webhooks here until the writer answers costs them no time, and they leave in
one frame.

The hold is bounded by ``GATHER_SECONDS`` and by ``FULL_FRAME`` webhooks: the writer must not idle for a
round trip when its commit ends (what a plain hold-until-answered cost under a burst; relay.writer_process), so
as soon as a frame's worth is pending it goes, and the writer finds it queued when its commit ends. Nothing is
held while the writer is idle. A webhook is still answered 200 only after the writer
answers for its frame, which it does after the COMMIT: the hold adds at most ``GATHER_SECONDS`` before the
data reaches the disk, and none after it. The frames themselves are unchanged (the same list of webhooks).
"""

from __future__ import annotations

import asyncio

from relay.writer import Incoming, Pending, Stored
from relay.writer_process import WriterProcess

GATHER_SECONDS = 0.001  # the longest a webhook waits here for the writer to finish its commit
FULL_FRAME = 16  # webhooks pending that go at once (a burst's, which the writer then finds queued)


def _release(gate: asyncio.Future) -> None:
    if not gate.done():
        gate.set_result(None)


class GatheringWriterProcess(WriterProcess):
    """``WriterProcess`` whose flusher, while frames are in flight, waits for the writer's answer (at most
    ``GATHER_SECONDS``, or until ``FULL_FRAME`` webhooks are pending) before it writes the next frame. ``frames``
    counts the frames written."""

    def __init__(self, settings, **kwargs) -> None:
        super().__init__(settings, **kwargs)
        self._gate: asyncio.Future | None = None  # resolved when the writer has answered every frame in flight
        self.frames = 0

    async def _next_batch(self) -> list[Pending]:
        assert self._wakeup is not None and self._loop is not None
        await self._wakeup.wait()
        if self._in_flight and len(self._pending) < min(FULL_FRAME, self._batch_max):  # the writer is busy
            gate = self._gate = self._loop.create_future()
            timer = self._loop.call_later(GATHER_SECONDS, _release, gate)
            try:
                await gate
            finally:
                timer.cancel()
                self._gate = None
        batch = await super()._next_batch()
        self.frames += 1
        return batch

    async def submit(self, item: Incoming) -> Stored:
        gate = self._gate
        if gate is not None and len(self._pending) + 1 >= FULL_FRAME:
            _release(gate)  # a frame's worth: it goes now
        return await super().submit(item)

    def _answer(self, reply) -> None:
        super()._answer(reply)
        if not self._in_flight and self._gate is not None:
            _release(self._gate)  # the writer is about to idle: what was gathered goes now
