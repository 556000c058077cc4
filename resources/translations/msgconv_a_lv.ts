<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>{filename}: the mail server sent no message body.</source>
            <translation>{filename}: pasta serveris neatsūtīja ziņojuma saturu.</translation>
        </message>
        <message>
            <source>{filename}: this Outlook item is a “{kind}”, not an e-mail. Save the e-mail that carries the request instead.</source>
            <translation>{filename}: šis Outlook vienums ir “{kind}”, nevis e-pasts. Tā vietā saglabājiet e-pastu, kurā ir pieprasījums.</translation>
        </message>
        <message>
            <source>{filename}: the signed container is damaged and cannot be opened ({problem}). Ask the sender to send it again.</source>
            <translation>{filename}: parakstītais konteiners ir bojāts, un to nevar atvērt ({problem}). Lūdziet sūtītājam to nosūtīt vēlreiz.</translation>
        </message>
        <message>
            <source>{filename}: the signed container holds more than {max_files} files or {max_mb} MB; register the request by hand.</source>
            <translation>{filename}: parakstītajā konteinerā ir vairāk nekā {max_files} failu vai {max_mb} MB; reģistrējiet pieprasījumu manuāli.</translation>
        </message>
        <message>
            <source>{filename}: the signed container's table of contents does not match its files; it may have been tampered with.</source>
            <translation>{filename}: parakstītā konteinera satura rādītājs neatbilst tajā esošajiem failiem; iespējams, tas ir ticis neatļauti mainīts.</translation>
        </message>
        <message>
            <source>{filename}: the signed container is damaged and cannot be read ({problem}). Ask the sender to send it again.</source>
            <translation>{filename}: parakstītais konteiners ir bojāts, un to nevar nolasīt ({problem}). Lūdziet sūtītājam to nosūtīt vēlreiz.</translation>
        </message>
        <message>
            <source>{filename}: this is not an ASiC-E signed container (.edoc, .asice): its mimetype entry is missing or different.</source>
            <translation>{filename}: tas nav ASiC-E parakstītais konteiners (.edoc, .asice): tā ieraksta mimetype nav vai tas ir citāds.</translation>
        </message>
        <message>
            <source>{filename}: the container holds no signature (META-INF/signatures*.xml); it is not a signed document.</source>
            <translation>{filename}: konteinerā nav paraksta (META-INF/signatures*.xml); tas nav parakstīts dokuments.</translation>
        </message>
        <message>
            <source>{filename}: the container holds no signed document.</source>
            <translation>{filename}: konteinerā nav parakstīta dokumenta.</translation>
        </message>
        <message>
            <source>{filename}: a signed document shows when it was signed, not when it reached us; enter the date it was delivered.</source>
            <translation>{filename}: parakstītā dokumentā redzams, kad tas parakstīts, nevis kad tas saņemts; ievadiet tā piegādes datumu.</translation>
        </message>
        <message>
            <source>Unknown mail setting '{setting}'. Known: {known}.</source>
            <translation>Nezināms pasta iestatījums '{setting}'. Zināmie: {known}.</translation>
        </message>
        <message>
            <source>The connection security must be one of {modes}, not '{security}'.</source>
            <translation>Savienojuma drošībai jābūt vienai no šīm: {modes}, nevis '{security}'.</translation>
        </message>
        <message>
            <source>The port must be between 1 and 65535, not {port}.</source>
            <translation>Portam jābūt no 1 līdz 65535, nevis {port}.</translation>
        </message>
        <message>
            <source>{host} is not this computer: the password and the requests would cross the network unencrypted. Choose TLS or STARTTLS.</source>
            <translation>{host} nav šis dators: parole un pieprasījumi tiktu pārsūtīti pa tīklu nešifrēti. Izvēlieties TLS vai STARTTLS.</translation>
        </message>
        <message>
            <source>A mail setting cannot contain line breaks.</source>
            <translation>Pasta iestatījumā nedrīkst būt rindiņu pārtraukumu.</translation>
        </message>
        <message>
            <source>The fetch interval must be between {low} and {high} minutes (0 = only when asked).</source>
            <translation>Ielādes intervālam jābūt no {low} līdz {high} minūtēm (0 = tikai pēc pieprasījuma).</translation>
        </message>
        <message>
            <source>The processed folder must differ from the folder read; otherwise every message would be read again.</source>
            <translation>Apstrādāto ziņojumu mapei jāatšķiras no lasāmās mapes; citādi katrs ziņojums tiktu nolasīts atkārtoti.</translation>
        </message>
        <message>
            <source>The sender '{sender}' is not an e-mail address.</source>
            <translation>Sūtītājs '{sender}' nav e-pasta adrese.</translation>
        </message>
        <message>
            <source>The settings were saved, but this computer has no keyring to keep the password in: it will be asked for at each fetch (or set SMARTTEK_DSAR_IMAP_PASSWORD).</source>
            <translation>Iestatījumi saglabāti, bet šajā datorā nav atslēgu glabātavas, kurā glabāt paroli: tā tiks prasīta katrā ielādes reizē (vai iestatiet SMARTTEK_DSAR_IMAP_PASSWORD).</translation>
        </message>
        <message>
            <source>The privacy mailbox is not set up: enter its server and user in the settings (smarttek-dsar mailbox configure).</source>
            <translation>Privātuma pastkastīte nav iestatīta: norādiet tās serveri un lietotāju iestatījumos (smarttek-dsar mailbox configure).</translation>
        </message>
        <message>
            <source>No password for the mailbox {account}: type it, or keep it in the keyring (mailbox configure --ask-password).</source>
            <translation>Pastkastītei {account} nav paroles: ievadiet to vai glabājiet to atslēgu glabātavā (mailbox configure --ask-password).</translation>
        </message>
        <message>
            <source>The settings were saved, but this computer has no keyring to keep the password in: it will be asked for when sending (or set SMARTTEK_DSAR_SMTP_PASSWORD).</source>
            <translation>Iestatījumi saglabāti, bet šajā datorā nav atslēgu glabātavas, kurā glabāt paroli: tā tiks prasīta katrā sūtīšanas reizē (vai iestatiet SMARTTEK_DSAR_SMTP_PASSWORD).</translation>
        </message>
        <message>
            <source>Sending by e-mail is not set up: enter the SMTP server in the settings (smarttek-dsar mailbox configure-smtp).</source>
            <translation>Sūtīšana pa e-pastu nav iestatīta: norādiet SMTP serveri iestatījumos (smarttek-dsar mailbox configure-smtp).</translation>
        </message>
        <message>
            <source>No password for the SMTP account {account}: type it, or keep it in the keyring.</source>
            <translation>SMTP kontam {account} nav paroles: ievadiet to vai glabājiet to atslēgu glabātavā.</translation>
        </message>
        <message>
            <source>Case {number} has no e-mail address for the data subject: add it to the subject, or send the answer by post.</source>
            <translation>Lietā {number} nav datu subjekta e-pasta adreses: pievienojiet to datu subjektam vai nosūtiet atbildi pa pastu.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {problem}.</source>
            <translation>Nevar nolasīt {file}: {problem}.</translation>
        </message>
        <message>
            <source>{file} is not the package's password-protected 7z archive. Only that archive may be sent by e-mail: export the package with a password and send its .7z file.</source>
            <translation>{file} nav paketes ar paroli aizsargātais 7z arhīvs. Pa e-pastu drīkst sūtīt tikai šo arhīvu: eksportējiet paketi ar paroli un nosūtiet tās .7z failu.</translation>
        </message>
        <message>
            <source>{file} is damaged ({problem}); export the package again.</source>
            <translation>{file} ir bojāts ({problem}); eksportējiet paketi vēlreiz.</translation>
        </message>
        <message>
            <source>{file} is not password-protected. Only a protected archive may be sent by e-mail: export the package with a password.</source>
            <translation>{file} nav aizsargāts ar paroli. Pa e-pastu drīkst sūtīt tikai aizsargātu arhīvu: eksportējiet paketi ar paroli.</translation>
        </message>
        <message>
            <source>The database server does not let the sign-in gate (login '{login}') connect: allow it in pg_hba.conf beside the users' logins (README, team mode).</source>
            <translation>Datubāzes serveris neļauj pieteikšanās vārtiem (pieteikšanās konts '{login}') pieslēgties: atļaujiet to pg_hba.conf līdzās lietotāju pieteikšanās kontiem (README, komandas režīms).</translation>
        </message>
        <message>
            <source>The query failed: {error}</source>
            <translation>Vaicājums neizdevās: {error}</translation>
        </message>
        <message>
            <source>transport headers</source>
            <translation>transporta galvenes</translation>
        </message>
        <message>
            <source>body</source>
            <translation>pamatteksts</translation>
        </message>
        <message>
            <source>HTML body</source>
            <translation>HTML pamatteksts</translation>
        </message>
        <message>
            <source>RTF body</source>
            <translation>RTF pamatteksts</translation>
        </message>
        <message>
            <source>sender address</source>
            <translation>sūtītāja adrese</translation>
        </message>
        <message>
            <source>sender name</source>
            <translation>sūtītāja vārds</translation>
        </message>
        <message>
            <source>attachment name</source>
            <translation>pielikuma nosaukums</translation>
        </message>
        <message>
            <source>message class</source>
            <translation>ziņojuma klase</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>temats</translation>
        </message>
        <message>
            <source>recipient</source>
            <translation>adresāts</translation>
        </message>
        <message>
            <source>Message-ID</source>
            <translation>Message-ID</translation>
        </message>
        <message>
            <source>attachment type</source>
            <translation>pielikuma tips</translation>
        </message>
        <message>
            <source>set up the privacy mailbox</source>
            <translation>iestatīt privātuma pastkastīti</translation>
        </message>
        <message>
            <source>import requests from the privacy mailbox</source>
            <translation>importēt pieprasījumus no privātuma pastkastītes</translation>
        </message>
        <message>
            <source>set up sending by e-mail</source>
            <translation>iestatīt sūtīšanu pa e-pastu</translation>
        </message>
        <message>
            <source>password-protected 7z package</source>
            <translation>ar paroli aizsargāta 7z pakete</translation>
        </message>
        <message>
            <source>send answers by e-mail</source>
            <translation>sūtīt atbildes pa e-pastu</translation>
        </message>
        <message>
            <source>send answers to the subject</source>
            <translation>sūtīt atbildes datu subjektam</translation>
        </message>
        <message>
            <source>{filename}: the {what} is {size} MB, over the limit of {limit} MB. Ask the sender for a smaller file or a link, or register the request by hand.</source>
            <translation>{filename}: {what} ir {size} MB, vairāk par pieļaujamajiem {limit} MB. Palūdziet sūtītājam mazāku failu vai saiti vai reģistrējiet pieprasījumu manuāli.</translation>
        </message>
        <message>
            <source>{filename}: the {what} of the Outlook message is {size} MB, far more than any request needs. Register the request by hand and keep the file as evidence.</source>
            <translation>{filename}: Outlook ziņojuma {what} ir {size} MB — daudz vairāk, nekā vajag jebkuram pieprasījumam. Reģistrējiet pieprasījumu manuāli un saglabājiet failu kā pierādījumu.</translation>
        </message>
    </context>
</TS>
