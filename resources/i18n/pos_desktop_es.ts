<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Este identificador de terminal ya está en uso.

{error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>No se puede abrir la base de datos: {error}</translation>
    </message>
    <message>
        <source>The database&apos;s schema does not match this version of Booth POS. After an update of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if other terminals run a newer version, update this one.</source>
        <translation>El esquema de la base de datos no corresponde a esta versión de Booth POS. Tras actualizar la aplicación, un administrador ejecuta `pos-desktop db upgrade` (con los demás terminales cerrados); si otros terminales usan una versión más reciente, actualizar este.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; by {actor}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action starts with (invoice, customer, login.failed...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation type="unfinished"></translation>
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
        <translation>Copia de seguridad: -</translation>
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
    <name>CashDrawer</name>
    <message>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invoices, {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invoices, {amount} (after voids, refunds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} payments, {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · session {session} · till {till}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cash session on this till</source>
        <extracomment>The till&apos;s last Z report, shown while no session is open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cash you counted into the drawer, e.g. 150.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, e.g. change from the bank / to the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cash counted in the drawer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with Z report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the opening was saved - the database stopped answering ({doubt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {session} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the cash in was saved - the database stopped answering ({doubt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the cash out was saved - the database stopped answering ({doubt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in recorded: {amount} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out recorded: {amount} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer and type the amount first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close session {session} with {amount} {currency} counted? The Z report is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the closing was saved - the database stopped answering ({doubt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {session} closed; difference {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Checkout</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Scan or type a customer code or a product barcode / SKU</source>
        <translation>Escanear o escribir un código de cliente o el código de barras / la referencia de un producto</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Pagar (F12)</translation>
    </message>
    <message>
        <source>Checkout · {exhibition} · till {till}</source>
        <translation>Venta · {exhibition} · caja {till}</translation>
    </message>
    <message>
        <source>Selling to {name}</source>
        <translation>Venta a {name}</translation>
    </message>
    <message>
        <source>{text} is neither a customer code nor a known product</source>
        <translation>{text} no es un código de cliente ni un producto conocido</translation>
    </message>
    <message>
        <source>A seat in {code} is booked for a person: scan the customer&apos;s QR first, then the workshop again.</source>
        <translation>Una plaza en {code} se reserva para una persona: escanear primero el QR del cliente y después otra vez el taller.</translation>
    </message>
    <message>
        <source>{code} is full: no seat to sell (put them on its waitlist instead).</source>
        <translation>{code} está completo: no quedan plazas (apuntar en su lista de espera).</translation>
    </message>
    <message>
        <source>Seat: {title} ({code}, {starts})</source>
        <translation>Plaza: {title} ({code}, {starts})</translation>
    </message>
    <message>
        <source>Added a seat in {code} ({free} free)</source>
        <translation>Plaza en {code} añadida (libres: {free})</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Añadido: {name}</translation>
    </message>
    <message>
        <source>add lines first</source>
        <translation>primero añadir líneas</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Descuento sobre toda la venta</translation>
    </message>
    <message>
        <source>10% or an amount, e.g. 5.00:</source>
        <translation>10% o un importe, p. ej. 5,00:</translation>
    </message>
    <message>
        <source>{amount} {currency} off the whole sale</source>
        <translation>{amount} {currency} de descuento sobre toda la venta</translation>
    </message>
    <message>
        <source>The sale is being saved: wait for the answer, then go on</source>
        <translation>Se está guardando la venta: esperar la respuesta y luego continuar</translation>
    </message>
    <message>
        <source>Walk-in sale (no customer)</source>
        <translation>Venta de mostrador (sin cliente)</translation>
    </message>
    <message>
        <source>The sale is being saved - wait for the answer</source>
        <translation>Se está guardando la venta – esperar la respuesta</translation>
    </message>
    <message>
        <source>Drop the {count} lines in the cart and start a new sale?</source>
        <translation>¿Descartar las {count} líneas del carrito y empezar una nueva venta?</translation>
    </message>
    <message>
        <source>Drop the 1 line in the cart and start a new sale?</source>
        <translation>¿Descartar la línea del carrito y empezar una nueva venta?</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
</context>
<context>
    <name>CheckoutParking</name>
    <message>
        <source>Parked sales: {count} (Shift+F10 brings one back)</source>
        <extracomment>Why the customer&apos;s card could not be read (the cart came back without it). The open dialogs, kept as attributes (read when they are answered).</extracomment>
        <translation>Ventas aparcadas: {count} (Shift+F10 recupera una)</translation>
    </message>
    <message>
        <source>Nothing to park: the cart is empty</source>
        <translation>Nada que aparcar: el carrito está vacío</translation>
    </message>
    <message>
        <source>Park this sale</source>
        <translation>Aparcar esta venta</translation>
    </message>
    <message>
        <source>A note to find it again (optional), Enter parks:</source>
        <translation>Una nota para encontrarla después (opcional), Enter la aparca:</translation>
    </message>
    <message>
        <source>Parking the sale...</source>
        <translation>Aparcando la venta…</translation>
    </message>
    <message>
        <source>Parked: {sale}. Shift+F10 brings it back.</source>
        <translation>Aparcada: {sale}. Shift+F10 la recupera.</translation>
    </message>
    <message>
        <source>{error} - not parked; the sale is still here</source>
        <translation>{error} – no aparcada; la venta sigue aquí</translation>
    </message>
    <message>
        <source>Finish this sale or park it (F10) first; then Shift+F10 brings a parked one back</source>
        <translation>Terminar primero esta venta o aparcarla (F10); después Shift+F10 recupera una aparcada</translation>
    </message>
    <message>
        <source>No parked sales at this till</source>
        <translation>No hay ventas aparcadas en esta caja</translation>
    </message>
    <message>
        <source>customer {code}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the parked sale back...</source>
        <translation>Recuperando la venta aparcada…</translation>
    </message>
    <message>
        <source>Recalled, but without the customer: {problem}</source>
        <translation>Recuperada, pero sin el cliente: {problem}</translation>
    </message>
    <message>
        <source>Recalled: {sale}</source>
        <translation>Recuperada: {sale}</translation>
    </message>
</context>
<context>
    <name>CheckoutPaying</name>
    <message>
        <source>No cash session is open at this till: this cash will be in no drawer count. Open one in the Cash drawer screen (with the counted float) when you can.</source>
        <extracomment>The open dialogs, kept as attributes (read when they are accepted). Whether this till has an open cash session, as last asked (None: not known yet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a line first (F3, or scan a product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the sale...</source>
        <translation>Guardando la venta…</translation>
    </message>
    <message>
        <source>Checking whether the sale was saved - the database stopped answering ({doubt}). The cart stays here; do not sell it again.</source>
        <translation>Comprobando si la venta se guardó – la base de datos dejó de responder ({doubt}). El carrito se queda aquí; no volver a venderlo.</translation>
    </message>
    <message>
        <source>Sale saved as {number}</source>
        <translation>Venta guardada como {number}</translation>
    </message>
    <message>
        <source>{error} - the sale is still here: press F12 to pay again</source>
        <translation>{error} – la venta sigue aquí: pulsar F12 para pagar de nuevo</translation>
    </message>
    <message>
        <source>{why} - the sale is still here (F12)</source>
        <translation>{why} – la venta sigue aquí (F12)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Dto.</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Rows a window shows, about; the view asks for the next (full) page as it nears the bottom, or at once if the first one does not fill it. The welcome-email column&apos;s text when none was ever queued (no address given).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
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
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number / code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Importe</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissionReport</name>
    <message>
        <source>All cashiers</source>
        <extracomment>The picker&apos;s first entry (index 0): every cashier&apos;s line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission {first} - {last} ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On net sales (without VAT); refunds in the period are taken back at the same rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ashier</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Notas de crédito</translation>
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
        <translation>&lt;b&gt;{count}&lt;/b&gt; facturas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bill</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; factura</translation>
    </message>
    <message>
        <source>, total billed &lt;b&gt;{totals}&lt;/b&gt;</source>
        <translation>, total facturado &lt;b&gt;{totals}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Welcome email: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation>Correo de bienvenida: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>Venta de mostrador</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code to sell to them.</source>
        <translation>Escanear el código QR del cliente para venderle.</translation>
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
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code {code} stays the same. Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}). Change the email, or Save anyway (Alt+A) only if this really is another person.</source>
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
        <translation>Según el país</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>update the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the customer without the email (kept as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished">Importar clientes</translation>
    </message>
    <message>
        <source>Path of a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse... (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which file? CSV (any delimiter and encoding) or XLSX:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is the same customer when (first rule that matches):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a &amp;duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the path of a file, or press Ctrl+O to pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from the mapping you saved for these columns; change any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from columns matched automatically; change any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the encoding: {note}. The dry run lists the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: reading the file, nothing is saved...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type where the rejected rows should go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows saved to {path}: fix them and import that file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Find customer</source>
        <extracomment>Names matching the typed words, listed at most (more words narrow them down).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the customer code, or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: look up · then Enter: sell to them · Ctrl+E: edit · Ctrl+Shift+W: resend welcome email · Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer code or name matches {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers match (the first shown: type more): arrows, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers match: arrows, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: Enter sells to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a customer up first (code, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Search name, email, phone, company or code (newest first)</source>
        <extracomment>Header columns the list can be sorted by (each an index walk in the database).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name A-Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name Z-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most billed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least billed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most bills first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see their bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend welcome email (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>not given</source>
        <extracomment>The pies&apos; least height, their legends under them (the bar charts keep 220). More bars than this and every other hour is labelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others ({count})</source>
        <translation>otros ({count})</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Ingresos de hoy</translation>
    </message>
    <message>
        <source>Invoices today</source>
        <translation>Facturas de hoy</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Dashboard · {exhibition} · {day}</source>
        <translation>Panel · {exhibition} · {day}</translation>
    </message>
    <message>
        <source>Revenue by day ({currency})</source>
        <translation>Ingresos por día ({currency})</translation>
    </message>
    <message>
        <source>Revenue by hour today ({currency})</source>
        <translation>Ingresos por hora hoy ({currency})</translation>
    </message>
    <message>
        <source>Customers by country</source>
        <translation>Clientes por país</translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation>Clientes por tipo</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>cliente de paso</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Últimas facturas</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bajo</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>SQL&amp;ite file on this computer (one till)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several tills share it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another SQLite file (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty if the server needs none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and look inside, without changing anything (Alt+T; at most {seconds} seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Booth POS keeps its data in a file on this computer (a single till) or on the booth&apos;s PostgreSQL server (several tills selling together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;RL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice is saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection (at most {seconds} seconds)...</source>
        <translation type="unfinished"></translation>
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
    <name>Door</name>
    <message>
        <source>Booth POS: door check-in</source>
        <extracomment>Background and text per signal: strong enough for a bright hall (white on colour).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the visitor&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the session, then scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshops today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set them up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the session first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database</source>
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
    <name>FirstStart</name>
    <message>
        <source>Step 1 of 2: the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2: the first admin and the exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booth POS: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the choice of database (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the database (creating or upgrading its tables)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already set up: log in. (Saved in {path}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database chosen and saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition and the demo data (this takes a moment)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up: admin {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibition {name} ({code}, {currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data: {count} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the checkout&apos;s scan field, from any screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 ... Ctrl+9, Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the screens listed on the left (Ctrl+0: the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous screen in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer by code or name from any screen (Enter sells, Ctrl+E edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the till now (the same user unlocks; another logs in and takes over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or close the customer display (its monitor: Settings &gt; Appearance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (scan field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code: their card; barcode, SKU or product name: add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New free-text line: description, Tab, amount, Tab, quantity, Tab, VAT %, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the cart&apos;s lines (arrows move, F2 edits a cell, Delete removes a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1 ... Alt+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell the first nine quick keys of the tab on show (tap or click works too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the quick keys: arrows move, Enter or Space sells the tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next tab of quick keys (All, the categories, Workshops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale: 10% or an amount, spread over the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in sale: remove the customer from the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the sale (with an optional note) and start an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sales of this till: Enter brings one back with its customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay: cash received (Enter), or F6 for card, both for a split payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Esc (confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sale / go back and change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale (asks first when the cart has lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc (scan field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear what was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (invoice view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: back to an empty checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E (invoice view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the invoice (managers): F2 edits a cell, Ctrl+S saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P (invoice view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt again (marked COPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R (invoice view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the invoice, whole or per line (a credit note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M (invoice view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the customer again: the invoice, a voided one&apos;s void notice; a refunded one offers its refund notices (Enter sends the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (invoice view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refunded invoice&apos;s credit notes: pick one / open its PDF / save it / reprint its slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 (cash drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+D / Ctrl+S (cash drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the X or Z report on screen (a Z printed before: COPY) / open its PDF / save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts waiting for the printer: Ctrl+R retry, Ctrl+T another printer; one that may not have printed: Ctrl+P reprint as COPY (drawer stays shut), Ctrl+M mark printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+S / Alt+K, Ctrl+R, Del (outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the customer emails by state / kind; retry one; cancel one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N / Ctrl+S (products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product / save the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Del (product barcodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode / remove the selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I / Ctrl+E (products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from a CSV (checked first) / export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 / Ctrl+E (reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the period&apos;s report / export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+S / Alt+M (reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales / Commission tab (Alt+A there: one cashier or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E (customers, invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered list to CSV or XLSX (managers); again to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S (settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts	F1</source>
        <translation>&amp;Atajos de teclado	F1</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>&amp;Copiar versión e información del sistema</translation>
    </message>
    <message>
        <source>Version and system information copied</source>
        <translation>Versión e información del sistema copiadas</translation>
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
    <name>InvoiceEditor</name>
    <message>
        <source>Paid so far: {amount} {currency}. Payments stay; the difference shows as due or owed back. F2 edits a cell, Delete removes a line, F3 adds one, Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <extracomment>This edit&apos;s idempotency key, from the editor&apos;s opening: each try to save sends it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, e.g. wrong quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the invoice is edited (Reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the edit was saved - the database stopped answering ({doubt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit is being saved: wait for the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>refunded in full</source>
        <translation>reembolsada por completo</translation>
    </message>
    <message>
        <source>{amount} {currency} refunded</source>
        <translation>{amount} {currency} reembolsados</translation>
    </message>
    <message>
        <source>full invoice</source>
        <translation>factura completa</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>inversión del sujeto pasivo</translation>
    </message>
    <message>
        <source>Total {total} {currency} · paid {paid} · change {change}</source>
        <translation>Total {total} {currency} · pagado {paid} · cambio {change}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>cliente de paso</translation>
    </message>
    <message>
        <source>The customer still owes {amount} {currency}.</source>
        <translation>El cliente aún debe {amount} {currency}.</translation>
    </message>
    <message>
        <source>Pay back {amount} {currency} to the customer.</source>
        <translation>Devolver {amount} {currency} al cliente.</translation>
    </message>
    <message>
        <source>Nothing to pay or pay back.</source>
        <translation>Nada que pagar ni devolver.</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Editar (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refund... (Ctrl+R)</source>
        <translation>Reembolsar… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Reimprimir (Ctrl+P)</translation>
    </message>
    <message>
        <source>Send invoice again (Ctrl+M)</source>
        <translation>Reenviar factura (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice</source>
        <translation>Solo un encargado puede anular una factura</translation>
    </message>
    <message>
        <source>Send void notice again (Ctrl+M)</source>
        <translation>Reenviar aviso de anulación (Ctrl+M)</translation>
    </message>
    <message>
        <source>Queue the customer&apos;s email about this invoice again (a refunded one: choose the refund notice or the invoice)</source>
        <translation>Volver a poner en cola el correo al cliente sobre esta factura (si está reembolsada: elegir el aviso de reembolso o la factura)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Change lines or customer (Ctrl+E)</source>
        <translation>Cambiar líneas o cliente (Ctrl+E)</translation>
    </message>
    <message>
        <source>Only a manager can edit</source>
        <translation>Solo un encargado puede editar</translation>
    </message>
    <message>
        <source>Refunded: refund what is left instead</source>
        <translation>Reembolsada: reembolsar lo que queda</translation>
    </message>
    <message>
        <source>Everything on this invoice was refunded</source>
        <translation>Todo lo de esta factura ya se reembolsó</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method}</source>
        <translation>Nota de crédito {number}: devolver {amount} {currency} (forma de pago: {method})</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method} (goods not restocked)</source>
        <translation>Nota de crédito {number}: devolver {amount} {currency} (forma de pago: {method}; mercancía no devuelta al stock)</translation>
    </message>
    <message>
        <source>{number} edited. {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Anular factura</translation>
    </message>
    <message>
        <source>Void {number} ({amount} {currency})?
It keeps its number and counts nowhere any more; this cannot be undone.
Reason (required):</source>
        <translation>¿Anular {number} ({amount} {currency})?
Conserva su número y deja de contar en todas partes; no se puede deshacer.
Motivo (obligatorio):</translation>
    </message>
    <message>
        <source>{number} voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation>Comprobando si la anulación se guardó – la base de datos dejó de responder ({doubt})</translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation>Correo a {recipient} puesto en cola ({subject}); la Bandeja de salida lo envía en segundo plano</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>draft</source>
        <translation type="unfinished">borrador</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished">cliente de paso</translation>
    </message>
    <message>
        <source>All but drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished">Volver (Esc)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
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
        <translation>Descripción (F3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>VAT rate: type it, or choose one of this till&apos;s (Up/Down)</source>
        <translation>Tipo de IVA: escribirlo o elegir uno de esta caja (Arriba/Abajo)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
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
        <translation>Booth POS: bloqueado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after a while without input. {user}: your password to go on. Someone else: log in with your own name (the open sale is then discarded).</source>
        <translation>&lt;b&gt;Bloqueado&lt;/b&gt; tras un rato sin actividad. {user}: escribir la contraseña para continuar. Otra persona: iniciar sesión con su propio nombre (la venta abierta se descarta).</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Booth POS: log in</source>
        <translation>Booth POS: iniciar sesión</translation>
    </message>
    <message>
        <source>Terminal {terminal}: please log in.</source>
        <extracomment>Logged in against the offline journal&apos;s copy of the users (the server did not answer).</extracomment>
        <translation>Caja {terminal}: inicia sesión.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Wrong user name or password, too often: {user} can try again in {wait} (minutes:seconds).</source>
        <translation>Usuario o contraseña incorrectos demasiadas veces: {user} podrá volver a intentarlo dentro de {wait} (minutos:segundos).</translation>
    </message>
    <message>
        <source>The wait is over: try again.</source>
        <translation>La espera ha terminado: volver a intentarlo.</translation>
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
        <translation>Base de datos: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <extracomment>&quot;Offline since 10:42 - 17 sales waiting&quot; (hidden while the server answers).</extracomment>
        <translation>Escáner: teclado</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
        <extracomment>Set once the cashier has answered the question (or nothing needed asking).</extracomment>
        <translation>El carrito tiene {count} líneas. ¿Aparcar la venta antes de cerrar?</translation>
    </message>
    <message>
        <source>The cart has 1 line. Park the sale before closing?</source>
        <translation>El carrito tiene 1 línea. ¿Aparcar la venta antes de cerrar?</translation>
    </message>
    <message>
        <source>Close Booth POS</source>
        <translation>Cerrar Booth POS</translation>
    </message>
    <message>
        <source>&amp;Park and close</source>
        <translation>&amp;Aparcar y cerrar</translation>
    </message>
    <message>
        <source>&amp;Drop the cart and close</source>
        <translation>&amp;Descartar el carrito y cerrar</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>Autorización del encargado</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Encargado</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Type the manager&apos;s user name</source>
        <translation>Escribir el nombre de usuario del encargado</translation>
    </message>
    <message>
        <source>Type the manager&apos;s password</source>
        <translation>Escribir la contraseña del encargado</translation>
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
        <translation>El cliente entrega {amount} {currency}</translation>
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
        <translation>Guardada en esta caja (sin conexión) como {number}; se enviará al servidor cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <extracomment>Said after a login against the journal&apos;s copy of the users.</extracomment>
        <translation>Sesión iniciada en esta caja (sin conexión)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <extracomment>Said under a customer registered on the journal.</extracomment>
        <translation>{name} registrado en esta caja (sin conexión) como {code}; el correo de bienvenida se enviará cuando vuelva la conexión</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>This till keeps no offline journal: its database is embedded (SQLite, on this computer), so there is no line to the server to lose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline journal is not made yet (the app makes it in the background at start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash session opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash session closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · 1 conflict · last sync {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · {count} conflicts · last sync {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now (Ctrl+Enter)</source>
        <extracomment>A ``LinkChanged`` from any thread, queued to the UI thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation type="unfinished">Diario sin conexión</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent (oldest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts (kept with the sale; for a manager to settle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} still waiting: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent}, {count} new conflict(s); {pending} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>What the Kind filter calls each kind (one not named here shows as its value).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next try {time} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt; to {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to {recipient}: will be sent at the next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to {recipient}: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to {recipient}: queued again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox: all sent</source>
        <translation>Bandeja de salida: todo enviado</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation>Bandeja de salida: {waiting} en espera</translation>
    </message>
    <message>
        <source>Outbox: -</source>
        <translation>Bandeja de salida: -</translation>
    </message>
    <message>
        <source>Customer emails not sent yet (the Outbox screen says why)</source>
        <translation>Correos a clientes aún no enviados (la pantalla Bandeja de salida indica por qué)</translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Bandeja de salida: ?</translation>
    </message>
</context>
<context>
    <name>ParkedPicker</name>
    <message>
        <source>walk-in</source>
        <translation type="unfinished">cliente de paso</translation>
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
        <translation>Ventas aparcadas</translation>
    </message>
    <message>
        <source>Parked sales at this till (Enter brings one back, Esc cancels):</source>
        <translation>Ventas aparcadas en esta caja (Enter recupera una, Esc cancela):</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>To pay: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <extracomment>The cashier said yes to the large cash amount now in the field.</extracomment>
        <translation>A pagar: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>authorisation code from the card terminal</source>
        <translation>código de autorización del terminal de pago</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Efectivo recibido</translation>
    </message>
    <message>
        <source>Card amount (F6)</source>
        <translation>Importe con tarjeta (F6)</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>Referencia de tarjeta</translation>
    </message>
    <message>
        <source>Large amount of cash</source>
        <extracomment>Touch mode: digits and likely notes on screen (``None`` with a keyboard).</extracomment>
        <translation>Importe en efectivo elevado</translation>
    </message>
    <message>
        <source>Still to pay: {amount} {currency}</source>
        <translation>Falta por pagar: {amount} {currency}</translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>Cambio: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{change} - check the cash received</source>
        <translation>{change} – comprobar el efectivo recibido</translation>
    </message>
    <message>
        <source>Cash received: {amount} {currency} for {due} {currency} due.

Did the customer really hand over that much? The change would be {change} {currency}.</source>
        <translation>Efectivo recibido: {amount} {currency} para {due} {currency} a pagar.

¿De verdad el cliente ha entregado tanto? El cambio sería de {change} {currency}.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
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
    <name>PrintQueue</name>
    <message>
        <source>MAY HAVE PRINTED ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt; on {printer}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt;: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the printer. It came out: &lt;b&gt;Mark printed&lt;/b&gt; (Ctrl+M). It did not, or you cannot tell: &lt;b&gt;Reprint as COPY&lt;/b&gt; (Ctrl+P), marked COPY, the drawer stays shut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries on {printer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer now: busy printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer now: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} may not have printed: {why}. Check the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} still waits: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent (no printer set up, or another round has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts waiting for the printer</source>
        <extracomment>A send or a cancel changed the queue (the status bar refreshes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation type="unfinished">Impresora: -</translation>
    </message>
    <message>
        <source>&amp;Retry (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to another printer... (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel job (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint as COPY (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark printed (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <extracomment>Swappable for tests: asks for the other printer&apos;s URL (``None``: cancelled).</extracomment>
        <translation type="unfinished">Impresora: no configurada</translation>
    </message>
    <message>
        <source>Printer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {document} to {url}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {document} to the printer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a copy of {document}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking {document} printed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} marked printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling {document}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} will not print; it can be printed again any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to another printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, ...):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
        <extracomment>The label while a receipt may not have printed: it must catch the eye.</extracomment>
        <translation>{count} recibos</translation>
    </message>
    <message>
        <source>Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)</source>
        <translation>Impresora: impresión dudosa de {what} – revisar la impresora (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>no configurada</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>imprimiendo</translation>
    </message>
    <message>
        <source>Printer: {why} - {waiting} waiting</source>
        <translation>Impresora: {why} – {waiting} en espera</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Impresora: no configurada</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
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
        <translation>Impresora: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Impresora: -</translation>
    </message>
    <message>
        <source>Receipt printer: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Impresora: ?</translation>
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
    <name>ProductFileActions</name>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV... (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} products written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt; (fix them in the file and import it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it would change the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {file}&lt;/b&gt;: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Elegir un producto</translation>
    </message>
    <message>
        <source>Products matching {typed} (Enter adds, Esc cancels):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale (can be scanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-key &amp;presets (named amounts)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} {name} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} {name} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} {name} saved (not on sale)</source>
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
    <name>QuickKeyPresets</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-key presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add preset (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tab (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added to the quick keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} removed from the quick keys</source>
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
        <translation type="unfinished">Talleres</translation>
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
    <name>RefundDialog</name>
    <message>
        <source>Refund {number}</source>
        <extracomment>This refund&apos;s idempotency key, from the dialog&apos;s opening: each try sends it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Descripción</translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to stock (untick for damaged goods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, e.g. mug chipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to refund: every quantity is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the refund was saved - the database stopped answering ({doubt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is being saved: wait for the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCustomer</name>
    <message>
        <source>Register customer</source>
        <extracomment>How long a registered visitor&apos;s name, email and QR stay on screen: the next visitor at the counter must not read them. Selling to them clears them at once. The visitor&apos;s idempotency key, from the empty form until they are registered.</extracomment>
        <translation type="unfinished">Nuevo cliente</translation>
    </message>
    <message>
        <source>Register &amp;anyway (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register another (Ctrl+N / Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell to this customer (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save bad&amp;ge as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save, complete or correct: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the registration was saved - the database stopped answering ({doubt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is saved, but drawing the QR failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{email}&lt;/b&gt; is already registered to &lt;b&gt;{name}&lt;/b&gt; ({code}). Change the email, or register anyway only if this really is another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} - the form is kept: press Ctrl+S to try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sales {first} - {last} · {exhibition} ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales &lt;b&gt;{gross} {currency}&lt;/b&gt; from {count} invoices · VAT {vat} · discounts given {discounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paid {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {issued} ({issued_amount}) − voided {voided} ({voided_amount}) − refunded {refunded} ({refunded_amount}) = {gross}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished">Facturas</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Importe</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
        <extracomment>The translators installed now (kept referenced: Qt does not own them).</extracomment>
        <translation>cajero</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>encargado</translation>
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
        <translation>Cliente de paso</translation>
    </message>
    <message>
        <source>ref {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Total {amount} {currency}</translation>
    </message>
    <message>
        <source>Change {amount} {currency}</source>
        <translation>Cambio {amount} {currency}</translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation>Confirmar la venta</translation>
    </message>
    <message>
        <source>&amp;Reverse charge: VAT accounted for by the buyer ({vat_id})</source>
        <translation>&amp;Inversión del sujeto pasivo: IVA a cargo del comprador ({vat_id})</translation>
    </message>
    <message>
        <source>Save sale (Enter)</source>
        <translation>Guardar (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Volver (Esc)</translation>
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
        <translation type="unfinished">teclado</translation>
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
        <translation>Cámara</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>teclado</translation>
    </message>
    <message>
        <source>Scanner: {sources}</source>
        <translation>Escáner: {sources}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>({sources} lost, retrying)</source>
        <translation>({sources}: conexión perdida, reintentando)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Checkout</source>
        <extracomment>The screen&apos;s key (English) and, translated in the context &quot;Screens&quot;, its name. A file in resources/icons/screens (without ``.svg``).</extracomment>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Diario sin conexión</translation>
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
        <translation type="unfinished">Cámara</translation>
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
        <source>&amp;Billing</source>
        <extracomment>For a fixed list: stored value -&gt; what the combo box shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested for new exhibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default VAT rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed prices are gross (on) or net (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales need an open cash session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the till&apos;s float counted in (Cash drawer) before the first sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about cash above (x due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash over this many times what is due needs a yes from the cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... but never below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 100 note for a coffee is normal: no question up to this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series in this till&apos;s invoice numbers (EXPO-T1-0001); unique per till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown at the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national numbers are read as this country&apos;s (DE, AT, US...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email required at registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on emails and badges; invoices: the seller&apos;s name, else this, else the exhibition&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank details, thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on every invoice, receipt and invoice email</source>
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
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code or name (DE, Germany)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU VAT ID (DE136695976); with the country it decides who may be reverse charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national tax number (Steuernummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Berlin HRB 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 never locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins before waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then each next try of that name waits 1, 2, 4... seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most a wrong-password guesser can hold up a real user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark, high contrast, or as the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buttons and fields 44 px high, for fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the visitor&apos;s screen with the app (Ctrl+Shift+V opens or closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display on monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 the first, 1 the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on its own monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.example.org; empty: no emails go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL, 25 plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring where there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: of every customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG file shown on top of emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a message is failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sca&amp;nner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG printed on top of each receipt; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <extracomment>Minutes of the idle lock after a save changed them (the terminal lock follows).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changes to the configuration file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file: {path}. Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file: {path} (created at the first save). Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password is in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {warning}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied now: {settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the next start of the app: {settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>optional: the admin&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short code in invoice numbers; empty: suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;demo data (customers, products and a few days of sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the first admin (there is no default password) and the exhibition you sell for. More users are added later under Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the SQLite file &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the PostgreSQL database &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} {quantity} (missing {missing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (empty: all), e.g. BOOTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ve...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {id} {source} -&gt; {target}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a transfer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From, to and items, e.g.:  WAREHOUSE BOOTH MUG:20 CAP:10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write FROM TO SKU:QTY [SKU:QTY ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What arrived, if not all that was sent (SKU:QTY ...):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalLock</name>
    <message>
        <source>The language was not saved: {error}</source>
        <translation>No se ha guardado el idioma: {error}</translation>
    </message>
</context>
<context>
    <name>TodaysWorkshops</name>
    <message>
        <source>Today&apos;s workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshops today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <source>Net {amount}</source>
        <translation>Neto {amount}</translation>
    </message>
    <message>
        <source>VAT {rate}%: {amount}</source>
        <translation>IVA {rate}%: {amount}</translation>
    </message>
    <message>
        <source>Discounts {amount}</source>
        <translation>Descuentos {amount}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Total {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user: {user} (enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user: {user} (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; type them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} added as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a user first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is now {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of {user} reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>draft</source>
        <extracomment>Stored values the screens show as they are: an invoice&apos;s, a workshop&apos;s and a transfer&apos;s state, a customer&apos;s type. The database keeps the English word; people read their own.</extracomment>
        <translation type="unfinished">borrador</translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>&amp;Today only (timetable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (0: free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished">IVA %</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (emailed to everyone holding a seat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ce&amp;rtificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;door view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a workshop in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why it is cancelled: the people booked get the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} cancelled; everyone holding a seat gets an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} certificate email(s) queued for {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
