<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Cet identifiant de terminal est déjà pris.

{error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Impossible d&apos;ouvrir la base de données&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The database&apos;s schema does not match this version of Booth POS. After an update of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if other terminals run a newer version, update this one.</source>
        <translation>Le schéma de la base de données ne correspond pas à cette version de Booth POS. Après une mise à jour de l&apos;application, un administrateur exécute `pos-desktop db upgrade` (les autres terminaux fermés)&#xa0;; si d&apos;autres terminaux exécutent une version plus récente, mettre à jour celui-ci.</translation>
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
        <translation>Sauvegarde&#xa0;: -</translation>
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
        <translation>Encaissement</translation>
    </message>
    <message>
        <source>Scan or type a customer code or a product barcode / SKU</source>
        <translation>Scanner ou saisir un code client ou le code-barres / la référence d&apos;un produit</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Payer (F12)</translation>
    </message>
    <message>
        <source>Checkout · {exhibition} · till {till}</source>
        <translation>Encaissement · {exhibition} · caisse {till}</translation>
    </message>
    <message>
        <source>Selling to {name}</source>
        <translation>Vente à {name}</translation>
    </message>
    <message>
        <source>{text} is neither a customer code nor a known product</source>
        <translation>{text} n&apos;est ni un code client ni un produit connu</translation>
    </message>
    <message>
        <source>A seat in {code} is booked for a person: scan the customer&apos;s QR first, then the workshop again.</source>
        <translation>Une place dans {code} se réserve pour une personne&#xa0;: scanner d&apos;abord le QR du client, puis à nouveau l&apos;atelier.</translation>
    </message>
    <message>
        <source>{code} is full: no seat to sell (put them on its waitlist instead).</source>
        <translation>{code} est complet&#xa0;: plus de place à vendre (inscrire plutôt sur sa liste d&apos;attente).</translation>
    </message>
    <message>
        <source>Seat: {title} ({code}, {starts})</source>
        <translation>Place&#xa0;: {title} ({code}, {starts})</translation>
    </message>
    <message>
        <source>Added a seat in {code} ({free} free)</source>
        <translation>Place dans {code} ajoutée (places libres&#xa0;: {free})</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Ajouté&#xa0;: {name}</translation>
    </message>
    <message>
        <source>add lines first</source>
        <translation>ajouter d&apos;abord des lignes</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Remise sur toute la vente</translation>
    </message>
    <message>
        <source>10% or an amount, e.g. 5.00:</source>
        <translation>10% ou un montant, p. ex. 5,00&#xa0;:</translation>
    </message>
    <message>
        <source>{amount} {currency} off the whole sale</source>
        <translation>{amount} {currency} de remise sur toute la vente</translation>
    </message>
    <message>
        <source>The sale is being saved: wait for the answer, then go on</source>
        <translation>Enregistrement de la vente en cours&#xa0;: attendre la réponse, puis continuer</translation>
    </message>
    <message>
        <source>Walk-in sale (no customer)</source>
        <translation>Vente au comptoir (sans client)</translation>
    </message>
    <message>
        <source>The sale is being saved - wait for the answer</source>
        <translation>Enregistrement de la vente en cours – attendre la réponse</translation>
    </message>
    <message>
        <source>Drop the {count} lines in the cart and start a new sale?</source>
        <translation>Abandonner les {count} lignes du panier et commencer une nouvelle vente&#xa0;?</translation>
    </message>
    <message>
        <source>Drop the 1 line in the cart and start a new sale?</source>
        <translation>Abandonner la ligne du panier et commencer une nouvelle vente&#xa0;?</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
</context>
<context>
    <name>CheckoutParking</name>
    <message>
        <source>Parked sales: {count} (Shift+F10 brings one back)</source>
        <extracomment>Why the customer&apos;s card could not be read (the cart came back without it). The open dialogs, kept as attributes (read when they are answered).</extracomment>
        <translation>Ventes en attente&#xa0;: {count} (Shift+F10 en reprend une)</translation>
    </message>
    <message>
        <source>Nothing to park: the cart is empty</source>
        <translation>Rien à mettre en attente&#xa0;: le panier est vide</translation>
    </message>
    <message>
        <source>Park this sale</source>
        <translation>Mettre cette vente en attente</translation>
    </message>
    <message>
        <source>A note to find it again (optional), Enter parks:</source>
        <translation>Une note pour la retrouver (facultatif), Enter met en attente&#xa0;:</translation>
    </message>
    <message>
        <source>Parking the sale...</source>
        <translation>Mise en attente de la vente…</translation>
    </message>
    <message>
        <source>Parked: {sale}. Shift+F10 brings it back.</source>
        <translation>En attente&#xa0;: {sale}. Shift+F10 la reprend.</translation>
    </message>
    <message>
        <source>{error} - not parked; the sale is still here</source>
        <translation>{error} – pas mise en attente&#xa0;; la vente est toujours là</translation>
    </message>
    <message>
        <source>Finish this sale or park it (F10) first; then Shift+F10 brings a parked one back</source>
        <translation>Terminer d&apos;abord cette vente ou la mettre en attente (F10)&#xa0;; ensuite Shift+F10 en reprend une</translation>
    </message>
    <message>
        <source>No parked sales at this till</source>
        <translation>Aucune vente en attente sur cette caisse</translation>
    </message>
    <message>
        <source>Bringing the parked sale back...</source>
        <translation>Reprise de la vente en attente…</translation>
    </message>
    <message>
        <source>Recalled, but without the customer: {problem}</source>
        <translation>Reprise, mais sans le client&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Recalled: {sale}</source>
        <translation>Reprise&#xa0;: {sale}</translation>
    </message>
</context>
<context>
    <name>CheckoutPaying</name>
    <message>
        <source>Saving the sale...</source>
        <extracomment>The open dialogs, kept as attributes (read when they are accepted). Whether this till has an open cash session, as last asked (None: not known yet).</extracomment>
        <translation>Enregistrement de la vente…</translation>
    </message>
    <message>
        <source>Checking whether the sale was saved - the database stopped answering ({doubt}). The cart stays here; do not sell it again.</source>
        <translation>Vérification de l&apos;enregistrement de la vente – la base de données ne répond plus ({doubt}). Le panier reste ici&#xa0;; ne pas le vendre une seconde fois.</translation>
    </message>
    <message>
        <source>Sale saved as {number}</source>
        <translation>Vente enregistrée sous {number}</translation>
    </message>
    <message>
        <source>{error} - the sale is still here: press F12 to pay again</source>
        <translation>{error} – la vente est toujours là&#xa0;: appuyer sur F12 pour payer à nouveau</translation>
    </message>
    <message>
        <source>{why} - the sale is still here (F12)</source>
        <translation>{why} – la vente est toujours là (F12)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unit.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA&#xa0;%</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>&amp;Avoirs</translation>
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
        <translation>&lt;b&gt;{count}&lt;/b&gt; factures</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bill</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; facture</translation>
    </message>
    <message>
        <source>, total billed &lt;b&gt;{totals}&lt;/b&gt;</source>
        <translation>, total facturé &lt;b&gt;{totals}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Welcome email: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation>E-mail de bienvenue&#xa0;: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>Vente au comptoir</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code to sell to them.</source>
        <translation>Scanner le code QR du client pour lui vendre.</translation>
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
        <translation>Selon le pays</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>others ({count})</source>
        <extracomment>The pies&apos; least height, their legends under them (the bar charts keep 220). More bars than this and every other hour is labelled.</extracomment>
        <translation>autres ({count})</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Chiffre d&apos;affaires du jour</translation>
    </message>
    <message>
        <source>Invoices today</source>
        <translation>Factures du jour</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Dashboard · {exhibition} · {day}</source>
        <translation>Tableau de bord · {exhibition} · {day}</translation>
    </message>
    <message>
        <source>Revenue by day ({currency})</source>
        <translation>Chiffre d&apos;affaires par jour ({currency})</translation>
    </message>
    <message>
        <source>Revenue by hour today ({currency})</source>
        <translation>Chiffre d&apos;affaires par heure aujourd&apos;hui ({currency})</translation>
    </message>
    <message>
        <source>Customers by country</source>
        <translation>Clients par pays</translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation>Clients par type</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>client de passage</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Dernières factures</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock faible</translation>
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
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts	F1</source>
        <translation>&amp;Raccourcis clavier	F1</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>&amp;Copier la version et les informations système</translation>
    </message>
    <message>
        <source>Version and system information copied</source>
        <translation>Version et informations système copiées</translation>
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
        <translation>remboursée intégralement</translation>
    </message>
    <message>
        <source>{amount} {currency} refunded</source>
        <translation>{amount} {currency} remboursés</translation>
    </message>
    <message>
        <source>full invoice</source>
        <translation>facture complète</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>autoliquidation</translation>
    </message>
    <message>
        <source>Total {total} {currency} · paid {paid} · change {change}</source>
        <translation>Total {total} {currency} · payé {paid} · rendu {change}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>client de passage</translation>
    </message>
    <message>
        <source>The customer still owes {amount} {currency}.</source>
        <translation>Le client doit encore {amount} {currency}.</translation>
    </message>
    <message>
        <source>Pay back {amount} {currency} to the customer.</source>
        <translation>Rendre {amount} {currency} au client.</translation>
    </message>
    <message>
        <source>Nothing to pay or pay back.</source>
        <translation>Rien à payer ni à rendre.</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Annuler la facture…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Modifier (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refund... (Ctrl+R)</source>
        <translation>Rembourser… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Réimprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Send invoice again (Ctrl+M)</source>
        <translation>Renvoyer la facture (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice</source>
        <translation>Seul un responsable peut annuler une facture</translation>
    </message>
    <message>
        <source>Send void notice again (Ctrl+M)</source>
        <translation>Renvoyer l&apos;avis d&apos;annulation (Ctrl+M)</translation>
    </message>
    <message>
        <source>Queue the customer&apos;s email about this invoice again (a refunded one: choose the refund notice or the invoice)</source>
        <translation>Remettre en file d&apos;attente l&apos;e-mail au client concernant cette facture (pour une facture remboursée&#xa0;: choisir l&apos;avis de remboursement ou la facture)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>Change lines or customer (Ctrl+E)</source>
        <translation>Modifier les lignes ou le client (Ctrl+E)</translation>
    </message>
    <message>
        <source>Only a manager can edit</source>
        <translation>Seul un responsable peut modifier</translation>
    </message>
    <message>
        <source>Refunded: refund what is left instead</source>
        <translation>Remboursée&#xa0;: rembourser plutôt le reste</translation>
    </message>
    <message>
        <source>Everything on this invoice was refunded</source>
        <translation>Tout a été remboursé sur cette facture</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method}</source>
        <translation>Avoir {number}&#xa0;: rendre {amount} {currency} (mode&#xa0;: {method})</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method} (goods not restocked)</source>
        <translation>Avoir {number}&#xa0;: rendre {amount} {currency} (mode&#xa0;: {method}&#xa0;; marchandise non remise en stock)</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Void {number} ({amount} {currency})?
It keeps its number and counts nowhere any more; this cannot be undone.
Reason (required):</source>
        <translation>Annuler {number} ({amount} {currency})&#xa0;?
Elle garde son numéro et ne compte plus nulle part&#xa0;; c&apos;est irréversible.
Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation>Vérification de l&apos;enregistrement de l&apos;annulation – la base de données ne répond plus ({doubt})</translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation>E-mail à {recipient} mis en file d&apos;attente ({subject})&#xa0;; la Boîte d&apos;envoi l&apos;envoie en arrière-plan</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>VAT %</source>
        <translation>TVA&#xa0;%</translation>
    </message>
    <message>
        <source>Description (F3)</source>
        <translation>Description (F3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>VAT rate: type it, or choose one of this till&apos;s (Up/Down)</source>
        <translation>Taux de TVA&#xa0;: le saisir, ou en choisir un de cette caisse (Haut/Bas)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter la ligne</translation>
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
        <translation>Booth POS&#xa0;: verrouillé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after a while without input. {user}: your password to go on. Someone else: log in with your own name (the open sale is then discarded).</source>
        <translation>&lt;b&gt;Verrouillé&lt;/b&gt; après un moment sans saisie. {user}&#xa0;: saisir le mot de passe pour continuer. Quelqu&apos;un d&apos;autre&#xa0;: se connecter avec son propre nom (la vente en cours est alors abandonnée).</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Booth POS: log in</source>
        <translation>Booth POS&#xa0;: connexion</translation>
    </message>
    <message>
        <source>Terminal {terminal}: please log in.</source>
        <extracomment>Logged in against the offline journal&apos;s copy of the users (the server did not answer).</extracomment>
        <translation>Caisse {terminal}&#xa0;: veuillez vous connecter.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Wrong user name or password, too often: {user} can try again in {wait} (minutes:seconds).</source>
        <translation>Trop d&apos;erreurs de nom d&apos;utilisateur ou de mot de passe&#xa0;: {user} pourra réessayer dans {wait} (minutes:secondes).</translation>
    </message>
    <message>
        <source>The wait is over: try again.</source>
        <translation>L&apos;attente est terminée&#xa0;: réessayer.</translation>
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
        <translation>Base de données&#xa0;: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <extracomment>&quot;Offline since 10:42 - 17 sales waiting&quot; (hidden while the server answers).</extracomment>
        <translation>Scanner&#xa0;: clavier</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
        <extracomment>Set once the cashier has answered the question (or nothing needed asking).</extracomment>
        <translation>Le panier contient {count} lignes. Mettre la vente en attente avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>The cart has 1 line. Park the sale before closing?</source>
        <translation>Le panier contient 1 ligne. Mettre la vente en attente avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Close Booth POS</source>
        <translation>Fermer Booth POS</translation>
    </message>
    <message>
        <source>&amp;Park and close</source>
        <translation>&amp;Mettre en attente et fermer</translation>
    </message>
    <message>
        <source>&amp;Drop the cart and close</source>
        <translation>Abandonner le &amp;panier et fermer</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>Validation du responsable</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Type the manager&apos;s user name</source>
        <translation>Saisir le nom d&apos;utilisateur du responsable</translation>
    </message>
    <message>
        <source>Type the manager&apos;s password</source>
        <translation>Saisir le mot de passe du responsable</translation>
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
        <translation>Le client remet {amount} {currency}</translation>
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
        <translation>Vente enregistrée sur cette caisse (hors ligne) sous {number}&#xa0;; elle partira vers le serveur au retour de la connexion</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <extracomment>Said after a login against the journal&apos;s copy of the users.</extracomment>
        <translation>Connecté sur cette caisse (hors ligne)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <extracomment>Said under a customer registered on the journal.</extracomment>
        <translation>{name} inscrit sur cette caisse (hors ligne) sous le code {code}&#xa0;; l&apos;e-mail de bienvenue partira au retour de la connexion</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox: all sent</source>
        <translation>Boîte d&apos;envoi&#xa0;: tout envoyé</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation>Boîte d&apos;envoi&#xa0;: {waiting} en attente</translation>
    </message>
    <message>
        <source>Outbox: -</source>
        <translation>Boîte d&apos;envoi&#xa0;: -</translation>
    </message>
    <message>
        <source>Customer emails not sent yet (the Outbox screen says why)</source>
        <translation>E-mails aux clients pas encore envoyés (l&apos;écran Boîte d&apos;envoi indique pourquoi)</translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Boîte d&apos;envoi&#xa0;:&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ParkedPicker</name>
    <message>
        <source>walk-in</source>
        <translation type="unfinished">client de passage</translation>
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
        <translation>Ventes en attente</translation>
    </message>
    <message>
        <source>Parked sales at this till (Enter brings one back, Esc cancels):</source>
        <translation>Ventes en attente sur cette caisse (Enter en reprend une, Esc annule)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>To pay: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <extracomment>The cashier said yes to the large cash amount now in the field.</extracomment>
        <translation>À payer&#xa0;: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>authorisation code from the card terminal</source>
        <translation>code d&apos;autorisation du terminal de paiement</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <source>Card amount (F6)</source>
        <translation>Montant carte (F6)</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>Référence carte</translation>
    </message>
    <message>
        <source>Large amount of cash</source>
        <extracomment>Touch mode: digits and likely notes on screen (``None`` with a keyboard).</extracomment>
        <translation>Montant en espèces élevé</translation>
    </message>
    <message>
        <source>Still to pay: {amount} {currency}</source>
        <translation>Reste à payer&#xa0;: {amount} {currency}</translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>À rendre&#xa0;: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{change} - check the cash received</source>
        <translation>{change} – vérifier les espèces reçues</translation>
    </message>
    <message>
        <source>Cash received: {amount} {currency} for {due} {currency} due.

Did the customer really hand over that much? The change would be {change} {currency}.</source>
        <translation>Espèces reçues&#xa0;: {amount} {currency} pour {due} {currency} dus.

Le client a-t-il vraiment remis autant&#xa0;? La monnaie à rendre serait de {change} {currency}.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
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
        <translation>{count} tickets</translation>
    </message>
    <message>
        <source>Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)</source>
        <translation>Imprimante&#xa0;: impression incertaine de {what} – vérifier l&apos;imprimante (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>non configurée</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impression en cours</translation>
    </message>
    <message>
        <source>Printer: {why} - {waiting} waiting</source>
        <translation>Imprimante&#xa0;: {why} – {waiting} en attente</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Imprimante&#xa0;: non configurée</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
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
        <translation>Imprimante&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Imprimante&#xa0;: -</translation>
    </message>
    <message>
        <source>Receipt printer: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Imprimante&#xa0;:&#xa0;?</translation>
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
        <translation>Choisir un produit</translation>
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
        <translation type="unfinished">Ateliers</translation>
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
        <translation>caissier</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
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
        <translation>Client de passage</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Total {amount} {currency}</translation>
    </message>
    <message>
        <source>Change {amount} {currency}</source>
        <translation>À rendre {amount} {currency}</translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation>Confirmer la vente</translation>
    </message>
    <message>
        <source>&amp;Reverse charge: VAT accounted for by the buyer ({vat_id})</source>
        <translation>&amp;Autoliquidation&#xa0;: TVA due par l&apos;acheteur ({vat_id})</translation>
    </message>
    <message>
        <source>Save sale (Enter)</source>
        <translation>Valider (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Esc)</translation>
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
        <translation type="unfinished">clavier</translation>
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
        <translation>Caméra</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>clavier</translation>
    </message>
    <message>
        <source>Scanner: {sources}</source>
        <translation>Scanner&#xa0;: {sources}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>({sources} lost, retrying)</source>
        <translation>({sources}&#xa0;: connexion perdue, nouvelle tentative)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Checkout</source>
        <extracomment>The screen&apos;s key (English) and, translated in the context &quot;Screens&quot;, its name. A file in resources/icons/screens (without ``.svg``).</extracomment>
        <translation>Encaissement</translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation>Inscrire un client</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Contrôle d&apos;entrée</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Journal hors ligne</translation>
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
        <translation type="unfinished">Caméra</translation>
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
        <translation>La langue n&apos;a pas été enregistrée&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <source>Net {amount}</source>
        <translation>HT {amount}</translation>
    </message>
    <message>
        <source>VAT {rate}%: {amount}</source>
        <translation>TVA {rate}&#xa0;%&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Discounts {amount}</source>
        <translation>Remises {amount}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Total {amount} {currency}</translation>
    </message>
</context>
</TS>
