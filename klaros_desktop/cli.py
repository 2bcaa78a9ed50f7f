"""The ``klaros`` command line: ``klaros`` opens the app; sub-commands do one job each and exit."""

from __future__ import annotations

import argparse
import logging
import sys

from klaros_desktop import __version__, crash_report, logging_setup
from klaros_desktop.commands import CommandContext, register_all
from klaros_desktop.paths import Profile, resolve_data_dir

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="klaros",
        description="Klaros: WhatsApp Business CRM for your shop. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"klaros {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="profile folder for every command (default: $KLAROS_DATA_DIR, else the OS's app data folder)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="also log to the terminal")
    parser.add_argument("--lang", dest="ui_lang", metavar="LANG",
                        help="the screens' language for this run, e.g. de or en "
                             "(default: as chosen in Settings, else the system's)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.ui_lang:  # before the command (whose own --lang, a template's language, is another option)
        import os

        os.environ["KLAROS_LANG"] = args.ui_lang  # ui.i18n.LANG_ENV, read when the QApplication starts
    if getattr(args, "own_profile", False) and not _profile_named(args):
        # self-test and demo work on a throw-away profile of their own unless one is named: they never create
        # (or log into) the shop's real profile folder by accident
        profile = Profile(resolve_data_dir(args.data_dir))
    else:
        profile = Profile(resolve_data_dir(args.data_dir)).ensure()
        logging_setup.configure(profile.logs, console=args.verbose)
        crash_report.install(profile.logs)
    _announce_insecure_keyring()
    ctx = CommandContext(profile=profile, verbose=args.verbose)
    handler = getattr(args, "handler", None)
    if handler is None:
        from klaros_desktop.commands.open import run as open_app

        handler = open_app
    try:
        return int(handler(args, ctx) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


def _profile_named(args: argparse.Namespace) -> bool:
    """Whether the user named the profile to use: ``--data-dir``, ``KLAROS_DATA_DIR`` or ``--real-profile``."""
    import os

    from klaros_desktop.paths import DATA_DIR_ENV

    return bool(args.data_dir or os.environ.get(DATA_DIR_ENV) or getattr(args, "real_profile", False))


def _announce_insecure_keyring() -> None:
    """With ``KLAROS_ALLOW_INSECURE_KEYRING=1`` (tests, CI) every start says in the log whether the plaintext
    test keyring is in use, before anything touches a secret. Without it nothing is loaded here."""
    import os

    if os.environ.get("KLAROS_ALLOW_INSECURE_KEYRING") == "1":
        from klaros_desktop import secrets

        secrets.announce_insecure()


if __name__ == "__main__":
    sys.exit(main())
