<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>AuditDetails</name>
        <message>
            <source>identity verified</source>
            <translation>identitāte apstiprināta</translation>
        </message>
        <message>
            <source>identity not verified</source>
            <translation>identitāte nav apstiprināta</translation>
        </message>
    </context>
</TS>