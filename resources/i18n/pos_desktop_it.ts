<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>App</name>
    <message>
        <source>This terminal id is taken.

{error}</source>
        <translation>Questo ID terminale è già in uso.

{error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Impossibile aprire il database: {error}</translation>
    </message>
    <message>
        <source>The database&apos;s schema does not match this version of Booth POS. After an update of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if other terminals run a newer version, update this one.</source>
        <translation>Lo schema del database non corrisponde a questa versione di Booth POS. Dopo un aggiornamento dell&apos;app, un amministratore esegue `pos-desktop db upgrade` (con gli altri terminali chiusi); se altri terminali usano una versione più recente, aggiorna questo.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: -</source>
        <translation>Backup: -</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Checkout</source>
        <translation>Vendita</translation>
    </message>
    <message>
        <source>Scan or type a customer code or a product barcode / SKU</source>
        <translation>Scansiona o digita un codice cliente o il codice a barre / codice articolo di un prodotto</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Paga (F12)</translation>
    </message>
    <message>
        <source>Checkout · {exhibition} · till {till}</source>
        <translation>Vendita · {exhibition} · cassa {till}</translation>
    </message>
    <message>
        <source>Selling to {name}</source>
        <translation>Vendita a {name}</translation>
    </message>
    <message>
        <source>{text} is neither a customer code nor a known product</source>
        <translation>{text} non è né un codice cliente né un prodotto noto</translation>
    </message>
    <message>
        <source>A seat in {code} is booked for a person: scan the customer&apos;s QR first, then the workshop again.</source>
        <translation>Un posto in {code} si prenota per una persona: scansiona prima il QR del cliente, poi di nuovo il workshop.</translation>
    </message>
    <message>
        <source>{code} is full: no seat to sell (put them on its waitlist instead).</source>
        <translation>{code} è al completo: nessun posto da vendere (inserisci invece in lista d&apos;attesa).</translation>
    </message>
    <message>
        <source>Seat: {title} ({code}, {starts})</source>
        <translation>Posto: {title} ({code}, {starts})</translation>
    </message>
    <message>
        <source>Added a seat in {code} ({free} free)</source>
        <translation>Posto in {code} aggiunto (liberi: {free})</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Aggiunto: {name}</translation>
    </message>
    <message>
        <source>add lines first</source>
        <translation>aggiungi prima delle righe</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Sconto su tutta la vendita</translation>
    </message>
    <message>
        <source>10% or an amount, e.g. 5.00:</source>
        <translation>10% o un importo, ad es. 5,00:</translation>
    </message>
    <message>
        <source>{amount} {currency} off the whole sale</source>
        <translation>{amount} {currency} di sconto su tutta la vendita</translation>
    </message>
    <message>
        <source>The sale is being saved: wait for the answer, then go on</source>
        <translation>Salvataggio della vendita in corso: attendi la risposta, poi continua</translation>
    </message>
    <message>
        <source>Walk-in sale (no customer)</source>
        <translation>Vendita al banco (senza cliente)</translation>
    </message>
    <message>
        <source>The sale is being saved - wait for the answer</source>
        <translation>Salvataggio della vendita in corso – attendi la risposta</translation>
    </message>
    <message>
        <source>Drop the {count} lines in the cart and start a new sale?</source>
        <translation>Scartare le {count} righe nel carrello e iniziare una nuova vendita?</translation>
    </message>
    <message>
        <source>Drop the 1 line in the cart and start a new sale?</source>
        <translation>Scartare la riga nel carrello e iniziare una nuova vendita?</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nuova vendita</translation>
    </message>
</context>
<context>
    <name>CheckoutParking</name>
    <message>
        <source>Parked sales: {count} (Shift+F10 brings one back)</source>
        <extracomment>Why the customer&apos;s card could not be read (the cart came back without it). The open dialogs, kept as attributes (read when they are answered).</extracomment>
        <translation>Vendite sospese: {count} (Shift+F10 ne riprende una)</translation>
    </message>
    <message>
        <source>Nothing to park: the cart is empty</source>
        <translation>Niente da sospendere: il carrello è vuoto</translation>
    </message>
    <message>
        <source>Park this sale</source>
        <translation>Sospendi questa vendita</translation>
    </message>
    <message>
        <source>A note to find it again (optional), Enter parks:</source>
        <translation>Una nota per ritrovarla (facoltativa), Enter la sospende:</translation>
    </message>
    <message>
        <source>Parking the sale...</source>
        <translation>Sospensione della vendita…</translation>
    </message>
    <message>
        <source>Parked: {sale}. Shift+F10 brings it back.</source>
        <translation>Sospesa: {sale}. Shift+F10 la riprende.</translation>
    </message>
    <message>
        <source>{error} - not parked; the sale is still here</source>
        <translation>{error} – non sospesa; la vendita è ancora qui</translation>
    </message>
    <message>
        <source>Finish this sale or park it (F10) first; then Shift+F10 brings a parked one back</source>
        <translation>Prima concludi questa vendita o sospendila (F10); poi Shift+F10 ne riprende una sospesa</translation>
    </message>
    <message>
        <source>No parked sales at this till</source>
        <translation>Nessuna vendita sospesa in questa cassa</translation>
    </message>
    <message>
        <source>Bringing the parked sale back...</source>
        <translation>Ripresa della vendita sospesa…</translation>
    </message>
    <message>
        <source>Recalled, but without the customer: {problem}</source>
        <translation>Ripresa, ma senza il cliente: {problem}</translation>
    </message>
    <message>
        <source>Recalled: {sale}</source>
        <translation>Ripresa: {sale}</translation>
    </message>
</context>
<context>
    <name>CheckoutPaying</name>
    <message>
        <source>Saving the sale...</source>
        <extracomment>The open dialogs, kept as attributes (read when they are accepted). Whether this till has an open cash session, as last asked (None: not known yet).</extracomment>
        <translation>Salvataggio della vendita…</translation>
    </message>
    <message>
        <source>Checking whether the sale was saved - the database stopped answering ({doubt}). The cart stays here; do not sell it again.</source>
        <translation>Verifica del salvataggio della vendita – il database non risponde più ({doubt}). Il carrello resta qui; non venderlo di nuovo.</translation>
    </message>
    <message>
        <source>Sale saved as {number}</source>
        <translation>Vendita salvata come {number}</translation>
    </message>
    <message>
        <source>{error} - the sale is still here: press F12 to pay again</source>
        <translation>{error} – la vendita è ancora qui: premi F12 per pagare di nuovo</translation>
    </message>
    <message>
        <source>{why} - the sale is still here (F12)</source>
        <translation>{why} – la vendita è ancora qui (F12)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>Credit &amp;notes</source>
        <extracomment>What the invoice&apos;s credit notes gave back in all (a ``Decimal``; zero: none), each time they are loaded: the invoice view then offers only what is still possible.</extracomment>
        <translation>&amp;Note di credito</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bills</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; fatture</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bill</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; fattura</translation>
    </message>
    <message>
        <source>, total billed &lt;b&gt;{totals}&lt;/b&gt;</source>
        <translation>, totale fatturato &lt;b&gt;{totals}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Welcome email: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation>Email di benvenuto: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>Vendita al banco</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code to sell to them.</source>
        <translation>Scansiona il codice QR del cliente per vendergli.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>others ({count})</source>
        <extracomment>The pies&apos; least height, their legends under them (the bar charts keep 220). More bars than this and every other hour is labelled.</extracomment>
        <translation>altri ({count})</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Incasso di oggi</translation>
    </message>
    <message>
        <source>Invoices today</source>
        <translation>Fatture di oggi</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Scontrino medio</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nuovi clienti</translation>
    </message>
    <message>
        <source>Dashboard · {exhibition} · {day}</source>
        <translation>Dashboard · {exhibition} · {day}</translation>
    </message>
    <message>
        <source>Revenue by day ({currency})</source>
        <translation>Incasso per giorno ({currency})</translation>
    </message>
    <message>
        <source>Revenue by hour today ({currency})</source>
        <translation>Incasso per ora oggi ({currency})</translation>
    </message>
    <message>
        <source>Customers by country</source>
        <translation>Clienti per paese</translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation>Clienti per tipo</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>cliente occasionale</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Ultime fatture</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Scorte basse</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts	F1</source>
        <translation>&amp;Scorciatoie da tastiera	F1</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>&amp;Copia versione e informazioni di sistema</translation>
    </message>
    <message>
        <source>Version and system information copied</source>
        <translation>Versione e informazioni di sistema copiate</translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>refunded in full</source>
        <translation>rimborsata per intero</translation>
    </message>
    <message>
        <source>{amount} {currency} refunded</source>
        <translation>{amount} {currency} rimborsati</translation>
    </message>
    <message>
        <source>full invoice</source>
        <translation>fattura completa</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>inversione contabile</translation>
    </message>
    <message>
        <source>Total {total} {currency} · paid {paid} · change {change}</source>
        <translation>Totale {total} {currency} · pagato {paid} · resto {change}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>cliente occasionale</translation>
    </message>
    <message>
        <source>The customer still owes {amount} {currency}.</source>
        <translation>Il cliente deve ancora {amount} {currency}.</translation>
    </message>
    <message>
        <source>Pay back {amount} {currency} to the customer.</source>
        <translation>Restituisci {amount} {currency} al cliente.</translation>
    </message>
    <message>
        <source>Nothing to pay or pay back.</source>
        <translation>Niente da pagare né da restituire.</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Annulla fattura…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Modifica (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refund... (Ctrl+R)</source>
        <translation>Rimborsa… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Ristampa (Ctrl+P)</translation>
    </message>
    <message>
        <source>Send invoice again (Ctrl+M)</source>
        <translation>Reinvia fattura (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice</source>
        <translation>Solo un responsabile può annullare una fattura</translation>
    </message>
    <message>
        <source>Send void notice again (Ctrl+M)</source>
        <translation>Reinvia avviso di annullamento (Ctrl+M)</translation>
    </message>
    <message>
        <source>Queue the customer&apos;s email about this invoice again (a refunded one: choose the refund notice or the invoice)</source>
        <translation>Rimetti in coda l&apos;email al cliente su questa fattura (se rimborsata: scegli l&apos;avviso di rimborso o la fattura)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Nessun cliente</translation>
    </message>
    <message>
        <source>Change lines or customer (Ctrl+E)</source>
        <translation>Modifica righe o cliente (Ctrl+E)</translation>
    </message>
    <message>
        <source>Only a manager can edit</source>
        <translation>Solo un responsabile può modificare</translation>
    </message>
    <message>
        <source>Refunded: refund what is left instead</source>
        <translation>Rimborsata: rimborsa invece l&apos;importo rimanente</translation>
    </message>
    <message>
        <source>Everything on this invoice was refunded</source>
        <translation>Tutto su questa fattura è stato rimborsato</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method}</source>
        <translation>Nota di credito {number}: restituisci {amount} {currency} (metodo: {method})</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method} (goods not restocked)</source>
        <translation>Nota di credito {number}: restituisci {amount} {currency} (metodo: {method}; merce non rimessa in magazzino)</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Annulla fattura</translation>
    </message>
    <message>
        <source>Void {number} ({amount} {currency})?
It keeps its number and counts nowhere any more; this cannot be undone.
Reason (required):</source>
        <translation>Annullare {number} ({amount} {currency})?
Mantiene il suo numero e non conta più da nessuna parte; l&apos;operazione è irreversibile.
Motivo (obbligatorio):</translation>
    </message>
    <message>
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation>Verifica del salvataggio dell&apos;annullamento – il database non risponde più ({doubt})</translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation>Email a {recipient} messa in coda ({subject}); la Posta in uscita la invia in background</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>Description (F3)</source>
        <translation>Descrizione (F3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <source>VAT rate: type it, or choose one of this till&apos;s (Up/Down)</source>
        <translation>Aliquota IVA: digitala o scegline una di questa cassa (Su/Giù)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Aggiungi riga</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
        <extracomment>Input that proves somebody is at the till (a barcode scanner types, so it counts too).</extracomment>
        <translation>Booth POS: bloccato</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after a while without input. {user}: your password to go on. Someone else: log in with your own name (the open sale is then discarded).</source>
        <translation>&lt;b&gt;Bloccato&lt;/b&gt; dopo un periodo senza attività. {user}: inserisci la password per continuare. Un&apos;altra persona: accedi con il tuo nome (la vendita aperta viene scartata).</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Booth POS: log in</source>
        <translation>Booth POS: accesso</translation>
    </message>
    <message>
        <source>Terminal {terminal}: please log in.</source>
        <extracomment>Logged in against the offline journal&apos;s copy of the users (the server did not answer).</extracomment>
        <translation>Cassa {terminal}: accedi.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Wrong user name or password, too often: {user} can try again in {wait} (minutes:seconds).</source>
        <translation>Nome utente o password errati troppe volte: {user} potrà riprovare tra {wait} (minuti:secondi).</translation>
    </message>
    <message>
        <source>The wait is over: try again.</source>
        <translation>L&apos;attesa è finita: riprova.</translation>
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
        <translation>Scanner: tastiera</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Elaborazione…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
        <extracomment>Set once the cashier has answered the question (or nothing needed asking).</extracomment>
        <translation>Il carrello ha {count} righe. Sospendere la vendita prima di chiudere?</translation>
    </message>
    <message>
        <source>The cart has 1 line. Park the sale before closing?</source>
        <translation>Il carrello ha 1 riga. Sospendere la vendita prima di chiudere?</translation>
    </message>
    <message>
        <source>Close Booth POS</source>
        <translation>Chiudi Booth POS</translation>
    </message>
    <message>
        <source>&amp;Park and close</source>
        <translation>&amp;Sospendi e chiudi</translation>
    </message>
    <message>
        <source>&amp;Drop the cart and close</source>
        <translation>Scarta il &amp;carrello e chiudi</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>Approvazione del responsabile</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Responsabile</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Type the manager&apos;s user name</source>
        <translation>Digita il nome utente del responsabile</translation>
    </message>
    <message>
        <source>Type the manager&apos;s password</source>
        <translation>Digita la password del responsabile</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <extracomment>A fingertip, with room (the design system&apos;s touch targets are 44 px).</extracomment>
        <translation>Il cliente consegna {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <extracomment>What a refund, void or edit says while the till sells on its journal. Said under a sale saved on the journal.</extracomment>
        <translation>Salvata su questa cassa (offline) come {number}; andrà al server quando torna la connessione</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <extracomment>Said after a login against the journal&apos;s copy of the users.</extracomment>
        <translation>Accesso effettuato su questa cassa (offline)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <extracomment>Said under a customer registered on the journal.</extracomment>
        <translation>{name} registrato su questa cassa (offline) come {code}; l&apos;email di benvenuto partirà quando torna la connessione</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox: all sent</source>
        <translation>Posta in uscita: tutto inviato</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation>Posta in uscita: {waiting} in attesa</translation>
    </message>
    <message>
        <source>Outbox: -</source>
        <translation>Posta in uscita: -</translation>
    </message>
    <message>
        <source>Customer emails not sent yet (the Outbox screen says why)</source>
        <translation>Email ai clienti non ancora inviate (la schermata Posta in uscita spiega perché)</translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Posta in uscita: ?</translation>
    </message>
</context>
<context>
    <name>ParkedPicker</name>
    <message>
        <source>Parked sales</source>
        <translation>Vendite sospese</translation>
    </message>
    <message>
        <source>Parked sales at this till (Enter brings one back, Esc cancels):</source>
        <translation>Vendite sospese in questa cassa (Enter ne riprende una, Esc annulla):</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>To pay: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <extracomment>The cashier said yes to the large cash amount now in the field.</extracomment>
        <translation>Da pagare: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>authorisation code from the card terminal</source>
        <translation>codice di autorizzazione del terminale POS</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Contanti ricevuti</translation>
    </message>
    <message>
        <source>Card amount (F6)</source>
        <translation>Importo carta (F6)</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>Riferimento carta</translation>
    </message>
    <message>
        <source>Large amount of cash</source>
        <extracomment>Touch mode: digits and likely notes on screen (``None`` with a keyboard).</extracomment>
        <translation>Importo in contanti elevato</translation>
    </message>
    <message>
        <source>Still to pay: {amount} {currency}</source>
        <translation>Ancora da pagare: {amount} {currency}</translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>Resto: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{change} - check the cash received</source>
        <translation>{change} – controlla i contanti ricevuti</translation>
    </message>
    <message>
        <source>Cash received: {amount} {currency} for {due} {currency} due.

Did the customer really hand over that much? The change would be {change} {currency}.</source>
        <translation>Contanti ricevuti: {amount} {currency} per {due} {currency} dovuti.

Il cliente ha davvero consegnato così tanto? Il resto sarebbe di {change} {currency}.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>cash</source>
        <translation>contanti</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carta</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
        <extracomment>The label while a receipt may not have printed: it must catch the eye.</extracomment>
        <translation>{count} scontrini</translation>
    </message>
    <message>
        <source>Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)</source>
        <translation>Stampante: stampa incerta di {what} – controlla la stampante (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>non configurata</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>in stampa</translation>
    </message>
    <message>
        <source>Printer: {why} - {waiting} waiting</source>
        <translation>Stampante: {why} – {waiting} in attesa</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Stampante: non configurata</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>Printer: {status}</source>
        <translation>Stampante: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Stampante: -</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Stampante: ?</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Scegli un prodotto</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
        <extracomment>The translators installed now (kept referenced: Qt does not own them).</extracomment>
        <translation>cassiere</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
</context>
<context>
    <name>SaleConfirmation</name>
    <message>
        <source>Walk-in customer</source>
        <translation>Cliente occasionale</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Totale {amount} {currency}</translation>
    </message>
    <message>
        <source>Change {amount} {currency}</source>
        <translation>Resto {amount} {currency}</translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation>Conferma la vendita</translation>
    </message>
    <message>
        <source>&amp;Reverse charge: VAT accounted for by the buyer ({vat_id})</source>
        <translation>&amp;Inversione contabile: IVA a carico dell&apos;acquirente ({vat_id})</translation>
    </message>
    <message>
        <source>Save sale (Enter)</source>
        <translation>Salva (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Indietro (Esc)</translation>
    </message>
</context>
<context>
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <extracomment>The rejection sound (QApplication.beep where it cannot be played).</extracomment>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>tastiera</translation>
    </message>
    <message>
        <source>Scanner: {sources}</source>
        <translation>Scanner: {sources}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>({sources} lost, retrying)</source>
        <translation>({sources}: connessione persa, nuovo tentativo)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Checkout</source>
        <extracomment>The screen&apos;s key (English) and, translated in the context &quot;Screens&quot;, its name. A file in resources/icons/screens (without ``.svg``).</extracomment>
        <translation>Vendita</translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation>Registra cliente</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importa clienti</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Controllo ingressi</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Giornale offline</translation>
    </message>
</context>
<context>
    <name>TerminalLock</name>
    <message>
        <source>The language was not saved: {error}</source>
        <translation>La lingua non è stata salvata: {error}</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <source>Net {amount}</source>
        <translation>Imponibile {amount}</translation>
    </message>
    <message>
        <source>VAT {rate}%: {amount}</source>
        <translation>IVA {rate}%: {amount}</translation>
    </message>
    <message>
        <source>Discounts {amount}</source>
        <translation>Sconti {amount}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Totale {amount} {currency}</translation>
    </message>
</context>
</TS>
