<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+64"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label, e.g. Zum Shop</source>
        <translation>Libellé, p. ex. Vers la boutique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label, e.g. Anrufen</source>
        <translation>Libellé, p. ex. Appeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link button label</source>
        <translation>Libellé du bouton de lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call button label</source>
        <translation>Libellé du bouton d&apos;appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example code, e.g. SPRING25</source>
        <translation>Code d’exemple, p. ex. PRINTEMPS25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example code</source>
        <translation>Code d’exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in marketing templates; a code of up to {n} characters. Each customer gets their own code when you send.</source>
        <translation>Uniquement dans les modèles marketing ; un code de {n} caractères au plus. Chaque client reçoit son propre code à l’envoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole link with an example value</source>
        <translation>Lien complet avec une valeur d&apos;exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example link</source>
        <translation>Lien d&apos;exemple</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this button</source>
        <translation>Retirer ce bouton</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example:</source>
        <translation>Exemple&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../klaros_desktop/services/analytics/budget.py" line="+70"/>
        <source>{amount!r} is not an amount of money.</source>
        <translation>{amount!r} n’est pas un montant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{amount!r} could be {grouped} or {fraction}; type it without the thousands separator, like {grouped}.</source>
        <translation>{amount!r} peut se lire {grouped} ou {fraction}&#x202f;; saisissez-le sans séparateur de milliers, comme {grouped}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A monthly budget must be more than zero.</source>
        <translation>Un budget mensuel doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{currency!r} is not a currency code like EUR or USD.</source>
        <translation>{currency!r} n’est pas un code de devise comme EUR ou USD.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Monthly budget saved.</source>
        <translation>Budget mensuel enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget removed.</source>
        <translation>Budget mensuel supprimé.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Some of this month&apos;s messages have no price in the rate card, so the month&apos;s total may be higher than shown.</source>
        <translation>Certains messages de ce mois n’ont pas de prix dans la grille tarifaire&#x202f;: le total du mois peut donc être plus élevé qu’indiqué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign would cost about {forecast} {currency}. With {spent} {currency} already spent this month, that is more than your monthly budget of {budget} {currency}.</source>
        <translation>Cette campagne coûterait environ {forecast} {currency}. Avec {spent} {currency} déjà dépensés ce mois-ci, cela dépasse votre budget mensuel de {budget} {currency}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/cost.py" line="+36"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility (order and account updates)</source>
        <translation>Utilitaire (mises à jour de commande et de compte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication (login codes)</source>
        <translation>Authentification (codes de connexion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication, international rate</source>
        <translation>Authentification, tarif international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing (Marketing Messages API)</source>
        <translation>Marketing (API Marketing Messages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service (replies in a chat)</source>
        <translation>Service (réponses dans une discussion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an ad or page button</source>
        <translation>Après une publicité ou un bouton de Page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free: inside the 24-hour customer-service window</source>
        <translation>Gratuit&#x202f;: dans la fenêtre de service client de 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free: the customer came from an ad or a page button (free entry point, 72 hours)</source>
        <translation>Gratuit&#x202f;: le client venait d’une publicité ou d’un bouton de Page (point d’entrée gratuit, 72 heures)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rates for this period are in different currencies ({currencies}), so Klaros does not add them up. Import one rate card in the currency Meta bills you in.</source>
        <translation>Les tarifs de cette période sont dans des devises différentes ({currencies}), Klaros ne les additionne donc pas. Importez une seule grille tarifaire, dans la devise de facturation de Meta.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/delivery.py" line="+110"/>
        <source>Messages without a template (replies in a chat)</source>
        <translation>Sans modèle (réponses libres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not part of a campaign</source>
        <translation>Hors campagne</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/reconcile.py" line="+109"/>
        <source>Meta counted {n} more delivered messages than Klaros has. They were sent from another tool or from WhatsApp Manager, not from Klaros, so Klaros cannot show them.</source>
        <translation>Meta a compté plus de messages distribués que Klaros ({n} de plus). Ils ont été envoyés depuis un autre outil ou depuis le Gestionnaire WhatsApp, pas depuis Klaros&#x202f;: Klaros ne peut donc pas les afficher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} messages are still waiting for their delivery report from Meta; the figures will agree once it arrives.</source>
        <translation>Messages attendant encore leur accusé de distribution de Meta&#x202f;: {n}&#x202f;; les chiffres concorderont dès son arrivée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros counted {n} more delivered messages than Meta reports yet. Meta updates its figures with a delay, and counts a message on the day it was delivered.</source>
        <translation>Klaros a compté plus de messages distribués que ce que Meta indique pour l’instant ({n} de plus). Meta met à jour ses chiffres avec un délai et compte un message le jour de sa distribution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta charged {meta} {currency} where Klaros&apos;s rate card says {local} {currency} for the same messages. The rate card is out of date: import Meta&apos;s newest rate CSV.</source>
        <translation>Meta a facturé {meta} {currency} là où la grille tarifaire de Klaros indique {local} {currency} pour les mêmes messages. La grille tarifaire n’est plus à jour&#x202f;: importez le fichier CSV de tarifs le plus récent de Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s figures and Meta&apos;s agree.</source>
        <translation>Les chiffres de Klaros et ceux de Meta concordent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta bills this account in {meta}, the rate card is in {local}: the amounts cannot be compared. Import the rate card in {meta}.</source>
        <translation>Meta facture ce compte en {meta}, la grille tarifaire est en {local}&#x202f;: les montants ne peuvent pas être comparés. Importez la grille tarifaire en {meta}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Meta keeps figures per template for 90 days only; choose a shorter period to compare them.</source>
        <translation>Meta ne conserve les chiffres par modèle que 90 jours&#x202f;; choisissez une période plus courte pour les comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta gave no figures per template: {reason}</source>
        <translation>Meta n’a fourni aucun chiffre par modèle&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Klaros is not connected to Meta, so Meta&apos;s own figures could not be asked for.</source>
        <translation>Klaros n’est pas connecté à Meta&#x202f;: les chiffres de Meta n’ont donc pas pu être demandés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta did not give its figures: {reason}</source>
        <translation>Meta n’a pas fourni ses chiffres&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+66"/>
        <source>under a minute</source>
        <translation>moins d’une minute</translation>
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
        <translation>{d} jours</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose days…</source>
        <translation>Choisir les jours…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with the period before</source>
        <translation>Comparer avec la période précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report as CSV…</source>
        <translation>Enregistrer le rapport en CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Période&#x202f;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>messages sent</source>
        <translation>messages envoyés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>distribués</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered within 24 hours</source>
        <translation>avec réponse sous 24 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not delivered</source>
        <translation>non distribués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charged by Meta</source>
        <translation>facturés par Meta</translation>
    </message>
    <message>
        <source>not confirmed by WhatsApp</source>
        <translation type="vanished">non confirmés par WhatsApp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From sent to answered</source>
        <translation>De l’envoi à la réponse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the funnel per</source>
        <translation>Afficher l’entonnoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per template</source>
        <translation>par modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per campaign</source>
        <translation>par campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per tag</source>
        <translation>par étiquette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+295"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Not delivered</source>
        <translation>Non distribués</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Funnel per template, campaign or tag</source>
        <translation>Entonnoir par modèle, campagne ou étiquette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why Meta did not deliver</source>
        <translation>Pourquoi Meta n’a pas distribué</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+325"/>
        <location line="+5"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Messages not delivered, by reason</source>
        <translation>Messages non distribués, par motif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>half of the customers got an answer within</source>
        <translation>la moitié des clients ont reçu une réponse en moins de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 in 10 got an answer within</source>
        <translation>9 sur 10 ont reçu une réponse en moins de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages still without an answer</source>
        <translation>messages de clients encore sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chats where you can write freely now (24-hour window open)</source>
        <translation>discussions où vous pouvez écrire librement maintenant (fenêtre de 24 heures ouverte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from customers per day</source>
        <translation>Messages de clients par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers write (hour of the week)</source>
        <translation>Quand les clients écrivent (heure de la semaine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opt-ins and opt-outs per day</source>
        <translation>Consentements et désinscriptions par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Opt-ins and opt-outs</source>
        <translation>Consentements et désinscriptions</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+340"/>
        <source>Charged messages per day</source>
        <translation>Messages facturés par jour</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Charged messages by category</source>
        <translation>Messages facturés par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+340"/>
        <source>Charged messages</source>
        <translation>Messages facturés</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cost by category</source>
        <translation>Coût par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cost by country</source>
        <translation>Coût par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template or campaign</source>
        <translation>Modèle ou campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by template and campaign</source>
        <translation>Coût par modèle et par campagne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This month&apos;s charges against the budget</source>
        <translation>Frais de ce mois par rapport au budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 150</source>
        <translation>p. ex. 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Montant du budget mensuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget currency</source>
        <translation>Devise du budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Enregistrer le budget</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with Meta&apos;s figures</source>
        <translation>Comparer avec les chiffres de Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta keeps its own count of what it delivered and charged. Compare it with Klaros&apos;s to see whether anything was sent from elsewhere.</source>
        <translation>Meta tient son propre décompte de ce qu’il a distribué et facturé. Comparez-le avec celui de Klaros pour voir si quelque chose a été envoyé d’ailleurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Décomptes de Klaros et de Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Klaros)</source>
        <translation>Envoyés (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Meta)</source>
        <translation>Envoyés (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (Klaros)</source>
        <translation>Distribués (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered (Meta)</source>
        <translation>Distribués (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read (Klaros)</source>
        <translation>Lus (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read (Meta)</source>
        <translation>Lus (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per template, Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Décomptes de Klaros et de Meta par modèle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not delivered, by Meta&apos;s reason (double-click to see the messages)</source>
        <translation>Non distribués, par motif de Meta (double-cliquez pour voir les messages)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Importer la grille tarifaire de Meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s rates CSV (from Meta&apos;s pricing page): prices this screen&apos;s messages, and the campaigns&apos; forecasts</source>
        <translation>Le CSV des tarifs de Meta (depuis sa page de prix) : chiffre les messages de cet écran et les prévisions des campagnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was free, and why</source>
        <translation>Ce qui était gratuit, et pourquoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By template and campaign</source>
        <translation>Par modèle et par campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta&apos;s own figures</source>
        <translation>Chiffres de Meta</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{label}: {value}</source>
        <translation>{label}&#x202f;: {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The numbers could not be read: {error}</source>
        <translation>Les chiffres n’ont pas pu être lus&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>before: {n}</source>
        <translation>avant&#x202f;: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} messages</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed by WhatsApp: {n} (they may or may not have reached the customer)</source>
        <translation>Non confirmés par WhatsApp : {n} (ils ont peut-être atteint le client, peut-être pas)</translation>
    </message>
    <message>
        <source>may or may not have reached the customer</source>
        <translation type="vanished">ont peut-être atteint le client, peut-être pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} charged messages</source>
        <translation>{n} messages facturés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>charged messages (no prices yet)</source>
        <translation>messages facturés (pas encore de prix)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>of {n} times a customer wrote</source>
        <translation>sur {n} fois où un client a écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed to messages</source>
        <translation>Ont accepté les messages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped messages</source>
        <translation>Ont arrêté les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote a keyword (STOP / START)</source>
        <translation>ont écrit un mot-clé (STOP / START)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pressed a button</source>
        <translation>ont appuyé sur un bouton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from a file</source>
        <translation>importés depuis un fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entered in Klaros</source>
        <translation>saisis dans Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing in WhatsApp</source>
        <translation>ont arrêté le marketing dans WhatsApp</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period before</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges per day ({currency})</source>
        <translation>Frais par jour ({currency})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no template)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign: {name}</source>
        <translation>Campagne&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not charged because never delivered: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Non facturés car jamais distribués&#x202f;: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still waiting for Meta&apos;s report on the price: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>En attente du rapport de Meta sur le prix&#x202f;: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free messages in this period.</source>
        <translation>Aucun message gratuit sur cette période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts in {currency}, Meta&apos;s rates as of {date}; Meta&apos;s own category and price type from each delivery report.</source>
        <translation>Montants en {currency}, tarifs de Meta au {date}&#x202f;; catégorie et type de prix de Meta d’après chaque accusé de distribution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts from Meta&apos;s delivery reports. Amounts appear once a rate card with Meta&apos;s prices is imported.</source>
        <translation>Décomptes d’après les accusés de distribution de Meta. Les montants apparaissent dès qu’une grille tarifaire avec les prix de Meta est importée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No monthly budget set. Set one to see this month&apos;s charges against it; campaigns warn before they would go over it.</source>
        <translation>Aucun budget mensuel défini. Définissez-en un pour comparer les frais de ce mois&#x202f;; les campagnes vous avertissent avant de le dépasser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget {budget} a month. This month&apos;s charges cannot be priced in {currency} yet.</source>
        <translation>Budget de {budget} par mois. Les frais de ce mois ne peuvent pas encore être chiffrés en {currency}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month so far: {spent} of {budget} ({share}).</source>
        <translation>Ce mois-ci jusqu’à présent&#x202f;: {spent} sur {budget} ({share}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the budget.</source>
        <translation>Budget dépassé.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="+19"/>
        <source>Import Meta&apos;s price list</source>
        <translation>Importer la grille tarifaire de Meta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation>Prix importés pour {n} marchés en {currency}, valables à partir du {day}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+57"/>
        <source>Asking Meta…</source>
        <translation>Demande à Meta en cours…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta n’a pas répondu&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta counted {n} delivered messages, {cost} charged.</source>
        <translation>Meta a compté {n} messages distribués, {cost} facturés.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save picture</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save table</source>
        <translation>Enregistrer le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="-16"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+20"/>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/attachments.py" line="+121"/>
        <source>Send files to {name}</source>
        <translation>Envoyer des fichiers à {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files to send</source>
        <translation>Fichiers à envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption for the selected file</source>
        <translation>Légende du fichier sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Add a caption (optional)</source>
        <translation>Ajouter une légende (facultatif)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+23"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send {n} files</source>
        <translation>Envoyer {n} fichiers</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WhatsApp shows no caption on voice messages and stickers</source>
        <translation>WhatsApp n’affiche pas de légende sur les messages vocaux et les stickers</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location line="+25"/>
        <source>Attach photos, videos, voice messages or documents</source>
        <translation>Joindre des photos, vidéos, messages vocaux ou documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos, audio and documents</source>
        <translation>Photos, vidéos, audio et documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pasted picture.png</source>
        <translation>Image collée.png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files can be sent while the customer&apos;s 24-hour window is open, like any free-form message.</source>
        <translation>Les fichiers peuvent être envoyés tant que la fenêtre de 24 heures du client est ouverte, comme tout message libre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The files could not be queued: {error}</source>
        <translation>Les fichiers n’ont pas pu être mis en file d’attente&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>AutoReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/auto_replies.py" line="+109"/>
        <source>write the greeting message, or switch it off</source>
        <translation>rédigez le message d’accueil, ou désactivez-le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the away message, or switch it off</source>
        <translation>rédigez le message d’absence, ou désactivez-le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on {day} the shop closes before it opens</source>
        <translation>le {day}, la boutique ferme avant d’ouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wait at least one hour before the same reply</source>
        <translation>attendez au moins une heure avant la même réponse</translation>
    </message>
</context>
<context>
    <name>AutoRepliesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/auto_replies_dialog.py" line="+33"/>
        <source>Greeting and away messages</source>
        <translation>Messages d’accueil et d’absence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros answers by itself, like the WhatsApp Business app: only to a message that just arrived, only while the customer may be messaged, and not again to the same person within the quiet time. Automatic replies are marked in the chat.</source>
        <translation>Klaros répond tout seul, comme l’application WhatsApp Business&#x202f;: seulement à un message qui vient d’arriver, seulement si le client peut recevoir des messages, et pas une deuxième fois à la même personne pendant le délai de pause. Les réponses automatiques sont signalées dans la discussion.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send it</source>
        <translation>L’envoyer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Greeting: to a customer&apos;s first message</source>
        <translation>Accueil&#x202f;: au premier message d’un client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to our shop! How can we help?</source>
        <translation>Bienvenue dans notre boutique&#x202f;! Comment pouvons-nous vous aider&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away: to a message outside your business hours</source>
        <translation>Absence&#x202f;: à un message reçu en dehors de vos horaires d’ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your message. We are closed now and answer tomorrow from 9 o&apos;clock.</source>
        <translation>Merci pour votre message. Nous sommes fermés pour le moment et vous répondrons demain à partir de 9 heures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opens</source>
        <translation>ouvre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closes</source>
        <translation>ferme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not the same reply to the same person again within</source>
        <translation>Pas la même réponse à la même personne avant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet time in hours</source>
        <translation>Délai de pause en heures</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/backend.py" line="+142"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message en attente</numerusform>
            <numerusform>%n messages en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 message waiting to be sent</source>
        <translation>1 message en attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages waiting to be sent</source>
        <translation>{n} messages en attente d’envoi</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n message(s) not sent</source>
        <translation>
            <numerusform>⚠ %n message non envoyé</numerusform>
            <numerusform>⚠ %n messages non envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 1 message not sent: the chat marked “Not sent” says why</source>
        <translation>⚠ 1 message non envoyé&#x202f;: la discussion marquée «&#x202f;Non envoyé&#x202f;» indique pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {n} messages not sent: the chats marked “Not sent” say why</source>
        <translation>⚠ {n} messages non envoyés&#x202f;: les discussions marquées «&#x202f;Non envoyé&#x202f;» indiquent pourquoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected · no new events yet</source>
        <translation>Connecté · aucun nouvel événement pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected · last event {time}</source>
        <translation>Connecté · dernier événement {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected yet · File → Set up connection…</source>
        <translation>Pas encore connecté · Fichier → Configurer la connexion…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect: no secure password store on this computer · File → Set up connection… says what to install</source>
        <translation>Connexion impossible&#x202f;: aucun coffre de mots de passe sécurisé sur cet ordinateur · Fichier → Configurer la connexion… indique quoi installer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline since {time}</source>
        <translation>Hors ligne depuis {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline since {time} · messages you write wait in the outbox</source>
        <translation>Hors ligne depuis {time} · les messages que vous écrivez attendent dans la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="+411"/>
        <source>Reacted {emoji}</source>
        <translation>A réagi {emoji}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed a reaction</source>
        <translation>A retiré une réaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template “{name}”</source>
        <translation>Modèle «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click here to send a template instead.</source>
        <translation>Cliquez ici pour envoyer plutôt un modèle.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is no longer on this computer.</source>
        <translation>Le fichier n’est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uploading {size}…</source>
        <translation>envoi de {size}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet · next try {time}</source>
        <translation>pas encore envoyé · prochain essai {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Open · Save as…</source>
        <translation>Ouvrir · Enregistrer sous…</translation>
    </message>
</context>
<context>
    <name>CampaignBuilder</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="+166"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name, e.g. Mother&apos;s Day offer</source>
        <translation>Nom, p. ex. Offre fête des mères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1  Who gets it</source>
        <translation>1  Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2  Message</source>
        <translation>2  Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3  Test and send</source>
        <translation>3  Tester et envoyer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign summary</source>
        <translation>Résumé de la campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1005"/>
        <source>Start sending</source>
        <translation>Lancer l’envoi</translation>
    </message>
    <message>
        <location line="-1003"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Campaign name:</source>
        <translation>Nom de la campagne&#x202f;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contacts that match these filters</source>
        <translation>Contacts correspondant à ces filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list of numbers (pasted or from a file)</source>
        <translation>Une liste de numéros (collée ou depuis un fichier)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved audiences</source>
        <translation>Audiences enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these filters…</source>
        <translation>Enregistrer ces filtres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved audience:</source>
        <translation>Audience enregistrée&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Has any of these tags</source>
        <translation>A l’une de ces étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has all of these tags</source>
        <translation>A toutes ces étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has none of these tags</source>
        <translation>N’a aucune de ces étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any of these tags</source>
        <translation>L’une de ces étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And all of these tags</source>
        <translation>Et toutes ces étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>But none of these tags</source>
        <translation>Mais aucune de ces étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the number</source>
        <translation>Pays du numéro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who may get the template</source>
        <translation>Toute personne pouvant recevoir le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those with a recorded opt-in</source>
        <translation>Seulement avec un consentement enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote to you in the last</source>
        <translation>Vous a écrit au cours des derniers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since they last wrote</source>
        <translation>Jours depuis leur dernier message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24-hour window</source>
        <translation>Fenêtre de 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either</source>
        <translation>Peu importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (they wrote in the last 24 hours)</source>
        <translation>Ouverte (a écrit dans les dernières 24 heures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact field</source>
        <translation>Champ du contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is (empty: has any value)</source>
        <translation>est (vide&#x202f;: a une valeur quelconque)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field value</source>
        <translation>Valeur du champ du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact field conditions</source>
        <translation>Conditions sur les champs du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent:</source>
        <translation>Consentement&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Dernier message&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24-hour window:</source>
        <translation>Fenêtre de 24 heures&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field:</source>
        <translation>Champ du contact&#x202f;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One number per line, e.g. +49 151 23456789 (numbers without +country use the shop&apos;s country)</source>
        <translation>Un numéro par ligne, p. ex. +33 6 12 34 56 78 (les numéros sans +indicatif utilisent le pays de la boutique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers to send to</source>
        <translation>Numéros destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a contacts file…</source>
        <translation>Importer un fichier de contacts…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out, and why</source>
        <translation>Exclus, et pourquoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+537"/>
        <source>Forecast cost</source>
        <translation>Coût prévu</translation>
    </message>
    <message>
        <location line="-499"/>
        <source>{field} is “{value}”</source>
        <translation>{field} est «&#x202f;{value}&#x202f;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} has a value</source>
        <translation>{field} a une valeur</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the audience</source>
        <translation>Enregistrer l’audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for these filters, to use them again later:</source>
        <translation>Nom de ces filtres, pour les réutiliser plus tard&#x202f;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none saved yet</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a contacts file</source>
        <translation>Importer un fichier de contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts files (*.csv *.txt *.vcf)</source>
        <translation>Fichiers de contacts (*.csv *.txt *.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not imported: {reason}</source>
        <translation>Non importé&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File at the top of the message</source>
        <translation>Fichier en haut du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or the WhatsApp media id of a file you uploaded</source>
        <translation>ou l’identifiant de média WhatsApp d’un fichier déjà envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp media id for the top of the message</source>
        <translation>Identifiant de média WhatsApp pour le haut du message</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview for</source>
        <translation>Aperçu pour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipients who would get an empty variable</source>
        <translation>Destinataires qui recevraient une variable vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>Modèle&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview for:</source>
        <translation>Aperçu pour&#x202f;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The template shows a map at the top of the message. Give the place: everyone gets the same one. Your map app shows a place&apos;s coordinates (in Google Maps: right-click the place); you may paste both into the first field.</source>
        <translation>Le modèle affiche une carte en haut du message. Indiquez le lieu&#x202f;: tout le monde reçoit le même. Votre application de cartes affiche les coordonnées d’un lieu (dans Google Maps&#x202f;: clic droit sur le lieu)&#x202f;; vous pouvez coller les deux dans le premier champ.</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">p. ex. 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Latitude du lieu</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">p. ex. 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Longitude du lieu</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">p. ex. le nom de votre boutique</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Nom du lieu</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Rue, code postal et ville</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Adresse du lieu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latitude:</source>
        <translation>Latitude&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude:</source>
        <translation>Longitude&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinates:</source>
        <translation>Coordonnées&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse&#x202f;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <source>No place given yet</source>
        <translation>Aucun lieu indiqué pour l’instant</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{category} template. Body: {body}</source>
        <translation>Modèle {category}. Corps&#x202f;: {body}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title {variable}</source>
        <translation>Titre {variable}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code of button {n}</source>
        <translation>Code du bouton {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of button {n}</source>
        <translation>Lien du bouton {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The template shows {what} at the top of the message. Choose the file; it is uploaded to WhatsApp once, when sending starts.</source>
        <translation>Le modèle affiche {what} en haut du message. Choisissez le fichier&#x202f;; il est envoyé une seule fois à WhatsApp, au début de l’envoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a picture</source>
        <translation>une image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a video</source>
        <translation>une vidéo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a document</source>
        <translation>un document</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp media id {id}</source>
        <translation>Identifiant de média WhatsApp {id}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File for the top of the message</source>
        <translation>Fichier pour le haut du message</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Map: {place}</source>
        <translation>Carte&#x202f;: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map: no place given yet</source>
        <translation>Carte&#x202f;: aucun lieu indiqué pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no file chosen yet</source>
        <translation>aucun fichier choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture attached: {name}</source>
        <translation>Image jointe&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video attached: {name}</source>
        <translation>Vidéo jointe&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached: {name}</source>
        <translation>Document joint&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Code of button {n}: {value}</source>
        <translation type="vanished">Code du bouton {n} : {value}</translation>
    </message>
    <message>
        <source>Link of button {n}: …{value}</source>
        <translation type="vanished">Lien du bouton {n}&#x202f;: …{value}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your own WhatsApp number</source>
        <translation>Votre propre numéro WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number for the test message</source>
        <translation>Numéro pour le message de test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start now</source>
        <translation>Lancer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at</source>
        <translation>Lancer à</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start time</source>
        <translation>Heure de lancement</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> messages a second</source>
        <translation> messages par seconde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending speed</source>
        <translation>Vitesse d’envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>80 a second is WhatsApp&apos;s standard for a business number. Go higher only if Meta raised your number&apos;s throughput; lower spreads the replies out.</source>
        <translation>80 par seconde est la norme de WhatsApp pour un numéro professionnel. N’augmentez que si Meta a relevé le débit de votre numéro&#x202f;; plus bas, les réponses arrivent plus étalées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost by country and category</source>
        <translation>Coût par pays et par catégorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What WhatsApp will charge (forecast)</source>
        <translation>Ce que WhatsApp facturera (prévision)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Importer la grille tarifaire de Meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The “Rates (CSV)” file from Meta&apos;s WhatsApp pricing page, in your billing currency</source>
        <translation>Le fichier «&#x202f;Rates (CSV)&#x202f;» de la page des tarifs WhatsApp de Meta, dans votre devise de facturation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the message to yourself first to see it on a phone. The test uses the values your own contact would get (or the fallbacks).</source>
        <translation>Envoyez-vous d’abord le message pour le voir sur un téléphone. Le test utilise les valeurs que recevrait votre propre contact (ou les valeurs par défaut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test:</source>
        <translation>Test&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When:</source>
        <translation>Quand&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>Vitesse&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost:</source>
        <translation>Coût&#x202f;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to WhatsApp; set up the connection first.</source>
        <translation>Pas connecté à WhatsApp&#x202f;; configurez d’abord la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your own WhatsApp number first.</source>
        <translation>Saisissez d’abord votre propre numéro WhatsApp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the test…</source>
        <translation>Envoi du test…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{number}” is not a phone number.</source>
        <translation>«&#x202f;{number}&#x202f;» n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test sent. Check your phone.</source>
        <translation>Test envoyé. Regardez votre téléphone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(time zone {zone})</source>
        <translation>(fuseau horaire {zone})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No approved template yet. Create one in Meta&apos;s WhatsApp Manager and refresh the templates.</source>
        <translation>Aucun modèle approuvé pour l’instant. Créez-en un dans le Gestionnaire WhatsApp de Meta, puis actualisez les modèles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not offered: {names} (a variable, a location or an animation in the heading is not supported yet).</source>
        <translation>Non proposés&#x202f;: {names} (une variable, un lieu ou une animation dans l’en-tête ne sont pas encore pris en charge).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+179"/>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>recipients</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contacts match (choose a template to see who may get it)</source>
        <translation>contacts correspondent (choisissez un modèle pour voir qui peut le recevoir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a phone number: {pieces}</source>
        <translation>Pas un numéro de téléphone&#x202f;: {pieces}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title {length} of {max} characters</source>
        <translation>titre de {length} caractères sur {max}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get an empty value. Give those variables a fallback or fill in the contacts; the campaign cannot start until then.</source>
        <translation>Destinataires qui recevraient une valeur vide&#x202f;: {n}. Donnez une valeur par défaut à ces variables ou complétez les contacts&#x202f;; d’ici là, la campagne ne peut pas démarrer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get a title longer than the {max} characters WhatsApp allows. Shorten those values or fill the title from another field; the campaign cannot start until then.</source>
        <translation>{n} destinataires recevraient un titre plus long que les {max} caractères permis par WhatsApp. Raccourcissez ces valeurs ou remplissez le titre à partir d’un autre champ&#x202f;; la campagne ne peut pas démarrer avant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every recipient gets a value for every variable.</source>
        <translation>Chaque destinataire reçoit une valeur pour chaque variable.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a template to see the cost.</source>
        <translation>Choisissez un modèle pour voir le coût.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No rate card covers {day}; import Meta&apos;s current rates (klaros rates import) to see the cost.</source>
        <translation>Aucune grille tarifaire ne couvre le {day}&#x202f;; importez les tarifs actuels de Meta (klaros rates import) pour voir le coût.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: unknown</source>
        <translation>Coût&#x202f;: inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {amount}</source>
        <translation>au moins {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: {amount}</source>
        <translation>Coût&#x202f;: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{charged} charged, {free} free. Meta&apos;s rates as of {day}; what Meta charges for the messages, nothing else.</source>
        <translation>{charged} facturés, {free} gratuits. Tarifs de Meta au {day}&#x202f;; uniquement ce que Meta facture pour les messages.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By kind of message</source>
        <translation>Par type de message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers of no known country</source>
        <translation>numéros sans pays connu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s price list has no price for {countries} yet, so {n} recipients are not in the total. Import Meta&apos;s current price list below to include them.</source>
        <translation>La grille tarifaire de Klaros n’a pas encore de prix pour {countries}&#x202f;: les destinataires concernés ({n}) ne sont donc pas inclus dans le total. Importez ci-dessous la grille tarifaire actuelle de Meta pour les inclure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit: {outside} of the {limit} customers a day you may start a conversation with.</source>
        <translation>Utilise {share} de votre limite de messages&#x202f;: {outside} des {limit} clients par jour avec qui vous pouvez ouvrir une conversation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your number has no daily messaging limit.</source>
        <translation>Votre numéro n’a pas de limite quotidienne de messages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{outside} recipients count towards your daily messaging limit (Klaros does not know your limit yet).</source>
        <translation>Destinataires comptant dans votre limite quotidienne de messages&#x202f;: {outside} (Klaros ne connaît pas encore votre limite).</translation>
    </message>
    <message>
        <source>Import Meta&apos;s price list</source>
        <translation type="vanished">Importer la grille tarifaire de Meta</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation type="vanished">Prix importés pour {n} marchés en {currency}, valables à partir du {day}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an approved template (tab 2).</source>
        <translation>Choisissez un modèle approuvé (onglet 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody in this audience may receive the template.</source>
        <translation>Personne dans cette audience ne peut recevoir le modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get an empty value (tab 2).</source>
        <translation>Destinataires qui recevraient une valeur vide&#x202f;: {n} (onglet 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get a title longer than {max} characters (tab 2).</source>
        <translation>{n} destinataires recevraient un titre de plus de {max} caractères (onglet 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {what} for the top of the message (tab 2) before it can start.</source>
        <translation>Choisissez {what} pour le haut du message (onglet 2) avant le lancement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the place for the map at the top of the message (tab 2) before it can start.</source>
        <translation>Indiquez le lieu de la carte en haut du message (étape 2) avant de pouvoir lancer la campagne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients will get “{template}”.</source>
        <translation>Destinataires qui recevront «&#x202f;{template}&#x202f;»&#x202f;: {n}.</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_runner.py" line="+118"/>
        <source>Campaign “{name}” was due at {time} but did not start: {reason}</source>
        <translation>La campagne «&#x202f;{name}&#x202f;» devait démarrer à {time} mais n’a pas démarré&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” was due at {time}, while Klaros was closed. It started now ({n} recipients).</source>
        <translation>La campagne «&#x202f;{name}&#x202f;» devait démarrer à {time}, alors que Klaros était fermé. Elle vient de démarrer ({n} destinataire(s)).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” started as scheduled ({n} recipients).</source>
        <translation>La campagne «&#x202f;{name}&#x202f;» a démarré comme prévu ({n} destinataire(s)).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sending campaign {id} stopped because of an error: {error}. Press Resume to continue.</source>
        <translation>L’envoi de la campagne {id} s’est arrêté à cause d’une erreur&#x202f;: {error}. Cliquez sur Reprendre pour continuer.</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="+60"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>pas encore envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted by WhatsApp</source>
        <translation>acceptés par WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived on their phone</source>
        <translation>arrivés sur leur téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened (only if they share read receipts)</source>
        <translation>ouverts (seulement s’ils partagent les confirmations de lecture)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote back after it</source>
        <translation>ont répondu ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not deliver it</source>
        <translation>WhatsApp ne les a pas distribués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent, for the reasons below</source>
        <translation>non envoyés, pour les raisons ci-dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent; see below</source>
        <translation>peut-être envoyés&#x202f;; voir ci-dessous</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {n} min</source>
        <translation>environ {n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {h} h {m} min</source>
        <translation>environ {h} h {m} min</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost forecast</source>
        <translation>Coût prévu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the campaign paused or stopped</source>
        <translation>Pourquoi la campagne s’est mise en pause ou arrêtée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign progress</source>
        <translation>Avancement de la campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress, remaining time and rate</source>
        <translation>Avancement, temps restant et débit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start now</source>
        <translation>Lancer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+237"/>
        <source>Schedule…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Do not start by itself</source>
        <translation>Ne pas démarrer tout seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Cancel campaign…</source>
        <translation>Annuler la campagne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>Exporter les résultats…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Failures and people left out, with the reasons</source>
        <translation>Échecs et personnes exclues, avec les raisons</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for your decision: the connection broke while these were being sent, so they may have arrived. Check the chat, then send again or leave it.</source>
        <translation>En attente de votre décision&#x202f;: la connexion a été coupée pendant l’envoi de ces messages, ils sont donc peut-être arrivés. Vérifiez la discussion, puis renvoyez ou laissez tel quel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipients waiting for your decision</source>
        <translation>Destinataires en attente de votre décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not read the campaign: {error}</source>
        <translation>Impossible de lire la campagne&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a campaign above</source>
        <translation>Choisissez une campagne ci-dessus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template {name} ({language})</source>
        <translation>Modèle {name} ({language})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients</source>
        <translation>{n} destinataire(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts by itself on {time}</source>
        <translation>démarre tout seul le {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started {time}</source>
        <translation>démarrée le {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished {time}</source>
        <translation>terminée le {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why some failed</source>
        <translation>Pourquoi certains ont échoué</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why some were left out</source>
        <translation>Pourquoi certains ont été exclus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the time…</source>
        <translation>Changer l’heure…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry the failed ({n})</source>
        <translation>Réessayer les échecs ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost forecast: not known (no rate card covers that day).</source>
        <translation>Coût prévu&#x202f;: inconnu (aucune grille tarifaire ne couvre ce jour).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: not known; the price list has no price for {countries}.</source>
        <translation>Coût prévu&#x202f;: inconnu&#x202f;; la grille tarifaire n’a pas de prix pour {countries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: at least {total} (no price yet for {countries}), Meta&apos;s rates as of {day}.</source>
        <translation>Coût prévu&#x202f;: au moins {total} (pas encore de prix pour {countries}), tarifs de Meta au {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: {total}, Meta&apos;s rates as of {day}.</source>
        <translation>Coût prévu&#x202f;: {total}, tarifs de Meta au {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{done} of {all} done ({share})</source>
        <translation>{done} sur {all} effectués ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the connection to WhatsApp</source>
        <translation>en attente de la connexion à WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about to send</source>
        <translation>envoi imminent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measuring the speed…</source>
        <translation>mesure de la vitesse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting (WhatsApp asked Klaros to slow down)</source>
        <translation>en attente (WhatsApp a demandé à Klaros de ralentir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} left · {rate} messages a second</source>
        <translation>{left} restant · {rate} messages par seconde</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancel the campaign?</source>
        <translation>Annuler la campagne&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody who has not received it yet will get it. Messages already sent stay sent. This cannot be undone.</source>
        <translation>Les personnes qui ne l’ont pas encore reçue ne la recevront pas. Les messages déjà envoyés restent envoyés. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} queued again.</source>
        <translation>{n} remis en file d’attente.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the campaign&apos;s results</source>
        <translation>Exporter les résultats de la campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients written to {file}.</source>
        <translation>Destinataires écrits dans {file}&#x202f;: {n}.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../klaros_desktop/commands/campaign.py" line="+330"/>
        <source>Campaign {id} is {state}; there is nothing to resume.</source>
        <translation>La campagne {id} est à l’état {state}&#x202f;; il n’y a rien à reprendre.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/audience.py" line="+37"/>
        <source>no phone number</source>
        <translation>pas de numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased on request (number suppressed)</source>
        <translation>effacé sur demande (numéro bloqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out of all messages</source>
        <translation>désinscrit de tous les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing messages</source>
        <translation>a arrêté les messages marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not receive marketing messages</source>
        <translation>ne doit pas recevoir de messages marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recorded marketing opt-in</source>
        <translation>aucun consentement marketing enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not among the contacts</source>
        <translation>le numéro ne fait pas partie des contacts</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/drafts.py" line="+161"/>
        <location line="+77"/>
        <source>Choose an approved template.</source>
        <translation>Choisissez un modèle approuvé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="+996"/>
        <source>The test message would have empty variables: {names}</source>
        <translation>Le message de test aurait des variables vides&#x202f;: {names}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/header_media.py" line="+22"/>
        <source>a picture</source>
        <translation>une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>une vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a document</source>
        <translation>un document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture attached</source>
        <translation>Image jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video attached</source>
        <translation>Vidéo jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached</source>
        <translation>Document joint</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+32"/>
        <source>“{name}” cannot be read: {error}</source>
        <translation>«&#x202f;{name}&#x202f;» ne peut pas être lu&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The template shows {wanted} at the top; “{name}” is not one.</source>
        <translation>Le modèle affiche {wanted} en haut&#x202f;; «&#x202f;{name}&#x202f;» n’en est pas un(e).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{spec}” is neither a file on this computer nor a WhatsApp media id.</source>
        <translation>«&#x202f;{spec}&#x202f;» n’est ni un fichier sur cet ordinateur ni un identifiant de média WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_upload.py" line="+24"/>
        <source>The template shows {what} at the top of the message: choose the file (or its WhatsApp media id) before the campaign starts.</source>
        <translation>Le modèle affiche {what} en haut du message&#x202f;: choisissez le fichier (ou son identifiant de média WhatsApp) avant le lancement de la campagne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: the file for the top of the message could not be uploaded to WhatsApp. Check that it is still where you chose it and that WhatsApp takes it (type and size), then resume.</source>
        <translation>Arrêtée&#x202f;: le fichier du haut du message n’a pas pu être envoyé à WhatsApp. Vérifiez qu’il se trouve toujours à l’endroit choisi et que WhatsApp l’accepte (type et taille), puis reprenez.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/lifecycle.py" line="+44"/>
        <source>Paused: {explanation}</source>
        <translation>En pause&#x202f;: {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped because WhatsApp refused the template: {explanation}</source>
        <translation>Arrêtée parce que WhatsApp a refusé le modèle&#x202f;: {explanation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: {explanation} (Settings → WhatsApp connection)</source>
        <translation>Arrêtée&#x202f;: {explanation} (Paramètres → Connexion WhatsApp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by you.</source>
        <translation>Mise en pause par vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: the template is no longer approved (or no longer known); refresh the templates and resume when Meta approves it.</source>
        <translation>Arrêtée&#x202f;: le modèle n’est plus approuvé (ou n’est plus connu)&#x202f;; actualisez les modèles et reprenez dès que Meta l’approuve.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped ({code}).</source>
        <translation>Arrêtée ({code}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>Le modèle {name!r} ({language}) est inconnu&#x202f;; actualisez les modèles depuis Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>Le modèle {name!r} ({language}) a le statut {status} et n’est pas approuvé par Meta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Template {name!r} has no picture, video or document at the top; leave the file out.</source>
        <translation>Le modèle {name!r} n’a pas d’image, de vidéo ou de document en haut&#x202f;; n’indiquez pas de fichier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template {name!r} has no variable in its title at the top; leave it out.</source>
        <translation>Le modèle {name!r} n’a pas de variable dans son titre en haut&#x202f;; n’en indiquez pas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Template {name!r} has no map at the top; leave the location out.</source>
        <translation>Le modèle {name!r} n’a pas de carte en haut&#x202f;; n’indiquez pas de lieu.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-535"/>
        <location line="+525"/>
        <source>There is no campaign {id}.</source>
        <translation>Il n’existe pas de campagne {id}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nobody in this audience may receive the template ({excluded} left out).</source>
        <translation>Personne dans cette audience ne peut recevoir le modèle (exclus&#x202f;: {excluded}).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Not started: {why}</source>
        <translation>Non lancée&#x202f;: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign {id} was already started ({status}); its place stays as it was sent.</source>
        <translation>La campagne {id} a déjà été lancée ({status})&#x202f;; son lieu reste tel qu’il a été envoyé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign {id} was already started ({status}); its file stays as it was sent.</source>
        <translation>La campagne {id} a déjà été lancée ({status})&#x202f;; son fichier reste celui qui a été envoyé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a file or a WhatsApp media id.</source>
        <translation>Indiquez un fichier ou un identifiant de média WhatsApp.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Campaign {id} was already started ({status}); use resume.</source>
        <translation>La campagne {id} a déjà été lancée ({status})&#x202f;; utilisez la reprise.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; and {count} more</source>
        <translation>&#x202f;; et {count} autres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not started: {count} recipient(s) would get an empty variable ({who}{more}). Give those variables a fallback or fill in the contacts.</source>
        <translation>Non lancée&#x202f;: {count} destinataire(s) recevrai(en)t une variable vide ({who}{more}). Donnez une valeur par défaut à ces variables ou complétez les contacts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started: for {count} recipient(s) the title at the top would be longer than the {max} characters WhatsApp allows ({who}{more}). Shorten those values (the title leaves {room} characters for them) or fill the title from another field.</source>
        <translation>Non lancée&#x202f;: pour {count} destinataire(s), le titre en haut dépasserait les {max} caractères permis par WhatsApp ({who}{more}). Raccourcissez ces valeurs (le titre leur laisse {room} caractères) ou remplissez le titre à partir d’un autre champ.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Campaign {id} is {status}; it cannot {action}.</source>
        <translation>La campagne {id} est à l’état {status}&#x202f;; action impossible&#x202f;: {action}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{number} is not held in campaign {id}.</source>
        <translation>{number} n’est pas retenu dans la campagne {id}.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>May have been sent: WhatsApp did not confirm it (the connection broke or WhatsApp failed mid-request). Check with the customer before sending it again.</source>
        <translation>Peut-être envoyé&#x202f;: WhatsApp ne l’a pas confirmé (la connexion a été coupée ou WhatsApp a échoué en pleine requête). Vérifiez avec le client avant de le renvoyer.</translation>
    </message>
    <message>
        <source>May have been sent (the connection broke mid-request); check before sending again.</source>
        <translation type="vanished">Peut-être envoyé (la connexion a été coupée pendant la requête)&#x202f;; vérifiez avant de renvoyer.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/overview.py" line="+28"/>
        <source>the campaign was cancelled before their turn</source>
        <translation>la campagne a été annulée avant leur tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose not to send it again</source>
        <translation>vous avez choisi de ne pas le renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not a valid phone number</source>
        <translation>le numéro n’est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not go through after several tries</source>
        <translation>il n’est pas passé malgré plusieurs essais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the 24-hour window</source>
        <translation>hors de la fenêtre de 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent (the connection broke mid-request)</source>
        <translation>peut-être envoyé (la connexion a été coupée pendant la requête)</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/schedule.py" line="+61"/>
        <source>{text!r} is not a time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-24 09:30.</source>
        <translation>{text!r} n’est pas une heure&#x202f;; écrivez-la sous la forme AAAA-MM-JJ HH:MM, p. ex. 2026-12-24 09:30.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Campaign {id} was already started ({status}); only a draft can be scheduled.</source>
        <translation>La campagne {id} a déjà été lancée ({status})&#x202f;; seul un brouillon peut être planifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed; choose a later one or start now.</source>
        <translation>Cette heure est déjà passée&#x202f;; choisissez-en une plus tardive ou lancez maintenant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not scheduled: {count} recipient(s) would get an empty variable. Give those variables a fallback or fill in the contacts.</source>
        <translation>Non planifiée&#x202f;: {count} destinataire(s) recevrai(en)t une variable vide. Donnez une valeur par défaut à ces variables ou complétez les contacts.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/segments.py" line="+41"/>
        <source>Give the segment a name.</source>
        <translation>Donnez un nom au segment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of numbers is not a segment; save filters such as tags or countries.</source>
        <translation>Une liste de numéros n’est pas un segment&#x202f;; enregistrez des filtres comme des étiquettes ou des pays.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-521"/>
        <source>Campaign {id} is being sent by another Klaros window or command (until {until} at the latest); try again then.</source>
        <translation>La campagne {id} est en cours d’envoi par une autre fenêtre ou commande Klaros (jusqu’à {until} au plus tard)&#x202f;; réessayez à ce moment-là.</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>The campaign&apos;s template is not known.</source>
        <translation>Le modèle de la campagne est inconnu.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/variables.py" line="+47"/>
        <source>unknown source {source!r}: use name, first_name, phone, custom.KEY or text:TEXT</source>
        <translation>source inconnue {source!r}&#x202f;: utilisez name, first_name, phone, custom.KEY ou text:TEXT</translation>
    </message>
    <message>
        <source>template {name!r} has a header with a variable, a location or an animation; campaigns fill a picture, video or document header and the variables of the body and the link buttons</source>
        <translation type="vanished">le modèle {name!r} a un en-tête avec une variable, un lieu ou une animation&#x202f;; les campagnes remplissent un en-tête image, vidéo ou document ainsi que les variables du corps et des boutons de lien</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>template {name!r} has an animation or a product at the top; campaigns fill a picture, video, document or map header, a title&apos;s variable and the variables of the body and the link buttons</source>
        <translation>le modèle {name!r} a une animation ou un produit en haut&#x202f;; les campagnes remplissent une image, une vidéo, un document ou une carte en haut, la variable d’un titre et les variables du corps et des boutons de lien</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{variable} of the title</source>
        <translation>{variable} du titre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code of button {n}</source>
        <translation>code du bouton {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link of button {n}</source>
        <translation>lien du bouton {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a source for the variable in the {missing}</source>
        <translation>indiquez une source pour la variable dans&#x202f;: {missing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template&apos;s button {n} (index {index}) is a quick reply and takes no value</source>
        <translation>le bouton {n} du modèle (index {index}) est une réponse rapide et ne prend aucune valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) calls a phone number and takes no value</source>
        <translation>le bouton {n} du modèle (index {index}) appelle un numéro de téléphone et ne prend aucune valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) opens a fixed link and takes no value</source>
        <translation>le bouton {n} du modèle (index {index}) ouvre un lien fixe et ne prend aucune valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template&apos;s button {n} (index {index}) takes no value</source>
        <translation>le bouton {n} du modèle (index {index}) ne prend aucune valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template has no button {n} (index {index})</source>
        <translation>le modèle n’a pas de bouton {n} (index {index})</translation>
    </message>
    <message>
        <source>the template&apos;s button {n} (index {index}) has no link variable</source>
        <translation type="vanished">le bouton {n} du modèle (index {index}) n’a pas de variable de lien</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give a source for each variable of the template: missing {missing}</source>
        <translation>indiquez une source pour chaque variable du modèle&#x202f;: il manque {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the template has no variable {extra}</source>
        <translation>le modèle n’a pas de variable {extra}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown source {source!r}</source>
        <translation>source inconnue {source!r}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+79"/>
        <source>The latitude must be a number from -90 to 90 (decimal degrees, e.g. 52.5292).</source>
        <translation>La latitude doit être un nombre de -90 à 90 (degrés décimaux, p. ex. 52.5292).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longitude must be a number from -180 to 180 (decimal degrees, e.g. 13.4012).</source>
        <translation>La longitude doit être un nombre de -180 à 180 (degrés décimaux, p. ex. 13.4012).</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Give the place&apos;s name (shown under the map).</source>
        <translation>Indiquez le nom du lieu (affiché sous la carte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the place&apos;s address (shown under the map).</source>
        <translation>Indiquez l’adresse du lieu (affichée sous la carte).</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_parts.py" line="+106"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address) before the campaign starts.</source>
        <translation>Le modèle affiche une carte en haut&#x202f;: indiquez le lieu (latitude, longitude, nom et adresse) avant le lancement de la campagne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give where its text comes from.</source>
        <translation>Le titre en haut du modèle contient une variable ({variable})&#x202f;: indiquez d’où vient son texte.</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaigns_page.py" line="+53"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replied</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location line="+75"/>
        <source>Campaign notices</source>
        <translation>Avis sur les campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the campaign notices</source>
        <translation>Masquer les avis sur les campagnes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. A campaign sends one approved template to many customers at once, for example this week&apos;s offer to everyone tagged “Newsletter”. Press “New campaign…” to build one.</source>
        <translation>Aucune campagne pour l’instant. Une campagne envoie un même modèle approuvé à de nombreux clients à la fois, par exemple l’offre de la semaine à toutes les personnes étiquetées «&#x202f;Newsletter&#x202f;». Cliquez sur «&#x202f;Nouvelle campagne…&#x202f;» pour en créer une.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campagne</numerusform>
            <numerusform>%n campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation type="vanished">{n} campagne(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sending</source>
        <translation>{n} en cours d’envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} scheduled</source>
        <translation>{n} planifiée(s)</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="-711"/>
        <source>Save picture…</source>
        <translation>Enregistrer l’image…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save {what}</source>
        <translation>Enregistrer {what}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+52"/>
        <source>Nothing in this period yet.</source>
        <translation>Rien sur cette période pour l’instant.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+455"/>
        <source>Step 3: check and finish</source>
        <translation>Étape 3&#x202f;: vérifier et terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell Meta where to deliver your messages, then test it.</source>
        <translation>Indiquez à Meta où distribuer vos messages, puis testez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta only sends your customers&apos; messages to the relay once the callback URL and verify token below are saved in the App Dashboard under WhatsApp → Configuration, with the “messages” field subscribed.</source>
        <translation>Meta n’envoie les messages de vos clients au relais qu’une fois l’URL de rappel et le jeton de vérification ci-dessous enregistrés dans le tableau de bord de l’app, sous WhatsApp → Configuration, avec le champ «&#x202f;messages&#x202f;» abonné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation>Jeton de vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the App Dashboard</source>
        <translation>Ouvrir le tableau de bord de l’app</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can finish now and test later under Settings → Test connection.</source>
        <translation>Vous pouvez terminer maintenant et tester plus tard sous Paramètres → Tester la connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {what}</source>
        <translation>Copier {what}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="+72"/>
        <source>run the command again</source>
        <translation>relancez la commande</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+29"/>
        <source>save it again as UTF-8 or name the encoding with --encoding</source>
        <translation>enregistrez-le à nouveau en UTF-8 ou indiquez l’encodage avec --encoding</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="+34"/>
        <source>use --region</source>
        <translation>utilisez --region</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="+49"/>
        <source>run `klaros pair --relay URL --code CODE`</source>
        <translation>exécutez `klaros pair --relay URL --code CODE`</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>run `klaros connect --phone-number-id ID --waba-id ID`</source>
        <translation>exécutez `klaros connect --phone-number-id ID --waba-id ID`</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../klaros_desktop/phrases.py" line="+128"/>
        <source>today at {clock}</source>
        <translation>aujourd’hui à {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {clock}</source>
        <translation>hier à {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {clock}</source>
        <translation>demain à {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {day} at {clock}</source>
        <translation>le {day} à {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {date} at {clock}</source>
        <translation>le {date} à {clock}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/compose.py" line="+66"/>
        <source>with a button</source>
        <translation>avec un bouton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported contact list</source>
        <translation>dans une liste de contacts importée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(set by hand in Klaros)</source>
        <translation>(défini à la main dans Klaros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Meta reported that they stopped marketing messages)</source>
        <translation>(Meta a indiqué que cette personne a arrêté les messages marketing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>dans ses paramètres WhatsApp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by writing “{word}”</source>
        <translation>en écrivant «&#x202f;{word}&#x202f;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({source})</source>
        <translation>({source})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{who} opted out of all messages {how} {when}. Klaros will not message them until they write START.</source>
        <translation>{who} s’est désinscrit(e) de tous les messages {how} {when}. Klaros ne lui écrira plus jusqu’à ce que cette personne écrive START.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} stopped marketing messages {how} {when}; only utility and service templates may be sent.</source>
        <translation>{who} a arrêté les messages marketing {how} {when}&#x202f;; seuls les modèles utilitaires et de service peuvent être envoyés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} has not written to you yet, so WhatsApp only allows an approved template to start.</source>
        <translation>{who} ne vous a pas encore écrit&#x202f;: WhatsApp n’autorise donc qu’un modèle approuvé pour commencer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed {closed} ({who} last wrote {last}). Until they write again, WhatsApp only allows approved templates.</source>
        <translation>La fenêtre de 24 heures s’est fermée {closed} ({who} a écrit pour la dernière fois {last}). Tant que cette personne n’écrit pas à nouveau, WhatsApp n’autorise que les modèles approuvés.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>WhatsApp refused the free message: more than 24 hours have passed since {who} last wrote by WhatsApp&apos;s clock. Send an approved template instead; once they answer you can write freely again.</source>
        <translation>WhatsApp a refusé le message libre&#x202f;: plus de 24 heures se sont écoulées depuis le dernier message de {who} selon l’horloge de WhatsApp. Envoyez plutôt un modèle approuvé&#x202f;; dès que la personne répond, vous pouvez à nouveau écrire librement.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>value {n}</source>
        <translation>valeur {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This template&apos;s header (a product, an animation or a title with several values) is not one Klaros can fill in.</source>
        <translation>Klaros ne peut pas remplir l’en-tête de ce modèle (un produit, une animation ou un titre à plusieurs valeurs).</translation>
    </message>
    <message>
        <source>This template needs a location or header values, which Klaros cannot fill in.</source>
        <translation type="vanished">Ce modèle a besoin d’un lieu ou de valeurs d’en-tête, que Klaros ne peut pas remplir.</translation>
    </message>
    <message>
        <source>This template&apos;s link button needs a value for each customer, which a chat cannot fill in. Send it as a campaign instead, where the link&apos;s value is chosen.</source>
        <translation type="vanished">Le bouton de lien de ce modèle a besoin d’une valeur pour chaque client, ce qu’une discussion ne peut pas remplir. Envoyez-le plutôt dans une campagne, où la valeur du lien est choisie.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/sending.py" line="+148"/>
        <source>A template header takes a photo, a video or a document.</source>
        <translation>Un en-tête de modèle accepte une photo, une vidéo ou un document.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the message is empty</source>
        <translation>le message est vide</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>WhatsApp shows no caption on a voice message or sticker; send the text on its own.</source>
        <translation>WhatsApp n’affiche pas de légende sur un message vocal ou un sticker&#x202f;; envoyez le texte séparément.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/buttons.py" line="+103"/>
        <source>The copy-code button needs this customer&apos;s code.</source>
        <translation>Le bouton « Copier le code » a besoin du code de ce client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code for the copy-code button is too long: WhatsApp takes codes up to {n} characters.</source>
        <translation>Le code du bouton « Copier le code » est trop long : WhatsApp accepte des codes de {n} caractères au plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link button “{text}” needs a value for this customer.</source>
        <translation>Le bouton de lien «&#x202f;{text}&#x202f;» demande une valeur pour ce client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” becomes part of a web address, so it cannot contain spaces.</source>
        <translation>La valeur du bouton de lien «&#x202f;{text}&#x202f;» fait partie d&apos;une adresse web&#x202f;; elle ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” is too long: WhatsApp takes links up to {limit} characters, which leaves {n} for this value.</source>
        <translation>La valeur du bouton de lien «&#x202f;{text}&#x202f;» est trop longue&#x202f;: WhatsApp accepte des liens jusqu&apos;à {limit} caractères, ce qui en laisse {n} pour cette valeur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The template has no link button with a value at position {index} (counted from 0, as WhatsApp does); link buttons with a value: {known}.</source>
        <translation>Le modèle n&apos;a pas de bouton de lien avec valeur à la position {index} (comptée à partir de 0, comme WhatsApp)&#x202f;; boutons de lien avec valeur&#x202f;: {known}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+109"/>
        <source>The title at the top would be {length} characters long with this value; WhatsApp allows {max}. The value may have at most {room} characters.</source>
        <translation>Avec cette valeur, le titre en haut ferait {length} caractères&#x202f;; WhatsApp en permet {max}. La valeur peut avoir au plus {room} caractères.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give its value.</source>
        <translation>Le titre en haut du modèle contient une variable ({variable})&#x202f;: indiquez sa valeur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address).</source>
        <translation>Le modèle affiche une carte en haut&#x202f;: indiquez le lieu (latitude, longitude, nom et adresse).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This template shows a map at the top, not a title with a value; leave the value out.</source>
        <translation>Ce modèle affiche une carte en haut, pas un titre avec une valeur&#x202f;; n’indiquez pas de valeur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This template shows no map at the top; leave the place out.</source>
        <translation>Ce modèle n’affiche pas de carte en haut&#x202f;; n’indiquez pas de lieu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This template&apos;s title at the top has no variable; leave its value out.</source>
        <translation>Le titre en haut de ce modèle n’a pas de variable&#x202f;; n’indiquez pas de valeur.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../klaros_desktop/ui/composer.py" line="+260"/>
        <source>Do not reply to this message</source>
        <translation>Ne pas répondre à ce message</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Insert an emoji</source>
        <translation>Insérer un emoji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replying to: {text}</source>
        <translation>En réponse à&#x202f;: {text}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Approved template</source>
        <translation>Modèle approuvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send template</source>
        <translation>Envoyer le modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template:</source>
        <translation>Modèle&#x202f;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file at the top of the template</source>
        <translation>Le fichier en haut du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+572"/>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="-563"/>
        <source>Uploading the file</source>
        <translation>Envoi du fichier</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Template preview</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Value in the title at the top</source>
        <translation>Valeur du titre en haut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This template shows a map at the top. Give the place; your map app shows its coordinates (you may paste both into the first field).</source>
        <translation>Ce modèle affiche une carte en haut. Indiquez le lieu&#x202f;; votre application de cartes montre ses coordonnées (vous pouvez coller les deux dans le premier champ).</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">p. ex. 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Latitude du lieu</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">p. ex. 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Longitude du lieu</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">p. ex. le nom de votre boutique</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Nom du lieu</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Rue, code postal et ville</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Adresse du lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude:</source>
        <translation>Latitude&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude:</source>
        <translation>Longitude&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse&#x202f;:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Why you cannot message this contact</source>
        <translation>Pourquoi vous ne pouvez pas écrire à ce contact</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a message  ·  Enter sends, Shift+Enter new line  ·  / for quick replies</source>
        <translation>Écrivez un message  ·  Entrée envoie, Maj+Entrée à la ligne  ·  / réponses rapides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message  ·  Ctrl+Enter sends  ·  / for quick replies</source>
        <translation>Écrivez un message  ·  Ctrl+Entrée envoie  ·  / réponses rapides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not forwarded: {reason}</source>
        <translation>Non transféré&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot message this contact.</source>
        <translation>Vous ne pouvez pas écrire à ce contact.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Klaros cannot send from this computer: no secure password store is usable here, so it cannot open your WhatsApp connection. Nothing you write can be sent until that is fixed; File → Set up connection… says what to install.</source>
        <translation>Klaros ne peut pas envoyer depuis cet ordinateur&#x202f;: aucun coffre de mots de passe sécurisé n’y est utilisable, il ne peut donc pas ouvrir votre connexion WhatsApp. Rien de ce que vous écrivez ne peut être envoyé tant que ce n’est pas réglé&#x202f;; Fichier → Configurer la connexion… indique quoi installer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: messages you write now wait in the outbox ({n} queued) and go out when Klaros reconnects, if the 24-hour window is still open then.</source>
        <translation>Hors ligne&#x202f;: les messages que vous écrivez maintenant attendent dans la boîte d’envoi ({n} en attente) et partent quand Klaros se reconnecte, si la fenêtre de 24 heures est encore ouverte à ce moment-là.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a template…</source>
        <translation>Choisir un modèle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No approved templates yet. Create one under Templates; it appears here as soon as Meta approves it.</source>
        <translation>Aucun modèle approuvé pour l’instant. Créez-en un sous Modèles&#x202f;; il apparaît ici dès que Meta l’approuve.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a template to see what {name} will receive. Templates in {language} come first.</source>
        <translation>Choisissez un modèle pour voir ce que {name} recevra. Les modèles en {language} apparaissent en premier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a template to see what {name} will receive.</source>
        <translation>Choisissez un modèle pour voir ce que {name} recevra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template value: {label}</source>
        <translation>Modèle – valeur&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>for example: {example}</source>
        <translation>par exemple&#x202f;: {example}</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>fill in</source>
        <translation>à remplir</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Title “{title}”:</source>
        <translation>Titre «&#x202f;{title}&#x202f;»&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title at the top reads “{title}”, with “…” replaced by what you type here. WhatsApp allows {max} characters for the whole title, which leaves {room} for this value.</source>
        <translation>Le titre en haut se lit «&#x202f;{title}&#x202f;», «&#x202f;…&#x202f;» étant remplacé par ce que vous tapez ici. WhatsApp permet {max} caractères pour tout le titre, ce qui en laisse {room} pour cette valeur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code “{text}”:</source>
        <translation>Code « {text} » :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link “{text}”:</source>
        <translation>Lien «&#x202f;{text}&#x202f;»&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of the button “{text}”</source>
        <translation>Code du bouton « {text} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the link of the button “{text}”</source>
        <translation>Fin du lien du bouton «&#x202f;{text}&#x202f;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer copies this code with the button (up to {n} characters).</source>
        <translation>Le client copie ce code avec le bouton ({n} caractères au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button “{text}” copies the code you type here; WhatsApp takes up to {n} characters.</source>
        <translation>Le bouton « {text} » copie le code que vous saisissez ici ; WhatsApp accepte {n} caractères au plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The button “{text}” opens {url}, with “…” replaced by what you type here.</source>
        <translation>Le bouton «&#x202f;{text}&#x202f;» ouvre {url}, où «&#x202f;…&#x202f;» est remplacé par ce que vous tapez ici.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>[Map: {place}]</source>
        <translation>[Carte&#x202f;: {place}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given yet</source>
        <translation>pas encore indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[{kind}: {name}]</source>
        <translation>[{kind}&#x202f;: {name}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen yet</source>
        <translation>pas encore choisi</translation>
    </message>
    <message>
        <source>[Button “{text}”: copies {code}]</source>
        <translation type="vanished">[Bouton « {text} » : copie {code}]</translation>
    </message>
    <message>
        <source>[Button “{text}”: {url}]</source>
        <translation type="vanished">[Bouton «&#x202f;{text}&#x202f;»&#x202f;: {url}]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not allowed: {reason}</source>
        <translation>Non autorisé&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This template shows a video at the top. Choose the video before sending ({rule}, MP4 or 3GP).</source>
        <translation>Ce modèle affiche une vidéo en haut. Choisissez la vidéo avant l’envoi ({rule}, MP4 ou 3GP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template shows a document at the top. Choose the document before sending ({rule}: PDF, Word, Excel, PowerPoint or text).</source>
        <translation>Ce modèle affiche un document en haut. Choisissez le document avant l’envoi ({rule}&#x202f;: PDF, Word, Excel, PowerPoint ou texte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template shows a picture at the top. Choose the picture before sending ({rule}, JPEG or PNG).</source>
        <translation>Ce modèle affiche une image en haut. Choisissez l’image avant l’envoi ({rule}, JPEG ou PNG).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At the top: {name} ({size}).</source>
        <translation>En haut&#x202f;: {name} ({size}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not this file: {reason}</source>
        <translation>Pas ce fichier&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file for the top of the template</source>
        <translation>Choisir le fichier du haut du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reactions need a connection to WhatsApp; try again when Klaros is online.</source>
        <translation>Les réactions nécessitent une connexion à WhatsApp&#x202f;; réessayez quand Klaros sera en ligne.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Queued in the outbox; it goes out when Klaros is back online.</source>
        <translation>Mis dans la boîte d’envoi&#x202f;; il partira quand Klaros sera de nouveau en ligne.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+23"/>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not send: {error}</source>
        <translation>Envoi impossible&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <location line="-891"/>
        <source>Enter sends the message (Shift+Enter: new line)</source>
        <translation>Entrée envoie le message (Maj+Entrée&#x202f;: nouvelle ligne)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../klaros_desktop/services/setup/connection_check.py" line="+41"/>
        <source>The relay at {url} did not answer: {error}</source>
        <translation>Le relais à l’adresse {url} n’a pas répondu&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new messages are waiting</source>
        <translation>de nouveaux messages attendent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing is waiting</source>
        <translation>rien n’attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay at {url} answers and knows this device; {waiting}.</source>
        <translation>Le relais à l’adresse {url} répond et connaît cet appareil&#x202f;; {waiting}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta did not accept the connection: {error}</source>
        <translation>Meta n’a pas accepté la connexion&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta answers for {number} ({name}); quality rating {quality}.</source>
        <translation>Meta répond pour {number} ({name})&#x202f;; évaluation de la qualité&#x202f;: {quality}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number} ({name}).</source>
        <translation>Meta répond pour {number} ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number}; quality rating {quality}.</source>
        <translation>Meta répond pour {number}&#x202f;; évaluation de la qualité&#x202f;: {quality}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta answers for {number}.</source>
        <translation>Meta répond pour {number}.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../klaros_desktop/services/people/consent.py" line="+177"/>
        <source>via {word}</source>
        <translation>via {word}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via a keyword</source>
        <translation>via un mot-clé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with a button</source>
        <translation>avec un bouton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported file</source>
        <translation>dans un fichier importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set by hand</source>
        <translation>défini à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by Meta (they stopped marketing messages)</source>
        <translation>par Meta (cette personne a arrêté les messages marketing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>dans ses paramètres WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opted out of all messages {how} {when}</source>
        <translation>Désinscription de tous les messages {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages {how} {when}</source>
        <translation>Arrêt des messages marketing {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages {how} {when}</source>
        <translation>Consentement à tous les messages {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages {how} {when}</source>
        <translation>Consentement aux messages marketing {how} {when}</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_dialog.py" line="+50"/>
        <source>Consent given or withdrawn</source>
        <translation>Consentement donné ou retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages</source>
        <translation>Consentement à tous les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages</source>
        <translation>Consentement aux messages marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out of all messages</source>
        <translation>Désinscription de tous les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages</source>
        <translation>Arrêt des messages marketing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day the consent was given</source>
        <translation>Jour où le consentement a été donné</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For example: signed form in the shop, kept in the folder</source>
        <translation>Par exemple&#x202f;: formulaire signé en boutique, rangé dans le classeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recorded, with its evidence, in the consent history.</source>
        <translation>Enregistré, avec sa preuve, dans l’historique des consentements.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location line="+16"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>WhatsApp name: {name}</source>
        <translation>Nom WhatsApp&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+49 151 1234567</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>regular, wholesale (comma separated)</source>
        <translation>habitué, grossiste (séparés par des virgules)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent history</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Preuve&#x202f;: son message «&#x202f;{text}&#x202f;»</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+100"/>
        <source>Evidence: {detail}</source>
        <translation>Preuve&#x202f;: {detail}</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No opt-in or opt-out recorded. Customers who write STOP are opted out automatically; START opts them back in.</source>
        <translation>Aucun consentement ni désinscription enregistré. Les clients qui écrivent STOP sont désinscrits automatiquement&#x202f;; START les réinscrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>Consent history ({n})</source>
        <translation>Historique des consentements ({n})</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact…</source>
        <translation>Effacer le contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase contact</source>
        <translation>Effacer le contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete everything Klaros has on this person, keeping only a salted hash so they are never messaged again</source>
        <translation>Supprimer tout ce que Klaros possède sur cette personne, en ne gardant qu’une empreinte salée pour ne plus jamais lui écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everything Klaros has on this person (they have no phone number, so nothing is kept)</source>
        <translation>Supprimer tout ce que Klaros possède sur cette personne (elle n’a pas de numéro de téléphone, rien n’est donc conservé)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No number: this contact cannot be messaged.</source>
        <translation>Pas de numéro&#x202f;: impossible d’écrire à ce contact.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valid number: {number}</source>
        <translation>Numéro valide&#x202f;: {number}</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <location filename="../../klaros_desktop/services/people/contact_edit.py" line="+55"/>
        <source>contact {id} no longer exists</source>
        <translation>le contact {id} n’existe plus</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give the contact a name or a phone number</source>
        <translation>donnez au contact un nom ou un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} already belongs to {name}; open that contact instead</source>
        <translation>{number} appartient déjà à {name}&#x202f;; ouvrez plutôt ce contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>this contact was deleted meanwhile</source>
        <translation>ce contact a été supprimé entre-temps</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>say how the customer gave or withdrew consent (for example: signed form in the shop)</source>
        <translation>indiquez comment le client a donné ou retiré son consentement (par exemple&#x202f;: formulaire signé en boutique)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date of the consent cannot be in the future</source>
        <translation>la date du consentement ne peut pas être dans le futur</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_panel.py" line="+35"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>distribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replied</source>
        <translation>répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>non distribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held back</source>
        <translation>retenu</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Contact details</source>
        <translation>Coordonnées du contact</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>← Back to the chat</source>
        <translation>← Retour à la discussion</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a label…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to remember about them</source>
        <translation>Ce que vous voulez retenir sur cette personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent and its evidence</source>
        <translation>Consentement et preuve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last campaigns</source>
        <translation>Dernières campagnes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More details…</source>
        <translation>Plus de détails…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No number</source>
        <translation>Pas de numéro</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the label {name}</source>
        <translation>Retirer l’étiquette {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No labels yet</source>
        <translation>Aucune étiquette pour l’instant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked yet. Customers who write STOP are opted out by themselves; “More details…” records a consent given in the shop.</source>
        <translation>Pas encore demandé. Les clients qui écrivent STOP sont désinscrits d’eux-mêmes&#x202f;; «&#x202f;Plus de détails…&#x202f;» enregistre un consentement donné en boutique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Preuve&#x202f;: son message «&#x202f;{text}&#x202f;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: {detail}</source>
        <translation>Preuve&#x202f;: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} earlier changes in “More details…”</source>
        <translation>Modifications antérieures dans «&#x202f;Plus de détails…&#x202f;»&#x202f;: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in any campaign yet.</source>
        <translation>Dans aucune campagne pour l’instant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/contacts_page.py" line="+73"/>
        <source>Search contacts: name, number, tag or note…</source>
        <translation>Rechercher des contacts&#x202f;: nom, numéro, étiquette ou note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag filter</source>
        <translation>Filtre par étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+182"/>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected person on their request: messages, notes, media and consent history</source>
        <translation>Effacer la personne sélectionnée à sa demande&#x202f;: messages, notes, médias et historique des consentements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact</source>
        <translation>Effacer le contact</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No contacts match. Clear the search or choose “All tags”.</source>
        <translation>Aucun contact ne correspond. Effacez la recherche ou choisissez «&#x202f;Toutes les étiquettes&#x202f;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts yet. Customers who write to you appear here by themselves; add one with “New contact”, or import a CSV or vCard file with “Import…” (or drop it here).</source>
        <translation>Aucun contact pour l’instant. Les clients qui vous écrivent apparaissent ici d’eux-mêmes&#x202f;; ajoutez-en un avec «&#x202f;Nouveau contact&#x202f;», ou importez un fichier CSV ou vCard avec «&#x202f;Importer…&#x202f;» (ou déposez-le ici).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact…</source>
        <translation>Effacer le contact…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No conversation with this contact yet; start one with a template.</source>
        <translation>Pas encore de conversation avec ce contact&#x202f;; commencez-en une avec un modèle.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
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
            <numerusform>%n contact écrit dans {file}</numerusform>
            <numerusform>%n contacts écrits dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {error}</source>
        <translation>Échec de l’export&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+485"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No marketing</source>
        <translation>Pas de marketing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opted in</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Non demandé</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-273"/>
        <source>{name}, {unread} unread: {preview}</source>
        <translation>{name}, {unread} non lu(s)&#x202f;: {preview}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {preview}</source>
        <translation>{name}&#x202f;: {preview}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(messages not sent: {n})</source>
        <translation>(messages non envoyés&#x202f;: {n})</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/country_picker.py" line="+47"/>
        <source>No default (numbers must start with +)</source>
        <translation>Aucun par défaut (les numéros doivent commencer par +)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a country, e.g. Germany or +49</source>
        <translation>Saisissez un pays, p. ex. France ou +33</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/crash_dialog.py" line="+21"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A copy is saved in %1.</source>
        <translation>Une copie est enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not be saved to a file.</source>
        <translation>Elle n’a pas pu être enregistrée dans un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros ran into an unexpected problem. Your saved messages and contacts are not affected. If it keeps happening, copy the details and send them to your Klaros support; they contain no messages, phone numbers or passwords.</source>
        <translation>Klaros a rencontré un problème inattendu. Vos messages et contacts enregistrés ne sont pas touchés. Si cela se reproduit, copiez les détails et envoyez-les à votre assistance Klaros&#x202f;; ils ne contiennent ni messages, ni numéros de téléphone, ni mots de passe.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>Cela s’est reproduit %n fois depuis.</numerusform>
            <numerusform>Cela s’est reproduit %n fois depuis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DeadLetters</name>
    <message>
        <location filename="../../klaros_desktop/services/inbound/dead_letters.py" line="+191"/>
        <source>A customer&apos;s message</source>
        <translation>Un message d’un client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks of a message you sent</source>
        <translation>Coches d’un message que vous avez envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News about a template</source>
        <translation>Nouvelles concernant un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another WhatsApp update</source>
        <translation>Une autre mise à jour WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a WhatsApp update</source>
        <translation>Pas une mise à jour WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be opened</source>
        <translation>N’a pas pu être ouvert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was locked for another computer, or damaged on the way, so this PC cannot open it.</source>
        <translation>Il était verrouillé pour un autre ordinateur, ou a été endommagé en route&#x202f;: ce PC ne peut donc pas l’ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It arrived damaged: it is not readable data.</source>
        <translation>Il est arrivé endommagé&#x202f;: ce ne sont pas des données lisibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not in the form WhatsApp uses, so Klaros does not know what to do with it.</source>
        <translation>Il n’a pas la forme qu’utilise WhatsApp&#x202f;: Klaros ne sait donc pas quoi en faire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of it is in a form this version of Klaros cannot store. After an update, Try again may work.</source>
        <translation>Une partie est dans une forme que cette version de Klaros ne peut pas enregistrer. Après une mise à jour, Réessayer peut fonctionner.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>It is no longer in the list.</source>
        <translation>Il n’est plus dans la liste.</translation>
    </message>
</context>
<context>
    <name>DeadLettersDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/dead_letters.py" line="+114"/>
        <location line="+18"/>
        <source>Messages Klaros could not read</source>
        <translation>Messages que Klaros n’a pas pu lire</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Klaros received these but could not add them to your chats</source>
        <translation>Klaros les a reçus mais n’a pas pu les ajouter à vos discussions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They reached this PC, but something in them was not as Klaros expected. They are kept here, so nothing is lost. Export them to keep a copy or to show them to whoever helps you with Klaros. After an update of Klaros, Try again may add them to your chats.</source>
        <translation>Ils sont arrivés sur ce PC, mais quelque chose n’était pas comme Klaros l’attendait. Ils sont conservés ici&#x202f;: rien n’est perdu. Exportez-les pour en garder une copie ou pour les montrer à la personne qui vous aide avec Klaros. Après une mise à jour de Klaros, Réessayer peut les ajouter à vos discussions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here: Klaros has added everything it received to your chats.</source>
        <translation>Rien ici&#x202f;: Klaros a ajouté à vos discussions tout ce qu’il a reçu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export them to a file</source>
        <translation>Les exporter dans un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again to add the selected one to your chats</source>
        <translation>Réessayer d’ajouter l’élément sélectionné à vos discussions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected one for good</source>
        <translation>Supprimer définitivement l’élément sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This one was locked for another computer: trying again cannot open it.</source>
        <translation>Celui-ci était verrouillé pour un autre ordinateur&#x202f;: réessayer ne permettra pas de l’ouvrir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export messages Klaros could not read</source>
        <translation>Exporter les messages que Klaros n’a pas pu lire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (*.csv);;JSON lines (*.jsonl)</source>
        <translation>Tableur (*.csv);;Lignes JSON (*.jsonl)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {count} to {file}.</source>
        <translation>{count} enregistré(s) dans {file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder.</source>
        <translation>Klaros n’a pas pu écrire dans {folder}&#x202f;: {reason}. Choisissez un autre emplacement, par exemple votre dossier Documents.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying again…</source>
        <translation>Nouvel essai…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to your chats.</source>
        <translation>Ajouté à vos discussions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still not possible: {why}</source>
        <translation>Toujours impossible&#x202f;: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klaros is busy right now, so nothing changed. Try again in a moment.</source>
        <translation>Klaros est occupé pour le moment, rien n’a donc changé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove for good?</source>
        <translation>Supprimer définitivement&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this for good? Klaros keeps no other copy: export it first if you may need it.</source>
        <translation>Supprimer ceci définitivement&#x202f;? Klaros n’en garde aucune autre copie&#x202f;: exportez-le d’abord si vous risquez d’en avoir besoin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>DeadLettersEntry</name>
    <message>
        <location line="-230"/>
        <source>Messages Klaros could not read…</source>
        <translation>Messages que Klaros n’a pas pu lire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages and updates that reached this PC but could not be added to your chats</source>
        <translation>Messages et mises à jour arrivés sur ce PC mais qui n’ont pas pu être ajoutés à vos discussions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages Klaros could not read</source>
        <translation>Messages que Klaros n’a pas pu lire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ Messages Klaros could not read: {count}</source>
        <translation>⚠ Messages que Klaros n’a pas pu lire&#x202f;: {count}</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="+106"/>
        <source>Drop a contacts file here</source>
        <translation>Déposez un fichier de contacts ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a .csv or .vcf file here, or choose one</source>
        <translation>Déposez un fichier .csv ou .vcf ici, ou choisissez-en un</translation>
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
        <translation>Gestes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearts and symbols</source>
        <translation>Cœurs et symboles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Boutique</translation>
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
        <translation>ce contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact</source>
        <translation>Effacer le contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase {name} from Klaros?</source>
        <translation>Effacer {name} de Klaros&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone number</source>
        <translation>Pas de numéro de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from this PC for good:</source>
        <translation>Supprimé définitivement de ce PC&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every message with them, sent and received, and the conversation</source>
        <translation>tous les messages échangés avec cette personne, envoyés et reçus, et la conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their contact details: name, tags, notes and custom fields</source>
        <translation>ses coordonnées&#x202f;: nom, étiquettes, notes et champs personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photos, voice notes and files in those messages</source>
        <translation>les photos, messages vocaux et fichiers de ces messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their consent history (opt-ins and opt-outs)</source>
        <translation>son historique des consentements (inscriptions et désinscriptions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their number wherever the audit trail and the log files mention it</source>
        <translation>son numéro partout où le journal d’audit et les fichiers journaux le mentionnent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their WhatsApp user ID wherever the audit trail and the log files mention it</source>
        <translation>son identifiant d’utilisateur WhatsApp partout où le journal d’audit et les fichiers journaux le mentionnent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their number</source>
        <translation>les sauvegardes automatiques de la base de données qui contiennent encore son numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their user ID</source>
        <translation>les sauvegardes automatiques de la base de données qui contiennent encore son identifiant d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: a salted hash of the number, which cannot be turned back into it. It makes Klaros refuse to message or import this number again.</source>
        <translation>Ce qui reste&#x202f;: une empreinte salée du numéro, qui ne permet pas de le retrouver. Elle fait refuser à Klaros d’écrire à ce numéro ou de l’importer à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: nothing. They have no phone number, so there is nothing to keep them from being messaged if they write again.</source>
        <translation>Ce qui reste&#x202f;: rien. Cette personne n’a pas de numéro de téléphone&#x202f;: rien n’empêchera donc de lui écrire si elle écrit à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not affected: the chat on their phone, and the copies Meta keeps under its own rules.</source>
        <translation>Non concernés&#x202f;: la discussion sur son téléphone, et les copies que Meta conserve selon ses propres règles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type the last 4 digits of {name}’s number:</source>
        <translation>Cette action est irréversible. Pour confirmer, saisissez les 4 derniers chiffres du numéro de {name}&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type {word}:</source>
        <translation>Cette action est irréversible. Pour confirmer, saisissez {word}&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 digits of the number</source>
        <translation>4 derniers chiffres du numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasing</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasure state</source>
        <translation>État de l’effacement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase {name}</source>
        <translation>Effacer {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {name} for good</source>
        <translation>Effacer {name} définitivement</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Erasing {name}…</source>
        <translation>Effacement de {name}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The erasure did not finish: {reason}. Try again; if it keeps failing, close Klaros and use “klaros erase --contact”.</source>
        <translation>L’effacement n’a pas abouti&#x202f;: {reason}. Réessayez&#x202f;; si cela échoue encore, fermez Klaros et utilisez «&#x202f;klaros erase --contact&#x202f;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contact erased</source>
        <translation>Contact effacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is erased from Klaros.</source>
        <translation>{name} est effacé de Klaros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not everything could be done:</source>
        <translation>Tout n’a pas pu être fait&#x202f;:</translation>
    </message>
</context>
<context>
    <name>EraseEverythingDialog</name>
    <message>
        <location line="+31"/>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything on this PC</source>
        <translation>Tout effacer sur ce PC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase everything Klaros keeps on this PC?</source>
        <translation>Effacer tout ce que Klaros conserve sur ce PC&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes the folder {folder} with everything in it that Klaros made: the database (every contact, conversation, message, template, consent record and the audit trail), its automatic backups, the log files and the downloaded photos and files.</source>
        <translation>Cela supprime le dossier {folder} avec tout ce que Klaros y a créé&#x202f;: la base de données (chaque contact, conversation, message, modèle, consentement et le journal d’audit), ses sauvegardes automatiques, les fichiers journaux et les photos et fichiers téléchargés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It also removes the Meta access token, the relay token and this PC’s key from {keyring}.</source>
        <translation>Cela retire aussi le jeton d’accès Meta, le jeton du relais et la clé de ce PC de l’endroit où ils sont conservés&#x202f;: {keyring}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Want a copy first? Cancel and use File → Export all data…</source>
        <translation>Vous voulez d’abord une copie&#x202f;? Annulez et utilisez Fichier → Exporter toutes les données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted by this, because they are not on this PC:</source>
        <translation>Non supprimés par cette action, car ils ne sont pas sur ce PC&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta keeps your WhatsApp Business account, its phone number and templates. To delete them, open WhatsApp Manager in Meta Business Suite and delete the phone number or the account.</source>
        <translation>Meta conserve votre compte WhatsApp Business, son numéro de téléphone et ses modèles. Pour les supprimer, ouvrez le Gestionnaire WhatsApp dans Meta Business Suite et supprimez le numéro de téléphone ou le compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay keeps this PC paired and holds messages not yet fetched (for 30 days at most). Ask whoever runs your relay to remove this device.</source>
        <translation>Le relais garde ce PC associé et conserve les messages pas encore récupérés (30 jours au plus). Demandez à la personne qui gère votre relais de retirer cet appareil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone, and Klaros closes when it is done. To confirm, type {word}:</source>
        <translation>Cette action est irréversible, et Klaros se ferme une fois terminé. Pour confirmer, saisissez {word}&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasing everything on this PC…</source>
        <translation>Effacement de tout le contenu de ce PC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was erased</source>
        <translation>Ce qui a été effacé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC for good</source>
        <translation>Tout effacer définitivement sur ce PC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Klaros</source>
        <translation>Fermer Klaros</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system’s password store</source>
        <translation>le coffre de mots de passe du système</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Everything is erased</source>
        <translation>Tout est effacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} and the keyring entries of this profile are gone.</source>
        <translation>Le dossier {folder} et les entrées du trousseau de ce profil ont disparu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left in place because Klaros did not make them: {files}. Delete them yourself if you do not need them.</source>
        <translation>Laissés en place parce que Klaros ne les a pas créés&#x202f;: {files}. Supprimez-les vous-même si vous n’en avez pas besoin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The erasure is recorded, without any of the erased data, in {file}.</source>
        <translation>L’effacement est consigné, sans aucune des données effacées, dans {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember Meta and the relay: they keep their own copies (see above).</source>
        <translation>N’oubliez pas Meta et le relais&#x202f;: ils conservent leurs propres copies (voir ci-dessus).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The erasure did not finish</source>
        <translation>L’effacement n’a pas abouti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}.

Klaros closes now. Then delete the folder {folder} yourself, or start Klaros again and repeat the erasure.</source>
        <translation>{reason}.

Klaros se ferme maintenant. Supprimez ensuite vous-même le dossier {folder}, ou relancez Klaros et recommencez l’effacement.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../klaros_desktop/services/privacy/erasure.py" line="+101"/>
        <source>No contact had this number; it is now suppressed so it is never messaged.</source>
        <translation>Aucun contact n’avait ce numéro&#x202f;; il est désormais bloqué pour ne jamais recevoir de message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erased contacts: {contacts}; messages: {messages}; conversations: {conversations}; consent events: {consent_events}; media files: {media_files}.</source>
        <translation>Contacts effacés&#x202f;: {contacts}&#x202f;; messages&#x202f;: {messages}&#x202f;; conversations&#x202f;: {conversations}&#x202f;; événements de consentement&#x202f;: {consent_events}&#x202f;; fichiers médias&#x202f;: {media_files}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsent messages deleted from the outbox: {count}.</source>
        <translation>Messages non envoyés supprimés de la boîte d’envoi&#x202f;: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entries scrubbed: {count}.</source>
        <translation>Entrées d’audit nettoyées&#x202f;: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log files scrubbed: {count}.</source>
        <translation>Fichiers journaux nettoyés&#x202f;: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database backups holding the number deleted: {count}.</source>
        <translation>Sauvegardes de la base de données contenant le numéro supprimées&#x202f;: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They had no phone number, so nothing about them is kept.</source>
        <translation>Cette personne n’avait pas de numéro de téléphone&#x202f;: rien n’est donc conservé à son sujet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is kept only as a salted hash.</source>
        <translation>Le numéro n’est conservé que sous forme d’empreinte salée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sentence} {more}</source>
        <translation>{sentence} {more}</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>the database&apos;s write-ahead log (klaros.sqlite3-wal) could not be emptied: something else was reading the database. The erased data may remain in that file until Klaros starts again, which empties it</source>
        <translation>le journal d’écriture anticipée de la base de données (klaros.sqlite3-wal) n’a pas pu être vidé&#x202f;: un autre programme lisait la base. Les données effacées peuvent rester dans ce fichier jusqu’au prochain démarrage de Klaros, qui le vide</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a media path outside the profile was ignored: {path}</source>
        <translation>un chemin de média hors du profil a été ignoré&#x202f;: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a media file could not be deleted: {error}; Klaros tries again when it next starts</source>
        <translation>un fichier média n’a pas pu être supprimé&#x202f;: {error}&#x202f;; Klaros réessaiera à son prochain démarrage</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the backup {name} could not be checked or deleted: {error}</source>
        <translation>la sauvegarde {name} n’a pas pu être vérifiée ou supprimée&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{folder} is not a Klaros profile (no {name} in it); nothing was erased</source>
        <translation>{folder} n’est pas un profil Klaros ({name} n’y figure pas)&#x202f;; rien n’a été effacé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the password store did not let Klaros remove this profile&apos;s secrets ({error}), so nothing was erased. Unlock it (or sign in to your desktop session) and erase again</source>
        <translation>le coffre de mots de passe n’a pas permis à Klaros de retirer les secrets de ce profil ({error}), rien n’a donc été effacé. Déverrouillez-le (ou connectez-vous à votre session) et relancez l’effacement</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/privacy.py" line="-474"/>
        <location line="+26"/>
        <source>Export all data</source>
        <translation>Exporter toutes les données</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archive ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exporting everything Klaros holds…</source>
        <translation>Export de tout ce que contient Klaros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {file}</source>
        <translation>Écriture de {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export in progress</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This takes seconds for a small shop and a few minutes for years of chats with photos. You can keep working meanwhile.</source>
        <translation>Cela prend quelques secondes pour une petite boutique et quelques minutes pour des années de discussions avec photos. Vous pouvez continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the archive is</source>
        <translation>Emplacement de l’archive</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each kind of record is a file of its own, readable by other programs; the contacts are also in it as a spreadsheet (CSV) and as address-book cards (vCard). README.md inside explains every field.</source>
        <translation>Chaque type d’enregistrement est un fichier distinct, lisible par d’autres programmes&#x202f;; les contacts y figurent aussi sous forme de tableur (CSV) et de fiches de carnet d’adresses (vCard). Le fichier README.md inclus explique chaque champ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export did not work</source>
        <translation>L’export n’a pas fonctionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the export failed</source>
        <translation>Pourquoi l’export a échoué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder holding the archive</source>
        <translation>Ouvrir le dossier contenant l’archive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An export cannot be stopped halfway; it ends by itself.</source>
        <translation>Un export ne peut pas être interrompu en cours de route&#x202f;; il se termine tout seul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved as {file} ({size}).</source>
        <translation>Enregistré sous {file} ({size}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent records (opt-ins and opt-outs)</source>
        <translation>Consentements (inscriptions et désinscriptions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Modèles de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, voice notes and files</source>
        <translation>Photos, messages vocaux et fichiers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder, and try again.</source>
        <translation>Klaros n’a pas pu écrire dans {folder}&#x202f;: {reason}. Choisissez un autre emplacement, par exemple votre dossier Documents, et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong while writing it: {reason}.</source>
        <translation>Un problème est survenu pendant l’écriture&#x202f;: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No half-written archive was left behind.</source>
        <translation>Aucune archive à moitié écrite n’a été laissée.</translation>
    </message>
</context>
<context>
    <name>FailedMessagesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+20"/>
        <location line="+10"/>
        <source>Messages not delivered</source>
        <translation>Messages non distribués</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a message to open the chat.</source>
        <translation>Double-cliquez sur un message pour ouvrir la discussion.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+232"/>
        <source>before: {n}</source>
        <translation>avant&#x202f;: {n}</translation>
    </message>
</context>
<context>
    <name>GraphErrors</name>
    <message>
        <location filename="../../klaros_desktop/graph/client.py" line="+73"/>
        <source>WhatsApp&apos;s answer pointed to another server ({origin}), so Klaros did not send your access key there.</source>
        <translation>La réponse de WhatsApp renvoyait vers un autre serveur ({origin})&#x202f;: Klaros n’y a donc pas envoyé votre clé d’accès.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/graph/errors.py" line="+134"/>
        <source>Try again later; if it keeps happening, send the log file to support.</source>
        <translation>Réessayez plus tard&#x202f;; si cela se reproduit, envoyez le fichier journal à l’assistance.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/graph/errors.py" line="-115"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key.</source>
        <translation>WhatsApp n’accepte plus la clé d’accès de Klaros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the WhatsApp connection settings in Klaros and connect your account again.</source>
        <translation>Ouvrez les paramètres de connexion WhatsApp dans Klaros et reconnectez votre compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key (it is wrong or has expired).</source>
        <translation>WhatsApp n’accepte plus la clé d’accès de Klaros (elle est erronée ou a expiré).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the WhatsApp connection settings in Klaros and enter a new access token.</source>
        <translation>Ouvrez les paramètres de connexion WhatsApp dans Klaros et saisissez un nouveau jeton d’accès.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros talked to WhatsApp too often in a short time.</source>
        <translation>Klaros a contacté WhatsApp trop souvent en peu de temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes; Klaros will try again.</source>
        <translation>Patientez quelques minutes&#x202f;; Klaros réessaiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your WhatsApp account reached Meta&apos;s request limit.</source>
        <translation>Votre compte WhatsApp a atteint la limite de requêtes de Meta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then try again.</source>
        <translation>Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp did not understand part of the message.</source>
        <translation>WhatsApp n’a pas compris une partie du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the message (phone number, attachment, template) and try again; if it keeps happening, send the log file to support.</source>
        <translation>Vérifiez le message (numéro de téléphone, pièce jointe, modèle) et réessayez&#x202f;; si cela se reproduit, envoyez le fichier journal à l’assistance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are sending messages faster than WhatsApp allows for your number.</source>
        <translation>Vous envoyez des messages plus vite que WhatsApp ne l’autorise pour votre numéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros slows down and sends the rest automatically.</source>
        <translation>Rien à faire&#x202f;: Klaros ralentit et envoie le reste automatiquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong at WhatsApp.</source>
        <translation>Un problème est survenu chez WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp is temporarily unavailable.</source>
        <translation>WhatsApp est temporairement indisponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message could not be delivered. The number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Le message n’a pas pu être distribué. Le numéro n’utilise peut-être pas WhatsApp, ou l’application du client est trop ancienne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the number with the customer or reach them another way.</source>
        <translation>Vérifiez le numéro avec le client ou contactez-le autrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 24 hours have passed since this customer last wrote to you, so WhatsApp only allows an approved template message.</source>
        <translation>Plus de 24 heures se sont écoulées depuis le dernier message de ce client&#x202f;: WhatsApp n’autorise donc qu’un modèle de message approuvé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a template (for example a short &quot;Do you have a minute?&quot; message); once the customer answers you can write freely again.</source>
        <translation>Envoyez un modèle (par exemple un court message «&#x202f;Avez-vous une minute&#x202f;?&#x202f;»)&#x202f;; dès que le client répond, vous pouvez à nouveau écrire librement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp held back this marketing message because the customer already got many.</source>
        <translation>WhatsApp a retenu ce message marketing car le client en a déjà reçu beaucoup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send again today; try another day.</source>
        <translation>Ne le renvoyez pas aujourd’hui&#x202f;; essayez un autre jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has stopped marketing messages from your shop in WhatsApp.</source>
        <translation>Ce client a arrêté dans WhatsApp les messages marketing de votre boutique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send them offers. Service messages and replies to their questions still work.</source>
        <translation>Ne lui envoyez pas d’offres. Les messages de service et les réponses à ses questions fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp ne prend pas en charge ce type de message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it as text or a picture instead.</source>
        <translation>Envoyez-le plutôt sous forme de texte ou d’image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s file could not be downloaded.</source>
        <translation>Le fichier du client n’a pas pu être téléchargé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer to send it again.</source>
        <translation>Demandez au client de le renvoyer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attachment could not be sent (it is missing, too large or of a type WhatsApp refuses).</source>
        <translation>La pièce jointe n’a pas pu être envoyée (elle est manquante, trop volumineuse ou d’un type refusé par WhatsApp).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file (pictures up to 5 MB, videos and audio up to 16 MB) and attach it again.</source>
        <translation>Vérifiez le fichier (images jusqu’à 5 Mo, vidéos et audio jusqu’à 16 Mo) et joignez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You sent this customer many messages in a few seconds.</source>
        <translation>Vous avez envoyé beaucoup de messages à ce client en quelques secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros waits a little and sends the message.</source>
        <translation>Rien à faire&#x202f;: Klaros patiente un peu et envoie le message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A value in the message is not allowed (for example a button title that is too long).</source>
        <translation>Une valeur du message n’est pas autorisée (par exemple un titre de bouton trop long).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten or correct the highlighted field and send again.</source>
        <translation>Raccourcissez ou corrigez le champ mis en évidence et renvoyez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something the message needs is missing.</source>
        <translation>Il manque un élément nécessaire au message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every field and send again.</source>
        <translation>Remplissez chaque champ et renvoyez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template needs a different number of fill-in values than were given.</source>
        <translation>Le modèle attend un autre nombre de valeurs à remplir que celui fourni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every placeholder of the template, then send again.</source>
        <translation>Remplissez chaque espace réservé du modèle, puis renvoyez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template does not exist in that language or is not approved yet.</source>
        <translation>Ce modèle n’existe pas dans cette langue ou n’est pas encore approuvé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an approved template (Templates page) or wait until Meta approves it.</source>
        <translation>Choisissez un modèle approuvé (page Modèles) ou attendez que Meta l’approuve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fill-in value makes the template&apos;s text longer than WhatsApp allows (the title at the top may have 60 characters with its value).</source>
        <translation>Une valeur à remplir rend le texte du modèle plus long que ce que permet WhatsApp (le titre en haut peut avoir 60 caractères avec sa valeur).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the value and send again.</source>
        <translation>Raccourcissez la valeur et renvoyez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fill-in value does not match what the template expects (for example text instead of a picture).</source>
        <translation>Une valeur à remplir ne correspond pas à ce qu’attend le modèle (par exemple du texte au lieu d’une image).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the template&apos;s fields and send again.</source>
        <translation>Vérifiez les champs du modèle et renvoyez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta paused this template because customers reacted badly to it.</source>
        <translation>Meta a mis ce modèle en pause car les clients y ont mal réagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another template, or edit this one and submit it again.</source>
        <translation>Utilisez un autre modèle, ou modifiez celui-ci et soumettez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta switched this template off because it was paused too often.</source>
        <translation>Meta a désactivé ce modèle car il a été mis en pause trop souvent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new template.</source>
        <translation>Créez un nouveau modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is your shop&apos;s own WhatsApp number.</source>
        <translation>C’est le propre numéro WhatsApp de votre boutique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message to the customer&apos;s number instead.</source>
        <translation>Envoyez plutôt le message au numéro du client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta limited your sending because too many customers blocked or reported your messages.</source>
        <translation>Meta a limité vos envois car trop de clients ont bloqué ou signalé vos messages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only to customers who asked for your messages, and send fewer for a while.</source>
        <translation>N’écrivez qu’aux clients qui ont demandé vos messages, et envoyez-en moins pendant un temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s access key lacks the permission for this.</source>
        <translation>La clé d’accès de Klaros n’a pas l’autorisation nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the access token the WhatsApp permissions in Meta&apos;s business settings, then connect your account again.</source>
        <translation>Donnez au jeton d’accès les autorisations WhatsApp dans les paramètres d’entreprise de Meta, puis reconnectez votre compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token may not use this WhatsApp account: a permission or the account itself is missing from its system user.</source>
        <translation>Le jeton d’accès ne peut pas utiliser ce compte WhatsApp&#x202f;: une autorisation ou le compte lui-même manque à son utilisateur système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Meta Business Suite, open Settings → System users, assign your WhatsApp account to the system user, then generate a new token with the permissions whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation>Dans Meta Business Suite, ouvrez Paramètres → Utilisateurs système, attribuez votre compte WhatsApp à l’utilisateur système, puis générez un nouveau jeton avec les autorisations whatsapp_business_messaging et whatsapp_business_management.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This phone number is not registered with the WhatsApp Cloud API yet.</source>
        <translation>Ce numéro de téléphone n’est pas encore enregistré auprès de l’API WhatsApp Cloud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In WhatsApp Manager, open Phone numbers and finish the number&apos;s registration (Meta sends a code by SMS or call), then connect again.</source>
        <translation>Dans le Gestionnaire WhatsApp, ouvrez Numéros de téléphone et terminez l’enregistrement du numéro (Meta envoie un code par SMS ou appel), puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta blocked this account for a while because of a policy violation.</source>
        <translation>Meta a bloqué ce compte pour un temps à cause d’une infraction aux règles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Meta&apos;s message about it in your Meta business account; sending works again when the block ends.</source>
        <translation>Lisez le message de Meta à ce sujet dans votre compte professionnel Meta&#x202f;; l’envoi refonctionne à la fin du blocage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp refused the request.</source>
        <translation>WhatsApp a refusé la requête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros could not reach WhatsApp.</source>
        <translation>Klaros n’a pas pu joindre WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the internet connection; Klaros will try again.</source>
        <translation>Vérifiez la connexion Internet&#x202f;; Klaros réessaiera.</translation>
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
        <translation>Non distribué&#x202f;: {reason} (erreur Meta {code})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Meta did not say why.</source>
        <translation>Meta n’a pas indiqué pourquoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not delivered: {reason}</source>
        <translation>Non distribué&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not accept the template: {reason}</source>
        <translation>Meta n’a pas accepté le modèle&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>WhatsApp did not confirm this message: the connection broke or WhatsApp failed after it had been sent, so it may have reached the customer.</source>
        <translation>WhatsApp n’a pas confirmé ce message&#x202f;: la connexion a été coupée ou WhatsApp a échoué après son envoi, il est donc peut-être arrivé chez le client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros does not send it again by itself. Check with the customer (or wait for WhatsApp&apos;s delivery report) before sending it again.</source>
        <translation>Klaros ne le renvoie pas de lui-même. Vérifiez avec le client (ou attendez l’accusé de remise de WhatsApp) avant de le renvoyer.</translation>
    </message>
</context>
<context>
    <name>HeldBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/outbox_bubble.py" line="+64"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this message again</source>
        <translation>Renvoyer ce message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this message in the composer</source>
        <translation>Modifier ce message dans la zone de saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the text of this message</source>
        <translation>Copier le texte de ce message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Supprimer ce message</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template “{name}”</source>
        <translation>Modèle « {name} »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Not sent · {time}</source>
        <translation>⚠ Non envoyé · {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message not sent: {text}. {reason}</source>
        <translation>Message non envoyé&#x202f;: {text}. {reason}</translation>
    </message>
</context>
<context>
    <name>HoursAndBudgetTab</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_extras.py" line="+38"/>
        <source>Business hours and automatic replies</source>
        <translation>Horaires d’ouverture et réponses automatiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set your opening hours for each weekday. Klaros can greet a customer who writes for the first time and answer outside your hours, only inside WhatsApp&apos;s 24-hour window.</source>
        <translation>Indiquez vos horaires d’ouverture pour chaque jour de la semaine. Klaros peut accueillir un client qui écrit pour la première fois et répondre en dehors de vos horaires, uniquement dans la fenêtre de 24 heures de WhatsApp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business hours and automatic replies…</source>
        <translation>Horaires d’ouverture et réponses automatiques…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you plan to spend on WhatsApp messages each month. Analytics shows the month&apos;s charges against it, and a campaign that would go over it warns you first.</source>
        <translation>Ce que vous prévoyez de dépenser chaque mois en messages WhatsApp. Les statistiques comparent les frais du mois à ce budget, et une campagne qui le dépasserait vous avertit d’abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 150</source>
        <translation>p. ex. 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Montant du budget mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget currency</source>
        <translation>Devise du budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Enregistrer le budget</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send marketing campaigns through Meta&apos;s Marketing Messages API</source>
        <translation>Envoyer les campagnes marketing via l’API Marketing Messages de Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta delivers marketing templates sent this way with its own optimisation and bills them as “marketing lite”. Accept Meta&apos;s terms for it in WhatsApp Manager first. Other messages are not affected.</source>
        <translation>Meta distribue les modèles marketing envoyés ainsi avec sa propre optimisation et les facture comme «&#x202f;marketing lite&#x202f;». Acceptez d’abord les conditions de Meta à ce sujet dans le Gestionnaire WhatsApp. Les autres messages ne sont pas concernés.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Marketing campaigns now go through the Marketing Messages API.</source>
        <translation>Les campagnes marketing passent désormais par l’API Marketing Messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing campaigns now go through the usual messages API.</source>
        <translation>Les campagnes marketing passent désormais par l’API de messages habituelle.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="+506"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 %</source>
        <translation>100&#x202f;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This picture cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/contacts_import.py" line="+73"/>
        <source>this number was erased on request; it is not imported again</source>
        <translation>ce numéro a été effacé sur demande&#x202f;; il n’est pas importé à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number was erased while the import started; import the file again</source>
        <translation>un numéro a été effacé pendant le début de l’import&#x202f;; importez le fichier à nouveau</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>consent value {value!r} not understood (use yes, no or opt-out)</source>
        <translation>valeur de consentement {value!r} non comprise (utilisez yes, no ou opt-out)</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>--map applies to CSV files; vCard fields are read by their names</source>
        <translation>--map s’applique aux fichiers CSV&#x202f;; les champs vCard sont lus d’après leur nom</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown region {region!r}; use a two-letter country code such as DE, FR or ES</source>
        <translation>région inconnue {region!r}&#x202f;; utilisez un code pays à deux lettres comme DE, FR ou ES</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/csv_reader.py" line="+227"/>
        <source>--map {option!r}: write it as FIELD=COLUMN, e.g. --map phone=Handynummer</source>
        <translation>--map {option!r}&#x202f;: écrivez-le sous la forme CHAMP=COLONNE, p. ex. --map phone=Portable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--map {option!r}: unknown field {name!r}; fields are {fields}, or custom.NAME for a custom field</source>
        <translation>--map {option!r}&#x202f;: champ inconnu {name!r}&#x202f;; les champs sont {fields}, ou custom.NOM pour un champ personnalisé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--map names the column {name!r}, which is not in the file; its columns are: {columns}</source>
        <translation>--map désigne la colonne {name!r}, qui n’est pas dans le fichier&#x202f;; ses colonnes sont&#x202f;: {columns}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the file has no header row (expected column names such as Name and Phone)</source>
        <translation>le fichier n’a pas de ligne d’en-tête (noms de colonnes attendus, comme Nom et Téléphone)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone number column found; the columns are {columns}. Name the right one with --map phone=COLUMN</source>
        <translation>aucune colonne de numéro de téléphone trouvée&#x202f;; les colonnes sont {columns}. Indiquez la bonne avec --map phone=COLONNE</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unreadable CSV: {error}</source>
        <translation>CSV illisible&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {line} holds bytes that are not valid {encoding} text</source>
        <translation>la ligne {line} contient des octets qui ne sont pas du texte {encoding} valide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted value on line {line} is never closed, so the rest of the file (to line {end}) was read into it</source>
        <translation>une valeur entre guillemets à la ligne {line} n’est jamais fermée&#x202f;: le reste du fichier (jusqu’à la ligne {end}) y a donc été lu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted value is not closed: the row runs on to line {end} with {values} values for {columns} columns</source>
        <translation>une valeur entre guillemets n’est pas fermée&#x202f;: la ligne se poursuit jusqu’à la ligne {end} avec {values} valeurs pour {columns} colonnes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the row has {values} values but the header has {columns} columns (is there an unquoted delimiter in a value?)</source>
        <translation>la ligne a {values} valeurs mais l’en-tête a {columns} colonnes (y a-t-il un séparateur sans guillemets dans une valeur&#x202f;?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the row cannot be read: {error}</source>
        <translation>la ligne ne peut pas être lue&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/records.py" line="+67"/>
        <location line="+9"/>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>not JSON: {error}</source>
        <translation>pas du JSON&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the custom fields cannot be read ({problem})</source>
        <translation>les champs personnalisés ne peuvent pas être lus ({problem})</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+23"/>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than {limit}, the most Klaros imports at once; split it into smaller files, or export only the contacts you need</source>
        <translation>le fichier dépasse {limit}, le maximum que Klaros importe en une fois&#x202f;; divisez-le en fichiers plus petits, ou n’exportez que les contacts nécessaires</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is not valid {encoding} text (bad bytes at byte offset {offset}); {fix}</source>
        <translation>le fichier n’est pas du texte {encoding} valide (octets erronés à la position {offset})&#x202f;; {fix}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown encoding {encoding!r}; use one of {encodings}</source>
        <translation>encodage inconnu {encoding!r}&#x202f;; utilisez l’un de {encodings}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file holds binary data (NUL bytes), so it is not a CSV or vCard text file; export the contacts from the other program as CSV or vCard</source>
        <translation>le fichier contient des données binaires (octets NUL)&#x202f;: ce n’est donc pas un fichier texte CSV ou vCard&#x202f;; exportez les contacts de l’autre programme en CSV ou vCard</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/vcard_reader.py" line="+84"/>
        <source>the card has no END:VCARD before the next BEGIN:VCARD</source>
        <translation>la fiche n’a pas de END:VCARD avant le BEGIN:VCARD suivant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>la fiche n’a pas de END:VCARD (le fichier se termine à l’intérieur)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not a readable vCard at line {line}: {error}</source>
        <translation>vCard illisible à la ligne {line}&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not a readable vCard: {error}</source>
        <translation>vCard illisible&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="-62"/>
        <location line="+112"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+112"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Tags / labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a Google Contacts export</source>
        <translation>un export Google Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Outlook export</source>
        <translation>un export Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Klaros export</source>
        <translation>un export Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WhatsApp Business app export</source>
        <translation>un export de l’application WhatsApp Business</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+94"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column for {field}</source>
        <translation>Colonne pour {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Avancement de l’importation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it was skipped</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped rows</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save error report…</source>
        <translation>Enregistrer le rapport d’erreurs…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.vcard *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be imported: {error}</source>
        <translation>Ce fichier ne peut pas être importé&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vCard file (contacts from a phone or an address book). The first contacts are shown below.</source>
        <translation>Un fichier vCard (contacts d’un téléphone ou d’un carnet d’adresses). Les premiers contacts sont affichés ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A spreadsheet (CSV) with %n columns</source>
        <translation>
            <numerusform>Un tableur (CSV) de %n colonne</numerusform>
            <numerusform>Un tableur (CSV) de %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, it looks like {what}</source>
        <translation>, qui ressemble à {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which column holds what below; change one if Klaros guessed wrong.</source>
        <translation>Vérifiez ci-dessous le contenu de chaque colonne&#x202f;; modifiez-en une si Klaros s’est trompé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✗ {number} (not a valid number; skipped)</source>
        <translation>✗ {number} (non valide, ignoré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no number (skipped)</source>
        <translation>✗ pas de numéro (ignoré)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected: {cols}</source>
        <translation>Détecté&#x202f;: {cols}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {name}… {n} rows read</source>
        <translation>Importation de {name}… lignes lues&#x202f;: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{imported} imported, {merged} merged with existing contacts, {skipped} skipped ({rows} rows read).</source>
        <translation>Importés&#x202f;: {imported}, fusionnés avec des contacts existants&#x202f;: {merged}, ignorés&#x202f;: {skipped} (lignes lues&#x202f;: {rows}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {error}</source>
        <translation>Rien n’a été importé&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save error report</source>
        <translation>Enregistrer le rapport d’erreurs</translation>
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
        <translation>Toutes les discussions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open</source>
        <translation>Fenêtre ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Search chats</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation filter</source>
        <translation>Filtre des conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to a contact (Ctrl+N)</source>
        <translation>Écrire à un contact (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+272"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Messages that match the search</source>
        <translation>Messages correspondant à la recherche</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contact info</source>
        <translation>Infos du contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the contact beside the chat</source>
        <translation>Afficher ou masquer le contact à côté de la discussion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conversation open</source>
        <translation>Aucune conversation ouverte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a conversation on the left.
New messages appear here by themselves.</source>
        <translation>Choisissez une conversation à gauche.
Les nouveaux messages apparaissent ici d’eux-mêmes.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No chats match. Clear the search or choose “All chats”.</source>
        <translation>Aucune discussion ne correspond. Effacez la recherche ou choisissez «&#x202f;Toutes les discussions&#x202f;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet. When a customer writes to your WhatsApp Business number, the chat appears here by itself.</source>
        <translation>Aucune discussion pour l’instant. Quand un client écrit à votre numéro WhatsApp Business, la discussion apparaît ici d’elle-même.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag: {name}</source>
        <translation>Étiquette&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Messages ({n})</source>
        <translation>Messages ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages (the newest 50)</source>
        <translation>Messages (les 50 plus récents)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chat name or number matches</source>
        <translation>Aucun nom de discussion ni numéro ne correspond</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Forward to…</source>
        <translation>Transférer à…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open chat</source>
        <translation>Ouvrir la discussion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpin chat</source>
        <translation>Désépingler la discussion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin chat</source>
        <translation>Épingler la discussion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn notifications on</source>
        <translation>Activer les notifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute notifications</source>
        <translation>Couper les notifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take out of the archive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive chat</source>
        <translation>Archiver la discussion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details…</source>
        <translation>Coordonnées du contact…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chat archived. “Archived” in the filter shows it.</source>
        <translation>Discussion archivée. Choisissez «&#x202f;Archivées&#x202f;» dans le filtre pour la retrouver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat taken out of the archive.</source>
        <translation>Discussion désarchivée.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Opted out · cannot be messaged</source>
        <translation>Désinscrit · impossible de lui écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24-hour window open · {left} left</source>
        <translation>Fenêtre 24 h ouverte · reste {left}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open · {left} left</source>
        <translation>Fenêtre ouverte · reste {left}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has not written yet · templates only</source>
        <translation>N’a pas encore écrit · modèles seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24-hour window closed · templates only</source>
        <translation>Fenêtre 24 h fermée · modèles seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window closed · templates only</source>
        <translation>Fenêtre fermée · modèles seulement</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message text copied.</source>
        <translation>Texte du message copié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template cannot be edited here: send it again, or delete it and choose the template anew.</source>
        <translation>Un modèle ne peut pas être modifié ici : renvoyez-le, ou supprimez-le et choisissez à nouveau le modèle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file cannot be edited here: send it again, or delete it and attach it anew.</source>
        <translation>Un fichier ne peut pas être modifié ici&#x202f;: renvoyez-le, ou supprimez-le et joignez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete message?</source>
        <translation>Supprimer le message&#x202f;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this unsent message? Its text cannot be brought back.</source>
        <translation>Supprimer ce message non envoyé&#x202f;? Son texte ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message goes out when Klaros is back online.</source>
        <translation>Le message partira quand Klaros sera de nouveau en ligne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 24-hour window is closed, so this text cannot go as a free message; the composer offers the approved templates. Copy the text if you need it.</source>
        <translation>La fenêtre de 24 heures est fermée&#x202f;: ce texte ne peut donc pas partir comme message libre&#x202f;; la zone de saisie propose les modèles approuvés. Copiez le texte si vous en avez besoin.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A queued message to {number} was not sent: {reason}</source>
        <translation>Un message en attente pour {number} n’a pas été envoyé&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A queued message could not go out yet; Klaros tries again by itself.</source>
        <translation>Un message en attente n’a pas encore pu partir&#x202f;; Klaros réessaie de lui-même.</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/jump_dialog.py" line="+21"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a contact</source>
        <translation>Aller à un contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or number…</source>
        <translation>Nom ou numéro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to jump to</source>
        <translation>Contact vers lequel aller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching contacts</source>
        <translation>Contacts correspondants</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter opens the chat; someone you have not written to yet gets a new one.</source>
        <translation>Entrée ouvre la discussion&#x202f;; une personne à qui vous n’avez pas encore écrit en obtient une nouvelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody by that name or number. Add them under Contacts first.</source>
        <translation>Personne avec ce nom ou ce numéro. Ajoutez d’abord cette personne sous Contacts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or a phone number.</source>
        <translation>Saisissez un nom ou un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="-23"/>
        <source>no keyring service was found</source>
        <translation>aucun service de trousseau n’a été trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is switched off (null backend)</source>
        <translation>le trousseau est désactivé (backend nul)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it would store secrets as plain text</source>
        <translation>il enregistrerait les secrets en texte clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring backend {backend} is not one of the system&apos;s password stores, and it may keep secrets as plain text</source>
        <translation>le backend de trousseau {backend} n’est pas l’un des coffres de mots de passe du système, et il risque de conserver les secrets en texte clair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the configured keyring is Klaros&apos;s plain-text test keyring, which is only for tests (they set KLAROS_ALLOW_INSECURE_KEYRING=1)</source>
        <translation>le trousseau configuré est le trousseau de test en texte clair de Klaros, réservé aux tests (ils définissent KLAROS_ALLOW_INSECURE_KEYRING=1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure: Klaros keeps its access token and device keys in a test keyring as plain text, because KLAROS_ALLOW_INSECURE_KEYRING=1 is set. This is for tests only; never use it for a real shop.</source>
        <translation>Non sécurisé&#x202f;: Klaros conserve son jeton d’accès et les clés de l’appareil en texte clair dans un trousseau de test, car KLAROS_ALLOW_INSECURE_KEYRING=1 est défini. C’est réservé aux tests&#x202f;; ne l’utilisez jamais pour une vraie boutique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros keeps your Meta access token and device keys only in the system&apos;s secure password store (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: {reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet, then {retry}.</source>
        <translation>Klaros conserve votre jeton d’accès Meta et les clés de l’appareil uniquement dans le coffre de mots de passe sécurisé du système (Gestionnaire d’identification Windows, Trousseau macOS ou Secret Service sous Linux), et aucun n’est utilisable ici&#x202f;: {reason}. Klaros ne les enregistrera pas en texte clair. Sous Linux, installez et déverrouillez un fournisseur Secret Service comme GNOME Keyring ou KWallet, puis {retry}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME Keyring / KWallet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d’identification Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KDE Wallet (KWallet)</source>
        <translation>KDE Wallet (KWallet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s test keyring (not secure, for tests only)</source>
        <translation>trousseau de test de Klaros (non sécurisé, réservé aux tests)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo&apos;s memory (nothing is saved)</source>
        <translation>la mémoire de la démo (rien n’est enregistré)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>in {name}</source>
        <translation>dans le coffre de mots de passe «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <source>the keyring refused access ({error})</source>
        <translation>le trousseau a refusé l’accès ({error})</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the keyring did not give back what was stored</source>
        <translation>le trousseau n’a pas rendu ce qui avait été enregistré</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/guidance.py" line="+48"/>
        <source>Windows keeps the keys in its Credential Manager, which comes with Windows. Sign in to Windows with your own user account (not a guest or a restricted session), then click “Try again”.</source>
        <translation>Windows conserve les clés dans son Gestionnaire d’identification, fourni avec Windows. Connectez-vous à Windows avec votre propre compte utilisateur (pas un compte invité ni une session restreinte), puis cliquez sur «&#x202f;Réessayer&#x202f;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>macOS keeps the keys in your login keychain. Open the Keychain Access app, unlock the “login” keychain with your Mac password, then click “Try again”.</source>
        <translation>macOS conserve les clés dans votre trousseau de session. Ouvrez l’app Trousseaux d’accès, déverrouillez le trousseau «&#x202f;session&#x202f;» avec le mot de passe de votre Mac, puis cliquez sur «&#x202f;Réessayer&#x202f;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install KDE Wallet: open a terminal and run “sudo apt install kwalletmanager” (Debian, Ubuntu) or “sudo dnf install kwalletmanager” (Fedora). Log out and back in, then click “Try again”.</source>
        <translation>Installez KDE Wallet&#x202f;: ouvrez un terminal et exécutez «&#x202f;sudo apt install kwalletmanager&#x202f;» (Debian, Ubuntu) ou «&#x202f;sudo dnf install kwalletmanager&#x202f;» (Fedora). Fermez votre session et rouvrez-la, puis cliquez sur «&#x202f;Réessayer&#x202f;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install GNOME Keyring: open a terminal and run “sudo apt install gnome-keyring” (Debian, Ubuntu) or “sudo dnf install gnome-keyring” (Fedora). Log out and back in so that it starts and unlocks with your login, then click “Try again”.</source>
        <translation>Installez GNOME Keyring&#x202f;: ouvrez un terminal et exécutez «&#x202f;sudo apt install gnome-keyring&#x202f;» (Debian, Ubuntu) ou «&#x202f;sudo dnf install gnome-keyring&#x202f;» (Fedora). Fermez votre session et rouvrez-la pour qu’il démarre et se déverrouille avec elle, puis cliquez sur «&#x202f;Réessayer&#x202f;».</translation>
    </message>
</context>
<context>
    <name>KeyringPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-352"/>
        <source>Welcome to Klaros</source>
        <translation>Bienvenue dans Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three short steps connect Klaros to your shop&apos;s WhatsApp Business number.</source>
        <translation>Trois courtes étapes relient Klaros au numéro WhatsApp Business de votre boutique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you need, or why Klaros cannot continue yet</source>
        <translation>Ce qu’il vous faut, ou pourquoi Klaros ne peut pas encore continuer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to install</source>
        <translation>Quoi installer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>You need:
  1. the address of your Klaros relay, and a pairing code or your e-mail address,
  2. your WhatsApp Business account in Meta&apos;s Business Suite (we show you where to click),
  3. five minutes in Meta&apos;s App Dashboard to send your messages to the relay.

Your access key is kept only in this computer&apos;s secure password store ({where}).</source>
        <translation>Il vous faut&#x202f;:
  1. l’adresse de votre relais Klaros, et un code d’association ou votre adresse e-mail,
  2. votre compte WhatsApp Business dans Meta Business Suite (nous vous montrons où cliquer),
  3. cinq minutes dans le tableau de bord des apps de Meta pour envoyer vos messages au relais.

Votre clé d’accès est conservée uniquement dans le coffre de mots de passe sécurisé de cet ordinateur ({where}).</translation>
    </message>
</context>
<context>
    <name>KeyringWarning</name>
    <message>
        <location filename="../../klaros_desktop/ui/keyring_warning.py" line="+43"/>
        <source>Security warning</source>
        <translation>Avertissement de sécurité</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../klaros_desktop/ui/main_window.py" line="+116"/>
        <location line="+408"/>
        <source>{app} — WhatsApp Business CRM</source>
        <translation>{app} — CRM WhatsApp Business</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Klaros main window</source>
        <translation>Fenêtre principale de Klaros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
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
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+264"/>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exporter des contacts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;all data…</source>
        <translation>Exporter &amp;toutes les données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Klaros holds in one zip file: contacts, chats, consent, templates, audit trail and media</source>
        <translation>Tout ce que contient Klaros dans un seul fichier zip&#x202f;: contacts, discussions, consentements, modèles, journal d’audit et médias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase everything on this PC…</source>
        <translation>Tout effacer sur ce PC…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Greeting and away messages…</source>
        <translation>Messages d’&amp;accueil et d’absence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up connection…</source>
        <translation>&amp;Configurer la connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Jump to contact…</source>
        <translation>Aller à un contact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New chat…</source>
        <translation>Nouvelle discussion…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Hours, budget and campaigns</source>
        <translation>Horaires, budget et campagnes</translation>
    </message>
    <message>
        <source>Hours and budget</source>
        <translation type="vanished">Horaires et budget</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Inbox, {n} unread chats</source>
        <translation>Chats, {n} discussion(s) non lue(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app}: {n} unread chats</source>
        <translation>{app}&#x202f;: {n} discussion(s) non lue(s)</translation>
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
            <numerusform>%n nouveau message WhatsApp</numerusform>
            <numerusform>%n nouveaux messages WhatsApp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros campaigns</source>
        <translation>Campagnes Klaros</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Messages still waiting</source>
        <translation>Messages toujours en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message is still waiting to be sent.</source>
        <translation>1 message attend encore d’être envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages are still waiting to be sent.</source>
        <translation>{n} messages attendent encore d’être envoyés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you quit now, they are kept and go out the next time you open Klaros, if the customer&apos;s 24-hour window is still open then.</source>
        <translation>Si vous quittez maintenant, ils sont conservés et partiront à la prochaine ouverture de Klaros, si la fenêtre de 24 heures du client est encore ouverte à ce moment-là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Klaros open</source>
        <translation>Garder Klaros ouvert</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="-76"/>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="+90"/>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="-3"/>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/downloads.py" line="+53"/>
        <source>Meta no longer has this {thing}: Klaros was offline for more than 7 days. Ask the customer to send it again.</source>
        <translation>Meta n’a plus ce fichier ({thing})&#x202f;: Klaros est resté hors ligne plus de 7 jours. Demandez au client de le renvoyer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta no longer has this {thing}. Ask the customer to send it again.</source>
        <translation>Meta n’a plus ce fichier ({thing}). Demandez au client de le renvoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {thing} was refused: the file that arrived is not the one the customer sent (it was damaged or changed on the way). Ask the customer to send it again.</source>
        <translation>Ce fichier ({thing}) a été refusé&#x202f;: le fichier arrivé n’est pas celui que le client a envoyé (il a été endommagé ou modifié en route). Demandez au client de le renvoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {thing} is larger than WhatsApp allows, so Klaros did not keep it.</source>
        <translation>Ce fichier ({thing}) dépasse la taille autorisée par WhatsApp&#x202f;: Klaros ne l’a donc pas conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not download this {thing} after several tries. It tries again when Klaros next starts.</source>
        <translation>Klaros n’a pas pu télécharger ce fichier ({thing}) malgré plusieurs essais. Il réessaiera au prochain démarrage de Klaros.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="-40"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voice message</source>
        <translation>message vocal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sticker</source>
        <translation>sticker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp takes photos up to 5 MB</source>
        <translation>WhatsApp accepte les photos jusqu’à 5 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes voice messages and audio up to 16 MB</source>
        <translation>WhatsApp accepte les messages vocaux et l’audio jusqu’à 16 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes videos up to 16 MB</source>
        <translation>WhatsApp accepte les vidéos jusqu’à 16 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes documents up to 100 MB</source>
        <translation>WhatsApp accepte les documents jusqu’à 100 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes stickers up to 500 KB (100 KB if not animated)</source>
        <translation>WhatsApp accepte les stickers jusqu’à 500 Ko (100 Ko s’ils ne sont pas animés)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{name}” is empty.</source>
        <translation>«&#x202f;{name}&#x202f;» est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp does not take this kind of file (“{name}”). It takes photos (JPEG, PNG), videos (MP4, 3GP), audio (MP3, M4A, OGG, AAC, AMR), stickers (WebP) and documents (PDF, Word, Excel, PowerPoint, text).</source>
        <translation>WhatsApp n’accepte pas ce type de fichier («&#x202f;{name}&#x202f;»). Il accepte les photos (JPEG, PNG), les vidéos (MP4, 3GP), l’audio (MP3, M4A, OGG, AAC, AMR), les stickers (WebP) et les documents (PDF, Word, Excel, PowerPoint, texte).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is {size}, too large: {rule}.</source>
        <translation>«&#x202f;{name}&#x202f;» fait {size}, c’est trop volumineux&#x202f;: {rule}.</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="+272"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
</context>
<context>
    <name>MessageHitModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+369"/>
        <source>{name}: {text}</source>
        <translation>{name}&#x202f;: {text}</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location line="-329"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}: {text} ({status})</source>
        <translation>{who}&#x202f;: {text} ({status})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../klaros_desktop/services/reads/first_page.py" line="+90"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice message</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Fiche de contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type Klaros cannot show yet</source>
        <translation>Type de message que Klaros ne peut pas encore afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: {text}</source>
        <translation>{label}&#x202f;: {text}</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+209"/>
        <location line="+29"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Step 2: your WhatsApp Business account</source>
        <translation>Étape 2&#x202f;: votre compte WhatsApp Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros sends through Meta&apos;s official WhatsApp Cloud API with your own account.</source>
        <translation>Klaros envoie via l’API WhatsApp Cloud officielle de Meta, avec votre propre compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros needs your number&apos;s two IDs and a permanent access key (a “system user token”) to send messages in your shop&apos;s name. Meta shows the IDs in the App Dashboard under WhatsApp → API Setup.</source>
        <translation>Klaros a besoin des deux identifiants de votre numéro et d’une clé d’accès permanente (un «&#x202f;jeton d’utilisateur système&#x202f;») pour envoyer des messages au nom de votre boutique. Meta affiche les identifiants dans le tableau de bord de l’app, sous WhatsApp → Configuration de l’API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open API Setup (IDs)</source>
        <translation>Ouvrir la configuration de l’API (identifiants)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open System users (token)</source>
        <translation>Ouvrir les utilisateurs système (jeton)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me how…</source>
        <translation>Comment faire…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number ID</source>
        <translation>Identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>WhatsApp Business account ID</source>
        <translation>Identifiant du compte WhatsApp Business</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAAG… (paste the whole token)</source>
        <translation>EAAG… (collez le jeton entier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta app secret</source>
        <translation>Clé secrète de l’app Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App settings → Basic → App secret</source>
        <translation>Paramètres de l’app → Général → Clé secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta server</source>
        <translation>Serveur Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave empty for https://graph.facebook.com</source>
        <translation>laisser vide pour https://graph.facebook.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create my shop and connect</source>
        <translation>Créer ma boutique et connecter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>phone number ID</source>
        <translation>identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the access token.</source>
        <translation>Saisissez le jeton d’accès.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the Meta app secret (App Dashboard → App settings → Basic).</source>
        <translation>Saisissez la clé secrète de l’app Meta (tableau de bord de l’app → Paramètres de l’app → Général).</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../klaros_desktop/ui/navigation.py" line="+189"/>
        <source>Show a notice when a message arrives</source>
        <translation>Afficher une notification à l’arrivée d’un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound with it</source>
        <translation>L’accompagner d’un son</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/outbox.py" line="+94"/>
        <source>Not sent: the 24-hour window had closed by the time Klaros was back online. Send an approved template instead.</source>
        <translation>Non envoyé&#x202f;: la fenêtre de 24 heures s’était fermée quand Klaros est revenu en ligne. Envoyez plutôt un modèle approuvé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer opted out of messages before Klaros was back online.</source>
        <translation>Non envoyé&#x202f;: le client s’est désinscrit des messages avant que Klaros revienne en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number belongs to a person whose data was erased.</source>
        <translation>Non envoyé&#x202f;: ce numéro appartient à une personne dont les données ont été effacées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the contact has no phone number.</source>
        <translation>Non envoyé&#x202f;: le contact n’a pas de numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not confirm this message (the connection broke or WhatsApp failed while it was being sent), so it may have reached the customer. Check with them before sending it again.</source>
        <translation>WhatsApp n’a pas confirmé ce message (la connexion a été coupée ou WhatsApp a échoué pendant l’envoi), il est donc peut-être arrivé chez le client. Vérifiez avec lui avant de le renvoyer.</translation>
    </message>
    <message>
        <source>The connection broke while this was being sent, so it may have reached the customer. Check with them before sending it again.</source>
        <translation type="vanished">La connexion a été coupée pendant l’envoi&#x202f;: le message est donc peut-être arrivé chez le client. Vérifiez avec lui avant de le renvoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the contact&apos;s number cannot receive WhatsApp messages.</source>
        <translation>Non envoyé&#x202f;: le numéro du contact ne peut pas recevoir de messages WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: Meta no longer has this template (it was deleted while Klaros was offline).</source>
        <translation>Non envoyé : Meta n’a plus ce modèle (il a été supprimé pendant que Klaros était hors ligne).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: Meta no longer approves this template (it was paused or disabled while Klaros was offline).</source>
        <translation>Non envoyé : Meta n’approuve plus ce modèle (il a été mis en pause ou désactivé pendant que Klaros était hors ligne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer stopped marketing messages before Klaros was back online.</source>
        <translation>Non envoyé : le client s’est désinscrit des messages marketing avant que Klaros revienne en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number must not receive marketing messages.</source>
        <translation>Non envoyé : ce numéro ne doit pas recevoir de messages marketing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Not sent: the template changed while Klaros was offline and the values filled in no longer fit it. Delete this message and choose the template again.</source>
        <translation>Non envoyé : le modèle a changé pendant que Klaros était hors ligne et les valeurs saisies ne lui correspondent plus. Supprimez ce message et choisissez à nouveau le modèle.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not sent: {error}</source>
        <translation>Non envoyé&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent ({code}).</source>
        <translation>Non envoyé ({code}).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the message is empty</source>
        <translation>le message est vide</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="-10"/>
        <source>no phone number</source>
        <translation>pas de numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is not a phone number</source>
        <translation>{number!r} n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is too short to be a phone number</source>
        <translation>{number!r} est trop court pour être un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number!r} is too long to be a phone number</source>
        <translation>{number!r} est trop long pour être un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} has an unknown country code</source>
        <translation>{number!r} a un indicatif pays inconnu</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>{number!r} has no country code; write it with + or {fix}</source>
        <translation>{number!r} n’a pas d’indicatif pays&#x202f;; écrivez-le avec + ou {fix}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number!r} is not a valid phone number in {region}</source>
        <translation>{number!r} n’est pas un numéro de téléphone valide en {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number!r} is not a valid phone number</source>
        <translation>{number!r} n’est pas un numéro de téléphone valide</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../klaros_desktop/ui/place_fields.py" line="+40"/>
        <source>e.g. 52.5292</source>
        <translation>p. ex. 52.5292</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude of the place</source>
        <translation>Latitude du lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 13.4012</source>
        <translation>p. ex. 13.4012</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude of the place</source>
        <translation>Longitude du lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. your shop&apos;s name</source>
        <translation>p. ex. le nom de votre boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the place</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street, postcode and town</source>
        <translation>Rue, code postal et ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the place</source>
        <translation>Adresse du lieu</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/policy.py" line="+136"/>
        <source>{who} has no phone number to send to.</source>
        <translation>{who} n’a pas de numéro de téléphone auquel envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number belongs to a person whose data was erased; Klaros will not message it again.</source>
        <translation>Ce numéro appartient à une personne dont les données ont été effacées&#x202f;; Klaros ne lui écrira plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} opted out of all messages on {when} ({source}); they can write START to opt back in.</source>
        <translation>{who} s’est désinscrit(e) de tous les messages le {when} ({source})&#x202f;; cette personne peut écrire START pour se réinscrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>Le modèle {name!r} ({language}) est inconnu&#x202f;; actualisez les modèles depuis Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>Le modèle {name!r} ({language}) a le statut {status} et n’est pas approuvé par Meta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number must not receive marketing messages.</source>
        <translation>Ce numéro ne doit pas recevoir de messages marketing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} stopped marketing messages on {when}; only service and utility messages may be sent.</source>
        <translation>{who} a arrêté les messages marketing le {when}&#x202f;; seuls les messages de service et utilitaires peuvent être envoyés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} has never written to you; start with an approved template.</source>
        <translation>{who} ne vous a jamais écrit&#x202f;; commencez par un modèle approuvé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed at {closed} ({who} last wrote {last}); send an approved template.</source>
        <translation>La fenêtre de 24 heures s’est fermée à {closed} ({who} a écrit pour la dernière fois {last})&#x202f;; envoyez un modèle approuvé.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../klaros_desktop/services/pricing/forecast.py" line="+304"/>
        <source>No rate card covers {day}, so the cost cannot be forecast. Import Meta&apos;s rate card with &apos;klaros rates import&apos;.</source>
        <translation>Aucune grille tarifaire ne couvre le {day}&#x202f;: le coût ne peut donc pas être prévu. Importez la grille tarifaire de Meta avec «&#x202f;klaros rates import&#x202f;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost forecast: {total} for {charged} charged message(s), {free} free (Meta&apos;s rates as of {as_of}, platform fee only).</source>
        <translation>Coût prévu&#x202f;: {total} pour {charged} message(s) facturé(s), {free} gratuit(s) (tarifs de Meta au {as_of}, frais de plateforme uniquement).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By country: {split}.</source>
        <translation>Par pays&#x202f;: {split}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate is not known for {count} recipient(s) ({countries}); the total leaves them out. Import Meta&apos;s current rate card with &apos;klaros rates import&apos;.</source>
        <translation>Le tarif est inconnu pour {count} destinataire(s) ({countries})&#x202f;; le total ne les inclut pas. Importez la grille tarifaire actuelle de Meta avec «&#x202f;klaros rates import&#x202f;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit ({outside} of {limit} customers a day outside their 24-hour window).</source>
        <translation>Utilise {share} de votre limite de messages ({outside} sur {limit} clients par jour hors de leur fenêtre de 24 heures).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your messaging limit is not known here yet; {outside} recipient(s) count towards it.</source>
        <translation>Votre limite de messages n’est pas encore connue ici&#x202f;; {outside} destinataire(s) y compte(nt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>free: they came from your ad or Page button and the free entry point window is open</source>
        <translation>gratuit&#x202f;: la personne est venue de votre publicité ou du bouton de votre Page et la fenêtre du point d’entrée gratuit est ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free: they wrote in the last 24 hours</source>
        <translation>gratuit&#x202f;: la personne a écrit dans les dernières 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the rate card has no rate for {country} on {day}</source>
        <translation>prix inconnu&#x202f;: la grille tarifaire n’a pas de tarif pour {country} au {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the number&apos;s country is not known</source>
        <translation>prix inconnu&#x202f;: le pays du numéro est inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: no rate card covers {day}</source>
        <translation>prix inconnu&#x202f;: aucune grille tarifaire ne couvre le {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: Meta charged per conversation on {day}</source>
        <translation>prix inconnu&#x202f;: Meta facturait par conversation le {day}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Price of this message: {amount} ({category}, {market}, Meta&apos;s rates as of {as_of}).</source>
        <translation>Prix de ce message&#x202f;: {amount} ({category}, {market}, tarifs de Meta au {as_of}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price of this message: {reason}.</source>
        <translation>Prix de ce message&#x202f;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/pricing/rates_csv.py" line="+138"/>
        <source>This file is not Meta&apos;s rate card: no header row with Market and Currency was found.</source>
        <translation>Ce fichier n’est pas la grille tarifaire de Meta&#x202f;: aucune ligne d’en-tête avec Market et Currency n’a été trouvée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{currency!r} is not a currency.</source>
        <translation>{currency!r} n’est pas une devise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency {currency} differs from the file&apos;s {first}; one file holds one currency.</source>
        <translation>La devise {currency} diffère de celle du fichier ({first})&#x202f;; un fichier contient une seule devise.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file is not Meta&apos;s rate card: it has no Marketing, Utility or Authentication column.</source>
        <translation>Ce fichier n’est pas la grille tarifaire de Meta&#x202f;: il n’a pas de colonne Marketing, Utility ou Authentication.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has rates but no market.</source>
        <translation>La ligne a des tarifs mais pas de marché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>{market}: the row has {count} cells, the header {expected}.</source>
        <translation>{market}&#x202f;: la ligne a {count} cellules, l’en-tête {expected}.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{market} is in the file twice; the first row is kept.</source>
        <translation>{market} figure deux fois dans le fichier&#x202f;; la première ligne est conservée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{market}: {value!r} under {column} is not a rate.</source>
        <translation>{market}&#x202f;: {value!r} sous {column} n’est pas un tarif.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The row has tiers but no market.</source>
        <translation>La ligne a des paliers mais pas de marché.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{market}: {value!r} is not a number of messages or a rate.</source>
        <translation>{market}&#x202f;: {value!r} n’est ni un nombre de messages ni un tarif.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file&apos;s text could not be read.</source>
        <translation>Le texte du fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The file could not be read: {error}</source>
        <translation>Le fichier n’a pas pu être lu&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No usable rate was found in the file{detail}; nothing was imported.</source>
        <translation>Aucun tarif utilisable n’a été trouvé dans le fichier{detail}&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volume tiers go with a rate card: import Meta&apos;s rates in {currency} for {day} first, then these tiers for the same date.</source>
        <translation>Les paliers de volume vont avec une grille tarifaire&#x202f;: importez d’abord les tarifs de Meta en {currency} pour le {day}, puis ces paliers pour la même date.</translation>
    </message>
</context>
<context>
    <name>QuickReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/quick_replies.py" line="+25"/>
        <source>a quick reply needs a shortcut word, such as &apos;hours&apos;</source>
        <translation>une réponse rapide a besoin d’un mot-raccourci, comme «&#x202f;horaires&#x202f;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the quick reply /{shortcut} has no text</source>
        <translation>la réponse rapide /{shortcut} n’a pas de texte</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../../klaros_desktop/relay_client/client.py" line="+118"/>
        <source>The relay at {url} did not answer in time.</source>
        <translation>Le relais à l’adresse {url} n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the relay at {url} ({error}); check the address and your internet connection.</source>
        <translation>Impossible de joindre le relais à l’adresse {url} ({error})&#x202f;; vérifiez l’adresse et votre connexion Internet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay did not accept this device (code wrong, used or expired, or the device was removed): {error}</source>
        <translation>Le relais n’a pas accepté cet appareil (code erroné, déjà utilisé ou expiré, ou appareil retiré)&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay asks this computer to wait {seconds} seconds before trying again (too many attempts at once).</source>
        <translation>Le relais demande à cet ordinateur d’attendre {seconds} secondes avant de réessayer (trop de tentatives à la fois).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay asks this computer to slow down (too many attempts at once); try again in a minute.</source>
        <translation>Le relais demande à cet ordinateur de ralentir (trop de tentatives à la fois)&#x202f;; réessayez dans une minute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay had a problem ({status}); Klaros will try again.</source>
        <translation>Le relais a rencontré un problème ({status})&#x202f;; Klaros réessaiera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay refused the request ({status}): {error}</source>
        <translation>Le relais a refusé la requête ({status})&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+45"/>
        <source>The relay&apos;s pairing answer is missing {field}; is this a Klaros relay?</source>
        <translation>Il manque {field} dans la réponse d’association du relais&#x202f;; est-ce bien un relais Klaros&#x202f;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer is not paired with the relay, so it cannot open the files the relay keeps.</source>
        <translation>Cet ordinateur n’est pas associé au relais&#x202f;: il ne peut donc pas ouvrir les fichiers que le relais conserve.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The relay no longer has this file.</source>
        <translation>Le relais n’a plus ce fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not keep this file ({reason}).</source>
        <translation>Le relais n’a pas pu conserver ce fichier ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not fetch this file from WhatsApp yet ({reason}) and will try again later.</source>
        <translation>Le relais n&apos;a pas encore pu récupérer ce fichier auprès de WhatsApp ({reason}) et réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay is still fetching this file from WhatsApp; Klaros will try again.</source>
        <translation>Le relais récupère encore ce fichier auprès de WhatsApp&#x202f;; Klaros réessaiera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The relay&apos;s answer about a file is incomplete; is this a Klaros relay?</source>
        <translation>La réponse du relais au sujet d’un fichier est incomplète&#x202f;; est-ce bien un relais Klaros&#x202f;?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The relay refused the file&apos;s download link ({status}); Klaros will ask for a new one.</source>
        <translation>Le relais a refusé le lien de téléchargement du fichier ({status})&#x202f;; Klaros en demandera un nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The download of a file from the relay broke off ({error}); Klaros will try again.</source>
        <translation>Le téléchargement d’un fichier depuis le relais s’est interrompu ({error})&#x202f;; Klaros réessaiera.</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-154"/>
        <source>Pair this PC</source>
        <translation>Associer ce PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: your Klaros relay</source>
        <translation>Étape 1&#x202f;: votre relais Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay keeps your shop&apos;s WhatsApp messages safe while this computer is off.</source>
        <translation>Le relais garde en sécurité les messages WhatsApp de votre boutique pendant que cet ordinateur est éteint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta delivers your customers&apos; messages to the relay; this computer fetches them from there, sealed so that only your own computers can read them.</source>
        <translation>Meta distribue les messages de vos clients au relais&#x202f;; cet ordinateur les y récupère, scellés pour que seuls vos propres ordinateurs puissent les lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Adresse du relais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a pairing code</source>
        <translation>J’ai un code d’association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my shop on this relay</source>
        <translation>Créer ma boutique sur ce relais</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairing code</source>
        <translation>Code d’association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From whoever runs your relay, or from Settings → “Pair another PC” on a computer of your shop that is already set up.</source>
        <translation>Fourni par la personne qui gère votre relais, ou via Paramètres → «&#x202f;Associer un autre PC&#x202f;» sur un ordinateur de votre boutique déjà configuré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me a code</source>
        <translation>M’envoyer un code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code from the e-mail</source>
        <translation>Code reçu par e-mail</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the pairing code.</source>
        <translation>Saisissez le code d’association.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="-478"/>
        <source>Start the campaign later</source>
        <translation>Lancer la campagne plus tard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start time</source>
        <translation>Heure de lancement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klaros starts the campaign at this time (the shop&apos;s time zone) if it is open then, or as soon as it is opened afterwards, and tells you so.</source>
        <translation>Klaros lance la campagne à cette heure (fuseau horaire de la boutique) s’il est ouvert à ce moment-là, sinon dès sa prochaine ouverture, et vous en informe.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../klaros_desktop/ui/i18n.py" line="+40"/>
        <source>set the default country in Settings</source>
        <translation>définissez le pays par défaut dans les Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again from the other program as UTF-8 and import that file</source>
        <translation>enregistrez-le à nouveau en UTF-8 depuis l’autre programme et importez ce fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair it with “Set up connection…” in the File menu</source>
        <translation>associez-le avec «&#x202f;Configurer la connexion…&#x202f;» dans le menu Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect it with “Set up connection…” in the File menu</source>
        <translation>connectez-le avec «&#x202f;Configurer la connexion…&#x202f;» dans le menu Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start Klaros again</source>
        <translation>relancez Klaros</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_dialog.py" line="+61"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Quick replies</source>
        <translation>Réponses rapides</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not set up yet</source>
        <translation>Pas encore configuré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect: no secure password store on this computer</source>
        <translation>Connexion impossible&#x202f;: aucun coffre de mots de passe sécurisé sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected right now (Klaros keeps trying)</source>
        <translation>Pas connecté pour le moment (Klaros continue d’essayer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up yet</source>
        <translation>pas encore configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the relay and Meta now whether they answer</source>
        <translation>Demander maintenant au relais et à Meta s’ils répondent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up again…</source>
        <translation>Reconfigurer…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another PC for this shop</source>
        <translation>Un autre PC pour cette boutique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a one-time code here, then type it into Klaros on the other PC (set-up, step 1: “I have a pairing code”). The code works once, for one hour.</source>
        <translation>Créez ici un code à usage unique, puis saisissez-le dans Klaros sur l’autre PC (configuration, étape 1&#x202f;: «&#x202f;J’ai un code d’association&#x202f;»). Le code fonctionne une seule fois, pendant une heure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair another PC</source>
        <translation>Associer un autre PC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Advanced: show the technical details</source>
        <translation>Avancé&#x202f;: afficher les détails techniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Adresse du relais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s device id</source>
        <translation>Identifiant d’appareil de ce PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation>Identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp Business account ID</source>
        <translation>Identifiant du compte WhatsApp Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta server</source>
        <translation>Serveur Meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in {name}</source>
        <translation>Conservée dans&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access key</source>
        <translation>Clé d’accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for numbers typed without + (a customer&apos;s 0151 12345678).</source>
        <translation>Utilisé pour les numéros saisis sans + (un client au 06 12 34 56 78).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language shows from the next start of Klaros.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de Klaros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell me about new messages while Klaros is in the background</source>
        <translation>Me prévenir des nouveaux messages quand Klaros est en arrière-plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type / in the message box to insert one of these.</source>
        <translation>Tapez / dans la zone de message pour insérer l’une de ces réponses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything Klaros knows stays on this PC.</source>
        <translation>Tout ce que Klaros sait reste sur ce PC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all data…</source>
        <translation>Exporter toutes les données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC…</source>
        <translation>Tout effacer sur ce PC…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a country in the list; type part of its name and pick it from the list.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un pays de la liste&#x202f;; saisissez une partie de son nom et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another PC</source>
        <translation>Autre PC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type this code into Klaros on the other PC before {time}. It works once.</source>
        <translation>Saisissez ce code dans Klaros sur l’autre PC avant {time}. Il fonctionne une seule fois.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../klaros_desktop/demo/onboarding_shots.py" line="+46"/>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="+130"/>
        <source>We sent a six-digit code to {email}. It may take a minute; look in the spam folder too.</source>
        <translation>Nous avons envoyé un code à six chiffres à {email}. Cela peut prendre une minute&#x202f;; regardez aussi dans le dossier des spams.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/inputs.py" line="+28"/>
        <source>Enter the {what}.</source>
        <translation>Saisissez l’{what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {what} is a number of about 15 digits; “{text}” is not one. Copy it again from Meta&apos;s page.</source>
        <translation>L’{what} est un nombre d’environ 15 chiffres&#x202f;; «&#x202f;{text}&#x202f;» n’en est pas un. Copiez-le à nouveau depuis la page de Meta.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/meta_connection.py" line="+20"/>
        <source>Meta does not know the phone number ID {phone} or the WhatsApp Business account ID {waba}, or the token may not see them. Copy both again from the App Dashboard (WhatsApp → API Setup) and make sure the token&apos;s system user has the WhatsApp account assigned.</source>
        <translation>Meta ne connaît pas l’identifiant de numéro de téléphone {phone} ou l’identifiant de compte WhatsApp Business {waba}, ou le jeton ne peut pas les voir. Copiez-les à nouveau tous les deux depuis le tableau de bord de l’app (WhatsApp → Configuration de l’API) et vérifiez que le compte WhatsApp est bien attribué à l’utilisateur système du jeton.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Connected to {number} ({name}); {count} templates loaded. The access token is kept {place}.</source>
        <translation>Connecté à {number} ({name})&#x202f;; modèles chargés&#x202f;: {count}. Le jeton d’accès est conservé {place}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to {number}; {count} templates loaded. The access token is kept {place}.</source>
        <translation>Connecté à {number}&#x202f;; modèles chargés&#x202f;: {count}. Le jeton d’accès est conservé {place}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="-91"/>
        <source>The relay address must start with https:// so that nobody on the way can read this computer&apos;s key. Ask whoever runs your relay for its https:// address.</source>
        <translation>L’adresse du relais doit commencer par https:// pour que personne en chemin ne puisse lire la clé de cet ordinateur. Demandez son adresse https:// à la personne qui gère votre relais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay address starts with https://, for example https://relay.example.com</source>
        <translation>L’adresse du relais commence par https://, par exemple https://relay.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The relay did not accept this pairing code: it is mistyped, was already used, or has expired (codes are valid for a limited time and only once). Ask whoever runs your relay for a new code, or, on a PC of your shop that is already set up, open Settings → “Pair another PC”.</source>
        <translation>Le relais n’a pas accepté ce code d’association&#x202f;: il est mal saisi, a déjà été utilisé ou a expiré (les codes ne valent qu’une fois et pour une durée limitée). Demandez un nouveau code à la personne qui gère votre relais ou, sur un PC de votre boutique déjà configuré, ouvrez Paramètres → «&#x202f;Associer un autre PC&#x202f;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paired as device {device} of shop {shop}. The device key and token are kept {place}.</source>
        <translation>Associé comme appareil {device} de la boutique {shop}. La clé de l’appareil et le jeton sont conservés {place}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This relay does not let shops sign up by themselves. Ask whoever runs it for a pairing code, or choose another relay.</source>
        <translation>Ce relais ne permet pas aux boutiques de s’inscrire elles-mêmes. Demandez un code d’association à la personne qui le gère, ou choisissez un autre relais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail code is wrong or has expired (it works once, for 30 minutes, and five wrong tries end it). Ask for a new code and type the newest one.</source>
        <translation>Le code reçu par e-mail est erroné ou a expiré (il fonctionne une fois, pendant 30 minutes, et cinq essais erronés l’annulent). Demandez un nouveau code et saisissez le plus récent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This WhatsApp Business account is already set up on this relay. Pair this PC with a code from a PC of your shop that is already set up (Settings → “Pair another PC”) instead.</source>
        <translation>Ce compte WhatsApp Business est déjà configuré sur ce relais. Associez plutôt ce PC avec un code obtenu sur un PC de votre boutique déjà configuré (Paramètres → «&#x202f;Associer un autre PC&#x202f;»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay could not send the e-mail right now. Try again in a minute.</source>
        <translation>Le relais n’a pas pu envoyer l’e-mail pour le moment. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your e-mail address, for example laden@example.com.</source>
        <translation>Saisissez votre adresse e-mail, par exemple boutique@example.com.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your shop is created on the relay and this PC is paired. The device key and token are kept {place}.</source>
        <translation>Votre boutique est créée sur le relais et ce PC est associé. La clé de l’appareil et le jeton sont conservés {place}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/relay_media.py" line="+35"/>
        <source>Paste the Meta access token first.</source>
        <translation>Collez d’abord le jeton d’accès Meta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The relay now keeps the photos, voice notes and documents your customers send until this computer has them, even if it is off for more than a week.</source>
        <translation>Le relais conserve désormais les photos, messages vocaux et documents envoyés par vos clients jusqu’à ce que cet ordinateur les ait récupérés, même s’il reste éteint plus d’une semaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay no longer keeps your customers&apos; files; Klaros fetches them from WhatsApp, which keeps them for about 7 days.</source>
        <translation>Le relais ne conserve plus les fichiers de vos clients&#x202f;; Klaros les récupère auprès de WhatsApp, qui les garde environ 7 jours.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/webhook.py" line="+33"/>
        <source>Meta has not checked the address yet. In Meta&apos;s App Dashboard, open WhatsApp → Configuration, enter the callback URL and verify token shown here, click “Verify and save”, then test again.</source>
        <translation>Meta n’a pas encore vérifié l’adresse. Dans le tableau de bord des apps de Meta, ouvrez WhatsApp → Configuration, saisissez l’URL de rappel et le jeton de vérification affichés ici, cliquez sur «&#x202f;Vérifier et enregistrer&#x202f;», puis testez à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta checked the address {when}, but no message has arrived yet. Subscribe to the “messages” field on the same page, then send a WhatsApp message to your shop&apos;s number from any phone and test again.</source>
        <translation>Meta a vérifié l’adresse {when}, mais aucun message n’est encore arrivé. Abonnez-vous au champ «&#x202f;messages&#x202f;» sur la même page, puis envoyez un message WhatsApp au numéro de votre boutique depuis n’importe quel téléphone et testez à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything works: Meta checked the address {checked} and the last message arrived {arrived}.</source>
        <translation>Tout fonctionne&#x202f;: Meta a vérifié l’adresse {checked} et le dernier message est arrivé {arrived}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="-21"/>
        <source>This profile is not paired with a relay yet; {fix}.</source>
        <translation>Ce profil n’est pas encore associé à un relais&#x202f;; {fix}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This profile is not connected to Meta yet; {fix}.</source>
        <translation>Ce profil n’est pas encore connecté à Meta&#x202f;; {fix}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+151"/>
        <source>Set up Klaros</source>
        <translation>Configurer Klaros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>Sketch</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+27"/>
        <source>Business info</source>
        <translation>Infos entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>System users</source>
        <translation>Utilisateurs système</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp accounts</source>
        <translation>Comptes WhatsApp</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>business.facebook.com  ›  Settings</source>
        <translation>business.facebook.com  ›  Paramètres</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No system users yet.</source>
        <translation>Aucun utilisateur système pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add</source>
        <translation>+ Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create system user</source>
        <translation>Créer un utilisateur système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Assign assets</source>
        <translation>Attribuer des éléments</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Apps: your app — Full control</source>
        <translation>Apps&#x202f;: votre app — Contrôle total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp accounts: your shop — Full control</source>
        <translation>Comptes WhatsApp&#x202f;: votre boutique — Contrôle total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate new token</source>
        <translation>Générer un nouveau token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App: your app</source>
        <translation>App&#x202f;: votre app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: Never</source>
        <translation>Expiration&#x202f;: Jamais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate token</source>
        <translation>Générer le token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your token</source>
        <translation>Votre token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meta shows it only once.</source>
        <translation>Meta ne l’affiche qu’une seule fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-452"/>
        <source>Your relay</source>
        <translation>Votre relais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WhatsApp Business account</source>
        <translation>Compte WhatsApp Business</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check and finish</source>
        <translation>Vérifier et terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {n} of 3: {name}</source>
        <translation>Étape {n} sur 3&#x202f;: {name}</translation>
    </message>
</context>
<context>
    <name>TemplateBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="+78"/>
        <source>Map: {place}</source>
        <translation>Carte&#x202f;: {place}</translation>
    </message>
</context>
<context>
    <name>TemplateDrafts</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_drafts.py" line="+164"/>
        <source>The name may only hold lowercase letters, digits and underscores, for example order_ready.</source>
        <translation>Le nom ne peut contenir que des lettres minuscules, des chiffres et des tirets bas, par exemple commande_prete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whether it is a marketing or a utility message.</source>
        <translation>Choisissez s’il s’agit d’un message marketing ou utilitaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the message text.</source>
        <translation>Rédigez le texte du message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message text is longer than {n} characters.</source>
        <translation>Le texte du message dépasse {n} caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>This template names its values, such as {example}: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Ce modèle nomme ses valeurs, comme {example}&#x202f;: utilisez des minuscules, des chiffres et des tirets bas, en commençant par une lettre.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Number the values {numbers} in order.</source>
        <translation>Numérotez les valeurs {numbers} dans l’ordre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta refuses a value at the very start or end of the text; put a word before and after it.</source>
        <translation>Meta refuse une valeur tout au début ou tout à la fin du texte&#x202f;; mettez un mot avant et après.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example for each value, as a customer would read it (Meta&apos;s review looks at them).</source>
        <translation>Donnez un exemple pour chaque valeur, tel qu’un client le lirait (la vérification de Meta les examine).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header and footer may have at most {n} characters each.</source>
        <translation>L’en-tête et le pied de page peuvent contenir au plus {n} caractères chacun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the picture, video or document shown at the top (Meta&apos;s review looks at it).</source>
        <translation>Choisissez l&apos;image, la vidéo ou le document affiché en haut (l&apos;examen de Meta le regarde).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {n} buttons of at most {chars} characters each.</source>
        <translation>Au plus {n} boutons d’au plus {chars} caractères chacun.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The header may hold one value at most.</source>
        <translation>L’en-tête peut contenir une valeur au plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header&apos;s value is written {value}.</source>
        <translation>La valeur de l’en-tête s’écrit {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example for the header&apos;s value (Meta&apos;s review looks at it).</source>
        <translation>Donnez un exemple pour la valeur de l’en-tête (l’examen de Meta le regarde).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta allows a copy-code button only in marketing templates.</source>
        <translation>Meta n’autorise un bouton « Copier le code » que dans les modèles marketing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta allows one copy-code button per template.</source>
        <translation>Meta autorise un seul bouton « Copier le code » par modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example code for the copy-code button, at most {n} characters (each customer gets their own when sending).</source>
        <translation>Donnez un code d’exemple pour le bouton « Copier le code », {n} caractères au plus (chaque client reçoit le sien à l’envoi).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meta allows at most two link buttons and one call button.</source>
        <translation>Meta autorise au plus deux boutons de lien et un bouton d&apos;appel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every link and call button a label.</source>
        <translation>Donnez un libellé à chaque bouton de lien et d&apos;appel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A link button needs a web address starting with https://, for example https://example.com/shop.</source>
        <translation>Un bouton de lien demande une adresse web commençant par https://, par exemple https://example.com/boutique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link may hold one value, {value}, and only at its very end.</source>
        <translation>Un lien peut contenir une seule valeur, {value}, et seulement tout à la fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example of the whole link with its value filled in (Meta&apos;s review opens it).</source>
        <translation>Donnez un exemple du lien complet avec sa valeur remplie (l&apos;examen de Meta l&apos;ouvre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call button needs a phone number with its country code, for example +49 30 1234567.</source>
        <translation>Un bouton d&apos;appel demande un numéro de téléphone avec l&apos;indicatif du pays, par exemple +33 1 23 45 67 89.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meta takes a JPEG or PNG picture, an MP4 video or a PDF document here; this file is none of them.</source>
        <translation>Meta accepte ici une image JPEG ou PNG, une vidéo MP4 ou un document PDF&#x202f;; ce fichier n&apos;est rien de cela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty or larger than Meta allows ({mb} MB).</source>
        <translation>Le fichier est vide ou plus grand que ce que Meta autorise ({mb} Mo).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+30"/>
        <source>Edit template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order_ready</source>
        <translation>commande_prete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Utility: about an order, an appointment, an account</source>
        <translation>Utilitaire&#x202f;: à propos d’une commande, d’un rendez-vous, d’un compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing: offers, news, invitations</source>
        <translation>Marketing&#x202f;: offres, nouveautés, invitations</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>What is at the top</source>
        <translation>En haut du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Optional, bold above the text</source>
        <translation>Facultatif, en gras au-dessus du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to {n} characters; may hold one value, {value}, given when sending.</source>
        <translation>{n} caractères au plus ; peut contenir une valeur, {value}, donnée à l’envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example for the header&apos;s value</source>
        <translation>Exemple pour la valeur de l’en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit.</source>
        <translation>Bonjour {{1}}, votre commande {{2}} est prête à être retirée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+28"/>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Optional, small under the text</source>
        <translation>Facultatif, en petit sous le texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick reply buttons</source>
        <translation>Boutons de réponse rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, comma separated: Ja, Nein</source>
        <translation>Facultatif, séparés par des virgules&#x202f;: Oui, Non</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Link button</source>
        <translation>+ Bouton de lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Call button</source>
        <translation>+ Bouton d&apos;appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Copy-code button</source>
        <translation>+ Bouton « Copier le code »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A button that copies a code, such as a coupon; marketing templates only.</source>
        <translation>Un bouton qui copie un code, comme un bon de réduction ; modèles marketing uniquement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply buttons</source>
        <translation>Boutons de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links, calls, codes</source>
        <translation>Liens, appels, codes</translation>
    </message>
    <message>
        <source>Links, calls</source>
        <translation type="vanished">Liens, appels</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+65"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="vanished">Boutons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meta reviews the change again; until it approves it, the template cannot be sent. An approved template can be changed once a day and up to 10 times in 30 days, and keeps its category.</source>
        <translation>Meta vérifie à nouveau la modification&#x202f;; tant qu’elle n’est pas approuvée, le modèle ne peut pas être envoyé. Un modèle approuvé peut être modifié une fois par jour et jusqu’à 10 fois en 30 jours, et garde sa catégorie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer sees</source>
        <translation>Ce que voit le client</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Submit the change to Meta</source>
        <translation>Soumettre la modification à Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit to Meta for review</source>
        <translation>Soumettre à la vérification de Meta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name and language of a template cannot be changed</source>
        <translation>Le nom et la langue d’un modèle ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos (*.mp4)</source>
        <translation>Vidéos (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file shown at the top</source>
        <translation>Choisir le fichier affiché en haut</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Example for {value}</source>
        <translation>Exemple pour {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A map; you give the place (name and address) each time you send.</source>
        <translation>Une carte ; vous indiquez le lieu (nom et adresse) à chaque envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New file: {name}</source>
        <translation>Nouveau fichier&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current file stays (Klaros sends it to Meta again).</source>
        <translation>Le fichier actuel reste (Klaros l&apos;envoie de nouveau à Meta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file Meta&apos;s review sees.</source>
        <translation>Choisissez le fichier que verra l&apos;examen de Meta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>value {n}</source>
        <translation>valeur {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for {name}</source>
        <translation>Exemple pour {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for value {n}</source>
        <translation>Exemple pour la valeur {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not connected to Meta; set it up first (File → Set up connection…).</source>
        <translation>Pas connecté à Meta&#x202f;; configurez d’abord la connexion (Fichier → Configurer la connexion…).</translation>
    </message>
</context>
<context>
    <name>TemplateEdits</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_edits.py" line="+46"/>
        <source>Nothing has changed yet; change the text, a button or the category first.</source>
        <translation>Rien n’a encore changé&#x202f;; modifiez d’abord le texte, un bouton ou la catégorie.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Meta is still reviewing this template; you can change it once the review is over.</source>
        <translation>Meta vérifie encore ce modèle&#x202f;; vous pourrez le modifier une fois la vérification terminée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta only lets you change approved, rejected or paused templates; this one is {status}.</source>
        <translation>Meta ne permet de modifier que les modèles approuvés, refusés ou en pause&#x202f;; celui-ci a le statut {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros does not know Meta&apos;s number for this template yet; press “Refresh from Meta” first.</source>
        <translation>Klaros ne connaît pas encore le numéro de Meta pour ce modèle&#x202f;; cliquez d’abord sur «&#x202f;Actualiser depuis Meta&#x202f;».</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (a picture, video or document header, link or call buttons, named values or an authentication code); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Ce modèle contient des éléments que Klaros ne peut pas encore modifier (en-tête image, vidéo ou document, boutons de lien ou d’appel, valeurs nommées ou code d’authentification)&#x202f;; modifiez-le dans le Gestionnaire WhatsApp de Meta.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (an authentication code, a value in the header, copy-code, form or catalogue buttons, a location or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Ce modèle contient des éléments que Klaros ne sait pas encore modifier (un code d&apos;authentification, une valeur dans l&apos;en-tête, des boutons copier le code, formulaire ou catalogue, un lieu ou des cartes)&#x202f;; modifiez-le dans le Gestionnaire WhatsApp de Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template has parts Klaros cannot edit (an authentication code, whose text Meta writes itself; form or catalogue buttons, which point at a form or catalogue set up in Meta&apos;s tools; or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation>Ce modèle contient des éléments que Klaros ne peut pas modifier (un code d’authentification, dont Meta rédige le texte ; des boutons de formulaire ou de catalogue, qui renvoient à un formulaire ou un catalogue configuré dans les outils de Meta ; ou des cartes) ; modifiez-le dans le WhatsApp Manager de Meta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meta lets you change an approved template once a day; you can change this one again after {when}.</source>
        <translation>Meta permet de modifier un modèle approuvé une fois par jour&#x202f;; vous pourrez modifier celui-ci à nouveau après {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta lets you change an approved template up to 10 times in 30 days; the next change is possible after {when}.</source>
        <translation>Meta permet de modifier un modèle approuvé jusqu’à 10 fois en 30 jours&#x202f;; la prochaine modification sera possible après {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no template {name} in {language} here; refresh the templates from Meta first.</source>
        <translation>Il n’y a pas ici de modèle {name} en {language}&#x202f;; actualisez d’abord les modèles depuis Meta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name and language of a template cannot be changed; create a new template instead.</source>
        <translation>Le nom et la langue d’un modèle ne peuvent pas être modifiés&#x202f;; créez plutôt un nouveau modèle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta does not let you change the category of an approved template; create a new template instead.</source>
        <translation>Meta ne permet pas de changer la catégorie d’un modèle approuvé&#x202f;; créez plutôt un nouveau modèle.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+232"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>Utilitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+42"/>
        <source>Meta found the content abusive or against its commerce and business policies.</source>
        <translation>Meta a jugé le contenu abusif ou contraire à ses politiques commerciales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format is not valid, for example variables not numbered {{1}}, {{2}}… in order, or a variable at the very start or end.</source>
        <translation>Le format n’est pas valide, par exemple des variables non numérotées {{1}}, {{2}}… dans l’ordre, ou une variable tout au début ou tout à la fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta found it too promotional for its rules (for example a giveaway or pushy wording).</source>
        <translation>Meta l’a jugé trop promotionnel pour ses règles (par exemple un jeu-concours ou une formulation insistante).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The chosen category does not match what the message says.</source>
        <translation>La catégorie choisie ne correspond pas au contenu du message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta suspected the message of being a scam.</source>
        <translation>Meta a soupçonné le message d’être une arnaque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta rates customers&apos; reactions to it as medium: some block or report it. Check that it is wanted and well timed.</source>
        <translation>Meta juge moyennes les réactions des clients&#x202f;: certains le bloquent ou le signalent. Vérifiez qu&apos;il est souhaité et bien placé dans le temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta rates customers&apos; reactions to it as low: many block or report it. Meta may pause it; change the text or send it less often.</source>
        <translation>Meta juge faibles les réactions des clients&#x202f;: beaucoup le bloquent ou le signalent. Meta peut le mettre en pause&#x202f;; changez le texte ou envoyez-le moins souvent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: the place given when sending</source>
        <translation>Carte : le lieu est indiqué à l’envoi</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="-60"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+87"/>
        <source>Message templates</source>
        <translation>Modèles de message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template details</source>
        <translation>Détails du modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template preview</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer sees</source>
        <translation>Ce que voit le client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh from Meta</source>
        <translation>Actualiser depuis Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New template…</source>
        <translation>Nouveau modèle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected template&apos;s text or buttons; Meta reviews it again</source>
        <translation>Modifier le texte ou les boutons du modèle sélectionné&#x202f;; Meta le vérifie à nouveau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No templates yet. Create them in Meta&apos;s WhatsApp Manager, then press “Refresh from Meta”.</source>
        <translation>Aucun modèle pour l’instant. Créez-les dans le Gestionnaire WhatsApp de Meta, puis cliquez sur «&#x202f;Actualiser depuis Meta&#x202f;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} templates, {a} approved. Approvals from Meta appear here by themselves.</source>
        <translation>Modèles&#x202f;: {n}, dont {a} approuvé(s). Les approbations de Meta apparaissent ici d’elles-mêmes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet.</source>
        <translation>Aucun modèle pour l’instant.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Meta is reviewing it; the result appears here by itself.</source>
        <translation>Meta le vérifie&#x202f;; le résultat apparaîtra ici de lui-même.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta will change this template&apos;s category from {old} to {new} {when}.</source>
        <translation>Meta changera la catégorie de ce modèle de {old} à {new} {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soon</source>
        <translation>bientôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing messages cost more than utility messages, and they are charged even while the customer&apos;s 24-hour window is open.</source>
        <translation>Les messages marketing coûtent plus cher que les messages utilitaires et sont facturés même lorsque la fenêtre de 24 heures du client est ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utility messages cost less than marketing messages, and they are free while the customer&apos;s 24-hour window is open.</source>
        <translation>Les messages utilitaires coûtent moins cher que les messages marketing et sont gratuits tant que la fenêtre de 24 heures du client est ouverte.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not connected to Meta; set it up in Settings first.</source>
        <translation>Pas connecté à Meta&#x202f;; configurez d’abord la connexion dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Meta for the templates…</source>
        <translation>Demande des modèles à Meta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>({n} received from Meta)</source>
        <translation>({n} reçus de Meta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta n’a pas répondu&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../klaros_desktop/ui/inbox.py" line="-895"/>
        <source>Conversation messages</source>
        <translation>Messages de la conversation</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit before it goes</source>
        <translation>Modifier avant l’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send as template instead</source>
        <translation>Envoyer plutôt comme modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>React…</source>
        <translation>Réagir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward…</source>
        <translation>Transférer…</translation>
    </message>
</context>
<context>
    <name>TokenGuide</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+8"/>
        <source>How to create a permanent access token</source>
        <translation>Comment créer un jeton d’accès permanent (token)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Meta Business Suite, open Settings → System users and click “Add”.</source>
        <translation>Dans Meta Business Suite, ouvrez Paramètres → Utilisateurs système et cliquez sur «&#x202f;Ajouter&#x202f;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the system user (for example “klaros”), choose the role Admin and click “Create”.</source>
        <translation>Nommez l’utilisateur système (par exemple «&#x202f;klaros&#x202f;»), choisissez le rôle Admin et cliquez sur «&#x202f;Créer&#x202f;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Assign assets”: give it your app and your shop&apos;s WhatsApp account, each with full control.</source>
        <translation>Cliquez sur «&#x202f;Attribuer des éléments&#x202f;»&#x202f;: donnez-lui votre app et le compte WhatsApp de votre boutique, chacun avec le contrôle total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click “Generate new token”, choose your app, set the expiry to “Never”, and tick exactly these two permissions: {first} and {second}.</source>
        <translation>Cliquez sur «&#x202f;Générer un nouveau token&#x202f;», choisissez votre app, réglez l’expiration sur «&#x202f;Jamais&#x202f;» et cochez exactement ces deux autorisations&#x202f;: {first} et {second}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the token and paste it into Klaros (Meta shows it only once; spaces and line breaks are fine).</source>
        <translation>Copiez le token et collez-le dans Klaros (Meta ne l’affiche qu’une seule fois&#x202f;; les espaces et sauts de ligne ne posent pas de problème).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Open System users</source>
        <translation>Ouvrir les utilisateurs système</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Picture {n} of {total}</source>
        <translation>Image {n} sur {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../klaros_desktop/ui/update_notice.py" line="+47"/>
        <source>Update download</source>
        <translation>Téléchargement de la mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart to update</source>
        <translation>Redémarrer pour mettre à jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading Klaros %1 in the background. You can keep working.</source>
        <translation>Téléchargement de Klaros %1 en arrière-plan. Vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 is ready — restart to update. Your messages and contacts are kept.</source>
        <translation>La version %1 est prête — redémarrez pour mettre à jour. Vos messages et contacts sont conservés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klaros was updated to version %1.</source>
        <translation>Klaros a été mis à jour vers la version %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update to version %1 did not pass its check, so Klaros went back to version %2. Nothing was lost.</source>
        <translation>La mise à jour vers la version %1 n’a pas passé sa vérification&#x202f;: Klaros est donc revenu à la version %2. Rien n’a été perdu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What&apos;s new in Klaros %1</source>
        <translation>Nouveautés de Klaros %1</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../klaros_desktop/updater.py" line="+53"/>
        <source>The update server&apos;s signed list of releases has expired, so Klaros did not trust it and keeps this version. Your Klaros supplier has to renew it.</source>
        <translation>La liste signée des versions du serveur de mises à jour a expiré&#x202f;: Klaros ne lui a donc pas fait confiance et garde cette version. Votre fournisseur de Klaros doit la renouveler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The downloaded update does not match what the Klaros publisher signed, so it was thrown away. Klaros keeps this version and is safe to use.</source>
        <translation>La mise à jour téléchargée ne correspond pas à ce que l’éditeur de Klaros a signé&#x202f;: elle a donc été supprimée. Klaros garde cette version et peut être utilisé en toute sécurité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update server&apos;s list of releases is not signed by the Klaros publisher, so Klaros did not trust it and keeps this version.</source>
        <translation>La liste des versions du serveur de mises à jour n’est pas signée par l’éditeur de Klaros&#x202f;: Klaros ne lui a donc pas fait confiance et garde cette version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros could not reach its update server. It will try again later.</source>
        <translation>Klaros n’a pas pu joindre son serveur de mises à jour. Il réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not save the update on this computer (the disk may be full). It keeps this version.</source>
        <translation>Klaros n’a pas pu enregistrer la mise à jour sur cet ordinateur (le disque est peut-être plein). Il garde cette version.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="-1117"/>
        <source>Value of {variable}</source>
        <translation>Valeur de {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact field: {field}</source>
        <translation>Champ du contact&#x202f;: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text</source>
        <translation>Texte fixe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same text for everyone</source>
        <translation>Le même texte pour tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text for {variable}</source>
        <translation>Texte fixe pour {variable}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the contact has none, write…</source>
        <translation>Si le contact n’en a pas, écrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback for {variable}</source>
        <translation>Valeur par défaut pour {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if empty:</source>
        <translation>si vide&#x202f;:</translation>
    </message>
</context>
<context>
    <name>VideoViewer</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="-123"/>
        <source>Video</source>
        <translation>Vidéo</translation>
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
        <translation>Ouvrir dans votre lecteur vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video cannot be played here.</source>
        <translation>Cette vidéo ne peut pas être lue ici.</translation>
    </message>
</context>
<context>
    <name>_LiveCheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+131"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result of this step</source>
        <translation>Résultat de cette étape</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changed: check again.</source>
        <translation>Modifié&#x202f;: vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>delegates</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="-547"/>
        <location line="+142"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>opted out</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Not sent</source>
        <translation>⚠ Non envoyé</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice message</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Fiche de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message WhatsApp sent in a format Klaros cannot show</source>
        <translation>Un message que WhatsApp a envoyé dans un format que Klaros ne peut pas afficher</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="-272"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../klaros_desktop/commands/demo.py" line="+45"/>
        <source>DEMO (simulated customers)</source>
        <translation>DÉMO (clients simulés)</translation>
    </message>
</context>
</TS>
