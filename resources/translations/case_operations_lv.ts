<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>CaseOperations</name>
        <message>
            <source>Co&amp;rrect the subject's details…</source>
            <translation>&amp;Labot datu subjekta datus…</translation>
        </message>
        <message>
            <source>Fix a mistyped personal code, e-mail or phone (checked again for repeat requests)</source>
            <translation>Izlabot kļūdaini ievadītu personas kodu, e-pastu vai tālruni (atkārtotie pieprasījumi tiek pārbaudīti vēlreiz)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="79" />
            <source>&amp;Move to the next stage</source>
            <translation>&amp;Pārvietot uz nākamo posmu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="80" />
            <source>Move the case on to its next stage</source>
            <translation>Pārvietot lietu uz tās nākamo posmu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="81" />
            <source>&amp;Assign to me</source>
            <translation>Piešķirt &amp;man</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="82" />
            <source>Take the case: assign it to yourself</source>
            <translation>Uzņemties lietu: piešķirt to sev</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="83" />
            <source>Record &amp;identity check</source>
            <translation>Reģistrēt &amp;identitātes pārbaudi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="84" />
            <source>Record the identity check filled in on the Identity tab</source>
            <translation>Reģistrēt identitātes pārbaudi, kas aizpildīta cilnē „Identitāte”</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="85" />
            <source>Request more &amp;information</source>
            <translation>Pieprasīt papildu &amp;informāciju</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="86" />
            <source>Ask the subject for identity information; the clock pauses</source>
            <translation>Lūgt datu subjektam identitātes informāciju; termiņa skaitīšana tiek apturēta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="87" />
            <source>Information &amp;received</source>
            <translation>Informācija &amp;saņemta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="88" />
            <source>The information arrived; the clock runs again</source>
            <translation>Informācija saņemta; termiņa skaitīšana atsākas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="89" />
            <source>&amp;Collect data</source>
            <translation>Savākt &amp;datus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="90" />
            <source>Search every configured system for the subject's data</source>
            <translation>Meklēt datu subjekta datus visās konfigurētajās sistēmās</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="91" />
            <source>Mark data re&amp;viewed</source>
            <translation>Atzīmēt datus kā &amp;pārskatītus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="92" />
            <source>The collected data was checked and redacted; it may be disclosed (GDPR 15(3), 15(4))</source>
            <translation>Savāktie dati ir pārbaudīti un aizklāti; tos drīkst izsniegt (VDAR 15. panta 3. un 4. punkts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="94" />
            <source>&amp;Save decisions</source>
            <translation>Saglabāt &amp;lēmumus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="95" />
            <source>Record the legal review decisions with the current register version</source>
            <translation>Reģistrēt juridiskās izvērtēšanas lēmumus ar pašreizējo reģistra versiju</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="97" />
            <source>&amp;Generate tasks from decisions</source>
            <translation>&amp;Izveidot uzdevumus no lēmumiem</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="98" />
            <source>Plan the fulfilment tasks the decisions call for</source>
            <translation>Ieplānot izpildes uzdevumus, ko prasa lēmumi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="99" />
            <source>Add &amp;task</source>
            <translation>Pievienot &amp;uzdevumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="100" />
            <source>Add the task described on the Fulfilment tab</source>
            <translation>Pievienot uzdevumu, kas aprakstīts cilnē „Izpilde”</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="101" />
            <source>Mark task &amp;done</source>
            <translation>Atzīmēt uzdevumu kā &amp;izpildītu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="102" />
            <source>Confirm that the selected task was done</source>
            <translation>Apstiprināt, ka izvēlētais uzdevums ir izpildīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="103" />
            <source>Record &amp;delivery</source>
            <translation>Reģistrēt &amp;nosūtīšanu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="104" />
            <source>Record the response as it reached the subject</source>
            <translation>Reģistrēt atbildi tā, kā tā nonāca pie datu subjekta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="105" />
            <source>&amp;Extend by two months</source>
            <translation>&amp;Pagarināt par diviem mēnešiem</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="106" />
            <source>Extend the deadline by two months (GDPR 12(3))</source>
            <translation>Pagarināt termiņu par diviem mēnešiem (VDAR 12. panta 3. punkts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="107" />
            <source>Ac&amp;knowledgement text…</source>
            <translation>Apstiprinājuma &amp;teksts…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="108" />
            <source>The acknowledgement of receipt for the subject, ready to copy</source>
            <translation>Saņemšanas apstiprinājums datu subjektam, gatavs kopēšanai</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="109" />
            <source>Prepare data &amp;package…</source>
            <translation>Sagatavot datu &amp;paketi…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="110" />
            <source>Export the subject's copy of the data (GDPR 15(3), 20)</source>
            <translation>Eksportēt datu kopiju datu subjektam (VDAR 15. panta 3. punkts, 20. pants)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="111" />
            <source>&amp;Letter…</source>
            <translation>&amp;Vēstule…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="112" />
            <source>Prepare a letter to the subject or a recipient</source>
            <translation>Sagatavot vēstuli datu subjektam vai saņēmējam</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="113" />
            <source>D&amp;ossier…</source>
            <translation>Lietas &amp;materiāli…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="114" />
            <source>The case's record for accountability (GDPR 5(2))</source>
            <translation>Lietas materiāli pārskatatbildībai (VDAR 5. panta 2. punkts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="115" />
            <source>&amp;Merge into the earlier case</source>
            <translation>&amp;Apvienot ar agrāko lietu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="116" />
            <source>Answer this request with the open case it repeats</source>
            <translation>Atbildēt uz šo pieprasījumu kopā ar atvērto lietu, ko tas atkārto</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="117" />
            <source>Keep a&amp;part</source>
            <translation>Paturēt at&amp;sevišķi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="118" />
            <source>Answer this request on its own, by its own deadline</source>
            <translation>Atbildēt uz šo pieprasījumu atsevišķi, tā paša termiņā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="119" />
            <source>Re&amp;ject the request…</source>
            <translation>&amp;Noraidīt pieprasījumu…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="120" />
            <source>Refuse the request with its article (GDPR 12(4)-(6))</source>
            <translation>Noraidīt pieprasījumu, norādot pantu (VDAR 12. panta 4.–6. punkts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="121" />
            <source>Record &amp;withdrawal…</source>
            <translation>Reģistrēt at&amp;saukumu…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="122" />
            <source>The subject withdrew the request; the case is closed</source>
            <translation>Datu subjekts atsauca pieprasījumu; lieta tiek slēgta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="123" />
            <source>C&amp;lose case</source>
            <translation>&amp;Slēgt lietu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_operations.py" line="124" />
            <source>Close the case once the response was sent</source>
            <translation>Slēgt lietu, kad atbilde ir nosūtīta</translation>
        </message>
    </context>
</TS>
