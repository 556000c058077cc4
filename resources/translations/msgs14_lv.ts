<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>{database} was not created as a demo database (it has {users} {users:plural:user|users} and {cases} {cases:plural:case|cases}); the demo fills only a new database: give --db a new file, or open the window with --demo.</source>
            <translation>{database} nav izveidota kā demonstrācijas datubāze (tajā ir {users} {users:plural:lietotājs|lietotāji|lietotāju} un {cases} {cases:plural:lieta|lietas|lietu}); demonstrācija aizpilda tikai jaunu datubāzi: norādiet --db jaunu failu vai atveriet logu ar --demo.</translation>
        </message>
        <message>
            <source>An extra public holiday must be a date, not {day!r}. Enter it as a calendar date.</source>
            <translation>Papildu svētku dienai jābūt datumam, nevis {day!r}. Ievadiet to kā kalendāra datumu.</translation>
        </message>
        <message>
            <source>A pause cannot end on {end} before it starts on {start}. Check the two dates.</source>
            <translation>Pauze nevar beigties {end}, pirms tā sākas {start}. Pārbaudiet abus datumus.</translation>
        </message>
        <message>
            <source>Personal code must have 11 digits, e.g. {personal_code_example} (a hyphen after the sixth digit is optional); got {text!r}.</source>
            <translation>Personas kodā jābūt 11 cipariem, piem., {personal_code_example} (defise pēc sestā cipara nav obligāta); ievadīts {text!r}.</translation>
        </message>
        <message>
            <source>Personal code {shown} is not valid: the seventh digit gives the century of birth and must be 0, 1 or 2.</source>
            <translation>Personas kods {shown} nav derīgs: septītais cipars norāda dzimšanas gadsimtu, un tam jābūt 0, 1 vai 2.</translation>
        </message>
        <message>
            <source>Personal code {shown} is not valid: its birth date {born:%d.%m.%Y} is in the future.</source>
            <translation>Personas kods {shown} nav derīgs: tā dzimšanas datums {born:%d.%m.%Y} ir nākotnē.</translation>
        </message>
        <message>
            <source>Personal code {shown} is not valid: the check digit does not match. Please check the code for a typing error.</source>
            <translation>Personas kods {shown} nav derīgs: kontrolcipars nesakrīt. Lūdzu, pārbaudiet, vai kodā nav drukas kļūdas.</translation>
        </message>
        <message>
            <source>E-mail address {address!r} must contain exactly one '@', e.g. janis.berzins@example.lv.</source>
            <translation>E-pasta adresē {address!r} jābūt tieši vienam '@', piem., janis.berzins@example.lv.</translation>
        </message>
        <message>
            <source>E-mail address {address!r} has an invalid part before '@' (no spaces, brackets or double dots), e.g. janis.berzins@example.lv.</source>
            <translation>E-pasta adresei {address!r} ir nederīga daļa pirms '@' (bez atstarpēm, iekavām vai dubultiem punktiem), piem., janis.berzins@example.lv.</translation>
        </message>
        <message>
            <source>E-mail address {address!r} has an invalid domain after '@' (it needs a dot, as in example.lv), e.g. janis.berzins@example.lv.</source>
            <translation>E-pasta adresei {address!r} ir nederīgs domēns pēc '@' (tajā vajadzīgs punkts, kā example.lv), piem., janis.berzins@example.lv.</translation>
        </message>
        <message>
            <source>E-mail address is too long ({normalised} characters).</source>
            <translation>E-pasta adrese ir pārāk gara ({normalised} rakstzīmes).</translation>
        </message>
        <message>
            <source>Phone number {raw!r} is not valid: an international number starts with + and has 8 to 15 digits, e.g. +44 20 7946 0000.</source>
            <translation>Tālruņa numurs {raw!r} nav derīgs: starptautisks numurs sākas ar + un tajā ir 8 līdz 15 cipari, piem., +44 20 7946 0000.</translation>
        </message>
        <message>
            <source>Phone number {raw!r} is not a valid Latvian number: it needs 8 digits starting with 2 (mobile), 6 (landline) or 8 (service), e.g. +371 2612 3456 or 26123456. Write numbers from other countries with + and the country code.</source>
            <translation>Tālruņa numurs {raw!r} nav derīgs Latvijas numurs: tajā vajadzīgi 8 cipari, kas sākas ar 2 (mobilais), 6 (fiksētais) vai 8 (pakalpojumu), piem., +371 2612 3456 vai 26123456. Citu valstu numurus rakstiet ar + un valsts kodu.</translation>
        </message>
        <message>
            <source>Document number {document_number!r} is too short: enter the whole number as printed on the document (at least {n} letters or digits), e.g. PA1234567.</source>
            <translation>Dokumenta numurs {document_number!r} ir par īsu: ievadiet visu numuru, kā tas iespiests dokumentā (vismaz {n} burti vai cipari), piem., PA1234567.</translation>
        </message>
        <message>
            <source>Personal code {shown} is not valid: no such birth date {digits} (the first six digits are the birth date DDMMYY).</source>
            <translation>Personas kods {shown} nav derīgs: nav tāda dzimšanas datuma {digits} (pirmie seši cipari ir dzimšanas datums DDMMGG).</translation>
        </message>
        <message>
            <source>The case files were purged after the retention period ended; nothing can be done on them.</source>
            <translation>Lietas faili tika dzēsti pēc glabāšanas termiņa beigām; ar tiem vairs neko nevar darīt.</translation>
        </message>
        <message>
            <source>The clock is already paused; record the information as received first.</source>
            <translation>Termiņa skaitīšana jau ir apturēta; vispirms reģistrējiet, ka informācija saņemta.</translation>
        </message>
        <message>
            <source>The clock is not paused.</source>
            <translation>Termiņa skaitīšana nav apturēta.</translation>
        </message>
        <message>
            <source>The response was already delivered to the subject; an answered request cannot be refused (GDPR 12(4)). Close the case instead.</source>
            <translation>Atbilde datu subjektam jau ir nosūtīta; atbildētu pieprasījumu vairs nevar noraidīt (VDAR 12(4)). Tā vietā slēdziet lietu.</translation>
        </message>
        <message>
            <source>The deadline was extended already; the law allows one extension of two months (GDPR 12(3)).</source>
            <translation>Termiņš jau ir pagarināts; likums atļauj vienu pagarinājumu par diviem mēnešiem (VDAR 12(3)).</translation>
        </message>
        <message>
            <source>Record a successful identity check first: nothing is disclosed before the requester's identity is established (GDPR 12(6)).</source>
            <translation>Vispirms reģistrējiet sekmīgu identitātes pārbaudi: nekas netiek izpausts, pirms nav noskaidrota pieprasītāja identitāte (VDAR 12(6)).</translation>
        </message>
        <message>
            <source>No data has been collected for this case yet; collect it first.</source>
            <translation>Šai lietai vēl nav savākti dati; vispirms savāciet tos.</translation>
        </message>
        <message>
            <source>The case has no open fulfilment task.</source>
            <translation>Lietai nav neviena atvērta izpildes uzdevuma.</translation>
        </message>
        <message>
            <source>The case is no longer open; a duplicate is decided while both requests are open.</source>
            <translation>Lieta vairs nav atvērta; par dublikātu lemj, kamēr abi pieprasījumi ir atvērti.</translation>
        </message>
        <message>
            <source>move cases along</source>
            <translation>virzīt lietas uz priekšu</translation>
        </message>
        <message>
            <source>A case in stage '{stage}' cannot move forward.</source>
            <translation>Lietu posmā '{stage}' nevar virzīt uz priekšu.</translation>
        </message>
        <message>
            <source>verify identities</source>
            <translation>pārbaudīt identitāti</translation>
        </message>
        <message>
            <source>Identity is checked before the legal review starts; the case is in '{stage}'.</source>
            <translation>Identitāti pārbauda pirms juridiskās izvērtēšanas; lieta ir posmā '{stage}'.</translation>
        </message>
        <message>
            <source>pause the clock</source>
            <translation>apturēt termiņa skaitīšanu</translation>
        </message>
        <message>
            <source>The clock can only be paused while identity is being verified; the case is in '{stage}'.</source>
            <translation>Termiņa skaitīšanu var apturēt tikai identitātes pārbaudes laikā; lieta ir posmā '{stage}'.</translation>
        </message>
        <message>
            <source>resume the clock</source>
            <translation>atsākt termiņa skaitīšanu</translation>
        </message>
        <message>
            <source>The clock is not paused in stage '{stage}'.</source>
            <translation>Posmā '{stage}' termiņa skaitīšana nav apturēta.</translation>
        </message>
        <message>
            <source>reject requests</source>
            <translation>noraidīt pieprasījumus</translation>
        </message>
        <message>
            <source>A case in stage '{stage}' can no longer be rejected.</source>
            <translation>Lietu posmā '{stage}' vairs nevar noraidīt.</translation>
        </message>
        <message>
            <source>record withdrawals</source>
            <translation>reģistrēt atsaukumus</translation>
        </message>
        <message>
            <source>A case in stage '{stage}' can no longer be withdrawn.</source>
            <translation>Lietu posmā '{stage}' vairs nevar atsaukt.</translation>
        </message>
        <message>
            <source>assign cases</source>
            <translation>piešķirt lietas</translation>
        </message>
        <message>
            <source>A case in stage '{stage}' is finished; it is no longer assigned.</source>
            <translation>Lieta posmā '{stage}' ir pabeigta; to vairs nepiešķir.</translation>
        </message>
        <message>
            <source>extend deadlines</source>
            <translation>pagarināt termiņus</translation>
        </message>
        <message>
            <source>Only an open case can be extended; the case is in '{stage}'.</source>
            <translation>Pagarināt var tikai atvērtu lietu; lieta ir posmā '{stage}'.</translation>
        </message>
        <message>
            <source>search the company's systems for a subject's data</source>
            <translation>meklēt datu subjekta datus uzņēmuma sistēmās</translation>
        </message>
        <message>
            <source>The case is in '{stage}': data is collected during intake, identity check or review.</source>
            <translation>Lieta ir posmā '{stage}': datus savāc reģistrēšanas, identitātes pārbaudes vai izvērtēšanas laikā.</translation>
        </message>
        <message>
            <source>review collected data</source>
            <translation>izvērtēt savāktos datus</translation>
        </message>
        <message>
            <source>The collected data is reviewed while the case is open; the case is in '{stage}'.</source>
            <translation>Savāktos datus izvērtē, kamēr lieta ir atvērta; lieta ir posmā '{stage}'.</translation>
        </message>
        <message>
            <source>record review decisions</source>
            <translation>reģistrēt izvērtēšanas lēmumus</translation>
        </message>
        <message>
            <source>Decisions are recorded during the legal review; the case is in '{stage}'.</source>
            <translation>Lēmumus reģistrē juridiskās izvērtēšanas laikā; lieta ir posmā '{stage}'.</translation>
        </message>
        <message>
            <source>plan fulfilment tasks</source>
            <translation>plānot izpildes uzdevumus</translation>
        </message>
        <message>
            <source>Fulfilment tasks are planned in review or fulfilment; the case is in '{stage}'.</source>
            <translation>Izpildes uzdevumus plāno izvērtēšanas vai izpildes laikā; lieta ir posmā '{stage}'.</translation>
        </message>
        <message>
            <source>complete fulfilment tasks</source>
            <translation>pabeigt izpildes uzdevumus</translation>
        </message>
        <message>
            <source>Fulfilment tasks are completed during fulfilment; the case is in '{stage}'.</source>
            <translation>Izpildes uzdevumus pabeidz izpildes laikā; lieta ir posmā '{stage}'.</translation>
        </message>
        <message>
            <source>record deliveries</source>
            <translation>reģistrēt atbilžu nosūtīšanu</translation>
        </message>
        <message>
            <source>The response is delivered during fulfilment; the case is in '{stage}'.</source>
            <translation>Atbildi nosūta izpildes laikā; lieta ir posmā '{stage}'.</translation>
        </message>
        <message>
            <source>close cases</source>
            <translation>slēgt lietas</translation>
        </message>
        <message>
            <source>Only a case whose response was sent can be closed; the case is in '{stage}'.</source>
            <translation>Slēgt var tikai lietu, kuras atbilde ir nosūtīta; lieta ir posmā '{stage}'.</translation>
        </message>
        <message>
            <source>export a data subject's package</source>
            <translation>eksportēt datu subjekta paketi</translation>
        </message>
        <message>
            <source>The case is in '{stage}': the package is prepared after the identity check, during review or fulfilment (or again after the response).</source>
            <translation>Lieta ir posmā '{stage}': paketi sagatavo pēc identitātes pārbaudes, izvērtēšanas vai izpildes laikā (vai atkārtoti pēc atbildes).</translation>
        </message>
        <message>
            <source>prepare letters</source>
            <translation>sagatavot vēstules</translation>
        </message>
        <message>
            <source>Letters cannot be prepared in stage '{stage}'.</source>
            <translation>Posmā '{stage}' vēstules sagatavot nevar.</translation>
        </message>
        <message>
            <source>prepare the case dossier</source>
            <translation>sagatavot lietas materiālus</translation>
        </message>
        <message>
            <source>The dossier cannot be prepared in stage '{stage}'.</source>
            <translation>Posmā '{stage}' lietas materiālus sagatavot nevar.</translation>
        </message>
        <message>
            <source>merge duplicate requests</source>
            <translation>apvienot pieprasījumu dublikātus</translation>
        </message>
        <message>
            <source>A duplicate cannot be merged in stage '{stage}'.</source>
            <translation>Posmā '{stage}' dublikātu nevar apvienot.</translation>
        </message>
        <message>
            <source>decide on duplicate requests</source>
            <translation>lemt par pieprasījumu dublikātiem</translation>
        </message>
        <message>
            <source>A duplicate cannot be kept apart in stage '{stage}'.</source>
            <translation>Posmā '{stage}' dublikātu nevar paturēt atsevišķi.</translation>
        </message>
        <message>
            <source>correct the subject's details</source>
            <translation>labot datu subjekta datus</translation>
        </message>
        <message>
            <source>The case is finished (stage '{stage}'): its details stay as it was answered on.</source>
            <translation>Lieta ir pabeigta (posms '{stage}'): tās dati paliek tādi, uz kādiem tika atbildēts.</translation>
        </message>
        <message>
            <source>This case is not flagged as a duplicate of another case.</source>
            <translation>Šī lieta nav atzīmēta kā citas lietas dublikāts.</translation>
        </message>
        <message>
            <source>This case was already merged; the choice is on record.</source>
            <translation>Šī lieta jau ir apvienota; izvēle ir reģistrēta.</translation>
        </message>
        <message>
            <source>This case was already kept apart; the choice is on record.</source>
            <translation>Šī lieta jau ir paturēta atsevišķi; izvēle ir reģistrēta.</translation>
        </message>
        <message>
            <source>Your role may not {what}.</source>
            <translation>Jūsu loma nedrīkst {what}.</translation>
        </message>
        <message>
            <source>The phrasebook must have a [phrases] table.</source>
            <translation>Frāžu krājumā jābūt tabulai [phrases].</translation>
        </message>
        <message>
            <source>The phrasebook lacks the entry '{missing}', which the decisions use.</source>
            <translation>Frāžu krājumā trūkst ieraksta '{missing}', ko izmanto lēmumi.</translation>
        </message>
        <message>
            <source>The phrasebook has no entry '{key}'.</source>
            <translation>Frāžu krājumā nav ieraksta '{key}'.</translation>
        </message>
        <message>
            <source>Phrasebook entry '{key}' must have 'en' and 'lv' texts.</source>
            <translation>Frāžu krājuma ierakstam '{key}' jābūt tekstiem 'en' un 'lv'.</translation>
        </message>
        <message>
            <source>The phrasebook entry '{key}' states the date until which the data is kept; record that date first.</source>
            <translation>Frāžu krājuma ieraksts '{key}' norāda datumu, līdz kuram dati tiek glabāti; vispirms reģistrējiet šo datumu.</translation>
        </message>
        <message>
            <source>Phrasebook entry '{key}' has no {language} text; every entry is needed in both languages.</source>
            <translation>Frāžu krājuma ierakstam '{key}' nav teksta valodā {language}; katrs ieraksts vajadzīgs abās valodās.</translation>
        </message>
        <message>
            <source>Phrasebook entry '{key}' ({language}) uses the unknown placeholder {{{unknown}}}; only {{keep_until}} is filled in.</source>
            <translation>Frāžu krājuma ieraksts '{key}' ({language}) izmanto nezināmu vietturi {{{unknown}}}; aizpilda tikai {{keep_until}}.</translation>
        </message>
        <message>
            <source>The register {version} has no data category '{category_id}'.</source>
            <translation>Reģistrā {version} nav datu kategorijas '{category_id}'.</translation>
        </message>
        <message>
            <source>The register {version} has no recipient '{recipient_id}'.</source>
            <translation>Reģistrā {version} nav saņēmēja '{recipient_id}'.</translation>
        </message>
        <message>
            <source>{kind} number {value}: field 'id' must be a snake_case identifier (got {value2!r}).</source>
            <translation>{kind} nr. {value}: laukam 'id' jābūt identifikatoram snake_case formā (ievadīts {value2!r}).</translation>
        </message>
        <message>
            <source>{where} must be a table of fields.</source>
            <translation>{where} jābūt lauku tabulai.</translation>
        </message>
        <message>
            <source>Duplicate {kind} id '{item}': each id must be unique.</source>
            <translation>Atkārtots {kind} id '{item}': katram id jābūt unikālam.</translation>
        </message>
        <message>
            <source>Cannot move from '{stage}' to '{target}': {missing:join:; }.</source>
            <translation>Nevar pāriet no '{stage}' uz '{target}': {missing:join:; }.</translation>
        </message>
        <message>
            <source>record at least one right the request invokes</source>
            <translation>reģistrējiet vismaz vienu tiesību, uz kuru pieprasījums atsaucas</translation>
        </message>
        <message>
            <source>record the data subject</source>
            <translation>reģistrējiet datu subjektu</translation>
        </message>
        <message>
            <source>the clock is paused awaiting identity information; record it as received</source>
            <translation>termiņa skaitīšana ir apturēta, gaidot identitātes informāciju; reģistrējiet, ka tā saņemta</translation>
        </message>
        <message>
            <source>record a successful identity check</source>
            <translation>reģistrējiet sekmīgu identitātes pārbaudi</translation>
        </message>
        <message>
            <source>record the legal-review decisions for: {rights}</source>
            <translation>reģistrējiet juridiskās izvērtēšanas lēmumus par: {rights}</translation>
        </message>
        <message>
            <source>finish the {count} open fulfilment {count:plural:task|tasks}</source>
            <translation>pabeidziet {count} {count:plural:atvērto izpildes uzdevumu|atvērtos izpildes uzdevumus|atvērto izpildes uzdevumu}</translation>
        </message>
        <message>
            <source>record the response delivered to the subject</source>
            <translation>reģistrējiet datu subjektam nosūtīto atbildi</translation>
        </message>
        <message>
            <source>The package password must have at least {count} characters; generate one (the Generate button, or --generate-password) and give it to the subject by phone or another channel than the package.</source>
            <translation>Paketes parolē jābūt vismaz {count} rakstzīmēm; ģenerējiet to (poga Ģenerēt vai --generate-password) un nododiet datu subjektam pa tālruni vai citu kanālu, ne kopā ar paketi.</translation>
        </message>
        <message>
            <source>{name}: this kind of file cannot be imported. Supported: {supported}.</source>
            <translation>{name}: šāda veida failu nevar importēt. Atbalstītie: {supported}.</translation>
        </message>
        <message>
            <source>{name}: the file is called .{extension} but its content is not; it may be damaged. Save or scan it again.</source>
            <translation>{name}: faila nosaukums beidzas ar .{extension}, bet saturs tam neatbilst; fails var būt bojāts. Saglabājiet vai skenējiet to vēlreiz.</translation>
        </message>
        <message>
            <source>{name}: a scanned letter needs the date it was delivered; enter it from the envelope or the post register.</source>
            <translation>{name}: skenētai vēstulei vajadzīgs tās piegādes datums; ievadiet to no aploksnes vai pasta reģistra.</translation>
        </message>
        <message>
            <source>{name}: this is not an ordinary file (a device, pipe or folder). Import the request file itself.</source>
            <translation>{name}: tas nav parasts fails (ierīce, kanāls vai mape). Importējiet pašu pieprasījuma failu.</translation>
        </message>
        <message>
            <source>{name}: the file is {value:.1f} MB or more, more than the {value2:.0f} MB the desk imports. Register it by hand.</source>
            <translation>{name}: fails ir {value:.1f} MB vai lielāks, vairāk nekā {value2:.0f} MB, ko programma importē. Reģistrējiet to manuāli.</translation>
        </message>
        <message>
            <source>{name}: the file cannot be read ({strerror}).</source>
            <translation>{name}: failu nevar nolasīt ({strerror}).</translation>
        </message>
        <message>
            <source>{filename}: the e-mail has neither a Date nor a Received header, so its receipt time is unknown. Register the request by hand with the arrival time shown in the mailbox.</source>
            <translation>{filename}: e-pastam nav ne Date, ne Received galvenes, tāpēc nav zināms tā saņemšanas laiks. Reģistrējiet pieprasījumu manuāli ar pastkastē redzamo saņemšanas laiku.</translation>
        </message>
        <message>
            <source>{filename}: the file is empty.</source>
            <translation>{filename}: fails ir tukšs.</translation>
        </message>
        <message>
            <source>{filename}: this is not an e-mail file (it has no From, Date or Received header). In the mail program, save the message itself as .eml and import that.</source>
            <translation>{filename}: tas nav e-pasta fails (tam nav From, Date vai Received galvenes). Pasta programmā saglabājiet pašu vēstuli kā .eml un importējiet to.</translation>
        </message>
        <message>
            <source>{filename}: the e-mail has no readable sender address (From header), so it cannot be answered. Register the request by hand with the sender's address.</source>
            <translation>{filename}: e-pastam nav nolasāmas sūtītāja adreses (From galvene), tāpēc uz to nevar atbildēt. Reģistrējiet pieprasījumu manuāli ar sūtītāja adresi.</translation>
        </message>
        <message>
            <source>{filename}: the Date header “{message}” is not a date, and no Received header shows when the mail arrived. Register the request by hand with the arrival time shown in the mailbox.</source>
            <translation>{filename}: Date galvene “{message}” nav datums, un neviena Received galvene nerāda, kad vēstule pienāca. Reģistrējiet pieprasījumu manuāli ar pastkastē redzamo saņemšanas laiku.</translation>
        </message>
        <message>
            <source>{filename}: the {kind} is too large or too deeply nested to read safely. Register the request by hand and keep the file as evidence.</source>
            <translation>{filename}: {kind} ir pārāk liels vai pārāk dziļi ligzdots, lai to droši nolasītu. Reģistrējiet pieprasījumu manuāli un saglabājiet failu kā pierādījumu.</translation>
        </message>
        <message>
            <source>{filename}: the {kind} is damaged and could not be read ({error}). Ask the sender to send it again, or register the request by hand and keep the file as evidence.</source>
            <translation>{filename}: {kind} ir bojāts un to nevarēja nolasīt ({error}). Lūdziet sūtītājam to nosūtīt vēlreiz vai reģistrējiet pieprasījumu manuāli un saglabājiet failu kā pierādījumu.</translation>
        </message>
        <message>
            <source>{filename}: the e-mail is {size}, more than the {max_mail_bytes} the desk reads. Register the request by hand and keep the file as evidence; ask the sender for large files by another way.</source>
            <translation>{filename}: e-pasts ir {size}, vairāk nekā {max_mail_bytes}, ko programma nolasa. Reģistrējiet pieprasījumu manuāli un saglabājiet failu kā pierādījumu; lielus failus lūdziet sūtītājam nosūtīt citā veidā.</translation>
        </message>
        <message>
            <source>{filename}: the text of the e-mail is {text}, more than the {max_text_bytes} the desk reads as a request. Register the request by hand and keep the file as evidence.</source>
            <translation>{filename}: e-pasta teksts ir {text}, vairāk nekā {max_text_bytes}, ko programma nolasa kā pieprasījumu. Reģistrējiet pieprasījumu manuāli un saglabājiet failu kā pierādījumu.</translation>
        </message>
        <message>
            <source>{filename}: {explain} Register the request by hand and keep the file as evidence.</source>
            <translation>{filename}: {explain} Reģistrējiet pieprasījumu manuāli un saglabājiet failu kā pierādījumu.</translation>
        </message>
        <message>
            <source>{filename}: {what} is about {value}, over the attachment limit of {max_attachment_bytes}. Ask the sender for a smaller file or a link, or register the request by hand.</source>
            <translation>{filename}: {what} ir aptuveni {value}, vairāk par pielikumu ierobežojumu {max_attachment_bytes}. Lūdziet sūtītājam mazāku failu vai saiti vai reģistrējiet pieprasījumu manuāli.</translation>
        </message>
        <message>
            <source>{filename}: the e-mail is nested more than {max_depth} levels deep, which no mail program produces. Ask IT to check it; register the request by hand.</source>
            <translation>{filename}: e-pasts ir ligzdots dziļāk par {max_depth} līmeņiem, ko neviena pasta programma nerada. Lūdziet IT to pārbaudīt; reģistrējiet pieprasījumu manuāli.</translation>
        </message>
        <message>
            <source>{filename}: the Outlook message shows no delivery or sending time (it may be an unsent draft). Register the request by hand with the arrival time in the mailbox.</source>
            <translation>{filename}: Outlook vēstulē nav redzams ne piegādes, ne nosūtīšanas laiks (tas var būt nenosūtīts melnraksts). Reģistrējiet pieprasījumu manuāli ar pastkastē redzamo saņemšanas laiku.</translation>
        </message>
        <message>
            <source>{filename}: this is not an Outlook message (.msg) file. In Outlook, use File › Save As › Outlook Message Format, or save the mail as .eml.</source>
            <translation>{filename}: tas nav Outlook vēstules (.msg) fails. Programmā Outlook izvēlieties Fails › Saglabāt kā › Outlook vēstules formāts vai saglabājiet vēstuli kā .eml.</translation>
        </message>
        <message>
            <source>{filename}: this Outlook item is a “{kind}”, not an e-mail. Save the e-mail that carries the request instead.</source>
            <translation>{filename}: šis Outlook vienums ir “{kind}”, nevis e-pasts. Tā vietā saglabājiet e-pastu, kurā ir pieprasījums.</translation>
        </message>
        <message>
            <source>{filename}: the Outlook message has no readable sender e-mail address, so it cannot be answered. Register the request by hand with the sender's address.</source>
            <translation>{filename}: Outlook vēstulē nav nolasāmas sūtītāja e-pasta adreses, tāpēc uz to nevar atbildēt. Reģistrējiet pieprasījumu manuāli ar sūtītāja adresi.</translation>
        </message>
        <message>
            <source>{filename}: attachment {index} of the Outlook message cannot be read. Save the attachment from Outlook and register the request by hand.</source>
            <translation>{filename}: Outlook vēstules {index}. pielikumu nevar nolasīt. Saglabājiet pielikumu no Outlook un reģistrējiet pieprasījumu manuāli.</translation>
        </message>
        <message>
            <source>{filename}: the file is {value:.1f} MB; a portal request is at most {value2:.0f} MB (20 attachments of 100,000 characters and the text). It is not a portal hand-over file (docs/portal-requests.md).</source>
            <translation>{filename}: fails ir {value:.1f} MB; portāla pieprasījums ir ne vairāk kā {value2:.0f} MB (20 pielikumi pa 100 000 rakstzīmēm un teksts). Tas nav portāla nodošanas fails (docs/portal-requests.md).</translation>
        </message>
        <message>
            <source>{filename}: “{name}” is not allowed in a portal file.</source>
            <translation>{filename}: “{name}” portāla failā nav atļauts.</translation>
        </message>
        <message>
            <source>{filename}: the portal file must hold one JSON object.</source>
            <translation>{filename}: portāla failā jābūt vienam JSON objektam.</translation>
        </message>
        <message>
            <source>{filename}: {path}{key} {problem}. The file does not follow the portal hand-over format (docs/portal-requests.md); ask the portal team.</source>
            <translation>{filename}: {path}{key} {problem}. Fails neatbilst portāla nodošanas formātam (docs/portal-requests.md); jautājiet portāla komandai.</translation>
        </message>
        <message>
            <source>{filename}: the portal file is not valid JSON (line {lineno}, column {colno}: {msg}). Export it from the portal again.</source>
            <translation>{filename}: portāla fails nav derīgs JSON ({lineno}. rinda, {colno}. kolonna: {msg}). Eksportējiet to no portāla vēlreiz.</translation>
        </message>
        <message>
            <source>{filename}: the portal file is not UTF-8 text. Export it from the portal again.</source>
            <translation>{filename}: portāla fails nav UTF-8 teksts. Eksportējiet to no portāla vēlreiz.</translation>
        </message>
        <message>
            <source>{filename}: the field “{key}” appears twice.</source>
            <translation>{filename}: lauks “{key}” ir divreiz.</translation>
        </message>
        <message>
            <source>{filename}: the {evidence} ({moment}) has no time zone, so the moment of receipt is ambiguous. Ask the sender of the file for a time with a zone.</source>
            <translation>{filename}: {evidence} ({moment}) nav laika joslas, tāpēc saņemšanas brīdis nav viennozīmīgs. Lūdziet faila sūtītājam laiku ar laika joslu.</translation>
        </message>
        <message>
            <source>{filename}: the {evidence} says {shown}, before the year 2000, which cannot be the real receipt time. Register the request by hand with the date it arrived.</source>
            <translation>{filename}: {evidence} norāda {shown}, pirms 2000. gada, kas nevar būt īstais saņemšanas laiks. Reģistrējiet pieprasījumu manuāli ar tā saņemšanas datumu.</translation>
        </message>
        <message>
            <source>{filename}: the {evidence} says {shown} (Riga time), which is in the future. The sender's clock is probably wrong; register the request by hand with the date it arrived.</source>
            <translation>{filename}: {evidence} norāda {shown} (Rīgas laiks), kas ir nākotnē. Sūtītāja pulkstenis, visticamāk, ir nepareizs; reģistrējiet pieprasījumu manuāli ar tā saņemšanas datumu.</translation>
        </message>
        <message>
            <source>{filename}: the delivery date {received_on:%d.%m.%Y} is in the future. Enter the day the letter was delivered to the office.</source>
            <translation>{filename}: piegādes datums {received_on:%d.%m.%Y} ir nākotnē. Ievadiet dienu, kad vēstule tika piegādāta birojam.</translation>
        </message>
        <message>
            <source>{filename}: the delivery date {received_on:%d.%m.%Y} is before the year 2000. Enter the day the letter was delivered to the office.</source>
            <translation>{filename}: piegādes datums {received_on:%d.%m.%Y} ir pirms 2000. gada. Ievadiet dienu, kad vēstule tika piegādāta birojam.</translation>
        </message>
        <message>
            <source>{source_filename}: the attachment “{name}” is {content}, over the limit of {max_bytes}. Ask the sender for a smaller file or a link, or register the request by hand.</source>
            <translation>{source_filename}: pielikums “{name}” ir {content}, vairāk par ierobežojumu {max_bytes}. Lūdziet sūtītājam mazāku failu vai saiti vai reģistrējiet pieprasījumu manuāli.</translation>
        </message>
        <message>
            <source>{source_filename}: the attachment “{name}” is a program or script, which is not taken into the case file. Do not open it; ask IT to check the message. If the request is genuine, register it by hand: the deadline still runs from the day it arrived.</source>
            <translation>{source_filename}: pielikums “{name}” ir programma vai skripts, ko lietas failos neņem. Neatveriet to; lūdziet IT pārbaudīt vēstuli. Ja pieprasījums ir īsts, reģistrējiet to manuāli: termiņš joprojām skaitās no tā saņemšanas dienas.</translation>
        </message>
        <message>
            <source>{filename}: this is not a PDF, PNG, JPEG or TIFF scan. Scan the letter again and save it in one of those formats.</source>
            <translation>{filename}: tas nav PDF, PNG, JPEG vai TIFF skenējums. Noskenējiet vēstuli vēlreiz un saglabājiet to kādā no šiem formātiem.</translation>
        </message>
        <message>
            <source>{username} ({roles}) may not {what}.</source>
            <translation>{username} ({roles}) nedrīkst {what}.</translation>
        </message>
        <message>
            <source>{target} exists already; choose a new file name.</source>
            <translation>{target} jau pastāv; izvēlieties jaunu faila nosaukumu.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist.</source>
            <translation>Mape {parent} nepastāv.</translation>
        </message>
        <message>
            <source>pg_dump is not installed; install the PostgreSQL client tools.</source>
            <translation>pg_dump nav instalēts; instalējiet PostgreSQL klienta rīkus.</translation>
        </message>
        <message>
            <source>pg_dump failed: {stderr}</source>
            <translation>pg_dump neizdevās: {stderr}</translation>
        </message>
        <message>
            <source>The period starts on {period_from} after it ends on {period_to}; swap the two dates.</source>
            <translation>Periods sākas {period_from} pēc tā beigām {period_to}; samainiet abus datumus vietām.</translation>
        </message>
        <message>
            <source>Unknown setting '{key}'. Known: {setting_limits}.</source>
            <translation>Nezināms iestatījums '{key}'. Zināmie: {setting_limits}.</translation>
        </message>
        <message>
            <source>'{key}' must be between {low} and {high}.</source>
            <translation>'{key}' jābūt no {low} līdz {high}.</translation>
        </message>
        <message>
            <source>Name the holiday, e.g. 'Ice hockey championship bronze day'.</source>
            <translation>Nosauciet svētku dienu, piem., 'Hokeja čempionāta bronzas diena'.</translation>
        </message>
        <message>
            <source>{day} is already an extra holiday.</source>
            <translation>{day} jau ir papildu svētku diena.</translation>
        </message>
        <message>
            <source>{day} is not an extra holiday.</source>
            <translation>{day} nav papildu svētku diena.</translation>
        </message>
        <message>
            <source>The {names} was changed on another desk (now version {latest}) since you opened version {based_on}. Reload it and make your change again.</source>
            <translation>{names} tika mainīts citā darbvietā (tagad versija {latest}), kopš atvērāt versiju {based_on}. Ielādējiet to no jauna un veiciet izmaiņas vēlreiz.</translation>
        </message>
        <message>
            <source>The {names} was saved on another desk at the same moment. Reload it and make your change again.</source>
            <translation>{names} tika saglabāts citā darbvietā tajā pašā brīdī. Ielādējiet to no jauna un veiciet izmaiņas vēlreiz.</translation>
        </message>
        <message>
            <source>There is no version {version} of the {names}.</source>
            <translation>Nav {names} versijas {version}.</translation>
        </message>
        <message>
            <source>The phrasebook is written in 'lv' and 'en', not '{language}'.</source>
            <translation>Frāžu krājums ir rakstīts valodās 'lv' un 'en', nevis '{language}'.</translation>
        </message>
        <message>
            <source>The phrasebook has no entry '{key}'; the entries are: {keys}.</source>
            <translation>Frāžu krājumā nav ieraksta '{key}'; ieraksti ir: {keys}.</translation>
        </message>
        <message>
            <source>Register version {version} is not kept in this database.</source>
            <translation>Reģistra versija {version} šajā datubāzē netiek glabāta.</translation>
        </message>
        <message>
            <source>The register was changed to version {version} since you opened version {based_on}. Reload it and make your change again.</source>
            <translation>Reģistrs tika nomainīts uz versiju {version}, kopš atvērāt versiju {based_on}. Ielādējiet to no jauna un veiciet izmaiņas vēlreiz.</translation>
        </message>
        <message>
            <source>Reports are written in 'en' or 'lv', not '{language}'.</source>
            <translation>Pārskatus raksta valodā 'en' vai 'lv', nevis '{language}'.</translation>
        </message>
        <message>
            <source>Give a year from {first_year} to {year}; {year2} has no requests to report.</source>
            <translation>Norādiet gadu no {first_year} līdz {year}; {year2}. gadā nav pieprasījumu, par ko ziņot.</translation>
        </message>
        <message>
            <source>{username} may not test the data sources.</source>
            <translation>{username} nedrīkst pārbaudīt datu avotus.</translation>
        </message>
        <message>
            <source>No data sources are configured.</source>
            <translation>Nav konfigurēts neviens datu avots.</translation>
        </message>
        <message>
            <source>Team roles are for a PostgreSQL team database; a local SQLite file has one user.</source>
            <translation>Komandas lomas ir PostgreSQL komandas datubāzei; lokālam SQLite failam ir viens lietotājs.</translation>
        </message>
        <message>
            <source>Only the database owner (allowed to create roles) can set up team roles: run 'smarttek-dsar init' with the owner's login in --db ({first}).</source>
            <translation>Komandas lomas var iestatīt tikai datubāzes īpašnieks (kam atļauts veidot lomas): palaidiet 'smarttek-dsar init' ar īpašnieka pieteikšanos parametrā --db ({first}).</translation>
        </message>
        <message>
            <source>Cannot open the database ({database}): {exc}</source>
            <translation>Nevar atvērt datubāzi ({database}): {exc}</translation>
        </message>
        <message>
            <source>Too many attempts; try again in {seconds} {seconds:plural:second|seconds}.</source>
            <translation>Pārāk daudz mēģinājumu; mēģiniet vēlreiz pēc {seconds} {seconds:plural:sekundes|sekundēm|sekundēm}.</translation>
        </message>
        <message>
            <source>The password must have at least {min_password_length} characters.</source>
            <translation>Parolē jābūt vismaz {min_password_length} rakstzīmēm.</translation>
        </message>
        <message>
            <source>A user name is 1-64 letters, digits, dots, dashes or underscores, e.g. 'anna.ozola'.</source>
            <translation>Lietotājvārds ir 1-64 burti, cipari, punkti, domuzīmes vai pasvītras, piem., 'anna.ozola'.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nepareizs lietotājvārds vai parole.</translation>
        </message>
        <message>
            <source>Give the user at least one role.</source>
            <translation>Piešķiriet lietotājam vismaz vienu lomu.</translation>
        </message>
        <message>
            <source>A user named '{name}' exists already.</source>
            <translation>Lietotājs '{name}' jau pastāv.</translation>
        </message>
        <message>
            <source>You cannot disable your own account; ask another administrator.</source>
            <translation>Savu kontu atspējot nevar; lūdziet to citam administratoram.</translation>
        </message>
        <message>
            <source>Say why an actor is handed out without a password.</source>
            <translation>Norādiet, kāpēc darbības veicējs tiek izsniegts bez paroles.</translation>
        </message>
        <message>
            <source>The database server does not let this login {what}; run the command as an administrator signed in with their own login, or as the database owner.</source>
            <translation>Datubāzes serveris neļauj šai pieteikšanās kontam {what}; palaidiet komandu kā administrators, kas pieteicies ar savu kontu, vai kā datubāzes īpašnieks.</translation>
        </message>
        <message>
            <source>The database ({database}) needs an upgrade: the database owner runs 'smarttek-dsar init' first.</source>
            <translation>Datubāzei ({database}) vajadzīga atjaunināšana: datubāzes īpašnieks vispirms palaiž 'smarttek-dsar init'.</translation>
        </message>
        <message>
            <source>The first administrator exists already; sign in instead.</source>
            <translation>Pirmais administrators jau pastāv; tā vietā piesakieties.</translation>
        </message>
        <message>
            <source>No user named '{username}'.</source>
            <translation>Nav lietotāja '{username}'.</translation>
        </message>
        <message>
            <source>No user named '{name}'.</source>
            <translation>Nav lietotāja '{name}'.</translation>
        </message>
        <message>
            <source>No active user named '{username}'.</source>
            <translation>Nav aktīva lietotāja '{username}'.</translation>
        </message>
        <message>
            <source>The first day is after the last day; swap them.</source>
            <translation>Pirmā diena ir pēc pēdējās dienas; samainiet tās vietām.</translation>
        </message>
        <message>
            <source>Case {number} was changed by {username} at {moment} UTC since you opened it. Reload the case to see the change, then try again.</source>
            <translation>Lietu {number} mainīja {username} {moment} UTC, kopš to atvērāt. Ielādējiet lietu no jauna, lai redzētu izmaiņas, un mēģiniet vēlreiz.</translation>
        </message>
        <message>
            <source>No case numbered '{number}'. Case numbers look like DSAR-2026-0001.</source>
            <translation>Nav lietas ar numuru '{number}'. Lietu numuri izskatās šādi: DSAR-2026-0001.</translation>
        </message>
        <message>
            <source>Case {number} was purged after its retention period ended.</source>
            <translation>Lieta {number} tika dzēsta pēc tās glabāšanas termiņa beigām.</translation>
        </message>
        <message>
            <source>Case {number} was changed since you opened it. Reload the case to see the change, then try again.</source>
            <translation>Lieta {number} tika mainīta, kopš to atvērāt. Ielādējiet lietu no jauna, lai redzētu izmaiņas, un mēģiniet vēlreiz.</translation>
        </message>
        <message>
            <source>The receipt time needs a time zone (e.g. 2026-09-03T10:15+03:00).</source>
            <translation>Saņemšanas laikam vajadzīga laika josla (piem., 2026-09-03T10:15+03:00).</translation>
        </message>
        <message>
            <source>The receipt time is in the future; enter when the request arrived.</source>
            <translation>Saņemšanas laiks ir nākotnē; ievadiet, kad pieprasījums pienāca.</translation>
        </message>
        <message>
            <source>The receipt time is before 25 May 2018, when the GDPR began to apply.</source>
            <translation>Saņemšanas laiks ir pirms 2018. gada 25. maija, kad sāka piemērot VDAR.</translation>
        </message>
        <message>
            <source>{what}: {exc}</source>
            <translation>{what}: {exc}</translation>
        </message>
        <message>
            <source>Give at least the data subject's name or e-mail address.</source>
            <translation>Norādiet vismaz datu subjekta vārdu vai e-pasta adresi.</translation>
        </message>
        <message>
            <source>A representative must show proof of authority (e.g. a power of attorney); describe what was provided.</source>
            <translation>Pārstāvim jāuzrāda pilnvarojuma apliecinājums (piem., pilnvara); aprakstiet, kas tika iesniegts.</translation>
        </message>
        <message>
            <source>The subject's language must be 'lv' or 'en'.</source>
            <translation>Datu subjekta valodai jābūt 'lv' vai 'en'.</translation>
        </message>
        <message>
            <source>Sorting by the data subject needs access to personal data.</source>
            <translation>Kārtošanai pēc datu subjekta vajadzīga piekļuve personas datiem.</translation>
        </message>
        <message>
            <source>Attachment '{filename}' is {value:.1f} MB; the limit is {max_mb} MB (Settings).</source>
            <translation>Pielikums '{filename}' ir {value:.1f} MB; ierobežojums ir {max_mb} MB (Iestatījumi).</translation>
        </message>
        <message>
            <source>The register {version} has no recipient '{recipient_id}'. Recipients: {known}.</source>
            <translation>Reģistrā {version} nav saņēmēja '{recipient_id}'. Saņēmēji: {known}.</translation>
        </message>
        <message>
            <source>Name the system the data was disclosed from (e.g. --system CRM).</source>
            <translation>Nosauciet sistēmu, no kuras dati tika izpausti (piem., --system CRM).</translation>
        </message>
        <message>
            <source>The register {version} does not list '{recipient}' as a recipient of {category}; correct the register first.</source>
            <translation>Reģistrs {version} neuzskaita '{recipient}' kā kategorijas {category} saņēmēju; vispirms izlabojiet reģistru.</translation>
        </message>
        <message>
            <source>'{recipient}' is a category of recipients: name the company the data went to (e.g. --name "Named processor SIA").</source>
            <translation>'{recipient}' ir saņēmēju kategorija: nosauciet uzņēmumu, kam dati tika nodoti (piem., --name "Named processor SIA").</translation>
        </message>
        <message>
            <source>Case {number} already records this disclosure to {value} from {system}.</source>
            <translation>Lietā {number} jau ir reģistrēta šī izpaušana saņēmējam {value} no {system}.</translation>
        </message>
        <message>
            <source>Case {number} has no recorded recipient {disclosure_id}.</source>
            <translation>Lietā {number} nav reģistrēta saņēmēja {disclosure_id}.</translation>
        </message>
        <message>
            <source>Unknown task '{action}'. Use one of: {task_actions}.</source>
            <translation>Nezināms uzdevums '{action}'. Izmantojiet kādu no: {task_actions}.</translation>
        </message>
        <message>
            <source>A GDPR 19 notice needs the recipient to notify.</source>
            <translation>VDAR 19. panta paziņojumam vajadzīgs saņēmējs, kuru informēt.</translation>
        </message>
        <message>
            <source>Case {number} has no task {task_id}.</source>
            <translation>Lietā {number} nav uzdevuma {task_id}.</translation>
        </message>
        <message>
            <source>That task is done already.</source>
            <translation>Šis uzdevums jau ir izpildīts.</translation>
        </message>
        <message>
            <source>For an ID document, record its type and number (only the last digits are kept).</source>
            <translation>Personu apliecinošam dokumentam reģistrējiet tā veidu un numuru (saglabā tikai pēdējos ciparus).</translation>
        </message>
        <message>
            <source>Say what identity information was asked for.</source>
            <translation>Norādiet, kāda identitātes informācija tika pieprasīta.</translation>
        </message>
        <message>
            <source>The pause starts between the receipt date and today.</source>
            <translation>Pauze sākas starp saņemšanas datumu un šodienu.</translation>
        </message>
        <message>
            <source>The information arrives between {start} and today.</source>
            <translation>Informācija pienāk starp {start} un šodienu.</translation>
        </message>
        <message>
            <source>Letters are written in Latvian (lv) or English (en), not '{language}'.</source>
            <translation>Vēstules raksta latviešu (lv) vai angļu (en) valodā, nevis '{language}'.</translation>
        </message>
        <message>
            <source>The acknowledgement names the data subject; it can be prepared only by a user who may see personal data.</source>
            <translation>Apstiprinājumā ir minēts datu subjekts; to var sagatavot tikai lietotājs, kas drīkst redzēt personas datus.</translation>
        </message>
        <message>
            <source>The {kind} letter template ({path}) cannot be read: {exc}</source>
            <translation>Vēstules {kind} veidni ({path}) nevar nolasīt: {exc}</translation>
        </message>
        <message>
            <source>The {kind} letter ({language}) has a placeholder without a value: {exc}.</source>
            <translation>Vēstulē {kind} ({language}) ir vietturis bez vērtības: {exc}.</translation>
        </message>
        <message>
            <source>The drop folder {folder} does not exist or is not a folder.</source>
            <translation>Nodošanas mape {folder} nepastāv vai nav mape.</translation>
        </message>
        <message>
            <source>The drop folder {folder} cannot be read: {exc}</source>
            <translation>Nodošanas mapi {folder} nevar nolasīt: {exc}</translation>
        </message>
        <message>
            <source>{number} is no longer open ({stage}); keep {other} apart and answer it on its own.</source>
            <translation>{number} vairs nav atvērta ({stage}); paturiet {other} atsevišķi un atbildiet uz to patstāvīgi.</translation>
        </message>
        <message>
            <source>Data subject: give a name or an e-mail address.</source>
            <translation>Datu subjekts: norādiet vārdu vai e-pasta adresi.</translation>
        </message>
        <message>
            <source>Nothing to correct: the details are as recorded.</source>
            <translation>Nav ko labot: dati ir tādi paši kā reģistrētie.</translation>
        </message>
        <message>
            <source>The cover letter is printed inside the data package, with the package's own values: it is previewed with sample values only.</source>
            <translation>Pavadvēstule tiek izdrukāta datu paketē ar pašas paketes vērtībām: to var priekšskatīt tikai ar parauga vērtībām.</translation>
        </message>
        <message>
            <source>There is no letter kind '{kind}'. Kinds: {template_kinds}.</source>
            <translation>Nav vēstules veida '{kind}'. Veidi: {template_kinds}.</translation>
        </message>
        <message>
            <source>The stored letter templates are not readable: not an object.</source>
            <translation>Saglabātās vēstuļu veidnes nav nolasāmas: tās nav objekts.</translation>
        </message>
        <message>
            <source>The template has a '$' that is not a placeholder; write '$$' for a dollar sign, or $name / ${name} for a placeholder.</source>
            <translation>Veidnē ir '$', kas nav vietturis; dolāra zīmei rakstiet '$$', vietturim $name / ${name}.</translation>
        </message>
        <message>
            <source>A letter template cannot be empty.</source>
            <translation>Vēstules veidne nevar būt tukša.</translation>
        </message>
        <message>
            <source>The {kind} template may not use ${unknown}: the letter has no such value. Available: {items}.</source>
            <translation>Veidne {kind} nedrīkst izmantot ${unknown}: vēstulei nav šādas vērtības. Pieejamās: {items}.</translation>
        </message>
        <message>
            <source>The {kind} letter ({language}) cannot be completed: no value for {names}. Give the value (e.g. --set {missing}=...) or edit the template.</source>
            <translation>Vēstuli {kind} ({language}) nevar pabeigt: nav vērtības {names}. Norādiet vērtību (piem., --set {missing}=...) vai labojiet veidni.</translation>
        </message>
        <message>
            <source>The stored letter templates are not readable: {error}.</source>
            <translation>Saglabātās vēstuļu veidnes nav nolasāmas: {error}.</translation>
        </message>
        <message>
            <source>{username} may not read the letter templates.</source>
            <translation>{username} nedrīkst lasīt vēstuļu veidnes.</translation>
        </message>
        <message>
            <source>Case {number}: the {kind} letter would confirm work that is not done. Open tasks: {labels}. Complete them first (the case's fulfilment tasks), then write it.</source>
            <translation>Lieta {number}: vēstule {kind} apstiprinātu darbu, kas nav paveikts. Atvērtie uzdevumi: {labels}. Vispirms pabeidziet tos (lietas izpildes uzdevumi), tad rakstiet vēstuli.</translation>
        </message>
        <message>
            <source>Case {number}: the refusal of {right} for {category} has no reason addressed to the subject. Record it in the review (the reason for the subject), then write the letter.</source>
            <translation>Lieta {number}: atteikumam par tiesību “{right}” kategorijai {category} nav datu subjektam adresēta pamatojuma. Reģistrējiet to izvērtēšanā (pamatojums datu subjektam), tad rakstiet vēstuli.</translation>
        </message>
        <message>
            <source>Case {number} has no granted decision for {names}: record the review decisions first, or send a refusal letter instead.</source>
            <translation>Lietā {number} nav apmierināta lēmuma par {names}: vispirms reģistrējiet izvērtēšanas lēmumus vai tā vietā nosūtiet atteikuma vēstuli.</translation>
        </message>
        <message>
            <source>Case {number} has no completed {actions} task: the letter can only confirm work recorded as done. Plan the fulfilment tasks and complete them first.</source>
            <translation>Lietā {number} nav pabeigta uzdevuma {actions}: vēstule var apstiprināt tikai darbu, kas reģistrēts kā paveikts. Vispirms ieplānojiet un pabeidziet izpildes uzdevumus.</translation>
        </message>
        <message>
            <source>Case {number}: the data was disclosed to recipients not yet informed (GDPR 19): {names}. Add and complete a GDPR 19 notice task for each (the case's fulfilment tasks), then write the letter.</source>
            <translation>Lieta {number}: dati tika izpausti saņēmējiem, kas vēl nav informēti (VDAR 19): {names}. Pievienojiet un pabeidziet VDAR 19. panta paziņojuma uzdevumu katram no tiem (lietas izpildes uzdevumi), tad rakstiet vēstuli.</translation>
        </message>
        <message>
            <source>Case {number} has no refused decision and the request was not rejected: there is nothing to refuse.</source>
            <translation>Lietā {number} nav atteikuma lēmuma, un pieprasījums netika noraidīts: nav ko atteikt.</translation>
        </message>
        <message>
            <source>Case {number} granted part of the request ({count} {count:plural:decision|decisions}): write a partial_refusal letter, which says what was granted and what was refused.</source>
            <translation>Lietā {number} daļa pieprasījuma apmierināta ({count} {count:plural:lēmums|lēmumi|lēmumu}): rakstiet daļēja atteikuma vēstuli (partial_refusal), kurā teikts, kas apmierināts un kas atteikts.</translation>
        </message>
        <message>
            <source>Case {number} granted nothing: write a refusal letter instead of a partial refusal.</source>
            <translation>Lietā {number} nekas netika apmierināts: daļēja atteikuma vietā rakstiet atteikuma vēstuli.</translation>
        </message>
        <message>
            <source>Case {number} has no recorded pause: the identity request states the day the time limit stopped. Record the pause first (case pause {number} --reason ...), then write the letter.</source>
            <translation>Lietā {number} nav reģistrētas pauzes: identitātes pieprasījumā norāda dienu, kad termiņa skaitīšana tika apturēta. Vispirms reģistrējiet pauzi (case pause {number} --reason ...), tad rakstiet vēstuli.</translation>
        </message>
        <message>
            <source>Case {number} records no recipient the subject's data was disclosed to. Confirm it first (case recipients {number} --confirm RECIPIENT_ID --system SYSTEM), then write the notice.</source>
            <translation>Lietā {number} nav reģistrēts neviens saņēmējs, kam izpausti datu subjekta dati. Vispirms apstipriniet to (case recipients {number} --confirm RECIPIENT_ID --system SYSTEM), tad rakstiet paziņojumu.</translation>
        </message>
        <message>
            <source>Case {number}: no completed rectification, erasure or restriction of data disclosed to {display_name} ({system}); a GDPR 19 notice reports only work recorded as done.</source>
            <translation>Lieta {number}: nav pabeigtas datu labošanas, dzēšanas vai apstrādes ierobežošanas datiem, kas izpausti saņēmējam {display_name} ({system}); VDAR 19. panta paziņojumā ziņo tikai par darbu, kas reģistrēts kā paveikts.</translation>
        </message>
        <message>
            <source>Case {number} has no recorded recipient {recipient_id}; recorded: {known}.</source>
            <translation>Lietā {number} nav reģistrēta saņēmēja {recipient_id}; reģistrētie: {known}.</translation>
        </message>
        <message>
            <source>There is no letter kind '{kind}'. Kinds: {letter_kinds}.</source>
            <translation>Nav vēstules veida '{kind}'. Veidi: {letter_kinds}.</translation>
        </message>
        <message>
            <source>${name} states a fact of the case and is filled from the case record; it cannot be set by hand. Record the fact in the case instead. Values you may set: {settable}.</source>
            <translation>${name} norāda lietas faktu, un to aizpilda no lietas ieraksta; to nevar iestatīt manuāli. Tā vietā reģistrējiet faktu lietā. Vērtības, ko drīkst iestatīt: {settable}.</translation>
        </message>
        <message>
            <source>Case {number} has no recorded extension: the letter states its reason and the new date. Record it first (case extend {number} --reason ...), then write the letter.</source>
            <translation>Lietā {number} nav reģistrēta pagarinājuma: vēstulē norāda tā iemeslu un jauno datumu. Vispirms reģistrējiet to (case extend {number} --reason ...), tad rakstiet vēstuli.</translation>
        </message>
        <message>
            <source>The extension of case {number} has no recorded reason; the subject must be told why (GDPR 12(3)).</source>
            <translation>Lietas {number} pagarinājumam nav reģistrēta iemesla; datu subjektam jāpaskaidro, kāpēc (VDAR 12(3)).</translation>
        </message>
        <message>
            <source>The reasons for the subject in case {number} are recorded in '{language}': write this letter in that language.</source>
            <translation>Pamatojums datu subjektam lietā {number} ir reģistrēts valodā '{language}': rakstiet šo vēstuli tajā valodā.</translation>
        </message>
        <message>
            <source>The GDPR 12(4) deadline for telling the subject of a refusal in case {number} was {refusal_due}; it has passed. Confirm to write the refusal anyway (--confirm-late); the audit trail records that it was late.</source>
            <translation>VDAR 12(4) termiņš, lai paziņotu datu subjektam par atteikumu lietā {number}, bija {refusal_due}; tas ir pagājis. Apstipriniet, lai tomēr rakstītu atteikumu (--confirm-late); audita pierakstos tiks reģistrēts, ka tas ir novēlots.</translation>
        </message>
        <message>
            <source>Case {number} has no collected data: search the company's systems for the subject (Collect data), review what was found, then export.</source>
            <translation>Lietā {number} nav savāktu datu: meklējiet datu subjektu uzņēmuma sistēmās (Savākt datus), izvērtējiet atrasto, tad eksportējiet.</translation>
        </message>
        <message>
            <source>Case {number} has collected data nobody has reviewed yet ({pending}). Review those categories, then export.</source>
            <translation>Lietā {number} ir savākti dati, ko neviens vēl nav izvērtējis ({pending}). Izvērtējiet šīs kategorijas, tad eksportējiet.</translation>
        </message>
        <message>
            <source>Case {number}: the subject was found nowhere, but {failed} could not be searched; collect the data again before answering that nothing is held.</source>
            <translation>Lieta {number}: datu subjekts nekur netika atrasts, bet {failed} nevarēja pārmeklēt; savāciet datus vēlreiz, pirms atbildat, ka dati netiek glabāti.</translation>
        </message>
        <message>
            <source>Name the controller the subject asked us to send the data to (GDPR 20(2)).</source>
            <translation>Nosauciet pārzini, kam datu subjekts lūdza nosūtīt datus (VDAR 20(2)).</translation>
        </message>
        <message>
            <source>The controller's name is longer than 300 characters.</source>
            <translation>Pārziņa nosaukums ir garāks par 300 rakstzīmēm.</translation>
        </message>
        <message>
            <source>Case {case_number} does not ask for data portability (GDPR 20); a transfer to another controller needs that right.</source>
            <translation>Lietā {case_number} netiek prasīta datu pārnesamība (VDAR 20); nosūtīšanai citam pārzinim vajadzīga šī tiesība.</translation>
        </message>
        <message>
            <source>Case {case_number} has no data within GDPR 20 (data the subject provided, on consent or contract, granted for portability); there is nothing to transmit.</source>
            <translation>Lietā {case_number} nav datu, uz kuriem attiecas VDAR 20 (datu subjekta sniegti dati, apstrādāti uz piekrišanas vai līguma pamata, pārnesamība apmierināta); nav ko nosūtīt.</translation>
        </message>
        <message>
            <source>The package in {directory} is not the package of case {number}.</source>
            <translation>Pakete mapē {directory} nav lietas {number} pakete.</translation>
        </message>
        <message>
            <source>The package file {path} is gone; export the package again before recording its delivery.</source>
            <translation>Paketes fails {path} vairs nav; eksportējiet paketi vēlreiz, pirms reģistrējat tās nosūtīšanu.</translation>
        </message>
        <message>
            <source>The package file {name} changed after the export; export the package again.</source>
            <translation>Paketes fails {name} pēc eksportēšanas ir mainījies; eksportējiet paketi vēlreiz.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {value}. Choose the file that was sent.</source>
            <translation>Nevar nolasīt {path}: {value}. Izvēlieties nosūtīto failu.</translation>
        </message>
        <message>
            <source>The sending date cannot be in the future.</source>
            <translation>Nosūtīšanas datums nevar būt nākotnē.</translation>
        </message>
        <message>
            <source>The subject cannot have been told in the future.</source>
            <translation>Datu subjektam nevar būt paziņots nākotnē.</translation>
        </message>
        <message>
            <source>Give the reasons for the refusal ({article}); the subject must be told them.</source>
            <translation>Norādiet atteikuma iemeslus ({article}); tie jāpaziņo datu subjektam.</translation>
        </message>
        <message>
            <source>Case {case_number} names no personal code, e-mail, phone, customer number or name of the subject to search by.</source>
            <translation>Lietā {case_number} nav norādīts datu subjekta personas kods, e-pasts, tālrunis, klienta numurs vai vārds, pēc kā meklēt.</translation>
        </message>
        <message>
            <source>No data sources are configured: add them in Settings &gt; Data sources.</source>
            <translation>Nav konfigurēts neviens datu avots: pievienojiet tos sadaļā Iestatījumi &gt; Datu avoti.</translation>
        </message>
        <message>
            <source>{where}: the phrasebook has no entry '{key}'.</source>
            <translation>{where}: frāžu krājumā nav ieraksta '{key}'.</translation>
        </message>
        <message>
            <source>{where}: write the reason addressed to the subject; the phrasebook has no entry for '{label}' under {article}.</source>
            <translation>{where}: uzrakstiet datu subjektam adresētu pamatojumu; frāžu krājumā nav ieraksta '{label}' saskaņā ar {article}.</translation>
        </message>
        <message>
            <source>Conflicting decisions: {problems:join:; }.</source>
            <translation>Pretrunīgi lēmumi: {problems:join:; }.</translation>
        </message>
        <message>
            <source>{where}: '{ground}' is not a ground for {label} under {article}; choose one of {allowed}.</source>
            <translation>{where}: '{ground}' nav pamats “{label}” saskaņā ar {article}; izvēlieties kādu no: {allowed}.</translation>
        </message>
        <message>
            <source>{where}: {error}</source>
            <translation>{where}: {error}</translation>
        </message>
        <message>
            <source>The request does not invoke {right} ({article}).</source>
            <translation>Pieprasījums neatsaucas uz tiesību “{right}” ({article}).</translation>
        </message>
        <message>
            <source>{where}: name the article that allows refusing (e.g. Art. 17(3)(b)).</source>
            <translation>{where}: nosauciet pantu, kas atļauj atteikt (piem., Art. 17(3)(b)).</translation>
        </message>
        <message>
            <source>{where}: overriding the suggested '{suggested_outcome}' needs a reason.</source>
            <translation>{where}: lai mainītu ieteikto lēmumu '{suggested_outcome}', vajadzīgs pamatojums.</translation>
        </message>
        <message>
            <source>No data has been collected for case {number} yet.</source>
            <translation>Lietai {number} vēl nav savākti dati.</translation>
        </message>
        <message>
            <source>Case {number} has no collected row {row_id}.</source>
            <translation>Lietā {number} nav savāktas rindas {row_id}.</translation>
        </message>
        <message>
            <source>Say why the row is left out (e.g. it is another customer's record).</source>
            <translation>Norādiet, kāpēc rinda netiek iekļauta (piem., tas ir cita klienta ieraksts).</translation>
        </message>
        <message>
            <source>Unknown redaction reason '{reason}'; use one of {choices}.</source>
            <translation>Nezināms aizklāšanas iemesls '{reason}'; izmantojiet kādu no: {choices}.</translation>
        </message>
        <message>
            <source>The row has no field '{field}'.</source>
            <translation>Rindā nav lauka '{field}'.</translation>
        </message>
        <message>
            <source>No data was collected in category '{unknown}'.</source>
            <translation>Kategorijā '{unknown}' dati netika savākti.</translation>
        </message>
        <message>
            <source>{where}: 'columns' and 'values' must be tables keyed by column name.</source>
            <translation>{where}: 'columns' un 'values' jābūt tabulām, kuru atslēgas ir kolonnu nosaukumi.</translation>
        </message>
        <message>
            <source>{here} must be a table such as {{ en = "Phone", lv = "Tālrunis" }}.</source>
            <translation>{here} jābūt tabulai, piemēram, {{ en = "Phone", lv = "Tālrunis" }}.</translation>
        </message>
        <message>
            <source>{here}: unknown field '{unknown}' (use en, lv, description_en, description_lv, portable, media).</source>
            <translation>{here}: nezināms lauks '{unknown}' (izmantojiet en, lv, description_en, description_lv, portable, media).</translation>
        </message>
        <message>
            <source>{here}: labels and descriptions must be text.</source>
            <translation>{here}: nosaukumiem un aprakstiem jābūt tekstam.</translation>
        </message>
        <message>
            <source>{here}: 'portable' and 'media' must be true or false.</source>
            <translation>{here}: 'portable' un 'media' jābūt true vai false.</translation>
        </message>
        <message>
            <source>{here} must map each stored value to {{ en, lv }}.</source>
            <translation>{here} katrai saglabātajai vērtībai jāpiesaista {{ en, lv }}.</translation>
        </message>
        <message>
            <source>{here}: value '{raw}' needs both en and lv labels.</source>
            <translation>{here}: vērtībai '{raw}' vajadzīgi gan en, gan lv nosaukumi.</translation>
        </message>
        <message>
            <source>{where}: field 'kind' must be "sql" or "file" (got {kind!r}).</source>
            <translation>{where}: laukam 'kind' jābūt "sql" vai "file" (ievadīts {kind!r}).</translation>
        </message>
        <message>
            <source>No data source named '{name}'.</source>
            <translation>Nav datu avota '{name}'.</translation>
        </message>
        <message>
            <source>The sources file: 'sources' must be a list of [[sources]].</source>
            <translation>Datu avotu fails: 'sources' jābūt [[sources]] sarakstam.</translation>
        </message>
        <message>
            <source>{where}: field '{key}' is missing or empty.</source>
            <translation>{where}: lauka '{key}' trūkst vai tas ir tukšs.</translation>
        </message>
        <message>
            <source>Data source number {value} must be a table.</source>
            <translation>Datu avotam nr. {value} jābūt tabulai.</translation>
        </message>
        <message>
            <source>{where}: list at least one [[sources.queries]].</source>
            <translation>{where}: norādiet vismaz vienu [[sources.queries]].</translation>
        </message>
        <message>
            <source>{where}: field 'use_keyring' must be true or false.</source>
            <translation>{where}: laukam 'use_keyring' jābūt true vai false.</translation>
        </message>
        <message>
            <source>{where}: the URL contains a password parameter. Remove it and store the password in the system keyring (Settings &gt; Data sources) or in the environment variable named by 'password_env'.</source>
            <translation>{where}: URL satur paroles parametru. Noņemiet to un glabājiet paroli sistēmas atslēgu glabātavā (Iestatījumi &gt; Datu avoti) vai vides mainīgajā, ko nosauc 'password_env'.</translation>
        </message>
        <message>
            <source>{where}: the URL contains a password. Remove it from the file and store it in the system keyring (Settings &gt; Data sources) or in the environment variable named by 'password_env'.</source>
            <translation>{where}: URL satur paroli. Noņemiet to no faila un glabājiet sistēmas atslēgu glabātavā (Iestatījumi &gt; Datu avoti) vai vides mainīgajā, ko nosauc 'password_env'.</translation>
        </message>
        <message>
            <source>{where}: field 'category' must be a data category id of the register, e.g. identification (got {value!r}).</source>
            <translation>{where}: laukam 'category' jābūt reģistra datu kategorijas id, piem., identification (ievadīts {value!r}).</translation>
        </message>
        <message>
            <source>{where}: unknown parameter :{unknown} (use {allowed}).</source>
            <translation>{where}: nezināms parametrs :{unknown} (izmantojiet {allowed}).</translation>
        </message>
        <message>
            <source>{where}: 'path' must name a .csv or .xlsx file (got {path}).</source>
            <translation>{where}: 'path' jānosauc .csv vai .xlsx fails (ievadīts {path}).</translation>
        </message>
        <message>
            <source>{where}: list at least one [[sources.sheets]] saying which data category the columns belong to.</source>
            <translation>{where}: norādiet vismaz vienu [[sources.sheets]], kas nosaka, kurai datu kategorijai pieder kolonnas.</translation>
        </message>
        <message>
            <source>{where}: 'delimiter' must be one character, e.g. ";".</source>
            <translation>{where}: 'delimiter' jābūt vienai rakstzīmei, piem., ";".</translation>
        </message>
        <message>
            <source>{where}: [identifiers] must map at least one of {identifier_kinds} to the column(s) holding it.</source>
            <translation>{where}: [identifiers] jāpiesaista vismaz viens no {identifier_kinds} kolonnai vai kolonnām, kurās tas glabājas.</translation>
        </message>
        <message>
            <source>{where} must be a table.</source>
            <translation>{where} jābūt tabulai.</translation>
        </message>
        <message>
            <source>{where}: 'columns' must map column names to categories.</source>
            <translation>{where}: 'columns' jāpiesaista kolonnu nosaukumi kategorijām.</translation>
        </message>
        <message>
            <source>{where}: give 'category' or a category per column.</source>
            <translation>{where}: norādiet 'category' vai kategoriju katrai kolonnai.</translation>
        </message>
        <message>
            <source>Two data sources are named '{name}'; names must be unique.</source>
            <translation>Divi datu avoti saucas '{name}'; nosaukumiem jābūt unikāliem.</translation>
        </message>
        <message>
            <source>{here} must be a table.</source>
            <translation>{here} jābūt tabulai.</translation>
        </message>
        <message>
            <source>{where}: field '{key}' would store a password in the data-source definitions, which every desk shares. Remove it and store the password in the system keyring (Settings &gt; Data sources &gt; Remember password) or in the environment variable named by 'password_env'.</source>
            <translation>{where}: lauks '{key}' saglabātu paroli datu avotu definīcijās, kas ir kopīgas visām darbvietām. Noņemiet to un glabājiet paroli sistēmas atslēgu glabātavā (Iestatījumi &gt; Datu avoti &gt; Atcerēties paroli) vai vides mainīgajā, ko nosauc 'password_env'.</translation>
        </message>
        <message>
            <source>{where}: unknown identifier '{kind}' (use one of {identifier_kinds}).</source>
            <translation>{where}: nezināms identifikators '{kind}' (izmantojiet kādu no {identifier_kinds}).</translation>
        </message>
        <message>
            <source>{where}: identifier '{kind}' must name a column or a list of columns.</source>
            <translation>{where}: identifikatoram '{kind}' jānosauc kolonna vai kolonnu saraksts.</translation>
        </message>
        <message>
            <source>Cannot write the sources file {path}: {strerror}.</source>
            <translation>Nevar ierakstīt datu avotu failu {path}: {strerror}.</translation>
        </message>
        <message>
            <source>{where} is not valid TOML: {error}.</source>
            <translation>{where} nav derīgs TOML: {error}.</translation>
        </message>
        <message>
            <source>{path}: {error}</source>
            <translation>{path}: {error}</translation>
        </message>
        <message>
            <source>The sources file {path} does not exist.</source>
            <translation>Datu avotu fails {path} nepastāv.</translation>
        </message>
        <message>
            <source>Cannot read the sources file {path}: {error}.</source>
            <translation>Nevar nolasīt datu avotu failu {path}: {error}.</translation>
        </message>
        <message>
            <source>The sources file {path} is not valid TOML: {error}.</source>
            <translation>Datu avotu fails {path} nav derīgs TOML: {error}.</translation>
        </message>
        <message>
            <source>the query is empty.</source>
            <translation>vaicājums ir tukšs.</translation>
        </message>
        <message>
            <source>only one statement is allowed (found {value}).</source>
            <translation>atļauts tikai viens priekšraksts (atrasti: {value}).</translation>
        </message>
        <message>
            <source>only SELECT queries (or WITH ... SELECT) may be used to search for a subject's data; this one is {upper}.</source>
            <translation>datu subjekta datu meklēšanai drīkst izmantot tikai SELECT vaicājumus (vai WITH ... SELECT); šis ir {upper}.</translation>
        </message>
        <message>
            <source>the query is not valid SQL ({error}); check its syntax.</source>
            <translation>vaicājums nav derīgs SQL ({error}); pārbaudiet tā sintaksi.</translation>
        </message>
        <message>
            <source>the query contains {node}; searches may only read data.</source>
            <translation>vaicājumā ir {node}; meklēšana drīkst datus tikai lasīt.</translation>
        </message>
        <message>
            <source>a LIKE with a parameter must end with ESCAPE '{like_escape}' so that % and _ in a subject's identifiers are taken literally.</source>
            <translation>LIKE ar parametru jābeidz ar ESCAPE '{like_escape}', lai % un _ datu subjekta identifikatoros tiktu uztverti burtiski.</translation>
        </message>
        <message>
            <source>the parameter :{name} is used both in a LIKE pattern and elsewhere; compare it with '=' or with LIKE, not both.</source>
            <translation>parametrs :{name} tiek izmantots gan LIKE šablonā, gan citur; salīdziniet to ar '=' vai ar LIKE, ne abos veidos.</translation>
        </message>
        <message>
            <source>the query contains an executable comment (/*! ... */), whose text MySQL and MariaDB run; remove it.</source>
            <translation>vaicājumā ir izpildāms komentārs (/*! ... */), kura tekstu MySQL un MariaDB izpilda; noņemiet to.</translation>
        </message>
        <message>
            <source>the query calls {upper}(), which reaches the server's files, other servers or its settings; searches may only read the source's own tables.</source>
            <translation>vaicājums izsauc {upper}(), kas piekļūst servera failiem, citiem serveriem vai tā iestatījumiem; meklēšana drīkst lasīt tikai paša avota tabulas.</translation>
        </message>
        <message>
            <source>No database driver for '{scheme}'. Use sqlite:///... or postgresql+psycopg://...</source>
            <translation>Nav datubāzes draivera '{scheme}'. Izmantojiet sqlite:///... vai postgresql+psycopg://...</translation>
        </message>
        <message>
            <source>'{url}' is not a database URL. Use e.g. sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
            <translation>'{url}' nav datubāzes URL. Izmantojiet, piem., sqlite:///path/to/file.sqlite3 vai postgresql+psycopg://user@host/dbname.</translation>
        </message>
        <message>
            <source>The database server does not let the login '{team_login}' read or change this (team roles: managers see case metadata only, nobody changes the audit trail).</source>
            <translation>Datubāzes serveris neļauj pieteikšanās kontam '{team_login}' to lasīt vai mainīt (komandas lomas: vadītāji redz tikai lietu metadatus, neviens nemaina audita pierakstus).</translation>
        </message>
        <message>
            <source>The phrasebook is not valid TOML: {error}.</source>
            <translation>Frāžu krājums nav derīgs TOML: {error}.</translation>
        </message>
        <message>
            <source>The register file {path} is not valid: {error}</source>
            <translation>Reģistra fails {path} nav derīgs: {error}</translation>
        </message>
        <message>
            <source>The register {where} is not valid: {error}</source>
            <translation>Reģistrs {where} nav derīgs: {error}</translation>
        </message>
        <message>
            <source>Cannot write the register file {path}: {strerror}.</source>
            <translation>Nevar ierakstīt reģistra failu {path}: {strerror}.</translation>
        </message>
        <message>
            <source>The register file {path} does not exist.</source>
            <translation>Reģistra fails {path} nepastāv.</translation>
        </message>
        <message>
            <source>Cannot read the register file {path}: {strerror}.</source>
            <translation>Nevar nolasīt reģistra failu {path}: {strerror}.</translation>
        </message>
        <message>
            <source>The register file {path} is not UTF-8 text.</source>
            <translation>Reģistra fails {path} nav UTF-8 teksts.</translation>
        </message>
        <message>
            <source>{where}: field '{key}' {problem}.</source>
            <translation>{where}: lauks '{key}' {problem}.</translation>
        </message>
        <message>
            <source>must list at least one data category</source>
            <translation>jāuzskaita vismaz viena datu kategorija</translation>
        </message>
        <message>
            <source>must be a list of recipient ids</source>
            <translation>jābūt saņēmēju id sarakstam</translation>
        </message>
        <message>
            <source>or 'period_days' (exactly one) is required</source>
            <translation>vai 'period_days' (tieši viens no tiem) ir obligāts</translation>
        </message>
        <message>
            <source>must be 36 for offer_36_months (the policy's term)</source>
            <translation>jābūt 36 attiecībā uz offer_36_months (politikas termiņš)</translation>
        </message>
        <message>
            <source>is missing or empty</source>
            <translation>trūkst vai ir tukšs</translation>
        </message>
        <message>
            <source>must be a non-empty list</source>
            <translation>jābūt sarakstam, kas nav tukšs</translation>
        </message>
        <message>
            <source>must list non-empty texts only</source>
            <translation>drīkst uzskaitīt tikai tekstus, kas nav tukši</translation>
        </message>
        <message>
            <source>has {latvian} entries but {base}_en has {english}</source>
            <translation>ir {latvian} ieraksti, bet {base}_en ir {english}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>jābūt true vai false</translation>
        </message>
        <message>
            <source>must be a positive whole number</source>
            <translation>jābūt pozitīvam veselam skaitlim</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>trūkst</translation>
        </message>
        <message>
            <source>must be a list of tables</source>
            <translation>jābūt tabulu sarakstam</translation>
        </message>
        <message>
            <source>must be a date such as 2021-06-01</source>
            <translation>jābūt datumam, piemēram, 2021-06-01</translation>
        </message>
        <message>
            <source>names unknown recipient '{recipient_id}'</source>
            <translation>nosauc nezināmu saņēmēju '{recipient_id}'</translation>
        </message>
        <message>
            <source>has unknown value '{value}' (expected one of: {allowed})</source>
            <translation>ir nezināma vērtība '{value}' (gaidīta kāda no: {allowed})</translation>
        </message>
        <message>
            <source>has unknown legal basis '{value}' (expected one of: {allowed})</source>
            <translation>ir nezināms tiesiskais pamats '{value}' (gaidīts kāds no: {allowed})</translation>
        </message>
        <message>
            <source>local file {path}</source>
            <translation>lokālais fails {path}</translation>
        </message>
        <message>
            <source>team server {host}/{database}</source>
            <translation>komandas serveris {host}/{database}</translation>
        </message>
        <message>
            <source>Connected to {source}; {count} {count:plural:query|queries} run.</source>
            <translation>Savienojums ar {source} izveidots; izpildīti vaicājumi: {count}.</translation>
        </message>
        <message>
            <source>Opened {file}; {count} {count:plural:table|tables} and their columns found.</source>
            <translation>Atvērts {file}; atrastas tabulas un to kolonnas: {count}.</translation>
        </message>
        <message>
            <source>{error}</source>
            <translation>{error}</translation>
        </message>
        <message>
            <source>The file {path} does not exist. Check the path in the data source settings, or export the file again.</source>
            <translation>Fails {path} nepastāv. Pārbaudiet ceļu datu avota iestatījumos vai eksportējiet failu vēlreiz.</translation>
        </message>
        <message>
            <source>The file {name} is not a readable XLSX workbook ({error}). Export it again from the system as .xlsx.</source>
            <translation>Fails {name} nav nolasāma XLSX darbgrāmata ({error}). Eksportējiet to no sistēmas vēlreiz kā .xlsx.</translation>
        </message>
        <message>
            <source>{label} has no column '{missing}' (named for {kind}); its columns are: {header}.</source>
            <translation>{label} nav kolonnas '{missing}' (norādīta kā {kind}); tās kolonnas ir: {header}.</translation>
        </message>
        <message>
            <source>{label} has no column '{unknown}' (named in the column mapping); its columns are: {header}.</source>
            <translation>{label} nav kolonnas '{unknown}' (norādīta kolonnu piesaistē); tās kolonnas ir: {header}.</translation>
        </message>
        <message>
            <source>The file {name} is empty: it needs a header row.</source>
            <translation>Fails {name} ir tukšs: tajā vajadzīga virsraksta rinda.</translation>
        </message>
        <message>
            <source>The workbook {name} has no sheet '{sheet}' (it has: {sheetnames}).</source>
            <translation>Darbgrāmatā {name} nav lapas '{sheet}' (tajā ir: {sheetnames}).</translation>
        </message>
        <message>
            <source>An SQLite source must name its database file.</source>
            <translation>SQLite avotam jānorāda tā datubāzes fails.</translation>
        </message>
        <message>
            <source>The database file {path} does not exist. Check the path in the data source settings.</source>
            <translation>Datubāzes fails {path} nepastāv. Pārbaudiet ceļu datu avota iestatījumos.</translation>
        </message>
        <message>
            <source>'{url}' is not a database URL; write e.g. postgresql+psycopg://reader@crm.example.lv/crm or sqlite:///C:/exports/crm.sqlite3.</source>
            <translation>'{url}' nav datubāzes URL; rakstiet, piem., postgresql+psycopg://reader@crm.example.lv/crm vai sqlite:///C:/exports/crm.sqlite3.</translation>
        </message>
        <message>
            <source>No database driver for '{drivername}' is installed ({error}). Install it (e.g. pymysql for MySQL/MariaDB, pyodbc for MS SQL) or change the URL.</source>
            <translation>Datubāzes draiveris '{drivername}' nav instalēts ({error}). Instalējiet to (piem., pymysql MySQL/MariaDB, pyodbc MS SQL) vai mainiet URL.</translation>
        </message>
        <message>
            <source>Cannot connect: {error}</source>
            <translation>Nevar izveidot savienojumu: {error}</translation>
        </message>
        <message>
            <source>Cannot start a read-only search: {error}</source>
            <translation>Nevar sākt tikai lasīšanas meklēšanu: {error}</translation>
        </message>
        <message>
            <source>The subject query failed: {error}</source>
            <translation>Datu subjekta vaicājums neizdevās: {error}</translation>
        </message>
        <message>
            <source>The codes query failed: {error}</source>
            <translation>Kodu vaicājums neizdevās: {error}</translation>
        </message>
        <message>
            <source>The query for category '{category_id}' failed: {error}</source>
            <translation>Kategorijas '{category_id}' vaicājums neizdevās: {error}</translation>
        </message>
        <message>
            <source>The query for '{what}' failed: {error}</source>
            <translation>Vaicājums '{what}' neizdevās: {error}</translation>
        </message>
        <message>
            <source>The file {name} is not {encoding} text. Export it as UTF-8 CSV or set 'encoding' in the data source settings (e.g. cp1257).</source>
            <translation>Fails {name} nav {encoding} teksts. Eksportējiet to kā UTF-8 CSV vai iestatiet 'encoding' datu avota iestatījumos (piem., cp1257).</translation>
        </message>
        <message>
            <source>The file {name} is not a readable CSV file: {error}.</source>
            <translation>Fails {name} nav nolasāms CSV fails: {error}.</translation>
        </message>
        <message>
            <source>Data about the subject was found ({ok} of {total} {total:plural:source|sources} searched).</source>
            <translation>Dati par datu subjektu atrasti (pārmeklēti {ok} no {total} {total:plural:avota|avotiem|avotiem}).</translation>
        </message>
        <message>
            <source>The subject was not found in any of the {count} {count:plural:source|sources} searched ({names}).</source>
            <translation>Datu subjekts netika atrasts nevienā no pārmeklētajiem avotiem (pārmeklēti: {count}; {names}).</translation>
        </message>
        <message>
            <source>No source could be searched, so it is not known whether data is processed.</source>
            <translation>Nevienu avotu nevarēja pārmeklēt, tāpēc nav zināms, vai dati tiek apstrādāti.</translation>
        </message>
        <message>
            <source>Not searched because of an error: {names}.</source>
            <translation>Kļūdas dēļ nav pārmeklēti: {names}.</translation>
        </message>
        <message>
            <source>The identifiers match {count} different people in the sources; check every row belongs to the subject before disclosing it (GDPR 15(4)).</source>
            <translation>Identifikatori avotos atbilst {count} dažādām personām; pirms izpaušanas pārbaudiet, vai katra rinda pieder datu subjektam (VDAR 15(4)).</translation>
        </message>
        <message>
            <source>add public holidays</source>
            <translation>pievienot svētku dienas</translation>
        </message>
        <message>
            <source>add users</source>
            <translation>pievienot lietotājus</translation>
        </message>
        <message>
            <source>change another user's password</source>
            <translation>mainīt cita lietotāja paroli</translation>
        </message>
        <message>
            <source>change settings</source>
            <translation>mainīt iestatījumus</translation>
        </message>
        <message>
            <source>change the data sources</source>
            <translation>mainīt datu avotus</translation>
        </message>
        <message>
            <source>change the recipients of a case</source>
            <translation>mainīt lietas saņēmējus</translation>
        </message>
        <message>
            <source>confirm the recipients of a case</source>
            <translation>apstiprināt lietas saņēmējus</translation>
        </message>
        <message>
            <source>correct a subject's details</source>
            <translation>labot datu subjekta datus</translation>
        </message>
        <message>
            <source>count cases</source>
            <translation>skaitīt lietas</translation>
        </message>
        <message>
            <source>disable users</source>
            <translation>atspējot lietotājus</translation>
        </message>
        <message>
            <source>edit letter templates</source>
            <translation>labot vēstuļu veidnes</translation>
        </message>
        <message>
            <source>edit the phrasebook</source>
            <translation>labot frāžu krājumu</translation>
        </message>
        <message>
            <source>edit the register of processing activities</source>
            <translation>labot apstrādes darbību reģistru</translation>
        </message>
        <message>
            <source>exclude collected rows</source>
            <translation>izslēgt savāktās rindas</translation>
        </message>
        <message>
            <source>export data for another controller</source>
            <translation>eksportēt datus citam pārzinim</translation>
        </message>
        <message>
            <source>export the audit trail</source>
            <translation>eksportēt audita pierakstus</translation>
        </message>
        <message>
            <source>import requests</source>
            <translation>importēt pieprasījumus</translation>
        </message>
        <message>
            <source>list cases</source>
            <translation>skatīt lietu sarakstu</translation>
        </message>
        <message>
            <source>list users</source>
            <translation>skatīt lietotāju sarakstu</translation>
        </message>
        <message>
            <source>look up data subjects in the company's systems</source>
            <translation>meklēt datu subjektus uzņēmuma sistēmās</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>veidot rezerves kopijas</translation>
        </message>
        <message>
            <source>make dashboard reports</source>
            <translation>veidot pārskatu atskaites</translation>
        </message>
        <message>
            <source>mark collected data reviewed</source>
            <translation>atzīmēt savāktos datus kā izvērtētus</translation>
        </message>
        <message>
            <source>open cases</source>
            <translation>atvērt lietas</translation>
        </message>
        <message>
            <source>prepare letters that name the subject</source>
            <translation>sagatavot vēstules, kurās minēts datu subjekts</translation>
        </message>
        <message>
            <source>purge case files</source>
            <translation>dzēst lietu failus</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>lasīt audita žurnālu</translation>
        </message>
        <message>
            <source>read the reviewed data of a case</source>
            <translation>lasīt lietas izvērtētos datus</translation>
        </message>
        <message>
            <source>redact collected data</source>
            <translation>aizklāt savāktos datus</translation>
        </message>
        <message>
            <source>register requests</source>
            <translation>reģistrēt pieprasījumus</translation>
        </message>
        <message>
            <source>remove public holidays</source>
            <translation>noņemt svētku dienas</translation>
        </message>
        <message>
            <source>see a case's timeline</source>
            <translation>skatīt lietas vēsturi</translation>
        </message>
        <message>
            <source>see the annual report</source>
            <translation>skatīt gada pārskatu</translation>
        </message>
        <message>
            <source>see the dashboard</source>
            <translation>skatīt pārskatu</translation>
        </message>
        <message>
            <source>see the data collected for a case</source>
            <translation>skatīt lietai savāktos datus</translation>
        </message>
        <message>
            <source>see the recipients of a case</source>
            <translation>skatīt lietas saņēmējus</translation>
        </message>
        <message>
            <source>see the suggested decisions of a case</source>
            <translation>skatīt lietas ieteiktos lēmumus</translation>
        </message>
        <message>
            <source>see the team</source>
            <translation>skatīt komandu</translation>
        </message>
        <message>
            <source>sign an audit checkpoint</source>
            <translation>parakstīt audita kontrolpunktu</translation>
        </message>
        <message>
            <source>store a data source password</source>
            <translation>saglabāt datu avota paroli</translation>
        </message>
        <message>
            <source>unlock users</source>
            <translation>atbloķēt lietotājus</translation>
        </message>
        <message>
            <source>verify the audit trail</source>
            <translation>pārbaudīt audita pierakstus</translation>
        </message>
        <message>
            <source>specialist</source>
            <translation>speciālists</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>vadītājs</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>administrators</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>nav lomas</translation>
        </message>
        <message>
            <source>{shown} {count:plural:case|cases}</source>
            <translation>{shown} {count:plural:lieta|lietas|lietu}</translation>
        </message>
        <message>
            <source>{shown} {count:plural:event|events} shown</source>
            <translation>{count:plural:Parādīts|Parādīti|Parādīti} {shown} {count:plural:notikums|notikumi|notikumu}</translation>
        </message>
        <message>
            <source>Data subject</source>
            <translation>Datu subjekts</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Pieprasītājs</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Pārstāvis</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Meklēt:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Datnes ar &amp;tipu:</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>action</source>
            <translation>darbība</translation>
        </message>
        <message>
            <source>added</source>
            <translation>pievienots</translation>
        </message>
        <message>
            <source>after</source>
            <translation>pēc</translation>
        </message>
        <message>
            <source>article</source>
            <translation>pants</translation>
        </message>
        <message>
            <source>assignee</source>
            <translation>atbildīgais</translation>
        </message>
        <message>
            <source>at import</source>
            <translation>importējot</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>pielikumi</translation>
        </message>
        <message>
            <source>before</source>
            <translation>pirms</translation>
        </message>
        <message>
            <source>candidates</source>
            <translation>kandidāti</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>lietas</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>kategorijas</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategorija</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>mainīts</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanāls</translation>
        </message>
        <message>
            <source>cut-off date</source>
            <translation>robežas datums</translation>
        </message>
        <message>
            <source>day</source>
            <translation>diena</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>lēmumi</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>demonstrācija</translation>
        </message>
        <message>
            <source>dry run</source>
            <translation>izmēģinājums</translation>
        </message>
        <message>
            <source>duplicate of</source>
            <translation>dublikāts lietai</translation>
        </message>
        <message>
            <source>encrypted</source>
            <translation>šifrēts</translation>
        </message>
        <message>
            <source>end</source>
            <translation>beigas</translation>
        </message>
        <message>
            <source>events</source>
            <translation>notikumi</translation>
        </message>
        <message>
            <source>failed sign-ins</source>
            <translation>neizdevušās pieteikšanās</translation>
        </message>
        <message>
            <source>field</source>
            <translation>lauks</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>lauki</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fails</translation>
        </message>
        <message>
            <source>file checksum</source>
            <translation>faila kontrolsumma</translation>
        </message>
        <message>
            <source>files</source>
            <translation>faili</translation>
        </message>
        <message>
            <source>filter</source>
            <translation>filtrs</translation>
        </message>
        <message>
            <source>first altered entry</source>
            <translation>pirmais mainītais ieraksts</translation>
        </message>
        <message>
            <source>format</source>
            <translation>formāts</translation>
        </message>
        <message>
            <source>found</source>
            <translation>atrasts</translation>
        </message>
        <message>
            <source>from</source>
            <translation>no</translation>
        </message>
        <message>
            <source>grounds</source>
            <translation>pamati</translation>
        </message>
        <message>
            <source>groups</source>
            <translation>grupas</translation>
        </message>
        <message>
            <source>into</source>
            <translation>uz</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>veids</translation>
        </message>
        <message>
            <source>language</source>
            <translation>valoda</translation>
        </message>
        <message>
            <source>method</source>
            <translation>metode</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nosaukums</translation>
        </message>
        <message>
            <source>note</source>
            <translation>piezīme</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>piezīmes</translation>
        </message>
        <message>
            <source>notified on</source>
            <translation>paziņots</translation>
        </message>
        <message>
            <source>in order</source>
            <translation>kārtībā</translation>
        </message>
        <message>
            <source>overrides</source>
            <translation>izmaiņas ieteiktajā</translation>
        </message>
        <message>
            <source>previous</source>
            <translation>iepriekšējais</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>iemesls</translation>
        </message>
        <message>
            <source>kind of reason</source>
            <translation>iemesla veids</translation>
        </message>
        <message>
            <source>recipient</source>
            <translation>saņēmējs</translation>
        </message>
        <message>
            <source>register version</source>
            <translation>reģistra versija</translation>
        </message>
        <message>
            <source>report</source>
            <translation>pārskats</translation>
        </message>
        <message>
            <source>result</source>
            <translation>rezultāts</translation>
        </message>
        <message>
            <source>results</source>
            <translation>rezultāti</translation>
        </message>
        <message>
            <source>retention years</source>
            <translation>glabāšanas gadi</translation>
        </message>
        <message>
            <source>rights added</source>
            <translation>pievienotās tiesības</translation>
        </message>
        <message>
            <source>roles</source>
            <translation>lomas</translation>
        </message>
        <message>
            <source>row</source>
            <translation>rinda</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>rindas</translation>
        </message>
        <message>
            <source>collection run</source>
            <translation>datu savākšana</translation>
        </message>
        <message>
            <source>searched by</source>
            <translation>meklēts pēc</translation>
        </message>
        <message>
            <source>sent on</source>
            <translation>nosūtīts</translation>
        </message>
        <message>
            <source>checksum</source>
            <translation>kontrolsumma</translation>
        </message>
        <message>
            <source>source</source>
            <translation>avots</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>avoti</translation>
        </message>
        <message>
            <source>start</source>
            <translation>sākums</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>saglabāts</translation>
        </message>
        <message>
            <source>system</source>
            <translation>sistēma</translation>
        </message>
        <message>
            <source>task</source>
            <translation>uzdevums</translation>
        </message>
        <message>
            <source>template</source>
            <translation>veidne</translation>
        </message>
        <message>
            <source>to</source>
            <translation>uz</translation>
        </message>
        <message>
            <source>user</source>
            <translation>lietotājs</translation>
        </message>
        <message>
            <source>version</source>
            <translation>versija</translation>
        </message>
        <message>
            <source>via</source>
            <translation>caur</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>jā</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nē</translation>
        </message>
        <message>
            <source>(hidden)</source>
            <translation>(paslēpts)</translation>
        </message>
        <message>
            <source>{key}: {n} entries</source>
            <translation>{key}: ierakstu skaits {n}</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Recording the suggested decisions</source>
            <translation>Ieteikto lēmumu reģistrēšana</translation>
        </message>
        <message>
            <source>Save or discard your own decisions first</source>
            <translation>Vispirms saglabājiet vai atmetiet savus lēmumus</translation>
        </message>
        <message>
            <source>Record the suggested decision for every category where the subject's data was found, as 'review --accept-suggestions' does</source>
            <translation>Reģistrēt ieteikto lēmumu katrai kategorijai, kurā atrasti datu subjekta dati, kā to dara 'review --accept-suggestions'</translation>
        </message>
    </context>
</TS>
