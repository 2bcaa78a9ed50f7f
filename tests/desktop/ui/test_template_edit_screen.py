"""Templates → Edit…: the editor opens an existing template filled in, name and language fixed, says Meta's
rules, saves the change as an edit; the list shows the template in review and the audit trail the edit."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtWidgets import QToolButton
from sqlalchemy import select

from klaros_desktop.graph.errors import GraphError
from klaros_desktop.models import AuditEvent
from klaros_desktop.ui.templates_page import TemplatesPage

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS


def _editor_of(qtbot, page: TemplatesPage, name: str):
    page.table.selectRow(next(i for i, t in enumerate(page.model.rows) if t.name == name))
    assert page.edit_button.isEnabled()
    page.edit_button.click()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=WAIT_MS)
    return page.editor  # the page's child: it goes with the page


def _page(qtbot, backend) -> TemplatesPage:
    page = TemplatesPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_an_approved_template_opens_filled_in_and_saves_as_an_edit_in_review(qtbot, backend, graph, sessions,
                                                                              approved_template, wait_ops):
    page = _page(qtbot, backend)
    editor = _editor_of(qtbot, page, "order_ready")
    assert editor.windowTitle() == "Edit template"
    assert editor.name.text() == "order_ready" and editor.name.isReadOnly()
    assert editor.language.currentData() == "de" and not editor.language.isEnabled()
    assert editor.category.currentData() == "UTILITY" and not editor.category.isEnabled()  # approved: fixed
    assert editor.body.toPlainText() == "Hallo {{1}}, Ihre Bestellung {{2}} ist da."
    assert "once a day" in editor.rules.text() and editor.rules.isVisible()
    assert editor.submit_button.text() == "Submit the change to Meta" and not editor.submit_button.isEnabled()

    editor.body.setPlainText("Hallo {{1}}, Ihre Bestellung {{2}} wartet im Laden.")
    assert "example" in editor.problems.text() and not editor.submit_button.isEnabled()
    editor.example_edits[0].setText("Anna")
    editor.example_edits[1].setText("4711")
    assert editor.problems.text() == "" and editor.submit_button.isEnabled()
    editor.submit_button.click()
    wait_ops()
    assert not editor.isVisible()
    [(template_id, category, components, cid)] = graph.edited
    assert template_id == "1" and category is None
    assert components == [{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} wartet im Laden.",
                           "example": {"body_text": [["Anna", "4711"]]}}]
    row = next(i for i, t in enumerate(page.model.rows) if t.name == "order_ready")
    assert page.model.index(row, 3).data() == "In review"
    page.table.selectRow(row)
    assert "Meta is reviewing it" in page.details.text() and "wartet im Laden" in page.preview.text()
    with sessions() as s:
        [edited] = s.scalars(select(AuditEvent).where(AuditEvent.action == "template_edited")).all()
    assert edited.subject == "order_ready" and edited.actor == "user"
    assert edited.correlation_id == cid and cid.startswith("ui-")


def test_a_template_in_review_opens_with_the_reason_it_cannot_be_changed(qtbot, backend, graph,
                                                                        approved_template):
    page = _page(qtbot, backend)  # held: the page owns the editor
    editor = _editor_of(qtbot, page, "draft_offer")
    assert "still reviewing" in editor.problems.text()
    editor.body.setPlainText("Ein neues Angebot für Sie, bis Samstag.")
    assert not editor.submit_button.isEnabled() and graph.edited == []


def test_meta_s_refusal_shows_in_its_words_and_the_editor_stays_open(qtbot, backend, graph, approved_template,
                                                                      wait_ops):
    graph.refuse_edit = GraphError(code=100, title="Invalid parameter", http_status=400,
                                   user_message="An approved template can be edited once in a 24-hour window.")
    page = _page(qtbot, backend)  # held: the page owns the editor
    editor = _editor_of(qtbot, page, "order_ready")
    editor.footer.setText("Blumen Becker")
    editor.example_edits[0].setText("Anna")
    editor.example_edits[1].setText("4711")
    editor.submit_button.click()
    wait_ops()
    assert editor.isVisible() and editor.submit_button.isEnabled()
    assert editor.problems.text() == ("Meta did not accept the template: An approved template can be edited once "
                                      "in a 24-hour window.")


EXAMPLE_URL = "https://scontent.whatsapp.net/v/t61.29466-34/shop.png"
NEWS_BUTTONS = [{"type": "URL", "text": "Zum Shop", "url": "https://example.com/shop/{{1}}",
                 "example": ["https://example.com/shop/tulpen"]},
                {"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+4930123456"},
                {"type": "QUICK_REPLY", "text": "Stopp"}]


def _store_rich_templates(sessions) -> None:
    """A template with a picture on top, a link with a value, a call button and a quick reply, and one with
    named values, as Meta lists them."""
    from klaros_desktop.services.messaging import templates

    with sessions.begin() as s:
        templates.store(s, [
            {"id": "31", "name": "shop_news", "language": "de", "status": "APPROVED", "category": "MARKETING",
             "parameter_format": "POSITIONAL", "components": [
                 {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [EXAMPLE_URL]}},
                 {"type": "BODY", "text": "Hallo {{1}}, neu im Laden: {{2}} und mehr.",
                  "example": {"body_text": [["Anna", "Tulpen"]]}},
                 {"type": "BUTTONS", "buttons": NEWS_BUTTONS}]},
            {"id": "32", "name": "pickup_named", "language": "de", "status": "REJECTED", "category": "UTILITY",
             "parameter_format": "NAMED", "components": [
                 {"type": "BODY", "text": "Hallo {{first_name}}, Ihre Bestellung {{order_id}} ist da.",
                  "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Anna"},
                                                         {"param_name": "order_id", "example": "4711"}]}}]}])


def test_a_template_with_a_picture_link_and_call_buttons_opens_whole_and_saves(qtbot, backend, graph, sessions,
                                                                                wait_ops):
    _store_rich_templates(sessions)
    page = _page(qtbot, backend)  # held: the page owns the editor
    editor = _editor_of(qtbot, page, "shop_news")
    assert editor.problems.text() == ""
    assert editor.header_kind.currentData() == "IMAGE" and editor.media_note.isVisible()
    assert not editor.header.isVisible() and "current file stays" in editor.media_note.text()
    assert [(r.kind, r.text.text(), r.target.text(), r.example.text()) for r in editor.action_rows] == [
        ("URL", "Zum Shop", "https://example.com/shop/{{1}}", "https://example.com/shop/tulpen"),
        ("PHONE_NUMBER", "Anrufen", "+4930123456", "")]
    assert editor.action_rows[0].example.isVisible() and not editor.action_rows[1].example.isVisible()
    assert editor.buttons_edit.text() == "Stopp" and [e.text() for e in editor.example_edits] == ["Anna", "Tulpen"]
    assert "[Picture]" in editor.preview.text() and "Zum Shop" in editor.preview.text()
    assert not editor.submit_button.isEnabled()  # nothing changed yet

    editor.body.setPlainText("Hallo {{1}}, diese Woche neu: {{2}} und mehr.")
    assert editor.problems.text() == "" and editor.submit_button.isEnabled()
    editor.submit_button.click()
    wait_ops()
    assert not editor.isVisible()
    [(template_id, category, components, _cid)] = graph.edited
    assert template_id == "31" and category is None
    assert graph.example_fetches == [EXAMPLE_URL]  # Meta's example, uploaded again for a fresh handle
    assert [(name, mime) for name, mime, _data in graph.handles] == [("example.png", "image/png")]
    assert components == [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::handle-1"]}},
        {"type": "BODY", "text": "Hallo {{1}}, diese Woche neu: {{2}} und mehr.",
         "example": {"body_text": [["Anna", "Tulpen"]]}},
        {"type": "BUTTONS", "buttons": NEWS_BUTTONS}]


def test_a_new_picture_is_chosen_checked_and_uploaded(qtbot, backend, graph, sessions, wait_ops, tmp_path):
    _store_rich_templates(sessions)
    page = _page(qtbot, backend)  # held: the page owns the editor
    editor = _editor_of(qtbot, page, "shop_news")
    gif = tmp_path / "bild.gif"
    gif.write_bytes(b"GIF89a")
    assert not editor.choose_header_file(str(gif)) and "JPEG or PNG" in editor.problems.text()
    jpeg = tmp_path / "fruehling.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0 spring " * 40)
    assert editor.choose_header_file(str(jpeg))
    assert editor.media_note.text() == "New file: fruehling.jpg" and editor.submit_button.isEnabled()
    editor.submit_button.click()
    wait_ops()
    assert graph.example_fetches == [] and graph.handles == [("fruehling.jpg", "image/jpeg", jpeg.read_bytes())]
    assert graph.edited[0][2][0] == {"type": "HEADER", "format": "IMAGE",
                                     "example": {"header_handle": ["4::handle-1"]}}


def test_link_and_call_buttons_are_added_checked_and_removed(qtbot, backend, graph, sessions, approved_template):
    page = _page(qtbot, backend)  # held: the page owns the editor
    editor = _editor_of(qtbot, page, "order_ready")
    editor.example_edits[0].setText("Anna")
    editor.example_edits[1].setText("4711")
    editor.add_link.click()
    [link] = editor.action_rows
    link.text.setText("Öffnungszeiten")
    link.target.setText("example.com")
    assert "https://" in editor.problems.text() and not editor.submit_button.isEnabled()
    link.target.setText("https://example.com/zeiten")
    editor.add_call.click()
    call = editor.action_rows[1]
    call.text.setText("Anrufen")
    call.target.setText("030 1234567")
    assert "country code" in editor.problems.text()
    call.target.setText("+49 30 1234567")
    assert editor.problems.text() == "" and editor.submit_button.isEnabled()
    assert "↗ Öffnungszeiten" in editor.preview.text() and "☎ Anrufen" in editor.preview.text()
    assert editor.draft().components()[-1] == {"type": "BUTTONS", "buttons": [
        {"type": "URL", "text": "Öffnungszeiten", "url": "https://example.com/zeiten"},
        {"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+49301234567"}]}
    call.findChild(QToolButton).click()
    assert editor.action_rows == [link] and "Anrufen" not in editor.preview.text()


def test_named_values_show_their_names_and_examples(qtbot, backend, graph, sessions, wait_ops):
    _store_rich_templates(sessions)
    page = _page(qtbot, backend)  # held: the page owns the editor
    editor = _editor_of(qtbot, page, "pickup_named")
    assert editor.category.isEnabled()  # rejected: the category may change
    assert [(e.placeholderText(), e.text()) for e in editor.example_edits] == [("first_name", "Anna"),
                                                                               ("order_id", "4711")]
    assert editor.example_edits[0].accessibleName() == "Example for first_name"
    assert "[Anna]" in editor.preview.text() and "{{" not in editor.preview.text()
    editor.body.setPlainText("Guten Tag {{first_name}}, Bestellung {{order_id}} wartet, {{pickup_day}} offen.")
    assert len(editor.example_edits) == 3 and "example" in editor.problems.text()
    editor.example_edits[2].setText("Freitag")
    editor.submit_button.click()
    wait_ops()
    [(_id, _category, [body], _cid)] = graph.edited
    assert body["example"] == {"body_text_named_params": [
        {"param_name": "first_name", "example": "Anna"}, {"param_name": "order_id", "example": "4711"},
        {"param_name": "pickup_day", "example": "Freitag"}]}


def test_a_header_value_a_map_and_a_copy_code_button_are_written_previewed_and_submitted(qtbot, backend, graph,
                                                                                        sessions, wait_ops):
    page = _page(qtbot, backend)  # held: the page owns the editor
    editor = page.new_template()
    editor.name.setText("fruehling_code")
    editor.category.setCurrentIndex(editor.category.findData("MARKETING"))
    editor.body.setPlainText("Hallo {{1}}, mit Ihrem Code sparen Sie 20 %.")
    editor.example_edits[0].setText("Anna")
    assert not editor.title_example.isVisible()
    editor.header.setText("Ihr Code für {{1}}")
    assert editor.title_example.isVisible() and editor.title_example.placeholderText() == "Example for {{1}}"
    assert "example for the header's value" in editor.problems.text() and not editor.submit_button.isEnabled()
    editor.title_example.setText("Tulpen")
    assert "Ihr Code für <span" in editor.preview.text() and "[Tulpen]" in editor.preview.text()
    editor.header.setText("Ihr Code für {{1}} und {{2}}")
    assert "one value at most" in editor.problems.text()
    editor.header.setText("Ihr Code für {{1}}")

    editor.add_code.click()
    [code] = editor.action_rows
    assert not code.text.isVisible() and code.target.maxLength() == 15
    assert "example code" in editor.problems.text().lower()
    code.target.setText("SPRING25")
    assert editor.problems.text() == "" and editor.submit_button.isEnabled()
    assert "❐ Copy code" in editor.preview.text()
    editor.category.setCurrentIndex(editor.category.findData("UTILITY"))
    assert "only in marketing templates" in editor.problems.text() and not editor.submit_button.isEnabled()
    editor.category.setCurrentIndex(editor.category.findData("MARKETING"))
    editor.submit_button.click()
    wait_ops()
    created = next(t for t in graph.meta_templates.values() if t["name"] == "fruehling_code")
    assert created["components"][0] == {"type": "HEADER", "format": "TEXT", "text": "Ihr Code für {{1}}",
                                        "example": {"header_text": ["Tulpen"]}}
    assert created["components"][-1] == {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE",
                                                                         "example": "SPRING25"}]}

    mapped = page.new_template()
    mapped.header_kind.setCurrentIndex(mapped.header_kind.findData("LOCATION"))
    assert not mapped.header.isVisible() and not mapped.choose_button.isVisible()
    assert "each time you send" in mapped.media_note.text()
    assert mapped.draft().components()[0] == {"type": "HEADER", "format": "LOCATION"}
    assert "[Map: the place given when sending]" in mapped.preview.text()


def test_a_template_with_a_header_value_and_a_copy_code_button_opens_whole(qtbot, backend, graph, sessions,
                                                                           wait_ops):
    from klaros_desktop.services.messaging import templates

    with sessions.begin() as s:
        templates.store(s, [{"id": "33", "name": "code_named", "language": "de", "status": "REJECTED",
                             "category": "MARKETING", "parameter_format": "NAMED", "components": [
                                 {"type": "HEADER", "format": "TEXT", "text": "Gutschein für {{kunde}}",
                                  "example": {"header_text_named_params": [{"param_name": "kunde",
                                                                            "example": "Anna"}]}},
                                 {"type": "BODY", "text": "Hallo {{kunde}}, Ihr Code wartet.",
                                  "example": {"body_text_named_params": [{"param_name": "kunde",
                                                                          "example": "Anna"}]}},
                                 {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "SALE20"}]}]}])
    page = _page(qtbot, backend)  # held: the page owns the editor
    editor = _editor_of(qtbot, page, "code_named")
    assert editor.problems.text() == ""
    assert editor.header.text() == "Gutschein für {{kunde}}" and editor.title_example.text() == "Anna"
    assert editor.title_example.isVisible() and editor.title_example.placeholderText() == "Example for {{kunde}}"
    [code] = editor.action_rows
    assert code.kind == "COPY_CODE" and code.target.text() == "SALE20"
    editor.title_example.setText("Berta")
    editor.submit_button.click()
    wait_ops()
    [(_id, _category, components, _cid)] = graph.edited
    assert components[0]["example"] == {"header_text_named_params": [{"param_name": "kunde", "example": "Berta"}]}
    assert components[-1] == {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "SALE20"}]}
