"""Chained upgrades of raw file dicts, one step per schema version.

``STEPS[n]`` turns a version-``n`` file dict into a version ``n + 1`` one. Version 1 is the first
version, so there are no steps yet; the mechanism is tested with a registered fake step.
"""
from __future__ import annotations

from typing import Callable

from journeymap.model.schema import SCHEMA_VERSION

Step = Callable[[dict], dict]
STEPS: dict[int, Step] = {}


class MigrationError(ValueError):
    """A file of an old version that no step can upgrade."""


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
