<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>MailSettingsBox</name>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>None (this computer only)</source>
            <translation>Nav (tikai šim datoram)</translation>
        </message>
        <message>
            <source>kept in the keyring; leave empty to keep</source>
            <translation>glabājas atslēgu glabātavā; atstājiet tukšu, lai nemainītu</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Serveris:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Ports:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Drošība:</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Konts:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Parole:</translation>
        </message>
        <message>
            <source>Privacy mailbox (IMAP)</source>
            <translation>Privātuma pastkastīte (IMAP)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>off</source>
            <translation>izslēgts</translation>
        </message>
        <message>
            <source>Folder to read:</source>
            <translation>Lasāmā mape:</translation>
        </message>
        <message>
            <source>Move processed to:</source>
            <translation>Apstrādātās pārvietot uz:</translation>
        </message>
        <message>
            <source>Fetch every:</source>
            <translation>Ielādēt ik pēc:</translation>
        </message>
        <message>
            <source>Save mailbox settings</source>
            <translation>Saglabāt pastkastītes iestatījumus</translation>
        </message>
        <message>
            <source>Sending by e-mail (SMTP)</source>
            <translation>Sūtīšana pa e-pastu (SMTP)</translation>
        </message>
        <message>
            <source>Sender:</source>
            <translation>Sūtītājs:</translation>
        </message>
        <message>
            <source>A password typed here is kept in this computer's keyring, never in the database.</source>
            <translation>Šeit ievadītā parole tiek glabāta šī datora atslēgu glabātavā, nekad datubāzē.</translation>
        </message>
        <message>
            <source>Save sending settings</source>
            <translation>Saglabāt sūtīšanas iestatījumus</translation>
        </message>
        <message>
            <source>Mailbox settings saved.</source>
            <translation>Pastkastītes iestatījumi saglabāti.</translation>
        </message>
        <message>
            <source>Sending settings saved.</source>
            <translation>Sūtīšanas iestatījumi saglabāti.</translation>
        </message>
    </context>
    <context>
        <name>MailboxFetcher</name>
        <message>
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <source>Mailbox: not set up (Settings).</source>
            <translation>Pastkastīte: nav iestatīta (Iestatījumi).</translation>
        </message>
        <message>
            <source>Mailbox: password needed; use Fetch mail now.</source>
            <translation>Pastkastīte: vajadzīga parole; izmantojiet “Ielādēt pastu tagad”.</translation>
        </message>
        <message>
            <source>Privacy mailbox</source>
            <translation>Privātuma pastkastīte</translation>
        </message>
        <message>
            <source>Password for {account}:</source>
            <translation>Konta {account} parole:</translation>
        </message>
        <message>
            <source>Mailbox: fetching…</source>
            <translation>Pastkastīte: ielādē…</translation>
        </message>
        <message>
            <source>Mailbox: 1 new request, {time}</source>
            <translation>Pastkastīte: 1 jauns pieprasījums, {time}</translation>
        </message>
        <message>
            <source>Mailbox: {count} new requests, {time}</source>
            <translation>Pastkastīte: jauni pieprasījumi — {count}, {time}</translation>
        </message>
        <message>
            <source>({count} to look at)</source>
            <translation>(jāizskata: {count})</translation>
        </message>
        <message>
            <source>Mailbox: not fetched. {reason}</source>
            <translation>Pastkastīte: nav ielādēta. {reason}</translation>
        </message>
        <message>
            <source>Mailbox: cancelled.</source>
            <translation>Pastkastīte: atcelts.</translation>
        </message>
        <message>
            <source>Stopped early; the rest comes with the next fetch.</source>
            <translation>Apturēts priekšlaicīgi; pārējais tiks ielādēts nākamreiz.</translation>
        </message>
    </context>
    <context>
        <name>SendMailDialog</name>
        <message>
            <source>Send by e-mail — {case}</source>
            <translation>Sūtīt pa e-pastu — {case}</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Kam</translation>
        </message>
        <message>
            <source>(no e-mail address)</source>
            <translation>(nav e-pasta adreses)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>No</translation>
        </message>
        <message>
            <source>The letter “{title}” as PDF</source>
            <translation>Vēstule “{title}” PDF formātā</translation>
        </message>
        <message>
            <source>Attached</source>
            <translation>Pielikumā</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>SMTP parole</translation>
        </message>
        <message>
            <source>Only the password-protected archive is sent. Its password is NOT in this e-mail: give it to the subject by another channel (phone, text message).</source>
            <translation>Tiek nosūtīts tikai ar paroli aizsargātais arhīvs. Tā parole šajā e-pastā NAV: paziņojiet to datu subjektam pa citu kanālu (tālrunis, īsziņa).</translation>
        </message>
        <message>
            <source>Sending by e-mail is not set up: an administrator enters the SMTP server in Settings.</source>
            <translation>Sūtīšana pa e-pastu nav iestatīta: administrators norāda SMTP serveri sadaļā “Iestatījumi”.</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Sūtīt</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sūta…</translation>
        </message>
        <message>
            <source>Sending the e-mail</source>
            <translation>E-pasta sūtīšana</translation>
        </message>
        <message>
            <source>Recorded as the delivery of the answer.</source>
            <translation>Reģistrēts kā atbildes piegāde.</translation>
        </message>
        <message>
            <source>Recorded in the case's audit trail.</source>
            <translation>Reģistrēts lietas audita žurnālā.</translation>
        </message>
        <message>
            <source>Sent to {to}. Message-ID {id}. {recorded}</source>
            <translation>Nosūtīts uz {to}. Message-ID {id}. {recorded}</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>Send by e-mail…</source>
            <translation>Sūtīt pa e-pastu…</translation>
        </message>
    </context>
    <context>
        <name>PackageDialog</name>
        <message>
            <source>Send the archive by e-mail…</source>
            <translation>Sūtīt arhīvu pa e-pastu…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Fetch mail now</source>
            <translation>&amp;Ielādēt pastu tagad</translation>
        </message>
    </context>
</TS>
