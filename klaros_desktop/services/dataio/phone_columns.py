"""A contact row's phone columns for bulk imports: which number to keep, parsed by ``people.phones.to_e164``
(the one normaliser, so its rules and sentences are the contact dialog's), with the number's region too,
so a 100k-row import parses each number only once.

Parsing numbers is most of an import's work, so big files hand it to worker processes (spawned, never
forked: safe beside Qt and an open database, and what Windows and macOS do anyway) while the importer reads the
file and writes the database. Workers only ever see phone number text. A frozen bundle can start them because
its entry point (``klaros_desktop/__main__.py``) calls ``multiprocessing.freeze_support()`` first. A machine
with one core, or one where no worker can start, imports in one process with the same results.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from klaros_desktop.phrases import reason_of
from klaros_desktop.services.people.phones import NO_NUMBER, InvalidNumber, plain_e164, to_e164

log = logging.getLogger(__name__)

PREFERRED_LABELS = ("whatsapp", "mobile", "cell", "iphone", "handy", "mobil")
POOL_THRESHOLD_BYTES = 1_500_000  # about 25k rows: below it, starting workers costs more than it saves


def pick_number(phones: list[tuple[str, str]], region: str | None) -> tuple[str, str | None, list[str]]:
    """(E.164, region, other valid numbers) for a row's best number (mobile/WhatsApp labels first).

    Raises ``InvalidNumber`` with the reason of the first unusable number when none is usable.
    """
    if len(phones) == 1:  # nearly every row
        e164, country = to_e164(phones[0][1], region)
        return e164, country, []
    if len(phones) > 1:
        phones = sorted(phones, key=lambda p: not any(label in p[0] for label in PREFERRED_LABELS))
    first_error: InvalidNumber | None = None
    chosen: tuple[str, str | None] | None = None
    others: list[str] = []
    for _label, raw in phones:
        try:
            e164, country = to_e164(raw, region)
        except InvalidNumber as exc:
            first_error = first_error or exc
            continue
        if chosen is None:
            chosen = (e164, country)
        elif e164 != chosen[0] and e164 not in others:
            others.append(e164)
    if chosen is None:
        raise first_error or InvalidNumber(NO_NUMBER)
    return chosen[0], chosen[1], others


def pick_number_or_reason(phones: list[tuple[str, str]], region: str | None):
    """``pick_number``'s result, or the reason (a Phrase, so a str) the row has no usable number."""
    if len(phones) == 1:  # nearly every row, and nearly always a plain mobile number: answered from its digits
        known = plain_e164(phones[0][1], region)
        if known is not None:
            return known[0], known[1], []
    try:
        return pick_number(phones, region)
    except InvalidNumber as exc:
        return reason_of(exc)


def normalise_chunk(rows: list[list[tuple[str, str]]], region: str | None) -> list:
    """Worker-process entry point: ``pick_number_or_reason`` for each row's phones."""
    return [pick_number_or_reason(phones, region) for phones in rows]


def default_workers() -> int:
    """Worker processes for big imports: the cores beside the importer's own (at most 3), or 0 on one core."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(0, min(3, cores - 1))


def make_pool(workers: int) -> ProcessPoolExecutor | None:
    """A spawned pool of ``workers`` processes, or None (logged) where none can be made: import in this one."""
    try:
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError, NotImplementedError) as exc:
        log.warning("import worker processes cannot start here (%s); normalising numbers in the importing process",
                    exc)
        return None
