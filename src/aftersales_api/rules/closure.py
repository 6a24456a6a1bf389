"""Closing a ticket (000 §二 闭环, 003 满意度调查表, 000 §四4 and 002 案例库)."""

from __future__ import annotations

from .base import TraceEntry, entry

ROOT_CAUSE_FIELDS = ("category", "department", "lesson")


def survey_entry(answered: bool, declined: bool, first_contact: bool) -> TraceEntry:
    """SURVEY_REQUIRED: answered, or the customer's refusal recorded; first contact is exempt."""
    ok = answered or declined or first_contact
    return entry(
        "SURVEY_REQUIRED",
        ok,
        "The satisfaction survey was answered or declined."
        if ok
        else "The customer must answer (or decline) the satisfaction survey before closing.",
        "满意度调查已填写或客户已拒绝。" if ok else "结案前须请客户填写(或拒绝)满意度调查表。",
    )


def needs_root_cause(kind: str, reason: str | None) -> bool:
    return kind == "complaint" or reason == "quality_defect"


def root_cause_entry(needed: bool, given: dict[str, str] | None) -> TraceEntry:
    """ROOT_CAUSE: complaints and quality defects close with cause category, department, lesson."""
    lacking = [f for f in ROOT_CAUSE_FIELDS if not (given or {}).get(f, "").strip()] if needed else []
    return entry(
        "ROOT_CAUSE",
        not lacking,
        "Root cause recorded for the case library."
        if needed and not lacking
        else ("No root cause needed." if not needed else "The root cause lacks: {0}."),
        "已记录问题原因,纳入案例库。"
        if needed and not lacking
        else ("无需记录问题原因。" if not needed else "问题原因缺少:{0}。"),
        ", ".join(lacking),
    )
