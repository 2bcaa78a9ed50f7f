<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <translation>Chiamata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label, e.g. Zum Shop</source>
        <translation>Etichetta, ad es. Al negozio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label, e.g. Anrufen</source>
        <translation>Etichetta, ad es. Chiama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link button label</source>
        <translation>Etichetta del pulsante link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call button label</source>
        <translation>Etichetta del pulsante di chiamata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example code, e.g. SPRING25</source>
        <translation>Codice di esempio, ad es. PRIMAVERA25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example code</source>
        <translation>Codice di esempio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in marketing templates; a code of up to {n} characters. Each customer gets their own code when you send.</source>
        <translation>Solo nei modelli di marketing; un codice di massimo {n} caratteri. Ogni cliente riceve il proprio codice all’invio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole link with an example value</source>
        <translation>Link completo con un valore di esempio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example link</source>
        <translation>Link di esempio</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this button</source>
        <translation>Rimuovi questo pulsante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example:</source>
        <translation>Esempio:</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../klaros_desktop/services/analytics/budget.py" line="+70"/>
        <source>{amount!r} is not an amount of money.</source>
        <translation>{amount!r} non è un importo in denaro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{amount!r} could be {grouped} or {fraction}; type it without the thousands separator, like {grouped}.</source>
        <translation>{amount!r} può voler dire {grouped} o {fraction}; lo scriva senza separatore delle migliaia, per esempio {grouped}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A monthly budget must be more than zero.</source>
        <translation>Il budget mensile deve essere maggiore di zero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{currency!r} is not a currency code like EUR or USD.</source>
        <translation>{currency!r} non è un codice valuta come EUR o USD.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Monthly budget saved.</source>
        <translation>Budget mensile salvato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget removed.</source>
        <translation>Budget mensile rimosso.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Some of this month&apos;s messages have no price in the rate card, so the month&apos;s total may be higher than shown.</source>
        <translation>Alcuni messaggi di questo mese non hanno un prezzo nel listino, quindi il totale del mese potrebbe essere più alto di quanto mostrato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign would cost about {forecast} {currency}. With {spent} {currency} already spent this month, that is more than your monthly budget of {budget} {currency}.</source>
        <translation>Questa campagna costerebbe circa {forecast} {currency}. Con {spent} {currency} già spesi questo mese, supera il Suo budget mensile di {budget} {currency}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/cost.py" line="+36"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility (order and account updates)</source>
        <translation>Utilità (aggiornamenti su ordini e account)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication (login codes)</source>
        <translation>Autenticazione (codici di accesso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication, international rate</source>
        <translation>Autenticazione, tariffa internazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing (Marketing Messages API)</source>
        <translation>Marketing (Marketing Messages API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service (replies in a chat)</source>
        <translation>Servizio (risposte in una chat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an ad or page button</source>
        <translation>Dopo un annuncio o un pulsante della pagina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free: inside the 24-hour customer-service window</source>
        <translation>Gratis: entro la finestra di assistenza clienti di 24 ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free: the customer came from an ad or a page button (free entry point, 72 hours)</source>
        <translation>Gratis: il cliente è arrivato da un annuncio o da un pulsante della pagina (punto di accesso gratuito, 72 ore)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rates for this period are in different currencies ({currencies}), so Klaros does not add them up. Import one rate card in the currency Meta bills you in.</source>
        <translation>Le tariffe di questo periodo sono in valute diverse ({currencies}), quindi Klaros non le somma. Importi un listino nella valuta in cui Meta Le fattura.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/delivery.py" line="+110"/>
        <source>Messages without a template (replies in a chat)</source>
        <translation>Messaggi senza modello (risposte in una chat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not part of a campaign</source>
        <translation>Non fa parte di una campagna</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/reconcile.py" line="+109"/>
        <source>Meta counted {n} more delivered messages than Klaros has. They were sent from another tool or from WhatsApp Manager, not from Klaros, so Klaros cannot show them.</source>
        <translation>Meta ha contato {n} messaggi consegnati in più rispetto a Klaros. Sono stati inviati da un altro strumento o da Gestione WhatsApp, non da Klaros, quindi Klaros non può mostrarli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} messages are still waiting for their delivery report from Meta; the figures will agree once it arrives.</source>
        <translation>{n} messaggi attendono ancora la conferma di consegna da Meta; le cifre coincideranno quando arriverà.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros counted {n} more delivered messages than Meta reports yet. Meta updates its figures with a delay, and counts a message on the day it was delivered.</source>
        <translation>Klaros ha contato {n} messaggi consegnati in più di quelli che Meta riporta finora. Meta aggiorna le sue cifre in ritardo e conta ogni messaggio nel giorno in cui è stato consegnato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta charged {meta} {currency} where Klaros&apos;s rate card says {local} {currency} for the same messages. The rate card is out of date: import Meta&apos;s newest rate CSV.</source>
        <translation>Meta ha addebitato {meta} {currency} dove il listino di Klaros indica {local} {currency} per gli stessi messaggi. Il listino non è aggiornato: importi il CSV delle tariffe più recente di Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s figures and Meta&apos;s agree.</source>
        <translation>Le cifre di Klaros e di Meta coincidono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta bills this account in {meta}, the rate card is in {local}: the amounts cannot be compared. Import the rate card in {meta}.</source>
        <translation>Meta fattura questo account in {meta}, il listino è in {local}: gli importi non si possono confrontare. Importi il listino in {meta}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Meta keeps figures per template for 90 days only; choose a shorter period to compare them.</source>
        <translation>Meta conserva le cifre per modello solo per 90 giorni; scelga un periodo più breve per confrontarle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta gave no figures per template: {reason}</source>
        <translation>Meta non ha fornito cifre per modello: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Klaros is not connected to Meta, so Meta&apos;s own figures could not be asked for.</source>
        <translation>Klaros non è collegato a Meta, quindi non è stato possibile chiedere le cifre di Meta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta did not give its figures: {reason}</source>
        <translation>Meta non ha fornito le sue cifre: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+66"/>
        <source>under a minute</source>
        <translation>meno di un minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{d} days</source>
        <translation>{d} giorni</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose days…</source>
        <translation>Scegli giorni…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with the period before</source>
        <translation>Confronta con il periodo precedente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report as CSV…</source>
        <translation>Salva report come CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>messages sent</source>
        <translation>messaggi inviati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>consegnati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>letti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered within 24 hours</source>
        <translation>con risposta in 24 ore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not delivered</source>
        <translation>non consegnati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charged by Meta</source>
        <translation>addebitati da Meta</translation>
    </message>
    <message>
        <source>not confirmed by WhatsApp</source>
        <translation type="vanished">non confermati da WhatsApp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From sent to answered</source>
        <translation>Dall&apos;invio alla risposta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the funnel per</source>
        <translation>Mostra l&apos;imbuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per template</source>
        <translation>per modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per campaign</source>
        <translation>per campagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per tag</source>
        <translation>per etichetta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+295"/>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Read</source>
        <translation>Letti</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Answered</source>
        <translation>Con risposta</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Not delivered</source>
        <translation>Non consegnati</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Funnel per template, campaign or tag</source>
        <translation>Imbuto per modello, campagna o etichetta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why Meta did not deliver</source>
        <translation>Perché Meta non ha consegnato</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+325"/>
        <location line="+5"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Messages not delivered, by reason</source>
        <translation>Messaggi non consegnati, per motivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>half of the customers got an answer within</source>
        <translation>metà dei clienti ha ricevuto risposta entro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 in 10 got an answer within</source>
        <translation>9 su 10 hanno ricevuto risposta entro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages still without an answer</source>
        <translation>messaggi di clienti ancora senza risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chats where you can write freely now (24-hour window open)</source>
        <translation>chat con la finestra di 24 ore aperta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from customers per day</source>
        <translation>Messaggi dei clienti al giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers write (hour of the week)</source>
        <translation>Quando scrivono i clienti (ora della settimana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>gio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>sab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opt-ins and opt-outs per day</source>
        <translation>Consensi e revoche al giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Opt-ins and opt-outs</source>
        <translation>Consensi e revoche</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+340"/>
        <source>Charged messages per day</source>
        <translation>Messaggi addebitati al giorno</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Charged messages by category</source>
        <translation>Messaggi addebitati per categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+340"/>
        <source>Charged messages</source>
        <translation>Messaggi addebitati</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cost by category</source>
        <translation>Costo per categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cost by country</source>
        <translation>Costo per paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template or campaign</source>
        <translation>Modello o campagna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by template and campaign</source>
        <translation>Costo per modello e campagna</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This month&apos;s charges against the budget</source>
        <translation>Addebiti di questo mese rispetto al budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 150</source>
        <translation>es. 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Importo del budget mensile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget currency</source>
        <translation>Valuta del budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Salva budget</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with Meta&apos;s figures</source>
        <translation>Confronta con le cifre di Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta keeps its own count of what it delivered and charged. Compare it with Klaros&apos;s to see whether anything was sent from elsewhere.</source>
        <translation>Meta tiene un proprio conteggio di ciò che ha consegnato e addebitato. Lo confronti con quello di Klaros per vedere se qualcosa è stato inviato da altrove.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Tipo</translation>
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
        <translation>Differenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Cifre di Klaros e di Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Klaros)</source>
        <translation>Inviati (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Meta)</source>
        <translation>Inviati (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (Klaros)</source>
        <translation>Consegnati (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered (Meta)</source>
        <translation>Consegnati (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read (Klaros)</source>
        <translation>Letti (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read (Meta)</source>
        <translation>Letti (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per template, Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Cifre di Klaros e di Meta per modello</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel</source>
        <translation>Imbuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not delivered, by Meta&apos;s reason (double-click to see the messages)</source>
        <translation>Non consegnati, per motivo di Meta (doppio clic per vedere i messaggi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Importa il listino prezzi di Meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s rates CSV (from Meta&apos;s pricing page): prices this screen&apos;s messages, and the campaigns&apos; forecasts</source>
        <translation>Il CSV delle tariffe di Meta (dalla sua pagina dei prezzi): dà un prezzo ai messaggi di questa schermata e alle previsioni delle campagne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly budget</source>
        <translation>Budget mensile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was free, and why</source>
        <translation>Cosa è stato gratuito e perché</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Per paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By template and campaign</source>
        <translation>Per modello e campagna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta&apos;s own figures</source>
        <translation>Le cifre di Meta</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The numbers could not be read: {error}</source>
        <translation>Non è stato possibile leggere le cifre: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>before: {n}</source>
        <translation>prima: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} messages</source>
        <translation>{n} messaggi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed by WhatsApp: {n} (they may or may not have reached the customer)</source>
        <translation>Non confermati da WhatsApp: {n} (potrebbero essere arrivati al cliente oppure no)</translation>
    </message>
    <message>
        <source>may or may not have reached the customer</source>
        <translation type="vanished">potrebbero essere arrivati al cliente oppure no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} charged messages</source>
        <translation>{n} messaggi addebitati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>charged messages (no prices yet)</source>
        <translation>messaggi addebitati (ancora senza prezzi)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>of {n} times a customer wrote</source>
        <translation>delle {n} volte in cui un cliente ha scritto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed to messages</source>
        <translation>Hanno accettato i messaggi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped messages</source>
        <translation>Hanno interrotto i messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote a keyword (STOP / START)</source>
        <translation>ha scritto una parola chiave (STOP / START)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pressed a button</source>
        <translation>ha premuto un pulsante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from a file</source>
        <translation>importato da un file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entered in Klaros</source>
        <translation>inserito in Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing in WhatsApp</source>
        <translation>ha interrotto il marketing in WhatsApp</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This period</source>
        <translation>Questo periodo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period before</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges per day ({currency})</source>
        <translation>Addebiti al giorno ({currency})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no template)</source>
        <translation>(nessun modello)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign: {name}</source>
        <translation>Campagna: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not charged because never delivered: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Non addebitati perché mai consegnati: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still waiting for Meta&apos;s report on the price: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Ancora in attesa del report di Meta sul prezzo: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free messages in this period.</source>
        <translation>Nessun messaggio gratuito in questo periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts in {currency}, Meta&apos;s rates as of {date}; Meta&apos;s own category and price type from each delivery report.</source>
        <translation>Importi in {currency}, tariffe di Meta al {date}; categoria e tipo di prezzo di Meta da ogni report di consegna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts from Meta&apos;s delivery reports. Amounts appear once a rate card with Meta&apos;s prices is imported.</source>
        <translation>Conteggi dai report di consegna di Meta. Gli importi compaiono dopo aver importato un listino con i prezzi di Meta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No monthly budget set. Set one to see this month&apos;s charges against it; campaigns warn before they would go over it.</source>
        <translation>Nessun budget mensile impostato. Ne imposti uno per confrontare gli addebiti di questo mese; le campagne avvisano prima di superarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget {budget} a month. This month&apos;s charges cannot be priced in {currency} yet.</source>
        <translation>Budget di {budget} al mese. Gli addebiti di questo mese non si possono ancora calcolare in {currency}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month so far: {spent} of {budget} ({share}).</source>
        <translation>Questo mese finora: {spent} su {budget} ({share}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the budget.</source>
        <translation>Budget superato.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="+19"/>
        <source>Import Meta&apos;s price list</source>
        <translation>Importa il listino prezzi di Meta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation>Prezzi importati per {n} mercati in {currency}, validi dal {day}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+57"/>
        <source>Asking Meta…</source>
        <translation>Richiesta a Meta in corso…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta non ha risposto: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta counted {n} delivered messages, {cost} charged.</source>
        <translation>Meta ha contato {n} messaggi consegnati, {cost} addebitati.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save picture</source>
        <translation>Salva immagine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save table</source>
        <translation>Salva tabella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="-16"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+20"/>
        <source>Saved {file}</source>
        <translation>Salvato {file}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save report</source>
        <translation>Salva report</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/attachments.py" line="+121"/>
        <source>Send files to {name}</source>
        <translation>Invia file a {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send files</source>
        <translation>Invia file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files to send</source>
        <translation>File da inviare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption for the selected file</source>
        <translation>Didascalia del file selezionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Add a caption (optional)</source>
        <translation>Aggiunga una didascalia (facoltativa)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+23"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send {n} files</source>
        <translation>Invia {n} file</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WhatsApp shows no caption on voice messages and stickers</source>
        <translation>WhatsApp non mostra didascalie su messaggi vocali e sticker</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location line="+25"/>
        <source>Attach photos, videos, voice messages or documents</source>
        <translation>Allega foto, video, messaggi vocali o documenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos, audio and documents</source>
        <translation>Foto, video, audio e documenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Tutti i file</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pasted picture.png</source>
        <translation>Immagine incollata.png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files can be sent while the customer&apos;s 24-hour window is open, like any free-form message.</source>
        <translation>I file si possono inviare mentre la finestra di 24 ore del cliente è aperta, come qualsiasi messaggio libero.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The files could not be queued: {error}</source>
        <translation>Non è stato possibile mettere in coda i file: {error}</translation>
    </message>
</context>
<context>
    <name>AutoReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/auto_replies.py" line="+109"/>
        <source>write the greeting message, or switch it off</source>
        <translation>scriva il messaggio di benvenuto o lo disattivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the away message, or switch it off</source>
        <translation>scriva il messaggio di assenza o lo disattivi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on {day} the shop closes before it opens</source>
        <translation>{day} il negozio chiude prima di aprire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wait at least one hour before the same reply</source>
        <translation>attenda almeno un&apos;ora prima della stessa risposta</translation>
    </message>
</context>
<context>
    <name>AutoRepliesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/auto_replies_dialog.py" line="+33"/>
        <source>Greeting and away messages</source>
        <translation>Messaggi di benvenuto e di assenza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros answers by itself, like the WhatsApp Business app: only to a message that just arrived, only while the customer may be messaged, and not again to the same person within the quiet time. Automatic replies are marked in the chat.</source>
        <translation>Klaros risponde da solo, come l&apos;app WhatsApp Business: solo a un messaggio appena arrivato, solo finché si può scrivere al cliente e non di nuovo alla stessa persona durante il tempo di pausa. Le risposte automatiche sono segnalate nella chat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send it</source>
        <translation>Invialo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Greeting: to a customer&apos;s first message</source>
        <translation>Benvenuto: al primo messaggio di un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to our shop! How can we help?</source>
        <translation>Benvenuti nel nostro negozio! Come possiamo aiutarLa?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away: to a message outside your business hours</source>
        <translation>Assenza: a un messaggio fuori dall&apos;orario di apertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your message. We are closed now and answer tomorrow from 9 o&apos;clock.</source>
        <translation>Grazie per il Suo messaggio. Ora siamo chiusi e Le risponderemo domani dalle 9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours</source>
        <translation>Orario di apertura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opens</source>
        <translation>apre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closes</source>
        <translation>chiude</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not the same reply to the same person again within</source>
        <translation>Non ripetere la stessa risposta alla stessa persona entro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet time in hours</source>
        <translation>Tempo di pausa in ore</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/backend.py" line="+142"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n messaggio in attesa</numerusform>
            <numerusform>%n messaggi in attesa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 message waiting to be sent</source>
        <translation>1 messaggio in attesa di invio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages waiting to be sent</source>
        <translation>{n} messaggi in attesa di invio</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n message(s) not sent</source>
        <translation>
            <numerusform>⚠ %n messaggio non inviato</numerusform>
            <numerusform>⚠ %n messaggi non inviati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 1 message not sent: the chat marked “Not sent” says why</source>
        <translation>⚠ 1 messaggio non inviato: la chat segnata “Non inviato” spiega perché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {n} messages not sent: the chats marked “Not sent” say why</source>
        <translation>⚠ {n} messaggi non inviati: le chat segnate “Non inviato” spiegano perché</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected · no new events yet</source>
        <translation>Connesso · ancora nessun nuovo evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected · last event {time}</source>
        <translation>Connesso · ultimo evento {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected yet · File → Set up connection…</source>
        <translation>Non ancora connesso · File → Configura connessione…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected yet</source>
        <translation>Non ancora connesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect</source>
        <translation>Impossibile connettersi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect: no secure password store on this computer · File → Set up connection… says what to install</source>
        <translation>Impossibile connettersi: su questo computer non c&apos;è un archivio sicuro delle password · File → Configura connessione… indica cosa installare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline since {time}</source>
        <translation>Offline da {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline since {time} · messages you write wait in the outbox</source>
        <translation>Offline da {time} · ciò che scrive attende nella posta in uscita</translation>
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
        <translation>Ha reagito con {emoji}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed a reaction</source>
        <translation>Ha rimosso una reazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template “{name}”</source>
        <translation>Modello “{name}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic reply</source>
        <translation>Risposta automatica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click here to send a template instead.</source>
        <translation>Faccia clic qui per inviare invece un modello.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Downloading…</source>
        <translation>Download in corso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is no longer on this computer.</source>
        <translation>Il file non è più su questo computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uploading {size}…</source>
        <translation>caricamento {size}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending…</source>
        <translation>invio in corso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet · next try {time}</source>
        <translation>non ancora inviato · prossimo tentativo {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>in attesa di invio</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Open · Save as…</source>
        <translation>Apri · Salva con nome…</translation>
    </message>
</context>
<context>
    <name>CampaignBuilder</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="+166"/>
        <source>New campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name, e.g. Mother&apos;s Day offer</source>
        <translation>Nome, es. Offerta Festa della Mamma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nome della campagna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1  Who gets it</source>
        <translation>1  Chi la riceve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2  Message</source>
        <translation>2  Messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3  Test and send</source>
        <translation>3  Prova e invia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign summary</source>
        <translation>Riepilogo della campagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as draft</source>
        <translation>Salva come bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1005"/>
        <source>Start sending</source>
        <translation>Avvia l&apos;invio</translation>
    </message>
    <message>
        <location line="-1003"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Campaign name:</source>
        <translation>Nome della campagna:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contacts that match these filters</source>
        <translation>Contatti che corrispondono a questi filtri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list of numbers (pasted or from a file)</source>
        <translation>Un elenco di numeri (incollato o da un file)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved audiences</source>
        <translation>Destinatari salvati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these filters…</source>
        <translation>Salva questi filtri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved audience:</source>
        <translation>Destinatari salvati:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Has any of these tags</source>
        <translation>Ha una di queste etichette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has all of these tags</source>
        <translation>Ha tutte queste etichette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has none of these tags</source>
        <translation>Non ha nessuna di queste etichette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any of these tags</source>
        <translation>Una di queste etichette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And all of these tags</source>
        <translation>E tutte queste etichette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>But none of these tags</source>
        <translation>Ma nessuna di queste etichette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the number</source>
        <translation>Paese del numero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who may get the template</source>
        <translation>Chiunque possa ricevere il modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those with a recorded opt-in</source>
        <translation>Solo chi ha un consenso registrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote to you in the last</source>
        <translation>Le ha scritto negli ultimi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since they last wrote</source>
        <translation>Giorni dal suo ultimo messaggio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24-hour window</source>
        <translation>Finestra di 24 ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (they wrote in the last 24 hours)</source>
        <translation>Aperta (ha scritto nelle ultime 24 ore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact field</source>
        <translation>Campo del contatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is (empty: has any value)</source>
        <translation>è (vuoto: qualsiasi valore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field value</source>
        <translation>Valore del campo del contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact field conditions</source>
        <translation>Condizioni sui campi del contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent:</source>
        <translation>Consenso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Ultimo messaggio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24-hour window:</source>
        <translation>Finestra di 24 ore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field:</source>
        <translation>Campo del contatto:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One number per line, e.g. +49 151 23456789 (numbers without +country use the shop&apos;s country)</source>
        <translation>Un numero per riga, es. +39 347 1234567 (i numeri senza prefisso internazionale usano il paese del negozio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers to send to</source>
        <translation>Numeri a cui inviare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a contacts file…</source>
        <translation>Importa un file di contatti…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out, and why</source>
        <translation>Esclusi, e perché</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+537"/>
        <source>Forecast cost</source>
        <translation>Costo previsto</translation>
    </message>
    <message>
        <location line="-499"/>
        <source>{field} is “{value}”</source>
        <translation>{field} è “{value}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} has a value</source>
        <translation>{field} ha un valore</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the audience</source>
        <translation>Salva i destinatari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for these filters, to use them again later:</source>
        <translation>Nome per questi filtri, per riutilizzarli in seguito:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— choose —</source>
        <translation>— scegli —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none saved yet</source>
        <translation>nessuno salvato finora</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a contacts file</source>
        <translation>Importa un file di contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts files (*.csv *.txt *.vcf)</source>
        <translation>File di contatti (*.csv *.txt *.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing {file}…</source>
        <translation>Importazione di {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not imported: {reason}</source>
        <translation>Non importato: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File at the top of the message</source>
        <translation>File in cima al messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or the WhatsApp media id of a file you uploaded</source>
        <translation>oppure l&apos;ID media di WhatsApp di un file che ha caricato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp media id for the top of the message</source>
        <translation>ID media di WhatsApp per la parte superiore del messaggio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview for</source>
        <translation>Anteprima per</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message preview</source>
        <translation>Anteprima del messaggio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipients who would get an empty variable</source>
        <translation>Destinatari che riceverebbero una variabile vuota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview for:</source>
        <translation>Anteprima per:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The template shows a map at the top of the message. Give the place: everyone gets the same one. Your map app shows a place&apos;s coordinates (in Google Maps: right-click the place); you may paste both into the first field.</source>
        <translation>Il modello mostra una mappa in cima al messaggio. Indichi il luogo: tutti ricevono lo stesso. La Sua app di mappe mostra le coordinate di un luogo (in Google Maps: clic destro sul luogo); può incollarle entrambe nel primo campo.</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">ad es. 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Latitudine del luogo</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">ad es. 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Longitudine del luogo</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">ad es. il nome del Suo negozio</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Nome del luogo</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Via, CAP e città</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Indirizzo del luogo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latitude:</source>
        <translation>Latitudine:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude:</source>
        <translation>Longitudine:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinates:</source>
        <translation>Coordinate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <source>No place given yet</source>
        <translation>Nessun luogo indicato finora</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{category} template. Body: {body}</source>
        <translation>Modello {category}. Testo: {body}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title {variable}</source>
        <translation>Titolo {variable}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code of button {n}</source>
        <translation>Codice del pulsante {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of button {n}</source>
        <translation>Link del pulsante {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The template shows {what} at the top of the message. Choose the file; it is uploaded to WhatsApp once, when sending starts.</source>
        <translation>Il modello mostra {what} in cima al messaggio. Scelga il file; viene caricato su WhatsApp una sola volta, all&apos;avvio dell&apos;invio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a picture</source>
        <translation>un&apos;immagine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a video</source>
        <translation>un video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a document</source>
        <translation>un documento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen yet</source>
        <translation>Nessun file ancora scelto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp media id {id}</source>
        <translation>ID media di WhatsApp {id}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File for the top of the message</source>
        <translation>File per la parte superiore del messaggio</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a template.</source>
        <translation>Scelga un modello.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Map: {place}</source>
        <translation>Mappa: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map: no place given yet</source>
        <translation>Mappa: nessun luogo indicato finora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no file chosen yet</source>
        <translation>ancora nessun file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture attached: {name}</source>
        <translation>Immagine allegata: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video attached: {name}</source>
        <translation>Video allegato: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached: {name}</source>
        <translation>Documento allegato: {name}</translation>
    </message>
    <message>
        <source>Code of button {n}: {value}</source>
        <translation type="vanished">Codice del pulsante {n}: {value}</translation>
    </message>
    <message>
        <source>Link of button {n}: …{value}</source>
        <translation type="vanished">Link del pulsante {n}: …{value}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your own WhatsApp number</source>
        <translation>Il Suo numero WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number for the test message</source>
        <translation>Numero per il messaggio di prova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test</source>
        <translation>Invia una prova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test result</source>
        <translation>Esito della prova</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start now</source>
        <translation>Avvia ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at</source>
        <translation>Avvia alle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start time</source>
        <translation>Ora di avvio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> messages a second</source>
        <translation> messaggi al secondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending speed</source>
        <translation>Velocità di invio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>80 a second is WhatsApp&apos;s standard for a business number. Go higher only if Meta raised your number&apos;s throughput; lower spreads the replies out.</source>
        <translation>80 al secondo è lo standard di WhatsApp per un numero aziendale. Aumenti solo se Meta ha alzato la capacità del Suo numero; un valore più basso distribuisce le risposte nel tempo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost by country and category</source>
        <translation>Costo per paese e categoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What WhatsApp will charge (forecast)</source>
        <translation>Quanto addebiterà WhatsApp (previsione)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly budget</source>
        <translation>Budget mensile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Importa il listino prezzi di Meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The “Rates (CSV)” file from Meta&apos;s WhatsApp pricing page, in your billing currency</source>
        <translation>Il file “Rates (CSV)” dalla pagina dei prezzi di WhatsApp di Meta, nella Sua valuta di fatturazione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the message to yourself first to see it on a phone. The test uses the values your own contact would get (or the fallbacks).</source>
        <translation>Invii prima il messaggio a sé stesso per vederlo su un telefono. La prova usa i valori che riceverebbe il Suo contatto (o i valori di riserva).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test:</source>
        <translation>Prova:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>Velocità:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost:</source>
        <translation>Costo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to WhatsApp; set up the connection first.</source>
        <translation>Non connesso a WhatsApp; configuri prima la connessione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your own WhatsApp number first.</source>
        <translation>Scriva prima il Suo numero WhatsApp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the test…</source>
        <translation>Invio della prova…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{number}” is not a phone number.</source>
        <translation>“{number}” non è un numero di telefono.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test sent. Check your phone.</source>
        <translation>Prova inviata. Controlli il Suo telefono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Not sent: {reason}</source>
        <translation>Non inviato: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(time zone {zone})</source>
        <translation>(fuso orario {zone})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No approved template yet. Create one in Meta&apos;s WhatsApp Manager and refresh the templates.</source>
        <translation>Ancora nessun modello approvato. Ne crei uno in Gestione WhatsApp di Meta e aggiorni i modelli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not offered: {names} (a variable, a location or an animation in the heading is not supported yet).</source>
        <translation>Non disponibili: {names} (una variabile, una posizione o un&apos;animazione nell&apos;intestazione non è ancora supportata).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+179"/>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>recipients</source>
        <translation>destinatari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contacts match (choose a template to see who may get it)</source>
        <translation>contatti corrispondono (scelga un modello per vedere chi può riceverlo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a phone number: {pieces}</source>
        <translation>Non è un numero di telefono: {pieces}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out</source>
        <translation>Esclusi</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title {length} of {max} characters</source>
        <translation>titolo di {length} caratteri su {max}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get an empty value. Give those variables a fallback or fill in the contacts; the campaign cannot start until then.</source>
        <translation>{n} destinatari riceverebbero un valore vuoto. Dia a quelle variabili un valore di riserva o completi i contatti; fino ad allora la campagna non può partire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get a title longer than the {max} characters WhatsApp allows. Shorten those values or fill the title from another field; the campaign cannot start until then.</source>
        <translation>{n} destinatari riceverebbero un titolo più lungo dei {max} caratteri consentiti da WhatsApp. Accorci quei valori o compili il titolo da un altro campo; fino ad allora la campagna non può partire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every recipient gets a value for every variable.</source>
        <translation>Ogni destinatario riceve un valore per ogni variabile.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a template to see the cost.</source>
        <translation>Scelga un modello per vedere il costo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No rate card covers {day}; import Meta&apos;s current rates (klaros rates import) to see the cost.</source>
        <translation>Nessun listino copre {day}; importi le tariffe attuali di Meta (klaros rates import) per vedere il costo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: unknown</source>
        <translation>Costo: sconosciuto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {amount}</source>
        <translation>almeno {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: {amount}</source>
        <translation>Costo: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{charged} charged, {free} free. Meta&apos;s rates as of {day}; what Meta charges for the messages, nothing else.</source>
        <translation>{charged} addebitati, {free} gratuiti. Tariffe di Meta al {day}; solo ciò che Meta addebita per i messaggi, nient&apos;altro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By country</source>
        <translation>Per paese</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By kind of message</source>
        <translation>Per tipo di messaggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers of no known country</source>
        <translation>numeri di paese sconosciuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s price list has no price for {countries} yet, so {n} recipients are not in the total. Import Meta&apos;s current price list below to include them.</source>
        <translation>Il listino di Klaros non ha ancora un prezzo per {countries}, quindi {n} destinatari non sono nel totale. Importi qui sotto il listino attuale di Meta per includerli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit: {outside} of the {limit} customers a day you may start a conversation with.</source>
        <translation>Usa il {share} del Suo limite di messaggi: {outside} dei {limit} clienti al giorno con cui può avviare una conversazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your number has no daily messaging limit.</source>
        <translation>Il Suo numero non ha un limite giornaliero di messaggi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{outside} recipients count towards your daily messaging limit (Klaros does not know your limit yet).</source>
        <translation>{outside} destinatari contano per il Suo limite giornaliero di messaggi (Klaros non conosce ancora il Suo limite).</translation>
    </message>
    <message>
        <source>Import Meta&apos;s price list</source>
        <translation type="vanished">Importa il listino prezzi di Meta</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation type="vanished">Prezzi importati per {n} mercati in {currency}, validi dal {day}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Schedule</source>
        <translation>Programmazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the campaign a name.</source>
        <translation>Dia un nome alla campagna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an approved template (tab 2).</source>
        <translation>Scelga un modello approvato (scheda 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody in this audience may receive the template.</source>
        <translation>Nessuno tra questi destinatari può ricevere il modello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get an empty value (tab 2).</source>
        <translation>{n} destinatari riceverebbero un valore vuoto (scheda 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get a title longer than {max} characters (tab 2).</source>
        <translation>{n} destinatari riceverebbero un titolo di oltre {max} caratteri (scheda 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {what} for the top of the message (tab 2) before it can start.</source>
        <translation>Scelga {what} per la parte superiore del messaggio (scheda 2) prima di avviare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the place for the map at the top of the message (tab 2) before it can start.</source>
        <translation>Indichi il luogo per la mappa in cima al messaggio (passo 2) prima che possa partire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients will get “{template}”.</source>
        <translation>{n} destinatari riceveranno “{template}”.</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_runner.py" line="+118"/>
        <source>Campaign “{name}” was due at {time} but did not start: {reason}</source>
        <translation>La campagna “{name}” doveva partire alle {time}, ma non è partita: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” was due at {time}, while Klaros was closed. It started now ({n} recipients).</source>
        <translation>La campagna “{name}” doveva partire alle {time}, mentre Klaros era chiuso. È partita ora ({n} destinatari).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” started as scheduled ({n} recipients).</source>
        <translation>La campagna “{name}” è partita come programmato ({n} destinatari).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sending campaign {id} stopped because of an error: {error}. Press Resume to continue.</source>
        <translation>L&apos;invio della campagna {id} si è interrotto per un errore: {error}. Prema Riprendi per continuare.</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="+60"/>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>non ancora inviato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted by WhatsApp</source>
        <translation>accettati da WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived on their phone</source>
        <translation>arrivati sul telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Letti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened (only if they share read receipts)</source>
        <translation>aperti (solo se condividono le conferme di lettura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Hanno risposto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote back after it</source>
        <translation>hanno risposto dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not deliver it</source>
        <translation>WhatsApp non li ha consegnati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Esclusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent, for the reasons below</source>
        <translation>non inviati, per i motivi qui sotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>Decide Lei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent; see below</source>
        <translation>forse inviati; vedere sotto</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>less than a minute</source>
        <translation>meno di un minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {n} min</source>
        <translation>circa {n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {h} h {m} min</source>
        <translation>circa {h} h {m} min</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost forecast</source>
        <translation>Previsione dei costi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the campaign paused or stopped</source>
        <translation>Perché la campagna è stata messa in pausa o interrotta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign progress</source>
        <translation>Avanzamento della campagna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress, remaining time and rate</source>
        <translation>Avanzamento, tempo rimanente e ritmo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start now</source>
        <translation>Avvia ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+237"/>
        <source>Schedule…</source>
        <translation>Programma…</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Do not start by itself</source>
        <translation>Non avviare da sola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Cancel campaign…</source>
        <translation>Annulla campagna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed</source>
        <translation>Riprova i non riusciti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>Esporta risultati…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Failures and people left out, with the reasons</source>
        <translation>Errori ed esclusi, con i motivi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for your decision: the connection broke while these were being sent, so they may have arrived. Check the chat, then send again or leave it.</source>
        <translation>In attesa di una Sua decisione: la connessione si è interrotta durante l&apos;invio di questi messaggi, quindi potrebbero essere arrivati. Controlli la chat, poi li invii di nuovo o lasci stare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipients waiting for your decision</source>
        <translation>Destinatari in attesa di una Sua decisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>Non inviare</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not read the campaign: {error}</source>
        <translation>Impossibile leggere la campagna: {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a campaign above</source>
        <translation>Scelga una campagna qui sopra</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template {name} ({language})</source>
        <translation>Modello {name} ({language})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients</source>
        <translation>{n} destinatari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts by itself on {time}</source>
        <translation>parte da sola il {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started {time}</source>
        <translation>avviata {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished {time}</source>
        <translation>completata {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why some failed</source>
        <translation>Perché alcuni non sono riusciti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why some were left out</source>
        <translation>Perché alcuni sono stati esclusi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the time…</source>
        <translation>Cambia l&apos;orario…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send now</source>
        <translation>Invia ora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry the failed ({n})</source>
        <translation>Riprova i non riusciti ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost forecast: not known (no rate card covers that day).</source>
        <translation>Previsione dei costi: non nota (nessun listino copre quel giorno).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: not known; the price list has no price for {countries}.</source>
        <translation>Previsione dei costi: non nota; il listino non ha un prezzo per {countries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: at least {total} (no price yet for {countries}), Meta&apos;s rates as of {day}.</source>
        <translation>Previsione dei costi: almeno {total} (ancora nessun prezzo per {countries}), tariffe di Meta al {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: {total}, Meta&apos;s rates as of {day}.</source>
        <translation>Previsione dei costi: {total}, tariffe di Meta al {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{done} of {all} done ({share})</source>
        <translation>{done} di {all} completati ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the connection to WhatsApp</source>
        <translation>in attesa della connessione a WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about to send</source>
        <translation>invio imminente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measuring the speed…</source>
        <translation>misurazione della velocità…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting (WhatsApp asked Klaros to slow down)</source>
        <translation>in attesa (WhatsApp ha chiesto a Klaros di rallentare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} left · {rate} messages a second</source>
        <translation>ne restano {left} · {rate} messaggi al secondo</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancel the campaign?</source>
        <translation>Annullare la campagna?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody who has not received it yet will get it. Messages already sent stay sent. This cannot be undone.</source>
        <translation>Chi non l&apos;ha ancora ricevuta non la riceverà. I messaggi già inviati restano inviati. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} queued again.</source>
        <translation>{n} di nuovo in coda.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the campaign&apos;s results</source>
        <translation>Esporta i risultati della campagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients written to {file}.</source>
        <translation>{n} destinatari scritti in {file}.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../klaros_desktop/commands/campaign.py" line="+330"/>
        <source>Campaign {id} is {state}; there is nothing to resume.</source>
        <translation>La campagna {id} è {state}; non c&apos;è niente da riprendere.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/audience.py" line="+37"/>
        <source>no phone number</source>
        <translation>nessun numero di telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased on request (number suppressed)</source>
        <translation>cancellato su richiesta (numero bloccato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out of all messages</source>
        <translation>ha revocato il consenso a tutti i messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing messages</source>
        <translation>ha revocato il consenso ai messaggi di marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not receive marketing messages</source>
        <translation>non deve ricevere messaggi di marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recorded marketing opt-in</source>
        <translation>nessun consenso al marketing registrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not among the contacts</source>
        <translation>il numero non è tra i contatti</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/drafts.py" line="+161"/>
        <location line="+77"/>
        <source>Choose an approved template.</source>
        <translation>Scelga un modello approvato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="+996"/>
        <source>The test message would have empty variables: {names}</source>
        <translation>Il messaggio di prova avrebbe variabili vuote: {names}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/header_media.py" line="+22"/>
        <source>a picture</source>
        <translation>un&apos;immagine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>un video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a document</source>
        <translation>un documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture attached</source>
        <translation>Immagine allegata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video attached</source>
        <translation>Video allegato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached</source>
        <translation>Documento allegato</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+32"/>
        <source>“{name}” cannot be read: {error}</source>
        <translation>Impossibile leggere “{name}”: {error}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The template shows {wanted} at the top; “{name}” is not one.</source>
        <translation>Il modello mostra {wanted} in cima; “{name}” non lo è.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{spec}” is neither a file on this computer nor a WhatsApp media id.</source>
        <translation>“{spec}” non è né un file di questo computer né un ID media di WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_upload.py" line="+24"/>
        <source>The template shows {what} at the top of the message: choose the file (or its WhatsApp media id) before the campaign starts.</source>
        <translation>Il modello mostra {what} in cima al messaggio: scelga il file (o il suo ID media di WhatsApp) prima dell&apos;avvio della campagna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: the file for the top of the message could not be uploaded to WhatsApp. Check that it is still where you chose it and that WhatsApp takes it (type and size), then resume.</source>
        <translation>Interrotta: non è stato possibile caricare su WhatsApp il file per la parte superiore del messaggio. Controlli che sia ancora dove l&apos;ha scelto e che WhatsApp lo accetti (tipo e dimensione), poi riprenda.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/lifecycle.py" line="+44"/>
        <source>Paused: {explanation}</source>
        <translation>In pausa: {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped because WhatsApp refused the template: {explanation}</source>
        <translation>Interrotta perché WhatsApp ha rifiutato il modello: {explanation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: {explanation} (Settings → WhatsApp connection)</source>
        <translation>Interrotta: {explanation} (Impostazioni → connessione WhatsApp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by you.</source>
        <translation>Messa in pausa da Lei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: the template is no longer approved (or no longer known); refresh the templates and resume when Meta approves it.</source>
        <translation>Interrotta: il modello non è più approvato (o non è più noto); aggiorni i modelli e riprenda quando Meta lo approva.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped ({code}).</source>
        <translation>Interrotta ({code}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>Il modello {name!r} ({language}) non è noto; aggiorni i modelli da Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>Il modello {name!r} ({language}) è {status}, non approvato da Meta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Template {name!r} has no picture, video or document at the top; leave the file out.</source>
        <translation>Il modello {name!r} non ha un&apos;immagine, un video o un documento in cima; non indichi alcun file.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template {name!r} has no variable in its title at the top; leave it out.</source>
        <translation>Il modello {name!r} non ha variabili nel titolo in cima; non la indichi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Template {name!r} has no map at the top; leave the location out.</source>
        <translation>Il modello {name!r} non ha una mappa in cima; non indichi il luogo.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-535"/>
        <location line="+525"/>
        <source>There is no campaign {id}.</source>
        <translation>La campagna {id} non esiste.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nobody in this audience may receive the template ({excluded} left out).</source>
        <translation>Nessuno tra questi destinatari può ricevere il modello ({excluded} esclusi).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Not started: {why}</source>
        <translation>Non avviata: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign {id} was already started ({status}); its place stays as it was sent.</source>
        <translation>La campagna {id} è già stata avviata ({status}); il suo luogo resta com&apos;è stato inviato.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign {id} was already started ({status}); its file stays as it was sent.</source>
        <translation>La campagna {id} è già stata avviata ({status}); il suo file resta quello inviato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a file or a WhatsApp media id.</source>
        <translation>Indichi un file o un ID media di WhatsApp.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Campaign {id} was already started ({status}); use resume.</source>
        <translation>La campagna {id} è già stata avviata ({status}); usi riprendi.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; and {count} more</source>
        <translation>; e altri {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not started: {count} recipient(s) would get an empty variable ({who}{more}). Give those variables a fallback or fill in the contacts.</source>
        <translation>Non avviata: {count} destinatari riceverebbero una variabile vuota ({who}{more}). Dia a quelle variabili un valore di riserva o completi i contatti.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started: for {count} recipient(s) the title at the top would be longer than the {max} characters WhatsApp allows ({who}{more}). Shorten those values (the title leaves {room} characters for them) or fill the title from another field.</source>
        <translation>Non avviata: per {count} destinatari il titolo in cima supererebbe i {max} caratteri consentiti da WhatsApp ({who}{more}). Accorci quei valori (il titolo lascia loro {room} caratteri) o compili il titolo da un altro campo.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Campaign {id} is {status}; it cannot {action}.</source>
        <translation>La campagna {id} è {status}; operazione non possibile: {action}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{number} is not held in campaign {id}.</source>
        <translation>{number} non è trattenuto nella campagna {id}.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>May have been sent: WhatsApp did not confirm it (the connection broke or WhatsApp failed mid-request). Check with the customer before sending it again.</source>
        <translation>Potrebbe essere stato inviato: WhatsApp non l&apos;ha confermato (la connessione si è interrotta o WhatsApp ha avuto un errore durante la richiesta). Verifichi con il cliente prima di inviarlo di nuovo.</translation>
    </message>
    <message>
        <source>May have been sent (the connection broke mid-request); check before sending again.</source>
        <translation type="vanished">Potrebbe essere stato inviato (la connessione si è interrotta durante la richiesta); controlli prima di inviare di nuovo.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/overview.py" line="+28"/>
        <source>the campaign was cancelled before their turn</source>
        <translation>la campagna è stata annullata prima del loro turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose not to send it again</source>
        <translation>ha scelto di non inviarlo di nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not a valid phone number</source>
        <translation>il numero non è un numero di telefono valido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not go through after several tries</source>
        <translation>non è andato a buon fine dopo diversi tentativi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the 24-hour window</source>
        <translation>fuori dalla finestra di 24 ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent (the connection broke mid-request)</source>
        <translation>potrebbe essere stato inviato (la connessione si è interrotta durante la richiesta)</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/schedule.py" line="+61"/>
        <source>{text!r} is not a time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-24 09:30.</source>
        <translation>{text!r} non è un orario; lo scriva come AAAA-MM-GG HH:MM, es. 2026-12-24 09:30.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Campaign {id} was already started ({status}); only a draft can be scheduled.</source>
        <translation>La campagna {id} è già stata avviata ({status}); si può programmare solo una bozza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed; choose a later one or start now.</source>
        <translation>Quell&apos;orario è già passato; ne scelga uno successivo o avvii ora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not scheduled: {count} recipient(s) would get an empty variable. Give those variables a fallback or fill in the contacts.</source>
        <translation>Non programmata: {count} destinatari riceverebbero una variabile vuota. Dia a quelle variabili un valore di riserva o completi i contatti.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/segments.py" line="+41"/>
        <source>Give the segment a name.</source>
        <translation>Dia un nome a questi destinatari.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of numbers is not a segment; save filters such as tags or countries.</source>
        <translation>Un elenco di numeri non si può salvare; salvi filtri come etichette o paesi.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-521"/>
        <source>Campaign {id} is being sent by another Klaros window or command (until {until} at the latest); try again then.</source>
        <translation>La campagna {id} è in invio da un&apos;altra finestra o comando di Klaros (al più tardi fino a {until}); riprovi dopo.</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>The campaign&apos;s template is not known.</source>
        <translation>Il modello della campagna non è noto.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/variables.py" line="+47"/>
        <source>unknown source {source!r}: use name, first_name, phone, custom.KEY or text:TEXT</source>
        <translation>origine sconosciuta {source!r}: usi name, first_name, phone, custom.KEY o text:TEXT</translation>
    </message>
    <message>
        <source>template {name!r} has a header with a variable, a location or an animation; campaigns fill a picture, video or document header and the variables of the body and the link buttons</source>
        <translation type="vanished">il modello {name!r} ha un&apos;intestazione con una variabile, una posizione o un&apos;animazione; le campagne compilano un&apos;intestazione con immagine, video o documento e le variabili del testo e dei pulsanti link</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>template {name!r} has an animation or a product at the top; campaigns fill a picture, video, document or map header, a title&apos;s variable and the variables of the body and the link buttons</source>
        <translation>il modello {name!r} ha un&apos;animazione o un prodotto in cima; le campagne compilano un&apos;immagine, un video, un documento o una mappa in cima, la variabile di un titolo e le variabili del corpo e dei pulsanti link</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{variable} of the title</source>
        <translation>{variable} del titolo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code of button {n}</source>
        <translation>codice del pulsante {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link of button {n}</source>
        <translation>link del pulsante {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a source for the variable in the {missing}</source>
        <translation>indichi un&apos;origine per la variabile in: {missing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template&apos;s button {n} (index {index}) is a quick reply and takes no value</source>
        <translation>il pulsante {n} del modello (indice {index}) è una risposta rapida e non accetta alcun valore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) calls a phone number and takes no value</source>
        <translation>il pulsante {n} del modello (indice {index}) chiama un numero di telefono e non accetta alcun valore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) opens a fixed link and takes no value</source>
        <translation>il pulsante {n} del modello (indice {index}) apre un link fisso e non accetta alcun valore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template&apos;s button {n} (index {index}) takes no value</source>
        <translation>il pulsante {n} del modello (indice {index}) non accetta alcun valore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template has no button {n} (index {index})</source>
        <translation>il modello non ha un pulsante {n} (indice {index})</translation>
    </message>
    <message>
        <source>the template&apos;s button {n} (index {index}) has no link variable</source>
        <translation type="vanished">il pulsante {n} del modello (indice {index}) non ha una variabile di link</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give a source for each variable of the template: missing {missing}</source>
        <translation>indichi un&apos;origine per ogni variabile del modello: manca {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the template has no variable {extra}</source>
        <translation>il modello non ha la variabile {extra}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown source {source!r}</source>
        <translation>origine sconosciuta {source!r}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+79"/>
        <source>The latitude must be a number from -90 to 90 (decimal degrees, e.g. 52.5292).</source>
        <translation>La latitudine deve essere un numero da -90 a 90 (gradi decimali, ad es. 52.5292).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longitude must be a number from -180 to 180 (decimal degrees, e.g. 13.4012).</source>
        <translation>La longitudine deve essere un numero da -180 a 180 (gradi decimali, ad es. 13.4012).</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Give the place&apos;s name (shown under the map).</source>
        <translation>Indichi il nome del luogo (mostrato sotto la mappa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the place&apos;s address (shown under the map).</source>
        <translation>Indichi l&apos;indirizzo del luogo (mostrato sotto la mappa).</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_parts.py" line="+106"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address) before the campaign starts.</source>
        <translation>Il modello mostra una mappa in cima: indichi il luogo (latitudine, longitudine, nome e indirizzo) prima dell&apos;avvio della campagna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give where its text comes from.</source>
        <translation>Il titolo in cima al modello ha una variabile ({variable}): indichi da dove viene il suo testo.</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaigns_page.py" line="+53"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Letti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replied</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Scheduled</source>
        <translation>Programmata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to send</source>
        <translation>In attesa di invio</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location line="+75"/>
        <source>Campaign notices</source>
        <translation>Avvisi sulle campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the campaign notices</source>
        <translation>Chiudi gli avvisi sulle campagne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New campaign…</source>
        <translation>Nuova campagna…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. A campaign sends one approved template to many customers at once, for example this week&apos;s offer to everyone tagged “Newsletter”. Press “New campaign…” to build one.</source>
        <translation>Ancora nessuna campagna. Una campagna invia un modello approvato a molti clienti in una volta, per esempio l&apos;offerta della settimana a tutti quelli con l&apos;etichetta “Newsletter”. Prema “Nuova campagna…” per crearne una.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campagna</numerusform>
            <numerusform>%n campagne</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation type="vanished">{n} campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sending</source>
        <translation>{n} in invio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} scheduled</source>
        <translation>{n} programmate</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="-711"/>
        <source>Save picture…</source>
        <translation>Salva immagine…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as CSV…</source>
        <translation>Salva come CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save {what}</source>
        <translation>Salva {what}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+52"/>
        <source>Nothing in this period yet.</source>
        <translation>Ancora niente in questo periodo.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+455"/>
        <source>Step 3: check and finish</source>
        <translation>Passo 3: verifica e concludi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell Meta where to deliver your messages, then test it.</source>
        <translation>Indichi a Meta dove consegnare i Suoi messaggi, poi faccia una prova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta only sends your customers&apos; messages to the relay once the callback URL and verify token below are saved in the App Dashboard under WhatsApp → Configuration, with the “messages” field subscribed.</source>
        <translation>Meta invia i messaggi dei Suoi clienti al relay solo dopo che l&apos;URL di callback e il token di verifica qui sotto sono stati salvati nella dashboard dell&apos;app, in WhatsApp → Configurazione, con il campo “messages” sottoscritto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL</source>
        <translation>URL di callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation>Token di verifica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the App Dashboard</source>
        <translation>Apri la dashboard dell&apos;app</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can finish now and test later under Settings → Test connection.</source>
        <translation>Può concludere ora e fare la prova più tardi in Impostazioni → Prova connessione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {what}</source>
        <translation>Copia {what}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="+72"/>
        <source>run the command again</source>
        <translation>esegua di nuovo il comando</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+29"/>
        <source>save it again as UTF-8 or name the encoding with --encoding</source>
        <translation>lo salvi di nuovo come UTF-8 o indichi la codifica con --encoding</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="+34"/>
        <source>use --region</source>
        <translation>usi --region</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="+49"/>
        <source>run `klaros pair --relay URL --code CODE`</source>
        <translation>esegua `klaros pair --relay URL --code CODE`</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>run `klaros connect --phone-number-id ID --waba-id ID`</source>
        <translation>esegua `klaros connect --phone-number-id ID --waba-id ID`</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../klaros_desktop/phrases.py" line="+128"/>
        <source>today at {clock}</source>
        <translation>oggi alle {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {clock}</source>
        <translation>ieri alle {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {clock}</source>
        <translation>domani alle {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {day} at {clock}</source>
        <translation>{day} alle {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {date} at {clock}</source>
        <translation>il {date} alle {clock}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/compose.py" line="+66"/>
        <source>with a button</source>
        <translation>con un pulsante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported contact list</source>
        <translation>in un elenco di contatti importato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(set by hand in Klaros)</source>
        <translation>(impostato a mano in Klaros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Meta reported that they stopped marketing messages)</source>
        <translation>(Meta ha comunicato che ha revocato il consenso al marketing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>nelle sue impostazioni di WhatsApp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by writing “{word}”</source>
        <translation>scrivendo “{word}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({source})</source>
        <translation>({source})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{who} opted out of all messages {how} {when}. Klaros will not message them until they write START.</source>
        <translation>{who} ha revocato il consenso a tutti i messaggi {how} {when}. Klaros non gli scriverà finché non scrive START.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} stopped marketing messages {how} {when}; only utility and service templates may be sent.</source>
        <translation>{who} ha revocato il consenso ai messaggi di marketing {how} {when}; si possono inviare solo modelli di utilità e di servizio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} has not written to you yet, so WhatsApp only allows an approved template to start.</source>
        <translation>{who} non Le ha ancora scritto, quindi WhatsApp consente di iniziare solo con un modello approvato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed {closed} ({who} last wrote {last}). Until they write again, WhatsApp only allows approved templates.</source>
        <translation>La finestra di 24 ore si è chiusa {closed} ({who} ha scritto l&apos;ultima volta {last}). Finché non scrive di nuovo, WhatsApp consente solo modelli approvati.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>WhatsApp refused the free message: more than 24 hours have passed since {who} last wrote by WhatsApp&apos;s clock. Send an approved template instead; once they answer you can write freely again.</source>
        <translation>WhatsApp ha rifiutato il messaggio libero: secondo l&apos;orologio di WhatsApp sono passate più di 24 ore dall&apos;ultimo messaggio di {who}. Invii invece un modello approvato; quando risponde, potrà di nuovo scrivere liberamente.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>value {n}</source>
        <translation>valore {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This template&apos;s header (a product, an animation or a title with several values) is not one Klaros can fill in.</source>
        <translation>Klaros non può compilare l&apos;intestazione di questo modello (un prodotto, un&apos;animazione o un titolo con più valori).</translation>
    </message>
    <message>
        <source>This template needs a location or header values, which Klaros cannot fill in.</source>
        <translation type="vanished">Questo modello richiede una posizione o valori per l&apos;intestazione, che Klaros non può compilare.</translation>
    </message>
    <message>
        <source>This template&apos;s link button needs a value for each customer, which a chat cannot fill in. Send it as a campaign instead, where the link&apos;s value is chosen.</source>
        <translation type="vanished">Il pulsante link di questo modello richiede un valore per ogni cliente, che una chat non può compilare. Lo invii invece come campagna, dove si sceglie il valore del link.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/sending.py" line="+148"/>
        <source>A template header takes a photo, a video or a document.</source>
        <translation>L&apos;intestazione di un modello accetta una foto, un video o un documento.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the message is empty</source>
        <translation>il messaggio è vuoto</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>WhatsApp shows no caption on a voice message or sticker; send the text on its own.</source>
        <translation>WhatsApp non mostra didascalie su un messaggio vocale o uno sticker; invii il testo da solo.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/buttons.py" line="+103"/>
        <source>The copy-code button needs this customer&apos;s code.</source>
        <translation>Il pulsante Copia codice ha bisogno del codice di questo cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code for the copy-code button is too long: WhatsApp takes codes up to {n} characters.</source>
        <translation>Il codice per il pulsante Copia codice è troppo lungo: WhatsApp accetta codici di massimo {n} caratteri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link button “{text}” needs a value for this customer.</source>
        <translation>Il pulsante link “{text}” richiede un valore per questo cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” becomes part of a web address, so it cannot contain spaces.</source>
        <translation>Il valore del pulsante link “{text}” diventa parte di un indirizzo web, quindi non può contenere spazi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” is too long: WhatsApp takes links up to {limit} characters, which leaves {n} for this value.</source>
        <translation>Il valore del pulsante link “{text}” è troppo lungo: WhatsApp accetta link fino a {limit} caratteri, il che ne lascia {n} per questo valore.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The template has no link button with a value at position {index} (counted from 0, as WhatsApp does); link buttons with a value: {known}.</source>
        <translation>Il modello non ha un pulsante link con valore alla posizione {index} (contando da 0, come fa WhatsApp); pulsanti link con valore: {known}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+109"/>
        <source>The title at the top would be {length} characters long with this value; WhatsApp allows {max}. The value may have at most {room} characters.</source>
        <translation>Con questo valore il titolo in cima sarebbe lungo {length} caratteri; WhatsApp ne consente {max}. Il valore può avere al massimo {room} caratteri.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give its value.</source>
        <translation>Il titolo in cima al modello ha una variabile ({variable}): indichi il suo valore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address).</source>
        <translation>Il modello mostra una mappa in cima: indichi il luogo (latitudine, longitudine, nome e indirizzo).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This template shows a map at the top, not a title with a value; leave the value out.</source>
        <translation>Questo modello mostra una mappa in cima, non un titolo con un valore; non indichi il valore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This template shows no map at the top; leave the place out.</source>
        <translation>Questo modello non mostra una mappa in cima; non indichi il luogo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This template&apos;s title at the top has no variable; leave its value out.</source>
        <translation>Il titolo in cima a questo modello non ha variabili; non indichi il valore.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../klaros_desktop/ui/composer.py" line="+260"/>
        <source>Do not reply to this message</source>
        <translation>Non rispondere a questo messaggio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Insert an emoji</source>
        <translation>Inserisci un&apos;emoji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Invia messaggio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replying to: {text}</source>
        <translation>In risposta a: {text}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Approved template</source>
        <translation>Modello approvato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send template</source>
        <translation>Invia modello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file at the top of the template</source>
        <translation>Il file in cima al modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+572"/>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <location line="-563"/>
        <source>Uploading the file</source>
        <translation>Caricamento del file</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Template preview</source>
        <translation>Anteprima del modello</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Value in the title at the top</source>
        <translation>Valore nel titolo in cima</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This template shows a map at the top. Give the place; your map app shows its coordinates (you may paste both into the first field).</source>
        <translation>Questo modello mostra una mappa in cima. Indichi il luogo; la Sua app di mappe ne mostra le coordinate (può incollarle entrambe nel primo campo).</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">ad es. 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Latitudine del luogo</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">ad es. 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Longitudine del luogo</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">ad es. il nome del Suo negozio</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Nome del luogo</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Via, CAP e città</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Indirizzo del luogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude:</source>
        <translation>Latitudine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude:</source>
        <translation>Longitudine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Why you cannot message this contact</source>
        <translation>Perché non può scrivere a questo contatto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a message  ·  Enter sends, Shift+Enter new line  ·  / for quick replies</source>
        <translation>Messaggio  ·  Invio invia, Maiusc+Invio a capo  ·  / risposte rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message  ·  Ctrl+Enter sends  ·  / for quick replies</source>
        <translation>Messaggio  ·  Ctrl+Invio invia  ·  / risposte rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>Invia (Invio)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Invia (Ctrl+Invio)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not forwarded: {reason}</source>
        <translation>Non inoltrato: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot message this contact.</source>
        <translation>Non può scrivere a questo contatto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Klaros cannot send from this computer: no secure password store is usable here, so it cannot open your WhatsApp connection. Nothing you write can be sent until that is fixed; File → Set up connection… says what to install.</source>
        <translation>Klaros non può inviare da questo computer: qui non è utilizzabile nessun archivio sicuro delle password, quindi non può aprire la Sua connessione WhatsApp. Nulla di ciò che scrive potrà essere inviato finché il problema non è risolto; File → Configura connessione… indica cosa installare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: messages you write now wait in the outbox ({n} queued) and go out when Klaros reconnects, if the 24-hour window is still open then.</source>
        <translation>Offline: ciò che scrive ora attende nella posta in uscita ({n} in coda) e parte quando Klaros si riconnette, se la finestra di 24 ore è ancora aperta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a template…</source>
        <translation>Scegli un modello…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed</source>
        <translation>non consentito</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No approved templates yet. Create one under Templates; it appears here as soon as Meta approves it.</source>
        <translation>Ancora nessun modello approvato. Ne crei uno in Modelli; compare qui appena Meta lo approva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a template to see what {name} will receive. Templates in {language} come first.</source>
        <translation>Scelga un modello per vedere cosa riceverà {name}. I modelli in {language} compaiono per primi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a template to see what {name} will receive.</source>
        <translation>Scelga un modello per vedere cosa riceverà {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template value: {label}</source>
        <translation>Valore del modello: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>for example: {example}</source>
        <translation>per esempio: {example}</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>fill in</source>
        <translation>da compilare</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Title “{title}”:</source>
        <translation>Titolo “{title}”:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title at the top reads “{title}”, with “…” replaced by what you type here. WhatsApp allows {max} characters for the whole title, which leaves {room} for this value.</source>
        <translation>Il titolo in cima è “{title}”, con “…” sostituito da ciò che scrive qui. WhatsApp consente {max} caratteri per l&apos;intero titolo, quindi ne restano {room} per questo valore.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code “{text}”:</source>
        <translation>Codice “{text}”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link “{text}”:</source>
        <translation>Link “{text}”:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of the button “{text}”</source>
        <translation>Codice del pulsante “{text}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the link of the button “{text}”</source>
        <translation>Fine del link del pulsante “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer copies this code with the button (up to {n} characters).</source>
        <translation>Il cliente copia questo codice con il pulsante (massimo {n} caratteri).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button “{text}” copies the code you type here; WhatsApp takes up to {n} characters.</source>
        <translation>Il pulsante “{text}” copia il codice che scrivi qui; WhatsApp accetta massimo {n} caratteri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The button “{text}” opens {url}, with “…” replaced by what you type here.</source>
        <translation>Il pulsante “{text}” apre {url}, con “…” sostituito da ciò che scrive qui.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>[Map: {place}]</source>
        <translation>[Mappa: {place}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given yet</source>
        <translation>non ancora indicato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[{kind}: {name}]</source>
        <translation>[{kind}: {name}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen yet</source>
        <translation>non ancora scelto</translation>
    </message>
    <message>
        <source>[Button “{text}”: copies {code}]</source>
        <translation type="vanished">[Pulsante “{text}”: copia {code}]</translation>
    </message>
    <message>
        <source>[Button “{text}”: {url}]</source>
        <translation type="vanished">[Pulsante “{text}”: {url}]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not allowed: {reason}</source>
        <translation>Non consentito: {reason}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This template shows a video at the top. Choose the video before sending ({rule}, MP4 or 3GP).</source>
        <translation>Questo modello mostra un video in cima. Scelga il video prima di inviare ({rule}, MP4 o 3GP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template shows a document at the top. Choose the document before sending ({rule}: PDF, Word, Excel, PowerPoint or text).</source>
        <translation>Questo modello mostra un documento in cima. Scelga il documento prima di inviare ({rule}: PDF, Word, Excel, PowerPoint o testo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template shows a picture at the top. Choose the picture before sending ({rule}, JPEG or PNG).</source>
        <translation>Questo modello mostra un&apos;immagine in cima. Scelga l&apos;immagine prima di inviare ({rule}, JPEG o PNG).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At the top: {name} ({size}).</source>
        <translation>In cima: {name} ({size}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another file…</source>
        <translation>Scegli un altro file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not this file: {reason}</source>
        <translation>Non questo file: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file for the top of the template</source>
        <translation>Scegli il file per la parte superiore del modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Tutti i file</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reactions need a connection to WhatsApp; try again when Klaros is online.</source>
        <translation>Le reazioni richiedono una connessione a WhatsApp; riprovi quando Klaros è online.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Queued in the outbox; it goes out when Klaros is back online.</source>
        <translation>In coda nella posta in uscita; partirà quando Klaros sarà di nuovo online.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+23"/>
        <source>Not sent: {reason}</source>
        <translation>Non inviato: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not send: {error}</source>
        <translation>Impossibile inviare: {error}</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <location line="-891"/>
        <source>Enter sends the message (Shift+Enter: new line)</source>
        <translation>Invio invia il messaggio (Maiusc+Invio: a capo)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../klaros_desktop/services/setup/connection_check.py" line="+41"/>
        <source>The relay at {url} did not answer: {error}</source>
        <translation>Il relay su {url} non ha risposto: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new messages are waiting</source>
        <translation>ci sono nuovi messaggi in attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing is waiting</source>
        <translation>non c&apos;è nulla in attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay at {url} answers and knows this device; {waiting}.</source>
        <translation>Il relay su {url} risponde e riconosce questo dispositivo; {waiting}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta did not accept the connection: {error}</source>
        <translation>Meta non ha accettato la connessione: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta answers for {number} ({name}); quality rating {quality}.</source>
        <translation>Meta risponde per {number} ({name}); valutazione della qualità {quality}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number} ({name}).</source>
        <translation>Meta risponde per {number} ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number}; quality rating {quality}.</source>
        <translation>Meta risponde per {number}; valutazione della qualità {quality}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta answers for {number}.</source>
        <translation>Meta risponde per {number}.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../klaros_desktop/services/people/consent.py" line="+177"/>
        <source>via {word}</source>
        <translation>tramite {word}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via a keyword</source>
        <translation>tramite una parola chiave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with a button</source>
        <translation>con un pulsante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported file</source>
        <translation>in un file importato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set by hand</source>
        <translation>impostato a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by Meta (they stopped marketing messages)</source>
        <translation>da Meta (ha revocato il consenso al marketing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>nelle sue impostazioni di WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opted out of all messages {how} {when}</source>
        <translation>Ha revocato il consenso a tutti i messaggi {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages {how} {when}</source>
        <translation>Ha revocato il consenso al marketing {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages {how} {when}</source>
        <translation>Ha acconsentito a tutti i messaggi {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages {how} {when}</source>
        <translation>Ha acconsentito ai messaggi di marketing {how} {when}</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_dialog.py" line="+50"/>
        <source>Consent given or withdrawn</source>
        <translation>Consenso dato o revocato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages</source>
        <translation>Ha acconsentito a tutti i messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages</source>
        <translation>Ha acconsentito ai messaggi di marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out of all messages</source>
        <translation>Ha revocato il consenso a tutti i messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages</source>
        <translation>Ha revocato il consenso al marketing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day the consent was given</source>
        <translation>Giorno del consenso</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Prova</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For example: signed form in the shop, kept in the folder</source>
        <translation>Per esempio: modulo firmato in negozio, conservato nel raccoglitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record consent</source>
        <translation>Registra il consenso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recorded, with its evidence, in the consent history.</source>
        <translation>Registrato, con la sua prova, nella cronologia dei consensi.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location line="+16"/>
        <source>Edit contact</source>
        <translation>Modifica contatto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>WhatsApp name: {name}</source>
        <translation>Nome WhatsApp: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+49 151 1234567</source>
        <translation>+39 347 1234567</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>regular, wholesale (comma separated)</source>
        <translation>abituale, ingrosso (separate da virgole)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Custom fields</source>
        <translation>Campi personalizzati</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add field</source>
        <translation>Aggiungi campo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent history</source>
        <translation>Cronologia dei consensi</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Prova: il suo messaggio “{text}”</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+100"/>
        <source>Evidence: {detail}</source>
        <translation>Prova: {detail}</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No opt-in or opt-out recorded. Customers who write STOP are opted out automatically; START opts them back in.</source>
        <translation>Nessun consenso o revoca registrati. I clienti che scrivono STOP vengono esclusi automaticamente; START li riattiva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>Consent history ({n})</source>
        <translation>Cronologia dei consensi ({n})</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Open conversation</source>
        <translation>Apri conversazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact…</source>
        <translation>Cancella contatto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase contact</source>
        <translation>Cancella contatto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete everything Klaros has on this person, keeping only a salted hash so they are never messaged again</source>
        <translation>Elimina tutto ciò che Klaros ha su questa persona, conservando solo un hash con salt per non scriverle mai più</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everything Klaros has on this person (they have no phone number, so nothing is kept)</source>
        <translation>Elimina tutto ciò che Klaros ha su questa persona (non ha un numero di telefono, quindi non si conserva nulla)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No number: this contact cannot be messaged.</source>
        <translation>Nessun numero: non si può scrivere a questo contatto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valid number: {number}</source>
        <translation>Numero valido: {number}</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <location filename="../../klaros_desktop/services/people/contact_edit.py" line="+55"/>
        <source>contact {id} no longer exists</source>
        <translation>il contatto {id} non esiste più</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give the contact a name or a phone number</source>
        <translation>dia al contatto un nome o un numero di telefono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} already belongs to {name}; open that contact instead</source>
        <translation>{number} appartiene già a {name}; apra invece quel contatto</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>this contact was deleted meanwhile</source>
        <translation>questo contatto è stato eliminato nel frattempo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>say how the customer gave or withdrew consent (for example: signed form in the shop)</source>
        <translation>indichi come il cliente ha dato o revocato il consenso (per esempio: modulo firmato in negozio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date of the consent cannot be in the future</source>
        <translation>la data del consenso non può essere nel futuro</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_panel.py" line="+35"/>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending</source>
        <translation>in invio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>inviato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>letto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replied</source>
        <translation>risposto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>non consegnato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out</source>
        <translation>escluso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held back</source>
        <translation>trattenuto</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Contact details</source>
        <translation>Dati del contatto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>← Back to the chat</source>
        <translation>← Torna alla chat</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a label…</source>
        <translation>Aggiungi un&apos;etichetta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a label</source>
        <translation>Aggiungi un&apos;etichetta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to remember about them</source>
        <translation>Cosa vuole ricordare di questo cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent and its evidence</source>
        <translation>Consenso e relativa prova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last campaigns</source>
        <translation>Ultime campagne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More details…</source>
        <translation>Altri dettagli…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No number</source>
        <translation>Nessun numero</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the label {name}</source>
        <translation>Rimuovi l&apos;etichetta {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No labels yet</source>
        <translation>Ancora nessuna etichetta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked yet. Customers who write STOP are opted out by themselves; “More details…” records a consent given in the shop.</source>
        <translation>Non ancora chiesto. I clienti che scrivono STOP revocano il consenso da soli; “Altri dettagli…” registra un consenso dato in negozio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Prova: il suo messaggio “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: {detail}</source>
        <translation>Prova: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} earlier changes in “More details…”</source>
        <translation>{n} modifiche precedenti in “Altri dettagli…”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in any campaign yet.</source>
        <translation>Ancora in nessuna campagna.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/contacts_page.py" line="+73"/>
        <source>Search contacts: name, number, tag or note…</source>
        <translation>Cerca: nome, numero, etichetta o nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Cerca contatti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag filter</source>
        <translation>Filtro per etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+182"/>
        <source>Open conversation</source>
        <translation>Apri conversazione</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Cancella…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected person on their request: messages, notes, media and consent history</source>
        <translation>Cancella la persona selezionata su sua richiesta: messaggi, note, file e cronologia dei consensi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact</source>
        <translation>Cancella contatto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No contacts match. Clear the search or choose “All tags”.</source>
        <translation>Nessun contatto corrispondente. Svuoti la ricerca o scelga “Tutte le etichette”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts yet. Customers who write to you appear here by themselves; add one with “New contact”, or import a CSV or vCard file with “Import…” (or drop it here).</source>
        <translation>Ancora nessun contatto. I clienti che Le scrivono compaiono qui da soli; ne aggiunga uno con “Nuovo contatto” o importi un file CSV o vCard con “Importa…” (o lo trascini qui).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All tags</source>
        <translation>Tutte le etichette</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact…</source>
        <translation>Cancella contatto…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No conversation with this contact yet; start one with a template.</source>
        <translation>Ancora nessuna conversazione con questo contatto; ne avvii una con un modello.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export contacts</source>
        <translation>Esporta contatti</translation>
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
            <numerusform>%n contatto scritto in {file}</numerusform>
            <numerusform>%n contatti scritti in {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {error}</source>
        <translation>Esportazione non riuscita: {error}</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+485"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opted out</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No marketing</source>
        <translation>No marketing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opted in</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Non chiesto</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-273"/>
        <source>{name}, {unread} unread: {preview}</source>
        <translation>{name}, {unread} non letti: {preview}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {preview}</source>
        <translation>{name}: {preview}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(messages not sent: {n})</source>
        <translation>(messaggi non inviati: {n})</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/country_picker.py" line="+47"/>
        <source>No default (numbers must start with +)</source>
        <translation>Nessun predefinito (i numeri devono iniziare con +)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a country, e.g. Germany or +49</source>
        <translation>Scriva un paese, es. Italia o +39</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/crash_dialog.py" line="+21"/>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation>Dettagli dell&apos;errore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Copia i dettagli</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A copy is saved in %1.</source>
        <translation>Una copia è salvata in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not be saved to a file.</source>
        <translation>Non è stato possibile salvarlo in un file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros ran into an unexpected problem. Your saved messages and contacts are not affected. If it keeps happening, copy the details and send them to your Klaros support; they contain no messages, phone numbers or passwords.</source>
        <translation>Klaros ha incontrato un problema imprevisto. I messaggi e i contatti salvati non sono interessati. Se succede di nuovo, copi i dettagli e li invii al Suo supporto Klaros; non contengono messaggi, numeri di telefono o password.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>Da allora è successo ancora %n volta.</numerusform>
            <numerusform>Da allora è successo ancora %n volte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>DeadLetters</name>
    <message>
        <location filename="../../klaros_desktop/services/inbound/dead_letters.py" line="+191"/>
        <source>A customer&apos;s message</source>
        <translation>Un messaggio di un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks of a message you sent</source>
        <translation>Spunte di un messaggio inviato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News about a template</source>
        <translation>Novità su un modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another WhatsApp update</source>
        <translation>Un altro aggiornamento di WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a WhatsApp update</source>
        <translation>Non è un aggiornamento di WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be opened</source>
        <translation>Impossibile aprirlo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was locked for another computer, or damaged on the way, so this PC cannot open it.</source>
        <translation>Era cifrato per un altro computer o si è danneggiato durante il percorso, quindi questo PC non può aprirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It arrived damaged: it is not readable data.</source>
        <translation>È arrivato danneggiato: non sono dati leggibili.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not in the form WhatsApp uses, so Klaros does not know what to do with it.</source>
        <translation>Non è nel formato usato da WhatsApp, quindi Klaros non sa cosa farne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of it is in a form this version of Klaros cannot store. After an update, Try again may work.</source>
        <translation>Una parte è in un formato che questa versione di Klaros non può salvare. Dopo un aggiornamento, “Riprova” potrebbe funzionare.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>It is no longer in the list.</source>
        <translation>Non è più nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>DeadLettersDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/dead_letters.py" line="+114"/>
        <location line="+18"/>
        <source>Messages Klaros could not read</source>
        <translation>Messaggi che Klaros non ha potuto leggere</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Klaros received these but could not add them to your chats</source>
        <translation>Klaros li ha ricevuti ma non ha potuto aggiungerli alle Sue chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They reached this PC, but something in them was not as Klaros expected. They are kept here, so nothing is lost. Export them to keep a copy or to show them to whoever helps you with Klaros. After an update of Klaros, Try again may add them to your chats.</source>
        <translation>Sono arrivati su questo PC, ma qualcosa in essi non era come Klaros si aspettava. Sono conservati qui, quindi nulla va perso. Li esporti per conservarne una copia o per mostrarli a chi La aiuta con Klaros. Dopo un aggiornamento di Klaros, “Riprova” potrebbe aggiungerli alle Sue chat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here: Klaros has added everything it received to your chats.</source>
        <translation>Niente qui: Klaros ha aggiunto alle Sue chat tutto ciò che ha ricevuto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export them to a file</source>
        <translation>Esportali in un file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again to add the selected one to your chats</source>
        <translation>Riprova ad aggiungere alle Sue chat l&apos;elemento selezionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Rimuovi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected one for good</source>
        <translation>Elimina definitivamente l&apos;elemento selezionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This one was locked for another computer: trying again cannot open it.</source>
        <translation>Questo era cifrato per un altro computer: riprovare non può aprirlo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export messages Klaros could not read</source>
        <translation>Esporta i messaggi che Klaros non ha potuto leggere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (*.csv);;JSON lines (*.jsonl)</source>
        <translation>Foglio di calcolo (*.csv);;Righe JSON (*.jsonl)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {count} to {file}.</source>
        <translation>Salvati {count} in {file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder.</source>
        <translation>Klaros non ha potuto scrivere in {folder}: {reason}. Scelga un altro percorso, per esempio la cartella Documenti.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying again…</source>
        <translation>Nuovo tentativo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to your chats.</source>
        <translation>Aggiunto alle Sue chat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still not possible: {why}</source>
        <translation>Ancora non possibile: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klaros is busy right now, so nothing changed. Try again in a moment.</source>
        <translation>Klaros è occupato in questo momento, quindi non è cambiato nulla. Riprovi tra un attimo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove for good?</source>
        <translation>Rimuovere definitivamente?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this for good? Klaros keeps no other copy: export it first if you may need it.</source>
        <translation>Eliminarlo definitivamente? Klaros non conserva altre copie: lo esporti prima se potrebbe servirLe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed.</source>
        <translation>Rimosso.</translation>
    </message>
</context>
<context>
    <name>DeadLettersEntry</name>
    <message>
        <location line="-230"/>
        <source>Messages Klaros could not read…</source>
        <translation>Messaggi che Klaros non ha potuto leggere…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages and updates that reached this PC but could not be added to your chats</source>
        <translation>Messaggi e aggiornamenti arrivati su questo PC ma che non è stato possibile aggiungere alle Sue chat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages Klaros could not read</source>
        <translation>Messaggi che Klaros non ha potuto leggere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them</source>
        <translation>Mostrali</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ Messages Klaros could not read: {count}</source>
        <translation>⚠ Messaggi che Klaros non ha potuto leggere: {count}</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="+106"/>
        <source>Drop a contacts file here</source>
        <translation>Trascini qui un file di contatti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a .csv or .vcf file here, or choose one</source>
        <translation>Trascini qui un file .csv o .vcf, oppure ne scelga uno</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/emoji_picker.py" line="+13"/>
        <source>Smileys</source>
        <translation>Faccine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gestures</source>
        <translation>Gesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearts and symbols</source>
        <translation>Cuori e simboli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Negozio</translation>
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
        <translation>questo contatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERASE</source>
        <translation>CANCELLA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact</source>
        <translation>Cancella contatto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase {name} from Klaros?</source>
        <translation>Cancellare {name} da Klaros?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone number</source>
        <translation>Nessun numero di telefono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from this PC for good:</source>
        <translation>Eliminati definitivamente da questo PC:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every message with them, sent and received, and the conversation</source>
        <translation>tutti i messaggi con questa persona, inviati e ricevuti, e la conversazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their contact details: name, tags, notes and custom fields</source>
        <translation>i suoi dati di contatto: nome, etichette, note e campi personalizzati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photos, voice notes and files in those messages</source>
        <translation>le foto, i messaggi vocali e i file di quei messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their consent history (opt-ins and opt-outs)</source>
        <translation>la sua cronologia dei consensi (consensi e revoche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their number wherever the audit trail and the log files mention it</source>
        <translation>il suo numero ovunque sia citato nel registro di controllo e nei file di log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their WhatsApp user ID wherever the audit trail and the log files mention it</source>
        <translation>il suo ID utente WhatsApp ovunque sia citato nel registro di controllo e nei file di log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their number</source>
        <translation>i backup automatici del database che contengono ancora il suo numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their user ID</source>
        <translation>i backup automatici del database che contengono ancora il suo ID utente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: a salted hash of the number, which cannot be turned back into it. It makes Klaros refuse to message or import this number again.</source>
        <translation>Cosa resta: un hash con salt del numero, da cui non si può risalire al numero. Fa sì che Klaros si rifiuti di scrivere a questo numero o di importarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: nothing. They have no phone number, so there is nothing to keep them from being messaged if they write again.</source>
        <translation>Cosa resta: nulla. Non ha un numero di telefono, quindi nulla impedisce di scriverle se scrive di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not affected: the chat on their phone, and the copies Meta keeps under its own rules.</source>
        <translation>Non interessati: la chat sul suo telefono e le copie che Meta conserva secondo le proprie regole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type the last 4 digits of {name}’s number:</source>
        <translation>L&apos;operazione non si può annullare. Per confermare, scriva le ultime 4 cifre del numero di {name}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type {word}:</source>
        <translation>L&apos;operazione non si può annullare. Per confermare, scriva {word}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 digits of the number</source>
        <translation>Ultime 4 cifre del numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation word</source>
        <translation>Parola di conferma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasing</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasure state</source>
        <translation>Stato della cancellazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase {name}</source>
        <translation>Cancella {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {name} for good</source>
        <translation>Cancella {name} definitivamente</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Erasing {name}…</source>
        <translation>Cancellazione di {name}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The erasure did not finish: {reason}. Try again; if it keeps failing, close Klaros and use “klaros erase --contact”.</source>
        <translation>La cancellazione non si è conclusa: {reason}. Riprovi; se continua a non riuscire, chiuda Klaros e usi “klaros erase --contact”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contact erased</source>
        <translation>Contatto cancellato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is erased from Klaros.</source>
        <translation>{name} è stato cancellato da Klaros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not everything could be done:</source>
        <translation>Non è stato possibile fare tutto:</translation>
    </message>
</context>
<context>
    <name>EraseEverythingDialog</name>
    <message>
        <location line="+31"/>
        <source>ERASE</source>
        <translation>CANCELLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything on this PC</source>
        <translation>Cancella tutto su questo PC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase everything Klaros keeps on this PC?</source>
        <translation>Cancellare tutto ciò che Klaros conserva su questo PC?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes the folder {folder} with everything in it that Klaros made: the database (every contact, conversation, message, template, consent record and the audit trail), its automatic backups, the log files and the downloaded photos and files.</source>
        <translation>Questa operazione elimina la cartella {folder} con tutto ciò che Klaros vi ha creato: il database (ogni contatto, conversazione, messaggio, modello, consenso e il registro di controllo), i suoi backup automatici, i file di log e le foto e i file scaricati.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It also removes the Meta access token, the relay token and this PC’s key from {keyring}.</source>
        <translation>Rimuove anche il token di accesso di Meta, il token del relay e la chiave di questo PC, conservati in: {keyring}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Want a copy first? Cancel and use File → Export all data…</source>
        <translation>Vuole prima una copia? Annulli e usi File → Esporta tutti i dati…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted by this, because they are not on this PC:</source>
        <translation>Non eliminati da questa operazione, perché non sono su questo PC:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta keeps your WhatsApp Business account, its phone number and templates. To delete them, open WhatsApp Manager in Meta Business Suite and delete the phone number or the account.</source>
        <translation>Meta conserva il Suo account WhatsApp Business, il suo numero di telefono e i modelli. Per eliminarli, apra Gestione WhatsApp in Meta Business Suite ed elimini il numero di telefono o l&apos;account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay keeps this PC paired and holds messages not yet fetched (for 30 days at most). Ask whoever runs your relay to remove this device.</source>
        <translation>Il relay mantiene questo PC associato e conserva i messaggi non ancora scaricati (per 30 giorni al massimo). Chieda a chi gestisce il Suo relay di rimuovere questo dispositivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone, and Klaros closes when it is done. To confirm, type {word}:</source>
        <translation>L&apos;operazione non si può annullare e Klaros si chiude al termine. Per confermare, scriva {word}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation word</source>
        <translation>Parola di conferma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasing everything on this PC…</source>
        <translation>Cancellazione di tutto su questo PC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was erased</source>
        <translation>Cosa è stato cancellato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything</source>
        <translation>Cancella tutto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC for good</source>
        <translation>Cancella tutto su questo PC definitivamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Klaros</source>
        <translation>Chiudi Klaros</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system’s password store</source>
        <translation>archivio password del sistema</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Everything is erased</source>
        <translation>Tutto è stato cancellato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} and the keyring entries of this profile are gone.</source>
        <translation>La cartella {folder} e le voci di questo profilo nell&apos;archivio password sono state eliminate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left in place because Klaros did not make them: {files}. Delete them yourself if you do not need them.</source>
        <translation>Lasciati al loro posto perché non creati da Klaros: {files}. Li elimini Lei se non Le servono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The erasure is recorded, without any of the erased data, in {file}.</source>
        <translation>La cancellazione è registrata, senza nessuno dei dati cancellati, in {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember Meta and the relay: they keep their own copies (see above).</source>
        <translation>Si ricordi di Meta e del relay: conservano le proprie copie (vedere sopra).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The erasure did not finish</source>
        <translation>La cancellazione non si è conclusa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}.

Klaros closes now. Then delete the folder {folder} yourself, or start Klaros again and repeat the erasure.</source>
        <translation>{reason}.

Klaros ora si chiude. Poi elimini Lei la cartella {folder}, oppure riavvii Klaros e ripeta la cancellazione.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../klaros_desktop/services/privacy/erasure.py" line="+101"/>
        <source>No contact had this number; it is now suppressed so it is never messaged.</source>
        <translation>Nessun contatto aveva questo numero; ora è bloccato, così non riceverà mai messaggi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erased contacts: {contacts}; messages: {messages}; conversations: {conversations}; consent events: {consent_events}; media files: {media_files}.</source>
        <translation>Contatti cancellati: {contacts}; messaggi: {messages}; conversazioni: {conversations}; eventi di consenso: {consent_events}; file multimediali: {media_files}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsent messages deleted from the outbox: {count}.</source>
        <translation>Messaggi non inviati eliminati dalla posta in uscita: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entries scrubbed: {count}.</source>
        <translation>Voci del registro di controllo ripulite: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log files scrubbed: {count}.</source>
        <translation>File di log ripuliti: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database backups holding the number deleted: {count}.</source>
        <translation>Backup del database con il numero eliminati: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They had no phone number, so nothing about them is kept.</source>
        <translation>Non aveva un numero di telefono, quindi non si conserva nulla di questa persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is kept only as a salted hash.</source>
        <translation>Il numero è conservato solo come hash con salt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sentence} {more}</source>
        <translation>{sentence} {more}</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This contact no longer exists.</source>
        <translation>Questo contatto non esiste più.</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>the database&apos;s write-ahead log (klaros.sqlite3-wal) could not be emptied: something else was reading the database. The erased data may remain in that file until Klaros starts again, which empties it</source>
        <translation>non è stato possibile svuotare il log di scrittura anticipata del database (klaros.sqlite3-wal): un altro programma stava leggendo il database. I dati cancellati possono restare in quel file fino al prossimo avvio di Klaros, che lo svuota</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a media path outside the profile was ignored: {path}</source>
        <translation>è stato ignorato un percorso di file fuori dal profilo: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a media file could not be deleted: {error}; Klaros tries again when it next starts</source>
        <translation>non è stato possibile eliminare un file multimediale: {error}; Klaros riproverà al prossimo avvio</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the backup {name} could not be checked or deleted: {error}</source>
        <translation>non è stato possibile controllare o eliminare il backup {name}: {error}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{folder} is not a Klaros profile (no {name} in it); nothing was erased</source>
        <translation>{folder} non è un profilo Klaros (non contiene {name}); non è stato cancellato nulla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the password store did not let Klaros remove this profile&apos;s secrets ({error}), so nothing was erased. Unlock it (or sign in to your desktop session) and erase again</source>
        <translation>l&apos;archivio password non ha permesso a Klaros di rimuovere i segreti di questo profilo ({error}), quindi non è stato cancellato nulla. Lo sblocchi (o acceda alla sessione del desktop) e ripeta la cancellazione</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/privacy.py" line="-474"/>
        <location line="+26"/>
        <source>Export all data</source>
        <translation>Esporta tutti i dati</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archivio zip (*.zip)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exporting everything Klaros holds…</source>
        <translation>Esportazione di tutto ciò che Klaros conserva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {file}</source>
        <translation>Scrittura di {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export in progress</source>
        <translation>Esportazione in corso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This takes seconds for a small shop and a few minutes for years of chats with photos. You can keep working meanwhile.</source>
        <translation>Per un piccolo negozio bastano pochi secondi, per anni di chat con foto qualche minuto. Nel frattempo può continuare a lavorare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export finished</source>
        <translation>Esportazione completata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the archive is</source>
        <translation>Dove si trova l&apos;archivio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each kind of record is a file of its own, readable by other programs; the contacts are also in it as a spreadsheet (CSV) and as address-book cards (vCard). README.md inside explains every field.</source>
        <translation>Ogni tipo di dato è un file a sé, leggibile da altri programmi; i contatti sono inclusi anche come foglio di calcolo (CSV) e come schede di rubrica (vCard). Il file README.md all&apos;interno spiega ogni campo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export did not work</source>
        <translation>L&apos;esportazione non è riuscita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the export failed</source>
        <translation>Perché l&apos;esportazione non è riuscita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder holding the archive</source>
        <translation>Apri la cartella che contiene l&apos;archivio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An export cannot be stopped halfway; it ends by itself.</source>
        <translation>Un&apos;esportazione non si può interrompere a metà; termina da sola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved as {file} ({size}).</source>
        <translation>Salvato come {file} ({size}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent records (opt-ins and opt-outs)</source>
        <translation>Consensi (consensi e revoche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Modelli di messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail entries</source>
        <translation>Voci del registro di controllo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, voice notes and files</source>
        <translation>Foto, messaggi vocali e file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder, and try again.</source>
        <translation>Klaros non ha potuto scrivere in {folder}: {reason}. Scelga un altro percorso, per esempio la cartella Documenti, e riprovi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong while writing it: {reason}.</source>
        <translation>Qualcosa è andato storto durante la scrittura: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No half-written archive was left behind.</source>
        <translation>Non è rimasto nessun archivio scritto a metà.</translation>
    </message>
</context>
<context>
    <name>FailedMessagesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+20"/>
        <location line="+10"/>
        <source>Messages not delivered</source>
        <translation>Messaggi non consegnati</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Scritto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a message to open the chat.</source>
        <translation>Faccia doppio clic su un messaggio per aprire la chat.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+232"/>
        <source>before: {n}</source>
        <translation>prima: {n}</translation>
    </message>
</context>
<context>
    <name>GraphErrors</name>
    <message>
        <location filename="../../klaros_desktop/graph/client.py" line="+73"/>
        <source>WhatsApp&apos;s answer pointed to another server ({origin}), so Klaros did not send your access key there.</source>
        <translation>La risposta di WhatsApp indicava un altro server ({origin}), quindi Klaros non vi ha inviato la Sua chiave di accesso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/graph/errors.py" line="+134"/>
        <source>Try again later; if it keeps happening, send the log file to support.</source>
        <translation>Riprovi più tardi; se continua a succedere, invii il file di log all&apos;assistenza.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/graph/errors.py" line="-115"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key.</source>
        <translation>WhatsApp non accetta più la chiave di accesso di Klaros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the WhatsApp connection settings in Klaros and connect your account again.</source>
        <translation>Apra in Klaros le impostazioni della connessione WhatsApp e colleghi di nuovo il Suo account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key (it is wrong or has expired).</source>
        <translation>WhatsApp non accetta più la chiave di accesso di Klaros (è errata o scaduta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the WhatsApp connection settings in Klaros and enter a new access token.</source>
        <translation>Apra in Klaros le impostazioni della connessione WhatsApp e inserisca un nuovo token di accesso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros talked to WhatsApp too often in a short time.</source>
        <translation>Klaros ha contattato WhatsApp troppe volte in poco tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes; Klaros will try again.</source>
        <translation>Attenda qualche minuto; Klaros riproverà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your WhatsApp account reached Meta&apos;s request limit.</source>
        <translation>Il Suo account WhatsApp ha raggiunto il limite di richieste di Meta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then try again.</source>
        <translation>Attenda qualche minuto, poi riprovi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp did not understand part of the message.</source>
        <translation>WhatsApp non ha capito una parte del messaggio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the message (phone number, attachment, template) and try again; if it keeps happening, send the log file to support.</source>
        <translation>Controlli il messaggio (numero di telefono, allegato, modello) e riprovi; se continua a succedere, invii il file di log all&apos;assistenza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are sending messages faster than WhatsApp allows for your number.</source>
        <translation>Sta inviando messaggi più velocemente di quanto WhatsApp consenta per il Suo numero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros slows down and sends the rest automatically.</source>
        <translation>Nulla da fare: Klaros rallenta e invia il resto automaticamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong at WhatsApp.</source>
        <translation>Qualcosa è andato storto presso WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment.</source>
        <translation>Riprovi tra un attimo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp is temporarily unavailable.</source>
        <translation>WhatsApp è temporaneamente non disponibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Riprovi tra qualche minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message could not be delivered. The number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Non è stato possibile consegnare il messaggio. Il numero forse non usa WhatsApp, o l&apos;app del cliente è troppo vecchia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the number with the customer or reach them another way.</source>
        <translation>Verifichi il numero con il cliente o lo contatti in un altro modo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 24 hours have passed since this customer last wrote to you, so WhatsApp only allows an approved template message.</source>
        <translation>Sono passate più di 24 ore dall&apos;ultimo messaggio di questo cliente, quindi WhatsApp consente solo un modello di messaggio approvato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a template (for example a short &quot;Do you have a minute?&quot; message); once the customer answers you can write freely again.</source>
        <translation>Invii un modello (per esempio un breve messaggio &quot;Ha un minuto?&quot;); quando il cliente risponde, potrà di nuovo scrivere liberamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp held back this marketing message because the customer already got many.</source>
        <translation>WhatsApp ha trattenuto questo messaggio di marketing perché il cliente ne ha già ricevuti molti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send again today; try another day.</source>
        <translation>Non lo invii di nuovo oggi; riprovi un altro giorno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has stopped marketing messages from your shop in WhatsApp.</source>
        <translation>Questo cliente ha disattivato in WhatsApp i messaggi di marketing del Suo negozio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send them offers. Service messages and replies to their questions still work.</source>
        <translation>Non gli invii offerte. I messaggi di servizio e le risposte alle sue domande funzionano ancora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp non supporta questo tipo di messaggio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it as text or a picture instead.</source>
        <translation>Lo invii invece come testo o immagine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s file could not be downloaded.</source>
        <translation>Non è stato possibile scaricare il file del cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer to send it again.</source>
        <translation>Chieda al cliente di inviarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attachment could not be sent (it is missing, too large or of a type WhatsApp refuses).</source>
        <translation>Non è stato possibile inviare l&apos;allegato (manca, è troppo grande o è di un tipo che WhatsApp rifiuta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file (pictures up to 5 MB, videos and audio up to 16 MB) and attach it again.</source>
        <translation>Controlli il file (immagini fino a 5 MB, video e audio fino a 16 MB) e lo alleghi di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You sent this customer many messages in a few seconds.</source>
        <translation>Ha inviato a questo cliente molti messaggi in pochi secondi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros waits a little and sends the message.</source>
        <translation>Nulla da fare: Klaros attende un po&apos; e invia il messaggio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A value in the message is not allowed (for example a button title that is too long).</source>
        <translation>Un valore nel messaggio non è consentito (per esempio il titolo di un pulsante troppo lungo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten or correct the highlighted field and send again.</source>
        <translation>Accorci o corregga il campo evidenziato e invii di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something the message needs is missing.</source>
        <translation>Manca qualcosa di necessario al messaggio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every field and send again.</source>
        <translation>Compili tutti i campi e invii di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template needs a different number of fill-in values than were given.</source>
        <translation>Il modello richiede un numero di valori diverso da quello fornito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every placeholder of the template, then send again.</source>
        <translation>Compili tutti i segnaposto del modello, poi invii di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template does not exist in that language or is not approved yet.</source>
        <translation>Questo modello non esiste in quella lingua o non è ancora approvato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an approved template (Templates page) or wait until Meta approves it.</source>
        <translation>Scelga un modello approvato (pagina Modelli) o attenda che Meta lo approvi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fill-in value makes the template&apos;s text longer than WhatsApp allows (the title at the top may have 60 characters with its value).</source>
        <translation>Un valore rende il testo del modello più lungo di quanto consenta WhatsApp (il titolo in cima può avere 60 caratteri con il suo valore).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the value and send again.</source>
        <translation>Accorci il valore e invii di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fill-in value does not match what the template expects (for example text instead of a picture).</source>
        <translation>Un valore non corrisponde a ciò che il modello si aspetta (per esempio testo invece di un&apos;immagine).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the template&apos;s fields and send again.</source>
        <translation>Controlli i campi del modello e invii di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta paused this template because customers reacted badly to it.</source>
        <translation>Meta ha messo in pausa questo modello perché i clienti hanno reagito male.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another template, or edit this one and submit it again.</source>
        <translation>Usi un altro modello, oppure modifichi questo e lo invii di nuovo per l&apos;approvazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta switched this template off because it was paused too often.</source>
        <translation>Meta ha disattivato questo modello perché è stato messo in pausa troppe volte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new template.</source>
        <translation>Crei un nuovo modello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is your shop&apos;s own WhatsApp number.</source>
        <translation>Questo è il numero WhatsApp del Suo negozio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message to the customer&apos;s number instead.</source>
        <translation>Invii invece il messaggio al numero del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta limited your sending because too many customers blocked or reported your messages.</source>
        <translation>Meta ha limitato i Suoi invii perché troppi clienti hanno bloccato o segnalato i Suoi messaggi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only to customers who asked for your messages, and send fewer for a while.</source>
        <translation>Scriva solo ai clienti che hanno chiesto i Suoi messaggi e per un po&apos; ne invii meno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s access key lacks the permission for this.</source>
        <translation>Alla chiave di accesso di Klaros manca l&apos;autorizzazione per questa operazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the access token the WhatsApp permissions in Meta&apos;s business settings, then connect your account again.</source>
        <translation>Assegni al token di accesso le autorizzazioni WhatsApp nelle impostazioni aziendali di Meta, poi colleghi di nuovo il Suo account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token may not use this WhatsApp account: a permission or the account itself is missing from its system user.</source>
        <translation>Il token di accesso non può usare questo account WhatsApp: al suo utente di sistema manca un&apos;autorizzazione o l&apos;account stesso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Meta Business Suite, open Settings → System users, assign your WhatsApp account to the system user, then generate a new token with the permissions whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation>In Meta Business Suite apra Impostazioni → Utenti di sistema, assegni il Suo account WhatsApp all&apos;utente di sistema, poi generi un nuovo token con le autorizzazioni whatsapp_business_messaging e whatsapp_business_management.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This phone number is not registered with the WhatsApp Cloud API yet.</source>
        <translation>Questo numero di telefono non è ancora registrato nella WhatsApp Cloud API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In WhatsApp Manager, open Phone numbers and finish the number&apos;s registration (Meta sends a code by SMS or call), then connect again.</source>
        <translation>In Gestione WhatsApp apra Numeri di telefono e completi la registrazione del numero (Meta invia un codice via SMS o chiamata), poi si colleghi di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta blocked this account for a while because of a policy violation.</source>
        <translation>Meta ha bloccato questo account per un certo periodo a causa di una violazione delle normative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Meta&apos;s message about it in your Meta business account; sending works again when the block ends.</source>
        <translation>Legga il messaggio di Meta al riguardo nel Suo account aziendale Meta; gli invii torneranno a funzionare quando il blocco termina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp refused the request.</source>
        <translation>WhatsApp ha rifiutato la richiesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros could not reach WhatsApp.</source>
        <translation>Klaros non è riuscito a raggiungere WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the internet connection; Klaros will try again.</source>
        <translation>Controlli la connessione a Internet; Klaros riproverà.</translation>
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
        <translation>Non consegnato: {reason} (errore Meta {code})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Meta did not say why.</source>
        <translation>Meta non ha indicato il motivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not delivered: {reason}</source>
        <translation>Non consegnato: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not accept the template: {reason}</source>
        <translation>Meta non ha accettato il modello: {reason}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>WhatsApp did not confirm this message: the connection broke or WhatsApp failed after it had been sent, so it may have reached the customer.</source>
        <translation>WhatsApp non ha confermato questo messaggio: la connessione si è interrotta o WhatsApp ha avuto un errore dopo l&apos;invio, quindi potrebbe essere arrivato al cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros does not send it again by itself. Check with the customer (or wait for WhatsApp&apos;s delivery report) before sending it again.</source>
        <translation>Klaros non lo invia di nuovo da solo. Verifichi con il cliente (o attenda la conferma di consegna di WhatsApp) prima di inviarlo di nuovo.</translation>
    </message>
</context>
<context>
    <name>HeldBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/outbox_bubble.py" line="+64"/>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this message again</source>
        <translation>Invia di nuovo questo messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this message in the composer</source>
        <translation>Modifica questo messaggio nella casella di scrittura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the text of this message</source>
        <translation>Copia il testo di questo messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Elimina questo messaggio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template “{name}”</source>
        <translation>Modello “{name}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Not sent · {time}</source>
        <translation>⚠ Non inviato · {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message not sent: {text}. {reason}</source>
        <translation>Messaggio non inviato: {text}. {reason}</translation>
    </message>
</context>
<context>
    <name>HoursAndBudgetTab</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_extras.py" line="+38"/>
        <source>Business hours and automatic replies</source>
        <translation>Orario di apertura e risposte automatiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set your opening hours for each weekday. Klaros can greet a customer who writes for the first time and answer outside your hours, only inside WhatsApp&apos;s 24-hour window.</source>
        <translation>Imposti l&apos;orario di apertura per ogni giorno della settimana. Klaros può salutare un cliente che scrive per la prima volta e rispondere fuori orario, solo entro la finestra di 24 ore di WhatsApp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business hours and automatic replies…</source>
        <translation>Orario di apertura e risposte automatiche…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly budget</source>
        <translation>Budget mensile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you plan to spend on WhatsApp messages each month. Analytics shows the month&apos;s charges against it, and a campaign that would go over it warns you first.</source>
        <translation>Quanto prevede di spendere ogni mese in messaggi WhatsApp. Le statistiche confrontano con esso gli addebiti del mese, e una campagna che lo supererebbe La avvisa prima.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 150</source>
        <translation>es. 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Importo del budget mensile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget currency</source>
        <translation>Valuta del budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Salva budget</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send marketing campaigns through Meta&apos;s Marketing Messages API</source>
        <translation>Invia le campagne di marketing tramite la Marketing Messages API di Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta delivers marketing templates sent this way with its own optimisation and bills them as “marketing lite”. Accept Meta&apos;s terms for it in WhatsApp Manager first. Other messages are not affected.</source>
        <translation>Meta consegna i modelli di marketing inviati in questo modo con la propria ottimizzazione e li fattura come “marketing lite”. Accetti prima i termini di Meta in Gestione WhatsApp. Gli altri messaggi non cambiano.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Marketing campaigns now go through the Marketing Messages API.</source>
        <translation>Ora le campagne di marketing passano dalla Marketing Messages API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing campaigns now go through the usual messages API.</source>
        <translation>Ora le campagne di marketing passano dalla normale API dei messaggi.</translation>
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
        <translation>Riduci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This picture cannot be shown.</source>
        <translation>Impossibile mostrare questa immagine.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/contacts_import.py" line="+73"/>
        <source>this number was erased on request; it is not imported again</source>
        <translation>questo numero è stato cancellato su richiesta; non viene importato di nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number was erased while the import started; import the file again</source>
        <translation>un numero è stato cancellato mentre l’importazione iniziava; importi di nuovo il file</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>consent value {value!r} not understood (use yes, no or opt-out)</source>
        <translation>valore di consenso {value!r} non riconosciuto (usi yes, no o opt-out)</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>--map applies to CSV files; vCard fields are read by their names</source>
        <translation>--map vale per i file CSV; i campi vCard si leggono in base al loro nome</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown region {region!r}; use a two-letter country code such as DE, FR or ES</source>
        <translation>regione sconosciuta {region!r}; usi un codice paese di due lettere come IT, DE o FR</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/csv_reader.py" line="+227"/>
        <source>--map {option!r}: write it as FIELD=COLUMN, e.g. --map phone=Handynummer</source>
        <translation>--map {option!r}: lo scriva come CAMPO=COLONNA, es. --map phone=Cellulare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--map {option!r}: unknown field {name!r}; fields are {fields}, or custom.NAME for a custom field</source>
        <translation>--map {option!r}: campo sconosciuto {name!r}; i campi sono {fields}, oppure custom.NOME per un campo personalizzato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--map names the column {name!r}, which is not in the file; its columns are: {columns}</source>
        <translation>--map indica la colonna {name!r}, che non è nel file; le sue colonne sono: {columns}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the file has no header row (expected column names such as Name and Phone)</source>
        <translation>il file non ha una riga di intestazione (servono nomi di colonna come Nome e Telefono)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone number column found; the columns are {columns}. Name the right one with --map phone=COLUMN</source>
        <translation>nessuna colonna con il numero di telefono; le colonne sono {columns}. Indichi quella giusta con --map phone=COLONNA</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unreadable CSV: {error}</source>
        <translation>CSV illeggibile: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {line} holds bytes that are not valid {encoding} text</source>
        <translation>la riga {line} contiene byte che non sono testo {encoding} valido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted value on line {line} is never closed, so the rest of the file (to line {end}) was read into it</source>
        <translation>un valore tra virgolette alla riga {line} non viene mai chiuso, quindi il resto del file (fino alla riga {end}) è stato letto al suo interno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted value is not closed: the row runs on to line {end} with {values} values for {columns} columns</source>
        <translation>un valore tra virgolette non è chiuso: la riga prosegue fino alla riga {end} con {values} valori per {columns} colonne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the row has {values} values but the header has {columns} columns (is there an unquoted delimiter in a value?)</source>
        <translation>la riga ha {values} valori ma l&apos;intestazione ha {columns} colonne (c&apos;è un separatore senza virgolette in un valore?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the row cannot be read: {error}</source>
        <translation>impossibile leggere la riga: {error}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/records.py" line="+67"/>
        <location line="+9"/>
        <source>nested too deeply</source>
        <translation>annidamento troppo profondo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>not JSON: {error}</source>
        <translation>non è JSON: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the custom fields cannot be read ({problem})</source>
        <translation>impossibile leggere i campi personalizzati ({problem})</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+23"/>
        <source>cannot read {path}: {error}</source>
        <translation>impossibile leggere {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than {limit}, the most Klaros imports at once; split it into smaller files, or export only the contacts you need</source>
        <translation>il file supera {limit}, il massimo che Klaros importa in una volta; lo divida in file più piccoli o esporti solo i contatti che Le servono</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is not valid {encoding} text (bad bytes at byte offset {offset}); {fix}</source>
        <translation>il file non è testo {encoding} valido (byte errati alla posizione {offset}); {fix}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown encoding {encoding!r}; use one of {encodings}</source>
        <translation>codifica sconosciuta {encoding!r}; usi una tra {encodings}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file holds binary data (NUL bytes), so it is not a CSV or vCard text file; export the contacts from the other program as CSV or vCard</source>
        <translation>il file contiene dati binari (byte NUL), quindi non è un file di testo CSV o vCard; esporti i contatti dall&apos;altro programma come CSV o vCard</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/vcard_reader.py" line="+84"/>
        <source>the card has no END:VCARD before the next BEGIN:VCARD</source>
        <translation>alla scheda manca END:VCARD prima del BEGIN:VCARD successivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>alla scheda manca END:VCARD (il file finisce al suo interno)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not a readable vCard at line {line}: {error}</source>
        <translation>vCard illeggibile alla riga {line}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not a readable vCard: {error}</source>
        <translation>vCard illeggibile: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>il file non contiene nessuna vCard (nessuna riga BEGIN:VCARD)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="-62"/>
        <location line="+112"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+112"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Tags / labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a Google Contacts export</source>
        <translation>un&apos;esportazione di Google Contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Outlook export</source>
        <translation>un&apos;esportazione di Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Klaros export</source>
        <translation>un&apos;esportazione di Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WhatsApp Business app export</source>
        <translation>un&apos;esportazione dell&apos;app WhatsApp Business</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+94"/>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column for {field}</source>
        <translation>Colonna per {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Anteprima delle prime righe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it was skipped</source>
        <translation>Perché è stata saltata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped rows</source>
        <translation>Righe saltate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save error report…</source>
        <translation>Salva il report degli errori…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Contatti (*.csv *.vcf *.vcard *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be imported: {error}</source>
        <translation>Questo file non può essere importato: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vCard file (contacts from a phone or an address book). The first contacts are shown below.</source>
        <translation>Un file vCard (contatti da un telefono o da una rubrica). Qui sotto sono mostrati i primi contatti.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A spreadsheet (CSV) with %n columns</source>
        <translation>
            <numerusform>Un foglio di calcolo (CSV) con %n colonna</numerusform>
            <numerusform>Un foglio di calcolo (CSV) con %n colonne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, it looks like {what}</source>
        <translation>, sembra {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which column holds what below; change one if Klaros guessed wrong.</source>
        <translation>Controlli qui sotto cosa contiene ogni colonna; ne cambi una se Klaros ha sbagliato.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✗ {number} (not a valid number; skipped)</source>
        <translation>✗ {number} (numero non valido; saltato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no number (skipped)</source>
        <translation>✗ nessun numero (saltato)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected: {cols}</source>
        <translation>Dal file: {cols}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this file)</source>
        <translation>(non in questo file)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing {name}…</source>
        <translation>Importazione di {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {name}… {n} rows read</source>
        <translation>Importazione di {name}… {n} righe lette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{imported} imported, {merged} merged with existing contacts, {skipped} skipped ({rows} rows read).</source>
        <translation>{imported} importati, {merged} uniti a contatti esistenti, {skipped} saltati ({rows} righe lette).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {error}</source>
        <translation>Non è stato importato nulla: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save error report</source>
        <translation>Salva il report degli errori</translation>
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
        <translation>Tutte le chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Non lette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open</source>
        <translation>Finestra aperta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archiviate</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Search chats</source>
        <translation>Cerca nelle chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Cerca conversazioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation filter</source>
        <translation>Filtro delle conversazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to a contact (Ctrl+N)</source>
        <translation>Scrivi a un contatto (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+272"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Messages that match the search</source>
        <translation>Messaggi che corrispondono alla ricerca</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contact info</source>
        <translation>Info contatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the contact beside the chat</source>
        <translation>Mostra o nascondi il contatto accanto alla chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conversation open</source>
        <translation>Nessuna conversazione aperta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a conversation on the left.
New messages appear here by themselves.</source>
        <translation>Scelga una conversazione a sinistra.
I nuovi messaggi compaiono qui da soli.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No chats match. Clear the search or choose “All chats”.</source>
        <translation>Nessuna chat corrispondente. Svuoti la ricerca o scelga “Tutte le chat”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet. When a customer writes to your WhatsApp Business number, the chat appears here by itself.</source>
        <translation>Ancora nessuna chat. Quando un cliente scrive al Suo numero WhatsApp Business, la chat compare qui da sola.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag: {name}</source>
        <translation>Etichetta: {name}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Messages ({n})</source>
        <translation>Messaggi ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages (the newest 50)</source>
        <translation>Messaggi (i 50 più recenti)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chat name or number matches</source>
        <translation>Nessun nome di chat o numero corrisponde</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Forward to…</source>
        <translation>Inoltra a…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open chat</source>
        <translation>Apri chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as read</source>
        <translation>Segna come letta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as unread</source>
        <translation>Segna come non letta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpin chat</source>
        <translation>Sblocca chat in alto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin chat</source>
        <translation>Fissa chat in alto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn notifications on</source>
        <translation>Attiva le notifiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute notifications</source>
        <translation>Silenzia le notifiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take out of the archive</source>
        <translation>Togli dall&apos;archivio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive chat</source>
        <translation>Archivia chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy number</source>
        <translation>Copia numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details…</source>
        <translation>Dati del contatto…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chat archived. “Archived” in the filter shows it.</source>
        <translation>Chat archiviata. La trova con “Archiviate” nel filtro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat taken out of the archive.</source>
        <translation>Chat tolta dall&apos;archivio.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Opted out · cannot be messaged</source>
        <translation>Consenso revocato · non si può scrivere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24-hour window open · {left} left</source>
        <translation>Finestra di 24 ore aperta · restano {left}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open · {left} left</source>
        <translation>Finestra aperta · restano {left}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has not written yet · templates only</source>
        <translation>Non ha ancora scritto · solo modelli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24-hour window closed · templates only</source>
        <translation>Finestra di 24 ore chiusa · solo modelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window closed · templates only</source>
        <translation>Finestra chiusa · solo modelli</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message text copied.</source>
        <translation>Testo del messaggio copiato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template cannot be edited here: send it again, or delete it and choose the template anew.</source>
        <translation>Un modello non si può modificare qui: lo invii di nuovo, oppure lo elimini e scelga di nuovo il modello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file cannot be edited here: send it again, or delete it and attach it anew.</source>
        <translation>Un file non si può modificare qui: lo invii di nuovo, oppure lo elimini e lo alleghi da capo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete message?</source>
        <translation>Eliminare il messaggio?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this unsent message? Its text cannot be brought back.</source>
        <translation>Eliminare questo messaggio non inviato? Il testo non si potrà recuperare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message goes out when Klaros is back online.</source>
        <translation>Il messaggio parte quando Klaros torna online.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 24-hour window is closed, so this text cannot go as a free message; the composer offers the approved templates. Copy the text if you need it.</source>
        <translation>La finestra di 24 ore è chiusa, quindi questo testo non può partire come messaggio libero; la casella di scrittura propone i modelli approvati. Copi il testo se Le serve.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A queued message to {number} was not sent: {reason}</source>
        <translation>Un messaggio in coda per {number} non è stato inviato: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A queued message could not go out yet; Klaros tries again by itself.</source>
        <translation>Un messaggio in coda non è ancora potuto partire; Klaros riprova da solo.</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/jump_dialog.py" line="+21"/>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a contact</source>
        <translation>Vai a un contatto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or number…</source>
        <translation>Nome o numero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to jump to</source>
        <translation>Contatto a cui andare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching contacts</source>
        <translation>Contatti corrispondenti</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter opens the chat; someone you have not written to yet gets a new one.</source>
        <translation>Invio apre la chat; per chi non ha ancora una chat con Lei ne viene creata una nuova.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody by that name or number. Add them under Contacts first.</source>
        <translation>Nessuno con quel nome o numero. Lo aggiunga prima in Contatti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or a phone number.</source>
        <translation>Scriva un nome o un numero di telefono.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="-23"/>
        <source>no keyring service was found</source>
        <translation>non è stato trovato nessun servizio di portachiavi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is switched off (null backend)</source>
        <translation>il portachiavi è disattivato (backend nullo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it would store secrets as plain text</source>
        <translation>salverebbe i segreti in chiaro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring backend {backend} is not one of the system&apos;s password stores, and it may keep secrets as plain text</source>
        <translation>il backend di portachiavi {backend} non è uno degli archivi password del sistema e potrebbe salvare i segreti in chiaro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the configured keyring is Klaros&apos;s plain-text test keyring, which is only for tests (they set KLAROS_ALLOW_INSECURE_KEYRING=1)</source>
        <translation>il portachiavi configurato è il portachiavi di prova in chiaro di Klaros, solo per i test (che impostano KLAROS_ALLOW_INSECURE_KEYRING=1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure: Klaros keeps its access token and device keys in a test keyring as plain text, because KLAROS_ALLOW_INSECURE_KEYRING=1 is set. This is for tests only; never use it for a real shop.</source>
        <translation>Non sicuro: Klaros conserva il token di accesso e le chiavi del dispositivo in un portachiavi di prova in chiaro, perché è impostato KLAROS_ALLOW_INSECURE_KEYRING=1. Serve solo per i test; non lo usi mai per un negozio reale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros keeps your Meta access token and device keys only in the system&apos;s secure password store (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: {reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet, then {retry}.</source>
        <translation>Klaros conserva il Suo token di accesso Meta e le chiavi del dispositivo solo nell&apos;archivio sicuro delle password del sistema (Gestione credenziali di Windows, Portachiavi di macOS o Secret Service su Linux), e qui nessuno è utilizzabile: {reason}. Klaros non li salverà in chiaro. Su Linux installi e sblocchi un fornitore di Secret Service come GNOME Keyring o KWallet, poi {retry}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME Keyring / KWallet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Gestione credenziali di Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS Keychain</source>
        <translation>Portachiavi di macOS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KDE Wallet (KWallet)</source>
        <translation>KDE Wallet (KWallet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s test keyring (not secure, for tests only)</source>
        <translation>portachiavi di prova di Klaros (non sicuro, solo per i test)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo&apos;s memory (nothing is saved)</source>
        <translation>la memoria della demo (non viene salvato nulla)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>in {name}</source>
        <translation>nell&apos;archivio password “{name}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <source>the keyring refused access ({error})</source>
        <translation>il portachiavi ha negato l&apos;accesso ({error})</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the keyring did not give back what was stored</source>
        <translation>il portachiavi non ha restituito ciò che era stato salvato</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/guidance.py" line="+48"/>
        <source>Windows keeps the keys in its Credential Manager, which comes with Windows. Sign in to Windows with your own user account (not a guest or a restricted session), then click “Try again”.</source>
        <translation>Windows conserva le chiavi in Gestione credenziali, incluso in Windows. Acceda a Windows con il Suo account utente (non come ospite né in una sessione limitata), poi faccia clic su “Riprova”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>macOS keeps the keys in your login keychain. Open the Keychain Access app, unlock the “login” keychain with your Mac password, then click “Try again”.</source>
        <translation>macOS conserva le chiavi nel portachiavi di login. Apra l&apos;app Accesso Portachiavi, sblocchi il portachiavi “login” con la password del Mac, poi faccia clic su “Riprova”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install KDE Wallet: open a terminal and run “sudo apt install kwalletmanager” (Debian, Ubuntu) or “sudo dnf install kwalletmanager” (Fedora). Log out and back in, then click “Try again”.</source>
        <translation>Installi KDE Wallet: apra un terminale ed esegua “sudo apt install kwalletmanager” (Debian, Ubuntu) o “sudo dnf install kwalletmanager” (Fedora). Esca e rientri nella sessione, poi faccia clic su “Riprova”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install GNOME Keyring: open a terminal and run “sudo apt install gnome-keyring” (Debian, Ubuntu) or “sudo dnf install gnome-keyring” (Fedora). Log out and back in so that it starts and unlocks with your login, then click “Try again”.</source>
        <translation>Installi GNOME Keyring: apra un terminale ed esegua “sudo apt install gnome-keyring” (Debian, Ubuntu) o “sudo dnf install gnome-keyring” (Fedora). Esca e rientri nella sessione, così che si avvii e si sblocchi con il Suo accesso, poi faccia clic su “Riprova”.</translation>
    </message>
</context>
<context>
    <name>KeyringPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-352"/>
        <source>Welcome to Klaros</source>
        <translation>Benvenuto in Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three short steps connect Klaros to your shop&apos;s WhatsApp Business number.</source>
        <translation>Tre brevi passi collegano Klaros al numero WhatsApp Business del Suo negozio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you need, or why Klaros cannot continue yet</source>
        <translation>Cosa Le serve, o perché Klaros non può ancora continuare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to install</source>
        <translation>Cosa installare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>You need:
  1. the address of your Klaros relay, and a pairing code or your e-mail address,
  2. your WhatsApp Business account in Meta&apos;s Business Suite (we show you where to click),
  3. five minutes in Meta&apos;s App Dashboard to send your messages to the relay.

Your access key is kept only in this computer&apos;s secure password store ({where}).</source>
        <translation>Le servono:
  1. l&apos;indirizzo del Suo relay Klaros e un codice di associazione o il Suo indirizzo e-mail,
  2. il Suo account WhatsApp Business in Meta Business Suite (Le mostriamo dove fare clic),
  3. cinque minuti nella dashboard delle app di Meta per inviare i Suoi messaggi al relay.

La Sua chiave di accesso è conservata solo nell&apos;archivio sicuro delle password di questo computer ({where}).</translation>
    </message>
</context>
<context>
    <name>KeyringWarning</name>
    <message>
        <location filename="../../klaros_desktop/ui/keyring_warning.py" line="+43"/>
        <source>Security warning</source>
        <translation>Avviso di sicurezza</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../klaros_desktop/ui/main_window.py" line="+116"/>
        <location line="+408"/>
        <source>{app} — WhatsApp Business CRM</source>
        <translation>{app} — CRM per WhatsApp Business</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Klaros main window</source>
        <translation>Finestra principale di Klaros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+264"/>
        <location line="+132"/>
        <source>Inbox</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="-396"/>
        <location line="+264"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+264"/>
        <source>Analytics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Sync state</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importa contatti…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Esporta contatti…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;all data…</source>
        <translation>Esporta &amp;tutti i dati…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Klaros holds in one zip file: contacts, chats, consent, templates, audit trail and media</source>
        <translation>Tutto ciò che Klaros conserva in un file zip: contatti, chat, consensi, modelli, registro di controllo e file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase everything on this PC…</source>
        <translation>Cancella tutto su questo PC…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>Imp&amp;ostazioni…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Greeting and away messages…</source>
        <translation>Messaggi di &amp;benvenuto e di assenza…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up connection…</source>
        <translation>&amp;Configura connessione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Jump to contact…</source>
        <translation>Vai al contatto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New chat…</source>
        <translation>Nuova chat…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Hours, budget and campaigns</source>
        <translation>Orari, budget e campagne</translation>
    </message>
    <message>
        <source>Hours and budget</source>
        <translation type="vanished">Orari e budget</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Inbox, {n} unread chats</source>
        <translation>Chat, {n} non lette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app}: {n} unread chats</source>
        <translation>{app}: {n} chat non lette</translation>
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
            <numerusform>%n nuovo messaggio WhatsApp</numerusform>
            <numerusform>%n nuovi messaggi WhatsApp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros campaigns</source>
        <translation>Campagne di Klaros</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Messages still waiting</source>
        <translation>Messaggi ancora in attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message is still waiting to be sent.</source>
        <translation>1 messaggio è ancora in attesa di invio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages are still waiting to be sent.</source>
        <translation>{n} messaggi sono ancora in attesa di invio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you quit now, they are kept and go out the next time you open Klaros, if the customer&apos;s 24-hour window is still open then.</source>
        <translation>Se esce ora, vengono conservati e partono alla prossima apertura di Klaros, se la finestra di 24 ore del cliente è ancora aperta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit anyway</source>
        <translation>Esci comunque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Klaros open</source>
        <translation>Tieni aperto Klaros</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="-76"/>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="+90"/>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="-3"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/downloads.py" line="+53"/>
        <source>Meta no longer has this {thing}: Klaros was offline for more than 7 days. Ask the customer to send it again.</source>
        <translation>Meta non ha più questo file ({thing}): Klaros è rimasto offline per più di 7 giorni. Chieda al cliente di inviarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta no longer has this {thing}. Ask the customer to send it again.</source>
        <translation>Meta non ha più questo file ({thing}). Chieda al cliente di inviarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {thing} was refused: the file that arrived is not the one the customer sent (it was damaged or changed on the way). Ask the customer to send it again.</source>
        <translation>Questo file ({thing}) è stato rifiutato: il file arrivato non è quello inviato dal cliente (si è danneggiato o è stato modificato durante il percorso). Chieda al cliente di inviarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {thing} is larger than WhatsApp allows, so Klaros did not keep it.</source>
        <translation>Questo file ({thing}) è più grande di quanto consenta WhatsApp, quindi Klaros non l&apos;ha conservato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not download this {thing} after several tries. It tries again when Klaros next starts.</source>
        <translation>Klaros non è riuscito a scaricare questo file ({thing}) dopo diversi tentativi. Riproverà al prossimo avvio di Klaros.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="-40"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voice message</source>
        <translation>messaggio vocale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sticker</source>
        <translation>sticker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp takes photos up to 5 MB</source>
        <translation>WhatsApp accetta foto fino a 5 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes voice messages and audio up to 16 MB</source>
        <translation>WhatsApp accetta messaggi vocali e audio fino a 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes videos up to 16 MB</source>
        <translation>WhatsApp accetta video fino a 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes documents up to 100 MB</source>
        <translation>WhatsApp accetta documenti fino a 100 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes stickers up to 500 KB (100 KB if not animated)</source>
        <translation>WhatsApp accetta sticker fino a 500 KB (100 KB se non animati)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{name}” is empty.</source>
        <translation>“{name}” è vuoto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp does not take this kind of file (“{name}”). It takes photos (JPEG, PNG), videos (MP4, 3GP), audio (MP3, M4A, OGG, AAC, AMR), stickers (WebP) and documents (PDF, Word, Excel, PowerPoint, text).</source>
        <translation>WhatsApp non accetta questo tipo di file (“{name}”). Accetta foto (JPEG, PNG), video (MP4, 3GP), audio (MP3, M4A, OGG, AAC, AMR), sticker (WebP) e documenti (PDF, Word, Excel, PowerPoint, testo).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is {size}, too large: {rule}.</source>
        <translation>“{name}” pesa {size}, troppo: {rule}.</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="+272"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>Lei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Avviso</translation>
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
        <translation>Messaggio vocale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Scheda contatto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reaction</source>
        <translation>Reazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type Klaros cannot show yet</source>
        <translation>Tipo di messaggio che Klaros non può ancora mostrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordine</translation>
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
        <translation>Collega</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Step 2: your WhatsApp Business account</source>
        <translation>Passo 2: il Suo account WhatsApp Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros sends through Meta&apos;s official WhatsApp Cloud API with your own account.</source>
        <translation>Klaros invia tramite la WhatsApp Cloud API ufficiale di Meta con il Suo account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros needs your number&apos;s two IDs and a permanent access key (a “system user token”) to send messages in your shop&apos;s name. Meta shows the IDs in the App Dashboard under WhatsApp → API Setup.</source>
        <translation>Klaros ha bisogno dei due ID del Suo numero e di una chiave di accesso permanente (un “token utente di sistema”) per inviare messaggi a nome del Suo negozio. Meta mostra gli ID nella dashboard dell&apos;app, in WhatsApp → Configurazione API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open API Setup (IDs)</source>
        <translation>Apri Configurazione API (ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open System users (token)</source>
        <translation>Apri Utenti di sistema (token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me how…</source>
        <translation>Mi mostri come…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number ID</source>
        <translation>ID del numero di telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>WhatsApp Business account ID</source>
        <translation>ID dell&apos;account WhatsApp Business</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAAG… (paste the whole token)</source>
        <translation>EAAG… (incolli il token intero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta app secret</source>
        <translation>Chiave segreta dell&apos;app Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App settings → Basic → App secret</source>
        <translation>Impostazioni app → Di base → Chiave segreta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta server</source>
        <translation>Server di Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave empty for https://graph.facebook.com</source>
        <translation>lasci vuoto per https://graph.facebook.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create my shop and connect</source>
        <translation>Crea il mio negozio e collega</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>phone number ID</source>
        <translation>ID del numero di telefono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the access token.</source>
        <translation>Inserisca il token di accesso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the Meta app secret (App Dashboard → App settings → Basic).</source>
        <translation>Inserisca la chiave segreta dell&apos;app Meta (dashboard dell&apos;app → Impostazioni app → Di base).</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../klaros_desktop/ui/navigation.py" line="+189"/>
        <source>Show a notice when a message arrives</source>
        <translation>Mostra un avviso quando arriva un messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound with it</source>
        <translation>Riproduci anche un suono</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/outbox.py" line="+94"/>
        <source>Not sent: the 24-hour window had closed by the time Klaros was back online. Send an approved template instead.</source>
        <translation>Non inviato: quando Klaros è tornato online la finestra di 24 ore si era già chiusa. Invii invece un modello approvato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer opted out of messages before Klaros was back online.</source>
        <translation>Non inviato: il cliente ha revocato il consenso ai messaggi prima che Klaros tornasse online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number belongs to a person whose data was erased.</source>
        <translation>Non inviato: questo numero appartiene a una persona i cui dati sono stati cancellati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the contact has no phone number.</source>
        <translation>Non inviato: il contatto non ha un numero di telefono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not confirm this message (the connection broke or WhatsApp failed while it was being sent), so it may have reached the customer. Check with them before sending it again.</source>
        <translation>WhatsApp non ha confermato questo messaggio (la connessione si è interrotta o WhatsApp ha avuto un errore durante l&apos;invio), quindi potrebbe essere arrivato al cliente. Verifichi con lui prima di inviarlo di nuovo.</translation>
    </message>
    <message>
        <source>The connection broke while this was being sent, so it may have reached the customer. Check with them before sending it again.</source>
        <translation type="vanished">La connessione si è interrotta durante l&apos;invio, quindi il messaggio potrebbe essere arrivato al cliente. Verifichi con lui prima di inviarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the contact&apos;s number cannot receive WhatsApp messages.</source>
        <translation>Non inviato: il numero del contatto non può ricevere messaggi WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: Meta no longer has this template (it was deleted while Klaros was offline).</source>
        <translation>Non inviato: Meta non ha più questo modello (è stato eliminato mentre Klaros era offline).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: Meta no longer approves this template (it was paused or disabled while Klaros was offline).</source>
        <translation>Non inviato: Meta non approva più questo modello (è stato sospeso o disattivato mentre Klaros era offline).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer stopped marketing messages before Klaros was back online.</source>
        <translation>Non inviato: il cliente ha revocato il consenso ai messaggi di marketing prima che Klaros tornasse online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number must not receive marketing messages.</source>
        <translation>Non inviato: questo numero non deve ricevere messaggi di marketing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Not sent: the template changed while Klaros was offline and the values filled in no longer fit it. Delete this message and choose the template again.</source>
        <translation>Non inviato: il modello è cambiato mentre Klaros era offline e i valori inseriti non corrispondono più. Elimini questo messaggio e scelga di nuovo il modello.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not sent: {error}</source>
        <translation>Non inviato: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent ({code}).</source>
        <translation>Non inviato ({code}).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the message is empty</source>
        <translation>il messaggio è vuoto</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="-10"/>
        <source>no phone number</source>
        <translation>nessun numero di telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is not a phone number</source>
        <translation>{number!r} non è un numero di telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is too short to be a phone number</source>
        <translation>{number!r} è troppo corto per essere un numero di telefono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number!r} is too long to be a phone number</source>
        <translation>{number!r} è troppo lungo per essere un numero di telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} has an unknown country code</source>
        <translation>{number!r} ha un prefisso internazionale sconosciuto</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>{number!r} has no country code; write it with + or {fix}</source>
        <translation>{number!r} non ha il prefisso internazionale; lo scriva con + oppure {fix}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number!r} is not a valid phone number in {region}</source>
        <translation>{number!r} non è un numero di telefono valido in {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number!r} is not a valid phone number</source>
        <translation>{number!r} non è un numero di telefono valido</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../klaros_desktop/ui/place_fields.py" line="+40"/>
        <source>e.g. 52.5292</source>
        <translation>ad es. 52.5292</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude of the place</source>
        <translation>Latitudine del luogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 13.4012</source>
        <translation>ad es. 13.4012</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude of the place</source>
        <translation>Longitudine del luogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. your shop&apos;s name</source>
        <translation>ad es. il nome del Suo negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the place</source>
        <translation>Nome del luogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street, postcode and town</source>
        <translation>Via, CAP e città</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the place</source>
        <translation>Indirizzo del luogo</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/policy.py" line="+136"/>
        <source>{who} has no phone number to send to.</source>
        <translation>{who} non ha un numero di telefono a cui inviare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number belongs to a person whose data was erased; Klaros will not message it again.</source>
        <translation>Questo numero appartiene a una persona i cui dati sono stati cancellati; Klaros non gli scriverà più.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} opted out of all messages on {when} ({source}); they can write START to opt back in.</source>
        <translation>{who} ha revocato il consenso a tutti i messaggi il {when} ({source}); può scrivere START per dare di nuovo il consenso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>Il modello {name!r} ({language}) non è noto; aggiorni i modelli da Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>Il modello {name!r} ({language}) è {status}, non approvato da Meta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number must not receive marketing messages.</source>
        <translation>Questo numero non deve ricevere messaggi di marketing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} stopped marketing messages on {when}; only service and utility messages may be sent.</source>
        <translation>{who} ha revocato il consenso al marketing il {when}; si possono inviare solo messaggi di servizio e di utilità.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} has never written to you; start with an approved template.</source>
        <translation>{who} non Le ha mai scritto; inizi con un modello approvato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed at {closed} ({who} last wrote {last}); send an approved template.</source>
        <translation>La finestra di 24 ore si è chiusa alle {closed} ({who} ha scritto l&apos;ultima volta {last}); invii un modello approvato.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../klaros_desktop/services/pricing/forecast.py" line="+304"/>
        <source>No rate card covers {day}, so the cost cannot be forecast. Import Meta&apos;s rate card with &apos;klaros rates import&apos;.</source>
        <translation>Nessun listino copre {day}, quindi non si può prevedere il costo. Importi il listino di Meta con &apos;klaros rates import&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost forecast: {total} for {charged} charged message(s), {free} free (Meta&apos;s rates as of {as_of}, platform fee only).</source>
        <translation>Previsione dei costi: {total} per {charged} messaggi addebitati, {free} gratuiti (tariffe di Meta al {as_of}, solo la tariffa della piattaforma).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By country: {split}.</source>
        <translation>Per paese: {split}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate is not known for {count} recipient(s) ({countries}); the total leaves them out. Import Meta&apos;s current rate card with &apos;klaros rates import&apos;.</source>
        <translation>La tariffa non è nota per {count} destinatari ({countries}); il totale non li include. Importi il listino attuale di Meta con &apos;klaros rates import&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit ({outside} of {limit} customers a day outside their 24-hour window).</source>
        <translation>Usa il {share} del Suo limite di messaggi ({outside} di {limit} clienti al giorno fuori dalla loro finestra di 24 ore).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your messaging limit is not known here yet; {outside} recipient(s) count towards it.</source>
        <translation>Il Suo limite di messaggi non è ancora noto qui; {outside} destinatari contano per questo limite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>free: they came from your ad or Page button and the free entry point window is open</source>
        <translation>gratis: sono arrivati dal Suo annuncio o dal pulsante della Sua pagina e la finestra del punto di accesso gratuito è aperta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free: they wrote in the last 24 hours</source>
        <translation>gratis: hanno scritto nelle ultime 24 ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the rate card has no rate for {country} on {day}</source>
        <translation>prezzo sconosciuto: il listino non ha una tariffa per {country} il {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the number&apos;s country is not known</source>
        <translation>prezzo sconosciuto: il paese del numero non è noto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: no rate card covers {day}</source>
        <translation>prezzo sconosciuto: nessun listino copre {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: Meta charged per conversation on {day}</source>
        <translation>prezzo sconosciuto: il {day} Meta addebitava per conversazione</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Price of this message: {amount} ({category}, {market}, Meta&apos;s rates as of {as_of}).</source>
        <translation>Prezzo di questo messaggio: {amount} ({category}, {market}, tariffe di Meta al {as_of}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price of this message: {reason}.</source>
        <translation>Prezzo di questo messaggio: {reason}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/pricing/rates_csv.py" line="+138"/>
        <source>This file is not Meta&apos;s rate card: no header row with Market and Currency was found.</source>
        <translation>Questo file non è il listino di Meta: non è stata trovata una riga di intestazione con Market e Currency.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{currency!r} is not a currency.</source>
        <translation>{currency!r} non è una valuta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency {currency} differs from the file&apos;s {first}; one file holds one currency.</source>
        <translation>La valuta {currency} è diversa da quella del file, {first}; un file contiene una sola valuta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file is not Meta&apos;s rate card: it has no Marketing, Utility or Authentication column.</source>
        <translation>Questo file non è il listino di Meta: non ha una colonna Marketing, Utility o Authentication.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has rates but no market.</source>
        <translation>La riga ha tariffe ma nessun mercato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>{market}: the row has {count} cells, the header {expected}.</source>
        <translation>{market}: la riga ha {count} celle, l&apos;intestazione {expected}.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{market} is in the file twice; the first row is kept.</source>
        <translation>{market} compare due volte nel file; viene mantenuta la prima riga.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{market}: {value!r} under {column} is not a rate.</source>
        <translation>{market}: {value!r} in {column} non è una tariffa.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The row has tiers but no market.</source>
        <translation>La riga ha scaglioni ma nessun mercato.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{market}: {value!r} is not a number of messages or a rate.</source>
        <translation>{market}: {value!r} non è un numero di messaggi né una tariffa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file&apos;s text could not be read.</source>
        <translation>Impossibile leggere il testo del file.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The file could not be read: {error}</source>
        <translation>Impossibile leggere il file: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No usable rate was found in the file{detail}; nothing was imported.</source>
        <translation>Nel file non è stata trovata nessuna tariffa utilizzabile{detail}; non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volume tiers go with a rate card: import Meta&apos;s rates in {currency} for {day} first, then these tiers for the same date.</source>
        <translation>Gli scaglioni di volume vanno con un listino: importi prima le tariffe di Meta in {currency} per {day}, poi questi scaglioni per la stessa data.</translation>
    </message>
</context>
<context>
    <name>QuickReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/quick_replies.py" line="+25"/>
        <source>a quick reply needs a shortcut word, such as &apos;hours&apos;</source>
        <translation>una risposta rapida richiede una parola di scorciatoia, come “orari”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the quick reply /{shortcut} has no text</source>
        <translation>la risposta rapida /{shortcut} non ha testo</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../../klaros_desktop/relay_client/client.py" line="+118"/>
        <source>The relay at {url} did not answer in time.</source>
        <translation>Il relay su {url} non ha risposto in tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the relay at {url} ({error}); check the address and your internet connection.</source>
        <translation>Impossibile raggiungere il relay su {url} ({error}); controlli l&apos;indirizzo e la connessione a Internet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay did not accept this device (code wrong, used or expired, or the device was removed): {error}</source>
        <translation>Il relay non ha accettato questo dispositivo (codice errato, già usato o scaduto, oppure dispositivo rimosso): {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay asks this computer to wait {seconds} seconds before trying again (too many attempts at once).</source>
        <translation>Il relay chiede a questo computer di attendere {seconds} secondi prima di riprovare (troppi tentativi insieme).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay asks this computer to slow down (too many attempts at once); try again in a minute.</source>
        <translation>Il relay chiede a questo computer di rallentare (troppi tentativi insieme); riprovi tra un minuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay had a problem ({status}); Klaros will try again.</source>
        <translation>Il relay ha avuto un problema ({status}); Klaros riproverà.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay refused the request ({status}): {error}</source>
        <translation>Il relay ha rifiutato la richiesta ({status}): {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+45"/>
        <source>The relay&apos;s pairing answer is missing {field}; is this a Klaros relay?</source>
        <translation>Nella risposta di associazione del relay manca {field}; è un relay Klaros?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer is not paired with the relay, so it cannot open the files the relay keeps.</source>
        <translation>Questo computer non è associato al relay, quindi non può aprire i file che il relay conserva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The relay no longer has this file.</source>
        <translation>Il relay non ha più questo file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not keep this file ({reason}).</source>
        <translation>Il relay non ha potuto conservare questo file ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not fetch this file from WhatsApp yet ({reason}) and will try again later.</source>
        <translation>Il relay non ha ancora potuto scaricare questo file da WhatsApp ({reason}) e riproverà più tardi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay is still fetching this file from WhatsApp; Klaros will try again.</source>
        <translation>Il relay sta ancora scaricando questo file da WhatsApp; Klaros riproverà.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The relay&apos;s answer about a file is incomplete; is this a Klaros relay?</source>
        <translation>La risposta del relay su un file è incompleta; è un relay Klaros?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The relay refused the file&apos;s download link ({status}); Klaros will ask for a new one.</source>
        <translation>Il relay ha rifiutato il link di download del file ({status}); Klaros ne chiederà uno nuovo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The download of a file from the relay broke off ({error}); Klaros will try again.</source>
        <translation>Il download di un file dal relay si è interrotto ({error}); Klaros riproverà.</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-154"/>
        <source>Pair this PC</source>
        <translation>Associa questo PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: your Klaros relay</source>
        <translation>Passo 1: il Suo relay Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay keeps your shop&apos;s WhatsApp messages safe while this computer is off.</source>
        <translation>Il relay custodisce al sicuro i messaggi WhatsApp del Suo negozio mentre questo computer è spento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta delivers your customers&apos; messages to the relay; this computer fetches them from there, sealed so that only your own computers can read them.</source>
        <translation>Meta consegna al relay i messaggi dei Suoi clienti; questo computer li preleva da lì, sigillati in modo che solo i Suoi computer possano leggerli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Indirizzo del relay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a pairing code</source>
        <translation>Ho un codice di associazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my shop on this relay</source>
        <translation>Crea il mio negozio su questo relay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairing code</source>
        <translation>Codice di associazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From whoever runs your relay, or from Settings → “Pair another PC” on a computer of your shop that is already set up.</source>
        <translation>Da chi gestisce il Suo relay, oppure da Impostazioni → “Associa un altro PC” su un computer del Suo negozio già configurato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Nome di questo computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your e-mail address</source>
        <translation>Il Suo indirizzo e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me a code</source>
        <translation>Invia un codice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code from the e-mail</source>
        <translation>Codice dall&apos;e-mail</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the pairing code.</source>
        <translation>Inserisca il codice di associazione.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="-478"/>
        <source>Start the campaign later</source>
        <translation>Avvia la campagna più tardi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start time</source>
        <translation>Ora di avvio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klaros starts the campaign at this time (the shop&apos;s time zone) if it is open then, or as soon as it is opened afterwards, and tells you so.</source>
        <translation>Klaros avvia la campagna a quest&apos;ora (fuso orario del negozio) se è aperto in quel momento, altrimenti appena viene aperto, e glielo comunica.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../klaros_desktop/ui/i18n.py" line="+40"/>
        <source>set the default country in Settings</source>
        <translation>imposti il paese predefinito nelle Impostazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again from the other program as UTF-8 and import that file</source>
        <translation>lo salvi di nuovo dall&apos;altro programma come UTF-8 e importi quel file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair it with “Set up connection…” in the File menu</source>
        <translation>lo associ con “Configura connessione…” nel menu File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect it with “Set up connection…” in the File menu</source>
        <translation>lo colleghi con “Configura connessione…” nel menu File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start Klaros again</source>
        <translation>riavvii Klaros</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_dialog.py" line="+61"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your shop</source>
        <translation>Il Suo negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Generali</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Quick replies</source>
        <translation>Risposte rapide</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Your data</source>
        <translation>I Suoi dati</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not set up yet</source>
        <translation>Non ancora configurato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect: no secure password store on this computer</source>
        <translation>Impossibile connettersi: su questo computer non c&apos;è un archivio sicuro delle password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected right now (Klaros keeps trying)</source>
        <translation>Non connesso al momento (Klaros continua a provare)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up yet</source>
        <translation>non ancora configurato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business name</source>
        <translation>Nome dell&apos;attività</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the relay and Meta now whether they answer</source>
        <translation>Chiedi ora al relay e a Meta se rispondono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up again…</source>
        <translation>Configura di nuovo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection test result</source>
        <translation>Esito della prova di connessione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another PC for this shop</source>
        <translation>Un altro PC per questo negozio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a one-time code here, then type it into Klaros on the other PC (set-up, step 1: “I have a pairing code”). The code works once, for one hour.</source>
        <translation>Crei qui un codice monouso, poi lo digiti in Klaros sull&apos;altro PC (configurazione, passo 1: “Ho un codice di associazione”). Il codice vale una volta sola, per un&apos;ora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair another PC</source>
        <translation>Associa un altro PC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Advanced: show the technical details</source>
        <translation>Avanzate: mostra i dettagli tecnici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details</source>
        <translation>Dettagli tecnici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Indirizzo del relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s device id</source>
        <translation>ID dispositivo di questo PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation>ID del numero di telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp Business account ID</source>
        <translation>ID dell&apos;account WhatsApp Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta server</source>
        <translation>Server di Meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in {name}</source>
        <translation>Conservata in: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access key</source>
        <translation>Chiave di accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Default country</source>
        <translation>Paese predefinito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for numbers typed without + (a customer&apos;s 0151 12345678).</source>
        <translation>Usato per i numeri scritti senza + (il 347 1234567 di un cliente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Like the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language shows from the next start of Klaros.</source>
        <translation>La nuova lingua compare dal prossimo avvio di Klaros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell me about new messages while Klaros is in the background</source>
        <translation>Avvisa dei nuovi messaggi mentre Klaros è in background</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type / in the message box to insert one of these.</source>
        <translation>Scriva / nella casella del messaggio per inserirne una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything Klaros knows stays on this PC.</source>
        <translation>Tutto ciò che Klaros sa resta su questo PC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all data…</source>
        <translation>Esporta tutti i dati…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC…</source>
        <translation>Cancella tutto su questo PC…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a country in the list; type part of its name and pick it from the list.</source>
        <translation>“{text}” non è un paese dell&apos;elenco; scriva parte del nome e lo scelga dall&apos;elenco.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
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
        <translation>Altro PC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type this code into Klaros on the other PC before {time}. It works once.</source>
        <translation>Digiti questo codice in Klaros sull&apos;altro PC prima delle {time}. Vale una volta sola.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../klaros_desktop/demo/onboarding_shots.py" line="+46"/>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="+130"/>
        <source>We sent a six-digit code to {email}. It may take a minute; look in the spam folder too.</source>
        <translation>Abbiamo inviato un codice di sei cifre a {email}. Può volerci un minuto; controlli anche la cartella spam.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/inputs.py" line="+28"/>
        <source>Enter the {what}.</source>
        <translation>Inserisca: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {what} is a number of about 15 digits; “{text}” is not one. Copy it again from Meta&apos;s page.</source>
        <translation>{what}: è un numero di circa 15 cifre; “{text}” non lo è. Lo copi di nuovo dalla pagina di Meta.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/meta_connection.py" line="+20"/>
        <source>Meta does not know the phone number ID {phone} or the WhatsApp Business account ID {waba}, or the token may not see them. Copy both again from the App Dashboard (WhatsApp → API Setup) and make sure the token&apos;s system user has the WhatsApp account assigned.</source>
        <translation>Meta non conosce l&apos;ID del numero di telefono {phone} o l&apos;ID dell&apos;account WhatsApp Business {waba}, oppure il token non può vederli. Li copi di nuovo entrambi dalla dashboard dell&apos;app (WhatsApp → Configurazione API) e verifichi che all&apos;utente di sistema del token sia assegnato l&apos;account WhatsApp.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Connected to {number} ({name}); {count} templates loaded. The access token is kept {place}.</source>
        <translation>Connesso a {number} ({name}); {count} modelli caricati. Il token di accesso è conservato {place}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to {number}; {count} templates loaded. The access token is kept {place}.</source>
        <translation>Connesso a {number}; {count} modelli caricati. Il token di accesso è conservato {place}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="-91"/>
        <source>The relay address must start with https:// so that nobody on the way can read this computer&apos;s key. Ask whoever runs your relay for its https:// address.</source>
        <translation>L&apos;indirizzo del relay deve iniziare con https://, così nessuno lungo il percorso può leggere la chiave di questo computer. Chieda a chi gestisce il Suo relay il suo indirizzo https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay address starts with https://, for example https://relay.example.com</source>
        <translation>L&apos;indirizzo del relay inizia con https://, per esempio https://relay.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The relay did not accept this pairing code: it is mistyped, was already used, or has expired (codes are valid for a limited time and only once). Ask whoever runs your relay for a new code, or, on a PC of your shop that is already set up, open Settings → “Pair another PC”.</source>
        <translation>Il relay non ha accettato questo codice di associazione: è scritto male, è già stato usato o è scaduto (i codici valgono per un tempo limitato e una sola volta). Chieda un nuovo codice a chi gestisce il Suo relay oppure, su un PC del Suo negozio già configurato, apra Impostazioni → “Associa un altro PC”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paired as device {device} of shop {shop}. The device key and token are kept {place}.</source>
        <translation>Associato come dispositivo {device} del negozio {shop}. La chiave e il token del dispositivo sono conservati {place}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This relay does not let shops sign up by themselves. Ask whoever runs it for a pairing code, or choose another relay.</source>
        <translation>Questo relay non consente ai negozi di registrarsi da soli. Chieda un codice di associazione a chi lo gestisce, oppure scelga un altro relay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail code is wrong or has expired (it works once, for 30 minutes, and five wrong tries end it). Ask for a new code and type the newest one.</source>
        <translation>Il codice dell&apos;e-mail è errato o scaduto (vale una volta, per 30 minuti, e cinque tentativi errati lo annullano). Chieda un nuovo codice e digiti il più recente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This WhatsApp Business account is already set up on this relay. Pair this PC with a code from a PC of your shop that is already set up (Settings → “Pair another PC”) instead.</source>
        <translation>Questo account WhatsApp Business è già configurato su questo relay. Associ invece questo PC con un codice da un PC del Suo negozio già configurato (Impostazioni → “Associa un altro PC”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay could not send the e-mail right now. Try again in a minute.</source>
        <translation>Il relay non è riuscito a inviare l&apos;e-mail in questo momento. Riprovi tra un minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your e-mail address, for example laden@example.com.</source>
        <translation>Inserisca il Suo indirizzo e-mail, per esempio negozio@example.com.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your shop is created on the relay and this PC is paired. The device key and token are kept {place}.</source>
        <translation>Il Suo negozio è stato creato sul relay e questo PC è associato. La chiave e il token del dispositivo sono conservati {place}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/relay_media.py" line="+35"/>
        <source>Paste the Meta access token first.</source>
        <translation>Incolli prima il token di accesso di Meta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The relay now keeps the photos, voice notes and documents your customers send until this computer has them, even if it is off for more than a week.</source>
        <translation>Ora il relay conserva le foto, i messaggi vocali e i documenti inviati dai Suoi clienti finché questo computer non li ha ricevuti, anche se resta spento per più di una settimana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay no longer keeps your customers&apos; files; Klaros fetches them from WhatsApp, which keeps them for about 7 days.</source>
        <translation>Il relay non conserva più i file dei Suoi clienti; Klaros li scarica da WhatsApp, che li conserva per circa 7 giorni.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/webhook.py" line="+33"/>
        <source>Meta has not checked the address yet. In Meta&apos;s App Dashboard, open WhatsApp → Configuration, enter the callback URL and verify token shown here, click “Verify and save”, then test again.</source>
        <translation>Meta non ha ancora verificato l&apos;indirizzo. Nella dashboard dell&apos;app di Meta apra WhatsApp → Configurazione, inserisca l&apos;URL di callback e il token di verifica mostrati qui, faccia clic su “Verifica e salva”, poi ripeta la prova.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta checked the address {when}, but no message has arrived yet. Subscribe to the “messages” field on the same page, then send a WhatsApp message to your shop&apos;s number from any phone and test again.</source>
        <translation>Meta ha verificato l&apos;indirizzo {when}, ma non è ancora arrivato nessun messaggio. Sottoscriva il campo “messages” nella stessa pagina, poi invii un messaggio WhatsApp al numero del Suo negozio da un telefono qualsiasi e ripeta la prova.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything works: Meta checked the address {checked} and the last message arrived {arrived}.</source>
        <translation>Tutto funziona: Meta ha verificato l&apos;indirizzo {checked} e l&apos;ultimo messaggio è arrivato {arrived}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="-21"/>
        <source>This profile is not paired with a relay yet; {fix}.</source>
        <translation>Questo profilo non è ancora associato a un relay; {fix}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This profile is not connected to Meta yet; {fix}.</source>
        <translation>Questo profilo non è ancora collegato a Meta; {fix}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+151"/>
        <source>Set up Klaros</source>
        <translation>Configura Klaros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>Sketch</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+27"/>
        <source>Business info</source>
        <translation>Informazioni sull&apos;azienda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>System users</source>
        <translation>Utenti di sistema</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apps</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp accounts</source>
        <translation>Account WhatsApp</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>business.facebook.com  ›  Settings</source>
        <translation>business.facebook.com  ›  Impostazioni</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No system users yet.</source>
        <translation>Ancora nessun utente di sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add</source>
        <translation>+ Aggiungi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create system user</source>
        <translation>Crea utente di sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Assign assets</source>
        <translation>Assegna risorse</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Apps: your app — Full control</source>
        <translation>App: la Sua app — Controllo completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp accounts: your shop — Full control</source>
        <translation>Account WhatsApp: il Suo negozio — Controllo completo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate new token</source>
        <translation>Genera nuovo token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App: your app</source>
        <translation>App: la Sua app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: Never</source>
        <translation>Scadenza: mai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate token</source>
        <translation>Genera token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your token</source>
        <translation>Il Suo token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meta shows it only once.</source>
        <translation>Meta lo mostra una sola volta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-452"/>
        <source>Your relay</source>
        <translation>Il Suo relay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WhatsApp Business account</source>
        <translation>Account WhatsApp Business</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check and finish</source>
        <translation>Verifica e concludi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {n} of 3: {name}</source>
        <translation>Passo {n} di 3: {name}</translation>
    </message>
</context>
<context>
    <name>TemplateBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="+78"/>
        <source>Map: {place}</source>
        <translation>Mappa: {place}</translation>
    </message>
</context>
<context>
    <name>TemplateDrafts</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_drafts.py" line="+164"/>
        <source>The name may only hold lowercase letters, digits and underscores, for example order_ready.</source>
        <translation>Il nome può contenere solo lettere minuscole, cifre e trattini bassi, per esempio ordine_pronto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whether it is a marketing or a utility message.</source>
        <translation>Scelga se è un messaggio di marketing o di utilità.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the message text.</source>
        <translation>Scriva il testo del messaggio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message text is longer than {n} characters.</source>
        <translation>Il testo del messaggio supera {n} caratteri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>This template names its values, such as {example}: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Questo modello dà un nome ai suoi valori, come {example}: usi lettere minuscole, cifre e trattini bassi, iniziando con una lettera.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Number the values {numbers} in order.</source>
        <translation>Numeri i valori {numbers} in ordine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta refuses a value at the very start or end of the text; put a word before and after it.</source>
        <translation>Meta rifiuta un valore proprio all&apos;inizio o alla fine del testo; metta una parola prima e una dopo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example for each value, as a customer would read it (Meta&apos;s review looks at them).</source>
        <translation>Dia un esempio per ogni valore, come lo leggerebbe un cliente (la revisione di Meta li esamina).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header and footer may have at most {n} characters each.</source>
        <translation>Intestazione e piè di pagina possono avere al massimo {n} caratteri ciascuno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the picture, video or document shown at the top (Meta&apos;s review looks at it).</source>
        <translation>Scelga l&apos;immagine, il video o il documento mostrato in alto (la revisione di Meta lo guarda).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {n} buttons of at most {chars} characters each.</source>
        <translation>Al massimo {n} pulsanti di al massimo {chars} caratteri ciascuno.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The header may hold one value at most.</source>
        <translation>L’intestazione può contenere al massimo un valore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header&apos;s value is written {value}.</source>
        <translation>Il valore dell’intestazione si scrive {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example for the header&apos;s value (Meta&apos;s review looks at it).</source>
        <translation>Dai un esempio per il valore dell’intestazione (la revisione di Meta lo guarda).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta allows a copy-code button only in marketing templates.</source>
        <translation>Meta consente un pulsante Copia codice solo nei modelli di marketing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta allows one copy-code button per template.</source>
        <translation>Meta consente un solo pulsante Copia codice per modello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example code for the copy-code button, at most {n} characters (each customer gets their own when sending).</source>
        <translation>Dai un codice di esempio per il pulsante Copia codice, massimo {n} caratteri (ogni cliente riceve il proprio all’invio).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meta allows at most two link buttons and one call button.</source>
        <translation>Meta consente al massimo due pulsanti link e un pulsante di chiamata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every link and call button a label.</source>
        <translation>Dia un&apos;etichetta a ogni pulsante link e di chiamata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A link button needs a web address starting with https://, for example https://example.com/shop.</source>
        <translation>Un pulsante link richiede un indirizzo web che inizi con https://, per esempio https://example.com/negozio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link may hold one value, {value}, and only at its very end.</source>
        <translation>Un link può contenere un solo valore, {value}, e solo alla fine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example of the whole link with its value filled in (Meta&apos;s review opens it).</source>
        <translation>Dia un esempio del link completo con il valore inserito (la revisione di Meta lo apre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call button needs a phone number with its country code, for example +49 30 1234567.</source>
        <translation>Un pulsante di chiamata richiede un numero di telefono con il prefisso internazionale, per esempio +39 06 1234567.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meta takes a JPEG or PNG picture, an MP4 video or a PDF document here; this file is none of them.</source>
        <translation>Qui Meta accetta un&apos;immagine JPEG o PNG, un video MP4 o un documento PDF; questo file non è nessuno di questi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>Il file non si può leggere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty or larger than Meta allows ({mb} MB).</source>
        <translation>Il file è vuoto o più grande di quanto Meta consente ({mb} MB).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+30"/>
        <source>Edit template</source>
        <translation>Modifica modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order_ready</source>
        <translation>ordine_pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name</source>
        <translation>Nome del modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Utility: about an order, an appointment, an account</source>
        <translation>Utilità: su un ordine, un appuntamento, un account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing: offers, news, invitations</source>
        <translation>Marketing: offerte, novità, inviti</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>What is at the top</source>
        <translation>In alto nel messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Header</source>
        <translation>Intestazione</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Optional, bold above the text</source>
        <translation>Facoltativa, in grassetto sopra il testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to {n} characters; may hold one value, {value}, given when sending.</source>
        <translation>Massimo {n} caratteri; può contenere un valore, {value}, dato all’invio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example for the header&apos;s value</source>
        <translation>Esempio per il valore dell’intestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation>Esempio:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit.</source>
        <translation>Buongiorno {{1}}, il Suo ordine {{2}} è pronto per il ritiro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+28"/>
        <source>Footer</source>
        <translation>Piè di pagina</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Optional, small under the text</source>
        <translation>Facoltativo, in piccolo sotto il testo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick reply buttons</source>
        <translation>Pulsanti di risposta rapida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, comma separated: Ja, Nein</source>
        <translation>Facoltativi, separati da virgole: Sì, No</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Link button</source>
        <translation>+ Pulsante link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Call button</source>
        <translation>+ Pulsante di chiamata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Copy-code button</source>
        <translation>+ Pulsante Copia codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A button that copies a code, such as a coupon; marketing templates only.</source>
        <translation>Un pulsante che copia un codice, ad esempio un coupon; solo nei modelli di marketing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply buttons</source>
        <translation>Pulsanti di risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links, calls, codes</source>
        <translation>Link, chiamate, codici</translation>
    </message>
    <message>
        <source>Links, calls</source>
        <translation type="vanished">Link, chiamate</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+65"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="vanished">Pulsanti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meta reviews the change again; until it approves it, the template cannot be sent. An approved template can be changed once a day and up to 10 times in 30 days, and keeps its category.</source>
        <translation>Meta esamina di nuovo la modifica; finché non la approva, il modello non si può inviare. Un modello approvato si può modificare una volta al giorno e fino a 10 volte in 30 giorni, e mantiene la sua categoria.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer sees</source>
        <translation>Cosa vede il cliente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Submit the change to Meta</source>
        <translation>Invia la modifica a Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit to Meta for review</source>
        <translation>Invia a Meta per la revisione</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name and language of a template cannot be changed</source>
        <translation>Nome e lingua di un modello non si possono modificare</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Immagini (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos (*.mp4)</source>
        <translation>Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file shown at the top</source>
        <translation>Scegli il file mostrato in alto</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Example for {value}</source>
        <translation>Esempio per {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A map; you give the place (name and address) each time you send.</source>
        <translation>Una mappa; indichi il luogo (nome e indirizzo) a ogni invio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New file: {name}</source>
        <translation>Nuovo file: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current file stays (Klaros sends it to Meta again).</source>
        <translation>Il file attuale resta (Klaros lo invia di nuovo a Meta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file Meta&apos;s review sees.</source>
        <translation>Scelga il file che vedrà la revisione di Meta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>value {n}</source>
        <translation>valore {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for {name}</source>
        <translation>Esempio per {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for value {n}</source>
        <translation>Esempio per il valore {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not connected to Meta; set it up first (File → Set up connection…).</source>
        <translation>Non connesso a Meta; configuri prima la connessione (File → Configura connessione…).</translation>
    </message>
</context>
<context>
    <name>TemplateEdits</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_edits.py" line="+46"/>
        <source>Nothing has changed yet; change the text, a button or the category first.</source>
        <translation>Non è ancora cambiato nulla; modifichi prima il testo, un pulsante o la categoria.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Meta is still reviewing this template; you can change it once the review is over.</source>
        <translation>Meta sta ancora esaminando questo modello; potrà modificarlo al termine della revisione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta only lets you change approved, rejected or paused templates; this one is {status}.</source>
        <translation>Meta consente di modificare solo modelli approvati, rifiutati o in pausa; questo è {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros does not know Meta&apos;s number for this template yet; press “Refresh from Meta” first.</source>
        <translation>Klaros non conosce ancora il numero di Meta per questo modello; prema prima “Aggiorna da Meta”.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (a picture, video or document header, link or call buttons, named values or an authentication code); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Questo modello ha parti che Klaros non può ancora modificare (un&apos;intestazione con immagine, video o documento, pulsanti link o di chiamata, valori con nome o un codice di autenticazione); lo modifichi in Gestione WhatsApp di Meta.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (an authentication code, a value in the header, copy-code, form or catalogue buttons, a location or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Questo modello ha parti che Klaros non sa ancora modificare (un codice di autenticazione, un valore nell&apos;intestazione, pulsanti copia codice, modulo o catalogo, una posizione o schede); lo modifichi in Gestione WhatsApp di Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template has parts Klaros cannot edit (an authentication code, whose text Meta writes itself; form or catalogue buttons, which point at a form or catalogue set up in Meta&apos;s tools; or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation>Questo modello ha parti che Klaros non può modificare (un codice di autenticazione, il cui testo è scritto da Meta; pulsanti di modulo o catalogo, che rimandano a un modulo o catalogo configurato negli strumenti di Meta; o schede); modificalo nel WhatsApp Manager di Meta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meta lets you change an approved template once a day; you can change this one again after {when}.</source>
        <translation>Meta consente di modificare un modello approvato una volta al giorno; potrà modificare di nuovo questo dopo {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta lets you change an approved template up to 10 times in 30 days; the next change is possible after {when}.</source>
        <translation>Meta consente di modificare un modello approvato fino a 10 volte in 30 giorni; la prossima modifica sarà possibile dopo {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no template {name} in {language} here; refresh the templates from Meta first.</source>
        <translation>Qui non c&apos;è nessun modello {name} in {language}; aggiorni prima i modelli da Meta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name and language of a template cannot be changed; create a new template instead.</source>
        <translation>Nome e lingua di un modello non si possono modificare; crei invece un nuovo modello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta does not let you change the category of an approved template; create a new template instead.</source>
        <translation>Meta non consente di cambiare la categoria di un modello approvato; crei invece un nuovo modello.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+232"/>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In revisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>Utilità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Autenticazione</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+42"/>
        <source>Meta found the content abusive or against its commerce and business policies.</source>
        <translation>Meta ha ritenuto il contenuto offensivo o contrario alle sue normative commerciali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format is not valid, for example variables not numbered {{1}}, {{2}}… in order, or a variable at the very start or end.</source>
        <translation>Il formato non è valido, per esempio variabili non numerate in ordine {{1}}, {{2}}… o una variabile proprio all&apos;inizio o alla fine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta found it too promotional for its rules (for example a giveaway or pushy wording).</source>
        <translation>Meta lo ha ritenuto troppo promozionale per le sue regole (per esempio un concorso a premi o toni insistenti).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The chosen category does not match what the message says.</source>
        <translation>La categoria scelta non corrisponde al contenuto del messaggio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta suspected the message of being a scam.</source>
        <translation>Meta ha sospettato che il messaggio fosse una truffa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta rates customers&apos; reactions to it as medium: some block or report it. Check that it is wanted and well timed.</source>
        <translation>Meta giudica medie le reazioni dei clienti: alcuni lo bloccano o lo segnalano. Verifichi che sia gradito e inviato al momento giusto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta rates customers&apos; reactions to it as low: many block or report it. Meta may pause it; change the text or send it less often.</source>
        <translation>Meta giudica basse le reazioni dei clienti: molti lo bloccano o lo segnalano. Meta può metterlo in pausa; cambi il testo o lo invii meno spesso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: the place given when sending</source>
        <translation>Mappa: il luogo viene indicato all’invio</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="-60"/>
        <source>Copy code</source>
        <translation>Copia codice</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+87"/>
        <source>Message templates</source>
        <translation>Modelli di messaggio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template details</source>
        <translation>Dettagli del modello</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template preview</source>
        <translation>Anteprima del modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer sees</source>
        <translation>Cosa vede il cliente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh from Meta</source>
        <translation>Aggiorna da Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New template…</source>
        <translation>Nuovo modello…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected template&apos;s text or buttons; Meta reviews it again</source>
        <translation>Modifica il testo o i pulsanti del modello selezionato; Meta lo esamina di nuovo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No templates yet. Create them in Meta&apos;s WhatsApp Manager, then press “Refresh from Meta”.</source>
        <translation>Ancora nessun modello. Li crei in Gestione WhatsApp di Meta, poi prema “Aggiorna da Meta”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} templates, {a} approved. Approvals from Meta appear here by themselves.</source>
        <translation>{n} modelli, {a} approvati. Le approvazioni di Meta compaiono qui da sole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet.</source>
        <translation>Ancora nessun modello.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Meta is reviewing it; the result appears here by itself.</source>
        <translation>Meta lo sta esaminando; il risultato comparirà qui da solo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta will change this template&apos;s category from {old} to {new} {when}.</source>
        <translation>Meta cambierà la categoria di questo modello da {old} a {new} {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soon</source>
        <translation>a breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing messages cost more than utility messages, and they are charged even while the customer&apos;s 24-hour window is open.</source>
        <translation>I messaggi di marketing costano più dei messaggi di utilità e vengono addebitati anche mentre la finestra di 24 ore del cliente è aperta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utility messages cost less than marketing messages, and they are free while the customer&apos;s 24-hour window is open.</source>
        <translation>I messaggi di utilità costano meno dei messaggi di marketing e sono gratuiti mentre la finestra di 24 ore del cliente è aperta.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not connected to Meta; set it up in Settings first.</source>
        <translation>Non connesso a Meta; configuri prima la connessione nelle Impostazioni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Meta for the templates…</source>
        <translation>Richiesta dei modelli a Meta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>({n} received from Meta)</source>
        <translation>({n} ricevuti da Meta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta non ha risposto: {error}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../klaros_desktop/ui/inbox.py" line="-895"/>
        <source>Conversation messages</source>
        <translation>Messaggi della conversazione</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit before it goes</source>
        <translation>Modifica prima dell&apos;invio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Copy text</source>
        <translation>Copia testo</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send as template instead</source>
        <translation>Invia invece come modello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>React…</source>
        <translation>Reagisci…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward…</source>
        <translation>Inoltra…</translation>
    </message>
</context>
<context>
    <name>TokenGuide</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+8"/>
        <source>How to create a permanent access token</source>
        <translation>Come creare un token di accesso permanente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Meta Business Suite, open Settings → System users and click “Add”.</source>
        <translation>In Meta Business Suite apra Impostazioni → Utenti di sistema e faccia clic su “Aggiungi”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the system user (for example “klaros”), choose the role Admin and click “Create”.</source>
        <translation>Dia un nome all&apos;utente di sistema (per esempio “klaros”), scelga il ruolo Amministratore e faccia clic su “Crea”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Assign assets”: give it your app and your shop&apos;s WhatsApp account, each with full control.</source>
        <translation>Faccia clic su “Assegna risorse”: gli assegni la Sua app e l&apos;account WhatsApp del Suo negozio, ciascuno con controllo completo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click “Generate new token”, choose your app, set the expiry to “Never”, and tick exactly these two permissions: {first} and {second}.</source>
        <translation>Faccia clic su “Genera nuovo token”, scelga la Sua app, imposti la scadenza su “Mai” e selezioni esattamente queste due autorizzazioni: {first} e {second}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the token and paste it into Klaros (Meta shows it only once; spaces and line breaks are fine).</source>
        <translation>Copi il token e lo incolli in Klaros (Meta lo mostra una sola volta; spazi e a capo non sono un problema).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Open System users</source>
        <translation>Apri Utenti di sistema</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Picture {n} of {total}</source>
        <translation>Immagine {n} di {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../klaros_desktop/ui/update_notice.py" line="+47"/>
        <source>Update download</source>
        <translation>Download dell&apos;aggiornamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Novità</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart to update</source>
        <translation>Riavvia per aggiornare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading Klaros %1 in the background. You can keep working.</source>
        <translation>Download di Klaros %1 in background. Può continuare a lavorare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 is ready — restart to update. Your messages and contacts are kept.</source>
        <translation>La versione %1 è pronta: riavvii per aggiornare. Messaggi e contatti vengono conservati.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klaros was updated to version %1.</source>
        <translation>Klaros è stato aggiornato alla versione %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update to version %1 did not pass its check, so Klaros went back to version %2. Nothing was lost.</source>
        <translation>L&apos;aggiornamento alla versione %1 non ha superato la verifica, quindi Klaros è tornato alla versione %2. Non è andato perso nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What&apos;s new in Klaros %1</source>
        <translation>Novità di Klaros %1</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../klaros_desktop/updater.py" line="+53"/>
        <source>The update server&apos;s signed list of releases has expired, so Klaros did not trust it and keeps this version. Your Klaros supplier has to renew it.</source>
        <translation>L&apos;elenco firmato delle versioni sul server degli aggiornamenti è scaduto, quindi Klaros non lo ha ritenuto affidabile e mantiene questa versione. Il Suo fornitore di Klaros deve rinnovarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The downloaded update does not match what the Klaros publisher signed, so it was thrown away. Klaros keeps this version and is safe to use.</source>
        <translation>L&apos;aggiornamento scaricato non corrisponde a quanto firmato dall&apos;editore di Klaros, quindi è stato scartato. Klaros mantiene questa versione e si può usare in sicurezza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update server&apos;s list of releases is not signed by the Klaros publisher, so Klaros did not trust it and keeps this version.</source>
        <translation>L&apos;elenco delle versioni sul server degli aggiornamenti non è firmato dall&apos;editore di Klaros, quindi Klaros non lo ha ritenuto affidabile e mantiene questa versione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros could not reach its update server. It will try again later.</source>
        <translation>Klaros non è riuscito a raggiungere il server degli aggiornamenti. Riproverà più tardi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not save the update on this computer (the disk may be full). It keeps this version.</source>
        <translation>Klaros non è riuscito a salvare l&apos;aggiornamento su questo computer (il disco potrebbe essere pieno). Mantiene questa versione.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="-1117"/>
        <source>Value of {variable}</source>
        <translation>Valore di {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact field: {field}</source>
        <translation>Campo del contatto: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text</source>
        <translation>Testo fisso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same text for everyone</source>
        <translation>Lo stesso testo per tutti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text for {variable}</source>
        <translation>Testo fisso per {variable}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the contact has none, write…</source>
        <translation>Se il contatto non ce l&apos;ha, scriva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback for {variable}</source>
        <translation>Valore di riserva per {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if empty:</source>
        <translation>se vuoto:</translation>
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
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Open in your video player</source>
        <translation>Apri nel tuo lettore video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video cannot be played here.</source>
        <translation>Questo video non può essere riprodotto qui.</translation>
    </message>
</context>
<context>
    <name>_LiveCheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+131"/>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result of this step</source>
        <translation>Esito di questo passo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changed: check again.</source>
        <translation>Modificato: verifichi di nuovo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
</context>
<context>
    <name>delegates</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="-547"/>
        <location line="+142"/>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>opted out</source>
        <translation>consenso revocato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Not sent</source>
        <translation>⚠ Non inviato</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today</source>
        <translation>Oggi</translation>
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
        <translation>Messaggio vocale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Scheda contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction</source>
        <translation>Reazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message WhatsApp sent in a format Klaros cannot show</source>
        <translation>Un messaggio inviato da WhatsApp in un formato che Klaros non può mostrare</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="-272"/>
        <source>Save as</source>
        <translation>Salva con nome</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../klaros_desktop/commands/demo.py" line="+45"/>
        <source>DEMO (simulated customers)</source>
        <translation>DEMO (clienti simulati)</translation>
    </message>
</context>
</TS>
