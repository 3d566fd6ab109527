""" Contains all the data models used in inputs/outputs """

from .api_key import ApiKey
from .billing_address import BillingAddress
from .billing_period import BillingPeriod
from .billing_period_kind import BillingPeriodKind
from .cancel import Cancel
from .cancel_at import CancelAt
from .cancel_proration_behavior import CancelProrationBehavior
from .change_plan import ChangePlan
from .change_plan_proration_behavior import ChangePlanProrationBehavior
from .change_plan_timing import ChangePlanTiming
from .collect_input import CollectInput
from .coupon import Coupon
from .coupon_duration import CouponDuration
from .coupon_input import CouponInput
from .coupon_input_duration import CouponInputDuration
from .coupon_page import CouponPage
from .credit_note import CreditNote
from .credit_note_input import CreditNoteInput
from .credit_note_input_type import CreditNoteInputType
from .credit_note_list import CreditNoteList
from .credit_note_type import CreditNoteType
from .customer import Customer
from .customer_balance import CustomerBalance
from .customer_balance_transactions_item import CustomerBalanceTransactionsItem
from .customer_balance_transactions_item_kind import CustomerBalanceTransactionsItemKind
from .customer_input import CustomerInput
from .customer_page import CustomerPage
from .discount import Discount
from .discount_input import DiscountInput
from .discount_list import DiscountList
from .get_health_live_response_200 import GetHealthLiveResponse200
from .get_openapi_json_response_200 import GetOpenapiJsonResponse200
from .get_v1_admin_keys_response_200 import GetV1AdminKeysResponse200
from .get_v1_billing_invoices_status import GetV1BillingInvoicesStatus
from .get_v1_billing_subscriptions_id_periods_response_200 import GetV1BillingSubscriptionsIdPeriodsResponse200
from .get_v1_billing_subscriptions_id_usage_response_200 import GetV1BillingSubscriptionsIdUsageResponse200
from .invoice import Invoice
from .invoice_balance_application_type_1 import InvoiceBalanceApplicationType1
from .invoice_coupons_item import InvoiceCouponsItem
from .invoice_coupons_item_duration import InvoiceCouponsItemDuration
from .invoice_input import InvoiceInput
from .invoice_line import InvoiceLine
from .invoice_line_adjustments_item import InvoiceLineAdjustmentsItem
from .invoice_line_kind import InvoiceLineKind
from .invoice_line_usage import InvoiceLineUsage
from .invoice_page import InvoicePage
from .invoice_status import InvoiceStatus
from .line_trace import LineTrace
from .line_trace_inputs import LineTraceInputs
from .line_trace_tiers_item import LineTraceTiersItem
from .manual_payment_input import ManualPaymentInput
from .metered_charge import MeteredCharge
from .metric import Metric
from .metric_aggregation import MetricAggregation
from .metric_input import MetricInput
from .metric_input_aggregation import MetricInputAggregation
from .metric_page import MetricPage
from .pause import Pause
from .pause_proration_behavior import PauseProrationBehavior
from .payment import Payment
from .payment_list import PaymentList
from .payment_method import PaymentMethod
from .payment_method_change import PaymentMethodChange
from .payment_method_change_action import PaymentMethodChangeAction
from .payment_method_history import PaymentMethodHistory
from .payment_method_input import PaymentMethodInput
from .payment_method_list import PaymentMethodList
from .payment_status import PaymentStatus
from .pending_change import PendingChange
from .plan import Plan
from .plan_input import PlanInput
from .plan_input_interval import PlanInputInterval
from .plan_interval import PlanInterval
from .plan_page import PlanPage
from .post_v1_admin_keys_body import PostV1AdminKeysBody
from .post_v1_admin_keys_response_201 import PostV1AdminKeysResponse201
from .price import Price
from .price_model import PriceModel
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .product import Product
from .product_input import ProductInput
from .product_page import ProductPage
from .proration import Proration
from .proration_behavior import ProrationBehavior
from .proration_kind import ProrationKind
from .proration_trace import ProrationTrace
from .proration_trace_inputs import ProrationTraceInputs
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_status import ReadinessStatus
from .recorded import Recorded
from .recorded_batch import RecordedBatch
from .refund import Refund
from .refund_input import RefundInput
from .scope import Scope
from .stripe_event import StripeEvent
from .stripe_event_data import StripeEventData
from .subscription import Subscription
from .subscription_change import SubscriptionChange
from .subscription_input import SubscriptionInput
from .subscription_page import SubscriptionPage
from .subscription_status import SubscriptionStatus
from .tax_rate import TaxRate
from .tax_rate_applied import TaxRateApplied
from .tier import Tier
from .usage_aggregate import UsageAggregate
from .usage_aggregate_aggregation import UsageAggregateAggregation
from .usage_batch import UsageBatch
from .usage_event import UsageEvent
from .usage_event_properties import UsageEventProperties
from .webhook_result import WebhookResult
from .webhook_result_result import WebhookResultResult

__all__ = (
    "ApiKey",
    "BillingAddress",
    "BillingPeriod",
    "BillingPeriodKind",
    "Cancel",
    "CancelAt",
    "CancelProrationBehavior",
    "ChangePlan",
    "ChangePlanProrationBehavior",
    "ChangePlanTiming",
    "CollectInput",
    "Coupon",
    "CouponDuration",
    "CouponInput",
    "CouponInputDuration",
    "CouponPage",
    "CreditNote",
    "CreditNoteInput",
    "CreditNoteInputType",
    "CreditNoteList",
    "CreditNoteType",
    "Customer",
    "CustomerBalance",
    "CustomerBalanceTransactionsItem",
    "CustomerBalanceTransactionsItemKind",
    "CustomerInput",
    "CustomerPage",
    "Discount",
    "DiscountInput",
    "DiscountList",
    "GetHealthLiveResponse200",
    "GetOpenapiJsonResponse200",
    "GetV1AdminKeysResponse200",
    "GetV1BillingInvoicesStatus",
    "GetV1BillingSubscriptionsIdPeriodsResponse200",
    "GetV1BillingSubscriptionsIdUsageResponse200",
    "Invoice",
    "InvoiceBalanceApplicationType1",
    "InvoiceCouponsItem",
    "InvoiceCouponsItemDuration",
    "InvoiceInput",
    "InvoiceLine",
    "InvoiceLineAdjustmentsItem",
    "InvoiceLineKind",
    "InvoiceLineUsage",
    "InvoicePage",
    "InvoiceStatus",
    "LineTrace",
    "LineTraceInputs",
    "LineTraceTiersItem",
    "ManualPaymentInput",
    "MeteredCharge",
    "Metric",
    "MetricAggregation",
    "MetricInput",
    "MetricInputAggregation",
    "MetricPage",
    "Pause",
    "PauseProrationBehavior",
    "Payment",
    "PaymentList",
    "PaymentMethod",
    "PaymentMethodChange",
    "PaymentMethodChangeAction",
    "PaymentMethodHistory",
    "PaymentMethodInput",
    "PaymentMethodList",
    "PaymentStatus",
    "PendingChange",
    "Plan",
    "PlanInput",
    "PlanInputInterval",
    "PlanInterval",
    "PlanPage",
    "PostV1AdminKeysBody",
    "PostV1AdminKeysResponse201",
    "Price",
    "PriceModel",
    "Problem",
    "ProblemErrorsItem",
    "Product",
    "ProductInput",
    "ProductPage",
    "Proration",
    "ProrationBehavior",
    "ProrationKind",
    "ProrationTrace",
    "ProrationTraceInputs",
    "Readiness",
    "ReadinessChecks",
    "ReadinessStatus",
    "Recorded",
    "RecordedBatch",
    "Refund",
    "RefundInput",
    "Scope",
    "StripeEvent",
    "StripeEventData",
    "Subscription",
    "SubscriptionChange",
    "SubscriptionInput",
    "SubscriptionPage",
    "SubscriptionStatus",
    "TaxRate",
    "TaxRateApplied",
    "Tier",
    "UsageAggregate",
    "UsageAggregateAggregation",
    "UsageBatch",
    "UsageEvent",
    "UsageEventProperties",
    "WebhookResult",
    "WebhookResultResult",
)
