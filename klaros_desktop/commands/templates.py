"""``klaros templates edit NAME --lang CODE [--category C] [--header T] [--body T] [--example V …] [--footer T]
[--button T …]``: change a template Meta already has.

The parts given replace the template's (``--header ""`` removes the header, ``--button`` and ``--example`` replace
all buttons / examples), the others stay as Meta has them: the templates are read from Meta first, since without
a running sync the local copy may be behind. The work is ``services.messaging.template_edits`` (the template
editor's too), audited as ``cli``. Meta's rules refusing the change print the reason and exit with status 3; Meta
refusing it prints Meta's reason and exits with status 1.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace

from klaros_desktop.commands import CommandContext

EXIT_FAILED = 1
EXIT_REFUSED = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("templates", help="the shop's message templates at Meta")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    edit = actions.add_parser("edit", help="change a template's text, buttons or (unless approved) category; Meta "
                                           "reviews it again")
    edit.add_argument("name", metavar="NAME", help="the template's name (it cannot be changed)")
    edit.add_argument("--lang", required=True, metavar="CODE", help="the template's language code, e.g. de or en_US")
    edit.add_argument("--category", type=str.upper, choices=("MARKETING", "UTILITY"),
                      help="new category (not for an approved template)")
    edit.add_argument("--header", metavar="TEXT", help='bold line above the text ("" removes it)')
    edit.add_argument("--body", metavar="TEXT", help="the message text, values as {{1}}, {{2}}, …")
    edit.add_argument("--example", action="append", metavar="VALUE",
                      help="an example for each value, in order (repeat; replaces the examples)")
    edit.add_argument("--footer", metavar="TEXT", help='small line under the text ("" removes it)')
    edit.add_argument("--button", action="append", metavar="TEXT",
                      help="a quick-reply button (repeat; replaces the buttons)")
    edit.set_defaults(handler=run)


def _changed_draft(draft, args: argparse.Namespace):
    given = {"category": args.category, "header": args.header, "body": args.body, "footer": args.footer,
             "examples": args.example, "buttons": args.button}
    return replace(draft, **{k: v for k, v in given.items() if v is not None})


async def edit(ctx: CommandContext, args: argparse.Namespace):
    from klaros_desktop.services.core.audit import GraphAuditWriter
    from klaros_desktop.services.messaging import template_edits, templates
    from klaros_desktop.services.setup import wiring

    with ctx.database() as sessions:
        writer = GraphAuditWriter(sessions)
        try:
            config = wiring.graph_config(sessions, wiring.secret_store(ctx.profile))
            async with wiring.http_client() as http:
                graph = wiring.make_graph(http, config, audit=writer)
                await templates.refresh(sessions, graph)
                editing = await asyncio.to_thread(template_edits.prepare, sessions, args.name, args.lang)
                await template_edits.edit(sessions, graph, _changed_draft(editing.draft, args), actor="cli")
        finally:
            await writer.aclose()


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.graph.errors import GraphError, template_refusal
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.messaging.template_edits import EditRefused
    from klaros_desktop.services.setup.wiring import NotConfigured

    try:
        with correlation.correlated(prefix="cli") as cid:
            asyncio.run(edit(ctx, args))
    except EditRefused as exc:
        print(f"Not changed: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except GraphError as exc:
        code = f" (Meta error {exc.code})" if exc.code else ""
        print(f"Not changed: {template_refusal(exc)}{code}", file=sys.stderr)
        return EXIT_FAILED
    except (NotConfigured, NoSecureKeyring, OSError) as exc:
        print(f"Not changed: {exc}", file=sys.stderr)
        return 2
    print(f"Changed {args.name} ({args.lang}): Meta is reviewing it again; until it is approved it is in review and "
          f"cannot be sent (correlation id {cid}).")
    return 0
