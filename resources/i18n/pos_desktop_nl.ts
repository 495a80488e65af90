<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>This terminal id is taken.

{error}</source>
        <translation>Deze kassa-ID is al in gebruik.

{error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Kan de database niet openen: {error}</translation>
    </message>
    <message>
        <source>The database&apos;s schema does not match this version of Booth POS. After an update of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if other terminals run a newer version, update this one.</source>
        <translation>Het schema van de database past niet bij deze versie van Booth POS. Na een update van de app voert een beheerder `pos-desktop db upgrade` uit (andere kassa&apos;s gesloten); draaien andere kassa&apos;s een nieuwere versie, werk dan deze kassa bij.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: -</source>
        <translation>Back-up: -</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Checkout</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Scan or type a customer code or a product barcode / SKU</source>
        <translation>Scan of typ een klantcode, streepjescode of artikelnummer</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Betalen (F12)</translation>
    </message>
    <message>
        <source>Checkout · {exhibition} · till {till}</source>
        <translation>Kassa · {exhibition} · terminal {till}</translation>
    </message>
    <message>
        <source>Selling to {name}</source>
        <translation>Verkoop aan {name}</translation>
    </message>
    <message>
        <source>{text} is neither a customer code nor a known product</source>
        <translation>{text} is geen klantcode en geen bekend product</translation>
    </message>
    <message>
        <source>A seat in {code} is booked for a person: scan the customer&apos;s QR first, then the workshop again.</source>
        <translation>Een plaats in {code} wordt voor een persoon geboekt: scan eerst de QR-code van de klant en daarna opnieuw de workshop.</translation>
    </message>
    <message>
        <source>{code} is full: no seat to sell (put them on its waitlist instead).</source>
        <translation>{code} is vol: geen plaats meer te verkopen (zet de klant in plaats daarvan op de wachtlijst).</translation>
    </message>
    <message>
        <source>Seat: {title} ({code}, {starts})</source>
        <translation>Plaats: {title} ({code}, {starts})</translation>
    </message>
    <message>
        <source>Added a seat in {code} ({free} free)</source>
        <translation>Plaats in {code} toegevoegd ({free} vrij)</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} toegevoegd</translation>
    </message>
    <message>
        <source>add lines first</source>
        <translation>voeg eerst regels toe</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Korting op de hele verkoop</translation>
    </message>
    <message>
        <source>10% or an amount, e.g. 5.00:</source>
        <translation>10% of een bedrag, bijv. 5,00:</translation>
    </message>
    <message>
        <source>{amount} {currency} off the whole sale</source>
        <translation>{amount} {currency} korting op de hele verkoop</translation>
    </message>
    <message>
        <source>The sale is being saved: wait for the answer, then go on</source>
        <translation>De verkoop wordt opgeslagen: wacht op het antwoord en ga dan verder</translation>
    </message>
    <message>
        <source>Walk-in sale (no customer)</source>
        <translation>Passantenverkoop (geen klant)</translation>
    </message>
    <message>
        <source>The sale is being saved - wait for the answer</source>
        <translation>De verkoop wordt opgeslagen – wacht op het antwoord</translation>
    </message>
    <message>
        <source>Drop the {count} lines in the cart and start a new sale?</source>
        <translation>De {count} regels in de winkelwagen weggooien en een nieuwe verkoop starten?</translation>
    </message>
    <message>
        <source>Drop the 1 line in the cart and start a new sale?</source>
        <translation>De regel in de winkelwagen weggooien en een nieuwe verkoop starten?</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nieuwe verkoop</translation>
    </message>
</context>
<context>
    <name>CheckoutParking</name>
    <message>
        <source>Parked sales: {count} (Shift+F10 brings one back)</source>
        <extracomment>Why the customer&apos;s card could not be read (the cart came back without it). The open dialogs, kept as attributes (read when they are answered).</extracomment>
        <translation>Geparkeerde verkopen: {count} (Shift+F10 haalt er een terug)</translation>
    </message>
    <message>
        <source>Nothing to park: the cart is empty</source>
        <translation>Niets te parkeren: de winkelwagen is leeg</translation>
    </message>
    <message>
        <source>Park this sale</source>
        <translation>Deze verkoop parkeren</translation>
    </message>
    <message>
        <source>A note to find it again (optional), Enter parks:</source>
        <translation>Een notitie om hem terug te vinden (optioneel), Enter parkeert:</translation>
    </message>
    <message>
        <source>Parking the sale...</source>
        <translation>Verkoop wordt geparkeerd…</translation>
    </message>
    <message>
        <source>Parked: {sale}. Shift+F10 brings it back.</source>
        <translation>Geparkeerd: {sale}. Shift+F10 haalt hem terug.</translation>
    </message>
    <message>
        <source>{error} - not parked; the sale is still here</source>
        <translation>{error} – niet geparkeerd; de verkoop staat er nog</translation>
    </message>
    <message>
        <source>Finish this sale or park it (F10) first; then Shift+F10 brings a parked one back</source>
        <translation>Rond eerst deze verkoop af of parkeer hem (F10); daarna haalt Shift+F10 een geparkeerde terug</translation>
    </message>
    <message>
        <source>No parked sales at this till</source>
        <translation>Geen geparkeerde verkopen op deze kassa</translation>
    </message>
    <message>
        <source>Bringing the parked sale back...</source>
        <translation>Geparkeerde verkoop wordt teruggehaald…</translation>
    </message>
    <message>
        <source>Recalled, but without the customer: {problem}</source>
        <translation>Teruggehaald, maar zonder de klant: {problem}</translation>
    </message>
    <message>
        <source>Recalled: {sale}</source>
        <translation>Teruggehaald: {sale}</translation>
    </message>
</context>
<context>
    <name>CheckoutPaying</name>
    <message>
        <source>Saving the sale...</source>
        <extracomment>The open dialogs, kept as attributes (read when they are accepted). Whether this till has an open cash session, as last asked (None: not known yet).</extracomment>
        <translation>Verkoop wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Checking whether the sale was saved - the database stopped answering ({doubt}). The cart stays here; do not sell it again.</source>
        <translation>Controleren of de verkoop is opgeslagen – de database antwoordt niet meer ({doubt}). De winkelwagen blijft hier; verkoop hem niet nog een keer.</translation>
    </message>
    <message>
        <source>Sale saved as {number}</source>
        <translation>Verkoop opgeslagen als {number}</translation>
    </message>
    <message>
        <source>{error} - the sale is still here: press F12 to pay again</source>
        <translation>{error} – de verkoop staat er nog: druk op F12 om opnieuw te betalen</translation>
    </message>
    <message>
        <source>{why} - the sale is still here (F12)</source>
        <translation>{why} – de verkoop staat er nog (F12)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>Credit &amp;notes</source>
        <extracomment>What the invoice&apos;s credit notes gave back in all (a ``Decimal``; zero: none), each time they are loaded: the invoice view then offers only what is still possible.</extracomment>
        <translation>&amp;Creditnota&apos;s</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bills</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; facturen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bill</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; factuur</translation>
    </message>
    <message>
        <source>, total billed &lt;b&gt;{totals}&lt;/b&gt;</source>
        <translation>, totaal gefactureerd &lt;b&gt;{totals}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Welcome email: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation>Welkomstmail: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>Passantenverkoop</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code to sell to them.</source>
        <translation>Scan de QR-code van de klant om op naam van de klant te verkopen.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>others ({count})</source>
        <extracomment>The pies&apos; least height, their legends under them (the bar charts keep 220). More bars than this and every other hour is labelled.</extracomment>
        <translation>overige ({count})</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Omzet vandaag</translation>
    </message>
    <message>
        <source>Invoices today</source>
        <translation>Facturen vandaag</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Gem. besteding</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <source>Dashboard · {exhibition} · {day}</source>
        <translation>Dashboard · {exhibition} · {day}</translation>
    </message>
    <message>
        <source>Revenue by day ({currency})</source>
        <translation>Omzet per dag ({currency})</translation>
    </message>
    <message>
        <source>Revenue by hour today ({currency})</source>
        <translation>Omzet per uur vandaag ({currency})</translation>
    </message>
    <message>
        <source>Customers by country</source>
        <translation>Klanten per land</translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation>Klanten per type</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>passant</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Laatste facturen</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Lage voorraad</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts	F1</source>
        <translation>&amp;Sneltoetsen	F1</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>Versie- en systeeminformatie &amp;kopiëren</translation>
    </message>
    <message>
        <source>Version and system information copied</source>
        <translation>Versie- en systeeminformatie gekopieerd</translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>refunded in full</source>
        <translation>volledig terugbetaald</translation>
    </message>
    <message>
        <source>{amount} {currency} refunded</source>
        <translation>{amount} {currency} terugbetaald</translation>
    </message>
    <message>
        <source>full invoice</source>
        <translation>volledige factuur</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>btw verlegd</translation>
    </message>
    <message>
        <source>Total {total} {currency} · paid {paid} · change {change}</source>
        <translation>Totaal {total} {currency} · betaald {paid} · wisselgeld {change}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>passant</translation>
    </message>
    <message>
        <source>The customer still owes {amount} {currency}.</source>
        <translation>De klant moet nog {amount} {currency} betalen.</translation>
    </message>
    <message>
        <source>Pay back {amount} {currency} to the customer.</source>
        <translation>Betaal {amount} {currency} terug aan de klant.</translation>
    </message>
    <message>
        <source>Nothing to pay or pay back.</source>
        <translation>Niets te betalen of terug te betalen.</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Storneren…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refund... (Ctrl+R)</source>
        <translation>Terugbetalen… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Opnieuw afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Send invoice again (Ctrl+M)</source>
        <translation>Factuur opnieuw versturen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice</source>
        <translation>Alleen een manager kan een factuur storneren</translation>
    </message>
    <message>
        <source>Send void notice again (Ctrl+M)</source>
        <translation>Stornomelding opnieuw versturen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Queue the customer&apos;s email about this invoice again (a refunded one: choose the refund notice or the invoice)</source>
        <translation>De e-mail aan de klant over deze factuur opnieuw in de wachtrij zetten (bij een terugbetaalde: kies de terugbetalingsmelding of de factuur)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Geen klant</translation>
    </message>
    <message>
        <source>Change lines or customer (Ctrl+E)</source>
        <translation>Regels of klant wijzigen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Only a manager can edit</source>
        <translation>Alleen een manager kan bewerken</translation>
    </message>
    <message>
        <source>Refunded: refund what is left instead</source>
        <translation>Terugbetaald: betaal in plaats daarvan het restant terug</translation>
    </message>
    <message>
        <source>Everything on this invoice was refunded</source>
        <translation>Alles op deze factuur is terugbetaald</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method}</source>
        <translation>Creditnota {number}: geef {amount} {currency} terug ({method})</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method} (goods not restocked)</source>
        <translation>Creditnota {number}: geef {amount} {currency} terug ({method}; goederen niet terug in voorraad)</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Factuur storneren</translation>
    </message>
    <message>
        <source>Void {number} ({amount} {currency})?
It keeps its number and counts nowhere any more; this cannot be undone.
Reason (required):</source>
        <translation>{number} ({amount} {currency}) storneren?
De factuur houdt haar nummer en telt nergens meer mee; dit kan niet ongedaan worden gemaakt.
Reden (verplicht):</translation>
    </message>
    <message>
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation>Controleren of de stornering is opgeslagen – de database antwoordt niet meer ({doubt})</translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation>E-mail aan {recipient} in de wachtrij gezet ({subject}); Postvak UIT verstuurt hem op de achtergrond</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Description (F3)</source>
        <translation>Omschrijving (F3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>VAT rate: type it, or choose one of this till&apos;s (Up/Down)</source>
        <translation>Btw-tarief: typ het in of kies een tarief van deze kassa (pijl omhoog/omlaag)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
        <extracomment>Input that proves somebody is at the till (a barcode scanner types, so it counts too).</extracomment>
        <translation>Booth POS: vergrendeld</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after a while without input. {user}: your password to go on. Someone else: log in with your own name (the open sale is then discarded).</source>
        <translation>&lt;b&gt;Vergrendeld&lt;/b&gt; na een tijd zonder invoer. {user}: je wachtwoord om verder te gaan. Iemand anders: log in met je eigen naam (de open verkoop wordt dan weggegooid).</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Booth POS: log in</source>
        <translation>Booth POS: inloggen</translation>
    </message>
    <message>
        <source>Terminal {terminal}: please log in.</source>
        <extracomment>Logged in against the offline journal&apos;s copy of the users (the server did not answer).</extracomment>
        <translation>Kassa {terminal}: log in.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Database wordt geopend…</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Wrong user name or password, too often: {user} can try again in {wait} (minutes:seconds).</source>
        <translation>Te vaak een verkeerde gebruikersnaam of een verkeerd wachtwoord: {user} kan het over {wait} (minuten:seconden) opnieuw proberen.</translation>
    </message>
    <message>
        <source>The wait is over: try again.</source>
        <translation>De wachttijd is voorbij: probeer het opnieuw.</translation>
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
        <translation>Database: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <extracomment>&quot;Offline since 10:42 - 17 sales waiting&quot; (hidden while the server answers).</extracomment>
        <translation>Scanner: toetsenbord</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
        <extracomment>Set once the cashier has answered the question (or nothing needed asking).</extracomment>
        <translation>De winkelwagen heeft {count} regels. De verkoop parkeren voor het sluiten?</translation>
    </message>
    <message>
        <source>The cart has 1 line. Park the sale before closing?</source>
        <translation>De winkelwagen heeft 1 regel. De verkoop parkeren voor het sluiten?</translation>
    </message>
    <message>
        <source>Close Booth POS</source>
        <translation>Booth POS sluiten</translation>
    </message>
    <message>
        <source>&amp;Park and close</source>
        <translation>&amp;Parkeren en sluiten</translation>
    </message>
    <message>
        <source>&amp;Drop the cart and close</source>
        <translation>Winkelwagen &amp;leegmaken en sluiten</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>Goedkeuring door manager</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Manager</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Type the manager&apos;s user name</source>
        <translation>Typ de gebruikersnaam van de manager</translation>
    </message>
    <message>
        <source>Type the manager&apos;s password</source>
        <translation>Typ het wachtwoord van de manager</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <extracomment>A fingertip, with room (the design system&apos;s touch targets are 44 px).</extracomment>
        <translation>De klant geeft {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <extracomment>What a refund, void or edit says while the till sells on its journal. Said under a sale saved on the journal.</extracomment>
        <translation>Op deze kassa (offline) opgeslagen als {number}; gaat naar de server zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <extracomment>Said after a login against the journal&apos;s copy of the users.</extracomment>
        <translation>Ingelogd op deze kassa (offline)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <extracomment>Said under a customer registered on the journal.</extracomment>
        <translation>{name} op deze kassa (offline) geregistreerd als {code}; de welkomstmail gaat eruit zodra de verbinding terug is</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox: all sent</source>
        <translation>Postvak UIT: alles verzonden</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation>Postvak UIT: {waiting} in wachtrij</translation>
    </message>
    <message>
        <source>Outbox: -</source>
        <translation>Postvak UIT: -</translation>
    </message>
    <message>
        <source>Customer emails not sent yet (the Outbox screen says why)</source>
        <translation>Nog niet verzonden klantmails (het scherm Postvak UIT zegt waarom)</translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Postvak UIT: ?</translation>
    </message>
</context>
<context>
    <name>ParkedPicker</name>
    <message>
        <source>Parked sales</source>
        <translation>Geparkeerde verkopen</translation>
    </message>
    <message>
        <source>Parked sales at this till (Enter brings one back, Esc cancels):</source>
        <translation>Geparkeerde verkopen op deze kassa (Enter haalt er een terug, Esc annuleert):</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>To pay: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <extracomment>The cashier said yes to the large cash amount now in the field.</extracomment>
        <translation>Te betalen: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>authorisation code from the card terminal</source>
        <translation>autorisatiecode van de betaalterminal</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Contant ontvangen</translation>
    </message>
    <message>
        <source>Card amount (F6)</source>
        <translation>Kaartbedrag (F6)</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>Kaartreferentie</translation>
    </message>
    <message>
        <source>Large amount of cash</source>
        <extracomment>Touch mode: digits and likely notes on screen (``None`` with a keyboard).</extracomment>
        <translation>Groot contant bedrag</translation>
    </message>
    <message>
        <source>Still to pay: {amount} {currency}</source>
        <translation>Nog te betalen: {amount} {currency}</translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>Wisselgeld: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{change} - check the cash received</source>
        <translation>{change} – controleer het ontvangen contante geld</translation>
    </message>
    <message>
        <source>Cash received: {amount} {currency} for {due} {currency} due.

Did the customer really hand over that much? The change would be {change} {currency}.</source>
        <translation>Contant ontvangen: {amount} {currency} voor {due} {currency} te betalen.

Heeft de klant echt zoveel gegeven? Het wisselgeld zou {change} {currency} zijn.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>cash</source>
        <translation>contant</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kaart</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
        <extracomment>The label while a receipt may not have printed: it must catch the eye.</extracomment>
        <translation>{count} bonnen</translation>
    </message>
    <message>
        <source>Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)</source>
        <translation>Printer: {what} mogelijk niet afgedrukt – controleer de printer (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>drukt af</translation>
    </message>
    <message>
        <source>Printer: {why} - {waiting} waiting</source>
        <translation>Printer: {why} – {waiting} in wachtrij</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Printer: niet ingesteld</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>Printer: {status}</source>
        <translation>Printer: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Printer: -</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Printer: ?</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Kies een product</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
        <extracomment>The translators installed now (kept referenced: Qt does not own them).</extracomment>
        <translation>kassamedewerker</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
</context>
<context>
    <name>SaleConfirmation</name>
    <message>
        <source>Walk-in customer</source>
        <translation>Passant</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Totaal {amount} {currency}</translation>
    </message>
    <message>
        <source>Change {amount} {currency}</source>
        <translation>Wisselgeld {amount} {currency}</translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation>Verkoop bevestigen</translation>
    </message>
    <message>
        <source>&amp;Reverse charge: VAT accounted for by the buyer ({vat_id})</source>
        <translation>&amp;Btw verlegd: de koper draagt de btw af ({vat_id})</translation>
    </message>
    <message>
        <source>Save sale (Enter)</source>
        <translation>Verkoop opslaan (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Terug (Esc)</translation>
    </message>
</context>
<context>
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <extracomment>The rejection sound (QApplication.beep where it cannot be played).</extracomment>
        <translation>Camera</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>toetsenbord</translation>
    </message>
    <message>
        <source>Scanner: {sources}</source>
        <translation>Scanner: {sources}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>({sources} lost, retrying)</source>
        <translation>({sources} verbroken, opnieuw proberen)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Checkout</source>
        <extracomment>The screen&apos;s key (English) and, translated in the context &quot;Screens&quot;, its name. A file in resources/icons/screens (without ``.svg``).</extracomment>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation>Klant registreren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassalade</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postvak UIT</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Toegangscontrole</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Offline-journaal</translation>
    </message>
</context>
<context>
    <name>TerminalLock</name>
    <message>
        <source>The language was not saved: {error}</source>
        <translation>De taal is niet opgeslagen: {error}</translation>
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
        <translation>Btw {rate}%: {amount}</translation>
    </message>
    <message>
        <source>Discounts {amount}</source>
        <translation>Kortingen {amount}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Totaal {amount} {currency}</translation>
    </message>
</context>
</TS>
