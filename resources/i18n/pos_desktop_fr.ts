<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
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
        <source>Backup: -</source>
        <translation>Sauvegarde&#xa0;: -</translation>
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
    <name>CreditNoteActions</name>
    <message>
        <source>Credit &amp;notes</source>
        <extracomment>What the invoice&apos;s credit notes gave back in all (a ``Decimal``; zero: none), each time they are loaded: the invoice view then offers only what is still possible.</extracomment>
        <translation>&amp;Avoirs</translation>
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
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <extracomment>What a refund, void or edit says while the till sells on its journal. Said under a sale saved on the journal.</extracomment>
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
        <source>Printer: {status}</source>
        <translation>Imprimante&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Imprimante&#xa0;: -</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Imprimante&#xa0;:&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Choisir un produit</translation>
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
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <extracomment>The rejection sound (QApplication.beep where it cannot be played).</extracomment>
        <translation>Caméra</translation>
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
