<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>The mail is a delivery failure report (bounce, RFC 3464), not a request.</source>
            <translation>Vēstule ir paziņojums par nepiegādi (RFC 3464), nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The mail is a read receipt (RFC 8098), not a request.</source>
            <translation>Vēstule ir izlasīšanas apstiprinājums (RFC 8098), nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The mail is an abuse report (RFC 5965), not a request.</source>
            <translation>Vēstule ir ziņojums par ļaunprātīgu izmantošanu (RFC 5965), nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The mail was sent automatically ({header}), e.g. an out-of-office reply, not by a person.</source>
            <translation>Vēstuli nosūtījusi programma ({header}), piemēram, automātiskā atbilde par prombūtni, nevis cilvēks.</translation>
        </message>
        <message>
            <source>The mail came from a mailing list or newsletter ({header}), not from a person writing to us.</source>
            <translation>Vēstule nāk no adresātu saraksta vai jaunumu izsūtnes ({header}), nevis no cilvēka, kas raksta mums.</translation>
        </message>
        <message>
            <source>The mail has an empty return path (Return-Path: &lt;&gt;), which only mail servers and automatic senders use.</source>
            <translation>Vēstulei ir tukšs atpakaļceļš (Return-Path: &lt;&gt;), ko izmanto tikai pasta serveri un automātiski sūtītāji.</translation>
        </message>
        <message>
            <source>The mail is a calendar invitation (text/calendar), not a request.</source>
            <translation>Vēstule ir kalendāra ielūgums (text/calendar), nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The Outlook item is an Outlook delivery failure report (REPORT.IPM.Note.NDR), not a request.</source>
            <translation>Outlook vienums ir Outlook paziņojums par nepiegādi (REPORT.IPM.Note.NDR), nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The Outlook item is an Outlook delivery report (REPORT.IPM.Note.DR), not a request.</source>
            <translation>Outlook vienums ir Outlook piegādes paziņojums (REPORT.IPM.Note.DR), nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The Outlook item is an Outlook read receipt (REPORT.IPM.Note.IPNRN), not a request.</source>
            <translation>Outlook vienums ir Outlook izlasīšanas apstiprinājums (REPORT.IPM.Note.IPNRN), nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The Outlook item is an Outlook not-read notice (REPORT.IPM.Note.IPNNRN), not a request.</source>
            <translation>Outlook vienums ir Outlook paziņojums, ka vēstule nav izlasīta (REPORT.IPM.Note.IPNNRN), nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The Outlook item is an Outlook report, not a request.</source>
            <translation>Outlook vienums ir Outlook paziņojums, nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The Outlook item is an Outlook meeting request or answer, not a request.</source>
            <translation>Outlook vienums ir Outlook sapulces ielūgums vai atbilde uz to, nevis pieprasījums.</translation>
        </message>
        <message>
            <source>The Outlook item is an Outlook out-of-office reply, not a request.</source>
            <translation>Outlook vienums ir Outlook automātiskā atbilde par prombūtni, nevis pieprasījums.</translation>
        </message>
        <message>
            <source>Held before as held mail no. {held_id}; nothing new was created. {reason} Dismiss it, or import it as a request if it is one: its deadline then counts from its receipt on {received} (Riga time).</source>
            <translation>Jau agrāk aizturēta kā aizturētā vēstule Nr. {held_id}; nekas jauns netika izveidots. {reason} Noraidiet to vai, ja tas tomēr ir pieprasījums, importējiet to: tad termiņu skaita no tā saņemšanas {received} (Rīgas laiks).</translation>
        </message>
        <message>
            <source>Held as mail no. {held_id}, not registered as a case. {reason} Dismiss it, or import it as a request if it is one: its deadline then counts from its receipt on {received} (Riga time).</source>
            <translation>Aizturēta kā vēstule Nr. {held_id}, lieta netika reģistrēta. {reason} Noraidiet to vai, ja tas tomēr ir pieprasījums, importējiet to: tad termiņu skaita no tā saņemšanas {received} (Rīgas laiks).</translation>
        </message>
        <message>
            <source>The signer {signer} has no Latvian personal code in the certificate; check the identity by another means. No identity check was recorded.</source>
            <translation>Parakstītāja {signer} sertifikātā nav Latvijas personas koda; pārbaudiet identitāti citādi. Identitātes pārbaude netika reģistrēta.</translation>
        </message>
        <message>
            <source>Signed by {signer} (personal code {signer_code}), but the request is about personal code {subject_code}: the signature proves who signed, not that the signer may act for the subject. Ask for the authority (power of attorney); no identity check was recorded.</source>
            <translation>Parakstījis {signer} (personas kods {signer_code}), bet pieprasījums attiecas uz personas kodu {subject_code}: paraksts pierāda, kas parakstījis, nevis to, ka parakstītājs drīkst rīkoties datu subjekta vārdā. Pieprasiet pilnvaru; identitātes pārbaude netika reģistrēta.</translation>
        </message>
        <message>
            <source>e-mail address</source>
            <translation>e-pasta adrese</translation>
        </message>
        <message>
            <source>personal code</source>
            <translation>personas kods</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>tālruņa numurs</translation>
        </message>
        <message>
            <source>The portal customer number “{customer_no}” is longer than {limit} characters and was not stored with the subject.</source>
            <translation>Portāla klienta numurs “{customer_no}” ir garāks par {limit} rakstzīmēm, tāpēc pie datu subjekta netika saglabāts.</translation>
        </message>
        <message>
            <source>The request names no sender; enter the data subject from the document.</source>
            <translation>Pieprasījumā nav norādīts sūtītājs; ievadiet datu subjektu no dokumenta.</translation>
        </message>
        <message>
            <source>The {what} in the request was not stored because it is not valid: {problem}</source>
            <translation>Pieprasījumā norādītā vērtība “{what}” netika saglabāta, jo tā nav derīga: {problem}</translation>
        </message>
        <message>
            <source>The request is in Russian; the answer language was set to Latvian. Change it if the subject should be answered in English.</source>
            <translation>Pieprasījums ir krievu valodā; atbildes valoda iestatīta latviešu. Mainiet to, ja datu subjektam jāatbild angliski.</translation>
        </message>
        <message>
            <source>{right} (Art. {number})</source>
            <translation>{right} (VDAR {number}. pants)</translation>
        </message>
        <message>
            <source>Rights guessed from the words of the request: {rights}. A person must read the request and confirm them (GDPR 12(2)).</source>
            <translation>Tiesības noteiktas pēc pieprasījuma vārdiem: {rights}. Cilvēkam pieprasījums jāizlasa un tās jāapstiprina (VDAR 12. panta 2. punkts).</translation>
        </message>
        <message>
            <source>No right was recognised in the request; read it and set the rights.</source>
            <translation>Pieprasījumā netika atpazītas nekādas tiesības; izlasiet to un norādiet tiesības.</translation>
        </message>
        <message>
            <source>The mail reuses the Message-ID of {case_number}; its content differs, so it was imported as a request of its own. Check whether it is the same request.</source>
            <translation>Vēstulei ir tas pats Message-ID, kas lietai {case_number}, bet saturs atšķiras, tāpēc tā importēta kā atsevišķs pieprasījums. Pārbaudiet, vai tas nav tas pats pieprasījums.</translation>
        </message>
        <message>
            <source>Subject matching is not available in this installation.</source>
            <translation>Datu subjektu meklēšana šajā instalācijā nav pieejama.</translation>
        </message>
        <message>
            <source>Subject matching is off: the data sources are not set up ({problem}).</source>
            <translation>Datu subjektu meklēšana ir izslēgta: datu avoti nav iestatīti ({problem}).</translation>
        </message>
        <message>
            <source>The data sources could not be searched for the subject ({problem}).</source>
            <translation>Datu avotos neizdevās meklēt datu subjektu ({problem}).</translation>
        </message>
        <message>
            <source>Imported before as {case_number}; nothing new was created.</source>
            <translation>Jau agrāk importēts kā {case_number}; nekas jauns netika izveidots.</translation>
        </message>
        <message>
            <source>Created {case_number}.</source>
            <translation>Izveidota lieta {case_number}.</translation>
        </message>
        <message>
            <source>Identity verified by the portal login.</source>
            <translation>Identitāte pārbaudīta ar pieteikšanos portālā.</translation>
        </message>
        <message>
            <source>Identity verified by the qualified e-signature.</source>
            <translation>Identitāte pārbaudīta ar kvalificētu e-parakstu.</translation>
        </message>
        <message>
            <source>Identity verified by the e-signature.</source>
            <translation>Identitāte pārbaudīta ar e-parakstu.</translation>
        </message>
        <message>
            <source>No identity check was recorded.</source>
            <translation>Identitātes pārbaude netika reģistrēta.</translation>
        </message>
        <message>
            <source>It reuses the Message-ID of {case_number}; content differs.</source>
            <translation>Tam ir tas pats Message-ID, kas lietai {case_number}; saturs atšķiras.</translation>
        </message>
        <message>
            <source>Probably the same request as {case_number} (still open): merge it or keep it apart.</source>
            <translation>Droši vien tas pats pieprasījums, kas {case_number} (vēl atvērta): apvienojiet tās vai paturiet atsevišķi.</translation>
        </message>
        <message>
            <source>{sentences:join: }</source>
            <translation>{sentences:join: }</translation>
        </message>
        <message>
            <source>The register text is not valid TOML: {problem}.</source>
            <translation>Reģistra teksts nav derīgs TOML: {problem}.</translation>
        </message>
        <message>
            <source>{shown} {count:plural:new case|new cases}, {duplicates} imported before, {refused} refused. Double-click a row to open its case.</source>
            <translation>{shown} {count:plural:jauna lieta|jaunas lietas|jaunu lietu}; importēti jau agrāk: {duplicates}; noraidīti: {refused}. Lai atvērtu lietu, veiciet dubultklikšķi uz tās rindas.</translation>
        </message>
        <message>
            <source>{shown} {count:plural:mail|mails} held as no request (bounces, automatic replies, newsletters, …): open Held mail to dismiss or import them.</source>
            <translation>{count:plural:Aizturēta|Aizturētas|Aizturētas} {shown} {count:plural:vēstule|vēstules|vēstules}, kas neizskatās pēc pieprasījuma (nepiegādes paziņojumi, automātiskās atbildes, jaunumu vēstules, …): atveriet “Aizturētais pasts”, lai tās noraidītu vai importētu.</translation>
        </message>
        <message>
            <source>Held mail dismissed long enough ago: {shown}</source>
            <translation>Aizturētās vēstules, kuru glabāšanas termiņš pēc noraidīšanas beidzies: {shown}</translation>
        </message>
        <message>
            <source>Held mail nobody decided on in time: {shown}</source>
            <translation>Aizturētās vēstules, par kurām laikā nekas netika izlemts: {shown}</translation>
        </message>
        <message>
            <source>{shown} {count:plural:case|cases} closed before {cutoff} {count:plural:is|are} due for purge.</source>
            <translation>{count:plural:Dzēšanai pienākusi|Dzēšanai pienākušas|Dzēšanai pienākušas} {shown} {count:plural:lieta|lietas|lietas}, kas slēgtas pirms {cutoff}.</translation>
        </message>
        <message>
            <source>Remove the personal data of the {shown} listed {count:plural:case|cases}? This cannot be undone.</source>
            <translation>Dzēst personas datus {shown} sarakstā {count:plural:norādītajā lietā|norādītajās lietās|norādītajās lietās}? To nevar atsaukt.</translation>
        </message>
        <message>
            <source>{shown} held {count:plural:mail|mails} will be deleted too.</source>
            <translation>{count:plural:Tiks dzēsta|Tiks dzēstas|Tiks dzēstas} arī {shown} {count:plural:aizturētā vēstule|aizturētās vēstules|aizturētās vēstules}.</translation>
        </message>
        <message>
            <source>{shown} {count:plural:case|cases} purged.</source>
            <translation>{count:plural:Dzēsta|Dzēstas|Dzēstas} {shown} {count:plural:lieta|lietas|lietas}.</translation>
        </message>
        <message>
            <source>{shown} held {count:plural:mail|mails} deleted.</source>
            <translation>{count:plural:Dzēsta|Dzēstas|Dzēstas} {shown} {count:plural:aizturētā vēstule|aizturētās vēstules|aizturētās vēstules}.</translation>
        </message>
        <message>
            <source>{shown} {count:plural:task|tasks} added from the decisions.</source>
            <translation>No lēmumiem {count:plural:pievienots|pievienoti|pievienoti} {shown} {count:plural:uzdevums|uzdevumi|uzdevumu}.</translation>
        </message>
        <message>
            <source>Repeat request (GDPR 12(5)): the subject made {shown} other {count:plural:request|requests} in the last 12 months; consider whether this one is excessive and record the reasons if you refuse it or charge a fee.</source>
            <translation>Atkārtots pieprasījums (VDAR 12. panta 5. punkts): datu subjekts pēdējo 12 mēnešu laikā iesniedzis vēl {shown} {count:plural:pieprasījumu|pieprasījumus|pieprasījumu}; izvērtējiet, vai šis nav pārmērīgs, un, ja to atsakāt vai prasāt maksu, ierakstiet iemeslus.</translation>
        </message>
        <message>
            <source>Looking up the subject in the sources…</source>
            <translation>Datu subjekta meklēšana avotos…</translation>
        </message>
        <message>
            <source>Searching {source}…</source>
            <translation>Meklē avotā {source}…</translation>
        </message>
        <message>
            <source>{source}: {rows} {rows:plural:row|rows}</source>
            <translation>{source}: {rows} {rows:plural:rinda|rindas|rindu}</translation>
        </message>
        <message>
            <source>{source} failed: {error}</source>
            <translation>{source}: kļūda — {error}</translation>
        </message>
        <message>
            <source>Searching {source}… {rows} {rows:plural:row|rows}</source>
            <translation>Meklē avotā {source}… {rows} {rows:plural:rinda|rindas|rindu}</translation>
        </message>
        <message>
            <source>Running the query of {source}…</source>
            <translation>Izpilda avota {source} vaicājumu…</translation>
        </message>
        <message>
            <source>{rows} {rows:plural:row|rows} so far…</source>
            <translation>Līdz šim {rows} {rows:plural:rinda|rindas|rindu}…</translation>
        </message>
        <message>
            <source>{lines} {lines:plural:line|lines} read…</source>
            <translation>{lines:plural:Nolasīta|Nolasītas|Nolasītas} {lines} {lines:plural:rinda|rindas|rindas}…</translation>
        </message>
        <message>
            <source>message {number} of {total}</source>
            <translation>vēstule {number} no {total}</translation>
        </message>
        <message>
            <source>Unknown – see the scanned letter</source>
            <translation>Nezināms – skatiet skenēto vēstuli</translation>
        </message>
        <message>
            <source>Unknown portal customer</source>
            <translation>Nezināms portāla klients</translation>
        </message>
        <message>
            <source>Unknown – see the signed document</source>
            <translation>Nezināms – skatiet parakstīto dokumentu</translation>
        </message>
        <message>
            <source>Unknown sender</source>
            <translation>Nezināms sūtītājs</translation>
        </message>
        <message>
            <source>Paper letter, scanned as {filename}; its text as read from the scan (check it against the scan):

{text}</source>
            <translation>Papīra vēstule, skenēta kā {filename}; tās teksts, kā tas nolasīts no skenējuma (salīdziniet to ar skenējumu):

{text}</translation>
        </message>
        <message>
            <source>Paper letter, scanned as {filename}: read the scan.</source>
            <translation>Papīra vēstule, skenēta kā {filename}: izlasiet skenējumu.</translation>
        </message>
        <message>
            <source>Received {when} Riga time ({iso}); proof: {evidence} of {filename}.</source>
            <translation>Saņemts {when} pēc Rīgas laika ({iso}); pierādījums: {evidence} (fails {filename}).</translation>
        </message>
        <message>
            <source>Original file kept as evidence: {filename}, SHA-256 {sha256}.</source>
            <translation>Oriģinālais fails saglabāts kā pierādījums: {filename}, SHA-256 {sha256}.</translation>
        </message>
        <message>
            <source>Message identifier: {message_id}</source>
            <translation>Vēstules identifikators: {message_id}</translation>
        </message>
        <message>
            <source>Portal request id: {request_id}</source>
            <translation>Portāla pieprasījuma ID: {request_id}</translation>
        </message>
        <message>
            <source>To check:</source>
            <translation>Jāpārbauda:</translation>
        </message>
        <message>
            <source>- {note}</source>
            <translation>- {note}</translation>
        </message>
        <message>
            <source>first Received header</source>
            <translation>pirmā Received galvene</translation>
        </message>
        <message>
            <source>Date header</source>
            <translation>Date galvene</translation>
        </message>
        <message>
            <source>Outlook delivery time (PR_MESSAGE_DELIVERY_TIME)</source>
            <translation>Outlook piegādes laiks (PR_MESSAGE_DELIVERY_TIME)</translation>
        </message>
        <message>
            <source>Outlook client submit time (PR_CLIENT_SUBMIT_TIME)</source>
            <translation>Outlook klienta nosūtīšanas laiks (PR_CLIENT_SUBMIT_TIME)</translation>
        </message>
        <message>
            <source>portal submitted_at</source>
            <translation>portāla submitted_at</translation>
        </message>
        <message>
            <source>delivery date of the letter, entered by staff</source>
            <translation>vēstules piegādes datums, ko ievadījis darbinieks</translation>
        </message>
        <message>
            <source>IMAP INTERNALDATE of the privacy mailbox</source>
            <translation>privātuma pastkastītes IMAP INTERNALDATE</translation>
        </message>
        <message>
            <source>delivery date of the signed document, entered by staff</source>
            <translation>parakstītā dokumenta piegādes datums, ko ievadījis darbinieks</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>account</source>
            <translation>konts</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>pielikums</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>neizdevās</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>mape</translation>
        </message>
        <message>
            <source>held mail no.</source>
            <translation>aizturētā vēstule Nr.</translation>
        </message>
        <message>
            <source>number</source>
            <translation>numurs</translation>
        </message>
        <message>
            <source>ID copies deleted</source>
            <translation>dzēstas dokumentu kopijas</translation>
        </message>
        <message>
            <source>imported from</source>
            <translation>importēts no</translation>
        </message>
        <message>
            <source>inner file</source>
            <translation>iekšējais fails</translation>
        </message>
        <message>
            <source>late</source>
            <translation>novēlots</translation>
        </message>
        <message>
            <source>Message-ID</source>
            <translation>Message-ID</translation>
        </message>
        <message>
            <source>old chain</source>
            <translation>vecā ķēde</translation>
        </message>
        <message>
            <source>pause ended</source>
            <translation>pauze beigta</translation>
        </message>
        <message>
            <source>personal text</source>
            <translation>personisks teksts</translation>
        </message>
        <message>
            <source>problem</source>
            <translation>problēma</translation>
        </message>
        <message>
            <source>qualified</source>
            <translation>kvalificēts</translation>
        </message>
        <message>
            <source>received at</source>
            <translation>saņemts</translation>
        </message>
        <message>
            <source>reuses the Message-ID of</source>
            <translation>atkārto Message-ID no</translation>
        </message>
        <message>
            <source>rights</source>
            <translation>tiesības</translation>
        </message>
        <message>
            <source>demo seed</source>
            <translation>demonstrācijas datu sākumvērtība</translation>
        </message>
        <message>
            <source>sent at</source>
            <translation>nosūtīts</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>posms</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>apturēts</translation>
        </message>
        <message>
            <source>data subject</source>
            <translation>datu subjekts</translation>
        </message>
        <message>
            <source>suggestions</source>
            <translation>ieteikumi</translation>
        </message>
    </context>
</TS>
