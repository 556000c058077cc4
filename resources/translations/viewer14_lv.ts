<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>CollectedDataPanel</name>
        <message>
            <source>{0} (rows: {1})</source>
            <translation>{0} (rindas: {1})</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>izslēgts</translation>
        </message>
        <message>
            <source>Internal note: {0}</source>
            <translation>Iekšēja piezīme: {0}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nē</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>jā</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Izslēgts</translation>
        </message>
        <message>
            <source>Collected on {0} (Riga time) by {1}; systems searched: {2}.</source>
            <translation>Dati savākti {0} (Rīgas laiks), savāca {1}; pārmeklēto sistēmu skaits: {2}.</translation>
        </message>
    </context>
    <context>
        <name>EmailViewer</name>
        <message>
            <source>E-mail: {0}</source>
            <translation>E-pasts: {0}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>No</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Kam</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datums</translation>
        </message>
        <message>
            <source>{0} (Riga time)</source>
            <translation>{0} (Rīgas laiks)</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Temats</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>Atvērt pielikumu</translation>
        </message>
        <message>
            <source>Attachments ({0})</source>
            <translation>Pielikumi ({0})</translation>
        </message>
    </context>
    <context>
        <name>AttachmentOpener</name>
        <message>
            <source>Opening {0}</source>
            <translation>Atver {0}</translation>
        </message>
        <message>
            <source>No program on this computer opens {0}. Install a viewer for this kind of file, or save it with the command line (case attachment … --out FILE).</source>
            <translation>Šajā datorā nav programmas, kas atver {0}. Uzstādiet šāda veida datņu skatītāju vai saglabājiet datni ar komandrindu (case attachment … --out FILE).</translation>
        </message>
    </context>
    <context>
        <name>IdentityHistory</name>
        <message>
            <source>Open</source>
            <translation>Atvērt</translation>
        </message>
        <message>
            <source>Open the file with this computer's viewer; an e-mail is shown here in the app. Each opening is recorded in the audit trail.</source>
            <translation>Atver datni ar šī datora skatītāju; e-pasta vēstuli parāda šeit lietotnē. Katru atvēršanu ieraksta audita žurnālā.</translation>
        </message>
    </context>
    <context>
        <name>RequestDetails</name>
        <message>
            <source>Correct the recorded details…</source>
            <translation>Labot reģistrētos datus…</translation>
        </message>
    </context>
    <context>
        <name>SubjectDialog</name>
        <message>
            <source>Correct the recorded details</source>
            <translation>Labot reģistrētos datus</translation>
        </message>
        <message>
            <source>A representative acts for the subject</source>
            <translation>Datu subjekta vārdā rīkojas pārstāvis</translation>
        </message>
        <message>
            <source>e.g. power of attorney no. 12, certified by a notary on 01.09.2024</source>
            <translation>piem., pilnvara Nr. 12, notāra apliecināta 01.09.2024</translation>
        </message>
        <message>
            <source>Latvian</source>
            <translation>latviešu</translation>
        </message>
        <message>
            <source>English</source>
            <translation>angļu</translation>
        </message>
        <message>
            <source>Data subject</source>
            <translation>Datu subjekts</translation>
        </message>
        <message>
            <source>Proof of authority</source>
            <translation>Pilnvarojuma apliecinājums</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Pārstāvis</translation>
        </message>
        <message>
            <source>Answer in</source>
            <translation>Atbildes valoda</translation>
        </message>
        <message>
            <source>Receipt proof</source>
            <translation>Saņemšanas pierādījums</translation>
        </message>
        <message>
            <source>The request</source>
            <translation>Pieprasījums</translation>
        </message>
    </context>
    <context>
        <name>DeliveryForm</name>
        <message>
            <source>Response sent</source>
            <translation>Atbilde nosūtīta</translation>
        </message>
        <message>
            <source>The response to {number} is recorded and every fulfilment task is done. Move the case to 'Response sent' now? A case does not move back.</source>
            <translation>Atbilde lietā {number} ir reģistrēta, un visi izpildes uzdevumi ir paveikti. Virzīt lietu uz posmu „Atbilde nosūtīta” tagad? Lieta atpakaļ netiek virzīta.</translation>
        </message>
        <message>
            <source>Move to 'Response sent'</source>
            <translation>Virzīt uz „Atbilde nosūtīta”</translation>
        </message>
        <message>
            <source>Moving the case on</source>
            <translation>Lieta tiek pārvietota tālāk</translation>
        </message>
    </context>
    <context>
        <name>ResponsePanel</name>
        <message>
            <source>Delivered on {date}. The case is still in fulfilment: finish its open tasks, then move it on to 'Response sent'.</source>
            <translation>Nosūtīts {date}. Lieta joprojām ir izpildes posmā: pabeidziet atvērtos uzdevumus, tad virziet to uz posmu „Atbilde nosūtīta”.</translation>
        </message>
        <message>
            <source>Delivered on {date}. The case is still in fulfilment: every task is done, move it on to 'Response sent'.</source>
            <translation>Nosūtīts {date}. Lieta joprojām ir izpildes posmā: visi uzdevumi ir paveikti, virziet to uz posmu „Atbilde nosūtīta”.</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Attachment opened</source>
            <translation>Pielikums atvērts</translation>
        </message>
    </context>
</TS>
