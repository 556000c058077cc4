<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>UnsavedEdits</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Nesaglabātas izmaiņas</translation>
        </message>
        <message>
            <source>You have changed this and not saved it. Save the changes, discard them, or cancel and go on editing?</source>
            <translation>Jūs šeit veicāt izmaiņas, bet tās nav saglabātas. Saglabāt izmaiņas, atmest tās vai atcelt un turpināt rediģēšanu?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Atmest</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
    </context>
    <context>
        <name>RowsTable</name>
        <message>
            <source>Add row</source>
            <translation>Pievienot rindu</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Noņemt rindu</translation>
        </message>
    </context>
    <context>
        <name>CategoryMore</name>
        <message>
            <source>Less common fields</source>
            <translation>Retāk lietotie lauki</translation>
        </message>
        <message>
            <source>One interest per line (GDPR 6(1)(f))</source>
            <translation>Katra interese savā rindā (VDAR 6. panta 1. punkta f) apakšpunkts)</translation>
        </message>
        <message>
            <source>One interest per line, in Latvian</source>
            <translation>Katra interese savā rindā, latviski</translation>
        </message>
        <message>
            <source>Decides about the subject by automated means (GDPR 22)</source>
            <translation>Lēmumu par datu subjektu pieņem automatizēti (VDAR 22. pants)</translation>
        </message>
        <message>
            <source>The collected column that is true where a decision was automated</source>
            <translation>Savāktā kolonna, kuras vērtība ir “true”, ja lēmums pieņemts automatizēti</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Sīkdatne</translation>
        </message>
        <message>
            <source>Purpose (English)</source>
            <translation>Nolūks (angliski)</translation>
        </message>
        <message>
            <source>Purpose (Latvian)</source>
            <translation>Nolūks (latviski)</translation>
        </message>
        <message>
            <source>Lifetime (English)</source>
            <translation>Glabāšanas ilgums (angliski)</translation>
        </message>
        <message>
            <source>Lifetime (Latvian)</source>
            <translation>Glabāšanas ilgums (latviski)</translation>
        </message>
        <message>
            <source>Transfers outside the EEA (English)</source>
            <translation>Nosūtīšana ārpus EEZ (angliski)</translation>
        </message>
        <message>
            <source>Transfers outside the EEA (Latvian)</source>
            <translation>Nosūtīšana ārpus EEZ (latviski)</translation>
        </message>
        <message>
            <source>Legitimate interests (English)</source>
            <translation>Leģitīmās intereses (angliski)</translation>
        </message>
        <message>
            <source>Legitimate interests (Latvian)</source>
            <translation>Leģitīmās intereses (latviski)</translation>
        </message>
        <message>
            <source>Column marking the decision</source>
            <translation>Kolonna, kas atzīmē lēmumu</translation>
        </message>
        <message>
            <source>Logic involved (English)</source>
            <translation>Izmantotā loģika (angliski)</translation>
        </message>
        <message>
            <source>Logic involved (Latvian)</source>
            <translation>Izmantotā loģika (latviski)</translation>
        </message>
        <message>
            <source>Consequences (English)</source>
            <translation>Sekas (angliski)</translation>
        </message>
        <message>
            <source>Consequences (Latvian)</source>
            <translation>Sekas (latviski)</translation>
        </message>
        <message>
            <source>Cookies</source>
            <translation>Sīkdatnes</translation>
        </message>
        <message>
            <source>Give the transfers in both English and Latvian, or leave both empty for the register's general text.</source>
            <translation>Norādiet nosūtīšanu gan angliski, gan latviski vai atstājiet abus laukus tukšus, lai būtu spēkā reģistra vispārīgais teksts.</translation>
        </message>
        <message>
            <source>Give as many interests in Latvian as in English, one per line.</source>
            <translation>Norādiet latviski tikpat interešu, cik angliski, katru savā rindā.</translation>
        </message>
        <message>
            <source>An automated decision needs the column that marks it, and the logic and the consequences in both English and Latvian.</source>
            <translation>Automatizētam lēmumam vajadzīga kolonna, kas to atzīmē, kā arī loģika un sekas gan angliski, gan latviski.</translation>
        </message>
        <message>
            <source>Every cookie needs its name, and its purpose and lifetime in both English and Latvian.</source>
            <translation>Katrai sīkdatnei vajadzīgs nosaukums, kā arī nolūks un glabāšanas ilgums gan angliski, gan latviski.</translation>
        </message>
    </context>
    <context>
        <name>ColumnLabelsBox</name>
        <message>
            <source>How the columns read in the subject's copy</source>
            <translation>Kā kolonnas izskatās datu subjekta kopijā</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolonna</translation>
        </message>
        <message>
            <source>Heading (English)</source>
            <translation>Virsraksts (angliski)</translation>
        </message>
        <message>
            <source>Heading (Latvian)</source>
            <translation>Virsraksts (latviski)</translation>
        </message>
        <message>
            <source>Description (English)</source>
            <translation>Apraksts (angliski)</translation>
        </message>
        <message>
            <source>Description (Latvian)</source>
            <translation>Apraksts (latviski)</translation>
        </message>
        <message>
            <source>Portable</source>
            <translation>Pārnesams</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Ieraksts</translation>
        </message>
        <message>
            <source>Stored value</source>
            <translation>Saglabātā vērtība</translation>
        </message>
        <message>
            <source>Reads (English)</source>
            <translation>Rāda (angliski)</translation>
        </message>
        <message>
            <source>Reads (Latvian)</source>
            <translation>Rāda (latviski)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolonnas</translation>
        </message>
        <message>
            <source>Coded values</source>
            <translation>Kodētās vērtības</translation>
        </message>
    </context>
    <context>
        <name>SqlSourceMore</name>
        <message>
            <source>Less common fields</source>
            <translation>Retāk lietotie lauki</translation>
        </message>
        <message>
            <source>Optional: finds the subject (name, personal_code, email, phone, customer_no)</source>
            <translation>Nav obligāts: atrod datu subjektu (name, personal_code, email, phone, customer_no)</translation>
        </message>
        <message>
            <source>Optional: every personal code the subject held, found by :personal_codes</source>
            <translation>Nav obligāts: visi datu subjekta personas kodi, ko atrod pēc :personal_codes</translation>
        </message>
        <message>
            <source>Optional: the folder of the recordings and images the rows name</source>
            <translation>Nav obligāts: mape ar ierakstiem un attēliem, ko nosauc rindas</translation>
        </message>
        <message>
            <source>Subject query</source>
            <translation>Datu subjekta vaicājums</translation>
        </message>
        <message>
            <source>Former codes query</source>
            <translation>Iepriekšējo kodu vaicājums</translation>
        </message>
        <message>
            <source>Media folder</source>
            <translation>Ierakstu un attēlu mape</translation>
        </message>
    </context>
    <context>
        <name>FileSourceMore</name>
        <message>
            <source>Less common fields</source>
            <translation>Retāk lietotie lauki</translation>
        </message>
        <message>
            <source>guessed from the header line</source>
            <translation>nosaka pēc virsrakstu rindas</translation>
        </message>
        <message>
            <source>Business system</source>
            <translation>Uzņēmuma sistēma</translation>
        </message>
        <message>
            <source>Business system (Latvian)</source>
            <translation>Uzņēmuma sistēma (latviski)</translation>
        </message>
        <message>
            <source>Media folder</source>
            <translation>Ierakstu un attēlu mape</translation>
        </message>
        <message>
            <source>CSV delimiter</source>
            <translation>CSV atdalītājs</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Kodējums</translation>
        </message>
    </context>
    <context>
        <name>FileSourcePage</name>
        <message>
            <source>One per line, e.g. email = E-pasts</source>
            <translation>Katrs savā rindā, piemēram, email = E-pasts</translation>
        </message>
        <message>
            <source>File (.csv or .xlsx)</source>
            <translation>Fails (.csv vai .xlsx)</translation>
        </message>
        <message>
            <source>Identifying columns</source>
            <translation>Identificējošās kolonnas</translation>
        </message>
        <message>
            <source>Data category</source>
            <translation>Datu kategorija</translation>
        </message>
        <message>
            <source>Test with</source>
            <translation>Pārbaudīt ar</translation>
        </message>
        <message>
            <source>Add sheet</source>
            <translation>Pievienot lapu</translation>
        </message>
        <message>
            <source>Remove sheet</source>
            <translation>Noņemt lapu</translation>
        </message>
        <message>
            <source>the first sheet</source>
            <translation>pirmā lapa</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolonna</translation>
        </message>
        <message>
            <source>Data category id (empty: left out)</source>
            <translation>Datu kategorijas identifikators (tukšs: neiekļaut)</translation>
        </message>
        <message>
            <source>Optional: this sheet's own identifying columns, one per line</source>
            <translation>Nav obligāti: šīs lapas identificējošās kolonnas, katra savā rindā</translation>
        </message>
        <message>
            <source>Sheets and their data categories</source>
            <translation>Lapas un to datu kategorijas</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Lapa</translation>
        </message>
        <message>
            <source>Sheet name (XLSX)</source>
            <translation>Lapas nosaukums (XLSX)</translation>
        </message>
        <message>
            <source>Category per column</source>
            <translation>Kategorija katrai kolonnai</translation>
        </message>
        <message>
            <source>— one per column —</source>
            <translation>— katrai kolonnai sava —</translation>
        </message>
        <message>
            <source>Sheet {0}</source>
            <translation>{0}. lapa</translation>
        </message>
    </context>
    <context>
        <name>SourcesForm</name>
        <message>
            <source>How the chosen query's columns read in the subject's copy</source>
            <translation>Kā izvēlētā vaicājuma kolonnas izskatās datu subjekta kopijā</translation>
        </message>
    </context>
    <context>
        <name>RegisterForm</name>
        <message>
            <source>Controller and authority</source>
            <translation>Pārzinis un uzraudzības iestāde</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <source>The register</source>
            <translation>Reģistrs</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Spēkā no</translation>
        </message>
        <message>
            <source>Transfers outside the EEA (English)</source>
            <translation>Nosūtīšana ārpus EEZ (angliski)</translation>
        </message>
        <message>
            <source>Transfers outside the EEA (Latvian)</source>
            <translation>Nosūtīšana ārpus EEZ (latviski)</translation>
        </message>
        <message>
            <source>Automated decisions (English)</source>
            <translation>Automatizēti lēmumi (angliski)</translation>
        </message>
        <message>
            <source>Automated decisions (Latvian)</source>
            <translation>Automatizēti lēmumi (latviski)</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Pārzinis</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nosaukums</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Reģistrācijas numurs</translation>
        </message>
        <message>
            <source>Address (English)</source>
            <translation>Adrese (angliski)</translation>
        </message>
        <message>
            <source>Address (Latvian)</source>
            <translation>Adrese (latviski)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pasts</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portāls</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Tīmekļvietne</translation>
        </message>
        <message>
            <source>Supervisory authority</source>
            <translation>Uzraudzības iestāde</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Nosaukums (angliski)</translation>
        </message>
        <message>
            <source>Name (Latvian)</source>
            <translation>Nosaukums (latviski)</translation>
        </message>
        <message>
            <source>Needed: the letters to subjects name it.</source>
            <translation>Obligāts: vēstulēs datu subjektiem tas ir norādīts.</translation>
        </message>
    </context>
</TS>
