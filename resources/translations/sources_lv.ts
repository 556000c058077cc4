<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>SourcesPage</name>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="78" />
            <source>Give every SQL source a database login that can only read (PostgreSQL: GRANT SELECT on the tables searched; MySQL/MariaDB: GRANT SELECT; MS SQL: db_datareader). The desk checks each query and runs it read-only with a time limit, but only a read-only login guarantees that a search cannot change the company system or reach beyond it.</source>
            <translation>Katram SQL datu avotam izmantojiet datubāzes lietotāju, kuram ir tikai lasīšanas tiesības (PostgreSQL: GRANT SELECT meklētajām tabulām; MySQL/MariaDB: GRANT SELECT; MS SQL: db_datareader). Programma pārbauda katru vaicājumu un izpilda to tikai lasīšanas režīmā ar laika ierobežojumu, taču tikai lietotājs ar lasīšanas tiesībām garantē, ka meklēšana nevar mainīt uzņēmuma sistēmu vai piekļūt ārpus tās.</translation>
        </message>
    </context>
    <context>
        <name>run_task</name>
        <message>
            <location filename="../../smarttek_dsar/ui/tasks.py" line="64" />
            <source>details left out: they may contain personal data</source>
            <translation>sīkāka informācija nav parādīta, jo tajā var būt personas dati</translation>
        </message>
    </context>
</TS>
