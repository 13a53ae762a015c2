<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GrafanaImport</name>
    <message numerus="yes">
        <source>%1, %n query(s)</source>
        <translation>
            <numerusform>%1, %n query</numerusform>
            <numerusform>%1, %n queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsFeature</name>
    <message numerus="yes">
        <source>Added %n alert(s) to %1</source>
        <translation>
            <numerusform>Added %n alert to %1</numerusform>
            <numerusform>Added %n alerts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelWidget</name>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunbooksCommand</name>
    <message numerus="yes">
        <source>%n runbook file(s) could not be read; see &apos;opsdeck runbooks check&apos;
</source>
        <translation>
            <numerusform>%n runbook file could not be read; see &apos;opsdeck runbooks check&apos;
</numerusform>
            <numerusform>%n runbook files could not be read; see &apos;opsdeck runbooks check&apos;
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runbook(s), all readable
</source>
        <translation>
            <numerusform>%n runbook, readable
</numerusform>
            <numerusform>%n runbooks, all readable
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AcknowledgeDialog</name>
    <message numerus="yes">
        <source>Silence %n alert(s) exactly (every label must match):</source>
        <translation>
            <numerusform>Silence %n alert exactly (every label must match):</numerusform>
            <numerusform>Silence %n alerts exactly (every label must match):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) cannot be silenced without an Alertmanager (reported by Prometheus only): %1</source>
        <translation>
            <numerusform>%n alert cannot be silenced without an Alertmanager (reported by Prometheus only): %1</numerusform>
            <numerusform>%n alerts cannot be silenced without an Alertmanager (reported by Prometheus only): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::ActionItemOverviewModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s): due %1</source>
        <translation>
            <numerusform>Overdue by %n day: due %1</numerusform>
            <numerusform>Overdue by %n days: due %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::ActionItemsDock</name>
    <message numerus="yes">
        <source>%n to do, %1 overdue</source>
        <translation>
            <numerusform>%n to do, %1 overdue</numerusform>
            <numerusform>%n to do, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::AlarmsDock</name>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::CreatePostMortemDialog</name>
    <message numerus="yes">
        <source>Checked events go into the post-mortem&apos;s timeline (%n event(s) in the incident):</source>
        <translation>
            <numerusform>Checked events go into the post-mortem&apos;s timeline (%n event in the incident):</numerusform>
            <numerusform>Checked events go into the post-mortem&apos;s timeline (%n events in the incident):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::DashboardGrid</name>
    <message numerus="yes">
        <source>%1 (%n panel(s))</source>
        <translation>
            <numerusform>%1 (%n panel)</numerusform>
            <numerusform>%1 (%n panels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::DeclareIncidentDialog</name>
    <message numerus="yes">
        <source>%n linked alert(s):</source>
        <translation>
            <numerusform>%n linked alert:</numerusform>
            <numerusform>%n linked alerts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::FindReplaceBar</name>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>Replaced %n match</numerusform>
            <numerusform>Replaced %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::IncidentDock</name>
    <message numerus="yes">
        <source>%1 is still firing — resolve anyway?</source>
        <translation>
            <numerusform>%1 is still firing — resolve anyway?</numerusform>
            <numerusform>%1 are still firing — resolve anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::IncidentsDock</name>
    <message numerus="yes">
        <source>%n incident(s) match “%1”</source>
        <translation>
            <numerusform>%n incident matches “%1”</numerusform>
            <numerusform>%n incidents match “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No incident matches these filters; %n incident(s) are hidden. &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</source>
        <translation>
            <numerusform>No incident matches these filters; %n incident is hidden. &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</numerusform>
            <numerusform>No incident matches these filters; %n incidents are hidden. &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::MetricSnapshotView</name>
    <message numerus="yes">
        <source>%n series from %1 to %2, one point every %3 s.</source>
        <translation>
            <numerusform>%n series from %1 to %2, one point every %3 s.</numerusform>
            <numerusform>%n series from %1 to %2, one point every %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemTableModel</name>
    <message numerus="yes">
        <source>%n action item(s) still to do</source>
        <translation>
            <numerusform>%n action item still to do</numerusform>
            <numerusform>%n action items still to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::PostMortemsDock</name>
    <message numerus="yes">
        <source>%n post-mortem(s) match “%1”</source>
        <translation>
            <numerusform>%n post-mortem matches “%1”</numerusform>
            <numerusform>%n post-mortems match “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::RunbooksDock</name>
    <message numerus="yes">
        <source>%n runbook(s) could not be read</source>
        <translation>
            <numerusform>%n runbook could not be read</numerusform>
            <numerusform>%n runbooks could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n runbook(s)</source>
        <translation>
            <numerusform>%1 · %n runbook</numerusform>
            <numerusform>%1 · %n runbooks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::SilenceEditor</name>
    <message numerus="yes">
        <source>Covers %n alert(s).</source>
        <translation>
            <numerusform>Covers %n alert.</numerusform>
            <numerusform>Covers %n alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::SilencesDock</name>
    <message numerus="yes">
        <source>Expire %n silence(s) now? The alerts they cover will notify again.</source>
        <translation>
            <numerusform>Expire %n silence now? The alerts it covers will notify again.</numerusform>
            <numerusform>Expire %n silences now? The alerts they cover will notify again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineChart</name>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2 in %3 lanes. The wheel or + and − zoom, dragging or the arrow keys move through time, Home shows everything.</source>
        <translation>
            <numerusform>%n event from %1 to %2 in %3 lanes. The wheel or + and − zoom, dragging or the arrow keys move through time, Home shows everything.</numerusform>
            <numerusform>%n events from %1 to %2 in %3 lanes. The wheel or + and − zoom, dragging or the arrow keys move through time, Home shows everything.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ui::TimelineDock</name>
    <message numerus="yes">
        <source>↓ %n new event(s)</source>
        <translation>
            <numerusform>↓ %n new event</numerusform>
            <numerusform>↓ %n new events</numerusform>
        </translation>
    </message>
</context>
</TS>
