<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>A repeat request merged into this case</source>
            <translation>Šajā lietā apvienots atkārtots pieprasījums</translation>
        </message>
        <message>
            <source>Public holiday added</source>
            <translation>Pievienota svētku diena</translation>
        </message>
        <message>
            <source>Public holiday removed</source>
            <translation>Noņemta svētku diena</translation>
        </message>
        <message>
            <source>Letter sent by e-mail</source>
            <translation>Vēstule nosūtīta pa e-pastu</translation>
        </message>
        <message>
            <source>Privacy mailbox fetched</source>
            <translation>Ielādēts privātuma pastkastītes saturs</translation>
        </message>
        <message>
            <source>Organisation document imported</source>
            <translation>Importēts organizācijas dokuments</translation>
        </message>
        <message>
            <source>Organisation document saved</source>
            <translation>Saglabāts organizācijas dokuments</translation>
        </message>
        <message>
            <source>Data package exported</source>
            <translation>Eksportēta datu pakete</translation>
        </message>
        <message>
            <source>Phrasebook saved</source>
            <translation>Saglabāta frāžu grāmata</translation>
        </message>
        <message>
            <source>Recipient removed</source>
            <translation>Noņemts saņēmējs</translation>
        </message>
        <message>
            <source>Register saved</source>
            <translation>Saglabāts reģistrs</translation>
        </message>
        <message>
            <source>Report created</source>
            <translation>Izveidots pārskats</translation>
        </message>
        <message>
            <source>Retention purge run</source>
            <translation>Veikta glabāšanas termiņa dzēšana</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Mainīti iestatījumi</translation>
        </message>
        <message>
            <source>Subject's data read for the answer</source>
            <translation>Subjekta dati nolasīti atbildei</translation>
        </message>
        <message>
            <source>Data source password stored</source>
            <translation>Saglabāta datu avota parole</translation>
        </message>
        <message>
            <source>Data source query tested</source>
            <translation>Pārbaudīts datu avota vaicājums</translation>
        </message>
        <message>
            <source>Data sources saved</source>
            <translation>Saglabāti datu avoti</translation>
        </message>
        <message>
            <source>Data sources tested</source>
            <translation>Pārbaudīti datu avoti</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>Pievienots lietotājs</translation>
        </message>
        <message>
            <source>User disabled</source>
            <translation>Lietotājs atspējots</translation>
        </message>
        <message>
            <source>User's password changed</source>
            <translation>Mainīta lietotāja parole</translation>
        </message>
        <message>
            <source>User's roles changed</source>
            <translation>Mainītas lietotāja lomas</translation>
        </message>
        <message>
            <source>User unlocked</source>
            <translation>Lietotājs atbloķēts</translation>
        </message>
    </context>
</TS>
