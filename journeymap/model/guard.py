"""Checks a change against the whole map BEFORE the Document applies it.

The Document (document.py) calls these for every mutation, so no sequence of edits can leave a map
that ``load_map`` would refuse. Checks are local where they can be (a moved card checks its own
references, not 20,000 others) and whole-map where the change is structural (a KPI's scale, the
emotion scale, a removed period). A refused change raises :class:`InvalidChange`; nothing changes.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from pydantic import BaseModel, ValidationError

from journeymap.model.integrity import check_integrity
from journeymap.model.schema import Edge, JourneyMap, Node


class InvalidChange(ValueError):
    """A change that would leave the map invalid; the map was not changed."""


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error.get("loc", ()))
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def revalidated(item: BaseModel) -> BaseModel:
    """``item`` checked by its own model (a ``model_copy(update=...)`` skips validation)."""
    try:
        return type(item).model_validate(item.model_dump())
    except ValidationError as exc:
        raise InvalidChange(_first_error(exc)) from None


def new_items_valid(items: Sequence[BaseModel], previous: Iterable[BaseModel]) -> None:
    """Revalidate the items that are not the very objects already in the map (those are valid)."""
    known = {id(item) for item in previous}
    for item in items:
        if id(item) not in known:
            revalidated(item)


def check_node(jmap: JourneyMap, node: Node) -> None:
    """A node's own fields and its references to stages, lanes, personas and the emotion scale."""
    revalidated(node)
    if node.stage_id not in {s.id for s in jmap.stages}:
        raise InvalidChange(f"node '{node.id}' refers to unknown stage '{node.stage_id}'")
    if node.lane_id not in {lane.id for lane in jmap.lanes}:
        raise InvalidChange(f"node '{node.id}' refers to unknown lane '{node.lane_id}'")
    personas = {p.id for p in jmap.personas}
    for persona_id in node.persona_ids:
        if persona_id not in personas:
            raise InvalidChange(f"node '{node.id}' refers to unknown persona '{persona_id}'")
    emotion, scale = node.expected_emotion, jmap.emotion_scale
    if emotion is not None and not scale.min <= emotion.score <= scale.max:
        raise InvalidChange(f"expected emotion {emotion.score} is outside the scale {scale.min}..{scale.max}")


def check_edge(edge: Edge, has_node) -> None:
    """An edge's own fields and both of its ends."""
    revalidated(edge)
    for end in (edge.source, edge.target):
        if not has_node(end):
            raise InvalidChange(f"connection '{edge.id}' refers to unknown node '{end}'")


def check_removal(jmap: JourneyMap, node_ids: set[str], edge_ids: set[str]) -> None:
    """Nothing that stays may refer to a removed node (edges, values and decisions go first)."""
    if not node_ids:
        return
    for edge in jmap.edges:
        if edge.id not in edge_ids and (edge.source in node_ids or edge.target in node_ids):
            raise InvalidChange(f"connection '{edge.id}' still uses a removed node")
    for m in jmap.measurements:
        if m.node_id in node_ids:
            raise InvalidChange(f"a KPI value still belongs to removed node '{m.node_id}'")
    for review in jmap.reviews:
        if review.node_id in node_ids:
            raise InvalidChange(f"a weak-point decision still belongs to removed node '{review.node_id}'")


def check_whole(candidate: JourneyMap) -> None:
    """Every cross-reference and range of a candidate map (structure, values, reviews)."""
    try:
        check_integrity(candidate)
    except ValueError as exc:
        raise InvalidChange(str(exc)) from None


def check_list(jmap: JourneyMap, name: str, items: Sequence[BaseModel]) -> None:
    """Replacing one of the map's lists (stages, KPIs, measurements, reviews…) as a whole."""
    new_items_valid(items, getattr(jmap, name))
    limit = JourneyMap.model_fields[name].metadata
    for constraint in limit:
        max_length = getattr(constraint, "max_length", None)
        if max_length is not None and len(items) > max_length:
            raise InvalidChange(f"too many {name} ({len(items)}; at most {max_length})")
    check_whole(jmap.model_copy(update={name: list(items)}))


def check_map_fields(jmap: JourneyMap, fields: dict[str, Any]) -> dict[str, Any]:
    """Map-level fields (title, language, direction, emotion scale, rules…) checked on a shallow
    copy of the map; returns the validated values to apply."""
    candidate = jmap.model_copy()
    validator = JourneyMap.__pydantic_validator__
    for name, value in fields.items():
        if name not in JourneyMap.model_fields or name in ("nodes", "edges", "measurements", "reviews"):
            raise InvalidChange(f"'{name}' is not a map field")
        if isinstance(value, BaseModel):
            value = value.model_dump()
        try:
            validator.validate_assignment(candidate, name, value)
        except ValidationError as exc:
            raise InvalidChange(_first_error(exc)) from None
    return {name: getattr(candidate, name) for name in fields}
