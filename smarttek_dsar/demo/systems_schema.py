"""The tables of the synthetic "Smarttek systems" (SQLAlchemy Core, so the same definitions
build a SQLite file or a PostgreSQL schema). One table per kind of record the privacy policy
names; the comments say which GDPR question a column answers."""

from __future__ import annotations

import sqlalchemy as sa

SYSTEMS_METADATA = sa.MetaData()


def _id() -> sa.Column:
    # Ids are assigned here, not by the database, so rows can reference each other before insert.
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=False)


def _customer_fk() -> sa.Column:
    return sa.Column("customer_id", sa.ForeignKey("customers.id"), nullable=False, index=True)


def _money(name: str) -> sa.Column:
    return sa.Column(name, sa.Numeric(12, 2), nullable=False)


customers = sa.Table(
    "customers", SYSTEMS_METADATA, _id(),
    sa.Column("customer_no", sa.String(12), nullable=False, unique=True, index=True),
    sa.Column("first_name", sa.String(60), nullable=False),
    sa.Column("last_name", sa.String(60), nullable=False),
    sa.Column("personal_code", sa.String(12), nullable=False, index=True),
    sa.Column("birth_date", sa.Date),
    sa.Column("email", sa.String(254), nullable=False, index=True),
    sa.Column("phone", sa.String(16), nullable=False, index=True),
    sa.Column("address", sa.String(200), nullable=False),
    sa.Column("bank_account", sa.String(34)),  # IBAN, when the customer pays by transfer
    sa.Column("language", sa.String(2), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)
customer_code_history = sa.Table(
    "customer_code_history", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("personal_code", sa.String(12), nullable=False, index=True),
    sa.Column("valid_until", sa.Date, nullable=False),
)
contracts = sa.Table(
    "contracts", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("contract_no", sa.String(20), nullable=False, unique=True),
    sa.Column("service", sa.String(80), nullable=False),
    sa.Column("start_date", sa.Date, nullable=False),
    sa.Column("end_date", sa.Date),
    sa.Column("status", sa.String(12), nullable=False),  # active | ended
    _money("monthly_fee"),
)
offers = sa.Table(
    "offers", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("offer_no", sa.String(20), nullable=False, unique=True),
    sa.Column("service", sa.String(80), nullable=False),
    sa.Column("offered_on", sa.Date, nullable=False),
    sa.Column("valid_until", sa.Date, nullable=False),
    _money("monthly_fee"),
    sa.Column("contract_id", sa.ForeignKey("contracts.id")),  # None: never became a contract
)
invoices = sa.Table(
    "invoices", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("contract_id", sa.ForeignKey("contracts.id"), nullable=False),
    sa.Column("invoice_no", sa.String(20), nullable=False, unique=True),
    sa.Column("issued_on", sa.Date, nullable=False),
    sa.Column("due_on", sa.Date, nullable=False),
    _money("amount"),  # including VAT
    _money("vat_amount"),
    sa.Column("status", sa.String(10), nullable=False),  # paid | unpaid
)
payments = sa.Table(
    "payments", SYSTEMS_METADATA, _id(),
    sa.Column("invoice_id", sa.ForeignKey("invoices.id"), nullable=False, index=True),
    sa.Column("paid_on", sa.Date, nullable=False),
    _money("amount"),
    sa.Column("method", sa.String(16), nullable=False),  # bank_transfer | card
    sa.Column("payer_account", sa.String(34)),
)
service_incidents = sa.Table(
    "service_incidents", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("incident_no", sa.String(20), nullable=False, unique=True),
    sa.Column("reported_at", sa.DateTime, nullable=False),
    sa.Column("category", sa.String(40), nullable=False),
    sa.Column("description", sa.Text, nullable=False),  # free text: may name other people
    sa.Column("handled_by", sa.String(80), nullable=False),
    sa.Column("resolved_at", sa.DateTime),
)
call_recordings = sa.Table(
    "call_recordings", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("caller_phone", sa.String(16), nullable=False, index=True),
    sa.Column("direction", sa.String(8), nullable=False),  # inbound | outbound
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("duration_s", sa.Integer, nullable=False),
    sa.Column("agent", sa.String(80), nullable=False),
    sa.Column("file_ref", sa.String(120), nullable=False),
    sa.Column("retained_until", sa.Date, nullable=False),
)
cctv_records = sa.Table(
    "cctv_records", SYSTEMS_METADATA, _id(), _customer_fk(),  # linked through the visit log
    sa.Column("camera", sa.String(20), nullable=False),
    sa.Column("location", sa.String(120), nullable=False),
    sa.Column("recorded_at", sa.DateTime, nullable=False),
    sa.Column("retained_until", sa.Date, nullable=False),
    sa.Column("file_ref", sa.String(120), nullable=False),
)
portal_accounts = sa.Table(
    "portal_accounts", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("username", sa.String(254), nullable=False, unique=True, index=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("mfa_enabled", sa.Boolean, nullable=False),
    sa.Column("status", sa.String(10), nullable=False),  # active | locked
)
portal_logins = sa.Table(
    "portal_logins", SYSTEMS_METADATA, _id(),
    sa.Column("account_id", sa.ForeignKey("portal_accounts.id"), nullable=False, index=True),
    sa.Column("logged_in_at", sa.DateTime, nullable=False),
    sa.Column("ip_address", sa.String(45), nullable=False),
    sa.Column("user_agent", sa.String(200), nullable=False),
    sa.Column("succeeded", sa.Boolean, nullable=False),
)
marketing_consents = sa.Table(
    "marketing_consents", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("channel", sa.String(10), nullable=False),  # email | sms | phone | post
    sa.Column("source", sa.String(40), nullable=False),
    sa.Column("given_at", sa.DateTime, nullable=False),
    sa.Column("withdrawn_at", sa.DateTime),
)
survey_answers = sa.Table(
    "survey_answers", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("answered_at", sa.DateTime, nullable=False),
    sa.Column("nps_score", sa.SmallInteger, nullable=False),  # 0-10
    sa.Column("comment", sa.Text),
)
risk_assessments = sa.Table(
    "risk_assessments", SYSTEMS_METADATA, _id(), _customer_fk(),
    sa.Column("assessed_at", sa.DateTime, nullable=False),
    sa.Column("kind", sa.String(10), nullable=False),  # credit | fraud
    sa.Column("score", sa.Numeric(5, 2), nullable=False),  # 0-100, higher is riskier
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("model_version", sa.String(20), nullable=False),
    sa.Column("automated", sa.Boolean, nullable=False),  # GDPR 22 / 15(1)(h) must know this
)
