<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name></name>
    <message>
        <source>{where}: {field}</source>
        <translation>{where}: {field}</translation>
    </message>
    <message>
        <source>could not find a free customer code; try again</source>
        <translation>nie udało się znaleźć wolnego kodu klienta; spróbuj ponownie</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}); register anyway only if this is really another person</source>
        <translation>{email} jest już zarejestrowany dla {name} ({code}); zarejestruj mimo to tylko wtedy, gdy to naprawdę inna osoba</translation>
    </message>
    <message>
        <source>no customer with code {code}</source>
        <translation>brak klienta o kodzie {code}</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>nie można edytować</translation>
    </message>
    <message>
        <source>customer {code} was changed on another terminal; reload and try again</source>
        <translation>klient {code} został zmieniony na innej kasie; odśwież i spróbuj ponownie</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>kamera {number}</translation>
    </message>
    <message>
        <source>no camera is set (scanner.camera)</source>
        <translation>nie ustawiono kamery (scanner.camera)</translation>
    </message>
    <message>
        <source>{camera} cannot be opened: not connected, or busy in another program</source>
        <translation>{camera}: nie można otworzyć (niepodłączona lub zajęta przez inny program)</translation>
    </message>
    <message>
        <source>the zbar decoder needs the zbar library (Debian: libzbar0): {error}</source>
        <translation>dekoder zbar wymaga biblioteki zbar (Debian: libzbar0): {error}</translation>
    </message>
    <message>
        <source>unknown decoder {name!r}; use one of {names}</source>
        <translation>nieznany dekoder {name!r}; użyj jednego z: {names}</translation>
    </message>
    <message>
        <source>{program} for PostgreSQL {major} (or newer) is not installed: install postgresql-client-{major} (Debian, Ubuntu) or the server&apos;s client tools</source>
        <translation>{program} dla PostgreSQL {major} (lub nowszego) nie jest zainstalowany: zainstaluj postgresql-client-{major} (Debian, Ubuntu) lub narzędzia klienckie serwera</translation>
    </message>
    <message>
        <source>{program} did not finish within {minutes} minutes</source>
        <translation>{program}: nie zakończono w ciągu {minutes} min</translation>
    </message>
    <message>
        <source>{program} could not be started: {why}</source>
        <translation>nie można uruchomić {program}: {why}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>kod wyjścia {code}</translation>
    </message>
    <message>
        <source>{program} failed: {reason}</source>
        <translation>{program}: błąd: {reason}</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s: it may have printed</source>
        <translation>{action}: nie zakończono w ciągu {seconds:g} s: paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s</source>
        <translation>{action}: nie zakończono w ciągu {seconds:g} s</translation>
    </message>
    <message>
        <source>status of {printer}</source>
        <translation>sprawdzanie stanu {printer}</translation>
    </message>
    <message>
        <source>writing to {printer}</source>
        <translation>zapis do {printer}</translation>
    </message>
    <message>
        <source>sending to {printer}</source>
        <translation>wysyłanie do {printer}</translation>
    </message>
    <message>
        <source>{problem}, after the receipt was sent: it may have printed</source>
        <translation>{problem} po wysłaniu paragonu: paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then stopped answering (no status within {seconds:g} s): it may have printed</source>
        <translation>{printer}: drukarka przyjęła paragon, a potem przestała odpowiadać (brak stanu w ciągu {seconds:g} s): paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>{problem} after taking the receipt: it may have printed</source>
        <translation>{problem} po przyjęciu paragonu: paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>{printer} did not answer within {seconds:g} s</source>
        <translation>{printer}: drukarka nie odpowiedziała w ciągu {seconds:g} s</translation>
    </message>
    <message>
        <source>{printer} is offline ({why})</source>
        <translation>{printer}: drukarka jest offline ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection ({why})</source>
        <translation>{printer}: drukarka zamknęła połączenie ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection</source>
        <translation>{printer}: drukarka zamknęła połączenie</translation>
    </message>
    <message>
        <source>{printer} stopped taking the receipt part way: it may have printed</source>
        <translation>{printer}: drukarka przestała przyjmować paragon w trakcie: paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>{printer} dropped the connection ({why}): it may have printed</source>
        <translation>{printer}: drukarka zerwała połączenie ({why}): paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>{printer} took the receipt but neither answered a status query nor closed the connection within {seconds:g} s: it may have printed</source>
        <translation>{printer}: drukarka przyjęła paragon, ale w ciągu {seconds:g} s ani nie odpowiedziała na zapytanie o stan, ani nie zamknęła połączenia: paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then reset ({why}): it may have printed</source>
        <translation>{printer}: drukarka przyjęła paragon, a potem się zresetowała ({why}): paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>{folder} does not exist</source>
        <translation>{folder} nie istnieje</translation>
    </message>
    <message>
        <source>cannot write to {target} ({why})</source>
        <translation>nie można zapisać do {target} ({why})</translation>
    </message>
    <message>
        <source>writing to {target} failed part way ({why}): it may have printed</source>
        <translation>zapis do {target} przerwany w trakcie ({why}): paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>cups:// printers need pycups (Debian: apt-get install python3-cups, or pip install pycups)</source>
        <translation>drukarki cups:// wymagają pycups (Debian: apt-get install python3-cups lub pip install pycups)</translation>
    </message>
    <message>
        <source>win32:// printers work on Windows only (pywin32)</source>
        <translation>drukarki win32:// działają tylko w systemie Windows (pywin32)</translation>
    </message>
    <message>
        <source>{scheme}:// needs {module}</source>
        <translation>{scheme}:// wymaga {module}</translation>
    </message>
    <message>
        <source>no driver for {scheme}://</source>
        <translation>brak sterownika dla {scheme}://</translation>
    </message>
    <message>
        <source>{printer} not found ({why})</source>
        <translation>{printer}: nie znaleziono drukarki ({why})</translation>
    </message>
    <message>
        <source>{printer} cannot be opened ({why})</source>
        <translation>{printer}: nie można otworzyć drukarki ({why})</translation>
    </message>
    <message>
        <source>{printer} failed ({why}): it may have printed</source>
        <translation>{printer}: błąd drukarki ({why}): paragon mógł zostać wydrukowany</translation>
    </message>
    <message>
        <source>{printer} failed ({why})</source>
        <translation>{printer}: błąd drukarki ({why})</translation>
    </message>
    <message>
        <source>autocutter</source>
        <translation>obcinacz papieru</translation>
    </message>
    <message>
        <source>unrecoverable, switch it off and on</source>
        <translation>błąd trwały, wyłącz i włącz drukarkę</translation>
    </message>
    <message>
        <source>recovers by itself, e.g. print head too hot</source>
        <translation>ustąpi samoczynnie, np. przegrzana głowica drukująca</translation>
    </message>
    <message>
        <source>unplugged, or the stream ended</source>
        <translation>odłączono lub strumień się zakończył</translation>
    </message>
    <message>
        <source>{problem}; trying again in {seconds:g} s</source>
        <translation>{problem}; ponowna próba za {seconds:g} s</translation>
    </message>
    <message>
        <source>{device}: reading</source>
        <translation>{device}: odczyt</translation>
    </message>
    <message>
        <source>{device} lost ({reason})</source>
        <translation>utracono: {device} ({reason})</translation>
    </message>
    <message>
        <source>serial port {port} cannot be opened ({error})</source>
        <translation>nie można otworzyć portu szeregowego {port} ({error})</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>port szeregowy {port}</translation>
    </message>
    <message>
        <source>the mail server refused the address {address} ({code} {reply})</source>
        <translation>serwer poczty odrzucił adres {address} ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server refused the sender {address} ({code} {reply}): check smtp.sender</source>
        <translation>serwer poczty odrzucił nadawcę {address} ({code} {reply}): sprawdź smtp.sender</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection while sending</source>
        <translation>serwer poczty {server} zamknął połączenie podczas wysyłania</translation>
    </message>
    <message>
        <source>the mail server did not accept the message ({code} {reply})</source>
        <translation>serwer poczty nie przyjął wiadomości ({code} {reply})</translation>
    </message>
    <message>
        <source>the connection to the mail server {server} broke ({error})</source>
        <translation>połączenie z serwerem poczty {server} zostało zerwane ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} stopped answering while sending (no reply within {seconds:g} s)</source>
        <translation>serwer poczty {server} przestał odpowiadać podczas wysyłania (brak odpowiedzi w ciągu {seconds:g} s)</translation>
    </message>
    <message>
        <source>no mail server is set up (smtp.host)</source>
        <translation>nie skonfigurowano serwera poczty (smtp.host)</translation>
    </message>
    <message>
        <source>no sender address is set up (smtp.sender)</source>
        <translation>nie skonfigurowano adresu nadawcy (smtp.sender)</translation>
    </message>
    <message>
        <source>the mail server {server} refused the login for {user} ({code} {reply}): check smtp.user and smtp.password</source>
        <translation>serwer poczty {server} odrzucił logowanie użytkownika {user} ({code} {reply}): sprawdź smtp.user i smtp.password</translation>
    </message>
    <message>
        <source>the mail server {server} does not support {feature}: check smtp.security (none, starttls or ssl) and smtp.port</source>
        <translation>serwer poczty {server} nie obsługuje {feature}: sprawdź smtp.security (none, starttls lub ssl) i smtp.port</translation>
    </message>
    <message>
        <source>the secure connection to {server} failed ({error}): check smtp.security (ssl is usually port 465, starttls 587) and smtp.port</source>
        <translation>nie udało się nawiązać bezpiecznego połączenia z {server} ({error}): sprawdź smtp.security (ssl to zwykle port 465, starttls 587) i smtp.port</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection ({error})</source>
        <translation>serwer poczty {server} zamknął połączenie ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} refused the connection ({code} {reply})</source>
        <translation>serwer poczty {server} odrzucił połączenie ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server name {host} cannot be found ({why})</source>
        <translation>nie można znaleźć nazwy serwera poczty {host} ({why})</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds:g} s</source>
        <translation>serwer poczty {server} nie odpowiedział w ciągu {seconds:g} s</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable (connection refused)</source>
        <translation>serwer poczty {server} jest nieosiągalny (połączenie odrzucone)</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable ({error})</source>
        <translation>serwer poczty {server} jest nieosiągalny ({error})</translation>
    </message>
    <message>
        <source>no keyring on this computer: the SMTP password is kept in the config file, readable by anyone who can read that file</source>
        <translation>brak magazynu kluczy na tym komputerze: hasło SMTP jest przechowywane w pliku konfiguracyjnym i może je odczytać każdy, kto może odczytać ten plik</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>nie można odczytać: {why}</translation>
    </message>
    <message>
        <source>has no header row (it is empty)</source>
        <translation>nie ma wiersza nagłówka (plik jest pusty)</translation>
    </message>
    <message>
        <source>has no header row (the first sheet is empty)</source>
        <translation>nie ma wiersza nagłówka (pierwszy arkusz jest pusty)</translation>
    </message>
    <message>
        <source>is not a readable XLSX workbook ({kind}: {error})</source>
        <translation>nie jest czytelnym skoroszytem XLSX ({kind}: {error})</translation>
    </message>
    <message>
        <source>unreadable row: {error}</source>
        <translation>nieczytelny wiersz: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be written: {why}</source>
        <translation>nie można zapisać {path}: {why}</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>kodowanie</translation>
    </message>
    <message>
        <source>{name!r} is not a text encoding (e.g. cp932, gb18030, cp1252, utf-16)</source>
        <translation>{name!r} nie jest kodowaniem tekstu (np. cp932, gb18030, cp1252, utf-16)</translation>
    </message>
    <message>
        <source>mixed encodings: {utf8} rows in UTF-8 and {other} in {encoding}; each row is read in its own, and the report names the rows to check</source>
        <translation>mieszane kodowania: wiersze w UTF-8: {utf8}, w {encoding}: {other}; każdy wiersz jest odczytywany we własnym kodowaniu, a raport wskazuje wiersze do sprawdzenia</translation>
    </message>
    <message>
        <source>the encoding is a guess ({encoding}; it could also be {others}): check the names in the rows the report lists, or name the file&apos;s encoding</source>
        <translation>kodowanie zostało odgadnięte ({encoding}; może to być też {others}): sprawdź nazwiska w wierszach wskazanych w raporcie lub podaj kodowanie pliku</translation>
    </message>
    <message>
        <source>an encoding this app does not recognise</source>
        <translation>kodowanie nierozpoznawane przez tę aplikację</translation>
    </message>
    <message>
        <source>read as {encoding}, while most rows are UTF-8: check its accents and names</source>
        <translation>odczytany jako {encoding}, choć większość wierszy jest w UTF-8: sprawdź w nim znaki diakrytyczne i nazwiska</translation>
    </message>
    <message>
        <source>read as UTF-8, while most rows are {encoding}: check its accents and names</source>
        <translation>odczytany jako UTF-8, choć większość wierszy jest w {encoding}: sprawdź w nim znaki diakrytyczne i nazwiska</translation>
    </message>
    <message>
        <source>read as {encoding}, a guess: check its names (or name the file&apos;s encoding)</source>
        <translation>odczytany jako {encoding} (kodowanie odgadnięte): sprawdź w nim nazwiska (lub podaj kodowanie pliku)</translation>
    </message>
    <message>
        <source>characters {encoding} does not have were replaced by �</source>
        <translation>znaki, których nie ma w {encoding}, zastąpiono przez �</translation>
    </message>
    <message>
        <source>logins now wait a little longer after each failure instead of locking the account (security.max_login_delay_seconds)</source>
        <translation>po każdej nieudanej próbie logowanie czeka teraz nieco dłużej, zamiast blokować konto (security.max_login_delay_seconds)</translation>
    </message>
    <message>
        <source>holds a control character ({character})</source>
        <translation>zawiera znak sterujący ({character})</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>oczekiwano wartości true lub false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>oczekiwano liczby całkowitej</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>oczekiwano liczby</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>oczekiwano tekstu</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not valid ({why})</source>
        <translation>{where}: nieprawidłowa wartość {value!r} ({why})</translation>
    </message>
    <message>
        <source>{key} (from {source}) is not a setting</source>
        <translation>{key} (źródło: {source}) nie jest ustawieniem</translation>
    </message>
    <message>
        <source>{key} (from {source})</source>
        <translation>{key} (źródło: {source})</translation>
    </message>
    <message>
        <source>{key} (from {source}): {value!r} {reason}</source>
        <translation>{key} (źródło: {source}): {value!r} – {reason}</translation>
    </message>
    <message>
        <source>{path}: not valid TOML ({error})</source>
        <translation>{path}: nieprawidłowy TOML ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}: nie można odczytać ({why})</translation>
    </message>
    <message>
        <source>configuration file {path} does not exist</source>
        <translation>plik konfiguracyjny {path} nie istnieje</translation>
    </message>
    <message>
        <source>{path}: unknown section [{section}]</source>
        <translation>{path}: nieznana sekcja [{section}]</translation>
    </message>
    <message>
        <source>{path}: {section} must be a [{section}] section</source>
        <translation>{path}: {section} musi być sekcją [{section}]</translation>
    </message>
    <message>
        <source>{path}: unknown key {name!r} in [{section}]</source>
        <translation>{path}: nieznany klucz {name!r} w [{section}]</translation>
    </message>
    <message>
        <source>{path} holds {keys} and other users may read it: chmod 600 {path} (saving from the Settings screen does)</source>
        <translation>{path} zawiera {keys}, a inni użytkownicy mogą go odczytać: chmod 600 {path} (robi to zapis z ekranu Ustawienia)</translation>
    </message>
    <message>
        <source>{variable} is not a setting; ignored</source>
        <translation>{variable} nie jest ustawieniem; pominięto</translation>
    </message>
    <message>
        <source>{key} ({where}) is no longer used and is ignored: {why}</source>
        <translation>{key} ({where}) nie jest już używany i zostaje pominięty: {why}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>musi mieć jedną z wartości: {choices}</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>musi wynosić co najmniej {minimum}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>nie może być liczbą ujemną</translation>
    </message>
    <message>
        <source>key</source>
        <translation>klucz</translation>
    </message>
    <message>
        <source>is 8 to 64 letters, digits or _ . : - (as printed by the first attempt)</source>
        <translation>musi mieć od 8 do 64 znaków: litery, cyfry lub _ . : - (tak jak wypisała pierwsza próba)</translation>
    </message>
    <message>
        <source>line {number}: {price} is more than the product&apos;s price of {list_price}: a manager must approve a higher price</source>
        <translation>pozycja {number}: {price} to więcej niż cena produktu ({list_price}): wyższą cenę musi zatwierdzić kierownik</translation>
    </message>
    <message>
        <source>line {number}: sold at {price} instead of {list_price}, a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>pozycja {number}: sprzedaż po {price} zamiast {list_price}, czyli rabat {percent}%, przekracza {limit}%, których może udzielić kasjer: wymagana zgoda kierownika</translation>
    </message>
    <message>
        <source>line {number}: a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>pozycja {number}: rabat {percent}% przekracza {limit}%, których może udzielić kasjer: wymagana zgoda kierownika</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>rabat</translation>
    </message>
    <message>
        <source>is more than the sale ({base})</source>
        <translation>przekracza wartość sprzedaży ({base})</translation>
    </message>
    <message>
        <source>is empty; scan the QR code or type the 8 characters</source>
        <translation>jest pusty; zeskanuj kod QR lub wpisz 8 znaków</translation>
    </message>
    <message>
        <source>{characters} never appear in customer codes; check the code</source>
        <translation>{characters} nigdy nie występują w kodach klienta; sprawdź kod</translation>
    </message>
    <message>
        <source>has {count} characters, a customer code has {length}</source>
        <translation>liczba znaków: {count}, a kod klienta ma ich {length}</translation>
    </message>
    <message>
        <source>{code} is not a valid code: a character is mistyped or two are swapped</source>
        <translation>{code} nie jest prawidłowym kodem: jeden znak jest błędny albo dwa są zamienione</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>ma więcej niż {limit} znaków</translation>
    </message>
    <message>
        <source>{address!r} is not a valid address: {reason}</source>
        <translation>{address!r} nie jest prawidłowym adresem: {reason}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number for {region}; include +country code</source>
        <translation>{number!r} nie jest prawidłowym numerem telefonu dla {region}; podaj numer z +kodem kraju</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number; include +country code</source>
        <translation>{number!r} nie jest prawidłowym numerem telefonu; podaj numer z +kodem kraju</translation>
    </message>
    <message>
        <source>default phone region</source>
        <translation>domyślny region telefonu</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>{country!r} is not a country we know; use its name or ISO code (e.g. DE)</source>
        <translation>{country!r} to nieznany kraj; podaj jego nazwę lub kod ISO (np. DE)</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} nie jest jedną z wartości: {allowed}</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>typ klienta</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>are longer than {limit} characters</source>
        <translation>mają więcej niż {limit} znaków</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>kod pocztowy</translation>
    </message>
    <message>
        <source>{postcode!r} is not a postcode</source>
        <translation>{postcode!r} nie jest kodem pocztowym</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>is required (the customer code is sent there)</source>
        <translation>jest wymagany (na ten adres zostanie wysłany kod klienta)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miejscowość</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <source>is the DATEV consultant number (Beraternummer, 1001-9999999): ask the accountant</source>
        <translation>to numer doradcy DATEV (Beraternummer, 1001-9999999): zapytaj księgowego</translation>
    </message>
    <message>
        <source>is the DATEV client number (Mandantennummer, 1-99999): ask the accountant</source>
        <translation>to numer klienta DATEV (Mandantennummer, 1-99999): zapytaj księgowego</translation>
    </message>
    <message>
        <source>period</source>
        <translation>okres</translation>
    </message>
    <message>
        <source>starts before the fiscal year</source>
        <translation>zaczyna się przed początkiem roku obrotowego</translation>
    </message>
    <message>
        <source>crosses into the fiscal year starting {start}: a DATEV batch holds one fiscal year, export each apart</source>
        <translation>obejmuje też rok obrotowy zaczynający się {start}: paczka DATEV obejmuje jeden rok obrotowy, eksportuj każdy osobno</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>{language!r} is not a language of the documents; use one of {allowed}</source>
        <translation>{language!r} nie jest językiem dokumentów; użyj jednego z: {allowed}</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>przypisanie</translation>
    </message>
    <message>
        <source>no column is mapped to the name</source>
        <translation>żadna kolumna nie jest przypisana do imienia i nazwiska</translation>
    </message>
    <message>
        <source>mapping of {header!r}</source>
        <translation>przypisanie kolumny {header!r}</translation>
    </message>
    <message>
        <source>name missing</source>
        <translation>brak imienia i nazwiska</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <source>id too long</source>
        <translation>za długi identyfikator</translation>
    </message>
    <message>
        <source>over {limit}: not used to match</source>
        <translation>ponad {limit}: nie służy do dopasowania</translation>
    </message>
    <message>
        <source>invalid email kept</source>
        <translation>błędny e-mail zachowany</translation>
    </message>
    <message>
        <source>invalid email</source>
        <translation>błędny e-mail</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>nieznany kraj</translation>
    </message>
    <message>
        <source>{value!r} kept as written</source>
        <translation>zachowano {value!r} w oryginalnej postaci</translation>
    </message>
    <message>
        <source>phone not a number</source>
        <translation>nieprawidłowy numer telefonu</translation>
    </message>
    <message>
        <source>postcode not valid</source>
        <translation>nieprawidłowy kod pocztowy</translation>
    </message>
    <message>
        <source>VAT ID not valid</source>
        <translation>nieprawidłowy NIP UE</translation>
    </message>
    <message>
        <source>{problem}; kept as written</source>
        <translation>{problem}; zachowano w oryginalnej postaci</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>nieznany język</translation>
    </message>
    <message>
        <source>{value!r} kept; from the country</source>
        <translation>zachowano {value!r}; język według kraju</translation>
    </message>
    <message>
        <source>website not an address</source>
        <translation>nieprawidłowy adres strony WWW</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>nieznany typ</translation>
    </message>
    <message>
        <source>{value!r} kept; new customers: other</source>
        <translation>zachowano {value!r}; nowi klienci: inny</translation>
    </message>
    <message>
        <source>unknown lead status</source>
        <translation>nieznany status leada</translation>
    </message>
    <message>
        <source>characters removed</source>
        <translation>usunięto znaki</translation>
    </message>
    <message>
        <source>markup characters removed</source>
        <translation>usunięto znaki znaczników</translation>
    </message>
    <message>
        <source>text cut</source>
        <translation>tekst obcięty</translation>
    </message>
    <message>
        <source>cut to {limit} characters</source>
        <translation>obcięto do {limit} znaków</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>stawka VAT</translation>
    </message>
    <message>
        <source>must be below 100 (it is a percentage)</source>
        <translation>musi wynosić mniej niż 100 (to procent)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>ilość</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>jest wymagane</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>cena jednostkowa</translation>
    </message>
    <message>
        <source>must be from 0 up to below 100</source>
        <translation>musi wynosić od 0 do mniej niż 100</translation>
    </message>
    <message>
        <source>must be above 0 and at most {most}</source>
        <translation>musi wynosić więcej niż 0 i najwyżej {most}</translation>
    </message>
    <message>
        <source>has more than 3 decimals</source>
        <translation>ma więcej niż 3 miejsca po przecinku</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>musi wynosić więcej niż 0</translation>
    </message>
    <message>
        <source>is larger than the maximum {most}</source>
        <translation>przekracza maksimum {most}</translation>
    </message>
    <message>
        <source>has more decimals than {currency} allows</source>
        <translation>ma więcej miejsc po przecinku, niż dopuszcza {currency}</translation>
    </message>
    <message>
        <source>x unit price is more than the maximum {most}</source>
        <translation>x cena jednostkowa przekracza maksimum {most}</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100</source>
        <translation>procent musi wynosić od 0 do 100</translation>
    </message>
    <message>
        <source>is more than the line&apos;s {subtotal}</source>
        <translation>przekracza wartość pozycji ({subtotal})</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>pozycje</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>faktura musi mieć co najmniej jedną pozycję</translation>
    </message>
    <message>
        <source>an invoice holds at most {most} lines</source>
        <translation>faktura może mieć najwyżej {most} pozycji</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>pozycja {number}</translation>
    </message>
    <message>
        <source>the total is more than the maximum {most}</source>
        <translation>suma przekracza maksimum {most}</translation>
    </message>
    <message>
        <source>payment {number}</source>
        <translation>płatność {number}</translation>
    </message>
    <message>
        <source>{payment}: amount</source>
        <translation>{payment}: kwota</translation>
    </message>
    <message>
        <source>nothing is left to pay</source>
        <translation>nie pozostało nic do zapłaty</translation>
    </message>
    <message>
        <source>{payment}: cash received</source>
        <translation>{payment}: otrzymana gotówka</translation>
    </message>
    <message>
        <source>{method} payment of {amount} is more than the {due} due</source>
        <translation>płatność ({method}) w kwocie {amount} przekracza należność {due}</translation>
    </message>
    <message>
        <source>{amount} {currency} is far more than the {due} due (more than {most}): check the amount, or confirm it if the customer really handed that over</source>
        <translation>{amount} {currency} to znacznie więcej niż należność {due} (ponad {most}): sprawdź kwotę albo potwierdź ją, jeśli klient naprawdę tyle przekazał</translation>
    </message>
    <message>
        <source>has no account for VAT rate {rate}%: add one, e.g. &quot;19:8400, 7:8300&quot;</source>
        <translation>brak konta dla stawki VAT {rate}%: dodaj je, np. &quot;19:8400, 7:8300&quot;</translation>
    </message>
    <message>
        <source>has no account for {method} payments: add one, e.g. &quot;{method}:1000&quot;</source>
        <translation>brak konta dla płatności {method}: dodaj je, np. &quot;{method}:1000&quot;</translation>
    </message>
    <message>
        <source>account {account} has {digits} digits; accounting.account_length is {length}</source>
        <translation>konto {account}: liczba cyfr {digits}, a accounting.account_length wynosi {length}</translation>
    </message>
    <message>
        <source>{account!r} is not an account number ({least}-8 digits)</source>
        <translation>{account!r} nie jest numerem konta ({least}-8 cyfr)</translation>
    </message>
    <message>
        <source>{item!r} is not KEY:ACCOUNT</source>
        <translation>{item!r} nie ma postaci KLUCZ:KONTO</translation>
    </message>
    <message>
        <source>{text!r} is not a month and day such as 01-01</source>
        <translation>{text!r} nie jest miesiącem i dniem w postaci 01-01</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <source>{currency!r} is not an ISO 4217 currency code (e.g. EUR)</source>
        <translation>{currency!r} nie jest kodem waluty ISO 4217 (np. EUR)</translation>
    </message>
    <message>
        <source>must not be negative (got {number})</source>
        <translation>nie może być liczbą ujemną (podano {number})</translation>
    </message>
    <message>
        <source>use a dot for decimals: {suggestion} instead of {number}</source>
        <translation>użyj kropki jako separatora dziesiętnego: {suggestion} zamiast {number}</translation>
    </message>
    <message>
        <source>{number!r} is not a number written like 12.50</source>
        <translation>{number!r} nie jest liczbą zapisaną jak 12,50</translation>
    </message>
    <message>
        <source>{number!r} is not a number</source>
        <translation>{number!r} nie jest liczbą</translation>
    </message>
    <message>
        <source>{number} is larger than the maximum {most:f}</source>
        <translation>{number} przekracza maksimum {most:f}</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>bez miejsc po przecinku</translation>
    </message>
    <message>
        <source>at most {count} decimals</source>
        <translation>miejsca po przecinku: najwyżej {count}</translation>
    </message>
    <message>
        <source>{number} has too many decimals ({allowed})</source>
        <translation>{number} ma za dużo miejsc po przecinku ({allowed})</translation>
    </message>
    <message>
        <source>use 1 to {most} letters A-Z and digits (got {code!r})</source>
        <translation>użyj od 1 do {most} liter A-Z i cyfr (podano {code!r})</translation>
    </message>
    <message>
        <source>exhibition code</source>
        <translation>kod targów</translation>
    </message>
    <message>
        <source>terminal code</source>
        <translation>kod kasy</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>numer faktury</translation>
    </message>
    <message>
        <source>{number!r} does not look like EXPO24-T1-000123</source>
        <translation>{number!r} nie ma postaci EXPO24-T1-000123</translation>
    </message>
    <message>
        <source>password</source>
        <translation>hasło</translation>
    </message>
    <message>
        <source>needs at least {least} characters</source>
        <translation>wymaga co najmniej {least} znaków</translation>
    </message>
    <message>
        <source>must not be the user name</source>
        <translation>nie może być takie samo jak nazwa użytkownika</translation>
    </message>
    <message>
        <source>is too easy to guess (too few different characters)</source>
        <translation>jest zbyt łatwe do odgadnięcia (za mało różnych znaków)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nazwa użytkownika</translation>
    </message>
    <message>
        <source>{name!r}: use 2 to 40 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{name!r}: użyj od 2 do 40 znaków: liter a-z, cyfr, &apos;.&apos;, &apos;_&apos; lub &apos;-&apos;</translation>
    </message>
    <message>
        <source>{region!r} is not a region code such as DE or US</source>
        <translation>{region!r} nie jest kodem regionu, takim jak DE lub US</translation>
    </message>
    <message>
        <source>unreachable: {detail}</source>
        <translation>nieosiągalna: {detail}</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nieosiągalna</translation>
    </message>
    <message>
        <source>connected (the printer does not report its status)</source>
        <translation>połączona (drukarka nie zgłasza swojego stanu)</translation>
    </message>
    <message>
        <source>error ({error})</source>
        <translation>błąd ({error})</translation>
    </message>
    <message>
        <source>ready, paper near end</source>
        <translation>gotowa, kończy się papier</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>brak papieru</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>otwarta pokrywa</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>{name} is out of paper</source>
        <translation>{name}: brak papieru</translation>
    </message>
    <message>
        <source>{name} has its cover open</source>
        <translation>{name}: otwarta pokrywa</translation>
    </message>
    <message>
        <source>{name} reports an error ({error})</source>
        <translation>{name} zgłasza błąd ({error})</translation>
    </message>
    <message>
        <source>{name} reports an error</source>
        <translation>{name} zgłasza błąd</translation>
    </message>
    <message>
        <source>{name} is offline</source>
        <translation>{name} jest offline</translation>
    </message>
    <message>
        <source>{problem} (examples: {examples})</source>
        <translation>{problem} (przykłady: {examples})</translation>
    </message>
    <message>
        <source>no printer set up (printer.url is empty)</source>
        <translation>nie skonfigurowano drukarki (printer.url jest puste)</translation>
    </message>
    <message>
        <source>{url!r} has no scheme</source>
        <translation>{url!r} nie ma schematu</translation>
    </message>
    <message>
        <source>tcp:// needs a host, e.g. tcp://192.168.1.50:9100</source>
        <translation>tcp:// wymaga hosta, np. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>{url!r}: the port must be a number from 1 to 65535</source>
        <translation>{url!r}: port musi być liczbą od 1 do 65535</translation>
    </message>
    <message>
        <source>file:// needs an absolute path, e.g. file:///dev/usb/lp0</source>
        <translation>file:// wymaga ścieżki bezwzględnej, np. file:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>usb:// needs VENDOR:PRODUCT in hexadecimal, got {url!r}</source>
        <translation>usb:// wymaga VENDOR:PRODUCT w zapisie szesnastkowym; podano {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are hexadecimal like 04b8:0202, got {url!r}</source>
        <translation>identyfikatory usb:// są szesnastkowe, np. 04b8:0202; podano {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are four hexadecimal digits each</source>
        <translation>identyfikatory usb:// mają po cztery cyfry szesnastkowe</translation>
    </message>
    <message>
        <source>serial:// needs a device, e.g. serial:///dev/ttyUSB0?baud=9600</source>
        <translation>serial:// wymaga urządzenia, np. serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
        <source>baud={baud} is not a serial speed ({rates})</source>
        <translation>baud={baud} nie jest prędkością portu szeregowego ({rates})</translation>
    </message>
    <message>
        <source>{scheme}:// needs the printer&apos;s name, e.g. {scheme}://Receipts</source>
        <translation>{scheme}:// wymaga nazwy drukarki, np. {scheme}://Receipts</translation>
    </message>
    <message>
        <source>unknown printer type {scheme!r}</source>
        <translation>nieznany typ drukarki {scheme!r}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>use 1 to {most} characters without spaces</source>
        <translation>użyj od 1 do {most} znaków bez spacji</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>kod kreskowy</translation>
    </message>
    <message>
        <source>{code!r}: use up to {most} letters and digits</source>
        <translation>{code!r}: użyj najwyżej {most} liter i cyfr</translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this: needs {permission}</source>
        <translation>{user} ({role}) nie może tego zrobić: wymagane uprawnienie {permission}</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>odrzucono: {reason}</translation>
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
        <translation>{what} albo {kind}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produkt</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>faktura</translation>
    </message>
    <message>
        <source>not a valid customer code: {problem}</source>
        <translation>nieprawidłowy kod klienta: {problem}</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>nic nie zeskanowano</translation>
    </message>
    <message>
        <source>{count} characters is longer than any code we use</source>
        <translation>za długie na jakikolwiek używany kod (znaków: {count})</translation>
    </message>
    <message>
        <source>the scan holds control characters: check the scanner&apos;s settings</source>
        <translation>skan zawiera znaki sterujące: sprawdź ustawienia skanera</translation>
    </message>
    <message>
        <source>{text!r} has characters no barcode or customer code uses (is the scanner&apos;s keyboard language the computer&apos;s?)</source>
        <translation>{text!r} zawiera znaki, których nie używa żaden kod kreskowy ani kod klienta (czy język klawiatury skanera jest taki sam jak komputera?)</translation>
    </message>
    <message>
        <source>{text!r} has spaces: not a code, barcode, SKU or invoice number</source>
        <translation>{text!r} zawiera spacje: to nie kod, kod kreskowy, SKU ani numer faktury</translation>
    </message>
    <message>
        <source>{count} characters is longer than any SKU ({most})</source>
        <translation>za długie na SKU (znaków: {count}, maks. {most})</translation>
    </message>
    <message>
        <source>{digits} is not a valid {symbology}: the check digit is wrong (misread?)</source>
        <translation>{digits} nie jest prawidłowym kodem {symbology}: błędna cyfra kontrolna (błędny odczyt?)</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>holds a control character ({character}); remove it</source>
        <translation>zawiera znak sterujący ({character}); usuń go</translation>
    </message>
    <message>
        <source>must not contain these characters: {characters}</source>
        <translation>nie może zawierać tych znaków: {characters}</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIP UE</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format (too long)</source>
        <translation>{vat_id!r}: nieprawidłowy format (za długi)</translation>
    </message>
    <message>
        <source>{vat_id!r}: start it with its country code (e.g. DE136695976)</source>
        <translation>{vat_id!r}: zacznij od kodu kraju (np. DE136695976)</translation>
    </message>
    <message>
        <source>{vat_id!r}: unknown country {prefix!r}; an EU VAT ID starts with its country code (DE, FR, IT...)</source>
        <translation>{vat_id!r}: nieznany kraj {prefix!r}; NIP UE zaczyna się od kodu kraju (DE, FR, IT…)</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid check digit</source>
        <translation>{vat_id!r}: błędna cyfra kontrolna</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format</source>
        <translation>{vat_id!r}: nieprawidłowy format</translation>
    </message>
    <message>
        <source>the seller&apos;s country is not set (Settings &gt; Seller: country or VAT ID)</source>
        <translation>nie ustawiono kraju sprzedawcy (Ustawienia &gt; Sprzedawca: kraj lub NIP UE)</translation>
    </message>
    <message>
        <source>the customer has no VAT ID</source>
        <translation>klient nie ma NIP UE</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID is not valid ({problem})</source>
        <translation>NIP UE klienta jest nieprawidłowy ({problem})</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is not of an EU member state</source>
        <translation>NIP UE klienta {vat_id} nie pochodzi z państwa członkowskiego UE</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is of the seller&apos;s own country</source>
        <translation>NIP UE klienta {vat_id} pochodzi z kraju sprzedawcy</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>1 to {most} characters without spaces</source>
        <translation>od 1 do {most} znaków, bez spacji</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>od 1 do {most} znaków</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>needs a time zone (e.g. 2026-05-04T14:00+02:00)</source>
        <translation>wymaga strefy czasowej (np. 2026-05-04T14:00+02:00)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <source>from 1 to {most}</source>
        <translation>od 1 do {most}</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>liczba miejsc</translation>
    </message>
    <message>
        <source>price</source>
        <translation>cena</translation>
    </message>
    <message>
        <source>booking deadline</source>
        <translation>termin rezerwacji</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>wymaga strefy czasowej</translation>
    </message>
    <message>
        <source>workshop seats are whole numbers (1, 2, ...)</source>
        <translation>miejsca na warsztatach to liczby całkowite (1, 2, …)</translation>
    </message>
    <message>
        <source>key {key} belongs to another action ({action}); use a new key</source>
        <translation>klucz {key} należy do innej operacji ({action}); użyj nowego klucza</translation>
    </message>
    <message>
        <source>approval refused: {why}</source>
        <translation>odmowa zgody: {why}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not approve this</source>
        <translation>{name} ({role}) nie może tego zatwierdzić</translation>
    </message>
    <message>
        <source>approval refused: no manager can approve here</source>
        <translation>odmowa zgody: tutaj kierownik nie może udzielić zgody</translation>
    </message>
    <message>
        <source>the refunds of {number}</source>
        <translation>zwroty do faktury {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s refunds in this cash session</source>
        <translation>zwroty użytkownika {name} w tej sesji kasowej</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount})</source>
        <translation>zwrot powyżej {limit} wymaga zgody kierownika ({amount})</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount} brings {what} to {total})</source>
        <translation>zwrot powyżej {limit} wymaga zgody kierownika (z kwotą {amount} {what} wyniosą {total})</translation>
    </message>
    <message>
        <source>the backup file&apos;s header is damaged</source>
        <translation>nagłówek pliku kopii zapasowej jest uszkodzony</translation>
    </message>
    <message>
        <source>this is not a Booth POS backup file</source>
        <translation>to nie jest plik kopii zapasowej Booth POS</translation>
    </message>
    <message>
        <source>this backup was written by a newer version (format {version}): update this app</source>
        <translation>tę kopię zapasową zapisała nowsza wersja (format {version}): zaktualizuj aplikację</translation>
    </message>
    <message>
        <source>the backup file is incomplete: it was cut short (an interrupted copy?)</source>
        <translation>plik kopii zapasowej jest niekompletny: jest ucięty (przerwane kopiowanie?)</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: its checksum does not match</source>
        <translation>plik kopii zapasowej został zmieniony lub uszkodzony po zapisaniu: suma kontrolna się nie zgadza</translation>
    </message>
    <message>
        <source>the backup file&apos;s header names an encryption this app does not use</source>
        <translation>nagłówek pliku kopii zapasowej wskazuje szyfrowanie, którego ta aplikacja nie używa</translation>
    </message>
    <message>
        <source>this backup is encrypted: give its passphrase</source>
        <translation>ta kopia zapasowa jest zaszyfrowana: podaj jej hasło</translation>
    </message>
    <message>
        <source>wrong passphrase: this backup cannot be opened with it</source>
        <translation>błędne hasło: nie można nim otworzyć tej kopii zapasowej</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: it does not authenticate</source>
        <translation>plik kopii zapasowej został zmieniony lub uszkodzony po zapisaniu: nie przechodzi uwierzytelnienia</translation>
    </message>
    <message>
        <source>the backup file&apos;s contents are damaged ({error})</source>
        <translation>zawartość pliku kopii zapasowej jest uszkodzona ({error})</translation>
    </message>
    <message>
        <source>the backup file holds no manifest</source>
        <translation>plik kopii zapasowej nie zawiera manifestu</translation>
    </message>
    <message>
        <source>the database inside the backup does not match its manifest</source>
        <translation>baza danych w kopii zapasowej nie zgadza się z jej manifestem</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest cannot be read ({error})</source>
        <translation>nie można odczytać manifestu kopii zapasowej ({error})</translation>
    </message>
    <message>
        <source>a SQLite file (sqlite:///PATH)</source>
        <translation>plik SQLite (sqlite:///PATH)</translation>
    </message>
    <message>
        <source>a PostgreSQL database</source>
        <translation>baza danych PostgreSQL</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>nie można odczytać {path}: {why}</translation>
    </message>
    <message>
        <source>nothing to back up: {error}</source>
        <translation>brak danych do kopii zapasowej: {error}</translation>
    </message>
    <message>
        <source>the database cannot be read: {error}</source>
        <translation>nie można odczytać bazy danych: {error}</translation>
    </message>
    <message>
        <source>cannot write the backup to {path}: {why}</source>
        <translation>nie można zapisać kopii zapasowej w {path}: {why}</translation>
    </message>
    <message>
        <source>this backup is of {kind}; it restores into {kind} only, not into {target}: restoring across database kinds is not supported</source>
        <translation>ta kopia zapasowa pochodzi z: {kind}; można ją przywrócić tylko do: {kind}, a nie do: {target}: przywracanie między różnymi rodzajami baz danych nie jest obsługiwane</translation>
    </message>
    <message>
        <source>another program&apos;s tables</source>
        <translation>tabele innego programu</translation>
    </message>
    <message>
        <source>Booth POS data (schema {revision})</source>
        <translation>dane Booth POS (schemat {revision})</translation>
    </message>
    <message>
        <source>the target database is not empty (it holds {what}): restore does not overwrite it. Add --force to back it up first and replace it</source>
        <translation>docelowa baza danych nie jest pusta (zawiera: {what}): przywracanie jej nie nadpisuje. Dodaj --force, aby najpierw utworzyć jej kopię zapasową, a potem ją zastąpić</translation>
    </message>
    <message>
        <source>the target database failed: {error}</source>
        <translation>błąd docelowej bazy danych: {error}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float before selling</source>
        <translation>kasa {till} nie ma otwartej sesji kasowej: przed sprzedażą otwórz ją z policzonym stanem początkowym</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <source>say why (at least 3 characters)</source>
        <translation>podaj powód (co najmniej 3 znaki)</translation>
    </message>
    <message>
        <source>float</source>
        <translation>stan początkowy</translation>
    </message>
    <message>
        <source>till {till} has an open cash session</source>
        <translation>kasa {till} ma otwartą sesję kasową</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <source>is in or out</source>
        <translation>musi mieć wartość in lub out</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>policzono</translation>
    </message>
    <message>
        <source>no closed cash session {number}</source>
        <translation>brak zamkniętej sesji kasowej {number}</translation>
    </message>
    <message>
        <source>no closed cash session</source>
        <translation>brak zamkniętej sesji kasowej</translation>
    </message>
    <message>
        <source>no cash session {number}</source>
        <translation>brak sesji kasowej {number}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float first</source>
        <translation>kasa {till} nie ma otwartej sesji kasowej: najpierw otwórz ją z policzonym stanem początkowym</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasjer</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategoria</translation>
    </message>
    <message>
        <source>is cashier or category</source>
        <translation>musi mieć wartość cashier lub category</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>ostatni dzień jest wcześniejszy niż pierwszy</translation>
    </message>
    <message>
        <source>no credit note {number}</source>
        <translation>brak faktury korygującej {number}</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>zewnętrzny identyfikator</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>imię i nazwisko oraz firma</translation>
    </message>
    <message>
        <source>encoding to check</source>
        <translation>kodowanie do sprawdzenia</translation>
    </message>
    <message>
        <source>row</source>
        <translation>wiersz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>extra cells ignored</source>
        <translation>pominięto nadmiarowe komórki</translation>
    </message>
    <message>
        <source>more cells than headers</source>
        <translation>więcej komórek niż nagłówków</translation>
    </message>
    <message>
        <source>unreadable row</source>
        <translation>nieczytelny wiersz</translation>
    </message>
    <message>
        <source>could not find free customer codes; try again</source>
        <translation>nie udało się znaleźć wolnych kodów klienta; spróbuj ponownie</translation>
    </message>
    <message>
        <source>the database&apos;s schema ({current}) was written by a newer version of Booth POS than this one (which knows up to {head}): update this app; nothing was changed</source>
        <translation>schemat bazy danych ({current}) został zapisany przez nowszą wersję Booth POS niż ta (która zna schematy do {head}): zaktualizuj aplikację; niczego nie zmieniono</translation>
    </message>
    <message>
        <source>cannot make the attachment {file} ({kind})</source>
        <translation>nie można utworzyć załącznika {file} ({kind})</translation>
    </message>
    <message>
        <source>cannot make the attachment {file}: {why}</source>
        <translation>nie można utworzyć załącznika {file}: {why}</translation>
    </message>
    <message>
        <source>no exhibition with code {code!r}</source>
        <translation>brak targów o kodzie {code!r}</translation>
    </message>
    <message>
        <source>exhibition name</source>
        <translation>nazwa targów</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>miejsce targów</translation>
    </message>
    <message>
        <source>booth</source>
        <translation>stoisko</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>data zakończenia</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>przypada przed datą rozpoczęcia</translation>
    </message>
    <message>
        <source>an exhibition with code {code} exists already; choose another code</source>
        <translation>targi o kodzie {code} już istnieją; wybierz inny kod</translation>
    </message>
    <message>
        <source>external id: the source&apos;s own id equals a customer&apos;s external reference</source>
        <translation>zewnętrzny identyfikator: identyfikator ze źródła jest równy zewnętrznemu identyfikatorowi klienta</translation>
    </message>
    <message>
        <source>email: the same address (case ignored)</source>
        <translation>e-mail: ten sam adres (bez rozróżniania wielkości liter)</translation>
    </message>
    <message>
        <source>phone: the same number in E.164</source>
        <translation>telefon: ten sam numer w formacie E.164</translation>
    </message>
    <message>
        <source>name and company: only for a row with no id, email or phone</source>
        <translation>imię i nazwisko oraz firma: tylko dla wiersza bez identyfikatora, e-maila i telefonu</translation>
    </message>
    <message>
        <source>Refund notice {number} ({amount})</source>
        <translation>Powiadomienie o zwrocie {number} ({amount})</translation>
    </message>
    <message>
        <source>Void notice for {number}</source>
        <translation>Powiadomienie o unieważnieniu {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Faktura {number}</translation>
    </message>
    <message>
        <source>no credit note {note} for invoice {number}</source>
        <translation>brak faktury korygującej {note} do faktury {number}</translation>
    </message>
    <message>
        <source>invoice {number} has no refund to send a notice of</source>
        <translation>faktura {number} nie ma zwrotu, o którym można wysłać powiadomienie</translation>
    </message>
    <message>
        <source>invoice {number} is voided: send the void notice instead</source>
        <translation>faktura {number} jest unieważniona: zamiast tego wyślij powiadomienie o unieważnieniu</translation>
    </message>
    <message>
        <source>invoice {number} is not voided: there is no void notice to send</source>
        <translation>faktura {number} nie jest unieważniona: nie ma powiadomienia o unieważnieniu do wysłania</translation>
    </message>
    <message>
        <source>an invoice&apos;s email is one of: {choices}</source>
        <translation>e-mail dotyczący faktury to jeden z: {choices}</translation>
    </message>
    <message>
        <source>choose at most {count} days</source>
        <translation>wybierz najwyżej {count} dni</translation>
    </message>
    <message>
        <source>{count} entries wait to be sent: sync first</source>
        <translation>wpisy czekające na wysłanie: {count}; najpierw zsynchronizuj</translation>
    </message>
    <message>
        <source>sale {number} is not on the server: nothing there to correct</source>
        <translation>sprzedaży {number} nie ma na serwerze: nie ma tam czego poprawiać</translation>
    </message>
    <message>
        <source>user {name!r} is not on the server</source>
        <translation>użytkownika {name!r} nie ma na serwerze</translation>
    </message>
    <message>
        <source>no email {number} in the outbox</source>
        <translation>brak e-maila {number} w skrzynce nadawczej</translation>
    </message>
    <message>
        <source>email {number} was sent already; queue a new one instead</source>
        <translation>e-mail {number} został już wysłany; zamiast tego dodaj nowy do kolejki</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>enter the address to send the test to</source>
        <translation>wpisz adres, na który wysłać test</translation>
    </message>
    <message>
        <source>customer {code} has no email address</source>
        <translation>klient {code} nie ma adresu e-mail</translation>
    </message>
    <message>
        <source>invoice {number} has no customer with an email address</source>
        <translation>faktura {number} nie ma klienta z adresem e-mail</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłany</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>nieudany: {reason}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowany</translation>
    </message>
    <message>
        <source>queued, not sent yet: {reason} (attempt {attempt} of {attempts})</source>
        <translation>w kolejce, jeszcze niewysłany: {reason} (próba {attempt} z {attempts})</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <source>the message could not be prepared ({error})</source>
        <translation>nie udało się przygotować wiadomości ({error})</translation>
    </message>
    <message>
        <source>an empty cart cannot be parked</source>
        <translation>nie można odłożyć pustego koszyka</translation>
    </message>
    <message>
        <source>at most {count} lines can be parked</source>
        <translation>można odłożyć najwyżej {count} pozycji</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>najwyżej {count} znaków</translation>
    </message>
    <message>
        <source>at most {count} characters a field</source>
        <translation>najwyżej {count} znaków w polu</translation>
    </message>
    <message>
        <source>parked sale {number} is no longer parked (already recalled?)</source>
        <translation>sprzedaż {number} nie jest już odłożona (została już przywrócona?)</translation>
    </message>
    <message>
        <source>{number} is a draft: it has no receipt</source>
        <translation>{number} to szkic: nie ma paragonu</translation>
    </message>
    <message>
        <source>no waiting print job {number}</source>
        <translation>brak oczekującego zadania wydruku {number}</translation>
    </message>
    <message>
        <source>print job {number} is not waiting for a decision (no unsure job)</source>
        <translation>zadanie wydruku {number} nie czeka na decyzję (to nie jest niepewny wydruk)</translation>
    </message>
    <message>
        <source>no printer set up (Settings &gt; Printer, or printer.url)</source>
        <translation>nie skonfigurowano drukarki (Ustawienia &gt; Drukarka lub printer.url)</translation>
    </message>
    <message>
        <source>low stock at</source>
        <translation>próg niskiego stanu</translation>
    </message>
    <message>
        <source>SKU {code} is already used by {sku} ({name})</source>
        <translation>SKU {code} jest już używany przez {sku} ({name})</translation>
    </message>
    <message>
        <source>barcode {code} is already used by {sku} ({name})</source>
        <translation>kod kreskowy {code} jest już używany przez {sku} ({name})</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>wiersze: {rows} (utworzono: {created}, zaktualizowano: {updated}, bez zmian: {unchanged}, odrzucono: {rejected})</translation>
    </message>
    <message>
        <source>dry run (nothing saved): {counts}</source>
        <translation>próbny import (nic nie zapisano): {counts}</translation>
    </message>
    <message>
        <source>{text!r}: write yes or no</source>
        <translation>{text!r}: wpisz yes lub no</translation>
    </message>
    <message>
        <source>needs the columns {columns}; missing: {missing}</source>
        <translation>wymaga kolumn {columns}; brakuje: {missing}</translation>
    </message>
    <message>
        <source>SKU already in row {row}</source>
        <translation>SKU już jest w wierszu {row}</translation>
    </message>
    <message>
        <source>no product with id {number}</source>
        <translation>brak produktu o identyfikatorze {number}</translation>
    </message>
    <message>
        <source>product {sku} was changed meanwhile; reload and try again</source>
        <translation>produkt {sku} został w międzyczasie zmieniony; odśwież i spróbuj ponownie</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>brak produktu o kodzie kreskowym lub SKU {code!r}</translation>
    </message>
    <message>
        <source>position</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>musi wynosić od 0 do {limit}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etykieta</translation>
    </message>
    <message>
        <source>no preset quick key {number}</source>
        <translation>brak szablonu szybkiego przycisku {number}</translation>
    </message>
    <message>
        <source>nothing left to refund on {number}</source>
        <translation>w fakturze {number} nie pozostało nic do zwrotu</translation>
    </message>
    <message>
        <source>line</source>
        <translation>pozycja</translation>
    </message>
    <message>
        <source>{number} has no line {line}</source>
        <translation>{number} nie ma pozycji {line}</translation>
    </message>
    <message>
        <source>line {line} given twice</source>
        <translation>pozycja {line} podana dwa razy</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>musi wynosić więcej niż 0</translation>
    </message>
    <message>
        <source>line {line} ({description}): only {left} of {quantity} left to refund</source>
        <translation>pozycja {line} ({description}): do zwrotu pozostało tylko {left} z {quantity}</translation>
    </message>
    <message>
        <source>{number} is {status}: only issued invoices are refunded</source>
        <translation>{number} ma status {status}: zwracać można tylko wystawione faktury</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>odwrotne obciążenie</translation>
    </message>
    <message>
        <source>{name} ({role}) may not choose reverse charge: a manager must</source>
        <translation>{name} ({role}) nie może wybrać odwrotnego obciążenia: musi to zrobić kierownik</translation>
    </message>
    <message>
        <source>a walk-in sale has no buyer with a VAT ID</source>
        <translation>sprzedaż anonimowa nie ma nabywcy z NIP UE</translation>
    </message>
    <message>
        <source>no product or workshop on sale with code {code!r}</source>
        <translation>brak produktu ani warsztatu w sprzedaży o kodzie {code!r}</translation>
    </message>
    <message>
        <source>invoice {number} was changed meanwhile; reload and try again</source>
        <translation>faktura {number} została w międzyczasie zmieniona; odśwież i spróbuj ponownie</translation>
    </message>
    <message>
        <source>edited; refund lines instead</source>
        <translation>edytować; zamiast tego zwróć pozycje</translation>
    </message>
    <message>
        <source>voided; refund what is left instead</source>
        <translation>unieważnić; zamiast tego zwróć pozostałą część</translation>
    </message>
    <message>
        <source>unknown or inactive product id {number}</source>
        <translation>nieznany lub nieaktywny identyfikator produktu {number}</translation>
    </message>
    <message>
        <source>no draft {number}</source>
        <translation>brak szkicu {number}</translation>
    </message>
    <message>
        <source>invoice {number} is void (by {who}: {why})</source>
        <translation>faktura {number} jest unieważniona ({who}: {why})</translation>
    </message>
    <message>
        <source>invoice {number} is in the Z report of cash session {session} (closed {closed}): it cannot be edited any more; void or refund it instead</source>
        <translation>faktura {number} jest w raporcie Z sesji kasowej {session} (zamkniętej {closed}): nie można jej już edytować; zamiast tego unieważnij ją lub zwróć</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit note): it cannot be {instead}</source>
        <translation>faktura {number} została zwrócona (faktura korygująca: {count}): nie można jej {instead}</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit notes): it cannot be {instead}</source>
        <translation>faktura {number} została zwrócona (faktury korygujące: {count}): nie można jej {instead}</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>płatności</translation>
    </message>
    <message>
        <source>a draft takes no payments; issue it first</source>
        <translation>szkic nie przyjmuje płatności; najpierw go wystaw</translation>
    </message>
    <message>
        <source>is chosen when the sale is issued</source>
        <translation>wybiera się przy wystawianiu faktury</translation>
    </message>
    <message>
        <source>this draft belongs to another exhibition</source>
        <translation>ten szkic należy do innych targów</translation>
    </message>
    <message>
        <source>no payment given</source>
        <translation>nie podano płatności</translation>
    </message>
    <message>
        <source>set by {source}; change it there</source>
        <translation>ustawione przez {source}; zmień je tam</translation>
    </message>
    <message>
        <source>set on the command line; start without that option to change it here</source>
        <translation>ustawione w wierszu poleceń; aby zmienić je tutaj, uruchom aplikację bez tej opcji</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>nie można zapisać {path}: {error}</translation>
    </message>
    <message>
        <source>this database is set up already (it has users); add users with `user add`</source>
        <translation>ta baza danych jest już skonfigurowana (ma użytkowników); użytkowników dodaje się poleceniem `user add`</translation>
    </message>
    <message>
        <source>exhibition {code!r} (pos.exhibition) does not exist</source>
        <translation>targi {code!r} (pos.exhibition) nie istnieją</translation>
    </message>
    <message>
        <source>no active exhibition: create one (pos-desktop exhibition add NAME, or Settings)</source>
        <translation>brak aktywnych targów: utwórz je (pos-desktop exhibition add NAME lub Ustawienia)</translation>
    </message>
    <message>
        <source>only {left} of {sku} ({name}) left here; {wanted} wanted</source>
        <translation>{sku} ({name}): zostało tu tylko {left}, potrzeba {wanted}</translation>
    </message>
    <message>
        <source>the stock changed while this sale was saved; try again</source>
        <translation>stan magazynowy zmienił się podczas zapisywania tej sprzedaży; spróbuj ponownie</translation>
    </message>
    <message>
        <source>no product with SKU {sku!r}</source>
        <translation>brak produktu o SKU {sku!r}</translation>
    </message>
    <message>
        <source>{sku} is not tracked in stock (tick it in Products)</source>
        <translation>stan {sku} nie jest prowadzony w magazynie (zaznacz to na ekranie Produkty)</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minute</source>
        <translation>kasa {terminal} jest używana na innym urządzeniu ({host}, ostatnio widziane {seen}): dwa urządzenia nie mogą numerować faktur w jednej serii. Nadaj temu urządzeniu własny identyfikator kasy (pos.terminal) lub zamknij Booth POS na {host}; jeśli tamtego urządzenia już nie ma, to urządzenie może przejąć identyfikator kasy za {count} minutę</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minutes</source>
        <translation>kasa {terminal} jest używana na innym urządzeniu ({host}, ostatnio widziane {seen}): dwa urządzenia nie mogą numerować faktur w jednej serii. Nadaj temu urządzeniu własny identyfikator kasy (pos.terminal) lub zamknij Booth POS na {host}; jeśli tamtego urządzenia już nie ma, to urządzenie może przejąć identyfikator kasy za {count} min</translation>
    </message>
    <message>
        <source>item</source>
        <translation>pozycja</translation>
    </message>
    <message>
        <source>{item!r}: write SKU:QUANTITY</source>
        <translation>{item!r}: wpisz SKU:ILOŚĆ</translation>
    </message>
    <message>
        <source>quantity of {sku}</source>
        <translation>ilość {sku}</translation>
    </message>
    <message>
        <source>items</source>
        <translation>pozycje</translation>
    </message>
    <message>
        <source>name at least one product and quantity</source>
        <translation>podaj co najmniej jeden produkt i ilość</translation>
    </message>
    <message>
        <source>is the same location as from</source>
        <translation>to ta sama lokalizacja co źródłowa</translation>
    </message>
    <message>
        <source>of {sku} must be more than 0</source>
        <translation>dla {sku} musi wynosić więcej niż 0</translation>
    </message>
    <message>
        <source>no transfer {number}</source>
        <translation>brak przesunięcia {number}</translation>
    </message>
    <message>
        <source>transfer {number} is {status}, not {state}</source>
        <translation>przesunięcie {number} ma status {status}, a nie {state}</translation>
    </message>
    <message>
        <source>of {sku} must not be negative</source>
        <translation>dla {sku} nie może być liczbą ujemną</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>błędna nazwa użytkownika lub hasło</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <source>{text!r} is not one of {allowed}</source>
        <translation>{text!r} nie jest jedną z wartości: {allowed}</translation>
    </message>
    <message>
        <source>too many failed logins: wait {wait} before the next try</source>
        <translation>zbyt wiele nieudanych logowań: przed kolejną próbą odczekaj {wait}</translation>
    </message>
    <message>
        <source>{wrong}; {wait}</source>
        <translation>{wrong}; {wait}</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>user {name!r} exists already</source>
        <translation>użytkownik {name!r} już istnieje</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>obecne hasło jest błędne</translation>
    </message>
    <message>
        <source>user {name} was changed meanwhile; reload and try again</source>
        <translation>użytkownik {name} został w międzyczasie zmieniony; odśwież i spróbuj ponownie</translation>
    </message>
    <message>
        <source>you cannot demote or disable yourself; ask another admin</source>
        <translation>nie można obniżyć roli ani wyłączyć własnego konta; poproś innego administratora</translation>
    </message>
    <message>
        <source>only a logged-in user has a language</source>
        <translation>język ma tylko zalogowany użytkownik</translation>
    </message>
    <message>
        <source>no user {name!r}</source>
        <translation>brak użytkownika {name!r}</translation>
    </message>
    <message>
        <source>this would leave no active admin</source>
        <translation>nie zostałby żaden aktywny administrator</translation>
    </message>
    <message>
        <source>{code} was not checked in at workshop {workshop}</source>
        <translation>{code} nie ma odnotowanego wejścia na warsztat {workshop}</translation>
    </message>
    <message>
        <source>no workshop with code {code!r}</source>
        <translation>brak warsztatu o kodzie {code!r}</translation>
    </message>
    <message>
        <source>workshop {code} ({title})</source>
        <translation>warsztat {code} ({title})</translation>
    </message>
    <message>
        <source>{name} is cancelled</source>
        <translation>{name} jest odwołany</translation>
    </message>
    <message>
        <source>{name} is not on sale yet ({status})</source>
        <translation>{name} nie jest jeszcze w sprzedaży ({status})</translation>
    </message>
    <message>
        <source>{name}: booking closed at {deadline}</source>
        <translation>{name}: rezerwacje zamknięto {deadline}</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted; {held} held for the waitlist (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name}: brak miejsc – wolne {free} z {capacity}, potrzeba {count}; zatrzymane dla listy oczekujących: {held} (dopisz klienta do listy oczekujących: workshop waitlist)</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name}: brak miejsc – wolne {free} z {capacity}, potrzeba {count} (dopisz klienta do listy oczekujących: workshop waitlist)</translation>
    </message>
    <message>
        <source>a workshop seat needs a customer: scan or type their code</source>
        <translation>miejsce na warsztacie wymaga klienta: zeskanuj lub wpisz jego kod</translation>
    </message>
    <message>
        <source>invoice {number} books {count} workshop seat(s): void or refund it instead of editing</source>
        <translation>faktura {number} obejmuje miejsca na warsztatach ({count}): zamiast ją edytować, unieważnij ją lub zwróć</translation>
    </message>
    <message>
        <source>stays {code} (it is on the invoices); add a new workshop</source>
        <translation>pozostaje {code} (widnieje na fakturach); dodaj nowy warsztat</translation>
    </message>
    <message>
        <source>at least {count} (booked and held seats)</source>
        <translation>co najmniej {count} (miejsca zarezerwowane i zatrzymane)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>cancel it instead (with a reason)</source>
        <translation>zamiast tego odwołaj warsztat (podając powód)</translation>
    </message>
    <message>
        <source>{count} seats are sold: it stays published</source>
        <translation>sprzedane miejsca: {count}; warsztat pozostaje opublikowany</translation>
    </message>
    <message>
        <source>workshop {code} is {status}: no waitlist</source>
        <translation>warsztat {code} ma status {status}: brak listy oczekujących</translation>
    </message>
    <message>
        <source>workshop {code} has {count} seat(s) free: sell one</source>
        <translation>warsztat {code} ma wolne miejsca ({count}): sprzedaj miejsce</translation>
    </message>
    <message>
        <source>workshop code {code} is taken</source>
        <translation>kod warsztatu {code} jest już zajęty</translation>
    </message>
    <message>
        <source>workshop {code} was changed meanwhile; reload and try again</source>
        <translation>warsztat {code} został w międzyczasie zmieniony; odśwież i spróbuj ponownie</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled</source>
        <translation>warsztat {code} jest odwołany</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled already</source>
        <translation>warsztat {code} jest już odwołany</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>zaświadczenia</translation>
    </message>
    <message>
        <source>workshop {code} was cancelled</source>
        <translation>warsztat {code} został odwołany</translation>
    </message>
    <message>
        <source>workshop {code} ends at {end} UTC: {what} after that</source>
        <translation>warsztat {code} kończy się {end} UTC: {what} dopiero potem</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>lista nieobecnych</translation>
    </message>
    <message>
        <source>no workshop on sale with code {code!r}</source>
        <translation>brak warsztatu w sprzedaży o kodzie {code!r}</translation>
    </message>
    <message>
        <source>{name} is on the waitlist already ({state})</source>
        <translation>{name} jest już na liście oczekujących ({state})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{error}

Database: {url}</source>
        <translation>{error}

Baza danych: {url}</translation>
    </message>
    <message>
        <source>This terminal id is taken.

{error}</source>
        <translation>Ten identyfikator kasy jest już zajęty.

{error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Nie można otworzyć bazy danych: {error}</translation>
    </message>
    <message>
        <source>The database&apos;s schema does not match this version of Booth POS. After an update of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if other terminals run a newer version, update this one.</source>
        <translation>Schemat bazy danych nie pasuje do tej wersji Booth POS. Po aktualizacji aplikacji administrator uruchamia `pos-desktop db upgrade` (pozostałe kasy zamknięte); jeśli inne kasy działają w nowszej wersji, zaktualizuj tę kasę.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; by {actor}: {summary}</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; – {actor}: {summary}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Action starts with (invoice, customer, login.failed...)</source>
        <translation>Akcja zaczyna się od (invoice, customer, login.failed…)</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Numer faktury lub kod klienta</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: just now</source>
        <translation>Kopia zapasowa: przed chwilą</translation>
    </message>
    <message>
        <source>Backup: {minutes} min ago</source>
        <translation>Kopia zapasowa: {minutes} min temu</translation>
    </message>
    <message>
        <source>Backup: {hours} h ago</source>
        <translation>Kopia zapasowa: {hours} godz. temu</translation>
    </message>
    <message>
        <source>Backup: {days} days ago</source>
        <translation>Kopia zapasowa: {days} dni temu</translation>
    </message>
    <message>
        <source>Backup: automatic backups off (no folder set)</source>
        <translation>Kopia zapasowa: wyłączona (brak folderu)</translation>
    </message>
    <message>
        <source>Backup: folder missing ({folder})</source>
        <translation>Kopia zapasowa: brak folderu ({folder})</translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation>Kopia zapasowa nie powiodła się: {error}</translation>
    </message>
    <message>
        <source>Backup: none yet</source>
        <translation>Kopia zapasowa: jeszcze brak</translation>
    </message>
    <message>
        <source>Backup: -</source>
        <translation>Kopia zapasowa: -</translation>
    </message>
    <message>
        <source>not set ([backup] folder in the settings)</source>
        <translation>nie ustawiono (folder [backup] w ustawieniach)</translation>
    </message>
    <message>
        <source>Automatic backups into {folder}, every {minutes} min and at each Z report</source>
        <translation>Automatyczne kopie zapasowe do {folder}, co {minutes} min i przy każdym raporcie Z</translation>
    </message>
</context>
<context>
    <name>BarcodeList</name>
    <message>
        <source>Scan or type a barcode, Enter adds it</source>
        <translation>Zeskanuj lub wpisz kod kreskowy, Enter go dodaje</translation>
    </message>
    <message>
        <source>Delete removes the selected barcode</source>
        <translation>Delete usuwa zaznaczony kod kreskowy</translation>
    </message>
    <message>
        <source>Remove barcode (Del)</source>
        <translation>Usuń kod kreskowy (Del)</translation>
    </message>
</context>
<context>
    <name>CameraChoice</name>
    <message>
        <source>Cameras found on this computer; the field below is what is saved</source>
        <translation>Kamery znalezione na tym komputerze; zapisywana jest wartość pola poniżej</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Szukaj ponownie</translation>
    </message>
    <message>
        <source>Could not look for cameras: {error}</source>
        <translation>Nie można wyszukać kamer: {error}</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Brak kamery</translation>
    </message>
    <message>
        <source>Looking for cameras {numbers}...</source>
        <translation>Wyszukiwanie kamer {numbers}…</translation>
    </message>
    <message>
        <source>No camera found (numbers {numbers} checked)</source>
        <translation>Nie znaleziono kamery (sprawdzono numery {numbers})</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <source>Camera {number} (set; busy or not found now)</source>
        <translation>Kamera {number} (ustawiona; zajęta lub teraz niewykryta)</translation>
    </message>
    <message>
        <source>File or URL...</source>
        <translation>Plik lub URL…</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No picture from the camera yet</source>
        <translation>Brak jeszcze obrazu z kamery</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>fix lines {lines} before payment</source>
        <translation>przed płatnością popraw pozycje {lines}</translation>
    </message>
    <message>
        <source>fix line {lines} before payment</source>
        <translation>przed płatnością popraw pozycję {lines}</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>koszyk jest pusty</translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Line {line}: a quantity of 0 is not taken; press Delete to remove the line</source>
        <translation>Pozycja {line}: ilość 0 nie jest przyjmowana; naciśnij Delete, aby usunąć pozycję</translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>Offline: this till knows only its sales since the line dropped. Expected cash and the difference are on the server&apos;s Z report: print it again when the line is back.</source>
        <translation>Offline: ta kasa zna tylko swoje sprzedaże od zerwania łącza. Oczekiwana gotówka i różnica są w raporcie Z serwera: wydrukuj go ponownie, gdy łącze wróci.</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <source>{count} invoices, {amount}</source>
        <translation>Faktury: {count}, {amount}</translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation>Raport X (dotychczas)</translation>
    </message>
    <message>
        <source>Z report (closed)</source>
        <translation>Raport Z (zamknięty)</translation>
    </message>
    <message>
        <source>{count} invoices, {amount} (after voids, refunds)</source>
        <translation>Faktury: {count}, {amount} (po unieważnieniach i zwrotach)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Stan początkowy</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiono</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Unieważnienia</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>{count} payments, {amount}</source>
        <translation>Płatności: {count}, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount}</source>
        <translation>Faktury: 1, {amount}</translation>
    </message>
    <message>
        <source>1 payment, {amount}</source>
        <translation>Płatności: 1, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount} (after voids, refunds)</source>
        <translation>Faktury: 1, {amount} (po unieważnieniach i zwrotach)</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Wpłaty / wypłaty</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabaty</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Oczekiwana gotówka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Policzona gotówka</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>{title} · session {session} · till {till}</source>
        <translation>{title} · sesja {session} · kasa {till}</translation>
    </message>
    <message>
        <source>X report (offline)</source>
        <translation>Raport X (offline)</translation>
    </message>
    <message>
        <source>Drawer counted (offline)</source>
        <translation>Szuflada policzona (offline)</translation>
    </message>
    <message>
        <source>No open cash session on this till</source>
        <translation>Brak otwartej sesji kasowej na tej kasie</translation>
    </message>
    <message>
        <source>the cash you counted into the drawer, e.g. 150.00</source>
        <translation>gotówka przeliczona i włożona do szuflady, np. 150,00</translation>
    </message>
    <message>
        <source>Open session (Enter)</source>
        <translation>Otwórz sesję (Enter)</translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation>&amp;Stan początkowy</translation>
    </message>
    <message>
        <source>why, e.g. change from the bank / to the safe</source>
        <translation>powód, np. drobne z banku / do sejfu</translation>
    </message>
    <message>
        <source>Cash &amp;in</source>
        <translation>&amp;Wpłata</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>W&amp;ypłata</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Wpłata lub wypłata</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Kwota</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>P&amp;owód</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Zamknij sesję</translation>
    </message>
    <message>
        <source>the cash counted in the drawer now</source>
        <translation>gotówka policzona teraz w szufladzie</translation>
    </message>
    <message>
        <source>Close with Z report...</source>
        <translation>Zamknij z raportem Z…</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>Przeli&amp;czono</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the opening</source>
        <translation>Trwa zapisywanie – przed otwarciem poczekaj na odpowiedź</translation>
    </message>
    <message>
        <source>Checking whether the opening was saved - the database stopped answering ({doubt})</source>
        <translation>Sprawdzanie, czy otwarcie zostało zapisane – baza danych przestała odpowiadać ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} open</source>
        <translation>Sesja {session} otwarta</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash in</source>
        <translation>Trwa zapisywanie – przed wpłatą poczekaj na odpowiedź</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash out</source>
        <translation>Trwa zapisywanie – przed wypłatą poczekaj na odpowiedź</translation>
    </message>
    <message>
        <source>Checking whether the cash in was saved - the database stopped answering ({doubt})</source>
        <translation>Sprawdzanie, czy wpłata została zapisana – baza danych przestała odpowiadać ({doubt})</translation>
    </message>
    <message>
        <source>Checking whether the cash out was saved - the database stopped answering ({doubt})</source>
        <translation>Sprawdzanie, czy wypłata została zapisana – baza danych przestała odpowiadać ({doubt})</translation>
    </message>
    <message>
        <source>Cash in recorded: {amount} ({reason})</source>
        <translation>Zapisano wpłatę: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Cash out recorded: {amount} ({reason})</source>
        <translation>Zapisano wypłatę: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Count the drawer and type the amount first</source>
        <translation>Najpierw przelicz gotówkę w szufladzie i wpisz kwotę</translation>
    </message>
    <message>
        <source>Close session {session} with {amount} {currency} counted? The Z report is final.</source>
        <translation>Zamknąć sesję {session} z policzoną kwotą {amount} {currency}? Raport Z jest ostateczny.</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the closing</source>
        <translation>Trwa zapisywanie – przed zamknięciem poczekaj na odpowiedź</translation>
    </message>
    <message>
        <source>Checking whether the closing was saved - the database stopped answering ({doubt})</source>
        <translation>Sprawdzanie, czy zamknięcie zostało zapisane – baza danych przestała odpowiadać ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} closed on this till (offline) with {amount} {currency} counted; the difference comes with the line</source>
        <translation>Sesja {session} zamknięta na tej kasie (offline), policzono {amount} {currency}; różnica przyjdzie z łączem</translation>
    </message>
    <message>
        <source>Session {session} closed; difference {amount} {currency}</source>
        <translation>Sesja {session} zamknięta; różnica {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Checkout</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Scan or type a customer code or a product barcode / SKU</source>
        <translation>Zeskanuj lub wpisz kod klienta, kod kreskowy lub SKU produktu</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Zapłać (F12)</translation>
    </message>
    <message>
        <source>Checkout · {exhibition} · till {till}</source>
        <translation>Kasa · {exhibition} · stanowisko {till}</translation>
    </message>
    <message>
        <source>Selling to {name}</source>
        <translation>Sprzedaż dla: {name}</translation>
    </message>
    <message>
        <source>{text} is neither a customer code nor a known product</source>
        <translation>{text} to ani kod klienta, ani znany produkt</translation>
    </message>
    <message>
        <source>A seat in {code} is booked for a person: scan the customer&apos;s QR first, then the workshop again.</source>
        <translation>Miejsce w {code} rezerwuje się dla konkretnej osoby: najpierw zeskanuj kod QR klienta, potem ponownie warsztat.</translation>
    </message>
    <message>
        <source>{code} is full: no seat to sell (put them on its waitlist instead).</source>
        <translation>Brak wolnych miejsc w {code}: nie ma czego sprzedać (zamiast tego dopisz klienta do listy oczekujących).</translation>
    </message>
    <message>
        <source>Seat: {title} ({code}, {starts})</source>
        <translation>Miejsce: {title} ({code}, {starts})</translation>
    </message>
    <message>
        <source>Added a seat in {code} ({free} free)</source>
        <translation>Dodano miejsce w {code} (wolne: {free})</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Dodano: {name}</translation>
    </message>
    <message>
        <source>add lines first</source>
        <translation>najpierw dodaj pozycje</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Rabat na całą sprzedaż</translation>
    </message>
    <message>
        <source>10% or an amount, e.g. 5.00:</source>
        <translation>10% lub kwota, np. 5,00:</translation>
    </message>
    <message>
        <source>{amount} {currency} off the whole sale</source>
        <translation>Rabat {amount} {currency} na całą sprzedaż</translation>
    </message>
    <message>
        <source>The sale is being saved: wait for the answer, then go on</source>
        <translation>Sprzedaż jest zapisywana: poczekaj na odpowiedź, potem kontynuuj</translation>
    </message>
    <message>
        <source>Walk-in sale (no customer)</source>
        <translation>Sprzedaż anonimowa (bez klienta)</translation>
    </message>
    <message>
        <source>The sale is being saved - wait for the answer</source>
        <translation>Sprzedaż jest zapisywana – poczekaj na odpowiedź</translation>
    </message>
    <message>
        <source>Drop the {count} lines in the cart and start a new sale?</source>
        <translation>Usunąć wszystkie pozycje z koszyka ({count}) i rozpocząć nową sprzedaż?</translation>
    </message>
    <message>
        <source>Drop the 1 line in the cart and start a new sale?</source>
        <translation>Usunąć 1 pozycję z koszyka i rozpocząć nową sprzedaż?</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nowa sprzedaż</translation>
    </message>
</context>
<context>
    <name>CheckoutParking</name>
    <message>
        <source>Parked sales: {count} (Shift+F10 brings one back)</source>
        <translation>Odłożone sprzedaże: {count} (Shift+F10 przywraca jedną)</translation>
    </message>
    <message>
        <source>Nothing to park: the cart is empty</source>
        <translation>Nie ma czego odłożyć: koszyk jest pusty</translation>
    </message>
    <message>
        <source>Park this sale</source>
        <translation>Odłóż tę sprzedaż</translation>
    </message>
    <message>
        <source>A note to find it again (optional), Enter parks:</source>
        <translation>Notatka, by ją potem odnaleźć (opcjonalnie), Enter odkłada:</translation>
    </message>
    <message>
        <source>Parking the sale...</source>
        <translation>Odkładanie sprzedaży…</translation>
    </message>
    <message>
        <source>Parked: {sale}, on this till (offline). Shift+F10 brings it back.</source>
        <translation>Odłożono: {sale}, na tej kasie (offline). Shift+F10 ją przywraca.</translation>
    </message>
    <message>
        <source>Parked: {sale}. Shift+F10 brings it back.</source>
        <translation>Odłożono: {sale}. Shift+F10 ją przywraca.</translation>
    </message>
    <message>
        <source>{error} - not parked; the sale is still here</source>
        <translation>{error} – nie odłożono; sprzedaż nadal jest tutaj</translation>
    </message>
    <message>
        <source>Finish this sale or park it (F10) first; then Shift+F10 brings a parked one back</source>
        <translation>Najpierw zakończ tę sprzedaż lub ją odłóż (F10); potem Shift+F10 przywróci odłożoną</translation>
    </message>
    <message>
        <source>No parked sales at this till</source>
        <translation>Brak odłożonych sprzedaży na tej kasie</translation>
    </message>
    <message>
        <source>customer {code}: {error}</source>
        <translation>klient {code}: {error}</translation>
    </message>
    <message>
        <source>Bringing the parked sale back...</source>
        <translation>Przywracanie odłożonej sprzedaży…</translation>
    </message>
    <message>
        <source>Recalled, but without the customer: {problem}</source>
        <translation>Przywrócono, ale bez klienta: {problem}</translation>
    </message>
    <message>
        <source>Recalled: {sale}</source>
        <translation>Przywrócono: {sale}</translation>
    </message>
</context>
<context>
    <name>CheckoutPaying</name>
    <message>
        <source>No cash session is open at this till: this cash will be in no drawer count. Open one in the Cash drawer screen (with the counted float) when you can.</source>
        <translation>Na tej kasie nie ma otwartej sesji kasowej: tej gotówki nie obejmie żadne liczenie szuflady. Gdy tylko możesz, otwórz sesję na ekranie Szuflada kasowa (z policzonym stanem początkowym).</translation>
    </message>
    <message>
        <source>add a line first (F3, or scan a product)</source>
        <translation>najpierw dodaj pozycję (F3 lub zeskanuj produkt)</translation>
    </message>
    <message>
        <source>Saving the sale...</source>
        <translation>Zapisywanie sprzedaży…</translation>
    </message>
    <message>
        <source>Checking whether the sale was saved - the database stopped answering ({doubt}). The cart stays here; do not sell it again.</source>
        <translation>Sprawdzanie, czy sprzedaż została zapisana – baza danych przestała odpowiadać ({doubt}). Koszyk zostaje tutaj; nie sprzedawaj go ponownie.</translation>
    </message>
    <message>
        <source>Sale saved as {number}</source>
        <translation>Sprzedaż zapisana jako {number}</translation>
    </message>
    <message>
        <source>{error} - the sale is still here: press F12 to pay again</source>
        <translation>{error} – sprzedaż nadal jest tutaj: naciśnij F12, aby zapłacić ponownie</translation>
    </message>
    <message>
        <source>{why} - the sale is still here (F12)</source>
        <translation>{why} – sprzedaż nadal jest tutaj (F12)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jedn.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>E-mail powitalny</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasjer</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Number / code</source>
        <translation>Nr / kod</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Nr na serwerze</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation>Dodano (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Waits because</source>
        <translation>Czeka, bo</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Kody kreskowe</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>W sprzedaży</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Ulubiony</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Zlecający</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Rezerwacje</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>Czeka do</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Ost. logowanie</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Oczekujący</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
</context>
<context>
    <name>CommissionReport</name>
    <message>
        <source>All cashiers</source>
        <translation>Wszyscy kasjerzy</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasjer</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Sprzedaż netto</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Prowizja</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Brak sprzedaży w tym okresie.</translation>
    </message>
    <message>
        <source>Commission {first} - {last} ({currency})</source>
        <translation>Prowizja {first} – {last} ({currency})</translation>
    </message>
    <message>
        <source>On net sales (without VAT); refunds in the period are taken back at the same rate.</source>
        <translation>Od sprzedaży netto (bez VAT); zwroty z tego okresu są odliczane według tej samej stawki.</translation>
    </message>
    <message>
        <source>C&amp;ashier</source>
        <translation>K&amp;asjer</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code</source>
        <translation>Wpisz nazwę lub kod kraju</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost; the details are in {file}</source>
        <translation>Coś poszło nie tak; nic nie zostało utracone; szczegóły są w {file}</translation>
    </message>
    <message>
        <source>It happened {count} times since the app started.</source>
        <translation>Od uruchomienia aplikacji zdarzyło się to {count} razy.</translation>
    </message>
</context>
<context>
    <name>CreditNoteActions</name>
    <message>
        <source>{number} · -{amount} {currency} by {method} · {when}</source>
        <translation>{number} · -{amount} {currency} ({method}) · {when}</translation>
    </message>
    <message>
        <source>Credit &amp;notes</source>
        <translation>Faktury &amp;korygujące</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+Shift+D)</source>
        <translation>Otwórz PDF (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+Shift+S)</source>
        <translation>Zapisz PDF… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Reprint slip (Ctrl+Shift+C)</source>
        <translation>Drukuj potwierdzenie (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Print the credit note&apos;s slip again (Ctrl+Shift+C)</source>
        <translation>Wydrukuj ponownie potwierdzenie faktury korygującej (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>-{amount} {currency} refunded in all</source>
        <translation>Łącznie zwrócono -{amount} {currency}</translation>
    </message>
    <message>
        <source>No credit note</source>
        <translation>Brak faktury korygującej</translation>
    </message>
    <message>
        <source>Slip of credit note {number}</source>
        <translation>Potwierdzenie faktury korygującej {number}</translation>
    </message>
    <message>
        <source>Printing the slip of {number}...</source>
        <translation>Drukowanie potwierdzenia {number}…</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bills</source>
        <translation>Faktury: &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; bill</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; faktura</translation>
    </message>
    <message>
        <source>, total billed &lt;b&gt;{totals}&lt;/b&gt;</source>
        <translation>, łącznie zafakturowano &lt;b&gt;{totals}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Welcome email: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation>E-mail powitalny: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>Sprzedaż anonimowa</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code to sell to them.</source>
        <translation>Zeskanuj kod QR klienta, aby przypisać mu sprzedaż.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Welcome to {venue}</source>
        <translation>{venue} – witamy!</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Razem {amount}</translation>
    </message>
    <message>
        <source>Booth POS - customer display</source>
        <translation>Booth POS – wyświetlacz klienta</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Dzień dobry, {name}</translation>
    </message>
    <message>
        <source>Given {amount}</source>
        <translation>Wpłacono {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Reszta {amount}</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Dziękujemy, {name}!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Dziękujemy!</translation>
    </message>
    <message>
        <source>Your change: {amount}</source>
        <translation>Reszta: {amount}</translation>
    </message>
    <message>
        <source>Keep this code on your phone: scan it at our counter next time.</source>
        <translation>Prosimy zachować ten kod w telefonie: przy następnej wizycie zeskanujemy go na naszym stoisku.</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Faktura {number}</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer {code}</source>
        <translation>Edycja klienta {code}</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Zapisz &amp;mimo to</translation>
    </message>
    <message>
        <source>Customer code {code} stays the same. Ctrl+S saves.</source>
        <translation>Kod klienta {code} pozostaje bez zmian. Ctrl+S zapisuje.</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Popraw zaznaczone pola</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}). Change the email, or Save anyway (Alt+A) only if this really is another person.</source>
        <translation>{email} jest już zarejestrowany dla {name} ({code}). Zmień adres e-mail albo wybierz „Zapisz mimo to” (Alt+M) tylko wtedy, gdy to naprawdę inna osoba.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIP UE</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Typ klienta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>with the company: a full invoice</source>
        <translation>z firmą: pełna faktura</translation>
    </message>
    <message>
        <source>EU VAT ID, e.g. DE136695976</source>
        <translation>NIP UE, np. DE136695976</translation>
    </message>
    <message>
        <source>national numbers are read as {region}, or +country code</source>
        <translation>numery krajowe są odczytywane jako {region}, inne z +kodem kraju</translation>
    </message>
    <message>
        <source>required: the customer code is sent here</source>
        <translation>wymagany: na ten adres zostanie wysłany kod klienta</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>Według kraju</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>update the customer</source>
        <translation>zaktualizuj klienta</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>pomiń wiersz</translation>
    </message>
    <message>
        <source>create another customer</source>
        <translation>utwórz kolejnego klienta</translation>
    </message>
    <message>
        <source>reject the row</source>
        <translation>odrzuć wiersz</translation>
    </message>
    <message>
        <source>import the customer without the email (kept as written)</source>
        <translation>importuj klienta bez adresu e-mail (zachowany w oryginalnej postaci)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <source>Path of a CSV or XLSX file</source>
        <translation>Ścieżka do pliku CSV lub XLSX</translation>
    </message>
    <message>
        <source>Browse... (Ctrl+O)</source>
        <translation>Przeglądaj… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Which file? CSV (any delimiter and encoding) or XLSX:</source>
        <translation>Który plik? CSV (dowolny separator i kodowanie) lub XLSX:</translation>
    </message>
    <message>
        <source>A row is the same customer when (first rule that matches):</source>
        <translation>Wiersz to ten sam klient, gdy (obowiązuje pierwsza pasująca reguła):</translation>
    </message>
    <message>
        <source>On a &amp;duplicate</source>
        <translation>Przy d&amp;uplikacie</translation>
    </message>
    <message>
        <source>Invalid &amp;email</source>
        <translation>Błędny &amp;e-mail</translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation>Wiersze: %v</translation>
    </message>
    <message>
        <source>&amp;Cancel (Esc)</source>
        <translation>&amp;Anuluj (Esc)</translation>
    </message>
    <message>
        <source>Rejected rows file</source>
        <translation>Plik z odrzuconymi wierszami</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV</source>
        <translation>&amp;Zapisz odrzucone wiersze jako CSV</translation>
    </message>
    <message>
        <source>&amp;Next: columns</source>
        <translation>&amp;Dalej: kolumny</translation>
    </message>
    <message>
        <source>&amp;Next: options</source>
        <translation>&amp;Dalej: opcje</translation>
    </message>
    <message>
        <source>&amp;Next: dry run</source>
        <translation>&amp;Dalej: próbny import</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Nowy import</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>&amp;Importuj teraz</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tabele (*.csv *.txt *.tsv *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Type the path of a file, or press Ctrl+O to pick one</source>
        <translation>Wpisz ścieżkę do pliku lub naciśnij Ctrl+O, aby go wybrać</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>Brak pliku {path}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>kodowanie {encoding}</translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation>separator {delimiter}</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>kolumny: {count}</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from the mapping you saved for these columns; change any.</source>
        <translation>{file}: {found}. Punktem wyjścia jest przypisanie zapisane dla tych kolumn; możesz je zmienić.</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from columns matched automatically; change any.</source>
        <translation>{file}: {found}. Punktem wyjścia są kolumny przypisane automatycznie; możesz je zmienić.</translation>
    </message>
    <message>
        <source>Check the encoding: {note}. The dry run lists the rows.</source>
        <translation>Sprawdź kodowanie: {note}. Próbny import pokaże wiersze.</translation>
    </message>
    <message>
        <source>Dry run: reading the file, nothing is saved...</source>
        <translation>Próbny import: odczyt pliku, nic nie jest zapisywane…</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>Odczytane wiersze: {count}</translation>
    </message>
    <message>
        <source>Cancelling after the current batch...</source>
        <translation>Anulowanie po bieżącej partii…</translation>
    </message>
    <message>
        <source>Type where the rejected rows should go</source>
        <translation>Wpisz, gdzie zapisać odrzucone wiersze</translation>
    </message>
    <message>
        <source>Rejected rows saved to {path}: fix them and import that file</source>
        <translation>Odrzucone wiersze zapisano w {path}: popraw je i zaimportuj ten plik</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Find customer</source>
        <translation>Znajdź klienta</translation>
    </message>
    <message>
        <source>Scan or type the customer code, or type a name</source>
        <translation>Zeskanuj lub wpisz kod klienta albo wpisz nazwisko</translation>
    </message>
    <message>
        <source>Enter: look up · then Enter: sell to them · Ctrl+E: edit · Ctrl+Shift+W: resend welcome email · Esc: close</source>
        <translation>Enter: wyszukaj · potem Enter: sprzedaż dla klienta · Ctrl+E: edytuj · Ctrl+Shift+W: wyślij ponownie e-mail powitalny · Esc: zamknij</translation>
    </message>
    <message>
        <source>Looking up...</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Szukanie…</translation>
    </message>
    <message>
        <source>No customer code or name matches {text}</source>
        <translation>Żaden kod klienta ani nazwisko nie pasuje do {text}</translation>
    </message>
    <message>
        <source>{count} customers match (the first shown: type more): arrows, then Enter</source>
        <translation>Pasujący klienci: {count} (pokazano pierwszych: wpisz więcej): strzałki, potem Enter</translation>
    </message>
    <message>
        <source>{count} customers match: arrows, then Enter</source>
        <translation>Pasujący klienci: {count}: strzałki, potem Enter</translation>
    </message>
    <message>
        <source>{name}: Enter sells to them</source>
        <translation>{name}: Enter – sprzedaż dla tego klienta</translation>
    </message>
    <message>
        <source>Look a customer up first (code, then Enter)</source>
        <translation>Najpierw wyszukaj klienta (kod, potem Enter)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>E-mail powitalny do {recipient} ponownie dodano do kolejki</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Search name, email, phone, company or code (newest first)</source>
        <translation>Szukaj: nazwisko, e-mail, telefon, firma lub kod (najnowsi na górze)</translation>
    </message>
    <message>
        <source>Name A-Z</source>
        <translation>Nazwa A–Z</translation>
    </message>
    <message>
        <source>Name Z-A</source>
        <translation>Nazwa Z–A</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Najnowsi na górze</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Najstarsi na górze</translation>
    </message>
    <message>
        <source>Most billed first</source>
        <translation>Najwyższa kwota faktur na górze</translation>
    </message>
    <message>
        <source>Least billed first</source>
        <translation>Najniższa kwota faktur na górze</translation>
    </message>
    <message>
        <source>Most bills first</source>
        <translation>Najwięcej faktur na górze</translation>
    </message>
    <message>
        <source>Select a customer to see their bills.</source>
        <translation>Wybierz klienta, aby zobaczyć jego faktury.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klientów</translation>
    </message>
    <message>
        <source>Resend welcome email (Ctrl+Shift+W)</source>
        <translation>Wyślij ponownie e-mail powitalny (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Kolejność</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+E)</source>
        <translation>Najpierw wybierz klienta (strzałki, potem Ctrl+E)</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+Shift+W)</source>
        <translation>Najpierw wybierz klienta (strzałki, potem Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>E-mail powitalny do {recipient} ponownie dodano do kolejki</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>Zapisano: {name}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>others ({count})</source>
        <translation>inne ({count})</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Przychód dzisiaj</translation>
    </message>
    <message>
        <source>Invoices today</source>
        <translation>Faktury dzisiaj</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Średni koszyk</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <source>Dashboard · {exhibition} · {day}</source>
        <translation>Pulpit · {exhibition} · {day}</translation>
    </message>
    <message>
        <source>Revenue by day ({currency})</source>
        <translation>Przychód wg dni ({currency})</translation>
    </message>
    <message>
        <source>Revenue by hour today ({currency})</source>
        <translation>Przychód wg godzin dzisiaj ({currency})</translation>
    </message>
    <message>
        <source>Customers by country</source>
        <translation>Klienci wg kraju</translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation>Klienci wg typu</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>klient anonimowy</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Ostatnie faktury</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niski stan magazynowy</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>SQL&amp;ite file on this computer (one till)</source>
        <translation>Plik SQL&amp;ite na tym komputerze (jedna kasa)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several tills share it)</source>
        <translation>Serwer &amp;PostgreSQL (wspólny dla kilku kas)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>Choose another SQLite file (Alt+B)</source>
        <translation>Wybierz inny plik SQLite (Alt+G)</translation>
    </message>
    <message>
        <source>empty if the server needs none</source>
        <translation>puste, jeśli serwer go nie wymaga</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>Connect and look inside, without changing anything (Alt+T; at most {seconds} seconds)</source>
        <translation>Połącz i sprawdź zawartość bez wprowadzania zmian (Alt+T; najwyżej {seconds} s)</translation>
    </message>
    <message>
        <source>Welcome. Booth POS keeps its data in a file on this computer (a single till) or on the booth&apos;s PostgreSQL server (several tills selling together).</source>
        <translation>Witamy. Booth POS przechowuje dane w pliku na tym komputerze (jedna kasa) albo na serwerze PostgreSQL stoiska (kilka kas sprzedających razem).</translation>
    </message>
    <message>
        <source>U&amp;RL</source>
        <translation>U&amp;RL</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>The choice is saved in {path}.</source>
        <translation>Wybór zostanie zapisany w {path}.</translation>
    </message>
    <message>
        <source>needs a file name</source>
        <translation>wymaga nazwy pliku</translation>
    </message>
    <message>
        <source>needed, e.g. {example}</source>
        <translation>wymagane, np. {example}</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Plik bazy danych SQLite</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Baza danych SQLite (*.sqlite3 *.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Testing the connection (at most {seconds} seconds)...</source>
        <translation>Testowanie połączenia (najwyżej {seconds} s)…</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <source>The database is set by the environment variable {variable}, which beats the config file: a choice made here could not be saved. To choose here, start without {variable}.</source>
        <translation>Bazę danych wskazuje zmienna środowiskowa {variable}, która ma pierwszeństwo przed plikiem konfiguracyjnym: wyboru dokonanego tutaj nie dałoby się zapisać. Aby wybierać tutaj, uruchom aplikację bez {variable}.</translation>
    </message>
    <message>
        <source>The database was given on the command line (--database), which beats the config file: a choice made here could not be saved. To choose here, start without it.</source>
        <translation>Bazę danych podano w wierszu poleceń (--database), co ma pierwszeństwo przed plikiem konfiguracyjnym: wyboru dokonanego tutaj nie dałoby się zapisać. Aby wybierać tutaj, uruchom aplikację bez tej opcji.</translation>
    </message>
    <message>
        <source>The database is ready, but the choice cannot be saved in {file} ({reason}); nothing was switched.</source>
        <translation>Baza danych jest gotowa, ale nie można zapisać wyboru w {file} ({reason}); niczego nie przełączono.</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Booth POS: door check-in</source>
        <translation>Booth POS: kontrola wejść</translation>
    </message>
    <message>
        <source>Scan the visitor&apos;s QR code</source>
        <translation>Zeskanuj kod QR gościa</translation>
    </message>
    <message>
        <source>Pick the session, then scan.</source>
        <translation>Wybierz sesję, potem skanuj.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesja</translation>
    </message>
    <message>
        <source>No workshops today</source>
        <translation>Dziś brak warsztatów</translation>
    </message>
    <message>
        <source>Set them up first.</source>
        <translation>Najpierw je utwórz.</translation>
    </message>
    <message>
        <source>Pick the session first</source>
        <translation>Najpierw wybierz sesję</translation>
    </message>
    <message>
        <source>Cannot reach the database</source>
        <translation>Brak połączenia z bazą danych</translation>
    </message>
    <message>
        <source>Offline since {since}: check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Offline od {since}: wejścia są zapisywane na tym laptopie i zostaną wysłane, gdy połączenie wróci</translation>
    </message>
    <message>
        <source>Offline since {since}: 1 check-in is kept on this laptop and sent when the line is back</source>
        <translation>Offline od {since}: 1 wejście jest zapisane na tym laptopie i zostanie wysłane, gdy połączenie wróci</translation>
    </message>
    <message>
        <source>Offline since {since}: {count} check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Offline od {since}: wejścia zapisane na tym laptopie ({count}) zostaną wysłane, gdy połączenie wróci</translation>
    </message>
    <message>
        <source>Back online - sending 1 check-in...</source>
        <translation>Znów online – wysyłanie 1 wejścia…</translation>
    </message>
    <message>
        <source>Back online - sending {count} check-ins...</source>
        <translation>Znów online – wysyłanie wejść ({count})…</translation>
    </message>
</context>
<context>
    <name>DoorVerdicts</name>
    <message>
        <source>Admitted: {name}</source>
        <translation>Wpuszczono: {name}</translation>
    </message>
    <message>
        <source>seat {seat} of {seats}</source>
        <translation>miejsce {seat} z {seats}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Wejście już odnotowane o {time}</translation>
    </message>
    <message>
        <source>{name}: all {seats} seat(s) used</source>
        <translation>{name}: wykorzystano wszystkie miejsca ({seats})</translation>
    </message>
    <message>
        <source>another workshop</source>
        <translation>inny warsztat</translation>
    </message>
    <message>
        <source>Booked for {time}, not this session</source>
        <translation>Rezerwacja na {time}, nie na tę sesję</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Odwołany</translation>
    </message>
    <message>
        <source>{title} does not take place</source>
        <translation>{title} się nie odbędzie</translation>
    </message>
    <message>
        <source>Not booked - 1 seat free: send to the counter</source>
        <translation>Brak rezerwacji – jest 1 wolne miejsce: skieruj do kasy</translation>
    </message>
    <message>
        <source>Not booked - {free} seats free: send to the counter</source>
        <translation>Brak rezerwacji – wolne miejsca: {free}; skieruj do kasy</translation>
    </message>
    <message>
        <source>{name} has no seat here</source>
        <translation>{name} nie ma tu miejsca</translation>
    </message>
    <message>
        <source>Not a visitor&apos;s code: {code}</source>
        <translation>To nie jest kod gościa: {code}</translation>
    </message>
</context>
<context>
    <name>EmailTest</name>
    <message>
        <source>send a test to (your address)</source>
        <translation>wyślij test na (Twój adres)</translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation>Wyślij e-mail &amp;testowy</translation>
    </message>
    <message>
        <source>Sending a test email to {to}...</source>
        <translation>Wysyłanie e-maila testowego do {to}…</translation>
    </message>
    <message>
        <source>Test email sent to {to} (Message-ID {id}).</source>
        <translation>E-mail testowy wysłany do {to} (Message-ID {id}).</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Step 1 of 2: the database</source>
        <translation>Krok 1 z 2: baza danych</translation>
    </message>
    <message>
        <source>Step 2 of 2: the first admin and the exhibition</source>
        <translation>Krok 2 z 2: pierwszy administrator i targi</translation>
    </message>
    <message>
        <source>Booth POS: first start</source>
        <translation>Booth POS: pierwsze uruchomienie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back to the choice of database (Alt+B)</source>
        <translation>Wróć do wyboru bazy danych (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Utwórz</translation>
    </message>
    <message>
        <source>Preparing the database (creating or upgrading its tables)...</source>
        <translation>Przygotowywanie bazy danych (tworzenie lub aktualizacja tabel)…</translation>
    </message>
    <message>
        <source>This database is already set up: log in. (Saved in {path}.)</source>
        <translation>Ta baza danych jest już skonfigurowana: zaloguj się. (Zapisano w {path}.)</translation>
    </message>
    <message>
        <source>Database chosen and saved in {path}.</source>
        <translation>Wybrano bazę danych i zapisano w {path}.</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition and the demo data (this takes a moment)...</source>
        <translation>Tworzenie administratora, targów i danych demonstracyjnych (to chwilę potrwa)…</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition...</source>
        <translation>Tworzenie administratora i targów…</translation>
    </message>
    <message>
        <source>Set up: admin {name}</source>
        <translation>Skonfigurowano: administrator {name}</translation>
    </message>
    <message>
        <source>exhibition {name} ({code}, {currency})</source>
        <translation>targi {name} ({code}, {currency})</translation>
    </message>
    <message>
        <source>demo data: {count} customers</source>
        <translation>dane demonstracyjne – liczba klientów: {count}</translation>
    </message>
    <message>
        <source>Log in now.</source>
        <translation>Zaloguj się teraz.</translation>
    </message>
    <message>
        <source>The demo data failed: {error}</source>
        <translation>Nie udało się utworzyć danych demonstracyjnych: {error}</translation>
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
        <translation>Ta pomoc</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Back to the checkout&apos;s scan field, from any screen</source>
        <translation>Powrót do pola skanowania w kasie z dowolnego ekranu</translation>
    </message>
    <message>
        <source>Ctrl+1 ... Ctrl+9, Ctrl+0</source>
        <translation>Ctrl+1 ... Ctrl+9, Ctrl+0</translation>
    </message>
    <message>
        <source>Open the screens listed on the left (Ctrl+0: the tenth)</source>
        <translation>Otwarcie ekranów z listy po lewej (Ctrl+0: dziesiąty)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next / previous screen in the list</source>
        <translation>Następny / poprzedni ekran na liście</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Find a customer by code or name from any screen (Enter sells, Ctrl+E edits)</source>
        <translation>Wyszukanie klienta po kodzie lub nazwisku z dowolnego ekranu (Enter – sprzedaż, Ctrl+E – edycja)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the till now (the same user unlocks; another logs in and takes over)</source>
        <translation>Natychmiastowa blokada kasy (ten sam użytkownik odblokowuje; inny loguje się i przejmuje kasę)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Open or close the customer display (its monitor: Settings &gt; Appearance)</source>
        <translation>Otwarcie lub zamknięcie wyświetlacza klienta (jego monitor: Ustawienia &gt; Wygląd)</translation>
    </message>
    <message>
        <source>Enter (scan field)</source>
        <translation>Enter (pole skanowania)</translation>
    </message>
    <message>
        <source>Customer code: their card; barcode, SKU or product name: add it</source>
        <translation>Kod klienta: jego karta; kod kreskowy, SKU lub nazwa produktu: dodanie produktu</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>New free-text line: description, Tab, amount, Tab, quantity, Tab, VAT %, Enter</source>
        <translation>Nowa pozycja z dowolnym opisem: opis, Tab, kwota, Tab, ilość, Tab, VAT %, Enter</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the cart&apos;s lines (arrows move, F2 edits a cell, Delete removes a line)</source>
        <translation>Przejście do pozycji koszyka (strzałki – ruch, F2 – edycja komórki, Delete – usunięcie pozycji)</translation>
    </message>
    <message>
        <source>Alt+1 ... Alt+9</source>
        <translation>Alt+1 ... Alt+9</translation>
    </message>
    <message>
        <source>Sell the first nine quick keys of the tab on show (tap or click works too)</source>
        <translation>Sprzedaż z pierwszych dziewięciu szybkich przycisków widocznej karty (można też dotknąć lub kliknąć)</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Go to the quick keys: arrows move, Enter or Space sells the tile</source>
        <translation>Przejście do szybkich przycisków: strzałki – ruch, Enter lub Spacja – sprzedaż kafelka</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <source>Previous / next tab of quick keys (All, the categories, Workshops)</source>
        <translation>Poprzednia / następna karta szybkich przycisków (Wszystkie, kategorie, Warsztaty)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Discount on the whole sale: 10% or an amount, spread over the lines</source>
        <translation>Rabat na całą sprzedaż: 10% lub kwota, rozłożona na pozycje</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Walk-in sale: remove the customer from the cart</source>
        <translation>Sprzedaż anonimowa: usunięcie klienta z koszyka</translation>
    </message>
    <message>
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <source>Park the sale (with an optional note) and start an empty one</source>
        <translation>Odłożenie sprzedaży (z opcjonalną notatką) i rozpoczęcie pustej</translation>
    </message>
    <message>
        <source>Shift+F10</source>
        <translation>Shift+F10</translation>
    </message>
    <message>
        <source>Parked sales of this till: Enter brings one back with its customer</source>
        <translation>Odłożone sprzedaże tej kasy: Enter przywraca wybraną razem z klientem</translation>
    </message>
    <message>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <source>Pay: cash received (Enter), or F6 for card, both for a split payment</source>
        <translation>Płatność: otrzymana gotówka (Enter) lub F6 – karta; obie formy przy płatności dzielonej</translation>
    </message>
    <message>
        <source>Enter / Esc (confirmation)</source>
        <translation>Enter / Esc (potwierdzenie)</translation>
    </message>
    <message>
        <source>Save the sale / go back and change it</source>
        <translation>Zapisanie sprzedaży / powrót i zmiana</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New sale (asks first when the cart has lines)</source>
        <translation>Nowa sprzedaż (najpierw pyta, jeśli w koszyku są pozycje)</translation>
    </message>
    <message>
        <source>Esc (scan field)</source>
        <translation>Esc (pole skanowania)</translation>
    </message>
    <message>
        <source>Clear what was typed</source>
        <translation>Wyczyszczenie wpisanego tekstu</translation>
    </message>
    <message>
        <source>Enter (invoice view)</source>
        <translation>Enter (widok faktury)</translation>
    </message>
    <message>
        <source>Done: back to an empty checkout</source>
        <translation>Gotowe: powrót do pustej kasy</translation>
    </message>
    <message>
        <source>Ctrl+E (invoice view)</source>
        <translation>Ctrl+E (widok faktury)</translation>
    </message>
    <message>
        <source>Edit the invoice (managers): F2 edits a cell, Ctrl+S saves</source>
        <translation>Edycja faktury (kierownik): F2 edytuje komórkę, Ctrl+S zapisuje</translation>
    </message>
    <message>
        <source>Ctrl+P (invoice view)</source>
        <translation>Ctrl+P (widok faktury)</translation>
    </message>
    <message>
        <source>Print the receipt again (marked COPY)</source>
        <translation>Ponowny wydruk paragonu (z oznaczeniem KOPIA)</translation>
    </message>
    <message>
        <source>Ctrl+R (invoice view)</source>
        <translation>Ctrl+R (widok faktury)</translation>
    </message>
    <message>
        <source>Refund the invoice, whole or per line (a credit note)</source>
        <translation>Zwrot do faktury, całość lub wybrane pozycje (faktura korygująca)</translation>
    </message>
    <message>
        <source>Ctrl+M (invoice view)</source>
        <translation>Ctrl+M (widok faktury)</translation>
    </message>
    <message>
        <source>Email the customer again: the invoice, a voided one&apos;s void notice; a refunded one offers its refund notices (Enter sends the latest)</source>
        <translation>Ponowny e-mail do klienta: faktura, przy unieważnionej – powiadomienie o unieważnieniu; przy zwróconej do wyboru powiadomienia o zwrocie (Enter wysyła najnowsze)</translation>
    </message>
    <message>
        <source>Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (invoice view)</source>
        <translation>Alt+K, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (widok faktury)</translation>
    </message>
    <message>
        <source>A refunded invoice&apos;s credit notes: pick one / open its PDF / save it / reprint its slip</source>
        <translation>Faktury korygujące zwróconej faktury: wybór jednej / otwarcie PDF / zapis / ponowny wydruk potwierdzenia</translation>
    </message>
    <message>
        <source>F5 (cash drawer)</source>
        <translation>F5 (szuflada kasowa)</translation>
    </message>
    <message>
        <source>Refresh the X report</source>
        <translation>Odświeżenie raportu X</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+D / Ctrl+S (cash drawer)</source>
        <translation>Ctrl+P / Ctrl+D / Ctrl+S (szuflada kasowa)</translation>
    </message>
    <message>
        <source>Print the X or Z report on screen (a Z printed before: COPY) / open its PDF / save it</source>
        <translation>Wydruk widocznego raportu X lub Z (Z drukowany wcześniej: KOPIA) / otwarcie PDF / zapis</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer: Ctrl+R retry, Ctrl+T another printer; one that may not have printed: Ctrl+P reprint as COPY (drawer stays shut), Ctrl+M mark printed</source>
        <translation>Paragony czekające na drukarkę: Ctrl+R – ponów, Ctrl+T – inna drukarka; paragon, który mógł się nie wydrukować: Ctrl+P – wydruk jako KOPIA (szuflada pozostaje zamknięta), Ctrl+M – oznacz jako wydrukowany</translation>
    </message>
    <message>
        <source>Alt+S / Alt+K, Ctrl+R, Del (outbox)</source>
        <translation>Alt+S / Alt+R, Ctrl+R, Del (skrzynka nadawcza)</translation>
    </message>
    <message>
        <source>Filter the customer emails by state / kind; retry one; cancel one</source>
        <translation>Filtrowanie e-maili do klientów według stanu / rodzaju; ponowienie wysyłki; anulowanie</translation>
    </message>
    <message>
        <source>Ctrl+N / Ctrl+S (products)</source>
        <translation>Ctrl+N / Ctrl+S (produkty)</translation>
    </message>
    <message>
        <source>New product / save the product</source>
        <translation>Nowy produkt / zapisanie produktu</translation>
    </message>
    <message>
        <source>Enter / Del (product barcodes)</source>
        <translation>Enter / Del (kody kreskowe produktu)</translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode / remove the selected</source>
        <translation>Dodanie zeskanowanego lub wpisanego kodu kreskowego / usunięcie zaznaczonego</translation>
    </message>
    <message>
        <source>Ctrl+I / Ctrl+E (products)</source>
        <translation>Ctrl+I / Ctrl+E (produkty)</translation>
    </message>
    <message>
        <source>Import products from a CSV (checked first) / export as CSV</source>
        <translation>Import produktów z pliku CSV (najpierw sprawdzany) / eksport do CSV</translation>
    </message>
    <message>
        <source>F5 / Ctrl+E (reports)</source>
        <translation>F5 / Ctrl+E (raporty)</translation>
    </message>
    <message>
        <source>Show the period&apos;s report / export it as CSV</source>
        <translation>Pokazanie raportu za okres / eksport do CSV</translation>
    </message>
    <message>
        <source>Alt+S / Alt+M (reports)</source>
        <translation>Alt+S / Alt+W (raporty)</translation>
    </message>
    <message>
        <source>Sales / Commission tab (Alt+A there: one cashier or all)</source>
        <translation>Karta Sprzedaż / Prowizja (tam Alt+A: jeden kasjer lub wszyscy)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E (customers, invoices)</source>
        <translation>Ctrl+Shift+E (klienci, faktury)</translation>
    </message>
    <message>
        <source>Export the filtered list to CSV or XLSX (managers); again to stop</source>
        <translation>Eksport przefiltrowanej listy do CSV lub XLSX (kierownik); ponowne naciśnięcie przerywa</translation>
    </message>
    <message>
        <source>Ctrl+S (settings)</source>
        <translation>Ctrl+S (ustawienia)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Zapisanie ustawień</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts	F1</source>
        <translation>&amp;Skróty klawiaturowe	F1</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;logów</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>&amp;Kopiuj wersję i informacje o systemie</translation>
    </message>
    <message>
        <source>Version and system information copied</source>
        <translation>Skopiowano wersję i informacje o systemie</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>ignore</source>
        <translation>pomiń</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>company</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miejscowość</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>kod pocztowy</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIP UE</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>typ klienta</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>status leada</translation>
    </message>
    <message>
        <source>website</source>
        <translation>strona WWW</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>zewnętrzny identyfikator</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>Pole klienta</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Pole dla {column}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>... and {count} more</source>
        <translation>… i jeszcze {count}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns not imported&lt;/b&gt; (no customer field takes them): {names}</source>
        <translation>&lt;b&gt;Niezaimportowane kolumny&lt;/b&gt; (nie pasują do żadnego pola klienta): {names}</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>Wiersze: {rows}; utworzono: {created}, zaktualizowano: {updated}, bez zmian: {unchanged}, odrzucono: {rejected}</translation>
    </message>
    <message>
        <source>Dry run (nothing was saved): {counts}</source>
        <translation>Próbny import (nic nie zapisano): {counts}</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before is saved. {counts}. Importing the same file again completes it.</source>
        <translation>Import anulowany; to, co zaimportowano wcześniej, jest zapisane. {counts}. Ponowny import tego samego pliku go dokończy.</translation>
    </message>
    <message>
        <source>Import finished: {counts}</source>
        <translation>Import zakończony: {counts}</translation>
    </message>
    <message>
        <source>, encoding {encoding}</source>
        <translation>, kodowanie {encoding}</translation>
    </message>
    <message>
        <source>, delimiter {delimiter}</source>
        <translation>, separator {delimiter}</translation>
    </message>
    <message>
        <source>File {file} ({found}); on duplicate: {duplicate}; invalid email: {email}</source>
        <translation>Plik {file} ({found}); przy duplikacie: {duplicate}; błędny e-mail: {email}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Kodowanie:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation>Odrzucone, według powodu</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>Pierwsze odrzucone wiersze</translation>
    </message>
    <message>
        <source>Warnings (the customer is kept, the value as written)</source>
        <translation>Ostrzeżenia (klient zostaje zachowany, wartość w oryginalnej postaci)</translation>
    </message>
    <message>
        <source>First warnings</source>
        <translation>Pierwsze ostrzeżenia</translation>
    </message>
    <message>
        <source>Duplicates matched by</source>
        <translation>Duplikaty rozpoznane po</translation>
    </message>
    <message>
        <source>Created or updated, per country</source>
        <translation>Utworzeni lub zaktualizowani, według kraju</translation>
    </message>
    <message>
        <source>Created or updated, per type</source>
        <translation>Utworzeni lub zaktualizowani, według typu</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Paid so far: {amount} {currency}. Payments stay; the difference shows as due or owed back. F2 edits a cell, Delete removes a line, F3 adds one, Ctrl+S saves.</source>
        <translation>Dotychczas zapłacono: {amount} {currency}. Płatności pozostają; różnica pojawi się jako kwota do zapłaty lub do zwrotu. F2 edytuje komórkę, Delete usuwa pozycję, F3 dodaje pozycję, Ctrl+S zapisuje.</translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <translation>Edycja faktury {number}</translation>
    </message>
    <message>
        <source>empty: walk-in</source>
        <translation>puste: klient anonimowy</translation>
    </message>
    <message>
        <source>required, e.g. wrong quantity</source>
        <translation>wymagany, np. błędna ilość</translation>
    </message>
    <message>
        <source>&amp;Customer code</source>
        <translation>&amp;Kod klienta</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>P&amp;owód</translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation>pozycja {number}: {problem}</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>faktura musi mieć co najmniej jedną pozycję</translation>
    </message>
    <message>
        <source>Say why the invoice is edited (Reason)</source>
        <translation>Podaj, dlaczego faktura jest edytowana (Powód)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Checking whether the edit was saved - the database stopped answering ({doubt})</source>
        <translation>Sprawdzanie, czy zmiana została zapisana – baza danych przestała odpowiadać ({doubt})</translation>
    </message>
    <message>
        <source>The edit is being saved: wait for the answer</source>
        <translation>Zmiana jest zapisywana: poczekaj na odpowiedź</translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>refunded in full</source>
        <translation>zwrócono w całości</translation>
    </message>
    <message>
        <source>{amount} {currency} refunded</source>
        <translation>zwrócono {amount} {currency}</translation>
    </message>
    <message>
        <source>full invoice</source>
        <translation>pełna faktura</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>odwrotne obciążenie</translation>
    </message>
    <message>
        <source>Total {total} {currency} · paid {paid} · change {change}</source>
        <translation>Razem {total} {currency} · zapłacono {paid} · reszta {change}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>klient anonimowy</translation>
    </message>
    <message>
        <source>The customer still owes {amount} {currency}.</source>
        <translation>Klient musi jeszcze dopłacić {amount} {currency}.</translation>
    </message>
    <message>
        <source>Pay back {amount} {currency} to the customer.</source>
        <translation>Zwróć klientowi {amount} {currency}.</translation>
    </message>
    <message>
        <source>Nothing to pay or pay back.</source>
        <translation>Nic do zapłaty ani do zwrotu.</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Gotowe (Enter)</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Unieważnij…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Edytuj (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refund... (Ctrl+R)</source>
        <translation>Zwróć… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Drukuj ponownie (Ctrl+P)</translation>
    </message>
    <message>
        <source>Send invoice again (Ctrl+M)</source>
        <translation>Wyślij fakturę ponownie (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice</source>
        <translation>Tylko kierownik może unieważnić fakturę</translation>
    </message>
    <message>
        <source>Send void notice again (Ctrl+M)</source>
        <translation>Wyślij ponownie powiadomienie o unieważnieniu (Ctrl+M)</translation>
    </message>
    <message>
        <source>Queue the customer&apos;s email about this invoice again (a refunded one: choose the refund notice or the invoice)</source>
        <translation>Ponownie dodaj do kolejki e-mail do klienta w sprawie tej faktury (przy zwróconej: wybierz powiadomienie o zwrocie lub fakturę)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Brak klienta</translation>
    </message>
    <message>
        <source>Change lines or customer (Ctrl+E)</source>
        <translation>Zmień pozycje lub klienta (Ctrl+E)</translation>
    </message>
    <message>
        <source>Only a manager can edit</source>
        <translation>Tylko kierownik może edytować</translation>
    </message>
    <message>
        <source>Refunded: refund what is left instead</source>
        <translation>Zwrócono: zamiast tego zwróć pozostałą część</translation>
    </message>
    <message>
        <source>Everything on this invoice was refunded</source>
        <translation>Wszystko z tej faktury zostało zwrócone</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method}</source>
        <translation>Faktura korygująca {number}: zwróć {amount} {currency} (sposób: {method})</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount} {currency} by {method} (goods not restocked)</source>
        <translation>Faktura korygująca {number}: zwróć {amount} {currency} (sposób: {method}; towaru nie przyjęto z powrotem na stan)</translation>
    </message>
    <message>
        <source>{number} edited. {balance}</source>
        <translation>Zmieniono fakturę {number}. {balance}</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Unieważnij fakturę</translation>
    </message>
    <message>
        <source>Void {number} ({amount} {currency})?
It keeps its number and counts nowhere any more; this cannot be undone.
Reason (required):</source>
        <translation>Unieważnić {number} ({amount} {currency})?
Faktura zachowa swój numer i nie będzie już nigdzie liczona; tego nie można cofnąć.
Powód (wymagany):</translation>
    </message>
    <message>
        <source>{number} voided</source>
        <translation>Unieważniono fakturę {number}</translation>
    </message>
    <message>
        <source>Checking whether the void was saved - the database stopped answering ({doubt})</source>
        <translation>Sprawdzanie, czy unieważnienie zostało zapisane – baza danych przestała odpowiadać ({doubt})</translation>
    </message>
    <message>
        <source>Email to {recipient} queued ({subject}); the Outbox sends it in the background</source>
        <translation>E-mail do {recipient} dodany do kolejki ({subject}); Skrzynka nadawcza wyśle go w tle</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>Offline: the sales made on this till since the line dropped; the server&apos;s invoices are listed again when the line is back</source>
        <translation>Offline: sprzedaże z tej kasy od zerwania łącza; faktury z serwera wrócą na listę, gdy łącze wróci</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>klient anonimowy</translation>
    </message>
    <message>
        <source>All but drafts</source>
        <translation>Wszystkie oprócz szkiców</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawione</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Unieważnione</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Szkice</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>Numer faktury lub kod klienta</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>dowolny dzień</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>faktur</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Wstecz (Esc)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Najnowsze na górze</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Najstarsze na górze</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Kolejność</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Description (F3)</source>
        <translation>Opis (F3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>VAT rate: type it, or choose one of this till&apos;s (Up/Down)</source>
        <translation>Stawka VAT: wpisz ją lub wybierz jedną ze stawek tej kasy (strzałki w górę/w dół)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Dodaj pozycję</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <source>The server does not answer: this till sells on its own journal and sends every sale when the line is back (the Offline journal screen lists them)</source>
        <translation>Serwer nie odpowiada: ta kasa sprzedaje, zapisując w swoim dzienniku, i wyśle każdą sprzedaż, gdy wróci połączenie (wyświetla je ekran Dziennik offline)</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 entry waiting</source>
        <translation>Offline od {since} – 1 wpis czeka</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} entries waiting</source>
        <translation>Offline od {since} – czekające wpisy: {count}</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and 1 other entry waiting</source>
        <translation>Offline od {since} – czekają: 1 sprzedaż i 1 inny wpis</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and {others} other entries waiting</source>
        <translation>Offline od {since} – czekają: 1 sprzedaż i inne wpisy ({others})</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and 1 other entry waiting</source>
        <translation>Offline od {since} – czekają: sprzedaże ({sales}) i 1 inny wpis</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and {others} other entries waiting</source>
        <translation>Offline od {since} – czekają: sprzedaże ({sales}) i inne wpisy ({others})</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale...</source>
        <translation>Znów online – wysyłanie 1 sprzedaży…</translation>
    </message>
    <message>
        <source>Back online - sending {count} sales...</source>
        <translation>Znów online – wysyłanie sprzedaży ({count})…</translation>
    </message>
    <message>
        <source>Back online - sending 1 entry...</source>
        <translation>Znów online – wysyłanie 1 wpisu…</translation>
    </message>
    <message>
        <source>Back online - sending {count} entries...</source>
        <translation>Znów online – wysyłanie wpisów ({count})…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and 1 other entry...</source>
        <translation>Znów online – wysyłanie 1 sprzedaży i 1 innego wpisu…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and {others} other entries...</source>
        <translation>Znów online – wysyłanie 1 sprzedaży i innych wpisów ({others})…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and 1 other entry...</source>
        <translation>Znów online – wysyłanie sprzedaży ({sales}) i 1 innego wpisu…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and {others} other entries...</source>
        <translation>Znów online – wysyłanie sprzedaży ({sales}) i innych wpisów ({others})…</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale waiting</source>
        <translation>Offline od {since} – 1 sprzedaż czeka</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} sales waiting</source>
        <translation>Offline od {since} – czekające sprzedaże: {count}</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Eksportuj jako</translation>
    </message>
    <message>
        <source>Exporting {noun} needs a manager (permission data.export)</source>
        <translation>Eksport {noun} jest dostępny tylko dla kierownika (uprawnienie data.export)</translation>
    </message>
    <message>
        <source>E&amp;xport {noun}... ({shortcut})</source>
        <translation>&amp;Eksport {noun}… ({shortcut})</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>Cancel export ({shortcut})</source>
        <translation>Anuluj eksport ({shortcut})</translation>
    </message>
    <message>
        <source>Exporting {noun} to {path}...</source>
        <translation>Eksportowanie {noun} do {path}…</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path} (stopped: the rest was not written)</source>
        <translation>Wyeksportowano do {path} – liczba {noun}: {count} (przerwano: reszty nie zapisano)</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path}</source>
        <translation>Wyeksportowano do {path} – liczba {noun}: {count}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
        <translation>Booth POS: zablokowany</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after a while without input. {user}: your password to go on. Someone else: log in with your own name (the open sale is then discarded).</source>
        <translation>&lt;b&gt;Zablokowano&lt;/b&gt; po pewnym czasie bez aktywności. {user}: wpisz swoje hasło, aby kontynuować. Ktoś inny: zaloguj się własną nazwą użytkownika (otwarta sprzedaż zostanie wtedy odrzucona).</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Booth POS: log in</source>
        <translation>Booth POS: logowanie</translation>
    </message>
    <message>
        <source>Terminal {terminal}: please log in.</source>
        <translation>Kasa {terminal}: zaloguj się.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Wrong user name or password, too often: {user} can try again in {wait} (minutes:seconds).</source>
        <translation>Zbyt wiele razy błędna nazwa użytkownika lub hasło: {user} może spróbować ponownie za {wait} (minuty:sekundy).</translation>
    </message>
    <message>
        <source>The wait is over: try again.</source>
        <translation>Czas oczekiwania minął: spróbuj ponownie.</translation>
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
        <translation>Baza danych: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <translation>Skaner: klawiatura</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Przetwarzanie…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
        <translation>Pozycje w koszyku: {count}. Odłożyć sprzedaż przed zamknięciem?</translation>
    </message>
    <message>
        <source>The cart has 1 line. Park the sale before closing?</source>
        <translation>W koszyku jest 1 pozycja. Odłożyć sprzedaż przed zamknięciem?</translation>
    </message>
    <message>
        <source>Close Booth POS</source>
        <translation>Zamknij Booth POS</translation>
    </message>
    <message>
        <source>&amp;Park and close</source>
        <translation>&amp;Odłóż i zamknij</translation>
    </message>
    <message>
        <source>&amp;Drop the cart and close</source>
        <translation>&amp;Wyczyść koszyk i zamknij</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>Zgoda kierownika</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Kierownik</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Type the manager&apos;s user name</source>
        <translation>Wpisz nazwę użytkownika kierownika</translation>
    </message>
    <message>
        <source>Type the manager&apos;s password</source>
        <translation>Wpisz hasło kierownika</translation>
    </message>
    <message>
        <source>Checking {name}&apos;s approval...</source>
        <translation>Sprawdzanie zgody użytkownika {name}…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Unexpected error ({error}); nothing was lost, try again</source>
        <translation>Nieoczekiwany błąd ({error}); nic nie zostało utracone, spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <translation>Klient wręcza {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>This invoice is on the server; refunds, voids and edits wait until the line is back</source>
        <translation>Ta faktura jest na serwerze; zwroty, unieważnienia i zmiany poczekają, aż wróci połączenie</translation>
    </message>
    <message>
        <source>This till is still sending its offline sales; open the invoice again in a moment</source>
        <translation>Ta kasa wciąż wysyła sprzedaże offline; otwórz fakturę ponownie za chwilę</translation>
    </message>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <translation>Zapisano na tej kasie (offline) jako {number}; trafi na serwer, gdy wróci połączenie</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <translation>Zalogowano na tej kasie (offline)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <translation>Zarejestrowano {name} na tej kasie (offline) jako {code}; e-mail powitalny zostanie wysłany, gdy wróci połączenie</translation>
    </message>
    <message>
        <source>This sale is parked on the server; it can be brought back when the line is back</source>
        <translation>Ta sprzedaż jest odłożona na serwerze; można ją przywrócić, gdy wróci połączenie</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>This till keeps no offline journal: its database is embedded (SQLite, on this computer), so there is no line to the server to lose.</source>
        <translation>Ta kasa nie prowadzi dziennika offline: jej baza danych jest lokalna (SQLite, na tym komputerze), więc nie ma połączenia z serwerem, które mogłoby zostać zerwane.</translation>
    </message>
    <message>
        <source>The offline journal is not made yet (the app makes it in the background at start).</source>
        <translation>Dziennik offline nie został jeszcze utworzony (aplikacja tworzy go w tle przy uruchomieniu).</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Rejestracja</translation>
    </message>
    <message>
        <source>Cash session opened</source>
        <translation>Otwarcie sesji kasowej</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Wpłata/wypłata</translation>
    </message>
    <message>
        <source>Cash session closed</source>
        <translation>Zamknięcie sesji kasowej</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Kontrola wejść</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Unieważnienie</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Invoice edited</source>
        <translation>Faktura zmieniona</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · 1 conflict · last sync {when}</source>
        <translation>Czeka na wysłanie: {pending} · 1 konflikt · ostatnia synchronizacja {when}</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · {count} conflicts · last sync {when}</source>
        <translation>Czeka na wysłanie: {pending} · konflikty: {count} · ostatnia synchronizacja {when}</translation>
    </message>
    <message>
        <source>Send now (Ctrl+Enter)</source>
        <translation>Wyślij teraz (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Dziennik offline</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent (oldest first)</source>
        <translation>&amp;Czekające na wysłanie (najstarsze na górze)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (kept with the sale; for a manager to settle)</source>
        <translation>&amp;Konflikty (zachowane przy sprzedaży; do rozstrzygnięcia przez kierownika)</translation>
    </message>
    <message>
        <source>Online: the server answers.</source>
        <translation>Online: serwer odpowiada.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} still waiting: {error}</source>
        <translation>Wysłano: {sent}; nadal czeka: {pending}; błąd: {error}</translation>
    </message>
    <message>
        <source>Sent {sent}, {count} new conflict(s); {pending} waiting</source>
        <translation>Wysłano: {sent}, nowe konflikty: {count}; czeka: {pending}</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} waiting</source>
        <translation>Wysłano: {sent}; czeka: {pending}</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Void notice</source>
        <translation>Powiadomienie o unieważnieniu</translation>
    </message>
    <message>
        <source>Refund notice</source>
        <translation>Powiadomienie o zwrocie</translation>
    </message>
    <message>
        <source>customer {code}</source>
        <translation>klient {code}</translation>
    </message>
    <message>
        <source>invoice {number}</source>
        <translation>faktura {number}</translation>
    </message>
    <message>
        <source>next try {time} UTC</source>
        <translation>następna próba {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt; to {recipient}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt; do {recipient}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Stan: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Retry now (Ctrl+R)</source>
        <translation>Ponów teraz (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel (Del)</source>
        <translation>Anuluj (Del)</translation>
    </message>
    <message>
        <source>Resend welcome</source>
        <translation>Wyślij ponownie powitanie</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Stan</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>Email to {recipient}: will be sent at the next round</source>
        <translation>E-mail do {recipient}: zostanie wysłany w następnej turze</translation>
    </message>
    <message>
        <source>Email to {recipient}: cancelled</source>
        <translation>E-mail do {recipient}: anulowany</translation>
    </message>
    <message>
        <source>Email to {recipient}: queued again</source>
        <translation>E-mail do {recipient}: ponownie dodany do kolejki</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox: all sent</source>
        <translation>Skrzynka nadawcza: wszystko wysłane</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation>Skrzynka nadawcza: w kolejce {waiting}</translation>
    </message>
    <message>
        <source>Outbox: -</source>
        <translation>Skrzynka nadawcza: -</translation>
    </message>
    <message>
        <source>Customer emails not sent yet (the Outbox screen says why)</source>
        <translation>Niewysłane jeszcze e-maile do klientów (przyczynę podaje ekran Skrzynka nadawcza)</translation>
    </message>
    <message>
        <source>Outbox: ?</source>
        <translation>Skrzynka nadawcza: ?</translation>
    </message>
</context>
<context>
    <name>ParkedPicker</name>
    <message>
        <source>Offline: the sales parked on this till while the line is down; those parked on the server show again when the line is back</source>
        <translation>Offline: sprzedaże odłożone na tej kasie podczas braku połączenia; te odłożone na serwerze pojawią się znowu, gdy wróci połączenie</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>klient anonimowy</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 pozycja</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>Pozycje: {count}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>odłożył(a): {user}</translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation>Odłożone sprzedaże</translation>
    </message>
    <message>
        <source>Parked sales at this till (Enter brings one back, Esc cancels):</source>
        <translation>Odłożone sprzedaże na tej kasie (Enter przywraca wybraną, Esc anuluje):</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>To pay: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>Do zapłaty: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>authorisation code from the card terminal</source>
        <translation>kod autoryzacji z terminala płatniczego</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Otrzymana gotówka</translation>
    </message>
    <message>
        <source>Card amount (F6)</source>
        <translation>Kwota kartą (F6)</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>Nr referencyjny karty</translation>
    </message>
    <message>
        <source>Large amount of cash</source>
        <translation>Duża kwota gotówki</translation>
    </message>
    <message>
        <source>Still to pay: {amount} {currency}</source>
        <translation>Pozostało do zapłaty: {amount} {currency}</translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
        <translation>Reszta: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{change} - check the cash received</source>
        <translation>{change} – sprawdź otrzymaną gotówkę</translation>
    </message>
    <message>
        <source>Cash received: {amount} {currency} for {due} {currency} due.

Did the customer really hand over that much? The change would be {change} {currency}.</source>
        <translation>Otrzymana gotówka: {amount} {currency} przy należności {due} {currency}.

Czy klient naprawdę dał aż tyle? Reszta wyniosłaby {change} {currency}.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>cash</source>
        <translation>gotówka</translation>
    </message>
    <message>
        <source>card</source>
        <translation>karta</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Save PDF as</source>
        <translation>Zapisz PDF jako</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Otwórz P&amp;DF</translation>
    </message>
    <message>
        <source>Save PDF &amp;as...</source>
        <translation>&amp;Zapisz PDF jako…</translation>
    </message>
    <message>
        <source>A draft has no invoice PDF; issue it first</source>
        <translation>Szkic nie ma pliku PDF faktury; najpierw ją wystaw</translation>
    </message>
    <message>
        <source>Making {file}...</source>
        <translation>Tworzenie {file}…</translation>
    </message>
    <message>
        <source>Opened {file} in the PDF viewer</source>
        <translation>Otwarto {file} w przeglądarce PDF</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the file is {path} (or use Save PDF as)</source>
        <translation>Żadna przeglądarka PDF go nie otworzyła; plik to {path} (lub użyj „Zapisz PDF jako”)</translation>
    </message>
    <message>
        <source>Saving {file}...</source>
        <translation>Zapisywanie {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Zapisano {path}</translation>
    </message>
    <message>
        <source>The PDF could not be written {path}: {reason}</source>
        <translation>Nie udało się zapisać pliku PDF {path}: {reason}</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Nie udało się zapisać pliku PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Nie skonfigurowano drukarki (Ustawienia &gt; Drukarka)</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nie ma czego drukować</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Offline: the receipts of the sales made on this till; the server&apos;s queue shows again when the line is back</source>
        <translation>Offline: paragony sprzedaży z tej kasy; kolejka serwera wróci, gdy łącze wróci</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED ({problem})</source>
        <translation>NIEPEWNY WYDRUK ({problem})</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED</source>
        <translation>NIEPEWNY WYDRUK</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wysyłanie</translation>
    </message>
    <message>
        <source>{document} (copy)</source>
        <translation>{document} (kopia)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>jeszcze nie próbowano</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt; on {printer}: {why}</source>
        <translation>&lt;b&gt;{document}: wydruk mógł się nie udać&lt;/b&gt; na {printer}: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;{document}: wydruk mógł się nie udać&lt;/b&gt;: {why}</translation>
    </message>
    <message>
        <source>Look at the printer. It came out: &lt;b&gt;Mark printed&lt;/b&gt; (Ctrl+M). It did not, or you cannot tell: &lt;b&gt;Reprint as COPY&lt;/b&gt; (Ctrl+P), marked COPY, the drawer stays shut.</source>
        <translation>Sprawdź drukarkę. Wydruk wyszedł: &lt;b&gt;Oznacz jako wydrukowany&lt;/b&gt; (Ctrl+M). Nie wyszedł albo nie wiadomo: &lt;b&gt;Drukuj ponownie jako KOPIA&lt;/b&gt; (Ctrl+P), z oznaczeniem KOPIA, szuflada pozostaje zamknięta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries on {printer}</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: liczba prób na {printer}: {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;: liczba prób: {count}</translation>
    </message>
    <message>
        <source>Printer now: busy printing</source>
        <translation>Drukarka teraz: trwa drukowanie</translation>
    </message>
    <message>
        <source>Printer now: {status}</source>
        <translation>Drukarka teraz: {status}</translation>
    </message>
    <message>
        <source>Printed {numbers}.</source>
        <translation>Wydrukowano {numbers}.</translation>
    </message>
    <message>
        <source>{number} may not have printed: {why}. Check the printer.</source>
        <translation>{number}: wydruk mógł się nie udać: {why}. Sprawdź drukarkę.</translation>
    </message>
    <message>
        <source>{number} still waits: {why}</source>
        <translation>{number} nadal czeka: {why}</translation>
    </message>
    <message>
        <source>Printed {numbers}</source>
        <translation>Wydrukowano {numbers}</translation>
    </message>
    <message>
        <source>Nothing was sent (no printer set up, or another round has it)</source>
        <translation>Nic nie wysłano (brak skonfigurowanej drukarki albo zajmuje się tym inna tura)</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer</source>
        <translation>Paragony czekające na drukarkę</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Drukarka: -</translation>
    </message>
    <message>
        <source>&amp;Retry (Ctrl+R)</source>
        <translation>&amp;Ponów (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send &amp;to another printer... (Ctrl+T)</source>
        <translation>Wyślij na &amp;inną drukarkę… (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Cancel job (Del)</source>
        <translation>A&amp;nuluj zadanie (Del)</translation>
    </message>
    <message>
        <source>Reprint as COPY (Ctrl+P)</source>
        <translation>Drukuj ponownie jako KOPIA (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Mark printed (Ctrl+M)</source>
        <translation>Oznacz jako &amp;wydrukowany (Ctrl+M)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Drukarka: nieskonfigurowana</translation>
    </message>
    <message>
        <source>Printer: {error}</source>
        <translation>Drukarka: {error}</translation>
    </message>
    <message>
        <source>No receipt is waiting.</source>
        <translation>Żaden paragon nie czeka.</translation>
    </message>
    <message>
        <source>Sending {document} to {url}...</source>
        <translation>Wysyłanie {document} do {url}…</translation>
    </message>
    <message>
        <source>Sending {document} to the printer...</source>
        <translation>Wysyłanie {document} do drukarki…</translation>
    </message>
    <message>
        <source>Copy of {document}</source>
        <translation>Kopia: {document}</translation>
    </message>
    <message>
        <source>Printing a copy of {document}...</source>
        <translation>Drukowanie kopii: {document}…</translation>
    </message>
    <message>
        <source>Marking {document} printed...</source>
        <translation>{document}: oznaczanie jako wydrukowane…</translation>
    </message>
    <message>
        <source>{document} marked printed</source>
        <translation>{document}: oznaczono jako wydrukowane</translation>
    </message>
    <message>
        <source>Cancelling {document}...</source>
        <translation>Anulowanie: {document}…</translation>
    </message>
    <message>
        <source>{document} will not print; it can be printed again any time</source>
        <translation>{document}: wydruk anulowany; można go ponowić w dowolnej chwili</translation>
    </message>
    <message>
        <source>Send to another printer</source>
        <translation>Wyślij na inną drukarkę</translation>
    </message>
    <message>
        <source>Printer URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, ...):</source>
        <translation>URL drukarki (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, …):</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
        <translation>paragony ({count})</translation>
    </message>
    <message>
        <source>Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)</source>
        <translation>Drukarka: {what} – być może nie wydrukowano; sprawdź drukarkę (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nieskonfigurowana</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>drukuje</translation>
    </message>
    <message>
        <source>Printer: {why} - {waiting} waiting</source>
        <translation>Drukarka: {why} – w kolejce {waiting}</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Drukarka: nieskonfigurowana</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <source>Receipt printer; click or Ctrl+Shift+P for the receipts waiting</source>
        <translation>Drukarka paragonów; kliknij lub naciśnij Ctrl+Shift+P, aby zobaczyć czekające paragony</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>kończy się papier</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>brak papieru</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>otwarta pokrywa</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nieosiągalna</translation>
    </message>
    <message>
        <source>Sent to the printer, but the printer never confirmed it. Look at the printer, then in the print queue (click, or Ctrl+Shift+P) reprint it as a COPY (the drawer stays shut) or mark it printed. Nothing prints it again by itself.</source>
        <translation>Wysłano do drukarki, ale drukarka nigdy tego nie potwierdziła. Sprawdź drukarkę, a potem w kolejce wydruku (kliknij lub Ctrl+Shift+P) wydrukuj ponownie jako KOPIA (szuflada pozostaje zamknięta) albo oznacz jako wydrukowany. Nic nie zostanie wydrukowane ponownie samo.</translation>
    </message>
    <message>
        <source>Printer: {status}</source>
        <translation>Drukarka: {status}</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Drukarka: -</translation>
    </message>
    <message>
        <source>Receipt printer: {status}</source>
        <translation>Drukarka paragonów: {status}</translation>
    </message>
    <message>
        <source>Printer: ?</source>
        <translation>Drukarka: ?</translation>
    </message>
</context>
<context>
    <name>PrinterTest</name>
    <message>
        <source>Status of {url}: {status}</source>
        <translation>Stan {url}: {status}</translation>
    </message>
    <message>
        <source>Status: -</source>
        <translation>Stan: -</translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation>Drukuj stronę &amp;testową</translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation>Spr&amp;awdź stan</translation>
    </message>
    <message>
        <source>Status: no printer set up (type its URL above)</source>
        <translation>Stan: brak skonfigurowanej drukarki (wpisz jej URL powyżej)</translation>
    </message>
    <message>
        <source>Status: {error}</source>
        <translation>Stan: {error}</translation>
    </message>
    <message>
        <source>Type the printer&apos;s URL first (e.g. tcp://192.168.1.50:9100)</source>
        <translation>Najpierw wpisz URL drukarki (np. tcp://192.168.1.50:9100)</translation>
    </message>
    <message>
        <source>Printing a test page on {url}...</source>
        <translation>Drukowanie strony testowej na {url}…</translation>
    </message>
    <message>
        <source>Test page sent to {url}; the printer took it ({status}).</source>
        <translation>Strona testowa wysłana na {url}; drukarka ją przyjęła ({status}).</translation>
    </message>
</context>
<context>
    <name>ProductFileActions</name>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tabele (*.csv *.txt *.tsv *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import produktów</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Eksport produktów</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV... (Ctrl+I)</source>
        <translation>Importuj CSV… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>Eksportuj CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Sprawdzanie {file}…</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Importowanie {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {outcome}</source>
        <translation>Zaimportowano {file}: {outcome}</translation>
    </message>
    <message>
        <source>{count} products written to {path}</source>
        <translation>Zapisano w {path} – liczba produktów: {count}</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Kodowanie:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrola</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Nie odrzucono żadnego wiersza.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt; (fix them in the file and import it again)</source>
        <translation>&lt;b&gt;Odrzucone wiersze&lt;/b&gt; (popraw je w pliku i zaimportuj go ponownie)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import produktów</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import it?</source>
        <translation>Zaimportować?</translation>
    </message>
    <message>
        <source>Nothing in it would change the catalogue.</source>
        <translation>Nic w tym pliku nie zmieniłoby katalogu produktów.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {file}&lt;/b&gt;: {outcome}</source>
        <translation>&lt;b&gt;Zaimportowano {file}&lt;/b&gt;: {outcome}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Wybierz produkt</translation>
    </message>
    <message>
        <source>Products matching {typed} (Enter adds, Esc cancels):</source>
        <translation>Produkty pasujące do {typed} (Enter dodaje, Esc anuluje):</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Search name, SKU or barcode</source>
        <translation>Szukaj: nazwa, SKU lub kod kreskowy</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nowy produkt</translation>
    </message>
    <message>
        <source>On sale (can be scanned)</source>
        <translation>W sprzedaży (można skanować)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Nowy produkt (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>&amp;Kody kreskowe</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Cena</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>&amp;VAT %</translation>
    </message>
    <message>
        <source>Quick-key &amp;presets (named amounts)...</source>
        <translation>Sza&amp;blony szybkich przycisków (nazwane kwoty)…</translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation>Produkt {sku}</translation>
    </message>
    <message>
        <source>{sku} {name} added</source>
        <translation>Dodano {sku} {name}</translation>
    </message>
    <message>
        <source>{sku} {name} saved</source>
        <translation>Zapisano {sku} {name}</translation>
    </message>
    <message>
        <source>{sku} {name} saved (not on sale)</source>
        <translation>Zapisano {sku} {name} (nie w sprzedaży)</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Customer code</source>
        <translation>Kod klienta</translation>
    </message>
    <message>
        <source>Drawing the QR code...</source>
        <translation>Rysowanie kodu QR…</translation>
    </message>
    <message>
        <source>Let the visitor photograph the QR code; scanning it at the checkout finds them.</source>
        <translation>Pozwól gościowi sfotografować kod QR; zeskanowanie go w kasie od razu odnajdzie klienta.</translation>
    </message>
</context>
<context>
    <name>QuickKeyPresets</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Quick-key presets</source>
        <translation>Szablony szybkich przycisków</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Ulubiony: pierwszy na swoich kartach</translation>
    </message>
    <message>
        <source>&amp;Add preset (Enter)</source>
        <translation>&amp;Dodaj szablon (Enter)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Kwota</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>&amp;VAT %</translation>
    </message>
    <message>
        <source>&amp;Tab (optional)</source>
        <translation>K&amp;arta (opcjonalnie)</translation>
    </message>
    <message>
        <source>{name} added to the quick keys</source>
        <translation>Dodano {name} do szybkich przycisków</translation>
    </message>
    <message>
        <source>{name} removed from the quick keys</source>
        <translation>Usunięto {name} z szybkich przycisków</translation>
    </message>
</context>
<context>
    <name>QuickKeySetting</name>
    <message>
        <source>Quick key at the checkout</source>
        <translation>Szybki przycisk w kasie</translation>
    </message>
    <message>
        <source>Show as a &amp;tile</source>
        <translation>Pokaż jako k&amp;afelek</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Ulubiony: pierwszy na swoich kartach</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>wg nazwy</translation>
    </message>
    <message>
        <source>Lower places come first; favourites before all others</source>
        <translation>Niższe miejsca są pierwsze; ulubione przed wszystkimi innymi</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>&amp;Miejsce</translation>
    </message>
</context>
<context>
    <name>QuickKeyTiles</name>
    <message>
        <source>full</source>
        <translation>komplet</translation>
    </message>
</context>
<context>
    <name>QuickKeys</name>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <source>Quick keys not loaded: {error}</source>
        <translation>Nie wczytano szybkich przycisków: {error}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Copy of {number}&apos;s receipt</source>
        <translation>Kopia paragonu {number}</translation>
    </message>
    <message>
        <source>{what} printed on {printer}</source>
        <translation>{what}: wydrukowano na {printer}</translation>
    </message>
    <message>
        <source>{what} may not have printed: {why}. Check the printer; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>{what}: wydruk mógł się nie udać: {why}. Sprawdź drukarkę; w kolejce wydruku (Ctrl+Shift+P) można wydrukować ponownie jako KOPIA lub oznaczyć jako wydrukowane</translation>
    </message>
    <message>
        <source>{what} waits in the print queue: {why} (Ctrl+Shift+P to retry or send it elsewhere)</source>
        <translation>{what}: czeka w kolejce wydruku: {why} (Ctrl+Shift+P, aby ponowić lub wysłać na inną drukarkę)</translation>
    </message>
    <message>
        <source>{what} queued; it prints in a moment</source>
        <translation>{what}: dodano do kolejki; wydruk za chwilę</translation>
    </message>
    <message>
        <source>A draft has no receipt</source>
        <translation>Szkic nie ma paragonu</translation>
    </message>
    <message>
        <source>Drawing the receipt...</source>
        <translation>Rysowanie paragonu…</translation>
    </message>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Nie skonfigurowano drukarki (Ustawienia &gt; Drukarka)</translation>
    </message>
    <message>
        <source>Print the receipt again, marked COPY (Ctrl+P)</source>
        <translation>Wydrukuj ponownie paragon z oznaczeniem KOPIA (Ctrl+P)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Brak podglądu</translation>
    </message>
    <message>
        <source>Printing a copy of {number}&apos;s receipt...</source>
        <translation>Drukowanie kopii paragonu {number}…</translation>
    </message>
</context>
<context>
    <name>ReceiptWatch</name>
    <message>
        <source>Receipt {number} printed now, after the printer came back</source>
        <translation>Paragon {number} wydrukowany teraz, po powrocie drukarki</translation>
    </message>
    <message>
        <source>Receipt {number} printed</source>
        <translation>Paragon {number} wydrukowany</translation>
    </message>
    <message>
        <source>The receipt of {number} may not have printed ({why}). Check the paper; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>Paragon {number} mógł się nie wydrukować ({why}). Sprawdź papier; w kolejce wydruku (Ctrl+Shift+P) można wydrukować go ponownie jako KOPIA lub oznaczyć jako wydrukowany</translation>
    </message>
    <message>
        <source>The receipt of {number} did not print: {why}. It prints by itself when the printer is back (marked PRINTED LATE if that is minutes from now); Ctrl+P tries again</source>
        <translation>Paragon {number} nie został wydrukowany: {why}. Wydrukuje się sam, gdy drukarka wróci (z oznaczeniem WYDRUK OPÓŹNIONY, jeśli nastąpi to za kilka minut lub później); Ctrl+P ponawia próbę</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund {number}</source>
        <translation>Zwrot do faktury {number}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>Ilość zwrotu</translation>
    </message>
    <message>
        <source>Back to stock (untick for damaged goods)</source>
        <translation>Z powrotem na magazyn (odznacz przy uszkodzonym towarze)</translation>
    </message>
    <message>
        <source>required, e.g. mug chipped</source>
        <translation>wymagany, np. obtłuczony kubek</translation>
    </message>
    <message>
        <source>Pay &amp;back by</source>
        <translation>Sposób &amp;zwrotu</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>P&amp;owód</translation>
    </message>
    <message>
        <source>Nothing to refund: every quantity is 0</source>
        <translation>Nie ma czego zwrócić: każda ilość wynosi 0</translation>
    </message>
    <message>
        <source>Checking whether the refund was saved - the database stopped answering ({doubt})</source>
        <translation>Sprawdzanie, czy zwrot został zapisany – baza danych przestała odpowiadać ({doubt})</translation>
    </message>
    <message>
        <source>The refund is being saved: wait for the answer</source>
        <translation>Zwrot jest zapisywany: poczekaj na odpowiedź</translation>
    </message>
</context>
<context>
    <name>RegisterCustomer</name>
    <message>
        <source>Register customer</source>
        <translation>Rejestracja klienta</translation>
    </message>
    <message>
        <source>Register &amp;anyway (Alt+A)</source>
        <translation>&amp;Zarejestruj mimo to (Alt+Z)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Register another (Ctrl+N / Enter)</source>
        <translation>Zarejestruj następnego (Ctrl+N / Enter)</translation>
    </message>
    <message>
        <source>Sell to this customer (Ctrl+B)</source>
        <translation>Sprzedaż dla tego klienta (Ctrl+B)</translation>
    </message>
    <message>
        <source>Badge P&amp;DF</source>
        <translation>Identyfikator P&amp;DF</translation>
    </message>
    <message>
        <source>Save bad&amp;ge as...</source>
        <translation>Zapisz &amp;identyfikator jako…</translation>
    </message>
    <message>
        <source>To save, complete or correct: {fields}</source>
        <translation>Aby zapisać, uzupełnij lub popraw: {fields}</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Popraw zaznaczone pola</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Checking whether the registration was saved - the database stopped answering ({doubt})</source>
        <translation>Sprawdzanie, czy rejestracja została zapisana – baza danych przestała odpowiadać ({doubt})</translation>
    </message>
    <message>
        <source>Registered {name}</source>
        <translation>Zarejestrowano: {name}</translation>
    </message>
    <message>
        <source>No QR image</source>
        <translation>Brak obrazu QR</translation>
    </message>
    <message>
        <source>The customer is saved, but drawing the QR failed: {error}</source>
        <translation>Klient został zapisany, ale nie udało się narysować kodu QR: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{email}&lt;/b&gt; is already registered to &lt;b&gt;{name}&lt;/b&gt; ({code}). Change the email, or register anyway only if this really is another person.</source>
        <translation>&lt;b&gt;{email}&lt;/b&gt; jest już zarejestrowany dla &lt;b&gt;{name}&lt;/b&gt; ({code}). Zmień adres e-mail albo zarejestruj mimo to – tylko wtedy, gdy to naprawdę inna osoba.</translation>
    </message>
    <message>
        <source>{error} - the form is kept: press Ctrl+S to try again</source>
        <translation>{error} – formularz zostaje zachowany: naciśnij Ctrl+S, aby spróbować ponownie</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sales {first} - {last} · {exhibition} ({currency})</source>
        <translation>Sprzedaż {first} – {last} · {exhibition} ({currency})</translation>
    </message>
    <message>
        <source>Net sales &lt;b&gt;{gross} {currency}&lt;/b&gt; from {count} invoices · VAT {vat} · discounts given {discounts}</source>
        <translation>Sprzedaż netto &lt;b&gt;{gross} {currency}&lt;/b&gt; (liczba faktur: {count}) · VAT {vat} · udzielone rabaty {discounts}</translation>
    </message>
    <message>
        <source>not paid {amount}</source>
        <translation>niezapłacone {amount}</translation>
    </message>
    <message>
        <source>Issued {issued} ({issued_amount}) − voided {voided} ({voided_amount}) − refunded {refunded} ({refunded_amount}) = {gross}</source>
        <translation>Wystawione {issued} ({issued_amount}) − unieważnione {voided} ({voided_amount}) − zwrócone {refunded} ({refunded_amount}) = {gross}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Według dni</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Według godzin</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>Według stawek VAT</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Według kategorii</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Według form płatności</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma płatności</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Według kasjerów</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasjer</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Show (F5)</source>
        <translation>Pokaż (F5)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>Eksportuj CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dzisiaj</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Ostatnie &amp;7 dni</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>P&amp;ierwszy dzień</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Ostatni dzień</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>O&amp;twórz PDF</translation>
    </message>
    <message>
        <source>Save PDF as...</source>
        <translation>Zapisz PDF jako…</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Sprzedaż</translation>
    </message>
    <message>
        <source>Co&amp;mmission</source>
        <translation>Pro&amp;wizja</translation>
    </message>
    <message>
        <source>Adding up...</source>
        <translation>Sumowanie…</translation>
    </message>
    <message>
        <source>Export sales report</source>
        <translation>Eksport raportu sprzedaży</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Zapisano {path}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
        <translation>kasjer</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>SaleConfirmation</name>
    <message>
        <source>Walk-in customer</source>
        <translation>Klient anonimowy</translation>
    </message>
    <message>
        <source>ref {reference}</source>
        <translation>nr ref. {reference}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Razem {amount} {currency}</translation>
    </message>
    <message>
        <source>Change {amount} {currency}</source>
        <translation>Reszta {amount} {currency}</translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation>Potwierdź sprzedaż</translation>
    </message>
    <message>
        <source>&amp;Reverse charge: VAT accounted for by the buyer ({vat_id})</source>
        <translation>&amp;Odwrotne obciążenie: VAT rozlicza nabywca ({vat_id})</translation>
    </message>
    <message>
        <source>Save sale (Enter)</source>
        <translation>Zapisz sprzedaż (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Wstecz (Esc)</translation>
    </message>
</context>
<context>
    <name>ScanActions</name>
    <message>
        <source>Scanned a sale code, but this role has no checkout</source>
        <translation>Zeskanowano kod sprzedaży, ale ta rola nie ma dostępu do kasy</translation>
    </message>
    <message>
        <source>Scanned invoice {number}, but this role cannot open invoices</source>
        <translation>Zeskanowano fakturę {number}, ale ta rola nie może otwierać faktur</translation>
    </message>
</context>
<context>
    <name>ScanReaders</name>
    <message>
        <source>{error}; using zxing</source>
        <translation>{error}; używany jest zxing</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>keyboard</source>
        <translation>klawiatura</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>port szeregowy</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <source>Scan ({source}) not used: {reason}</source>
        <translation>Skan ({source}) nie został użyty: {reason}</translation>
    </message>
    <message>
        <source>a dialog</source>
        <translation>okno dialogowe</translation>
    </message>
    <message>
        <source>Scan of {what} refused: close {title} first, then scan again</source>
        <translation>Odrzucono skan {what}: najpierw zamknij {title}, potem zeskanuj ponownie</translation>
    </message>
    <message>
        <source>Too many scans waiting: {what} dropped</source>
        <translation>Zbyt wiele skanów w kolejce: odrzucono {what}</translation>
    </message>
    <message>
        <source>Scan of {what} waits until {title} is closed</source>
        <translation>Skan {what} czeka, aż zamkniesz {title}</translation>
    </message>
</context>
<context>
    <name>ScannerSettings</name>
    <message>
        <source>&lt;b&gt;Try it:&lt;/b&gt; scan something now; it is shown here, not used.</source>
        <translation>&lt;b&gt;Wypróbuj:&lt;/b&gt; zeskanuj teraz coś; zostanie to pokazane tutaj, a nie użyte.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Jeszcze nic nie zeskanowano.</translation>
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
        <translation>port szeregowy {port}</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>klawiatura</translation>
    </message>
    <message>
        <source>Scanner: {sources}</source>
        <translation>Skaner: {sources}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <source>({sources} lost, retrying)</source>
        <translation>(utracono: {sources}, ponawianie)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Checkout</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Register customer</source>
        <translation>Rejestracja klienta</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Szuflada kasowa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Magazyn</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Kontrola wejść</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Dziennik offline</translation>
    </message>
</context>
<context>
    <name>SessionReportActions</name>
    <message>
        <source>Print report (Ctrl+P)</source>
        <translation>Drukuj raport (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print this report on the till&apos;s printer (Ctrl+P)</source>
        <translation>Wydrukuj ten raport na drukarce kasy (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+D)</source>
        <translation>Otwórz PDF (Ctrl+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+S)</source>
        <translation>Zapisz PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>No report on screen</source>
        <translation>Brak raportu na ekranie</translation>
    </message>
    <message>
        <source>{kind} report {number}</source>
        <translation>Raport {kind} {number}</translation>
    </message>
    <message>
        <source>Printing {what}...</source>
        <translation>Drukowanie: {what}…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>opened at the next login</source>
        <translation>otwierane przy następnym logowaniu</translation>
    </message>
    <message>
        <source>Keyboard scanners</source>
        <translation>Skanery klawiaturowe</translation>
    </message>
    <message>
        <source>tell scanner bursts from typing</source>
        <translation>odróżniaj serie ze skanera od pisania</translation>
    </message>
    <message>
        <source>Scanner ends a code with</source>
        <translation>Skaner kończy kod znakiem</translation>
    </message>
    <message>
        <source>nothing (a pause ends it)</source>
        <translation>brak (kończy go przerwa)</translation>
    </message>
    <message>
        <source>Max ms between a scan&apos;s keys</source>
        <translation>Maks. ms między znakami skanu</translation>
    </message>
    <message>
        <source>people type 80+ ms apart</source>
        <translation>ludzie piszą w odstępach 80+ ms</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>Najkrótszy kod</translation>
    </message>
    <message>
        <source>shorter bursts count as typing</source>
        <translation>krótsze serie są traktowane jak pisanie</translation>
    </message>
    <message>
        <source>Pause that ends a code (ms)</source>
        <translation>Przerwa kończąca kod (ms)</translation>
    </message>
    <message>
        <source>for scanners without Enter</source>
        <translation>dla skanerów bez Enter</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefiks</translation>
    </message>
    <message>
        <source>characters the scanner sends first (removed)</source>
        <translation>znaki wysyłane przez skaner na początku (usuwane)</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufiks</translation>
    </message>
    <message>
        <source>characters the scanner sends last (removed)</source>
        <translation>znaki wysyłane przez skaner na końcu (usuwane)</translation>
    </message>
    <message>
        <source>Same code again counts after (ms)</source>
        <translation>Ten sam kod liczy się ponownie po (ms)</translation>
    </message>
    <message>
        <source>0: every scan</source>
        <translation>0: każdy skan</translation>
    </message>
    <message>
        <source>Scan while a dialog is open</source>
        <translation>Skan przy otwartym oknie dialogowym</translation>
    </message>
    <message>
        <source>wait until it is closed</source>
        <translation>czekaj, aż zostanie zamknięte</translation>
    </message>
    <message>
        <source>refuse with a message</source>
        <translation>odrzuć z komunikatem</translation>
    </message>
    <message>
        <source>Beep on a rejected scan</source>
        <translation>Sygnał dźwiękowy przy odrzuconym skanie</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Port szeregowy</translation>
    </message>
    <message>
        <source>/dev/ttyACM0, COM3; opened at the next login</source>
        <translation>/dev/ttyACM0, COM3; otwierany przy następnym logowaniu</translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation>Prędkość portu szeregowego (baud)</translation>
    </message>
    <message>
        <source>as set in the scanner</source>
        <translation>zgodnie z ustawieniem skanera</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>0 = first camera, or a device/video path; opened at the next login</source>
        <translation>0 = pierwsza kamera albo ścieżka urządzenia/wideo; otwierana przy następnym logowaniu</translation>
    </message>
    <message>
        <source>Camera decoder</source>
        <translation>Dekoder kamery</translation>
    </message>
    <message>
        <source>zxing-cpp (best)</source>
        <translation>zxing-cpp (najlepszy)</translation>
    </message>
    <message>
        <source>zbar (needs libzbar)</source>
        <translation>zbar (wymaga libzbar)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; empty: no receipts</source>
        <translation>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; puste: bez paragonów</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>python-escpos profile: default, TM-T20II, POS-5890...</source>
        <translation>profil python-escpos: default, TM-T20II, POS-5890…</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Znaki w wierszu</translation>
    </message>
    <message>
        <source>32 on 58 mm paper, 42 or 48 on 80 mm</source>
        <translation>32 na papierze 58 mm, 42 lub 48 na 80 mm</translation>
    </message>
    <message>
        <source>Print the receipt after each sale</source>
        <translation>Drukuj paragon po każdej sprzedaży</translation>
    </message>
    <message>
        <source>Open the cash drawer on cash sales</source>
        <translation>Otwieraj szufladę kasową przy sprzedaży za gotówkę</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Limit czasu (sekundy)</translation>
    </message>
    <message>
        <source>a printer that does not answer</source>
        <translation>dla drukarki, która nie odpowiada</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Stopka paragonu</translation>
    </message>
    <message>
        <source>lines separated by |</source>
        <translation>wiersze rozdzielone znakiem |</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Rozliczenia</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>suggested for new exhibitions</source>
        <translation>proponowana dla nowych targów</translation>
    </message>
    <message>
        <source>Default VAT rate (%)</source>
        <translation>Domyślna stawka VAT (%)</translation>
    </message>
    <message>
        <source>for new lines</source>
        <translation>dla nowych pozycji</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Ceny zawierają VAT</translation>
    </message>
    <message>
        <source>typed prices are gross (on) or net (off)</source>
        <translation>wpisywane ceny są brutto (wł.) lub netto (wył.)</translation>
    </message>
    <message>
        <source>Sales need an open cash session</source>
        <translation>Sprzedaż wymaga otwartej sesji kasowej</translation>
    </message>
    <message>
        <source>the till&apos;s float counted in (Cash drawer) before the first sale</source>
        <translation>przed pierwszą sprzedażą trzeba wprowadzić stan początkowy kasy (Szuflada kasowa)</translation>
    </message>
    <message>
        <source>Ask about cash above (x due)</source>
        <translation>Pytaj o gotówkę powyżej (x należności)</translation>
    </message>
    <message>
        <source>cash over this many times what is due needs a yes from the cashier</source>
        <translation>gotówka większa niż tyle razy należność wymaga potwierdzenia kasjera</translation>
    </message>
    <message>
        <source>... but never below</source>
        <translation>… ale nigdy poniżej</translation>
    </message>
    <message>
        <source>a 100 note for a coffee is normal: no question up to this amount</source>
        <translation>banknot 100 za kawę to normalne: do tej kwoty bez pytania</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Faktury</translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation>Kod kasy</translation>
    </message>
    <message>
        <source>the series in this till&apos;s invoice numbers (EXPO-T1-0001); unique per till</source>
        <translation>seria w numerach faktur tej kasy (EXPO-T1-0001); inna dla każdej kasy</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Nazwa kasy</translation>
    </message>
    <message>
        <source>shown at the login</source>
        <translation>wyświetlana przy logowaniu</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Klienci</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Domyślny region telefonu</translation>
    </message>
    <message>
        <source>national numbers are read as this country&apos;s (DE, AT, US...)</source>
        <translation>numery krajowe są odczytywane jako numery tego kraju (DE, AT, US…)</translation>
    </message>
    <message>
        <source>Email required at registration</source>
        <translation>E-mail wymagany przy rejestracji</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Sklep</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nazwa sklepu</translation>
    </message>
    <message>
        <source>on emails and badges; invoices: the seller&apos;s name, else this, else the exhibition&apos;s</source>
        <translation>w e-mailach i na identyfikatorach; na fakturach: nazwa sprzedawcy, w jej braku ta, a w jej braku nazwa targów</translation>
    </message>
    <message>
        <source>Invoice footer</source>
        <translation>Stopka faktury</translation>
    </message>
    <message>
        <source>bank details, thanks</source>
        <translation>dane bankowe, podziękowania</translation>
    </message>
    <message>
        <source>Invoice paper</source>
        <translation>Papier faktur</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Se&amp;ller</source>
        <translation>Sprz&amp;edawca</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Pełna nazwa firmy</translation>
    </message>
    <message>
        <source>on every invoice, receipt and invoice email</source>
        <translation>na każdej fakturze, paragonie i e-mailu z fakturą</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>ISO code or name (DE, Germany)</source>
        <translation>kod ISO lub nazwa (PL, Polska)</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIP UE</translation>
    </message>
    <message>
        <source>EU VAT ID (DE136695976); with the country it decides who may be reverse charged</source>
        <translation>NIP UE (DE136695976); wraz z krajem decyduje, komu można zastosować odwrotne obciążenie</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Numer podatkowy</translation>
    </message>
    <message>
        <source>national tax number (Steuernummer)</source>
        <translation>krajowy numer podatkowy (NIP)</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Wpis do rejestru</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Berlin HRB 12345</source>
        <translation>np. KRS 0000123456, Sąd Rejonowy dla m.st. Warszawy</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>&amp;Bezpieczeństwo</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Blokada po minutach bezczynności</translation>
    </message>
    <message>
        <source>0 never locks</source>
        <translation>0 – nigdy nie blokuje</translation>
    </message>
    <message>
        <source>Failed logins before waits</source>
        <translation>Nieudane logowania przed oczekiwaniem</translation>
    </message>
    <message>
        <source>then each next try of that name waits 1, 2, 4... seconds</source>
        <translation>potem każda kolejna próba tego użytkownika czeka 1, 2, 4… s</translation>
    </message>
    <message>
        <source>Longest wait (seconds)</source>
        <translation>Najdłuższe oczekiwanie (sekundy)</translation>
    </message>
    <message>
        <source>the most a wrong-password guesser can hold up a real user</source>
        <translation>maksymalny czas, na jaki zgadujący hasła może zablokować prawdziwego użytkownika</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Wygląd</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>light, dark, high contrast, or as the desktop</source>
        <translation>jasny, ciemny, wysoki kontrast lub jak pulpit</translation>
    </message>
    <message>
        <source>Touch mode</source>
        <translation>Tryb dotykowy</translation>
    </message>
    <message>
        <source>buttons and fields 44 px high, for fingers</source>
        <translation>przyciski i pola o wysokości 44 px, do obsługi palcami</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Wyświetlacz klienta</translation>
    </message>
    <message>
        <source>open the visitor&apos;s screen with the app (Ctrl+Shift+V opens or closes it)</source>
        <translation>otwieraj ekran dla gości razem z aplikacją (Ctrl+Shift+V otwiera lub zamyka)</translation>
    </message>
    <message>
        <source>Display on monitor</source>
        <translation>Wyświetlacz na monitorze</translation>
    </message>
    <message>
        <source>0 the first, 1 the second</source>
        <translation>0 – pierwszy, 1 – drugi</translation>
    </message>
    <message>
        <source>Display full screen</source>
        <translation>Wyświetlacz na pełnym ekranie</translation>
    </message>
    <message>
        <source>on its own monitor</source>
        <translation>na osobnym monitorze</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serwer SMTP</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org; empty: no emails go out</source>
        <translation>np. smtp.example.org; puste: e-maile nie są wysyłane</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL, 25 plain</source>
        <translation>587 dla STARTTLS, 465 dla SSL, 25 bez szyfrowania</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Brak (tylko lokalny przekaźnik)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>puste: bez logowania</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>kept in the system keyring where there is one</source>
        <translation>przechowywane w systemowym magazynie kluczy, jeśli jest dostępny</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>From: of every customer email</source>
        <translation>Od: każdego e-maila do klienta</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PNG or JPEG file shown on top of emails</source>
        <translation>plik PNG lub JPEG wyświetlany u góry e-maili</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Próby doręczenia</translation>
    </message>
    <message>
        <source>before a message is failed</source>
        <translation>zanim wiadomość zostanie uznana za niedostarczoną</translation>
    </message>
    <message>
        <source>Sca&amp;nner</source>
        <translation>Ska&amp;ner</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Drukarka</translation>
    </message>
    <message>
        <source>default value</source>
        <translation>wartość domyślna</translation>
    </message>
    <message>
        <source>from the configuration file</source>
        <translation>z pliku konfiguracyjnego</translation>
    </message>
    <message>
        <source>PNG printed on top of each receipt; empty: none</source>
        <translation>PNG drukowany u góry każdego paragonu; puste: brak</translation>
    </message>
    <message>
        <source>Now: {source}.</source>
        <translation>Teraz: {source}.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>Obowiązuje od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>Read-only: {reason}.</source>
        <translation>Tylko do odczytu: {reason}.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Write the changes to the configuration file (Ctrl+S)</source>
        <translation>Zapisz zmiany w pliku konfiguracyjnym (Ctrl+S)</translation>
    </message>
    <message>
        <source>Configuration file: {path}. Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Plik konfiguracyjny: {path}. Ctrl+S zapisuje; Alt+podkreślona litera lub Ctrl+Tab zmienia kartę.</translation>
    </message>
    <message>
        <source>Configuration file: {path} (created at the first save). Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Plik konfiguracyjny: {path} (zostanie utworzony przy pierwszym zapisie). Ctrl+S zapisuje; Alt+podkreślona litera lub Ctrl+Tab zmienia kartę.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>The SMTP password is in the system keyring.</source>
        <translation>Hasło SMTP jest w systemowym magazynie kluczy.</translation>
    </message>
    <message>
        <source>Note: {warning}.</source>
        <translation>Uwaga: {warning}.</translation>
    </message>
    <message>
        <source>Nothing changed; the file was left as it was.</source>
        <translation>Nic się nie zmieniło; plik pozostał bez zmian.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Zapisano w {path}.</translation>
    </message>
    <message>
        <source>Applied now: {settings}.</source>
        <translation>Zastosowano od razu: {settings}.</translation>
    </message>
    <message>
        <source>At the next start of the app: {settings}.</source>
        <translation>Przy następnym uruchomieniu aplikacji: {settings}.</translation>
    </message>
    <message>
        <source>Nothing was saved. {problems}</source>
        <translation>Nic nie zapisano. {problems}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>optional: the admin&apos;s full name</source>
        <translation>opcjonalnie: imię i nazwisko administratora</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>co najmniej {count} znaków</translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation>np. Expo 2026</translation>
    </message>
    <message>
        <source>short code in invoice numbers; empty: suggested</source>
        <translation>krótki kod w numerach faktur; puste: propozycja</translation>
    </message>
    <message>
        <source>Add &amp;demo data (customers, products and a few days of sales)</source>
        <translation>Dodaj dane de&amp;mo (klienci, produkty i sprzedaż z kilku dni)</translation>
    </message>
    <message>
        <source>Now the first admin (there is no default password) and the exhibition you sell for. More users are added later under Users.</source>
        <translation>Teraz pierwszy administrator (nie ma domyślnego hasła) i targi, dla których sprzedajesz. Kolejnych użytkowników dodasz później na ekranie Użytkownicy.</translation>
    </message>
    <message>
        <source>Admin &amp;user name</source>
        <translation>Nazwa użytkownika &amp;administratora</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Powtórz hasło</translation>
    </message>
    <message>
        <source>&amp;Exhibition</source>
        <translation>&amp;Targi</translation>
    </message>
    <message>
        <source>Exhibition c&amp;ode</source>
        <translation>&amp;Kod targów</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>Wa&amp;luta</translation>
    </message>
    <message>
        <source>Setting up the SQLite file &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation>Konfigurowanie pliku SQLite &lt;code&gt;{path}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Setting up the PostgreSQL database &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Konfigurowanie bazy danych PostgreSQL &lt;code&gt;{url}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>hasła się różnią</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>wymaga nazwy</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>LOW</source>
        <translation>NISKI</translation>
    </message>
    <message>
        <source>{sku} {quantity} (missing {missing})</source>
        <translation>{sku} {quantity} (brakuje {missing})</translation>
    </message>
    <message>
        <source>Location (empty: all), e.g. BOOTH</source>
        <translation>Lokalizacja (puste: wszystkie), np. BOOTH</translation>
    </message>
    <message>
        <source>&amp;Low only</source>
        <translation>Tylko &amp;niski stan</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Przesunięcia</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>Nowe &amp;zlecenie…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Z&amp;atwierdź</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>&amp;Odrzuć…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Recei&amp;ve...</source>
        <translation>P&amp;rzyjmij…</translation>
    </message>
    <message>
        <source>Transfer {id} {source} -&gt; {target}: {status}</source>
        <translation>Przesunięcie {id} {source} -&gt; {target}: {status}</translation>
    </message>
    <message>
        <source>Select a transfer first</source>
        <translation>Najpierw wybierz przesunięcie</translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation>Zlecenie przesunięcia</translation>
    </message>
    <message>
        <source>From, to and items, e.g.:  WAREHOUSE BOOTH MUG:20 CAP:10</source>
        <translation>Skąd, dokąd i pozycje, np.:  WAREHOUSE BOOTH MUG:20 CAP:10</translation>
    </message>
    <message>
        <source>Write FROM TO SKU:QTY [SKU:QTY ...]</source>
        <translation>Wpisz SKĄD DOKĄD SKU:ILOŚĆ [SKU:ILOŚĆ …]</translation>
    </message>
    <message>
        <source>Reject transfer</source>
        <translation>Odrzuć przesunięcie</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Dlaczego?</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Przyjmij przesunięcie</translation>
    </message>
    <message>
        <source>What arrived, if not all that was sent (SKU:QTY ...):</source>
        <translation>Co dotarło, jeśli nie wszystko, co wysłano (SKU:ILOŚĆ …):</translation>
    </message>
</context>
<context>
    <name>TerminalLock</name>
    <message>
        <source>The language was not saved: {error}</source>
        <translation>Nie zapisano języka: {error}</translation>
    </message>
</context>
<context>
    <name>TodaysWorkshops</name>
    <message>
        <source>Today&apos;s workshops</source>
        <translation>Dzisiejsze warsztaty</translation>
    </message>
    <message>
        <source>No workshops today.</source>
        <translation>Dziś brak warsztatów.</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (odwołany)</translation>
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
        <translation>VAT {rate}%: {amount}</translation>
    </message>
    <message>
        <source>Discounts {amount}</source>
        <translation>Rabaty {amount}</translation>
    </message>
    <message>
        <source>Total {amount} {currency}</source>
        <translation>Razem {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Wybrany użytkownik</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Ustaw rolę</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Wyłącz / włącz</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Resetuj hasło</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <source>Selected user: {user} (enabled)</source>
        <translation>Wybrany użytkownik: {user} (aktywny)</translation>
    </message>
    <message>
        <source>Selected user: {user} (disabled)</source>
        <translation>Wybrany użytkownik: {user} (wyłączony)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <source>the two passwords differ; type them again</source>
        <translation>hasła się różnią; wpisz je ponownie</translation>
    </message>
    <message>
        <source>{user} added as {role}</source>
        <translation>Dodano użytkownika {user} z rolą {role}</translation>
    </message>
    <message>
        <source>select a user first</source>
        <translation>najpierw wybierz użytkownika</translation>
    </message>
    <message>
        <source>{user} is now {role}</source>
        <translation>{user} ma teraz rolę {role}</translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation>Włączono użytkownika {user}</translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation>Wyłączono użytkownika {user}</translation>
    </message>
    <message>
        <source>password of {user} reset</source>
        <translation>zresetowano hasło użytkownika {user}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>wystawiona</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>unieważniona</translation>
    </message>
    <message>
        <source>published</source>
        <translation>opublikowane</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>odwołane</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>zamówione</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>zatwierdzone</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <source>received</source>
        <translation>przyjęte</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>osoba prywatna</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>twórca</translation>
    </message>
    <message>
        <source>press</source>
        <translation>prasa</translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation>wystawca</translation>
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
        <translation>inny</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>&amp;Today only (timetable)</source>
        <translation>Tylko &amp;dziś (harmonogram)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nowy warsztat</translation>
    </message>
    <message>
        <source>&amp;Add workshop</source>
        <translation>Dod&amp;aj warsztat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Price (0: free)</source>
        <translation>Cena (0: bezpłatny)</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Selected workshop</source>
        <translation>Wybrany warsztat</translation>
    </message>
    <message>
        <source>why (emailed to everyone holding a seat)</source>
        <translation>powód (wysyłany e-mailem do wszystkich z rezerwacją)</translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation>&amp;Odwołaj warsztat</translation>
    </message>
    <message>
        <source>Send ce&amp;rtificates</source>
        <translation>Wyślij &amp;zaświadczenia</translation>
    </message>
    <message>
        <source>Open the &amp;door view</source>
        <translation>Otwórz &amp;kontrolę wejść</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>{code} added</source>
        <translation>Dodano {code}</translation>
    </message>
    <message>
        <source>select a workshop in the list first</source>
        <translation>najpierw wybierz warsztat z listy</translation>
    </message>
    <message>
        <source>say why it is cancelled: the people booked get the reason</source>
        <translation>podaj powód odwołania: osoby z rezerwacją go otrzymają</translation>
    </message>
    <message>
        <source>{code} cancelled; everyone holding a seat gets an email</source>
        <translation>Odwołano {code}; wszyscy z rezerwacją dostaną e-mail</translation>
    </message>
    <message>
        <source>{count} certificate email(s) queued for {code}</source>
        <translation>E-maile z zaświadczeniami dodane do kolejki dla {code}: {count}</translation>
    </message>
</context>
</TS>
