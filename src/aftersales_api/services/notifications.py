"""What the customer is told at each step (每一步都要与客户沟通), in Chinese and English.

The service does not send messages: it publishes `customer.notification` events, and a
notification gateway (the SMS platform, 短信通平台) sends them. An event stores the
template and its values; the text is filled in when the event is published, with the
ticket's number.
"""

from __future__ import annotations

from typing import Any, Final

from ..rules.catalog import CATALOG

# template → (Chinese, English); values in braces come from the event.
TEMPLATES: Final[dict[str, tuple[str, str]]] = {
    "received": (
        "您的售后申请已受理,单号 {number}。我们会在规定时限内与您联系。",
        "We have received your after-sales request, number {number}. We will contact you "
        "within the time limits.",
    ),
    "verified": (
        "您的售后申请 {number} 已审核通过,我们正在为您处理。",
        "Your after-sales request {number} has been verified and is being handled.",
    ),
    "pickup": (
        "我们已安排物流上门取件(单号 {number}),取件地址:{address_zh}。",
        "A carrier will collect the goods for request {number} at: {address}.",
    ),
    "inspection_passed": (
        "您退回的商品(单号 {number})已检验合格。",
        "The goods you returned for request {number} passed inspection.",
    ),
    "inspection_failed": (
        "您退回的商品(单号 {number})检验未通过:{failed}。",
        "The goods you returned for request {number} did not pass inspection: {failed}.",
    ),
    "resolved": (
        "您的售后单 {number} 已处理:{type_zh}。",
        "Your request {number} is resolved: {type_en}.",
    ),
    "resolved_amount": (
        "您的售后单 {number} 已处理:{type_zh},金额 {amount} 元。",
        "Your request {number} is resolved: {type_en} of {amount} CNY.",
    ),
    "paid": (
        "您的售后单 {number} 的款项 {amount} 元已支付。",
        "{amount} CNY for your request {number} has been paid.",
    ),
    "closed": (
        "您的售后单 {number} 已完结,感谢您的耐心。欢迎对本次服务进行评价。",
        "Your request {number} is closed. Thank you for your patience; please tell us how we did.",
    ),
    "escalated": (
        "您的售后单 {number} 已升级处理,我们将优先跟进。",
        "Your request {number} has been escalated; we are giving it priority.",
    ),
    "rejected": (
        "很抱歉,您的售后申请 {number} 未能受理:{reason_zh}",
        "We are sorry: your request {number} cannot be granted. {reason_en}",
    ),
}

RESOLUTION_NAMES: Final[dict[str, tuple[str, str]]] = {
    "refund": ("退款", "a refund"),
    "partial_refund": ("部分退款", "a partial refund"),
    "exchange": ("换货", "an exchange"),
    "repair": ("维修", "a repair"),
    "replacement_parts": ("补发配件", "replacement parts"),
    "invoice_reissue": ("重开发票", "a reissued invoice"),
    "explanation": ("说明解释", "an explanation"),
    "installation": ("安装", "installation"),
    "compensation": ("补偿", "compensation"),
}
NO_ADDRESS: Final = ("(待与您确认)", "(to be confirmed with you)")
RULES: Final = {r.code: (r.summary_zh, r.summary) for r in CATALOG}


def render(template: str, values: dict[str, Any], number: str) -> dict[str, str]:
    zh, en = TEMPLATES[template]
    filled = {**values, "number": number}
    return {"zh": zh.format(**filled), "en": en.format(**filled)}


def for_event(t: Any, kind: str, data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The notifications one ticket event owes the customer: (template, values)."""
    out: list[tuple[str, dict[str, Any]]] = []
    if kind == "received" and t.state == "received":
        out.append(("received", {}))
    elif kind == "verify":
        out.append(("verified", {}))
        if "pickup_requested_at" in data:
            address = (t.customer or {}).get("address")
            zh, en = (address, address) if address else NO_ADDRESS
            out.append(("pickup", {"address": en, "address_zh": zh}))
    elif kind == "inspection":
        failed = ", ".join(data.get("failed") or ())
        out.append(("inspection_passed" if data.get("passed") else "inspection_failed", {"failed": failed}))
    elif kind == "resolve":
        out.append(_resolved(data.get("resolution") or {}))
    elif kind == "payment":
        out.append(("paid", {"amount": data.get("amount")}))
    elif kind == "close":
        out.append(("closed", {}))
    elif kind == "escalated":
        out.append(("escalated", {}))
    elif kind == "reject":
        out.append(("rejected", _reason(t, str(data.get("code") or "other"), str(data.get("note") or ""))))
    return out


def _resolved(resolution: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    kind = str(resolution.get("type", ""))
    zh, en = RESOLUTION_NAMES.get(kind, (kind, kind))
    values = {"type_zh": zh, "type_en": en}
    if resolution.get("amount") is not None:
        return "resolved_amount", {**values, "amount": resolution["amount"]}
    return "resolved", values


def _reason(t: Any, code: str, note: str) -> dict[str, str]:
    """The rule's own message from the ticket's decision, else the rule's summary; the
    agent's note after it."""
    trace = (t.decision or {}).get("trace") or []
    found = [e for e in trace if e.get("code") == code]
    found.sort(key=lambda e: e.get("outcome") != "fail")
    if found:
        zh, en = found[0].get("message_zh", ""), found[0].get("message", "")
    else:
        zh, en = RULES.get(code, ("", ""))
    extra = f" ({note})" if note else ""
    return {"reason_zh": f"{zh}{extra}".strip(), "reason_en": f"{en}{extra}".strip()}


def recipient(customer: dict[str, Any]) -> dict[str, Any]:
    """SMS when a phone is known, else e-mail."""
    if customer.get("phone"):
        return {"channel": "sms", "to": customer["phone"]}
    return {"channel": "email", "to": customer.get("email")}
