<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>opsdeck: %1 (see &apos;%2&apos;)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log at LEVEL: %1 (default: info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use language CODE: %1 (default: the system&apos;s language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the main window offscreen, check every view, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run COMMAND without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsdeck, the desktop operations console: alerts, incidents, runbooks, post-mortems and maturity reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown log level &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported language &apos;%1&apos; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self-test cannot be combined with a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;opsdeck COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>On-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alert at a glance, silences and backend health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an incident: status, roles, timeline and runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write blameless post-mortems from an incident&apos;s frozen timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics, maturity assessments and action items for review meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <source>Show the version and where logs, settings and the workspace are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output FORMAT: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected text or json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>the workspace path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace path %1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the workspace %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AboutDialog</name>
    <message>
        <source>About Opsdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop operations console: alerts from Prometheus and Alertmanager, incidents with a live timeline, runbooks, blameless post-mortems and operational-maturity reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (logging to the terminal only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::ActionItemsDock</name>
    <message>
        <source>Action Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items from every post-mortem are listed here, overdue ones first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AlarmsDock</name>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing and pending alerts from every Prometheus and Alertmanager backend are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::BackendHealthIndicator</name>
    <message>
        <source>No backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus or Alertmanager backend is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::BackendsDock</name>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus and Alertmanager servers Opsdeck watches, with their health, are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::DashboardsDock</name>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of Prometheus queries and the team&apos;s incident and delivery metrics appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::IncidentsDock</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared incidents and game days, with their severity and status, are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::MainWindow</name>
    <message>
        <source>Perspective: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Opsdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Opsdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, log file and workspace of this Opsdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::MaturityDock</name>
    <message>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational maturity assessments, with their risks and milestones, are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PerspectiveManager</name>
    <message>
        <source>&amp;Save Layout to Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this perspective with the current dock layout from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Perspective Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the docks of this perspective back where they started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemsDock</name>
    <message>
        <source>Post-mortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post-mortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless post-mortems written from incidents are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::RunbooksDock</name>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks from the team&apos;s runbook folder are listed here, with the alerts they apply to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::SilencesDock</name>
    <message>
        <source>Silences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No silences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and pending silences from every Alertmanager are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline of the selected incident fills itself with alerts, status changes, notes and runbook steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
