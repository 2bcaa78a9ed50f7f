<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>under a minute</source>
        <translation type="vanished">unter einer Minute</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="vanished">{n} Min.</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="vanished">{h} Std. {m} Min.</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="vanished">{h} Std.</translation>
    </message>
    <message>
        <source>{d} days</source>
        <translation type="vanished">{d} Tage</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+64"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label, e.g. Zum Shop</source>
        <translation>Beschriftung, z. B. Zum Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label, e.g. Anrufen</source>
        <translation>Beschriftung, z. B. Anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link button label</source>
        <translation>Beschriftung des Link-Buttons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call button label</source>
        <translation>Beschriftung des Anruf-Buttons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example code, e.g. SPRING25</source>
        <translation>Beispielcode, z. B. FRUEHLING25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example code</source>
        <translation>Beispielcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in marketing templates; a code of up to {n} characters. Each customer gets their own code when you send.</source>
        <translation>Nur in Marketing-Vorlagen; ein Code mit höchstens {n} Zeichen. Jeder Kunde bekommt beim Senden seinen eigenen Code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole link with an example value</source>
        <translation>Vollständiger Link mit einem Beispielwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example link</source>
        <translation>Beispiel-Link</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this button</source>
        <translation>Diesen Button entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../klaros_desktop/services/analytics/budget.py" line="+70"/>
        <source>{amount!r} is not an amount of money.</source>
        <translation>{amount!r} ist kein Geldbetrag.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{amount!r} could be {grouped} or {fraction}; type it without the thousands separator, like {grouped}.</source>
        <translation>{amount!r} kann {grouped} oder {fraction} heißen; bitte ohne Tausendertrennzeichen eingeben, etwa {grouped}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A monthly budget must be more than zero.</source>
        <translation>Ein Monatsbudget muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{currency!r} is not a currency code like EUR or USD.</source>
        <translation>{currency!r} ist kein Währungscode wie EUR oder USD.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Monthly budget saved.</source>
        <translation>Monatsbudget gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget removed.</source>
        <translation>Monatsbudget entfernt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Some of this month&apos;s messages have no price in the rate card, so the month&apos;s total may be higher than shown.</source>
        <translation>Für einige Nachrichten dieses Monats steht kein Preis in der Preisliste; die Monatssumme kann daher höher sein als angezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign would cost about {forecast} {currency}. With {spent} {currency} already spent this month, that is more than your monthly budget of {budget} {currency}.</source>
        <translation>Diese Kampagne würde etwa {forecast} {currency} kosten. Mit den {spent} {currency}, die diesen Monat schon ausgegeben sind, ist das mehr als Ihr Monatsbudget von {budget} {currency}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/cost.py" line="+36"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility (order and account updates)</source>
        <translation>Service-Meldungen (Bestell- und Kontoinformationen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication (login codes)</source>
        <translation>Authentifizierung (Anmeldecodes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication, international rate</source>
        <translation>Authentifizierung, internationaler Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing (Marketing Messages API)</source>
        <translation>Marketing (Marketing Messages API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service (replies in a chat)</source>
        <translation>Kundenservice (Antworten im Chat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an ad or page button</source>
        <translation>Nach einer Anzeige oder einem Seiten-Button</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free: inside the 24-hour customer-service window</source>
        <translation>Kostenlos: innerhalb des 24-Stunden-Kundenservicefensters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free: the customer came from an ad or a page button (free entry point, 72 hours)</source>
        <translation>Kostenlos: Die Person kam über eine Anzeige oder einen Seiten-Button (kostenloser Einstieg, 72 Stunden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rates for this period are in different currencies ({currencies}), so Klaros does not add them up. Import one rate card in the currency Meta bills you in.</source>
        <translation>Die Tarife für diesen Zeitraum sind in verschiedenen Währungen ({currencies}), daher addiert Klaros sie nicht. Importieren Sie eine Preisliste in der Währung, in der Meta Ihnen Rechnungen stellt.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/delivery.py" line="+110"/>
        <source>Messages without a template (replies in a chat)</source>
        <translation>Nachrichten ohne Vorlage (Antworten im Chat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not part of a campaign</source>
        <translation>Nicht Teil einer Kampagne</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/reconcile.py" line="+109"/>
        <source>Meta counted {n} more delivered messages than Klaros has. They were sent from another tool or from WhatsApp Manager, not from Klaros, so Klaros cannot show them.</source>
        <translation>Meta hat {n} zugestellte Nachrichten mehr gezählt als Klaros. Sie wurden mit einem anderen Programm oder aus dem WhatsApp Manager gesendet, nicht aus Klaros, daher kann Klaros sie nicht anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} messages are still waiting for their delivery report from Meta; the figures will agree once it arrives.</source>
        <translation>{n} Nachrichten warten noch auf ihre Zustellbestätigung von Meta; die Zahlen stimmen überein, sobald sie eintrifft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros counted {n} more delivered messages than Meta reports yet. Meta updates its figures with a delay, and counts a message on the day it was delivered.</source>
        <translation>Klaros hat {n} zugestellte Nachrichten mehr gezählt, als Meta bisher meldet. Meta aktualisiert seine Zahlen mit Verzögerung und zählt eine Nachricht an dem Tag, an dem sie zugestellt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta charged {meta} {currency} where Klaros&apos;s rate card says {local} {currency} for the same messages. The rate card is out of date: import Meta&apos;s newest rate CSV.</source>
        <translation>Meta hat {meta} {currency} berechnet, wo die Preisliste von Klaros für dieselben Nachrichten {local} {currency} angibt. Die Preisliste ist veraltet: Importieren Sie Metas neueste Tarif-CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s figures and Meta&apos;s agree.</source>
        <translation>Die Zahlen von Klaros und Meta stimmen überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta bills this account in {meta}, the rate card is in {local}: the amounts cannot be compared. Import the rate card in {meta}.</source>
        <translation>Meta rechnet dieses Konto in {meta} ab, die Preisliste ist in {local}: Die Beträge lassen sich nicht vergleichen. Importieren Sie die Preisliste in {meta}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Meta keeps figures per template for 90 days only; choose a shorter period to compare them.</source>
        <translation>Meta bewahrt Zahlen pro Vorlage nur 90 Tage auf; wählen Sie einen kürzeren Zeitraum, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta gave no figures per template: {reason}</source>
        <translation>Meta hat keine Zahlen pro Vorlage geliefert: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Klaros is not connected to Meta, so Meta&apos;s own figures could not be asked for.</source>
        <translation>Klaros ist nicht mit Meta verbunden, daher konnten Metas eigene Zahlen nicht abgefragt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta did not give its figures: {reason}</source>
        <translation>Meta hat seine Zahlen nicht geliefert: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+235"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose days…</source>
        <translation>Tage wählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with the period before</source>
        <translation>Mit dem Zeitraum davor vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report as CSV…</source>
        <translation>Bericht als CSV speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>messages sent</source>
        <translation>Nachrichten gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered within 24 hours</source>
        <translation>in 24 Stunden beantwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charged by Meta</source>
        <translation>von Meta berechnet</translation>
    </message>
    <message>
        <source>not confirmed by WhatsApp</source>
        <translation type="vanished">nicht von WhatsApp bestätigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From sent to answered</source>
        <translation>Vom Senden bis zur Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the funnel per</source>
        <translation>Trichter anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per template</source>
        <translation>pro Vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per campaign</source>
        <translation>pro Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per tag</source>
        <translation>pro Schlagwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+295"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Not delivered</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Funnel per template, campaign or tag</source>
        <translation>Trichter pro Vorlage, Kampagne oder Schlagwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why Meta did not deliver</source>
        <translation>Warum Meta nicht zugestellt hat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+325"/>
        <location line="+5"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Messages not delivered, by reason</source>
        <translation>Nicht zugestellte Nachrichten nach Grund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>half of the customers got an answer within</source>
        <translation>die Hälfte der Kundschaft bekam eine Antwort innerhalb von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 in 10 got an answer within</source>
        <translation>9 von 10 bekamen eine Antwort innerhalb von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages still without an answer</source>
        <translation>Kundennachrichten noch ohne Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chats where you can write freely now (24-hour window open)</source>
        <translation>Chats mit offenem 24-Stunden-Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from customers per day</source>
        <translation>Nachrichten der Kundschaft pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers write (hour of the week)</source>
        <translation>Wann die Kundschaft schreibt (Stunde der Woche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opt-ins and opt-outs per day</source>
        <translation>Einwilligungen und Abbestellungen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Opt-ins and opt-outs</source>
        <translation>Einwilligungen und Abbestellungen</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+340"/>
        <source>Charged messages per day</source>
        <translation>Berechnete Nachrichten pro Tag</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Charged messages by category</source>
        <translation>Berechnete Nachrichten nach Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+340"/>
        <source>Charged messages</source>
        <translation>Berechnete Nachrichten</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cost by category</source>
        <translation>Kosten nach Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cost by country</source>
        <translation>Kosten nach Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template or campaign</source>
        <translation>Vorlage oder Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by template and campaign</source>
        <translation>Kosten nach Vorlage und Kampagne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This month&apos;s charges against the budget</source>
        <translation>Die Kosten dieses Monats im Vergleich zum Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 150</source>
        <translation>z. B. 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Betrag des Monatsbudgets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget currency</source>
        <translation>Währung des Budgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Budget speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with Meta&apos;s figures</source>
        <translation>Mit Metas Zahlen vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta keeps its own count of what it delivered and charged. Compare it with Klaros&apos;s to see whether anything was sent from elsewhere.</source>
        <translation>Meta zählt selbst, was es zugestellt und berechnet hat. Vergleichen Sie das mit den Zahlen von Klaros, um zu sehen, ob etwas von anderswo gesendet wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Klaros</source>
        <translation>Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Zahlen von Klaros und Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Klaros)</source>
        <translation>Gesendet (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Meta)</source>
        <translation>Gesendet (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (Klaros)</source>
        <translation>Zugestellt (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered (Meta)</source>
        <translation>Zugestellt (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read (Klaros)</source>
        <translation>Gelesen (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read (Meta)</source>
        <translation>Gelesen (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per template, Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Zahlen von Klaros und Meta pro Vorlage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not delivered, by Meta&apos;s reason (double-click to see the messages)</source>
        <translation>Nicht zugestellt, nach Metas Grund (Doppelklick zeigt die Nachrichten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Metas Preisliste importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s rates CSV (from Meta&apos;s pricing page): prices this screen&apos;s messages, and the campaigns&apos; forecasts</source>
        <translation>Metas Tarif-CSV (von Metas Preisseite): bepreist die Nachrichten dieser Ansicht und die Prognosen der Kampagnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was free, and why</source>
        <translation>Was kostenlos war und warum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Nach Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By template and campaign</source>
        <translation>Nach Vorlage und Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta&apos;s own figures</source>
        <translation>Metas eigene Zahlen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The numbers could not be read: {error}</source>
        <translation>Die Zahlen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>before: {n}</source>
        <translation>vorher: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} messages</source>
        <translation>{n} Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed by WhatsApp: {n} (they may or may not have reached the customer)</source>
        <translation>Nicht von WhatsApp bestätigt: {n} (vielleicht beim Kunden angekommen, vielleicht nicht)</translation>
    </message>
    <message>
        <source>may or may not have reached the customer</source>
        <translation type="vanished">vielleicht beim Kunden angekommen, vielleicht nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} charged messages</source>
        <translation>{n} berechnete Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>charged messages (no prices yet)</source>
        <translation>berechnete Nachrichten (noch keine Preise)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>of {n} times a customer wrote</source>
        <translation>von {n} Malen, die Kundschaft geschrieben hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed to messages</source>
        <translation>Nachrichten zugestimmt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped messages</source>
        <translation>Nachrichten abbestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote a keyword (STOP / START)</source>
        <translation>hat ein Stichwort geschrieben (STOP / START)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pressed a button</source>
        <translation>hat einen Button gedrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from a file</source>
        <translation>aus einer Datei importiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entered in Klaros</source>
        <translation>in Klaros eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing in WhatsApp</source>
        <translation>hat Werbung in WhatsApp abbestellt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period before</source>
        <translation>Zeitraum davor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges per day ({currency})</source>
        <translation>Kosten pro Tag ({currency})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no template)</source>
        <translation>(keine Vorlage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign: {name}</source>
        <translation>Kampagne: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not charged because never delivered: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Nicht berechnet, weil nie zugestellt: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still waiting for Meta&apos;s report on the price: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Warten noch auf Metas Angabe zum Preis: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free messages in this period.</source>
        <translation>Keine kostenlosen Nachrichten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts in {currency}, Meta&apos;s rates as of {date}; Meta&apos;s own category and price type from each delivery report.</source>
        <translation>Beträge in {currency}, Metas Tarife vom {date}; Metas eigene Kategorie und Preisart aus jeder Zustellbestätigung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts from Meta&apos;s delivery reports. Amounts appear once a rate card with Meta&apos;s prices is imported.</source>
        <translation>Anzahlen aus Metas Zustellbestätigungen. Beträge erscheinen, sobald eine Preisliste mit Metas Preisen importiert ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No monthly budget set. Set one to see this month&apos;s charges against it; campaigns warn before they would go over it.</source>
        <translation>Kein Monatsbudget festgelegt. Legen Sie eines fest, um die Kosten dieses Monats damit zu vergleichen; Kampagnen warnen, bevor sie es überschreiten würden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget {budget} a month. This month&apos;s charges cannot be priced in {currency} yet.</source>
        <translation>Budget {budget} im Monat. Die Kosten dieses Monats lassen sich noch nicht in {currency} berechnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month so far: {spent} of {budget} ({share}).</source>
        <translation>Dieser Monat bisher: {spent} von {budget} ({share}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the budget.</source>
        <translation>Über dem Budget.</translation>
    </message>
    <message>
        <source>Monthly budget saved.</source>
        <translation type="vanished">Monatsbudget gespeichert.</translation>
    </message>
    <message>
        <source>Monthly budget removed.</source>
        <translation type="vanished">Monatsbudget entfernt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asking Meta…</source>
        <translation>Meta wird gefragt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta hat nicht geantwortet: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta counted {n} delivered messages, {cost} charged.</source>
        <translation>Meta hat {n} zugestellte Nachrichten gezählt, {cost} berechnet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save table</source>
        <translation>Tabelle speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="+20"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="-1"/>
        <source>Import Meta&apos;s price list</source>
        <translation>Metas Preisliste importieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation>Preise für {n} Märkte in {currency} importiert, gültig ab {day}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="-8"/>
        <location line="+20"/>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="-798"/>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{h} h {m} min</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{d} days</source>
        <translation>{d} Tage</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/attachments.py" line="+121"/>
        <source>Send files to {name}</source>
        <translation>Dateien an {name} senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files to send</source>
        <translation>Zu sendende Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption for the selected file</source>
        <translation>Bildunterschrift für die ausgewählte Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Add a caption (optional)</source>
        <translation>Bildunterschrift hinzufügen (optional)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+23"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send {n} files</source>
        <translation>{n} Dateien senden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WhatsApp shows no caption on voice messages and stickers</source>
        <translation>WhatsApp zeigt bei Sprachnachrichten und Stickern keine Bildunterschrift</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location line="+25"/>
        <source>Attach photos, videos, voice messages or documents</source>
        <translation>Fotos, Videos, Sprachnachrichten oder Dokumente anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos, audio and documents</source>
        <translation>Fotos, Videos, Audio und Dokumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pasted picture.png</source>
        <translation>Eingefügtes Bild.png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files can be sent while the customer&apos;s 24-hour window is open, like any free-form message.</source>
        <translation>Dateien können gesendet werden, solange das 24-Stunden-Fenster der Person offen ist, wie jede frei geschriebene Nachricht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The files could not be queued: {error}</source>
        <translation>Die Dateien konnten nicht in die Warteschlange gestellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>AutoReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/auto_replies.py" line="+109"/>
        <source>write the greeting message, or switch it off</source>
        <translation>schreiben Sie die Begrüßungsnachricht oder schalten Sie sie aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the away message, or switch it off</source>
        <translation>schreiben Sie die Abwesenheitsnachricht oder schalten Sie sie aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on {day} the shop closes before it opens</source>
        <translation>am {day} schließt das Geschäft, bevor es öffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wait at least one hour before the same reply</source>
        <translation>warten Sie mindestens eine Stunde vor derselben Antwort</translation>
    </message>
</context>
<context>
    <name>AutoRepliesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/auto_replies_dialog.py" line="+33"/>
        <source>Greeting and away messages</source>
        <translation>Begrüßungs- und Abwesenheitsnachrichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros answers by itself, like the WhatsApp Business app: only to a message that just arrived, only while the customer may be messaged, and not again to the same person within the quiet time. Automatic replies are marked in the chat.</source>
        <translation>Klaros antwortet selbstständig, wie die WhatsApp-Business-App: nur auf eine gerade eingetroffene Nachricht, nur solange die Person angeschrieben werden darf, und nicht noch einmal an dieselbe Person innerhalb der Ruhezeit. Automatische Antworten sind im Chat gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send it</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Greeting: to a customer&apos;s first message</source>
        <translation>Begrüßung: auf die erste Nachricht einer Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to our shop! How can we help?</source>
        <translation>Willkommen in unserem Geschäft! Wie können wir helfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away: to a message outside your business hours</source>
        <translation>Abwesenheit: auf eine Nachricht außerhalb Ihrer Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your message. We are closed now and answer tomorrow from 9 o&apos;clock.</source>
        <translation>Vielen Dank für Ihre Nachricht. Wir haben gerade geschlossen und antworten morgen ab 9 Uhr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opens</source>
        <translation>öffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closes</source>
        <translation>schließt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not the same reply to the same person again within</source>
        <translation>Nicht dieselbe Antwort an dieselbe Person innerhalb von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet time in hours</source>
        <translation>Ruhezeit in Stunden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>{n} waiting</source>
        <translation type="vanished">{n} wartend</translation>
    </message>
    <message>
        <source>{n} not sent</source>
        <translation type="vanished">{n} nicht gesendet</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation type="vanished">Postausgang: {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/backend.py" line="+142"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n Nachricht wartet</numerusform>
            <numerusform>%n Nachrichten warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 message waiting to be sent</source>
        <translation>1 Nachricht wartet auf den Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages waiting to be sent</source>
        <translation>{n} Nachrichten warten auf den Versand</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n message(s) not sent</source>
        <translation>
            <numerusform>⚠ %n Nachricht nicht gesendet</numerusform>
            <numerusform>⚠ %n Nachrichten nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 1 message not sent: the chat marked “Not sent” says why</source>
        <translation>⚠ 1 Nachricht nicht gesendet: Der mit „Nicht gesendet“ markierte Chat sagt, warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {n} messages not sent: the chats marked “Not sent” say why</source>
        <translation>⚠ {n} Nachrichten nicht gesendet: Die mit „Nicht gesendet“ markierten Chats sagen, warum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected · no new events yet</source>
        <translation>Verbunden · noch keine neuen Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected · last event {time}</source>
        <translation>Verbunden · letztes Ereignis {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected yet · File → Set up connection…</source>
        <translation>Noch nicht verbunden · Datei → Verbindung einrichten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect</source>
        <translation>Keine Verbindung möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect: no secure password store on this computer · File → Set up connection… says what to install</source>
        <translation>Keine Verbindung möglich: auf diesem Computer gibt es keinen sicheren Passwortspeicher · Datei → Verbindung einrichten… sagt, was Sie installieren müssen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline since {time}</source>
        <translation>Offline seit {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline since {time} · messages you write wait in the outbox</source>
        <translation>Offline seit {time} · was Sie jetzt schreiben, wartet im Postausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="+411"/>
        <source>Reacted {emoji}</source>
        <translation>Reagiert mit {emoji}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed a reaction</source>
        <translation>Reaktion entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template “{name}”</source>
        <translation>Vorlage „{name}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click here to send a template instead.</source>
        <translation>Klicken Sie hier, um stattdessen eine Vorlage zu senden.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is no longer on this computer.</source>
        <translation>Die Datei ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uploading {size}…</source>
        <translation>{size} werden hochgeladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet · next try {time}</source>
        <translation>noch nicht gesendet · nächster Versuch {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Open · Save as…</source>
        <translation>Öffnen · Speichern unter…</translation>
    </message>
</context>
<context>
    <name>CampaignBuilder</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="+166"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name, e.g. Mother&apos;s Day offer</source>
        <translation>Name, z. B. Muttertagsangebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1  Who gets it</source>
        <translation>1  Wer sie bekommt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2  Message</source>
        <translation>2  Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3  Test and send</source>
        <translation>3  Testen und senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign summary</source>
        <translation>Zusammenfassung der Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1005"/>
        <source>Start sending</source>
        <translation>Senden starten</translation>
    </message>
    <message>
        <location line="-1003"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Campaign name:</source>
        <translation>Name der Kampagne:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contacts that match these filters</source>
        <translation>Kontakte, die zu diesen Filtern passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list of numbers (pasted or from a file)</source>
        <translation>Eine Liste von Nummern (eingefügt oder aus einer Datei)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved audiences</source>
        <translation>Gespeicherte Zielgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these filters…</source>
        <translation>Diese Filter speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved audience:</source>
        <translation>Gespeicherte Zielgruppe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Has any of these tags</source>
        <translation>Hat eines dieser Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has all of these tags</source>
        <translation>Hat alle diese Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has none of these tags</source>
        <translation>Hat keines dieser Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any of these tags</source>
        <translation>Eines dieser Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And all of these tags</source>
        <translation>Und alle diese Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>But none of these tags</source>
        <translation>Aber keines dieser Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the number</source>
        <translation>Land der Nummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who may get the template</source>
        <translation>Alle, die die Vorlage bekommen dürfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those with a recorded opt-in</source>
        <translation>Nur mit gespeicherter Einwilligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote to you in the last</source>
        <translation>Hat Ihnen geschrieben in den letzten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since they last wrote</source>
        <translation>Tage seit der letzten Nachricht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24-hour window</source>
        <translation>24-Stunden-Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either</source>
        <translation>Egal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (they wrote in the last 24 hours)</source>
        <translation>Offen (hat in den letzten 24 Stunden geschrieben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact field</source>
        <translation>Kontaktfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is (empty: has any value)</source>
        <translation>ist (leer: hat irgendeinen Wert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field value</source>
        <translation>Wert des Kontaktfelds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact field conditions</source>
        <translation>Bedingungen für Kontaktfelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Letzte Nachricht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24-hour window:</source>
        <translation>24-Stunden-Fenster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field:</source>
        <translation>Kontaktfeld:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One number per line, e.g. +49 151 23456789 (numbers without +country use the shop&apos;s country)</source>
        <translation>Eine Nummer pro Zeile, z. B. +49 151 23456789 (Nummern ohne +Ländervorwahl gelten für das Land des Geschäfts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers to send to</source>
        <translation>Nummern, an die gesendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a contacts file…</source>
        <translation>Kontaktdatei importieren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out, and why</source>
        <translation>Ausgelassen, und warum</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+537"/>
        <source>Forecast cost</source>
        <translation>Voraussichtliche Kosten</translation>
    </message>
    <message>
        <location line="-499"/>
        <source>{field} is “{value}”</source>
        <translation>{field} ist „{value}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} has a value</source>
        <translation>{field} hat einen Wert</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the audience</source>
        <translation>Zielgruppe speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for these filters, to use them again later:</source>
        <translation>Name für diese Filter, um sie später wiederzuverwenden:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none saved yet</source>
        <translation>noch keine gespeichert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a contacts file</source>
        <translation>Kontaktdatei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts files (*.csv *.txt *.vcf)</source>
        <translation>Kontaktdateien (*.csv *.txt *.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not imported: {reason}</source>
        <translation>Nicht importiert: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File at the top of the message</source>
        <translation>Datei oben in der Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or the WhatsApp media id of a file you uploaded</source>
        <translation>oder die WhatsApp-Medien-ID einer hochgeladenen Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp media id for the top of the message</source>
        <translation>WhatsApp-Medien-ID für den Kopf der Nachricht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview for</source>
        <translation>Vorschau für</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message preview</source>
        <translation>Vorschau der Nachricht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipients who would get an empty variable</source>
        <translation>Empfänger, die eine leere Variable bekämen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview for:</source>
        <translation>Vorschau für:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The template shows a map at the top of the message. Give the place: everyone gets the same one. Your map app shows a place&apos;s coordinates (in Google Maps: right-click the place); you may paste both into the first field.</source>
        <translation>Die Vorlage zeigt oben in der Nachricht eine Karte. Geben Sie den Ort an: Alle erhalten denselben. Ihre Karten-App zeigt die Koordinaten eines Orts (in Google Maps: Rechtsklick auf den Ort); Sie können beide in das erste Feld einfügen.</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">z. B. 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Breitengrad des Orts</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">z. B. 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Längengrad des Orts</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">z. B. der Name Ihres Geschäfts</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Name des Orts</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Straße, Postleitzahl und Ort</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Adresse des Orts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latitude:</source>
        <translation>Breitengrad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude:</source>
        <translation>Längengrad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinates:</source>
        <translation>Koordinaten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <source>No place given yet</source>
        <translation>Noch kein Ort angegeben</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{category} template. Body: {body}</source>
        <translation>Vorlage der Kategorie {category}. Text: {body}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title {variable}</source>
        <translation>Titel {variable}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code of button {n}</source>
        <translation>Code von Schaltfläche {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of button {n}</source>
        <translation>Link von Schaltfläche {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The template shows {what} at the top of the message. Choose the file; it is uploaded to WhatsApp once, when sending starts.</source>
        <translation>Die Vorlage zeigt oben in der Nachricht {what}. Wählen Sie die Datei; sie wird einmal zu WhatsApp hochgeladen, wenn das Senden beginnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a picture</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a video</source>
        <translation>ein Video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a document</source>
        <translation>ein Dokument</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp media id {id}</source>
        <translation>WhatsApp-Medien-ID {id}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File for the top of the message</source>
        <translation>Datei für den Kopf der Nachricht</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Map: {place}</source>
        <translation>Karte: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map: no place given yet</source>
        <translation>Karte: noch kein Ort angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no file chosen yet</source>
        <translation>noch keine Datei gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture attached: {name}</source>
        <translation>Bild angehängt: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video attached: {name}</source>
        <translation>Video angehängt: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached: {name}</source>
        <translation>Dokument angehängt: {name}</translation>
    </message>
    <message>
        <source>Code of button {n}: {value}</source>
        <translation type="vanished">Code von Schaltfläche {n}: {value}</translation>
    </message>
    <message>
        <source>Link of button {n}: …{value}</source>
        <translation type="vanished">Link von Schaltfläche {n}: …{value}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your own WhatsApp number</source>
        <translation>Ihre eigene WhatsApp-Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number for the test message</source>
        <translation>Nummer für die Testnachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at</source>
        <translation>Starten um</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> messages a second</source>
        <translation> Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending speed</source>
        <translation>Sendegeschwindigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>80 a second is WhatsApp&apos;s standard for a business number. Go higher only if Meta raised your number&apos;s throughput; lower spreads the replies out.</source>
        <translation>80 pro Sekunde ist der Standard von WhatsApp für eine Business-Nummer. Gehen Sie nur höher, wenn Meta den Durchsatz Ihrer Nummer erhöht hat; weniger verteilt die Antworten über mehr Zeit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost by country and category</source>
        <translation>Kosten nach Land und Kategorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What WhatsApp will charge (forecast)</source>
        <translation>Was WhatsApp berechnen wird (Vorschau)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Metas Preisliste importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The “Rates (CSV)” file from Meta&apos;s WhatsApp pricing page, in your billing currency</source>
        <translation>Die Datei „Rates (CSV)“ von Metas WhatsApp-Preisseite, in Ihrer Abrechnungswährung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the message to yourself first to see it on a phone. The test uses the values your own contact would get (or the fallbacks).</source>
        <translation>Senden Sie die Nachricht zuerst an sich selbst, um sie auf einem Telefon zu sehen. Der Test verwendet die Werte, die Ihr eigener Kontakt bekäme (oder die Ersatzwerte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to WhatsApp; set up the connection first.</source>
        <translation>Nicht mit WhatsApp verbunden; richten Sie zuerst die Verbindung ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your own WhatsApp number first.</source>
        <translation>Geben Sie zuerst Ihre eigene WhatsApp-Nummer ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the test…</source>
        <translation>Test wird gesendet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{number}” is not a phone number.</source>
        <translation>„{number}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test sent. Check your phone.</source>
        <translation>Test gesendet. Schauen Sie auf Ihr Telefon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(time zone {zone})</source>
        <translation>(Zeitzone {zone})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No approved template yet. Create one in Meta&apos;s WhatsApp Manager and refresh the templates.</source>
        <translation>Noch keine genehmigte Vorlage. Erstellen Sie eine im WhatsApp Manager von Meta und laden Sie die Vorlagen neu.</translation>
    </message>
    <message>
        <source>Not offered: {names} (a picture, file or variable in the heading is not supported yet).</source>
        <translation type="vanished">Nicht angeboten: {names} (ein Bild, eine Datei oder eine Variable in der Kopfzeile wird noch nicht unterstützt).</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+179"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contacts match (choose a template to see who may get it)</source>
        <translation>Kontakte passen (wählen Sie eine Vorlage, um zu sehen, wer sie bekommen darf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a phone number: {pieces}</source>
        <translation>Keine Telefonnummer: {pieces}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title {length} of {max} characters</source>
        <translation>Titel {length} von {max} Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get an empty value. Give those variables a fallback or fill in the contacts; the campaign cannot start until then.</source>
        <translation>{n} Empfänger bekämen einen leeren Wert. Geben Sie diesen Variablen einen Ersatzwert oder ergänzen Sie die Kontakte; bis dahin kann die Kampagne nicht starten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get a title longer than the {max} characters WhatsApp allows. Shorten those values or fill the title from another field; the campaign cannot start until then.</source>
        <translation>{n} Empfänger bekämen einen Titel, der länger ist als die {max} Zeichen, die WhatsApp erlaubt. Kürzen Sie diese Werte oder füllen Sie den Titel aus einem anderen Feld; bis dahin kann die Kampagne nicht starten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every recipient gets a value for every variable.</source>
        <translation>Alle Empfänger bekommen für jede Variable einen Wert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a template to see the cost.</source>
        <translation>Wählen Sie eine Vorlage, um die Kosten zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No rate card covers {day}; import Meta&apos;s current rates (klaros rates import) to see the cost.</source>
        <translation>Keine Preisliste deckt den {day} ab; importieren Sie Metas aktuelle Tarife (klaros rates import), um die Kosten zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: unknown</source>
        <translation>Kosten: unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {amount}</source>
        <translation>mindestens {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: {amount}</source>
        <translation>Kosten: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{charged} charged, {free} free. Meta&apos;s rates as of {day}; what Meta charges for the messages, nothing else.</source>
        <translation>{charged} berechnet, {free} kostenlos. Metas Tarife vom {day}; nur was Meta für die Nachrichten berechnet, sonst nichts.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>numbers of no known country</source>
        <translation>Nummern ohne bekanntes Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s price list has no price for {countries} yet, so {n} recipients are not in the total. Import Meta&apos;s current price list below to include them.</source>
        <translation>Die Preisliste von Klaros hat noch keinen Preis für {countries}, daher sind {n} Empfänger nicht in der Summe. Importieren Sie unten Metas aktuelle Preisliste, um sie einzubeziehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit: {outside} of the {limit} customers a day you may start a conversation with.</source>
        <translation>Nutzt {share} Ihres Nachrichtenlimits: {outside} der {limit} Personen pro Tag, mit denen Sie ein Gespräch beginnen dürfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your number has no daily messaging limit.</source>
        <translation>Ihre Nummer hat kein tägliches Nachrichtenlimit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{outside} recipients count towards your daily messaging limit (Klaros does not know your limit yet).</source>
        <translation>{outside} Empfänger zählen zu Ihrem täglichen Nachrichtenlimit (Klaros kennt Ihr Limit noch nicht).</translation>
    </message>
    <message>
        <source>Import Meta&apos;s price list</source>
        <translation type="vanished">Metas Preisliste importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation type="vanished">Preise für {n} Märkte in {currency} importiert, gültig ab {day}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the campaign a name.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an approved template (tab 2).</source>
        <translation>Wählen Sie eine genehmigte Vorlage (Reiter 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody in this audience may receive the template.</source>
        <translation>Niemand in dieser Zielgruppe darf die Vorlage erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get an empty value (tab 2).</source>
        <translation>{n} Empfänger bekämen einen leeren Wert (Reiter 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get a title longer than {max} characters (tab 2).</source>
        <translation>{n} Empfänger bekämen einen Titel mit mehr als {max} Zeichen (Reiter 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {what} for the top of the message (tab 2) before it can start.</source>
        <translation>Wählen Sie {what} für den Kopf der Nachricht (Reiter 2), bevor sie starten kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the place for the map at the top of the message (tab 2) before it can start.</source>
        <translation>Geben Sie den Ort für die Karte oben in der Nachricht an (Schritt 2), bevor sie starten kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients will get “{template}”.</source>
        <translation>{n} Empfänger bekommen „{template}“.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Not offered: {names} (a variable, a location or an animation in the heading is not supported yet).</source>
        <translation>Nicht angeboten: {names} (eine Variable, ein Standort oder eine Animation in der Kopfzeile wird noch nicht unterstützt).</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>By country</source>
        <translation>Nach Land</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By kind of message</source>
        <translation>Nach Art der Nachricht</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_runner.py" line="+118"/>
        <source>Campaign “{name}” was due at {time} but did not start: {reason}</source>
        <translation>Die Kampagne „{name}“ sollte um {time} starten, ist aber nicht gestartet: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” was due at {time}, while Klaros was closed. It started now ({n} recipients).</source>
        <translation>Die Kampagne „{name}“ sollte um {time} starten, als Klaros geschlossen war. Sie ist jetzt gestartet ({n} Empfänger).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” started as scheduled ({n} recipients).</source>
        <translation>Die Kampagne „{name}“ ist wie geplant gestartet ({n} Empfänger).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sending campaign {id} stopped because of an error: {error}. Press Resume to continue.</source>
        <translation>Das Senden der Kampagne {id} wurde wegen eines Fehlers angehalten: {error}. Klicken Sie auf Fortsetzen, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="+60"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted by WhatsApp</source>
        <translation>von WhatsApp angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived on their phone</source>
        <translation>auf dem Telefon angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened (only if they share read receipts)</source>
        <translation>geöffnet (nur wenn Lesebestätigungen geteilt werden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote back after it</source>
        <translation>haben danach zurückgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not deliver it</source>
        <translation>WhatsApp hat sie nicht zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent, for the reasons below</source>
        <translation>nicht gesendet, aus den unten genannten Gründen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent; see below</source>
        <translation>wurden vielleicht gesendet; siehe unten</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost forecast</source>
        <translation>Kostenvorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the campaign paused or stopped</source>
        <translation>Warum die Kampagne pausiert oder angehalten wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign progress</source>
        <translation>Fortschritt der Kampagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress, remaining time and rate</source>
        <translation>Fortschritt, verbleibende Zeit und Tempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+237"/>
        <source>Schedule…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Do not start by itself</source>
        <translation>Nicht von selbst starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Cancel campaign…</source>
        <translation>Kampagne abbrechen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed</source>
        <translation>Fehlgeschlagene erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Failures and people left out, with the reasons</source>
        <translation>Fehlschläge und Ausgelassene, mit den Gründen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for your decision: the connection broke while these were being sent, so they may have arrived. Check the chat, then send again or leave it.</source>
        <translation>Ihre Entscheidung ist gefragt: Die Verbindung brach ab, während diese gesendet wurden, daher sind sie vielleicht angekommen. Prüfen Sie den Chat und senden Sie dann erneut oder lassen Sie es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipients waiting for your decision</source>
        <translation>Empfänger, die auf Ihre Entscheidung warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not read the campaign: {error}</source>
        <translation>Die Kampagne konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a campaign above</source>
        <translation>Wählen Sie oben eine Kampagne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template {name} ({language})</source>
        <translation>Vorlage {name} ({language})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients</source>
        <translation>{n} Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts by itself on {time}</source>
        <translation>startet von selbst am {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started {time}</source>
        <translation>gestartet {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished {time}</source>
        <translation>fertig {time}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the time…</source>
        <translation>Zeit ändern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry the failed ({n})</source>
        <translation>Fehlgeschlagene erneut senden ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost forecast: not known (no rate card covers that day).</source>
        <translation>Kostenvorschau: unbekannt (keine Preisliste deckt diesen Tag ab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: not known; the price list has no price for {countries}.</source>
        <translation>Kostenvorschau: unbekannt; die Preisliste hat keinen Preis für {countries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: at least {total} (no price yet for {countries}), Meta&apos;s rates as of {day}.</source>
        <translation>Kostenvorschau: mindestens {total} (noch kein Preis für {countries}), Metas Tarife vom {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: {total}, Meta&apos;s rates as of {day}.</source>
        <translation>Kostenvorschau: {total}, Metas Tarife vom {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{done} of {all} done ({share})</source>
        <translation>{done} von {all} erledigt ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the connection to WhatsApp</source>
        <translation>wartet auf die Verbindung zu WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about to send</source>
        <translation>gleich geht es los</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measuring the speed…</source>
        <translation>Tempo wird gemessen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting (WhatsApp asked Klaros to slow down)</source>
        <translation>wartet (WhatsApp hat Klaros gebeten, langsamer zu senden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} left · {rate} messages a second</source>
        <translation>{left} übrig · {rate} Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancel the campaign?</source>
        <translation>Kampagne abbrechen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody who has not received it yet will get it. Messages already sent stay sent. This cannot be undone.</source>
        <translation>Wer sie noch nicht bekommen hat, bekommt sie nicht mehr. Bereits gesendete Nachrichten bleiben gesendet. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} queued again.</source>
        <translation>{n} erneut in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the campaign&apos;s results</source>
        <translation>Ergebnisse der Kampagne exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients written to {file}.</source>
        <translation>{n} Empfänger in {file} geschrieben.</translation>
    </message>
    <message>
        <location line="-490"/>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {n} min</source>
        <translation>etwa {n} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {h} h {m} min</source>
        <translation>etwa {h} Std. {m} Min.</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Why some failed</source>
        <translation>Warum einige fehlschlugen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why some were left out</source>
        <translation>Warum einige ausgelassen wurden</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../klaros_desktop/commands/campaign.py" line="+330"/>
        <source>Campaign {id} is {state}; there is nothing to resume.</source>
        <translation>Die Kampagne {id} ist {state}; es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/audience.py" line="+37"/>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased on request (number suppressed)</source>
        <translation>auf Wunsch gelöscht (Nummer gesperrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out of all messages</source>
        <translation>hat alle Nachrichten abbestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing messages</source>
        <translation>hat Werbenachrichten abbestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not receive marketing messages</source>
        <translation>darf keine Werbenachrichten erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recorded marketing opt-in</source>
        <translation>keine gespeicherte Einwilligung in Werbung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not among the contacts</source>
        <translation>die Nummer ist nicht unter den Kontakten</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/lifecycle.py" line="+44"/>
        <source>Paused: {explanation}</source>
        <translation>Pausiert: {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped because WhatsApp refused the template: {explanation}</source>
        <translation>Angehalten, weil WhatsApp die Vorlage abgelehnt hat: {explanation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: {explanation} (Settings → WhatsApp connection)</source>
        <translation>Angehalten: {explanation} (Einstellungen → WhatsApp-Verbindung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by you.</source>
        <translation>Von Ihnen pausiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: the template is no longer approved (or no longer known); refresh the templates and resume when Meta approves it.</source>
        <translation>Angehalten: Die Vorlage ist nicht mehr genehmigt (oder nicht mehr bekannt); laden Sie die Vorlagen neu und setzen Sie fort, sobald Meta sie genehmigt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped ({code}).</source>
        <translation>Angehalten ({code}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>Die Vorlage {name!r} ({language}) ist unbekannt; laden Sie die Vorlagen neu von Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>Die Vorlage {name!r} ({language}) ist {status}, nicht von Meta genehmigt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Template {name!r} has no picture, video or document at the top; leave the file out.</source>
        <translation>Vorlage {name!r} hat oben kein Bild, Video oder Dokument; lassen Sie die Datei weg.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template {name!r} has no variable in its title at the top; leave it out.</source>
        <translation>Vorlage {name!r} hat im Titel oben keine Variable; lassen Sie sie weg.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Template {name!r} has no map at the top; leave the location out.</source>
        <translation>Vorlage {name!r} hat oben keine Karte; lassen Sie den Ort weg.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="+461"/>
        <location line="+525"/>
        <source>There is no campaign {id}.</source>
        <translation>Es gibt keine Kampagne {id}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nobody in this audience may receive the template ({excluded} left out).</source>
        <translation>Niemand in dieser Zielgruppe darf die Vorlage erhalten ({excluded} ausgelassen).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Not started: {why}</source>
        <translation>Nicht gestartet: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign {id} was already started ({status}); its place stays as it was sent.</source>
        <translation>Kampagne {id} wurde bereits gestartet ({status}); ihr Ort bleibt, wie er gesendet wurde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign {id} was already started ({status}); its file stays as it was sent.</source>
        <translation>Kampagne {id} wurde bereits gestartet ({status}); ihre Datei bleibt, wie sie gesendet wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a file or a WhatsApp media id.</source>
        <translation>Geben Sie eine Datei oder eine WhatsApp-Medien-ID an.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Campaign {id} was already started ({status}); use resume.</source>
        <translation>Die Kampagne {id} wurde schon gestartet ({status}); setzen Sie sie fort.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; and {count} more</source>
        <translation>; und {count} weitere</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not started: {count} recipient(s) would get an empty variable ({who}{more}). Give those variables a fallback or fill in the contacts.</source>
        <translation>Nicht gestartet: {count} Empfänger bekämen eine leere Variable ({who}{more}). Geben Sie diesen Variablen einen Ersatzwert oder ergänzen Sie die Kontakte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started: for {count} recipient(s) the title at the top would be longer than the {max} characters WhatsApp allows ({who}{more}). Shorten those values (the title leaves {room} characters for them) or fill the title from another field.</source>
        <translation>Nicht gestartet: Bei {count} Empfänger(n) wäre der Titel oben länger als die {max} Zeichen, die WhatsApp erlaubt ({who}{more}). Kürzen Sie diese Werte (der Titel lässt ihnen {room} Zeichen) oder füllen Sie den Titel aus einem anderen Feld.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Campaign {id} is {status}; it cannot {action}.</source>
        <translation>Die Kampagne {id} ist {status}; Aktion nicht möglich: {action}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{number} is not held in campaign {id}.</source>
        <translation>{number} ist in der Kampagne {id} nicht zurückgehalten.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>May have been sent: WhatsApp did not confirm it (the connection broke or WhatsApp failed mid-request). Check with the customer before sending it again.</source>
        <translation>Möglicherweise gesendet: WhatsApp hat es nicht bestätigt (die Verbindung brach ab oder WhatsApp hatte mitten in der Anfrage einen Fehler). Fragen Sie bei der Person nach, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>May have been sent (the connection broke mid-request); check before sending again.</source>
        <translation type="vanished">Wurde vielleicht gesendet (die Verbindung brach mitten in der Anfrage ab); prüfen Sie das, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-521"/>
        <source>Campaign {id} is being sent by another Klaros window or command (until {until} at the latest); try again then.</source>
        <translation>Die Kampagne {id} wird gerade von einem anderen Klaros-Fenster oder Befehl gesendet (spätestens bis {until}); versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>The campaign&apos;s template is not known.</source>
        <translation>Die Vorlage der Kampagne ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/drafts.py" line="+161"/>
        <location line="+77"/>
        <source>Choose an approved template.</source>
        <translation>Wählen Sie eine genehmigte Vorlage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="+5"/>
        <source>The test message would have empty variables: {names}</source>
        <translation>Die Testnachricht hätte leere Variablen: {names}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/variables.py" line="+47"/>
        <source>unknown source {source!r}: use name, first_name, phone, custom.KEY or text:TEXT</source>
        <translation>unbekannte Quelle {source!r}: verwenden Sie name, first_name, phone, custom.KEY oder text:TEXT</translation>
    </message>
    <message>
        <source>template {name!r} has a header with a picture, file or variable; campaigns send templates whose only variables are in the body</source>
        <translation type="vanished">Die Vorlage {name!r} hat eine Kopfzeile mit Bild, Datei oder Variable; Kampagnen senden nur Vorlagen, deren Variablen alle im Text stehen</translation>
    </message>
    <message>
        <source>template {name!r} has a link button with a variable; campaigns send templates whose only variables are in the body</source>
        <translation type="vanished">Die Vorlage {name!r} hat einen Link-Button mit einer Variable; Kampagnen senden Vorlagen, deren einzige Variablen im Text stehen</translation>
    </message>
    <message>
        <source>template {name!r} has a header with a variable, a location or an animation; campaigns fill a picture, video or document header and the variables of the body and the link buttons</source>
        <translation type="vanished">Vorlage {name!r} hat eine Kopfzeile mit einer Variable, einem Standort oder einer Animation; Kampagnen füllen eine Kopfzeile mit Bild, Video oder Dokument sowie die Variablen des Textes und der Link-Schaltflächen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>template {name!r} has an animation or a product at the top; campaigns fill a picture, video, document or map header, a title&apos;s variable and the variables of the body and the link buttons</source>
        <translation>Vorlage {name!r} hat oben eine Animation oder ein Produkt; Kampagnen füllen ein Bild, ein Video, ein Dokument oder eine Karte oben, die Variable eines Titels und die Variablen des Texts und der Link-Schaltflächen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{variable} of the title</source>
        <translation>{variable} des Titels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code of button {n}</source>
        <translation>Code von Schaltfläche {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link of button {n}</source>
        <translation>Link von Schaltfläche {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a source for the variable in the {missing}</source>
        <translation>geben Sie eine Quelle für die Variable im {missing} an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template&apos;s button {n} (index {index}) is a quick reply and takes no value</source>
        <translation>Schaltfläche {n} der Vorlage (Index {index}) ist eine Schnellantwort und nimmt keinen Wert an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) calls a phone number and takes no value</source>
        <translation>Schaltfläche {n} der Vorlage (Index {index}) ruft eine Telefonnummer an und nimmt keinen Wert an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) opens a fixed link and takes no value</source>
        <translation>Schaltfläche {n} der Vorlage (Index {index}) öffnet einen festen Link und nimmt keinen Wert an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template&apos;s button {n} (index {index}) takes no value</source>
        <translation>Schaltfläche {n} der Vorlage (Index {index}) nimmt keinen Wert an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template has no button {n} (index {index})</source>
        <translation>die Vorlage hat keine Schaltfläche {n} (Index {index})</translation>
    </message>
    <message>
        <source>the template&apos;s button {n} (index {index}) has no link variable</source>
        <translation type="vanished">Schaltfläche {n} der Vorlage (Index {index}) hat keine Link-Variable</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give a source for each variable of the template: missing {missing}</source>
        <translation>geben Sie für jede Variable der Vorlage eine Quelle an: es fehlt {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the template has no variable {extra}</source>
        <translation>die Vorlage hat keine Variable {extra}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown source {source!r}</source>
        <translation>unbekannte Quelle {source!r}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/overview.py" line="+28"/>
        <source>the campaign was cancelled before their turn</source>
        <translation>die Kampagne wurde abgebrochen, bevor sie an der Reihe waren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose not to send it again</source>
        <translation>Sie haben entschieden, sie nicht erneut zu senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not a valid phone number</source>
        <translation>die Nummer ist keine gültige Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not go through after several tries</source>
        <translation>sie ging auch nach mehreren Versuchen nicht durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the 24-hour window</source>
        <translation>außerhalb des 24-Stunden-Fensters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent (the connection broke mid-request)</source>
        <translation>wurde vielleicht gesendet (die Verbindung brach mitten in der Anfrage ab)</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/schedule.py" line="+61"/>
        <source>{text!r} is not a time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-24 09:30.</source>
        <translation>{text!r} ist keine Uhrzeit; schreiben Sie sie als JJJJ-MM-TT HH:MM, z. B. 2026-12-24 09:30.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Campaign {id} was already started ({status}); only a draft can be scheduled.</source>
        <translation>Die Kampagne {id} wurde schon gestartet ({status}); nur ein Entwurf kann geplant werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed; choose a later one or start now.</source>
        <translation>Diese Zeit ist schon vorbei; wählen Sie eine spätere oder starten Sie jetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not scheduled: {count} recipient(s) would get an empty variable. Give those variables a fallback or fill in the contacts.</source>
        <translation>Nicht geplant: {count} Empfänger bekämen eine leere Variable. Geben Sie diesen Variablen einen Ersatzwert oder ergänzen Sie die Kontakte.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/segments.py" line="+41"/>
        <source>Give the segment a name.</source>
        <translation>Geben Sie der Zielgruppe einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of numbers is not a segment; save filters such as tags or countries.</source>
        <translation>Eine Liste von Nummern ist keine Zielgruppe; speichern Sie Filter wie Schlagwörter oder Länder.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/header_media.py" line="+22"/>
        <source>a picture</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>ein Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a document</source>
        <translation>ein Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture attached</source>
        <translation>Bild angehängt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video attached</source>
        <translation>Video angehängt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached</source>
        <translation>Dokument angehängt</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+32"/>
        <source>“{name}” cannot be read: {error}</source>
        <translation>„{name}“ kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The template shows {wanted} at the top; “{name}” is not one.</source>
        <translation>Die Vorlage zeigt oben {wanted}; „{name}“ ist keins.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{spec}” is neither a file on this computer nor a WhatsApp media id.</source>
        <translation>„{spec}“ ist weder eine Datei auf diesem Computer noch eine WhatsApp-Medien-ID.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_upload.py" line="+24"/>
        <source>The template shows {what} at the top of the message: choose the file (or its WhatsApp media id) before the campaign starts.</source>
        <translation>Die Vorlage zeigt oben in der Nachricht {what}: Wählen Sie die Datei (oder ihre WhatsApp-Medien-ID), bevor die Kampagne startet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: the file for the top of the message could not be uploaded to WhatsApp. Check that it is still where you chose it and that WhatsApp takes it (type and size), then resume.</source>
        <translation>Angehalten: Die Datei für den Kopf der Nachricht konnte nicht zu WhatsApp hochgeladen werden. Prüfen Sie, ob sie noch dort liegt, wo Sie sie gewählt haben, und ob WhatsApp sie annimmt (Art und Größe), und setzen Sie dann fort.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+79"/>
        <source>The latitude must be a number from -90 to 90 (decimal degrees, e.g. 52.5292).</source>
        <translation>Der Breitengrad muss eine Zahl von -90 bis 90 sein (Dezimalgrad, z. B. 52.5292).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longitude must be a number from -180 to 180 (decimal degrees, e.g. 13.4012).</source>
        <translation>Der Längengrad muss eine Zahl von -180 bis 180 sein (Dezimalgrad, z. B. 13.4012).</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Give the place&apos;s name (shown under the map).</source>
        <translation>Geben Sie den Namen des Orts an (er steht unter der Karte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the place&apos;s address (shown under the map).</source>
        <translation>Geben Sie die Adresse des Orts an (sie steht unter der Karte).</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_parts.py" line="+106"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address) before the campaign starts.</source>
        <translation>Die Vorlage zeigt oben eine Karte: Geben Sie den Ort an (Breitengrad, Längengrad, Name und Adresse), bevor die Kampagne startet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give where its text comes from.</source>
        <translation>Der Titel oben in der Vorlage hat eine Variable ({variable}): Geben Sie an, woher ihr Text kommt.</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaigns_page.py" line="+53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to send</source>
        <translation>Wartet auf den Versand</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location line="+75"/>
        <source>Campaign notices</source>
        <translation>Hinweise zu Kampagnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the campaign notices</source>
        <translation>Die Hinweise zu Kampagnen ausblenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. A campaign sends one approved template to many customers at once, for example this week&apos;s offer to everyone tagged “Newsletter”. Press “New campaign…” to build one.</source>
        <translation>Noch keine Kampagnen. Eine Kampagne sendet eine genehmigte Vorlage an viele Personen auf einmal, zum Beispiel das Angebot dieser Woche an alle mit dem Schlagwort „Newsletter“. Klicken Sie auf „Neue Kampagne…“, um eine zu erstellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation type="vanished">{n} Kampagnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sending</source>
        <translation>{n} im Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} scheduled</source>
        <translation>{n} geplant</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+79"/>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save {what}</source>
        <translation>{what} speichern</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+52"/>
        <source>Nothing in this period yet.</source>
        <translation>In diesem Zeitraum noch nichts.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+455"/>
        <source>Step 3: check and finish</source>
        <translation>Schritt 3: prüfen und abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell Meta where to deliver your messages, then test it.</source>
        <translation>Sagen Sie Meta, wohin Ihre Nachrichten gehen sollen, und testen Sie es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta only sends your customers&apos; messages to the relay once the callback URL and verify token below are saved in the App Dashboard under WhatsApp → Configuration, with the “messages” field subscribed.</source>
        <translation>Meta schickt die Nachrichten Ihrer Kundschaft erst dann an das Relay, wenn die Callback-URL und das Verify-Token unten im App-Dashboard unter WhatsApp → Konfiguration gespeichert sind und das Feld „messages“ abonniert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation>Verify-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the App Dashboard</source>
        <translation>App-Dashboard öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can finish now and test later under Settings → Test connection.</source>
        <translation>Sie können jetzt abschließen und später unter Einstellungen → Verbindung testen prüfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {what}</source>
        <translation>{what} kopieren</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+29"/>
        <source>save it again as UTF-8 or name the encoding with --encoding</source>
        <translation>speichern Sie die Datei noch einmal als UTF-8 oder nennen Sie die Kodierung mit --encoding</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="+34"/>
        <source>use --region</source>
        <translation>verwenden Sie --region</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="+49"/>
        <source>run `klaros pair --relay URL --code CODE`</source>
        <translation>führen Sie `klaros pair --relay URL --code CODE` aus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>run `klaros connect --phone-number-id ID --waba-id ID`</source>
        <translation>führen Sie `klaros connect --phone-number-id ID --waba-id ID` aus</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="+72"/>
        <source>run the command again</source>
        <translation>führen Sie den Befehl erneut aus</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../klaros_desktop/phrases.py" line="+128"/>
        <source>today at {clock}</source>
        <translation>heute um {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {clock}</source>
        <translation>gestern um {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {clock}</source>
        <translation>morgen um {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {day} at {clock}</source>
        <translation>am {day} um {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {date} at {clock}</source>
        <translation>am {date} um {clock}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/compose.py" line="+66"/>
        <source>with a button</source>
        <translation>mit einer Schaltfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported contact list</source>
        <translation>in einer importierten Kontaktliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(set by hand in Klaros)</source>
        <translation>(in Klaros von Hand gesetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Meta reported that they stopped marketing messages)</source>
        <translation>(Meta meldete, dass Werbenachrichten abbestellt wurden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>in den WhatsApp-Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by writing “{word}”</source>
        <translation>mit der Nachricht „{word}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({source})</source>
        <translation>({source})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{who} opted out of all messages {how} {when}. Klaros will not message them until they write START.</source>
        <translation>{who} hat alle Nachrichten abbestellt, {how}, {when}. Klaros schreibt erst wieder, wenn die Person START schreibt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} stopped marketing messages {how} {when}; only utility and service templates may be sent.</source>
        <translation>{who} hat Werbenachrichten abbestellt, {how}, {when}; nur Service- und Hinweis-Vorlagen sind erlaubt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} has not written to you yet, so WhatsApp only allows an approved template to start.</source>
        <translation>{who} hat Ihnen noch nicht geschrieben, daher erlaubt WhatsApp zum Anfang nur eine genehmigte Vorlage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed {closed} ({who} last wrote {last}). Until they write again, WhatsApp only allows approved templates.</source>
        <translation>Das 24-Stunden-Fenster hat sich {closed} geschlossen ({who} schrieb zuletzt {last}). Bis zur nächsten Nachricht erlaubt WhatsApp nur genehmigte Vorlagen.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>WhatsApp refused the free message: more than 24 hours have passed since {who} last wrote by WhatsApp&apos;s clock. Send an approved template instead; once they answer you can write freely again.</source>
        <translation>WhatsApp hat die freie Nachricht abgelehnt: Nach der Uhr von WhatsApp sind mehr als 24 Stunden vergangen, seit {who} zuletzt geschrieben hat. Senden Sie stattdessen eine genehmigte Vorlage; sobald die Person antwortet, können Sie wieder frei schreiben.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>value {n}</source>
        <translation>Wert {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This template&apos;s header (a product, an animation or a title with several values) is not one Klaros can fill in.</source>
        <translation>Den Kopf dieser Vorlage (ein Produkt, eine Animation oder ein Titel mit mehreren Werten) kann Klaros nicht ausfüllen.</translation>
    </message>
    <message>
        <source>This template needs a location or header values, which Klaros cannot fill in.</source>
        <translation type="vanished">Diese Vorlage braucht einen Standort oder Werte für die Kopfzeile, die Klaros nicht ausfüllen kann.</translation>
    </message>
    <message>
        <source>This template&apos;s link button needs a value for each customer, which a chat cannot fill in. Send it as a campaign instead, where the link&apos;s value is chosen.</source>
        <translation type="vanished">Der Link-Button dieser Vorlage braucht für jede Kundin und jeden Kunden einen eigenen Wert, den ein Chat nicht ausfüllen kann. Senden Sie sie stattdessen als Kampagne, dort wird der Wert des Links gewählt.</translation>
    </message>
    <message>
        <source>This template needs a header picture or header values, which Klaros cannot fill in.</source>
        <translation type="vanished">Diese Vorlage braucht ein Kopfbild oder Kopfwerte, die Klaros nicht ausfüllen kann.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/sending.py" line="+148"/>
        <source>A template header takes a photo, a video or a document.</source>
        <translation>Die Kopfzeile einer Vorlage nimmt ein Foto, ein Video oder ein Dokument.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>WhatsApp shows no caption on a voice message or sticker; send the text on its own.</source>
        <translation>WhatsApp zeigt bei Sprachnachrichten und Stickern keine Bildunterschrift; senden Sie den Text einzeln.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/buttons.py" line="+103"/>
        <source>The copy-code button needs this customer&apos;s code.</source>
        <translation>Die Schaltfläche „Code kopieren“ braucht den Code für diesen Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code for the copy-code button is too long: WhatsApp takes codes up to {n} characters.</source>
        <translation>Der Code für die Schaltfläche „Code kopieren“ ist zu lang: WhatsApp nimmt Codes mit höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link button “{text}” needs a value for this customer.</source>
        <translation>Der Link-Button „{text}“ braucht einen Wert für diese Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” becomes part of a web address, so it cannot contain spaces.</source>
        <translation>Der Wert für den Link-Button „{text}“ wird Teil einer Webadresse und darf deshalb keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” is too long: WhatsApp takes links up to {limit} characters, which leaves {n} for this value.</source>
        <translation>Der Wert für den Link-Button „{text}“ ist zu lang: WhatsApp nimmt Links bis {limit} Zeichen, für diesen Wert bleiben also {n}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The template has no link button with a value at position {index} (counted from 0, as WhatsApp does); link buttons with a value: {known}.</source>
        <translation>Die Vorlage hat an Position {index} keinen Link-Button mit Wert (gezählt ab 0, wie bei WhatsApp); Link-Buttons mit Wert: {known}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+109"/>
        <source>The title at the top would be {length} characters long with this value; WhatsApp allows {max}. The value may have at most {room} characters.</source>
        <translation>Mit diesem Wert wäre der Titel oben {length} Zeichen lang; WhatsApp erlaubt {max}. Der Wert darf höchstens {room} Zeichen haben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give its value.</source>
        <translation>Der Titel oben in der Vorlage hat eine Variable ({variable}): Geben Sie ihren Wert an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address).</source>
        <translation>Die Vorlage zeigt oben eine Karte: Geben Sie den Ort an (Breitengrad, Längengrad, Name und Adresse).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This template shows a map at the top, not a title with a value; leave the value out.</source>
        <translation>Diese Vorlage zeigt oben eine Karte, keinen Titel mit einem Wert; lassen Sie den Wert weg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This template shows no map at the top; leave the place out.</source>
        <translation>Diese Vorlage zeigt oben keine Karte; lassen Sie den Ort weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This template&apos;s title at the top has no variable; leave its value out.</source>
        <translation>Der Titel oben in dieser Vorlage hat keine Variable; lassen Sie den Wert weg.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../klaros_desktop/ui/composer.py" line="+541"/>
        <source>Type a message  ·  Ctrl+Enter sends  ·  / for quick replies</source>
        <translation>Nachricht schreiben  ·  Strg+Enter sendet  ·  / für Schnellantworten</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Approved template</source>
        <translation>Genehmigte Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Template preview</source>
        <translation>Vorschau der Vorlage</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Send template</source>
        <translation>Vorlage senden</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Do not reply to this message</source>
        <translation>Nicht auf diese Nachricht antworten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Insert an emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replying to: {text}</source>
        <translation>Antwort auf: {text}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The file at the top of the template</source>
        <translation>Die Datei oben in der Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+572"/>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="-563"/>
        <source>Uploading the file</source>
        <translation>Die Datei wird hochgeladen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Value in the title at the top</source>
        <translation>Wert im Titel oben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This template shows a map at the top. Give the place; your map app shows its coordinates (you may paste both into the first field).</source>
        <translation>Diese Vorlage zeigt oben eine Karte. Geben Sie den Ort an; Ihre Karten-App zeigt seine Koordinaten (Sie können beide in das erste Feld einfügen).</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">z. B. 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Breitengrad des Orts</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">z. B. 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Längengrad des Orts</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">z. B. der Name Ihres Geschäfts</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Name des Orts</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Straße, Postleitzahl und Ort</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Adresse des Orts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude:</source>
        <translation>Breitengrad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude:</source>
        <translation>Längengrad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Why you cannot message this contact</source>
        <translation>Warum Sie diesem Kontakt nicht schreiben können</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a message  ·  Enter sends, Shift+Enter new line  ·  / for quick replies</source>
        <translation>Nachricht  ·  Enter sendet, Umschalt+Enter neue Zeile  ·  / Schnellantworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not forwarded: {reason}</source>
        <translation>Nicht weitergeleitet: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot message this contact.</source>
        <translation>Sie können diesem Kontakt nicht schreiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Klaros cannot send from this computer: no secure password store is usable here, so it cannot open your WhatsApp connection. Nothing you write can be sent until that is fixed; File → Set up connection… says what to install.</source>
        <translation>Klaros kann von diesem Computer nicht senden: hier ist kein sicherer Passwortspeicher nutzbar, daher kann Klaros Ihre WhatsApp-Verbindung nicht öffnen. Was Sie schreiben, kann erst gesendet werden, wenn das behoben ist; Datei → Verbindung einrichten… sagt, was Sie installieren müssen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: messages you write now wait in the outbox ({n} queued) and go out when Klaros reconnects, if the 24-hour window is still open then.</source>
        <translation>Offline: Was Sie jetzt schreiben, wartet im Postausgang ({n} in der Warteschlange) und geht hinaus, sobald Klaros wieder verbunden ist, wenn das 24-Stunden-Fenster dann noch offen ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a template…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No approved templates yet. Create one under Templates; it appears here as soon as Meta approves it.</source>
        <translation>Noch keine genehmigten Vorlagen. Erstellen Sie eine unter Vorlagen; sie erscheint hier, sobald Meta sie genehmigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a template to see what {name} will receive. Templates in {language} come first.</source>
        <translation>Wählen Sie eine Vorlage, um zu sehen, was {name} bekommt. Vorlagen auf {language} stehen oben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a template to see what {name} will receive.</source>
        <translation>Wählen Sie eine Vorlage, um zu sehen, was {name} bekommt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template value: {label}</source>
        <translation>Wert in der Vorlage: {label}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Title “{title}”:</source>
        <translation>Titel „{title}“:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title at the top reads “{title}”, with “…” replaced by what you type here. WhatsApp allows {max} characters for the whole title, which leaves {room} for this value.</source>
        <translation>Der Titel oben lautet „{title}“, wobei „…“ durch Ihre Eingabe ersetzt wird. WhatsApp erlaubt {max} Zeichen für den ganzen Titel; für diesen Wert bleiben {room}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code “{text}”:</source>
        <translation>Code „{text}“:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link “{text}”:</source>
        <translation>Link „{text}“:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of the button “{text}”</source>
        <translation>Code der Schaltfläche „{text}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the link of the button “{text}”</source>
        <translation>Ende des Links des Buttons „{text}“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer copies this code with the button (up to {n} characters).</source>
        <translation>Der Kunde kopiert diesen Code mit der Schaltfläche (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button “{text}” copies the code you type here; WhatsApp takes up to {n} characters.</source>
        <translation>Die Schaltfläche „{text}“ kopiert den Code, den Sie hier eingeben; WhatsApp nimmt höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The button “{text}” opens {url}, with “…” replaced by what you type here.</source>
        <translation>Der Button „{text}“ öffnet {url}; statt „…“ steht dort, was Sie hier eingeben.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>[Map: {place}]</source>
        <translation>[Karte: {place}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given yet</source>
        <translation>noch nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[{kind}: {name}]</source>
        <translation>[{kind}: {name}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen yet</source>
        <translation>noch nicht gewählt</translation>
    </message>
    <message>
        <source>[Button “{text}”: copies {code}]</source>
        <translation type="vanished">[Schaltfläche „{text}“: kopiert {code}]</translation>
    </message>
    <message>
        <source>[Button “{text}”: {url}]</source>
        <translation type="vanished">[Button „{text}“: {url}]</translation>
    </message>
    <message>
        <source>No approved templates yet. Create one in Meta&apos;s WhatsApp Manager; it appears here as soon as Meta approves it.</source>
        <translation type="vanished">Noch keine genehmigten Vorlagen. Erstellen Sie eine im WhatsApp Manager von Meta; sie erscheint hier, sobald Meta sie genehmigt.</translation>
    </message>
    <message>
        <source>Template value {name}</source>
        <translation type="vanished">Vorlagenwert {name}</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>for example: {example}</source>
        <translation>zum Beispiel: {example}</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>fill in</source>
        <translation>ausfüllen</translation>
    </message>
    <message>
        <source>Value {name}</source>
        <translation type="vanished">Wert {name}</translation>
    </message>
    <message>
        <source>[value {name}]</source>
        <translation type="vanished">[Wert {name}]</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Not allowed: {reason}</source>
        <translation>Nicht erlaubt: {reason}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This template shows a video at the top. Choose the video before sending ({rule}, MP4 or 3GP).</source>
        <translation>Diese Vorlage zeigt oben ein Video. Wählen Sie das Video vor dem Senden ({rule}, MP4 oder 3GP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template shows a document at the top. Choose the document before sending ({rule}: PDF, Word, Excel, PowerPoint or text).</source>
        <translation>Diese Vorlage zeigt oben ein Dokument. Wählen Sie das Dokument vor dem Senden ({rule}: PDF, Word, Excel, PowerPoint oder Text).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template shows a picture at the top. Choose the picture before sending ({rule}, JPEG or PNG).</source>
        <translation>Diese Vorlage zeigt oben ein Bild. Wählen Sie das Bild vor dem Senden ({rule}, JPEG oder PNG).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At the top: {name} ({size}).</source>
        <translation>Oben: {name} ({size}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not this file: {reason}</source>
        <translation>Diese Datei nicht: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file for the top of the template</source>
        <translation>Datei für den Kopf der Vorlage wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reactions need a connection to WhatsApp; try again when Klaros is online.</source>
        <translation>Reaktionen brauchen eine Verbindung zu WhatsApp; versuchen Sie es erneut, wenn Klaros online ist.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Queued in the outbox; it goes out when Klaros is back online.</source>
        <translation>Im Postausgang eingereiht; die Nachricht geht hinaus, sobald Klaros wieder online ist.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+23"/>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not send: {error}</source>
        <translation>Senden fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <location line="-891"/>
        <source>Enter sends the message (Shift+Enter: new line)</source>
        <translation>Enter sendet die Nachricht (Umschalt+Enter: neue Zeile)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../klaros_desktop/services/setup/connection_check.py" line="+41"/>
        <source>The relay at {url} did not answer: {error}</source>
        <translation>Das Relay unter {url} hat nicht geantwortet: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new messages are waiting</source>
        <translation>neue Nachrichten warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing is waiting</source>
        <translation>nichts wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay at {url} answers and knows this device; {waiting}.</source>
        <translation>Das Relay unter {url} antwortet und kennt dieses Gerät; {waiting}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta did not accept the connection: {error}</source>
        <translation>Meta hat die Verbindung nicht angenommen: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta answers for {number} ({name}); quality rating {quality}.</source>
        <translation>Meta antwortet für {number} ({name}); Qualitätsbewertung {quality}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number} ({name}).</source>
        <translation>Meta antwortet für {number} ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number}; quality rating {quality}.</source>
        <translation>Meta antwortet für {number}; Qualitätsbewertung {quality}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta answers for {number}.</source>
        <translation>Meta antwortet für {number}.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../klaros_desktop/services/people/consent.py" line="+177"/>
        <source>via {word}</source>
        <translation>per {word}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via a keyword</source>
        <translation>per Schlüsselwort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with a button</source>
        <translation>mit einer Schaltfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported file</source>
        <translation>in einer importierten Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by Meta (they stopped marketing messages)</source>
        <translation>durch Meta (Werbenachrichten wurden abbestellt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>in den WhatsApp-Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opted out of all messages {how} {when}</source>
        <translation>Hat alle Nachrichten abbestellt, {how}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages {how} {when}</source>
        <translation>Hat Werbenachrichten abbestellt, {how}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages {how} {when}</source>
        <translation>Hat allen Nachrichten zugestimmt, {how}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages {how} {when}</source>
        <translation>Hat Werbenachrichten zugestimmt, {how}, {when}</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_dialog.py" line="+50"/>
        <source>Consent given or withdrawn</source>
        <translation>Einwilligung gegeben oder zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages</source>
        <translation>Hat allen Nachrichten zugestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages</source>
        <translation>Hat Werbenachrichten zugestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out of all messages</source>
        <translation>Hat alle Nachrichten abbestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages</source>
        <translation>Hat Werbenachrichten abbestellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day the consent was given</source>
        <translation>Tag der Einwilligung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For example: signed form in the shop, kept in the folder</source>
        <translation>Zum Beispiel: unterschriebenes Formular im Geschäft, im Ordner abgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record consent</source>
        <translation>Einwilligung speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recorded, with its evidence, in the consent history.</source>
        <translation>Mit Nachweis im Einwilligungsverlauf gespeichert.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location line="+16"/>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>WhatsApp name: {name}</source>
        <translation>WhatsApp-Name: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+49 151 1234567</source>
        <translation>+49 151 1234567</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>regular, wholesale (comma separated)</source>
        <translation>Stammkunde, Großhandel (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent history</source>
        <translation>Verlauf der Einwilligungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Nachweis: ihre Nachricht „{text}“</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+100"/>
        <source>Evidence: {detail}</source>
        <translation>Nachweis: {detail}</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No opt-in or opt-out recorded. Customers who write STOP are opted out automatically; START opts them back in.</source>
        <translation>Keine Zustimmung und keine Abmeldung gespeichert. Wer STOP schreibt, wird automatisch abgemeldet; START meldet wieder an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>Consent history ({n})</source>
        <translation>Verlauf der Einwilligungen ({n})</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact…</source>
        <translation>Kontakt löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete everything Klaros has on this person, keeping only a salted hash so they are never messaged again</source>
        <translation>Alles löschen, was Klaros über diese Person weiß; nur ein gesalzener Hash bleibt, damit sie nie wieder angeschrieben wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everything Klaros has on this person (they have no phone number, so nothing is kept)</source>
        <translation>Alles löschen, was Klaros über diese Person weiß (sie hat keine Telefonnummer, daher bleibt nichts)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No number: this contact cannot be messaged.</source>
        <translation>Keine Nummer: diesem Kontakt kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valid number: {number}</source>
        <translation>Gültige Nummer: {number}</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <location filename="../../klaros_desktop/services/people/contact_edit.py" line="+55"/>
        <source>contact {id} no longer exists</source>
        <translation>Kontakt {id} gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give the contact a name or a phone number</source>
        <translation>geben Sie dem Kontakt einen Namen oder eine Telefonnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} already belongs to {name}; open that contact instead</source>
        <translation>{number} gehört schon zu {name}; öffnen Sie stattdessen diesen Kontakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>this contact was deleted meanwhile</source>
        <translation>dieser Kontakt wurde inzwischen gelöscht</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>say how the customer gave or withdrew consent (for example: signed form in the shop)</source>
        <translation>geben Sie an, wie die Person eingewilligt oder die Einwilligung zurückgezogen hat (zum Beispiel: unterschriebenes Formular im Geschäft)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date of the consent cannot be in the future</source>
        <translation>das Datum der Einwilligung darf nicht in der Zukunft liegen</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_panel.py" line="+35"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replied</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held back</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>← Back to the chat</source>
        <translation>← Zurück zum Chat</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Labels</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a label…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a label</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to remember about them</source>
        <translation>Was Sie sich über diese Person merken möchten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent and its evidence</source>
        <translation>Einwilligung und Nachweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last campaigns</source>
        <translation>Letzte Kampagnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More details…</source>
        <translation>Weitere Details…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No number</source>
        <translation>Keine Nummer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the label {name}</source>
        <translation>Schlagwort {name} entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No labels yet</source>
        <translation>Noch keine Schlagwörter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked yet. Customers who write STOP are opted out by themselves; “More details…” records a consent given in the shop.</source>
        <translation>Noch nicht gefragt. Wer STOP schreibt, wird automatisch abgemeldet; „Weitere Details…“ speichert eine im Geschäft gegebene Einwilligung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Nachweis: ihre Nachricht „{text}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: {detail}</source>
        <translation>Nachweis: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} earlier changes in “More details…”</source>
        <translation>{n} frühere Änderungen unter „Weitere Details…“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in any campaign yet.</source>
        <translation>Noch in keiner Kampagne.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/contacts_page.py" line="+73"/>
        <source>Search contacts: name, number, tag or note…</source>
        <translation>Kontakte suchen: Name, Nummer, Schlagwort oder Notiz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag filter</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+182"/>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected person on their request: messages, notes, media and consent history</source>
        <translation>Die ausgewählte Person auf ihren Wunsch löschen: Nachrichten, Notizen, Medien und Verlauf der Einwilligungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No contacts match. Clear the search or choose “All tags”.</source>
        <translation>Keine passenden Kontakte. Leeren Sie die Suche oder wählen Sie „Alle Schlagwörter“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts yet. Customers who write to you appear here by themselves; add one with “New contact”, or import a CSV or vCard file with “Import…” (or drop it here).</source>
        <translation>Noch keine Kontakte. Kundschaft, die Ihnen schreibt, erscheint hier von selbst; legen Sie einen mit „Neuer Kontakt“ an oder importieren Sie eine CSV- oder vCard-Datei mit „Importieren…“ (oder ziehen Sie sie hierher).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact…</source>
        <translation>Kontakt löschen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No conversation with this contact yet; start one with a template.</source>
        <translation>Noch keine Unterhaltung mit diesem Kontakt; beginnen Sie eine mit einer Vorlage.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv);;vCard (*.vcf)</source>
        <translation>CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contacts written to {file}</source>
        <translation>
            <numerusform>%n Kontakt in {file} geschrieben</numerusform>
            <numerusform>%n Kontakte in {file} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+485"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No marketing</source>
        <translation>Keine Werbung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opted in</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-273"/>
        <source>{name}, {unread} unread: {preview}</source>
        <translation>{name}, {unread} ungelesen: {preview}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {preview}</source>
        <translation>{name}: {preview}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(messages not sent: {n})</source>
        <translation>(nicht gesendete Nachrichten: {n})</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/country_picker.py" line="+47"/>
        <source>No default (numbers must start with +)</source>
        <translation>Kein Standard (Nummern müssen mit + beginnen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a country, e.g. Germany or +49</source>
        <translation>Land eingeben, z. B. Deutschland oder +49</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/crash_dialog.py" line="+21"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A copy is saved in %1.</source>
        <translation>Eine Kopie ist in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not be saved to a file.</source>
        <translation>Sie konnte nicht in einer Datei gespeichert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros ran into an unexpected problem. Your saved messages and contacts are not affected. If it keeps happening, copy the details and send them to your Klaros support; they contain no messages, phone numbers or passwords.</source>
        <translation>Klaros ist auf ein unerwartetes Problem gestoßen. Ihre gespeicherten Nachrichten und Kontakte sind nicht betroffen. Wenn es wieder passiert, kopieren Sie die Details und senden Sie sie an Ihren Klaros-Support; sie enthalten keine Nachrichten, Telefonnummern oder Passwörter.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>Es ist seitdem noch %n Mal passiert.</numerusform>
            <numerusform>Es ist seitdem noch %n Mal passiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DeadLetters</name>
    <message>
        <location filename="../../klaros_desktop/services/inbound/dead_letters.py" line="+191"/>
        <source>A customer&apos;s message</source>
        <translation>Eine Nachricht von Kundschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks of a message you sent</source>
        <translation>Häkchen einer gesendeten Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News about a template</source>
        <translation>Neuigkeit zu einer Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another WhatsApp update</source>
        <translation>Eine andere WhatsApp-Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a WhatsApp update</source>
        <translation>Keine WhatsApp-Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be opened</source>
        <translation>Konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was locked for another computer, or damaged on the way, so this PC cannot open it.</source>
        <translation>Sie war für einen anderen Computer verschlossen oder wurde unterwegs beschädigt, daher kann dieser PC sie nicht öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It arrived damaged: it is not readable data.</source>
        <translation>Sie kam beschädigt an: es sind keine lesbaren Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not in the form WhatsApp uses, so Klaros does not know what to do with it.</source>
        <translation>Sie hat nicht die Form, die WhatsApp verwendet, daher weiß Klaros nichts damit anzufangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of it is in a form this version of Klaros cannot store. After an update, Try again may work.</source>
        <translation>Ein Teil davon hat eine Form, die diese Klaros-Version nicht speichern kann. Nach einem Update kann „Erneut versuchen“ klappen.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>It is no longer in the list.</source>
        <translation>Sie ist nicht mehr in der Liste.</translation>
    </message>
</context>
<context>
    <name>DeadLettersDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/dead_letters.py" line="+114"/>
        <location line="+18"/>
        <source>Messages Klaros could not read</source>
        <translation>Nachrichten, die Klaros nicht lesen konnte</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Klaros received these but could not add them to your chats</source>
        <translation>Klaros hat diese empfangen, konnte sie aber nicht zu Ihren Chats hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They reached this PC, but something in them was not as Klaros expected. They are kept here, so nothing is lost. Export them to keep a copy or to show them to whoever helps you with Klaros. After an update of Klaros, Try again may add them to your chats.</source>
        <translation>Sie sind auf diesem PC angekommen, aber etwas darin war anders, als Klaros erwartet. Sie werden hier aufbewahrt, damit nichts verloren geht. Exportieren Sie sie, um eine Kopie zu behalten oder sie der Person zu zeigen, die Ihnen bei Klaros hilft. Nach einem Klaros-Update kann „Erneut versuchen“ sie zu Ihren Chats hinzufügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here: Klaros has added everything it received to your chats.</source>
        <translation>Hier ist nichts: Klaros hat alles Empfangene zu Ihren Chats hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export them to a file</source>
        <translation>In eine Datei exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again to add the selected one to your chats</source>
        <translation>Erneut versuchen, die ausgewählte zu Ihren Chats hinzuzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected one for good</source>
        <translation>Die ausgewählte endgültig löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This one was locked for another computer: trying again cannot open it.</source>
        <translation>Diese war für einen anderen Computer verschlossen: ein erneuter Versuch kann sie nicht öffnen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export messages Klaros could not read</source>
        <translation>Nachrichten exportieren, die Klaros nicht lesen konnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (*.csv);;JSON lines (*.jsonl)</source>
        <translation>Tabelle (*.csv);;JSON-Zeilen (*.jsonl)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {count} to {file}.</source>
        <translation>{count} in {file} gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder.</source>
        <translation>Klaros konnte nicht in {folder} schreiben: {reason}. Wählen Sie einen anderen Ort, zum Beispiel Ihren Dokumente-Ordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying again…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to your chats.</source>
        <translation>Zu Ihren Chats hinzugefügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still not possible: {why}</source>
        <translation>Immer noch nicht möglich: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klaros is busy right now, so nothing changed. Try again in a moment.</source>
        <translation>Klaros ist gerade beschäftigt, daher hat sich nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove for good?</source>
        <translation>Endgültig entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this for good? Klaros keeps no other copy: export it first if you may need it.</source>
        <translation>Endgültig löschen? Klaros hat keine andere Kopie: exportieren Sie sie zuerst, falls Sie sie noch brauchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
</context>
<context>
    <name>DeadLettersEntry</name>
    <message>
        <location line="-230"/>
        <source>Messages Klaros could not read…</source>
        <translation>Nachrichten, die Klaros nicht lesen konnte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages and updates that reached this PC but could not be added to your chats</source>
        <translation>Nachrichten und Meldungen, die diesen PC erreichten, aber nicht zu Ihren Chats hinzugefügt werden konnten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages Klaros could not read</source>
        <translation>Nachrichten, die Klaros nicht lesen konnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ Messages Klaros could not read: {count}</source>
        <translation>⚠ Nachrichten, die Klaros nicht lesen konnte: {count}</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="+106"/>
        <source>Drop a contacts file here</source>
        <translation>Kontaktdatei hier ablegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a .csv or .vcf file here, or choose one</source>
        <translation>Legen Sie eine .csv- oder .vcf-Datei hier ab oder wählen Sie eine aus</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/emoji_picker.py" line="+13"/>
        <source>Smileys</source>
        <translation>Smileys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gestures</source>
        <translation>Gesten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearts and symbols</source>
        <translation>Herzen und Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
</context>
<context>
    <name>EraseContactDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/privacy.py" line="+257"/>
        <source>this contact</source>
        <translation>diesen Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERASE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase {name} from Klaros?</source>
        <translation>{name} aus Klaros löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from this PC for good:</source>
        <translation>Endgültig von diesem PC gelöscht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every message with them, sent and received, and the conversation</source>
        <translation>jede Nachricht mit dieser Person, gesendet und empfangen, und die Unterhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their contact details: name, tags, notes and custom fields</source>
        <translation>die Kontaktangaben: Name, Schlagwörter, Notizen und eigene Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photos, voice notes and files in those messages</source>
        <translation>die Fotos, Sprachnachrichten und Dateien in diesen Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their consent history (opt-ins and opt-outs)</source>
        <translation>der Verlauf der Einwilligungen (Zustimmungen und Abmeldungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their number wherever the audit trail and the log files mention it</source>
        <translation>die Nummer, wo immer das Prüfprotokoll und die Protokolldateien sie nennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their WhatsApp user ID wherever the audit trail and the log files mention it</source>
        <translation>die WhatsApp-Benutzerkennung, wo immer das Prüfprotokoll und die Protokolldateien sie nennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their number</source>
        <translation>automatische Datenbanksicherungen, die die Nummer noch enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their user ID</source>
        <translation>automatische Datenbanksicherungen, die die Benutzerkennung noch enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: a salted hash of the number, which cannot be turned back into it. It makes Klaros refuse to message or import this number again.</source>
        <translation>Was bleibt: ein gesalzener Hash der Nummer, aus dem sich die Nummer nicht zurückgewinnen lässt. Damit weigert sich Klaros, diese Nummer je wieder anzuschreiben oder zu importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: nothing. They have no phone number, so there is nothing to keep them from being messaged if they write again.</source>
        <translation>Was bleibt: nichts. Die Person hat keine Telefonnummer, daher hindert nichts daran, ihr zu schreiben, wenn sie sich wieder meldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not affected: the chat on their phone, and the copies Meta keeps under its own rules.</source>
        <translation>Nicht betroffen: der Chat auf ihrem Telefon und die Kopien, die Meta nach eigenen Regeln aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type the last 4 digits of {name}’s number:</source>
        <translation>Das lässt sich nicht rückgängig machen. Tippen Sie zur Bestätigung die letzten 4 Ziffern der Nummer von {name}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type {word}:</source>
        <translation>Das lässt sich nicht rückgängig machen. Tippen Sie zur Bestätigung {word}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 digits of the number</source>
        <translation>Letzte 4 Ziffern der Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation word</source>
        <translation>Bestätigungswort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasing</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasure state</source>
        <translation>Stand des Löschens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {name} for good</source>
        <translation>{name} endgültig löschen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Erasing {name}…</source>
        <translation>{name} wird gelöscht…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The erasure did not finish: {reason}. Try again; if it keeps failing, close Klaros and use “klaros erase --contact”.</source>
        <translation>Das Löschen wurde nicht fertig: {reason}. Versuchen Sie es erneut; wenn es weiter scheitert, schließen Sie Klaros und verwenden Sie „klaros erase --contact“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contact erased</source>
        <translation>Kontakt gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is erased from Klaros.</source>
        <translation>{name} ist aus Klaros gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not everything could be done:</source>
        <translation>Nicht alles ließ sich erledigen:</translation>
    </message>
</context>
<context>
    <name>EraseEverythingDialog</name>
    <message>
        <location line="+31"/>
        <source>ERASE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything on this PC</source>
        <translation>Alles auf diesem PC löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase everything Klaros keeps on this PC?</source>
        <translation>Alles löschen, was Klaros auf diesem PC aufbewahrt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes the folder {folder} with everything in it that Klaros made: the database (every contact, conversation, message, template, consent record and the audit trail), its automatic backups, the log files and the downloaded photos and files.</source>
        <translation>Das löscht den Ordner {folder} mit allem, was Klaros darin angelegt hat: die Datenbank (alle Kontakte, Unterhaltungen, Nachrichten, Vorlagen, Einwilligungen und das Prüfprotokoll), ihre automatischen Sicherungen, die Protokolldateien und die heruntergeladenen Fotos und Dateien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It also removes the Meta access token, the relay token and this PC’s key from {keyring}.</source>
        <translation>Außerdem entfernt es den Meta-Zugangsschlüssel, das Relay-Token und den Schlüssel dieses PCs aus {keyring}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Want a copy first? Cancel and use File → Export all data…</source>
        <translation>Zuerst eine Kopie? Brechen Sie ab und verwenden Sie Datei → Alle Daten exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted by this, because they are not on this PC:</source>
        <translation>Davon nicht gelöscht, weil nicht auf diesem PC:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta keeps your WhatsApp Business account, its phone number and templates. To delete them, open WhatsApp Manager in Meta Business Suite and delete the phone number or the account.</source>
        <translation>Meta behält Ihr WhatsApp-Business-Konto, seine Telefonnummer und die Vorlagen. Um sie zu löschen, öffnen Sie den WhatsApp Manager in der Meta Business Suite und löschen die Telefonnummer oder das Konto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay keeps this PC paired and holds messages not yet fetched (for 30 days at most). Ask whoever runs your relay to remove this device.</source>
        <translation>Das Relay lässt diesen PC gekoppelt und hält noch nicht abgeholte Nachrichten (höchstens 30 Tage). Bitten Sie den Betreiber Ihres Relays, dieses Gerät zu entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone, and Klaros closes when it is done. To confirm, type {word}:</source>
        <translation>Das lässt sich nicht rückgängig machen, und Klaros schließt sich danach. Tippen Sie zur Bestätigung {word}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation word</source>
        <translation>Bestätigungswort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasing everything on this PC…</source>
        <translation>Alles auf diesem PC wird gelöscht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was erased</source>
        <translation>Was gelöscht wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC for good</source>
        <translation>Alles auf diesem PC endgültig löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Klaros</source>
        <translation>Klaros schließen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system’s password store</source>
        <translation>dem Passwortspeicher des Systems</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Everything is erased</source>
        <translation>Alles ist gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} and the keyring entries of this profile are gone.</source>
        <translation>Der Ordner {folder} und die Schlüsselbund-Einträge dieses Profils sind entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left in place because Klaros did not make them: {files}. Delete them yourself if you do not need them.</source>
        <translation>Stehen gelassen, weil Klaros sie nicht angelegt hat: {files}. Löschen Sie sie selbst, wenn Sie sie nicht brauchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The erasure is recorded, without any of the erased data, in {file}.</source>
        <translation>Das Löschen ist ohne die gelöschten Daten in {file} festgehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember Meta and the relay: they keep their own copies (see above).</source>
        <translation>Denken Sie an Meta und das Relay: sie haben eigene Kopien (siehe oben).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The erasure did not finish</source>
        <translation>Das Löschen wurde nicht fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}.

Klaros closes now. Then delete the folder {folder} yourself, or start Klaros again and repeat the erasure.</source>
        <translation>{reason}.

Klaros schließt sich jetzt. Löschen Sie danach den Ordner {folder} selbst, oder starten Sie Klaros neu und wiederholen Sie das Löschen.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../klaros_desktop/services/privacy/erasure.py" line="+101"/>
        <source>No contact had this number; it is now suppressed so it is never messaged.</source>
        <translation>Kein Kontakt hatte diese Nummer; sie ist jetzt gesperrt, damit sie nie angeschrieben wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erased contacts: {contacts}; messages: {messages}; conversations: {conversations}; consent events: {consent_events}; media files: {media_files}.</source>
        <translation>Gelöschte Kontakte: {contacts}; Nachrichten: {messages}; Unterhaltungen: {conversations}; Einwilligungsereignisse: {consent_events}; Mediendateien: {media_files}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsent messages deleted from the outbox: {count}.</source>
        <translation>Aus dem Postausgang gelöschte, nicht gesendete Nachrichten: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entries scrubbed: {count}.</source>
        <translation>Bereinigte Einträge im Prüfprotokoll: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log files scrubbed: {count}.</source>
        <translation>Bereinigte Protokolldateien: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database backups holding the number deleted: {count}.</source>
        <translation>Gelöschte Datenbanksicherungen mit der Nummer: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They had no phone number, so nothing about them is kept.</source>
        <translation>Die Person hatte keine Telefonnummer, daher bleibt nichts über sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is kept only as a salted hash.</source>
        <translation>Die Nummer bleibt nur als gesalzener Hash.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sentence} {more}</source>
        <translation>{sentence} {more}</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>the database&apos;s write-ahead log (klaros.sqlite3-wal) could not be emptied: something else was reading the database. The erased data may remain in that file until Klaros starts again, which empties it</source>
        <translation>das Write-Ahead-Log der Datenbank (klaros.sqlite3-wal) ließ sich nicht leeren: etwas anderes las gerade die Datenbank. Die gelöschten Daten können in dieser Datei bleiben, bis Klaros neu startet und sie leert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a media path outside the profile was ignored: {path}</source>
        <translation>ein Medienpfad außerhalb des Profils wurde übergangen: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a media file could not be deleted: {error}; Klaros tries again when it next starts</source>
        <translation>eine Mediendatei ließ sich nicht löschen: {error}; Klaros versucht es beim nächsten Start erneut</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the backup {name} could not be checked or deleted: {error}</source>
        <translation>die Sicherung {name} ließ sich nicht prüfen oder löschen: {error}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{folder} is not a Klaros profile (no {name} in it); nothing was erased</source>
        <translation>{folder} ist kein Klaros-Profil (kein {name} darin); nichts wurde gelöscht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the password store did not let Klaros remove this profile&apos;s secrets ({error}), so nothing was erased. Unlock it (or sign in to your desktop session) and erase again</source>
        <translation>der Passwortspeicher ließ Klaros die Geheimnisse dieses Profils nicht entfernen ({error}), daher wurde nichts gelöscht. Entsperren Sie ihn (oder melden Sie sich an Ihrer Arbeitsoberfläche an) und löschen Sie erneut</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/privacy.py" line="-474"/>
        <location line="+26"/>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-Archiv (*.zip)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exporting everything Klaros holds…</source>
        <translation>Alles, was Klaros hat, wird exportiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {file}</source>
        <translation>{file} wird geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export in progress</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This takes seconds for a small shop and a few minutes for years of chats with photos. You can keep working meanwhile.</source>
        <translation>Das dauert bei einem kleinen Laden Sekunden und bei Jahren von Chats mit Fotos einige Minuten. Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export finished</source>
        <translation>Export fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the archive is</source>
        <translation>Wo das Archiv liegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each kind of record is a file of its own, readable by other programs; the contacts are also in it as a spreadsheet (CSV) and as address-book cards (vCard). README.md inside explains every field.</source>
        <translation>Jede Art von Eintrag ist eine eigene Datei, lesbar für andere Programme; die Kontakte sind zusätzlich als Tabelle (CSV) und als Adressbuch-Karten (vCard) enthalten. README.md darin erklärt jedes Feld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export did not work</source>
        <translation>Der Export hat nicht funktioniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the export failed</source>
        <translation>Warum der Export scheiterte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder holding the archive</source>
        <translation>Den Ordner mit dem Archiv öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An export cannot be stopped halfway; it ends by itself.</source>
        <translation>Ein Export lässt sich nicht mittendrin anhalten; er endet von selbst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved as {file} ({size}).</source>
        <translation>Gespeichert als {file} ({size}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent records (opt-ins and opt-outs)</source>
        <translation>Einwilligungen (Zustimmungen und Abmeldungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail entries</source>
        <translation>Einträge im Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, voice notes and files</source>
        <translation>Fotos, Sprachnachrichten und Dateien</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder, and try again.</source>
        <translation>Klaros konnte nicht in {folder} schreiben: {reason}. Wählen Sie einen anderen Ort, zum Beispiel Ihren Dokumente-Ordner, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong while writing it: {reason}.</source>
        <translation>Beim Schreiben ging etwas schief: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No half-written archive was left behind.</source>
        <translation>Es blieb kein halb geschriebenes Archiv zurück.</translation>
    </message>
</context>
<context>
    <name>FailedMessagesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+20"/>
        <location line="+10"/>
        <source>Messages not delivered</source>
        <translation>Nicht zugestellte Nachrichten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Customer</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a message to open the chat.</source>
        <translation>Doppelklicken Sie auf eine Nachricht, um den Chat zu öffnen.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>before: {n:,}</source>
        <translation type="vanished">vorher: {n:,}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+232"/>
        <source>before: {n}</source>
        <translation>vorher: {n}</translation>
    </message>
</context>
<context>
    <name>GraphErrors</name>
    <message>
        <location filename="../../klaros_desktop/graph/client.py" line="+73"/>
        <source>WhatsApp&apos;s answer pointed to another server ({origin}), so Klaros did not send your access key there.</source>
        <translation>Die Antwort von WhatsApp verwies auf einen anderen Server ({origin}), daher hat Klaros Ihren Zugangsschlüssel nicht dorthin geschickt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/graph/errors.py" line="+134"/>
        <source>Try again later; if it keeps happening, send the log file to support.</source>
        <translation>Versuchen Sie es später erneut; wenn es immer wieder passiert, schicken Sie die Protokolldatei an den Support.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/graph/errors.py" line="-115"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key.</source>
        <translation>WhatsApp nimmt den Zugangsschlüssel von Klaros nicht mehr an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the WhatsApp connection settings in Klaros and connect your account again.</source>
        <translation>Öffnen Sie in Klaros die Einstellungen der WhatsApp-Verbindung und verbinden Sie Ihr Konto erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key (it is wrong or has expired).</source>
        <translation>WhatsApp nimmt den Zugangsschlüssel von Klaros nicht mehr an (er ist falsch oder abgelaufen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the WhatsApp connection settings in Klaros and enter a new access token.</source>
        <translation>Öffnen Sie in Klaros die Einstellungen der WhatsApp-Verbindung und geben Sie ein neues Zugangstoken ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros talked to WhatsApp too often in a short time.</source>
        <translation>Klaros hat in kurzer Zeit zu oft mit WhatsApp gesprochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes; Klaros will try again.</source>
        <translation>Warten Sie ein paar Minuten; Klaros versucht es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your WhatsApp account reached Meta&apos;s request limit.</source>
        <translation>Ihr WhatsApp-Konto hat Metas Anfragelimit erreicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then try again.</source>
        <translation>Warten Sie ein paar Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp did not understand part of the message.</source>
        <translation>WhatsApp hat einen Teil der Nachricht nicht verstanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the message (phone number, attachment, template) and try again; if it keeps happening, send the log file to support.</source>
        <translation>Prüfen Sie die Nachricht (Telefonnummer, Anhang, Vorlage) und versuchen Sie es erneut; wenn es immer wieder passiert, schicken Sie die Protokolldatei an den Support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are sending messages faster than WhatsApp allows for your number.</source>
        <translation>Sie senden schneller, als WhatsApp es für Ihre Nummer erlaubt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros slows down and sends the rest automatically.</source>
        <translation>Nichts zu tun: Klaros wird langsamer und sendet den Rest von selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong at WhatsApp.</source>
        <translation>Bei WhatsApp ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp is temporarily unavailable.</source>
        <translation>WhatsApp ist vorübergehend nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message could not be delivered. The number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Die Nachricht konnte nicht zugestellt werden. Die Nummer nutzt vielleicht kein WhatsApp, oder die App der Person ist zu alt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the number with the customer or reach them another way.</source>
        <translation>Prüfen Sie die Nummer mit der Person oder erreichen Sie sie auf anderem Weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 24 hours have passed since this customer last wrote to you, so WhatsApp only allows an approved template message.</source>
        <translation>Seit der letzten Nachricht dieser Person sind mehr als 24 Stunden vergangen, daher erlaubt WhatsApp nur eine genehmigte Vorlage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a template (for example a short &quot;Do you have a minute?&quot; message); once the customer answers you can write freely again.</source>
        <translation>Senden Sie eine Vorlage (zum Beispiel eine kurze Nachricht „Haben Sie kurz Zeit?“); sobald die Person antwortet, können Sie wieder frei schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp held back this marketing message because the customer already got many.</source>
        <translation>WhatsApp hat diese Werbenachricht zurückgehalten, weil die Person schon viele bekommen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send again today; try another day.</source>
        <translation>Heute nicht erneut senden; versuchen Sie es an einem anderen Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has stopped marketing messages from your shop in WhatsApp.</source>
        <translation>Diese Person hat Werbenachrichten Ihres Ladens in WhatsApp abbestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send them offers. Service messages and replies to their questions still work.</source>
        <translation>Schicken Sie ihr keine Angebote. Service-Nachrichten und Antworten auf ihre Fragen gehen weiterhin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp unterstützt diese Art von Nachricht nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it as text or a picture instead.</source>
        <translation>Senden Sie sie stattdessen als Text oder Bild.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s file could not be downloaded.</source>
        <translation>Die Datei der Person konnte nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer to send it again.</source>
        <translation>Bitten Sie die Person, sie noch einmal zu schicken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attachment could not be sent (it is missing, too large or of a type WhatsApp refuses).</source>
        <translation>Der Anhang konnte nicht gesendet werden (er fehlt, ist zu groß oder hat einen Typ, den WhatsApp ablehnt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file (pictures up to 5 MB, videos and audio up to 16 MB) and attach it again.</source>
        <translation>Prüfen Sie die Datei (Bilder bis 5 MB, Videos und Audio bis 16 MB) und hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You sent this customer many messages in a few seconds.</source>
        <translation>Sie haben dieser Person in wenigen Sekunden viele Nachrichten geschickt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros waits a little and sends the message.</source>
        <translation>Nichts zu tun: Klaros wartet kurz und sendet die Nachricht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A value in the message is not allowed (for example a button title that is too long).</source>
        <translation>Ein Wert in der Nachricht ist nicht erlaubt (zum Beispiel ein zu langer Schaltflächentitel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten or correct the highlighted field and send again.</source>
        <translation>Kürzen oder korrigieren Sie das markierte Feld und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something the message needs is missing.</source>
        <translation>Etwas, das die Nachricht braucht, fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every field and send again.</source>
        <translation>Füllen Sie jedes Feld aus und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template needs a different number of fill-in values than were given.</source>
        <translation>Die Vorlage braucht eine andere Anzahl von Werten als angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every placeholder of the template, then send again.</source>
        <translation>Füllen Sie jeden Platzhalter der Vorlage aus und senden Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template does not exist in that language or is not approved yet.</source>
        <translation>Diese Vorlage gibt es in dieser Sprache nicht, oder sie ist noch nicht genehmigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an approved template (Templates page) or wait until Meta approves it.</source>
        <translation>Wählen Sie eine genehmigte Vorlage (Seite Vorlagen) oder warten Sie, bis Meta sie genehmigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fill-in value makes the template&apos;s text longer than WhatsApp allows (the title at the top may have 60 characters with its value).</source>
        <translation>Ein Wert macht den Text der Vorlage länger, als WhatsApp erlaubt (der Titel oben darf mit seinem Wert 60 Zeichen haben).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the value and send again.</source>
        <translation>Kürzen Sie den Wert und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fill-in value does not match what the template expects (for example text instead of a picture).</source>
        <translation>Ein Wert passt nicht zu dem, was die Vorlage erwartet (zum Beispiel Text statt eines Bildes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the template&apos;s fields and send again.</source>
        <translation>Prüfen Sie die Felder der Vorlage und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta paused this template because customers reacted badly to it.</source>
        <translation>Meta hat diese Vorlage pausiert, weil die Kundschaft schlecht darauf reagiert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another template, or edit this one and submit it again.</source>
        <translation>Verwenden Sie eine andere Vorlage, oder bearbeiten Sie diese und reichen Sie sie erneut ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta switched this template off because it was paused too often.</source>
        <translation>Meta hat diese Vorlage abgeschaltet, weil sie zu oft pausiert wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new template.</source>
        <translation>Erstellen Sie eine neue Vorlage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is your shop&apos;s own WhatsApp number.</source>
        <translation>Das ist die eigene WhatsApp-Nummer Ihres Ladens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message to the customer&apos;s number instead.</source>
        <translation>Senden Sie die Nachricht stattdessen an die Nummer der Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta limited your sending because too many customers blocked or reported your messages.</source>
        <translation>Meta hat Ihr Senden eingeschränkt, weil zu viele Personen Ihre Nachrichten blockiert oder gemeldet haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only to customers who asked for your messages, and send fewer for a while.</source>
        <translation>Schreiben Sie nur Personen, die Ihre Nachrichten wollen, und senden Sie eine Weile weniger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s access key lacks the permission for this.</source>
        <translation>Dem Zugangsschlüssel von Klaros fehlt dafür die Berechtigung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the access token the WhatsApp permissions in Meta&apos;s business settings, then connect your account again.</source>
        <translation>Geben Sie dem Zugangstoken in Metas Unternehmenseinstellungen die WhatsApp-Berechtigungen und verbinden Sie Ihr Konto dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token may not use this WhatsApp account: a permission or the account itself is missing from its system user.</source>
        <translation>Das Zugangstoken darf dieses WhatsApp-Konto nicht verwenden: seinem Systembenutzer fehlt eine Berechtigung oder das Konto selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Meta Business Suite, open Settings → System users, assign your WhatsApp account to the system user, then generate a new token with the permissions whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation>Öffnen Sie in der Meta Business Suite Einstellungen → Systembenutzer, weisen Sie dem Systembenutzer Ihr WhatsApp-Konto zu und erstellen Sie dann ein neues Token mit den Berechtigungen whatsapp_business_messaging und whatsapp_business_management.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This phone number is not registered with the WhatsApp Cloud API yet.</source>
        <translation>Diese Telefonnummer ist noch nicht bei der WhatsApp Cloud API registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In WhatsApp Manager, open Phone numbers and finish the number&apos;s registration (Meta sends a code by SMS or call), then connect again.</source>
        <translation>Öffnen Sie im WhatsApp Manager die Telefonnummern und schließen Sie die Registrierung der Nummer ab (Meta schickt einen Code per SMS oder Anruf); verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta blocked this account for a while because of a policy violation.</source>
        <translation>Meta hat dieses Konto wegen eines Richtlinienverstoßes eine Zeit lang gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Meta&apos;s message about it in your Meta business account; sending works again when the block ends.</source>
        <translation>Lesen Sie Metas Nachricht dazu in Ihrem Meta-Unternehmenskonto; das Senden geht wieder, wenn die Sperre endet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp refused the request.</source>
        <translation>WhatsApp hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros could not reach WhatsApp.</source>
        <translation>Klaros konnte WhatsApp nicht erreichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the internet connection; Klaros will try again.</source>
        <translation>Prüfen Sie die Internetverbindung; Klaros versucht es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what_happened} {what_to_do}</source>
        <translation>{what_happened} {what_to_do}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Not delivered: {reason} (Meta error {code})</source>
        <translation>Nicht zugestellt: {reason} (Meta-Fehler {code})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Meta did not say why.</source>
        <translation>Meta hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not delivered: {reason}</source>
        <translation>Nicht zugestellt: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not accept the template: {reason}</source>
        <translation>Meta hat die Vorlage nicht angenommen: {reason}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>WhatsApp did not confirm this message: the connection broke or WhatsApp failed after it had been sent, so it may have reached the customer.</source>
        <translation>WhatsApp hat diese Nachricht nicht bestätigt: Die Verbindung brach ab oder WhatsApp hatte einen Fehler, nachdem sie gesendet worden war, daher hat sie die Person vielleicht erreicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros does not send it again by itself. Check with the customer (or wait for WhatsApp&apos;s delivery report) before sending it again.</source>
        <translation>Klaros sendet sie nicht von selbst erneut. Fragen Sie bei der Person nach (oder warten Sie auf die Zustellmeldung von WhatsApp), bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>HeldBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/outbox_bubble.py" line="+64"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this message again</source>
        <translation>Diese Nachricht erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this message in the composer</source>
        <translation>Diese Nachricht im Eingabefeld bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the text of this message</source>
        <translation>Den Text dieser Nachricht kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template “{name}”</source>
        <translation>Vorlage „{name}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Not sent · {time}</source>
        <translation>⚠ Nicht gesendet · {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message not sent: {text}. {reason}</source>
        <translation>Nachricht nicht gesendet: {text}. {reason}</translation>
    </message>
</context>
<context>
    <name>HoursAndBudgetTab</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_extras.py" line="+38"/>
        <source>Business hours and automatic replies</source>
        <translation>Geschäftszeiten und automatische Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set your opening hours for each weekday. Klaros can greet a customer who writes for the first time and answer outside your hours, only inside WhatsApp&apos;s 24-hour window.</source>
        <translation>Legen Sie Ihre Öffnungszeiten für jeden Wochentag fest. Klaros kann Kunden begrüßen, die zum ersten Mal schreiben, und außerhalb Ihrer Öffnungszeiten antworten – nur innerhalb des 24-Stunden-Fensters von WhatsApp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business hours and automatic replies…</source>
        <translation>Geschäftszeiten und automatische Antworten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you plan to spend on WhatsApp messages each month. Analytics shows the month&apos;s charges against it, and a campaign that would go over it warns you first.</source>
        <translation>Was Sie pro Monat für WhatsApp-Nachrichten ausgeben möchten. Die Statistik zeigt die Kosten des Monats im Vergleich dazu, und eine Kampagne, die es überschreiten würde, warnt Sie vorher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 150</source>
        <translation>z. B. 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Betrag des Monatsbudgets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget currency</source>
        <translation>Währung des Budgets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Budget speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send marketing campaigns through Meta&apos;s Marketing Messages API</source>
        <translation>Marketing-Kampagnen über Metas Marketing Messages API senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta delivers marketing templates sent this way with its own optimisation and bills them as “marketing lite”. Accept Meta&apos;s terms for it in WhatsApp Manager first. Other messages are not affected.</source>
        <translation>Meta stellt so gesendete Marketing-Vorlagen mit eigener Optimierung zu und berechnet sie als „Marketing Lite“. Akzeptieren Sie zuerst Metas Bedingungen dafür im WhatsApp Manager. Andere Nachrichten sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Marketing campaigns now go through the Marketing Messages API.</source>
        <translation>Marketing-Kampagnen gehen jetzt über die Marketing Messages API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing campaigns now go through the usual messages API.</source>
        <translation>Marketing-Kampagnen gehen jetzt über die übliche Nachrichten-API.</translation>
    </message>
    <message>
        <source>Monthly budget saved.</source>
        <translation type="vanished">Monatsbudget gespeichert.</translation>
    </message>
    <message>
        <source>Monthly budget removed.</source>
        <translation type="vanished">Monatsbudget entfernt.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="+506"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This picture cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/contacts_import.py" line="+73"/>
        <source>this number was erased on request; it is not imported again</source>
        <translation>diese Nummer wurde auf Wunsch gelöscht; sie wird nicht erneut importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number was erased while the import started; import the file again</source>
        <translation>eine Nummer wurde gelöscht, während der Import begann; bitte importieren Sie die Datei erneut</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>consent value {value!r} not understood (use yes, no or opt-out)</source>
        <translation>Einwilligungswert {value!r} nicht verstanden (verwenden Sie yes, no oder opt-out)</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>--map applies to CSV files; vCard fields are read by their names</source>
        <translation>--map gilt für CSV-Dateien; vCard-Felder werden über ihre Namen gelesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown region {region!r}; use a two-letter country code such as DE, FR or ES</source>
        <translation>unbekannte Region {region!r}; verwenden Sie einen zweistelligen Ländercode wie DE, FR oder ES</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/csv_reader.py" line="+227"/>
        <source>--map {option!r}: write it as FIELD=COLUMN, e.g. --map phone=Handynummer</source>
        <translation>--map {option!r}: schreiben Sie es als FELD=SPALTE, z. B. --map phone=Handynummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--map {option!r}: unknown field {name!r}; fields are {fields}, or custom.NAME for a custom field</source>
        <translation>--map {option!r}: unbekanntes Feld {name!r}; Felder sind {fields}, oder custom.NAME für ein eigenes Feld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--map names the column {name!r}, which is not in the file; its columns are: {columns}</source>
        <translation>--map nennt die Spalte {name!r}, die es in der Datei nicht gibt; ihre Spalten sind: {columns}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the file has no header row (expected column names such as Name and Phone)</source>
        <translation>die Datei hat keine Kopfzeile (erwartet werden Spaltennamen wie Name und Telefon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone number column found; the columns are {columns}. Name the right one with --map phone=COLUMN</source>
        <translation>keine Spalte mit Telefonnummern gefunden; die Spalten sind {columns}. Nennen Sie die richtige mit --map phone=SPALTE</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unreadable CSV: {error}</source>
        <translation>unlesbare CSV-Datei: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {line} holds bytes that are not valid {encoding} text</source>
        <translation>Zeile {line} enthält Bytes, die kein gültiger {encoding}-Text sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted value on line {line} is never closed, so the rest of the file (to line {end}) was read into it</source>
        <translation>ein Wert in Anführungszeichen in Zeile {line} wird nie geschlossen, daher wurde der Rest der Datei (bis Zeile {end}) in ihn gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted value is not closed: the row runs on to line {end} with {values} values for {columns} columns</source>
        <translation>ein Wert in Anführungszeichen ist nicht geschlossen: die Zeile läuft bis Zeile {end} weiter, mit {values} Werten für {columns} Spalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the row has {values} values but the header has {columns} columns (is there an unquoted delimiter in a value?)</source>
        <translation>die Zeile hat {values} Werte, die Kopfzeile aber {columns} Spalten (steht ein Trennzeichen ohne Anführungszeichen in einem Wert?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the row cannot be read: {error}</source>
        <translation>die Zeile lässt sich nicht lesen: {error}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/records.py" line="+67"/>
        <location line="+9"/>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>not JSON: {error}</source>
        <translation>kein JSON: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the custom fields cannot be read ({problem})</source>
        <translation>die eigenen Felder lassen sich nicht lesen ({problem})</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+23"/>
        <source>cannot read {path}: {error}</source>
        <translation>{path} lässt sich nicht lesen: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than {limit}, the most Klaros imports at once; split it into smaller files, or export only the contacts you need</source>
        <translation>die Datei ist größer als {limit}, das Höchste, was Klaros auf einmal importiert; teilen Sie sie in kleinere Dateien oder exportieren Sie nur die Kontakte, die Sie brauchen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is not valid {encoding} text (bad bytes at byte offset {offset}); {fix}</source>
        <translation>die Datei ist kein gültiger {encoding}-Text (falsche Bytes bei Byte {offset}); {fix}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown encoding {encoding!r}; use one of {encodings}</source>
        <translation>unbekannte Kodierung {encoding!r}; verwenden Sie eine von {encodings}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file holds binary data (NUL bytes), so it is not a CSV or vCard text file; export the contacts from the other program as CSV or vCard</source>
        <translation>die Datei enthält Binärdaten (NUL-Bytes), ist also keine CSV- oder vCard-Textdatei; exportieren Sie die Kontakte aus dem anderen Programm als CSV oder vCard</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/vcard_reader.py" line="+84"/>
        <source>the card has no END:VCARD before the next BEGIN:VCARD</source>
        <translation>der Karte fehlt END:VCARD vor dem nächsten BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>der Karte fehlt END:VCARD (die Datei endet mittendrin)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not a readable vCard at line {line}: {error}</source>
        <translation>keine lesbare vCard in Zeile {line}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not a readable vCard: {error}</source>
        <translation>keine lesbare vCard: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>die Datei enthält keine vCard (keine Zeile BEGIN:VCARD)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="-62"/>
        <location line="+112"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+112"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Tags / labels</source>
        <translation>Schlagwörter / Etiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a Google Contacts export</source>
        <translation>ein Export aus Google Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Outlook export</source>
        <translation>ein Export aus Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Klaros export</source>
        <translation>ein Export aus Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WhatsApp Business app export</source>
        <translation>ein Export aus der WhatsApp-Business-App</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+94"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column for {field}</source>
        <translation>Spalte für {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it was skipped</source>
        <translation>Warum übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped rows</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save error report…</source>
        <translation>Fehlerbericht speichern…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be imported: {error}</source>
        <translation>Diese Datei lässt sich nicht importieren: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vCard file (contacts from a phone or an address book). The first contacts are shown below.</source>
        <translation>Eine vCard-Datei (Kontakte aus einem Telefon oder Adressbuch). Die ersten Kontakte stehen unten.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A spreadsheet (CSV) with %n columns</source>
        <translation>
            <numerusform>Eine Tabelle (CSV) mit %n Spalte</numerusform>
            <numerusform>Eine Tabelle (CSV) mit %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, it looks like {what}</source>
        <translation>, sie sieht aus wie {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which column holds what below; change one if Klaros guessed wrong.</source>
        <translation>Prüfen Sie unten, welche Spalte was enthält; ändern Sie eine, wenn Klaros falsch geraten hat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✗ {number} (not a valid number; skipped)</source>
        <translation>✗ {number} (keine gültige Nummer; übersprungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no number (skipped)</source>
        <translation>✗ keine Nummer (übersprungen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected: {cols}</source>
        <translation>Erkannt: {cols}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {name}… {n} rows read</source>
        <translation>{name} wird importiert… {n} Zeilen gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{imported} imported, {merged} merged with existing contacts, {skipped} skipped ({rows} rows read).</source>
        <translation>{imported} importiert, {merged} mit vorhandenen Kontakten zusammengeführt, {skipped} übersprungen ({rows} Zeilen gelesen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {error}</source>
        <translation>Nichts wurde importiert: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save error report</source>
        <translation>Fehlerbericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/inbox.py" line="+61"/>
        <source>All chats</source>
        <translation>Alle Chats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open</source>
        <translation>Fenster offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Search chats</source>
        <translation>Chats suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation filter</source>
        <translation>Filter für Unterhaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to a contact (Ctrl+N)</source>
        <translation>Einem Kontakt schreiben (Strg+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+272"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Messages that match the search</source>
        <translation>Nachrichten, die zur Suche passen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contact info</source>
        <translation>Kontaktinfo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the contact beside the chat</source>
        <translation>Kontakt neben dem Chat ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conversation open</source>
        <translation>Keine Unterhaltung geöffnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a conversation on the left.
New messages appear here by themselves.</source>
        <translation>Wählen Sie links eine Unterhaltung.
Neue Nachrichten erscheinen hier von selbst.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No chats match. Clear the search or choose “All chats”.</source>
        <translation>Keine passenden Chats. Leeren Sie die Suche oder wählen Sie „Alle Chats“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet. When a customer writes to your WhatsApp Business number, the chat appears here by itself.</source>
        <translation>Noch keine Chats. Sobald Kundschaft Ihrer WhatsApp-Business-Nummer schreibt, erscheint der Chat hier von selbst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag: {name}</source>
        <translation>Schlagwort: {name}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Messages ({n})</source>
        <translation>Nachrichten ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages (the newest 50)</source>
        <translation>Nachrichten (die neuesten 50)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chat name or number matches</source>
        <translation>Kein Chatname und keine Nummer passt</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Forward to…</source>
        <translation>Weiterleiten an…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpin chat</source>
        <translation>Chat lösen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin chat</source>
        <translation>Chat anheften</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn notifications on</source>
        <translation>Benachrichtigungen einschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take out of the archive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive chat</source>
        <translation>Chat archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details…</source>
        <translation>Kontaktdaten…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chat archived. “Archived” in the filter shows it.</source>
        <translation>Chat archiviert. „Archiviert“ im Filter zeigt ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat taken out of the archive.</source>
        <translation>Chat aus dem Archiv geholt.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Opted out · cannot be messaged</source>
        <translation>Abgemeldet · kann nicht angeschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24-hour window open · {left} left</source>
        <translation>24-Stunden-Fenster offen · noch {left}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open · {left} left</source>
        <translation>Fenster offen · noch {left}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has not written yet · templates only</source>
        <translation>Hat noch nicht geschrieben · nur Vorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24-hour window closed · templates only</source>
        <translation>24-Stunden-Fenster geschlossen · nur Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window closed · templates only</source>
        <translation>Fenster geschlossen · nur Vorlagen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message text copied.</source>
        <translation>Nachrichtentext kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template cannot be edited here: send it again, or delete it and choose the template anew.</source>
        <translation>Eine Vorlage lässt sich hier nicht bearbeiten: Senden Sie sie erneut oder löschen Sie sie und wählen Sie die Vorlage neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file cannot be edited here: send it again, or delete it and attach it anew.</source>
        <translation>Eine Datei lässt sich hier nicht bearbeiten: Senden Sie sie erneut oder löschen Sie sie und hängen Sie sie neu an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete message?</source>
        <translation>Nachricht löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this unsent message? Its text cannot be brought back.</source>
        <translation>Diese nicht gesendete Nachricht löschen? Ihr Text lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message goes out when Klaros is back online.</source>
        <translation>Die Nachricht geht hinaus, sobald Klaros wieder online ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 24-hour window is closed, so this text cannot go as a free message; the composer offers the approved templates. Copy the text if you need it.</source>
        <translation>Das 24-Stunden-Fenster ist geschlossen, daher kann dieser Text nicht als freie Nachricht gehen; das Eingabefeld bietet die genehmigten Vorlagen an. Kopieren Sie den Text, wenn Sie ihn brauchen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A queued message to {number} was not sent: {reason}</source>
        <translation>Eine eingereihte Nachricht an {number} wurde nicht gesendet: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A queued message could not go out yet; Klaros tries again by itself.</source>
        <translation>Eine eingereihte Nachricht konnte noch nicht hinaus; Klaros versucht es von selbst erneut.</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/jump_dialog.py" line="+21"/>
        <source>Jump to a contact</source>
        <translation>Zu einem Kontakt springen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or number…</source>
        <translation>Name oder Nummer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to jump to</source>
        <translation>Kontakt, zu dem gesprungen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching contacts</source>
        <translation>Passende Kontakte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter opens the chat; someone you have not written to yet gets a new one.</source>
        <translation>Enter öffnet den Chat; wem Sie noch nicht geschrieben haben, bekommt einen neuen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody by that name or number. Add them under Contacts first.</source>
        <translation>Niemand mit diesem Namen oder dieser Nummer. Legen Sie die Person zuerst unter Kontakte an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or a phone number.</source>
        <translation>Geben Sie einen Namen oder eine Telefonnummer ein.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="-23"/>
        <source>no keyring service was found</source>
        <translation>es wurde kein Schlüsselbund-Dienst gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is switched off (null backend)</source>
        <translation>der Schlüsselbund ist abgeschaltet (Null-Backend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it would store secrets as plain text</source>
        <translation>er würde Geheimnisse als Klartext speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring backend {backend} is not one of the system&apos;s password stores, and it may keep secrets as plain text</source>
        <translation>das Schlüsselbund-Backend {backend} ist keiner der Passwortspeicher des Systems und könnte Geheimnisse als Klartext aufbewahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the configured keyring is Klaros&apos;s plain-text test keyring, which is only for tests (they set KLAROS_ALLOW_INSECURE_KEYRING=1)</source>
        <translation>der eingestellte Schlüsselbund ist der Klartext-Testschlüsselbund von Klaros, der nur für Tests gedacht ist (sie setzen KLAROS_ALLOW_INSECURE_KEYRING=1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure: Klaros keeps its access token and device keys in a test keyring as plain text, because KLAROS_ALLOW_INSECURE_KEYRING=1 is set. This is for tests only; never use it for a real shop.</source>
        <translation>Nicht sicher: Klaros bewahrt Zugangstoken und Geräteschlüssel als Klartext in einem Test-Schlüsselbund auf, weil KLAROS_ALLOW_INSECURE_KEYRING=1 gesetzt ist. Das ist nur für Tests; verwenden Sie es nie für einen echten Laden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros keeps your Meta access token and device keys only in the system&apos;s secure password store (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: {reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet, then {retry}.</source>
        <translation>Klaros bewahrt Ihr Meta-Zugangstoken und die Geräteschlüssel nur im sicheren Passwortspeicher des Systems auf (Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund oder Secret Service unter Linux), und hier ist keiner nutzbar: {reason}. Klaros speichert sie nicht als Klartext. Installieren und entsperren Sie unter Linux einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet, dann {retry}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME Keyring / KWallet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KDE Wallet (KWallet)</source>
        <translation>KDE-Wallet (KWallet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s test keyring (not secure, for tests only)</source>
        <translation>Test-Schlüsselbund von Klaros (nicht sicher, nur für Tests)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo&apos;s memory (nothing is saved)</source>
        <translation>Arbeitsspeicher der Demo (nichts wird gespeichert)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>in {name}</source>
        <translation>im Passwortspeicher „{name}“</translation>
    </message>
    <message>
        <source>Klaros keeps your Meta access token and device keys only in the system&apos;s secure password store (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: {reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet, then start Klaros again.</source>
        <translation type="vanished">Klaros bewahrt Ihr Meta-Zugangstoken und die Geräteschlüssel nur im sicheren Passwortspeicher des Systems auf (Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund oder Secret Service unter Linux), und hier ist keiner nutzbar: {reason}. Klaros speichert sie nicht als Klartext. Unter Linux installieren und entsperren Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet und starten Klaros dann neu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <source>the keyring refused access ({error})</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert ({error})</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the keyring did not give back what was stored</source>
        <translation>der Schlüsselbund hat nicht zurückgegeben, was gespeichert war</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/guidance.py" line="+48"/>
        <source>Windows keeps the keys in its Credential Manager, which comes with Windows. Sign in to Windows with your own user account (not a guest or a restricted session), then click “Try again”.</source>
        <translation>Windows bewahrt die Schlüssel in der Anmeldeinformationsverwaltung auf, die zu Windows gehört. Melden Sie sich mit Ihrem eigenen Benutzerkonto bei Windows an (nicht als Gast oder in einer eingeschränkten Sitzung) und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>macOS keeps the keys in your login keychain. Open the Keychain Access app, unlock the “login” keychain with your Mac password, then click “Try again”.</source>
        <translation>macOS bewahrt die Schlüssel in Ihrem Anmeldeschlüsselbund auf. Öffnen Sie die App Schlüsselbundverwaltung, entsperren Sie den Schlüsselbund „Anmeldung“ mit Ihrem Mac-Passwort und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install KDE Wallet: open a terminal and run “sudo apt install kwalletmanager” (Debian, Ubuntu) or “sudo dnf install kwalletmanager” (Fedora). Log out and back in, then click “Try again”.</source>
        <translation>Installieren Sie KDE Wallet: Öffnen Sie ein Terminal und führen Sie „sudo apt install kwalletmanager“ (Debian, Ubuntu) oder „sudo dnf install kwalletmanager“ (Fedora) aus. Melden Sie sich ab und wieder an und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install GNOME Keyring: open a terminal and run “sudo apt install gnome-keyring” (Debian, Ubuntu) or “sudo dnf install gnome-keyring” (Fedora). Log out and back in so that it starts and unlocks with your login, then click “Try again”.</source>
        <translation>Installieren Sie GNOME Keyring: Öffnen Sie ein Terminal und führen Sie „sudo apt install gnome-keyring“ (Debian, Ubuntu) oder „sudo dnf install gnome-keyring“ (Fedora) aus. Melden Sie sich ab und wieder an, damit er mit Ihrer Anmeldung startet und entsperrt wird, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>KeyringPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-352"/>
        <source>Welcome to Klaros</source>
        <translation>Willkommen bei Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three short steps connect Klaros to your shop&apos;s WhatsApp Business number.</source>
        <translation>Drei kurze Schritte verbinden Klaros mit der WhatsApp-Business-Nummer Ihres Ladens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you need, or why Klaros cannot continue yet</source>
        <translation>Was Sie brauchen, oder warum Klaros noch nicht weitermachen kann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to install</source>
        <translation>Was zu installieren ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>You need:
  1. the address of your Klaros relay, and a pairing code or your e-mail address,
  2. your WhatsApp Business account in Meta&apos;s Business Suite (we show you where to click),
  3. five minutes in Meta&apos;s App Dashboard to send your messages to the relay.

Your access key is kept only in this computer&apos;s secure password store ({where}).</source>
        <translation>Sie brauchen:
  1. die Adresse Ihres Klaros-Relays und einen Kopplungscode oder Ihre E-Mail-Adresse,
  2. Ihr WhatsApp-Business-Konto in Metas Business Suite (wir zeigen, wo Sie klicken),
  3. fünf Minuten im App-Dashboard von Meta, um Ihre Nachrichten an das Relay zu leiten.

Ihr Zugangsschlüssel wird nur im sicheren Passwortspeicher dieses Computers aufbewahrt ({where}).</translation>
    </message>
</context>
<context>
    <name>KeyringWarning</name>
    <message>
        <location filename="../../klaros_desktop/ui/keyring_warning.py" line="+43"/>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../klaros_desktop/ui/main_window.py" line="+116"/>
        <location line="+408"/>
        <source>{app} — WhatsApp Business CRM</source>
        <translation>{app} — WhatsApp-Business-CRM</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Klaros main window</source>
        <translation>Klaros-Hauptfenster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+264"/>
        <location line="+132"/>
        <source>Inbox</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="-396"/>
        <location line="+264"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+264"/>
        <source>Analytics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Sync state</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export contacts…</source>
        <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;all data…</source>
        <translation>&amp;Alle Daten exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Klaros holds in one zip file: contacts, chats, consent, templates, audit trail and media</source>
        <translation>Alles, was Klaros hat, in einer Zip-Datei: Kontakte, Chats, Einwilligungen, Vorlagen, Prüfprotokoll und Medien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase everything on this PC…</source>
        <translation>Alles auf diesem PC löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Greeting and away messages…</source>
        <translation>&amp;Begrüßungs- und Abwesenheitsnachrichten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up connection…</source>
        <translation>Verbindung &amp;einrichten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Jump to contact…</source>
        <translation>Zu Kontakt springen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New chat…</source>
        <translation>Neuer Chat…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Hours, budget and campaigns</source>
        <translation>Zeiten, Budget und Kampagnen</translation>
    </message>
    <message>
        <source>Hours and budget</source>
        <translation type="vanished">Zeiten und Budget</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Inbox, {n} unread chats</source>
        <translation>Chats, {n} ungelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app}: {n} unread chats</source>
        <translation>{app}: {n} ungelesene Chats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros</source>
        <translation>Klaros</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n new WhatsApp message(s)</source>
        <translation>
            <numerusform>%n neue WhatsApp-Nachricht</numerusform>
            <numerusform>%n neue WhatsApp-Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros campaigns</source>
        <translation>Klaros-Kampagnen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Messages still waiting</source>
        <translation>Nachrichten warten noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message is still waiting to be sent.</source>
        <translation>1 Nachricht wartet noch auf den Versand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages are still waiting to be sent.</source>
        <translation>{n} Nachrichten warten noch auf den Versand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you quit now, they are kept and go out the next time you open Klaros, if the customer&apos;s 24-hour window is still open then.</source>
        <translation>Wenn Sie jetzt beenden, bleiben sie erhalten und gehen beim nächsten Öffnen von Klaros hinaus, falls das 24-Stunden-Fenster der Person dann noch offen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Klaros open</source>
        <translation>Klaros geöffnet lassen</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../klaros_desktop/services/media/downloads.py" line="+53"/>
        <source>Meta no longer has this {thing}: Klaros was offline for more than 7 days. Ask the customer to send it again.</source>
        <translation>Meta hat diese Datei ({thing}) nicht mehr: Klaros war länger als 7 Tage offline. Bitten Sie die Person, sie noch einmal zu senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta no longer has this {thing}. Ask the customer to send it again.</source>
        <translation>Meta hat diese Datei ({thing}) nicht mehr. Bitten Sie die Person, sie noch einmal zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {thing} was refused: the file that arrived is not the one the customer sent (it was damaged or changed on the way). Ask the customer to send it again.</source>
        <translation>Diese Datei ({thing}) wurde abgelehnt: Die angekommene Datei ist nicht die, die die Person gesendet hat (sie wurde unterwegs beschädigt oder verändert). Bitten Sie die Person, sie noch einmal zu senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {thing} is larger than WhatsApp allows, so Klaros did not keep it.</source>
        <translation>Diese Datei ({thing}) ist größer, als WhatsApp erlaubt, daher hat Klaros sie nicht behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not download this {thing} after several tries. It tries again when Klaros next starts.</source>
        <translation>Klaros konnte diese Datei ({thing}) auch nach mehreren Versuchen nicht herunterladen. Beim nächsten Start von Klaros wird es erneut versucht.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="+47"/>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voice message</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp takes photos up to 5 MB</source>
        <translation>WhatsApp nimmt Fotos bis 5 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes voice messages and audio up to 16 MB</source>
        <translation>WhatsApp nimmt Sprachnachrichten und Audio bis 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes videos up to 16 MB</source>
        <translation>WhatsApp nimmt Videos bis 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes documents up to 100 MB</source>
        <translation>WhatsApp nimmt Dokumente bis 100 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes stickers up to 500 KB (100 KB if not animated)</source>
        <translation>WhatsApp nimmt Sticker bis 500 KB (100 KB, wenn nicht animiert)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{name}” is empty.</source>
        <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp does not take this kind of file (“{name}”). It takes photos (JPEG, PNG), videos (MP4, 3GP), audio (MP3, M4A, OGG, AAC, AMR), stickers (WebP) and documents (PDF, Word, Excel, PowerPoint, text).</source>
        <translation>WhatsApp nimmt diese Art von Datei nicht („{name}“). Es nimmt Fotos (JPEG, PNG), Videos (MP4, 3GP), Audio (MP3, M4A, OGG, AAC, AMR), Sticker (WebP) und Dokumente (PDF, Word, Excel, PowerPoint, Text).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is {size}, too large: {rule}.</source>
        <translation>„{name}“ ist {size} groß, zu groß: {rule}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="-76"/>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="-56"/>
        <source>{n} bytes</source>
        <translation>{n} Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="-3"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="+272"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
</context>
<context>
    <name>MessageHitModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+369"/>
        <source>{name}: {text}</source>
        <translation>{name}: {text}</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location line="-329"/>
        <source>Customer</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}: {text} ({status})</source>
        <translation>{who}: {text} ({status})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../klaros_desktop/services/reads/first_page.py" line="+90"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice message</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Kontaktkarte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type Klaros cannot show yet</source>
        <translation>Nachrichtenart, die Klaros noch nicht anzeigen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+209"/>
        <location line="+29"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Step 2: your WhatsApp Business account</source>
        <translation>Schritt 2: Ihr WhatsApp-Business-Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros sends through Meta&apos;s official WhatsApp Cloud API with your own account.</source>
        <translation>Klaros sendet über die offizielle WhatsApp Cloud API von Meta mit Ihrem eigenen Konto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros needs your number&apos;s two IDs and a permanent access key (a “system user token”) to send messages in your shop&apos;s name. Meta shows the IDs in the App Dashboard under WhatsApp → API Setup.</source>
        <translation>Klaros braucht die zwei IDs Ihrer Nummer und einen dauerhaften Zugangsschlüssel (ein „Systembenutzer-Token“), um in Ihrem Namen zu senden. Meta zeigt die IDs im App-Dashboard unter WhatsApp → API-Einrichtung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open API Setup (IDs)</source>
        <translation>API-Einrichtung öffnen (IDs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open System users (token)</source>
        <translation>Systembenutzer öffnen (Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me how…</source>
        <translation>So geht’s…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number ID</source>
        <translation>Telefonnummer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>WhatsApp Business account ID</source>
        <translation>WhatsApp-Business-Konto-ID</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Access token</source>
        <translation>Zugangstoken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAAG… (paste the whole token)</source>
        <translation>EAAG… (das ganze Token einfügen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta app secret</source>
        <translation>Meta-App-Geheimnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App settings → Basic → App secret</source>
        <translation>App-Einstellungen → Allgemeines → App-Geheimcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta server</source>
        <translation>Meta-Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave empty for https://graph.facebook.com</source>
        <translation>leer lassen für https://graph.facebook.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create my shop and connect</source>
        <translation>Meinen Laden anlegen und verbinden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>phone number ID</source>
        <translation>Telefonnummer-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the access token.</source>
        <translation>Geben Sie das Zugangstoken ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the Meta app secret (App Dashboard → App settings → Basic).</source>
        <translation>Geben Sie das Meta-App-Geheimnis ein (App-Dashboard → App-Einstellungen → Allgemeines).</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../klaros_desktop/ui/navigation.py" line="+189"/>
        <source>Show a notice when a message arrives</source>
        <translation>Hinweis anzeigen, wenn eine Nachricht eintrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound with it</source>
        <translation>Dazu einen Ton abspielen</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/outbox.py" line="+94"/>
        <source>Not sent: the 24-hour window had closed by the time Klaros was back online. Send an approved template instead.</source>
        <translation>Nicht gesendet: das 24-Stunden-Fenster hatte sich geschlossen, als Klaros wieder online war. Senden Sie stattdessen eine genehmigte Vorlage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer opted out of messages before Klaros was back online.</source>
        <translation>Nicht gesendet: die Person hat Nachrichten abbestellt, bevor Klaros wieder online war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number belongs to a person whose data was erased.</source>
        <translation>Nicht gesendet: diese Nummer gehört einer Person, deren Daten gelöscht wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the contact has no phone number.</source>
        <translation>Nicht gesendet: der Kontakt hat keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not confirm this message (the connection broke or WhatsApp failed while it was being sent), so it may have reached the customer. Check with them before sending it again.</source>
        <translation>WhatsApp hat diese Nachricht nicht bestätigt (die Verbindung brach beim Senden ab oder WhatsApp hatte einen Fehler), daher hat sie die Person vielleicht erreicht. Fragen Sie nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The connection broke while this was being sent, so it may have reached the customer. Check with them before sending it again.</source>
        <translation type="vanished">Die Verbindung brach beim Senden ab, daher hat die Nachricht die Person vielleicht erreicht. Fragen Sie nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the contact&apos;s number cannot receive WhatsApp messages.</source>
        <translation>Nicht gesendet: die Nummer des Kontakts kann keine WhatsApp-Nachrichten empfangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: Meta no longer has this template (it was deleted while Klaros was offline).</source>
        <translation>Nicht gesendet: Meta hat diese Vorlage nicht mehr (sie wurde gelöscht, während Klaros offline war).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: Meta no longer approves this template (it was paused or disabled while Klaros was offline).</source>
        <translation>Nicht gesendet: Meta lässt diese Vorlage nicht mehr zu (sie wurde pausiert oder deaktiviert, während Klaros offline war).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer stopped marketing messages before Klaros was back online.</source>
        <translation>Nicht gesendet: die Person hat Werbenachrichten abbestellt, bevor Klaros wieder online war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number must not receive marketing messages.</source>
        <translation>Nicht gesendet: diese Nummer darf keine Werbenachrichten erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Not sent: the template changed while Klaros was offline and the values filled in no longer fit it. Delete this message and choose the template again.</source>
        <translation>Nicht gesendet: die Vorlage wurde geändert, während Klaros offline war, und die eingetragenen Werte passen nicht mehr dazu. Löschen Sie diese Nachricht und wählen Sie die Vorlage neu.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not sent: {error}</source>
        <translation>Nicht gesendet: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent ({code}).</source>
        <translation>Nicht gesendet ({code}).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="-10"/>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is not a phone number</source>
        <translation>{number!r} ist keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is too short to be a phone number</source>
        <translation>{number!r} ist zu kurz für eine Telefonnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number!r} is too long to be a phone number</source>
        <translation>{number!r} ist zu lang für eine Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} has an unknown country code</source>
        <translation>{number!r} hat eine unbekannte Ländervorwahl</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>{number!r} has no country code; write it with + or {fix}</source>
        <translation>{number!r} hat keine Ländervorwahl; schreiben Sie sie mit + oder {fix}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number!r} is not a valid phone number in {region}</source>
        <translation>{number!r} ist keine gültige Telefonnummer in {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number!r} is not a valid phone number</source>
        <translation>{number!r} ist keine gültige Telefonnummer</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../klaros_desktop/ui/place_fields.py" line="+40"/>
        <source>e.g. 52.5292</source>
        <translation>z. B. 52.5292</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude of the place</source>
        <translation>Breitengrad des Orts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 13.4012</source>
        <translation>z. B. 13.4012</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude of the place</source>
        <translation>Längengrad des Orts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. your shop&apos;s name</source>
        <translation>z. B. der Name Ihres Geschäfts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the place</source>
        <translation>Name des Orts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street, postcode and town</source>
        <translation>Straße, Postleitzahl und Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the place</source>
        <translation>Adresse des Orts</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/policy.py" line="+136"/>
        <source>{who} has no phone number to send to.</source>
        <translation>{who} hat keine Telefonnummer, an die gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number belongs to a person whose data was erased; Klaros will not message it again.</source>
        <translation>Diese Nummer gehört einer Person, deren Daten gelöscht wurden; Klaros schreibt sie nie wieder an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} opted out of all messages on {when} ({source}); they can write START to opt back in.</source>
        <translation>{who} hat am {when} alle Nachrichten abbestellt ({source}); mit START kann die Person sich wieder anmelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>Die Vorlage {name!r} ({language}) ist unbekannt; laden Sie die Vorlagen neu von Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>Die Vorlage {name!r} ({language}) ist {status}, nicht von Meta genehmigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number must not receive marketing messages.</source>
        <translation>Diese Nummer darf keine Werbenachrichten erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} stopped marketing messages on {when}; only service and utility messages may be sent.</source>
        <translation>{who} hat am {when} Werbenachrichten abbestellt; nur Service- und Hinweisnachrichten sind erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} has never written to you; start with an approved template.</source>
        <translation>{who} hat Ihnen nie geschrieben; beginnen Sie mit einer genehmigten Vorlage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed at {closed} ({who} last wrote {last}); send an approved template.</source>
        <translation>Das 24-Stunden-Fenster hat sich um {closed} geschlossen ({who} schrieb zuletzt {last}); senden Sie eine genehmigte Vorlage.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../klaros_desktop/services/pricing/forecast.py" line="+304"/>
        <source>No rate card covers {day}, so the cost cannot be forecast. Import Meta&apos;s rate card with &apos;klaros rates import&apos;.</source>
        <translation>Keine Preisliste deckt den {day} ab, daher lassen sich die Kosten nicht vorhersagen. Importieren Sie Metas Preisliste mit „klaros rates import“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost forecast: {total} for {charged} charged message(s), {free} free (Meta&apos;s rates as of {as_of}, platform fee only).</source>
        <translation>Kostenvorschau: {total} für {charged} berechnete Nachricht(en), {free} kostenlos (Metas Tarife vom {as_of}, nur die Plattformgebühr).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By country: {split}.</source>
        <translation>Nach Land: {split}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate is not known for {count} recipient(s) ({countries}); the total leaves them out. Import Meta&apos;s current rate card with &apos;klaros rates import&apos;.</source>
        <translation>Der Tarif ist für {count} Empfänger unbekannt ({countries}); die Summe lässt sie weg. Importieren Sie Metas aktuelle Preisliste mit „klaros rates import“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit ({outside} of {limit} customers a day outside their 24-hour window).</source>
        <translation>Nutzt {share} Ihres Nachrichtenlimits ({outside} von {limit} Personen pro Tag außerhalb ihres 24-Stunden-Fensters).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your messaging limit is not known here yet; {outside} recipient(s) count towards it.</source>
        <translation>Ihr Nachrichtenlimit ist hier noch nicht bekannt; {outside} Empfänger zählen dazu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>free: they came from your ad or Page button and the free entry point window is open</source>
        <translation>kostenlos: Sie kamen über Ihre Anzeige oder Ihren Seiten-Button, und das Fenster für den kostenlosen Einstieg ist offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free: they wrote in the last 24 hours</source>
        <translation>kostenlos: Sie haben in den letzten 24 Stunden geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the rate card has no rate for {country} on {day}</source>
        <translation>Preis unbekannt: Die Preisliste hat keinen Tarif für {country} am {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the number&apos;s country is not known</source>
        <translation>Preis unbekannt: Das Land der Nummer ist nicht bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: no rate card covers {day}</source>
        <translation>Preis unbekannt: Keine Preisliste deckt den {day} ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: Meta charged per conversation on {day}</source>
        <translation>Preis unbekannt: Meta hat am {day} pro Gespräch abgerechnet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Price of this message: {amount} ({category}, {market}, Meta&apos;s rates as of {as_of}).</source>
        <translation>Preis dieser Nachricht: {amount} ({category}, {market}, Metas Tarife vom {as_of}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price of this message: {reason}.</source>
        <translation>Preis dieser Nachricht: {reason}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/pricing/rates_csv.py" line="+138"/>
        <source>This file is not Meta&apos;s rate card: no header row with Market and Currency was found.</source>
        <translation>Diese Datei ist nicht Metas Preisliste: Es wurde keine Kopfzeile mit Market und Currency gefunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{currency!r} is not a currency.</source>
        <translation>{currency!r} ist keine Währung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency {currency} differs from the file&apos;s {first}; one file holds one currency.</source>
        <translation>Die Währung {currency} weicht von {first} der Datei ab; eine Datei enthält nur eine Währung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file is not Meta&apos;s rate card: it has no Marketing, Utility or Authentication column.</source>
        <translation>Diese Datei ist nicht Metas Preisliste: Sie hat keine Spalte Marketing, Utility oder Authentication.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has rates but no market.</source>
        <translation>Die Zeile hat Tarife, aber keinen Markt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>{market}: the row has {count} cells, the header {expected}.</source>
        <translation>{market}: Die Zeile hat {count} Zellen, die Kopfzeile {expected}.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{market} is in the file twice; the first row is kept.</source>
        <translation>{market} steht zweimal in der Datei; die erste Zeile wird behalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{market}: {value!r} under {column} is not a rate.</source>
        <translation>{market}: {value!r} unter {column} ist kein Tarif.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The row has tiers but no market.</source>
        <translation>Die Zeile hat Staffeln, aber keinen Markt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{market}: {value!r} is not a number of messages or a rate.</source>
        <translation>{market}: {value!r} ist weder eine Anzahl von Nachrichten noch ein Tarif.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file&apos;s text could not be read.</source>
        <translation>Der Text der Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The file could not be read: {error}</source>
        <translation>Die Datei konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No usable rate was found in the file{detail}; nothing was imported.</source>
        <translation>In der Datei wurde kein verwendbarer Tarif gefunden{detail}; nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volume tiers go with a rate card: import Meta&apos;s rates in {currency} for {day} first, then these tiers for the same date.</source>
        <translation>Mengenstaffeln gehören zu einer Preisliste: Importieren Sie zuerst Metas Tarife in {currency} für den {day}, dann diese Staffeln für dasselbe Datum.</translation>
    </message>
</context>
<context>
    <name>QuickReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/quick_replies.py" line="+25"/>
        <source>a quick reply needs a shortcut word, such as &apos;hours&apos;</source>
        <translation>eine Schnellantwort braucht ein Kürzel, zum Beispiel „zeiten“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the quick reply /{shortcut} has no text</source>
        <translation>die Schnellantwort /{shortcut} hat keinen Text</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../../klaros_desktop/relay_client/client.py" line="+118"/>
        <source>The relay at {url} did not answer in time.</source>
        <translation>Das Relay unter {url} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the relay at {url} ({error}); check the address and your internet connection.</source>
        <translation>Das Relay unter {url} ist nicht erreichbar ({error}); prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay did not accept this device (code wrong, used or expired, or the device was removed): {error}</source>
        <translation>Das Relay hat dieses Gerät nicht angenommen (Code falsch, schon benutzt oder abgelaufen, oder das Gerät wurde entfernt): {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay asks this computer to wait {seconds} seconds before trying again (too many attempts at once).</source>
        <translation>Das Relay bittet diesen Computer, {seconds} Sekunden zu warten, bevor er es erneut versucht (zu viele Versuche auf einmal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay asks this computer to slow down (too many attempts at once); try again in a minute.</source>
        <translation>Das Relay bittet diesen Computer, langsamer zu machen (zu viele Versuche auf einmal); versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay had a problem ({status}); Klaros will try again.</source>
        <translation>Das Relay hatte ein Problem ({status}); Klaros versucht es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay refused the request ({status}): {error}</source>
        <translation>Das Relay hat die Anfrage abgelehnt ({status}): {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+45"/>
        <source>The relay&apos;s pairing answer is missing {field}; is this a Klaros relay?</source>
        <translation>In der Kopplungsantwort des Relays fehlt {field}; ist das ein Klaros-Relay?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer is not paired with the relay, so it cannot open the files the relay keeps.</source>
        <translation>Dieser Computer ist nicht mit dem Relay gekoppelt, daher kann er die Dateien, die das Relay aufbewahrt, nicht öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The relay no longer has this file.</source>
        <translation>Das Relay hat diese Datei nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not keep this file ({reason}).</source>
        <translation>Das Relay konnte diese Datei nicht aufbewahren ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not fetch this file from WhatsApp yet ({reason}) and will try again later.</source>
        <translation>Das Relay konnte diese Datei noch nicht von WhatsApp holen ({reason}) und versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay is still fetching this file from WhatsApp; Klaros will try again.</source>
        <translation>Das Relay holt diese Datei noch von WhatsApp; Klaros versucht es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The relay&apos;s answer about a file is incomplete; is this a Klaros relay?</source>
        <translation>Die Antwort des Relays zu einer Datei ist unvollständig; ist das ein Klaros-Relay?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The relay refused the file&apos;s download link ({status}); Klaros will ask for a new one.</source>
        <translation>Das Relay hat den Download-Link der Datei abgelehnt ({status}); Klaros fragt nach einem neuen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The download of a file from the relay broke off ({error}); Klaros will try again.</source>
        <translation>Das Herunterladen einer Datei vom Relay brach ab ({error}); Klaros versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-154"/>
        <source>Pair this PC</source>
        <translation>Diesen PC koppeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: your Klaros relay</source>
        <translation>Schritt 1: Ihr Klaros-Relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay keeps your shop&apos;s WhatsApp messages safe while this computer is off.</source>
        <translation>Das Relay bewahrt die WhatsApp-Nachrichten Ihres Ladens sicher auf, während dieser Computer aus ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta delivers your customers&apos; messages to the relay; this computer fetches them from there, sealed so that only your own computers can read them.</source>
        <translation>Meta liefert die Nachrichten Ihrer Kundschaft an das Relay; dieser Computer holt sie dort ab, so versiegelt, dass nur Ihre eigenen Computer sie lesen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Relay-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a pairing code</source>
        <translation>Ich habe einen Kopplungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my shop on this relay</source>
        <translation>Meinen Laden auf diesem Relay anlegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From whoever runs your relay, or from Settings → “Pair another PC” on a computer of your shop that is already set up.</source>
        <translation>Vom Betreiber Ihres Relays, oder aus Einstellungen → „Weiteren PC koppeln“ auf einem schon eingerichteten Computer Ihres Ladens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me a code</source>
        <translation>Code zuschicken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code from the e-mail</source>
        <translation>Code aus der E-Mail</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the pairing code.</source>
        <translation>Geben Sie den Kopplungscode ein.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="-298"/>
        <source>Start the campaign later</source>
        <translation>Die Kampagne später starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klaros starts the campaign at this time (the shop&apos;s time zone) if it is open then, or as soon as it is opened afterwards, and tells you so.</source>
        <translation>Klaros startet die Kampagne zu dieser Zeit (Zeitzone des Geschäfts), wenn es dann geöffnet ist, sonst sobald es danach geöffnet wird, und sagt Ihnen Bescheid.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../klaros_desktop/ui/i18n.py" line="+40"/>
        <source>set the default country in Settings</source>
        <translation>stellen Sie das Standardland in den Einstellungen ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again from the other program as UTF-8 and import that file</source>
        <translation>speichern Sie sie im anderen Programm noch einmal als UTF-8 und importieren Sie diese Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair it with “Set up connection…” in the File menu</source>
        <translation>koppeln Sie ihn mit „Verbindung einrichten…“ im Menü Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect it with “Set up connection…” in the File menu</source>
        <translation>verbinden Sie es mit „Verbindung einrichten…“ im Menü Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start Klaros again</source>
        <translation>starten Sie Klaros neu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_dialog.py" line="+61"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your shop</source>
        <translation>Ihr Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Quick replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not set up yet</source>
        <translation>Noch nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect: no secure password store on this computer</source>
        <translation>Keine Verbindung möglich: auf diesem Computer gibt es keinen sicheren Passwortspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected right now (Klaros keeps trying)</source>
        <translation>Gerade nicht verbunden (Klaros versucht es weiter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up yet</source>
        <translation>noch nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the relay and Meta now whether they answer</source>
        <translation>Jetzt das Relay und Meta fragen, ob sie antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up again…</source>
        <translation>Neu einrichten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another PC for this shop</source>
        <translation>Ein weiterer PC für diesen Laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a one-time code here, then type it into Klaros on the other PC (set-up, step 1: “I have a pairing code”). The code works once, for one hour.</source>
        <translation>Erstellen Sie hier einen Einmal-Code und tippen Sie ihn auf dem anderen PC in Klaros ein (Einrichtung, Schritt 1: „Ich habe einen Kopplungscode“). Der Code gilt einmal, eine Stunde lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair another PC</source>
        <translation>Weiteren PC koppeln</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Advanced: show the technical details</source>
        <translation>Erweitert: technische Angaben zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details</source>
        <translation>Technische Angaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Relay-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s device id</source>
        <translation>Geräte-ID dieses PCs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation>Telefonnummer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp Business account ID</source>
        <translation>WhatsApp-Business-Konto-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta server</source>
        <translation>Meta-Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in {name}</source>
        <translation>Aufbewahrt in: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access key</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for numbers typed without + (a customer&apos;s 0151 12345678).</source>
        <translation>Für Nummern, die ohne + eingegeben werden (0151 12345678 einer Kundin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language shows from the next start of Klaros.</source>
        <translation>Eine neue Sprache erscheint ab dem nächsten Start von Klaros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell me about new messages while Klaros is in the background</source>
        <translation>Über neue Nachrichten informieren, während Klaros im Hintergrund ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type / in the message box to insert one of these.</source>
        <translation>Tippen Sie / im Nachrichtenfeld, um eine davon einzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything Klaros knows stays on this PC.</source>
        <translation>Alles, was Klaros weiß, bleibt auf diesem PC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all data…</source>
        <translation>Alle Daten exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC…</source>
        <translation>Alles auf diesem PC löschen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a country in the list; type part of its name and pick it from the list.</source>
        <translation>„{text}“ ist kein Land aus der Liste; tippen Sie einen Teil des Namens und wählen Sie es aus der Liste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another PC</source>
        <translation>Weiterer PC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type this code into Klaros on the other PC before {time}. It works once.</source>
        <translation>Tippen Sie diesen Code vor {time} auf dem anderen PC in Klaros ein. Er gilt einmal.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../klaros_desktop/services/setup/inputs.py" line="+28"/>
        <source>Enter the {what}.</source>
        <translation>Geben Sie die {what} ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {what} is a number of about 15 digits; “{text}” is not one. Copy it again from Meta&apos;s page.</source>
        <translation>Die {what} ist eine Zahl mit etwa 15 Ziffern; „{text}“ ist keine. Kopieren Sie sie noch einmal von Metas Seite.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/meta_connection.py" line="+20"/>
        <source>Meta does not know the phone number ID {phone} or the WhatsApp Business account ID {waba}, or the token may not see them. Copy both again from the App Dashboard (WhatsApp → API Setup) and make sure the token&apos;s system user has the WhatsApp account assigned.</source>
        <translation>Meta kennt die Telefonnummer-ID {phone} oder die WhatsApp-Business-Konto-ID {waba} nicht, oder das Token darf sie nicht sehen. Kopieren Sie beide noch einmal aus dem App-Dashboard (WhatsApp → API-Einrichtung) und achten Sie darauf, dass dem Systembenutzer des Tokens das WhatsApp-Konto zugewiesen ist.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Connected to {number} ({name}); {count} templates loaded. The access token is kept {place}.</source>
        <translation>Verbunden mit {number} ({name}); {count} Vorlagen geladen. Das Zugangstoken wird {place} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to {number}; {count} templates loaded. The access token is kept {place}.</source>
        <translation>Verbunden mit {number}; {count} Vorlagen geladen. Das Zugangstoken wird {place} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="+39"/>
        <source>The relay address must start with https:// so that nobody on the way can read this computer&apos;s key. Ask whoever runs your relay for its https:// address.</source>
        <translation>Die Relay-Adresse muss mit https:// beginnen, damit unterwegs niemand den Schlüssel dieses Computers lesen kann. Fragen Sie den Betreiber Ihres Relays nach der https://-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay address starts with https://, for example https://relay.example.com</source>
        <translation>Die Relay-Adresse beginnt mit https://, zum Beispiel https://relay.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The relay did not accept this pairing code: it is mistyped, was already used, or has expired (codes are valid for a limited time and only once). Ask whoever runs your relay for a new code, or, on a PC of your shop that is already set up, open Settings → “Pair another PC”.</source>
        <translation>Das Relay hat diesen Kopplungscode nicht angenommen: er ist vertippt, wurde schon benutzt oder ist abgelaufen (Codes gelten nur begrenzt und nur einmal). Bitten Sie den Betreiber Ihres Relays um einen neuen Code, oder öffnen Sie auf einem schon eingerichteten PC Ihres Ladens Einstellungen → „Weiteren PC koppeln“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paired as device {device} of shop {shop}. The device key and token are kept {place}.</source>
        <translation>Gekoppelt als Gerät {device} des Ladens {shop}. Geräteschlüssel und Token werden {place} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This relay does not let shops sign up by themselves. Ask whoever runs it for a pairing code, or choose another relay.</source>
        <translation>Dieses Relay lässt Läden sich nicht selbst anmelden. Bitten Sie den Betreiber um einen Kopplungscode, oder wählen Sie ein anderes Relay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail code is wrong or has expired (it works once, for 30 minutes, and five wrong tries end it). Ask for a new code and type the newest one.</source>
        <translation>Der E-Mail-Code ist falsch oder abgelaufen (er gilt einmal, 30 Minuten lang, und fünf falsche Versuche beenden ihn). Fordern Sie einen neuen Code an und tippen Sie den neuesten ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This WhatsApp Business account is already set up on this relay. Pair this PC with a code from a PC of your shop that is already set up (Settings → “Pair another PC”) instead.</source>
        <translation>Dieses WhatsApp-Business-Konto ist auf diesem Relay schon eingerichtet. Koppeln Sie diesen PC stattdessen mit einem Code von einem schon eingerichteten PC Ihres Ladens (Einstellungen → „Weiteren PC koppeln“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay could not send the e-mail right now. Try again in a minute.</source>
        <translation>Das Relay konnte die E-Mail gerade nicht senden. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your e-mail address, for example laden@example.com.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein, zum Beispiel laden@example.com.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/demo/onboarding_shots.py" line="+46"/>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="+20"/>
        <source>We sent a six-digit code to {email}. It may take a minute; look in the spam folder too.</source>
        <translation>Wir haben einen sechsstelligen Code an {email} geschickt. Das kann eine Minute dauern; sehen Sie auch im Spam-Ordner nach.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="+32"/>
        <source>Your shop is created on the relay and this PC is paired. The device key and token are kept {place}.</source>
        <translation>Ihr Laden ist auf dem Relay angelegt und dieser PC gekoppelt. Geräteschlüssel und Token werden {place} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/webhook.py" line="+33"/>
        <source>Meta has not checked the address yet. In Meta&apos;s App Dashboard, open WhatsApp → Configuration, enter the callback URL and verify token shown here, click “Verify and save”, then test again.</source>
        <translation>Meta hat die Adresse noch nicht geprüft. Öffnen Sie im App-Dashboard von Meta WhatsApp → Konfiguration, tragen Sie die hier gezeigte Callback-URL und das Verify-Token ein, klicken Sie auf „Überprüfen und speichern“ und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta checked the address {when}, but no message has arrived yet. Subscribe to the “messages” field on the same page, then send a WhatsApp message to your shop&apos;s number from any phone and test again.</source>
        <translation>Meta hat die Adresse {when} geprüft, aber es ist noch keine Nachricht angekommen. Abonnieren Sie auf derselben Seite das Feld „messages“, schicken Sie dann von einem beliebigen Telefon eine WhatsApp-Nachricht an die Nummer Ihres Ladens und testen Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything works: Meta checked the address {checked} and the last message arrived {arrived}.</source>
        <translation>Alles funktioniert: Meta hat die Adresse {checked} geprüft, und die letzte Nachricht kam {arrived} an.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="-21"/>
        <source>This profile is not paired with a relay yet; {fix}.</source>
        <translation>Dieses Profil ist noch mit keinem Relay gekoppelt; {fix}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This profile is not connected to Meta yet; {fix}.</source>
        <translation>Dieses Profil ist noch nicht mit Meta verbunden; {fix}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/relay_media.py" line="+35"/>
        <source>Paste the Meta access token first.</source>
        <translation>Fügen Sie zuerst den Meta-Zugangsschlüssel ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The relay now keeps the photos, voice notes and documents your customers send until this computer has them, even if it is off for more than a week.</source>
        <translation>Das Relay bewahrt jetzt die Fotos, Sprachnachrichten und Dokumente, die Ihre Kundschaft sendet, auf, bis dieser Computer sie hat, auch wenn er länger als eine Woche aus ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay no longer keeps your customers&apos; files; Klaros fetches them from WhatsApp, which keeps them for about 7 days.</source>
        <translation>Das Relay bewahrt die Dateien Ihrer Kundschaft nicht mehr auf; Klaros holt sie von WhatsApp, das sie etwa 7 Tage lang aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+151"/>
        <source>Set up Klaros</source>
        <translation>Klaros einrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Sketch</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+27"/>
        <source>Business info</source>
        <translation>Unternehmensinfo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>System users</source>
        <translation>Systembenutzer</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp accounts</source>
        <translation>WhatsApp-Konten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>business.facebook.com  ›  Settings</source>
        <translation>business.facebook.com  ›  Einstellungen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No system users yet.</source>
        <translation>Noch keine Systembenutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create system user</source>
        <translation>Systembenutzer erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Assign assets</source>
        <translation>Assets zuweisen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Apps: your app — Full control</source>
        <translation>Apps: Ihre App — volle Kontrolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp accounts: your shop — Full control</source>
        <translation>WhatsApp-Konten: Ihr Laden — volle Kontrolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate new token</source>
        <translation>Neuen Token generieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App: your app</source>
        <translation>App: Ihre App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: Never</source>
        <translation>Läuft ab: Nie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate token</source>
        <translation>Token generieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your token</source>
        <translation>Ihr Token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meta shows it only once.</source>
        <translation>Meta zeigt es nur einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-452"/>
        <source>Your relay</source>
        <translation>Ihr Relay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WhatsApp Business account</source>
        <translation>WhatsApp-Business-Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check and finish</source>
        <translation>Prüfen und abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {n} of 3: {name}</source>
        <translation>Schritt {n} von 3: {name}</translation>
    </message>
</context>
<context>
    <name>TemplateBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="+78"/>
        <source>Map: {place}</source>
        <translation>Karte: {place}</translation>
    </message>
</context>
<context>
    <name>TemplateDrafts</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_drafts.py" line="+164"/>
        <source>The name may only hold lowercase letters, digits and underscores, for example order_ready.</source>
        <translation>Der Name darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten, zum Beispiel bestellung_bereit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whether it is a marketing or a utility message.</source>
        <translation>Wählen Sie, ob es eine Werbe- oder eine Service-Nachricht ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the message text.</source>
        <translation>Schreiben Sie den Nachrichtentext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message text is longer than {n} characters.</source>
        <translation>Der Nachrichtentext ist länger als {n} Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>This template names its values, such as {example}: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Diese Vorlage benennt ihre Werte, etwa {example}: Verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche, am Anfang einen Buchstaben.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Number the values {numbers} in order.</source>
        <translation>Nummerieren Sie die Werte {numbers} der Reihe nach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta refuses a value at the very start or end of the text; put a word before and after it.</source>
        <translation>Meta lehnt einen Wert ganz am Anfang oder Ende des Textes ab; setzen Sie ein Wort davor und danach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example for each value, as a customer would read it (Meta&apos;s review looks at them).</source>
        <translation>Geben Sie für jeden Wert ein Beispiel an, wie es die Kundschaft lesen würde (Metas Prüfung sieht es sich an).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header and footer may have at most {n} characters each.</source>
        <translation>Kopf- und Fußzeile dürfen jeweils höchstens {n} Zeichen haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the picture, video or document shown at the top (Meta&apos;s review looks at it).</source>
        <translation>Wählen Sie das Bild, Video oder Dokument, das oben gezeigt wird (Metas Prüfung sieht es sich an).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {n} buttons of at most {chars} characters each.</source>
        <translation>Höchstens {n} Buttons mit jeweils höchstens {chars} Zeichen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The header may hold one value at most.</source>
        <translation>Die Kopfzeile darf höchstens einen Wert enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header&apos;s value is written {value}.</source>
        <translation>Der Wert in der Kopfzeile wird {value} geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example for the header&apos;s value (Meta&apos;s review looks at it).</source>
        <translation>Geben Sie ein Beispiel für den Wert in der Kopfzeile an (Metas Prüfung sieht es sich an).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta allows a copy-code button only in marketing templates.</source>
        <translation>Meta erlaubt eine Schaltfläche „Code kopieren“ nur in Marketing-Vorlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta allows one copy-code button per template.</source>
        <translation>Meta erlaubt eine Schaltfläche „Code kopieren“ pro Vorlage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example code for the copy-code button, at most {n} characters (each customer gets their own when sending).</source>
        <translation>Geben Sie einen Beispielcode für die Schaltfläche „Code kopieren“ an, höchstens {n} Zeichen (jeder Kunde bekommt beim Senden seinen eigenen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meta allows at most two link buttons and one call button.</source>
        <translation>Meta erlaubt höchstens zwei Link-Buttons und einen Anruf-Button.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every link and call button a label.</source>
        <translation>Geben Sie jedem Link- und Anruf-Button eine Beschriftung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A link button needs a web address starting with https://, for example https://example.com/shop.</source>
        <translation>Ein Link-Button braucht eine Webadresse, die mit https:// beginnt, zum Beispiel https://example.com/shop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link may hold one value, {value}, and only at its very end.</source>
        <translation>Ein Link darf einen Wert enthalten, {value}, und nur ganz am Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example of the whole link with its value filled in (Meta&apos;s review opens it).</source>
        <translation>Geben Sie ein Beispiel des ganzen Links mit eingesetztem Wert an (Metas Prüfung öffnet ihn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call button needs a phone number with its country code, for example +49 30 1234567.</source>
        <translation>Ein Anruf-Button braucht eine Telefonnummer mit Ländervorwahl, zum Beispiel +49 30 1234567.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meta takes a JPEG or PNG picture, an MP4 video or a PDF document here; this file is none of them.</source>
        <translation>Meta nimmt hier ein JPEG- oder PNG-Bild, ein MP4-Video oder ein PDF-Dokument; diese Datei ist nichts davon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty or larger than Meta allows ({mb} MB).</source>
        <translation>Die Datei ist leer oder größer, als Meta erlaubt ({mb} MB).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+30"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order_ready</source>
        <translation>bestellung_bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Utility: about an order, an appointment, an account</source>
        <translation>Service: zu einer Bestellung, einem Termin, einem Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing: offers, news, invitations</source>
        <translation>Werbung: Angebote, Neuigkeiten, Einladungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>What is at the top</source>
        <translation>Was oben steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Optional, bold above the text</source>
        <translation>Optional, fett über dem Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to {n} characters; may hold one value, {value}, given when sending.</source>
        <translation>Höchstens {n} Zeichen; darf einen Wert enthalten, {value}, der beim Senden eingesetzt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example for the header&apos;s value</source>
        <translation>Beispiel für den Wert in der Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit.</source>
        <translation>Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+28"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Optional, small under the text</source>
        <translation>Optional, klein unter dem Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick reply buttons</source>
        <translation>Schnellantwort-Buttons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, comma separated: Ja, Nein</source>
        <translation>Optional, durch Kommas getrennt: Ja, Nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Link button</source>
        <translation>+ Link-Button</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Call button</source>
        <translation>+ Anruf-Button</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Copy-code button</source>
        <translation>+ Code-kopieren-Button</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A button that copies a code, such as a coupon; marketing templates only.</source>
        <translation>Eine Schaltfläche, die einen Code kopiert, etwa einen Gutschein; nur in Marketing-Vorlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply buttons</source>
        <translation>Antwort-Buttons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links, calls, codes</source>
        <translation>Links, Anrufe, Codes</translation>
    </message>
    <message>
        <source>Links, calls</source>
        <translation type="vanished">Links, Anrufe</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+65"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="vanished">Buttons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meta reviews the change again; until it approves it, the template cannot be sent. An approved template can be changed once a day and up to 10 times in 30 days, and keeps its category.</source>
        <translation>Meta prüft die Änderung erneut; bis Meta sie genehmigt, kann die Vorlage nicht gesendet werden. Eine genehmigte Vorlage kann einmal am Tag und bis zu 10-mal in 30 Tagen geändert werden und behält ihre Kategorie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer sees</source>
        <translation>Was die Kundschaft sieht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Submit to Meta for review</source>
        <translation>Bei Meta zur Prüfung einreichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the change to Meta</source>
        <translation>Änderung bei Meta einreichen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name and language of a template cannot be changed</source>
        <translation>Name und Sprache einer Vorlage lassen sich nicht ändern</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos (*.mp4)</source>
        <translation>Videos (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file shown at the top</source>
        <translation>Datei wählen, die oben gezeigt wird</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Example for {value}</source>
        <translation>Beispiel für {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A map; you give the place (name and address) each time you send.</source>
        <translation>Eine Karte; den Ort (Name und Adresse) geben Sie bei jedem Senden an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New file: {name}</source>
        <translation>Neue Datei: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current file stays (Klaros sends it to Meta again).</source>
        <translation>Die bisherige Datei bleibt (Klaros sendet sie erneut an Meta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file Meta&apos;s review sees.</source>
        <translation>Wählen Sie die Datei, die Metas Prüfung sieht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>value {n}</source>
        <translation>Wert {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for {name}</source>
        <translation>Beispiel für {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for value {n}</source>
        <translation>Beispiel für Wert {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not connected to Meta; set it up first (File → Set up connection…).</source>
        <translation>Nicht mit Meta verbunden; richten Sie die Verbindung zuerst ein (Datei → Verbindung einrichten…).</translation>
    </message>
    <message>
        <source>Meta did not take it: {reason}</source>
        <translation type="vanished">Meta hat sie nicht angenommen: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplateEdits</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_edits.py" line="+46"/>
        <source>Nothing has changed yet; change the text, a button or the category first.</source>
        <translation>Noch ist nichts geändert; ändern Sie zuerst den Text, eine Schaltfläche oder die Kategorie.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Meta is still reviewing this template; you can change it once the review is over.</source>
        <translation>Meta prüft diese Vorlage noch; Sie können sie ändern, sobald die Prüfung abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta only lets you change approved, rejected or paused templates; this one is {status}.</source>
        <translation>Meta lässt nur genehmigte, abgelehnte oder pausierte Vorlagen ändern; diese ist {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros does not know Meta&apos;s number for this template yet; press “Refresh from Meta” first.</source>
        <translation>Klaros kennt Metas Nummer für diese Vorlage noch nicht; klicken Sie zuerst auf „Von Meta neu laden“.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (a picture, video or document header, link or call buttons, named values or an authentication code); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Diese Vorlage hat Teile, die Klaros noch nicht bearbeiten kann (eine Bild-, Video- oder Dokument-Kopfzeile, Link- oder Anruf-Schaltflächen, benannte Werte oder einen Bestätigungscode); ändern Sie sie im WhatsApp Manager von Meta.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (an authentication code, a value in the header, copy-code, form or catalogue buttons, a location or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Diese Vorlage hat Teile, die Klaros noch nicht bearbeiten kann (einen Anmeldecode, einen Wert in der Kopfzeile, Buttons zum Kopieren eines Codes, für Formulare oder den Katalog, einen Standort oder Karten); ändern Sie sie im WhatsApp Manager von Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template has parts Klaros cannot edit (an authentication code, whose text Meta writes itself; form or catalogue buttons, which point at a form or catalogue set up in Meta&apos;s tools; or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation>Diese Vorlage hat Teile, die Klaros nicht bearbeiten kann (einen Anmeldecode, dessen Text Meta selbst schreibt; Formular- oder Katalog-Schaltflächen, die auf ein in Metas Werkzeugen eingerichtetes Formular oder einen Katalog zeigen; oder Karten); ändern Sie sie in Metas WhatsApp Manager.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meta lets you change an approved template once a day; you can change this one again after {when}.</source>
        <translation>Meta lässt eine genehmigte Vorlage einmal am Tag ändern; Sie können diese ab {when} wieder ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta lets you change an approved template up to 10 times in 30 days; the next change is possible after {when}.</source>
        <translation>Meta lässt eine genehmigte Vorlage bis zu 10-mal in 30 Tagen ändern; die nächste Änderung ist ab {when} möglich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no template {name} in {language} here; refresh the templates from Meta first.</source>
        <translation>Hier gibt es keine Vorlage {name} in {language}; laden Sie die Vorlagen zuerst von Meta neu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name and language of a template cannot be changed; create a new template instead.</source>
        <translation>Name und Sprache einer Vorlage lassen sich nicht ändern; legen Sie stattdessen eine neue Vorlage an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta does not let you change the category of an approved template; create a new template instead.</source>
        <translation>Meta lässt die Kategorie einer genehmigten Vorlage nicht ändern; legen Sie stattdessen eine neue Vorlage an.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+232"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="vanished">In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+42"/>
        <source>Meta found the content abusive or against its commerce and business policies.</source>
        <translation>Meta hält den Inhalt für missbräuchlich oder für einen Verstoß gegen seine Handels- und Geschäftsrichtlinien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format is not valid, for example variables not numbered {{1}}, {{2}}… in order, or a variable at the very start or end.</source>
        <translation>Das Format ist ungültig, zum Beispiel Variablen nicht der Reihe nach {{1}}, {{2}}… nummeriert, oder eine Variable ganz am Anfang oder Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta found it too promotional for its rules (for example a giveaway or pushy wording).</source>
        <translation>Meta fand sie zu werblich für seine Regeln (zum Beispiel ein Gewinnspiel oder aufdringliche Worte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The chosen category does not match what the message says.</source>
        <translation>Die gewählte Kategorie passt nicht zum Inhalt der Nachricht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta suspected the message of being a scam.</source>
        <translation>Meta hält die Nachricht für einen Betrugsversuch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta rates customers&apos; reactions to it as medium: some block or report it. Check that it is wanted and well timed.</source>
        <translation>Meta bewertet die Reaktionen der Kundschaft darauf als mittel: Einige blockieren oder melden sie. Prüfen Sie, ob sie erwünscht ist und zur richtigen Zeit kommt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta rates customers&apos; reactions to it as low: many block or report it. Meta may pause it; change the text or send it less often.</source>
        <translation>Meta bewertet die Reaktionen der Kundschaft darauf als niedrig: Viele blockieren oder melden sie. Meta kann sie pausieren; ändern Sie den Text oder senden Sie sie seltener.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: the place given when sending</source>
        <translation>Karte: der Ort wird beim Senden angegeben</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="-60"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+87"/>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template details</source>
        <translation>Einzelheiten der Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template preview</source>
        <translation>Vorschau der Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer sees</source>
        <translation>Was die Kundschaft sieht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh from Meta</source>
        <translation>Von Meta neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New template…</source>
        <translation>Neue Vorlage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected template&apos;s text or buttons; Meta reviews it again</source>
        <translation>Text oder Schaltflächen der gewählten Vorlage ändern; Meta prüft sie erneut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No templates yet. Create them in Meta&apos;s WhatsApp Manager, then press “Refresh from Meta”.</source>
        <translation>Noch keine Vorlagen. Erstellen Sie sie im WhatsApp Manager von Meta und drücken Sie dann „Von Meta neu laden“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} templates, {a} approved. Approvals from Meta appear here by themselves.</source>
        <translation>{n} Vorlagen, {a} genehmigt. Genehmigungen von Meta erscheinen hier von selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet.</source>
        <translation>Noch keine Vorlagen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Meta is reviewing it; the result appears here by itself.</source>
        <translation>Meta prüft sie gerade; das Ergebnis erscheint hier von selbst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta will change this template&apos;s category from {old} to {new} {when}.</source>
        <translation>Meta ändert die Kategorie dieser Vorlage {when} von {old} zu {new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soon</source>
        <translation>bald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing messages cost more than utility messages, and they are charged even while the customer&apos;s 24-hour window is open.</source>
        <translation>Marketing-Nachrichten kosten mehr als Hinweis-Nachrichten und werden auch berechnet, solange das 24-Stunden-Fenster des Kunden offen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utility messages cost less than marketing messages, and they are free while the customer&apos;s 24-hour window is open.</source>
        <translation>Hinweis-Nachrichten kosten weniger als Marketing-Nachrichten und sind kostenlos, solange das 24-Stunden-Fenster des Kunden offen ist.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not connected to Meta; set it up in Settings first.</source>
        <translation>Nicht mit Meta verbunden; richten Sie das zuerst in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Meta for the templates…</source>
        <translation>Meta wird nach den Vorlagen gefragt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>({n} received from Meta)</source>
        <translation>({n} von Meta erhalten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta hat nicht geantwortet: {error}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../klaros_desktop/ui/inbox.py" line="-895"/>
        <source>Conversation messages</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit before it goes</source>
        <translation>Vor dem Senden bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send as template instead</source>
        <translation>Stattdessen als Vorlage senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>React…</source>
        <translation>Reagieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward…</source>
        <translation>Weiterleiten…</translation>
    </message>
</context>
<context>
    <name>TokenGuide</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+8"/>
        <source>How to create a permanent access token</source>
        <translation>So erstellen Sie einen dauerhaften Zugangstoken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Meta Business Suite, open Settings → System users and click “Add”.</source>
        <translation>Öffnen Sie in der Meta Business Suite Einstellungen → Systembenutzer und klicken Sie auf „Hinzufügen“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the system user (for example “klaros”), choose the role Admin and click “Create”.</source>
        <translation>Geben Sie dem Systembenutzer einen Namen (zum Beispiel „klaros“), wählen Sie die Rolle Admin und klicken Sie auf „Erstellen“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Assign assets”: give it your app and your shop&apos;s WhatsApp account, each with full control.</source>
        <translation>Klicken Sie auf „Assets zuweisen“: geben Sie ihm Ihre App und das WhatsApp-Konto Ihres Ladens, jeweils mit voller Kontrolle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click “Generate new token”, choose your app, set the expiry to “Never”, and tick exactly these two permissions: {first} and {second}.</source>
        <translation>Klicken Sie auf „Neuen Token generieren“, wählen Sie Ihre App, stellen Sie den Ablauf auf „Nie“ und haken Sie genau diese zwei Berechtigungen an: {first} und {second}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the token and paste it into Klaros (Meta shows it only once; spaces and line breaks are fine).</source>
        <translation>Kopieren Sie den Token und fügen Sie ihn in Klaros ein (Meta zeigt ihn nur einmal; Leerzeichen und Zeilenumbrüche stören nicht).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Open System users</source>
        <translation>Systembenutzer öffnen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Picture {n} of {total}</source>
        <translation>Bild {n} von {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../klaros_desktop/ui/update_notice.py" line="+47"/>
        <source>Update download</source>
        <translation>Update-Download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart to update</source>
        <translation>Zum Aktualisieren neu starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading Klaros %1 in the background. You can keep working.</source>
        <translation>Klaros %1 wird im Hintergrund heruntergeladen. Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 is ready — restart to update. Your messages and contacts are kept.</source>
        <translation>Version %1 ist bereit – starten Sie neu, um zu aktualisieren. Ihre Nachrichten und Kontakte bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klaros was updated to version %1.</source>
        <translation>Klaros wurde auf Version %1 aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update to version %1 did not pass its check, so Klaros went back to version %2. Nothing was lost.</source>
        <translation>Das Update auf Version %1 hat seine Prüfung nicht bestanden, daher ist Klaros zu Version %2 zurückgekehrt. Nichts ging verloren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What&apos;s new in Klaros %1</source>
        <translation>Neu in Klaros %1</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../klaros_desktop/updater.py" line="+53"/>
        <source>The update server&apos;s signed list of releases has expired, so Klaros did not trust it and keeps this version. Your Klaros supplier has to renew it.</source>
        <translation>Die signierte Versionsliste des Update-Servers ist abgelaufen, daher hat Klaros ihr nicht vertraut und behält diese Version. Ihr Klaros-Anbieter muss sie erneuern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The downloaded update does not match what the Klaros publisher signed, so it was thrown away. Klaros keeps this version and is safe to use.</source>
        <translation>Das heruntergeladene Update stimmt nicht mit dem überein, was der Herausgeber von Klaros signiert hat, daher wurde es verworfen. Klaros behält diese Version und kann sicher weiter genutzt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update server&apos;s list of releases is not signed by the Klaros publisher, so Klaros did not trust it and keeps this version.</source>
        <translation>Die Versionsliste des Update-Servers ist nicht vom Herausgeber von Klaros signiert, daher hat Klaros ihr nicht vertraut und behält diese Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros could not reach its update server. It will try again later.</source>
        <translation>Klaros konnte seinen Update-Server nicht erreichen. Es versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not save the update on this computer (the disk may be full). It keeps this version.</source>
        <translation>Klaros konnte das Update nicht auf diesem Computer speichern (vielleicht ist die Festplatte voll). Es behält diese Version.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="-1032"/>
        <source>Value of {variable}</source>
        <translation>Wert von {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact field: {field}</source>
        <translation>Kontaktfeld: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text</source>
        <translation>Fester Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same text for everyone</source>
        <translation>Für alle derselbe Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text for {variable}</source>
        <translation>Fester Text für {variable}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the contact has none, write…</source>
        <translation>Wenn der Kontakt keinen hat, schreiben Sie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback for {variable}</source>
        <translation>Ersatzwert für {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if empty:</source>
        <translation>wenn leer:</translation>
    </message>
</context>
<context>
    <name>VideoViewer</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="-123"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Open in your video player</source>
        <translation>In Ihrem Videoplayer öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video cannot be played here.</source>
        <translation>Dieses Video kann hier nicht abgespielt werden.</translation>
    </message>
</context>
<context>
    <name>_LiveCheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+131"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result of this step</source>
        <translation>Ergebnis dieses Schritts</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changed: check again.</source>
        <translation>Geändert: bitte erneut prüfen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>delegates</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="-547"/>
        <location line="+142"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>opted out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Not sent</source>
        <translation>⚠ Nicht gesendet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice message</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Kontaktkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message WhatsApp sent in a format Klaros cannot show</source>
        <translation>Eine Nachricht, die WhatsApp in einem Format geschickt hat, das Klaros nicht anzeigen kann</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="-272"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../klaros_desktop/commands/demo.py" line="+45"/>
        <source>DEMO (simulated customers)</source>
        <translation>DEMO (simulierte Kundschaft)</translation>
    </message>
</context>
</TS>
