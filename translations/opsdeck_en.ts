<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
