"""Numbers, rates, money, percentages and dates on screens follow the screen's locale (German: ``4,8``,
``1.234``, ``48 %``), and sentences built below the UI carry their numbers as numbers, formatted when shown."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QObject, Signal

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number
from klaros_desktop.services.campaigns import lifecycle
from klaros_desktop.services.campaigns.overview import CampaignRow, Detail
from klaros_desktop.services.media import kinds
from klaros_desktop.ui import i18n
from klaros_desktop.ui.analytics_tables import RowsModel
from klaros_desktop.ui.campaign_view import CampaignView

NBSP = "\u00a0"


@pytest.fixture
def german(qapp):
    """The screens in German (translations and the default locale), put back by the autouse fixture after."""
    i18n.use_language(qapp, "de")
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_helpers_format_in_the_default_locale(german):
    assert i18n.number(1234) == "1.234"
    assert i18n.number(4.8, 1) == "4,8"
    assert i18n.number(Decimal("1234.5"), 2, grouped=False) == "1234,50"
    assert i18n.percent(0.48) == f"48{NBSP}%"
    assert i18n.money(Decimal("1234.5"), "EUR") == "1.234,50 EUR"
    assert i18n.money(Decimal("0.0512"), "EUR") == "0,0512 EUR"  # a rate below a cent keeps its precision
    assert "März 2026" in i18n.day(date(2026, 3, 5))


def test_english_stays_as_it_was(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert i18n.number(1234) == "1,234"
    assert i18n.number(4.8, 1) == "4.8"
    assert i18n.percent(0.48) == "48%"
    assert i18n.money(Decimal("150"), "EUR") == "150.00 EUR"


def test_a_service_sentence_keeps_english_for_the_log_and_is_formatted_when_shown(german):
    phrase = QT_TRANSLATE_NOOP("Analytics", "This campaign would cost about {forecast} {currency}.").format(
        forecast=Number(Decimal("1234.5"), ",.2f"), currency="EUR")
    assert str(phrase) == "This campaign would cost about 1,234.50 EUR."  # the CLI and the log
    assert "1.234,50 EUR" in i18n.render(phrase)
    share = QT_TRANSLATE_NOOP("Pricing", "Uses {share} of your messaging limit.").format(share=Number(0.25, ".0%"))
    assert str(share) == "Uses 25% of your messaging limit."
    assert f"25{NBSP}%" in i18n.render(share)
    size = kinds.size_words(int(1.5 * kinds.MB))
    assert (str(size), i18n.render(size)) == ("1.5 MB", "1,5 MB")


def test_the_tables_show_counts_and_amounts_in_the_locale(german):
    model = RowsModel(["Land", "Nachrichten", "Betrag"])
    model.set_rows([["DE", 1234, 12.5]])
    assert model.data(model.index(0, 1)) == "1.234"
    assert model.data(model.index(0, 2)) == "12,50"


def _row(**counts) -> CampaignRow:
    base = dict.fromkeys(lifecycle.STATES, 0)
    base.update(counts)
    return CampaignRow(7, "Herbst", "angebot", "de", "MARKETING", lifecycle.RUNNING, base,
                       datetime(2026, 3, 1, tzinfo=UTC), None, datetime(2026, 3, 1, 9, tzinfo=UTC), None, None)


class Sending(QObject):
    """The runner as the view sees it: campaign 7 is being sent."""

    sending_changed = Signal()
    sending = {7}

    def can_send(self) -> bool:
        return True


def test_the_campaign_view_shows_the_rate_and_the_funnel_in_german(qtbot, backend, german):
    clock = iter([0.0, 10.0])
    runner = Sending()
    view = CampaignView(backend, runner, monotonic=lambda: next(clock))
    qtbot.addWidget(view)
    view.campaign_id = 7
    view._loaded(Detail(_row(queued=2000, sent=1234)))
    view._loaded(Detail(_row(queued=1952, sent=1282)))  # 48 more settled in 10 s: 4.8 a second
    text = view.progress_text.text()
    assert "4,8" in text and "4.8" not in text
    assert "1.282" in text and f"39{NBSP}%" in text
    assert view.funnel_numbers["sent"].text() == "1.282"


def test_the_campaign_view_names_its_templates_language_in_words(qtbot, backend, german):
    view = CampaignView(backend, Sending(), monotonic=lambda: 0.0)
    qtbot.addWidget(view)
    view.campaign_id = 7
    view._loaded(Detail(_row(queued=2, sent=1)))
    assert "angebot (Deutsch)" in view.subtitle.text()  # not the code "de"


def test_the_campaign_list_names_its_templates_language_in_words(backend, german):
    from klaros_desktop.ui.campaigns_page import TEMPLATE, CampaignsModel

    assert CampaignsModel(backend.sessions)._text(_row(sent=1), TEMPLATE) == "angebot (Deutsch)"


def test_language_names_are_lower_case_in_a_sentence_where_the_language_writes_them_so(qapp):
    assert i18n.language("de_DE", "fr") == "Allemand (Allemagne)"  # a list entry starts with a capital
    assert i18n.language("de_DE", "fr", in_sentence=True) == "allemand (Allemagne)"
    assert i18n.language("pt_BR", "es", in_sentence=True) == "portugués (Brasil)"
    assert i18n.language("de", "de", in_sentence=True) == "Deutsch"  # German nouns keep theirs
    assert i18n.language("tr", "en", in_sentence=True) == "Turkish"


def test_template_languages_are_named_in_the_screens_language(german):
    from klaros_desktop.ui.templates_page import language_name

    assert language_name("pt_BR") == "Portugiesisch (Brasilien)"
    assert language_name("de") == "Deutsch"
    assert language_name("en_GB") == "Englisch (Vereinigtes Königreich)"
    assert language_name("fil") == "Filipino"
    assert language_name("xx_YY") == "xx_YY"  # unknown to everyone: the code, not a guess


def test_template_languages_in_english_and_every_offered_language():
    assert i18n.language("pt_BR", "en") == "Portuguese (Brazil)"
    assert i18n.language("es_MX", "es") == "Español (México)"
    assert i18n.language("zh_TW", "it").startswith("Cinese (")
    table = i18n._language_names()
    for reader in i18n.LANGUAGES:  # a new screen language needs tools/language_names.py run again
        assert all(reader in table[code] for code in ("de", "en", "fr", "pt", "tr", "zh", "ar")), reader


def test_counts_in_service_sentences_shown_on_screens_are_grouped(german):
    """Sentences the erasure, the cost forecast and the set-up show: their counts as numbers, not digits."""
    from klaros_desktop.services.pricing.forecast import Forecast, summary_lines
    from klaros_desktop.services.privacy.erasure import ContactErasure

    erased = ContactErasure(number_hash="x", contacts=1, messages=12345, conversations=1500, consent_events=2000,
                            media_files=1001, outbox_items=1200, audit_entries_scrubbed=3400)
    shown = i18n.render(erased.summary())
    for digits in ("12.345", "1.500", "2.000", "1.001", "1.200", "3.400"):
        assert digits in shown, (digits, shown)
    assert "12,345" in str(erased.summary())  # English for the CLI and the audit log
    forecast = Forecast(on=date(2026, 8, 1), currency="EUR", rates_as_of="2026-07-01", category="MARKETING",
                        total=Decimal("80"), charged=1500, free=2500, unknown=1200, unknown_markets=["XX"],
                        outside_window=4000, limit=10000, limit_share=0.4)
    lines = [i18n.render(line) for line in summary_lines(forecast)]
    assert "1.500" in lines[0] and "2.500" in lines[0]
    assert any("1.200" in line for line in lines)
    assert any("4.000" in line and "10.000" in line and f"40{NBSP}%" in line for line in lines)


def test_service_sentences_hand_counts_as_numbers():
    """Every count a service puts into a sentence is a ``Number`` (grouped on screen: ``1.234``); ids, Meta's
    error codes, line numbers and positions are not counts and stay digits."""
    import ast
    from pathlib import Path

    import klaros_desktop

    counts = {"count", "charged", "free", "contacts", "messages", "conversations", "consent_events", "media_files",
              "outside", "limit", "excluded", "seconds", "length", "room", "max", "chars", "share", "mb"}
    bare = []
    for path in Path(klaros_desktop.__file__).parent.rglob("*.py"):
        if "ui" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
                    and isinstance(node.func.value, ast.Call)
                    and getattr(node.func.value.func, "id", "") == "QT_TRANSLATE_NOOP"):
                continue
            for keyword in node.keywords:
                value = keyword.value
                wrapped = isinstance(value, ast.Call) and getattr(value.func, "id", "") in ("Number", "size_words",
                                                                                            "_size")
                number_like = keyword.arg in counts or (isinstance(value, ast.Name) and value.id.endswith("_MAX"))
                if number_like and not wrapped:
                    bare.append(f"{path.name}:{node.lineno} {keyword.arg}={ast.unparse(value)}")
    assert bare == []


def test_screens_put_counts_into_their_sentences_through_number():
    """A screen's own sentence with a count (``{n} messages waiting to be sent``) writes it with ``i18n.number``
    (``1.234``), like the service sentences; a position ("Link of button {n}", "Step {n} of 3") is no count."""
    import ast
    from pathlib import Path

    counts = {"n", "count", "total", "queued", "unread"}
    not_counts = {"Link of button {n}", "Link of button {n}: …{value}", "Code of button {n}",  # positions
                  "Code of button {n}: {value}", "Step {n} of 3: {name}",
                  "Picture {n} of {total}", "value {n}", "Example for value {n}", "{n} min",  # minutes: < 60
                  "Cost forecast: {total}, Meta's rates as of {day}.",  # money, written by i18n.money
                  "Cost forecast: at least {total} (no price yet for {countries}), Meta's rates as of {day}."}
    bare = []
    for path in sorted(Path(i18n.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
                    and isinstance(node.func.value, ast.Call) and node.func.value.args
                    and isinstance(node.func.value.args[-1], ast.Constant)):
                continue
            source = node.func.value.args[-1].value
            call = node.func.value.func
            if getattr(call, "attr", getattr(call, "id", "")) not in ("tr", "translate") or source in not_counts:
                continue
            for keyword in node.keywords:
                value = keyword.value
                wrapped = isinstance(value, ast.Call) and getattr(value.func, "id", "") in ("number", "money",
                                                                                            "percent")
                if keyword.arg in counts and not wrapped:
                    bare.append(f"{path.name}:{node.lineno} {keyword.arg}={ast.unparse(value)}")
    assert bare == []
