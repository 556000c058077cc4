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
        <message>
            <source>the e-mail's headers are more than {max_header_bytes}, which no mail program writes.</source>
            <translation>e-pasta galvenes ir lielākas par {max_header_bytes}, ko neraksta neviena pasta programma.</translation>
        </message>
        <message>
            <source>the e-mail has more than {max_parts} parts, which no request needs and the desk does not read.</source>
            <translation>e-pastā ir vairāk nekā {max_parts} daļu, kas nevienam pieprasījumam nav vajadzīgas un ko programma nelasa.</translation>
        </message>
        <message>
            <source>the attachment “{name}”</source>
            <translation>pielikums “{name}”</translation>
        </message>
        <message>
            <source>a file in the e-mail ({media_type})</source>
            <translation>e-pastā ietverts fails ({media_type})</translation>
        </message>
        <message>
            <source>Revocation UNKNOWN: the CA's OCSP service{where} {detail}; do not rely on the signature before the CA confirms the certificate.</source>
            <translation>Atsaukums NAV ZINĀMS: sertifikācijas iestādes OCSP pakalpojums{where}: {detail}; nepaļaujieties uz parakstu, kamēr iestāde nav apstiprinājusi sertifikātu.</translation>
        </message>
        <message>
            <source>Not revoked: the CA's OCSP service{where} answered “good” on {when} Riga time.</source>
            <translation>Nav atsaukts: sertifikācijas iestādes OCSP pakalpojums{where} {when} pēc Rīgas laika atbildēja “good” (derīgs).</translation>
        </message>
        <message>
            <source>The signer's certificate was REVOKED{when}{reason}, says the CA's OCSP service{where}: the signature proves nothing.</source>
            <translation>Parakstītāja sertifikāts ir ATSAUKTS{when}{reason}, ziņo sertifikācijas iestādes OCSP pakalpojums{where}: paraksts neko nepierāda.</translation>
        </message>
        <message>
            <source>Revocation NOT checked: the signer's certificate names no OCSP service; check it with the CA before relying on the signature.</source>
            <translation>Atsaukums NAV pārbaudīts: parakstītāja sertifikātā nav norādīts OCSP pakalpojums; pirms paļauties uz parakstu, pārbaudiet to sertifikācijas iestādē.</translation>
        </message>
        <message>
            <source>Revocation NOT checked: the CA's OCSP service{where} could not be reached ({detail}); check again later before relying on the signature.</source>
            <translation>Atsaukums NAV pārbaudīts: sertifikācijas iestādes OCSP pakalpojumu{where} neizdevās sasniegt ({detail}); pirms paļauties uz parakstu, pārbaudiet vēlāk vēlreiz.</translation>
        </message>
        <message>
            <source>Not revoked: the CA's OCSP service{where} answered “good”.</source>
            <translation>Nav atsaukts: sertifikācijas iestādes OCSP pakalpojums{where} atbildēja “good” (derīgs).</translation>
        </message>
        <message>
            <source> on {when} Riga time</source>
            <translation> {when} pēc Rīgas laika</translation>
        </message>
        <message>
            <source> (reason: {reason})</source>
            <translation> (iemesls: {reason})</translation>
        </message>
        <message>
            <source>Signature NOT valid ({who}): {problems:join: }</source>
            <translation>Paraksts NAV derīgs ({who}): {problems:join: }</translation>
        </message>
        <message>
            <source>an unknown signer</source>
            <translation>nezināms parakstītājs</translation>
        </message>
        <message>
            <source>{name} (personal code {code})</source>
            <translation>{name} (personas kods {code})</translation>
        </message>
        <message>
            <source>Signature verified, revocation NOT confirmed: signed by {who}{when}. {note}</source>
            <translation>Paraksts pārbaudīts, bet atsaukums NAV apstiprināts: parakstījis {who}{when}. {note}</translation>
        </message>
        <message>
            <source>Signature valid: signed by {who}{when}. {note}</source>
            <translation>Paraksts derīgs: parakstījis {who}{when}. {note}</translation>
        </message>
        <message>
            <source>Signature verified, revocation NOT confirmed: signed by {who}{when}.</source>
            <translation>Paraksts pārbaudīts, bet atsaukums NAV apstiprināts: parakstījis {who}{when}.</translation>
        </message>
        <message>
            <source>{filename}: {summary}</source>
            <translation>{filename}: {summary}</translation>
        </message>
        <message>
            <source>The signing time {when} UTC is in the future.</source>
            <translation>Parakstīšanas laiks {when} UTC ir nākotnē.</translation>
        </message>
        <message>
            <source>The document claims to be signed on {signed}, after the delivery date entered ({received}); check the delivery date.</source>
            <translation>Dokuments it kā parakstīts {signed}, pēc ievadītā piegādes datuma ({received}); pārbaudiet piegādes datumu.</translation>
        </message>
        <message>
            <source>The container holds {count} signatures; the desk reports the first valid one. Open it in eParaksts to see all signers.</source>
            <translation>Konteinerā ir {count} paraksti; programma parāda pirmo derīgo. Lai redzētu visus parakstītājus, atveriet to eParaksts rīkā.</translation>
        </message>
        <message>
            <source>Not covered by the signature (do not rely on them as signed): {files}.</source>
            <translation>Paraksts neaptver (nepaļaujieties, ka tie ir parakstīti): {files}.</translation>
        </message>
        <message>
            <source>{name} holds no signature.</source>
            <translation>{name} nav neviena paraksta.</translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <source>The certificate chain is longer than any real one; refused.</source>
            <translation>Sertifikātu ķēde ir garāka par jebkuru īstu; noraidīta.</translation>
        </message>
        <message>
            <source>No trust anchors are installed, so no signer can be trusted; an administrator installs the eParaksts CA certificates with `smarttek-dsar trust add`.</source>
            <translation>Nav uzstādīts neviens uzticamības enkurs, tāpēc nevienam parakstītājam nevar uzticēties; administrators uzstāda eParaksts sertifikācijas iestādes sertifikātus ar `smarttek-dsar trust add`.</translation>
        </message>
        <message>
            <source>“{name}” is used as a certificate authority in the chain but is not one (no CA flag or certificate-signing key usage).</source>
            <translation>“{name}” ķēdē izmantots kā sertifikācijas iestāde, bet tāda nav (nav CA pazīmes vai sertifikātu parakstīšanas atslēgas lietojuma).</translation>
        </message>
        <message>
            <source>The signer's certificate is not a signing certificate (its key usage lacks non-repudiation): it may be an authentication certificate, which does not make an e-signature.</source>
            <translation>Parakstītāja sertifikāts nav parakstīšanas sertifikāts (tā atslēgas lietojumā nav non-repudiation): tas var būt autentifikācijas sertifikāts, ar kuru e-parakstu neveido.</translation>
        </message>
        <message>
            <source>The signer's certificate does not lead to an installed trust anchor (issued by “{issuer}”, which is not installed); the signature cannot be trusted.</source>
            <translation>Parakstītāja sertifikāts neved līdz uzstādītam uzticamības enkuram (izdevējs “{issuer}” nav uzstādīts); parakstam nevar uzticēties.</translation>
        </message>
        <message>
            <source>The signed properties do not name the certificate the signature carries (SigningCertificate), so the signer is not proven.</source>
            <translation>Parakstītās īpašības nenorāda sertifikātu, kas ir parakstā (SigningCertificate), tāpēc parakstītājs nav pierādīts.</translation>
        </message>
        <message>
            <source>The signature has no signed XAdES properties (SignedProperties), so its certificate and signing time are not bound to it.</source>
            <translation>Parakstam nav parakstītu XAdES īpašību (SignedProperties), tāpēc tā sertifikāts un parakstīšanas laiks nav ar to saistīti.</translation>
        </message>
        <message>
            <source>The signature has no {element} element.</source>
            <translation>Parakstam nav elementa {element}.</translation>
        </message>
        <message>
            <source>The signature does not carry the signer's certificate.</source>
            <translation>Parakstā nav parakstītāja sertifikāta.</translation>
        </message>
        <message>
            <source>The signature uses a canonicalisation this desk does not support ({algorithm}).</source>
            <translation>Paraksts izmanto kanonizāciju, ko programma neatbalsta ({algorithm}).</translation>
        </message>
        <message>
            <source>The signature uses a digest this desk does not accept ({algorithm}); SHA-1 and unknown digests are too weak or unknown.</source>
            <translation>Paraksts izmanto jaucējfunkciju, ko programma nepieņem ({algorithm}); SHA-1 ir pārāk vāja, un nezināmas funkcijas netiek pieņemtas.</translation>
        </message>
        <message>
            <source>The signature covers no file of the container.</source>
            <translation>Paraksts neaptver nevienu konteinera failu.</translation>
        </message>
        <message>
            <source>The signature refers to “#{wanted}”, which it holds {times} times instead of once.</source>
            <translation>Paraksts atsaucas uz “#{wanted}”, kas tajā ir {times} reizes, nevis vienu.</translation>
        </message>
        <message>
            <source>The signature uses a method this desk does not accept ({algorithm}).</source>
            <translation>Paraksts izmanto metodi, ko programma nepieņem ({algorithm}).</translation>
        </message>
        <message>
            <source>The signature file is not well-formed XML ({problem}).</source>
            <translation>Paraksta fails nav pareizi veidots XML ({problem}).</translation>
        </message>
        <message>
            <source>The signature's {part} is not valid base64.</source>
            <translation>Paraksta daļa “{part}” nav derīgs base64.</translation>
        </message>
        <message>
            <source>The signer's certificate in the signature cannot be read.</source>
            <translation>Parakstītāja sertifikātu parakstā nevar nolasīt.</translation>
        </message>
        <message>
            <source>The signed properties (signer's certificate, signing time) were changed after signing (their digest does not match the signature).</source>
            <translation>Parakstītās īpašības (parakstītāja sertifikāts, parakstīšanas laiks) pēc parakstīšanas ir mainītas (to jaucējvērtība nesakrīt ar parakstu).</translation>
        </message>
        <message>
            <source>The file “{name}” was changed after signing (its digest does not match the signature).</source>
            <translation>Fails “{name}” pēc parakstīšanas ir mainīts (tā jaucējvērtība nesakrīt ar parakstu).</translation>
        </message>
        <message>
            <source>The signature uses a transform this desk does not support ({algorithm}).</source>
            <translation>Paraksts izmanto transformāciju, ko programma neatbalsta ({algorithm}).</translation>
        </message>
        <message>
            <source>The signature value does not match: the signed content or its properties were changed, or it was not made with this certificate's key.</source>
            <translation>Paraksta vērtība nesakrīt: parakstītais saturs vai tā īpašības ir mainītas, vai arī paraksts nav veidots ar šī sertifikāta atslēgu.</translation>
        </message>
        <message>
            <source>The signing time “{text}” is not a time.</source>
            <translation>Parakstīšanas laiks “{text}” nav laiks.</translation>
        </message>
        <message>
            <source>The signature covers a file “{name}” that is not in the container.</source>
            <translation>Paraksts aptver failu “{name}”, kura konteinerā nav.</translation>
        </message>
        <message>
            <source>The signer's key is of a kind this desk does not verify.</source>
            <translation>Parakstītāja atslēga ir tāda veida, ko programma nepārbauda.</translation>
        </message>
        <message>
            <source>The certificate of “{who}” was not yet valid at the signing time ({moment}; valid from {start}).</source>
            <translation>“{who}” sertifikāts parakstīšanas brīdī vēl nebija derīgs ({moment}; derīgs no {start}).</translation>
        </message>
        <message>
            <source>The certificate of “{who}” had expired at the signing time ({moment}; valid until {end}).</source>
            <translation>“{who}” sertifikāta derīgums parakstīšanas brīdī jau bija beidzies ({moment}; derīgs līdz {end}).</translation>
        </message>
        <message>
            <source>The certificate of “{who}” is not yet valid today ({moment}; valid from {start}).</source>
            <translation>“{who}” sertifikāts šodien vēl nav derīgs ({moment}; derīgs no {start}).</translation>
        </message>
        <message>
            <source>The certificate of “{who}” has expired ({moment}; valid until {end}).</source>
            <translation>“{who}” sertifikāta derīgums ir beidzies ({moment}; derīgs līdz {end}).</translation>
        </message>
        <message>
            <source>{where}: {problems:join:; }.</source>
            <translation>{where}: {problems:join:; }.</translation>
        </message>
        <message>
            <source>rectification (Art. 16) needs what is inaccurate or incomplete; without it the decision is 'not applicable'</source>
            <translation>labošanai (16. pants) jānorāda, kas ir neprecīzs vai nepilnīgs; bez tā lēmums ir “nav piemērojams”</translation>
        </message>
        <message>
            <source>rectification (Art. 16) needs the corrected or completed value</source>
            <translation>labošanai (16. pants) jānorāda labotā vai papildinātā vērtība</translation>
        </message>
        <message>
            <source>restriction needs one of the grounds of Art. 18(1)(a)-(d)</source>
            <translation>ierobežošanai jānorāda viens no 18. panta 1. punkta a)–d) apakšpunkta pamatiem</translation>
        </message>
        <message>
            <source>erasure needs its ground in Art. 17(1)(a)-(f), not a bare 17(1)</source>
            <translation>dzēšanai jānorāda pamats 17. panta 1. punkta a)–f) apakšpunktā, nevis tikai 17. panta 1. punkts</translation>
        </message>
        <message>
            <source>a refused erasure needs its exemption in Art. 17(3)(a)-(e) (or the contract in force, Art. 6(1)(b))</source>
            <translation>atteiktai dzēšanai jānorāda izņēmums 17. panta 3. punkta a)–e) apakšpunktā (vai spēkā esošs līgums, 6. panta 1. punkta b) apakšpunkts)</translation>
        </message>
        <message>
            <source>a refusal under Art. {ground} needs the date until which the data is kept</source>
            <translation>atteikumam saskaņā ar {ground}. pantu jānorāda datums, līdz kuram dati tiek glabāti</translation>
        </message>
        <message>
            <source>refusing an objection (Art. 21(1)) needs the subject's particular situation</source>
            <translation>iebilduma noraidīšanai (21. panta 1. punkts) jānorāda datu subjekta īpašā situācija</translation>
        </message>
        <message>
            <source>refusing an objection (Art. 21(1)) needs the assessment of the compelling legitimate grounds</source>
            <translation>iebilduma noraidīšanai (21. panta 1. punkts) jānorāda pārliecinošo leģitīmo iemeslu izvērtējums</translation>
        </message>
        <message>
            <source>{category}: erasure and rectification are both granted; choose one (data that is erased is not corrected)</source>
            <translation>{category}: piešķirta gan dzēšana, gan labošana; izvēlieties vienu (dzēstus datus nelabo)</translation>
        </message>
        <message>
            <source>{category}: erasure and restriction are both granted; choose one (Art. 18(1)(b): the subject may ask to restrict instead of erasing)</source>
            <translation>{category}: piešķirta gan dzēšana, gan ierobežošana; izvēlieties vienu (18. panta 1. punkta b) apakšpunkts: datu subjekts var lūgt ierobežot, nevis dzēst)</translation>
        </message>
        <message>
            <source>{category}: erasing it in full would also erase the note that the subject objected to direct marketing (Art. 21(3)); grant the erasure in part and keep the suppression flag</source>
            <translation>{category}: pilnīga dzēšana izdzēstu arī atzīmi, ka datu subjekts iebildis pret tiešo tirgvedību (21. panta 3. punkts); piešķiriet dzēšanu daļēji un saglabājiet aizlieguma atzīmi</translation>
        </message>
        <message>
            <source>The query ran and found {rows} {rows:plural:row|rows} for this subject.</source>
            <translation>Vaicājums izpildīts: šim datu subjektam {rows:plural:atrasta|atrastas|atrastas} {rows} {rows:plural:rinda|rindas|rindas}.</translation>
        </message>
        <message>
            <source>The query ran and found no rows for this subject.</source>
            <translation>Vaicājums izpildīts: šim datu subjektam nav atrasta neviena rinda.</translation>
        </message>
        <message>
            <source>The query was refused: {problem}</source>
            <translation>Vaicājums noraidīts: {problem}</translation>
        </message>
        <message>
            <source>The e-mail is encrypted (S/MIME), so its text cannot be read here: the case has only its subject. Open the mail in the mail program that holds the decryption key, read the request there and complete the case (rights, subject) by hand.</source>
            <translation>E-pasts ir šifrēts (S/MIME), tāpēc tā tekstu šeit nevar nolasīt: lietā ir tikai tā temats. Atveriet vēstuli pasta programmā, kurā ir atšifrēšanas atslēga, izlasiet pieprasījumu tur un aizpildiet lietu (tiesības, datu subjektu) manuāli.</translation>
        </message>
        <message>
            <source>The e-mail's text is packed inside an S/MIME signature (smime.p7m) that the desk cannot open, so it cannot be read here. Open the mail in a mail program, read the request there and complete the case (rights, subject) by hand.</source>
            <translation>E-pasta teksts ir ievietots S/MIME parakstā (smime.p7m), ko programma nevar atvērt, tāpēc to šeit nevar nolasīt. Atveriet vēstuli pasta programmā, izlasiet pieprasījumu tur un aizpildiet lietu (tiesības, datu subjektu) manuāli.</translation>
        </message>
        <message>
            <source>The request contained NUL characters (0x00), which no text may hold; they were removed from its text. The original file is kept unchanged as evidence.</source>
            <translation>Pieprasījumā bija NUL rakstzīmes (0x00), kuras tekstā nedrīkst būt; tās no teksta izņemtas. Oriģinālais fails saglabāts nemainīts kā pierādījums.</translation>
        </message>
        <message>
            <source>The topmost Received header has no readable date; the sender's Date header was used instead. Check the arrival time in the mailbox.</source>
            <translation>Augšējā Received galvenē nav nolasāma datuma; tā vietā izmantota sūtītāja Date galvene. Pārbaudiet saņemšanas laiku pastkastītē.</translation>
        </message>
        <message>
            <source>The e-mail contains a forwarded message sent on {sent} (Riga time). If it first reached another company address, the request counts as received then: check and correct the receipt time.</source>
            <translation>E-pastā ir pārsūtīta vēstule, kas nosūtīta {sent} (Rīgas laiks). Ja tā vispirms nonāca citā uzņēmuma adresē, pieprasījums uzskatāms par saņemtu tad: pārbaudiet un izlabojiet saņemšanas laiku.</translation>
        </message>
        <message>
            <source>The letter's text was read by OCR and may contain misread characters: check names, codes and rights against the scan.</source>
            <translation>Vēstules teksts nolasīts ar OCR un var saturēt kļūdaini atpazītas rakstzīmes: salīdziniet vārdus, kodus un tiesības ar skenējumu.</translation>
        </message>
        <message>
            <source>The attached Outlook message “{subject}” could not be converted to an .eml file; its text is in the body. The original .msg is kept as evidence.</source>
            <translation>Pievienoto Outlook vēstuli “{subject}” neizdevās pārveidot par .eml failu; tās teksts ir pamattekstā. Oriģinālais .msg fails saglabāts kā pierādījums.</translation>
        </message>
        <message>
            <source>The message is encrypted (S/MIME); its text and attachments cannot be read here. Open it in Outlook and add the request text to the case by hand.</source>
            <translation>Vēstule ir šifrēta (S/MIME); tās tekstu un pielikumus šeit nevar nolasīt. Atveriet to programmā Outlook un pievienojiet pieprasījuma tekstu lietai manuāli.</translation>
        </message>
        <message>
            <source>The message's text is stored as RTF that could not be read; the case has no body text. Open the message in Outlook and add the request text by hand.</source>
            <translation>Vēstules teksts saglabāts RTF formātā, ko neizdevās nolasīt; lietai nav pamatteksta. Atveriet vēstuli programmā Outlook un pievienojiet pieprasījuma tekstu manuāli.</translation>
        </message>
        <message>
            <source>Attachment {index} is a link to a cloud file and was not taken in; open the message in Outlook to save it.</source>
            <translation>{index}. pielikums ir saite uz failu mākonī, un tas netika pievienots; lai to saglabātu, atveriet vēstuli programmā Outlook.</translation>
        </message>
        <message>
            <source>Attachment {index} is only a link to a file on the sender's computer and was not taken in; ask the sender for the file.</source>
            <translation>{index}. pielikums ir tikai saite uz failu sūtītāja datorā, un tas netika pievienots; palūdziet sūtītājam šo failu.</translation>
        </message>
        <message>
            <source>Attachment {index} is an embedded object (e.g. a picture or document placed in the text) and was not taken in; open the message in Outlook to save it.</source>
            <translation>{index}. pielikums ir iegults objekts (piemēram, tekstā ievietots attēls vai dokuments), un tas netika pievienots; lai to saglabātu, atveriet vēstuli programmā Outlook.</translation>
        </message>
        <message>
            <source>The signed message is too large to read its text here; it is kept as an attachment (smime.p7m). Open it in Outlook to read the request.</source>
            <translation>Parakstītā vēstule ir pārāk liela, lai tās tekstu nolasītu šeit; tā saglabāta kā pielikums (smime.p7m). Lai izlasītu pieprasījumu, atveriet to programmā Outlook.</translation>
        </message>
        <message>
            <source>The mail's {name} header is {size} long, more than the {limit} KB the desk reads of one header; only its start was read. The original file is kept unchanged as evidence.</source>
            <translation>Vēstules galvene {name} ir {size} gara, vairāk nekā {limit} KB, ko programma nolasa no vienas galvenes; nolasīts tikai tās sākums. Oriģinālais fails saglabāts nemainīts kā pierādījums.</translation>
        </message>
        <message>
            <source>The text of the mail's winmail.dat part is RTF that could not be read; the case has no body text from it. Ask the sender to send the request as plain text, or add the text by hand.</source>
            <translation>Vēstules winmail.dat daļas teksts ir RTF formātā, ko neizdevās nolasīt; lietai no tās nav pamatteksta. Palūdziet sūtītājam atsūtīt pieprasījumu kā vienkāršu tekstu vai pievienojiet tekstu manuāli.</translation>
        </message>
        <message>
            <source>Attachment {index} of the mail's winmail.dat part has no content (a link or an embedded object) and was not taken in.</source>
            <translation>Vēstules winmail.dat daļas {index}. pielikumam nav satura (saite vai iegults objekts), un tas netika pievienots.</translation>
        </message>
        <message>
            <source>The attached Outlook message “{subject}” could not be saved as a .msg of its own; it is kept as the .eml made from it and inside the original .msg.</source>
            <translation>Pievienoto Outlook vēstuli “{subject}” neizdevās saglabāt kā atsevišķu .msg failu; tā saglabāta kā no tās izveidotais .eml fails un oriģinālajā .msg failā.</translation>
        </message>
        <message>
            <source>The attached Outlook message “{subject}” is larger than the attachment limit as a .msg of its own, so it is kept as the .eml made from it and inside the original .msg.</source>
            <translation>Pievienotā Outlook vēstule “{subject}” kā atsevišķs .msg fails pārsniedz pielikumu ierobežojumu, tāpēc tā saglabāta kā no tās izveidotais .eml fails un oriģinālajā .msg failā.</translation>
        </message>
        <message>
            <source>The mail carries Outlook's winmail.dat (TNEF) part, which could not be read; it is kept as an attachment. Its text may be missing from the case: ask the sender to send the request again as plain text.</source>
            <translation>Vēstulē ir Outlook winmail.dat (TNEF) daļa, ko neizdevās nolasīt; tā saglabāta kā pielikums. Tās teksts lietā var trūkt: palūdziet sūtītājam atsūtīt pieprasījumu vēlreiz kā vienkāršu tekstu.</translation>
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
