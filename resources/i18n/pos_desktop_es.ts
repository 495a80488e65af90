<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
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
    <name>BackupStatus</name>
    <message>
        <source>Backup: -</source>
        <translation>Copia de seguridad: -</translation>
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
        <source>Saving the sale...</source>
        <extracomment>The open dialogs, kept as attributes (read when they are accepted). Whether this till has an open cash session, as last asked (None: not known yet).</extracomment>
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
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>Credit &amp;notes</source>
        <extracomment>What the invoice&apos;s credit notes gave back in all (a ``Decimal``; zero: none), each time they are loaded: the invoice view then offers only what is still possible.</extracomment>
        <translation>&amp;Notas de crédito</translation>
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
    <name>Dashboard</name>
    <message>
        <source>others ({count})</source>
        <extracomment>The pies&apos; least height, their legends under them (the bar charts keep 220). More bars than this and every other hour is labelled.</extracomment>
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
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation>Comprobando si la anulación se guardó – la base de datos dejó de responder ({doubt})</translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation>Correo a {recipient} puesto en cola ({subject}); la Bandeja de salida lo envía en segundo plano</translation>
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
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <extracomment>What a refund, void or edit says while the till sells on its journal. Said under a sale saved on the journal.</extracomment>
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
        <source>Printer: {status}</source>
        <translation>Impresora: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Impresora: -</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Impresora: ?</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Elegir un producto</translation>
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
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <extracomment>The rejection sound (QApplication.beep where it cannot be played).</extracomment>
        <translation>Cámara</translation>
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
    <name>TerminalLock</name>
    <message>
        <source>The language was not saved: {error}</source>
        <translation>No se ha guardado el idioma: {error}</translation>
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
</TS>
