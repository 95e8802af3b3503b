"""``starapp access``: everything held about one person, as a JSON file (subject access)."""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from starapp.cli_unlock import open_store
from starapp.core.errors import NotFoundError
from starapp.store.subject_access import dumps, subject_access


def add_access_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    data_arg: Callable[..., None],
) -> None:
    p = sub.add_parser(
        "access",
        help="write everything held about one person to a JSON file (a subject access request)",
    )
    data_arg(p, required=True)
    p.add_argument("--person", required=True, metavar="REFERENCE", help="the person's reference")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.json")
    p.set_defaults(handler=cmd_access)


def cmd_access(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        person = store.people.by_reference(args.person)
        if person is None:
            raise NotFoundError(
                "No one with the reference {reference} is in {path}; nothing was written.",
                reference=args.person.strip(),
                path=args.data,
            )
        write_atomically(args.out, dumps(subject_access(store, person.id)))
        with store.transaction():
            store.audit("person.export", "person", person.id, "subject access")
    print(f"Wrote everything held about {person.reference} to {args.out}")
    return 0


def write_atomically(path: Path, text: str) -> None:
    """A temporary file beside ``path``, then renamed over it: never a half-written file.
    Owner-only permissions: it holds personal data."""
    path = Path(path).expanduser()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
