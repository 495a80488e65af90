<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>{where}: {field}</source>
        <translation>{where} : {field}</translation>
    </message>
    <message>
        <source>could not find a free customer code; try again</source>
        <translation>impossible de trouver un code client libre&#xa0;; réessayer</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}); register anyway only if this is really another person</source>
        <translation>{email} est déjà inscrit au nom de {name} ({code})&#xa0;; inscrire quand même uniquement s&apos;il s&apos;agit vraiment d&apos;une autre personne</translation>
    </message>
    <message>
        <source>no customer with code {code}</source>
        <translation>aucun client avec le code {code}</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>modification impossible</translation>
    </message>
    <message>
        <source>customer {code} was changed on another terminal; reload and try again</source>
        <translation>le client {code} a été modifié sur un autre terminal&#xa0;; recharger et réessayer</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>caméra {number}</translation>
    </message>
    <message>
        <source>no camera is set (scanner.camera)</source>
        <translation>aucune caméra n&apos;est configurée (scanner.camera)</translation>
    </message>
    <message>
        <source>{camera} cannot be opened: not connected, or busy in another program</source>
        <translation>{camera} ne peut pas être ouverte&#xa0;: non connectée, ou occupée par un autre programme</translation>
    </message>
    <message>
        <source>the zbar decoder needs the zbar library (Debian: libzbar0): {error}</source>
        <translation>le décodeur zbar nécessite la bibliothèque zbar (Debian&#xa0;: libzbar0)&#xa0;: {error}</translation>
    </message>
    <message>
        <source>unknown decoder {name!r}; use one of {names}</source>
        <translation>décodeur inconnu {name!r}&#xa0;; utiliser l&apos;un de ceux-ci&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{program} for PostgreSQL {major} (or newer) is not installed: install postgresql-client-{major} (Debian, Ubuntu) or the server&apos;s client tools</source>
        <translation>{program} pour PostgreSQL {major} (ou plus récent) n&apos;est pas installé&#xa0;: installer postgresql-client-{major} (Debian, Ubuntu) ou les outils clients du serveur</translation>
    </message>
    <message>
        <source>{program} did not finish within {minutes} minutes</source>
        <translation>{program} ne s&apos;est pas terminé en {minutes} minutes</translation>
    </message>
    <message>
        <source>{program} could not be started: {why}</source>
        <translation>{program} n&apos;a pas pu être lancé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>code de sortie {code}</translation>
    </message>
    <message>
        <source>{program} failed: {reason}</source>
        <translation>échec de {program}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s: it may have printed</source>
        <translation>{action} n&apos;a pas abouti en {seconds:g} s&#xa0;: le ticket a peut-être été imprimé</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds:g} s</source>
        <translation>{action} n&apos;a pas abouti en {seconds:g} s</translation>
    </message>
    <message>
        <source>status of {printer}</source>
        <translation>lecture de l&apos;état de {printer}</translation>
    </message>
    <message>
        <source>writing to {printer}</source>
        <translation>écriture vers {printer}</translation>
    </message>
    <message>
        <source>sending to {printer}</source>
        <translation>envoi à {printer}</translation>
    </message>
    <message>
        <source>{problem}, after the receipt was sent: it may have printed</source>
        <translation>{problem}, après l&apos;envoi du ticket&#xa0;: il a peut-être été imprimé</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then stopped answering (no status within {seconds:g} s): it may have printed</source>
        <translation>{printer} a reçu le ticket, puis a cessé de répondre (aucun état en {seconds:g} s)&#xa0;: il a peut-être été imprimé</translation>
    </message>
    <message>
        <source>{problem} after taking the receipt: it may have printed</source>
        <translation>{problem} après réception du ticket&#xa0;: il a peut-être été imprimé</translation>
    </message>
    <message>
        <source>{printer} did not answer within {seconds:g} s</source>
        <translation>{printer} n&apos;a pas répondu en {seconds:g} s</translation>
    </message>
    <message>
        <source>{printer} is offline ({why})</source>
        <translation>{printer} est hors ligne ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection ({why})</source>
        <translation>{printer} a fermé la connexion ({why})</translation>
    </message>
    <message>
        <source>{printer} closed the connection</source>
        <translation>{printer} a fermé la connexion</translation>
    </message>
    <message>
        <source>{printer} stopped taking the receipt part way: it may have printed</source>
        <translation>{printer} a cessé de recevoir le ticket en cours de route&#xa0;: il a peut-être été imprimé</translation>
    </message>
    <message>
        <source>{printer} dropped the connection ({why}): it may have printed</source>
        <translation>{printer} a coupé la connexion ({why})&#xa0;: le ticket a peut-être été imprimé</translation>
    </message>
    <message>
        <source>{printer} took the receipt but neither answered a status query nor closed the connection within {seconds:g} s: it may have printed</source>
        <translation>{printer} a reçu le ticket mais n&apos;a ni répondu à une demande d&apos;état ni fermé la connexion en {seconds:g} s&#xa0;: il a peut-être été imprimé</translation>
    </message>
    <message>
        <source>{printer} took the receipt, then reset ({why}): it may have printed</source>
        <translation>{printer} a reçu le ticket, puis a redémarré ({why})&#xa0;: il a peut-être été imprimé</translation>
    </message>
    <message>
        <source>{folder} does not exist</source>
        <translation>{folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write to {target} ({why})</source>
        <translation>impossible d&apos;écrire dans {target} ({why})</translation>
    </message>
    <message>
        <source>writing to {target} failed part way ({why}): it may have printed</source>
        <translation>l&apos;écriture vers {target} a échoué en cours de route ({why})&#xa0;: le ticket a peut-être été imprimé</translation>
    </message>
    <message>
        <source>cups:// printers need pycups (Debian: apt-get install python3-cups, or pip install pycups)</source>
        <translation>les imprimantes cups:// nécessitent pycups (Debian&#xa0;: apt-get install python3-cups, ou pip install pycups)</translation>
    </message>
    <message>
        <source>win32:// printers work on Windows only (pywin32)</source>
        <translation>les imprimantes win32:// ne fonctionnent que sous Windows (pywin32)</translation>
    </message>
    <message>
        <source>{scheme}:// needs {module}</source>
        <translation>{scheme}:// nécessite {module}</translation>
    </message>
    <message>
        <source>no driver for {scheme}://</source>
        <translation>aucun pilote pour {scheme}://</translation>
    </message>
    <message>
        <source>{printer} not found ({why})</source>
        <translation>{printer} introuvable ({why})</translation>
    </message>
    <message>
        <source>{printer} cannot be opened ({why})</source>
        <translation>impossible d&apos;ouvrir {printer} ({why})</translation>
    </message>
    <message>
        <source>{printer} failed ({why}): it may have printed</source>
        <translation>échec de {printer} ({why})&#xa0;: le ticket a peut-être été imprimé</translation>
    </message>
    <message>
        <source>{printer} failed ({why})</source>
        <translation>échec de {printer} ({why})</translation>
    </message>
    <message>
        <source>autocutter</source>
        <translation>coupe-papier automatique</translation>
    </message>
    <message>
        <source>unrecoverable, switch it off and on</source>
        <translation>irrécupérable, l&apos;éteindre et la rallumer</translation>
    </message>
    <message>
        <source>recovers by itself, e.g. print head too hot</source>
        <translation>se résout d&apos;elle-même, p. ex. tête d&apos;impression trop chaude</translation>
    </message>
    <message>
        <source>unplugged, or the stream ended</source>
        <translation>débranché, ou le flux s&apos;est terminé</translation>
    </message>
    <message>
        <source>{problem}; trying again in {seconds:g} s</source>
        <translation>{problem}&#xa0;; nouvel essai dans {seconds:g} s</translation>
    </message>
    <message>
        <source>{device}: reading</source>
        <translation>{device}&#xa0;: lecture en cours</translation>
    </message>
    <message>
        <source>{device} lost ({reason})</source>
        <translation>{device}&#xa0;: connexion perdue ({reason})</translation>
    </message>
    <message>
        <source>serial port {port} cannot be opened ({error})</source>
        <translation>impossible d&apos;ouvrir le port série {port} ({error})</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>série {port}</translation>
    </message>
    <message>
        <source>the mail server refused the address {address} ({code} {reply})</source>
        <translation>le serveur de messagerie a refusé l&apos;adresse {address} ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server refused the sender {address} ({code} {reply}): check smtp.sender</source>
        <translation>le serveur de messagerie a refusé l&apos;expéditeur {address} ({code} {reply})&#xa0;: vérifier smtp.sender</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection while sending</source>
        <translation>le serveur de messagerie {server} a fermé la connexion pendant l&apos;envoi</translation>
    </message>
    <message>
        <source>the mail server did not accept the message ({code} {reply})</source>
        <translation>le serveur de messagerie n&apos;a pas accepté le message ({code} {reply})</translation>
    </message>
    <message>
        <source>the connection to the mail server {server} broke ({error})</source>
        <translation>la connexion au serveur de messagerie {server} a été interrompue ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} stopped answering while sending (no reply within {seconds:g} s)</source>
        <translation>le serveur de messagerie {server} a cessé de répondre pendant l&apos;envoi (aucune réponse en {seconds:g} s)</translation>
    </message>
    <message>
        <source>no mail server is set up (smtp.host)</source>
        <translation>aucun serveur de messagerie n&apos;est configuré (smtp.host)</translation>
    </message>
    <message>
        <source>no sender address is set up (smtp.sender)</source>
        <translation>aucune adresse d&apos;expédition n&apos;est configurée (smtp.sender)</translation>
    </message>
    <message>
        <source>the mail server {server} refused the login for {user} ({code} {reply}): check smtp.user and smtp.password</source>
        <translation>le serveur de messagerie {server} a refusé la connexion de {user} ({code} {reply})&#xa0;: vérifier smtp.user et smtp.password</translation>
    </message>
    <message>
        <source>the mail server {server} does not support {feature}: check smtp.security (none, starttls or ssl) and smtp.port</source>
        <translation>le serveur de messagerie {server} ne prend pas en charge {feature}&#xa0;: vérifier smtp.security (none, starttls ou ssl) et smtp.port</translation>
    </message>
    <message>
        <source>the secure connection to {server} failed ({error}): check smtp.security (ssl is usually port 465, starttls 587) and smtp.port</source>
        <translation>la connexion sécurisée à {server} a échoué ({error})&#xa0;: vérifier smtp.security (ssl utilise en général le port 465, starttls le 587) et smtp.port</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection ({error})</source>
        <translation>le serveur de messagerie {server} a fermé la connexion ({error})</translation>
    </message>
    <message>
        <source>the mail server {server} refused the connection ({code} {reply})</source>
        <translation>le serveur de messagerie {server} a refusé la connexion ({code} {reply})</translation>
    </message>
    <message>
        <source>the mail server name {host} cannot be found ({why})</source>
        <translation>le nom du serveur de messagerie {host} est introuvable ({why})</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds:g} s</source>
        <translation>le serveur de messagerie {server} n&apos;a pas répondu en {seconds:g} s</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable (connection refused)</source>
        <translation>le serveur de messagerie {server} est injoignable (connexion refusée)</translation>
    </message>
    <message>
        <source>the mail server {server} is not reachable ({error})</source>
        <translation>le serveur de messagerie {server} est injoignable ({error})</translation>
    </message>
    <message>
        <source>no keyring on this computer: the SMTP password is kept in the config file, readable by anyone who can read that file</source>
        <translation>aucun trousseau sur cet ordinateur&#xa0;: le mot de passe SMTP est conservé dans le fichier de configuration, lisible par quiconque peut lire ce fichier</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>lecture impossible&#xa0;: {why}</translation>
    </message>
    <message>
        <source>has no header row (it is empty)</source>
        <translation>n&apos;a pas de ligne d&apos;en-tête (il est vide)</translation>
    </message>
    <message>
        <source>has no header row (the first sheet is empty)</source>
        <translation>n&apos;a pas de ligne d&apos;en-tête (la première feuille est vide)</translation>
    </message>
    <message>
        <source>is not a readable XLSX workbook ({kind}: {error})</source>
        <translation>n&apos;est pas un classeur XLSX lisible ({kind}&#xa0;: {error})</translation>
    </message>
    <message>
        <source>unreadable row: {error}</source>
        <translation>ligne illisible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be written: {why}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <source>{name!r} is not a text encoding (e.g. cp932, gb18030, cp1252, utf-16)</source>
        <translation>{name!r} n&apos;est pas un encodage de texte (p. ex. cp932, gb18030, cp1252, utf-16)</translation>
    </message>
    <message>
        <source>mixed encodings: {utf8} rows in UTF-8 and {other} in {encoding}; each row is read in its own, and the report names the rows to check</source>
        <translation>encodages mélangés&#xa0;: {utf8} lignes en UTF-8 et {other} en {encoding}&#xa0;; chaque ligne est lue dans le sien, et le rapport indique les lignes à vérifier</translation>
    </message>
    <message>
        <source>the encoding is a guess ({encoding}; it could also be {others}): check the names in the rows the report lists, or name the file&apos;s encoding</source>
        <translation>l&apos;encodage est supposé ({encoding}&#xa0;; ce pourrait aussi être {others})&#xa0;: vérifier les noms dans les lignes listées par le rapport, ou indiquer l&apos;encodage du fichier</translation>
    </message>
    <message>
        <source>an encoding this app does not recognise</source>
        <translation>un encodage que cette application ne reconnaît pas</translation>
    </message>
    <message>
        <source>read as {encoding}, while most rows are UTF-8: check its accents and names</source>
        <translation>lue en {encoding}, alors que la plupart des lignes sont en UTF-8&#xa0;: vérifier ses accents et ses noms</translation>
    </message>
    <message>
        <source>read as UTF-8, while most rows are {encoding}: check its accents and names</source>
        <translation>lue en UTF-8, alors que la plupart des lignes sont en {encoding}&#xa0;: vérifier ses accents et ses noms</translation>
    </message>
    <message>
        <source>read as {encoding}, a guess: check its names (or name the file&apos;s encoding)</source>
        <translation>lue en {encoding}, par supposition&#xa0;: vérifier ses noms (ou indiquer l&apos;encodage du fichier)</translation>
    </message>
    <message>
        <source>characters {encoding} does not have were replaced by �</source>
        <translation>les caractères absents de {encoding} ont été remplacés par �</translation>
    </message>
    <message>
        <source>logins now wait a little longer after each failure instead of locking the account (security.max_login_delay_seconds)</source>
        <translation>les connexions attendent désormais un peu plus longtemps après chaque échec au lieu de verrouiller le compte (security.max_login_delay_seconds)</translation>
    </message>
    <message>
        <source>holds a control character ({character})</source>
        <translation>contient un caractère de contrôle ({character})</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not valid ({why})</source>
        <translation>{where}&#xa0;: {value!r} n&apos;est pas valide ({why})</translation>
    </message>
    <message>
        <source>{key} (from {source}) is not a setting</source>
        <translation>{key} (source&#xa0;: {source}) n&apos;est pas un paramètre</translation>
    </message>
    <message>
        <source>{key} (from {source})</source>
        <translation>{key} (source&#xa0;: {source})</translation>
    </message>
    <message>
        <source>{key} (from {source}): {value!r} {reason}</source>
        <translation>{key} (source&#xa0;: {source})&#xa0;: {value!r} {reason}</translation>
    </message>
    <message>
        <source>{path}: not valid TOML ({error})</source>
        <translation>{path}&#xa0;: TOML non valide ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}&#xa0;: lecture impossible ({why})</translation>
    </message>
    <message>
        <source>configuration file {path} does not exist</source>
        <translation>le fichier de configuration {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path}: unknown section [{section}]</source>
        <translation>{path}&#xa0;: section inconnue [{section}]</translation>
    </message>
    <message>
        <source>{path}: {section} must be a [{section}] section</source>
        <translation>{path}&#xa0;: {section} doit être une section [{section}]</translation>
    </message>
    <message>
        <source>{path}: unknown key {name!r} in [{section}]</source>
        <translation>{path}&#xa0;: clé inconnue {name!r} dans [{section}]</translation>
    </message>
    <message>
        <source>{path} holds {keys} and other users may read it: chmod 600 {path} (saving from the Settings screen does)</source>
        <translation>{path} contient {keys} et d&apos;autres utilisateurs peuvent le lire&#xa0;: chmod 600 {path} (l&apos;enregistrement depuis l&apos;écran Paramètres le fait)</translation>
    </message>
    <message>
        <source>{variable} is not a setting; ignored</source>
        <translation>{variable} n&apos;est pas un paramètre&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>{key} ({where}) is no longer used and is ignored: {why}</source>
        <translation>{key} ({where}) n&apos;est plus utilisé et est ignoré&#xa0;: {why}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>doit être parmi&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>doit valoir au moins {minimum}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>n&apos;accepte pas de valeur négative</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>is 8 to 64 letters, digits or _ . : - (as printed by the first attempt)</source>
        <translation>se compose de 8 à 64 lettres, chiffres ou _ . : - (telle qu&apos;affichée lors de la première tentative)</translation>
    </message>
    <message>
        <source>line {number}: {price} is more than the product&apos;s price of {list_price}: a manager must approve a higher price</source>
        <translation>ligne {number}&#xa0;: {price} dépasse le prix du produit ({list_price})&#xa0;: un responsable doit valider un prix plus élevé</translation>
    </message>
    <message>
        <source>line {number}: sold at {price} instead of {list_price}, a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>ligne {number}&#xa0;: vendu à {price} au lieu de {list_price}, une remise de {percent}&#xa0;% dépasse les {limit}&#xa0;% qu&apos;un caissier peut accorder&#xa0;: un responsable doit valider</translation>
    </message>
    <message>
        <source>line {number}: a discount of {percent}% is above the {limit}% a cashier may give: a manager must approve</source>
        <translation>ligne {number}&#xa0;: une remise de {percent}&#xa0;% dépasse les {limit}&#xa0;% qu&apos;un caissier peut accorder&#xa0;: un responsable doit valider</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>is more than the sale ({base})</source>
        <translation>dépasse le montant de la vente ({base})</translation>
    </message>
    <message>
        <source>is empty; scan the QR code or type the 8 characters</source>
        <translation>est vide&#xa0;; scanner le code QR ou saisir les 8 caractères</translation>
    </message>
    <message>
        <source>{characters} never appear in customer codes; check the code</source>
        <translation>{characters} n&apos;apparaissent jamais dans les codes clients&#xa0;; vérifier le code</translation>
    </message>
    <message>
        <source>has {count} characters, a customer code has {length}</source>
        <translation>a {count} caractères, un code client en a {length}</translation>
    </message>
    <message>
        <source>{code} is not a valid code: a character is mistyped or two are swapped</source>
        <translation>{code} n&apos;est pas un code valide&#xa0;: un caractère est mal saisi ou deux sont inversés</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>{address!r} is not a valid address: {reason}</source>
        <translation>{address!r} n&apos;est pas une adresse valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number for {region}; include +country code</source>
        <translation>{number!r} n&apos;est pas un numéro de téléphone valide pour {region}&#xa0;; indiquer +indicatif du pays</translation>
    </message>
    <message>
        <source>{number!r} is not a valid phone number; include +country code</source>
        <translation>{number!r} n&apos;est pas un numéro de téléphone valide&#xa0;; indiquer +indicatif du pays</translation>
    </message>
    <message>
        <source>default phone region</source>
        <translation>région téléphonique par défaut</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>{country!r} is not a country we know; use its name or ISO code (e.g. DE)</source>
        <translation>{country!r} n&apos;est pas un pays connu&#xa0;; utiliser son nom ou son code ISO (p. ex. DE)</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} ne fait pas partie de&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>type de client</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>are longer than {limit} characters</source>
        <translation>dépassent {limit} caractères</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>{postcode!r} is not a postcode</source>
        <translation>{postcode!r} n&apos;est pas un code postal</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>is required (the customer code is sent there)</source>
        <translation>est obligatoire (le code client y est envoyé)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>is the DATEV consultant number (Beraternummer, 1001-9999999): ask the accountant</source>
        <translation>est le numéro de conseiller DATEV (Beraternummer, 1001-9999999)&#xa0;: le demander au comptable</translation>
    </message>
    <message>
        <source>is the DATEV client number (Mandantennummer, 1-99999): ask the accountant</source>
        <translation>est le numéro de client DATEV (Mandantennummer, 1-99999)&#xa0;: le demander au comptable</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>starts before the fiscal year</source>
        <translation>commence avant l&apos;exercice</translation>
    </message>
    <message>
        <source>crosses into the fiscal year starting {start}: a DATEV batch holds one fiscal year, export each apart</source>
        <translation>déborde sur l&apos;exercice commençant le {start}&#xa0;: un lot DATEV ne couvre qu&apos;un exercice, exporter chacun séparément</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>{language!r} is not a language of the documents; use one of {allowed}</source>
        <translation>{language!r} n&apos;est pas une langue des documents&#xa0;; utiliser l&apos;une de celles-ci&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>no column is mapped to the name</source>
        <translation>aucune colonne n&apos;est associée au nom</translation>
    </message>
    <message>
        <source>mapping of {header!r}</source>
        <translation>correspondance de {header!r}</translation>
    </message>
    <message>
        <source>name missing</source>
        <translation>nom manquant</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>id too long</source>
        <translation>identifiant trop long</translation>
    </message>
    <message>
        <source>over {limit}: not used to match</source>
        <translation>plus de {limit}&#xa0;: non utilisé pour reconnaître les doublons</translation>
    </message>
    <message>
        <source>invalid email kept</source>
        <translation>e-mail invalide conservé</translation>
    </message>
    <message>
        <source>invalid email</source>
        <translation>e-mail invalide</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>pays inconnu</translation>
    </message>
    <message>
        <source>{value!r} kept as written</source>
        <translation>{value!r} conservé tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>phone not a number</source>
        <translation>téléphone non valide</translation>
    </message>
    <message>
        <source>postcode not valid</source>
        <translation>code postal non valide</translation>
    </message>
    <message>
        <source>VAT ID not valid</source>
        <translation>N° de TVA non valide</translation>
    </message>
    <message>
        <source>{problem}; kept as written</source>
        <translation>{problem}&#xa0;; conservé tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <source>{value!r} kept; from the country</source>
        <translation>{value!r} conservé&#xa0;; selon le pays</translation>
    </message>
    <message>
        <source>website not an address</source>
        <translation>site web non valide</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>{value!r} kept; new customers: other</source>
        <translation>{value!r} conservé&#xa0;; nouveaux clients&#xa0;: autre</translation>
    </message>
    <message>
        <source>unknown lead status</source>
        <translation>statut de prospect inconnu</translation>
    </message>
    <message>
        <source>characters removed</source>
        <translation>caractères supprimés</translation>
    </message>
    <message>
        <source>markup characters removed</source>
        <translation>caractères de balisage supprimés</translation>
    </message>
    <message>
        <source>text cut</source>
        <translation>texte coupé</translation>
    </message>
    <message>
        <source>cut to {limit} characters</source>
        <translation>coupé à {limit} caractères</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>must be below 100 (it is a percentage)</source>
        <translation>doit être inférieur à 100 (c&apos;est un pourcentage)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>prix unitaire</translation>
    </message>
    <message>
        <source>must be from 0 up to below 100</source>
        <translation>doit valoir de 0 à moins de 100</translation>
    </message>
    <message>
        <source>must be above 0 and at most {most}</source>
        <translation>doit dépasser 0 sans excéder {most}</translation>
    </message>
    <message>
        <source>has more than 3 decimals</source>
        <translation>a plus de 3 décimales</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>doit dépasser 0</translation>
    </message>
    <message>
        <source>is larger than the maximum {most}</source>
        <translation>dépasse le maximum de {most}</translation>
    </message>
    <message>
        <source>has more decimals than {currency} allows</source>
        <translation>a plus de décimales que {currency} n&apos;en autorise</translation>
    </message>
    <message>
        <source>x unit price is more than the maximum {most}</source>
        <translation>x prix unitaire dépasse le maximum de {most}</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100</source>
        <translation>un pourcentage doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>is more than the line&apos;s {subtotal}</source>
        <translation>dépasse le montant de la ligne ({subtotal})</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>une facture doit avoir au moins une ligne</translation>
    </message>
    <message>
        <source>an invoice holds at most {most} lines</source>
        <translation>une facture contient au plus {most} lignes</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>the total is more than the maximum {most}</source>
        <translation>le total dépasse le maximum de {most}</translation>
    </message>
    <message>
        <source>payment {number}</source>
        <translation>paiement {number}</translation>
    </message>
    <message>
        <source>{payment}: amount</source>
        <translation>{payment}&#xa0;: montant</translation>
    </message>
    <message>
        <source>nothing is left to pay</source>
        <translation>il ne reste rien à payer</translation>
    </message>
    <message>
        <source>{payment}: cash received</source>
        <translation>{payment}&#xa0;: espèces reçues</translation>
    </message>
    <message>
        <source>{method} payment of {amount} is more than the {due} due</source>
        <translation>le paiement {method} de {amount} dépasse les {due} dus</translation>
    </message>
    <message>
        <source>{amount} {currency} is far more than the {due} due (more than {most}): check the amount, or confirm it if the customer really handed that over</source>
        <translation>{amount} {currency}, c&apos;est bien plus que les {due} dus (plus de {most})&#xa0;: vérifier le montant, ou le confirmer si le client a vraiment remis cette somme</translation>
    </message>
    <message>
        <source>has no account for VAT rate {rate}%: add one, e.g. &quot;19:8400, 7:8300&quot;</source>
        <translation>n&apos;a pas de compte pour le taux de TVA {rate}&#xa0;%&#xa0;: en ajouter un, p. ex. &quot;19:8400, 7:8300&quot;</translation>
    </message>
    <message>
        <source>has no account for {method} payments: add one, e.g. &quot;{method}:1000&quot;</source>
        <translation>n&apos;a pas de compte pour les paiements {method}&#xa0;: en ajouter un, p. ex. &quot;{method}:1000&quot;</translation>
    </message>
    <message>
        <source>account {account} has {digits} digits; accounting.account_length is {length}</source>
        <translation>le compte {account} a {digits} chiffres&#xa0;; accounting.account_length vaut {length}</translation>
    </message>
    <message>
        <source>{account!r} is not an account number ({least}-8 digits)</source>
        <translation>{account!r} n&apos;est pas un numéro de compte ({least} à 8 chiffres)</translation>
    </message>
    <message>
        <source>{item!r} is not KEY:ACCOUNT</source>
        <translation>{item!r} n&apos;est pas au format KEY:ACCOUNT</translation>
    </message>
    <message>
        <source>{text!r} is not a month and day such as 01-01</source>
        <translation>{text!r} n&apos;est pas un mois et un jour comme 01-01</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>{currency!r} is not an ISO 4217 currency code (e.g. EUR)</source>
        <translation>{currency!r} n&apos;est pas un code de devise ISO 4217 (p. ex. EUR)</translation>
    </message>
    <message>
        <source>must not be negative (got {number})</source>
        <translation>n&apos;accepte pas de valeur négative (saisi&#xa0;: {number})</translation>
    </message>
    <message>
        <source>use a dot for decimals: {suggestion} instead of {number}</source>
        <translation>utiliser un point pour les décimales&#xa0;: {suggestion} au lieu de {number}</translation>
    </message>
    <message>
        <source>{number!r} is not a number written like 12.50</source>
        <translation>{number!r} n&apos;est pas un nombre écrit comme 12.50</translation>
    </message>
    <message>
        <source>{number!r} is not a number</source>
        <translation>{number!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{number} is larger than the maximum {most:f}</source>
        <translation>{number} dépasse le maximum de {most:f}</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>aucune décimale</translation>
    </message>
    <message>
        <source>at most {count} decimals</source>
        <translation>{count} décimales au maximum</translation>
    </message>
    <message>
        <source>{number} has too many decimals ({allowed})</source>
        <translation>{number} a trop de décimales ({allowed})</translation>
    </message>
    <message>
        <source>use 1 to {most} letters A-Z and digits (got {code!r})</source>
        <translation>utiliser de 1 à {most} lettres A-Z et chiffres (saisi&#xa0;: {code!r})</translation>
    </message>
    <message>
        <source>exhibition code</source>
        <translation>code du salon</translation>
    </message>
    <message>
        <source>terminal code</source>
        <translation>code du terminal</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>numéro de facture</translation>
    </message>
    <message>
        <source>{number!r} does not look like EXPO24-T1-000123</source>
        <translation>{number!r} ne ressemble pas à EXPO24-T1-000123</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>needs at least {least} characters</source>
        <translation>nécessite au moins {least} caractères</translation>
    </message>
    <message>
        <source>must not be the user name</source>
        <translation>ne doit pas être le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>is too easy to guess (too few different characters)</source>
        <translation>est trop facile à deviner (trop peu de caractères différents)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>{name!r}: use 2 to 40 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{name!r}&#xa0;: utiliser de 2 à 40 lettres a-z, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>{region!r} is not a region code such as DE or US</source>
        <translation>{region!r} n&apos;est pas un code de région comme DE ou US</translation>
    </message>
    <message>
        <source>unreachable: {detail}</source>
        <translation>injoignable&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>connected (the printer does not report its status)</source>
        <translation>connectée (l&apos;imprimante n&apos;indique pas son état)</translation>
    </message>
    <message>
        <source>error ({error})</source>
        <translation>erreur ({error})</translation>
    </message>
    <message>
        <source>ready, paper near end</source>
        <translation>prête, fin de papier proche</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>plus de papier</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>capot ouvert</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>{name} is out of paper</source>
        <translation>{name} n&apos;a plus de papier</translation>
    </message>
    <message>
        <source>{name} has its cover open</source>
        <translation>{name} a le capot ouvert</translation>
    </message>
    <message>
        <source>{name} reports an error ({error})</source>
        <translation>{name} signale une erreur ({error})</translation>
    </message>
    <message>
        <source>{name} reports an error</source>
        <translation>{name} signale une erreur</translation>
    </message>
    <message>
        <source>{name} is offline</source>
        <translation>{name} est hors ligne</translation>
    </message>
    <message>
        <source>{problem} (examples: {examples})</source>
        <translation>{problem} (exemples&#xa0;: {examples})</translation>
    </message>
    <message>
        <source>no printer set up (printer.url is empty)</source>
        <translation>aucune imprimante configurée (printer.url est vide)</translation>
    </message>
    <message>
        <source>{url!r} has no scheme</source>
        <translation>{url!r} n&apos;a pas de schéma</translation>
    </message>
    <message>
        <source>tcp:// needs a host, e.g. tcp://192.168.1.50:9100</source>
        <translation>tcp:// nécessite un hôte, p. ex. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>{url!r}: the port must be a number from 1 to 65535</source>
        <translation>{url!r}&#xa0;: le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>file:// needs an absolute path, e.g. file:///dev/usb/lp0</source>
        <translation>file:// nécessite un chemin absolu, p. ex. file:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>usb:// needs VENDOR:PRODUCT in hexadecimal, got {url!r}</source>
        <translation>usb:// nécessite VENDOR:PRODUCT en hexadécimal, reçu&#xa0;: {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are hexadecimal like 04b8:0202, got {url!r}</source>
        <translation>les identifiants usb:// sont en hexadécimal comme 04b8:0202, reçu&#xa0;: {url!r}</translation>
    </message>
    <message>
        <source>usb:// ids are four hexadecimal digits each</source>
        <translation>les identifiants usb:// ont chacun quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>serial:// needs a device, e.g. serial:///dev/ttyUSB0?baud=9600</source>
        <translation>serial:// nécessite un périphérique, p. ex. serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
        <source>baud={baud} is not a serial speed ({rates})</source>
        <translation>baud={baud} n&apos;est pas une vitesse série ({rates})</translation>
    </message>
    <message>
        <source>{scheme}:// needs the printer&apos;s name, e.g. {scheme}://Receipts</source>
        <translation>{scheme}:// nécessite le nom de l&apos;imprimante, p. ex. {scheme}://Receipts</translation>
    </message>
    <message>
        <source>unknown printer type {scheme!r}</source>
        <translation>type d&apos;imprimante inconnu {scheme!r}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>use 1 to {most} characters without spaces</source>
        <translation>utiliser de 1 à {most} caractères sans espace</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>code-barres</translation>
    </message>
    <message>
        <source>{code!r}: use up to {most} letters and digits</source>
        <translation>{code!r}&#xa0;: utiliser au plus {most} lettres et chiffres</translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this: needs {permission}</source>
        <translation>{user} ({role}) ne peut pas faire cela&#xa0;: nécessite {permission}</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>refusé&#xa0;: {reason}</translation>
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
        <translation>{what}, ou {kind}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <source>not a valid customer code: {problem}</source>
        <translation>code client non valide&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>rien n&apos;a été scanné</translation>
    </message>
    <message>
        <source>{count} characters is longer than any code we use</source>
        <translation>{count} caractères, c&apos;est plus long que tout code utilisé</translation>
    </message>
    <message>
        <source>the scan holds control characters: check the scanner&apos;s settings</source>
        <translation>le scan contient des caractères de contrôle&#xa0;: vérifier les réglages du scanner</translation>
    </message>
    <message>
        <source>{text!r} has characters no barcode or customer code uses (is the scanner&apos;s keyboard language the computer&apos;s?)</source>
        <translation>{text!r} contient des caractères qu&apos;aucun code-barres ni code client n&apos;utilise (la langue du clavier du scanner est-elle celle de l&apos;ordinateur&#xa0;?)</translation>
    </message>
    <message>
        <source>{text!r} has spaces: not a code, barcode, SKU or invoice number</source>
        <translation>{text!r} contient des espaces&#xa0;: ce n&apos;est ni un code, ni un code-barres, ni une référence, ni un numéro de facture</translation>
    </message>
    <message>
        <source>{count} characters is longer than any SKU ({most})</source>
        <translation>{count} caractères, c&apos;est plus long que toute référence ({most})</translation>
    </message>
    <message>
        <source>{digits} is not a valid {symbology}: the check digit is wrong (misread?)</source>
        <translation>{digits} n&apos;est pas un {symbology} valide&#xa0;: la clé de contrôle est fausse (mauvaise lecture&#xa0;?)</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>holds a control character ({character}); remove it</source>
        <translation>contient un caractère de contrôle ({character})&#xa0;; le supprimer</translation>
    </message>
    <message>
        <source>must not contain these characters: {characters}</source>
        <translation>ne doit pas contenir ces caractères&#xa0;: {characters}</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format (too long)</source>
        <translation>{vat_id!r}&#xa0;: format invalide (trop long)</translation>
    </message>
    <message>
        <source>{vat_id!r}: start it with its country code (e.g. DE136695976)</source>
        <translation>{vat_id!r}&#xa0;: le faire commencer par son code pays (p. ex. DE136695976)</translation>
    </message>
    <message>
        <source>{vat_id!r}: unknown country {prefix!r}; an EU VAT ID starts with its country code (DE, FR, IT...)</source>
        <translation>{vat_id!r}&#xa0;: pays inconnu {prefix!r}&#xa0;; un n° de TVA intracommunautaire commence par son code pays (DE, FR, IT…)</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid check digit</source>
        <translation>{vat_id!r}&#xa0;: clé de contrôle invalide</translation>
    </message>
    <message>
        <source>{vat_id!r}: invalid format</source>
        <translation>{vat_id!r}&#xa0;: format invalide</translation>
    </message>
    <message>
        <source>the seller&apos;s country is not set (Settings &gt; Seller: country or VAT ID)</source>
        <translation>le pays du vendeur n&apos;est pas défini (Paramètres &gt; Vendeur&#xa0;: pays ou n° de TVA)</translation>
    </message>
    <message>
        <source>the customer has no VAT ID</source>
        <translation>le client n&apos;a pas de n° de TVA</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID is not valid ({problem})</source>
        <translation>le n° de TVA du client n&apos;est pas valide ({problem})</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is not of an EU member state</source>
        <translation>le n° de TVA {vat_id} du client n&apos;est pas celui d&apos;un État membre de l&apos;UE</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID {vat_id} is of the seller&apos;s own country</source>
        <translation>le n° de TVA {vat_id} du client est du même pays que le vendeur</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>1 to {most} characters without spaces</source>
        <translation>de 1 à {most} caractères, sans espace</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>de 1 à {most} caractères</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>début</translation>
    </message>
    <message>
        <source>needs a time zone (e.g. 2026-05-04T14:00+02:00)</source>
        <translation>nécessite un fuseau horaire (p. ex. 2026-05-04T14:00+02:00)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>from 1 to {most}</source>
        <translation>de 1 à {most}</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>booking deadline</source>
        <translation>date limite de réservation</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>nécessite un fuseau horaire</translation>
    </message>
    <message>
        <source>workshop seats are whole numbers (1, 2, ...)</source>
        <translation>les places d&apos;atelier sont des nombres entiers (1, 2, …)</translation>
    </message>
    <message>
        <source>key {key} belongs to another action ({action}); use a new key</source>
        <translation>la clé {key} appartient à une autre action ({action})&#xa0;; utiliser une nouvelle clé</translation>
    </message>
    <message>
        <source>approval refused: {why}</source>
        <translation>validation refusée&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not approve this</source>
        <translation>{name} ({role}) ne peut pas valider ceci</translation>
    </message>
    <message>
        <source>approval refused: no manager can approve here</source>
        <translation>validation refusée&#xa0;: aucun responsable ne peut valider ici</translation>
    </message>
    <message>
        <source>the refunds of {number}</source>
        <translation>les remboursements de {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s refunds in this cash session</source>
        <translation>les remboursements de {name} dans cette session de caisse</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount})</source>
        <translation>un remboursement au-delà de {limit} nécessite la validation d&apos;un responsable ({amount})</translation>
    </message>
    <message>
        <source>a refund above {limit} needs a manager&apos;s approval ({amount} brings {what} to {total})</source>
        <translation>un remboursement au-delà de {limit} nécessite la validation d&apos;un responsable ({amount} porte {what} à {total})</translation>
    </message>
    <message>
        <source>the backup file&apos;s header is damaged</source>
        <translation>l&apos;en-tête du fichier de sauvegarde est endommagé</translation>
    </message>
    <message>
        <source>this is not a Booth POS backup file</source>
        <translation>ce n&apos;est pas un fichier de sauvegarde Booth POS</translation>
    </message>
    <message>
        <source>this backup was written by a newer version (format {version}): update this app</source>
        <translation>cette sauvegarde a été écrite par une version plus récente (format {version})&#xa0;: mettre à jour cette application</translation>
    </message>
    <message>
        <source>the backup file is incomplete: it was cut short (an interrupted copy?)</source>
        <translation>le fichier de sauvegarde est incomplet&#xa0;: il a été tronqué (copie interrompue&#xa0;?)</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: its checksum does not match</source>
        <translation>le fichier de sauvegarde a été modifié ou endommagé après son écriture&#xa0;: sa somme de contrôle ne correspond pas</translation>
    </message>
    <message>
        <source>the backup file&apos;s header names an encryption this app does not use</source>
        <translation>l&apos;en-tête du fichier de sauvegarde indique un chiffrement que cette application n&apos;utilise pas</translation>
    </message>
    <message>
        <source>this backup is encrypted: give its passphrase</source>
        <translation>cette sauvegarde est chiffrée&#xa0;: indiquer sa phrase secrète</translation>
    </message>
    <message>
        <source>wrong passphrase: this backup cannot be opened with it</source>
        <translation>phrase secrète incorrecte&#xa0;: elle ne permet pas d&apos;ouvrir cette sauvegarde</translation>
    </message>
    <message>
        <source>the backup file was changed or damaged after it was written: it does not authenticate</source>
        <translation>le fichier de sauvegarde a été modifié ou endommagé après son écriture&#xa0;: son authentification échoue</translation>
    </message>
    <message>
        <source>the backup file&apos;s contents are damaged ({error})</source>
        <translation>le contenu du fichier de sauvegarde est endommagé ({error})</translation>
    </message>
    <message>
        <source>the backup file holds no manifest</source>
        <translation>le fichier de sauvegarde ne contient aucun manifeste</translation>
    </message>
    <message>
        <source>the database inside the backup does not match its manifest</source>
        <translation>la base de données contenue dans la sauvegarde ne correspond pas à son manifeste</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest cannot be read ({error})</source>
        <translation>le manifeste de la sauvegarde est illisible ({error})</translation>
    </message>
    <message>
        <source>a SQLite file (sqlite:///PATH)</source>
        <translation>un fichier SQLite (sqlite:///PATH)</translation>
    </message>
    <message>
        <source>a PostgreSQL database</source>
        <translation>une base de données PostgreSQL</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>impossible de lire {path}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>nothing to back up: {error}</source>
        <translation>rien à sauvegarder&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the database cannot be read: {error}</source>
        <translation>impossible de lire la base de données&#xa0;: {error}</translation>
    </message>
    <message>
        <source>cannot write the backup to {path}: {why}</source>
        <translation>impossible d&apos;écrire la sauvegarde dans {path}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>this backup is of {kind}; it restores into {kind} only, not into {target}: restoring across database kinds is not supported</source>
        <translation>cette sauvegarde provient d&apos;{kind}&#xa0;; elle ne se restaure que dans {kind}, pas dans {target}&#xa0;: la restauration entre types de bases de données n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>another program&apos;s tables</source>
        <translation>les tables d&apos;un autre programme</translation>
    </message>
    <message>
        <source>Booth POS data (schema {revision})</source>
        <translation>des données Booth POS (schéma {revision})</translation>
    </message>
    <message>
        <source>the target database is not empty (it holds {what}): restore does not overwrite it. Add --force to back it up first and replace it</source>
        <translation>la base de données cible n&apos;est pas vide (elle contient {what})&#xa0;: la restauration ne l&apos;écrase pas. Ajouter --force pour la sauvegarder d&apos;abord puis la remplacer</translation>
    </message>
    <message>
        <source>the target database failed: {error}</source>
        <translation>erreur de la base de données cible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float before selling</source>
        <translation>la caisse {till} n&apos;a pas de session de caisse ouverte&#xa0;: en ouvrir une avec le fonds de caisse compté avant de vendre</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>say why (at least 3 characters)</source>
        <translation>indiquer pourquoi (au moins 3 caractères)</translation>
    </message>
    <message>
        <source>float</source>
        <translation>fonds de caisse</translation>
    </message>
    <message>
        <source>till {till} has an open cash session</source>
        <translation>la caisse {till} a déjà une session de caisse ouverte</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>is in or out</source>
        <translation>doit valoir in ou out</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>comptage</translation>
    </message>
    <message>
        <source>no closed cash session {number}</source>
        <translation>aucune session de caisse clôturée {number}</translation>
    </message>
    <message>
        <source>no closed cash session</source>
        <translation>aucune session de caisse clôturée</translation>
    </message>
    <message>
        <source>no cash session {number}</source>
        <translation>aucune session de caisse {number}</translation>
    </message>
    <message>
        <source>till {till} has no open cash session: open one with the counted float first</source>
        <translation>la caisse {till} n&apos;a pas de session de caisse ouverte&#xa0;: en ouvrir d&apos;abord une avec le fonds de caisse compté</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>is cashier or category</source>
        <translation>doit valoir cashier ou category</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>le dernier jour précède le premier jour</translation>
    </message>
    <message>
        <source>no credit note {number}</source>
        <translation>aucun avoir {number}</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>identifiant externe</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>nom et société</translation>
    </message>
    <message>
        <source>encoding to check</source>
        <translation>encodage à vérifier</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>extra cells ignored</source>
        <translation>cellules en trop ignorées</translation>
    </message>
    <message>
        <source>more cells than headers</source>
        <translation>plus de cellules que d&apos;en-têtes</translation>
    </message>
    <message>
        <source>unreadable row</source>
        <translation>ligne illisible</translation>
    </message>
    <message>
        <source>could not find free customer codes; try again</source>
        <translation>impossible de trouver des codes clients libres&#xa0;; réessayer</translation>
    </message>
    <message>
        <source>the database&apos;s schema ({current}) was written by a newer version of Booth POS than this one (which knows up to {head}): update this app; nothing was changed</source>
        <translation>le schéma de la base de données ({current}) a été écrit par une version de Booth POS plus récente que celle-ci (qui connaît jusqu&apos;à {head})&#xa0;: mettre à jour cette application&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot make the attachment {file} ({kind})</source>
        <translation>impossible de créer la pièce jointe {file} ({kind})</translation>
    </message>
    <message>
        <source>cannot make the attachment {file}: {why}</source>
        <translation>impossible de créer la pièce jointe {file}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>no exhibition with code {code!r}</source>
        <translation>aucun salon avec le code {code!r}</translation>
    </message>
    <message>
        <source>exhibition name</source>
        <translation>nom du salon</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>booth</source>
        <translation>stand</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>est antérieure à la date de début</translation>
    </message>
    <message>
        <source>an exhibition with code {code} exists already; choose another code</source>
        <translation>un salon avec le code {code} existe déjà&#xa0;; choisir un autre code</translation>
    </message>
    <message>
        <source>external id: the source&apos;s own id equals a customer&apos;s external reference</source>
        <translation>identifiant externe&#xa0;: l&apos;identifiant propre à la source est égal à la référence externe d&apos;un client</translation>
    </message>
    <message>
        <source>email: the same address (case ignored)</source>
        <translation>e-mail&#xa0;: la même adresse (sans tenir compte des majuscules)</translation>
    </message>
    <message>
        <source>phone: the same number in E.164</source>
        <translation>téléphone&#xa0;: le même numéro au format E.164</translation>
    </message>
    <message>
        <source>name and company: only for a row with no id, email or phone</source>
        <translation>nom et société&#xa0;: uniquement pour une ligne sans identifiant, e-mail ni téléphone</translation>
    </message>
    <message>
        <source>Refund notice {number} ({amount})</source>
        <translation>Avis de remboursement {number} ({amount})</translation>
    </message>
    <message>
        <source>Void notice for {number}</source>
        <translation>Avis d&apos;annulation de {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Facture {number}</translation>
    </message>
    <message>
        <source>no credit note {note} for invoice {number}</source>
        <translation>aucun avoir {note} pour la facture {number}</translation>
    </message>
    <message>
        <source>invoice {number} has no refund to send a notice of</source>
        <translation>la facture {number} n&apos;a aucun remboursement dont envoyer l&apos;avis</translation>
    </message>
    <message>
        <source>invoice {number} is voided: send the void notice instead</source>
        <translation>la facture {number} est annulée&#xa0;: envoyer plutôt l&apos;avis d&apos;annulation</translation>
    </message>
    <message>
        <source>invoice {number} is not voided: there is no void notice to send</source>
        <translation>la facture {number} n&apos;est pas annulée&#xa0;: il n&apos;y a pas d&apos;avis d&apos;annulation à envoyer</translation>
    </message>
    <message>
        <source>an invoice&apos;s email is one of: {choices}</source>
        <translation>l&apos;e-mail d&apos;une facture est l&apos;un des suivants&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>choose at most {count} days</source>
        <translation>choisir {count} jours au maximum</translation>
    </message>
    <message>
        <source>{count} entries wait to be sent: sync first</source>
        <translation>{count} entrées attendent d&apos;être envoyées&#xa0;: synchroniser d&apos;abord</translation>
    </message>
    <message>
        <source>sale {number} is not on the server: nothing there to correct</source>
        <translation>la vente {number} n’est pas sur le serveur&#xa0;: rien à corriger là-bas</translation>
    </message>
    <message>
        <source>user {name!r} is not on the server</source>
        <translation>l&apos;utilisateur {name!r} n&apos;existe pas sur le serveur</translation>
    </message>
    <message>
        <source>no email {number} in the outbox</source>
        <translation>aucun e-mail {number} dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>email {number} was sent already; queue a new one instead</source>
        <translation>l&apos;e-mail {number} a déjà été envoyé&#xa0;; en mettre plutôt un nouveau en file d&apos;attente</translation>
    </message>
    <message>
        <source>to</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>enter the address to send the test to</source>
        <translation>saisir l&apos;adresse à laquelle envoyer le test</translation>
    </message>
    <message>
        <source>customer {code} has no email address</source>
        <translation>le client {code} n&apos;a pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>invoice {number} has no customer with an email address</source>
        <translation>la facture {number} n&apos;a pas de client avec une adresse e-mail</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>échec&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>queued, not sent yet: {reason} (attempt {attempt} of {attempts})</source>
        <translation>en attente, pas encore envoyé&#xa0;: {reason} (tentative {attempt} sur {attempts})</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>the message could not be prepared ({error})</source>
        <translation>le message n&apos;a pas pu être préparé ({error})</translation>
    </message>
    <message>
        <source>an empty cart cannot be parked</source>
        <translation>un panier vide ne peut pas être mis en attente</translation>
    </message>
    <message>
        <source>at most {count} lines can be parked</source>
        <translation>{count} lignes au maximum peuvent être mises en attente</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>{count} caractères au maximum</translation>
    </message>
    <message>
        <source>at most {count} characters a field</source>
        <translation>{count} caractères au maximum par champ</translation>
    </message>
    <message>
        <source>parked sale {number} is no longer parked (already recalled?)</source>
        <translation>la vente {number} n&apos;est plus en attente (déjà reprise&#xa0;?)</translation>
    </message>
    <message>
        <source>{number} is a draft: it has no receipt</source>
        <translation>{number} est un brouillon&#xa0;: il n&apos;a pas de ticket</translation>
    </message>
    <message>
        <source>no waiting print job {number}</source>
        <translation>aucune impression {number} en attente</translation>
    </message>
    <message>
        <source>print job {number} is not waiting for a decision (no unsure job)</source>
        <translation>l&apos;impression {number} n&apos;attend pas de décision (ce n&apos;est pas une impression incertaine)</translation>
    </message>
    <message>
        <source>no printer set up (Settings &gt; Printer, or printer.url)</source>
        <translation>aucune imprimante configurée (Paramètres &gt; Imprimante, ou printer.url)</translation>
    </message>
    <message>
        <source>low stock at</source>
        <translation>seuil de stock faible</translation>
    </message>
    <message>
        <source>SKU {code} is already used by {sku} ({name})</source>
        <translation>La référence {code} est déjà utilisée par {sku} ({name})</translation>
    </message>
    <message>
        <source>barcode {code} is already used by {sku} ({name})</source>
        <translation>le code-barres {code} est déjà utilisé par {sku} ({name})</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} lignes&#xa0;: {created} créées, {updated} mises à jour, {unchanged} inchangées, {rejected} rejetées</translation>
    </message>
    <message>
        <source>dry run (nothing saved): {counts}</source>
        <translation>simulation (rien n&apos;est enregistré)&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>{text!r}: write yes or no</source>
        <translation>{text!r}&#xa0;: écrire oui ou non</translation>
    </message>
    <message>
        <source>needs the columns {columns}; missing: {missing}</source>
        <translation>nécessite les colonnes {columns}&#xa0;; manquantes&#xa0;: {missing}</translation>
    </message>
    <message>
        <source>SKU already in row {row}</source>
        <translation>Réf. déjà présente à la ligne {row}</translation>
    </message>
    <message>
        <source>no product with id {number}</source>
        <translation>aucun produit avec l&apos;identifiant {number}</translation>
    </message>
    <message>
        <source>product {sku} was changed meanwhile; reload and try again</source>
        <translation>le produit {sku} a été modifié entre-temps&#xa0;; recharger et réessayer</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>aucun produit avec le code-barres ou la référence {code!r}</translation>
    </message>
    <message>
        <source>position</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>doit se situer entre 0 et {limit}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>no preset quick key {number}</source>
        <translation>aucun modèle de touche rapide {number}</translation>
    </message>
    <message>
        <source>nothing left to refund on {number}</source>
        <translation>plus rien à rembourser sur {number}</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>{number} has no line {line}</source>
        <translation>{number} n&apos;a pas de ligne {line}</translation>
    </message>
    <message>
        <source>line {line} given twice</source>
        <translation>ligne {line} indiquée deux fois</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>doit dépasser 0</translation>
    </message>
    <message>
        <source>line {line} ({description}): only {left} of {quantity} left to refund</source>
        <translation>ligne {line} ({description})&#xa0;: il ne reste que {left} sur {quantity} à rembourser</translation>
    </message>
    <message>
        <source>{number} is {status}: only issued invoices are refunded</source>
        <translation>{number} est {status}&#xa0;: seules les factures émises sont remboursées</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>autoliquidation</translation>
    </message>
    <message>
        <source>{name} ({role}) may not choose reverse charge: a manager must</source>
        <translation>{name} ({role}) ne peut pas choisir l&apos;autoliquidation&#xa0;: c&apos;est à un responsable de le faire</translation>
    </message>
    <message>
        <source>a walk-in sale has no buyer with a VAT ID</source>
        <translation>une vente au comptoir n&apos;a pas d&apos;acheteur avec un n° de TVA</translation>
    </message>
    <message>
        <source>no product or workshop on sale with code {code!r}</source>
        <translation>aucun produit ni atelier en vente avec le code {code!r}</translation>
    </message>
    <message>
        <source>invoice {number} was changed meanwhile; reload and try again</source>
        <translation>la facture {number} a été modifiée entre-temps&#xa0;; recharger et réessayer</translation>
    </message>
    <message>
        <source>edited; refund lines instead</source>
        <translation>modifiée&#xa0;; rembourser plutôt des lignes</translation>
    </message>
    <message>
        <source>voided; refund what is left instead</source>
        <translation>annulée&#xa0;; rembourser plutôt le reste</translation>
    </message>
    <message>
        <source>unknown or inactive product id {number}</source>
        <translation>identifiant de produit {number} inconnu ou inactif</translation>
    </message>
    <message>
        <source>no draft {number}</source>
        <translation>aucun brouillon {number}</translation>
    </message>
    <message>
        <source>invoice {number} is void (by {who}: {why})</source>
        <translation>la facture {number} est annulée (par {who}&#xa0;: {why})</translation>
    </message>
    <message>
        <source>invoice {number} is in the Z report of cash session {session} (closed {closed}): it cannot be edited any more; void or refund it instead</source>
        <translation>la facture {number} figure dans le rapport Z de la session de caisse {session} (clôturée le {closed})&#xa0;: elle ne peut plus être modifiée&#xa0;; l&apos;annuler ou la rembourser plutôt</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit note): it cannot be {instead}</source>
        <translation>la facture {number} a été remboursée ({count} avoir)&#xa0;: elle ne peut pas être {instead}</translation>
    </message>
    <message>
        <source>invoice {number} was refunded ({count} credit notes): it cannot be {instead}</source>
        <translation>la facture {number} a été remboursée ({count} avoirs)&#xa0;: elle ne peut pas être {instead}</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <source>a draft takes no payments; issue it first</source>
        <translation>un brouillon n&apos;accepte aucun paiement&#xa0;; l&apos;émettre d&apos;abord</translation>
    </message>
    <message>
        <source>is chosen when the sale is issued</source>
        <translation>se choisit à l&apos;émission de la vente</translation>
    </message>
    <message>
        <source>this draft belongs to another exhibition</source>
        <translation>ce brouillon appartient à un autre salon</translation>
    </message>
    <message>
        <source>no payment given</source>
        <translation>aucun paiement indiqué</translation>
    </message>
    <message>
        <source>set by {source}; change it there</source>
        <translation>défini par {source}&#xa0;; le modifier à cet endroit</translation>
    </message>
    <message>
        <source>set on the command line; start without that option to change it here</source>
        <translation>défini en ligne de commande&#xa0;; démarrer sans cette option pour le modifier ici</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>this database is set up already (it has users); add users with `user add`</source>
        <translation>cette base de données est déjà configurée (elle a des utilisateurs)&#xa0;; ajouter des utilisateurs avec `user add`</translation>
    </message>
    <message>
        <source>exhibition {code!r} (pos.exhibition) does not exist</source>
        <translation>le salon {code!r} (pos.exhibition) n&apos;existe pas</translation>
    </message>
    <message>
        <source>no active exhibition: create one (pos-desktop exhibition add NAME, or Settings)</source>
        <translation>aucun salon actif&#xa0;: en créer un (pos-desktop exhibition add NAME, ou Paramètres)</translation>
    </message>
    <message>
        <source>only {left} of {sku} ({name}) left here; {wanted} wanted</source>
        <translation>il ne reste ici que {left} de {sku} ({name})&#xa0;; {wanted} demandé(s)</translation>
    </message>
    <message>
        <source>the stock changed while this sale was saved; try again</source>
        <translation>le stock a changé pendant l&apos;enregistrement de cette vente&#xa0;; réessayer</translation>
    </message>
    <message>
        <source>no product with SKU {sku!r}</source>
        <translation>aucun produit avec la référence {sku!r}</translation>
    </message>
    <message>
        <source>{sku} is not tracked in stock (tick it in Products)</source>
        <translation>{sku} n&apos;est pas suivi en stock (le cocher dans Produits)</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minute</source>
        <translation>le terminal {terminal} est utilisé sur un autre appareil ({host}, vu pour la dernière fois le {seen})&#xa0;: deux appareils ne doivent pas numéroter les factures dans une même série. Donner à cet appareil son propre identifiant de terminal (pos.terminal), ou fermer Booth POS sur {host}&#xa0;; si cet appareil n&apos;est plus là, celui-ci pourra reprendre l&apos;identifiant de terminal dans {count} minute</translation>
    </message>
    <message>
        <source>terminal {terminal} is in use on another device ({host}, last seen {seen}): two devices must not number invoices in one series. Give this device its own terminal id (pos.terminal), or close Booth POS on {host}; if that device is gone, this one may take the terminal id over in {count} minutes</source>
        <translation>le terminal {terminal} est utilisé sur un autre appareil ({host}, vu pour la dernière fois le {seen})&#xa0;: deux appareils ne doivent pas numéroter les factures dans une même série. Donner à cet appareil son propre identifiant de terminal (pos.terminal), ou fermer Booth POS sur {host}&#xa0;; si cet appareil n&apos;est plus là, celui-ci pourra reprendre l&apos;identifiant de terminal dans {count} minutes</translation>
    </message>
    <message>
        <source>item</source>
        <translation>article</translation>
    </message>
    <message>
        <source>{item!r}: write SKU:QUANTITY</source>
        <translation>{item!r}&#xa0;: écrire RÉF:QUANTITÉ</translation>
    </message>
    <message>
        <source>quantity of {sku}</source>
        <translation>quantité de {sku}</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>name at least one product and quantity</source>
        <translation>indiquer au moins un produit et une quantité</translation>
    </message>
    <message>
        <source>is the same location as from</source>
        <translation>est le même emplacement que l&apos;origine</translation>
    </message>
    <message>
        <source>of {sku} must be more than 0</source>
        <translation>de {sku} doit dépasser 0</translation>
    </message>
    <message>
        <source>no transfer {number}</source>
        <translation>aucun transfert {number}</translation>
    </message>
    <message>
        <source>transfer {number} is {status}, not {state}</source>
        <translation>le transfert {number} est {status}, pas {state}</translation>
    </message>
    <message>
        <source>of {sku} must not be negative</source>
        <translation>de {sku} ne doit pas être négative</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>{text!r} is not one of {allowed}</source>
        <translation>{text!r} ne fait pas partie de&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>too many failed logins: wait {wait} before the next try</source>
        <translation>trop d&apos;échecs de connexion&#xa0;: attendre {wait} avant le prochain essai</translation>
    </message>
    <message>
        <source>{wrong}; {wait}</source>
        <translation>{wrong}&#xa0;; {wait}</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nom affiché</translation>
    </message>
    <message>
        <source>user {name!r} exists already</source>
        <translation>l&apos;utilisateur {name!r} existe déjà</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>le mot de passe actuel est incorrect</translation>
    </message>
    <message>
        <source>user {name} was changed meanwhile; reload and try again</source>
        <translation>l&apos;utilisateur {name} a été modifié entre-temps&#xa0;; recharger et réessayer</translation>
    </message>
    <message>
        <source>you cannot demote or disable yourself; ask another admin</source>
        <translation>vous ne pouvez ni réduire votre propre rôle ni vous désactiver&#xa0;; demander à un autre administrateur</translation>
    </message>
    <message>
        <source>only a logged-in user has a language</source>
        <translation>seul un utilisateur connecté a une langue</translation>
    </message>
    <message>
        <source>no user {name!r}</source>
        <translation>aucun utilisateur {name!r}</translation>
    </message>
    <message>
        <source>this would leave no active admin</source>
        <translation>il ne resterait plus aucun administrateur actif</translation>
    </message>
    <message>
        <source>{code} was not checked in at workshop {workshop}</source>
        <translation>{code} n&apos;a pas été enregistré présent à l&apos;atelier {workshop}</translation>
    </message>
    <message>
        <source>no workshop with code {code!r}</source>
        <translation>aucun atelier avec le code {code!r}</translation>
    </message>
    <message>
        <source>workshop {code} ({title})</source>
        <translation>atelier {code} ({title})</translation>
    </message>
    <message>
        <source>{name} is cancelled</source>
        <translation>{name} est annulé</translation>
    </message>
    <message>
        <source>{name} is not on sale yet ({status})</source>
        <translation>{name} n&apos;est pas encore en vente ({status})</translation>
    </message>
    <message>
        <source>{name}: booking closed at {deadline}</source>
        <translation>{name}&#xa0;: réservations closes le {deadline}</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted; {held} held for the waitlist (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} est complet&#xa0;: {free} place(s) libre(s) sur {capacity}, {count} demandée(s)&#xa0;; {held} retenue(s) pour la liste d&apos;attente (inscrire le client sur la liste d&apos;attente&#xa0;: workshop waitlist)</translation>
    </message>
    <message>
        <source>{name} is full: {free} of {capacity} seats free, {count} wanted (put the customer on the waitlist: workshop waitlist)</source>
        <translation>{name} est complet&#xa0;: {free} place(s) libre(s) sur {capacity}, {count} demandée(s) (inscrire le client sur la liste d&apos;attente&#xa0;: workshop waitlist)</translation>
    </message>
    <message>
        <source>a workshop seat needs a customer: scan or type their code</source>
        <translation>une place d&apos;atelier nécessite un client&#xa0;: scanner ou saisir son code</translation>
    </message>
    <message>
        <source>invoice {number} books {count} workshop seat(s): void or refund it instead of editing</source>
        <translation>la facture {number} réserve {count} place(s) d&apos;atelier&#xa0;: l&apos;annuler ou la rembourser au lieu de la modifier</translation>
    </message>
    <message>
        <source>stays {code} (it is on the invoices); add a new workshop</source>
        <translation>reste {code} (il figure sur les factures)&#xa0;; créer un nouvel atelier</translation>
    </message>
    <message>
        <source>at least {count} (booked and held seats)</source>
        <translation>au moins {count} (places réservées et retenues)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>cancel it instead (with a reason)</source>
        <translation>l&apos;annuler plutôt (avec un motif)</translation>
    </message>
    <message>
        <source>{count} seats are sold: it stays published</source>
        <translation>{count} places sont vendues&#xa0;: il reste publié</translation>
    </message>
    <message>
        <source>workshop {code} is {status}: no waitlist</source>
        <translation>l&apos;atelier {code} est {status}&#xa0;: pas de liste d&apos;attente</translation>
    </message>
    <message>
        <source>workshop {code} has {count} seat(s) free: sell one</source>
        <translation>l&apos;atelier {code} a {count} place(s) libre(s)&#xa0;: en vendre une</translation>
    </message>
    <message>
        <source>workshop code {code} is taken</source>
        <translation>le code d&apos;atelier {code} est déjà pris</translation>
    </message>
    <message>
        <source>workshop {code} was changed meanwhile; reload and try again</source>
        <translation>l&apos;atelier {code} a été modifié entre-temps&#xa0;; recharger et réessayer</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled</source>
        <translation>l&apos;atelier {code} est annulé</translation>
    </message>
    <message>
        <source>workshop {code} is cancelled already</source>
        <translation>l&apos;atelier {code} est déjà annulé</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>attestations</translation>
    </message>
    <message>
        <source>workshop {code} was cancelled</source>
        <translation>l&apos;atelier {code} a été annulé</translation>
    </message>
    <message>
        <source>workshop {code} ends at {end} UTC: {what} after that</source>
        <translation>l&apos;atelier {code} se termine le {end} UTC&#xa0;: {what} seulement après</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>absents</translation>
    </message>
    <message>
        <source>no workshop on sale with code {code!r}</source>
        <translation>aucun atelier en vente avec le code {code!r}</translation>
    </message>
    <message>
        <source>{name} is on the waitlist already ({state})</source>
        <translation>{name} est déjà sur la liste d&apos;attente ({state})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{error}

Database: {url}</source>
        <translation>{error}

Base de données&#xa0;: {url}</translation>
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
    <name>AuditLog</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; by {actor}: {summary}</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; par {actor}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Action starts with (invoice, customer, login.failed...)</source>
        <translation>L&apos;action commence par (invoice, customer, login.failed…)</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>N° de facture ou code client</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup: just now</source>
        <translation>Sauvegarde&#xa0;: à l&apos;instant</translation>
    </message>
    <message>
        <source>Backup: {minutes} min ago</source>
        <translation>Sauvegarde&#xa0;: il y a {minutes} min</translation>
    </message>
    <message>
        <source>Backup: {hours} h ago</source>
        <translation>Sauvegarde&#xa0;: il y a {hours} h</translation>
    </message>
    <message>
        <source>Backup: {days} days ago</source>
        <translation>Sauvegarde&#xa0;: il y a {days} jours</translation>
    </message>
    <message>
        <source>Backup: automatic backups off (no folder set)</source>
        <translation>Sauvegarde&#xa0;: désactivée (aucun dossier défini)</translation>
    </message>
    <message>
        <source>Backup: folder missing ({folder})</source>
        <translation>Sauvegarde&#xa0;: dossier introuvable ({folder})</translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation>Échec de la sauvegarde&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Backup: none yet</source>
        <translation>Sauvegarde&#xa0;: aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Backup: -</source>
        <translation>Sauvegarde&#xa0;: -</translation>
    </message>
    <message>
        <source>not set ([backup] folder in the settings)</source>
        <translation>non défini ([backup] folder dans les paramètres)</translation>
    </message>
    <message>
        <source>Automatic backups into {folder}, every {minutes} min and at each Z report</source>
        <translation>Sauvegardes automatiques dans {folder}, toutes les {minutes} min et à chaque rapport Z</translation>
    </message>
</context>
<context>
    <name>BarcodeList</name>
    <message>
        <source>Scan or type a barcode, Enter adds it</source>
        <translation>Scanner ou saisir un code-barres, Enter l&apos;ajoute</translation>
    </message>
    <message>
        <source>Delete removes the selected barcode</source>
        <translation>Delete retire le code-barres sélectionné</translation>
    </message>
    <message>
        <source>Remove barcode (Del)</source>
        <translation>Retirer le code-barres (Del)</translation>
    </message>
</context>
<context>
    <name>CameraChoice</name>
    <message>
        <source>Cameras found on this computer; the field below is what is saved</source>
        <translation>Caméras trouvées sur cet ordinateur&#xa0;; c&apos;est le champ ci-dessous qui est enregistré</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Rechercher à nouveau</translation>
    </message>
    <message>
        <source>Could not look for cameras: {error}</source>
        <translation>Impossible de rechercher les caméras&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Aucune caméra</translation>
    </message>
    <message>
        <source>Looking for cameras {numbers}...</source>
        <translation>Recherche des caméras {numbers}…</translation>
    </message>
    <message>
        <source>No camera found (numbers {numbers} checked)</source>
        <translation>Aucune caméra trouvée (numéros {numbers} vérifiés)</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Caméra {number}</translation>
    </message>
    <message>
        <source>Camera {number} (set; busy or not found now)</source>
        <translation>Caméra {number} (configurée&#xa0;; occupée ou introuvable pour l&apos;instant)</translation>
    </message>
    <message>
        <source>File or URL...</source>
        <translation>Fichier ou URL…</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No picture from the camera yet</source>
        <translation>Pas encore d&apos;image de la caméra</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>fix lines {lines} before payment</source>
        <translation>corriger les lignes {lines} avant le paiement</translation>
    </message>
    <message>
        <source>fix line {lines} before payment</source>
        <translation>corriger la ligne {lines} avant le paiement</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>le panier est vide</translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Line {line}: a quantity of 0 is not taken; press Delete to remove the line</source>
        <translation>Ligne {line}&#xa0;: une quantité de 0 n&apos;est pas acceptée&#xa0;; appuyer sur Delete pour supprimer la ligne</translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>Offline: this till knows only its sales since the line dropped. Expected cash and the difference are on the server&apos;s Z report: print it again when the line is back.</source>
        <translation>Hors ligne : cette caisse ne connaît que ses ventes depuis la coupure. Les espèces attendues et l&apos;écart figurent sur le rapport Z du serveur : imprimez-le à nouveau quand la ligne est revenue.</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message>
        <source>{count} invoices, {amount}</source>
        <translation>{count} factures, {amount}</translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation>Rapport X (provisoire)</translation>
    </message>
    <message>
        <source>Z report (closed)</source>
        <translation>Rapport Z (clôturé)</translation>
    </message>
    <message>
        <source>{count} invoices, {amount} (after voids, refunds)</source>
        <translation>{count} factures, {amount} (après annulations et remboursements)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fonds de caisse</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émises</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>{count} payments, {amount}</source>
        <translation>{count} paiements, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount}</source>
        <translation>1 facture, {amount}</translation>
    </message>
    <message>
        <source>1 payment, {amount}</source>
        <translation>1 paiement, {amount}</translation>
    </message>
    <message>
        <source>1 invoice, {amount} (after voids, refunds)</source>
        <translation>1 facture, {amount} (après annulations et remboursements)</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Entrées / sorties</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>{title} · session {session} · till {till}</source>
        <translation>{title} · session {session} · caisse {till}</translation>
    </message>
    <message>
        <source>X report (offline)</source>
        <translation>Rapport X (hors ligne)</translation>
    </message>
    <message>
        <source>Drawer counted (offline)</source>
        <translation>Tiroir compté (hors ligne)</translation>
    </message>
    <message>
        <source>No open cash session on this till</source>
        <translation>Aucune session de caisse ouverte sur cette caisse</translation>
    </message>
    <message>
        <source>the cash you counted into the drawer, e.g. 150.00</source>
        <translation>les espèces comptées dans le tiroir, p. ex. 150,00</translation>
    </message>
    <message>
        <source>Open session (Enter)</source>
        <translation>Ouvrir la session (Enter)</translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation>&amp;Fonds de caisse</translation>
    </message>
    <message>
        <source>why, e.g. change from the bank / to the safe</source>
        <translation>motif, p. ex. monnaie de la banque / vers le coffre</translation>
    </message>
    <message>
        <source>Cash &amp;in</source>
        <translation>&amp;Entrée d&apos;espèces</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>&amp;Sortie d&apos;espèces</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Entrée ou sortie d&apos;espèces</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Clôturer la session</translation>
    </message>
    <message>
        <source>the cash counted in the drawer now</source>
        <translation>les espèces comptées maintenant dans le tiroir</translation>
    </message>
    <message>
        <source>Close with Z report...</source>
        <translation>Clôturer avec le rapport Z…</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>Montant &amp;compté</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the opening</source>
        <translation>Enregistrement en cours – attendre la réponse avant l&apos;ouverture</translation>
    </message>
    <message>
        <source>Checking whether the opening was saved - the database stopped answering ({doubt})</source>
        <translation>Vérification de l&apos;enregistrement de l&apos;ouverture – la base de données ne répond plus ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} open</source>
        <translation>Session {session} ouverte</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash in</source>
        <translation>Enregistrement en cours – attendre la réponse avant l&apos;entrée d&apos;espèces</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the cash out</source>
        <translation>Enregistrement en cours – attendre la réponse avant la sortie d&apos;espèces</translation>
    </message>
    <message>
        <source>Checking whether the cash in was saved - the database stopped answering ({doubt})</source>
        <translation>Vérification de l&apos;enregistrement de l&apos;entrée d&apos;espèces – la base de données ne répond plus ({doubt})</translation>
    </message>
    <message>
        <source>Checking whether the cash out was saved - the database stopped answering ({doubt})</source>
        <translation>Vérification de l&apos;enregistrement de la sortie d&apos;espèces – la base de données ne répond plus ({doubt})</translation>
    </message>
    <message>
        <source>Cash in recorded: {amount} ({reason})</source>
        <translation>Entrée d&apos;espèces enregistrée&#xa0;: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Cash out recorded: {amount} ({reason})</source>
        <translation>Sortie d&apos;espèces enregistrée&#xa0;: {amount} ({reason})</translation>
    </message>
    <message>
        <source>Count the drawer and type the amount first</source>
        <translation>Compter d&apos;abord le tiroir et saisir le montant</translation>
    </message>
    <message>
        <source>Close session {session} with {amount} {currency} counted? The Z report is final.</source>
        <translation>Clôturer la session {session} avec {amount} {currency} comptés&#xa0;? Le rapport Z est définitif.</translation>
    </message>
    <message>
        <source>Still saving - wait for the answer before the closing</source>
        <translation>Enregistrement en cours – attendre la réponse avant la clôture</translation>
    </message>
    <message>
        <source>Checking whether the closing was saved - the database stopped answering ({doubt})</source>
        <translation>Vérification de l&apos;enregistrement de la clôture – la base de données ne répond plus ({doubt})</translation>
    </message>
    <message>
        <source>Session {session} closed on this till (offline) with {amount} {currency} counted; the difference comes with the line</source>
        <translation>Session {session} clôturée sur cette caisse (hors ligne) avec {amount} {currency} comptés ; l&apos;écart arrive avec la ligne</translation>
    </message>
    <message>
        <source>Session {session} closed; difference {amount} {currency}</source>
        <translation>Session {session} clôturée&#xa0;; écart {amount} {currency}</translation>
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
        <source>Parked: {sale}, on this till (offline). Shift+F10 brings it back.</source>
        <translation>En attente : {sale}, sur cette caisse (hors ligne). Shift+F10 la reprend.</translation>
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
        <source>customer {code}: {error}</source>
        <translation>client {code}&#xa0;: {error}</translation>
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
        <source>No cash session is open at this till: this cash will be in no drawer count. Open one in the Cash drawer screen (with the counted float) when you can.</source>
        <translation>Aucune session de caisse n&apos;est ouverte sur cette caisse&#xa0;: ces espèces ne figureront dans aucun comptage du tiroir. En ouvrir une dès que possible dans l&apos;écran Tiroir-caisse (avec le fonds de caisse compté).</translation>
    </message>
    <message>
        <source>add a line first (F3, or scan a product)</source>
        <translation>ajouter d&apos;abord une ligne (F3, ou scanner un produit)</translation>
    </message>
    <message>
        <source>Saving the sale...</source>
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
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>E-mail de bienvenue</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number / code</source>
        <translation>N° / code</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>N° serveur</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation>Depuis (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Waits because</source>
        <translation>En attente car</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Codes-barres</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Onglet</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservées</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>Attend jusqu&apos;à</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
</context>
<context>
    <name>CommissionReport</name>
    <message>
        <source>All cashiers</source>
        <translation>Tous les caissiers</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventes HT</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
        <source>Commission {first} - {last} ({currency})</source>
        <translation>Commission {first} – {last} ({currency})</translation>
    </message>
    <message>
        <source>On net sales (without VAT); refunds in the period are taken back at the same rate.</source>
        <translation>Sur les ventes HT&#xa0;; les remboursements de la période sont déduits au même taux.</translation>
    </message>
    <message>
        <source>C&amp;ashier</source>
        <translation>Ca&amp;issier</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code</source>
        <translation>Saisir le nom ou le code d&apos;un pays</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur est survenue</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost; the details are in {file}</source>
        <translation>Une erreur est survenue&#xa0;; rien n&apos;a été perdu&#xa0;; les détails sont dans {file}</translation>
    </message>
    <message>
        <source>It happened {count} times since the app started.</source>
        <translation>C&apos;est arrivé {count} fois depuis le démarrage de l&apos;application.</translation>
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
        <translation>A&amp;voirs</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+Shift+D)</source>
        <translation>Ouvrir le PDF (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+Shift+S)</source>
        <translation>Enregistrer le PDF… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Reprint slip (Ctrl+Shift+C)</source>
        <translation>Réimprimer le ticket (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Print the credit note&apos;s slip again (Ctrl+Shift+C)</source>
        <translation>Imprimer à nouveau le ticket de l&apos;avoir (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>-{amount} {currency} refunded in all</source>
        <translation>-{amount} {currency} remboursés au total</translation>
    </message>
    <message>
        <source>No credit note</source>
        <translation>Aucun avoir</translation>
    </message>
    <message>
        <source>Slip of credit note {number}</source>
        <translation>Ticket de l&apos;avoir {number}</translation>
    </message>
    <message>
        <source>Printing the slip of {number}...</source>
        <translation>Impression du ticket de {number}…</translation>
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
        <translation>{venue} vous souhaite la bienvenue</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Booth POS - customer display</source>
        <translation>Booth POS – affichage client</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Bonjour {name}</translation>
    </message>
    <message>
        <source>Given {amount}</source>
        <translation>Versé {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Rendu {amount}</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Merci, {name}&#xa0;!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>Your change: {amount}</source>
        <translation>Votre monnaie&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Keep this code on your phone: scan it at our counter next time.</source>
        <translation>Gardez ce code sur votre téléphone&#xa0;: présentez-le à notre stand lors de votre prochaine visite.</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Facture {number}</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer {code}</source>
        <translation>Modifier le client {code}</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>Customer code {code} stays the same. Ctrl+S saves.</source>
        <translation>Le code client {code} reste le même. Ctrl+S enregistre.</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Veuillez corriger les champs signalés</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>{email} is already registered to {name} ({code}). Change the email, or Save anyway (Alt+A) only if this really is another person.</source>
        <translation>{email} est déjà inscrit au nom de {name} ({code}). Modifier l&apos;e-mail, ou choisir Enregistrer quand même (Alt+Q) uniquement s&apos;il s&apos;agit vraiment d&apos;une autre personne.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>with the company: a full invoice</source>
        <translation>avec la société&#xa0;: une facture complète</translation>
    </message>
    <message>
        <source>EU VAT ID, e.g. DE136695976</source>
        <translation>N° de TVA intracommunautaire, p. ex. DE136695976</translation>
    </message>
    <message>
        <source>national numbers are read as {region}, or +country code</source>
        <translation>les numéros nationaux sont lus comme {region}, sinon +indicatif du pays</translation>
    </message>
    <message>
        <source>required: the customer code is sent here</source>
        <translation>obligatoire&#xa0;: le code client est envoyé à cette adresse</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>Selon le pays</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>update the customer</source>
        <translation>mettre à jour le client</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>ignorer la ligne</translation>
    </message>
    <message>
        <source>create another customer</source>
        <translation>créer un autre client</translation>
    </message>
    <message>
        <source>reject the row</source>
        <translation>rejeter la ligne</translation>
    </message>
    <message>
        <source>import the customer without the email (kept as written)</source>
        <translation>importer le client sans l&apos;e-mail (conservé tel qu&apos;écrit)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Path of a CSV or XLSX file</source>
        <translation>Chemin d&apos;un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <source>Browse... (Ctrl+O)</source>
        <translation>Parcourir… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Which file? CSV (any delimiter and encoding) or XLSX:</source>
        <translation>Quel fichier&#xa0;? CSV (tout séparateur et tout encodage) ou XLSX&#xa0;:</translation>
    </message>
    <message>
        <source>A row is the same customer when (first rule that matches):</source>
        <translation>Une ligne est le même client quand (la première règle qui s&apos;applique)&#xa0;:</translation>
    </message>
    <message>
        <source>On a &amp;duplicate</source>
        <translation>En cas de &amp;doublon</translation>
    </message>
    <message>
        <source>Invalid &amp;email</source>
        <translation>&amp;E-mail invalide</translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation>%v lignes</translation>
    </message>
    <message>
        <source>&amp;Cancel (Esc)</source>
        <translation>Ann&amp;uler (Esc)</translation>
    </message>
    <message>
        <source>Rejected rows file</source>
        <translation>Fichier des lignes rejetées</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV</source>
        <translation>En&amp;registrer les lignes rejetées en CSV</translation>
    </message>
    <message>
        <source>&amp;Next: columns</source>
        <translation>&amp;Suivant&#xa0;: colonnes</translation>
    </message>
    <message>
        <source>&amp;Next: options</source>
        <translation>&amp;Suivant&#xa0;: options</translation>
    </message>
    <message>
        <source>&amp;Next: dry run</source>
        <translation>&amp;Suivant&#xa0;: simulation</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Nouvel import</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>&amp;Importer maintenant</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Type the path of a file, or press Ctrl+O to pick one</source>
        <translation>Saisir le chemin d&apos;un fichier, ou appuyer sur Ctrl+O pour en choisir un</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>Aucun fichier à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>encodage {encoding}</translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation>séparateur {delimiter}</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} colonnes</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from the mapping you saved for these columns; change any.</source>
        <translation>{file}&#xa0;: {found}. Point de départ&#xa0;: la correspondance enregistrée pour ces colonnes&#xa0;; tout peut être modifié.</translation>
    </message>
    <message>
        <source>{file}: {found}. Starting from columns matched automatically; change any.</source>
        <translation>{file}&#xa0;: {found}. Point de départ&#xa0;: les colonnes associées automatiquement&#xa0;; tout peut être modifié.</translation>
    </message>
    <message>
        <source>Check the encoding: {note}. The dry run lists the rows.</source>
        <translation>Vérifier l&apos;encodage&#xa0;: {note}. La simulation liste les lignes.</translation>
    </message>
    <message>
        <source>Dry run: reading the file, nothing is saved...</source>
        <translation>Simulation&#xa0;: lecture du fichier, rien n&apos;est enregistré…</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} lignes lues</translation>
    </message>
    <message>
        <source>Cancelling after the current batch...</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
    <message>
        <source>Type where the rejected rows should go</source>
        <translation>Saisir l&apos;emplacement des lignes rejetées</translation>
    </message>
    <message>
        <source>Rejected rows saved to {path}: fix them and import that file</source>
        <translation>Lignes rejetées enregistrées dans {path}&#xa0;: les corriger et importer ce fichier</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Find customer</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <source>Scan or type the customer code, or type a name</source>
        <translation>Scanner ou saisir le code client, ou saisir un nom</translation>
    </message>
    <message>
        <source>Enter: look up · then Enter: sell to them · Ctrl+E: edit · Ctrl+Shift+W: resend welcome email · Esc: close</source>
        <translation>Enter&#xa0;: rechercher · puis Enter&#xa0;: lui vendre · Ctrl+E&#xa0;: modifier · Ctrl+Shift+W&#xa0;: renvoyer l&apos;e-mail de bienvenue · Esc&#xa0;: fermer</translation>
    </message>
    <message>
        <source>Looking up...</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No customer code or name matches {text}</source>
        <translation>Aucun code client ni nom ne correspond à {text}</translation>
    </message>
    <message>
        <source>{count} customers match (the first shown: type more): arrows, then Enter</source>
        <translation>{count} clients correspondent (seuls les premiers sont affichés&#xa0;: préciser la saisie)&#xa0;: flèches, puis Enter</translation>
    </message>
    <message>
        <source>{count} customers match: arrows, then Enter</source>
        <translation>{count} clients correspondent&#xa0;: flèches, puis Enter</translation>
    </message>
    <message>
        <source>{name}: Enter sells to them</source>
        <translation>{name}&#xa0;: Enter pour lui vendre</translation>
    </message>
    <message>
        <source>Look a customer up first (code, then Enter)</source>
        <translation>Rechercher d&apos;abord un client (code, puis Enter)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>E-mail de bienvenue à {recipient} remis en file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Search name, email, phone, company or code (newest first)</source>
        <translation>Rechercher par nom, e-mail, téléphone, société ou code (plus récents d&apos;abord)</translation>
    </message>
    <message>
        <source>Name A-Z</source>
        <translation>Nom A-Z</translation>
    </message>
    <message>
        <source>Name Z-A</source>
        <translation>Nom Z-A</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>Most billed first</source>
        <translation>Plus gros montant facturé d&apos;abord</translation>
    </message>
    <message>
        <source>Least billed first</source>
        <translation>Plus petit montant facturé d&apos;abord</translation>
    </message>
    <message>
        <source>Most bills first</source>
        <translation>Plus de factures d&apos;abord</translation>
    </message>
    <message>
        <source>Select a customer to see their bills.</source>
        <translation>Sélectionner un client pour voir ses factures.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>Resend welcome email (Ctrl+Shift+W)</source>
        <translation>Renvoyer l&apos;e-mail de bienvenue (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Tri</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+E)</source>
        <translation>Sélectionner d&apos;abord un client (flèches, puis Ctrl+E)</translation>
    </message>
    <message>
        <source>Select a customer first (arrows, then Ctrl+Shift+W)</source>
        <translation>Sélectionner d&apos;abord un client (flèches, puis Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Welcome email to {recipient} queued again</source>
        <translation>E-mail de bienvenue à {recipient} remis en file d&apos;attente</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} enregistré</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>others ({count})</source>
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
    <name>DatabasePage</name>
    <message>
        <source>SQL&amp;ite file on this computer (one till)</source>
        <translation>Fichier SQL&amp;ite sur cet ordinateur (une caisse)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several tills share it)</source>
        <translation>Serveur &amp;PostgreSQL (partagé par plusieurs caisses)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose another SQLite file (Alt+B)</source>
        <translation>Choisir un autre fichier SQLite (Alt+O)</translation>
    </message>
    <message>
        <source>empty if the server needs none</source>
        <translation>vide si le serveur n&apos;en demande pas</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect and look inside, without changing anything (Alt+T; at most {seconds} seconds)</source>
        <translation>Se connecter et regarder le contenu, sans rien modifier (Alt+T&#xa0;; {seconds} secondes au plus)</translation>
    </message>
    <message>
        <source>Welcome. Booth POS keeps its data in a file on this computer (a single till) or on the booth&apos;s PostgreSQL server (several tills selling together).</source>
        <translation>Bienvenue. Booth POS conserve ses données dans un fichier sur cet ordinateur (une seule caisse) ou sur le serveur PostgreSQL du stand (plusieurs caisses qui vendent ensemble).</translation>
    </message>
    <message>
        <source>U&amp;RL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>The choice is saved in {path}.</source>
        <translation>Le choix est enregistré dans {path}.</translation>
    </message>
    <message>
        <source>needs a file name</source>
        <translation>un nom de fichier est nécessaire</translation>
    </message>
    <message>
        <source>needed, e.g. {example}</source>
        <translation>obligatoire, p. ex. {example}</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Base de données SQLite (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Testing the connection (at most {seconds} seconds)...</source>
        <translation>Test de la connexion ({seconds} secondes au plus)…</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <source>The database is set by the environment variable {variable}, which beats the config file: a choice made here could not be saved. To choose here, start without {variable}.</source>
        <translation>La base de données est définie par la variable d&apos;environnement {variable}, qui prime sur le fichier de configuration&#xa0;: un choix fait ici ne pourrait pas être enregistré. Pour choisir ici, démarrer sans {variable}.</translation>
    </message>
    <message>
        <source>The database was given on the command line (--database), which beats the config file: a choice made here could not be saved. To choose here, start without it.</source>
        <translation>La base de données a été indiquée en ligne de commande (--database), ce qui prime sur le fichier de configuration&#xa0;: un choix fait ici ne pourrait pas être enregistré. Pour choisir ici, démarrer sans cette option.</translation>
    </message>
    <message>
        <source>The database is ready, but the choice cannot be saved in {file} ({reason}); nothing was switched.</source>
        <translation>La base de données est prête, mais le choix ne peut pas être enregistré dans {file} ({reason})&#xa0;; rien n&apos;a été changé.</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Booth POS: door check-in</source>
        <translation>Booth POS&#xa0;: contrôle d&apos;entrée</translation>
    </message>
    <message>
        <source>Scan the visitor&apos;s QR code</source>
        <translation>Scanner le code QR du visiteur</translation>
    </message>
    <message>
        <source>Pick the session, then scan.</source>
        <translation>Choisir la séance, puis scanner.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>No workshops today</source>
        <translation>Aucun atelier aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Set them up first.</source>
        <translation>Créer d&apos;abord les ateliers.</translation>
    </message>
    <message>
        <source>Pick the session first</source>
        <translation>Choisir d&apos;abord la séance</translation>
    </message>
    <message>
        <source>Cannot reach the database</source>
        <translation>Base de données injoignable</translation>
    </message>
    <message>
        <source>Offline since {since}: check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Hors ligne depuis {since} : les entrées sont gardées sur cet ordinateur et envoyées au retour de la connexion</translation>
    </message>
    <message>
        <source>Offline since {since}: 1 check-in is kept on this laptop and sent when the line is back</source>
        <translation>Hors ligne depuis {since} : 1 entrée est gardée sur cet ordinateur et envoyée au retour de la connexion</translation>
    </message>
    <message>
        <source>Offline since {since}: {count} check-ins are kept on this laptop and sent when the line is back</source>
        <translation>Hors ligne depuis {since} : {count} entrées sont gardées sur cet ordinateur et envoyées au retour de la connexion</translation>
    </message>
    <message>
        <source>Back online - sending 1 check-in...</source>
        <translation>De nouveau en ligne – envoi d&apos;une entrée…</translation>
    </message>
    <message>
        <source>Back online - sending {count} check-ins...</source>
        <translation>De nouveau en ligne – envoi de {count} entrées…</translation>
    </message>
</context>
<context>
    <name>DoorVerdicts</name>
    <message>
        <source>Admitted: {name}</source>
        <translation>Admis&#xa0;: {name}</translation>
    </message>
    <message>
        <source>seat {seat} of {seats}</source>
        <translation>place {seat} sur {seats}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Déjà entré à {time}</translation>
    </message>
    <message>
        <source>{name}: all {seats} seat(s) used</source>
        <translation>{name}&#xa0;: les {seats} place(s) sont utilisées</translation>
    </message>
    <message>
        <source>another workshop</source>
        <translation>un autre atelier</translation>
    </message>
    <message>
        <source>Booked for {time}, not this session</source>
        <translation>Réservé pour {time}, pas pour cette séance</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>{title} does not take place</source>
        <translation>{title} n&apos;a pas lieu</translation>
    </message>
    <message>
        <source>Not booked - 1 seat free: send to the counter</source>
        <translation>Pas de réservation – 1 place libre&#xa0;: envoyer à la caisse</translation>
    </message>
    <message>
        <source>Not booked - {free} seats free: send to the counter</source>
        <translation>Pas de réservation – {free} places libres&#xa0;: envoyer à la caisse</translation>
    </message>
    <message>
        <source>{name} has no seat here</source>
        <translation>{name} n&apos;a pas de place ici</translation>
    </message>
    <message>
        <source>Not a visitor&apos;s code: {code}</source>
        <translation>Pas un code visiteur&#xa0;: {code}</translation>
    </message>
</context>
<context>
    <name>EmailTest</name>
    <message>
        <source>send a test to (your address)</source>
        <translation>envoyer un test à (votre adresse)</translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation>Envoyer un e-mail de &amp;test</translation>
    </message>
    <message>
        <source>Sending a test email to {to}...</source>
        <translation>Envoi d&apos;un e-mail de test à {to}…</translation>
    </message>
    <message>
        <source>Test email sent to {to} (Message-ID {id}).</source>
        <translation>E-mail de test envoyé à {to} (Message-ID {id}).</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Step 1 of 2: the database</source>
        <translation>Étape 1 sur 2&#xa0;: la base de données</translation>
    </message>
    <message>
        <source>Step 2 of 2: the first admin and the exhibition</source>
        <translation>Étape 2 sur 2&#xa0;: le premier administrateur et le salon</translation>
    </message>
    <message>
        <source>Booth POS: first start</source>
        <translation>Booth POS&#xa0;: premier démarrage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the choice of database (Alt+B)</source>
        <translation>Retour au choix de la base de données (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Preparing the database (creating or upgrading its tables)...</source>
        <translation>Préparation de la base de données (création ou mise à jour des tables)…</translation>
    </message>
    <message>
        <source>This database is already set up: log in. (Saved in {path}.)</source>
        <translation>Cette base de données est déjà configurée&#xa0;: se connecter. (Enregistré dans {path}.)</translation>
    </message>
    <message>
        <source>Database chosen and saved in {path}.</source>
        <translation>Base de données choisie et enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition and the demo data (this takes a moment)...</source>
        <translation>Création de l&apos;administrateur, du salon et des données de démonstration (cela prend un moment)…</translation>
    </message>
    <message>
        <source>Creating the admin, the exhibition...</source>
        <translation>Création de l&apos;administrateur, du salon…</translation>
    </message>
    <message>
        <source>Set up: admin {name}</source>
        <translation>Configuré&#xa0;: administrateur {name}</translation>
    </message>
    <message>
        <source>exhibition {name} ({code}, {currency})</source>
        <translation>salon {name} ({code}, {currency})</translation>
    </message>
    <message>
        <source>demo data: {count} customers</source>
        <translation>données de démonstration&#xa0;: {count} clients</translation>
    </message>
    <message>
        <source>Log in now.</source>
        <translation>Se connecter maintenant.</translation>
    </message>
    <message>
        <source>The demo data failed: {error}</source>
        <translation>Échec des données de démonstration&#xa0;: {error}</translation>
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
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Back to the checkout&apos;s scan field, from any screen</source>
        <translation>Retour au champ de scan de l&apos;encaissement, depuis n&apos;importe quel écran</translation>
    </message>
    <message>
        <source>Ctrl+1 ... Ctrl+9, Ctrl+0</source>
        <translation>Ctrl+1 … Ctrl+9, Ctrl+0</translation>
    </message>
    <message>
        <source>Open the screens listed on the left (Ctrl+0: the tenth)</source>
        <translation>Ouvrir les écrans listés à gauche (Ctrl+0&#xa0;: le dixième)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next / previous screen in the list</source>
        <translation>Écran suivant / précédent de la liste</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Find a customer by code or name from any screen (Enter sells, Ctrl+E edits)</source>
        <translation>Rechercher un client par code ou par nom depuis n&apos;importe quel écran (Enter vend, Ctrl+E modifie)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the till now (the same user unlocks; another logs in and takes over)</source>
        <translation>Verrouiller la caisse immédiatement (le même utilisateur la déverrouille&#xa0;; un autre se connecte et prend la main)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Open or close the customer display (its monitor: Settings &gt; Appearance)</source>
        <translation>Ouvrir ou fermer l&apos;affichage client (son écran&#xa0;: Paramètres &gt; Apparence)</translation>
    </message>
    <message>
        <source>Enter (scan field)</source>
        <translation>Enter (champ de scan)</translation>
    </message>
    <message>
        <source>Customer code: their card; barcode, SKU or product name: add it</source>
        <translation>Code client&#xa0;: sa carte&#xa0;; code-barres, référence ou nom de produit&#xa0;: l&apos;ajouter</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>New free-text line: description, Tab, amount, Tab, quantity, Tab, VAT %, Enter</source>
        <translation>Nouvelle ligne libre&#xa0;: description, Tab, montant, Tab, quantité, Tab, TVA&#xa0;%, Enter</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the cart&apos;s lines (arrows move, F2 edits a cell, Delete removes a line)</source>
        <translation>Aller aux lignes du panier (les flèches déplacent, F2 modifie une cellule, Delete supprime une ligne)</translation>
    </message>
    <message>
        <source>Alt+1 ... Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Sell the first nine quick keys of the tab on show (tap or click works too)</source>
        <translation>Vendre les neuf premières touches rapides de l&apos;onglet affiché (un toucher ou un clic fonctionne aussi)</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Go to the quick keys: arrows move, Enter or Space sells the tile</source>
        <translation>Aller aux touches rapides&#xa0;: les flèches déplacent, Enter ou Space vend la touche</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <source>Previous / next tab of quick keys (All, the categories, Workshops)</source>
        <translation>Onglet de touches rapides précédent / suivant (Tous, les catégories, Ateliers)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Discount on the whole sale: 10% or an amount, spread over the lines</source>
        <translation>Remise sur toute la vente&#xa0;: 10&#xa0;% ou un montant, réparti sur les lignes</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Walk-in sale: remove the customer from the cart</source>
        <translation>Vente au comptoir&#xa0;: retirer le client du panier</translation>
    </message>
    <message>
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <source>Park the sale (with an optional note) and start an empty one</source>
        <translation>Mettre la vente en attente (avec une note facultative) et en commencer une vide</translation>
    </message>
    <message>
        <source>Shift+F10</source>
        <translation>Shift+F10</translation>
    </message>
    <message>
        <source>Parked sales of this till: Enter brings one back with its customer</source>
        <translation>Ventes en attente de cette caisse&#xa0;: Enter en reprend une avec son client</translation>
    </message>
    <message>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <source>Pay: cash received (Enter), or F6 for card, both for a split payment</source>
        <translation>Payer&#xa0;: espèces reçues (Enter), ou F6 pour la carte, les deux pour un paiement mixte</translation>
    </message>
    <message>
        <source>Enter / Esc (confirmation)</source>
        <translation>Enter / Esc (confirmation)</translation>
    </message>
    <message>
        <source>Save the sale / go back and change it</source>
        <translation>Enregistrer la vente / revenir la modifier</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New sale (asks first when the cart has lines)</source>
        <translation>Nouvelle vente (demande d&apos;abord si le panier contient des lignes)</translation>
    </message>
    <message>
        <source>Esc (scan field)</source>
        <translation>Esc (champ de scan)</translation>
    </message>
    <message>
        <source>Clear what was typed</source>
        <translation>Effacer la saisie</translation>
    </message>
    <message>
        <source>Enter (invoice view)</source>
        <translation>Enter (vue facture)</translation>
    </message>
    <message>
        <source>Done: back to an empty checkout</source>
        <translation>Terminé&#xa0;: retour à un encaissement vide</translation>
    </message>
    <message>
        <source>Ctrl+E (invoice view)</source>
        <translation>Ctrl+E (vue facture)</translation>
    </message>
    <message>
        <source>Edit the invoice (managers): F2 edits a cell, Ctrl+S saves</source>
        <translation>Modifier la facture (responsables)&#xa0;: F2 modifie une cellule, Ctrl+S enregistre</translation>
    </message>
    <message>
        <source>Ctrl+P (invoice view)</source>
        <translation>Ctrl+P (vue facture)</translation>
    </message>
    <message>
        <source>Print the receipt again (marked COPY)</source>
        <translation>Réimprimer le ticket (marqué COPIE)</translation>
    </message>
    <message>
        <source>Ctrl+R (invoice view)</source>
        <translation>Ctrl+R (vue facture)</translation>
    </message>
    <message>
        <source>Refund the invoice, whole or per line (a credit note)</source>
        <translation>Rembourser la facture, en totalité ou par ligne (un avoir)</translation>
    </message>
    <message>
        <source>Ctrl+M (invoice view)</source>
        <translation>Ctrl+M (vue facture)</translation>
    </message>
    <message>
        <source>Email the customer again: the invoice, a voided one&apos;s void notice; a refunded one offers its refund notices (Enter sends the latest)</source>
        <translation>Renvoyer un e-mail au client&#xa0;: la facture, ou l&apos;avis d&apos;annulation d&apos;une facture annulée&#xa0;; pour une facture remboursée, ses avis de remboursement sont proposés (Enter envoie le plus récent)</translation>
    </message>
    <message>
        <source>Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (invoice view)</source>
        <translation>Alt+V, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (vue facture)</translation>
    </message>
    <message>
        <source>A refunded invoice&apos;s credit notes: pick one / open its PDF / save it / reprint its slip</source>
        <translation>Avoirs d&apos;une facture remboursée&#xa0;: en choisir un / ouvrir son PDF / l&apos;enregistrer / réimprimer son ticket</translation>
    </message>
    <message>
        <source>F5 (cash drawer)</source>
        <translation>F5 (tiroir-caisse)</translation>
    </message>
    <message>
        <source>Refresh the X report</source>
        <translation>Actualiser le rapport X</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+D / Ctrl+S (cash drawer)</source>
        <translation>Ctrl+P / Ctrl+D / Ctrl+S (tiroir-caisse)</translation>
    </message>
    <message>
        <source>Print the X or Z report on screen (a Z printed before: COPY) / open its PDF / save it</source>
        <translation>Imprimer le rapport X ou Z affiché (un Z déjà imprimé&#xa0;: COPIE) / ouvrir son PDF / l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer: Ctrl+R retry, Ctrl+T another printer; one that may not have printed: Ctrl+P reprint as COPY (drawer stays shut), Ctrl+M mark printed</source>
        <translation>Tickets en attente d&apos;impression&#xa0;: Ctrl+R réessayer, Ctrl+T autre imprimante&#xa0;; un ticket peut-être non imprimé&#xa0;: Ctrl+P réimprimer en COPIE (le tiroir reste fermé), Ctrl+M marquer comme imprimé</translation>
    </message>
    <message>
        <source>Alt+S / Alt+K, Ctrl+R, Del (outbox)</source>
        <translation>Alt+F / Alt+T, Ctrl+R, Del (boîte d&apos;envoi)</translation>
    </message>
    <message>
        <source>Filter the customer emails by state / kind; retry one; cancel one</source>
        <translation>Filtrer les e-mails aux clients par état / type&#xa0;; en relancer un&#xa0;; en annuler un</translation>
    </message>
    <message>
        <source>Ctrl+N / Ctrl+S (products)</source>
        <translation>Ctrl+N / Ctrl+S (produits)</translation>
    </message>
    <message>
        <source>New product / save the product</source>
        <translation>Nouveau produit / enregistrer le produit</translation>
    </message>
    <message>
        <source>Enter / Del (product barcodes)</source>
        <translation>Enter / Del (codes-barres d&apos;un produit)</translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode / remove the selected</source>
        <translation>Ajouter le code-barres scanné ou saisi / retirer celui sélectionné</translation>
    </message>
    <message>
        <source>Ctrl+I / Ctrl+E (products)</source>
        <translation>Ctrl+I / Ctrl+E (produits)</translation>
    </message>
    <message>
        <source>Import products from a CSV (checked first) / export as CSV</source>
        <translation>Importer des produits depuis un CSV (vérifié d&apos;abord) / exporter en CSV</translation>
    </message>
    <message>
        <source>F5 / Ctrl+E (reports)</source>
        <translation>F5 / Ctrl+E (rapports)</translation>
    </message>
    <message>
        <source>Show the period&apos;s report / export it as CSV</source>
        <translation>Afficher le rapport de la période / l&apos;exporter en CSV</translation>
    </message>
    <message>
        <source>Alt+S / Alt+M (reports)</source>
        <translation>Alt+V / Alt+M (rapports)</translation>
    </message>
    <message>
        <source>Sales / Commission tab (Alt+A there: one cashier or all)</source>
        <translation>Onglet Ventes / Commission (là, Alt+I&#xa0;: un caissier ou tous)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E (customers, invoices)</source>
        <translation>Ctrl+Shift+E (clients, factures)</translation>
    </message>
    <message>
        <source>Export the filtered list to CSV or XLSX (managers); again to stop</source>
        <translation>Exporter la liste filtrée en CSV ou XLSX (responsables)&#xa0;; à nouveau pour arrêter</translation>
    </message>
    <message>
        <source>Ctrl+S (settings)</source>
        <translation>Ctrl+S (paramètres)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
        <translation>ignorer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>n° de TVA</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>type de client</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>statut du prospect</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>identifiant externe</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>Champ client</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Champ pour {column}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>... and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns not imported&lt;/b&gt; (no customer field takes them): {names}</source>
        <translation>&lt;b&gt;Colonnes non importées&lt;/b&gt; (aucun champ client ne les reprend)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} lignes&#xa0;: {created} créées, {updated} mises à jour, {unchanged} inchangées, {rejected} rejetées</translation>
    </message>
    <message>
        <source>Dry run (nothing was saved): {counts}</source>
        <translation>Simulation (rien n&apos;a été enregistré)&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before is saved. {counts}. Importing the same file again completes it.</source>
        <translation>Import annulé&#xa0;; ce qui a été importé avant est enregistré. {counts}. Importer à nouveau le même fichier le complète.</translation>
    </message>
    <message>
        <source>Import finished: {counts}</source>
        <translation>Import terminé&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>, encoding {encoding}</source>
        <translation>, encodage {encoding}</translation>
    </message>
    <message>
        <source>, delimiter {delimiter}</source>
        <translation>, séparateur {delimiter}</translation>
    </message>
    <message>
        <source>File {file} ({found}); on duplicate: {duplicate}; invalid email: {email}</source>
        <translation>Fichier {file} ({found})&#xa0;; en cas de doublon&#xa0;: {duplicate}&#xa0;; e-mail invalide&#xa0;: {email}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Encodage&#xa0;:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Rejected, by reason</source>
        <translation>Rejetées, par motif</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>Premières lignes rejetées</translation>
    </message>
    <message>
        <source>Warnings (the customer is kept, the value as written)</source>
        <translation>Avertissements (le client est conservé, la valeur telle qu&apos;écrite)</translation>
    </message>
    <message>
        <source>First warnings</source>
        <translation>Premiers avertissements</translation>
    </message>
    <message>
        <source>Duplicates matched by</source>
        <translation>Doublons reconnus par</translation>
    </message>
    <message>
        <source>Created or updated, per country</source>
        <translation>Créés ou mis à jour, par pays</translation>
    </message>
    <message>
        <source>Created or updated, per type</source>
        <translation>Créés ou mis à jour, par type</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Paid so far: {amount} {currency}. Payments stay; the difference shows as due or owed back. F2 edits a cell, Delete removes a line, F3 adds one, Ctrl+S saves.</source>
        <translation>Déjà payé&#xa0;: {amount} {currency}. Les paiements restent&#xa0;; la différence apparaît comme due ou à rendre. F2 modifie une cellule, Delete supprime une ligne, F3 en ajoute une, Ctrl+S enregistre.</translation>
    </message>
    <message>
        <source>Edit invoice {number}</source>
        <translation>Modifier la facture {number}</translation>
    </message>
    <message>
        <source>empty: walk-in</source>
        <translation>vide&#xa0;: client de passage</translation>
    </message>
    <message>
        <source>required, e.g. wrong quantity</source>
        <translation>obligatoire, p. ex. mauvaise quantité</translation>
    </message>
    <message>
        <source>&amp;Customer code</source>
        <translation>&amp;Code client</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation>ligne {number}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>une facture doit avoir au moins une ligne</translation>
    </message>
    <message>
        <source>Say why the invoice is edited (Reason)</source>
        <translation>Indiquer pourquoi la facture est modifiée (Motif)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Checking whether the edit was saved - the database stopped answering ({doubt})</source>
        <translation>Vérification de l&apos;enregistrement de la modification – la base de données ne répond plus ({doubt})</translation>
    </message>
    <message>
        <source>The edit is being saved: wait for the answer</source>
        <translation>Enregistrement de la modification en cours&#xa0;: attendre la réponse</translation>
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
        <source>Done (Enter)</source>
        <translation>Terminé (Enter)</translation>
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
        <source>{number} edited. {balance}</source>
        <translation>{number} modifiée. {balance}</translation>
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
        <source>{number} voided</source>
        <translation>{number} annulée</translation>
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
    <name>Invoices</name>
    <message>
        <source>Offline: the sales made on this till since the line dropped; the server&apos;s invoices are listed again when the line is back</source>
        <translation>Hors ligne : les ventes faites sur cette caisse depuis la coupure ; les factures du serveur reviennent avec la ligne</translation>
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
        <source>All but drafts</source>
        <translation>Toutes sauf brouillons</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émises</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Invoice number or customer code</source>
        <translation>N° de facture ou code client</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Esc)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Tri</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
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
        <translation>Le serveur ne répond pas&#xa0;: cette caisse vend sur son propre journal et envoie chaque vente au retour de la connexion (l&apos;écran Journal hors ligne les liste)</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 entry waiting</source>
        <translation>Hors ligne depuis {since} – 1 opération en attente</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} entries waiting</source>
        <translation>Hors ligne depuis {since} – {count} opérations en attente</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and 1 other entry waiting</source>
        <translation>Hors ligne depuis {since} – 1 vente et 1 autre opération en attente</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale and {others} other entries waiting</source>
        <translation>Hors ligne depuis {since} – 1 vente et {others} autres opérations en attente</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and 1 other entry waiting</source>
        <translation>Hors ligne depuis {since} – {sales} ventes et 1 autre opération en attente</translation>
    </message>
    <message>
        <source>Offline since {since} - {sales} sales and {others} other entries waiting</source>
        <translation>Hors ligne depuis {since} – {sales} ventes et {others} autres opérations en attente</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale...</source>
        <translation>De nouveau en ligne – envoi d&apos;une vente…</translation>
    </message>
    <message>
        <source>Back online - sending {count} sales...</source>
        <translation>De nouveau en ligne – envoi de {count} ventes…</translation>
    </message>
    <message>
        <source>Back online - sending 1 entry...</source>
        <translation>De nouveau en ligne – envoi d&apos;une opération…</translation>
    </message>
    <message>
        <source>Back online - sending {count} entries...</source>
        <translation>De nouveau en ligne – envoi de {count} opérations…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and 1 other entry...</source>
        <translation>De nouveau en ligne – envoi d&apos;une vente et d&apos;une autre opération…</translation>
    </message>
    <message>
        <source>Back online - sending 1 sale and {others} other entries...</source>
        <translation>De nouveau en ligne – envoi d&apos;une vente et de {others} autres opérations…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and 1 other entry...</source>
        <translation>De nouveau en ligne – envoi de {sales} ventes et d&apos;une autre opération…</translation>
    </message>
    <message>
        <source>Back online - sending {sales} sales and {others} other entries...</source>
        <translation>De nouveau en ligne – envoi de {sales} ventes et de {others} autres opérations…</translation>
    </message>
    <message>
        <source>Offline since {since} - 1 sale waiting</source>
        <translation>Hors ligne depuis {since} – 1 vente en attente</translation>
    </message>
    <message>
        <source>Offline since {since} - {count} sales waiting</source>
        <translation>Hors ligne depuis {since} – {count} ventes en attente</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <source>Exporting {noun} needs a manager (permission data.export)</source>
        <translation>L&apos;export des {noun} est réservé aux responsables (permission data.export)</translation>
    </message>
    <message>
        <source>E&amp;xport {noun}... ({shortcut})</source>
        <translation>E&amp;xporter les {noun}… ({shortcut})</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Cancel export ({shortcut})</source>
        <translation>Annuler l&apos;export ({shortcut})</translation>
    </message>
    <message>
        <source>Exporting {noun} to {path}...</source>
        <translation>Export des {noun} vers {path}…</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path} (stopped: the rest was not written)</source>
        <translation>Export arrêté&#xa0;: {count} {noun} dans {path} (le reste n&apos;a pas été écrit)</translation>
    </message>
    <message>
        <source>{count} {noun} exported to {path}</source>
        <translation>Export terminé&#xa0;: {count} {noun} dans {path}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Booth POS: locked</source>
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
        <translation>Booth POS</translation>
    </message>
    <message>
        <source>Database: {backend}</source>
        <translation>Base de données&#xa0;: {backend}</translation>
    </message>
    <message>
        <source>Scanner: keyboard</source>
        <translation>Scanner&#xa0;: clavier</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>The cart has {count} lines. Park the sale before closing?</source>
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
        <translation>Vérification de la validation de {name}…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Unexpected error ({error}); nothing was lost, try again</source>
        <translation>Erreur inattendue ({error})&#xa0;; rien n&apos;a été perdu, réessayer</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>The customer hands over {amount} {currency}</source>
        <translation>Le client remet {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>This invoice is on the server; refunds, voids and edits wait until the line is back</source>
        <translation>Cette facture est sur le serveur&#xa0;; remboursements, annulations et modifications attendent le retour de la connexion</translation>
    </message>
    <message>
        <source>This till is still sending its offline sales; open the invoice again in a moment</source>
        <translation>Cette caisse envoie encore ses ventes hors ligne&#xa0;; rouvrir la facture dans un instant</translation>
    </message>
    <message>
        <source>Saved on this till (offline) as {number}; it goes to the server when the line is back</source>
        <translation>Vente enregistrée sur cette caisse (hors ligne) sous {number}&#xa0;; elle partira vers le serveur au retour de la connexion</translation>
    </message>
    <message>
        <source>Logged in on this till (offline)</source>
        <translation>Connecté sur cette caisse (hors ligne)</translation>
    </message>
    <message>
        <source>Registered {name} on this till (offline) as {code}; the welcome email goes out when the line is back</source>
        <translation>{name} inscrit sur cette caisse (hors ligne) sous le code {code}&#xa0;; l&apos;e-mail de bienvenue partira au retour de la connexion</translation>
    </message>
    <message>
        <source>This sale is parked on the server; it can be brought back when the line is back</source>
        <translation>Cette vente est en attente sur le serveur ; elle pourra être reprise au retour de la connexion</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>This till keeps no offline journal: its database is embedded (SQLite, on this computer), so there is no line to the server to lose.</source>
        <translation>Cette caisse ne tient pas de journal hors ligne&#xa0;: sa base de données est intégrée (SQLite, sur cet ordinateur), il n&apos;y a donc pas de connexion au serveur à perdre.</translation>
    </message>
    <message>
        <source>The offline journal is not made yet (the app makes it in the background at start).</source>
        <translation>Le journal hors ligne n&apos;est pas encore créé (l&apos;application le crée en arrière-plan au démarrage).</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Cash session opened</source>
        <translation>Session de caisse ouverte</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Entrée/sortie d&apos;espèces</translation>
    </message>
    <message>
        <source>Cash session closed</source>
        <translation>Session de caisse clôturée</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Contrôle d&apos;entrée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Invoice edited</source>
        <translation>Facture modifiée</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · 1 conflict · last sync {when}</source>
        <translation>{pending} en attente d&apos;envoi · 1 conflit · dernière synchro {when}</translation>
    </message>
    <message>
        <source>{pending} waiting to be sent · {count} conflicts · last sync {when}</source>
        <translation>{pending} en attente d&apos;envoi · {count} conflits · dernière synchro {when}</translation>
    </message>
    <message>
        <source>Send now (Ctrl+Enter)</source>
        <translation>Envoyer maintenant (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>Journal hors ligne</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent (oldest first)</source>
        <translation>&amp;En attente d&apos;envoi (les plus anciens d&apos;abord)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (kept with the sale; for a manager to settle)</source>
        <translation>&amp;Conflits (conservés avec la vente&#xa0;; à régler par un responsable)</translation>
    </message>
    <message>
        <source>Online: the server answers.</source>
        <translation>En ligne&#xa0;: le serveur répond.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} still waiting: {error}</source>
        <translation>{sent} envoyé(s)&#xa0;; {pending} encore en attente&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Sent {sent}, {count} new conflict(s); {pending} waiting</source>
        <translation>{sent} envoyé(s), {count} nouveau(x) conflit(s)&#xa0;; {pending} en attente</translation>
    </message>
    <message>
        <source>Sent {sent}; {pending} waiting</source>
        <translation>{sent} envoyé(s)&#xa0;; {pending} en attente</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Void notice</source>
        <translation>Avis d&apos;annulation</translation>
    </message>
    <message>
        <source>Refund notice</source>
        <translation>Avis de remboursement</translation>
    </message>
    <message>
        <source>customer {code}</source>
        <translation>client {code}</translation>
    </message>
    <message>
        <source>invoice {number}</source>
        <translation>facture {number}</translation>
    </message>
    <message>
        <source>next try {time} UTC</source>
        <translation>prochain essai {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt; to {recipient}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt; à {recipient}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Statut&#xa0;: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Retry now (Ctrl+R)</source>
        <translation>Réessayer maintenant (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel (Del)</source>
        <translation>Annuler (Del)</translation>
    </message>
    <message>
        <source>Resend welcome</source>
        <translation>Renvoyer l&apos;e-mail de bienvenue</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Email to {recipient}: will be sent at the next round</source>
        <translation>E-mail à {recipient}&#xa0;: sera envoyé au prochain passage</translation>
    </message>
    <message>
        <source>Email to {recipient}: cancelled</source>
        <translation>E-mail à {recipient}&#xa0;: annulé</translation>
    </message>
    <message>
        <source>Email to {recipient}: queued again</source>
        <translation>E-mail à {recipient}&#xa0;: remis en file d&apos;attente</translation>
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
        <source>Offline: the sales parked on this till while the line is down; those parked on the server show again when the line is back</source>
        <translation>Hors ligne : les ventes mises en attente sur cette caisse pendant la coupure ; celles en attente sur le serveur reviennent avec la connexion</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>client de passage</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>par {user}</translation>
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
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Ouvrir le P&amp;DF</translation>
    </message>
    <message>
        <source>Save PDF &amp;as...</source>
        <translation>Enregistrer le PDF &amp;sous…</translation>
    </message>
    <message>
        <source>A draft has no invoice PDF; issue it first</source>
        <translation>Un brouillon n&apos;a pas de PDF de facture&#xa0;; l&apos;émettre d&apos;abord</translation>
    </message>
    <message>
        <source>Making {file}...</source>
        <translation>Création de {file}…</translation>
    </message>
    <message>
        <source>Opened {file} in the PDF viewer</source>
        <translation>{file} ouvert dans la visionneuse PDF</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the file is {path} (or use Save PDF as)</source>
        <translation>Aucune visionneuse PDF ne l&apos;a ouvert&#xa0;; le fichier est {path} (ou utiliser «&#xa0;Enregistrer le PDF sous&#xa0;»)</translation>
    </message>
    <message>
        <source>Saving {file}...</source>
        <translation>Enregistrement de {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>The PDF could not be written {path}: {reason}</source>
        <translation>Impossible d&apos;écrire le PDF {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Impossible d&apos;écrire le PDF&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Aucune imprimante configurée (Paramètres &gt; Imprimante)</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Offline: the receipts of the sales made on this till; the server&apos;s queue shows again when the line is back</source>
        <translation>Hors ligne : les tickets des ventes faites sur cette caisse ; la file du serveur revient avec la ligne</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED ({problem})</source>
        <translation>PEUT-ÊTRE IMPRIMÉ ({problem})</translation>
    </message>
    <message>
        <source>MAY HAVE PRINTED</source>
        <translation>PEUT-ÊTRE IMPRIMÉ</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>{document} (copy)</source>
        <translation>{document} (copie)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>pas encore essayé</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt; on {printer}: {why}</source>
        <translation>&lt;b&gt;{document} n&apos;a peut-être pas été imprimé&lt;/b&gt; sur {printer}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document} may not have printed&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;{document} n&apos;a peut-être pas été imprimé&lt;/b&gt;&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Look at the printer. It came out: &lt;b&gt;Mark printed&lt;/b&gt; (Ctrl+M). It did not, or you cannot tell: &lt;b&gt;Reprint as COPY&lt;/b&gt; (Ctrl+P), marked COPY, the drawer stays shut.</source>
        <translation>Regarder l&apos;imprimante. Le ticket est sorti&#xa0;: &lt;b&gt;Marquer comme imprimé&lt;/b&gt; (Ctrl+M). Il n&apos;est pas sorti, ou impossible à dire&#xa0;: &lt;b&gt;Réimprimer en COPIE&lt;/b&gt; (Ctrl+P), marqué COPIE, le tiroir reste fermé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries on {printer}</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;&#xa0;: {count} essais sur {printer}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{document}&lt;/b&gt;: {count} tries</source>
        <translation>&lt;b&gt;{document}&lt;/b&gt;&#xa0;: {count} essais</translation>
    </message>
    <message>
        <source>Printer now: busy printing</source>
        <translation>Imprimante actuellement&#xa0;: impression en cours</translation>
    </message>
    <message>
        <source>Printer now: {status}</source>
        <translation>Imprimante actuellement&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Printed {numbers}.</source>
        <translation>Imprimé&#xa0;: {numbers}.</translation>
    </message>
    <message>
        <source>{number} may not have printed: {why}. Check the printer.</source>
        <translation>{number} n&apos;a peut-être pas été imprimé&#xa0;: {why}. Vérifier l&apos;imprimante.</translation>
    </message>
    <message>
        <source>{number} still waits: {why}</source>
        <translation>{number} toujours en attente&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Printed {numbers}</source>
        <translation>Imprimé&#xa0;: {numbers}</translation>
    </message>
    <message>
        <source>Nothing was sent (no printer set up, or another round has it)</source>
        <translation>Rien n&apos;a été envoyé (aucune imprimante configurée, ou un autre passage s&apos;en occupe)</translation>
    </message>
    <message>
        <source>Receipts waiting for the printer</source>
        <translation>Tickets en attente d&apos;impression</translation>
    </message>
    <message>
        <source>Printer: -</source>
        <translation>Imprimante&#xa0;: -</translation>
    </message>
    <message>
        <source>&amp;Retry (Ctrl+R)</source>
        <translation>&amp;Réessayer (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send &amp;to another printer... (Ctrl+T)</source>
        <translation>Envoyer à une au&amp;tre imprimante… (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Cancel job (Del)</source>
        <translation>A&amp;nnuler l&apos;impression (Del)</translation>
    </message>
    <message>
        <source>Reprint as COPY (Ctrl+P)</source>
        <translation>Réimprimer en COPIE (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Mark printed (Ctrl+M)</source>
        <translation>&amp;Marquer comme imprimé (Ctrl+M)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Imprimante&#xa0;: non configurée</translation>
    </message>
    <message>
        <source>Printer: {error}</source>
        <translation>Imprimante&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No receipt is waiting.</source>
        <translation>Aucun ticket en attente.</translation>
    </message>
    <message>
        <source>Sending {document} to {url}...</source>
        <translation>Envoi de {document} à {url}…</translation>
    </message>
    <message>
        <source>Sending {document} to the printer...</source>
        <translation>Envoi de {document} à l&apos;imprimante…</translation>
    </message>
    <message>
        <source>Copy of {document}</source>
        <translation>Copie de {document}</translation>
    </message>
    <message>
        <source>Printing a copy of {document}...</source>
        <translation>Impression d&apos;une copie de {document}…</translation>
    </message>
    <message>
        <source>Marking {document} printed...</source>
        <translation>Marquage de {document} comme imprimé…</translation>
    </message>
    <message>
        <source>{document} marked printed</source>
        <translation>{document} marqué comme imprimé</translation>
    </message>
    <message>
        <source>Cancelling {document}...</source>
        <translation>Annulation de {document}…</translation>
    </message>
    <message>
        <source>{document} will not print; it can be printed again any time</source>
        <translation>{document} ne sera pas imprimé&#xa0;; il peut être réimprimé à tout moment</translation>
    </message>
    <message>
        <source>Send to another printer</source>
        <translation>Envoyer à une autre imprimante</translation>
    </message>
    <message>
        <source>Printer URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, ...):</source>
        <translation>URL de l&apos;imprimante (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, …)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>{count} receipts</source>
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
        <translation>Imprimante de tickets&#xa0;; cliquer ou Ctrl+Shift+P pour les tickets en attente</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>fin de papier proche</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>plus de papier</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>capot ouvert</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>Sent to the printer, but the printer never confirmed it. Look at the printer, then in the print queue (click, or Ctrl+Shift+P) reprint it as a COPY (the drawer stays shut) or mark it printed. Nothing prints it again by itself.</source>
        <translation>Envoyé à l&apos;imprimante, mais l&apos;imprimante ne l&apos;a jamais confirmé. Regarder l&apos;imprimante, puis dans la file d&apos;impression (clic ou Ctrl+Shift+P) le réimprimer en COPIE (le tiroir reste fermé) ou le marquer comme imprimé. Rien ne le réimprime de lui-même.</translation>
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
        <translation>Imprimante de tickets&#xa0;: {status}</translation>
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
        <translation>État de {url}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Status: -</source>
        <translation>État&#xa0;: -</translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation>Imprimer une pa&amp;ge de test</translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation>Vérifier l&apos;é&amp;tat</translation>
    </message>
    <message>
        <source>Status: no printer set up (type its URL above)</source>
        <translation>État&#xa0;: aucune imprimante configurée (saisir son URL ci-dessus)</translation>
    </message>
    <message>
        <source>Status: {error}</source>
        <translation>État&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Type the printer&apos;s URL first (e.g. tcp://192.168.1.50:9100)</source>
        <translation>Saisir d&apos;abord l&apos;URL de l&apos;imprimante (p. ex. tcp://192.168.1.50:9100)</translation>
    </message>
    <message>
        <source>Printing a test page on {url}...</source>
        <translation>Impression d&apos;une page de test sur {url}…</translation>
    </message>
    <message>
        <source>Test page sent to {url}; the printer took it ({status}).</source>
        <translation>Page de test envoyée à {url}&#xa0;; l&apos;imprimante l&apos;a acceptée ({status}).</translation>
    </message>
</context>
<context>
    <name>ProductFileActions</name>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exporter les produits</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV... (Ctrl+I)</source>
        <translation>Importer un CSV… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>Exporter en CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {outcome}</source>
        <translation>{file} importé&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>{count} products written to {path}</source>
        <translation>{count} produits écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Encodage&#xa0;:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt; (fix them in the file and import it again)</source>
        <translation>&lt;b&gt;Lignes rejetées&lt;/b&gt; (les corriger dans le fichier et l&apos;importer à nouveau)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import it?</source>
        <translation>L&apos;importer&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing in it would change the catalogue.</source>
        <translation>Rien dans ce fichier ne modifierait le catalogue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {file}&lt;/b&gt;: {outcome}</source>
        <translation>&lt;b&gt;{file} importé&lt;/b&gt;&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Produits correspondant à {typed} (Enter ajoute, Esc annule)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Search name, SKU or barcode</source>
        <translation>Rechercher par nom, référence ou code-barres</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>On sale (can be scanned)</source>
        <translation>En vente (peut être scanné)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Nouveau produit (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>Codes-&amp;barres</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>&amp;TVA&#xa0;%</translation>
    </message>
    <message>
        <source>Quick-key &amp;presets (named amounts)...</source>
        <translation>&amp;Modèles de touches rapides (montants nommés)…</translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation>Produit {sku}</translation>
    </message>
    <message>
        <source>{sku} {name} added</source>
        <translation>{sku} {name} ajouté</translation>
    </message>
    <message>
        <source>{sku} {name} saved</source>
        <translation>{sku} {name} enregistré</translation>
    </message>
    <message>
        <source>{sku} {name} saved (not on sale)</source>
        <translation>{sku} {name} enregistré (pas en vente)</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <source>Drawing the QR code...</source>
        <translation>Création du code QR…</translation>
    </message>
    <message>
        <source>Let the visitor photograph the QR code; scanning it at the checkout finds them.</source>
        <translation>Laisser le visiteur photographier le code QR&#xa0;; le scanner à la caisse le retrouve aussitôt.</translation>
    </message>
</context>
<context>
    <name>QuickKeyPresets</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Quick-key presets</source>
        <translation>Modèles de touches rapides</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Favori&#xa0;: en tête de ses onglets</translation>
    </message>
    <message>
        <source>&amp;Add preset (Enter)</source>
        <translation>&amp;Ajouter le modèle (Enter)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>&amp;TVA&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Tab (optional)</source>
        <translation>&amp;Onglet (facultatif)</translation>
    </message>
    <message>
        <source>{name} added to the quick keys</source>
        <translation>{name} ajouté aux touches rapides</translation>
    </message>
    <message>
        <source>{name} removed from the quick keys</source>
        <translation>{name} retiré des touches rapides</translation>
    </message>
</context>
<context>
    <name>QuickKeySetting</name>
    <message>
        <source>Quick key at the checkout</source>
        <translation>Touche rapide à l&apos;encaissement</translation>
    </message>
    <message>
        <source>Show as a &amp;tile</source>
        <translation>Afficher en &amp;vignette</translation>
    </message>
    <message>
        <source>&amp;Favourite: first in its tabs</source>
        <translation>&amp;Favori&#xa0;: en tête de ses onglets</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>par nom</translation>
    </message>
    <message>
        <source>Lower places come first; favourites before all others</source>
        <translation>Les plus petits rangs passent en premier&#xa0;; les favoris avant tous les autres</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>Ran&amp;g</translation>
    </message>
</context>
<context>
    <name>QuickKeyTiles</name>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
</context>
<context>
    <name>QuickKeys</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Quick keys not loaded: {error}</source>
        <translation>Touches rapides non chargées&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Copy of {number}&apos;s receipt</source>
        <translation>Copie du ticket de {number}</translation>
    </message>
    <message>
        <source>{what} printed on {printer}</source>
        <translation>{what} imprimé sur {printer}</translation>
    </message>
    <message>
        <source>{what} may not have printed: {why}. Check the printer; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>{what} n&apos;a peut-être pas été imprimé&#xa0;: {why}. Vérifier l&apos;imprimante&#xa0;; la file d&apos;impression (Ctrl+Shift+P) le réimprime en COPIE ou le marque comme imprimé</translation>
    </message>
    <message>
        <source>{what} waits in the print queue: {why} (Ctrl+Shift+P to retry or send it elsewhere)</source>
        <translation>{what} attend dans la file d&apos;impression&#xa0;: {why} (Ctrl+Shift+P pour réessayer ou l&apos;envoyer ailleurs)</translation>
    </message>
    <message>
        <source>{what} queued; it prints in a moment</source>
        <translation>{what} en file d&apos;attente&#xa0;; impression dans un instant</translation>
    </message>
    <message>
        <source>A draft has no receipt</source>
        <translation>Un brouillon n&apos;a pas de ticket</translation>
    </message>
    <message>
        <source>Drawing the receipt...</source>
        <translation>Création du ticket…</translation>
    </message>
    <message>
        <source>No printer set up (Settings &gt; Printer)</source>
        <translation>Aucune imprimante configurée (Paramètres &gt; Imprimante)</translation>
    </message>
    <message>
        <source>Print the receipt again, marked COPY (Ctrl+P)</source>
        <translation>Réimprimer le ticket, marqué COPIE (Ctrl+P)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <source>Printing a copy of {number}&apos;s receipt...</source>
        <translation>Impression d&apos;une copie du ticket de {number}…</translation>
    </message>
</context>
<context>
    <name>ReceiptWatch</name>
    <message>
        <source>Receipt {number} printed now, after the printer came back</source>
        <translation>Ticket {number} imprimé maintenant, au retour de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Receipt {number} printed</source>
        <translation>Ticket {number} imprimé</translation>
    </message>
    <message>
        <source>The receipt of {number} may not have printed ({why}). Check the paper; the print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed</source>
        <translation>Le ticket de {number} n&apos;a peut-être pas été imprimé ({why}). Vérifier le papier&#xa0;; la file d&apos;impression (Ctrl+Shift+P) le réimprime en COPIE ou le marque comme imprimé</translation>
    </message>
    <message>
        <source>The receipt of {number} did not print: {why}. It prints by itself when the printer is back (marked PRINTED LATE if that is minutes from now); Ctrl+P tries again</source>
        <translation>Le ticket de {number} n&apos;a pas été imprimé&#xa0;: {why}. Il s&apos;imprimera de lui-même au retour de l&apos;imprimante (marqué IMPRIMÉ EN DIFFÉRÉ si c&apos;est dans plusieurs minutes)&#xa0;; Ctrl+P réessaie</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund {number}</source>
        <translation>Rembourser {number}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>Qté remb.</translation>
    </message>
    <message>
        <source>Back to stock (untick for damaged goods)</source>
        <translation>Remettre en stock (décocher pour la marchandise abîmée)</translation>
    </message>
    <message>
        <source>required, e.g. mug chipped</source>
        <translation>obligatoire, p. ex. tasse ébréchée</translation>
    </message>
    <message>
        <source>Pay &amp;back by</source>
        <translation>Mode de &amp;remboursement</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Nothing to refund: every quantity is 0</source>
        <translation>Rien à rembourser&#xa0;: toutes les quantités sont à 0</translation>
    </message>
    <message>
        <source>Checking whether the refund was saved - the database stopped answering ({doubt})</source>
        <translation>Vérification de l&apos;enregistrement du remboursement – la base de données ne répond plus ({doubt})</translation>
    </message>
    <message>
        <source>The refund is being saved: wait for the answer</source>
        <translation>Enregistrement du remboursement en cours&#xa0;: attendre la réponse</translation>
    </message>
</context>
<context>
    <name>RegisterCustomer</name>
    <message>
        <source>Register customer</source>
        <translation>Inscrire un client</translation>
    </message>
    <message>
        <source>Register &amp;anyway (Alt+A)</source>
        <translation>Inscrire &amp;quand même (Alt+Q)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Register another (Ctrl+N / Enter)</source>
        <translation>Inscrire le suivant (Ctrl+N / Enter)</translation>
    </message>
    <message>
        <source>Sell to this customer (Ctrl+B)</source>
        <translation>Vendre à ce client (Ctrl+B)</translation>
    </message>
    <message>
        <source>Badge P&amp;DF</source>
        <translation>P&amp;DF du badge</translation>
    </message>
    <message>
        <source>Save bad&amp;ge as...</source>
        <translation>Enregistrer le &amp;badge sous…</translation>
    </message>
    <message>
        <source>To save, complete or correct: {fields}</source>
        <translation>Pour enregistrer, compléter ou corriger&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Please correct the marked fields</source>
        <translation>Veuillez corriger les champs signalés</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Checking whether the registration was saved - the database stopped answering ({doubt})</source>
        <translation>Vérification de l&apos;enregistrement de l&apos;inscription – la base de données ne répond plus ({doubt})</translation>
    </message>
    <message>
        <source>Registered {name}</source>
        <translation>{name} inscrit</translation>
    </message>
    <message>
        <source>No QR image</source>
        <translation>Pas d&apos;image QR</translation>
    </message>
    <message>
        <source>The customer is saved, but drawing the QR failed: {error}</source>
        <translation>Le client est enregistré, mais la création du QR a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{email}&lt;/b&gt; is already registered to &lt;b&gt;{name}&lt;/b&gt; ({code}). Change the email, or register anyway only if this really is another person.</source>
        <translation>&lt;b&gt;{email}&lt;/b&gt; est déjà inscrit au nom de &lt;b&gt;{name}&lt;/b&gt; ({code}). Modifier l&apos;e-mail, ou inscrire quand même uniquement s&apos;il s&apos;agit vraiment d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>{error} - the form is kept: press Ctrl+S to try again</source>
        <translation>{error} – le formulaire est conservé&#xa0;: appuyer sur Ctrl+S pour réessayer</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sales {first} - {last} · {exhibition} ({currency})</source>
        <translation>Ventes {first} – {last} · {exhibition} ({currency})</translation>
    </message>
    <message>
        <source>Net sales &lt;b&gt;{gross} {currency}&lt;/b&gt; from {count} invoices · VAT {vat} · discounts given {discounts}</source>
        <translation>Ventes nettes &lt;b&gt;{gross} {currency}&lt;/b&gt; sur {count} factures · TVA {vat} · remises accordées {discounts}</translation>
    </message>
    <message>
        <source>not paid {amount}</source>
        <translation>non payé {amount}</translation>
    </message>
    <message>
        <source>Issued {issued} ({issued_amount}) − voided {voided} ({voided_amount}) − refunded {refunded} ({refunded_amount}) = {gross}</source>
        <translation>Émises {issued} ({issued_amount}) − annulées {voided} ({voided_amount}) − remboursées {refunded} ({refunded_amount}) = {gross}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>Par taux de TVA</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Par mode de paiement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Par caissier</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Show (F5)</source>
        <translation>Afficher (F5)</translation>
    </message>
    <message>
        <source>Export CSV... (Ctrl+E)</source>
        <translation>Exporter en CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Aujourd&apos;&amp;hui</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>&amp;7 derniers jours</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>Ouvrir le PD&amp;F</translation>
    </message>
    <message>
        <source>Save PDF as...</source>
        <translation>Enregistrer le PDF sous…</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Ventes</translation>
    </message>
    <message>
        <source>Co&amp;mmission</source>
        <translation>Co&amp;mmission</translation>
    </message>
    <message>
        <source>Adding up...</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Export sales report</source>
        <translation>Exporter le rapport des ventes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>cashier</source>
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
        <source>ref {reference}</source>
        <translation>réf. {reference}</translation>
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
        <translation>Code de vente scanné, mais ce rôle n&apos;a pas accès à l&apos;encaissement</translation>
    </message>
    <message>
        <source>Scanned invoice {number}, but this role cannot open invoices</source>
        <translation>Facture {number} scannée, mais ce rôle ne peut pas ouvrir les factures</translation>
    </message>
</context>
<context>
    <name>ScanReaders</name>
    <message>
        <source>{error}; using zxing</source>
        <translation>{error}&#xa0;; utilisation de zxing</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>keyboard</source>
        <translation>clavier</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>série</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
    <message>
        <source>Scan ({source}) not used: {reason}</source>
        <translation>Scan ({source}) non utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>a dialog</source>
        <translation>la boîte de dialogue</translation>
    </message>
    <message>
        <source>Scan of {what} refused: close {title} first, then scan again</source>
        <translation>Scan de {what} refusé&#xa0;: fermer d&apos;abord {title}, puis scanner à nouveau</translation>
    </message>
    <message>
        <source>Too many scans waiting: {what} dropped</source>
        <translation>Trop de scans en attente&#xa0;: {what} abandonné</translation>
    </message>
    <message>
        <source>Scan of {what} waits until {title} is closed</source>
        <translation>Scan de {what} en attente jusqu&apos;à la fermeture de {title}</translation>
    </message>
</context>
<context>
    <name>ScannerSettings</name>
    <message>
        <source>&lt;b&gt;Try it:&lt;/b&gt; scan something now; it is shown here, not used.</source>
        <translation>&lt;b&gt;Essayer&#xa0;:&lt;/b&gt; scanner quelque chose maintenant&#xa0;; cela s&apos;affiche ici, sans être utilisé.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Rien de scanné pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Scanners</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>serial {port}</source>
        <translation>série {port}</translation>
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
        <translation>Imprimer le rapport (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print this report on the till&apos;s printer (Ctrl+P)</source>
        <translation>Imprimer ce rapport sur l&apos;imprimante de la caisse (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open PDF (Ctrl+D)</source>
        <translation>Ouvrir le PDF (Ctrl+D)</translation>
    </message>
    <message>
        <source>Save PDF... (Ctrl+S)</source>
        <translation>Enregistrer le PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>No report on screen</source>
        <translation>Aucun rapport affiché</translation>
    </message>
    <message>
        <source>{kind} report {number}</source>
        <translation>Rapport {kind} {number}</translation>
    </message>
    <message>
        <source>Printing {what}...</source>
        <translation>Impression de {what}…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>opened at the next login</source>
        <translation>ouvert à la prochaine connexion</translation>
    </message>
    <message>
        <source>Keyboard scanners</source>
        <translation>Scanners clavier</translation>
    </message>
    <message>
        <source>tell scanner bursts from typing</source>
        <translation>distinguer les rafales du scanner de la frappe</translation>
    </message>
    <message>
        <source>Scanner ends a code with</source>
        <translation>Le scanner termine un code par</translation>
    </message>
    <message>
        <source>nothing (a pause ends it)</source>
        <translation>rien (une pause le termine)</translation>
    </message>
    <message>
        <source>Max ms between a scan&apos;s keys</source>
        <translation>Max. de ms entre les touches d&apos;un scan</translation>
    </message>
    <message>
        <source>people type 80+ ms apart</source>
        <translation>une personne tape à plus de 80 ms d&apos;intervalle</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>Code le plus court</translation>
    </message>
    <message>
        <source>shorter bursts count as typing</source>
        <translation>les rafales plus courtes comptent comme de la frappe</translation>
    </message>
    <message>
        <source>Pause that ends a code (ms)</source>
        <translation>Pause qui termine un code (ms)</translation>
    </message>
    <message>
        <source>for scanners without Enter</source>
        <translation>pour les scanners sans Enter</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>characters the scanner sends first (removed)</source>
        <translation>caractères envoyés en premier par le scanner (retirés)</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>characters the scanner sends last (removed)</source>
        <translation>caractères envoyés en dernier par le scanner (retirés)</translation>
    </message>
    <message>
        <source>Same code again counts after (ms)</source>
        <translation>Le même code compte à nouveau après (ms)</translation>
    </message>
    <message>
        <source>0: every scan</source>
        <translation>0&#xa0;: chaque scan</translation>
    </message>
    <message>
        <source>Scan while a dialog is open</source>
        <translation>Scan pendant qu&apos;une boîte de dialogue est ouverte</translation>
    </message>
    <message>
        <source>wait until it is closed</source>
        <translation>attendre sa fermeture</translation>
    </message>
    <message>
        <source>refuse with a message</source>
        <translation>refuser avec un message</translation>
    </message>
    <message>
        <source>Beep on a rejected scan</source>
        <translation>Bip sur un scan refusé</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <source>/dev/ttyACM0, COM3; opened at the next login</source>
        <translation>/dev/ttyACM0, COM3&#xa0;; ouvert à la prochaine connexion</translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation>Débit du port série (bauds)</translation>
    </message>
    <message>
        <source>as set in the scanner</source>
        <translation>tel que réglé dans le scanner</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>0 = first camera, or a device/video path; opened at the next login</source>
        <translation>0 = première caméra, ou un chemin de périphérique/vidéo&#xa0;; ouverte à la prochaine connexion</translation>
    </message>
    <message>
        <source>Camera decoder</source>
        <translation>Décodeur de la caméra</translation>
    </message>
    <message>
        <source>zxing-cpp (best)</source>
        <translation>zxing-cpp (le meilleur)</translation>
    </message>
    <message>
        <source>zbar (needs libzbar)</source>
        <translation>zbar (nécessite libzbar)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; empty: no receipts</source>
        <translation>tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE&#xa0;; vide&#xa0;: pas de tickets</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>python-escpos profile: default, TM-T20II, POS-5890...</source>
        <translation>profil python-escpos&#xa0;: default, TM-T20II, POS-5890…</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Caractères par ligne</translation>
    </message>
    <message>
        <source>32 on 58 mm paper, 42 or 48 on 80 mm</source>
        <translation>32 sur papier de 58 mm, 42 ou 48 sur 80 mm</translation>
    </message>
    <message>
        <source>Print the receipt after each sale</source>
        <translation>Imprimer le ticket après chaque vente</translation>
    </message>
    <message>
        <source>Open the cash drawer on cash sales</source>
        <translation>Ouvrir le tiroir-caisse lors des ventes en espèces</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Délai maximal (secondes)</translation>
    </message>
    <message>
        <source>a printer that does not answer</source>
        <translation>pour une imprimante qui ne répond pas</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Pied de ticket</translation>
    </message>
    <message>
        <source>lines separated by |</source>
        <translation>lignes séparées par |</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>suggested for new exhibitions</source>
        <translation>proposée pour les nouveaux salons</translation>
    </message>
    <message>
        <source>Default VAT rate (%)</source>
        <translation>Taux de TVA par défaut (%)</translation>
    </message>
    <message>
        <source>for new lines</source>
        <translation>pour les nouvelles lignes</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <source>typed prices are gross (on) or net (off)</source>
        <translation>les prix saisis sont TTC (activé) ou HT (désactivé)</translation>
    </message>
    <message>
        <source>Sales need an open cash session</source>
        <translation>Les ventes exigent une session de caisse ouverte</translation>
    </message>
    <message>
        <source>the till&apos;s float counted in (Cash drawer) before the first sale</source>
        <translation>le fonds de caisse compté (Tiroir-caisse) avant la première vente</translation>
    </message>
    <message>
        <source>Ask about cash above (x due)</source>
        <translation>Confirmer les espèces au-delà de (x le dû)</translation>
    </message>
    <message>
        <source>cash over this many times what is due needs a yes from the cashier</source>
        <translation>des espèces dépassant ce multiple du montant dû demandent un oui du caissier</translation>
    </message>
    <message>
        <source>... but never below</source>
        <translation>… mais jamais en dessous de</translation>
    </message>
    <message>
        <source>a 100 note for a coffee is normal: no question up to this amount</source>
        <translation>un billet de 100 pour un café est normal&#xa0;: aucune question jusqu&apos;à ce montant</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Factu&amp;res</translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation>Code du terminal</translation>
    </message>
    <message>
        <source>the series in this till&apos;s invoice numbers (EXPO-T1-0001); unique per till</source>
        <translation>la série dans les numéros de facture de cette caisse (EXPO-T1-0001)&#xa0;; unique par caisse</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Nom du terminal</translation>
    </message>
    <message>
        <source>shown at the login</source>
        <translation>affiché à la connexion</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>national numbers are read as this country&apos;s (DE, AT, US...)</source>
        <translation>les numéros nationaux sont lus comme ceux de ce pays (DE, AT, US…)</translation>
    </message>
    <message>
        <source>Email required at registration</source>
        <translation>E-mail obligatoire à l&apos;inscription</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Boutique</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>on emails and badges; invoices: the seller&apos;s name, else this, else the exhibition&apos;s</source>
        <translation>sur les e-mails et les badges&#xa0;; factures&#xa0;: le nom du vendeur, sinon celui-ci, sinon celui du salon</translation>
    </message>
    <message>
        <source>Invoice footer</source>
        <translation>Pied de facture</translation>
    </message>
    <message>
        <source>bank details, thanks</source>
        <translation>coordonnées bancaires, remerciements</translation>
    </message>
    <message>
        <source>Invoice paper</source>
        <translation>Papier des factures</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Se&amp;ller</source>
        <translation>&amp;Vendeur</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>on every invoice, receipt and invoice email</source>
        <translation>sur chaque facture, ticket et e-mail de facture</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO code or name (DE, Germany)</source>
        <translation>code ISO ou nom (FR, France)</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>EU VAT ID (DE136695976); with the country it decides who may be reverse charged</source>
        <translation>N° de TVA intracommunautaire (DE136695976)&#xa0;; avec le pays, il détermine qui peut bénéficier de l&apos;autoliquidation</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>N° fiscal</translation>
    </message>
    <message>
        <source>national tax number (Steuernummer)</source>
        <translation>numéro fiscal national (Steuernummer)</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Berlin HRB 12345</source>
        <translation>p. ex. RCS Paris 123 456 789</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Verrouillage après inactivité (min)</translation>
    </message>
    <message>
        <source>0 never locks</source>
        <translation>0&#xa0;: jamais de verrouillage</translation>
    </message>
    <message>
        <source>Failed logins before waits</source>
        <translation>Échecs de connexion avant attente</translation>
    </message>
    <message>
        <source>then each next try of that name waits 1, 2, 4... seconds</source>
        <translation>ensuite chaque nouvel essai pour ce nom attend 1, 2, 4… secondes</translation>
    </message>
    <message>
        <source>Longest wait (seconds)</source>
        <translation>Attente maximale (secondes)</translation>
    </message>
    <message>
        <source>the most a wrong-password guesser can hold up a real user</source>
        <translation>le temps maximal pendant lequel quelqu&apos;un qui devine des mots de passe peut bloquer un vrai utilisateur</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>light, dark, high contrast, or as the desktop</source>
        <translation>clair, sombre, contraste élevé, ou comme le bureau</translation>
    </message>
    <message>
        <source>Touch mode</source>
        <translation>Mode tactile</translation>
    </message>
    <message>
        <source>buttons and fields 44 px high, for fingers</source>
        <translation>boutons et champs de 44 px de haut, pour les doigts</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Affichage client</translation>
    </message>
    <message>
        <source>open the visitor&apos;s screen with the app (Ctrl+Shift+V opens or closes it)</source>
        <translation>ouvrir l&apos;écran des visiteurs avec l&apos;application (Ctrl+Shift+V l&apos;ouvre ou le ferme)</translation>
    </message>
    <message>
        <source>Display on monitor</source>
        <translation>Affichage sur le moniteur</translation>
    </message>
    <message>
        <source>0 the first, 1 the second</source>
        <translation>0 le premier, 1 le second</translation>
    </message>
    <message>
        <source>Display full screen</source>
        <translation>Affichage en plein écran</translation>
    </message>
    <message>
        <source>on its own monitor</source>
        <translation>sur son propre moniteur</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org; empty: no emails go out</source>
        <translation>p. ex. smtp.example.org&#xa0;; vide&#xa0;: aucun e-mail n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL, 25 plain</source>
        <translation>587 pour STARTTLS, 465 pour SSL, 25 sans chiffrement</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Aucune (relais local uniquement)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>vide&#xa0;: sans authentification</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>kept in the system keyring where there is one</source>
        <translation>conservé dans le trousseau du système s&apos;il y en a un</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse d&apos;expédition</translation>
    </message>
    <message>
        <source>From: of every customer email</source>
        <translation>De&#xa0;: de chaque e-mail aux clients</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Image du logo</translation>
    </message>
    <message>
        <source>PNG or JPEG file shown on top of emails</source>
        <translation>fichier PNG ou JPEG affiché en haut des e-mails</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Tentatives d&apos;envoi</translation>
    </message>
    <message>
        <source>before a message is failed</source>
        <translation>avant qu&apos;un message soit considéré comme en échec</translation>
    </message>
    <message>
        <source>Sca&amp;nner</source>
        <translation>Sca&amp;nner</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Imprimante</translation>
    </message>
    <message>
        <source>default value</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <source>from the configuration file</source>
        <translation>du fichier de configuration</translation>
    </message>
    <message>
        <source>PNG printed on top of each receipt; empty: none</source>
        <translation>PNG imprimé en haut de chaque ticket&#xa0;; vide&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Now: {source}.</source>
        <translation>Actuellement&#xa0;: {source}.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>S&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Read-only: {reason}.</source>
        <translation>Lecture seule&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Write the changes to the configuration file (Ctrl+S)</source>
        <translation>Écrire les modifications dans le fichier de configuration (Ctrl+S)</translation>
    </message>
    <message>
        <source>Configuration file: {path}. Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Fichier de configuration&#xa0;: {path}. Ctrl+S enregistre&#xa0;; Alt+lettre soulignée ou Ctrl+Tab change d&apos;onglet.</translation>
    </message>
    <message>
        <source>Configuration file: {path} (created at the first save). Ctrl+S saves; Alt+underlined letter or Ctrl+Tab changes the tab.</source>
        <translation>Fichier de configuration&#xa0;: {path} (créé au premier enregistrement). Ctrl+S enregistre&#xa0;; Alt+lettre soulignée ou Ctrl+Tab change d&apos;onglet.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The SMTP password is in the system keyring.</source>
        <translation>Le mot de passe SMTP est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Note: {warning}.</source>
        <translation>Remarque&#xa0;: {warning}.</translation>
    </message>
    <message>
        <source>Nothing changed; the file was left as it was.</source>
        <translation>Aucune modification&#xa0;; le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Applied now: {settings}.</source>
        <translation>Appliqué immédiatement&#xa0;: {settings}.</translation>
    </message>
    <message>
        <source>At the next start of the app: {settings}.</source>
        <translation>Au prochain démarrage de l&apos;application&#xa0;: {settings}.</translation>
    </message>
    <message>
        <source>Nothing was saved. {problems}</source>
        <translation>Rien n&apos;a été enregistré. {problems}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>optional: the admin&apos;s full name</source>
        <translation>facultatif&#xa0;: le nom complet de l&apos;administrateur</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>au moins {count} caractères</translation>
    </message>
    <message>
        <source>e.g. Expo 2026</source>
        <translation>p. ex. Expo 2026</translation>
    </message>
    <message>
        <source>short code in invoice numbers; empty: suggested</source>
        <translation>code court dans les numéros de facture&#xa0;; vide&#xa0;: proposé</translation>
    </message>
    <message>
        <source>Add &amp;demo data (customers, products and a few days of sales)</source>
        <translation>Ajouter des &amp;données de démo (clients, produits, ventes)</translation>
    </message>
    <message>
        <source>Now the first admin (there is no default password) and the exhibition you sell for. More users are added later under Users.</source>
        <translation>Maintenant le premier administrateur (il n&apos;y a pas de mot de passe par défaut) et le salon pour lequel vous vendez. D&apos;autres utilisateurs s&apos;ajoutent plus tard dans Utilisateurs.</translation>
    </message>
    <message>
        <source>Admin &amp;user name</source>
        <translation>Nom d&apos;&amp;utilisateur de l&apos;admin</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Con&amp;firmer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Exhibition</source>
        <translation>&amp;Salon</translation>
    </message>
    <message>
        <source>Exhibition c&amp;ode</source>
        <translation>C&amp;ode du salon</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Setting up the SQLite file &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation>Configuration du fichier SQLite &lt;code&gt;{path}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Setting up the PostgreSQL database &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Configuration de la base de données PostgreSQL &lt;code&gt;{url}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>un nom est nécessaire</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>LOW</source>
        <translation>FAIBLE</translation>
    </message>
    <message>
        <source>{sku} {quantity} (missing {missing})</source>
        <translation>{sku} {quantity} (manque {missing})</translation>
    </message>
    <message>
        <source>Location (empty: all), e.g. BOOTH</source>
        <translation>Emplacement (vide&#xa0;: tous), p. ex. BOOTH</translation>
    </message>
    <message>
        <source>&amp;Low only</source>
        <translation>Stock &amp;faible uniquement</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Expédier</translation>
    </message>
    <message>
        <source>Recei&amp;ve...</source>
        <translation>Ré&amp;ceptionner…</translation>
    </message>
    <message>
        <source>Transfer {id} {source} -&gt; {target}: {status}</source>
        <translation>Transfert {id} {source} -&gt; {target}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Select a transfer first</source>
        <translation>Sélectionner d&apos;abord un transfert</translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation>Demander un transfert</translation>
    </message>
    <message>
        <source>From, to and items, e.g.:  WAREHOUSE BOOTH MUG:20 CAP:10</source>
        <translation>Origine, destination et articles, p. ex.&#xa0;:  WAREHOUSE BOOTH MUG:20 CAP:10</translation>
    </message>
    <message>
        <source>Write FROM TO SKU:QTY [SKU:QTY ...]</source>
        <translation>Écrire ORIGINE DESTINATION RÉF:QTÉ [RÉF:QTÉ …]</translation>
    </message>
    <message>
        <source>Reject transfer</source>
        <translation>Refuser le transfert</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Réceptionner le transfert</translation>
    </message>
    <message>
        <source>What arrived, if not all that was sent (SKU:QTY ...):</source>
        <translation>Ce qui est arrivé, si tout l&apos;envoi n&apos;est pas arrivé (RÉF:QTÉ …)&#xa0;:</translation>
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
    <name>TodaysWorkshops</name>
    <message>
        <source>Today&apos;s workshops</source>
        <translation>Ateliers du jour</translation>
    </message>
    <message>
        <source>No workshops today.</source>
        <translation>Aucun atelier aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (annulé)</translation>
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
<context>
    <name>Users</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Définir le rôle</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Désactiver / activer</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Selected user: {user} (enabled)</source>
        <translation>Utilisateur sélectionné&#xa0;: {user} (actif)</translation>
    </message>
    <message>
        <source>Selected user: {user} (disabled)</source>
        <translation>Utilisateur sélectionné&#xa0;: {user} (désactivé)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>the two passwords differ; type them again</source>
        <translation>les deux mots de passe diffèrent&#xa0;; les saisir à nouveau</translation>
    </message>
    <message>
        <source>{user} added as {role}</source>
        <translation>{user} ajouté comme {role}</translation>
    </message>
    <message>
        <source>select a user first</source>
        <translation>sélectionner d&apos;abord un utilisateur</translation>
    </message>
    <message>
        <source>{user} is now {role}</source>
        <translation>{user} est maintenant {role}</translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation>{user} activé</translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation>{user} désactivé</translation>
    </message>
    <message>
        <source>password of {user} reset</source>
        <translation>mot de passe de {user} réinitialisé</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émise</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>expédié</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>particulier</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>créateur</translation>
    </message>
    <message>
        <source>press</source>
        <translation>presse</translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation>exposant</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>vip</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>&amp;Today only (timetable)</source>
        <translation>Aujourd&apos;&amp;hui seulement (planning)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>&amp;Add workshop</source>
        <translation>&amp;Créer l&apos;atelier</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Price (0: free)</source>
        <translation>Prix (0&#xa0;: gratuit)</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA&#xa0;%</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Selected workshop</source>
        <translation>Atelier sélectionné</translation>
    </message>
    <message>
        <source>why (emailed to everyone holding a seat)</source>
        <translation>motif (envoyé par e-mail à tous les détenteurs d&apos;une place)</translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation>A&amp;nnuler l&apos;atelier</translation>
    </message>
    <message>
        <source>Send ce&amp;rtificates</source>
        <translation>Envoyer les a&amp;ttestations</translation>
    </message>
    <message>
        <source>Open the &amp;door view</source>
        <translation>Ouvrir le contrôle d&apos;&amp;entrée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{code} added</source>
        <translation>{code} créé</translation>
    </message>
    <message>
        <source>select a workshop in the list first</source>
        <translation>sélectionner d&apos;abord un atelier dans la liste</translation>
    </message>
    <message>
        <source>say why it is cancelled: the people booked get the reason</source>
        <translation>indiquer pourquoi il est annulé&#xa0;: les personnes inscrites reçoivent le motif</translation>
    </message>
    <message>
        <source>{code} cancelled; everyone holding a seat gets an email</source>
        <translation>{code} annulé&#xa0;; tous les détenteurs d&apos;une place reçoivent un e-mail</translation>
    </message>
    <message>
        <source>{count} certificate email(s) queued for {code}</source>
        <translation>{count} e-mail(s) d&apos;attestation mis en file d&apos;attente pour {code}</translation>
    </message>
</context>
</TS>
