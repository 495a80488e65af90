<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>{where}: {field}</source>
        <translation>{where}: {field}</translation>
    </message>
    <message>
        <source>could not find a free customer code; try again</source>
        <translation>no se encontró ningún código de cliente libre; volver a intentarlo</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}); register anyway only if this is really another person</source>
        <translation>{email} ya está registrado para {name} ({code}); registrar de todos modos solo si de verdad es otra persona</translation>
    </message>
    <message>
        <source>no customer with code {code}</source>
        <translation>ningún cliente con el código {code}</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>no se puede editar</translation>
    </message>
    <message>
        <source>customer {code} was changed on another terminal; reload and try again</source>
        <translation>el cliente {code} se ha modificado en otro terminal; recargar y volver a intentarlo</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>cámara {number}</translation>
    </message>
    <message>
        <source>no camera is set (scanner.camera)</source>
        <translation>no hay ninguna cámara configurada (scanner.camera)</translation>
    </message>
    <message>
        <source>{camera} cannot be opened: not connected, or busy in another program</source>
        <translation>no se puede abrir {camera}: no está conectada o la está usando otro programa</translation>
    </message>
    <message>
        <source>the zbar decoder needs the zbar library (Debian: libzbar0): {error}</source>
        <translation>el decodificador zbar necesita la biblioteca zbar (Debian: libzbar0): {error}</translation>
    </message>
    <message>
        <source>unknown decoder {name!r}; use one of {names}</source>
        <translation>decodificador desconocido {name!r}; usar uno de {names}</translation>
    </message>
    <message>
        <source>{program} for PostgreSQL {major} (or newer) is not installed: install postgresql-client-{major} (Debian, Ubuntu) or the server&apos;s client tools</source>
        <translation>{program} para PostgreSQL {major} (o más reciente) no está instalado: instalar postgresql-client-{major} (Debian, Ubuntu) o las herramientas cliente del servidor</translation>
    </message>
    <message>
        <source>{program} did not finish within {minutes} minutes</source>
        <translation>{program} no terminó en {minutes} minutos</translation>
    </message>
    <message>
        <source>{program} could not be started: {why}</source>
        <translation>no se pudo iniciar {program}: {why}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>código de salida {code}</translation>
    </message>
    <message>
        <source>{program} failed: {reason}</source>
        <translation>{program} falló: {reason}</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s: it may have printed</source>
        <translation>{action} no terminó en {seconds:g} s: puede que se haya impreso</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s</source>
        <translation>{action} no terminó en {seconds:g} s</translation>
    </message>
    <message>
        <source>status of {printer}</source>
        <translation>la consulta de estado de {printer}</translation>
    </message>
    <message>
        <source>writing to {printer}</source>
        <translation>la escritura en {printer}</translation>
    </message>
    <message>
        <source>sending to {printer}</source>
        <translation>el envío a {printer}</translation>
    </message>
    <message>
        <source>{problem}, after the receipt was sent: it may have printed</source>
        <translation>{problem}, tras enviar el recibo: puede que se haya impreso</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then stopped answering (no status within {seconds:g} s): it may have printed</source>
        <translation>{printer} aceptó el recibo y después dejó de responder (sin estado en {seconds:g} s): puede que se haya impreso</translation>
    </message>
    <message>
        <source>{problem} after taking the receipt: it may have printed</source>
        <translation>{problem} tras aceptar el recibo: puede que se haya impreso</translation>
    </message>
    <message>
        <source>{printer} did not answer within {seconds:g} s</source>
        <translation>{printer} no respondió en {seconds:g} s</translation>
    </message>
    <message>
        <source>{printer} is offline ({why})</source>
        <translation>{printer} está desconectada ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection ({why})</source>
        <translation>{printer} cerró la conexión ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection</source>
        <translation>{printer} cerró la conexión</translation>
    </message>
    <message>
        <source>{printer} stopped taking the receipt part way: it may have printed</source>
        <translation>{printer} dejó de recibir el recibo a medias: puede que se haya impreso</translation>
    </message>
    <message>
        <source>{printer} dropped the connection ({why}): it may have printed</source>
        <translation>{printer} cortó la conexión ({why}): puede que se haya impreso</translation>
    </message>
    <message>
        <source>{printer} took the receipt but neither answered a status query nor closed the connection within {seconds:g} s: it may have printed</source>
        <translation>{printer} aceptó el recibo, pero en {seconds:g} s no respondió a la consulta de estado ni cerró la conexión: puede que se haya impreso</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then reset ({why}): it may have printed</source>
        <translation>{printer} aceptó el recibo y después se reinició ({why}): puede que se haya impreso</translation>
    </message>
    <message>
        <source>{folder} does not exist</source>
        <translation>{folder} no existe</translation>
    </message>
    <message>
        <source>cannot write to {target} ({why})</source>
        <translation>no se puede escribir en {target} ({why})</translation>
    </message>
    <message>
        <source>writing to {target} failed part way ({why}): it may have printed</source>
        <translation>la escritura en {target} falló a medias ({why}): puede que se haya impreso</translation>
    </message>
    <message>
        <source>cups:// printers need pycups (Debian: apt-get install python3-cups, or pip install pycups)</source>
        <translation>las impresoras cups:// necesitan pycups (Debian: apt-get install python3-cups, o pip install pycups)</translation>
    </message>
    <message>
        <source>win32:// printers work on Windows only (pywin32)</source>
        <translation>las impresoras win32:// solo funcionan en Windows (pywin32)</translation>
    </message>
    <message>
        <source>{scheme}:// needs {module}</source>
        <translation>{scheme}:// necesita {module}</translation>
    </message>
    <message>
        <source>no driver for {scheme}://</source>
        <translation>ningún controlador para {scheme}://</translation>
    </message>
    <message>
        <source>{printer} not found ({why})</source>
        <translation>{printer} no encontrada ({why})</translation>
    </message>
    <message>
        <source>{printer} cannot be opened ({why})</source>
        <translation>no se puede abrir {printer} ({why})</translation>
    </message>
    <message>
        <source>{printer} failed ({why}): it may have printed</source>
        <translation>{printer} falló ({why}): puede que se haya impreso</translation>
    </message>
    <message>
        <source>{printer} failed ({why})</source>
        <translation>{printer} falló ({why})</translation>
    </message>
    <message>
        <source>autocutter</source>
        <translation>cortador automático</translation>
    </message>
    <message>
        <source>unrecoverable, switch it off and on</source>
        <translation>irrecuperable, apagarla y volver a encenderla</translation>
    </message>
    <message>
        <source>recovers by itself, e.g. print head too hot</source>
        <translation>se recupera sola, p. ej. cabezal de impresión demasiado caliente</translation>
    </message>
    <message>
        <source>unplugged, or the stream ended</source>
        <translation>desconectado, o el flujo de datos terminó</translation>
    </message>
    <message>
        <source>{problem}; trying again in {seconds:g} s</source>
        <translation>{problem}; nuevo intento en {seconds:g} s</translation>
    </message>
    <message>
        <source>{device}: reading</source>
        <translation>{device}: leyendo</translation>
    </message>
    <message>
        <source>{device} lost ({reason})</source>
        <translation>{device}: conexión perdida ({reason})</translation>
    </message>
    <message>
        <source>serial port {port} cannot be opened ({error})</source>
        <translation>no se puede abrir el puerto serie {port} ({error})</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>serie {port}</translation>
    </message>
    <message>
        <source>the mail server refused the address {address} ({code} {reply})</source>
        <translation>el servidor de correo rechazó la dirección {address} ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server refused the sender {address} ({code} {reply}): check smtp.sender</source>
        <translation>el servidor de correo rechazó el remitente {address} ({code} {reply}): revisar smtp.sender</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection while sending</source>
        <translation>el servidor de correo {server} cerró la conexión durante el envío</translation>
    </message>
    <message>
        <source>the mail server did not accept the message ({code} {reply})</source>
        <translation>el servidor de correo no aceptó el mensaje ({code} {reply})</translation>
    </message>
    <message>
        <source>the connection to the mail server {server} broke ({error})</source>
        <translation>se cortó la conexión con el servidor de correo {server} ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} stopped answering while sending (no reply within {seconds:g} s)</source>
        <translation>el servidor de correo {server} dejó de responder durante el envío (sin respuesta en {seconds:g} s)</translation>
    </message>
    <message>
        <source>no mail server is set up (smtp.host)</source>
        <translation>no hay ningún servidor de correo configurado (smtp.host)</translation>
    </message>
    <message>
        <source>no sender address is set up (smtp.sender)</source>
        <translation>no hay ninguna dirección de remitente configurada (smtp.sender)</translation>
    </message>
    <message>
        <source>the mail server {server} refused the login for {user} ({code} {reply}): check smtp.user and smtp.password</source>
        <translation>el servidor de correo {server} rechazó el inicio de sesión de {user} ({code} {reply}): revisar smtp.user y smtp.password</translation>
    </message>
    <message>
        <source>the mail server {server} does not support {feature}: check smtp.security (none, starttls or ssl) and smtp.port</source>
        <translation>el servidor de correo {server} no admite {feature}: revisar smtp.security (none, starttls o ssl) y smtp.port</translation>
    </message>
    <message>
        <source>the secure connection to {server} failed ({error}): check smtp.security (ssl is usually port 465, starttls 587) and smtp.port</source>
        <translation>falló la conexión segura con {server} ({error}): revisar smtp.security (ssl suele usar el puerto 465, starttls el 587) y smtp.port</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection ({error})</source>
        <translation>el servidor de correo {server} cerró la conexión ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} refused the connection ({code} {reply})</source>
        <translation>el servidor de correo {server} rechazó la conexión ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server name {host} cannot be found ({why})</source>
        <translation>no se encuentra el nombre del servidor de correo {host} ({why})</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds:g} s</source>
        <translation>el servidor de correo {server} no respondió en {seconds:g} s</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable (connection refused)</source>
        <translation>el servidor de correo {server} no es accesible (conexión rechazada)</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable ({error})</source>
        <translation>el servidor de correo {server} no es accesible ({error})</translation>
    </message>
    <message>
        <source>no keyring on this computer: the SMTP password is kept in the config file, readable by anyone who can read that file</source>
        <translation>no hay llavero en este ordenador: la contraseña SMTP se guarda en el archivo de configuración, legible por cualquiera que pueda leer ese archivo</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>no se puede leer: {why}</translation>
    </message>
    <message>
        <source>has no header row (it is empty)</source>
        <translation>no tiene fila de encabezado (está vacío)</translation>
    </message>
    <message>
        <source>has no header row (the first sheet is empty)</source>
        <translation>no tiene fila de encabezado (la primera hoja está vacía)</translation>
    </message>
    <message>
        <source>is not a readable XLSX workbook ({kind}: {error})</source>
        <translation>no es un libro XLSX legible ({kind}: {error})</translation>
    </message>
    <message>
        <source>unreadable row: {error}</source>
        <translation>fila ilegible: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be written: {why}</source>
        <translation>no se puede escribir {path}: {why}</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <source>{name!r} is not a text encoding (e.g. cp932, gb18030, cp1252, utf-16)</source>
        <translation>{name!r} no es una codificación de texto (p. ej. cp932, gb18030, cp1252, utf-16)</translation>
    </message>
    <message>
        <source>mixed encodings: {utf8} rows in UTF-8 and {other} in {encoding}; each row is read in its own, and the report names the rows to check</source>
        <translation>codificaciones mezcladas: {utf8} filas en UTF-8 y {other} en {encoding}; cada fila se lee con la suya y el informe indica las filas que hay que revisar</translation>
    </message>
    <message>
        <source>the encoding is a guess ({encoding}; it could also be {others}): check the names in the rows the report lists, or name the file&apos;s encoding</source>
        <translation>la codificación es una suposición ({encoding}; también podría ser {others}): revisar los nombres de las filas que muestra el informe o indicar la codificación del archivo</translation>
    </message>
    <message>
        <source>an encoding this app does not recognise</source>
        <translation>una codificación que esta aplicación no reconoce</translation>
    </message>
    <message>
        <source>read as {encoding}, while most rows are UTF-8: check its accents and names</source>
        <translation>leída como {encoding}, mientras que la mayoría de las filas están en UTF-8: revisar sus acentos y nombres</translation>
    </message>
    <message>
        <source>read as UTF-8, while most rows are {encoding}: check its accents and names</source>
        <translation>leída como UTF-8, mientras que la mayoría de las filas están en {encoding}: revisar sus acentos y nombres</translation>
    </message>
    <message>
        <source>read as {encoding}, a guess: check its names (or name the file&apos;s encoding)</source>
        <translation>leída como {encoding}, por suposición: revisar sus nombres (o indicar la codificación del archivo)</translation>
    </message>
    <message>
        <source>characters {encoding} does not have were replaced by �</source>
        <translation>los caracteres que {encoding} no tiene se sustituyeron por �</translation>
    </message>
    <message>
        <source>logins now wait a little longer after each failure instead of locking the account (security.max_login_delay_seconds)</source>
        <translation>ahora los inicios de sesión esperan algo más tras cada fallo en lugar de bloquear la cuenta (security.max_login_delay_seconds)</translation>
    </message>
    <message>
        <source>holds a control character ({character})</source>
        <translation>contiene un carácter de control ({character})</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not valid ({why})</source>
        <translation>{where}: {value!r} no es válido ({why})</translation>
    </message>
    <message>
        <source>{key} (from {source}) is not a setting</source>
        <translation>{key} (de {source}) no es un ajuste</translation>
    </message>
    <message>
        <source>{key} (from {source})</source>
        <translation>{key} (de {source})</translation>
    </message>
    <message>
        <source>{key} (from {source}): {value!r} {reason}</source>
        <translation>{key} (de {source}): {value!r} {reason}</translation>
    </message>
    <message>
        <source>{path}: not valid TOML ({error})</source>
        <translation>{path}: TOML no válido ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}: no se puede leer ({why})</translation>
    </message>
    <message>
        <source>configuration file {path} does not exist</source>
        <translation>el archivo de configuración {path} no existe</translation>
    </message>
    <message>
        <source>{path}: unknown section [{section}]</source>
        <translation>{path}: sección desconocida [{section}]</translation>
    </message>
    <message>
        <source>{path}: {section} must be a [{section}] section</source>
        <translation>{path}: {section} debe ser una sección [{section}]</translation>
    </message>
    <message>
        <source>{path}: unknown key {name!r} in [{section}]</source>
        <translation>{path}: clave desconocida {name!r} en [{section}]</translation>
    </message>
    <message>
        <source>{path} holds {keys} and other users may read it: chmod 600 {path} (saving from the Settings screen does)</source>
        <translation>{path} contiene {keys} y otros usuarios pueden leerlo: chmod 600 {path} (guardar desde la pantalla Configuración lo hace)</translation>
    </message>
    <message>
        <source>{variable} is not a setting; ignored</source>
        <translation>{variable} no es un ajuste; se ignora</translation>
    </message>
    <message>
        <source>{key} ({where}) is no longer used and is ignored: {why}</source>
        <translation>{key} ({where}) ya no se usa y se ignora: {why}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>debe ser al menos {minimum}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>is 8 to 64 letters, digits or _ . : - (as printed by the first attempt)</source>
        <translation>tiene de 8 a 64 letras, dígitos o _ . : - (tal como se mostró en el primer intento)</translation>
    </message>
    <message>
        <source>line {number}: {price} is more than the product&apos;s price of {list_price}: a manager must approve a higher price</source>
        <translation>línea {number}: {price} supera el precio del producto ({list_price}): un precio más alto debe autorizarlo un encargado</translation>
    </message>
    <message>
        <source>line {number}: sold at {price} instead of {list_price}, a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>línea {number}: vendido a {price} en lugar de {list_price}, un descuento del {percent}% supera el {limit}% que puede conceder un cajero: debe autorizarlo un encargado</translation>
    </message>
    <message>
        <source>line {number}: a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>línea {number}: un descuento del {percent}% supera el {limit}% que puede conceder un cajero: debe autorizarlo un encargado</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>descuento</translation>
    </message>
    <message>
        <source>is more than the sale ({base})</source>
        <translation>supera el importe de la venta ({base})</translation>
    </message>
    <message>
        <source>is empty; scan the QR code or type the 8 characters</source>
        <translation>está vacío; escanear el código QR o escribir los 8 caracteres</translation>
    </message>
    <message>
        <source>{characters} never appear in customer codes; check the code</source>
        <translation>{characters} nunca aparecen en los códigos de cliente; revisar el código</translation>
    </message>
    <message>
        <source>has {count} characters, a customer code has {length}</source>
        <translation>tiene {count} caracteres; un código de cliente tiene {length}</translation>
    </message>
    <message>
        <source>{code} is not a valid code: a character is mistyped or two are swapped</source>
        <translation>{code} no es un código válido: hay un carácter mal escrito o dos intercambiados</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>{address!r} is not a valid address: {reason}</source>
        <translation>{address!r} no es una dirección válida: {reason}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number for {region}; include +country code</source>
        <translation>{number!r} no es un número de teléfono válido para {region}; incluir el +prefijo del país</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number; include +country code</source>
        <translation>{number!r} no es un número de teléfono válido; incluir el +prefijo del país</translation>
    </message>
    <message>
        <source>default phone region</source>
        <translation>región telefónica por defecto</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>{country!r} is not a country we know; use its name or ISO code (e.g. DE)</source>
        <translation>{country!r} no es un país conocido; usar su nombre o su código ISO (p. ej. DE)</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} no es uno de {allowed}</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>tipo de cliente</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>are longer than {limit} characters</source>
        <translation>superan los {limit} caracteres</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>{postcode!r} is not a postcode</source>
        <translation>{postcode!r} no es un código postal</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>is required (the customer code is sent there)</source>
        <translation>es obligatorio (allí se envía el código de cliente)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>is the DATEV consultant number (Beraternummer, 1001-9999999): ask the accountant</source>
        <translation>es el número de asesor DATEV (Beraternummer, 1001-9999999): preguntar al contable</translation>
    </message>
    <message>
        <source>is the DATEV client number (Mandantennummer, 1-99999): ask the accountant</source>
        <translation>es el número de cliente DATEV (Mandantennummer, 1-99999): preguntar al contable</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>starts before the fiscal year</source>
        <translation>empieza antes del ejercicio fiscal</translation>
    </message>
    <message>
        <source>crosses into the fiscal year starting {start}: a DATEV batch holds one fiscal year, export each apart</source>
        <translation>entra en el ejercicio fiscal que empieza el {start}: un lote DATEV contiene un solo ejercicio; exportar cada uno por separado</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>{language!r} is not a language of the documents; use one of {allowed}</source>
        <translation>{language!r} no es un idioma de los documentos; usar uno de {allowed}</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>asignación</translation>
    </message>
    <message>
        <source>no column is mapped to the name</source>
        <translation>ninguna columna está asignada al nombre</translation>
    </message>
    <message>
        <source>mapping of {header!r}</source>
        <translation>asignación de {header!r}</translation>
    </message>
    <message>
        <source>name missing</source>
        <translation>falta el nombre</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>id too long</source>
        <translation>id demasiado largo</translation>
    </message>
    <message>
        <source>over {limit}: not used to match</source>
        <translation>más de {limit}: no se usa para buscar coincidencias</translation>
    </message>
    <message>
        <source>invalid email kept</source>
        <translation>correo no válido conservado</translation>
    </message>
    <message>
        <source>invalid email</source>
        <translation>correo no válido</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>país desconocido</translation>
    </message>
    <message>
        <source>{value!r} kept as written</source>
        <translation>{value!r} se conserva tal como está escrito</translation>
    </message>
    <message>
        <source>phone not a number</source>
        <translation>teléfono no es un número</translation>
    </message>
    <message>
        <source>postcode not valid</source>
        <translation>código postal no válido</translation>
    </message>
    <message>
        <source>VAT ID not valid</source>
        <translation>NIF-IVA no válido</translation>
    </message>
    <message>
        <source>{problem}; kept as written</source>
        <translation>{problem}; se conserva tal como está escrito</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>idioma desconocido</translation>
    </message>
    <message>
        <source>{value!r} kept; from the country</source>
        <translation>{value!r} se conserva; idioma según el país</translation>
    </message>
    <message>
        <source>website not an address</source>
        <translation>sitio web no es una dirección</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>{value!r} kept; new customers: other</source>
        <translation>{value!r} se conserva; clientes nuevos: otro</translation>
    </message>
    <message>
        <source>unknown lead status</source>
        <translation>estado del lead desconocido</translation>
    </message>
    <message>
        <source>characters removed</source>
        <translation>caracteres eliminados</translation>
    </message>
    <message>
        <source>markup characters removed</source>
        <translation>caracteres de marcado eliminados</translation>
    </message>
    <message>
        <source>text cut</source>
        <translation>texto recortado</translation>
    </message>
    <message>
        <source>cut to {limit} characters</source>
        <translation>recortado a {limit} caracteres</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Tipo de IVA</translation>
    </message>
    <message>
        <source>must be below 100 (it is a percentage)</source>
        <translation>debe ser inferior a 100 (es un porcentaje)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>precio unitario</translation>
    </message>
    <message>
        <source>must be from 0 up to below 100</source>
        <translation>debe ser de 0 a menos de 100</translation>
    </message>
    <message>
        <source>must be above 0 and at most {most}</source>
        <translation>debe ser mayor que 0 y como máximo {most}</translation>
    </message>
    <message>
        <source>has more than 3 decimals</source>
        <translation>tiene más de 3 decimales</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <source>is larger than the maximum {most}</source>
        <translation>supera el máximo {most}</translation>
    </message>
    <message>
        <source>has more decimals than {currency} allows</source>
        <translation>tiene más decimales de los que admite {currency}</translation>
    </message>
    <message>
        <source>x unit price is more than the maximum {most}</source>
        <translation>x precio unitario supera el máximo {most}</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100</source>
        <translation>un porcentaje debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>is more than the line&apos;s {subtotal}</source>
        <translation>supera el importe de la línea ({subtotal})</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>una factura necesita al menos una línea</translation>
    </message>
    <message>
        <source>an invoice holds at most {most} lines</source>
        <translation>una factura admite como máximo {most} líneas</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>línea {number}</translation>
    </message>
    <message>
        <source>the total is more than the maximum {most}</source>
        <translation>el total supera el máximo {most}</translation>
    </message>
    <message>
        <source>payment {number}</source>
        <translation>pago {number}</translation>
    </message>
    <message>
        <source>{payment}: amount</source>
        <translation>{payment}: importe</translation>
    </message>
    <message>
        <source>nothing is left to pay</source>
        <translation>no queda nada por pagar</translation>
    </message>
    <message>
        <source>{payment}: cash received</source>
        <translation>{payment}: efectivo recibido</translation>
    </message>
    <message>
        <source>{method} payment of {amount} is more than the {due} due</source>
        <translation>el pago con {method} de {amount} supera los {due} a pagar</translation>
    </message>
    <message>
        <source>{amount} {currency} is far more than the {due} due (more than {most}): check the amount, or confirm it if the customer really handed that over</source>
        <translation>{amount} {currency} es mucho más que los {due} a pagar (más de {most}): comprobar el importe o confirmarlo si el cliente de verdad ha entregado eso</translation>
    </message>
    <message>
        <source>has no account for VAT rate {rate}%: add one, e.g. &quot;19:8400, 7:8300&quot;</source>
        <translation>no tiene cuenta para el tipo de IVA {rate}%: añadir una, p. ej. &quot;19:8400, 7:8300&quot;</translation>
    </message>
    <message>
        <source>has no account for {method} payments: add one, e.g. &quot;{method}:1000&quot;</source>
        <translation>no tiene cuenta para los pagos con {method}: añadir una, p. ej. &quot;{method}:1000&quot;</translation>
    </message>
    <message>
        <source>account {account} has {digits} digits; accounting.account_length is {length}</source>
        <translation>la cuenta {account} tiene {digits} dígitos; accounting.account_length es {length}</translation>
    </message>
    <message>
        <source>{account!r} is not an account number ({least}-8 digits)</source>
        <translation>{account!r} no es un número de cuenta ({least}-8 dígitos)</translation>
    </message>
    <message>
        <source>{item!r} is not KEY:ACCOUNT</source>
        <translation>{item!r} no es CLAVE:CUENTA</translation>
    </message>
    <message>
        <source>{text!r} is not a month and day such as 01-01</source>
        <translation>{text!r} no es un mes y día como 01-01</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>{currency!r} is not an ISO 4217 currency code (e.g. EUR)</source>
        <translation>{currency!r} no es un código de moneda ISO 4217 (p. ej. EUR)</translation>
    </message>
    <message>
        <source>must not be negative (got {number})</source>
        <translation>no debe ser negativo (se recibió {number})</translation>
    </message>
    <message>
        <source>use a dot for decimals: {suggestion} instead of {number}</source>
        <translation>usar punto para los decimales: {suggestion} en lugar de {number}</translation>
    </message>
    <message>
        <source>{number!r} is not a number written like 12.50</source>
        <translation>{number!r} no es un número escrito como 12.50</translation>
    </message>
    <message>
        <source>{number!r} is not a number</source>
        <translation>{number!r} no es un número</translation>
    </message>
    <message>
        <source>{number} is larger than the maximum {most:f}</source>
        <translation>{number} supera el máximo {most:f}</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>sin decimales</translation>
    </message>
    <message>
        <source>at most {count} decimals</source>
        <translation>como máximo {count} decimales</translation>
    </message>
    <message>
        <source>{number} has too many decimals ({allowed})</source>
        <translation>{number} tiene demasiados decimales ({allowed})</translation>
    </message>
    <message>
        <source>use 1 to {most} letters A-Z and digits (got {code!r})</source>
        <translation>usar de 1 a {most} letras A-Z y dígitos (se recibió {code!r})</translation>
    </message>
    <message>
        <source>exhibition code</source>
        <translation>código de la feria</translation>
    </message>
    <message>
        <source>terminal code</source>
        <translation>código de terminal</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>número de factura</translation>
    </message>
    <message>
        <source>{number!r} does not look like EXPO24-T1-000123</source>
        <translation>{number!r} no tiene la forma EXPO24-T1-000123</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>needs at least {least} characters</source>
        <translation>necesita al menos {least} caracteres</translation>
    </message>
    <message>
        <source>must not be the user name</source>
        <translation>no debe ser el nombre de usuario</translation>
    </message>
    <message>
        <source>is too easy to guess (too few different characters)</source>
        <translation>es demasiado fácil de adivinar (muy pocos caracteres distintos)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>{name!r}: use 2 to 40 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{name!r}: usar de 2 a 40 letras a-z, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>{region!r} is not a region code such as DE or US</source>
        <translation>{region!r} no es un código de región como DE o US</translation>
    </message>
    <message>
        <source>unreachable: {detail}</source>
        <translation>inaccesible: {detail}</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>connected (the printer does not report its status)</source>
        <translation>conectada (la impresora no informa de su estado)</translation>
    </message>
    <message>
        <source>error ({error})</source>
        <translation>error ({error})</translation>
    </message>
    <message>
        <source>ready, paper near end</source>
        <translation>lista, papel casi agotado</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>sin papel</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>tapa abierta</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>{name} is out of paper</source>
        <translation>{name} no tiene papel</translation>
    </message>
    <message>
        <source>{name} has its cover open</source>
        <translation>{name} tiene la tapa abierta</translation>
    </message>
    <message>
        <source>{name} reports an error ({error})</source>
        <translation>{name} indica un error ({error})</translation>
    </message>
    <message>
        <source>{name} reports an error</source>
        <translation>{name} indica un error</translation>
    </message>
    <message>
        <source>{name} is offline</source>
        <translation>{name} está desconectada</translation>
    </message>
    <message>
        <source>{problem} (examples: {examples})</source>
        <translation>{problem} (ejemplos: {examples})</translation>
    </message>
    <message>
        <source>no printer set up (printer.url is empty)</source>
        <translation>no hay impresora configurada (printer.url está vacío)</translation>
    </message>
    <message>
        <source>{url!r} has no scheme</source>
        <translation>{url!r} no tiene esquema</translation>
    </message>
    <message>
        <source>tcp:// needs a host, e.g. tcp://192.168.1.50:9100</source>
        <translation>tcp:// necesita un host, p. ej. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>{url!r}: the port must be a number from 1 to 65535</source>
        <translation>{url!r}: el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>file:// needs an absolute path, e.g. file:///dev/usb/lp0</source>
        <translation>file:// necesita una ruta absoluta, p. ej. file:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>usb:// needs VENDOR:PRODUCT in hexadecimal, got {url!r}</source>
        <translation>usb:// necesita FABRICANTE:PRODUCTO en hexadecimal; se recibió {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are hexadecimal like 04b8:0202, got {url!r}</source>
        <translation>los ids de usb:// son hexadecimales como 04b8:0202; se recibió {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are four hexadecimal digits each</source>
        <translation>los ids de usb:// tienen cuatro dígitos hexadecimales cada uno</translation>
    </message>
    <message>
        <source>serial:// needs a device, e.g. serial:///dev/ttyUSB0?baud=9600</source>
        <translation>serial:// necesita un dispositivo, p. ej. serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
        <source>baud={baud} is not a serial speed ({rates})</source>
        <translation>baud={baud} no es una velocidad de puerto serie ({rates})</translation>
    </message>
    <message>
        <source>{scheme}:// needs the printer&apos;s name, e.g. {scheme}://Receipts</source>
        <translation>{scheme}:// necesita el nombre de la impresora, p. ej. {scheme}://Receipts</translation>
    </message>
    <message>
        <source>unknown printer type {scheme!r}</source>
        <translation>tipo de impresora desconocido {scheme!r}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>use 1 to {most} characters without spaces</source>
        <translation>usar de 1 a {most} caracteres sin espacios</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>código de barras</translation>
    </message>
    <message>
        <source>{code!r}: use up to {most} letters and digits</source>
        <translation>{code!r}: usar hasta {most} letras y dígitos</translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this: needs {permission}</source>
        <translation>{user} ({role}) no puede hacer esto: requiere {permission}</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>rechazado: {reason}</translation>
    </message>
    <message>
        <source>{kind} {code} ({symbology})</source>
        <translation>{kind} {code} ({symbology})</translation>
    </message>
    <message>
        <source>{kind} {code}</source>
        <translation>{kind} {code}</translation>
    </message>
    <message>
        <source>{what}, or a {kind}</source>
        <translation>{what}, o {kind}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>not a valid customer code: {problem}</source>
        <translation>no es un código de cliente válido: {problem}</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>no se escaneó nada</translation>
    </message>
    <message>
        <source>{count} characters is longer than any code we use</source>
        <translation>{count} caracteres superan la longitud de cualquier código en uso</translation>
    </message>
    <message>
        <source>the scan holds control characters: check the scanner&apos;s settings</source>
        <translation>el escaneo contiene caracteres de control: revisar la configuración del escáner</translation>
    </message>
    <message>
        <source>{text!r} has characters no barcode or customer code uses (is the scanner&apos;s keyboard language the computer&apos;s?)</source>
        <translation>{text!r} tiene caracteres que no usa ningún código de barras ni código de cliente (¿coincide el idioma de teclado del escáner con el del ordenador?)</translation>
    </message>
    <message>
        <source>{text!r} has spaces: not a code, barcode, SKU or invoice number</source>
        <translation>{text!r} tiene espacios: no es un código, código de barras, referencia ni número de factura</translation>
    </message>
    <message>
        <source>{count} characters is longer than any SKU ({most})</source>
        <translation>{count} caracteres superan la longitud de cualquier referencia ({most})</translation>
    </message>
    <message>
        <source>{digits} is not a valid {symbology}: the check digit is wrong (misread?)</source>
        <translation>{digits} no es un {symbology} válido: el dígito de control es incorrecto (¿lectura errónea?)</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>holds a control character ({character}); remove it</source>
        <translation>contiene un carácter de control ({character}); eliminarlo</translation>
    </message>
    <message>
        <source>must not contain these characters: {characters}</source>
        <translation>no debe contener estos caracteres: {characters}</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format (too long)</source>
        <translation>{vat_id!r}: formato no válido (demasiado largo)</translation>
    </message>
    <message>
        <source>{vat_id!r}: start it with its country code (e.g. DE136695976)</source>
        <translation>{vat_id!r}: empezarlo por su código de país (p. ej. DE136695976)</translation>
    </message>
    <message>
        <source>{vat_id!r}: unknown country {prefix!r}; an EU VAT ID starts with its country code (DE, FR, IT...)</source>
        <translation>{vat_id!r}: país desconocido {prefix!r}; un NIF-IVA de la UE empieza por su código de país (DE, FR, IT…)</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid check digit</source>
        <translation>{vat_id!r}: dígito de control no válido</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format</source>
        <translation>{vat_id!r}: formato no válido</translation>
    </message>
    <message>
        <source>the seller&apos;s country is not set (Settings &gt; Seller: country or VAT ID)</source>
        <translation>el país del vendedor no está configurado (Configuración &gt; Vendedor: país o NIF-IVA)</translation>
    </message>
    <message>
        <source>the customer has no VAT ID</source>
        <translation>el cliente no tiene NIF-IVA</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID is not valid ({problem})</source>
        <translation>el NIF-IVA del cliente no es válido ({problem})</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is not of an EU member state</source>
        <translation>el NIF-IVA del cliente {vat_id} no es de un Estado miembro de la UE</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is of the seller&apos;s own country</source>
        <translation>el NIF-IVA del cliente {vat_id} es del propio país del vendedor</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>1 to {most} characters without spaces</source>
        <translation>de 1 a {most} caracteres sin espacios</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>needs a time zone (e.g. 2026-05-04T14:00+02:00)</source>
        <translation>necesita una zona horaria (p. ej. 2026-05-04T14:00+02:00)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>from 1 to {most}</source>
        <translation>de 1 a {most}</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>booking deadline</source>
        <translation>plazo de reserva</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>necesita una zona horaria</translation>
    </message>
    <message>
        <source>workshop seats are whole numbers (1, 2, ...)</source>
        <translation>las plazas de taller son números enteros (1, 2, …)</translation>
    </message>
    <message>
        <source>key {key} belongs to another action ({action}); use a new key</source>
        <translation>la clave {key} pertenece a otra acción ({action}); usar una clave nueva</translation>
    </message>
    <message>
        <source>approval refused: {why}</source>
        <translation>autorización denegada: {why}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not approve this</source>
        <translation>{name} ({role}) no puede autorizar esto</translation>
    </message>
    <message>
        <source>approval refused: no manager can approve here</source>
        <translation>autorización denegada: aquí ningún encargado puede autorizar</translation>
    </message>
    <message>
        <source>the refunds of {number}</source>
        <translation>los reembolsos de {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s refunds in this cash session</source>
        <translation>los reembolsos de {name} en este turno de caja</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount})</source>
        <translation>un reembolso superior a {limit} requiere la autorización de un encargado ({amount})</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount} brings {what} to {total})</source>
        <translation>un reembolso superior a {limit} requiere la autorización de un encargado ({amount} eleva {what} a {total})</translation>
    </message>
    <message>
        <source>the backup file&apos;s header is damaged</source>
        <translation>la cabecera del archivo de copia de seguridad está dañada</translation>
    </message>
    <message>
        <source>this is not a Booth POS backup file</source>
        <translation>esto no es un archivo de copia de seguridad de Booth POS</translation>
    </message>
    <message>
        <source>this backup was written by a newer version (format {version}): update this app</source>
        <translation>esta copia de seguridad la escribió una versión más reciente (formato {version}): actualizar esta aplicación</translation>
    </message>
    <message>
        <source>the backup file is incomplete: it was cut short (an interrupted copy?)</source>
        <translation>el archivo de copia de seguridad está incompleto: está truncado (¿una copia interrumpida?)</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: its checksum does not match</source>
        <translation>el archivo de copia de seguridad se modificó o se dañó después de escribirse: su suma de comprobación no coincide</translation>
    </message>
    <message>
        <source>the backup file&apos;s header names an encryption this app does not use</source>
        <translation>la cabecera del archivo de copia de seguridad indica un cifrado que esta aplicación no usa</translation>
    </message>
    <message>
        <source>this backup is encrypted: give its passphrase</source>
        <translation>esta copia de seguridad está cifrada: indicar su frase de contraseña</translation>
    </message>
    <message>
        <source>wrong passphrase: this backup cannot be opened with it</source>
        <translation>frase de contraseña incorrecta: no abre esta copia de seguridad</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: it does not authenticate</source>
        <translation>el archivo de copia de seguridad se modificó o se dañó después de escribirse: no supera la autenticación</translation>
    </message>
    <message>
        <source>the backup file&apos;s contents are damaged ({error})</source>
        <translation>el contenido del archivo de copia de seguridad está dañado ({error})</translation>
    </message>
    <message>
        <source>the backup file holds no manifest</source>
        <translation>el archivo de copia de seguridad no contiene manifiesto</translation>
    </message>
    <message>
        <source>the database inside the backup does not match its manifest</source>
        <translation>la base de datos de la copia de seguridad no coincide con su manifiesto</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest cannot be read ({error})</source>
        <translation>no se puede leer el manifiesto de la copia de seguridad ({error})</translation>
    </message>
    <message>
        <source>a SQLite file (sqlite:///PATH)</source>
        <translation>un archivo SQLite (sqlite:///PATH)</translation>
    </message>
    <message>
        <source>a PostgreSQL database</source>
        <translation>una base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>no se puede leer {path}: {why}</translation>
    </message>
    <message>
        <source>nothing to back up: {error}</source>
        <translation>nada que copiar: {error}</translation>
    </message>
    <message>
        <source>the database cannot be read: {error}</source>
        <translation>no se puede leer la base de datos: {error}</translation>
    </message>
    <message>
        <source>cannot write the backup to {path}: {why}</source>
        <translation>no se puede escribir la copia de seguridad en {path}: {why}</translation>
    </message>
    <message>
        <source>this backup is of {kind}; it restores into {kind} only, not into {target}: restoring across database kinds is not supported</source>
        <translation>esta copia de seguridad es de {kind}; solo se restaura en {kind}, no en {target}: no se admite restaurar entre tipos de base de datos distintos</translation>
    </message>
    <message>
        <source>another program&apos;s tables</source>
        <translation>tablas de otro programa</translation>
    </message>
    <message>
        <source>Booth POS data (schema {revision})</source>
        <translation>datos de Booth POS (esquema {revision})</translation>
    </message>
    <message>
        <source>the target database is not empty (it holds {what}): restore does not overwrite it. Add --force to back it up first and replace it</source>
        <translation>la base de datos de destino no está vacía (contiene {what}): la restauración no la sobrescribe. Añadir --force para hacer antes una copia de seguridad y sustituirla</translation>
    </message>
    <message>
        <source>the target database failed: {error}</source>
        <translation>falló la base de datos de destino: {error}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float before selling</source>
        <translation>la caja {till} no tiene ningún turno de caja abierto: abrir uno con el fondo inicial contado antes de vender</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>say why (at least 3 characters)</source>
        <translation>indicar el motivo (al menos 3 caracteres)</translation>
    </message>
    <message>
        <source>float</source>
        <translation>fondo inicial</translation>
    </message>
    <message>
        <source>till {till} has an open cash session</source>
        <translation>la caja {till} tiene un turno de caja abierto</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>is in or out</source>
        <translation>es in o out</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contado</translation>
    </message>
    <message>
        <source>no closed cash session {number}</source>
        <translation>no existe el turno de caja cerrado {number}</translation>
    </message>
    <message>
        <source>no closed cash session</source>
        <translation>ningún turno de caja cerrado</translation>
    </message>
    <message>
        <source>no cash session {number}</source>
        <translation>no existe el turno de caja {number}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float first</source>
        <translation>la caja {till} no tiene ningún turno de caja abierto: abrir primero uno con el fondo inicial contado</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cajero</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>is cashier or category</source>
        <translation>es cashier o category</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>el último día es anterior al primero</translation>
    </message>
    <message>
        <source>no credit note {number}</source>
        <translation>no existe la nota de crédito {number}</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>id externo</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>nombre y empresa</translation>
    </message>
    <message>
        <source>encoding to check</source>
        <translation>codificación por comprobar</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>extra cells ignored</source>
        <translation>celdas sobrantes ignoradas</translation>
    </message>
    <message>
        <source>more cells than headers</source>
        <translation>más celdas que encabezados</translation>
    </message>
    <message>
        <source>unreadable row</source>
        <translation>fila ilegible</translation>
    </message>
    <message>
        <source>could not find free customer codes; try again</source>
        <translation>no se encontraron códigos de cliente libres; volver a intentarlo</translation>
    </message>
    <message>
        <source>the database&apos;s schema ({current}) was written by a newer version of Booth POS than this one (which knows up to {head}): update this app; nothing was changed</source>
        <translation>el esquema de la base de datos ({current}) lo escribió una versión de Booth POS más reciente que esta (que conoce hasta {head}): actualizar esta aplicación; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>cannot make the attachment {file} ({kind})</source>
        <translation>no se puede generar el adjunto {file} ({kind})</translation>
    </message>
    <message>
        <source>cannot make the attachment {file}: {why}</source>
        <translation>no se puede generar el adjunto {file}: {why}</translation>
    </message>
    <message>
        <source>no exhibition with code {code!r}</source>
        <translation>ninguna feria con el código {code!r}</translation>
    </message>
    <message>
        <source>exhibition name</source>
        <translation>nombre de la feria</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>recinto</translation>
    </message>
    <message>
        <source>booth</source>
        <translation>stand</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>es anterior a la fecha de inicio</translation>
    </message>
    <message>
        <source>an exhibition with code {code} exists already; choose another code</source>
        <translation>ya existe una feria con el código {code}; elegir otro código</translation>
    </message>
    <message>
        <source>external id: the source&apos;s own id equals a customer&apos;s external reference</source>
        <translation>id externo: el id propio del origen coincide con la referencia externa de un cliente</translation>
    </message>
    <message>
        <source>email: the same address (case ignored)</source>
        <translation>correo electrónico: la misma dirección (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>phone: the same number in E.164</source>
        <translation>teléfono: el mismo número en E.164</translation>
    </message>
    <message>
        <source>name and company: only for a row with no id, email or phone</source>
        <translation>nombre y empresa: solo para una fila sin id, correo ni teléfono</translation>
    </message>
    <message>
        <source>Refund notice {number} ({amount})</source>
        <translation>Aviso de reembolso {number} ({amount})</translation>
    </message>
    <message>
        <source>Void notice for {number}</source>
        <translation>Aviso de anulación de {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Factura {number}</translation>
    </message>
    <message>
        <source>no credit note {note} for invoice {number}</source>
        <translation>no existe la nota de crédito {note} de la factura {number}</translation>
    </message>
    <message>
        <source>invoice {number} has no refund to send a notice of</source>
        <translation>la factura {number} no tiene ningún reembolso del que enviar aviso</translation>
    </message>
    <message>
        <source>invoice {number} is voided: send the void notice instead</source>
        <translation>la factura {number} está anulada: enviar el aviso de anulación en su lugar</translation>
    </message>
    <message>
        <source>invoice {number} is not voided: there is no void notice to send</source>
        <translation>la factura {number} no está anulada: no hay aviso de anulación que enviar</translation>
    </message>
    <message>
        <source>an invoice&apos;s email is one of: {choices}</source>
        <translation>el correo de una factura es uno de: {choices}</translation>
    </message>
    <message>
        <source>choose at most {count} days</source>
        <translation>elegir como máximo {count} días</translation>
    </message>
    <message>
        <source>{count} entries wait to be sent: sync first</source>
        <translation>{count} entradas pendientes de envío: sincronizar primero</translation>
    </message>
    <message>
        <source>sale {number} is not on the server: nothing there to correct</source>
        <translation>la venta {number} no está en el servidor: allí no hay nada que corregir</translation>
    </message>
    <message>
        <source>user {name!r} is not on the server</source>
        <translation>el usuario {name!r} no está en el servidor</translation>
    </message>
    <message>
        <source>no email {number} in the outbox</source>
        <translation>no existe el correo {number} en la bandeja de salida</translation>
    </message>
    <message>
        <source>email {number} was sent already; queue a new one instead</source>
        <translation>el correo {number} ya se envió; poner uno nuevo en cola</translation>
    </message>
    <message>
        <source>to</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>enter the address to send the test to</source>
        <translation>indicar la dirección a la que enviar la prueba</translation>
    </message>
    <message>
        <source>customer {code} has no email address</source>
        <translation>el cliente {code} no tiene dirección de correo</translation>
    </message>
    <message>
        <source>invoice {number} has no customer with an email address</source>
        <translation>la factura {number} no tiene un cliente con dirección de correo</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>fallido: {reason}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>queued, not sent yet: {reason} (attempt {attempt} of {attempts})</source>
        <translation>en cola, aún no enviado: {reason} (intento {attempt} de {attempts})</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>the message could not be prepared ({error})</source>
        <translation>no se pudo preparar el mensaje ({error})</translation>
    </message>
    <message>
        <source>an empty cart cannot be parked</source>
        <translation>un carrito vacío no se puede aparcar</translation>
    </message>
    <message>
        <source>at most {count} lines can be parked</source>
        <translation>se pueden aparcar como máximo {count} líneas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>at most {count} characters a field</source>
        <translation>como máximo {count} caracteres por campo</translation>
    </message>
    <message>
        <source>parked sale {number} is no longer parked (already recalled?)</source>
        <translation>la venta aparcada {number} ya no está aparcada (¿ya se recuperó?)</translation>
    </message>
    <message>
        <source>{number} is a draft: it has no receipt</source>
        <translation>{number} es un borrador: no tiene recibo</translation>
    </message>
    <message>
        <source>no waiting print job {number}</source>
        <translation>no hay ningún trabajo de impresión {number} en espera</translation>
    </message>
    <message>
        <source>print job {number} is not waiting for a decision (no unsure job)</source>
        <translation>el trabajo de impresión {number} no espera ninguna decisión (no es un trabajo dudoso)</translation>
    </message>
    <message>
        <source>no printer set up (Settings &gt; Printer, or printer.url)</source>
        <translation>no hay impresora configurada (Configuración &gt; Impresora, o printer.url)</translation>
    </message>
    <message>
        <source>low stock at</source>
        <translation>stock bajo a partir de</translation>
    </message>
    <message>
        <source>SKU {code} is already used by {sku} ({name})</source>
        <translation>La referencia {code} ya la usa {sku} ({name})</translation>
    </message>
    <message>
        <source>barcode {code} is already used by {sku} ({name})</source>
        <translation>el código de barras {code} ya lo usa {sku} ({name})</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} filas: {created} creados, {updated} actualizados, {unchanged} sin cambios, {rejected} rechazados</translation>
    </message>
    <message>
        <source>dry run (nothing saved): {counts}</source>
        <translation>simulación (no se guardó nada): {counts}</translation>
    </message>
    <message>
        <source>{text!r}: write yes or no</source>
        <translation>{text!r}: escribir yes o no</translation>
    </message>
    <message>
        <source>needs the columns {columns}; missing: {missing}</source>
        <translation>necesita las columnas {columns}; faltan: {missing}</translation>
    </message>
    <message>
        <source>SKU already in row {row}</source>
        <translation>Referencia ya presente en la fila {row}</translation>
    </message>
    <message>
        <source>no product with id {number}</source>
        <translation>ningún producto con el id {number}</translation>
    </message>
    <message>
        <source>product {sku} was changed meanwhile; reload and try again</source>
        <translation>el producto {sku} se ha modificado entretanto; recargar y volver a intentarlo</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>ningún producto con el código de barras o la referencia {code!r}</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>debe estar entre 0 y {limit}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>no preset quick key {number}</source>
        <translation>no existe la tecla rápida predefinida {number}</translation>
    </message>
    <message>
        <source>nothing left to refund on {number}</source>
        <translation>no queda nada por reembolsar en {number}</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>{number} has no line {line}</source>
        <translation>{number} no tiene línea {line}</translation>
    </message>
    <message>
        <source>line {line} given twice</source>
        <translation>línea {line} indicada dos veces</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>debe ser más de 0</translation>
    </message>
    <message>
        <source>line {line} ({description}): only {left} of {quantity} left to refund</source>
        <translation>línea {line} ({description}): solo quedan {left} de {quantity} por reembolsar</translation>
    </message>
    <message>
        <source>{number} is {status}: only issued invoices are refunded</source>
        <translation>{number} está {status}: solo se reembolsan facturas emitidas</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>inversión del sujeto pasivo</translation>
    </message>
    <message>
        <source>{name} ({role}) may not choose reverse charge: a manager must</source>
        <translation>{name} ({role}) no puede elegir la inversión del sujeto pasivo: debe hacerlo un encargado</translation>
    </message>
    <message>
        <source>a walk-in sale has no buyer with a VAT ID</source>
        <translation>una venta de mostrador no tiene comprador con NIF-IVA</translation>
    </message>
    <message>
        <source>no product or workshop on sale with code {code!r}</source>
        <translation>ningún producto ni taller a la venta con el código {code!r}</translation>
    </message>
    <message>
        <source>invoice {number} was changed meanwhile; reload and try again</source>
        <translation>la factura {number} se ha modificado entretanto; recargar y volver a intentarlo</translation>
    </message>
    <message>
        <source>edited; refund lines instead</source>
        <translation>editada; reembolsar líneas en su lugar</translation>
    </message>
    <message>
        <source>voided; refund what is left instead</source>
        <translation>anulada; reembolsar lo que queda en su lugar</translation>
    </message>
    <message>
        <source>unknown or inactive product id {number}</source>
        <translation>id de producto {number} desconocido o inactivo</translation>
    </message>
    <message>
        <source>no draft {number}</source>
        <translation>no existe el borrador {number}</translation>
    </message>
    <message>
        <source>invoice {number} is void (by {who}: {why})</source>
        <translation>la factura {number} está anulada (por {who}: {why})</translation>
    </message>
    <message>
        <source>invoice {number} is in the Z report of cash session {session} (closed {closed}): it cannot be edited any more; void or refund it instead</source>
        <translation>la factura {number} está en el informe Z del turno de caja {session} (cerrado el {closed}): ya no se puede editar; anularla o reembolsarla en su lugar</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit note): it cannot be {instead}</source>
        <translation>la factura {number} se ha reembolsado ({count} nota de crédito): no puede ser {instead}</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit notes): it cannot be {instead}</source>
        <translation>la factura {number} se ha reembolsado ({count} notas de crédito): no puede ser {instead}</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>a draft takes no payments; issue it first</source>
        <translation>un borrador no admite pagos; primero emitirlo</translation>
    </message>
    <message>
        <source>is chosen when the sale is issued</source>
        <translation>se elige al emitir la venta</translation>
    </message>
    <message>
        <source>this draft belongs to another exhibition</source>
        <translation>este borrador pertenece a otra feria</translation>
    </message>
    <message>
        <source>no payment given</source>
        <translation>no se ha indicado ningún pago</translation>
    </message>
    <message>
        <source>set by {source}; change it there</source>
        <translation>fijado por {source}; cambiarlo allí</translation>
    </message>
    <message>
        <source>set on the command line; start without that option to change it here</source>
        <translation>fijado en la línea de comandos; iniciar sin esa opción para cambiarlo aquí</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>no se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>this database is set up already (it has users); add users with `user add`</source>
        <translation>esta base de datos ya está configurada (tiene usuarios); añadir usuarios con `user add`</translation>
    </message>
    <message>
        <source>exhibition {code!r} (pos.exhibition) does not exist</source>
        <translation>la feria {code!r} (pos.exhibition) no existe</translation>
    </message>
    <message>
        <source>no active exhibition: create one (pos-desktop exhibition add NAME, or Settings)</source>
        <translation>ninguna feria activa: crear una (pos-desktop exhibition add NAME, o Configuración)</translation>
    </message>
    <message>
        <source>only {left} of {sku} ({name}) left here; {wanted} wanted</source>
        <translation>aquí solo quedan {left} de {sku} ({name}); se piden {wanted}</translation>
    </message>
    <message>
        <source>the stock changed while this sale was saved; try again</source>
        <translation>el stock cambió mientras se guardaba esta venta; volver a intentarlo</translation>
    </message>
    <message>
        <source>no product with SKU {sku!r}</source>
        <translation>ningún producto con la referencia {sku!r}</translation>
    </message>
    <message>
        <source>{sku} is not tracked in stock (tick it in Products)</source>
        <translation>{sku} no se controla en el stock (marcarlo en Productos)</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minute</source>
        <translation>el terminal {terminal} está en uso en otro dispositivo ({host}, visto por última vez {seen}): dos dispositivos no deben numerar facturas en la misma serie. Asignar a este dispositivo su propio id de terminal (pos.terminal) o cerrar Booth POS en {host}; si ese dispositivo ya no está, este podrá asumir el id de terminal dentro de {count} minuto</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minutes</source>
        <translation>el terminal {terminal} está en uso en otro dispositivo ({host}, visto por última vez {seen}): dos dispositivos no deben numerar facturas en la misma serie. Asignar a este dispositivo su propio id de terminal (pos.terminal) o cerrar Booth POS en {host}; si ese dispositivo ya no está, este podrá asumir el id de terminal dentro de {count} minutos</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>{item!r}: write SKU:QUANTITY</source>
        <translation>{item!r}: escribir REF:CANTIDAD</translation>
    </message>
    <message>
        <source>quantity of {sku}</source>
        <translation>cantidad de {sku}</translation>
    </message>
    <message>
        <source>items</source>
        <translation>artículos</translation>
    </message>
    <message>
        <source>name at least one product and quantity</source>
        <translation>indicar al menos un producto y una cantidad</translation>
    </message>
    <message>
        <source>is the same location as from</source>
        <translation>es la misma ubicación que el origen</translation>
    </message>
    <message>
        <source>of {sku} must be more than 0</source>
        <translation>de {sku} debe ser más de 0</translation>
    </message>
    <message>
        <source>no transfer {number}</source>
        <translation>no existe el traspaso {number}</translation>
    </message>
    <message>
        <source>transfer {number} is {status}, not {state}</source>
        <translation>el traspaso {number} está {status}, no {state}</translation>
    </message>
    <message>
        <source>of {sku} must not be negative</source>
        <translation>de {sku} no debe ser negativa</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>{text!r} is not one of {allowed}</source>
        <translation>{text!r} no es uno de {allowed}</translation>
    </message>
    <message>
        <source>too many failed logins: wait {wait} before the next try</source>
        <translation>demasiados inicios de sesión fallidos: esperar {wait} antes del próximo intento</translation>
    </message>
    <message>
        <source>{wrong}; {wait}</source>
        <translation>{wrong}; {wait}</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nombre visible</translation>
    </message>
    <message>
        <source>user {name!r} exists already</source>
        <translation>el usuario {name!r} ya existe</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>la contraseña actual es incorrecta</translation>
    </message>
    <message>
        <source>user {name} was changed meanwhile; reload and try again</source>
        <translation>el usuario {name} se ha modificado entretanto; recargar y volver a intentarlo</translation>
    </message>
    <message>
        <source>you cannot demote or disable yourself; ask another admin</source>
        <translation>no se puede degradar ni desactivar la propia cuenta; pedirlo a otro administrador</translation>
    </message>
    <message>
        <source>only a logged-in user has a language</source>
        <translation>solo un usuario con sesión iniciada tiene idioma</translation>
    </message>
    <message>
        <source>no user {name!r}</source>
        <translation>no existe el usuario {name!r}</translation>
    </message>
    <message>
        <source>this would leave no active admin</source>
        <translation>esto dejaría sin ningún administrador activo</translation>
    </message>
    <message>
        <source>{code} was not checked in at workshop {workshop}</source>
        <translation>no consta la entrada de {code} en el taller {workshop}</translation>
    </message>
    <message>
        <source>no workshop with code {code!r}</source>
        <translation>ningún taller con el código {code!r}</translation>
    </message>
    <message>
        <source>workshop {code} ({title})</source>
        <translation>taller {code} ({title})</translation>
    </message>
    <message>
        <source>{name} is cancelled</source>
        <translation>{name} está cancelado</translation>
    </message>
    <message>
        <source>{name} is not on sale yet ({status})</source>
        <translation>{name} aún no está a la venta ({status})</translation>
    </message>
    <message>
        <source>{name}: booking closed at {deadline}</source>
        <translation>{name}: las reservas se cerraron el {deadline}</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted; {held} held for the waitlist (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} está completo: {free} de {capacity} plazas libres, se piden {count}; {held} retenidas para la lista de espera (apuntar al cliente en la lista de espera: workshop waitlist)</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} está completo: {free} de {capacity} plazas libres, se piden {count} (apuntar al cliente en la lista de espera: workshop waitlist)</translation>
    </message>
    <message>
        <source>a workshop seat needs a customer: scan or type their code</source>
        <translation>una plaza de taller requiere un cliente: escanear o escribir su código</translation>
    </message>
    <message>
        <source>invoice {number} books {count} workshop seat(s): void or refund it instead of editing</source>
        <translation>la factura {number} reserva {count} plaza(s) de taller: anularla o reembolsarla en lugar de editarla</translation>
    </message>
    <message>
        <source>stays {code} (it is on the invoices); add a new workshop</source>
        <translation>sigue siendo {code} (figura en las facturas); añadir un taller nuevo</translation>
    </message>
    <message>
        <source>at least {count} (booked and held seats)</source>
        <translation>al menos {count} (plazas reservadas y retenidas)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>cancel it instead (with a reason)</source>
        <translation>cancelarlo en su lugar (con un motivo)</translation>
    </message>
    <message>
        <source>{count} seats are sold: it stays published</source>
        <translation>{count} plazas vendidas: sigue publicado</translation>
    </message>
    <message>
        <source>workshop {code} is {status}: no waitlist</source>
        <translation>el taller {code} está {status}: sin lista de espera</translation>
    </message>
    <message>
        <source>workshop {code} has {count} seat(s) free: sell one</source>
        <translation>el taller {code} tiene {count} plaza(s) libre(s): vender una</translation>
    </message>
    <message>
        <source>workshop code {code} is taken</source>
        <translation>el código de taller {code} ya está en uso</translation>
    </message>
    <message>
        <source>workshop {code} was changed meanwhile; reload and try again</source>
        <translation>el taller {code} se ha modificado entretanto; recargar y volver a intentarlo</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled</source>
        <translation>el taller {code} está cancelado</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled already</source>
        <translation>el taller {code} ya está cancelado</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <source>workshop {code} was cancelled</source>
        <translation>el taller {code} se canceló</translation>
    </message>
    <message>
        <source>workshop {code} ends at {end} UTC: {what} after that</source>
        <translation>el taller {code} termina el {end} UTC: {what} solo a partir de entonces</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>ausencias</translation>
    </message>
    <message>
        <source>no workshop on sale with code {code!r}</source>
        <translation>ningún taller a la venta con el código {code!r}</translation>
    </message>
    <message>
        <source>{name} is on the waitlist already ({state})</source>
        <translation>{name} ya está en la lista de espera ({state})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{error}

Database: {url}</source>
        <translation>{error}

Base de datos: {url}</translation>
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
        <translation>&lt;b&gt;{action}&lt;/b&gt; por {actor}: {summary}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Action starts with (invoice, customer, login.failed...)</source>
        <translation>La acción empieza por (invoice, customer, login.failed…)</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Número de factura o código de cliente</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: just now</source>
        <translation>Copia de seguridad: ahora mismo</translation>
    </message>
    <message>
        <source>Backup: {minutes} min ago</source>
        <translation>Copia de seguridad: hace {minutes} min</translation>
    </message>
    <message>
        <source>Backup: {hours} h ago</source>
        <translation>Copia de seguridad: hace {hours} h</translation>
    </message>
    <message>
        <source>Backup: {days} days ago</source>
        <translation>Copia de seguridad: hace {days} días</translation>
    </message>
    <message>
        <source>Backup: automatic backups off (no folder set)</source>
        <translation>Copia de seguridad: automática desactivada (sin carpeta)</translation>
    </message>
    <message>
        <source>Backup: folder missing ({folder})</source>
        <translation>Copia de seguridad: falta la carpeta ({folder})</translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation>Error en la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>Backup: none yet</source>
        <translation>Copia de seguridad: ninguna todavía</translation>
    </message>
    <message>
        <source>Backup: -</source>
        <translation>Copia de seguridad: -</translation>
    </message>
    <message>
        <source>not set ([backup] folder in the settings)</source>
        <translation>sin configurar (carpeta [backup] folder en la configuración)</translation>
    </message>
    <message>
        <source>Automatic backups into {folder}, every {minutes} min and at each Z report</source>
        <translation>Copias de seguridad automáticas en {folder}, cada {minutes} min y en cada informe Z</translation>
    </message>
</context>
<context>
    <name>BarcodeList</name>
    <message>
        <source>Scan or type a barcode, Enter adds it</source>
        <translation>Escanear o escribir un código de barras, Enter lo añade</translation>
    </message>
    <message>
        <source>Delete removes the selected barcode</source>
        <translation>Delete quita el código de barras seleccionado</translation>
    </message>
    <message>
        <source>Remove barcode (Del)</source>
        <translation>Quitar código de barras (Del)</translation>
    </message>
</context>
<context>
    <name>CameraChoice</name>
    <message>
        <source>Cameras found on this computer; the field below is what is saved</source>
        <translation>Cámaras encontradas en este ordenador; se guarda el campo de abajo</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Could not look for cameras: {error}</source>
        <translation>No se pudieron buscar cámaras: {error}</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>Looking for cameras {numbers}...</source>
        <translation>Buscando cámaras {numbers}…</translation>
    </message>
    <message>
        <source>No camera found (numbers {numbers} checked)</source>
        <translation>No se encontró ninguna cámara (números {numbers} comprobados)</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Cámara {number}</translation>
    </message>
    <message>
        <source>Camera {number} (set; busy or not found now)</source>
        <translation>Cámara {number} (configurada; ocupada o no encontrada ahora)</translation>
    </message>
    <message>
        <source>File or URL...</source>
        <translation>Archivo o URL…</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No picture from the camera yet</source>
        <translation>Aún no hay imagen de la cámara</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>fix lines {lines} before payment</source>
        <translation>corregir las líneas {lines} antes del pago</translation>
    </message>
    <message>
        <source>fix line {lines} before payment</source>
        <translation>corregir la línea {lines} antes del pago</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>el carrito está vacío</translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Line {line}: a quantity of 0 is not taken; press Delete to remove the line</source>
        <translation>Línea {line}: no se admite una cantidad de 0; pulsar Delete para quitar la línea</translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>Offline: this till knows only its sales since the line dropped. Expected cash and the difference are on the server&apos;s Z report: print it again when the line is back.</source>
        <translation>Sin conexión: esta caja solo conoce sus ventas desde que cayó la línea. El efectivo esperado y la diferencia están en el informe Z del servidor: imprímalo de nuevo cuando vuelva la línea.</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} por {who}</translation>
    </message>
    <message>
        <source>{count} invoices, {amount}</source>
        <translation>{count} facturas, {amount}</translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation>Informe X (hasta ahora)</translation>
    </message>
    <message>
        <source>Z report (closed)</source>
        <translation>Informe Z (cerrado)</translation>
    </message>
    <message>
        <source>{count} invoices, {amount} (after voids, refunds)</source>
        <translation>{count} facturas, {amount} (tras anulaciones y reembolsos)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fondo inicial</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitidas</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>{count} payments, {amount}</source>
        <translation>{count} pagos, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount}</source>
        <translation>1 factura, {amount}</translation>
    </message>
    <message>
        <source>1 payment, {amount}</source>
        <translation>1 pago, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount} (after voids, refunds)</source>
        <translation>1 factura, {amount} (tras anulaciones y reembolsos)</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Entradas / salidas</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>{title} · session {session} · till {till}</source>
        <translation>{title} · turno {session} · caja {till}</translation>
    </message>
    <message>
        <source>X report (offline)</source>
        <translation>Informe X (sin conexión)</translation>
    </message>
    <message>
        <source>Drawer counted (offline)</source>
        <translation>Cajón contado (sin conexión)</translation>
    </message>
    <message>
        <source>No open cash session on this till</source>
        <translation>No hay ningún turno de caja abierto en esta caja</translation>
    </message>
    <message>
        <source>the cash you counted into the drawer, e.g. 150.00</source>
        <translation>el efectivo contado en el cajón, p. ej. 150,00</translation>
    </message>
    <message>
        <source>Open session (Enter)</source>
        <translation>Abrir turno (Enter)</translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation>&amp;Fondo inicial</translation>
    </message>
    <message>
        <source>why, e.g. change from the bank / to the safe</source>
        <translation>motivo, p. ej. cambio del banco / a la caja fuerte</translation>
    </message>
    <message>
        <source>Cash &amp;in</source>
        <translation>&amp;Entrada de efectivo</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>&amp;Salida de efectivo</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Entrada o salida de efectivo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Im&amp;porte</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Cerrar el turno</translation>
    </message>
    <message>
        <source>the cash counted in the drawer now</source>
        <translation>el efectivo contado ahora en el cajón</translation>
    </message>
    <message>
        <source>Close with Z report...</source>
        <translation>Cerrar con informe Z…</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>&amp;Contado</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the opening</source>
        <translation>Aún se está guardando: esperar la respuesta antes de la apertura</translation>
    </message>
    <message>
        <source>Checking whether the opening was saved - the database stopped answering ({doubt})</source>
        <translation>Comprobando si la apertura se guardó – la base de datos dejó de responder ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} open</source>
        <translation>Turno {session} abierto</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash in</source>
        <translation>Aún se está guardando: esperar la respuesta antes de la entrada de efectivo</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash out</source>
        <translation>Aún se está guardando: esperar la respuesta antes de la salida de efectivo</translation>
    </message>
    <message>
        <source>Checking whether the cash in was saved - the database stopped answering ({doubt})</source>
        <translation>Comprobando si la entrada de efectivo se guardó – la base de datos dejó de responder ({doubt})</translation>
    </message>
    <message>
        <source>Checking whether the cash out was saved - the database stopped answering ({doubt})</source>
        <translation>Comprobando si la salida de efectivo se guardó – la base de datos dejó de responder ({doubt})</translation>
    </message>
    <message>
        <source>Cash in recorded: {amount} ({reason})</source>
        <translation>Entrada de efectivo registrada: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Cash out recorded: {amount} ({reason})</source>
        <translation>Salida de efectivo registrada: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Count the drawer and type the amount first</source>
        <translation>Primero contar el cajón y escribir el importe</translation>
    </message>
    <message>
        <source>Close session {session} with {amount} {currency} counted? The Z report is final.</source>
        <translation>¿Cerrar el turno {session} con {amount} {currency} contados? El informe Z es definitivo.</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the closing</source>
        <translation>Aún se está guardando: esperar la respuesta antes del cierre</translation>
    </message>
    <message>
        <source>Checking whether the closing was saved - the database stopped answering ({doubt})</source>
        <translation>Comprobando si el cierre se guardó – la base de datos dejó de responder ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} closed on this till (offline) with {amount} {currency} counted; the difference comes with the line</source>
        <translation>Sesión {session} cerrada en esta caja (sin conexión) con {amount} {currency} contados; la diferencia llega con la línea</translation>
    </message>
    <message>
        <source>Session {session} closed; difference {amount} {currency}</source>
        <translation>Turno {session} cerrado; diferencia {amount} {currency}</translation>
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
        <source>Parked: {sale}, on this till (offline). Shift+F10 brings it back.</source>
        <translation>Aparcada: {sale}, en esta caja (sin conexión). Shift+F10 la recupera.</translation>
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
        <translation>cliente {code}: {error}</translation>
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
        <translation>No hay ningún turno de caja abierto en esta caja: este efectivo no constará en ningún arqueo. Abrir uno en la pantalla Caja (con el fondo inicial contado) en cuanto se pueda.</translation>
    </message>
    <message>
        <source>add a line first (F3, or scan a product)</source>
        <translation>primero añadir una línea (F3 o escanear un producto)</translation>
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
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number / code</source>
        <translation>N.º / código</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation>En cola (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Waits because</source>
        <translation>Espera porque</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Cód. barras</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>A la venta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Pestaña</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Pedido por</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>Espera hasta</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
</context>
<context>
    <name>CommissionReport</name>
    <message>
        <source>All cashiers</source>
        <translation>Todos los cajeros</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>No hay ventas en este periodo.</translation>
    </message>
    <message>
        <source>Commission {first} - {last} ({currency})</source>
        <translation>Comisión {first} – {last} ({currency})</translation>
    </message>
    <message>
        <source>On net sales (without VAT); refunds in the period are taken back at the same rate.</source>
        <translation>Sobre las ventas netas (sin IVA); los reembolsos del periodo se descuentan al mismo porcentaje.</translation>
    </message>
    <message>
        <source>C&amp;ashier</source>
        <translation>C&amp;ajero</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code</source>
        <translation>Escribir el nombre o el código de un país</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost; the details are in {file}</source>
        <translation>Algo ha fallado; no se ha perdido nada; los detalles están en {file}</translation>
    </message>
    <message>
        <source>It happened {count} times since the app started.</source>
        <translation>Ha ocurrido {count} veces desde que se inició la aplicación.</translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>{number} · -{amount} {currency} by {method} · {when}</source>
        <translation>{number} · -{amount} {currency} en {method} · {when}</translation>
    </message>
    <message>
        <source>Credit &amp;notes</source>
        <translation>&amp;Notas de crédito</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+Shift+D)</source>
        <translation>Abrir PDF (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+Shift+S)</source>
        <translation>Guardar PDF… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Reprint slip (Ctrl+Shift+C)</source>
        <translation>Reimprimir comprobante (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Print the credit note&apos;s slip again (Ctrl+Shift+C)</source>
        <translation>Imprimir otra vez el comprobante de la nota de crédito (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>-{amount} {currency} refunded in all</source>
        <translation>-{amount} {currency} reembolsados en total</translation>
    </message>
    <message>
        <source>No credit note</source>
        <translation>Ninguna nota de crédito</translation>
    </message>
    <message>
        <source>Slip of credit note {number}</source>
        <translation>Comprobante de la nota de crédito {number}</translation>
    </message>
    <message>
        <source>Printing the slip of {number}...</source>
        <translation>Imprimiendo el comprobante de {number}…</translation>
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
        <translation>Bienvenido a {venue}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Booth POS - customer display</source>
        <translation>Booth POS – pantalla del cliente</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hola, {name}</translation>
    </message>
    <message>
        <source>Given {amount}</source>
        <translation>Entregado {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Cambio {amount}</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>¡Gracias, {name}!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Your change: {amount}</source>
        <translation>Su cambio: {amount}</translation>
    </message>
    <message>
        <source>Keep this code on your phone: scan it at our counter next time.</source>
        <translation>Guarde este código en su móvil: escanéelo en nuestro mostrador la próxima vez.</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Factura {number}</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer {code}</source>
        <translation>Editar cliente {code}</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Guardar de todos &amp;modos</translation>
    </message>
    <message>
        <source>Customer code {code} stays the same. Ctrl+S saves.</source>
        <translation>El código de cliente {code} no cambia. Ctrl+S guarda.</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Corregir los campos marcados</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}). Change the email, or Save anyway (Alt+A) only if this really is another person.</source>
        <translation>{email} ya está registrado para {name} ({code}). Cambiar el correo, o Guardar de todos modos (Alt+M) solo si de verdad es otra persona.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Tipo de cliente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>with the company: a full invoice</source>
        <translation>con la empresa: una factura completa</translation>
    </message>
    <message>
        <source>EU VAT ID, e.g. DE136695976</source>
        <translation>NIF-IVA de la UE, p. ej. DE136695976</translation>
    </message>
    <message>
        <source>national numbers are read as {region}, or +country code</source>
        <translation>los números nacionales se leen como de {region}, o +prefijo del país</translation>
    </message>
    <message>
        <source>required: the customer code is sent here</source>
        <translation>obligatorio: el código de cliente se envía aquí</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
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
        <translation>actualizar el cliente</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>omitir la fila</translation>
    </message>
    <message>
        <source>create another customer</source>
        <translation>crear otro cliente</translation>
    </message>
    <message>
        <source>reject the row</source>
        <translation>rechazar la fila</translation>
    </message>
    <message>
        <source>import the customer without the email (kept as written)</source>
        <translation>importar el cliente sin el correo (se guarda tal como está escrito)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Path of a CSV or XLSX file</source>
        <translation>Ruta de un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Browse... (Ctrl+O)</source>
        <translation>Examinar… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Which file? CSV (any delimiter and encoding) or XLSX:</source>
        <translation>¿Qué archivo? CSV (cualquier separador y codificación) o XLSX:</translation>
    </message>
    <message>
        <source>A row is the same customer when (first rule that matches):</source>
        <translation>Una fila es el mismo cliente cuando (se aplica la primera regla que coincida):</translation>
    </message>
    <message>
        <source>On a &amp;duplicate</source>
        <translation>Ante un &amp;duplicado</translation>
    </message>
    <message>
        <source>Invalid &amp;email</source>
        <translation>Correo &amp;no válido</translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation>%v filas</translation>
    </message>
    <message>
        <source>&amp;Cancel (Esc)</source>
        <translation>&amp;Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Rejected rows file</source>
        <translation>Archivo de filas rechazadas</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV</source>
        <translation>&amp;Guardar filas rechazadas como CSV</translation>
    </message>
    <message>
        <source>&amp;Next: columns</source>
        <translation>&amp;Siguiente: columnas</translation>
    </message>
    <message>
        <source>&amp;Next: options</source>
        <translation>&amp;Siguiente: opciones</translation>
    </message>
    <message>
        <source>&amp;Next: dry run</source>
        <translation>&amp;Siguiente: simulación</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Nueva importación</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>I&amp;mportar ahora</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tablas (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Type the path of a file, or press Ctrl+O to pick one</source>
        <translation>Escribir la ruta de un archivo o pulsar Ctrl+O para elegirlo</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>No hay ningún archivo en {path}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>codificación {encoding}</translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation>separador {delimiter}</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} columnas</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from the mapping you saved for these columns; change any.</source>
        <translation>{file}: {found}. Se parte de la asignación guardada para estas columnas; se puede cambiar cualquiera.</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from columns matched automatically; change any.</source>
        <translation>{file}: {found}. Se parte de columnas asignadas automáticamente; se puede cambiar cualquiera.</translation>
    </message>
    <message>
        <source>Check the encoding: {note}. The dry run lists the rows.</source>
        <translation>Comprobar la codificación: {note}. La simulación muestra las filas.</translation>
    </message>
    <message>
        <source>Dry run: reading the file, nothing is saved...</source>
        <translation>Simulación: leyendo el archivo, no se guarda nada…</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} filas leídas</translation>
    </message>
    <message>
        <source>Cancelling after the current batch...</source>
        <translation>Cancelando tras el bloque en curso…</translation>
    </message>
    <message>
        <source>Type where the rejected rows should go</source>
        <translation>Escribir dónde deben ir las filas rechazadas</translation>
    </message>
    <message>
        <source>Rejected rows saved to {path}: fix them and import that file</source>
        <translation>Filas rechazadas guardadas en {path}: corregirlas e importar ese archivo</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Find customer</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <source>Scan or type the customer code, or type a name</source>
        <translation>Escanear o escribir el código de cliente, o escribir un nombre</translation>
    </message>
    <message>
        <source>Enter: look up · then Enter: sell to them · Ctrl+E: edit · Ctrl+Shift+W: resend welcome email · Esc: close</source>
        <translation>Enter: buscar · después Enter: venderle · Ctrl+E: editar · Ctrl+Shift+W: reenviar el correo de bienvenida · Esc: cerrar</translation>
    </message>
    <message>
        <source>Looking up...</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No customer code or name matches {text}</source>
        <translation>Ningún código de cliente ni nombre coincide con {text}</translation>
    </message>
    <message>
        <source>{count} customers match (the first shown: type more): arrows, then Enter</source>
        <translation>{count} clientes coinciden (se muestran los primeros: escribir más): flechas y después Enter</translation>
    </message>
    <message>
        <source>{count} customers match: arrows, then Enter</source>
        <translation>{count} clientes coinciden: flechas y después Enter</translation>
    </message>
    <message>
        <source>{name}: Enter sells to them</source>
        <translation>{name}: Enter para venderle</translation>
    </message>
    <message>
        <source>Look a customer up first (code, then Enter)</source>
        <translation>Primero buscar un cliente (código y después Enter)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>Correo de bienvenida a {recipient} puesto de nuevo en cola</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Search name, email, phone, company or code (newest first)</source>
        <translation>Buscar nombre, correo, teléfono, empresa o código (los más nuevos primero)</translation>
    </message>
    <message>
        <source>Name A-Z</source>
        <translation>Nombre A-Z</translation>
    </message>
    <message>
        <source>Name Z-A</source>
        <translation>Nombre Z-A</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más nuevos primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Most billed first</source>
        <translation>Mayor facturación primero</translation>
    </message>
    <message>
        <source>Least billed first</source>
        <translation>Menor facturación primero</translation>
    </message>
    <message>
        <source>Most bills first</source>
        <translation>Más facturas primero</translation>
    </message>
    <message>
        <source>Select a customer to see their bills.</source>
        <translation>Seleccionar un cliente para ver sus facturas.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>Resend welcome email (Ctrl+Shift+W)</source>
        <translation>Reenviar correo de bienvenida (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Orden</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+E)</source>
        <translation>Primero seleccionar un cliente (flechas y después Ctrl+E)</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+Shift+W)</source>
        <translation>Primero seleccionar un cliente (flechas y después Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>Correo de bienvenida a {recipient} puesto de nuevo en cola</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} guardado</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
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
        <translation>Archivo SQL&amp;ite en este ordenador (una caja)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several tills share it)</source>
        <translation>Servidor &amp;PostgreSQL (lo comparten varias cajas)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose another SQLite file (Alt+B)</source>
        <translation>Elegir otro archivo SQLite (Alt+E)</translation>
    </message>
    <message>
        <source>empty if the server needs none</source>
        <translation>vacío si el servidor no necesita ninguna</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Connect and look inside, without changing anything (Alt+T; at most {seconds} seconds)</source>
        <translation>Conectar y mirar dentro, sin cambiar nada (Alt+B; como máximo {seconds} segundos)</translation>
    </message>
    <message>
        <source>Welcome. Booth POS keeps its data in a file on this computer (a single till) or on the booth&apos;s PostgreSQL server (several tills selling together).</source>
        <translation>Bienvenido. Booth POS guarda sus datos en un archivo en este ordenador (una sola caja) o en el servidor PostgreSQL del stand (varias cajas que venden juntas).</translation>
    </message>
    <message>
        <source>U&amp;RL</source>
        <translation>U&amp;RL</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>The choice is saved in {path}.</source>
        <translation>La elección se guarda en {path}.</translation>
    </message>
    <message>
        <source>needs a file name</source>
        <translation>falta un nombre de archivo</translation>
    </message>
    <message>
        <source>needed, e.g. {example}</source>
        <translation>obligatorio, p. ej. {example}</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Archivo de base de datos SQLite</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Base de datos SQLite (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Testing the connection (at most {seconds} seconds)...</source>
        <translation>Probando la conexión (como máximo {seconds} segundos)…</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <source>The database is set by the environment variable {variable}, which beats the config file: a choice made here could not be saved. To choose here, start without {variable}.</source>
        <translation>La base de datos está fijada por la variable de entorno {variable}, que prevalece sobre el archivo de configuración: una elección hecha aquí no se podría guardar. Para elegir aquí, iniciar sin {variable}.</translation>
    </message>
    <message>
        <source>The database was given on the command line (--database), which beats the config file: a choice made here could not be saved. To choose here, start without it.</source>
        <translation>La base de datos se indicó en la línea de comandos (--database), que prevalece sobre el archivo de configuración: una elección hecha aquí no se podría guardar. Para elegir aquí, iniciar sin ella.</translation>
    </message>
    <message>
        <source>The database is ready, but the choice cannot be saved in {file} ({reason}); nothing was switched.</source>
        <translation>La base de datos está lista, pero la elección no se puede guardar en {file} ({reason}); no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Booth POS: door check-in</source>
        <translation>Booth POS: control de acceso</translation>
    </message>
    <message>
        <source>Scan the visitor&apos;s QR code</source>
        <translation>Escanear el código QR del visitante</translation>
    </message>
    <message>
        <source>Pick the session, then scan.</source>
        <translation>Elegir la sesión y después escanear.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>No workshops today</source>
        <translation>Hoy no hay talleres</translation>
    </message>
    <message>
        <source>Set them up first.</source>
        <translation>Primero crearlos.</translation>
    </message>
    <message>
        <source>Pick the session first</source>
        <translation>Primero elegir la sesión</translation>
    </message>
    <message>
        <source>Cannot reach the database</source>
        <translation>No se puede acceder a la base de datos</translation>
    </message>
    <message>
        <source>Offline since {since}: check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Sin conexión desde las {since}: los registros de entrada se guardan en este portátil y se envían cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Offline since {since}: 1 check-in is kept on this laptop and sent when the line is back</source>
        <translation>Sin conexión desde las {since}: 1 registro de entrada se guarda en este portátil y se envía cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Offline since {since}: {count} check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Sin conexión desde las {since}: {count} registros de entrada se guardan en este portátil y se envían cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Back online - sending 1 check-in...</source>
        <translation>De nuevo en línea – enviando 1 registro de entrada…</translation>
    </message>
    <message>
        <source>Back online - sending {count} check-ins...</source>
        <translation>De nuevo en línea – enviando {count} registros de entrada…</translation>
    </message>
</context>
<context>
    <name>DoorVerdicts</name>
    <message>
        <source>Admitted: {name}</source>
        <translation>Admitido: {name}</translation>
    </message>
    <message>
        <source>seat {seat} of {seats}</source>
        <translation>plaza {seat} de {seats}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Ya entró a las {time}</translation>
    </message>
    <message>
        <source>{name}: all {seats} seat(s) used</source>
        <translation>{name}: ya usadas todas sus plazas ({seats})</translation>
    </message>
    <message>
        <source>another workshop</source>
        <translation>otro taller</translation>
    </message>
    <message>
        <source>Booked for {time}, not this session</source>
        <translation>Reserva para {time}, no para esta sesión</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>{title} does not take place</source>
        <translation>{title} no se celebra</translation>
    </message>
    <message>
        <source>Not booked - 1 seat free: send to the counter</source>
        <translation>Sin reserva – 1 plaza libre: enviar al mostrador</translation>
    </message>
    <message>
        <source>Not booked - {free} seats free: send to the counter</source>
        <translation>Sin reserva – {free} plazas libres: enviar al mostrador</translation>
    </message>
    <message>
        <source>{name} has no seat here</source>
        <translation>{name} no tiene plaza aquí</translation>
    </message>
    <message>
        <source>Not a visitor&apos;s code: {code}</source>
        <translation>No es un código de visitante: {code}</translation>
    </message>
</context>
<context>
    <name>EmailTest</name>
    <message>
        <source>send a test to (your address)</source>
        <translation>enviar una prueba a (dirección propia)</translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation>Enviar correo de prue&amp;ba</translation>
    </message>
    <message>
        <source>Sending a test email to {to}...</source>
        <translation>Enviando un correo de prueba a {to}…</translation>
    </message>
    <message>
        <source>Test email sent to {to} (Message-ID {id}).</source>
        <translation>Correo de prueba enviado a {to} (Message-ID {id}).</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Step 1 of 2: the database</source>
        <translation>Paso 1 de 2: la base de datos</translation>
    </message>
    <message>
        <source>Step 2 of 2: the first admin and the exhibition</source>
        <translation>Paso 2 de 2: el primer administrador y la feria</translation>
    </message>
    <message>
        <source>Booth POS: first start</source>
        <translation>Booth POS: primer inicio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the choice of database (Alt+B)</source>
        <translation>Volver a la elección de base de datos (Alt+A)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Cr&amp;ear</translation>
    </message>
    <message>
        <source>Preparing the database (creating or upgrading its tables)...</source>
        <translation>Preparando la base de datos (creando o actualizando sus tablas)…</translation>
    </message>
    <message>
        <source>This database is already set up: log in. (Saved in {path}.)</source>
        <translation>Esta base de datos ya está configurada: iniciar sesión. (Guardado en {path}.)</translation>
    </message>
    <message>
        <source>Database chosen and saved in {path}.</source>
        <translation>Base de datos elegida y guardada en {path}.</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition and the demo data (this takes a moment)...</source>
        <translation>Creando el administrador, la feria y los datos de ejemplo (tarda un momento)…</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition...</source>
        <translation>Creando el administrador y la feria…</translation>
    </message>
    <message>
        <source>Set up: admin {name}</source>
        <translation>Configurado: administrador {name}</translation>
    </message>
    <message>
        <source>exhibition {name} ({code}, {currency})</source>
        <translation>feria {name} ({code}, {currency})</translation>
    </message>
    <message>
        <source>demo data: {count} customers</source>
        <translation>datos de ejemplo: {count} clientes</translation>
    </message>
    <message>
        <source>Log in now.</source>
        <translation>Ya se puede iniciar sesión.</translation>
    </message>
    <message>
        <source>The demo data failed: {error}</source>
        <translation>Fallaron los datos de ejemplo: {error}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Esta ayuda</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Back to the checkout&apos;s scan field, from any screen</source>
        <translation>Volver al campo de escaneo de Venta, desde cualquier pantalla</translation>
    </message>
    <message>
        <source>Ctrl+1 ... Ctrl+9, Ctrl+0</source>
        <translation>Ctrl+1 … Ctrl+9, Ctrl+0</translation>
    </message>
    <message>
        <source>Open the screens listed on the left (Ctrl+0: the tenth)</source>
        <translation>Abrir las pantallas de la lista de la izquierda (Ctrl+0: la décima)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next / previous screen in the list</source>
        <translation>Pantalla siguiente / anterior de la lista</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Find a customer by code or name from any screen (Enter sells, Ctrl+E edits)</source>
        <translation>Buscar un cliente por código o nombre desde cualquier pantalla (Enter le vende, Ctrl+E edita)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the till now (the same user unlocks; another logs in and takes over)</source>
        <translation>Bloquear la caja ya (el mismo usuario la desbloquea; otro inicia sesión y toma el relevo)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Open or close the customer display (its monitor: Settings &gt; Appearance)</source>
        <translation>Abrir o cerrar la pantalla del cliente (su monitor: Configuración &gt; Apariencia)</translation>
    </message>
    <message>
        <source>Enter (scan field)</source>
        <translation>Enter (campo de escaneo)</translation>
    </message>
    <message>
        <source>Customer code: their card; barcode, SKU or product name: add it</source>
        <translation>Código de cliente: su tarjeta; código de barras, referencia o nombre de producto: añadirlo</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>New free-text line: description, Tab, amount, Tab, quantity, Tab, VAT %, Enter</source>
        <translation>Nueva línea de texto libre: descripción, Tab, importe, Tab, cantidad, Tab, IVA %, Enter</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the cart&apos;s lines (arrows move, F2 edits a cell, Delete removes a line)</source>
        <translation>Ir a las líneas del carrito (las flechas se mueven, F2 edita una celda, Delete quita una línea)</translation>
    </message>
    <message>
        <source>Alt+1 ... Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Sell the first nine quick keys of the tab on show (tap or click works too)</source>
        <translation>Vender las nueve primeras teclas rápidas de la pestaña visible (también tocando o con clic)</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Go to the quick keys: arrows move, Enter or Space sells the tile</source>
        <translation>Ir a las teclas rápidas: las flechas se mueven, Enter o Space vende el botón</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <source>Previous / next tab of quick keys (All, the categories, Workshops)</source>
        <translation>Pestaña anterior / siguiente de teclas rápidas (Todo, las categorías, Talleres)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Discount on the whole sale: 10% or an amount, spread over the lines</source>
        <translation>Descuento sobre toda la venta: 10% o un importe, repartido entre las líneas</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Walk-in sale: remove the customer from the cart</source>
        <translation>Venta de mostrador: quitar el cliente del carrito</translation>
    </message>
    <message>
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <source>Park the sale (with an optional note) and start an empty one</source>
        <translation>Aparcar la venta (con una nota opcional) y empezar una vacía</translation>
    </message>
    <message>
        <source>Shift+F10</source>
        <translation>Shift+F10</translation>
    </message>
    <message>
        <source>Parked sales of this till: Enter brings one back with its customer</source>
        <translation>Ventas aparcadas de esta caja: Enter recupera una con su cliente</translation>
    </message>
    <message>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <source>Pay: cash received (Enter), or F6 for card, both for a split payment</source>
        <translation>Pagar: efectivo recibido (Enter), o F6 para tarjeta, ambos para un pago dividido</translation>
    </message>
    <message>
        <source>Enter / Esc (confirmation)</source>
        <translation>Enter / Esc (confirmación)</translation>
    </message>
    <message>
        <source>Save the sale / go back and change it</source>
        <translation>Guardar la venta / volver y cambiarla</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New sale (asks first when the cart has lines)</source>
        <translation>Nueva venta (pregunta antes si el carrito tiene líneas)</translation>
    </message>
    <message>
        <source>Esc (scan field)</source>
        <translation>Esc (campo de escaneo)</translation>
    </message>
    <message>
        <source>Clear what was typed</source>
        <translation>Borrar lo escrito</translation>
    </message>
    <message>
        <source>Enter (invoice view)</source>
        <translation>Enter (vista de factura)</translation>
    </message>
    <message>
        <source>Done: back to an empty checkout</source>
        <translation>Hecho: volver a una venta vacía</translation>
    </message>
    <message>
        <source>Ctrl+E (invoice view)</source>
        <translation>Ctrl+E (vista de factura)</translation>
    </message>
    <message>
        <source>Edit the invoice (managers): F2 edits a cell, Ctrl+S saves</source>
        <translation>Editar la factura (encargados): F2 edita una celda, Ctrl+S guarda</translation>
    </message>
    <message>
        <source>Ctrl+P (invoice view)</source>
        <translation>Ctrl+P (vista de factura)</translation>
    </message>
    <message>
        <source>Print the receipt again (marked COPY)</source>
        <translation>Imprimir de nuevo el recibo (marcado COPIA)</translation>
    </message>
    <message>
        <source>Ctrl+R (invoice view)</source>
        <translation>Ctrl+R (vista de factura)</translation>
    </message>
    <message>
        <source>Refund the invoice, whole or per line (a credit note)</source>
        <translation>Reembolsar la factura, entera o por línea (una nota de crédito)</translation>
    </message>
    <message>
        <source>Ctrl+M (invoice view)</source>
        <translation>Ctrl+M (vista de factura)</translation>
    </message>
    <message>
        <source>Email the customer again: the invoice, a voided one&apos;s void notice; a refunded one offers its refund notices (Enter sends the latest)</source>
        <translation>Volver a enviar un correo al cliente: la factura, el aviso de anulación de una anulada; una reembolsada ofrece sus avisos de reembolso (Enter envía el más reciente)</translation>
    </message>
    <message>
        <source>Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (invoice view)</source>
        <translation>Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (vista de factura)</translation>
    </message>
    <message>
        <source>A refunded invoice&apos;s credit notes: pick one / open its PDF / save it / reprint its slip</source>
        <translation>Notas de crédito de una factura reembolsada: elegir una / abrir su PDF / guardarlo / reimprimir su comprobante</translation>
    </message>
    <message>
        <source>F5 (cash drawer)</source>
        <translation>F5 (Caja)</translation>
    </message>
    <message>
        <source>Refresh the X report</source>
        <translation>Actualizar el informe X</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+D / Ctrl+S (cash drawer)</source>
        <translation>Ctrl+P / Ctrl+D / Ctrl+S (Caja)</translation>
    </message>
    <message>
        <source>Print the X or Z report on screen (a Z printed before: COPY) / open its PDF / save it</source>
        <translation>Imprimir el informe X o Z en pantalla (un Z ya impreso: COPIA) / abrir su PDF / guardarlo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer: Ctrl+R retry, Ctrl+T another printer; one that may not have printed: Ctrl+P reprint as COPY (drawer stays shut), Ctrl+M mark printed</source>
        <translation>Recibos en espera de la impresora: Ctrl+R reintentar, Ctrl+T otra impresora; uno que quizá no se imprimió: Ctrl+P reimprimir como COPIA (el cajón sigue cerrado), Ctrl+M marcar como impreso</translation>
    </message>
    <message>
        <source>Alt+S / Alt+K, Ctrl+R, Del (outbox)</source>
        <translation>Alt+E / Alt+T, Ctrl+R, Del (Bandeja de salida)</translation>
    </message>
    <message>
        <source>Filter the customer emails by state / kind; retry one; cancel one</source>
        <translation>Filtrar los correos a clientes por estado / tipo; reintentar uno; cancelar uno</translation>
    </message>
    <message>
        <source>Ctrl+N / Ctrl+S (products)</source>
        <translation>Ctrl+N / Ctrl+S (Productos)</translation>
    </message>
    <message>
        <source>New product / save the product</source>
        <translation>Nuevo producto / guardar el producto</translation>
    </message>
    <message>
        <source>Enter / Del (product barcodes)</source>
        <translation>Enter / Del (códigos de barras del producto)</translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode / remove the selected</source>
        <translation>Añadir el código de barras escaneado o escrito / quitar el seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+I / Ctrl+E (products)</source>
        <translation>Ctrl+I / Ctrl+E (Productos)</translation>
    </message>
    <message>
        <source>Import products from a CSV (checked first) / export as CSV</source>
        <translation>Importar productos de un CSV (comprobado antes) / exportar como CSV</translation>
    </message>
    <message>
        <source>F5 / Ctrl+E (reports)</source>
        <translation>F5 / Ctrl+E (Informes)</translation>
    </message>
    <message>
        <source>Show the period&apos;s report / export it as CSV</source>
        <translation>Mostrar el informe del periodo / exportarlo como CSV</translation>
    </message>
    <message>
        <source>Alt+S / Alt+M (reports)</source>
        <translation>Alt+V / Alt+C (Informes)</translation>
    </message>
    <message>
        <source>Sales / Commission tab (Alt+A there: one cashier or all)</source>
        <translation>Pestaña Ventas / Comisión (allí Alt+A: un cajero o todos)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E (customers, invoices)</source>
        <translation>Ctrl+Shift+E (Clientes, Facturas)</translation>
    </message>
    <message>
        <source>Export the filtered list to CSV or XLSX (managers); again to stop</source>
        <translation>Exportar la lista filtrada a CSV o XLSX (encargados); otra vez para detener</translation>
    </message>
    <message>
        <source>Ctrl+S (settings)</source>
        <translation>Ctrl+S (Configuración)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
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
        <translation>ignorar</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>tipo de cliente</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>estado del lead</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>id externo</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>Campo del cliente</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Campo para {column}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>... and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns not imported&lt;/b&gt; (no customer field takes them): {names}</source>
        <translation>&lt;b&gt;Columnas no importadas&lt;/b&gt; (ningún campo del cliente las recoge): {names}</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} filas: {created} creados, {updated} actualizados, {unchanged} sin cambios, {rejected} rechazados</translation>
    </message>
    <message>
        <source>Dry run (nothing was saved): {counts}</source>
        <translation>Simulación (no se guardó nada): {counts}</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before is saved. {counts}. Importing the same file again completes it.</source>
        <translation>Importación cancelada; lo importado hasta entonces está guardado. {counts}. Importar de nuevo el mismo archivo la completa.</translation>
    </message>
    <message>
        <source>Import finished: {counts}</source>
        <translation>Importación terminada: {counts}</translation>
    </message>
    <message>
        <source>, encoding {encoding}</source>
        <translation>, codificación {encoding}</translation>
    </message>
    <message>
        <source>, delimiter {delimiter}</source>
        <translation>, separador {delimiter}</translation>
    </message>
    <message>
        <source>File {file} ({found}); on duplicate: {duplicate}; invalid email: {email}</source>
        <translation>Archivo {file} ({found}); ante un duplicado: {duplicate}; correo no válido: {email}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Codificación:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation>Rechazados, por motivo</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>Primeras filas rechazadas</translation>
    </message>
    <message>
        <source>Warnings (the customer is kept, the value as written)</source>
        <translation>Avisos (el cliente se conserva, el valor tal como está escrito)</translation>
    </message>
    <message>
        <source>First warnings</source>
        <translation>Primeros avisos</translation>
    </message>
    <message>
        <source>Duplicates matched by</source>
        <translation>Duplicados detectados por</translation>
    </message>
    <message>
        <source>Created or updated, per country</source>
        <translation>Creados o actualizados, por país</translation>
    </message>
    <message>
        <source>Created or updated, per type</source>
        <translation>Creados o actualizados, por tipo</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Paid so far: {amount} {currency}. Payments stay; the difference shows as due or owed back. F2 edits a cell, Delete removes a line, F3 adds one, Ctrl+S saves.</source>
        <translation>Pagado hasta ahora: {amount} {currency}. Los pagos se mantienen; la diferencia aparece como pendiente o a devolver. F2 edita una celda, Delete quita una línea, F3 añade una, Ctrl+S guarda.</translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <translation>Editar factura {number}</translation>
    </message>
    <message>
        <source>empty: walk-in</source>
        <translation>vacío: cliente de paso</translation>
    </message>
    <message>
        <source>required, e.g. wrong quantity</source>
        <translation>obligatorio, p. ej. cantidad errónea</translation>
    </message>
    <message>
        <source>&amp;Customer code</source>
        <translation>&amp;Código de cliente</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation>línea {number}: {problem}</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>una factura necesita al menos una línea</translation>
    </message>
    <message>
        <source>Say why the invoice is edited (Reason)</source>
        <translation>Indicar por qué se edita la factura (Motivo)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Checking whether the edit was saved - the database stopped answering ({doubt})</source>
        <translation>Comprobando si la edición se guardó – la base de datos dejó de responder ({doubt})</translation>
    </message>
    <message>
        <source>The edit is being saved: wait for the answer</source>
        <translation>Se está guardando la edición: esperar la respuesta</translation>
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
        <translation>Hecho (Enter)</translation>
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
        <translation>{number} editada. {balance}</translation>
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
        <translation>{number} anulada</translation>
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
        <source>Offline: the sales made on this till since the line dropped; the server&apos;s invoices are listed again when the line is back</source>
        <translation>Sin conexión: las ventas hechas en esta caja desde que cayó la línea; las facturas del servidor vuelven a aparecer cuando vuelva la línea</translation>
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
        <source>All but drafts</source>
        <translation>Todas menos borradores</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitidas</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Número de factura o código de cliente</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Volver (Esc)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más nuevas primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Orden</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
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
        <translation>El servidor no responde: esta caja vende con su propio diario y envía cada venta cuando vuelve la conexión (la pantalla Diario sin conexión las muestra)</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 entry waiting</source>
        <translation>Sin conexión desde {since} – 1 operación en espera</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} entries waiting</source>
        <translation>Sin conexión desde {since} – {count} operaciones en espera</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and 1 other entry waiting</source>
        <translation>Sin conexión desde {since} – 1 venta y 1 operación más en espera</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and {others} other entries waiting</source>
        <translation>Sin conexión desde {since} – 1 venta y {others} operaciones más en espera</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and 1 other entry waiting</source>
        <translation>Sin conexión desde {since} – {sales} ventas y 1 operación más en espera</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and {others} other entries waiting</source>
        <translation>Sin conexión desde {since} – {sales} ventas y {others} operaciones más en espera</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale...</source>
        <translation>De nuevo en línea – enviando 1 venta…</translation>
    </message>
    <message>
        <source>Back online - sending {count} sales...</source>
        <translation>De nuevo en línea – enviando {count} ventas…</translation>
    </message>
    <message>
        <source>Back online - sending 1 entry...</source>
        <translation>De nuevo en línea – enviando 1 operación…</translation>
    </message>
    <message>
        <source>Back online - sending {count} entries...</source>
        <translation>De nuevo en línea – enviando {count} operaciones…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and 1 other entry...</source>
        <translation>De nuevo en línea – enviando 1 venta y 1 operación más…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and {others} other entries...</source>
        <translation>De nuevo en línea – enviando 1 venta y {others} operaciones más…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and 1 other entry...</source>
        <translation>De nuevo en línea – enviando {sales} ventas y 1 operación más…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and {others} other entries...</source>
        <translation>De nuevo en línea – enviando {sales} ventas y {others} operaciones más…</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale waiting</source>
        <translation>Sin conexión desde {since} – 1 venta en espera</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} sales waiting</source>
        <translation>Sin conexión desde {since} – {count} ventas en espera</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exportar como</translation>
    </message>
    <message>
        <source>Exporting {noun} needs a manager (permission data.export)</source>
        <translation>Exportar {noun} requiere un encargado (permiso data.export)</translation>
    </message>
    <message>
        <source>E&amp;xport {noun}... ({shortcut})</source>
        <translation>E&amp;xportar {noun}… ({shortcut})</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Cancel export ({shortcut})</source>
        <translation>Cancelar exportación ({shortcut})</translation>
    </message>
    <message>
        <source>Exporting {noun} to {path}...</source>
        <translation>Exportando {noun} a {path}…</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path} (stopped: the rest was not written)</source>
        <translation>Se han exportado {count} {noun} a {path} (detenido: el resto no se escribió)</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path}</source>
        <translation>Se han exportado {count} {noun} a {path}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
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
        <translation>Booth POS</translation>
    </message>
    <message>
        <source>Database: {backend}</source>
        <translation>Base de datos: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <translation>Escáner: teclado</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
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
        <translation>Comprobando la autorización de {name}…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Unexpected error ({error}); nothing was lost, try again</source>
        <translation>Error inesperado ({error}); no se ha perdido nada, volver a intentarlo</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <translation>El cliente entrega {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>This invoice is on the server; refunds, voids and edits wait until the line is back</source>
        <translation>Esta factura está en el servidor; los reembolsos, anulaciones y ediciones esperan hasta que vuelva la conexión</translation>
    </message>
    <message>
        <source>This till is still sending its offline sales; open the invoice again in a moment</source>
        <translation>Esta caja aún está enviando sus ventas sin conexión; volver a abrir la factura en un momento</translation>
    </message>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <translation>Guardada en esta caja (sin conexión) como {number}; se enviará al servidor cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <translation>Sesión iniciada en esta caja (sin conexión)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <translation>{name} registrado en esta caja (sin conexión) como {code}; el correo de bienvenida se enviará cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>This sale is parked on the server; it can be brought back when the line is back</source>
        <translation>Esta venta está aparcada en el servidor; podrá recuperarse cuando vuelva la conexión</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>This till keeps no offline journal: its database is embedded (SQLite, on this computer), so there is no line to the server to lose.</source>
        <translation>Esta caja no lleva diario sin conexión: su base de datos es local (SQLite, en este ordenador), así que no hay conexión con el servidor que se pueda perder.</translation>
    </message>
    <message>
        <source>The offline journal is not made yet (the app makes it in the background at start).</source>
        <translation>El diario sin conexión aún no está creado (la aplicación lo crea en segundo plano al iniciar).</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Alta de cliente</translation>
    </message>
    <message>
        <source>Cash session opened</source>
        <translation>Turno de caja abierto</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Entrada/salida</translation>
    </message>
    <message>
        <source>Cash session closed</source>
        <translation>Turno de caja cerrado</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Invoice edited</source>
        <translation>Factura modificada</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · 1 conflict · last sync {when}</source>
        <translation>{pending} pendientes de envío · 1 conflicto · última sincronización {when}</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · {count} conflicts · last sync {when}</source>
        <translation>{pending} pendientes de envío · {count} conflictos · última sincronización {when}</translation>
    </message>
    <message>
        <source>Send now (Ctrl+Enter)</source>
        <translation>Enviar ahora (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Diario sin conexión</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent (oldest first)</source>
        <translation>&amp;Pendientes de envío (los más antiguos primero)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (kept with the sale; for a manager to settle)</source>
        <translation>&amp;Conflictos (se guardan con la venta; los resuelve un encargado)</translation>
    </message>
    <message>
        <source>Online: the server answers.</source>
        <translation>En línea: el servidor responde.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} still waiting: {error}</source>
        <translation>Enviados {sent}; {pending} aún en espera: {error}</translation>
    </message>
    <message>
        <source>Sent {sent}, {count} new conflict(s); {pending} waiting</source>
        <translation>Enviados {sent}, {count} conflicto(s) nuevo(s); {pending} en espera</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} waiting</source>
        <translation>Enviados {sent}; {pending} en espera</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Void notice</source>
        <translation>Aviso de anulación</translation>
    </message>
    <message>
        <source>Refund notice</source>
        <translation>Aviso de reembolso</translation>
    </message>
    <message>
        <source>customer {code}</source>
        <translation>cliente {code}</translation>
    </message>
    <message>
        <source>invoice {number}</source>
        <translation>factura {number}</translation>
    </message>
    <message>
        <source>next try {time} UTC</source>
        <translation>próximo intento {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt; to {recipient}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt; a {recipient}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Estado: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Retry now (Ctrl+R)</source>
        <translation>Reintentar ahora (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel (Del)</source>
        <translation>Cancelar (Del)</translation>
    </message>
    <message>
        <source>Resend welcome</source>
        <translation>Reenviar bienvenida</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Email to {recipient}: will be sent at the next round</source>
        <translation>Correo a {recipient}: se enviará en la próxima ronda</translation>
    </message>
    <message>
        <source>Email to {recipient}: cancelled</source>
        <translation>Correo a {recipient}: cancelado</translation>
    </message>
    <message>
        <source>Email to {recipient}: queued again</source>
        <translation>Correo a {recipient}: puesto de nuevo en cola</translation>
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
        <source>Offline: the sales parked on this till while the line is down; those parked on the server show again when the line is back</source>
        <translation>Sin conexión: las ventas aparcadas en esta caja mientras la línea está caída; las aparcadas en el servidor vuelven a aparecer cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>cliente de paso</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 línea</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} líneas</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>por {user}</translation>
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
        <translation>Guardar PDF como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Abrir P&amp;DF</translation>
    </message>
    <message>
        <source>Save PDF &amp;as...</source>
        <translation>Guardar PDF &amp;como…</translation>
    </message>
    <message>
        <source>A draft has no invoice PDF; issue it first</source>
        <translation>Un borrador no tiene PDF de factura; primero emitirla</translation>
    </message>
    <message>
        <source>Making {file}...</source>
        <translation>Generando {file}…</translation>
    </message>
    <message>
        <source>Opened {file} in the PDF viewer</source>
        <translation>{file} abierto en el visor de PDF</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the file is {path} (or use Save PDF as)</source>
        <translation>Ningún visor de PDF lo abrió; el archivo es {path} (o usar Guardar PDF como)</translation>
    </message>
    <message>
        <source>Saving {file}...</source>
        <translation>Guardando {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>The PDF could not be written {path}: {reason}</source>
        <translation>No se pudo escribir el PDF {path}: {reason}</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>No se pudo escribir el PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>No hay impresora configurada (Configuración &gt; Impresora)</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nada que imprimir</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Offline: the receipts of the sales made on this till; the server&apos;s queue shows again when the line is back</source>
        <translation>Sin conexión: los recibos de las ventas hechas en esta caja; la cola del servidor vuelve a aparecer cuando vuelva la línea</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED ({problem})</source>
        <translation>QUIZÁ IMPRESO ({problem})</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED</source>
        <translation>QUIZÁ IMPRESO</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>{document} (copy)</source>
        <translation>{document} (copia)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>aún no intentado</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt; on {printer}: {why}</source>
        <translation>&lt;b&gt;{document}: quizá no se imprimió&lt;/b&gt; en {printer}: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;{document}: quizá no se imprimió&lt;/b&gt;: {why}</translation>
    </message>
    <message>
        <source>Look at the printer. It came out: &lt;b&gt;Mark printed&lt;/b&gt; (Ctrl+M). It did not, or you cannot tell: &lt;b&gt;Reprint as COPY&lt;/b&gt; (Ctrl+P), marked COPY, the drawer stays shut.</source>
        <translation>Mirar la impresora. Si ha salido: &lt;b&gt;Marcar como impreso&lt;/b&gt; (Ctrl+M). Si no ha salido o no se sabe: &lt;b&gt;Reimprimir como COPIA&lt;/b&gt; (Ctrl+P), marcado COPIA, el cajón sigue cerrado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries on {printer}</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: {count} intentos en {printer}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: {count} intentos</translation>
    </message>
    <message>
        <source>Printer now: busy printing</source>
        <translation>Impresora ahora: imprimiendo</translation>
    </message>
    <message>
        <source>Printer now: {status}</source>
        <translation>Impresora ahora: {status}</translation>
    </message>
    <message>
        <source>Printed {numbers}.</source>
        <translation>Impreso: {numbers}.</translation>
    </message>
    <message>
        <source>{number} may not have printed: {why}. Check the printer.</source>
        <translation>{number}: quizá no se imprimió: {why}. Revisar la impresora.</translation>
    </message>
    <message>
        <source>{number} still waits: {why}</source>
        <translation>{number} sigue en espera: {why}</translation>
    </message>
    <message>
        <source>Printed {numbers}</source>
        <translation>Impreso: {numbers}</translation>
    </message>
    <message>
        <source>Nothing was sent (no printer set up, or another round has it)</source>
        <translation>No se envió nada (no hay impresora configurada, u otra ronda se ocupa)</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer</source>
        <translation>Recibos en espera de la impresora</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Impresora: -</translation>
    </message>
    <message>
        <source>&amp;Retry (Ctrl+R)</source>
        <translation>&amp;Reintentar (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send &amp;to another printer... (Ctrl+T)</source>
        <translation>Enviar a &amp;otra impresora… (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Cancel job (Del)</source>
        <translation>&amp;Cancelar trabajo (Del)</translation>
    </message>
    <message>
        <source>Reprint as COPY (Ctrl+P)</source>
        <translation>Reimprimir como COPIA (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Mark printed (Ctrl+M)</source>
        <translation>&amp;Marcar como impreso (Ctrl+M)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Impresora: no configurada</translation>
    </message>
    <message>
        <source>Printer: {error}</source>
        <translation>Impresora: {error}</translation>
    </message>
    <message>
        <source>No receipt is waiting.</source>
        <translation>No hay ningún recibo en espera.</translation>
    </message>
    <message>
        <source>Sending {document} to {url}...</source>
        <translation>Enviando {document} a {url}…</translation>
    </message>
    <message>
        <source>Sending {document} to the printer...</source>
        <translation>Enviando {document} a la impresora…</translation>
    </message>
    <message>
        <source>Copy of {document}</source>
        <translation>Copia de {document}</translation>
    </message>
    <message>
        <source>Printing a copy of {document}...</source>
        <translation>Imprimiendo una copia de {document}…</translation>
    </message>
    <message>
        <source>Marking {document} printed...</source>
        <translation>Marcando {document} como impreso…</translation>
    </message>
    <message>
        <source>{document} marked printed</source>
        <translation>{document} marcado como impreso</translation>
    </message>
    <message>
        <source>Cancelling {document}...</source>
        <translation>Cancelando {document}…</translation>
    </message>
    <message>
        <source>{document} will not print; it can be printed again any time</source>
        <translation>{document} no se imprimirá; se puede volver a imprimir en cualquier momento</translation>
    </message>
    <message>
        <source>Send to another printer</source>
        <translation>Enviar a otra impresora</translation>
    </message>
    <message>
        <source>Printer URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, ...):</source>
        <translation>URL de la impresora (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, …):</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
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
        <translation>Impresora de recibos; clic o Ctrl+Shift+P para ver los recibos en espera</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>papel casi agotado</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>sin papel</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>tapa abierta</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>Sent to the printer, but the printer never confirmed it. Look at the printer, then in the print queue (click, or Ctrl+Shift+P) reprint it as a COPY (the drawer stays shut) or mark it printed. Nothing prints it again by itself.</source>
        <translation>Enviado a la impresora, pero la impresora nunca lo confirmó. Mirar la impresora y después, en la cola de impresión (clic o Ctrl+Shift+P), reimprimirlo como COPIA (el cajón sigue cerrado) o marcarlo como impreso. Nada lo vuelve a imprimir por sí solo.</translation>
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
        <translation>Impresora de recibos: {status}</translation>
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
        <translation>Estado de {url}: {status}</translation>
    </message>
    <message>
        <source>Status: -</source>
        <translation>Estado: -</translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation>Imprimir página de prue&amp;ba</translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation>Co&amp;mprobar estado</translation>
    </message>
    <message>
        <source>Status: no printer set up (type its URL above)</source>
        <translation>Estado: no hay impresora configurada (escribir su URL arriba)</translation>
    </message>
    <message>
        <source>Status: {error}</source>
        <translation>Estado: {error}</translation>
    </message>
    <message>
        <source>Type the printer&apos;s URL first (e.g. tcp://192.168.1.50:9100)</source>
        <translation>Primero escribir la URL de la impresora (p. ej. tcp://192.168.1.50:9100)</translation>
    </message>
    <message>
        <source>Printing a test page on {url}...</source>
        <translation>Imprimiendo una página de prueba en {url}…</translation>
    </message>
    <message>
        <source>Test page sent to {url}; the printer took it ({status}).</source>
        <translation>Página de prueba enviada a {url}; la impresora la aceptó ({status}).</translation>
    </message>
</context>
<context>
    <name>ProductFileActions</name>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tablas (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exportar productos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV... (Ctrl+I)</source>
        <translation>Importar CSV… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>Exportar CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {outcome}</source>
        <translation>{file} importado: {outcome}</translation>
    </message>
    <message>
        <source>{count} products written to {path}</source>
        <translation>{count} productos escritos en {path}</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Codificación:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No se rechazó ninguna fila.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt; (fix them in the file and import it again)</source>
        <translation>&lt;b&gt;Filas rechazadas&lt;/b&gt; (corregirlas en el archivo e importarlo de nuevo)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import it?</source>
        <translation>¿Importarlo?</translation>
    </message>
    <message>
        <source>Nothing in it would change the catalogue.</source>
        <translation>Nada de su contenido cambiaría el catálogo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {file}&lt;/b&gt;: {outcome}</source>
        <translation>&lt;b&gt;{file} importado&lt;/b&gt;: {outcome}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Productos que coinciden con {typed} (Enter añade, Esc cancela):</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Search name, SKU or barcode</source>
        <translation>Buscar nombre, referencia o código de barras</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>On sale (can be scanned)</source>
        <translation>A la venta (se puede escanear)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Nuevo producto (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>&amp;Códigos de barras</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>Pr&amp;ecio</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>I&amp;VA %</translation>
    </message>
    <message>
        <source>Quick-key &amp;presets (named amounts)...</source>
        <translation>Importes &amp;predefinidos (teclas rápidas)…</translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation>Producto {sku}</translation>
    </message>
    <message>
        <source>{sku} {name} added</source>
        <translation>{sku} {name} añadido</translation>
    </message>
    <message>
        <source>{sku} {name} saved</source>
        <translation>{sku} {name} guardado</translation>
    </message>
    <message>
        <source>{sku} {name} saved (not on sale)</source>
        <translation>{sku} {name} guardado (no a la venta)</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Customer code</source>
        <translation>Código de cliente</translation>
    </message>
    <message>
        <source>Drawing the QR code...</source>
        <translation>Dibujando el código QR…</translation>
    </message>
    <message>
        <source>Let the visitor photograph the QR code; scanning it at the checkout finds them.</source>
        <translation>Dejar que el visitante fotografíe el código QR; al escanearlo en Venta se le encuentra.</translation>
    </message>
</context>
<context>
    <name>QuickKeyPresets</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Quick-key presets</source>
        <translation>Importes predefinidos (teclas rápidas)</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Favorito: primero en sus pestañas</translation>
    </message>
    <message>
        <source>&amp;Add preset (Enter)</source>
        <translation>&amp;Añadir importe (Enter)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>I&amp;VA %</translation>
    </message>
    <message>
        <source>&amp;Tab (optional)</source>
        <translation>&amp;Pestaña (opcional)</translation>
    </message>
    <message>
        <source>{name} added to the quick keys</source>
        <translation>{name} añadido a las teclas rápidas</translation>
    </message>
    <message>
        <source>{name} removed from the quick keys</source>
        <translation>{name} quitado de las teclas rápidas</translation>
    </message>
</context>
<context>
    <name>QuickKeySetting</name>
    <message>
        <source>Quick key at the checkout</source>
        <translation>Tecla rápida en Venta</translation>
    </message>
    <message>
        <source>Show as a &amp;tile</source>
        <translation>Mostrar como &amp;botón</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Favorito: primero en sus pestañas</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>por nombre</translation>
    </message>
    <message>
        <source>Lower places come first; favourites before all others</source>
        <translation>Las posiciones más bajas van primero; los favoritos antes que todos los demás</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>P&amp;osición</translation>
    </message>
</context>
<context>
    <name>QuickKeyTiles</name>
    <message>
        <source>full</source>
        <translation>completo</translation>
    </message>
</context>
<context>
    <name>QuickKeys</name>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Quick keys not loaded: {error}</source>
        <translation>Teclas rápidas no cargadas: {error}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Copy of {number}&apos;s receipt</source>
        <translation>Copia del recibo de {number}</translation>
    </message>
    <message>
        <source>{what} printed on {printer}</source>
        <translation>{what} impreso en {printer}</translation>
    </message>
    <message>
        <source>{what} may not have printed: {why}. Check the printer; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>{what}: quizá no se imprimió: {why}. Revisar la impresora; la cola de impresión (Ctrl+Shift+P) lo reimprime como COPIA o lo marca como impreso</translation>
    </message>
    <message>
        <source>{what} waits in the print queue: {why} (Ctrl+Shift+P to retry or send it elsewhere)</source>
        <translation>{what} espera en la cola de impresión: {why} (Ctrl+Shift+P para reintentar o enviarlo a otra impresora)</translation>
    </message>
    <message>
        <source>{what} queued; it prints in a moment</source>
        <translation>{what} en cola; se imprime en un momento</translation>
    </message>
    <message>
        <source>A draft has no receipt</source>
        <translation>Un borrador no tiene recibo</translation>
    </message>
    <message>
        <source>Drawing the receipt...</source>
        <translation>Dibujando el recibo…</translation>
    </message>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>No hay impresora configurada (Configuración &gt; Impresora)</translation>
    </message>
    <message>
        <source>Print the receipt again, marked COPY (Ctrl+P)</source>
        <translation>Imprimir de nuevo el recibo, marcado COPIA (Ctrl+P)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>Printing a copy of {number}&apos;s receipt...</source>
        <translation>Imprimiendo una copia del recibo de {number}…</translation>
    </message>
</context>
<context>
    <name>ReceiptWatch</name>
    <message>
        <source>Receipt {number} printed now, after the printer came back</source>
        <translation>Recibo {number} impreso ahora, tras volver la impresora</translation>
    </message>
    <message>
        <source>Receipt {number} printed</source>
        <translation>Recibo {number} impreso</translation>
    </message>
    <message>
        <source>The receipt of {number} may not have printed ({why}). Check the paper; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>El recibo de {number} quizá no se imprimió ({why}). Revisar el papel; la cola de impresión (Ctrl+Shift+P) lo reimprime como COPIA o lo marca como impreso</translation>
    </message>
    <message>
        <source>The receipt of {number} did not print: {why}. It prints by itself when the printer is back (marked PRINTED LATE if that is minutes from now); Ctrl+P tries again</source>
        <translation>El recibo de {number} no se imprimió: {why}. Se imprime solo cuando vuelva la impresora (marcado IMPRESO CON RETRASO si es dentro de unos minutos); Ctrl+P lo vuelve a intentar</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund {number}</source>
        <translation>Reembolsar {number}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>A reembolsar</translation>
    </message>
    <message>
        <source>Back to stock (untick for damaged goods)</source>
        <translation>Devolver al stock (desmarcar si la mercancía está dañada)</translation>
    </message>
    <message>
        <source>required, e.g. mug chipped</source>
        <translation>obligatorio, p. ej. taza desportillada</translation>
    </message>
    <message>
        <source>Pay &amp;back by</source>
        <translation>&amp;Devolver con</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Nothing to refund: every quantity is 0</source>
        <translation>Nada que reembolsar: todas las cantidades son 0</translation>
    </message>
    <message>
        <source>Checking whether the refund was saved - the database stopped answering ({doubt})</source>
        <translation>Comprobando si el reembolso se guardó – la base de datos dejó de responder ({doubt})</translation>
    </message>
    <message>
        <source>The refund is being saved: wait for the answer</source>
        <translation>Se está guardando el reembolso: esperar la respuesta</translation>
    </message>
</context>
<context>
    <name>RegisterCustomer</name>
    <message>
        <source>Register customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Register &amp;anyway (Alt+A)</source>
        <translation>Registrar de todos &amp;modos (Alt+M)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Register another (Ctrl+N / Enter)</source>
        <translation>Registrar otro (Ctrl+N / Enter)</translation>
    </message>
    <message>
        <source>Sell to this customer (Ctrl+B)</source>
        <translation>Vender a este cliente (Ctrl+B)</translation>
    </message>
    <message>
        <source>Badge P&amp;DF</source>
        <translation>P&amp;DF de la acreditación</translation>
    </message>
    <message>
        <source>Save bad&amp;ge as...</source>
        <translation>Guardar acreditación &amp;como…</translation>
    </message>
    <message>
        <source>To save, complete or correct: {fields}</source>
        <translation>Para guardar, completar o corregir: {fields}</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Corregir los campos marcados</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Checking whether the registration was saved - the database stopped answering ({doubt})</source>
        <translation>Comprobando si el registro se guardó – la base de datos dejó de responder ({doubt})</translation>
    </message>
    <message>
        <source>Registered {name}</source>
        <translation>{name} registrado</translation>
    </message>
    <message>
        <source>No QR image</source>
        <translation>Sin imagen QR</translation>
    </message>
    <message>
        <source>The customer is saved, but drawing the QR failed: {error}</source>
        <translation>El cliente está guardado, pero no se pudo dibujar el QR: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{email}&lt;/b&gt; is already registered to &lt;b&gt;{name}&lt;/b&gt; ({code}). Change the email, or register anyway only if this really is another person.</source>
        <translation>&lt;b&gt;{email}&lt;/b&gt; ya está registrado para &lt;b&gt;{name}&lt;/b&gt; ({code}). Cambiar el correo, o registrar de todos modos solo si de verdad es otra persona.</translation>
    </message>
    <message>
        <source>{error} - the form is kept: press Ctrl+S to try again</source>
        <translation>{error} – el formulario se conserva: pulsar Ctrl+S para volver a intentarlo</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sales {first} - {last} · {exhibition} ({currency})</source>
        <translation>Ventas {first} – {last} · {exhibition} ({currency})</translation>
    </message>
    <message>
        <source>Net sales &lt;b&gt;{gross} {currency}&lt;/b&gt; from {count} invoices · VAT {vat} · discounts given {discounts}</source>
        <translation>Ventas netas &lt;b&gt;{gross} {currency}&lt;/b&gt; de {count} facturas · IVA {vat} · descuentos concedidos {discounts}</translation>
    </message>
    <message>
        <source>not paid {amount}</source>
        <translation>sin pagar {amount}</translation>
    </message>
    <message>
        <source>Issued {issued} ({issued_amount}) − voided {voided} ({voided_amount}) − refunded {refunded} ({refunded_amount}) = {gross}</source>
        <translation>Emitidas {issued} ({issued_amount}) − anuladas {voided} ({voided_amount}) − reembolsadas {refunded} ({refunded_amount}) = {gross}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>Por tipo de IVA</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Por forma de pago</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Por cajero</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Show (F5)</source>
        <translation>Mostrar (F5)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>Exportar CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Últimos &amp;7 días</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo día</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>Abrir P&amp;DF</translation>
    </message>
    <message>
        <source>Save PDF as...</source>
        <translation>Guardar PDF como…</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Ventas</translation>
    </message>
    <message>
        <source>Co&amp;mmission</source>
        <translation>&amp;Comisión</translation>
    </message>
    <message>
        <source>Adding up...</source>
        <translation>Sumando…</translation>
    </message>
    <message>
        <source>Export sales report</source>
        <translation>Exportar informe de ventas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
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
        <translation>ref. {reference}</translation>
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
        <translation>Se escaneó un código de venta, pero este rol no tiene acceso a Venta</translation>
    </message>
    <message>
        <source>Scanned invoice {number}, but this role cannot open invoices</source>
        <translation>Se escaneó la factura {number}, pero este rol no puede abrir facturas</translation>
    </message>
</context>
<context>
    <name>ScanReaders</name>
    <message>
        <source>{error}; using zxing</source>
        <translation>{error}; se usa zxing</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>keyboard</source>
        <translation>teclado</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>cámara</translation>
    </message>
    <message>
        <source>Scan ({source}) not used: {reason}</source>
        <translation>Escaneo ({source}) no usado: {reason}</translation>
    </message>
    <message>
        <source>a dialog</source>
        <translation>un diálogo</translation>
    </message>
    <message>
        <source>Scan of {what} refused: close {title} first, then scan again</source>
        <translation>Escaneo de {what} rechazado: cerrar primero {title} y después volver a escanear</translation>
    </message>
    <message>
        <source>Too many scans waiting: {what} dropped</source>
        <translation>Demasiados escaneos en espera: {what} descartado</translation>
    </message>
    <message>
        <source>Scan of {what} waits until {title} is closed</source>
        <translation>El escaneo de {what} espera hasta que se cierre {title}</translation>
    </message>
</context>
<context>
    <name>ScannerSettings</name>
    <message>
        <source>&lt;b&gt;Try it:&lt;/b&gt; scan something now; it is shown here, not used.</source>
        <translation>&lt;b&gt;Probar:&lt;/b&gt; escanear algo ahora; se muestra aquí, no se usa.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Aún no se ha escaneado nada.</translation>
    </message>
</context>
<context>
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>serie {port}</translation>
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
        <translation>Imprimir informe (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print this report on the till&apos;s printer (Ctrl+P)</source>
        <translation>Imprimir este informe en la impresora de la caja (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+D)</source>
        <translation>Abrir PDF (Ctrl+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+S)</source>
        <translation>Guardar PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>No report on screen</source>
        <translation>Ningún informe en pantalla</translation>
    </message>
    <message>
        <source>{kind} report {number}</source>
        <translation>Informe {kind} {number}</translation>
    </message>
    <message>
        <source>Printing {what}...</source>
        <translation>Imprimiendo {what}…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>opened at the next login</source>
        <translation>se abre en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Keyboard scanners</source>
        <translation>Escáneres de teclado</translation>
    </message>
    <message>
        <source>tell scanner bursts from typing</source>
        <translation>distinguir las ráfagas del escáner de lo tecleado</translation>
    </message>
    <message>
        <source>Scanner ends a code with</source>
        <translation>El escáner termina un código con</translation>
    </message>
    <message>
        <source>nothing (a pause ends it)</source>
        <translation>nada (una pausa lo termina)</translation>
    </message>
    <message>
        <source>Max ms between a scan&apos;s keys</source>
        <translation>Máx. ms entre las teclas de un escaneo</translation>
    </message>
    <message>
        <source>people type 80+ ms apart</source>
        <translation>las personas teclean con 80+ ms de separación</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>Código más corto</translation>
    </message>
    <message>
        <source>shorter bursts count as typing</source>
        <translation>las ráfagas más cortas cuentan como tecleo</translation>
    </message>
    <message>
        <source>Pause that ends a code (ms)</source>
        <translation>Pausa que termina un código (ms)</translation>
    </message>
    <message>
        <source>for scanners without Enter</source>
        <translation>para escáneres sin Enter</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>characters the scanner sends first (removed)</source>
        <translation>caracteres que el escáner envía al principio (se quitan)</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>characters the scanner sends last (removed)</source>
        <translation>caracteres que el escáner envía al final (se quitan)</translation>
    </message>
    <message>
        <source>Same code again counts after (ms)</source>
        <translation>El mismo código vuelve a contar tras (ms)</translation>
    </message>
    <message>
        <source>0: every scan</source>
        <translation>0: cada escaneo</translation>
    </message>
    <message>
        <source>Scan while a dialog is open</source>
        <translation>Escaneo con un diálogo abierto</translation>
    </message>
    <message>
        <source>wait until it is closed</source>
        <translation>esperar hasta que se cierre</translation>
    </message>
    <message>
        <source>refuse with a message</source>
        <translation>rechazar con un mensaje</translation>
    </message>
    <message>
        <source>Beep on a rejected scan</source>
        <translation>Pitido en un escaneo rechazado</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <source>/dev/ttyACM0, COM3; opened at the next login</source>
        <translation>/dev/ttyACM0, COM3; se abre en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation>Velocidad del puerto serie (baudios)</translation>
    </message>
    <message>
        <source>as set in the scanner</source>
        <translation>la configurada en el escáner</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>0 = first camera, or a device/video path; opened at the next login</source>
        <translation>0 = primera cámara, o una ruta de dispositivo/vídeo; se abre en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Camera decoder</source>
        <translation>Decodificador de la cámara</translation>
    </message>
    <message>
        <source>zxing-cpp (best)</source>
        <translation>zxing-cpp (el mejor)</translation>
    </message>
    <message>
        <source>zbar (needs libzbar)</source>
        <translation>zbar (necesita libzbar)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; empty: no receipts</source>
        <translation>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; vacío: sin recibos</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>python-escpos profile: default, TM-T20II, POS-5890...</source>
        <translation>perfil de python-escpos: default, TM-T20II, POS-5890…</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Caracteres por línea</translation>
    </message>
    <message>
        <source>32 on 58 mm paper, 42 or 48 on 80 mm</source>
        <translation>32 en papel de 58 mm, 42 o 48 en 80 mm</translation>
    </message>
    <message>
        <source>Print the receipt after each sale</source>
        <translation>Imprimir el recibo tras cada venta</translation>
    </message>
    <message>
        <source>Open the cash drawer on cash sales</source>
        <translation>Abrir el cajón en las ventas en efectivo</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Tiempo límite (segundos)</translation>
    </message>
    <message>
        <source>a printer that does not answer</source>
        <translation>para una impresora que no responde</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Pie del recibo</translation>
    </message>
    <message>
        <source>lines separated by |</source>
        <translation>líneas separadas por |</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>suggested for new exhibitions</source>
        <translation>propuesta para ferias nuevas</translation>
    </message>
    <message>
        <source>Default VAT rate (%)</source>
        <translation>Tipo de IVA por defecto (%)</translation>
    </message>
    <message>
        <source>for new lines</source>
        <translation>para las líneas nuevas</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Precios con IVA incluido</translation>
    </message>
    <message>
        <source>typed prices are gross (on) or net (off)</source>
        <translation>los precios escritos son brutos (activado) o netos (desactivado)</translation>
    </message>
    <message>
        <source>Sales need an open cash session</source>
        <translation>Las ventas requieren un turno de caja abierto</translation>
    </message>
    <message>
        <source>the till&apos;s float counted in (Cash drawer) before the first sale</source>
        <translation>el fondo inicial de la caja contado (Caja) antes de la primera venta</translation>
    </message>
    <message>
        <source>Ask about cash above (x due)</source>
        <translation>Preguntar si el efectivo supera (x importe)</translation>
    </message>
    <message>
        <source>cash over this many times what is due needs a yes from the cashier</source>
        <translation>el efectivo que supere este múltiplo del importe a pagar requiere un sí del cajero</translation>
    </message>
    <message>
        <source>... but never below</source>
        <translation>… pero nunca por debajo de</translation>
    </message>
    <message>
        <source>a 100 note for a coffee is normal: no question up to this amount</source>
        <translation>un billete de 100 para un café es normal: sin pregunta hasta este importe</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Fac&amp;turas</translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation>Código de terminal</translation>
    </message>
    <message>
        <source>the series in this till&apos;s invoice numbers (EXPO-T1-0001); unique per till</source>
        <translation>la serie en los números de factura de esta caja (EXPO-T1-0001); único por caja</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Nombre de terminal</translation>
    </message>
    <message>
        <source>shown at the login</source>
        <translation>se muestra al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Región telefónica por defecto</translation>
    </message>
    <message>
        <source>national numbers are read as this country&apos;s (DE, AT, US...)</source>
        <translation>los números nacionales se leen como de este país (DE, AT, US…)</translation>
    </message>
    <message>
        <source>Email required at registration</source>
        <translation>Correo obligatorio en el registro</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>Tien&amp;da</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>on emails and badges; invoices: the seller&apos;s name, else this, else the exhibition&apos;s</source>
        <translation>en correos y acreditaciones; facturas: el nombre del vendedor, si no este, si no el de la feria</translation>
    </message>
    <message>
        <source>Invoice footer</source>
        <translation>Pie de factura</translation>
    </message>
    <message>
        <source>bank details, thanks</source>
        <translation>datos bancarios, agradecimiento</translation>
    </message>
    <message>
        <source>Invoice paper</source>
        <translation>Papel de factura</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Se&amp;ller</source>
        <translation>&amp;Vendedor</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>on every invoice, receipt and invoice email</source>
        <translation>en cada factura, recibo y correo de factura</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>ISO code or name (DE, Germany)</source>
        <translation>código ISO o nombre (ES, España)</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>EU VAT ID (DE136695976); with the country it decides who may be reverse charged</source>
        <translation>NIF-IVA de la UE (DE136695976); junto con el país decide a quién se puede aplicar la inversión del sujeto pasivo</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Número fiscal</translation>
    </message>
    <message>
        <source>national tax number (Steuernummer)</source>
        <translation>número fiscal nacional (Steuernummer)</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Datos registrales</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Berlin HRB 12345</source>
        <translation>p. ej. Amtsgericht Berlin HRB 12345</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Se&amp;guridad</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>0 never locks</source>
        <translation>0 no bloquea nunca</translation>
    </message>
    <message>
        <source>Failed logins before waits</source>
        <translation>Inicios de sesión fallidos antes de esperas</translation>
    </message>
    <message>
        <source>then each next try of that name waits 1, 2, 4... seconds</source>
        <translation>después, cada nuevo intento con ese nombre espera 1, 2, 4… segundos</translation>
    </message>
    <message>
        <source>Longest wait (seconds)</source>
        <translation>Espera máxima (segundos)</translation>
    </message>
    <message>
        <source>the most a wrong-password guesser can hold up a real user</source>
        <translation>lo máximo que alguien que adivina contraseñas puede retener a un usuario real</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>light, dark, high contrast, or as the desktop</source>
        <translation>claro, oscuro, alto contraste o como el escritorio</translation>
    </message>
    <message>
        <source>Touch mode</source>
        <translation>Modo táctil</translation>
    </message>
    <message>
        <source>buttons and fields 44 px high, for fingers</source>
        <translation>botones y campos de 44 px de alto, para los dedos</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <source>open the visitor&apos;s screen with the app (Ctrl+Shift+V opens or closes it)</source>
        <translation>abrir la pantalla del visitante con la aplicación (Ctrl+Shift+V la abre o la cierra)</translation>
    </message>
    <message>
        <source>Display on monitor</source>
        <translation>Mostrar en el monitor</translation>
    </message>
    <message>
        <source>0 the first, 1 the second</source>
        <translation>0 el primero, 1 el segundo</translation>
    </message>
    <message>
        <source>Display full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>on its own monitor</source>
        <translation>en su propio monitor</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org; empty: no emails go out</source>
        <translation>p. ej. smtp.example.org; vacío: no se envían correos</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL, 25 plain</source>
        <translation>587 para STARTTLS, 465 para SSL, 25 sin cifrar</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Ninguna (solo relay local)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>vacío: sin autenticación</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>kept in the system keyring where there is one</source>
        <translation>guardada en el llavero del sistema, si lo hay</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>From: of every customer email</source>
        <translation>De: de cada correo a clientes</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Imagen del logotipo</translation>
    </message>
    <message>
        <source>PNG or JPEG file shown on top of emails</source>
        <translation>archivo PNG o JPEG que se muestra arriba en los correos</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Intentos de entrega</translation>
    </message>
    <message>
        <source>before a message is failed</source>
        <translation>antes de dar un mensaje por fallido</translation>
    </message>
    <message>
        <source>Sca&amp;nner</source>
        <translation>&amp;Escáner</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>Im&amp;presora</translation>
    </message>
    <message>
        <source>default value</source>
        <translation>valor por defecto</translation>
    </message>
    <message>
        <source>from the configuration file</source>
        <translation>del archivo de configuración</translation>
    </message>
    <message>
        <source>PNG printed on top of each receipt; empty: none</source>
        <translation>PNG impreso arriba en cada recibo; vacío: ninguno</translation>
    </message>
    <message>
        <source>Now: {source}.</source>
        <translation>Ahora: {source}.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Read-only: {reason}.</source>
        <translation>Solo lectura: {reason}.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>Gua&amp;rdar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Write the changes to the configuration file (Ctrl+S)</source>
        <translation>Escribir los cambios en el archivo de configuración (Ctrl+S)</translation>
    </message>
    <message>
        <source>Configuration file: {path}. Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Archivo de configuración: {path}. Ctrl+S guarda; Alt+letra subrayada o Ctrl+Tab cambia de pestaña.</translation>
    </message>
    <message>
        <source>Configuration file: {path} (created at the first save). Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Archivo de configuración: {path} (se crea al guardar por primera vez). Ctrl+S guarda; Alt+letra subrayada o Ctrl+Tab cambia de pestaña.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The SMTP password is in the system keyring.</source>
        <translation>La contraseña SMTP está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Note: {warning}.</source>
        <translation>Nota: {warning}.</translation>
    </message>
    <message>
        <source>Nothing changed; the file was left as it was.</source>
        <translation>No ha cambiado nada; el archivo se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>Applied now: {settings}.</source>
        <translation>Aplicado ya: {settings}.</translation>
    </message>
    <message>
        <source>At the next start of the app: {settings}.</source>
        <translation>En el próximo inicio de la aplicación: {settings}.</translation>
    </message>
    <message>
        <source>Nothing was saved. {problems}</source>
        <translation>No se ha guardado nada. {problems}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>optional: the admin&apos;s full name</source>
        <translation>opcional: el nombre completo del administrador</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation>p. ej. Expo 2026</translation>
    </message>
    <message>
        <source>short code in invoice numbers; empty: suggested</source>
        <translation>código corto en los números de factura; vacío: propuesto</translation>
    </message>
    <message>
        <source>Add &amp;demo data (customers, products and a few days of sales)</source>
        <translation>Añadir &amp;datos de ejemplo (clientes, productos y ventas)</translation>
    </message>
    <message>
        <source>Now the first admin (there is no default password) and the exhibition you sell for. More users are added later under Users.</source>
        <translation>Ahora el primer administrador (no hay contraseña por defecto) y la feria para la que se vende. Más usuarios se añaden después en Usuarios.</translation>
    </message>
    <message>
        <source>Admin &amp;user name</source>
        <translation>Nombre de &amp;usuario del administrador</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <source>&amp;Exhibition</source>
        <translation>&amp;Feria</translation>
    </message>
    <message>
        <source>Exhibition c&amp;ode</source>
        <translation>Códi&amp;go de la feria</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Setting up the SQLite file &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation>Se configura el archivo SQLite &lt;code&gt;{path}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Setting up the PostgreSQL database &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Se configura la base de datos PostgreSQL &lt;code&gt;{url}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>falta un nombre</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>LOW</source>
        <translation>BAJO</translation>
    </message>
    <message>
        <source>{sku} {quantity} (missing {missing})</source>
        <translation>{sku} {quantity} (faltan {missing})</translation>
    </message>
    <message>
        <source>Location (empty: all), e.g. BOOTH</source>
        <translation>Ubicación (vacío: todas), p. ej. BOOTH</translation>
    </message>
    <message>
        <source>&amp;Low only</source>
        <translation>Solo stock &amp;bajo</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Recei&amp;ve...</source>
        <translation>Re&amp;cibir…</translation>
    </message>
    <message>
        <source>Transfer {id} {source} -&gt; {target}: {status}</source>
        <translation>Traspaso {id} {source} -&gt; {target}: {status}</translation>
    </message>
    <message>
        <source>Select a transfer first</source>
        <translation>Primero seleccionar un traspaso</translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation>Solicitar un traspaso</translation>
    </message>
    <message>
        <source>From, to and items, e.g.:  WAREHOUSE BOOTH MUG:20 CAP:10</source>
        <translation>Origen, destino y artículos, p. ej.:  WAREHOUSE BOOTH MUG:20 CAP:10</translation>
    </message>
    <message>
        <source>Write FROM TO SKU:QTY [SKU:QTY ...]</source>
        <translation>Escribir ORIGEN DESTINO REF:CANT [REF:CANT …]</translation>
    </message>
    <message>
        <source>Reject transfer</source>
        <translation>Rechazar traspaso</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Recibir traspaso</translation>
    </message>
    <message>
        <source>What arrived, if not all that was sent (SKU:QTY ...):</source>
        <translation>Lo que llegó, si no llegó todo lo enviado (REF:CANT …):</translation>
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
        <translation>Talleres de hoy</translation>
    </message>
    <message>
        <source>No workshops today.</source>
        <translation>Hoy no hay talleres.</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (cancelado)</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Usuario seleccionado</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Asignar rol</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Desactivar / activar</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir nueva contraseña</translation>
    </message>
    <message>
        <source>Selected user: {user} (enabled)</source>
        <translation>Usuario seleccionado: {user} (activo)</translation>
    </message>
    <message>
        <source>Selected user: {user} (disabled)</source>
        <translation>Usuario seleccionado: {user} (desactivado)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>the two passwords differ; type them again</source>
        <translation>las dos contraseñas no coinciden; escribirlas de nuevo</translation>
    </message>
    <message>
        <source>{user} added as {role}</source>
        <translation>{user} añadido como {role}</translation>
    </message>
    <message>
        <source>select a user first</source>
        <translation>primero seleccionar un usuario</translation>
    </message>
    <message>
        <source>{user} is now {role}</source>
        <translation>{user} ahora es {role}</translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation>{user} activado</translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation>{user} desactivado</translation>
    </message>
    <message>
        <source>password of {user} reset</source>
        <translation>contraseña de {user} restablecida</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitida</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>particular</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>creador</translation>
    </message>
    <message>
        <source>press</source>
        <translation>prensa</translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation>expositor</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>vip</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>&amp;Today only (timetable)</source>
        <translation>Solo &amp;hoy (horario)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>&amp;Add workshop</source>
        <translation>&amp;Añadir taller</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Price (0: free)</source>
        <translation>Precio (0: gratis)</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Selected workshop</source>
        <translation>Taller seleccionado</translation>
    </message>
    <message>
        <source>why (emailed to everyone holding a seat)</source>
        <translation>motivo (se envía por correo a todos los que tienen plaza)</translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation>&amp;Cancelar taller</translation>
    </message>
    <message>
        <source>Send ce&amp;rtificates</source>
        <translation>Enviar ce&amp;rtificados</translation>
    </message>
    <message>
        <source>Open the &amp;door view</source>
        <translation>Abrir el control de acc&amp;eso</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{code} added</source>
        <translation>{code} añadido</translation>
    </message>
    <message>
        <source>select a workshop in the list first</source>
        <translation>primero seleccionar un taller en la lista</translation>
    </message>
    <message>
        <source>say why it is cancelled: the people booked get the reason</source>
        <translation>indicar por qué se cancela: las personas con reserva reciben el motivo</translation>
    </message>
    <message>
        <source>{code} cancelled; everyone holding a seat gets an email</source>
        <translation>{code} cancelado; todos los que tienen plaza reciben un correo</translation>
    </message>
    <message>
        <source>{count} certificate email(s) queued for {code}</source>
        <translation>{count} correo(s) de certificado en cola para {code}</translation>
    </message>
</context>
</TS>
