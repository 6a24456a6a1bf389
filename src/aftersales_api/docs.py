"""docs/policy.md, generated: the rule catalog, the parameters' defaults, and every
message the rules can write (read from the rules' source), in both languages."""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import fields
from pathlib import Path

from .rules import params
from .rules.catalog import CATALOG

RULES_DIR = Path(__file__).resolve().parent / "rules"


def messages() -> dict[str, list[tuple[str, str]]]:
    """Per rule code, the (English, Chinese) message templates of the `entry(...)` calls
    in the rules package; a message chosen by a condition contributes both branches."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in sorted(RULES_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "entry"):
                continue
            if len(node.args) < 4 or not isinstance(node.args[0], ast.Constant):
                continue
            en, zh = _strings(node.args[2]), _strings(node.args[3])
            for pair in zip(en, zh, strict=False):
                if pair not in found[str(node.args[0].value)]:
                    found[str(node.args[0].value)].append(pair)
    return found


def _strings(node: ast.AST) -> list[str]:
    """The literal texts an expression can take: a string, the branches of a condition,
    or a concatenation's literal parts joined (variable parts shown as …)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _strings(node.left) or ["…"], _strings(node.right) or ["…"]
        return [a + b for a in left for b in right]
    return []


def policy_reference() -> str:
    defaults = params.Policy().as_dict()
    out = [
        "# Policy reference",
        "",
        "Generated from the rules package by `aftersales-api docs` — do not edit by hand.",
        "Every decision the service makes carries a trace of these codes, each with its",
        "outcome (`pass`, `fail`, `info`) and a message in English and Chinese. Messages",
        "show their placeholders (`{0}`, `{1}:.2f`…) as the rules fill them in.",
        "",
        "## Parameters",
        "",
        "Defaults of policy version `"
        + str(defaults["version"])
        + "`; `AFTERSALES_POLICY_FILE` overrides them.",
        "",
        "| parameter | default |",
        "|---|---|",
    ]
    out += [f"| `{f.name}` | `{defaults[f.name]}` |" for f in fields(params.Policy) if f.name != "version"]
    found = messages()
    section = None
    for rule in CATALOG:
        if rule.section != section:
            section = rule.section
            out += ["", f"## {section}"]
        out += ["", f"### `{rule.code}`", "", rule.summary, "", rule.summary_zh, ""]
        if rule.parameters:
            out.append("Parameters: " + ", ".join(f"`{p}` = `{defaults[p]}`" for p in rule.parameters) + ".")
            out.append("")
        if rule.source:
            out += [f"Source: {rule.source}.", ""]
        for en, zh in found.get(rule.code, ()):
            out.append(f"- {en}  \n  {zh}")
    return "\n".join(out).rstrip() + "\n"
