<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <translation>Ligação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label, e.g. Zum Shop</source>
        <translation>Rótulo, ex.: Ir para a loja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label, e.g. Anrufen</source>
        <translation>Rótulo, ex.: Ligar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link button label</source>
        <translation>Rótulo do botão de link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call button label</source>
        <translation>Rótulo do botão de ligação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web address</source>
        <translation>Endereço web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example code, e.g. SPRING25</source>
        <translation>Código de exemplo, p. ex. PRIMAVERA25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example code</source>
        <translation>Código de exemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in marketing templates; a code of up to {n} characters. Each customer gets their own code when you send.</source>
        <translation>Só em modelos de marketing; um código de até {n} caracteres. Cada cliente recebe o próprio código no envio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole link with an example value</source>
        <translation>Link completo com um valor de exemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example link</source>
        <translation>Link de exemplo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this button</source>
        <translation>Remover este botão</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example:</source>
        <translation>Exemplo:</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../klaros_desktop/services/analytics/budget.py" line="+70"/>
        <source>{amount!r} is not an amount of money.</source>
        <translation>{amount!r} não é um valor em dinheiro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{amount!r} could be {grouped} or {fraction}; type it without the thousands separator, like {grouped}.</source>
        <translation>{amount!r} pode ser {grouped} ou {fraction}; digite sem o separador de milhar, como {grouped}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A monthly budget must be more than zero.</source>
        <translation>O orçamento mensal precisa ser maior que zero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{currency!r} is not a currency code like EUR or USD.</source>
        <translation>{currency!r} não é um código de moeda como BRL ou USD.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Monthly budget saved.</source>
        <translation>Orçamento mensal salvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget removed.</source>
        <translation>Orçamento mensal removido.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Some of this month&apos;s messages have no price in the rate card, so the month&apos;s total may be higher than shown.</source>
        <translation>Algumas mensagens deste mês não têm preço na tabela de preços, então o total do mês pode ser maior do que o mostrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign would cost about {forecast} {currency}. With {spent} {currency} already spent this month, that is more than your monthly budget of {budget} {currency}.</source>
        <translation>Esta campanha custaria cerca de {forecast} {currency}. Com {spent} {currency} já gastos este mês, isso passa do seu orçamento mensal de {budget} {currency}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/cost.py" line="+36"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility (order and account updates)</source>
        <translation>Utilidade (avisos de pedidos e de conta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication (login codes)</source>
        <translation>Autenticação (códigos de acesso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication, international rate</source>
        <translation>Autenticação, tarifa internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing (Marketing Messages API)</source>
        <translation>Marketing (Marketing Messages API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service (replies in a chat)</source>
        <translation>Serviço (respostas em uma conversa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an ad or page button</source>
        <translation>Depois de um anúncio ou botão de página</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free: inside the 24-hour customer-service window</source>
        <translation>Grátis: dentro da janela de atendimento ao cliente de 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free: the customer came from an ad or a page button (free entry point, 72 hours)</source>
        <translation>Grátis: o cliente veio de um anúncio ou botão de página (ponto de entrada gratuito, 72 horas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rates for this period are in different currencies ({currencies}), so Klaros does not add them up. Import one rate card in the currency Meta bills you in.</source>
        <translation>As tarifas deste período estão em moedas diferentes ({currencies}), então o Klaros não as soma. Importe uma tabela de preços na moeda em que a Meta cobra você.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/delivery.py" line="+110"/>
        <source>Messages without a template (replies in a chat)</source>
        <translation>Respostas em conversa (sem modelo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not part of a campaign</source>
        <translation>Fora de campanhas</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/reconcile.py" line="+109"/>
        <source>Meta counted {n} more delivered messages than Klaros has. They were sent from another tool or from WhatsApp Manager, not from Klaros, so Klaros cannot show them.</source>
        <translation>A Meta contou {n} mensagens entregues a mais do que o Klaros tem. Elas foram enviadas de outra ferramenta ou do Gerenciador do WhatsApp, não do Klaros, então o Klaros não pode mostrá-las.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} messages are still waiting for their delivery report from Meta; the figures will agree once it arrives.</source>
        <translation>{n} mensagens ainda aguardam o relatório de entrega da Meta; os números vão bater quando ele chegar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros counted {n} more delivered messages than Meta reports yet. Meta updates its figures with a delay, and counts a message on the day it was delivered.</source>
        <translation>O Klaros contou {n} mensagens entregues a mais do que a Meta informa até agora. A Meta atualiza seus números com atraso e conta cada mensagem no dia em que foi entregue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta charged {meta} {currency} where Klaros&apos;s rate card says {local} {currency} for the same messages. The rate card is out of date: import Meta&apos;s newest rate CSV.</source>
        <translation>A Meta cobrou {meta} {currency} onde a tabela de preços do Klaros diz {local} {currency} pelas mesmas mensagens. A tabela de preços está desatualizada: importe o CSV de tarifas mais recente da Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s figures and Meta&apos;s agree.</source>
        <translation>Os números do Klaros e os da Meta batem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta bills this account in {meta}, the rate card is in {local}: the amounts cannot be compared. Import the rate card in {meta}.</source>
        <translation>A Meta cobra esta conta em {meta} e a tabela de preços está em {local}: os valores não podem ser comparados. Importe a tabela de preços em {meta}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Meta keeps figures per template for 90 days only; choose a shorter period to compare them.</source>
        <translation>A Meta guarda números por modelo apenas por 90 dias; escolha um período mais curto para compará-los.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta gave no figures per template: {reason}</source>
        <translation>A Meta não informou números por modelo: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Klaros is not connected to Meta, so Meta&apos;s own figures could not be asked for.</source>
        <translation>O Klaros não está conectado à Meta, então não foi possível pedir os números da própria Meta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta did not give its figures: {reason}</source>
        <translation>A Meta não informou seus números: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+66"/>
        <source>under a minute</source>
        <translation>menos de um minuto</translation>
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
        <translation>{d} dias</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose days…</source>
        <translation>Escolher dias…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with the period before</source>
        <translation>Comparar com o período anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report as CSV…</source>
        <translation>Salvar relatório como CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>messages sent</source>
        <translation>mensagens enviadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>entregues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered within 24 hours</source>
        <translation>respondidas em até 24 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not delivered</source>
        <translation>não entregues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charged by Meta</source>
        <translation>cobradas pela Meta</translation>
    </message>
    <message>
        <source>not confirmed by WhatsApp</source>
        <translation type="vanished">não confirmadas pelo WhatsApp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From sent to answered</source>
        <translation>Do envio à resposta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the funnel per</source>
        <translation>Mostrar o funil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per template</source>
        <translation>por modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per campaign</source>
        <translation>por campanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per tag</source>
        <translation>por etiqueta</translation>
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
        <translation>Enviadas</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Not delivered</source>
        <translation>Não entregues</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Funnel per template, campaign or tag</source>
        <translation>Funil por modelo, campanha ou etiqueta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why Meta did not deliver</source>
        <translation>Por que a Meta não entregou</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+325"/>
        <location line="+5"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Messages not delivered, by reason</source>
        <translation>Mensagens não entregues, por motivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>half of the customers got an answer within</source>
        <translation>metade dos clientes recebeu resposta em até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 in 10 got an answer within</source>
        <translation>9 em cada 10 receberam resposta em até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages still without an answer</source>
        <translation>mensagens de clientes ainda sem resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chats where you can write freely now (24-hour window open)</source>
        <translation>conversas em que você pode escrever livremente agora (janela de 24 horas aberta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from customers per day</source>
        <translation>Mensagens de clientes por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers write (hour of the week)</source>
        <translation>Quando os clientes escrevem (hora da semana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>seg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>sex</translation>
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
        <translation>Consentimentos e descadastros por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Como</translation>
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
        <translation>Consentimentos e descadastros</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+340"/>
        <source>Charged messages per day</source>
        <translation>Mensagens cobradas por dia</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Charged messages by category</source>
        <translation>Mensagens cobradas por categoria</translation>
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
        <translation>Mensagens cobradas</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cost by category</source>
        <translation>Custo por categoria</translation>
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
        <translation>Custo por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template or campaign</source>
        <translation>Modelo ou campanha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by template and campaign</source>
        <translation>Custo por modelo e campanha</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This month&apos;s charges against the budget</source>
        <translation>Cobranças deste mês em relação ao orçamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 150</source>
        <translation>ex.: 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Valor do orçamento mensal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EUR</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget currency</source>
        <translation>Moeda do orçamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Salvar orçamento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with Meta&apos;s figures</source>
        <translation>Comparar com os números da Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta keeps its own count of what it delivered and charged. Compare it with Klaros&apos;s to see whether anything was sent from elsewhere.</source>
        <translation>A Meta faz a própria contagem do que entregou e cobrou. Compare com a do Klaros para ver se algo foi enviado de outro lugar.</translation>
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
        <translation>Diferença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Contagens do Klaros e da Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Klaros)</source>
        <translation>Enviadas (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Meta)</source>
        <translation>Enviadas (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (Klaros)</source>
        <translation>Entregues (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered (Meta)</source>
        <translation>Entregues (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read (Klaros)</source>
        <translation>Lidas (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read (Meta)</source>
        <translation>Lidas (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per template, Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Contagens do Klaros e da Meta por modelo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel</source>
        <translation>Funil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not delivered, by Meta&apos;s reason (double-click to see the messages)</source>
        <translation>Não entregues, pelo motivo da Meta (clique duas vezes para ver as mensagens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Importar a lista de preços da Meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s rates CSV (from Meta&apos;s pricing page): prices this screen&apos;s messages, and the campaigns&apos; forecasts</source>
        <translation>O CSV de tarifas da Meta (da página de preços da Meta): dá preço às mensagens desta tela e às previsões das campanhas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly budget</source>
        <translation>Orçamento mensal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was free, and why</source>
        <translation>O que foi grátis, e por quê</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By category</source>
        <translation>Por categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By template and campaign</source>
        <translation>Por modelo e campanha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta&apos;s own figures</source>
        <translation>Os números da própria Meta</translation>
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
        <translation>Não foi possível ler os números: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>before: {n}</source>
        <translation>antes: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} messages</source>
        <translation>{n} mensagens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed by WhatsApp: {n} (they may or may not have reached the customer)</source>
        <translation>Não confirmadas pelo WhatsApp: {n} (podem ou não ter chegado ao cliente)</translation>
    </message>
    <message>
        <source>may or may not have reached the customer</source>
        <translation type="vanished">podem ou não ter chegado ao cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} charged messages</source>
        <translation>{n} mensagens cobradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>charged messages (no prices yet)</source>
        <translation>mensagens cobradas (ainda sem preços)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>of {n} times a customer wrote</source>
        <translation>de {n} vezes que um cliente escreveu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed to messages</source>
        <translation>Aceitaram mensagens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped messages</source>
        <translation>Pararam de receber mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote a keyword (STOP / START)</source>
        <translation>escreveu uma palavra-chave (STOP / START)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pressed a button</source>
        <translation>tocou em um botão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from a file</source>
        <translation>importado de um arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entered in Klaros</source>
        <translation>cadastrado no Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing in WhatsApp</source>
        <translation>parou de receber marketing no WhatsApp</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period before</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges per day ({currency})</source>
        <translation>Cobranças por dia ({currency})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no template)</source>
        <translation>(sem modelo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign: {name}</source>
        <translation>Campanha: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not charged because never delivered: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Não cobradas porque nunca foram entregues: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still waiting for Meta&apos;s report on the price: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Ainda aguardando o relatório de preço da Meta: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free messages in this period.</source>
        <translation>Nenhuma mensagem grátis neste período.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts in {currency}, Meta&apos;s rates as of {date}; Meta&apos;s own category and price type from each delivery report.</source>
        <translation>Valores em {currency}, tarifas da Meta de {date}; a categoria e o tipo de preço da própria Meta, de cada relatório de entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts from Meta&apos;s delivery reports. Amounts appear once a rate card with Meta&apos;s prices is imported.</source>
        <translation>Contagens dos relatórios de entrega da Meta. Os valores aparecem quando uma tabela de preços com os preços da Meta for importada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No monthly budget set. Set one to see this month&apos;s charges against it; campaigns warn before they would go over it.</source>
        <translation>Nenhum orçamento mensal definido. Defina um para ver as cobranças deste mês em relação a ele; as campanhas avisam antes de ultrapassá-lo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget {budget} a month. This month&apos;s charges cannot be priced in {currency} yet.</source>
        <translation>Orçamento de {budget} por mês. As cobranças deste mês ainda não podem ser calculadas em {currency}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month so far: {spent} of {budget} ({share}).</source>
        <translation>Este mês até agora: {spent} de {budget} ({share}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the budget.</source>
        <translation>Acima do orçamento.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="+19"/>
        <source>Import Meta&apos;s price list</source>
        <translation>Importar a lista de preços da Meta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation>Preços importados para {n} mercados em {currency}, válidos a partir de {day}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+57"/>
        <source>Asking Meta…</source>
        <translation>Consultando a Meta…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not answer: {error}</source>
        <translation>A Meta não respondeu: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta counted {n} delivered messages, {cost} charged.</source>
        <translation>A Meta contou {n} mensagens entregues, {cost} cobrados.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save picture</source>
        <translation>Salvar imagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save table</source>
        <translation>Salvar tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="-16"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+20"/>
        <source>Saved {file}</source>
        <translation>Salvo: {file}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/attachments.py" line="+121"/>
        <source>Send files to {name}</source>
        <translation>Enviar arquivos para {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send files</source>
        <translation>Enviar arquivos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files to send</source>
        <translation>Arquivos para enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption for the selected file</source>
        <translation>Legenda do arquivo selecionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Add a caption (optional)</source>
        <translation>Adicionar uma legenda (opcional)</translation>
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
        <translation>Enviar {n} arquivos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WhatsApp shows no caption on voice messages and stickers</source>
        <translation>O WhatsApp não mostra legenda em mensagens de voz e figurinhas</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location line="+25"/>
        <source>Attach photos, videos, voice messages or documents</source>
        <translation>Anexar fotos, vídeos, mensagens de voz ou documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos, audio and documents</source>
        <translation>Fotos, vídeos, áudios e documentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pasted picture.png</source>
        <translation>Imagem colada.png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files can be sent while the customer&apos;s 24-hour window is open, like any free-form message.</source>
        <translation>Arquivos podem ser enviados enquanto a janela de 24 horas do cliente estiver aberta, como qualquer mensagem livre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The files could not be queued: {error}</source>
        <translation>Não foi possível colocar os arquivos na fila: {error}</translation>
    </message>
</context>
<context>
    <name>AutoReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/auto_replies.py" line="+109"/>
        <source>write the greeting message, or switch it off</source>
        <translation>escreva a mensagem de saudação ou desative-a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the away message, or switch it off</source>
        <translation>escreva a mensagem de ausência ou desative-a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on {day} the shop closes before it opens</source>
        <translation>{day}: a loja fecha antes de abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wait at least one hour before the same reply</source>
        <translation>espere pelo menos uma hora antes da mesma resposta</translation>
    </message>
</context>
<context>
    <name>AutoRepliesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/auto_replies_dialog.py" line="+33"/>
        <source>Greeting and away messages</source>
        <translation>Mensagens de saudação e de ausência</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros answers by itself, like the WhatsApp Business app: only to a message that just arrived, only while the customer may be messaged, and not again to the same person within the quiet time. Automatic replies are marked in the chat.</source>
        <translation>O Klaros responde sozinho, como o app WhatsApp Business: só a uma mensagem que acabou de chegar, só enquanto for permitido escrever para o cliente e não de novo para a mesma pessoa dentro do intervalo de pausa. As respostas automáticas ficam marcadas na conversa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send it</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Greeting: to a customer&apos;s first message</source>
        <translation>Saudação: na primeira mensagem de um cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to our shop! How can we help?</source>
        <translation>Bem-vindo à nossa loja! Como podemos ajudar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away: to a message outside your business hours</source>
        <translation>Ausência: em uma mensagem fora do horário de atendimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your message. We are closed now and answer tomorrow from 9 o&apos;clock.</source>
        <translation>Obrigado pela sua mensagem. Estamos fechados agora e respondemos amanhã a partir das 9 horas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours</source>
        <translation>Horário de atendimento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opens</source>
        <translation>abre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closes</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not the same reply to the same person again within</source>
        <translation>Não repetir a mesma resposta para a mesma pessoa em</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet time in hours</source>
        <translation>Intervalo de pausa em horas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {reason}</source>
        <translation>Não salvo: {reason}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/backend.py" line="+142"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n mensagem aguardando</numerusform>
            <numerusform>%n mensagens aguardando</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 message waiting to be sent</source>
        <translation>1 mensagem aguardando envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages waiting to be sent</source>
        <translation>{n} mensagens aguardando envio</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n message(s) not sent</source>
        <translation>
            <numerusform>⚠ %n mensagem não enviada</numerusform>
            <numerusform>⚠ %n mensagens não enviadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 1 message not sent: the chat marked “Not sent” says why</source>
        <translation>⚠ 1 mensagem não enviada: a conversa marcada como “Não enviada” diz por quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {n} messages not sent: the chats marked “Not sent” say why</source>
        <translation>⚠ {n} mensagens não enviadas: as conversas marcadas como “Não enviada” dizem por quê</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected · no new events yet</source>
        <translation>Conectado · nenhum evento novo ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected · last event {time}</source>
        <translation>Conectado · último evento {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected yet · File → Set up connection…</source>
        <translation>Ainda não conectado · Arquivo → Configurar conexão…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected yet</source>
        <translation>Ainda não conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect</source>
        <translation>Não é possível conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect: no secure password store on this computer · File → Set up connection… says what to install</source>
        <translation>Não é possível conectar: não há um cofre de senhas seguro neste computador · Arquivo → Configurar conexão… diz o que instalar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline since {time}</source>
        <translation>Sem conexão desde {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline since {time} · messages you write wait in the outbox</source>
        <translation>Sem conexão desde {time} · as mensagens que você escrever aguardam na caixa de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Sem conexão</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="+411"/>
        <source>Reacted {emoji}</source>
        <translation>Reagiu com {emoji}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed a reaction</source>
        <translation>Removeu uma reação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template “{name}”</source>
        <translation>Modelo “{name}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic reply</source>
        <translation>Resposta automática</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click here to send a template instead.</source>
        <translation>Clique aqui para enviar um modelo em vez disso.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is no longer on this computer.</source>
        <translation>O arquivo não está mais neste computador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uploading {size}…</source>
        <translation>enviando {size}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet · next try {time}</source>
        <translation>ainda não enviada · próxima tentativa {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>aguardando envio</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Open · Save as…</source>
        <translation>Abrir · Salvar como…</translation>
    </message>
</context>
<context>
    <name>CampaignBuilder</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="+166"/>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name, e.g. Mother&apos;s Day offer</source>
        <translation>Nome, ex.: Oferta do Dia das Mães</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nome da campanha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1  Who gets it</source>
        <translation>1  Quem recebe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2  Message</source>
        <translation>2  Mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3  Test and send</source>
        <translation>3  Testar e enviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign summary</source>
        <translation>Resumo da campanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as draft</source>
        <translation>Salvar como rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1005"/>
        <source>Start sending</source>
        <translation>Começar a enviar</translation>
    </message>
    <message>
        <location line="-1003"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Campaign name:</source>
        <translation>Nome da campanha:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contacts that match these filters</source>
        <translation>Contatos que atendem a estes filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list of numbers (pasted or from a file)</source>
        <translation>Uma lista de números (colada ou de um arquivo)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved audiences</source>
        <translation>Públicos salvos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these filters…</source>
        <translation>Salvar estes filtros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved audience:</source>
        <translation>Público salvo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Has any of these tags</source>
        <translation>Tem alguma destas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has all of these tags</source>
        <translation>Tem todas estas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has none of these tags</source>
        <translation>Não tem nenhuma destas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any of these tags</source>
        <translation>Alguma destas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And all of these tags</source>
        <translation>E todas estas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>But none of these tags</source>
        <translation>Mas nenhuma destas etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the number</source>
        <translation>País do número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who may get the template</source>
        <translation>Todos que podem receber o modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those with a recorded opt-in</source>
        <translation>Só quem tem consentimento registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote to you in the last</source>
        <translation>Escreveu para você nos últimos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since they last wrote</source>
        <translation>Dias desde a última mensagem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24-hour window</source>
        <translation>Janela de 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either</source>
        <translation>Tanto faz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (they wrote in the last 24 hours)</source>
        <translation>Aberta (escreveu nas últimas 24 horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact field</source>
        <translation>Campo do contato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is (empty: has any value)</source>
        <translation>é (vazio: qualquer valor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field value</source>
        <translation>Valor do campo do contato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact field conditions</source>
        <translation>Condições de campos do contato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent:</source>
        <translation>Consentimento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Última mensagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24-hour window:</source>
        <translation>Janela de 24 horas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field:</source>
        <translation>Campo do contato:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One number per line, e.g. +49 151 23456789 (numbers without +country use the shop&apos;s country)</source>
        <translation>Um número por linha, ex.: +55 11 91234-5678 (números sem +código do país usam o país da loja)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers to send to</source>
        <translation>Números para enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a contacts file…</source>
        <translation>Importar um arquivo de contatos…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out, and why</source>
        <translation>Deixados de fora, e por quê</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+537"/>
        <source>Forecast cost</source>
        <translation>Custo previsto</translation>
    </message>
    <message>
        <location line="-499"/>
        <source>{field} is “{value}”</source>
        <translation>{field} é “{value}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} has a value</source>
        <translation>{field} tem um valor</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the audience</source>
        <translation>Salvar o público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for these filters, to use them again later:</source>
        <translation>Nome para estes filtros, para usá-los de novo depois:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— choose —</source>
        <translation>— escolher —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none saved yet</source>
        <translation>nenhum salvo ainda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a contacts file</source>
        <translation>Importar um arquivo de contatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts files (*.csv *.txt *.vcf)</source>
        <translation>Arquivos de contatos (*.csv *.txt *.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not imported: {reason}</source>
        <translation>Não importado: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File at the top of the message</source>
        <translation>Arquivo no topo da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or the WhatsApp media id of a file you uploaded</source>
        <translation>ou o ID de mídia do WhatsApp de um arquivo que você enviou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp media id for the top of the message</source>
        <translation>ID de mídia do WhatsApp para o topo da mensagem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview for</source>
        <translation>Prévia para</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message preview</source>
        <translation>Prévia da mensagem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipients who would get an empty variable</source>
        <translation>Destinatários que receberiam uma variável vazia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview for:</source>
        <translation>Prévia para:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The template shows a map at the top of the message. Give the place: everyone gets the same one. Your map app shows a place&apos;s coordinates (in Google Maps: right-click the place); you may paste both into the first field.</source>
        <translation>O modelo mostra um mapa no topo da mensagem. Informe o local: todos recebem o mesmo. Seu aplicativo de mapas mostra as coordenadas de um local (no Google Maps: clique com o botão direito no local); você pode colar as duas no primeiro campo.</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">ex.: 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Latitude do local</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">ex.: 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Longitude do local</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">ex.: o nome da sua loja</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Nome do local</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Rua, CEP e cidade</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Endereço do local</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latitude:</source>
        <translation>Latitude:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude:</source>
        <translation>Longitude:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinates:</source>
        <translation>Coordenadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <source>No place given yet</source>
        <translation>Nenhum local informado ainda</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{category} template. Body: {body}</source>
        <translation>Modelo de {category}. Corpo: {body}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title {variable}</source>
        <translation>Título {variable}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code of button {n}</source>
        <translation>Código do botão {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of button {n}</source>
        <translation>Link do botão {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The template shows {what} at the top of the message. Choose the file; it is uploaded to WhatsApp once, when sending starts.</source>
        <translation>O modelo mostra {what} no topo da mensagem. Escolha o arquivo; ele é enviado ao WhatsApp uma vez, quando o envio começar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a picture</source>
        <translation>uma imagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a video</source>
        <translation>um vídeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a document</source>
        <translation>um documento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen yet</source>
        <translation>Nenhum arquivo escolhido ainda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp media id {id}</source>
        <translation>ID de mídia do WhatsApp {id}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File for the top of the message</source>
        <translation>Arquivo para o topo da mensagem</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a template.</source>
        <translation>Escolha um modelo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Map: {place}</source>
        <translation>Mapa: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map: no place given yet</source>
        <translation>Mapa: nenhum local informado ainda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no file chosen yet</source>
        <translation>nenhum arquivo escolhido ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture attached: {name}</source>
        <translation>Imagem anexada: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video attached: {name}</source>
        <translation>Vídeo anexado: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached: {name}</source>
        <translation>Documento anexado: {name}</translation>
    </message>
    <message>
        <source>Code of button {n}: {value}</source>
        <translation type="vanished">Código do botão {n}: {value}</translation>
    </message>
    <message>
        <source>Link of button {n}: …{value}</source>
        <translation type="vanished">Link do botão {n}: …{value}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your own WhatsApp number</source>
        <translation>Seu próprio número de WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number for the test message</source>
        <translation>Número para a mensagem de teste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test</source>
        <translation>Enviar um teste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test result</source>
        <translation>Resultado do teste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at</source>
        <translation>Começar às</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> messages a second</source>
        <translation> mensagens por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending speed</source>
        <translation>Velocidade de envio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>80 a second is WhatsApp&apos;s standard for a business number. Go higher only if Meta raised your number&apos;s throughput; lower spreads the replies out.</source>
        <translation>80 por segundo é o padrão do WhatsApp para um número comercial. Aumente só se a Meta elevou a capacidade do seu número; um valor menor distribui as respostas ao longo do tempo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost by country and category</source>
        <translation>Custo por país e categoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What WhatsApp will charge (forecast)</source>
        <translation>O que o WhatsApp vai cobrar (previsão)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly budget</source>
        <translation>Orçamento mensal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Importar a lista de preços da Meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The “Rates (CSV)” file from Meta&apos;s WhatsApp pricing page, in your billing currency</source>
        <translation>O arquivo “Rates (CSV)” da página de preços do WhatsApp da Meta, na moeda em que você é cobrado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the message to yourself first to see it on a phone. The test uses the values your own contact would get (or the fallbacks).</source>
        <translation>Envie a mensagem primeiro para você mesmo para vê-la em um celular. O teste usa os valores que o seu próprio contato receberia (ou os valores reserva).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test:</source>
        <translation>Teste:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>Velocidade:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost:</source>
        <translation>Custo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to WhatsApp; set up the connection first.</source>
        <translation>Não conectado ao WhatsApp; configure a conexão primeiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your own WhatsApp number first.</source>
        <translation>Digite primeiro o seu próprio número de WhatsApp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the test…</source>
        <translation>Enviando o teste…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{number}” is not a phone number.</source>
        <translation>“{number}” não é um número de telefone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test sent. Check your phone.</source>
        <translation>Teste enviado. Confira no seu celular.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Not sent: {reason}</source>
        <translation>Não enviado: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(time zone {zone})</source>
        <translation>(fuso horário {zone})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No approved template yet. Create one in Meta&apos;s WhatsApp Manager and refresh the templates.</source>
        <translation>Nenhum modelo aprovado ainda. Crie um no Gerenciador do WhatsApp da Meta e atualize os modelos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not offered: {names} (a variable, a location or an animation in the heading is not supported yet).</source>
        <translation>Não oferecidos: {names} (variável, localização ou animação no cabeçalho ainda não é compatível).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+179"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>recipients</source>
        <translation>destinatários</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contacts match (choose a template to see who may get it)</source>
        <translation>contatos correspondem (escolha um modelo para ver quem pode recebê-lo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a phone number: {pieces}</source>
        <translation>Não é um número de telefone: {pieces}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out</source>
        <translation>Deixados de fora</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title {length} of {max} characters</source>
        <translation>título com {length} de {max} caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get an empty value. Give those variables a fallback or fill in the contacts; the campaign cannot start until then.</source>
        <translation>{n} destinatários receberiam um valor vazio. Dê a essas variáveis um valor reserva ou complete os contatos; até lá, a campanha não pode começar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get a title longer than the {max} characters WhatsApp allows. Shorten those values or fill the title from another field; the campaign cannot start until then.</source>
        <translation>{n} destinatários receberiam um título maior que os {max} caracteres que o WhatsApp permite. Encurte esses valores ou preencha o título com outro campo; a campanha não pode começar até lá.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every recipient gets a value for every variable.</source>
        <translation>Todos os destinatários recebem um valor para cada variável.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a template to see the cost.</source>
        <translation>Escolha um modelo para ver o custo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No rate card covers {day}; import Meta&apos;s current rates (klaros rates import) to see the cost.</source>
        <translation>Nenhuma tabela de preços cobre {day}; importe as tarifas atuais da Meta (klaros rates import) para ver o custo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: unknown</source>
        <translation>Custo: desconhecido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>não se sabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {amount}</source>
        <translation>pelo menos {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: {amount}</source>
        <translation>Custo: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{charged} charged, {free} free. Meta&apos;s rates as of {day}; what Meta charges for the messages, nothing else.</source>
        <translation>{charged} cobradas, {free} grátis. Tarifas da Meta de {day}; só o que a Meta cobra pelas mensagens, nada mais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By kind of message</source>
        <translation>Por tipo de mensagem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers of no known country</source>
        <translation>números de país desconhecido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s price list has no price for {countries} yet, so {n} recipients are not in the total. Import Meta&apos;s current price list below to include them.</source>
        <translation>A lista de preços do Klaros ainda não tem preço para {countries}, então {n} destinatários não entram no total. Importe abaixo a lista de preços atual da Meta para incluí-los.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit: {outside} of the {limit} customers a day you may start a conversation with.</source>
        <translation>Usa {share} do seu limite de mensagens: {outside} dos {limit} clientes por dia com quem você pode iniciar uma conversa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your number has no daily messaging limit.</source>
        <translation>Seu número não tem limite diário de mensagens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{outside} recipients count towards your daily messaging limit (Klaros does not know your limit yet).</source>
        <translation>{outside} destinatários contam para o seu limite diário de mensagens (o Klaros ainda não sabe o seu limite).</translation>
    </message>
    <message>
        <source>Import Meta&apos;s price list</source>
        <translation type="vanished">Importar a lista de preços da Meta</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation type="vanished">Preços importados para {n} mercados em {currency}, válidos a partir de {day}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Schedule</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the campaign a name.</source>
        <translation>Dê um nome à campanha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an approved template (tab 2).</source>
        <translation>Escolha um modelo aprovado (aba 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody in this audience may receive the template.</source>
        <translation>Ninguém neste público pode receber o modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get an empty value (tab 2).</source>
        <translation>{n} destinatários receberiam um valor vazio (aba 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get a title longer than {max} characters (tab 2).</source>
        <translation>{n} destinatários receberiam um título com mais de {max} caracteres (aba 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {what} for the top of the message (tab 2) before it can start.</source>
        <translation>Escolha {what} para o topo da mensagem (aba 2) antes de começar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the place for the map at the top of the message (tab 2) before it can start.</source>
        <translation>Informe o local do mapa no topo da mensagem (etapa 2) antes que ela possa começar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients will get “{template}”.</source>
        <translation>{n} destinatários vão receber “{template}”.</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_runner.py" line="+118"/>
        <source>Campaign “{name}” was due at {time} but did not start: {reason}</source>
        <translation>A campanha “{name}” estava marcada para {time}, mas não começou: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” was due at {time}, while Klaros was closed. It started now ({n} recipients).</source>
        <translation>A campanha “{name}” estava marcada para {time}, quando o Klaros estava fechado. Ela começou agora ({n} destinatários).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” started as scheduled ({n} recipients).</source>
        <translation>A campanha “{name}” começou como agendado ({n} destinatários).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sending campaign {id} stopped because of an error: {error}. Press Resume to continue.</source>
        <translation>O envio da campanha {id} parou por causa de um erro: {error}. Clique em Retomar para continuar.</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="+60"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>ainda não enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted by WhatsApp</source>
        <translation>aceitas pelo WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived on their phone</source>
        <translation>chegaram ao celular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened (only if they share read receipts)</source>
        <translation>abertas (só se a pessoa compartilha a confirmação de leitura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Responderam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote back after it</source>
        <translation>responderam depois dela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not deliver it</source>
        <translation>o WhatsApp não entregou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Deixados de fora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent, for the reasons below</source>
        <translation>não enviadas, pelos motivos abaixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>Sua decisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent; see below</source>
        <translation>podem ter sido enviadas; veja abaixo</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>less than a minute</source>
        <translation>menos de um minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {n} min</source>
        <translation>cerca de {n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {h} h {m} min</source>
        <translation>cerca de {h} h {m} min</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost forecast</source>
        <translation>Previsão de custo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the campaign paused or stopped</source>
        <translation>Por que a campanha foi pausada ou interrompida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign progress</source>
        <translation>Progresso da campanha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress, remaining time and rate</source>
        <translation>Progresso, tempo restante e ritmo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+237"/>
        <source>Schedule…</source>
        <translation>Agendar…</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Do not start by itself</source>
        <translation>Não começar sozinha</translation>
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
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Cancel campaign…</source>
        <translation>Cancelar a campanha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed</source>
        <translation>Tentar de novo as com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Failures and people left out, with the reasons</source>
        <translation>Falhas e pessoas deixadas de fora, com os motivos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for your decision: the connection broke while these were being sent, so they may have arrived. Check the chat, then send again or leave it.</source>
        <translation>Aguardando sua decisão: a conexão caiu enquanto estas eram enviadas, então elas podem ter chegado. Confira a conversa e depois envie de novo ou deixe como está.</translation>
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
        <translation>Destinatários aguardando sua decisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>Não enviar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not read the campaign: {error}</source>
        <translation>Não foi possível ler a campanha: {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a campaign above</source>
        <translation>Escolha uma campanha acima</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template {name} ({language})</source>
        <translation>Modelo {name} ({language})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients</source>
        <translation>{n} destinatários</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts by itself on {time}</source>
        <translation>começa sozinha em {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started {time}</source>
        <translation>começou em {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished {time}</source>
        <translation>concluída em {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why some failed</source>
        <translation>Por que algumas falharam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why some were left out</source>
        <translation>Por que alguns ficaram de fora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the time…</source>
        <translation>Mudar o horário…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry the failed ({n})</source>
        <translation>Tentar de novo as com falha ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost forecast: not known (no rate card covers that day).</source>
        <translation>Previsão de custo: desconhecida (nenhuma tabela de preços cobre esse dia).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: not known; the price list has no price for {countries}.</source>
        <translation>Previsão de custo: desconhecida; a lista de preços não tem preço para {countries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: at least {total} (no price yet for {countries}), Meta&apos;s rates as of {day}.</source>
        <translation>Previsão de custo: pelo menos {total} (ainda sem preço para {countries}), tarifas da Meta de {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: {total}, Meta&apos;s rates as of {day}.</source>
        <translation>Previsão de custo: {total}, tarifas da Meta de {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{done} of {all} done ({share})</source>
        <translation>{done} de {all} concluídas ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the connection to WhatsApp</source>
        <translation>aguardando a conexão com o WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about to send</source>
        <translation>prestes a enviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measuring the speed…</source>
        <translation>medindo a velocidade…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting (WhatsApp asked Klaros to slow down)</source>
        <translation>aguardando (o WhatsApp pediu ao Klaros para ir mais devagar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} left · {rate} messages a second</source>
        <translation>faltam {left} · {rate} mensagens por segundo</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancel the campaign?</source>
        <translation>Cancelar a campanha?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody who has not received it yet will get it. Messages already sent stay sent. This cannot be undone.</source>
        <translation>Quem ainda não recebeu não vai receber. As mensagens já enviadas continuam enviadas. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} queued again.</source>
        <translation>{n} na fila de novo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the campaign&apos;s results</source>
        <translation>Exportar os resultados da campanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients written to {file}.</source>
        <translation>{n} destinatários gravados em {file}.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../klaros_desktop/commands/campaign.py" line="+330"/>
        <source>Campaign {id} is {state}; there is nothing to resume.</source>
        <translation>A campanha {id} está {state}; não há nada para retomar.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/audience.py" line="+37"/>
        <source>no phone number</source>
        <translation>sem número de telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased on request (number suppressed)</source>
        <translation>apagado a pedido (número bloqueado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out of all messages</source>
        <translation>descadastrou-se de todas as mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing messages</source>
        <translation>parou de receber mensagens de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not receive marketing messages</source>
        <translation>não pode receber mensagens de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recorded marketing opt-in</source>
        <translation>sem consentimento de marketing registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not among the contacts</source>
        <translation>o número não está entre os contatos</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/drafts.py" line="+161"/>
        <location line="+77"/>
        <source>Choose an approved template.</source>
        <translation>Escolha um modelo aprovado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="+996"/>
        <source>The test message would have empty variables: {names}</source>
        <translation>A mensagem de teste teria variáveis vazias: {names}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/header_media.py" line="+22"/>
        <source>a picture</source>
        <translation>uma imagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>um vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a document</source>
        <translation>um documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture attached</source>
        <translation>Imagem anexada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video attached</source>
        <translation>Vídeo anexado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached</source>
        <translation>Documento anexado</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+32"/>
        <source>“{name}” cannot be read: {error}</source>
        <translation>Não é possível ler “{name}”: {error}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The template shows {wanted} at the top; “{name}” is not one.</source>
        <translation>O modelo mostra {wanted} no topo; “{name}” não é.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{spec}” is neither a file on this computer nor a WhatsApp media id.</source>
        <translation>“{spec}” não é um arquivo deste computador nem um ID de mídia do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_upload.py" line="+24"/>
        <source>The template shows {what} at the top of the message: choose the file (or its WhatsApp media id) before the campaign starts.</source>
        <translation>O modelo mostra {what} no topo da mensagem: escolha o arquivo (ou o ID de mídia do WhatsApp dele) antes de a campanha começar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: the file for the top of the message could not be uploaded to WhatsApp. Check that it is still where you chose it and that WhatsApp takes it (type and size), then resume.</source>
        <translation>Interrompida: o arquivo para o topo da mensagem não pôde ser enviado ao WhatsApp. Verifique se ele ainda está onde você o escolheu e se o WhatsApp o aceita (tipo e tamanho), depois retome.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/lifecycle.py" line="+44"/>
        <source>Paused: {explanation}</source>
        <translation>Pausada: {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped because WhatsApp refused the template: {explanation}</source>
        <translation>Interrompida porque o WhatsApp recusou o modelo: {explanation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: {explanation} (Settings → WhatsApp connection)</source>
        <translation>Interrompida: {explanation} (Configurações → Conexão com o WhatsApp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by you.</source>
        <translation>Pausada por você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: the template is no longer approved (or no longer known); refresh the templates and resume when Meta approves it.</source>
        <translation>Interrompida: o modelo não está mais aprovado (ou não é mais conhecido); atualize os modelos e retome quando a Meta aprová-lo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped ({code}).</source>
        <translation>Interrompida ({code}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>O modelo {name!r} ({language}) não é conhecido; atualize os modelos da Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>O modelo {name!r} ({language}) está {status}, não aprovado pela Meta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Template {name!r} has no picture, video or document at the top; leave the file out.</source>
        <translation>O modelo {name!r} não tem imagem, vídeo nem documento no topo; não informe nenhum arquivo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template {name!r} has no variable in its title at the top; leave it out.</source>
        <translation>O modelo {name!r} não tem variável no título do topo; não a informe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Template {name!r} has no map at the top; leave the location out.</source>
        <translation>O modelo {name!r} não tem mapa no topo; não informe o local.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-535"/>
        <location line="+525"/>
        <source>There is no campaign {id}.</source>
        <translation>Não existe a campanha {id}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nobody in this audience may receive the template ({excluded} left out).</source>
        <translation>Ninguém neste público pode receber o modelo ({excluded} deixados de fora).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Not started: {why}</source>
        <translation>Não iniciada: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign {id} was already started ({status}); its place stays as it was sent.</source>
        <translation>A campanha {id} já foi iniciada ({status}); o local dela fica como foi enviado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign {id} was already started ({status}); its file stays as it was sent.</source>
        <translation>A campanha {id} já foi iniciada ({status}); o arquivo dela fica como foi enviado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a file or a WhatsApp media id.</source>
        <translation>Informe um arquivo ou um ID de mídia do WhatsApp.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Campaign {id} was already started ({status}); use resume.</source>
        <translation>A campanha {id} já foi iniciada ({status}); use retomar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; and {count} more</source>
        <translation>; e mais {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not started: {count} recipient(s) would get an empty variable ({who}{more}). Give those variables a fallback or fill in the contacts.</source>
        <translation>Não iniciada: {count} destinatário(s) receberiam uma variável vazia ({who}{more}). Dê a essas variáveis um valor reserva ou complete os contatos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started: for {count} recipient(s) the title at the top would be longer than the {max} characters WhatsApp allows ({who}{more}). Shorten those values (the title leaves {room} characters for them) or fill the title from another field.</source>
        <translation>Não iniciada: para {count} destinatário(s) o título do topo passaria dos {max} caracteres que o WhatsApp permite ({who}{more}). Encurte esses valores (o título deixa {room} caracteres para eles) ou preencha o título com outro campo.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Campaign {id} is {status}; it cannot {action}.</source>
        <translation>A campanha {id} está {status}; não é possível: {action}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{number} is not held in campaign {id}.</source>
        <translation>{number} não está retido na campanha {id}.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>May have been sent: WhatsApp did not confirm it (the connection broke or WhatsApp failed mid-request). Check with the customer before sending it again.</source>
        <translation>Pode ter sido enviada: o WhatsApp não confirmou (a conexão caiu ou o WhatsApp falhou no meio da solicitação). Confirme com o cliente antes de enviar de novo.</translation>
    </message>
    <message>
        <source>May have been sent (the connection broke mid-request); check before sending again.</source>
        <translation type="vanished">Pode ter sido enviada (a conexão caiu no meio do pedido); confira antes de enviar de novo.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/overview.py" line="+28"/>
        <source>the campaign was cancelled before their turn</source>
        <translation>a campanha foi cancelada antes da vez deles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose not to send it again</source>
        <translation>você decidiu não enviar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not a valid phone number</source>
        <translation>o número não é um número de telefone válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not go through after several tries</source>
        <translation>não foi enviada depois de várias tentativas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the 24-hour window</source>
        <translation>fora da janela de 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent (the connection broke mid-request)</source>
        <translation>pode ter sido enviada (a conexão caiu no meio do pedido)</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/schedule.py" line="+61"/>
        <source>{text!r} is not a time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-24 09:30.</source>
        <translation>{text!r} não é um horário; escreva como AAAA-MM-DD HH:MM, ex.: 2026-12-24 09:30.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Campaign {id} was already started ({status}); only a draft can be scheduled.</source>
        <translation>A campanha {id} já foi iniciada ({status}); só um rascunho pode ser agendado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed; choose a later one or start now.</source>
        <translation>Esse horário já passou; escolha um mais tarde ou comece agora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not scheduled: {count} recipient(s) would get an empty variable. Give those variables a fallback or fill in the contacts.</source>
        <translation>Não agendada: {count} destinatário(s) receberiam uma variável vazia. Dê a essas variáveis um valor reserva ou complete os contatos.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/segments.py" line="+41"/>
        <source>Give the segment a name.</source>
        <translation>Dê um nome ao público.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of numbers is not a segment; save filters such as tags or countries.</source>
        <translation>Uma lista de números não é um público; salve filtros como etiquetas ou países.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-521"/>
        <source>Campaign {id} is being sent by another Klaros window or command (until {until} at the latest); try again then.</source>
        <translation>A campanha {id} está sendo enviada por outra janela ou comando do Klaros (até {until} no máximo); tente de novo depois disso.</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>The campaign&apos;s template is not known.</source>
        <translation>O modelo da campanha não é conhecido.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/variables.py" line="+47"/>
        <source>unknown source {source!r}: use name, first_name, phone, custom.KEY or text:TEXT</source>
        <translation>origem desconhecida {source!r}: use name, first_name, phone, custom.KEY ou text:TEXT</translation>
    </message>
    <message>
        <source>template {name!r} has a header with a variable, a location or an animation; campaigns fill a picture, video or document header and the variables of the body and the link buttons</source>
        <translation type="vanished">o modelo {name!r} tem um cabeçalho com variável, localização ou animação; as campanhas preenchem um cabeçalho com imagem, vídeo ou documento e as variáveis do corpo e dos botões de link</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>template {name!r} has an animation or a product at the top; campaigns fill a picture, video, document or map header, a title&apos;s variable and the variables of the body and the link buttons</source>
        <translation>o modelo {name!r} tem uma animação ou um produto no topo; as campanhas preenchem uma imagem, um vídeo, um documento ou um mapa no topo, a variável de um título e as variáveis do corpo e dos botões de link</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{variable} of the title</source>
        <translation>{variable} do título</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code of button {n}</source>
        <translation>código do botão {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link of button {n}</source>
        <translation>link do botão {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a source for the variable in the {missing}</source>
        <translation>informe uma origem para a variável em {missing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template&apos;s button {n} (index {index}) is a quick reply and takes no value</source>
        <translation>o botão {n} do modelo (índice {index}) é uma resposta rápida e não aceita valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) calls a phone number and takes no value</source>
        <translation>o botão {n} do modelo (índice {index}) liga para um número de telefone e não aceita valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) opens a fixed link and takes no value</source>
        <translation>o botão {n} do modelo (índice {index}) abre um link fixo e não aceita valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template&apos;s button {n} (index {index}) takes no value</source>
        <translation>o botão {n} do modelo (índice {index}) não aceita valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template has no button {n} (index {index})</source>
        <translation>o modelo não tem um botão {n} (índice {index})</translation>
    </message>
    <message>
        <source>the template&apos;s button {n} (index {index}) has no link variable</source>
        <translation type="vanished">o botão {n} do modelo (índice {index}) não tem variável de link</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give a source for each variable of the template: missing {missing}</source>
        <translation>informe uma origem para cada variável do modelo: falta {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the template has no variable {extra}</source>
        <translation>o modelo não tem a variável {extra}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown source {source!r}</source>
        <translation>origem desconhecida {source!r}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+79"/>
        <source>The latitude must be a number from -90 to 90 (decimal degrees, e.g. 52.5292).</source>
        <translation>A latitude deve ser um número de -90 a 90 (graus decimais, ex.: 52.5292).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longitude must be a number from -180 to 180 (decimal degrees, e.g. 13.4012).</source>
        <translation>A longitude deve ser um número de -180 a 180 (graus decimais, ex.: 13.4012).</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Give the place&apos;s name (shown under the map).</source>
        <translation>Informe o nome do local (mostrado abaixo do mapa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the place&apos;s address (shown under the map).</source>
        <translation>Informe o endereço do local (mostrado abaixo do mapa).</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_parts.py" line="+106"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address) before the campaign starts.</source>
        <translation>O modelo mostra um mapa no topo: informe o local (latitude, longitude, nome e endereço) antes de a campanha começar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give where its text comes from.</source>
        <translation>O título no topo do modelo tem uma variável ({variable}): informe de onde vem o texto dela.</translation>
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
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replied</source>
        <translation>Responderam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location line="+75"/>
        <source>Campaign notices</source>
        <translation>Avisos de campanhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the campaign notices</source>
        <translation>Dispensar os avisos de campanhas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New campaign…</source>
        <translation>Nova campanha…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. A campaign sends one approved template to many customers at once, for example this week&apos;s offer to everyone tagged “Newsletter”. Press “New campaign…” to build one.</source>
        <translation>Nenhuma campanha ainda. Uma campanha envia um modelo aprovado para muitos clientes de uma vez, por exemplo a oferta desta semana para todos com a etiqueta “Newsletter”. Clique em “Nova campanha…” para criar uma.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campanha</numerusform>
            <numerusform>%n campanhas</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation type="vanished">{n} campanha(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sending</source>
        <translation>{n} enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} scheduled</source>
        <translation>{n} agendada(s)</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="-711"/>
        <source>Save picture…</source>
        <translation>Salvar imagem…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as CSV…</source>
        <translation>Salvar como CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save {what}</source>
        <translation>Salvar {what}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+52"/>
        <source>Nothing in this period yet.</source>
        <translation>Nada neste período ainda.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+455"/>
        <source>Step 3: check and finish</source>
        <translation>Passo 3: conferir e concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell Meta where to deliver your messages, then test it.</source>
        <translation>Diga à Meta para onde entregar suas mensagens e depois teste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta only sends your customers&apos; messages to the relay once the callback URL and verify token below are saved in the App Dashboard under WhatsApp → Configuration, with the “messages” field subscribed.</source>
        <translation>A Meta só envia as mensagens dos seus clientes ao relay depois que a URL de retorno de chamada e o token de verificação abaixo forem salvos no Painel de Apps em WhatsApp → Configuração, com o campo “messages” assinado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL</source>
        <translation>URL de retorno de chamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation>Token de verificação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the App Dashboard</source>
        <translation>Abrir o Painel de Apps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can finish now and test later under Settings → Test connection.</source>
        <translation>Você pode concluir agora e testar depois em Configurações → Testar conexão.</translation>
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
        <location filename="../../klaros_desktop/secrets/__init__.py" line="+72"/>
        <source>run the command again</source>
        <translation>execute o comando de novo</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+29"/>
        <source>save it again as UTF-8 or name the encoding with --encoding</source>
        <translation>salve de novo como UTF-8 ou informe a codificação com --encoding</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="+34"/>
        <source>use --region</source>
        <translation>use --region</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="+49"/>
        <source>run `klaros pair --relay URL --code CODE`</source>
        <translation>execute `klaros pair --relay URL --code CODE`</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>run `klaros connect --phone-number-id ID --waba-id ID`</source>
        <translation>execute `klaros connect --phone-number-id ID --waba-id ID`</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../klaros_desktop/phrases.py" line="+128"/>
        <source>today at {clock}</source>
        <translation>hoje às {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {clock}</source>
        <translation>ontem às {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {clock}</source>
        <translation>amanhã às {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {day} at {clock}</source>
        <translation>em {day} às {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {date} at {clock}</source>
        <translation>em {date} às {clock}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/compose.py" line="+66"/>
        <source>with a button</source>
        <translation>com um botão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported contact list</source>
        <translation>em uma lista de contatos importada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(set by hand in Klaros)</source>
        <translation>(marcado manualmente no Klaros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Meta reported that they stopped marketing messages)</source>
        <translation>(a Meta informou que a pessoa parou de receber mensagens de marketing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>nas configurações do WhatsApp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by writing “{word}”</source>
        <translation>escrevendo “{word}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({source})</source>
        <translation>({source})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{who} opted out of all messages {how} {when}. Klaros will not message them until they write START.</source>
        <translation>{who} descadastrou-se de todas as mensagens {how} {when}. O Klaros não vai enviar mensagens até que a pessoa escreva START.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} stopped marketing messages {how} {when}; only utility and service templates may be sent.</source>
        <translation>{who} parou de receber mensagens de marketing {how} {when}; só podem ser enviados modelos de utilidade e de serviço.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} has not written to you yet, so WhatsApp only allows an approved template to start.</source>
        <translation>{who} ainda não escreveu para você, então o WhatsApp só permite começar com um modelo aprovado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed {closed} ({who} last wrote {last}). Until they write again, WhatsApp only allows approved templates.</source>
        <translation>A janela de 24 horas fechou {closed} ({who} escreveu pela última vez {last}). Até a pessoa escrever de novo, o WhatsApp só permite modelos aprovados.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>WhatsApp refused the free message: more than 24 hours have passed since {who} last wrote by WhatsApp&apos;s clock. Send an approved template instead; once they answer you can write freely again.</source>
        <translation>O WhatsApp recusou a mensagem livre: pelo relógio do WhatsApp, passaram mais de 24 horas desde que {who} escreveu pela última vez. Envie um modelo aprovado; quando a pessoa responder, você pode voltar a escrever livremente.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>value {n}</source>
        <translation>valor {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This template&apos;s header (a product, an animation or a title with several values) is not one Klaros can fill in.</source>
        <translation>O Klaros não consegue preencher o cabeçalho deste modelo (um produto, uma animação ou um título com vários valores).</translation>
    </message>
    <message>
        <source>This template needs a location or header values, which Klaros cannot fill in.</source>
        <translation type="vanished">Este modelo precisa de uma localização ou de valores de cabeçalho, que o Klaros não consegue preencher.</translation>
    </message>
    <message>
        <source>This template&apos;s link button needs a value for each customer, which a chat cannot fill in. Send it as a campaign instead, where the link&apos;s value is chosen.</source>
        <translation type="vanished">O botão de link deste modelo precisa de um valor para cada cliente, que uma conversa não consegue preencher. Envie-o como campanha, onde o valor do link é escolhido.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/sending.py" line="+148"/>
        <source>A template header takes a photo, a video or a document.</source>
        <translation>O cabeçalho de um modelo aceita uma foto, um vídeo ou um documento.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the message is empty</source>
        <translation>a mensagem está vazia</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>WhatsApp shows no caption on a voice message or sticker; send the text on its own.</source>
        <translation>O WhatsApp não mostra legenda em mensagem de voz nem em figurinha; envie o texto separado.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/buttons.py" line="+103"/>
        <source>The copy-code button needs this customer&apos;s code.</source>
        <translation>O botão Copiar código precisa do código deste cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code for the copy-code button is too long: WhatsApp takes codes up to {n} characters.</source>
        <translation>O código do botão Copiar código é longo demais: o WhatsApp aceita códigos de até {n} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link button “{text}” needs a value for this customer.</source>
        <translation>O botão de link “{text}” precisa de um valor para este cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” becomes part of a web address, so it cannot contain spaces.</source>
        <translation>O valor do botão de link “{text}” vira parte de um endereço web, por isso não pode ter espaços.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” is too long: WhatsApp takes links up to {limit} characters, which leaves {n} for this value.</source>
        <translation>O valor do botão de link “{text}” é longo demais: o WhatsApp aceita links de até {limit} caracteres, o que deixa {n} para este valor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The template has no link button with a value at position {index} (counted from 0, as WhatsApp does); link buttons with a value: {known}.</source>
        <translation>O modelo não tem botão de link com valor na posição {index} (contando a partir de 0, como o WhatsApp); botões de link com valor: {known}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+109"/>
        <source>The title at the top would be {length} characters long with this value; WhatsApp allows {max}. The value may have at most {room} characters.</source>
        <translation>Com este valor, o título do topo teria {length} caracteres; o WhatsApp permite {max}. O valor pode ter no máximo {room} caracteres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give its value.</source>
        <translation>O título no topo do modelo tem uma variável ({variable}): informe o valor dela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address).</source>
        <translation>O modelo mostra um mapa no topo: informe o local (latitude, longitude, nome e endereço).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This template shows a map at the top, not a title with a value; leave the value out.</source>
        <translation>Este modelo mostra um mapa no topo, não um título com valor; não informe o valor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This template shows no map at the top; leave the place out.</source>
        <translation>Este modelo não mostra mapa no topo; não informe o local.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This template&apos;s title at the top has no variable; leave its value out.</source>
        <translation>O título no topo deste modelo não tem variável; não informe o valor.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../klaros_desktop/ui/composer.py" line="+260"/>
        <source>Do not reply to this message</source>
        <translation>Não responder a esta mensagem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Insert an emoji</source>
        <translation>Inserir um emoji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replying to: {text}</source>
        <translation>Respondendo a: {text}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Approved template</source>
        <translation>Modelo aprovado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file at the top of the template</source>
        <translation>O arquivo no topo do modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+572"/>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <location line="-563"/>
        <source>Uploading the file</source>
        <translation>Enviando o arquivo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Template preview</source>
        <translation>Prévia do modelo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Value in the title at the top</source>
        <translation>Valor no título do topo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This template shows a map at the top. Give the place; your map app shows its coordinates (you may paste both into the first field).</source>
        <translation>Este modelo mostra um mapa no topo. Informe o local; seu app de mapas mostra as coordenadas dele (você pode colar as duas no primeiro campo).</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">ex.: 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Latitude do local</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">ex.: 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Longitude do local</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">ex.: o nome da sua loja</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Nome do local</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Rua, CEP e cidade</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Endereço do local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude:</source>
        <translation>Latitude:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude:</source>
        <translation>Longitude:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Why you cannot message this contact</source>
        <translation>Por que você não pode enviar mensagem a este contato</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a message  ·  Enter sends, Shift+Enter new line  ·  / for quick replies</source>
        <translation>Mensagem  ·  Enter envia, Shift+Enter nova linha  ·  / respostas rápidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message  ·  Ctrl+Enter sends  ·  / for quick replies</source>
        <translation>Digite uma mensagem  ·  Ctrl+Enter envia  ·  / para respostas rápidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not forwarded: {reason}</source>
        <translation>Não encaminhada: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot message this contact.</source>
        <translation>Você não pode enviar mensagem a este contato.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Klaros cannot send from this computer: no secure password store is usable here, so it cannot open your WhatsApp connection. Nothing you write can be sent until that is fixed; File → Set up connection… says what to install.</source>
        <translation>O Klaros não consegue enviar deste computador: não há um cofre de senhas seguro utilizável aqui, então ele não consegue abrir a sua conexão com o WhatsApp. Nada do que você escrever poderá ser enviado até que isso seja resolvido; Arquivo → Configurar conexão… diz o que instalar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: messages you write now wait in the outbox ({n} queued) and go out when Klaros reconnects, if the 24-hour window is still open then.</source>
        <translation>Sem conexão: as mensagens que você escrever agora aguardam na caixa de saída ({n} na fila) e saem quando o Klaros se reconectar, se a janela de 24 horas ainda estiver aberta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a template…</source>
        <translation>Escolher um modelo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed</source>
        <translation>não permitido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No approved templates yet. Create one under Templates; it appears here as soon as Meta approves it.</source>
        <translation>Nenhum modelo aprovado ainda. Crie um em Modelos; ele aparece aqui assim que a Meta o aprovar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a template to see what {name} will receive. Templates in {language} come first.</source>
        <translation>Escolha um modelo para ver o que {name} vai receber. Os modelos em {language} aparecem primeiro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a template to see what {name} will receive.</source>
        <translation>Escolha um modelo para ver o que {name} vai receber.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template value: {label}</source>
        <translation>Valor do modelo: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>for example: {example}</source>
        <translation>por exemplo: {example}</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>fill in</source>
        <translation>preencher</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Title “{title}”:</source>
        <translation>Título “{title}”:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title at the top reads “{title}”, with “…” replaced by what you type here. WhatsApp allows {max} characters for the whole title, which leaves {room} for this value.</source>
        <translation>O título do topo diz “{title}”, com “…” substituído pelo que você digitar aqui. O WhatsApp permite {max} caracteres para o título inteiro, o que deixa {room} para este valor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code “{text}”:</source>
        <translation>Código “{text}”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link “{text}”:</source>
        <translation>Link “{text}”:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of the button “{text}”</source>
        <translation>Código do botão “{text}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the link of the button “{text}”</source>
        <translation>Final do link do botão “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer copies this code with the button (up to {n} characters).</source>
        <translation>O cliente copia este código com o botão (até {n} caracteres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button “{text}” copies the code you type here; WhatsApp takes up to {n} characters.</source>
        <translation>O botão “{text}” copia o código que você digitar aqui; o WhatsApp aceita até {n} caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The button “{text}” opens {url}, with “…” replaced by what you type here.</source>
        <translation>O botão “{text}” abre {url}, com “…” trocado pelo que você digitar aqui.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>[Map: {place}]</source>
        <translation>[Mapa: {place}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given yet</source>
        <translation>ainda não informado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[{kind}: {name}]</source>
        <translation>[{kind}: {name}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen yet</source>
        <translation>ainda não escolhido</translation>
    </message>
    <message>
        <source>[Button “{text}”: copies {code}]</source>
        <translation type="vanished">[Botão “{text}”: copia {code}]</translation>
    </message>
    <message>
        <source>[Button “{text}”: {url}]</source>
        <translation type="vanished">[Botão “{text}”: {url}]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not allowed: {reason}</source>
        <translation>Não permitido: {reason}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This template shows a video at the top. Choose the video before sending ({rule}, MP4 or 3GP).</source>
        <translation>Este modelo mostra um vídeo no topo. Escolha o vídeo antes de enviar ({rule}, MP4 ou 3GP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template shows a document at the top. Choose the document before sending ({rule}: PDF, Word, Excel, PowerPoint or text).</source>
        <translation>Este modelo mostra um documento no topo. Escolha o documento antes de enviar ({rule}: PDF, Word, Excel, PowerPoint ou texto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template shows a picture at the top. Choose the picture before sending ({rule}, JPEG or PNG).</source>
        <translation>Este modelo mostra uma imagem no topo. Escolha a imagem antes de enviar ({rule}, JPEG ou PNG).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At the top: {name} ({size}).</source>
        <translation>No topo: {name} ({size}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another file…</source>
        <translation>Escolher outro arquivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not this file: {reason}</source>
        <translation>Este arquivo não: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file for the top of the template</source>
        <translation>Escolha o arquivo para o topo do modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reactions need a connection to WhatsApp; try again when Klaros is online.</source>
        <translation>Reações precisam de conexão com o WhatsApp; tente de novo quando o Klaros estiver on-line.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Queued in the outbox; it goes out when Klaros is back online.</source>
        <translation>Na fila da caixa de saída; será enviada quando o Klaros voltar a ficar on-line.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+23"/>
        <source>Not sent: {reason}</source>
        <translation>Não enviada: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not send: {error}</source>
        <translation>Não foi possível enviar: {error}</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <location line="-891"/>
        <source>Enter sends the message (Shift+Enter: new line)</source>
        <translation>Enter envia a mensagem (Shift+Enter: nova linha)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../klaros_desktop/services/setup/connection_check.py" line="+41"/>
        <source>The relay at {url} did not answer: {error}</source>
        <translation>O relay em {url} não respondeu: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new messages are waiting</source>
        <translation>há mensagens novas aguardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing is waiting</source>
        <translation>não há nada aguardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay at {url} answers and knows this device; {waiting}.</source>
        <translation>O relay em {url} responde e reconhece este dispositivo; {waiting}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta did not accept the connection: {error}</source>
        <translation>A Meta não aceitou a conexão: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta answers for {number} ({name}); quality rating {quality}.</source>
        <translation>A Meta responde por {number} ({name}); classificação de qualidade {quality}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number} ({name}).</source>
        <translation>A Meta responde por {number} ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number}; quality rating {quality}.</source>
        <translation>A Meta responde por {number}; classificação de qualidade {quality}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta answers for {number}.</source>
        <translation>A Meta responde por {number}.</translation>
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
        <translation>por uma palavra-chave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with a button</source>
        <translation>com um botão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported file</source>
        <translation>em um arquivo importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set by hand</source>
        <translation>marcado manualmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by Meta (they stopped marketing messages)</source>
        <translation>pela Meta (a pessoa parou de receber mensagens de marketing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>nas configurações do WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opted out of all messages {how} {when}</source>
        <translation>Descadastrou-se de todas as mensagens {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages {how} {when}</source>
        <translation>Parou de receber mensagens de marketing {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages {how} {when}</source>
        <translation>Aceitou todas as mensagens {how} {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages {how} {when}</source>
        <translation>Aceitou mensagens de marketing {how} {when}</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_dialog.py" line="+50"/>
        <source>Consent given or withdrawn</source>
        <translation>Consentimento dado ou retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages</source>
        <translation>Aceitou todas as mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages</source>
        <translation>Aceitou mensagens de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out of all messages</source>
        <translation>Descadastrou-se de todas as mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages</source>
        <translation>Parou de receber mensagens de marketing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day the consent was given</source>
        <translation>Dia em que o consentimento foi dado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Comprovante</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For example: signed form in the shop, kept in the folder</source>
        <translation>Por exemplo: formulário assinado na loja, guardado na pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record consent</source>
        <translation>Registrar consentimento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recorded, with its evidence, in the consent history.</source>
        <translation>Registrado, com o comprovante, no histórico de consentimento.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location line="+16"/>
        <source>Edit contact</source>
        <translation>Editar contato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>Novo contato</translation>
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
        <translation>Nome no WhatsApp: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+49 151 1234567</source>
        <translation>+55 11 91234-5678</translation>
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
        <translation>frequente, atacado (separadas por vírgula)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Dados</translation>
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
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add field</source>
        <translation>Adicionar campo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent history</source>
        <translation>Histórico de consentimento</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Comprovante: a mensagem “{text}”</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+100"/>
        <source>Evidence: {detail}</source>
        <translation>Comprovante: {detail}</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No opt-in or opt-out recorded. Customers who write STOP are opted out automatically; START opts them back in.</source>
        <translation>Nenhum consentimento ou descadastro registrado. Clientes que escrevem STOP são descadastrados automaticamente; START os cadastra de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>Consent history ({n})</source>
        <translation>Histórico de consentimento ({n})</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact…</source>
        <translation>Apagar contato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase contact</source>
        <translation>Apagar contato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete everything Klaros has on this person, keeping only a salted hash so they are never messaged again</source>
        <translation>Apagar tudo o que o Klaros tem sobre esta pessoa, guardando só um hash com salt para que ela nunca mais receba mensagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everything Klaros has on this person (they have no phone number, so nothing is kept)</source>
        <translation>Apagar tudo o que o Klaros tem sobre esta pessoa (ela não tem número de telefone, então nada é guardado)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No number: this contact cannot be messaged.</source>
        <translation>Sem número: este contato não pode receber mensagens.</translation>
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
        <translation>o contato {id} não existe mais</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give the contact a name or a phone number</source>
        <translation>dê ao contato um nome ou um número de telefone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} already belongs to {name}; open that contact instead</source>
        <translation>{number} já pertence a {name}; abra esse contato</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>this contact was deleted meanwhile</source>
        <translation>este contato foi excluído nesse meio-tempo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>say how the customer gave or withdrew consent (for example: signed form in the shop)</source>
        <translation>diga como o cliente deu ou retirou o consentimento (por exemplo: formulário assinado na loja)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date of the consent cannot be in the future</source>
        <translation>a data do consentimento não pode estar no futuro</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_panel.py" line="+35"/>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>lida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replied</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>não entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out</source>
        <translation>deixada de fora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held back</source>
        <translation>retida</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Contact details</source>
        <translation>Dados do contato</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>← Back to the chat</source>
        <translation>← Voltar à conversa</translation>
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
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a label…</source>
        <translation>Adicionar uma etiqueta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a label</source>
        <translation>Adicionar uma etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to remember about them</source>
        <translation>O que você quer lembrar sobre esta pessoa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent and its evidence</source>
        <translation>Consentimento e comprovante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last campaigns</source>
        <translation>Últimas campanhas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More details…</source>
        <translation>Mais detalhes…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No number</source>
        <translation>Sem número</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the label {name}</source>
        <translation>Remover a etiqueta {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No labels yet</source>
        <translation>Nenhuma etiqueta ainda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked yet. Customers who write STOP are opted out by themselves; “More details…” records a consent given in the shop.</source>
        <translation>Ainda não perguntado. Clientes que escrevem STOP são descadastrados sozinhos; “Mais detalhes…” registra um consentimento dado na loja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Comprovante: a mensagem “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: {detail}</source>
        <translation>Comprovante: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} earlier changes in “More details…”</source>
        <translation>{n} alterações anteriores em “Mais detalhes…”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in any campaign yet.</source>
        <translation>Ainda não está em nenhuma campanha.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: {reason}</source>
        <translation>Não salvo: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/contacts_page.py" line="+73"/>
        <source>Search contacts: name, number, tag or note…</source>
        <translation>Buscar: nome, número, etiqueta ou observação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Buscar contatos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag filter</source>
        <translation>Filtro por etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Novo contato</translation>
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
        <translation>Abrir conversa</translation>
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
        <translation>Apagar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected person on their request: messages, notes, media and consent history</source>
        <translation>Apagar a pessoa selecionada a pedido dela: mensagens, observações, mídias e histórico de consentimento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact</source>
        <translation>Apagar contato</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No contacts match. Clear the search or choose “All tags”.</source>
        <translation>Nenhum contato encontrado. Limpe a busca ou escolha “Todas as etiquetas”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts yet. Customers who write to you appear here by themselves; add one with “New contact”, or import a CSV or vCard file with “Import…” (or drop it here).</source>
        <translation>Nenhum contato ainda. Clientes que escrevem para você aparecem aqui sozinhos; adicione um com “Novo contato” ou importe um arquivo CSV ou vCard com “Importar…” (ou solte-o aqui).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact…</source>
        <translation>Apagar contato…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No conversation with this contact yet; start one with a template.</source>
        <translation>Nenhuma conversa com este contato ainda; comece uma com um modelo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export contacts</source>
        <translation>Exportar contatos</translation>
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
            <numerusform>%n contato gravado em {file}</numerusform>
            <numerusform>%n contatos gravados em {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {error}</source>
        <translation>A exportação falhou: {error}</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Permissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opted out</source>
        <translation>Recusou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No marketing</source>
        <translation>Sem ofertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opted in</source>
        <translation>Aceitou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>A perguntar</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-273"/>
        <source>{name}, {unread} unread: {preview}</source>
        <translation>{name}, {unread} não lidas: {preview}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {preview}</source>
        <translation>{name}: {preview}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(messages not sent: {n})</source>
        <translation>(mensagens não enviadas: {n})</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/country_picker.py" line="+47"/>
        <source>No default (numbers must start with +)</source>
        <translation>Sem país padrão (os números precisam começar com +)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a country, e.g. Germany or +49</source>
        <translation>Digite um país, ex.: Brasil ou +55</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/crash_dialog.py" line="+21"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation>Detalhes do erro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Copiar os detalhes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A copy is saved in %1.</source>
        <translation>Uma cópia foi salva em %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not be saved to a file.</source>
        <translation>Não foi possível salvar em um arquivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros ran into an unexpected problem. Your saved messages and contacts are not affected. If it keeps happening, copy the details and send them to your Klaros support; they contain no messages, phone numbers or passwords.</source>
        <translation>O Klaros encontrou um problema inesperado. Suas mensagens e seus contatos salvos não foram afetados. Se continuar acontecendo, copie os detalhes e envie ao suporte do Klaros; eles não contêm mensagens, números de telefone nem senhas.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>Aconteceu de novo %n vez desde então.</numerusform>
            <numerusform>Aconteceu de novo %n vezes desde então.</numerusform>
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
        <translation>Uma mensagem de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks of a message you sent</source>
        <translation>Status de uma mensagem que você enviou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News about a template</source>
        <translation>Novidade sobre um modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another WhatsApp update</source>
        <translation>Outra atualização do WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a WhatsApp update</source>
        <translation>Não é uma atualização do WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be opened</source>
        <translation>Não foi possível abrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was locked for another computer, or damaged on the way, so this PC cannot open it.</source>
        <translation>Estava trancada para outro computador ou foi danificada no caminho, então este PC não consegue abri-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It arrived damaged: it is not readable data.</source>
        <translation>Chegou danificada: não são dados legíveis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not in the form WhatsApp uses, so Klaros does not know what to do with it.</source>
        <translation>Não está no formato que o WhatsApp usa, então o Klaros não sabe o que fazer com ela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of it is in a form this version of Klaros cannot store. After an update, Try again may work.</source>
        <translation>Uma parte está em um formato que esta versão do Klaros não consegue guardar. Depois de uma atualização, “Tentar de novo” pode funcionar.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>It is no longer in the list.</source>
        <translation>Não está mais na lista.</translation>
    </message>
</context>
<context>
    <name>DeadLettersDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/dead_letters.py" line="+114"/>
        <location line="+18"/>
        <source>Messages Klaros could not read</source>
        <translation>Mensagens que o Klaros não conseguiu ler</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Klaros received these but could not add them to your chats</source>
        <translation>O Klaros recebeu estas mensagens, mas não conseguiu adicioná-las às suas conversas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They reached this PC, but something in them was not as Klaros expected. They are kept here, so nothing is lost. Export them to keep a copy or to show them to whoever helps you with Klaros. After an update of Klaros, Try again may add them to your chats.</source>
        <translation>Elas chegaram a este PC, mas algo nelas não estava como o Klaros esperava. Elas ficam guardadas aqui, então nada se perde. Exporte-as para guardar uma cópia ou para mostrar a quem ajuda você com o Klaros. Depois de uma atualização do Klaros, “Tentar de novo” pode adicioná-las às suas conversas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here: Klaros has added everything it received to your chats.</source>
        <translation>Nada aqui: o Klaros adicionou às suas conversas tudo o que recebeu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export them to a file</source>
        <translation>Exportar para um arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again to add the selected one to your chats</source>
        <translation>Tentar de novo adicionar a selecionada às suas conversas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected one for good</source>
        <translation>Excluir a selecionada para sempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This one was locked for another computer: trying again cannot open it.</source>
        <translation>Esta estava trancada para outro computador: tentar de novo não consegue abri-la.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export messages Klaros could not read</source>
        <translation>Exportar as mensagens que o Klaros não conseguiu ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (*.csv);;JSON lines (*.jsonl)</source>
        <translation>Planilha (*.csv);;Linhas JSON (*.jsonl)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {count} to {file}.</source>
        <translation>{count} salvas em {file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder.</source>
        <translation>O Klaros não conseguiu gravar em {folder}: {reason}. Escolha outro local, por exemplo a sua pasta Documentos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying again…</source>
        <translation>Tentando de novo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to your chats.</source>
        <translation>Adicionada às suas conversas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still not possible: {why}</source>
        <translation>Ainda não é possível: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klaros is busy right now, so nothing changed. Try again in a moment.</source>
        <translation>O Klaros está ocupado agora, então nada mudou. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove for good?</source>
        <translation>Remover para sempre?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this for good? Klaros keeps no other copy: export it first if you may need it.</source>
        <translation>Excluir para sempre? O Klaros não guarda outra cópia: exporte antes se puder precisar dela.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed.</source>
        <translation>Removida.</translation>
    </message>
</context>
<context>
    <name>DeadLettersEntry</name>
    <message>
        <location line="-230"/>
        <source>Messages Klaros could not read…</source>
        <translation>Mensagens que o Klaros não conseguiu ler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages and updates that reached this PC but could not be added to your chats</source>
        <translation>Mensagens e atualizações que chegaram a este PC, mas não puderam ser adicionadas às suas conversas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages Klaros could not read</source>
        <translation>Mensagens que o Klaros não conseguiu ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ Messages Klaros could not read: {count}</source>
        <translation>⚠ Mensagens que o Klaros não conseguiu ler: {count}</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="+106"/>
        <source>Drop a contacts file here</source>
        <translation>Solte aqui um arquivo de contatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a .csv or .vcf file here, or choose one</source>
        <translation>Solte aqui um arquivo .csv ou .vcf, ou escolha um</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/emoji_picker.py" line="+13"/>
        <source>Smileys</source>
        <translation>Carinhas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gestures</source>
        <translation>Gestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearts and symbols</source>
        <translation>Corações e símbolos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Loja</translation>
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
        <translation>este contato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERASE</source>
        <translation>APAGAR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact</source>
        <translation>Apagar contato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase {name} from Klaros?</source>
        <translation>Apagar {name} do Klaros?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone number</source>
        <translation>Sem número de telefone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from this PC for good:</source>
        <translation>Excluído deste PC para sempre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every message with them, sent and received, and the conversation</source>
        <translation>todas as mensagens com esta pessoa, enviadas e recebidas, e a conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their contact details: name, tags, notes and custom fields</source>
        <translation>os dados de contato: nome, etiquetas, observações e campos personalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photos, voice notes and files in those messages</source>
        <translation>as fotos, mensagens de voz e arquivos dessas mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their consent history (opt-ins and opt-outs)</source>
        <translation>o histórico de consentimento (consentimentos e descadastros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their number wherever the audit trail and the log files mention it</source>
        <translation>o número, onde quer que o registro de auditoria e os arquivos de log o mencionem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their WhatsApp user ID wherever the audit trail and the log files mention it</source>
        <translation>o ID de usuário do WhatsApp, onde quer que o registro de auditoria e os arquivos de log o mencionem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their number</source>
        <translation>backups automáticos do banco de dados que ainda contêm o número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their user ID</source>
        <translation>backups automáticos do banco de dados que ainda contêm o ID de usuário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: a salted hash of the number, which cannot be turned back into it. It makes Klaros refuse to message or import this number again.</source>
        <translation>O que fica: um hash com salt do número, que não pode ser convertido de volta nele. Ele faz o Klaros se recusar a enviar mensagens para este número ou importá-lo de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: nothing. They have no phone number, so there is nothing to keep them from being messaged if they write again.</source>
        <translation>O que fica: nada. A pessoa não tem número de telefone, então nada impede que ela receba mensagens se escrever de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not affected: the chat on their phone, and the copies Meta keeps under its own rules.</source>
        <translation>Não é afetado: a conversa no celular da pessoa e as cópias que a Meta guarda segundo as próprias regras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type the last 4 digits of {name}’s number:</source>
        <translation>Isso não pode ser desfeito. Para confirmar, digite os 4 últimos dígitos do número de {name}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type {word}:</source>
        <translation>Isso não pode ser desfeito. Para confirmar, digite {word}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 digits of the number</source>
        <translation>4 últimos dígitos do número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation word</source>
        <translation>Palavra de confirmação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasing</source>
        <translation>Apagando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasure state</source>
        <translation>Andamento da exclusão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase {name}</source>
        <translation>Apagar {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {name} for good</source>
        <translation>Apagar {name} para sempre</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Erasing {name}…</source>
        <translation>Apagando {name}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The erasure did not finish: {reason}. Try again; if it keeps failing, close Klaros and use “klaros erase --contact”.</source>
        <translation>A exclusão não terminou: {reason}. Tente de novo; se continuar falhando, feche o Klaros e use “klaros erase --contact”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contact erased</source>
        <translation>Contato apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is erased from Klaros.</source>
        <translation>{name} foi apagado do Klaros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not everything could be done:</source>
        <translation>Nem tudo pôde ser feito:</translation>
    </message>
</context>
<context>
    <name>EraseEverythingDialog</name>
    <message>
        <location line="+31"/>
        <source>ERASE</source>
        <translation>APAGAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything on this PC</source>
        <translation>Apagar tudo neste PC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase everything Klaros keeps on this PC?</source>
        <translation>Apagar tudo o que o Klaros guarda neste PC?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes the folder {folder} with everything in it that Klaros made: the database (every contact, conversation, message, template, consent record and the audit trail), its automatic backups, the log files and the downloaded photos and files.</source>
        <translation>Isso exclui a pasta {folder} com tudo o que o Klaros criou nela: o banco de dados (cada contato, conversa, mensagem, modelo, registro de consentimento e o registro de auditoria), os backups automáticos, os arquivos de log e as fotos e arquivos baixados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It also removes the Meta access token, the relay token and this PC’s key from {keyring}.</source>
        <translation>Também remove o token de acesso da Meta, o token do relay e a chave deste PC, guardados em: {keyring}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Want a copy first? Cancel and use File → Export all data…</source>
        <translation>Quer uma cópia antes? Cancele e use Arquivo → Exportar todos os dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted by this, because they are not on this PC:</source>
        <translation>Não é excluído por isto, porque não está neste PC:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta keeps your WhatsApp Business account, its phone number and templates. To delete them, open WhatsApp Manager in Meta Business Suite and delete the phone number or the account.</source>
        <translation>A Meta mantém a sua conta do WhatsApp Business, o número de telefone e os modelos. Para excluí-los, abra o Gerenciador do WhatsApp no Meta Business Suite e exclua o número de telefone ou a conta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay keeps this PC paired and holds messages not yet fetched (for 30 days at most). Ask whoever runs your relay to remove this device.</source>
        <translation>O relay mantém este PC pareado e guarda as mensagens ainda não buscadas (por no máximo 30 dias). Peça a quem administra o seu relay para remover este dispositivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone, and Klaros closes when it is done. To confirm, type {word}:</source>
        <translation>Isso não pode ser desfeito, e o Klaros fecha quando terminar. Para confirmar, digite {word}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation word</source>
        <translation>Palavra de confirmação</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasing everything on this PC…</source>
        <translation>Apagando tudo neste PC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing</source>
        <translation>Apagando</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was erased</source>
        <translation>O que foi apagado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything</source>
        <translation>Apagar tudo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC for good</source>
        <translation>Apagar tudo neste PC para sempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Klaros</source>
        <translation>Fechar o Klaros</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system’s password store</source>
        <translation>o cofre de senhas do sistema</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Everything is erased</source>
        <translation>Tudo foi apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} and the keyring entries of this profile are gone.</source>
        <translation>A pasta {folder} e as entradas deste perfil no cofre de senhas foram removidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left in place because Klaros did not make them: {files}. Delete them yourself if you do not need them.</source>
        <translation>Deixados no lugar porque não foram criados pelo Klaros: {files}. Exclua-os você mesmo se não precisar deles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The erasure is recorded, without any of the erased data, in {file}.</source>
        <translation>A exclusão fica registrada, sem nenhum dos dados apagados, em {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember Meta and the relay: they keep their own copies (see above).</source>
        <translation>Lembre-se da Meta e do relay: eles guardam as próprias cópias (veja acima).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The erasure did not finish</source>
        <translation>A exclusão não terminou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}.

Klaros closes now. Then delete the folder {folder} yourself, or start Klaros again and repeat the erasure.</source>
        <translation>{reason}.

O Klaros fecha agora. Depois, exclua você mesmo a pasta {folder} ou abra o Klaros de novo e repita a exclusão.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../klaros_desktop/services/privacy/erasure.py" line="+101"/>
        <source>No contact had this number; it is now suppressed so it is never messaged.</source>
        <translation>Nenhum contato tinha este número; agora ele está bloqueado para nunca receber mensagens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erased contacts: {contacts}; messages: {messages}; conversations: {conversations}; consent events: {consent_events}; media files: {media_files}.</source>
        <translation>Contatos apagados: {contacts}; mensagens: {messages}; conversas: {conversations}; eventos de consentimento: {consent_events}; arquivos de mídia: {media_files}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsent messages deleted from the outbox: {count}.</source>
        <translation>Mensagens não enviadas excluídas da caixa de saída: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entries scrubbed: {count}.</source>
        <translation>Entradas de auditoria limpas: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log files scrubbed: {count}.</source>
        <translation>Arquivos de log limpos: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database backups holding the number deleted: {count}.</source>
        <translation>Backups do banco de dados com o número excluídos: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They had no phone number, so nothing about them is kept.</source>
        <translation>A pessoa não tinha número de telefone, então nada sobre ela é guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is kept only as a salted hash.</source>
        <translation>O número é guardado apenas como hash com salt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sentence} {more}</source>
        <translation>{sentence} {more}</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This contact no longer exists.</source>
        <translation>Este contato não existe mais.</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>the database&apos;s write-ahead log (klaros.sqlite3-wal) could not be emptied: something else was reading the database. The erased data may remain in that file until Klaros starts again, which empties it</source>
        <translation>o log de gravação antecipada do banco de dados (klaros.sqlite3-wal) não pôde ser esvaziado: outro programa estava lendo o banco de dados. Os dados apagados podem continuar nesse arquivo até o Klaros iniciar de novo, o que o esvazia</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a media path outside the profile was ignored: {path}</source>
        <translation>um caminho de mídia fora do perfil foi ignorado: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a media file could not be deleted: {error}; Klaros tries again when it next starts</source>
        <translation>um arquivo de mídia não pôde ser excluído: {error}; o Klaros tenta de novo na próxima vez que iniciar</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the backup {name} could not be checked or deleted: {error}</source>
        <translation>o backup {name} não pôde ser verificado ou excluído: {error}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{folder} is not a Klaros profile (no {name} in it); nothing was erased</source>
        <translation>{folder} não é um perfil do Klaros (não há {name} nela); nada foi apagado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the password store did not let Klaros remove this profile&apos;s secrets ({error}), so nothing was erased. Unlock it (or sign in to your desktop session) and erase again</source>
        <translation>o cofre de senhas não deixou o Klaros remover os segredos deste perfil ({error}), então nada foi apagado. Desbloqueie-o (ou entre na sua sessão da área de trabalho) e apague de novo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/privacy.py" line="-474"/>
        <location line="+26"/>
        <source>Export all data</source>
        <translation>Exportar todos os dados</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Zip archive (*.zip)</source>
        <translation>Arquivo zip (*.zip)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exporting everything Klaros holds…</source>
        <translation>Exportando tudo o que o Klaros guarda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {file}</source>
        <translation>Gravando {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export in progress</source>
        <translation>Exportação em andamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This takes seconds for a small shop and a few minutes for years of chats with photos. You can keep working meanwhile.</source>
        <translation>Leva segundos para uma loja pequena e alguns minutos para anos de conversas com fotos. Você pode continuar trabalhando enquanto isso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export finished</source>
        <translation>Exportação concluída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the archive is</source>
        <translation>Onde está o arquivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each kind of record is a file of its own, readable by other programs; the contacts are also in it as a spreadsheet (CSV) and as address-book cards (vCard). README.md inside explains every field.</source>
        <translation>Cada tipo de registro é um arquivo próprio, que outros programas conseguem ler; os contatos também vão como planilha (CSV) e como cartões de agenda (vCard). O README.md dentro dele explica cada campo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export did not work</source>
        <translation>A exportação não funcionou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the export failed</source>
        <translation>Por que a exportação falhou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder holding the archive</source>
        <translation>Abrir a pasta que contém o arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An export cannot be stopped halfway; it ends by itself.</source>
        <translation>Uma exportação não pode ser interrompida no meio; ela termina sozinha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved as {file} ({size}).</source>
        <translation>Salvo como {file} ({size}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent records (opt-ins and opt-outs)</source>
        <translation>Registros de consentimento (consentimentos e descadastros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Modelos de mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail entries</source>
        <translation>Entradas do registro de auditoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, voice notes and files</source>
        <translation>Fotos, mensagens de voz e arquivos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder, and try again.</source>
        <translation>O Klaros não conseguiu gravar em {folder}: {reason}. Escolha outro local, por exemplo a sua pasta Documentos, e tente de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong while writing it: {reason}.</source>
        <translation>Algo deu errado ao gravar: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No half-written archive was left behind.</source>
        <translation>Nenhum arquivo gravado pela metade ficou para trás.</translation>
    </message>
</context>
<context>
    <name>FailedMessagesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+20"/>
        <location line="+10"/>
        <source>Messages not delivered</source>
        <translation>Mensagens não entregues</translation>
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
        <translation>Escrita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a message to open the chat.</source>
        <translation>Clique duas vezes em uma mensagem para abrir a conversa.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
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
        <translation>A resposta do WhatsApp apontava para outro servidor ({origin}), então o Klaros não enviou a sua chave de acesso para lá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/graph/errors.py" line="+134"/>
        <source>Try again later; if it keeps happening, send the log file to support.</source>
        <translation>Tente de novo mais tarde; se continuar acontecendo, envie o arquivo de log ao suporte.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/graph/errors.py" line="-115"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key.</source>
        <translation>O WhatsApp não aceita mais a chave de acesso do Klaros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the WhatsApp connection settings in Klaros and connect your account again.</source>
        <translation>Abra as configurações da conexão com o WhatsApp no Klaros e conecte a sua conta de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key (it is wrong or has expired).</source>
        <translation>O WhatsApp não aceita mais a chave de acesso do Klaros (ela está errada ou expirou).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the WhatsApp connection settings in Klaros and enter a new access token.</source>
        <translation>Abra as configurações da conexão com o WhatsApp no Klaros e informe um novo token de acesso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros talked to WhatsApp too often in a short time.</source>
        <translation>O Klaros falou com o WhatsApp vezes demais em pouco tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes; Klaros will try again.</source>
        <translation>Aguarde alguns minutos; o Klaros vai tentar de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your WhatsApp account reached Meta&apos;s request limit.</source>
        <translation>Sua conta do WhatsApp atingiu o limite de solicitações da Meta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then try again.</source>
        <translation>Aguarde alguns minutos e tente de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp did not understand part of the message.</source>
        <translation>O WhatsApp não entendeu parte da mensagem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the message (phone number, attachment, template) and try again; if it keeps happening, send the log file to support.</source>
        <translation>Confira a mensagem (número de telefone, anexo, modelo) e tente de novo; se continuar acontecendo, envie o arquivo de log ao suporte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are sending messages faster than WhatsApp allows for your number.</source>
        <translation>Você está enviando mensagens mais rápido do que o WhatsApp permite para o seu número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros slows down and sends the rest automatically.</source>
        <translation>Nada a fazer: o Klaros diminui o ritmo e envia o resto automaticamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong at WhatsApp.</source>
        <translation>Algo deu errado no WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment.</source>
        <translation>Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp is temporarily unavailable.</source>
        <translation>O WhatsApp está temporariamente indisponível.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message could not be delivered. The number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Não foi possível entregar a mensagem. O número pode não usar WhatsApp, ou o app do cliente está desatualizado demais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the number with the customer or reach them another way.</source>
        <translation>Confirme o número com o cliente ou entre em contato de outra forma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 24 hours have passed since this customer last wrote to you, so WhatsApp only allows an approved template message.</source>
        <translation>Passaram mais de 24 horas desde que este cliente escreveu para você pela última vez, então o WhatsApp só permite uma mensagem de modelo aprovado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a template (for example a short &quot;Do you have a minute?&quot; message); once the customer answers you can write freely again.</source>
        <translation>Envie um modelo (por exemplo uma mensagem curta como &quot;Você tem um minutinho?&quot;); quando o cliente responder, você pode voltar a escrever livremente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp held back this marketing message because the customer already got many.</source>
        <translation>O WhatsApp segurou esta mensagem de marketing porque o cliente já recebeu muitas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send again today; try another day.</source>
        <translation>Não envie de novo hoje; tente outro dia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has stopped marketing messages from your shop in WhatsApp.</source>
        <translation>Este cliente parou de receber no WhatsApp as mensagens de marketing da sua loja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send them offers. Service messages and replies to their questions still work.</source>
        <translation>Não envie ofertas para ele. Mensagens de serviço e respostas às perguntas dele continuam funcionando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>O WhatsApp não aceita este tipo de mensagem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it as text or a picture instead.</source>
        <translation>Envie como texto ou imagem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s file could not be downloaded.</source>
        <translation>Não foi possível baixar o arquivo do cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer to send it again.</source>
        <translation>Peça ao cliente para enviar de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attachment could not be sent (it is missing, too large or of a type WhatsApp refuses).</source>
        <translation>Não foi possível enviar o anexo (ele não existe mais, é grande demais ou é de um tipo que o WhatsApp recusa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file (pictures up to 5 MB, videos and audio up to 16 MB) and attach it again.</source>
        <translation>Confira o arquivo (imagens até 5 MB, vídeos e áudios até 16 MB) e anexe de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You sent this customer many messages in a few seconds.</source>
        <translation>Você enviou muitas mensagens para este cliente em poucos segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros waits a little and sends the message.</source>
        <translation>Nada a fazer: o Klaros espera um pouco e envia a mensagem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A value in the message is not allowed (for example a button title that is too long).</source>
        <translation>Um valor da mensagem não é permitido (por exemplo, o título de um botão longo demais).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten or correct the highlighted field and send again.</source>
        <translation>Encurte ou corrija o campo destacado e envie de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something the message needs is missing.</source>
        <translation>Falta algo de que a mensagem precisa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every field and send again.</source>
        <translation>Preencha todos os campos e envie de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template needs a different number of fill-in values than were given.</source>
        <translation>O modelo precisa de uma quantidade de valores diferente da informada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every placeholder of the template, then send again.</source>
        <translation>Preencha todos os campos variáveis do modelo e envie de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template does not exist in that language or is not approved yet.</source>
        <translation>Este modelo não existe nesse idioma ou ainda não foi aprovado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an approved template (Templates page) or wait until Meta approves it.</source>
        <translation>Escolha um modelo aprovado (página Modelos) ou espere a Meta aprová-lo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fill-in value makes the template&apos;s text longer than WhatsApp allows (the title at the top may have 60 characters with its value).</source>
        <translation>Um valor deixa o texto do modelo maior do que o WhatsApp permite (o título do topo pode ter 60 caracteres com o valor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the value and send again.</source>
        <translation>Encurte o valor e envie novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fill-in value does not match what the template expects (for example text instead of a picture).</source>
        <translation>Um valor não corresponde ao que o modelo espera (por exemplo, texto em vez de uma imagem).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the template&apos;s fields and send again.</source>
        <translation>Confira os campos do modelo e envie de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta paused this template because customers reacted badly to it.</source>
        <translation>A Meta pausou este modelo porque os clientes reagiram mal a ele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another template, or edit this one and submit it again.</source>
        <translation>Use outro modelo ou edite este e envie-o de novo para análise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta switched this template off because it was paused too often.</source>
        <translation>A Meta desativou este modelo porque ele foi pausado vezes demais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new template.</source>
        <translation>Crie um novo modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is your shop&apos;s own WhatsApp number.</source>
        <translation>Este é o próprio número de WhatsApp da sua loja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message to the customer&apos;s number instead.</source>
        <translation>Envie a mensagem para o número do cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta limited your sending because too many customers blocked or reported your messages.</source>
        <translation>A Meta limitou seus envios porque clientes demais bloquearam ou denunciaram suas mensagens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only to customers who asked for your messages, and send fewer for a while.</source>
        <translation>Envie só para clientes que pediram suas mensagens, e envie menos por um tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s access key lacks the permission for this.</source>
        <translation>A chave de acesso do Klaros não tem permissão para isso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the access token the WhatsApp permissions in Meta&apos;s business settings, then connect your account again.</source>
        <translation>Dê ao token de acesso as permissões do WhatsApp nas configurações do negócio da Meta e conecte a sua conta de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token may not use this WhatsApp account: a permission or the account itself is missing from its system user.</source>
        <translation>O token de acesso não pode usar esta conta do WhatsApp: falta uma permissão ou a própria conta no usuário do sistema dele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Meta Business Suite, open Settings → System users, assign your WhatsApp account to the system user, then generate a new token with the permissions whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation>No Meta Business Suite, abra Configurações → Usuários do sistema, atribua a sua conta do WhatsApp ao usuário do sistema e gere um novo token com as permissões whatsapp_business_messaging e whatsapp_business_management.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This phone number is not registered with the WhatsApp Cloud API yet.</source>
        <translation>Este número de telefone ainda não está registrado na API de Nuvem do WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In WhatsApp Manager, open Phone numbers and finish the number&apos;s registration (Meta sends a code by SMS or call), then connect again.</source>
        <translation>No Gerenciador do WhatsApp, abra Números de telefone e conclua o registro do número (a Meta envia um código por SMS ou ligação); depois conecte de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta blocked this account for a while because of a policy violation.</source>
        <translation>A Meta bloqueou esta conta por um tempo por causa de uma violação de política.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Meta&apos;s message about it in your Meta business account; sending works again when the block ends.</source>
        <translation>Leia a mensagem da Meta sobre isso na sua conta empresarial da Meta; os envios voltam a funcionar quando o bloqueio terminar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp refused the request.</source>
        <translation>O WhatsApp recusou o pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros could not reach WhatsApp.</source>
        <translation>O Klaros não conseguiu falar com o WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the internet connection; Klaros will try again.</source>
        <translation>Verifique a conexão com a internet; o Klaros vai tentar de novo.</translation>
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
        <translation>Não entregue: {reason} (erro da Meta {code})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Meta did not say why.</source>
        <translation>A Meta não disse por quê.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not delivered: {reason}</source>
        <translation>Não entregue: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not accept the template: {reason}</source>
        <translation>A Meta não aceitou o modelo: {reason}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>WhatsApp did not confirm this message: the connection broke or WhatsApp failed after it had been sent, so it may have reached the customer.</source>
        <translation>O WhatsApp não confirmou esta mensagem: a conexão caiu ou o WhatsApp falhou depois que ela foi enviada, então ela pode ter chegado ao cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros does not send it again by itself. Check with the customer (or wait for WhatsApp&apos;s delivery report) before sending it again.</source>
        <translation>O Klaros não a envia de novo sozinho. Confirme com o cliente (ou aguarde o aviso de entrega do WhatsApp) antes de enviar de novo.</translation>
    </message>
</context>
<context>
    <name>HeldBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/outbox_bubble.py" line="+64"/>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this message again</source>
        <translation>Enviar esta mensagem de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this message in the composer</source>
        <translation>Editar esta mensagem na caixa de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the text of this message</source>
        <translation>Copiar o texto desta mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Excluir esta mensagem</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template “{name}”</source>
        <translation>Modelo “{name}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Not sent · {time}</source>
        <translation>⚠ Não enviada · {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message not sent: {text}. {reason}</source>
        <translation>Mensagem não enviada: {text}. {reason}</translation>
    </message>
</context>
<context>
    <name>HoursAndBudgetTab</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_extras.py" line="+38"/>
        <source>Business hours and automatic replies</source>
        <translation>Horário de atendimento e respostas automáticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set your opening hours for each weekday. Klaros can greet a customer who writes for the first time and answer outside your hours, only inside WhatsApp&apos;s 24-hour window.</source>
        <translation>Defina o seu horário de funcionamento para cada dia da semana. O Klaros pode cumprimentar um cliente que escreve pela primeira vez e responder fora do seu horário, sempre dentro da janela de 24 horas do WhatsApp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business hours and automatic replies…</source>
        <translation>Horário de atendimento e respostas automáticas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly budget</source>
        <translation>Orçamento mensal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you plan to spend on WhatsApp messages each month. Analytics shows the month&apos;s charges against it, and a campaign that would go over it warns you first.</source>
        <translation>Quanto você pretende gastar por mês com mensagens do WhatsApp. Os relatórios comparam as cobranças do mês com esse valor, e uma campanha que passaria dele avisa você antes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 150</source>
        <translation>ex.: 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Valor do orçamento mensal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget currency</source>
        <translation>Moeda do orçamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Salvar orçamento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send marketing campaigns through Meta&apos;s Marketing Messages API</source>
        <translation>Enviar as campanhas de marketing pela Marketing Messages API da Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta delivers marketing templates sent this way with its own optimisation and bills them as “marketing lite”. Accept Meta&apos;s terms for it in WhatsApp Manager first. Other messages are not affected.</source>
        <translation>A Meta entrega os modelos de marketing enviados assim com a própria otimização e os cobra como “marketing lite”. Aceite antes os termos da Meta para isso no Gerenciador do WhatsApp. As outras mensagens não são afetadas.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Marketing campaigns now go through the Marketing Messages API.</source>
        <translation>As campanhas de marketing agora passam pela Marketing Messages API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing campaigns now go through the usual messages API.</source>
        <translation>As campanhas de marketing agora passam pela API de mensagens de sempre.</translation>
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
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This picture cannot be shown.</source>
        <translation>Esta imagem não pode ser exibida.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/contacts_import.py" line="+73"/>
        <source>this number was erased on request; it is not imported again</source>
        <translation>este número foi apagado a pedido; ele não é importado de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number was erased while the import started; import the file again</source>
        <translation>um número foi apagado enquanto a importação começava; importe o arquivo de novo</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>consent value {value!r} not understood (use yes, no or opt-out)</source>
        <translation>valor de consentimento {value!r} não entendido (use yes, no ou opt-out)</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>--map applies to CSV files; vCard fields are read by their names</source>
        <translation>--map vale para arquivos CSV; os campos de vCard são lidos pelos nomes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown region {region!r}; use a two-letter country code such as DE, FR or ES</source>
        <translation>região desconhecida {region!r}; use um código de país de duas letras, como BR, PT ou US</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/csv_reader.py" line="+227"/>
        <source>--map {option!r}: write it as FIELD=COLUMN, e.g. --map phone=Handynummer</source>
        <translation>--map {option!r}: escreva como CAMPO=COLUNA, ex.: --map phone=Celular</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--map {option!r}: unknown field {name!r}; fields are {fields}, or custom.NAME for a custom field</source>
        <translation>--map {option!r}: campo desconhecido {name!r}; os campos são {fields}, ou custom.NOME para um campo personalizado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--map names the column {name!r}, which is not in the file; its columns are: {columns}</source>
        <translation>--map indica a coluna {name!r}, que não está no arquivo; as colunas dele são: {columns}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the file has no header row (expected column names such as Name and Phone)</source>
        <translation>o arquivo não tem linha de cabeçalho (esperados nomes de coluna como Nome e Telefone)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone number column found; the columns are {columns}. Name the right one with --map phone=COLUMN</source>
        <translation>nenhuma coluna de telefone encontrada; as colunas são {columns}. Indique a certa com --map phone=COLUNA</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unreadable CSV: {error}</source>
        <translation>CSV ilegível: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {line} holds bytes that are not valid {encoding} text</source>
        <translation>a linha {line} contém bytes que não são texto {encoding} válido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted value on line {line} is never closed, so the rest of the file (to line {end}) was read into it</source>
        <translation>um valor entre aspas na linha {line} nunca é fechado, então o resto do arquivo (até a linha {end}) foi lido dentro dele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted value is not closed: the row runs on to line {end} with {values} values for {columns} columns</source>
        <translation>um valor entre aspas não está fechado: a linha continua até a linha {end} com {values} valores para {columns} colunas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the row has {values} values but the header has {columns} columns (is there an unquoted delimiter in a value?)</source>
        <translation>a linha tem {values} valores, mas o cabeçalho tem {columns} colunas (há um separador sem aspas dentro de um valor?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the row cannot be read: {error}</source>
        <translation>a linha não pode ser lida: {error}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/records.py" line="+67"/>
        <location line="+9"/>
        <source>nested too deeply</source>
        <translation>aninhado profundo demais</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>not JSON: {error}</source>
        <translation>não é JSON: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the custom fields cannot be read ({problem})</source>
        <translation>os campos personalizados não podem ser lidos ({problem})</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+23"/>
        <source>cannot read {path}: {error}</source>
        <translation>não é possível ler {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than {limit}, the most Klaros imports at once; split it into smaller files, or export only the contacts you need</source>
        <translation>o arquivo é maior que {limit}, o máximo que o Klaros importa de uma vez; divida-o em arquivos menores ou exporte só os contatos de que você precisa</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is not valid {encoding} text (bad bytes at byte offset {offset}); {fix}</source>
        <translation>o arquivo não é texto {encoding} válido (bytes inválidos na posição {offset}); {fix}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown encoding {encoding!r}; use one of {encodings}</source>
        <translation>codificação desconhecida {encoding!r}; use uma destas: {encodings}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file holds binary data (NUL bytes), so it is not a CSV or vCard text file; export the contacts from the other program as CSV or vCard</source>
        <translation>o arquivo contém dados binários (bytes NUL), então não é um arquivo de texto CSV ou vCard; exporte os contatos do outro programa como CSV ou vCard</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/vcard_reader.py" line="+84"/>
        <source>the card has no END:VCARD before the next BEGIN:VCARD</source>
        <translation>o cartão não tem END:VCARD antes do próximo BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>o cartão não tem END:VCARD (o arquivo termina dentro dele)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not a readable vCard at line {line}: {error}</source>
        <translation>vCard ilegível na linha {line}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not a readable vCard: {error}</source>
        <translation>vCard ilegível: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>o arquivo não contém nenhum vCard (nenhuma linha BEGIN:VCARD)</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Tags / labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a Google Contacts export</source>
        <translation>uma exportação do Google Contatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Outlook export</source>
        <translation>uma exportação do Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Klaros export</source>
        <translation>uma exportação do Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WhatsApp Business app export</source>
        <translation>uma exportação do app WhatsApp Business</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+94"/>
        <source>Import contacts</source>
        <translation>Importar contatos</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column for {field}</source>
        <translation>Coluna para {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Prévia das primeiras linhas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Andamento da importação</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it was skipped</source>
        <translation>Por que foi ignorada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped rows</source>
        <translation>Linhas ignoradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save error report…</source>
        <translation>Salvar relatório de erros…</translation>
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
        <translation>Contatos (*.csv *.vcf *.vcard *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be imported: {error}</source>
        <translation>Este arquivo não pode ser importado: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vCard file (contacts from a phone or an address book). The first contacts are shown below.</source>
        <translation>Um arquivo vCard (contatos de um celular ou de uma agenda). Os primeiros contatos aparecem abaixo.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A spreadsheet (CSV) with %n columns</source>
        <translation>
            <numerusform>Uma planilha (CSV) com %n coluna</numerusform>
            <numerusform>Uma planilha (CSV) com %n colunas</numerusform>
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
        <translation>Confira abaixo qual coluna contém o quê; mude uma se o Klaros errou.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✗ {number} (not a valid number; skipped)</source>
        <translation>✗ {number} (número inválido; ignorado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no number (skipped)</source>
        <translation>✗ sem número (ignorado)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected: {cols}</source>
        <translation>Detectado: {cols}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this file)</source>
        <translation>(não está neste arquivo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {name}… {n} rows read</source>
        <translation>Importando {name}… {n} linhas lidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{imported} imported, {merged} merged with existing contacts, {skipped} skipped ({rows} rows read).</source>
        <translation>{imported} importados, {merged} unidos a contatos existentes, {skipped} ignorados ({rows} linhas lidas).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {error}</source>
        <translation>Nada foi importado: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save error report</source>
        <translation>Salvar relatório de erros</translation>
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
        <translation>Todas as conversas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Não lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open</source>
        <translation>Janela aberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Arquivadas</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Search chats</source>
        <translation>Buscar conversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Buscar conversas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation filter</source>
        <translation>Filtro de conversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to a contact (Ctrl+N)</source>
        <translation>Escrever para um contato (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+272"/>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Messages that match the search</source>
        <translation>Mensagens que correspondem à busca</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contact info</source>
        <translation>Dados do contato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the contact beside the chat</source>
        <translation>Mostrar ou ocultar o contato ao lado da conversa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conversation open</source>
        <translation>Nenhuma conversa aberta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a conversation on the left.
New messages appear here by themselves.</source>
        <translation>Escolha uma conversa à esquerda.
As mensagens novas aparecem aqui sozinhas.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No chats match. Clear the search or choose “All chats”.</source>
        <translation>Nenhuma conversa encontrada. Limpe a busca ou escolha “Todas as conversas”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet. When a customer writes to your WhatsApp Business number, the chat appears here by itself.</source>
        <translation>Nenhuma conversa ainda. Quando um cliente escrever para o seu número do WhatsApp Business, a conversa aparece aqui sozinha.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag: {name}</source>
        <translation>Etiqueta: {name}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Messages ({n})</source>
        <translation>Mensagens ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages (the newest 50)</source>
        <translation>Mensagens (as 50 mais recentes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chat name or number matches</source>
        <translation>Nenhum nome de conversa ou número corresponde</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Forward to…</source>
        <translation>Encaminhar para…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open chat</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as read</source>
        <translation>Marcar como lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as unread</source>
        <translation>Marcar como não lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpin chat</source>
        <translation>Desafixar conversa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin chat</source>
        <translation>Fixar conversa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn notifications on</source>
        <translation>Ativar notificações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute notifications</source>
        <translation>Silenciar notificações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take out of the archive</source>
        <translation>Desarquivar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive chat</source>
        <translation>Arquivar conversa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details…</source>
        <translation>Dados do contato…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chat archived. “Archived” in the filter shows it.</source>
        <translation>Conversa arquivada. “Arquivadas” no filtro mostra a conversa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat taken out of the archive.</source>
        <translation>Conversa desarquivada.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Opted out · cannot be messaged</source>
        <translation>Descadastrado · sem mensagens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24-hour window open · {left} left</source>
        <translation>Janela de 24 h aberta · faltam {left}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open · {left} left</source>
        <translation>Janela aberta · faltam {left}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has not written yet · templates only</source>
        <translation>Ainda não escreveu · só modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24-hour window closed · templates only</source>
        <translation>Janela de 24 h fechada · só modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window closed · templates only</source>
        <translation>Janela fechada · só modelos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message text copied.</source>
        <translation>Texto da mensagem copiado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template cannot be edited here: send it again, or delete it and choose the template anew.</source>
        <translation>Um modelo não pode ser editado aqui: envie de novo ou exclua e escolha o modelo outra vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file cannot be edited here: send it again, or delete it and attach it anew.</source>
        <translation>Um arquivo não pode ser editado aqui: envie de novo ou exclua e anexe outra vez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete message?</source>
        <translation>Excluir mensagem?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this unsent message? Its text cannot be brought back.</source>
        <translation>Excluir esta mensagem não enviada? O texto dela não pode ser recuperado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message goes out when Klaros is back online.</source>
        <translation>A mensagem será enviada quando o Klaros voltar a ficar on-line.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 24-hour window is closed, so this text cannot go as a free message; the composer offers the approved templates. Copy the text if you need it.</source>
        <translation>A janela de 24 horas está fechada, então este texto não pode ir como mensagem livre; a caixa de texto oferece os modelos aprovados. Copie o texto se precisar dele.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A queued message to {number} was not sent: {reason}</source>
        <translation>Uma mensagem na fila para {number} não foi enviada: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A queued message could not go out yet; Klaros tries again by itself.</source>
        <translation>Uma mensagem na fila ainda não pôde ser enviada; o Klaros tenta de novo sozinho.</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/jump_dialog.py" line="+21"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a contact</source>
        <translation>Ir para um contato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or number…</source>
        <translation>Nome ou número…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to jump to</source>
        <translation>Contato para onde ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching contacts</source>
        <translation>Contatos correspondentes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter opens the chat; someone you have not written to yet gets a new one.</source>
        <translation>Enter abre a conversa; quem ainda não tem conversa com você ganha uma nova.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody by that name or number. Add them under Contacts first.</source>
        <translation>Ninguém com esse nome ou número. Adicione a pessoa antes em Contatos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or a phone number.</source>
        <translation>Digite um nome ou um número de telefone.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="-23"/>
        <source>no keyring service was found</source>
        <translation>nenhum serviço de cofre de senhas foi encontrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is switched off (null backend)</source>
        <translation>o cofre de senhas está desativado (backend nulo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it would store secrets as plain text</source>
        <translation>ele guardaria os segredos como texto simples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring backend {backend} is not one of the system&apos;s password stores, and it may keep secrets as plain text</source>
        <translation>o backend de cofre de senhas {backend} não é um dos cofres de senhas do sistema e pode guardar segredos como texto simples</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the configured keyring is Klaros&apos;s plain-text test keyring, which is only for tests (they set KLAROS_ALLOW_INSECURE_KEYRING=1)</source>
        <translation>o cofre de senhas configurado é o cofre de teste em texto simples do Klaros, que serve só para testes (eles definem KLAROS_ALLOW_INSECURE_KEYRING=1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure: Klaros keeps its access token and device keys in a test keyring as plain text, because KLAROS_ALLOW_INSECURE_KEYRING=1 is set. This is for tests only; never use it for a real shop.</source>
        <translation>Não é seguro: o Klaros guarda o seu token de acesso e as chaves do dispositivo em um cofre de teste como texto simples, porque KLAROS_ALLOW_INSECURE_KEYRING=1 está definido. Isso é só para testes; nunca use em uma loja de verdade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros keeps your Meta access token and device keys only in the system&apos;s secure password store (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: {reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet, then {retry}.</source>
        <translation>O Klaros guarda o seu token de acesso da Meta e as chaves do dispositivo apenas no cofre de senhas seguro do sistema (Gerenciador de Credenciais do Windows, Chaves do macOS ou Secret Service no Linux), e nenhum deles pode ser usado aqui: {reason}. O Klaros não vai guardá-los como texto simples. No Linux, instale e desbloqueie um provedor de Secret Service, como o GNOME Keyring ou o KWallet, e depois {retry}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME Keyring / KWallet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS Keychain</source>
        <translation>Chaves do macOS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KDE Wallet (KWallet)</source>
        <translation>KDE Wallet (KWallet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s test keyring (not secure, for tests only)</source>
        <translation>cofre de teste do Klaros (não seguro, só para testes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo&apos;s memory (nothing is saved)</source>
        <translation>a memória da demonstração (nada é salvo)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>in {name}</source>
        <translation>no cofre de senhas “{name}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <source>the keyring refused access ({error})</source>
        <translation>o cofre de senhas negou o acesso ({error})</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the keyring did not give back what was stored</source>
        <translation>o cofre de senhas não devolveu o que foi guardado</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/guidance.py" line="+48"/>
        <source>Windows keeps the keys in its Credential Manager, which comes with Windows. Sign in to Windows with your own user account (not a guest or a restricted session), then click “Try again”.</source>
        <translation>O Windows guarda as chaves no Gerenciador de Credenciais, que já vem com o Windows. Entre no Windows com a sua própria conta de usuário (não como convidado nem em uma sessão restrita) e clique em “Tentar de novo”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>macOS keeps the keys in your login keychain. Open the Keychain Access app, unlock the “login” keychain with your Mac password, then click “Try again”.</source>
        <translation>O macOS guarda as chaves nas suas chaves de início de sessão. Abra o app Acesso às Chaves, desbloqueie as chaves “início de sessão” com a senha do seu Mac e clique em “Tentar de novo”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install KDE Wallet: open a terminal and run “sudo apt install kwalletmanager” (Debian, Ubuntu) or “sudo dnf install kwalletmanager” (Fedora). Log out and back in, then click “Try again”.</source>
        <translation>Instale o KDE Wallet: abra um terminal e execute “sudo apt install kwalletmanager” (Debian, Ubuntu) ou “sudo dnf install kwalletmanager” (Fedora). Saia da sessão e entre de novo, depois clique em “Tentar de novo”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install GNOME Keyring: open a terminal and run “sudo apt install gnome-keyring” (Debian, Ubuntu) or “sudo dnf install gnome-keyring” (Fedora). Log out and back in so that it starts and unlocks with your login, then click “Try again”.</source>
        <translation>Instale o GNOME Keyring: abra um terminal e execute “sudo apt install gnome-keyring” (Debian, Ubuntu) ou “sudo dnf install gnome-keyring” (Fedora). Saia da sessão e entre de novo para que ele inicie e seja desbloqueado com o seu login, depois clique em “Tentar de novo”.</translation>
    </message>
</context>
<context>
    <name>KeyringPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-352"/>
        <source>Welcome to Klaros</source>
        <translation>Boas-vindas ao Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three short steps connect Klaros to your shop&apos;s WhatsApp Business number.</source>
        <translation>Três passos rápidos conectam o Klaros ao número do WhatsApp Business da sua loja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you need, or why Klaros cannot continue yet</source>
        <translation>O que você precisa, ou por que o Klaros ainda não pode continuar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to install</source>
        <translation>O que instalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>You need:
  1. the address of your Klaros relay, and a pairing code or your e-mail address,
  2. your WhatsApp Business account in Meta&apos;s Business Suite (we show you where to click),
  3. five minutes in Meta&apos;s App Dashboard to send your messages to the relay.

Your access key is kept only in this computer&apos;s secure password store ({where}).</source>
        <translation>Você vai precisar:
  1. do endereço do seu relay do Klaros e de um código de pareamento ou do seu e-mail,
  2. da sua conta do WhatsApp Business no Meta Business Suite (mostramos onde clicar),
  3. de cinco minutos no Painel de Apps da Meta para enviar suas mensagens ao relay.

Sua chave de acesso fica guardada apenas no cofre de senhas seguro deste computador ({where}).</translation>
    </message>
</context>
<context>
    <name>KeyringWarning</name>
    <message>
        <location filename="../../klaros_desktop/ui/keyring_warning.py" line="+43"/>
        <source>Security warning</source>
        <translation>Aviso de segurança</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../klaros_desktop/ui/main_window.py" line="+116"/>
        <location line="+408"/>
        <source>{app} — WhatsApp Business CRM</source>
        <translation>{app} — CRM para WhatsApp Business</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Klaros main window</source>
        <translation>Janela principal do Klaros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections</source>
        <translation>Seções</translation>
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
        <translation>Contatos</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+264"/>
        <source>Analytics</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Sync state</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contatos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exportar contatos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;all data…</source>
        <translation>Exportar &amp;todos os dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Klaros holds in one zip file: contacts, chats, consent, templates, audit trail and media</source>
        <translation>Tudo o que o Klaros guarda em um arquivo zip: contatos, conversas, consentimentos, modelos, registro de auditoria e mídias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase everything on this PC…</source>
        <translation>Apagar tudo neste PC…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Greeting and away messages…</source>
        <translation>Mensagens de &amp;saudação e de ausência…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up connection…</source>
        <translation>Configurar co&amp;nexão…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir para</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Jump to contact…</source>
        <translation>Ir para o contato…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New chat…</source>
        <translation>Nova conversa…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Hours, budget and campaigns</source>
        <translation>Horário, orçamento e campanhas</translation>
    </message>
    <message>
        <source>Hours and budget</source>
        <translation type="vanished">Horário e orçamento</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Inbox, {n} unread chats</source>
        <translation>Chats, {n} não lidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app}: {n} unread chats</source>
        <translation>{app}: {n} conversas não lidas</translation>
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
            <numerusform>%n nova mensagem do WhatsApp</numerusform>
            <numerusform>%n novas mensagens do WhatsApp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros campaigns</source>
        <translation>Campanhas do Klaros</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Messages still waiting</source>
        <translation>Ainda há mensagens aguardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message is still waiting to be sent.</source>
        <translation>1 mensagem ainda aguarda envio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages are still waiting to be sent.</source>
        <translation>{n} mensagens ainda aguardam envio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you quit now, they are kept and go out the next time you open Klaros, if the customer&apos;s 24-hour window is still open then.</source>
        <translation>Se você sair agora, elas ficam guardadas e são enviadas na próxima vez que você abrir o Klaros, se a janela de 24 horas do cliente ainda estiver aberta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit anyway</source>
        <translation>Sair mesmo assim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Klaros open</source>
        <translation>Manter o Klaros aberto</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="-76"/>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="+90"/>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
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
        <translation>A Meta não tem mais este arquivo ({thing}): o Klaros ficou sem conexão por mais de 7 dias. Peça ao cliente para enviar de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta no longer has this {thing}. Ask the customer to send it again.</source>
        <translation>A Meta não tem mais este arquivo ({thing}). Peça ao cliente para enviar de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {thing} was refused: the file that arrived is not the one the customer sent (it was damaged or changed on the way). Ask the customer to send it again.</source>
        <translation>Este arquivo ({thing}) foi recusado: o arquivo que chegou não é o que o cliente enviou (foi danificado ou alterado no caminho). Peça ao cliente para enviar de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {thing} is larger than WhatsApp allows, so Klaros did not keep it.</source>
        <translation>Este arquivo ({thing}) é maior do que o WhatsApp permite, então o Klaros não o guardou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not download this {thing} after several tries. It tries again when Klaros next starts.</source>
        <translation>O Klaros não conseguiu baixar este arquivo ({thing}) depois de várias tentativas. Ele tenta de novo na próxima vez que o Klaros iniciar.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="-40"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voice message</source>
        <translation>mensagem de voz</translation>
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
        <translation>figurinha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp takes photos up to 5 MB</source>
        <translation>O WhatsApp aceita fotos de até 5 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes voice messages and audio up to 16 MB</source>
        <translation>O WhatsApp aceita mensagens de voz e áudios de até 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes videos up to 16 MB</source>
        <translation>O WhatsApp aceita vídeos de até 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes documents up to 100 MB</source>
        <translation>O WhatsApp aceita documentos de até 100 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes stickers up to 500 KB (100 KB if not animated)</source>
        <translation>O WhatsApp aceita figurinhas de até 500 KB (100 KB se não forem animadas)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{name}” is empty.</source>
        <translation>“{name}” está vazio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp does not take this kind of file (“{name}”). It takes photos (JPEG, PNG), videos (MP4, 3GP), audio (MP3, M4A, OGG, AAC, AMR), stickers (WebP) and documents (PDF, Word, Excel, PowerPoint, text).</source>
        <translation>O WhatsApp não aceita este tipo de arquivo (“{name}”). Ele aceita fotos (JPEG, PNG), vídeos (MP4, 3GP), áudios (MP3, M4A, OGG, AAC, AMR), figurinhas (WebP) e documentos (PDF, Word, Excel, PowerPoint, texto).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is {size}, too large: {rule}.</source>
        <translation>“{name}” tem {size}, grande demais: {rule}.</translation>
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
        <translation>Salvar como…</translation>
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
        <translation>Você</translation>
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
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type Klaros cannot show yet</source>
        <translation>Tipo de mensagem que o Klaros ainda não consegue mostrar</translation>
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
        <translation>Passo 2: sua conta do WhatsApp Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros sends through Meta&apos;s official WhatsApp Cloud API with your own account.</source>
        <translation>O Klaros envia pela API de Nuvem do WhatsApp, a oficial da Meta, com a sua própria conta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros needs your number&apos;s two IDs and a permanent access key (a “system user token”) to send messages in your shop&apos;s name. Meta shows the IDs in the App Dashboard under WhatsApp → API Setup.</source>
        <translation>O Klaros precisa dos dois IDs do seu número e de uma chave de acesso permanente (um “token de usuário do sistema”) para enviar mensagens em nome da sua loja. A Meta mostra os IDs no Painel de Apps em WhatsApp → Configuração da API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open API Setup (IDs)</source>
        <translation>Abrir Configuração da API (IDs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open System users (token)</source>
        <translation>Abrir Usuários do sistema (token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me how…</source>
        <translation>Mostre-me como…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number ID</source>
        <translation>ID do número de telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>WhatsApp Business account ID</source>
        <translation>ID da conta do WhatsApp Business</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAAG… (paste the whole token)</source>
        <translation>EAAG… (cole o token inteiro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta app secret</source>
        <translation>Chave secreta do app da Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App settings → Basic → App secret</source>
        <translation>Configurações do app → Básico → Chave secreta do app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta server</source>
        <translation>Servidor da Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave empty for https://graph.facebook.com</source>
        <translation>deixe vazio para https://graph.facebook.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create my shop and connect</source>
        <translation>Criar minha loja e conectar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>phone number ID</source>
        <translation>ID do número de telefone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the access token.</source>
        <translation>Informe o token de acesso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the Meta app secret (App Dashboard → App settings → Basic).</source>
        <translation>Informe a chave secreta do app da Meta (Painel de Apps → Configurações do app → Básico).</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../klaros_desktop/ui/navigation.py" line="+189"/>
        <source>Show a notice when a message arrives</source>
        <translation>Mostrar um aviso quando chegar uma mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound with it</source>
        <translation>Tocar um som junto</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/outbox.py" line="+94"/>
        <source>Not sent: the 24-hour window had closed by the time Klaros was back online. Send an approved template instead.</source>
        <translation>Não enviada: a janela de 24 horas já tinha fechado quando o Klaros voltou a ficar on-line. Envie um modelo aprovado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer opted out of messages before Klaros was back online.</source>
        <translation>Não enviada: o cliente se descadastrou das mensagens antes de o Klaros voltar a ficar on-line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number belongs to a person whose data was erased.</source>
        <translation>Não enviada: este número pertence a uma pessoa cujos dados foram apagados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the contact has no phone number.</source>
        <translation>Não enviada: o contato não tem número de telefone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not confirm this message (the connection broke or WhatsApp failed while it was being sent), so it may have reached the customer. Check with them before sending it again.</source>
        <translation>O WhatsApp não confirmou esta mensagem (a conexão caiu ou o WhatsApp falhou enquanto ela era enviada), então ela pode ter chegado ao cliente. Confirme com ele antes de enviar de novo.</translation>
    </message>
    <message>
        <source>The connection broke while this was being sent, so it may have reached the customer. Check with them before sending it again.</source>
        <translation type="vanished">A conexão caiu enquanto esta mensagem era enviada, então ela pode ter chegado ao cliente. Confirme com ele antes de enviar de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the contact&apos;s number cannot receive WhatsApp messages.</source>
        <translation>Não enviada: o número do contato não pode receber mensagens do WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: Meta no longer has this template (it was deleted while Klaros was offline).</source>
        <translation>Não enviada: a Meta não tem mais este modelo (ele foi excluído enquanto o Klaros estava off-line).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: Meta no longer approves this template (it was paused or disabled while Klaros was offline).</source>
        <translation>Não enviada: a Meta não aprova mais este modelo (ele foi pausado ou desativado enquanto o Klaros estava off-line).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer stopped marketing messages before Klaros was back online.</source>
        <translation>Não enviada: o cliente se descadastrou das mensagens de marketing antes de o Klaros voltar a ficar on-line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number must not receive marketing messages.</source>
        <translation>Não enviada: este número não pode receber mensagens de marketing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Not sent: the template changed while Klaros was offline and the values filled in no longer fit it. Delete this message and choose the template again.</source>
        <translation>Não enviada: o modelo mudou enquanto o Klaros estava off-line e os valores preenchidos não combinam mais com ele. Exclua esta mensagem e escolha o modelo outra vez.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not sent: {error}</source>
        <translation>Não enviada: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent ({code}).</source>
        <translation>Não enviada ({code}).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the message is empty</source>
        <translation>a mensagem está vazia</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="-10"/>
        <source>no phone number</source>
        <translation>sem número de telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is not a phone number</source>
        <translation>{number!r} não é um número de telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is too short to be a phone number</source>
        <translation>{number!r} é curto demais para ser um número de telefone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number!r} is too long to be a phone number</source>
        <translation>{number!r} é longo demais para ser um número de telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} has an unknown country code</source>
        <translation>{number!r} tem um código de país desconhecido</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>{number!r} has no country code; write it with + or {fix}</source>
        <translation>{number!r} não tem código de país; escreva com + ou {fix}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number!r} is not a valid phone number in {region}</source>
        <translation>{number!r} não é um número de telefone válido em {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number!r} is not a valid phone number</source>
        <translation>{number!r} não é um número de telefone válido</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../klaros_desktop/ui/place_fields.py" line="+40"/>
        <source>e.g. 52.5292</source>
        <translation>ex.: 52.5292</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude of the place</source>
        <translation>Latitude do local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 13.4012</source>
        <translation>ex.: 13.4012</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude of the place</source>
        <translation>Longitude do local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. your shop&apos;s name</source>
        <translation>ex.: o nome da sua loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the place</source>
        <translation>Nome do local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street, postcode and town</source>
        <translation>Rua, CEP e cidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the place</source>
        <translation>Endereço do local</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/policy.py" line="+136"/>
        <source>{who} has no phone number to send to.</source>
        <translation>{who} não tem número de telefone para onde enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number belongs to a person whose data was erased; Klaros will not message it again.</source>
        <translation>Este número pertence a uma pessoa cujos dados foram apagados; o Klaros não vai enviar mensagens para ele de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} opted out of all messages on {when} ({source}); they can write START to opt back in.</source>
        <translation>{who} descadastrou-se de todas as mensagens em {when} ({source}); a pessoa pode escrever START para se cadastrar de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>O modelo {name!r} ({language}) não é conhecido; atualize os modelos da Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>O modelo {name!r} ({language}) está {status}, não aprovado pela Meta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number must not receive marketing messages.</source>
        <translation>Este número não pode receber mensagens de marketing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} stopped marketing messages on {when}; only service and utility messages may be sent.</source>
        <translation>{who} parou de receber mensagens de marketing em {when}; só podem ser enviadas mensagens de serviço e de utilidade.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} has never written to you; start with an approved template.</source>
        <translation>{who} nunca escreveu para você; comece com um modelo aprovado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed at {closed} ({who} last wrote {last}); send an approved template.</source>
        <translation>A janela de 24 horas fechou em {closed} ({who} escreveu pela última vez {last}); envie um modelo aprovado.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../klaros_desktop/services/pricing/forecast.py" line="+304"/>
        <source>No rate card covers {day}, so the cost cannot be forecast. Import Meta&apos;s rate card with &apos;klaros rates import&apos;.</source>
        <translation>Nenhuma tabela de preços cobre {day}, então o custo não pode ser previsto. Importe a tabela de preços da Meta com &apos;klaros rates import&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost forecast: {total} for {charged} charged message(s), {free} free (Meta&apos;s rates as of {as_of}, platform fee only).</source>
        <translation>Previsão de custo: {total} para {charged} mensagem(ns) cobrada(s), {free} grátis (tarifas da Meta de {as_of}, só a tarifa da plataforma).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By country: {split}.</source>
        <translation>Por país: {split}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate is not known for {count} recipient(s) ({countries}); the total leaves them out. Import Meta&apos;s current rate card with &apos;klaros rates import&apos;.</source>
        <translation>A tarifa não é conhecida para {count} destinatário(s) ({countries}); o total os deixa de fora. Importe a tabela de preços atual da Meta com &apos;klaros rates import&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit ({outside} of {limit} customers a day outside their 24-hour window).</source>
        <translation>Usa {share} do seu limite de mensagens ({outside} de {limit} clientes por dia fora da janela de 24 horas deles).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your messaging limit is not known here yet; {outside} recipient(s) count towards it.</source>
        <translation>O seu limite de mensagens ainda não é conhecido aqui; {outside} destinatário(s) contam para ele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>free: they came from your ad or Page button and the free entry point window is open</source>
        <translation>grátis: vieram do seu anúncio ou do botão da sua Página e a janela do ponto de entrada gratuito está aberta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free: they wrote in the last 24 hours</source>
        <translation>grátis: escreveram nas últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the rate card has no rate for {country} on {day}</source>
        <translation>preço desconhecido: a tabela de preços não tem tarifa para {country} em {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the number&apos;s country is not known</source>
        <translation>preço desconhecido: o país do número não é conhecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: no rate card covers {day}</source>
        <translation>preço desconhecido: nenhuma tabela de preços cobre {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: Meta charged per conversation on {day}</source>
        <translation>preço desconhecido: a Meta cobrava por conversa em {day}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Price of this message: {amount} ({category}, {market}, Meta&apos;s rates as of {as_of}).</source>
        <translation>Preço desta mensagem: {amount} ({category}, {market}, tarifas da Meta de {as_of}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price of this message: {reason}.</source>
        <translation>Preço desta mensagem: {reason}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/pricing/rates_csv.py" line="+138"/>
        <source>This file is not Meta&apos;s rate card: no header row with Market and Currency was found.</source>
        <translation>Este arquivo não é a tabela de preços da Meta: não foi encontrada uma linha de cabeçalho com Market e Currency.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{currency!r} is not a currency.</source>
        <translation>{currency!r} não é uma moeda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency {currency} differs from the file&apos;s {first}; one file holds one currency.</source>
        <translation>A moeda {currency} é diferente da moeda do arquivo, {first}; um arquivo contém uma só moeda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file is not Meta&apos;s rate card: it has no Marketing, Utility or Authentication column.</source>
        <translation>Este arquivo não é a tabela de preços da Meta: ele não tem coluna Marketing, Utility ou Authentication.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has rates but no market.</source>
        <translation>A linha tem tarifas, mas nenhum mercado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>{market}: the row has {count} cells, the header {expected}.</source>
        <translation>{market}: a linha tem {count} células, o cabeçalho {expected}.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{market} is in the file twice; the first row is kept.</source>
        <translation>{market} aparece duas vezes no arquivo; a primeira linha é mantida.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{market}: {value!r} under {column} is not a rate.</source>
        <translation>{market}: {value!r} em {column} não é uma tarifa.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The row has tiers but no market.</source>
        <translation>A linha tem faixas, mas nenhum mercado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{market}: {value!r} is not a number of messages or a rate.</source>
        <translation>{market}: {value!r} não é um número de mensagens nem uma tarifa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file&apos;s text could not be read.</source>
        <translation>O texto do arquivo não pôde ser lido.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The file could not be read: {error}</source>
        <translation>Não foi possível ler o arquivo: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No usable rate was found in the file{detail}; nothing was imported.</source>
        <translation>Nenhuma tarifa utilizável foi encontrada no arquivo{detail}; nada foi importado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volume tiers go with a rate card: import Meta&apos;s rates in {currency} for {day} first, then these tiers for the same date.</source>
        <translation>As faixas de volume acompanham uma tabela de preços: importe primeiro as tarifas da Meta em {currency} para {day} e depois estas faixas para a mesma data.</translation>
    </message>
</context>
<context>
    <name>QuickReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/quick_replies.py" line="+25"/>
        <source>a quick reply needs a shortcut word, such as &apos;hours&apos;</source>
        <translation>uma resposta rápida precisa de uma palavra de atalho, como &apos;horario&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the quick reply /{shortcut} has no text</source>
        <translation>a resposta rápida /{shortcut} não tem texto</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../../klaros_desktop/relay_client/client.py" line="+118"/>
        <source>The relay at {url} did not answer in time.</source>
        <translation>O relay em {url} não respondeu a tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the relay at {url} ({error}); check the address and your internet connection.</source>
        <translation>Não é possível alcançar o relay em {url} ({error}); confira o endereço e a sua conexão com a internet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay did not accept this device (code wrong, used or expired, or the device was removed): {error}</source>
        <translation>O relay não aceitou este dispositivo (código errado, já usado ou expirado, ou o dispositivo foi removido): {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay asks this computer to wait {seconds} seconds before trying again (too many attempts at once).</source>
        <translation>O relay pede que este computador espere {seconds} segundos antes de tentar de novo (tentativas demais de uma vez).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay asks this computer to slow down (too many attempts at once); try again in a minute.</source>
        <translation>O relay pede que este computador vá mais devagar (tentativas demais de uma vez); tente de novo em um minuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay had a problem ({status}); Klaros will try again.</source>
        <translation>O relay teve um problema ({status}); o Klaros vai tentar de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay refused the request ({status}): {error}</source>
        <translation>O relay recusou o pedido ({status}): {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+45"/>
        <source>The relay&apos;s pairing answer is missing {field}; is this a Klaros relay?</source>
        <translation>Falta {field} na resposta de pareamento do relay; este é um relay do Klaros?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer is not paired with the relay, so it cannot open the files the relay keeps.</source>
        <translation>Este computador não está pareado com o relay, então não consegue abrir os arquivos que o relay guarda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The relay no longer has this file.</source>
        <translation>O relay não tem mais este arquivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not keep this file ({reason}).</source>
        <translation>O relay não conseguiu guardar este arquivo ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not fetch this file from WhatsApp yet ({reason}) and will try again later.</source>
        <translation>O relay ainda não conseguiu buscar este arquivo no WhatsApp ({reason}) e vai tentar de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay is still fetching this file from WhatsApp; Klaros will try again.</source>
        <translation>O relay ainda está buscando este arquivo no WhatsApp; o Klaros vai tentar de novo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The relay&apos;s answer about a file is incomplete; is this a Klaros relay?</source>
        <translation>A resposta do relay sobre um arquivo está incompleta; este é um relay do Klaros?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The relay refused the file&apos;s download link ({status}); Klaros will ask for a new one.</source>
        <translation>O relay recusou o link de download do arquivo ({status}); o Klaros vai pedir um novo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The download of a file from the relay broke off ({error}); Klaros will try again.</source>
        <translation>O download de um arquivo do relay foi interrompido ({error}); o Klaros vai tentar de novo.</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-154"/>
        <source>Pair this PC</source>
        <translation>Parear este PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: your Klaros relay</source>
        <translation>Passo 1: o seu relay do Klaros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay keeps your shop&apos;s WhatsApp messages safe while this computer is off.</source>
        <translation>O relay guarda com segurança as mensagens de WhatsApp da sua loja enquanto este computador está desligado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta delivers your customers&apos; messages to the relay; this computer fetches them from there, sealed so that only your own computers can read them.</source>
        <translation>A Meta entrega as mensagens dos seus clientes ao relay; este computador as busca lá, lacradas para que só os seus próprios computadores possam lê-las.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Endereço do relay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a pairing code</source>
        <translation>Tenho um código de pareamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my shop on this relay</source>
        <translation>Criar minha loja neste relay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairing code</source>
        <translation>Código de pareamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From whoever runs your relay, or from Settings → “Pair another PC” on a computer of your shop that is already set up.</source>
        <translation>De quem administra o seu relay, ou de Configurações → “Parear outro PC” em um computador da sua loja que já esteja configurado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your e-mail address</source>
        <translation>Seu e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me a code</source>
        <translation>Enviar um código para mim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code from the e-mail</source>
        <translation>Código do e-mail</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the pairing code.</source>
        <translation>Informe o código de pareamento.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="-478"/>
        <source>Start the campaign later</source>
        <translation>Começar a campanha mais tarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klaros starts the campaign at this time (the shop&apos;s time zone) if it is open then, or as soon as it is opened afterwards, and tells you so.</source>
        <translation>O Klaros começa a campanha neste horário (fuso horário da loja) se estiver aberto nessa hora, ou assim que for aberto depois, e avisa você.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../klaros_desktop/ui/i18n.py" line="+40"/>
        <source>set the default country in Settings</source>
        <translation>defina o país padrão em Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again from the other program as UTF-8 and import that file</source>
        <translation>salve de novo no outro programa como UTF-8 e importe esse arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair it with “Set up connection…” in the File menu</source>
        <translation>pareie com “Configurar conexão…” no menu Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect it with “Set up connection…” in the File menu</source>
        <translation>conecte com “Configurar conexão…” no menu Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start Klaros again</source>
        <translation>abra o Klaros de novo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_dialog.py" line="+61"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your shop</source>
        <translation>Sua loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Quick replies</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Your data</source>
        <translation>Seus dados</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not set up yet</source>
        <translation>Ainda não configurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect: no secure password store on this computer</source>
        <translation>Não é possível conectar: não há um cofre de senhas seguro neste computador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected right now (Klaros keeps trying)</source>
        <translation>Sem conexão no momento (o Klaros continua tentando)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up yet</source>
        <translation>ainda não configurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the relay and Meta now whether they answer</source>
        <translation>Perguntar agora ao relay e à Meta se eles respondem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up again…</source>
        <translation>Configurar de novo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another PC for this shop</source>
        <translation>Outro PC para esta loja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a one-time code here, then type it into Klaros on the other PC (set-up, step 1: “I have a pairing code”). The code works once, for one hour.</source>
        <translation>Crie aqui um código de uso único e digite-o no Klaros do outro PC (configuração, passo 1: “Tenho um código de pareamento”). O código funciona uma vez, por uma hora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair another PC</source>
        <translation>Parear outro PC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Advanced: show the technical details</source>
        <translation>Avançado: mostrar os detalhes técnicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Endereço do relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s device id</source>
        <translation>ID de dispositivo deste PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation>ID do número de telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp Business account ID</source>
        <translation>ID da conta do WhatsApp Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta server</source>
        <translation>Servidor da Meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in {name}</source>
        <translation>Guardado em: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access key</source>
        <translation>Chave de acesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Default country</source>
        <translation>País padrão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for numbers typed without + (a customer&apos;s 0151 12345678).</source>
        <translation>Usado para números digitados sem + (o (11) 91234-5678 de um cliente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Like the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>Um novo idioma aparece a partir da próxima vez que o Klaros iniciar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell me about new messages while Klaros is in the background</source>
        <translation>Avisar sobre mensagens novas enquanto o Klaros está em segundo plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type / in the message box to insert one of these.</source>
        <translation>Digite / na caixa de mensagem para inserir uma destas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything Klaros knows stays on this PC.</source>
        <translation>Tudo o que o Klaros sabe fica neste PC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all data…</source>
        <translation>Exportar todos os dados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC…</source>
        <translation>Apagar tudo neste PC…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a country in the list; type part of its name and pick it from the list.</source>
        <translation>“{text}” não é um país da lista; digite parte do nome e escolha-o na lista.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
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
        <translation>Outro PC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type this code into Klaros on the other PC before {time}. It works once.</source>
        <translation>Digite este código no Klaros do outro PC antes de {time}. Ele funciona uma vez.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../klaros_desktop/demo/onboarding_shots.py" line="+46"/>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="+130"/>
        <source>We sent a six-digit code to {email}. It may take a minute; look in the spam folder too.</source>
        <translation>Enviamos um código de seis dígitos para {email}. Pode levar um minuto; confira também a pasta de spam.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/inputs.py" line="+28"/>
        <source>Enter the {what}.</source>
        <translation>Informe o {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {what} is a number of about 15 digits; “{text}” is not one. Copy it again from Meta&apos;s page.</source>
        <translation>O {what} é um número de cerca de 15 dígitos; “{text}” não é. Copie de novo da página da Meta.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/meta_connection.py" line="+20"/>
        <source>Meta does not know the phone number ID {phone} or the WhatsApp Business account ID {waba}, or the token may not see them. Copy both again from the App Dashboard (WhatsApp → API Setup) and make sure the token&apos;s system user has the WhatsApp account assigned.</source>
        <translation>A Meta não conhece o ID do número de telefone {phone} ou o ID da conta do WhatsApp Business {waba}, ou o token não tem acesso a eles. Copie os dois de novo do Painel de Apps (WhatsApp → Configuração da API) e confirme que a conta do WhatsApp está atribuída ao usuário do sistema do token.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Connected to {number} ({name}); {count} templates loaded. The access token is kept {place}.</source>
        <translation>Conectado a {number} ({name}); {count} modelos carregados. O token de acesso fica guardado {place}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to {number}; {count} templates loaded. The access token is kept {place}.</source>
        <translation>Conectado a {number}; {count} modelos carregados. O token de acesso fica guardado {place}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="-91"/>
        <source>The relay address must start with https:// so that nobody on the way can read this computer&apos;s key. Ask whoever runs your relay for its https:// address.</source>
        <translation>O endereço do relay precisa começar com https:// para que ninguém no caminho possa ler a chave deste computador. Peça o endereço https:// a quem administra o seu relay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay address starts with https://, for example https://relay.example.com</source>
        <translation>O endereço do relay começa com https://, por exemplo https://relay.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The relay did not accept this pairing code: it is mistyped, was already used, or has expired (codes are valid for a limited time and only once). Ask whoever runs your relay for a new code, or, on a PC of your shop that is already set up, open Settings → “Pair another PC”.</source>
        <translation>O relay não aceitou este código de pareamento: ele foi digitado errado, já foi usado ou expirou (os códigos valem por tempo limitado e só uma vez). Peça um código novo a quem administra o seu relay ou, em um PC da sua loja que já esteja configurado, abra Configurações → “Parear outro PC”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paired as device {device} of shop {shop}. The device key and token are kept {place}.</source>
        <translation>Pareado como dispositivo {device} da loja {shop}. A chave e o token do dispositivo ficam guardados {place}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This relay does not let shops sign up by themselves. Ask whoever runs it for a pairing code, or choose another relay.</source>
        <translation>Este relay não deixa as lojas se cadastrarem sozinhas. Peça um código de pareamento a quem o administra ou escolha outro relay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail code is wrong or has expired (it works once, for 30 minutes, and five wrong tries end it). Ask for a new code and type the newest one.</source>
        <translation>O código do e-mail está errado ou expirou (ele funciona uma vez, por 30 minutos, e cinco tentativas erradas o invalidam). Peça um código novo e digite o mais recente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This WhatsApp Business account is already set up on this relay. Pair this PC with a code from a PC of your shop that is already set up (Settings → “Pair another PC”) instead.</source>
        <translation>Esta conta do WhatsApp Business já está configurada neste relay. Em vez disso, pareie este PC com um código de um PC da sua loja que já esteja configurado (Configurações → “Parear outro PC”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay could not send the e-mail right now. Try again in a minute.</source>
        <translation>O relay não conseguiu enviar o e-mail agora. Tente de novo em um minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your e-mail address, for example laden@example.com.</source>
        <translation>Informe o seu e-mail, por exemplo loja@example.com.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your shop is created on the relay and this PC is paired. The device key and token are kept {place}.</source>
        <translation>Sua loja foi criada no relay e este PC está pareado. A chave e o token do dispositivo ficam guardados {place}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/relay_media.py" line="+35"/>
        <source>Paste the Meta access token first.</source>
        <translation>Cole primeiro o token de acesso da Meta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The relay now keeps the photos, voice notes and documents your customers send until this computer has them, even if it is off for more than a week.</source>
        <translation>Agora o relay guarda as fotos, mensagens de voz e documentos que seus clientes enviam até este computador recebê-los, mesmo que ele fique desligado por mais de uma semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay no longer keeps your customers&apos; files; Klaros fetches them from WhatsApp, which keeps them for about 7 days.</source>
        <translation>O relay não guarda mais os arquivos dos seus clientes; o Klaros os busca no WhatsApp, que os guarda por cerca de 7 dias.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/webhook.py" line="+33"/>
        <source>Meta has not checked the address yet. In Meta&apos;s App Dashboard, open WhatsApp → Configuration, enter the callback URL and verify token shown here, click “Verify and save”, then test again.</source>
        <translation>A Meta ainda não verificou o endereço. No Painel de Apps da Meta, abra WhatsApp → Configuração, informe a URL de retorno de chamada e o token de verificação mostrados aqui, clique em “Verificar e salvar” e teste de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta checked the address {when}, but no message has arrived yet. Subscribe to the “messages” field on the same page, then send a WhatsApp message to your shop&apos;s number from any phone and test again.</source>
        <translation>A Meta verificou o endereço {when}, mas nenhuma mensagem chegou ainda. Assine o campo “messages” na mesma página, envie uma mensagem de WhatsApp para o número da sua loja de qualquer celular e teste de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything works: Meta checked the address {checked} and the last message arrived {arrived}.</source>
        <translation>Tudo funciona: a Meta verificou o endereço {checked} e a última mensagem chegou {arrived}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="-21"/>
        <source>This profile is not paired with a relay yet; {fix}.</source>
        <translation>Este perfil ainda não está pareado com um relay; {fix}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This profile is not connected to Meta yet; {fix}.</source>
        <translation>Este perfil ainda não está conectado à Meta; {fix}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+151"/>
        <source>Set up Klaros</source>
        <translation>Configurar o Klaros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
</context>
<context>
    <name>Sketch</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+27"/>
        <source>Business info</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>System users</source>
        <translation>Usuários do sistema</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp accounts</source>
        <translation>Contas do WhatsApp</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>business.facebook.com  ›  Settings</source>
        <translation>business.facebook.com  ›  Configurações</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No system users yet.</source>
        <translation>Nenhum usuário do sistema ainda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add</source>
        <translation>+ Adicionar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create system user</source>
        <translation>Criar usuário do sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Assign assets</source>
        <translation>Atribuir ativos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Apps: your app — Full control</source>
        <translation>Apps: seu app — Controle total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp accounts: your shop — Full control</source>
        <translation>Contas do WhatsApp: sua loja — Controle total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate new token</source>
        <translation>Gerar novo token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App: your app</source>
        <translation>App: seu app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: Never</source>
        <translation>Expira: Nunca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate token</source>
        <translation>Gerar token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your token</source>
        <translation>Seu token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meta shows it only once.</source>
        <translation>A Meta mostra o token só uma vez.</translation>
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
        <translation>Seu relay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WhatsApp Business account</source>
        <translation>Conta do WhatsApp Business</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check and finish</source>
        <translation>Conferir e concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {n} of 3: {name}</source>
        <translation>Passo {n} de 3: {name}</translation>
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
        <translation>O nome só pode ter letras minúsculas, números e sublinhados, por exemplo pedido_pronto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whether it is a marketing or a utility message.</source>
        <translation>Escolha se é uma mensagem de marketing ou de utilidade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the message text.</source>
        <translation>Escreva o texto da mensagem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message text is longer than {n} characters.</source>
        <translation>O texto da mensagem tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>This template names its values, such as {example}: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Este modelo dá nomes aos valores, como {example}: use letras minúsculas, números e sublinhados, começando com uma letra.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Number the values {numbers} in order.</source>
        <translation>Numere os valores {numbers} em ordem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta refuses a value at the very start or end of the text; put a word before and after it.</source>
        <translation>A Meta recusa um valor bem no início ou no fim do texto; coloque uma palavra antes e outra depois dele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example for each value, as a customer would read it (Meta&apos;s review looks at them).</source>
        <translation>Dê um exemplo para cada valor, como um cliente o leria (a análise da Meta olha os exemplos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header and footer may have at most {n} characters each.</source>
        <translation>O cabeçalho e o rodapé podem ter no máximo {n} caracteres cada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the picture, video or document shown at the top (Meta&apos;s review looks at it).</source>
        <translation>Escolha a imagem, o vídeo ou o documento mostrado no topo (a análise da Meta olha para ele).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {n} buttons of at most {chars} characters each.</source>
        <translation>No máximo {n} botões de no máximo {chars} caracteres cada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The header may hold one value at most.</source>
        <translation>O cabeçalho pode ter no máximo um valor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header&apos;s value is written {value}.</source>
        <translation>O valor do cabeçalho é escrito {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example for the header&apos;s value (Meta&apos;s review looks at it).</source>
        <translation>Dê um exemplo para o valor do cabeçalho (a análise da Meta olha para ele).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta allows a copy-code button only in marketing templates.</source>
        <translation>A Meta só permite um botão Copiar código em modelos de marketing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta allows one copy-code button per template.</source>
        <translation>A Meta permite um botão Copiar código por modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example code for the copy-code button, at most {n} characters (each customer gets their own when sending).</source>
        <translation>Dê um código de exemplo para o botão Copiar código, com até {n} caracteres (cada cliente recebe o seu no envio).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meta allows at most two link buttons and one call button.</source>
        <translation>A Meta permite no máximo dois botões de link e um botão de ligação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every link and call button a label.</source>
        <translation>Dê um rótulo a cada botão de link e de ligação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A link button needs a web address starting with https://, for example https://example.com/shop.</source>
        <translation>Um botão de link precisa de um endereço web que comece com https://, por exemplo https://example.com/loja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link may hold one value, {value}, and only at its very end.</source>
        <translation>Um link pode ter um só valor, {value}, e apenas no final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example of the whole link with its value filled in (Meta&apos;s review opens it).</source>
        <translation>Dê um exemplo do link completo com o valor preenchido (a análise da Meta o abre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call button needs a phone number with its country code, for example +49 30 1234567.</source>
        <translation>Um botão de ligação precisa de um número de telefone com o código do país, por exemplo +55 11 91234-5678.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meta takes a JPEG or PNG picture, an MP4 video or a PDF document here; this file is none of them.</source>
        <translation>Aqui a Meta aceita uma imagem JPEG ou PNG, um vídeo MP4 ou um documento PDF; este arquivo não é nenhum deles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>O arquivo não pode ser lido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty or larger than Meta allows ({mb} MB).</source>
        <translation>O arquivo está vazio ou é maior do que a Meta permite ({mb} MB).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+30"/>
        <source>Edit template</source>
        <translation>Editar modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order_ready</source>
        <translation>pedido_pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
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
        <translation>Utilidade: sobre um pedido, um agendamento, uma conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing: offers, news, invitations</source>
        <translation>Marketing: ofertas, novidades, convites</translation>
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
        <translation>No topo da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Imagem</translation>
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
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Optional, bold above the text</source>
        <translation>Opcional, em negrito acima do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to {n} characters; may hold one value, {value}, given when sending.</source>
        <translation>Até {n} caracteres; pode ter um valor, {value}, informado no envio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example for the header&apos;s value</source>
        <translation>Exemplo para o valor do cabeçalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation>Exemplo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit.</source>
        <translation>Olá {{1}}, seu pedido {{2}} está pronto para retirada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+28"/>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Optional, small under the text</source>
        <translation>Opcional, em letra pequena abaixo do texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick reply buttons</source>
        <translation>Botões de resposta rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, comma separated: Ja, Nein</source>
        <translation>Opcional, separados por vírgula: Sim, Não</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Link button</source>
        <translation>+ Botão de link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Call button</source>
        <translation>+ Botão de ligação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Copy-code button</source>
        <translation>+ Botão Copiar código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A button that copies a code, such as a coupon; marketing templates only.</source>
        <translation>Um botão que copia um código, como um cupom; só em modelos de marketing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply buttons</source>
        <translation>Botões de resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links, calls, codes</source>
        <translation>Links, ligações, códigos</translation>
    </message>
    <message>
        <source>Links, calls</source>
        <translation type="vanished">Links, ligações</translation>
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
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="vanished">Botões</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meta reviews the change again; until it approves it, the template cannot be sent. An approved template can be changed once a day and up to 10 times in 30 days, and keeps its category.</source>
        <translation>A Meta analisa a alteração de novo; até aprová-la, o modelo não pode ser enviado. Um modelo aprovado pode ser alterado uma vez por dia e até 10 vezes em 30 dias, e mantém a categoria.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer sees</source>
        <translation>O que o cliente vê</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Submit the change to Meta</source>
        <translation>Enviar a alteração para a Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit to Meta for review</source>
        <translation>Enviar para análise da Meta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name and language of a template cannot be changed</source>
        <translation>O nome e o idioma de um modelo não podem ser alterados</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Imagens (*.jpg *.jpeg *.png)</translation>
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
        <translation>Escolher o arquivo mostrado no topo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Example for {value}</source>
        <translation>Exemplo para {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A map; you give the place (name and address) each time you send.</source>
        <translation>Um mapa; você informa o local (nome e endereço) a cada envio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New file: {name}</source>
        <translation>Novo arquivo: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current file stays (Klaros sends it to Meta again).</source>
        <translation>O arquivo atual continua (o Klaros o envia de novo para a Meta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file Meta&apos;s review sees.</source>
        <translation>Escolha o arquivo que a análise da Meta vai ver.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>value {n}</source>
        <translation>valor {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for {name}</source>
        <translation>Exemplo para {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for value {n}</source>
        <translation>Exemplo para o valor {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not connected to Meta; set it up first (File → Set up connection…).</source>
        <translation>Não conectado à Meta; configure primeiro (Arquivo → Configurar conexão…).</translation>
    </message>
</context>
<context>
    <name>TemplateEdits</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_edits.py" line="+46"/>
        <source>Nothing has changed yet; change the text, a button or the category first.</source>
        <translation>Nada mudou ainda; altere primeiro o texto, um botão ou a categoria.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Meta is still reviewing this template; you can change it once the review is over.</source>
        <translation>A Meta ainda está analisando este modelo; você pode alterá-lo quando a análise terminar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta only lets you change approved, rejected or paused templates; this one is {status}.</source>
        <translation>A Meta só permite alterar modelos aprovados, rejeitados ou pausados; este está {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros does not know Meta&apos;s number for this template yet; press “Refresh from Meta” first.</source>
        <translation>O Klaros ainda não sabe o número que a Meta deu a este modelo; clique antes em “Atualizar da Meta”.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (a picture, video or document header, link or call buttons, named values or an authentication code); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Este modelo tem partes que o Klaros ainda não consegue editar (um cabeçalho com imagem, vídeo ou documento, botões de link ou de ligação, valores com nome ou um código de autenticação); altere-o no Gerenciador do WhatsApp da Meta.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (an authentication code, a value in the header, copy-code, form or catalogue buttons, a location or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Este modelo tem partes que o Klaros ainda não consegue editar (um código de autenticação, um valor no cabeçalho, botões de copiar código, formulário ou catálogo, uma localização ou cartões); altere-o no Gerenciador do WhatsApp da Meta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template has parts Klaros cannot edit (an authentication code, whose text Meta writes itself; form or catalogue buttons, which point at a form or catalogue set up in Meta&apos;s tools; or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation>Este modelo tem partes que o Klaros não consegue editar (um código de autenticação, cujo texto a Meta escreve; botões de formulário ou de catálogo, que apontam para um formulário ou catálogo configurado nas ferramentas da Meta; ou cartões); altere-o no WhatsApp Manager da Meta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meta lets you change an approved template once a day; you can change this one again after {when}.</source>
        <translation>A Meta permite alterar um modelo aprovado uma vez por dia; você pode alterar este de novo depois de {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta lets you change an approved template up to 10 times in 30 days; the next change is possible after {when}.</source>
        <translation>A Meta permite alterar um modelo aprovado até 10 vezes em 30 dias; a próxima alteração é possível depois de {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no template {name} in {language} here; refresh the templates from Meta first.</source>
        <translation>Não há nenhum modelo {name} em {language} aqui; atualize primeiro os modelos da Meta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name and language of a template cannot be changed; create a new template instead.</source>
        <translation>O nome e o idioma de um modelo não podem ser alterados; crie um novo modelo em vez disso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta does not let you change the category of an approved template; create a new template instead.</source>
        <translation>A Meta não permite alterar a categoria de um modelo aprovado; crie um novo modelo em vez disso.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+232"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
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
        <translation>A Meta considerou o conteúdo abusivo ou contrário às políticas de comércio e de negócios dela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format is not valid, for example variables not numbered {{1}}, {{2}}… in order, or a variable at the very start or end.</source>
        <translation>O formato não é válido, por exemplo variáveis que não estão numeradas {{1}}, {{2}}… em ordem, ou uma variável bem no início ou no fim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta found it too promotional for its rules (for example a giveaway or pushy wording).</source>
        <translation>A Meta considerou a mensagem promocional demais para as regras dela (por exemplo, um sorteio ou um tom insistente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The chosen category does not match what the message says.</source>
        <translation>A categoria escolhida não corresponde ao que a mensagem diz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta suspected the message of being a scam.</source>
        <translation>A Meta suspeitou que a mensagem fosse um golpe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta rates customers&apos; reactions to it as medium: some block or report it. Check that it is wanted and well timed.</source>
        <translation>A Meta avalia como média a reação dos clientes: alguns o bloqueiam ou denunciam. Verifique se ele é desejado e enviado na hora certa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta rates customers&apos; reactions to it as low: many block or report it. Meta may pause it; change the text or send it less often.</source>
        <translation>A Meta avalia como baixa a reação dos clientes: muitos o bloqueiam ou denunciam. A Meta pode pausá-lo; mude o texto ou envie-o com menos frequência.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Imagem</translation>
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
        <translation>Mapa: o local é informado no envio</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="-60"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+87"/>
        <source>Message templates</source>
        <translation>Modelos de mensagem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template details</source>
        <translation>Detalhes do modelo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template preview</source>
        <translation>Prévia do modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer sees</source>
        <translation>O que o cliente vê</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh from Meta</source>
        <translation>Atualizar da Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New template…</source>
        <translation>Novo modelo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected template&apos;s text or buttons; Meta reviews it again</source>
        <translation>Alterar o texto ou os botões do modelo selecionado; a Meta analisa de novo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No templates yet. Create them in Meta&apos;s WhatsApp Manager, then press “Refresh from Meta”.</source>
        <translation>Nenhum modelo ainda. Crie modelos no Gerenciador do WhatsApp da Meta e clique em “Atualizar da Meta”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} templates, {a} approved. Approvals from Meta appear here by themselves.</source>
        <translation>{n} modelos, {a} aprovados. As aprovações da Meta aparecem aqui sozinhas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet.</source>
        <translation>Nenhum modelo ainda.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Meta is reviewing it; the result appears here by itself.</source>
        <translation>A Meta está analisando; o resultado aparece aqui sozinho.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta will change this template&apos;s category from {old} to {new} {when}.</source>
        <translation>A Meta vai mudar a categoria deste modelo de {old} para {new} {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soon</source>
        <translation>em breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing messages cost more than utility messages, and they are charged even while the customer&apos;s 24-hour window is open.</source>
        <translation>Mensagens de marketing custam mais que mensagens de utilidade e são cobradas mesmo enquanto a janela de 24 horas do cliente está aberta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utility messages cost less than marketing messages, and they are free while the customer&apos;s 24-hour window is open.</source>
        <translation>Mensagens de utilidade custam menos que mensagens de marketing e são gratuitas enquanto a janela de 24 horas do cliente está aberta.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not connected to Meta; set it up in Settings first.</source>
        <translation>Não conectado à Meta; configure primeiro em Configurações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Meta for the templates…</source>
        <translation>Pedindo os modelos à Meta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>({n} received from Meta)</source>
        <translation>({n} recebidos da Meta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta did not answer: {error}</source>
        <translation>A Meta não respondeu: {error}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../klaros_desktop/ui/inbox.py" line="-895"/>
        <source>Conversation messages</source>
        <translation>Mensagens da conversa</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit before it goes</source>
        <translation>Editar antes de enviar</translation>
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
        <translation>Excluir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send as template instead</source>
        <translation>Enviar como modelo em vez disso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>React…</source>
        <translation>Reagir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward…</source>
        <translation>Encaminhar…</translation>
    </message>
</context>
<context>
    <name>TokenGuide</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+8"/>
        <source>How to create a permanent access token</source>
        <translation>Como criar um token de acesso permanente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Meta Business Suite, open Settings → System users and click “Add”.</source>
        <translation>No Meta Business Suite, abra Configurações → Usuários do sistema e clique em “Adicionar”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the system user (for example “klaros”), choose the role Admin and click “Create”.</source>
        <translation>Dê um nome ao usuário do sistema (por exemplo “klaros”), escolha a função Administrador e clique em “Criar”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Assign assets”: give it your app and your shop&apos;s WhatsApp account, each with full control.</source>
        <translation>Clique em “Atribuir ativos”: dê a ele o seu app e a conta do WhatsApp da sua loja, cada um com controle total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click “Generate new token”, choose your app, set the expiry to “Never”, and tick exactly these two permissions: {first} and {second}.</source>
        <translation>Clique em “Gerar novo token”, escolha o seu app, defina a validade como “Nunca” e marque exatamente estas duas permissões: {first} e {second}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the token and paste it into Klaros (Meta shows it only once; spaces and line breaks are fine).</source>
        <translation>Copie o token e cole no Klaros (a Meta mostra o token só uma vez; espaços e quebras de linha não atrapalham).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Open System users</source>
        <translation>Abrir Usuários do sistema</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Picture {n} of {total}</source>
        <translation>Imagem {n} de {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../klaros_desktop/ui/update_notice.py" line="+47"/>
        <source>Update download</source>
        <translation>Download da atualização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart to update</source>
        <translation>Reiniciar para atualizar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading Klaros %1 in the background. You can keep working.</source>
        <translation>Baixando o Klaros %1 em segundo plano. Você pode continuar trabalhando.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 is ready — restart to update. Your messages and contacts are kept.</source>
        <translation>A versão %1 está pronta — reinicie para atualizar. Suas mensagens e seus contatos são mantidos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klaros was updated to version %1.</source>
        <translation>O Klaros foi atualizado para a versão %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update to version %1 did not pass its check, so Klaros went back to version %2. Nothing was lost.</source>
        <translation>A atualização para a versão %1 não passou na verificação, então o Klaros voltou para a versão %2. Nada se perdeu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What&apos;s new in Klaros %1</source>
        <translation>Novidades do Klaros %1</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../klaros_desktop/updater.py" line="+53"/>
        <source>The update server&apos;s signed list of releases has expired, so Klaros did not trust it and keeps this version. Your Klaros supplier has to renew it.</source>
        <translation>A lista assinada de versões do servidor de atualização expirou, então o Klaros não confiou nela e mantém esta versão. O seu fornecedor do Klaros precisa renová-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The downloaded update does not match what the Klaros publisher signed, so it was thrown away. Klaros keeps this version and is safe to use.</source>
        <translation>A atualização baixada não corresponde ao que o editor do Klaros assinou, então ela foi descartada. O Klaros mantém esta versão, que continua segura para usar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update server&apos;s list of releases is not signed by the Klaros publisher, so Klaros did not trust it and keeps this version.</source>
        <translation>A lista de versões do servidor de atualização não está assinada pelo editor do Klaros, então o Klaros não confiou nela e mantém esta versão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros could not reach its update server. It will try again later.</source>
        <translation>O Klaros não conseguiu alcançar o servidor de atualização. Ele vai tentar de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not save the update on this computer (the disk may be full). It keeps this version.</source>
        <translation>O Klaros não conseguiu salvar a atualização neste computador (o disco pode estar cheio). Ele mantém esta versão.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="-1117"/>
        <source>Value of {variable}</source>
        <translation>Valor de {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Primeiro nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact field: {field}</source>
        <translation>Campo do contato: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text</source>
        <translation>Texto fixo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same text for everyone</source>
        <translation>O mesmo texto para todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text for {variable}</source>
        <translation>Texto fixo para {variable}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the contact has none, write…</source>
        <translation>Se o contato não tiver, escrever…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback for {variable}</source>
        <translation>Valor reserva para {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if empty:</source>
        <translation>se vazio:</translation>
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
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Open in your video player</source>
        <translation>Abrir no seu reprodutor de vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video cannot be played here.</source>
        <translation>Este vídeo não pode ser reproduzido aqui.</translation>
    </message>
</context>
<context>
    <name>_LiveCheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+131"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result of this step</source>
        <translation>Resultado deste passo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changed: check again.</source>
        <translation>Algo mudou: verifique de novo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>delegates</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="-547"/>
        <location line="+142"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>opted out</source>
        <translation>descadastrado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Not sent</source>
        <translation>⚠ Não enviada</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today</source>
        <translation>Hoje</translation>
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
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message WhatsApp sent in a format Klaros cannot show</source>
        <translation>Uma mensagem que o WhatsApp enviou em um formato que o Klaros não consegue mostrar</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="-272"/>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../klaros_desktop/commands/demo.py" line="+45"/>
        <source>DEMO (simulated customers)</source>
        <translation>DEMONSTRAÇÃO (clientes simulados)</translation>
    </message>
</context>
</TS>
