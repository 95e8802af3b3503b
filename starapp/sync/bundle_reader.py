"""Opening and verifying a bundle before anything from it reaches the data file.

Checked, in this order: the file is a complete zip; member names are plain names (no
path that could escape a folder); sizes are within limits (no decompression bomb);
the manifest is ours, of a format version this app reads, and matches its schema;
the members are exactly those the manifest lists, with the sizes and SHA-256 it gives;
records.json has the shape of its schema and the counts the manifest gives.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import jsonschema

from starapp.core.errors import Sentence
from starapp.resources import resource_path
from starapp.sync.bundle import FORMAT, FORMAT_VERSION, MANIFEST, RECORDS, counts_of
from starapp.sync.errors import BundleRejected
from starapp.sync.records_check import check_records

READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 2 << 30
    max_member_bytes: int = 2 << 30
    max_total_bytes: int = 4 << 30
    max_manifest_bytes: int = 1 << 20
    max_members: int = 16
    max_ratio: int = 200  # uncompressed / compressed, for members over 1 MiB


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class VerifiedBundle:
    path: str
    sha256: str
    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]

    @property
    def id(self) -> str:
        return str(self.manifest["bundle_id"])


def read_bundle(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> VerifiedBundle:
    """Verify the bundle at ``path``; raise BundleRejected with the reason if it fails."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleRejected(
            "{file} cannot be read ({reason}).", file=path.name, reason=exc.strerror
        ) from None
    check_size(path, size, limits)
    return _verify(path, path, _file_sha256(path), limits)


def read_bundle_bytes(
    data: bytes, path: str | Path, limits: Limits = DEFAULT_LIMITS
) -> VerifiedBundle:
    """Verify a bundle already in memory (the inside of an encrypted one)."""
    path = Path(path)
    check_size(path, len(data), limits)
    return _verify(io.BytesIO(data), path, hashlib.sha256(data).hexdigest(), limits)


def check_size(path: Path, size: int, limits: Limits) -> None:
    if size > limits.max_file_bytes:
        raise BundleRejected(
            "{file} is too large to be a starapp bundle ({size} bytes).", file=path.name, size=size
        )


def _verify(source: Path | BinaryIO, path: Path, digest: str, limits: Limits) -> VerifiedBundle:
    try:
        with zipfile.ZipFile(source) as zf:
            manifest, records = _read(zf, limits)
    except zipfile.BadZipFile:  # also a bad CRC: damaged in transit
        raise BundleRejected(
            "It is not a complete zip file: it may have been cut off while copying, or "
            "damaged. Copy it again from where it came from."
        ) from None
    except (OSError, EOFError, zlib.error, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise BundleRejected(
            "It is damaged and cannot be read ({detail}).", detail=str(exc)
        ) from None
    return VerifiedBundle(str(path), digest, manifest, records)


def _read(zf: zipfile.ZipFile, limits: Limits) -> tuple[dict[str, Any], Any]:
    infos = zf.infolist()
    names = [i.filename for i in infos]
    for name in names:
        if _unsafe(name):
            raise BundleRejected(
                "It contains a member path ({member}) that tries to leave the bundle's "
                "folder. It was refused; it may have been tampered with.",
                member=repr(name),
            )
    if len(infos) > limits.max_members or len(set(names)) != len(names):
        raise BundleRejected("It has duplicate or too many members to be a starapp bundle.")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise BundleRejected("It contains encrypted members; starapp bundles never do.")
        total += info.file_size
        ratio_bomb = info.file_size > (1 << 20) and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        )
        if info.file_size > limits.max_member_bytes or total > limits.max_total_bytes or ratio_bomb:
            raise BundleRejected(
                "Its member {member} would unpack to {size} bytes, far more than a bundle "
                "holds (a 'zip bomb'). It was refused.",
                member=info.filename,
                size=f"{info.file_size:,}",
            )
    if MANIFEST not in names:
        raise BundleRejected("It has no manifest.json, so it is not a starapp bundle.")
    manifest = _manifest(_member(zf, MANIFEST, limits.max_manifest_bytes))
    listed = {m["name"]: m for m in manifest["members"]}
    present = set(names) - {MANIFEST}
    if set(listed) != present or RECORDS not in listed:
        raise BundleRejected(
            "Its members do not match its manifest (missing or extra files). "
            "It may have been changed after it was made."
        )
    payloads: dict[str, bytes] = {}
    for name, entry in listed.items():
        data = _member(zf, name, limits.max_member_bytes)
        if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise BundleRejected(
                "The checksum of {member} does not match the manifest: the bundle is "
                "damaged or was changed after it was made.",
                member=name,
            )
        if name == RECORDS:
            payloads[name] = data
    try:
        records = json.loads(payloads[RECORDS].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleRejected("Its records.json is not valid JSON.") from None
    check_records(records)
    if counts_of(records) != manifest["counts"]:
        raise BundleRejected("Its record counts do not match its manifest.")
    return manifest, records


def _member(zf: zipfile.ZipFile, name: str, cap: int) -> bytes:
    """Read a member, stopping at ``cap`` whatever its header claims."""
    parts: list[bytes] = []
    got = 0
    with zf.open(name) as f:
        while chunk := f.read(READ_CHUNK):
            got += len(chunk)
            if got > cap:
                raise BundleRejected(
                    "Its member {member} unpacks to more than {size} bytes (a 'zip bomb'). "
                    "It was refused.",
                    member=name,
                    size=f"{cap:,}",
                )
            parts.append(chunk)
    return b"".join(parts)


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleRejected("Its manifest.json is not valid JSON.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRejected("Its manifest does not say it is a starapp bundle.")
    version = manifest.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BundleRejected(
            "It was made by a newer version of starapp (bundle format {version}; this app "
            "reads format {readable}). Update starapp on this computer, then import it again.",
            version=version,
            readable=FORMAT_VERSION,
        )
    errors = sorted(_manifest_validator().iter_errors(manifest), key=lambda e: list(e.path))
    if errors:
        path = "/".join(str(p) for p in errors[0].absolute_path)
        where = path or Sentence("(top level)")
        raise BundleRejected(  # the schema library's own words, as data
            "Its manifest is not in the expected shape: {where}: {problem}.",
            where=where,
            problem=errors[0].message,
        )
    return manifest


@cache
def _manifest_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(resource_path("schemas", "bundle-manifest.schema.json").read_text("utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)  # type: ignore[no-any-return]


def _unsafe(name: str) -> bool:
    return (
        not name
        or "/" in name
        or "\\" in name
        or ".." in name
        or ":" in name
        or "\x00" in name
        or name.startswith(".")
    )


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(READ_CHUNK):
            h.update(chunk)
    return h.hexdigest()
