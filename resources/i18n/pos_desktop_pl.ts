<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>App</name>
    <message>
        <source>{error}

Database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Backup: just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: {minutes} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: {hours} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: {days} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: automatic backups off (no folder set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: folder missing ({folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: -</source>
        <translation>Kopia zapasowa: -</translation>
    </message>
    <message>
        <source>not set ([backup] folder in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups into {folder}, every {minutes} min and at each Z report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarcodeList</name>
    <message>
        <source>Scan or type a barcode, Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the selected barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove barcode (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraChoice</name>
    <message>
        <source>Cameras found on this computer; the field below is what is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for cameras: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for cameras {numbers}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found (numbers {numbers} checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {number} (set; busy or not found now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or URL...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No picture from the camera yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>fix lines {lines} before payment</source>
        <extracomment>Seats of this workshop (the sale books them; it needs a customer). The sale&apos;s idempotency key, from the cart&apos;s start until it is saved: every attempt to save this cart sends it, so a retry after a lost answer cannot sell it twice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix line {lines} before payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Line {line}: a quantity of 0 is not taken; press Delete to remove the line</source>
        <extracomment>An edit that was not taken, and why (the screen shows it at once). While the cart is being saved nothing in it may change: what is saved is what was paid for (a save in doubt can take until the network is back).</extracomment>
        <translation type="unfinished"></translation>
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
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost; the details are in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened {count} times since the app started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>{number} · -{amount} {currency} by {method} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;notes</source>
        <extracomment>What the invoice&apos;s credit notes gave back in all (a ``Decimal``; zero: none), each time they are loaded: the invoice view then offers only what is still possible.</extracomment>
        <translation>Faktury &amp;korygujące</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint slip (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the credit note&apos;s slip again (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-{amount} {currency} refunded in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip of credit note {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the slip of {number}...</source>
        <translation type="unfinished"></translation>
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
    <name>CustomerDisplay</name>
    <message>
        <source>Welcome to {venue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <extracomment>The cart&apos;s lines, read from a step or two away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booth POS - customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The shop&apos;s own words; empty: the exhibition&apos;s name, once the till knows it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this code on your phone: scan it at our counter next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Name</source>
        <extracomment>Each field&apos;s key in ``editors`` (its label) by its ``CustomerInput`` attribute. The labels beside the fields (``label`` of each field of ``CUSTOMER_FIELDS``), for the catalogue; a field without one here shows its English label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the company: a full invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU VAT ID, e.g. DE136695976</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national numbers are read as {region}, or +country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the customer code is sent here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>Według kraju</translation>
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
    <name>DatabaseSwitch</name>
    <message>
        <source>The database is set by the environment variable {variable}, which beats the config file: a choice made here could not be saved. To choose here, start without {variable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was given on the command line (--database), which beats the config file: a choice made here could not be saved. To choose here, start without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is ready, but the choice cannot be saved in {file} ({reason}); nothing was switched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorVerdicts</name>
    <message>
        <source>Admitted: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seat {seat} of {seats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: all {seats} seat(s) used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked for {time}, not this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} does not take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked - 1 seat free: send to the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked - {free} seats free: send to the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no seat here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a visitor&apos;s code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailTest</name>
    <message>
        <source>send a test to (your address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test email to {to}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test email sent to {to} (Message-ID {id}).</source>
        <translation type="unfinished"></translation>
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
    <name>ImportMapping</name>
    <message>
        <source>ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>What each field is called in the combos (translated there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>... and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns not imported&lt;/b&gt; (no customer field takes them): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run (nothing was saved): {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before is saved. {counts}. Importing the same file again completes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encoding {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, delimiter {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {file} ({found}); on duplicate: {duplicate}; invalid email: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (the customer is kept, the value as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created or updated, per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created or updated, per type</source>
        <translation type="unfinished"></translation>
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
    <name>LinkStatus</name>
    <message>
        <source>The server does not answer: this till sells on its own journal and sends every sale when the line is back (the Offline journal screen lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online - sending 1 sale...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online - sending {count} sales...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since {since} - {count} sales waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>Writes the rows to the path, asking ``cancelled()`` between pages; returns the rows written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {noun} needs a manager (permission data.export)</source>
        <extracomment>Swappable for tests: no file dialog can answer offscreen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport {noun}... ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {noun} to {path}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path} (stopped: the rest was not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path}</source>
        <translation type="unfinished"></translation>
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
        <extracomment>Built when first asked for (``ui/screen_shelf.py``); the checkout at once.</extracomment>
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
    <message>
        <source>Checking {name}&apos;s approval...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Unexpected error ({error}); nothing was lost, try again</source>
        <translation type="unfinished"></translation>
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
        <source>This invoice is on the server; refunds, voids and edits wait until the line is back</source>
        <extracomment>What a refund, void or edit says while the till sells on its journal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <extracomment>Said under a sale saved on the journal.</extracomment>
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
        <source>walk-in</source>
        <translation type="unfinished">klient anonimowy</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>PdfActions</name>
    <message>
        <source>Save PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <extracomment>Swappable for tests: no desktop viewer or file dialog can answer offscreen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF &amp;as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft has no invoice PDF; issue it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making {file}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {file} in the PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the file is {path} (or use Save PDF as)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {file}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
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
        <source>Receipt printer; click or Ctrl+Shift+P for the receipts waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer, but the printer never confirmed it. Look at the printer, then in the print queue (click, or Ctrl+Shift+P) reprint it as a COPY (the drawer stays shut) or mark it printed. Nothing prints it again by itself.</source>
        <translation type="unfinished"></translation>
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
        <source>Receipt printer: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Drukarka: ?</translation>
    </message>
</context>
<context>
    <name>PrinterTest</name>
    <message>
        <source>Status of {url}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: no printer set up (type its URL above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the printer&apos;s URL first (e.g. tcp://192.168.1.50:9100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a test page on {url}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page sent to {url}; the printer took it ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Wybierz produkt</translation>
    </message>
    <message>
        <source>Products matching {typed} (Enter adds, Esc cancels):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the QR code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the visitor photograph the QR code; scanning it at the checkout finds them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickKeySetting</name>
    <message>
        <source>Quick key at the checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a &amp;tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower places come first; favourites before all others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickKeyTiles</name>
    <message>
        <source>full</source>
        <extracomment>Hues far enough apart to tell categories at a glance (degrees on the colour wheel).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickKeys</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>The tabs&apos; names as shown (the English ones stay the keys: ``current_tab``).</extracomment>
        <translation type="unfinished">Warsztaty</translation>
    </message>
    <message>
        <source>Quick keys not loaded: {error}</source>
        <extracomment>Rows in sight at most: the cart above keeps the room it needs (the grid scrolls).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Copy of {number}&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} printed on {printer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} may not have printed: {why}. Check the printer; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} waits in the print queue: {why} (Ctrl+Shift+P to retry or send it elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} queued; it prints in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft has no receipt</source>
        <extracomment>The last preview&apos;s PNG bytes (what the cashier sees; tests read it back).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt again, marked COPY (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a copy of {number}&apos;s receipt...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptWatch</name>
    <message>
        <source>Receipt {number} printed now, after the printer came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number} printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of {number} may not have printed ({why}). Check the paper; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of {number} did not print: {why}. It prints by itself when the printer is back (marked PRINTED LATE if that is minutes from now); Ctrl+P tries again</source>
        <translation type="unfinished"></translation>
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
    <name>ScanActions</name>
    <message>
        <source>Scanned a sale code, but this role has no checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned invoice {number}, but this role cannot open invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReaders</name>
    <message>
        <source>{error}; using zxing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>keyboard</source>
        <translation type="unfinished">klawiatura</translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan ({source}) not used: {reason}</source>
        <extracomment>Eight digits valid as a customer code and as an EAN-8: the customer, and when there is no such customer, the product. None: treated as a customer only. Shows a scan instead of acting on it, when it returns True (a test area on screen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of {what} refused: close {title} first, then scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many scans waiting: {what} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of {what} waits until {title} is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerSettings</name>
    <message>
        <source>&lt;b&gt;Try it:&lt;/b&gt; scan something now; it is shown here, not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation type="unfinished"></translation>
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
        <source>serial {port}</source>
        <translation type="unfinished"></translation>
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
    <name>SessionReportActions</name>
    <message>
        <source>Print report (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this report on the till&apos;s printer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} report {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {what}...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>opened at the next login</source>
        <extracomment>The Settings screen shows these; marked in its context, translated where it shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell scanner bursts from typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner ends a code with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (a pause ends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max ms between a scan&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people type 80+ ms apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter bursts count as typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause that ends a code (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for scanners without Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters the scanner sends first (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters the scanner sends last (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same code again counts after (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: every scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan while a dialog is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait until it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse with a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beep on a rejected scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/ttyACM0, COM3; opened at the next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as set in the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished">Kamera</translation>
    </message>
    <message>
        <source>0 = first camera, or a device/video path; opened at the next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zxing-cpp (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zbar (needs libzbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <extracomment>The Settings screen&apos;s Printer tab: (key, label, hint, choices); marked in its context, translated where it shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; empty: no receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python-escpos profile: default, TM-T20II, POS-5890...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 on 58 mm paper, 42 or 48 on 80 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt after each sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cash drawer on cash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a printer that does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines separated by |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG printed on top of each receipt; empty: none</source>
        <translation type="unfinished"></translation>
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
