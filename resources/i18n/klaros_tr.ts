<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+64"/>
        <source>Link</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Arama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label, e.g. Zum Shop</source>
        <translation>Etiket, ör. Mağazaya git</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label, e.g. Anrufen</source>
        <translation>Etiket, ör. Ara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link button label</source>
        <translation>Bağlantı düğmesi etiketi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call button label</source>
        <translation>Arama düğmesi etiketi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web address</source>
        <translation>Web adresi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example code, e.g. SPRING25</source>
        <translation>Örnek kod, ör. BAHAR25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example code</source>
        <translation>Örnek kod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in marketing templates; a code of up to {n} characters. Each customer gets their own code when you send.</source>
        <translation>Yalnızca pazarlama şablonlarında; en fazla {n} karakterlik bir kod. Gönderirken her müşteri kendi kodunu alır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole link with an example value</source>
        <translation>Örnek değerli tam bağlantı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example link</source>
        <translation>Örnek bağlantı</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this button</source>
        <translation>Bu düğmeyi kaldır</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example:</source>
        <translation>Örnek:</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../klaros_desktop/services/analytics/budget.py" line="+70"/>
        <source>{amount!r} is not an amount of money.</source>
        <translation>{amount!r} bir para tutarı değil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{amount!r} could be {grouped} or {fraction}; type it without the thousands separator, like {grouped}.</source>
        <translation>{amount!r} hem {grouped} hem de {fraction} olarak okunabilir; binlik ayırıcı olmadan yazın, örneğin {grouped}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A monthly budget must be more than zero.</source>
        <translation>Aylık bütçe sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{currency!r} is not a currency code like EUR or USD.</source>
        <translation>{currency!r} EUR veya USD gibi bir para birimi kodu değil.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Monthly budget saved.</source>
        <translation>Aylık bütçe kaydedildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget removed.</source>
        <translation>Aylık bütçe kaldırıldı.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Some of this month&apos;s messages have no price in the rate card, so the month&apos;s total may be higher than shown.</source>
        <translation>Bu ayın bazı mesajlarının fiyat listesinde fiyatı yok; bu yüzden ayın toplamı gösterilenden yüksek olabilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign would cost about {forecast} {currency}. With {spent} {currency} already spent this month, that is more than your monthly budget of {budget} {currency}.</source>
        <translation>Bu kampanyanın maliyeti yaklaşık {forecast} {currency} olur. Bu ay zaten harcanan {spent} {currency} ile birlikte bu, {budget} {currency} tutarındaki aylık bütçenizi aşar.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/cost.py" line="+36"/>
        <source>Marketing</source>
        <translation>Pazarlama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility (order and account updates)</source>
        <translation>Hizmet bildirimi (sipariş ve hesap güncellemeleri)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication (login codes)</source>
        <translation>Kimlik doğrulama (giriş kodları)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication, international rate</source>
        <translation>Kimlik doğrulama, uluslararası ücret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing (Marketing Messages API)</source>
        <translation>Pazarlama (Marketing Messages API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service (replies in a chat)</source>
        <translation>Hizmet (sohbetteki yanıtlar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an ad or page button</source>
        <translation>Bir reklam veya sayfa düğmesinden sonra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free: inside the 24-hour customer-service window</source>
        <translation>Ücretsiz, 24 saatlik müşteri hizmeti penceresi içinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free: the customer came from an ad or a page button (free entry point, 72 hours)</source>
        <translation>Ücretsiz, müşteri bir reklamdan veya sayfa düğmesinden geldi (ücretsiz giriş noktası, 72 saat)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rates for this period are in different currencies ({currencies}), so Klaros does not add them up. Import one rate card in the currency Meta bills you in.</source>
        <translation>Bu dönemin ücretleri farklı para birimlerinde ({currencies}), bu yüzden Klaros bunları toplamaz. Meta&apos;nın sizi faturalandırdığı para biriminde tek bir fiyat listesi içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/delivery.py" line="+110"/>
        <source>Messages without a template (replies in a chat)</source>
        <translation>Şablonsuz (sohbet yanıtları)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not part of a campaign</source>
        <translation>Bir kampanyaya ait değil</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/analytics/reconcile.py" line="+109"/>
        <source>Meta counted {n} more delivered messages than Klaros has. They were sent from another tool or from WhatsApp Manager, not from Klaros, so Klaros cannot show them.</source>
        <translation>Meta, Klaros&apos;tan {n} daha fazla teslim edilmiş mesaj saydı. Bunlar Klaros&apos;tan değil, başka bir araçtan veya WhatsApp Yöneticisi&apos;nden gönderildi; bu yüzden Klaros bunları gösteremez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} messages are still waiting for their delivery report from Meta; the figures will agree once it arrives.</source>
        <translation>{n} mesaj hâlâ Meta&apos;dan teslim raporunu bekliyor; rapor gelince rakamlar tutacak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros counted {n} more delivered messages than Meta reports yet. Meta updates its figures with a delay, and counts a message on the day it was delivered.</source>
        <translation>Klaros, Meta&apos;nın şimdiye kadar bildirdiğinden {n} daha fazla teslim edilmiş mesaj saydı. Meta rakamlarını gecikmeli günceller ve bir mesajı teslim edildiği günde sayar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta charged {meta} {currency} where Klaros&apos;s rate card says {local} {currency} for the same messages. The rate card is out of date: import Meta&apos;s newest rate CSV.</source>
        <translation>Aynı mesajlar için Meta {meta} {currency} ücret aldı; Klaros&apos;un fiyat listesinde ise {local} {currency} yazıyor. Fiyat listesi güncel değil: Meta&apos;nın en yeni ücret CSV dosyasını içe aktarın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s figures and Meta&apos;s agree.</source>
        <translation>Klaros&apos;un ve Meta&apos;nın rakamları tutuyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta bills this account in {meta}, the rate card is in {local}: the amounts cannot be compared. Import the rate card in {meta}.</source>
        <translation>Meta bu hesabı {meta} ile faturalandırıyor, fiyat listesi ise {local} cinsinden: tutarlar karşılaştırılamaz. Fiyat listesini {meta} cinsinden içe aktarın.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Meta keeps figures per template for 90 days only; choose a shorter period to compare them.</source>
        <translation>Meta şablon başına rakamları yalnızca 90 gün saklar; karşılaştırmak için daha kısa bir dönem seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta gave no figures per template: {reason}</source>
        <translation>Meta şablon başına rakam vermedi: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Klaros is not connected to Meta, so Meta&apos;s own figures could not be asked for.</source>
        <translation>Klaros Meta&apos;ya bağlı değil, bu yüzden Meta&apos;nın kendi rakamları istenemedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta did not give its figures: {reason}</source>
        <translation>Meta rakamlarını vermedi: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+66"/>
        <source>under a minute</source>
        <translation>bir dakikadan az</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min</source>
        <translation>{n} dk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{h} h {m} min</source>
        <translation>{h} sa {m} dk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h</source>
        <translation>{h} sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{d} days</source>
        <translation>{d} gün</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose days…</source>
        <translation>Gün seçin…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with the period before</source>
        <translation>Önceki dönemle karşılaştır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report as CSV…</source>
        <translation>Raporu CSV olarak kaydet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Dönem:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>messages sent</source>
        <translation>gönderilen mesaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>teslim edildi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>okundu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered within 24 hours</source>
        <translation>24 saat içinde yanıtlandı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not delivered</source>
        <translation>teslim edilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charged by Meta</source>
        <translation>Meta tarafından ücretlendirildi</translation>
    </message>
    <message>
        <source>not confirmed by WhatsApp</source>
        <translation type="vanished">WhatsApp tarafından onaylanmadı</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From sent to answered</source>
        <translation>Gönderilenden yanıtlanana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the funnel per</source>
        <translation>Dönüşüm hunisini göster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per template</source>
        <translation>şablona göre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per campaign</source>
        <translation>kampanyaya göre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per tag</source>
        <translation>etikete göre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+295"/>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Read</source>
        <translation>Okundu</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+295"/>
        <source>Answered</source>
        <translation>Yanıtlandı</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>Not delivered</source>
        <translation>Teslim edilmedi</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Funnel per template, campaign or tag</source>
        <translation>Şablon, kampanya veya etikete göre huni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why Meta did not deliver</source>
        <translation>Meta neden teslim etmedi</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+325"/>
        <location line="+5"/>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Messages not delivered, by reason</source>
        <translation>Teslim edilmeyen mesajlar, nedene göre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>half of the customers got an answer within</source>
        <translation>müşterilerin yarısı bu süre içinde yanıt aldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 in 10 got an answer within</source>
        <translation>10 müşteriden 9&apos;u bu süre içinde yanıt aldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages still without an answer</source>
        <translation>henüz yanıtlanmamış müşteri mesajı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chats where you can write freely now (24-hour window open)</source>
        <translation>şu anda serbestçe yazabileceğiniz sohbetler (24 saatlik pencere açık)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from customers per day</source>
        <translation>Günlük müşteri mesajları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers write (hour of the week)</source>
        <translation>Müşteriler ne zaman yazıyor (haftanın saati)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>Pzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Sal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Çar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Cum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>Cmt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>Paz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opt-ins and opt-outs per day</source>
        <translation>Günlük mesaj onayları ve iptalleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Nasıl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Opt-ins and opt-outs</source>
        <translation>Mesaj onayları ve iptalleri</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+340"/>
        <source>Charged messages per day</source>
        <translation>Günlük ücretli mesajlar</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Charged messages by category</source>
        <translation>Kategoriye göre ücretli mesajlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+340"/>
        <source>Charged messages</source>
        <translation>Ücretli mesajlar</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cost by category</source>
        <translation>Kategoriye göre maliyet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cost by country</source>
        <translation>Ülkeye göre maliyet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template or campaign</source>
        <translation>Şablon veya kampanya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by template and campaign</source>
        <translation>Şablon ve kampanyaya göre maliyet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This month&apos;s charges against the budget</source>
        <translation>Bu ayın ücretleri ve bütçe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 150</source>
        <translation>örn. 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Aylık bütçe tutarı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget currency</source>
        <translation>Bütçe para birimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Bütçeyi kaydet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with Meta&apos;s figures</source>
        <translation>Meta&apos;nın rakamlarıyla karşılaştır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta keeps its own count of what it delivered and charged. Compare it with Klaros&apos;s to see whether anything was sent from elsewhere.</source>
        <translation>Meta, teslim ettiği ve ücretlendirdiği mesajları kendisi de sayar. Başka bir yerden mesaj gönderilip gönderilmediğini görmek için bunu Klaros&apos;un sayımıyla karşılaştırın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Tür</translation>
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
        <translation>Fark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Klaros&apos;un ve Meta&apos;nın sayımları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Klaros)</source>
        <translation>Gönderilen (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent (Meta)</source>
        <translation>Gönderilen (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (Klaros)</source>
        <translation>Teslim edilen (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered (Meta)</source>
        <translation>Teslim edilen (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read (Klaros)</source>
        <translation>Okunan (Klaros)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read (Meta)</source>
        <translation>Okunan (Meta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per template, Klaros&apos;s and Meta&apos;s counts</source>
        <translation>Şablon başına Klaros&apos;un ve Meta&apos;nın sayımları</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery</source>
        <translation>Teslimat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel</source>
        <translation>Huni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not delivered, by Meta&apos;s reason (double-click to see the messages)</source>
        <translation>Teslim edilmedi, Meta&apos;nın nedenine göre (mesajları görmek için çift tıklayın)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Sohbetler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Meta&apos;nın fiyat listesini içe aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s rates CSV (from Meta&apos;s pricing page): prices this screen&apos;s messages, and the campaigns&apos; forecasts</source>
        <translation>Meta&apos;nın tarife CSV&apos;si (Meta&apos;nın fiyat sayfasından): bu ekrandaki mesajları ve kampanya tahminlerini fiyatlandırır</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly budget</source>
        <translation>Aylık bütçe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was free, and why</source>
        <translation>Neler ücretsizdi ve neden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By category</source>
        <translation>Kategoriye göre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Ülkeye göre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By template and campaign</source>
        <translation>Şablon ve kampanyaya göre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta&apos;s own figures</source>
        <translation>Meta&apos;nın kendi rakamları</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The numbers could not be read: {error}</source>
        <translation>Rakamlar okunamadı: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>before: {n}</source>
        <translation>önceki: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} messages</source>
        <translation>{n} mesaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed by WhatsApp: {n} (they may or may not have reached the customer)</source>
        <translation>WhatsApp tarafından onaylanmadı: {n} (müşteriye ulaşmış da olabilir, ulaşmamış da)</translation>
    </message>
    <message>
        <source>may or may not have reached the customer</source>
        <translation type="vanished">müşteriye ulaşmış da olabilir, ulaşmamış da</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} charged messages</source>
        <translation>{n} ücretli mesaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>charged messages (no prices yet)</source>
        <translation>ücretli mesaj (henüz fiyat yok)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>of {n} times a customer wrote</source>
        <translation>toplam {n} müşteri mesajı içinde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed to messages</source>
        <translation>Mesajlara onay verdi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped messages</source>
        <translation>Mesajları durdurdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote a keyword (STOP / START)</source>
        <translation>bir anahtar kelime yazdı (STOP / START)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pressed a button</source>
        <translation>bir düğmeye bastı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from a file</source>
        <translation>bir dosyadan içe aktarıldı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entered in Klaros</source>
        <translation>Klaros&apos;ta girildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing in WhatsApp</source>
        <translation>WhatsApp&apos;ta pazarlamayı durdurdu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This period</source>
        <translation>Bu dönem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period before</source>
        <translation>Önceki dönem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges per day ({currency})</source>
        <translation>Günlük ücretler ({currency})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no template)</source>
        <translation>(şablon yok)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign: {name}</source>
        <translation>Kampanya: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not charged because never delivered: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Hiç teslim edilmediği için ücretlendirilmedi: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still waiting for Meta&apos;s report on the price: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Meta&apos;nın fiyat raporu hâlâ bekleniyor: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free messages in this period.</source>
        <translation>Bu dönemde ücretsiz mesaj yok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts in {currency}, Meta&apos;s rates as of {date}; Meta&apos;s own category and price type from each delivery report.</source>
        <translation>Tutarlar {currency} cinsinden, Meta&apos;nın {date} tarihli ücretleriyle; kategori ve fiyat türü her teslim raporunda Meta&apos;nın bildirdiğidir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts from Meta&apos;s delivery reports. Amounts appear once a rate card with Meta&apos;s prices is imported.</source>
        <translation>Meta&apos;nın teslim raporlarından sayımlar. Tutarlar, Meta&apos;nın fiyatlarını içeren bir fiyat listesi içe aktarıldığında görünür.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No monthly budget set. Set one to see this month&apos;s charges against it; campaigns warn before they would go over it.</source>
        <translation>Aylık bütçe belirlenmedi. Bu ayın ücretlerini bütçeyle karşılaştırmak için bir bütçe belirleyin; kampanyalar bütçeyi aşmadan önce uyarır.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget {budget} a month. This month&apos;s charges cannot be priced in {currency} yet.</source>
        <translation>Bütçe: ayda {budget}. Bu ayın ücretleri henüz {currency} cinsinden fiyatlandırılamıyor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month so far: {spent} of {budget} ({share}).</source>
        <translation>Bu ay şu ana kadar: {spent} / {budget} ({share}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the budget.</source>
        <translation>Bütçe aşıldı.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="+19"/>
        <source>Import Meta&apos;s price list</source>
        <translation>Meta&apos;nın fiyat listesini içe aktar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation>{n} pazar için {currency} cinsinden fiyatlar içe aktarıldı, geçerlilik başlangıcı: {day}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+57"/>
        <source>Asking Meta…</source>
        <translation>Meta&apos;ya soruluyor…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta yanıt vermedi: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta counted {n} delivered messages, {cost} charged.</source>
        <translation>Meta {n} teslim edilmiş mesaj saydı, ücret: {cost}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save picture</source>
        <translation>Resmi kaydet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save table</source>
        <translation>Tabloyu kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG resimleri (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location filename="../../klaros_desktop/ui/rates_import.py" line="-16"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+20"/>
        <source>Saved {file}</source>
        <translation>Kaydedildi: {file}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save report</source>
        <translation>Raporu kaydet</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/attachments.py" line="+121"/>
        <source>Send files to {name}</source>
        <translation>Dosya gönder: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send files</source>
        <translation>Dosya gönder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files to send</source>
        <translation>Gönderilecek dosyalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption for the selected file</source>
        <translation>Seçili dosyanın açıklaması</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Add a caption (optional)</source>
        <translation>Açıklama ekleyin (isteğe bağlı)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+23"/>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send {n} files</source>
        <translation>{n} dosya gönder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WhatsApp shows no caption on voice messages and stickers</source>
        <translation>WhatsApp sesli mesajlarda ve çıkartmalarda açıklama göstermez</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location line="+25"/>
        <source>Attach photos, videos, voice messages or documents</source>
        <translation>Fotoğraf, video, sesli mesaj veya belge ekleyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Attach files</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos, audio and documents</source>
        <translation>Fotoğraflar, videolar, ses ve belgeler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pasted picture.png</source>
        <translation>Yapıştırılan resim.png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files can be sent while the customer&apos;s 24-hour window is open, like any free-form message.</source>
        <translation>Dosyalar, diğer serbest mesajlar gibi, müşterinin 24 saatlik penceresi açıkken gönderilebilir.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The files could not be queued: {error}</source>
        <translation>Dosyalar sıraya alınamadı: {error}</translation>
    </message>
</context>
<context>
    <name>AutoReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/auto_replies.py" line="+109"/>
        <source>write the greeting message, or switch it off</source>
        <translation>karşılama mesajını yazın veya kapatın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the away message, or switch it off</source>
        <translation>uzakta mesajını yazın veya kapatın</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on {day} the shop closes before it opens</source>
        <translation>{day}: dükkân açılmadan önce kapanıyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wait at least one hour before the same reply</source>
        <translation>aynı yanıttan önce en az bir saat bekleyin</translation>
    </message>
</context>
<context>
    <name>AutoRepliesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/auto_replies_dialog.py" line="+33"/>
        <source>Greeting and away messages</source>
        <translation>Karşılama ve uzakta mesajları</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros answers by itself, like the WhatsApp Business app: only to a message that just arrived, only while the customer may be messaged, and not again to the same person within the quiet time. Automatic replies are marked in the chat.</source>
        <translation>Klaros, WhatsApp Business uygulaması gibi kendiliğinden yanıt verir: yalnızca yeni gelmiş bir mesaja, yalnızca müşteriye mesaj gönderilebilirken ve sessiz süre içinde aynı kişiye tekrar değil. Otomatik yanıtlar sohbette işaretlenir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send it</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Greeting: to a customer&apos;s first message</source>
        <translation>Karşılama: müşterinin ilk mesajına</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to our shop! How can we help?</source>
        <translation>Dükkânımıza hoş geldiniz! Size nasıl yardımcı olabiliriz?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away: to a message outside your business hours</source>
        <translation>Uzakta: çalışma saatleriniz dışındaki bir mesaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your message. We are closed now and answer tomorrow from 9 o&apos;clock.</source>
        <translation>Mesajınız için teşekkür ederiz. Şu anda kapalıyız, yarın saat 9&apos;dan itibaren yanıt vereceğiz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours</source>
        <translation>Çalışma saatleri</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opens</source>
        <translation>açılış</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closes</source>
        <translation>kapanış</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not the same reply to the same person again within</source>
        <translation>Aynı kişiye aynı yanıtı tekrar gönderme, süre:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation>saat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet time in hours</source>
        <translation>Saat cinsinden sessiz süre</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {reason}</source>
        <translation>Kaydedilmedi: {reason}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/backend.py" line="+142"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n mesaj bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 message waiting to be sent</source>
        <translation>1 mesaj gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages waiting to be sent</source>
        <translation>{n} mesaj gönderilmeyi bekliyor</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n message(s) not sent</source>
        <translation>
            <numerusform>⚠ %n mesaj gönderilmedi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 1 message not sent: the chat marked “Not sent” says why</source>
        <translation>⚠ 1 mesaj gönderilmedi: nedeni “Gönderilmedi” işaretli sohbette yazıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {n} messages not sent: the chats marked “Not sent” say why</source>
        <translation>⚠ {n} mesaj gönderilmedi: nedenleri “Gönderilmedi” işaretli sohbetlerde yazıyor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected · no new events yet</source>
        <translation>Bağlı · henüz yeni olay yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected · last event {time}</source>
        <translation>Bağlı · son olay {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected yet · File → Set up connection…</source>
        <translation>Henüz bağlı değil · Dosya → Bağlantıyı kur…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected yet</source>
        <translation>Henüz bağlı değil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect</source>
        <translation>Bağlanılamıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect: no secure password store on this computer · File → Set up connection… says what to install</source>
        <translation>Bağlanılamıyor: bu bilgisayarda güvenli parola deposu yok · Dosya → Bağlantıyı kur… neyin kurulacağını söyler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline since {time}</source>
        <translation>Çevrimdışı, başlangıç: {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline since {time} · messages you write wait in the outbox</source>
        <translation>Çevrimdışı, başlangıç: {time} · yazdığınız mesajlar giden kutusunda bekler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="+411"/>
        <source>Reacted {emoji}</source>
        <translation>Tepki verdi {emoji}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed a reaction</source>
        <translation>Bir tepkiyi kaldırdı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template “{name}”</source>
        <translation>Şablon “{name}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic reply</source>
        <translation>Otomatik yanıt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click here to send a template instead.</source>
        <translation>Bunun yerine şablon göndermek için buraya tıklayın.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Downloading…</source>
        <translation>İndiriliyor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is no longer on this computer.</source>
        <translation>Dosya artık bu bilgisayarda değil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uploading {size}…</source>
        <translation>yükleniyor {size}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending…</source>
        <translation>gönderiliyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet · next try {time}</source>
        <translation>henüz gönderilmedi · sonraki deneme {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Open · Save as…</source>
        <translation>Aç · Farklı kaydet…</translation>
    </message>
</context>
<context>
    <name>CampaignBuilder</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="+166"/>
        <source>New campaign</source>
        <translation>Yeni kampanya</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name, e.g. Mother&apos;s Day offer</source>
        <translation>Ad, örn. Anneler Günü fırsatı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Kampanya adı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1  Who gets it</source>
        <translation>1  Kimlere gidecek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2  Message</source>
        <translation>2  Mesaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3  Test and send</source>
        <translation>3  Dene ve gönder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign summary</source>
        <translation>Kampanya özeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as draft</source>
        <translation>Taslak olarak kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1005"/>
        <source>Start sending</source>
        <translation>Göndermeye başla</translation>
    </message>
    <message>
        <location line="-1003"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Campaign name:</source>
        <translation>Kampanya adı:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contacts that match these filters</source>
        <translation>Bu filtrelere uyan kişiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list of numbers (pasted or from a file)</source>
        <translation>Numara listesi (yapıştırılan veya dosyadan)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved audiences</source>
        <translation>Kayıtlı hedef kitleler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these filters…</source>
        <translation>Bu filtreleri kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved audience:</source>
        <translation>Kayıtlı hedef kitle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Has any of these tags</source>
        <translation>Bu etiketlerden herhangi birine sahip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has all of these tags</source>
        <translation>Bu etiketlerin hepsine sahip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has none of these tags</source>
        <translation>Bu etiketlerin hiçbirine sahip değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any of these tags</source>
        <translation>Bu etiketlerden herhangi biri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And all of these tags</source>
        <translation>Ve bu etiketlerin hepsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>But none of these tags</source>
        <translation>Ama bu etiketlerin hiçbiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the number</source>
        <translation>Numaranın ülkesi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who may get the template</source>
        <translation>Şablonu alabilecek herkes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those with a recorded opt-in</source>
        <translation>Yalnızca kayıtlı onayı olanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote to you in the last</source>
        <translation>Size son şu süre içinde yazdı:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since they last wrote</source>
        <translation>Son yazdıklarından bu yana geçen gün</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24-hour window</source>
        <translation>24 saatlik pencere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either</source>
        <translation>Fark etmez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (they wrote in the last 24 hours)</source>
        <translation>Açık (son 24 saat içinde yazdılar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact field</source>
        <translation>Kişi alanı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is (empty: has any value)</source>
        <translation>değeri (boş: herhangi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field value</source>
        <translation>Kişi alanı değeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact field conditions</source>
        <translation>Kişi alanı koşulları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent:</source>
        <translation>Onay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Son mesaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24-hour window:</source>
        <translation>24 saatlik pencere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact field:</source>
        <translation>Kişi alanı:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One number per line, e.g. +49 151 23456789 (numbers without +country use the shop&apos;s country)</source>
        <translation>Her satıra bir numara, örn. +90 532 123 45 67 (+ülke kodu olmayan numaralar dükkânın ülkesini kullanır)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers to send to</source>
        <translation>Gönderilecek numaralar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a contacts file…</source>
        <translation>Kişi dosyası içe aktar…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recipients</source>
        <translation>Alıcılar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out, and why</source>
        <translation>Dışarıda kalanlar ve nedeni</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+537"/>
        <source>Forecast cost</source>
        <translation>Tahmini maliyet</translation>
    </message>
    <message>
        <location line="-499"/>
        <source>{field} is “{value}”</source>
        <translation>{field}: “{value}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} has a value</source>
        <translation>{field}: dolu</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the audience</source>
        <translation>Hedef kitleyi kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for these filters, to use them again later:</source>
        <translation>Bu filtreleri daha sonra yeniden kullanmak için bir ad:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— choose —</source>
        <translation>— seçin —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none saved yet</source>
        <translation>henüz kayıtlı yok</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a contacts file</source>
        <translation>Kişi dosyası içe aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts files (*.csv *.txt *.vcf)</source>
        <translation>Kişi dosyaları (*.csv *.txt *.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing {file}…</source>
        <translation>İçe aktarılıyor: {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not imported: {reason}</source>
        <translation>İçe aktarılmadı: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File at the top of the message</source>
        <translation>Mesajın üstündeki dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or the WhatsApp media id of a file you uploaded</source>
        <translation>veya yüklediğiniz bir dosyanın WhatsApp medya kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp media id for the top of the message</source>
        <translation>Mesajın üstü için WhatsApp medya kimliği</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview for</source>
        <translation>Önizleme:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message preview</source>
        <translation>Mesaj önizlemesi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipients who would get an empty variable</source>
        <translation>Boş değişken alacak alıcılar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>Şablon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview for:</source>
        <translation>Önizleme:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The template shows a map at the top of the message. Give the place: everyone gets the same one. Your map app shows a place&apos;s coordinates (in Google Maps: right-click the place); you may paste both into the first field.</source>
        <translation>Şablon, mesajın üstünde bir harita gösterir. Yeri belirtin: herkes aynı yeri alır. Harita uygulamanız bir yerin koordinatlarını gösterir (Google Haritalar&apos;da: yere sağ tıklayın); ikisini birden ilk alana yapıştırabilirsiniz.</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">örn. 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Yerin enlemi</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">örn. 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Yerin boylamı</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">örn. mağazanızın adı</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Yerin adı</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Sokak, posta kodu ve şehir</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Yerin adresi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latitude:</source>
        <translation>Enlem:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude:</source>
        <translation>Boylam:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinates:</source>
        <translation>Koordinatlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <source>No place given yet</source>
        <translation>Henüz yer belirtilmedi</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{category} template. Body: {body}</source>
        <translation>{category} şablonu. Metin: {body}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title {variable}</source>
        <translation>Başlık {variable}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code of button {n}</source>
        <translation>{n}. düğmenin kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of button {n}</source>
        <translation>Düğme {n} bağlantısı</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The template shows {what} at the top of the message. Choose the file; it is uploaded to WhatsApp once, when sending starts.</source>
        <translation>Şablon, mesajın üstünde şunu gösterir: {what}. Dosyayı seçin; gönderim başladığında WhatsApp&apos;a bir kez yüklenir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a picture</source>
        <translation>bir resim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a video</source>
        <translation>bir video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a document</source>
        <translation>bir belge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen yet</source>
        <translation>Henüz dosya seçilmedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp media id {id}</source>
        <translation>WhatsApp medya kimliği {id}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File for the top of the message</source>
        <translation>Mesajın üstü için dosya</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a template.</source>
        <translation>Bir şablon seçin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Map: {place}</source>
        <translation>Harita: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map: no place given yet</source>
        <translation>Harita: henüz yer belirtilmedi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no file chosen yet</source>
        <translation>henüz dosya seçilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture attached: {name}</source>
        <translation>Resim eklendi: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video attached: {name}</source>
        <translation>Video eklendi: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached: {name}</source>
        <translation>Belge eklendi: {name}</translation>
    </message>
    <message>
        <source>Code of button {n}: {value}</source>
        <translation type="vanished">{n}. düğmenin kodu: {value}</translation>
    </message>
    <message>
        <source>Link of button {n}: …{value}</source>
        <translation type="vanished">Düğme {n} bağlantısı: …{value}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your own WhatsApp number</source>
        <translation>Kendi WhatsApp numaranız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number for the test message</source>
        <translation>Deneme mesajı için numara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test</source>
        <translation>Deneme gönder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test result</source>
        <translation>Deneme sonucu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start now</source>
        <translation>Hemen başlat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at</source>
        <translation>Başlangıç zamanı:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start time</source>
        <translation>Başlangıç saati</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> messages a second</source>
        <translation> mesaj/saniye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending speed</source>
        <translation>Gönderim hızı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>80 a second is WhatsApp&apos;s standard for a business number. Go higher only if Meta raised your number&apos;s throughput; lower spreads the replies out.</source>
        <translation>Saniyede 80, bir işletme numarası için WhatsApp&apos;ın standardıdır. Yalnızca Meta numaranızın kapasitesini artırdıysa daha yükseğe çıkın; daha düşük hız yanıtları zamana yayar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost by country and category</source>
        <translation>Ülke ve kategoriye göre maliyet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What WhatsApp will charge (forecast)</source>
        <translation>WhatsApp&apos;ın alacağı ücret (tahmini)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly budget</source>
        <translation>Aylık bütçe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Meta&apos;s price list…</source>
        <translation>Meta&apos;nın fiyat listesini içe aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The “Rates (CSV)” file from Meta&apos;s WhatsApp pricing page, in your billing currency</source>
        <translation>Meta&apos;nın WhatsApp fiyatlandırma sayfasındaki “Rates (CSV)” dosyası, faturalandırma para biriminizde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the message to yourself first to see it on a phone. The test uses the values your own contact would get (or the fallbacks).</source>
        <translation>Mesajı telefonda görmek için önce kendinize gönderin. Deneme, kendi kişi kaydınızın alacağı değerleri (veya yedek değerleri) kullanır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test:</source>
        <translation>Deneme:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When:</source>
        <translation>Ne zaman:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>Hız:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost:</source>
        <translation>Maliyet:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to WhatsApp; set up the connection first.</source>
        <translation>WhatsApp&apos;a bağlı değil; önce bağlantıyı kurun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your own WhatsApp number first.</source>
        <translation>Önce kendi WhatsApp numaranızı yazın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the test…</source>
        <translation>Deneme gönderiliyor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{number}” is not a phone number.</source>
        <translation>“{number}” bir telefon numarası değil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test sent. Check your phone.</source>
        <translation>Deneme gönderildi. Telefonunuza bakın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Not sent: {reason}</source>
        <translation>Gönderilmedi: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(time zone {zone})</source>
        <translation>(saat dilimi {zone})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No approved template yet. Create one in Meta&apos;s WhatsApp Manager and refresh the templates.</source>
        <translation>Henüz onaylı şablon yok. Meta&apos;nın WhatsApp Yöneticisi&apos;nde bir şablon oluşturun ve şablonları yenileyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not offered: {names} (a variable, a location or an animation in the heading is not supported yet).</source>
        <translation>Sunulmayanlar: {names} (başlıkta değişken, konum veya animasyon henüz desteklenmiyor).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+179"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>recipients</source>
        <translation>alıcı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contacts match (choose a template to see who may get it)</source>
        <translation>kişi eşleşiyor (kimin alabileceğini görmek için bir şablon seçin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a phone number: {pieces}</source>
        <translation>Telefon numarası değil: {pieces}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out</source>
        <translation>Dışarıda kalanlar</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title {length} of {max} characters</source>
        <translation>başlık {length}/{max} karakter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get an empty value. Give those variables a fallback or fill in the contacts; the campaign cannot start until then.</source>
        <translation>{n} alıcı boş bir değer alacak. Bu değişkenlere bir yedek değer verin veya kişi bilgilerini doldurun; o zamana kadar kampanya başlayamaz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} recipients would get a title longer than the {max} characters WhatsApp allows. Shorten those values or fill the title from another field; the campaign cannot start until then.</source>
        <translation>{n} alıcı WhatsApp&apos;ın izin verdiği {max} karakterden uzun bir başlık alacak. Bu değerleri kısaltın veya başlığı başka bir alandan doldurun; o zamana kadar kampanya başlayamaz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every recipient gets a value for every variable.</source>
        <translation>Her alıcı her değişken için bir değer alıyor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a template to see the cost.</source>
        <translation>Maliyeti görmek için bir şablon seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No rate card covers {day}; import Meta&apos;s current rates (klaros rates import) to see the cost.</source>
        <translation>Bu gün için fiyat listesi yok: {day}. Maliyeti görmek için Meta&apos;nın güncel ücretlerini içe aktarın (klaros rates import).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: unknown</source>
        <translation>Maliyet: bilinmiyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {amount}</source>
        <translation>en az {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: {amount}</source>
        <translation>Maliyet: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{charged} charged, {free} free. Meta&apos;s rates as of {day}; what Meta charges for the messages, nothing else.</source>
        <translation>{charged} ücretli, {free} ücretsiz. Meta&apos;nın {day} tarihli ücretleri; yalnızca Meta&apos;nın mesajlar için aldığı ücret, başka bir şey değil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By country</source>
        <translation>Ülkeye göre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By kind of message</source>
        <translation>Mesaj türüne göre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers of no known country</source>
        <translation>ülkesi bilinmeyen numaralar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s price list has no price for {countries} yet, so {n} recipients are not in the total. Import Meta&apos;s current price list below to include them.</source>
        <translation>Klaros&apos;un fiyat listesinde henüz şu ülkeler için fiyat yok: {countries}; bu yüzden {n} alıcı toplama dahil değil. Onları dahil etmek için aşağıdan Meta&apos;nın güncel fiyat listesini içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit: {outside} of the {limit} customers a day you may start a conversation with.</source>
        <translation>Mesajlaşma sınırınızdan kullanılan: {share} (günde sohbet başlatabileceğiniz {limit} müşteriden {outside} kişi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your number has no daily messaging limit.</source>
        <translation>Numaranızın günlük mesajlaşma sınırı yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{outside} recipients count towards your daily messaging limit (Klaros does not know your limit yet).</source>
        <translation>{outside} alıcı günlük mesajlaşma sınırınıza sayılır (Klaros sınırınızı henüz bilmiyor).</translation>
    </message>
    <message>
        <source>Import Meta&apos;s price list</source>
        <translation type="vanished">Meta&apos;nın fiyat listesini içe aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Imported prices for {n} markets in {currency}, valid from {day}.</source>
        <translation type="vanished">{n} pazar için {currency} cinsinden fiyatlar içe aktarıldı, geçerlilik başlangıcı: {day}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Schedule</source>
        <translation>Zamanla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the campaign a name.</source>
        <translation>Kampanyaya bir ad verin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an approved template (tab 2).</source>
        <translation>Onaylı bir şablon seçin (sekme 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody in this audience may receive the template.</source>
        <translation>Bu hedef kitlede şablonu alabilecek kimse yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get an empty value (tab 2).</source>
        <translation>{n} alıcı boş bir değer alacak (sekme 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients would get a title longer than {max} characters (tab 2).</source>
        <translation>{n} alıcı {max} karakterden uzun bir başlık alacak (2. sekme).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {what} for the top of the message (tab 2) before it can start.</source>
        <translation>Başlamadan önce mesajın üstü için şunu seçin: {what} (sekme 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the place for the map at the top of the message (tab 2) before it can start.</source>
        <translation>Başlayabilmesi için mesajın üstündeki haritanın yerini belirtin (adım 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients will get “{template}”.</source>
        <translation>{n} alıcı şu şablonu alacak: “{template}”.</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_runner.py" line="+118"/>
        <source>Campaign “{name}” was due at {time} but did not start: {reason}</source>
        <translation>“{name}” kampanyasının zamanı {time} idi ama başlamadı: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” was due at {time}, while Klaros was closed. It started now ({n} recipients).</source>
        <translation>“{name}” kampanyasının zamanı {time} idi; o sırada Klaros kapalıydı. Şimdi başladı ({n} alıcı).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign “{name}” started as scheduled ({n} recipients).</source>
        <translation>“{name}” kampanyası planlandığı gibi başladı ({n} alıcı).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sending campaign {id} stopped because of an error: {error}. Press Resume to continue.</source>
        <translation>Kampanya {id} gönderimi bir hata yüzünden durdu: {error}. Devam etmek için Sürdür&apos;e basın.</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="+60"/>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Durduruldu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>henüz gönderilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted by WhatsApp</source>
        <translation>WhatsApp kabul etti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived on their phone</source>
        <translation>telefonlarına ulaştı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Okundu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened (only if they share read receipts)</source>
        <translation>açıldı (yalnızca okundu bilgisi paylaşıyorlarsa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Yanıtladı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote back after it</source>
        <translation>ardından yanıt yazdı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not deliver it</source>
        <translation>WhatsApp teslim etmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Dışarıda kaldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent, for the reasons below</source>
        <translation>gönderilmedi, nedenleri aşağıda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>Kararınız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent; see below</source>
        <translation>gönderilmiş olabilir; aşağıya bakın</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>less than a minute</source>
        <translation>bir dakikadan az</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {n} min</source>
        <translation>yaklaşık {n} dk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {h} h {m} min</source>
        <translation>yaklaşık {h} sa {m} dk</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost forecast</source>
        <translation>Maliyet tahmini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the campaign paused or stopped</source>
        <translation>Kampanya neden duraklatıldı veya durdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign progress</source>
        <translation>Kampanya ilerlemesi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress, remaining time and rate</source>
        <translation>İlerleme, kalan süre ve hız</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start now</source>
        <translation>Hemen başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+237"/>
        <source>Schedule…</source>
        <translation>Zamanla…</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Do not start by itself</source>
        <translation>Kendiliğinden başlatma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Cancel campaign…</source>
        <translation>Kampanyayı iptal et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed</source>
        <translation>Başarısız olanları yeniden dene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>Sonuçları dışa aktar…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Failures and people left out, with the reasons</source>
        <translation>Başarısız olanlar ve dışarıda kalanlar, nedenleriyle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for your decision: the connection broke while these were being sent, so they may have arrived. Check the chat, then send again or leave it.</source>
        <translation>Kararınız bekleniyor: bunlar gönderilirken bağlantı koptu, yani ulaşmış olabilirler. Sohbete bakın, sonra tekrar gönderin veya bırakın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipients waiting for your decision</source>
        <translation>Kararınızı bekleyen alıcılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Tekrar gönder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>Gönderme</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not read the campaign: {error}</source>
        <translation>Kampanya okunamadı: {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a campaign above</source>
        <translation>Yukarıdan bir kampanya seçin</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template {name} ({language})</source>
        <translation>Şablon {name} ({language})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} recipients</source>
        <translation>{n} alıcı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts by itself on {time}</source>
        <translation>kendiliğinden başlayacak: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started {time}</source>
        <translation>başladı: {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished {time}</source>
        <translation>bitti: {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why some failed</source>
        <translation>Bazıları neden başarısız oldu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why some were left out</source>
        <translation>Bazıları neden dışarıda kaldı</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the time…</source>
        <translation>Zamanı değiştir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send now</source>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry the failed ({n})</source>
        <translation>Başarısız olanları yeniden dene ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost forecast: not known (no rate card covers that day).</source>
        <translation>Maliyet tahmini: bilinmiyor (o gün için fiyat listesi yok).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: not known; the price list has no price for {countries}.</source>
        <translation>Maliyet tahmini: bilinmiyor; fiyat listesinde şu ülkeler için fiyat yok: {countries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: at least {total} (no price yet for {countries}), Meta&apos;s rates as of {day}.</source>
        <translation>Maliyet tahmini: en az {total} (henüz fiyatı olmayanlar: {countries}), Meta&apos;nın {day} tarihli ücretleri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost forecast: {total}, Meta&apos;s rates as of {day}.</source>
        <translation>Maliyet tahmini: {total}, Meta&apos;nın {day} tarihli ücretleri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{done} of {all} done ({share})</source>
        <translation>{done} / {all} tamamlandı ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the connection to WhatsApp</source>
        <translation>WhatsApp bağlantısı bekleniyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about to send</source>
        <translation>göndermek üzere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measuring the speed…</source>
        <translation>hız ölçülüyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting (WhatsApp asked Klaros to slow down)</source>
        <translation>bekliyor (WhatsApp, Klaros&apos;tan yavaşlamasını istedi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} left · {rate} messages a second</source>
        <translation>{left} kaldı · saniyede {rate} mesaj</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancel the campaign?</source>
        <translation>Kampanya iptal edilsin mi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody who has not received it yet will get it. Messages already sent stay sent. This cannot be undone.</source>
        <translation>Henüz almamış olan hiç kimse bunu almayacak. Zaten gönderilmiş mesajlar gönderilmiş kalır. Bu geri alınamaz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} queued again.</source>
        <translation>{n} tanesi yeniden sıraya alındı.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the campaign&apos;s results</source>
        <translation>Kampanyanın sonuçlarını dışa aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} recipients written to {file}.</source>
        <translation>{n} alıcı şu dosyaya yazıldı: {file}.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../klaros_desktop/commands/campaign.py" line="+330"/>
        <source>Campaign {id} is {state}; there is nothing to resume.</source>
        <translation>Kampanya {id} durumu: {state}; sürdürülecek bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/audience.py" line="+37"/>
        <source>no phone number</source>
        <translation>telefon numarası yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased on request (number suppressed)</source>
        <translation>istek üzerine silindi (numara engellendi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out of all messages</source>
        <translation>tüm mesajları durdurdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped marketing messages</source>
        <translation>pazarlama mesajlarını durdurdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not receive marketing messages</source>
        <translation>pazarlama mesajları almamalı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recorded marketing opt-in</source>
        <translation>kayıtlı pazarlama onayı yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not among the contacts</source>
        <translation>numara kişiler arasında değil</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/drafts.py" line="+161"/>
        <location line="+77"/>
        <source>Choose an approved template.</source>
        <translation>Onaylı bir şablon seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="+996"/>
        <source>The test message would have empty variables: {names}</source>
        <translation>Deneme mesajında boş değişkenler olacak: {names}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/header_media.py" line="+22"/>
        <source>a picture</source>
        <translation>bir resim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>bir video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a document</source>
        <translation>bir belge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture attached</source>
        <translation>Resim eklendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video attached</source>
        <translation>Video eklendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached</source>
        <translation>Belge eklendi</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+32"/>
        <source>“{name}” cannot be read: {error}</source>
        <translation>“{name}” okunamıyor: {error}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The template shows {wanted} at the top; “{name}” is not one.</source>
        <translation>Şablonun üstünde şu gösterilir: {wanted}; “{name}” bu türde değil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{spec}” is neither a file on this computer nor a WhatsApp media id.</source>
        <translation>“{spec}” ne bu bilgisayarda bir dosya ne de bir WhatsApp medya kimliği.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_upload.py" line="+24"/>
        <source>The template shows {what} at the top of the message: choose the file (or its WhatsApp media id) before the campaign starts.</source>
        <translation>Şablon, mesajın üstünde şunu gösterir: {what}. Kampanya başlamadan önce dosyayı (veya WhatsApp medya kimliğini) seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: the file for the top of the message could not be uploaded to WhatsApp. Check that it is still where you chose it and that WhatsApp takes it (type and size), then resume.</source>
        <translation>Durduruldu: mesajın üstündeki dosya WhatsApp&apos;a yüklenemedi. Dosyanın hâlâ seçtiğiniz yerde olduğunu ve WhatsApp&apos;ın kabul ettiğini (tür ve boyut) kontrol edin, sonra sürdürün.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/lifecycle.py" line="+44"/>
        <source>Paused: {explanation}</source>
        <translation>Duraklatıldı: {explanation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped because WhatsApp refused the template: {explanation}</source>
        <translation>WhatsApp şablonu reddettiği için durduruldu: {explanation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: {explanation} (Settings → WhatsApp connection)</source>
        <translation>Durduruldu: {explanation} (Ayarlar → WhatsApp bağlantısı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by you.</source>
        <translation>Sizin tarafınızdan duraklatıldı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: the template is no longer approved (or no longer known); refresh the templates and resume when Meta approves it.</source>
        <translation>Durduruldu: şablon artık onaylı değil (veya artık bilinmiyor); şablonları yenileyin ve Meta onayladığında sürdürün.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped ({code}).</source>
        <translation>Durduruldu ({code}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>{name!r} şablonu ({language}) bilinmiyor; şablonları Meta&apos;dan yenileyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>{name!r} şablonu ({language}) Meta tarafından onaylanmadı; durumu: {status}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Template {name!r} has no picture, video or document at the top; leave the file out.</source>
        <translation>{name!r} şablonunun üstünde resim, video veya belge yok; dosyayı eklemeyin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template {name!r} has no variable in its title at the top; leave it out.</source>
        <translation>{name!r} şablonunun üstteki başlığında değişken yok; bunu belirtmeyin.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Template {name!r} has no map at the top; leave the location out.</source>
        <translation>{name!r} şablonunun üstünde harita yok; yeri belirtmeyin.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-535"/>
        <location line="+525"/>
        <source>There is no campaign {id}.</source>
        <translation>Kampanya {id} yok.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nobody in this audience may receive the template ({excluded} left out).</source>
        <translation>Bu hedef kitlede şablonu alabilecek kimse yok ({excluded} dışarıda kaldı).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Not started: {why}</source>
        <translation>Başlatılmadı: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign {id} was already started ({status}); its place stays as it was sent.</source>
        <translation>{id} kampanyası zaten başlatıldı ({status}); yeri gönderildiği gibi kalır.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign {id} was already started ({status}); its file stays as it was sent.</source>
        <translation>Kampanya {id} zaten başlatıldı ({status}); dosyası gönderildiği gibi kalır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a file or a WhatsApp media id.</source>
        <translation>Bir dosya veya WhatsApp medya kimliği verin.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Campaign {id} was already started ({status}); use resume.</source>
        <translation>Kampanya {id} zaten başlatıldı ({status}); sürdür&apos;ü kullanın.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; and {count} more</source>
        <translation>; ve {count} kişi daha</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not started: {count} recipient(s) would get an empty variable ({who}{more}). Give those variables a fallback or fill in the contacts.</source>
        <translation>Başlatılmadı: {count} alıcı boş bir değişken alacak ({who}{more}). Bu değişkenlere bir yedek değer verin veya kişi bilgilerini doldurun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started: for {count} recipient(s) the title at the top would be longer than the {max} characters WhatsApp allows ({who}{more}). Shorten those values (the title leaves {room} characters for them) or fill the title from another field.</source>
        <translation>Başlatılmadı: {count} alıcı için üstteki başlık WhatsApp&apos;ın izin verdiği {max} karakterden uzun olacak ({who}{more}). Bu değerleri kısaltın (başlık onlara {room} karakter bırakıyor) veya başlığı başka bir alandan doldurun.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Campaign {id} is {status}; it cannot {action}.</source>
        <translation>Kampanya {id} durumu: {status}; şu yapılamaz: {action}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{number} is not held in campaign {id}.</source>
        <translation>Şu numara kampanya {id} içinde bekletilmiyor: {number}.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>May have been sent: WhatsApp did not confirm it (the connection broke or WhatsApp failed mid-request). Check with the customer before sending it again.</source>
        <translation>Gönderilmiş olabilir: WhatsApp bunu onaylamadı (istek sırasında bağlantı koptu ya da WhatsApp hata verdi). Tekrar göndermeden önce müşteriye sorun.</translation>
    </message>
    <message>
        <source>May have been sent (the connection broke mid-request); check before sending again.</source>
        <translation type="vanished">Gönderilmiş olabilir (istek sırasında bağlantı koptu); tekrar göndermeden önce kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/overview.py" line="+28"/>
        <source>the campaign was cancelled before their turn</source>
        <translation>sıra onlara gelmeden kampanya iptal edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose not to send it again</source>
        <translation>tekrar göndermemeyi seçtiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is not a valid phone number</source>
        <translation>numara geçerli bir telefon numarası değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not go through after several tries</source>
        <translation>birkaç denemeden sonra iletilemedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the 24-hour window</source>
        <translation>24 saatlik pencerenin dışında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been sent (the connection broke mid-request)</source>
        <translation>gönderilmiş olabilir (istek sırasında bağlantı koptu)</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/schedule.py" line="+61"/>
        <source>{text!r} is not a time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-24 09:30.</source>
        <translation>{text!r} bir zaman değil; YYYY-AA-GG SS:DD biçiminde yazın, örn. 2026-12-24 09:30.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Campaign {id} was already started ({status}); only a draft can be scheduled.</source>
        <translation>Kampanya {id} zaten başlatıldı ({status}); yalnızca bir taslak zamanlanabilir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed; choose a later one or start now.</source>
        <translation>Bu zaman geçti; daha sonraki bir zaman seçin veya hemen başlatın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not scheduled: {count} recipient(s) would get an empty variable. Give those variables a fallback or fill in the contacts.</source>
        <translation>Zamanlanmadı: {count} alıcı boş bir değişken alacak. Bu değişkenlere bir yedek değer verin veya kişi bilgilerini doldurun.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/segments.py" line="+41"/>
        <source>Give the segment a name.</source>
        <translation>Segmente bir ad verin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of numbers is not a segment; save filters such as tags or countries.</source>
        <translation>Numara listesi bir segment değildir; etiket veya ülke gibi filtreleri kaydedin.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/sender.py" line="-521"/>
        <source>Campaign {id} is being sent by another Klaros window or command (until {until} at the latest); try again then.</source>
        <translation>Kampanya {id} başka bir Klaros penceresi veya komutu tarafından gönderiliyor (en geç şu zamana kadar: {until}); o zaman tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>The campaign&apos;s template is not known.</source>
        <translation>Kampanyanın şablonu bilinmiyor.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/variables.py" line="+47"/>
        <source>unknown source {source!r}: use name, first_name, phone, custom.KEY or text:TEXT</source>
        <translation>bilinmeyen kaynak {source!r}: name, first_name, phone, custom.KEY veya text:TEXT kullanın</translation>
    </message>
    <message>
        <source>template {name!r} has a header with a variable, a location or an animation; campaigns fill a picture, video or document header and the variables of the body and the link buttons</source>
        <translation type="vanished">{name!r} şablonunun başlığında değişken, konum veya animasyon var; kampanyalar resim, video veya belge başlığını ve metin ile bağlantı düğmelerinin değişkenlerini doldurur</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>template {name!r} has an animation or a product at the top; campaigns fill a picture, video, document or map header, a title&apos;s variable and the variables of the body and the link buttons</source>
        <translation>{name!r} şablonunun üstünde bir animasyon veya ürün var; kampanyalar üstteki resmi, videoyu, belgeyi veya haritayı, bir başlığın değişkenini ve gövdenin ve bağlantı düğmelerinin değişkenlerini doldurur</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{variable} of the title</source>
        <translation>başlığın {variable} değişkeni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code of button {n}</source>
        <translation>düğme {n} kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link of button {n}</source>
        <translation>düğme {n} bağlantısı</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a source for the variable in the {missing}</source>
        <translation>şu bölümdeki değişken için bir kaynak verin: {missing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template&apos;s button {n} (index {index}) is a quick reply and takes no value</source>
        <translation>şablonun {n}. düğmesi (dizin {index}) hızlı yanıttır ve değer almaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) calls a phone number and takes no value</source>
        <translation>şablonun {n}. düğmesi (dizin {index}) bir telefon numarasını arar ve değer almaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s button {n} (index {index}) opens a fixed link and takes no value</source>
        <translation>şablonun {n}. düğmesi (dizin {index}) sabit bir bağlantı açar ve değer almaz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template&apos;s button {n} (index {index}) takes no value</source>
        <translation>şablonun {n}. düğmesi (dizin {index}) değer almaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template has no button {n} (index {index})</source>
        <translation>şablonda {n}. düğme yok (dizin {index})</translation>
    </message>
    <message>
        <source>the template&apos;s button {n} (index {index}) has no link variable</source>
        <translation type="vanished">şablonun {n}. düğmesinde (dizin {index}) bağlantı değişkeni yok</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give a source for each variable of the template: missing {missing}</source>
        <translation>şablonun her değişkeni için bir kaynak verin; eksik: {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the template has no variable {extra}</source>
        <translation>şablonda şu değişken yok: {extra}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown source {source!r}</source>
        <translation>bilinmeyen kaynak {source!r}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+79"/>
        <source>The latitude must be a number from -90 to 90 (decimal degrees, e.g. 52.5292).</source>
        <translation>Enlem -90 ile 90 arasında bir sayı olmalıdır (ondalık derece, örn. 52.5292).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longitude must be a number from -180 to 180 (decimal degrees, e.g. 13.4012).</source>
        <translation>Boylam -180 ile 180 arasında bir sayı olmalıdır (ondalık derece, örn. 13.4012).</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Give the place&apos;s name (shown under the map).</source>
        <translation>Yerin adını belirtin (haritanın altında gösterilir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the place&apos;s address (shown under the map).</source>
        <translation>Yerin adresini belirtin (haritanın altında gösterilir).</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/campaigns/header_parts.py" line="+106"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address) before the campaign starts.</source>
        <translation>Şablon üstte bir harita gösterir: kampanya başlamadan önce yeri (enlem, boylam, ad ve adres) belirtin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give where its text comes from.</source>
        <translation>Şablonun üstteki başlığında bir değişken var ({variable}): metninin nereden geldiğini belirtin.</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaigns_page.py" line="+53"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Okundu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replied</source>
        <translation>Yanıtladı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Scheduled</source>
        <translation>Zamanlandı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to send</source>
        <translation>Gönderilmeyi bekliyor</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location line="+75"/>
        <source>Campaign notices</source>
        <translation>Kampanya bildirimleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the campaign notices</source>
        <translation>Kampanya bildirimlerini kapat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New campaign…</source>
        <translation>Yeni kampanya…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New campaign</source>
        <translation>Yeni kampanya</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. A campaign sends one approved template to many customers at once, for example this week&apos;s offer to everyone tagged “Newsletter”. Press “New campaign…” to build one.</source>
        <translation>Henüz kampanya yok. Bir kampanya, onaylı bir şablonu aynı anda birçok müşteriye gönderir; örneğin bu haftanın fırsatını “Bülten” etiketli herkese. Bir tane oluşturmak için “Yeni kampanya…” düğmesine basın.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n kampanya</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation type="vanished">{n} kampanya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sending</source>
        <translation>{n} gönderiliyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} scheduled</source>
        <translation>{n} zamanlandı</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="-711"/>
        <source>Save picture…</source>
        <translation>Resmi kaydet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as CSV…</source>
        <translation>CSV olarak kaydet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save {what}</source>
        <translation>Kaydet: {what}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+52"/>
        <source>Nothing in this period yet.</source>
        <translation>Bu dönemde henüz bir şey yok.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+455"/>
        <source>Step 3: check and finish</source>
        <translation>Adım 3: kontrol edin ve bitirin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell Meta where to deliver your messages, then test it.</source>
        <translation>Mesajlarınızın nereye teslim edileceğini Meta&apos;ya bildirin, sonra deneyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta only sends your customers&apos; messages to the relay once the callback URL and verify token below are saved in the App Dashboard under WhatsApp → Configuration, with the “messages” field subscribed.</source>
        <translation>Meta, müşterilerinizin mesajlarını aktarma sunucusuna ancak aşağıdaki geri çağırma URL&apos;si ve doğrulama belirteci App Dashboard&apos;da WhatsApp → Configuration altında kaydedildiğinde ve “messages” alanına abone olunduğunda gönderir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback URL</source>
        <translation>Geri çağırma URL&apos;si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation>Doğrulama belirteci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the App Dashboard</source>
        <translation>App Dashboard&apos;u aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can finish now and test later under Settings → Test connection.</source>
        <translation>Şimdi bitirip daha sonra Ayarlar → Bağlantıyı dene altında deneyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {what}</source>
        <translation>Kopyala: {what}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="+72"/>
        <source>run the command again</source>
        <translation>komutu tekrar çalıştırın</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+29"/>
        <source>save it again as UTF-8 or name the encoding with --encoding</source>
        <translation>dosyayı UTF-8 olarak tekrar kaydedin veya kodlamayı --encoding ile belirtin</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="+34"/>
        <source>use --region</source>
        <translation>--region kullanın</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="+49"/>
        <source>run `klaros pair --relay URL --code CODE`</source>
        <translation>`klaros pair --relay URL --code CODE` komutunu çalıştırın</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>run `klaros connect --phone-number-id ID --waba-id ID`</source>
        <translation>`klaros connect --phone-number-id ID --waba-id ID` komutunu çalıştırın</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../klaros_desktop/phrases.py" line="+128"/>
        <source>today at {clock}</source>
        <translation>bugün saat {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {clock}</source>
        <translation>dün saat {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {clock}</source>
        <translation>yarın saat {clock}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {day} at {clock}</source>
        <translation>{day} saat {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {date} at {clock}</source>
        <translation>{date} saat {clock}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/compose.py" line="+66"/>
        <source>with a button</source>
        <translation>bir düğmeyle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported contact list</source>
        <translation>içe aktarılan bir kişi listesinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(set by hand in Klaros)</source>
        <translation>(Klaros&apos;ta elle ayarlandı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Meta reported that they stopped marketing messages)</source>
        <translation>(Meta, pazarlama mesajlarını durdurduklarını bildirdi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>WhatsApp ayarlarında</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by writing “{word}”</source>
        <translation>“{word}” yazarak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({source})</source>
        <translation>({source})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{who} opted out of all messages {how} {when}. Klaros will not message them until they write START.</source>
        <translation>{who}, {when} {how} tüm mesajları durdurdu. START yazana kadar Klaros bu kişiye mesaj göndermeyecek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} stopped marketing messages {how} {when}; only utility and service templates may be sent.</source>
        <translation>{who}, {when} {how} pazarlama mesajlarını durdurdu; yalnızca hizmet bildirimi ve hizmet şablonları gönderilebilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} has not written to you yet, so WhatsApp only allows an approved template to start.</source>
        <translation>{who} size henüz yazmadı; bu yüzden WhatsApp sohbeti yalnızca onaylı bir şablonla başlatmaya izin verir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed {closed} ({who} last wrote {last}). Until they write again, WhatsApp only allows approved templates.</source>
        <translation>24 saatlik pencere {closed} kapandı ({who} en son {last} yazdı). Tekrar yazana kadar WhatsApp yalnızca onaylı şablonlara izin verir.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>WhatsApp refused the free message: more than 24 hours have passed since {who} last wrote by WhatsApp&apos;s clock. Send an approved template instead; once they answer you can write freely again.</source>
        <translation>WhatsApp serbest mesajı reddetti: WhatsApp&apos;ın saatine göre {who} en son yazalı 24 saatten fazla oldu. Bunun yerine onaylı bir şablon gönderin; yanıt verdiğinde yeniden serbestçe yazabilirsiniz.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>value {n}</source>
        <translation>değer {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This template&apos;s header (a product, an animation or a title with several values) is not one Klaros can fill in.</source>
        <translation>Klaros bu şablonun üst kısmını (bir ürün, bir animasyon veya birden çok değerli bir başlık) dolduramaz.</translation>
    </message>
    <message>
        <source>This template needs a location or header values, which Klaros cannot fill in.</source>
        <translation type="vanished">Bu şablon bir konum veya başlık değerleri gerektiriyor; Klaros bunları dolduramaz.</translation>
    </message>
    <message>
        <source>This template&apos;s link button needs a value for each customer, which a chat cannot fill in. Send it as a campaign instead, where the link&apos;s value is chosen.</source>
        <translation type="vanished">Bu şablonun bağlantı düğmesi her müşteri için bir değer gerektiriyor; sohbet bunu dolduramaz. Bunun yerine, bağlantının değerinin seçildiği bir kampanya olarak gönderin.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/sending.py" line="+148"/>
        <source>A template header takes a photo, a video or a document.</source>
        <translation>Bir şablon başlığı fotoğraf, video veya belge alır.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the message is empty</source>
        <translation>mesaj boş</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>WhatsApp shows no caption on a voice message or sticker; send the text on its own.</source>
        <translation>WhatsApp sesli mesajda veya çıkartmada açıklama göstermez; metni ayrı gönderin.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/buttons.py" line="+103"/>
        <source>The copy-code button needs this customer&apos;s code.</source>
        <translation>Kodu kopyala düğmesi bu müşterinin kodunu istiyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code for the copy-code button is too long: WhatsApp takes codes up to {n} characters.</source>
        <translation>Kodu kopyala düğmesinin kodu çok uzun: WhatsApp en fazla {n} karakterlik kod kabul eder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link button “{text}” needs a value for this customer.</source>
        <translation>“{text}” bağlantı düğmesi bu müşteri için bir değer istiyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” becomes part of a web address, so it cannot contain spaces.</source>
        <translation>“{text}” bağlantı düğmesinin değeri bir web adresinin parçası olur; boşluk içeremez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for the link button “{text}” is too long: WhatsApp takes links up to {limit} characters, which leaves {n} for this value.</source>
        <translation>“{text}” bağlantı düğmesinin değeri çok uzun: WhatsApp en fazla {limit} karakterlik bağlantı kabul eder; bu değere {n} karakter kalıyor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The template has no link button with a value at position {index} (counted from 0, as WhatsApp does); link buttons with a value: {known}.</source>
        <translation>Şablonda {index} konumunda değerli bir bağlantı düğmesi yok (WhatsApp gibi 0&apos;dan sayılır). Değerli bağlantı düğmeleri: {known}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_header.py" line="+109"/>
        <source>The title at the top would be {length} characters long with this value; WhatsApp allows {max}. The value may have at most {room} characters.</source>
        <translation>Bu değerle üstteki başlık {length} karakter olur; WhatsApp {max} karaktere izin verir. Değer en fazla {room} karakter olabilir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The template&apos;s title at the top has a variable ({variable}): give its value.</source>
        <translation>Şablonun üstteki başlığında bir değişken var ({variable}): değerini girin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template shows a map at the top: give the place (latitude, longitude, name and address).</source>
        <translation>Şablon üstte bir harita gösterir: yeri (enlem, boylam, ad ve adres) belirtin.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This template shows a map at the top, not a title with a value; leave the value out.</source>
        <translation>Bu şablon üstte değerli bir başlık değil, bir harita gösterir; değeri girmeyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This template shows no map at the top; leave the place out.</source>
        <translation>Bu şablon üstte harita göstermez; yeri belirtmeyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This template&apos;s title at the top has no variable; leave its value out.</source>
        <translation>Bu şablonun üstteki başlığında değişken yok; değerini girmeyin.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../klaros_desktop/ui/composer.py" line="+260"/>
        <source>Do not reply to this message</source>
        <translation>Bu mesajı yanıtlama</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Insert an emoji</source>
        <translation>Emoji ekle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message text</source>
        <translation>Mesaj metni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Mesajı gönder</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replying to: {text}</source>
        <translation>Yanıtlanan: {text}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Approved template</source>
        <translation>Onaylı şablon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send template</source>
        <translation>Şablon gönder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template:</source>
        <translation>Şablon:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file at the top of the template</source>
        <translation>Şablonun üstündeki dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+572"/>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <location line="-563"/>
        <source>Uploading the file</source>
        <translation>Dosya yükleniyor</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Template preview</source>
        <translation>Şablon önizlemesi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Value in the title at the top</source>
        <translation>Üstteki başlıktaki değer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This template shows a map at the top. Give the place; your map app shows its coordinates (you may paste both into the first field).</source>
        <translation>Bu şablon üstte bir harita gösterir. Yeri belirtin; harita uygulamanız koordinatlarını gösterir (ikisini birlikte ilk alana yapıştırabilirsiniz).</translation>
    </message>
    <message>
        <source>e.g. 52.5292</source>
        <translation type="vanished">örn. 52.5292</translation>
    </message>
    <message>
        <source>Latitude of the place</source>
        <translation type="vanished">Yerin enlemi</translation>
    </message>
    <message>
        <source>e.g. 13.4012</source>
        <translation type="vanished">örn. 13.4012</translation>
    </message>
    <message>
        <source>Longitude of the place</source>
        <translation type="vanished">Yerin boylamı</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s name</source>
        <translation type="vanished">örn. mağazanızın adı</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="vanished">Yerin adı</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="vanished">Sokak, posta kodu ve şehir</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="vanished">Yerin adresi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude:</source>
        <translation>Enlem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude:</source>
        <translation>Boylam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Why you cannot message this contact</source>
        <translation>Bu kişiye neden mesaj gönderemezsiniz</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a message  ·  Enter sends, Shift+Enter new line  ·  / for quick replies</source>
        <translation>Bir mesaj yazın  ·  Enter gönderir, Shift+Enter yeni satır  ·  hızlı yanıtlar için /</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message  ·  Ctrl+Enter sends  ·  / for quick replies</source>
        <translation>Bir mesaj yazın  ·  Ctrl+Enter gönderir  ·  hızlı yanıtlar için /</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>Gönder (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Gönder (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not forwarded: {reason}</source>
        <translation>İletilmedi: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot message this contact.</source>
        <translation>Bu kişiye mesaj gönderemezsiniz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Klaros cannot send from this computer: no secure password store is usable here, so it cannot open your WhatsApp connection. Nothing you write can be sent until that is fixed; File → Set up connection… says what to install.</source>
        <translation>Klaros bu bilgisayardan gönderemiyor: burada kullanılabilir güvenli bir parola deposu yok, bu yüzden WhatsApp bağlantınızı açamıyor. Bu düzeltilene kadar yazdığınız hiçbir şey gönderilemez; Dosya → Bağlantıyı kur… neyin kurulacağını söyler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: messages you write now wait in the outbox ({n} queued) and go out when Klaros reconnects, if the 24-hour window is still open then.</source>
        <translation>Çevrimdışı: şimdi yazdığınız mesajlar giden kutusunda bekler ({n} sırada) ve Klaros yeniden bağlandığında, 24 saatlik pencere o zaman hâlâ açıksa gönderilir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a template…</source>
        <translation>Bir şablon seçin…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed</source>
        <translation>izin verilmiyor</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No approved templates yet. Create one under Templates; it appears here as soon as Meta approves it.</source>
        <translation>Henüz onaylı şablon yok. Şablonlar altında bir tane oluşturun; Meta onayladığı anda burada görünür.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a template to see what {name} will receive. Templates in {language} come first.</source>
        <translation>Ne gönderileceğini görmek için bir şablon seçin (alıcı: {name}). Önce şu dildeki şablonlar gelir: {language}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a template to see what {name} will receive.</source>
        <translation>Ne gönderileceğini görmek için bir şablon seçin (alıcı: {name}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template value: {label}</source>
        <translation>Şablon değeri: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>for example: {example}</source>
        <translation>örneğin: {example}</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>fill in</source>
        <translation>doldurun</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Title “{title}”:</source>
        <translation>Başlık “{title}”:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title at the top reads “{title}”, with “…” replaced by what you type here. WhatsApp allows {max} characters for the whole title, which leaves {room} for this value.</source>
        <translation>Üstteki başlık “{title}” şeklindedir; “…” yerine buraya yazdığınız gelir. WhatsApp başlığın tamamı için {max} karaktere izin verir, bu değere {room} karakter kalır.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code “{text}”:</source>
        <translation>Kod “{text}”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link “{text}”:</source>
        <translation>Bağlantı – “{text}”:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of the button “{text}”</source>
        <translation>“{text}” düğmesinin kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the link of the button “{text}”</source>
        <translation>Bağlantının sonu – “{text}” düğmesi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer copies this code with the button (up to {n} characters).</source>
        <translation>Müşteri bu kodu düğmeyle kopyalar (en fazla {n} karakter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button “{text}” copies the code you type here; WhatsApp takes up to {n} characters.</source>
        <translation>“{text}” düğmesi buraya yazdığınız kodu kopyalar; WhatsApp en fazla {n} karakter kabul eder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The button “{text}” opens {url}, with “…” replaced by what you type here.</source>
        <translation>“{text}” düğmesi şu adresi açar: {url}. “…” yerine buraya yazdığınız gelir.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>[Map: {place}]</source>
        <translation>[Harita: {place}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given yet</source>
        <translation>henüz belirtilmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[{kind}: {name}]</source>
        <translation>[{kind}: {name}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen yet</source>
        <translation>henüz seçilmedi</translation>
    </message>
    <message>
        <source>[Button “{text}”: copies {code}]</source>
        <translation type="vanished">[“{text}” düğmesi: {code} kopyalar]</translation>
    </message>
    <message>
        <source>[Button “{text}”: {url}]</source>
        <translation type="vanished">[Düğme “{text}”: {url}]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not allowed: {reason}</source>
        <translation>İzin verilmiyor: {reason}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This template shows a video at the top. Choose the video before sending ({rule}, MP4 or 3GP).</source>
        <translation>Bu şablon mesajın üstünde bir video gösterir. Göndermeden önce videoyu seçin ({rule}, MP4 veya 3GP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template shows a document at the top. Choose the document before sending ({rule}: PDF, Word, Excel, PowerPoint or text).</source>
        <translation>Bu şablon mesajın üstünde bir belge gösterir. Göndermeden önce belgeyi seçin ({rule}: PDF, Word, Excel, PowerPoint veya metin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template shows a picture at the top. Choose the picture before sending ({rule}, JPEG or PNG).</source>
        <translation>Bu şablon mesajın üstünde bir resim gösterir. Göndermeden önce resmi seçin ({rule}, JPEG veya PNG).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At the top: {name} ({size}).</source>
        <translation>Üstte: {name} ({size}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another file…</source>
        <translation>Başka bir dosya seç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not this file: {reason}</source>
        <translation>Bu dosya olmaz: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file for the top of the template</source>
        <translation>Şablonun üstü için dosyayı seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reactions need a connection to WhatsApp; try again when Klaros is online.</source>
        <translation>Tepkiler için WhatsApp bağlantısı gerekir; Klaros çevrimiçi olduğunda tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Queued in the outbox; it goes out when Klaros is back online.</source>
        <translation>Giden kutusunda sıraya alındı; Klaros yeniden çevrimiçi olduğunda gönderilir.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+23"/>
        <source>Not sent: {reason}</source>
        <translation>Gönderilmedi: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not send: {error}</source>
        <translation>Gönderilemedi: {error}</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <location line="-891"/>
        <source>Enter sends the message (Shift+Enter: new line)</source>
        <translation>Enter mesajı gönderir (Shift+Enter: yeni satır)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../klaros_desktop/services/setup/connection_check.py" line="+41"/>
        <source>The relay at {url} did not answer: {error}</source>
        <translation>{url} adresindeki aktarma sunucusu yanıt vermedi: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new messages are waiting</source>
        <translation>yeni mesajlar bekliyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing is waiting</source>
        <translation>bekleyen bir şey yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay at {url} answers and knows this device; {waiting}.</source>
        <translation>{url} adresindeki aktarma sunucusu yanıt veriyor ve bu cihazı tanıyor; {waiting}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta did not accept the connection: {error}</source>
        <translation>Meta bağlantıyı kabul etmedi: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta answers for {number} ({name}); quality rating {quality}.</source>
        <translation>Meta şu numara için yanıt veriyor: {number} ({name}); kalite puanı: {quality}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number} ({name}).</source>
        <translation>Meta şu numara için yanıt veriyor: {number} ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta answers for {number}; quality rating {quality}.</source>
        <translation>Meta şu numara için yanıt veriyor: {number}; kalite puanı: {quality}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta answers for {number}.</source>
        <translation>Meta şu numara için yanıt veriyor: {number}.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../klaros_desktop/services/people/consent.py" line="+177"/>
        <source>via {word}</source>
        <translation>{word} yazarak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via a keyword</source>
        <translation>anahtar kelimeyle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with a button</source>
        <translation>düğmeyle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in an imported file</source>
        <translation>içe aktarılan dosyada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set by hand</source>
        <translation>elle girildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by Meta (they stopped marketing messages)</source>
        <translation>Meta bildirdi (pazarlama mesajlarını durdurdular)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in their WhatsApp settings</source>
        <translation>WhatsApp ayarlarında</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opted out of all messages {how} {when}</source>
        <translation>Tüm mesajları durdurdu ({how}, {when})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages {how} {when}</source>
        <translation>Pazarlama mesajlarını durdurdu ({how}, {when})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages {how} {when}</source>
        <translation>Tüm mesajlara onay verdi ({how}, {when})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages {how} {when}</source>
        <translation>Pazarlama mesajlarına onay verdi ({how}, {when})</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_dialog.py" line="+50"/>
        <source>Consent given or withdrawn</source>
        <translation>Verilen veya geri çekilen onay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to all messages</source>
        <translation>Tüm mesajlara onay verdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted in to marketing messages</source>
        <translation>Pazarlama mesajlarına onay verdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out of all messages</source>
        <translation>Tüm mesajları durdurdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped marketing messages</source>
        <translation>Pazarlama mesajlarını durdurdu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day the consent was given</source>
        <translation>Onayın verildiği gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For example: signed form in the shop, kept in the folder</source>
        <translation>Örneğin: dükkânda imzalanan form, klasörde saklanıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record consent</source>
        <translation>Onayı kaydet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recorded, with its evidence, in the consent history.</source>
        <translation>Kanıtıyla birlikte onay geçmişine kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location line="+16"/>
        <source>Edit contact</source>
        <translation>Kişiyi düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>Yeni kişi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>WhatsApp name: {name}</source>
        <translation>WhatsApp adı: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+49 151 1234567</source>
        <translation>+90 532 123 45 67</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>regular, wholesale (comma separated)</source>
        <translation>daimi, toptan (virgülle ayırın)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Custom fields</source>
        <translation>Ek alanlar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add field</source>
        <translation>Alan ekle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent history</source>
        <translation>Onay geçmişi</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Kanıt: kişinin mesajı “{text}”</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+100"/>
        <source>Evidence: {detail}</source>
        <translation>Kanıt: {detail}</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No opt-in or opt-out recorded. Customers who write STOP are opted out automatically; START opts them back in.</source>
        <translation>Kayıtlı onay veya iptal yok. STOP yazan müşteriler otomatik olarak çıkarılır; START yazınca yeniden onay vermiş olurlar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>Consent history ({n})</source>
        <translation>Onay geçmişi ({n})</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Open conversation</source>
        <translation>Sohbeti aç</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact…</source>
        <translation>Kişiyi sil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase contact</source>
        <translation>Kişiyi sil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete everything Klaros has on this person, keeping only a salted hash so they are never messaged again</source>
        <translation>Klaros&apos;un bu kişiyle ilgili her şeyini silin; yalnızca tuzlanmış bir karma saklanır, böylece bu kişiye bir daha asla mesaj gönderilmez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everything Klaros has on this person (they have no phone number, so nothing is kept)</source>
        <translation>Klaros&apos;un bu kişiyle ilgili her şeyini silin (telefon numarası olmadığı için hiçbir şey saklanmaz)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No number: this contact cannot be messaged.</source>
        <translation>Numara yok: bu kişiye mesaj gönderilemez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valid number: {number}</source>
        <translation>Geçerli numara: {number}</translation>
    </message>
</context>
<context>
    <name>ContactEdit</name>
    <message>
        <location filename="../../klaros_desktop/services/people/contact_edit.py" line="+55"/>
        <source>contact {id} no longer exists</source>
        <translation>kişi {id} artık yok</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give the contact a name or a phone number</source>
        <translation>kişiye bir ad veya telefon numarası verin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} already belongs to {name}; open that contact instead</source>
        <translation>Bu numara zaten başka bir kişiye ait: {number} (kişi: {name}); bunun yerine o kişiyi açın</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>this contact was deleted meanwhile</source>
        <translation>bu kişi bu arada silindi</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>say how the customer gave or withdrew consent (for example: signed form in the shop)</source>
        <translation>müşterinin onayı nasıl verdiğini veya geri çektiğini yazın (örneğin: dükkânda imzalanan form)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date of the consent cannot be in the future</source>
        <translation>onay tarihi gelecekte olamaz</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../klaros_desktop/ui/contact_panel.py" line="+35"/>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sending</source>
        <translation>gönderiliyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gönderildi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>teslim edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>okundu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replied</source>
        <translation>yanıtladı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>teslim edilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out</source>
        <translation>dışarıda kaldı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held back</source>
        <translation>bekletildi</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Contact details</source>
        <translation>Kişi bilgileri</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>← Back to the chat</source>
        <translation>← Sohbete dön</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Labels</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a label…</source>
        <translation>Etiket ekle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a label</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to remember about them</source>
        <translation>Bu kişi hakkında hatırlamak istedikleriniz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent and its evidence</source>
        <translation>Onay ve kanıtı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last campaigns</source>
        <translation>Son kampanyalar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More details…</source>
        <translation>Daha fazla ayrıntı…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No number</source>
        <translation>Numara yok</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the label {name}</source>
        <translation>Etiketi kaldır: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No labels yet</source>
        <translation>Henüz etiket yok</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked yet. Customers who write STOP are opted out by themselves; “More details…” records a consent given in the shop.</source>
        <translation>Henüz sorulmadı. STOP yazan müşteriler kendiliğinden çıkarılır; “Daha fazla ayrıntı…” dükkânda verilen bir onayı kaydeder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence: their message “{text}”</source>
        <translation>Kanıt: kişinin mesajı “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: {detail}</source>
        <translation>Kanıt: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} earlier changes in “More details…”</source>
        <translation>“Daha fazla ayrıntı…” içinde {n} önceki değişiklik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in any campaign yet.</source>
        <translation>Henüz hiçbir kampanyada yok.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: {reason}</source>
        <translation>Kaydedilmedi: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/contacts_page.py" line="+73"/>
        <source>Search contacts: name, number, tag or note…</source>
        <translation>Kişilerde ara: ad, numara, etiket veya not…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Kişilerde ara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag filter</source>
        <translation>Etiket filtresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Yeni kişi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+182"/>
        <source>Open conversation</source>
        <translation>Sohbeti aç</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Import…</source>
        <translation>İçe aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected person on their request: messages, notes, media and consent history</source>
        <translation>Seçili kişiyi kendi isteği üzerine silin: mesajlar, notlar, medya ve onay geçmişi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase contact</source>
        <translation>Kişiyi sil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No contacts match. Clear the search or choose “All tags”.</source>
        <translation>Eşleşen kişi yok. Aramayı temizleyin veya “Tüm etiketler”i seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts yet. Customers who write to you appear here by themselves; add one with “New contact”, or import a CSV or vCard file with “Import…” (or drop it here).</source>
        <translation>Henüz kişi yok. Size yazan müşteriler burada kendiliğinden görünür; “Yeni kişi” ile bir kişi ekleyin veya “İçe aktar…” ile bir CSV ya da vCard dosyası içe aktarın (veya buraya bırakın).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All tags</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact…</source>
        <translation>Kişiyi sil…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No conversation with this contact yet; start one with a template.</source>
        <translation>Bu kişiyle henüz sohbet yok; bir şablonla başlatın.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export contacts</source>
        <translation>Kişileri dışa aktar</translation>
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
            <numerusform>%n kişi şu dosyaya yazıldı: {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {error}</source>
        <translation>Dışa aktarma başarısız: {error}</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+485"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opted out</source>
        <translation>İptal etti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No marketing</source>
        <translation>Pazarlama yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opted in</source>
        <translation>Onay verdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Sorulmadı</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-273"/>
        <source>{name}, {unread} unread: {preview}</source>
        <translation>{name}, {unread} okunmamış: {preview}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {preview}</source>
        <translation>{name}: {preview}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(messages not sent: {n})</source>
        <translation>(gönderilmeyen mesaj: {n})</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/country_picker.py" line="+47"/>
        <source>No default (numbers must start with +)</source>
        <translation>Varsayılan yok (numaralar + ile başlamalı)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a country, e.g. Germany or +49</source>
        <translation>Bir ülke yazın, örn. Türkiye veya +90</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/crash_dialog.py" line="+21"/>
        <source>Something went wrong</source>
        <translation>Bir sorun oluştu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation>Hata ayrıntıları</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Ayrıntıları kopyala</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A copy is saved in %1.</source>
        <translation>Bir kopyası şuraya kaydedildi: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not be saved to a file.</source>
        <translation>Bir dosyaya kaydedilemedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros ran into an unexpected problem. Your saved messages and contacts are not affected. If it keeps happening, copy the details and send them to your Klaros support; they contain no messages, phone numbers or passwords.</source>
        <translation>Klaros beklenmedik bir sorunla karşılaştı. Kayıtlı mesajlarınız ve kişileriniz etkilenmedi. Tekrar olursa ayrıntıları kopyalayıp Klaros desteğinize gönderin; ayrıntılarda mesaj, telefon numarası veya parola yoktur.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>O zamandan beri %n kez daha oldu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
</context>
<context>
    <name>DeadLetters</name>
    <message>
        <location filename="../../klaros_desktop/services/inbound/dead_letters.py" line="+191"/>
        <source>A customer&apos;s message</source>
        <translation>Bir müşterinin mesajı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks of a message you sent</source>
        <translation>Gönderdiğiniz bir mesajın tikleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News about a template</source>
        <translation>Bir şablonla ilgili haber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another WhatsApp update</source>
        <translation>Başka bir WhatsApp güncellemesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a WhatsApp update</source>
        <translation>WhatsApp güncellemesi değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be opened</source>
        <translation>Açılamadı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was locked for another computer, or damaged on the way, so this PC cannot open it.</source>
        <translation>Başka bir bilgisayar için kilitlenmişti veya yolda bozuldu; bu yüzden bu bilgisayar onu açamıyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It arrived damaged: it is not readable data.</source>
        <translation>Bozuk geldi: okunabilir veri değil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not in the form WhatsApp uses, so Klaros does not know what to do with it.</source>
        <translation>WhatsApp&apos;ın kullandığı biçimde değil; bu yüzden Klaros onunla ne yapacağını bilmiyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of it is in a form this version of Klaros cannot store. After an update, Try again may work.</source>
        <translation>Bir kısmı, Klaros&apos;un bu sürümünün saklayamadığı bir biçimde. Bir güncellemeden sonra “Tekrar dene” işe yarayabilir.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>It is no longer in the list.</source>
        <translation>Artık listede değil.</translation>
    </message>
</context>
<context>
    <name>DeadLettersDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/dead_letters.py" line="+114"/>
        <location line="+18"/>
        <source>Messages Klaros could not read</source>
        <translation>Klaros&apos;un okuyamadığı mesajlar</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Klaros received these but could not add them to your chats</source>
        <translation>Klaros bunları aldı ama sohbetlerinize ekleyemedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They reached this PC, but something in them was not as Klaros expected. They are kept here, so nothing is lost. Export them to keep a copy or to show them to whoever helps you with Klaros. After an update of Klaros, Try again may add them to your chats.</source>
        <translation>Bu bilgisayara ulaştılar, ama içlerindeki bir şey Klaros&apos;un beklediği gibi değildi. Burada saklanıyorlar, böylece hiçbir şey kaybolmuyor. Bir kopya saklamak veya Klaros konusunda size yardım eden kişiye göstermek için dışa aktarın. Klaros güncellendikten sonra “Tekrar dene” onları sohbetlerinize ekleyebilir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here: Klaros has added everything it received to your chats.</source>
        <translation>Burada bir şey yok: Klaros aldığı her şeyi sohbetlerinize ekledi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export them to a file</source>
        <translation>Bir dosyaya dışa aktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again to add the selected one to your chats</source>
        <translation>Seçileni sohbetlerinize eklemeyi tekrar dene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Kaldır…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected one for good</source>
        <translation>Seçileni kalıcı olarak sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This one was locked for another computer: trying again cannot open it.</source>
        <translation>Bu, başka bir bilgisayar için kilitlenmişti: tekrar denemek onu açamaz.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export messages Klaros could not read</source>
        <translation>Klaros&apos;un okuyamadığı mesajları dışa aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (*.csv);;JSON lines (*.jsonl)</source>
        <translation>Elektronik tablo (*.csv);;JSON satırları (*.jsonl)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {count} to {file}.</source>
        <translation>Kaydedilen: {count}, dosya: {file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder.</source>
        <translation>Klaros şu klasöre yazamadı: {folder} ({reason}). Başka bir yer seçin, örneğin Belgeler klasörünüz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying again…</source>
        <translation>Tekrar deneniyor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to your chats.</source>
        <translation>Sohbetlerinize eklendi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still not possible: {why}</source>
        <translation>Hâlâ mümkün değil: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klaros is busy right now, so nothing changed. Try again in a moment.</source>
        <translation>Klaros şu anda meşgul, hiçbir şey değişmedi. Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove for good?</source>
        <translation>Kalıcı olarak kaldırılsın mı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this for good? Klaros keeps no other copy: export it first if you may need it.</source>
        <translation>Bu kalıcı olarak silinsin mi? Klaros başka bir kopya saklamaz: gerekebilirse önce dışa aktarın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed.</source>
        <translation>Kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>DeadLettersEntry</name>
    <message>
        <location line="-230"/>
        <source>Messages Klaros could not read…</source>
        <translation>Klaros&apos;un okuyamadığı mesajlar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages and updates that reached this PC but could not be added to your chats</source>
        <translation>Bu bilgisayara ulaşan ama sohbetlerinize eklenemeyen mesajlar ve güncellemeler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages Klaros could not read</source>
        <translation>Klaros&apos;un okuyamadığı mesajlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them</source>
        <translation>Göster</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ Messages Klaros could not read: {count}</source>
        <translation>⚠ Klaros&apos;un okuyamadığı mesajlar: {count}</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="+106"/>
        <source>Drop a contacts file here</source>
        <translation>Kişi dosyasını buraya bırakın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a .csv or .vcf file here, or choose one</source>
        <translation>Buraya bir .csv veya .vcf dosyası bırakın ya da bir dosya seçin</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../klaros_desktop/ui/emoji_picker.py" line="+13"/>
        <source>Smileys</source>
        <translation>Yüz ifadeleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gestures</source>
        <translation>El hareketleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearts and symbols</source>
        <translation>Kalpler ve semboller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Dükkân</translation>
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
        <translation>bu kişi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERASE</source>
        <translation>ONAYLA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase contact</source>
        <translation>Kişiyi sil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase {name} from Klaros?</source>
        <translation>{name} Klaros&apos;tan silinsin mi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone number</source>
        <translation>Telefon numarası yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from this PC for good:</source>
        <translation>Bu bilgisayardan kalıcı olarak silinenler:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every message with them, sent and received, and the conversation</source>
        <translation>bu kişiyle olan gönderilen ve alınan tüm mesajlar ve sohbet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their contact details: name, tags, notes and custom fields</source>
        <translation>kişi bilgileri: ad, etiketler, notlar ve ek alanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the photos, voice notes and files in those messages</source>
        <translation>bu mesajlardaki fotoğraflar, sesli notlar ve dosyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their consent history (opt-ins and opt-outs)</source>
        <translation>onay geçmişi (onaylar ve iptaller)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their number wherever the audit trail and the log files mention it</source>
        <translation>denetim kaydında ve günlük dosyalarında geçtiği her yerde numarası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their WhatsApp user ID wherever the audit trail and the log files mention it</source>
        <translation>denetim kaydında ve günlük dosyalarında geçtiği her yerde WhatsApp kullanıcı kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their number</source>
        <translation>numarasını hâlâ içeren otomatik veritabanı yedekleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic database backups that still hold their user ID</source>
        <translation>kullanıcı kimliğini hâlâ içeren otomatik veritabanı yedekleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: a salted hash of the number, which cannot be turned back into it. It makes Klaros refuse to message or import this number again.</source>
        <translation>Kalan: numaranın tuzlanmış bir karması; bundan numara geri elde edilemez. Bu sayede Klaros bu numaraya bir daha mesaj göndermeyi veya numarayı içe aktarmayı reddeder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays: nothing. They have no phone number, so there is nothing to keep them from being messaged if they write again.</source>
        <translation>Kalan: hiçbir şey. Telefon numarası olmadığı için, tekrar yazarsa mesaj almasını engelleyecek bir şey kalmaz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not affected: the chat on their phone, and the copies Meta keeps under its own rules.</source>
        <translation>Etkilenmeyenler: kişinin telefonundaki sohbet ve Meta&apos;nın kendi kurallarına göre sakladığı kopyalar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type the last 4 digits of {name}’s number:</source>
        <translation>Bu geri alınamaz. Onaylamak için numaranın son 4 hanesini yazın (kişi: {name}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. To confirm, type {word}:</source>
        <translation>Bu geri alınamaz. Onaylamak için şunu yazın: {word}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 digits of the number</source>
        <translation>Numaranın son 4 hanesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation word</source>
        <translation>Onay kelimesi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasing</source>
        <translation>Siliniyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erasure state</source>
        <translation>Silme durumu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase {name}</source>
        <translation>Sil: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {name} for good</source>
        <translation>Kalıcı olarak sil: {name}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Erasing {name}…</source>
        <translation>Siliniyor: {name}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The erasure did not finish: {reason}. Try again; if it keeps failing, close Klaros and use “klaros erase --contact”.</source>
        <translation>Silme tamamlanmadı: {reason}. Tekrar deneyin; hata sürerse Klaros&apos;u kapatın ve “klaros erase --contact” komutunu kullanın.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contact erased</source>
        <translation>Kişi silindi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is erased from Klaros.</source>
        <translation>{name} Klaros&apos;tan silindi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not everything could be done:</source>
        <translation>Her şey yapılamadı:</translation>
    </message>
</context>
<context>
    <name>EraseEverythingDialog</name>
    <message>
        <location line="+31"/>
        <source>ERASE</source>
        <translation>ONAYLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything on this PC</source>
        <translation>Bu bilgisayardaki her şeyi sil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase everything Klaros keeps on this PC?</source>
        <translation>Klaros&apos;un bu bilgisayarda sakladığı her şey silinsin mi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes the folder {folder} with everything in it that Klaros made: the database (every contact, conversation, message, template, consent record and the audit trail), its automatic backups, the log files and the downloaded photos and files.</source>
        <translation>Bu işlem {folder} klasörünü, içinde Klaros&apos;un oluşturduğu her şeyle birlikte siler: veritabanı (tüm kişiler, sohbetler, mesajlar, şablonlar, onay kayıtları ve denetim kaydı), otomatik yedekleri, günlük dosyaları ve indirilen fotoğraflar ve dosyalar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It also removes the Meta access token, the relay token and this PC’s key from {keyring}.</source>
        <translation>Ayrıca Meta erişim belirtecini, aktarma sunucusu belirtecini ve bu bilgisayarın anahtarını da kaldırır. Kaldırıldığı yer: {keyring}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Want a copy first? Cancel and use File → Export all data…</source>
        <translation>Önce bir kopya mı istiyorsunuz? İptal edin ve Dosya → Tüm verileri dışa aktar… seçeneğini kullanın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted by this, because they are not on this PC:</source>
        <translation>Bununla silinmeyenler, çünkü bu bilgisayarda değiller:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta keeps your WhatsApp Business account, its phone number and templates. To delete them, open WhatsApp Manager in Meta Business Suite and delete the phone number or the account.</source>
        <translation>Meta, WhatsApp Business hesabınızı, telefon numarasını ve şablonları saklar. Bunları silmek için Meta Business Suite&apos;te WhatsApp Yöneticisi&apos;ni açın ve telefon numarasını veya hesabı silin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay keeps this PC paired and holds messages not yet fetched (for 30 days at most). Ask whoever runs your relay to remove this device.</source>
        <translation>Aktarma sunucusu bu bilgisayarı eşleşmiş olarak tutar ve henüz alınmamış mesajları (en fazla 30 gün) saklar. Aktarma sunucunuzu yöneten kişiden bu cihazı kaldırmasını isteyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone, and Klaros closes when it is done. To confirm, type {word}:</source>
        <translation>Bu geri alınamaz ve işlem bitince Klaros kapanır. Onaylamak için şunu yazın: {word}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation word</source>
        <translation>Onay kelimesi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasing everything on this PC…</source>
        <translation>Bu bilgisayardaki her şey siliniyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing</source>
        <translation>Siliniyor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was erased</source>
        <translation>Silinenler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everything</source>
        <translation>Her şeyi sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC for good</source>
        <translation>Bu bilgisayardaki her şeyi kalıcı olarak sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Klaros</source>
        <translation>Klaros&apos;u kapat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system’s password store</source>
        <translation>sistemin parola deposu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Everything is erased</source>
        <translation>Her şey silindi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} and the keyring entries of this profile are gone.</source>
        <translation>{folder} klasörü ve bu profilin anahtar zinciri kayıtları kaldırıldı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left in place because Klaros did not make them: {files}. Delete them yourself if you do not need them.</source>
        <translation>Klaros oluşturmadığı için yerinde bırakılanlar: {files}. Gerekmiyorsa bunları kendiniz silin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The erasure is recorded, without any of the erased data, in {file}.</source>
        <translation>Silme işlemi, silinen verilerin hiçbiri olmadan şu dosyaya kaydedildi: {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember Meta and the relay: they keep their own copies (see above).</source>
        <translation>Meta&apos;yı ve aktarma sunucusunu unutmayın: kendi kopyalarını saklarlar (yukarıya bakın).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The erasure did not finish</source>
        <translation>Silme tamamlanmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}.

Klaros closes now. Then delete the folder {folder} yourself, or start Klaros again and repeat the erasure.</source>
        <translation>{reason}.

Klaros şimdi kapanıyor. Sonra {folder} klasörünü kendiniz silin veya Klaros&apos;u yeniden başlatıp silme işlemini tekrarlayın.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../klaros_desktop/services/privacy/erasure.py" line="+101"/>
        <source>No contact had this number; it is now suppressed so it is never messaged.</source>
        <translation>Bu numaraya sahip kişi yoktu; numara artık engellendi, böylece ona asla mesaj gönderilmez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erased contacts: {contacts}; messages: {messages}; conversations: {conversations}; consent events: {consent_events}; media files: {media_files}.</source>
        <translation>Silinen kişiler: {contacts}; mesajlar: {messages}; sohbetler: {conversations}; onay olayları: {consent_events}; medya dosyaları: {media_files}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsent messages deleted from the outbox: {count}.</source>
        <translation>Giden kutusundan silinen gönderilmemiş mesajlar: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entries scrubbed: {count}.</source>
        <translation>Temizlenen denetim kayıtları: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log files scrubbed: {count}.</source>
        <translation>Temizlenen günlük dosyaları: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database backups holding the number deleted: {count}.</source>
        <translation>Numarayı içeren ve silinen veritabanı yedekleri: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They had no phone number, so nothing about them is kept.</source>
        <translation>Telefon numarası yoktu, bu yüzden onunla ilgili hiçbir şey saklanmıyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is kept only as a salted hash.</source>
        <translation>Numara yalnızca tuzlanmış bir karma olarak saklanıyor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sentence} {more}</source>
        <translation>{sentence} {more}</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This contact no longer exists.</source>
        <translation>Bu kişi artık yok.</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>the database&apos;s write-ahead log (klaros.sqlite3-wal) could not be emptied: something else was reading the database. The erased data may remain in that file until Klaros starts again, which empties it</source>
        <translation>veritabanının önceden yazma günlüğü (klaros.sqlite3-wal) boşaltılamadı: veritabanını başka bir şey okuyordu. Silinen veriler, Klaros yeniden başlayıp bu dosyayı boşaltana kadar dosyada kalabilir</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a media path outside the profile was ignored: {path}</source>
        <translation>profil dışındaki bir medya yolu yok sayıldı: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a media file could not be deleted: {error}; Klaros tries again when it next starts</source>
        <translation>bir medya dosyası silinemedi: {error}; Klaros bir sonraki başlangıçta tekrar dener</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the backup {name} could not be checked or deleted: {error}</source>
        <translation>yedek kontrol edilemedi veya silinemedi: {name} ({error})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{folder} is not a Klaros profile (no {name} in it); nothing was erased</source>
        <translation>{folder} bir Klaros profili değil (içinde {name} yok); hiçbir şey silinmedi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the password store did not let Klaros remove this profile&apos;s secrets ({error}), so nothing was erased. Unlock it (or sign in to your desktop session) and erase again</source>
        <translation>parola deposu Klaros&apos;un bu profilin gizli bilgilerini kaldırmasına izin vermedi ({error}), bu yüzden hiçbir şey silinmedi. Kilidini açın (veya masaüstü oturumunuza giriş yapın) ve tekrar silin</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/privacy.py" line="-474"/>
        <location line="+26"/>
        <source>Export all data</source>
        <translation>Tüm verileri dışa aktar</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip arşivi (*.zip)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exporting everything Klaros holds…</source>
        <translation>Klaros&apos;taki her şey dışa aktarılıyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {file}</source>
        <translation>Yazılıyor: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export in progress</source>
        <translation>Dışa aktarma sürüyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This takes seconds for a small shop and a few minutes for years of chats with photos. You can keep working meanwhile.</source>
        <translation>Bu, küçük bir dükkân için saniyeler, fotoğraflı yılların sohbetleri için birkaç dakika sürer. Bu arada çalışmaya devam edebilirsiniz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export finished</source>
        <translation>Dışa aktarma tamamlandı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the archive is</source>
        <translation>Arşivin yeri</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each kind of record is a file of its own, readable by other programs; the contacts are also in it as a spreadsheet (CSV) and as address-book cards (vCard). README.md inside explains every field.</source>
        <translation>Her kayıt türü, başka programların okuyabileceği ayrı bir dosyadır; kişiler ayrıca bir elektronik tablo (CSV) ve adres defteri kartları (vCard) olarak da içindedir. İçindeki README.md her alanı açıklar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export did not work</source>
        <translation>Dışa aktarma çalışmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the export failed</source>
        <translation>Dışa aktarma neden başarısız oldu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>Klasörü aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder holding the archive</source>
        <translation>Arşivi içeren klasörü aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An export cannot be stopped halfway; it ends by itself.</source>
        <translation>Dışa aktarma yarıda durdurulamaz; kendiliğinden biter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved as {file} ({size}).</source>
        <translation>Kaydedildi: {file} ({size}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Sohbetler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent records (opt-ins and opt-outs)</source>
        <translation>Onay kayıtları (onaylar ve iptaller)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Mesaj şablonları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail entries</source>
        <translation>Denetim kaydı girdileri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, voice notes and files</source>
        <translation>Fotoğraflar, sesli notlar ve dosyalar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaros could not write to {folder}: {reason}. Choose another place, for example your Documents folder, and try again.</source>
        <translation>Klaros şu klasöre yazamadı: {folder} ({reason}). Başka bir yer seçin, örneğin Belgeler klasörünüz, ve tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong while writing it: {reason}.</source>
        <translation>Yazarken bir sorun oluştu: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No half-written archive was left behind.</source>
        <translation>Yarım yazılmış bir arşiv bırakılmadı.</translation>
    </message>
</context>
<context>
    <name>FailedMessagesDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/analytics_page.py" line="+20"/>
        <location line="+10"/>
        <source>Messages not delivered</source>
        <translation>Teslim edilmeyen mesajlar</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Yazıldı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a message to open the chat.</source>
        <translation>Sohbeti açmak için bir mesaja çift tıklayın.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../klaros_desktop/ui/charts.py" line="+232"/>
        <source>before: {n}</source>
        <translation>önceki: {n}</translation>
    </message>
</context>
<context>
    <name>GraphErrors</name>
    <message>
        <location filename="../../klaros_desktop/graph/client.py" line="+73"/>
        <source>WhatsApp&apos;s answer pointed to another server ({origin}), so Klaros did not send your access key there.</source>
        <translation>WhatsApp&apos;ın yanıtı başka bir sunucuyu gösterdi ({origin}), bu yüzden Klaros erişim anahtarınızı oraya göndermedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../klaros_desktop/graph/errors.py" line="+134"/>
        <source>Try again later; if it keeps happening, send the log file to support.</source>
        <translation>Daha sonra tekrar deneyin; tekrar olursa günlük dosyasını desteğe gönderin.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/graph/errors.py" line="-115"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key.</source>
        <translation>WhatsApp artık Klaros&apos;un erişim anahtarını kabul etmiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the WhatsApp connection settings in Klaros and connect your account again.</source>
        <translation>Klaros&apos;ta WhatsApp bağlantı ayarlarını açın ve hesabınızı yeniden bağlayın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp no longer accepts Klaros&apos;s access key (it is wrong or has expired).</source>
        <translation>WhatsApp artık Klaros&apos;un erişim anahtarını kabul etmiyor (yanlış veya süresi dolmuş).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the WhatsApp connection settings in Klaros and enter a new access token.</source>
        <translation>Klaros&apos;ta WhatsApp bağlantı ayarlarını açın ve yeni bir erişim belirteci girin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros talked to WhatsApp too often in a short time.</source>
        <translation>Klaros kısa sürede WhatsApp ile çok sık iletişim kurdu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes; Klaros will try again.</source>
        <translation>Birkaç dakika bekleyin; Klaros tekrar deneyecek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your WhatsApp account reached Meta&apos;s request limit.</source>
        <translation>WhatsApp hesabınız Meta&apos;nın istek sınırına ulaştı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then try again.</source>
        <translation>Birkaç dakika bekleyin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp did not understand part of the message.</source>
        <translation>WhatsApp mesajın bir kısmını anlamadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the message (phone number, attachment, template) and try again; if it keeps happening, send the log file to support.</source>
        <translation>Mesajı kontrol edin (telefon numarası, ek, şablon) ve tekrar deneyin; tekrar olursa günlük dosyasını desteğe gönderin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are sending messages faster than WhatsApp allows for your number.</source>
        <translation>Numaranız için WhatsApp&apos;ın izin verdiğinden daha hızlı mesaj gönderiyorsunuz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros slows down and sends the rest automatically.</source>
        <translation>Yapmanız gereken bir şey yok: Klaros yavaşlar ve geri kalanını otomatik olarak gönderir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong at WhatsApp.</source>
        <translation>WhatsApp tarafında bir sorun oluştu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment.</source>
        <translation>Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp is temporarily unavailable.</source>
        <translation>WhatsApp geçici olarak kullanılamıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Birkaç dakika sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message could not be delivered. The number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Mesaj teslim edilemedi. Numara WhatsApp kullanmıyor olabilir veya müşterinin uygulaması çok eski.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the number with the customer or reach them another way.</source>
        <translation>Numarayı müşteriyle kontrol edin veya ona başka bir yoldan ulaşın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 24 hours have passed since this customer last wrote to you, so WhatsApp only allows an approved template message.</source>
        <translation>Bu müşteri size en son yazalı 24 saatten fazla oldu; bu yüzden WhatsApp yalnızca onaylı bir şablon mesajına izin verir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a template (for example a short &quot;Do you have a minute?&quot; message); once the customer answers you can write freely again.</source>
        <translation>Bir şablon gönderin (örneğin kısa bir &quot;Bir dakikanız var mı?&quot; mesajı); müşteri yanıt verince yeniden serbestçe yazabilirsiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp held back this marketing message because the customer already got many.</source>
        <translation>Müşteri zaten çok sayıda pazarlama mesajı aldığı için WhatsApp bu mesajı bekletti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send again today; try another day.</source>
        <translation>Bugün tekrar göndermeyin; başka bir gün deneyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has stopped marketing messages from your shop in WhatsApp.</source>
        <translation>Bu müşteri, WhatsApp&apos;ta dükkânınızdan gelen pazarlama mesajlarını durdurdu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send them offers. Service messages and replies to their questions still work.</source>
        <translation>Ona fırsat göndermeyin. Hizmet mesajları ve sorularına verilen yanıtlar hâlâ çalışır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp bu tür mesajı desteklemiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it as text or a picture instead.</source>
        <translation>Bunun yerine metin veya resim olarak gönderin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s file could not be downloaded.</source>
        <translation>Müşterinin dosyası indirilemedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer to send it again.</source>
        <translation>Müşteriden dosyayı tekrar göndermesini isteyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attachment could not be sent (it is missing, too large or of a type WhatsApp refuses).</source>
        <translation>Ek gönderilemedi (eksik, çok büyük veya WhatsApp&apos;ın reddettiği bir türde).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file (pictures up to 5 MB, videos and audio up to 16 MB) and attach it again.</source>
        <translation>Dosyayı kontrol edin (resimler en fazla 5 MB, video ve ses en fazla 16 MB) ve tekrar ekleyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You sent this customer many messages in a few seconds.</source>
        <translation>Bu müşteriye birkaç saniyede çok sayıda mesaj gönderdiniz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: Klaros waits a little and sends the message.</source>
        <translation>Yapmanız gereken bir şey yok: Klaros biraz bekleyip mesajı gönderir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A value in the message is not allowed (for example a button title that is too long).</source>
        <translation>Mesajdaki bir değere izin verilmiyor (örneğin çok uzun bir düğme başlığı).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten or correct the highlighted field and send again.</source>
        <translation>İşaretli alanı kısaltın veya düzeltin ve tekrar gönderin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something the message needs is missing.</source>
        <translation>Mesajın gerektirdiği bir şey eksik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every field and send again.</source>
        <translation>Her alanı doldurun ve tekrar gönderin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template needs a different number of fill-in values than were given.</source>
        <translation>Şablon, verilenden farklı sayıda doldurulacak değer gerektiriyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in every placeholder of the template, then send again.</source>
        <translation>Şablonun her yer tutucusunu doldurun, sonra tekrar gönderin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template does not exist in that language or is not approved yet.</source>
        <translation>Bu şablon o dilde yok veya henüz onaylanmadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an approved template (Templates page) or wait until Meta approves it.</source>
        <translation>Onaylı bir şablon seçin (Şablonlar sayfası) veya Meta onaylayana kadar bekleyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fill-in value makes the template&apos;s text longer than WhatsApp allows (the title at the top may have 60 characters with its value).</source>
        <translation>Bir değer şablonun metnini WhatsApp&apos;ın izin verdiğinden uzun yapıyor (üstteki başlık değeriyle birlikte 60 karakter olabilir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the value and send again.</source>
        <translation>Değeri kısaltın ve yeniden gönderin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fill-in value does not match what the template expects (for example text instead of a picture).</source>
        <translation>Doldurulan bir değer şablonun beklediğiyle uyuşmuyor (örneğin resim yerine metin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the template&apos;s fields and send again.</source>
        <translation>Şablonun alanlarını kontrol edin ve tekrar gönderin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta paused this template because customers reacted badly to it.</source>
        <translation>Müşteriler olumsuz tepki verdiği için Meta bu şablonu duraklattı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another template, or edit this one and submit it again.</source>
        <translation>Başka bir şablon kullanın veya bunu düzenleyip yeniden gönderin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta switched this template off because it was paused too often.</source>
        <translation>Çok sık duraklatıldığı için Meta bu şablonu kapattı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new template.</source>
        <translation>Yeni bir şablon oluşturun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is your shop&apos;s own WhatsApp number.</source>
        <translation>Bu, dükkânınızın kendi WhatsApp numarası.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message to the customer&apos;s number instead.</source>
        <translation>Bunun yerine mesajı müşterinin numarasına gönderin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta limited your sending because too many customers blocked or reported your messages.</source>
        <translation>Çok fazla müşteri mesajlarınızı engellediği veya şikâyet ettiği için Meta gönderiminizi sınırladı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only to customers who asked for your messages, and send fewer for a while.</source>
        <translation>Yalnızca mesajlarınızı isteyen müşterilere gönderin ve bir süre daha az gönderin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s access key lacks the permission for this.</source>
        <translation>Klaros&apos;un erişim anahtarının bunun için izni yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the access token the WhatsApp permissions in Meta&apos;s business settings, then connect your account again.</source>
        <translation>Meta&apos;nın işletme ayarlarında erişim belirtecine WhatsApp izinlerini verin, sonra hesabınızı yeniden bağlayın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token may not use this WhatsApp account: a permission or the account itself is missing from its system user.</source>
        <translation>Erişim belirteci bu WhatsApp hesabını kullanamıyor: sistem kullanıcısında bir izin veya hesabın kendisi eksik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Meta Business Suite, open Settings → System users, assign your WhatsApp account to the system user, then generate a new token with the permissions whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation>Meta Business Suite&apos;te Ayarlar → Sistem kullanıcıları&apos;nı açın, WhatsApp hesabınızı sistem kullanıcısına atayın, sonra whatsapp_business_messaging ve whatsapp_business_management izinleriyle yeni bir belirteç oluşturun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This phone number is not registered with the WhatsApp Cloud API yet.</source>
        <translation>Bu telefon numarası henüz WhatsApp Cloud API&apos;ye kayıtlı değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In WhatsApp Manager, open Phone numbers and finish the number&apos;s registration (Meta sends a code by SMS or call), then connect again.</source>
        <translation>WhatsApp Yöneticisi&apos;nde Telefon numaraları&apos;nı açın ve numaranın kaydını tamamlayın (Meta SMS veya arama ile bir kod gönderir), sonra yeniden bağlanın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta blocked this account for a while because of a policy violation.</source>
        <translation>Meta bir politika ihlali nedeniyle bu hesabı bir süreliğine engelledi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Meta&apos;s message about it in your Meta business account; sending works again when the block ends.</source>
        <translation>Meta işletme hesabınızda Meta&apos;nın bununla ilgili mesajını okuyun; engel bitince gönderim yeniden çalışır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp refused the request.</source>
        <translation>WhatsApp isteği reddetti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros could not reach WhatsApp.</source>
        <translation>Klaros WhatsApp&apos;a ulaşamadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the internet connection; Klaros will try again.</source>
        <translation>İnternet bağlantısını kontrol edin; Klaros tekrar deneyecek.</translation>
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
        <translation>Teslim edilmedi: {reason} (Meta hatası {code})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Meta did not say why.</source>
        <translation>Meta nedenini söylemedi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not delivered: {reason}</source>
        <translation>Teslim edilmedi: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not accept the template: {reason}</source>
        <translation>Meta şablonu kabul etmedi: {reason}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>WhatsApp did not confirm this message: the connection broke or WhatsApp failed after it had been sent, so it may have reached the customer.</source>
        <translation>WhatsApp bu mesajı onaylamadı: mesaj gönderildikten sonra bağlantı koptu ya da WhatsApp hata verdi, yani müşteriye ulaşmış olabilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros does not send it again by itself. Check with the customer (or wait for WhatsApp&apos;s delivery report) before sending it again.</source>
        <translation>Klaros bunu kendiliğinden tekrar göndermez. Tekrar göndermeden önce müşteriye sorun (ya da WhatsApp&apos;ın teslim bildirimini bekleyin).</translation>
    </message>
</context>
<context>
    <name>HeldBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/outbox_bubble.py" line="+64"/>
        <source>Send again</source>
        <translation>Tekrar gönder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send this message again</source>
        <translation>Bu mesajı tekrar gönder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this message in the composer</source>
        <translation>Bu mesajı yazma alanında düzenle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the text of this message</source>
        <translation>Bu mesajın metnini kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Bu mesajı sil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template “{name}”</source>
        <translation>Şablon “{name}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Not sent · {time}</source>
        <translation>⚠ Gönderilmedi · {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message not sent: {text}. {reason}</source>
        <translation>Mesaj gönderilmedi: {text}. {reason}</translation>
    </message>
</context>
<context>
    <name>HoursAndBudgetTab</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_extras.py" line="+38"/>
        <source>Business hours and automatic replies</source>
        <translation>Çalışma saatleri ve otomatik yanıtlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set your opening hours for each weekday. Klaros can greet a customer who writes for the first time and answer outside your hours, only inside WhatsApp&apos;s 24-hour window.</source>
        <translation>Her gün için açılış saatlerinizi belirleyin. Klaros ilk kez yazan bir müşteriyi karşılayabilir ve çalışma saatleriniz dışında yanıt verebilir; yalnızca WhatsApp&apos;ın 24 saatlik penceresi içinde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business hours and automatic replies…</source>
        <translation>Çalışma saatleri ve otomatik yanıtlar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly budget</source>
        <translation>Aylık bütçe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you plan to spend on WhatsApp messages each month. Analytics shows the month&apos;s charges against it, and a campaign that would go over it warns you first.</source>
        <translation>Her ay WhatsApp mesajlarına harcamayı planladığınız tutar. Analizler, ayın ücretlerini bununla karşılaştırır; bütçeyi aşacak bir kampanya önce sizi uyarır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 150</source>
        <translation>örn. 150</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget amount</source>
        <translation>Aylık bütçe tutarı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget currency</source>
        <translation>Bütçe para birimi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save budget</source>
        <translation>Bütçeyi kaydet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send marketing campaigns through Meta&apos;s Marketing Messages API</source>
        <translation>Pazarlama kampanyalarını Meta&apos;nın Marketing Messages API&apos;si üzerinden gönder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta delivers marketing templates sent this way with its own optimisation and bills them as “marketing lite”. Accept Meta&apos;s terms for it in WhatsApp Manager first. Other messages are not affected.</source>
        <translation>Meta, bu yolla gönderilen pazarlama şablonlarını kendi optimizasyonuyla teslim eder ve “marketing lite” olarak faturalandırır. Önce WhatsApp Yöneticisi&apos;nde Meta&apos;nın bununla ilgili koşullarını kabul edin. Diğer mesajlar etkilenmez.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Marketing campaigns now go through the Marketing Messages API.</source>
        <translation>Pazarlama kampanyaları artık Marketing Messages API üzerinden gidiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing campaigns now go through the usual messages API.</source>
        <translation>Pazarlama kampanyaları artık olağan mesaj API&apos;si üzerinden gidiyor.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="+506"/>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Sığdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 %</source>
        <translation>%100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Farklı kaydet…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This picture cannot be shown.</source>
        <translation>Bu resim gösterilemiyor.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/contacts_import.py" line="+73"/>
        <source>this number was erased on request; it is not imported again</source>
        <translation>bu numara istek üzerine silindi; tekrar içe aktarılmaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number was erased while the import started; import the file again</source>
        <translation>içe aktarma başlarken bir numara silindi; dosyayı yeniden içe aktarın</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>consent value {value!r} not understood (use yes, no or opt-out)</source>
        <translation>onay değeri {value!r} anlaşılamadı (yes, no veya opt-out kullanın)</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>--map applies to CSV files; vCard fields are read by their names</source>
        <translation>--map yalnızca CSV dosyaları için geçerlidir; vCard alanları adlarıyla okunur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown region {region!r}; use a two-letter country code such as DE, FR or ES</source>
        <translation>bilinmeyen bölge {region!r}; TR, DE veya FR gibi iki harfli bir ülke kodu kullanın</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/csv_reader.py" line="+227"/>
        <source>--map {option!r}: write it as FIELD=COLUMN, e.g. --map phone=Handynummer</source>
        <translation>--map {option!r}: ALAN=SÜTUN biçiminde yazın, örn. --map phone=CepTelefonu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--map {option!r}: unknown field {name!r}; fields are {fields}, or custom.NAME for a custom field</source>
        <translation>--map {option!r}: bilinmeyen alan {name!r}; alanlar: {fields} veya ek alan için custom.NAME</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--map names the column {name!r}, which is not in the file; its columns are: {columns}</source>
        <translation>--map, dosyada olmayan {name!r} sütununu belirtiyor; dosyanın sütunları: {columns}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the file has no header row (expected column names such as Name and Phone)</source>
        <translation>dosyanın başlık satırı yok (Name ve Phone gibi sütun adları bekleniyordu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone number column found; the columns are {columns}. Name the right one with --map phone=COLUMN</source>
        <translation>telefon numarası sütunu bulunamadı; sütunlar: {columns}. Doğru olanı --map phone=SÜTUN ile belirtin</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unreadable CSV: {error}</source>
        <translation>okunamayan CSV: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {line} holds bytes that are not valid {encoding} text</source>
        <translation>{line}. satırda geçerli {encoding} metni olmayan baytlar var</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted value on line {line} is never closed, so the rest of the file (to line {end}) was read into it</source>
        <translation>{line}. satırdaki tırnaklı bir değer hiç kapanmıyor, bu yüzden dosyanın geri kalanı ({end}. satıra kadar) bu değerin içine okundu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted value is not closed: the row runs on to line {end} with {values} values for {columns} columns</source>
        <translation>tırnaklı bir değer kapanmıyor: satır {end}. satıra kadar sürüyor; {columns} sütun için {values} değer var</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the row has {values} values but the header has {columns} columns (is there an unquoted delimiter in a value?)</source>
        <translation>satırda {values} değer var ama başlıkta {columns} sütun var (bir değerin içinde tırnaksız bir ayırıcı mı var?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the row cannot be read: {error}</source>
        <translation>satır okunamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/records.py" line="+67"/>
        <location line="+9"/>
        <source>nested too deeply</source>
        <translation>çok derin iç içe</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>not JSON: {error}</source>
        <translation>JSON değil: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JSON object</source>
        <translation>JSON nesnesi değil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the custom fields cannot be read ({problem})</source>
        <translation>ek alanlar okunamıyor ({problem})</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="+23"/>
        <source>cannot read {path}: {error}</source>
        <translation>okunamıyor: {path} ({error})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than {limit}, the most Klaros imports at once; split it into smaller files, or export only the contacts you need</source>
        <translation>dosya {limit} sınırından büyük; Klaros bir kerede en fazla bunu içe aktarır. Dosyayı daha küçük dosyalara bölün veya yalnızca gereken kişileri dışa aktarın</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is not valid {encoding} text (bad bytes at byte offset {offset}); {fix}</source>
        <translation>dosya geçerli {encoding} metni değil (bayt konumu {offset} hatalı); {fix}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown encoding {encoding!r}; use one of {encodings}</source>
        <translation>bilinmeyen kodlama {encoding!r}; şunlardan birini kullanın: {encodings}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>dosya boş</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file holds binary data (NUL bytes), so it is not a CSV or vCard text file; export the contacts from the other program as CSV or vCard</source>
        <translation>dosya ikili veri (NUL baytları) içeriyor, yani CSV veya vCard metin dosyası değil; kişileri diğer programdan CSV veya vCard olarak dışa aktarın</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/dataio/vcard_reader.py" line="+84"/>
        <source>the card has no END:VCARD before the next BEGIN:VCARD</source>
        <translation>kartta bir sonraki BEGIN:VCARD&apos;dan önce END:VCARD yok</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>kartta END:VCARD yok (dosya kartın içinde bitiyor)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not a readable vCard at line {line}: {error}</source>
        <translation>{line}. satırda okunabilir bir vCard yok: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not a readable vCard: {error}</source>
        <translation>okunabilir bir vCard değil: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>dosyada vCard yok (BEGIN:VCARD satırı yok)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="-62"/>
        <location line="+112"/>
        <source>Name</source>
        <translation>Ad</translation>
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
        <translation>Etiketler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a Google Contacts export</source>
        <translation>bir Google Kişiler dışa aktarımı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Outlook export</source>
        <translation>bir Outlook dışa aktarımı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Klaros export</source>
        <translation>bir Klaros dışa aktarımı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WhatsApp Business app export</source>
        <translation>bir WhatsApp Business uygulaması dışa aktarımı</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+94"/>
        <source>Import contacts</source>
        <translation>Kişileri içe aktar</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Choose file…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column for {field}</source>
        <translation>Sütun: {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>İlk satırların önizlemesi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>İçe aktarma ilerlemesi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it was skipped</source>
        <translation>Neden atlandı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped rows</source>
        <translation>Atlanan satırlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save error report…</source>
        <translation>Hata raporunu kaydet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Kişiler (*.csv *.vcf *.vcard *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be imported: {error}</source>
        <translation>Bu dosya içe aktarılamaz: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vCard file (contacts from a phone or an address book). The first contacts are shown below.</source>
        <translation>Bir vCard dosyası (telefondan veya adres defterinden kişiler). İlk kişiler aşağıda gösteriliyor.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A spreadsheet (CSV) with %n columns</source>
        <translation>
            <numerusform>%n sütunlu bir elektronik tablo (CSV)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, it looks like {what}</source>
        <translation>, {what} gibi görünüyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which column holds what below; change one if Klaros guessed wrong.</source>
        <translation>Aşağıda hangi sütunun neyi içerdiğini kontrol edin; Klaros yanlış tahmin ettiyse değiştirin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✗ {number} (not a valid number; skipped)</source>
        <translation>✗ {number} (geçerli bir numara değil; atlandı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no number (skipped)</source>
        <translation>✗ numara yok (atlandı)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected: {cols}</source>
        <translation>Algılanan: {cols}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this file)</source>
        <translation>(bu dosyada yok)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing {name}…</source>
        <translation>İçe aktarılıyor: {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {name}… {n} rows read</source>
        <translation>İçe aktarılıyor: {name}… {n} satır okundu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{imported} imported, {merged} merged with existing contacts, {skipped} skipped ({rows} rows read).</source>
        <translation>{imported} içe aktarıldı, {merged} mevcut kişilerle birleştirildi, {skipped} atlandı ({rows} satır okundu).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {error}</source>
        <translation>Hiçbir şey içe aktarılmadı: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save error report</source>
        <translation>Hata raporunu kaydet</translation>
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
        <translation>Tüm sohbetler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Okunmamış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open</source>
        <translation>Pencere açık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Arşivlenmiş</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Search chats</source>
        <translation>Sohbetlerde ara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Sohbetlerde ara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation filter</source>
        <translation>Sohbet filtresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Yeni sohbet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to a contact (Ctrl+N)</source>
        <translation>Bir kişiye yaz (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversations</source>
        <translation>Sohbetler</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+272"/>
        <source>Chats</source>
        <translation>Sohbetler</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Messages that match the search</source>
        <translation>Aramaya uyan mesajlar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contact info</source>
        <translation>Kişi bilgisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the contact beside the chat</source>
        <translation>Kişiyi sohbetin yanında göster veya gizle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conversation open</source>
        <translation>Açık sohbet yok</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a conversation on the left.
New messages appear here by themselves.</source>
        <translation>Soldan bir sohbet seçin.
Yeni mesajlar burada kendiliğinden görünür.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No chats match. Clear the search or choose “All chats”.</source>
        <translation>Eşleşen sohbet yok. Aramayı temizleyin veya “Tüm sohbetler”i seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chats yet. When a customer writes to your WhatsApp Business number, the chat appears here by itself.</source>
        <translation>Henüz sohbet yok. Bir müşteri WhatsApp Business numaranıza yazdığında sohbet burada kendiliğinden görünür.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag: {name}</source>
        <translation>Etiket: {name}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Messages ({n})</source>
        <translation>Mesajlar ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages (the newest 50)</source>
        <translation>Mesajlar (en yeni 50)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chat name or number matches</source>
        <translation>Eşleşen sohbet adı veya numarası yok</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Forward to…</source>
        <translation>İlet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open chat</source>
        <translation>Sohbeti aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as read</source>
        <translation>Okundu olarak işaretle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as unread</source>
        <translation>Okunmadı olarak işaretle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpin chat</source>
        <translation>Sohbetin sabitlemesini kaldır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin chat</source>
        <translation>Sohbeti sabitle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn notifications on</source>
        <translation>Bildirimleri aç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute notifications</source>
        <translation>Bildirimleri sessize al</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take out of the archive</source>
        <translation>Arşivden çıkar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive chat</source>
        <translation>Sohbeti arşivle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy number</source>
        <translation>Numarayı kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details…</source>
        <translation>Kişi bilgileri…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chat archived. “Archived” in the filter shows it.</source>
        <translation>Sohbet arşivlendi. Filtrede “Arşivlenmiş” onu gösterir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat taken out of the archive.</source>
        <translation>Sohbet arşivden çıkarıldı.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Opted out · cannot be messaged</source>
        <translation>Mesajları durdurdu · mesaj gönderilemez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24-hour window open · {left} left</source>
        <translation>24 saatlik pencere açık · {left} kaldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window open · {left} left</source>
        <translation>Pencere açık · {left} kaldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has not written yet · templates only</source>
        <translation>Henüz yazmadı · yalnızca şablonlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24-hour window closed · templates only</source>
        <translation>24 saatlik pencere kapalı · yalnızca şablonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window closed · templates only</source>
        <translation>Pencere kapalı · yalnızca şablonlar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message text copied.</source>
        <translation>Mesaj metni kopyalandı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template cannot be edited here: send it again, or delete it and choose the template anew.</source>
        <translation>Şablon burada düzenlenemez: tekrar gönderin veya silip şablonu yeniden seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file cannot be edited here: send it again, or delete it and attach it anew.</source>
        <translation>Dosya burada düzenlenemez: tekrar gönderin veya silip yeniden ekleyin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete message?</source>
        <translation>Mesaj silinsin mi?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this unsent message? Its text cannot be brought back.</source>
        <translation>Gönderilmemiş bu mesaj silinsin mi? Metni geri getirilemez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message goes out when Klaros is back online.</source>
        <translation>Mesaj, Klaros yeniden çevrimiçi olduğunda gönderilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 24-hour window is closed, so this text cannot go as a free message; the composer offers the approved templates. Copy the text if you need it.</source>
        <translation>24 saatlik pencere kapalı, bu yüzden bu metin serbest mesaj olarak gönderilemez; yazma alanı onaylı şablonları sunar. Gerekirse metni kopyalayın.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A queued message to {number} was not sent: {reason}</source>
        <translation>Sıradaki bir mesaj gönderilmedi (alıcı: {number}): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A queued message could not go out yet; Klaros tries again by itself.</source>
        <translation>Sıradaki bir mesaj henüz gönderilemedi; Klaros kendiliğinden tekrar dener.</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/jump_dialog.py" line="+21"/>
        <source>New chat</source>
        <translation>Yeni sohbet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a contact</source>
        <translation>Bir kişiye git</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or number…</source>
        <translation>Ad veya numara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to jump to</source>
        <translation>Gidilecek kişi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching contacts</source>
        <translation>Eşleşen kişiler</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter opens the chat; someone you have not written to yet gets a new one.</source>
        <translation>Enter sohbeti açar; henüz yazmadığınız biri için yeni bir sohbet açılır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody by that name or number. Add them under Contacts first.</source>
        <translation>Bu ad veya numarayla kimse yok. Önce Kişiler altında ekleyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or a phone number.</source>
        <translation>Bir ad veya telefon numarası yazın.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../klaros_desktop/secrets/__init__.py" line="-23"/>
        <source>no keyring service was found</source>
        <translation>anahtar zinciri hizmeti bulunamadı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is switched off (null backend)</source>
        <translation>anahtar zinciri kapalı (null arka ucu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it would store secrets as plain text</source>
        <translation>gizli bilgileri düz metin olarak saklardı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring backend {backend} is not one of the system&apos;s password stores, and it may keep secrets as plain text</source>
        <translation>{backend} anahtar zinciri arka ucu sistemin parola depolarından biri değil ve gizli bilgileri düz metin olarak saklayabilir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the configured keyring is Klaros&apos;s plain-text test keyring, which is only for tests (they set KLAROS_ALLOW_INSECURE_KEYRING=1)</source>
        <translation>yapılandırılan anahtar zinciri, Klaros&apos;un yalnızca testler için olan düz metin test anahtar zinciri (KLAROS_ALLOW_INSECURE_KEYRING=1 ayarlanmış)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure: Klaros keeps its access token and device keys in a test keyring as plain text, because KLAROS_ALLOW_INSECURE_KEYRING=1 is set. This is for tests only; never use it for a real shop.</source>
        <translation>Güvenli değil: KLAROS_ALLOW_INSECURE_KEYRING=1 ayarlandığı için Klaros erişim belirtecini ve cihaz anahtarlarını bir test anahtar zincirinde düz metin olarak saklıyor. Bu yalnızca testler içindir; gerçek bir dükkân için asla kullanmayın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klaros keeps your Meta access token and device keys only in the system&apos;s secure password store (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: {reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet, then {retry}.</source>
        <translation>Klaros, Meta erişim belirtecinizi ve cihaz anahtarlarını yalnızca sistemin güvenli parola deposunda (Windows Kimlik Bilgileri Yöneticisi, macOS Anahtar Zinciri veya Linux&apos;ta Secret Service) saklar ve burada hiçbiri kullanılamıyor: {reason}. Klaros bunları düz metin olarak saklamaz. Linux&apos;ta GNOME Keyring veya KWallet gibi bir Secret Service sağlayıcısı kurup kilidini açın, sonra {retry}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME Keyring / KWallet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Windows Kimlik Bilgileri Yöneticisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS Keychain</source>
        <translation>macOS Anahtar Zinciri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KDE Wallet (KWallet)</source>
        <translation>KDE Cüzdanı (KWallet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros&apos;s test keyring (not secure, for tests only)</source>
        <translation>Klaros&apos;un test anahtar zinciri (güvenli değil, yalnızca testler için)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo&apos;s memory (nothing is saved)</source>
        <translation>demonun belleği (hiçbir şey kaydedilmez)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>in {name}</source>
        <translation>{name} içinde</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <source>the keyring refused access ({error})</source>
        <translation>anahtar zinciri erişimi reddetti ({error})</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the keyring did not give back what was stored</source>
        <translation>anahtar zinciri saklananı geri vermedi</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/guidance.py" line="+48"/>
        <source>Windows keeps the keys in its Credential Manager, which comes with Windows. Sign in to Windows with your own user account (not a guest or a restricted session), then click “Try again”.</source>
        <translation>Windows anahtarları, Windows ile birlikte gelen Kimlik Bilgileri Yöneticisi&apos;nde saklar. Windows&apos;a kendi kullanıcı hesabınızla (misafir veya kısıtlı oturum değil) giriş yapın, sonra “Tekrar dene”ye tıklayın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>macOS keeps the keys in your login keychain. Open the Keychain Access app, unlock the “login” keychain with your Mac password, then click “Try again”.</source>
        <translation>macOS anahtarları giriş anahtar zincirinizde saklar. Anahtar Zinciri Erişimi uygulamasını açın, “giriş” anahtar zincirinin kilidini Mac parolanızla açın, sonra “Tekrar dene”ye tıklayın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install KDE Wallet: open a terminal and run “sudo apt install kwalletmanager” (Debian, Ubuntu) or “sudo dnf install kwalletmanager” (Fedora). Log out and back in, then click “Try again”.</source>
        <translation>KDE Cüzdanı&apos;nı kurun: bir terminal açın ve “sudo apt install kwalletmanager” (Debian, Ubuntu) veya “sudo dnf install kwalletmanager” (Fedora) çalıştırın. Oturumu kapatıp yeniden açın, sonra “Tekrar dene”ye tıklayın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install GNOME Keyring: open a terminal and run “sudo apt install gnome-keyring” (Debian, Ubuntu) or “sudo dnf install gnome-keyring” (Fedora). Log out and back in so that it starts and unlocks with your login, then click “Try again”.</source>
        <translation>GNOME Keyring&apos;i kurun: bir terminal açın ve “sudo apt install gnome-keyring” (Debian, Ubuntu) veya “sudo dnf install gnome-keyring” (Fedora) çalıştırın. Oturumunuzla başlayıp kilidi açılsın diye oturumu kapatıp yeniden açın, sonra “Tekrar dene”ye tıklayın.</translation>
    </message>
</context>
<context>
    <name>KeyringPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-352"/>
        <source>Welcome to Klaros</source>
        <translation>Klaros&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three short steps connect Klaros to your shop&apos;s WhatsApp Business number.</source>
        <translation>Üç kısa adım Klaros&apos;u dükkânınızın WhatsApp Business numarasına bağlar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you need, or why Klaros cannot continue yet</source>
        <translation>Gerekenler veya Klaros&apos;un neden henüz devam edemediği</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to install</source>
        <translation>Ne kurulmalı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>You need:
  1. the address of your Klaros relay, and a pairing code or your e-mail address,
  2. your WhatsApp Business account in Meta&apos;s Business Suite (we show you where to click),
  3. five minutes in Meta&apos;s App Dashboard to send your messages to the relay.

Your access key is kept only in this computer&apos;s secure password store ({where}).</source>
        <translation>Gerekenler:
  1. Klaros aktarma sunucunuzun adresi ve bir eşleştirme kodu veya e-posta adresiniz,
  2. Meta Business Suite&apos;teki WhatsApp Business hesabınız (nereye tıklayacağınızı gösteriyoruz),
  3. mesajlarınızı aktarma sunucusuna göndermek için Meta&apos;nın App Dashboard&apos;unda beş dakika.

Erişim anahtarınız yalnızca bu bilgisayarın güvenli parola deposunda saklanır ({where}).</translation>
    </message>
</context>
<context>
    <name>KeyringWarning</name>
    <message>
        <location filename="../../klaros_desktop/ui/keyring_warning.py" line="+43"/>
        <source>Security warning</source>
        <translation>Güvenlik uyarısı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../klaros_desktop/ui/main_window.py" line="+116"/>
        <location line="+408"/>
        <source>{app} — WhatsApp Business CRM</source>
        <translation>{app} — WhatsApp Business CRM</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Klaros main window</source>
        <translation>Klaros ana penceresi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+264"/>
        <location line="+132"/>
        <source>Inbox</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <location line="-396"/>
        <location line="+264"/>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Templates</source>
        <translation>Şablonlar</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+264"/>
        <source>Analytics</source>
        <translation>Analizler</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+264"/>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Sync state</source>
        <translation>Eşitleme durumu</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Kişileri içe aktar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export contacts…</source>
        <translation>Kişileri &amp;dışa aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;all data…</source>
        <translation>&amp;Tüm verileri dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Klaros holds in one zip file: contacts, chats, consent, templates, audit trail and media</source>
        <translation>Klaros&apos;taki her şey tek bir zip dosyasında: kişiler, sohbetler, onaylar, şablonlar, denetim kaydı ve medya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase everything on this PC…</source>
        <translation>Bu bilgisayardaki her şeyi sil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Greeting and away messages…</source>
        <translation>Karşılama ve &amp;uzakta mesajları…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up connection…</source>
        <translation>&amp;Bağlantıyı kur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Jump to contact…</source>
        <translation>Kişiye git…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New chat…</source>
        <translation>Yeni sohbet…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Hours, budget and campaigns</source>
        <translation>Saatler, bütçe ve kampanyalar</translation>
    </message>
    <message>
        <source>Hours and budget</source>
        <translation type="vanished">Saatler ve bütçe</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Inbox, {n} unread chats</source>
        <translation>Sohbetler, {n} okunmamış sohbet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app}: {n} unread chats</source>
        <translation>{app}: {n} okunmamış sohbet</translation>
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
            <numerusform>%n yeni WhatsApp mesajı</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klaros campaigns</source>
        <translation>Klaros kampanyaları</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Messages still waiting</source>
        <translation>Bekleyen mesajlar var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message is still waiting to be sent.</source>
        <translation>1 mesaj hâlâ gönderilmeyi bekliyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} messages are still waiting to be sent.</source>
        <translation>{n} mesaj hâlâ gönderilmeyi bekliyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you quit now, they are kept and go out the next time you open Klaros, if the customer&apos;s 24-hour window is still open then.</source>
        <translation>Şimdi çıkarsanız saklanırlar ve Klaros&apos;u bir sonraki açışınızda, müşterinin 24 saatlik penceresi o zaman hâlâ açıksa gönderilirler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit anyway</source>
        <translation>Yine de çık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Klaros open</source>
        <translation>Klaros açık kalsın</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../klaros_desktop/services/dataio/text_decoding.py" line="-76"/>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="+90"/>
        <source>{n} bytes</source>
        <translation>{n} bayt</translation>
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
        <translation>Bu {thing} artık Meta&apos;da yok: Klaros 7 günden uzun süre çevrimdışıydı. Müşteriden tekrar göndermesini isteyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta no longer has this {thing}. Ask the customer to send it again.</source>
        <translation>Bu {thing} artık Meta&apos;da yok. Müşteriden tekrar göndermesini isteyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {thing} was refused: the file that arrived is not the one the customer sent (it was damaged or changed on the way). Ask the customer to send it again.</source>
        <translation>Bu {thing} reddedildi: gelen dosya müşterinin gönderdiği dosya değil (yolda bozuldu veya değiştirildi). Müşteriden tekrar göndermesini isteyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {thing} is larger than WhatsApp allows, so Klaros did not keep it.</source>
        <translation>Bu {thing} WhatsApp&apos;ın izin verdiğinden büyük, bu yüzden Klaros saklamadı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not download this {thing} after several tries. It tries again when Klaros next starts.</source>
        <translation>Bu {thing} birkaç denemeden sonra indirilemedi. Klaros bir sonraki başlangıçta tekrar dener.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/media/kinds.py" line="-40"/>
        <source>photo</source>
        <translation>fotoğraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voice message</source>
        <translation>sesli mesaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>belge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sticker</source>
        <translation>çıkartma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp takes photos up to 5 MB</source>
        <translation>WhatsApp en fazla 5 MB fotoğraf kabul eder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes voice messages and audio up to 16 MB</source>
        <translation>WhatsApp en fazla 16 MB sesli mesaj ve ses kabul eder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes videos up to 16 MB</source>
        <translation>WhatsApp en fazla 16 MB video kabul eder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes documents up to 100 MB</source>
        <translation>WhatsApp en fazla 100 MB belge kabul eder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp takes stickers up to 500 KB (100 KB if not animated)</source>
        <translation>WhatsApp en fazla 500 KB çıkartma kabul eder (hareketsizse 100 KB)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{name}” is empty.</source>
        <translation>“{name}” boş.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp does not take this kind of file (“{name}”). It takes photos (JPEG, PNG), videos (MP4, 3GP), audio (MP3, M4A, OGG, AAC, AMR), stickers (WebP) and documents (PDF, Word, Excel, PowerPoint, text).</source>
        <translation>WhatsApp bu tür dosyayı kabul etmiyor (“{name}”). Kabul ettikleri: fotoğraf (JPEG, PNG), video (MP4, 3GP), ses (MP3, M4A, OGG, AAC, AMR), çıkartma (WebP) ve belge (PDF, Word, Excel, PowerPoint, metin).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is {size}, too large: {rule}.</source>
        <translation>“{name}” çok büyük ({size}): {rule}.</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="+272"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Farklı kaydet…</translation>
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
        <translation>Müşteri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Bildirim</translation>
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
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice message</source>
        <translation>Sesli mesaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Çıkartma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Kişi kartı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reaction</source>
        <translation>Tepki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type Klaros cannot show yet</source>
        <translation>Klaros&apos;un henüz gösteremediği mesaj türü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Sipariş</translation>
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
        <translation>Bağlan</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Step 2: your WhatsApp Business account</source>
        <translation>Adım 2: WhatsApp Business hesabınız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros sends through Meta&apos;s official WhatsApp Cloud API with your own account.</source>
        <translation>Klaros, kendi hesabınızla Meta&apos;nın resmi WhatsApp Cloud API&apos;si üzerinden gönderir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaros needs your number&apos;s two IDs and a permanent access key (a “system user token”) to send messages in your shop&apos;s name. Meta shows the IDs in the App Dashboard under WhatsApp → API Setup.</source>
        <translation>Dükkânınız adına mesaj göndermek için Klaros&apos;un numaranızın iki kimliğine ve kalıcı bir erişim anahtarına (“sistem kullanıcısı belirteci”) ihtiyacı var. Meta kimlikleri App Dashboard&apos;da WhatsApp → API Setup altında gösterir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open API Setup (IDs)</source>
        <translation>API Setup&apos;ı aç (kimlikler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open System users (token)</source>
        <translation>Sistem kullanıcılarını aç (belirteç)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me how…</source>
        <translation>Nasıl yapılacağını göster…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number ID</source>
        <translation>Telefon numarası kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>WhatsApp Business account ID</source>
        <translation>WhatsApp Business hesap kimliği</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Access token</source>
        <translation>Erişim belirteci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAAG… (paste the whole token)</source>
        <translation>EAAG… (belirtecin tamamını yapıştırın)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta app secret</source>
        <translation>Meta uygulama gizli anahtarı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App settings → Basic → App secret</source>
        <translation>App settings → Basic → App secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta server</source>
        <translation>Meta sunucusu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave empty for https://graph.facebook.com</source>
        <translation>https://graph.facebook.com için boş bırakın</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create my shop and connect</source>
        <translation>Dükkânımı oluştur ve bağlan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>phone number ID</source>
        <translation>telefon numarası kimliği</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the access token.</source>
        <translation>Erişim belirtecini girin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the Meta app secret (App Dashboard → App settings → Basic).</source>
        <translation>Meta uygulama gizli anahtarını girin (App Dashboard → App settings → Basic).</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../klaros_desktop/ui/navigation.py" line="+189"/>
        <source>Show a notice when a message arrives</source>
        <translation>Bir mesaj geldiğinde bildirim göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound with it</source>
        <translation>Bildirimle birlikte ses çal</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/outbox.py" line="+94"/>
        <source>Not sent: the 24-hour window had closed by the time Klaros was back online. Send an approved template instead.</source>
        <translation>Gönderilmedi: Klaros yeniden çevrimiçi olduğunda 24 saatlik pencere kapanmıştı. Bunun yerine onaylı bir şablon gönderin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer opted out of messages before Klaros was back online.</source>
        <translation>Gönderilmedi: müşteri, Klaros yeniden çevrimiçi olmadan önce mesajları durdurdu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number belongs to a person whose data was erased.</source>
        <translation>Gönderilmedi: bu numara, verileri silinmiş bir kişiye ait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the contact has no phone number.</source>
        <translation>Gönderilmedi: kişinin telefon numarası yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not confirm this message (the connection broke or WhatsApp failed while it was being sent), so it may have reached the customer. Check with them before sending it again.</source>
        <translation>WhatsApp bu mesajı onaylamadı (gönderilirken bağlantı koptu ya da WhatsApp hata verdi), yani müşteriye ulaşmış olabilir. Tekrar göndermeden önce müşteriye sorun.</translation>
    </message>
    <message>
        <source>The connection broke while this was being sent, so it may have reached the customer. Check with them before sending it again.</source>
        <translation type="vanished">Bu gönderilirken bağlantı koptu, yani müşteriye ulaşmış olabilir. Tekrar göndermeden önce müşteriye sorun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the contact&apos;s number cannot receive WhatsApp messages.</source>
        <translation>Gönderilmedi: kişinin numarası WhatsApp mesajı alamıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: Meta no longer has this template (it was deleted while Klaros was offline).</source>
        <translation>Gönderilmedi: Meta artık bu şablona sahip değil (Klaros çevrimdışıyken silindi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: Meta no longer approves this template (it was paused or disabled while Klaros was offline).</source>
        <translation>Gönderilmedi: Meta bu şablonu artık onaylamıyor (Klaros çevrimdışıyken duraklatıldı veya devre dışı bırakıldı).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the customer stopped marketing messages before Klaros was back online.</source>
        <translation>Gönderilmedi: müşteri, Klaros yeniden çevrimiçi olmadan önce pazarlama mesajlarını durdurdu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this number must not receive marketing messages.</source>
        <translation>Gönderilmedi: bu numara pazarlama mesajları almamalı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Not sent: the template changed while Klaros was offline and the values filled in no longer fit it. Delete this message and choose the template again.</source>
        <translation>Gönderilmedi: Klaros çevrimdışıyken şablon değişti ve girilen değerler artık ona uymuyor. Bu mesajı silin ve şablonu yeniden seçin.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not sent: {error}</source>
        <translation>Gönderilmedi: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent ({code}).</source>
        <translation>Gönderilmedi ({code}).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the message is empty</source>
        <translation>mesaj boş</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../klaros_desktop/services/people/phones.py" line="-10"/>
        <source>no phone number</source>
        <translation>telefon numarası yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is not a phone number</source>
        <translation>{number!r} bir telefon numarası değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} is too short to be a phone number</source>
        <translation>{number!r} telefon numarası olamayacak kadar kısa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number!r} is too long to be a phone number</source>
        <translation>{number!r} telefon numarası olamayacak kadar uzun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number!r} has an unknown country code</source>
        <translation>{number!r} numarasının ülke kodu bilinmiyor</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>{number!r} has no country code; write it with + or {fix}</source>
        <translation>{number!r} numarasında ülke kodu yok; + ile yazın veya {fix}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number!r} is not a valid phone number in {region}</source>
        <translation>{number!r}, {region} için geçerli bir telefon numarası değil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number!r} is not a valid phone number</source>
        <translation>{number!r} geçerli bir telefon numarası değil</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../klaros_desktop/ui/place_fields.py" line="+40"/>
        <source>e.g. 52.5292</source>
        <translation>örn. 52.5292</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude of the place</source>
        <translation>Yerin enlemi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 13.4012</source>
        <translation>örn. 13.4012</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude of the place</source>
        <translation>Yerin boylamı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. your shop&apos;s name</source>
        <translation>örn. mağazanızın adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the place</source>
        <translation>Yerin adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street, postcode and town</source>
        <translation>Sokak, posta kodu ve şehir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the place</source>
        <translation>Yerin adresi</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/policy.py" line="+136"/>
        <source>{who} has no phone number to send to.</source>
        <translation>{who} için gönderilecek telefon numarası yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number belongs to a person whose data was erased; Klaros will not message it again.</source>
        <translation>Bu numara, verileri silinmiş bir kişiye ait; Klaros ona bir daha mesaj göndermeyecek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} opted out of all messages on {when} ({source}); they can write START to opt back in.</source>
        <translation>{who} tüm mesajları durdurdu ({when}, {source}); yeniden onay vermek için START yazabilir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template {name!r} ({language}) is not known; refresh the templates from Meta.</source>
        <translation>{name!r} şablonu ({language}) bilinmiyor; şablonları Meta&apos;dan yenileyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {name!r} ({language}) is {status}, not approved by Meta.</source>
        <translation>{name!r} şablonu ({language}) Meta tarafından onaylanmadı; durumu: {status}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number must not receive marketing messages.</source>
        <translation>Bu numara pazarlama mesajları almamalı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} stopped marketing messages on {when}; only service and utility messages may be sent.</source>
        <translation>{who} pazarlama mesajlarını durdurdu ({when}); yalnızca hizmet ve hizmet bildirimi mesajları gönderilebilir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} has never written to you; start with an approved template.</source>
        <translation>{who} size hiç yazmadı; onaylı bir şablonla başlayın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 24-hour window closed at {closed} ({who} last wrote {last}); send an approved template.</source>
        <translation>24 saatlik pencere kapandı: {closed} ({who} en son {last} yazdı); onaylı bir şablon gönderin.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../klaros_desktop/services/pricing/forecast.py" line="+304"/>
        <source>No rate card covers {day}, so the cost cannot be forecast. Import Meta&apos;s rate card with &apos;klaros rates import&apos;.</source>
        <translation>Bu gün için fiyat listesi yok: {day}; bu yüzden maliyet tahmin edilemiyor. Meta&apos;nın fiyat listesini &apos;klaros rates import&apos; ile içe aktarın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost forecast: {total} for {charged} charged message(s), {free} free (Meta&apos;s rates as of {as_of}, platform fee only).</source>
        <translation>Maliyet tahmini: {charged} ücretli mesaj için {total}, {free} ücretsiz (Meta&apos;nın {as_of} tarihli ücretleri, yalnızca platform ücreti).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By country: {split}.</source>
        <translation>Ülkeye göre: {split}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate is not known for {count} recipient(s) ({countries}); the total leaves them out. Import Meta&apos;s current rate card with &apos;klaros rates import&apos;.</source>
        <translation>{count} alıcı için ücret bilinmiyor ({countries}); toplam bunları içermiyor. Meta&apos;nın güncel fiyat listesini &apos;klaros rates import&apos; ile içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses {share} of your messaging limit ({outside} of {limit} customers a day outside their 24-hour window).</source>
        <translation>Mesajlaşma sınırınızdan kullanılan: {share} (24 saatlik penceresi dışında olan, günde {limit} müşteriden {outside} kişi).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your messaging limit is not known here yet; {outside} recipient(s) count towards it.</source>
        <translation>Mesajlaşma sınırınız burada henüz bilinmiyor; {outside} alıcı bu sınıra sayılır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>free: they came from your ad or Page button and the free entry point window is open</source>
        <translation>ücretsiz: reklamınızdan veya Sayfa düğmenizden geldiler ve ücretsiz giriş noktası penceresi açık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free: they wrote in the last 24 hours</source>
        <translation>ücretsiz: son 24 saat içinde yazdılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the rate card has no rate for {country} on {day}</source>
        <translation>fiyat bilinmiyor: fiyat listesinde {country} için {day} tarihli ücret yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: the number&apos;s country is not known</source>
        <translation>fiyat bilinmiyor: numaranın ülkesi bilinmiyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: no rate card covers {day}</source>
        <translation>fiyat bilinmiyor: bu gün için fiyat listesi yok: {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price unknown: Meta charged per conversation on {day}</source>
        <translation>fiyat bilinmiyor: Meta o gün sohbet başına ücret alıyordu ({day})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Price of this message: {amount} ({category}, {market}, Meta&apos;s rates as of {as_of}).</source>
        <translation>Bu mesajın fiyatı: {amount} ({category}, {market}, Meta&apos;nın {as_of} tarihli ücretleri).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price of this message: {reason}.</source>
        <translation>Bu mesajın fiyatı: {reason}.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/pricing/rates_csv.py" line="+138"/>
        <source>This file is not Meta&apos;s rate card: no header row with Market and Currency was found.</source>
        <translation>Bu dosya Meta&apos;nın fiyat listesi değil: Market ve Currency içeren bir başlık satırı bulunamadı.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{currency!r} is not a currency.</source>
        <translation>{currency!r} bir para birimi değil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency {currency} differs from the file&apos;s {first}; one file holds one currency.</source>
        <translation>{currency} para birimi dosyanınkinden ({first}) farklı; bir dosyada tek para birimi olur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file is not Meta&apos;s rate card: it has no Marketing, Utility or Authentication column.</source>
        <translation>Bu dosya Meta&apos;nın fiyat listesi değil: Marketing, Utility veya Authentication sütunu yok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has rates but no market.</source>
        <translation>Satırda ücretler var ama pazar yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>{market}: the row has {count} cells, the header {expected}.</source>
        <translation>{market}: satırda {count} hücre var, başlıkta {expected}.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{market} is in the file twice; the first row is kept.</source>
        <translation>{market} dosyada iki kez var; ilk satır tutuldu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{market}: {value!r} under {column} is not a rate.</source>
        <translation>{market}: {column} altındaki {value!r} bir ücret değil.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The row has tiers but no market.</source>
        <translation>Satırda kademeler var ama pazar yok.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{market}: {value!r} is not a number of messages or a rate.</source>
        <translation>{market}: {value!r} bir mesaj sayısı veya ücret değil.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file&apos;s text could not be read.</source>
        <translation>Dosyanın metni okunamadı.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The file could not be read: {error}</source>
        <translation>Dosya okunamadı: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No usable rate was found in the file{detail}; nothing was imported.</source>
        <translation>Dosyada kullanılabilir ücret bulunamadı{detail}; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volume tiers go with a rate card: import Meta&apos;s rates in {currency} for {day} first, then these tiers for the same date.</source>
        <translation>Hacim kademeleri bir fiyat listesiyle birlikte kullanılır: önce {day} için {currency} cinsinden Meta&apos;nın ücretlerini, sonra aynı tarih için bu kademeleri içe aktarın.</translation>
    </message>
</context>
<context>
    <name>QuickReplies</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/quick_replies.py" line="+25"/>
        <source>a quick reply needs a shortcut word, such as &apos;hours&apos;</source>
        <translation>hızlı yanıtın &apos;saatler&apos; gibi bir kısayol kelimesi olmalı</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the quick reply /{shortcut} has no text</source>
        <translation>/{shortcut} hızlı yanıtının metni yok</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../../klaros_desktop/relay_client/client.py" line="+118"/>
        <source>The relay at {url} did not answer in time.</source>
        <translation>{url} adresindeki aktarma sunucusu zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the relay at {url} ({error}); check the address and your internet connection.</source>
        <translation>{url} adresindeki aktarma sunucusuna ulaşılamıyor ({error}); adresi ve internet bağlantınızı kontrol edin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay did not accept this device (code wrong, used or expired, or the device was removed): {error}</source>
        <translation>Aktarma sunucusu bu cihazı kabul etmedi (kod yanlış, kullanılmış veya süresi dolmuş ya da cihaz kaldırılmış): {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay asks this computer to wait {seconds} seconds before trying again (too many attempts at once).</source>
        <translation>Aktarma sunucusu bu bilgisayardan tekrar denemeden önce {seconds} saniye beklemesini istiyor (aynı anda çok fazla deneme).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay asks this computer to slow down (too many attempts at once); try again in a minute.</source>
        <translation>Aktarma sunucusu bu bilgisayardan yavaşlamasını istiyor (aynı anda çok fazla deneme); bir dakika sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay had a problem ({status}); Klaros will try again.</source>
        <translation>Aktarma sunucusunda bir sorun oldu ({status}); Klaros tekrar deneyecek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay refused the request ({status}): {error}</source>
        <translation>Aktarma sunucusu isteği reddetti ({status}): {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+45"/>
        <source>The relay&apos;s pairing answer is missing {field}; is this a Klaros relay?</source>
        <translation>Aktarma sunucusunun eşleştirme yanıtında eksik alan: {field}. Bu bir Klaros aktarma sunucusu mu?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer is not paired with the relay, so it cannot open the files the relay keeps.</source>
        <translation>Bu bilgisayar aktarma sunucusuyla eşleşmemiş, bu yüzden sunucunun sakladığı dosyaları açamıyor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The relay no longer has this file.</source>
        <translation>Aktarma sunucusunda bu dosya artık yok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not keep this file ({reason}).</source>
        <translation>Aktarma sunucusu bu dosyayı saklayamadı ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay could not fetch this file from WhatsApp yet ({reason}) and will try again later.</source>
        <translation>Aktarma sunucusu bu dosyayı henüz WhatsApp&apos;tan alamadı ({reason}); daha sonra yeniden deneyecek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay is still fetching this file from WhatsApp; Klaros will try again.</source>
        <translation>Aktarma sunucusu bu dosyayı hâlâ WhatsApp&apos;tan alıyor; Klaros tekrar deneyecek.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The relay&apos;s answer about a file is incomplete; is this a Klaros relay?</source>
        <translation>Aktarma sunucusunun bir dosya hakkındaki yanıtı eksik; bu bir Klaros aktarma sunucusu mu?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The relay refused the file&apos;s download link ({status}); Klaros will ask for a new one.</source>
        <translation>Aktarma sunucusu dosyanın indirme bağlantısını reddetti ({status}); Klaros yeni bir bağlantı isteyecek.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The download of a file from the relay broke off ({error}); Klaros will try again.</source>
        <translation>Aktarma sunucusundan bir dosyanın indirilmesi yarıda kesildi ({error}); Klaros tekrar deneyecek.</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-154"/>
        <source>Pair this PC</source>
        <translation>Bu bilgisayarı eşleştir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: your Klaros relay</source>
        <translation>Adım 1: Klaros aktarma sunucunuz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay keeps your shop&apos;s WhatsApp messages safe while this computer is off.</source>
        <translation>Aktarma sunucusu, bu bilgisayar kapalıyken dükkânınızın WhatsApp mesajlarını güvende tutar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta delivers your customers&apos; messages to the relay; this computer fetches them from there, sealed so that only your own computers can read them.</source>
        <translation>Meta, müşterilerinizin mesajlarını aktarma sunucusuna teslim eder; bu bilgisayar onları oradan, yalnızca kendi bilgisayarlarınızın okuyabileceği şekilde mühürlenmiş olarak alır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Aktarma sunucusu adresi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a pairing code</source>
        <translation>Eşleştirme kodum var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my shop on this relay</source>
        <translation>Dükkânımı bu aktarma sunucusunda oluştur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How</source>
        <translation>Nasıl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairing code</source>
        <translation>Eşleştirme kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From whoever runs your relay, or from Settings → “Pair another PC” on a computer of your shop that is already set up.</source>
        <translation>Aktarma sunucunuzu yöneten kişiden veya dükkânınızın zaten kurulu bir bilgisayarında Ayarlar → “Başka bir bilgisayarı eşleştir” seçeneğinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Bu bilgisayarın adı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your e-mail address</source>
        <translation>E-posta adresiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me a code</source>
        <translation>Bana kod gönder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code from the e-mail</source>
        <translation>E-postadaki kod</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the pairing code.</source>
        <translation>Eşleştirme kodunu girin.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_view.py" line="-478"/>
        <source>Start the campaign later</source>
        <translation>Kampanyayı daha sonra başlat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start time</source>
        <translation>Başlangıç saati</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klaros starts the campaign at this time (the shop&apos;s time zone) if it is open then, or as soon as it is opened afterwards, and tells you so.</source>
        <translation>Klaros kampanyayı bu saatte (dükkânın saat dilimine göre) açıksa başlatır, değilse sonradan açıldığı anda başlatır ve size bildirir.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../klaros_desktop/ui/i18n.py" line="+40"/>
        <source>set the default country in Settings</source>
        <translation>Ayarlar&apos;da varsayılan ülkeyi belirleyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again from the other program as UTF-8 and import that file</source>
        <translation>diğer programdan UTF-8 olarak tekrar kaydedin ve o dosyayı içe aktarın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair it with “Set up connection…” in the File menu</source>
        <translation>Dosya menüsündeki “Bağlantıyı kur…” ile eşleştirin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect it with “Set up connection…” in the File menu</source>
        <translation>Dosya menüsündeki “Bağlantıyı kur…” ile bağlayın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start Klaros again</source>
        <translation>Klaros&apos;u yeniden başlatın</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../klaros_desktop/ui/settings_dialog.py" line="+61"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your shop</source>
        <translation>Dükkânınız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Quick replies</source>
        <translation>Hızlı yanıtlar</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Your data</source>
        <translation>Verileriniz</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not set up yet</source>
        <translation>Henüz kurulmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect: no secure password store on this computer</source>
        <translation>Bağlanılamıyor: bu bilgisayarda güvenli parola deposu yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected right now (Klaros keeps trying)</source>
        <translation>Şu anda bağlı değil (Klaros denemeye devam ediyor)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up yet</source>
        <translation>henüz kurulmadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business name</source>
        <translation>İşletme adı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Bağlantıyı dene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the relay and Meta now whether they answer</source>
        <translation>Aktarma sunucusuna ve Meta&apos;ya şimdi yanıt verip vermediklerini sor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up again…</source>
        <translation>Yeniden kur…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection test result</source>
        <translation>Bağlantı denemesi sonucu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another PC for this shop</source>
        <translation>Bu dükkân için başka bir bilgisayar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a one-time code here, then type it into Klaros on the other PC (set-up, step 1: “I have a pairing code”). The code works once, for one hour.</source>
        <translation>Burada tek kullanımlık bir kod oluşturun, sonra diğer bilgisayarda Klaros&apos;a yazın (kurulum, adım 1: “Eşleştirme kodum var”). Kod bir kez ve bir saat boyunca çalışır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair another PC</source>
        <translation>Başka bir bilgisayarı eşleştir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Advanced: show the technical details</source>
        <translation>Gelişmiş: teknik ayrıntıları göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details</source>
        <translation>Teknik ayrıntılar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay address</source>
        <translation>Aktarma sunucusu adresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s device id</source>
        <translation>Bu bilgisayarın cihaz kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation>Telefon numarası kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp Business account ID</source>
        <translation>WhatsApp Business hesap kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta server</source>
        <translation>Meta sunucusu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in {name}</source>
        <translation>Saklandığı yer: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access key</source>
        <translation>Erişim anahtarı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Default country</source>
        <translation>Varsayılan ülke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for numbers typed without + (a customer&apos;s 0151 12345678).</source>
        <translation>+ olmadan yazılan numaralar için kullanılır (bir müşterinin 0532 123 45 67 gibi numarası).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Like the system</source>
        <translation>Sistemdeki gibi</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Koyu</translation>
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
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language shows from the next start of Klaros.</source>
        <translation>Yeni dil, Klaros&apos;un bir sonraki başlangıcında görünür.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell me about new messages while Klaros is in the background</source>
        <translation>Klaros arka plandayken yeni mesajları bana bildir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type / in the message box to insert one of these.</source>
        <translation>Bunlardan birini eklemek için mesaj kutusuna / yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything Klaros knows stays on this PC.</source>
        <translation>Klaros&apos;un bildiği her şey bu bilgisayarda kalır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all data…</source>
        <translation>Tüm verileri dışa aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything on this PC…</source>
        <translation>Bu bilgisayardaki her şeyi sil…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a country in the list; type part of its name and pick it from the list.</source>
        <translation>“{text}” listede bir ülke değil; adının bir kısmını yazıp listeden seçin.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relay</source>
        <translation>Aktarma sunucusu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another PC</source>
        <translation>Başka bir bilgisayar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type this code into Klaros on the other PC before {time}. It works once.</source>
        <translation>Bu kodu diğer bilgisayardaki Klaros&apos;a şu saatten önce yazın: {time}. Yalnızca bir kez çalışır.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../klaros_desktop/demo/onboarding_shots.py" line="+46"/>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="+130"/>
        <source>We sent a six-digit code to {email}. It may take a minute; look in the spam folder too.</source>
        <translation>{email} adresine altı haneli bir kod gönderdik. Bir dakika sürebilir; istenmeyen posta klasörüne de bakın.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/inputs.py" line="+28"/>
        <source>Enter the {what}.</source>
        <translation>Şunu girin: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {what} is a number of about 15 digits; “{text}” is not one. Copy it again from Meta&apos;s page.</source>
        <translation>Bu alan ({what}) yaklaşık 15 haneli bir sayıdır; “{text}” öyle değil. Meta&apos;nın sayfasından tekrar kopyalayın.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/meta_connection.py" line="+20"/>
        <source>Meta does not know the phone number ID {phone} or the WhatsApp Business account ID {waba}, or the token may not see them. Copy both again from the App Dashboard (WhatsApp → API Setup) and make sure the token&apos;s system user has the WhatsApp account assigned.</source>
        <translation>Meta, telefon numarası kimliğini ({phone}) veya WhatsApp Business hesap kimliğini ({waba}) tanımıyor ya da belirteç bunları göremiyor. İkisini de App Dashboard&apos;dan (WhatsApp → API Setup) tekrar kopyalayın ve belirtecin sistem kullanıcısına WhatsApp hesabının atandığından emin olun.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Connected to {number} ({name}); {count} templates loaded. The access token is kept {place}.</source>
        <translation>Bağlandı: {number} ({name}); {count} şablon yüklendi. Erişim belirteci {place} saklanıyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to {number}; {count} templates loaded. The access token is kept {place}.</source>
        <translation>Bağlandı: {number}; {count} şablon yüklendi. Erişim belirteci {place} saklanıyor.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/pairing.py" line="-91"/>
        <source>The relay address must start with https:// so that nobody on the way can read this computer&apos;s key. Ask whoever runs your relay for its https:// address.</source>
        <translation>Aktarma sunucusu adresi https:// ile başlamalıdır; böylece yoldaki kimse bu bilgisayarın anahtarını okuyamaz. Aktarma sunucunuzu yöneten kişiden https:// adresini isteyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay address starts with https://, for example https://relay.example.com</source>
        <translation>Aktarma sunucusu adresi https:// ile başlar, örneğin https://relay.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The relay did not accept this pairing code: it is mistyped, was already used, or has expired (codes are valid for a limited time and only once). Ask whoever runs your relay for a new code, or, on a PC of your shop that is already set up, open Settings → “Pair another PC”.</source>
        <translation>Aktarma sunucusu bu eşleştirme kodunu kabul etmedi: yanlış yazılmış, zaten kullanılmış veya süresi dolmuş (kodlar sınırlı bir süre ve yalnızca bir kez geçerlidir). Aktarma sunucunuzu yöneten kişiden yeni bir kod isteyin veya dükkânınızın zaten kurulu bir bilgisayarında Ayarlar → “Başka bir bilgisayarı eşleştir”i açın.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paired as device {device} of shop {shop}. The device key and token are kept {place}.</source>
        <translation>Eşleştirildi: dükkân {shop}, cihaz {device}. Cihaz anahtarı ve belirteç {place} saklanıyor.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This relay does not let shops sign up by themselves. Ask whoever runs it for a pairing code, or choose another relay.</source>
        <translation>Bu aktarma sunucusu dükkânların kendi kendine kaydolmasına izin vermiyor. Yöneten kişiden bir eşleştirme kodu isteyin veya başka bir aktarma sunucusu seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail code is wrong or has expired (it works once, for 30 minutes, and five wrong tries end it). Ask for a new code and type the newest one.</source>
        <translation>E-posta kodu yanlış veya süresi dolmuş (bir kez ve 30 dakika geçerlidir; beş yanlış deneme kodu geçersiz kılar). Yeni bir kod isteyin ve en yenisini yazın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This WhatsApp Business account is already set up on this relay. Pair this PC with a code from a PC of your shop that is already set up (Settings → “Pair another PC”) instead.</source>
        <translation>Bu WhatsApp Business hesabı bu aktarma sunucusunda zaten kurulu. Bunun yerine bu bilgisayarı, dükkânınızın zaten kurulu bir bilgisayarından alınan bir kodla eşleştirin (Ayarlar → “Başka bir bilgisayarı eşleştir”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay could not send the e-mail right now. Try again in a minute.</source>
        <translation>Aktarma sunucusu şu anda e-postayı gönderemedi. Bir dakika sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your e-mail address, for example laden@example.com.</source>
        <translation>E-posta adresinizi girin, örneğin dukkan@example.com.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your shop is created on the relay and this PC is paired. The device key and token are kept {place}.</source>
        <translation>Dükkânınız aktarma sunucusunda oluşturuldu ve bu bilgisayar eşleştirildi. Cihaz anahtarı ve belirteç {place} saklanıyor.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/relay_media.py" line="+35"/>
        <source>Paste the Meta access token first.</source>
        <translation>Önce Meta erişim belirtecini yapıştırın.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The relay now keeps the photos, voice notes and documents your customers send until this computer has them, even if it is off for more than a week.</source>
        <translation>Aktarma sunucusu artık müşterilerinizin gönderdiği fotoğrafları, sesli notları ve belgeleri, bu bilgisayar bir haftadan uzun süre kapalı kalsa bile, bilgisayar onları alana kadar saklıyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay no longer keeps your customers&apos; files; Klaros fetches them from WhatsApp, which keeps them for about 7 days.</source>
        <translation>Aktarma sunucusu artık müşterilerinizin dosyalarını saklamıyor; Klaros onları yaklaşık 7 gün saklayan WhatsApp&apos;tan alıyor.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/webhook.py" line="+33"/>
        <source>Meta has not checked the address yet. In Meta&apos;s App Dashboard, open WhatsApp → Configuration, enter the callback URL and verify token shown here, click “Verify and save”, then test again.</source>
        <translation>Meta adresi henüz kontrol etmedi. Meta&apos;nın App Dashboard&apos;unda WhatsApp → Configuration&apos;ı açın, burada gösterilen geri çağırma URL&apos;sini ve doğrulama belirtecini girin, “Verify and save”e tıklayın, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta checked the address {when}, but no message has arrived yet. Subscribe to the “messages” field on the same page, then send a WhatsApp message to your shop&apos;s number from any phone and test again.</source>
        <translation>Meta adresi {when} kontrol etti, ancak henüz hiç mesaj gelmedi. Aynı sayfada “messages” alanına abone olun, sonra herhangi bir telefondan dükkânınızın numarasına bir WhatsApp mesajı gönderin ve tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything works: Meta checked the address {checked} and the last message arrived {arrived}.</source>
        <translation>Her şey çalışıyor: Meta adresi {checked} kontrol etti ve son mesaj {arrived} geldi.</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/services/setup/wiring.py" line="-21"/>
        <source>This profile is not paired with a relay yet; {fix}.</source>
        <translation>Bu profil henüz bir aktarma sunucusuyla eşleşmedi; {fix}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This profile is not connected to Meta yet; {fix}.</source>
        <translation>Bu profil henüz Meta&apos;ya bağlı değil; {fix}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+151"/>
        <source>Set up Klaros</source>
        <translation>Klaros&apos;u kur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
</context>
<context>
    <name>Sketch</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+27"/>
        <source>Business info</source>
        <translation>İşletme bilgileri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>System users</source>
        <translation>Sistem kullanıcıları</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apps</source>
        <translation>Uygulamalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp accounts</source>
        <translation>WhatsApp hesapları</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>business.facebook.com  ›  Settings</source>
        <translation>business.facebook.com  ›  Ayarlar</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No system users yet.</source>
        <translation>Henüz sistem kullanıcısı yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add</source>
        <translation>+ Ekle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create system user</source>
        <translation>Sistem kullanıcısı oluştur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Oluştur</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Assign assets</source>
        <translation>Varlık ata</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Apps: your app — Full control</source>
        <translation>Uygulamalar: uygulamanız — Tam kontrol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp accounts: your shop — Full control</source>
        <translation>WhatsApp hesapları: dükkânınız — Tam kontrol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate new token</source>
        <translation>Yeni belirteç oluştur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App: your app</source>
        <translation>Uygulama: uygulamanız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: Never</source>
        <translation>Süre sonu: Hiçbir zaman</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate token</source>
        <translation>Belirteç oluştur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your token</source>
        <translation>Belirteciniz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meta shows it only once.</source>
        <translation>Meta bunu yalnızca bir kez gösterir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="-452"/>
        <source>Your relay</source>
        <translation>Aktarma sunucunuz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WhatsApp Business account</source>
        <translation>WhatsApp Business hesabı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check and finish</source>
        <translation>Kontrol et ve bitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {n} of 3: {name}</source>
        <translation>Adım {n}/3: {name}</translation>
    </message>
</context>
<context>
    <name>TemplateBubble</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="+78"/>
        <source>Map: {place}</source>
        <translation>Harita: {place}</translation>
    </message>
</context>
<context>
    <name>TemplateDrafts</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_drafts.py" line="+164"/>
        <source>The name may only hold lowercase letters, digits and underscores, for example order_ready.</source>
        <translation>Ad yalnızca küçük harf, rakam ve alt çizgi içerebilir, örneğin order_ready.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whether it is a marketing or a utility message.</source>
        <translation>Pazarlama mı yoksa hizmet bildirimi mesajı mı olduğunu seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the message text.</source>
        <translation>Mesaj metnini yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message text is longer than {n} characters.</source>
        <translation>Mesaj metni {n} karakterden uzun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>This template names its values, such as {example}: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Bu şablon değerlerine ad veriyor, örneğin {example}: küçük harf, rakam ve alt çizgi kullanın; ilk karakter harf olmalı.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Number the values {numbers} in order.</source>
        <translation>Değerleri sırayla numaralandırın: {numbers}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta refuses a value at the very start or end of the text; put a word before and after it.</source>
        <translation>Meta, metnin en başında veya en sonunda bir değeri reddeder; öncesine ve sonrasına bir kelime koyun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example for each value, as a customer would read it (Meta&apos;s review looks at them).</source>
        <translation>Her değer için bir müşterinin okuyacağı gibi bir örnek verin (Meta&apos;nın incelemesi bunlara bakar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header and footer may have at most {n} characters each.</source>
        <translation>Başlık ve alt bilginin her biri en fazla {n} karakter olabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the picture, video or document shown at the top (Meta&apos;s review looks at it).</source>
        <translation>Üstte gösterilecek resmi, videoyu veya belgeyi seçin (Meta incelemesinde buna bakılır).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {n} buttons of at most {chars} characters each.</source>
        <translation>En fazla {n} düğme, her biri en fazla {chars} karakter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The header may hold one value at most.</source>
        <translation>Başlık en fazla bir değer içerebilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header&apos;s value is written {value}.</source>
        <translation>Başlıktaki değer {value} olarak yazılır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example for the header&apos;s value (Meta&apos;s review looks at it).</source>
        <translation>Başlıktaki değer için bir örnek verin (Meta incelemesi buna bakar).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meta allows a copy-code button only in marketing templates.</source>
        <translation>Meta, kodu kopyala düğmesine yalnızca pazarlama şablonlarında izin verir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta allows one copy-code button per template.</source>
        <translation>Meta şablon başına bir kodu kopyala düğmesine izin verir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an example code for the copy-code button, at most {n} characters (each customer gets their own when sending).</source>
        <translation>Kodu kopyala düğmesi için en fazla {n} karakterlik bir örnek kod verin (gönderirken her müşteri kendi kodunu alır).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meta allows at most two link buttons and one call button.</source>
        <translation>Meta en fazla iki bağlantı düğmesine ve bir arama düğmesine izin verir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every link and call button a label.</source>
        <translation>Her bağlantı ve arama düğmesine bir etiket verin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A link button needs a web address starting with https://, for example https://example.com/shop.</source>
        <translation>Bağlantı düğmesi https:// ile başlayan bir web adresi ister, örneğin https://example.com/magaza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link may hold one value, {value}, and only at its very end.</source>
        <translation>Bir bağlantıda yalnızca bir değer olabilir ({value}) ve yalnızca en sonda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give an example of the whole link with its value filled in (Meta&apos;s review opens it).</source>
        <translation>Değeri doldurulmuş tam bağlantıya bir örnek verin (Meta incelemesinde açılır).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call button needs a phone number with its country code, for example +49 30 1234567.</source>
        <translation>Arama düğmesi ülke kodlu bir telefon numarası ister, örneğin +90 212 123 45 67.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meta takes a JPEG or PNG picture, an MP4 video or a PDF document here; this file is none of them.</source>
        <translation>Meta burada JPEG veya PNG resim, MP4 video ya da PDF belge kabul eder; bu dosya bunlardan biri değil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>Dosya okunamıyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty or larger than Meta allows ({mb} MB).</source>
        <translation>Dosya boş veya Meta&apos;nın izin verdiğinden büyük (en fazla {mb} MB).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../klaros_desktop/ui/template_editor.py" line="+30"/>
        <source>Edit template</source>
        <translation>Şablonu düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template</source>
        <translation>Yeni şablon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order_ready</source>
        <translation>siparis_hazir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name</source>
        <translation>Şablon adı</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Utility: about an order, an appointment, an account</source>
        <translation>Hizmet bildirimi: bir sipariş, randevu veya hesap hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing: offers, news, invitations</source>
        <translation>Pazarlama: fırsatlar, haberler, davetler</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>What is at the top</source>
        <translation>Mesajın üstünde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Resim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Header</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Optional, bold above the text</source>
        <translation>İsteğe bağlı, metnin üstünde kalın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to {n} characters; may hold one value, {value}, given when sending.</source>
        <translation>En fazla {n} karakter; gönderirken verilen bir değer, {value}, içerebilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example for the header&apos;s value</source>
        <translation>Başlıktaki değer için örnek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation>Örnek:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message text</source>
        <translation>Mesaj metni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit.</source>
        <translation>Merhaba {{1}}, {{2}} numaralı siparişiniz teslim almaya hazır.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+28"/>
        <source>Footer</source>
        <translation>Alt bilgi</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Optional, small under the text</source>
        <translation>İsteğe bağlı, metnin altında küçük</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick reply buttons</source>
        <translation>Hızlı yanıt düğmeleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, comma separated: Ja, Nein</source>
        <translation>İsteğe bağlı, virgülle ayırın: Evet, Hayır</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Link button</source>
        <translation>+ Bağlantı düğmesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Call button</source>
        <translation>+ Arama düğmesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Copy-code button</source>
        <translation>+ Kodu kopyala düğmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A button that copies a code, such as a coupon; marketing templates only.</source>
        <translation>Kupon gibi bir kodu kopyalayan düğme; yalnızca pazarlama şablonlarında.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply buttons</source>
        <translation>Yanıt düğmeleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links, calls, codes</source>
        <translation>Bağlantılar, aramalar, kodlar</translation>
    </message>
    <message>
        <source>Links, calls</source>
        <translation type="vanished">Bağlantılar, aramalar</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+65"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Örnekler</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="vanished">Düğmeler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meta reviews the change again; until it approves it, the template cannot be sent. An approved template can be changed once a day and up to 10 times in 30 days, and keeps its category.</source>
        <translation>Meta değişikliği yeniden inceler; onaylayana kadar şablon gönderilemez. Onaylı bir şablon günde bir kez ve 30 günde en fazla 10 kez değiştirilebilir ve kategorisini korur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer sees</source>
        <translation>Müşterinin gördüğü</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Submit the change to Meta</source>
        <translation>Değişikliği Meta&apos;ya gönder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit to Meta for review</source>
        <translation>İnceleme için Meta&apos;ya gönder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name and language of a template cannot be changed</source>
        <translation>Bir şablonun adı ve dili değiştirilemez</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Resimler (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos (*.mp4)</source>
        <translation>Videolar (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file shown at the top</source>
        <translation>Üstte gösterilecek dosyayı seçin</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Example for {value}</source>
        <translation>{value} için örnek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A map; you give the place (name and address) each time you send.</source>
        <translation>Bir harita; yeri (ad ve adres) her gönderişte siz verirsiniz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New file: {name}</source>
        <translation>Yeni dosya: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current file stays (Klaros sends it to Meta again).</source>
        <translation>Mevcut dosya kalır (Klaros onu Meta&apos;ya yeniden gönderir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file Meta&apos;s review sees.</source>
        <translation>Meta incelemesinin göreceği dosyayı seçin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>value {n}</source>
        <translation>değer {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for {name}</source>
        <translation>Örnek – {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example for value {n}</source>
        <translation>Değer {n} için örnek</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not connected to Meta; set it up first (File → Set up connection…).</source>
        <translation>Meta&apos;ya bağlı değil; önce bağlantıyı kurun (Dosya → Bağlantıyı kur…).</translation>
    </message>
</context>
<context>
    <name>TemplateEdits</name>
    <message>
        <location filename="../../klaros_desktop/services/messaging/template_edits.py" line="+46"/>
        <source>Nothing has changed yet; change the text, a button or the category first.</source>
        <translation>Henüz bir şey değişmedi; önce metni, bir düğmeyi veya kategoriyi değiştirin.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Meta is still reviewing this template; you can change it once the review is over.</source>
        <translation>Meta bu şablonu hâlâ inceliyor; inceleme bitince değiştirebilirsiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta only lets you change approved, rejected or paused templates; this one is {status}.</source>
        <translation>Meta yalnızca onaylanmış, reddedilmiş veya duraklatılmış şablonların değiştirilmesine izin verir; bunun durumu: {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros does not know Meta&apos;s number for this template yet; press “Refresh from Meta” first.</source>
        <translation>Klaros bu şablonun Meta&apos;daki numarasını henüz bilmiyor; önce “Meta&apos;dan yenile”ye basın.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (a picture, video or document header, link or call buttons, named values or an authentication code); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Bu şablonda Klaros&apos;un henüz düzenleyemediği kısımlar var (resim, video veya belge başlığı, bağlantı veya arama düğmeleri, adlandırılmış değerler ya da kimlik doğrulama kodu); Meta&apos;nın WhatsApp Yöneticisi&apos;nde değiştirin.</translation>
    </message>
    <message>
        <source>This template has parts Klaros cannot edit yet (an authentication code, a value in the header, copy-code, form or catalogue buttons, a location or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation type="vanished">Bu şablonda Klaros&apos;un henüz düzenleyemediği bölümler var (kimlik doğrulama kodu, başlıkta değer, kod kopyalama, form veya katalog düğmeleri, konum ya da kartlar); Meta&apos;nın WhatsApp Yöneticisi&apos;nde değiştirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template has parts Klaros cannot edit (an authentication code, whose text Meta writes itself; form or catalogue buttons, which point at a form or catalogue set up in Meta&apos;s tools; or cards); change it in Meta&apos;s WhatsApp Manager.</source>
        <translation>Bu şablonda Klaros&apos;un düzenleyemediği bölümler var (metnini Meta&apos;nın kendisinin yazdığı bir doğrulama kodu; Meta&apos;nın araçlarında kurulmuş bir forma veya kataloğa giden form ya da katalog düğmeleri; veya kartlar); onu Meta&apos;nın WhatsApp Manager&apos;ında değiştirin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meta lets you change an approved template once a day; you can change this one again after {when}.</source>
        <translation>Meta onaylı bir şablonun günde bir kez değiştirilmesine izin verir; bunu tekrar değiştirebileceğiniz zaman: {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta lets you change an approved template up to 10 times in 30 days; the next change is possible after {when}.</source>
        <translation>Meta onaylı bir şablonun 30 günde en fazla 10 kez değiştirilmesine izin verir; bir sonraki değişiklik şu zamandan sonra mümkün: {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no template {name} in {language} here; refresh the templates from Meta first.</source>
        <translation>Burada {name} şablonu yok ({language}); önce şablonları Meta&apos;dan yenileyin.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name and language of a template cannot be changed; create a new template instead.</source>
        <translation>Bir şablonun adı ve dili değiştirilemez; bunun yerine yeni bir şablon oluşturun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta does not let you change the category of an approved template; create a new template instead.</source>
        <translation>Meta onaylı bir şablonun kategorisinin değiştirilmesine izin vermez; bunun yerine yeni bir şablon oluşturun.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../klaros_desktop/ui/item_models.py" line="+232"/>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>İncelemede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Pazarlama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>Hizmet bildirimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Kimlik doğrulama</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+42"/>
        <source>Meta found the content abusive or against its commerce and business policies.</source>
        <translation>Meta içeriği kötüye kullanım veya ticaret ve işletme politikalarına aykırı buldu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format is not valid, for example variables not numbered {{1}}, {{2}}… in order, or a variable at the very start or end.</source>
        <translation>Biçim geçerli değil; örneğin değişkenler sırayla {{1}}, {{2}}… diye numaralanmamış veya bir değişken en başta ya da en sonda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta found it too promotional for its rules (for example a giveaway or pushy wording).</source>
        <translation>Meta bunu kurallarına göre fazla tanıtım amaçlı buldu (örneğin bir çekiliş veya ısrarcı bir dil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The chosen category does not match what the message says.</source>
        <translation>Seçilen kategori mesajın söylediğiyle uyuşmuyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta suspected the message of being a scam.</source>
        <translation>Meta mesajın dolandırıcılık olduğundan şüphelendi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta rates customers&apos; reactions to it as medium: some block or report it. Check that it is wanted and well timed.</source>
        <translation>Meta, müşterilerin tepkisini orta olarak değerlendiriyor: bazıları engelliyor veya şikâyet ediyor. İstendiğinden ve zamanının uygun olduğundan emin olun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta rates customers&apos; reactions to it as low: many block or report it. Meta may pause it; change the text or send it less often.</source>
        <translation>Meta, müşterilerin tepkisini düşük olarak değerlendiriyor: birçoğu engelliyor veya şikâyet ediyor. Meta bunu duraklatabilir; metni değiştirin veya daha seyrek gönderin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Resim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: the place given when sending</source>
        <translation>Harita: yer gönderirken verilir</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/template_bubble.py" line="-60"/>
        <source>Copy code</source>
        <translation>Kodu kopyala</translation>
    </message>
    <message>
        <location filename="../../klaros_desktop/ui/templates_page.py" line="+87"/>
        <source>Message templates</source>
        <translation>Mesaj şablonları</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template details</source>
        <translation>Şablon ayrıntıları</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template preview</source>
        <translation>Şablon önizlemesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer sees</source>
        <translation>Müşterinin gördüğü</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh from Meta</source>
        <translation>Meta&apos;dan yenile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New template…</source>
        <translation>Yeni şablon…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected template&apos;s text or buttons; Meta reviews it again</source>
        <translation>Seçili şablonun metnini veya düğmelerini değiştirin; Meta yeniden inceler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No templates yet. Create them in Meta&apos;s WhatsApp Manager, then press “Refresh from Meta”.</source>
        <translation>Henüz şablon yok. Meta&apos;nın WhatsApp Yöneticisi&apos;nde oluşturun, sonra “Meta&apos;dan yenile”ye basın.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} templates, {a} approved. Approvals from Meta appear here by themselves.</source>
        <translation>{n} şablon, {a} onaylı. Meta&apos;nın onayları burada kendiliğinden görünür.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet.</source>
        <translation>Henüz şablon yok.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Meta is reviewing it; the result appears here by itself.</source>
        <translation>Meta inceliyor; sonuç burada kendiliğinden görünür.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta will change this template&apos;s category from {old} to {new} {when}.</source>
        <translation>Meta bu şablonun kategorisini {when} {old} kategorisinden {new} kategorisine değiştirecek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soon</source>
        <translation>yakında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing messages cost more than utility messages, and they are charged even while the customer&apos;s 24-hour window is open.</source>
        <translation>Pazarlama mesajları hizmet bildirimi mesajlarından daha pahalıdır ve müşterinin 24 saatlik penceresi açıkken bile ücretlendirilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utility messages cost less than marketing messages, and they are free while the customer&apos;s 24-hour window is open.</source>
        <translation>Hizmet bildirimi mesajları pazarlama mesajlarından daha ucuzdur ve müşterinin 24 saatlik penceresi açıkken ücretsizdir.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not connected to Meta; set it up in Settings first.</source>
        <translation>Meta&apos;ya bağlı değil; önce Ayarlar&apos;da bağlantıyı kurun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Meta for the templates…</source>
        <translation>Şablonlar Meta&apos;dan isteniyor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>({n} received from Meta)</source>
        <translation>(Meta&apos;dan {n} alındı)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta did not answer: {error}</source>
        <translation>Meta yanıt vermedi: {error}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../klaros_desktop/ui/inbox.py" line="-895"/>
        <source>Conversation messages</source>
        <translation>Sohbet mesajları</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit before it goes</source>
        <translation>Gönderilmeden önce düzenle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Copy text</source>
        <translation>Metni kopyala</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send as template instead</source>
        <translation>Bunun yerine şablon olarak gönder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Yanıtla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>React…</source>
        <translation>Tepki ver…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward…</source>
        <translation>İlet…</translation>
    </message>
</context>
<context>
    <name>TokenGuide</name>
    <message>
        <location filename="../../klaros_desktop/ui/token_guide.py" line="+8"/>
        <source>How to create a permanent access token</source>
        <translation>Kalıcı erişim belirteci nasıl oluşturulur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Meta Business Suite, open Settings → System users and click “Add”.</source>
        <translation>Meta Business Suite&apos;te Ayarlar → Sistem kullanıcıları&apos;nı açın ve “Ekle”ye tıklayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the system user (for example “klaros”), choose the role Admin and click “Create”.</source>
        <translation>Sistem kullanıcısına bir ad verin (örneğin “klaros”), Yönetici rolünü seçin ve “Oluştur”a tıklayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Assign assets”: give it your app and your shop&apos;s WhatsApp account, each with full control.</source>
        <translation>“Varlık ata”ya tıklayın: uygulamanızı ve dükkânınızın WhatsApp hesabını, her birini tam kontrolle verin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click “Generate new token”, choose your app, set the expiry to “Never”, and tick exactly these two permissions: {first} and {second}.</source>
        <translation>“Yeni belirteç oluştur”a tıklayın, uygulamanızı seçin, süre sonunu “Hiçbir zaman” yapın ve tam olarak şu iki izni işaretleyin: {first} ve {second}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the token and paste it into Klaros (Meta shows it only once; spaces and line breaks are fine).</source>
        <translation>Belirteci kopyalayıp Klaros&apos;a yapıştırın (Meta bunu yalnızca bir kez gösterir; boşluklar ve satır sonları sorun değil).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Open System users</source>
        <translation>Sistem kullanıcılarını aç</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Picture {n} of {total}</source>
        <translation>Resim {n}/{total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../klaros_desktop/ui/update_notice.py" line="+47"/>
        <source>Update download</source>
        <translation>Güncelleme indirme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Yenilikler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart to update</source>
        <translation>Güncellemek için yeniden başlat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Daha sonra</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading Klaros %1 in the background. You can keep working.</source>
        <translation>Klaros %1 arka planda indiriliyor. Çalışmaya devam edebilirsiniz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 is ready — restart to update. Your messages and contacts are kept.</source>
        <translation>%1 sürümü hazır — güncellemek için yeniden başlatın. Mesajlarınız ve kişileriniz korunur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klaros was updated to version %1.</source>
        <translation>Klaros %1 sürümüne güncellendi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update to version %1 did not pass its check, so Klaros went back to version %2. Nothing was lost.</source>
        <translation>%1 sürümüne güncelleme kontrolden geçemedi, bu yüzden Klaros %2 sürümüne geri döndü. Hiçbir şey kaybolmadı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What&apos;s new in Klaros %1</source>
        <translation>Klaros %1 sürümündeki yenilikler</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../klaros_desktop/updater.py" line="+53"/>
        <source>The update server&apos;s signed list of releases has expired, so Klaros did not trust it and keeps this version. Your Klaros supplier has to renew it.</source>
        <translation>Güncelleme sunucusunun imzalı sürüm listesinin süresi dolmuş; bu yüzden Klaros ona güvenmedi ve bu sürümü koruyor. Klaros sağlayıcınızın listeyi yenilemesi gerekiyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The downloaded update does not match what the Klaros publisher signed, so it was thrown away. Klaros keeps this version and is safe to use.</source>
        <translation>İndirilen güncelleme Klaros yayıncısının imzaladığıyla eşleşmiyor, bu yüzden atıldı. Klaros bu sürümü koruyor ve kullanımı güvenli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update server&apos;s list of releases is not signed by the Klaros publisher, so Klaros did not trust it and keeps this version.</source>
        <translation>Güncelleme sunucusunun sürüm listesi Klaros yayıncısı tarafından imzalanmamış; bu yüzden Klaros ona güvenmedi ve bu sürümü koruyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaros could not reach its update server. It will try again later.</source>
        <translation>Klaros güncelleme sunucusuna ulaşamadı. Daha sonra tekrar deneyecek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaros could not save the update on this computer (the disk may be full). It keeps this version.</source>
        <translation>Klaros güncellemeyi bu bilgisayara kaydedemedi (disk dolu olabilir). Bu sürümü koruyor.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <location filename="../../klaros_desktop/ui/campaign_builder.py" line="-1117"/>
        <source>Value of {variable}</source>
        <translation>Değer: {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact field: {field}</source>
        <translation>Kişi alanı: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text</source>
        <translation>Sabit metin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same text for everyone</source>
        <translation>Herkes için aynı metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed text for {variable}</source>
        <translation>Sabit metin: {variable}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the contact has none, write…</source>
        <translation>Kişide yoksa şunu yaz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback for {variable}</source>
        <translation>Yedek değer: {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if empty:</source>
        <translation>boşsa:</translation>
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
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Open in your video player</source>
        <translation>Video oynatıcınızda açın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Farklı kaydet…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video cannot be played here.</source>
        <translation>Bu video burada oynatılamıyor.</translation>
    </message>
</context>
<context>
    <name>_LiveCheckPage</name>
    <message>
        <location filename="../../klaros_desktop/ui/setup_wizard.py" line="+131"/>
        <source>Test connection</source>
        <translation>Bağlantıyı dene</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result of this step</source>
        <translation>Bu adımın sonucu</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changed: check again.</source>
        <translation>Değişti: tekrar kontrol edin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
</context>
<context>
    <name>delegates</name>
    <message>
        <location filename="../../klaros_desktop/ui/delegates.py" line="-547"/>
        <location line="+142"/>
        <source>Yesterday</source>
        <translation>Dün</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>opted out</source>
        <translation>mesajları durdurdu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Not sent</source>
        <translation>⚠ Gönderilmedi</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice message</source>
        <translation>Sesli mesaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker</source>
        <translation>Çıkartma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Kişi kartı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction</source>
        <translation>Tepki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message WhatsApp sent in a format Klaros cannot show</source>
        <translation>WhatsApp&apos;ın Klaros&apos;un gösteremediği bir biçimde gönderdiği mesaj</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../klaros_desktop/ui/media_view.py" line="-272"/>
        <source>Save as</source>
        <translation>Farklı kaydet</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../klaros_desktop/commands/demo.py" line="+45"/>
        <source>DEMO (simulated customers)</source>
        <translation>DEMO (simüle edilmiş müşteriler)</translation>
    </message>
</context>
</TS>
