<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="125" />
            <source>%1 signed checkpoints match it; the last was signed %2.</source>
            <translation>Tai atbilst %1 parakstīti kontrolpunkti; pēdējais parakstīts %2.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="129" />
            <source>%1 personal texts were purged (their digests remain).</source>
            <translation>Dzēsti %1 personas datu teksti (to jaucējkodi saglabāti).</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="141" />
            <source>Also found:</source>
            <translation>Atrasts arī:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="99" />
            <source>(personal text purged)</source>
            <translation>(personas datu teksts dzēsts)</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailWarning</name>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_warning.py" line="32" />
            <source>⚠ The audit trail is damaged from event %1: an administrator should verify it on the Audit log page.</source>
            <translation>⚠ Audita žurnāls ir bojāts, sākot no notikuma %1: administratoram tas jāpārbauda lapā “Audita žurnāls”.</translation>
        </message>
    </context>
</TS>
