"""``klaros templates edit NAME --lang CODE [--category C] [--header T | --header-file F] [--body T] [--example V …]
[--footer T] [--button T …] [--link-button LABEL=URL[,EXAMPLE] …] [--call-button LABEL=PHONE]``: change a
template Meta already has.

The parts given replace the template's (``--header ""`` removes the header, ``--header-file`` makes it a picture,
video or document by the file's type; ``--button``, ``--link-button``, ``--call-button`` and ``--example`` replace
all quick replies / link buttons / call buttons / examples, ``""`` removes them), the others stay as Meta has them:
the templates are read from Meta first, since without a running sync the local copy may be behind. The work is
``services.messaging.template_edits`` with ``template_drafts``' parts and checks (the template editor's too),
audited as ``cli``. Meta's rules refusing the change print the reason and exit with status 3; Meta refusing it
prints Meta's reason and exits with status 1; a flag that cannot be read exits with status 2.
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
    top = edit.add_mutually_exclusive_group()
    top.add_argument("--header", metavar="TEXT", help='bold line above the text ("" removes the header)')
    top.add_argument("--header-file", metavar="FILE",
                     help="a picture (JPEG, PNG), video (MP4) or document (PDF) at the top instead; Meta's review "
                          "sees it as the example")
    edit.add_argument("--header-example", metavar="VALUE",
                      help="an example for the header's one value ({{1}}, or a name in a template with named "
                           "values); Meta's review requires it")
    edit.add_argument("--body", metavar="TEXT", help="the message text, values as {{1}}, {{2}}, …")
    edit.add_argument("--example", action="append", metavar="VALUE",
                      help="an example for each value, in order (repeat; replaces the examples)")
    edit.add_argument("--footer", metavar="TEXT", help='small line under the text ("" removes it)')
    edit.add_argument("--button", action="append", metavar="TEXT",
                      help="a quick-reply button (repeat; replaces the buttons)")
    edit.add_argument("--link-button", action="append", metavar="LABEL=URL[,EXAMPLE]",
                      help="a button that opens a web page, e.g. 'Zum Shop=https://example.com/shop'; a link ending "
                           "in {{1}} needs a whole example link after a comma (repeat, up to two; replaces the link "
                           'buttons; "" removes them)')
    edit.add_argument("--call-button", action="append", metavar="LABEL=PHONE",
                      help="a button that calls the shop, e.g. 'Anrufen=+49 30 1234567' (one; replaces the call "
                           'button; "" removes it)')
    edit.set_defaults(handler=run)


class BadFlag(ValueError):
    """A flag's value cannot be read (exit 2)."""


def _label_and_rest(flag: str, value: str) -> tuple[str, str]:
    label, sep, rest = value.partition("=")
    if not sep or not label.strip() or not rest.strip():
        raise BadFlag(f"{flag} takes LABEL=… (got {value!r})")
    return label.strip(), rest.strip()


def _link(value: str):
    """``LABEL=URL`` or ``LABEL=URL,EXAMPLE`` (the example a whole link, so a comma inside the URL stays)."""
    from klaros_desktop.services.messaging.template_drafts import Action

    label, rest = _label_and_rest("--link-button", value)
    url, sep, example = rest.rpartition(",")
    if not sep or not example.strip().startswith(("http://", "https://")):
        url, example = rest, ""
    return Action("URL", label, url.strip(), example.strip())


def _call(value: str):
    from klaros_desktop.services.messaging.template_drafts import Action

    label, number = _label_and_rest("--call-button", value)
    return Action("PHONE_NUMBER", label, number)


def _actions(draft, args: argparse.Namespace) -> list:
    """The draft's link and call buttons with those given replacing their kind (in the order Meta had them)."""
    given = {"URL": args.link_button, "PHONE_NUMBER": args.call_button}
    made = {"URL": _link, "PHONE_NUMBER": _call}
    out = []
    for kind in ("URL", "PHONE_NUMBER"):
        values = given[kind]
        if values is None:
            out.extend(a for a in draft.actions if a.kind == kind)
        else:
            out.extend(made[kind](v) for v in values if v.strip())
    out.extend(a for a in draft.actions if a.kind not in given)  # a copy-code button stays as it is
    first = {a.kind: next((i for i, b in enumerate(draft.actions) if b.kind == a.kind), len(draft.actions))
             for a in out}
    return sorted(out, key=lambda a: first[a.kind])


def _changed_draft(draft, args: argparse.Namespace):
    from klaros_desktop.services.messaging import template_drafts

    given = {"category": args.category, "body": args.body, "footer": args.footer,
             "examples": args.example, "buttons": [b for b in args.button if b.strip()] if args.button else None}
    if args.header is not None:
        given.update(header=args.header, header_format="TEXT", header_example="", header_file="")
    if args.header_example is not None:
        given["title_example"] = args.header_example
    if args.header_file is not None:
        kind = template_drafts.header_format_of(args.header_file)
        found = template_drafts.file_problem(kind or "IMAGE", args.header_file)
        if found:
            raise BadFlag(f"--header-file {args.header_file}: {found}")
        same = kind == draft.header_format
        given.update(header="", header_format=kind, header_file=args.header_file,
                     header_example=draft.header_example if same else "")
    if args.link_button is not None or args.call_button is not None:
        given["actions"] = _actions(draft, args)
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
    except BadFlag as exc:
        print(f"Not changed: {exc}", file=sys.stderr)
        return 2
    except (NotConfigured, NoSecureKeyring, OSError) as exc:
        print(f"Not changed: {exc}", file=sys.stderr)
        return 2
    print(f"Changed {args.name} ({args.lang}): Meta is reviewing it again; until it is approved it is in review and "
          f"cannot be sent (correlation id {cid}).")
    return 0
