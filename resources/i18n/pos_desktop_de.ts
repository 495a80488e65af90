<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>This terminal id is taken.

{error}</source>
        <translation>Diese Kassen-ID ist bereits vergeben.

{error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Die Datenbank lässt sich nicht öffnen: {error}</translation>
    </message>
    <message>
        <source>The database&apos;s schema does not match this version of Booth POS. After an update of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if other terminals run a newer version, update this one.</source>
        <translation>Das Schema der Datenbank passt nicht zu dieser Version von Booth POS. Nach einem Update der App führt ein Admin `pos-desktop db upgrade` aus (andere Kassen geschlossen); laufen andere Kassen mit einer neueren Version, diese Kasse aktualisieren.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: -</source>
        <translation>Sicherung: -</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Scan or type a customer code or a product barcode / SKU</source>
        <translation>Kundencode, Barcode oder Artikelnr. scannen oder eingeben</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Bezahlen (F12)</translation>
    </message>
    <message>
        <source>Checkout · {exhibition} · till {till}</source>
        <translation>Kasse · {exhibition} · Terminal {till}</translation>
    </message>
    <message>
        <source>Selling to {name}</source>
        <translation>Verkauf an {name}</translation>
    </message>
    <message>
        <source>{text} is neither a customer code nor a known product</source>
        <translation>{text} ist weder ein Kundencode noch ein bekannter Artikel</translation>
    </message>
    <message>
        <source>A seat in {code} is booked for a person: scan the customer&apos;s QR first, then the workshop again.</source>
        <translation>Ein Platz in {code} wird für eine Person gebucht: zuerst den QR-Code des Kunden scannen, dann den Workshop erneut.</translation>
    </message>
    <message>
        <source>{code} is full: no seat to sell (put them on its waitlist instead).</source>
        <translation>{code} ist ausgebucht: kein Platz mehr frei (stattdessen auf die Warteliste setzen).</translation>
    </message>
    <message>
        <source>Seat: {title} ({code}, {starts})</source>
        <translation>Platz: {title} ({code}, {starts})</translation>
    </message>
    <message>
        <source>Added a seat in {code} ({free} free)</source>
        <translation>Platz in {code} hinzugefügt ({free} frei)</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>add lines first</source>
        <translation>zuerst Positionen hinzufügen</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Rabatt auf den ganzen Einkauf</translation>
    </message>
    <message>
        <source>10% or an amount, e.g. 5.00:</source>
        <translation>10% oder ein Betrag, z. B. 5,00:</translation>
    </message>
    <message>
        <source>{amount} {currency} off the whole sale</source>
        <translation>{amount} {currency} Rabatt auf den ganzen Einkauf</translation>
    </message>
    <message>
        <source>The sale is being saved: wait for the answer, then go on</source>
        <translation>Der Verkauf wird gespeichert: auf die Antwort warten, dann weiter</translation>
    </message>
    <message>
        <source>Walk-in sale (no customer)</source>
        <translation>Laufkundschaft (ohne Kunde)</translation>
    </message>
    <message>
        <source>The sale is being saved - wait for the answer</source>
        <translation>Der Verkauf wird gespeichert – bitte auf die Antwort warten</translation>
    </message>
    <message>
        <source>Drop the {count} lines in the cart and start a new sale?</source>
        <translation>Die {count} Positionen im Warenkorb verwerfen und einen neuen Verkauf beginnen?</translation>
    </message>
    <message>
        <source>Drop the 1 line in the cart and start a new sale?</source>
        <translation>Die 1 Position im Warenkorb verwerfen und einen neuen Verkauf beginnen?</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
</context>
<context>
    <name>CheckoutParking</name>
    <message>
        <source>Parked sales: {count} (Shift+F10 brings one back)</source>
        <extracomment>Why the customer&apos;s card could not be read (the cart came back without it). The open dialogs, kept as attributes (read when they are answered).</extracomment>
        <translation>Geparkte Verkäufe: {count} (Umschalt+F10 holt einen zurück)</translation>
    </message>
    <message>
        <source>Nothing to park: the cart is empty</source>
        <translation>Nichts zu parken: der Warenkorb ist leer</translation>
    </message>
    <message>
        <source>Park this sale</source>
        <translation>Diesen Verkauf parken</translation>
    </message>
    <message>
        <source>A note to find it again (optional), Enter parks:</source>
        <translation>Notiz zum Wiederfinden (optional), Enter parkt:</translation>
    </message>
    <message>
        <source>Parking the sale...</source>
        <translation>Verkauf wird geparkt …</translation>
    </message>
    <message>
        <source>Parked: {sale}. Shift+F10 brings it back.</source>
        <translation>Geparkt: {sale}. Umschalt+F10 holt ihn zurück.</translation>
    </message>
    <message>
        <source>{error} - not parked; the sale is still here</source>
        <translation>{error} – nicht geparkt; der Verkauf ist noch da</translation>
    </message>
    <message>
        <source>Finish this sale or park it (F10) first; then Shift+F10 brings a parked one back</source>
        <translation>Diesen Verkauf erst abschließen oder parken (F10); dann holt Umschalt+F10 einen geparkten zurück</translation>
    </message>
    <message>
        <source>No parked sales at this till</source>
        <translation>Keine geparkten Verkäufe an dieser Kasse</translation>
    </message>
    <message>
        <source>Bringing the parked sale back...</source>
        <translation>Geparkter Verkauf wird zurückgeholt …</translation>
    </message>
    <message>
        <source>Recalled, but without the customer: {problem}</source>
        <translation>Zurückgeholt, aber ohne Kunde: {problem}</translation>
    </message>
    <message>
        <source>Recalled: {sale}</source>
        <translation>Zurückgeholt: {sale}</translation>
    </message>
</context>
<context>
    <name>CheckoutPaying</name>
    <message>
        <source>Saving the sale...</source>
        <extracomment>The open dialogs, kept as attributes (read when they are accepted). Whether this till has an open cash session, as last asked (None: not known yet).</extracomment>
        <translation>Verkauf wird gespeichert …</translation>
    </message>
    <message>
        <source>Checking whether the sale was saved - the database stopped answering ({doubt}). The cart stays here; do not sell it again.</source>
        <translation>Es wird geprüft, ob der Verkauf gespeichert wurde – die Datenbank antwortet nicht mehr ({doubt}). Der Warenkorb bleibt hier; nicht noch einmal verkaufen.</translation>
    </message>
    <message>
        <source>Sale saved as {number}</source>
        <translation>Verkauf gespeichert als {number}</translation>
    </message>
    <message>
        <source>{error} - the sale is still here: press F12 to pay again</source>
        <translation>{error} – der Verkauf ist noch da: F12 drücken, um erneut zu bezahlen</translation>
    </message>
    <message>
        <source>{why} - the sale is still here (F12)</source>
        <translation>{why} – der Verkauf ist noch da (F12)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>MwSt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>Credit &amp;notes</source>
        <extracomment>What the invoice&apos;s credit notes gave back in all (a ``Decimal``; zero: none), each time they are loaded: the invoice view then offers only what is still possible.</extracomment>
        <translation>&amp;Gutschriften</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bills</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; Rechnungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bill</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; Rechnung</translation>
    </message>
    <message>
        <source>, total billed &lt;b&gt;{totals}&lt;/b&gt;</source>
        <translation>, insgesamt berechnet &lt;b&gt;{totals}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Welcome email: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation>Willkommens-E-Mail: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>Laufkundschaft</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code to sell to them.</source>
        <translation>Den QR-Code des Kunden scannen, um an ihn zu verkaufen.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>From the country</source>
        <extracomment>Each field&apos;s key in ``editors`` (its label) by its ``CustomerInput`` attribute.</extracomment>
        <translation>Nach dem Land</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>others ({count})</source>
        <extracomment>The pies&apos; least height, their legends under them (the bar charts keep 220). More bars than this and every other hour is labelled.</extracomment>
        <translation>Sonstige ({count})</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Umsatz heute</translation>
    </message>
    <message>
        <source>Invoices today</source>
        <translation>Rechnungen heute</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Durchschn. Bon</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>Dashboard · {exhibition} · {day}</source>
        <translation>Übersicht · {exhibition} · {day}</translation>
    </message>
    <message>
        <source>Revenue by day ({currency})</source>
        <translation>Umsatz pro Tag ({currency})</translation>
    </message>
    <message>
        <source>Revenue by hour today ({currency})</source>
        <translation>Umsatz pro Stunde heute ({currency})</translation>
    </message>
    <message>
        <source>Customers by country</source>
        <translation>Kunden nach Land</translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation>Kunden nach Art</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>Laufkundschaft</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Letzte Rechnungen</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts	F1</source>
        <translation>&amp;Tastenkürzel	F1</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>Version und Systeminformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>Version and system information copied</source>
        <translation>Version und Systeminformationen kopiert</translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>refunded in full</source>
        <translation>vollständig erstattet</translation>
    </message>
    <message>
        <source>{amount} {currency} refunded</source>
        <translation>{amount} {currency} erstattet</translation>
    </message>
    <message>
        <source>full invoice</source>
        <translation>vollständige Rechnung</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>Umkehr der Steuerschuld</translation>
    </message>
    <message>
        <source>Total {total} {currency} · paid {paid} · change {change}</source>
        <translation>Summe {total} {currency} · bezahlt {paid} · Wechselgeld {change}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>Laufkundschaft</translation>
    </message>
    <message>
        <source>The customer still owes {amount} {currency}.</source>
        <translation>Der Kunde schuldet noch {amount} {currency}.</translation>
    </message>
    <message>
        <source>Pay back {amount} {currency} to the customer.</source>
        <translation>{amount} {currency} an den Kunden zurückzahlen.</translation>
    </message>
    <message>
        <source>Nothing to pay or pay back.</source>
        <translation>Nichts zu zahlen oder zurückzuzahlen.</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Stornieren …</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <source>Refund... (Ctrl+R)</source>
        <translation>Erstatten … (Strg+R)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Erneut drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Send invoice again (Ctrl+M)</source>
        <translation>Rechnung erneut senden (Strg+M)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice</source>
        <translation>Nur die Leitung kann eine Rechnung stornieren</translation>
    </message>
    <message>
        <source>Send void notice again (Ctrl+M)</source>
        <translation>Stornohinweis erneut senden (Strg+M)</translation>
    </message>
    <message>
        <source>Queue the customer&apos;s email about this invoice again (a refunded one: choose the refund notice or the invoice)</source>
        <translation>Die E-Mail an den Kunden zu dieser Rechnung erneut einreihen (bei einer erstatteten: Erstattungshinweis oder Rechnung wählen)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Change lines or customer (Ctrl+E)</source>
        <translation>Positionen oder Kunde ändern (Strg+E)</translation>
    </message>
    <message>
        <source>Only a manager can edit</source>
        <translation>Nur die Leitung kann bearbeiten</translation>
    </message>
    <message>
        <source>Refunded: refund what is left instead</source>
        <translation>Erstattet: stattdessen den Rest erstatten</translation>
    </message>
    <message>
        <source>Everything on this invoice was refunded</source>
        <translation>Alles auf dieser Rechnung wurde erstattet</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method}</source>
        <translation>Gutschrift {number}: {amount} {currency} per {method} zurückgeben</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method} (goods not restocked)</source>
        <translation>Gutschrift {number}: {amount} {currency} per {method} zurückgeben (Ware nicht wieder eingelagert)</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Rechnung stornieren</translation>
    </message>
    <message>
        <source>Void {number} ({amount} {currency})?
It keeps its number and counts nowhere any more; this cannot be undone.
Reason (required):</source>
        <translation>{number} ({amount} {currency}) stornieren?
Sie behält ihre Nummer und zählt nirgends mehr; das lässt sich nicht rückgängig machen.
Grund (erforderlich):</translation>
    </message>
    <message>
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation>Es wird geprüft, ob das Storno gespeichert wurde – die Datenbank antwortet nicht mehr ({doubt})</translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation>E-Mail an {recipient} eingereiht ({subject}); der Postausgang sendet sie im Hintergrund</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>VAT %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>Description (F3)</source>
        <translation>Beschreibung (F3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>VAT rate: type it, or choose one of this till&apos;s (Up/Down)</source>
        <translation>MwSt.-Satz: eingeben oder einen dieser Kasse wählen (Auf/Ab)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
        <extracomment>Input that proves somebody is at the till (a barcode scanner types, so it counts too).</extracomment>
        <translation>Booth POS: gesperrt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after a while without input. {user}: your password to go on. Someone else: log in with your own name (the open sale is then discarded).</source>
        <translation>&lt;b&gt;Gesperrt&lt;/b&gt; nach einer Weile ohne Eingabe. {user}: Ihr Passwort, um weiterzumachen. Jemand anderes: mit dem eigenen Namen anmelden (der offene Verkauf wird dann verworfen).</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Booth POS: log in</source>
        <translation>Booth POS: Anmelden</translation>
    </message>
    <message>
        <source>Terminal {terminal}: please log in.</source>
        <extracomment>Logged in against the offline journal&apos;s copy of the users (the server did not answer).</extracomment>
        <translation>Kasse {terminal}: bitte anmelden.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Datenbank wird geöffnet …</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Wrong user name or password, too often: {user} can try again in {wait} (minutes:seconds).</source>
        <translation>Zu oft falscher Benutzername oder falsches Passwort: {user} kann es in {wait} (Minuten:Sekunden) erneut versuchen.</translation>
    </message>
    <message>
        <source>The wait is over: try again.</source>
        <translation>Die Wartezeit ist vorbei: bitte erneut versuchen.</translation>
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
        <translation>Datenbank: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <extracomment>&quot;Offline since 10:42 - 17 sales waiting&quot; (hidden while the server answers).</extracomment>
        <translation>Scanner: Tastatur</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
        <extracomment>Set once the cashier has answered the question (or nothing needed asking).</extracomment>
        <translation>Der Warenkorb hat {count} Positionen. Den Verkauf vor dem Schließen parken?</translation>
    </message>
    <message>
        <source>The cart has 1 line. Park the sale before closing?</source>
        <translation>Der Warenkorb hat 1 Position. Den Verkauf vor dem Schließen parken?</translation>
    </message>
    <message>
        <source>Close Booth POS</source>
        <translation>Booth POS schließen</translation>
    </message>
    <message>
        <source>&amp;Park and close</source>
        <translation>&amp;Parken und schließen</translation>
    </message>
    <message>
        <source>&amp;Drop the cart and close</source>
        <translation>Warenkorb &amp;verwerfen und schließen</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch die Leitung</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Leitung</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Type the manager&apos;s user name</source>
        <translation>Benutzername der Leitung eingeben</translation>
    </message>
    <message>
        <source>Type the manager&apos;s password</source>
        <translation>Passwort der Leitung eingeben</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <extracomment>A fingertip, with room (the design system&apos;s touch targets are 44 px).</extracomment>
        <translation>Der Kunde gibt {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <extracomment>What a refund, void or edit says while the till sells on its journal. Said under a sale saved on the journal.</extracomment>
        <translation>An dieser Kasse (offline) gespeichert als {number}; geht an den Server, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <extracomment>Said after a login against the journal&apos;s copy of the users.</extracomment>
        <translation>An dieser Kasse angemeldet (offline)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <extracomment>Said under a customer registered on the journal.</extracomment>
        <translation>{name} an dieser Kasse (offline) als {code} erfasst; die Willkommens-E-Mail geht raus, sobald die Verbindung zurück ist</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox: all sent</source>
        <translation>Postausgang: alles gesendet</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation>Postausgang: {waiting} warten</translation>
    </message>
    <message>
        <source>Outbox: -</source>
        <translation>Postausgang: -</translation>
    </message>
    <message>
        <source>Customer emails not sent yet (the Outbox screen says why)</source>
        <translation>Noch nicht gesendete Kunden-E-Mails (der Postausgang sagt, warum)</translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Postausgang: ?</translation>
    </message>
</context>
<context>
    <name>ParkedPicker</name>
    <message>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message>
        <source>Parked sales at this till (Enter brings one back, Esc cancels):</source>
        <translation>Geparkte Verkäufe an dieser Kasse (Enter holt einen zurück, Esc bricht ab):</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>To pay: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <extracomment>The cashier said yes to the large cash amount now in the field.</extracomment>
        <translation>Zu zahlen: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>authorisation code from the card terminal</source>
        <translation>Autorisierungscode vom Kartenterminal</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Bar erhalten</translation>
    </message>
    <message>
        <source>Card amount (F6)</source>
        <translation>Kartenbetrag (F6)</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>Kartenreferenz</translation>
    </message>
    <message>
        <source>Large amount of cash</source>
        <extracomment>Touch mode: digits and likely notes on screen (``None`` with a keyboard).</extracomment>
        <translation>Hoher Barbetrag</translation>
    </message>
    <message>
        <source>Still to pay: {amount} {currency}</source>
        <translation>Noch zu zahlen: {amount} {currency}</translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>Wechselgeld: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{change} - check the cash received</source>
        <translation>{change} – erhaltenes Bargeld prüfen</translation>
    </message>
    <message>
        <source>Cash received: {amount} {currency} for {due} {currency} due.

Did the customer really hand over that much? The change would be {change} {currency}.</source>
        <translation>Bar erhalten: {amount} {currency} für {due} {currency} fällig.

Hat der Kunde wirklich so viel gegeben? Das Wechselgeld wäre {change} {currency}.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
        <extracomment>The label while a receipt may not have printed: it must catch the eye.</extracomment>
        <translation>{count} Belege</translation>
    </message>
    <message>
        <source>Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)</source>
        <translation>Drucker: {what} evtl. nicht gedruckt – Drucker prüfen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>druckt</translation>
    </message>
    <message>
        <source>Printer: {why} - {waiting} waiting</source>
        <translation>Drucker: {why} – {waiting} warten</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Drucker: nicht eingerichtet</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Printer: {status}</source>
        <translation>Drucker: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Drucker: -</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Drucker: ?</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Artikel wählen</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
        <extracomment>The translators installed now (kept referenced: Qt does not own them).</extracomment>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>SaleConfirmation</name>
    <message>
        <source>Walk-in customer</source>
        <translation>Laufkunde</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Summe {amount} {currency}</translation>
    </message>
    <message>
        <source>Change {amount} {currency}</source>
        <translation>Wechselgeld {amount} {currency}</translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation>Verkauf bestätigen</translation>
    </message>
    <message>
        <source>&amp;Reverse charge: VAT accounted for by the buyer ({vat_id})</source>
        <translation>&amp;Umkehr der Steuerschuld: MwSt. schuldet der Käufer ({vat_id})</translation>
    </message>
    <message>
        <source>Save sale (Enter)</source>
        <translation>Verkauf speichern (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
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
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Scanner: {sources}</source>
        <translation>Scanner: {sources}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>({sources} lost, retrying)</source>
        <translation>({sources} verloren, neuer Versuch läuft)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Checkout</source>
        <extracomment>The screen&apos;s key (English) and, translated in the context &quot;Screens&quot;, its name. A file in resources/icons/screens (without ``.svg``).</extracomment>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation>Kunde erfassen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Offline-Journal</translation>
    </message>
</context>
<context>
    <name>TerminalLock</name>
    <message>
        <source>The language was not saved: {error}</source>
        <translation>Die Sprache wurde nicht gespeichert: {error}</translation>
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
        <translation>MwSt. {rate} %: {amount}</translation>
    </message>
    <message>
        <source>Discounts {amount}</source>
        <translation>Rabatte {amount}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Summe {amount} {currency}</translation>
    </message>
</context>
</TS>
