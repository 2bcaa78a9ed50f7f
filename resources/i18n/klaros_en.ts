<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Backend</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/backend.py" line="+142"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message waiting</numerusform>
            <numerusform>%n messages waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>⚠ %n message(s) not sent</source>
        <translation>
            <numerusform>⚠ %n message not sent</numerusform>
            <numerusform>⚠ %n messages not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/campaigns_page.py" line="+364"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/contacts_page.py" line="+336"/>
        <source>%n contacts written to {file}</source>
        <translation>
            <numerusform>%n contact written to {file}</numerusform>
            <numerusform>%n contacts written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/crash_dialog.py" line="+49"/>
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>It happened %n more time since.</numerusform>
            <numerusform>It happened %n more times since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/import_dialog.py" line="+261"/>
        <source>A spreadsheet (CSV) with %n columns</source>
        <translation>
            <numerusform>A spreadsheet (CSV) with %n column</numerusform>
            <numerusform>A spreadsheet (CSV) with %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../klaros_desktop/ui/main_window.py" line="+535"/>
        <source>%n new WhatsApp message(s)</source>
        <translation>
            <numerusform>%n new WhatsApp message</numerusform>
            <numerusform>%n new WhatsApp messages</numerusform>
        </translation>
    </message>
</context>
</TS>
