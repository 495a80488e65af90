<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>{error}

Database: {url}</source>
        <translation>{error}

Datenbank: {url}</translation>
    </message>
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
        <source>Backup: just now</source>
        <translation>Sicherung: gerade eben</translation>
    </message>
    <message>
        <source>Backup: {minutes} min ago</source>
        <translation>Sicherung: vor {minutes} Min.</translation>
    </message>
    <message>
        <source>Backup: {hours} h ago</source>
        <translation>Sicherung: vor {hours} Std.</translation>
    </message>
    <message>
        <source>Backup: {days} days ago</source>
        <translation>Sicherung: vor {days} Tagen</translation>
    </message>
    <message>
        <source>Backup: automatic backups off (no folder set)</source>
        <translation>Sicherung: aus (kein Ordner festgelegt)</translation>
    </message>
    <message>
        <source>Backup: folder missing ({folder})</source>
        <translation>Sicherung: Ordner fehlt ({folder})</translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation>Sicherung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Backup: none yet</source>
        <translation>Sicherung: noch keine</translation>
    </message>
    <message>
        <source>Backup: -</source>
        <translation>Sicherung: -</translation>
    </message>
    <message>
        <source>not set ([backup] folder in the settings)</source>
        <translation>nicht festgelegt ([backup] folder in den Einstellungen)</translation>
    </message>
    <message>
        <source>Automatic backups into {folder}, every {minutes} min and at each Z report</source>
        <translation>Automatische Sicherung nach {folder}, alle {minutes} Min. und bei jedem Z-Bericht</translation>
    </message>
</context>
<context>
    <name>BarcodeList</name>
    <message>
        <source>Scan or type a barcode, Enter adds it</source>
        <translation>Barcode scannen oder eingeben, Enter fügt ihn hinzu</translation>
    </message>
    <message>
        <source>Delete removes the selected barcode</source>
        <translation>Entf entfernt den gewählten Barcode</translation>
    </message>
    <message>
        <source>Remove barcode (Del)</source>
        <translation>Barcode entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>CameraChoice</name>
    <message>
        <source>Cameras found on this computer; the field below is what is saved</source>
        <translation>Auf diesem Computer gefundene Kameras; gespeichert wird das Feld darunter</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Could not look for cameras: {error}</source>
        <translation>Suche nach Kameras nicht möglich: {error}</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Looking for cameras {numbers}...</source>
        <translation>Kameras {numbers} werden gesucht …</translation>
    </message>
    <message>
        <source>No camera found (numbers {numbers} checked)</source>
        <translation>Keine Kamera gefunden (Nummern {numbers} geprüft)</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <source>Camera {number} (set; busy or not found now)</source>
        <translation>Kamera {number} (eingestellt; belegt oder gerade nicht gefunden)</translation>
    </message>
    <message>
        <source>File or URL...</source>
        <translation>Datei oder URL …</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No picture from the camera yet</source>
        <translation>Noch kein Bild von der Kamera</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>fix lines {lines} before payment</source>
        <extracomment>Seats of this workshop (the sale books them; it needs a customer). The sale&apos;s idempotency key, from the cart&apos;s start until it is saved: every attempt to save this cart sends it, so a retry after a lost answer cannot sell it twice.</extracomment>
        <translation>vor der Zahlung die Positionen {lines} korrigieren</translation>
    </message>
    <message>
        <source>fix line {lines} before payment</source>
        <translation>vor der Zahlung Position {lines} korrigieren</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>der Warenkorb ist leer</translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Line {line}: a quantity of 0 is not taken; press Delete to remove the line</source>
        <extracomment>An edit that was not taken, and why (the screen shows it at once). While the cart is being saved nothing in it may change: what is saved is what was paid for (a save in doubt can take until the network is back).</extracomment>
        <translation>Position {line}: Menge 0 wird nicht übernommen; Entf entfernt die Position</translation>
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
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code</source>
        <translation>Landesnamen oder Ländercode eingeben</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost; the details are in {file}</source>
        <translation>Etwas ist schiefgelaufen; nichts ging verloren; die Einzelheiten stehen in {file}</translation>
    </message>
    <message>
        <source>It happened {count} times since the app started.</source>
        <translation>Seit dem Start der App {count}-mal passiert.</translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>{number} · -{amount} {currency} by {method} · {when}</source>
        <translation>{number} · -{amount} {currency} per {method} · {when}</translation>
    </message>
    <message>
        <source>Credit &amp;notes</source>
        <extracomment>What the invoice&apos;s credit notes gave back in all (a ``Decimal``; zero: none), each time they are loaded: the invoice view then offers only what is still possible.</extracomment>
        <translation>&amp;Gutschriften</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+Shift+D)</source>
        <translation>PDF öffnen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+Shift+S)</source>
        <translation>PDF speichern … (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Reprint slip (Ctrl+Shift+C)</source>
        <translation>Beleg erneut drucken (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Print the credit note&apos;s slip again (Ctrl+Shift+C)</source>
        <translation>Den Beleg der Gutschrift erneut drucken (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>-{amount} {currency} refunded in all</source>
        <translation>-{amount} {currency} insgesamt erstattet</translation>
    </message>
    <message>
        <source>No credit note</source>
        <translation>Keine Gutschrift</translation>
    </message>
    <message>
        <source>Slip of credit note {number}</source>
        <translation>Beleg der Gutschrift {number}</translation>
    </message>
    <message>
        <source>Printing the slip of {number}...</source>
        <translation>Beleg von {number} wird gedruckt …</translation>
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
    <name>CustomerDisplay</name>
    <message>
        <source>Welcome to {venue}</source>
        <translation>Willkommen bei {venue}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <extracomment>The cart&apos;s lines, read from a step or two away.</extracomment>
        <translation>Summe {amount}</translation>
    </message>
    <message>
        <source>Booth POS - customer display</source>
        <translation>Booth POS – Kundenanzeige</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The shop&apos;s own words; empty: the exhibition&apos;s name, once the till knows it.</extracomment>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Guten Tag, {name}</translation>
    </message>
    <message>
        <source>Given {amount}</source>
        <translation>Gegeben {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Wechselgeld {amount}</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Vielen Dank, {name}!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>Your change: {amount}</source>
        <translation>Ihr Wechselgeld: {amount}</translation>
    </message>
    <message>
        <source>Keep this code on your phone: scan it at our counter next time.</source>
        <translation>Speichern Sie diesen Code auf Ihrem Handy: Beim nächsten Besuch scannen wir ihn an unserem Stand.</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Rechnung {number}</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Name</source>
        <extracomment>Each field&apos;s key in ``editors`` (its label) by its ``CustomerInput`` attribute. The labels beside the fields (``label`` of each field of ``CUSTOMER_FIELDS``), for the catalogue; a field without one here shows its English label.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Kundenart</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>with the company: a full invoice</source>
        <translation>mit Firma: eine vollständige Rechnung</translation>
    </message>
    <message>
        <source>EU VAT ID, e.g. DE136695976</source>
        <translation>EU-USt-IdNr., z. B. DE136695976</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>Nach dem Land</translation>
    </message>
    <message>
        <source>national numbers are read as {region}, or +country code</source>
        <translation>nationale Nummern gelten als {region}, sonst +Ländervorwahl</translation>
    </message>
    <message>
        <source>required: the customer code is sent here</source>
        <translation>erforderlich: der Kundencode wird hierhin gesendet</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
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
    <name>DatabaseSwitch</name>
    <message>
        <source>The database is set by the environment variable {variable}, which beats the config file: a choice made here could not be saved. To choose here, start without {variable}.</source>
        <translation>Die Datenbank ist durch die Umgebungsvariable {variable} festgelegt, die Vorrang vor der Konfigurationsdatei hat: Eine Wahl hier ließe sich nicht speichern. Um hier zu wählen, ohne {variable} starten.</translation>
    </message>
    <message>
        <source>The database was given on the command line (--database), which beats the config file: a choice made here could not be saved. To choose here, start without it.</source>
        <translation>Die Datenbank wurde auf der Kommandozeile angegeben (--database), die Vorrang vor der Konfigurationsdatei hat: Eine Wahl hier ließe sich nicht speichern. Um hier zu wählen, ohne sie starten.</translation>
    </message>
    <message>
        <source>The database is ready, but the choice cannot be saved in {file} ({reason}); nothing was switched.</source>
        <translation>Die Datenbank ist bereit, aber die Wahl lässt sich nicht in {file} speichern ({reason}); es wurde nichts umgestellt.</translation>
    </message>
</context>
<context>
    <name>DoorVerdicts</name>
    <message>
        <source>Admitted: {name}</source>
        <translation>Eingelassen: {name}</translation>
    </message>
    <message>
        <source>seat {seat} of {seats}</source>
        <translation>Platz {seat} von {seats}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Bereits eingelassen um {time}</translation>
    </message>
    <message>
        <source>{name}: all {seats} seat(s) used</source>
        <translation>{name}: alle Plätze ({seats}) genutzt</translation>
    </message>
    <message>
        <source>another workshop</source>
        <translation>ein anderer Workshop</translation>
    </message>
    <message>
        <source>Booked for {time}, not this session</source>
        <translation>Gebucht für {time}, nicht für diesen Termin</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>{title} does not take place</source>
        <translation>{title} findet nicht statt</translation>
    </message>
    <message>
        <source>Not booked - 1 seat free: send to the counter</source>
        <translation>Nicht gebucht – 1 Platz frei: zur Kasse schicken</translation>
    </message>
    <message>
        <source>Not booked - {free} seats free: send to the counter</source>
        <translation>Nicht gebucht – {free} Plätze frei: zur Kasse schicken</translation>
    </message>
    <message>
        <source>{name} has no seat here</source>
        <translation>{name} hat hier keinen Platz</translation>
    </message>
    <message>
        <source>Not a visitor&apos;s code: {code}</source>
        <translation>Kein Besuchercode: {code}</translation>
    </message>
</context>
<context>
    <name>EmailTest</name>
    <message>
        <source>send a test to (your address)</source>
        <translation>Test senden an (Ihre Adresse)</translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Sending a test email to {to}...</source>
        <translation>Test-E-Mail an {to} wird gesendet …</translation>
    </message>
    <message>
        <source>Test email sent to {to} (Message-ID {id}).</source>
        <translation>Test-E-Mail an {to} gesendet (Message-ID {id}).</translation>
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
    <name>ImportMapping</name>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>What each field is called in the combos (translated there).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>Kundenart</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>Lead-Status</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>Kundenfeld</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Feld für {column}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>... and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns not imported&lt;/b&gt; (no customer field takes them): {names}</source>
        <translation>&lt;b&gt;Nicht importierte Spalten&lt;/b&gt; (kein Kundenfeld nimmt sie auf): {names}</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} Zeilen: {created} angelegt, {updated} aktualisiert, {unchanged} unverändert, {rejected} abgelehnt</translation>
    </message>
    <message>
        <source>Dry run (nothing was saved): {counts}</source>
        <translation>Probelauf (nichts gespeichert): {counts}</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before is saved. {counts}. Importing the same file again completes it.</source>
        <translation>Import abgebrochen; was bis dahin importiert war, ist gespeichert. {counts}. Ein erneuter Import derselben Datei vervollständigt ihn.</translation>
    </message>
    <message>
        <source>Import finished: {counts}</source>
        <translation>Import abgeschlossen: {counts}</translation>
    </message>
    <message>
        <source>, encoding {encoding}</source>
        <translation>, Kodierung {encoding}</translation>
    </message>
    <message>
        <source>, delimiter {delimiter}</source>
        <translation>, Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <source>File {file} ({found}); on duplicate: {duplicate}; invalid email: {email}</source>
        <translation>Datei {file} ({found}); bei Dubletten: {duplicate}; ungültige E-Mail: {email}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Kodierung:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation>Abgelehnt, nach Grund</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>Erste abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Warnings (the customer is kept, the value as written)</source>
        <translation>Warnungen (der Kunde wird übernommen, der Wert wie geschrieben)</translation>
    </message>
    <message>
        <source>First warnings</source>
        <translation>Erste Warnungen</translation>
    </message>
    <message>
        <source>Duplicates matched by</source>
        <translation>Dubletten erkannt über</translation>
    </message>
    <message>
        <source>Created or updated, per country</source>
        <translation>Angelegt oder aktualisiert, nach Land</translation>
    </message>
    <message>
        <source>Created or updated, per type</source>
        <translation>Angelegt oder aktualisiert, nach Art</translation>
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
    <name>LinkStatus</name>
    <message>
        <source>The server does not answer: this till sells on its own journal and sends every sale when the line is back (the Offline journal screen lists them)</source>
        <translation>Der Server antwortet nicht: Diese Kasse verkauft über ihr eigenes Journal und sendet jeden Verkauf, sobald die Verbindung zurück ist (das Offline-Journal listet sie auf)</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale...</source>
        <translation>Wieder online – 1 Verkauf wird gesendet …</translation>
    </message>
    <message>
        <source>Back online - sending {count} sales...</source>
        <translation>Wieder online – {count} Verkäufe werden gesendet …</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale waiting</source>
        <translation>Offline seit {since} – 1 Verkauf wartet</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} sales waiting</source>
        <translation>Offline seit {since} – {count} Verkäufe warten</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>Writes the rows to the path, asking ``cancelled()`` between pages; returns the rows written.</extracomment>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>Exporting {noun} needs a manager (permission data.export)</source>
        <extracomment>Swappable for tests: no file dialog can answer offscreen.</extracomment>
        <translation>{noun} exportieren darf nur die Leitung (Berechtigung data.export)</translation>
    </message>
    <message>
        <source>E&amp;xport {noun}... ({shortcut})</source>
        <translation>{noun} e&amp;xportieren … ({shortcut})</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Cancel export ({shortcut})</source>
        <translation>Export abbrechen ({shortcut})</translation>
    </message>
    <message>
        <source>Exporting {noun} to {path}...</source>
        <translation>{noun} werden nach {path} exportiert …</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path} (stopped: the rest was not written)</source>
        <translation>{count} {noun} nach {path} exportiert (angehalten: der Rest wurde nicht geschrieben)</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path}</source>
        <translation>{count} {noun} nach {path} exportiert</translation>
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
        <extracomment>Built when first asked for (``ui/screen_shelf.py``); the checkout at once.</extracomment>
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
    <message>
        <source>Checking {name}&apos;s approval...</source>
        <translation>Freigabe von {name} wird geprüft …</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Unexpected error ({error}); nothing was lost, try again</source>
        <translation>Unerwarteter Fehler ({error}); nichts ging verloren, bitte erneut versuchen</translation>
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
        <source>This invoice is on the server; refunds, voids and edits wait until the line is back</source>
        <extracomment>What a refund, void or edit says while the till sells on its journal.</extracomment>
        <translation>Diese Rechnung liegt auf dem Server; Erstattungen, Stornos und Änderungen warten, bis die Leitung wieder steht</translation>
    </message>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <extracomment>Said under a sale saved on the journal.</extracomment>
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
        <source>walk-in</source>
        <translation>Laufkundschaft</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Position</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} Positionen</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>von {user}</translation>
    </message>
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
    <name>PdfActions</name>
    <message>
        <source>Save PDF as</source>
        <translation>PDF speichern unter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <extracomment>Swappable for tests: no desktop viewer or file dialog can answer offscreen.</extracomment>
        <translation>P&amp;DF öffnen</translation>
    </message>
    <message>
        <source>Save PDF &amp;as...</source>
        <translation>PDF speichern &amp;unter …</translation>
    </message>
    <message>
        <source>A draft has no invoice PDF; issue it first</source>
        <translation>Ein Entwurf hat kein Rechnungs-PDF; zuerst ausstellen</translation>
    </message>
    <message>
        <source>Making {file}...</source>
        <translation>{file} wird erstellt …</translation>
    </message>
    <message>
        <source>Opened {file} in the PDF viewer</source>
        <translation>{file} im PDF-Betrachter geöffnet</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the file is {path} (or use Save PDF as)</source>
        <translation>Kein PDF-Betrachter hat sie geöffnet; die Datei ist {path} (oder „PDF speichern unter“ verwenden)</translation>
    </message>
    <message>
        <source>Saving {file}...</source>
        <translation>{file} wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>The PDF could not be written {path}: {reason}</source>
        <translation>Das PDF konnte nicht geschrieben werden {path}: {reason}</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Das PDF konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Kein Drucker eingerichtet (Einstellungen &gt; Drucker)</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nichts zu drucken</translation>
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
        <source>Receipt printer; click or Ctrl+Shift+P for the receipts waiting</source>
        <translation>Bondrucker; Klick oder Strg+Umschalt+P zeigt die wartenden Belege</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>Papier fast leer</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>Papier leer</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>Deckel offen</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Sent to the printer, but the printer never confirmed it. Look at the printer, then in the print queue (click, or Ctrl+Shift+P) reprint it as a COPY (the drawer stays shut) or mark it printed. Nothing prints it again by itself.</source>
        <translation>An den Drucker gesendet, aber der Drucker hat es nie bestätigt. Am Drucker nachsehen, dann in der Druckwarteschlange (Klick oder Strg+Umschalt+P) als Kopie nachdrucken (die Kassenlade bleibt zu) oder als gedruckt markieren. Von selbst wird nichts erneut gedruckt.</translation>
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
        <source>Receipt printer: {status}</source>
        <translation>Bondrucker: {status}</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Drucker: ?</translation>
    </message>
</context>
<context>
    <name>PrinterTest</name>
    <message>
        <source>Status of {url}: {status}</source>
        <translation>Status von {url}: {status}</translation>
    </message>
    <message>
        <source>Status: -</source>
        <translation>Status: -</translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation>&amp;Testseite drucken</translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation>Status &amp;prüfen</translation>
    </message>
    <message>
        <source>Status: no printer set up (type its URL above)</source>
        <translation>Status: kein Drucker eingerichtet (oben seine URL eingeben)</translation>
    </message>
    <message>
        <source>Status: {error}</source>
        <translation>Status: {error}</translation>
    </message>
    <message>
        <source>Type the printer&apos;s URL first (e.g. tcp://192.168.1.50:9100)</source>
        <translation>Zuerst die URL des Druckers eingeben (z. B. tcp://192.168.1.50:9100)</translation>
    </message>
    <message>
        <source>Printing a test page on {url}...</source>
        <translation>Testseite wird auf {url} gedruckt …</translation>
    </message>
    <message>
        <source>Test page sent to {url}; the printer took it ({status}).</source>
        <translation>Testseite an {url} gesendet; der Drucker hat sie angenommen ({status}).</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Artikel wählen</translation>
    </message>
    <message>
        <source>Products matching {typed} (Enter adds, Esc cancels):</source>
        <translation>Artikel passend zu {typed} (Enter fügt hinzu, Esc bricht ab):</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Customer code</source>
        <translation>Kundencode</translation>
    </message>
    <message>
        <source>Drawing the QR code...</source>
        <translation>QR-Code wird gezeichnet …</translation>
    </message>
    <message>
        <source>Let the visitor photograph the QR code; scanning it at the checkout finds them.</source>
        <translation>Den Besucher den QR-Code fotografieren lassen; an der Kasse gescannt, ist er sofort gefunden.</translation>
    </message>
</context>
<context>
    <name>QuickKeySetting</name>
    <message>
        <source>Quick key at the checkout</source>
        <translation>Schnelltaste an der Kasse</translation>
    </message>
    <message>
        <source>Show as a &amp;tile</source>
        <translation>Als &amp;Kachel zeigen</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Favorit: zuerst in seinen Reitern</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>nach Name</translation>
    </message>
    <message>
        <source>Lower places come first; favourites before all others</source>
        <translation>Niedrigere Plätze kommen zuerst; Favoriten vor allen anderen</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>Pl&amp;atz</translation>
    </message>
</context>
<context>
    <name>QuickKeyTiles</name>
    <message>
        <source>full</source>
        <extracomment>Hues far enough apart to tell categories at a glance (degrees on the colour wheel).</extracomment>
        <translation>voll</translation>
    </message>
</context>
<context>
    <name>QuickKeys</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>The tabs&apos; names as shown (the English ones stay the keys: ``current_tab``).</extracomment>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Quick keys not loaded: {error}</source>
        <extracomment>Rows in sight at most: the cart above keeps the room it needs (the grid scrolls).</extracomment>
        <translation>Schnelltasten nicht geladen: {error}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Copy of {number}&apos;s receipt</source>
        <translation>Kopie des Belegs von {number}</translation>
    </message>
    <message>
        <source>{what} printed on {printer}</source>
        <translation>{what} auf {printer} gedruckt</translation>
    </message>
    <message>
        <source>{what} may not have printed: {why}. Check the printer; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>{what} wurde evtl. nicht gedruckt: {why}. Drucker prüfen; in der Druckwarteschlange (Strg+Umschalt+P) als Kopie nachdrucken oder als gedruckt markieren</translation>
    </message>
    <message>
        <source>{what} waits in the print queue: {why} (Ctrl+Shift+P to retry or send it elsewhere)</source>
        <translation>{what} wartet in der Druckwarteschlange: {why} (Strg+Umschalt+P, um es erneut zu versuchen oder an einen anderen Drucker zu senden)</translation>
    </message>
    <message>
        <source>{what} queued; it prints in a moment</source>
        <translation>{what} eingereiht; wird gleich gedruckt</translation>
    </message>
    <message>
        <source>A draft has no receipt</source>
        <extracomment>The last preview&apos;s PNG bytes (what the cashier sees; tests read it back).</extracomment>
        <translation>Ein Entwurf hat keinen Beleg</translation>
    </message>
    <message>
        <source>Drawing the receipt...</source>
        <translation>Beleg wird gezeichnet …</translation>
    </message>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Kein Drucker eingerichtet (Einstellungen &gt; Drucker)</translation>
    </message>
    <message>
        <source>Print the receipt again, marked COPY (Ctrl+P)</source>
        <translation>Den Beleg erneut drucken, mit dem Vermerk COPY (Strg+P)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Printing a copy of {number}&apos;s receipt...</source>
        <translation>Kopie des Belegs von {number} wird gedruckt …</translation>
    </message>
</context>
<context>
    <name>ReceiptWatch</name>
    <message>
        <source>Receipt {number} printed now, after the printer came back</source>
        <translation>Beleg {number} jetzt gedruckt, nachdem der Drucker wieder da ist</translation>
    </message>
    <message>
        <source>Receipt {number} printed</source>
        <translation>Beleg {number} gedruckt</translation>
    </message>
    <message>
        <source>The receipt of {number} may not have printed ({why}). Check the paper; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>Der Beleg von {number} wurde evtl. nicht gedruckt ({why}). Papier prüfen; die Druckwarteschlange (Strg+Umschalt+P) druckt ihn als Kopie nach oder markiert ihn als gedruckt</translation>
    </message>
    <message>
        <source>The receipt of {number} did not print: {why}. It prints by itself when the printer is back (marked PRINTED LATE if that is minutes from now); Ctrl+P tries again</source>
        <translation>Der Beleg von {number} wurde nicht gedruckt: {why}. Er druckt von selbst, sobald der Drucker wieder da ist (mit dem Vermerk PRINTED LATE, wenn das erst Minuten später ist); Strg+P versucht es erneut</translation>
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
    <name>ScanActions</name>
    <message>
        <source>Scanned a sale code, but this role has no checkout</source>
        <translation>Verkaufscode gescannt, aber diese Rolle hat keine Kasse</translation>
    </message>
    <message>
        <source>Scanned invoice {number}, but this role cannot open invoices</source>
        <translation>Rechnung {number} gescannt, aber diese Rolle kann keine Rechnungen öffnen</translation>
    </message>
</context>
<context>
    <name>ScanReaders</name>
    <message>
        <source>{error}; using zxing</source>
        <translation>{error}; zxing wird verwendet</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>seriell</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Scan ({source}) not used: {reason}</source>
        <extracomment>Eight digits valid as a customer code and as an EAN-8: the customer, and when there is no such customer, the product. None: treated as a customer only. Shows a scan instead of acting on it, when it returns True (a test area on screen).</extracomment>
        <translation>Scan ({source}) nicht verwendet: {reason}</translation>
    </message>
    <message>
        <source>a dialog</source>
        <translation>ein Dialog</translation>
    </message>
    <message>
        <source>Scan of {what} refused: close {title} first, then scan again</source>
        <translation>Scan von {what} abgelehnt: zuerst {title} schließen, dann erneut scannen</translation>
    </message>
    <message>
        <source>Too many scans waiting: {what} dropped</source>
        <translation>Zu viele Scans warten: {what} verworfen</translation>
    </message>
    <message>
        <source>Scan of {what} waits until {title} is closed</source>
        <translation>Scan von {what} wartet, bis {title} geschlossen ist</translation>
    </message>
</context>
<context>
    <name>ScannerSettings</name>
    <message>
        <source>&lt;b&gt;Try it:&lt;/b&gt; scan something now; it is shown here, not used.</source>
        <translation>&lt;b&gt;Ausprobieren:&lt;/b&gt; jetzt etwas scannen; es wird hier angezeigt, nicht verwendet.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Noch nichts gescannt.</translation>
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
        <translation>seriell {port}</translation>
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
    <name>SessionReportActions</name>
    <message>
        <source>Print report (Ctrl+P)</source>
        <translation>Bericht drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Print this report on the till&apos;s printer (Ctrl+P)</source>
        <translation>Diesen Bericht auf dem Drucker der Kasse drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+D)</source>
        <translation>PDF öffnen (Strg+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+S)</source>
        <translation>PDF speichern … (Strg+S)</translation>
    </message>
    <message>
        <source>No report on screen</source>
        <translation>Kein Bericht angezeigt</translation>
    </message>
    <message>
        <source>{kind} report {number}</source>
        <translation>{kind}-Bericht {number}</translation>
    </message>
    <message>
        <source>Printing {what}...</source>
        <translation>{what} wird gedruckt …</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>opened at the next login</source>
        <extracomment>The Settings screen shows these; marked in its context, translated where it shows them.</extracomment>
        <translation>wird bei der nächsten Anmeldung geöffnet</translation>
    </message>
    <message>
        <source>Keyboard scanners</source>
        <translation>Tastatur-Scanner</translation>
    </message>
    <message>
        <source>tell scanner bursts from typing</source>
        <translation>Scanner-Eingaben vom Tippen unterscheiden</translation>
    </message>
    <message>
        <source>Scanner ends a code with</source>
        <translation>Scanner beendet einen Code mit</translation>
    </message>
    <message>
        <source>nothing (a pause ends it)</source>
        <translation>nichts (eine Pause beendet ihn)</translation>
    </message>
    <message>
        <source>Max ms between a scan&apos;s keys</source>
        <translation>Max. ms zwischen den Tasten eines Scans</translation>
    </message>
    <message>
        <source>people type 80+ ms apart</source>
        <translation>Menschen tippen mit 80+ ms Abstand</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>Kürzester Code</translation>
    </message>
    <message>
        <source>shorter bursts count as typing</source>
        <translation>kürzere Eingaben gelten als Tippen</translation>
    </message>
    <message>
        <source>Pause that ends a code (ms)</source>
        <translation>Pause, die einen Code beendet (ms)</translation>
    </message>
    <message>
        <source>for scanners without Enter</source>
        <translation>für Scanner ohne Enter</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>characters the scanner sends first (removed)</source>
        <translation>Zeichen, die der Scanner zuerst sendet (entfernt)</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>characters the scanner sends last (removed)</source>
        <translation>Zeichen, die der Scanner zuletzt sendet (entfernt)</translation>
    </message>
    <message>
        <source>Same code again counts after (ms)</source>
        <translation>Derselbe Code zählt erneut nach (ms)</translation>
    </message>
    <message>
        <source>0: every scan</source>
        <translation>0: jeder Scan</translation>
    </message>
    <message>
        <source>Scan while a dialog is open</source>
        <translation>Scan bei offenem Dialog</translation>
    </message>
    <message>
        <source>wait until it is closed</source>
        <translation>warten, bis er geschlossen ist</translation>
    </message>
    <message>
        <source>refuse with a message</source>
        <translation>mit einer Meldung ablehnen</translation>
    </message>
    <message>
        <source>Beep on a rejected scan</source>
        <translation>Piepton bei abgelehntem Scan</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serielle Schnittstelle</translation>
    </message>
    <message>
        <source>/dev/ttyACM0, COM3; opened at the next login</source>
        <translation>/dev/ttyACM0, COM3; wird bei der nächsten Anmeldung geöffnet</translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation>Serielle Baudrate</translation>
    </message>
    <message>
        <source>as set in the scanner</source>
        <translation>wie im Scanner eingestellt</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>0 = first camera, or a device/video path; opened at the next login</source>
        <translation>0 = erste Kamera, oder ein Geräte-/Videopfad; wird bei der nächsten Anmeldung geöffnet</translation>
    </message>
    <message>
        <source>Camera decoder</source>
        <translation>Kamera-Decoder</translation>
    </message>
    <message>
        <source>zxing-cpp (best)</source>
        <translation>zxing-cpp (beste Wahl)</translation>
    </message>
    <message>
        <source>zbar (needs libzbar)</source>
        <translation>zbar (braucht libzbar)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Printer</source>
        <extracomment>The Settings screen&apos;s Printer tab: (key, label, hint, choices); marked in its context, translated where it shows them.</extracomment>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; empty: no receipts</source>
        <translation>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; leer: keine Belege</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>python-escpos profile: default, TM-T20II, POS-5890...</source>
        <translation>python-escpos-Profil: default, TM-T20II, POS-5890 …</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Zeichen pro Zeile</translation>
    </message>
    <message>
        <source>32 on 58 mm paper, 42 or 48 on 80 mm</source>
        <translation>32 bei 58-mm-Papier, 42 oder 48 bei 80 mm</translation>
    </message>
    <message>
        <source>Print the receipt after each sale</source>
        <translation>Beleg nach jedem Verkauf drucken</translation>
    </message>
    <message>
        <source>Open the cash drawer on cash sales</source>
        <translation>Kassenlade bei Barverkäufen öffnen</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <source>a printer that does not answer</source>
        <translation>für einen Drucker, der nicht antwortet</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Belegfußzeile</translation>
    </message>
    <message>
        <source>lines separated by |</source>
        <translation>Zeilen getrennt durch |</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo-Bild</translation>
    </message>
    <message>
        <source>PNG printed on top of each receipt; empty: none</source>
        <translation>PNG oben auf jedem Beleg; leer: keins</translation>
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
