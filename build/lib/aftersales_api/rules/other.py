"""Accessories, invoices, refunds, installations, inquiries (000 §三(三)–(六))."""

from __future__ import annotations

from datetime import date, timedelta

from .base import Decision, TraceEntry, entry
from .params import Policy


def evaluate_other(
    kind: str, policy: Policy, *, reason: str | None = None, delivered_on: date | None = None
) -> Decision:
    trace: list[TraceEntry] = []
    notify: tuple[str, ...] = ()
    if kind == "accessory":
        notify = ("product_manager", "logistics")
        trace.append(
            entry(
                "ACCESSORY_CHECK",
                None,
                "Customer checks the packing list; outer packaging state recorded; "
                "product manager and logistics notified.",
                "请客户核对包装清单,核实外包装是否完好;反馈产品经理与物流部。",
            )
        )
    elif kind == "invoice" and reason == "invoice_wrong":
        notify = ("finance",)
        trace.append(
            entry(
                "INVOICE_WRONG",
                None,
                "Record the cause and hand to finance.",
                "分析发票开错原因,反馈财务开票人员处理。",
            )
        )
    elif kind == "invoice":
        notify = ("logistics",)
        trace.append(
            entry(
                "INVOICE_LOST",
                None,
                "Check with logistics, then offer a copy; if refused, hand to the "
                "responsible department head.",
                "与物流部核实查找;未找到则提供发票复印件,客户不同意则与责任部门负责人协商。",
            )
        )
    elif kind == "installation":
        trace.append(install_entry(delivered_on))
    elif kind == "refund":
        trace.append(
            entry(
                "REFUND_DUE",
                None,
                "A refund takes {0} working days; ask finance when it has not arrived.",
                "退款一般需要{0}个工作日;未收到时向财务了解情况。",
                policy.refund_working_days,
            )
        )
    return Decision(
        eligible=True, kind=kind, policy_version=policy.version, trace=tuple(trace), notify=notify
    )


def install_entry(delivered_on: date | None) -> TraceEntry:
    if delivered_on is None:
        return entry(
            "INSTALL_NEXT_DAY",
            None,
            "Book the installation for the day after delivery; disclose any fee first.",
            "到货次日预约安装;如涉及安装收费须提前告知客户。",
        )
    return entry(
        "INSTALL_NEXT_DAY",
        None,
        "Book the installation for {0}, the day after delivery; disclose any fee first.",
        "预约{0}(到货次日)安装;如涉及安装收费须提前告知客户。",
        (delivered_on + timedelta(days=1)).isoformat(),
    )
