"""Bundled resources (fonts, translations, templates), found next to this file when installed."""
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
