<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>The mailbox server {where} cannot be reached ({reason}). Check the host, port and security in the settings.</source>
            <translation>Pastkastes serveris {where} nav sasniedzams ({reason}). Pārbaudiet iestatījumos resursdatoru, portu un drošību.</translation>
        </message>
        <message>
            <source>No Microsoft 365 sign-in token for {user}: {reason}.</source>
            <translation>Nav Microsoft 365 pierakstīšanās pilnvaras (token) lietotājam {user}: {reason}.</translation>
        </message>
        <message>
            <source>The mailbox {where} refused the sign-in of {user}: check the user name and password.</source>
            <translation>Pastkaste {where} noraidīja lietotāja {user} pierakstīšanos: pārbaudiet lietotājvārdu un paroli.</translation>
        </message>
        <message>
            <source>The connection to {where} failed while signing in ({reason}).</source>
            <translation>Savienojums ar {where} pārtrūka pierakstīšanās laikā ({reason}).</translation>
        </message>
        <message>
            <source>The mail server {where} refused the recipient; nothing was delivered.</source>
            <translation>Pasta serveris {where} noraidīja adresātu; nekas netika piegādāts.</translation>
        </message>
        <message>
            <source>No Microsoft 365 sign-in token for {user}: {reason}. Nothing was sent.</source>
            <translation>Nav Microsoft 365 pierakstīšanās pilnvaras (token) lietotājam {user}: {reason}. Nekas netika nosūtīts.</translation>
        </message>
        <message>
            <source>The mail server {where} refused the sign-in of {user}: check the user name and password. Nothing was sent.</source>
            <translation>Pasta serveris {where} noraidīja lietotāja {user} pierakstīšanos: pārbaudiet lietotājvārdu un paroli. Nekas netika nosūtīts.</translation>
        </message>
        <message>
            <source>The mail server {where} refused the recipient address; nothing was sent. Check the subject's e-mail address.</source>
            <translation>Pasta serveris {where} noraidīja adresāta adresi; nekas netika nosūtīts. Pārbaudiet datu subjekta e-pasta adresi.</translation>
        </message>
        <message>
            <source>The mail server {where} does not accept a sign-in on this connection ({reason}); nothing was sent. Check the port and security in the SMTP settings.</source>
            <translation>Pasta serveris {where} šajā savienojumā nepieņem pierakstīšanos ({reason}); nekas netika nosūtīts. Pārbaudiet SMTP iestatījumos portu un drošību.</translation>
        </message>
        <message>
            <source>The mail server {where} refused the message ({code}); nothing was sent.</source>
            <translation>Pasta serveris {where} noraidīja vēstuli ({code}); nekas netika nosūtīts.</translation>
        </message>
        <message>
            <source>The mail server {where} cannot be reached or broke off ({reason}); nothing was sent. Check the SMTP settings and try again.</source>
            <translation>Pasta serveris {where} nav sasniedzams vai pārtrauca savienojumu ({reason}); nekas netika nosūtīts. Pārbaudiet SMTP iestatījumus un mēģiniet vēlreiz.</translation>
        </message>
        <message>
            <source>The mail server {where} does not offer STARTTLS, which the settings require; nothing was sent (the desk never sends in clear). Check the port and security in the SMTP settings.</source>
            <translation>Pasta serveris {where} nepiedāvā STARTTLS, ko prasa iestatījumi; nekas netika nosūtīts (programma nekad nesūta nešifrēti). Pārbaudiet SMTP iestatījumos portu un drošību.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>the signer's certificate was REVOKED by the CA</source>
            <translation>sertifikātu izdevējs (CA) ir ATSAUCIS parakstītāja sertifikātu</translation>
        </message>
        <message>
            <source>not revoked (the CA's OCSP service answered “good”)</source>
            <translation>nav atsaukts (CA OCSP dienests atbildēja “derīgs”)</translation>
        </message>
        <message>
            <source>signature verified, revocation NOT confirmed: %1 (%2)</source>
            <translation>paraksts pārbaudīts, bet atsaukšana NAV pārbaudīta: %1 (%2)</translation>
        </message>
        <message>
            <source>the certificate names no OCSP service to ask</source>
            <translation>sertifikātā nav norādīts OCSP dienests, kam jautāt</translation>
        </message>
        <message>
            <source>the CA's OCSP service could not be reached; check again later</source>
            <translation>CA OCSP dienests nebija sasniedzams; pārbaudiet vēlāk vēlreiz</translation>
        </message>
        <message>
            <source>the CA's OCSP service gave no usable answer (revocation unknown)</source>
            <translation>CA OCSP dienests nedeva izmantojamu atbildi (atsaukšana nav zināma)</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>revocation (OCSP)</source>
            <translation>atsaukšana (OCSP)</translation>
        </message>
        <message>
            <source>not revoked</source>
            <translation>nav atsaukts</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>ATSAUKTS</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>nav zināms</translation>
        </message>
        <message>
            <source>not checked: service not reached</source>
            <translation>nav pārbaudīts: dienests nebija sasniedzams</translation>
        </message>
        <message>
            <source>not checked: no OCSP service named</source>
            <translation>nav pārbaudīts: nav norādīts OCSP dienests</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>nav pārbaudīts</translation>
        </message>
    </context>
</TS>
