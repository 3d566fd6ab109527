from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.invoice_status import InvoiceStatus
from typing import cast
from typing import Literal, cast
import datetime

if TYPE_CHECKING:
  from ..models.invoice_balance_application_type_1 import InvoiceBalanceApplicationType1
  from ..models.invoice_coupons_item import InvoiceCouponsItem
  from ..models.invoice_line import InvoiceLine
  from ..models.tax_rate_applied import TaxRateApplied





T = TypeVar("T", bound="Invoice")



@_attrs_define
class Invoice:
    """ 
        Attributes:
            id (str):
            object_ (Literal['invoice']):
            organisation_id (str):
            customer_id (str):
            billing_key (str): <subscription id>/<period start, epoch ms>: one invoice per period
            status (InvoiceStatus):
            number (None | str): PREFIX-YEAR-NNNNNN, given at finalization; null for drafts
            currency (str):
            period_start (datetime.datetime):
            period_end (datetime.datetime):
            created_at (datetime.datetime):
            finalized_at (datetime.datetime | None):
            status_changed_at (datetime.datetime):
            lines (list[InvoiceLine]):
            tax_rates (list[TaxRateApplied]):
            coupons (list[InvoiceCouponsItem]): the subscription's coupons as this invoice sees them, in the order they
                stack
            subtotal_minor (int):
            subtotal (str): in major units, the currency's decimals
            discount_minor (int):
            discount (str): in major units, the currency's decimals
            tax_minor (int):
            tax (str): in major units, the currency's decimals
            total_minor (int):
            total (str): in major units, the currency's decimals
            amount_paid_minor (int):
            amount_paid (str): in major units, the currency's decimals
            amount_credited_minor (int):
            amount_credited (str): in major units, the currency's decimals
            applied_balance_minor (int): what finalization took from the customer's credit balance (0 for drafts);
                amount_due = total − applied_balance − amount_paid − amount_credited
            applied_balance (str): in major units, the currency's decimals
            balance_application (InvoiceBalanceApplicationType1 | None): the trace of the credit balance applied at
                finalization; null for a draft
            amount_due_minor (int):
            amount_due (str): in major units, the currency's decimals
     """

    id: str
    object_: Literal['invoice']
    organisation_id: str
    customer_id: str
    billing_key: str
    status: InvoiceStatus
    number: None | str
    currency: str
    period_start: datetime.datetime
    period_end: datetime.datetime
    created_at: datetime.datetime
    finalized_at: datetime.datetime | None
    status_changed_at: datetime.datetime
    lines: list[InvoiceLine]
    tax_rates: list[TaxRateApplied]
    coupons: list[InvoiceCouponsItem]
    subtotal_minor: int
    subtotal: str
    discount_minor: int
    discount: str
    tax_minor: int
    tax: str
    total_minor: int
    total: str
    amount_paid_minor: int
    amount_paid: str
    amount_credited_minor: int
    amount_credited: str
    applied_balance_minor: int
    applied_balance: str
    balance_application: InvoiceBalanceApplicationType1 | None
    amount_due_minor: int
    amount_due: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_balance_application_type_1 import InvoiceBalanceApplicationType1 # noqa: PLC0415
        from ..models.invoice_coupons_item import InvoiceCouponsItem # noqa: PLC0415
        from ..models.invoice_line import InvoiceLine # noqa: PLC0415
        from ..models.tax_rate_applied import TaxRateApplied # noqa: PLC0415
        id = self.id

        object_ = self.object_

        organisation_id = self.organisation_id

        customer_id = self.customer_id

        billing_key = self.billing_key

        status = self.status.value

        number: None | str
        number = self.number

        currency = self.currency

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        created_at = self.created_at.isoformat()

        finalized_at: None | str
        if isinstance(self.finalized_at, datetime.datetime):
            finalized_at = self.finalized_at.isoformat()
        else:
            finalized_at = self.finalized_at

        status_changed_at = self.status_changed_at.isoformat()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        tax_rates = []
        for tax_rates_item_data in self.tax_rates:
            tax_rates_item = tax_rates_item_data.to_dict()
            tax_rates.append(tax_rates_item)



        coupons = []
        for coupons_item_data in self.coupons:
            coupons_item = coupons_item_data.to_dict()
            coupons.append(coupons_item)



        subtotal_minor = self.subtotal_minor

        subtotal = self.subtotal

        discount_minor = self.discount_minor

        discount = self.discount

        tax_minor = self.tax_minor

        tax = self.tax

        total_minor = self.total_minor

        total = self.total

        amount_paid_minor = self.amount_paid_minor

        amount_paid = self.amount_paid

        amount_credited_minor = self.amount_credited_minor

        amount_credited = self.amount_credited

        applied_balance_minor = self.applied_balance_minor

        applied_balance = self.applied_balance

        balance_application: dict[str, Any] | None
        if isinstance(self.balance_application, InvoiceBalanceApplicationType1):
            balance_application = self.balance_application.to_dict()
        else:
            balance_application = self.balance_application

        amount_due_minor = self.amount_due_minor

        amount_due = self.amount_due


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "object": object_,
            "organisation_id": organisation_id,
            "customer_id": customer_id,
            "billing_key": billing_key,
            "status": status,
            "number": number,
            "currency": currency,
            "period_start": period_start,
            "period_end": period_end,
            "created_at": created_at,
            "finalized_at": finalized_at,
            "status_changed_at": status_changed_at,
            "lines": lines,
            "tax_rates": tax_rates,
            "coupons": coupons,
            "subtotal_minor": subtotal_minor,
            "subtotal": subtotal,
            "discount_minor": discount_minor,
            "discount": discount,
            "tax_minor": tax_minor,
            "tax": tax,
            "total_minor": total_minor,
            "total": total,
            "amount_paid_minor": amount_paid_minor,
            "amount_paid": amount_paid,
            "amount_credited_minor": amount_credited_minor,
            "amount_credited": amount_credited,
            "applied_balance_minor": applied_balance_minor,
            "applied_balance": applied_balance,
            "balance_application": balance_application,
            "amount_due_minor": amount_due_minor,
            "amount_due": amount_due,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_balance_application_type_1 import InvoiceBalanceApplicationType1 # noqa: PLC0415
        from ..models.invoice_coupons_item import InvoiceCouponsItem # noqa: PLC0415
        from ..models.invoice_line import InvoiceLine # noqa: PLC0415
        from ..models.tax_rate_applied import TaxRateApplied # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal['invoice'] , d.pop("object"))
        if object_ != 'invoice':
            raise ValueError(f"object must match const 'invoice', got '{object_}'")

        organisation_id = d.pop("organisation_id")

        customer_id = d.pop("customer_id")

        billing_key = d.pop("billing_key")

        status = InvoiceStatus(d.pop("status"))




        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))


        currency = d.pop("currency")

        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))




        period_end = datetime.datetime.fromisoformat(d.pop("period_end"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_finalized_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalized_at_type_0 = datetime.datetime.fromisoformat(data)



                return finalized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finalized_at = _parse_finalized_at(d.pop("finalized_at"))


        status_changed_at = datetime.datetime.fromisoformat(d.pop("status_changed_at"))




        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = InvoiceLine.from_dict(lines_item_data)



            lines.append(lines_item)


        tax_rates = []
        _tax_rates = d.pop("tax_rates")
        for tax_rates_item_data in (_tax_rates):
            tax_rates_item = TaxRateApplied.from_dict(tax_rates_item_data)



            tax_rates.append(tax_rates_item)


        coupons = []
        _coupons = d.pop("coupons")
        for coupons_item_data in (_coupons):
            coupons_item = InvoiceCouponsItem.from_dict(coupons_item_data)



            coupons.append(coupons_item)


        subtotal_minor = d.pop("subtotal_minor")

        subtotal = d.pop("subtotal")

        discount_minor = d.pop("discount_minor")

        discount = d.pop("discount")

        tax_minor = d.pop("tax_minor")

        tax = d.pop("tax")

        total_minor = d.pop("total_minor")

        total = d.pop("total")

        amount_paid_minor = d.pop("amount_paid_minor")

        amount_paid = d.pop("amount_paid")

        amount_credited_minor = d.pop("amount_credited_minor")

        amount_credited = d.pop("amount_credited")

        applied_balance_minor = d.pop("applied_balance_minor")

        applied_balance = d.pop("applied_balance")

        def _parse_balance_application(data: object) -> InvoiceBalanceApplicationType1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balance_application_type_1 = InvoiceBalanceApplicationType1.from_dict(data)



                return balance_application_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceBalanceApplicationType1 | None, data)

        balance_application = _parse_balance_application(d.pop("balance_application"))


        amount_due_minor = d.pop("amount_due_minor")

        amount_due = d.pop("amount_due")

        invoice = cls(
            id=id,
            object_=object_,
            organisation_id=organisation_id,
            customer_id=customer_id,
            billing_key=billing_key,
            status=status,
            number=number,
            currency=currency,
            period_start=period_start,
            period_end=period_end,
            created_at=created_at,
            finalized_at=finalized_at,
            status_changed_at=status_changed_at,
            lines=lines,
            tax_rates=tax_rates,
            coupons=coupons,
            subtotal_minor=subtotal_minor,
            subtotal=subtotal,
            discount_minor=discount_minor,
            discount=discount,
            tax_minor=tax_minor,
            tax=tax,
            total_minor=total_minor,
            total=total,
            amount_paid_minor=amount_paid_minor,
            amount_paid=amount_paid,
            amount_credited_minor=amount_credited_minor,
            amount_credited=amount_credited,
            applied_balance_minor=applied_balance_minor,
            applied_balance=applied_balance,
            balance_application=balance_application,
            amount_due_minor=amount_due_minor,
            amount_due=amount_due,
        )


        invoice.additional_properties = d
        return invoice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
