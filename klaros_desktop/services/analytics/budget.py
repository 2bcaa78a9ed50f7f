"""The shop's monthly budget for WhatsApp charges: the setting, the month's running total against it, and the
check a campaign makes before launch (``would_exceed_budget``).

The budget is the profile setting ``analytics_monthly_budget`` = ``{"amount": "150.00", "currency": "EUR"}``
(amount as a decimal string: no binary rounding of money). No budget set means nothing is ever "over".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase
from klaros_desktop.services.analytics.cost import Cost, MixedCurrencies, Pricer, cost
from klaros_desktop.services.analytics.period import local_offset_minutes, month_of
from klaros_desktop.services.core import settings

SETTING = "analytics_monthly_budget"


class BadBudget(ValueError):
    """The owner typed something that is not a budget; ``phrase`` says why."""

    def __init__(self, phrase: Phrase):
        self.phrase = phrase
        super().__init__(str(phrase))


@dataclass(frozen=True)
class Budget:
    amount: Decimal
    currency: str


@dataclass
class BudgetStatus:
    budget: Budget | None
    spent: Decimal | None  # this month so far, in the budget's currency; None when it cannot be priced
    cost: Cost
    share: float | None = None  # spent / budget

    @property
    def over(self) -> bool:
        return self.share is not None and self.share > 1


@dataclass
class BudgetCheck:
    exceeds: bool
    budget: Budget | None
    spent: Decimal | None
    forecast: Decimal
    reason: Phrase | None  # the warning to show when ``exceeds``; also why it could not be checked


_GROUPING_ONLY = " \u00a0\u202f\u2009'\u2019"  # spaces and apostrophes only ever group thousands
_CURRENCY_AROUND = re.compile(r"^[^\d.,\-]*|[^\d.,]*$")


def parse_amount(text: str, decimal_point: str | None = None) -> Decimal:
    """An amount as people write it: ``1500``, ``1,500.00``, ``1.500,00``, ``1 500,50``, ``1'500.25``, with a
    currency sign or code around it. Where one separator alone could be either (``1,500``), ``decimal_point``
    (the screen's) decides; without it the amount is refused with both readings rather than guessed."""
    core = _CURRENCY_AROUND.sub("", str(text).strip())
    not_money = BadBudget(QT_TRANSLATE_NOOP("Analytics", "{amount!r} is not an amount of money.").format(
        amount=text))
    if not core or any(not (ch.isdigit() or ch in ".,-" or ch in _GROUPING_ONLY) for ch in core):
        raise not_money
    marks = [ch for ch in ".," if ch in core]
    decimal = None
    if len(marks) == 2:
        decimal = max(marks, key=core.rfind)
    elif marks:
        mark = marks[0]
        after = core.rsplit(mark, 1)[1]
        if core.count(mark) == 1 and (len(after) != 3 or core.split(mark, 1)[0].strip("-") in ("", "0")):
            decimal = mark
        elif core.count(mark) == 1 and decimal_point is None:
            raise BadBudget(QT_TRANSLATE_NOOP(
                "Analytics", "{amount!r} could be {grouped} or {fraction}; type it without the thousands "
                "separator, like {grouped}.").format(amount=text, grouped=core.replace(mark, ""),
                                                     fraction=core.replace(mark, ".")))
        elif core.count(mark) == 1:
            decimal = mark if mark == decimal_point else None
    whole, _, fraction = core.rpartition(decimal) if decimal else (core, "", "")
    if decimal and (core.count(decimal) != 1 or not fraction.isdigit()):
        raise not_money
    sign = "-" if whole.startswith("-") else ""
    groups = re.split(f"[{re.escape(_GROUPING_ONLY + '.,')}]", whole.removeprefix("-"))
    if not all(group.isdigit() for group in groups) or len(groups[0]) > (3 if len(groups) > 1 else len(groups[0])) \
            or any(len(group) != 3 for group in groups[1:]):
        raise not_money
    try:
        return Decimal(sign + "".join(groups) + (f".{fraction}" if fraction else ""))
    except InvalidOperation:
        raise not_money from None


def parse(amount: str, currency: str, *, decimal_point: str | None = None) -> Budget:
    value = parse_amount(amount, decimal_point)
    if not value.is_finite() or value <= 0:
        raise BadBudget(QT_TRANSLATE_NOOP("Analytics", "A monthly budget must be more than zero."))
    code = currency.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise BadBudget(QT_TRANSLATE_NOOP("Analytics", "{currency!r} is not a currency code like EUR or USD.").format(
            currency=currency))
    return Budget(value.quantize(Decimal("0.01")), code)


def get(session: Session) -> Budget | None:
    value = settings.get(session, SETTING)
    if not isinstance(value, dict):
        return None
    try:
        return parse(value.get("amount", ""), value.get("currency", ""))
    except BadBudget:
        return None


def current(sessions: sessionmaker[Session]) -> Budget | None:
    """The monthly budget the owner set, or None (for screens, which hold no session)."""
    with sessions() as session:
        return get(session)


def save(sessions: sessionmaker[Session], budget: Budget | None, *, actor: str = "user") -> None:
    """Set (or with None remove) the monthly budget; audited like every settings change."""
    value = None if budget is None else {"amount": str(budget.amount), "currency": budget.currency}
    settings.save_changes(sessions, {SETTING: value}, actor=actor)


def save_text(sessions: sessionmaker[Session], amount: str, currency: str, *, actor: str = "user",
              decimal_point: str | None = None) -> Phrase:
    """Save the monthly budget as the owner typed it (an empty amount removes it; no currency means EUR;
    ``decimal_point`` is the screen's, for amounts like ``1,500``); what happened, in words. Raises
    ``BadBudget`` with the reason before anything is saved."""
    budget = parse(amount, currency.strip() or "EUR", decimal_point=decimal_point) if amount.strip() else None
    save(sessions, budget, actor=actor)
    return (QT_TRANSLATE_NOOP("Analytics", "Monthly budget saved.") if budget is not None
            else QT_TRANSLATE_NOOP("Analytics", "Monthly budget removed."))


def status(session: Session, pricer: Pricer | None, *, now: datetime | None = None,
           offset_minutes: int | None = None) -> BudgetStatus:
    """This month's charges so far against the budget."""
    moment = now or utcnow()
    offset = local_offset_minutes(moment) if offset_minutes is None else offset_minutes
    month = month_of(moment, offset)
    month_cost = cost(session, month, pricer)
    budget = get(session)
    spent = month_cost.total
    if spent is None and month_cost.charged == 0 and not month_cost.mixed_currencies:
        spent = MONEY_ZERO
    if budget is not None and month_cost.currency not in (None, budget.currency):
        spent = None  # priced in another currency than the budget: not comparable
    share = float(spent / budget.amount) if budget is not None and spent is not None else None
    return BudgetStatus(budget, spent, month_cost, share)


MONEY_ZERO = Decimal("0")


def would_exceed_budget(session: Session, forecast_total: Decimal, currency: str, pricer: Pricer | None, *,
                        now: datetime | None = None, offset_minutes: int | None = None) -> BudgetCheck:
    """Whether spending ``forecast_total`` (a campaign's forecast) this month would take the month's charges
    over the owner's budget. No budget: never. A forecast or month priced in another currency than the budget
    is refused (``MixedCurrencies``): amounts in two currencies are never added."""
    forecast = Decimal(forecast_total)
    current = status(session, pricer, now=now, offset_minutes=offset_minutes)
    budget = current.budget
    if budget is None:
        return BudgetCheck(False, None, current.spent, forecast, None)
    if currency.upper() != budget.currency:
        raise MixedCurrencies({currency.upper(), budget.currency})
    if current.cost.mixed_currencies or (current.cost.currency not in (None, budget.currency)):
        raise MixedCurrencies({*current.cost.mixed_currencies, current.cost.currency or budget.currency,
                               budget.currency})
    spent = current.spent if current.spent is not None else MONEY_ZERO
    if current.cost.unpriced:
        reason = QT_TRANSLATE_NOOP("Analytics", "Some of this month's messages have no price in the rate card, "
                                                "so the month's total may be higher than shown.")
    else:
        reason = None
    total = spent + forecast
    if total > budget.amount:
        return BudgetCheck(True, budget, spent, forecast, QT_TRANSLATE_NOOP(
            "Analytics", "This campaign would cost about {forecast} {currency}. With {spent} {currency} already "
            "spent this month, that is more than your monthly budget of {budget} {currency}.").format(
            forecast=Number(forecast, ",.2f"), spent=Number(spent, ",.2f"), budget=Number(budget.amount, ",.2f"),
            currency=budget.currency))
    return BudgetCheck(False, budget, spent, forecast, reason)


def check_forecast(sessions: sessionmaker[Session], forecast_total: Decimal, currency: str, *,
                   now: datetime | None = None) -> BudgetCheck:
    """``would_exceed_budget`` for a screen (which holds no session), priced with the profile's rate card. Two
    currencies are not compared: the check says so instead of warning."""
    from klaros_desktop.services.analytics.cost import MixedCurrencies, profile_pricer

    with sessions() as session:
        try:
            return would_exceed_budget(session, forecast_total, currency, profile_pricer(session), now=now)
        except MixedCurrencies as exc:
            return BudgetCheck(False, get(session), None, Decimal(forecast_total), exc.phrase)
