<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>Subcommands</name>
    <message>
        <source>Show the version and where logs, settings and the workspace are kept.</source>
        <translation>Die Version anzeigen und wo Protokolle, Einstellungen und der Arbeitsbereich liegen.</translation>
    </message>
    <message>
        <source>Output FORMAT: text or json.</source>
        <translation>Ausgabeformat FORMAT: text oder json.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected text or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erwartet: text oder json)</translation>
    </message>
    <message>
        <source>Inspect, check, export or import the workspace (info, check, export FILE, import FILE).</source>
        <translation>Den Arbeitsbereich ansehen, prüfen, exportieren oder importieren (info, check, export FILE, import FILE).</translation>
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
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>%1 row %2 points at a missing %3</source>
        <translation>%1 Zeile %2 verweist auf ein fehlendes %3</translation>
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
    <name>WorkspaceTask</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>opsdeck::BackendProbe</name>
    <message>
        <source>the answer is not JSON (starts with &quot;%1&quot;)</source>
        <translation>die Antwort ist kein JSON (beginnt mit &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the answer has no %1 string at %2; is this a %3 server?</source>
        <translation>die Antwort enthält keine Zeichenkette %1 unter %2; ist das ein %3-Server?</translation>
    </message>
    <message>
        <source>the answer is larger than %1 KiB; not a status document</source>
        <translation>die Antwort ist größer als %1 KiB; kein Statusdokument</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
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
    <name>opsdeck::ui::ActionItemsDock</name>
    <message>
        <source>Action Items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items</source>
        <translation>Keine Maßnahmen</translation>
    </message>
    <message>
        <source>Open action items from every post-mortem are listed here, overdue ones first.</source>
        <translation>Offene Maßnahmen aus allen Post-Mortems stehen hier, überfällige zuerst.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AlarmTableModel</name>
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
        <source>answers in %1 ms</source>
        <translation>antwortet in %1 ms</translation>
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
        <source>The Prometheus and Alertmanager servers Opsdeck watches, with their health, are listed here. Start Opsdeck with --prometheus URL or --alertmanager URL to watch one.</source>
        <translation>Die Prometheus- und Alertmanager-Server, die Opsdeck überwacht, stehen hier mit ihrem Zustand. Starten Sie Opsdeck mit --prometheus URL oder --alertmanager URL, um einen zu beobachten.</translation>
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
        <source>Charts of Prometheus queries and the team&apos;s incident and delivery metrics appear here.</source>
        <translation>Diagramme von Prometheus-Abfragen und die Incident- und Auslieferungskennzahlen des Teams erscheinen hier.</translation>
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
        <source>Declared incidents and game days, with their severity and status, are listed here.</source>
        <translation>Ausgerufene Incidents und Game Days stehen hier mit Schweregrad und Status.</translation>
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
        <source>Operational maturity assessments, with their risks and milestones, are listed here.</source>
        <translation>Bewertungen der betrieblichen Reife stehen hier mit ihren Risiken und Meilensteinen.</translation>
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
    <name>opsdeck::ui::PostMortemsDock</name>
    <message>
        <source>Post-mortems</source>
        <translation>Post-Mortems</translation>
    </message>
    <message>
        <source>No post-mortems</source>
        <translation>Keine Post-Mortems</translation>
    </message>
    <message>
        <source>Blameless post-mortems written from incidents are listed here.</source>
        <translation>Schuldfreie Post-Mortems zu Incidents stehen hier.</translation>
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
        <source>Active and pending silences from every Alertmanager are listed here.</source>
        <translation>Aktive und anstehende Stummschaltungen aller Alertmanager stehen hier.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>Kein Incident ausgewählt</translation>
    </message>
    <message>
        <source>The timeline of the selected incident fills itself with alerts, status changes, notes and runbook steps.</source>
        <translation>Die Zeitleiste des gewählten Incidents füllt sich selbst mit Alarmen, Statuswechseln, Notizen und Runbook-Schritten.</translation>
    </message>
</context>
</TS>
