<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>Imported by an earlier fetch; moved now.</source>
            <translation>Importēts iepriekšējā ielādē; pārvietots tagad.</translation>
        </message>
        <message>
            <source>Mailbox {account}/{folder}: {report}</source>
            <translation>Pastkaste {account}/{folder}: {report}</translation>
        </message>
    </context>
</TS>