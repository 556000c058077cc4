<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>AdministrationPage</name>
        <message>
            <source>Change roles…</source>
            <translation>Mainīt lomas…</translation>
        </message>
        <message>
            <source>{0} now has the roles: {1}.</source>
            <translation>Lietotājam {0} tagad ir lomas: {1}.</translation>
        </message>
    </context>
    <context>
        <name>RolesDialog</name>
        <message>
            <source>Roles of {0}</source>
            <translation>Lietotāja {0} lomas</translation>
        </message>
    </context>
</TS>
