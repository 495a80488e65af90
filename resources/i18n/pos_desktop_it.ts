<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>App</name>
    <message>
        <source>This terminal id is taken.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s schema does not match this version of Booth POS. After an update of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if other terminals run a newer version, update this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: -</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a customer code or a product barcode / SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout · {exhibition} · till {till}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is neither a customer code nor a known product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat in {code} is booked for a person: scan the customer&apos;s QR first, then the workshop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is full: no seat to sell (put them on its waitlist instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat: {title} ({code}, {starts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a seat in {code} ({free} free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add lines first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10% or an amount, e.g. 5.00:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {currency} off the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is being saved: wait for the answer, then go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in sale (no customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is being saved - wait for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the {count} lines in the cart and start a new sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the 1 line in the cart and start a new sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutParking</name>
    <message>
        <source>Parked sales: {count} (Shift+F10 brings one back)</source>
        <extracomment>Why the customer&apos;s card could not be read (the cart came back without it). The open dialogs, kept as attributes (read when they are answered).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to park: the cart is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to find it again (optional), Enter parks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking the sale...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked: {sale}. Shift+F10 brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} - not parked; the sale is still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this sale or park it (F10) first; then Shift+F10 brings a parked one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parked sales at this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the parked sale back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled, but without the customer: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled: {sale}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutPaying</name>
    <message>
        <source>Saving the sale...</source>
        <extracomment>The open dialogs, kept as attributes (read when they are accepted). Whether this till has an open cash session, as last asked (None: not known yet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the sale was saved - the database stopped answering ({doubt}). The cart stays here; do not sell it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale saved as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} - the sale is still here: press F12 to pay again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} - the sale is still here (F12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>Credit &amp;notes</source>
        <extracomment>What the invoice&apos;s credit notes gave back in all (a ``Decimal``; zero: none), each time they are loaded: the invoice view then offers only what is still possible.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, total billed &lt;b&gt;{totals}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome email: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code to sell to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>From the country</source>
        <extracomment>Each field&apos;s key in ``editors`` (its label) by its ``CustomerInput`` attribute.</extracomment>
        <translation>In base al paese</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>others ({count})</source>
        <extracomment>The pies&apos; least height, their legends under them (the bar charts keep 220). More bars than this and every other hour is labelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard · {exhibition} · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by day ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by hour today ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts	F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and system information copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>refunded in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {currency} refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total} {currency} · paid {paid} · change {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer still owes {amount} {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay back {amount} {currency} to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay or pay back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund... (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invoice again (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can void an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send void notice again (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the customer&apos;s email about this invoice again (a refunded one: choose the refund notice or the invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lines or customer (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: refund what is left instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on this invoice was refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method} (goods not restocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void {number} ({amount} {currency})?
It keeps its number and counts nowhere any more; this cannot be undone.
Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate: type it, or choose one of this till&apos;s (Up/Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
        <extracomment>Input that proves somebody is at the till (a barcode scanner types, so it counts too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after a while without input. {user}: your password to go on. Someone else: log in with your own name (the open sale is then discarded).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Booth POS: log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal {terminal}: please log in.</source>
        <extracomment>Logged in against the offline journal&apos;s copy of the users (the server did not answer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password, too often: {user} can try again in {wait} (minutes:seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait is over: try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Booth POS</source>
        <extracomment>Ctrl+L: the cashier steps away (or hands over): the till locks at once. The user chose another language in the Language menu (its code): the terminal lock stores it and builds the window anew (ui/idle_lock.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <extracomment>&quot;Offline since 10:42 - 17 sales waiting&quot; (hidden while the server answers).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
        <extracomment>Set once the cashier has answered the question (or nothing needed asking).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart has 1 line. Park the sale before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Booth POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Park and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop the cart and close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the manager&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the manager&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <extracomment>A fingertip, with room (the design system&apos;s touch targets are 44 px).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <extracomment>What a refund, void or edit says while the till sells on its journal. Said under a sale saved on the journal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <extracomment>Said after a login against the journal&apos;s copy of the users.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <extracomment>Said under a customer registered on the journal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox: all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer emails not sent yet (the Outbox screen says why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedPicker</name>
    <message>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sales at this till (Enter brings one back, Esc cancels):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <extracomment>The cashier said yes to the large cash amount now in the field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorisation code from the card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card amount (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large amount of cash</source>
        <extracomment>Touch mode: digits and likely notes on screen (``None`` with a keyboard).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to pay: {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} - check the cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received: {amount} {currency} for {due} {currency} due.

Did the customer really hand over that much? The change would be {change} {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
        <extracomment>The label while a receipt may not have printed: it must catch the eye.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: {why} - {waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
        <extracomment>The translators installed now (kept referenced: Qt does not own them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleConfirmation</name>
    <message>
        <source>Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse charge: VAT accounted for by the buyer ({vat_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <extracomment>The rejection sound (QApplication.beep where it cannot be played).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({sources} lost, retrying)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Checkout</source>
        <extracomment>The screen&apos;s key (English) and, translated in the context &quot;Screens&quot;, its name. A file in resources/icons/screens (without ``.svg``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalLock</name>
    <message>
        <source>The language was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <source>Net {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {rate}%: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
