"""Every rule code the service enforces: what it says, in both languages, the policy
parameters it reads and the seed it comes from. docs/policy.md is generated from this
catalog, the parameters' defaults and the messages in the rules' source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    section: str
    summary: str
    summary_zh: str
    parameters: tuple[str, ...] = ()
    source: str = ""


def _r(code: str, section: str, en: str, zh: str, params: tuple[str, ...] = (), source: str = "") -> Rule:
    return Rule(code, section, en, zh, params, source)


RETURNS, REPAIRS, OTHER, MONEY, COMPLAINTS, LIMITS = (
    "Returns and exchanges",
    "Repairs",
    "Other kinds",
    "Resolutions and money",
    "Complaints",
    "Time limits, escalation and closure",
)

CATALOG: Final[tuple[Rule, ...]] = (
    _r(
        "WINDOW_RETURN",
        RETURNS,
        "A return is accepted up to the given day after the invoice date (invoice day = day 0).",
        "自发票开具之日起规定天数内可退货(开票当天为第0天)。",
        ("return_window_days",),
        "000 §三(一)2",
    ),
    _r(
        "WINDOW_EXCHANGE",
        RETURNS,
        "An exchange is accepted up to the given day after the invoice date.",
        "自发票开具之日起规定天数内可换货。",
        ("exchange_window_days",),
        "000 §三(一)2",
    ),
    _r(
        "AFTER_WINDOWS",
        RETURNS,
        "After the exchange window only repair remains for a product fault; the decision says so.",
        "超过换货期限后,产品故障只能维修,并须明确告知。",
        ("exchange_window_days",),
        '000 "三包"',
    ),
    _r(
        "NO_REASON_SEALED",
        RETURNS,
        "A no-reason return needs the factory seal unopened; no-reason never applies to exchanges.",
        "无理由退货要求原厂密封包装未打开;无理由不适用于换货。",
        (),
        "000 §三(一)3.3",
    ),
    _r(
        "RESTOCKING_FEE",
        RETURNS,
        "A no-reason return pays a restocking fee on the goods amount, rounded half-up to 0.01.",
        "无理由退货按货款收取退货手续费,四舍五入到分。",
        ("restocking_fee_rate",),
        "000 §三(一)",
    ),
    _r(
        "APPEARANCE_DEFECT",
        RETURNS,
        "An appearance defect needs intact outer packaging, the courier's unboxing proof, "
        "photos and product-manager approval.",
        "外观瑕疵须外包装完好、快递在场开箱证明、照片及产品经理批准。",
        (),
        "000 §三(一)",
    ),
    _r(
        "MISLABELED_LISTING",
        RETURNS,
        "A mislabelled listing needs a screenshot, every kept item and product-manager approval.",
        "网站标识不符须截图、保存全部物品并经产品经理批准。",
        (),
        "000 §三(一)",
    ),
    _r(
        "QUALITY_DEFECT",
        RETURNS,
        "A quality defect needs the manufacturer's report or confirmation and every kept item; "
        "the product manager is told.",
        "质量问题须厂家检测报告或证明及全部物品;通知产品经理。",
        (),
        "000 §三(一)",
    ),
    _r(
        "PICKUP",
        RETURNS,
        "Company-side (or unclear) responsibility: the company collects the goods; else the customer ships.",
        "责任在公司(或不清)的由公司安排上门取件;否则客户自行寄回。",
        (),
        '000 "三包"',
    ),
    _r(
        "INSPECTION",
        RETURNS,
        "Returned goods pass inspection only if every item passes; no full refund otherwise.",
        "退货验货须每项通过,否则不能全额退款。",
        (),
        "000 §三(一)5",
    ),
    _r(
        "PARTIAL_REFUND",
        RETURNS,
        "A partial refund is above 0 and below what an exchange would cost.",
        "折价退款须大于0且低于换货成本。",
        (),
        "003 售后流程",
    ),
    _r(
        "RECEIPT_ONLY",
        RETURNS,
        "Refunds go back part by part; points, coupons and store cards get a receipt.",
        "按原支付方式分别退款;积分、优惠券、储值卡开收据。",
        (),
        "000 §三(四)2",
    ),
    _r(
        "DATES_VALID",
        RETURNS,
        "No request before its invoice date and no invoice date in the future.",
        "申请日期不得早于发票日期,发票日期不得晚于今天。",
        (),
        "policy v2",
    ),
    _r(
        "PAYMENTS_COVER",
        RETURNS,
        "Payments cover the goods claimed; no refund part exceeds what its method paid.",
        "付款须覆盖申请货款;各支付方式退款不超过其实付金额。",
        (),
        "policy v2",
    ),
    _r(
        "DUPLICATE_CLAIM",
        RETURNS,
        "Live claims on an order line never exceed its ordered quantity.",
        "同一订单行的有效申请数量不得超过订购数量。",
        (),
        "policy v2",
    ),
    _r(
        "CONTACT_CADENCE",
        RETURNS,
        "An open return or exchange is followed up after the given days and overdue after more.",
        "退换货处理期间须定期联系客户,超过期限即为逾期。",
        ("contact_followup_days", "contact_overdue_days"),
        "000 §三(一) 备注",
    ),
    _r(
        "WARRANTY",
        REPAIRS,
        "A repair inside the warranty is free unless the damage is the customer's own.",
        "保修期内非人为损坏免费维修,否则有偿。",
        ("warranty_days",),
        "000 §三(二)",
    ),
    _r(
        "REPAIR_QUOTE",
        REPAIRS,
        "A paid repair resolves only against the quote the customer accepted.",
        "有偿维修须按客户接受的报价解决。",
        (),
        "003; 000 细则",
    ),
    _r(
        "REPAIR_REPORT",
        REPAIRS,
        "A repair resolution records the cause, the fix and the parts replaced.",
        "维修解决须记录故障原因、解决办法和更换零件。",
        (),
        "000 §三(二)",
    ),
    _r(
        "SELF_SEND",
        REPAIRS,
        "The customer takes the product to a service point; on-site service needs supervisor approval.",
        "客户自行送修;上门维修须主管批准。",
        (),
        "000 §三(二)",
    ),
    _r(
        "REPEAT_REPAIR",
        REPAIRS,
        "A repeat repair of the same order line and fault within the given days is raised to supervisor.",
        "规定天数内同一问题重复维修升级至主管。",
        ("repeat_repair_days",),
        "000 §三(二)",
    ),
    _r(
        "ACCESSORY_CHECK",
        OTHER,
        "Missing accessories: the packing list is checked; product manager and logistics are told.",
        "少附件:核对包装清单,通知产品经理与物流。",
        (),
        "000 §三(三)",
    ),
    _r(
        "INVOICE_LOST",
        OTHER,
        "A lost invoice: check with logistics, then offer a copy.",
        "发票丢失:与物流核实后提供复印件。",
        (),
        "000 §三(四)",
    ),
    _r(
        "INVOICE_WRONG",
        OTHER,
        "A wrong invoice: record the cause and hand it to finance.",
        "发票开错:记录原因并交财务。",
        (),
        "000 §三(四)",
    ),
    _r(
        "INSTALL_NEXT_DAY",
        OTHER,
        "Installation is booked for the day after delivery; any fee is disclosed first.",
        "安装预约在到货次日;收费须提前告知。",
        (),
        "000 §三(六)",
    ),
    _r(
        "RESOLUTION_TYPES",
        MONEY,
        "The resolution types a ticket's kind allows, some only inside the return or exchange window.",
        "各类工单允许的解决方式,部分仅限退换货期限内。",
        ("return_window_days", "exchange_window_days"),
        '000 "三包"',
    ),
    _r(
        "REFUND_SIGNOFF",
        MONEY,
        "Every payout is signed by a supervisor, then a manager, before finance pays it.",
        "所有退款须主管、经理依次签字后由财务支付。",
        (),
        "000 §三(五)1",
    ),
    _r(
        "REFUND_DUE",
        MONEY,
        "The payment is due working days after the inspection (or resolution) and met when paid.",
        "退款须在验货(或解决)后规定工作日内支付,支付即完成。",
        ("refund_working_days",),
        "000 §三(五)3.2",
    ),
    _r(
        "NO_FIRST_CONTACT_MONEY",
        MONEY,
        "A first-contact resolution is an explanation and never pays.",
        "首次接触解决仅为解释说明,不涉及赔付。",
        (),
        "004 §(一)2",
    ),
    _r(
        "COMPENSATION_APPROVAL",
        MONEY,
        "Compensation needs a finance review, then the general manager; archived within working days.",
        "赔偿须财务审核后经总经理批准,并在规定工作日内归档。",
        ("archive_working_days",),
        "004 §(一)4",
    ),
    _r(
        "COMPLAINT_CATEGORY",
        COMPLAINTS,
        "A complaint has a category and a priority.",
        "投诉须有类别和优先级。",
        (),
        "002 第五章",
    ),
    _r(
        "MAJOR_COMPLAINT",
        COMPLAINTS,
        "A major complaint is high priority, raised to manager, reported within minutes "
        "and filed with manager approval within working days.",
        "重大投诉优先级高,立即升级至经理,限时上报并经经理批准立案。",
        ("major_compensation_threshold", "major_report_minutes", "major_verify_working_days"),
        "001",
    ),
    _r(
        "GENERAL_COMPLAINT",
        COMPLAINTS,
        "Any other complaint is verified the same day.",
        "一般投诉当日立案。",
        (),
        "001",
    ),
    _r(
        "FORWARD_1WD",
        COMPLAINTS,
        "A complaint not closed at first contact is forwarded within working days.",
        "未即时解决的投诉须在规定工作日内转交责任部门。",
        ("forward_working_days",),
        "004 §(一)1–2",
    ),
    _r(
        "REMEDY_10WD",
        COMPLAINTS,
        "The responsible department sets the remedy within working days.",
        "责任部门须在规定工作日内制定补救措施。",
        ("remedy_working_days",),
        "004 §(一)3",
    ),
    _r(
        "FIRST_CONTACT",
        COMPLAINTS,
        "A phone complaint solved on the call with no compensation is created closed.",
        "电话中即时解决且无赔偿的投诉直接结案。",
        (),
        "004 §(一)2",
    ),
    _r(
        "APPEAL",
        COMPLAINTS,
        "A customer who rejects a resolution appeals: back to verified, one level higher.",
        "客户不接受处理结果可申诉:退回立案状态并升级一级。",
        (),
        "001",
    ),
    _r(
        "FIRST_RESPONSE_24H",
        LIMITS,
        "Every ticket gets a first response within the given hours.",
        "所有工单须在规定小时内首次响应。",
        ("first_response_hours",),
        "003 §2.3",
    ),
    _r(
        "ESCALATION_TRIGGERS",
        LIMITS,
        "A missed time limit (or the customer's insistence) raises a ticket one level; never down.",
        "超时或客户坚持等情形升级一级;级别不降。",
        (),
        "000 §四",
    ),
    _r(
        "ONE_LAPSE_ONE_LEVEL",
        LIMITS,
        "Deadlines a sweep finds missed together raise a ticket one level, in one event.",
        "一次巡检发现的多项超时合计升级一级,记一条事件。",
        (),
        "policy v2",
    ),
    _r(
        "CLOSED_LOOP",
        LIMITS,
        "A ticket closes only after the customer confirmed the resolution.",
        "客户确认问题解决后方可结案。",
        (),
        "000 §二",
    ),
    _r(
        "FIRST_OWNER",
        LIMITS,
        "The agent who registers a ticket owns it until it is reassigned.",
        "首问负责制:登记人负责到底。",
        (),
        "002",
    ),
    _r(
        "SATISFACTION",
        LIMITS,
        "After resolution the customer scores 1-5; 4 and 5 count as satisfied.",
        "解决后客户评分1–5分,4、5分为满意。",
        (),
        "001, 003",
    ),
)
BY_CODE: Final = {rule.code: rule for rule in CATALOG}
