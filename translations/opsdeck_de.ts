<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlarmCells</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Stale: every backend that reported this alert is failing; this is what it said last.</source>
        <translation>Veraltet: Alle Backends, die diesen Alarm gemeldet haben, sind gestört; dies ist ihr letzter Stand.</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>ohne %1</translation>
    </message>
    <message>
        <source>%1 (1 alert)</source>
        <translation>%1 (1 Alarm)</translation>
    </message>
    <message>
        <source>%1 (%2 alerts)</source>
        <translation>%1 (%2 Alarme)</translation>
    </message>
</context>
<context>
    <name>AlarmClient</name>
    <message>
        <source>the status answer is not JSON</source>
        <translation>die Statusantwort ist kein JSON</translation>
    </message>
    <message>
        <source>no Alertmanager is configured to hold the silence</source>
        <translation>es ist kein Alertmanager eingerichtet, der die Stummschaltung aufnehmen kann</translation>
    </message>
    <message>
        <source>silence %1 is not held by any of the Alertmanagers</source>
        <translation>Stummschaltung %1 liegt bei keinem der Alertmanager</translation>
    </message>
    <message>
        <source>silence %1 is not held by any configured Alertmanager</source>
        <translation>Stummschaltung %1 liegt bei keinem eingerichteten Alertmanager</translation>
    </message>
</context>
<context>
    <name>AlertFilter</name>
    <message>
        <source>an operator needs a label name before it</source>
        <translation>vor einem Operator muss ein Label-Name stehen</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>das hier geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>%1: not a regular expression: %2</source>
        <translation>%1: kein regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>@state is one of %1, not &quot;%2&quot;</source>
        <translation>@state ist eines von %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>@silenced is true or false, not &quot;%1&quot;</source>
        <translation>@silenced ist true oder false, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field @%1; use @state, @backend or @silenced</source>
        <translation>unbekanntes Feld @%1; verwenden Sie @state, @backend oder @silenced</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a matcher like name=&quot;value&quot;</source>
        <translation>&quot;%1&quot; ist kein Matcher wie name=&quot;value&quot;</translation>
    </message>
    <message>
        <source>at least one matcher is needed, like alertname=&quot;HighLatency&quot;</source>
        <translation>es wird mindestens ein Matcher benötigt, z. B. alertname=&quot;HighLatency&quot;</translation>
    </message>
</context>
<context>
    <name>AlertParser</name>
    <message>
        <source>the answer is HTML, not JSON (starts with &quot;%1&quot;)</source>
        <translation>die Antwort ist HTML, kein JSON (beginnt mit &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>expected a JSON array of alerts, found %1</source>
        <translation>erwartet ein JSON-Array von Alarmen, gefunden %1</translation>
    </message>
    <message>
        <source>expected {&quot;data&quot;: {&quot;alerts&quot;: [...]}} from /api/v1/alerts</source>
        <translation>erwartet {&quot;data&quot;: {&quot;alerts&quot;: [...]}} von /api/v1/alerts</translation>
    </message>
    <message>
        <source>expected pending or firing, found &quot;%1&quot;</source>
        <translation>erwartet pending oder firing, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>ALERTNAME</source>
        <translation>ALARMNAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>QUELLEN</translation>
    </message>
    <message>
        <source>Print the current alerts of the workspace&apos;s backends, or of the Prometheus and Alertmanager servers given here. The same alert from several backends (an HA pair, a Prometheus and its Alertmanager) is shown once, listing them all.</source>
        <translation>Die aktuellen Alarme der Backends des Arbeitsbereichs ausgeben, oder die der hier angegebenen Prometheus- und Alertmanager-Server. Derselbe Alarm von mehreren Backends (ein HA-Paar, ein Prometheus und sein Alertmanager) wird nur einmal angezeigt, mit allen Backends.</translation>
    </message>
    <message>
        <source>Ask the configured backend NAME (repeatable; default: all).</source>
        <translation>Das eingerichtete Backend NAME abfragen (wiederholbar; Vorgabe: alle).</translation>
    </message>
    <message>
        <source>Ask the Alertmanager at URL (repeatable).</source>
        <translation>Den Alertmanager unter URL abfragen (wiederholbar).</translation>
    </message>
    <message>
        <source>Ask the Prometheus at URL (repeatable).</source>
        <translation>Den Prometheus unter URL abfragen (wiederholbar).</translation>
    </message>
    <message>
        <source>Only alerts matching EXPR, as in the console&apos;s filter bar: severity=critical job=~&quot;node.*&quot; @state=active words.</source>
        <translation>Nur Alarme, die auf EXPR passen, wie in der Filterleiste der Konsole: severity=critical job=~&quot;node.*&quot; @state=active Wörter.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--filter, column %1: %2</source>
        <translation>--filter, Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Opsdeck cannot open its workspace.</source>
        <translation>Opsdeck kann seinen Arbeitsbereich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>BackendEndpoint</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; carries credentials; remove the user name and password from the URL</source>
        <translation>&apos;%1&apos; enthält Zugangsdaten; entfernen Sie Benutzername und Passwort aus der URL</translation>
    </message>
</context>
<context>
    <name>BackendProbe</name>
    <message>
        <source>the answer is not JSON (starts with &quot;%1&quot;)</source>
        <translation>die Antwort ist kein JSON (beginnt mit &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the answer has no %1 string at %2; is this a %3 server?</source>
        <translation>die Antwort enthält keine Zeichenkette %1 unter %2; ist das ein %3-Server?</translation>
    </message>
</context>
<context>
    <name>BackendTargets</name>
    <message>
        <source>no backend named &apos;%1&apos; in %2 (configured: %3)</source>
        <translation>kein Backend namens &apos;%1&apos; in %2 (eingerichtet: %3)</translation>
    </message>
    <message>
        <source>the backend &apos;%1&apos; is a %2, not an %3</source>
        <translation>das Backend &apos;%1&apos; ist ein %2, kein %3</translation>
    </message>
    <message>
        <source>no %1 is configured in %2: add one with &apos;opsdeck backends add&apos; or give --alertmanager URL</source>
        <translation>in %2 ist kein %1 eingerichtet: fügen Sie einen mit &apos;opsdeck backends add&apos; hinzu oder geben Sie --alertmanager URL an</translation>
    </message>
</context>
<context>
    <name>BackendsCommand</name>
    <message>
        <source>KIND of backend: prometheus or alertmanager.</source>
        <translation>Backend-Art KIND: prometheus oder alertmanager.</translation>
    </message>
    <message>
        <source>The backend&apos;s base URL.</source>
        <translation>Die Basis-URL des Backends.</translation>
    </message>
    <message>
        <source>Authentication: none, basic or bearer. The password or token is read from standard input.</source>
        <translation>Authentifizierung: none, basic oder bearer. Das Passwort oder Token wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>User NAME for basic authentication.</source>
        <translation>Benutzername NAME für Basic-Authentifizierung.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE (PEM).</source>
        <translation>Den CA-Zertifikaten in FILE (PEM) vertrauen.</translation>
    </message>
    <message>
        <source>Client certificate FILE (PEM), with --client-key.</source>
        <translation>Client-Zertifikat FILE (PEM), zusammen mit --client-key.</translation>
    </message>
    <message>
        <source>Client key FILE (unencrypted PEM).</source>
        <translation>Client-Schlüssel FILE (unverschlüsseltes PEM).</translation>
    </message>
    <message>
        <source>PROXY: system, none or a URL.</source>
        <translation>Proxy PROXY: system, none oder eine URL.</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (unsafe).</source>
        <translation>Das TLS-Zertifikat des Servers nicht prüfen (unsicher).</translation>
    </message>
    <message>
        <source>Verify the server&apos;s TLS certificate again (edit).</source>
        <translation>Das TLS-Zertifikat des Servers wieder prüfen (edit).</translation>
    </message>
    <message>
        <source>Poll every SECONDS (default: 15).</source>
        <translation>Alle SECONDS Sekunden abfragen (Vorgabe: 15).</translation>
    </message>
    <message>
        <source>Give up on an answer after SECONDS (default: 10).</source>
        <translation>Nach SECONDS Sekunden nicht länger auf eine Antwort warten (Vorgabe: 10).</translation>
    </message>
    <message>
        <source>Rename the backend to NAME (edit).</source>
        <translation>Das Backend in NAME umbenennen (edit).</translation>
    </message>
    <message>
        <source>Read a new password or token from standard input (edit).</source>
        <translation>Ein neues Passwort oder Token von der Standardeingabe lesen (edit).</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected prometheus or alertmanager)</source>
        <translation>unbekannte Art &apos;%1&apos; (erwartet: prometheus oder alertmanager)</translation>
    </message>
    <message>
        <source>unknown authentication &apos;%1&apos; (expected none, basic or bearer)</source>
        <translation>unbekannte Authentifizierung &apos;%1&apos; (erwartet: none, basic oder bearer)</translation>
    </message>
    <message>
        <source>--insecure and --verify-tls contradict each other</source>
        <translation>--insecure und --verify-tls widersprechen sich</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of seconds, not &apos;%2&apos;</source>
        <translation>--%1 braucht eine ganze Zahl von Sekunden, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>opsdeck: warning: TLS verification is off for %1: anyone on the way to %2 can read and change its answers
</source>
        <translation>opsdeck: Warnung: Die TLS-Prüfung ist für %1 aus: jeder auf dem Weg zu %2 kann seine Antworten lesen und ändern
</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALL</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Token for %1: </source>
        <translation>Token für %1: </translation>
    </message>
    <message>
        <source>List, add, edit, remove and test the Prometheus and Alertmanager backends of the workspace. Passwords and tokens are read from standard input and kept in the keychain.</source>
        <translation>Die Prometheus- und Alertmanager-Backends des Arbeitsbereichs auflisten, hinzufügen, bearbeiten, entfernen und testen. Passwörter und Tokens werden von der Standardeingabe gelesen und im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>list, add NAME, edit NAME, remove NAME or test NAME.</source>
        <translation>list, add NAME, edit NAME, remove NAME oder test NAME.</translation>
    </message>
    <message>
        <source>backends needs an action: list, add, edit, remove or test</source>
        <translation>backends braucht eine Aktion: list, add, edit, remove oder test</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected list, add, edit, remove or test)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (erwartet: list, add, edit, remove oder test)</translation>
    </message>
    <message>
        <source>&apos;backends list&apos; takes no further arguments</source>
        <translation>&apos;backends list&apos; nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>&apos;backends %1&apos; needs exactly one backend NAME</source>
        <translation>&apos;backends %1&apos; braucht genau einen Backend-NAME</translation>
    </message>
    <message>
        <source>--%1 is only for &apos;backends add&apos; and &apos;backends edit&apos;</source>
        <translation>--%1 gilt nur für &apos;backends add&apos; und &apos;backends edit&apos;</translation>
    </message>
    <message>
        <source>a backend named &apos;%1&apos; exists already (use &apos;backends edit&apos;)</source>
        <translation>ein Backend namens &apos;%1&apos; existiert bereits (verwenden Sie &apos;backends edit&apos;)</translation>
    </message>
    <message>
        <source>&apos;backends add&apos; needs --kind and --url</source>
        <translation>&apos;backends add&apos; braucht --kind und --url</translation>
    </message>
    <message>
        <source>no backend named &apos;%1&apos; in %2</source>
        <translation>kein Backend namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>Removed backend %1.
</source>
        <translation>Backend %1 entfernt.
</translation>
    </message>
    <message>
        <source>Added backend %1 (%2, %3).
</source>
        <translation>Backend %1 hinzugefügt (%2, %3).
</translation>
    </message>
    <message>
        <source>Changed backend %1 (%2, %3).
</source>
        <translation>Backend %1 geändert (%2, %3).
</translation>
    </message>
    <message>
        <source>no password or token on standard input (pipe it in, e.g. &apos;printf %s &quot;$TOKEN&quot; | opsdeck backends add ...&apos;)</source>
        <translation>kein Passwort oder Token auf der Standardeingabe (per Pipe übergeben, z. B. &apos;printf %s &quot;$TOKEN&quot; | opsdeck backends add ...&apos;)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>opsdeck: %1 (see &apos;%2&apos;)
</source>
        <translation>opsdeck: %1 (siehe &apos;%2&apos;)
</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation>Die Arbeitsbereichsdatei PATH öffnen.</translation>
    </message>
    <message>
        <source>Log at LEVEL: %1 (default: info).</source>
        <translation>Mit Stufe LEVEL protokollieren: %1 (Vorgabe: info).</translation>
    </message>
    <message>
        <source>Use language CODE: %1 (default: the system&apos;s language).</source>
        <translation>Sprache CODE verwenden: %1 (Vorgabe: die Sprache des Systems).</translation>
    </message>
    <message>
        <source>Build the main window offscreen, check every view, and exit.</source>
        <translation>Das Hauptfenster unsichtbar aufbauen, jede Ansicht prüfen und beenden.</translation>
    </message>
    <message>
        <source>Run COMMAND without opening a window.</source>
        <translation>COMMAND ausführen, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Opsdeck, the desktop operations console: alerts, incidents, runbooks, post-mortems and maturity reviews.</source>
        <translation>Opsdeck, die Betriebskonsole für den Desktop: Alarme, Incidents, Runbooks, Post-Mortems und Reifegradbewertungen.</translation>
    </message>
    <message>
        <source>unknown log level &apos;%1&apos; (expected one of: %2)</source>
        <translation>unbekannte Protokollstufe &apos;%1&apos; (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>unsupported language &apos;%1&apos; (available: %2)</source>
        <translation>nicht unterstützte Sprache &apos;%1&apos; (verfügbar: %2)</translation>
    </message>
    <message>
        <source>--self-test cannot be combined with a command</source>
        <translation>--self-test kann nicht mit einem Befehl kombiniert werden</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (Befehle: %2)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;opsdeck COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;opsdeck COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Watch the Prometheus server at URL in this session (repeatable).</source>
        <translation>In dieser Sitzung den Prometheus-Server unter URL beobachten (wiederholbar).</translation>
    </message>
    <message>
        <source>Watch the Alertmanager at URL in this session (repeatable).</source>
        <translation>In dieser Sitzung den Alertmanager unter URL beobachten (wiederholbar).</translation>
    </message>
    <message>
        <source>opsdeck: &apos;%1&apos; is run by the console executable
</source>
        <translation>opsdeck: &apos;%1&apos; wird vom Konsolenprogramm ausgeführt
</translation>
    </message>
</context>
<context>
    <name>DashboardFile</name>
    <message>
        <source>dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>an Opsdeck dashboard, read as it is</source>
        <translation>ein Opsdeck-Dashboard, unverändert gelesen</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>no dashboard has the id or title &quot;%1&quot;</source>
        <translation>kein Dashboard hat die ID oder den Titel „%1“</translation>
    </message>
    <message>
        <source>%1 dashboards are titled &quot;%2&quot;; give the id</source>
        <translation>%1 Dashboards heißen „%2“; bitte die ID angeben</translation>
    </message>
    <message>
        <source>the dashboard %1 has no version %2</source>
        <translation>das Dashboard %1 hat keine Version %2</translation>
    </message>
    <message>
        <source>no such dashboard</source>
        <translation>kein solches Dashboard</translation>
    </message>
</context>
<context>
    <name>DashboardsCommand</name>
    <message>
        <source>--datasource: no Prometheus backend is named &quot;%1&quot;; the workspace has none (add one with &apos;opsdeck backends add&apos;)</source>
        <translation>--datasource: kein Prometheus-Backend heißt „%1“; der Arbeitsbereich hat keines (mit &apos;opsdeck backends add&apos; hinzufügen)</translation>
    </message>
    <message>
        <source>--datasource: no Prometheus backend is named &quot;%1&quot; (there are: %2)</source>
        <translation>--datasource: kein Prometheus-Backend heißt „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2
</source>
        <translation>„%1“ als %2 importiert
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected list, import or export)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (erwartet: list, import oder export)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>PANELS</source>
        <translation>PANELS</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>List the workspace&apos;s dashboards, import a Grafana dashboard or an Opsdeck export, or export one (list, import FILE, export ID).</source>
        <translation>Die Dashboards des Arbeitsbereichs auflisten, ein Grafana-Dashboard oder einen Opsdeck-Export importieren oder eines exportieren (list, import DATEI, export ID).</translation>
    </message>
    <message>
        <source>import: the Prometheus backend NAME the dashboard&apos;s data sources stand for (default: the workspace&apos;s first).</source>
        <translation>import: das Prometheus-Backend NAME, für das die Datenquellen des Dashboards stehen (Vorgabe: das erste des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>list, import FILE or export ID</source>
        <translation>list, import DATEI oder export ID</translation>
    </message>
    <message>
        <source>&apos;dashboards import&apos; needs one FILE</source>
        <translation>&apos;dashboards import&apos; braucht eine DATEI</translation>
    </message>
    <message>
        <source>&apos;dashboards export&apos; needs one ID</source>
        <translation>&apos;dashboards export&apos; braucht eine ID</translation>
    </message>
    <message>
        <source>&apos;dashboards list&apos; takes no argument</source>
        <translation>&apos;dashboards list&apos; nimmt kein Argument</translation>
    </message>
    <message>
        <source>--datasource is for &apos;dashboards import&apos;</source>
        <translation>--datasource gilt für &apos;dashboards import&apos;</translation>
    </message>
    <message>
        <source>&apos;dashboards export&apos; writes --format opsdeck or --format grafana</source>
        <translation>&apos;dashboards export&apos; schreibt --format opsdeck oder --format grafana</translation>
    </message>
    <message>
        <source>--format %1 is for &apos;dashboards export&apos;; use text or json</source>
        <translation>--format %1 gilt für &apos;dashboards export&apos;; hier text oder json verwenden</translation>
    </message>
</context>
<context>
    <name>DashboardsFeature</name>
    <message>
        <source>That dashboard is gone.</source>
        <translation>Dieses Dashboard gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Import dashboard</source>
        <translation>Dashboard importieren</translation>
    </message>
    <message>
        <source>Dashboards (*.json);;All files (*)</source>
        <translation>Dashboards (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>“%1” was imported.</source>
        <translation>„%1“ wurde importiert.</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Delete dashboard</source>
        <translation>Dashboard löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions? This cannot be undone.</source>
        <translation>„%1“ mit allen Versionen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Markdown-Dateien</translation>
    </message>
    <message>
        <source>HTML pages</source>
        <translation>HTML-Seiten</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV-Tabellen</translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation>JSON-Dateien</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>GrafanaImport</name>
    <message>
        <source>the annotation query &quot;%1&quot; is not run</source>
        <translation>die Annotationsabfrage „%1“ wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>the rows of schema %1 laid out on the grid as Grafana does</source>
        <translation>die Zeilen von Schema %1 wie in Grafana im Raster angeordnet</translation>
    </message>
    <message>
        <source>row &quot;%1&quot;</source>
        <translation>Zeile „%1“</translation>
    </message>
    <message>
        <source>repeated for each value of $%1; shown once</source>
        <translation>für jeden Wert von $%1 wiederholt; einmal gezeigt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>the logarithmic Y axis is drawn linear</source>
        <translation>die logarithmische Y-Achse wird linear gezeichnet</translation>
    </message>
    <message>
        <source>stepped lines are drawn straight</source>
        <translation>Stufenlinien werden gerade gezeichnet</translation>
    </message>
    <message>
        <source>series override &quot;%1&quot;: %2 not applied</source>
        <translation>Serien-Überschreibung „%1“: %2 nicht angewendet</translation>
    </message>
    <message>
        <source>value %1 is shown as the last value</source>
        <translation>Wert %1 wird als letzter Wert gezeigt</translation>
    </message>
    <message>
        <source>the prefix and postfix are not shown</source>
        <translation>Präfix und Postfix werden nicht gezeigt</translation>
    </message>
    <message>
        <source>value mappings are not applied</source>
        <translation>Wertzuordnungen werden nicht angewendet</translation>
    </message>
    <message>
        <source>a Singlestat panel: drawn as a %1, as Grafana migrates it</source>
        <translation>ein Singlestat-Panel: als %1 gezeichnet, wie Grafana es migriert</translation>
    </message>
    <message>
        <source>panel &quot;%1&quot;</source>
        <translation>Panel „%1“</translation>
    </message>
    <message>
        <source>a %1 panel is not drawn by Opsdeck; shown as a placeholder naming its type, its queries kept</source>
        <translation>ein %1-Panel zeichnet Opsdeck nicht; als Platzhalter mit seinem Typ gezeigt, seine Abfragen behalten</translation>
    </message>
    <message>
        <source>repeated for each value of $%1 in Grafana; shown once</source>
        <translation>in Grafana für jeden Wert von $%1 wiederholt; einmal gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n query(s)</source>
        <translation>
            <numerusform>%1, %n Abfrage</numerusform>
            <numerusform>%1, %n Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>query %1 asks %2, not Prometheus; not kept</source>
        <translation>Abfrage %1 fragt %2, nicht Prometheus; nicht übernommen</translation>
    </message>
    <message>
        <source>query %1 has no PromQL expression; not kept</source>
        <translation>Abfrage %1 hat keinen PromQL-Ausdruck; nicht übernommen</translation>
    </message>
    <message>
        <source>query %1&apos;s heatmap format is read as time series</source>
        <translation>das Heatmap-Format von Abfrage %1 wird als Zeitreihe gelesen</translation>
    </message>
    <message>
        <source>query %1&apos;s resolution factor is not used; its step follows the panel&apos;s width</source>
        <translation>der Auflösungsfaktor von Abfrage %1 wird nicht verwendet; ihr Schritt folgt der Breite des Panels</translation>
    </message>
    <message>
        <source>query %1&apos;s exemplars are not shown</source>
        <translation>die Exemplare von Abfrage %1 werden nicht gezeigt</translation>
    </message>
    <message>
        <source>an override matching fields %1 &quot;%2&quot; is not applied</source>
        <translation>eine Überschreibung für Felder %1 „%2“ wird nicht angewendet</translation>
    </message>
    <message>
        <source>override &quot;%1&quot;: its %2 is not applied</source>
        <translation>Überschreibung „%1“: %2 wird nicht angewendet</translation>
    </message>
    <message>
        <source>legend value %1 is not shown</source>
        <translation>Legendenwert %1 wird nicht gezeigt</translation>
    </message>
    <message>
        <source>calculation %1 is shown as the last value</source>
        <translation>Berechnung %1 wird als letzter Wert gezeigt</translation>
    </message>
    <message>
        <source>the %1 transformation is not applied</source>
        <translation>die Transformation %1 wird nicht angewendet</translation>
    </message>
    <message>
        <source>a variable needs a name of letters, digits and _; not kept</source>
        <translation>eine Variable braucht einen Namen aus Buchstaben, Ziffern und _; nicht übernommen</translation>
    </message>
    <message>
        <source>%1 variables are not offered by Opsdeck</source>
        <translation>%1-Variablen bietet Opsdeck nicht an</translation>
    </message>
    <message>
        <source>its values come from %1, not Prometheus</source>
        <translation>ihre Werte kommen aus %1, nicht aus Prometheus</translation>
    </message>
    <message>
        <source>%1 variable</source>
        <translation>%1-Variable</translation>
    </message>
    <message>
        <source>the auto interval is not offered</source>
        <translation>das automatische Intervall wird nicht angeboten</translation>
    </message>
    <message>
        <source>Imported dashboard</source>
        <translation>Importiertes Dashboard</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>the time zone UTC: times follow the console&apos;s local/UTC switch</source>
        <translation>die Zeitzone UTC: Zeiten folgen dem Lokal/UTC-Schalter der Konsole</translation>
    </message>
    <message>
        <source>Grafana&apos;s built-in annotations: Opsdeck marks the workspace&apos;s incidents and the alerts of a panel&apos;s series instead</source>
        <translation>Grafanas eingebaute Annotationen: Opsdeck markiert stattdessen die Incidents des Arbeitsbereichs und die Alarme der Serien eines Panels</translation>
    </message>
    <message>
        <source>dashboard links are not kept</source>
        <translation>Dashboard-Links werden nicht übernommen</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>eingeklappt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>expected a JSON object: a Grafana dashboard</source>
        <translation>JSON-Objekt erwartet: ein Grafana-Dashboard</translation>
    </message>
    <message>
        <source>this is a Grafana schema v2 or Perses dashboard (it has kind and spec), not a Grafana classic one</source>
        <translation>dies ist ein Dashboard in Grafana-Schema v2 oder Perses (es hat kind und spec), kein klassisches Grafana-Dashboard</translation>
    </message>
    <message>
        <source>not a Grafana dashboard: it has neither panels nor rows</source>
        <translation>kein Grafana-Dashboard: es hat weder panels noch rows</translation>
    </message>
    <message>
        <source>a library panel: its model is kept in the Grafana instance, not in the file; shown as a placeholder</source>
        <translation>ein Bibliotheks-Panel: sein Modell liegt in der Grafana-Instanz, nicht in der Datei; als Platzhalter gezeigt</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>a Graph panel: drawn as a time series, as Grafana migrates it</source>
        <translation>ein Graph-Panel: als Zeitreihe gezeichnet, wie Grafana es migriert</translation>
    </message>
    <message>
        <source>an old Table panel: drawn as a table; its column styles are not kept</source>
        <translation>ein altes Table-Panel: als Tabelle gezeichnet; seine Spaltenstile werden nicht übernommen</translation>
    </message>
    <message>
        <source>HTML text: shown as Markdown, its tags as written</source>
        <translation>HTML-Text: als Markdown gezeigt, seine Tags wie geschrieben</translation>
    </message>
    <message>
        <source>panel links are not kept</source>
        <translation>Panel-Links werden nicht übernommen</translation>
    </message>
    <message>
        <source>no PromQL query left: the panel shows nothing until one is added</source>
        <translation>keine PromQL-Abfrage übrig: das Panel zeigt nichts, bis eine hinzugefügt wird</translation>
    </message>
    <message>
        <source>every value of the series: shown as one calculated value</source>
        <translation>jeder Wert der Serie: als ein berechneter Wert gezeigt</translation>
    </message>
    <message>
        <source>the merge of the queries&apos; tables is done as a join on Time</source>
        <translation>das Zusammenführen der Tabellen der Abfragen geschieht als Join über Time</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 kept, %2 approximated, %3 dropped
</source>
        <translation>%1 übernommen, %2 angenähert, %3 weggelassen
</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>the incident is already %1</source>
        <translation>der Incident ist bereits %1</translation>
    </message>
    <message>
        <source>a closed incident cannot change its status</source>
        <translation>ein geschlossener Incident kann seinen Status nicht ändern</translation>
    </message>
    <message>
        <source>the time of the change is missing</source>
        <translation>die Zeit der Änderung fehlt</translation>
    </message>
    <message>
        <source>%1 at %2 would be before the incident started (%3)</source>
        <translation>%1 um %2 läge vor dem Beginn des Incidents (%3)</translation>
    </message>
    <message>
        <source>%1 at %2 would be before the incident became %3 (%4)</source>
        <translation>%1 um %2 läge vor dem Wechsel des Incidents zu %3 (%4)</translation>
    </message>
    <message>
        <source>an incident is resolved before it is closed; mark it a false alarm to close it from %1</source>
        <translation>ein Incident wird erst behoben, dann geschlossen; markieren Sie ihn als Fehlalarm, um ihn aus %1 zu schließen</translation>
    </message>
    <message>
        <source>an incident cannot go back to triage</source>
        <translation>ein Incident kann nicht zurück in die Triage</translation>
    </message>
</context>
<context>
    <name>IncidentAlertTracker</name>
    <message>
        <source>Silenced by %1: %2</source>
        <translation>Stummgeschaltet von %1: %2</translation>
    </message>
    <message>
        <source>Silence %1 ended</source>
        <translation>Stummschaltung %1 beendet</translation>
    </message>
</context>
<context>
    <name>IncidentCommand</name>
    <message>
        <source>no incident %1 in %2</source>
        <translation>kein Incident %1 in %2</translation>
    </message>
    <message>
        <source>declare: what is happening, in a line.</source>
        <translation>declare: was passiert, in einer Zeile.</translation>
    </message>
    <message>
        <source>declare: SEV1, SEV2, SEV3 or SEV4.</source>
        <translation>declare: SEV1, SEV2, SEV3 oder SEV4.</translation>
    </message>
    <message>
        <source>declare: the FINGERPRINT of an alert behind it (repeatable).</source>
        <translation>declare: der FINGERPRINT eines auslösenden Alarms (mehrfach möglich).</translation>
    </message>
    <message>
        <source>declare: who leads the response.</source>
        <translation>declare: wer die Reaktion leitet.</translation>
    </message>
    <message>
        <source>declare: an affected service (repeatable).</source>
        <translation>declare: ein betroffener Dienst (mehrfach möglich).</translation>
    </message>
    <message>
        <source>declare: a tag (repeatable).</source>
        <translation>declare: ein Tag (mehrfach möglich).</translation>
    </message>
    <message>
        <source>declare: an exercise, not a real outage.</source>
        <translation>declare: eine Übung, kein echter Ausfall.</translation>
    </message>
    <message>
        <source>status: close an unresolved incident as a false alarm.</source>
        <translation>status: einen ungelösten Incident als Fehlalarm schließen.</translation>
    </message>
    <message>
        <source>note: who writes it (default: $USER).</source>
        <translation>note: wer sie schreibt (Vorgabe: $USER).</translation>
    </message>
    <message>
        <source>&apos;incident declare&apos; needs --title TEXT</source>
        <translation>&apos;incident declare&apos; braucht --title TEXT</translation>
    </message>
    <message>
        <source>&apos;incident declare&apos; needs --severity SEV1|SEV2|SEV3|SEV4</source>
        <translation>&apos;incident declare&apos; braucht --severity SEV1|SEV2|SEV3|SEV4</translation>
    </message>
    <message>
        <source>--severity: unknown severity &apos;%1&apos; (expected %2)</source>
        <translation>--severity: unbekannter Schweregrad &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>STATUS: unknown status &apos;%1&apos; (expected %2)</source>
        <translation>STATUS: unbekannter Status &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>%1 is now %2
</source>
        <translation>%1 ist jetzt %2
</translation>
    </message>
    <message>
        <source>ROLE: unknown role &apos;%1&apos; (expected %2)</source>
        <translation>ROLE: unbekannte Rolle &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>NAME: the person&apos;s name is empty</source>
        <translation>NAME: der Name der Person ist leer</translation>
    </message>
    <message>
        <source>%1: %2 is %3
</source>
        <translation>%1: %2 ist %3
</translation>
    </message>
    <message>
        <source>TEXT: the note is empty</source>
        <translation>TEXT: die Notiz ist leer</translation>
    </message>
    <message>
        <source>Noted on %1.
</source>
        <translation>In %1 notiert.
</translation>
    </message>
    <message>
        <source>Declare an incident, change its status, assign its roles and add notes to its timeline.</source>
        <translation>Einen Incident ausrufen, seinen Status ändern, seine Rollen besetzen und Notizen in seine Zeitleiste schreiben.</translation>
    </message>
    <message>
        <source>declare, status KEY STATUS, role KEY ROLE NAME or note KEY TEXT.</source>
        <translation>declare, status KEY STATUS, role KEY ROLE NAME oder note KEY TEXT.</translation>
    </message>
    <message>
        <source>incident needs an action: declare, status, role or note</source>
        <translation>incident braucht eine Aktion: declare, status, role oder note</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected declare, status, role or note)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (erwartet: declare, status, role oder note)</translation>
    </message>
    <message>
        <source>wrong arguments for &apos;incident %1&apos; (expected &apos;incident %1 %2&apos;, got &apos;%3&apos;)</source>
        <translation>falsche Argumente für &apos;incident %1&apos; (erwartet: &apos;incident %1 %2&apos;, erhalten: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;incident %2&apos;</source>
        <translation>--%1 ist keine Option von &apos;incident %2&apos;</translation>
    </message>
    <message>
        <source>List the incidents of the workspace, newest first, as a table or JSON.</source>
        <translation>Die Incidents des Arbeitsbereichs auflisten, neueste zuerst, als Tabelle oder JSON.</translation>
    </message>
    <message>
        <source>Only incidents in STATUS.</source>
        <translation>Nur Incidents im STATUS.</translation>
    </message>
    <message>
        <source>list.</source>
        <translation>list.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected list)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (erwartet: list)</translation>
    </message>
    <message>
        <source>--status: unknown status &apos;%1&apos; (expected %2)</source>
        <translation>--status: unbekannter Status &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>No incidents.
</source>
        <translation>Keine Incidents.
</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DECLARED</source>
        <translation>AUSGERUFEN</translation>
    </message>
    <message>
        <source>COMMANDER</source>
        <translation>LEITUNG</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (expected md, csv or json)</source>
        <translation>--format: unbekanntes Format &apos;%1&apos; (erwartet: md, csv oder json)</translation>
    </message>
    <message>
        <source>--false-alarm goes with the status &apos;closed&apos; only</source>
        <translation>--false-alarm gehört nur zum Status &apos;closed&apos;</translation>
    </message>
    <message>
        <source>declare, status, note: when it happened, if not now: an ISO 8601 time with its zone, or how long ago (15m, 1h30m).</source>
        <translation>declare, status, note: wann es geschah, falls nicht jetzt: eine ISO-8601-Zeit mit Zone oder wie lange es her ist (15m, 1h30m).</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a past moment (expected an ISO 8601 time with its zone, such as 2026-11-21T14:02:00Z, or how long ago, such as 15m)</source>
        <translation>--at: &apos;%1&apos; ist kein vergangener Zeitpunkt (erwartet: eine ISO-8601-Zeit mit Zone wie 2026-11-21T14:02:00Z oder wie lange es her ist, etwa 15m)</translation>
    </message>
    <message>
        <source>Export an incident&apos;s timeline, in time order, as Markdown, CSV or JSON; or a post-mortem as Markdown, HTML or PDF.</source>
        <translation>Die Zeitleiste eines Incidents in zeitlicher Reihenfolge als Markdown, CSV oder JSON exportieren, oder ein Post-Mortem als Markdown, HTML oder PDF.</translation>
    </message>
    <message>
        <source>Output FORMAT: md, csv or json (timeline); md, html or pdf (postmortem).</source>
        <translation>Ausgabeformat FORMAT: md, csv oder json (timeline); md, html oder pdf (postmortem).</translation>
    </message>
    <message>
        <source>timeline KEY: the incident&apos;s timeline; postmortem ID: a post-mortem.</source>
        <translation>timeline KEY: die Zeitleiste des Incidents; postmortem ID: ein Post-Mortem.</translation>
    </message>
    <message>
        <source>export needs what to export: timeline KEY or postmortem ID</source>
        <translation>export braucht, was exportiert werden soll: timeline KEY oder postmortem ID</translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos; (expected timeline KEY or postmortem ID)</source>
        <translation>&apos;%1&apos; kann nicht exportiert werden (erwartet: timeline KEY oder postmortem ID)</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; needs exactly one %2</source>
        <translation>&apos;export %1&apos; braucht genau ein Argument %2</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>an incident needs a title</source>
        <translation>ein Incident braucht einen Titel</translation>
    </message>
    <message>
        <source>an incident with id %1 exists already</source>
        <translation>ein Incident mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <source>the incident has post-mortems; delete or detach them first</source>
        <translation>der Incident hat Post-Mortems; löschen oder lösen Sie diese zuerst</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>no incident with id %1</source>
        <translation>kein Incident mit der ID %1</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 aufgehoben</translation>
    </message>
    <message>
        <source>Declared %1 %2: %3</source>
        <translation>%1 %2 ausgerufen: %3</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status von %1 auf %2 geändert</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (expected %2)</source>
        <translation>unbekannte Rolle &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>the person&apos;s name is empty</source>
        <translation>der Name der Person ist leer</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>die Notiz ist leer</translation>
    </message>
    <message>
        <source>the correction is empty</source>
        <translation>die Korrektur ist leer</translation>
    </message>
    <message>
        <source>%1 is closed: it takes no more alerts</source>
        <translation>%1 ist geschlossen: es nimmt keine Alarme mehr auf</translation>
    </message>
    <message>
        <source>the alerts are linked to %1 already</source>
        <translation>die Alarme gehören schon zu %1</translation>
    </message>
    <message>
        <source>Linked alerts: %1</source>
        <translation>Verknüpfte Alarme: %1</translation>
    </message>
</context>
<context>
    <name>IncidentSession</name>
    <message>
        <source>no incident with id %1</source>
        <translation>kein Incident mit der ID %1</translation>
    </message>
</context>
<context>
    <name>IncidentsFeature</name>
    <message>
        <source>Declare Incident</source>
        <translation>Incident ausrufen</translation>
    </message>
    <message>
        <source>%1 is part of %2 (%3), which is open.</source>
        <translation>%1 gehört zu %2 (%3), das offen ist.</translation>
    </message>
    <message>
        <source>Add the selected alerts to %1, or declare a new incident: a second incident for the same alerts.</source>
        <translation>Die gewählten Alarme zu %1 hinzufügen oder einen neuen Incident ausrufen: einen zweiten Incident für dieselben Alarme.</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Declare New Incident…</source>
        <translation>Neuen Incident ausrufen…</translation>
    </message>
    <message>
        <source>Not added to %1: %2</source>
        <translation>Nicht zu %1 hinzugefügt: %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n alert(s) to %1</source>
        <translation>
            <numerusform>%n Alarm zu %1 hinzugefügt</numerusform>
            <numerusform>%n Alarme zu %1 hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>MetricSnapshot</name>
    <message>
        <source>expected an array, found %1</source>
        <translation>erwartet ein Array, gefunden %1</translation>
    </message>
    <message>
        <source>expected a positive number of seconds, found %1</source>
        <translation>erwartet eine positive Anzahl Sekunden, gefunden %1</translation>
    </message>
    <message>
        <source>expected [epochMs, value], found %1</source>
        <translation>erwartet [epochMs, value], gefunden %1</translation>
    </message>
    <message>
        <source>expected Unix milliseconds, found %1</source>
        <translation>erwartet Unix-Millisekunden, gefunden %1</translation>
    </message>
    <message>
        <source>expected a number, &quot;NaN&quot;, &quot;+Inf&quot; or &quot;-Inf&quot;, found %1</source>
        <translation>erwartet eine Zahl, &quot;NaN&quot;, &quot;+Inf&quot; oder &quot;-Inf&quot;, gefunden %1</translation>
    </message>
    <message>
        <source>expected &quot;matrix&quot; (a range query&apos;s answer), found &quot;%1&quot;</source>
        <translation>erwartet &quot;matrix&quot; (die Antwort einer Zeitraumabfrage), gefunden &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <source>expected a level from 0 to 4</source>
        <translation>erwartet eine Stufe von 0 bis 4</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet eines von %1</translation>
    </message>
    <message>
        <source>interval and timeout must be at least 1 second</source>
        <translation>Intervall und Zeitlimit müssen mindestens 1 Sekunde betragen</translation>
    </message>
    <message>
        <source>range must be positive and step not negative</source>
        <translation>der Zeitraum muss positiv und der Schritt darf nicht negativ sein</translation>
    </message>
    <message>
        <source>is after deployedAt</source>
        <translation>liegt nach deployedAt</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>unknown role (expected %1)</source>
        <translation>unbekannte Rolle (erwartet: %1)</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unbekannter Status</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet ein Objekt, gefunden %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet eine Zeichenkette, gefunden %1</translation>
    </message>
    <message>
        <source>expected a UUID, found &quot;%1&quot;</source>
        <translation>erwartet eine UUID, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), found &quot;%1&quot;</source>
        <translation>erwartet ein Datum (JJJJ-MM-TT), gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>erwartet true oder false, gefunden %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>erwartet eine ganze Zahl, gefunden %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>erwartet eine Zahl, gefunden %1</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>erwartet ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>expected an object of strings</source>
        <translation>erwartet ein Objekt mit Zeichenketten</translation>
    </message>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>erwartet eines von %1, gefunden &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a positive schema version</source>
        <translation>erwartet eine positive Schemaversion</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Opsdeck reads (%2); update Opsdeck</source>
        <translation>Schemaversion %1 ist neuer, als dieses Opsdeck lesen kann (%2); aktualisieren Sie Opsdeck</translation>
    </message>
    <message>
        <source>expected an http(s) URL</source>
        <translation>erwartet eine http(s)-URL</translation>
    </message>
    <message>
        <source>is before startsAt</source>
        <translation>liegt vor startsAt</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>erwartet ein Array</translation>
    </message>
    <message>
        <source>%1 is already in the workspace</source>
        <translation>%1 ist bereits im Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 appears twice in the bundle</source>
        <translation>%1 kommt im Paket zweimal vor</translation>
    </message>
    <message>
        <source>no incident %1 in the bundle or the workspace</source>
        <translation>kein Incident %1 im Paket oder im Arbeitsbereich</translation>
    </message>
    <message>
        <source>expected a key such as INC-2026-0042, found &quot;%1&quot;</source>
        <translation>erwartet einen Schlüssel wie INC-2026-0042, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with a zone, found &quot;%1&quot;</source>
        <translation>erwartet eine Zeit nach ISO 8601 mit Zeitzone, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field (a bundle holds %1)</source>
        <translation>unbekanntes Feld (ein Paket enthält %1)</translation>
    </message>
    <message>
        <source>no event %1 in the bundle or the workspace</source>
        <translation>kein Ereignis %1 im Paket oder im Arbeitsbereich</translation>
    </message>
    <message>
        <source>expected at least one section</source>
        <translation>erwartet mindestens einen Abschnitt</translation>
    </message>
    <message>
        <source>expected letters, digits and _, found &quot;%1&quot;</source>
        <translation>Buchstaben, Ziffern und _ erwartet, gefunden „%1“</translation>
    </message>
    <message>
        <source>expected %1 to %2, found %3</source>
        <translation>%1 bis %2 erwartet, gefunden %3</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
</context>
<context>
    <name>PanelValues</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>PanelWidget</name>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>On-call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Incident Command</source>
        <translation>Incident-Leitung</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Every alert at a glance, silences and backend health</source>
        <translation>Alle Alarme auf einen Blick, Stummschaltungen und Backend-Zustand</translation>
    </message>
    <message>
        <source>Run an incident: status, roles, timeline and runbooks</source>
        <translation>Einen Incident führen: Status, Rollen, Zeitleiste und Runbooks</translation>
    </message>
    <message>
        <source>Write blameless post-mortems from an incident&apos;s frozen timeline</source>
        <translation>Schuldfreie Post-Mortems aus der eingefrorenen Zeitleiste eines Incidents schreiben</translation>
    </message>
    <message>
        <source>Metrics, maturity assessments and action items for review meetings</source>
        <translation>Kennzahlen, Reifegradbewertungen und Maßnahmen für Review-Besprechungen</translation>
    </message>
</context>
<context>
    <name>PostMortemCommand</name>
    <message>
        <source>Created post-mortem %1: %2
</source>
        <translation>Post-Mortem %1 angelegt: %2
</translation>
    </message>
    <message>
        <source>Create a post-mortem from an incident (its facts, key timeline events and metric snapshots filled in) or blank.</source>
        <translation>Ein Post-Mortem aus einem Incident anlegen (mit dessen Eckdaten, wichtigen Ereignissen der Zeitleiste und Metrik-Snapshots vorausgefüllt) oder leer.</translation>
    </message>
    <message>
        <source>create: the incident KEY it is about.</source>
        <translation>create: der Schlüssel KEY des Incidents, um den es geht.</translation>
    </message>
    <message>
        <source>create: a blank post-mortem&apos;s TITLE.</source>
        <translation>create: der Titel TITLE eines leeren Post-Mortems.</translation>
    </message>
    <message>
        <source>create: the template&apos;s NAME (default: the team&apos;s default).</source>
        <translation>create: der Name NAME der Vorlage (Vorgabe: die Standardvorlage des Teams).</translation>
    </message>
    <message>
        <source>create: who writes it (default: $USER).</source>
        <translation>create: wer es schreibt (Vorgabe: $USER).</translation>
    </message>
    <message>
        <source>create.</source>
        <translation>create.</translation>
    </message>
    <message>
        <source>postmortem needs an action: create</source>
        <translation>postmortem braucht eine Aktion: create</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected create)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (erwartet: create)</translation>
    </message>
    <message>
        <source>&apos;postmortem create&apos; needs either --from-incident KEY or --title TITLE</source>
        <translation>&apos;postmortem create&apos; braucht entweder --from-incident KEY oder --title TITLE</translation>
    </message>
    <message>
        <source>List the post-mortems of the workspace, last changed first, as a table or JSON.</source>
        <translation>Die Post-Mortems des Arbeitsbereichs auflisten, zuletzt geänderte zuerst, als Tabelle oder JSON.</translation>
    </message>
    <message>
        <source>Only post-mortems in STATE: draft, in_review or published.</source>
        <translation>Nur Post-Mortems im Zustand STATE: draft, in_review oder published.</translation>
    </message>
    <message>
        <source>list.</source>
        <translation>list.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected list)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (erwartet: list)</translation>
    </message>
    <message>
        <source>--state: unknown state &apos;%1&apos; (expected %2)</source>
        <translation>--state: unbekannter Zustand &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>No post-mortems.
</source>
        <translation>Keine Post-Mortems.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>INCIDENT</source>
        <translation>INCIDENT</translation>
    </message>
    <message>
        <source>OPEN ITEMS</source>
        <translation>OFFENE MASSNAHMEN</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (expected md, html or pdf)</source>
        <translation>--format: unbekanntes Format &apos;%1&apos; (erwartet: md, html oder pdf)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import a Markdown post-mortem that follows the template (as &apos;export postmortem --format md&apos; writes it).</source>
        <translation>Ein Markdown-Post-Mortem importieren, das der Vorlage folgt (wie &apos;export postmortem --format md&apos; es schreibt).</translation>
    </message>
    <message>
        <source>Who imports it (default: $USER).</source>
        <translation>Wer es importiert (Vorgabe: $USER).</translation>
    </message>
    <message>
        <source>postmortem FILE.md.</source>
        <translation>postmortem FILE.md.</translation>
    </message>
    <message>
        <source>expected &apos;import postmortem FILE.md&apos;, got &apos;%1&apos;</source>
        <translation>erwartet: &apos;import postmortem FILE.md&apos;, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported post-mortem %1: %2
</source>
        <translation>Post-Mortem %1 importiert: %2
</translation>
    </message>
</context>
<context>
    <name>PostMortemDraft</name>
    <message>
        <source>firing since %1</source>
        <translation>aktiv seit %1</translation>
    </message>
    <message>
        <source>commander: %1</source>
        <translation>Leitung: %1</translation>
    </message>
    <message>
        <source>%1 incident %2, “%3”%4; declared %5.</source>
        <translation>%1-Incident %2, „%3“%4; ausgerufen %5.</translation>
    </message>
    <message>
        <source> (game day)</source>
        <translation> (Game Day)</translation>
    </message>
    <message>
        <source>Impact window: %1 to %2 (%3). Services: %4.</source>
        <translation>Auswirkung: %1 bis %2 (%3). Dienste: %4.</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>noch nicht behoben</translation>
    </message>
    <message>
        <source>Time to detect: %1.</source>
        <translation>Zeit bis Erkennung: %1.</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alarme:</translation>
    </message>
    <message>
        <source>Time to acknowledge: %1. Roles: %2.</source>
        <translation>Zeit bis Quittierung: %1. Rollen: %2.</translation>
    </message>
    <message>
        <source>Time to mitigate: %1. Time to resolve: %2.</source>
        <translation>Zeit bis Eindämmung: %1. Zeit bis Behebung: %2.</translation>
    </message>
    <message>
        <source>Post-mortem: %1 %2</source>
        <translation>Post-Mortem: %1 %2</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Metriken:</translation>
    </message>
</context>
<context>
    <name>PostMortemExport</name>
    <message>
        <source>The HTML would contain “%1”; nothing was exported.</source>
        <translation>Das HTML würde „%1“ enthalten; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Unbekanntes Exportformat.</translation>
    </message>
</context>
<context>
    <name>PostMortemMarkdown</name>
    <message>
        <source>expected a post-mortem: a &apos;# Title&apos; line first, then &apos;## Section&apos; headings such as &apos;## Summary&apos;</source>
        <translation>erwartet ein Post-Mortem: zuerst eine Zeile &apos;# Titel&apos;, dann Überschriften &apos;## Abschnitt&apos; wie &apos;## Zusammenfassung&apos;</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>line %1: expected an action item: a priority of %2, a due date like 2026-12-31 or none, a status of %3</source>
        <translation>Zeile %1: erwartet eine Maßnahme: eine Priorität aus %2, ein Fälligkeitsdatum wie 2026-12-31 oder keines, einen Status aus %3</translation>
    </message>
    <message>
        <source>line %1: expected a UTC time like 2026-11-21 14:05:00, found &apos;%2&apos;</source>
        <translation>Zeile %1: erwartet eine UTC-Zeit wie 2026-11-21 14:05:00, gefunden &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: expected a table row of %2 cells, found %3</source>
        <translation>Zeile %1: erwartet eine Tabellenzeile mit %2 Zellen, gefunden %3</translation>
    </message>
    <message>
        <source>line %1: the post-mortem&apos;s facts are damaged (expected JSON after &apos;opsdeck:meta&apos;)</source>
        <translation>Zeile %1: die Eckdaten des Post-Mortems sind beschädigt (erwartet: JSON nach &apos;opsdeck:meta&apos;)</translation>
    </message>
    <message>
        <source>line %1: a chart&apos;s data is damaged (expected JSON after &apos;opsdeck:chart&apos;)</source>
        <translation>Zeile %1: die Daten eines Diagramms sind beschädigt (erwartet: JSON nach &apos;opsdeck:chart&apos;)</translation>
    </message>
</context>
<context>
    <name>PostMortemRenderer</name>
    <message>
        <source>[missing chart %1]</source>
        <translation>[fehlendes Diagramm %1]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No timeline entries.</source>
        <translation>Keine Einträge in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Untitled post-mortem</source>
        <translation>Post-Mortem ohne Titel</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <source>Review state:</source>
        <translation>Review-Status:</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>No data in this snapshot</source>
        <translation>Keine Daten in diesem Snapshot</translation>
    </message>
    <message>
        <source>The chart “%1” cannot be drawn: %2</source>
        <translation>Das Diagramm „%1“ kann nicht gezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>PostMortemService</name>
    <message>
        <source>no post-mortem with id %1</source>
        <translation>kein Post-Mortem mit der ID %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is published and read-only; reopen it to change it</source>
        <translation>&apos;%1&apos; ist veröffentlicht und schreibgeschützt; öffnen Sie es wieder, um es zu ändern</translation>
    </message>
    <message>
        <source>no incident with id or key %1</source>
        <translation>kein Incident mit der ID oder dem Schlüssel %1</translation>
    </message>
    <message>
        <source>a post-mortem needs a title</source>
        <translation>ein Post-Mortem braucht einen Titel</translation>
    </message>
    <message>
        <source>%1 is the start of more than one post-mortem&apos;s id; give more of it</source>
        <translation>%1 ist der Anfang der ID mehrerer Post-Mortems; geben Sie mehr davon an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was changed by %2 at %3 UTC after you opened it; nothing was overwritten (your text is kept as the unsaved copy)</source>
        <translation>&apos;%1&apos; wurde von %2 um %3 UTC geändert, nachdem Sie es geöffnet hatten; nichts wurde überschrieben (Ihr Text bleibt als ungespeicherte Kopie erhalten)</translation>
    </message>
    <message>
        <source>a post-mortem in state %1 cannot move to %2 (allowed: %3)</source>
        <translation>ein Post-Mortem im Zustand %1 kann nicht zu %2 wechseln (erlaubt: %3)</translation>
    </message>
    <message>
        <source>name at least one reviewer before submitting &apos;%1&apos; for review</source>
        <translation>nennen Sie mindestens einen Reviewer, bevor Sie &apos;%1&apos; zum Review einreichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no version %2</source>
        <translation>&apos;%1&apos; hat keine Version %2</translation>
    </message>
    <message>
        <source>expected a Markdown post-mortem (text), found binary data</source>
        <translation>erwartet ein Markdown-Post-Mortem (Text), gefunden Binärdaten</translation>
    </message>
</context>
<context>
    <name>PostMortemTemplate</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What happened, in three sentences a newcomer understands.</source>
        <translation>Was geschah, in drei Sätzen, die auch Neue verstehen.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Who was affected, how, for how long; numbers where you have them.</source>
        <translation>Wer war betroffen, wie und wie lange; mit Zahlen, wo es sie gibt.</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>How we found out: which alert or report, and how quickly.</source>
        <translation>Wie wir es bemerkten: welcher Alarm oder welche Meldung, und wie schnell.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Who responded, and what they did first.</source>
        <translation>Wer reagierte, und was zuerst getan wurde.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>What mitigated the impact, and what resolved it.</source>
        <translation>Was die Auswirkung eindämmte und was sie behob.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The key moments, in order.</source>
        <translation>Die entscheidenden Momente, der Reihe nach.</translation>
    </message>
    <message>
        <source>Root causes and contributing factors</source>
        <translation>Ursachen und beitragende Faktoren</translation>
    </message>
    <message>
        <source>Conditions and decisions that made this possible; systems, not people.</source>
        <translation>Bedingungen und Entscheidungen, die das möglich machten; Systeme, nicht Personen.</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What helped, and should be kept.</source>
        <translation>Was geholfen hat und beibehalten werden sollte.</translation>
    </message>
    <message>
        <source>What went poorly</source>
        <translation>Was schlecht lief</translation>
    </message>
    <message>
        <source>What slowed us down or made it worse.</source>
        <translation>Was uns aufgehalten oder es verschlimmert hat.</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>What could have gone worse, and why it did not.</source>
        <translation>Was schlimmer hätte kommen können, und warum es das nicht tat.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>What the whole team should take away.</source>
        <translation>Was das ganze Team mitnehmen sollte.</translation>
    </message>
    <message>
        <source>Each with an owner, a priority and a due date, in the table below.</source>
        <translation>Jeweils mit verantwortlicher Person, Priorität und Fälligkeitsdatum, in der Tabelle unten.</translation>
    </message>
    <message>
        <source>Blameless</source>
        <translation>Schuldfrei</translation>
    </message>
</context>
<context>
    <name>PostMortemTemplateLibrary</name>
    <message>
        <source>a template needs a name</source>
        <translation>eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <source>a template needs at least one section</source>
        <translation>eine Vorlage braucht mindestens einen Abschnitt</translation>
    </message>
    <message>
        <source>the built-in template cannot be deleted</source>
        <translation>die eingebaute Vorlage kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>no template with id %1</source>
        <translation>keine Vorlage mit der ID %1</translation>
    </message>
    <message>
        <source>no template with id or name %1</source>
        <translation>keine Vorlage mit der ID oder dem Namen %1</translation>
    </message>
</context>
<context>
    <name>PostMortemTexts</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Review</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>QueryEngine</name>
    <message>
        <source>Prometheus &quot;%1&quot; (%2): %3</source>
        <translation>Prometheus „%1“ (%2): %3</translation>
    </message>
</context>
<context>
    <name>RunbookParser</name>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the file must start with a front matter block (---)</source>
        <translation>die Datei muss mit einem Front-Matter-Block (---) beginnen</translation>
    </message>
    <message>
        <source>the front matter started here is never closed with ---</source>
        <translation>der hier begonnene Front-Matter-Block wird nie mit --- geschlossen</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot; in the front matter, got &quot;%1&quot;</source>
        <translation>erwartet &quot;key: value&quot; im Front Matter, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (erwartet: einer von %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value (nested YAML is not supported; write lists as [a, b])</source>
        <translation>&quot;%1&quot; hat keinen Wert (verschachteltes YAML wird nicht unterstützt; schreiben Sie Listen als [a, b])</translation>
    </message>
    <message>
        <source>the front matter has no &quot;title&quot;</source>
        <translation>im Front Matter fehlt &quot;title&quot;</translation>
    </message>
    <message>
        <source>&quot;services&quot; must be a list like [checkout, payments]</source>
        <translation>&quot;services&quot; muss eine Liste wie [checkout, payments] sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-10-01</source>
        <translation>&quot;%1&quot; ist kein Datum wie 2026-10-01</translation>
    </message>
    <message>
        <source>alerts (column %1): %2</source>
        <translation>alerts (Spalte %1): %2</translation>
    </message>
    <message>
        <source>the code block started here is never closed</source>
        <translation>der hier begonnene Codeblock wird nie geschlossen</translation>
    </message>
    <message>
        <source>a checklist item without text</source>
        <translation>ein Checklisteneintrag ohne Text</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>RunbookProgress</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>could not be started</source>
        <translation>konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation>Schritt %1 von %2: %3 — %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Ran the command of step %1 of %2: %3</source>
        <translation>Befehl aus Schritt %1 von %2 ausgeführt: %3</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>anstehend</translation>
    </message>
</context>
<context>
    <name>RunbooksCommand</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>SCHRITTE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ZUSTÄNDIG</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <source>List the runbooks of a folder (Markdown and SSM Automation documents), or check that every one of them can be read (list, check).</source>
        <translation>Die Runbooks eines Ordners auflisten (Markdown- und SSM-Automation-Dokumente) oder prüfen, ob jedes davon gelesen werden kann (list, check).</translation>
    </message>
    <message>
        <source>The runbook folder DIR (default: the runbooks/folder setting).</source>
        <translation>Der Runbook-Ordner DIR (Vorgabe: die Einstellung runbooks/folder).</translation>
    </message>
    <message>
        <source>list or check</source>
        <translation>list oder check</translation>
    </message>
    <message>
        <source>expected &apos;list&apos; or &apos;check&apos;</source>
        <translation>erwartet: &apos;list&apos; oder &apos;check&apos;</translation>
    </message>
    <message>
        <source>no runbook folder: give --folder DIR or set runbooks/folder</source>
        <translation>kein Runbook-Ordner: geben Sie --folder DIR an oder setzen Sie runbooks/folder</translation>
    </message>
    <message>
        <source>the runbook folder %1 does not exist</source>
        <translation>der Runbook-Ordner %1 existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n runbook file(s) could not be read; see &apos;opsdeck runbooks check&apos;
</source>
        <translation>
            <numerusform>%n Runbook-Datei ist nicht lesbar; siehe &apos;opsdeck runbooks check&apos;
</numerusform>
            <numerusform>%n Runbook-Dateien sind nicht lesbar; siehe &apos;opsdeck runbooks check&apos;
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runbook(s), all readable
</source>
        <translation>
            <numerusform>%n Runbook, lesbar
</numerusform>
            <numerusform>%n Runbooks, alle lesbar
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SilenceCommand</name>
    <message>
        <source>&apos;%1&apos; is not a duration (expected e.g. 15m, 1h, 4h, 1h30m or 2d)</source>
        <translation>&apos;%1&apos; ist keine Dauer (erwartet z. B. 15m, 1h, 4h, 1h30m oder 2d)</translation>
    </message>
    <message>
        <source>the duration &apos;%1&apos; is too long</source>
        <translation>die Dauer &apos;%1&apos; ist zu lang</translation>
    </message>
    <message>
        <source>the duration &apos;%1&apos; must be longer than zero</source>
        <translation>die Dauer &apos;%1&apos; muss größer als null sein</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>MATCHERS</source>
        <translation>MATCHER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>ENDS</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>ERSTELLT VON</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>KOMMENTAR</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>QUELLEN</translation>
    </message>
    <message>
        <source>Expired silence %1.
</source>
        <translation>Stummschaltung %1 beendet.
</translation>
    </message>
    <message>
        <source>opsdeck: silence %1 was not expired: %2
</source>
        <translation>opsdeck: Stummschaltung %1 wurde nicht beendet: %2
</translation>
    </message>
    <message>
        <source>How long the silence lasts from now: 15m, 1h, 4h, 2d.</source>
        <translation>Wie lange die Stummschaltung ab jetzt dauert: 15m, 1h, 4h, 2d.</translation>
    </message>
    <message>
        <source>Why the alerts are silenced.</source>
        <translation>Warum die Alarme stummgeschaltet werden.</translation>
    </message>
    <message>
        <source>Who silences (default: your login name).</source>
        <translation>Wer stummschaltet (Vorgabe: Ihr Anmeldename).</translation>
    </message>
    <message>
        <source>Use the Alertmanager at URL.</source>
        <translation>Den Alertmanager unter URL verwenden.</translation>
    </message>
    <message>
        <source>Use the configured Alertmanager NAME.</source>
        <translation>Den eingerichteten Alertmanager NAME verwenden.</translation>
    </message>
    <message>
        <source>List expired silences instead of active and pending ones.</source>
        <translation>Abgelaufene Stummschaltungen statt aktiver und anstehender auflisten.</translation>
    </message>
    <message>
        <source>add MATCHER... --duration D, list, or expire ID.</source>
        <translation>add MATCHER... --duration D, list oder expire ID.</translation>
    </message>
    <message>
        <source>silence needs an action: add, list or expire</source>
        <translation>silence braucht eine Aktion: add, list oder expire</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected add, list or expire)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (erwartet: add, list oder expire)</translation>
    </message>
    <message>
        <source>&apos;silence list&apos; takes no further arguments</source>
        <translation>&apos;silence list&apos; nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>&apos;silence expire&apos; needs exactly one silence ID</source>
        <translation>&apos;silence expire&apos; braucht genau eine Stummschaltungs-ID</translation>
    </message>
    <message>
        <source>--%1 is only for &apos;silence add&apos;</source>
        <translation>--%1 gilt nur für &apos;silence add&apos;</translation>
    </message>
    <message>
        <source>--expired is only for &apos;silence list&apos;</source>
        <translation>--expired gilt nur für &apos;silence list&apos;</translation>
    </message>
    <message>
        <source>&apos;silence add&apos; needs at least one MATCHER, e.g. alertname=DiskFull</source>
        <translation>&apos;silence add&apos; braucht mindestens einen MATCHER, z. B. alertname=DiskFull</translation>
    </message>
    <message>
        <source>matchers &apos;%1&apos;, column %2: %3</source>
        <translation>Matcher &apos;%1&apos;, Spalte %2: %3</translation>
    </message>
    <message>
        <source>&apos;silence add&apos; needs --duration, e.g. --duration 1h</source>
        <translation>&apos;silence add&apos; braucht --duration, z. B. --duration 1h</translation>
    </message>
    <message>
        <source>Silenced with &apos;opsdeck silence add&apos;.</source>
        <translation>Stummgeschaltet mit &apos;opsdeck silence add&apos;.</translation>
    </message>
    <message>
        <source>a silence needs an author and a comment</source>
        <translation>eine Stummschaltung braucht einen Autor und einen Kommentar</translation>
    </message>
    <message>
        <source>Add, list and expire Alertmanager silences on the Alertmanagers given with --alertmanager or --backend, or else on every configured one. Of the members of one cluster only one gets a new silence, and one holding it an expiry; the cluster spreads it.</source>
        <translation>Alertmanager-Stummschaltungen anlegen, auflisten und beenden – auf den mit --alertmanager oder --backend angegebenen Alertmanagern, sonst auf allen eingerichteten. Von den Mitgliedern eines Clusters erhält nur eines eine neue Stummschaltung und eines, das sie hält, ihr Beenden; der Cluster verteilt sie.</translation>
    </message>
</context>
<context>
    <name>SilenceParser</name>
    <message>
        <source>expected a JSON array of silences</source>
        <translation>erwartet ein JSON-Array von Stummschaltungen</translation>
    </message>
    <message>
        <source>the answer names no silenceID (starts with &quot;%1&quot;)</source>
        <translation>die Antwort nennt keine silenceID (beginnt mit &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>SsmDocumentParser</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: erwartet Text</translation>
    </message>
    <message>
        <source>expected a mapping with schemaVersion and mainSteps (an SSM Automation document)</source>
        <translation>erwartet ein Mapping mit schemaVersion und mainSteps (ein SSM-Automation-Dokument)</translation>
    </message>
    <message>
        <source>schemaVersion: expected &apos;0.3&apos; (an Automation document), got &apos;%1&apos;</source>
        <translation>schemaVersion: erwartet &apos;0.3&apos; (ein Automation-Dokument), gefunden &apos;%1&apos;</translation>
    </message>
    <message>
        <source>description: expected text</source>
        <translation>description: erwartet Text</translation>
    </message>
    <message>
        <source>mainSteps is missing</source>
        <translation>mainSteps fehlt</translation>
    </message>
    <message>
        <source>mainSteps: expected a list of at least one step</source>
        <translation>mainSteps: erwartet eine Liste mit mindestens einem Schritt</translation>
    </message>
    <message>
        <source>%1: expected a mapping with name and action</source>
        <translation>%1: erwartet ein Mapping mit name und action</translation>
    </message>
    <message>
        <source>%1.inputs.Script: expected text</source>
        <translation>%1.inputs.Script: erwartet Text</translation>
    </message>
    <message>
        <source>%1: expected a list of command lines</source>
        <translation>%1: erwartet eine Liste von Befehlszeilen</translation>
    </message>
    <message>
        <source>%1[%2]: expected a command line</source>
        <translation>%1[%2]: erwartet eine Befehlszeile</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>unprocessed</source>
        <translation>unverarbeitet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>StatusUpdate</name>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Nächste Meldung:</translation>
    </message>
    <message>
        <source>affected: %1</source>
        <translation>betroffen: %1</translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation>seit %1 (%2)</translation>
    </message>
    <message>
        <source>no alerts linked</source>
        <translation>keine Alarme verknüpft</translation>
    </message>
    <message>
        <source>alerts firing: %1 of %2</source>
        <translation>ausgelöste Alarme: %1 von %2</translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation>Lage: %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(false alarm)</source>
        <translation>(Fehlalarm)</translation>
    </message>
    <message>
        <source>(game day)</source>
        <translation>(Game Day)</translation>
    </message>
    <message>
        <source>Actions: none recorded yet.</source>
        <translation>Maßnahmen: noch keine festgehalten.</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <source>Needs: none stated.</source>
        <translation>Bedarf: keiner genannt.</translation>
    </message>
    <message>
        <source>Commander: not assigned</source>
        <translation>Leitung: nicht besetzt</translation>
    </message>
    <message>
        <source>Commander: %1</source>
        <translation>Leitung: %1</translation>
    </message>
    <message>
        <source>alerts still firing although resolved: %1 of %2</source>
        <translation>Alarme feuern trotz Behebung weiter: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <source>Show the version and where logs, settings and the workspace are kept.</source>
        <translation>Die Version anzeigen und wo Protokolle, Einstellungen und der Arbeitsbereich liegen.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Inspect, check, export or import the workspace (info, check, export FILE, import FILE).</source>
        <translation>Den Arbeitsbereich ansehen, prüfen, exportieren oder importieren (info, check, export FILE, import FILE).</translation>
    </message>
    <message>
        <source>List, add, edit, remove or test the Prometheus and Alertmanager backends (list, add NAME, edit NAME, remove NAME, test NAME).</source>
        <translation>Die Prometheus- und Alertmanager-Backends auflisten, hinzufügen, bearbeiten, entfernen oder testen (list, add NAME, edit NAME, remove NAME, test NAME).</translation>
    </message>
    <message>
        <source>Print the current alerts of the backends, de-duplicated and filtered, as a table or JSON.</source>
        <translation>Die aktuellen Alarme der Backends ausgeben, ohne Duplikate und gefiltert, als Tabelle oder JSON.</translation>
    </message>
    <message>
        <source>Add, list or expire Alertmanager silences (add MATCHER... --duration D, list, expire ID).</source>
        <translation>Alertmanager-Stummschaltungen hinzufügen, auflisten oder beenden (add MATCHER... --duration D, list, expire ID).</translation>
    </message>
    <message>
        <source>Declare an incident, change its status, assign roles or add a note (declare, status KEY STATUS, role KEY ROLE NAME, note KEY TEXT).</source>
        <translation>Einen Incident ausrufen, seinen Status ändern, Rollen besetzen oder eine Notiz schreiben (declare, status KEY STATUS, role KEY ROLE NAME, note KEY TEXT).</translation>
    </message>
    <message>
        <source>List the incidents of the workspace as a table or JSON.</source>
        <translation>Die Incidents des Arbeitsbereichs als Tabelle oder JSON auflisten.</translation>
    </message>
    <message>
        <source>List the Markdown runbooks of a folder or check that they can be read (list, check).</source>
        <translation>Die Markdown-Runbooks eines Ordners auflisten oder prüfen, ob sie lesbar sind (list, check).</translation>
    </message>
    <message>
        <source>Export an incident&apos;s timeline as Markdown, CSV or JSON (timeline KEY --format md|csv|json) or a post-mortem as Markdown, HTML or PDF (postmortem ID --format md|html|pdf).</source>
        <translation>Die Zeitleiste eines Incidents als Markdown, CSV oder JSON (timeline KEY --format md|csv|json) oder ein Post-Mortem als Markdown, HTML oder PDF (postmortem ID --format md|html|pdf) exportieren.</translation>
    </message>
    <message>
        <source>Create a post-mortem from an incident or blank (create --from-incident KEY | --title TITLE).</source>
        <translation>Ein Post-Mortem aus einem Incident oder leer anlegen (create --from-incident KEY | --title TITLE).</translation>
    </message>
    <message>
        <source>List the post-mortems of the workspace as a table or JSON.</source>
        <translation>Die Post-Mortems des Arbeitsbereichs als Tabelle oder JSON auflisten.</translation>
    </message>
    <message>
        <source>Import a Markdown post-mortem (postmortem FILE.md).</source>
        <translation>Ein Markdown-Post-Mortem importieren (postmortem FILE.md).</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Output FORMAT: %1.</source>
        <translation>Ausgabe-FORMAT: %1.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>List the dashboards, import a Grafana dashboard or export one (list, import FILE [--datasource NAME], export ID --format opsdeck|grafana).</source>
        <translation>Die Dashboards auflisten, ein Grafana-Dashboard importieren oder eines exportieren (list, import DATEI [--datasource NAME], export ID --format opsdeck|grafana).</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>~~%1~~ (corrected: %2)</source>
        <translation>~~%1~~ (korrigiert: %2)</translation>
    </message>
</context>
<context>
    <name>TimelineRepository</name>
    <message>
        <source>no incident with id %1</source>
        <translation>kein Incident mit der ID %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceBundle</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not a workspace</source>
        <translation>%1 ist kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>the workspace holds a document that cannot be read: %1</source>
        <translation>der Arbeitsbereich enthält ein Dokument, das nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a workspace bundle: it is not a JSON object</source>
        <translation>%1 ist kein Arbeitsbereichspaket: es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is not a workspace bundle: &quot;format&quot; is not &quot;%2&quot;</source>
        <translation>%1 ist kein Arbeitsbereichspaket: &quot;format&quot; ist nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>abgebrochen; nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>Workspace: %1
</source>
        <translation>Arbeitsbereich: %1
</translation>
    </message>
    <message>
        <source>It does not exist yet; Opsdeck creates it on first use.
</source>
        <translation>Er existiert noch nicht; Opsdeck legt ihn bei der ersten Verwendung an.
</translation>
    </message>
    <message>
        <source>Schema:    %1 (this Opsdeck: %2)
</source>
        <translation>Schema:    %1 (dieses Opsdeck: %2)
</translation>
    </message>
    <message>
        <source>Size:      %1 bytes
</source>
        <translation>Größe:     %1 Bytes
</translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <translation>kein Arbeitsbereich unter %1</translation>
    </message>
    <message>
        <source>%1: %2 documents checked, %3 problems
</source>
        <translation>%1: %2 Dokumente geprüft, %3 Probleme
</translation>
    </message>
    <message>
        <source>Exported %1 to %2
</source>
        <translation>%1 nach %2 exportiert
</translation>
    </message>
    <message>
        <source>Imported %1 into %2
</source>
        <translation>%1 in %2 importiert
</translation>
    </message>
    <message>
        <source>Inspect, check, export and import the workspace.</source>
        <translation>Den Arbeitsbereich ansehen, prüfen, exportieren und importieren.</translation>
    </message>
    <message>
        <source>info, check, export FILE or import FILE.</source>
        <translation>info, check, export FILE oder import FILE.</translation>
    </message>
    <message>
        <source>workspace needs an action: info, check, export FILE or import FILE</source>
        <translation>workspace braucht eine Aktion: info, check, export FILE oder import FILE</translation>
    </message>
    <message>
        <source>&apos;workspace %1&apos; is not an action with these arguments (expected info, check, export FILE or import FILE)</source>
        <translation>&apos;workspace %1&apos; ist keine Aktion mit diesen Argumenten (erwartet: info, check, export FILE oder import FILE)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>the workspace path is empty</source>
        <translation>der Pfad des Arbeitsbereichs ist leer</translation>
    </message>
    <message>
        <source>the workspace path %1 is a folder, not a file</source>
        <translation>der Pfad des Arbeitsbereichs %1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the folder of the workspace %1 does not exist</source>
        <translation>der Ordner des Arbeitsbereichs %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>%1 row %2 points at a missing %3</source>
        <translation>%1 Zeile %2 verweist auf ein fehlendes %3</translation>
    </message>
    <message>
        <source>the disk holding the workspace %1 is full; nothing was changed. Free some space and try again</source>
        <translation>Der Datenträger des Arbeitsbereichs %1 ist voll; nichts wurde geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the workspace %1 could not be written (%2); nothing was changed. Check the disk and try again</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geschrieben werden (%2); nichts wurde geändert. Prüfen Sie den Datenträger und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the workspace %1 cannot be written: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceTask</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlarmService</name>
    <message>
        <source>silence %1 is not held by any configured Alertmanager</source>
        <translation>Stummschaltung %1 liegt bei keinem eingerichteten Alertmanager</translation>
    </message>
</context>
<context>
    <name>opsdeck::BackendClient</name>
    <message>
        <source>the proxy &apos;%1&apos; is not a URL like http://proxy:3128</source>
        <translation>der Proxy &apos;%1&apos; ist keine URL wie http://proxy:3128</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>CA file %1 holds no PEM certificate</source>
        <translation>CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>client certificate %1 holds no PEM certificate</source>
        <translation>Client-Zertifikat %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>client key %1 is not an unencrypted PEM RSA or EC key</source>
        <translation>Client-Schlüssel %1 ist kein unverschlüsselter RSA- oder EC-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB; aborted</source>
        <translation>die Antwort ist größer als %1 MiB; abgebrochen</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes; aborted</source>
        <translation>die Antwort ist größer als %1 Bytes; abgebrochen</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>die Antwort brach nach %1 von %2 Bytes ab</translation>
    </message>
    <message>
        <source>the answer is %1, not JSON (starts with &quot;%2&quot;)</source>
        <translation>die Antwort ist %1, kein JSON (beginnt mit &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>opsdeck::BackendConfiguration</name>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>Basic-Authentifizierung braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>The poll interval must be between 1 and 3600 seconds.</source>
        <translation>Das Abfrageintervall muss zwischen 1 und 3600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The request timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit für Anfragen muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>Die Datei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <source>The proxy must be system, none or a URL like http://proxy:3128.</source>
        <translation>Der Proxy muss system, none oder eine URL wie http://proxy:3128 sein.</translation>
    </message>
    <message>
        <source>A backend named %1 exists already.</source>
        <translation>Ein Backend namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The keychain did not take the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht übernommen: %1</translation>
    </message>
    <message>
        <source>The backend is removed, but its secret stays in the keychain: %1</source>
        <translation>Das Backend ist entfernt, aber sein Geheimnis bleibt im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>%1: no password or token in the keychain</source>
        <translation>%1: kein Passwort oder Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The proxy URL carries credentials; remove the user name and password.</source>
        <translation>Die Proxy-URL enthält Zugangsdaten; entfernen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>%1 authentication needs a password or token.</source>
        <translation>Die Authentifizierung %1 braucht ein Passwort oder Token.</translation>
    </message>
    <message>
        <source>Enter the password or token for %1 authentication.</source>
        <translation>Geben Sie das Passwort oder Token für die Authentifizierung %1 ein.</translation>
    </message>
    <message>
        <source>The backend is saved, but its old secret stays in the keychain: %1</source>
        <translation>Das Backend ist gespeichert, aber sein altes Geheimnis bleibt im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::JsonArrayStream</name>
    <message>
        <source>expected a JSON array</source>
        <translation>ein JSON-Array erwartet</translation>
    </message>
    <message>
        <source>a value is missing after the comma</source>
        <translation>nach dem Komma fehlt ein Wert</translation>
    </message>
    <message>
        <source>a value is missing before the comma</source>
        <translation>vor dem Komma fehlt ein Wert</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element of the array</source>
        <translation>nach einem Element des Arrays &apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>more text after the array</source>
        <translation>weiterer Text nach dem Array</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer ends before its array is closed</source>
        <translation>die Antwort endet, bevor ihr Array geschlossen ist</translation>
    </message>
</context>
<context>
    <name>opsdeck::MetricQueryService</name>
    <message>
        <source>no Prometheus backend with id %1 is configured</source>
        <translation>es ist kein Prometheus-Backend mit der ID %1 eingerichtet</translation>
    </message>
</context>
<context>
    <name>opsdeck::MetricRangeQuery</name>
    <message>
        <source>Prometheus &quot;%1&quot; (%2): %3</source>
        <translation>Prometheus &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <source>metrics can only be queried from a Prometheus, this is %1</source>
        <translation>Metriken können nur von einem Prometheus abgefragt werden, dies ist ein %1</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>die Abfrage ist leer</translation>
    </message>
    <message>
        <source>the time range is empty</source>
        <translation>der Zeitraum ist leer</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>unreadable answer: %1</source>
        <translation>unlesbare Antwort: %1</translation>
    </message>
    <message>
        <source>the query returned %1 series; only the first %2 are kept</source>
        <translation>die Abfrage lieferte %1 Zeitreihen; nur die ersten %2 werden behalten</translation>
    </message>
</context>
<context>
    <name>opsdeck::QueryEngine</name>
    <message>
        <source>no Prometheus backend is chosen for this query</source>
        <translation>für diese Abfrage ist kein Prometheus-Backend gewählt</translation>
    </message>
    <message>
        <source>no Prometheus backend with id %1 is configured</source>
        <translation>kein Prometheus-Backend mit der ID %1 ist eingerichtet</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>die Abfrage ist leer</translation>
    </message>
    <message>
        <source>the time range is empty</source>
        <translation>der Zeitraum ist leer</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>unreadable answer: %1</source>
        <translation>unlesbare Antwort: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::WorkspaceStore</name>
    <message>
        <source>%1 is not an Opsdeck workspace (it is not an SQLite database)</source>
        <translation>%1 ist kein Opsdeck-Arbeitsbereich (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is corrupted: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an Opsdeck workspace</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Opsdeck-Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 was written by a newer Opsdeck (schema %2; this one reads up to %3); update Opsdeck to open it</source>
        <translation>%1 wurde von einem neueren Opsdeck geschrieben (Schema %2; dieses liest bis %3); aktualisieren Sie Opsdeck, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>%1 could not be brought up to date: %2</source>
        <translation>%1 konnte nicht auf den neuesten Stand gebracht werden: %2</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AboutDialog</name>
    <message>
        <source>About Opsdeck</source>
        <translation>Über Opsdeck</translation>
    </message>
    <message>
        <source>A desktop operations console: alerts from Prometheus and Alertmanager, incidents with a live timeline, runbooks, blameless post-mortems and operational-maturity reviews.</source>
        <translation>Eine Betriebskonsole für den Desktop: Alarme aus Prometheus und Alertmanager, Incidents mit einer laufenden Zeitleiste, Runbooks, schuldfreie Post-Mortems und Bewertungen der betrieblichen Reife.</translation>
    </message>
    <message>
        <source>none (logging to the terminal only)</source>
        <translation>keine (Protokoll nur im Terminal)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Alerts</source>
        <translation>Alarme quittieren</translation>
    </message>
    <message numerus="yes">
        <source>Silence %n alert(s) exactly (every label must match):</source>
        <translation>
            <numerusform>%n Alarm genau stummschalten (jedes Label muss übereinstimmen):</numerusform>
            <numerusform>%n Alarme genau stummschalten (jedes Label muss übereinstimmen):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) cannot be silenced without an Alertmanager (reported by Prometheus only): %1</source>
        <translation>
            <numerusform>%n Alarm kann ohne Alertmanager nicht stummgeschaltet werden (nur von Prometheus gemeldet): %1</numerusform>
            <numerusform>%n Alarme können ohne Alertmanager nicht stummgeschaltet werden (nur von Prometheus gemeldet): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>Custom end</source>
        <translation>Eigenes Ende</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Not every alert was acknowledged:
%1</source>
        <translation>Nicht jeder Alarm wurde quittiert:
%1</translation>
    </message>
    <message>
        <source>Required: what you are doing about it</source>
        <translation>Pflichtfeld: was Sie dagegen tun</translation>
    </message>
    <message>
        <source>Required: who acknowledges</source>
        <translation>Pflichtfeld: wer bestätigt</translation>
    </message>
    <message>
        <source>&amp;Comment*:</source>
        <translation>&amp;Kommentar*:</translation>
    </message>
    <message>
        <source>&amp;Author*:</source>
        <translation>&amp;Autor*:</translation>
    </message>
    <message>
        <source>None of these alerts can be acknowledged here.</source>
        <translation>Keiner dieser Alarme kann hier bestätigt werden.</translation>
    </message>
    <message>
        <source>Choose an end in the future.</source>
        <translation>Wählen Sie ein Ende in der Zukunft.</translation>
    </message>
    <message>
        <source>Write a comment: it tells the next person why the alerts are silent.</source>
        <translation>Schreiben Sie einen Kommentar: Er sagt der nächsten Person, warum die Alarme still sind.</translation>
    </message>
    <message>
        <source>Name the author: the silence says who acknowledged.</source>
        <translation>Nennen Sie den Autor: Die Stummschaltung sagt, wer bestätigt hat.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::ActionItemDelegate</name>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::ActionItemOverviewModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s): due %1</source>
        <translation>
            <numerusform>Seit %n Tag überfällig: fällig am %1</numerusform>
            <numerusform>Seit %n Tagen überfällig: fällig am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Ticket: %2</source>
        <translation>%1
Ticket: %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::ActionItemsDock</name>
    <message>
        <source>No action items</source>
        <translation>Keine Maßnahmen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Action items written in post-mortems are listed here, overdue ones first.</source>
        <translation>Maßnahmen aus Post-Mortems stehen hier, überfällige zuerst.</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>Erledigte anzeigen</translation>
    </message>
    <message>
        <source>Also list the action items that are done or will not be done</source>
        <translation>Auch erledigte und verworfene Maßnahmen auflisten</translation>
    </message>
    <message>
        <source>Every action item is done. Show done to see them.</source>
        <translation>Alle Maßnahmen sind erledigt. Aktivieren Sie Erledigte anzeigen, um sie zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n to do, %1 overdue</source>
        <translation>
            <numerusform>%n offen, %1 überfällig</numerusform>
            <numerusform>%n offen, %1 überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AlarmFilterBar</name>
    <message>
        <source>Filter: severity=critical  job=~&quot;api.*&quot;  @state=active  @silenced=false  words</source>
        <translation>Filter: severity=critical  job=~&quot;api.*&quot;  @state=active  @silenced=false  Wörter</translation>
    </message>
    <message>
        <source>Terms separated by spaces; all must hold.
label=value, label!=value, label=~regex, label!~regex
@state=active|suppressed|unprocessed|pending|firing, @backend=name, @silenced=true|false
Other words are searched in the name, labels and summary.</source>
        <translation>Begriffe durch Leerzeichen getrennt; alle müssen zutreffen.
label=value, label!=value, label=~regex, label!~regex
@state=active|suppressed|unprocessed|pending|firing, @backend=name, @silenced=true|false
Andere Wörter werden im Namen, in den Labels und in der Zusammenfassung gesucht.</translation>
    </message>
    <message>
        <source>Saved filters of this perspective</source>
        <translation>Gespeicherte Filter dieser Perspektive</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Save this filter for the perspective</source>
        <translation>Diesen Filter für die Perspektive speichern</translation>
    </message>
    <message>
        <source>Remove the chosen saved filter</source>
        <translation>Den gewählten gespeicherten Filter entfernen</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Group the alerts by a label, or (none) for a flat list; any label name can be typed</source>
        <translation>Die Alarme nach einem Label gruppieren, oder (keine) für eine flache Liste; jeder Label-Name kann eingegeben werden</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AlarmFilterProxy</name>
    <message>
        <source>%1 — %2 of %3 shown</source>
        <translation>%1 — %2 von %3 angezeigt</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AlarmNotifier</name>
    <message>
        <source>Show Opsdeck</source>
        <translation>Opsdeck anzeigen</translation>
    </message>
    <message>
        <source>Notify from Severity</source>
        <translation>Benachrichtigen ab Schweregrad</translation>
    </message>
    <message>
        <source>Play a Sound</source>
        <translation>Ton abspielen</translation>
    </message>
    <message>
        <source>Do Not Disturb until %1</source>
        <translation>Nicht stören bis %1</translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 4 Hours</source>
        <translation>Für 4 Stunden</translation>
    </message>
    <message>
        <source>Until Tomorrow 09:00</source>
        <translation>Bis morgen 09:00</translation>
    </message>
    <message>
        <source>%1 new alerts</source>
        <translation>%1 neue Alarme</translation>
    </message>
    <message>
        <source>Opsdeck: active alerts: %1</source>
        <translation>Opsdeck: aktive Alarme: %1</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>anstehend: %1</translation>
    </message>
    <message>
        <source>silenced or inhibited: %1</source>
        <translation>stummgeschaltet oder unterdrückt: %1</translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>Nicht stören bis %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AlarmsDock</name>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Keine Alarme</translation>
    </message>
    <message>
        <source>Firing and pending alerts from every Prometheus and Alertmanager backend are listed here.</source>
        <translation>Ausgelöste und anstehende Alarme aller Prometheus- und Alertmanager-Backends stehen hier.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Quittieren…</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Declare Incident from These Alerts…</source>
        <translation>Incident aus diesen Alarmen ausrufen…</translation>
    </message>
    <message>
        <source>Mark All as Seen</source>
        <translation>Alle als gesehen markieren</translation>
    </message>
    <message>
        <source>Severity Mapping…</source>
        <translation>Schweregrad-Zuordnung…</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Alarme: %1</translation>
    </message>
    <message>
        <source>Alerts: %1 of %2</source>
        <translation>Alarme: %1 von %2</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>Open an incident with these alerts on its timeline</source>
        <translation>Einen Incident mit diesen Alarmen in seiner Zeitleiste eröffnen</translation>
    </message>
    <message>
        <source>Go to the filter</source>
        <translation>Zum Filter</translation>
    </message>
    <message>
        <source>Acknowledged %1 until %2</source>
        <translation>%1 bestätigt bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledging silences alerts in Alertmanager: add an Alertmanager backend</source>
        <translation>Bestätigen schaltet Alarme in Alertmanager stumm: Fügen Sie ein Alertmanager-Backend hinzu</translation>
    </message>
    <message>
        <source>Select the alerts to acknowledge</source>
        <translation>Wählen Sie die zu bestätigenden Alarme</translation>
    </message>
    <message>
        <source>Silence the selected alerts for a while (%1)</source>
        <translation>Die gewählten Alarme eine Weile stummschalten (%1)</translation>
    </message>
    <message>
        <source>Select the alerts to declare an incident from</source>
        <translation>Wählen Sie die Alarme, aus denen ein Incident ausgerufen wird</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add to the Open Incident</source>
        <translation>Zum offenen Incident hinzufügen</translation>
    </message>
    <message>
        <source>Open an incident in Incident Command to add alerts to it</source>
        <translation>Öffnen Sie einen Incident in der Incident-Leitung, um ihm Alarme hinzuzufügen</translation>
    </message>
    <message>
        <source>Select the alerts to add to %1</source>
        <translation>Wählen Sie die Alarme, die zu %1 hinzukommen</translation>
    </message>
    <message>
        <source>Link the selected alerts to %1; their changes go on its timeline</source>
        <translation>Die gewählten Alarme mit %1 verknüpfen; ihre Änderungen kommen in seine Zeitleiste</translation>
    </message>
    <message>
        <source>Loading alerts: %L1 of %L2…</source>
        <translation>Alarme werden geladen: %L1 von %L2 …</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AlertDetailView</name>
    <message>
        <source>Select an alert to see its labels, annotations, links and silences.</source>
        <translation>Wählen Sie einen Alarm, um seine Labels, Annotationen, Links und Stummschaltungen zu sehen.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Started %1, %2 ago</source>
        <translation>Begonnen %1, vor %2</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Gemeldet von: %1</translation>
    </message>
    <message>
        <source>Stale: its backends are failing; this is what they said last.</source>
        <translation>Veraltet: Seine Backends sind gestört; dies ist ihr letzter Stand.</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Open the query in Prometheus</source>
        <translation>Die Abfrage in Prometheus öffnen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>%1 by %2 until %3: %4</source>
        <translation>%1 von %2 bis %3: %4</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <source>No silence covers this alert.</source>
        <translation>Keine Stummschaltung erfasst diesen Alarm.</translation>
    </message>
    <message>
        <source>Runbook web page</source>
        <translation>Runbook-Webseite</translation>
    </message>
    <message>
        <source>%1 (not in the runbook library)</source>
        <translation>%1 (nicht in der Runbook-Bibliothek)</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>No runbook in the library is for this alert.</source>
        <translation>Kein Runbook der Bibliothek gilt für diesen Alarm.</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Incident:</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AlertWindow</name>
    <message>
        <source>%1 — no longer reported</source>
        <translation>%1 — wird nicht mehr gemeldet</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alarm %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::BackendEditor</name>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Aut&amp;hentifizierung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>C&amp;lient certificate:</source>
        <translation>C&amp;lient-Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Anfrage-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>e.g. prod-alertmanager</source>
        <translation>z. B. prod-alertmanager</translation>
    </message>
    <message>
        <source>e.g. https://alertmanager.example.org:9093/</source>
        <translation>z. B. https://alertmanager.example.org:9093/</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>Die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>http://proxy:3128</source>
        <translation>http://proxy:3128</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>TLS-Zertifikate p&amp;rüfen</translation>
    </message>
    <message>
        <source>TLS verification is off: anyone between you and the server can read and change the answers.</source>
        <translation>Die TLS-Prüfung ist aus: Jeder zwischen Ihnen und dem Server kann die Antworten lesen und ändern.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::BackendHealthIndicator</name>
    <message>
        <source>No backends</source>
        <translation>Keine Backends</translation>
    </message>
    <message>
        <source>No Prometheus or Alertmanager backend is configured</source>
        <translation>Es ist kein Prometheus- oder Alertmanager-Backend eingerichtet</translation>
    </message>
    <message>
        <source>Backend health</source>
        <translation>Backend-Zustand</translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation>%1 beeinträchtigt</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 at %2
%3
Last success: %4</source>
        <translation>%1 unter %2
%3
Letzter Erfolg: %4</translation>
    </message>
    <message>
        <source>alerts: %1, answered in %2 ms</source>
        <translation>Alarme: %1, Antwort in %2 ms</translation>
    </message>
    <message>
        <source>%1 down, data %2 old</source>
        <translation>%1 nicht erreichbar, Daten %2 alt</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::BackendHealthModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht abgefragt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Down, data %1 old</source>
        <translation>Nicht erreichbar, Daten %1 alt</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::BackendSettingsAction</name>
    <message>
        <source>&amp;Backends…</source>
        <translation>&amp;Backends…</translation>
    </message>
    <message>
        <source>Add, change, test and remove the Prometheus and Alertmanager servers of this workspace</source>
        <translation>Die Prometheus- und Alertmanager-Server dieses Arbeitsbereichs hinzufügen, ändern, testen und entfernen</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::BackendSettingsDialog</name>
    <message>
        <source>The backends of this session come from the command line (--prometheus, --alertmanager). Start Opsdeck without them to configure the workspace&apos;s backends.</source>
        <translation>Die Backends dieser Sitzung kommen von der Befehlszeile (--prometheus, --alertmanager). Starten Sie Opsdeck ohne diese Optionen, um die Backends des Arbeitsbereichs einzurichten.</translation>
    </message>
    <message>
        <source>TLS verification off</source>
        <translation>TLS-Prüfung aus</translation>
    </message>
    <message>
        <source>TLS verification is off: anyone between you and the server can read and change the answers.</source>
        <translation>Die TLS-Prüfung ist aus: Jeder zwischen Ihnen und dem Server kann die Antworten lesen und ändern.</translation>
    </message>
    <message>
        <source>The backends could not be read: %1</source>
        <translation>Die Backends konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This backend does not exist anymore.</source>
        <translation>Dieses Backend existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit Backend %1</source>
        <translation>Backend %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Backend</source>
        <translation>Neues Backend</translation>
    </message>
    <message>
        <source>Remove Backend</source>
        <translation>Backend entfernen</translation>
    </message>
    <message>
        <source>Remove the backend %1? Its password or token is removed from the keychain too.</source>
        <translation>Das Backend %1 entfernen? Sein Passwort oder Token wird auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>%1 %2 answered in %3 ms</source>
        <translation>%1 %2 hat in %3 ms geantwortet</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the server for its version with the values in this form</source>
        <translation>Den Server mit den Werten in diesem Formular nach seiner Version fragen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::BackendsDock</name>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>No backends</source>
        <translation>Keine Backends</translation>
    </message>
    <message>
        <source>The Prometheus and Alertmanager servers Opsdeck watches, with their health, are listed here. Add one with Configure…, with &quot;opsdeck backends add&quot;, or start Opsdeck with --prometheus URL or --alertmanager URL.</source>
        <translation>Die Prometheus- und Alertmanager-Server, die Opsdeck beobachtet, stehen hier mit ihrem Zustand. Fügen Sie einen mit Einrichten… oder mit &quot;opsdeck backends add&quot; hinzu, oder starten Sie Opsdeck mit --prometheus URL oder --alertmanager URL.</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <source>Add, change, test and remove backends</source>
        <translation>Backends hinzufügen, ändern, testen und entfernen</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::CommandRunDialog</name>
    <message>
        <source>Run the command of step %1</source>
        <translation>Den Befehl von Schritt %1 ausführen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>This command is meant for AWS: Systems Manager runs it on the instance. It is shown to be read or copied, not to run on this machine.</source>
        <translation>Dieser Befehl ist für AWS gedacht: Systems Manager führt ihn auf der Instanz aus. Er wird zum Lesen oder Kopieren angezeigt, nicht zum Ausführen auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Opsdeck will start exactly this program with these arguments, on this machine, as you. Nothing runs until you click Run.</source>
        <translation>Opsdeck startet genau dieses Programm mit diesen Argumenten auf diesem Rechner, unter Ihrem Benutzerkonto. Nichts läuft, bevor Sie auf Ausführen klicken.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stop it after:</source>
        <translation>Stoppen nach:</translation>
    </message>
    <message>
        <source>Output kept:</source>
        <translation>Behaltene Ausgabe:</translation>
    </message>
    <message>
        <source>the first %1 (stdout and stderr together)</source>
        <translation>die ersten %1 (stdout und stderr zusammen)</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Schritt als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark step failed</source>
        <translation>Schritt als fehlgeschlagen markieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This command is meant for AWS (Systems Manager runs it on the instance), not for this machine. Copy it instead.</source>
        <translation>Dieser Befehl ist für AWS gedacht (Systems Manager führt ihn auf der Instanz aus), nicht für diesen Rechner. Kopieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>program:    %1</source>
        <translation>Programm:   %1</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>Argument %1: %2</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stop the command (and everything it started)</source>
        <translation>Den Befehl beenden (und alles, was er gestartet hat)</translation>
    </message>
    <message>
        <source>Running for %1 s…</source>
        <translation>Läuft seit %1 s…</translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation>Beendet mit Code %1</translation>
    </message>
    <message>
        <source>Stopped: it ran longer than %1 s</source>
        <translation>Gestoppt: lief länger als %1 s</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Could not be started</source>
        <translation>Konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation>%1 nach %2 s</translation>
    </message>
    <message>
        <source> · output cut at %1 of %2</source>
        <translation> · Ausgabe bei %1 von %2 abgeschnitten</translation>
    </message>
    <message>
        <source>The run was not recorded in the timeline: %1</source>
        <translation>Der Lauf wurde nicht in der Zeitleiste festgehalten: %1</translation>
    </message>
    <message>
        <source>Recorded in the incident&apos;s timeline.</source>
        <translation>In der Zeitleiste des Incidents festgehalten.</translation>
    </message>
    <message>
        <source>the command exited with code %1</source>
        <translation>der Befehl endete mit Code %1</translation>
    </message>
    <message>
        <source>the command timed out</source>
        <translation>der Befehl hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the command was cancelled</source>
        <translation>der Befehl wurde abgebrochen</translation>
    </message>
    <message>
        <source>the command could not be started</source>
        <translation>der Befehl konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the command crashed</source>
        <translation>der Befehl ist abgestürzt</translation>
    </message>
    <message>
        <source>The step was not recorded: %1</source>
        <translation>Der Schritt wurde nicht festgehalten: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::CreatePostMortemDialog</name>
    <message>
        <source>New post-mortem</source>
        <translation>Neues Post-Mortem</translation>
    </message>
    <message>
        <source>From an &amp;incident:</source>
        <translation>Aus einem &amp;Incident:</translation>
    </message>
    <message>
        <source>&amp;Blank, titled:</source>
        <translation>&amp;Leer, mit Titel:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Was geschah, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Could not read the templates: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>The timeline&apos;s key events go into the post-mortem.</source>
        <translation>Die wichtigen Ereignisse der Zeitleiste werden ins Post-Mortem übernommen.</translation>
    </message>
    <message>
        <source>Reading the incident&apos;s timeline…</source>
        <translation>Zeitleiste des Incidents wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message numerus="yes">
        <source>Checked events go into the post-mortem&apos;s timeline (%n event(s) in the incident):</source>
        <translation>
            <numerusform>Markierte Ereignisse werden in die Zeitleiste des Post-Mortems übernommen (%n Ereignis im Incident):</numerusform>
            <numerusform>Markierte Ereignisse werden in die Zeitleiste des Post-Mortems übernommen (%n Ereignisse im Incident):</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the incident the post-mortem is about.</source>
        <translation>Wählen Sie den Incident, um den es im Post-Mortem geht.</translation>
    </message>
    <message>
        <source>Give the post-mortem a title.</source>
        <translation>Geben Sie dem Post-Mortem einen Titel.</translation>
    </message>
    <message>
        <source>The post-mortem was not created: %1</source>
        <translation>Das Post-Mortem wurde nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::DashboardDock</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Untitled dashboard</source>
        <translation>Dashboard ohne Titel</translation>
    </message>
    <message>
        <source>Back to the range before zooming</source>
        <translation>Zurück zum Zeitraum vor dem Zoomen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask every panel in sight for fresh data</source>
        <translation>Alle sichtbaren Panels neu abfragen</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Letzte %1</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Automatisch aktualisieren: aus</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::DashboardGrid</name>
    <message numerus="yes">
        <source>%1 (%n panel(s))</source>
        <translation>
            <numerusform>%1 (%n Panel)</numerusform>
            <numerusform>%1 (%n Panels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::DashboardListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::DashboardsDock</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>No dashboards</source>
        <translation>Keine Dashboards</translation>
    </message>
    <message>
        <source>Dashboards chart PromQL queries from your Prometheus backends. Import the ones your team has in Grafana (a dashboard&apos;s JSON export) or in Opsdeck files.</source>
        <translation>Dashboards zeigen PromQL-Abfragen an Ihre Prometheus-Backends als Diagramme. Importieren Sie die Ihres Teams aus Grafana (den JSON-Export eines Dashboards) oder aus Opsdeck-Dateien.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a Grafana or Opsdeck dashboard file</source>
        <translation>Eine Grafana- oder Opsdeck-Dashboard-Datei importieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>As a Grafana dashboard…</source>
        <translation>Als Grafana-Dashboard…</translation>
    </message>
    <message>
        <source>As an Opsdeck dashboard…</source>
        <translation>Als Opsdeck-Dashboard…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::DeclareIncidentDialog</name>
    <message>
        <source>%1 + %2 more</source>
        <translation>%1 + %2 weitere</translation>
    </message>
    <message>
        <source>This is an exercise (&amp;game day)</source>
        <translation>Dies ist eine Übung (Game &amp;Day)</translation>
    </message>
    <message>
        <source>&amp;Impact started:</source>
        <translation>Beginn der Aus&amp;wirkung:</translation>
    </message>
    <message>
        <source>Declare Incident</source>
        <translation>Incident ausrufen</translation>
    </message>
    <message>
        <source>What users see, in a few words</source>
        <translation>Was Benutzer sehen, in wenigen Worten</translation>
    </message>
    <message>
        <source>SEV1 — critical, all hands</source>
        <translation>SEV1 — kritisch, alle verfügbaren Kräfte</translation>
    </message>
    <message>
        <source>SEV2 — major impact</source>
        <translation>SEV2 — große Auswirkungen</translation>
    </message>
    <message>
        <source>SEV3 — minor impact</source>
        <translation>SEV3 — geringe Auswirkungen</translation>
    </message>
    <message>
        <source>SEV4 — little or no impact</source>
        <translation>SEV4 — kaum oder keine Auswirkungen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. checkout, payments</source>
        <translation>Durch Kommas getrennt, z. B. checkout, payments</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message numerus="yes">
        <source>%n linked alert(s):</source>
        <translation>
            <numerusform>%n verknüpfter Alarm:</numerusform>
            <numerusform>%n verknüpfte Alarme:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Linked alerts</source>
        <translation>Verknüpfte Alarme</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>A&amp;usrufen</translation>
    </message>
    <message>
        <source>Declare the incident (Ctrl+Enter)</source>
        <translation>Den Incident ausrufen (Strg+Enter)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Commander:</source>
        <translation>&amp;Leitung:</translation>
    </message>
    <message>
        <source>Sc&amp;ribe:</source>
        <translation>&amp;Protokollführung:</translation>
    </message>
    <message>
        <source>C&amp;ommunications:</source>
        <translation>&amp;Kommunikation:</translation>
    </message>
    <message>
        <source>O&amp;perations:</source>
        <translation>&amp;Betrieb:</translation>
    </message>
    <message>
        <source>Affected ser&amp;vices:</source>
        <translation>Betroffene Dienst&amp;e:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>The incident could not be declared.</source>
        <translation>Der Incident konnte nicht ausgerufen werden.</translation>
    </message>
    <message>
        <source>The incident could not be declared: %1</source>
        <translation>Der Incident konnte nicht ausgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::FindReplaceBar</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>%n Treffer ersetzt</numerusform>
            <numerusform>%n Treffer ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Den vorherigen Treffer suchen (Umschalt+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Den nächsten Treffer suchen (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match in this section (one undo step)</source>
        <translation>Alle Treffer in diesem Abschnitt ersetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Suchen und Ersetzen schließen</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::IncidentDock</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>No incident open</source>
        <translation>Kein Incident geöffnet</translation>
    </message>
    <message>
        <source>Open an incident from the Incidents view, or declare one from alerts.</source>
        <translation>Öffnen Sie einen Incident aus der Ansicht Incidents, oder rufen Sie einen aus Alarmen aus.</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht besetzt</translation>
    </message>
    <message>
        <source>Status update…</source>
        <translation>Statusmeldung…</translation>
    </message>
    <message>
        <source>Write a status update, copy it and record it in the timeline</source>
        <translation>Eine Statusmeldung schreiben, kopieren und in der Zeitleiste festhalten</translation>
    </message>
    <message>
        <source>Metric snapshot…</source>
        <translation>Metrik-Snapshot…</translation>
    </message>
    <message>
        <source>Attach a PromQL query&apos;s data to the timeline; it stays readable offline</source>
        <translation>Die Daten einer PromQL-Abfrage an die Zeitleiste anhängen; sie bleiben offline lesbar</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source> · game day</source>
        <translation> · Game Day</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Lasted %1</source>
        <translation>Dauerte %1</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>No commander</source>
        <translation>Keine Leitung</translation>
    </message>
    <message>
        <source>Commander: %1</source>
        <translation>Leitung: %1</translation>
    </message>
    <message>
        <source>Time to detect %1 · acknowledge %2 · mitigate %3 · resolve %4</source>
        <translation>Zeit bis Erkennung %1 · Quittierung %2 · Eindämmung %3 · Behebung %4</translation>
    </message>
    <message>
        <source>Metric snapshot: %1 (%2)</source>
        <translation>Metrik-Snapshot: %1 (%2)</translation>
    </message>
    <message>
        <source>The metric snapshot was not attached: %1</source>
        <translation>Der Metrik-Snapshot wurde nicht angehängt: %1</translation>
    </message>
    <message>
        <source>The incident was resolved: close it instead</source>
        <translation>Der Incident ist behoben: schließen Sie ihn stattdessen</translation>
    </message>
    <message>
        <source>No runbook in the library matches these alerts.</source>
        <translation>Kein Runbook der Bibliothek passt zu diesen Alarmen.</translation>
    </message>
    <message>
        <source>Runbooks: %1</source>
        <translation>Runbooks: %1</translation>
    </message>
    <message>
        <source>Resolve Incident</source>
        <translation>Incident beheben</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still firing — resolve anyway?</source>
        <translation>
            <numerusform>%1 feuert noch – trotzdem beheben?</numerusform>
            <numerusform>%1 feuern noch – trotzdem beheben?</numerusform>
        </translation>
    </message>
    <message>
        <source>The timeline and status updates will say that the incident was resolved while its alerts fired.</source>
        <translation>Zeitleiste und Statusmeldungen werden festhalten, dass der Incident behoben wurde, während seine Alarme feuerten.</translation>
    </message>
    <message>
        <source>Resolve anyway</source>
        <translation>Trotzdem beheben</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::IncidentTableModel</name>
    <message>
        <source>%1 (game day)</source>
        <translation>%1 (Game Day)</translation>
    </message>
    <message>
        <source>%1 (false alarm)</source>
        <translation>%1 (Fehlalarm)</translation>
    </message>
    <message>
        <source>Time to detect: from the impact&apos;s start (or the first alert) to the declaration</source>
        <translation>Zeit bis Erkennung: vom Beginn der Auswirkung (oder dem ersten Alarm) bis zum Ausrufen</translation>
    </message>
    <message>
        <source>Time to acknowledge: until the response began (first step past triage)</source>
        <translation>Zeit bis Quittierung: bis die Reaktion begann (erster Schritt nach der Triage)</translation>
    </message>
    <message>
        <source>Time to mitigate: until the incident was mitigated</source>
        <translation>Zeit bis Eindämmung: bis der Incident eingedämmt war</translation>
    </message>
    <message>
        <source>Time to resolve: until the incident was resolved</source>
        <translation>Zeit bis Behebung: bis der Incident behoben war</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>TTD</source>
        <translation>TTD</translation>
    </message>
    <message>
        <source>TTA</source>
        <translation>TTA</translation>
    </message>
    <message>
        <source>TTM</source>
        <translation>TTM</translation>
    </message>
    <message>
        <source>TTR</source>
        <translation>TTR</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::IncidentsDock</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Keine Incidents</translation>
    </message>
    <message>
        <source>Declare one from selected alerts in the Alarms view, with Incident ▸ Declare Incident… (Ctrl+Shift+D), or with `opsdeck incident declare`.</source>
        <translation>Einen Incident ausrufen können Sie aus gewählten Alarmen in der Ansicht Alarme, über Incident ▸ Incident ausrufen… (Strg+Umschalt+D) oder mit `opsdeck incident declare`.</translation>
    </message>
    <message>
        <source>Declare…</source>
        <translation>Ausrufen…</translation>
    </message>
    <message>
        <source>Declare a new incident or game day</source>
        <translation>Einen neuen Incident oder Game Day ausrufen</translation>
    </message>
    <message>
        <source>Search titles and timelines</source>
        <translation>Titel und Zeitleisten durchsuchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>With game days</source>
        <translation>Mit Game Days</translation>
    </message>
    <message>
        <source>Game days only</source>
        <translation>Nur Game Days</translation>
    </message>
    <message>
        <source>Without game days</source>
        <translation>Ohne Game Days</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Jeder Dienst</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) match “%1”</source>
        <translation>
            <numerusform>%n Incident passt auf „%1“</numerusform>
            <numerusform>%n Incidents passen auf „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open incidents, and those resolved or closed in the last day</source>
        <translation>Offene Incidents und solche, die am letzten Tag behoben oder geschlossen wurden</translation>
    </message>
    <message numerus="yes">
        <source>No incident matches these filters; %n incident(s) are hidden. &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</source>
        <translation>
            <numerusform>Kein Incident passt auf diese Filter; %n Incident ist ausgeblendet. &lt;a href=&quot;all&quot;&gt;Alle zeigen&lt;/a&gt;</numerusform>
            <numerusform>Kein Incident passt auf diese Filter; %n Incidents sind ausgeblendet. &lt;a href=&quot;all&quot;&gt;Alle zeigen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Open + past 24 h</source>
        <translation>Offen + letzte 24 h</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::LinkedAlertsList</name>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>not firing</source>
        <translation>nicht ausgelöst</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::MainWindow</name>
    <message>
        <source>Perspective: %1</source>
        <translation>Perspektive: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Perspective</source>
        <translation>&amp;Perspektive</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Opsdeck</source>
        <translation>Opsdeck schließen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About Opsdeck</source>
        <translation>Ü&amp;ber Opsdeck</translation>
    </message>
    <message>
        <source>Version, log file and workspace of this Opsdeck</source>
        <translation>Version, Protokolldatei und Arbeitsbereich dieses Opsdeck</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspektiven</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Declare Incident…</source>
        <translation>Incident &amp;ausrufen…</translation>
    </message>
    <message>
        <source>Declare a new incident or game day</source>
        <translation>Einen neuen Incident oder Game Day ausrufen</translation>
    </message>
    <message>
        <source>Post-&amp;mortem</source>
        <translation>Post-&amp;Mortem</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::MaturityDock</name>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>No assessments</source>
        <translation>Keine Bewertungen</translation>
    </message>
    <message>
        <source>Operational maturity assessments, with their risks and milestones, are listed here. Until then, Incident Command holds the past incidents and their timelines.</source>
        <translation>Bewertungen der betrieblichen Reife stehen hier mit ihren Risiken und Meilensteinen. Bis dahin finden sich die vergangenen Incidents mit ihren Zeitleisten in der Incident-Leitung.</translation>
    </message>
    <message>
        <source>Show Incidents</source>
        <translation>Incidents anzeigen</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::MetricSnapshotDialog</name>
    <message>
        <source>Metric Snapshot</source>
        <translation>Metrik-Snapshot</translation>
    </message>
    <message>
        <source>&amp;Prometheus:</source>
        <translation>&amp;Prometheus:</translation>
    </message>
    <message>
        <source>&amp;Query (PromQL):</source>
        <translation>&amp;Abfrage (PromQL):</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>e.g. rate(http_requests_total[5m])</source>
        <translation>z. B. rate(http_requests_total[5m])</translation>
    </message>
    <message>
        <source>Q&amp;uery</source>
        <translation>Abf&amp;ragen</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Attach to Timeline</source>
        <translation>An Zeitleiste an&amp;hängen</translation>
    </message>
    <message>
        <source>Run a query to preview its chart.</source>
        <translation>Führen Sie eine Abfrage aus, um ihr Diagramm in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>The incident (start to end)</source>
        <translation>Der Incident (Beginn bis Ende)</translation>
    </message>
    <message>
        <source>The incident (start to now)</source>
        <translation>Der Incident (Beginn bis jetzt)</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>No Prometheus backend is configured. Add one under Backends.</source>
        <translation>Es ist kein Prometheus-Backend eingerichtet. Fügen Sie eines unter Backends hinzu.</translation>
    </message>
    <message>
        <source>Querying %1 …</source>
        <translation>%1 wird abgefragt …</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::MetricSnapshotView</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>No metric snapshot</source>
        <translation>Kein Metrik-Snapshot</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned no data between %2 and %3.</source>
        <translation>&quot;%1&quot; lieferte zwischen %2 und %3 keine Daten.</translation>
    </message>
    <message>
        <source>Metric chart: %1</source>
        <translation>Metrikdiagramm: %1</translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation>Metrikdiagramm</translation>
    </message>
    <message numerus="yes">
        <source>%n series from %1 to %2, one point every %3 s.</source>
        <translation>
            <numerusform>%n Zeitreihe von %1 bis %2, ein Punkt alle %3 s.</numerusform>
            <numerusform>%n Zeitreihen von %1 bis %2, ein Punkt alle %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The legend is hidden: too many series.</source>
        <translation>Die Legende ist ausgeblendet: zu viele Zeitreihen.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PanelWidget</name>
    <message>
        <source>Untitled panel</source>
        <translation>Panel ohne Titel</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Opsdeck does not draw “%1” panels.</source>
        <translation>Opsdeck zeichnet keine „%1“-Panels.</translation>
    </message>
    <message>
        <source>this kind of</source>
        <translation>diese Art von</translation>
    </message>
    <message>
        <source>showing %1 of more than %1 series</source>
        <translation>%1 von mehr als %1 Reihen gezeigt</translation>
    </message>
    <message>
        <source>showing %1 of %2 series</source>
        <translation>%1 von %2 Reihen gezeigt</translation>
    </message>
    <message>
        <source>partial answer: %1</source>
        <translation>unvollständige Antwort: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <source>⚠ Error — data from %1</source>
        <translation>⚠ Fehler — Daten von %1</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Fehler</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PerspectiveManager</name>
    <message>
        <source>&amp;Save Layout to Perspective</source>
        <translation>Anordnung in Perspektive &amp;speichern</translation>
    </message>
    <message>
        <source>Open this perspective with the current dock layout from now on</source>
        <translation>Diese Perspektive ab jetzt mit der aktuellen Anordnung der Docks öffnen</translation>
    </message>
    <message>
        <source>&amp;Reset Perspective Layout</source>
        <translation>Anordnung der Perspektive &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the docks of this perspective back where they started</source>
        <translation>Die Docks dieser Perspektive an ihre ursprünglichen Plätze zurücksetzen</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemActionItemModel</name>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Ticket URL</source>
        <translation>Ticket-URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action item %1: the priority must be one of %2.</source>
        <translation>Maßnahme %1: Die Priorität muss eine von %2 sein.</translation>
    </message>
    <message>
        <source>Action item %1: “%2” is not a ticket link; it must be an http(s) URL with a host.</source>
        <translation>Maßnahme %1: „%2“ ist kein Ticket-Link; er muss eine http(s)-URL mit Host sein.</translation>
    </message>
    <message>
        <source>Action item %1: “%2” is not a status.</source>
        <translation>Maßnahme %1: „%2“ ist kein Status.</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Action item %1: “%2” is not a date; write it like %3 or %4.</source>
        <translation>Maßnahme %1: „%2“ ist kein Datum; schreiben Sie es wie %3 oder %4.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemActions</name>
    <message>
        <source>&amp;New Post-mortem…</source>
        <translation>&amp;Neues Post-Mortem…</translation>
    </message>
    <message>
        <source>Write a post-mortem from an incident, or a blank one</source>
        <translation>Ein Post-Mortem aus einem Incident oder ein leeres schreiben</translation>
    </message>
    <message>
        <source>&amp;Import Markdown…</source>
        <translation>Markdown &amp;importieren…</translation>
    </message>
    <message>
        <source>Open a Markdown post-mortem written from the template</source>
        <translation>Ein nach der Vorlage geschriebenes Markdown-Post-Mortem öffnen</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versionen…</translation>
    </message>
    <message>
        <source>Read, compare and restore the open post-mortem&apos;s versions</source>
        <translation>Versionen des geöffneten Post-Mortems lesen, vergleichen und wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>Vor&amp;lagen…</translation>
    </message>
    <message>
        <source>Edit the team&apos;s post-mortem templates</source>
        <translation>Die Post-Mortem-Vorlagen des Teams bearbeiten</translation>
    </message>
    <message>
        <source>Import a Markdown post-mortem</source>
        <translation>Markdown-Post-Mortem importieren</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 wurde nicht importiert.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemContentTabs</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected event from the post-mortem&apos;s timeline</source>
        <translation>Das gewählte Ereignis aus der Zeitleiste des Post-Mortems entfernen</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected action item</source>
        <translation>Die gewählte Maßnahme entfernen</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemEditBuffer</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemEditorDock</name>
    <message>
        <source>Cannot open the post-mortem: %1</source>
        <translation>Das Post-Mortem kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Unsaved text from %1 was recovered.</source>
        <translation>Ungespeicherter Text vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The recovered text is back; save to keep it.</source>
        <translation>Der wiederhergestellte Text ist zurück; speichern Sie, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>Cannot discard the recovered text: %1</source>
        <translation>Der wiederhergestellte Text kann nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>Changed elsewhere by %1 at %2 — your edits are kept; saving will be refused.</source>
        <translation>Anderswo von %1 um %2 geändert — Ihre Änderungen bleiben erhalten; Speichern wird abgelehnt.</translation>
    </message>
    <message>
        <source>Published — read-only. Reopen to change it.</source>
        <translation>Veröffentlicht — schreibgeschützt. Öffnen Sie es wieder, um es zu ändern.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The review state was not changed: %1</source>
        <translation>Der Review-Status wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Review: %1.</source>
        <translation>Review: %1.</translation>
    </message>
    <message>
        <source>The reviewers were not changed: %1</source>
        <translation>Die Reviewer wurden nicht geändert: %1</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Kein Incident</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt am %1</translation>
    </message>
    <message>
        <source>Post-mortem *</source>
        <translation>Post-Mortem *</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Automatisch gespeichert um %1</translation>
    </message>
    <message>
        <source>Exported the post-mortem to %1</source>
        <translation>Post-Mortem nach %1 exportiert</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No post-mortem open</source>
        <translation>Kein Post-Mortem geöffnet</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Continue with the recovered text (not saved yet)</source>
        <translation>Mit dem wiederhergestellten Text weiterarbeiten (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Throw the recovered text away</source>
        <translation>Den wiederhergestellten Text verwerfen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the post-mortem as Markdown, HTML or PDF</source>
        <translation>Das Post-Mortem als Markdown, HTML oder PDF exportieren</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Export as GitHub-flavoured Markdown</source>
        <translation>Als Markdown im GitHub-Stil exportieren</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>Export as a self-contained HTML page</source>
        <translation>Als eigenständige HTML-Seite exportieren</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the post-mortem</source>
        <translation>Post-Mortem exportieren</translation>
    </message>
    <message>
        <source>Create one from an incident (Post-mortem ▸ New Post-mortem…) or open one in the Post-mortems view.</source>
        <translation>Legen Sie eines aus einem Incident an (Post-Mortem ▸ Neues Post-Mortem…), oder öffnen Sie eines in der Ansicht Post-Mortems.</translation>
    </message>
    <message>
        <source>Autosaved %1: safe if Opsdeck closes · Save keeps it as a version</source>
        <translation>Automatisch gesichert %1: sicher, falls Opsdeck schließt · Speichern behält es als Version</translation>
    </message>
    <message>
        <source>Unsaved changes, autosaved within seconds · Save keeps them as a version</source>
        <translation>Ungespeicherte Änderungen, in Sekunden automatisch gesichert · Speichern behält sie als Version</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the post-mortem as a new version (Ctrl+S)</source>
        <translation>Das Post-Mortem als neue Version speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemFormatBar</name>
    <message>
        <source>bold text</source>
        <translation>fetter Text</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>kursiver Text</translation>
    </message>
    <message>
        <source>Ctrl+Alt+H</source>
        <translation>Ctrl+Alt+H</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>This post-mortem has no charts</source>
        <translation>Dieses Post-Mortem hat keine Diagramme</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit of this post-mortem</source>
        <translation>Die letzte Änderung an diesem Post-Mortem rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Bold: wraps the selection in ** (Ctrl+B)</source>
        <translation>Fett: umschließt die Auswahl mit ** (Strg+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Italic: wraps the selection in _ (Ctrl+I)</source>
        <translation>Kursiv: umschließt die Auswahl mit _ (Strg+I)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Makes the line a heading (###)</source>
        <translation>Macht die Zeile zu einer Überschrift (###)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Makes the selected lines a bulleted list</source>
        <translation>Macht die gewählten Zeilen zu einer Aufzählung</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Makes the selected lines a numbered list</source>
        <translation>Macht die gewählten Zeilen zu einer nummerierten Liste</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Makes the selection a link: [text](url)</source>
        <translation>Macht die Auswahl zu einem Link: [text](url)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code: wraps the selection in `</source>
        <translation>Code: umschließt die Auswahl mit `</translation>
    </message>
    <message>
        <source>Insert chart</source>
        <translation>Diagramm einfügen</translation>
    </message>
    <message>
        <source>Inserts one of the post-mortem&apos;s metric charts</source>
        <translation>Fügt eines der Metrikdiagramme des Post-Mortems ein</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Find in this section (Ctrl+F)</source>
        <translation>In diesem Abschnitt suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Find and replace in this section</source>
        <translation>In diesem Abschnitt suchen und ersetzen</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemReviewBar</name>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zum Review einreichen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Reviewer:</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemTableModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) still to do</source>
        <translation>
            <numerusform>%n Maßnahme noch offen</numerusform>
            <numerusform>%n Maßnahmen noch offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last saved (UTC)</source>
        <translation>Zuletzt gespeichert (UTC)</translation>
    </message>
    <message>
        <source>Last saved (local time)</source>
        <translation>Zuletzt gespeichert (Ortszeit)</translation>
    </message>
    <message>
        <source>Action items still to do, of all the post-mortem&apos;s action items</source>
        <translation>Offene Maßnahmen von allen Maßnahmen des Post-Mortems</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemTimelineModel</name>
    <message>
        <source>Add timeline event</source>
        <translation>Ereignis zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Remove timeline event</source>
        <translation>Ereignis aus der Zeitleiste entfernen</translation>
    </message>
    <message>
        <source>Added to the post-mortem</source>
        <translation>Im Post-Mortem hinzugefügt</translation>
    </message>
    <message>
        <source>From the incident&apos;s timeline</source>
        <translation>Aus der Zeitleiste des Incidents</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Timeline row %1: “%2” is not a time; write it as yyyy-MM-dd HH:mm:ss (UTC).</source>
        <translation>Zeile %1 der Zeitleiste: „%2“ ist keine Zeit; schreiben Sie sie als JJJJ-MM-TT HH:mm:ss (UTC).</translation>
    </message>
    <message>
        <source>Annotate timeline event</source>
        <translation>Ereignis der Zeitleiste kommentieren</translation>
    </message>
    <message>
        <source>Edit timeline event</source>
        <translation>Ereignis der Zeitleiste bearbeiten</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemsDock</name>
    <message>
        <source>Post-mortems</source>
        <translation>Post-Mortems</translation>
    </message>
    <message>
        <source>No post-mortems yet</source>
        <translation>Noch keine Post-Mortems</translation>
    </message>
    <message>
        <source>Write a blameless post-mortem from a resolved incident with New…: it starts from the incident&apos;s timeline and metrics.</source>
        <translation>Schreiben Sie mit Neu… ein schuldfreies Post-Mortem zu einem behobenen Incident: Es beginnt mit der Zeitleiste und den Metriken des Incidents.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Write a new post-mortem, from an incident or blank</source>
        <translation>Ein neues Post-Mortem schreiben, aus einem Incident oder leer</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Edit the sections new post-mortems start with</source>
        <translation>Die Abschnitte bearbeiten, mit denen neue Post-Mortems beginnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Search titles, sections, timelines and action items</source>
        <translation>Titel, Abschnitte, Zeitleisten und Maßnahmen durchsuchen</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review-Status</translation>
    </message>
    <message>
        <source>Affected service</source>
        <translation>Betroffener Dienst</translation>
    </message>
    <message>
        <source>Nothing matches. Clear the search or choose other filters.</source>
        <translation>Nichts gefunden. Leeren Sie die Suche, oder wählen Sie andere Filter.</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Jeder Dienst</translation>
    </message>
    <message numerus="yes">
        <source>%n post-mortem(s) match “%1”</source>
        <translation>
            <numerusform>%n Post-Mortem passt auf „%1“</numerusform>
            <numerusform>%n Post-Mortems passen auf „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete post-mortem</source>
        <translation>Post-Mortem löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions? This cannot be undone.</source>
        <translation>„%1“ mit allen Versionen löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete the post-mortem: %1</source>
        <translation>Das Post-Mortem konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versionen…</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::RunbookChecklist</name>
    <message>
        <source>Copied the command of step %1.</source>
        <translation>Befehl von Schritt %1 kopiert.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Record the selected step as done in the incident&apos;s timeline</source>
        <translation>Den gewählten Schritt in der Zeitleiste des Incidents als erledigt festhalten</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Überspringen…</translation>
    </message>
    <message>
        <source>Record the selected step as skipped, with the reason</source>
        <translation>Den gewählten Schritt als übersprungen festhalten, mit Begründung</translation>
    </message>
    <message>
        <source>Failed…</source>
        <translation>Fehlgeschlagen…</translation>
    </message>
    <message>
        <source>Record the selected step as failed, with what failed</source>
        <translation>Den gewählten Schritt als fehlgeschlagen festhalten, mit dem, was fehlschlug</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Run command…</source>
        <translation>Befehl ausführen…</translation>
    </message>
    <message>
        <source>Select a runbook to work through its steps.</source>
        <translation>Wählen Sie ein Runbook, um seine Schritte abzuarbeiten.</translation>
    </message>
    <message>
        <source>%1 — no incident is open: open or declare one to record its steps. You can still read the runbook.</source>
        <translation>%1 — es ist kein Incident geöffnet: Öffnen Sie einen oder rufen Sie einen aus, um die Schritte festzuhalten. Lesen können Sie das Runbook trotzdem.</translation>
    </message>
    <message>
        <source>%1 — steps recorded in %2 %3</source>
        <translation>%1 — Schritte werden in %2 %3 festgehalten</translation>
    </message>
    <message>
        <source>This command is meant for AWS (Systems Manager runs it on the instance), not for this machine. Copy it instead.</source>
        <translation>Dieser Befehl ist für AWS gedacht (Systems Manager führt ihn auf der Instanz aus), nicht für diesen Rechner. Kopieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Open an incident first: every run is recorded in its timeline</source>
        <translation>Öffnen Sie zuerst einen Incident: Jeder Lauf wird in seiner Zeitleiste festgehalten</translation>
    </message>
    <message>
        <source>Run the step&apos;s command on this machine, after confirming it</source>
        <translation>Den Befehl des Schritts nach einer Bestätigung auf diesem Rechner ausführen</translation>
    </message>
    <message>
        <source>(This step has no command.)</source>
        <translation>(Dieser Schritt hat keinen Befehl.)</translation>
    </message>
    <message>
        <source>— last run: exit code %1 —</source>
        <translation>— letzter Lauf: Exit-Code %1 —</translation>
    </message>
    <message>
        <source>— last run —</source>
        <translation>— letzter Lauf —</translation>
    </message>
    <message>
        <source>Skip step %1</source>
        <translation>Schritt %1 überspringen</translation>
    </message>
    <message>
        <source>Step %1 failed</source>
        <translation>Schritt %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Why is “%1” skipped? The reason goes into the timeline.</source>
        <translation>Warum wird „%1“ übersprungen? Die Begründung kommt in die Zeitleiste.</translation>
    </message>
    <message>
        <source>What failed in “%1”? This goes into the timeline.</source>
        <translation>Was ist bei „%1“ fehlgeschlagen? Das kommt in die Zeitleiste.</translation>
    </message>
    <message>
        <source>no incident is open</source>
        <translation>es ist kein Incident geöffnet</translation>
    </message>
    <message>
        <source>The step was not recorded: %1</source>
        <translation>Der Schritt wurde nicht festgehalten: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::RunbookChecklistModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::RunbookListModel</name>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Not reviewed in the last %1 days: check it still holds.</source>
        <translation>In den letzten %1 Tagen nicht überprüft: Prüfen Sie, ob es noch stimmt.</translation>
    </message>
    <message>
        <source>Imported from AWS Systems Manager: its commands run in AWS, not on this machine.</source>
        <translation>Aus AWS Systems Manager importiert: Seine Befehle laufen in AWS, nicht auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::RunbooksDock</name>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>No runbooks</source>
        <translation>Keine Runbooks</translation>
    </message>
    <message>
        <source>Runbooks from the team&apos;s runbook folder are listed here, with the alerts they apply to.</source>
        <translation>Runbooks aus dem Runbook-Ordner des Teams stehen hier, mit den Alarmen, für die sie gelten.</translation>
    </message>
    <message>
        <source>Filter by title, owner, service or file</source>
        <translation>Nach Titel, Zuständigkeit, Dienst oder Datei filtern</translation>
    </message>
    <message>
        <source>Matching the incident</source>
        <translation>Passend zum Incident</translation>
    </message>
    <message>
        <source>Only the runbooks for the alerts of the open incident</source>
        <translation>Nur die Runbooks für die Alarme des geöffneten Incidents</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Choose the team&apos;s runbook folder (a git checkout, say)</source>
        <translation>Den Runbook-Ordner des Teams wählen (etwa einen Git-Checkout)</translation>
    </message>
    <message numerus="yes">
        <source>%n runbook(s) could not be read</source>
        <translation>
            <numerusform>%n Runbook konnte nicht gelesen werden</numerusform>
            <numerusform>%n Runbooks konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>No runbook folder chosen: choose the team&apos;s folder with Folder…</source>
        <translation>Kein Runbook-Ordner gewählt: Wählen Sie den Ordner des Teams mit Ordner…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n runbook(s)</source>
        <translation>
            <numerusform>%1 · %n Runbook</numerusform>
            <numerusform>%1 · %n Runbooks</numerusform>
        </translation>
    </message>
    <message>
        <source>Runbook folder</source>
        <translation>Runbook-Ordner</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::SectionEditor</name>
    <message>
        <source>Preview paused for a large section (%1 MB of text). Editing, saving and exports are not affected.</source>
        <translation>Vorschau für einen großen Abschnitt angehalten (%1 MB Text). Bearbeiten, Speichern und Exportieren sind nicht betroffen.</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <source>Write this section in Markdown</source>
        <translation>Schreiben Sie diesen Abschnitt in Markdown</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Text des Abschnitts</translation>
    </message>
    <message>
        <source>Section preview</source>
        <translation>Vorschau des Abschnitts</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::SeverityMappingDialog</name>
    <message>
        <source>Severity Mapping</source>
        <translation>Schweregrad-Zuordnung</translation>
    </message>
    <message>
        <source>Map your severity values onto critical, error, warning and info, separated by commas (e.g. P1=critical, sev3=warning).
Unknown values are still shown, in grey.</source>
        <translation>Ordnen Sie Ihre Schweregrade critical, error, warning und info zu, durch Kommas getrennt (z. B. P1=critical, sev3=warning).
Unbekannte Werte werden weiterhin angezeigt, in Grau.</translation>
    </message>
    <message>
        <source>Not understood: %1. Each entry is VALUE=critical, VALUE=error, VALUE=warning or VALUE=info.</source>
        <translation>Nicht verstanden: %1. Jeder Eintrag lautet WERT=critical, WERT=error, WERT=warning oder WERT=info.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::SilenceEditor</name>
    <message>
        <source>Edit Silence</source>
        <translation>Stummschaltung bearbeiten</translation>
    </message>
    <message>
        <source>New Silence</source>
        <translation>Neue Stummschaltung</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>Custom end</source>
        <translation>Eigenes Ende</translation>
    </message>
    <message>
        <source>Alertmanagers</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>No Alertmanager is configured.</source>
        <translation>Es ist kein Alertmanager eingerichtet.</translation>
    </message>
    <message>
        <source>Covered alerts</source>
        <translation>Erfasste Alarme</translation>
    </message>
    <message>
        <source>&amp;Matchers:</source>
        <translation>&amp;Matcher:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Fix the matchers to see which alerts they cover.</source>
        <translation>Korrigieren Sie die Matcher, um zu sehen, welche Alarme sie erfassen.</translation>
    </message>
    <message>
        <source>Type matchers to see which alerts they cover.</source>
        <translation>Geben Sie Matcher ein, um zu sehen, welche Alarme sie erfassen.</translation>
    </message>
    <message>
        <source>Covers %1 alerts; the first %2 are listed.</source>
        <translation>Erfasst %1 Alarme; die ersten %2 sind aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n alert(s).</source>
        <translation>
            <numerusform>Erfasst %n Alarm.</numerusform>
            <numerusform>Erfasst %n Alarme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The silence was not saved: %1</source>
        <translation>Die Stummschaltung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::SilenceTableModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>beginnt in %1</translation>
    </message>
    <message>
        <source>ended %1 ago</source>
        <translation>endete vor %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Erfasst</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::SilencesDock</name>
    <message>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <source>No silences</source>
        <translation>Keine Stummschaltungen</translation>
    </message>
    <message>
        <source>Active and pending silences from every Alertmanager are listed here. Create one with New Silence…, or acknowledge alerts in the Alarms view.</source>
        <translation>Aktive und anstehende Stummschaltungen aller Alertmanager stehen hier. Legen Sie eine mit Neue Stummschaltung… an, oder quittieren Sie Alarme in der Ansicht Alarme.</translation>
    </message>
    <message>
        <source>&amp;New Silence…</source>
        <translation>&amp;Neue Stummschaltung…</translation>
    </message>
    <message>
        <source>Silence alerts matching label matchers</source>
        <translation>Alarme stummschalten, die auf Label-Matcher passen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected silence</source>
        <translation>Die gewählte Stummschaltung ändern</translation>
    </message>
    <message>
        <source>E&amp;xpire</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>End the selected silences now</source>
        <translation>Die gewählten Stummschaltungen jetzt beenden</translation>
    </message>
    <message>
        <source>Show &amp;Expired</source>
        <translation>&amp;Abgelaufene anzeigen</translation>
    </message>
    <message>
        <source>Also list silences that have ended</source>
        <translation>Auch beendete Stummschaltungen auflisten</translation>
    </message>
    <message>
        <source>Expire Silences</source>
        <translation>Stummschaltungen beenden</translation>
    </message>
    <message numerus="yes">
        <source>Expire %n silence(s) now? The alerts they cover will notify again.</source>
        <translation>
            <numerusform>%n Stummschaltung jetzt beenden? Die Alarme, die sie erfasst, lösen wieder Benachrichtigungen aus.</numerusform>
            <numerusform>%n Stummschaltungen jetzt beenden? Die Alarme, die sie erfassen, lösen wieder Benachrichtigungen aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Could not expire: %1</source>
        <translation>Beenden fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::StatusUpdateDialog</name>
    <message>
        <source>Status Update — %1</source>
        <translation>Statusmeldung — %1</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>60 minutes</source>
        <translation>60 Minuten</translation>
    </message>
    <message>
        <source>Status update text</source>
        <translation>Text der Statusmeldung</translation>
    </message>
    <message>
        <source>&amp;Copy and record</source>
        <translation>&amp;Kopieren und festhalten</translation>
    </message>
    <message>
        <source>&amp;Next update in:</source>
        <translation>&amp;Nächste Meldung in:</translation>
    </message>
    <message>
        <source>The status update is empty.</source>
        <translation>Die Statusmeldung ist leer.</translation>
    </message>
    <message>
        <source>Copied to the clipboard, but not recorded in the timeline: %1</source>
        <translation>In die Zwischenablage kopiert, aber nicht in der Zeitleiste festgehalten: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TemplatesDialog</name>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Post-mortems written from it keep their text.</source>
        <translation>Die Vorlage „%1“ löschen? Post-Mortems, die mit ihr geschrieben wurden, behalten ihren Text.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Post-mortem templates</source>
        <translation>Post-Mortem-Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>## Summary
&lt;!-- What happened, in two or three sentences. --&gt;

## Impact
…</source>
        <translation>## Zusammenfassung
&lt;!-- Was geschah, in zwei oder drei Sätzen. --&gt;

## Auswirkung
…</translation>
    </message>
    <message>
        <source>One &apos;## Section&apos; heading per section, each followed by its prompt (an HTML comment the author sees while writing)</source>
        <translation>Eine Überschrift &apos;## Abschnitt&apos; pro Abschnitt, jeweils gefolgt von ihrem Hinweis (ein HTML-Kommentar, der beim Schreiben zu sehen ist)</translation>
    </message>
    <message>
        <source>The built-in template. Saving stores your edits as a template of the workspace; the built-in one stays as it is.</source>
        <translation>Die eingebaute Vorlage. Beim Speichern werden Ihre Änderungen als Vorlage des Arbeitsbereichs abgelegt; die eingebaute bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>A new template, starting from the built-in sections</source>
        <translation>Eine neue Vorlage, ausgehend von den eingebauten Abschnitten</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>New post-mortems start from this template</source>
        <translation>Neue Post-Mortems beginnen mit dieser Vorlage</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>%1 — default</source>
        <translation>%1 — Standard</translation>
    </message>
    <message>
        <source>Could not read the templates: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The built-in template cannot be deleted</source>
        <translation>Die eingebaute Vorlage kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation>Diese Vorlage löschen</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Die Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>line %1: expected a section heading such as &apos;## Summary&apos; before any text</source>
        <translation>Zeile %1: erwartet vor jedem Text eine Abschnittsüberschrift wie &apos;## Zusammenfassung&apos;</translation>
    </message>
    <message>
        <source>The template needs at least one &apos;## Section&apos; heading.</source>
        <translation>Die Vorlage braucht mindestens eine Überschrift &apos;## Abschnitt&apos;.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Could not make it the default: %1</source>
        <translation>Konnte nicht als Standard festgelegt werden: %1</translation>
    </message>
    <message>
        <source>New post-mortems start from “%1” from now on.</source>
        <translation>Neue Post-Mortems beginnen ab jetzt mit „%1“.</translation>
    </message>
    <message>
        <source>Could not delete the template: %1</source>
        <translation>Die Vorlage konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted the template “%1”.</source>
        <translation>Vorlage „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineChart</name>
    <message>
        <source>Incident timeline chart</source>
        <translation>Zeitleistendiagramm des Incidents</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2 in %3 lanes. The wheel or + and − zoom, dragging or the arrow keys move through time, Home shows everything.</source>
        <translation>
            <numerusform>%n Ereignis von %1 bis %2 in %3 Spuren. Mausrad oder + und − zoomen, Ziehen oder die Pfeiltasten bewegen durch die Zeit, Pos1 zeigt alles.</numerusform>
            <numerusform>%n Ereignisse von %1 bis %2 in %3 Spuren. Mausrad oder + und − zoomen, Ziehen oder die Pfeiltasten bewegen durch die Zeit, Pos1 zeigt alles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineChartLayout</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineChartPainter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Still firing, for %1</source>
        <translation>Noch ausgelöst, seit %1</translation>
    </message>
    <message>
        <source>Fired for %1</source>
        <translation>%1 lang ausgelöst</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>korrigiert: %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No incident open</source>
        <translation>Kein Incident geöffnet</translation>
    </message>
    <message>
        <source>Open an incident to follow its timeline: alerts, status changes, runbook steps, commands and notes arrive here as they happen.</source>
        <translation>Öffnen Sie einen Incident, um seiner Zeitleiste zu folgen: Alarme, Statuswechsel, Runbook-Schritte, Befehle und Notizen erscheinen hier, sobald sie geschehen.</translation>
    </message>
    <message>
        <source>Add a note to the timeline (Ctrl+Enter)</source>
        <translation>Eine Notiz zur Zeitleiste hinzufügen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Select a metric snapshot to see its chart</source>
        <translation>Wählen Sie einen Metrik-Snapshot, um sein Diagramm zu sehen</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Zeitleiste — %1</translation>
    </message>
    <message>
        <source>This metric snapshot cannot be shown: %1</source>
        <translation>Dieser Metrik-Snapshot kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>

Corrected: %1</source>
        <translation>

Korrigiert: %1</translation>
    </message>
    <message>
        <source>The note was not recorded: %1</source>
        <translation>Die Notiz wurde nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>The correction was not recorded: %1</source>
        <translation>Die Korrektur wurde nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>No event at or after %1</source>
        <translation>Kein Ereignis um oder nach %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Correct an event</source>
        <translation>Ein Ereignis korrigieren</translation>
    </message>
    <message>
        <source>The event stays in the timeline, struck through; the correction is recorded beside it.</source>
        <translation>Das Ereignis bleibt durchgestrichen in der Zeitleiste; die Korrektur wird daneben festgehalten.</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation>Zeitleiste nach %1 exportiert</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new event(s)</source>
        <translation>
            <numerusform>↓ %n neues Ereignis</numerusform>
            <numerusform>↓ %n neue Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineModel</name>
    <message>
        <source>Alert fired</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <source>Alert resolved</source>
        <translation>Alarm aufgehoben</translation>
    </message>
    <message>
        <source>Silence created</source>
        <translation>Stummschaltung angelegt</translation>
    </message>
    <message>
        <source>Silence expired</source>
        <translation>Stummschaltung abgelaufen</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Role assigned</source>
        <translation>Rolle besetzt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Runbook step</source>
        <translation>Runbook-Schritt</translation>
    </message>
    <message>
        <source>Command run</source>
        <translation>Befehl ausgeführt</translation>
    </message>
    <message>
        <source>Metric snapshot</source>
        <translation>Metrik-Snapshot</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>korrigiert: %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineToolbar</name>
    <message>
        <source>Types</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Show only some types of events</source>
        <translation>Nur bestimmte Arten von Ereignissen anzeigen</translation>
    </message>
    <message>
        <source>Pinned only</source>
        <translation>Nur angeheftete</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Show times in UTC instead of local time</source>
        <translation>Zeiten in UTC statt in Ortszeit anzeigen</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Springen</translation>
    </message>
    <message>
        <source>Select the first event at or after this time</source>
        <translation>Das erste Ereignis um oder nach dieser Zeit auswählen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole incident in the graphical timeline</source>
        <translation>Den ganzen Incident in der grafischen Zeitleiste anzeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the timeline as Markdown, CSV or JSON</source>
        <translation>Die Zeitleiste als Markdown, CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::VersionsDialog</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>This post-mortem was deleted.</source>
        <translation>Dieses Post-Mortem wurde gelöscht.</translation>
    </message>
    <message>
        <source>Versions of “%1”</source>
        <translation>Versionen von „%1“</translation>
    </message>
    <message>
        <source>Select a version to read it, or two (Ctrl+click) to see what changed between them.</source>
        <translation>Wählen Sie eine Version, um sie zu lesen, oder zwei (Strg+Klick), um zu sehen, was sich zwischen ihnen geändert hat.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Make the selected version the current text again (kept as a new version; nothing is lost)</source>
        <translation>Die gewählte Version wieder zum aktuellen Text machen (als neue Version abgelegt; nichts geht verloren)</translation>
    </message>
    <message>
        <source>No version selected</source>
        <translation>Keine Version gewählt</translation>
    </message>
    <message>
        <source>Select at most two versions to compare</source>
        <translation>Wählen Sie höchstens zwei Versionen zum Vergleichen</translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation>Es gibt keine Version %1.</translation>
    </message>
    <message>
        <source>Version %1 cannot be read: %2</source>
        <translation>Version %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2: %3 line(s) removed, %4 added</source>
        <translation>Änderungen von Version %1 zu Version %2: %3 Zeile(n) entfernt, %4 hinzugefügt</translation>
    </message>
    <message>
        <source>Select the one version to restore.</source>
        <translation>Wählen Sie genau eine Version zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Could not restore version %1: %2</source>
        <translation>Version %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Version %1 is the current text again.</source>
        <translation>Version %1 ist wieder der aktuelle Text.</translation>
    </message>
</context>
</TS>
