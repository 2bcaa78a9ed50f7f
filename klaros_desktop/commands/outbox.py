"""``klaros outbox`` lists the messages waiting in the outbox and those held for the shop owner, with the reason;
``klaros outbox send`` sends what waits now.

Sending goes through ``Outbox.flush``, the app's own flush, without its start-up recovery: an item found
``sending`` may be in flight in the running app, so it is left to the app, and only ``pending`` items are claimed
(one process wins each claim in the database), so the command is safe while the app runs. Items waiting for
their next retry are tried now (the shop owner asked). Exit codes follow ``klaros send``: 0 nothing is left
waiting, 5 something still waits (WhatsApp could not be reached, or the app is sending an earlier message to the
contact), 3 an item was held because ``may_send`` refused it (opted out, window closed, ...), 1 Meta refused one,
4 one was not confirmed by WhatsApp (it may have reached the customer); the most serious of these wins. Items
held before this run are listed but do not change the exit code.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from klaros_desktop.commands import CommandContext

EXIT_FAILED, EXIT_REFUSED, EXIT_UNCONFIRMED, EXIT_QUEUED = 1, 3, 4, 5
_SERIOUS = (EXIT_UNCONFIRMED, EXIT_FAILED, EXIT_REFUSED, EXIT_QUEUED)  # the first that applies is the exit code


_HELD_HINT = ("Held messages are not sent by themselves: open the contact's chat in Klaros to send one again or "
              "delete it.")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("outbox", help="list the messages waiting to be sent or held; send them now")
    parser.add_argument("action", nargs="?", choices=["send"],
                        help="send: send what waits now (safe while the app runs)")
    parser.add_argument("--json", action="store_true", help="list as JSON (one object per item)")
    parser.set_defaults(handler=run)


def _what(item) -> str:
    if item.template_name:
        return f"template {item.template_name} ({item.template_language})"
    return item.media_kind or "text"


def _line(item, now) -> str:
    from klaros_desktop.phrases import local_time

    text = " ".join(item.text.split())
    text = f' "{text[:60]}{"…" if len(text) > 60 else ""}"' if text else ""
    return f"  #{item.id}  {item.number}  {_what(item)}, queued {local_time(item.queued_at, now)}{text}"


def _state_note(item, now) -> str:
    from klaros_desktop.phrases import local_time
    from klaros_desktop.services.messaging import outbox

    if item.state == outbox.SENDING:
        return "      being sent now by Klaros (the app)"
    if item.held:
        return f"      {item.reason}"
    if item.attempts and item.next_attempt_at is not None:
        return (f"      tried {item.attempts}×, WhatsApp could not be reached; "
                f"next try {local_time(item.next_attempt_at, now)}")
    return ""


def _as_json(item) -> dict:
    return {"id": item.id, "state": item.state, "number": item.number, "kind": item.media_kind or (
        "template" if item.template_name else "text"), "template": item.template_name,
        "language": item.template_language, "text": item.text, "queued_at": item.queued_at.isoformat(),
        "attempts": item.attempts,
        "next_attempt_at": item.next_attempt_at.isoformat() if item.next_attempt_at else None,
        "reason_code": item.reason_code, "reason": str(item.reason) if item.held else None,
        "error_code": item.error_code, "held_at": item.held_at.isoformat() if item.held_at else None,
        "correlation_id": item.correlation_id}


def _print_list(items, now) -> None:
    from klaros_desktop.services.messaging import outbox

    waiting = [i for i in items if i.state != outbox.HELD]
    held = [i for i in items if i.state == outbox.HELD]
    if not items:
        print("The outbox is empty: nothing waits to be sent.")
    for title, group in (("Waiting to be sent", waiting), ("Held, waiting for you", held)):
        if not group:
            continue
        print(f"{title} ({len(group)}):")
        for item in group:
            print(_line(item, now))
            note = _state_note(item, now)
            if note:
                print(note)
    if held:
        print(_HELD_HINT)


async def _flush(ctx: CommandContext, sessions):
    from klaros_desktop.services.core import settings
    from klaros_desktop.services.core.audit import GraphAuditWriter
    from klaros_desktop.services.messaging import outbox
    from klaros_desktop.services.messaging.sending import SendService
    from klaros_desktop.services.setup import wiring

    writer = GraphAuditWriter(sessions)
    try:
        config = wiring.graph_config(sessions, wiring.secret_store(ctx.profile))
        with sessions() as s:
            region = settings.get(s, settings.DEFAULT_REGION)
        async with wiring.http_client() as http:
            service = SendService(sessions, wiring.make_graph(http, config, audit=writer),
                                  phone_number_id=config.phone_number_id, default_region=region, actor="cli")
            box = outbox.Outbox(sessions, media_root=ctx.profile.media)
            # items backing off are due now: the shop owner asked to send; at most one more attempt each
            return box, await box.flush(service, now=box.clock() + outbox.BACKOFF_MAX, recover=False)
    finally:
        await writer.aclose()


def _send(ctx: CommandContext, sessions) -> int:
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.messaging import outbox
    from klaros_desktop.services.setup.wiring import NotConfigured

    try:
        box, report = asyncio.run(_flush(ctx, sessions))
    except (NotConfigured, NoSecureKeyring) as exc:
        print(f"Not sent: {exc}", file=sys.stderr)
        return 2
    if report.busy:  # another flush in this process: cannot happen from the command line, said all the same
        print("Another send of the outbox is running; try again in a moment.", file=sys.stderr)
        return EXIT_QUEUED
    codes: set[int] = set()
    for attempt in report.attempts:
        item = attempt.item
        if attempt.result == outbox.SENT:
            print(f"Sent to {item.number}: {_what(item)} (#{item.id}, correlation id {item.correlation_id})")
        elif attempt.result == outbox.RETRY:
            print(f"Still waiting: {item.number}, {_what(item)} (#{item.id}): WhatsApp could not be reached; "
                  f"Klaros tries again when it is online.")
            codes.add(EXIT_QUEUED)
        else:
            print(f"Held: {item.number}, {_what(item)} (#{item.id}): {outbox.held_reason(item)}")
            codes.add(EXIT_UNCONFIRMED if item.reason_code == outbox.AMBIGUOUS
                      else EXIT_REFUSED if item.reason_code in outbox.REFUSALS else EXIT_FAILED)
    tried = {attempt.item.id for attempt in report.attempts}
    left = [i for i in box.items() if i.id not in tried]
    waiting = [i for i in left if i.state != outbox.HELD]
    held = [i for i in left if i.state == outbox.HELD]
    now = box.clock()
    if waiting:
        codes.add(EXIT_QUEUED)
        print(f"Still waiting ({len(waiting)}):")
        for item in waiting:
            print(_line(item, now))
            print(_state_note(item, now) or "      waits for an earlier message to the same contact")
    if held:
        print(f"Held from before, waiting for you in the app ({len(held)}):")
        for item in held:
            print(_line(item, now))
            print(_state_note(item, now))
    if held or any(a.result == outbox.HELD for a in report.attempts):
        print(_HELD_HINT)
    if not report.attempts and not waiting:
        print("Nothing to send: no message waits in the outbox.")
    return next((code for code in _SERIOUS if code in codes), 0)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.services.messaging.outbox import Outbox

    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        if args.action == "send":
            if args.json:
                print("--json goes with the listing (klaros outbox --json).", file=sys.stderr)
                return 2
            return _send(ctx, sessions)
        box = Outbox(sessions)
        items = box.items()
        if args.json:
            print(json.dumps([_as_json(item) for item in items], ensure_ascii=False, indent=2))
        else:
            _print_list(items, box.clock())
        return 0
