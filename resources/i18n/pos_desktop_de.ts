<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>{where}: {field}</source>
        <translation>{where}: {field}</translation>
    </message>
    <message>
        <source>could not find a free customer code; try again</source>
        <translation>kein freier Kundencode gefunden; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}); register anyway only if this is really another person</source>
        <translation>{email} ist bereits für {name} ({code}) erfasst; nur dann trotzdem erfassen, wenn es wirklich eine andere Person ist</translation>
    </message>
    <message>
        <source>no customer with code {code}</source>
        <translation>kein Kunde mit dem Code {code}</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>customer {code} was changed on another terminal; reload and try again</source>
        <translation>Kunde {code} wurde an einer anderen Kasse geändert; neu laden und erneut versuchen</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <source>no camera is set (scanner.camera)</source>
        <translation>keine Kamera eingestellt (scanner.camera)</translation>
    </message>
    <message>
        <source>{camera} cannot be opened: not connected, or busy in another program</source>
        <translation>{camera} lässt sich nicht öffnen: nicht angeschlossen oder von einem anderen Programm belegt</translation>
    </message>
    <message>
        <source>the zbar decoder needs the zbar library (Debian: libzbar0): {error}</source>
        <translation>der zbar-Decoder braucht die zbar-Bibliothek (Debian: libzbar0): {error}</translation>
    </message>
    <message>
        <source>unknown decoder {name!r}; use one of {names}</source>
        <translation>unbekannter Decoder {name!r}; einen von diesen verwenden: {names}</translation>
    </message>
    <message>
        <source>{program} for PostgreSQL {major} (or newer) is not installed: install postgresql-client-{major} (Debian, Ubuntu) or the server&apos;s client tools</source>
        <translation>{program} für PostgreSQL {major} (oder neuer) ist nicht installiert: postgresql-client-{major} (Debian, Ubuntu) oder die Client-Werkzeuge des Servers installieren</translation>
    </message>
    <message>
        <source>{program} did not finish within {minutes} minutes</source>
        <translation>{program} wurde nicht innerhalb von {minutes} Minuten fertig</translation>
    </message>
    <message>
        <source>{program} could not be started: {why}</source>
        <translation>{program} konnte nicht gestartet werden: {why}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>Exit-Status {code}</translation>
    </message>
    <message>
        <source>{program} failed: {reason}</source>
        <translation>{program} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s: it may have printed</source>
        <translation>{action} wurde nicht innerhalb von {seconds:g} s abgeschlossen: es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s</source>
        <translation>{action} wurde nicht innerhalb von {seconds:g} s abgeschlossen</translation>
    </message>
    <message>
        <source>status of {printer}</source>
        <translation>Statusabfrage bei {printer}</translation>
    </message>
    <message>
        <source>writing to {printer}</source>
        <translation>Schreiben an {printer}</translation>
    </message>
    <message>
        <source>sending to {printer}</source>
        <translation>Senden an {printer}</translation>
    </message>
    <message>
        <source>{problem}, after the receipt was sent: it may have printed</source>
        <translation>{problem}, nachdem der Beleg gesendet war: es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then stopped answering (no status within {seconds:g} s): it may have printed</source>
        <translation>{printer} hat den Beleg angenommen und dann nicht mehr geantwortet (kein Status innerhalb von {seconds:g} s): es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>{problem} after taking the receipt: it may have printed</source>
        <translation>{problem} nach Annahme des Belegs: es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>{printer} did not answer within {seconds:g} s</source>
        <translation>{printer} hat nicht innerhalb von {seconds:g} s geantwortet</translation>
    </message>
    <message>
        <source>{printer} is offline ({why})</source>
        <translation>{printer} ist offline ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection ({why})</source>
        <translation>{printer} hat die Verbindung geschlossen ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection</source>
        <translation>{printer} hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>{printer} stopped taking the receipt part way: it may have printed</source>
        <translation>{printer} hat die Annahme des Belegs mittendrin abgebrochen: es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>{printer} dropped the connection ({why}): it may have printed</source>
        <translation>{printer} hat die Verbindung verloren ({why}): es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>{printer} took the receipt but neither answered a status query nor closed the connection within {seconds:g} s: it may have printed</source>
        <translation>{printer} hat den Beleg angenommen, aber innerhalb von {seconds:g} s weder auf eine Statusabfrage geantwortet noch die Verbindung geschlossen: es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then reset ({why}): it may have printed</source>
        <translation>{printer} hat den Beleg angenommen und sich dann zurückgesetzt ({why}): es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>{folder} does not exist</source>
        <translation>{folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write to {target} ({why})</source>
        <translation>auf {target} kann nicht geschrieben werden ({why})</translation>
    </message>
    <message>
        <source>writing to {target} failed part way ({why}): it may have printed</source>
        <translation>Schreiben auf {target} mittendrin fehlgeschlagen ({why}): es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>cups:// printers need pycups (Debian: apt-get install python3-cups, or pip install pycups)</source>
        <translation>cups://-Drucker brauchen pycups (Debian: apt-get install python3-cups, oder pip install pycups)</translation>
    </message>
    <message>
        <source>win32:// printers work on Windows only (pywin32)</source>
        <translation>win32://-Drucker funktionieren nur unter Windows (pywin32)</translation>
    </message>
    <message>
        <source>{scheme}:// needs {module}</source>
        <translation>{scheme}:// braucht {module}</translation>
    </message>
    <message>
        <source>no driver for {scheme}://</source>
        <translation>kein Treiber für {scheme}://</translation>
    </message>
    <message>
        <source>{printer} not found ({why})</source>
        <translation>{printer} nicht gefunden ({why})</translation>
    </message>
    <message>
        <source>{printer} cannot be opened ({why})</source>
        <translation>{printer} lässt sich nicht öffnen ({why})</translation>
    </message>
    <message>
        <source>{printer} failed ({why}): it may have printed</source>
        <translation>Fehler bei {printer} ({why}): es wurde evtl. gedruckt</translation>
    </message>
    <message>
        <source>{printer} failed ({why})</source>
        <translation>Fehler bei {printer} ({why})</translation>
    </message>
    <message>
        <source>autocutter</source>
        <translation>Schneidwerk</translation>
    </message>
    <message>
        <source>unrecoverable, switch it off and on</source>
        <translation>nicht behebbar, aus- und wieder einschalten</translation>
    </message>
    <message>
        <source>recovers by itself, e.g. print head too hot</source>
        <translation>behebt sich selbst, z. B. Druckkopf zu heiß</translation>
    </message>
    <message>
        <source>unplugged, or the stream ended</source>
        <translation>ausgesteckt, oder der Datenstrom ist zu Ende</translation>
    </message>
    <message>
        <source>{problem}; trying again in {seconds:g} s</source>
        <translation>{problem}; neuer Versuch in {seconds:g} s</translation>
    </message>
    <message>
        <source>{device}: reading</source>
        <translation>{device}: liest</translation>
    </message>
    <message>
        <source>{device} lost ({reason})</source>
        <translation>{device} verloren ({reason})</translation>
    </message>
    <message>
        <source>serial port {port} cannot be opened ({error})</source>
        <translation>serielle Schnittstelle {port} lässt sich nicht öffnen ({error})</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>seriell {port}</translation>
    </message>
    <message>
        <source>the mail server refused the address {address} ({code} {reply})</source>
        <translation>der Mailserver hat die Adresse {address} abgelehnt ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server refused the sender {address} ({code} {reply}): check smtp.sender</source>
        <translation>der Mailserver hat den Absender {address} abgelehnt ({code} {reply}): smtp.sender prüfen</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection while sending</source>
        <translation>der Mailserver {server} hat die Verbindung während des Sendens geschlossen</translation>
    </message>
    <message>
        <source>the mail server did not accept the message ({code} {reply})</source>
        <translation>der Mailserver hat die Nachricht nicht angenommen ({code} {reply})</translation>
    </message>
    <message>
        <source>the connection to the mail server {server} broke ({error})</source>
        <translation>die Verbindung zum Mailserver {server} ist abgerissen ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} stopped answering while sending (no reply within {seconds:g} s)</source>
        <translation>der Mailserver {server} hat während des Sendens nicht mehr geantwortet (keine Antwort innerhalb von {seconds:g} s)</translation>
    </message>
    <message>
        <source>no mail server is set up (smtp.host)</source>
        <translation>kein Mailserver eingerichtet (smtp.host)</translation>
    </message>
    <message>
        <source>no sender address is set up (smtp.sender)</source>
        <translation>keine Absenderadresse eingerichtet (smtp.sender)</translation>
    </message>
    <message>
        <source>the mail server {server} refused the login for {user} ({code} {reply}): check smtp.user and smtp.password</source>
        <translation>der Mailserver {server} hat die Anmeldung für {user} abgelehnt ({code} {reply}): smtp.user und smtp.password prüfen</translation>
    </message>
    <message>
        <source>the mail server {server} does not support {feature}: check smtp.security (none, starttls or ssl) and smtp.port</source>
        <translation>der Mailserver {server} unterstützt {feature} nicht: smtp.security (none, starttls oder ssl) und smtp.port prüfen</translation>
    </message>
    <message>
        <source>the secure connection to {server} failed ({error}): check smtp.security (ssl is usually port 465, starttls 587) and smtp.port</source>
        <translation>die sichere Verbindung zu {server} ist fehlgeschlagen ({error}): smtp.security (ssl meist Port 465, starttls 587) und smtp.port prüfen</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection ({error})</source>
        <translation>der Mailserver {server} hat die Verbindung geschlossen ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} refused the connection ({code} {reply})</source>
        <translation>der Mailserver {server} hat die Verbindung abgelehnt ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server name {host} cannot be found ({why})</source>
        <translation>der Mailserver-Name {host} wurde nicht gefunden ({why})</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds:g} s</source>
        <translation>der Mailserver {server} hat nicht innerhalb von {seconds:g} s geantwortet</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable (connection refused)</source>
        <translation>der Mailserver {server} ist nicht erreichbar (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable ({error})</source>
        <translation>der Mailserver {server} ist nicht erreichbar ({error})</translation>
    </message>
    <message>
        <source>no keyring on this computer: the SMTP password is kept in the config file, readable by anyone who can read that file</source>
        <translation>kein Schlüsselbund auf diesem Computer: das SMTP-Passwort steht in der Konfigurationsdatei, lesbar für jeden, der diese Datei lesen kann</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>has no header row (it is empty)</source>
        <translation>hat keine Kopfzeile (die Datei ist leer)</translation>
    </message>
    <message>
        <source>has no header row (the first sheet is empty)</source>
        <translation>hat keine Kopfzeile (das erste Blatt ist leer)</translation>
    </message>
    <message>
        <source>is not a readable XLSX workbook ({kind}: {error})</source>
        <translation>ist keine lesbare XLSX-Arbeitsmappe ({kind}: {error})</translation>
    </message>
    <message>
        <source>unreadable row: {error}</source>
        <translation>unlesbare Zeile: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be written: {why}</source>
        <translation>{path} kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>{name!r} is not a text encoding (e.g. cp932, gb18030, cp1252, utf-16)</source>
        <translation>{name!r} ist keine Textkodierung (z. B. cp932, gb18030, cp1252, utf-16)</translation>
    </message>
    <message>
        <source>mixed encodings: {utf8} rows in UTF-8 and {other} in {encoding}; each row is read in its own, and the report names the rows to check</source>
        <translation>gemischte Kodierungen: {utf8} Zeilen in UTF-8 und {other} in {encoding}; jede Zeile wird in ihrer eigenen gelesen, und der Bericht nennt die zu prüfenden Zeilen</translation>
    </message>
    <message>
        <source>the encoding is a guess ({encoding}; it could also be {others}): check the names in the rows the report lists, or name the file&apos;s encoding</source>
        <translation>die Kodierung ist geschätzt ({encoding}; es könnte auch {others} sein): die Namen in den vom Bericht aufgeführten Zeilen prüfen oder die Kodierung der Datei angeben</translation>
    </message>
    <message>
        <source>an encoding this app does not recognise</source>
        <translation>eine Kodierung, die diese App nicht kennt</translation>
    </message>
    <message>
        <source>read as {encoding}, while most rows are UTF-8: check its accents and names</source>
        <translation>als {encoding} gelesen, die meisten Zeilen sind aber UTF-8: Akzente und Namen prüfen</translation>
    </message>
    <message>
        <source>read as UTF-8, while most rows are {encoding}: check its accents and names</source>
        <translation>als UTF-8 gelesen, die meisten Zeilen sind aber {encoding}: Akzente und Namen prüfen</translation>
    </message>
    <message>
        <source>read as {encoding}, a guess: check its names (or name the file&apos;s encoding)</source>
        <translation>als {encoding} gelesen, geschätzt: die Namen prüfen (oder die Kodierung der Datei angeben)</translation>
    </message>
    <message>
        <source>characters {encoding} does not have were replaced by �</source>
        <translation>Zeichen, die es in {encoding} nicht gibt, wurden durch � ersetzt</translation>
    </message>
    <message>
        <source>logins now wait a little longer after each failure instead of locking the account (security.max_login_delay_seconds)</source>
        <translation>Anmeldungen warten jetzt nach jedem Fehlversuch etwas länger, statt das Konto zu sperren (security.max_login_delay_seconds)</translation>
    </message>
    <message>
        <source>holds a control character ({character})</source>
        <translation>enthält ein Steuerzeichen ({character})</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not valid ({why})</source>
        <translation>{where}: {value!r} ist ungültig ({why})</translation>
    </message>
    <message>
        <source>{key} (from {source}) is not a setting</source>
        <translation>{key} (aus {source}) ist keine Einstellung</translation>
    </message>
    <message>
        <source>{key} (from {source})</source>
        <translation>{key} (aus {source})</translation>
    </message>
    <message>
        <source>{key} (from {source}): {value!r} {reason}</source>
        <translation>{key} (aus {source}): {value!r} {reason}</translation>
    </message>
    <message>
        <source>{path}: not valid TOML ({error})</source>
        <translation>{path}: kein gültiges TOML ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}: kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <source>configuration file {path} does not exist</source>
        <translation>Konfigurationsdatei {path} existiert nicht</translation>
    </message>
    <message>
        <source>{path}: unknown section [{section}]</source>
        <translation>{path}: unbekannter Abschnitt [{section}]</translation>
    </message>
    <message>
        <source>{path}: {section} must be a [{section}] section</source>
        <translation>{path}: {section} muss ein Abschnitt [{section}] sein</translation>
    </message>
    <message>
        <source>{path}: unknown key {name!r} in [{section}]</source>
        <translation>{path}: unbekannter Schlüssel {name!r} in [{section}]</translation>
    </message>
    <message>
        <source>{path} holds {keys} and other users may read it: chmod 600 {path} (saving from the Settings screen does)</source>
        <translation>{path} enthält {keys} und andere Benutzer können die Datei lesen: chmod 600 {path} (Speichern in den Einstellungen erledigt das)</translation>
    </message>
    <message>
        <source>{variable} is not a setting; ignored</source>
        <translation>{variable} ist keine Einstellung; ignoriert</translation>
    </message>
    <message>
        <source>{key} ({where}) is no longer used and is ignored: {why}</source>
        <translation>{key} ({where}) wird nicht mehr verwendet und ignoriert: {why}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>muss einer dieser Werte sein: {choices}</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>muss mindestens {minimum} sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>is 8 to 64 letters, digits or _ . : - (as printed by the first attempt)</source>
        <translation>besteht aus 8 bis 64 Buchstaben, Ziffern oder _ . : - (wie beim ersten Versuch ausgegeben)</translation>
    </message>
    <message>
        <source>line {number}: {price} is more than the product&apos;s price of {list_price}: a manager must approve a higher price</source>
        <translation>Position {number}: {price} ist mehr als der Artikelpreis von {list_price}: einen höheren Preis muss die Leitung freigeben</translation>
    </message>
    <message>
        <source>line {number}: sold at {price} instead of {list_price}, a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>Position {number}: zu {price} statt {list_price} verkauft, ein Rabatt von {percent} % liegt über den {limit} %, die ein Kassierer gewähren darf: die Leitung muss freigeben</translation>
    </message>
    <message>
        <source>line {number}: a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>Position {number}: ein Rabatt von {percent} % liegt über den {limit} %, die ein Kassierer gewähren darf: die Leitung muss freigeben</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>is more than the sale ({base})</source>
        <translation>ist höher als der Verkaufsbetrag ({base})</translation>
    </message>
    <message>
        <source>is empty; scan the QR code or type the 8 characters</source>
        <translation>ist leer; den QR-Code scannen oder die 8 Zeichen eingeben</translation>
    </message>
    <message>
        <source>{characters} never appear in customer codes; check the code</source>
        <translation>{characters} kommen in Kundencodes nie vor; den Code prüfen</translation>
    </message>
    <message>
        <source>has {count} characters, a customer code has {length}</source>
        <translation>hat {count} Zeichen, ein Kundencode hat {length}</translation>
    </message>
    <message>
        <source>{code} is not a valid code: a character is mistyped or two are swapped</source>
        <translation>{code} ist kein gültiger Code: ein Zeichen ist vertippt oder zwei sind vertauscht</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{address!r} is not a valid address: {reason}</source>
        <translation>{address!r} ist keine gültige Adresse: {reason}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number for {region}; include +country code</source>
        <translation>{number!r} ist keine gültige Telefonnummer für {region}; +Ländervorwahl angeben</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number; include +country code</source>
        <translation>{number!r} ist keine gültige Telefonnummer; +Ländervorwahl angeben</translation>
    </message>
    <message>
        <source>default phone region</source>
        <translation>Standard-Telefonregion</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>{country!r} is not a country we know; use its name or ISO code (e.g. DE)</source>
        <translation>{country!r} ist kein bekanntes Land; Namen oder ISO-Code verwenden (z. B. DE)</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>Kundenart</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>are longer than {limit} characters</source>
        <translation>sind länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>{postcode!r} is not a postcode</source>
        <translation>{postcode!r} ist keine PLZ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>is required (the customer code is sent there)</source>
        <translation>ist erforderlich (der Kundencode wird dorthin gesendet)</translation>
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
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>is the DATEV consultant number (Beraternummer, 1001-9999999): ask the accountant</source>
        <translation>ist die DATEV-Beraternummer (1001-9999999): beim Steuerberater erfragen</translation>
    </message>
    <message>
        <source>is the DATEV client number (Mandantennummer, 1-99999): ask the accountant</source>
        <translation>ist die DATEV-Mandantennummer (1-99999): beim Steuerberater erfragen</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>starts before the fiscal year</source>
        <translation>beginnt vor dem Geschäftsjahr</translation>
    </message>
    <message>
        <source>crosses into the fiscal year starting {start}: a DATEV batch holds one fiscal year, export each apart</source>
        <translation>reicht in das Geschäftsjahr ab {start}: ein DATEV-Stapel umfasst nur ein Geschäftsjahr, jedes einzeln exportieren</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>{language!r} is not a language of the documents; use one of {allowed}</source>
        <translation>{language!r} ist keine Sprache der Dokumente; eine von diesen verwenden: {allowed}</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>no column is mapped to the name</source>
        <translation>keine Spalte ist dem Namen zugeordnet</translation>
    </message>
    <message>
        <source>mapping of {header!r}</source>
        <translation>Zuordnung von {header!r}</translation>
    </message>
    <message>
        <source>name missing</source>
        <translation>Name fehlt</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>id too long</source>
        <translation>ID zu lang</translation>
    </message>
    <message>
        <source>over {limit}: not used to match</source>
        <translation>über {limit}: nicht zum Abgleich verwendet</translation>
    </message>
    <message>
        <source>invalid email kept</source>
        <translation>ungültige E-Mail übernommen</translation>
    </message>
    <message>
        <source>invalid email</source>
        <translation>ungültige E-Mail</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>unbekanntes Land</translation>
    </message>
    <message>
        <source>{value!r} kept as written</source>
        <translation>{value!r} wie geschrieben übernommen</translation>
    </message>
    <message>
        <source>phone not a number</source>
        <translation>Telefonnummer ungültig</translation>
    </message>
    <message>
        <source>postcode not valid</source>
        <translation>PLZ ungültig</translation>
    </message>
    <message>
        <source>VAT ID not valid</source>
        <translation>USt-IdNr. ungültig</translation>
    </message>
    <message>
        <source>{problem}; kept as written</source>
        <translation>{problem}; wie geschrieben übernommen</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>unbekannte Sprache</translation>
    </message>
    <message>
        <source>{value!r} kept; from the country</source>
        <translation>{value!r} übernommen; nach dem Land</translation>
    </message>
    <message>
        <source>website not an address</source>
        <translation>Website-Adresse ungültig</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannte Kundenart</translation>
    </message>
    <message>
        <source>{value!r} kept; new customers: other</source>
        <translation>{value!r} übernommen; neue Kunden: Sonstige</translation>
    </message>
    <message>
        <source>unknown lead status</source>
        <translation>unbekannter Lead-Status</translation>
    </message>
    <message>
        <source>characters removed</source>
        <translation>Zeichen entfernt</translation>
    </message>
    <message>
        <source>markup characters removed</source>
        <translation>Markup-Zeichen entfernt</translation>
    </message>
    <message>
        <source>text cut</source>
        <translation>Text gekürzt</translation>
    </message>
    <message>
        <source>cut to {limit} characters</source>
        <translation>auf {limit} Zeichen gekürzt</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>MwSt.-Satz</translation>
    </message>
    <message>
        <source>must be below 100 (it is a percentage)</source>
        <translation>muss unter 100 liegen (es ist ein Prozentsatz)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>must be from 0 up to below 100</source>
        <translation>muss von 0 bis unter 100 liegen</translation>
    </message>
    <message>
        <source>must be above 0 and at most {most}</source>
        <translation>muss über 0 und höchstens {most} sein</translation>
    </message>
    <message>
        <source>has more than 3 decimals</source>
        <translation>hat mehr als 3 Nachkommastellen</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>is larger than the maximum {most}</source>
        <translation>ist größer als das Maximum {most}</translation>
    </message>
    <message>
        <source>has more decimals than {currency} allows</source>
        <translation>hat mehr Nachkommastellen, als {currency} erlaubt</translation>
    </message>
    <message>
        <source>x unit price is more than the maximum {most}</source>
        <translation>x Stückpreis ist höher als das Maximum {most}</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100</source>
        <translation>ein Prozentsatz muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>is more than the line&apos;s {subtotal}</source>
        <translation>ist höher als der Positionsbetrag {subtotal}</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>eine Rechnung braucht mindestens eine Position</translation>
    </message>
    <message>
        <source>an invoice holds at most {most} lines</source>
        <translation>eine Rechnung hat höchstens {most} Positionen</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>Position {number}</translation>
    </message>
    <message>
        <source>the total is more than the maximum {most}</source>
        <translation>die Summe ist höher als das Maximum {most}</translation>
    </message>
    <message>
        <source>payment {number}</source>
        <translation>Zahlung {number}</translation>
    </message>
    <message>
        <source>{payment}: amount</source>
        <translation>{payment}: Betrag</translation>
    </message>
    <message>
        <source>nothing is left to pay</source>
        <translation>es ist nichts mehr zu zahlen</translation>
    </message>
    <message>
        <source>{payment}: cash received</source>
        <translation>{payment}: Bar erhalten</translation>
    </message>
    <message>
        <source>{method} payment of {amount} is more than the {due} due</source>
        <translation>{method}-Zahlung über {amount} ist mehr als die fälligen {due}</translation>
    </message>
    <message>
        <source>{amount} {currency} is far more than the {due} due (more than {most}): check the amount, or confirm it if the customer really handed that over</source>
        <translation>{amount} {currency} ist weit mehr als die fälligen {due} (mehr als {most}): den Betrag prüfen oder bestätigen, wenn der Kunde wirklich so viel gegeben hat</translation>
    </message>
    <message>
        <source>has no account for VAT rate {rate}%: add one, e.g. &quot;19:8400, 7:8300&quot;</source>
        <translation>hat kein Konto für den MwSt.-Satz {rate} %: eines ergänzen, z. B. &quot;19:8400, 7:8300&quot;</translation>
    </message>
    <message>
        <source>has no account for {method} payments: add one, e.g. &quot;{method}:1000&quot;</source>
        <translation>hat kein Konto für {method}-Zahlungen: eines ergänzen, z. B. &quot;{method}:1000&quot;</translation>
    </message>
    <message>
        <source>account {account} has {digits} digits; accounting.account_length is {length}</source>
        <translation>Konto {account} hat {digits} Stellen; accounting.account_length ist {length}</translation>
    </message>
    <message>
        <source>{account!r} is not an account number ({least}-8 digits)</source>
        <translation>{account!r} ist keine Kontonummer ({least}-8 Stellen)</translation>
    </message>
    <message>
        <source>{item!r} is not KEY:ACCOUNT</source>
        <translation>{item!r} ist nicht SCHLÜSSEL:KONTO</translation>
    </message>
    <message>
        <source>{text!r} is not a month and day such as 01-01</source>
        <translation>{text!r} ist keine Angabe von Monat und Tag wie 01-01</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>{currency!r} is not an ISO 4217 currency code (e.g. EUR)</source>
        <translation>{currency!r} ist kein ISO-4217-Währungscode (z. B. EUR)</translation>
    </message>
    <message>
        <source>must not be negative (got {number})</source>
        <translation>darf nicht negativ sein (erhalten: {number})</translation>
    </message>
    <message>
        <source>use a dot for decimals: {suggestion} instead of {number}</source>
        <translation>einen Punkt als Dezimaltrennzeichen verwenden: {suggestion} statt {number}</translation>
    </message>
    <message>
        <source>{number!r} is not a number written like 12.50</source>
        <translation>{number!r} ist keine Zahl in der Form 12.50</translation>
    </message>
    <message>
        <source>{number!r} is not a number</source>
        <translation>{number!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{number} is larger than the maximum {most:f}</source>
        <translation>{number} ist größer als das Maximum {most:f}</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>keine Nachkommastellen</translation>
    </message>
    <message>
        <source>at most {count} decimals</source>
        <translation>höchstens {count} Nachkommastellen</translation>
    </message>
    <message>
        <source>{number} has too many decimals ({allowed})</source>
        <translation>{number} hat zu viele Nachkommastellen ({allowed})</translation>
    </message>
    <message>
        <source>use 1 to {most} letters A-Z and digits (got {code!r})</source>
        <translation>1 bis {most} Buchstaben A-Z und Ziffern verwenden (erhalten: {code!r})</translation>
    </message>
    <message>
        <source>exhibition code</source>
        <translation>Messe-Kürzel</translation>
    </message>
    <message>
        <source>terminal code</source>
        <translation>Kassencode</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>{number!r} does not look like EXPO24-T1-000123</source>
        <translation>{number!r} hat nicht die Form EXPO24-T1-000123</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>needs at least {least} characters</source>
        <translation>braucht mindestens {least} Zeichen</translation>
    </message>
    <message>
        <source>must not be the user name</source>
        <translation>darf nicht der Benutzername sein</translation>
    </message>
    <message>
        <source>is too easy to guess (too few different characters)</source>
        <translation>ist zu leicht zu erraten (zu wenige verschiedene Zeichen)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>{name!r}: use 2 to 40 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{name!r}: 2 bis 40 Buchstaben a-z, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; verwenden</translation>
    </message>
    <message>
        <source>{region!r} is not a region code such as DE or US</source>
        <translation>{region!r} ist kein Regionscode wie DE oder US</translation>
    </message>
    <message>
        <source>unreachable: {detail}</source>
        <translation>nicht erreichbar: {detail}</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>connected (the printer does not report its status)</source>
        <translation>verbunden (der Drucker meldet seinen Status nicht)</translation>
    </message>
    <message>
        <source>error ({error})</source>
        <translation>Fehler ({error})</translation>
    </message>
    <message>
        <source>ready, paper near end</source>
        <translation>bereit, Papier fast leer</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
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
        <source>{name} is out of paper</source>
        <translation>{name} hat kein Papier mehr</translation>
    </message>
    <message>
        <source>{name} has its cover open</source>
        <translation>bei {name} ist der Deckel offen</translation>
    </message>
    <message>
        <source>{name} reports an error ({error})</source>
        <translation>{name} meldet einen Fehler ({error})</translation>
    </message>
    <message>
        <source>{name} reports an error</source>
        <translation>{name} meldet einen Fehler</translation>
    </message>
    <message>
        <source>{name} is offline</source>
        <translation>{name} ist offline</translation>
    </message>
    <message>
        <source>{problem} (examples: {examples})</source>
        <translation>{problem} (Beispiele: {examples})</translation>
    </message>
    <message>
        <source>no printer set up (printer.url is empty)</source>
        <translation>kein Drucker eingerichtet (printer.url ist leer)</translation>
    </message>
    <message>
        <source>{url!r} has no scheme</source>
        <translation>{url!r} hat kein Schema</translation>
    </message>
    <message>
        <source>tcp:// needs a host, e.g. tcp://192.168.1.50:9100</source>
        <translation>tcp:// braucht einen Host, z. B. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>{url!r}: the port must be a number from 1 to 65535</source>
        <translation>{url!r}: der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>file:// needs an absolute path, e.g. file:///dev/usb/lp0</source>
        <translation>file:// braucht einen absoluten Pfad, z. B. file:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>usb:// needs VENDOR:PRODUCT in hexadecimal, got {url!r}</source>
        <translation>usb:// braucht VENDOR:PRODUCT hexadezimal, erhalten: {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are hexadecimal like 04b8:0202, got {url!r}</source>
        <translation>usb://-IDs sind hexadezimal wie 04b8:0202, erhalten: {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are four hexadecimal digits each</source>
        <translation>usb://-IDs bestehen aus je vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>serial:// needs a device, e.g. serial:///dev/ttyUSB0?baud=9600</source>
        <translation>serial:// braucht ein Gerät, z. B. serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
        <source>baud={baud} is not a serial speed ({rates})</source>
        <translation>baud={baud} ist keine serielle Geschwindigkeit ({rates})</translation>
    </message>
    <message>
        <source>{scheme}:// needs the printer&apos;s name, e.g. {scheme}://Receipts</source>
        <translation>{scheme}:// braucht den Namen des Druckers, z. B. {scheme}://Receipts</translation>
    </message>
    <message>
        <source>unknown printer type {scheme!r}</source>
        <translation>unbekannter Druckertyp {scheme!r}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>use 1 to {most} characters without spaces</source>
        <translation>1 bis {most} Zeichen ohne Leerzeichen verwenden</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>{code!r}: use up to {most} letters and digits</source>
        <translation>{code!r}: bis zu {most} Buchstaben und Ziffern verwenden</translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this: needs {permission}</source>
        <translation>{user} ({role}) darf dies nicht: erfordert {permission}</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>abgelehnt: {reason}</translation>
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
        <translation>{what}, oder {kind}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>not a valid customer code: {problem}</source>
        <translation>kein gültiger Kundencode: {problem}</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>es wurde nichts gescannt</translation>
    </message>
    <message>
        <source>{count} characters is longer than any code we use</source>
        <translation>{count} Zeichen sind länger als jeder verwendete Code</translation>
    </message>
    <message>
        <source>the scan holds control characters: check the scanner&apos;s settings</source>
        <translation>der Scan enthält Steuerzeichen: die Einstellungen des Scanners prüfen</translation>
    </message>
    <message>
        <source>{text!r} has characters no barcode or customer code uses (is the scanner&apos;s keyboard language the computer&apos;s?)</source>
        <translation>{text!r} enthält Zeichen, die weder Barcodes noch Kundencodes verwenden (stimmt die Tastatursprache des Scanners mit der des Computers überein?)</translation>
    </message>
    <message>
        <source>{text!r} has spaces: not a code, barcode, SKU or invoice number</source>
        <translation>{text!r} enthält Leerzeichen: kein Code, Barcode, keine Artikelnr. und keine Rechnungsnummer</translation>
    </message>
    <message>
        <source>{count} characters is longer than any SKU ({most})</source>
        <translation>{count} Zeichen sind länger als jede Artikelnr. ({most})</translation>
    </message>
    <message>
        <source>{digits} is not a valid {symbology}: the check digit is wrong (misread?)</source>
        <translation>{digits} ist kein gültiger {symbology}: die Prüfziffer ist falsch (falsch gelesen?)</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>holds a control character ({character}); remove it</source>
        <translation>enthält ein Steuerzeichen ({character}); bitte entfernen</translation>
    </message>
    <message>
        <source>must not contain these characters: {characters}</source>
        <translation>darf diese Zeichen nicht enthalten: {characters}</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format (too long)</source>
        <translation>{vat_id!r}: ungültiges Format (zu lang)</translation>
    </message>
    <message>
        <source>{vat_id!r}: start it with its country code (e.g. DE136695976)</source>
        <translation>{vat_id!r}: mit dem Ländercode beginnen (z. B. DE136695976)</translation>
    </message>
    <message>
        <source>{vat_id!r}: unknown country {prefix!r}; an EU VAT ID starts with its country code (DE, FR, IT...)</source>
        <translation>{vat_id!r}: unbekanntes Land {prefix!r}; eine EU-USt-IdNr. beginnt mit dem Ländercode (DE, FR, IT …)</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid check digit</source>
        <translation>{vat_id!r}: ungültige Prüfziffer</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format</source>
        <translation>{vat_id!r}: ungültiges Format</translation>
    </message>
    <message>
        <source>the seller&apos;s country is not set (Settings &gt; Seller: country or VAT ID)</source>
        <translation>das Land des Verkäufers ist nicht festgelegt (Einstellungen &gt; Verkäufer: Land oder USt-IdNr.)</translation>
    </message>
    <message>
        <source>the customer has no VAT ID</source>
        <translation>der Kunde hat keine USt-IdNr.</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID is not valid ({problem})</source>
        <translation>die USt-IdNr. des Kunden ist ungültig ({problem})</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is not of an EU member state</source>
        <translation>die USt-IdNr. {vat_id} des Kunden stammt nicht aus einem EU-Mitgliedstaat</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is of the seller&apos;s own country</source>
        <translation>die USt-IdNr. {vat_id} des Kunden stammt aus dem Land des Verkäufers</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>1 to {most} characters without spaces</source>
        <translation>1 bis {most} Zeichen ohne Leerzeichen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>1 bis {most} Zeichen</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>needs a time zone (e.g. 2026-05-04T14:00+02:00)</source>
        <translation>braucht eine Zeitzone (z. B. 2026-05-04T14:00+02:00)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>from 1 to {most}</source>
        <translation>von 1 bis {most}</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>booking deadline</source>
        <translation>Buchungsschluss</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>braucht eine Zeitzone</translation>
    </message>
    <message>
        <source>workshop seats are whole numbers (1, 2, ...)</source>
        <translation>Workshop-Plätze sind ganze Zahlen (1, 2, …)</translation>
    </message>
    <message>
        <source>key {key} belongs to another action ({action}); use a new key</source>
        <translation>Schlüssel {key} gehört zu einer anderen Aktion ({action}); einen neuen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>approval refused: {why}</source>
        <translation>Freigabe abgelehnt: {why}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not approve this</source>
        <translation>{name} ({role}) darf dies nicht freigeben</translation>
    </message>
    <message>
        <source>approval refused: no manager can approve here</source>
        <translation>Freigabe abgelehnt: hier kann niemand aus der Leitung freigeben</translation>
    </message>
    <message>
        <source>the refunds of {number}</source>
        <translation>die Erstattungen zu {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s refunds in this cash session</source>
        <translation>die Erstattungen von {name} in dieser Kassenschicht</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount})</source>
        <translation>eine Erstattung über {limit} braucht die Freigabe der Leitung ({amount})</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount} brings {what} to {total})</source>
        <translation>eine Erstattung über {limit} braucht die Freigabe der Leitung ({amount} bringt {what} auf {total})</translation>
    </message>
    <message>
        <source>the backup file&apos;s header is damaged</source>
        <translation>der Kopf der Sicherungsdatei ist beschädigt</translation>
    </message>
    <message>
        <source>this is not a Booth POS backup file</source>
        <translation>dies ist keine Booth-POS-Sicherungsdatei</translation>
    </message>
    <message>
        <source>this backup was written by a newer version (format {version}): update this app</source>
        <translation>diese Sicherung stammt von einer neueren Version (Format {version}): diese App aktualisieren</translation>
    </message>
    <message>
        <source>the backup file is incomplete: it was cut short (an interrupted copy?)</source>
        <translation>die Sicherungsdatei ist unvollständig: sie bricht vorzeitig ab (eine abgebrochene Kopie?)</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: its checksum does not match</source>
        <translation>die Sicherungsdatei wurde nach dem Schreiben verändert oder beschädigt: ihre Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>the backup file&apos;s header names an encryption this app does not use</source>
        <translation>der Kopf der Sicherungsdatei nennt eine Verschlüsselung, die diese App nicht verwendet</translation>
    </message>
    <message>
        <source>this backup is encrypted: give its passphrase</source>
        <translation>diese Sicherung ist verschlüsselt: ihre Passphrase angeben</translation>
    </message>
    <message>
        <source>wrong passphrase: this backup cannot be opened with it</source>
        <translation>falsche Passphrase: diese Sicherung lässt sich damit nicht öffnen</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: it does not authenticate</source>
        <translation>die Sicherungsdatei wurde nach dem Schreiben verändert oder beschädigt: die Authentifizierung schlägt fehl</translation>
    </message>
    <message>
        <source>the backup file&apos;s contents are damaged ({error})</source>
        <translation>der Inhalt der Sicherungsdatei ist beschädigt ({error})</translation>
    </message>
    <message>
        <source>the backup file holds no manifest</source>
        <translation>die Sicherungsdatei enthält kein Manifest</translation>
    </message>
    <message>
        <source>the database inside the backup does not match its manifest</source>
        <translation>die Datenbank in der Sicherung passt nicht zu deren Manifest</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest cannot be read ({error})</source>
        <translation>das Manifest der Sicherung kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>a SQLite file (sqlite:///PATH)</source>
        <translation>eine SQLite-Datei (sqlite:///PATH)</translation>
    </message>
    <message>
        <source>a PostgreSQL database</source>
        <translation>eine PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>{path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>nothing to back up: {error}</source>
        <translation>nichts zu sichern: {error}</translation>
    </message>
    <message>
        <source>the database cannot be read: {error}</source>
        <translation>die Datenbank kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>cannot write the backup to {path}: {why}</source>
        <translation>die Sicherung kann nicht nach {path} geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>this backup is of {kind}; it restores into {kind} only, not into {target}: restoring across database kinds is not supported</source>
        <translation>diese Sicherung gilt für {kind}; sie lässt sich nur in {kind} wiederherstellen, nicht in {target}: eine Wiederherstellung über Datenbankarten hinweg wird nicht unterstützt</translation>
    </message>
    <message>
        <source>another program&apos;s tables</source>
        <translation>Tabellen eines anderen Programms</translation>
    </message>
    <message>
        <source>Booth POS data (schema {revision})</source>
        <translation>Booth-POS-Daten (Schema {revision})</translation>
    </message>
    <message>
        <source>the target database is not empty (it holds {what}): restore does not overwrite it. Add --force to back it up first and replace it</source>
        <translation>die Zieldatenbank ist nicht leer (sie enthält {what}): die Wiederherstellung überschreibt sie nicht. Mit --force wird sie zuerst gesichert und dann ersetzt</translation>
    </message>
    <message>
        <source>the target database failed: {error}</source>
        <translation>die Zieldatenbank meldet einen Fehler: {error}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float before selling</source>
        <translation>Kasse {till} hat keine offene Kassenschicht: vor dem Verkauf eine mit dem gezählten Anfangsbestand eröffnen</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>say why (at least 3 characters)</source>
        <translation>Grund angeben (mindestens 3 Zeichen)</translation>
    </message>
    <message>
        <source>float</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>till {till} has an open cash session</source>
        <translation>Kasse {till} hat eine offene Kassenschicht</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>is in or out</source>
        <translation>ist in oder out</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>no closed cash session {number}</source>
        <translation>keine abgeschlossene Kassenschicht {number}</translation>
    </message>
    <message>
        <source>no closed cash session</source>
        <translation>keine abgeschlossene Kassenschicht</translation>
    </message>
    <message>
        <source>no cash session {number}</source>
        <translation>keine Kassenschicht {number}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float first</source>
        <translation>Kasse {till} hat keine offene Kassenschicht: zuerst eine mit dem gezählten Anfangsbestand eröffnen</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>is cashier or category</source>
        <translation>ist cashier oder category</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>der letzte Tag liegt vor dem ersten Tag</translation>
    </message>
    <message>
        <source>no credit note {number}</source>
        <translation>keine Gutschrift {number}</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>Name und Firma</translation>
    </message>
    <message>
        <source>encoding to check</source>
        <translation>Kodierung prüfen</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>extra cells ignored</source>
        <translation>überzählige Zellen ignoriert</translation>
    </message>
    <message>
        <source>more cells than headers</source>
        <translation>mehr Zellen als Spaltenköpfe</translation>
    </message>
    <message>
        <source>unreadable row</source>
        <translation>unlesbare Zeile</translation>
    </message>
    <message>
        <source>could not find free customer codes; try again</source>
        <translation>keine freien Kundencodes gefunden; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>the database&apos;s schema ({current}) was written by a newer version of Booth POS than this one (which knows up to {head}): update this app; nothing was changed</source>
        <translation>das Schema der Datenbank ({current}) stammt von einer neueren Version von Booth POS als dieser (die bis {head} kennt): diese App aktualisieren; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot make the attachment {file} ({kind})</source>
        <translation>der Anhang {file} kann nicht erstellt werden ({kind})</translation>
    </message>
    <message>
        <source>cannot make the attachment {file}: {why}</source>
        <translation>der Anhang {file} kann nicht erstellt werden: {why}</translation>
    </message>
    <message>
        <source>no exhibition with code {code!r}</source>
        <translation>keine Messe mit dem Kürzel {code!r}</translation>
    </message>
    <message>
        <source>exhibition name</source>
        <translation>Messename</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>booth</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>liegt vor dem Startdatum</translation>
    </message>
    <message>
        <source>an exhibition with code {code} exists already; choose another code</source>
        <translation>eine Messe mit dem Kürzel {code} gibt es bereits; ein anderes Kürzel wählen</translation>
    </message>
    <message>
        <source>external id: the source&apos;s own id equals a customer&apos;s external reference</source>
        <translation>externe ID: die eigene ID der Quelle entspricht der externen Referenz eines Kunden</translation>
    </message>
    <message>
        <source>email: the same address (case ignored)</source>
        <translation>E-Mail: dieselbe Adresse (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>phone: the same number in E.164</source>
        <translation>Telefon: dieselbe Nummer in E.164</translation>
    </message>
    <message>
        <source>name and company: only for a row with no id, email or phone</source>
        <translation>Name und Firma: nur für eine Zeile ohne ID, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>Refund notice {number} ({amount})</source>
        <translation>Erstattungshinweis {number} ({amount})</translation>
    </message>
    <message>
        <source>Void notice for {number}</source>
        <translation>Stornohinweis zu {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Rechnung {number}</translation>
    </message>
    <message>
        <source>no credit note {note} for invoice {number}</source>
        <translation>keine Gutschrift {note} zu Rechnung {number}</translation>
    </message>
    <message>
        <source>invoice {number} has no refund to send a notice of</source>
        <translation>Rechnung {number} hat keine Erstattung, zu der ein Hinweis gesendet werden könnte</translation>
    </message>
    <message>
        <source>invoice {number} is voided: send the void notice instead</source>
        <translation>Rechnung {number} ist storniert: stattdessen den Stornohinweis senden</translation>
    </message>
    <message>
        <source>invoice {number} is not voided: there is no void notice to send</source>
        <translation>Rechnung {number} ist nicht storniert: es gibt keinen Stornohinweis zu senden</translation>
    </message>
    <message>
        <source>an invoice&apos;s email is one of: {choices}</source>
        <translation>die E-Mail zu einer Rechnung ist eine von: {choices}</translation>
    </message>
    <message>
        <source>choose at most {count} days</source>
        <translation>höchstens {count} Tage wählen</translation>
    </message>
    <message>
        <source>{count} entries wait to be sent: sync first</source>
        <translation>{count} Einträge warten auf Versand: zuerst abgleichen</translation>
    </message>
    <message>
        <source>sale {number} is not on the server: nothing there to correct</source>
        <translation>Verkauf {number} ist nicht auf dem Server: dort gibt es nichts zu korrigieren</translation>
    </message>
    <message>
        <source>user {name!r} is not on the server</source>
        <translation>Benutzer {name!r} ist nicht auf dem Server</translation>
    </message>
    <message>
        <source>no email {number} in the outbox</source>
        <translation>keine E-Mail {number} im Postausgang</translation>
    </message>
    <message>
        <source>email {number} was sent already; queue a new one instead</source>
        <translation>E-Mail {number} wurde bereits gesendet; stattdessen eine neue einreihen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>enter the address to send the test to</source>
        <translation>die Adresse eingeben, an die der Test gehen soll</translation>
    </message>
    <message>
        <source>customer {code} has no email address</source>
        <translation>Kunde {code} hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>invoice {number} has no customer with an email address</source>
        <translation>Rechnung {number} hat keinen Kunden mit E-Mail-Adresse</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>queued, not sent yet: {reason} (attempt {attempt} of {attempts})</source>
        <translation>eingereiht, noch nicht gesendet: {reason} (Versuch {attempt} von {attempts})</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>the message could not be prepared ({error})</source>
        <translation>die Nachricht konnte nicht vorbereitet werden ({error})</translation>
    </message>
    <message>
        <source>an empty cart cannot be parked</source>
        <translation>ein leerer Warenkorb kann nicht geparkt werden</translation>
    </message>
    <message>
        <source>at most {count} lines can be parked</source>
        <translation>höchstens {count} Positionen können geparkt werden</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>at most {count} characters a field</source>
        <translation>höchstens {count} Zeichen pro Feld</translation>
    </message>
    <message>
        <source>parked sale {number} is no longer parked (already recalled?)</source>
        <translation>geparkter Verkauf {number} ist nicht mehr geparkt (bereits zurückgeholt?)</translation>
    </message>
    <message>
        <source>{number} is a draft: it has no receipt</source>
        <translation>{number} ist ein Entwurf: er hat keinen Beleg</translation>
    </message>
    <message>
        <source>no waiting print job {number}</source>
        <translation>kein wartender Druckauftrag {number}</translation>
    </message>
    <message>
        <source>print job {number} is not waiting for a decision (no unsure job)</source>
        <translation>Druckauftrag {number} wartet auf keine Entscheidung (kein unsicherer Auftrag)</translation>
    </message>
    <message>
        <source>no printer set up (Settings &gt; Printer, or printer.url)</source>
        <translation>kein Drucker eingerichtet (Einstellungen &gt; Drucker, oder printer.url)</translation>
    </message>
    <message>
        <source>low stock at</source>
        <translation>niedriger Bestand ab</translation>
    </message>
    <message>
        <source>SKU {code} is already used by {sku} ({name})</source>
        <translation>Artikelnr. {code} wird bereits von {sku} ({name}) verwendet</translation>
    </message>
    <message>
        <source>barcode {code} is already used by {sku} ({name})</source>
        <translation>Barcode {code} wird bereits von {sku} ({name}) verwendet</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} Zeilen: {created} angelegt, {updated} aktualisiert, {unchanged} unverändert, {rejected} abgelehnt</translation>
    </message>
    <message>
        <source>dry run (nothing saved): {counts}</source>
        <translation>Probelauf (nichts gespeichert): {counts}</translation>
    </message>
    <message>
        <source>{text!r}: write yes or no</source>
        <translation>{text!r}: ja oder nein schreiben</translation>
    </message>
    <message>
        <source>needs the columns {columns}; missing: {missing}</source>
        <translation>braucht die Spalten {columns}; es fehlen: {missing}</translation>
    </message>
    <message>
        <source>SKU already in row {row}</source>
        <translation>Artikelnr. bereits in Zeile {row}</translation>
    </message>
    <message>
        <source>no product with id {number}</source>
        <translation>kein Artikel mit der ID {number}</translation>
    </message>
    <message>
        <source>product {sku} was changed meanwhile; reload and try again</source>
        <translation>Artikel {sku} wurde inzwischen geändert; neu laden und erneut versuchen</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>kein Artikel mit dem Barcode oder der Artikelnr. {code!r}</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>muss zwischen 0 und {limit} liegen</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>no preset quick key {number}</source>
        <translation>keine Schnelltasten-Vorlage {number}</translation>
    </message>
    <message>
        <source>nothing left to refund on {number}</source>
        <translation>auf {number} ist nichts mehr zu erstatten</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{number} has no line {line}</source>
        <translation>{number} hat keine Position {line}</translation>
    </message>
    <message>
        <source>line {line} given twice</source>
        <translation>Position {line} doppelt angegeben</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>muss mehr als 0 sein</translation>
    </message>
    <message>
        <source>line {line} ({description}): only {left} of {quantity} left to refund</source>
        <translation>Position {line} ({description}): nur noch {left} von {quantity} zu erstatten</translation>
    </message>
    <message>
        <source>{number} is {status}: only issued invoices are refunded</source>
        <translation>{number} hat den Status {status}: nur ausgestellte Rechnungen werden erstattet</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>Umkehr der Steuerschuld</translation>
    </message>
    <message>
        <source>{name} ({role}) may not choose reverse charge: a manager must</source>
        <translation>{name} ({role}) darf die Umkehr der Steuerschuld nicht wählen: das muss die Leitung tun</translation>
    </message>
    <message>
        <source>a walk-in sale has no buyer with a VAT ID</source>
        <translation>ein Verkauf an Laufkundschaft hat keinen Käufer mit USt-IdNr.</translation>
    </message>
    <message>
        <source>no product or workshop on sale with code {code!r}</source>
        <translation>kein Artikel oder Workshop im Verkauf mit dem Code {code!r}</translation>
    </message>
    <message>
        <source>invoice {number} was changed meanwhile; reload and try again</source>
        <translation>Rechnung {number} wurde inzwischen geändert; neu laden und erneut versuchen</translation>
    </message>
    <message>
        <source>edited; refund lines instead</source>
        <translation>bearbeitet werden; stattdessen Positionen erstatten</translation>
    </message>
    <message>
        <source>voided; refund what is left instead</source>
        <translation>storniert werden; stattdessen den Rest erstatten</translation>
    </message>
    <message>
        <source>unknown or inactive product id {number}</source>
        <translation>unbekannte oder inaktive Artikel-ID {number}</translation>
    </message>
    <message>
        <source>no draft {number}</source>
        <translation>kein Entwurf {number}</translation>
    </message>
    <message>
        <source>invoice {number} is void (by {who}: {why})</source>
        <translation>Rechnung {number} ist storniert (von {who}: {why})</translation>
    </message>
    <message>
        <source>invoice {number} is in the Z report of cash session {session} (closed {closed}): it cannot be edited any more; void or refund it instead</source>
        <translation>Rechnung {number} steht im Z-Bericht der Kassenschicht {session} (abgeschlossen {closed}): sie kann nicht mehr bearbeitet werden; stattdessen stornieren oder erstatten</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit note): it cannot be {instead}</source>
        <translation>Rechnung {number} wurde erstattet ({count} Gutschrift): sie kann nicht {instead}</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit notes): it cannot be {instead}</source>
        <translation>Rechnung {number} wurde erstattet ({count} Gutschriften): sie kann nicht {instead}</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>a draft takes no payments; issue it first</source>
        <translation>ein Entwurf nimmt keine Zahlungen an; zuerst ausstellen</translation>
    </message>
    <message>
        <source>is chosen when the sale is issued</source>
        <translation>wird beim Ausstellen des Verkaufs gewählt</translation>
    </message>
    <message>
        <source>this draft belongs to another exhibition</source>
        <translation>dieser Entwurf gehört zu einer anderen Messe</translation>
    </message>
    <message>
        <source>no payment given</source>
        <translation>keine Zahlung angegeben</translation>
    </message>
    <message>
        <source>set by {source}; change it there</source>
        <translation>gesetzt durch {source}; dort ändern</translation>
    </message>
    <message>
        <source>set on the command line; start without that option to change it here</source>
        <translation>auf der Kommandozeile gesetzt; ohne diese Option starten, um es hier zu ändern</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>this database is set up already (it has users); add users with `user add`</source>
        <translation>diese Datenbank ist bereits eingerichtet (sie hat Benutzer); Benutzer mit `user add` hinzufügen</translation>
    </message>
    <message>
        <source>exhibition {code!r} (pos.exhibition) does not exist</source>
        <translation>Messe {code!r} (pos.exhibition) existiert nicht</translation>
    </message>
    <message>
        <source>no active exhibition: create one (pos-desktop exhibition add NAME, or Settings)</source>
        <translation>keine aktive Messe: eine anlegen (pos-desktop exhibition add NAME, oder Einstellungen)</translation>
    </message>
    <message>
        <source>only {left} of {sku} ({name}) left here; {wanted} wanted</source>
        <translation>hier nur noch {left} von {sku} ({name}); {wanted} gewünscht</translation>
    </message>
    <message>
        <source>the stock changed while this sale was saved; try again</source>
        <translation>der Bestand hat sich beim Speichern dieses Verkaufs geändert; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>no product with SKU {sku!r}</source>
        <translation>kein Artikel mit der Artikelnr. {sku!r}</translation>
    </message>
    <message>
        <source>{sku} is not tracked in stock (tick it in Products)</source>
        <translation>{sku} wird nicht im Lager geführt (unter Artikel ankreuzen)</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minute</source>
        <translation>Kasse {terminal} wird auf einem anderen Gerät verwendet ({host}, zuletzt gesehen {seen}): zwei Geräte dürfen keine Rechnungen in derselben Serie nummerieren. Diesem Gerät eine eigene Kassen-ID geben (pos.terminal) oder Booth POS auf {host} schließen; ist jenes Gerät nicht mehr da, kann dieses die Kassen-ID in {count} Minute übernehmen</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minutes</source>
        <translation>Kasse {terminal} wird auf einem anderen Gerät verwendet ({host}, zuletzt gesehen {seen}): zwei Geräte dürfen keine Rechnungen in derselben Serie nummerieren. Diesem Gerät eine eigene Kassen-ID geben (pos.terminal) oder Booth POS auf {host} schließen; ist jenes Gerät nicht mehr da, kann dieses die Kassen-ID in {count} Minuten übernehmen</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{item!r}: write SKU:QUANTITY</source>
        <translation>{item!r}: ARTIKELNR:MENGE schreiben</translation>
    </message>
    <message>
        <source>quantity of {sku}</source>
        <translation>Menge von {sku}</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>name at least one product and quantity</source>
        <translation>mindestens einen Artikel mit Menge angeben</translation>
    </message>
    <message>
        <source>is the same location as from</source>
        <translation>ist derselbe Lagerort wie der Ausgangsort</translation>
    </message>
    <message>
        <source>of {sku} must be more than 0</source>
        <translation>von {sku} muss mehr als 0 sein</translation>
    </message>
    <message>
        <source>no transfer {number}</source>
        <translation>keine Umlagerung {number}</translation>
    </message>
    <message>
        <source>transfer {number} is {status}, not {state}</source>
        <translation>Umlagerung {number} hat den Status {status}, nicht {state}</translation>
    </message>
    <message>
        <source>of {sku} must not be negative</source>
        <translation>von {sku} darf nicht negativ sein</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>{text!r} is not one of {allowed}</source>
        <translation>{text!r} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <source>too many failed logins: wait {wait} before the next try</source>
        <translation>zu viele Fehlanmeldungen: vor dem nächsten Versuch {wait} warten</translation>
    </message>
    <message>
        <source>{wrong}; {wait}</source>
        <translation>{wrong}; {wait}</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>user {name!r} exists already</source>
        <translation>Benutzer {name!r} gibt es bereits</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>das aktuelle Passwort ist falsch</translation>
    </message>
    <message>
        <source>user {name} was changed meanwhile; reload and try again</source>
        <translation>Benutzer {name} wurde inzwischen geändert; neu laden und erneut versuchen</translation>
    </message>
    <message>
        <source>you cannot demote or disable yourself; ask another admin</source>
        <translation>Sie können sich nicht selbst herabstufen oder deaktivieren; einen anderen Admin fragen</translation>
    </message>
    <message>
        <source>only a logged-in user has a language</source>
        <translation>nur ein angemeldeter Benutzer hat eine Sprache</translation>
    </message>
    <message>
        <source>no user {name!r}</source>
        <translation>kein Benutzer {name!r}</translation>
    </message>
    <message>
        <source>this would leave no active admin</source>
        <translation>dann bliebe kein aktiver Admin übrig</translation>
    </message>
    <message>
        <source>{code} was not checked in at workshop {workshop}</source>
        <translation>{code} wurde bei Workshop {workshop} nicht eingelassen</translation>
    </message>
    <message>
        <source>no workshop with code {code!r}</source>
        <translation>kein Workshop mit dem Code {code!r}</translation>
    </message>
    <message>
        <source>workshop {code} ({title})</source>
        <translation>Workshop {code} ({title})</translation>
    </message>
    <message>
        <source>{name} is cancelled</source>
        <translation>{name} ist abgesagt</translation>
    </message>
    <message>
        <source>{name} is not on sale yet ({status})</source>
        <translation>{name} ist noch nicht im Verkauf ({status})</translation>
    </message>
    <message>
        <source>{name}: booking closed at {deadline}</source>
        <translation>{name}: Buchungsschluss war {deadline}</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted; {held} held for the waitlist (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} ist ausgebucht: {free} von {capacity} Plätzen frei, {count} gewünscht; {held} für die Warteliste zurückgehalten (den Kunden auf die Warteliste setzen: workshop waitlist)</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} ist ausgebucht: {free} von {capacity} Plätzen frei, {count} gewünscht (den Kunden auf die Warteliste setzen: workshop waitlist)</translation>
    </message>
    <message>
        <source>a workshop seat needs a customer: scan or type their code</source>
        <translation>ein Workshop-Platz braucht einen Kunden: seinen Code scannen oder eingeben</translation>
    </message>
    <message>
        <source>invoice {number} books {count} workshop seat(s): void or refund it instead of editing</source>
        <translation>Rechnung {number} bucht {count} Workshop-Platz/-Plätze: stornieren oder erstatten statt bearbeiten</translation>
    </message>
    <message>
        <source>stays {code} (it is on the invoices); add a new workshop</source>
        <translation>bleibt {code} (steht auf den Rechnungen); einen neuen Workshop anlegen</translation>
    </message>
    <message>
        <source>at least {count} (booked and held seats)</source>
        <translation>mindestens {count} (gebuchte und zurückgehaltene Plätze)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>cancel it instead (with a reason)</source>
        <translation>stattdessen absagen (mit Grund)</translation>
    </message>
    <message>
        <source>{count} seats are sold: it stays published</source>
        <translation>{count} Plätze sind verkauft: er bleibt veröffentlicht</translation>
    </message>
    <message>
        <source>workshop {code} is {status}: no waitlist</source>
        <translation>Workshop {code} hat den Status {status}: keine Warteliste</translation>
    </message>
    <message>
        <source>workshop {code} has {count} seat(s) free: sell one</source>
        <translation>Workshop {code} hat noch {count} Platz/Plätze frei: einen verkaufen</translation>
    </message>
    <message>
        <source>workshop code {code} is taken</source>
        <translation>Workshop-Code {code} ist bereits vergeben</translation>
    </message>
    <message>
        <source>workshop {code} was changed meanwhile; reload and try again</source>
        <translation>Workshop {code} wurde inzwischen geändert; neu laden und erneut versuchen</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled</source>
        <translation>Workshop {code} ist abgesagt</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled already</source>
        <translation>Workshop {code} ist bereits abgesagt</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>workshop {code} was cancelled</source>
        <translation>Workshop {code} wurde abgesagt</translation>
    </message>
    <message>
        <source>workshop {code} ends at {end} UTC: {what} after that</source>
        <translation>Workshop {code} endet um {end} UTC: {what} erst danach</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>Nichterschienene</translation>
    </message>
    <message>
        <source>no workshop on sale with code {code!r}</source>
        <translation>kein Workshop im Verkauf mit dem Code {code!r}</translation>
    </message>
    <message>
        <source>{name} is on the waitlist already ({state})</source>
        <translation>{name} steht bereits auf der Warteliste ({state})</translation>
    </message>
</context>
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
    <name>AuditLog</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; by {actor}: {summary}</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; von {actor}: {summary}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Action starts with (invoice, customer, login.failed...)</source>
        <translation>Aktion beginnt mit (invoice, customer, login.failed …)</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Rechnungsnummer oder Kundencode</translation>
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
        <translation>Position {line}: Menge 0 wird nicht übernommen; Entf entfernt die Position</translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>Offline: this till knows only its sales since the line dropped. Expected cash and the difference are on the server&apos;s Z report: print it again when the line is back.</source>
        <translation>Offline: Diese Kasse kennt nur ihre Verkäufe, seit die Leitung weg ist. Erwarteter Bargeldbestand und Differenz stehen im Z-Bericht des Servers: Drucken Sie ihn erneut, wenn die Leitung zurück ist.</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} von {who}</translation>
    </message>
    <message>
        <source>{count} invoices, {amount}</source>
        <translation>{count} Rechnungen, {amount}</translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation>X-Bericht (bisher)</translation>
    </message>
    <message>
        <source>Z report (closed)</source>
        <translation>Z-Bericht (abgeschlossen)</translation>
    </message>
    <message>
        <source>{count} invoices, {amount} (after voids, refunds)</source>
        <translation>{count} Rechnungen, {amount} (nach Stornos, Erstattungen)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Stornos</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>{count} payments, {amount}</source>
        <translation>{count} Zahlungen, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount}</source>
        <translation>1 Rechnung, {amount}</translation>
    </message>
    <message>
        <source>1 payment, {amount}</source>
        <translation>1 Zahlung, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount} (after voids, refunds)</source>
        <translation>1 Rechnung, {amount} (nach Stornos, Erstattungen)</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Einlagen / Entnahmen</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Bargeld-Sollbestand</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>{title} · session {session} · till {till}</source>
        <translation>{title} · Schicht {session} · Kasse {till}</translation>
    </message>
    <message>
        <source>X report (offline)</source>
        <translation>X-Bericht (offline)</translation>
    </message>
    <message>
        <source>Drawer counted (offline)</source>
        <translation>Kasse gezählt (offline)</translation>
    </message>
    <message>
        <source>No open cash session on this till</source>
        <translation>Keine offene Kassenschicht an dieser Kasse</translation>
    </message>
    <message>
        <source>the cash you counted into the drawer, e.g. 150.00</source>
        <translation>das in die Lade gezählte Bargeld, z. B. 150,00</translation>
    </message>
    <message>
        <source>Open session (Enter)</source>
        <translation>Schicht eröffnen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation>&amp;Anfangsbestand</translation>
    </message>
    <message>
        <source>why, e.g. change from the bank / to the safe</source>
        <translation>warum, z. B. Wechselgeld von der Bank / in den Tresor</translation>
    </message>
    <message>
        <source>Cash &amp;in</source>
        <translation>&amp;Einlage</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>E&amp;ntnahme</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Einlage oder Entnahme</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <source>the cash counted in the drawer now</source>
        <translation>das jetzt in der Lade gezählte Bargeld</translation>
    </message>
    <message>
        <source>Close with Z report...</source>
        <translation>Mit Z-Bericht abschließen …</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>Ge&amp;zählt</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the opening</source>
        <translation>Wird noch gespeichert – vor dem Eröffnen auf die Antwort warten</translation>
    </message>
    <message>
        <source>Checking whether the opening was saved - the database stopped answering ({doubt})</source>
        <translation>Es wird geprüft, ob die Eröffnung gespeichert wurde – die Datenbank antwortet nicht mehr ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} open</source>
        <translation>Schicht {session} eröffnet</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash in</source>
        <translation>Wird noch gespeichert – vor der Einlage auf die Antwort warten</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash out</source>
        <translation>Wird noch gespeichert – vor der Entnahme auf die Antwort warten</translation>
    </message>
    <message>
        <source>Checking whether the cash in was saved - the database stopped answering ({doubt})</source>
        <translation>Es wird geprüft, ob die Einlage gespeichert wurde – die Datenbank antwortet nicht mehr ({doubt})</translation>
    </message>
    <message>
        <source>Checking whether the cash out was saved - the database stopped answering ({doubt})</source>
        <translation>Es wird geprüft, ob die Entnahme gespeichert wurde – die Datenbank antwortet nicht mehr ({doubt})</translation>
    </message>
    <message>
        <source>Cash in recorded: {amount} ({reason})</source>
        <translation>Einlage erfasst: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Cash out recorded: {amount} ({reason})</source>
        <translation>Entnahme erfasst: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Count the drawer and type the amount first</source>
        <translation>Zuerst die Lade zählen und den Betrag eingeben</translation>
    </message>
    <message>
        <source>Close session {session} with {amount} {currency} counted? The Z report is final.</source>
        <translation>Schicht {session} mit {amount} {currency} gezählt abschließen? Der Z-Bericht ist endgültig.</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the closing</source>
        <translation>Wird noch gespeichert – vor dem Abschließen auf die Antwort warten</translation>
    </message>
    <message>
        <source>Checking whether the closing was saved - the database stopped answering ({doubt})</source>
        <translation>Es wird geprüft, ob der Abschluss gespeichert wurde – die Datenbank antwortet nicht mehr ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} closed on this till (offline) with {amount} {currency} counted; the difference comes with the line</source>
        <translation>Sitzung {session} auf dieser Kasse (offline) mit {amount} {currency} gezählt geschlossen; die Differenz kommt mit der Leitung</translation>
    </message>
    <message>
        <source>Session {session} closed; difference {amount} {currency}</source>
        <translation>Schicht {session} abgeschlossen; Differenz {amount} {currency}</translation>
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
        <source>Parked: {sale}, on this till (offline). Shift+F10 brings it back.</source>
        <translation>Geparkt: {sale}, an dieser Kasse (offline). Umschalt+F10 holt ihn zurück.</translation>
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
        <source>customer {code}: {error}</source>
        <translation>Kunde {code}: {error}</translation>
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
        <source>No cash session is open at this till: this cash will be in no drawer count. Open one in the Cash drawer screen (with the counted float) when you can.</source>
        <translation>An dieser Kasse ist keine Kassenschicht offen: dieses Bargeld fehlt in jeder Kassenzählung. Sobald möglich in der Kassenlade eine öffnen (mit dem gezählten Anfangsbestand).</translation>
    </message>
    <message>
        <source>add a line first (F3, or scan a product)</source>
        <translation>zuerst eine Position hinzufügen (F3 oder einen Artikel scannen)</translation>
    </message>
    <message>
        <source>Saving the sale...</source>
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
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>Willkommens-E-Mail</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Number / code</source>
        <translation>Nr. / Code</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Server-Nr.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation>Seit (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Waits because</source>
        <translation>Wartet, weil</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Reiter</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>Wartet bis</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>CommissionReport</name>
    <message>
        <source>All cashiers</source>
        <translation>Alle Kassierer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Keine Verkäufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Commission {first} - {last} ({currency})</source>
        <translation>Provision {first} – {last} ({currency})</translation>
    </message>
    <message>
        <source>On net sales (without VAT); refunds in the period are taken back at the same rate.</source>
        <translation>Auf den Nettoumsatz (ohne MwSt.); Erstattungen im Zeitraum werden zum selben Satz abgezogen.</translation>
    </message>
    <message>
        <source>C&amp;ashier</source>
        <translation>K&amp;assierer</translation>
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
        <translation>Summe {amount}</translation>
    </message>
    <message>
        <source>Booth POS - customer display</source>
        <translation>Booth POS – Kundenanzeige</translation>
    </message>
    <message>
        <source>Welcome</source>
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
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer {code}</source>
        <translation>Kunde {code} bearbeiten</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Customer code {code} stays the same. Ctrl+S saves.</source>
        <translation>Der Kundencode {code} bleibt gleich. Strg+S speichert.</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Bitte die markierten Felder korrigieren</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}). Change the email, or Save anyway (Alt+A) only if this really is another person.</source>
        <translation>{email} ist bereits für {name} ({code}) erfasst. Die E-Mail ändern, oder nur dann trotzdem speichern (Alt+T), wenn es wirklich eine andere Person ist.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Name</source>
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
    <name>CustomerImport</name>
    <message>
        <source>update the customer</source>
        <translation>den Kunden aktualisieren</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>die Zeile überspringen</translation>
    </message>
    <message>
        <source>create another customer</source>
        <translation>einen weiteren Kunden anlegen</translation>
    </message>
    <message>
        <source>reject the row</source>
        <translation>die Zeile ablehnen</translation>
    </message>
    <message>
        <source>import the customer without the email (kept as written)</source>
        <translation>den Kunden ohne die E-Mail importieren (wie geschrieben aufbewahrt)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Path of a CSV or XLSX file</source>
        <translation>Pfad einer CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <source>Browse... (Ctrl+O)</source>
        <translation>Durchsuchen … (Strg+O)</translation>
    </message>
    <message>
        <source>Which file? CSV (any delimiter and encoding) or XLSX:</source>
        <translation>Welche Datei? CSV (beliebiges Trennzeichen und beliebige Kodierung) oder XLSX:</translation>
    </message>
    <message>
        <source>A row is the same customer when (first rule that matches):</source>
        <translation>Eine Zeile ist derselbe Kunde, wenn (die erste zutreffende Regel gilt):</translation>
    </message>
    <message>
        <source>On a &amp;duplicate</source>
        <translation>Bei einer &amp;Dublette</translation>
    </message>
    <message>
        <source>Invalid &amp;email</source>
        <translation>Ungültige &amp;E-Mail</translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation>%v Zeilen</translation>
    </message>
    <message>
        <source>&amp;Cancel (Esc)</source>
        <translation>&amp;Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Rejected rows file</source>
        <translation>Datei der abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV</source>
        <translation>Abgelehnte Zeilen als CSV &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Next: columns</source>
        <translation>&amp;Weiter: Spalten</translation>
    </message>
    <message>
        <source>&amp;Next: options</source>
        <translation>&amp;Weiter: Optionen</translation>
    </message>
    <message>
        <source>&amp;Next: dry run</source>
        <translation>&amp;Weiter: Probelauf</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Neuer Import</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>Jetzt &amp;importieren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Type the path of a file, or press Ctrl+O to pick one</source>
        <translation>Den Pfad einer Datei eingeben oder Strg+O drücken, um eine auszuwählen</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>Keine Datei unter {path}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>Kodierung {encoding}</translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation>Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} Spalten</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from the mapping you saved for these columns; change any.</source>
        <translation>{file}: {found}. Ausgangspunkt ist die für diese Spalten gespeicherte Zuordnung; beliebig änderbar.</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from columns matched automatically; change any.</source>
        <translation>{file}: {found}. Ausgangspunkt sind automatisch zugeordnete Spalten; beliebig änderbar.</translation>
    </message>
    <message>
        <source>Check the encoding: {note}. The dry run lists the rows.</source>
        <translation>Kodierung prüfen: {note}. Der Probelauf listet die Zeilen auf.</translation>
    </message>
    <message>
        <source>Dry run: reading the file, nothing is saved...</source>
        <translation>Probelauf: die Datei wird gelesen, nichts wird gespeichert …</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} Zeilen gelesen</translation>
    </message>
    <message>
        <source>Cancelling after the current batch...</source>
        <translation>Abbruch nach dem laufenden Block …</translation>
    </message>
    <message>
        <source>Type where the rejected rows should go</source>
        <translation>Eingeben, wohin die abgelehnten Zeilen sollen</translation>
    </message>
    <message>
        <source>Rejected rows saved to {path}: fix them and import that file</source>
        <translation>Abgelehnte Zeilen gespeichert unter {path}: korrigieren und diese Datei importieren</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Find customer</source>
        <translation>Kunde suchen</translation>
    </message>
    <message>
        <source>Scan or type the customer code, or type a name</source>
        <translation>Kundencode scannen oder eingeben, oder Name</translation>
    </message>
    <message>
        <source>Enter: look up · then Enter: sell to them · Ctrl+E: edit · Ctrl+Shift+W: resend welcome email · Esc: close</source>
        <translation>Enter: suchen · dann Enter: an ihn verkaufen · Strg+E: bearbeiten · Strg+Umschalt+W: Willkommens-E-Mail erneut senden · Esc: schließen</translation>
    </message>
    <message>
        <source>Looking up...</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No customer code or name matches {text}</source>
        <translation>Kein Kundencode und kein Name passt zu {text}</translation>
    </message>
    <message>
        <source>{count} customers match (the first shown: type more): arrows, then Enter</source>
        <translation>{count} Kunden passen (die ersten angezeigt: mehr eingeben): Pfeiltasten, dann Enter</translation>
    </message>
    <message>
        <source>{count} customers match: arrows, then Enter</source>
        <translation>{count} Kunden passen: Pfeiltasten, dann Enter</translation>
    </message>
    <message>
        <source>{name}: Enter sells to them</source>
        <translation>{name}: Enter verkauft an ihn</translation>
    </message>
    <message>
        <source>Look a customer up first (code, then Enter)</source>
        <translation>Zuerst einen Kunden suchen (Code, dann Enter)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>Willkommens-E-Mail an {recipient} erneut eingereiht</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Search name, email, phone, company or code (newest first)</source>
        <translation>Name, E-Mail, Telefon, Firma oder Code suchen (neueste zuerst)</translation>
    </message>
    <message>
        <source>Name A-Z</source>
        <translation>Name A–Z</translation>
    </message>
    <message>
        <source>Name Z-A</source>
        <translation>Name Z–A</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Most billed first</source>
        <translation>Höchster Umsatz zuerst</translation>
    </message>
    <message>
        <source>Least billed first</source>
        <translation>Niedrigster Umsatz zuerst</translation>
    </message>
    <message>
        <source>Most bills first</source>
        <translation>Meiste Rechnungen zuerst</translation>
    </message>
    <message>
        <source>Select a customer to see their bills.</source>
        <translation>Einen Kunden auswählen, um seine Rechnungen zu sehen.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Resend welcome email (Ctrl+Shift+W)</source>
        <translation>Willkommens-E-Mail erneut senden
(Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+E)</source>
        <translation>Zuerst einen Kunden auswählen (Pfeiltasten, dann Strg+E)</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+Shift+W)</source>
        <translation>Zuerst einen Kunden auswählen (Pfeiltasten, dann Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>Willkommens-E-Mail an {recipient} erneut eingereiht</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} gespeichert</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>others ({count})</source>
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
    <name>DatabasePage</name>
    <message>
        <source>SQL&amp;ite file on this computer (one till)</source>
        <translation>SQL&amp;ite-Datei auf diesem Computer (eine Kasse)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several tills share it)</source>
        <translation>&amp;PostgreSQL-Server (mehrere Kassen teilen ihn)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose another SQLite file (Alt+B)</source>
        <translation>Eine andere SQLite-Datei wählen (Alt+D)</translation>
    </message>
    <message>
        <source>empty if the server needs none</source>
        <translation>leer, wenn der Server keines braucht</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect and look inside, without changing anything (Alt+T; at most {seconds} seconds)</source>
        <translation>Verbinden und hineinschauen, ohne etwas zu ändern (Alt+T; höchstens {seconds} Sekunden)</translation>
    </message>
    <message>
        <source>Welcome. Booth POS keeps its data in a file on this computer (a single till) or on the booth&apos;s PostgreSQL server (several tills selling together).</source>
        <translation>Willkommen. Booth POS speichert seine Daten in einer Datei auf diesem Computer (eine einzelne Kasse) oder auf dem PostgreSQL-Server des Stands (mehrere Kassen verkaufen gemeinsam).</translation>
    </message>
    <message>
        <source>U&amp;RL</source>
        <translation>U&amp;RL</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pa&amp;sswort</translation>
    </message>
    <message>
        <source>The choice is saved in {path}.</source>
        <translation>Die Auswahl wird in {path} gespeichert.</translation>
    </message>
    <message>
        <source>needs a file name</source>
        <translation>braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>needed, e.g. {example}</source>
        <translation>erforderlich, z. B. {example}</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbank (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing the connection (at most {seconds} seconds)...</source>
        <translation>Verbindung wird getestet (höchstens {seconds} Sekunden) …</translation>
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
    <name>Door</name>
    <message>
        <source>Booth POS: door check-in</source>
        <translation>Booth POS: Einlass</translation>
    </message>
    <message>
        <source>Scan the visitor&apos;s QR code</source>
        <translation>QR-Code des Besuchers scannen</translation>
    </message>
    <message>
        <source>Pick the session, then scan.</source>
        <translation>Sitzung wählen, dann scannen.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>No workshops today</source>
        <translation>Heute keine Workshops</translation>
    </message>
    <message>
        <source>Set them up first.</source>
        <translation>Zuerst Workshops anlegen.</translation>
    </message>
    <message>
        <source>Pick the session first</source>
        <translation>Zuerst die Sitzung wählen</translation>
    </message>
    <message>
        <source>Cannot reach the database</source>
        <translation>Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <source>Offline since {since}: check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Offline seit {since}: Check-ins bleiben auf diesem Laptop und werden gesendet, sobald die Verbindung wieder steht</translation>
    </message>
    <message>
        <source>Offline since {since}: 1 check-in is kept on this laptop and sent when the line is back</source>
        <translation>Offline seit {since}: 1 Check-in bleibt auf diesem Laptop und wird gesendet, sobald die Verbindung wieder steht</translation>
    </message>
    <message>
        <source>Offline since {since}: {count} check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Offline seit {since}: {count} Check-ins bleiben auf diesem Laptop und werden gesendet, sobald die Verbindung wieder steht</translation>
    </message>
    <message>
        <source>Back online - sending 1 check-in...</source>
        <translation>Wieder online – 1 Check-in wird gesendet …</translation>
    </message>
    <message>
        <source>Back online - sending {count} check-ins...</source>
        <translation>Wieder online – {count} Check-ins werden gesendet …</translation>
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
    <name>FirstStart</name>
    <message>
        <source>Step 1 of 2: the database</source>
        <translation>Schritt 1 von 2: die Datenbank</translation>
    </message>
    <message>
        <source>Step 2 of 2: the first admin and the exhibition</source>
        <translation>Schritt 2 von 2: der erste Admin und die Messe</translation>
    </message>
    <message>
        <source>Booth POS: first start</source>
        <translation>Booth POS: erster Start</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the choice of database (Alt+B)</source>
        <translation>Zurück zur Wahl der Datenbank (Alt+Z)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Preparing the database (creating or upgrading its tables)...</source>
        <translation>Datenbank wird vorbereitet (Tabellen werden angelegt oder aktualisiert) …</translation>
    </message>
    <message>
        <source>This database is already set up: log in. (Saved in {path}.)</source>
        <translation>Diese Datenbank ist bereits eingerichtet: bitte anmelden. (Gespeichert in {path}.)</translation>
    </message>
    <message>
        <source>Database chosen and saved in {path}.</source>
        <translation>Datenbank gewählt und in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition and the demo data (this takes a moment)...</source>
        <translation>Admin, Messe und Demodaten werden angelegt (das dauert einen Moment) …</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition...</source>
        <translation>Admin und Messe werden angelegt …</translation>
    </message>
    <message>
        <source>Set up: admin {name}</source>
        <translation>Eingerichtet: Admin {name}</translation>
    </message>
    <message>
        <source>exhibition {name} ({code}, {currency})</source>
        <translation>Messe {name} ({code}, {currency})</translation>
    </message>
    <message>
        <source>demo data: {count} customers</source>
        <translation>Demodaten: {count} Kunden</translation>
    </message>
    <message>
        <source>Log in now.</source>
        <translation>Jetzt anmelden.</translation>
    </message>
    <message>
        <source>The demo data failed: {error}</source>
        <translation>Die Demodaten sind fehlgeschlagen: {error}</translation>
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
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Back to the checkout&apos;s scan field, from any screen</source>
        <translation>Zurück zum Scanfeld der Kasse, von jeder Ansicht aus</translation>
    </message>
    <message>
        <source>Ctrl+1 ... Ctrl+9, Ctrl+0</source>
        <translation>Strg+1 … Strg+9, Strg+0</translation>
    </message>
    <message>
        <source>Open the screens listed on the left (Ctrl+0: the tenth)</source>
        <translation>Die links aufgeführten Ansichten öffnen (Strg+0: die zehnte)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>Strg+Bild ab / Strg+Bild auf</translation>
    </message>
    <message>
        <source>Next / previous screen in the list</source>
        <translation>Nächste / vorige Ansicht der Liste</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Strg+K</translation>
    </message>
    <message>
        <source>Find a customer by code or name from any screen (Enter sells, Ctrl+E edits)</source>
        <translation>Kunden nach Code oder Name suchen, von jeder Ansicht aus (Enter verkauft, Strg+E bearbeitet)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Strg+L</translation>
    </message>
    <message>
        <source>Lock the till now (the same user unlocks; another logs in and takes over)</source>
        <translation>Die Kasse sofort sperren (derselbe Benutzer entsperrt; ein anderer meldet sich an und übernimmt)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Strg+Umschalt+V</translation>
    </message>
    <message>
        <source>Open or close the customer display (its monitor: Settings &gt; Appearance)</source>
        <translation>Kundenanzeige öffnen oder schließen (ihr Bildschirm: Einstellungen &gt; Darstellung)</translation>
    </message>
    <message>
        <source>Enter (scan field)</source>
        <translation>Enter (Scanfeld)</translation>
    </message>
    <message>
        <source>Customer code: their card; barcode, SKU or product name: add it</source>
        <translation>Kundencode: seine Karte; Barcode, Artikelnr. oder Artikelname: hinzufügen</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>New free-text line: description, Tab, amount, Tab, quantity, Tab, VAT %, Enter</source>
        <translation>Neue Freitext-Position: Beschreibung, Tab, Betrag, Tab, Menge, Tab, MwSt. %, Enter</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the cart&apos;s lines (arrows move, F2 edits a cell, Delete removes a line)</source>
        <translation>Zu den Positionen des Warenkorbs (Pfeile bewegen, F2 bearbeitet eine Zelle, Entf entfernt eine Position)</translation>
    </message>
    <message>
        <source>Alt+1 ... Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Sell the first nine quick keys of the tab on show (tap or click works too)</source>
        <translation>Die ersten neun Schnelltasten des angezeigten Reiters verkaufen (Tippen oder Klicken geht auch)</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Go to the quick keys: arrows move, Enter or Space sells the tile</source>
        <translation>Zu den Schnelltasten: Pfeile bewegen, Enter oder Leertaste verkauft die Kachel</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Links / Alt+Rechts</translation>
    </message>
    <message>
        <source>Previous / next tab of quick keys (All, the categories, Workshops)</source>
        <translation>Voriger / nächster Reiter der Schnelltasten (Alle, die Kategorien, Workshops)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Discount on the whole sale: 10% or an amount, spread over the lines</source>
        <translation>Rabatt auf den ganzen Einkauf: 10% oder ein Betrag, auf die Positionen verteilt</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Walk-in sale: remove the customer from the cart</source>
        <translation>Laufkundschaft: den Kunden aus dem Warenkorb nehmen</translation>
    </message>
    <message>
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <source>Park the sale (with an optional note) and start an empty one</source>
        <translation>Den Verkauf parken (mit optionaler Notiz) und einen leeren beginnen</translation>
    </message>
    <message>
        <source>Shift+F10</source>
        <translation>Umschalt+F10</translation>
    </message>
    <message>
        <source>Parked sales of this till: Enter brings one back with its customer</source>
        <translation>Geparkte Verkäufe dieser Kasse: Enter holt einen mit seinem Kunden zurück</translation>
    </message>
    <message>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <source>Pay: cash received (Enter), or F6 for card, both for a split payment</source>
        <translation>Bezahlen: Bar erhalten (Enter) oder F6 für Karte, beides für eine geteilte Zahlung</translation>
    </message>
    <message>
        <source>Enter / Esc (confirmation)</source>
        <translation>Enter / Esc (Bestätigung)</translation>
    </message>
    <message>
        <source>Save the sale / go back and change it</source>
        <translation>Den Verkauf speichern / zurück und ändern</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>New sale (asks first when the cart has lines)</source>
        <translation>Neuer Verkauf (fragt vorher, wenn der Warenkorb Positionen hat)</translation>
    </message>
    <message>
        <source>Esc (scan field)</source>
        <translation>Esc (Scanfeld)</translation>
    </message>
    <message>
        <source>Clear what was typed</source>
        <translation>Das Eingetippte löschen</translation>
    </message>
    <message>
        <source>Enter (invoice view)</source>
        <translation>Enter (Rechnungsansicht)</translation>
    </message>
    <message>
        <source>Done: back to an empty checkout</source>
        <translation>Fertig: zurück zu einer leeren Kasse</translation>
    </message>
    <message>
        <source>Ctrl+E (invoice view)</source>
        <translation>Strg+E (Rechnungsansicht)</translation>
    </message>
    <message>
        <source>Edit the invoice (managers): F2 edits a cell, Ctrl+S saves</source>
        <translation>Die Rechnung bearbeiten (Leitung): F2 bearbeitet eine Zelle, Strg+S speichert</translation>
    </message>
    <message>
        <source>Ctrl+P (invoice view)</source>
        <translation>Strg+P (Rechnungsansicht)</translation>
    </message>
    <message>
        <source>Print the receipt again (marked COPY)</source>
        <translation>Den Beleg erneut drucken (als KOPIE markiert)</translation>
    </message>
    <message>
        <source>Ctrl+R (invoice view)</source>
        <translation>Strg+R (Rechnungsansicht)</translation>
    </message>
    <message>
        <source>Refund the invoice, whole or per line (a credit note)</source>
        <translation>Die Rechnung erstatten, ganz oder je Position (eine Gutschrift)</translation>
    </message>
    <message>
        <source>Ctrl+M (invoice view)</source>
        <translation>Strg+M (Rechnungsansicht)</translation>
    </message>
    <message>
        <source>Email the customer again: the invoice, a voided one&apos;s void notice; a refunded one offers its refund notices (Enter sends the latest)</source>
        <translation>Dem Kunden erneut mailen: die Rechnung, bei einer stornierten den Stornohinweis; eine erstattete bietet ihre Erstattungshinweise an (Enter sendet den neuesten)</translation>
    </message>
    <message>
        <source>Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (invoice view)</source>
        <translation>Alt+G, Strg+Umschalt+D / Strg+Umschalt+S / Strg+Umschalt+C (Rechnungsansicht)</translation>
    </message>
    <message>
        <source>A refunded invoice&apos;s credit notes: pick one / open its PDF / save it / reprint its slip</source>
        <translation>Gutschriften einer erstatteten Rechnung: eine wählen / ihr PDF öffnen / speichern / ihren Beleg erneut drucken</translation>
    </message>
    <message>
        <source>F5 (cash drawer)</source>
        <translation>F5 (Kassenlade)</translation>
    </message>
    <message>
        <source>Refresh the X report</source>
        <translation>Den X-Bericht aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+D / Ctrl+S (cash drawer)</source>
        <translation>Strg+P / Strg+D / Strg+S (Kassenlade)</translation>
    </message>
    <message>
        <source>Print the X or Z report on screen (a Z printed before: COPY) / open its PDF / save it</source>
        <translation>Den angezeigten X- oder Z-Bericht drucken (ein schon gedruckter Z: KOPIE) / sein PDF öffnen / speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Strg+Umschalt+P</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer: Ctrl+R retry, Ctrl+T another printer; one that may not have printed: Ctrl+P reprint as COPY (drawer stays shut), Ctrl+M mark printed</source>
        <translation>Belege, die auf den Drucker warten: Strg+R erneut versuchen, Strg+T anderer Drucker; einer, der evtl. nicht gedruckt wurde: Strg+P als KOPIE nachdrucken (Lade bleibt zu), Strg+M als gedruckt markieren</translation>
    </message>
    <message>
        <source>Alt+S / Alt+K, Ctrl+R, Del (outbox)</source>
        <translation>Alt+S / Alt+A, Strg+R, Entf (Postausgang)</translation>
    </message>
    <message>
        <source>Filter the customer emails by state / kind; retry one; cancel one</source>
        <translation>Die Kunden-E-Mails nach Status / Art filtern; eine erneut versuchen; eine abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+N / Ctrl+S (products)</source>
        <translation>Strg+N / Strg+S (Artikel)</translation>
    </message>
    <message>
        <source>New product / save the product</source>
        <translation>Neuer Artikel / den Artikel speichern</translation>
    </message>
    <message>
        <source>Enter / Del (product barcodes)</source>
        <translation>Enter / Entf (Barcodes eines Artikels)</translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode / remove the selected</source>
        <translation>Den gescannten oder eingetippten Barcode hinzufügen / den markierten entfernen</translation>
    </message>
    <message>
        <source>Ctrl+I / Ctrl+E (products)</source>
        <translation>Strg+I / Strg+E (Artikel)</translation>
    </message>
    <message>
        <source>Import products from a CSV (checked first) / export as CSV</source>
        <translation>Artikel aus einer CSV importieren (vorher geprüft) / als CSV exportieren</translation>
    </message>
    <message>
        <source>F5 / Ctrl+E (reports)</source>
        <translation>F5 / Strg+E (Berichte)</translation>
    </message>
    <message>
        <source>Show the period&apos;s report / export it as CSV</source>
        <translation>Den Bericht des Zeitraums anzeigen / als CSV exportieren</translation>
    </message>
    <message>
        <source>Alt+S / Alt+M (reports)</source>
        <translation>Alt+U / Alt+V (Berichte)</translation>
    </message>
    <message>
        <source>Sales / Commission tab (Alt+A there: one cashier or all)</source>
        <translation>Reiter Umsatz / Provision (dort Alt+A: ein Kassierer oder alle)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E (customers, invoices)</source>
        <translation>Strg+Umschalt+E (Kunden, Rechnungen)</translation>
    </message>
    <message>
        <source>Export the filtered list to CSV or XLSX (managers); again to stop</source>
        <translation>Die gefilterte Liste als CSV oder XLSX exportieren (Leitung); nochmals zum Abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+S (settings)</source>
        <translation>Strg+S (Einstellungen)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
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
    <name>InvoiceEditor</name>
    <message>
        <source>Paid so far: {amount} {currency}. Payments stay; the difference shows as due or owed back. F2 edits a cell, Delete removes a line, F3 adds one, Ctrl+S saves.</source>
        <translation>Bisher bezahlt: {amount} {currency}. Die Zahlungen bleiben; die Differenz erscheint als fällig oder zurückzuzahlen. F2 bearbeitet eine Zelle, Entf entfernt eine Position, F3 fügt eine hinzu, Strg+S speichert.</translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <translation>Rechnung {number} bearbeiten</translation>
    </message>
    <message>
        <source>empty: walk-in</source>
        <translation>leer: Laufkundschaft</translation>
    </message>
    <message>
        <source>required, e.g. wrong quantity</source>
        <translation>erforderlich, z. B. falsche Menge</translation>
    </message>
    <message>
        <source>&amp;Customer code</source>
        <translation>&amp;Kundencode</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation>Position {number}: {problem}</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>eine Rechnung braucht mindestens eine Position</translation>
    </message>
    <message>
        <source>Say why the invoice is edited (Reason)</source>
        <translation>Angeben, warum die Rechnung bearbeitet wird (Grund)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Checking whether the edit was saved - the database stopped answering ({doubt})</source>
        <translation>Es wird geprüft, ob die Änderung gespeichert wurde – die Datenbank antwortet nicht mehr ({doubt})</translation>
    </message>
    <message>
        <source>The edit is being saved: wait for the answer</source>
        <translation>Die Änderung wird gespeichert: auf die Antwort warten</translation>
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
        <source>Done (Enter)</source>
        <translation>Fertig (Enter)</translation>
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
        <source>{number} edited. {balance}</source>
        <translation>{number} bearbeitet. {balance}</translation>
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
        <source>{number} voided</source>
        <translation>{number} storniert</translation>
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
    <name>Invoices</name>
    <message>
        <source>Offline: the sales made on this till since the line dropped; the server&apos;s invoices are listed again when the line is back</source>
        <translation>Offline: die Verkäufe dieser Kasse, seit die Leitung weg ist; die Rechnungen des Servers erscheinen wieder, wenn die Leitung zurück ist</translation>
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
        <source>All but drafts</source>
        <translation>Alle außer Entwürfen</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Rechnungsnummer oder Kundencode</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
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
        <source>Offline since {since} - 1 entry waiting</source>
        <translation>Offline seit {since} – 1 Eintrag wartet</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} entries waiting</source>
        <translation>Offline seit {since} – {count} Einträge warten</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and 1 other entry waiting</source>
        <translation>Offline seit {since} – 1 Verkauf und 1 weiterer Eintrag warten</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and {others} other entries waiting</source>
        <translation>Offline seit {since} – 1 Verkauf und {others} weitere Einträge warten</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and 1 other entry waiting</source>
        <translation>Offline seit {since} – {sales} Verkäufe und 1 weiterer Eintrag warten</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and {others} other entries waiting</source>
        <translation>Offline seit {since} – {sales} Verkäufe und {others} weitere Einträge warten</translation>
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
        <source>Back online - sending 1 entry...</source>
        <translation>Wieder online – 1 Eintrag wird gesendet …</translation>
    </message>
    <message>
        <source>Back online - sending {count} entries...</source>
        <translation>Wieder online – {count} Einträge werden gesendet …</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and 1 other entry...</source>
        <translation>Wieder online – 1 Verkauf und 1 weiterer Eintrag werden gesendet …</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and {others} other entries...</source>
        <translation>Wieder online – 1 Verkauf und {others} weitere Einträge werden gesendet …</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and 1 other entry...</source>
        <translation>Wieder online – {sales} Verkäufe und 1 weiterer Eintrag werden gesendet …</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and {others} other entries...</source>
        <translation>Wieder online – {sales} Verkäufe und {others} weitere Einträge werden gesendet …</translation>
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
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>Exporting {noun} needs a manager (permission data.export)</source>
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
        <translation>Booth POS</translation>
    </message>
    <message>
        <source>Database: {backend}</source>
        <translation>Datenbank: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <translation>Scanner: Tastatur</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
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
        <translation>Der Kunde gibt {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>This invoice is on the server; refunds, voids and edits wait until the line is back</source>
        <translation>Diese Rechnung liegt auf dem Server; Erstattungen, Stornos und Änderungen warten, bis die Leitung wieder steht</translation>
    </message>
    <message>
        <source>This till is still sending its offline sales; open the invoice again in a moment</source>
        <translation>Diese Kasse sendet noch ihre Offline-Verkäufe; die Rechnung gleich noch einmal öffnen</translation>
    </message>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <translation>An dieser Kasse (offline) gespeichert als {number}; geht an den Server, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <translation>An dieser Kasse angemeldet (offline)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <translation>{name} an dieser Kasse (offline) als {code} erfasst; die Willkommens-E-Mail geht raus, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>This sale is parked on the server; it can be brought back when the line is back</source>
        <translation>Dieser Verkauf ist auf dem Server geparkt; er lässt sich zurückholen, sobald die Verbindung zurück ist</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>This till keeps no offline journal: its database is embedded (SQLite, on this computer), so there is no line to the server to lose.</source>
        <translation>Diese Kasse führt kein Offline-Journal: ihre Datenbank ist eingebettet (SQLite, auf diesem Computer), es gibt also keine Verbindung zum Server, die abreißen kann.</translation>
    </message>
    <message>
        <source>The offline journal is not made yet (the app makes it in the background at start).</source>
        <translation>Das Offline-Journal ist noch nicht angelegt (die App legt es beim Start im Hintergrund an).</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>Cash session opened</source>
        <translation>Kassenschicht eröffnet</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Einlage/Entnahme</translation>
    </message>
    <message>
        <source>Cash session closed</source>
        <translation>Kassenschicht abgeschlossen</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Invoice edited</source>
        <translation>Rechnung geändert</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · 1 conflict · last sync {when}</source>
        <translation>{pending} warten auf Versand · 1 Konflikt · letzter Abgleich {when}</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · {count} conflicts · last sync {when}</source>
        <translation>{pending} warten auf Versand · {count} Konflikte · letzter Abgleich {when}</translation>
    </message>
    <message>
        <source>Send now (Ctrl+Enter)</source>
        <translation>Jetzt senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Offline-Journal</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent (oldest first)</source>
        <translation>&amp;Wartet auf Versand (älteste zuerst)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (kept with the sale; for a manager to settle)</source>
        <translation>&amp;Konflikte (bleiben beim Verkauf; die Leitung klärt sie)</translation>
    </message>
    <message>
        <source>Online: the server answers.</source>
        <translation>Online: der Server antwortet.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} still waiting: {error}</source>
        <translation>{sent} gesendet; {pending} warten noch: {error}</translation>
    </message>
    <message>
        <source>Sent {sent}, {count} new conflict(s); {pending} waiting</source>
        <translation>{sent} gesendet, {count} neue(r) Konflikt(e); {pending} warten</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} waiting</source>
        <translation>{sent} gesendet; {pending} warten</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Void notice</source>
        <translation>Stornohinweis</translation>
    </message>
    <message>
        <source>Refund notice</source>
        <translation>Erstattungshinweis</translation>
    </message>
    <message>
        <source>customer {code}</source>
        <translation>Kunde {code}</translation>
    </message>
    <message>
        <source>invoice {number}</source>
        <translation>Rechnung {number}</translation>
    </message>
    <message>
        <source>next try {time} UTC</source>
        <translation>nächster Versuch {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt; to {recipient}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt; an {recipient}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Retry now (Ctrl+R)</source>
        <translation>Jetzt erneut versuchen (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel (Del)</source>
        <translation>Abbrechen (Entf)</translation>
    </message>
    <message>
        <source>Resend welcome</source>
        <translation>Willkommen erneut senden</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Email to {recipient}: will be sent at the next round</source>
        <translation>E-Mail an {recipient}: wird in der nächsten Runde gesendet</translation>
    </message>
    <message>
        <source>Email to {recipient}: cancelled</source>
        <translation>E-Mail an {recipient}: abgebrochen</translation>
    </message>
    <message>
        <source>Email to {recipient}: queued again</source>
        <translation>E-Mail an {recipient}: erneut eingereiht</translation>
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
        <source>Offline: the sales parked on this till while the line is down; those parked on the server show again when the line is back</source>
        <translation>Offline: die an dieser Kasse geparkten Verkäufe, solange die Leitung unterbrochen ist; die auf dem Server geparkten erscheinen wieder, wenn die Verbindung zurück ist</translation>
    </message>
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
    <name>PrintQueue</name>
    <message>
        <source>Offline: the receipts of the sales made on this till; the server&apos;s queue shows again when the line is back</source>
        <translation>Offline: die Belege der Verkäufe dieser Kasse; die Warteschlange des Servers erscheint wieder, wenn die Leitung zurück ist</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED ({problem})</source>
        <translation>EVTL. GEDRUCKT ({problem})</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED</source>
        <translation>EVTL. GEDRUCKT</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>{document} (copy)</source>
        <translation>{document} (Kopie)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>noch nicht versucht</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt; on {printer}: {why}</source>
        <translation>&lt;b&gt;{document} evtl. nicht gedruckt&lt;/b&gt; auf {printer}: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;{document} evtl. nicht gedruckt&lt;/b&gt;: {why}</translation>
    </message>
    <message>
        <source>Look at the printer. It came out: &lt;b&gt;Mark printed&lt;/b&gt; (Ctrl+M). It did not, or you cannot tell: &lt;b&gt;Reprint as COPY&lt;/b&gt; (Ctrl+P), marked COPY, the drawer stays shut.</source>
        <translation>Am Drucker nachsehen. Der Beleg ist herausgekommen: &lt;b&gt;Als gedruckt markieren&lt;/b&gt; (Strg+M). Er ist es nicht, oder es ist nicht erkennbar: &lt;b&gt;Als KOPIE nachdrucken&lt;/b&gt; (Strg+P), als KOPIE markiert, die Lade bleibt zu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries on {printer}</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: {count} Versuche auf {printer}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: {count} Versuche</translation>
    </message>
    <message>
        <source>Printer now: busy printing</source>
        <translation>Drucker jetzt: druckt gerade</translation>
    </message>
    <message>
        <source>Printer now: {status}</source>
        <translation>Drucker jetzt: {status}</translation>
    </message>
    <message>
        <source>Printed {numbers}.</source>
        <translation>{numbers} gedruckt.</translation>
    </message>
    <message>
        <source>{number} may not have printed: {why}. Check the printer.</source>
        <translation>{number} evtl. nicht gedruckt: {why}. Drucker prüfen.</translation>
    </message>
    <message>
        <source>{number} still waits: {why}</source>
        <translation>{number} wartet noch: {why}</translation>
    </message>
    <message>
        <source>Printed {numbers}</source>
        <translation>{numbers} gedruckt</translation>
    </message>
    <message>
        <source>Nothing was sent (no printer set up, or another round has it)</source>
        <translation>Nichts gesendet (kein Drucker eingerichtet, oder eine andere Runde ist dran)</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer</source>
        <translation>Belege, die auf den Drucker warten</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Drucker: -</translation>
    </message>
    <message>
        <source>&amp;Retry (Ctrl+R)</source>
        <translation>&amp;Wiederholen (Strg+R)</translation>
    </message>
    <message>
        <source>Send &amp;to another printer... (Ctrl+T)</source>
        <translation>An anderen Drucker &amp;senden … (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Cancel job (Del)</source>
        <translation>Auftrag &amp;abbrechen (Entf)</translation>
    </message>
    <message>
        <source>Reprint as COPY (Ctrl+P)</source>
        <translation>Als KOPIE nachdrucken (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Mark printed (Ctrl+M)</source>
        <translation>Als gedruckt &amp;markieren (Strg+M)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Drucker: nicht eingerichtet</translation>
    </message>
    <message>
        <source>Printer: {error}</source>
        <translation>Drucker: {error}</translation>
    </message>
    <message>
        <source>No receipt is waiting.</source>
        <translation>Kein Beleg wartet.</translation>
    </message>
    <message>
        <source>Sending {document} to {url}...</source>
        <translation>{document} wird an {url} gesendet …</translation>
    </message>
    <message>
        <source>Sending {document} to the printer...</source>
        <translation>{document} wird an den Drucker gesendet …</translation>
    </message>
    <message>
        <source>Copy of {document}</source>
        <translation>Kopie von {document}</translation>
    </message>
    <message>
        <source>Printing a copy of {document}...</source>
        <translation>Kopie von {document} wird gedruckt …</translation>
    </message>
    <message>
        <source>Marking {document} printed...</source>
        <translation>{document} wird als gedruckt markiert …</translation>
    </message>
    <message>
        <source>{document} marked printed</source>
        <translation>{document} als gedruckt markiert</translation>
    </message>
    <message>
        <source>Cancelling {document}...</source>
        <translation>{document} wird abgebrochen …</translation>
    </message>
    <message>
        <source>{document} will not print; it can be printed again any time</source>
        <translation>{document} wird nicht gedruckt; jederzeit erneut druckbar</translation>
    </message>
    <message>
        <source>Send to another printer</source>
        <translation>An anderen Drucker senden</translation>
    </message>
    <message>
        <source>Printer URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, ...):</source>
        <translation>Drucker-URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, …):</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
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
    <name>ProductFileActions</name>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV... (Ctrl+I)</source>
        <translation>CSV importieren … (Strg+I)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>CSV exportieren … (Strg+E)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>{file} wird geprüft …</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>{file} wird importiert …</translation>
    </message>
    <message>
        <source>Imported {file}: {outcome}</source>
        <translation>{file} importiert: {outcome}</translation>
    </message>
    <message>
        <source>{count} products written to {path}</source>
        <translation>{count} Artikel nach {path} geschrieben</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Zeichenkodierung:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Keine Zeile wurde abgelehnt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt; (fix them in the file and import it again)</source>
        <translation>&lt;b&gt;Abgelehnte Zeilen&lt;/b&gt; (in der Datei korrigieren und erneut importieren)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import it?</source>
        <translation>Importieren?</translation>
    </message>
    <message>
        <source>Nothing in it would change the catalogue.</source>
        <translation>Nichts darin würde das Sortiment ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {file}&lt;/b&gt;: {outcome}</source>
        <translation>&lt;b&gt;{file} importiert&lt;/b&gt;: {outcome}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
    <name>Products</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Search name, SKU or barcode</source>
        <translation>Name, Artikelnr. oder Barcode suchen</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>On sale (can be scanned)</source>
        <translation>Im Verkauf (kann gescannt werden)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Neuer Artikel (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;Artikelnr.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>&amp;Barcodes</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>&amp;MwSt. %</translation>
    </message>
    <message>
        <source>Quick-key &amp;presets (named amounts)...</source>
        <translation>Schnelltasten-&amp;Vorlagen (benannte Beträge) …</translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation>Artikel {sku}</translation>
    </message>
    <message>
        <source>{sku} {name} added</source>
        <translation>{sku} {name} hinzugefügt</translation>
    </message>
    <message>
        <source>{sku} {name} saved</source>
        <translation>{sku} {name} gespeichert</translation>
    </message>
    <message>
        <source>{sku} {name} saved (not on sale)</source>
        <translation>{sku} {name} gespeichert (nicht im Verkauf)</translation>
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
    <name>QuickKeyPresets</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Quick-key presets</source>
        <translation>Schnelltasten-Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Favorit: zuerst in seinen Reitern</translation>
    </message>
    <message>
        <source>&amp;Add preset (Enter)</source>
        <translation>Vorlage &amp;hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>&amp;MwSt. %</translation>
    </message>
    <message>
        <source>&amp;Tab (optional)</source>
        <translation>&amp;Reiter (optional)</translation>
    </message>
    <message>
        <source>{name} added to the quick keys</source>
        <translation>{name} zu den Schnelltasten hinzugefügt</translation>
    </message>
    <message>
        <source>{name} removed from the quick keys</source>
        <translation>{name} aus den Schnelltasten entfernt</translation>
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
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Quick keys not loaded: {error}</source>
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
    <name>RefundDialog</name>
    <message>
        <source>Refund {number}</source>
        <translation>{number} erstatten</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>Menge erstatten</translation>
    </message>
    <message>
        <source>Back to stock (untick for damaged goods)</source>
        <translation>Zurück ins Lager (bei beschädigter Ware abwählen)</translation>
    </message>
    <message>
        <source>required, e.g. mug chipped</source>
        <translation>erforderlich, z. B. Tasse angeschlagen</translation>
    </message>
    <message>
        <source>Pay &amp;back by</source>
        <translation>&amp;Zurückzahlen per</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Nothing to refund: every quantity is 0</source>
        <translation>Nichts zu erstatten: jede Menge ist 0</translation>
    </message>
    <message>
        <source>Checking whether the refund was saved - the database stopped answering ({doubt})</source>
        <translation>Es wird geprüft, ob die Erstattung gespeichert wurde – die Datenbank antwortet nicht mehr ({doubt})</translation>
    </message>
    <message>
        <source>The refund is being saved: wait for the answer</source>
        <translation>Die Erstattung wird gespeichert: auf die Antwort warten</translation>
    </message>
</context>
<context>
    <name>RegisterCustomer</name>
    <message>
        <source>Register customer</source>
        <translation>Kunde erfassen</translation>
    </message>
    <message>
        <source>Register &amp;anyway (Alt+A)</source>
        <translation>&amp;Trotzdem erfassen (Alt+T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Register another (Ctrl+N / Enter)</source>
        <translation>Nächsten erfassen (Strg+N / Enter)</translation>
    </message>
    <message>
        <source>Sell to this customer (Ctrl+B)</source>
        <translation>An diesen Kunden verkaufen (Strg+B)</translation>
    </message>
    <message>
        <source>Badge P&amp;DF</source>
        <translation>Namensschild-P&amp;DF</translation>
    </message>
    <message>
        <source>Save bad&amp;ge as...</source>
        <translation>Namensschild speichern &amp;unter …</translation>
    </message>
    <message>
        <source>To save, complete or correct: {fields}</source>
        <translation>Zum Speichern ergänzen oder korrigieren: {fields}</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Bitte die markierten Felder korrigieren</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Checking whether the registration was saved - the database stopped answering ({doubt})</source>
        <translation>Es wird geprüft, ob die Erfassung gespeichert wurde – die Datenbank antwortet nicht mehr ({doubt})</translation>
    </message>
    <message>
        <source>Registered {name}</source>
        <translation>{name} erfasst</translation>
    </message>
    <message>
        <source>No QR image</source>
        <translation>Kein QR-Bild</translation>
    </message>
    <message>
        <source>The customer is saved, but drawing the QR failed: {error}</source>
        <translation>Der Kunde ist gespeichert, aber das Zeichnen des QR-Codes ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{email}&lt;/b&gt; is already registered to &lt;b&gt;{name}&lt;/b&gt; ({code}). Change the email, or register anyway only if this really is another person.</source>
        <translation>&lt;b&gt;{email}&lt;/b&gt; ist bereits für &lt;b&gt;{name}&lt;/b&gt; ({code}) erfasst. Die E-Mail ändern, oder nur dann trotzdem erfassen, wenn es wirklich eine andere Person ist.</translation>
    </message>
    <message>
        <source>{error} - the form is kept: press Ctrl+S to try again</source>
        <translation>{error} – das Formular bleibt erhalten: Strg+S drücken, um es erneut zu versuchen</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sales {first} - {last} · {exhibition} ({currency})</source>
        <translation>Umsatz {first} – {last} · {exhibition} ({currency})</translation>
    </message>
    <message>
        <source>Net sales &lt;b&gt;{gross} {currency}&lt;/b&gt; from {count} invoices · VAT {vat} · discounts given {discounts}</source>
        <translation>Umsatz &lt;b&gt;{gross} {currency}&lt;/b&gt; aus {count} Rechnungen · MwSt. {vat} · gewährte Rabatte {discounts}</translation>
    </message>
    <message>
        <source>not paid {amount}</source>
        <translation>nicht bezahlt {amount}</translation>
    </message>
    <message>
        <source>Issued {issued} ({issued_amount}) − voided {voided} ({voided_amount}) − refunded {refunded} ({refunded_amount}) = {gross}</source>
        <translation>Ausgestellt {issued} ({issued_amount}) − storniert {voided} ({voided_amount}) − erstattet {refunded} ({refunded_amount}) = {gross}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Nach Stunde</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>Nach MwSt.-Satz</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Nach Zahlungsart</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Nach Kassierer</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Show (F5)</source>
        <translation>Anzeigen (F5)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>CSV exportieren … (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Letzte &amp;7 Tage</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Erster Tag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>&amp;PDF öffnen</translation>
    </message>
    <message>
        <source>Save PDF as...</source>
        <translation>PDF speichern unter …</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Umsatz</translation>
    </message>
    <message>
        <source>Co&amp;mmission</source>
        <translation>Pro&amp;vision</translation>
    </message>
    <message>
        <source>Adding up...</source>
        <translation>Wird zusammengezählt …</translation>
    </message>
    <message>
        <source>Export sales report</source>
        <translation>Umsatzbericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
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
        <source>ref {reference}</source>
        <translation>Ref. {reference}</translation>
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
        <source>&amp;Billing</source>
        <translation>&amp;Abrechnung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>suggested for new exhibitions</source>
        <translation>Vorschlag für neue Messen</translation>
    </message>
    <message>
        <source>Default VAT rate (%)</source>
        <translation>Standard-MwSt.-Satz (%)</translation>
    </message>
    <message>
        <source>for new lines</source>
        <translation>für neue Positionen</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Preise inkl. MwSt.</translation>
    </message>
    <message>
        <source>typed prices are gross (on) or net (off)</source>
        <translation>eingegebene Preise sind brutto (an) oder netto (aus)</translation>
    </message>
    <message>
        <source>Sales need an open cash session</source>
        <translation>Verkäufe brauchen eine offene Kassenschicht</translation>
    </message>
    <message>
        <source>the till&apos;s float counted in (Cash drawer) before the first sale</source>
        <translation>der Anfangsbestand der Kasse eingezählt (Kassenlade) vor dem ersten Verkauf</translation>
    </message>
    <message>
        <source>Ask about cash above (x due)</source>
        <translation>Bei Bargeld nachfragen über (x fällig)</translation>
    </message>
    <message>
        <source>cash over this many times what is due needs a yes from the cashier</source>
        <translation>Bargeld über diesem Vielfachen des fälligen Betrags braucht ein Ja des Kassierers</translation>
    </message>
    <message>
        <source>... but never below</source>
        <translation>… aber nie unter</translation>
    </message>
    <message>
        <source>a 100 note for a coffee is normal: no question up to this amount</source>
        <translation>ein 100er-Schein für einen Kaffee ist normal: bis zu diesem Betrag keine Nachfrage</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation>Kassencode</translation>
    </message>
    <message>
        <source>the series in this till&apos;s invoice numbers (EXPO-T1-0001); unique per till</source>
        <translation>die Serie in den Rechnungsnummern dieser Kasse (EXPO-T1-0001); je Kasse eindeutig</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Kassenname</translation>
    </message>
    <message>
        <source>shown at the login</source>
        <translation>bei der Anmeldung angezeigt</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standard-Telefonregion</translation>
    </message>
    <message>
        <source>national numbers are read as this country&apos;s (DE, AT, US...)</source>
        <translation>nationale Nummern gelten als Nummern dieses Landes (DE, AT, US …)</translation>
    </message>
    <message>
        <source>Email required at registration</source>
        <translation>E-Mail bei der Erfassung erforderlich</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>S&amp;hop</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop-Name</translation>
    </message>
    <message>
        <source>on emails and badges; invoices: the seller&apos;s name, else this, else the exhibition&apos;s</source>
        <translation>auf E-Mails und Namensschildern; Rechnungen: der Name des Verkäufers, sonst dieser, sonst der der Messe</translation>
    </message>
    <message>
        <source>Invoice footer</source>
        <translation>Rechnungsfußzeile</translation>
    </message>
    <message>
        <source>bank details, thanks</source>
        <translation>Bankverbindung, Dank</translation>
    </message>
    <message>
        <source>Invoice paper</source>
        <translation>Rechnungspapier</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Se&amp;ller</source>
        <translation>&amp;Verkäufer</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>on every invoice, receipt and invoice email</source>
        <translation>auf jeder Rechnung, jedem Beleg und jeder Rechnungs-E-Mail</translation>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>ISO code or name (DE, Germany)</source>
        <translation>ISO-Code oder Name (DE, Deutschland)</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>EU VAT ID (DE136695976); with the country it decides who may be reverse charged</source>
        <translation>EU-USt-IdNr. (DE136695976); mit dem Land entscheidet sie, bei wem die Steuerschuld umgekehrt werden darf</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>national tax number (Steuernummer)</source>
        <translation>nationale Steuernummer</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Registereintrag</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Berlin HRB 12345</source>
        <translation>z. B. Amtsgericht Berlin HRB 12345</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>S&amp;icherheit</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>0 never locks</source>
        <translation>0 sperrt nie</translation>
    </message>
    <message>
        <source>Failed logins before waits</source>
        <translation>Fehlanmeldungen vor Wartezeit</translation>
    </message>
    <message>
        <source>then each next try of that name waits 1, 2, 4... seconds</source>
        <translation>danach wartet jeder weitere Versuch dieses Namens 1, 2, 4 … Sekunden</translation>
    </message>
    <message>
        <source>Longest wait (seconds)</source>
        <translation>Längste Wartezeit (Sekunden)</translation>
    </message>
    <message>
        <source>the most a wrong-password guesser can hold up a real user</source>
        <translation>so lange kann jemand, der Passwörter rät, einen echten Benutzer höchstens aufhalten</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>light, dark, high contrast, or as the desktop</source>
        <translation>hell, dunkel, hoher Kontrast oder wie der Desktop</translation>
    </message>
    <message>
        <source>Touch mode</source>
        <translation>Touch-Modus</translation>
    </message>
    <message>
        <source>buttons and fields 44 px high, for fingers</source>
        <translation>Schaltflächen und Felder 44 px hoch, für Finger</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>open the visitor&apos;s screen with the app (Ctrl+Shift+V opens or closes it)</source>
        <translation>die Anzeige für Besucher mit der App öffnen (Strg+Umschalt+V öffnet oder schließt sie)</translation>
    </message>
    <message>
        <source>Display on monitor</source>
        <translation>Anzeige auf Bildschirm</translation>
    </message>
    <message>
        <source>0 the first, 1 the second</source>
        <translation>0 der erste, 1 der zweite</translation>
    </message>
    <message>
        <source>Display full screen</source>
        <translation>Anzeige im Vollbild</translation>
    </message>
    <message>
        <source>on its own monitor</source>
        <translation>auf ihrem eigenen Bildschirm</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org; empty: no emails go out</source>
        <translation>z. B. smtp.example.org; leer: es gehen keine E-Mails raus</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL, 25 plain</source>
        <translation>587 für STARTTLS, 465 für SSL, 25 unverschlüsselt</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Keine (nur lokales Relay)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leer: ohne Anmeldung</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>kept in the system keyring where there is one</source>
        <translation>im Schlüsselbund des Systems aufbewahrt, wo es einen gibt</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>From: of every customer email</source>
        <translation>Von: jeder Kunden-E-Mail</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo-Bild</translation>
    </message>
    <message>
        <source>PNG or JPEG file shown on top of emails</source>
        <translation>PNG- oder JPEG-Datei oben in den E-Mails</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Zustellversuche</translation>
    </message>
    <message>
        <source>before a message is failed</source>
        <translation>bevor eine Nachricht als fehlgeschlagen gilt</translation>
    </message>
    <message>
        <source>Sca&amp;nner</source>
        <translation>Sca&amp;nner</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>Dr&amp;ucker</translation>
    </message>
    <message>
        <source>default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>from the configuration file</source>
        <translation>aus der Konfigurationsdatei</translation>
    </message>
    <message>
        <source>PNG printed on top of each receipt; empty: none</source>
        <translation>PNG oben auf jedem Beleg; leer: keins</translation>
    </message>
    <message>
        <source>Now: {source}.</source>
        <translation>Jetzt: {source}.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Read-only: {reason}.</source>
        <translation>Schreibgeschützt: {reason}.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Write the changes to the configuration file (Ctrl+S)</source>
        <translation>Die Änderungen in die Konfigurationsdatei schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>Configuration file: {path}. Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Konfigurationsdatei: {path}. Strg+S speichert; Alt+unterstrichener Buchstabe oder Strg+Tab wechselt den Reiter.</translation>
    </message>
    <message>
        <source>Configuration file: {path} (created at the first save). Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Konfigurationsdatei: {path} (wird beim ersten Speichern angelegt). Strg+S speichert; Alt+unterstrichener Buchstabe oder Strg+Tab wechselt den Reiter.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The SMTP password is in the system keyring.</source>
        <translation>Das SMTP-Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Note: {warning}.</source>
        <translation>Hinweis: {warning}.</translation>
    </message>
    <message>
        <source>Nothing changed; the file was left as it was.</source>
        <translation>Nichts geändert; die Datei blieb, wie sie war.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert in {path}.</translation>
    </message>
    <message>
        <source>Applied now: {settings}.</source>
        <translation>Sofort wirksam: {settings}.</translation>
    </message>
    <message>
        <source>At the next start of the app: {settings}.</source>
        <translation>Beim nächsten Start der App: {settings}.</translation>
    </message>
    <message>
        <source>Nothing was saved. {problems}</source>
        <translation>Nichts wurde gespeichert. {problems}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>optional: the admin&apos;s full name</source>
        <translation>optional: der volle Name des Admins</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>mindestens {count} Zeichen</translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation>z. B. Expo 2026</translation>
    </message>
    <message>
        <source>short code in invoice numbers; empty: suggested</source>
        <translation>Kürzel in den Rechnungsnummern; leer: Vorschlag</translation>
    </message>
    <message>
        <source>Add &amp;demo data (customers, products and a few days of sales)</source>
        <translation>&amp;Demodaten hinzufügen (Kunden, Artikel und Verkäufe einiger Tage)</translation>
    </message>
    <message>
        <source>Now the first admin (there is no default password) and the exhibition you sell for. More users are added later under Users.</source>
        <translation>Jetzt der erste Admin (es gibt kein Standardpasswort) und die Messe, für die Sie verkaufen. Weitere Benutzer kommen später unter Benutzer hinzu.</translation>
    </message>
    <message>
        <source>Admin &amp;user name</source>
        <translation>Admin-Ben&amp;utzername</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Vollständiger &amp;Name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Exhibition</source>
        <translation>&amp;Messe</translation>
    </message>
    <message>
        <source>Exhibition c&amp;ode</source>
        <translation>Messe-&amp;Kürzel</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>Wäh&amp;rung</translation>
    </message>
    <message>
        <source>Setting up the SQLite file &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation>Eingerichtet wird die SQLite-Datei &lt;code&gt;{path}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Setting up the PostgreSQL database &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Eingerichtet wird die PostgreSQL-Datenbank &lt;code&gt;{url}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter sind verschieden</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>LOW</source>
        <translation>NIEDRIG</translation>
    </message>
    <message>
        <source>{sku} {quantity} (missing {missing})</source>
        <translation>{sku} {quantity} (fehlen {missing})</translation>
    </message>
    <message>
        <source>Location (empty: all), e.g. BOOTH</source>
        <translation>Lagerort (leer: alle), z. B. BOOTH</translation>
    </message>
    <message>
        <source>&amp;Low only</source>
        <translation>Nur &amp;niedriger Bestand</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Umlagerungen</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>Neue &amp;Anforderung …</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>A&amp;blehnen …</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Recei&amp;ve...</source>
        <translation>&amp;Empfangen …</translation>
    </message>
    <message>
        <source>Transfer {id} {source} -&gt; {target}: {status}</source>
        <translation>Umlagerung {id} {source} -&gt; {target}: {status}</translation>
    </message>
    <message>
        <source>Select a transfer first</source>
        <translation>Zuerst eine Umlagerung auswählen</translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation>Umlagerung anfordern</translation>
    </message>
    <message>
        <source>From, to and items, e.g.:  WAREHOUSE BOOTH MUG:20 CAP:10</source>
        <translation>Von, nach und Positionen, z. B.:  WAREHOUSE BOOTH MUG:20 CAP:10</translation>
    </message>
    <message>
        <source>Write FROM TO SKU:QTY [SKU:QTY ...]</source>
        <translation>VON NACH ARTIKELNR:MENGE [ARTIKELNR:MENGE …] schreiben</translation>
    </message>
    <message>
        <source>Reject transfer</source>
        <translation>Umlagerung ablehnen</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Umlagerung empfangen</translation>
    </message>
    <message>
        <source>What arrived, if not all that was sent (SKU:QTY ...):</source>
        <translation>Was angekommen ist, falls nicht alles Gesendete (ARTIKELNR:MENGE …):</translation>
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
    <name>TodaysWorkshops</name>
    <message>
        <source>Today&apos;s workshops</source>
        <translation>Workshops heute</translation>
    </message>
    <message>
        <source>No workshops today.</source>
        <translation>Heute keine Workshops.</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (abgesagt)</translation>
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
<context>
    <name>Users</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Ausgewählter Benutzer</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Rolle setzen</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Deaktivieren / aktivieren</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Selected user: {user} (enabled)</source>
        <translation>Ausgewählter Benutzer: {user} (aktiv)</translation>
    </message>
    <message>
        <source>Selected user: {user} (disabled)</source>
        <translation>Ausgewählter Benutzer: {user} (deaktiviert)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>the two passwords differ; type them again</source>
        <translation>die beiden Passwörter sind verschieden; bitte erneut eingeben</translation>
    </message>
    <message>
        <source>{user} added as {role}</source>
        <translation>{user} als {role} hinzugefügt</translation>
    </message>
    <message>
        <source>select a user first</source>
        <translation>zuerst einen Benutzer auswählen</translation>
    </message>
    <message>
        <source>{user} is now {role}</source>
        <translation>{user} ist jetzt {role}</translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation>{user} aktiviert</translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation>{user} deaktiviert</translation>
    </message>
    <message>
        <source>password of {user} reset</source>
        <translation>Passwort von {user} zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>vip</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>&amp;Today only (timetable)</source>
        <translation>Nur &amp;heute (Zeitplan)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>&amp;Add workshop</source>
        <translation>Workshop &amp;anlegen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Price (0: free)</source>
        <translation>Preis (0: kostenlos)</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Selected workshop</source>
        <translation>Ausgewählter Workshop</translation>
    </message>
    <message>
        <source>why (emailed to everyone holding a seat)</source>
        <translation>warum (geht per E-Mail an alle mit einem Platz)</translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation>Workshop a&amp;bsagen</translation>
    </message>
    <message>
        <source>Send ce&amp;rtificates</source>
        <translation>&amp;Zertifikate senden</translation>
    </message>
    <message>
        <source>Open the &amp;door view</source>
        <translation>&amp;Einlass-Ansicht öffnen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>{code} added</source>
        <translation>{code} angelegt</translation>
    </message>
    <message>
        <source>select a workshop in the list first</source>
        <translation>zuerst einen Workshop in der Liste auswählen</translation>
    </message>
    <message>
        <source>say why it is cancelled: the people booked get the reason</source>
        <translation>angeben, warum er abgesagt wird: die Gebuchten erhalten den Grund</translation>
    </message>
    <message>
        <source>{code} cancelled; everyone holding a seat gets an email</source>
        <translation>{code} abgesagt; alle mit einem Platz erhalten eine E-Mail</translation>
    </message>
    <message>
        <source>{count} certificate email(s) queued for {code}</source>
        <translation>{count} Zertifikat-E-Mail(s) für {code} eingereiht</translation>
    </message>
</context>
</TS>
