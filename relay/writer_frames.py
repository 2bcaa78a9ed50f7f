"""How the serving process frames webhooks for its writer process: while the writer is busy, the webhooks that
arrive go to it together, in one frame.

``relay.writer_process.WriterProcess`` writes a frame whenever its flusher finds webhooks pending. Under a
burst many arrive in one turn of the event loop and share a frame; but webhooks paced out evenly (Meta's
steady traffic) arrive one per turn, and each became a frame of its own: a write to the pipe per webhook, a
wake-up of the writer's reader thread, and a reply to read back. While the writer process is committing,
a frame written now only waits in the pipe until that commit ends (it then takes everything queued, in one
transaction), so holding the webhooks here until the writer answers costs them no time, and they leave in
one frame.

The hold is the adaptive one of ``relay.writer.CommitQueue`` with one more reason to hold: the writer is busy.
It is bounded by the same ``hold_seconds`` (``KLAROS_RELAY_COMMIT_WAIT_MS``) from the oldest webhook's arrival,
and by ``HOLD_TARGET`` webhooks: the writer must not idle for a round trip when its commit ends (what a plain
hold-until-answered cost under a burst; relay.writer_process), so as soon as a transaction's worth is pending
it goes, and the writer finds it queued when its commit ends. When the writer answers, what was gathered goes
at once, unless the adaptive hold keeps it (the last transaction was small and webhooks keep coming), still
within the same bound: the two reasons never add up to two waits. A webhook is still answered 200 only after
the writer answers for its frame, which it does after the COMMIT: the hold adds at most ``hold_seconds``
before the data reaches the disk, and none after it. The frames themselves are unchanged (the same list of
webhooks).

Not with ``serve``'s shared writer (``relay.shared_writer``): there the writer busy with this process's frame is
also committing the other processes', and the next transaction starts the moment it answers, on whatever the
others sent meanwhile; a frame held for that answer would miss it, so frames go as webhooks come (only the
adaptive hold applies, and it sees the shared transaction's size).
"""

from __future__ import annotations

from relay.writer import Pending
from relay.writer_process import WriterProcess


class GatheringWriterProcess(WriterProcess):
    """``WriterProcess`` whose flusher, while frames are in flight, waits for the writer's answer before it writes
    the next frame (within the hold's bounds). ``frames`` counts the frames written."""

    def __init__(self, settings, **kwargs) -> None:
        super().__init__(settings, **kwargs)
        self.frames = 0

    def _busy(self) -> bool:
        # A shared writer (relay.shared_writer) commits other processes' batches too: what this process holds
        # until its answer would miss the transaction the writer starts on the others' batches as it answers,
        # and the processes' batches would take turns, a transaction each. Sent now, it waits in the writer's
        # inbox and joins theirs.
        return bool(self._in_flight) and self._socket_path is None

    async def _next_batch(self) -> list[Pending]:
        batch = await super()._next_batch()
        self.frames += 1
        return batch
