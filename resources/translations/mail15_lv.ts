<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>HeldMailDialog</name>
        <message>
            <source>Bounce</source>
            <translation>Nepiegādes paziņojums</translation>
        </message>
        <message>
            <source>Read receipt</source>
            <translation>Izlasīšanas apstiprinājums</translation>
        </message>
        <message>
            <source>Abuse report</source>
            <translation>Ziņojums par ļaunprātīgu izmantošanu</translation>
        </message>
        <message>
            <source>Automatic reply</source>
            <translation>Automātiskā atbilde</translation>
        </message>
        <message>
            <source>Newsletter or list</source>
            <translation>Jaunumu vēstule vai saraksts</translation>
        </message>
        <message>
            <source>Server message</source>
            <translation>Servera ziņojums</translation>
        </message>
        <message>
            <source>Calendar invitation</source>
            <translation>Kalendāra ielūgums</translation>
        </message>
        <message>
            <source>Held mail</source>
            <translation>Aizturētais pasts</translation>
        </message>
        <message>
            <source>These mails were not registered as cases because they look like no request. Dismiss each one, or import it as a request if it is one: its deadline then counts from when it was received.</source>
            <translation>Šīs vēstules netika reģistrētas kā lietas, jo neizskatās pēc pieprasījuma. Noraidiet katru no tām vai importējiet to kā pieprasījumu, ja tas tāds ir: tad tā termiņu skaita no brīža, kad vēstule tika saņemta.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Saņemts</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Veids</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Sūtītājs</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Temats</translation>
        </message>
        <message>
            <source>Why held</source>
            <translation>Aizturēšanas iemesls</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Noraidīt</translation>
        </message>
        <message>
            <source>Not a request: delete the mail. The decision is kept in the audit trail.</source>
            <translation>Nav pieprasījums: dzēst vēstuli. Lēmums tiek saglabāts audita žurnālā.</translation>
        </message>
        <message>
            <source>Import as request</source>
            <translation>Importēt kā pieprasījumu</translation>
        </message>
        <message>
            <source>A request after all: register it as a case.</source>
            <translation>Tomēr ir pieprasījums: reģistrēt to kā lietu.</translation>
        </message>
        <message>
            <source>No held mail waits for a decision.</source>
            <translation>Neviena aizturēta vēstule negaida lēmumu.</translation>
        </message>
        <message>
            <source>Held mail no. %1 dismissed; the mail itself was deleted.</source>
            <translation>Aizturētā vēstule Nr. %1 noraidīta; pati vēstule ir dzēsta.</translation>
        </message>
        <message>
            <source>Importing held mail…</source>
            <translation>Importē aizturēto vēstuli…</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Held mail…</source>
            <translation>Aizturētais pasts…</translation>
        </message>
        <message>
            <source>Held as no request (held mail no. %1)</source>
            <translation>Aizturēta, nav pieprasījums (aizturētā vēstule Nr. %1)</translation>
        </message>
    </context>
    <context>
        <name>ActionRegistry</name>
        <message>
            <source>&amp;Held mail…</source>
            <translation>&amp;Aizturētais pasts…</translation>
        </message>
        <message>
            <source>Bounces, automatic replies and newsletters not registered as cases: dismiss them or import them as requests</source>
            <translation>Nepiegādes paziņojumi, automātiskās atbildes un jaunumu vēstules, kas nav reģistrētas kā lietas: noraidiet tās vai importējiet kā pieprasījumus</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Imported: another mail with the same Message-ID</source>
            <translation>Importēts: cita vēstule ar tādu pašu Message-ID</translation>
        </message>
        <message>
            <source>Mail held as no request</source>
            <translation>Vēstule aizturēta, jo nav pieprasījums</translation>
        </message>
        <message>
            <source>Held mail dismissed</source>
            <translation>Aizturētā vēstule noraidīta</translation>
        </message>
        <message>
            <source>Held mail imported as a request</source>
            <translation>Aizturētā vēstule importēta kā pieprasījums</translation>
        </message>
    </context>
</TS>
