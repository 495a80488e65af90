<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>{where}: {field}</source>
        <translation>{where}: {field}</translation>
    </message>
    <message>
        <source>could not find a free customer code; try again</source>
        <translation>kon geen vrije klantcode vinden; probeer het opnieuw</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}); register anyway only if this is really another person</source>
        <translation>{email} is al geregistreerd op naam van {name} ({code}); registreer toch alleen als dit echt een andere persoon is</translation>
    </message>
    <message>
        <source>no customer with code {code}</source>
        <translation>geen klant met code {code}</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>kan niet worden bewerkt</translation>
    </message>
    <message>
        <source>customer {code} was changed on another terminal; reload and try again</source>
        <translation>klant {code} is op een andere kassa gewijzigd; laad opnieuw en probeer het nog eens</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>camera {number}</translation>
    </message>
    <message>
        <source>no camera is set (scanner.camera)</source>
        <translation>er is geen camera ingesteld (scanner.camera)</translation>
    </message>
    <message>
        <source>{camera} cannot be opened: not connected, or busy in another program</source>
        <translation>{camera} kan niet worden geopend: niet aangesloten, of bezet door een ander programma</translation>
    </message>
    <message>
        <source>the zbar decoder needs the zbar library (Debian: libzbar0): {error}</source>
        <translation>de zbar-decoder vereist de zbar-bibliotheek (Debian: libzbar0): {error}</translation>
    </message>
    <message>
        <source>unknown decoder {name!r}; use one of {names}</source>
        <translation>onbekende decoder {name!r}; gebruik een van {names}</translation>
    </message>
    <message>
        <source>{program} for PostgreSQL {major} (or newer) is not installed: install postgresql-client-{major} (Debian, Ubuntu) or the server&apos;s client tools</source>
        <translation>{program} voor PostgreSQL {major} (of nieuwer) is niet geïnstalleerd: installeer postgresql-client-{major} (Debian, Ubuntu) of de clienttools van de server</translation>
    </message>
    <message>
        <source>{program} did not finish within {minutes} minutes</source>
        <translation>{program} is niet binnen {minutes} minuten voltooid</translation>
    </message>
    <message>
        <source>{program} could not be started: {why}</source>
        <translation>{program} kon niet worden gestart: {why}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>afsluitstatus {code}</translation>
    </message>
    <message>
        <source>{program} failed: {reason}</source>
        <translation>{program} is mislukt: {reason}</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s: it may have printed</source>
        <translation>{action} niet binnen {seconds:g} s voltooid: mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s</source>
        <translation>{action} niet binnen {seconds:g} s voltooid</translation>
    </message>
    <message>
        <source>status of {printer}</source>
        <translation>statusopvraag bij {printer}</translation>
    </message>
    <message>
        <source>writing to {printer}</source>
        <translation>schrijven naar {printer}</translation>
    </message>
    <message>
        <source>sending to {printer}</source>
        <translation>verzenden naar {printer}</translation>
    </message>
    <message>
        <source>{problem}, after the receipt was sent: it may have printed</source>
        <translation>{problem}, nadat de bon was verzonden: mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then stopped answering (no status within {seconds:g} s): it may have printed</source>
        <translation>{printer} heeft de bon aangenomen en antwoordde daarna niet meer (geen status binnen {seconds:g} s): mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>{problem} after taking the receipt: it may have printed</source>
        <translation>{problem} na het aannemen van de bon: mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>{printer} did not answer within {seconds:g} s</source>
        <translation>{printer} heeft niet binnen {seconds:g} s geantwoord</translation>
    </message>
    <message>
        <source>{printer} is offline ({why})</source>
        <translation>{printer} is offline ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection ({why})</source>
        <translation>{printer} heeft de verbinding gesloten ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection</source>
        <translation>{printer} heeft de verbinding gesloten</translation>
    </message>
    <message>
        <source>{printer} stopped taking the receipt part way: it may have printed</source>
        <translation>{printer} stopte halverwege met het aannemen van de bon: mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>{printer} dropped the connection ({why}): it may have printed</source>
        <translation>{printer} heeft de verbinding verbroken ({why}): mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>{printer} took the receipt but neither answered a status query nor closed the connection within {seconds:g} s: it may have printed</source>
        <translation>{printer} heeft de bon aangenomen, maar binnen {seconds:g} s geen statusopvraag beantwoord en de verbinding niet gesloten: mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then reset ({why}): it may have printed</source>
        <translation>{printer} heeft de bon aangenomen en is daarna gereset ({why}): mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>{folder} does not exist</source>
        <translation>{folder} bestaat niet</translation>
    </message>
    <message>
        <source>cannot write to {target} ({why})</source>
        <translation>kan niet naar {target} schrijven ({why})</translation>
    </message>
    <message>
        <source>writing to {target} failed part way ({why}): it may have printed</source>
        <translation>schrijven naar {target} halverwege mislukt ({why}): mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>cups:// printers need pycups (Debian: apt-get install python3-cups, or pip install pycups)</source>
        <translation>cups://-printers vereisen pycups (Debian: apt-get install python3-cups, of pip install pycups)</translation>
    </message>
    <message>
        <source>win32:// printers work on Windows only (pywin32)</source>
        <translation>win32://-printers werken alleen op Windows (pywin32)</translation>
    </message>
    <message>
        <source>{scheme}:// needs {module}</source>
        <translation>{scheme}:// vereist {module}</translation>
    </message>
    <message>
        <source>no driver for {scheme}://</source>
        <translation>geen stuurprogramma voor {scheme}://</translation>
    </message>
    <message>
        <source>{printer} not found ({why})</source>
        <translation>{printer} niet gevonden ({why})</translation>
    </message>
    <message>
        <source>{printer} cannot be opened ({why})</source>
        <translation>{printer} kan niet worden geopend ({why})</translation>
    </message>
    <message>
        <source>{printer} failed ({why}): it may have printed</source>
        <translation>{printer} gaf een fout ({why}): mogelijk toch afgedrukt</translation>
    </message>
    <message>
        <source>{printer} failed ({why})</source>
        <translation>{printer} gaf een fout ({why})</translation>
    </message>
    <message>
        <source>autocutter</source>
        <translation>papiersnijder</translation>
    </message>
    <message>
        <source>unrecoverable, switch it off and on</source>
        <translation>onherstelbaar, zet hem uit en weer aan</translation>
    </message>
    <message>
        <source>recovers by itself, e.g. print head too hot</source>
        <translation>herstelt vanzelf, bijv. printkop te heet</translation>
    </message>
    <message>
        <source>unplugged, or the stream ended</source>
        <translation>losgekoppeld, of de gegevensstroom is gestopt</translation>
    </message>
    <message>
        <source>{problem}; trying again in {seconds:g} s</source>
        <translation>{problem}; nieuwe poging over {seconds:g} s</translation>
    </message>
    <message>
        <source>{device}: reading</source>
        <translation>{device}: leest</translation>
    </message>
    <message>
        <source>{device} lost ({reason})</source>
        <translation>{device} verbroken ({reason})</translation>
    </message>
    <message>
        <source>serial port {port} cannot be opened ({error})</source>
        <translation>seriële poort {port} kan niet worden geopend ({error})</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>serieel {port}</translation>
    </message>
    <message>
        <source>the mail server refused the address {address} ({code} {reply})</source>
        <translation>de mailserver heeft het adres {address} geweigerd ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server refused the sender {address} ({code} {reply}): check smtp.sender</source>
        <translation>de mailserver heeft de afzender {address} geweigerd ({code} {reply}): controleer smtp.sender</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection while sending</source>
        <translation>de mailserver {server} heeft de verbinding gesloten tijdens het verzenden</translation>
    </message>
    <message>
        <source>the mail server did not accept the message ({code} {reply})</source>
        <translation>de mailserver heeft het bericht niet geaccepteerd ({code} {reply})</translation>
    </message>
    <message>
        <source>the connection to the mail server {server} broke ({error})</source>
        <translation>de verbinding met de mailserver {server} is verbroken ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} stopped answering while sending (no reply within {seconds:g} s)</source>
        <translation>de mailserver {server} antwoordde niet meer tijdens het verzenden (geen antwoord binnen {seconds:g} s)</translation>
    </message>
    <message>
        <source>no mail server is set up (smtp.host)</source>
        <translation>er is geen mailserver ingesteld (smtp.host)</translation>
    </message>
    <message>
        <source>no sender address is set up (smtp.sender)</source>
        <translation>er is geen afzenderadres ingesteld (smtp.sender)</translation>
    </message>
    <message>
        <source>the mail server {server} refused the login for {user} ({code} {reply}): check smtp.user and smtp.password</source>
        <translation>de mailserver {server} heeft de aanmelding van {user} geweigerd ({code} {reply}): controleer smtp.user en smtp.password</translation>
    </message>
    <message>
        <source>the mail server {server} does not support {feature}: check smtp.security (none, starttls or ssl) and smtp.port</source>
        <translation>de mailserver {server} ondersteunt {feature} niet: controleer smtp.security (none, starttls of ssl) en smtp.port</translation>
    </message>
    <message>
        <source>the secure connection to {server} failed ({error}): check smtp.security (ssl is usually port 465, starttls 587) and smtp.port</source>
        <translation>de beveiligde verbinding met {server} is mislukt ({error}): controleer smtp.security (ssl is meestal poort 465, starttls 587) en smtp.port</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection ({error})</source>
        <translation>de mailserver {server} heeft de verbinding gesloten ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} refused the connection ({code} {reply})</source>
        <translation>de mailserver {server} heeft de verbinding geweigerd ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server name {host} cannot be found ({why})</source>
        <translation>de naam van de mailserver {host} is niet gevonden ({why})</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds:g} s</source>
        <translation>de mailserver {server} heeft niet binnen {seconds:g} s geantwoord</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable (connection refused)</source>
        <translation>de mailserver {server} is niet bereikbaar (verbinding geweigerd)</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable ({error})</source>
        <translation>de mailserver {server} is niet bereikbaar ({error})</translation>
    </message>
    <message>
        <source>no keyring on this computer: the SMTP password is kept in the config file, readable by anyone who can read that file</source>
        <translation>geen sleutelbos op deze computer: het SMTP-wachtwoord staat in het configuratiebestand, leesbaar voor iedereen die dat bestand kan lezen</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>kan niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>has no header row (it is empty)</source>
        <translation>heeft geen koprij (het is leeg)</translation>
    </message>
    <message>
        <source>has no header row (the first sheet is empty)</source>
        <translation>heeft geen koprij (het eerste werkblad is leeg)</translation>
    </message>
    <message>
        <source>is not a readable XLSX workbook ({kind}: {error})</source>
        <translation>is geen leesbare XLSX-werkmap ({kind}: {error})</translation>
    </message>
    <message>
        <source>unreadable row: {error}</source>
        <translation>onleesbare rij: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be written: {why}</source>
        <translation>{path} kan niet worden geschreven: {why}</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codering</translation>
    </message>
    <message>
        <source>{name!r} is not a text encoding (e.g. cp932, gb18030, cp1252, utf-16)</source>
        <translation>{name!r} is geen tekstcodering (bijv. cp932, gb18030, cp1252, utf-16)</translation>
    </message>
    <message>
        <source>mixed encodings: {utf8} rows in UTF-8 and {other} in {encoding}; each row is read in its own, and the report names the rows to check</source>
        <translation>gemengde coderingen: {utf8} rijen in UTF-8 en {other} in {encoding}; elke rij wordt in haar eigen codering gelezen en het rapport noemt de rijen die gecontroleerd moeten worden</translation>
    </message>
    <message>
        <source>the encoding is a guess ({encoding}; it could also be {others}): check the names in the rows the report lists, or name the file&apos;s encoding</source>
        <translation>de codering is een gok ({encoding}; het kan ook {others} zijn): controleer de namen in de rijen die het rapport noemt, of geef de codering van het bestand op</translation>
    </message>
    <message>
        <source>an encoding this app does not recognise</source>
        <translation>een codering die deze app niet herkent</translation>
    </message>
    <message>
        <source>read as {encoding}, while most rows are UTF-8: check its accents and names</source>
        <translation>gelezen als {encoding}, terwijl de meeste rijen UTF-8 zijn: controleer de accenten en namen</translation>
    </message>
    <message>
        <source>read as UTF-8, while most rows are {encoding}: check its accents and names</source>
        <translation>gelezen als UTF-8, terwijl de meeste rijen {encoding} zijn: controleer de accenten en namen</translation>
    </message>
    <message>
        <source>read as {encoding}, a guess: check its names (or name the file&apos;s encoding)</source>
        <translation>gelezen als {encoding}, een gok: controleer de namen (of geef de codering van het bestand op)</translation>
    </message>
    <message>
        <source>characters {encoding} does not have were replaced by �</source>
        <translation>tekens die {encoding} niet kent, zijn vervangen door �</translation>
    </message>
    <message>
        <source>logins now wait a little longer after each failure instead of locking the account (security.max_login_delay_seconds)</source>
        <translation>na elke mislukte inlogpoging volgt nu een iets langere wachttijd in plaats van een vergrendeling van het account (security.max_login_delay_seconds)</translation>
    </message>
    <message>
        <source>holds a control character ({character})</source>
        <translation>bevat een stuurteken ({character})</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true of false verwacht</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>geheel getal verwacht</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>getal verwacht</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>tekst verwacht</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not valid ({why})</source>
        <translation>{where}: {value!r} is ongeldig ({why})</translation>
    </message>
    <message>
        <source>{key} (from {source}) is not a setting</source>
        <translation>{key} (uit {source}) is geen instelling</translation>
    </message>
    <message>
        <source>{key} (from {source})</source>
        <translation>{key} (uit {source})</translation>
    </message>
    <message>
        <source>{key} (from {source}): {value!r} {reason}</source>
        <translation>{key} (uit {source}): {value!r} {reason}</translation>
    </message>
    <message>
        <source>{path}: not valid TOML ({error})</source>
        <translation>{path}: geen geldige TOML ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}: kan niet worden gelezen ({why})</translation>
    </message>
    <message>
        <source>configuration file {path} does not exist</source>
        <translation>configuratiebestand {path} bestaat niet</translation>
    </message>
    <message>
        <source>{path}: unknown section [{section}]</source>
        <translation>{path}: onbekende sectie [{section}]</translation>
    </message>
    <message>
        <source>{path}: {section} must be a [{section}] section</source>
        <translation>{path}: {section} moet een sectie [{section}] zijn</translation>
    </message>
    <message>
        <source>{path}: unknown key {name!r} in [{section}]</source>
        <translation>{path}: onbekende sleutel {name!r} in [{section}]</translation>
    </message>
    <message>
        <source>{path} holds {keys} and other users may read it: chmod 600 {path} (saving from the Settings screen does)</source>
        <translation>{path} bevat {keys} en andere gebruikers kunnen het lezen: chmod 600 {path} (opslaan vanuit het scherm Instellingen doet dat)</translation>
    </message>
    <message>
        <source>{variable} is not a setting; ignored</source>
        <translation>{variable} is geen instelling; genegeerd</translation>
    </message>
    <message>
        <source>{key} ({where}) is no longer used and is ignored: {why}</source>
        <translation>{key} ({where}) wordt niet meer gebruikt en genegeerd: {why}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>moet een van {choices} zijn</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>moet minstens {minimum} zijn</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>mag niet negatief zijn</translation>
    </message>
    <message>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>is 8 to 64 letters, digits or _ . : - (as printed by the first attempt)</source>
        <translation>bestaat uit 8 tot 64 letters, cijfers of _ . : - (zoals afgedrukt bij de eerste poging)</translation>
    </message>
    <message>
        <source>line {number}: {price} is more than the product&apos;s price of {list_price}: a manager must approve a higher price</source>
        <translation>regel {number}: {price} is meer dan de productprijs van {list_price}: een hogere prijs moet door een manager worden goedgekeurd</translation>
    </message>
    <message>
        <source>line {number}: sold at {price} instead of {list_price}, a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>regel {number}: verkocht voor {price} in plaats van {list_price}, een korting van {percent}% is meer dan de {limit}% die een kassamedewerker mag geven: een manager moet goedkeuren</translation>
    </message>
    <message>
        <source>line {number}: a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>regel {number}: een korting van {percent}% is meer dan de {limit}% die een kassamedewerker mag geven: een manager moet goedkeuren</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>korting</translation>
    </message>
    <message>
        <source>is more than the sale ({base})</source>
        <translation>is meer dan de verkoop ({base})</translation>
    </message>
    <message>
        <source>is empty; scan the QR code or type the 8 characters</source>
        <translation>is leeg; scan de QR-code of typ de 8 tekens</translation>
    </message>
    <message>
        <source>{characters} never appear in customer codes; check the code</source>
        <translation>{characters} komen nooit voor in klantcodes; controleer de code</translation>
    </message>
    <message>
        <source>has {count} characters, a customer code has {length}</source>
        <translation>heeft {count} tekens, een klantcode heeft er {length}</translation>
    </message>
    <message>
        <source>{code} is not a valid code: a character is mistyped or two are swapped</source>
        <translation>{code} is geen geldige code: een teken is verkeerd getypt of er zijn er twee verwisseld</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>is langer dan {limit} tekens</translation>
    </message>
    <message>
        <source>{address!r} is not a valid address: {reason}</source>
        <translation>{address!r} is geen geldig adres: {reason}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number for {region}; include +country code</source>
        <translation>{number!r} is geen geldig telefoonnummer voor {region}; vermeld +landcode</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number; include +country code</source>
        <translation>{number!r} is geen geldig telefoonnummer; vermeld +landcode</translation>
    </message>
    <message>
        <source>default phone region</source>
        <translation>standaard telefoonregio</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>{country!r} is not a country we know; use its name or ISO code (e.g. DE)</source>
        <translation>{country!r} is geen bekend land; gebruik de naam of de ISO-code (bijv. DE)</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} is niet een van {allowed}</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>klanttype</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>are longer than {limit} characters</source>
        <translation>zijn langer dan {limit} tekens</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>{postcode!r} is not a postcode</source>
        <translation>{postcode!r} is geen postcode</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>is required (the customer code is sent there)</source>
        <translation>is verplicht (de klantcode wordt hiernaartoe gestuurd)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>is the DATEV consultant number (Beraternummer, 1001-9999999): ask the accountant</source>
        <translation>is het DATEV-adviseursnummer (Beraternummer, 1001-9999999): vraag het de boekhouder</translation>
    </message>
    <message>
        <source>is the DATEV client number (Mandantennummer, 1-99999): ask the accountant</source>
        <translation>is het DATEV-cliëntnummer (Mandantennummer, 1-99999): vraag het de boekhouder</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>starts before the fiscal year</source>
        <translation>begint vóór het boekjaar</translation>
    </message>
    <message>
        <source>crosses into the fiscal year starting {start}: a DATEV batch holds one fiscal year, export each apart</source>
        <translation>loopt door in het boekjaar dat begint op {start}: een DATEV-batch bevat één boekjaar, exporteer elk boekjaar apart</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>{language!r} is not a language of the documents; use one of {allowed}</source>
        <translation>{language!r} is geen taal van de documenten; gebruik een van {allowed}</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>koppeling</translation>
    </message>
    <message>
        <source>no column is mapped to the name</source>
        <translation>er is geen kolom aan de naam gekoppeld</translation>
    </message>
    <message>
        <source>mapping of {header!r}</source>
        <translation>koppeling van {header!r}</translation>
    </message>
    <message>
        <source>name missing</source>
        <translation>naam ontbreekt</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>id too long</source>
        <translation>te lange ID</translation>
    </message>
    <message>
        <source>over {limit}: not used to match</source>
        <translation>langer dan {limit}: niet gebruikt voor herkenning</translation>
    </message>
    <message>
        <source>invalid email kept</source>
        <translation>ongeldig e-mailadres bewaard</translation>
    </message>
    <message>
        <source>invalid email</source>
        <translation>ongeldig e-mailadres</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>onbekend land</translation>
    </message>
    <message>
        <source>{value!r} kept as written</source>
        <translation>{value!r} bewaard zoals geschreven</translation>
    </message>
    <message>
        <source>phone not a number</source>
        <translation>telefoon geen geldig nummer</translation>
    </message>
    <message>
        <source>postcode not valid</source>
        <translation>postcode ongeldig</translation>
    </message>
    <message>
        <source>VAT ID not valid</source>
        <translation>Btw-nummer ongeldig</translation>
    </message>
    <message>
        <source>{problem}; kept as written</source>
        <translation>{problem}; bewaard zoals geschreven</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>onbekende taal</translation>
    </message>
    <message>
        <source>{value!r} kept; from the country</source>
        <translation>{value!r} bewaard; volgens het land</translation>
    </message>
    <message>
        <source>website not an address</source>
        <translation>website geen geldig adres</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>onbekend type</translation>
    </message>
    <message>
        <source>{value!r} kept; new customers: other</source>
        <translation>{value!r} bewaard; nieuwe klanten: overig</translation>
    </message>
    <message>
        <source>unknown lead status</source>
        <translation>onbekende leadstatus</translation>
    </message>
    <message>
        <source>characters removed</source>
        <translation>tekens verwijderd</translation>
    </message>
    <message>
        <source>markup characters removed</source>
        <translation>opmaaktekens verwijderd</translation>
    </message>
    <message>
        <source>text cut</source>
        <translation>tekst ingekort</translation>
    </message>
    <message>
        <source>cut to {limit} characters</source>
        <translation>ingekort tot {limit} tekens</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <source>must be below 100 (it is a percentage)</source>
        <translation>moet onder 100 liggen (het is een percentage)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>stukprijs</translation>
    </message>
    <message>
        <source>must be from 0 up to below 100</source>
        <translation>moet van 0 tot onder 100 liggen</translation>
    </message>
    <message>
        <source>must be above 0 and at most {most}</source>
        <translation>moet groter zijn dan 0 en hooguit {most}</translation>
    </message>
    <message>
        <source>has more than 3 decimals</source>
        <translation>heeft meer dan 3 decimalen</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>moet groter zijn dan 0</translation>
    </message>
    <message>
        <source>is larger than the maximum {most}</source>
        <translation>is groter dan het maximum {most}</translation>
    </message>
    <message>
        <source>has more decimals than {currency} allows</source>
        <translation>heeft meer decimalen dan {currency} toestaat</translation>
    </message>
    <message>
        <source>x unit price is more than the maximum {most}</source>
        <translation>x stukprijs is meer dan het maximum {most}</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100</source>
        <translation>een percentage moet tussen 0 en 100 liggen</translation>
    </message>
    <message>
        <source>is more than the line&apos;s {subtotal}</source>
        <translation>is meer dan het regelbedrag van {subtotal}</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>regels</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>een factuur heeft minstens één regel nodig</translation>
    </message>
    <message>
        <source>an invoice holds at most {most} lines</source>
        <translation>een factuur bevat hooguit {most} regels</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>regel {number}</translation>
    </message>
    <message>
        <source>the total is more than the maximum {most}</source>
        <translation>het totaal is meer dan het maximum {most}</translation>
    </message>
    <message>
        <source>payment {number}</source>
        <translation>betaling {number}</translation>
    </message>
    <message>
        <source>{payment}: amount</source>
        <translation>{payment}: bedrag</translation>
    </message>
    <message>
        <source>nothing is left to pay</source>
        <translation>er is niets meer te betalen</translation>
    </message>
    <message>
        <source>{payment}: cash received</source>
        <translation>{payment}: contant ontvangen</translation>
    </message>
    <message>
        <source>{method} payment of {amount} is more than the {due} due</source>
        <translation>betaling ({method}) van {amount} is meer dan de te betalen {due}</translation>
    </message>
    <message>
        <source>{amount} {currency} is far more than the {due} due (more than {most}): check the amount, or confirm it if the customer really handed that over</source>
        <translation>{amount} {currency} is veel meer dan de te betalen {due} (meer dan {most}): controleer het bedrag, of bevestig het als de klant echt zoveel heeft gegeven</translation>
    </message>
    <message>
        <source>has no account for VAT rate {rate}%: add one, e.g. &quot;19:8400, 7:8300&quot;</source>
        <translation>heeft geen rekening voor btw-tarief {rate}%: voeg er een toe, bijv. &quot;19:8400, 7:8300&quot;</translation>
    </message>
    <message>
        <source>has no account for {method} payments: add one, e.g. &quot;{method}:1000&quot;</source>
        <translation>heeft geen rekening voor betalingen via {method}: voeg er een toe, bijv. &quot;{method}:1000&quot;</translation>
    </message>
    <message>
        <source>account {account} has {digits} digits; accounting.account_length is {length}</source>
        <translation>rekening {account} heeft {digits} cijfers; accounting.account_length is {length}</translation>
    </message>
    <message>
        <source>{account!r} is not an account number ({least}-8 digits)</source>
        <translation>{account!r} is geen rekeningnummer ({least}-8 cijfers)</translation>
    </message>
    <message>
        <source>{item!r} is not KEY:ACCOUNT</source>
        <translation>{item!r} is niet SLEUTEL:REKENING</translation>
    </message>
    <message>
        <source>{text!r} is not a month and day such as 01-01</source>
        <translation>{text!r} is geen maand en dag zoals 01-01</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>{currency!r} is not an ISO 4217 currency code (e.g. EUR)</source>
        <translation>{currency!r} is geen ISO 4217-valutacode (bijv. EUR)</translation>
    </message>
    <message>
        <source>must not be negative (got {number})</source>
        <translation>mag niet negatief zijn (ontvangen: {number})</translation>
    </message>
    <message>
        <source>use a dot for decimals: {suggestion} instead of {number}</source>
        <translation>gebruik een punt voor decimalen: {suggestion} in plaats van {number}</translation>
    </message>
    <message>
        <source>{number!r} is not a number written like 12.50</source>
        <translation>{number!r} is geen getal geschreven als 12.50</translation>
    </message>
    <message>
        <source>{number!r} is not a number</source>
        <translation>{number!r} is geen getal</translation>
    </message>
    <message>
        <source>{number} is larger than the maximum {most:f}</source>
        <translation>{number} is groter dan het maximum {most:f}</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>geen decimalen</translation>
    </message>
    <message>
        <source>at most {count} decimals</source>
        <translation>hooguit {count} decimalen</translation>
    </message>
    <message>
        <source>{number} has too many decimals ({allowed})</source>
        <translation>{number} heeft te veel decimalen ({allowed})</translation>
    </message>
    <message>
        <source>use 1 to {most} letters A-Z and digits (got {code!r})</source>
        <translation>gebruik 1 tot {most} letters A-Z en cijfers (ontvangen: {code!r})</translation>
    </message>
    <message>
        <source>exhibition code</source>
        <translation>beurscode</translation>
    </message>
    <message>
        <source>terminal code</source>
        <translation>kassacode</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>factuurnummer</translation>
    </message>
    <message>
        <source>{number!r} does not look like EXPO24-T1-000123</source>
        <translation>{number!r} lijkt niet op EXPO24-T1-000123</translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>needs at least {least} characters</source>
        <translation>heeft minstens {least} tekens nodig</translation>
    </message>
    <message>
        <source>must not be the user name</source>
        <translation>mag niet gelijk zijn aan de gebruikersnaam</translation>
    </message>
    <message>
        <source>is too easy to guess (too few different characters)</source>
        <translation>is te makkelijk te raden (te weinig verschillende tekens)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <source>{name!r}: use 2 to 40 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{name!r}: gebruik 2 tot 40 letters a-z, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;</translation>
    </message>
    <message>
        <source>{region!r} is not a region code such as DE or US</source>
        <translation>{region!r} is geen regiocode zoals DE of US</translation>
    </message>
    <message>
        <source>unreachable: {detail}</source>
        <translation>onbereikbaar: {detail}</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>connected (the printer does not report its status)</source>
        <translation>verbonden (de printer meldt zijn status niet)</translation>
    </message>
    <message>
        <source>error ({error})</source>
        <translation>fout ({error})</translation>
    </message>
    <message>
        <source>ready, paper near end</source>
        <translation>gereed, papier bijna op</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>papier op</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>klep open</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>{name} is out of paper</source>
        <translation>{name} heeft geen papier meer</translation>
    </message>
    <message>
        <source>{name} has its cover open</source>
        <translation>{name}: de klep staat open</translation>
    </message>
    <message>
        <source>{name} reports an error ({error})</source>
        <translation>{name} meldt een fout ({error})</translation>
    </message>
    <message>
        <source>{name} reports an error</source>
        <translation>{name} meldt een fout</translation>
    </message>
    <message>
        <source>{name} is offline</source>
        <translation>{name} is offline</translation>
    </message>
    <message>
        <source>{problem} (examples: {examples})</source>
        <translation>{problem} (voorbeelden: {examples})</translation>
    </message>
    <message>
        <source>no printer set up (printer.url is empty)</source>
        <translation>geen printer ingesteld (printer.url is leeg)</translation>
    </message>
    <message>
        <source>{url!r} has no scheme</source>
        <translation>{url!r} heeft geen schema</translation>
    </message>
    <message>
        <source>tcp:// needs a host, e.g. tcp://192.168.1.50:9100</source>
        <translation>tcp:// vereist een host, bijv. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>{url!r}: the port must be a number from 1 to 65535</source>
        <translation>{url!r}: de poort moet een getal van 1 tot 65535 zijn</translation>
    </message>
    <message>
        <source>file:// needs an absolute path, e.g. file:///dev/usb/lp0</source>
        <translation>file:// vereist een absoluut pad, bijv. file:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>usb:// needs VENDOR:PRODUCT in hexadecimal, got {url!r}</source>
        <translation>usb:// vereist VENDOR:PRODUCT in hexadecimaal; ontvangen: {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are hexadecimal like 04b8:0202, got {url!r}</source>
        <translation>usb://-ID&apos;s zijn hexadecimaal, zoals 04b8:0202; ontvangen: {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are four hexadecimal digits each</source>
        <translation>usb://-ID&apos;s bestaan elk uit vier hexadecimale cijfers</translation>
    </message>
    <message>
        <source>serial:// needs a device, e.g. serial:///dev/ttyUSB0?baud=9600</source>
        <translation>serial:// vereist een apparaat, bijv. serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
        <source>baud={baud} is not a serial speed ({rates})</source>
        <translation>baud={baud} is geen seriële snelheid ({rates})</translation>
    </message>
    <message>
        <source>{scheme}:// needs the printer&apos;s name, e.g. {scheme}://Receipts</source>
        <translation>{scheme}:// vereist de naam van de printer, bijv. {scheme}://Receipts</translation>
    </message>
    <message>
        <source>unknown printer type {scheme!r}</source>
        <translation>onbekend printertype {scheme!r}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>use 1 to {most} characters without spaces</source>
        <translation>gebruik 1 tot {most} tekens zonder spaties</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>streepjescode</translation>
    </message>
    <message>
        <source>{code!r}: use up to {most} letters and digits</source>
        <translation>{code!r}: gebruik hooguit {most} letters en cijfers</translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this: needs {permission}</source>
        <translation>{user} ({role}) mag dit niet doen: vereist {permission}</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>geweigerd: {reason}</translation>
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
        <translation>{what}, of een {kind}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factuur</translation>
    </message>
    <message>
        <source>not a valid customer code: {problem}</source>
        <translation>geen geldige klantcode: {problem}</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>er is niets gescand</translation>
    </message>
    <message>
        <source>{count} characters is longer than any code we use</source>
        <translation>{count} tekens is langer dan elke code die we gebruiken</translation>
    </message>
    <message>
        <source>the scan holds control characters: check the scanner&apos;s settings</source>
        <translation>de scan bevat stuurtekens: controleer de instellingen van de scanner</translation>
    </message>
    <message>
        <source>{text!r} has characters no barcode or customer code uses (is the scanner&apos;s keyboard language the computer&apos;s?)</source>
        <translation>{text!r} bevat tekens die geen streepjescode of klantcode gebruikt (heeft de scanner dezelfde toetsenbordtaal als de computer?)</translation>
    </message>
    <message>
        <source>{text!r} has spaces: not a code, barcode, SKU or invoice number</source>
        <translation>{text!r} bevat spaties: geen code, streepjescode, artikelnummer of factuurnummer</translation>
    </message>
    <message>
        <source>{count} characters is longer than any SKU ({most})</source>
        <translation>{count} tekens is langer dan elk artikelnummer ({most})</translation>
    </message>
    <message>
        <source>{digits} is not a valid {symbology}: the check digit is wrong (misread?)</source>
        <translation>{digits} is geen geldige {symbology}: het controlecijfer klopt niet (verkeerd gelezen?)</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>holds a control character ({character}); remove it</source>
        <translation>bevat een stuurteken ({character}); verwijder het</translation>
    </message>
    <message>
        <source>must not contain these characters: {characters}</source>
        <translation>mag deze tekens niet bevatten: {characters}</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format (too long)</source>
        <translation>{vat_id!r}: ongeldige opmaak (te lang)</translation>
    </message>
    <message>
        <source>{vat_id!r}: start it with its country code (e.g. DE136695976)</source>
        <translation>{vat_id!r}: begin met de landcode (bijv. DE136695976)</translation>
    </message>
    <message>
        <source>{vat_id!r}: unknown country {prefix!r}; an EU VAT ID starts with its country code (DE, FR, IT...)</source>
        <translation>{vat_id!r}: onbekend land {prefix!r}; een EU-btw-nummer begint met de landcode (DE, FR, IT…)</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid check digit</source>
        <translation>{vat_id!r}: ongeldig controlecijfer</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format</source>
        <translation>{vat_id!r}: ongeldige opmaak</translation>
    </message>
    <message>
        <source>the seller&apos;s country is not set (Settings &gt; Seller: country or VAT ID)</source>
        <translation>het land van de verkoper is niet ingesteld (Instellingen &gt; Verkoper: land of btw-nummer)</translation>
    </message>
    <message>
        <source>the customer has no VAT ID</source>
        <translation>de klant heeft geen btw-nummer</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID is not valid ({problem})</source>
        <translation>het btw-nummer van de klant is ongeldig ({problem})</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is not of an EU member state</source>
        <translation>het btw-nummer {vat_id} van de klant is niet van een EU-lidstaat</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is of the seller&apos;s own country</source>
        <translation>het btw-nummer {vat_id} van de klant is van het land van de verkoper zelf</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>1 to {most} characters without spaces</source>
        <translation>1 tot {most} tekens zonder spaties</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>1 tot {most} tekens</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>begint</translation>
    </message>
    <message>
        <source>needs a time zone (e.g. 2026-05-04T14:00+02:00)</source>
        <translation>heeft een tijdzone nodig (bijv. 2026-05-04T14:00+02:00)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>from 1 to {most}</source>
        <translation>van 1 tot {most}</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capaciteit</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prijs</translation>
    </message>
    <message>
        <source>booking deadline</source>
        <translation>boekingsdeadline</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>heeft een tijdzone nodig</translation>
    </message>
    <message>
        <source>workshop seats are whole numbers (1, 2, ...)</source>
        <translation>workshopplaatsen zijn hele getallen (1, 2, …)</translation>
    </message>
    <message>
        <source>key {key} belongs to another action ({action}); use a new key</source>
        <translation>sleutel {key} hoort bij een andere actie ({action}); gebruik een nieuwe sleutel</translation>
    </message>
    <message>
        <source>approval refused: {why}</source>
        <translation>goedkeuring geweigerd: {why}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not approve this</source>
        <translation>{name} ({role}) mag dit niet goedkeuren</translation>
    </message>
    <message>
        <source>approval refused: no manager can approve here</source>
        <translation>goedkeuring geweigerd: hier kan geen manager goedkeuren</translation>
    </message>
    <message>
        <source>the refunds of {number}</source>
        <translation>de terugbetalingen van {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s refunds in this cash session</source>
        <translation>de terugbetalingen van {name} in deze kassasessie</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount})</source>
        <translation>een terugbetaling boven {limit} vereist goedkeuring van een manager ({amount})</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount} brings {what} to {total})</source>
        <translation>een terugbetaling boven {limit} vereist goedkeuring van een manager ({amount} brengt {what} op {total})</translation>
    </message>
    <message>
        <source>the backup file&apos;s header is damaged</source>
        <translation>de header van het back-upbestand is beschadigd</translation>
    </message>
    <message>
        <source>this is not a Booth POS backup file</source>
        <translation>dit is geen back-upbestand van Booth POS</translation>
    </message>
    <message>
        <source>this backup was written by a newer version (format {version}): update this app</source>
        <translation>deze back-up is geschreven door een nieuwere versie (formaat {version}): werk deze app bij</translation>
    </message>
    <message>
        <source>the backup file is incomplete: it was cut short (an interrupted copy?)</source>
        <translation>het back-upbestand is onvolledig: het is afgekapt (een onderbroken kopie?)</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: its checksum does not match</source>
        <translation>het back-upbestand is na het schrijven gewijzigd of beschadigd: de controlesom klopt niet</translation>
    </message>
    <message>
        <source>the backup file&apos;s header names an encryption this app does not use</source>
        <translation>de header van het back-upbestand noemt een versleuteling die deze app niet gebruikt</translation>
    </message>
    <message>
        <source>this backup is encrypted: give its passphrase</source>
        <translation>deze back-up is versleuteld: geef de wachtwoordzin op</translation>
    </message>
    <message>
        <source>wrong passphrase: this backup cannot be opened with it</source>
        <translation>verkeerde wachtwoordzin: deze back-up kan er niet mee worden geopend</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: it does not authenticate</source>
        <translation>het back-upbestand is na het schrijven gewijzigd of beschadigd: de authenticatie mislukt</translation>
    </message>
    <message>
        <source>the backup file&apos;s contents are damaged ({error})</source>
        <translation>de inhoud van het back-upbestand is beschadigd ({error})</translation>
    </message>
    <message>
        <source>the backup file holds no manifest</source>
        <translation>het back-upbestand bevat geen manifest</translation>
    </message>
    <message>
        <source>the database inside the backup does not match its manifest</source>
        <translation>de database in de back-up komt niet overeen met het manifest</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest cannot be read ({error})</source>
        <translation>het manifest van de back-up kan niet worden gelezen ({error})</translation>
    </message>
    <message>
        <source>a SQLite file (sqlite:///PATH)</source>
        <translation>een SQLite-bestand (sqlite:///PATH)</translation>
    </message>
    <message>
        <source>a PostgreSQL database</source>
        <translation>een PostgreSQL-database</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>kan {path} niet lezen: {why}</translation>
    </message>
    <message>
        <source>nothing to back up: {error}</source>
        <translation>niets om een back-up van te maken: {error}</translation>
    </message>
    <message>
        <source>the database cannot be read: {error}</source>
        <translation>de database kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>cannot write the backup to {path}: {why}</source>
        <translation>kan de back-up niet naar {path} schrijven: {why}</translation>
    </message>
    <message>
        <source>this backup is of {kind}; it restores into {kind} only, not into {target}: restoring across database kinds is not supported</source>
        <translation>deze back-up is van {kind}; ze kan alleen in {kind} worden hersteld, niet in {target}: herstellen naar een ander soort database wordt niet ondersteund</translation>
    </message>
    <message>
        <source>another program&apos;s tables</source>
        <translation>tabellen van een ander programma</translation>
    </message>
    <message>
        <source>Booth POS data (schema {revision})</source>
        <translation>Booth POS-gegevens (schema {revision})</translation>
    </message>
    <message>
        <source>the target database is not empty (it holds {what}): restore does not overwrite it. Add --force to back it up first and replace it</source>
        <translation>de doeldatabase is niet leeg (ze bevat {what}): herstellen overschrijft haar niet. Voeg --force toe om er eerst een back-up van te maken en haar te vervangen</translation>
    </message>
    <message>
        <source>the target database failed: {error}</source>
        <translation>fout in de doeldatabase: {error}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float before selling</source>
        <translation>kassa {till} heeft geen open kassasessie: open er vóór het verkopen een met het getelde beginsaldo</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>say why (at least 3 characters)</source>
        <translation>geef een reden (minstens 3 tekens)</translation>
    </message>
    <message>
        <source>float</source>
        <translation>beginsaldo</translation>
    </message>
    <message>
        <source>till {till} has an open cash session</source>
        <translation>kassa {till} heeft een open kassasessie</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>is in or out</source>
        <translation>is in of out</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>geteld</translation>
    </message>
    <message>
        <source>no closed cash session {number}</source>
        <translation>geen afgesloten kassasessie {number}</translation>
    </message>
    <message>
        <source>no closed cash session</source>
        <translation>geen afgesloten kassasessie</translation>
    </message>
    <message>
        <source>no cash session {number}</source>
        <translation>geen kassasessie {number}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float first</source>
        <translation>kassa {till} heeft geen open kassasessie: open er eerst een met het getelde beginsaldo</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kassamedewerker</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>is cashier or category</source>
        <translation>is cashier of category</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>de laatste dag ligt vóór de eerste dag</translation>
    </message>
    <message>
        <source>no credit note {number}</source>
        <translation>geen creditnota {number}</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>naam en bedrijf</translation>
    </message>
    <message>
        <source>encoding to check</source>
        <translation>codering controleren</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>extra cells ignored</source>
        <translation>extra cellen genegeerd</translation>
    </message>
    <message>
        <source>more cells than headers</source>
        <translation>meer cellen dan kolomkoppen</translation>
    </message>
    <message>
        <source>unreadable row</source>
        <translation>onleesbare rij</translation>
    </message>
    <message>
        <source>could not find free customer codes; try again</source>
        <translation>kon geen vrije klantcodes vinden; probeer het opnieuw</translation>
    </message>
    <message>
        <source>the database&apos;s schema ({current}) was written by a newer version of Booth POS than this one (which knows up to {head}): update this app; nothing was changed</source>
        <translation>het schema van de database ({current}) is geschreven door een nieuwere versie van Booth POS dan deze (die kent tot en met {head}): werk deze app bij; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>cannot make the attachment {file} ({kind})</source>
        <translation>kan de bijlage {file} niet maken ({kind})</translation>
    </message>
    <message>
        <source>cannot make the attachment {file}: {why}</source>
        <translation>kan de bijlage {file} niet maken: {why}</translation>
    </message>
    <message>
        <source>no exhibition with code {code!r}</source>
        <translation>geen beurs met code {code!r}</translation>
    </message>
    <message>
        <source>exhibition name</source>
        <translation>beursnaam</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>booth</source>
        <translation>stand</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>einddatum</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>ligt vóór de begindatum</translation>
    </message>
    <message>
        <source>an exhibition with code {code} exists already; choose another code</source>
        <translation>er bestaat al een beurs met code {code}; kies een andere code</translation>
    </message>
    <message>
        <source>external id: the source&apos;s own id equals a customer&apos;s external reference</source>
        <translation>externe ID: de eigen ID in de bron is gelijk aan de externe referentie van een klant</translation>
    </message>
    <message>
        <source>email: the same address (case ignored)</source>
        <translation>e-mail: hetzelfde adres (hoofdletters genegeerd)</translation>
    </message>
    <message>
        <source>phone: the same number in E.164</source>
        <translation>telefoon: hetzelfde nummer in E.164</translation>
    </message>
    <message>
        <source>name and company: only for a row with no id, email or phone</source>
        <translation>naam en bedrijf: alleen voor een rij zonder ID, e-mail of telefoon</translation>
    </message>
    <message>
        <source>Refund notice {number} ({amount})</source>
        <translation>Terugbetalingsmelding {number} ({amount})</translation>
    </message>
    <message>
        <source>Void notice for {number}</source>
        <translation>Stornomelding voor {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Factuur {number}</translation>
    </message>
    <message>
        <source>no credit note {note} for invoice {number}</source>
        <translation>geen creditnota {note} bij factuur {number}</translation>
    </message>
    <message>
        <source>invoice {number} has no refund to send a notice of</source>
        <translation>factuur {number} heeft geen terugbetaling om een melding van te versturen</translation>
    </message>
    <message>
        <source>invoice {number} is voided: send the void notice instead</source>
        <translation>factuur {number} is gestorneerd: verstuur in plaats daarvan de stornomelding</translation>
    </message>
    <message>
        <source>invoice {number} is not voided: there is no void notice to send</source>
        <translation>factuur {number} is niet gestorneerd: er is geen stornomelding te versturen</translation>
    </message>
    <message>
        <source>an invoice&apos;s email is one of: {choices}</source>
        <translation>de e-mail bij een factuur is een van: {choices}</translation>
    </message>
    <message>
        <source>choose at most {count} days</source>
        <translation>kies hooguit {count} dagen</translation>
    </message>
    <message>
        <source>{count} entries wait to be sent: sync first</source>
        <translation>{count} items wachten op verzending: synchroniseer eerst</translation>
    </message>
    <message>
        <source>sale {number} is not on the server: nothing there to correct</source>
        <translation>verkoop {number} staat niet op de server: daar valt niets te corrigeren</translation>
    </message>
    <message>
        <source>user {name!r} is not on the server</source>
        <translation>gebruiker {name!r} staat niet op de server</translation>
    </message>
    <message>
        <source>no email {number} in the outbox</source>
        <translation>geen e-mail {number} in Postvak UIT</translation>
    </message>
    <message>
        <source>email {number} was sent already; queue a new one instead</source>
        <translation>e-mail {number} is al verzonden; zet in plaats daarvan een nieuwe in de wachtrij</translation>
    </message>
    <message>
        <source>to</source>
        <translation>naar</translation>
    </message>
    <message>
        <source>enter the address to send the test to</source>
        <translation>vul het adres in waarnaar de test moet</translation>
    </message>
    <message>
        <source>customer {code} has no email address</source>
        <translation>klant {code} heeft geen e-mailadres</translation>
    </message>
    <message>
        <source>invoice {number} has no customer with an email address</source>
        <translation>factuur {number} heeft geen klant met een e-mailadres</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>mislukt: {reason}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>queued, not sent yet: {reason} (attempt {attempt} of {attempts})</source>
        <translation>in de wachtrij, nog niet verzonden: {reason} (poging {attempt} van {attempts})</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in de wachtrij</translation>
    </message>
    <message>
        <source>the message could not be prepared ({error})</source>
        <translation>het bericht kon niet worden voorbereid ({error})</translation>
    </message>
    <message>
        <source>an empty cart cannot be parked</source>
        <translation>een lege winkelwagen kan niet worden geparkeerd</translation>
    </message>
    <message>
        <source>at most {count} lines can be parked</source>
        <translation>er kunnen hooguit {count} regels worden geparkeerd</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>hooguit {count} tekens</translation>
    </message>
    <message>
        <source>at most {count} characters a field</source>
        <translation>hooguit {count} tekens per veld</translation>
    </message>
    <message>
        <source>parked sale {number} is no longer parked (already recalled?)</source>
        <translation>geparkeerde verkoop {number} is niet meer geparkeerd (al teruggehaald?)</translation>
    </message>
    <message>
        <source>{number} is a draft: it has no receipt</source>
        <translation>{number} is een concept: er is geen bon</translation>
    </message>
    <message>
        <source>no waiting print job {number}</source>
        <translation>geen wachtende afdruktaak {number}</translation>
    </message>
    <message>
        <source>print job {number} is not waiting for a decision (no unsure job)</source>
        <translation>afdruktaak {number} wacht niet op een beslissing (geen onzekere taak)</translation>
    </message>
    <message>
        <source>no printer set up (Settings &gt; Printer, or printer.url)</source>
        <translation>geen printer ingesteld (Instellingen &gt; Printer, of printer.url)</translation>
    </message>
    <message>
        <source>low stock at</source>
        <translation>lage voorraad bij</translation>
    </message>
    <message>
        <source>SKU {code} is already used by {sku} ({name})</source>
        <translation>Artikelnummer {code} wordt al gebruikt door {sku} ({name})</translation>
    </message>
    <message>
        <source>barcode {code} is already used by {sku} ({name})</source>
        <translation>streepjescode {code} wordt al gebruikt door {sku} ({name})</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} rijen: {created} aangemaakt, {updated} bijgewerkt, {unchanged} ongewijzigd, {rejected} afgewezen</translation>
    </message>
    <message>
        <source>dry run (nothing saved): {counts}</source>
        <translation>proefrun (niets opgeslagen): {counts}</translation>
    </message>
    <message>
        <source>{text!r}: write yes or no</source>
        <translation>{text!r}: schrijf yes of no</translation>
    </message>
    <message>
        <source>needs the columns {columns}; missing: {missing}</source>
        <translation>heeft de kolommen {columns} nodig; ontbrekend: {missing}</translation>
    </message>
    <message>
        <source>SKU already in row {row}</source>
        <translation>Artikelnummer staat al in rij {row}</translation>
    </message>
    <message>
        <source>no product with id {number}</source>
        <translation>geen product met ID {number}</translation>
    </message>
    <message>
        <source>product {sku} was changed meanwhile; reload and try again</source>
        <translation>product {sku} is intussen gewijzigd; laad opnieuw en probeer het nog eens</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>geen product met streepjescode of artikelnummer {code!r}</translation>
    </message>
    <message>
        <source>position</source>
        <translation>positie</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>moet tussen 0 en {limit} liggen</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>no preset quick key {number}</source>
        <translation>geen snelknopsjabloon {number}</translation>
    </message>
    <message>
        <source>nothing left to refund on {number}</source>
        <translation>niets meer terug te betalen op {number}</translation>
    </message>
    <message>
        <source>line</source>
        <translation>regel</translation>
    </message>
    <message>
        <source>{number} has no line {line}</source>
        <translation>{number} heeft geen regel {line}</translation>
    </message>
    <message>
        <source>line {line} given twice</source>
        <translation>regel {line} twee keer opgegeven</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>moet meer dan 0 zijn</translation>
    </message>
    <message>
        <source>line {line} ({description}): only {left} of {quantity} left to refund</source>
        <translation>regel {line} ({description}): nog maar {left} van {quantity} terug te betalen</translation>
    </message>
    <message>
        <source>{number} is {status}: only issued invoices are refunded</source>
        <translation>{number} is {status}: alleen uitgeschreven facturen worden terugbetaald</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>btw verlegd</translation>
    </message>
    <message>
        <source>{name} ({role}) may not choose reverse charge: a manager must</source>
        <translation>{name} ({role}) mag geen btw-verlegging kiezen: dat moet een manager doen</translation>
    </message>
    <message>
        <source>a walk-in sale has no buyer with a VAT ID</source>
        <translation>een passantenverkoop heeft geen koper met een btw-nummer</translation>
    </message>
    <message>
        <source>no product or workshop on sale with code {code!r}</source>
        <translation>geen product of workshop in verkoop met code {code!r}</translation>
    </message>
    <message>
        <source>invoice {number} was changed meanwhile; reload and try again</source>
        <translation>factuur {number} is intussen gewijzigd; laad opnieuw en probeer het nog eens</translation>
    </message>
    <message>
        <source>edited; refund lines instead</source>
        <translation>bewerkt; betaal in plaats daarvan regels terug</translation>
    </message>
    <message>
        <source>voided; refund what is left instead</source>
        <translation>gestorneerd; betaal in plaats daarvan het restant terug</translation>
    </message>
    <message>
        <source>unknown or inactive product id {number}</source>
        <translation>onbekende of inactieve product-ID {number}</translation>
    </message>
    <message>
        <source>no draft {number}</source>
        <translation>geen concept {number}</translation>
    </message>
    <message>
        <source>invoice {number} is void (by {who}: {why})</source>
        <translation>factuur {number} is gestorneerd (door {who}: {why})</translation>
    </message>
    <message>
        <source>invoice {number} is in the Z report of cash session {session} (closed {closed}): it cannot be edited any more; void or refund it instead</source>
        <translation>factuur {number} staat in het Z-rapport van kassasessie {session} (afgesloten {closed}): de factuur kan niet meer worden bewerkt; storneer haar of betaal haar in plaats daarvan terug</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit note): it cannot be {instead}</source>
        <translation>factuur {number} is terugbetaald ({count} creditnota): de factuur kan niet worden {instead}</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit notes): it cannot be {instead}</source>
        <translation>factuur {number} is terugbetaald ({count} creditnota&apos;s): de factuur kan niet worden {instead}</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>betalingen</translation>
    </message>
    <message>
        <source>a draft takes no payments; issue it first</source>
        <translation>een concept neemt geen betalingen aan; schrijf het eerst uit</translation>
    </message>
    <message>
        <source>is chosen when the sale is issued</source>
        <translation>wordt gekozen bij het uitschrijven van de verkoop</translation>
    </message>
    <message>
        <source>this draft belongs to another exhibition</source>
        <translation>dit concept hoort bij een andere beurs</translation>
    </message>
    <message>
        <source>no payment given</source>
        <translation>geen betaling opgegeven</translation>
    </message>
    <message>
        <source>set by {source}; change it there</source>
        <translation>ingesteld door {source}; wijzig het daar</translation>
    </message>
    <message>
        <source>set on the command line; start without that option to change it here</source>
        <translation>ingesteld op de opdrachtregel; start zonder die optie om het hier te wijzigen</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <source>this database is set up already (it has users); add users with `user add`</source>
        <translation>deze database is al ingericht (er zijn gebruikers); voeg gebruikers toe met `user add`</translation>
    </message>
    <message>
        <source>exhibition {code!r} (pos.exhibition) does not exist</source>
        <translation>beurs {code!r} (pos.exhibition) bestaat niet</translation>
    </message>
    <message>
        <source>no active exhibition: create one (pos-desktop exhibition add NAME, or Settings)</source>
        <translation>geen actieve beurs: maak er een aan (pos-desktop exhibition add NAME, of Instellingen)</translation>
    </message>
    <message>
        <source>only {left} of {sku} ({name}) left here; {wanted} wanted</source>
        <translation>hier nog maar {left} van {sku} ({name}); {wanted} gevraagd</translation>
    </message>
    <message>
        <source>the stock changed while this sale was saved; try again</source>
        <translation>de voorraad is gewijzigd terwijl deze verkoop werd opgeslagen; probeer het opnieuw</translation>
    </message>
    <message>
        <source>no product with SKU {sku!r}</source>
        <translation>geen product met artikelnummer {sku!r}</translation>
    </message>
    <message>
        <source>{sku} is not tracked in stock (tick it in Products)</source>
        <translation>{sku} wordt niet in de voorraad bijgehouden (vink dit aan in Producten)</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minute</source>
        <translation>kassa {terminal} is in gebruik op een ander apparaat ({host}, laatst gezien {seen}): twee apparaten mogen geen facturen in één reeks nummeren. Geef dit apparaat een eigen kassa-ID (pos.terminal), of sluit Booth POS op {host}; is dat apparaat er niet meer, dan mag dit apparaat de kassa-ID over {count} minuut overnemen</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minutes</source>
        <translation>kassa {terminal} is in gebruik op een ander apparaat ({host}, laatst gezien {seen}): twee apparaten mogen geen facturen in één reeks nummeren. Geef dit apparaat een eigen kassa-ID (pos.terminal), of sluit Booth POS op {host}; is dat apparaat er niet meer, dan mag dit apparaat de kassa-ID over {count} minuten overnemen</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>{item!r}: write SKU:QUANTITY</source>
        <translation>{item!r}: schrijf ARTIKELNR:AANTAL</translation>
    </message>
    <message>
        <source>quantity of {sku}</source>
        <translation>aantal van {sku}</translation>
    </message>
    <message>
        <source>items</source>
        <translation>artikelen</translation>
    </message>
    <message>
        <source>name at least one product and quantity</source>
        <translation>geef minstens één product met aantal op</translation>
    </message>
    <message>
        <source>is the same location as from</source>
        <translation>is dezelfde locatie als „van”</translation>
    </message>
    <message>
        <source>of {sku} must be more than 0</source>
        <translation>van {sku} moet meer dan 0 zijn</translation>
    </message>
    <message>
        <source>no transfer {number}</source>
        <translation>geen overboeking {number}</translation>
    </message>
    <message>
        <source>transfer {number} is {status}, not {state}</source>
        <translation>overboeking {number} is {status}, niet {state}</translation>
    </message>
    <message>
        <source>of {sku} must not be negative</source>
        <translation>van {sku} mag niet negatief zijn</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>verkeerde gebruikersnaam of verkeerd wachtwoord</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>{text!r} is not one of {allowed}</source>
        <translation>{text!r} is niet een van {allowed}</translation>
    </message>
    <message>
        <source>too many failed logins: wait {wait} before the next try</source>
        <translation>te veel mislukte inlogpogingen: wacht {wait} tot de volgende poging</translation>
    </message>
    <message>
        <source>{wrong}; {wait}</source>
        <translation>{wrong}; {wait}</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>weergavenaam</translation>
    </message>
    <message>
        <source>user {name!r} exists already</source>
        <translation>gebruiker {name!r} bestaat al</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>het huidige wachtwoord is onjuist</translation>
    </message>
    <message>
        <source>user {name} was changed meanwhile; reload and try again</source>
        <translation>gebruiker {name} is intussen gewijzigd; laad opnieuw en probeer het nog eens</translation>
    </message>
    <message>
        <source>you cannot demote or disable yourself; ask another admin</source>
        <translation>u kunt uzelf niet degraderen of deactiveren; vraag het een andere beheerder</translation>
    </message>
    <message>
        <source>only a logged-in user has a language</source>
        <translation>alleen een ingelogde gebruiker heeft een taal</translation>
    </message>
    <message>
        <source>no user {name!r}</source>
        <translation>geen gebruiker {name!r}</translation>
    </message>
    <message>
        <source>this would leave no active admin</source>
        <translation>dan blijft er geen actieve beheerder over</translation>
    </message>
    <message>
        <source>{code} was not checked in at workshop {workshop}</source>
        <translation>{code} is niet ingecheckt bij workshop {workshop}</translation>
    </message>
    <message>
        <source>no workshop with code {code!r}</source>
        <translation>geen workshop met code {code!r}</translation>
    </message>
    <message>
        <source>workshop {code} ({title})</source>
        <translation>workshop {code} ({title})</translation>
    </message>
    <message>
        <source>{name} is cancelled</source>
        <translation>{name} is afgelast</translation>
    </message>
    <message>
        <source>{name} is not on sale yet ({status})</source>
        <translation>{name} is nog niet in verkoop ({status})</translation>
    </message>
    <message>
        <source>{name}: booking closed at {deadline}</source>
        <translation>{name}: boeken gesloten op {deadline}</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted; {held} held for the waitlist (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} is vol: {free} van {capacity} plaatsen vrij, {count} gevraagd; {held} vastgehouden voor de wachtlijst (zet de klant op de wachtlijst: workshop waitlist)</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} is vol: {free} van {capacity} plaatsen vrij, {count} gevraagd (zet de klant op de wachtlijst: workshop waitlist)</translation>
    </message>
    <message>
        <source>a workshop seat needs a customer: scan or type their code</source>
        <translation>een workshopplaats heeft een klant nodig: scan of typ de klantcode</translation>
    </message>
    <message>
        <source>invoice {number} books {count} workshop seat(s): void or refund it instead of editing</source>
        <translation>factuur {number} boekt {count} workshopplaats(en): storneer de factuur of betaal haar terug in plaats van haar te bewerken</translation>
    </message>
    <message>
        <source>stays {code} (it is on the invoices); add a new workshop</source>
        <translation>blijft {code} (staat op de facturen); voeg een nieuwe workshop toe</translation>
    </message>
    <message>
        <source>at least {count} (booked and held seats)</source>
        <translation>minstens {count} (geboekte en vastgehouden plaatsen)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>cancel it instead (with a reason)</source>
        <translation>gelast hem in plaats daarvan af (met een reden)</translation>
    </message>
    <message>
        <source>{count} seats are sold: it stays published</source>
        <translation>{count} plaatsen zijn verkocht: de workshop blijft gepubliceerd</translation>
    </message>
    <message>
        <source>workshop {code} is {status}: no waitlist</source>
        <translation>workshop {code} is {status}: geen wachtlijst</translation>
    </message>
    <message>
        <source>workshop {code} has {count} seat(s) free: sell one</source>
        <translation>workshop {code} heeft {count} plaats(en) vrij: verkoop er een</translation>
    </message>
    <message>
        <source>workshop code {code} is taken</source>
        <translation>workshopcode {code} is al in gebruik</translation>
    </message>
    <message>
        <source>workshop {code} was changed meanwhile; reload and try again</source>
        <translation>workshop {code} is intussen gewijzigd; laad opnieuw en probeer het nog eens</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled</source>
        <translation>workshop {code} is afgelast</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled already</source>
        <translation>workshop {code} is al afgelast</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificaten</translation>
    </message>
    <message>
        <source>workshop {code} was cancelled</source>
        <translation>workshop {code} is afgelast</translation>
    </message>
    <message>
        <source>workshop {code} ends at {end} UTC: {what} after that</source>
        <translation>workshop {code} eindigt om {end} UTC: {what} pas daarna</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>no-shows</translation>
    </message>
    <message>
        <source>no workshop on sale with code {code!r}</source>
        <translation>geen workshop in verkoop met code {code!r}</translation>
    </message>
    <message>
        <source>{name} is on the waitlist already ({state})</source>
        <translation>{name} staat al op de wachtlijst ({state})</translation>
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
        <translation>Deze kassa-ID is al in gebruik.

{error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Kan de database niet openen: {error}</translation>
    </message>
    <message>
        <source>The database&apos;s schema does not match this version of Booth POS. After an update of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if other terminals run a newer version, update this one.</source>
        <translation>Het schema van de database past niet bij deze versie van Booth POS. Na een update van de app voert een beheerder `pos-desktop db upgrade` uit (andere kassa&apos;s gesloten); draaien andere kassa&apos;s een nieuwere versie, werk dan deze kassa bij.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; by {actor}: {summary}</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; door {actor}: {summary}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Action starts with (invoice, customer, login.failed...)</source>
        <translation>Actie begint met (invoice, customer, login.failed…)</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Factuurnummer of klantcode</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: just now</source>
        <translation>Back-up: zojuist</translation>
    </message>
    <message>
        <source>Backup: {minutes} min ago</source>
        <translation>Back-up: {minutes} min geleden</translation>
    </message>
    <message>
        <source>Backup: {hours} h ago</source>
        <translation>Back-up: {hours} u geleden</translation>
    </message>
    <message>
        <source>Backup: {days} days ago</source>
        <translation>Back-up: {days} dagen geleden</translation>
    </message>
    <message>
        <source>Backup: automatic backups off (no folder set)</source>
        <translation>Back-up: uit (geen map ingesteld)</translation>
    </message>
    <message>
        <source>Backup: folder missing ({folder})</source>
        <translation>Back-up: map ontbreekt ({folder})</translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation>Back-up mislukt: {error}</translation>
    </message>
    <message>
        <source>Backup: none yet</source>
        <translation>Back-up: nog geen</translation>
    </message>
    <message>
        <source>Backup: -</source>
        <translation>Back-up: -</translation>
    </message>
    <message>
        <source>not set ([backup] folder in the settings)</source>
        <translation>niet ingesteld ([backup] folder in de instellingen)</translation>
    </message>
    <message>
        <source>Automatic backups into {folder}, every {minutes} min and at each Z report</source>
        <translation>Automatische back-ups naar {folder}, elke {minutes} min en bij elk Z-rapport</translation>
    </message>
</context>
<context>
    <name>BarcodeList</name>
    <message>
        <source>Scan or type a barcode, Enter adds it</source>
        <translation>Scan of typ een streepjescode, Enter voegt hem toe</translation>
    </message>
    <message>
        <source>Delete removes the selected barcode</source>
        <translation>Delete verwijdert de geselecteerde streepjescode</translation>
    </message>
    <message>
        <source>Remove barcode (Del)</source>
        <translation>Streepjescode verwijderen (Del)</translation>
    </message>
</context>
<context>
    <name>CameraChoice</name>
    <message>
        <source>Cameras found on this computer; the field below is what is saved</source>
        <translation>Camera&apos;s gevonden op deze computer; het veld hieronder wordt opgeslagen</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <source>Could not look for cameras: {error}</source>
        <translation>Kon niet naar camera&apos;s zoeken: {error}</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Geen camera</translation>
    </message>
    <message>
        <source>Looking for cameras {numbers}...</source>
        <translation>Zoeken naar camera&apos;s {numbers}…</translation>
    </message>
    <message>
        <source>No camera found (numbers {numbers} checked)</source>
        <translation>Geen camera gevonden (nummers {numbers} gecontroleerd)</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Camera {number}</translation>
    </message>
    <message>
        <source>Camera {number} (set; busy or not found now)</source>
        <translation>Camera {number} (ingesteld; bezet of nu niet gevonden)</translation>
    </message>
    <message>
        <source>File or URL...</source>
        <translation>Bestand of URL…</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No picture from the camera yet</source>
        <translation>Nog geen beeld van de camera</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>fix lines {lines} before payment</source>
        <translation>corrigeer regels {lines} vóór de betaling</translation>
    </message>
    <message>
        <source>fix line {lines} before payment</source>
        <translation>corrigeer regel {lines} vóór de betaling</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>de winkelwagen is leeg</translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Line {line}: a quantity of 0 is not taken; press Delete to remove the line</source>
        <translation>Regel {line}: een aantal van 0 wordt niet overgenomen; druk op Delete om de regel te verwijderen</translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>Offline: this till knows only its sales since the line dropped. Expected cash and the difference are on the server&apos;s Z report: print it again when the line is back.</source>
        <translation>Offline: deze kassa kent alleen haar verkopen sinds de verbinding wegviel. Verwacht contant geld en het verschil staan op het Z-rapport van de server: druk het opnieuw af als de verbinding terug is.</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} door {who}</translation>
    </message>
    <message>
        <source>{count} invoices, {amount}</source>
        <translation>{count} facturen, {amount}</translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation>X-rapport (tot nu toe)</translation>
    </message>
    <message>
        <source>Z report (closed)</source>
        <translation>Z-rapport (afgesloten)</translation>
    </message>
    <message>
        <source>{count} invoices, {amount} (after voids, refunds)</source>
        <translation>{count} facturen, {amount} (na storneringen, terugbetalingen)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgeschreven</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Storneringen</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>{count} payments, {amount}</source>
        <translation>{count} betalingen, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount}</source>
        <translation>1 factuur, {amount}</translation>
    </message>
    <message>
        <source>1 payment, {amount}</source>
        <translation>1 betaling, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount} (after voids, refunds)</source>
        <translation>1 factuur, {amount} (na storneringen, terugbetalingen)</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Stortingen / opnames</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Kortingen</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Verwacht contant</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Geteld contant</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>{title} · session {session} · till {till}</source>
        <translation>{title} · sessie {session} · kassa {till}</translation>
    </message>
    <message>
        <source>X report (offline)</source>
        <translation>X-rapport (offline)</translation>
    </message>
    <message>
        <source>Drawer counted (offline)</source>
        <translation>Lade geteld (offline)</translation>
    </message>
    <message>
        <source>No open cash session on this till</source>
        <translation>Geen open kassasessie op deze kassa</translation>
    </message>
    <message>
        <source>the cash you counted into the drawer, e.g. 150.00</source>
        <translation>het contante geld dat je in de lade hebt geteld, bijv. 150,00</translation>
    </message>
    <message>
        <source>Open session (Enter)</source>
        <translation>Sessie openen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation>&amp;Beginsaldo</translation>
    </message>
    <message>
        <source>why, e.g. change from the bank / to the safe</source>
        <translation>waarom, bijv. wisselgeld van de bank / naar de kluis</translation>
    </message>
    <message>
        <source>Cash &amp;in</source>
        <translation>&amp;Storting</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>&amp;Opname</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Storting of opname</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Be&amp;drag</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Sessie afsluiten</translation>
    </message>
    <message>
        <source>the cash counted in the drawer now</source>
        <translation>het contante geld dat nu in de lade is geteld</translation>
    </message>
    <message>
        <source>Close with Z report...</source>
        <translation>Afsluiten met Z-rapport…</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>&amp;Geteld</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the opening</source>
        <translation>Nog bezig met opslaan – wacht op het antwoord voordat je opent</translation>
    </message>
    <message>
        <source>Checking whether the opening was saved - the database stopped answering ({doubt})</source>
        <translation>Controleren of het openen is opgeslagen – de database antwoordt niet meer ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} open</source>
        <translation>Sessie {session} geopend</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash in</source>
        <translation>Nog bezig met opslaan – wacht op het antwoord vóór de storting</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash out</source>
        <translation>Nog bezig met opslaan – wacht op het antwoord vóór de opname</translation>
    </message>
    <message>
        <source>Checking whether the cash in was saved - the database stopped answering ({doubt})</source>
        <translation>Controleren of de storting is opgeslagen – de database antwoordt niet meer ({doubt})</translation>
    </message>
    <message>
        <source>Checking whether the cash out was saved - the database stopped answering ({doubt})</source>
        <translation>Controleren of de opname is opgeslagen – de database antwoordt niet meer ({doubt})</translation>
    </message>
    <message>
        <source>Cash in recorded: {amount} ({reason})</source>
        <translation>Storting geboekt: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Cash out recorded: {amount} ({reason})</source>
        <translation>Opname geboekt: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Count the drawer and type the amount first</source>
        <translation>Tel eerst de lade en typ het bedrag in</translation>
    </message>
    <message>
        <source>Close session {session} with {amount} {currency} counted? The Z report is final.</source>
        <translation>Sessie {session} afsluiten met {amount} {currency} geteld? Het Z-rapport is definitief.</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the closing</source>
        <translation>Nog bezig met opslaan – wacht op het antwoord voordat je afsluit</translation>
    </message>
    <message>
        <source>Checking whether the closing was saved - the database stopped answering ({doubt})</source>
        <translation>Controleren of het afsluiten is opgeslagen – de database antwoordt niet meer ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} closed on this till (offline) with {amount} {currency} counted; the difference comes with the line</source>
        <translation>Sessie {session} op deze kassa (offline) gesloten met {amount} {currency} geteld; het verschil komt met de verbinding</translation>
    </message>
    <message>
        <source>Session {session} closed; difference {amount} {currency}</source>
        <translation>Sessie {session} afgesloten; verschil {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Checkout</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Scan or type a customer code or a product barcode / SKU</source>
        <translation>Scan of typ een klantcode, streepjescode of artikelnummer</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Betalen (F12)</translation>
    </message>
    <message>
        <source>Checkout · {exhibition} · till {till}</source>
        <translation>Kassa · {exhibition} · terminal {till}</translation>
    </message>
    <message>
        <source>Selling to {name}</source>
        <translation>Verkoop aan {name}</translation>
    </message>
    <message>
        <source>{text} is neither a customer code nor a known product</source>
        <translation>{text} is geen klantcode en geen bekend product</translation>
    </message>
    <message>
        <source>A seat in {code} is booked for a person: scan the customer&apos;s QR first, then the workshop again.</source>
        <translation>Een plaats in {code} wordt voor een persoon geboekt: scan eerst de QR-code van de klant en daarna opnieuw de workshop.</translation>
    </message>
    <message>
        <source>{code} is full: no seat to sell (put them on its waitlist instead).</source>
        <translation>{code} is vol: geen plaats meer te verkopen (zet de klant in plaats daarvan op de wachtlijst).</translation>
    </message>
    <message>
        <source>Seat: {title} ({code}, {starts})</source>
        <translation>Plaats: {title} ({code}, {starts})</translation>
    </message>
    <message>
        <source>Added a seat in {code} ({free} free)</source>
        <translation>Plaats in {code} toegevoegd ({free} vrij)</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} toegevoegd</translation>
    </message>
    <message>
        <source>add lines first</source>
        <translation>voeg eerst regels toe</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Korting op de hele verkoop</translation>
    </message>
    <message>
        <source>10% or an amount, e.g. 5.00:</source>
        <translation>10% of een bedrag, bijv. 5,00:</translation>
    </message>
    <message>
        <source>{amount} {currency} off the whole sale</source>
        <translation>{amount} {currency} korting op de hele verkoop</translation>
    </message>
    <message>
        <source>The sale is being saved: wait for the answer, then go on</source>
        <translation>De verkoop wordt opgeslagen: wacht op het antwoord en ga dan verder</translation>
    </message>
    <message>
        <source>Walk-in sale (no customer)</source>
        <translation>Passantenverkoop (geen klant)</translation>
    </message>
    <message>
        <source>The sale is being saved - wait for the answer</source>
        <translation>De verkoop wordt opgeslagen – wacht op het antwoord</translation>
    </message>
    <message>
        <source>Drop the {count} lines in the cart and start a new sale?</source>
        <translation>De {count} regels in de winkelwagen weggooien en een nieuwe verkoop starten?</translation>
    </message>
    <message>
        <source>Drop the 1 line in the cart and start a new sale?</source>
        <translation>De regel in de winkelwagen weggooien en een nieuwe verkoop starten?</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nieuwe verkoop</translation>
    </message>
</context>
<context>
    <name>CheckoutParking</name>
    <message>
        <source>Parked sales: {count} (Shift+F10 brings one back)</source>
        <translation>Geparkeerde verkopen: {count} (Shift+F10 haalt er een terug)</translation>
    </message>
    <message>
        <source>Nothing to park: the cart is empty</source>
        <translation>Niets te parkeren: de winkelwagen is leeg</translation>
    </message>
    <message>
        <source>Park this sale</source>
        <translation>Deze verkoop parkeren</translation>
    </message>
    <message>
        <source>A note to find it again (optional), Enter parks:</source>
        <translation>Een notitie om hem terug te vinden (optioneel), Enter parkeert:</translation>
    </message>
    <message>
        <source>Parking the sale...</source>
        <translation>Verkoop wordt geparkeerd…</translation>
    </message>
    <message>
        <source>Parked: {sale}, on this till (offline). Shift+F10 brings it back.</source>
        <translation>Geparkeerd: {sale}, op deze kassa (offline). Shift+F10 haalt hem terug.</translation>
    </message>
    <message>
        <source>Parked: {sale}. Shift+F10 brings it back.</source>
        <translation>Geparkeerd: {sale}. Shift+F10 haalt hem terug.</translation>
    </message>
    <message>
        <source>{error} - not parked; the sale is still here</source>
        <translation>{error} – niet geparkeerd; de verkoop staat er nog</translation>
    </message>
    <message>
        <source>Finish this sale or park it (F10) first; then Shift+F10 brings a parked one back</source>
        <translation>Rond eerst deze verkoop af of parkeer hem (F10); daarna haalt Shift+F10 een geparkeerde terug</translation>
    </message>
    <message>
        <source>No parked sales at this till</source>
        <translation>Geen geparkeerde verkopen op deze kassa</translation>
    </message>
    <message>
        <source>customer {code}: {error}</source>
        <translation>klant {code}: {error}</translation>
    </message>
    <message>
        <source>Bringing the parked sale back...</source>
        <translation>Geparkeerde verkoop wordt teruggehaald…</translation>
    </message>
    <message>
        <source>Recalled, but without the customer: {problem}</source>
        <translation>Teruggehaald, maar zonder de klant: {problem}</translation>
    </message>
    <message>
        <source>Recalled: {sale}</source>
        <translation>Teruggehaald: {sale}</translation>
    </message>
</context>
<context>
    <name>CheckoutPaying</name>
    <message>
        <source>No cash session is open at this till: this cash will be in no drawer count. Open one in the Cash drawer screen (with the counted float) when you can.</source>
        <translation>Er is geen kassasessie open op deze kassa: dit contante geld komt in geen enkele kastelling voor. Open er een in het scherm Kassalade (met het getelde beginsaldo) zodra het kan.</translation>
    </message>
    <message>
        <source>add a line first (F3, or scan a product)</source>
        <translation>voeg eerst een regel toe (F3, of scan een product)</translation>
    </message>
    <message>
        <source>Saving the sale...</source>
        <translation>Verkoop wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Checking whether the sale was saved - the database stopped answering ({doubt}). The cart stays here; do not sell it again.</source>
        <translation>Controleren of de verkoop is opgeslagen – de database antwoordt niet meer ({doubt}). De winkelwagen blijft hier; verkoop hem niet nog een keer.</translation>
    </message>
    <message>
        <source>Sale saved as {number}</source>
        <translation>Verkoop opgeslagen als {number}</translation>
    </message>
    <message>
        <source>{error} - the sale is still here: press F12 to pay again</source>
        <translation>{error} – de verkoop staat er nog: druk op F12 om opnieuw te betalen</translation>
    </message>
    <message>
        <source>{why} - the sale is still here (F12)</source>
        <translation>{why} – de verkoop staat er nog (F12)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wanneer (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>Welkomstmail</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Facturen</translation>
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
        <translation>Klant</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassamedewerker</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Number / code</source>
        <translation>Nr. / code</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Op de server</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation>Sinds (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Waits because</source>
        <translation>Wacht omdat</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Streepjescodes</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>In verkoop</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabblad</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Ingecheckt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>Wacht tot</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Laatst ingelogd</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
</context>
<context>
    <name>CommissionReport</name>
    <message>
        <source>All cashiers</source>
        <translation>Alle kassamedewerkers</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassamedewerker</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Netto-omzet</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provisie</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Geen verkopen in deze periode.</translation>
    </message>
    <message>
        <source>Commission {first} - {last} ({currency})</source>
        <translation>Provisie {first} – {last} ({currency})</translation>
    </message>
    <message>
        <source>On net sales (without VAT); refunds in the period are taken back at the same rate.</source>
        <translation>Over de netto-omzet (zonder btw); terugbetalingen in de periode worden tegen hetzelfde percentage verrekend.</translation>
    </message>
    <message>
        <source>C&amp;ashier</source>
        <translation>&amp;Kassamedewerker</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code</source>
        <translation>Typ een landnaam of landcode</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er is iets misgegaan</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost; the details are in {file}</source>
        <translation>Er is iets misgegaan; er is niets verloren gegaan; de details staan in {file}</translation>
    </message>
    <message>
        <source>It happened {count} times since the app started.</source>
        <translation>Het is {count} keer gebeurd sinds de app is gestart.</translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>{number} · -{amount} {currency} by {method} · {when}</source>
        <translation>{number} · -{amount} {currency} via {method} · {when}</translation>
    </message>
    <message>
        <source>Credit &amp;notes</source>
        <translation>&amp;Creditnota&apos;s</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+Shift+D)</source>
        <translation>PDF openen (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+Shift+S)</source>
        <translation>PDF opslaan… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Reprint slip (Ctrl+Shift+C)</source>
        <translation>Bon opnieuw afdrukken (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Print the credit note&apos;s slip again (Ctrl+Shift+C)</source>
        <translation>De bon van de creditnota opnieuw afdrukken (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>-{amount} {currency} refunded in all</source>
        <translation>-{amount} {currency} terugbetaald in totaal</translation>
    </message>
    <message>
        <source>No credit note</source>
        <translation>Geen creditnota</translation>
    </message>
    <message>
        <source>Slip of credit note {number}</source>
        <translation>Bon van creditnota {number}</translation>
    </message>
    <message>
        <source>Printing the slip of {number}...</source>
        <translation>Bon van {number} wordt afgedrukt…</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bills</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; facturen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bill</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; factuur</translation>
    </message>
    <message>
        <source>, total billed &lt;b&gt;{totals}&lt;/b&gt;</source>
        <translation>, totaal gefactureerd &lt;b&gt;{totals}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Welcome email: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation>Welkomstmail: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>Passantenverkoop</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code to sell to them.</source>
        <translation>Scan de QR-code van de klant om op naam van de klant te verkopen.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Welcome to {venue}</source>
        <translation>Welkom bij {venue}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Totaal {amount}</translation>
    </message>
    <message>
        <source>Booth POS - customer display</source>
        <translation>Booth POS – klantendisplay</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hallo, {name}</translation>
    </message>
    <message>
        <source>Given {amount}</source>
        <translation>Ontvangen {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Wisselgeld {amount}</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Dank u wel, {name}!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Dank u wel!</translation>
    </message>
    <message>
        <source>Your change: {amount}</source>
        <translation>Uw wisselgeld: {amount}</translation>
    </message>
    <message>
        <source>Keep this code on your phone: scan it at our counter next time.</source>
        <translation>Bewaar deze code op uw telefoon: de volgende keer scannen we hem bij onze stand.</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Factuur {number}</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer {code}</source>
        <translation>Klant {code} bewerken</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Toch opslaan</translation>
    </message>
    <message>
        <source>Customer code {code} stays the same. Ctrl+S saves.</source>
        <translation>Klantcode {code} blijft hetzelfde. Ctrl+S slaat op.</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Corrigeer de gemarkeerde velden</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}). Change the email, or Save anyway (Alt+A) only if this really is another person.</source>
        <translation>{email} is al geregistreerd op naam van {name} ({code}). Wijzig het e-mailadres, of kies Toch opslaan (Alt+T) alleen als dit echt een andere persoon is.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Klanttype</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>with the company: a full invoice</source>
        <translation>met het bedrijf: een volledige factuur</translation>
    </message>
    <message>
        <source>EU VAT ID, e.g. DE136695976</source>
        <translation>EU-btw-nummer, bijv. DE136695976</translation>
    </message>
    <message>
        <source>national numbers are read as {region}, or +country code</source>
        <translation>nationale nummers gelden als {region}, of +landcode</translation>
    </message>
    <message>
        <source>required: the customer code is sent here</source>
        <translation>verplicht: de klantcode wordt hiernaartoe gestuurd</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>Volgens het land</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>update the customer</source>
        <translation>de klant bijwerken</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>de rij overslaan</translation>
    </message>
    <message>
        <source>create another customer</source>
        <translation>nog een klant aanmaken</translation>
    </message>
    <message>
        <source>reject the row</source>
        <translation>de rij afwijzen</translation>
    </message>
    <message>
        <source>import the customer without the email (kept as written)</source>
        <translation>de klant zonder het e-mailadres importeren (bewaard zoals geschreven)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Te&amp;rug</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>Path of a CSV or XLSX file</source>
        <translation>Pad van een CSV- of XLSX-bestand</translation>
    </message>
    <message>
        <source>Browse... (Ctrl+O)</source>
        <translation>Bladeren… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Which file? CSV (any delimiter and encoding) or XLSX:</source>
        <translation>Welk bestand? CSV (elk scheidingsteken en elke codering) of XLSX:</translation>
    </message>
    <message>
        <source>A row is the same customer when (first rule that matches):</source>
        <translation>Een rij is dezelfde klant als (de eerste regel die past):</translation>
    </message>
    <message>
        <source>On a &amp;duplicate</source>
        <translation>Bij een &amp;duplicaat</translation>
    </message>
    <message>
        <source>Invalid &amp;email</source>
        <translation>Ongeldig &amp;e-mailadres</translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation>%v rijen</translation>
    </message>
    <message>
        <source>&amp;Cancel (Esc)</source>
        <translation>&amp;Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Rejected rows file</source>
        <translation>Bestand met afgewezen rijen</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV</source>
        <translation>Afgewezen rijen als CSV &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Next: columns</source>
        <translation>&amp;Volgende: kolommen</translation>
    </message>
    <message>
        <source>&amp;Next: options</source>
        <translation>&amp;Volgende: opties</translation>
    </message>
    <message>
        <source>&amp;Next: dry run</source>
        <translation>&amp;Volgende: proefrun</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Nieuwe import</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>Nu &amp;importeren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Type the path of a file, or press Ctrl+O to pick one</source>
        <translation>Typ het pad van een bestand, of druk op Ctrl+O om er een te kiezen</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>Geen bestand op {path}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>codering {encoding}</translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation>scheidingsteken {delimiter}</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} kolommen</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from the mapping you saved for these columns; change any.</source>
        <translation>{file}: {found}. Uitgangspunt is de koppeling die je voor deze kolommen hebt opgeslagen; wijzig wat je wilt.</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from columns matched automatically; change any.</source>
        <translation>{file}: {found}. Uitgangspunt zijn automatisch gekoppelde kolommen; wijzig wat je wilt.</translation>
    </message>
    <message>
        <source>Check the encoding: {note}. The dry run lists the rows.</source>
        <translation>Controleer de codering: {note}. De proefrun toont de rijen.</translation>
    </message>
    <message>
        <source>Dry run: reading the file, nothing is saved...</source>
        <translation>Proefrun: het bestand wordt gelezen, er wordt niets opgeslagen…</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} rijen gelezen</translation>
    </message>
    <message>
        <source>Cancelling after the current batch...</source>
        <translation>Annuleren na de huidige batch…</translation>
    </message>
    <message>
        <source>Type where the rejected rows should go</source>
        <translation>Typ waar de afgewezen rijen naartoe moeten</translation>
    </message>
    <message>
        <source>Rejected rows saved to {path}: fix them and import that file</source>
        <translation>Afgewezen rijen opgeslagen in {path}: corrigeer ze en importeer dat bestand</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Find customer</source>
        <translation>Klant zoeken</translation>
    </message>
    <message>
        <source>Scan or type the customer code, or type a name</source>
        <translation>Scan of typ de klantcode, of typ een naam</translation>
    </message>
    <message>
        <source>Enter: look up · then Enter: sell to them · Ctrl+E: edit · Ctrl+Shift+W: resend welcome email · Esc: close</source>
        <translation>Enter: opzoeken · dan Enter: aan deze klant verkopen · Ctrl+E: bewerken · Ctrl+Shift+W: welkomstmail opnieuw versturen · Esc: sluiten</translation>
    </message>
    <message>
        <source>Looking up...</source>
        <translation>Opzoeken…</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>No customer code or name matches {text}</source>
        <translation>Geen klantcode of naam past bij {text}</translation>
    </message>
    <message>
        <source>{count} customers match (the first shown: type more): arrows, then Enter</source>
        <translation>{count} klanten gevonden (de eerste getoond: typ meer): pijltoetsen, dan Enter</translation>
    </message>
    <message>
        <source>{count} customers match: arrows, then Enter</source>
        <translation>{count} klanten gevonden: pijltoetsen, dan Enter</translation>
    </message>
    <message>
        <source>{name}: Enter sells to them</source>
        <translation>{name}: Enter verkoopt aan deze klant</translation>
    </message>
    <message>
        <source>Look a customer up first (code, then Enter)</source>
        <translation>Zoek eerst een klant op (code, dan Enter)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>Welkomstmail aan {recipient} opnieuw in de wachtrij gezet</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Search name, email, phone, company or code (newest first)</source>
        <translation>Zoek op naam, e-mail, telefoon, bedrijf of code (nieuwste eerst)</translation>
    </message>
    <message>
        <source>Name A-Z</source>
        <translation>Naam A–Z</translation>
    </message>
    <message>
        <source>Name Z-A</source>
        <translation>Naam Z–A</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <source>Most billed first</source>
        <translation>Hoogste omzet eerst</translation>
    </message>
    <message>
        <source>Least billed first</source>
        <translation>Laagste omzet eerst</translation>
    </message>
    <message>
        <source>Most bills first</source>
        <translation>Meeste facturen eerst</translation>
    </message>
    <message>
        <source>Select a customer to see their bills.</source>
        <translation>Selecteer een klant om de facturen te zien.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>Resend welcome email (Ctrl+Shift+W)</source>
        <translation>Welkomstmail opnieuw versturen (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Volgorde</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+E)</source>
        <translation>Selecteer eerst een klant (pijltoetsen, dan Ctrl+E)</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+Shift+W)</source>
        <translation>Selecteer eerst een klant (pijltoetsen, dan Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>Welkomstmail aan {recipient} opnieuw in de wachtrij gezet</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} opgeslagen</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>others ({count})</source>
        <translation>overige ({count})</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Omzet vandaag</translation>
    </message>
    <message>
        <source>Invoices today</source>
        <translation>Facturen vandaag</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Gem. besteding</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <source>Dashboard · {exhibition} · {day}</source>
        <translation>Dashboard · {exhibition} · {day}</translation>
    </message>
    <message>
        <source>Revenue by day ({currency})</source>
        <translation>Omzet per dag ({currency})</translation>
    </message>
    <message>
        <source>Revenue by hour today ({currency})</source>
        <translation>Omzet per uur vandaag ({currency})</translation>
    </message>
    <message>
        <source>Customers by country</source>
        <translation>Klanten per land</translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation>Klanten per type</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>passant</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Laatste facturen</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Lage voorraad</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>SQL&amp;ite file on this computer (one till)</source>
        <translation>SQL&amp;ite-bestand op deze computer (één kassa)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several tills share it)</source>
        <translation>&amp;PostgreSQL-server (meerdere kassa&apos;s delen hem)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose another SQLite file (Alt+B)</source>
        <translation>Een ander SQLite-bestand kiezen (Alt+B)</translation>
    </message>
    <message>
        <source>empty if the server needs none</source>
        <translation>leeg als de server er geen nodig heeft</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Connect and look inside, without changing anything (Alt+T; at most {seconds} seconds)</source>
        <translation>Verbinden en binnenkijken, zonder iets te wijzigen (Alt+T; hooguit {seconds} seconden)</translation>
    </message>
    <message>
        <source>Welcome. Booth POS keeps its data in a file on this computer (a single till) or on the booth&apos;s PostgreSQL server (several tills selling together).</source>
        <translation>Welkom. Booth POS bewaart zijn gegevens in een bestand op deze computer (één kassa) of op de PostgreSQL-server van de stand (meerdere kassa&apos;s die samen verkopen).</translation>
    </message>
    <message>
        <source>U&amp;RL</source>
        <translation>U&amp;RL</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>The choice is saved in {path}.</source>
        <translation>De keuze wordt opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>needs a file name</source>
        <translation>heeft een bestandsnaam nodig</translation>
    </message>
    <message>
        <source>needed, e.g. {example}</source>
        <translation>verplicht, bijv. {example}</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-databasebestand</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Testing the connection (at most {seconds} seconds)...</source>
        <translation>Verbinding wordt getest (hooguit {seconds} seconden)…</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <source>The database is set by the environment variable {variable}, which beats the config file: a choice made here could not be saved. To choose here, start without {variable}.</source>
        <translation>De database is ingesteld met de omgevingsvariabele {variable}, die voorgaat op het configuratiebestand: een keuze hier kan niet worden opgeslagen. Start zonder {variable} om hier te kiezen.</translation>
    </message>
    <message>
        <source>The database was given on the command line (--database), which beats the config file: a choice made here could not be saved. To choose here, start without it.</source>
        <translation>De database is op de opdrachtregel opgegeven (--database), wat voorgaat op het configuratiebestand: een keuze hier kan niet worden opgeslagen. Start zonder die optie om hier te kiezen.</translation>
    </message>
    <message>
        <source>The database is ready, but the choice cannot be saved in {file} ({reason}); nothing was switched.</source>
        <translation>De database is klaar, maar de keuze kan niet worden opgeslagen in {file} ({reason}); er is niets omgeschakeld.</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Booth POS: door check-in</source>
        <translation>Booth POS: toegangscontrole</translation>
    </message>
    <message>
        <source>Scan the visitor&apos;s QR code</source>
        <translation>Scan de QR-code van de bezoeker</translation>
    </message>
    <message>
        <source>Pick the session, then scan.</source>
        <translation>Kies de sessie en scan dan.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>No workshops today</source>
        <translation>Vandaag geen workshops</translation>
    </message>
    <message>
        <source>Set them up first.</source>
        <translation>Maak ze eerst aan.</translation>
    </message>
    <message>
        <source>Pick the session first</source>
        <translation>Kies eerst de sessie</translation>
    </message>
    <message>
        <source>Cannot reach the database</source>
        <translation>De database is niet bereikbaar</translation>
    </message>
    <message>
        <source>Offline since {since}: check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Offline sinds {since}: check-ins blijven op deze laptop en worden verstuurd zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>Offline since {since}: 1 check-in is kept on this laptop and sent when the line is back</source>
        <translation>Offline sinds {since}: 1 check-in blijft op deze laptop en wordt verstuurd zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>Offline since {since}: {count} check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Offline sinds {since}: {count} check-ins blijven op deze laptop en worden verstuurd zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>Back online - sending 1 check-in...</source>
        <translation>Weer online – 1 check-in wordt verstuurd…</translation>
    </message>
    <message>
        <source>Back online - sending {count} check-ins...</source>
        <translation>Weer online – {count} check-ins worden verstuurd…</translation>
    </message>
</context>
<context>
    <name>DoorVerdicts</name>
    <message>
        <source>Admitted: {name}</source>
        <translation>Toegelaten: {name}</translation>
    </message>
    <message>
        <source>seat {seat} of {seats}</source>
        <translation>plaats {seat} van {seats}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Al ingecheckt om {time}</translation>
    </message>
    <message>
        <source>{name}: all {seats} seat(s) used</source>
        <translation>{name}: alle plaatsen ({seats}) gebruikt</translation>
    </message>
    <message>
        <source>another workshop</source>
        <translation>een andere workshop</translation>
    </message>
    <message>
        <source>Booked for {time}, not this session</source>
        <translation>Geboekt voor {time}, niet voor deze sessie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgelast</translation>
    </message>
    <message>
        <source>{title} does not take place</source>
        <translation>{title} gaat niet door</translation>
    </message>
    <message>
        <source>Not booked - 1 seat free: send to the counter</source>
        <translation>Niet geboekt – 1 plaats vrij: stuur naar de kassa</translation>
    </message>
    <message>
        <source>Not booked - {free} seats free: send to the counter</source>
        <translation>Niet geboekt – {free} plaatsen vrij: stuur naar de kassa</translation>
    </message>
    <message>
        <source>{name} has no seat here</source>
        <translation>{name} heeft hier geen plaats</translation>
    </message>
    <message>
        <source>Not a visitor&apos;s code: {code}</source>
        <translation>Geen bezoekerscode: {code}</translation>
    </message>
</context>
<context>
    <name>EmailTest</name>
    <message>
        <source>send a test to (your address)</source>
        <translation>test versturen naar (je eigen adres)</translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation>Test-e-mail ver&amp;sturen</translation>
    </message>
    <message>
        <source>Sending a test email to {to}...</source>
        <translation>Test-e-mail naar {to} wordt verstuurd…</translation>
    </message>
    <message>
        <source>Test email sent to {to} (Message-ID {id}).</source>
        <translation>Test-e-mail verstuurd naar {to} (Message-ID {id}).</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Step 1 of 2: the database</source>
        <translation>Stap 1 van 2: de database</translation>
    </message>
    <message>
        <source>Step 2 of 2: the first admin and the exhibition</source>
        <translation>Stap 2 van 2: de eerste beheerder en de beurs</translation>
    </message>
    <message>
        <source>Booth POS: first start</source>
        <translation>Booth POS: eerste start</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back to the choice of database (Alt+B)</source>
        <translation>Terug naar de keuze van de database (Alt+T)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Aan&amp;maken</translation>
    </message>
    <message>
        <source>Preparing the database (creating or upgrading its tables)...</source>
        <translation>De database wordt voorbereid (tabellen worden aangemaakt of bijgewerkt)…</translation>
    </message>
    <message>
        <source>This database is already set up: log in. (Saved in {path}.)</source>
        <translation>Deze database is al ingericht: log in. (Opgeslagen in {path}.)</translation>
    </message>
    <message>
        <source>Database chosen and saved in {path}.</source>
        <translation>Database gekozen en opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition and the demo data (this takes a moment)...</source>
        <translation>De beheerder, de beurs en de demogegevens worden aangemaakt (dit duurt even)…</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition...</source>
        <translation>De beheerder en de beurs worden aangemaakt…</translation>
    </message>
    <message>
        <source>Set up: admin {name}</source>
        <translation>Ingericht: beheerder {name}</translation>
    </message>
    <message>
        <source>exhibition {name} ({code}, {currency})</source>
        <translation>beurs {name} ({code}, {currency})</translation>
    </message>
    <message>
        <source>demo data: {count} customers</source>
        <translation>demogegevens: {count} klanten</translation>
    </message>
    <message>
        <source>Log in now.</source>
        <translation>Log nu in.</translation>
    </message>
    <message>
        <source>The demo data failed: {error}</source>
        <translation>De demogegevens zijn mislukt: {error}</translation>
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
        <translation>Deze hulp</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Back to the checkout&apos;s scan field, from any screen</source>
        <translation>Terug naar het scanveld van de kassa, vanuit elk scherm</translation>
    </message>
    <message>
        <source>Ctrl+1 ... Ctrl+9, Ctrl+0</source>
        <translation>Ctrl+1 … Ctrl+9, Ctrl+0</translation>
    </message>
    <message>
        <source>Open the screens listed on the left (Ctrl+0: the tenth)</source>
        <translation>De schermen links in de lijst openen (Ctrl+0: het tiende)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next / previous screen in the list</source>
        <translation>Volgende / vorige scherm in de lijst</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Find a customer by code or name from any screen (Enter sells, Ctrl+E edits)</source>
        <translation>Een klant zoeken op code of naam, vanuit elk scherm (Enter verkoopt, Ctrl+E bewerkt)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the till now (the same user unlocks; another logs in and takes over)</source>
        <translation>De kassa nu vergrendelen (dezelfde gebruiker ontgrendelt; een ander logt in en neemt over)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Open or close the customer display (its monitor: Settings &gt; Appearance)</source>
        <translation>Het klantendisplay openen of sluiten (het beeldscherm ervan: Instellingen &gt; Uiterlijk)</translation>
    </message>
    <message>
        <source>Enter (scan field)</source>
        <translation>Enter (scanveld)</translation>
    </message>
    <message>
        <source>Customer code: their card; barcode, SKU or product name: add it</source>
        <translation>Klantcode: de klantenkaart; streepjescode, artikelnummer of productnaam: toevoegen</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>New free-text line: description, Tab, amount, Tab, quantity, Tab, VAT %, Enter</source>
        <translation>Nieuwe regel met vrije tekst: omschrijving, Tab, bedrag, Tab, aantal, Tab, btw %, Enter</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the cart&apos;s lines (arrows move, F2 edits a cell, Delete removes a line)</source>
        <translation>Naar de regels in de winkelwagen (pijltoetsen verplaatsen, F2 bewerkt een cel, Delete verwijdert een regel)</translation>
    </message>
    <message>
        <source>Alt+1 ... Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Sell the first nine quick keys of the tab on show (tap or click works too)</source>
        <translation>De eerste negen snelknoppen van het getoonde tabblad verkopen (tikken of klikken kan ook)</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Go to the quick keys: arrows move, Enter or Space sells the tile</source>
        <translation>Naar de snelknoppen: pijltoetsen verplaatsen, Enter of spatiebalk verkoopt de tegel</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <source>Previous / next tab of quick keys (All, the categories, Workshops)</source>
        <translation>Vorig / volgend tabblad met snelknoppen (Alle, de categorieën, Workshops)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Discount on the whole sale: 10% or an amount, spread over the lines</source>
        <translation>Korting op de hele verkoop: 10% of een bedrag, verdeeld over de regels</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Walk-in sale: remove the customer from the cart</source>
        <translation>Passantenverkoop: de klant uit de winkelwagen halen</translation>
    </message>
    <message>
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <source>Park the sale (with an optional note) and start an empty one</source>
        <translation>De verkoop parkeren (met een optionele notitie) en een lege beginnen</translation>
    </message>
    <message>
        <source>Shift+F10</source>
        <translation>Shift+F10</translation>
    </message>
    <message>
        <source>Parked sales of this till: Enter brings one back with its customer</source>
        <translation>Geparkeerde verkopen van deze kassa: Enter haalt er een terug met de klant erbij</translation>
    </message>
    <message>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <source>Pay: cash received (Enter), or F6 for card, both for a split payment</source>
        <translation>Betalen: contant ontvangen (Enter), of F6 voor kaart, allebei voor een gesplitste betaling</translation>
    </message>
    <message>
        <source>Enter / Esc (confirmation)</source>
        <translation>Enter / Esc (bevestiging)</translation>
    </message>
    <message>
        <source>Save the sale / go back and change it</source>
        <translation>De verkoop opslaan / teruggaan en hem wijzigen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New sale (asks first when the cart has lines)</source>
        <translation>Nieuwe verkoop (vraagt eerst als de winkelwagen regels heeft)</translation>
    </message>
    <message>
        <source>Esc (scan field)</source>
        <translation>Esc (scanveld)</translation>
    </message>
    <message>
        <source>Clear what was typed</source>
        <translation>Wissen wat er is getypt</translation>
    </message>
    <message>
        <source>Enter (invoice view)</source>
        <translation>Enter (factuurweergave)</translation>
    </message>
    <message>
        <source>Done: back to an empty checkout</source>
        <translation>Klaar: terug naar een lege kassa</translation>
    </message>
    <message>
        <source>Ctrl+E (invoice view)</source>
        <translation>Ctrl+E (factuurweergave)</translation>
    </message>
    <message>
        <source>Edit the invoice (managers): F2 edits a cell, Ctrl+S saves</source>
        <translation>De factuur bewerken (managers): F2 bewerkt een cel, Ctrl+S slaat op</translation>
    </message>
    <message>
        <source>Ctrl+P (invoice view)</source>
        <translation>Ctrl+P (factuurweergave)</translation>
    </message>
    <message>
        <source>Print the receipt again (marked COPY)</source>
        <translation>De bon opnieuw afdrukken (gemarkeerd als KOPIE)</translation>
    </message>
    <message>
        <source>Ctrl+R (invoice view)</source>
        <translation>Ctrl+R (factuurweergave)</translation>
    </message>
    <message>
        <source>Refund the invoice, whole or per line (a credit note)</source>
        <translation>De factuur terugbetalen, helemaal of per regel (een creditnota)</translation>
    </message>
    <message>
        <source>Ctrl+M (invoice view)</source>
        <translation>Ctrl+M (factuurweergave)</translation>
    </message>
    <message>
        <source>Email the customer again: the invoice, a voided one&apos;s void notice; a refunded one offers its refund notices (Enter sends the latest)</source>
        <translation>De klant opnieuw mailen: de factuur, bij een gestorneerde de stornomelding; bij een terugbetaalde de terugbetalingsmeldingen (Enter verstuurt de laatste)</translation>
    </message>
    <message>
        <source>Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (invoice view)</source>
        <translation>Alt+C, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (factuurweergave)</translation>
    </message>
    <message>
        <source>A refunded invoice&apos;s credit notes: pick one / open its PDF / save it / reprint its slip</source>
        <translation>De creditnota&apos;s van een terugbetaalde factuur: er een kiezen / de PDF openen / opslaan / de bon opnieuw afdrukken</translation>
    </message>
    <message>
        <source>F5 (cash drawer)</source>
        <translation>F5 (kassalade)</translation>
    </message>
    <message>
        <source>Refresh the X report</source>
        <translation>Het X-rapport vernieuwen</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+D / Ctrl+S (cash drawer)</source>
        <translation>Ctrl+P / Ctrl+D / Ctrl+S (kassalade)</translation>
    </message>
    <message>
        <source>Print the X or Z report on screen (a Z printed before: COPY) / open its PDF / save it</source>
        <translation>Het getoonde X- of Z-rapport afdrukken (een eerder afgedrukt Z-rapport: KOPIE) / de PDF openen / opslaan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer: Ctrl+R retry, Ctrl+T another printer; one that may not have printed: Ctrl+P reprint as COPY (drawer stays shut), Ctrl+M mark printed</source>
        <translation>Bonnen die op de printer wachten: Ctrl+R opnieuw proberen, Ctrl+T andere printer; een die misschien niet is afgedrukt: Ctrl+P opnieuw afdrukken als KOPIE (lade blijft dicht), Ctrl+M markeren als afgedrukt</translation>
    </message>
    <message>
        <source>Alt+S / Alt+K, Ctrl+R, Del (outbox)</source>
        <translation>Alt+W / Alt+S, Ctrl+R, Del (Postvak UIT)</translation>
    </message>
    <message>
        <source>Filter the customer emails by state / kind; retry one; cancel one</source>
        <translation>De klantmails filteren op status / soort; er een opnieuw proberen; er een annuleren</translation>
    </message>
    <message>
        <source>Ctrl+N / Ctrl+S (products)</source>
        <translation>Ctrl+N / Ctrl+S (producten)</translation>
    </message>
    <message>
        <source>New product / save the product</source>
        <translation>Nieuw product / het product opslaan</translation>
    </message>
    <message>
        <source>Enter / Del (product barcodes)</source>
        <translation>Enter / Del (streepjescodes van een product)</translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode / remove the selected</source>
        <translation>De gescande of getypte streepjescode toevoegen / de geselecteerde verwijderen</translation>
    </message>
    <message>
        <source>Ctrl+I / Ctrl+E (products)</source>
        <translation>Ctrl+I / Ctrl+E (producten)</translation>
    </message>
    <message>
        <source>Import products from a CSV (checked first) / export as CSV</source>
        <translation>Producten importeren uit een CSV (eerst gecontroleerd) / exporteren als CSV</translation>
    </message>
    <message>
        <source>F5 / Ctrl+E (reports)</source>
        <translation>F5 / Ctrl+E (rapporten)</translation>
    </message>
    <message>
        <source>Show the period&apos;s report / export it as CSV</source>
        <translation>Het rapport van de periode tonen / exporteren als CSV</translation>
    </message>
    <message>
        <source>Alt+S / Alt+M (reports)</source>
        <translation>Alt+O / Alt+P (rapporten)</translation>
    </message>
    <message>
        <source>Sales / Commission tab (Alt+A there: one cashier or all)</source>
        <translation>Tabblad Omzet / Provisie (daar Alt+K: één kassamedewerker of allemaal)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E (customers, invoices)</source>
        <translation>Ctrl+Shift+E (klanten, facturen)</translation>
    </message>
    <message>
        <source>Export the filtered list to CSV or XLSX (managers); again to stop</source>
        <translation>De gefilterde lijst exporteren naar CSV of XLSX (managers); nog een keer om te stoppen</translation>
    </message>
    <message>
        <source>Ctrl+S (settings)</source>
        <translation>Ctrl+S (instellingen)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>De instellingen opslaan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts	F1</source>
        <translation>&amp;Sneltoetsen	F1</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>Versie- en systeeminformatie &amp;kopiëren</translation>
    </message>
    <message>
        <source>Version and system information copied</source>
        <translation>Versie- en systeeminformatie gekopieerd</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>ignore</source>
        <translation>negeren</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>btw-nummer</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>klanttype</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>leadstatus</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>Klantveld</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Veld voor {column}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>... and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns not imported&lt;/b&gt; (no customer field takes them): {names}</source>
        <translation>&lt;b&gt;Niet geïmporteerde kolommen&lt;/b&gt; (geen klantveld neemt ze op): {names}</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} rijen: {created} aangemaakt, {updated} bijgewerkt, {unchanged} ongewijzigd, {rejected} afgewezen</translation>
    </message>
    <message>
        <source>Dry run (nothing was saved): {counts}</source>
        <translation>Proefrun (er is niets opgeslagen): {counts}</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before is saved. {counts}. Importing the same file again completes it.</source>
        <translation>Import geannuleerd; wat daarvoor is geïmporteerd, is opgeslagen. {counts}. Hetzelfde bestand opnieuw importeren maakt het af.</translation>
    </message>
    <message>
        <source>Import finished: {counts}</source>
        <translation>Import voltooid: {counts}</translation>
    </message>
    <message>
        <source>, encoding {encoding}</source>
        <translation>, codering {encoding}</translation>
    </message>
    <message>
        <source>, delimiter {delimiter}</source>
        <translation>, scheidingsteken {delimiter}</translation>
    </message>
    <message>
        <source>File {file} ({found}); on duplicate: {duplicate}; invalid email: {email}</source>
        <translation>Bestand {file} ({found}); bij duplicaat: {duplicate}; ongeldig e-mailadres: {email}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Codering:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation>Afgewezen, per reden</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>Eerste afgewezen rijen</translation>
    </message>
    <message>
        <source>Warnings (the customer is kept, the value as written)</source>
        <translation>Waarschuwingen (de klant wordt overgenomen, de waarde zoals geschreven)</translation>
    </message>
    <message>
        <source>First warnings</source>
        <translation>Eerste waarschuwingen</translation>
    </message>
    <message>
        <source>Duplicates matched by</source>
        <translation>Duplicaten herkend op</translation>
    </message>
    <message>
        <source>Created or updated, per country</source>
        <translation>Aangemaakt of bijgewerkt, per land</translation>
    </message>
    <message>
        <source>Created or updated, per type</source>
        <translation>Aangemaakt of bijgewerkt, per type</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Paid so far: {amount} {currency}. Payments stay; the difference shows as due or owed back. F2 edits a cell, Delete removes a line, F3 adds one, Ctrl+S saves.</source>
        <translation>Tot nu toe betaald: {amount} {currency}. Betalingen blijven staan; het verschil verschijnt als nog te betalen of terug te betalen. F2 bewerkt een cel, Delete verwijdert een regel, F3 voegt er een toe, Ctrl+S slaat op.</translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <translation>Factuur {number} bewerken</translation>
    </message>
    <message>
        <source>empty: walk-in</source>
        <translation>leeg: passant</translation>
    </message>
    <message>
        <source>required, e.g. wrong quantity</source>
        <translation>verplicht, bijv. verkeerd aantal</translation>
    </message>
    <message>
        <source>&amp;Customer code</source>
        <translation>&amp;Klantcode</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation>regel {number}: {problem}</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>een factuur heeft minstens één regel nodig</translation>
    </message>
    <message>
        <source>Say why the invoice is edited (Reason)</source>
        <translation>Geef aan waarom de factuur wordt bewerkt (Reden)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Checking whether the edit was saved - the database stopped answering ({doubt})</source>
        <translation>Controleren of de wijziging is opgeslagen – de database antwoordt niet meer ({doubt})</translation>
    </message>
    <message>
        <source>The edit is being saved: wait for the answer</source>
        <translation>De wijziging wordt opgeslagen: wacht op het antwoord</translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>refunded in full</source>
        <translation>volledig terugbetaald</translation>
    </message>
    <message>
        <source>{amount} {currency} refunded</source>
        <translation>{amount} {currency} terugbetaald</translation>
    </message>
    <message>
        <source>full invoice</source>
        <translation>volledige factuur</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>btw verlegd</translation>
    </message>
    <message>
        <source>Total {total} {currency} · paid {paid} · change {change}</source>
        <translation>Totaal {total} {currency} · betaald {paid} · wisselgeld {change}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>passant</translation>
    </message>
    <message>
        <source>The customer still owes {amount} {currency}.</source>
        <translation>De klant moet nog {amount} {currency} betalen.</translation>
    </message>
    <message>
        <source>Pay back {amount} {currency} to the customer.</source>
        <translation>Betaal {amount} {currency} terug aan de klant.</translation>
    </message>
    <message>
        <source>Nothing to pay or pay back.</source>
        <translation>Niets te betalen of terug te betalen.</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Klaar (Enter)</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Storneren…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refund... (Ctrl+R)</source>
        <translation>Terugbetalen… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Opnieuw afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Send invoice again (Ctrl+M)</source>
        <translation>Factuur opnieuw versturen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice</source>
        <translation>Alleen een manager kan een factuur storneren</translation>
    </message>
    <message>
        <source>Send void notice again (Ctrl+M)</source>
        <translation>Stornomelding opnieuw versturen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Queue the customer&apos;s email about this invoice again (a refunded one: choose the refund notice or the invoice)</source>
        <translation>De e-mail aan de klant over deze factuur opnieuw in de wachtrij zetten (bij een terugbetaalde: kies de terugbetalingsmelding of de factuur)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Geen klant</translation>
    </message>
    <message>
        <source>Change lines or customer (Ctrl+E)</source>
        <translation>Regels of klant wijzigen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Only a manager can edit</source>
        <translation>Alleen een manager kan bewerken</translation>
    </message>
    <message>
        <source>Refunded: refund what is left instead</source>
        <translation>Terugbetaald: betaal in plaats daarvan het restant terug</translation>
    </message>
    <message>
        <source>Everything on this invoice was refunded</source>
        <translation>Alles op deze factuur is terugbetaald</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method}</source>
        <translation>Creditnota {number}: geef {amount} {currency} terug ({method})</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method} (goods not restocked)</source>
        <translation>Creditnota {number}: geef {amount} {currency} terug ({method}; goederen niet terug in voorraad)</translation>
    </message>
    <message>
        <source>{number} edited. {balance}</source>
        <translation>{number} bewerkt. {balance}</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Factuur storneren</translation>
    </message>
    <message>
        <source>Void {number} ({amount} {currency})?
It keeps its number and counts nowhere any more; this cannot be undone.
Reason (required):</source>
        <translation>{number} ({amount} {currency}) storneren?
De factuur houdt haar nummer en telt nergens meer mee; dit kan niet ongedaan worden gemaakt.
Reden (verplicht):</translation>
    </message>
    <message>
        <source>{number} voided</source>
        <translation>{number} gestorneerd</translation>
    </message>
    <message>
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation>Controleren of de stornering is opgeslagen – de database antwoordt niet meer ({doubt})</translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation>E-mail aan {recipient} in de wachtrij gezet ({subject}); Postvak UIT verstuurt hem op de achtergrond</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>Offline: the sales made on this till since the line dropped; the server&apos;s invoices are listed again when the line is back</source>
        <translation>Offline: de verkopen op deze kassa sinds de verbinding wegviel; de facturen van de server staan er weer als de verbinding terug is</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>passant</translation>
    </message>
    <message>
        <source>All but drafts</source>
        <translation>Alle behalve concepten</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgeschreven</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Gestorneerd</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Factuurnummer of klantcode</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturen</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Terug (Esc)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Volgorde</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Description (F3)</source>
        <translation>Omschrijving (F3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>VAT rate: type it, or choose one of this till&apos;s (Up/Down)</source>
        <translation>Btw-tarief: typ het in of kies een tarief van deze kassa (pijl omhoog/omlaag)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <source>The server does not answer: this till sells on its own journal and sends every sale when the line is back (the Offline journal screen lists them)</source>
        <translation>De server antwoordt niet: deze kassa verkoopt op haar eigen journaal en verstuurt elke verkoop zodra de verbinding terug is (het scherm Offline-journaal toont ze)</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 entry waiting</source>
        <translation>Offline sinds {since} – 1 item wacht</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} entries waiting</source>
        <translation>Offline sinds {since} – {count} items wachten</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and 1 other entry waiting</source>
        <translation>Offline sinds {since} – 1 verkoop en 1 ander item wachten</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and {others} other entries waiting</source>
        <translation>Offline sinds {since} – 1 verkoop en {others} andere items wachten</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and 1 other entry waiting</source>
        <translation>Offline sinds {since} – {sales} verkopen en 1 ander item wachten</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and {others} other entries waiting</source>
        <translation>Offline sinds {since} – {sales} verkopen en {others} andere items wachten</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale...</source>
        <translation>Weer online – 1 verkoop wordt verstuurd…</translation>
    </message>
    <message>
        <source>Back online - sending {count} sales...</source>
        <translation>Weer online – {count} verkopen worden verstuurd…</translation>
    </message>
    <message>
        <source>Back online - sending 1 entry...</source>
        <translation>Weer online – 1 item wordt verstuurd…</translation>
    </message>
    <message>
        <source>Back online - sending {count} entries...</source>
        <translation>Weer online – {count} items worden verstuurd…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and 1 other entry...</source>
        <translation>Weer online – 1 verkoop en 1 ander item worden verstuurd…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and {others} other entries...</source>
        <translation>Weer online – 1 verkoop en {others} andere items worden verstuurd…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and 1 other entry...</source>
        <translation>Weer online – {sales} verkopen en 1 ander item worden verstuurd…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and {others} other entries...</source>
        <translation>Weer online – {sales} verkopen en {others} andere items worden verstuurd…</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale waiting</source>
        <translation>Offline sinds {since} – 1 verkoop wacht</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} sales waiting</source>
        <translation>Offline sinds {since} – {count} verkopen wachten</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporteren als</translation>
    </message>
    <message>
        <source>Exporting {noun} needs a manager (permission data.export)</source>
        <translation>Exporteren van {noun} vereist een manager (recht data.export)</translation>
    </message>
    <message>
        <source>E&amp;xport {noun}... ({shortcut})</source>
        <translation>E&amp;xport van {noun}… ({shortcut})</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Cancel export ({shortcut})</source>
        <translation>Export annuleren ({shortcut})</translation>
    </message>
    <message>
        <source>Exporting {noun} to {path}...</source>
        <translation>Export van {noun} naar {path}…</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path} (stopped: the rest was not written)</source>
        <translation>{count} {noun} geëxporteerd naar {path} (gestopt: de rest is niet geschreven)</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path}</source>
        <translation>{count} {noun} geëxporteerd naar {path}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
        <translation>Booth POS: vergrendeld</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after a while without input. {user}: your password to go on. Someone else: log in with your own name (the open sale is then discarded).</source>
        <translation>&lt;b&gt;Vergrendeld&lt;/b&gt; na een tijd zonder invoer. {user}: je wachtwoord om verder te gaan. Iemand anders: log in met je eigen naam (de open verkoop wordt dan weggegooid).</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Booth POS: log in</source>
        <translation>Booth POS: inloggen</translation>
    </message>
    <message>
        <source>Terminal {terminal}: please log in.</source>
        <translation>Kassa {terminal}: log in.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Database wordt geopend…</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Wrong user name or password, too often: {user} can try again in {wait} (minutes:seconds).</source>
        <translation>Te vaak een verkeerde gebruikersnaam of een verkeerd wachtwoord: {user} kan het over {wait} (minuten:seconden) opnieuw proberen.</translation>
    </message>
    <message>
        <source>The wait is over: try again.</source>
        <translation>De wachttijd is voorbij: probeer het opnieuw.</translation>
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
        <translation>Scanner: toetsenbord</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
        <translation>De winkelwagen heeft {count} regels. De verkoop parkeren voor het sluiten?</translation>
    </message>
    <message>
        <source>The cart has 1 line. Park the sale before closing?</source>
        <translation>De winkelwagen heeft 1 regel. De verkoop parkeren voor het sluiten?</translation>
    </message>
    <message>
        <source>Close Booth POS</source>
        <translation>Booth POS sluiten</translation>
    </message>
    <message>
        <source>&amp;Park and close</source>
        <translation>&amp;Parkeren en sluiten</translation>
    </message>
    <message>
        <source>&amp;Drop the cart and close</source>
        <translation>Winkelwagen &amp;leegmaken en sluiten</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>Goedkeuring door manager</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Manager</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Type the manager&apos;s user name</source>
        <translation>Typ de gebruikersnaam van de manager</translation>
    </message>
    <message>
        <source>Type the manager&apos;s password</source>
        <translation>Typ het wachtwoord van de manager</translation>
    </message>
    <message>
        <source>Checking {name}&apos;s approval...</source>
        <translation>Goedkeuring van {name} wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Unexpected error ({error}); nothing was lost, try again</source>
        <translation>Onverwachte fout ({error}); er is niets verloren gegaan, probeer het opnieuw</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <translation>De klant geeft {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>This invoice is on the server; refunds, voids and edits wait until the line is back</source>
        <translation>Deze factuur staat op de server; terugbetalingen, storneringen en wijzigingen wachten tot de verbinding terug is</translation>
    </message>
    <message>
        <source>This till is still sending its offline sales; open the invoice again in a moment</source>
        <translation>Deze kassa verstuurt nog haar offline verkopen; open de factuur zo meteen opnieuw</translation>
    </message>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <translation>Op deze kassa (offline) opgeslagen als {number}; gaat naar de server zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <translation>Ingelogd op deze kassa (offline)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <translation>{name} op deze kassa (offline) geregistreerd als {code}; de welkomstmail gaat eruit zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>This sale is parked on the server; it can be brought back when the line is back</source>
        <translation>Deze verkoop staat geparkeerd op de server; hij kan worden teruggehaald zodra de verbinding terug is</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>This till keeps no offline journal: its database is embedded (SQLite, on this computer), so there is no line to the server to lose.</source>
        <translation>Deze kassa houdt geen offline-journaal bij: de database is ingebouwd (SQLite, op deze computer), dus er is geen verbinding met de server die kan wegvallen.</translation>
    </message>
    <message>
        <source>The offline journal is not made yet (the app makes it in the background at start).</source>
        <translation>Het offline-journaal is nog niet aangemaakt (de app maakt het bij het starten op de achtergrond aan).</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Cash session opened</source>
        <translation>Kassasessie geopend</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Storting/opname</translation>
    </message>
    <message>
        <source>Cash session closed</source>
        <translation>Kassasessie afgesloten</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Toegangscontrole</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Invoice edited</source>
        <translation>Factuur gewijzigd</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · 1 conflict · last sync {when}</source>
        <translation>{pending} wachten op verzending · 1 conflict · laatste synchronisatie {when}</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · {count} conflicts · last sync {when}</source>
        <translation>{pending} wachten op verzending · {count} conflicten · laatste synchronisatie {when}</translation>
    </message>
    <message>
        <source>Send now (Ctrl+Enter)</source>
        <translation>Nu versturen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Offline-journaal</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent (oldest first)</source>
        <translation>&amp;Wacht op verzending (oudste eerst)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (kept with the sale; for a manager to settle)</source>
        <translation>&amp;Conflicten (blijven bij de verkoop; een manager handelt ze af)</translation>
    </message>
    <message>
        <source>Online: the server answers.</source>
        <translation>Online: de server antwoordt.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} still waiting: {error}</source>
        <translation>{sent} verstuurd; {pending} wachten nog: {error}</translation>
    </message>
    <message>
        <source>Sent {sent}, {count} new conflict(s); {pending} waiting</source>
        <translation>{sent} verstuurd, {count} nieuwe conflict(en); {pending} wachten</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} waiting</source>
        <translation>{sent} verstuurd; {pending} wachten</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Void notice</source>
        <translation>Stornomelding</translation>
    </message>
    <message>
        <source>Refund notice</source>
        <translation>Terugbetalingsmelding</translation>
    </message>
    <message>
        <source>customer {code}</source>
        <translation>klant {code}</translation>
    </message>
    <message>
        <source>invoice {number}</source>
        <translation>factuur {number}</translation>
    </message>
    <message>
        <source>next try {time} UTC</source>
        <translation>volgende poging {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt; to {recipient}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt; aan {recipient}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Retry now (Ctrl+R)</source>
        <translation>Nu opnieuw proberen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel (Del)</source>
        <translation>Annuleren (Del)</translation>
    </message>
    <message>
        <source>Resend welcome</source>
        <translation>Welkomstmail opnieuw versturen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Weergeven</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Email to {recipient}: will be sent at the next round</source>
        <translation>E-mail aan {recipient}: wordt in de volgende ronde verstuurd</translation>
    </message>
    <message>
        <source>Email to {recipient}: cancelled</source>
        <translation>E-mail aan {recipient}: geannuleerd</translation>
    </message>
    <message>
        <source>Email to {recipient}: queued again</source>
        <translation>E-mail aan {recipient}: opnieuw in de wachtrij gezet</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox: all sent</source>
        <translation>Postvak UIT: alles verzonden</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation>Postvak UIT: {waiting} in wachtrij</translation>
    </message>
    <message>
        <source>Outbox: -</source>
        <translation>Postvak UIT: -</translation>
    </message>
    <message>
        <source>Customer emails not sent yet (the Outbox screen says why)</source>
        <translation>Nog niet verzonden klantmails (het scherm Postvak UIT zegt waarom)</translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Postvak UIT: ?</translation>
    </message>
</context>
<context>
    <name>ParkedPicker</name>
    <message>
        <source>Offline: the sales parked on this till while the line is down; those parked on the server show again when the line is back</source>
        <translation>Offline: de verkopen die op deze kassa zijn geparkeerd terwijl de verbinding weg is; die op de server verschijnen weer zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>passant</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 regel</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} regels</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>door {user}</translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation>Geparkeerde verkopen</translation>
    </message>
    <message>
        <source>Parked sales at this till (Enter brings one back, Esc cancels):</source>
        <translation>Geparkeerde verkopen op deze kassa (Enter haalt er een terug, Esc annuleert):</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>To pay: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>Te betalen: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>authorisation code from the card terminal</source>
        <translation>autorisatiecode van de betaalterminal</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Contant ontvangen</translation>
    </message>
    <message>
        <source>Card amount (F6)</source>
        <translation>Kaartbedrag (F6)</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>Kaartreferentie</translation>
    </message>
    <message>
        <source>Large amount of cash</source>
        <translation>Groot contant bedrag</translation>
    </message>
    <message>
        <source>Still to pay: {amount} {currency}</source>
        <translation>Nog te betalen: {amount} {currency}</translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>Wisselgeld: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{change} - check the cash received</source>
        <translation>{change} – controleer het ontvangen contante geld</translation>
    </message>
    <message>
        <source>Cash received: {amount} {currency} for {due} {currency} due.

Did the customer really hand over that much? The change would be {change} {currency}.</source>
        <translation>Contant ontvangen: {amount} {currency} voor {due} {currency} te betalen.

Heeft de klant echt zoveel gegeven? Het wisselgeld zou {change} {currency} zijn.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>cash</source>
        <translation>contant</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kaart</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Save PDF as</source>
        <translation>PDF opslaan als</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>P&amp;DF openen</translation>
    </message>
    <message>
        <source>Save PDF &amp;as...</source>
        <translation>PDF opslaan &amp;als…</translation>
    </message>
    <message>
        <source>A draft has no invoice PDF; issue it first</source>
        <translation>Een concept heeft geen factuur-PDF; schrijf de factuur eerst uit</translation>
    </message>
    <message>
        <source>Making {file}...</source>
        <translation>{file} wordt gemaakt…</translation>
    </message>
    <message>
        <source>Opened {file} in the PDF viewer</source>
        <translation>{file} geopend in de PDF-viewer</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the file is {path} (or use Save PDF as)</source>
        <translation>Geen PDF-viewer heeft het geopend; het bestand is {path} (of gebruik PDF opslaan als)</translation>
    </message>
    <message>
        <source>Saving {file}...</source>
        <translation>{file} wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <source>The PDF could not be written {path}: {reason}</source>
        <translation>De PDF kon niet worden geschreven {path}: {reason}</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>De PDF kon niet worden geschreven: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Geen printer ingesteld (Instellingen &gt; Printer)</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Niets af te drukken</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Offline: the receipts of the sales made on this till; the server&apos;s queue shows again when the line is back</source>
        <translation>Offline: de bonnen van de verkopen op deze kassa; de wachtrij van de server staat er weer als de verbinding terug is</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED ({problem})</source>
        <translation>MOGELIJK AFGEDRUKT ({problem})</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED</source>
        <translation>MOGELIJK AFGEDRUKT</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>verzenden</translation>
    </message>
    <message>
        <source>{document} (copy)</source>
        <translation>{document} (kopie)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>nog niet geprobeerd</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt; on {printer}: {why}</source>
        <translation>&lt;b&gt;{document} is mogelijk niet afgedrukt&lt;/b&gt; op {printer}: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;{document} is mogelijk niet afgedrukt&lt;/b&gt;: {why}</translation>
    </message>
    <message>
        <source>Look at the printer. It came out: &lt;b&gt;Mark printed&lt;/b&gt; (Ctrl+M). It did not, or you cannot tell: &lt;b&gt;Reprint as COPY&lt;/b&gt; (Ctrl+P), marked COPY, the drawer stays shut.</source>
        <translation>Kijk bij de printer. Is hij eruit gekomen: &lt;b&gt;Als afgedrukt markeren&lt;/b&gt; (Ctrl+M). Is hij dat niet, of kun je het niet zien: &lt;b&gt;Opnieuw afdrukken als KOPIE&lt;/b&gt; (Ctrl+P), gemarkeerd als KOPIE, de lade blijft dicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries on {printer}</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: {count} pogingen op {printer}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: {count} pogingen</translation>
    </message>
    <message>
        <source>Printer now: busy printing</source>
        <translation>Printer nu: bezig met afdrukken</translation>
    </message>
    <message>
        <source>Printer now: {status}</source>
        <translation>Printer nu: {status}</translation>
    </message>
    <message>
        <source>Printed {numbers}.</source>
        <translation>{numbers} afgedrukt.</translation>
    </message>
    <message>
        <source>{number} may not have printed: {why}. Check the printer.</source>
        <translation>{number} is mogelijk niet afgedrukt: {why}. Controleer de printer.</translation>
    </message>
    <message>
        <source>{number} still waits: {why}</source>
        <translation>{number} wacht nog: {why}</translation>
    </message>
    <message>
        <source>Printed {numbers}</source>
        <translation>{numbers} afgedrukt</translation>
    </message>
    <message>
        <source>Nothing was sent (no printer set up, or another round has it)</source>
        <translation>Er is niets verzonden (geen printer ingesteld, of een andere ronde is ermee bezig)</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer</source>
        <translation>Bonnen die op de printer wachten</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Printer: -</translation>
    </message>
    <message>
        <source>&amp;Retry (Ctrl+R)</source>
        <translation>&amp;Opnieuw (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send &amp;to another printer... (Ctrl+T)</source>
        <translation>Naar &amp;andere printer… (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Cancel job (Del)</source>
        <translation>Taak a&amp;nnuleren (Del)</translation>
    </message>
    <message>
        <source>Reprint as COPY (Ctrl+P)</source>
        <translation>Opnieuw afdrukken als KOPIE (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Mark printed (Ctrl+M)</source>
        <translation>Als afgedrukt &amp;markeren (Ctrl+M)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Printer: niet ingesteld</translation>
    </message>
    <message>
        <source>Printer: {error}</source>
        <translation>Printer: {error}</translation>
    </message>
    <message>
        <source>No receipt is waiting.</source>
        <translation>Er wacht geen bon.</translation>
    </message>
    <message>
        <source>Sending {document} to {url}...</source>
        <translation>{document} wordt naar {url} verzonden…</translation>
    </message>
    <message>
        <source>Sending {document} to the printer...</source>
        <translation>{document} wordt naar de printer verzonden…</translation>
    </message>
    <message>
        <source>Copy of {document}</source>
        <translation>Kopie van {document}</translation>
    </message>
    <message>
        <source>Printing a copy of {document}...</source>
        <translation>Kopie van {document} wordt afgedrukt…</translation>
    </message>
    <message>
        <source>Marking {document} printed...</source>
        <translation>{document} wordt als afgedrukt gemarkeerd…</translation>
    </message>
    <message>
        <source>{document} marked printed</source>
        <translation>{document} gemarkeerd als afgedrukt</translation>
    </message>
    <message>
        <source>Cancelling {document}...</source>
        <translation>{document} wordt geannuleerd…</translation>
    </message>
    <message>
        <source>{document} will not print; it can be printed again any time</source>
        <translation>{document} wordt niet afgedrukt; hij kan altijd opnieuw worden afgedrukt</translation>
    </message>
    <message>
        <source>Send to another printer</source>
        <translation>Naar een andere printer sturen</translation>
    </message>
    <message>
        <source>Printer URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, ...):</source>
        <translation>Printer-URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, …):</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
        <translation>{count} bonnen</translation>
    </message>
    <message>
        <source>Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)</source>
        <translation>Printer: {what} mogelijk niet afgedrukt – controleer de printer (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>drukt af</translation>
    </message>
    <message>
        <source>Printer: {why} - {waiting} waiting</source>
        <translation>Printer: {why} – {waiting} in wachtrij</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Printer: niet ingesteld</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>Receipt printer; click or Ctrl+Shift+P for the receipts waiting</source>
        <translation>Bonprinter; klik of Ctrl+Shift+P voor de wachtende bonnen</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>papier bijna op</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>papier op</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>klep open</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>Sent to the printer, but the printer never confirmed it. Look at the printer, then in the print queue (click, or Ctrl+Shift+P) reprint it as a COPY (the drawer stays shut) or mark it printed. Nothing prints it again by itself.</source>
        <translation>Naar de printer verzonden, maar de printer heeft het nooit bevestigd. Kijk bij de printer en druk dan in de afdrukwachtrij (klik, of Ctrl+Shift+P) opnieuw af als KOPIE (de lade blijft dicht) of markeer als afgedrukt. Niets drukt hem vanzelf opnieuw af.</translation>
    </message>
    <message>
        <source>Printer: {status}</source>
        <translation>Printer: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Printer: -</translation>
    </message>
    <message>
        <source>Receipt printer: {status}</source>
        <translation>Bonprinter: {status}</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Printer: ?</translation>
    </message>
</context>
<context>
    <name>PrinterTest</name>
    <message>
        <source>Status of {url}: {status}</source>
        <translation>Status van {url}: {status}</translation>
    </message>
    <message>
        <source>Status: -</source>
        <translation>Status: -</translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation>Testpagina af&amp;drukken</translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation>Status &amp;controleren</translation>
    </message>
    <message>
        <source>Status: no printer set up (type its URL above)</source>
        <translation>Status: geen printer ingesteld (typ hierboven de URL)</translation>
    </message>
    <message>
        <source>Status: {error}</source>
        <translation>Status: {error}</translation>
    </message>
    <message>
        <source>Type the printer&apos;s URL first (e.g. tcp://192.168.1.50:9100)</source>
        <translation>Typ eerst de URL van de printer (bijv. tcp://192.168.1.50:9100)</translation>
    </message>
    <message>
        <source>Printing a test page on {url}...</source>
        <translation>Testpagina wordt afgedrukt op {url}…</translation>
    </message>
    <message>
        <source>Test page sent to {url}; the printer took it ({status}).</source>
        <translation>Testpagina verzonden naar {url}; de printer heeft hem aangenomen ({status}).</translation>
    </message>
</context>
<context>
    <name>ProductFileActions</name>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Producten importeren</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Producten exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV... (Ctrl+I)</source>
        <translation>CSV importeren… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>CSV exporteren… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>{file} wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>{file} wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Imported {file}: {outcome}</source>
        <translation>{file} geïmporteerd: {outcome}</translation>
    </message>
    <message>
        <source>{count} products written to {path}</source>
        <translation>{count} producten geschreven naar {path}</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Codering:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Er is geen rij afgewezen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt; (fix them in the file and import it again)</source>
        <translation>&lt;b&gt;Afgewezen rijen&lt;/b&gt; (corrigeer ze in het bestand en importeer het opnieuw)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Producten importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import it?</source>
        <translation>Importeren?</translation>
    </message>
    <message>
        <source>Nothing in it would change the catalogue.</source>
        <translation>Niets erin zou de catalogus wijzigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {file}&lt;/b&gt;: {outcome}</source>
        <translation>&lt;b&gt;{file} geïmporteerd&lt;/b&gt;: {outcome}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Kies een product</translation>
    </message>
    <message>
        <source>Products matching {typed} (Enter adds, Esc cancels):</source>
        <translation>Producten die passen bij {typed} (Enter voegt toe, Esc annuleert):</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <source>Search name, SKU or barcode</source>
        <translation>Zoek op naam, artikelnummer of streepjescode</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nieuw product</translation>
    </message>
    <message>
        <source>On sale (can be scanned)</source>
        <translation>In verkoop (kan worden gescand)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Nieuw product (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;Artikelnr.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>&amp;Streepjescodes</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Prijs</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>Bt&amp;w %</translation>
    </message>
    <message>
        <source>Quick-key &amp;presets (named amounts)...</source>
        <translation>Snel&amp;knopsjablonen (benoemde bedragen)…</translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation>Product {sku}</translation>
    </message>
    <message>
        <source>{sku} {name} added</source>
        <translation>{sku} {name} toegevoegd</translation>
    </message>
    <message>
        <source>{sku} {name} saved</source>
        <translation>{sku} {name} opgeslagen</translation>
    </message>
    <message>
        <source>{sku} {name} saved (not on sale)</source>
        <translation>{sku} {name} opgeslagen (niet in verkoop)</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Customer code</source>
        <translation>Klantcode</translation>
    </message>
    <message>
        <source>Drawing the QR code...</source>
        <translation>QR-code wordt getekend…</translation>
    </message>
    <message>
        <source>Let the visitor photograph the QR code; scanning it at the checkout finds them.</source>
        <translation>Laat de bezoeker de QR-code fotograferen; als hij aan de kassa wordt gescand, is de bezoeker meteen gevonden.</translation>
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
        <translation>Snelknopsjablonen</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Favoriet: eerst in de tabbladen</translation>
    </message>
    <message>
        <source>&amp;Add preset (Enter)</source>
        <translation>&amp;Sjabloon toevoegen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Bedrag</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>Bt&amp;w %</translation>
    </message>
    <message>
        <source>&amp;Tab (optional)</source>
        <translation>&amp;Tabblad (optioneel)</translation>
    </message>
    <message>
        <source>{name} added to the quick keys</source>
        <translation>{name} toegevoegd aan de snelknoppen</translation>
    </message>
    <message>
        <source>{name} removed from the quick keys</source>
        <translation>{name} verwijderd uit de snelknoppen</translation>
    </message>
</context>
<context>
    <name>QuickKeySetting</name>
    <message>
        <source>Quick key at the checkout</source>
        <translation>Snelknop bij de kassa</translation>
    </message>
    <message>
        <source>Show as a &amp;tile</source>
        <translation>Als te&amp;gel tonen</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Favoriet: eerst in de tabbladen</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>op naam</translation>
    </message>
    <message>
        <source>Lower places come first; favourites before all others</source>
        <translation>Lagere posities komen eerst; favorieten vóór alle andere</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>P&amp;ositie</translation>
    </message>
</context>
<context>
    <name>QuickKeyTiles</name>
    <message>
        <source>full</source>
        <translation>vol</translation>
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
        <translation>Snelknoppen niet geladen: {error}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Copy of {number}&apos;s receipt</source>
        <translation>Kopie van de bon van {number}</translation>
    </message>
    <message>
        <source>{what} printed on {printer}</source>
        <translation>{what} afgedrukt op {printer}</translation>
    </message>
    <message>
        <source>{what} may not have printed: {why}. Check the printer; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>{what} is mogelijk niet afgedrukt: {why}. Controleer de printer; de afdrukwachtrij (Ctrl+Shift+P) drukt hem opnieuw af als KOPIE of markeert hem als afgedrukt</translation>
    </message>
    <message>
        <source>{what} waits in the print queue: {why} (Ctrl+Shift+P to retry or send it elsewhere)</source>
        <translation>{what} wacht in de afdrukwachtrij: {why} (Ctrl+Shift+P om het opnieuw te proberen of naar een andere printer te sturen)</translation>
    </message>
    <message>
        <source>{what} queued; it prints in a moment</source>
        <translation>{what} in de wachtrij; wordt zo afgedrukt</translation>
    </message>
    <message>
        <source>A draft has no receipt</source>
        <translation>Een concept heeft geen bon</translation>
    </message>
    <message>
        <source>Drawing the receipt...</source>
        <translation>Bon wordt getekend…</translation>
    </message>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Geen printer ingesteld (Instellingen &gt; Printer)</translation>
    </message>
    <message>
        <source>Print the receipt again, marked COPY (Ctrl+P)</source>
        <translation>De bon opnieuw afdrukken, gemarkeerd als KOPIE (Ctrl+P)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Geen voorbeeld</translation>
    </message>
    <message>
        <source>Printing a copy of {number}&apos;s receipt...</source>
        <translation>Kopie van de bon van {number} wordt afgedrukt…</translation>
    </message>
</context>
<context>
    <name>ReceiptWatch</name>
    <message>
        <source>Receipt {number} printed now, after the printer came back</source>
        <translation>Bon {number} nu afgedrukt, nu de printer terug is</translation>
    </message>
    <message>
        <source>Receipt {number} printed</source>
        <translation>Bon {number} afgedrukt</translation>
    </message>
    <message>
        <source>The receipt of {number} may not have printed ({why}). Check the paper; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>De bon van {number} is mogelijk niet afgedrukt ({why}). Controleer het papier; de afdrukwachtrij (Ctrl+Shift+P) drukt hem opnieuw af als KOPIE of markeert hem als afgedrukt</translation>
    </message>
    <message>
        <source>The receipt of {number} did not print: {why}. It prints by itself when the printer is back (marked PRINTED LATE if that is minutes from now); Ctrl+P tries again</source>
        <translation>De bon van {number} is niet afgedrukt: {why}. Hij wordt vanzelf afgedrukt zodra de printer terug is (gemarkeerd als LATER AFGEDRUKT als dat over enkele minuten is); Ctrl+P probeert het opnieuw</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund {number}</source>
        <translation>{number} terugbetalen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>Aantal terug</translation>
    </message>
    <message>
        <source>Back to stock (untick for damaged goods)</source>
        <translation>Terug in voorraad (uitvinken bij beschadigde goederen)</translation>
    </message>
    <message>
        <source>required, e.g. mug chipped</source>
        <translation>verplicht, bijv. mok beschadigd</translation>
    </message>
    <message>
        <source>Pay &amp;back by</source>
        <translation>&amp;Terugbetalen via</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Nothing to refund: every quantity is 0</source>
        <translation>Niets terug te betalen: elk aantal is 0</translation>
    </message>
    <message>
        <source>Checking whether the refund was saved - the database stopped answering ({doubt})</source>
        <translation>Controleren of de terugbetaling is opgeslagen – de database antwoordt niet meer ({doubt})</translation>
    </message>
    <message>
        <source>The refund is being saved: wait for the answer</source>
        <translation>De terugbetaling wordt opgeslagen: wacht op het antwoord</translation>
    </message>
</context>
<context>
    <name>RegisterCustomer</name>
    <message>
        <source>Register customer</source>
        <translation>Klant registreren</translation>
    </message>
    <message>
        <source>Register &amp;anyway (Alt+A)</source>
        <translation>Toch &amp;registreren (Alt+R)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Register another (Ctrl+N / Enter)</source>
        <translation>Volgende registreren (Ctrl+N / Enter)</translation>
    </message>
    <message>
        <source>Sell to this customer (Ctrl+B)</source>
        <translation>Aan deze klant verkopen (Ctrl+B)</translation>
    </message>
    <message>
        <source>Badge P&amp;DF</source>
        <translation>Badge-P&amp;DF</translation>
    </message>
    <message>
        <source>Save bad&amp;ge as...</source>
        <translation>Bad&amp;ge opslaan als…</translation>
    </message>
    <message>
        <source>To save, complete or correct: {fields}</source>
        <translation>Vul aan of corrigeer om op te slaan: {fields}</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Corrigeer de gemarkeerde velden</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Checking whether the registration was saved - the database stopped answering ({doubt})</source>
        <translation>Controleren of de registratie is opgeslagen – de database antwoordt niet meer ({doubt})</translation>
    </message>
    <message>
        <source>Registered {name}</source>
        <translation>{name} geregistreerd</translation>
    </message>
    <message>
        <source>No QR image</source>
        <translation>Geen QR-afbeelding</translation>
    </message>
    <message>
        <source>The customer is saved, but drawing the QR failed: {error}</source>
        <translation>De klant is opgeslagen, maar het tekenen van de QR-code is mislukt: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{email}&lt;/b&gt; is already registered to &lt;b&gt;{name}&lt;/b&gt; ({code}). Change the email, or register anyway only if this really is another person.</source>
        <translation>&lt;b&gt;{email}&lt;/b&gt; is al geregistreerd op naam van &lt;b&gt;{name}&lt;/b&gt; ({code}). Wijzig het e-mailadres, of registreer toch alleen als dit echt een andere persoon is.</translation>
    </message>
    <message>
        <source>{error} - the form is kept: press Ctrl+S to try again</source>
        <translation>{error} – het formulier blijft staan: druk op Ctrl+S om het opnieuw te proberen</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sales {first} - {last} · {exhibition} ({currency})</source>
        <translation>Omzet {first} – {last} · {exhibition} ({currency})</translation>
    </message>
    <message>
        <source>Net sales &lt;b&gt;{gross} {currency}&lt;/b&gt; from {count} invoices · VAT {vat} · discounts given {discounts}</source>
        <translation>Netto-omzet &lt;b&gt;{gross} {currency}&lt;/b&gt; uit {count} facturen · btw {vat} · gegeven kortingen {discounts}</translation>
    </message>
    <message>
        <source>not paid {amount}</source>
        <translation>niet betaald {amount}</translation>
    </message>
    <message>
        <source>Issued {issued} ({issued_amount}) − voided {voided} ({voided_amount}) − refunded {refunded} ({refunded_amount}) = {gross}</source>
        <translation>Uitgeschreven {issued} ({issued_amount}) − gestorneerd {voided} ({voided_amount}) − terugbetaald {refunded} ({refunded_amount}) = {gross}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>Per btw-tarief</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Per betaalmethode</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Per kassamedewerker</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassamedewerker</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Show (F5)</source>
        <translation>Tonen (F5)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>CSV exporteren… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Laatste &amp;7 dagen</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Eerste dag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>P&amp;DF openen</translation>
    </message>
    <message>
        <source>Save PDF as...</source>
        <translation>PDF opslaan als…</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Omzet</translation>
    </message>
    <message>
        <source>Co&amp;mmission</source>
        <translation>&amp;Provisie</translation>
    </message>
    <message>
        <source>Adding up...</source>
        <translation>Optellen…</translation>
    </message>
    <message>
        <source>Export sales report</source>
        <translation>Omzetrapport exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
        <translation>kassamedewerker</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
</context>
<context>
    <name>SaleConfirmation</name>
    <message>
        <source>Walk-in customer</source>
        <translation>Passant</translation>
    </message>
    <message>
        <source>ref {reference}</source>
        <translation>ref. {reference}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Totaal {amount} {currency}</translation>
    </message>
    <message>
        <source>Change {amount} {currency}</source>
        <translation>Wisselgeld {amount} {currency}</translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation>Verkoop bevestigen</translation>
    </message>
    <message>
        <source>&amp;Reverse charge: VAT accounted for by the buyer ({vat_id})</source>
        <translation>&amp;Btw verlegd: de koper draagt de btw af ({vat_id})</translation>
    </message>
    <message>
        <source>Save sale (Enter)</source>
        <translation>Verkoop opslaan (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Terug (Esc)</translation>
    </message>
</context>
<context>
    <name>ScanActions</name>
    <message>
        <source>Scanned a sale code, but this role has no checkout</source>
        <translation>Verkoopcode gescand, maar deze rol heeft geen kassa</translation>
    </message>
    <message>
        <source>Scanned invoice {number}, but this role cannot open invoices</source>
        <translation>Factuur {number} gescand, maar deze rol kan geen facturen openen</translation>
    </message>
</context>
<context>
    <name>ScanReaders</name>
    <message>
        <source>{error}; using zxing</source>
        <translation>{error}; zxing wordt gebruikt</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>keyboard</source>
        <translation>toetsenbord</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>serieel</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>Scan ({source}) not used: {reason}</source>
        <translation>Scan ({source}) niet gebruikt: {reason}</translation>
    </message>
    <message>
        <source>a dialog</source>
        <translation>een dialoogvenster</translation>
    </message>
    <message>
        <source>Scan of {what} refused: close {title} first, then scan again</source>
        <translation>Scan van {what} geweigerd: sluit eerst {title} en scan dan opnieuw</translation>
    </message>
    <message>
        <source>Too many scans waiting: {what} dropped</source>
        <translation>Te veel scans in de wachtrij: {what} genegeerd</translation>
    </message>
    <message>
        <source>Scan of {what} waits until {title} is closed</source>
        <translation>Scan van {what} wacht tot {title} is gesloten</translation>
    </message>
</context>
<context>
    <name>ScannerSettings</name>
    <message>
        <source>&lt;b&gt;Try it:&lt;/b&gt; scan something now; it is shown here, not used.</source>
        <translation>&lt;b&gt;Probeer het:&lt;/b&gt; scan nu iets; het wordt hier getoond, niet gebruikt.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Nog niets gescand.</translation>
    </message>
</context>
<context>
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>serieel {port}</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>toetsenbord</translation>
    </message>
    <message>
        <source>Scanner: {sources}</source>
        <translation>Scanner: {sources}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>({sources} lost, retrying)</source>
        <translation>({sources} verbroken, opnieuw proberen)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Checkout</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation>Klant registreren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassalade</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postvak UIT</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Toegangscontrole</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Offline-journaal</translation>
    </message>
</context>
<context>
    <name>SessionReportActions</name>
    <message>
        <source>Print report (Ctrl+P)</source>
        <translation>Rapport afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print this report on the till&apos;s printer (Ctrl+P)</source>
        <translation>Dit rapport afdrukken op de printer van de kassa (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+D)</source>
        <translation>PDF openen (Ctrl+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+S)</source>
        <translation>PDF opslaan… (Ctrl+S)</translation>
    </message>
    <message>
        <source>No report on screen</source>
        <translation>Geen rapport op het scherm</translation>
    </message>
    <message>
        <source>{kind} report {number}</source>
        <translation>{kind}-rapport {number}</translation>
    </message>
    <message>
        <source>Printing {what}...</source>
        <translation>{what} wordt afgedrukt…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>opened at the next login</source>
        <translation>wordt bij de volgende login geopend</translation>
    </message>
    <message>
        <source>Keyboard scanners</source>
        <translation>Toetsenbordscanners</translation>
    </message>
    <message>
        <source>tell scanner bursts from typing</source>
        <translation>scannerinvoer onderscheiden van typen</translation>
    </message>
    <message>
        <source>Scanner ends a code with</source>
        <translation>Scanner sluit een code af met</translation>
    </message>
    <message>
        <source>nothing (a pause ends it)</source>
        <translation>niets (een pauze sluit hem af)</translation>
    </message>
    <message>
        <source>Max ms between a scan&apos;s keys</source>
        <translation>Max. ms tussen de toetsen van een scan</translation>
    </message>
    <message>
        <source>people type 80+ ms apart</source>
        <translation>mensen typen met 80+ ms ertussen</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>Kortste code</translation>
    </message>
    <message>
        <source>shorter bursts count as typing</source>
        <translation>kortere invoer telt als typen</translation>
    </message>
    <message>
        <source>Pause that ends a code (ms)</source>
        <translation>Pauze die een code afsluit (ms)</translation>
    </message>
    <message>
        <source>for scanners without Enter</source>
        <translation>voor scanners zonder Enter</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Voorvoegsel</translation>
    </message>
    <message>
        <source>characters the scanner sends first (removed)</source>
        <translation>tekens die de scanner eerst stuurt (verwijderd)</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Achtervoegsel</translation>
    </message>
    <message>
        <source>characters the scanner sends last (removed)</source>
        <translation>tekens die de scanner als laatste stuurt (verwijderd)</translation>
    </message>
    <message>
        <source>Same code again counts after (ms)</source>
        <translation>Zelfde code telt opnieuw na (ms)</translation>
    </message>
    <message>
        <source>0: every scan</source>
        <translation>0: elke scan</translation>
    </message>
    <message>
        <source>Scan while a dialog is open</source>
        <translation>Scan terwijl een dialoogvenster open is</translation>
    </message>
    <message>
        <source>wait until it is closed</source>
        <translation>wachten tot het gesloten is</translation>
    </message>
    <message>
        <source>refuse with a message</source>
        <translation>weigeren met een melding</translation>
    </message>
    <message>
        <source>Beep on a rejected scan</source>
        <translation>Pieptoon bij een geweigerde scan</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Seriële poort</translation>
    </message>
    <message>
        <source>/dev/ttyACM0, COM3; opened at the next login</source>
        <translation>/dev/ttyACM0, COM3; wordt bij de volgende login geopend</translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation>Seriële baudrate</translation>
    </message>
    <message>
        <source>as set in the scanner</source>
        <translation>zoals ingesteld in de scanner</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>0 = first camera, or a device/video path; opened at the next login</source>
        <translation>0 = eerste camera, of een apparaat-/videopad; wordt bij de volgende login geopend</translation>
    </message>
    <message>
        <source>Camera decoder</source>
        <translation>Cameradecoder</translation>
    </message>
    <message>
        <source>zxing-cpp (best)</source>
        <translation>zxing-cpp (beste)</translation>
    </message>
    <message>
        <source>zbar (needs libzbar)</source>
        <translation>zbar (vereist libzbar)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; empty: no receipts</source>
        <translation>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; leeg: geen bonnen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>python-escpos profile: default, TM-T20II, POS-5890...</source>
        <translation>python-escpos-profiel: default, TM-T20II, POS-5890…</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Tekens per regel</translation>
    </message>
    <message>
        <source>32 on 58 mm paper, 42 or 48 on 80 mm</source>
        <translation>32 op 58 mm papier, 42 of 48 op 80 mm</translation>
    </message>
    <message>
        <source>Print the receipt after each sale</source>
        <translation>De bon na elke verkoop afdrukken</translation>
    </message>
    <message>
        <source>Open the cash drawer on cash sales</source>
        <translation>De kassalade openen bij contante verkopen</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Tijdslimiet (seconden)</translation>
    </message>
    <message>
        <source>a printer that does not answer</source>
        <translation>voor een printer die niet antwoordt</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Voettekst van de bon</translation>
    </message>
    <message>
        <source>lines separated by |</source>
        <translation>regels gescheiden door |</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Afrekenen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>suggested for new exhibitions</source>
        <translation>voorgesteld voor nieuwe beurzen</translation>
    </message>
    <message>
        <source>Default VAT rate (%)</source>
        <translation>Standaard btw-tarief (%)</translation>
    </message>
    <message>
        <source>for new lines</source>
        <translation>voor nieuwe regels</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Prijzen inclusief btw</translation>
    </message>
    <message>
        <source>typed prices are gross (on) or net (off)</source>
        <translation>getypte prijzen zijn bruto (aan) of netto (uit)</translation>
    </message>
    <message>
        <source>Sales need an open cash session</source>
        <translation>Verkopen vereisen een open kassasessie</translation>
    </message>
    <message>
        <source>the till&apos;s float counted in (Cash drawer) before the first sale</source>
        <translation>het beginsaldo van de kassa ingeteld (Kassalade) vóór de eerste verkoop</translation>
    </message>
    <message>
        <source>Ask about cash above (x due)</source>
        <translation>Vragen bij contant boven (x te betalen)</translation>
    </message>
    <message>
        <source>cash over this many times what is due needs a yes from the cashier</source>
        <translation>contant boven dit veelvoud van het te betalen bedrag vereist een ja van de kassamedewerker</translation>
    </message>
    <message>
        <source>... but never below</source>
        <translation>… maar nooit onder</translation>
    </message>
    <message>
        <source>a 100 note for a coffee is normal: no question up to this amount</source>
        <translation>een briefje van 100 voor een koffie is normaal: tot dit bedrag geen vraag</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturen</translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation>Kassacode</translation>
    </message>
    <message>
        <source>the series in this till&apos;s invoice numbers (EXPO-T1-0001); unique per till</source>
        <translation>de reeks in de factuurnummers van deze kassa (EXPO-T1-0001); uniek per kassa</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Kassanaam</translation>
    </message>
    <message>
        <source>shown at the login</source>
        <translation>getoond bij het inloggen</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standaard telefoonregio</translation>
    </message>
    <message>
        <source>national numbers are read as this country&apos;s (DE, AT, US...)</source>
        <translation>nationale nummers gelden als nummers van dit land (DE, AT, US…)</translation>
    </message>
    <message>
        <source>Email required at registration</source>
        <translation>E-mailadres verplicht bij registratie</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Winkel</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Winkelnaam</translation>
    </message>
    <message>
        <source>on emails and badges; invoices: the seller&apos;s name, else this, else the exhibition&apos;s</source>
        <translation>op e-mails en badges; facturen: de naam van de verkoper, anders deze, anders die van de beurs</translation>
    </message>
    <message>
        <source>Invoice footer</source>
        <translation>Voettekst van de factuur</translation>
    </message>
    <message>
        <source>bank details, thanks</source>
        <translation>bankgegevens, bedankje</translation>
    </message>
    <message>
        <source>Invoice paper</source>
        <translation>Factuurpapier</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Se&amp;ller</source>
        <translation>&amp;Verkoper</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Officiële naam</translation>
    </message>
    <message>
        <source>on every invoice, receipt and invoice email</source>
        <translation>op elke factuur, bon en factuurmail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>ISO code or name (DE, Germany)</source>
        <translation>ISO-code of naam (NL, Nederland)</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>EU VAT ID (DE136695976); with the country it decides who may be reverse charged</source>
        <translation>EU-btw-nummer (DE136695976); samen met het land bepaalt het bij wie de btw verlegd mag worden</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Belastingnummer</translation>
    </message>
    <message>
        <source>national tax number (Steuernummer)</source>
        <translation>nationaal belastingnummer (Steuernummer)</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Registerinschrijving</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Berlin HRB 12345</source>
        <translation>bijv. KvK 12345678</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>&amp;Beveiliging</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Vergrendelen na minuten inactiviteit</translation>
    </message>
    <message>
        <source>0 never locks</source>
        <translation>0 vergrendelt nooit</translation>
    </message>
    <message>
        <source>Failed logins before waits</source>
        <translation>Mislukte logins vóór wachttijd</translation>
    </message>
    <message>
        <source>then each next try of that name waits 1, 2, 4... seconds</source>
        <translation>daarna wacht elke volgende poging met die naam 1, 2, 4… seconden</translation>
    </message>
    <message>
        <source>Longest wait (seconds)</source>
        <translation>Langste wachttijd (seconden)</translation>
    </message>
    <message>
        <source>the most a wrong-password guesser can hold up a real user</source>
        <translation>hoelang iemand die wachtwoorden raadt een echte gebruiker hooguit kan ophouden</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>light, dark, high contrast, or as the desktop</source>
        <translation>licht, donker, hoog contrast, of zoals het bureaublad</translation>
    </message>
    <message>
        <source>Touch mode</source>
        <translation>Aanraakmodus</translation>
    </message>
    <message>
        <source>buttons and fields 44 px high, for fingers</source>
        <translation>knoppen en velden 44 px hoog, voor vingers</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Klantendisplay</translation>
    </message>
    <message>
        <source>open the visitor&apos;s screen with the app (Ctrl+Shift+V opens or closes it)</source>
        <translation>het scherm voor de bezoeker openen met de app (Ctrl+Shift+V opent of sluit het)</translation>
    </message>
    <message>
        <source>Display on monitor</source>
        <translation>Display op beeldscherm</translation>
    </message>
    <message>
        <source>0 the first, 1 the second</source>
        <translation>0 het eerste, 1 het tweede</translation>
    </message>
    <message>
        <source>Display full screen</source>
        <translation>Display schermvullend</translation>
    </message>
    <message>
        <source>on its own monitor</source>
        <translation>op een eigen beeldscherm</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org; empty: no emails go out</source>
        <translation>bijv. smtp.example.org; leeg: er gaan geen e-mails uit</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL, 25 plain</source>
        <translation>587 voor STARTTLS, 465 voor SSL, 25 onversleuteld</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Geen (alleen lokale relay)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leeg: zonder inloggen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>kept in the system keyring where there is one</source>
        <translation>bewaard in de sleutelbos van het systeem, als die er is</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>From: of every customer email</source>
        <translation>Van: van elke klantmail</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo-afbeelding</translation>
    </message>
    <message>
        <source>PNG or JPEG file shown on top of emails</source>
        <translation>PNG- of JPEG-bestand bovenaan de e-mails</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Bezorgpogingen</translation>
    </message>
    <message>
        <source>before a message is failed</source>
        <translation>voordat een bericht als mislukt geldt</translation>
    </message>
    <message>
        <source>Sca&amp;nner</source>
        <translation>Sca&amp;nner</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Printer</translation>
    </message>
    <message>
        <source>default value</source>
        <translation>standaardwaarde</translation>
    </message>
    <message>
        <source>from the configuration file</source>
        <translation>uit het configuratiebestand</translation>
    </message>
    <message>
        <source>PNG printed on top of each receipt; empty: none</source>
        <translation>PNG bovenaan elke bon; leeg: geen</translation>
    </message>
    <message>
        <source>Now: {source}.</source>
        <translation>Nu: {source}.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>Geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Read-only: {reason}.</source>
        <translation>Alleen-lezen: {reason}.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Write the changes to the configuration file (Ctrl+S)</source>
        <translation>De wijzigingen naar het configuratiebestand schrijven (Ctrl+S)</translation>
    </message>
    <message>
        <source>Configuration file: {path}. Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Configuratiebestand: {path}. Ctrl+S slaat op; Alt+onderstreepte letter of Ctrl+Tab wisselt van tabblad.</translation>
    </message>
    <message>
        <source>Configuration file: {path} (created at the first save). Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Configuratiebestand: {path} (wordt bij de eerste keer opslaan aangemaakt). Ctrl+S slaat op; Alt+onderstreepte letter of Ctrl+Tab wisselt van tabblad.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>The SMTP password is in the system keyring.</source>
        <translation>Het SMTP-wachtwoord staat in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Note: {warning}.</source>
        <translation>Let op: {warning}.</translation>
    </message>
    <message>
        <source>Nothing changed; the file was left as it was.</source>
        <translation>Niets gewijzigd; het bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Applied now: {settings}.</source>
        <translation>Nu toegepast: {settings}.</translation>
    </message>
    <message>
        <source>At the next start of the app: {settings}.</source>
        <translation>Bij de volgende start van de app: {settings}.</translation>
    </message>
    <message>
        <source>Nothing was saved. {problems}</source>
        <translation>Er is niets opgeslagen. {problems}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>optional: the admin&apos;s full name</source>
        <translation>optioneel: de volledige naam van de beheerder</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>minstens {count} tekens</translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation>bijv. Expo 2026</translation>
    </message>
    <message>
        <source>short code in invoice numbers; empty: suggested</source>
        <translation>korte code in de factuurnummers; leeg: voorgesteld</translation>
    </message>
    <message>
        <source>Add &amp;demo data (customers, products and a few days of sales)</source>
        <translation>&amp;Demogegevens toevoegen (klanten, producten, enkele verkoopdagen)</translation>
    </message>
    <message>
        <source>Now the first admin (there is no default password) and the exhibition you sell for. More users are added later under Users.</source>
        <translation>Nu de eerste beheerder (er is geen standaardwachtwoord) en de beurs waarvoor je verkoopt. Meer gebruikers voeg je later toe onder Gebruikers.</translation>
    </message>
    <message>
        <source>Admin &amp;user name</source>
        <translation>&amp;Gebruikersnaam beheerder</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Volledige &amp;naam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <source>&amp;Exhibition</source>
        <translation>&amp;Beurs</translation>
    </message>
    <message>
        <source>Exhibition c&amp;ode</source>
        <translation>Beurs&amp;code</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Setting up the SQLite file &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation>Het SQLite-bestand &lt;code&gt;{path}&lt;/code&gt; wordt ingericht.</translation>
    </message>
    <message>
        <source>Setting up the PostgreSQL database &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>De PostgreSQL-database &lt;code&gt;{url}&lt;/code&gt; wordt ingericht.</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>de twee wachtwoorden verschillen</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>heeft een naam nodig</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>LOW</source>
        <translation>LAAG</translation>
    </message>
    <message>
        <source>{sku} {quantity} (missing {missing})</source>
        <translation>{sku} {quantity} ({missing} tekort)</translation>
    </message>
    <message>
        <source>Location (empty: all), e.g. BOOTH</source>
        <translation>Locatie (leeg: alle), bijv. BOOTH</translation>
    </message>
    <message>
        <source>&amp;Low only</source>
        <translation>Alleen &amp;lage voorraad</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Overboekingen</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;Nieuwe aanvraag…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <source>Recei&amp;ve...</source>
        <translation>&amp;Ontvangen…</translation>
    </message>
    <message>
        <source>Transfer {id} {source} -&gt; {target}: {status}</source>
        <translation>Overboeking {id} {source} -&gt; {target}: {status}</translation>
    </message>
    <message>
        <source>Select a transfer first</source>
        <translation>Selecteer eerst een overboeking</translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation>Een overboeking aanvragen</translation>
    </message>
    <message>
        <source>From, to and items, e.g.:  WAREHOUSE BOOTH MUG:20 CAP:10</source>
        <translation>Van, naar en artikelen, bijv.:  WAREHOUSE BOOTH MUG:20 CAP:10</translation>
    </message>
    <message>
        <source>Write FROM TO SKU:QTY [SKU:QTY ...]</source>
        <translation>Schrijf VAN NAAR ARTIKELNR:AANTAL [ARTIKELNR:AANTAL …]</translation>
    </message>
    <message>
        <source>Reject transfer</source>
        <translation>Overboeking afwijzen</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Overboeking ontvangen</translation>
    </message>
    <message>
        <source>What arrived, if not all that was sent (SKU:QTY ...):</source>
        <translation>Wat is aangekomen, als dat niet alles is wat verstuurd is (ARTIKELNR:AANTAL …):</translation>
    </message>
</context>
<context>
    <name>TerminalLock</name>
    <message>
        <source>The language was not saved: {error}</source>
        <translation>De taal is niet opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>TodaysWorkshops</name>
    <message>
        <source>Today&apos;s workshops</source>
        <translation>Workshops van vandaag</translation>
    </message>
    <message>
        <source>No workshops today.</source>
        <translation>Vandaag geen workshops.</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (afgelast)</translation>
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
        <translation>Btw {rate}%: {amount}</translation>
    </message>
    <message>
        <source>Discounts {amount}</source>
        <translation>Kortingen {amount}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Totaal {amount} {currency}</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Een gebruiker toevoegen</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Geselecteerde gebruiker</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Rol instellen</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Deactiveren / activeren</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
    <message>
        <source>Selected user: {user} (enabled)</source>
        <translation>Geselecteerde gebruiker: {user} (actief)</translation>
    </message>
    <message>
        <source>Selected user: {user} (disabled)</source>
        <translation>Geselecteerde gebruiker: {user} (gedeactiveerd)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>the two passwords differ; type them again</source>
        <translation>de twee wachtwoorden verschillen; typ ze opnieuw</translation>
    </message>
    <message>
        <source>{user} added as {role}</source>
        <translation>{user} toegevoegd als {role}</translation>
    </message>
    <message>
        <source>select a user first</source>
        <translation>selecteer eerst een gebruiker</translation>
    </message>
    <message>
        <source>{user} is now {role}</source>
        <translation>{user} is nu {role}</translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation>{user} geactiveerd</translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation>{user} gedeactiveerd</translation>
    </message>
    <message>
        <source>password of {user} reset</source>
        <translation>wachtwoord van {user} opnieuw ingesteld</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>uitgegeven</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>gestorneerd</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>aangevraagd</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>particulier</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>maker</translation>
    </message>
    <message>
        <source>press</source>
        <translation>pers</translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation>exposant</translation>
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
        <translation>overig</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>&amp;Today only (timetable)</source>
        <translation>Alleen &amp;vandaag (rooster)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>&amp;Add workshop</source>
        <translation>&amp;Workshop toevoegen</translation>
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
        <translation>Begint</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Price (0: free)</source>
        <translation>Prijs (0: gratis)</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Selected workshop</source>
        <translation>Geselecteerde workshop</translation>
    </message>
    <message>
        <source>why (emailed to everyone holding a seat)</source>
        <translation>waarom (wordt gemaild naar iedereen met een plaats)</translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation>Workshop a&amp;fgelasten</translation>
    </message>
    <message>
        <source>Send ce&amp;rtificates</source>
        <translation>Ce&amp;rtificaten versturen</translation>
    </message>
    <message>
        <source>Open the &amp;door view</source>
        <translation>Toegangs&amp;controle openen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>{code} added</source>
        <translation>{code} toegevoegd</translation>
    </message>
    <message>
        <source>select a workshop in the list first</source>
        <translation>selecteer eerst een workshop in de lijst</translation>
    </message>
    <message>
        <source>say why it is cancelled: the people booked get the reason</source>
        <translation>geef aan waarom hij wordt afgelast: de geboekte deelnemers krijgen de reden</translation>
    </message>
    <message>
        <source>{code} cancelled; everyone holding a seat gets an email</source>
        <translation>{code} afgelast; iedereen met een plaats krijgt een e-mail</translation>
    </message>
    <message>
        <source>{count} certificate email(s) queued for {code}</source>
        <translation>{count} certificaatmail(s) in de wachtrij gezet voor {code}</translation>
    </message>
</context>
</TS>
