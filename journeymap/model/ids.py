"""New ids for map objects: uuid4 hex, short enough to read in a git diff."""
from __future__ import annotations

import uuid


def new_id(prefix: str = "") -> str:
    """A fresh unique id, e.g. ``new_id("n")`` -> ``"n-3f2a9c1e0b7d"``."""
    token = uuid.uuid4().hex[:12]
    return f"{prefix}-{token}" if prefix else token
