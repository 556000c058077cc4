<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>RegisterForm</name>
        <message>
            <source>Add category</source>
            <translation>Pievienot kategoriju</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <source>One purpose per line</source>
            <translation>Katrs nolūks savā rindā</translation>
        </message>
        <message>
            <source>One purpose per line, in Latvian</source>
            <translation>Katrs nolūks savā rindā, latviski</translation>
        </message>
        <message>
            <source>Confirmed by the DPO (told to subjects)</source>
            <translation>Apstiprinājis datu aizsardzības speciālists (paziņo datu subjektiem)</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identifikators</translation>
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
            <source>Description (English)</source>
            <translation>Apraksts (angliski)</translation>
        </message>
        <message>
            <source>Description (Latvian)</source>
            <translation>Apraksts (latviski)</translation>
        </message>
        <message>
            <source>Purposes (English)</source>
            <translation>Nolūki (angliski)</translation>
        </message>
        <message>
            <source>Purposes (Latvian)</source>
            <translation>Nolūki (latviski)</translation>
        </message>
        <message>
            <source>Legal bases</source>
            <translation>Tiesiskie pamati</translation>
        </message>
        <message>
            <source>Data comes from</source>
            <translation>Datu izcelsme</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Saņēmēji</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Glabāšanas termiņš</translation>
        </message>
        <message>
            <source>Retention text (English)</source>
            <translation>Glabāšanas termiņa teksts (angliski)</translation>
        </message>
        <message>
            <source>Retention text (Latvian)</source>
            <translation>Glabāšanas termiņa teksts (latviski)</translation>
        </message>
        <message>
            <source>The subject</source>
            <translation>Datu subjekts</translation>
        </message>
        <message>
            <source>Created by Smarttek</source>
            <translation>Radījis SMARTTEK</translation>
        </message>
        <message>
            <source>A third party</source>
            <translation>Trešā persona</translation>
        </message>
        <message>
            <source>Contract term + 10 years</source>
            <translation>Līguma darbības laiks + 10 gadi</translation>
        </message>
        <message>
            <source>Offer without a contract: 36 months</source>
            <translation>Piedāvājums bez līguma: 36 mēneši</translation>
        </message>
        <message>
            <source>Until consent is withdrawn</source>
            <translation>Līdz piekrišanas atsaukšanai</translation>
        </message>
        <message>
            <source>A fixed period</source>
            <translation>Noteikts termiņš</translation>
        </message>
        <message>
            <source>Provided by the subject (portability, Art. 20)</source>
            <translation>Sniedzis datu subjekts (pārnesamība, 20. pants)</translation>
        </message>
        <message>
            <source>Processed by automated means</source>
            <translation>Apstrādā automatizēti</translation>
        </message>
        <message>
            <source>A law obliges us to keep it (erasure refused, Art. 17(3)(b))</source>
            <translation>Likums uzliek pienākumu to glabāt (dzēšanu atsaka, 17. panta 3. punkta b) apakšpunkts)</translation>
        </message>
        <message>
            <source>Used for direct marketing (objection is absolute)</source>
            <translation>Izmanto tiešajai tirgvedībai (iebildums ir beznosacījuma)</translation>
        </message>
        <message>
            <source>May contain other people's data (redact, Art. 15(4))</source>
            <translation>Var saturēt citu personu datus (jāaizklāj, 15. panta 4. punkts)</translation>
        </message>
        <message>
            <source>A recording (supplemented, not corrected)</source>
            <translation>Ieraksts (papildina, nevis labo)</translation>
        </message>
        <message>
            <source>(new category)</source>
            <translation>(jauna kategorija)</translation>
        </message>
        <message>
            <source>The id is needed: lower-case letters, digits and _, starting with a letter (e.g. contract_data).</source>
            <translation>Vajadzīgs identifikators: mazie latīņu burti, cipari un _, sākas ar burtu (piemēram, contract_data).</translation>
        </message>
        <message>
            <source>Give the name in both English and Latvian.</source>
            <translation>Norādiet nosaukumu gan angliski, gan latviski.</translation>
        </message>
        <message>
            <source>Give the description in both English and Latvian.</source>
            <translation>Norādiet aprakstu gan angliski, gan latviski.</translation>
        </message>
        <message>
            <source>Give at least one purpose, one per line, as many lines in Latvian as in English.</source>
            <translation>Norādiet vismaz vienu nolūku, katru savā rindā; latviski tikpat rindu, cik angliski.</translation>
        </message>
        <message>
            <source>Choose at least one legal basis (GDPR 6(1)).</source>
            <translation>Izvēlieties vismaz vienu tiesisko pamatu (VDAR 6. panta 1. punkts).</translation>
        </message>
        <message>
            <source>A fixed period needs months or days (one of them).</source>
            <translation>Noteiktam termiņam norādiet mēnešus vai dienas (vienu no tiem).</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mēn.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> d.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Another category already has this id.</source>
            <translation>Citai kategorijai jau ir šis identifikators.</translation>
        </message>
        <message>
            <source>Describe the retention in both English and Latvian.</source>
            <translation>Aprakstiet glabāšanas termiņu gan angliski, gan latviski.</translation>
        </message>
        <message>
            <source>Not saved until corrected: {0}</source>
            <translation>Netiks saglabāts, kamēr nebūs izlabots: {0}</translation>
        </message>
        <message>
            <source>Data categories</source>
            <translation>Datu kategorijas</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Edit as a form</source>
            <translation>Rediģēt veidlapā</translation>
        </message>
        <message>
            <source>Expert: register text (TOML)</source>
            <translation>Ekspertiem: reģistra teksts (TOML)</translation>
        </message>
        <message>
            <source>'categories' must be a list of [[categories]].</source>
            <translation>'categories' jābūt [[categories]] sarakstam.</translation>
        </message>
        <message>
            <source>The register text is not valid TOML: {0}. Correct it here before going back to the form.</source>
            <translation>Reģistra teksts nav derīgs TOML: {0}. Izlabojiet to šeit, pirms atgriežaties veidlapā.</translation>
        </message>
        <message>
            <source>The register text cannot be shown as a form: {0}</source>
            <translation>Reģistra tekstu nevar parādīt veidlapā: {0}</translation>
        </message>
    </context>
    <context>
        <name>SourcesForm</name>
        <message>
            <source>Add database</source>
            <translation>Pievienot datubāzi</translation>
        </message>
        <message>
            <source>Add file</source>
            <translation>Pievienot failu</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <source>e.g. CRM_PASSWORD (optional)</source>
            <translation>piemēram, CRM_PASSWORD (nav obligāti)</translation>
        </message>
        <message>
            <source>Take the password from the system keyring</source>
            <translation>Ņemt paroli no sistēmas atslēgu glabātuves</translation>
        </message>
        <message>
            <source>Store password…</source>
            <translation>Saglabāt paroli…</translation>
        </message>
        <message>
            <source>Add query</source>
            <translation>Pievienot vaicājumu</translation>
        </message>
        <message>
            <source>Remove query</source>
            <translation>Noņemt vaicājumu</translation>
        </message>
        <message>
            <source>One per line, e.g. email = E-pasts</source>
            <translation>Katrs savā rindā, piemēram, email = E-pasts</translation>
        </message>
        <message>
            <source>Database address</source>
            <translation>Datubāzes adrese</translation>
        </message>
        <message>
            <source>Password variable</source>
            <translation>Paroles mainīgais</translation>
        </message>
        <message>
            <source>Queries</source>
            <translation>Vaicājumi</translation>
        </message>
        <message>
            <source>Data category</source>
            <translation>Datu kategorija</translation>
        </message>
        <message>
            <source>Business system</source>
            <translation>Uzņēmuma sistēma</translation>
        </message>
        <message>
            <source>Query (SELECT)</source>
            <translation>Vaicājums (SELECT)</translation>
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
            <source>Name</source>
            <translation>Nosaukums</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Veids</translation>
        </message>
        <message>
            <source>database</source>
            <translation>datubāze</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fails</translation>
        </message>
        <message>
            <source>in Latvian</source>
            <translation>latviski</translation>
        </message>
        <message>
            <source>Database (SQL)</source>
            <translation>Datubāze (SQL)</translation>
        </message>
        <message>
            <source>File (CSV or XLSX)</source>
            <translation>Fails (CSV vai XLSX)</translation>
        </message>
        <message>
            <source>Choose a source first.</source>
            <translation>Vispirms izvēlieties datu avotu.</translation>
        </message>
        <message>
            <source>(new source)</source>
            <translation>(jauns datu avots)</translation>
        </message>
        <message>
            <source>Not saved until corrected: {0}</source>
            <translation>Netiks saglabāts, kamēr nebūs izlabots: {0}</translation>
        </message>
        <message>
            <source>Test with</source>
            <translation>Pārbaudīt ar</translation>
        </message>
    </context>
    <context>
        <name>QueryTestBar</name>
        <message>
            <source>e.g. DSAR-2026-0001 or a sample identifier</source>
            <translation>piemēram, DSAR-2026-0001 vai parauga identifikators</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Pārbaudīt</translation>
        </message>
        <message>
            <source>Run this query read-only for the subject and count the rows it finds</source>
            <translation>Izpildīt šo vaicājumu tikai lasīšanas režīmā par datu subjektu un saskaitīt atrastās rindas</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Pārbauda…</translation>
        </message>
        <message>
            <source>The test was cancelled.</source>
            <translation>Pārbaude atcelta.</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Lietas numurs</translation>
        </message>
        <message>
            <source>Sample personal code</source>
            <translation>Parauga personas kods</translation>
        </message>
        <message>
            <source>Sample e-mail</source>
            <translation>Parauga e-pasts</translation>
        </message>
        <message>
            <source>Sample phone</source>
            <translation>Parauga tālrunis</translation>
        </message>
        <message>
            <source>Sample customer number</source>
            <translation>Parauga klienta numurs</translation>
        </message>
        <message>
            <source>Test with</source>
            <translation>Pārbaudīt ar</translation>
        </message>
        <message>
            <source>Type a case number or a sample identifier first.</source>
            <translation>Vispirms ierakstiet lietas numuru vai parauga identifikatoru.</translation>
        </message>
        <message>
            <source>Testing the query…</source>
            <translation>Pārbauda vaicājumu…</translation>
        </message>
        <message>
            <source>✘ {0}</source>
            <translation>✘ {0}</translation>
        </message>
        <message>
            <source>✔ The query ran in {0} ms. Rows found for this subject: {1}.</source>
            <translation>✔ Vaicājums izpildīts {0} ms. Par šo datu subjektu atrastas rindas: {1}.</translation>
        </message>
        <message>
            <source>✘ The source cannot be tested yet: {0}</source>
            <translation>✘ Datu avotu vēl nevar pārbaudīt: {0}</translation>
        </message>
    </context>
    <context>
        <name>SourcesPage</name>
        <message>
            <source>Sources</source>
            <translation>Datu avoti</translation>
        </message>
        <message>
            <source>Expert: sources text (TOML)</source>
            <translation>Ekspertiem: datu avotu teksts (TOML)</translation>
        </message>
        <message>
            <source>'sources' must be a list of [[sources]].</source>
            <translation>'sources' jābūt [[sources]] sarakstam.</translation>
        </message>
        <message>
            <source>Save the sources first, then store the password.</source>
            <translation>Vispirms saglabājiet datu avotus, tad saglabājiet paroli.</translation>
        </message>
        <message>
            <source>The sources text is not valid TOML: {0}. Correct it here before going back to the form.</source>
            <translation>Datu avotu teksts nav derīgs TOML: {0}. Izlabojiet to šeit, pirms atgriežaties veidlapā.</translation>
        </message>
        <message>
            <source>The sources text cannot be shown as a form: {0}</source>
            <translation>Datu avotu tekstu nevar parādīt veidlapā: {0}</translation>
        </message>
    </context>
    <context>
        <name>RecipientsForm</name>
        <message>
            <source>Add recipient</source>
            <translation>Pievienot saņēmēju</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <source>Processor (acts on our behalf)</source>
            <translation>Apstrādātājs (darbojas mūsu uzdevumā)</translation>
        </message>
        <message>
            <source>Cooperation partner</source>
            <translation>Sadarbības partneris</translation>
        </message>
        <message>
            <source>Public authority or court</source>
            <translation>Valsts iestāde vai tiesa</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identifikators</translation>
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
            <source>Kind</source>
            <translation>Veids</translation>
        </message>
        <message>
            <source>(new recipient)</source>
            <translation>(jauns saņēmējs)</translation>
        </message>
        <message>
            <source>The id is needed: lower-case letters, digits and _, starting with a letter (e.g. it_service_providers).</source>
            <translation>Vajadzīgs identifikators: mazie latīņu burti, cipari un _, sākas ar burtu (piemēram, it_service_providers).</translation>
        </message>
        <message>
            <source>Another recipient already has this id.</source>
            <translation>Citam saņēmējam jau ir šis identifikators.</translation>
        </message>
        <message>
            <source>Give the name in both English and Latvian.</source>
            <translation>Norādiet nosaukumu gan angliski, gan latviski.</translation>
        </message>
        <message>
            <source>Still named by: {0}. Uncheck it there first.</source>
            <translation>To joprojām norāda: {0}. Vispirms noņemiet atzīmi tur.</translation>
        </message>
    </context>
</TS>
