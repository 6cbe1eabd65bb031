"""Subcommands beyond ``check``: import-survey, diff, export, report (registered on the parser)."""
from __future__ import annotations

import argparse


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Register the remaining subcommands; each handler imports what it needs lazily."""
