"""The serving process's frames to its writer process: webhooks that arrive while the writer is committing
reach it together, in one frame, and each is still answered only after its COMMIT."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

import httpx
import pytest

from relay.embedded import RelayServer
from relay.writer_process import WriterProcess

from .conftest import pair_device, post_webhook

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pauses the writer process by signal")


def wait_until(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


class FrameLog:
    """The frames the serving process writes to its writer process's stdin."""

    def __init__(self, writer: WriterProcess) -> None:
        stdin = writer._child.process.stdin
        self.frames: list[bytes] = []
        original = stdin.write

        def write(data: bytes) -> None:
            self.frames.append(bytes(data))
            original(data)

        stdin.write = write


def accepted(writer: WriterProcess) -> int:
    """Webhooks the serving process has handed to its writer side: pending, or framed and in flight."""
    return len(writer._pending) + sum(len(batch) for batch in writer._in_flight)


def send_in_background(relay: RelayServer, shop, text: str, answers: dict) -> threading.Thread:
    def run() -> None:
        with httpx.Client(timeout=60) as client:
            answers[text] = post_webhook(relay.url, client, shop, text=text)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@pytest.fixture
def served(tmp_path, database_url):
    with RelayServer(tmp_path / "relay", database_url=database_url, writer_process=True) as server:
        yield server


def test_webhooks_arriving_while_the_writer_commits_reach_it_in_one_frame_and_answer_after_it(served, http):
    shop = served.create_tenant()
    desk = pair_device(served, http, shop.tenant_id)
    writer = served.app.state.relay.writer
    writer._hold_seconds = 60.0  # only the writer's answer ends the gathering
    log = FrameLog(writer)
    answers: dict[str, httpx.Response] = {}
    os.kill(writer.pid, signal.SIGSTOP)  # the writer "commits" until it is let go
    try:
        threads = [send_in_background(served, shop, "first", answers)]
        wait_until(lambda: accepted(writer) == 1)
        for n in range(2, 5):  # paced: each arrives on its own, after the one before
            threads.append(send_in_background(served, shop, f"webhook {n}", answers))
            wait_until(lambda n=n: accepted(writer) == n)
        assert len(log.frames) == 1  # the first went at once; the others wait for the busy writer
        assert answers == {}  # nothing is answered before the writer has stored it
    finally:
        writer._hold_seconds = 0.002  # bound long past: once answered, the adaptive hold keeps nothing back
        os.kill(writer.pid, signal.SIGCONT)
    for thread in threads:
        thread.join(60)
    assert {text: a.status_code for text, a in answers.items()} == dict.fromkeys(
        ["first", "webhook 2", "webhook 3", "webhook 4"], 200)
    assert len(log.frames) == 2
    assert len(desk.pull(http)["events"]) == 4  # each answered 200 after its COMMIT, all four stored


def test_a_webhook_waits_for_a_busy_writer_no_longer_than_the_gathering_bound(served):
    shop = served.create_tenant()
    writer = served.app.state.relay.writer
    log = FrameLog(writer)
    answers: dict[str, httpx.Response] = {}
    os.kill(writer.pid, signal.SIGSTOP)  # stuck in its commit: no answer will end the gathering
    try:
        threads = [send_in_background(served, shop, "first", answers)]
        wait_until(lambda: len(log.frames) == 1)
        threads.append(send_in_background(served, shop, "second", answers))
        wait_until(lambda: len(log.frames) == 2)  # sent to the writer without its answer: the bound ran out
        assert answers == {}
    finally:
        os.kill(writer.pid, signal.SIGCONT)
    for thread in threads:
        thread.join(60)
    assert [a.status_code for a in answers.values()] == [200, 200]


def test_a_frames_worth_of_webhooks_goes_at_once_even_while_the_writer_commits(served):
    shop = served.create_tenant()
    writer = served.app.state.relay.writer
    writer._hold_seconds = 60.0
    writer._hold_target = 3
    log = FrameLog(writer)
    answers: dict[str, httpx.Response] = {}
    os.kill(writer.pid, signal.SIGSTOP)
    try:
        threads = [send_in_background(served, shop, "first", answers)]
        wait_until(lambda: len(log.frames) == 1)
        for n in range(2, 5):
            threads.append(send_in_background(served, shop, f"webhook {n}", answers))
            wait_until(lambda n=n: accepted(writer) == n)
            if n < 4:
                assert len(log.frames) == 1  # gathering
        wait_until(lambda: len(log.frames) == 2)  # three pending made a frame's worth: it went without an answer
        assert answers == {}
    finally:
        writer._hold_seconds = 0.002
        os.kill(writer.pid, signal.SIGCONT)
    for thread in threads:
        thread.join(60)
    assert [a.status_code for a in answers.values()] == [200] * 4
