<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>AcknowledgementDialog</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/acknowledgement_dialog.py" line="30" />
            <source>Acknowledgement of receipt — {number}</source>
            <translation>Saņemšanas apstiprinājums — {number}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/acknowledgement_dialog.py" line="33" />
            <source>Latvian</source>
            <translation>Latviski</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/acknowledgement_dialog.py" line="34" />
            <source>English</source>
            <translation>Angliski</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/acknowledgement_dialog.py" line="41" />
            <source>Copy to clipboard</source>
            <translation>Kopēt starpliktuvē</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/acknowledgement_dialog.py" line="48" />
            <source>Language:</source>
            <translation>Valoda:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/acknowledgement_dialog.py" line="52" />
            <source>Check the text and send it to the subject; the date promised is the one-month deadline of GDPR 12(3).</source>
            <translation>Pārbaudiet tekstu un nosūtiet to datu subjektam; apsolītais datums ir viena mēneša termiņš saskaņā ar VDAR 12(3).</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/acknowledgement_dialog.py" line="98" />
            <source>Copied to the clipboard.</source>
            <translation>Nokopēts starpliktuvē.</translation>
        </message>
    </context>
    <context>
        <name>AssigneePicker</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/assignee_picker.py" line="30" />
            <source>Give the case to a specialist, or to nobody</source>
            <translation>Piešķirt lietu speciālistam vai atstāt nepiešķirtu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/assignee_picker.py" line="33" />
            <source>Assign to me</source>
            <translation>Piešķirt man</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/assignee_picker.py" line="54" />
            <location filename="../../smarttek_dsar/ui/case_view/assignee_picker.py" line="89" />
            <source>Unassigned</source>
            <translation>Nav piešķirts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/assignee_picker.py" line="117" />
            <source>Assigning the case</source>
            <translation>Lieta tiek piešķirta</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <source>Move the case on</source>
            <translation>Virzīt lietu tālāk</translation>
        </message>
        <message>
            <source>Move {number} from '{stage}' to '{target}'? A case does not move back.</source>
            <translation>Virzīt lietu {number} no posma „{stage}” uz „{target}”? Lieta atpakaļ netiek virzīta.</translation>
        </message>
        <message>
            <source>Move on</source>
            <translation>Virzīt tālāk</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Slēgt lietu</translation>
        </message>
        <message>
            <source>Close {number}? A closed case cannot be reopened; its record is kept for the retention period.</source>
            <translation>Slēgt lietu {number}? Slēgtu lietu nevar atkārtoti atvērt; tās ieraksts tiek glabāts glabāšanas termiņu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="91" />
            <source>Acknowledgement text…</source>
            <translation>Apstiprinājuma teksts…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="94" />
            <source>The acknowledgement of receipt for the subject, ready to copy</source>
            <translation>Saņemšanas apstiprinājums datu subjektam, gatavs kopēšanai</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="101" />
            <source>Close case</source>
            <translation>Slēgt lietu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="121" />
            <source>Rights</source>
            <translation>Tiesības</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="122" />
            <source>Channel</source>
            <translation>Kanāls</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="123" />
            <source>Received</source>
            <translation>Saņemts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="124" />
            <source>Assignee</source>
            <translation>Atbildīgais</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="157" />
            <source>Personal data hidden</source>
            <translation>Personas dati paslēpti</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="160" />
            <source>(no name recorded)</source>
            <translation>(vārds nav reģistrēts)</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation type="vanished">Nav piešķirts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="172" />
            <source>Repeat request (GDPR 12(5)): {hint}</source>
            <translation>Atkārtots pieprasījums (VDAR 12(5)): {hint}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="182" />
            <source>Move to: {stage}</source>
            <translation>Pārvietot uz: {stage}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="194" />
            <source>Moving the case on</source>
            <translation>Lieta tiek pārvietota tālāk</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/header.py" line="202" />
            <source>Closing the case</source>
            <translation>Lieta tiek slēgta</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/view.py" line="119" />
            <source>Open a case from the list to see it here.</source>
            <translation>Atveriet lietu no saraksta, lai to redzētu šeit.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/view.py" line="130" />
            <source>Identity</source>
            <translation>Identitāte</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/view.py" line="131" />
            <source>Subject's data</source>
            <translation>Subjekta dati</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/view.py" line="132" />
            <source>Legal review</source>
            <translation>Juridiskā izvērtēšana</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/view.py" line="133" />
            <source>Fulfilment</source>
            <translation>Izpilde</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/view.py" line="134" />
            <source>Response</source>
            <translation>Atbilde</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/view.py" line="135" />
            <source>Timeline</source>
            <translation>Vēsture</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/view.py" line="283" />
            <source>Case changed by someone else</source>
            <translation>Lietu mainījis kāds cits</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/view.py" line="284" />
            <source>{message}

The case has been reloaded with the latest data; check it and repeat your change if it is still needed.</source>
            <translation>{message}

Lieta ir ielādēta no jauna ar jaunākajiem datiem; pārbaudiet to un, ja nepieciešams, atkārtojiet savas izmaiņas.</translation>
        </message>
    </context>
    <context>
        <name>ClockWidget</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="43" />
            <source>Clock paused</source>
            <translation>Termiņš apturēts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="45" />
            <source>Extended</source>
            <translation>Pagarināts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="50" />
            <source>Why this date?</source>
            <translation>Kāpēc šis datums?</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="63" />
            <source>Due</source>
            <translation>Termiņš</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="91" />
            <source>Clock stopped: case no longer open</source>
            <translation>Termiņš vairs netiek skaitīts: lieta nav atvērta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="97" />
            <source>First deadline, also for a refusal notice (GDPR 12(4)): {date}</source>
            <translation>Pirmais termiņš, arī atteikuma paziņojumam (VDAR 12(4)): {date}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="102" />
            <source>Paused days added: {n}</source>
            <translation>Pieskaitītās pauzes dienas: {n}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="107" />
            <source>reason hidden</source>
            <translation>iemesls paslēpts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="116" />
            <source>Days left when it resumes: {n}</source>
            <translation>Atlikušās dienas pēc atsākšanas: {n}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="118" />
            <source>Overdue · days: {n}</source>
            <translation>Nokavēts · dienas: {n}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="120" />
            <source>Due today</source>
            <translation>Termiņš šodien</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/clock_widget.py" line="121" />
            <source>Days left: {n}</source>
            <translation>Atlikušās dienas: {n}</translation>
        </message>
    </context>
    <context>
        <name>DecisionEditor</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Kept until</source>
            <translation>Glabā līdz</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>What is inaccurate or incomplete (Art. 16)</source>
            <translation>Kas ir neprecīzs vai nepilnīgs (16. pants)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>The corrected or completed value</source>
            <translation>Labotā vai papildinātā vērtība</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>The subject's particular situation</source>
            <translation>Datu subjekta īpašā situācija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Compelling legitimate grounds assessed (needed to refuse)</source>
            <translation>Izvērtētie pārliecinošie leģitīmie iemesli (vajadzīgi atteikumam)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Empty: the phrasebook text for this article, in the subject's language</source>
            <translation>Tukšs: frāžu krājuma teksts šim pantam datu subjekta valodā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Internal note, never sent (required when you decide differently from the suggestion)</source>
            <translation>Iekšēja piezīme, netiek nosūtīta (obligāta, ja lēmums atšķiras no ieteiktā)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Ground</source>
            <translation>Pamats</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Inaccuracy</source>
            <translation>Neprecizitāte</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Corrected value</source>
            <translation>Labotā vērtība</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Particular situation</source>
            <translation>Īpašā situācija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Compelling grounds</source>
            <translation>Pārliecinoši iemesli</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>To the subject</source>
            <translation>Datu subjektam</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Internal note</source>
            <translation>Iekšēja piezīme</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>Needs: {0}.</source>
            <translation>Vajag: {0}.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="1" />
            <source>— choose —</source>
            <translation>— izvēlieties —</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="36" />
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="81" />
            <source>Decision for the selected cell</source>
            <translation>Lēmums izvēlētajai šūnai</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="45" />
            <source>e.g. Art. 17(3)(b)</source>
            <translation>piem., 17. panta 3. punkta b) apakšpunkts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="48" />
            <source>Why (required when you decide differently from the suggestion)</source>
            <translation>Pamatojums (obligāts, ja lēmums atšķiras no ieteikuma)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="51" />
            <source>Apply to cell</source>
            <translation>Piemērot šūnai</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="57" />
            <source>Suggested</source>
            <translation>Ieteikums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="60" />
            <source>Article</source>
            <translation>Pants</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="62" />
            <source>Outcome</source>
            <translation>Lēmums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="63" />
            <source>Reason</source>
            <translation>Iemesls</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="69" />
            <source>Grant</source>
            <translation>Apmierināt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="70" />
            <source>Grant in part</source>
            <translation>Apmierināt daļēji</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="71" />
            <source>Refuse</source>
            <translation>Atteikt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="72" />
            <source>Not applicable</source>
            <translation>Nav piemērojams</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/decision_editor.py" line="82" />
            <source>Select a cell in the matrix.</source>
            <translation>Izvēlieties šūnu matricā.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryForm</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="39" />
            <source>Response delivered to the subject</source>
            <translation>Datu subjektam nosūtītā atbilde</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="51" />
            <source>Letter</source>
            <translation>Vēstule</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="53" />
            <source>e.g. e-mail message ID, registered-post number</source>
            <translation>piem., e-pasta ziņojuma ID, ierakstītā sūtījuma numurs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="54" />
            <source>File</source>
            <translation>Datne</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="54" />
            <source>Size</source>
            <translation>Izmērs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="57" />
            <source>Choose files…</source>
            <translation>Izvēlēties datnes…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="59" />
            <source>Record delivery</source>
            <translation>Reģistrēt nosūtīšanu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="62" />
            <source>Sent</source>
            <translation>Nosūtīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="62" />
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="71" />
            <source>Channel</source>
            <translation>Kanāls</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="62" />
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="72" />
            <source>Format</source>
            <translation>Formāts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="62" />
            <source>Proof</source>
            <translation>Pierādījums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="63" />
            <source>Files</source>
            <translation>Datnes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="70" />
            <source>Sent on</source>
            <translation>Nosūtīšanas datums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="73" />
            <source>Proof of delivery</source>
            <translation>Nosūtīšanas pierādījums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="77" />
            <source>Files sent</source>
            <translation>Nosūtītās datnes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="105" />
            <source>Files sent to the subject</source>
            <translation>Datu subjektam nosūtītās datnes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="112" />
            <source>Computing SHA-256 checksums</source>
            <translation>Aprēķina SHA-256 kontrolsummas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/delivery_form.py" line="131" />
            <source>Recording the delivery</source>
            <translation>Reģistrē nosūtīšanu</translation>
        </message>
    </context>
    <context>
        <name>DuplicateBanner</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="39" />
            <source>Keep apart</source>
            <translation>Paturēt atsevišķi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="42" />
            <source>It is a request of its own: answer it separately, by its own deadline.</source>
            <translation>Tas ir patstāvīgs pieprasījums: atbildiet uz to atsevišķi, ievērojot tā termiņu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="67" />
            <source>Open {number}</source>
            <translation>Atvērt {number}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="68" />
            <source>Merge into {number}</source>
            <translation>Apvienot ar {number}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="70" />
            <source>Answer this request with {number}: its files, rights and text are added there and this case is closed as withdrawn.</source>
            <translation>Atbildēt uz šo pieprasījumu lietā {number}: tā faili, tiesības un teksts tiek pievienoti tai, un šī lieta tiek slēgta kā atsaukta.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="74" />
            <source>Merged into {number}: this request is answered with that case, by its deadline.</source>
            <translation>Apvienots ar {number}: uz šo pieprasījumu atbild minētajā lietā, ievērojot tās termiņu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="77" />
            <source>Kept apart from {number}: this request is answered on its own, by its own deadline.</source>
            <translation>Paturēts atsevišķi no {number}: uz šo pieprasījumu atbild atsevišķi, ievērojot tā termiņu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="80" />
            <source>This request looks like a duplicate of {number} (same subject, open case, same rights).</source>
            <translation>Šis pieprasījums, šķiet, dublē lietu {number} (tas pats datu subjekts, atvērta lieta, tās pašas tiesības).</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="95" />
            <source>Merge {number} into {other}?

The files, rights and text of this request are added to {other}, which answers both by its own deadline; {number} is closed as withdrawn. The choice cannot be undone.</source>
            <translation>Apvienot {number} ar {other}?

Šī pieprasījuma faili, tiesības un teksts tiks pievienoti lietai {other}, kurā uz abiem atbildēs, ievērojot tās termiņu; {number} tiks slēgta kā atsaukta. Šo izvēli vēlāk mainīt nevarēs.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="103" />
            <source>Merging the requests</source>
            <translation>Pieprasījumi tiek apvienoti</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="113" />
            <source>Keeping the requests apart</source>
            <translation>Pieprasījumi tiek paturēti atsevišķi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="118" />
            <source>Merge duplicate request</source>
            <translation>Dublēta pieprasījuma apvienošana</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/duplicate_banner.py" line="121" />
            <source>Merge</source>
            <translation>Apvienot</translation>
        </message>
    </context>
    <context>
        <name>FulfilmentPanel</name>
        <message>
            <source>Choose the action</source>
            <translation>Izvēlieties darbību</translation>
        </message>
        <message>
            <source>Choose the task's action first.</source>
            <translation>Vispirms izvēlieties uzdevuma darbību.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="35" />
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="75" />
            <source>Action</source>
            <translation>Darbība</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="35" />
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="76" />
            <source>System</source>
            <translation>Sistēma</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="35" />
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="77" />
            <source>Data category</source>
            <translation>Datu kategorija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="36" />
            <source>Recipient</source>
            <translation>Saņēmējs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="36" />
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="79" />
            <source>Description</source>
            <translation>Apraksts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="36" />
            <source>Done</source>
            <translation>Izpildīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="37" />
            <source>Confirmed by</source>
            <translation>Apstiprināja</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="40" />
            <source>Generate tasks from decisions</source>
            <translation>Izveidot uzdevumus no lēmumiem</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="43" />
            <source>Plan the erasure, rectification, restriction and GDPR 19 notices the decisions call for, in the systems where the subject's data was found; tasks already planned are kept</source>
            <translation>Ieplānot dzēšanu, labošanu, apstrādes ierobežošanu un VDAR 19. panta paziņojumus, ko prasa lēmumi, sistēmās, kurās atrasti datu subjekta dati; jau ieplānotie uzdevumi paliek</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="50" />
            <source>Mark selected task done</source>
            <translation>Atzīmēt izvēlēto uzdevumu kā izpildītu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="57" />
            <source>e.g. CRM, billing, mailing list</source>
            <translation>piem., CRM, norēķini, e-pasta saraksts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="61" />
            <source>Add task</source>
            <translation>Pievienot uzdevumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="64" />
            <source>Tasks</source>
            <translation>Uzdevumi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="72" />
            <source>Plan a task</source>
            <translation>Plānot uzdevumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="78" />
            <source>Recipient (Art. 19)</source>
            <translation>Saņēmējs (19. pants)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="88" />
            <source>Erase</source>
            <translation>Dzēst</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="89" />
            <source>Rectify</source>
            <translation>Labot</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="90" />
            <source>Restrict processing</source>
            <translation>Ierobežot apstrādi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="91" />
            <source>Stop direct marketing</source>
            <translation>Pārtraukt tiešo mārketingu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="92" />
            <source>Stop processing</source>
            <translation>Pārtraukt apstrādi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="93" />
            <source>Notify recipient (Art. 19)</source>
            <translation>Paziņot saņēmējam (19. pants)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="99" />
            <source>(all or none in particular)</source>
            <translation>(visas vai neviena konkrēta)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="108" />
            <source>not done yet</source>
            <translation>vēl nav izpildīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="142" />
            <source>Who received the data, e.g. a processor</source>
            <translation>Kas saņēma datus, piem., apstrādātājs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="155" />
            <source>Adding the task</source>
            <translation>Pievieno uzdevumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="162" />
            <source>Planning the tasks</source>
            <translation>Plāno uzdevumus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="169" />
            <source>No new tasks: the decisions' tasks are all planned.</source>
            <translation>Jaunu uzdevumu nav: visi lēmumu uzdevumi jau ir ieplānoti.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/fulfilment_panel.py" line="185" />
            <source>Marking the task done</source>
            <translation>Atzīmē uzdevumu kā izpildītu</translation>
        </message>
    </context>
    <context>
        <name>IdentityHistory</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="18" />
            <source>File</source>
            <translation>Datne</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="18" />
            <source>Kind</source>
            <translation>Veids</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="18" />
            <source>Size</source>
            <translation>Izmērs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="18" />
            <source>Status</source>
            <translation>Statuss</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="21" />
            <source>When</source>
            <translation>Kad</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="21" />
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="21" />
            <source>Result</source>
            <translation>Rezultāts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="21" />
            <source>Document</source>
            <translation>Dokuments</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="22" />
            <source>Checked by</source>
            <translation>Pārbaudīja</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="22" />
            <source>Notes</source>
            <translation>Piezīmes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="25" />
            <source>Paused from</source>
            <translation>Apturēts no</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="25" />
            <source>Until</source>
            <translation>Līdz</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="25" />
            <source>Asked for</source>
            <translation>Pieprasīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="30" />
            <source>Attachments</source>
            <translation>Pielikumi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="31" />
            <source>Identity checks</source>
            <translation>Identitātes pārbaudes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="32" />
            <source>Clock pauses</source>
            <translation>Termiņa pauzes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="45" />
            <source>deleted on {date} ({reason})</source>
            <translation>dzēsts {date} ({reason})</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="47" />
            <source>kept</source>
            <translation>saglabāts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="52" />
            <source>verified</source>
            <translation>apstiprināta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="52" />
            <source>failed</source>
            <translation>neizdevās</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="58" />
            <source>still waiting</source>
            <translation>joprojām gaida</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="59" />
            <source>(hidden)</source>
            <translation>(paslēpts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="66" />
            <source>copy deleted once identity was verified</source>
            <translation>kopija dzēsta pēc identitātes apstiprināšanas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="71" />
            <source>request</source>
            <translation>pieprasījums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="72" />
            <source>evidence</source>
            <translation>pierādījums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="73" />
            <source>ID document copy</source>
            <translation>personu apliecinoša dokumenta kopija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="74" />
            <source>other</source>
            <translation>cits</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_history.py" line="80" />
            <source>{document}, ending …{digits}</source>
            <translation>{document}, beidzas ar …{digits}</translation>
        </message>
    </context>
    <context>
        <name>IdentityPanel</name>
        <message>
            <source>Correcting the subject's details</source>
            <translation>Labo datu subjekta datus</translation>
        </message>
        <message>
            <source>No identity check is needed: the request only objects to direct marketing, and stopping it discloses nothing and costs the subject nothing (GDPR 21(3)). The case can move on to the legal review.</source>
            <translation>Identitātes pārbaude nav vajadzīga: pieprasījumā ir tikai iebildums pret tiešo tirgvedību, un tās pārtraukšana neatklāj nekādus datus un datu subjektam neko nemaksā (VDAR 21. panta 3. punkts). Lietu var virzīt uz juridisko izvērtēšanu.</translation>
        </message>
        <message>
            <source>Choose how the identity was checked: a letter proves no identity by itself.</source>
            <translation>Izvēlieties, kā pārbaudīta identitāte: vēstule pati par sevi identitāti nepierāda.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="44" />
            <source>e.g. PA1234567</source>
            <translation>piem., PA1234567</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="45" />
            <source>Verified</source>
            <translation>Apstiprināta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="46" />
            <source>Failed</source>
            <translation>Neizdevās</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="49" />
            <source>What was checked, and why it is enough</source>
            <translation>Kas tika pārbaudīts un kāpēc ar to pietiek</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="51" />
            <source>Record identity check</source>
            <translation>Reģistrēt identitātes pārbaudi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="55" />
            <source>What was asked for, e.g. a document signed with eParaksts</source>
            <translation>Kas tika pieprasīts, piem., ar eParakstu parakstīts dokuments</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="57" />
            <source>Request more information</source>
            <translation>Pieprasīt papildu informāciju</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="59" />
            <source>Information received</source>
            <translation>Informācija saņemta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="78" />
            <source>Record an identity check</source>
            <translation>Reģistrēt identitātes pārbaudi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="80" />
            <source>Method (strength per EDPB Guidelines 01/2022):</source>
            <translation>Metode (uzticamība saskaņā ar EDAK Pamatnostādnēm 01/2022):</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="92" />
            <source>Document type</source>
            <translation>Dokumenta veids</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="93" />
            <source>Document number</source>
            <translation>Dokumenta numurs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="96" />
            <source>Only the last digits of the document number are kept. Any ID scan attached to the case is deleted once identity is verified (data minimisation, GDPR 5(1)(c)).</source>
            <translation>Tiek saglabāti tikai dokumenta numura pēdējie cipari. Lietai pievienotā dokumenta skenētā kopija tiek dzēsta, tiklīdz identitāte ir apstiprināta (datu minimizēšana, VDAR 5(1)(c)).</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="103" />
            <source>Result:</source>
            <translation>Rezultāts:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="108" />
            <source>Notes</source>
            <translation>Piezīmes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="114" />
            <source>Identity in doubt? Ask for more (the clock pauses)</source>
            <translation>Šaubas par identitāti? Pieprasiet vairāk (termiņš tiek apturēts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="117" />
            <source>Only for identity information, asked without undue delay. Asking the subject to narrow the request does not pause the deadline.</source>
            <translation>Tikai identitātes informācijai, kas pieprasīta bez nepamatotas kavēšanās. Lūgums datu subjektam precizēt pieprasījumu termiņu neaptur.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="132" />
            <source>strong</source>
            <translation>augsta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="132" />
            <source>medium</source>
            <translation>vidēja</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="133" />
            <source>weak</source>
            <translation>zema</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="165" />
            <source>Recording the identity check</source>
            <translation>Reģistrē identitātes pārbaudi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="179" />
            <source>Pausing the clock</source>
            <translation>Aptur termiņu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/identity_panel.py" line="188" />
            <source>Resuming the clock</source>
            <translation>Atsāk termiņa skaitīšanu</translation>
        </message>
    </context>
    <context>
        <name>ResponsePanel</name>
        <message>
            <source>Delivered on {date}. The case is still in fulfilment: move it on to 'Response sent' once its tasks are done.</source>
            <translation>Nosūtīts {date}. Lieta joprojām ir izpildes posmā: kad uzdevumi izpildīti, virziet to uz posmu „Atbilde nosūtīta”.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="50" />
            <source>e.g. large volume of call recordings to review and redact</source>
            <translation>piem., liels sarunu ierakstu apjoms, kas jāpārskata un jāaizklāj</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="57" />
            <source>Extend by two months</source>
            <translation>Pagarināt par diviem mēnešiem</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="64" />
            <source>The reasons the subject will be told (required)</source>
            <translation>Iemesli, kas tiks paziņoti datu subjektam (obligāti)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="67" />
            <source>Reject the request</source>
            <translation>Noraidīt pieprasījumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="70" />
            <source>How the subject withdrew (optional)</source>
            <translation>Kā datu subjekts atsauca pieprasījumu (nav obligāti)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="71" />
            <source>Record withdrawal</source>
            <translation>Reģistrēt atsaukumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="75" />
            <source>Prepare data package…</source>
            <translation>Sagatavot datu paketi…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="77" />
            <source>Letter…</source>
            <translation>Vēstule…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="79" />
            <source>Dossier…</source>
            <translation>Lietas materiāli…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="103" />
            <source>Extension (GDPR 12(3))</source>
            <translation>Pagarinājums (VDAR 12(3))</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="107" />
            <source>Two further months where necessary, given the complexity and number of requests. The subject must be told, with the reasons, within the first month.</source>
            <translation>Vēl divi mēneši, ja nepieciešams, ņemot vērā pieprasījumu sarežģītību un skaitu. Datu subjekts par to jāinformē, norādot iemeslus, pirmā mēneša laikā.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="113" />
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="130" />
            <source>Reason</source>
            <translation>Iemesls</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="114" />
            <source>Subject told on</source>
            <translation>Datu subjekts informēts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="120" />
            <source>Refusal</source>
            <translation>Atteikums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="124" />
            <source>The refusal must reach the subject within the first month and name the Data State Inspectorate and the right to go to court (GDPR 12(4)).</source>
            <translation>Atteikumam jānonāk pie datu subjekta pirmā mēneša laikā, norādot Datu valsts inspekciju un tiesības vērsties tiesā (VDAR 12(4)).</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="131" />
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="139" />
            <source>Note</source>
            <translation>Piezīme</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="136" />
            <source>Withdrawal</source>
            <translation>Atsaukums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="153" />
            <source>Extended; subject told on {date}: {reason}</source>
            <translation>Pagarināts; datu subjekts informēts {date}: {reason}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="157" />
            <source>Tell the subject by {date} at the latest.</source>
            <translation>Informējiet datu subjektu ne vēlāk kā {date}.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="171" />
            <source>Rejected: {reason} ({article}). {note}</source>
            <translation>Noraidīts: {reason} ({article}). {note}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="174" />
            <source>Response sent on {date}.</source>
            <translation>Atbilde nosūtīta {date}.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="183" />
            <source>Extending the deadline</source>
            <translation>Pagarina termiņu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="189" />
            <source>Reject this request? The case leaves the workflow and cannot be reopened.</source>
            <translation>Noraidīt šo pieprasījumu? Lieta tiks izņemta no apstrādes un to nevarēs atvērt no jauna.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="194" />
            <source>Rejecting the request</source>
            <translation>Noraida pieprasījumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="201" />
            <source>Record that the subject withdrew the request? The case is then closed.</source>
            <translation>Reģistrēt, ka datu subjekts atsauca pieprasījumu? Pēc tam lieta tiks slēgta.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="206" />
            <source>Recording the withdrawal</source>
            <translation>Reģistrē atsaukumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="235" />
            <source>Please confirm</source>
            <translation>Lūdzu, apstipriniet</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="1" />
            <source>Generate fulfilment tasks</source>
            <translation>Izveidot izpildes uzdevumus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="1" />
            <source>Plan the erasure, rectification, restriction and notice tasks the saved decisions call for</source>
            <translation>Plānot dzēšanas, labošanas, ierobežošanas un paziņošanas uzdevumus, ko prasa saglabātie lēmumi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="1" />
            <source>Nothing has been collected yet: only the file of this request is known to hold the subject's data. Collect the data first.</source>
            <translation>Dati vēl nav savākti: zināms, ka datu subjekta dati ir tikai šī pieprasījuma lietā. Vispirms savāciet datus.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="1" />
            <source>Nothing held (searched, no data; no decision to take): {0}</source>
            <translation>Datu nav (meklēts, nekas nav atrasts; lēmums nav jāpieņem): {0}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="1" />
            <source>{0} need facts from you</source>
            <translation>{0} gaida Jūsu norādītus faktus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="64" />
            <source>Accept all suggestions</source>
            <translation>Pieņemt visus ieteikumus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="66" />
            <source>Save decisions</source>
            <translation>Saglabāt lēmumus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="78" />
            <source>Italic: suggestion not yet decided · ✎ override · • unsaved</source>
            <translation>Slīprakstā: ieteikums, par ko vēl nav lemts · ✎ atšķirīgs lēmums · • nav saglabāts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="153" />
            <source>{undecided} undecided, {unsaved} unsaved of {total} decisions</source>
            <translation>Nav izlemti: {undecided}, nav saglabāti: {unsaved}, lēmumu kopā: {total}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/review_panel.py" line="211" />
            <source>Saving the decisions</source>
            <translation>Saglabā lēmumus</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Case list searched</source>
            <translation>Meklēts lietu sarakstā</translation>
        </message>
        <message>
            <source>Subject's details corrected</source>
            <translation>Laboti datu subjekta dati</translation>
        </message>
        <message>
            <source>Flagged as a likely repeat request</source>
            <translation>Atzīmēts kā iespējams atkārtots pieprasījums</translation>
        </message>
        <message>
            <source>Merged into the earlier case</source>
            <translation>Apvienots ar agrāko lietu</translation>
        </message>
        <message>
            <source>Kept apart from the earlier case</source>
            <translation>Izskatāms atsevišķi no agrākās lietas</translation>
        </message>
        <message>
            <source>Personal data purged after retention</source>
            <translation>Personas dati dzēsti pēc glabāšanas termiņa</translation>
        </message>
        <message>
            <source>Subject's data collected</source>
            <translation>Savākti subjekta dati</translation>
        </message>
        <message>
            <source>Field redacted</source>
            <translation>Lauks aizklāts</translation>
        </message>
        <message>
            <source>Record left out</source>
            <translation>Ieraksts izslēgts</translation>
        </message>
        <message>
            <source>Subject's data reviewed</source>
            <translation>Subjekta dati pārskatīti</translation>
        </message>
        <message>
            <source>Tasks planned from the decisions</source>
            <translation>No lēmumiem saplānoti uzdevumi</translation>
        </message>
        <message>
            <source>Recipient confirmed</source>
            <translation>Saņēmējs apstiprināts</translation>
        </message>
        <message>
            <source>Letter written</source>
            <translation>Vēstule sagatavota</translation>
        </message>
        <message>
            <source>Portable data sent to another controller</source>
            <translation>Pārnesamie dati nosūtīti citam pārzinim</translation>
        </message>
        <message>
            <source>Dossier written</source>
            <translation>Lietas materiāli sagatavoti</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Pieteicies</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>Pieteikšanās atteikta</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Izveidota rezerves kopija</translation>
        </message>
        <message>
            <source>Audit trail verified</source>
            <translation>Audita žurnāls pārbaudīts</translation>
        </message>
        <message>
            <source>Also show when the case and its data were opened</source>
            <translation>Rādīt arī, kad lieta un tās dati atvērti</translation>
        </message>
        <message>
            <source>Subject's data opened</source>
            <translation>Atvērti subjekta dati</translation>
        </message>
        <message>
            <source>Company systems searched for the subject</source>
            <translation>Uzņēmuma sistēmās meklēts datu subjekts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="17" />
            <source>Time</source>
            <translation>Laiks</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="17" />
            <source>User</source>
            <translation>Lietotājs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="17" />
            <source>Action</source>
            <translation>Darbība</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="17" />
            <source>Details</source>
            <translation>Informācija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="23" />
            <source>Also show when the case was opened</source>
            <translation>Rādīt arī lietas atvēršanas reizes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="48" />
            <source>Request registered</source>
            <translation>Pieprasījums reģistrēts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="49" />
            <source>Case opened</source>
            <translation>Lieta atvērta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="50" />
            <source>Case assigned</source>
            <translation>Lieta piešķirta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="51" />
            <source>Moved to the next stage</source>
            <translation>Pārvietota uz nākamo posmu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="52" />
            <source>Case closed</source>
            <translation>Lieta slēgta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="53" />
            <source>Request rejected</source>
            <translation>Pieprasījums noraidīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="54" />
            <source>Request withdrawn</source>
            <translation>Pieprasījums atsaukts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="55" />
            <source>Identity checked</source>
            <translation>Identitāte pārbaudīta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="56" />
            <source>Clock paused: information requested</source>
            <translation>Termiņš apturēts: pieprasīta informācija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="57" />
            <source>Clock resumed: information received</source>
            <translation>Termiņš atsākts: informācija saņemta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="58" />
            <source>Deadline extended</source>
            <translation>Termiņš pagarināts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="59" />
            <source>Review decisions recorded</source>
            <translation>Izvērtēšanas lēmumi reģistrēti</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="60" />
            <source>Fulfilment task added</source>
            <translation>Pievienots izpildes uzdevums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="61" />
            <source>Fulfilment task done</source>
            <translation>Izpildes uzdevums izpildīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="62" />
            <source>Response delivered</source>
            <translation>Atbilde nosūtīta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="72" />
            <source>(hidden)</source>
            <translation>(paslēpts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/timeline_panel.py" line="78" />
            <source>{key}: {n} entries</source>
            <translation>{key}: ierakstu skaits {n}</translation>
        </message>
    </context>
    <context>
        <name>RequestDetails</name>
        <message>
            <source>The request as recorded</source>
            <translation>Pieprasījums, kā reģistrēts</translation>
        </message>
        <message>
            <source>Personal code</source>
            <translation>Personas kods</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pasts</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Tālrunis</translation>
        </message>
        <message>
            <source>Customer no.</source>
            <translation>Klienta nr.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adrese</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Valoda</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Pārstāvis</translation>
        </message>
        <message>
            <source>Receipt proof</source>
            <translation>Saņemšanas pierādījums</translation>
        </message>
        <message>
            <source>Request text</source>
            <translation>Pieprasījuma teksts</translation>
        </message>
        <message>
            <source>Correct the subject's details…</source>
            <translation>Labot datu subjekta datus…</translation>
        </message>
        <message>
            <source>Latvian</source>
            <translation>latviešu</translation>
        </message>
        <message>
            <source>English</source>
            <translation>angļu</translation>
        </message>
    </context>
    <context>
        <name>SubjectDialog</name>
        <message>
            <source>Correct the subject's details</source>
            <translation>Labot datu subjekta datus</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Vārds, uzvārds</translation>
        </message>
        <message>
            <source>Personal code</source>
            <translation>Personas kods</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pasts</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Tālrunis</translation>
        </message>
        <message>
            <source>Customer no.</source>
            <translation>Klienta nr.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adrese</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Labot</translation>
        </message>
    </context>
</TS>
