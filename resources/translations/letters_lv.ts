<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>RecipientsPanel</name>
        <message>
            <source>All data in the system</source>
            <translation>Visi sistēmas dati</translation>
        </message>
        <message>
            <source>e.g. CRM</source>
            <translation>piem., CRM</translation>
        </message>
        <message>
            <source>the company the data went to, e.g. the processor</source>
            <translation>uzņēmums, kam dati tika nodoti, piem., apstrādātājs</translation>
        </message>
        <message>
            <source>Confirm disclosure</source>
            <translation>Apstiprināt izpaušanu</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Saņēmējs</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>Nosaukums</translation>
        </message>
        <message>
            <source>From system</source>
            <translation>No sistēmas</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorija</translation>
        </message>
        <message>
            <source>Recipients the data was disclosed to (GDPR Art. 19)</source>
            <translation>Saņēmēji, kuriem dati tika izpausti (VDAR 19. pants)</translation>
        </message>
        <message>
            <source>informed {date}</source>
            <translation>informēts {date}</translation>
        </message>
        <message>
            <source>not yet informed</source>
            <translation>vēl nav informēts</translation>
        </message>
        <message>
            <source>Recorded.</source>
            <translation>Reģistrēts.</translation>
        </message>
        <message>
            <source>Choose the recipient to remove.</source>
            <translation>Izvēlieties saņēmēju, kuru noņemt.</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Noņemts.</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>Notice to (GDPR Art. 19)</source>
            <translation>Paziņojums saņēmējam (VDAR 19. pants)</translation>
        </message>
        <message>
            <source>the first recipient not yet informed</source>
            <translation>pirmais vēl neinformētais saņēmējs</translation>
        </message>
        <message>
            <source>Not written.</source>
            <translation>Nav uzrakstīta.</translation>
        </message>
        <message>
            <source>Late refusal</source>
            <translation>Novēlots atteikums</translation>
        </message>
        <message>
            <source>The deadline for telling the subject of a refusal (GDPR Art. 12(4)) was {date}. Write the refusal anyway? The case's audit trail records that it was late.</source>
            <translation>Termiņš, līdz kuram datu subjekts jāinformē par atteikumu (VDAR 12. panta 4. punkts), bija {date}. Vai tomēr rakstīt atteikumu? Lietas notikumu vēsturē tiks reģistrēts, ka tas ir novēlots.</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Retention</source>
            <translation>Glabāšanas termiņš</translation>
        </message>
        <message>
            <source>Retention periods to be confirmed by the DPO: {0}. Until confirmed (confirmed = true in the category's retention), letters to subjects do not state them.</source>
            <translation>Glabāšanas termiņi, kas jāapstiprina datu aizsardzības speciālistam: {0}. Kamēr tie nav apstiprināti (confirmed = true kategorijas glabāšanas sadaļā), vēstulēs datu subjektiem tie netiek norādīti.</translation>
        </message>
        <message>
            <source>To be confirmed by the DPO: {0}</source>
            <translation>Jāapstiprina datu aizsardzības speciālistam: {0}</translation>
        </message>
        <message>
            <source>The policy does not state this period; it is a default. Subjects are not told it until the DPO confirms it.</source>
            <translation>Politikā šis termiņš nav noteikts; tā ir noklusējuma vērtība. Datu subjektiem to nepaziņo, kamēr to nav apstiprinājis datu aizsardzības speciālists.</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <source>Reason for the extension (as recorded)</source>
            <translation>Pagarinājuma iemesls (kā reģistrēts)</translation>
        </message>
        <message>
            <source>Complaint to the Inspectorate and the courts (always printed)</source>
            <translation>Sūdzība inspekcijai un vēršanās tiesā (tiek drukāta vienmēr)</translation>
        </message>
    </context>
</TS>
