<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Demo cases generated</source>
            <translation>Izveidotas demonstrācijas lietas</translation>
        </message>
        <message>
            <source>Team database roles set up</source>
            <translation>Iestatītas komandas datubāzes lomas</translation>
        </message>
        <message>
            <source>Acted as a user without password (set-up)</source>
            <translation>Darbība lietotāja vārdā bez paroles (iestatīšana)</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>Latvian</source>
            <translation>latviešu</translation>
        </message>
        <message>
            <source>English</source>
            <translation>angļu</translation>
        </message>
    </context>
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>Case {number} was changed by {username} at {moment:%Y-%m-%d %H:%M} Riga time since you opened it. Reload the case to see the change, then try again.</source>
            <translation>Lietu {number} mainīja {username} {moment:%d.%m.%Y %H:%M} (Rīgas laiks), kopš to atvērāt. Ielādējiet lietu no jauna, lai redzētu izmaiņas, un mēģiniet vēlreiz.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Every action</source>
            <translation>Visas darbības</translation>
        </message>
        <message>
            <source>Every case action</source>
            <translation>Visas lietu darbības</translation>
        </message>
        <message>
            <source>Show only events of this action</source>
            <translation>Rādīt tikai šīs darbības notikumus</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Retention periods to be confirmed by the DPO: {0}. Until “{1}” is ticked for a category under “{2}”, letters to subjects do not state its period.</source>
            <translation>Glabāšanas termiņi, kas jāapstiprina datu aizsardzības speciālistam: {0}. Kamēr kategorijai cilnē “{2}” nav atzīmēts “{1}”, vēstulēs datu subjektiem tās glabāšanas termiņš netiek norādīts.</translation>
        </message>
    </context>
</TS>