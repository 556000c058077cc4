<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>DossierDialog</name>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="152" />
            <source>Case dossier — {case}</source>
            <translation>Lietas materiāli — {case}</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="112" />
            <source>Letter — {case}</source>
            <translation>Vēstule — {case}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="119" />
            <source>e.g. large volume of call recordings to review and redact</source>
            <translation>piem., jāpārskata un jāaizklāj liels zvanu ierakstu apjoms</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="121" />
            <source>default: the recipient of the open notice task</source>
            <translation>pēc noklusējuma: atvērtā paziņošanas uzdevuma saņēmējs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="123" />
            <source>Letter</source>
            <translation>Vēstule</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="124" />
            <source>Reason for the extension</source>
            <translation>Pagarinājuma iemesls</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="125" />
            <source>Recipient (GDPR Art. 19)</source>
            <translation>Saņēmējs (VDAR 19. pants)</translation>
        </message>
    </context>
    <context>
        <name>PackageDialog</name>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="51" />
            <source>Data package — {case}</source>
            <translation>Datu pakete — {case}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="60" />
            <source>optional; at least %1 characters</source>
            <translation>nav obligāta; vismaz %1 rakstzīmes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="68" />
            <source>Generate</source>
            <translation>Ģenerēt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="69" />
            <source>Make a strong password to read out to the subject</source>
            <translation>Izveidot stipru paroli, ko nolasīt datu subjektam</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="150" />
            <source>Give this password to the subject by phone or another channel than the package.</source>
            <translation>Nododiet šo paroli datu subjektam pa tālruni vai citu kanālu, ne kopā ar paketi.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="160" />
            <source>The password must have at least %1 characters; press Generate for a strong one.</source>
            <translation>Parolē jābūt vismaz %1 rakstzīmēm; nospiediet “Ģenerēt”, lai iegūtu stipru paroli.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="64" />
            <source>Browse…</source>
            <translation>Pārlūkot…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="66" />
            <source>Export package</source>
            <translation>Sagatavot paketi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="71" />
            <source>File</source>
            <translation>Fails</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="71" />
            <source>Size</source>
            <translation>Izmērs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="85" />
            <source>e.g. e-mail message ID, registered-post number</source>
            <translation>piem., e-pasta ziņojuma ID, ierakstītā sūtījuma numurs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="86" />
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="107" />
            <source>Record delivery</source>
            <translation>Reģistrēt nosūtīšanu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="91" />
            <source>Language</source>
            <translation>Valoda</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="92" />
            <source>Password</source>
            <translation>Parole</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="93" />
            <source>Password again</source>
            <translation>Parole vēlreiz</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="97" />
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="134" />
            <source>Output folder</source>
            <translation>Mape</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="98" />
            <source>Give the password to the subject through another channel (e.g. by phone); it is not stored anywhere.</source>
            <translation>Paroli nododiet datu subjektam pa citu saziņas kanālu (piemēram, pa tālruni); tā netiek nekur saglabāta.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="109" />
            <source>Channel</source>
            <translation>Kanāls</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="110" />
            <source>Sent on</source>
            <translation>Nosūtīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="111" />
            <source>Proof of delivery</source>
            <translation>Nosūtīšanas pierādījums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="142" />
            <source>The two passwords differ; type the same password twice.</source>
            <translation>Paroles atšķiras; ievadiet to pašu paroli divreiz.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="147" />
            <source>Choose the folder the package is written to.</source>
            <translation>Izvēlieties mapi, kurā ierakstīt paketi.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="154" />
            <source>Exporting…</source>
            <translation>Sagatavo…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="160" />
            <source>Writing the data package</source>
            <translation>Raksta datu paketi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="166" />
            <source>Package written to {folder}</source>
            <translation>Pakete ierakstīta mapē {folder}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="173" />
            <source>The delivery is recorded in fulfilment.</source>
            <translation>Nosūtīšanu reģistrē izpildes stadijā.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="194" />
            <source>Cancelled; no package was written.</source>
            <translation>Atcelts; pakete netika ierakstīta.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="209" />
            <source>Recording the delivery</source>
            <translation>Reģistrē nosūtīšanu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/package_dialog.py" line="213" />
            <source>Delivery recorded with the SHA-256 of every file.</source>
            <translation>Nosūtīšana reģistrēta ar katra faila SHA-256.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../smarttek_dsar/ui/pdf_preview.py" line="63" />
            <source>{name} cannot be shown ({error}).</source>
            <translation>{name} nevar parādīt ({error}).</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/pdf_preview.py" line="66" />
            <source>{name}: {pages} pages</source>
            <translation>{name}: lapu skaits {pages}</translation>
        </message>
    </context>
    <context>
        <name>ResponsePanel</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="76" />
            <source>Prepare data package…</source>
            <translation>Sagatavot datu paketi…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="78" />
            <source>Letter…</source>
            <translation>Vēstule…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_view/response_panel.py" line="80" />
            <source>Dossier…</source>
            <translation>Lietas materiāli…</translation>
        </message>
    </context>
    <context>
        <name>_DocumentDialog</name>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="49" />
            <source>Browse…</source>
            <translation>Pārlūkot…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="51" />
            <source>Write PDF</source>
            <translation>Rakstīt PDF</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="58" />
            <source>Language</source>
            <translation>Valoda</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="62" />
            <source>File</source>
            <translation>Fails</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="75" />
            <source>Save PDF</source>
            <translation>Saglabāt PDF</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="83" />
            <source>Choose the file to write.</source>
            <translation>Izvēlieties failu, kurā rakstīt.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="89" />
            <source>Writing the PDF</source>
            <translation>Raksta PDF</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_dialog.py" line="97" />
            <source>Written: {file}
SHA-256: {sha}</source>
            <translation>Ierakstīts: {file}
SHA-256: {sha}</translation>
        </message>
    </context>
</TS>
