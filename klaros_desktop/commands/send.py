"""``klaros send NUMBER "text"``, ``klaros send NUMBER --file F [--caption TEXT]`` or
``klaros send NUMBER --template NAME --lang CODE --param … [--header-file F | --header-var VALUE |
--header-location LAT,LON,NAME,ADDRESS] [--button-var INDEX=VALUE]``.

A file is checked against Meta's type and size limits before anything is uploaded (the refusal names the
limit), kept in the profile, uploaded and sent.

Every send goes through ``may_send``; a refusal prints the reason and exits with status 3, a send that
Meta rejects prints Meta's explanation and exits with status 1. A send whose answer was lost after it went out
(``graph.UnconfirmedSend``: it may have reached the customer) exits with status 4, so a script that tries
failures again can tell it apart and not send the message twice.

A template goes through the outbox (``services.messaging.outbox``): queued with its values, then tried at once.
When WhatsApp cannot be reached (the request surely never left) it stays queued and the command exits with
status 5; the desktop app sends it when it is next online (or ``klaros outbox send``), ``may_send`` asked again
then. A template Meta refused or did not confirm stays held in the outbox, where the app (and ``klaros outbox``)
shows why.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from klaros_desktop.commands import CommandContext

EXIT_FAILED = 1
EXIT_REFUSED = 3
EXIT_UNCONFIRMED = 4
EXIT_QUEUED = 5


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("send", help="send a WhatsApp message (free-form or template)")
    parser.add_argument("number", help="the customer's number (E.164, or national with --region/default region)")
    parser.add_argument("text", nargs="?", help="message text (free-form, only inside the 24-hour window)")
    parser.add_argument("--template", metavar="NAME", help="approved template name")
    parser.add_argument("--lang", metavar="CODE", help="template language code, e.g. en_US or de")
    parser.add_argument("--param", action="append", default=[], metavar="VALUE",
                        help="template body parameter {{1}}, {{2}}, … (repeat in order)")
    parser.add_argument("--file", metavar="F", type=Path,
                        help="send a photo, video, voice message, sticker or document (with --template: the "
                             "template's image, video or document header)")
    parser.add_argument("--header-file", metavar="F", type=Path,
                        help="with --template: the picture, video or document the template shows at the top")
    parser.add_argument("--header-var", metavar="VALUE",
                        help="with --template: the value of the variable in the template's title at the top (the "
                             "title with it at most 60 characters)")
    parser.add_argument("--header-location", metavar="LAT,LON,NAME,ADDRESS",
                        help="with --template: the place shown on the map at the top of a location template: "
                             "decimal degrees, then its name and address (the rest of the text, commas included)")
    parser.add_argument("--button-var", action="append", default=[], metavar="INDEX=VALUE",
                        help="with --template: the value at the end of the link of the template's button INDEX, "
                             "or the code of its copy-code button (counted from 0, as Meta does), e.g. "
                             "--button-var 0=AB123")
    parser.add_argument("--caption", metavar="TEXT", help="the file's caption (photos, videos, documents)")
    parser.add_argument("--reply-to", metavar="WAMID", help="quote this message")
    parser.add_argument("--region", help="default region for national numbers, e.g. DE")
    parser.set_defaults(handler=run)


async def send(ctx: CommandContext, args: argparse.Namespace):
    from klaros_desktop.db import open_database
    from klaros_desktop.services.core import settings
    from klaros_desktop.services.core.audit import GraphAuditWriter
    from klaros_desktop.services.messaging.sending import SendService
    from klaros_desktop.services.setup import wiring

    engine, sessions = open_database(ctx.profile)
    writer = GraphAuditWriter(sessions)
    try:
        config = wiring.graph_config(sessions, wiring.secret_store(ctx.profile))
        with sessions() as s:
            region = args.region or settings.get(s, settings.DEFAULT_REGION)
        async with wiring.http_client() as http:
            service = SendService(sessions, wiring.make_graph(http, config, audit=writer),
                                  phone_number_id=config.phone_number_id, default_region=region, actor="cli")
            if args.template:
                header, header_file = None, args.header_file or args.file
                if header_file:  # the template's image, video or document header, kept for the thread's bubble
                    from klaros_desktop.services.media import kinds

                    header = (kinds.check_file(header_file), await asyncio.to_thread(header_file.read_bytes))
                from klaros_desktop.services.messaging.outbox import Outbox

                outbox = Outbox(sessions, media_root=ctx.profile.media)
                contact_id, number = await asyncio.to_thread(service.contact_for, args.number)
                item = await asyncio.to_thread(
                    outbox.add_template, contact_id, number, args.template, args.lang, args.param, header=header,
                    link_values=args.links, header_text=args.header_var, header_location=args.place)
                return (await outbox.send_now(service, item.id)) or item
            if args.file:
                from klaros_desktop.services.media import kinds

                attachment = kinds.check_file(args.file)
                data = await asyncio.to_thread(args.file.read_bytes)
                return await service.send_media(args.number, attachment, data, caption=args.caption,
                                                media_root=ctx.profile.media)
            return await service.send_text(args.number, args.text, reply_to=args.reply_to)
    finally:
        await writer.aclose()
        engine.dispose()


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.media.kinds import AttachmentRefused
    from klaros_desktop.services.people.phones import InvalidNumber
    from klaros_desktop.services.setup.wiring import NotConfigured

    if args.template and not args.lang:
        print("A template send needs --lang (e.g. --lang en_US).", file=sys.stderr)
        return 2
    if not args.template and not args.text and not args.file:
        print('Give the message text, e.g. klaros send +4915112345678 "Hello", or --file F, or --template NAME '
              '--lang CODE.', file=sys.stderr)
        return 2
    if (args.template and args.text) or (args.text and args.file):
        print("Give one of text, --file or --template (with --file for a template's media header).",
              file=sys.stderr)
        return 2
    if args.caption and not args.file:
        print("--caption goes with --file.", file=sys.stderr)
        return 2
    if args.header_file and (not args.template or args.file):
        print("--header-file goes with --template (the file the template shows at the top).", file=sys.stderr)
        return 2
    if args.button_var and not args.template:
        print("--button-var goes with --template (the value of a template's link button).", file=sys.stderr)
        return 2
    for flag, value in (("--header-var", args.header_var), ("--header-location", args.header_location)):
        if value is not None and not args.template:
            print(f"{flag} goes with --template (the title's value or the place at the top of a template).",
                  file=sys.stderr)
            return 2
    if args.header_var is not None and args.header_location is not None:
        print("Give --header-var or --header-location, not both (a template has one header).", file=sys.stderr)
        return 2
    args.place = None
    if args.header_location is not None:
        from klaros_desktop.services.messaging.template_header import Location, LocationRefused

        try:
            args.place = Location.parse(args.header_location)
        except LocationRefused as exc:
            print(f"--header-location: {exc}", file=sys.stderr)
            return 2
    args.links = {}
    for spec in args.button_var:
        key, sep, value = spec.partition("=")
        if not sep or not key.strip().isdigit():
            print(f"--button-var {spec!r}: write INDEX=VALUE, e.g. --button-var 0=AB123", file=sys.stderr)
            return 2
        args.links[str(int(key))] = value
    for file in (args.file, args.header_file):
        if file and not file.is_file():
            print(f"Not sent: there is no file {file}.", file=sys.stderr)
            return 2
    try:
        outcome = asyncio.run(send(ctx, args))
    except AttachmentRefused as exc:
        print(f"Not sent: {exc.reason}", file=sys.stderr)
        return EXIT_REFUSED
    except (NotConfigured, NoSecureKeyring, InvalidNumber, ValueError, OSError) as exc:
        print(f"Not sent: {exc}", file=sys.stderr)
        return 2
    from klaros_desktop.services.messaging import outbox

    if isinstance(outcome, outbox.QueuedText):  # an earlier message to this contact waits: this one after it
        print(f"Queued in the outbox behind earlier messages to this contact; Klaros sends it when it is online "
              f"(correlation id {outcome.correlation_id}).")
        return EXIT_QUEUED
    if isinstance(outcome, outbox.Attempt):
        attempt, outcome = outcome, outcome.outcome
        if attempt.result == outbox.RETRY:
            print(f"Queued in the outbox: WhatsApp could not be reached. Klaros sends it when it is online again "
                  f"(correlation id {attempt.item.correlation_id}).")
            return EXIT_QUEUED
        if isinstance(outcome, BaseException):
            print(f"Not sent: {outbox.held_reason(attempt.item)} (held in the outbox, correlation id "
                  f"{attempt.item.correlation_id})", file=sys.stderr)
            return EXIT_UNCONFIRMED if attempt.item.reason_code == outbox.AMBIGUOUS else EXIT_FAILED
    if outcome.sent:
        print(f"Sent: {outcome.wamid} (correlation id {outcome.correlation_id})")
        return 0
    if not outcome.decision.allowed:
        print(f"Refused ({outcome.decision.reason_code}): {outcome.decision.reason}", file=sys.stderr)
        return EXIT_REFUSED
    from klaros_desktop.graph.errors import UnconfirmedSend

    code = f" {outcome.error_code}" if outcome.error_code else ""
    if isinstance(outcome.exc, UnconfirmedSend):
        print(f"Unconfirmed{code}: {outcome.error} (correlation id {outcome.correlation_id})", file=sys.stderr)
        return EXIT_UNCONFIRMED
    print(f"Failed{code}: {outcome.error}", file=sys.stderr)
    return EXIT_FAILED
