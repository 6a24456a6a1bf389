"""Contains all the data models used in inputs/outputs"""

from .approval_body import ApprovalBody
from .approval_body_type import ApprovalBodyType
from .approval_out import ApprovalOut
from .assign_body import AssignBody
from .attempt_out import AttemptOut
from .breach_rate import BreachRate
from .case_out import CaseOut
from .case_page import CasePage
from .close_body import CloseBody
from .complaint_in import ComplaintIn
from .complaint_in_category import ComplaintInCategory
from .complaint_in_major_flags_item import ComplaintInMajorFlagsItem
from .complaint_in_priority import ComplaintInPriority
from .contact_body import ContactBody
from .contact_body_channel import ContactBodyChannel
from .customer import Customer
from .customer_body import CustomerBody
from .customer_body_tier import CustomerBodyTier
from .customer_out import CustomerOut
from .customer_out_tier import CustomerOutTier
from .decision_out import DecisionOut
from .delivery_out import DeliveryOut
from .delivery_out_status import DeliveryOutStatus
from .delivery_page import DeliveryPage
from .due import Due
from .eligibility_request import EligibilityRequest
from .eligibility_request_evidence_item import EligibilityRequestEvidenceItem
from .eligibility_request_kind import EligibilityRequestKind
from .eligibility_request_package_state_type_0 import EligibilityRequestPackageStateType0
from .eligibility_request_reason import EligibilityRequestReason
from .eligibility_request_responsibility_type_0 import EligibilityRequestResponsibilityType0
from .escalate_body import EscalateBody
from .escalate_body_trigger import EscalateBodyTrigger
from .event_out import EventOut
from .event_out_data import EventOutData
from .event_page import EventPage
from .evidence import Evidence
from .evidence_type import EvidenceType
from .feed_event import FeedEvent
from .feed_event_data import FeedEventData
from .feed_event_type import FeedEventType
from .feed_page import FeedPage
from .field_error import FieldError
from .first_contact import FirstContact
from .first_contact_resolution import FirstContactResolution
from .forward_body import ForwardBody
from .forward_body_department import ForwardBodyDepartment
from .health import Health
from .inspection_body import InspectionBody
from .inspection_out import InspectionOut
from .inspection_out_checks import InspectionOutChecks
from .inspection_result_out import InspectionResultOut
from .item import Item
from .kept import Kept
from .list_deliveries_status_type_0 import ListDeliveriesStatusType0
from .list_events_type_type_0 import ListEventsTypeType0
from .list_tickets_kind_type_0 import ListTicketsKindType0
from .list_tickets_level_type_0 import ListTicketsLevelType0
from .list_tickets_priority_type_0 import ListTicketsPriorityType0
from .list_tickets_state_type_0 import ListTicketsStateType0
from .monthly_report import MonthlyReport
from .monthly_report_by_category import MonthlyReportByCategory
from .monthly_report_by_channel import MonthlyReportByChannel
from .monthly_report_by_kind import MonthlyReportByKind
from .monthly_report_by_state import MonthlyReportByState
from .monthly_report_time_limits import MonthlyReportTimeLimits
from .monthly_report_top_root_causes import MonthlyReportTopRootCauses
from .note_body import NoteBody
from .order import Order
from .payment import Payment
from .payment_body import PaymentBody
from .payment_method import PaymentMethod
from .payment_out import PaymentOut
from .payment_out_parts_item import PaymentOutPartsItem
from .payment_out_sale import PaymentOutSale
from .payment_out_status import PaymentOutStatus
from .payment_out_type import PaymentOutType
from .policy_out import PolicyOut
from .policy_out_calendar import PolicyOutCalendar
from .policy_out_parameters import PolicyOutParameters
from .problem import Problem
from .processing_time import ProcessingTime
from .quote_body import QuoteBody
from .quote_decision_body import QuoteDecisionBody
from .quote_out import QuoteOut
from .quote_out_parts_item import QuoteOutPartsItem
from .quote_out_status import QuoteOutStatus
from .quote_part import QuotePart
from .quote_result_out import QuoteResultOut
from .quote_result_out_parts_item import QuoteResultOutPartsItem
from .quote_result_out_status import QuoteResultOutStatus
from .reject_body import RejectBody
from .remedy_body import RemedyBody
from .resolution import Resolution
from .resolution_type import ResolutionType
from .resolve_body import ResolveBody
from .root_cause import RootCause
from .root_cause_count import RootCauseCount
from .satisfaction import Satisfaction
from .sign_off import SignOff
from .survey_body import SurveyBody
from .survey_response import SurveyResponse
from .ticket_create import TicketCreate
from .ticket_create_channel import TicketCreateChannel
from .ticket_create_kind import TicketCreateKind
from .ticket_create_package_state_type_0 import TicketCreatePackageStateType0
from .ticket_create_reason_type_0 import TicketCreateReasonType0
from .ticket_create_reason_type_1 import TicketCreateReasonType1
from .ticket_out import TicketOut
from .ticket_out_channel import TicketOutChannel
from .ticket_out_complaint_type_0 import TicketOutComplaintType0
from .ticket_out_customer import TicketOutCustomer
from .ticket_out_handling_type_0 import TicketOutHandlingType0
from .ticket_out_items_item import TicketOutItemsItem
from .ticket_out_kind import TicketOutKind
from .ticket_out_level import TicketOutLevel
from .ticket_out_order_type_0 import TicketOutOrderType0
from .ticket_out_priority import TicketOutPriority
from .ticket_out_resolution_type_0 import TicketOutResolutionType0
from .ticket_out_root_cause_type_0 import TicketOutRootCauseType0
from .ticket_out_satisfaction_type_0 import TicketOutSatisfactionType0
from .ticket_out_state import TicketOutState
from .ticket_out_visits_item import TicketOutVisitsItem
from .ticket_page import TicketPage
from .trace_item import TraceItem
from .trace_item_outcome import TraceItemOutcome
from .verify_body import VerifyBody
from .verify_body_responsibility_type_0 import VerifyBodyResponsibilityType0
from .visit_body import VisitBody
from .webhook_body import WebhookBody
from .webhook_body_events_item_type_0 import WebhookBodyEventsItemType0
from .webhook_created import WebhookCreated
from .webhook_list import WebhookList
from .webhook_out import WebhookOut

__all__ = (
    "ApprovalBody",
    "ApprovalBodyType",
    "ApprovalOut",
    "AssignBody",
    "AttemptOut",
    "BreachRate",
    "CaseOut",
    "CasePage",
    "CloseBody",
    "ComplaintIn",
    "ComplaintInCategory",
    "ComplaintInMajorFlagsItem",
    "ComplaintInPriority",
    "ContactBody",
    "ContactBodyChannel",
    "Customer",
    "CustomerBody",
    "CustomerBodyTier",
    "CustomerOut",
    "CustomerOutTier",
    "DecisionOut",
    "DeliveryOut",
    "DeliveryOutStatus",
    "DeliveryPage",
    "Due",
    "EligibilityRequest",
    "EligibilityRequestEvidenceItem",
    "EligibilityRequestKind",
    "EligibilityRequestPackageStateType0",
    "EligibilityRequestReason",
    "EligibilityRequestResponsibilityType0",
    "EscalateBody",
    "EscalateBodyTrigger",
    "EventOut",
    "EventOutData",
    "EventPage",
    "Evidence",
    "EvidenceType",
    "FeedEvent",
    "FeedEventData",
    "FeedEventType",
    "FeedPage",
    "FieldError",
    "FirstContact",
    "FirstContactResolution",
    "ForwardBody",
    "ForwardBodyDepartment",
    "Health",
    "InspectionBody",
    "InspectionOut",
    "InspectionOutChecks",
    "InspectionResultOut",
    "Item",
    "Kept",
    "ListDeliveriesStatusType0",
    "ListEventsTypeType0",
    "ListTicketsKindType0",
    "ListTicketsLevelType0",
    "ListTicketsPriorityType0",
    "ListTicketsStateType0",
    "MonthlyReport",
    "MonthlyReportByCategory",
    "MonthlyReportByChannel",
    "MonthlyReportByKind",
    "MonthlyReportByState",
    "MonthlyReportTimeLimits",
    "MonthlyReportTopRootCauses",
    "NoteBody",
    "Order",
    "Payment",
    "PaymentBody",
    "PaymentMethod",
    "PaymentOut",
    "PaymentOutPartsItem",
    "PaymentOutSale",
    "PaymentOutStatus",
    "PaymentOutType",
    "PolicyOut",
    "PolicyOutCalendar",
    "PolicyOutParameters",
    "Problem",
    "ProcessingTime",
    "QuoteBody",
    "QuoteDecisionBody",
    "QuoteOut",
    "QuoteOutPartsItem",
    "QuoteOutStatus",
    "QuotePart",
    "QuoteResultOut",
    "QuoteResultOutPartsItem",
    "QuoteResultOutStatus",
    "RejectBody",
    "RemedyBody",
    "Resolution",
    "ResolutionType",
    "ResolveBody",
    "RootCause",
    "RootCauseCount",
    "Satisfaction",
    "SignOff",
    "SurveyBody",
    "SurveyResponse",
    "TicketCreate",
    "TicketCreateChannel",
    "TicketCreateKind",
    "TicketCreatePackageStateType0",
    "TicketCreateReasonType0",
    "TicketCreateReasonType1",
    "TicketOut",
    "TicketOutChannel",
    "TicketOutComplaintType0",
    "TicketOutCustomer",
    "TicketOutHandlingType0",
    "TicketOutItemsItem",
    "TicketOutKind",
    "TicketOutLevel",
    "TicketOutOrderType0",
    "TicketOutPriority",
    "TicketOutResolutionType0",
    "TicketOutRootCauseType0",
    "TicketOutSatisfactionType0",
    "TicketOutState",
    "TicketOutVisitsItem",
    "TicketPage",
    "TraceItem",
    "TraceItemOutcome",
    "VerifyBody",
    "VerifyBodyResponsibilityType0",
    "VisitBody",
    "WebhookBody",
    "WebhookBodyEventsItemType0",
    "WebhookCreated",
    "WebhookList",
    "WebhookOut",
)
