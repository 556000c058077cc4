<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>Case {number} names no personal code, e-mail, phone, customer number or name to test with.</source>
            <translation>Lietā {number} nav norādīts personas kods, e-pasts, tālrunis, klienta numurs vai vārds, ar ko pārbaudīt vaicājumu.</translation>
        </message>
        <message>
            <source>The data source '{name}' has no query number {number}.</source>
            <translation>Datu avotam '{name}' nav vaicājuma Nr. {number}.</translation>
        </message>
        <message>
            <source>Choose a case or type a sample personal code, e-mail, phone or customer number to test the query with.</source>
            <translation>Izvēlieties lietu vai ierakstiet parauga personas kodu, e-pastu, tālruni vai klienta numuru, ar ko pārbaudīt vaicājumu.</translation>
        </message>
        <message>
            <source>test a query against a case's subject</source>
            <translation>pārbaudīt vaicājumu ar lietas datu subjekta datiem</translation>
        </message>
        <message>
            <source>You cannot take the administrator role from yourself; ask another administrator.</source>
            <translation>Sev administratora lomu atņemt nevar; lūdziet to citam administratoram.</translation>
        </message>
        <message>
            <source>change users' roles</source>
            <translation>mainīt lietotāju lomas</translation>
        </message>
        <message>
            <source>{filename}: this is not a certificate authority's certificate (no CA flag); install the CA, not a person's certificate.</source>
            <translation>{filename}: šis nav sertifikācijas iestādes sertifikāts (nav CA pazīmes); uzstādiet sertifikācijas iestādes, nevis personas sertifikātu.</translation>
        </message>
        <message>
            <source>“{authority}” is already trusted.</source>
            <translation>“{authority}” jau ir starp uzticamajām sertifikācijas iestādēm.</translation>
        </message>
        <message>
            <source>Give at least the first 8 characters of the SHA-256 fingerprint (see `smarttek-dsar trust list`).</source>
            <translation>Norādiet vismaz SHA-256 nospieduma pirmās 8 rakstzīmes (sk. `smarttek-dsar trust list`).</translation>
        </message>
        <message>
            <source>No trusted authority has the fingerprint {prefix}…</source>
            <translation>Nevienai uzticamajai sertifikācijas iestādei nav nospieduma {prefix}…</translation>
        </message>
        <message>
            <source>{count} trusted authorities start with {prefix}; give more of the fingerprint.</source>
            <translation>Ar {prefix} sākas {count} uzticamo iestāžu nospiedumi; norādiet garāku nospieduma daļu.</translation>
        </message>
        <message>
            <source>{filename}: this is not an X.509 certificate (PEM or DER).</source>
            <translation>{filename}: šis nav X.509 sertifikāts (PEM vai DER).</translation>
        </message>
        <message>
            <source>see the trusted signature authorities</source>
            <translation>skatīt uzticamās parakstu sertifikācijas iestādes</translation>
        </message>
        <message>
            <source>trust a signature authority</source>
            <translation>atzīt parakstu sertifikācijas iestādi par uzticamu</translation>
        </message>
        <message>
            <source>stop trusting a signature authority</source>
            <translation>vairs neuzskatīt parakstu sertifikācijas iestādi par uzticamu</translation>
        </message>
        <message>
            <source>{filename} is not a saved e-mail (.eml or .msg); open it with the system's viewer instead.</source>
            <translation>{filename} nav saglabāta e-pasta vēstule (.eml vai .msg); tā vietā atveriet to ar sistēmas skatītāju.</translation>
        </message>
        <message>
            <source>The e-mail {filename} has no attachment named '{name}'.</source>
            <translation>E-pasta vēstulē {filename} nav pielikuma '{name}'.</translation>
        </message>
        <message>
            <source>open a case's attachments</source>
            <translation>atvērt lietas pielikumus</translation>
        </message>
        <message>
            <source>The files of case {number} were purged after the retention period ended; there is nothing left to open.</source>
            <translation>Lietas {number} faili tika dzēsti pēc glabāšanas termiņa beigām; vairs nav ko atvērt.</translation>
        </message>
        <message>
            <source>Case {number} has no attachment {attachment}.</source>
            <translation>Lietā {number} nav pielikuma {attachment}.</translation>
        </message>
        <message>
            <source>{filename} was deleted from case {number} ({reason}); it cannot be opened.</source>
            <translation>Fails {filename} tika dzēsts no lietas {number} ({reason}); to nevar atvērt.</translation>
        </message>
        <message>
            <source>no reason recorded</source>
            <translation>iemesls nav reģistrēts</translation>
        </message>
        <message>
            <source>Held mail no. {held_id} cannot be read as a request: {exc}</source>
            <translation>Aizturēto vēstuli Nr. {held_id} nevar nolasīt kā pieprasījumu: {exc}</translation>
        </message>
        <message>
            <source>There is no held mail no. {held_id}.</source>
            <translation>Nav aizturētās vēstules Nr. {held_id}.</translation>
        </message>
        <message>
            <source>Held mail no. {held_id} was imported already (as {case_number}).</source>
            <translation>Aizturētā vēstule Nr. {held_id} jau ir importēta (kā {case_number}).</translation>
        </message>
        <message>
            <source>Held mail no. {held_id} was imported already.</source>
            <translation>Aizturētā vēstule Nr. {held_id} jau ir importēta.</translation>
        </message>
        <message>
            <source>Held mail no. {held_id} was dismissed already.</source>
            <translation>Aizturētā vēstule Nr. {held_id} jau ir noraidīta.</translation>
        </message>
        <message>
            <source>Held mail no. {held_id} was {status} already.</source>
            <translation>Aizturētās vēstules Nr. {held_id} statuss jau ir '{status}'.</translation>
        </message>
        <message>
            <source>read held mail</source>
            <translation>lasīt aizturēto pastu</translation>
        </message>
        <message>
            <source>count held mail</source>
            <translation>redzēt aizturētā pasta skaitu</translation>
        </message>
        <message>
            <source>dismiss held mail</source>
            <translation>noraidīt aizturēto pastu</translation>
        </message>
        <message>
            <source>import held mail</source>
            <translation>importēt aizturēto pastu</translation>
        </message>
        <message>
            <source>The receipt proof cannot be empty: say what shows when the request arrived (e-mail headers, envelope stamp, portal record).</source>
            <translation>Saņemšanas pierādījums nevar būt tukšs: norādiet, kas parāda, kad pieprasījums saņemts (e-pasta galvenes, aploksnes zīmogs, portāla ieraksts).</translation>
        </message>
        <message>
            <source>Representative: give the representative's name, or remove the representative.</source>
            <translation>Pārstāvis: norādiet pārstāvja vārdu vai noņemiet pārstāvi.</translation>
        </message>
    </context>
</TS>
