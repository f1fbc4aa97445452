"""Write drafts into a folder so that running `extract` again is safe.

Every draft carries `x-extract.fingerprint`, a hash of its mention (the clause as folded text,
the value, the unit, and which repeat of that same clause it is), so it stays the same when
the document is edited elsewhere. The folder keeps a small manifest, `.factcheck-extract.json`
(hidden: claim loading skips it), of each fingerprint, the file written for it and a hash of
what was written. On a re-run, for each draft:

- fingerprint never seen, in no file → a new mention: written (under a free name);
- file as written last time → updated if the new draft differs (the reviewer never touched it);
- file changed since → kept: the reviewer edited it;
- file gone, but a file in the folder holds the fingerprint → kept: the reviewer renamed it;
- file gone, and no file holds it → not recreated: the reviewer deleted it.

`--force` overwrites every draft (where the reviewer renamed it, under the new name) and
recreates deleted ones. A folder written before fingerprints existed falls back to names:
an existing file is kept. References between drafts (`./name` in `checks` and `x-todo`)
follow a draft to the name it actually has in the folder. Files are written atomically.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.extract.document import DocumentError
from factcheck.extract.drafts import Draft, render_yaml
from factcheck.files import atomic_write

MANIFEST = ".factcheck-extract.json"
_SAFE_NAME = re.compile(r"[^/\\\x00.][^/\\\x00]*\.yaml")  # a draft file in this folder, nothing else
_FINGERPRINT = re.compile(r'^\s*fingerprint:\s*"?([0-9a-f]{8,64})"?\s*$', re.MULTILINE)


@dataclass
class Written:
    """What a run did to the folder, file by file."""

    written: list[Path] = field(default_factory=list)  # new drafts
    updated: list[Path] = field(default_factory=list)  # unedited drafts whose content changed
    unchanged: list[Path] = field(default_factory=list)
    edited: list[Path] = field(default_factory=list)  # kept: the reviewer changed them
    renamed: list[Path] = field(default_factory=list)  # kept under the reviewer's name
    deleted: list[str] = field(default_factory=list)  # names the reviewer deleted: not recreated
    kept: list[Path] = field(default_factory=list)  # same name, no fingerprint known: kept


def write_drafts(drafts: list[Draft], folder: Path, force: bool) -> Written:
    """Write the drafts into `folder` as described above; DocumentError when the folder cannot be written."""
    result = Written()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        manifest = _read_manifest(folder)
        on_disk = _fingerprints_on_disk(folder)
        targets = _targets(drafts, folder, manifest, on_disk)
        renames = {draft.name: target.stem for draft, (target, _) in zip(drafts, targets) if target is not None}
        for draft, (target, state) in zip(drafts, targets):
            fingerprint = draft.data["x-extract"]["fingerprint"]
            if target is None:  # deleted by the reviewer
                if not force:
                    result.deleted.append(manifest[fingerprint]["file"])
                    continue
                target = folder / manifest[fingerprint]["file"]
            text = render_yaml(_renamed(draft, renames))
            digest = _digest(text)
            if state == "edited" and _same(target, digest):
                state = "unedited"  # exactly what would be written now (a manifest lost or from another run)
            if state == "edited" and not force:
                (result.renamed if _was_renamed(target, fingerprint, manifest) else result.edited).append(target)
                manifest[fingerprint] = {"file": target.name, "sha256": manifest.get(fingerprint, {}).get("sha256")}
                continue
            if state == "kept" and not force:
                result.kept.append(target)
                continue
            if _same(target, digest):
                renamed = _was_renamed(target, fingerprint, manifest)
                (result.renamed if renamed else result.unchanged).append(target)
            else:
                existed = target.exists() or target.is_symlink()
                (result.written if state == "new" or not existed else result.updated).append(target)
                atomic_write(target, text)
            manifest[fingerprint] = {"file": target.name, "sha256": digest}
        _write_manifest(folder, manifest)
    except OSError as error:
        raise DocumentError(f"cannot write drafts to {folder}: {error.strerror or error}") from None
    return result


def _targets(
    drafts: list[Draft], folder: Path, manifest: dict[str, dict[str, Any]], on_disk: dict[str, Path]
) -> list[tuple[Path | None, str]]:
    """Per draft: (the file it goes to, or None if deleted; new, unedited, edited or kept)."""
    taken = {path.stem for path in folder.glob("*.yaml")} | {
        Path(entry["file"]).stem for entry in manifest.values() if entry.get("file")
    }
    legacy = not manifest and not on_disk  # drafts written before fingerprints: matched by name
    targets: list[tuple[Path | None, str]] = []
    for draft in drafts:
        fingerprint = draft.data["x-extract"]["fingerprint"]
        entry = manifest.get(fingerprint)
        found = on_disk.get(fingerprint)
        if entry is not None:
            path = folder / entry["file"]
            if path.is_symlink():  # a link planted at a draft's name: kept, or replaced with --force
                targets.append((path, "edited"))
            elif path.is_file():
                targets.append((path, "unedited" if _same(path, entry.get("sha256")) else "edited"))
            elif found is not None:
                targets.append((found, "edited"))
            else:
                targets.append((None, "deleted"))
        elif found is not None:
            targets.append((found, "edited"))  # written by another run or copied in: the reviewer's
        elif legacy and _occupied(folder / f"{draft.name}.yaml"):
            targets.append((folder / f"{draft.name}.yaml", "kept"))  # a folder from before fingerprints
        else:
            name = _free_name(draft.name, taken)
            taken.add(name)
            targets.append((folder / f"{name}.yaml", "new"))
    return targets


def _free_name(stem: str, taken: set[str]) -> str:
    if stem not in taken:
        return stem
    number = 2
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"


def _was_renamed(target: Path, fingerprint: str, manifest: dict[str, dict[str, Any]]) -> bool:
    entry = manifest.get(fingerprint)
    return entry is not None and entry.get("file") != target.name


def _renamed(draft: Draft, renames: dict[str, str]) -> Draft:
    """The draft with its references (`./name`) pointing at the names the drafts have on disk."""
    if all(old == new for old, new in renames.items()):
        return draft

    def follow(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("./") and value[2:] in renames:
            return f"./{renames[value[2:]]}"
        if isinstance(value, list):
            return [follow(item) for item in value]
        if isinstance(value, dict):
            return {key: follow(item) for key, item in value.items()}
        return value

    data = {key: follow(value) if key in ("checks", "x-todo") else value for key, value in draft.data.items()}
    return Draft(renames.get(draft.name, draft.name), data, draft.mention, draft.notes)


def _fingerprints_on_disk(folder: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.is_symlink():  # never read through a link: it may point anywhere
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for fingerprint in _FINGERPRINT.findall(text):
            found.setdefault(fingerprint, path)
    return found


def _read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """The manifest's drafts; an unreadable manifest counts as none (files are then matched by fingerprint)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    drafts = data.get("drafts") if isinstance(data, dict) else None
    if not isinstance(drafts, dict):
        return {}
    return {
        key: value
        for key, value in drafts.items()
        if isinstance(value, dict) and isinstance(value.get("file"), str) and _SAFE_NAME.fullmatch(value["file"])
    }


def _write_manifest(folder: Path, manifest: dict[str, dict[str, Any]]) -> None:
    payload = {
        "about": "what `factcheck extract` wrote here, so that running it again keeps your edits; safe to delete",
        "version": 1,
        "drafts": dict(sorted(manifest.items())),
    }
    atomic_write(folder / MANIFEST, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")


def _same(path: Path, digest: str | None) -> bool:
    """Whether `path` is a regular file (not a link) holding exactly the text with `digest`."""
    if digest is None or path.is_symlink() or not path.is_file():
        return False
    return _digest(path.read_text(encoding="utf-8", errors="replace")) == digest


def _occupied(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
