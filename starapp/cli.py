"""Command line: the GUI by default, sub-commands for administrators and scripts.

Qt is imported only by the commands that open a window, so the others start fast
and run on machines with no display.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from starapp import __version__
from starapp.cli_access import add_access_parser
from starapp.cli_keys import add_keys_commands
from starapp.cli_report import add_report_parser, positive_int
from starapp.cli_retention import add_retention_parser
from starapp.cli_sync import add_sync_commands
from starapp.cli_unlock import add_encryption_commands, add_passphrase_arg, open_store
from starapp.core.errors import StarappError, TemplateError
from starapp.core.templates import builtin_templates, load_template
from starapp.store import Store
from starapp.store.location import default_data_path, demo_data_path

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _data_arg(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--data",
        type=Path,
        required=required,
        metavar="FILE",
        help="the data file to use (default: your user data folder)",
    )
    add_passphrase_arg(parser)  # never the passphrase itself as an argument


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="starapp",
        description="Strengths-based outcome readings drawn as a star. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"starapp {__version__}")
    _data_arg(parser)
    parser.add_argument("--demo", action="store_true", help="open the demo data file")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    templates = sub.add_parser("templates", help="list, check and import star templates")
    tsub = templates.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    tlist = tsub.add_parser("list", help="list the templates available")
    _data_arg(tlist)
    tvalidate = tsub.add_parser("validate", help="check template files and explain problems")
    tvalidate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    timport = tsub.add_parser("import", help="add an organisation's template to a data file")
    _data_arg(timport, required=True)
    timport.add_argument("file", type=Path, metavar="TEMPLATE.json")

    check = sub.add_parser("check", help="check a data file for damage")
    _data_arg(check, required=True)

    stats = sub.add_parser("stats", help="count what a data file holds")
    _data_arg(stats, required=True)
    stats.add_argument("--json", action="store_true", help="print JSON (for scripts)")

    demo = sub.add_parser(
        "demo",
        help="fill a new data file with fictional demo people (the file is not encrypted)",
    )
    _data_arg(demo, required=True)
    demo.add_argument("--people", type=positive_int, default=200, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    add_sync_commands(sub, _data_arg)  # export, import, sync, target (cli_sync.py)
    add_keys_commands(sub, _data_arg)  # keys create/trust/show/import-identity (cli_keys.py)
    add_encryption_commands(sub, _data_arg)  # encrypt, decrypt, passphrase (cli_unlock.py)
    add_report_parser(sub)  # report (cli_report.py)
    add_access_parser(sub, _data_arg)  # access (cli_access.py)
    add_retention_parser(sub, _data_arg)  # retention (cli_retention.py)
    return parser


# --- commands -----------------------------------------------------------------------


def cmd_templates_list(args: argparse.Namespace) -> int:
    if args.data:
        with open_store(args) as store:
            templates = store.templates.available()
    else:
        templates = list(builtin_templates())
    for t in templates:
        print(f"{t.key}\tversion {t.version}\t{len(t.areas)} areas\t{t.name}")
    return EXIT_OK


def cmd_templates_validate(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        try:
            t = load_template(path)
        except TemplateError as exc:
            failed += 1
            for line in exc.lines():
                print(line, file=sys.stderr)
        else:
            print(f"{path}: valid ({t.key} version {t.version}, {len(t.areas)} areas)")
    return EXIT_ERROR if failed else EXIT_OK


def cmd_templates_import(args: argparse.Namespace) -> int:
    template = load_template(args.file)  # validate before touching the data file
    with open_store(args) as store:
        store.templates.ensure(template)
    print(f"Imported {template.key} version {template.version} into {args.data}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        problems = store.integrity_problems()
    if problems:
        print(f"{args.data} has {len(problems)} problem(s):", file=sys.stderr)
        for p in problems[:20]:
            print(f"  {p}", file=sys.stderr)
        print("Keep a copy of this file and restore from a backup.", file=sys.stderr)
        return EXIT_ERROR
    print(f"{args.data} is sound: no damage found.")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, indent=2))
    else:
        for key, value in stats.items():
            print(f"{key.replace('_', ' ')}: {value}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Demo files hold only fictional people and stay unencrypted, so anyone can open them
    for training; real data files are made encrypted by the app."""
    from starapp.store.demo import fill_demo
    from starapp.store.encryption import is_encrypted

    if is_encrypted(args.data):
        raise StarappError(
            "{path} is an encrypted data file. Demo data goes into a new, unencrypted "
            "file; choose another path.",
            path=args.data,
        )
    if args.data.exists():
        with Store.open(args.data) as store:
            if store.stats()["people"]:
                raise StarappError(
                    "{path} already holds people. Demo data goes into a new file; "
                    "choose another path.",
                    path=args.data,
                )
    started = time.perf_counter()
    with Store.open(args.data, create=True) as store:
        counts = fill_demo(store, people=args.people, seed=args.seed)
    took = time.perf_counter() - started
    print(
        f"Created {counts['people']} fictional people with {counts['readings']} readings "
        f"in {args.data} ({took:.1f} s)."
    )
    print("This demo file is not encrypted: keep only fictional people in it.")
    return EXIT_OK


def require_display() -> None:
    """Without a display Qt aborts the process with a core dump; say so in a sentence."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    display = os.environ.get("DISPLAY", "")
    if not display and not os.environ.get("WAYLAND_DISPLAY"):
        raise StarappError(
            "No display found: starapp opens a window, so start it from your desktop "
            "(DISPLAY and WAYLAND_DISPLAY are not set). Commands such as "
            "'starapp check --data FILE' work without a display."
        )
    if display and not os.environ.get("WAYLAND_DISPLAY") and not _x_display_answers(display):
        raise StarappError(
            "No display answers at DISPLAY={display}: starapp opens a window, so start it "
            "from your desktop (or, over SSH, with X forwarding on). Commands such as "
            "'starapp check --data FILE' work without a display.",
            display=display,
        )


def _x_display_answers(display: str) -> bool:
    """Whether an X server listens at ``display`` ("[host]:N[.S]"): connect, send nothing."""
    import socket

    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return True  # a form not known here: let Qt try
    try:
        if host not in ("", "unix"):
            socket.create_connection((host, 6000 + int(number)), timeout=2).close()
            return True
        for place in (f"/tmp/.X11-unix/X{number}", f"\0/tmp/.X11-unix/X{number}"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(2)
                if s.connect_ex(place) == 0:  # the socket file, then Linux's abstract one
                    return True
    except OSError:
        pass
    return False


def cmd_gui(args: argparse.Namespace) -> int:
    require_display()
    from starapp.ui.app import run_app
    from starapp.ui.launch import launch  # window icon, one window per file

    path = args.data
    if args.demo:
        path = demo_data_path()
        if not path.exists():
            from starapp.store.demo import fill_demo

            with Store.open(path, create=True) as store:
                fill_demo(store, people=200, seed=1)
    path = path or default_data_path()
    return launch(path, lambda: run_app(path))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": cmd_templates_list,
    "validate": cmd_templates_validate,
    "import": cmd_templates_import,
    "check": cmd_check,
    "stats": cmd_stats,
    "demo": cmd_demo,
}


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    name = getattr(args, "templates_command", None) or args.command
    command = COMMANDS.get(name, cmd_gui) if name else cmd_gui
    command = getattr(args, "handler", None) or command
    try:
        return command(args)
    except StarappError as exc:
        print(f"starapp: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("starapp: stopped.", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        log.debug("OS error", exc_info=True)
        print(f"starapp: {exc.strerror or exc} ({exc.filename or 'file'}).", file=sys.stderr)
        return EXIT_ERROR


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:])
