<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>under a minute</source>
        <translation type="vanished">menos de un minuto</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="vanished">{n} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="vanished">{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="vanished">{h} h</translation>
    </message>
    <message>
        <source>{d} days</source>
        <translation type="vanished">{d} días</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+64"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label, e.g. Zum Shop</source>
        <translation>Texto, p. ej. Ver tienda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label, e.g. Anrufen</source>
        <translation>Texto, p. ej. Llamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link button label</source>
        <translation>Texto del botón de enlace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call button label</source>
        <translation>Texto del botón de llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example code, e.g. SPRING25</source>
        <translation>Código de ejemplo, p. ej. PRIMAVERA25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example code</source>
        <translation>Código de ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in marketing templates; a code of up to {n} characters. Each customer gets their own code when you send.</source>
        <translation>Solo en plantillas de marketing; un código de hasta {n} caracteres. Cada cliente recibe su propio código al enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole link with an example value</source>
        <translation>Enlace completo con un valor de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example link</source>
        <translation>Enlace de ejemplo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this button</source>
        <translation>Quitar este botón</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../klaros_desktop/services/analytics/budget.py" line="+70"/>
        <source>{amount!r} is not an amount of money.</source>
        <translation>{amount!r} no es un importe de dinero.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{amount!r} could be {grouped} or {fraction}; type it without the thousands separator, like {grouped}.</source>
        <translation>{amount!r} puede ser {grouped} o {fraction}; escríbalo sin separador de miles, por ejemplo {grouped}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A monthly budget must be more than zero.</source>
        <translation>Un presupuesto mensual debe ser mayor que cero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{currency!r} is not a currency code like EUR or USD.</source>
        <translation>{currency!r} no es un código de moneda como EUR o USD.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Monthly budget saved.</source>
        <translation>Presupuesto mensual guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget removed.</source>
        <translation>Presupuesto mensual eliminado.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Some of this month&apos;s messages have no price in the rate card, so the month&apos;s total may be higher than shown.</source>
        <translation>Algunos mensajes de este mes no tienen precio en la tarifa, así que el total del mes puede ser mayor de lo que se muestra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign would cost about {forecast} {currency}. With {spent} {currency} already spent this month, that is more than your monthly budget of {budget} {currency}.</source>
        <translation>Esta campaña costaría unos {forecast} {currency}. Con los {spent} {currency} ya gastados este mes, supera su presupuesto mensual de {budget} {currency}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/cost.py" line="+36"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility (order and account updates)</source>
        <translation>Utilidad (avisos de pedidos y de cuenta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication (login codes)</source>
        <translation>Autenticación (códigos de acceso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication, international rate</source>
        <translation>Autenticación, tarifa internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing (Marketing Messages API)</source>
        <translation>Marketing (Marketing Messages API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service (replies in a chat)</source>
        <translation>Servicio (respuestas en un chat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an ad or page button</source>
        <translation>Tras un anuncio o un botón de página</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free: inside the 24-hour customer-service window</source>
        <translation>Gratis: dentro de la ventana de atención al cliente de 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free: the customer came from an ad or a page button (free entry point, 72 hours)</source>
        <translation>Gratis: el cliente llegó desde un anuncio o un botón de página (punto de entrada gratuito, 72 horas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rates for this period are in different currencies ({currencies}), so Klaros does not add them up. Import one rate card in the currency Meta bills you in.</source>
        <translation>Las tarifas de este periodo están en monedas distintas ({currencies}), así que Klaros no las suma. Importe una tarifa en la moneda en la que Meta le factura.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/delivery.py" line="+110"/>
        <source>Messages without a template (replies in a chat)</source>
        <translation>Mensajes sin plantilla (respuestas en un chat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not part of a campaign</source>
        <translation>No forma parte de una campaña</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/reconcile.py" line="+109"/>
        <source>Meta counted {n} more delivered messages than Klaros has. They were sent from another tool or from WhatsApp Manager, not from Klaros, so Klaros cannot show them.</source>
        <translation>Meta contó {n} mensajes entregados más que Klaros. Se enviaron desde otra herramienta o desde WhatsApp Manager, no desde Klaros, así que Klaros no puede mostrarlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} messages are still waiting for their delivery report from Meta; the figures will agree once it arrives.</source>
        <translation>{n} mensajes aún esperan su informe de entrega de Meta; las cifras coincidirán cuando llegue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros counted {n} more delivered messages than Meta reports yet. Meta updates its figures with a delay, and counts a message on the day it was delivered.</source>
        <translation>Klaros contó {n} mensajes entregados más de los que Meta informa por ahora. Meta actualiza sus cifras con retraso y cuenta cada mensaje el día en que se entregó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta charged {meta} {currency} where Klaros&apos;s rate card says {local} {currency} for the same messages. The rate card is out of date: import Meta&apos;s newest rate CSV.</source>
        <translation>Meta cobró {meta} {currency} donde la tarifa de Klaros indica {local} {currency} por los mismos mensajes. La tarifa está desactualizada: importe el CSV de tarifas más reciente de Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s figures and Meta&apos;s agree.</source>
        <translation>Las cifras de Klaros y las de Meta coinciden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta bills this account in {meta}, the rate card is in {local}: the amounts cannot be compared. Import the rate card in {meta}.</source>
        <translation>Meta factura esta cuenta en {meta} y la tarifa está en {local}: los importes no se pueden comparar. Importe la tarifa en {meta}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Meta keeps figures per template for 90 days only; choose a shorter period to compare them.</source>
        <translation>Meta guarda las cifras por plantilla solo 90 días; elija un periodo más corto para compararlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta gave no figures per template: {reason}</source>
        <translation>Meta no dio cifras por plantilla: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Klaros is not connected to Meta, so Meta&apos;s own figures could not be asked for.</source>
        <translation>Klaros no está conectado con Meta, así que no se pudieron pedir las cifras de Meta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta did not give its figures: {reason}</source>
        <translation>Meta no dio sus cifras: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+235"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose days…</source>
        <translation>Elegir días…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with the period before</source>
        <translation>Comparar con el periodo anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report as CSV…</source>
        <translation>Guardar informe como CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>messages sent</source>
        <translation>mensajes enviados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>entregados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>leídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered within 24 hours</source>
        <translation>respondidos en 24 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not delivered</source>
        <translation>no entregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charged by Meta</source>
        <translation>cobrados por Meta</translation>
    </message>
    <message>
        <source>not confirmed by WhatsApp</source>
        <translation type="vanished">no confirmados por WhatsApp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From sent to answered</source>
        <translation>Del envío a la respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the funnel per</source>
        <translation>Mostrar el embudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per template</source>
        <translation>por plantilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per campaign</source>
        <translation>por campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per tag</source>
        <translation>por etiqueta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+295"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Not delivered</source>
        <translation>No entregados</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Funnel per template, campaign or tag</source>
        <translation>Embudo por plantilla, campaña o etiqueta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why Meta did not deliver</source>
        <translation>Por qué Meta no entregó</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+325"/>
        <location line="+5"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Messages not delivered, by reason</source>
        <translation>Mensajes no entregados, por motivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>half of the customers got an answer within</source>
        <translation>la mitad de los clientes recibió respuesta en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 in 10 got an answer within</source>
        <translation>9 de cada 10 recibieron respuesta en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages still without an answer</source>
        <translation>mensajes de clientes aún sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chats where you can write freely now (24-hour window open)</source>
        <translation>chats con la ventana de 24 horas abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from customers per day</source>
        <translation>Mensajes de clientes por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers write (hour of the week)</source>
        <translation>Cuándo escriben los clientes (hora de la semana)</translation>
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
        <translation>mié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opt-ins and opt-outs per day</source>
        <translation>Altas y bajas por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Opt-ins and opt-outs</source>
        <translation>Altas y bajas</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+340"/>
        <source>Charged messages per day</source>
        <translation>Mensajes cobrados por día</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Charged messages by category</source>
        <translation>Mensajes cobrados por categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+340"/>
        <source>Charged messages</source>
        <translation>Mensajes cobrados</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cost by category</source>
        <translation>Coste por categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cost by country</source>
        <translation>Coste por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template or campaign</source>
        <translation>Plantilla o campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by template and campaign</source>
        <translation>Coste por plantilla y campaña</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This month&apos;s charges against the budget</source>
        <translation>Los cargos de este mes frente al presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 150</source>
        <translation>p. ej., 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Importe del presupuesto mensual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget currency</source>
        <translation>Moneda del presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Guardar presupuesto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with Meta&apos;s figures</source>
        <translation>Comparar con las cifras de Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta keeps its own count of what it delivered and charged. Compare it with Klaros&apos;s to see whether anything was sent from elsewhere.</source>
        <translation>Meta lleva su propia cuenta de lo que entregó y cobró. Compárela con la de Klaros para ver si algo se envió desde otro lugar.</translation>
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
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Cifras de Klaros y de Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Klaros)</source>
        <translation>Enviados (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Meta)</source>
        <translation>Enviados (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (Klaros)</source>
        <translation>Entregados (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered (Meta)</source>
        <translation>Entregados (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read (Klaros)</source>
        <translation>Leídos (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read (Meta)</source>
        <translation>Leídos (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per template, Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Cifras de Klaros y de Meta por plantilla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not delivered, by Meta&apos;s reason (double-click to see the messages)</source>
        <translation>No entregados, por el motivo de Meta (doble clic para ver los mensajes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Importar la lista de precios de Meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s rates CSV (from Meta&apos;s pricing page): prices this screen&apos;s messages, and the campaigns&apos; forecasts</source>
        <translation>El CSV de tarifas de Meta (de su página de precios): pone precio a los mensajes de esta pantalla y a las previsiones de las campañas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly budget</source>
        <translation>Presupuesto mensual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was free, and why</source>
        <translation>Qué fue gratis y por qué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By template and campaign</source>
        <translation>Por plantilla y campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta&apos;s own figures</source>
        <translation>Las cifras de Meta</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The numbers could not be read: {error}</source>
        <translation>No se pudieron leer las cifras: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>before: {n}</source>
        <translation>antes: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} messages</source>
        <translation>{n} mensajes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed by WhatsApp: {n} (they may or may not have reached the customer)</source>
        <translation>No confirmados por WhatsApp: {n} (puede que hayan llegado al cliente o no)</translation>
    </message>
    <message>
        <source>may or may not have reached the customer</source>
        <translation type="vanished">puede que hayan llegado al cliente o no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} charged messages</source>
        <translation>{n} mensajes cobrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>charged messages (no prices yet)</source>
        <translation>mensajes cobrados (aún sin precios)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>of {n} times a customer wrote</source>
        <translation>de {n} veces que escribió un cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed to messages</source>
        <translation>Aceptaron mensajes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped messages</source>
        <translation>Dejaron de recibir mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote a keyword (STOP / START)</source>
        <translation>escribió una palabra clave (STOP / START)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pressed a button</source>
        <translation>pulsó un botón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from a file</source>
        <translation>importado de un archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entered in Klaros</source>
        <translation>introducido en Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing in WhatsApp</source>
        <translation>dejó de recibir marketing en WhatsApp</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period before</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges per day ({currency})</source>
        <translation>Cargos por día ({currency})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no template)</source>
        <translation>(sin plantilla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign: {name}</source>
        <translation>Campaña: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not charged because never delivered: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>No cobrados porque nunca se entregaron: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still waiting for Meta&apos;s report on the price: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Aún esperan el informe de Meta sobre el precio: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free messages in this period.</source>
        <translation>No hay mensajes gratuitos en este periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts in {currency}, Meta&apos;s rates as of {date}; Meta&apos;s own category and price type from each delivery report.</source>
        <translation>Importes en {currency}, tarifas de Meta a fecha de {date}; la categoría y el tipo de precio de Meta, de cada informe de entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts from Meta&apos;s delivery reports. Amounts appear once a rate card with Meta&apos;s prices is imported.</source>
        <translation>Cantidades de los informes de entrega de Meta. Los importes aparecen cuando se importa una tarifa con los precios de Meta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No monthly budget set. Set one to see this month&apos;s charges against it; campaigns warn before they would go over it.</source>
        <translation>No hay presupuesto mensual. Fije uno para ver los cargos de este mes frente a él; las campañas avisan antes de superarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget {budget} a month. This month&apos;s charges cannot be priced in {currency} yet.</source>
        <translation>Presupuesto de {budget} al mes. Los cargos de este mes aún no se pueden calcular en {currency}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month so far: {spent} of {budget} ({share}).</source>
        <translation>Este mes hasta ahora: {spent} de {budget} ({share}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the budget.</source>
        <translation>Por encima del presupuesto.</translation>
    </message>
    <message>
        <source>Monthly budget saved.</source>
        <translation type="vanished">Presupuesto mensual guardado.</translation>
    </message>
    <message>
        <source>Monthly budget removed.</source>
        <translation type="vanished">Presupuesto mensual eliminado.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asking Meta…</source>
        <translation>Consultando a Meta…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta no respondió: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta counted {n} delivered messages, {cost} charged.</source>
        <translation>Meta contó {n} mensajes entregados y cobró {cost}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save picture</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save table</source>
        <translation>Guardar tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="+20"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="-1"/>
        <source>Import Meta&apos;s price list</source>
        <translation>Importar la lista de precios de Meta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation>Precios importados para {n} mercados en {currency}, válidos desde el {day}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="-8"/>
        <location line="+20"/>
        <source>Saved {file}</source>
        <translation>Guardado {file}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location line="-798"/>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
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
        <translation>{d} días</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/attachments.py" line="+121"/>
        <source>Send files to {name}</source>
        <translation>Enviar archivos a {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files to send</source>
        <translation>Archivos para enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption for the selected file</source>
        <translation>Texto para el archivo seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Add a caption (optional)</source>
        <translation>Añadir un texto (opcional)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+23"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send {n} files</source>
        <translation>Enviar {n} archivos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WhatsApp shows no caption on voice messages and stickers</source>
        <translation>WhatsApp no muestra texto en los mensajes de voz ni en los stickers</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location line="+25"/>
        <source>Attach photos, videos, voice messages or documents</source>
        <translation>Adjuntar fotos, vídeos, mensajes de voz o documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos, audio and documents</source>
        <translation>Fotos, vídeos, audio y documentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pasted picture.png</source>
        <translation>Imagen pegada.png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files can be sent while the customer&apos;s 24-hour window is open, like any free-form message.</source>
        <translation>Los archivos se pueden enviar mientras la ventana de 24 horas del cliente esté abierta, como cualquier mensaje libre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The files could not be queued: {error}</source>
        <translation>No se pudieron poner los archivos en cola: {error}</translation>
    </message>
</context>
<context>
    <name>AutoReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/auto_replies.py" line="+109"/>
        <source>write the greeting message, or switch it off</source>
        <translation>escriba el mensaje de bienvenida o desactívelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the away message, or switch it off</source>
        <translation>escriba el mensaje de ausencia o desactívelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on {day} the shop closes before it opens</source>
        <translation>el {day} la tienda cierra antes de abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wait at least one hour before the same reply</source>
        <translation>espere al menos una hora antes de la misma respuesta</translation>
    </message>
</context>
<context>
    <name>AutoRepliesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/auto_replies_dialog.py" line="+33"/>
        <source>Greeting and away messages</source>
        <translation>Mensajes de bienvenida y de ausencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros answers by itself, like the WhatsApp Business app: only to a message that just arrived, only while the customer may be messaged, and not again to the same person within the quiet time. Automatic replies are marked in the chat.</source>
        <translation>Klaros responde solo, como la app WhatsApp Business: únicamente a un mensaje que acaba de llegar, solo mientras se pueda escribir al cliente y no de nuevo a la misma persona dentro del tiempo de pausa. Las respuestas automáticas se marcan en el chat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send it</source>
        <translation>Enviarlo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Greeting: to a customer&apos;s first message</source>
        <translation>Bienvenida: al primer mensaje de un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to our shop! How can we help?</source>
        <translation>¡Bienvenido a nuestra tienda! ¿En qué podemos ayudarle?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away: to a message outside your business hours</source>
        <translation>Ausencia: a un mensaje fuera de su horario comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your message. We are closed now and answer tomorrow from 9 o&apos;clock.</source>
        <translation>Gracias por su mensaje. Ahora estamos cerrados y le respondemos mañana a partir de las 9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours</source>
        <translation>Horario comercial</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opens</source>
        <translation>abre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closes</source>
        <translation>cierra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not the same reply to the same person again within</source>
        <translation>No repetir la misma respuesta a la misma persona en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet time in hours</source>
        <translation>Tiempo de pausa en horas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>{n} waiting</source>
        <translation type="vanished">{n} en espera</translation>
    </message>
    <message>
        <source>{n} not sent</source>
        <translation type="vanished">{n} sin enviar</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation type="vanished">Bandeja de salida: {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/backend.py" line="+142"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n mensaje en espera</numerusform>
            <numerusform>%n mensajes en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 message waiting to be sent</source>
        <translation>1 mensaje esperando a enviarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages waiting to be sent</source>
        <translation>{n} mensajes esperando a enviarse</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n message(s) not sent</source>
        <translation>
            <numerusform>⚠ %n mensaje no enviado</numerusform>
            <numerusform>⚠ %n mensajes no enviados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 1 message not sent: the chat marked “Not sent” says why</source>
        <translation>⚠ 1 mensaje no enviado: el chat marcado «No enviado» indica por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {n} messages not sent: the chats marked “Not sent” say why</source>
        <translation>⚠ {n} mensajes no enviados: los chats marcados «No enviado» indican por qué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected · no new events yet</source>
        <translation>Conectado · aún no hay eventos nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected · last event {time}</source>
        <translation>Conectado · último evento {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected yet · File → Set up connection…</source>
        <translation>Aún sin conectar · Archivo → Configurar conexión…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected yet</source>
        <translation>Aún sin conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect</source>
        <translation>No se puede conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect: no secure password store on this computer · File → Set up connection… says what to install</source>
        <translation>No se puede conectar: este equipo no tiene un almacén de contraseñas seguro · Archivo → Configurar conexión… indica qué instalar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline since {time}</source>
        <translation>Sin conexión desde {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline since {time} · messages you write wait in the outbox</source>
        <translation>Sin conexión desde {time} · lo que escriba espera en la bandeja de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="+411"/>
        <source>Reacted {emoji}</source>
        <translation>Reaccionó con {emoji}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed a reaction</source>
        <translation>Quitó una reacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template “{name}”</source>
        <translation>Plantilla «{name}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic reply</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click here to send a template instead.</source>
        <translation>Haga clic aquí para enviar una plantilla en su lugar.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is no longer on this computer.</source>
        <translation>El archivo ya no está en este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uploading {size}…</source>
        <translation>subiendo {size}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet · next try {time}</source>
        <translation>aún sin enviar · próximo intento {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>esperando para enviarse</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Open · Save as…</source>
        <translation>Abrir · Guardar como…</translation>
    </message>
</context>
<context>
    <name>CampaignBuilder</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="+166"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name, e.g. Mother&apos;s Day offer</source>
        <translation>Nombre, p. ej., Oferta del Día de la Madre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1  Who gets it</source>
        <translation>1  Quién la recibe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2  Message</source>
        <translation>2  Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3  Test and send</source>
        <translation>3  Probar y enviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign summary</source>
        <translation>Resumen de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1005"/>
        <source>Start sending</source>
        <translation>Empezar a enviar</translation>
    </message>
    <message>
        <location line="-1003"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Campaign name:</source>
        <translation>Nombre de la campaña:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contacts that match these filters</source>
        <translation>Contactos que cumplen estos filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list of numbers (pasted or from a file)</source>
        <translation>Una lista de números (pegada o de un archivo)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved audiences</source>
        <translation>Audiencias guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these filters…</source>
        <translation>Guardar estos filtros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved audience:</source>
        <translation>Audiencia guardada:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Has any of these tags</source>
        <translation>Tiene alguna de estas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has all of these tags</source>
        <translation>Tiene todas estas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has none of these tags</source>
        <translation>No tiene ninguna de estas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any of these tags</source>
        <translation>Alguna de estas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And all of these tags</source>
        <translation>Y todas estas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>But none of these tags</source>
        <translation>Pero ninguna de estas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the number</source>
        <translation>País del número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who may get the template</source>
        <translation>Todos los que pueden recibir la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those with a recorded opt-in</source>
        <translation>Solo quienes tienen consentimiento registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote to you in the last</source>
        <translation>Le escribió en los últimos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since they last wrote</source>
        <translation>Días desde su último mensaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24-hour window</source>
        <translation>Ventana de 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (they wrote in the last 24 hours)</source>
        <translation>Abierta (escribió en las últimas 24 horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact field</source>
        <translation>Campo del contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is (empty: has any value)</source>
        <translation>es (vacío: tiene cualquier valor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field value</source>
        <translation>Valor del campo del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact field conditions</source>
        <translation>Condiciones de campos del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Último mensaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24-hour window:</source>
        <translation>Ventana de 24 horas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field:</source>
        <translation>Campo del contacto:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One number per line, e.g. +49 151 23456789 (numbers without +country use the shop&apos;s country)</source>
        <translation>Un número por línea, p. ej., +49 151 23456789 (los números sin +prefijo de país usan el país de la tienda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers to send to</source>
        <translation>Números a los que enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a contacts file…</source>
        <translation>Importar un archivo de contactos…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out, and why</source>
        <translation>Excluidos, y por qué</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+537"/>
        <source>Forecast cost</source>
        <translation>Coste previsto</translation>
    </message>
    <message>
        <location line="-499"/>
        <source>{field} is “{value}”</source>
        <translation>{field} es «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} has a value</source>
        <translation>{field} tiene un valor</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the audience</source>
        <translation>Guardar la audiencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for these filters, to use them again later:</source>
        <translation>Nombre para estos filtros, para usarlos de nuevo más tarde:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none saved yet</source>
        <translation>ninguna guardada aún</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a contacts file</source>
        <translation>Importar un archivo de contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts files (*.csv *.txt *.vcf)</source>
        <translation>Archivos de contactos (*.csv *.txt *.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not imported: {reason}</source>
        <translation>No importado: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File at the top of the message</source>
        <translation>Archivo en la parte superior del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or the WhatsApp media id of a file you uploaded</source>
        <translation>o el id de medio de WhatsApp de un archivo que subió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp media id for the top of the message</source>
        <translation>Id de medio de WhatsApp para la parte superior del mensaje</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview for</source>
        <translation>Vista previa para</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipients who would get an empty variable</source>
        <translation>Destinatarios que recibirían una variable vacía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview for:</source>
        <translation>Vista previa para:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The template shows a map at the top of the message. Give the place: everyone gets the same one. Your map app shows a place&apos;s coordinates (in Google Maps: right-click the place); you may paste both into the first field.</source>
        <translation>La plantilla muestra un mapa en la parte superior del mensaje. Indique el lugar: todos reciben el mismo. Su aplicación de mapas muestra las coordenadas de un lugar (en Google Maps: clic derecho sobre el lugar); puede pegar ambas en el primer campo.</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">p. ej., 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Latitud del lugar</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">p. ej., 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Longitud del lugar</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">p. ej., el nombre de su tienda</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Nombre del lugar</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Calle, código postal y localidad</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Dirección del lugar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latitude:</source>
        <translation>Latitud:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinates:</source>
        <translation>Coordenadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <source>No place given yet</source>
        <translation>Aún no se ha indicado ningún lugar</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{category} template. Body: {body}</source>
        <translation>Plantilla de {category}. Texto: {body}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title {variable}</source>
        <translation>Título {variable}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code of button {n}</source>
        <translation>Código del botón {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of button {n}</source>
        <translation>Enlace del botón {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The template shows {what} at the top of the message. Choose the file; it is uploaded to WhatsApp once, when sending starts.</source>
        <translation>La plantilla muestra {what} en la parte superior del mensaje. Elija el archivo; se sube a WhatsApp una vez, cuando empieza el envío.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a picture</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a video</source>
        <translation>un vídeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a document</source>
        <translation>un documento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen yet</source>
        <translation>Aún no se ha elegido ningún archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp media id {id}</source>
        <translation>Id de medio de WhatsApp {id}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File for the top of the message</source>
        <translation>Archivo para la parte superior del mensaje</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Map: {place}</source>
        <translation>Mapa: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map: no place given yet</source>
        <translation>Mapa: aún no se ha indicado ningún lugar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no file chosen yet</source>
        <translation>aún sin archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture attached: {name}</source>
        <translation>Imagen adjunta: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video attached: {name}</source>
        <translation>Vídeo adjunto: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached: {name}</source>
        <translation>Documento adjunto: {name}</translation>
    </message>
    <message>
        <source>Code of button {n}: {value}</source>
        <translation type="vanished">Código del botón {n}: {value}</translation>
    </message>
    <message>
        <source>Link of button {n}: …{value}</source>
        <translation type="vanished">Enlace del botón {n}: …{value}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your own WhatsApp number</source>
        <translation>Su propio número de WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number for the test message</source>
        <translation>Número para el mensaje de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test</source>
        <translation>Enviar una prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at</source>
        <translation>Empezar a las</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> messages a second</source>
        <translation> mensajes por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending speed</source>
        <translation>Velocidad de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>80 a second is WhatsApp&apos;s standard for a business number. Go higher only if Meta raised your number&apos;s throughput; lower spreads the replies out.</source>
        <translation>80 por segundo es el estándar de WhatsApp para un número de empresa. Suba solo si Meta aumentó la capacidad de su número; menos reparte las respuestas en el tiempo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost by country and category</source>
        <translation>Coste por país y categoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What WhatsApp will charge (forecast)</source>
        <translation>Lo que cobrará WhatsApp (previsión)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly budget</source>
        <translation>Presupuesto mensual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Importar la lista de precios de Meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The “Rates (CSV)” file from Meta&apos;s WhatsApp pricing page, in your billing currency</source>
        <translation>El archivo «Rates (CSV)» de la página de precios de WhatsApp de Meta, en su moneda de facturación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the message to yourself first to see it on a phone. The test uses the values your own contact would get (or the fallbacks).</source>
        <translation>Envíese primero el mensaje a usted mismo para verlo en un teléfono. La prueba usa los valores que recibiría su propio contacto (o los valores de reserva).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test:</source>
        <translation>Prueba:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost:</source>
        <translation>Coste:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to WhatsApp; set up the connection first.</source>
        <translation>No está conectado a WhatsApp; configure primero la conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your own WhatsApp number first.</source>
        <translation>Escriba primero su propio número de WhatsApp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the test…</source>
        <translation>Enviando la prueba…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{number}” is not a phone number.</source>
        <translation>«{number}» no es un número de teléfono.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test sent. Check your phone.</source>
        <translation>Prueba enviada. Mire su teléfono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Not sent: {reason}</source>
        <translation>No enviado: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(time zone {zone})</source>
        <translation>(zona horaria {zone})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No approved template yet. Create one in Meta&apos;s WhatsApp Manager and refresh the templates.</source>
        <translation>Aún no hay ninguna plantilla aprobada. Cree una en WhatsApp Manager de Meta y actualice las plantillas.</translation>
    </message>
    <message>
        <source>Not offered: {names} (a picture, file or variable in the heading is not supported yet).</source>
        <translation type="vanished">No se ofrecen: {names} (aún no se admite una imagen, un archivo o una variable en el encabezado).</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+179"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>recipients</source>
        <translation>destinatarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contacts match (choose a template to see who may get it)</source>
        <translation>contactos coinciden (elija una plantilla para ver quién puede recibirla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a phone number: {pieces}</source>
        <translation>No es un número de teléfono: {pieces}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title {length} of {max} characters</source>
        <translation>título de {length} de {max} caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get an empty value. Give those variables a fallback or fill in the contacts; the campaign cannot start until then.</source>
        <translation>{n} destinatarios recibirían un valor vacío. Dé a esas variables un valor de reserva o complete los contactos; hasta entonces la campaña no puede empezar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get a title longer than the {max} characters WhatsApp allows. Shorten those values or fill the title from another field; the campaign cannot start until then.</source>
        <translation>{n} destinatarios recibirían un título más largo que los {max} caracteres que permite WhatsApp. Acorte esos valores o rellene el título con otro campo; la campaña no puede empezar hasta entonces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every recipient gets a value for every variable.</source>
        <translation>Todos los destinatarios reciben un valor para cada variable.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a template to see the cost.</source>
        <translation>Elija una plantilla para ver el coste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No rate card covers {day}; import Meta&apos;s current rates (klaros rates import) to see the cost.</source>
        <translation>Ninguna tarifa cubre el {day}; importe las tarifas actuales de Meta (klaros rates import) para ver el coste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: unknown</source>
        <translation>Coste: desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>no se conoce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {amount}</source>
        <translation>al menos {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: {amount}</source>
        <translation>Coste: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{charged} charged, {free} free. Meta&apos;s rates as of {day}; what Meta charges for the messages, nothing else.</source>
        <translation>{charged} cobrados, {free} gratis. Tarifas de Meta a fecha de {day}; lo que Meta cobra por los mensajes, nada más.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>numbers of no known country</source>
        <translation>números de país desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s price list has no price for {countries} yet, so {n} recipients are not in the total. Import Meta&apos;s current price list below to include them.</source>
        <translation>La lista de precios de Klaros aún no tiene precio para {countries}, así que {n} destinatarios no están en el total. Importe abajo la lista de precios actual de Meta para incluirlos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit: {outside} of the {limit} customers a day you may start a conversation with.</source>
        <translation>Usa el {share} de su límite de mensajes: {outside} de los {limit} clientes al día con los que puede iniciar una conversación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your number has no daily messaging limit.</source>
        <translation>Su número no tiene límite diario de mensajes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{outside} recipients count towards your daily messaging limit (Klaros does not know your limit yet).</source>
        <translation>{outside} destinatarios cuentan para su límite diario de mensajes (Klaros aún no conoce su límite).</translation>
    </message>
    <message>
        <source>Import Meta&apos;s price list</source>
        <translation type="vanished">Importar la lista de precios de Meta</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation type="vanished">Precios importados para {n} mercados en {currency}, válidos desde el {day}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the campaign a name.</source>
        <translation>Dé un nombre a la campaña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an approved template (tab 2).</source>
        <translation>Elija una plantilla aprobada (pestaña 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody in this audience may receive the template.</source>
        <translation>Nadie en esta audiencia puede recibir la plantilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get an empty value (tab 2).</source>
        <translation>{n} destinatarios recibirían un valor vacío (pestaña 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get a title longer than {max} characters (tab 2).</source>
        <translation>{n} destinatarios recibirían un título de más de {max} caracteres (pestaña 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {what} for the top of the message (tab 2) before it can start.</source>
        <translation>Elija {what} para la parte superior del mensaje (pestaña 2) antes de que pueda empezar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the place for the map at the top of the message (tab 2) before it can start.</source>
        <translation>Indique el lugar del mapa en la parte superior del mensaje (paso 2) antes de que pueda empezar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients will get “{template}”.</source>
        <translation>{n} destinatarios recibirán «{template}».</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Not offered: {names} (a variable, a location or an animation in the heading is not supported yet).</source>
        <translation>No se ofrecen: {names} (una variable, una ubicación o una animación en el encabezado aún no se admite).</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By kind of message</source>
        <translation>Por tipo de mensaje</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_runner.py" line="+118"/>
        <source>Campaign “{name}” was due at {time} but did not start: {reason}</source>
        <translation>La campaña «{name}» debía empezar a las {time}, pero no empezó: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” was due at {time}, while Klaros was closed. It started now ({n} recipients).</source>
        <translation>La campaña «{name}» debía empezar a las {time}, mientras Klaros estaba cerrado. Ha empezado ahora ({n} destinatarios).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” started as scheduled ({n} recipients).</source>
        <translation>La campaña «{name}» empezó según lo programado ({n} destinatarios).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sending campaign {id} stopped because of an error: {error}. Press Resume to continue.</source>
        <translation>El envío de la campaña {id} se detuvo por un error: {error}. Pulse Reanudar para continuar.</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="+60"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted by WhatsApp</source>
        <translation>aceptados por WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived on their phone</source>
        <translation>llegaron a su teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened (only if they share read receipts)</source>
        <translation>abiertos (solo si comparten las confirmaciones de lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote back after it</source>
        <translation>contestaron después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not deliver it</source>
        <translation>WhatsApp no los entregó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent, for the reasons below</source>
        <translation>no enviados, por los motivos de abajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent; see below</source>
        <translation>puede que se enviaran; vea abajo</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost forecast</source>
        <translation>Previsión de coste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the campaign paused or stopped</source>
        <translation>Por qué la campaña se pausó o se detuvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign progress</source>
        <translation>Progreso de la campaña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress, remaining time and rate</source>
        <translation>Progreso, tiempo restante y ritmo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+237"/>
        <source>Schedule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Do not start by itself</source>
        <translation>No empezar sola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Cancel campaign…</source>
        <translation>Cancelar la campaña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed</source>
        <translation>Reintentar los fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Failures and people left out, with the reasons</source>
        <translation>Fallos y excluidos, con los motivos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for your decision: the connection broke while these were being sent, so they may have arrived. Check the chat, then send again or leave it.</source>
        <translation>Esperando su decisión: la conexión se cortó mientras se enviaban, así que puede que hayan llegado. Revise el chat y después vuelva a enviar o déjelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipients waiting for your decision</source>
        <translation>Destinatarios que esperan su decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not read the campaign: {error}</source>
        <translation>No se pudo leer la campaña: {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a campaign above</source>
        <translation>Elija una campaña arriba</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template {name} ({language})</source>
        <translation>Plantilla {name} ({language})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients</source>
        <translation>{n} destinatarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts by itself on {time}</source>
        <translation>empieza sola el {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started {time}</source>
        <translation>empezó {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished {time}</source>
        <translation>terminó {time}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the time…</source>
        <translation>Cambiar la hora…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry the failed ({n})</source>
        <translation>Reintentar los fallidos ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost forecast: not known (no rate card covers that day).</source>
        <translation>Previsión de coste: desconocida (ninguna tarifa cubre ese día).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: not known; the price list has no price for {countries}.</source>
        <translation>Previsión de coste: desconocida; la lista de precios no tiene precio para {countries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: at least {total} (no price yet for {countries}), Meta&apos;s rates as of {day}.</source>
        <translation>Previsión de coste: al menos {total} (aún sin precio para {countries}), tarifas de Meta a fecha de {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: {total}, Meta&apos;s rates as of {day}.</source>
        <translation>Previsión de coste: {total}, tarifas de Meta a fecha de {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{done} of {all} done ({share})</source>
        <translation>{done} de {all} hechos ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the connection to WhatsApp</source>
        <translation>esperando la conexión con WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about to send</source>
        <translation>a punto de enviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measuring the speed…</source>
        <translation>midiendo la velocidad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting (WhatsApp asked Klaros to slow down)</source>
        <translation>esperando (WhatsApp pidió a Klaros que fuera más despacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} left · {rate} messages a second</source>
        <translation>quedan {left} · {rate} mensajes por segundo</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancel the campaign?</source>
        <translation>¿Cancelar la campaña?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody who has not received it yet will get it. Messages already sent stay sent. This cannot be undone.</source>
        <translation>Nadie que aún no la haya recibido la recibirá. Los mensajes ya enviados se quedan enviados. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} queued again.</source>
        <translation>{n} de nuevo en cola.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the campaign&apos;s results</source>
        <translation>Exportar los resultados de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients written to {file}.</source>
        <translation>{n} destinatarios escritos en {file}.</translation>
    </message>
    <message>
        <location line="-490"/>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {n} min</source>
        <translation>unos {n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {h} h {m} min</source>
        <translation>unas {h} h {m} min</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Why some failed</source>
        <translation>Por qué fallaron algunos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why some were left out</source>
        <translation>Por qué se excluyó a algunos</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../klaros_desktop/commands/campaign.py" line="+330"/>
        <source>Campaign {id} is {state}; there is nothing to resume.</source>
        <translation>La campaña {id} está {state}; no hay nada que reanudar.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/audience.py" line="+37"/>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased on request (number suppressed)</source>
        <translation>borrado a petición (número bloqueado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out of all messages</source>
        <translation>se dio de baja de todos los mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing messages</source>
        <translation>se dio de baja de los mensajes de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not receive marketing messages</source>
        <translation>no debe recibir mensajes de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recorded marketing opt-in</source>
        <translation>sin consentimiento de marketing registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not among the contacts</source>
        <translation>el número no está entre los contactos</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/lifecycle.py" line="+44"/>
        <source>Paused: {explanation}</source>
        <translation>En pausa: {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped because WhatsApp refused the template: {explanation}</source>
        <translation>Detenida porque WhatsApp rechazó la plantilla: {explanation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: {explanation} (Settings → WhatsApp connection)</source>
        <translation>Detenida: {explanation} (Ajustes → conexión de WhatsApp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by you.</source>
        <translation>Pausada por usted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: the template is no longer approved (or no longer known); refresh the templates and resume when Meta approves it.</source>
        <translation>Detenida: la plantilla ya no está aprobada (o ya no se conoce); actualice las plantillas y reanude cuando Meta la apruebe.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped ({code}).</source>
        <translation>Detenida ({code}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>La plantilla {name!r} ({language}) no se conoce; actualice las plantillas desde Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>La plantilla {name!r} ({language}) está {status}, no aprobada por Meta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Template {name!r} has no picture, video or document at the top; leave the file out.</source>
        <translation>La plantilla {name!r} no tiene imagen, vídeo ni documento arriba; no indique ningún archivo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template {name!r} has no variable in its title at the top; leave it out.</source>
        <translation>La plantilla {name!r} no tiene ninguna variable en su título de arriba; no la indique.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Template {name!r} has no map at the top; leave the location out.</source>
        <translation>La plantilla {name!r} no tiene ningún mapa arriba; no indique el lugar.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="+461"/>
        <location line="+525"/>
        <source>There is no campaign {id}.</source>
        <translation>No existe la campaña {id}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nobody in this audience may receive the template ({excluded} left out).</source>
        <translation>Nadie en esta audiencia puede recibir la plantilla ({excluded} excluidos).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Not started: {why}</source>
        <translation>No se ha iniciado: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign {id} was already started ({status}); its place stays as it was sent.</source>
        <translation>La campaña {id} ya se inició ({status}); su lugar queda como se envió.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign {id} was already started ({status}); its file stays as it was sent.</source>
        <translation>La campaña {id} ya se inició ({status}); su archivo queda tal como se envió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a file or a WhatsApp media id.</source>
        <translation>Indique un archivo o un id de medio de WhatsApp.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Campaign {id} was already started ({status}); use resume.</source>
        <translation>La campaña {id} ya se inició ({status}); use reanudar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; and {count} more</source>
        <translation>; y {count} más</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not started: {count} recipient(s) would get an empty variable ({who}{more}). Give those variables a fallback or fill in the contacts.</source>
        <translation>No se inició: {count} destinatarios recibirían una variable vacía ({who}{more}). Dé a esas variables un valor alternativo o complete los contactos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started: for {count} recipient(s) the title at the top would be longer than the {max} characters WhatsApp allows ({who}{more}). Shorten those values (the title leaves {room} characters for them) or fill the title from another field.</source>
        <translation>No se inició: para {count} destinatarios el título de arriba superaría los {max} caracteres que permite WhatsApp ({who}{more}). Acorte esos valores (el título les deja {room} caracteres) o rellene el título con otro campo.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Campaign {id} is {status}; it cannot {action}.</source>
        <translation>La campaña {id} está {status}; no se puede: {action}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{number} is not held in campaign {id}.</source>
        <translation>{number} no está retenido en la campaña {id}.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>May have been sent: WhatsApp did not confirm it (the connection broke or WhatsApp failed mid-request). Check with the customer before sending it again.</source>
        <translation>Puede que se haya enviado: WhatsApp no lo confirmó (la conexión se cortó o WhatsApp falló a mitad de la solicitud). Compruébelo con el cliente antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>May have been sent (the connection broke mid-request); check before sending again.</source>
        <translation type="vanished">Puede que se haya enviado (la conexión se cortó a mitad de la petición); compruébelo antes de volver a enviar.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-521"/>
        <source>Campaign {id} is being sent by another Klaros window or command (until {until} at the latest); try again then.</source>
        <translation>Otra ventana u orden de Klaros está enviando la campaña {id} (como mucho hasta {until}); inténtelo entonces.</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>The campaign&apos;s template is not known.</source>
        <translation>No se conoce la plantilla de la campaña.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/drafts.py" line="+161"/>
        <location line="+77"/>
        <source>Choose an approved template.</source>
        <translation>Elija una plantilla aprobada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="+5"/>
        <source>The test message would have empty variables: {names}</source>
        <translation>El mensaje de prueba tendría variables vacías: {names}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/variables.py" line="+47"/>
        <source>unknown source {source!r}: use name, first_name, phone, custom.KEY or text:TEXT</source>
        <translation>fuente desconocida {source!r}: use name, first_name, phone, custom.KEY o text:TEXT</translation>
    </message>
    <message>
        <source>template {name!r} has a header with a picture, file or variable; campaigns send templates whose only variables are in the body</source>
        <translation type="vanished">la plantilla {name!r} tiene un encabezado con imagen, archivo o variable; las campañas envían plantillas cuyas variables están solo en el cuerpo</translation>
    </message>
    <message>
        <source>template {name!r} has a link button with a variable; campaigns send templates whose only variables are in the body</source>
        <translation type="vanished">la plantilla {name!r} tiene un botón de enlace con una variable; las campañas envían plantillas cuyas únicas variables están en el cuerpo</translation>
    </message>
    <message>
        <source>template {name!r} has a header with a variable, a location or an animation; campaigns fill a picture, video or document header and the variables of the body and the link buttons</source>
        <translation type="vanished">la plantilla {name!r} tiene un encabezado con una variable, una ubicación o una animación; las campañas rellenan un encabezado con imagen, vídeo o documento y las variables del cuerpo y de los botones de enlace</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>template {name!r} has an animation or a product at the top; campaigns fill a picture, video, document or map header, a title&apos;s variable and the variables of the body and the link buttons</source>
        <translation>la plantilla {name!r} tiene una animación o un producto arriba; las campañas rellenan una imagen, un vídeo, un documento o un mapa arriba, la variable de un título y las variables del cuerpo y de los botones de enlace</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{variable} of the title</source>
        <translation>{variable} del título</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code of button {n}</source>
        <translation>código del botón {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link of button {n}</source>
        <translation>enlace del botón {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a source for the variable in the {missing}</source>
        <translation>indique un origen para la variable en el {missing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template&apos;s button {n} (index {index}) is a quick reply and takes no value</source>
        <translation>el botón {n} de la plantilla (índice {index}) es una respuesta rápida y no admite ningún valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) calls a phone number and takes no value</source>
        <translation>el botón {n} de la plantilla (índice {index}) llama a un número de teléfono y no admite ningún valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) opens a fixed link and takes no value</source>
        <translation>el botón {n} de la plantilla (índice {index}) abre un enlace fijo y no admite ningún valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template&apos;s button {n} (index {index}) takes no value</source>
        <translation>el botón {n} de la plantilla (índice {index}) no admite ningún valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template has no button {n} (index {index})</source>
        <translation>la plantilla no tiene un botón {n} (índice {index})</translation>
    </message>
    <message>
        <source>the template&apos;s button {n} (index {index}) has no link variable</source>
        <translation type="vanished">el botón {n} de la plantilla (índice {index}) no tiene variable de enlace</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give a source for each variable of the template: missing {missing}</source>
        <translation>indique una fuente para cada variable de la plantilla: falta {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the template has no variable {extra}</source>
        <translation>la plantilla no tiene la variable {extra}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown source {source!r}</source>
        <translation>fuente desconocida {source!r}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/overview.py" line="+28"/>
        <source>the campaign was cancelled before their turn</source>
        <translation>la campaña se canceló antes de que les llegara el turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose not to send it again</source>
        <translation>usted decidió no volver a enviarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not a valid phone number</source>
        <translation>el número no es un número de teléfono válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not go through after several tries</source>
        <translation>no salió tras varios intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the 24-hour window</source>
        <translation>fuera de la ventana de 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent (the connection broke mid-request)</source>
        <translation>puede que se haya enviado (la conexión se cortó a mitad de la petición)</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/schedule.py" line="+61"/>
        <source>{text!r} is not a time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-24 09:30.</source>
        <translation>{text!r} no es una hora; escríbala como AAAA-MM-DD HH:MM, p. ej., 2026-12-24 09:30.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Campaign {id} was already started ({status}); only a draft can be scheduled.</source>
        <translation>La campaña {id} ya se inició ({status}); solo se puede programar un borrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed; choose a later one or start now.</source>
        <translation>Esa hora ya pasó; elija una más tarde o empiece ahora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not scheduled: {count} recipient(s) would get an empty variable. Give those variables a fallback or fill in the contacts.</source>
        <translation>No se programó: {count} destinatarios recibirían una variable vacía. Dé a esas variables un valor de reserva o complete los contactos.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/segments.py" line="+41"/>
        <source>Give the segment a name.</source>
        <translation>Dé un nombre a la audiencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of numbers is not a segment; save filters such as tags or countries.</source>
        <translation>Una lista de números no es una audiencia; guarde filtros como etiquetas o países.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/header_media.py" line="+22"/>
        <source>a picture</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>un vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a document</source>
        <translation>un documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture attached</source>
        <translation>Imagen adjunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video attached</source>
        <translation>Vídeo adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached</source>
        <translation>Documento adjunto</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+32"/>
        <source>“{name}” cannot be read: {error}</source>
        <translation>No se puede leer «{name}»: {error}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The template shows {wanted} at the top; “{name}” is not one.</source>
        <translation>La plantilla muestra {wanted} arriba; «{name}» no lo es.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{spec}” is neither a file on this computer nor a WhatsApp media id.</source>
        <translation>«{spec}» no es ni un archivo de este ordenador ni un id de medio de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_upload.py" line="+24"/>
        <source>The template shows {what} at the top of the message: choose the file (or its WhatsApp media id) before the campaign starts.</source>
        <translation>La plantilla muestra {what} en la parte superior del mensaje: elija el archivo (o su id de medio de WhatsApp) antes de que empiece la campaña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: the file for the top of the message could not be uploaded to WhatsApp. Check that it is still where you chose it and that WhatsApp takes it (type and size), then resume.</source>
        <translation>Detenida: el archivo para la parte superior del mensaje no se pudo subir a WhatsApp. Compruebe que sigue donde lo eligió y que WhatsApp lo acepta (tipo y tamaño), y reanude.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+79"/>
        <source>The latitude must be a number from -90 to 90 (decimal degrees, e.g. 52.5292).</source>
        <translation>La latitud debe ser un número de -90 a 90 (grados decimales, p. ej., 52.5292).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longitude must be a number from -180 to 180 (decimal degrees, e.g. 13.4012).</source>
        <translation>La longitud debe ser un número de -180 a 180 (grados decimales, p. ej., 13.4012).</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Give the place&apos;s name (shown under the map).</source>
        <translation>Indique el nombre del lugar (aparece debajo del mapa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the place&apos;s address (shown under the map).</source>
        <translation>Indique la dirección del lugar (aparece debajo del mapa).</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_parts.py" line="+106"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address) before the campaign starts.</source>
        <translation>La plantilla muestra un mapa arriba: indique el lugar (latitud, longitud, nombre y dirección) antes de que empiece la campaña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give where its text comes from.</source>
        <translation>El título de arriba de la plantilla tiene una variable ({variable}): indique de dónde sale su texto.</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaigns_page.py" line="+53"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to send</source>
        <translation>Esperando para enviarse</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location line="+75"/>
        <source>Campaign notices</source>
        <translation>Avisos de campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the campaign notices</source>
        <translation>Descartar los avisos de campañas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. A campaign sends one approved template to many customers at once, for example this week&apos;s offer to everyone tagged “Newsletter”. Press “New campaign…” to build one.</source>
        <translation>Aún no hay campañas. Una campaña envía una plantilla aprobada a muchos clientes a la vez, por ejemplo la oferta de esta semana a todos los que tienen la etiqueta «Newsletter». Pulse «Nueva campaña…» para crear una.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation type="vanished">{n} campañas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sending</source>
        <translation>{n} enviándose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} scheduled</source>
        <translation>{n} programadas</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+79"/>
        <source>Save picture…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save {what}</source>
        <translation>Guardar {what}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+52"/>
        <source>Nothing in this period yet.</source>
        <translation>Aún no hay nada en este periodo.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+455"/>
        <source>Step 3: check and finish</source>
        <translation>Paso 3: comprobar y terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell Meta where to deliver your messages, then test it.</source>
        <translation>Indique a Meta adónde enviar sus mensajes y pruébelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta only sends your customers&apos; messages to the relay once the callback URL and verify token below are saved in the App Dashboard under WhatsApp → Configuration, with the “messages” field subscribed.</source>
        <translation>Meta solo envía los mensajes de sus clientes al relay cuando la URL de devolución de llamada y el token de verificación de abajo están guardados en el panel de apps, en WhatsApp → Configuración, con el campo «messages» suscrito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation>Token de verificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the App Dashboard</source>
        <translation>Abrir el panel de apps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can finish now and test later under Settings → Test connection.</source>
        <translation>Puede terminar ahora y probar más tarde en Ajustes → Probar conexión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {what}</source>
        <translation>Copiar {what}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+29"/>
        <source>save it again as UTF-8 or name the encoding with --encoding</source>
        <translation>guárdelo de nuevo como UTF-8 o indique la codificación con --encoding</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="+34"/>
        <source>use --region</source>
        <translation>use --region</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="+49"/>
        <source>run `klaros pair --relay URL --code CODE`</source>
        <translation>ejecute `klaros pair --relay URL --code CODE`</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>run `klaros connect --phone-number-id ID --waba-id ID`</source>
        <translation>ejecute `klaros connect --phone-number-id ID --waba-id ID`</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="+72"/>
        <source>run the command again</source>
        <translation>vuelva a ejecutar el comando</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../klaros_desktop/phrases.py" line="+128"/>
        <source>today at {clock}</source>
        <translation>hoy a las {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {clock}</source>
        <translation>ayer a las {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {clock}</source>
        <translation>mañana a las {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {day} at {clock}</source>
        <translation>el {day} a las {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {date} at {clock}</source>
        <translation>el {date} a las {clock}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/compose.py" line="+66"/>
        <source>with a button</source>
        <translation>con un botón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported contact list</source>
        <translation>en una lista de contactos importada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(set by hand in Klaros)</source>
        <translation>(marcado a mano en Klaros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Meta reported that they stopped marketing messages)</source>
        <translation>(Meta informó de que se dio de baja del marketing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>en sus ajustes de WhatsApp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by writing “{word}”</source>
        <translation>escribiendo «{word}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({source})</source>
        <translation>({source})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{who} opted out of all messages {how} {when}. Klaros will not message them until they write START.</source>
        <translation>{who} se dio de baja de todos los mensajes {how} {when}. Klaros no le escribirá hasta que escriba START.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} stopped marketing messages {how} {when}; only utility and service templates may be sent.</source>
        <translation>{who} se dio de baja de los mensajes de marketing {how} {when}; solo se pueden enviar plantillas de servicio y utilidad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} has not written to you yet, so WhatsApp only allows an approved template to start.</source>
        <translation>{who} aún no le ha escrito, así que WhatsApp solo permite empezar con una plantilla aprobada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed {closed} ({who} last wrote {last}). Until they write again, WhatsApp only allows approved templates.</source>
        <translation>La ventana de 24 horas se cerró {closed} ({who} escribió por última vez {last}). Hasta que vuelva a escribir, WhatsApp solo permite plantillas aprobadas.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>WhatsApp refused the free message: more than 24 hours have passed since {who} last wrote by WhatsApp&apos;s clock. Send an approved template instead; once they answer you can write freely again.</source>
        <translation>WhatsApp rechazó el mensaje libre: según el reloj de WhatsApp han pasado más de 24 horas desde que {who} escribió por última vez. Envíe en su lugar una plantilla aprobada; cuando le responda, podrá volver a escribir libremente.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>value {n}</source>
        <translation>valor {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This template&apos;s header (a product, an animation or a title with several values) is not one Klaros can fill in.</source>
        <translation>Klaros no puede rellenar el encabezado de esta plantilla (un producto, una animación o un título con varios valores).</translation>
    </message>
    <message>
        <source>This template needs a location or header values, which Klaros cannot fill in.</source>
        <translation type="vanished">Esta plantilla necesita una ubicación o valores de encabezado que Klaros no puede rellenar.</translation>
    </message>
    <message>
        <source>This template&apos;s link button needs a value for each customer, which a chat cannot fill in. Send it as a campaign instead, where the link&apos;s value is chosen.</source>
        <translation type="vanished">El botón de enlace de esta plantilla necesita un valor para cada cliente, que un chat no puede rellenar. Envíela como campaña, donde se elige el valor del enlace.</translation>
    </message>
    <message>
        <source>This template needs a header picture or header values, which Klaros cannot fill in.</source>
        <translation type="vanished">Esta plantilla necesita una imagen o valores de encabezado que Klaros no puede rellenar.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/sending.py" line="+148"/>
        <source>A template header takes a photo, a video or a document.</source>
        <translation>El encabezado de una plantilla admite una foto, un vídeo o un documento.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the message is empty</source>
        <translation>el mensaje está vacío</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>WhatsApp shows no caption on a voice message or sticker; send the text on its own.</source>
        <translation>WhatsApp no muestra texto en un mensaje de voz ni en un sticker; envíe el texto por separado.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/buttons.py" line="+103"/>
        <source>The copy-code button needs this customer&apos;s code.</source>
        <translation>El botón de copiar código necesita el código de este cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code for the copy-code button is too long: WhatsApp takes codes up to {n} characters.</source>
        <translation>El código del botón de copiar código es demasiado largo: WhatsApp admite códigos de hasta {n} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link button “{text}” needs a value for this customer.</source>
        <translation>El botón de enlace «{text}» necesita un valor para este cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” becomes part of a web address, so it cannot contain spaces.</source>
        <translation>El valor del botón de enlace «{text}» pasa a formar parte de una dirección web, así que no puede contener espacios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” is too long: WhatsApp takes links up to {limit} characters, which leaves {n} for this value.</source>
        <translation>El valor del botón de enlace «{text}» es demasiado largo: WhatsApp admite enlaces de hasta {limit} caracteres, lo que deja {n} para este valor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The template has no link button with a value at position {index} (counted from 0, as WhatsApp does); link buttons with a value: {known}.</source>
        <translation>La plantilla no tiene ningún botón de enlace con valor en la posición {index} (contando desde 0, como WhatsApp); botones de enlace con valor: {known}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+109"/>
        <source>The title at the top would be {length} characters long with this value; WhatsApp allows {max}. The value may have at most {room} characters.</source>
        <translation>Con este valor, el título de arriba tendría {length} caracteres; WhatsApp permite {max}. El valor puede tener como máximo {room} caracteres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give its value.</source>
        <translation>El título de arriba de la plantilla tiene una variable ({variable}): indique su valor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address).</source>
        <translation>La plantilla muestra un mapa arriba: indique el lugar (latitud, longitud, nombre y dirección).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This template shows a map at the top, not a title with a value; leave the value out.</source>
        <translation>Esta plantilla muestra un mapa arriba, no un título con un valor; no indique el valor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This template shows no map at the top; leave the place out.</source>
        <translation>Esta plantilla no muestra ningún mapa arriba; no indique el lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This template&apos;s title at the top has no variable; leave its value out.</source>
        <translation>El título de arriba de esta plantilla no tiene ninguna variable; no indique su valor.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../klaros_desktop/ui/composer.py" line="+541"/>
        <source>Type a message  ·  Ctrl+Enter sends  ·  / for quick replies</source>
        <translation>Escriba un mensaje  ·  Ctrl+Intro envía  ·  / para respuestas rápidas</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Approved template</source>
        <translation>Plantilla aprobada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Send template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Do not reply to this message</source>
        <translation>No responder a este mensaje</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Insert an emoji</source>
        <translation>Insertar un emoji</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replying to: {text}</source>
        <translation>Respondiendo a: {text}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The file at the top of the template</source>
        <translation>El archivo en la parte superior de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+572"/>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="-563"/>
        <source>Uploading the file</source>
        <translation>Subiendo el archivo</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Value in the title at the top</source>
        <translation>Valor del título de arriba</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This template shows a map at the top. Give the place; your map app shows its coordinates (you may paste both into the first field).</source>
        <translation>Esta plantilla muestra un mapa arriba. Indique el lugar; su aplicación de mapas muestra sus coordenadas (puede pegar ambas en el primer campo).</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">p. ej., 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Latitud del lugar</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">p. ej., 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Longitud del lugar</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">p. ej., el nombre de su tienda</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Nombre del lugar</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Calle, código postal y localidad</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Dirección del lugar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude:</source>
        <translation>Latitud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Why you cannot message this contact</source>
        <translation>Por qué no puede escribir a este contacto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a message  ·  Enter sends, Shift+Enter new line  ·  / for quick replies</source>
        <translation>Mensaje  ·  Intro envía, Mayús+Intro nueva línea  ·  / respuestas rápidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not forwarded: {reason}</source>
        <translation>No reenviado: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot message this contact.</source>
        <translation>No puede escribir a este contacto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Klaros cannot send from this computer: no secure password store is usable here, so it cannot open your WhatsApp connection. Nothing you write can be sent until that is fixed; File → Set up connection… says what to install.</source>
        <translation>Klaros no puede enviar desde este equipo: aquí no hay un almacén de contraseñas seguro utilizable, así que no puede abrir su conexión de WhatsApp. Nada de lo que escriba se podrá enviar hasta que se resuelva; Archivo → Configurar conexión… indica qué instalar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: messages you write now wait in the outbox ({n} queued) and go out when Klaros reconnects, if the 24-hour window is still open then.</source>
        <translation>Sin conexión: lo que escriba ahora espera en la bandeja de salida ({n} en cola) y sale cuando Klaros vuelva a conectarse, si la ventana de 24 horas sigue abierta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a template…</source>
        <translation>Elegir una plantilla…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No approved templates yet. Create one under Templates; it appears here as soon as Meta approves it.</source>
        <translation>Aún no hay plantillas aprobadas. Cree una en Plantillas; aparecerá aquí en cuanto Meta la apruebe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a template to see what {name} will receive. Templates in {language} come first.</source>
        <translation>Elija una plantilla para ver lo que recibirá {name}. Las plantillas en {language} aparecen primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a template to see what {name} will receive.</source>
        <translation>Elija una plantilla para ver lo que recibirá {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template value: {label}</source>
        <translation>Valor de la plantilla: {label}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Title “{title}”:</source>
        <translation>Título «{title}»:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title at the top reads “{title}”, with “…” replaced by what you type here. WhatsApp allows {max} characters for the whole title, which leaves {room} for this value.</source>
        <translation>El título de arriba dice «{title}», con «…» sustituido por lo que escriba aquí. WhatsApp permite {max} caracteres para todo el título, lo que deja {room} para este valor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code “{text}”:</source>
        <translation>Código «{text}»:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link “{text}”:</source>
        <translation>Enlace «{text}»:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of the button “{text}”</source>
        <translation>Código del botón «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the link of the button “{text}”</source>
        <translation>Final del enlace del botón «{text}»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer copies this code with the button (up to {n} characters).</source>
        <translation>El cliente copia este código con el botón (hasta {n} caracteres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button “{text}” copies the code you type here; WhatsApp takes up to {n} characters.</source>
        <translation>El botón «{text}» copia el código que escribe aquí; WhatsApp admite hasta {n} caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The button “{text}” opens {url}, with “…” replaced by what you type here.</source>
        <translation>El botón «{text}» abre {url}, donde «…» se sustituye por lo que usted escriba aquí.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>[Map: {place}]</source>
        <translation>[Mapa: {place}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given yet</source>
        <translation>aún sin indicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[{kind}: {name}]</source>
        <translation>[{kind}: {name}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen yet</source>
        <translation>aún sin elegir</translation>
    </message>
    <message>
        <source>[Button “{text}”: copies {code}]</source>
        <translation type="vanished">[Botón «{text}»: copia {code}]</translation>
    </message>
    <message>
        <source>[Button “{text}”: {url}]</source>
        <translation type="vanished">[Botón «{text}»: {url}]</translation>
    </message>
    <message>
        <source>No approved templates yet. Create one in Meta&apos;s WhatsApp Manager; it appears here as soon as Meta approves it.</source>
        <translation type="vanished">Aún no hay plantillas aprobadas. Cree una en el WhatsApp Manager de Meta; aparecerá aquí en cuanto Meta la apruebe.</translation>
    </message>
    <message>
        <source>Template value {name}</source>
        <translation type="vanished">Valor de plantilla {name}</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>for example: {example}</source>
        <translation>por ejemplo: {example}</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>fill in</source>
        <translation>rellenar</translation>
    </message>
    <message>
        <source>Value {name}</source>
        <translation type="vanished">Valor {name}</translation>
    </message>
    <message>
        <source>[value {name}]</source>
        <translation type="vanished">[valor {name}]</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Not allowed: {reason}</source>
        <translation>No permitido: {reason}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This template shows a video at the top. Choose the video before sending ({rule}, MP4 or 3GP).</source>
        <translation>Esta plantilla muestra un vídeo arriba. Elija el vídeo antes de enviar ({rule}, MP4 o 3GP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template shows a document at the top. Choose the document before sending ({rule}: PDF, Word, Excel, PowerPoint or text).</source>
        <translation>Esta plantilla muestra un documento arriba. Elija el documento antes de enviar ({rule}: PDF, Word, Excel, PowerPoint o texto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template shows a picture at the top. Choose the picture before sending ({rule}, JPEG or PNG).</source>
        <translation>Esta plantilla muestra una imagen arriba. Elija la imagen antes de enviar ({rule}, JPEG o PNG).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At the top: {name} ({size}).</source>
        <translation>Arriba: {name} ({size}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not this file: {reason}</source>
        <translation>Este archivo no: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file for the top of the template</source>
        <translation>Elegir el archivo para la parte superior de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reactions need a connection to WhatsApp; try again when Klaros is online.</source>
        <translation>Las reacciones necesitan conexión con WhatsApp; vuelva a intentarlo cuando Klaros esté en línea.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Queued in the outbox; it goes out when Klaros is back online.</source>
        <translation>En cola en la bandeja de salida; saldrá cuando Klaros vuelva a estar en línea.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+23"/>
        <source>Not sent: {reason}</source>
        <translation>No enviado: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not send: {error}</source>
        <translation>No se pudo enviar: {error}</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <location line="-891"/>
        <source>Enter sends the message (Shift+Enter: new line)</source>
        <translation>Intro envía el mensaje (Mayús+Intro: nueva línea)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../klaros_desktop/services/setup/connection_check.py" line="+41"/>
        <source>The relay at {url} did not answer: {error}</source>
        <translation>El relay en {url} no respondió: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new messages are waiting</source>
        <translation>hay mensajes nuevos esperando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing is waiting</source>
        <translation>no hay nada esperando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay at {url} answers and knows this device; {waiting}.</source>
        <translation>El relay en {url} responde y conoce este dispositivo; {waiting}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta did not accept the connection: {error}</source>
        <translation>Meta no aceptó la conexión: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta answers for {number} ({name}); quality rating {quality}.</source>
        <translation>Meta responde por {number} ({name}); calificación de calidad {quality}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number} ({name}).</source>
        <translation>Meta responde por {number} ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number}; quality rating {quality}.</source>
        <translation>Meta responde por {number}; calificación de calidad {quality}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta answers for {number}.</source>
        <translation>Meta responde por {number}.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../klaros_desktop/services/people/consent.py" line="+177"/>
        <source>via {word}</source>
        <translation>por {word}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via a keyword</source>
        <translation>por una palabra clave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with a button</source>
        <translation>con un botón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported file</source>
        <translation>en un archivo importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set by hand</source>
        <translation>marcado a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by Meta (they stopped marketing messages)</source>
        <translation>por Meta (se dio de baja del marketing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>en sus ajustes de WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opted out of all messages {how} {when}</source>
        <translation>Se dio de baja de todos los mensajes {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages {how} {when}</source>
        <translation>Se dio de baja del marketing {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages {how} {when}</source>
        <translation>Aceptó todos los mensajes {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages {how} {when}</source>
        <translation>Aceptó los mensajes de marketing {how} {when}</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_dialog.py" line="+50"/>
        <source>Consent given or withdrawn</source>
        <translation>Consentimiento dado o retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages</source>
        <translation>Aceptó todos los mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages</source>
        <translation>Aceptó los mensajes de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out of all messages</source>
        <translation>Se dio de baja de todos los mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages</source>
        <translation>Se dio de baja de los mensajes de marketing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day the consent was given</source>
        <translation>Día del consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For example: signed form in the shop, kept in the folder</source>
        <translation>Por ejemplo: formulario firmado en la tienda, guardado en la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record consent</source>
        <translation>Registrar el consentimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recorded, with its evidence, in the consent history.</source>
        <translation>Registrado, con su prueba, en el historial de consentimiento.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location line="+16"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>WhatsApp name: {name}</source>
        <translation>Nombre en WhatsApp: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+49 151 1234567</source>
        <translation>+34 612 345 678</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>regular, wholesale (comma separated)</source>
        <translation>habitual, mayorista (separadas por comas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Custom fields</source>
        <translation>Campos propios</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent history</source>
        <translation>Historial de consentimiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Prueba: su mensaje «{text}»</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+100"/>
        <source>Evidence: {detail}</source>
        <translation>Prueba: {detail}</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No opt-in or opt-out recorded. Customers who write STOP are opted out automatically; START opts them back in.</source>
        <translation>No hay altas ni bajas registradas. Quien escribe STOP se da de baja automáticamente; START vuelve a darle de alta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>Consent history ({n})</source>
        <translation>Historial de consentimiento ({n})</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact…</source>
        <translation>Borrar contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase contact</source>
        <translation>Borrar contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete everything Klaros has on this person, keeping only a salted hash so they are never messaged again</source>
        <translation>Borrar todo lo que Klaros tiene de esta persona y conservar solo un hash con sal para no volver a escribirle nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everything Klaros has on this person (they have no phone number, so nothing is kept)</source>
        <translation>Borrar todo lo que Klaros tiene de esta persona (no tiene número de teléfono, así que no se conserva nada)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No number: this contact cannot be messaged.</source>
        <translation>Sin número: no se puede escribir a este contacto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valid number: {number}</source>
        <translation>Número válido: {number}</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <location filename="../../klaros_desktop/services/people/contact_edit.py" line="+55"/>
        <source>contact {id} no longer exists</source>
        <translation>el contacto {id} ya no existe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give the contact a name or a phone number</source>
        <translation>dé al contacto un nombre o un número de teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} already belongs to {name}; open that contact instead</source>
        <translation>{number} ya pertenece a {name}; abra ese contacto</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>this contact was deleted meanwhile</source>
        <translation>este contacto se borró entretanto</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>say how the customer gave or withdrew consent (for example: signed form in the shop)</source>
        <translation>indique cómo dio o retiró el cliente su consentimiento (por ejemplo: formulario firmado en la tienda)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date of the consent cannot be in the future</source>
        <translation>la fecha del consentimiento no puede estar en el futuro</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_panel.py" line="+35"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replied</source>
        <translation>respondido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held back</source>
        <translation>retenido</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Contact details</source>
        <translation>Datos del contacto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>← Back to the chat</source>
        <translation>← Volver al chat</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a label…</source>
        <translation>Añadir una etiqueta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a label</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to remember about them</source>
        <translation>Lo que quiera recordar de este cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent and its evidence</source>
        <translation>Consentimiento y su prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last campaigns</source>
        <translation>Últimas campañas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More details…</source>
        <translation>Más detalles…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No number</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the label {name}</source>
        <translation>Quitar la etiqueta {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No labels yet</source>
        <translation>Aún no hay etiquetas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked yet. Customers who write STOP are opted out by themselves; “More details…” records a consent given in the shop.</source>
        <translation>Aún no se ha preguntado. Los clientes que escriben STOP se dan de baja solos; «Más detalles…» registra un consentimiento dado en la tienda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Prueba: su mensaje «{text}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: {detail}</source>
        <translation>Prueba: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} earlier changes in “More details…”</source>
        <translation>{n} cambios anteriores en «Más detalles…»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in any campaign yet.</source>
        <translation>Aún no está en ninguna campaña.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/contacts_page.py" line="+73"/>
        <source>Search contacts: name, number, tag or note…</source>
        <translation>Buscar contactos: nombre, número, etiqueta o nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag filter</source>
        <translation>Filtro por etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+182"/>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected person on their request: messages, notes, media and consent history</source>
        <translation>Borrar a la persona seleccionada a petición suya: mensajes, notas, archivos e historial de consentimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact</source>
        <translation>Borrar contacto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No contacts match. Clear the search or choose “All tags”.</source>
        <translation>Ningún contacto coincide. Vacíe la búsqueda o elija «Todas las etiquetas».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts yet. Customers who write to you appear here by themselves; add one with “New contact”, or import a CSV or vCard file with “Import…” (or drop it here).</source>
        <translation>Aún no hay contactos. Los clientes que le escriben aparecen aquí solos; añada uno con «Nuevo contacto» o importe un archivo CSV o vCard con «Importar…» (o suéltelo aquí).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact…</source>
        <translation>Borrar contacto…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No conversation with this contact yet; start one with a template.</source>
        <translation>Aún no hay conversación con este contacto; empiece una con una plantilla.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
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
            <numerusform>%n contacto escrito en {file}</numerusform>
            <numerusform>%n contactos escritos en {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {error}</source>
        <translation>Falló la exportación: {error}</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+485"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opted out</source>
        <translation>De baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No marketing</source>
        <translation>Sin marketing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opted in</source>
        <translation>Aceptó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Aún no se ha preguntado</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-273"/>
        <source>{name}, {unread} unread: {preview}</source>
        <translation>{name}, {unread} sin leer: {preview}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {preview}</source>
        <translation>{name}: {preview}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(messages not sent: {n})</source>
        <translation>(mensajes sin enviar: {n})</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/country_picker.py" line="+47"/>
        <source>No default (numbers must start with +)</source>
        <translation>Sin país predeterminado (los números deben empezar por +)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a country, e.g. Germany or +49</source>
        <translation>Escriba un país, p. ej. España o +34</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/crash_dialog.py" line="+21"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A copy is saved in %1.</source>
        <translation>Hay una copia guardada en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not be saved to a file.</source>
        <translation>No se pudo guardar en un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros ran into an unexpected problem. Your saved messages and contacts are not affected. If it keeps happening, copy the details and send them to your Klaros support; they contain no messages, phone numbers or passwords.</source>
        <translation>Klaros se encontró con un problema inesperado. Sus mensajes y contactos guardados no se ven afectados. Si vuelve a ocurrir, copie los detalles y envíelos a su soporte de Klaros; no contienen mensajes, números de teléfono ni contraseñas.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>Ha vuelto a ocurrir %n vez desde entonces.</numerusform>
            <numerusform>Ha vuelto a ocurrir %n veces desde entonces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DeadLetters</name>
    <message>
        <location filename="../../klaros_desktop/services/inbound/dead_letters.py" line="+191"/>
        <source>A customer&apos;s message</source>
        <translation>Un mensaje de un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks of a message you sent</source>
        <translation>Marcas de un mensaje enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News about a template</source>
        <translation>Novedad sobre una plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another WhatsApp update</source>
        <translation>Otra notificación de WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a WhatsApp update</source>
        <translation>No es una notificación de WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be opened</source>
        <translation>No se pudo abrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was locked for another computer, or damaged on the way, so this PC cannot open it.</source>
        <translation>Estaba cifrado para otro equipo o se dañó por el camino, así que este PC no puede abrirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It arrived damaged: it is not readable data.</source>
        <translation>Llegó dañado: no son datos legibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not in the form WhatsApp uses, so Klaros does not know what to do with it.</source>
        <translation>No tiene la forma que usa WhatsApp, así que Klaros no sabe qué hacer con él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of it is in a form this version of Klaros cannot store. After an update, Try again may work.</source>
        <translation>Una parte tiene una forma que esta versión de Klaros no puede guardar. Tras una actualización, «Reintentar» puede funcionar.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>It is no longer in the list.</source>
        <translation>Ya no está en la lista.</translation>
    </message>
</context>
<context>
    <name>DeadLettersDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/dead_letters.py" line="+114"/>
        <location line="+18"/>
        <source>Messages Klaros could not read</source>
        <translation>Mensajes que Klaros no pudo leer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Klaros received these but could not add them to your chats</source>
        <translation>Klaros los recibió pero no pudo añadirlos a sus chats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They reached this PC, but something in them was not as Klaros expected. They are kept here, so nothing is lost. Export them to keep a copy or to show them to whoever helps you with Klaros. After an update of Klaros, Try again may add them to your chats.</source>
        <translation>Llegaron a este PC, pero algo en ellos no era como Klaros esperaba. Se guardan aquí para que no se pierda nada. Expórtelos para conservar una copia o para enseñárselos a quien le ayude con Klaros. Tras una actualización de Klaros, «Reintentar» puede añadirlos a sus chats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here: Klaros has added everything it received to your chats.</source>
        <translation>Aquí no hay nada: Klaros ha añadido a sus chats todo lo que recibió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export them to a file</source>
        <translation>Exportarlos a un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again to add the selected one to your chats</source>
        <translation>Intentar de nuevo añadir el seleccionado a sus chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected one for good</source>
        <translation>Borrar el seleccionado para siempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This one was locked for another computer: trying again cannot open it.</source>
        <translation>Este estaba cifrado para otro equipo: reintentar no puede abrirlo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export messages Klaros could not read</source>
        <translation>Exportar los mensajes que Klaros no pudo leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (*.csv);;JSON lines (*.jsonl)</source>
        <translation>Hoja de cálculo (*.csv);;Líneas JSON (*.jsonl)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {count} to {file}.</source>
        <translation>Se guardaron {count} en {file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder.</source>
        <translation>Klaros no pudo escribir en {folder}: {reason}. Elija otro lugar, por ejemplo su carpeta Documentos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying again…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to your chats.</source>
        <translation>Añadido a sus chats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still not possible: {why}</source>
        <translation>Sigue sin ser posible: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klaros is busy right now, so nothing changed. Try again in a moment.</source>
        <translation>Klaros está ocupado ahora mismo, así que no cambió nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove for good?</source>
        <translation>¿Quitar para siempre?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this for good? Klaros keeps no other copy: export it first if you may need it.</source>
        <translation>¿Borrarlo para siempre? Klaros no guarda otra copia: expórtelo antes si puede necesitarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed.</source>
        <translation>Quitado.</translation>
    </message>
</context>
<context>
    <name>DeadLettersEntry</name>
    <message>
        <location line="-230"/>
        <source>Messages Klaros could not read…</source>
        <translation>Mensajes que Klaros no pudo leer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages and updates that reached this PC but could not be added to your chats</source>
        <translation>Mensajes y avisos que llegaron a este PC pero no se pudieron añadir a sus chats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages Klaros could not read</source>
        <translation>Mensajes que Klaros no pudo leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ Messages Klaros could not read: {count}</source>
        <translation>⚠ Mensajes que Klaros no pudo leer: {count}</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="+106"/>
        <source>Drop a contacts file here</source>
        <translation>Suelte aquí un archivo de contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a .csv or .vcf file here, or choose one</source>
        <translation>Suelte aquí un archivo .csv o .vcf, o elija uno</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/emoji_picker.py" line="+13"/>
        <source>Smileys</source>
        <translation>Caras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gestures</source>
        <translation>Gestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearts and symbols</source>
        <translation>Corazones y símbolos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Tienda</translation>
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
        <translation>este contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact</source>
        <translation>Borrar contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase {name} from Klaros?</source>
        <translation>¿Borrar a {name} de Klaros?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone number</source>
        <translation>Sin número de teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from this PC for good:</source>
        <translation>Se borra de este PC para siempre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every message with them, sent and received, and the conversation</source>
        <translation>todos los mensajes con esta persona, enviados y recibidos, y la conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their contact details: name, tags, notes and custom fields</source>
        <translation>sus datos de contacto: nombre, etiquetas, notas y campos propios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photos, voice notes and files in those messages</source>
        <translation>las fotos, notas de voz y archivos de esos mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their consent history (opt-ins and opt-outs)</source>
        <translation>su historial de consentimiento (altas y bajas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their number wherever the audit trail and the log files mention it</source>
        <translation>su número allí donde lo mencionan el registro de auditoría y los archivos de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their WhatsApp user ID wherever the audit trail and the log files mention it</source>
        <translation>su ID de usuario de WhatsApp allí donde lo mencionan el registro de auditoría y los archivos de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their number</source>
        <translation>las copias de seguridad automáticas de la base de datos que aún contienen su número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their user ID</source>
        <translation>las copias de seguridad automáticas de la base de datos que aún contienen su ID de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: a salted hash of the number, which cannot be turned back into it. It makes Klaros refuse to message or import this number again.</source>
        <translation>Lo que queda: un hash con sal del número, del que no se puede recuperar el número. Hace que Klaros se niegue a escribir a este número o a importarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: nothing. They have no phone number, so there is nothing to keep them from being messaged if they write again.</source>
        <translation>Lo que queda: nada. No tiene número de teléfono, así que nada impide escribirle si vuelve a escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not affected: the chat on their phone, and the copies Meta keeps under its own rules.</source>
        <translation>No afecta a: el chat en su teléfono y las copias que Meta guarda según sus propias reglas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type the last 4 digits of {name}’s number:</source>
        <translation>No se puede deshacer. Para confirmar, escriba las 4 últimas cifras del número de {name}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type {word}:</source>
        <translation>No se puede deshacer. Para confirmar, escriba {word}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 digits of the number</source>
        <translation>Últimas 4 cifras del número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation word</source>
        <translation>Palabra de confirmación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasing</source>
        <translation>Borrando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasure state</source>
        <translation>Estado del borrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase {name}</source>
        <translation>Borrar a {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {name} for good</source>
        <translation>Borrar a {name} para siempre</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Erasing {name}…</source>
        <translation>Borrando a {name}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The erasure did not finish: {reason}. Try again; if it keeps failing, close Klaros and use “klaros erase --contact”.</source>
        <translation>El borrado no terminó: {reason}. Inténtelo de nuevo; si sigue fallando, cierre Klaros y use «klaros erase --contact».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contact erased</source>
        <translation>Contacto borrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is erased from Klaros.</source>
        <translation>{name} está borrado de Klaros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not everything could be done:</source>
        <translation>No todo se pudo hacer:</translation>
    </message>
</context>
<context>
    <name>EraseEverythingDialog</name>
    <message>
        <location line="+31"/>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything on this PC</source>
        <translation>Borrar todo en este PC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase everything Klaros keeps on this PC?</source>
        <translation>¿Borrar todo lo que Klaros guarda en este PC?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes the folder {folder} with everything in it that Klaros made: the database (every contact, conversation, message, template, consent record and the audit trail), its automatic backups, the log files and the downloaded photos and files.</source>
        <translation>Esto borra la carpeta {folder} con todo lo que Klaros creó en ella: la base de datos (cada contacto, conversación, mensaje, plantilla, consentimiento y el registro de auditoría), sus copias de seguridad automáticas, los archivos de registro y las fotos y archivos descargados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It also removes the Meta access token, the relay token and this PC’s key from {keyring}.</source>
        <translation>También quita el token de acceso de Meta, el token del relay y la clave de este PC de {keyring}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Want a copy first? Cancel and use File → Export all data…</source>
        <translation>¿Quiere antes una copia? Cancele y use Archivo → Exportar todos los datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted by this, because they are not on this PC:</source>
        <translation>No se borra con esto, porque no está en este PC:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta keeps your WhatsApp Business account, its phone number and templates. To delete them, open WhatsApp Manager in Meta Business Suite and delete the phone number or the account.</source>
        <translation>Meta conserva su cuenta de WhatsApp Business, su número de teléfono y sus plantillas. Para borrarlos, abra el WhatsApp Manager en Meta Business Suite y borre el número o la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay keeps this PC paired and holds messages not yet fetched (for 30 days at most). Ask whoever runs your relay to remove this device.</source>
        <translation>El relay mantiene este PC vinculado y guarda los mensajes aún no recogidos (30 días como máximo). Pida a quien gestiona su relay que quite este dispositivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone, and Klaros closes when it is done. To confirm, type {word}:</source>
        <translation>No se puede deshacer, y Klaros se cierra al terminar. Para confirmar, escriba {word}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation word</source>
        <translation>Palabra de confirmación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasing everything on this PC…</source>
        <translation>Borrando todo en este PC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing</source>
        <translation>Borrando</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was erased</source>
        <translation>Qué se borró</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC for good</source>
        <translation>Borrar todo en este PC para siempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Klaros</source>
        <translation>Cerrar Klaros</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system’s password store</source>
        <translation>el almacén de contraseñas del sistema</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Everything is erased</source>
        <translation>Todo está borrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} and the keyring entries of this profile are gone.</source>
        <translation>La carpeta {folder} y las entradas del llavero de este perfil han desaparecido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left in place because Klaros did not make them: {files}. Delete them yourself if you do not need them.</source>
        <translation>Se dejaron porque Klaros no los creó: {files}. Bórrelos usted si no los necesita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The erasure is recorded, without any of the erased data, in {file}.</source>
        <translation>El borrado queda registrado, sin ninguno de los datos borrados, en {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember Meta and the relay: they keep their own copies (see above).</source>
        <translation>Recuerde a Meta y al relay: guardan sus propias copias (vea arriba).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The erasure did not finish</source>
        <translation>El borrado no terminó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}.

Klaros closes now. Then delete the folder {folder} yourself, or start Klaros again and repeat the erasure.</source>
        <translation>{reason}.

Klaros se cierra ahora. Después borre usted la carpeta {folder}, o inicie Klaros de nuevo y repita el borrado.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../klaros_desktop/services/privacy/erasure.py" line="+101"/>
        <source>No contact had this number; it is now suppressed so it is never messaged.</source>
        <translation>Ningún contacto tenía este número; ahora está bloqueado para que nunca se le escriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erased contacts: {contacts}; messages: {messages}; conversations: {conversations}; consent events: {consent_events}; media files: {media_files}.</source>
        <translation>Contactos borrados: {contacts}; mensajes: {messages}; conversaciones: {conversations}; eventos de consentimiento: {consent_events}; archivos multimedia: {media_files}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsent messages deleted from the outbox: {count}.</source>
        <translation>Mensajes sin enviar borrados de la bandeja de salida: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entries scrubbed: {count}.</source>
        <translation>Entradas de auditoría limpiadas: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log files scrubbed: {count}.</source>
        <translation>Archivos de registro limpiados: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database backups holding the number deleted: {count}.</source>
        <translation>Copias de seguridad con el número borradas: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They had no phone number, so nothing about them is kept.</source>
        <translation>No tenía número de teléfono, así que no se conserva nada de esta persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is kept only as a salted hash.</source>
        <translation>El número solo se conserva como hash con sal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sentence} {more}</source>
        <translation>{sentence} {more}</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This contact no longer exists.</source>
        <translation>Este contacto ya no existe.</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>the database&apos;s write-ahead log (klaros.sqlite3-wal) could not be emptied: something else was reading the database. The erased data may remain in that file until Klaros starts again, which empties it</source>
        <translation>no se pudo vaciar el registro de escritura anticipada de la base de datos (klaros.sqlite3-wal): otro proceso la estaba leyendo. Los datos borrados pueden quedar en ese archivo hasta que Klaros vuelva a iniciarse, y entonces se vacía</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a media path outside the profile was ignored: {path}</source>
        <translation>se ignoró una ruta de archivo fuera del perfil: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a media file could not be deleted: {error}; Klaros tries again when it next starts</source>
        <translation>no se pudo borrar un archivo multimedia: {error}; Klaros lo intentará de nuevo al iniciarse</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the backup {name} could not be checked or deleted: {error}</source>
        <translation>no se pudo comprobar o borrar la copia de seguridad {name}: {error}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{folder} is not a Klaros profile (no {name} in it); nothing was erased</source>
        <translation>{folder} no es un perfil de Klaros (no hay {name} en él); no se borró nada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the password store did not let Klaros remove this profile&apos;s secrets ({error}), so nothing was erased. Unlock it (or sign in to your desktop session) and erase again</source>
        <translation>el almacén de contraseñas no dejó que Klaros quitara los secretos de este perfil ({error}), así que no se borró nada. Desbloquéelo (o inicie sesión en su escritorio) y vuelva a borrar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/privacy.py" line="-474"/>
        <location line="+26"/>
        <source>Export all data</source>
        <translation>Exportar todos los datos</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exporting everything Klaros holds…</source>
        <translation>Exportando todo lo que guarda Klaros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {file}</source>
        <translation>Escribiendo {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export in progress</source>
        <translation>Exportación en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This takes seconds for a small shop and a few minutes for years of chats with photos. You can keep working meanwhile.</source>
        <translation>Tarda segundos en una tienda pequeña y unos minutos con años de chats con fotos. Puede seguir trabajando mientras tanto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the archive is</source>
        <translation>Dónde está el archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each kind of record is a file of its own, readable by other programs; the contacts are also in it as a spreadsheet (CSV) and as address-book cards (vCard). README.md inside explains every field.</source>
        <translation>Cada tipo de registro es un archivo propio, legible por otros programas; los contactos también van como hoja de cálculo (CSV) y como tarjetas de agenda (vCard). El README.md de dentro explica cada campo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export did not work</source>
        <translation>La exportación no funcionó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the export failed</source>
        <translation>Por qué falló la exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder holding the archive</source>
        <translation>Abrir la carpeta que contiene el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An export cannot be stopped halfway; it ends by itself.</source>
        <translation>Una exportación no se puede detener a medias; termina sola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved as {file} ({size}).</source>
        <translation>Guardado como {file} ({size}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent records (opt-ins and opt-outs)</source>
        <translation>Consentimientos (altas y bajas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Plantillas de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, voice notes and files</source>
        <translation>Fotos, notas de voz y archivos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder, and try again.</source>
        <translation>Klaros no pudo escribir en {folder}: {reason}. Elija otro lugar, por ejemplo su carpeta Documentos, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong while writing it: {reason}.</source>
        <translation>Algo falló al escribirlo: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No half-written archive was left behind.</source>
        <translation>No quedó ningún archivo a medio escribir.</translation>
    </message>
</context>
<context>
    <name>FailedMessagesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+20"/>
        <location line="+10"/>
        <source>Messages not delivered</source>
        <translation>Mensajes no entregados</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a message to open the chat.</source>
        <translation>Haga doble clic en un mensaje para abrir el chat.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>before: {n:,}</source>
        <translation type="vanished">antes: {n:,}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+232"/>
        <source>before: {n}</source>
        <translation>antes: {n}</translation>
    </message>
</context>
<context>
    <name>GraphErrors</name>
    <message>
        <location filename="../../klaros_desktop/graph/client.py" line="+73"/>
        <source>WhatsApp&apos;s answer pointed to another server ({origin}), so Klaros did not send your access key there.</source>
        <translation>La respuesta de WhatsApp apuntaba a otro servidor ({origin}), así que Klaros no envió allí su clave de acceso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/graph/errors.py" line="+134"/>
        <source>Try again later; if it keeps happening, send the log file to support.</source>
        <translation>Inténtelo más tarde; si sigue pasando, envíe el archivo de registro al soporte.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/graph/errors.py" line="-115"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key.</source>
        <translation>WhatsApp ya no acepta la clave de acceso de Klaros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the WhatsApp connection settings in Klaros and connect your account again.</source>
        <translation>Abra en Klaros los ajustes de la conexión de WhatsApp y vuelva a conectar su cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key (it is wrong or has expired).</source>
        <translation>WhatsApp ya no acepta la clave de acceso de Klaros (es incorrecta o ha caducado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the WhatsApp connection settings in Klaros and enter a new access token.</source>
        <translation>Abra en Klaros los ajustes de la conexión de WhatsApp e introduzca un token de acceso nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros talked to WhatsApp too often in a short time.</source>
        <translation>Klaros habló con WhatsApp demasiadas veces en poco tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes; Klaros will try again.</source>
        <translation>Espere unos minutos; Klaros lo intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your WhatsApp account reached Meta&apos;s request limit.</source>
        <translation>Su cuenta de WhatsApp alcanzó el límite de peticiones de Meta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then try again.</source>
        <translation>Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp did not understand part of the message.</source>
        <translation>WhatsApp no entendió parte del mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the message (phone number, attachment, template) and try again; if it keeps happening, send the log file to support.</source>
        <translation>Revise el mensaje (número de teléfono, adjunto, plantilla) e inténtelo de nuevo; si sigue pasando, envíe el archivo de registro al soporte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are sending messages faster than WhatsApp allows for your number.</source>
        <translation>Está enviando mensajes más rápido de lo que WhatsApp permite para su número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros slows down and sends the rest automatically.</source>
        <translation>No hay nada que hacer: Klaros va más despacio y envía el resto solo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong at WhatsApp.</source>
        <translation>Algo falló en WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment.</source>
        <translation>Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp is temporarily unavailable.</source>
        <translation>WhatsApp no está disponible temporalmente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message could not be delivered. The number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>No se pudo entregar el mensaje. Puede que el número no use WhatsApp o que la aplicación del cliente sea demasiado antigua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the number with the customer or reach them another way.</source>
        <translation>Compruebe el número con el cliente o contáctelo de otra forma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 24 hours have passed since this customer last wrote to you, so WhatsApp only allows an approved template message.</source>
        <translation>Han pasado más de 24 horas desde que este cliente le escribió por última vez, así que WhatsApp solo permite una plantilla aprobada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a template (for example a short &quot;Do you have a minute?&quot; message); once the customer answers you can write freely again.</source>
        <translation>Envíe una plantilla (por ejemplo un breve «¿Tiene un minuto?»); cuando el cliente responda podrá volver a escribir libremente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp held back this marketing message because the customer already got many.</source>
        <translation>WhatsApp retuvo este mensaje de marketing porque el cliente ya recibió muchos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send again today; try another day.</source>
        <translation>No lo envíe de nuevo hoy; inténtelo otro día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has stopped marketing messages from your shop in WhatsApp.</source>
        <translation>Este cliente se dio de baja en WhatsApp de los mensajes de marketing de su tienda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send them offers. Service messages and replies to their questions still work.</source>
        <translation>No le envíe ofertas. Los mensajes de servicio y las respuestas a sus preguntas siguen funcionando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp no admite este tipo de mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it as text or a picture instead.</source>
        <translation>Envíelo como texto o como imagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s file could not be downloaded.</source>
        <translation>No se pudo descargar el archivo del cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer to send it again.</source>
        <translation>Pida al cliente que lo envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attachment could not be sent (it is missing, too large or of a type WhatsApp refuses).</source>
        <translation>No se pudo enviar el adjunto (falta, es demasiado grande o es de un tipo que WhatsApp rechaza).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file (pictures up to 5 MB, videos and audio up to 16 MB) and attach it again.</source>
        <translation>Revise el archivo (imágenes hasta 5 MB, vídeos y audio hasta 16 MB) y adjúntelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You sent this customer many messages in a few seconds.</source>
        <translation>Envió a este cliente muchos mensajes en pocos segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros waits a little and sends the message.</source>
        <translation>No hay nada que hacer: Klaros espera un poco y envía el mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A value in the message is not allowed (for example a button title that is too long).</source>
        <translation>Un valor del mensaje no está permitido (por ejemplo el título de un botón demasiado largo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten or correct the highlighted field and send again.</source>
        <translation>Acorte o corrija el campo marcado y envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something the message needs is missing.</source>
        <translation>Falta algo que el mensaje necesita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every field and send again.</source>
        <translation>Rellene todos los campos y envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template needs a different number of fill-in values than were given.</source>
        <translation>La plantilla necesita otro número de valores que los indicados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every placeholder of the template, then send again.</source>
        <translation>Rellene todos los marcadores de la plantilla y envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template does not exist in that language or is not approved yet.</source>
        <translation>Esta plantilla no existe en ese idioma o aún no está aprobada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an approved template (Templates page) or wait until Meta approves it.</source>
        <translation>Elija una plantilla aprobada (página Plantillas) o espere a que Meta la apruebe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fill-in value makes the template&apos;s text longer than WhatsApp allows (the title at the top may have 60 characters with its value).</source>
        <translation>Un valor hace que el texto de la plantilla supere lo que permite WhatsApp (el título de arriba puede tener 60 caracteres con su valor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the value and send again.</source>
        <translation>Acorte el valor y vuelva a enviar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fill-in value does not match what the template expects (for example text instead of a picture).</source>
        <translation>Un valor no coincide con lo que espera la plantilla (por ejemplo texto en lugar de una imagen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the template&apos;s fields and send again.</source>
        <translation>Revise los campos de la plantilla y envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta paused this template because customers reacted badly to it.</source>
        <translation>Meta pausó esta plantilla porque los clientes reaccionaron mal a ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another template, or edit this one and submit it again.</source>
        <translation>Use otra plantilla, o edite esta y vuelva a enviarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta switched this template off because it was paused too often.</source>
        <translation>Meta desactivó esta plantilla porque se pausó demasiadas veces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new template.</source>
        <translation>Cree una plantilla nueva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is your shop&apos;s own WhatsApp number.</source>
        <translation>Es el propio número de WhatsApp de su tienda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message to the customer&apos;s number instead.</source>
        <translation>Envíe el mensaje al número del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta limited your sending because too many customers blocked or reported your messages.</source>
        <translation>Meta limitó sus envíos porque demasiados clientes bloquearon o denunciaron sus mensajes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only to customers who asked for your messages, and send fewer for a while.</source>
        <translation>Escriba solo a clientes que pidieron sus mensajes y envíe menos durante un tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s access key lacks the permission for this.</source>
        <translation>A la clave de acceso de Klaros le falta el permiso para esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the access token the WhatsApp permissions in Meta&apos;s business settings, then connect your account again.</source>
        <translation>Dé al token de acceso los permisos de WhatsApp en la configuración empresarial de Meta y vuelva a conectar su cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token may not use this WhatsApp account: a permission or the account itself is missing from its system user.</source>
        <translation>El token de acceso no puede usar esta cuenta de WhatsApp: a su usuario del sistema le falta un permiso o la propia cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Meta Business Suite, open Settings → System users, assign your WhatsApp account to the system user, then generate a new token with the permissions whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation>En Meta Business Suite, abra Configuración → Usuarios del sistema, asigne su cuenta de WhatsApp al usuario del sistema y genere un token nuevo con los permisos whatsapp_business_messaging y whatsapp_business_management.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This phone number is not registered with the WhatsApp Cloud API yet.</source>
        <translation>Este número de teléfono aún no está registrado en la API de WhatsApp Cloud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In WhatsApp Manager, open Phone numbers and finish the number&apos;s registration (Meta sends a code by SMS or call), then connect again.</source>
        <translation>En WhatsApp Manager, abra Números de teléfono y termine el registro del número (Meta envía un código por SMS o llamada); después conecte de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta blocked this account for a while because of a policy violation.</source>
        <translation>Meta bloqueó esta cuenta durante un tiempo por infringir una política.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Meta&apos;s message about it in your Meta business account; sending works again when the block ends.</source>
        <translation>Lea el mensaje de Meta al respecto en su cuenta empresarial de Meta; los envíos vuelven a funcionar cuando termine el bloqueo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp refused the request.</source>
        <translation>WhatsApp rechazó la petición.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros could not reach WhatsApp.</source>
        <translation>Klaros no pudo comunicarse con WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the internet connection; Klaros will try again.</source>
        <translation>Compruebe la conexión a internet; Klaros lo intentará de nuevo.</translation>
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
        <translation>No entregado: {reason} (error de Meta {code})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Meta did not say why.</source>
        <translation>Meta no dijo por qué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not delivered: {reason}</source>
        <translation>No entregado: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not accept the template: {reason}</source>
        <translation>Meta no aceptó la plantilla: {reason}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>WhatsApp did not confirm this message: the connection broke or WhatsApp failed after it had been sent, so it may have reached the customer.</source>
        <translation>WhatsApp no confirmó este mensaje: la conexión se cortó o WhatsApp falló después de enviarlo, así que puede que haya llegado al cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros does not send it again by itself. Check with the customer (or wait for WhatsApp&apos;s delivery report) before sending it again.</source>
        <translation>Klaros no lo vuelve a enviar por sí solo. Compruébelo con el cliente (o espere el aviso de entrega de WhatsApp) antes de enviarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>HeldBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/outbox_bubble.py" line="+64"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this message again</source>
        <translation>Enviar este mensaje de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this message in the composer</source>
        <translation>Editar este mensaje en el cuadro de escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the text of this message</source>
        <translation>Copiar el texto de este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Borrar este mensaje</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template “{name}”</source>
        <translation>Plantilla «{name}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Not sent · {time}</source>
        <translation>⚠ No enviado · {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message not sent: {text}. {reason}</source>
        <translation>Mensaje no enviado: {text}. {reason}</translation>
    </message>
</context>
<context>
    <name>HoursAndBudgetTab</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_extras.py" line="+38"/>
        <source>Business hours and automatic replies</source>
        <translation>Horario comercial y respuestas automáticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set your opening hours for each weekday. Klaros can greet a customer who writes for the first time and answer outside your hours, only inside WhatsApp&apos;s 24-hour window.</source>
        <translation>Indique su horario de apertura para cada día de la semana. Klaros puede saludar a quien escribe por primera vez y responder fuera de su horario, solo dentro de la ventana de 24 horas de WhatsApp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business hours and automatic replies…</source>
        <translation>Horario comercial y respuestas automáticas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly budget</source>
        <translation>Presupuesto mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you plan to spend on WhatsApp messages each month. Analytics shows the month&apos;s charges against it, and a campaign that would go over it warns you first.</source>
        <translation>Lo que piensa gastar cada mes en mensajes de WhatsApp. Los informes comparan con él los cargos del mes, y una campaña que lo superaría le avisa antes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 150</source>
        <translation>p. ej., 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Importe del presupuesto mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget currency</source>
        <translation>Moneda del presupuesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Guardar presupuesto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send marketing campaigns through Meta&apos;s Marketing Messages API</source>
        <translation>Enviar las campañas de marketing mediante la Marketing Messages API de Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta delivers marketing templates sent this way with its own optimisation and bills them as “marketing lite”. Accept Meta&apos;s terms for it in WhatsApp Manager first. Other messages are not affected.</source>
        <translation>Meta entrega las plantillas de marketing enviadas así con su propia optimización y las factura como «marketing lite». Acepte antes las condiciones de Meta en WhatsApp Manager. Los demás mensajes no cambian.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Marketing campaigns now go through the Marketing Messages API.</source>
        <translation>Las campañas de marketing van ahora por la Marketing Messages API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing campaigns now go through the usual messages API.</source>
        <translation>Las campañas de marketing van ahora por la API de mensajes habitual.</translation>
    </message>
    <message>
        <source>Monthly budget saved.</source>
        <translation type="vanished">Presupuesto mensual guardado.</translation>
    </message>
    <message>
        <source>Monthly budget removed.</source>
        <translation type="vanished">Presupuesto mensual eliminado.</translation>
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
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This picture cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/contacts_import.py" line="+73"/>
        <source>this number was erased on request; it is not imported again</source>
        <translation>este número se borró a petición; no se vuelve a importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number was erased while the import started; import the file again</source>
        <translation>se borró un número mientras empezaba la importación; importe el archivo de nuevo</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>consent value {value!r} not understood (use yes, no or opt-out)</source>
        <translation>no se entiende el valor de consentimiento {value!r} (use yes, no u opt-out)</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>--map applies to CSV files; vCard fields are read by their names</source>
        <translation>--map se aplica a archivos CSV; los campos de vCard se leen por su nombre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown region {region!r}; use a two-letter country code such as DE, FR or ES</source>
        <translation>región desconocida {region!r}; use un código de país de dos letras como DE, FR o ES</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/csv_reader.py" line="+227"/>
        <source>--map {option!r}: write it as FIELD=COLUMN, e.g. --map phone=Handynummer</source>
        <translation>--map {option!r}: escríbalo como CAMPO=COLUMNA, p. ej. --map phone=Movil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--map {option!r}: unknown field {name!r}; fields are {fields}, or custom.NAME for a custom field</source>
        <translation>--map {option!r}: campo desconocido {name!r}; los campos son {fields}, o custom.NOMBRE para un campo propio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--map names the column {name!r}, which is not in the file; its columns are: {columns}</source>
        <translation>--map nombra la columna {name!r}, que no está en el archivo; sus columnas son: {columns}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the file has no header row (expected column names such as Name and Phone)</source>
        <translation>el archivo no tiene fila de encabezado (se esperan nombres de columna como Nombre y Teléfono)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone number column found; the columns are {columns}. Name the right one with --map phone=COLUMN</source>
        <translation>no se encontró ninguna columna de teléfono; las columnas son {columns}. Indique la correcta con --map phone=COLUMNA</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unreadable CSV: {error}</source>
        <translation>CSV ilegible: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {line} holds bytes that are not valid {encoding} text</source>
        <translation>la línea {line} contiene bytes que no son texto {encoding} válido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted value on line {line} is never closed, so the rest of the file (to line {end}) was read into it</source>
        <translation>un valor entre comillas en la línea {line} no se cierra nunca, así que el resto del archivo (hasta la línea {end}) se leyó dentro de él</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted value is not closed: the row runs on to line {end} with {values} values for {columns} columns</source>
        <translation>un valor entre comillas no está cerrado: la fila sigue hasta la línea {end} con {values} valores para {columns} columnas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the row has {values} values but the header has {columns} columns (is there an unquoted delimiter in a value?)</source>
        <translation>la fila tiene {values} valores pero el encabezado tiene {columns} columnas (¿hay un separador sin comillas dentro de un valor?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the row cannot be read: {error}</source>
        <translation>no se puede leer la fila: {error}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/records.py" line="+67"/>
        <location line="+9"/>
        <source>nested too deeply</source>
        <translation>anidado demasiado profundo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>not JSON: {error}</source>
        <translation>no es JSON: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the custom fields cannot be read ({problem})</source>
        <translation>no se pueden leer los campos propios ({problem})</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+23"/>
        <source>cannot read {path}: {error}</source>
        <translation>no se puede leer {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than {limit}, the most Klaros imports at once; split it into smaller files, or export only the contacts you need</source>
        <translation>el archivo supera {limit}, lo máximo que Klaros importa de una vez; divídalo en archivos más pequeños o exporte solo los contactos que necesite</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is not valid {encoding} text (bad bytes at byte offset {offset}); {fix}</source>
        <translation>el archivo no es texto {encoding} válido (bytes incorrectos en la posición {offset}); {fix}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown encoding {encoding!r}; use one of {encodings}</source>
        <translation>codificación desconocida {encoding!r}; use una de {encodings}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file holds binary data (NUL bytes), so it is not a CSV or vCard text file; export the contacts from the other program as CSV or vCard</source>
        <translation>el archivo contiene datos binarios (bytes NUL), así que no es un archivo de texto CSV o vCard; exporte los contactos del otro programa como CSV o vCard</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/vcard_reader.py" line="+84"/>
        <source>the card has no END:VCARD before the next BEGIN:VCARD</source>
        <translation>a la tarjeta le falta END:VCARD antes del siguiente BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>a la tarjeta le falta END:VCARD (el archivo termina dentro de ella)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not a readable vCard at line {line}: {error}</source>
        <translation>vCard ilegible en la línea {line}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not a readable vCard: {error}</source>
        <translation>vCard ilegible: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>el archivo no contiene ninguna vCard (no hay línea BEGIN:VCARD)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="-62"/>
        <location line="+112"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+112"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Tags / labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a Google Contacts export</source>
        <translation>una exportación de Google Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Outlook export</source>
        <translation>una exportación de Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Klaros export</source>
        <translation>una exportación de Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WhatsApp Business app export</source>
        <translation>una exportación de la app WhatsApp Business</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+94"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column for {field}</source>
        <translation>Columna para {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it was skipped</source>
        <translation>Por qué se omitió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped rows</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save error report…</source>
        <translation>Guardar informe de errores…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be imported: {error}</source>
        <translation>Este archivo no se puede importar: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vCard file (contacts from a phone or an address book). The first contacts are shown below.</source>
        <translation>Un archivo vCard (contactos de un teléfono o una agenda). Abajo se muestran los primeros contactos.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A spreadsheet (CSV) with %n columns</source>
        <translation>
            <numerusform>Una hoja de cálculo (CSV) con %n columna</numerusform>
            <numerusform>Una hoja de cálculo (CSV) con %n columnas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, it looks like {what}</source>
        <translation>, parece {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which column holds what below; change one if Klaros guessed wrong.</source>
        <translation>Compruebe abajo qué columna contiene qué; cambie una si Klaros se equivocó.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✗ {number} (not a valid number; skipped)</source>
        <translation>✗ {number} (número no válido; omitido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no number (skipped)</source>
        <translation>✗ sin número (omitido)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected: {cols}</source>
        <translation>Detectado: {cols}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {name}… {n} rows read</source>
        <translation>Importando {name}… {n} filas leídas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{imported} imported, {merged} merged with existing contacts, {skipped} skipped ({rows} rows read).</source>
        <translation>{imported} importados, {merged} unidos a contactos existentes, {skipped} omitidos ({rows} filas leídas).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save error report</source>
        <translation>Guardar informe de errores</translation>
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
        <translation>Todos los chats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open</source>
        <translation>Ventana abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation filter</source>
        <translation>Filtro de conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to a contact (Ctrl+N)</source>
        <translation>Escribir a un contacto (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
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
        <translation>Mensajes que coinciden con la búsqueda</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contact info</source>
        <translation>Info del contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the contact beside the chat</source>
        <translation>Mostrar u ocultar el contacto junto al chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conversation open</source>
        <translation>Ninguna conversación abierta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a conversation on the left.
New messages appear here by themselves.</source>
        <translation>Elija una conversación a la izquierda.
Los mensajes nuevos aparecen aquí solos.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No chats match. Clear the search or choose “All chats”.</source>
        <translation>Ningún chat coincide. Vacíe la búsqueda o elija «Todos los chats».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet. When a customer writes to your WhatsApp Business number, the chat appears here by itself.</source>
        <translation>Aún no hay chats. Cuando un cliente escriba a su número de WhatsApp Business, el chat aparecerá aquí solo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag: {name}</source>
        <translation>Etiqueta: {name}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Messages ({n})</source>
        <translation>Mensajes ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages (the newest 50)</source>
        <translation>Mensajes (los 50 más recientes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chat name or number matches</source>
        <translation>Ningún nombre de chat ni número coincide</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Forward to…</source>
        <translation>Reenviar a…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open chat</source>
        <translation>Abrir el chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpin chat</source>
        <translation>Desfijar el chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin chat</source>
        <translation>Fijar el chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn notifications on</source>
        <translation>Activar las notificaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute notifications</source>
        <translation>Silenciar las notificaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take out of the archive</source>
        <translation>Sacar del archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive chat</source>
        <translation>Archivar el chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy number</source>
        <translation>Copiar el número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details…</source>
        <translation>Datos del contacto…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chat archived. “Archived” in the filter shows it.</source>
        <translation>Chat archivado. «Archivados» en el filtro lo muestra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat taken out of the archive.</source>
        <translation>Chat sacado del archivo.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Opted out · cannot be messaged</source>
        <translation>De baja · no se le puede escribir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24-hour window open · {left} left</source>
        <translation>Ventana de 24 horas abierta · quedan {left}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open · {left} left</source>
        <translation>Ventana abierta · quedan {left}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has not written yet · templates only</source>
        <translation>Aún no ha escrito · solo plantillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24-hour window closed · templates only</source>
        <translation>Ventana de 24 horas cerrada · solo plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window closed · templates only</source>
        <translation>Ventana cerrada · solo plantillas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message text copied.</source>
        <translation>Texto del mensaje copiado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template cannot be edited here: send it again, or delete it and choose the template anew.</source>
        <translation>Una plantilla no se puede editar aquí: envíela de nuevo, o elimínela y elija la plantilla otra vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file cannot be edited here: send it again, or delete it and attach it anew.</source>
        <translation>Un archivo no se puede editar aquí: envíelo de nuevo, o elimínelo y adjúntelo otra vez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete message?</source>
        <translation>¿Borrar mensaje?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this unsent message? Its text cannot be brought back.</source>
        <translation>¿Borrar este mensaje sin enviar? Su texto no se puede recuperar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message goes out when Klaros is back online.</source>
        <translation>El mensaje sale cuando Klaros vuelva a estar en línea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 24-hour window is closed, so this text cannot go as a free message; the composer offers the approved templates. Copy the text if you need it.</source>
        <translation>La ventana de 24 horas está cerrada, así que este texto no puede ir como mensaje libre; el cuadro de escritura ofrece las plantillas aprobadas. Copie el texto si lo necesita.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A queued message to {number} was not sent: {reason}</source>
        <translation>Un mensaje en cola para {number} no se envió: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A queued message could not go out yet; Klaros tries again by itself.</source>
        <translation>Un mensaje en cola aún no pudo salir; Klaros lo intentará de nuevo solo.</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/jump_dialog.py" line="+21"/>
        <source>Jump to a contact</source>
        <translation>Ir a un contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or number…</source>
        <translation>Nombre o número…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to jump to</source>
        <translation>Contacto al que ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching contacts</source>
        <translation>Contactos que coinciden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter opens the chat; someone you have not written to yet gets a new one.</source>
        <translation>Intro abre el chat; quien aún no tenga chat con usted recibe uno nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody by that name or number. Add them under Contacts first.</source>
        <translation>Nadie con ese nombre o número. Añádalo antes en Contactos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or a phone number.</source>
        <translation>Escriba un nombre o un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="-23"/>
        <source>no keyring service was found</source>
        <translation>no se encontró ningún servicio de llavero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is switched off (null backend)</source>
        <translation>el llavero está desactivado (backend nulo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it would store secrets as plain text</source>
        <translation>guardaría los secretos como texto sin cifrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring backend {backend} is not one of the system&apos;s password stores, and it may keep secrets as plain text</source>
        <translation>el backend de llavero {backend} no es uno de los almacenes de contraseñas del sistema y podría guardar los secretos como texto sin cifrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the configured keyring is Klaros&apos;s plain-text test keyring, which is only for tests (they set KLAROS_ALLOW_INSECURE_KEYRING=1)</source>
        <translation>el llavero configurado es el llavero de pruebas en texto plano de Klaros, que solo sirve para pruebas (estas fijan KLAROS_ALLOW_INSECURE_KEYRING=1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure: Klaros keeps its access token and device keys in a test keyring as plain text, because KLAROS_ALLOW_INSECURE_KEYRING=1 is set. This is for tests only; never use it for a real shop.</source>
        <translation>No es seguro: Klaros guarda su token de acceso y las claves del dispositivo en un llavero de pruebas en texto plano, porque KLAROS_ALLOW_INSECURE_KEYRING=1 está fijado. Es solo para pruebas; no lo use nunca para una tienda real.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros keeps your Meta access token and device keys only in the system&apos;s secure password store (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: {reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet, then {retry}.</source>
        <translation>Klaros guarda su token de acceso de Meta y las claves del dispositivo solo en el almacén de contraseñas seguro del sistema (Administrador de credenciales de Windows, Llavero de macOS o Secret Service en Linux), y aquí no hay ninguno utilizable: {reason}. Klaros no los guardará como texto sin cifrar. En Linux, instale y desbloquee un proveedor de Secret Service como GNOME Keyring o KWallet y después {retry}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME Keyring / KWallet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KDE Wallet (KWallet)</source>
        <translation>KDE Wallet (KWallet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s test keyring (not secure, for tests only)</source>
        <translation>llavero de prueba de Klaros (no seguro, solo para pruebas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo&apos;s memory (nothing is saved)</source>
        <translation>la memoria de la demo (no se guarda nada)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>in {name}</source>
        <translation>en el almacén de contraseñas «{name}»</translation>
    </message>
    <message>
        <source>Klaros keeps your Meta access token and device keys only in the system&apos;s secure password store (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: {reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet, then start Klaros again.</source>
        <translation type="vanished">Klaros guarda su token de acceso de Meta y las claves del dispositivo solo en el almacén de contraseñas seguro del sistema (Administrador de credenciales de Windows, Llavero de macOS o Secret Service en Linux), y aquí no hay ninguno utilizable: {reason}. Klaros no los guardará como texto sin cifrar. En Linux, instale y desbloquee un proveedor de Secret Service como GNOME Keyring o KWallet y vuelva a iniciar Klaros.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <source>the keyring refused access ({error})</source>
        <translation>el llavero denegó el acceso ({error})</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the keyring did not give back what was stored</source>
        <translation>el llavero no devolvió lo que se guardó</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/guidance.py" line="+48"/>
        <source>Windows keeps the keys in its Credential Manager, which comes with Windows. Sign in to Windows with your own user account (not a guest or a restricted session), then click “Try again”.</source>
        <translation>Windows guarda las claves en su Administrador de credenciales, que viene con Windows. Inicie sesión en Windows con su propia cuenta de usuario (no como invitado ni en una sesión restringida) y pulse «Reintentar».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>macOS keeps the keys in your login keychain. Open the Keychain Access app, unlock the “login” keychain with your Mac password, then click “Try again”.</source>
        <translation>macOS guarda las claves en su llavero de inicio de sesión. Abra la app Acceso a Llaveros, desbloquee el llavero «inicio de sesión» con la contraseña de su Mac y pulse «Reintentar».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install KDE Wallet: open a terminal and run “sudo apt install kwalletmanager” (Debian, Ubuntu) or “sudo dnf install kwalletmanager” (Fedora). Log out and back in, then click “Try again”.</source>
        <translation>Instale KDE Wallet: abra un terminal y ejecute «sudo apt install kwalletmanager» (Debian, Ubuntu) o «sudo dnf install kwalletmanager» (Fedora). Cierre sesión y vuelva a entrar, y pulse «Reintentar».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install GNOME Keyring: open a terminal and run “sudo apt install gnome-keyring” (Debian, Ubuntu) or “sudo dnf install gnome-keyring” (Fedora). Log out and back in so that it starts and unlocks with your login, then click “Try again”.</source>
        <translation>Instale GNOME Keyring: abra un terminal y ejecute «sudo apt install gnome-keyring» (Debian, Ubuntu) o «sudo dnf install gnome-keyring» (Fedora). Cierre sesión y vuelva a entrar para que arranque y se desbloquee con su inicio de sesión, y pulse «Reintentar».</translation>
    </message>
</context>
<context>
    <name>KeyringPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-352"/>
        <source>Welcome to Klaros</source>
        <translation>Bienvenido a Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three short steps connect Klaros to your shop&apos;s WhatsApp Business number.</source>
        <translation>Tres pasos breves conectan Klaros con el número de WhatsApp Business de su tienda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you need, or why Klaros cannot continue yet</source>
        <translation>Qué necesita, o por qué Klaros aún no puede continuar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to install</source>
        <translation>Qué instalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>You need:
  1. the address of your Klaros relay, and a pairing code or your e-mail address,
  2. your WhatsApp Business account in Meta&apos;s Business Suite (we show you where to click),
  3. five minutes in Meta&apos;s App Dashboard to send your messages to the relay.

Your access key is kept only in this computer&apos;s secure password store ({where}).</source>
        <translation>Necesita:
  1. la dirección de su relay de Klaros, y un código de vinculación o su correo electrónico,
  2. su cuenta de WhatsApp Business en Meta Business Suite (le mostramos dónde hacer clic),
  3. cinco minutos en el panel de apps de Meta para enviar sus mensajes al relay.

Su clave de acceso se guarda solo en el almacén de contraseñas seguro de este equipo ({where}).</translation>
    </message>
</context>
<context>
    <name>KeyringWarning</name>
    <message>
        <location filename="../../klaros_desktop/ui/keyring_warning.py" line="+43"/>
        <source>Security warning</source>
        <translation>Aviso de seguridad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../klaros_desktop/ui/main_window.py" line="+116"/>
        <location line="+408"/>
        <source>{app} — WhatsApp Business CRM</source>
        <translation>{app} — CRM de WhatsApp Business</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Klaros main window</source>
        <translation>Ventana principal de Klaros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections</source>
        <translation>Secciones</translation>
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
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+264"/>
        <source>Analytics</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Sync state</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exportar contactos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;all data…</source>
        <translation>Exportar &amp;todos los datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Klaros holds in one zip file: contacts, chats, consent, templates, audit trail and media</source>
        <translation>Todo lo que guarda Klaros en un archivo zip: contactos, chats, consentimientos, plantillas, registro de auditoría y archivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase everything on this PC…</source>
        <translation>Borrar todo en este PC…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Greeting and away messages…</source>
        <translation>Mensajes de &amp;bienvenida y de ausencia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up connection…</source>
        <translation>Configurar &amp;conexión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Jump to contact…</source>
        <translation>Ir a un contacto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New chat…</source>
        <translation>Nuevo chat…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Hours, budget and campaigns</source>
        <translation>Horario, presupuesto y campañas</translation>
    </message>
    <message>
        <source>Hours and budget</source>
        <translation type="vanished">Horario y presupuesto</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Inbox, {n} unread chats</source>
        <translation>Chats, {n} sin leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app}: {n} unread chats</source>
        <translation>{app}: {n} chats sin leer</translation>
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
            <numerusform>%n mensaje nuevo de WhatsApp</numerusform>
            <numerusform>%n mensajes nuevos de WhatsApp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros campaigns</source>
        <translation>Campañas de Klaros</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Messages still waiting</source>
        <translation>Hay mensajes esperando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message is still waiting to be sent.</source>
        <translation>1 mensaje aún espera a enviarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages are still waiting to be sent.</source>
        <translation>{n} mensajes aún esperan a enviarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you quit now, they are kept and go out the next time you open Klaros, if the customer&apos;s 24-hour window is still open then.</source>
        <translation>Si sale ahora, se conservan y salen la próxima vez que abra Klaros, si la ventana de 24 horas del cliente sigue abierta entonces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Klaros open</source>
        <translation>Mantener Klaros abierto</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../klaros_desktop/services/media/downloads.py" line="+53"/>
        <source>Meta no longer has this {thing}: Klaros was offline for more than 7 days. Ask the customer to send it again.</source>
        <translation>Meta ya no tiene este archivo ({thing}): Klaros estuvo sin conexión más de 7 días. Pida al cliente que lo envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta no longer has this {thing}. Ask the customer to send it again.</source>
        <translation>Meta ya no tiene este archivo ({thing}). Pida al cliente que lo envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {thing} was refused: the file that arrived is not the one the customer sent (it was damaged or changed on the way). Ask the customer to send it again.</source>
        <translation>Este archivo ({thing}) se rechazó: el archivo que llegó no es el que envió el cliente (se dañó o se cambió por el camino). Pida al cliente que lo envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {thing} is larger than WhatsApp allows, so Klaros did not keep it.</source>
        <translation>Este archivo ({thing}) es más grande de lo que permite WhatsApp, así que Klaros no lo guardó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not download this {thing} after several tries. It tries again when Klaros next starts.</source>
        <translation>Klaros no pudo descargar este archivo ({thing}) tras varios intentos. Lo vuelve a intentar la próxima vez que Klaros se inicie.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="+47"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voice message</source>
        <translation>mensaje de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>vídeo</translation>
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
        <translation>WhatsApp admite fotos de hasta 5 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes voice messages and audio up to 16 MB</source>
        <translation>WhatsApp admite mensajes de voz y audio de hasta 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes videos up to 16 MB</source>
        <translation>WhatsApp admite vídeos de hasta 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes documents up to 100 MB</source>
        <translation>WhatsApp admite documentos de hasta 100 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes stickers up to 500 KB (100 KB if not animated)</source>
        <translation>WhatsApp admite stickers de hasta 500 KB (100 KB si no son animados)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{name}” is empty.</source>
        <translation>«{name}» está vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp does not take this kind of file (“{name}”). It takes photos (JPEG, PNG), videos (MP4, 3GP), audio (MP3, M4A, OGG, AAC, AMR), stickers (WebP) and documents (PDF, Word, Excel, PowerPoint, text).</source>
        <translation>WhatsApp no admite este tipo de archivo («{name}»). Admite fotos (JPEG, PNG), vídeos (MP4, 3GP), audio (MP3, M4A, OGG, AAC, AMR), stickers (WebP) y documentos (PDF, Word, Excel, PowerPoint, texto).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is {size}, too large: {rule}.</source>
        <translation>«{name}» ocupa {size}, demasiado: {rule}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="-76"/>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="-56"/>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
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
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
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
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Aviso</translation>
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
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice message</source>
        <translation>Nota de voz</translation>
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
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type Klaros cannot show yet</source>
        <translation>Tipo de mensaje que Klaros aún no puede mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
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
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Step 2: your WhatsApp Business account</source>
        <translation>Paso 2: su cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros sends through Meta&apos;s official WhatsApp Cloud API with your own account.</source>
        <translation>Klaros envía a través de la API oficial de WhatsApp Cloud de Meta con su propia cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros needs your number&apos;s two IDs and a permanent access key (a “system user token”) to send messages in your shop&apos;s name. Meta shows the IDs in the App Dashboard under WhatsApp → API Setup.</source>
        <translation>Klaros necesita los dos ID de su número y una clave de acceso permanente (un «token de usuario del sistema») para enviar mensajes en nombre de su tienda. Meta muestra los ID en el panel de apps, en WhatsApp → Configuración de la API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open API Setup (IDs)</source>
        <translation>Abrir Configuración de la API (ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open System users (token)</source>
        <translation>Abrir Usuarios del sistema (token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me how…</source>
        <translation>Enséñeme cómo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number ID</source>
        <translation>ID del número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>WhatsApp Business account ID</source>
        <translation>ID de la cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAAG… (paste the whole token)</source>
        <translation>EAAG… (pegue el token entero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta app secret</source>
        <translation>Clave secreta de la app de Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App settings → Basic → App secret</source>
        <translation>Configuración de la app → Básica → Clave secreta de la app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta server</source>
        <translation>Servidor de Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave empty for https://graph.facebook.com</source>
        <translation>déjelo vacío para https://graph.facebook.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create my shop and connect</source>
        <translation>Crear mi tienda y conectar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>phone number ID</source>
        <translation>ID del número de teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the access token.</source>
        <translation>Introduzca el token de acceso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the Meta app secret (App Dashboard → App settings → Basic).</source>
        <translation>Introduzca la clave secreta de la app de Meta (panel de apps → Configuración de la app → Básica).</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../klaros_desktop/ui/navigation.py" line="+189"/>
        <source>Show a notice when a message arrives</source>
        <translation>Mostrar un aviso cuando llegue un mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound with it</source>
        <translation>Reproducir un sonido con él</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/outbox.py" line="+94"/>
        <source>Not sent: the 24-hour window had closed by the time Klaros was back online. Send an approved template instead.</source>
        <translation>No enviado: la ventana de 24 horas se había cerrado cuando Klaros volvió a estar en línea. Envíe una plantilla aprobada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer opted out of messages before Klaros was back online.</source>
        <translation>No enviado: el cliente se dio de baja de los mensajes antes de que Klaros volviera a estar en línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number belongs to a person whose data was erased.</source>
        <translation>No enviado: este número pertenece a una persona cuyos datos se borraron.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the contact has no phone number.</source>
        <translation>No enviado: el contacto no tiene número de teléfono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not confirm this message (the connection broke or WhatsApp failed while it was being sent), so it may have reached the customer. Check with them before sending it again.</source>
        <translation>WhatsApp no confirmó este mensaje (la conexión se cortó o WhatsApp falló mientras se enviaba), así que puede que haya llegado al cliente. Compruébelo con él antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>The connection broke while this was being sent, so it may have reached the customer. Check with them before sending it again.</source>
        <translation type="vanished">La conexión se cortó mientras se enviaba, así que puede que haya llegado al cliente. Compruébelo con él antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the contact&apos;s number cannot receive WhatsApp messages.</source>
        <translation>No enviado: el número del contacto no puede recibir mensajes de WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: Meta no longer has this template (it was deleted while Klaros was offline).</source>
        <translation>No enviado: Meta ya no tiene esta plantilla (se eliminó mientras Klaros estaba sin conexión).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: Meta no longer approves this template (it was paused or disabled while Klaros was offline).</source>
        <translation>No enviado: Meta ya no aprueba esta plantilla (se pausó o desactivó mientras Klaros estaba sin conexión).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer stopped marketing messages before Klaros was back online.</source>
        <translation>No enviado: el cliente se dio de baja de los mensajes de marketing antes de que Klaros volviera a estar en línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number must not receive marketing messages.</source>
        <translation>No enviado: este número no debe recibir mensajes de marketing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Not sent: the template changed while Klaros was offline and the values filled in no longer fit it. Delete this message and choose the template again.</source>
        <translation>No enviado: la plantilla cambió mientras Klaros estaba sin conexión y los valores rellenados ya no encajan. Elimine este mensaje y elija la plantilla otra vez.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not sent: {error}</source>
        <translation>No enviado: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent ({code}).</source>
        <translation>No enviado ({code}).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the message is empty</source>
        <translation>el mensaje está vacío</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="-10"/>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is not a phone number</source>
        <translation>{number!r} no es un número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is too short to be a phone number</source>
        <translation>{number!r} es demasiado corto para ser un número de teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number!r} is too long to be a phone number</source>
        <translation>{number!r} es demasiado largo para ser un número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} has an unknown country code</source>
        <translation>{number!r} tiene un prefijo de país desconocido</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>{number!r} has no country code; write it with + or {fix}</source>
        <translation>{number!r} no tiene prefijo de país; escríbalo con + o {fix}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number!r} is not a valid phone number in {region}</source>
        <translation>{number!r} no es un número de teléfono válido en {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number!r} is not a valid phone number</source>
        <translation>{number!r} no es un número de teléfono válido</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../klaros_desktop/ui/place_fields.py" line="+40"/>
        <source>e.g. 52.5292</source>
        <translation>p. ej., 52.5292</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude of the place</source>
        <translation>Latitud del lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 13.4012</source>
        <translation>p. ej., 13.4012</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude of the place</source>
        <translation>Longitud del lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. your shop&apos;s name</source>
        <translation>p. ej., el nombre de su tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the place</source>
        <translation>Nombre del lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street, postcode and town</source>
        <translation>Calle, código postal y localidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the place</source>
        <translation>Dirección del lugar</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/policy.py" line="+136"/>
        <source>{who} has no phone number to send to.</source>
        <translation>{who} no tiene número de teléfono al que enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number belongs to a person whose data was erased; Klaros will not message it again.</source>
        <translation>Este número pertenece a una persona cuyos datos se borraron; Klaros no volverá a escribirle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} opted out of all messages on {when} ({source}); they can write START to opt back in.</source>
        <translation>{who} se dio de baja de todos los mensajes el {when} ({source}); puede escribir START para volver a darse de alta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>La plantilla {name!r} ({language}) no se conoce; actualice las plantillas desde Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>La plantilla {name!r} ({language}) está {status}, no aprobada por Meta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number must not receive marketing messages.</source>
        <translation>Este número no debe recibir mensajes de marketing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} stopped marketing messages on {when}; only service and utility messages may be sent.</source>
        <translation>{who} se dio de baja del marketing el {when}; solo se pueden enviar mensajes de servicio y utilidad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} has never written to you; start with an approved template.</source>
        <translation>{who} nunca le ha escrito; empiece con una plantilla aprobada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed at {closed} ({who} last wrote {last}); send an approved template.</source>
        <translation>La ventana de 24 horas se cerró a las {closed} ({who} escribió por última vez {last}); envíe una plantilla aprobada.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../klaros_desktop/services/pricing/forecast.py" line="+304"/>
        <source>No rate card covers {day}, so the cost cannot be forecast. Import Meta&apos;s rate card with &apos;klaros rates import&apos;.</source>
        <translation>Ninguna tarifa cubre el {day}, así que no se puede prever el coste. Importe la tarifa de Meta con &apos;klaros rates import&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost forecast: {total} for {charged} charged message(s), {free} free (Meta&apos;s rates as of {as_of}, platform fee only).</source>
        <translation>Previsión de coste: {total} por {charged} mensaje(s) cobrado(s), {free} gratis (tarifas de Meta a fecha de {as_of}, solo la tarifa de la plataforma).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By country: {split}.</source>
        <translation>Por país: {split}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate is not known for {count} recipient(s) ({countries}); the total leaves them out. Import Meta&apos;s current rate card with &apos;klaros rates import&apos;.</source>
        <translation>La tarifa no se conoce para {count} destinatario(s) ({countries}); el total los deja fuera. Importe la tarifa actual de Meta con &apos;klaros rates import&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit ({outside} of {limit} customers a day outside their 24-hour window).</source>
        <translation>Usa el {share} de su límite de mensajes ({outside} de {limit} clientes al día fuera de su ventana de 24 horas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your messaging limit is not known here yet; {outside} recipient(s) count towards it.</source>
        <translation>Su límite de mensajes aún no se conoce aquí; {outside} destinatario(s) cuentan para él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>free: they came from your ad or Page button and the free entry point window is open</source>
        <translation>gratis: llegaron desde su anuncio o el botón de su página y la ventana del punto de entrada gratuito está abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free: they wrote in the last 24 hours</source>
        <translation>gratis: escribieron en las últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the rate card has no rate for {country} on {day}</source>
        <translation>precio desconocido: la tarifa no tiene precio para {country} el {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the number&apos;s country is not known</source>
        <translation>precio desconocido: no se conoce el país del número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: no rate card covers {day}</source>
        <translation>precio desconocido: ninguna tarifa cubre el {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: Meta charged per conversation on {day}</source>
        <translation>precio desconocido: Meta cobraba por conversación el {day}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Price of this message: {amount} ({category}, {market}, Meta&apos;s rates as of {as_of}).</source>
        <translation>Precio de este mensaje: {amount} ({category}, {market}, tarifas de Meta a fecha de {as_of}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price of this message: {reason}.</source>
        <translation>Precio de este mensaje: {reason}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/pricing/rates_csv.py" line="+138"/>
        <source>This file is not Meta&apos;s rate card: no header row with Market and Currency was found.</source>
        <translation>Este archivo no es la tarifa de Meta: no se encontró una fila de encabezado con Market y Currency.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{currency!r} is not a currency.</source>
        <translation>{currency!r} no es una moneda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency {currency} differs from the file&apos;s {first}; one file holds one currency.</source>
        <translation>La moneda {currency} es distinta de la del archivo, {first}; un archivo contiene una sola moneda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file is not Meta&apos;s rate card: it has no Marketing, Utility or Authentication column.</source>
        <translation>Este archivo no es la tarifa de Meta: no tiene columna Marketing, Utility ni Authentication.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has rates but no market.</source>
        <translation>La fila tiene tarifas pero ningún mercado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>{market}: the row has {count} cells, the header {expected}.</source>
        <translation>{market}: la fila tiene {count} celdas y el encabezado {expected}.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{market} is in the file twice; the first row is kept.</source>
        <translation>{market} aparece dos veces en el archivo; se conserva la primera fila.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{market}: {value!r} under {column} is not a rate.</source>
        <translation>{market}: {value!r} en {column} no es una tarifa.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The row has tiers but no market.</source>
        <translation>La fila tiene tramos pero ningún mercado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{market}: {value!r} is not a number of messages or a rate.</source>
        <translation>{market}: {value!r} no es un número de mensajes ni una tarifa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file&apos;s text could not be read.</source>
        <translation>No se pudo leer el texto del archivo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The file could not be read: {error}</source>
        <translation>No se pudo leer el archivo: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No usable rate was found in the file{detail}; nothing was imported.</source>
        <translation>No se encontró ninguna tarifa utilizable en el archivo{detail}; no se importó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volume tiers go with a rate card: import Meta&apos;s rates in {currency} for {day} first, then these tiers for the same date.</source>
        <translation>Los tramos por volumen van con una tarifa: importe primero las tarifas de Meta en {currency} para el {day} y después estos tramos para la misma fecha.</translation>
    </message>
</context>
<context>
    <name>QuickReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/quick_replies.py" line="+25"/>
        <source>a quick reply needs a shortcut word, such as &apos;hours&apos;</source>
        <translation>una respuesta rápida necesita una palabra de atajo, como «horario»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the quick reply /{shortcut} has no text</source>
        <translation>la respuesta rápida /{shortcut} no tiene texto</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../../klaros_desktop/relay_client/client.py" line="+118"/>
        <source>The relay at {url} did not answer in time.</source>
        <translation>El relay en {url} no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the relay at {url} ({error}); check the address and your internet connection.</source>
        <translation>No se puede contactar con el relay en {url} ({error}); compruebe la dirección y su conexión a internet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay did not accept this device (code wrong, used or expired, or the device was removed): {error}</source>
        <translation>El relay no aceptó este dispositivo (código incorrecto, usado o caducado, o el dispositivo fue quitado): {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay asks this computer to wait {seconds} seconds before trying again (too many attempts at once).</source>
        <translation>El relay pide a este equipo que espere {seconds} segundos antes de volver a intentarlo (demasiados intentos a la vez).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay asks this computer to slow down (too many attempts at once); try again in a minute.</source>
        <translation>El relay pide a este equipo que vaya más despacio (demasiados intentos a la vez); inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay had a problem ({status}); Klaros will try again.</source>
        <translation>El relay tuvo un problema ({status}); Klaros lo intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay refused the request ({status}): {error}</source>
        <translation>El relay rechazó la petición ({status}): {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+45"/>
        <source>The relay&apos;s pairing answer is missing {field}; is this a Klaros relay?</source>
        <translation>A la respuesta de vinculación del relay le falta {field}; ¿es un relay de Klaros?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer is not paired with the relay, so it cannot open the files the relay keeps.</source>
        <translation>Este equipo no está vinculado al relay, así que no puede abrir los archivos que guarda el relay.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The relay no longer has this file.</source>
        <translation>El relay ya no tiene este archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not keep this file ({reason}).</source>
        <translation>El relay no pudo guardar este archivo ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not fetch this file from WhatsApp yet ({reason}) and will try again later.</source>
        <translation>El relay aún no pudo obtener este archivo de WhatsApp ({reason}) y volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay is still fetching this file from WhatsApp; Klaros will try again.</source>
        <translation>El relay aún está trayendo este archivo de WhatsApp; Klaros lo volverá a intentar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The relay&apos;s answer about a file is incomplete; is this a Klaros relay?</source>
        <translation>La respuesta del relay sobre un archivo está incompleta; ¿es un relay de Klaros?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The relay refused the file&apos;s download link ({status}); Klaros will ask for a new one.</source>
        <translation>El relay rechazó el enlace de descarga del archivo ({status}); Klaros pedirá uno nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The download of a file from the relay broke off ({error}); Klaros will try again.</source>
        <translation>La descarga de un archivo desde el relay se cortó ({error}); Klaros lo volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-154"/>
        <source>Pair this PC</source>
        <translation>Vincular este PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: your Klaros relay</source>
        <translation>Paso 1: su relay de Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay keeps your shop&apos;s WhatsApp messages safe while this computer is off.</source>
        <translation>El relay guarda a salvo los mensajes de WhatsApp de su tienda mientras este equipo está apagado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta delivers your customers&apos; messages to the relay; this computer fetches them from there, sealed so that only your own computers can read them.</source>
        <translation>Meta entrega los mensajes de sus clientes al relay; este equipo los recoge allí, sellados para que solo sus propios equipos puedan leerlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Dirección del relay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a pairing code</source>
        <translation>Tengo un código de vinculación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my shop on this relay</source>
        <translation>Crear mi tienda en este relay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairing code</source>
        <translation>Código de vinculación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From whoever runs your relay, or from Settings → “Pair another PC” on a computer of your shop that is already set up.</source>
        <translation>De quien gestiona su relay, o de Ajustes → «Vincular otro PC» en un equipo de su tienda que ya esté configurado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your e-mail address</source>
        <translation>Su correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me a code</source>
        <translation>Enviarme un código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code from the e-mail</source>
        <translation>Código del correo</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the pairing code.</source>
        <translation>Introduzca el código de vinculación.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="-298"/>
        <source>Start the campaign later</source>
        <translation>Empezar la campaña más tarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klaros starts the campaign at this time (the shop&apos;s time zone) if it is open then, or as soon as it is opened afterwards, and tells you so.</source>
        <translation>Klaros empieza la campaña a esta hora (zona horaria de la tienda) si está abierto entonces, o en cuanto se abra después, y se lo avisa.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../klaros_desktop/ui/i18n.py" line="+40"/>
        <source>set the default country in Settings</source>
        <translation>elija el país predeterminado en Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again from the other program as UTF-8 and import that file</source>
        <translation>guárdelo de nuevo desde el otro programa como UTF-8 e importe ese archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair it with “Set up connection…” in the File menu</source>
        <translation>vincúlelo con «Configurar conexión…» en el menú Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect it with “Set up connection…” in the File menu</source>
        <translation>conéctelo con «Configurar conexión…» en el menú Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start Klaros again</source>
        <translation>vuelva a iniciar Klaros</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_dialog.py" line="+61"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your shop</source>
        <translation>Su tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not set up yet</source>
        <translation>Aún sin configurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect: no secure password store on this computer</source>
        <translation>No se puede conectar: este equipo no tiene un almacén de contraseñas seguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected right now (Klaros keeps trying)</source>
        <translation>Sin conexión ahora mismo (Klaros sigue intentándolo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up yet</source>
        <translation>aún sin configurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the relay and Meta now whether they answer</source>
        <translation>Preguntar ahora al relay y a Meta si responden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up again…</source>
        <translation>Configurar de nuevo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another PC for this shop</source>
        <translation>Otro PC para esta tienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a one-time code here, then type it into Klaros on the other PC (set-up, step 1: “I have a pairing code”). The code works once, for one hour.</source>
        <translation>Cree aquí un código de un solo uso y escríbalo en Klaros en el otro PC (configuración, paso 1: «Tengo un código de vinculación»). El código vale una vez, durante una hora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair another PC</source>
        <translation>Vincular otro PC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Advanced: show the technical details</source>
        <translation>Avanzado: mostrar los datos técnicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details</source>
        <translation>Datos técnicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Dirección del relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s device id</source>
        <translation>ID de dispositivo de este PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation>ID del número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp Business account ID</source>
        <translation>ID de la cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta server</source>
        <translation>Servidor de Meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in {name}</source>
        <translation>Guardado en: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for numbers typed without + (a customer&apos;s 0151 12345678).</source>
        <translation>Para números escritos sin + (el 612 345 678 de un cliente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language shows from the next start of Klaros.</source>
        <translation>Un idioma nuevo se muestra a partir del próximo inicio de Klaros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell me about new messages while Klaros is in the background</source>
        <translation>Avisarme de mensajes nuevos mientras Klaros está en segundo plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type / in the message box to insert one of these.</source>
        <translation>Escriba / en el cuadro de mensaje para insertar una de estas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything Klaros knows stays on this PC.</source>
        <translation>Todo lo que sabe Klaros se queda en este PC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all data…</source>
        <translation>Exportar todos los datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC…</source>
        <translation>Borrar todo en este PC…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a country in the list; type part of its name and pick it from the list.</source>
        <translation>«{text}» no es un país de la lista; escriba parte de su nombre y elíjalo de la lista.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
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
        <translation>Otro PC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type this code into Klaros on the other PC before {time}. It works once.</source>
        <translation>Escriba este código en Klaros en el otro PC antes de las {time}. Vale una vez.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../klaros_desktop/demo/onboarding_shots.py" line="+46"/>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="+130"/>
        <source>We sent a six-digit code to {email}. It may take a minute; look in the spam folder too.</source>
        <translation>Enviamos un código de seis cifras a {email}. Puede tardar un minuto; mire también en la carpeta de spam.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/inputs.py" line="+28"/>
        <source>Enter the {what}.</source>
        <translation>Introduzca el {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {what} is a number of about 15 digits; “{text}” is not one. Copy it again from Meta&apos;s page.</source>
        <translation>El {what} es un número de unas 15 cifras; «{text}» no lo es. Cópielo de nuevo de la página de Meta.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/meta_connection.py" line="+20"/>
        <source>Meta does not know the phone number ID {phone} or the WhatsApp Business account ID {waba}, or the token may not see them. Copy both again from the App Dashboard (WhatsApp → API Setup) and make sure the token&apos;s system user has the WhatsApp account assigned.</source>
        <translation>Meta no conoce el ID del número de teléfono {phone} o el ID de la cuenta de WhatsApp Business {waba}, o el token no puede verlos. Copie ambos de nuevo del panel de apps (WhatsApp → Configuración de la API) y asegúrese de que el usuario del sistema del token tiene asignada la cuenta de WhatsApp.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Connected to {number} ({name}); {count} templates loaded. The access token is kept {place}.</source>
        <translation>Conectado con {number} ({name}); {count} plantillas cargadas. El token de acceso se guarda {place}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to {number}; {count} templates loaded. The access token is kept {place}.</source>
        <translation>Conectado con {number}; {count} plantillas cargadas. El token de acceso se guarda {place}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="-91"/>
        <source>The relay address must start with https:// so that nobody on the way can read this computer&apos;s key. Ask whoever runs your relay for its https:// address.</source>
        <translation>La dirección del relay debe empezar por https:// para que nadie por el camino pueda leer la clave de este equipo. Pida a quien gestiona su relay su dirección https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay address starts with https://, for example https://relay.example.com</source>
        <translation>La dirección del relay empieza por https://, por ejemplo https://relay.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The relay did not accept this pairing code: it is mistyped, was already used, or has expired (codes are valid for a limited time and only once). Ask whoever runs your relay for a new code, or, on a PC of your shop that is already set up, open Settings → “Pair another PC”.</source>
        <translation>El relay no aceptó este código de vinculación: está mal escrito, ya se usó o ha caducado (los códigos valen un tiempo limitado y una sola vez). Pida un código nuevo a quien gestiona su relay o, en un PC de su tienda ya configurado, abra Ajustes → «Vincular otro PC».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paired as device {device} of shop {shop}. The device key and token are kept {place}.</source>
        <translation>Vinculado como dispositivo {device} de la tienda {shop}. La clave y el token del dispositivo se guardan {place}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This relay does not let shops sign up by themselves. Ask whoever runs it for a pairing code, or choose another relay.</source>
        <translation>Este relay no deja que las tiendas se registren solas. Pida un código de vinculación a quien lo gestiona, o elija otro relay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail code is wrong or has expired (it works once, for 30 minutes, and five wrong tries end it). Ask for a new code and type the newest one.</source>
        <translation>El código del correo es incorrecto o ha caducado (vale una vez, durante 30 minutos, y cinco intentos fallidos lo anulan). Pida un código nuevo y escriba el más reciente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This WhatsApp Business account is already set up on this relay. Pair this PC with a code from a PC of your shop that is already set up (Settings → “Pair another PC”) instead.</source>
        <translation>Esta cuenta de WhatsApp Business ya está configurada en este relay. Vincule este PC con un código de un PC de su tienda que ya esté configurado (Ajustes → «Vincular otro PC»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay could not send the e-mail right now. Try again in a minute.</source>
        <translation>El relay no pudo enviar el correo ahora mismo. Inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your e-mail address, for example laden@example.com.</source>
        <translation>Introduzca su correo electrónico, por ejemplo tienda@example.com.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your shop is created on the relay and this PC is paired. The device key and token are kept {place}.</source>
        <translation>Su tienda está creada en el relay y este PC está vinculado. La clave y el token del dispositivo se guardan {place}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/webhook.py" line="+33"/>
        <source>Meta has not checked the address yet. In Meta&apos;s App Dashboard, open WhatsApp → Configuration, enter the callback URL and verify token shown here, click “Verify and save”, then test again.</source>
        <translation>Meta aún no ha comprobado la dirección. En el panel de apps de Meta, abra WhatsApp → Configuración, introduzca la URL de devolución de llamada y el token de verificación que se muestran aquí, pulse «Verificar y guardar» y pruebe de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta checked the address {when}, but no message has arrived yet. Subscribe to the “messages” field on the same page, then send a WhatsApp message to your shop&apos;s number from any phone and test again.</source>
        <translation>Meta comprobó la dirección {when}, pero aún no ha llegado ningún mensaje. Suscríbase al campo «messages» en la misma página, envíe un mensaje de WhatsApp al número de su tienda desde cualquier teléfono y pruebe de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything works: Meta checked the address {checked} and the last message arrived {arrived}.</source>
        <translation>Todo funciona: Meta comprobó la dirección {checked} y el último mensaje llegó {arrived}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="-21"/>
        <source>This profile is not paired with a relay yet; {fix}.</source>
        <translation>Este perfil aún no está vinculado con un relay; {fix}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This profile is not connected to Meta yet; {fix}.</source>
        <translation>Este perfil aún no está conectado con Meta; {fix}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/relay_media.py" line="+35"/>
        <source>Paste the Meta access token first.</source>
        <translation>Pegue primero el token de acceso de Meta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The relay now keeps the photos, voice notes and documents your customers send until this computer has them, even if it is off for more than a week.</source>
        <translation>El relay guarda ahora las fotos, notas de voz y documentos que envían sus clientes hasta que este equipo los tenga, aunque esté apagado más de una semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay no longer keeps your customers&apos; files; Klaros fetches them from WhatsApp, which keeps them for about 7 days.</source>
        <translation>El relay ya no guarda los archivos de sus clientes; Klaros los trae de WhatsApp, que los guarda unos 7 días.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+151"/>
        <source>Set up Klaros</source>
        <translation>Configurar Klaros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>Sketch</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+27"/>
        <source>Business info</source>
        <translation>Información de la empresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>System users</source>
        <translation>Usuarios del sistema</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp accounts</source>
        <translation>Cuentas de WhatsApp</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>business.facebook.com  ›  Settings</source>
        <translation>business.facebook.com  ›  Configuración</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No system users yet.</source>
        <translation>Aún no hay usuarios del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add</source>
        <translation>+ Añadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create system user</source>
        <translation>Crear usuario del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Assign assets</source>
        <translation>Asignar activos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Apps: your app — Full control</source>
        <translation>Apps: su app — control total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp accounts: your shop — Full control</source>
        <translation>Cuentas de WhatsApp: su tienda — control total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate new token</source>
        <translation>Generar nuevo token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App: your app</source>
        <translation>App: su app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: Never</source>
        <translation>Caduca: nunca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate token</source>
        <translation>Generar token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your token</source>
        <translation>Su token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meta shows it only once.</source>
        <translation>Meta lo muestra una sola vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-452"/>
        <source>Your relay</source>
        <translation>Su relay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WhatsApp Business account</source>
        <translation>Cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check and finish</source>
        <translation>Comprobar y terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {n} of 3: {name}</source>
        <translation>Paso {n} de 3: {name}</translation>
    </message>
</context>
<context>
    <name>TemplateBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="+78"/>
        <source>Map: {place}</source>
        <translation>Mapa: {place}</translation>
    </message>
</context>
<context>
    <name>TemplateDrafts</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_drafts.py" line="+164"/>
        <source>The name may only hold lowercase letters, digits and underscores, for example order_ready.</source>
        <translation>El nombre solo puede tener minúsculas, cifras y guiones bajos, por ejemplo pedido_listo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whether it is a marketing or a utility message.</source>
        <translation>Elija si es un mensaje de marketing o de utilidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the message text.</source>
        <translation>Escriba el texto del mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message text is longer than {n} characters.</source>
        <translation>El texto del mensaje tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>This template names its values, such as {example}: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Esta plantilla nombra sus valores, como {example}: use letras minúsculas, dígitos y guiones bajos, empezando por una letra.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Number the values {numbers} in order.</source>
        <translation>Numere los valores {numbers} en orden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta refuses a value at the very start or end of the text; put a word before and after it.</source>
        <translation>Meta rechaza un valor justo al principio o al final del texto; ponga una palabra antes y otra después.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example for each value, as a customer would read it (Meta&apos;s review looks at them).</source>
        <translation>Dé un ejemplo para cada valor, tal como lo leería un cliente (la revisión de Meta los mira).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header and footer may have at most {n} characters each.</source>
        <translation>El encabezado y el pie pueden tener como mucho {n} caracteres cada uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the picture, video or document shown at the top (Meta&apos;s review looks at it).</source>
        <translation>Elija la imagen, el vídeo o el documento que se muestra arriba (la revisión de Meta lo mira).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {n} buttons of at most {chars} characters each.</source>
        <translation>Como mucho {n} botones de como mucho {chars} caracteres cada uno.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The header may hold one value at most.</source>
        <translation>El encabezado puede tener como máximo un valor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header&apos;s value is written {value}.</source>
        <translation>El valor del encabezado se escribe {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example for the header&apos;s value (Meta&apos;s review looks at it).</source>
        <translation>Indique un ejemplo para el valor del encabezado (la revisión de Meta lo mira).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta allows a copy-code button only in marketing templates.</source>
        <translation>Meta solo permite un botón de copiar código en plantillas de marketing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta allows one copy-code button per template.</source>
        <translation>Meta permite un botón de copiar código por plantilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example code for the copy-code button, at most {n} characters (each customer gets their own when sending).</source>
        <translation>Indique un código de ejemplo para el botón de copiar código, de hasta {n} caracteres (cada cliente recibe el suyo al enviar).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meta allows at most two link buttons and one call button.</source>
        <translation>Meta permite como máximo dos botones de enlace y un botón de llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every link and call button a label.</source>
        <translation>Dé un texto a cada botón de enlace y de llamada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A link button needs a web address starting with https://, for example https://example.com/shop.</source>
        <translation>Un botón de enlace necesita una dirección web que empiece por https://, por ejemplo https://example.com/shop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link may hold one value, {value}, and only at its very end.</source>
        <translation>Un enlace puede llevar un valor, {value}, y solo al final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example of the whole link with its value filled in (Meta&apos;s review opens it).</source>
        <translation>Indique un ejemplo del enlace completo con su valor (la revisión de Meta lo abre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call button needs a phone number with its country code, for example +49 30 1234567.</source>
        <translation>Un botón de llamada necesita un número de teléfono con su prefijo de país, por ejemplo +34 912 345 678.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meta takes a JPEG or PNG picture, an MP4 video or a PDF document here; this file is none of them.</source>
        <translation>Aquí Meta acepta una imagen JPEG o PNG, un vídeo MP4 o un documento PDF; este archivo no es ninguno de ellos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty or larger than Meta allows ({mb} MB).</source>
        <translation>El archivo está vacío o es más grande de lo que Meta permite ({mb} MB).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+30"/>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit template</source>
        <translation>Editar plantilla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order_ready</source>
        <translation>pedido_listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Utility: about an order, an appointment, an account</source>
        <translation>Utilidad: sobre un pedido, una cita, una cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing: offers, news, invitations</source>
        <translation>Marketing: ofertas, novedades, invitaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>What is at the top</source>
        <translation>Qué aparece arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Optional, bold above the text</source>
        <translation>Opcional, en negrita encima del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to {n} characters; may hold one value, {value}, given when sending.</source>
        <translation>Hasta {n} caracteres; puede contener un valor, {value}, que se da al enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example for the header&apos;s value</source>
        <translation>Ejemplo para el valor del encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit.</source>
        <translation>Hola {{1}}, su pedido {{2}} está listo para recoger.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+28"/>
        <source>Footer</source>
        <translation>Pie</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Optional, small under the text</source>
        <translation>Opcional, en pequeño debajo del texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick reply buttons</source>
        <translation>Botones de respuesta rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, comma separated: Ja, Nein</source>
        <translation>Opcional, separados por comas: Sí, No</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Link button</source>
        <translation>+ Botón de enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Call button</source>
        <translation>+ Botón de llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Copy-code button</source>
        <translation>+ Botón de copiar código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A button that copies a code, such as a coupon; marketing templates only.</source>
        <translation>Un botón que copia un código, como un cupón; solo en plantillas de marketing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply buttons</source>
        <translation>Botones de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links, calls, codes</source>
        <translation>Enlaces, llamadas, códigos</translation>
    </message>
    <message>
        <source>Links, calls</source>
        <translation type="vanished">Enlaces, llamadas</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+65"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="vanished">Botones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meta reviews the change again; until it approves it, the template cannot be sent. An approved template can be changed once a day and up to 10 times in 30 days, and keeps its category.</source>
        <translation>Meta revisa el cambio de nuevo; hasta que lo apruebe, la plantilla no se puede enviar. Una plantilla aprobada se puede cambiar una vez al día y hasta 10 veces en 30 días, y conserva su categoría.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer sees</source>
        <translation>Lo que ve el cliente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Submit to Meta for review</source>
        <translation>Enviar a Meta para revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the change to Meta</source>
        <translation>Enviar el cambio a Meta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name and language of a template cannot be changed</source>
        <translation>El nombre y el idioma de una plantilla no se pueden cambiar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos (*.mp4)</source>
        <translation>Vídeos (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file shown at the top</source>
        <translation>Elija el archivo que se muestra arriba</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Example for {value}</source>
        <translation>Ejemplo para {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A map; you give the place (name and address) each time you send.</source>
        <translation>Un mapa; usted indica el lugar (nombre y dirección) cada vez que envía.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New file: {name}</source>
        <translation>Archivo nuevo: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current file stays (Klaros sends it to Meta again).</source>
        <translation>Se mantiene el archivo actual (Klaros lo envía de nuevo a Meta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file Meta&apos;s review sees.</source>
        <translation>Elija el archivo que verá la revisión de Meta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>value {n}</source>
        <translation>valor {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for {name}</source>
        <translation>Ejemplo para {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for value {n}</source>
        <translation>Ejemplo para el valor {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not connected to Meta; set it up first (File → Set up connection…).</source>
        <translation>No está conectado con Meta; configúrelo primero (Archivo → Configurar conexión…).</translation>
    </message>
    <message>
        <source>Meta did not take it: {reason}</source>
        <translation type="vanished">Meta no la aceptó: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplateEdits</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_edits.py" line="+46"/>
        <source>Nothing has changed yet; change the text, a button or the category first.</source>
        <translation>Todavía no ha cambiado nada; cambie primero el texto, un botón o la categoría.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Meta is still reviewing this template; you can change it once the review is over.</source>
        <translation>Meta aún está revisando esta plantilla; podrá cambiarla cuando termine la revisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta only lets you change approved, rejected or paused templates; this one is {status}.</source>
        <translation>Meta solo permite cambiar plantillas aprobadas, rechazadas o pausadas; esta está {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros does not know Meta&apos;s number for this template yet; press “Refresh from Meta” first.</source>
        <translation>Klaros aún no conoce el número de Meta para esta plantilla; pulse primero «Actualizar desde Meta».</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (a picture, video or document header, link or call buttons, named values or an authentication code); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Esta plantilla tiene partes que Klaros aún no puede editar (un encabezado de imagen, vídeo o documento, botones de enlace o de llamada, valores con nombre o un código de autenticación); cámbiela en el WhatsApp Manager de Meta.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (an authentication code, a value in the header, copy-code, form or catalogue buttons, a location or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Esta plantilla tiene partes que Klaros aún no puede editar (un código de autenticación, un valor en el encabezado, botones para copiar un código, de formulario o de catálogo, una ubicación o tarjetas); modifíquela en el WhatsApp Manager de Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template has parts Klaros cannot edit (an authentication code, whose text Meta writes itself; form or catalogue buttons, which point at a form or catalogue set up in Meta&apos;s tools; or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation>Esta plantilla tiene partes que Klaros no puede editar (un código de autenticación, cuyo texto escribe Meta; botones de formulario o de catálogo, que apuntan a un formulario o catálogo configurado en las herramientas de Meta; o tarjetas); modifíquela en el WhatsApp Manager de Meta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meta lets you change an approved template once a day; you can change this one again after {when}.</source>
        <translation>Meta permite cambiar una plantilla aprobada una vez al día; podrá volver a cambiar esta después del {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta lets you change an approved template up to 10 times in 30 days; the next change is possible after {when}.</source>
        <translation>Meta permite cambiar una plantilla aprobada hasta 10 veces en 30 días; el próximo cambio será posible después del {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no template {name} in {language} here; refresh the templates from Meta first.</source>
        <translation>Aquí no hay ninguna plantilla {name} en {language}; actualice primero las plantillas desde Meta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name and language of a template cannot be changed; create a new template instead.</source>
        <translation>El nombre y el idioma de una plantilla no se pueden cambiar; cree una plantilla nueva en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta does not let you change the category of an approved template; create a new template instead.</source>
        <translation>Meta no permite cambiar la categoría de una plantilla aprobada; cree una plantilla nueva en su lugar.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+232"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="vanished">Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+42"/>
        <source>Meta found the content abusive or against its commerce and business policies.</source>
        <translation>Meta consideró el contenido abusivo o contrario a sus políticas comerciales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format is not valid, for example variables not numbered {{1}}, {{2}}… in order, or a variable at the very start or end.</source>
        <translation>El formato no es válido, por ejemplo variables sin numerar en orden {{1}}, {{2}}… o una variable justo al principio o al final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta found it too promotional for its rules (for example a giveaway or pushy wording).</source>
        <translation>Meta lo consideró demasiado promocional para sus reglas (por ejemplo un sorteo o un tono insistente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The chosen category does not match what the message says.</source>
        <translation>La categoría elegida no coincide con lo que dice el mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta suspected the message of being a scam.</source>
        <translation>Meta sospechó que el mensaje era una estafa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta rates customers&apos; reactions to it as medium: some block or report it. Check that it is wanted and well timed.</source>
        <translation>Meta califica como media la reacción de los clientes: algunos la bloquean o la denuncian. Compruebe que sea deseada y llegue en buen momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta rates customers&apos; reactions to it as low: many block or report it. Meta may pause it; change the text or send it less often.</source>
        <translation>Meta califica como baja la reacción de los clientes: muchos la bloquean o la denuncian. Meta puede pausarla; cambie el texto o envíela con menos frecuencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: the place given when sending</source>
        <translation>Mapa: el lugar se indica al enviar</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="-60"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+87"/>
        <source>Message templates</source>
        <translation>Plantillas de mensaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template details</source>
        <translation>Detalles de la plantilla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer sees</source>
        <translation>Lo que ve el cliente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh from Meta</source>
        <translation>Actualizar desde Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New template…</source>
        <translation>Nueva plantilla…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected template&apos;s text or buttons; Meta reviews it again</source>
        <translation>Cambiar el texto o los botones de la plantilla seleccionada; Meta la revisa de nuevo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No templates yet. Create them in Meta&apos;s WhatsApp Manager, then press “Refresh from Meta”.</source>
        <translation>Aún no hay plantillas. Créelas en el WhatsApp Manager de Meta y pulse «Actualizar desde Meta».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} templates, {a} approved. Approvals from Meta appear here by themselves.</source>
        <translation>{n} plantillas, {a} aprobadas. Las aprobaciones de Meta aparecen aquí solas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet.</source>
        <translation>Aún no hay plantillas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Meta is reviewing it; the result appears here by itself.</source>
        <translation>Meta la está revisando; el resultado aparecerá aquí solo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta will change this template&apos;s category from {old} to {new} {when}.</source>
        <translation>Meta cambiará la categoría de esta plantilla de {old} a {new} {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soon</source>
        <translation>pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing messages cost more than utility messages, and they are charged even while the customer&apos;s 24-hour window is open.</source>
        <translation>Los mensajes de marketing cuestan más que los de utilidad y se cobran incluso mientras la ventana de 24 horas del cliente está abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utility messages cost less than marketing messages, and they are free while the customer&apos;s 24-hour window is open.</source>
        <translation>Los mensajes de utilidad cuestan menos que los de marketing y son gratuitos mientras la ventana de 24 horas del cliente está abierta.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not connected to Meta; set it up in Settings first.</source>
        <translation>Sin conexión con Meta; configúrela antes en Ajustes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Meta for the templates…</source>
        <translation>Pidiendo las plantillas a Meta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>({n} received from Meta)</source>
        <translation>({n} recibidas de Meta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta no respondió: {error}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../klaros_desktop/ui/inbox.py" line="-895"/>
        <source>Conversation messages</source>
        <translation>Mensajes de la conversación</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit before it goes</source>
        <translation>Editar antes de que salga</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send as template instead</source>
        <translation>Enviar como plantilla en su lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>React…</source>
        <translation>Reaccionar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward…</source>
        <translation>Reenviar…</translation>
    </message>
</context>
<context>
    <name>TokenGuide</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+8"/>
        <source>How to create a permanent access token</source>
        <translation>Cómo crear un token de acceso permanente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Meta Business Suite, open Settings → System users and click “Add”.</source>
        <translation>En Meta Business Suite, abra Configuración → Usuarios del sistema y pulse «Añadir».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the system user (for example “klaros”), choose the role Admin and click “Create”.</source>
        <translation>Ponga nombre al usuario del sistema (por ejemplo «klaros»), elija el rol Administrador y pulse «Crear».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Assign assets”: give it your app and your shop&apos;s WhatsApp account, each with full control.</source>
        <translation>Pulse «Asignar activos»: dele su app y la cuenta de WhatsApp de su tienda, cada una con control total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click “Generate new token”, choose your app, set the expiry to “Never”, and tick exactly these two permissions: {first} and {second}.</source>
        <translation>Pulse «Generar nuevo token», elija su app, ponga la caducidad en «Nunca» y marque exactamente estos dos permisos: {first} y {second}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the token and paste it into Klaros (Meta shows it only once; spaces and line breaks are fine).</source>
        <translation>Copie el token y péguelo en Klaros (Meta lo muestra una sola vez; los espacios y saltos de línea no importan).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Open System users</source>
        <translation>Abrir Usuarios del sistema</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Picture {n} of {total}</source>
        <translation>Imagen {n} de {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../klaros_desktop/ui/update_notice.py" line="+47"/>
        <source>Update download</source>
        <translation>Descarga de la actualización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart to update</source>
        <translation>Reiniciar para actualizar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading Klaros %1 in the background. You can keep working.</source>
        <translation>Descargando Klaros %1 en segundo plano. Puede seguir trabajando.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 is ready — restart to update. Your messages and contacts are kept.</source>
        <translation>La versión %1 está lista: reinicie para actualizar. Sus mensajes y contactos se conservan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klaros was updated to version %1.</source>
        <translation>Klaros se actualizó a la versión %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update to version %1 did not pass its check, so Klaros went back to version %2. Nothing was lost.</source>
        <translation>La actualización a la versión %1 no pasó su comprobación, así que Klaros volvió a la versión %2. No se perdió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What&apos;s new in Klaros %1</source>
        <translation>Novedades de Klaros %1</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../klaros_desktop/updater.py" line="+53"/>
        <source>The update server&apos;s signed list of releases has expired, so Klaros did not trust it and keeps this version. Your Klaros supplier has to renew it.</source>
        <translation>La lista firmada de versiones del servidor de actualizaciones ha caducado, así que Klaros no se fió de ella y se queda con esta versión. Su proveedor de Klaros tiene que renovarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The downloaded update does not match what the Klaros publisher signed, so it was thrown away. Klaros keeps this version and is safe to use.</source>
        <translation>La actualización descargada no coincide con lo que firmó el editor de Klaros, así que se descartó. Klaros se queda con esta versión y es seguro usarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update server&apos;s list of releases is not signed by the Klaros publisher, so Klaros did not trust it and keeps this version.</source>
        <translation>La lista de versiones del servidor de actualizaciones no está firmada por el editor de Klaros, así que Klaros no se fió de ella y se queda con esta versión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros could not reach its update server. It will try again later.</source>
        <translation>Klaros no pudo contactar con su servidor de actualizaciones. Lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not save the update on this computer (the disk may be full). It keeps this version.</source>
        <translation>Klaros no pudo guardar la actualización en este equipo (puede que el disco esté lleno). Se queda con esta versión.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="-1032"/>
        <source>Value of {variable}</source>
        <translation>Valor de {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact field: {field}</source>
        <translation>Campo del contacto: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text</source>
        <translation>Texto fijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same text for everyone</source>
        <translation>El mismo texto para todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text for {variable}</source>
        <translation>Texto fijo para {variable}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the contact has none, write…</source>
        <translation>Si el contacto no tiene, escriba…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback for {variable}</source>
        <translation>Valor de reserva para {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if empty:</source>
        <translation>si está vacío:</translation>
    </message>
</context>
<context>
    <name>VideoViewer</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="-123"/>
        <source>Video</source>
        <translation>Vídeo</translation>
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
        <translation>Abrir en su reproductor de vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video cannot be played here.</source>
        <translation>Este vídeo no se puede reproducir aquí.</translation>
    </message>
</context>
<context>
    <name>_LiveCheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+131"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result of this step</source>
        <translation>Resultado de este paso</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changed: check again.</source>
        <translation>Ha cambiado: compruébelo de nuevo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>delegates</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="-547"/>
        <location line="+142"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>opted out</source>
        <translation>de baja</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Not sent</source>
        <translation>⚠ No enviado</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice message</source>
        <translation>Nota de voz</translation>
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
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message WhatsApp sent in a format Klaros cannot show</source>
        <translation>Un mensaje que WhatsApp envió en un formato que Klaros no puede mostrar</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="-272"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../klaros_desktop/commands/demo.py" line="+45"/>
        <source>DEMO (simulated customers)</source>
        <translation>DEMO (clientes simulados)</translation>
    </message>
</context>
</TS>
