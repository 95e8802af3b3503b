"""Command-line sub-commands for sync: export, import, sync, target add/list/remove.

Kept apart from cli.py so that file stays small; cli.py calls ``add_sync_commands``.
Each sub-command stores its handler as ``args.handler``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import threading
from pathlib import Path

from starapp.cli_unlock import open_store
from starapp.core.errors import StarappError

EXIT_OK, EXIT_ERROR = 0, 1


def add_sync_commands(sub: argparse._SubParsersAction, data_arg) -> None:  # type: ignore[type-arg,no-untyped-def]
    export = sub.add_parser("export", help="write sync bundles to a folder (e.g. a USB stick)")
    data_arg(export, required=True)
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    export.add_argument("--all", action="store_true", help="also write one bundle of everything")
    export.set_defaults(handler=cmd_export)

    imp = sub.add_parser("import", help="import bundles from laptops into this data file")
    data_arg(imp, required=True)
    imp.add_argument("paths", nargs="+", type=Path, metavar="BUNDLE_OR_DIR")
    imp.add_argument(
        "--identity",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="the service identity file that opens encrypted bundles "
        "(not needed when the data file holds it: 'starapp keys import-identity')",
    )
    imp.add_argument(
        "--allow-plain",
        action="store_true",
        help="also take unencrypted bundles (made before the laptop trusted the service "
        "key) into a data file that holds the service identity",
    )
    imp.set_defaults(handler=cmd_import)

    sync = sub.add_parser("sync", help="send waiting changes to the sync targets")
    data_arg(sync, required=True)
    sync.add_argument("--once", action="store_true", help="one pass, then stop")
    sync.add_argument("--try-again", action="store_true", help="retry targets that stopped")
    sync.add_argument(
        "--secret-file",
        action="append",
        default=[],
        metavar="[NAME=]FILE",
        help="read a target's password or token from FILE (when there is no keyring)",
    )
    sync.set_defaults(handler=cmd_sync)

    target = sub.add_parser("target", help="set up where sync sends bundles")
    tsub = target.add_subparsers(dest="target_command", metavar="ACTION", required=True)
    add = tsub.add_parser("add", help="add a target: NAME folder PATH | webdav URL | https URL")
    data_arg(add, required=True)
    add.add_argument("name", metavar="NAME")
    add.add_argument("kind", choices=("folder", "webdav", "https"), metavar="KIND")
    add.add_argument("location", metavar="PATH_OR_URL")
    add.add_argument("--user", default="", metavar="USER", help="WebDAV user name")
    add.add_argument("--secret-file", type=Path, metavar="FILE", help="password/token file")
    add.add_argument("--ca-file", type=Path, metavar="FILE", help="extra CA certificate(s)")
    add.add_argument("--replace", action="store_true", help="change an existing target")
    add.set_defaults(handler=cmd_target_add)
    tlist = tsub.add_parser("list", help="list targets and their state")
    data_arg(tlist, required=True)
    tlist.set_defaults(handler=cmd_target_list)
    remove = tsub.add_parser("remove", help="remove a target")
    data_arg(remove, required=True)
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=cmd_target_remove)


# --- export and import -------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from starapp.sync.outbox import export_bundles

    with open_store(args) as store:
        result = export_bundles(store, args.out, full=args.all)
    if not result.paths:
        print("Nothing to export: every change has been sent.")
    for path in result.paths:
        print(f"Wrote {path}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from starapp.sync.bundle_crypto import read_identity_file
    from starapp.sync.importer import import_paths

    identities = [i for path in args.identity for i in read_identity_file(path)]
    refused = 0
    with open_store(args) as store:
        outcomes = import_paths(
            store, args.paths, identities=identities, allow_plain=args.allow_plain
        )
    if not outcomes:
        print("No bundles (*.zip or *.starapp-bundle.age) were found there.")
    for o in outcomes:
        if o.report is not None:
            t = o.report.totals()
            print(
                f"{o.path.name}: imported — added {t['added']}, updated {t['updated']}, "
                f"unchanged {t['unchanged']}, deleted {t['deleted']}, "
                f"rejected {t['rejected']}, conflicts {t['conflicts']}"
            )
            for line in o.report.rejected + o.report.conflicts:
                print(f"  {line}")
        elif o.status == "already imported":
            print(f"{o.path.name}: {o.reason}")
        else:
            refused += 1
            print(f"{o.path.name}: refused — {o.reason}", file=sys.stderr)
    return EXIT_ERROR if refused else EXIT_OK


# --- sync ---------------------------------------------------------------------------------


def _session_secrets(specs: list[str]) -> dict[str, str]:
    secrets = {}
    for spec in specs:
        name, sep, file = spec.partition("=")
        if not sep:
            name, file = "*", spec
        secrets[name] = _read_secret_file(Path(file))
    return secrets


def _read_secret_file(path: Path) -> str:
    try:
        secret = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise StarappError(
            "The secret file {path} cannot be read ({why}).", path=path, why=exc.strerror
        ) from None
    if not secret:
        raise StarappError("The secret file {path} is empty.", path=path)
    return secret


def cmd_sync(args: argparse.Namespace) -> int:
    from starapp.store.targets import TargetsRepo
    from starapp.sync.engine import SyncEngine
    from starapp.sync.status import sync_status

    secrets = _session_secrets(args.secret_file)
    problems: list[str] = []
    with open_store(args) as store:
        if args.try_again:
            TargetsRepo(store).try_again()
        engine = SyncEngine(store, secrets=secrets)
        if args.once:
            result = engine.run_once()
            problems = result.problems
            for problem in dict.fromkeys(result.problems):
                print(f"  {problem}", file=sys.stderr)
            print(f"Delivered {result.delivered} bundle(s).")
        else:
            print("Syncing; press Ctrl+C to stop.")
            stop = threading.Event()
            try:
                engine.run(stop)
            except KeyboardInterrupt:
                stop.set()
        status = sync_status(store)
    print(status.summary())
    return EXIT_ERROR if status.problems or problems else EXIT_OK


# --- targets ------------------------------------------------------------------------------


def cmd_target_add(args: argparse.Namespace) -> int:
    from starapp.store.targets import TargetsRepo
    from starapp.sync.secrets import NO_KEYRING, keyring_available, save_secret
    from starapp.sync.targets import check_location, needs_secret

    if args.kind == "webdav" and not args.user:
        print("starapp: note: no --user given; the WebDAV server must allow anonymous writes.")
    location = check_location(args.kind, args.location, data_file=args.data)
    ca_file = str(args.ca_file.expanduser().resolve()) if args.ca_file else None
    if ca_file and not Path(ca_file).is_file():
        raise StarappError("The CA file {path} does not exist.", path=ca_file)
    with open_store(args) as store:
        secret_needed = needs_secret(args.kind, args.user)
        secret = None
        if secret_needed and keyring_available():
            secret = _ask_secret(args)
        TargetsRepo(store).add(
            args.name,
            args.kind,
            location,
            username=args.user,
            ca_file=ca_file,
            replace=args.replace,
        )
        if secret and not save_secret(store.install_id, args.name, secret):
            secret = None
    print(f"Added target {args.name} ({args.kind} {location}).")
    if secret_needed and secret is None:
        print(f"starapp: {NO_KEYRING}", file=sys.stderr)
    return EXIT_OK


def _ask_secret(args: argparse.Namespace) -> str:
    if args.secret_file:
        return _read_secret_file(args.secret_file)
    if not sys.stdin.isatty():
        raise StarappError("Give the password or token with --secret-file FILE.")
    what = "password" if args.kind == "webdav" else "token"
    secret = getpass.getpass(f"{what.capitalize()} for {args.name}: ")
    if not secret:
        raise StarappError("No {what} was given; the target was not added.", what=what)
    return secret


def cmd_target_list(args: argparse.Namespace) -> int:
    from starapp.store.targets import TargetsRepo

    with open_store(args) as store:
        targets = TargetsRepo(store).all()
    if not targets:
        print("No sync targets. Add one with: starapp target add --data FILE NAME KIND WHERE")
    for t in targets:
        user = f" as {t.username}" if t.username else ""
        state = f"NEEDS ATTENTION: {t.attention}" if t.attention else "ok"
        last = t.last_success_at or "never"
        print(f"{t.name}\t{t.kind}\t{t.location}{user}\tlast success: {last}\t{state}")
    return EXIT_OK


def cmd_target_remove(args: argparse.Namespace) -> int:
    from starapp.store.targets import TargetsRepo
    from starapp.sync.secrets import delete_secret

    with open_store(args) as store:
        TargetsRepo(store).remove(args.name)
        delete_secret(store.install_id, args.name)
    print(f"Removed target {args.name}.")
    return EXIT_OK
