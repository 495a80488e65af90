<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>App</name>
    <message>
        <source>This terminal id is taken.

{error}</source>
        <translation>Ten identyfikator kasy jest już zajęty.

{error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Nie można otworzyć bazy danych: {error}</translation>
    </message>
    <message>
        <source>The database&apos;s schema does not match this version of Booth POS. After an update of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if other terminals run a newer version, update this one.</source>
        <translation>Schemat bazy danych nie pasuje do tej wersji Booth POS. Po aktualizacji aplikacji administrator uruchamia `pos-desktop db upgrade` (pozostałe kasy zamknięte); jeśli inne kasy działają w nowszej wersji, zaktualizuj tę kasę.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: -</source>
        <translation>Kopia zapasowa: -</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Checkout</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Scan or type a customer code or a product barcode / SKU</source>
        <translation>Zeskanuj lub wpisz kod klienta, kod kreskowy lub SKU produktu</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Zapłać (F12)</translation>
    </message>
    <message>
        <source>Checkout · {exhibition} · till {till}</source>
        <translation>Kasa · {exhibition} · stanowisko {till}</translation>
    </message>
    <message>
        <source>Selling to {name}</source>
        <translation>Sprzedaż dla: {name}</translation>
    </message>
    <message>
        <source>{text} is neither a customer code nor a known product</source>
        <translation>{text} to ani kod klienta, ani znany produkt</translation>
    </message>
    <message>
        <source>A seat in {code} is booked for a person: scan the customer&apos;s QR first, then the workshop again.</source>
        <translation>Miejsce w {code} rezerwuje się dla konkretnej osoby: najpierw zeskanuj kod QR klienta, potem ponownie warsztat.</translation>
    </message>
    <message>
        <source>{code} is full: no seat to sell (put them on its waitlist instead).</source>
        <translation>Brak wolnych miejsc w {code}: nie ma czego sprzedać (zamiast tego dopisz klienta do listy oczekujących).</translation>
    </message>
    <message>
        <source>Seat: {title} ({code}, {starts})</source>
        <translation>Miejsce: {title} ({code}, {starts})</translation>
    </message>
    <message>
        <source>Added a seat in {code} ({free} free)</source>
        <translation>Dodano miejsce w {code} (wolne: {free})</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Dodano: {name}</translation>
    </message>
    <message>
        <source>add lines first</source>
        <translation>najpierw dodaj pozycje</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Rabat na całą sprzedaż</translation>
    </message>
    <message>
        <source>10% or an amount, e.g. 5.00:</source>
        <translation>10% lub kwota, np. 5,00:</translation>
    </message>
    <message>
        <source>{amount} {currency} off the whole sale</source>
        <translation>Rabat {amount} {currency} na całą sprzedaż</translation>
    </message>
    <message>
        <source>The sale is being saved: wait for the answer, then go on</source>
        <translation>Sprzedaż jest zapisywana: poczekaj na odpowiedź, potem kontynuuj</translation>
    </message>
    <message>
        <source>Walk-in sale (no customer)</source>
        <translation>Sprzedaż anonimowa (bez klienta)</translation>
    </message>
    <message>
        <source>The sale is being saved - wait for the answer</source>
        <translation>Sprzedaż jest zapisywana – poczekaj na odpowiedź</translation>
    </message>
    <message>
        <source>Drop the {count} lines in the cart and start a new sale?</source>
        <translation>Usunąć wszystkie pozycje z koszyka ({count}) i rozpocząć nową sprzedaż?</translation>
    </message>
    <message>
        <source>Drop the 1 line in the cart and start a new sale?</source>
        <translation>Usunąć 1 pozycję z koszyka i rozpocząć nową sprzedaż?</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nowa sprzedaż</translation>
    </message>
</context>
<context>
    <name>CheckoutParking</name>
    <message>
        <source>Parked sales: {count} (Shift+F10 brings one back)</source>
        <extracomment>Why the customer&apos;s card could not be read (the cart came back without it). The open dialogs, kept as attributes (read when they are answered).</extracomment>
        <translation>Odłożone sprzedaże: {count} (Shift+F10 przywraca jedną)</translation>
    </message>
    <message>
        <source>Nothing to park: the cart is empty</source>
        <translation>Nie ma czego odłożyć: koszyk jest pusty</translation>
    </message>
    <message>
        <source>Park this sale</source>
        <translation>Odłóż tę sprzedaż</translation>
    </message>
    <message>
        <source>A note to find it again (optional), Enter parks:</source>
        <translation>Notatka, by ją potem odnaleźć (opcjonalnie), Enter odkłada:</translation>
    </message>
    <message>
        <source>Parking the sale...</source>
        <translation>Odkładanie sprzedaży…</translation>
    </message>
    <message>
        <source>Parked: {sale}. Shift+F10 brings it back.</source>
        <translation>Odłożono: {sale}. Shift+F10 ją przywraca.</translation>
    </message>
    <message>
        <source>{error} - not parked; the sale is still here</source>
        <translation>{error} – nie odłożono; sprzedaż nadal jest tutaj</translation>
    </message>
    <message>
        <source>Finish this sale or park it (F10) first; then Shift+F10 brings a parked one back</source>
        <translation>Najpierw zakończ tę sprzedaż lub ją odłóż (F10); potem Shift+F10 przywróci odłożoną</translation>
    </message>
    <message>
        <source>No parked sales at this till</source>
        <translation>Brak odłożonych sprzedaży na tej kasie</translation>
    </message>
    <message>
        <source>Bringing the parked sale back...</source>
        <translation>Przywracanie odłożonej sprzedaży…</translation>
    </message>
    <message>
        <source>Recalled, but without the customer: {problem}</source>
        <translation>Przywrócono, ale bez klienta: {problem}</translation>
    </message>
    <message>
        <source>Recalled: {sale}</source>
        <translation>Przywrócono: {sale}</translation>
    </message>
</context>
<context>
    <name>CheckoutPaying</name>
    <message>
        <source>Saving the sale...</source>
        <extracomment>The open dialogs, kept as attributes (read when they are accepted). Whether this till has an open cash session, as last asked (None: not known yet).</extracomment>
        <translation>Zapisywanie sprzedaży…</translation>
    </message>
    <message>
        <source>Checking whether the sale was saved - the database stopped answering ({doubt}). The cart stays here; do not sell it again.</source>
        <translation>Sprawdzanie, czy sprzedaż została zapisana – baza danych przestała odpowiadać ({doubt}). Koszyk zostaje tutaj; nie sprzedawaj go ponownie.</translation>
    </message>
    <message>
        <source>Sale saved as {number}</source>
        <translation>Sprzedaż zapisana jako {number}</translation>
    </message>
    <message>
        <source>{error} - the sale is still here: press F12 to pay again</source>
        <translation>{error} – sprzedaż nadal jest tutaj: naciśnij F12, aby zapłacić ponownie</translation>
    </message>
    <message>
        <source>{why} - the sale is still here (F12)</source>
        <translation>{why} – sprzedaż nadal jest tutaj (F12)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jedn.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>Credit &amp;notes</source>
        <extracomment>What the invoice&apos;s credit notes gave back in all (a ``Decimal``; zero: none), each time they are loaded: the invoice view then offers only what is still possible.</extracomment>
        <translation>Faktury &amp;korygujące</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bills</source>
        <translation>Faktury: &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bill</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; faktura</translation>
    </message>
    <message>
        <source>, total billed &lt;b&gt;{totals}&lt;/b&gt;</source>
        <translation>, łącznie zafakturowano &lt;b&gt;{totals}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Welcome email: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation>E-mail powitalny: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>Sprzedaż anonimowa</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code to sell to them.</source>
        <translation>Zeskanuj kod QR klienta, aby przypisać mu sprzedaż.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>others ({count})</source>
        <extracomment>The pies&apos; least height, their legends under them (the bar charts keep 220). More bars than this and every other hour is labelled.</extracomment>
        <translation>inne ({count})</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Przychód dzisiaj</translation>
    </message>
    <message>
        <source>Invoices today</source>
        <translation>Faktury dzisiaj</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Średni koszyk</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <source>Dashboard · {exhibition} · {day}</source>
        <translation>Pulpit · {exhibition} · {day}</translation>
    </message>
    <message>
        <source>Revenue by day ({currency})</source>
        <translation>Przychód wg dni ({currency})</translation>
    </message>
    <message>
        <source>Revenue by hour today ({currency})</source>
        <translation>Przychód wg godzin dzisiaj ({currency})</translation>
    </message>
    <message>
        <source>Customers by country</source>
        <translation>Klienci wg kraju</translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation>Klienci wg typu</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>klient anonimowy</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Ostatnie faktury</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niski stan magazynowy</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts	F1</source>
        <translation>&amp;Skróty klawiaturowe	F1</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;logów</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>&amp;Kopiuj wersję i informacje o systemie</translation>
    </message>
    <message>
        <source>Version and system information copied</source>
        <translation>Skopiowano wersję i informacje o systemie</translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>refunded in full</source>
        <translation>zwrócono w całości</translation>
    </message>
    <message>
        <source>{amount} {currency} refunded</source>
        <translation>zwrócono {amount} {currency}</translation>
    </message>
    <message>
        <source>full invoice</source>
        <translation>pełna faktura</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>odwrotne obciążenie</translation>
    </message>
    <message>
        <source>Total {total} {currency} · paid {paid} · change {change}</source>
        <translation>Razem {total} {currency} · zapłacono {paid} · reszta {change}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>klient anonimowy</translation>
    </message>
    <message>
        <source>The customer still owes {amount} {currency}.</source>
        <translation>Klient musi jeszcze dopłacić {amount} {currency}.</translation>
    </message>
    <message>
        <source>Pay back {amount} {currency} to the customer.</source>
        <translation>Zwróć klientowi {amount} {currency}.</translation>
    </message>
    <message>
        <source>Nothing to pay or pay back.</source>
        <translation>Nic do zapłaty ani do zwrotu.</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Unieważnij…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Edytuj (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refund... (Ctrl+R)</source>
        <translation>Zwróć… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Drukuj ponownie (Ctrl+P)</translation>
    </message>
    <message>
        <source>Send invoice again (Ctrl+M)</source>
        <translation>Wyślij fakturę ponownie (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice</source>
        <translation>Tylko kierownik może unieważnić fakturę</translation>
    </message>
    <message>
        <source>Send void notice again (Ctrl+M)</source>
        <translation>Wyślij ponownie powiadomienie o unieważnieniu (Ctrl+M)</translation>
    </message>
    <message>
        <source>Queue the customer&apos;s email about this invoice again (a refunded one: choose the refund notice or the invoice)</source>
        <translation>Ponownie dodaj do kolejki e-mail do klienta w sprawie tej faktury (przy zwróconej: wybierz powiadomienie o zwrocie lub fakturę)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Brak klienta</translation>
    </message>
    <message>
        <source>Change lines or customer (Ctrl+E)</source>
        <translation>Zmień pozycje lub klienta (Ctrl+E)</translation>
    </message>
    <message>
        <source>Only a manager can edit</source>
        <translation>Tylko kierownik może edytować</translation>
    </message>
    <message>
        <source>Refunded: refund what is left instead</source>
        <translation>Zwrócono: zamiast tego zwróć pozostałą część</translation>
    </message>
    <message>
        <source>Everything on this invoice was refunded</source>
        <translation>Wszystko z tej faktury zostało zwrócone</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method}</source>
        <translation>Faktura korygująca {number}: zwróć {amount} {currency} (sposób: {method})</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method} (goods not restocked)</source>
        <translation>Faktura korygująca {number}: zwróć {amount} {currency} (sposób: {method}; towaru nie przyjęto z powrotem na stan)</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Unieważnij fakturę</translation>
    </message>
    <message>
        <source>Void {number} ({amount} {currency})?
It keeps its number and counts nowhere any more; this cannot be undone.
Reason (required):</source>
        <translation>Unieważnić {number} ({amount} {currency})?
Faktura zachowa swój numer i nie będzie już nigdzie liczona; tego nie można cofnąć.
Powód (wymagany):</translation>
    </message>
    <message>
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation>Sprawdzanie, czy unieważnienie zostało zapisane – baza danych przestała odpowiadać ({doubt})</translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation>E-mail do {recipient} dodany do kolejki ({subject}); Skrzynka nadawcza wyśle go w tle</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Description (F3)</source>
        <translation>Opis (F3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>VAT rate: type it, or choose one of this till&apos;s (Up/Down)</source>
        <translation>Stawka VAT: wpisz ją lub wybierz jedną ze stawek tej kasy (strzałki w górę/w dół)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Dodaj pozycję</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
        <extracomment>Input that proves somebody is at the till (a barcode scanner types, so it counts too).</extracomment>
        <translation>Booth POS: zablokowany</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after a while without input. {user}: your password to go on. Someone else: log in with your own name (the open sale is then discarded).</source>
        <translation>&lt;b&gt;Zablokowano&lt;/b&gt; po pewnym czasie bez aktywności. {user}: wpisz swoje hasło, aby kontynuować. Ktoś inny: zaloguj się własną nazwą użytkownika (otwarta sprzedaż zostanie wtedy odrzucona).</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Booth POS: log in</source>
        <translation>Booth POS: logowanie</translation>
    </message>
    <message>
        <source>Terminal {terminal}: please log in.</source>
        <extracomment>Logged in against the offline journal&apos;s copy of the users (the server did not answer).</extracomment>
        <translation>Kasa {terminal}: zaloguj się.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Wrong user name or password, too often: {user} can try again in {wait} (minutes:seconds).</source>
        <translation>Zbyt wiele razy błędna nazwa użytkownika lub hasło: {user} może spróbować ponownie za {wait} (minuty:sekundy).</translation>
    </message>
    <message>
        <source>The wait is over: try again.</source>
        <translation>Czas oczekiwania minął: spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Booth POS</source>
        <extracomment>Ctrl+L: the cashier steps away (or hands over): the till locks at once. The user chose another language in the Language menu (its code): the terminal lock stores it and builds the window anew (ui/idle_lock.py).</extracomment>
        <translation>Booth POS</translation>
    </message>
    <message>
        <source>Database: {backend}</source>
        <translation>Baza danych: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <extracomment>&quot;Offline since 10:42 - 17 sales waiting&quot; (hidden while the server answers).</extracomment>
        <translation>Skaner: klawiatura</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Przetwarzanie…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
        <extracomment>Set once the cashier has answered the question (or nothing needed asking).</extracomment>
        <translation>Pozycje w koszyku: {count}. Odłożyć sprzedaż przed zamknięciem?</translation>
    </message>
    <message>
        <source>The cart has 1 line. Park the sale before closing?</source>
        <translation>W koszyku jest 1 pozycja. Odłożyć sprzedaż przed zamknięciem?</translation>
    </message>
    <message>
        <source>Close Booth POS</source>
        <translation>Zamknij Booth POS</translation>
    </message>
    <message>
        <source>&amp;Park and close</source>
        <translation>&amp;Odłóż i zamknij</translation>
    </message>
    <message>
        <source>&amp;Drop the cart and close</source>
        <translation>&amp;Wyczyść koszyk i zamknij</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>Zgoda kierownika</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Kierownik</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Type the manager&apos;s user name</source>
        <translation>Wpisz nazwę użytkownika kierownika</translation>
    </message>
    <message>
        <source>Type the manager&apos;s password</source>
        <translation>Wpisz hasło kierownika</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <extracomment>A fingertip, with room (the design system&apos;s touch targets are 44 px).</extracomment>
        <translation>Klient wręcza {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <extracomment>What a refund, void or edit says while the till sells on its journal. Said under a sale saved on the journal.</extracomment>
        <translation>Zapisano na tej kasie (offline) jako {number}; trafi na serwer, gdy wróci połączenie</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <extracomment>Said after a login against the journal&apos;s copy of the users.</extracomment>
        <translation>Zalogowano na tej kasie (offline)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <extracomment>Said under a customer registered on the journal.</extracomment>
        <translation>Zarejestrowano {name} na tej kasie (offline) jako {code}; e-mail powitalny zostanie wysłany, gdy wróci połączenie</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox: all sent</source>
        <translation>Skrzynka nadawcza: wszystko wysłane</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation>Skrzynka nadawcza: w kolejce {waiting}</translation>
    </message>
    <message>
        <source>Outbox: -</source>
        <translation>Skrzynka nadawcza: -</translation>
    </message>
    <message>
        <source>Customer emails not sent yet (the Outbox screen says why)</source>
        <translation>Niewysłane jeszcze e-maile do klientów (przyczynę podaje ekran Skrzynka nadawcza)</translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Skrzynka nadawcza: ?</translation>
    </message>
</context>
<context>
    <name>ParkedPicker</name>
    <message>
        <source>Parked sales</source>
        <translation>Odłożone sprzedaże</translation>
    </message>
    <message>
        <source>Parked sales at this till (Enter brings one back, Esc cancels):</source>
        <translation>Odłożone sprzedaże na tej kasie (Enter przywraca wybraną, Esc anuluje):</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>To pay: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <extracomment>The cashier said yes to the large cash amount now in the field.</extracomment>
        <translation>Do zapłaty: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>authorisation code from the card terminal</source>
        <translation>kod autoryzacji z terminala płatniczego</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Otrzymana gotówka</translation>
    </message>
    <message>
        <source>Card amount (F6)</source>
        <translation>Kwota kartą (F6)</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>Nr referencyjny karty</translation>
    </message>
    <message>
        <source>Large amount of cash</source>
        <extracomment>Touch mode: digits and likely notes on screen (``None`` with a keyboard).</extracomment>
        <translation>Duża kwota gotówki</translation>
    </message>
    <message>
        <source>Still to pay: {amount} {currency}</source>
        <translation>Pozostało do zapłaty: {amount} {currency}</translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>Reszta: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{change} - check the cash received</source>
        <translation>{change} – sprawdź otrzymaną gotówkę</translation>
    </message>
    <message>
        <source>Cash received: {amount} {currency} for {due} {currency} due.

Did the customer really hand over that much? The change would be {change} {currency}.</source>
        <translation>Otrzymana gotówka: {amount} {currency} przy należności {due} {currency}.

Czy klient naprawdę dał aż tyle? Reszta wyniosłaby {change} {currency}.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>cash</source>
        <translation>gotówka</translation>
    </message>
    <message>
        <source>card</source>
        <translation>karta</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
        <extracomment>The label while a receipt may not have printed: it must catch the eye.</extracomment>
        <translation>paragony ({count})</translation>
    </message>
    <message>
        <source>Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)</source>
        <translation>Drukarka: {what} – być może nie wydrukowano; sprawdź drukarkę (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nieskonfigurowana</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>drukuje</translation>
    </message>
    <message>
        <source>Printer: {why} - {waiting} waiting</source>
        <translation>Drukarka: {why} – w kolejce {waiting}</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Drukarka: nieskonfigurowana</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <source>Printer: {status}</source>
        <translation>Drukarka: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Drukarka: -</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Drukarka: ?</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Wybierz produkt</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
        <extracomment>The translators installed now (kept referenced: Qt does not own them).</extracomment>
        <translation>kasjer</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>SaleConfirmation</name>
    <message>
        <source>Walk-in customer</source>
        <translation>Klient anonimowy</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Razem {amount} {currency}</translation>
    </message>
    <message>
        <source>Change {amount} {currency}</source>
        <translation>Reszta {amount} {currency}</translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation>Potwierdź sprzedaż</translation>
    </message>
    <message>
        <source>&amp;Reverse charge: VAT accounted for by the buyer ({vat_id})</source>
        <translation>&amp;Odwrotne obciążenie: VAT rozlicza nabywca ({vat_id})</translation>
    </message>
    <message>
        <source>Save sale (Enter)</source>
        <translation>Zapisz sprzedaż (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Wstecz (Esc)</translation>
    </message>
</context>
<context>
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <extracomment>The rejection sound (QApplication.beep where it cannot be played).</extracomment>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>klawiatura</translation>
    </message>
    <message>
        <source>Scanner: {sources}</source>
        <translation>Skaner: {sources}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <source>({sources} lost, retrying)</source>
        <translation>(utracono: {sources}, ponawianie)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Checkout</source>
        <extracomment>The screen&apos;s key (English) and, translated in the context &quot;Screens&quot;, its name. A file in resources/icons/screens (without ``.svg``).</extracomment>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation>Rejestracja klienta</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Szuflada kasowa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Magazyn</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Kontrola wejść</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Dziennik offline</translation>
    </message>
</context>
<context>
    <name>TerminalLock</name>
    <message>
        <source>The language was not saved: {error}</source>
        <translation>Nie zapisano języka: {error}</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <source>Net {amount}</source>
        <translation>Netto {amount}</translation>
    </message>
    <message>
        <source>VAT {rate}%: {amount}</source>
        <translation>VAT {rate}%: {amount}</translation>
    </message>
    <message>
        <source>Discounts {amount}</source>
        <translation>Rabaty {amount}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Razem {amount} {currency}</translation>
    </message>
</context>
</TS>
