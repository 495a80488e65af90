<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>{where}: {field}</source>
        <translation>{where}: {field}</translation>
    </message>
    <message>
        <source>could not find a free customer code; try again</source>
        <translation>impossibile trovare un codice cliente libero; riprova</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}); register anyway only if this is really another person</source>
        <translation>{email} è già registrata per {name} ({code}); registra comunque solo se si tratta davvero di un&apos;altra persona</translation>
    </message>
    <message>
        <source>no customer with code {code}</source>
        <translation>nessun cliente con il codice {code}</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>non è modificabile</translation>
    </message>
    <message>
        <source>customer {code} was changed on another terminal; reload and try again</source>
        <translation>il cliente {code} è stato modificato su un&apos;altra cassa; ricarica e riprova</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>fotocamera {number}</translation>
    </message>
    <message>
        <source>no camera is set (scanner.camera)</source>
        <translation>nessuna fotocamera impostata (scanner.camera)</translation>
    </message>
    <message>
        <source>{camera} cannot be opened: not connected, or busy in another program</source>
        <translation>impossibile aprire {camera}: non collegata, o in uso da un altro programma</translation>
    </message>
    <message>
        <source>the zbar decoder needs the zbar library (Debian: libzbar0): {error}</source>
        <translation>il decoder zbar richiede la libreria zbar (Debian: libzbar0): {error}</translation>
    </message>
    <message>
        <source>unknown decoder {name!r}; use one of {names}</source>
        <translation>decoder {name!r} sconosciuto; usane uno tra {names}</translation>
    </message>
    <message>
        <source>{program} for PostgreSQL {major} (or newer) is not installed: install postgresql-client-{major} (Debian, Ubuntu) or the server&apos;s client tools</source>
        <translation>{program} per PostgreSQL {major} (o più recente) non è installato: installa postgresql-client-{major} (Debian, Ubuntu) o gli strumenti client del server</translation>
    </message>
    <message>
        <source>{program} did not finish within {minutes} minutes</source>
        <translation>{program} non è terminato entro {minutes} minuti</translation>
    </message>
    <message>
        <source>{program} could not be started: {why}</source>
        <translation>impossibile avviare {program}: {why}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>codice di uscita {code}</translation>
    </message>
    <message>
        <source>{program} failed: {reason}</source>
        <translation>errore di {program}: {reason}</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s: it may have printed</source>
        <translation>{action}: non terminato entro {seconds:g} s: forse è stato stampato</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s</source>
        <translation>{action}: non terminato entro {seconds:g} s</translation>
    </message>
    <message>
        <source>status of {printer}</source>
        <translation>stato di {printer}</translation>
    </message>
    <message>
        <source>writing to {printer}</source>
        <translation>scrittura su {printer}</translation>
    </message>
    <message>
        <source>sending to {printer}</source>
        <translation>invio a {printer}</translation>
    </message>
    <message>
        <source>{problem}, after the receipt was sent: it may have printed</source>
        <translation>{problem}, dopo l&apos;invio dello scontrino: forse è stato stampato</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then stopped answering (no status within {seconds:g} s): it may have printed</source>
        <translation>{printer} ha ricevuto lo scontrino, poi ha smesso di rispondere (nessuno stato entro {seconds:g} s): forse è stato stampato</translation>
    </message>
    <message>
        <source>{problem} after taking the receipt: it may have printed</source>
        <translation>{problem} dopo aver ricevuto lo scontrino: forse è stato stampato</translation>
    </message>
    <message>
        <source>{printer} did not answer within {seconds:g} s</source>
        <translation>{printer} non ha risposto entro {seconds:g} s</translation>
    </message>
    <message>
        <source>{printer} is offline ({why})</source>
        <translation>{printer} è offline ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection ({why})</source>
        <translation>{printer} ha chiuso la connessione ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection</source>
        <translation>{printer} ha chiuso la connessione</translation>
    </message>
    <message>
        <source>{printer} stopped taking the receipt part way: it may have printed</source>
        <translation>{printer} ha smesso di ricevere lo scontrino a metà: forse è stato stampato</translation>
    </message>
    <message>
        <source>{printer} dropped the connection ({why}): it may have printed</source>
        <translation>{printer} ha interrotto la connessione ({why}): forse è stato stampato</translation>
    </message>
    <message>
        <source>{printer} took the receipt but neither answered a status query nor closed the connection within {seconds:g} s: it may have printed</source>
        <translation>{printer} ha ricevuto lo scontrino, ma entro {seconds:g} s non ha risposto alla richiesta di stato né chiuso la connessione: forse è stato stampato</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then reset ({why}): it may have printed</source>
        <translation>{printer} ha ricevuto lo scontrino, poi si è riavviata ({why}): forse è stato stampato</translation>
    </message>
    <message>
        <source>{folder} does not exist</source>
        <translation>{folder} non esiste</translation>
    </message>
    <message>
        <source>cannot write to {target} ({why})</source>
        <translation>impossibile scrivere su {target} ({why})</translation>
    </message>
    <message>
        <source>writing to {target} failed part way ({why}): it may have printed</source>
        <translation>scrittura su {target} interrotta a metà ({why}): forse è stato stampato</translation>
    </message>
    <message>
        <source>cups:// printers need pycups (Debian: apt-get install python3-cups, or pip install pycups)</source>
        <translation>le stampanti cups:// richiedono pycups (Debian: apt-get install python3-cups, oppure pip install pycups)</translation>
    </message>
    <message>
        <source>win32:// printers work on Windows only (pywin32)</source>
        <translation>le stampanti win32:// funzionano solo su Windows (pywin32)</translation>
    </message>
    <message>
        <source>{scheme}:// needs {module}</source>
        <translation>{scheme}:// richiede {module}</translation>
    </message>
    <message>
        <source>no driver for {scheme}://</source>
        <translation>nessun driver per {scheme}://</translation>
    </message>
    <message>
        <source>{printer} not found ({why})</source>
        <translation>{printer} non trovata ({why})</translation>
    </message>
    <message>
        <source>{printer} cannot be opened ({why})</source>
        <translation>impossibile aprire {printer} ({why})</translation>
    </message>
    <message>
        <source>{printer} failed ({why}): it may have printed</source>
        <translation>errore di {printer} ({why}): forse è stato stampato</translation>
    </message>
    <message>
        <source>{printer} failed ({why})</source>
        <translation>errore di {printer} ({why})</translation>
    </message>
    <message>
        <source>autocutter</source>
        <translation>taglierina automatica</translation>
    </message>
    <message>
        <source>unrecoverable, switch it off and on</source>
        <translation>non recuperabile, spegnila e riaccendila</translation>
    </message>
    <message>
        <source>recovers by itself, e.g. print head too hot</source>
        <translation>si risolve da sé, ad es. testina di stampa troppo calda</translation>
    </message>
    <message>
        <source>unplugged, or the stream ended</source>
        <translation>scollegato, o il flusso è terminato</translation>
    </message>
    <message>
        <source>{problem}; trying again in {seconds:g} s</source>
        <translation>{problem}; nuovo tentativo tra {seconds:g} s</translation>
    </message>
    <message>
        <source>{device}: reading</source>
        <translation>{device}: lettura in corso</translation>
    </message>
    <message>
        <source>{device} lost ({reason})</source>
        <translation>{device}: connessione persa ({reason})</translation>
    </message>
    <message>
        <source>serial port {port} cannot be opened ({error})</source>
        <translation>impossibile aprire la porta seriale {port} ({error})</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>seriale {port}</translation>
    </message>
    <message>
        <source>the mail server refused the address {address} ({code} {reply})</source>
        <translation>il server di posta ha rifiutato l&apos;indirizzo {address} ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server refused the sender {address} ({code} {reply}): check smtp.sender</source>
        <translation>il server di posta ha rifiutato il mittente {address} ({code} {reply}): controlla smtp.sender</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection while sending</source>
        <translation>il server di posta {server} ha chiuso la connessione durante l&apos;invio</translation>
    </message>
    <message>
        <source>the mail server did not accept the message ({code} {reply})</source>
        <translation>il server di posta non ha accettato il messaggio ({code} {reply})</translation>
    </message>
    <message>
        <source>the connection to the mail server {server} broke ({error})</source>
        <translation>la connessione al server di posta {server} si è interrotta ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} stopped answering while sending (no reply within {seconds:g} s)</source>
        <translation>il server di posta {server} ha smesso di rispondere durante l&apos;invio (nessuna risposta entro {seconds:g} s)</translation>
    </message>
    <message>
        <source>no mail server is set up (smtp.host)</source>
        <translation>nessun server di posta configurato (smtp.host)</translation>
    </message>
    <message>
        <source>no sender address is set up (smtp.sender)</source>
        <translation>nessun indirizzo del mittente configurato (smtp.sender)</translation>
    </message>
    <message>
        <source>the mail server {server} refused the login for {user} ({code} {reply}): check smtp.user and smtp.password</source>
        <translation>il server di posta {server} ha rifiutato l&apos;accesso di {user} ({code} {reply}): controlla smtp.user e smtp.password</translation>
    </message>
    <message>
        <source>the mail server {server} does not support {feature}: check smtp.security (none, starttls or ssl) and smtp.port</source>
        <translation>il server di posta {server} non supporta {feature}: controlla smtp.security (none, starttls o ssl) e smtp.port</translation>
    </message>
    <message>
        <source>the secure connection to {server} failed ({error}): check smtp.security (ssl is usually port 465, starttls 587) and smtp.port</source>
        <translation>la connessione sicura a {server} non è riuscita ({error}): controlla smtp.security (ssl di solito usa la porta 465, starttls la 587) e smtp.port</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection ({error})</source>
        <translation>il server di posta {server} ha chiuso la connessione ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} refused the connection ({code} {reply})</source>
        <translation>il server di posta {server} ha rifiutato la connessione ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server name {host} cannot be found ({why})</source>
        <translation>il nome del server di posta {host} non è stato trovato ({why})</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds:g} s</source>
        <translation>il server di posta {server} non ha risposto entro {seconds:g} s</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable (connection refused)</source>
        <translation>il server di posta {server} non è raggiungibile (connessione rifiutata)</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable ({error})</source>
        <translation>il server di posta {server} non è raggiungibile ({error})</translation>
    </message>
    <message>
        <source>no keyring on this computer: the SMTP password is kept in the config file, readable by anyone who can read that file</source>
        <translation>nessun portachiavi su questo computer: la password SMTP è conservata nel file di configurazione, leggibile da chiunque possa leggere quel file</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>impossibile leggerlo: {why}</translation>
    </message>
    <message>
        <source>has no header row (it is empty)</source>
        <translation>non ha una riga di intestazione (è vuoto)</translation>
    </message>
    <message>
        <source>has no header row (the first sheet is empty)</source>
        <translation>non ha una riga di intestazione (il primo foglio è vuoto)</translation>
    </message>
    <message>
        <source>is not a readable XLSX workbook ({kind}: {error})</source>
        <translation>non è una cartella di lavoro XLSX leggibile ({kind}: {error})</translation>
    </message>
    <message>
        <source>unreadable row: {error}</source>
        <translation>riga illeggibile: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be written: {why}</source>
        <translation>impossibile scrivere {path}: {why}</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codifica</translation>
    </message>
    <message>
        <source>{name!r} is not a text encoding (e.g. cp932, gb18030, cp1252, utf-16)</source>
        <translation>{name!r} non è una codifica di testo (ad es. cp932, gb18030, cp1252, utf-16)</translation>
    </message>
    <message>
        <source>mixed encodings: {utf8} rows in UTF-8 and {other} in {encoding}; each row is read in its own, and the report names the rows to check</source>
        <translation>codifiche miste: {utf8} righe in UTF-8 e {other} in {encoding}; ogni riga viene letta nella propria codifica e il report indica le righe da controllare</translation>
    </message>
    <message>
        <source>the encoding is a guess ({encoding}; it could also be {others}): check the names in the rows the report lists, or name the file&apos;s encoding</source>
        <translation>la codifica è un&apos;ipotesi ({encoding}; potrebbe essere anche {others}): controlla i nomi nelle righe elencate nel report, o indica la codifica del file</translation>
    </message>
    <message>
        <source>an encoding this app does not recognise</source>
        <translation>una codifica che questa app non riconosce</translation>
    </message>
    <message>
        <source>read as {encoding}, while most rows are UTF-8: check its accents and names</source>
        <translation>letta come {encoding}, mentre la maggior parte delle righe è in UTF-8: controllane accenti e nomi</translation>
    </message>
    <message>
        <source>read as UTF-8, while most rows are {encoding}: check its accents and names</source>
        <translation>letta come UTF-8, mentre la maggior parte delle righe è in {encoding}: controllane accenti e nomi</translation>
    </message>
    <message>
        <source>read as {encoding}, a guess: check its names (or name the file&apos;s encoding)</source>
        <translation>letta come {encoding}, per ipotesi: controllane i nomi (o indica la codifica del file)</translation>
    </message>
    <message>
        <source>characters {encoding} does not have were replaced by �</source>
        <translation>i caratteri assenti in {encoding} sono stati sostituiti con �</translation>
    </message>
    <message>
        <source>logins now wait a little longer after each failure instead of locking the account (security.max_login_delay_seconds)</source>
        <translation>ora, invece di bloccare l&apos;account, l&apos;attesa si allunga un po&apos; dopo ogni accesso fallito (security.max_login_delay_seconds)</translation>
    </message>
    <message>
        <source>holds a control character ({character})</source>
        <translation>contiene un carattere di controllo ({character})</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>atteso true o false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>atteso un numero intero</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>atteso un numero</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>atteso un testo</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not valid ({why})</source>
        <translation>{where}: {value!r} non è valido ({why})</translation>
    </message>
    <message>
        <source>{key} (from {source}) is not a setting</source>
        <translation>{key} (da {source}) non è un&apos;impostazione</translation>
    </message>
    <message>
        <source>{key} (from {source})</source>
        <translation>{key} (da {source})</translation>
    </message>
    <message>
        <source>{key} (from {source}): {value!r} {reason}</source>
        <translation>{key} (da {source}): {value!r} {reason}</translation>
    </message>
    <message>
        <source>{path}: not valid TOML ({error})</source>
        <translation>{path}: TOML non valido ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}: impossibile leggerlo ({why})</translation>
    </message>
    <message>
        <source>configuration file {path} does not exist</source>
        <translation>il file di configurazione {path} non esiste</translation>
    </message>
    <message>
        <source>{path}: unknown section [{section}]</source>
        <translation>{path}: sezione sconosciuta [{section}]</translation>
    </message>
    <message>
        <source>{path}: {section} must be a [{section}] section</source>
        <translation>{path}: {section} deve essere una sezione [{section}]</translation>
    </message>
    <message>
        <source>{path}: unknown key {name!r} in [{section}]</source>
        <translation>{path}: chiave {name!r} sconosciuta in [{section}]</translation>
    </message>
    <message>
        <source>{path} holds {keys} and other users may read it: chmod 600 {path} (saving from the Settings screen does)</source>
        <translation>{path} contiene {keys} e altri utenti possono leggerlo: chmod 600 {path} (lo fa anche il salvataggio dalla schermata Impostazioni)</translation>
    </message>
    <message>
        <source>{variable} is not a setting; ignored</source>
        <translation>{variable} non è un&apos;impostazione; ignorata</translation>
    </message>
    <message>
        <source>{key} ({where}) is no longer used and is ignored: {why}</source>
        <translation>{key} ({where}) non è più usato e viene ignorato: {why}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>deve essere uno tra {choices}</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>deve essere almeno {minimum}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>non deve essere negativo</translation>
    </message>
    <message>
        <source>key</source>
        <translation>chiave</translation>
    </message>
    <message>
        <source>is 8 to 64 letters, digits or _ . : - (as printed by the first attempt)</source>
        <translation>ha da 8 a 64 lettere, cifre o _ . : - (come stampato dal primo tentativo)</translation>
    </message>
    <message>
        <source>line {number}: {price} is more than the product&apos;s price of {list_price}: a manager must approve a higher price</source>
        <translation>riga {number}: {price} supera il prezzo del prodotto ({list_price}): un prezzo più alto richiede l&apos;approvazione di un responsabile</translation>
    </message>
    <message>
        <source>line {number}: sold at {price} instead of {list_price}, a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>riga {number}: venduto a {price} invece di {list_price}, uno sconto del {percent}% supera il {limit}% che un cassiere può concedere: serve l&apos;approvazione di un responsabile</translation>
    </message>
    <message>
        <source>line {number}: a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>riga {number}: uno sconto del {percent}% supera il {limit}% che un cassiere può concedere: serve l&apos;approvazione di un responsabile</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>sconto</translation>
    </message>
    <message>
        <source>is more than the sale ({base})</source>
        <translation>supera l&apos;importo della vendita ({base})</translation>
    </message>
    <message>
        <source>is empty; scan the QR code or type the 8 characters</source>
        <translation>è vuoto; scansiona il codice QR o digita gli 8 caratteri</translation>
    </message>
    <message>
        <source>{characters} never appear in customer codes; check the code</source>
        <translation>{characters} non compaiono mai nei codici cliente; controlla il codice</translation>
    </message>
    <message>
        <source>has {count} characters, a customer code has {length}</source>
        <translation>ha {count} caratteri, un codice cliente ne ha {length}</translation>
    </message>
    <message>
        <source>{code} is not a valid code: a character is mistyped or two are swapped</source>
        <translation>{code} non è un codice valido: un carattere è errato o due sono invertiti</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>supera i {limit} caratteri</translation>
    </message>
    <message>
        <source>{address!r} is not a valid address: {reason}</source>
        <translation>{address!r} non è un indirizzo valido: {reason}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number for {region}; include +country code</source>
        <translation>{number!r} non è un numero di telefono valido per {region}; includi il prefisso internazionale con +</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number; include +country code</source>
        <translation>{number!r} non è un numero di telefono valido; includi il prefisso internazionale con +</translation>
    </message>
    <message>
        <source>default phone region</source>
        <translation>regione telefonica predefinita</translation>
    </message>
    <message>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <source>{country!r} is not a country we know; use its name or ISO code (e.g. DE)</source>
        <translation>{country!r} non è un paese conosciuto; usane il nome o il codice ISO (ad es. DE)</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} non è uno tra {allowed}</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>tipo di cliente</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>are longer than {limit} characters</source>
        <translation>superano i {limit} caratteri</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>{postcode!r} is not a postcode</source>
        <translation>{postcode!r} non è un CAP</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>is required (the customer code is sent there)</source>
        <translation>è obbligatoria (il codice cliente viene inviato a questo indirizzo)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>azienda</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>qualifica</translation>
    </message>
    <message>
        <source>city</source>
        <translation>città</translation>
    </message>
    <message>
        <source>street</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>is the DATEV consultant number (Beraternummer, 1001-9999999): ask the accountant</source>
        <translation>è il numero consulente DATEV (Beraternummer, 1001-9999999): chiedilo al commercialista</translation>
    </message>
    <message>
        <source>is the DATEV client number (Mandantennummer, 1-99999): ask the accountant</source>
        <translation>è il numero cliente DATEV (Mandantennummer, 1-99999): chiedilo al commercialista</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>starts before the fiscal year</source>
        <translation>inizia prima dell&apos;esercizio</translation>
    </message>
    <message>
        <source>crosses into the fiscal year starting {start}: a DATEV batch holds one fiscal year, export each apart</source>
        <translation>si estende all&apos;esercizio che inizia il {start}: un lotto DATEV contiene un solo esercizio, esportali separatamente</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>{language!r} is not a language of the documents; use one of {allowed}</source>
        <translation>{language!r} non è una lingua dei documenti; usane una tra {allowed}</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>associazione colonne</translation>
    </message>
    <message>
        <source>no column is mapped to the name</source>
        <translation>nessuna colonna è associata al nome</translation>
    </message>
    <message>
        <source>mapping of {header!r}</source>
        <translation>associazione di {header!r}</translation>
    </message>
    <message>
        <source>name missing</source>
        <translation>nome mancante</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>id too long</source>
        <translation>ID troppo lungo</translation>
    </message>
    <message>
        <source>over {limit}: not used to match</source>
        <translation>oltre {limit}: non usato per riconoscere i duplicati</translation>
    </message>
    <message>
        <source>invalid email kept</source>
        <translation>email non valida mantenuta</translation>
    </message>
    <message>
        <source>invalid email</source>
        <translation>email non valida</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>paese sconosciuto</translation>
    </message>
    <message>
        <source>{value!r} kept as written</source>
        <translation>{value!r} mantenuto come scritto</translation>
    </message>
    <message>
        <source>phone not a number</source>
        <translation>telefono non valido</translation>
    </message>
    <message>
        <source>postcode not valid</source>
        <translation>CAP non valido</translation>
    </message>
    <message>
        <source>VAT ID not valid</source>
        <translation>Partita IVA non valida</translation>
    </message>
    <message>
        <source>{problem}; kept as written</source>
        <translation>{problem}; mantenuto come scritto</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>lingua sconosciuta</translation>
    </message>
    <message>
        <source>{value!r} kept; from the country</source>
        <translation>{value!r} mantenuto; in base al paese</translation>
    </message>
    <message>
        <source>website not an address</source>
        <translation>sito web non valido</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo sconosciuto</translation>
    </message>
    <message>
        <source>{value!r} kept; new customers: other</source>
        <translation>{value!r} mantenuto; nuovi clienti: altro</translation>
    </message>
    <message>
        <source>unknown lead status</source>
        <translation>stato lead sconosciuto</translation>
    </message>
    <message>
        <source>characters removed</source>
        <translation>caratteri rimossi</translation>
    </message>
    <message>
        <source>markup characters removed</source>
        <translation>caratteri di markup rimossi</translation>
    </message>
    <message>
        <source>text cut</source>
        <translation>testo troncato</translation>
    </message>
    <message>
        <source>cut to {limit} characters</source>
        <translation>troncato a {limit} caratteri</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <source>must be below 100 (it is a percentage)</source>
        <translation>deve essere inferiore a 100 (è una percentuale)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantità</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>prezzo unitario</translation>
    </message>
    <message>
        <source>must be from 0 up to below 100</source>
        <translation>deve essere da 0 a meno di 100</translation>
    </message>
    <message>
        <source>must be above 0 and at most {most}</source>
        <translation>deve essere maggiore di 0 e al massimo {most}</translation>
    </message>
    <message>
        <source>has more than 3 decimals</source>
        <translation>ha più di 3 decimali</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>deve essere maggiore di 0</translation>
    </message>
    <message>
        <source>is larger than the maximum {most}</source>
        <translation>supera il massimo di {most}</translation>
    </message>
    <message>
        <source>has more decimals than {currency} allows</source>
        <translation>ha più decimali di quanti ne consenta {currency}</translation>
    </message>
    <message>
        <source>x unit price is more than the maximum {most}</source>
        <translation>x prezzo unitario supera il massimo di {most}</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100</source>
        <translation>una percentuale deve essere tra 0 e 100</translation>
    </message>
    <message>
        <source>is more than the line&apos;s {subtotal}</source>
        <translation>supera l&apos;importo della riga ({subtotal})</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>righe</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>una fattura richiede almeno una riga</translation>
    </message>
    <message>
        <source>an invoice holds at most {most} lines</source>
        <translation>una fattura contiene al massimo {most} righe</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>riga {number}</translation>
    </message>
    <message>
        <source>the total is more than the maximum {most}</source>
        <translation>il totale supera il massimo di {most}</translation>
    </message>
    <message>
        <source>payment {number}</source>
        <translation>pagamento {number}</translation>
    </message>
    <message>
        <source>{payment}: amount</source>
        <translation>{payment}: importo</translation>
    </message>
    <message>
        <source>nothing is left to pay</source>
        <translation>non resta nulla da pagare</translation>
    </message>
    <message>
        <source>{payment}: cash received</source>
        <translation>{payment}: contanti ricevuti</translation>
    </message>
    <message>
        <source>{method} payment of {amount} is more than the {due} due</source>
        <translation>il pagamento {method} di {amount} supera i {due} dovuti</translation>
    </message>
    <message>
        <source>{amount} {currency} is far more than the {due} due (more than {most}): check the amount, or confirm it if the customer really handed that over</source>
        <translation>{amount} {currency} è molto più dei {due} dovuti (oltre {most}): controlla l&apos;importo, o confermalo se il cliente ha davvero consegnato questa somma</translation>
    </message>
    <message>
        <source>has no account for VAT rate {rate}%: add one, e.g. &quot;19:8400, 7:8300&quot;</source>
        <translation>non ha un conto per l&apos;aliquota IVA {rate}%: aggiungine uno, ad es. &quot;19:8400, 7:8300&quot;</translation>
    </message>
    <message>
        <source>has no account for {method} payments: add one, e.g. &quot;{method}:1000&quot;</source>
        <translation>non ha un conto per i pagamenti {method}: aggiungine uno, ad es. &quot;{method}:1000&quot;</translation>
    </message>
    <message>
        <source>account {account} has {digits} digits; accounting.account_length is {length}</source>
        <translation>il conto {account} ha {digits} cifre; accounting.account_length è {length}</translation>
    </message>
    <message>
        <source>{account!r} is not an account number ({least}-8 digits)</source>
        <translation>{account!r} non è un numero di conto ({least}-8 cifre)</translation>
    </message>
    <message>
        <source>{item!r} is not KEY:ACCOUNT</source>
        <translation>{item!r} non è nel formato KEY:ACCOUNT</translation>
    </message>
    <message>
        <source>{text!r} is not a month and day such as 01-01</source>
        <translation>{text!r} non è un mese e giorno come 01-01</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>{currency!r} is not an ISO 4217 currency code (e.g. EUR)</source>
        <translation>{currency!r} non è un codice valuta ISO 4217 (ad es. EUR)</translation>
    </message>
    <message>
        <source>must not be negative (got {number})</source>
        <translation>non deve essere negativo (ricevuto {number})</translation>
    </message>
    <message>
        <source>use a dot for decimals: {suggestion} instead of {number}</source>
        <translation>usa il punto per i decimali: {suggestion} invece di {number}</translation>
    </message>
    <message>
        <source>{number!r} is not a number written like 12.50</source>
        <translation>{number!r} non è un numero scritto come 12.50</translation>
    </message>
    <message>
        <source>{number!r} is not a number</source>
        <translation>{number!r} non è un numero</translation>
    </message>
    <message>
        <source>{number} is larger than the maximum {most:f}</source>
        <translation>{number} supera il massimo di {most:f}</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>nessun decimale</translation>
    </message>
    <message>
        <source>at most {count} decimals</source>
        <translation>al massimo {count} decimali</translation>
    </message>
    <message>
        <source>{number} has too many decimals ({allowed})</source>
        <translation>{number} ha troppi decimali ({allowed})</translation>
    </message>
    <message>
        <source>use 1 to {most} letters A-Z and digits (got {code!r})</source>
        <translation>usa da 1 a {most} lettere A-Z e cifre (ricevuto {code!r})</translation>
    </message>
    <message>
        <source>exhibition code</source>
        <translation>codice fiera</translation>
    </message>
    <message>
        <source>terminal code</source>
        <translation>codice cassa</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>numero fattura</translation>
    </message>
    <message>
        <source>{number!r} does not look like EXPO24-T1-000123</source>
        <translation>{number!r} non ha la forma EXPO24-T1-000123</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>needs at least {least} characters</source>
        <translation>richiede almeno {least} caratteri</translation>
    </message>
    <message>
        <source>must not be the user name</source>
        <translation>non deve coincidere con il nome utente</translation>
    </message>
    <message>
        <source>is too easy to guess (too few different characters)</source>
        <translation>è troppo facile da indovinare (troppo pochi caratteri diversi)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nome utente</translation>
    </message>
    <message>
        <source>{name!r}: use 2 to 40 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{name!r}: usa da 2 a 40 lettere a-z, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>{region!r} is not a region code such as DE or US</source>
        <translation>{region!r} non è un codice regione come DE o US</translation>
    </message>
    <message>
        <source>unreachable: {detail}</source>
        <translation>non raggiungibile: {detail}</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>non raggiungibile</translation>
    </message>
    <message>
        <source>connected (the printer does not report its status)</source>
        <translation>connessa (la stampante non comunica il suo stato)</translation>
    </message>
    <message>
        <source>error ({error})</source>
        <translation>errore ({error})</translation>
    </message>
    <message>
        <source>ready, paper near end</source>
        <translation>pronta, carta quasi finita</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>carta esaurita</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>coperchio aperto</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>{name} is out of paper</source>
        <translation>{name} ha finito la carta</translation>
    </message>
    <message>
        <source>{name} has its cover open</source>
        <translation>{name} ha il coperchio aperto</translation>
    </message>
    <message>
        <source>{name} reports an error ({error})</source>
        <translation>{name} segnala un errore ({error})</translation>
    </message>
    <message>
        <source>{name} reports an error</source>
        <translation>{name} segnala un errore</translation>
    </message>
    <message>
        <source>{name} is offline</source>
        <translation>{name} è offline</translation>
    </message>
    <message>
        <source>{problem} (examples: {examples})</source>
        <translation>{problem} (esempi: {examples})</translation>
    </message>
    <message>
        <source>no printer set up (printer.url is empty)</source>
        <translation>nessuna stampante configurata (printer.url è vuoto)</translation>
    </message>
    <message>
        <source>{url!r} has no scheme</source>
        <translation>{url!r} non ha uno schema</translation>
    </message>
    <message>
        <source>tcp:// needs a host, e.g. tcp://192.168.1.50:9100</source>
        <translation>tcp:// richiede un host, ad es. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>{url!r}: the port must be a number from 1 to 65535</source>
        <translation>{url!r}: la porta deve essere un numero da 1 a 65535</translation>
    </message>
    <message>
        <source>file:// needs an absolute path, e.g. file:///dev/usb/lp0</source>
        <translation>file:// richiede un percorso assoluto, ad es. file:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>usb:// needs VENDOR:PRODUCT in hexadecimal, got {url!r}</source>
        <translation>usb:// richiede VENDOR:PRODUCT in esadecimale; ricevuto {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are hexadecimal like 04b8:0202, got {url!r}</source>
        <translation>gli ID usb:// sono esadecimali, come 04b8:0202; ricevuto {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are four hexadecimal digits each</source>
        <translation>gli ID usb:// sono di quattro cifre esadecimali ciascuno</translation>
    </message>
    <message>
        <source>serial:// needs a device, e.g. serial:///dev/ttyUSB0?baud=9600</source>
        <translation>serial:// richiede un dispositivo, ad es. serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
        <source>baud={baud} is not a serial speed ({rates})</source>
        <translation>baud={baud} non è una velocità seriale ({rates})</translation>
    </message>
    <message>
        <source>{scheme}:// needs the printer&apos;s name, e.g. {scheme}://Receipts</source>
        <translation>{scheme}:// richiede il nome della stampante, ad es. {scheme}://Receipts</translation>
    </message>
    <message>
        <source>unknown printer type {scheme!r}</source>
        <translation>tipo di stampante {scheme!r} sconosciuto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Cod. articolo</translation>
    </message>
    <message>
        <source>use 1 to {most} characters without spaces</source>
        <translation>usa da 1 a {most} caratteri senza spazi</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>codice a barre</translation>
    </message>
    <message>
        <source>{code!r}: use up to {most} letters and digits</source>
        <translation>{code!r}: usa fino a {most} lettere e cifre</translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this: needs {permission}</source>
        <translation>{user} ({role}) non può eseguire questa operazione: serve {permission}</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>rifiutato: {reason}</translation>
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
        <translation>{what}, oppure {kind}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>product</source>
        <translation>prodotto</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>fattura</translation>
    </message>
    <message>
        <source>not a valid customer code: {problem}</source>
        <translation>codice cliente non valido: {problem}</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>non è stato scansionato nulla</translation>
    </message>
    <message>
        <source>{count} characters is longer than any code we use</source>
        <translation>{count} caratteri: più lungo di qualsiasi codice in uso</translation>
    </message>
    <message>
        <source>the scan holds control characters: check the scanner&apos;s settings</source>
        <translation>la scansione contiene caratteri di controllo: controlla le impostazioni dello scanner</translation>
    </message>
    <message>
        <source>{text!r} has characters no barcode or customer code uses (is the scanner&apos;s keyboard language the computer&apos;s?)</source>
        <translation>{text!r} contiene caratteri non usati da alcun codice a barre o codice cliente (la lingua della tastiera dello scanner è quella del computer?)</translation>
    </message>
    <message>
        <source>{text!r} has spaces: not a code, barcode, SKU or invoice number</source>
        <translation>{text!r} contiene spazi: non è un codice, un codice a barre, un codice articolo o un numero di fattura</translation>
    </message>
    <message>
        <source>{count} characters is longer than any SKU ({most})</source>
        <translation>{count} caratteri: più lungo di qualsiasi codice articolo ({most})</translation>
    </message>
    <message>
        <source>{digits} is not a valid {symbology}: the check digit is wrong (misread?)</source>
        <translation>{digits} non è un {symbology} valido: la cifra di controllo è errata (lettura errata?)</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>holds a control character ({character}); remove it</source>
        <translation>contiene un carattere di controllo ({character}); rimuovilo</translation>
    </message>
    <message>
        <source>must not contain these characters: {characters}</source>
        <translation>non deve contenere questi caratteri: {characters}</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format (too long)</source>
        <translation>{vat_id!r}: formato non valido (troppo lunga)</translation>
    </message>
    <message>
        <source>{vat_id!r}: start it with its country code (e.g. DE136695976)</source>
        <translation>{vat_id!r}: deve iniziare con il codice del paese (ad es. DE136695976)</translation>
    </message>
    <message>
        <source>{vat_id!r}: unknown country {prefix!r}; an EU VAT ID starts with its country code (DE, FR, IT...)</source>
        <translation>{vat_id!r}: paese {prefix!r} sconosciuto; una partita IVA UE inizia con il codice del paese (DE, FR, IT...)</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid check digit</source>
        <translation>{vat_id!r}: cifra di controllo non valida</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format</source>
        <translation>{vat_id!r}: formato non valido</translation>
    </message>
    <message>
        <source>the seller&apos;s country is not set (Settings &gt; Seller: country or VAT ID)</source>
        <translation>il paese del venditore non è impostato (Impostazioni &gt; Venditore: paese o partita IVA)</translation>
    </message>
    <message>
        <source>the customer has no VAT ID</source>
        <translation>il cliente non ha una partita IVA</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID is not valid ({problem})</source>
        <translation>la partita IVA del cliente non è valida ({problem})</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is not of an EU member state</source>
        <translation>la partita IVA del cliente {vat_id} non è di uno Stato membro dell&apos;UE</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is of the seller&apos;s own country</source>
        <translation>la partita IVA del cliente {vat_id} è dello stesso paese del venditore</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>1 to {most} characters without spaces</source>
        <translation>da 1 a {most} caratteri senza spazi</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>da 1 a {most} caratteri</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>inizio</translation>
    </message>
    <message>
        <source>needs a time zone (e.g. 2026-05-04T14:00+02:00)</source>
        <translation>richiede un fuso orario (ad es. 2026-05-04T14:00+02:00)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>from 1 to {most}</source>
        <translation>da 1 a {most}</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capienza</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prezzo</translation>
    </message>
    <message>
        <source>booking deadline</source>
        <translation>termine di prenotazione</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>richiede un fuso orario</translation>
    </message>
    <message>
        <source>workshop seats are whole numbers (1, 2, ...)</source>
        <translation>i posti di un workshop sono numeri interi (1, 2, ...)</translation>
    </message>
    <message>
        <source>key {key} belongs to another action ({action}); use a new key</source>
        <translation>la chiave {key} appartiene a un&apos;altra operazione ({action}); usa una nuova chiave</translation>
    </message>
    <message>
        <source>approval refused: {why}</source>
        <translation>approvazione rifiutata: {why}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not approve this</source>
        <translation>{name} ({role}) non può approvare questa operazione</translation>
    </message>
    <message>
        <source>approval refused: no manager can approve here</source>
        <translation>approvazione rifiutata: qui nessun responsabile può approvare</translation>
    </message>
    <message>
        <source>the refunds of {number}</source>
        <translation>i rimborsi di {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s refunds in this cash session</source>
        <translation>i rimborsi di {name} in questo turno di cassa</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount})</source>
        <translation>un rimborso oltre {limit} richiede l&apos;approvazione di un responsabile ({amount})</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount} brings {what} to {total})</source>
        <translation>un rimborso oltre {limit} richiede l&apos;approvazione di un responsabile ({amount} porta {what} a {total})</translation>
    </message>
    <message>
        <source>the backup file&apos;s header is damaged</source>
        <translation>l&apos;intestazione del file di backup è danneggiata</translation>
    </message>
    <message>
        <source>this is not a Booth POS backup file</source>
        <translation>questo non è un file di backup di Booth POS</translation>
    </message>
    <message>
        <source>this backup was written by a newer version (format {version}): update this app</source>
        <translation>questo backup è stato scritto da una versione più recente (formato {version}): aggiorna questa app</translation>
    </message>
    <message>
        <source>the backup file is incomplete: it was cut short (an interrupted copy?)</source>
        <translation>il file di backup è incompleto: è stato troncato (copia interrotta?)</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: its checksum does not match</source>
        <translation>il file di backup è stato modificato o danneggiato dopo la scrittura: il checksum non corrisponde</translation>
    </message>
    <message>
        <source>the backup file&apos;s header names an encryption this app does not use</source>
        <translation>l&apos;intestazione del file di backup indica una cifratura che questa app non usa</translation>
    </message>
    <message>
        <source>this backup is encrypted: give its passphrase</source>
        <translation>questo backup è cifrato: indicane la passphrase</translation>
    </message>
    <message>
        <source>wrong passphrase: this backup cannot be opened with it</source>
        <translation>passphrase errata: non apre questo backup</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: it does not authenticate</source>
        <translation>il file di backup è stato modificato o danneggiato dopo la scrittura: l&apos;autenticazione non riesce</translation>
    </message>
    <message>
        <source>the backup file&apos;s contents are damaged ({error})</source>
        <translation>il contenuto del file di backup è danneggiato ({error})</translation>
    </message>
    <message>
        <source>the backup file holds no manifest</source>
        <translation>il file di backup non contiene un manifest</translation>
    </message>
    <message>
        <source>the database inside the backup does not match its manifest</source>
        <translation>il database contenuto nel backup non corrisponde al suo manifest</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest cannot be read ({error})</source>
        <translation>impossibile leggere il manifest del backup ({error})</translation>
    </message>
    <message>
        <source>a SQLite file (sqlite:///PATH)</source>
        <translation>un file SQLite (sqlite:///PATH)</translation>
    </message>
    <message>
        <source>a PostgreSQL database</source>
        <translation>un database PostgreSQL</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>impossibile leggere {path}: {why}</translation>
    </message>
    <message>
        <source>nothing to back up: {error}</source>
        <translation>nulla di cui fare il backup: {error}</translation>
    </message>
    <message>
        <source>the database cannot be read: {error}</source>
        <translation>impossibile leggere il database: {error}</translation>
    </message>
    <message>
        <source>cannot write the backup to {path}: {why}</source>
        <translation>impossibile scrivere il backup in {path}: {why}</translation>
    </message>
    <message>
        <source>this backup is of {kind}; it restores into {kind} only, not into {target}: restoring across database kinds is not supported</source>
        <translation>questo backup è di {kind}; si ripristina solo in {kind}, non in {target}: il ripristino tra tipi di database diversi non è supportato</translation>
    </message>
    <message>
        <source>another program&apos;s tables</source>
        <translation>tabelle di un altro programma</translation>
    </message>
    <message>
        <source>Booth POS data (schema {revision})</source>
        <translation>dati di Booth POS (schema {revision})</translation>
    </message>
    <message>
        <source>the target database is not empty (it holds {what}): restore does not overwrite it. Add --force to back it up first and replace it</source>
        <translation>il database di destinazione non è vuoto (contiene {what}): il ripristino non lo sovrascrive. Aggiungi --force per farne prima un backup e sostituirlo</translation>
    </message>
    <message>
        <source>the target database failed: {error}</source>
        <translation>errore del database di destinazione: {error}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float before selling</source>
        <translation>sulla cassa {till} non c&apos;è un turno di cassa aperto: aprine uno con il fondo cassa contato prima di vendere</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>say why (at least 3 characters)</source>
        <translation>indica il motivo (almeno 3 caratteri)</translation>
    </message>
    <message>
        <source>float</source>
        <translation>fondo cassa</translation>
    </message>
    <message>
        <source>till {till} has an open cash session</source>
        <translation>sulla cassa {till} c&apos;è un turno di cassa aperto</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>is in or out</source>
        <translation>è in o out</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importo</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contato</translation>
    </message>
    <message>
        <source>no closed cash session {number}</source>
        <translation>nessun turno di cassa {number} chiuso</translation>
    </message>
    <message>
        <source>no closed cash session</source>
        <translation>nessun turno di cassa chiuso</translation>
    </message>
    <message>
        <source>no cash session {number}</source>
        <translation>nessun turno di cassa {number}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float first</source>
        <translation>sulla cassa {till} non c&apos;è un turno di cassa aperto: aprine prima uno con il fondo cassa contato</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cassiere</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>is cashier or category</source>
        <translation>è cashier o category</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>l&apos;ultimo giorno è precedente al primo</translation>
    </message>
    <message>
        <source>no credit note {number}</source>
        <translation>nessuna nota di credito {number}</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>ID esterno</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>nome e azienda</translation>
    </message>
    <message>
        <source>encoding to check</source>
        <translation>codifica da controllare</translation>
    </message>
    <message>
        <source>row</source>
        <translation>riga</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>extra cells ignored</source>
        <translation>celle in eccesso ignorate</translation>
    </message>
    <message>
        <source>more cells than headers</source>
        <translation>più celle che intestazioni</translation>
    </message>
    <message>
        <source>unreadable row</source>
        <translation>riga illeggibile</translation>
    </message>
    <message>
        <source>could not find free customer codes; try again</source>
        <translation>impossibile trovare codici cliente liberi; riprova</translation>
    </message>
    <message>
        <source>the database&apos;s schema ({current}) was written by a newer version of Booth POS than this one (which knows up to {head}): update this app; nothing was changed</source>
        <translation>lo schema del database ({current}) è stato scritto da una versione di Booth POS più recente di questa (che conosce fino a {head}): aggiorna questa app; non è stato modificato nulla</translation>
    </message>
    <message>
        <source>cannot make the attachment {file} ({kind})</source>
        <translation>impossibile creare l&apos;allegato {file} ({kind})</translation>
    </message>
    <message>
        <source>cannot make the attachment {file}: {why}</source>
        <translation>impossibile creare l&apos;allegato {file}: {why}</translation>
    </message>
    <message>
        <source>no exhibition with code {code!r}</source>
        <translation>nessuna fiera con il codice {code!r}</translation>
    </message>
    <message>
        <source>exhibition name</source>
        <translation>nome fiera</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>booth</source>
        <translation>stand</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>data di fine</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>è precedente alla data di inizio</translation>
    </message>
    <message>
        <source>an exhibition with code {code} exists already; choose another code</source>
        <translation>esiste già una fiera con il codice {code}; scegli un altro codice</translation>
    </message>
    <message>
        <source>external id: the source&apos;s own id equals a customer&apos;s external reference</source>
        <translation>ID esterno: l&apos;ID proprio della fonte coincide con il riferimento esterno di un cliente</translation>
    </message>
    <message>
        <source>email: the same address (case ignored)</source>
        <translation>email: lo stesso indirizzo (maiuscole e minuscole ignorate)</translation>
    </message>
    <message>
        <source>phone: the same number in E.164</source>
        <translation>telefono: lo stesso numero in E.164</translation>
    </message>
    <message>
        <source>name and company: only for a row with no id, email or phone</source>
        <translation>nome e azienda: solo per una riga senza ID, email o telefono</translation>
    </message>
    <message>
        <source>Refund notice {number} ({amount})</source>
        <translation>Avviso di rimborso {number} ({amount})</translation>
    </message>
    <message>
        <source>Void notice for {number}</source>
        <translation>Avviso di annullamento per {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Fattura {number}</translation>
    </message>
    <message>
        <source>no credit note {note} for invoice {number}</source>
        <translation>nessuna nota di credito {note} per la fattura {number}</translation>
    </message>
    <message>
        <source>invoice {number} has no refund to send a notice of</source>
        <translation>la fattura {number} non ha rimborsi di cui inviare un avviso</translation>
    </message>
    <message>
        <source>invoice {number} is voided: send the void notice instead</source>
        <translation>la fattura {number} è annullata: invia invece l&apos;avviso di annullamento</translation>
    </message>
    <message>
        <source>invoice {number} is not voided: there is no void notice to send</source>
        <translation>la fattura {number} non è annullata: non c&apos;è alcun avviso di annullamento da inviare</translation>
    </message>
    <message>
        <source>an invoice&apos;s email is one of: {choices}</source>
        <translation>l&apos;email di una fattura può essere: {choices}</translation>
    </message>
    <message>
        <source>choose at most {count} days</source>
        <translation>scegli al massimo {count} giorni</translation>
    </message>
    <message>
        <source>{count} entries wait to be sent: sync first</source>
        <translation>{count} voci in attesa di invio: sincronizza prima</translation>
    </message>
    <message>
        <source>sale {number} is not on the server: nothing there to correct</source>
        <translation>la vendita {number} non è sul server: lì non c’è nulla da correggere</translation>
    </message>
    <message>
        <source>user {name!r} is not on the server</source>
        <translation>l&apos;utente {name!r} non è sul server</translation>
    </message>
    <message>
        <source>no email {number} in the outbox</source>
        <translation>nessuna email {number} nella posta in uscita</translation>
    </message>
    <message>
        <source>email {number} was sent already; queue a new one instead</source>
        <translation>l&apos;email {number} è già stata inviata; mettine invece in coda una nuova</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>enter the address to send the test to</source>
        <translation>inserisci l&apos;indirizzo a cui inviare la prova</translation>
    </message>
    <message>
        <source>customer {code} has no email address</source>
        <translation>il cliente {code} non ha un indirizzo email</translation>
    </message>
    <message>
        <source>invoice {number} has no customer with an email address</source>
        <translation>la fattura {number} non ha un cliente con indirizzo email</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>inviata</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>non riuscita: {reason}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>queued, not sent yet: {reason} (attempt {attempt} of {attempts})</source>
        <translation>in coda, non ancora inviata: {reason} (tentativo {attempt} di {attempts})</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <source>the message could not be prepared ({error})</source>
        <translation>impossibile preparare il messaggio ({error})</translation>
    </message>
    <message>
        <source>an empty cart cannot be parked</source>
        <translation>un carrello vuoto non può essere sospeso</translation>
    </message>
    <message>
        <source>at most {count} lines can be parked</source>
        <translation>si possono sospendere al massimo {count} righe</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>al massimo {count} caratteri</translation>
    </message>
    <message>
        <source>at most {count} characters a field</source>
        <translation>al massimo {count} caratteri per campo</translation>
    </message>
    <message>
        <source>parked sale {number} is no longer parked (already recalled?)</source>
        <translation>la vendita sospesa {number} non è più sospesa (già ripresa?)</translation>
    </message>
    <message>
        <source>{number} is a draft: it has no receipt</source>
        <translation>{number} è una bozza: non ha scontrino</translation>
    </message>
    <message>
        <source>no waiting print job {number}</source>
        <translation>nessun lavoro di stampa {number} in attesa</translation>
    </message>
    <message>
        <source>print job {number} is not waiting for a decision (no unsure job)</source>
        <translation>il lavoro di stampa {number} non attende una decisione (non è un lavoro incerto)</translation>
    </message>
    <message>
        <source>no printer set up (Settings &gt; Printer, or printer.url)</source>
        <translation>nessuna stampante configurata (Impostazioni &gt; Stampante, oppure printer.url)</translation>
    </message>
    <message>
        <source>low stock at</source>
        <translation>soglia di sottoscorta</translation>
    </message>
    <message>
        <source>SKU {code} is already used by {sku} ({name})</source>
        <translation>Codice articolo {code} già usato da {sku} ({name})</translation>
    </message>
    <message>
        <source>barcode {code} is already used by {sku} ({name})</source>
        <translation>codice a barre {code} già usato da {sku} ({name})</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} righe: create {created}, aggiornate {updated}, invariate {unchanged}, rifiutate {rejected}</translation>
    </message>
    <message>
        <source>dry run (nothing saved): {counts}</source>
        <translation>simulazione (non è stato salvato nulla): {counts}</translation>
    </message>
    <message>
        <source>{text!r}: write yes or no</source>
        <translation>{text!r}: scrivi yes o no</translation>
    </message>
    <message>
        <source>needs the columns {columns}; missing: {missing}</source>
        <translation>richiede le colonne {columns}; mancanti: {missing}</translation>
    </message>
    <message>
        <source>SKU already in row {row}</source>
        <translation>Codice articolo già presente nella riga {row}</translation>
    </message>
    <message>
        <source>no product with id {number}</source>
        <translation>nessun prodotto con ID {number}</translation>
    </message>
    <message>
        <source>product {sku} was changed meanwhile; reload and try again</source>
        <translation>il prodotto {sku} è stato modificato nel frattempo; ricarica e riprova</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>nessun prodotto con il codice a barre o codice articolo {code!r}</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posizione</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>deve essere tra 0 e {limit}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etichetta</translation>
    </message>
    <message>
        <source>no preset quick key {number}</source>
        <translation>nessun modello di tasto rapido {number}</translation>
    </message>
    <message>
        <source>nothing left to refund on {number}</source>
        <translation>non resta nulla da rimborsare su {number}</translation>
    </message>
    <message>
        <source>line</source>
        <translation>riga</translation>
    </message>
    <message>
        <source>{number} has no line {line}</source>
        <translation>{number} non ha la riga {line}</translation>
    </message>
    <message>
        <source>line {line} given twice</source>
        <translation>riga {line} indicata due volte</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>deve essere maggiore di 0</translation>
    </message>
    <message>
        <source>line {line} ({description}): only {left} of {quantity} left to refund</source>
        <translation>riga {line} ({description}): restano da rimborsare solo {left} di {quantity}</translation>
    </message>
    <message>
        <source>{number} is {status}: only issued invoices are refunded</source>
        <translation>{number} è {status}: si rimborsano solo fatture emesse</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>inversione contabile</translation>
    </message>
    <message>
        <source>{name} ({role}) may not choose reverse charge: a manager must</source>
        <translation>{name} ({role}) non può scegliere l&apos;inversione contabile: deve farlo un responsabile</translation>
    </message>
    <message>
        <source>a walk-in sale has no buyer with a VAT ID</source>
        <translation>una vendita al banco non ha un acquirente con partita IVA</translation>
    </message>
    <message>
        <source>no product or workshop on sale with code {code!r}</source>
        <translation>nessun prodotto o workshop in vendita con il codice {code!r}</translation>
    </message>
    <message>
        <source>invoice {number} was changed meanwhile; reload and try again</source>
        <translation>la fattura {number} è stata modificata nel frattempo; ricarica e riprova</translation>
    </message>
    <message>
        <source>edited; refund lines instead</source>
        <translation>modificata; rimborsane invece le righe</translation>
    </message>
    <message>
        <source>voided; refund what is left instead</source>
        <translation>annullata; rimborsa invece ciò che resta</translation>
    </message>
    <message>
        <source>unknown or inactive product id {number}</source>
        <translation>prodotto con ID {number} sconosciuto o non attivo</translation>
    </message>
    <message>
        <source>no draft {number}</source>
        <translation>nessuna bozza {number}</translation>
    </message>
    <message>
        <source>invoice {number} is void (by {who}: {why})</source>
        <translation>la fattura {number} è annullata (da {who}: {why})</translation>
    </message>
    <message>
        <source>invoice {number} is in the Z report of cash session {session} (closed {closed}): it cannot be edited any more; void or refund it instead</source>
        <translation>la fattura {number} è nel report Z del turno di cassa {session} (chiuso il {closed}): non può più essere modificata; annullala o rimborsala invece</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit note): it cannot be {instead}</source>
        <translation>la fattura {number} è stata rimborsata ({count} nota di credito): non può essere {instead}</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit notes): it cannot be {instead}</source>
        <translation>la fattura {number} è stata rimborsata ({count} note di credito): non può essere {instead}</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagamenti</translation>
    </message>
    <message>
        <source>a draft takes no payments; issue it first</source>
        <translation>una bozza non accetta pagamenti; emettila prima</translation>
    </message>
    <message>
        <source>is chosen when the sale is issued</source>
        <translation>si sceglie all&apos;emissione della vendita</translation>
    </message>
    <message>
        <source>this draft belongs to another exhibition</source>
        <translation>questa bozza appartiene a un&apos;altra fiera</translation>
    </message>
    <message>
        <source>no payment given</source>
        <translation>nessun pagamento indicato</translation>
    </message>
    <message>
        <source>set by {source}; change it there</source>
        <translation>impostato da {source}; modificalo lì</translation>
    </message>
    <message>
        <source>set on the command line; start without that option to change it here</source>
        <translation>impostato dalla riga di comando; avvia senza quell&apos;opzione per modificarlo qui</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossibile scrivere {path}: {error}</translation>
    </message>
    <message>
        <source>this database is set up already (it has users); add users with `user add`</source>
        <translation>questo database è già configurato (ha degli utenti); aggiungi utenti con `user add`</translation>
    </message>
    <message>
        <source>exhibition {code!r} (pos.exhibition) does not exist</source>
        <translation>la fiera {code!r} (pos.exhibition) non esiste</translation>
    </message>
    <message>
        <source>no active exhibition: create one (pos-desktop exhibition add NAME, or Settings)</source>
        <translation>nessuna fiera attiva: creane una (pos-desktop exhibition add NAME, oppure Impostazioni)</translation>
    </message>
    <message>
        <source>only {left} of {sku} ({name}) left here; {wanted} wanted</source>
        <translation>qui restano solo {left} di {sku} ({name}); richiesti {wanted}</translation>
    </message>
    <message>
        <source>the stock changed while this sale was saved; try again</source>
        <translation>le scorte sono cambiate durante il salvataggio di questa vendita; riprova</translation>
    </message>
    <message>
        <source>no product with SKU {sku!r}</source>
        <translation>nessun prodotto con il codice articolo {sku!r}</translation>
    </message>
    <message>
        <source>{sku} is not tracked in stock (tick it in Products)</source>
        <translation>{sku} non è gestito a magazzino (attivalo in Prodotti)</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minute</source>
        <translation>la cassa {terminal} è in uso su un altro dispositivo ({host}, ultima attività {seen}): due dispositivi non devono numerare le fatture nella stessa serie. Assegna a questo dispositivo un proprio ID terminale (pos.terminal) o chiudi Booth POS su {host}; se quel dispositivo non c&apos;è più, questo potrà rilevarne l&apos;ID terminale tra {count} minuto</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minutes</source>
        <translation>la cassa {terminal} è in uso su un altro dispositivo ({host}, ultima attività {seen}): due dispositivi non devono numerare le fatture nella stessa serie. Assegna a questo dispositivo un proprio ID terminale (pos.terminal) o chiudi Booth POS su {host}; se quel dispositivo non c&apos;è più, questo potrà rilevarne l&apos;ID terminale tra {count} minuti</translation>
    </message>
    <message>
        <source>item</source>
        <translation>articolo</translation>
    </message>
    <message>
        <source>{item!r}: write SKU:QUANTITY</source>
        <translation>{item!r}: scrivi CODICE:QUANTITÀ</translation>
    </message>
    <message>
        <source>quantity of {sku}</source>
        <translation>quantità di {sku}</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articoli</translation>
    </message>
    <message>
        <source>name at least one product and quantity</source>
        <translation>indica almeno un prodotto e una quantità</translation>
    </message>
    <message>
        <source>is the same location as from</source>
        <translation>è la stessa ubicazione di origine</translation>
    </message>
    <message>
        <source>of {sku} must be more than 0</source>
        <translation>di {sku} deve essere maggiore di 0</translation>
    </message>
    <message>
        <source>no transfer {number}</source>
        <translation>nessun trasferimento {number}</translation>
    </message>
    <message>
        <source>transfer {number} is {status}, not {state}</source>
        <translation>il trasferimento {number} è {status}, non {state}</translation>
    </message>
    <message>
        <source>of {sku} must not be negative</source>
        <translation>di {sku} non deve essere negativa</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nome utente o password errati</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <source>{text!r} is not one of {allowed}</source>
        <translation>{text!r} non è uno tra {allowed}</translation>
    </message>
    <message>
        <source>too many failed logins: wait {wait} before the next try</source>
        <translation>troppi accessi falliti: attendi {wait} prima del prossimo tentativo</translation>
    </message>
    <message>
        <source>{wrong}; {wait}</source>
        <translation>{wrong}; {wait}</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nome visualizzato</translation>
    </message>
    <message>
        <source>user {name!r} exists already</source>
        <translation>l&apos;utente {name!r} esiste già</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>la password attuale è errata</translation>
    </message>
    <message>
        <source>user {name} was changed meanwhile; reload and try again</source>
        <translation>l&apos;utente {name} è stato modificato nel frattempo; ricarica e riprova</translation>
    </message>
    <message>
        <source>you cannot demote or disable yourself; ask another admin</source>
        <translation>non puoi declassare o disattivare il tuo utente; rivolgiti a un altro admin</translation>
    </message>
    <message>
        <source>only a logged-in user has a language</source>
        <translation>solo un utente che ha effettuato l&apos;accesso ha una lingua</translation>
    </message>
    <message>
        <source>no user {name!r}</source>
        <translation>nessun utente {name!r}</translation>
    </message>
    <message>
        <source>this would leave no active admin</source>
        <translation>così non resterebbe alcun admin attivo</translation>
    </message>
    <message>
        <source>{code} was not checked in at workshop {workshop}</source>
        <translation>{code} non risulta entrato al workshop {workshop}</translation>
    </message>
    <message>
        <source>no workshop with code {code!r}</source>
        <translation>nessun workshop con il codice {code!r}</translation>
    </message>
    <message>
        <source>workshop {code} ({title})</source>
        <translation>workshop {code} ({title})</translation>
    </message>
    <message>
        <source>{name} is cancelled</source>
        <translation>{name} è annullato</translation>
    </message>
    <message>
        <source>{name} is not on sale yet ({status})</source>
        <translation>{name} non è ancora in vendita ({status})</translation>
    </message>
    <message>
        <source>{name}: booking closed at {deadline}</source>
        <translation>{name}: prenotazioni chiuse il {deadline}</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted; {held} held for the waitlist (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} è al completo: {free} posti liberi su {capacity}, richiesti {count}; {held} riservati alla lista d&apos;attesa (inserisci il cliente in lista d&apos;attesa: workshop waitlist)</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} è al completo: {free} posti liberi su {capacity}, richiesti {count} (inserisci il cliente in lista d&apos;attesa: workshop waitlist)</translation>
    </message>
    <message>
        <source>a workshop seat needs a customer: scan or type their code</source>
        <translation>un posto in un workshop richiede un cliente: scansionane o digitane il codice</translation>
    </message>
    <message>
        <source>invoice {number} books {count} workshop seat(s): void or refund it instead of editing</source>
        <translation>la fattura {number} prenota posti di workshop ({count}): annullala o rimborsala invece di modificarla</translation>
    </message>
    <message>
        <source>stays {code} (it is on the invoices); add a new workshop</source>
        <translation>resta {code} (compare sulle fatture); aggiungi un nuovo workshop</translation>
    </message>
    <message>
        <source>at least {count} (booked and held seats)</source>
        <translation>almeno {count} (posti prenotati e riservati)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>cancel it instead (with a reason)</source>
        <translation>annullalo invece (indicando un motivo)</translation>
    </message>
    <message>
        <source>{count} seats are sold: it stays published</source>
        <translation>{count} posti venduti: resta pubblicato</translation>
    </message>
    <message>
        <source>workshop {code} is {status}: no waitlist</source>
        <translation>il workshop {code} è {status}: nessuna lista d&apos;attesa</translation>
    </message>
    <message>
        <source>workshop {code} has {count} seat(s) free: sell one</source>
        <translation>il workshop {code} ha posti liberi ({count}): venderne uno</translation>
    </message>
    <message>
        <source>workshop code {code} is taken</source>
        <translation>il codice workshop {code} è già in uso</translation>
    </message>
    <message>
        <source>workshop {code} was changed meanwhile; reload and try again</source>
        <translation>il workshop {code} è stato modificato nel frattempo; ricarica e riprova</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled</source>
        <translation>il workshop {code} è annullato</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled already</source>
        <translation>il workshop {code} è già annullato</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>attestati</translation>
    </message>
    <message>
        <source>workshop {code} was cancelled</source>
        <translation>il workshop {code} è stato annullato</translation>
    </message>
    <message>
        <source>workshop {code} ends at {end} UTC: {what} after that</source>
        <translation>il workshop {code} termina il {end} UTC: {what} solo dopo</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>assenti</translation>
    </message>
    <message>
        <source>no workshop on sale with code {code!r}</source>
        <translation>nessun workshop in vendita con il codice {code!r}</translation>
    </message>
    <message>
        <source>{name} is on the waitlist already ({state})</source>
        <translation>{name} è già in lista d&apos;attesa ({state})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{error}

Database: {url}</source>
        <translation>{error}

Database: {url}</translation>
    </message>
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
    <name>AuditLog</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; by {actor}: {summary}</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; ({actor}): {summary}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Action starts with (invoice, customer, login.failed...)</source>
        <translation>L&apos;azione inizia con (invoice, customer, login.failed…)</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Numero fattura o codice cliente</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: just now</source>
        <translation>Backup: proprio ora</translation>
    </message>
    <message>
        <source>Backup: {minutes} min ago</source>
        <translation>Backup: {minutes} min fa</translation>
    </message>
    <message>
        <source>Backup: {hours} h ago</source>
        <translation>Backup: {hours} h fa</translation>
    </message>
    <message>
        <source>Backup: {days} days ago</source>
        <translation>Backup: {days} giorni fa</translation>
    </message>
    <message>
        <source>Backup: automatic backups off (no folder set)</source>
        <translation>Backup: automatici disattivati (nessuna cartella impostata)</translation>
    </message>
    <message>
        <source>Backup: folder missing ({folder})</source>
        <translation>Backup: cartella mancante ({folder})</translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation>Backup non riuscito: {error}</translation>
    </message>
    <message>
        <source>Backup: none yet</source>
        <translation>Backup: nessuno finora</translation>
    </message>
    <message>
        <source>Backup: -</source>
        <translation>Backup: -</translation>
    </message>
    <message>
        <source>not set ([backup] folder in the settings)</source>
        <translation>non impostata ([backup] folder nelle impostazioni)</translation>
    </message>
    <message>
        <source>Automatic backups into {folder}, every {minutes} min and at each Z report</source>
        <translation>Backup automatici in {folder}, ogni {minutes} min e a ogni report Z</translation>
    </message>
</context>
<context>
    <name>BarcodeList</name>
    <message>
        <source>Scan or type a barcode, Enter adds it</source>
        <translation>Scansiona o digita un codice a barre, Enter lo aggiunge</translation>
    </message>
    <message>
        <source>Delete removes the selected barcode</source>
        <translation>Delete rimuove il codice a barre selezionato</translation>
    </message>
    <message>
        <source>Remove barcode (Del)</source>
        <translation>Rimuovi codice a barre (Del)</translation>
    </message>
</context>
<context>
    <name>CameraChoice</name>
    <message>
        <source>Cameras found on this computer; the field below is what is saved</source>
        <translation>Fotocamere trovate su questo computer; viene salvato il campo sottostante</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Cerca di nuovo</translation>
    </message>
    <message>
        <source>Could not look for cameras: {error}</source>
        <translation>Impossibile cercare le fotocamere: {error}</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Nessuna fotocamera</translation>
    </message>
    <message>
        <source>Looking for cameras {numbers}...</source>
        <translation>Ricerca delle fotocamere {numbers}…</translation>
    </message>
    <message>
        <source>No camera found (numbers {numbers} checked)</source>
        <translation>Nessuna fotocamera trovata (numeri {numbers} verificati)</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Fotocamera {number}</translation>
    </message>
    <message>
        <source>Camera {number} (set; busy or not found now)</source>
        <translation>Fotocamera {number} (impostata; occupata o non trovata ora)</translation>
    </message>
    <message>
        <source>File or URL...</source>
        <translation>File o URL…</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No picture from the camera yet</source>
        <translation>Ancora nessuna immagine dalla fotocamera</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>fix lines {lines} before payment</source>
        <translation>correggi le righe {lines} prima del pagamento</translation>
    </message>
    <message>
        <source>fix line {lines} before payment</source>
        <translation>correggi la riga {lines} prima del pagamento</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>il carrello è vuoto</translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Line {line}: a quantity of 0 is not taken; press Delete to remove the line</source>
        <translation>Riga {line}: una quantità pari a 0 non viene accettata; premi Delete per rimuovere la riga</translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>Offline: this till knows only its sales since the line dropped. Expected cash and the difference are on the server&apos;s Z report: print it again when the line is back.</source>
        <translation>Offline: questa cassa conosce solo le sue vendite da quando è caduta la linea. Il contante atteso e la differenza sono nel rapporto Z del server: stampalo di nuovo quando la linea torna.</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, da {who}</translation>
    </message>
    <message>
        <source>{count} invoices, {amount}</source>
        <translation>{count} fatture, {amount}</translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation>Report X (finora)</translation>
    </message>
    <message>
        <source>Z report (closed)</source>
        <translation>Report Z (chiuso)</translation>
    </message>
    <message>
        <source>{count} invoices, {amount} (after voids, refunds)</source>
        <translation>{count} fatture, {amount} (dopo annullamenti e rimborsi)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fondo cassa</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emesse</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Annullamenti</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <source>{count} payments, {amount}</source>
        <translation>{count} pagamenti, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount}</source>
        <translation>1 fattura, {amount}</translation>
    </message>
    <message>
        <source>1 payment, {amount}</source>
        <translation>1 pagamento, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount} (after voids, refunds)</source>
        <translation>1 fattura, {amount} (dopo annullamenti e rimborsi)</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Versamenti / prelievi</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Sconti</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Contanti previsti</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Contanti contati</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>{title} · session {session} · till {till}</source>
        <translation>{title} · turno {session} · cassa {till}</translation>
    </message>
    <message>
        <source>X report (offline)</source>
        <translation>Rapporto X (offline)</translation>
    </message>
    <message>
        <source>Drawer counted (offline)</source>
        <translation>Cassetto contato (offline)</translation>
    </message>
    <message>
        <source>No open cash session on this till</source>
        <translation>Nessun turno di cassa aperto su questa cassa</translation>
    </message>
    <message>
        <source>the cash you counted into the drawer, e.g. 150.00</source>
        <translation>i contanti che hai contato nel cassetto, ad es. 150,00</translation>
    </message>
    <message>
        <source>Open session (Enter)</source>
        <translation>Apri turno (Enter)</translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation>&amp;Fondo cassa</translation>
    </message>
    <message>
        <source>why, e.g. change from the bank / to the safe</source>
        <translation>motivo, ad es. resto dalla banca / in cassaforte</translation>
    </message>
    <message>
        <source>Cash &amp;in</source>
        <translation>&amp;Versamento</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>&amp;Prelievo</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Versamento o prelievo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importo</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Chiudi il turno</translation>
    </message>
    <message>
        <source>the cash counted in the drawer now</source>
        <translation>i contanti contati ora nel cassetto</translation>
    </message>
    <message>
        <source>Close with Z report...</source>
        <translation>Chiudi con report Z…</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>&amp;Contato</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the opening</source>
        <translation>Salvataggio in corso – attendi la risposta prima dell&apos;apertura</translation>
    </message>
    <message>
        <source>Checking whether the opening was saved - the database stopped answering ({doubt})</source>
        <translation>Verifica del salvataggio dell&apos;apertura – il database non risponde più ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} open</source>
        <translation>Turno {session} aperto</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash in</source>
        <translation>Salvataggio in corso – attendi la risposta prima del versamento</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash out</source>
        <translation>Salvataggio in corso – attendi la risposta prima del prelievo</translation>
    </message>
    <message>
        <source>Checking whether the cash in was saved - the database stopped answering ({doubt})</source>
        <translation>Verifica del salvataggio del versamento – il database non risponde più ({doubt})</translation>
    </message>
    <message>
        <source>Checking whether the cash out was saved - the database stopped answering ({doubt})</source>
        <translation>Verifica del salvataggio del prelievo – il database non risponde più ({doubt})</translation>
    </message>
    <message>
        <source>Cash in recorded: {amount} ({reason})</source>
        <translation>Versamento registrato: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Cash out recorded: {amount} ({reason})</source>
        <translation>Prelievo registrato: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Count the drawer and type the amount first</source>
        <translation>Prima conta il cassetto e digita l&apos;importo</translation>
    </message>
    <message>
        <source>Close session {session} with {amount} {currency} counted? The Z report is final.</source>
        <translation>Chiudere il turno {session} con {amount} {currency} contati? Il report Z è definitivo.</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the closing</source>
        <translation>Salvataggio in corso – attendi la risposta prima della chiusura</translation>
    </message>
    <message>
        <source>Checking whether the closing was saved - the database stopped answering ({doubt})</source>
        <translation>Verifica del salvataggio della chiusura – il database non risponde più ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} closed on this till (offline) with {amount} {currency} counted; the difference comes with the line</source>
        <translation>Sessione {session} chiusa su questa cassa (offline) con {amount} {currency} contati; la differenza arriva con la linea</translation>
    </message>
    <message>
        <source>Session {session} closed; difference {amount} {currency}</source>
        <translation>Turno {session} chiuso; differenza {amount} {currency}</translation>
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
        <source>Parked: {sale}, on this till (offline). Shift+F10 brings it back.</source>
        <translation>Sospesa: {sale}, su questa cassa (offline). Shift+F10 la riprende.</translation>
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
        <source>customer {code}: {error}</source>
        <translation>cliente {code}: {error}</translation>
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
        <source>No cash session is open at this till: this cash will be in no drawer count. Open one in the Cash drawer screen (with the counted float) when you can.</source>
        <translation>Nessun turno di cassa è aperto su questa cassa: questi contanti non rientreranno in alcun conteggio del cassetto. Appena puoi, aprine uno nella schermata Cassa (con il fondo cassa contato).</translation>
    </message>
    <message>
        <source>add a line first (F3, or scan a product)</source>
        <translation>aggiungi prima una riga (F3, o scansiona un prodotto)</translation>
    </message>
    <message>
        <source>Saving the sale...</source>
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
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>Email di benvenuto</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cassiere</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number / code</source>
        <translation>Numero / codice</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sul server</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation>In coda (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Waits because</source>
        <translation>In attesa perché</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Cod. articolo</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Codici a barre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>In vendita</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Preferito</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Richiesto da</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prenotati</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrati</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>In attesa fino a</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Incasso</translation>
    </message>
</context>
<context>
    <name>CommissionReport</name>
    <message>
        <source>All cashiers</source>
        <translation>Tutti i cassieri</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cassiere</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Vendite nette</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provvigione</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Nessuna vendita in questo periodo.</translation>
    </message>
    <message>
        <source>Commission {first} - {last} ({currency})</source>
        <translation>Provvigioni {first} – {last} ({currency})</translation>
    </message>
    <message>
        <source>On net sales (without VAT); refunds in the period are taken back at the same rate.</source>
        <translation>Sulle vendite nette (senza IVA); i rimborsi del periodo vengono detratti alla stessa percentuale.</translation>
    </message>
    <message>
        <source>C&amp;ashier</source>
        <translation>&amp;Cassiere</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code</source>
        <translation>Digita il nome o il codice di un paese</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost; the details are in {file}</source>
        <translation>Qualcosa è andato storto; non è andato perso nulla; i dettagli sono in {file}</translation>
    </message>
    <message>
        <source>It happened {count} times since the app started.</source>
        <translation>È successo {count} volte dall&apos;avvio dell&apos;app.</translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>{number} · -{amount} {currency} by {method} · {when}</source>
        <translation>{number} · -{amount} {currency} · {method} · {when}</translation>
    </message>
    <message>
        <source>Credit &amp;notes</source>
        <translation>&amp;Note di credito</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+Shift+D)</source>
        <translation>Apri PDF (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+Shift+S)</source>
        <translation>Salva PDF… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Reprint slip (Ctrl+Shift+C)</source>
        <translation>Ristampa ricevuta (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Print the credit note&apos;s slip again (Ctrl+Shift+C)</source>
        <translation>Stampa di nuovo la ricevuta della nota di credito (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>-{amount} {currency} refunded in all</source>
        <translation>-{amount} {currency} rimborsati in totale</translation>
    </message>
    <message>
        <source>No credit note</source>
        <translation>Nessuna nota di credito</translation>
    </message>
    <message>
        <source>Slip of credit note {number}</source>
        <translation>Ricevuta della nota di credito {number}</translation>
    </message>
    <message>
        <source>Printing the slip of {number}...</source>
        <translation>Stampa della ricevuta di {number}…</translation>
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
    <name>CustomerDisplay</name>
    <message>
        <source>Welcome to {venue}</source>
        <translation>Benvenuti a {venue}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Totale {amount}</translation>
    </message>
    <message>
        <source>Booth POS - customer display</source>
        <translation>Booth POS – display cliente</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuti</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Buongiorno, {name}</translation>
    </message>
    <message>
        <source>Given {amount}</source>
        <translation>Ricevuto {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Resto {amount}</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Grazie, {name}!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Grazie!</translation>
    </message>
    <message>
        <source>Your change: {amount}</source>
        <translation>Il suo resto: {amount}</translation>
    </message>
    <message>
        <source>Keep this code on your phone: scan it at our counter next time.</source>
        <translation>Conservi questo codice sul telefono: la prossima volta lo mostri al nostro stand.</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Fattura {number}</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer {code}</source>
        <translation>Modifica cliente {code}</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Salva &amp;comunque</translation>
    </message>
    <message>
        <source>Customer code {code} stays the same. Ctrl+S saves.</source>
        <translation>Il codice cliente {code} resta invariato. Ctrl+S salva.</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Correggi i campi evidenziati</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}). Change the email, or Save anyway (Alt+A) only if this really is another person.</source>
        <translation>{email} è già registrata per {name} ({code}). Cambia l&apos;email, oppure usa Salva comunque (Alt+C) solo se si tratta davvero di un&apos;altra persona.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Tipo di cliente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>with the company: a full invoice</source>
        <translation>con l&apos;azienda: una fattura completa</translation>
    </message>
    <message>
        <source>EU VAT ID, e.g. DE136695976</source>
        <translation>partita IVA UE, ad es. DE136695976</translation>
    </message>
    <message>
        <source>national numbers are read as {region}, or +country code</source>
        <translation>i numeri nazionali sono letti come {region}, altrimenti +prefisso internazionale</translation>
    </message>
    <message>
        <source>required: the customer code is sent here</source>
        <translation>obbligatoria: il codice cliente viene inviato qui</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativa</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>In base al paese</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>update the customer</source>
        <translation>aggiorna il cliente</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>salta la riga</translation>
    </message>
    <message>
        <source>create another customer</source>
        <translation>crea un altro cliente</translation>
    </message>
    <message>
        <source>reject the row</source>
        <translation>rifiuta la riga</translation>
    </message>
    <message>
        <source>import the customer without the email (kept as written)</source>
        <translation>importa il cliente senza email (conservata come scritta)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>A&amp;vanti</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importa clienti</translation>
    </message>
    <message>
        <source>Path of a CSV or XLSX file</source>
        <translation>Percorso di un file CSV o XLSX</translation>
    </message>
    <message>
        <source>Browse... (Ctrl+O)</source>
        <translation>Sfoglia… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Which file? CSV (any delimiter and encoding) or XLSX:</source>
        <translation>Quale file? CSV (qualsiasi separatore e codifica) o XLSX:</translation>
    </message>
    <message>
        <source>A row is the same customer when (first rule that matches):</source>
        <translation>Una riga è lo stesso cliente se (vale la prima regola che corrisponde):</translation>
    </message>
    <message>
        <source>On a &amp;duplicate</source>
        <translation>Se &amp;duplicato</translation>
    </message>
    <message>
        <source>Invalid &amp;email</source>
        <translation>&amp;Email non valida</translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation>%v righe</translation>
    </message>
    <message>
        <source>&amp;Cancel (Esc)</source>
        <translation>Ann&amp;ulla (Esc)</translation>
    </message>
    <message>
        <source>Rejected rows file</source>
        <translation>File delle righe rifiutate</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV</source>
        <translation>&amp;Salva righe rifiutate come CSV</translation>
    </message>
    <message>
        <source>&amp;Next: columns</source>
        <translation>A&amp;vanti: colonne</translation>
    </message>
    <message>
        <source>&amp;Next: options</source>
        <translation>A&amp;vanti: opzioni</translation>
    </message>
    <message>
        <source>&amp;Next: dry run</source>
        <translation>A&amp;vanti: simulazione</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Nuova importazione</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>Importa &amp;ora</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tabelle (*.csv *.txt *.tsv *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Type the path of a file, or press Ctrl+O to pick one</source>
        <translation>Digita il percorso di un file o premi Ctrl+O per sceglierne uno</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>Nessun file in {path}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>codifica {encoding}</translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation>separatore {delimiter}</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} colonne</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from the mapping you saved for these columns; change any.</source>
        <translation>{file}: {found}. Si parte dalla corrispondenza salvata per queste colonne; modificala a piacere.</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from columns matched automatically; change any.</source>
        <translation>{file}: {found}. Si parte dalle colonne abbinate automaticamente; modificale a piacere.</translation>
    </message>
    <message>
        <source>Check the encoding: {note}. The dry run lists the rows.</source>
        <translation>Controlla la codifica: {note}. La simulazione elenca le righe.</translation>
    </message>
    <message>
        <source>Dry run: reading the file, nothing is saved...</source>
        <translation>Simulazione: lettura del file, non viene salvato nulla…</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} righe lette</translation>
    </message>
    <message>
        <source>Cancelling after the current batch...</source>
        <translation>Annullamento dopo il blocco corrente…</translation>
    </message>
    <message>
        <source>Type where the rejected rows should go</source>
        <translation>Digita dove salvare le righe rifiutate</translation>
    </message>
    <message>
        <source>Rejected rows saved to {path}: fix them and import that file</source>
        <translation>Righe rifiutate salvate in {path}: correggile e importa quel file</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Find customer</source>
        <translation>Trova cliente</translation>
    </message>
    <message>
        <source>Scan or type the customer code, or type a name</source>
        <translation>Scansiona o digita il codice cliente, oppure digita un nome</translation>
    </message>
    <message>
        <source>Enter: look up · then Enter: sell to them · Ctrl+E: edit · Ctrl+Shift+W: resend welcome email · Esc: close</source>
        <translation>Enter: cerca · poi Enter: vendi al cliente · Ctrl+E: modifica · Ctrl+Shift+W: reinvia email di benvenuto · Esc: chiudi</translation>
    </message>
    <message>
        <source>Looking up...</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>No customer code or name matches {text}</source>
        <translation>Nessun codice cliente o nome corrisponde a {text}</translation>
    </message>
    <message>
        <source>{count} customers match (the first shown: type more): arrows, then Enter</source>
        <translation>{count} clienti corrispondono (mostrati i primi: digita altro): frecce, poi Enter</translation>
    </message>
    <message>
        <source>{count} customers match: arrows, then Enter</source>
        <translation>{count} clienti corrispondono: frecce, poi Enter</translation>
    </message>
    <message>
        <source>{name}: Enter sells to them</source>
        <translation>{name}: Enter per vendere al cliente</translation>
    </message>
    <message>
        <source>Look a customer up first (code, then Enter)</source>
        <translation>Prima cerca un cliente (codice, poi Enter)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>Email di benvenuto a {recipient} rimessa in coda</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Search name, email, phone, company or code (newest first)</source>
        <translation>Cerca nome, email, telefono, azienda o codice (prima i più recenti)</translation>
    </message>
    <message>
        <source>Name A-Z</source>
        <translation>Nome A-Z</translation>
    </message>
    <message>
        <source>Name Z-A</source>
        <translation>Nome Z-A</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Prima i più recenti</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Prima i meno recenti</translation>
    </message>
    <message>
        <source>Most billed first</source>
        <translation>Prima il fatturato più alto</translation>
    </message>
    <message>
        <source>Least billed first</source>
        <translation>Prima il fatturato più basso</translation>
    </message>
    <message>
        <source>Most bills first</source>
        <translation>Prima chi ha più fatture</translation>
    </message>
    <message>
        <source>Select a customer to see their bills.</source>
        <translation>Seleziona un cliente per vederne le fatture.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>Resend welcome email (Ctrl+Shift+W)</source>
        <translation>Reinvia email di benvenuto (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Ordine</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+E)</source>
        <translation>Seleziona prima un cliente (frecce, poi Ctrl+E)</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+Shift+W)</source>
        <translation>Seleziona prima un cliente (frecce, poi Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>Email di benvenuto a {recipient} rimessa in coda</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} salvato</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>others ({count})</source>
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
    <name>DatabasePage</name>
    <message>
        <source>SQL&amp;ite file on this computer (one till)</source>
        <translation>File SQL&amp;ite su questo computer (una cassa)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several tills share it)</source>
        <translation>Server &amp;PostgreSQL (condiviso da più casse)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose another SQLite file (Alt+B)</source>
        <translation>Scegli un altro file SQLite (Alt+S)</translation>
    </message>
    <message>
        <source>empty if the server needs none</source>
        <translation>vuota se il server non la richiede</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verifica &amp;connessione</translation>
    </message>
    <message>
        <source>Connect and look inside, without changing anything (Alt+T; at most {seconds} seconds)</source>
        <translation>Connettiti e guarda il contenuto senza modificare nulla (Alt+C; al massimo {seconds} secondi)</translation>
    </message>
    <message>
        <source>Welcome. Booth POS keeps its data in a file on this computer (a single till) or on the booth&apos;s PostgreSQL server (several tills selling together).</source>
        <translation>Benvenuto. Booth POS conserva i dati in un file su questo computer (una sola cassa) o sul server PostgreSQL dello stand (più casse che vendono insieme).</translation>
    </message>
    <message>
        <source>U&amp;RL</source>
        <translation>U&amp;RL</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>The choice is saved in {path}.</source>
        <translation>La scelta viene salvata in {path}.</translation>
    </message>
    <message>
        <source>needs a file name</source>
        <translation>serve un nome di file</translation>
    </message>
    <message>
        <source>needed, e.g. {example}</source>
        <translation>obbligatorio, ad es. {example}</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>File di database SQLite</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Database SQLite (*.sqlite3 *.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Testing the connection (at most {seconds} seconds)...</source>
        <translation>Verifica della connessione (al massimo {seconds} secondi)…</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <source>The database is set by the environment variable {variable}, which beats the config file: a choice made here could not be saved. To choose here, start without {variable}.</source>
        <translation>Il database è impostato dalla variabile d&apos;ambiente {variable}, che prevale sul file di configurazione: una scelta fatta qui non potrebbe essere salvata. Per scegliere qui, avvia senza {variable}.</translation>
    </message>
    <message>
        <source>The database was given on the command line (--database), which beats the config file: a choice made here could not be saved. To choose here, start without it.</source>
        <translation>Il database è stato indicato sulla riga di comando (--database), che prevale sul file di configurazione: una scelta fatta qui non potrebbe essere salvata. Per scegliere qui, avvia senza.</translation>
    </message>
    <message>
        <source>The database is ready, but the choice cannot be saved in {file} ({reason}); nothing was switched.</source>
        <translation>Il database è pronto, ma la scelta non può essere salvata in {file} ({reason}); non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Booth POS: door check-in</source>
        <translation>Booth POS: controllo ingressi</translation>
    </message>
    <message>
        <source>Scan the visitor&apos;s QR code</source>
        <translation>Scansiona il codice QR del visitatore</translation>
    </message>
    <message>
        <source>Pick the session, then scan.</source>
        <translation>Scegli la sessione, poi scansiona.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessione</translation>
    </message>
    <message>
        <source>No workshops today</source>
        <translation>Nessun workshop oggi</translation>
    </message>
    <message>
        <source>Set them up first.</source>
        <translation>Prima creali.</translation>
    </message>
    <message>
        <source>Pick the session first</source>
        <translation>Prima scegli la sessione</translation>
    </message>
    <message>
        <source>Cannot reach the database</source>
        <translation>Database non raggiungibile</translation>
    </message>
    <message>
        <source>Offline since {since}: check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Offline dalle {since}: i check-in restano su questo portatile e vengono inviati quando torna la linea</translation>
    </message>
    <message>
        <source>Offline since {since}: 1 check-in is kept on this laptop and sent when the line is back</source>
        <translation>Offline dalle {since}: 1 check-in resta su questo portatile e viene inviato quando torna la linea</translation>
    </message>
    <message>
        <source>Offline since {since}: {count} check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Offline dalle {since}: {count} check-in restano su questo portatile e vengono inviati quando torna la linea</translation>
    </message>
    <message>
        <source>Back online - sending 1 check-in...</source>
        <translation>Di nuovo online – invio di 1 check-in…</translation>
    </message>
    <message>
        <source>Back online - sending {count} check-ins...</source>
        <translation>Di nuovo online – invio di {count} check-in…</translation>
    </message>
</context>
<context>
    <name>DoorVerdicts</name>
    <message>
        <source>Admitted: {name}</source>
        <translation>Ammesso: {name}</translation>
    </message>
    <message>
        <source>seat {seat} of {seats}</source>
        <translation>posto {seat} di {seats}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Già entrato alle {time}</translation>
    </message>
    <message>
        <source>{name}: all {seats} seat(s) used</source>
        <translation>{name}: tutti i posti ({seats}) usati</translation>
    </message>
    <message>
        <source>another workshop</source>
        <translation>un altro workshop</translation>
    </message>
    <message>
        <source>Booked for {time}, not this session</source>
        <translation>Prenotato per le {time}, non per questa sessione</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>{title} does not take place</source>
        <translation>{title} non si tiene</translation>
    </message>
    <message>
        <source>Not booked - 1 seat free: send to the counter</source>
        <translation>Non prenotato – 1 posto libero: manda alla cassa</translation>
    </message>
    <message>
        <source>Not booked - {free} seats free: send to the counter</source>
        <translation>Non prenotato – {free} posti liberi: manda alla cassa</translation>
    </message>
    <message>
        <source>{name} has no seat here</source>
        <translation>{name} non ha un posto qui</translation>
    </message>
    <message>
        <source>Not a visitor&apos;s code: {code}</source>
        <translation>Non è un codice visitatore: {code}</translation>
    </message>
</context>
<context>
    <name>EmailTest</name>
    <message>
        <source>send a test to (your address)</source>
        <translation>invia una prova a (il tuo indirizzo)</translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation>&amp;Invia email di prova</translation>
    </message>
    <message>
        <source>Sending a test email to {to}...</source>
        <translation>Invio di un&apos;email di prova a {to}…</translation>
    </message>
    <message>
        <source>Test email sent to {to} (Message-ID {id}).</source>
        <translation>Email di prova inviata a {to} (Message-ID {id}).</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Step 1 of 2: the database</source>
        <translation>Passo 1 di 2: il database</translation>
    </message>
    <message>
        <source>Step 2 of 2: the first admin and the exhibition</source>
        <translation>Passo 2 di 2: il primo admin e la fiera</translation>
    </message>
    <message>
        <source>Booth POS: first start</source>
        <translation>Booth POS: primo avvio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Back to the choice of database (Alt+B)</source>
        <translation>Torna alla scelta del database (Alt+I)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>A&amp;vanti</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>Preparing the database (creating or upgrading its tables)...</source>
        <translation>Preparazione del database (creazione o aggiornamento delle tabelle)…</translation>
    </message>
    <message>
        <source>This database is already set up: log in. (Saved in {path}.)</source>
        <translation>Questo database è già configurato: accedi. (Salvato in {path}.)</translation>
    </message>
    <message>
        <source>Database chosen and saved in {path}.</source>
        <translation>Database scelto e salvato in {path}.</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition and the demo data (this takes a moment)...</source>
        <translation>Creazione dell&apos;admin, della fiera e dei dati demo (richiede un momento)…</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition...</source>
        <translation>Creazione dell&apos;admin e della fiera…</translation>
    </message>
    <message>
        <source>Set up: admin {name}</source>
        <translation>Configurato: admin {name}</translation>
    </message>
    <message>
        <source>exhibition {name} ({code}, {currency})</source>
        <translation>fiera {name} ({code}, {currency})</translation>
    </message>
    <message>
        <source>demo data: {count} customers</source>
        <translation>dati demo: {count} clienti</translation>
    </message>
    <message>
        <source>Log in now.</source>
        <translation>Ora accedi.</translation>
    </message>
    <message>
        <source>The demo data failed: {error}</source>
        <translation>Creazione dei dati demo non riuscita: {error}</translation>
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
        <translation>Questo aiuto</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Back to the checkout&apos;s scan field, from any screen</source>
        <translation>Torna al campo di scansione della Vendita, da qualsiasi schermata</translation>
    </message>
    <message>
        <source>Ctrl+1 ... Ctrl+9, Ctrl+0</source>
        <translation>Ctrl+1 … Ctrl+9, Ctrl+0</translation>
    </message>
    <message>
        <source>Open the screens listed on the left (Ctrl+0: the tenth)</source>
        <translation>Apri le schermate elencate a sinistra (Ctrl+0: la decima)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next / previous screen in the list</source>
        <translation>Schermata successiva / precedente dell&apos;elenco</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Find a customer by code or name from any screen (Enter sells, Ctrl+E edits)</source>
        <translation>Trova un cliente per codice o nome da qualsiasi schermata (Enter vende, Ctrl+E modifica)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the till now (the same user unlocks; another logs in and takes over)</source>
        <translation>Blocca subito la cassa (lo stesso utente la sblocca; un altro accede e subentra)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Open or close the customer display (its monitor: Settings &gt; Appearance)</source>
        <translation>Apri o chiudi il display cliente (il suo monitor: Impostazioni &gt; Aspetto)</translation>
    </message>
    <message>
        <source>Enter (scan field)</source>
        <translation>Enter (campo di scansione)</translation>
    </message>
    <message>
        <source>Customer code: their card; barcode, SKU or product name: add it</source>
        <translation>Codice cliente: mostra la sua scheda; codice a barre, codice articolo o nome del prodotto: lo aggiunge</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>New free-text line: description, Tab, amount, Tab, quantity, Tab, VAT %, Enter</source>
        <translation>Nuova riga a testo libero: descrizione, Tab, importo, Tab, quantità, Tab, IVA %, Enter</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the cart&apos;s lines (arrows move, F2 edits a cell, Delete removes a line)</source>
        <translation>Vai alle righe del carrello (le frecce spostano, F2 modifica una cella, Delete rimuove una riga)</translation>
    </message>
    <message>
        <source>Alt+1 ... Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Sell the first nine quick keys of the tab on show (tap or click works too)</source>
        <translation>Vendi i primi nove tasti rapidi della scheda visualizzata (funziona anche toccandoli o cliccandoli)</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Go to the quick keys: arrows move, Enter or Space sells the tile</source>
        <translation>Vai ai tasti rapidi: le frecce spostano, Enter o Space vende il riquadro</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <source>Previous / next tab of quick keys (All, the categories, Workshops)</source>
        <translation>Scheda precedente / successiva dei tasti rapidi (Tutti, le categorie, Workshop)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Discount on the whole sale: 10% or an amount, spread over the lines</source>
        <translation>Sconto su tutta la vendita: 10% o un importo, ripartito sulle righe</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Walk-in sale: remove the customer from the cart</source>
        <translation>Vendita al banco: togli il cliente dal carrello</translation>
    </message>
    <message>
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <source>Park the sale (with an optional note) and start an empty one</source>
        <translation>Sospendi la vendita (con una nota facoltativa) e iniziane una vuota</translation>
    </message>
    <message>
        <source>Shift+F10</source>
        <translation>Shift+F10</translation>
    </message>
    <message>
        <source>Parked sales of this till: Enter brings one back with its customer</source>
        <translation>Vendite sospese di questa cassa: Enter ne riprende una con il suo cliente</translation>
    </message>
    <message>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <source>Pay: cash received (Enter), or F6 for card, both for a split payment</source>
        <translation>Paga: contanti ricevuti (Enter), o F6 per la carta, entrambi per un pagamento misto</translation>
    </message>
    <message>
        <source>Enter / Esc (confirmation)</source>
        <translation>Enter / Esc (conferma)</translation>
    </message>
    <message>
        <source>Save the sale / go back and change it</source>
        <translation>Salva la vendita / torna indietro e modificala</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New sale (asks first when the cart has lines)</source>
        <translation>Nuova vendita (chiede prima, se il carrello ha righe)</translation>
    </message>
    <message>
        <source>Esc (scan field)</source>
        <translation>Esc (campo di scansione)</translation>
    </message>
    <message>
        <source>Clear what was typed</source>
        <translation>Cancella ciò che è stato digitato</translation>
    </message>
    <message>
        <source>Enter (invoice view)</source>
        <translation>Enter (vista fattura)</translation>
    </message>
    <message>
        <source>Done: back to an empty checkout</source>
        <translation>Fatto: torna alla Vendita, vuota</translation>
    </message>
    <message>
        <source>Ctrl+E (invoice view)</source>
        <translation>Ctrl+E (vista fattura)</translation>
    </message>
    <message>
        <source>Edit the invoice (managers): F2 edits a cell, Ctrl+S saves</source>
        <translation>Modifica la fattura (responsabili): F2 modifica una cella, Ctrl+S salva</translation>
    </message>
    <message>
        <source>Ctrl+P (invoice view)</source>
        <translation>Ctrl+P (vista fattura)</translation>
    </message>
    <message>
        <source>Print the receipt again (marked COPY)</source>
        <translation>Stampa di nuovo lo scontrino (con la dicitura COPIA)</translation>
    </message>
    <message>
        <source>Ctrl+R (invoice view)</source>
        <translation>Ctrl+R (vista fattura)</translation>
    </message>
    <message>
        <source>Refund the invoice, whole or per line (a credit note)</source>
        <translation>Rimborsa la fattura, intera o per riga (una nota di credito)</translation>
    </message>
    <message>
        <source>Ctrl+M (invoice view)</source>
        <translation>Ctrl+M (vista fattura)</translation>
    </message>
    <message>
        <source>Email the customer again: the invoice, a voided one&apos;s void notice; a refunded one offers its refund notices (Enter sends the latest)</source>
        <translation>Invia di nuovo l&apos;email al cliente: la fattura, per una annullata l&apos;avviso di annullamento; una rimborsata propone i suoi avvisi di rimborso (Enter invia il più recente)</translation>
    </message>
    <message>
        <source>Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (invoice view)</source>
        <translation>Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (vista fattura)</translation>
    </message>
    <message>
        <source>A refunded invoice&apos;s credit notes: pick one / open its PDF / save it / reprint its slip</source>
        <translation>Note di credito di una fattura rimborsata: scegline una / apri il suo PDF / salvalo / ristampa la sua ricevuta</translation>
    </message>
    <message>
        <source>F5 (cash drawer)</source>
        <translation>F5 (Cassa)</translation>
    </message>
    <message>
        <source>Refresh the X report</source>
        <translation>Aggiorna il report X</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+D / Ctrl+S (cash drawer)</source>
        <translation>Ctrl+P / Ctrl+D / Ctrl+S (Cassa)</translation>
    </message>
    <message>
        <source>Print the X or Z report on screen (a Z printed before: COPY) / open its PDF / save it</source>
        <translation>Stampa il report X o Z visualizzato (uno Z già stampato: COPIA) / apri il suo PDF / salvalo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer: Ctrl+R retry, Ctrl+T another printer; one that may not have printed: Ctrl+P reprint as COPY (drawer stays shut), Ctrl+M mark printed</source>
        <translation>Scontrini in attesa della stampante: Ctrl+R riprova, Ctrl+T altra stampante; uno forse non stampato: Ctrl+P ristampa come COPIA (il cassetto resta chiuso), Ctrl+M segna come stampato</translation>
    </message>
    <message>
        <source>Alt+S / Alt+K, Ctrl+R, Del (outbox)</source>
        <translation>Alt+M / Alt+T, Ctrl+R, Del (Posta in uscita)</translation>
    </message>
    <message>
        <source>Filter the customer emails by state / kind; retry one; cancel one</source>
        <translation>Filtra le email ai clienti per stato / tipo; riprovane una; annullane una</translation>
    </message>
    <message>
        <source>Ctrl+N / Ctrl+S (products)</source>
        <translation>Ctrl+N / Ctrl+S (Prodotti)</translation>
    </message>
    <message>
        <source>New product / save the product</source>
        <translation>Nuovo prodotto / salva il prodotto</translation>
    </message>
    <message>
        <source>Enter / Del (product barcodes)</source>
        <translation>Enter / Del (codici a barre del prodotto)</translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode / remove the selected</source>
        <translation>Aggiungi il codice a barre scansionato o digitato / rimuovi quello selezionato</translation>
    </message>
    <message>
        <source>Ctrl+I / Ctrl+E (products)</source>
        <translation>Ctrl+I / Ctrl+E (Prodotti)</translation>
    </message>
    <message>
        <source>Import products from a CSV (checked first) / export as CSV</source>
        <translation>Importa prodotti da un CSV (prima verificato) / esporta come CSV</translation>
    </message>
    <message>
        <source>F5 / Ctrl+E (reports)</source>
        <translation>F5 / Ctrl+E (Report)</translation>
    </message>
    <message>
        <source>Show the period&apos;s report / export it as CSV</source>
        <translation>Mostra il report del periodo / esportalo come CSV</translation>
    </message>
    <message>
        <source>Alt+S / Alt+M (reports)</source>
        <translation>Alt+V / Alt+R (Report)</translation>
    </message>
    <message>
        <source>Sales / Commission tab (Alt+A there: one cashier or all)</source>
        <translation>Scheda Vendite / Provvigioni (lì Alt+C: un cassiere o tutti)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E (customers, invoices)</source>
        <translation>Ctrl+Shift+E (Clienti, Fatture)</translation>
    </message>
    <message>
        <source>Export the filtered list to CSV or XLSX (managers); again to stop</source>
        <translation>Esporta l&apos;elenco filtrato in CSV o XLSX (responsabili); di nuovo per interrompere</translation>
    </message>
    <message>
        <source>Ctrl+S (settings)</source>
        <translation>Ctrl+S (Impostazioni)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Salva le impostazioni</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
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
    <name>ImportMapping</name>
    <message>
        <source>ignore</source>
        <translation>ignora</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>company</source>
        <translation>azienda</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>qualifica</translation>
    </message>
    <message>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <source>city</source>
        <translation>città</translation>
    </message>
    <message>
        <source>street</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>partita IVA</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>tipo di cliente</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>stato lead</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sito web</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>ID esterno</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>Campo cliente</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primi valori</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Campo per {column}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>... and {count} more</source>
        <translation>… e altri {count}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
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
        <translation>&lt;b&gt;Colonne non importate&lt;/b&gt; (nessun campo cliente le accoglie): {names}</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} righe: create {created}, aggiornate {updated}, invariate {unchanged}, rifiutate {rejected}</translation>
    </message>
    <message>
        <source>Dry run (nothing was saved): {counts}</source>
        <translation>Simulazione (non è stato salvato nulla): {counts}</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before is saved. {counts}. Importing the same file again completes it.</source>
        <translation>Importazione annullata; quanto importato finora è salvato. {counts}. Importando di nuovo lo stesso file la si completa.</translation>
    </message>
    <message>
        <source>Import finished: {counts}</source>
        <translation>Importazione completata: {counts}</translation>
    </message>
    <message>
        <source>, encoding {encoding}</source>
        <translation>, codifica {encoding}</translation>
    </message>
    <message>
        <source>, delimiter {delimiter}</source>
        <translation>, separatore {delimiter}</translation>
    </message>
    <message>
        <source>File {file} ({found}); on duplicate: {duplicate}; invalid email: {email}</source>
        <translation>File {file} ({found}); se duplicato: {duplicate}; email non valida: {email}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Codifica:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation>Rifiutate, per motivo</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>Prime righe rifiutate</translation>
    </message>
    <message>
        <source>Warnings (the customer is kept, the value as written)</source>
        <translation>Avvisi (il cliente viene tenuto, il valore come scritto)</translation>
    </message>
    <message>
        <source>First warnings</source>
        <translation>Primi avvisi</translation>
    </message>
    <message>
        <source>Duplicates matched by</source>
        <translation>Duplicati riconosciuti per</translation>
    </message>
    <message>
        <source>Created or updated, per country</source>
        <translation>Creati o aggiornati, per paese</translation>
    </message>
    <message>
        <source>Created or updated, per type</source>
        <translation>Creati o aggiornati, per tipo</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Paid so far: {amount} {currency}. Payments stay; the difference shows as due or owed back. F2 edits a cell, Delete removes a line, F3 adds one, Ctrl+S saves.</source>
        <translation>Pagato finora: {amount} {currency}. I pagamenti restano; la differenza appare come da pagare o da restituire. F2 modifica una cella, Delete rimuove una riga, F3 ne aggiunge una, Ctrl+S salva.</translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <translation>Modifica fattura {number}</translation>
    </message>
    <message>
        <source>empty: walk-in</source>
        <translation>vuoto: cliente occasionale</translation>
    </message>
    <message>
        <source>required, e.g. wrong quantity</source>
        <translation>obbligatorio, ad es. quantità errata</translation>
    </message>
    <message>
        <source>&amp;Customer code</source>
        <translation>&amp;Codice cliente</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation>riga {number}: {problem}</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>una fattura richiede almeno una riga</translation>
    </message>
    <message>
        <source>Say why the invoice is edited (Reason)</source>
        <translation>Indica perché la fattura viene modificata (Motivo)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Checking whether the edit was saved - the database stopped answering ({doubt})</source>
        <translation>Verifica del salvataggio della modifica – il database non risponde più ({doubt})</translation>
    </message>
    <message>
        <source>The edit is being saved: wait for the answer</source>
        <translation>Salvataggio della modifica in corso: attendi la risposta</translation>
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
        <source>Done (Enter)</source>
        <translation>Fatto (Enter)</translation>
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
        <source>{number} edited. {balance}</source>
        <translation>{number} modificata. {balance}</translation>
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
        <source>{number} voided</source>
        <translation>{number} annullata</translation>
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
    <name>Invoices</name>
    <message>
        <source>Offline: the sales made on this till since the line dropped; the server&apos;s invoices are listed again when the line is back</source>
        <translation>Offline: le vendite fatte su questa cassa da quando è caduta la linea; le fatture del server tornano nell&apos;elenco quando la linea torna</translation>
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
        <source>All but drafts</source>
        <translation>Tutte tranne le bozze</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emesse</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annullate</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Numero fattura o codice cliente</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>qualsiasi giorno</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>fatture</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Indietro (Esc)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Prima le più recenti</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Prima le meno recenti</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Ordine</translation>
    </message>
    <message>
        <source>from</source>
        <translation>da</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
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
    <name>LinkStatus</name>
    <message>
        <source>The server does not answer: this till sells on its own journal and sends every sale when the line is back (the Offline journal screen lists them)</source>
        <translation>Il server non risponde: questa cassa vende sul proprio giornale e invia ogni vendita quando torna la connessione (la schermata Giornale offline le elenca)</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 entry waiting</source>
        <translation>Offline da {since} – 1 voce in attesa</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} entries waiting</source>
        <translation>Offline da {since} – {count} voci in attesa</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and 1 other entry waiting</source>
        <translation>Offline da {since} – 1 vendita e 1 altra voce in attesa</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and {others} other entries waiting</source>
        <translation>Offline da {since} – 1 vendita e altre {others} voci in attesa</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and 1 other entry waiting</source>
        <translation>Offline da {since} – {sales} vendite e 1 altra voce in attesa</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and {others} other entries waiting</source>
        <translation>Offline da {since} – {sales} vendite e altre {others} voci in attesa</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale...</source>
        <translation>Di nuovo online – invio di 1 vendita…</translation>
    </message>
    <message>
        <source>Back online - sending {count} sales...</source>
        <translation>Di nuovo online – invio di {count} vendite…</translation>
    </message>
    <message>
        <source>Back online - sending 1 entry...</source>
        <translation>Di nuovo online – invio di 1 voce…</translation>
    </message>
    <message>
        <source>Back online - sending {count} entries...</source>
        <translation>Di nuovo online – invio di {count} voci…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and 1 other entry...</source>
        <translation>Di nuovo online – invio di 1 vendita e 1 altra voce…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and {others} other entries...</source>
        <translation>Di nuovo online – invio di 1 vendita e altre {others} voci…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and 1 other entry...</source>
        <translation>Di nuovo online – invio di {sales} vendite e 1 altra voce…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and {others} other entries...</source>
        <translation>Di nuovo online – invio di {sales} vendite e altre {others} voci…</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale waiting</source>
        <translation>Offline da {since} – 1 vendita in attesa</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} sales waiting</source>
        <translation>Offline da {since} – {count} vendite in attesa</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Esporta come</translation>
    </message>
    <message>
        <source>Exporting {noun} needs a manager (permission data.export)</source>
        <translation>Per esportare {noun} serve un responsabile (permesso data.export)</translation>
    </message>
    <message>
        <source>E&amp;xport {noun}... ({shortcut})</source>
        <translation>&amp;Esporta {noun}… ({shortcut})</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <source>Cancel export ({shortcut})</source>
        <translation>Annulla esportazione ({shortcut})</translation>
    </message>
    <message>
        <source>Exporting {noun} to {path}...</source>
        <translation>Esportazione di {noun} in {path}…</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path} (stopped: the rest was not written)</source>
        <translation>Esportazione in {path}: {count} {noun} (interrotta: il resto non è stato scritto)</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path}</source>
        <translation>Esportazione completata: {count} {noun} in {path}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
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
        <translation>Booth POS</translation>
    </message>
    <message>
        <source>Database: {backend}</source>
        <translation>Database: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <translation>Scanner: tastiera</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Elaborazione…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
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
    <message>
        <source>Checking {name}&apos;s approval...</source>
        <translation>Verifica dell&apos;approvazione di {name}…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Unexpected error ({error}); nothing was lost, try again</source>
        <translation>Errore imprevisto ({error}); non è andato perso nulla, riprova</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <translation>Il cliente consegna {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>This invoice is on the server; refunds, voids and edits wait until the line is back</source>
        <translation>Questa fattura è sul server; rimborsi, annullamenti e modifiche attendono che torni la connessione</translation>
    </message>
    <message>
        <source>This till is still sending its offline sales; open the invoice again in a moment</source>
        <translation>Questa cassa sta ancora inviando le vendite offline; riapri la fattura tra un momento</translation>
    </message>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <translation>Salvata su questa cassa (offline) come {number}; andrà al server quando torna la connessione</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <translation>Accesso effettuato su questa cassa (offline)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <translation>{name} registrato su questa cassa (offline) come {code}; l&apos;email di benvenuto partirà quando torna la connessione</translation>
    </message>
    <message>
        <source>This sale is parked on the server; it can be brought back when the line is back</source>
        <translation>Questa vendita è sospesa sul server; si potrà riprendere quando torna la connessione</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>This till keeps no offline journal: its database is embedded (SQLite, on this computer), so there is no line to the server to lose.</source>
        <translation>Questa cassa non tiene un giornale offline: il suo database è integrato (SQLite, su questo computer), quindi non c&apos;è una connessione al server da perdere.</translation>
    </message>
    <message>
        <source>The offline journal is not made yet (the app makes it in the background at start).</source>
        <translation>Il giornale offline non è ancora stato creato (l&apos;app lo crea in background all&apos;avvio).</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vendita</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Cash session opened</source>
        <translation>Turno di cassa aperto</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Versamento/prelievo</translation>
    </message>
    <message>
        <source>Cash session closed</source>
        <translation>Turno di cassa chiuso</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Controllo ingressi</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annullamento</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Invoice edited</source>
        <translation>Fattura modificata</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · 1 conflict · last sync {when}</source>
        <translation>{pending} in attesa di invio · 1 conflitto · ultima sincronizzazione {when}</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · {count} conflicts · last sync {when}</source>
        <translation>{pending} in attesa di invio · {count} conflitti · ultima sincronizzazione {when}</translation>
    </message>
    <message>
        <source>Send now (Ctrl+Enter)</source>
        <translation>Invia ora (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Giornale offline</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent (oldest first)</source>
        <translation>&amp;In attesa di invio (prima i più vecchi)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (kept with the sale; for a manager to settle)</source>
        <translation>&amp;Conflitti (restano con la vendita; li risolve un responsabile)</translation>
    </message>
    <message>
        <source>Online: the server answers.</source>
        <translation>Online: il server risponde.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} still waiting: {error}</source>
        <translation>Inviati {sent}; {pending} ancora in attesa: {error}</translation>
    </message>
    <message>
        <source>Sent {sent}, {count} new conflict(s); {pending} waiting</source>
        <translation>Inviati {sent}, {count} nuovi conflitti; {pending} in attesa</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} waiting</source>
        <translation>Inviati {sent}; {pending} in attesa</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscite</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviate</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Void notice</source>
        <translation>Avviso di annullamento</translation>
    </message>
    <message>
        <source>Refund notice</source>
        <translation>Avviso di rimborso</translation>
    </message>
    <message>
        <source>customer {code}</source>
        <translation>cliente {code}</translation>
    </message>
    <message>
        <source>invoice {number}</source>
        <translation>fattura {number}</translation>
    </message>
    <message>
        <source>next try {time} UTC</source>
        <translation>prossimo tentativo {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt; to {recipient}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt; a {recipient}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Stato: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Retry now (Ctrl+R)</source>
        <translation>Riprova ora (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel (Del)</source>
        <translation>Annulla (Del)</translation>
    </message>
    <message>
        <source>Resend welcome</source>
        <translation>Reinvia benvenuto</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Email to {recipient}: will be sent at the next round</source>
        <translation>Email a {recipient}: verrà inviata al prossimo giro</translation>
    </message>
    <message>
        <source>Email to {recipient}: cancelled</source>
        <translation>Email a {recipient}: annullata</translation>
    </message>
    <message>
        <source>Email to {recipient}: queued again</source>
        <translation>Email a {recipient}: rimessa in coda</translation>
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
        <source>Offline: the sales parked on this till while the line is down; those parked on the server show again when the line is back</source>
        <translation>Offline: le vendite sospese su questa cassa mentre la linea è interrotta; quelle sospese sul server ricompaiono quando torna la connessione</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>cliente occasionale</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 riga</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} righe</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>di {user}</translation>
    </message>
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
    <name>PdfActions</name>
    <message>
        <source>Save PDF as</source>
        <translation>Salva PDF come</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Apri P&amp;DF</translation>
    </message>
    <message>
        <source>Save PDF &amp;as...</source>
        <translation>Salva PDF &amp;come…</translation>
    </message>
    <message>
        <source>A draft has no invoice PDF; issue it first</source>
        <translation>Una bozza non ha un PDF di fattura; emettila prima</translation>
    </message>
    <message>
        <source>Making {file}...</source>
        <translation>Creazione di {file}…</translation>
    </message>
    <message>
        <source>Opened {file} in the PDF viewer</source>
        <translation>{file} aperto nel visualizzatore PDF</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the file is {path} (or use Save PDF as)</source>
        <translation>Nessun visualizzatore PDF l&apos;ha aperto; il file è {path} (oppure usa Salva PDF come)</translation>
    </message>
    <message>
        <source>Saving {file}...</source>
        <translation>Salvataggio di {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} salvato</translation>
    </message>
    <message>
        <source>The PDF could not be written {path}: {reason}</source>
        <translation>Impossibile scrivere il PDF {path}: {reason}</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Impossibile scrivere il PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Nessuna stampante configurata (Impostazioni &gt; Stampante)</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Niente da stampare</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Offline: the receipts of the sales made on this till; the server&apos;s queue shows again when the line is back</source>
        <translation>Offline: gli scontrini delle vendite fatte su questa cassa; la coda del server torna quando torna la linea</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED ({problem})</source>
        <translation>FORSE STAMPATO ({problem})</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED</source>
        <translation>FORSE STAMPATO</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>invio in corso</translation>
    </message>
    <message>
        <source>{document} (copy)</source>
        <translation>{document} (copia)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>non ancora tentato</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt; on {printer}: {why}</source>
        <translation>&lt;b&gt;{document}: stampa forse non riuscita&lt;/b&gt; su {printer}: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;{document}: stampa forse non riuscita&lt;/b&gt;: {why}</translation>
    </message>
    <message>
        <source>Look at the printer. It came out: &lt;b&gt;Mark printed&lt;/b&gt; (Ctrl+M). It did not, or you cannot tell: &lt;b&gt;Reprint as COPY&lt;/b&gt; (Ctrl+P), marked COPY, the drawer stays shut.</source>
        <translation>Controlla la stampante. È uscito: &lt;b&gt;Segna come stampato&lt;/b&gt; (Ctrl+M). Non è uscito, o non si capisce: &lt;b&gt;Ristampa come COPIA&lt;/b&gt; (Ctrl+P), con la dicitura COPIA, il cassetto resta chiuso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries on {printer}</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: {count} tentativi su {printer}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: {count} tentativi</translation>
    </message>
    <message>
        <source>Printer now: busy printing</source>
        <translation>Stampante ora: sta stampando</translation>
    </message>
    <message>
        <source>Printer now: {status}</source>
        <translation>Stampante ora: {status}</translation>
    </message>
    <message>
        <source>Printed {numbers}.</source>
        <translation>Stampati: {numbers}.</translation>
    </message>
    <message>
        <source>{number} may not have printed: {why}. Check the printer.</source>
        <translation>{number}: stampa forse non riuscita ({why}). Controlla la stampante.</translation>
    </message>
    <message>
        <source>{number} still waits: {why}</source>
        <translation>{number} ancora in attesa: {why}</translation>
    </message>
    <message>
        <source>Printed {numbers}</source>
        <translation>Stampati: {numbers}</translation>
    </message>
    <message>
        <source>Nothing was sent (no printer set up, or another round has it)</source>
        <translation>Non è stato inviato nulla (nessuna stampante configurata, o se ne occupa un altro giro)</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer</source>
        <translation>Scontrini in attesa della stampante</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Stampante: -</translation>
    </message>
    <message>
        <source>&amp;Retry (Ctrl+R)</source>
        <translation>&amp;Riprova (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send &amp;to another printer... (Ctrl+T)</source>
        <translation>&amp;Invia a un&apos;altra stampante… (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Cancel job (Del)</source>
        <translation>&amp;Annulla stampa (Del)</translation>
    </message>
    <message>
        <source>Reprint as COPY (Ctrl+P)</source>
        <translation>Ristampa come COPIA (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Mark printed (Ctrl+M)</source>
        <translation>&amp;Segna come stampato (Ctrl+M)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Stampante: non configurata</translation>
    </message>
    <message>
        <source>Printer: {error}</source>
        <translation>Stampante: {error}</translation>
    </message>
    <message>
        <source>No receipt is waiting.</source>
        <translation>Nessuno scontrino in attesa.</translation>
    </message>
    <message>
        <source>Sending {document} to {url}...</source>
        <translation>Invio di {document} a {url}…</translation>
    </message>
    <message>
        <source>Sending {document} to the printer...</source>
        <translation>Invio di {document} alla stampante…</translation>
    </message>
    <message>
        <source>Copy of {document}</source>
        <translation>Copia di {document}</translation>
    </message>
    <message>
        <source>Printing a copy of {document}...</source>
        <translation>Stampa di una copia di {document}…</translation>
    </message>
    <message>
        <source>Marking {document} printed...</source>
        <translation>{document} viene segnato come stampato…</translation>
    </message>
    <message>
        <source>{document} marked printed</source>
        <translation>{document} segnato come stampato</translation>
    </message>
    <message>
        <source>Cancelling {document}...</source>
        <translation>Annullamento di {document}…</translation>
    </message>
    <message>
        <source>{document} will not print; it can be printed again any time</source>
        <translation>{document} non verrà stampato; si può ristampare in qualsiasi momento</translation>
    </message>
    <message>
        <source>Send to another printer</source>
        <translation>Invia a un&apos;altra stampante</translation>
    </message>
    <message>
        <source>Printer URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, ...):</source>
        <translation>URL della stampante (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, …):</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
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
        <source>Receipt printer; click or Ctrl+Shift+P for the receipts waiting</source>
        <translation>Stampante scontrini; clic o Ctrl+Shift+P per gli scontrini in attesa</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>carta quasi finita</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>carta esaurita</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>coperchio aperto</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>non raggiungibile</translation>
    </message>
    <message>
        <source>Sent to the printer, but the printer never confirmed it. Look at the printer, then in the print queue (click, or Ctrl+Shift+P) reprint it as a COPY (the drawer stays shut) or mark it printed. Nothing prints it again by itself.</source>
        <translation>Inviato alla stampante, ma la stampante non l&apos;ha mai confermato. Controlla la stampante, poi nella coda di stampa (clic o Ctrl+Shift+P) ristampalo come COPIA (il cassetto resta chiuso) o segnalo come stampato. Nulla lo ristampa da solo.</translation>
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
        <source>Receipt printer: {status}</source>
        <translation>Stampante scontrini: {status}</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Stampante: ?</translation>
    </message>
</context>
<context>
    <name>PrinterTest</name>
    <message>
        <source>Status of {url}: {status}</source>
        <translation>Stato di {url}: {status}</translation>
    </message>
    <message>
        <source>Status: -</source>
        <translation>Stato: -</translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation>Stampa pagina di &amp;prova</translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation>Ve&amp;rifica stato</translation>
    </message>
    <message>
        <source>Status: no printer set up (type its URL above)</source>
        <translation>Stato: nessuna stampante configurata (digita il suo URL qui sopra)</translation>
    </message>
    <message>
        <source>Status: {error}</source>
        <translation>Stato: {error}</translation>
    </message>
    <message>
        <source>Type the printer&apos;s URL first (e.g. tcp://192.168.1.50:9100)</source>
        <translation>Prima digita l&apos;URL della stampante (ad es. tcp://192.168.1.50:9100)</translation>
    </message>
    <message>
        <source>Printing a test page on {url}...</source>
        <translation>Stampa di una pagina di prova su {url}…</translation>
    </message>
    <message>
        <source>Test page sent to {url}; the printer took it ({status}).</source>
        <translation>Pagina di prova inviata a {url}; la stampante l&apos;ha accettata ({status}).</translation>
    </message>
</context>
<context>
    <name>ProductFileActions</name>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tabelle (*.csv *.txt *.tsv *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importa prodotti</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Esporta prodotti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV... (Ctrl+I)</source>
        <translation>Importa CSV… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>Esporta CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Verifica di {file}…</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Importazione di {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {outcome}</source>
        <translation>{file} importato: {outcome}</translation>
    </message>
    <message>
        <source>{count} products written to {path}</source>
        <translation>{count} prodotti scritti in {path}</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Codifica:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Nessuna riga è stata rifiutata.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt; (fix them in the file and import it again)</source>
        <translation>&lt;b&gt;Righe rifiutate&lt;/b&gt; (correggile nel file e importalo di nuovo)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Cod. articolo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importa prodotti</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Import it?</source>
        <translation>Importarlo?</translation>
    </message>
    <message>
        <source>Nothing in it would change the catalogue.</source>
        <translation>Niente al suo interno modificherebbe il catalogo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {file}&lt;/b&gt;: {outcome}</source>
        <translation>&lt;b&gt;{file} importato&lt;/b&gt;: {outcome}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Scegli un prodotto</translation>
    </message>
    <message>
        <source>Products matching {typed} (Enter adds, Esc cancels):</source>
        <translation>Prodotti corrispondenti a {typed} (Enter aggiunge, Esc annulla):</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Search name, SKU or barcode</source>
        <translation>Cerca nome, codice articolo o codice a barre</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <source>On sale (can be scanned)</source>
        <translation>In vendita (scansionabile)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Nuovo prodotto (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;Codice articolo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>Codici a &amp;barre</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Prezzo</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>&amp;IVA %</translation>
    </message>
    <message>
        <source>Quick-key &amp;presets (named amounts)...</source>
        <translation>&amp;Modelli di tasti rapidi (importi con nome)…</translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation>Prodotto {sku}</translation>
    </message>
    <message>
        <source>{sku} {name} added</source>
        <translation>{sku} {name} aggiunto</translation>
    </message>
    <message>
        <source>{sku} {name} saved</source>
        <translation>{sku} {name} salvato</translation>
    </message>
    <message>
        <source>{sku} {name} saved (not on sale)</source>
        <translation>{sku} {name} salvato (non in vendita)</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Customer code</source>
        <translation>Codice cliente</translation>
    </message>
    <message>
        <source>Drawing the QR code...</source>
        <translation>Disegno del codice QR…</translation>
    </message>
    <message>
        <source>Let the visitor photograph the QR code; scanning it at the checkout finds them.</source>
        <translation>Fai fotografare il codice QR al visitatore: scansionandolo alla cassa lo si trova subito.</translation>
    </message>
</context>
<context>
    <name>QuickKeyPresets</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>Quick-key presets</source>
        <translation>Modelli di tasti rapidi</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Preferito: primo nelle sue schede</translation>
    </message>
    <message>
        <source>&amp;Add preset (Enter)</source>
        <translation>&amp;Aggiungi modello (Enter)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Importo</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>I&amp;VA %</translation>
    </message>
    <message>
        <source>&amp;Tab (optional)</source>
        <translation>&amp;Scheda (facoltativa)</translation>
    </message>
    <message>
        <source>{name} added to the quick keys</source>
        <translation>{name} aggiunto ai tasti rapidi</translation>
    </message>
    <message>
        <source>{name} removed from the quick keys</source>
        <translation>{name} rimosso dai tasti rapidi</translation>
    </message>
</context>
<context>
    <name>QuickKeySetting</name>
    <message>
        <source>Quick key at the checkout</source>
        <translation>Tasto rapido alla cassa</translation>
    </message>
    <message>
        <source>Show as a &amp;tile</source>
        <translation>Mostra come &amp;riquadro</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>Pre&amp;ferito: primo nelle sue schede</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>per nome</translation>
    </message>
    <message>
        <source>Lower places come first; favourites before all others</source>
        <translation>Le posizioni più basse vengono prima; i preferiti prima di tutti gli altri</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>P&amp;osizione</translation>
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
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Quick keys not loaded: {error}</source>
        <translation>Tasti rapidi non caricati: {error}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Copy of {number}&apos;s receipt</source>
        <translation>Copia dello scontrino di {number}</translation>
    </message>
    <message>
        <source>{what} printed on {printer}</source>
        <translation>{what}: stampa eseguita su {printer}</translation>
    </message>
    <message>
        <source>{what} may not have printed: {why}. Check the printer; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>{what}: stampa forse non riuscita ({why}). Controlla la stampante; la coda di stampa (Ctrl+Shift+P) permette di ristampare come COPIA o di segnare come stampato</translation>
    </message>
    <message>
        <source>{what} waits in the print queue: {why} (Ctrl+Shift+P to retry or send it elsewhere)</source>
        <translation>{what} è in attesa nella coda di stampa: {why} (Ctrl+Shift+P per riprovare o inviare a un&apos;altra stampante)</translation>
    </message>
    <message>
        <source>{what} queued; it prints in a moment</source>
        <translation>{what}: in coda, la stampa parte a breve</translation>
    </message>
    <message>
        <source>A draft has no receipt</source>
        <translation>Una bozza non ha scontrino</translation>
    </message>
    <message>
        <source>Drawing the receipt...</source>
        <translation>Disegno dello scontrino…</translation>
    </message>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Nessuna stampante configurata (Impostazioni &gt; Stampante)</translation>
    </message>
    <message>
        <source>Print the receipt again, marked COPY (Ctrl+P)</source>
        <translation>Stampa di nuovo lo scontrino, con la dicitura COPIA (Ctrl+P)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Nessuna anteprima</translation>
    </message>
    <message>
        <source>Printing a copy of {number}&apos;s receipt...</source>
        <translation>Stampa di una copia dello scontrino di {number}…</translation>
    </message>
</context>
<context>
    <name>ReceiptWatch</name>
    <message>
        <source>Receipt {number} printed now, after the printer came back</source>
        <translation>Scontrino {number} stampato ora, dopo il ritorno della stampante</translation>
    </message>
    <message>
        <source>Receipt {number} printed</source>
        <translation>Scontrino {number} stampato</translation>
    </message>
    <message>
        <source>The receipt of {number} may not have printed ({why}). Check the paper; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>Lo scontrino di {number} forse non è stato stampato ({why}). Controlla la carta; la coda di stampa (Ctrl+Shift+P) lo ristampa come COPIA o lo segna come stampato</translation>
    </message>
    <message>
        <source>The receipt of {number} did not print: {why}. It prints by itself when the printer is back (marked PRINTED LATE if that is minutes from now); Ctrl+P tries again</source>
        <translation>Lo scontrino di {number} non è stato stampato: {why}. Si stamperà da solo quando la stampante torna disponibile (con la dicitura STAMPATO IN RITARDO, se passano minuti); Ctrl+P riprova</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund {number}</source>
        <translation>Rimborso {number}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>Qtà rimborso</translation>
    </message>
    <message>
        <source>Back to stock (untick for damaged goods)</source>
        <translation>Torna in magazzino (togli la spunta per merce danneggiata)</translation>
    </message>
    <message>
        <source>required, e.g. mug chipped</source>
        <translation>obbligatorio, ad es. tazza scheggiata</translation>
    </message>
    <message>
        <source>Pay &amp;back by</source>
        <translation>&amp;Restituisci con</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Nothing to refund: every quantity is 0</source>
        <translation>Niente da rimborsare: tutte le quantità sono 0</translation>
    </message>
    <message>
        <source>Checking whether the refund was saved - the database stopped answering ({doubt})</source>
        <translation>Verifica del salvataggio del rimborso – il database non risponde più ({doubt})</translation>
    </message>
    <message>
        <source>The refund is being saved: wait for the answer</source>
        <translation>Salvataggio del rimborso in corso: attendi la risposta</translation>
    </message>
</context>
<context>
    <name>RegisterCustomer</name>
    <message>
        <source>Register customer</source>
        <translation>Registra cliente</translation>
    </message>
    <message>
        <source>Register &amp;anyway (Alt+A)</source>
        <translation>Registra &amp;comunque (Alt+C)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Register another (Ctrl+N / Enter)</source>
        <translation>Registra un altro (Ctrl+N / Enter)</translation>
    </message>
    <message>
        <source>Sell to this customer (Ctrl+B)</source>
        <translation>Vendi a questo cliente (Ctrl+B)</translation>
    </message>
    <message>
        <source>Badge P&amp;DF</source>
        <translation>P&amp;DF badge</translation>
    </message>
    <message>
        <source>Save bad&amp;ge as...</source>
        <translation>Salva &amp;badge come…</translation>
    </message>
    <message>
        <source>To save, complete or correct: {fields}</source>
        <translation>Per salvare, completa o correggi: {fields}</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Correggi i campi evidenziati</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Checking whether the registration was saved - the database stopped answering ({doubt})</source>
        <translation>Verifica del salvataggio della registrazione – il database non risponde più ({doubt})</translation>
    </message>
    <message>
        <source>Registered {name}</source>
        <translation>{name} registrato</translation>
    </message>
    <message>
        <source>No QR image</source>
        <translation>Nessuna immagine QR</translation>
    </message>
    <message>
        <source>The customer is saved, but drawing the QR failed: {error}</source>
        <translation>Il cliente è salvato, ma il disegno del QR non è riuscito: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{email}&lt;/b&gt; is already registered to &lt;b&gt;{name}&lt;/b&gt; ({code}). Change the email, or register anyway only if this really is another person.</source>
        <translation>&lt;b&gt;{email}&lt;/b&gt; è già registrata per &lt;b&gt;{name}&lt;/b&gt; ({code}). Cambia l&apos;email, oppure registra comunque solo se si tratta davvero di un&apos;altra persona.</translation>
    </message>
    <message>
        <source>{error} - the form is kept: press Ctrl+S to try again</source>
        <translation>{error} – il modulo resta compilato: premi Ctrl+S per riprovare</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sales {first} - {last} · {exhibition} ({currency})</source>
        <translation>Vendite {first} – {last} · {exhibition} ({currency})</translation>
    </message>
    <message>
        <source>Net sales &lt;b&gt;{gross} {currency}&lt;/b&gt; from {count} invoices · VAT {vat} · discounts given {discounts}</source>
        <translation>Vendite nette &lt;b&gt;{gross} {currency}&lt;/b&gt; da {count} fatture · IVA {vat} · sconti concessi {discounts}</translation>
    </message>
    <message>
        <source>not paid {amount}</source>
        <translation>non pagato {amount}</translation>
    </message>
    <message>
        <source>Issued {issued} ({issued_amount}) − voided {voided} ({voided_amount}) − refunded {refunded} ({refunded_amount}) = {gross}</source>
        <translation>Emesse {issued} ({issued_amount}) − annullate {voided} ({voided_amount}) − rimborsate {refunded} ({refunded_amount}) = {gross}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Lordo</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per giorno</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Per ora</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>Per aliquota IVA</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Per metodo di pagamento</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Per cassiere</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cassiere</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>Show (F5)</source>
        <translation>Mostra (F5)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>Esporta CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Ultimi &amp;7 giorni</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primo giorno</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Ultimo giorno</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>Apri P&amp;DF</translation>
    </message>
    <message>
        <source>Save PDF as...</source>
        <translation>Salva PDF come…</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Vendite</translation>
    </message>
    <message>
        <source>Co&amp;mmission</source>
        <translation>P&amp;rovvigioni</translation>
    </message>
    <message>
        <source>Adding up...</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>Export sales report</source>
        <translation>Esporta report vendite</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} salvato</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
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
        <source>ref {reference}</source>
        <translation>rif. {reference}</translation>
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
    <name>ScanActions</name>
    <message>
        <source>Scanned a sale code, but this role has no checkout</source>
        <translation>Scansionato un codice di vendita, ma questo ruolo non ha la Vendita</translation>
    </message>
    <message>
        <source>Scanned invoice {number}, but this role cannot open invoices</source>
        <translation>Scansionata la fattura {number}, ma questo ruolo non può aprire le fatture</translation>
    </message>
</context>
<context>
    <name>ScanReaders</name>
    <message>
        <source>{error}; using zxing</source>
        <translation>{error}; uso zxing</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>keyboard</source>
        <translation>tastiera</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>seriale</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>fotocamera</translation>
    </message>
    <message>
        <source>Scan ({source}) not used: {reason}</source>
        <translation>Scansione ({source}) non usata: {reason}</translation>
    </message>
    <message>
        <source>a dialog</source>
        <translation>una finestra di dialogo</translation>
    </message>
    <message>
        <source>Scan of {what} refused: close {title} first, then scan again</source>
        <translation>Scansione di {what} rifiutata: chiudi prima {title}, poi scansiona di nuovo</translation>
    </message>
    <message>
        <source>Too many scans waiting: {what} dropped</source>
        <translation>Troppe scansioni in attesa: {what} scartato</translation>
    </message>
    <message>
        <source>Scan of {what} waits until {title} is closed</source>
        <translation>Scansione di {what} in attesa finché non si chiude {title}</translation>
    </message>
</context>
<context>
    <name>ScannerSettings</name>
    <message>
        <source>&lt;b&gt;Try it:&lt;/b&gt; scan something now; it is shown here, not used.</source>
        <translation>&lt;b&gt;Prova:&lt;/b&gt; scansiona qualcosa ora; viene mostrato qui, non usato.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Ancora nulla di scansionato.</translation>
    </message>
</context>
<context>
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>seriale {port}</translation>
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
    <name>SessionReportActions</name>
    <message>
        <source>Print report (Ctrl+P)</source>
        <translation>Stampa report (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print this report on the till&apos;s printer (Ctrl+P)</source>
        <translation>Stampa questo report sulla stampante della cassa (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+D)</source>
        <translation>Apri PDF (Ctrl+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+S)</source>
        <translation>Salva PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>No report on screen</source>
        <translation>Nessun report visualizzato</translation>
    </message>
    <message>
        <source>{kind} report {number}</source>
        <translation>Report {kind} {number}</translation>
    </message>
    <message>
        <source>Printing {what}...</source>
        <translation>Stampa di {what}…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>opened at the next login</source>
        <translation>si apre al prossimo accesso</translation>
    </message>
    <message>
        <source>Keyboard scanners</source>
        <translation>Scanner a tastiera</translation>
    </message>
    <message>
        <source>tell scanner bursts from typing</source>
        <translation>distingui l&apos;input dello scanner dalla digitazione</translation>
    </message>
    <message>
        <source>Scanner ends a code with</source>
        <translation>Lo scanner termina un codice con</translation>
    </message>
    <message>
        <source>nothing (a pause ends it)</source>
        <translation>niente (una pausa lo termina)</translation>
    </message>
    <message>
        <source>Max ms between a scan&apos;s keys</source>
        <translation>Max ms tra i tasti di una scansione</translation>
    </message>
    <message>
        <source>people type 80+ ms apart</source>
        <translation>le persone digitano a 80+ ms di distanza</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>Codice più corto</translation>
    </message>
    <message>
        <source>shorter bursts count as typing</source>
        <translation>sequenze più corte contano come digitazione</translation>
    </message>
    <message>
        <source>Pause that ends a code (ms)</source>
        <translation>Pausa che termina un codice (ms)</translation>
    </message>
    <message>
        <source>for scanners without Enter</source>
        <translation>per scanner senza Enter</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefisso</translation>
    </message>
    <message>
        <source>characters the scanner sends first (removed)</source>
        <translation>caratteri che lo scanner invia per primi (rimossi)</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffisso</translation>
    </message>
    <message>
        <source>characters the scanner sends last (removed)</source>
        <translation>caratteri che lo scanner invia per ultimi (rimossi)</translation>
    </message>
    <message>
        <source>Same code again counts after (ms)</source>
        <translation>Lo stesso codice conta di nuovo dopo (ms)</translation>
    </message>
    <message>
        <source>0: every scan</source>
        <translation>0: ogni scansione</translation>
    </message>
    <message>
        <source>Scan while a dialog is open</source>
        <translation>Scansione con una finestra aperta</translation>
    </message>
    <message>
        <source>wait until it is closed</source>
        <translation>attendi che venga chiusa</translation>
    </message>
    <message>
        <source>refuse with a message</source>
        <translation>rifiuta con un messaggio</translation>
    </message>
    <message>
        <source>Beep on a rejected scan</source>
        <translation>Segnale acustico su scansione rifiutata</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Porta seriale</translation>
    </message>
    <message>
        <source>/dev/ttyACM0, COM3; opened at the next login</source>
        <translation>/dev/ttyACM0, COM3; si apre al prossimo accesso</translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation>Baud rate seriale</translation>
    </message>
    <message>
        <source>as set in the scanner</source>
        <translation>come impostato nello scanner</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <source>0 = first camera, or a device/video path; opened at the next login</source>
        <translation>0 = prima fotocamera, o un percorso dispositivo/video; si apre al prossimo accesso</translation>
    </message>
    <message>
        <source>Camera decoder</source>
        <translation>Decoder fotocamera</translation>
    </message>
    <message>
        <source>zxing-cpp (best)</source>
        <translation>zxing-cpp (consigliato)</translation>
    </message>
    <message>
        <source>zbar (needs libzbar)</source>
        <translation>zbar (richiede libzbar)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; empty: no receipts</source>
        <translation>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; vuoto: nessuno scontrino</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>python-escpos profile: default, TM-T20II, POS-5890...</source>
        <translation>profilo python-escpos: default, TM-T20II, POS-5890…</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Caratteri per riga</translation>
    </message>
    <message>
        <source>32 on 58 mm paper, 42 or 48 on 80 mm</source>
        <translation>32 su carta da 58 mm, 42 o 48 su 80 mm</translation>
    </message>
    <message>
        <source>Print the receipt after each sale</source>
        <translation>Stampa lo scontrino dopo ogni vendita</translation>
    </message>
    <message>
        <source>Open the cash drawer on cash sales</source>
        <translation>Apri il cassetto nelle vendite in contanti</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Tempo limite (secondi)</translation>
    </message>
    <message>
        <source>a printer that does not answer</source>
        <translation>per una stampante che non risponde</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Piè di pagina scontrino</translation>
    </message>
    <message>
        <source>lines separated by |</source>
        <translation>righe separate da |</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Fatturazione</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>suggested for new exhibitions</source>
        <translation>proposta per le nuove fiere</translation>
    </message>
    <message>
        <source>Default VAT rate (%)</source>
        <translation>Aliquota IVA predefinita (%)</translation>
    </message>
    <message>
        <source>for new lines</source>
        <translation>per le nuove righe</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Prezzi IVA inclusa</translation>
    </message>
    <message>
        <source>typed prices are gross (on) or net (off)</source>
        <translation>i prezzi digitati sono lordi (attivo) o netti (disattivo)</translation>
    </message>
    <message>
        <source>Sales need an open cash session</source>
        <translation>Le vendite richiedono un turno di cassa aperto</translation>
    </message>
    <message>
        <source>the till&apos;s float counted in (Cash drawer) before the first sale</source>
        <translation>il fondo cassa contato (schermata Cassa) prima della prima vendita</translation>
    </message>
    <message>
        <source>Ask about cash above (x due)</source>
        <translation>Chiedi conferma per contanti oltre (x dovuto)</translation>
    </message>
    <message>
        <source>cash over this many times what is due needs a yes from the cashier</source>
        <translation>contanti oltre questo multiplo del dovuto richiedono un sì dal cassiere</translation>
    </message>
    <message>
        <source>... but never below</source>
        <translation>… ma mai sotto</translation>
    </message>
    <message>
        <source>a 100 note for a coffee is normal: no question up to this amount</source>
        <translation>una banconota da 100 per un caffè è normale: nessuna domanda fino a questo importo</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Fatt&amp;ure</translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation>Codice cassa</translation>
    </message>
    <message>
        <source>the series in this till&apos;s invoice numbers (EXPO-T1-0001); unique per till</source>
        <translation>la serie nei numeri di fattura di questa cassa (EXPO-T1-0001); unico per cassa</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Nome cassa</translation>
    </message>
    <message>
        <source>shown at the login</source>
        <translation>mostrato all&apos;accesso</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clienti</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Regione telefonica predefinita</translation>
    </message>
    <message>
        <source>national numbers are read as this country&apos;s (DE, AT, US...)</source>
        <translation>i numeri nazionali sono letti come di questo paese (IT, DE, US…)</translation>
    </message>
    <message>
        <source>Email required at registration</source>
        <translation>Email obbligatoria alla registrazione</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>Ne&amp;gozio</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nome del negozio</translation>
    </message>
    <message>
        <source>on emails and badges; invoices: the seller&apos;s name, else this, else the exhibition&apos;s</source>
        <translation>su email e badge; fatture: il nome del venditore, altrimenti questo, altrimenti quello della fiera</translation>
    </message>
    <message>
        <source>Invoice footer</source>
        <translation>Piè di pagina fattura</translation>
    </message>
    <message>
        <source>bank details, thanks</source>
        <translation>coordinate bancarie, ringraziamenti</translation>
    </message>
    <message>
        <source>Invoice paper</source>
        <translation>Formato carta fattura</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Se&amp;ller</source>
        <translation>&amp;Venditore</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>on every invoice, receipt and invoice email</source>
        <translation>su ogni fattura, scontrino ed email di fattura</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>ISO code or name (DE, Germany)</source>
        <translation>codice ISO o nome (IT, Italia)</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>EU VAT ID (DE136695976); with the country it decides who may be reverse charged</source>
        <translation>partita IVA UE (DE136695976); insieme al paese decide a chi si può applicare l&apos;inversione contabile</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>national tax number (Steuernummer)</source>
        <translation>codice fiscale nazionale</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Iscrizione al registro</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Berlin HRB 12345</source>
        <translation>ad es. Registro Imprese di Milano, REA MI-1234567</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Sicure&amp;zza</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Blocco dopo minuti di inattività</translation>
    </message>
    <message>
        <source>0 never locks</source>
        <translation>0: non blocca mai</translation>
    </message>
    <message>
        <source>Failed logins before waits</source>
        <translation>Accessi falliti prima delle attese</translation>
    </message>
    <message>
        <source>then each next try of that name waits 1, 2, 4... seconds</source>
        <translation>poi ogni nuovo tentativo con quel nome attende 1, 2, 4… secondi</translation>
    </message>
    <message>
        <source>Longest wait (seconds)</source>
        <translation>Attesa massima (secondi)</translation>
    </message>
    <message>
        <source>the most a wrong-password guesser can hold up a real user</source>
        <translation>il tempo massimo per cui chi tira a indovinare la password può bloccare un utente reale</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Aspett&amp;o</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>light, dark, high contrast, or as the desktop</source>
        <translation>chiaro, scuro, contrasto elevato o come il desktop</translation>
    </message>
    <message>
        <source>Touch mode</source>
        <translation>Modalità touch</translation>
    </message>
    <message>
        <source>buttons and fields 44 px high, for fingers</source>
        <translation>pulsanti e campi alti 44 px, per le dita</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Display cliente</translation>
    </message>
    <message>
        <source>open the visitor&apos;s screen with the app (Ctrl+Shift+V opens or closes it)</source>
        <translation>apri lo schermo per i visitatori con l&apos;app (Ctrl+Shift+V lo apre o lo chiude)</translation>
    </message>
    <message>
        <source>Display on monitor</source>
        <translation>Display su monitor</translation>
    </message>
    <message>
        <source>0 the first, 1 the second</source>
        <translation>0 il primo, 1 il secondo</translation>
    </message>
    <message>
        <source>Display full screen</source>
        <translation>Display a schermo intero</translation>
    </message>
    <message>
        <source>on its own monitor</source>
        <translation>sul suo monitor</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org; empty: no emails go out</source>
        <translation>ad es. smtp.example.org; vuoto: nessuna email in uscita</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL, 25 plain</source>
        <translation>587 per STARTTLS, 465 per SSL, 25 non cifrata</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Nessuna (solo relay locale)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>vuoto: senza autenticazione</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>kept in the system keyring where there is one</source>
        <translation>conservata nel portachiavi di sistema, se presente</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <source>From: of every customer email</source>
        <translation>Da: di ogni email ai clienti</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Immagine del logo</translation>
    </message>
    <message>
        <source>PNG or JPEG file shown on top of emails</source>
        <translation>file PNG o JPEG mostrato in cima alle email</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Tentativi di consegna</translation>
    </message>
    <message>
        <source>before a message is failed</source>
        <translation>prima che un messaggio sia considerato non riuscito</translation>
    </message>
    <message>
        <source>Sca&amp;nner</source>
        <translation>Sca&amp;nner</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>S&amp;tampante</translation>
    </message>
    <message>
        <source>default value</source>
        <translation>valore predefinito</translation>
    </message>
    <message>
        <source>from the configuration file</source>
        <translation>dal file di configurazione</translation>
    </message>
    <message>
        <source>PNG printed on top of each receipt; empty: none</source>
        <translation>PNG stampato in cima a ogni scontrino; vuoto: nessuno</translation>
    </message>
    <message>
        <source>Now: {source}.</source>
        <translation>Ora: {source}.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>Vale dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Read-only: {reason}.</source>
        <translation>Sola lettura: {reason}.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Write the changes to the configuration file (Ctrl+S)</source>
        <translation>Scrivi le modifiche nel file di configurazione (Ctrl+S)</translation>
    </message>
    <message>
        <source>Configuration file: {path}. Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>File di configurazione: {path}. Ctrl+S salva; Alt+lettera sottolineata o Ctrl+Tab cambia scheda.</translation>
    </message>
    <message>
        <source>Configuration file: {path} (created at the first save). Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>File di configurazione: {path} (creato al primo salvataggio). Ctrl+S salva; Alt+lettera sottolineata o Ctrl+Tab cambia scheda.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>The SMTP password is in the system keyring.</source>
        <translation>La password SMTP è nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Note: {warning}.</source>
        <translation>Nota: {warning}.</translation>
    </message>
    <message>
        <source>Nothing changed; the file was left as it was.</source>
        <translation>Nessuna modifica; il file è rimasto com&apos;era.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvato in {path}.</translation>
    </message>
    <message>
        <source>Applied now: {settings}.</source>
        <translation>Applicato subito: {settings}.</translation>
    </message>
    <message>
        <source>At the next start of the app: {settings}.</source>
        <translation>Al prossimo avvio dell&apos;app: {settings}.</translation>
    </message>
    <message>
        <source>Nothing was saved. {problems}</source>
        <translation>Non è stato salvato nulla. {problems}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>optional: the admin&apos;s full name</source>
        <translation>facoltativo: il nome completo dell&apos;admin</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>almeno {count} caratteri</translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation>ad es. Expo 2026</translation>
    </message>
    <message>
        <source>short code in invoice numbers; empty: suggested</source>
        <translation>codice breve nei numeri di fattura; vuoto: proposto</translation>
    </message>
    <message>
        <source>Add &amp;demo data (customers, products and a few days of sales)</source>
        <translation>Aggiungi &amp;dati demo (clienti, prodotti e qualche giorno di vendite)</translation>
    </message>
    <message>
        <source>Now the first admin (there is no default password) and the exhibition you sell for. More users are added later under Users.</source>
        <translation>Ora il primo admin (non esiste una password predefinita) e la fiera per cui vendi. Altri utenti si aggiungono poi in Utenti.</translation>
    </message>
    <message>
        <source>Admin &amp;user name</source>
        <translation>Nome &amp;utente admin</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome completo</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Ripeti password</translation>
    </message>
    <message>
        <source>&amp;Exhibition</source>
        <translation>&amp;Fiera</translation>
    </message>
    <message>
        <source>Exhibition c&amp;ode</source>
        <translation>C&amp;odice fiera</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Setting up the SQLite file &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation>Configurazione del file SQLite &lt;code&gt;{path}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Setting up the PostgreSQL database &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Configurazione del database PostgreSQL &lt;code&gt;{url}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>le due password sono diverse</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>serve un nome</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>LOW</source>
        <translation>SOTTOSCORTA</translation>
    </message>
    <message>
        <source>{sku} {quantity} (missing {missing})</source>
        <translation>{sku} {quantity} (mancano {missing})</translation>
    </message>
    <message>
        <source>Location (empty: all), e.g. BOOTH</source>
        <translation>Ubicazione (vuoto: tutte), ad es. BOOTH</translation>
    </message>
    <message>
        <source>&amp;Low only</source>
        <translation>Solo &amp;sottoscorta</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Trasferimenti</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;Nuova richiesta…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;pprova</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>&amp;Rifiuta…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Recei&amp;ve...</source>
        <translation>Ri&amp;cevi…</translation>
    </message>
    <message>
        <source>Transfer {id} {source} -&gt; {target}: {status}</source>
        <translation>Trasferimento {id} {source} -&gt; {target}: {status}</translation>
    </message>
    <message>
        <source>Select a transfer first</source>
        <translation>Seleziona prima un trasferimento</translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation>Richiedi un trasferimento</translation>
    </message>
    <message>
        <source>From, to and items, e.g.:  WAREHOUSE BOOTH MUG:20 CAP:10</source>
        <translation>Da, a e articoli, ad es.:  WAREHOUSE BOOTH MUG:20 CAP:10</translation>
    </message>
    <message>
        <source>Write FROM TO SKU:QTY [SKU:QTY ...]</source>
        <translation>Scrivi DA A CODICE:QTÀ [CODICE:QTÀ …]</translation>
    </message>
    <message>
        <source>Reject transfer</source>
        <translation>Rifiuta trasferimento</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Perché?</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Ricevi trasferimento</translation>
    </message>
    <message>
        <source>What arrived, if not all that was sent (SKU:QTY ...):</source>
        <translation>Cosa è arrivato, se non tutto ciò che è stato inviato (CODICE:QTÀ …):</translation>
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
    <name>TodaysWorkshops</name>
    <message>
        <source>Today&apos;s workshops</source>
        <translation>Workshop di oggi</translation>
    </message>
    <message>
        <source>No workshops today.</source>
        <translation>Nessun workshop oggi.</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (annullato)</translation>
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
<context>
    <name>Users</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Aggiungi un utente</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ripeti password</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Utente selezionato</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Imposta ruolo</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Disattiva / attiva</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ripeti nuova password</translation>
    </message>
    <message>
        <source>Selected user: {user} (enabled)</source>
        <translation>Utente selezionato: {user} (attivo)</translation>
    </message>
    <message>
        <source>Selected user: {user} (disabled)</source>
        <translation>Utente selezionato: {user} (disattivato)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>the two passwords differ; type them again</source>
        <translation>le due password sono diverse; digitale di nuovo</translation>
    </message>
    <message>
        <source>{user} added as {role}</source>
        <translation>{user} aggiunto come {role}</translation>
    </message>
    <message>
        <source>select a user first</source>
        <translation>seleziona prima un utente</translation>
    </message>
    <message>
        <source>{user} is now {role}</source>
        <translation>{user} ora è {role}</translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation>{user} attivato</translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation>{user} disattivato</translation>
    </message>
    <message>
        <source>password of {user} reset</source>
        <translation>password di {user} reimpostata</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emessa</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>published</source>
        <translation>pubblicato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>richiesto</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvato</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>respinto</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>spedito</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ricevuto</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>privato</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>azienda</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>creator</translation>
    </message>
    <message>
        <source>press</source>
        <translation>stampa</translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation>espositore</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>vip</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>&amp;Today only (timetable)</source>
        <translation>Solo &amp;oggi (programma)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuovo workshop</translation>
    </message>
    <message>
        <source>&amp;Add workshop</source>
        <translation>Aggiungi &amp;workshop</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Price (0: free)</source>
        <translation>Prezzo (0: gratis)</translation>
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
        <translation>Workshop selezionato</translation>
    </message>
    <message>
        <source>why (emailed to everyone holding a seat)</source>
        <translation>motivo (inviato via email a chi ha un posto)</translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation>A&amp;nnulla workshop</translation>
    </message>
    <message>
        <source>Send ce&amp;rtificates</source>
        <translation>Invia a&amp;ttestati</translation>
    </message>
    <message>
        <source>Open the &amp;door view</source>
        <translation>Apri controllo &amp;ingressi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{code} added</source>
        <translation>{code} aggiunto</translation>
    </message>
    <message>
        <source>select a workshop in the list first</source>
        <translation>seleziona prima un workshop nell&apos;elenco</translation>
    </message>
    <message>
        <source>say why it is cancelled: the people booked get the reason</source>
        <translation>indica perché viene annullato: i prenotati ricevono il motivo</translation>
    </message>
    <message>
        <source>{code} cancelled; everyone holding a seat gets an email</source>
        <translation>{code} annullato; chi ha un posto riceve un&apos;email</translation>
    </message>
    <message>
        <source>{count} certificate email(s) queued for {code}</source>
        <translation>{count} email di attestato messe in coda per {code}</translation>
    </message>
</context>
</TS>
