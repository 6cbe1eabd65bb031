"""Chained upgrades of raw file dicts, one step per schema version.

``STEPS[n]`` turns a version-``n`` file dict into a version ``n + 1`` one. Files are saved in the
newest version only; an old file is upgraded on load and saved as the newest version.

- 1 -> 2: measurements may carry the survey counts behind their value (``counts``), expected
  emotions say where they come from (``emotion_source``) and ``rules`` gains the journey-level
  rules. A version-1 file has no counts, and its emotions were workshop estimates ("assumed").
"""
from __future__ import annotations

import json
import re
from typing import Callable

from journeymap.model.schema import SCHEMA_VERSION

Step = Callable[[dict], dict]


def _v1_to_v2(data: dict) -> dict:
    """Version 1 knew no emotion sources: every expected emotion was a workshop estimate."""
    jmap = data.get("map")
    nodes = jmap.get("nodes") if isinstance(jmap, dict) else None
    for node in nodes if isinstance(nodes, list) else ():
        emotion = node.get("expected_emotion") if isinstance(node, dict) else None
        if isinstance(emotion, dict):
            emotion.setdefault("emotion_source", "assumed")
    return data


STEPS: dict[int, Step] = {1: _v1_to_v2}


class MigrationError(ValueError):
    """A file of an old version that no step can upgrade."""


_SAVED_HEAD = re.compile(rb'\A(?:\xef\xbb\xbf)?\{\s*"format"\s*:\s*"journeymap"\s*,\s*"schema_version"\s*:\s*(\d{1,6})\s*,')


def stored_version(data: bytes) -> int | None:
    """The schema_version a (loadable) map file was saved with, before any upgrade: read from the
    head of files journeymap wrote, else from the parsed JSON. None when it cannot be told."""
    head = _SAVED_HEAD.match(data[:200])
    if head:
        return int(head.group(1))
    try:
        version = json.loads(data.decode("utf-8-sig")).get("schema_version")
    except (ValueError, AttributeError, RecursionError):
        return None
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def migrate(data: dict, from_version: int, to_version: int = SCHEMA_VERSION) -> dict:
    """Upgrade ``data`` step by step; returns a dict whose schema_version is ``to_version``."""
    version = from_version
    while version < to_version:
        step = STEPS.get(version)
        if step is None:
            raise MigrationError(f"no upgrade from schema_version {version} to {version + 1}")
        data = step(data)
        version += 1
        data["schema_version"] = version
    return data
